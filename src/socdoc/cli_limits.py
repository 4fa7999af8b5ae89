"""Reading limits on the command line: ``--max-archive-bytes``, ``--max-archive-members``, ``--max-depth``."""

from __future__ import annotations

import re
from typing import Optional

import click

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}


class ByteSize(click.ParamType):
    """A number of bytes: ``5000``, ``200M``, ``4G`` (binary units)."""

    name = "SIZE"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
        if isinstance(value, int):
            return value
        match = _SIZE_RE.match(str(value))
        if not match:
            self.fail(f"{value!r} is not a size (e.g. 500M, 4G)", param, ctx)
        return int(float(match.group(1)) * _SIZE_UNITS[match.group(2).upper()])


# The defaults of socdoc.read.ReadLimits, as the help shows them (importing socdoc.read here
# would load the PDF and HTML readers before ``--help`` could answer; a test keeps them equal).
DEFAULT_TOTAL_GIB = 20
DEFAULT_MEMBERS = 100_000
DEFAULT_DEPTH = 4


def limit_options(command):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
    """The reading limits every reading command takes (defaults: socdoc.read.ReadLimits)."""
    options = [
        click.option("--max-archive-bytes", type=ByteSize(), default=None,
                     help=f"Decompressed bytes read from one archive, nested ones included "
                          f"(default {DEFAULT_TOTAL_GIB} GiB); the rest is one error record."),
        click.option("--max-archive-members", type=click.IntRange(min=1), default=None,
                     help=f"Documents and nested archives read from one archive (default {DEFAULT_MEMBERS:,})."),
        click.option("--max-depth", type=click.IntRange(min=1), default=None,
                     help=f"Archives nested in archives (default {DEFAULT_DEPTH})."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def read_limits(max_archive_bytes: Optional[int], max_archive_members: Optional[int], max_depth: Optional[int]):  # type: ignore[no-untyped-def]  # noqa: ANN201
    """``ReadLimits`` with the limits given on the command line, or ``None`` when none was."""
    given = {name: value for name, value in (("max_total_bytes", max_archive_bytes),
                                             ("max_members", max_archive_members),
                                             ("max_depth", max_depth)) if value is not None}
    if not given:
        return None
    from socdoc.read.base import ReadLimits

    return ReadLimits(**given)


