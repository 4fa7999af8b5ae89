"""Time of ``socdoc show``'s page building on one long document with many facts.

Usage (from the repository root)::

    .venv/bin/python benchmarks/show.py [--chars 100000] [--rounds 3]

Builds a text of ``--chars`` characters from one repeated Danish sentence, with a fact per
mention (amounts, dates, a party with all its mentions, nested decision spans), then times, best
of ``--rounds``:

- ``segments.events``: the highlight stream (nested and overlapping spans cut into pieces);
- ``render.render_document``: the whole HTML page.

Both must grow linearly with the text: ``--chars`` 100000 and 400000 should differ about 4×.
"""

from __future__ import annotations

import argparse
import re
import time

from socdoc.records import Amount, DateFact, Document, Mention, Party
from socdoc.show.render import render_document
from socdoc.show.segments import Highlight, events

SENTENCE = "Ærø Kommune bevilger 8,1 mio. kr. årligt fra 1. januar 2021 til boligområdet Øster Åby.\n"


def _text(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]


def _highlights(text: str) -> list[Highlight]:
    spans: list[Highlight] = []
    for i, start in enumerate(range(0, len(text) - 64, 64)):
        spans += [Highlight(start, start + 12, "party", f"party {i}", f"party-{i}"),
                  Highlight(start + 22, start + 34, "amount", f"amount {i}", f"amount-{i}"),
                  Highlight(start, start + 63, "decision", f"decision {i}", f"decision-{i}")]
    return spans


def _document(text: str) -> Document:
    amounts = [Amount(start=m.start(), end=m.end(), text=m.group(), value=8_100_000, per_year=True)
               for m in re.finditer(re.escape("8,1 mio. kr."), text)]
    dates = [DateFact(start=m.start(), end=m.end(), text=m.group(), date="2021-01-01")
             for m in re.finditer(re.escape("1. januar 2021"), text)]
    mentions = [Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer("Ærø Kommune", text)]
    first = mentions[0]
    party = Party(name="Ærø Kommune", text=first.text, start=first.start, end=first.end, mentions=mentions)
    return Document(doc_id="long", amounts=amounts, dates=dates, parties=[party])


def _best(rounds: int, run) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, nargs="+", default=[100_000, 400_000], help="text lengths to time")
    parser.add_argument("--rounds", type=int, default=3, help="runs per measurement; the fastest is kept")
    args = parser.parse_args()
    print(f"{'chars':>9} {'highlights':>10} {'events s':>9} {'facts':>7} {'render s':>9}")
    for chars in args.chars:
        text = _text(chars)
        spans = _highlights(text)
        doc = _document(text)
        facts = len(doc.amounts) + len(doc.dates) + len(doc.parties[0].mentions)
        seg = _best(args.rounds, lambda: events(text, spans))
        page = _best(args.rounds, lambda: render_document(text, doc))
        print(f"{chars:>9} {len(spans):>10} {seg:>9.3f} {facts:>7} {page:>9.3f}")


if __name__ == "__main__":
    main()
