"""Records for tests and benchmarks of the database sink.

:func:`synthetic_records` builds deterministic, varied records whose facts point at real
offsets of a generated text; :func:`gold_records` turns a gold corpus (``<id>.txt`` +
``<id>.json`` in the evaluation format) into records, locating each fact in its text.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Optional

from socdoc.records import (
    Amount, Area, Attendee, DateFact, Decision, DecisionStep, Document, ErrorInfo, FocusArea,
    Meeting, Mention, Party, Period, Person, Vote,
)
from socdoc.sinks.db.load import content_hash

OUTCOMES = ("approved", "recommended", "postponed", "noted", "rejected", "discussed", "other")
PARTY_LETTERS = ("A", "B", "C", "F", "I", "O", "V", "Ø")


class _TextBuilder:
    """Appends pieces of text and returns the offsets of each."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int, str]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length, piece

    def filler(self, rng: random.Random) -> None:
        self.add(" " + " ".join(f"w{rng.randrange(1000)}" for _ in range(rng.randint(3, 12))) + ". ")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _named_fact(builder: _TextBuilder, rng: random.Random, name: str, n_mentions: int) -> list[Mention]:
    mentions = []
    for _ in range(n_mentions):
        builder.filler(rng)
        start, end, text = builder.add(name)
        mentions.append(Mention(start=start, end=end, text=text))
    return mentions


def synthetic_document(i: int, seed: int = 0, version: str = "synthetic-1") -> tuple[Document, str]:
    """One record and its text; the same ``(i, seed)`` always gives the same record."""
    rng = random.Random(seed * 1_000_003 + i)
    b = _TextBuilder()
    kind = rng.choice(("minutes", "press_release", "article"))
    year = rng.randint(2010, 2024)
    published = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.8 else None
    municipality = f"Town{rng.randrange(98)} Kommune"
    b.add(f"Title {i} ")

    parties = []
    names = [municipality] + [f"Org{rng.randrange(300)}" for _ in range(rng.randint(0, 6))]
    for name in dict.fromkeys(names):
        mentions = _named_fact(b, rng, name, rng.randint(1, 3))
        first = mentions[0]
        parties.append(Party(
            name=name, text=first.text, start=first.start, end=first.end, mentions=mentions,
            type="municipality" if name == municipality else rng.choice(("committee", "ngo", None)),
        ))
    areas = []
    for name in dict.fromkeys(f"Area{rng.randrange(200)}" for _ in range(rng.randint(0, 4))):
        mentions = _named_fact(b, rng, name, rng.randint(1, 2))
        areas.append(Area(name=name, text=name, start=mentions[0].start, end=mentions[0].end,
                          type=rng.choice(("housing_area", "town", None)), mentions=mentions))
    amounts = []
    for _ in range(rng.randint(0, 8)):
        b.filler(rng)
        if rng.random() < 0.2:
            low = rng.randint(1, 50) * 100_000
            start, end, text = b.add(f"{low}-{low * 2} kr.")
            amounts.append(Amount(start=start, end=end, text=text, low=low, high=low * 2))
        else:
            value: Any = rng.randint(1, 10_000) * 1000 if rng.random() < 0.8 else rng.random() * 1e6
            start, end, text = b.add(f"{value} kr.")
            amounts.append(Amount(start=start, end=end, text=text, value=value,
                                  per_year=rng.random() < 0.3))
    dates = []
    for _ in range(rng.randint(0, 6)):
        b.filler(rng)
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        start, end, text = b.add(day.isoformat())
        dates.append(DateFact(start=start, end=end, text=text, date=day,
                              year_inferred=rng.random() < 0.2))
    periods = []
    for _ in range(rng.randint(0, 2)):
        b.filler(rng)
        from_year = rng.randint(2010, 2024)
        start, end, text = b.add(f"{from_year}-{from_year + 3}")
        periods.append(Period(text=text, start=dt.date(from_year, 1, 1),
                              end=dt.date(from_year + 3, 12, 31), char_start=start, char_end=end))
    people = []
    for k in range(rng.randint(0, 4)):
        name = f"Person{rng.randrange(500)} Surname{k}"
        mentions = _named_fact(b, rng, name, rng.randint(1, 2))
        people.append(Person(name=name, text=name, start=mentions[0].start, end=mentions[0].end,
                             role=rng.choice(("mayor", "chair", None)),
                             party=rng.choice(PARTY_LETTERS + (None,)), mentions=mentions))
    focus = []
    for name in dict.fromkeys(f"Theme{rng.randrange(40)}" for _ in range(rng.randint(0, 3))):
        b.filler(rng)
        start, end, text = b.add(name)
        focus.append(FocusArea(name=name, text=text, start=start, end=end))

    meeting = None
    decisions = []
    if kind == "minutes":
        meeting_date = published or dt.date(year, 6, 1)
        attendees = []
        for k in range(rng.randint(0, 7)):
            b.filler(rng)
            start, end, text = b.add(f"Member{rng.randrange(900)} M{k}")
            attendees.append(Attendee(name=text, party=rng.choice(PARTY_LETTERS), start=start, end=end))
        meeting = Meeting(body=rng.choice(("Byrådet", "Økonomiudvalget", "Socialudvalget")),
                          date=meeting_date, time=f"{rng.randint(8, 18):02d}:{rng.choice((0, 30)):02d}",
                          location=f"Room {rng.randrange(20)}", participants=attendees,
                          absent=[f"Absent{rng.randrange(50)}" for _ in range(rng.randint(0, 2))])
        for item in range(rng.randint(0, 6)):
            b.filler(rng)
            outcome = rng.choice(OUTCOMES)
            start, end, text = b.add(f"Decision text {item} {outcome}.")
            vote = None
            if rng.random() < 0.3:
                vote = Vote(for_=rng.sample(PARTY_LETTERS, 3), against=rng.sample(PARTY_LETTERS, 1),
                            for_count=rng.randint(5, 20), against_count=rng.randint(0, 5))
            history = []
            if rng.random() < 0.3:
                history.append(DecisionStep(body="Økonomiudvalget", outcome="recommended",
                                            text="Recommended."))
            decisions.append(Decision(
                item=100 + item, title=f"Item {item}", outcome=outcome, text=text, start=start,
                end=end, vote=vote, history=history,
                postponed_to=meeting_date + dt.timedelta(days=7) if outcome == "postponed" else None,
            ))
    b.filler(rng)
    text = b.text
    error = None
    if rng.random() < 0.02:
        error = ErrorInfo(type="ExtractionError", message=f"synthetic failure {i}")
    doc = Document(
        doc_id=f"syn-{seed}-{i:06d}", source=f"synthetic/{i:06d}.txt", kind=kind, published=published,
        title=f"Title {i}", n_chars=len(text), n_words=len(text.split()), amounts=amounts,
        dates=dates, periods=periods, parties=parties, people=people, areas=areas,
        focus_areas=focus, meeting=meeting, decisions=decisions, extractor_version=version,
        error=error,
    )
    return doc, text


def synthetic_records(n: int, seed: int = 0, version: str = "synthetic-1") -> list[tuple[Document, str]]:
    """``n`` records as ``(Document, content hash)`` pairs."""
    out = []
    for i in range(n):
        doc, text = synthetic_document(i, seed, version)
        out.append((doc, content_hash(text)))
    return out


# --- gold corpus ---------------------------------------------------------------------


def _locate(text: str, surface: Optional[str], cursor: int = 0) -> tuple[int, int, str]:
    surface = surface or ""
    pos = text.find(surface, cursor) if surface else -1
    if pos < 0 and surface:
        pos = text.find(surface)
    if pos < 0:
        return 0, 0, ""
    return pos, pos + len(surface), surface


def gold_document(gold: dict[str, Any], text: str, version: str = "gold") -> Document:
    """A record from one gold annotation, with offsets found by searching the text."""
    def named(items: list[Any], cls: Any, **extra: Any) -> list[Any]:
        out = []
        for item in items:
            item = {"name": item} if isinstance(item, str) else item
            start, end, surface = _locate(text, item.get("text") or item["name"])
            fields = {k: item.get(k) for k in extra}
            out.append(cls(name=item["name"], text=surface, start=start, end=end, **fields))
        return out

    amounts = []
    for a in gold.get("amounts", []):
        start, end, surface = _locate(text, a.get("text"))
        amounts.append(Amount(start=start, end=end, text=surface, value=a.get("value"),
                              low=a.get("low"), high=a.get("high"), per_year=bool(a.get("per_year"))))
    dates = []
    for d in gold.get("dates", []):
        start, end, surface = _locate(text, d.get("text"))
        dates.append(DateFact(start=start, end=end, text=surface, date=d["date"]))
    periods = []
    for p in gold.get("periods", []):
        start, end, surface = _locate(text, p.get("text"))
        periods.append(Period(text=surface, start=p["start"], end=p["end"], char_start=start, char_end=end))
    meeting = None
    if gold.get("meeting"):
        m = gold["meeting"]
        meeting = Meeting(body=m.get("body"), date=m.get("date"), time=m.get("time"),
                          location=m.get("location"),
                          participants=[Attendee(name=p["name"], party=p.get("party"))
                                        for p in m.get("participants", [])],
                          absent=list(m.get("absent", [])))
    decisions = [
        Decision(item=d.get("item"), title=d.get("title"), outcome=d["outcome"],
                 postponed_to=d.get("postponed_to"), text=d.get("text", ""))
        for d in gold.get("decisions", [])
    ]
    return Document(
        doc_id=gold["id"], source_url=gold.get("source_url"), kind=gold.get("kind", "article"),
        published=gold.get("published"), n_chars=len(text), n_words=len(text.split()),
        amounts=amounts, dates=dates, periods=periods,
        parties=named(gold.get("parties", []), Party, type=None),
        people=named(gold.get("people", []), Person, role=None, party=None),
        areas=named(gold.get("areas", []), Area, type=None),
        focus_areas=named(gold.get("focus_areas", []), FocusArea),
        meeting=meeting, decisions=decisions, extractor_version=version,
    )


def gold_pairs(gold_dir: Path, docs_dir: Path) -> Iterator[tuple[Document, str]]:
    """``(Document, text)`` for every gold file whose text is found in ``docs_dir``."""
    for path in sorted(gold_dir.glob("*.json")):
        text_path = docs_dir / f"{path.stem}.txt"
        if text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            yield gold_document(json.loads(path.read_text(encoding="utf-8")), text), text


def varied_gold_records(
    pairs: list[tuple[Document, str]], n: int, seed: int = 0
) -> list[tuple[Document, str]]:
    """``n`` records made from gold ones: new doc_ids, facts dropped or reordered at random."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        doc, text = pairs[i % len(pairs)]
        update: dict[str, Any] = {"doc_id": f"{doc.doc_id}-v{i:06d}"}
        for name in ("amounts", "dates", "periods", "parties", "people", "areas", "focus_areas"):
            facts = list(getattr(doc, name))
            rng.shuffle(facts)
            update[name] = facts[: rng.randint(len(facts) // 2, len(facts))] if facts else []
        varied = doc.model_copy(update=update)
        out.append((varied, content_hash(f"{text}\n{i}")))
    return out
