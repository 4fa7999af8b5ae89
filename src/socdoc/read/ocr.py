"""OCR of rendered PDF pages with the Tesseract command (Danish model), through pipes only."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

from .errors import CorruptDocumentError, OcrUnavailableError

LANGUAGE = "dan"
"""Tesseract language model used for OCR (Debian/Ubuntu package ``tesseract-ocr-dan``)."""


def tesseract_command() -> str | None:
    """Path of the Tesseract program (``SOCDOC_TESSERACT`` overrides the ``PATH`` look-up)."""
    return os.environ.get("SOCDOC_TESSERACT") or shutil.which("tesseract")


@lru_cache(maxsize=4)
def _languages(command: str) -> frozenset[str]:
    try:
        done = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout + "\n" + done.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def ocr_available() -> bool:
    """True when Tesseract is installed with the Danish model."""
    command = tesseract_command()
    return bool(command) and LANGUAGE in _languages(command)


def ocr_image(png: bytes, timeout: float) -> str:
    """Text Tesseract reads in one PNG image (piped in and out, nothing written to disk)."""
    command = tesseract_command()
    if not command or not ocr_available():
        raise OcrUnavailableError(
            "PDF has no text layer and Tesseract with Danish (tesseract-ocr-dan) is not installed"
        )
    try:
        done = subprocess.run(
            [command, "stdin", "stdout", "-l", LANGUAGE, "--psm", "3"],
            input=png,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise CorruptDocumentError(f"OCR of a PDF page took more than {timeout:.0f} s") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise CorruptDocumentError(f"Tesseract failed on a PDF page: {detail[0]}")
    return done.stdout.decode("utf-8", "replace")
