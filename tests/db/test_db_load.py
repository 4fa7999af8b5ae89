"""Loading: contents, idempotence, incremental replacement, failures, views."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from db_helpers import count, dump

from socdoc.records import (
    Amount, Area, Attendee, Decision, Document, ErrorInfo, Meeting, Mention, Party, Vote,
)
from socdoc.sinks.db.engine import make_engine
from socdoc.sinks.db.load import (
    as_content_hash, content_hash, load_records, needs_extraction, record_hash,
)
from socdoc.sinks.db.synthetic import synthetic_records


def _minutes(doc_id: str = "m1", amount: int = 5_000_000, error: ErrorInfo | None = None) -> Document:
    """A hand-built set of minutes with money, areas, parties, a meeting and decisions."""
    text = "Køge Kommune giver 5 mio. kr. årligt til Ellemarken. Godkendt. Udsat."
    return Document(
        doc_id=doc_id, source=f"{doc_id}.txt", kind="minutes", published=dt.date(2021, 3, 16),
        n_chars=len(text), n_words=len(text.split()), extractor_version="t1", error=error,
        amounts=[
            Amount(start=19, end=29, text="5 mio. kr.", value=amount, per_year=True),
            Amount(start=0, end=4, text="Køge", low=1_000_000, high=3_000_000),
        ],
        parties=[Party(name="Køge Kommune", text="Køge Kommune", type="municipality", start=0, end=12,
                       mentions=[Mention(start=0, end=12, text="Køge Kommune")])],
        areas=[Area(name="Ellemarken", text="Ellemarken", type="housing_area", start=42, end=52)],
        meeting=Meeting(body="Økonomiudvalget", date=dt.date(2021, 3, 16), time="08:15",
                        participants=[Attendee(name="Poul Erik Vestergaard", party="O")],
                        absent=["Jan Kirkegaard"]),
        decisions=[
            Decision(item=87, title="Tiltag", outcome="approved", text="Godkendt.", start=54,
                     end=63, vote=Vote(for_=["A", "V"], against=["O"], for_count=20, against_count=3)),
            Decision(item=88, outcome="postponed", postponed_to=dt.date(2021, 3, 23),
                     text="Udsat.", start=64, end=70),
        ],
    )


def test_hashes() -> None:
    h = content_hash("tekst")
    assert as_content_hash(h) == h
    assert as_content_hash("tekst") == h
    assert as_content_hash(None) is None
    assert record_hash(_minutes()) == record_hash(_minutes())
    assert record_hash(_minutes()) != record_hash(_minutes(amount=6))


def test_load_writes_every_fact(db_url: str) -> None:
    stats = load_records([(_minutes(), "some text")], db_url)
    assert (stats.loaded, stats.replaced, stats.unchanged, stats.failed) == (1, 0, 0, 0)
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            doc = conn.execute(sa.text(
                "SELECT doc_id, kind, year, municipality, content_hash, error_type FROM documents"
            )).one()
            assert tuple(doc) == ("m1", "minutes", 2021, "Køge Kommune", content_hash("some text"), None)
            amounts = conn.execute(sa.text(
                "SELECT value, low, high, point_value, per_year FROM amounts ORDER BY seq")).all()
            assert [tuple(a) for a in amounts] == [
                (5_000_000, None, None, 5_000_000, True), (None, 1_000_000, 3_000_000, 2_000_000, False)]
            participants = conn.execute(sa.text(
                "SELECT name, party, absent FROM participants ORDER BY seq")).all()
            assert [tuple(p) for p in participants] == [
                ("Poul Erik Vestergaard", "O", False), ("Jan Kirkegaard", None, True)]
            decisions = conn.execute(sa.text(
                "SELECT item, outcome, postponed_to, has_vote, vote_for_count FROM decisions "
                "ORDER BY seq")).all()
            assert decisions[0][:2] == (87, "approved") and decisions[0][3] and decisions[0][4] == 20
            assert decisions[1][1] == "postponed" and str(decisions[1][2]) == "2021-03-23"
            assert conn.execute(sa.text("SELECT body FROM meetings")).scalar_one() == "Økonomiudvalget"
    finally:
        engine.dispose()


def test_views_answer_the_questions(db_url: str) -> None:
    load_records([(_minutes("m1"), None), (_minutes("m2", amount=1_000_000), None)], db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            area = conn.execute(sa.text(
                "SELECT area, municipality, year, n_documents, n_amounts, total_dkk, per_year_dkk "
                "FROM v_money_by_area_year")).all()
            assert [tuple(r) for r in area] == [
                ("Ellemarken", "Køge Kommune", 2021, 2, 4, 10_000_000, 6_000_000)]
            party = conn.execute(sa.text(
                "SELECT party, year, total_dkk FROM v_money_by_party_year")).all()
            assert [tuple(r) for r in party] == [("Køge Kommune", 2021, 10_000_000)]
            decisions = conn.execute(sa.text(
                "SELECT body, year, outcome, n_decisions, n_documents FROM v_decisions_by_body_year "
                "ORDER BY outcome")).all()
            assert [tuple(r) for r in decisions] == [
                ("Økonomiudvalget", 2021, "approved", 2, 2), ("Økonomiudvalget", 2021, "postponed", 2, 2)]
    finally:
        engine.dispose()


def test_reload_changes_nothing(db_url: str) -> None:
    records = synthetic_records(120, seed=1)
    first = load_records(records, db_url, batch_size=25)
    before = dump(db_url)
    second = load_records(records, db_url, batch_size=25)
    assert dump(db_url) == before  # loaded_at included
    n_failed = sum(1 for doc, _ in records if doc.error)
    assert first.loaded == second.unchanged == 120 - n_failed
    assert first.failed == second.failed == n_failed
    assert second.loaded == second.replaced == 0


def test_changed_document_is_replaced_and_others_untouched(db_url: str) -> None:
    records = synthetic_records(40, seed=2)
    load_records(records, db_url)
    before = dump(db_url)
    changed_doc, changed_hash = records[7]
    new_doc = changed_doc.model_copy(update={
        "amounts": [Amount(start=0, end=5, text="Title", value=42)], "areas": [], "error": None})
    records[7] = (new_doc, content_hash("a new text"))
    stats = load_records(records, db_url)
    assert stats.replaced == 1 and stats.loaded == 0
    after = dump(db_url)
    doc_id = new_doc.doc_id

    def without(rows: list, key: str = doc_id) -> list:
        return [r for r in rows if r.get("doc_id") != key]

    for table in after:
        assert without(after[table]) == without(before[table]), table
    assert [r["value"] for r in after["amounts"] if r["doc_id"] == doc_id] == [42]
    assert not [r for r in after["areas"] if r["doc_id"] == doc_id]
    stored = next(r for r in after["documents"] if r["doc_id"] == doc_id)
    assert stored["content_hash"] == content_hash("a new text")


def test_needs_extraction(db_url: str) -> None:
    records = synthetic_records(30, seed=3, version="v1")
    hashes = {doc.doc_id: h for doc, h in records}
    assert needs_extraction(db_url, hashes, "v1") == set(hashes)  # nothing stored yet
    load_records(records, db_url)
    failed = {doc.doc_id for doc, _ in records if doc.error}
    assert needs_extraction(db_url, hashes, "v1") == failed
    some = next(iter(sorted(set(hashes) - failed)))
    assert needs_extraction(db_url, {**hashes, some: content_hash("changed")}, "v1") == failed | {some}
    assert needs_extraction(db_url, {"new-doc": content_hash("x")}, "v1") == {"new-doc"}
    assert needs_extraction(db_url, hashes, "v2") == set(hashes)


def test_failed_document_is_recorded_and_retried(db_url: str) -> None:
    broken = _minutes("m9", error=ErrorInfo(type="ValueError", message="bad table"))
    stats = load_records([(broken, "text")], db_url)
    assert stats.failed == 1 and stats.failed_ids == ["m9"]
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(sa.text("SELECT error_type, error_message FROM documents")).one()
            assert tuple(row) == ("ValueError", "bad table")
    finally:
        engine.dispose()
    # A failed document is never "unchanged": it is extracted again next run.
    assert needs_extraction(db_url, {"m9": content_hash("text")}, "t1") == {"m9"}
    again = load_records([(broken, "text")], db_url)  # the same failure once more
    assert again.failed == 1 and again.unchanged == 0
    fixed = load_records([(_minutes("m9"), "text")], db_url)
    assert fixed.replaced == 1 and fixed.failed == 0
    assert needs_extraction(db_url, {"m9": content_hash("text")}, "t1") == set()
    assert count(db_url, "amounts") == 2 and count(db_url, "decisions") == 2


def test_duplicate_doc_id_in_one_input_keeps_the_last(db_url: str) -> None:
    stats = load_records([(_minutes("dup", amount=1), None), (_minutes("dup", amount=2), None)], db_url)
    assert stats.loaded == 1 and stats.unchanged == 1
    assert count(db_url) == 1
    values = {r["value"] for r in dump(db_url)["amounts"] if r["value"] is not None}
    assert values == {2}


def test_readers_do_not_wait_for_a_writer(db_url: str, monkeypatch) -> None:  # noqa: ANN001
    from socdoc.sinks.db import engine as engine_module
    from socdoc.sinks.db.stats import collect_stats

    records = synthetic_records(10, seed=5, version="v1")
    load_records(records, db_url)
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 500)  # fail fast if blocked
    writer = make_engine(db_url)
    try:
        with writer.begin() as conn:  # SQLite: BEGIN IMMEDIATE holds the write lock
            conn.execute(sa.text("UPDATE documents SET n_words = n_words + 1"))
            hashes = {doc.doc_id: h for doc, h in records}
            assert needs_extraction(db_url, hashes, "v1") == {d.doc_id for d, _ in records if d.error}
            assert collect_stats(db_url)["tables"]["documents"] == 10
            conn.rollback()
    finally:
        writer.dispose()


def test_nul_characters_and_refused_records_do_not_stop_the_load(db_url: str) -> None:
    with_nul = _minutes("nul").model_copy(update={"title": "a\x00b"})
    too_big = _minutes("big").model_copy(update={"decisions": [
        Decision(item=10**20, outcome="approved", text="Godkendt.")]})
    records = [(with_nul, None), (too_big, None), (_minutes("fine"), None)]
    stats = load_records(records, db_url)
    assert (stats.loaded, stats.failed, stats.failed_ids) == (2, 1, ["big"])
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = dict(conn.execute(sa.text("SELECT doc_id, error_type FROM documents")).all())
            title = conn.execute(sa.text("SELECT title FROM documents WHERE doc_id = 'nul'")).scalar()
    finally:
        engine.dispose()
    assert rows == {"nul": None, "big": "LoadError", "fine": None}
    assert title == "a\ufffdb"
    before = dump(db_url)
    again = load_records(records, db_url)  # still refused, still recorded, nothing rewritten
    assert (again.unchanged, again.failed) == (2, 1)
    assert dump(db_url) == before


def test_unknown_content_hash_keeps_the_stored_one(db_url: str) -> None:
    doc = _minutes("k1")
    load_records([(doc, "the text")], db_url)
    before = dump(db_url)
    stats = load_records([(doc, None)], db_url)  # e.g. from a JSONL file without hashes
    assert stats.unchanged == 1 and dump(db_url) == before
    changed = _minutes("k1", amount=7)
    stats = load_records([(changed, None)], db_url)
    assert stats.replaced == 1
    assert next(r for r in dump(db_url)["documents"])["content_hash"] is None


def test_records_read_back_equal_the_loaded_ones(db_url: str) -> None:
    from socdoc.sinks.db.export import iter_documents

    records = synthetic_records(150, seed=6) + [(_minutes("m1"), None)]
    load_records(records, db_url)
    loaded = {doc.doc_id: doc.model_dump(mode="json") for doc, _ in records}
    back = {doc.doc_id: doc.model_dump(mode="json") for doc in iter_documents(db_url)}
    assert back.keys() == loaded.keys()
    for doc_id, original in loaded.items():
        assert back[doc_id] == original, doc_id
    some = sorted(loaded)[:3]
    assert [d.doc_id for d in iter_documents(db_url, some)] == some


def test_each_batch_is_committed_before_the_next_records_are_read(db_url: str) -> None:
    """A kill loses at most the batch in hand: rows are committed per --batch-size, not per 500."""
    from db_helpers import count as count_rows

    seen: list[int] = []

    def records():  # type: ignore[no-untyped-def]
        for i in range(7):
            if i in (3, 6):
                seen.append(count_rows(db_url))
            yield _minutes(doc_id=f"m{i}.txt")

    load_records(records(), db_url, batch_size=3)
    assert seen == [3, 6] and count_rows(db_url) == 7
