"""Damaged input never raises anything but ReadError, and damaged archives never raise at all."""

from __future__ import annotations

import io
import logging
import random

import pytest
from readdocs import SAME_LINES, make_docx, make_html, make_pdf, make_tar, make_txt, make_zip

from socdoc.read import ReadError, ReadLimits, read_bytes
from socdoc.read.archives import Budget, Where, iter_tar, iter_zip

SAMPLES = {
    "a.pdf": make_pdf([SAME_LINES, SAME_LINES]),
    "a.docx": make_docx(SAME_LINES),
    "a.html": make_html(SAME_LINES),
    "a.txt": make_txt(SAME_LINES, "cp1252"),
}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(len(out))
        roll = rng.random()
        if roll < 0.5:
            out[i] = rng.randrange(256)
        elif roll < 0.7:
            del out[i : i + rng.randint(1, 50)]
        elif roll < 0.9:
            out[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
        else:
            del out[i:]
        if not out:
            out = bytearray(b"x")
    return bytes(out)


@pytest.fixture(autouse=True)
def _quiet() -> None:
    logging.disable(logging.WARNING)  # pdfminer and trafilatura complain loudly about damage
    yield
    logging.disable(logging.NOTSET)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_damaged_documents_raise_read_error_only(name: str) -> None:
    rng = random.Random(name)
    for _ in range(25):
        try:
            text = read_bytes(name, _mutate(SAMPLES[name], rng))
        except ReadError:
            continue
        assert isinstance(text, str) and text.strip()


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_damaged_archives_never_raise(kind: str) -> None:
    rng = random.Random(kind)
    members = list(SAMPLES.items())
    archive = make_zip(members) if kind == "zip" else make_tar(members)
    read = iter_zip if kind == "zip" else iter_tar
    for _ in range(25):
        where = Where(source=f"a.{kind}", doc_prefix="a", depth=1)
        docs = list(read(io.BytesIO(_mutate(archive, rng)), where, ReadLimits(), Budget(2**40), read_bytes))
        assert docs and all((d.text is None) != (d.error is None) for d in docs)
