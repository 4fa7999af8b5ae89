"""Human-readable forms of normalised values, as they appear in hover texts and tables."""

from __future__ import annotations

import datetime as dt
from typing import Optional, Union

from socdoc.records import Amount, Decision, Vote

Number = Union[int, float]


def danish_number(value: Number) -> str:
    """A number with Danish separators: dots between thousands, a decimal comma.

    >>> danish_number(8100000), danish_number(1234.5), danish_number(-2500)
    ('8.100.000', '1.234,50', '-2.500')
    """
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}"
    else:
        text = f"{int(value):,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def raw_number(value: Number) -> str:
    """The plain machine form of an amount: ``8100000``, ``1234.5``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def amount_text(amount: Amount) -> str:
    """``8.100.000 kr. (årligt)``, ``13.000.000–15.000.000 kr.``."""
    if amount.value is not None:
        core = danish_number(amount.value)
    elif amount.low is not None or amount.high is not None:
        low = danish_number(amount.low) if amount.low is not None else "?"
        high = danish_number(amount.high) if amount.high is not None else "?"
        core = f"{low}–{high}"
    else:
        core = "?"
    unit = "kr." if amount.currency == "DKK" else amount.currency
    return f"{core} {unit}" + (" (årligt)" if amount.per_year else "")


def amount_raw(amount: Amount) -> str:
    """``8100000`` or ``13000000-15000000``: the value as stored in the record."""
    if amount.value is not None:
        return raw_number(amount.value)
    parts = [raw_number(v) if v is not None else "" for v in (amount.low, amount.high)]
    return "-".join(parts)


def point_value(amount: Amount) -> Optional[float]:
    """The value, or the midpoint of a range (one bound when only one is known)."""
    if amount.value is not None:
        return float(amount.value)
    if amount.low is not None and amount.high is not None:
        return (amount.low + amount.high) / 2
    bound = amount.low if amount.low is not None else amount.high
    return float(bound) if bound is not None else None


def iso(day: Optional[dt.date]) -> str:
    return day.isoformat() if day is not None else ""


def period_text(start: dt.date, end: dt.date) -> str:
    """``2013-01-01 – 2015-12-31``."""
    return f"{start.isoformat()} – {end.isoformat()}"


def vote_text(vote: Optional[Vote]) -> str:
    """``for: A, V (9) · against: Ø (1)``; empty without a vote."""
    if vote is None:
        return ""
    parts = []
    for label, letters, count in (
        ("for", vote.for_, vote.for_count),
        ("against", vote.against, vote.against_count),
        ("abstained", vote.abstained, vote.abstained_count),
    ):
        if letters or count is not None:
            text = ", ".join(letters)
            if count is not None:
                text = f"{text} ({count})" if text else str(count)
            parts.append(f"{label}: {text}")
    return " · ".join(parts)


def decision_text(decision: Decision) -> str:
    """``approved · item 212 · postponed to 2020-06-16 · for: A, V``."""
    parts = [decision.outcome]
    if decision.item is not None:
        parts.append(f"item {decision.item}")
    if decision.postponed_to is not None:
        parts.append(f"postponed to {decision.postponed_to.isoformat()}")
    vote = vote_text(decision.vote)
    if vote:
        parts.append(vote)
    if decision.absent:
        parts.append("absent: " + ", ".join(decision.absent))
    return " · ".join(parts)
