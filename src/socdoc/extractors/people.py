"""People: named persons with the role and party letter the text gives them.

Names come from the NER model's PER spans and from rules that need no model: a role before a
name ("socialborgmester Mia Nyegaard"), a party letter after it ("Marie Stærke, (A)"), an
apposition ("Sten Kristensen, pressechef"), labels ("Sagsbehandler: Pia Thorsen"), bylines
("Af Mikkel Pedersen"), contact blocks (a name line followed by a title line) and the meeting's
participant lists. Later mentions by surname ("Stærke") join the same person.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from socdoc.extractors.entities import (
    LOWER,
    UPPER,
    Candidate,
    area_like,
    cues,
    ents_of,
    mention,
    overlaps,
    trie_regex,
)
from socdoc.extractors.names import lower_first, squash
from socdoc.lang.da.gazetteers import load_gazetteers
from socdoc.records import Person

# "Anne", "Hansen-Berg", "A.", "Th.", "McDonald"; the capital first, so that the regex engine can
# skip to capitals when a pattern starts with a name.
_NAME_WORD = rf"[{UPPER}](?:[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?|[{LOWER}]?\.|[{LOWER}]\.|(?<=M)c[{UPPER}][{LOWER}]+)"


_NOT_PERSON = re.compile(r"(?:hus|huset|havn|skole|skolen|hospital|hal|rådhus|kirke|center|centret)$", re.I)


@dataclass(frozen=True)
class _Patterns:
    name: str
    role: str
    role_before: re.Pattern[str]
    after: re.Pattern[str]
    apposition: re.Pattern[str]
    party_after: re.Pattern[str]
    label: re.Pattern[str]
    byline: re.Pattern[str]
    next_line_role: re.Pattern[str]
    letters: frozenset[str]
    stop: frozenset[str]
    particles: frozenset[str]
    role_variants: dict[str, str]
    role_labels: dict[str, str]
    paren_role: re.Pattern[str]
    owner_role: re.Pattern[str]
    body: re.Pattern[str]
    kept_prefix: re.Pattern[str]


def _role_regex() -> str:
    roles = load_gazetteers().roles
    data = cues()["people"]
    words = roles.words | set(data["role_variants"]) | set(data["extra_roles"])
    exact = sorted((w for w in words if " " in w or not w.isalpha()), key=len, reverse=True)
    single = sorted((w for w in words if " " not in w and w.isalpha()), key=len, reverse=True)
    suffixes = sorted({*roles.suffixes, *single}, key=len, reverse=True)
    exact_alt = trie_regex(exact)
    by_length: dict[int, list[str]] = {}
    for suffix in suffixes:
        by_length.setdefault(len(suffix), []).append(suffix)
    # A whole word, then a fixed-width look-behind per suffix length: no backtracking over splits.
    # The suffixes' last three letters are checked first, in one look-behind.
    ends = "|".join(f"(?<={trie_regex(group)})" for _, group in sorted(by_length.items(), reverse=True))
    if min(by_length, default=0) >= 2:
        short = trie_regex(s for s in suffixes if len(s) == 2)
        ends = rf"(?:(?<={trie_regex(s[-3:] for s in suffixes if len(s) >= 3)})|(?<={short}))(?:{ends})"
    coord = rf"(?:[\w]++-,?[ ](?:[\w]++-,?[ ])*(?:og|&)[ ])?"
    org_prefix = rf"(?:[{UPPER}]{{2,}}+-)?"
    return rf"(?<![\w-])(?i:{org_prefix}{coord}(?:{exact_alt}(?![\w])|[\w]++(?:{ends})))(?![\w])"


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = cues()["people"]
    particles = data["name_particles"]
    particle_alt = "|".join(particles)
    name = rf"(?:{_NAME_WORD})(?:[ ](?:(?:{particle_alt})[ ])?(?:{_NAME_WORD})){{1,4}}"
    role = _role_regex()
    gaz = load_gazetteers()
    letters = {p.letter for p in gaz.parties} | {p.abbreviation for p in gaz.parties if p.abbreviation}
    letters |= {p.short for p in gaz.parties if p.short and len(p.short) <= 3}
    letters |= set(data["extra_party_letters"])
    letter_alt = "|".join(sorted((re.escape(x) for x in letters if x), key=len, reverse=True))
    labels = data["role_labels"]
    label_alt = "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True))
    return _Patterns(
        name=name,
        role=role,
        role_before=re.compile(
            rf"(?P<role>{role})(?:(?P<link>[ ](?:for|i|hos|ved)[ ][^\n]{{1,80}}?)(?P<comma>,?))?[ ](?P<name>{name})"
        ),
        after=re.compile(
            rf"[ \t]*,?[ \t]*\((?P<party>{letter_alt})\)(?:[ \t]*,[ \t]*(?P<role>{role})"
            rf"(?P<tail>[ ](?:for|i|hos|ved)[ ][\w][^\n,.()]{{1,60}}(?=[\s,.;:)]|$))?)?"
        ),
        apposition=re.compile(
            rf",[ \t]*(?P<role>{role})(?P<tail>[ ](?:for|i|hos|ved)[ ][\w][^\n,.()]{{1,60}})?"
            rf"(?:[ \t]*\((?P<party>{letter_alt})\))?(?=[\s,.;:)]|$)"
        ),
        party_after=re.compile(rf"(?P<name>{name})[ \t]*,?[ \t]*\((?P<party>{letter_alt})\)"),
        label=re.compile(rf"(?m)(?<![\w-])(?P<label>{label_alt})[ \t]*:[ \t]*(?P<name>{name})"),
        byline=re.compile(
            rf"(?m)^[ \t]*(?:{'|'.join(data['byline_words'])})[ ](?P<name>{name})(?=[ \t]*(?:$|[·|,-]))"
        ),
        next_line_role=re.compile(rf"[ \t]*\n[ \t]*(?P<role>{role})(?=[ \t]*(?:$|\n|[ ](?:af|for|i|hos|ved)[ ]|,))"),
        letters=frozenset(letters),
        stop=frozenset(data["not_name_words"]),
        particles=frozenset(particles),
        role_variants=dict(data["role_variants"]),
        role_labels=dict(labels),
        paren_role=re.compile(rf"[ \t]*\((?P<role>{role})\)"),
        owner_role=re.compile(rf"(?<![\w])[{UPPER}]?[{LOWER}]+s[ ](?P<role>{role}),[ ](?P<name>{name})"),
        body=re.compile(rf"(?i)[\w-]*(?:{'|'.join(map(re.escape, data['role_body_suffixes']))})"),
        kept_prefix=re.compile(rf"^(?:{'|'.join(map(re.escape, data['role_prefixes_kept']))})-"),
    )


def _role_with_body(role: str, tail: Optional[str], pat: _Patterns) -> str:
    """Keep "for <body>" after a role ("formand for Socialudvalget"), not an organisation after it.

    A lower-case body drops a place after it ("formand for afdelingsbestyrelsen i X"); a body's
    proper name keeps it ("formand for Beboerrådet i Trekanten").
    """
    words = (tail or "").split()
    head = next((w for w in words[1:] if not w.endswith("-") and w not in ("og", "&")), "")
    if len(words) < 2 or words[0] != "for" or not pat.body.fullmatch(head):
        return role
    if head[:1].islower() and " i " in tail:
        tail = tail.split(" i ", 1)[0]
    return f"{role}{tail.rstrip()}"


def _clean_role(role: str, pat: _Patterns) -> str:
    role = squash(role)
    if not pat.kept_prefix.match(role):
        role = re.sub(rf"^[{UPPER}]{{2,}}-", "", role)
    role = lower_first(role)
    return pat.role_variants.get(role.casefold(), role)


def _trim_name(text: str, start: int, end: int, pat: _Patterns) -> Optional[tuple[int, int]]:
    """Drop stop words at the edges of a name span; None when fewer than two words remain."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while words and (text[words[0][0]:words[0][1]] in pat.stop or not text[words[0][0]].isupper()):
        words = words[1:]
    while words and (text[words[-1][0]:words[-1][1]] in pat.stop or not text[words[-1][0]].isupper()
                     or text[words[-1][1] - 1] == "."):
        words = words[:-1]
    if len(words) < 2:
        return None
    if any(text[s:e] in pat.stop for s, e in words):
        return None
    return words[0][0], words[-1][1]


def _name_ok(name: str, pat: _Patterns) -> bool:
    words = name.split()
    if len(words) < 2 or len(words) > 5:
        return False
    return all(w in pat.particles or re.fullmatch(_NAME_WORD, w) for w in words)


def _after_name(text: str, pos: int, pat: _Patterns) -> bool:
    """Whether a role at ``pos`` stands in apposition after a name ("Gitte Ravn, formand …")."""
    if text[max(0, pos - 2):pos] != ", ":
        return False
    return re.search(rf"{pat.name}(?:[ \t]*\([^()\n]{{1,4}}\))?,[ ]$", text[max(0, pos - 80):pos]) is not None


def _candidates(
    text: str, doc: Any, meeting: Any, pat: _Patterns, blocked: list[tuple[int, int]]
) -> list[Candidate]:
    out: list[Candidate] = []
    per = ents_of(doc, "PER")

    def add(start: int, end: int, priority: int, role: Optional[str] = None, party: Optional[str] = None,
            shift: bool = False) -> None:
        for b_start, b_end in blocked:
            if b_start <= start < b_end < end:
                start = b_end
        first = re.match(r"\S+", text[start:end])
        for p_start, p_end in per:
            if start < p_start < end and p_end >= end - 1 and (
                shift or (first and area_like(first.group()))
            ):
                start = p_start
        trimmed = _trim_name(text, start, end, pat)
        if trimmed is None:
            return
        s, e = trimmed
        name = squash(text[s:e])
        if "\n" in text[s:e] or not _name_ok(name, pat):
            return
        extra = {"role": _clean_role(role, pat) if role else None, "party": party}
        out.append(Candidate(s, e, name, "person", priority, extra))

    for start, end in per:
        span = squash(text[start:end])
        if area_like(span) or _NOT_PERSON.search(span) or any(area_like(w) for w in span.split()[:1]):
            continue
        add(start, end, 1)
    for m in pat.role_before.finditer(text):
        role = m.group("role")
        link = m.group("link") or ""
        if link and _after_name(text, m.start(), pat):
            continue  # "Gitte Ravn, formand for Kalundborg Boligselskab": an apposition, no name follows
        start = m.start("name")
        body = pat.body.match(text, start)
        if link and re.search(r"(?:[ ](?:og|&)|-)$", link) and len(m.group("name").split()) > 2:
            body = re.compile(r"\S+").match(text, start)  # "rådmand for Sociale Forhold og Beskæftigelse Anders …"
        if link and body and text[body.end():body.end() + 1] == " ":
            start = body.end() + 1  # "formand for Social- og Arbejdsmarkedsudvalget Birthe Nørgaard"
            link = text[m.start("link"):body.end()]
        if link and not m.group("comma") and link.strip().startswith("for"):
            role += link
        add(start, m.end("name"), 3, role=role, shift=bool(link))
    for m in pat.owner_role.finditer(text):
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    for m in re.finditer(rf"(?P<name>{pat.name})(?={pat.paren_role.pattern})", text):
        add(m.start("name"), m.end("name"), 2)  # "Hanne Klit (formand)"
    for m in re.finditer(rf"(?P<name>{pat.name})(?=,[ ]{pat.role})", text):
        add(m.start("name"), m.end("name"), 2)
    for m in pat.party_after.finditer(text):
        add(m.start("name"), m.end("name"), 2, party=m.group("party"))
    for m in pat.label.finditer(text):
        add(m.start("name"), m.end("name"), 2, role=pat.role_labels.get(m.group("label")))
    for m in pat.byline.finditer(text):
        nxt = pat.next_line_role.match(text, m.end("name"))
        add(m.start("name"), m.end("name"), 2, role=nxt.group("role") if nxt else None)
    for m in re.finditer(rf"(?m)^[ \t]*(?P<name>{pat.name})[ \t]*$", text):
        nxt = pat.next_line_role.match(text, m.end("name"))
        if nxt:
            add(m.start("name"), m.end("name"), 2, role=nxt.group("role"))
    if meeting is not None:
        for attendee in getattr(meeting, "participants", []) or []:
            if attendee.start is not None and attendee.end is not None:
                add(attendee.start, attendee.end, 2, party=attendee.party)
        for name in getattr(meeting, "absent", []) or []:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                add(m.start(), m.end(), 2)
    return out


def _context(text: str, cand: Candidate, pat: _Patterns) -> None:
    """Role and party letter from what follows a name: "(A)", ", formand", ", pressechef"."""
    m = pat.after.match(text, cand.end)
    if m:
        cand.extra["party"] = cand.extra.get("party") or m.group("party")
        if m.group("role") and not cand.extra.get("role"):
            cand.extra["role"] = _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
        return
    m = pat.paren_role.match(text, cand.end)
    if m:
        cand.extra["role"] = cand.extra.get("role") or _clean_role(m.group("role"), pat)
        return
    m = pat.apposition.match(text, cand.end)
    if m:
        if not cand.extra.get("role"):
            cand.extra["role"] = _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
        if m.group("party"):
            cand.extra["party"] = cand.extra.get("party") or m.group("party")


def _resolve(cands: list[Candidate], blocked: Iterable[tuple[int, int]]) -> list[Candidate]:
    blocked = list(blocked)
    ordered = sorted(cands, key=lambda c: (-c.priority, -c.length, c.start))
    kept: list[Candidate] = []
    for cand in ordered:
        clash = next((k for k in kept if cand.start < k.end and k.start < cand.end), None)
        if clash is not None:
            for key in ("role", "party"):
                if not clash.extra.get(key) and cand.extra.get(key):
                    clash.extra[key] = cand.extra[key]
            continue
        if cand.priority <= 1 and overlaps(cand.start, cand.end, blocked):
            continue
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _surname_mentions(text: str, people: dict[str, list[Candidate]], taken: list[tuple[int, int]]) -> None:
    """Later mentions by surname alone join the person ("Stærke" → "Marie Stærke")."""
    surnames: dict[str, str] = {}
    for key, cands in people.items():
        last = cands[0].name.split()[-1]
        surnames[last] = key if last not in surnames else ""
    surnames = {s: k for s, k in surnames.items() if k and len(s) > 2}
    if not surnames:
        return
    regex = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, surnames)) + r")(?![\w-])")
    for m in regex.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        key = surnames[m.group(1)]
        people[key].append(Candidate(m.start(), m.end(), people[key][0].name, "person", 0, {}))


def find_people(
    text: str, raw: str, doc: Any = None, meeting: Any = None, blocked: Iterable[tuple[int, int]] = ()
) -> list[Person]:
    """One :class:`Person` per named person. ``blocked`` spans (organisations) hold no model names."""
    pat = patterns()
    blocked = list(blocked)
    cands = _resolve(_candidates(text, doc, meeting, pat, blocked), blocked)
    for cand in cands:
        _context(text, cand, pat)
    people: dict[str, list[Candidate]] = {}
    for cand in cands:
        people.setdefault(cand.name.casefold(), []).append(cand)
    _surname_mentions(text, people, [(c.start, c.end) for c in cands])
    result = []
    for group in people.values():
        group.sort(key=lambda c: c.start)
        first = group[0]
        role = next((c.extra.get("role") for c in group if c.extra.get("role")), None)
        party = next((c.extra.get("party") for c in group if c.extra.get("party")), None)
        result.append(
            Person(
                name=first.name,
                role=role,
                party=party,
                text=raw[first.start:first.end],
                mentions=[mention(raw, c.start, c.end) for c in group],
                start=first.start,
                end=first.end,
            )
        )
    return sorted(result, key=lambda p: p.start)
