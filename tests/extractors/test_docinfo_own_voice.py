"""Who speaks, continued: an organisation telling of its own action in the first person plural outside any
quotation, and a release that sets its office holder's statement below the speaker's line. Texts written
for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.docinfo import classify

# A housing organisation's own news: its name opens the headline, the text says "vi" and "vores".
HOUSING_OWN_NEWS = """Vestbo Boligforening bygger nye rækkehuse ved Engvej
I sidste uge gav kommunalbestyrelsen grønt lys til, at vi kan bygge 40 nye rækkehuse på grunden ved Engvej.
Det er vi rigtig glade for, og vi går straks i gang med at planlægge byggeriet sammen med beboerne.
Vores afdeling ved Engvej har i flere år haft lange ventelister, og de nye boliger skal give plads til flere familier.
Tak til alle, der har bakket op om projektet.
"""

# A council's own news page: a numeric dateline, "vi" in its narration, one dash quote of its own director and
# the word "debat" in the prose.
COUNCIL_OWN_NEWS = """Tillykke til den nye minister

14-08-2023

Rådet for Sikre Skoler ønsker den nye undervisningsminister tillykke. Vi ser frem til et godt samarbejde om elevernes trivsel.

- Vi stiller gerne vores viden til rådighed, siger Helle Vinther.

Mobning fylder meget i den offentlige debat, og vi vil i det kommende år udgive nye materialer til skolerne om emnet.
"""

# A ministry's release: the statement as a paragraph of its own below "<titel> <navn> siger:".
MINISTRY_STATEMENT = """Færre unge uden uddannelse
Andelen af unge, der hverken er i job eller uddannelse, er faldet for tredje år i træk.
Det viser nye tal, som offentliggøres i dag.
Beskæftigelses- og uddannelsesminister Jonas Krogh siger:
"Det er en rigtig god udvikling. Men der er stadig for mange unge, som står uden for fællesskabet."
"""

COMMITTEE_CHAIR_STATEMENT = """Ny plan for de ældre
Formand for Ældre- og Sundhedsudvalget Birthe Holm (A) tilføjer:

"Planen giver os et godt grundlag for de kommende år."
"""

# A newspaper: "vi" only inside a dash quote that runs on over two paragraphs before the speaker's verb.
NEWSPAPER_WITH_QUOTES = """Vestbo Boligforening bygger 40 rækkehuse
Boligforeningen har fået lov til at bygge nye boliger ved Engvej, efter at politikerne sagde ja i går.
- Det her har vi ventet længe på.
Vores beboere har spurgt til det i årevis, og vi har hele tiden sagt, at boligerne ville komme en dag.
Nu går vi i gang allerede til foråret, og vi inddrager naboerne i hele processen undervejs.
Det er en stor dag for os, siger direktør Ole Brandt.
Naboerne er dog ikke begejstrede for planerne, og flere har klaget til kommunen over byggeriet.
"""

# An opinion piece is written in the first person too.
OPINION_PIECE = """Vi gør meget for de udsatte familier

Indlæg i Dagbladet af socialminister Eva Lund

Vi har i år afsat flere penge til familier, der har det svært, og vi har givet kommunerne nye redskaber.
Når det bliver hævdet, at vi ikke gør noget, er det forkert, og det vil jeg gerne forklare her.
"""

# A municipality's page on a strategy in its own voice: no organisation acts in the headline, no news.
STRATEGY_PAGE = """Strategi for trivsel i skolen

Strategien skal sikre, at alle børn i kommunen trives og lærer mest muligt i skolen hver eneste dag.
Vi har allerede gode erfaringer med at samarbejde med forældre, klubber og foreninger om børnenes trivsel.
Det samarbejde bygger vi videre på, og vores skoler får nye redskaber til at opdage mistrivsel tidligt.
"""

# An interview: the answers below the questions say "vi".
INTERVIEW = """Skolen satser på udeundervisning
Hvorfor har I valgt at flytte undervisningen ud?
Vi kan se, at eleverne lærer bedre, når de bruger kroppen, og vi har fået gode tilbagemeldinger fra forældrene.
Hvad er næste skridt for jer?
Vi vil gerne bygge et udeklasseværelse i skolegården, og vores elevråd har allerede tegnet de første skitser.
"""


@pytest.mark.parametrize("text", [HOUSING_OWN_NEWS, COUNCIL_OWN_NEWS, MINISTRY_STATEMENT, COMMITTEE_CHAIR_STATEMENT])
def test_organisation_speaking_in_its_own_name_is_a_press_release(text: str) -> None:
    assert classify(text) == "press_release"


@pytest.mark.parametrize("text", [NEWSPAPER_WITH_QUOTES, OPINION_PIECE, STRATEGY_PAGE, INTERVIEW])
def test_first_person_only_in_quotes_opinion_or_a_standing_page_is_no_release(text: str) -> None:
    assert classify(text) == "article"


def test_speaker_line_that_tells_a_medium_is_no_release() -> None:
    text = ("Flere penge til psykiatrien\n"
            "Sundhedsminister Eva Lund siger til Dagbladet:\n"
            "\"Vi skal have flere hænder i psykiatrien.\"\n")
    assert classify(text) == "article"
