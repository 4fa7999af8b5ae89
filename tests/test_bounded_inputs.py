"""Bounded memory on hostile inputs: PDF flate bombs, nested archives of large leaves, 42.zip.

Each test builds a small version of the hostile input; the memory tests run the reader in a
subprocess and read its peak RSS (``resource.getrusage``) against a wide margin.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "read"))
from readdocs import make_zip  # noqa: E402

from socdoc.cli import cli  # noqa: E402
from socdoc.read import ReadLimits  # noqa: E402
from socdoc.read.pdf import check_pdf_streams  # noqa: E402


def _benchmark(name: str) -> Any:
    """A script of ``benchmarks/`` loaded by path (that folder is never put on sys.path: its
    ``dask.py`` would shadow the dask package in worker processes)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"socdoc_benchmark_{name}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


flate_bomb_pdf = _benchmark("hostile").flate_bomb_pdf

GOOD = "Byrådet bevilger 2,5 mio. kr. til Søparken den 3. marts 2021.\n"


def flate_pdf(decoded: int, layers: int = 1) -> bytes:
    """A one-page PDF showing a sentence, then spaces inflating to ``decoded`` bytes."""
    return flate_bomb_pdf(decoded, "Byraadet bevilger 2,5 mio. kr.", layers)


def _records(path: Path) -> dict[str, dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["doc_id"]: r for r in map(json.loads, lines)}


def _peak_mib(script: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pdf_stream_guard_passes_ordinary_pdfs_and_stops_bombs() -> None:
    check_pdf_streams(flate_pdf(0), ReadLimits())
    check_pdf_streams(flate_pdf(3 * 2**20), ReadLimits())
    small = ReadLimits(max_pdf_stream_bytes=2**20)
    for layers in (1, 2):
        try:
            check_pdf_streams(flate_pdf(3 * 2**20, layers=layers), small)
        except Exception as exc:
            assert type(exc).__name__ == "LimitExceededError"
            assert "max_pdf_stream_bytes=1,048,576" in str(exc)
        else:
            raise AssertionError(f"a {layers}-layer bomb was not stopped")


def test_a_pdf_flate_bomb_is_one_error_record_among_good_documents(tmp_path: Path) -> None:
    folder = tmp_path / "ind"
    folder.mkdir()
    (folder / "bombe.pdf").write_bytes(flate_pdf(80 * 2**20))
    (folder / "fin.pdf").write_bytes(flate_pdf(0))
    (folder / "notat.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1, result.output
    records = _records(out)
    assert records["bombe.pdf"]["error"]["type"] == "LimitExceededError"
    assert "max_pdf_stream_bytes" in records["bombe.pdf"]["error"]["message"]
    assert records["fin.pdf"]["error"] is None and records["fin.pdf"]["amounts"]
    assert records["notat.txt"]["error"] is None


PDF_MEMORY = """
import json, resource, sys
sys.path.insert(0, {tests!r})
from test_bounded_inputs import flate_pdf
from socdoc.read import ReadLimits
from socdoc.read.pdf import read_pdf
data = flate_pdf(256 * 2**20)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    read_pdf(data, ReadLimits())
    error = None
except Exception as exc:
    error = type(exc).__name__
growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({{"growth_mib": growth, "error": error}}))
"""


def test_a_pdf_flate_bomb_is_refused_in_bounded_memory() -> None:
    """256 MiB of page content in 0.25 MB of PDF: refused while decoding, with a few MiB."""
    figures = _peak_mib(PDF_MEMORY.format(tests=str(Path(__file__).parent)))
    assert figures["error"] == "LimitExceededError"
    assert figures["growth_mib"] < 48, figures


ARCHIVE_MEMORY = """
import io, json, resource, zipfile
from socdoc.read import iter_sources

def pack(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()

leaf = ("Udvalget afsætter 700.000 kr. årligt til Søparken i perioden 2022-2024. " * 14_000).encode()[:2**20]
inner = pack([(f"d{{i}}.txt", leaf) for i in range(8)])
middle = pack([(f"m{{i}}.zip", inner) for i in range(4)])
path = {path!r}
open(path, "wb").write(pack([(f"y{{i}}.zip", middle) for i in range(4)]))
del leaf, inner, middle
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
docs = chars = 0
for doc in iter_sources([path]):
    docs += 1
    chars += len(doc.text or "")
growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({{"growth_mib": growth, "docs": docs, "chars": chars}}))
"""


def test_a_nested_zip_of_large_leaves_is_streamed(tmp_path: Path) -> None:
    """128 leaves of 1 MiB over three levels (128 MiB of text): read member by member."""
    figures = _peak_mib(ARCHIVE_MEMORY.format(path=str(tmp_path / "lag.zip")))
    assert figures["docs"] == 128 and figures["chars"] > 100 * 2**20
    assert figures["growth_mib"] < 48, figures


def test_a_42_zip_stops_at_the_nesting_limit_with_one_summary_line(tmp_path: Path) -> None:
    data = make_zip([("0.txt", GOOD.encode())])
    for level in range(8):
        data = make_zip([(f"{level}a.zip", data), (f"{level}b.zip", data)])
    path = tmp_path / "42.zip"
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(path), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1
    records = list(_records(out).values())
    assert len(records) == 2**4 and all(r["error"]["type"] == "LimitExceededError" for r in records)
    notes = [line for line in result.output.splitlines() if "failures:" in line]
    assert notes == ["socdoc: failures: 16 LimitExceededError (archive nested deeper than max_depth=4)"
                     " - stopped at the limit; raise it with --max-depth"], result.output
