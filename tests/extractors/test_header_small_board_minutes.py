"""Header and attendance families of small boards' minutes: "Fremmøde" as the list's
label, a note in brackets after a member that tells she left early, the hour alone before the place
("kl. 18-21 på …"), the next field's label of several words run on after a place on a flattened page,
a sentence opening with a place label's word ("Afholdt møde.") that is no label, and an unlabelled
place under a line naming the schools whose board meets."""

from __future__ import annotations

from minutes_run import run

from socdoc.extractors.minutes_inline import inline_fields


def _names(meeting) -> set[str]:
    return {p.name for p in meeting.participants}


ATTENDANCE_WORD = (
    "Bestyrelsesmøde d. 4. april 2023\n\n"
    "Foreningens bestyrelse holdt møde d. 4. april 2023 kl. 19.00 på Skovby Forsamlingshus\n\n"
    "Fremmøde:\n"
    "Lene Bruun, Tage Holm, Sofie Krogh Dahl, Ib Vang (som forlod mødet tidligt pga. et andet møde)\n\n"
    "Afbud fra: Ulla Mose\n\n"
    "Dagsorden:\n\n"
    " 1. Godkendelse af referat\n"
    "  Referatet blev godkendt.\n"
)


def test_fremmoede_labels_the_participants() -> None:
    meeting = run(ATTENDANCE_WORD).meeting
    assert _names(meeting) == {"Lene Bruun", "Tage Holm", "Sofie Krogh Dahl", "Ib Vang"}
    assert meeting.absent == ["Ulla Mose"]


def test_a_bracketed_note_that_a_member_left_keeps_the_list() -> None:
    assert "Ib Vang" in _names(run(ATTENDANCE_WORD).meeting)


HOUR_ONLY = (
    "Bestyrelsesmøde i ungdomsklubben tirsdag den 9. maj 2023, kl. 18-21 på klubbens kontor, Skovvej 4, 4000 Skovby\n\n"
    "Referat\n\n"
    "Tilstede: Lene Bruun, Tage Holm, Sofie Krogh Dahl\n\n"
    "1. Godkendelse af referat\n"
    "Godkendt\n"
)


def test_the_place_after_the_hour_alone() -> None:
    assert run(HOUR_ONLY).meeting.location == "klubbens kontor, Skovvej 4, 4000 Skovby"


RUN_ON = (
    "Referat af bestyrelsesmøde den 3. marts 2022 i Skovby Vand A/S\n\n"
    "1 Referat af bestyrelsesmøde den 3. marts 2022 i Skovby Vand A/S Dato: 3. marts 2022 Tidspunkt: "
    "Sted: Vandværket, Bakkevej 2, Skovby I mødet deltager: Afbud fra: Formand Lene Bruun Næstformand Tage Holm "
    "Dagsorden 1. Godkendelse af dagsorden 2. Formanden orienterer 3. Eventuelt\n\n2 Regnskab 4. Status\n"
)


def test_a_label_of_several_words_ends_the_place() -> None:
    assert run(RUN_ON).meeting.location == "Vandværket, Bakkevej 2, Skovby"


def test_the_agenda_heading_ends_the_last_name_of_a_run_on_list() -> None:
    meeting = run(RUN_ON).meeting
    names = {p.name for p in meeting.participants} | set(meeting.absent)
    assert "Tage Holm" in names and not any("Dagsorden" in n for n in names)


def test_members_and_absence_labels_side_by_side_give_the_names_to_the_members() -> None:
    line = ("Sted: Vandværket I mødet deltager: Afbud fra: Formand Lene Bruun Næstformand Tage Holm "
            "Bestyrelsesmedlem Ulla Mose")
    kinds = [f.kind for f in inline_fields(line, 0)]
    assert "participants" in kinds and "absent" not in kinds


HELD_SENTENCE = (
    "Referat af møde i Teknikudvalget\n\n"
    "12. oktober 2021\n\n"
    "Byrådssalen kl. 14:00\n\n"
    "1. Orientering\n\n"
    "Afholdt møde. Referat følger senere.\n\n"
    "2. Eventuelt\n\nIngen.\n"
)


def test_a_sentence_opening_with_a_label_word_is_no_place() -> None:
    assert "Referat følger" not in (run(HELD_SENTENCE).meeting.location or "")


SCHOOLS = (
    "Referat af skolebestyrelsesmøde\n"
    "Skovby Skole og Vestby Skole\n"
    "Skovby Skole, mødelokale 3\n"
    "onsdag den 6. september 2023 kl. 18.30 - 20.30\n\n"
    "Deltagere: Lene Bruun, Tage Holm, Sofie Krogh Dahl\n\n"
    "1. Godkendelse af referat\nGodkendt.\n"
)


def test_the_place_under_the_line_naming_the_schools() -> None:
    assert run(SCHOOLS).meeting.location == "Skovby Skole, mødelokale 3"
