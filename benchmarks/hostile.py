"""Time and peak memory of ``socdoc extract`` on hostile inputs (a benchmark, not a test).

Usage (from the repository root)::

    .venv/bin/python benchmarks/hostile.py [--scale 1.0] [--only NAME ...] [--keep DIR]
                                           [--read-only] [--args="--max-archive-bytes 8M"]

Builds each input in a temporary folder, runs ``socdoc extract INPUT -o OUT --workers 1`` as a
subprocess and prints, per case: wall time, the largest RSS of the process tree (``wait4``), exit
status, records written and how many carry an error. ``--scale`` shrinks or grows the inputs
(1.0 is the size named below; the issue's figures are for larger ones). ``--read-only`` runs the
readers alone (``socdoc.read.iter_sources``: documents read and failed), e.g. to see a 4 GiB
archive streamed without extracting 4 GiB of text; ``--args`` adds options to ``socdoc extract``.

Cases:
  nested-zip     zip of 16 zips of 16 zips of 16 text files of 1 MiB (4,096 leaves, 4 GiB)
  zip-42         42.zip-style: 16 levels deep by 2, each leaf 1 MiB of zeros
  tar-bomb       .tar.gz: a good member, 200 MiB of zeros, another good member
  long-line      one line of fact-dense Danish, 1 MB (run in pieces: flat memory, linear time)
  long-doc       minutes of 4,000 agenda items in paragraphs, about 1 MB
  many-long      a folder of 8 texts of 250,000 characters (each its own NER batch, in pieces)
  big-html       a 20 MB HTML page (a table), refused before parsing
  pdf-bomb       a one-page PDF whose content stream inflates to 2 GiB (2 MB on disk)
  png-as-txt     a PNG under a .txt name
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
import zlib
from pathlib import Path
from typing import Callable

SENTENCE = ("Byrådet bevilger 2,5 mio. kr. til Søparken i perioden 2024-2026, og Udvalget for Børn og "
            "Unge afsætter 700.000 kr. årligt fra 1. marts 2025. ")


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def nested_zip(folder: Path, scale: float) -> Path:
    block = "".join(f"Sag {i}: Byrådet bevilger {i * 7 % 97},{i % 10} mio. kr. til Søparken i {2000 + i % 30}, og "
                    f"Udvalget afsætter {i * 1_300:_} kr. årligt fra {1 + i % 28}. marts 2025.\n".replace("_", ".")
                    for i in range(80))  # varied enough to stay under the zip-bomb ratio guard
    leaf = (block * (int(2**20 * scale) // len(block) + 1)).encode()[:max(1, int(2**20 * scale))]
    level1 = _zip([(f"d{i}.txt", leaf) for i in range(16)])
    level2 = _zip([(f"m{i}.zip", level1) for i in range(16)])
    path = folder / "nested.zip"
    path.write_bytes(_zip([(f"y{i}.zip", level2) for i in range(16)]))
    return path


def zip_42(folder: Path, scale: float) -> Path:
    data = _zip([("0.txt", b"0" * max(1, int(2**20 * scale)))])
    for level in range(16):
        data = _zip([(f"{level}a.zip", data), (f"{level}b.zip", data)])
    path = folder / "42.zip"
    path.write_bytes(data)
    return path


def tar_bomb(folder: Path, scale: float) -> Path:
    path = folder / "bombe.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, size in (("a.txt", None), ("nuller.txt", int(200 * 2**20 * scale)), ("b.txt", None)):
            data = SENTENCE.encode() if size is None else b"\0" * size
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def long_line(folder: Path, scale: float) -> Path:
    path = folder / "lang.txt"
    path.write_text(SENTENCE * max(1, int(1_000_000 * scale) // len(SENTENCE)), encoding="utf-8")
    return path


ITEM = ("{n}. Tilskud til værestedet, sag {n}\nSagsfremstilling\nSocialforvaltningen foreslår, at værestedet "
        "får 1,5 mio. kr. i perioden 2025-2027. Rådgiver Ole Madsen fremlagde sagen den 12. august 2024, "
        "og Dansk Røde Kors støtter forslaget.\nBeslutning\nGodkendt.\n\n")


def long_doc(folder: Path, scale: float) -> Path:
    head = "Socialudvalget\nReferat\nMødedato: Onsdag den 4. september 2024 kl. 16.00\n\n"
    path = folder / "langt-referat.txt"
    path.write_text(head + "".join(ITEM.format(n=n) for n in range(1, max(2, int(4_000 * scale)))), encoding="utf-8")
    return path


def many_long(folder: Path, scale: float) -> Path:
    target = folder / "mange-lange"
    target.mkdir(exist_ok=True)
    text = SENTENCE * max(1, int(250_000 * scale) // len(SENTENCE))
    for i in range(8):
        (target / f"lang{i}.txt").write_text(text, encoding="utf-8")
    return target


def big_html(folder: Path, scale: float) -> Path:
    rows = "".join(f"<tr><td>{i}</td><td>{SENTENCE}</td></tr>" for i in range(int(20e6 * scale) // 200))
    path = folder / "stor.html"
    path.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    return path


def flate_bomb_pdf(decoded: int, text: str = "", layers: int = 1) -> bytes:
    """A one-page PDF whose content stream (``text`` shown, then spaces) inflates to ``decoded``
    bytes, compressed ``layers`` times (the tests build their small bombs with it too)."""
    packer = zlib.compressobj(9)
    shown = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n".encode("latin-1") if text else b""
    parts = [packer.compress(shown)]
    block = b" " * 2**20
    for _ in range(decoded // len(block)):
        parts.append(packer.compress(block))
    stream = b"".join(parts) + packer.flush()
    for _ in range(layers - 1):
        stream = zlib.compress(stream, 9)
    filters = b"/FlateDecode" if layers == 1 else b"[" + b" /FlateDecode" * layers + b" ]"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_bomb(folder: Path, scale: float) -> Path:
    path = folder / "bombe.pdf"
    path.write_bytes(flate_bomb_pdf(int(2 * 2**30 * scale), "Byraadet bevilger 2,5 mio. kr."))
    return path


def png_as_txt(folder: Path, scale: float) -> Path:
    path = folder / "billede.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(max(1, int(2**20 * scale))))
    return path


CASES: dict[str, Callable[[Path, float], Path]] = {
    "nested-zip": nested_zip, "zip-42": zip_42, "tar-bomb": tar_bomb,
    "long-line": long_line, "long-doc": long_doc, "many-long": many_long,
    "big-html": big_html, "pdf-bomb": pdf_bomb, "png-as-txt": png_as_txt,
}


READ_ONLY = """
import json, sys
from socdoc.read import iter_sources
n = errors = 0
for doc in iter_sources([sys.argv[1]]):
    n += 1
    errors += doc.error is not None
    print(json.dumps({"doc_id": doc.doc_id, "error": doc.error.model_dump() if doc.error else None}))
"""


def run(path: Path, out: Path, read_only: bool = False,
        extra: tuple[str, ...] = ()) -> tuple[float, int, int, int, int]:
    """``(seconds, peak RSS in MiB of the process tree, exit status, records, error records)``."""
    if read_only:
        cmd = [sys.executable, "-c", f"import sys; sys.stdout = open({str(out)!r}, 'w')\n" + READ_ONLY, str(path)]
    else:
        cmd = [sys.executable, "-c", "from socdoc.cli import main; main()",
               "extract", str(path), "-o", str(out), "--workers", "1", "-q", *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)  # --workers 1: one process, so its wait4 usage is the whole run
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    errors = sum('"error": {' in line for line in lines)
    return seconds, usage.ru_maxrss // 1024, proc.returncode, len(lines), errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", nargs="*", choices=sorted(CASES))
    parser.add_argument("--keep", type=Path, default=None, help="build the inputs here and keep them")
    parser.add_argument("--read-only", action="store_true", help="run the readers only, not the extraction")
    parser.add_argument("--args", default="", help="more options for socdoc extract")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'case':<12} {'seconds':>8} {'peak MiB':>9} {'exit':>5} {'records':>8} {'errors':>7}")
        for name in args.only or CASES:
            path = CASES[name](folder, args.scale)
            seconds, rss, code, n, errors = run(path, folder / f"{name}.jsonl", args.read_only,
                                                tuple(args.args.split()))
            print(f"{name:<12} {seconds:>8.1f} {rss:>9,} {code:>5} {n:>8,} {errors:>7,}", flush=True)


if __name__ == "__main__":
    main()
