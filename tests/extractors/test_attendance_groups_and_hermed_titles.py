"""An attendance list that holds a group's own label ("… Pia Borg Ad hoc gæster: Eva Holm (Café Nord) …") is read
group by group where it reads as no list as a whole; a title "Hermed referat fra Lokal SSP-gruppes møde …"
names the body that meets. A decision sentence glued to the case text before it ("… til menighedsrådene.Provstiudvalget
godkendte …") is the item's decision, and so is the paragraph after an item's attachments ("Bilag:").

All texts are written for these tests."""

from __future__ import annotations

import socdoc

_FLAT = ("Referat af lokalrådsmøde 11. marts 2015\n\n"
         "2 2 Referat af lokalrådsmøde 11. marts 2015 Til stede: Bent Andersen Claus Holm Hansen Hans Christian "
         "Andersen Helle Nielsen Kaj Schmidt Pia Borg Ad hoc gæster: Christian Hoeck (Café Nord) Peter Sander "
         "(Havnebaren) Fraværende: Francisco Ortega Mogens Pejtersen Mødet startede ved punkt 3.\n\n"
         "3 Godkendelse af dagsorden Godkendt.\n")


def test_a_group_label_inside_the_list_splits_it() -> None:
    meeting = socdoc.extract(_FLAT).meeting
    assert meeting is not None
    names = [p.name for p in meeting.participants]
    assert {"Bent Andersen", "Pia Borg", "Christian Hoeck", "Peter Sander"} <= set(names)
    assert meeting.absent == ["Francisco Ortega", "Mogens Pejtersen"]


def test_hermed_referat_fra_names_the_body() -> None:
    text = ("SSP-GRUPPEN   NORDBYSKOLEN\n\nHermed referat fra Lokal SSP-gruppes møde tirsdag den 4/3 kl. 13.00 - 15.00.\n\n"
            "Til stede: Erling Holm, Jens Bruun og Jan Minde.\nAfbud: Signe Dam.\n\nDagsorden:\n\n"
            " 1. Formalia: Referat godkendt.\n\n 2. Orientering: Jens Bruun fortalte om arbejdet.\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.body == "Lokal SSP-gruppe"


def test_a_decision_sentence_glued_to_the_case_text_is_the_items_decision() -> None:
    text = ("Referat af PU-møde d. 21. januar 2021\n\n"
            "Deltagere:Anna Holm Jørn Jessen Lene Hansen Kim Søndergård\n"
            "1. Godkendelse af dagsordenenDagsordenen blev godkendt.\n"
            "2. Godkendelse af ansøgningsskema:\n"
            "På sidste møde blev det foreslået, at der blev lavet et skema. Derfor har vi lavet et skema til "
            "menighedsrådene.Provstiudvalget godkendte at skemaet anvendes fremover. Det sendes ud i marts.\n")
    decisions = socdoc.extract(text).decisions
    assert (2, "approved") in [(d.item, d.outcome) for d in decisions]


def test_the_resolution_after_an_items_attachments_is_its_decision() -> None:
    text = ("Referat Provstiudvalgsmøde 16. marts 2022\nDeltagere: Kristen Jansen, Erik Nielsen, Olav Noer\n\n"
            "1 - Godkendelse af dagsorden Dagsorden godkendes.\n\n3 - Ansøgning om bevilling\n\n"
            "Sager:\nRestaurering af kirken (2019 - 17065)\n\nBilag:\nAktdokument\n\n"
            "Provstiudvalget godkendte ansøgningen.\n")
    assert (3, "approved") in [(d.item, d.outcome) for d in socdoc.extract(text).decisions]
