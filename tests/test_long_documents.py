"""Long documents run in bounded pieces: offsets into the whole text, merged facts, flat memory.

The thresholds are lowered for the tests so that a few kilobytes of text take the long path; the
memory test runs a real long text in a subprocess and reads its peak RSS.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any, Optional

import pytest

import socdoc
from socdoc import api
from socdoc.pipeline import pieces
from socdoc.records import Document

HEADER = textwrap.dedent("""\
    Socialudvalget
    Referat
    Mødedato: Onsdag den 4. september 2024 kl. 16.00
    Mødested: Mødelokale 2, Rådhuset
    Medlemmer: Karin Holm (A), formand, Jens Bruun (V), Mette Lund (F)

    """)


def _item(n: int) -> str:
    return textwrap.dedent(f"""\
        {n}. Tilskud til værestedet på Nørregade, sag {n}
        Sagsfremstilling
        Socialforvaltningen foreslår, at værestedet får 1{n % 10},5 mio. kr. i perioden 2025-2027. \
        Rådgiver Ole Madsen fra Socialforvaltningen fremlagde sagen den 12. august 2024. \
        Ældre Sagen og Dansk Røde Kors støtter forslaget, og Kommunen bidrager med 250.000 kr. årligt.
        Beslutning
        Godkendt.

        """)


def _minutes(n_items: int) -> str:
    return HEADER + "".join(_item(i) for i in range(1, n_items + 1))


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long-text thresholds a few kilobytes long, statistical pieces of 120 tokens."""
    monkeypatch.setattr(pieces, "LONG_TEXT_CHARS", 4_000)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_500)
    monkeypatch.setattr(pieces, "STATISTICAL_PIECE_TOKENS", 120)
    monkeypatch.setattr(api, "PIPE_BATCH_TOKENS", 300)


def _offsets_hold(record: Document, text: str) -> None:
    """``text[start:end] == fact.text`` for every fact, mention, attendee and decision."""

    def check(value: Any) -> None:
        if isinstance(value, list):
            for v in value:
                check(v)
        elif isinstance(value, dict):
            start = value.get("char_start", value.get("start"))
            end = value.get("char_end", value.get("end"))
            if isinstance(start, int) and isinstance(end, int) and "text" in value:
                assert text[start:end] == value["text"], value
            if isinstance(start, int) and isinstance(end, int) and "name" in value and "text" not in value:
                assert start < end <= len(text), value
            for v in value.values():
                check(v)

    check(record.model_dump())


def test_split_text_cuts_at_paragraphs_then_sentences_then_spaces() -> None:
    paragraphs = "Første afsnit om budgettet.\n\n" * 200
    cuts = pieces.split_text(paragraphs, paragraphs, 1_000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(paragraphs)
    assert all(a == prev_end for (a, _), (_, prev_end) in zip(cuts[1:], cuts))
    assert all(b - a <= 1_000 for a, b in cuts)
    assert all(paragraphs[a - 2:a] == "\n\n" for a, _ in cuts[1:])

    line = "Udvalget bevilger 2 mio. kr. til boliger. Det sker i 2025. " * 100
    cuts = pieces.split_text(line, line, 1_000)
    assert all(line[a - 2:a] == ". " and line[a].isupper() for a, _ in cuts[1:])

    words = "ord " * 1_000
    assert all(words[a - 1] == " " for a, _ in pieces.split_text(words, words, 700)[1:])
    crlf = "linje uden punktum\r\n" * 200
    assert all(crlf[a - 1] == "\n" for a, _ in pieces.split_text(crlf, crlf.replace("\r", " "), 500)[1:])


def test_a_long_minutes_text_in_pieces_keeps_offsets_and_merges_facts(small_pieces: None) -> None:
    text = _minutes(30)
    assert len(text) > pieces.LONG_TEXT_CHARS
    record = socdoc.extract(text, doc_id="langt-referat")
    assert record.error is None and record.doc_id == "langt-referat"
    assert len(pieces.split_text(text, text)) > 2
    _offsets_hold(record, text)
    assert record.n_chars == len(text)
    assert record.kind == "minutes"
    assert record.meeting is not None and str(record.meeting.date) == "2024-09-04"
    assert str(record.published) == "2024-09-04"
    # one amount of each kind per item, in text order, none twice
    assert len(record.amounts) == 60
    assert [a.start for a in record.amounts] == sorted({a.start for a in record.amounts})
    assert len(record.periods) == 30
    # one decision per agenda item, across every piece
    assert [d.item for d in record.decisions] == list(range(1, 31))
    # a party named in every item is one fact with its mentions from every piece
    names = [p.name.casefold() for p in record.parties]
    assert len(names) == len(set(names))
    most = max(record.parties, key=lambda p: len(p.mentions))
    assert len(most.mentions) >= 25


def test_the_long_path_finds_what_the_whole_text_gives(small_pieces: None, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _minutes(30)
    pieced = socdoc.extract(text)
    monkeypatch.setattr(pieces, "LONG_TEXT_CHARS", 10**9)
    monkeypatch.setattr(api, "PIPE_BATCH_TOKENS", 10**9)
    whole = socdoc.extract(text)
    for field in ("amounts", "dates", "periods"):
        assert getattr(pieced, field) == getattr(whole, field), field
    assert [(d.item, d.outcome, d.start) for d in pieced.decisions] == [
        (d.item, d.outcome, d.start) for d in whole.decisions]
    assert {p.name for p in pieced.parties} == {p.name for p in whole.parties}


def test_a_long_single_line_is_cut_at_sentence_ends(small_pieces: None) -> None:
    sentence = ("Ministeriet giver 3,2 mio. kr. til Aarhus Kommune i 2025, og Region Midtjylland "
                "afsætter 400.000 kr. årligt fra 1. april 2025. ")
    text = sentence * 60
    record = socdoc.extract(text)
    assert record.error is None
    _offsets_hold(record, text)
    assert len(record.amounts) == 120
    assert len(record.dates) == 60


def test_ner_in_sentence_pieces_sets_the_entities_of_the_whole_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    from socdoc.pipeline import pipeline

    nlp = pipeline()
    statistical = [proc for name, proc in nlp.pipeline if name in api.STATISTICAL_PIPES]
    if not statistical:
        pytest.skip("no trained NER model")
    text = "Borgmester Anne Kjær fra Vejle Kommune besøgte Bofællesskabet Lærkely i Give. " * 40
    whole = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        whole = proc(whole)
    pieced = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in api.STATISTICAL_PIPES:
            if proc is statistical[0]:
                pieced = pieces.run_statistical_in_pieces(pieced, statistical, max_tokens=50)
            continue
        pieced = proc(pieced)
    assert [(e.start_char, e.end_char, e.label_) for e in pieced.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents]


MEMORY_SCRIPT = """
import resource, json, socdoc
socdoc.extract("Udvalget bevilger 1,5 mio. kr. til projektet i perioden 2024-2026.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
line = ("Byrådet bevilger 2,5 mio. kr. til Søparken i perioden 2024-2026, og Udvalget for Børn og "
        "Unge afsætter 700.000 kr. årligt fra 1. marts 2025. ") * 1_200
record = socdoc.extract(line)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth_mib": (after - before) / 1024, "amounts": len(record.amounts),
                  "error": record.error is not None}))
"""


def test_memory_of_a_long_line_stays_flat() -> None:
    """A 150,000-character line (28,000 tokens) once took ~450 MiB more than a short text; in
    pieces the statistical components hold 8,000 tokens at a time."""
    result = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert not figures["error"] and figures["amounts"] == 2_400
    assert figures["growth_mib"] < 250, figures


def test_merging_pieces_shifts_offsets_and_keeps_one_fact_per_name() -> None:
    from socdoc.records import FocusArea, Mention, Party

    first_text = "Indsatsområdet Tryghed styrkes af Kommunen.\n\n"
    second_text = "Tryghed og Kommunen igen."
    text = first_text + second_text

    def piece(start: int, part: str) -> Document:
        at, party_at = part.index("Tryghed"), part.index("Kommunen")
        party = Party(name="Kommunen", text="Kommunen", start=party_at, end=party_at + 8,
                      mentions=[Mention(start=party_at, end=party_at + 8, text="Kommunen")])
        return Document(kind="article", n_words=5, parties=[party],
                        focus_areas=[FocusArea(name="Tryghed", text="Tryghed", start=at, end=at + 7)])

    merger = pieces.RecordMerger()
    merger.add(0, piece(0, first_text))
    merger.add(len(first_text), piece(len(first_text), second_text))
    record = merger.record(len(text))
    assert [f.name for f in record.focus_areas] == ["Tryghed"]
    assert text[record.focus_areas[0].start:record.focus_areas[0].end] == "Tryghed"
    [party] = record.parties
    assert [text[m.start:m.end] for m in party.mentions] == ["Kommunen", "Kommunen"]
    assert party.mentions[1].start == len(first_text) + second_text.index("Kommunen")
    assert record.n_words == 10 and record.n_chars == len(text)


def test_merged_facts_share_their_field_sets_but_a_filled_field_stays_their_own() -> None:
    from socdoc.records import Person

    def piece(role: Optional[str], *extra: str) -> Document:
        people = [Person(name="Ida Holm", text="Ida Holm", start=0, end=8, **({"role": role} if role else {}))]
        people += [Person(name=name, text=name, start=10, end=10 + len(name)) for name in extra]
        return Document(kind="article", people=people)

    merger = pieces.RecordMerger()
    merger.add(0, piece(None, "Eva Dahl"))
    merger.add(100, piece("rådmand"))
    ida, eva = merger.record(200).people
    assert ida.role == "rådmand" and eva.role is None
    assert "role" in ida.model_fields_set and "role" not in eva.model_fields_set
    assert ida.start == 0 and eva.start == 10 and ida.mentions == [] and eva.end == 18


def test_a_record_line_is_the_json_of_the_whole_record() -> None:
    from socdoc.sinks.jsonl import parse_line, record_line

    text = ("Byrådet bevilger 2,5 mio. kr. til Søparken i 2025, og Udvalget for Børn og Unge "
            "afsætter 700.000 kr. årligt fra 1. marts 2025. ")
    record = socdoc.extract(text * 3, doc_id="brev-æ.txt")
    for doc, ascii_only in ((record, False), (record.model_copy(update={"source": "m\udcff.txt"}), True)):
        expected = {**doc.model_dump(mode="json"), "content_hash": "ab12"}
        line = record_line(doc, "ab12")
        assert line == json.dumps(expected, ensure_ascii=ascii_only)
        assert parse_line(line) == (doc, "ab12")
