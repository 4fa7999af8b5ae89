"""People in credits and bylines (doubled labels, a dash after the label, initials, lower-case
labels), in attendance remarks of minutes (the member and the one stood in for) and in tables with a
party column read one cell a line."""

from __future__ import annotations

from people_run import people


def test_credit_with_a_doubled_label() -> None:
    text = "Nyt legeområde i Vestbyen.\n\nFoto: Foto: Henrik Bøgh / Arkiv\n\nByen får et nyt legeområde."
    assert "Henrik Bøgh" in people(text)


def test_song_credits_with_a_dash_and_initials() -> None:
    text = "Sangen før mødet\n\nTekst: - N.F. Grundtvig\nMusik: - C. Nielsen\n\nDen signede dag med fryd vi ser."
    found = people(text)
    assert "N.F. Grundtvig" in found
    assert "C. Nielsen" in found


def test_credit_label_needs_a_name_shape() -> None:
    text = "Foto: Foto: Vestby Kommune\n\nDer er åbnet et nyt bibliotek."
    assert not people(text)


def test_lower_case_byline_under_a_magazine_lead() -> None:
    text = ("Hvad koster de nye regler?\n\nOver de næste sider svarer en række ledere på spørgsmålet.\n"
            "tekst Karen Vestergaard\n\nDet er en stor opgave for alle.")
    assert "Karen Vestergaard" in people(text)


def test_lower_case_af_at_a_line_start_is_no_byline() -> None:
    text = "Sagen blev behandlet\naf Region Midtjylland\n\nDer er ingen bemærkninger."
    assert "Region Midtjylland" not in people(text)


def test_member_and_the_one_stood_in_for() -> None:
    text = ("Bemærkninger\n\nJonas Brix Ahlgren deltog for Merete Juhl.\n\n"
            "Sofie Lind deltog i mødet i stedet for Ejnar Brøns.\n\nPkt. 1 Godkendelse af dagsorden")
    found = people(text)
    for name in ("Jonas Brix Ahlgren", "Merete Juhl", "Sofie Lind", "Ejnar Brøns"):
        assert name in found, name


def test_absence_and_late_arrival_after_a_name() -> None:
    text = "Godkendt.\n\nTorben Nalby Holm fraværende\n\nBirthe Krogsgaard deltog fra kl. 17.30.\n"
    found = people(text)
    assert "Torben Nalby Holm" in found
    assert "Birthe Krogsgaard" in found


def test_role_after_a_comma_and_som() -> None:
    text = ("Som nye suppleanter udpeges for perioden:\n"
            "Jens Arne Holt (Ældresagen), som suppleant for Grete Nygaard (Danske Seniorer).\n")
    found = people(text, "Jens Arne Holt", "Grete Nygaard")
    assert found["Jens Arne Holt"].role == "suppleant"


PARTY_COLUMN = (
    "Valgbestyrelsen består af:\n\n"
    "Medlem\n\nParti\n\nStedfortræder\n\nParti\n\n"
    "1. Viggo Skaarup\n\nA\n\nLene Dalsgård\n\nA (nu løsgænger)\n\n"
    "2. Kamal Odeh\n\nV\n\nTine Hjorth\n\nO\n\n"
    "3. Rasmus Krag\n\nF\n\nIda Bonde\n\nA\n\n"
)


def test_names_over_party_cells_of_a_flattened_table() -> None:
    found = people(PARTY_COLUMN)
    assert found["Viggo Skaarup"].party == "A"
    assert found["Lene Dalsgård"].party == "A"
    assert found["Kamal Odeh"].party == "V"
    assert found["Tine Hjorth"].party == "O"
    assert found["Ida Bonde"].party == "A"


def test_one_name_over_a_letter_is_no_party_column() -> None:
    text = "Referent\n\nViggo Skaarup\n\nA\n\nB\n\nPunkterne blev godkendt."
    found = people(text)
    assert "Viggo Skaarup" not in found or found["Viggo Skaarup"].party is None


def test_member_stood_in_for_in_a_bracketed_note_of_a_list_row() -> None:
    text = ("Deltagere\n • Hanne Bach, V\n • Orla Krogh, F (midlertidigt for Yvette K. Sand)\n\n"
            "Afbud\n • Peter Lyng, C\n")
    found = people(text, "Hanne Bach", "Orla Krogh", "Peter Lyng")
    assert "Yvette K. Sand" in found


def test_a_unit_in_a_bracketed_note_is_no_person() -> None:
    text = "Sagen er sendt til høring (frist for Vestby Skole)\n"
    assert "Vestby Skole" not in people(text)


def test_an_organisation_after_deltog_for_is_no_person() -> None:
    found = people("Kim Lund deltog for Region Hovedstaden. Dansk Metal deltog i mødet med borgmesteren.")
    assert list(found) == ["Kim Lund"]
