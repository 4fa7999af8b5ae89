"""Pydantic v2 models: the public contract of socdoc.

A :class:`Document` is what :func:`socdoc.extract` returns for one text. Its JSON
(``model_dump(mode="json")``) carries every field of the evaluation schema plus
``doc_id`` and ``error``. Every fact keeps ``start``/``end`` character offsets into
the text that was passed in, so ``text[fact.start:fact.end] == fact.text``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

Number = Union[int, float]
DocumentKind = Literal["minutes", "press_release", "article"]
Outcome = Literal[
    "approved", "recommended", "postponed", "noted", "rejected", "discussed", "signed", "other"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """One occurrence of a fact in the text."""

    start: int = Field(description="Character offset of the first character.")
    end: int = Field(description="Character offset one past the last character.")
    text: str = Field(description="The text exactly as it stands between start and end.")


class Fact(Mention):
    """Base of every located fact."""

    @property
    def offsets(self) -> tuple[int, int]:
        return self.start, self.end


class Amount(Fact):
    """A money amount in Danish kroner; a range has ``low``/``high`` and no ``value``."""

    value: Optional[Number] = Field(None, description="Amount in DKK (an int when whole).")
    low: Optional[Number] = Field(None, description="Lower bound of a range, DKK.")
    high: Optional[Number] = Field(None, description="Upper bound of a range, DKK.")
    currency: str = "DKK"
    per_year: bool = Field(False, description="True when årligt / om året / pr. år belongs to it.")


class DateFact(Fact):
    """A calendar date with a day."""

    date: dt.date
    year_inferred: bool = Field(False, description="True when the year came from context.")


class Period(_Model):
    """A span of time with a start and an end.

    The evaluation schema names the bounds ``start``/``end`` (ISO dates), so a
    period's character offsets are ``char_start``/``char_end``.
    """

    text: str
    start: dt.date = Field(description="First day of the period.")
    end: dt.date = Field(description="Last day of the period.")
    char_start: int = Field(description="Character offset of the first character.")
    char_end: int = Field(description="Character offset one past the last character.")

    @property
    def offsets(self) -> tuple[int, int]:
        return self.char_start, self.char_end


class Party(_Model):
    """An organisation that acts or is addressed; one fact per organisation."""

    name: str = Field(description="Canonical name (genitive removed, abbreviation resolved).")
    text: str = Field(description="Surface form of the first mention.")
    type: Optional[str] = Field(None, description="ministry, municipality, committee, police, …")
    mentions: list[Mention] = Field(default_factory=list)
    start: int
    end: int


class Person(_Model):
    """A named person, with role and party letter when the text gives them."""

    name: str
    role: Optional[str] = None
    party: Optional[str] = None
    text: str
    mentions: list[Mention] = Field(default_factory=list)
    start: int
    end: int


class Area(_Model):
    """A named place: housing area, neighbourhood, town, island, municipality as place."""

    name: str
    text: str
    type: Optional[str] = None
    mentions: list[Mention] = Field(default_factory=list)
    start: int
    end: int


class FocusArea(_Model):
    """A named indsatsområde / fokusområde / theme listed as such."""

    name: str
    text: str
    start: int
    end: int


class Attendee(_Model):
    """A meeting participant from a labelled list."""

    name: str
    party: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Meeting(_Model):
    """The meeting that a set of minutes records."""

    body: Optional[str] = None
    date: Optional[dt.date] = None
    time: Optional[str] = Field(None, description="HH:MM")
    location: Optional[str] = None
    participants: list[Attendee] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)


class Vote(_Model):
    """How a decision was voted, by party letters and counts."""

    for_: list[str] = Field(default_factory=list, alias="for")
    against: list[str] = Field(default_factory=list)
    abstained: list[str] = Field(default_factory=list)
    for_count: Optional[int] = None
    against_count: Optional[int] = None
    abstained_count: Optional[int] = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class DecisionStep(_Model):
    """An earlier body's decision on the same agenda item."""

    body: Optional[str] = None
    outcome: Outcome
    text: str
    start: Optional[int] = None
    end: Optional[int] = None


class Decision(_Model):
    """The final decision on one agenda item."""

    item: Optional[int] = None
    title: Optional[str] = None
    outcome: Outcome
    postponed_to: Optional[dt.date] = None
    text: str
    start: Optional[int] = None
    end: Optional[int] = None
    vote: Optional[Vote] = None
    absent: list[str] = Field(default_factory=list)
    history: list[DecisionStep] = Field(default_factory=list)


class ErrorInfo(_Model):
    """Why a document could not be (fully) processed."""

    type: str
    message: str


class Document(_Model):
    """All facts of one document."""

    doc_id: Optional[str] = None
    source: Optional[str] = Field(None, description="Where the text came from (path, archive member).")
    source_url: Optional[str] = None
    kind: DocumentKind = "article"
    published: Optional[dt.date] = None
    title: Optional[str] = None
    language: str = "da"
    n_chars: int = 0
    n_words: int = 0
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    areas: list[Area] = Field(default_factory=list)
    focus_areas: list[FocusArea] = Field(default_factory=list)
    meeting: Optional[Meeting] = None
    decisions: list[Decision] = Field(default_factory=list)
    extractor_version: str = ""
    error: Optional[ErrorInfo] = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> Optional[str]:
        """The evaluation schema's name for ``doc_id``."""
        return self.doc_id

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data: object) -> object:
        if isinstance(data, dict) and "id" in data:
            data = {k: v for k, v in data.items() if k != "id"}
            data.setdefault("doc_id", None)
        return data
