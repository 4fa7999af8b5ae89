"""Errors raised by the readers; each one makes a single document fail, never a whole run."""

from __future__ import annotations


class ReadError(Exception):
    """A document could not be read; the message says why in plain words."""


class UnsupportedFormatError(ReadError):
    """The file's extension (or sniffed content) is not a format socdoc reads."""


class EmptyDocumentError(ReadError):
    """The file is empty or no text could be found in it."""


class CorruptDocumentError(ReadError):
    """The file is damaged or is not what its extension claims."""


class LimitExceededError(ReadError):
    """A size, ratio or depth limit of :class:`~socdoc.read.ReadLimits` was hit."""


class OcrUnavailableError(ReadError):
    """A scanned PDF needs OCR, but OCR is disabled or Tesseract (Danish) is missing."""


class MissingFileError(ReadError):
    """A path given to :func:`~socdoc.read.iter_sources` does not exist."""
