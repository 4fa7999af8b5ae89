"""A self-contained HTML report over many records, from JSON Lines or from the database.

Both sources are reduced to the same :class:`ReportData`, so a JSONL file and the database
loaded from it give the same report. Money is attributed as in the database views: every
amount of a document counts for every distinct party (area) the document names, and an
amount's value is ``value`` or the midpoint of its range. A document's year is its
publication year, else the year of its meeting.

>>> from socdoc.records import Amount, Document
>>> data = collect_records([Document(doc_id="a", published="2020-01-02",
...                                  amounts=[Amount(start=0, end=3, text="5 kr", value=5)])])
>>> data.n_documents, dict(data.one_off_by_year)
(1, {2020: 5.0})
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Optional, Union

import pydantic
from markupsafe import Markup

from socdoc.records import Document
from socdoc.show import values

OUTCOMES: tuple[str, ...] = (
    "approved", "recommended", "postponed", "noted", "rejected", "discussed", "signed", "other",
)
OUTCOME_COLOURS = {
    "approved": "#2e7d32", "recommended": "#81c784", "postponed": "#f9a825", "noted": "#64b5f6",
    "rejected": "#c62828", "discussed": "#8e24aa", "signed": "#546e7a", "other": "#bdbdbd",
}
FACT_LISTS: tuple[str, ...] = (
    "amounts", "dates", "periods", "parties", "people", "areas", "focus_areas", "decisions",
)
NO_BODY = "(no body)"
MAX_ERROR_ROWS = 1000
"""Documents with errors listed in the table; the total is always counted."""

Year = Optional[int]


@dataclass(frozen=True)
class ErrorRow:
    """A document that could not be (fully) processed, or a line that could not be read."""

    doc_id: str
    source: str
    type: str
    message: str


@dataclass
class ReportData:
    """Everything the report shows; filled by :func:`collect_records` or :func:`collect_db`."""

    source: str = ""
    n_documents: int = 0
    n_errors: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    documents_by_year_kind: Counter[tuple[Year, str]] = field(default_factory=Counter)
    fact_counts: Counter[str] = field(default_factory=Counter)
    one_off_by_year: Counter[Year] = field(default_factory=Counter)
    per_year_by_year: Counter[Year] = field(default_factory=Counter)
    money_by_party: Counter[str] = field(default_factory=Counter)
    money_by_area: Counter[str] = field(default_factory=Counter)
    decisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    party_documents: Counter[str] = field(default_factory=Counter)
    area_documents: Counter[str] = field(default_factory=Counter)
    errors: list[ErrorRow] = field(default_factory=list)

    def add_error(self, row: ErrorRow) -> None:
        self.n_errors += 1
        if len(self.errors) < MAX_ERROR_ROWS:
            self.errors.append(row)


def document_year(doc: Document) -> Year:
    """The publication year, else the meeting's year."""
    if doc.published is not None:
        return doc.published.year
    if doc.meeting is not None and doc.meeting.date is not None:
        return doc.meeting.date.year
    return None


def add_document(data: ReportData, doc: Document) -> None:
    """Count one record into ``data``."""
    year = document_year(doc)
    data.n_documents += 1
    data.kinds[doc.kind] += 1
    data.documents_by_year_kind[(year, doc.kind)] += 1
    if doc.error is not None:
        data.add_error(ErrorRow(doc.doc_id or "", doc.source or "", doc.error.type, doc.error.message))
    for name in FACT_LISTS:
        data.fact_counts[name] += len(getattr(doc, name))
    total = 0.0
    for amount in doc.amounts:
        value = values.point_value(amount)
        if value is None:
            continue
        total += value
        (data.per_year_by_year if amount.per_year else data.one_off_by_year)[year] += value
    parties = {p.name for p in doc.parties}
    areas = {a.name for a in doc.areas}
    for name in parties:
        data.party_documents[name] += 1
        if doc.amounts:
            data.money_by_party[name] += total
    for name in areas:
        data.area_documents[name] += 1
        if doc.amounts:
            data.money_by_area[name] += total
    body = (doc.meeting.body if doc.meeting is not None else None) or NO_BODY
    for decision in doc.decisions:
        data.decisions[(body, decision.outcome)] += 1


def collect_records(records: Iterable[Document], source: str = "") -> ReportData:
    """A :class:`ReportData` over records."""
    data = ReportData(source=source)
    for doc in records:
        add_document(data, doc)
    return data


def collect_jsonl(path: Union[str, Path, IO[str]], source: Optional[str] = None) -> ReportData:
    """A :class:`ReportData` over a JSONL file of records; unreadable lines become error rows."""
    owned = isinstance(path, (str, Path))
    handle: IO[str] = open(path, encoding="utf-8") if owned else path  # type: ignore[arg-type]
    name = source or (str(path) if owned else getattr(handle, "name", "<stream>"))
    data = ReportData(source=name)
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                obj.pop("content_hash", None)
                doc = Document.model_validate(obj)
            except (json.JSONDecodeError, pydantic.ValidationError, AttributeError) as exc:
                data.n_documents += 1
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                data.add_error(ErrorRow(f"line {number}", name, "UnreadableRecord", first))
                continue
            add_document(data, doc)
    finally:
        if owned:
            handle.close()
    return data


def collect_db(url: Optional[str] = None, *, engine: Any = None, top: int = 15) -> ReportData:
    """A :class:`ReportData` read with SQLAlchemy from the socdoc tables at ``url``.

    The ranked counters (money and documents per party/area) hold the ``top`` largest only.
    """
    from socdoc.show.report_db import collect

    return collect(url, engine=engine, top=top)


# --- rendering -------------------------------------------------------------------------------


def _year_label(year: Year) -> str:
    return str(year) if year is not None else "unknown"


def _years(*counters: Counter[Year]) -> list[Year]:
    keys = {key for counter in counters for key in counter}
    return sorted(keys, key=lambda y: (y is None, y or 0))


def _ranked(counter: Counter[str], top: int) -> list[tuple[str, float]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def _layout(fig: Any, title: str, height: int = 380, **extra: Any) -> Any:
    fig.update_layout(
        title={"text": title, "x": 0.01}, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10},
        separators=",.", template="plotly_white", legend={"orientation": "h", "y": -0.15}, **extra,
    )
    return fig


def _money_by_year(data: ReportData) -> Any:
    import plotly.graph_objects as go

    years = _years(data.one_off_by_year, data.per_year_by_year)
    if not years:
        return None
    labels = [_year_label(y) for y in years]
    fig = go.Figure()
    for name, counter, colour in (("One-off amounts", data.one_off_by_year, "#1a5fb4"),
                                  ("Annual amounts (per year)", data.per_year_by_year, "#e5a50a")):
        fig.add_bar(x=labels, y=[counter.get(y, 0) for y in years], name=name, marker_color=colour,
                    hovertemplate="%{x}: %{y:,.0f} kr.<extra>%{fullData.name}</extra>")
    return _layout(fig, "Money per year (DKK)", barmode="stack", xaxis={"type": "category"},
                   yaxis={"tickformat": ",.0f"})


def _ranked_bar(counter: Counter[str], top: int, title: str, colour: str, unit: str) -> Any:
    import plotly.graph_objects as go

    ranked = _ranked(counter, top)
    if not ranked:
        return None
    names = [name for name, _ in reversed(ranked)]
    numbers = [value for _, value in reversed(ranked)]
    fmt = ",.0f" if unit == "kr." else "d"
    fig = go.Figure(go.Bar(x=numbers, y=names, orientation="h", marker_color=colour,
                           hovertemplate=f"%{{y}}: %{{x:{fmt}}} {unit}<extra></extra>"))
    xaxis = {"tickformat": fmt} if unit == "kr." else count_axis(max(numbers))
    return _layout(fig, title, height=max(260, 60 + 24 * len(ranked)), yaxis={"automargin": True}, xaxis=xaxis)


def count_axis(largest: float) -> dict[str, Any]:
    """An axis of whole counts: ticks at whole numbers only (never "0 0 0 1 1 1")."""
    step, factors = 1, itertools.cycle((2, 2.5, 2))  # 1, 2, 5, 10, 20, 50, …
    while largest / step > 8:
        step = int(step * next(factors))
    return {"tickformat": "d", "tick0": 0, "dtick": step, "rangemode": "tozero"}


def _decisions(data: ReportData, top: int) -> Any:
    import plotly.graph_objects as go

    per_body: Counter[str] = Counter()
    for (body, _), n in data.decisions.items():
        per_body[body] += n
    bodies = [body for body, _ in _ranked(per_body, top)]
    if not bodies:
        return None
    outcomes = [o for o in OUTCOMES if any(data.decisions.get((b, o)) for b in bodies)]
    outcomes += sorted({o for (_, o) in data.decisions} - set(OUTCOMES))
    fig = go.Figure()
    for outcome in outcomes:
        fig.add_bar(x=bodies, y=[data.decisions.get((b, outcome), 0) for b in bodies], name=outcome,
                    marker_color=OUTCOME_COLOURS.get(outcome, "#9e9e9e"),
                    hovertemplate="%{x}<br>" + outcome + ": %{y}<extra></extra>")
    largest = max(sum(data.decisions.get((b, o), 0) for o in outcomes) for b in bodies)
    return _layout(fig, "Decisions per outcome per body", height=440, barmode="stack",
                   xaxis={"type": "category", "automargin": True}, yaxis=count_axis(largest))


def _documents_by_year(data: ReportData) -> Any:
    import plotly.graph_objects as go

    years = sorted({y for (y, _) in data.documents_by_year_kind}, key=lambda y: (y is None, y or 0))
    if not years:
        return None
    fig = go.Figure()
    for kind in sorted({k for (_, k) in data.documents_by_year_kind}):
        fig.add_bar(x=[_year_label(y) for y in years],
                    y=[data.documents_by_year_kind.get((y, kind), 0) for y in years], name=kind)
    largest = max(sum(n for (y, _), n in data.documents_by_year_kind.items() if y == year) for year in years)
    return _layout(fig, "Documents per year and kind", barmode="stack", xaxis={"type": "category"},
                   yaxis=count_axis(largest))


@dataclass(frozen=True)
class Chart:
    """One chart of the report: an HTML ``div`` from plotly, or a note when there is no data."""

    key: str
    title: str
    html: Optional[Markup]


def charts(data: ReportData, top: int = 15) -> list[Chart]:
    """The report's charts, each as an HTML fragment that needs plotly.js on the page."""
    specs = [
        ("money-year", "Money per year", _money_by_year(data)),
        ("money-party", "Money per party",
         _ranked_bar(data.money_by_party, top, f"Money per party (DKK, top {top})", "#c64600", "kr.")),
        ("money-area", "Money per area",
         _ranked_bar(data.money_by_area, top, f"Money per area (DKK, top {top})", "#26a269", "kr.")),
        ("decisions", "Decisions", _decisions(data, top)),
        ("parties", "Parties",
         _ranked_bar(data.party_documents, top, f"Most frequent parties (documents, top {top})", "#e66100",
                     "documents")),
        ("areas", "Areas",
         _ranked_bar(data.area_documents, top, f"Most frequent areas (documents, top {top})", "#2ec27e",
                     "documents")),
        ("documents", "Documents", _documents_by_year(data)),
    ]
    out = []
    for key, title, fig in specs:
        html = None
        if fig is not None:
            html = Markup(fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{key}",
                                      config={"displaylogo": False, "responsive": True}))
        out.append(Chart(key, title, html))
    return out


def plotly_js() -> Markup:
    """The plotly.js bundle that ships with the plotly package, to inline once per page."""
    from plotly.offline import get_plotlyjs

    return Markup(get_plotlyjs())


def render_report(data: ReportData, *, top: int = 15, title: str = "socdoc report",
                  generated: Optional[dt.datetime] = None) -> str:
    """The self-contained HTML report of ``data`` (plotly.js inlined, no network needed)."""
    from socdoc.show.render import environment

    template = environment().get_template("report.html.j2")
    return template.render(
        title=title,
        data=data,
        top=top,
        charts=charts(data, top),
        plotly_js=plotly_js(),
        fact_lists=FACT_LISTS,
        generated=(generated or dt.datetime.now()).strftime("%Y-%m-%d %H:%M"),
        ranked=_ranked,
        number=values.danish_number,
    )
