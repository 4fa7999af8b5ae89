"""Path ids in the database: old stem-keyed rows are matched and renamed, never duplicated;
a failed re-read keeps the last good facts with the failure beside them."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from db_helpers import count

from socdoc.records import Amount, Document, ErrorInfo
from socdoc.sinks.db import migrate
from socdoc.sinks.db.engine import make_engine
from socdoc.sinks.db.load import count_legacy_rows, legacy_id, load_records, needs_extraction
from socdoc.sinks.db.stats import collect_stats


def _old_row(doc_id: str, source: str) -> dict:
    return {"doc_id": doc_id, "source": source, "record_hash": "0" * 64, "kind": "article", "language": "da",
            "n_chars": 10, "n_words": 2, "extractor_version": "0.0.9",
            "loaded_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}


def _doc(doc_id: str, source: str, value: int = 2_000_000, error: ErrorInfo | None = None) -> Document:
    text = "2 mio. kr."
    amounts = [] if error else [Amount(start=0, end=len(text), text=text, value=value)]
    return Document(doc_id=doc_id, source=source, n_chars=len(text), amounts=amounts,
                    extractor_version="0.1.0", error=error)


def test_legacy_id_of_path_ids() -> None:
    assert legacy_id("2020/referat.txt") == "referat"
    assert legacy_id("arkiv.tar.gz::a/b.pdf") == "arkiv::a/b.pdf"
    assert legacy_id("ud/arkiv.zip::indre.zip::c.txt") == "arkiv::indre.zip::c.txt"
    assert legacy_id("referat.txt~2") is None


def test_rows_of_old_ids_are_matched_by_source_and_renamed(db_url: str) -> None:
    migrate.upgrade(db_url, revision="0001_initial")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO documents (doc_id, source, record_hash, kind, language, n_chars, n_words, "
                "extractor_version, loaded_at) VALUES (:doc_id, :source, :record_hash, :kind, :language, "
                ":n_chars, :n_words, :extractor_version, :loaded_at)"),
                [_old_row("referat", "/arkiv/2021/referat.txt"),
                 _old_row("pakke::a.txt", "/flyttet/pakke.zip::a.txt"),
                 _old_row("forsvundet", "/arkiv/forsvundet.txt")])
    finally:
        engine.dispose()
    migrate.upgrade(db_url)
    assert count_legacy_rows(db_url) == 3

    stats = load_records([
        _doc("2020/referat.txt", "/arkiv/2020/referat.txt"),   # same stem, other file: a new row
        _doc("2021/referat.txt", "/arkiv/2021/referat.txt"),   # the stored one: renamed
        _doc("pakke.zip::a.txt", "/nyt/sted/pakke.zip::a.txt"),  # folder moved: matched by path
    ], db_url)
    assert stats.matched_legacy == 2 and stats.loaded == 1 and stats.replaced == 2
    assert count(db_url) == 4  # 3 documents + the one old row nobody claimed
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = dict(conn.execute(sa.text("SELECT doc_id, legacy_id FROM documents")).all())
    finally:
        engine.dispose()
    assert rows == {"2020/referat.txt": None, "2021/referat.txt": None, "pakke.zip::a.txt": None,
                    "forsvundet": "forsvundet"}
    assert count_legacy_rows(db_url) == 1
    assert collect_stats(db_url)["legacy_documents"] == [
        {"doc_id": "forsvundet", "source": "/arkiv/forsvundet.txt"}]
    again = load_records([_doc("2021/referat.txt", "/arkiv/2021/referat.txt")], db_url)
    assert again.unchanged == 1 and count(db_url) == 4


def test_failed_reread_keeps_the_last_good_facts(db_url: str) -> None:
    good = _doc("referat.docx", "/a/referat.docx", value=8_100_000)
    load_records([(good, "tekst")], db_url)
    broken = _doc("referat.docx", "/a/referat.docx",
                  error=ErrorInfo(type="CorruptDocumentError", message="truncated docx"))
    stats = load_records([(broken, "")], db_url)
    assert stats.failed == 1 and stats.kept == 1 and stats.failed_ids == ["referat.docx"]
    assert count(db_url, "amounts") == 1
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(sa.text(
                "SELECT error_type, failure_type, failure_message, failed_at FROM documents")).one()
    finally:
        engine.dispose()
    assert row[0] is None and row[1:3] == ("CorruptDocumentError", "truncated docx") and row[3] is not None
    assert needs_extraction(db_url, {"referat.docx": "tekst"}, "0.1.0") == {"referat.docx"}  # retried
    assert collect_stats(db_url)["failed_keeping_facts"] == 1
    # the same failure again writes nothing; a good read clears it
    assert load_records([(broken, "")], db_url).kept == 1
    healed = load_records([(good, "tekst")], db_url)
    assert healed.replaced == 1 and collect_stats(db_url)["failed_keeping_facts"] == 0
    assert needs_extraction(db_url, {"referat.docx": "tekst"}, "0.1.0") == set()
