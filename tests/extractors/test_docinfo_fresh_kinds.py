"""Who speaks, on layouts met on fresh real pages: a speaker's line ending in "siger:" over the statement, a news
label with its date after a slash, a column written as "jeg", a statement paragraph below its speaker's line, a
page's update date written as a sentence, a reprint that gives the release's address at its foot, and a release
service's head (sender / headline / share label). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors.docinfo import article_score, classify, find_published, press_score

# A ministry's release on a release service: the statement after a dash, below "<titel> <navn> siger:".
DASH_STATEMENT = """Tre kommuner får frie hænder på ældreområdet
Forsøget er aftalt med KL og gælder fra næste år.
Regeringen har i dag peget på de tre kommuner, der skal prøve en ny måde at tilrettelægge hjemmeplejen på.
Ældreminister Karen Dahl siger:
- Jeg glæder mig til at se, hvad kommunerne kan udrette, når vi fjerner en del af de mange regler og krav.
"""

# An NGO's release: the speaker's line ends a paragraph of prose with "udtaler:".
PROSE_SPEAKER_LINE = """Ny aftale løser ikke problemet
Ifølge Børnehjælpen kommer den nye støtte for sent til mange familier. Organisationens direktør, Lise Bak, udtaler:

– Det er godt, at der er en aftale, men familierne har brug for en varig løsning og ikke endnu en midlertidig hjælp.
"""

# A newspaper closes its dash quotes with the speaker, even after a colon at the end of a line.
NEWSPAPER_DASH_AFTER_COLON = """Kommunen vil have flere i job
Borgmesteren var ikke i tvivl, da han blev spurgt om planerne, og han sagde det sådan her:
- Vi skal have langt flere af de ledige ud på arbejdsmarkedet i løbet af de næste par år, siger Jens Ravn.
Oppositionen er dog skeptisk over for planen.
"""

# A ministry's news page labels itself with its date after a slash.
NEWS_LABEL_SLASH = """Spring over hovedmenu

NYHED / 14-03-2019

Flere penge til kommuner med lav vækst
Ministeriet fordeler nu en restpulje på fire millioner kroner til fem kommuner.
"""

# A minister's column: "vi" in the narration, but the writer speaks as "jeg" too.
MINISTER_COLUMN = """Socialpolitik: Et nyt kapitel for de udsatte

Da vi i sidste uge blev enige om finansloven, var der ikke mange, der savnede den gamle pulje til sociale formål.
Jeg kommer heller ikke selv til at savne den, for den har længe været bøvlet for de mange organisationer.
For mig som minister er det vigtigste, at vi nu kan give de udsatte grupper en mere stabil støtte fremover.
Jeg forstår godt, at nogle er bekymrede, men vi holder fast i de tilskud, som allerede er lovet til næste år.
"""

# A ministry's release whose statement paragraph below "… udtaler:" speaks as "jeg".
RELEASE_WITH_STATEMENT = """Aftale om udsatte unge på plads
Vi har i dag indgået en aftale med et bredt flertal i Folketinget om en ny indsats for udsatte unge i hele landet.
Med aftalen afsætter vi 120 millioner kroner over fire år til vores nye initiativer for de unge.
Børne- og socialminister Mette Lind udtaler:
Jeg er meget glad for aftalen. Jeg ved, hvor meget den betyder for de unge, og jeg ser frem til arbejdet med den.
"""

# A reprint on a local site: the release's address and its sender at the foot.
REPRINTED_RELEASE = """Vejen Kommune inviterer til fællesspisning

Foto: Vejen Kommune.

Kommunen deltager for anden gang i en landsdækkende uge mod ensomhed, og lokale foreninger står for maden.
Borgmesteren opfordrer alle til at tage en nabo med.

https://via.ritzau.dk/pressemeddelelse/12345678/vejen-kommune-inviterer-til-faellesspisning?publisherId=1
Kilde: Vejen Kommune
"""

# A newspaper that cites a release by its address inside a sentence.
ARTICLE_CITING_RELEASE = """Kommunen inviterer til fællesspisning

Af Jens Holm

Kommunen deltager i ugen mod ensomhed, fremgår det af en pressemeddelelse på https://via.ritzau.dk/pressemeddelelse/1/x som blev sendt ud i går.
- Vi håber, at mange kommer, siger borgmester Anne Dahl til avisen.
"""

# A release service's head: the sender's name, the headline, the share label.
SERVICE_HEAD = """Landsforeningen for Væresteder

Værestederne holder åbent hele julen

Del
Over hele landet holder værestederne åbent juleaften, så ingen behøver at være alene.
Alle er velkomne, og der er gratis julemad fra klokken 18.
"""

# A news site's page with a share label under the headline but a section name and a byline.
NEWS_WITH_SHARE = """Nyheder

Værestederne holder åbent hele julen

Del
Af Mette Krogh
Over hele landet holder værestederne åbent juleaften, fortæller landsforeningen til avisen.
"""


def test_news_label_with_slash_and_date_counts() -> None:
    # the label counts once (not again as a dateline); on the site's own page the link past the menu confirms it
    without_menu = NEWS_LABEL_SLASH.replace("Spring over hovedmenu", "")
    plain = without_menu.replace("NYHED / 14-03-2019", "")
    assert press_score(without_menu, without_menu.lower()) == press_score(plain, plain.lower()) + 1
    assert press_score(NEWS_LABEL_SLASH, NEWS_LABEL_SLASH.lower()) == press_score(plain, plain.lower()) + 2


@pytest.mark.parametrize("text", [DASH_STATEMENT, PROSE_SPEAKER_LINE, RELEASE_WITH_STATEMENT,
                                  REPRINTED_RELEASE, SERVICE_HEAD])
def test_own_release_layouts(text: str) -> None:
    assert classify(text) == "press_release"


@pytest.mark.parametrize("text", [NEWSPAPER_DASH_AFTER_COLON, MINISTER_COLUMN, ARTICLE_CITING_RELEASE,
                                  NEWS_WITH_SHARE])
def test_medium_and_column_layouts(text: str) -> None:
    assert classify(text) == "article"


def test_update_date_written_as_a_sentence() -> None:
    from socdoc.extractors.dates import find_candidates

    text = "Spørgsmål og svar om hjemmehjælp\n\nSiden er senest opdateret 3. februar 2024.\n\nHer finder du svar."
    assert find_published(text, find_candidates(text), "article") == dt.date(2024, 2, 3)


# A council's own news with a numeric dateline that mentions "den offentlige debat" in its prose.
OWN_NEWS_DEBATE_IN_PROSE = """Tre projekter får årets tryghedspris

21-09-2022

Rådet for Tryghed uddeler i år prisen til tre lokale projekter, som har skabt ro i deres boligområder.
Projekterne har også givet de unge en stemme i den offentlige debat om tryghed i byen.
"""

# A debate section's label on a newspaper page.
DEBATE_SECTION = """Debat

Flere penge til de ældre nu

Kommunen har råd til at ansætte flere i hjemmeplejen, hvis viljen er der, skriver byrådsmedlemmet.
"""


def test_debate_counts_only_as_a_section_label() -> None:
    assert classify(OWN_NEWS_DEBATE_IN_PROSE) == "press_release"
    lowered = DEBATE_SECTION.lower()
    assert article_score(DEBATE_SECTION, lowered) == article_score(DEBATE_SECTION[5:], lowered[5:]) + 1


# A meeting's field labels each alone on a line over its value, written in capitals by a committee system's
# export: minutes without a title, an attendance list or decision headings in the head.
FIELD_LABEL_BLOCK = """UDVALG

Økonomiudvalget

MØDE

Økonomiudvalg - ordinært møde

STED

Mødelokale 2, Rådhuset

STARTTIDSPUNKT

12-03-2019 08:30:00

SLUTTIDSPUNKT
PUNKTER

1. Meddelelser
2. Budgetopfølgning pr. 28. februar 2019
3. Salg af grund på Havnevej
"""


def test_a_block_of_meeting_field_labels_makes_minutes() -> None:
    assert classify(FIELD_LABEL_BLOCK) == "minutes"


def test_an_invitations_date_time_and_place_make_no_minutes() -> None:
    text = ("Kom til borgermøde om den nye skole\n\nDato\n14. maj 2024\n\nTid\nKl. 19-21\n\nSted\nRådhuset, Nordby\n\n"
            "Alle er velkomne, siger borgmester Eva Holm.\n")
    assert classify(text) != "minutes"
