"""Who speaks: an organisation's own news page (press_release) against a medium's report (article).
Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.docinfo import classify

# An agency's own news: the title, a numeric dateline alone on a line, no sign of a medium.
DOTTED_DATELINE_NEWS = """Tre kommuner får 9 millioner til unge uden job

11.03.2024

Tre kommuner har fået tilskud fra puljen til at hjælpe unge, der hverken er i job eller uddannelse.
Pengene skal bruges til faste kontaktpersoner og til samarbejde med de lokale erhvervsskoler.
Projekterne løber i tre år og følges af en ekstern evaluering.
"""

DASHED_DATELINE_NEWS = """Ny pulje til værestederne

02-09-2022

Værestederne for hjemløse kan nu søge om tilskud til længere åbningstider om vinteren.
Der er i alt afsat 12 mio. kr. i år.
"""

# A ministry's page labelled with the sender's name on a line of its own.
SENDER_LINE_NEWS = """Nyt udspil skal give flere billige boliger

Social- og Boligministeriet

Regeringen vil bygge flere almene boliger i de største byer og foreslår en ny fond til formålet.
Ministeren præsenterer udspillet for partierne i næste uge.
"""

# A newspaper: place dateline glued to its sentence, "erfarer", a dash quote closed by "siger".
NEWSPAPER_REPORT = """SKIVE:Kommunalbestyrelsen har natten til fredag indgået budgetforlig, og efter hvad avisen
erfarer, er alle partier med.

- Jeg vil ikke sige mere, før vi holder pressemøde på mandag, siger borgmester Lone Vestergaard (V).

Forliget giver 14 mio. kr. mere til ældreplejen, oplyser kommunen.
"""

# A newspaper report quoting an office holder with a dash: the dash quote weighs against the quote.
DASH_QUOTED_REPORT = """Beboere i Søparken vil have lys på stierne

Flere beboere føler sig utrygge, når de går hjem om aftenen.

- Det er helt mørkt ved garagerne, og man kan ikke se, hvem der står der, siger Hanne Krogh.

- Vi ser på sagen i næste måned, siger borgmester Ali Demir (S).
"""

# An authority's own page under its logo line, quoting its mayor with a dash.
LOGO_PAGE = """Rødby Kommune Logo
Menu

Nye lejligheder til unge i Rødby Syd

Kommunen og boligforeningen har aftalt at bygge 40 ungeboliger ved stationen.

- Vi mangler billige boliger til unge, siger borgmester Karen Lund.
"""

# A one-line contact with a telephone number ends an organisation's own news.
ONE_LINE_CONTACT = """Beboerhuset får nyt køkken

Afdelingsbestyrelsen har fået 400.000 kr. fra dispositionsfonden til et nyt køkken i beboerhuset.

- Nu kan vi endelig lave mad til hele afdelingen, siger formand Jens Bak.

Kontakt: Projektleder Mette Riis, tlf. 33 44 55 66
"""

# A crawler's stamp before a newswire place dateline.
STAMPED_NEWSWIRE = """ date 2023-05 HERNING: Et stort flertal af beboerne stemte i går for en renovering af afdelingen.
Boligselskabet kan nu gå videre med planen, som koster 210 mio. kr.
"""


def test_numeric_dateline_with_dots_makes_own_news() -> None:
    assert classify(DOTTED_DATELINE_NEWS) == "press_release"


def test_numeric_dateline_with_dashes_makes_own_news() -> None:
    assert classify(DASHED_DATELINE_NEWS) == "press_release"


def test_sender_line_of_a_ministry_makes_own_news() -> None:
    assert classify(SENDER_LINE_NEWS) == "press_release"


def test_glued_place_dateline_and_erfarer_make_an_article() -> None:
    assert classify(NEWSPAPER_REPORT) == "article"


def test_dash_quotes_weigh_against_a_quoted_mayor() -> None:
    assert classify(DASH_QUOTED_REPORT) == "article"


def test_logo_line_of_a_municipality_makes_its_own_page() -> None:
    assert classify(LOGO_PAGE) == "press_release"


def test_contact_with_telephone_on_one_line_makes_own_news() -> None:
    assert classify(ONE_LINE_CONTACT) == "press_release"


def test_place_dateline_after_a_crawler_stamp_makes_an_article() -> None:
    assert classify(STAMPED_NEWSWIRE) == "article"


def test_ministry_named_inside_a_sentence_is_no_sender_line() -> None:
    text = ("Kommunen får penge til flere pædagoger\n\nSocial- og Boligministeriet har givet kommunen 3 mio. kr., "
            "skriver Vestkysten.\n\nPengene skal bruges i de tre største daginstitutioner.\n")
    assert classify(text) == "article"


def test_til_inside_the_speakers_organisation_is_no_medium() -> None:
    text = ("Nyhed\n\nNy direktør i Huse til Alle\n\nAlliancen har ansat en ny direktør, der starter 1. august.\n\n"
            "”Vi glæder os til at få hende med i arbejdet,” siger formand for Huse til Alle, Birgit Storm.\n")
    assert classify(text) == "press_release"


def test_a_medium_after_til_still_makes_an_article() -> None:
    text = ("Borgmester vil have flere betjente\n\nBorgmesteren i Nørrekøbing vil have mere politi i midtbyen.\n\n"
            "- Det er nødvendigt, siger Bo Holm til Ritzau.\n")
    assert classify(text) == "article"


def test_release_label_glued_to_its_date_by_a_pdf():
    text = ("Socialudvalget 2014-15\nBilag 12\nOffentligt\n"
            "PRESSEMEDDELELSE14.03.2015\n"
            "FLERE UNGE I JOBFærre unge står uden job i de udsatte boligområder. Det viser en ny opgørelse af "
            "de boligsociale indsatser i 20 områder.\n")
    assert classify(text) == "press_release"


def test_ministry_statement_as_a_plain_paragraph_under_a_normalised_breadcrumb():
    text = ("Forside \" Nyheder \" 2016 \" Færre indbrud i boligområderne\n\n"
            "Færre indbrud i boligområderne\n\n"
            "En ny opgørelse viser, at antallet af indbrud i de udsatte boligområder er faldet med en fjerdedel.\n\n"
            "Social-, bolig- og ældreminister Karen Lind siger:\n\n"
            "Det er et rigtig godt resultat, og det viser, at de lokale indsatser virker. Derfor vil vi fortsætte "
            "arbejdet i de kommende år.\n\n"
            "Opgørelsen omfatter 25 boligområder i hele landet.\n")
    assert classify(text) == "press_release"


def test_quoted_word_news_is_no_breadcrumb():
    text = ("Lokalavisen lancerer ny app\n\n"
            "Af Jens Bro\n\n"
            "Fremover kan læserne finde alle lokale historier under fanen \"Nyheder\" i den nye app, oplyser avisen.\n")
    assert classify(text) == "article"


def test_municipality_name_alone_as_the_first_line_is_its_own_site():
    text = ("Skive Kommune\n\n"
            "Nyt liv i den gamle købmandsgård\n\n"
            "Del\n"
            "Teknik- og Miljøudvalget har godkendt, at arbejdet med en ny lokalplan for købmandsgården sættes i gang.\n\n"
            "”Det er et spændende projekt for hele byen”, siger udvalgsformand Ida Krogh.\n")
    assert classify(text) == "press_release"


def test_municipality_name_below_a_medium_headline_is_no_sender():
    text = ("Nyt liv i den gamle købmandsgård\n\n"
            "Skive Kommune\n\n"
            "Af Jens Bro\n\n"
            "Udvalget har sagt ja til en ny lokalplan, oplyser kommunen.\n")
    assert classify(text) == "article"


def test_council_digest_heading_is_the_municipalitys_own_news():
    text = ("Byrådet har besluttet - marts\n\n"
            "Mandag var der byrådsmøde. Her er et kort overblik over beslutningerne.\n\n"
            "Ny skolestruktur i høring\nByrådet har sendt forslaget om en ny skolestruktur i otte ugers høring.\n")
    assert classify(text) == "press_release"


def test_headline_that_goes_on_to_a_decision_is_no_digest():
    text = ("Byrådet har besluttet at lukke skolen i Vester Egede\n\n"
            "Af Jens Bro\n\n"
            "Forældrene er skuffede, siger formanden for skolebestyrelsen til avisen.\n")
    assert classify(text) == "article"
