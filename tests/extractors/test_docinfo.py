"""Document kind, own date and source URL."""

from __future__ import annotations

import socdoc
from socdoc.extractors.docinfo import classify

MINUTES = """Referat af møde i Økonomiudvalget

Den 09.06.2020 kl. 08:30 i Byrådsstue Niels Juel

Deltagere:
Marie Stærke, (A)

212. Indsatser mod kriminalitet

Indstilling
Forvaltningen indstiller, at udvalget drøfter sagen.
Beslutning
Udsat til 16. juni 2020.
"""

PRESS = """Pressemeddelelse

14.11.2019

Aarhus Kommune giver 2 mio. kr. til lektiehjælp i Gellerupparken, siger borgmester Jacob Bundsgaard (A).

Yderligere oplysninger: pressechef Anne Hansen, tlf. 89 40 20 00
Læs mere: https://www.aarhus.dk/nyheder/lektiehjaelp.
"""

ARTICLE = """Kommuner får penge til udsatte familier

Af Jens Jensen

Regeringen har afsat en pulje. Alle kommuner kan frem til fredag den 20. december 2013 søge om tilskud.
"""


def test_minutes() -> None:
    doc = socdoc.extract(MINUTES)
    assert doc.kind == "minutes" and doc.published.isoformat() == "2020-06-09"


def test_press_release_read_more_link_is_not_its_own_address() -> None:
    doc = socdoc.extract(PRESS)
    assert doc.kind == "press_release"
    assert doc.published.isoformat() == "2019-11-14"
    assert doc.source_url is None


def test_article_without_own_date() -> None:
    doc = socdoc.extract(ARTICLE)
    assert doc.kind == "article" and doc.published is None


def test_sender_date_line_at_the_foot_of_a_news_item() -> None:
    text = ("Beboerne sagde ja til nye altaner\n"
            "Et stort flertal stemte for forslaget på afdelingsmødet i Solbakken.\n"
            "Projektet sendes nu videre til kommunen.\n"
            "03 10 2022 / kbn\n")
    assert socdoc.extract(text).published.isoformat() == "2022-10-03"
    text = "Nye altaner i Solbakken\nEt flertal stemte ja den 3. oktober 2022 på mødet.\nSagen går videre.\n"
    assert socdoc.extract(text).published is None  # a date in a sentence is news, not the sender's line


def test_month_first_meeting_date_of_a_cms_export() -> None:
    text = ("Dagsordener og referater\n\nUdvalg: Socialudvalget\n\nMødedato: 9/17/2021 3:30:00 PM\n\n"
            "Sagspunkter der blev behandlet på mødet:\n  • 12.\n    Godkendelse af dagsorden\n")
    assert socdoc.extract(text).published.isoformat() == "2021-09-17"


def test_stray_letter_and_e_mail_lines_are_no_headline() -> None:
    text = "a\nredaktion@lokalnyt.dk\nNy legeplads i Vestparken\n\nKommunen har åbnet en ny legeplads.\n"
    assert socdoc.extract(text).title == "Ny legeplads i Vestparken"


def test_board_meeting_page_with_attendance_labels_is_minutes() -> None:
    text = (
        "Bestyrelsesmøde onsdag den 4. marts 2020, kl. 18.00 i Fælleshuset, Lærkevej 12, Solbakken\n"
        "Til stede: Formand Lone Berg, næstformand Ib Kjær og Sara Holm\n"
        "Afbud: Peter Lund\n"
        "1. Godkendelse af referat fra sidste møde\n"
        "Referatet blev godkendt uden bemærkninger.\n"
    )
    assert classify(text) == "minutes"


def test_news_naming_a_meeting_without_attendance_labels_is_no_minutes() -> None:
    text = (
        "Byrådsmøde den 18. marts: nu skal der tages stilling til skolerne\n"
        "Byrådet skal på mødet drøfte en ny skolestruktur, og deltagere fra flere partier har "
        "allerede meldt ud, at de vil stemme imod.\n"
    )
    assert classify(text) != "minutes"


def test_dateline_of_fields_apart_by_bars_dates_the_release() -> None:
    text = ("Ny pulje til hjemløse unge\n"
            "12.3.2024 10:01:22 CET | Social- og Boligministeriet | Pressemeddelelse\n"
            "Ministeren afsætter 20 mio. kr. til en ny pulje.")
    assert socdoc.extract(text).published.isoformat() == "2024-03-12"


def test_a_date_in_a_sentence_with_bars_elsewhere_is_not_the_dateline() -> None:
    text = ("Nyheder | Borgerservice\n\nByrådet vedtog den 4. april 2024 en ny plan for området, "
            "som nu sendes i høring blandt borgerne.")
    assert socdoc.extract(text).published is None


def test_a_header_line_with_body_label_and_date_heads_minutes() -> None:
    text = ("Byudvalget. Dagsorden. tirsdag den 4. marts 2008 kl. 15:00 - Mødelokale 2\n\n"
            "1 Byudvalget Dagsorden tirsdag den 4. marts 2008 Indholdsfortegnelse 17. Budgetopfølgning "
            "18. Lokalplan for et boligområde ved skolen 19. Salg af grund")
    assert classify(text) == "minutes"


def test_a_news_line_naming_a_committee_without_a_meeting_date_is_no_minutes() -> None:
    text = ("Socialudvalget vil ændre dagsorden for ældreplejen\n\n"
            "Udvalget foreslår flere hænder i hjemmeplejen, siger formanden til avisen.")
    assert classify(text) != "minutes"


def test_a_letter_spaced_title_word_of_a_pdf_names_the_minutes() -> None:
    text = ("Transkript\n\n1 B E S L U T N I N G E R REGION SYDLAND SOCIALUDVALGET Onsdag den 6. marts 2013 "
            "Kl på Regionshuset 4. møde Medlemmer: Anne Lund (A) Per Holm (V)\n")
    assert classify(text) == "minutes"
