"""One decision per agenda item, and only where the item has one: items numbered by a case code in a
flattened transcript page, ordered lists saved as "1." before every entry, discussion items whose
decision text records only the points raised, and sentences in running prose that tell something
else than the item's outcome (a part of it discussed, another actor's act, a case presentation)."""

from __future__ import annotations

from socdoc.extractors import decisions as dec

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


# --- items numbered by a case code inside a flattened page ----------------------------------------


CODED = (
    "Beslutningsprotokol. Onsdag 14.03.2012 kl. 9.00. Ordinært møde. Kulturudvalget\n\n"
    "Transkript\n\n"
    "1 Beslutningsprotokol Onsdag kl Ordinært møde Kulturudvalget\n\n"
    "2 Mødet Onsdag , Mødelokale 3 Fraværende: Bemærkninger til dagsordenen: Kulturudvalget Side 2\n\n"
    "3 Følgende sager blev behandlet på mødet KU-12/12-O Status for biblioteksfilialerne Status "
    "for udlånet viser en mindre nedgang i filialerne i årets første måneder. Beslutning: Taget til "
    "efterretning. Side 4 KU-13/12-B Tilskud til sommerkoncerter i parken Forvaltningen foreslår et "
    "tilskud fra puljen til kulturelle arrangementer. Beslutning: Godkendt. Side 5 KU-14/12-D Ny "
    "strategi for foreningslivet Udvalget skal drøfte et første oplæg til strategien. Beslutning: "
    "Oplægget sendes tilbage til forvaltningen med udvalgets bemærkninger.\n"
)


def test_case_codes_number_the_items_of_a_flattened_page() -> None:
    assert outcomes(CODED) == [(12, "noted"), (13, "approved"), (14, "other")]


def test_each_case_coded_item_keeps_its_own_decision() -> None:
    texts = [d.text for d in run(CODED).decisions]
    assert texts[0] == "Taget til efterretning."
    assert texts[1] == "Godkendt."


def test_a_case_code_title_ends_where_the_case_text_opens() -> None:
    titles = [d.title for d in run(CODED).decisions]
    assert titles[0] == "Status for biblioteksfilialerne"


def test_a_journal_number_in_prose_is_no_item() -> None:
    raw = ("Referat fra Teknisk Udvalg den 3. april 2023\n\n"
           "1. Vejbelysning i Søndermarken\n\n"
           "Beslutning\n\n"
           "Godkendt, jf. sag TU-44/22-B Vejbelysning fra sidste år.\n")
    assert outcomes(raw) == [(1, "approved")]


# --- an ordered list saved as "1." before every entry -----------------------------------------------


def test_every_entry_numbered_one_gives_no_item_number() -> None:
    # "1." before every entry is a list rendered without its numbers: the agenda numbers are not shown
    raw = ("Referat fra Seniorrådets møde den 4. april 2022 i Mødesal B kl. 13.00\n\n"
           "Afbud: Inge Dahl.\n\n"
           " 1. Godkendelse af dagsorden\n\n"
           "Referat: Godkendt\n\n"
           " 1. Besøg på plejecentret Lindely.\n\n"
           "Referat:\n\n"
           "Seniorrådet besluttede at aflægge besøg i juni.\n\n"
           " 1. Henvendelse om bænke ved søen.\n\n"
           "Referat:\n\n"
           "Seniorrådet drøftede henvendelsen og sender den videre til forvaltningen.\n")
    assert [d.item for d in run(raw).decisions] == [1, None, None]  # the first entry is item 1 indeed


# --- discussion items ---------------------------------------------------------------------------


def test_a_discussion_item_with_only_the_points_raised_is_discussed() -> None:
    raw = ("Referat fra Ældrerådets møde den 2. maj 2023\n\n"
           "1. Drøftelse af ny mødeform\n\n"
           "Beslutning\n\n"
           "Forslagene var:\n\n"
           "  • flere møder ude på centrene\n"
           "  • kortere dagsordener\n\n"
           "Formanden samler op inden næste møde.\n")
    assert outcomes(raw) == [(1, "discussed")]


def test_a_discussion_item_that_refers_the_case_is_other() -> None:
    raw = ("Referat fra Ældrerådets møde den 2. maj 2023\n\n"
           "1. Drøftelse af ny mødeform\n\n"
           "Beslutning\n\n"
           "Sagen oversendes til Social- og Sundhedsudvalget.\n")
    assert outcomes(raw) == [(1, "other")]


def test_a_discussion_item_with_a_decision_taken_is_other() -> None:
    raw = ("Referat fra Ældrerådets møde den 2. maj 2023\n\n"
           "1. Drøftelse af ny mødeform\n\n"
           "Beslutning\n\n"
           "Rådet besluttede at holde hvert andet møde på et plejecenter.\n")
    assert outcomes(raw) == [(1, "other")]


def test_discussion_outcome_needs_a_discussion_title() -> None:
    assert dec.discussion_outcome("Nyt fra formanden", "Der kom flere forslag.") is None
    assert dec.discussion_outcome("Temadrøftelse om trafik", "Der kom flere forslag.") == "discussed"


# --- narrative prose: what is not the item's outcome -------------------------------------------------


BOARD = ("Referat af bestyrelsesmøde i Havrevængets vandværk den 6. marts 2023.\n\n"
         "Deltagere: Poul, Gitte, Hassan, Lene (referent).\n\n")


def test_another_actors_act_in_the_perfect_is_no_decision() -> None:
    raw = BOARD + (
        "1. Velkomst\n\n"
        "2. Takster\n"
        "  Kommunen har godkendt vores takster for 2022, dog med en lavere pris pr. m3.\n"
        "  Vi har sendt en ny ansøgning for næste år på samme grundlag.\n"
        "  ( Tilføjet efter mødet: Regionen har vedtaget ny indsatsplan.\n"
        "  det betyder at vi nok skal justere acontobeløbene i efteråret.\n\n"
        "3. Eventuelt\n"
        "Intet.\n")
    assert (2, "approved") not in outcomes(raw)


def test_the_board_acting_in_the_perfect_still_records_the_item() -> None:
    raw = BOARD + (
        "1. Budget\n"
        "Kassereren gennemgik tallene. Bestyrelsen har godkendt budgettet.\n")
    assert outcomes(raw) == [(1, "approved")]


def test_a_part_of_the_item_discussed_is_no_outcome() -> None:
    raw = BOARD + (
        "1. Regnskab\n"
        "Kassereren fremlagde regnskabet. Nogle af posterne blev drøftet. Revisionen kommer i maj.\n")
    assert outcomes(raw) == []


def test_an_agreement_inside_a_flattened_case_presentation_is_no_decision() -> None:
    raw = ("1 Miljøudvalget den , s. 1 SKOVLUND KOMMUNE Miljøudvalget Protokol Mandag den 5. juni 2023 "
           "kl. 16:00 afholdt Miljøudvalget møde i mødelokale 2.\n\n"
           "2 Miljøudvalget den , s. 2 INDHOLDSFORTEGNELSE Sag nr: Side: 01 Klimaplan høring 3\n\n"
           "3 Åbent punkt Miljøudvalget den , s.3 Klimaplan høring 1. Sagsfremstilling Planen har været i "
           "høring i seks uger. Der blev holdt et borgermøde på biblioteket med god deltagelse. Der var bred "
           "enighed om, at stierne langs åen skal bevares. Flere borgere ønskede flere cykelparkeringer ved "
           "stationen, og enkelte ønskede færre p-pladser i midtbyen")
    assert outcomes(raw) == []
