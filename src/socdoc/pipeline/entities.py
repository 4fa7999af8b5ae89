"""The entity components: parties, people, areas and focus areas.

They run after the NER model (when present) and the minutes component, so they can use
``doc.ents`` and the meeting's participant lists. Each writes its facts to the shared state and
its spans to ``doc.spans[<fact type>]``; the party spans also keep place and person names that
sit inside organisation names out of areas and people.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.extractors.areas import find_areas, meeting_venue, municipality_as_place
from socdoc.extractors.entities import Candidate
from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.extractors.minutes import recommended_body
from socdoc.extractors.parties import find_parties
from socdoc.extractors.people import find_people
from socdoc.lang.da.gazetteers import load_gazetteers
from socdoc.pipeline.state import add_spans, get_state, register_extensions
from socdoc.records import Meeting, Party

register_extensions()

_PARTY_SPANS = "socdoc_party_candidates"
_PLACE_TAILS = "socdoc_party_place_tails"


def _mention_offsets(facts: list) -> list[tuple[int, int]]:
    return [(m.start, m.end) for fact in facts for m in fact.mentions]


class Parties:
    """Organisations that act or are addressed, one fact per organisation."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        parties, candidates = find_parties(state.text, state.raw, doc)
        state.facts["parties"] = parties
        _meeting_body_named(state.facts.get("meeting"), parties)
        _meeting_body_recommended(state.facts.get("meeting"), parties, state.raw)
        doc.user_data[_PARTY_SPANS] = [(c.start, c.end, c.priority) for c in candidates]
        # "Grundejerforeningen i Nordbyvænge": the place after "i" stays readable as an area
        doc.user_data[_PLACE_TAILS] = [(c.start, c.end, c.extra["tail_place_start"]) for c in candidates
                                        if "tail_place_start" in c.extra]
        add_spans(doc, "parties", _mention_offsets(parties))
        return doc


def _meeting_body_named(meeting: Optional[Meeting], parties: list[Party]) -> None:
    """A meeting body written as the bare definite head ("Lokaludvalget") that the parties read as the
    text's one named body of that kind ("Indre By Lokaludvalg … Lokaludvalget"), or as the end of that
    name: the body by its full name."""
    body = getattr(meeting, "body", None)
    if not body:
        return
    if " " in body:  # "By Lokaludvalg" of "Indre By Lokaludvalg": the name's first word lost
        named = {p.name for p in parties if p.name.endswith(" " + body)}
    else:
        named = {p.name for p in parties if p.name != body and " " in p.name
                 and any(m.text == body for m in p.mentions)}
    if len(named) == 1:
        meeting.body = named.pop()


def _meeting_body_recommended(meeting: Optional[Meeting], parties: list[Party], raw: str) -> None:
    """A meeting whose header names no body: the body its items' recommendations are addressed to."""
    if meeting is None or meeting.body:
        return
    committees = load_gazetteers().committee_words
    bodies = frozenset(p.name for p in parties if p.type in ("body", "council")
                       or p.type == "organisation" and committees.matches(p.name.rsplit(" ", 1)[-1]))
    meeting.body = recommended_body(raw, bodies) if bodies else None


def _rule_party_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(s, e) for s, e, priority in doc.user_data.get(_PARTY_SPANS, []) if priority > 0]


def _without_place_tail(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A party's span without its closing "i <place>" ("Idrætssamvirke i Sydby"): the place is
    also where the association belongs, an area of the text."""
    tails = {(s, e): place for s, e, place in doc.user_data.get(_PLACE_TAILS, [])}
    return [(s, tails[(s, e)]) if (s, e) in tails else (s, e) for s, e in spans]


class People:
    """Named persons with role and party letter."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        people = find_people(
            state.text, state.raw, doc, state.facts.get("meeting"), _rule_party_spans(doc)
        )
        state.facts["people"] = people
        add_spans(doc, "people", _mention_offsets(people))
        return doc


# Parties that are also places: a municipality or region can be both the actor and the place.
_PLACE_BODIES = ("municipality", "region", "council", "police")
# Parties that, once the text has them as actors, are not also its areas ("Region Nordby har vedtaget …"
# and "borgere i Region Nordby"): the golds name such a body once, as the organisation
_PLACE_ACTORS = ("municipality", "region")


class Areas:
    """Named places."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        parties = [Candidate(s, e, "", None, 1) for s, e in _without_place_tail(doc, _rule_party_spans(doc))]
        people = _mention_offsets(state.facts.get("people", []))
        found = state.facts.get("parties", [])
        tails = {(s, e) for s, e, _ in doc.user_data.get(_PLACE_TAILS, [])}
        organisations = [p.name.rsplit(" i ", 1)[0] if any((m.start, m.end) in tails for m in p.mentions) else p.name
                         for p in found if p.type not in _PLACE_BODIES]
        names = _without_place_tail(doc, [(m.start, m.end) for p in found for m in p.mentions])
        areas = find_areas(state.text, state.raw, doc, parties, people, organisations, names)
        # a municipality the text has as an actor is that organisation, not also the place where things
        # happen ("Nordby Kommune finansierer …" and "I Nordby Kommune er der …"), unless a sentence speaks
        # of the people or matters in it ("udsatte familier i Nordby Kommune"): then it is both
        acting = {p.name.casefold() for p in found if p.type in _PLACE_ACTORS}
        areas = [a for a in areas if a.type not in _PLACE_ACTORS or a.name.casefold() not in acting
                 or municipality_as_place(state.text, a)]  # "udsatte familier i Nordby Kommune": the place too
        meeting = state.facts.get("meeting")
        location = getattr(meeting, "location", None)
        areas = [a for a in areas if not meeting_venue(state.text, a, location)]  # "Mødested: Lyngparken"
        state.facts["areas"] = areas
        add_spans(doc, "areas", _mention_offsets(areas))
        return doc


class FocusAreas:
    """Named indsatsområder, fokusområder and themes."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        found = find_focus_areas(state.text, state.raw, minutes=state.kind == "minutes")
        state.facts["focus_areas"] = found
        add_spans(doc, "focus_areas", [(f.start, f.end) for f in found])
        return doc


@Language.factory("socdoc_parties", requires=["doc._.socdoc", "doc.ents"], assigns=["doc.spans"])
def make_parties(nlp: Language, name: str) -> Parties:
    return Parties()


@Language.factory("socdoc_people", requires=["doc._.socdoc", "doc.ents"], assigns=["doc.spans"])
def make_people(nlp: Language, name: str) -> People:
    return People()


@Language.factory("socdoc_areas", requires=["doc._.socdoc", "doc.ents"], assigns=["doc.spans"])
def make_areas(nlp: Language, name: str) -> Areas:
    return Areas()


@Language.factory("socdoc_focus_areas", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_focus_areas(nlp: Language, name: str) -> FocusAreas:
    return FocusAreas()
