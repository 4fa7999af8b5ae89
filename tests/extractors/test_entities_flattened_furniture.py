"""Names that a flattened page runs into its furniture: a body's heading written twice in a row, a
place glued to the next agenda title's first word on a contents line, a town glued to the page's
next heading or to the label of the members' list, and a town after a postcode with a wide gap.
Model entities are set by hand; every text is written for these tests."""

from __future__ import annotations

from entities_run import parties, areas


# a contents page whose titles the extraction has put on one long line, with few sentence ends
_CONTENTS = (
    "Indholdsfortegnelse\n\n"
    "Godkendelse af dagsorden Meddelelser fra formanden Budgetopfølgning pr. 31. marts for Udvalget for "
    "Teknik og Miljø Udvalget for Teknik og Miljø - Årsberetning 2022, udvalgets bidrag Tilskud til "
    "istandsættelse af spejderhytten Forslag til lokalplan for et boligområde ved Lærkevej Tilsynsrapport , "
    "opfølgning og handleplaner Ansøgning om midler til legeplads i Sønderby Drøftelse af trafikforhold på "
    "skolevejene Orientering om vinterbekæmpelse Status på affaldssortering i etageboliger Godkendelse af "
    "takster for 2023 Eventuelt Lukket punkt - salg af grund\n"
)


def test_body_heading_written_twice_in_a_row_is_the_body_once() -> None:
    found = parties(_CONTENTS)
    assert "Udvalget for Teknik og Miljø" in found
    assert not any(name.count("Udvalget") > 1 for name in found)


def test_estate_glued_to_the_next_title_word_on_a_contents_line_is_no_area() -> None:
    found = areas(_CONTENTS)
    assert not any("Tilsynsrapport" in name for name in found)


def test_estate_named_in_a_short_sentence_keeps_its_own_name() -> None:
    text = "Der bygges 40 nye boliger i boligområdet Engparken, og beboerne er glade for planerne."
    assert areas(text) == ["Engparken"]


def test_town_after_a_postcode_with_a_wide_gap_is_part_of_an_address() -> None:
    text = ("Anmodning om udtræden\n\nLone Berg, Kirkevej 8, 2. th. 9560  Hadsund, der er medlem af "
            "skolebestyrelsen, har bedt om at træde ud af bestyrelsen.\n")
    assert "Hadsund" not in areas(text)


def test_town_glued_to_the_page_heading_after_its_postcode_is_no_party() -> None:
    text = ("Referat\n\nByrådet\n\nonsdag den 3. maj 2006 kl. 16:00\n\nRådhuset\n\nTorvet 2\n\n"
            "7760 HurupIndholdsfortegnelse\n\nÅben sag:\n\n12 /1\n\nSpørgetid\n")
    assert not any("Indholdsfortegnelse" in name for name in parties(text))


def test_a_town_with_a_short_word_and_an_inner_capital_stays_a_party() -> None:
    text = "Foreningen har fået støtte fra SønderbyLiv til at plante træer langs åen."
    assert "SønderbyLiv" in parties(text)  # a short second word may be a brand's, not a heading


def test_venue_town_glued_to_the_members_label_is_no_party() -> None:
    text = ("Referat\n\nSocialudvalget\n\nMødedato: tirsdag den 4. marts 2014 Mødetidspunkt: 16:00 Sted: "
            "Lokale 3, Hadsund Medlemmer Anne Holm (A) Per Lund (V) Kirsten Bak (O)\n\n"
            "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert parties(text, {"Hadsund Medlemmer": "ORG"}) == ["Socialudvalget"]
