"""Build ``src/socdoc/lang/da/gazetteers/danish_words.txt.gz`` from the Danish Hunspell dictionary.

Source: Stavekontrolden's da_DK dictionary (Foreningen for frit tilgængelige sprogværktøjer), as
shipped by Debian's ``hunspell-da`` package (``/usr/share/hunspell/da_DK.{dic,aff}``); licensed
LGPL-2.1 or GPL-2 or MPL-1.1 — the derived list is distributed under MPL-1.1.

The list keeps the dictionary's stems without their affix flags, one per line, sorted: lower-case
stems are common words (inflected forms are found by stripping endings at lookup time),
capitalised stems are proper names (first names, surnames, places). Forbidden and
compound-only entries are left out. Run: ``python scripts/build_danish_words.py [DIC AFF OUT]``.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path


def _skipped_flags(aff: str) -> set[str]:
    """Flags of forbidden words and of parts that only stand inside compounds."""
    skip: set[str] = set()
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("FORBIDDENWORD", "ONLYINCOMPOUND", "NEEDAFFIX"):
            skip.add(parts[1])
    return skip


def build(dic: Path, aff: Path) -> list[str]:
    skip = _skipped_flags(aff.read_text(encoding="utf-8"))
    words: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        stem, _, flags = line.partition("/")
        stem = stem.strip()
        flag_set = set(flags.split()[0].split(",")) if flags.strip() else set()
        if not stem or flag_set & skip or stem.startswith("-"):
            continue
        words.add(stem)
    return sorted(w for w in words if len(w) > 1)


def main(argv: list[str]) -> None:
    dic = Path(argv[0]) if argv else Path("/usr/share/hunspell/da_DK.dic")
    aff = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/hunspell/da_DK.aff")
    out = Path(argv[2]) if len(argv) > 2 else Path("src/socdoc/lang/da/gazetteers/danish_words.txt.gz")
    words = build(dic, aff)
    data = ("\n".join(words) + "\n").encode("utf-8")
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as fh:  # reproducible bytes
        fh.write(data)
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
