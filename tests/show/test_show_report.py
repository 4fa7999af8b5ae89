"""The archive report: aggregation from records, JSONL and the database, and the HTML page."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from socdoc.records import Amount, Area, Decision, Document, ErrorInfo, Meeting, Party
from socdoc.show.report import collect_db, collect_jsonl, collect_records, render_report
from socdoc.sinks.db.synthetic import synthetic_records
from socdoc.sinks.jsonl import write_jsonl


def amount(value: float, per_year: bool = False) -> Amount:
    return Amount(start=0, end=1, text="x", value=value, per_year=per_year)


def party(name: str, **extra: object) -> Party:
    return Party(name=name, text=name, start=0, end=1, **extra)


def area(name: str) -> Area:
    return Area(name=name, text=name, start=0, end=1)


@pytest.fixture
def records() -> list[Document]:
    return [
        Document(doc_id="a", published="2020-03-01", kind="press_release",
                 amounts=[amount(1_000_000), amount(500_000, per_year=True)],
                 parties=[party("Køge Kommune"), party("Køge Kommune"), party("Politiet")],
                 areas=[area("Ellemarken")]),
        Document(doc_id="b", kind="minutes", meeting=Meeting(body="Økonomiudvalget", date="2021-06-09"),
                 amounts=[Amount(start=0, end=1, text="x", low=1_000_000, high=3_000_000)],
                 parties=[party("Køge Kommune")],
                 decisions=[Decision(outcome="approved", text="Godkendt."),
                            Decision(outcome="postponed", text="Udsat."),
                            Decision(outcome="approved", text="Godkendt.")]),
        Document(doc_id="c", kind="minutes", decisions=[Decision(outcome="noted", text="Taget til efterretning.")]),
        Document(doc_id="d", error=ErrorInfo(type="EmptyDocumentError", message="no text found")),
    ]


def test_collect_records(records: list[Document]) -> None:
    data = collect_records(records)
    assert data.n_documents == 4 and data.n_errors == 1
    assert data.kinds == {"press_release": 1, "minutes": 2, "article": 1}
    assert data.one_off_by_year == {2020: 1_000_000, 2021: 2_000_000}
    assert data.per_year_by_year == {2020: 500_000}
    # every amount of a document counts once for every distinct party it names
    assert data.money_by_party == {"Køge Kommune": 3_500_000, "Politiet": 1_500_000}
    assert data.money_by_area == {"Ellemarken": 1_500_000}
    assert data.party_documents == {"Køge Kommune": 2, "Politiet": 1}
    assert data.decisions == {("Økonomiudvalget", "approved"): 2, ("Økonomiudvalget", "postponed"): 1,
                              ("(no body)", "noted"): 1}
    assert [(e.doc_id, e.type) for e in data.errors] == [("d", "EmptyDocumentError")]
    assert data.fact_counts["decisions"] == 4 and data.fact_counts["parties"] == 4


def test_collect_jsonl_turns_bad_lines_into_error_rows(records: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    write_jsonl(path, [(doc, "ab" * 32) for doc in records])
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n\n")
        handle.write(json.dumps({"doc_id": "z", "amounts": "many"}) + "\n")
    data = collect_jsonl(path)
    assert data.n_documents == 6 and data.n_errors == 3
    assert [e.doc_id for e in data.errors] == ["d", "line 5", "line 7"]
    assert {e.type for e in data.errors[1:]} == {"UnreadableRecord"}
    assert data.money_by_party == collect_records(records).money_by_party


def test_collect_jsonl_from_a_stream(records: list[Document]) -> None:
    buffer = io.StringIO()
    write_jsonl(buffer, records)
    buffer.seek(0)
    assert collect_jsonl(buffer, source="stdin").n_documents == 4


def test_the_database_gives_the_same_numbers_as_jsonl(db_url: str) -> None:
    from socdoc.sinks.db.load import load_records

    pairs = synthetic_records(120, seed=7)
    url = db_url
    load_records(pairs, url)
    top = 10_000
    from_db = collect_db(url, top=top)
    from_records = collect_records([doc for doc, _ in pairs])
    assert from_db.n_documents == from_records.n_documents == 120
    assert from_db.n_errors == from_records.n_errors > 0
    assert [e.doc_id for e in from_db.errors] == [e.doc_id for e in from_records.errors]
    assert from_db.kinds == from_records.kinds
    assert from_db.documents_by_year_kind == from_records.documents_by_year_kind
    assert from_db.fact_counts == from_records.fact_counts
    assert from_db.decisions == from_records.decisions
    assert from_db.party_documents == from_records.party_documents
    assert from_db.area_documents == from_records.area_documents
    for name in ("one_off_by_year", "per_year_by_year", "money_by_party", "money_by_area"):
        db_counter, rec_counter = getattr(from_db, name), getattr(from_records, name)
        for key in set(db_counter) | set(rec_counter):
            assert db_counter.get(key, 0) == pytest.approx(rec_counter.get(key, 0)), (name, key)
    assert from_db.source.split("/")[-1] == url.split("/")[-1]


def test_the_database_keeps_only_the_top_names(db_url: str) -> None:
    from socdoc.sinks.db.load import load_records

    pairs = synthetic_records(60, seed=3)
    url = db_url
    load_records(pairs, url)
    data = collect_db(url, top=3)
    full = collect_records([doc for doc, _ in pairs])
    assert len(data.party_documents) <= 3
    expected = sorted(full.party_documents.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    assert sorted(data.party_documents.items(), key=lambda kv: (-kv[1], kv[0])) == expected


def test_an_empty_database_is_an_error(tmp_path: Path) -> None:
    from socdoc.show.report_db import MissingTablesError

    with pytest.raises(MissingTablesError):
        collect_db(f"sqlite:///{tmp_path / 'empty.sqlite'}")


def test_render_report_has_charts_tables_and_one_plotly(records: list[Document]) -> None:
    page = render_report(collect_records(records, source="facts.jsonl"), top=5)
    tree = lxml_html.fromstring(page)
    for key in ("money-year", "money-party", "money-area", "decisions", "parties", "areas", "documents"):
        assert tree.get_element_by_id(f"chart-{key}") is not None, key
    assert page.count("Plotly.newPlot") == 7
    assert len(re.findall(r"\*\s*plotly\.js v\d", page)) == 1, "plotly.js is inlined once"
    assert not re.search(r"<script[^>]+src=", page) and "<link" not in page
    errors = tree.get_element_by_id("table-errors").text_content()
    assert "EmptyDocumentError" in errors and "no text found" in errors


def test_render_report_without_data_says_so() -> None:
    page = render_report(collect_records([]))
    tree = lxml_html.fromstring(page)
    assert "Plotly.newPlot" not in page
    assert len(tree.xpath("//p[@class='empty']")) >= 7


def test_names_are_escaped_in_tables_and_charts() -> None:
    evil = "</script><script>alert(1)</script>"
    doc = Document(doc_id=evil, amounts=[amount(10)], parties=[party(evil)],
                   error=ErrorInfo(type="X", message=evil))
    page = render_report(collect_records([doc]))
    assert "<script>alert(1)" not in page
    assert lxml_html.fromstring(page).get_element_by_id("table-errors").text_content().count(evil) == 2


def test_count_axes_tick_at_whole_numbers_only() -> None:
    from socdoc.show.report import count_axis

    assert count_axis(1) == {"tickformat": "d", "tick0": 0, "dtick": 1, "rangemode": "tozero"}
    steps = [count_axis(n)["dtick"] for n in (3, 9, 17, 81, 1000)]
    assert steps == [1, 2, 5, 20, 200] and all(isinstance(s, int) for s in steps)
