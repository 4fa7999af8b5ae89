"""Score predicted records against gold files (the format of the evaluation schema).

Every list field is compared as a set of normalised values per document; true positives, false
positives and false negatives are summed over documents (micro average). Single-valued fields
(``kind``, ``published``, ``meeting.body`` …) count as a one-element set when present.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

Record = Mapping[str, Any]
Key = Any


def _norm(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def _num(value: Any) -> Any:
    return None if value is None else round(float(value), 2)


def _name(item: Any) -> str:
    return _norm(item.get("name") if isinstance(item, Mapping) else item)


def _amounts(r: Record) -> set[Key]:
    return set(_amount_keys(r))


def _per_year(r: Record) -> set[Key]:
    return {k for k, a in zip(_amount_keys(r), r.get("amounts") or []) if a.get("per_year")}


def _amount_keys(r: Record) -> list[Key]:
    keys = []
    for a in r.get("amounts") or []:
        if a.get("low") is not None or a.get("high") is not None:
            keys.append(("range", _num(a.get("low")), _num(a.get("high"))))
        else:
            keys.append(("value", _num(a.get("value"))))
    return keys


def _meeting(r: Record) -> Mapping[str, Any]:
    return r.get("meeting") or {}


def _single(value: Any) -> set[Key]:
    return set() if value in (None, "") else {_norm(value)}


def _decision_outcomes(r: Record) -> set[Key]:
    return {(d.get("item"), d.get("outcome")) for d in r.get("decisions") or []}


def _postponed(r: Record) -> set[Key]:
    return {
        (d.get("item"), d.get("postponed_to"))
        for d in r.get("decisions") or []
        if d.get("outcome") == "postponed"
    }


FIELDS: dict[str, Callable[[Record], set[Key]]] = {
    "kind": lambda r: _single(r.get("kind")),
    "published": lambda r: _single(r.get("published")),
    "source_url": lambda r: _single(r.get("source_url")),
    "amounts": _amounts,
    "amounts.per_year": _per_year,
    "dates": lambda r: {d.get("date") for d in r.get("dates") or []},
    "periods": lambda r: {(p.get("start"), p.get("end")) for p in r.get("periods") or []},
    "parties": lambda r: {_name(p) for p in r.get("parties") or []},
    "people": lambda r: {_name(p) for p in r.get("people") or []},
    "people.role": lambda r: {(_name(p), _norm(p.get("role"))) for p in r.get("people") or [] if p.get("role")},
    "people.party": lambda r: {(_name(p), p.get("party")) for p in r.get("people") or [] if p.get("party")},
    "areas": lambda r: {_name(a) for a in r.get("areas") or []},
    "focus_areas": lambda r: {_name(f) for f in r.get("focus_areas") or []},
    "meeting.body": lambda r: _single(_meeting(r).get("body")),
    "meeting.date": lambda r: _single(_meeting(r).get("date")),
    "meeting.time": lambda r: _single(_meeting(r).get("time")),
    "meeting.location": lambda r: _single(_meeting(r).get("location")),
    "meeting.participants": lambda r: {_name(p) for p in _meeting(r).get("participants") or []},
    "meeting.absent": lambda r: {_name(p) for p in _meeting(r).get("absent") or []},
    "decisions": _decision_outcomes,
    "decisions.postponed_to": _postponed,
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    docs: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Counts] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def f1(self, name: str) -> float:
        return self.fields[name].f1

    def format(self) -> str:
        lines = [f"{'field':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, c in self.fields.items():
            if c.tp + c.fp + c.fn == 0:
                continue
            lines.append(
                f"{name:24} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}"
            )
        if self.missing:
            lines.append(f"no prediction for {len(self.missing)} gold document(s): {', '.join(self.missing[:5])}")
        return "\n".join(lines)


def _doc_id(record: Record) -> str:
    return str(record.get("doc_id") or record.get("id") or "")


def load_gold(gold_dir: Path) -> dict[str, Record]:
    """Gold records by id from ``*.json`` files (``gold/`` subfolder used when present)."""
    folder = gold_dir / "gold" if (gold_dir / "gold").is_dir() else gold_dir
    gold = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        gold[record.get("id") or path.stem] = record
    return gold


_DOC_SUFFIX_RE = re.compile(r"\.(?:txt|text|md|markdown|rst|html?|xhtml|pdf|docx|docm)$", re.IGNORECASE)


def gold_key(doc_id: str) -> str:
    """Gold files are named by stem: ``2020/x.txt`` and an archive member ``a.zip::dir/x.txt`` are ``x``."""
    name = doc_id.split("::")[-1].rsplit("/", 1)[-1]
    return _DOC_SUFFIX_RE.sub("", name)


def load_predictions(path: Path) -> dict[str, Record]:
    """Predicted records by ``doc_id`` from a JSONL file."""
    preds = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                preds[gold_key(_doc_id(record))] = record
    return preds


def score(gold: Mapping[str, Record], predicted: Mapping[str, Record]) -> Report:
    """Micro-averaged counts per field over the gold documents."""
    report = Report(fields={name: Counts() for name in FIELDS})
    for doc_id, g in gold.items():
        p = predicted.get(doc_id)
        if p is None:
            report.missing.append(doc_id)
            p = {}
        for name, getter in FIELDS.items():
            gs, ps = getter(g), getter(p)
            c = report.fields[name]
            c.tp += len(gs & ps)
            c.fp += len(ps - gs)
            c.fn += len(gs - ps)
            c.docs += 1
            if gs != ps:
                report.errors.setdefault(doc_id, []).append(f"{name}: missing {sorted(map(str, gs - ps))} extra {sorted(map(str, ps - gs))}")
    return report


def _read(path: Path) -> str:
    """The text of one document as ``socdoc extract`` reads it (a page saved as text with its markup
    is converted; line ends and invisible characters cleaned), so both score the same records."""
    from socdoc.read import read_bytes
    from socdoc.read.base import ReadLimits, clean_text

    return clean_text(read_bytes(path.name, path.read_bytes()), ReadLimits())


def predict_dir(docs_dir: Path) -> dict[str, Record]:
    """Run socdoc over ``docs_dir/*.txt`` (``docs/`` subfolder used when present)."""
    from socdoc.api import extract_many

    folder = docs_dir / "docs" if (docs_dir / "docs").is_dir() else docs_dir
    paths = sorted(folder.glob("*.txt"))
    items: Iterable[tuple[str, dict[str, Any]]] = ((_read(p), {"doc_id": p.stem}) for p in paths)
    return {r.doc_id or "": r.model_dump(mode="json") for r in extract_many(items)}
