"""The library API: records, offsets, streaming and bad input."""

from __future__ import annotations

import datetime as dt
import os

import pytest

import socdoc
from socdoc.records import Document

TEXT = """Ny indsats i Ellemarken

03-05-2013

Økonomi- og Indenrigsministeriet og Køge Kommune har i dag indgået en aftale om et særtilskud
på 8,1\u00a0mio. kr. årligt i perioden 2013\u20132015. Aftalen evalueres d. 1. september.
"""


def _all_facts(doc: Document):  # noqa: ANN202
    for name in ("amounts", "dates"):
        for fact in getattr(doc, name):
            yield fact.start, fact.end, fact.text
    for period in doc.periods:
        yield period.char_start, period.char_end, period.text


def test_extract_returns_typed_record_with_schema_fields() -> None:
    doc = socdoc.extract(TEXT, doc_id="x")
    data = doc.model_dump(mode="json")
    for key in ("id", "doc_id", "source_url", "kind", "published", "amounts", "dates", "periods", "parties",
                "people", "areas", "focus_areas", "meeting", "decisions"):
        assert key in data
    assert data["id"] == "x"
    assert data["published"] == "2013-05-03"
    assert data["amounts"][0]["value"] == 8_100_000 and data["amounts"][0]["per_year"] is True
    assert data["periods"][0]["start"] == "2013-01-01"
    assert "2013-09-01" in {d["date"] for d in data["dates"]}


def test_offsets_quote_the_original_text_after_normalisation() -> None:
    doc = socdoc.extract(TEXT)
    facts = list(_all_facts(doc))
    assert facts
    for start, end, text in facts:
        assert TEXT[start:end] == text
    assert "\u00a0" in doc.amounts[0].text  # the original no-break space is quoted, not the normalised one


def test_published_argument_sets_the_year_of_dates_without_one() -> None:
    doc = socdoc.extract("Samarbejdet slutter d. 31. august.", published="2017-06-29")
    assert [d.date for d in doc.dates] == [dt.date(2017, 8, 31)]
    assert doc.published == dt.date(2017, 6, 29)


def test_record_round_trips_through_json() -> None:
    doc = socdoc.extract(TEXT, doc_id="x")
    again = Document.model_validate(doc.model_dump(mode="json"))
    assert again == doc


def test_extract_many_keeps_order_and_context() -> None:
    items = [(f"Tilskud på {i} mio. kr.", {"doc_id": f"d{i}"}) for i in range(1, 6)]
    records = list(socdoc.extract_many(items))
    assert [r.doc_id for r in records] == ["d1", "d2", "d3", "d4", "d5"]
    assert [r.amounts[0].value for r in records] == [1_000_000 * i for i in range(1, 6)]


def test_extract_many_in_two_processes_gives_the_same_records() -> None:
    items = [(f"Den {i}. juni 2020 bevilges {i},5 mio. kr.", {"doc_id": str(i)}) for i in range(1, 9)]
    local = list(socdoc.extract_many(items))
    parallel = list(socdoc.extract_many(items, n_process=2, batch_size=3))
    assert parallel == local


def test_chunks_for_workers_close_at_documents_or_characters() -> None:
    from socdoc.api import _chunks

    pairs = [("x" * n, {"doc_id": str(i)}) for i, n in enumerate([5, 5, 30, 1, 1, 1, 1, 1])]
    chunks = list(_chunks(iter(pairs), 3, 10))
    assert [[c["doc_id"] for _, c in chunk] for chunk in chunks] == [["0", "1"], ["2"], ["3", "4", "5"], ["6", "7"]]
    assert [pair for chunk in chunks for pair in chunk] == pairs
    assert list(_chunks(iter([]), 3, 10)) == []


def test_small_chunks_in_two_processes_give_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    import socdoc.api as api

    items = [(f"Den {i}. maj 2021 afsættes {i} mio. kr. til Søparken.", {"doc_id": str(i)}) for i in range(1, 8)]
    local = list(socdoc.extract_many(items))
    monkeypatch.setattr(api, "PARALLEL_CHUNK_CHARS", 60)  # one or two documents a chunk
    assert list(socdoc.extract_many(items, n_process=2)) == local


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "\x00\x01\x02\xff" * 50, "Ã¦Ã¸Ã¥ 8,1 mio. kr. Ã¥rligt", os.urandom(2000).decode("latin-1")],
    ids=["empty", "blank", "control", "mojibake", "random"],
)
def test_bad_input_gives_a_record_not_an_exception(text: str) -> None:
    doc = socdoc.extract(text, doc_id="bad")
    assert isinstance(doc, Document) and doc.doc_id == "bad"


def test_long_text_without_newline() -> None:
    text = ("Kommunen bevilger 2 mio. kr. til projektet i 2020 og 2021 " * 90_000)[:5_000_000]
    doc = socdoc.extract(text)
    assert doc.error is None and len(doc.amounts) > 1000


def test_non_string_input_in_a_batch_is_an_error_record() -> None:
    records = list(socdoc.extract_many([("Tilskud på 2 mio. kr.", {"doc_id": "a"}), (b"bytes", {"doc_id": "b"})]))  # type: ignore[list-item]
    assert records[0].amounts[0].value == 2_000_000
    assert records[1].error is not None and records[1].error.type == "TypeError"


def test_pipeline_is_a_spacy_language_with_registered_components() -> None:
    nlp = socdoc.pipeline()
    assert nlp.lang == "da"
    for name in ("socdoc_segmenter", "socdoc_docinfo", "socdoc_amounts", "socdoc_dates", "socdoc_periods"):
        assert name in nlp.pipe_names
    doc = nlp("Tilskuddet er 8,1 mio. kr. i perioden 2013-2015.")
    assert [s.text for s in doc.spans["amounts"]] == ["8,1 mio. kr."]
    assert [s.text for s in doc.spans["periods"]] == ["i perioden 2013-2015"]


def test_import_socdoc_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, socdoc; socdoc.EXTRACTOR_VERSION; assert 'spacy' not in sys.modules, 'spacy'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pipeline_imports_no_spacy_command_line() -> None:
    """spaCy's command line (typer, weasel, requests) is not imported to extract; spacy.info and
    a later ``import spacy.cli`` still work."""
    import subprocess
    import sys

    code = (
        "import sys, socdoc.pipeline, spacy\n"
        "heavy = {'spacy.cli', 'typer', 'weasel', 'requests'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "assert spacy.cli.info is info and callable(spacy.info) and hasattr(spacy.cli, 'train')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pipeline_stays_callable_after_the_package_is_imported() -> None:
    import socdoc.pipeline as package

    assert socdoc.pipeline() is package.pipeline()
    assert socdoc.pipeline() is package()


def test_nothing_to_extract_builds_no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import socdoc.pipeline as package

    def refuse(use_model: bool = True):  # noqa: ANN202
        raise AssertionError("the pipeline was built")

    monkeypatch.setattr(package, "pipeline", refuse)
    assert list(socdoc.extract_many([])) == []
    assert list(socdoc.extract_many([], n_process=2)) == []


def test_one_chunk_in_two_processes_runs_here_with_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    import socdoc.api as api

    items = [(f"Udvalget afsætter {i} mio. kr. i 2025.", {"doc_id": f"u{i}"}) for i in range(1, 4)]
    local = list(socdoc.extract_many(items))
    monkeypatch.setattr(api, "_parallel", lambda *a, **k: pytest.fail("a pool was started"))
    assert list(socdoc.extract_many(items, n_process=2)) == local


@pytest.mark.parametrize("value, expected", [(None, 1), ("2", 2), ("0", None), ("x", 1)])
def test_blas_threads_per_process(monkeypatch: pytest.MonkeyPatch, value, expected) -> None:  # noqa: ANN001
    from socdoc.pipeline import BLAS_THREADS_ENV, blas_threads

    if value is None:
        monkeypatch.delenv(BLAS_THREADS_ENV, raising=False)
    else:
        monkeypatch.setenv(BLAS_THREADS_ENV, value)
    assert blas_threads() == expected


def test_blas_threads_are_limited_while_extracting() -> None:
    from threadpoolctl import threadpool_info

    from socdoc.pipeline import limited_threads

    socdoc.pipeline()
    with limited_threads():
        pools = [p for p in threadpool_info() if p["user_api"] == "blas"]
        assert all(p["num_threads"] == 1 for p in pools)


def test_spacy_import_falls_back_when_its_command_line_is_needed() -> None:
    """A spaCy whose import needs more of ``spacy.cli`` than the placeholders give imports as usual."""
    import subprocess
    import sys

    code = (
        "import importlib.util, sys, types\n"
        "import socdoc\n"
        "path = socdoc.__path__[0] + '/pipeline/_spacy_import.py'\n"
        "spec = importlib.util.spec_from_file_location('spacy_import_alone', path)\n"
        "si = importlib.util.module_from_spec(spec); spec.loader.exec_module(si)\n"
        "assert 'spacy' not in sys.modules\n"
        "si._CLI_INFO = 'spacy.cli.not_a_module'  # no placeholder where spaCy imports its info from\n"
        "si.os = types.SimpleNamespace(path=types.SimpleNamespace(join=lambda *a: '/nonexistent'))\n"
        "spacy = si.import_spacy()\n"
        "assert 'spacy.cli' in sys.modules and hasattr(sys.modules['spacy.cli'], 'train')\n"
        "assert callable(spacy.blank) and callable(spacy.info)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
