"""People: named persons with the role and party letter the text gives them.

Names come from the NER model's PER spans and from rules that need no model: a role before a
name ("socialborgmester Tina Frandsen"), a party letter after it ("Lise Bjerre, (A)"), an
apposition ("Sten Kristensen, pressechef"), labels ("Sagsbehandler: Pia Thorsen"), bylines
("Af Mikkel Pedersen"), contact blocks (a name line followed by a title line) and the meeting's
participant lists. Later mentions by surname ("Bjerre") join the same person.

On attendance lines a role may stand before an organisation and then the name ("Repræsentant for
Boligforeningen Lyngen Dorte Hjelm"): the name begins after an organisation the parties found, at a
model name, at a known first name, or else at the last two words. Roles are given in their base form
("chefen" → chef, "socialrådgiverne A og B" → socialrådgiver for both); "for x" stays only where a
lower-case field of work is the title ("chef for presse og kommunikation"; "Chef for Center for
Sundhed" → chef; see ``lang/da/people.yaml``); a past office ("den tidligere formand") gives no role.
Texts that list members by first name alone ("Til stede: Eva, Bo og Kim") give candidates of one word,
but a name of one word is no person fact: it stays in the meeting's participants and absentees and is
left out of the people (``_one_word_name``). Model names are grown over first names and initials left out,
and kept only when something supports them: a rule, a role, a party, a known first name, a list of
names around them, a verb of saying or a later mention by surname.
"""

from __future__ import annotations

import collections
import functools
import itertools
import unicodedata
from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional

from socdoc.lang.da import first_name_words, read_yaml
from socdoc.extractors.entities import (
    linked_compound,
    line_matches as _line_matches,
    line_of,
    LOWER,
    UPPER,
    Candidate,
    Prefiltered,
    area_like,
    common_word,
    countries,
    listed_word,
    cues,
    ents_of,
    mention,
    overlaps,
    prefix_starts,
    proper_word,
    trie_regex,
)
from socdoc.extractors.names import lower_first, squash
from socdoc.extractors.name_runs import column_pair, known_surname, split_candidates, split_run, stretch_end, surname_strength
from socdoc.lang.da.gazetteers import load_gazetteers
from socdoc.records import Person

@functools.lru_cache(maxsize=1)
def people_cues() -> dict[str, Any]:
    """The cue data of ``lang/da/people.yaml``."""
    return read_yaml("people.yaml")


def _first_name_file() -> frozenset[str]:
    return first_name_words()


@functools.lru_cache(maxsize=1)
def _given_abbreviations() -> frozenset[str]:
    """Abbreviated first names ("Chr.", "Johs."); not those that are whole names too ("Hans.")."""
    words = cues()["parties"]["name_abbreviations"]
    return frozenset(w for w in words if len(w) > 2 and w.endswith(".") and w[1:-1].islower() and w[:-1] not in _first_name_file())


def _abbreviated_given_names() -> str:
    """The lower-case tails of abbreviated first names ("Chr." → "hr\\."), for a name word that keeps its stop."""
    tails = re.longest_first({re.escape(w[1:]) for w in _given_abbreviations()})
    return "|".join(tails)


@functools.lru_cache(maxsize=1)
def _honorific_set() -> frozenset[str]:
    return frozenset(people_cues().get("honorifics") or ())


def _not_honorific() -> str:
    """A look-behind that refuses a title before a name as a name word ("Dr." is no "Fr.")."""
    titles = people_cues().get("honorifics") or []
    return "".join(rf"(?<!(?<![\w]){re.escape(t)})" for t in re.longest_first(titles))


# "Anne", "Hansen-Berg", "Christi-ansen" (a hyphen as written), "Fog- Petersen" (a line's hyphen), "A.",
# "J.C." (initials run together, before a further name word), "Th.", "Chr." (an abbreviated first name, before a further name word), "McDonald" (before "Mc" alone can be read as a word); the capital first, so that the regex engine can
# skip to capitals when a pattern starts with a name.
_NAME_WORD = rf"[{UPPER}](?:(?:{_abbreviated_given_names()})(?=[ ][{UPPER}][{LOWER}])|(?<=M)c[{UPPER}][{LOWER}]+|[{LOWER}]+(?:-(?:[{UPPER}]?[{LOWER}]+|[ ][{UPPER}][{LOWER}]+))?|\.(?:[{UPPER}]\.)+(?=[ ][{UPPER}][{LOWER}])|[{LOWER}]?\.{_not_honorific()}|[{LOWER}]\.)"


# A middle initial written without its full stop ("Olav B Christensen"), only before a further name word.
_BREAK_TAG = r"<br[ ]?/?>"  # a line break left as markup in a text taken from a web page ("… til dirigent<br />")
_BARE_INITIAL = rf"[{UPPER}](?=[ ][{UPPER}][{LOWER}])"
_BARE_INSIDE = re.compile(rf"[ ][{UPPER}][ ]")


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first names socdoc knows (``lang/da/first_names*.txt``: Danish, neighbours', residents')."""
    return _first_name_file()


_NOT_PERSON = re.compile(r"(?:hus|huset|havn|skole|skolen|hospital|hal|rådhus|kirke|center|centret)$", re.I)


@dataclass(frozen=True)
class _Patterns:
    name: str
    role: str
    dash_name: re.Pattern[str]
    role_before: re.Pattern[str]
    after: re.Pattern[str]
    apposition: re.Pattern[str]
    party_after: re.Pattern[str]
    party_bracket: re.Pattern[str]  # what a line with a party_after match holds: a bracketed party
    label: re.Pattern[str]
    byline: re.Pattern[str]
    credit: re.Pattern[str]
    party_after_any: re.Pattern[str]
    party_line: re.Pattern[str]
    comma_run: re.Pattern[str]
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
    base_role: re.Pattern[str]
    role_after: re.Pattern[str]
    co_names: re.Pattern[str]  # ", Bo Dam og Kim Holm" after a name, before a plural role they share
    list_role: re.Pattern[str]
    party_role: re.Pattern[str]
    role_list: re.Pattern[str]
    party_forms: dict[str, str]
    first_names: frozenset[str]
    not_person_first: re.Pattern[str]
    not_person_last: re.Pattern[str]
    any_role: re.Pattern[str]
    name_then_role: re.Pattern[str]
    role_verb_name: re.Pattern[str]
    elected: re.Pattern[str]
    elected_colon: re.Pattern[str]
    role_comma_name: re.Pattern[str]
    name_colon_role: re.Pattern[str]
    row_end_role: re.Pattern[str]
    first_name_alone: re.Pattern[str]
    speaker_heading: re.Pattern[str]
    counted_role: re.Pattern[str]
    furniture: frozenset[str]
    org_role_row: re.Pattern[str]
    org_role_seg: re.Pattern[str]
    stand_in_holder: re.Pattern[str]
    written_by: re.Pattern[str]
    list_next: re.Pattern[str]
    surname_first: re.Pattern[str]
    office_after: re.Pattern[str]
    party_heads: frozenset[str]
    line_end_role: re.Pattern[str]
    letter_item: re.Pattern[str]
    inline_letter: re.Pattern[str]  # "Afbud: Eva Lund, A, Bo Dam, V og Kim Holm, F"
    letter_row: re.Pattern[str]  # "Borgmester Eva Lund, A (sygdom)": a list row with the letter after a comma
    attendance: re.Pattern[str]  # "Eva Lund havde meldt afbud", "Bo Dam deltog i stedet"
    label_before: re.Pattern[str]  # "Referent: " right before a name
    takes_over: re.Pattern[str]  # "Bo er stoppet som sekretær, og Eva Lund overtager hans plads"
    party_apposition: re.Pattern[str]  # "Tove Berg, Socialdemokratiet,": a name with its party written out
    role_is_name: re.Pattern[str]
    role_is_gate: re.Pattern[str]  # what every role_is_name match holds: " var Eva", " er Bo"
    and_last: re.Pattern[str]
    applicant: re.Pattern[str]
    second_role: re.Pattern[str]
    party_next_line: re.Pattern[str]
    bare_role: re.Pattern[str]
    link_words: frozenset[str]
    role_label: re.Pattern[str]  # "Kasserer: Eva Lund", "Valg af referent: Bo Dam": any role word as a label


@functools.lru_cache(maxsize=2)
def _role_words(inflected: bool = True) -> tuple[list[str], list[str]]:
    """The role phrases matched whole (with a space or a non-letter) and the role suffixes a role word ends in."""
    roles = load_gazetteers().roles
    data = cues()["people"]
    words = roles.words | set(data["role_variants"]) | set(data["extra_roles"])
    exact = re.longest_first(w for w in words if " " in w or not w.isalpha())
    single = re.longest_first(w for w in words if " " not in w and w.isalpha())
    suffixes = re.longest_first({*roles.suffixes, *single})
    if inflected:
        more = people_cues()
        suffixes = re.longest_first(
            {*suffixes, *(s + end for s in suffixes for end in more["role_inflections"]),
             *(f + end for f in more["role_irregular"] for end in ("", "ne"))})
    return exact, suffixes


@functools.lru_cache(maxsize=1)
def _not_role_words() -> frozenset[str]:
    return frozenset(people_cues()["not_role_words"])


def role_word(word: str) -> bool:
    """True where ``word`` (any case) is a role or title word, or ends in one ("Konsulent", "Byrådsmedlem")."""
    exact, suffixes = _role_words()
    folded = word.casefold()
    return folded in exact or folded.endswith(tuple(suffixes)) and folded not in _not_role_words()


def _role_ends_regex(suffixes: list[str]) -> str:
    """Look-behinds at a word's end that hold where the word ends in one of ``suffixes``."""
    by_length: dict[int, list[str]] = {}
    for suffix in suffixes:
        by_length.setdefault(len(suffix), []).append(suffix)
    # A fixed-width look-behind per suffix length: no backtracking over splits.
    # The suffixes' last three letters are checked first, in one look-behind.
    ends = "|".join(f"(?<={trie_regex(group)})" for _, group in sorted(by_length.items(), reverse=True))
    if min(by_length, default=0) >= 2:
        short = trie_regex(s for s in suffixes if len(s) == 2)
        ends = rf"(?:(?<={trie_regex(s[-3:] for s in suffixes if len(s) >= 3)})|(?<={short}))(?:{ends})"
    return ends


_COORD_SPACES_MAX = 5  # the spaces of a role's coordinated portfolios before its head (``coord`` below)


@functools.lru_cache(maxsize=2)  # the long pattern is built once, then put in several
def _role_regex(inflected: bool = True) -> str:
    """A role word or phrase; with ``inflected`` also definite and plural forms ("chefen", "repræsentanter")."""
    exact, suffixes = _role_words(inflected)
    exact_alt = trie_regex(exact)
    ends = _role_ends_regex(suffixes)  # after a whole word
    # Coordinated portfolios before the head: "social- og bolig…", "udlændinge-, integrations og bolig…"
    # (a later hyphen left out) and "børne og- social…" (the hyphen after "og"); one hyphen at least.
    # At most _COORD_SPACES_MAX spaces (see _role_hits).
    coord = (rf"(?:[\w]++-,?[ ](?:[\w]++-?,?[ ]){{0,3}}?(?:og|&)-?[ ]"
             rf"|[\w]++(?:,[ ][\w]++){{0,3}}[ ](?:og|&)-[ ])?")  # bounded: no quadratic scan of comma lists
    org_prefix = rf"(?:[{UPPER}]{{2,}}+-)?"
    modifier = rf"(?:(?:{trie_regex(people_cues()['role_modifiers'])})[ ](?=[\w]))?"
    not_roles = rf"(?!(?:{trie_regex(people_cues()['not_role_words'])})(?![\w]))"  # "billeder" is no "bil" + "leder"
    return rf"(?<![\w-])(?i:{org_prefix}{modifier}{coord}(?:{exact_alt}(?![\w])|{not_roles}[\w]++(?:{ends})))(?![\w])"


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


@functools.lru_cache(maxsize=1)
def _role_scan() -> Optional[tuple[dict[str, Any], int]]:
    """What :func:`_role_hits` needs: per text that may follow an exact role phrase's last word ("" or the
    "." of "adm. dir.") the pattern of those last words, and the most spaces a match of ``any_role`` holds.
    None where the role words do not allow :func:`_role_hits`'s shortcut."""
    exact, suffixes = _role_words()
    modifiers = people_cues()["role_modifiers"]
    if not all(_WORD_RUN.fullmatch(s) for s in suffixes) or any(
            "\n" in w or "\t" in w or not _WORD_RUN.search(w) for w in [*exact, *modifiers]):
        return None
    lasts: dict[str, list[str]] = {}
    for phrase in exact:
        m = re.search(r"(\w+)(\W*)\Z", phrase)
        lasts.setdefault(m.group(2), []).append(m.group(1))
    spaces = (max((w.count(" ") for w in modifiers), default=0) + 1 + _COORD_SPACES_MAX
              + max((w.count(" ") for w in exact), default=0))
    return {tail: re.compile(rf"(?i:{trie_regex(words)})") for tail, words in lasts.items()}, spaces


@functools.lru_cache(maxsize=1 << 16)
def _role_end_tails(word: str) -> tuple[str, ...]:
    """Where a match of ``any_role`` can end after ``word`` (a whole word of the text): "" right after
    it, "." after the dot that follows it …; empty where none can. A word that ends a role by its suffix
    is a match of ``any_role`` by itself (the suffix's letters all lie in the word)."""
    lasts, _ = _role_scan()
    tails = [tail for tail, last in lasts.items() if last.fullmatch(word)]
    if "" not in tails and patterns().any_role.fullmatch(word):
        tails.append("")
    return tuple(tails)


_NO_ROLE_END: set[str] = set()  # words for which :func:`_role_end_tails` is empty (most words of a text)
_NO_ROLE_END_MAX = 1 << 16


def _role_end_positions(text: str) -> Optional[set[int]]:
    """Where a match of ``any_role`` (and of the uninflected role pattern, whose words are among its
    words) can end in ``text``: after a whole word that ends a role, and its tail ("." of "adm. dir.").
    None where the role words do not allow this shortcut (:func:`_role_scan`)."""
    if _role_scan() is None:
        return None
    ends = set()
    find = text.find
    word_char = _WORD_CHAR.match
    words = set(_WORD_RUN.findall(text))
    words -= _NO_ROLE_END  # one set operation for the words known to end no role
    for word in words:
        tails = _role_end_tails(word)
        if not tails:
            if len(_NO_ROLE_END) < _NO_ROLE_END_MAX:
                _NO_ROLE_END.add(word)
            continue
        size = len(word)
        at = find(word)
        while at >= 0:
            end = at + size
            if not (at and word_char(text, at - 1)) and not word_char(text, end):  # the whole word
                for tail in tails:
                    if text.startswith(tail, end) and not word_char(text, end + len(tail)):
                        ends.add(end + len(tail))
            at = find(word, at + 1)
    return ends


def _role_hits(text: str, pat: _Patterns, ends: Optional[set[int]] = None) -> Iterator[re.Match[str]]:
    """What ``pat.any_role.finditer(text)`` gives, with the pattern tried only where a match can be.

    A match ends with a whole word that ends in a role suffix or with an exact role phrase, and holds
    no line break and at most ``spaces`` spaces. So the pattern is searched only in the stretches of
    a line before such a word's end (``ends``, from :func:`_role_end_positions`), back to the space before those,
    up to the last such end (a word character never follows one, so the search's end changes nothing there)."""
    scan = _role_scan()
    if scan is None:
        yield from pat.any_role.finditer(text)
        return
    spaces = scan[1]
    if ends is None:
        ends = _role_end_positions(text)
    stretches: list[list[int]] = []
    for end in sorted(ends):
        line = text.rfind("\n", 0, end) + 1
        start = end
        for _ in range(spaces + 1):
            start = text.rfind(" ", line, start)
            if start < 0:
                break
        start = line if start < 0 else start + 1
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    search = pat.any_role.search
    pos = 0
    for start, end in stretches:
        pos = max(pos, start)
        while pos < end and (m := search(text, pos, end)) is not None:
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=1)
def _party_name_forms() -> frozenset[str]:
    """Every political party's name, short name and alias (national, local and Greenlandic), lower-cased."""
    return frozenset(form.casefold() for party in load_gazetteers().parties
                     for form in (party.name, party.short, *party.aliases) if form)


def _letter_alternation(letters: Iterable[str]) -> str:
    """The party letters as the alternatives of a pattern, longest first ("Kons." before "K")."""
    return "|".join(re.longest_first(re.escape(x) for x in letters if x))


def _party_forms() -> dict[str, str]:
    """Party names written out, lower-cased, mapped to the party's abbreviation ("venstre" → "V")."""
    forms: dict[str, str] = {}
    for party in load_gazetteers().parties:
        if party.scope != "national":
            continue
        for form in (party.name, party.short, *party.aliases):
            if form and len(form) > 3:
                forms.setdefault(form.casefold(), party.abbreviation or party.letter)
    return forms


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = cues()["people"]
    more = people_cues()
    particles = data["name_particles"]
    particle_alt = "|".join(particles)
    name = rf"(?:{_NAME_WORD})(?:[ ](?:(?:{particle_alt})[ ])?(?:{_NAME_WORD})){{1,4}}"
    # After a role word a middle initial may lack its full stop ("byrådsmedlem Olav B Christensen").
    name_after_role = rf"(?:{_NAME_WORD})(?:[ ](?:(?:{particle_alt})[ ])?(?:{_NAME_WORD}|{_BARE_INITIAL})){{1,4}}"
    role = re.share(_role_regex(inflected=False))  # both role tries are parts of many patterns: parsed once
    re.share(_role_regex())
    gaz = load_gazetteers()
    letters = {p.letter for p in gaz.parties} | {p.abbreviation for p in gaz.parties if p.abbreviation}
    letters |= {p.short for p in gaz.parties if p.short and len(p.short) <= 3}
    letters |= set(data["extra_party_letters"])
    letter_alt = _letter_alternation(letters)
    forms = _party_forms()
    heads = "|".join(re.longest_first(map(re.escape, more["party_name_heads"])))
    # Letters, party names and unlisted party names with a party word ("Frie Liberale").
    party_alt = (
        rf"{letter_alt}|(?i:{trie_regex(forms)})(?![\w])"
        rf"|(?:[{UPPER}][{LOWER}]+[ ]){{1,3}}(?i:{heads})(?![\w])"
    )
    # "SF's", also "SFs" (an abbreviation of two letters or more), "Venstres"
    genitive_alt = (rf"(?:{letter_alt})['’]s|(?:{_letter_alternation({x for x in letters if len(x) > 1})})s"
                    rf"|(?i:{trie_regex(forms)})s")
    labels = data["role_labels"]
    label_alt = "|".join(re.escape(k) for k in re.longest_first(labels))
    links = "|".join(more["org_links"])
    breaks = "|".join(more["link_breaks"])  # "formand i udvalget, mens Bo Dam …": the clause ends the link
    # a shortened word's full stop inside the organisation's name ends no sentence ("for Gl. Holte Boligselskab")
    kept_stops = "".join(rf"(?<!(?<![\w]){re.escape(a[:-1])})" for a in more["name_abbreviations"])
    link = rf"[ ](?:{links})[ ](?:(?!{kept_stops}[.!?;:][ ]|,[ ](?:{breaks})[ ])[^\n]){{1,80}}?"
    abbreviation_end = "".join(rf"(?<!(?<![\w]){re.escape(a)})" for a in more["name_abbreviations"])
    clauses = "|".join(f"(?:{c})" for c in more["role_after_clauses"])
    # Before a relative clause: an age or the person's organisation ("Eva Lund, 39, der som formand …",
    # "Bo Dam fra Plan- og Miljøstyrelsen, der er formand …").
    clauses = (rf"(?:,[ ]\d{{2}}(?=,[ ](?:der|som)[ ])|[ ]fra[ ][{UPPER}][^\n,.;:()]{{1,50}}?(?=,[ ](?:der|som)[ ]))?"
               rf"(?:{clauses})")
    list_words = "|".join(more["list_words"])
    paren = r"(?:[ ]\([^()\n]{1,20}\))"
    # a list item's note: a bracket, or a bare ballot letter on a flattened line ("Eva Lund V, og Bo Dam V")
    # after a listed name: its party in brackets, a party letter, or the place it comes from ("borgmestrene Eva
    # Holm fra Nordby, Bo Dam fra Sydby og …")
    item_note = rf"(?:{paren}|[ ][{UPPER}](?=,|[ ](?:og|&)[ ])|[ ]fra[ ][{UPPER}][\w-]+(?:[ ]Kommune)?(?=,|[ ](?:og|&)[ ]))"
    # A list row's cells after a name: ", A", " - A", a tab or a pipe; then perhaps a role cell ("| Formand").
    cell_sep = r"(?:[ \t]*,[ ]|[ ][-–][ ]|[ ]*\t[ \t]*|[ ]*\|[ ]*)"
    role_cell = rf"(?:(?:[ ]*\t[ \t]*|[ ]*\|[ ]*|,[ ])(?P<cell>{role})(?=[ \t]*(?:$|[\t|])))?"
    cell_end = r"(?=[ \t]*(?:$|[-–][ ]|[,;(\t|]))"
    endings = "|".join(map(re.escape, more["not_person_first_word_endings"]))
    adjective_ends = "|".join(re.longest_first(map(re.escape, more["line_role_adjective_endings"])))
    party_adjectives = "|".join(re.longest_first(map(re.escape, more["party_adjectives"])))
    # a minister's portfolio of several fields, commas and a last "og" ("minister for By, Bolig og Landdistrikter")
    portfolio_list = rf"[ ]for[ ][\w][\w-]*(?:,[ ][\w][\w-]*){{1,4}}[ ]og[ ][\w][\w-]*(?=[.;:)]|[ \t]*(?:\n|$))"
    # or a ministry's portfolio as the gazetteer writes it, wherever the sentence goes on ("Eva Lund (S), minister
    # for by, bolig og landdistrikter, …", "… og landdistrikter meddelt …")
    portfolio_list = rf"(?:[ ]for[ ](?i:{trie_regex(_listed_portfolios())})(?![\w-])|{portfolio_list})"
    new_words = "|".join(map(re.escape, more["paren_new_office_words"]))  # "(ny formand for rådet)"
    apposition_leads = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in more["apposition_leads"])
    return _Patterns(
        name=name,
        role=role,
        dash_name=re.compile(rf"[ ]?[-–][ ](?P<name>{name})"),
        role_before=re.compile(
            rf"(?:(?P<link>{link})(?P<comma>,?|:(?=[ ]))|(?P<direct>,))?{abbreviation_end}[ ](?P<name>{name_after_role})"),
        after=re.compile(
            rf"[ \t]*,?[ \t]*\((?P<party>{party_alt})\)(?:[ \t]*\((?P<paren_role>{role})(?P<paren_tail>[ ](?:for|i|hos|ved)[ ][\w][^()\n]{{1,50}})?\)|(?:[ \t]*,|[ ][-–]|[ ]*[\t|])[ \t]*(?P<role>{role})"
            rf"(?P<tail>{portfolio_list}|[ ](?:for|i|hos|ved)[ ][\w][^\n,.()]{{1,60}}(?=[\s,.;:)]|$))?)?"
        ),
        apposition=re.compile(
            rf"(?:[ \t]?,|(?P<dash>[ ][-–]))[ \t]*(?:(?:{apposition_leads})[ ])?"  # "Eva Lund, til daglig leder af …", "Bo Dam - formand (A)"
            rf"(?:(?P<owner>[{UPPER}][{LOWER}]+s|[{UPPER}]{{2,}}['’]?s)[ ])?"  # "Eva Lund, KL's direktør"
            rf"(?:(?:{party_adjectives})[ ](?=[{LOWER}]))?"  # "Eva Lund, konservativ borgmester": the party's word
            rf"(?:(?P<adj>[{LOWER}]{{2,}}(?:{adjective_ends}))[ ](?=[{LOWER}]))?"  # "Eva Lund, etnisk repræsentant" on its own line
            rf"(?P<role>{role})(?P<tail>{portfolio_list}|[ ](?:for|i|hos|ved)[ ][\w][^\n,.()]{{1,60}})?"
            rf"(?:[ \t]*\((?P<party>{letter_alt})\))?"
            rf"(?(dash)(?:(?<=\))|(?=[ \t]*$)))"  # after a dash only in a list: a party letter or the line's end follows
            rf"(?(adj)(?=[ \t]*(?:$|/|{_BREAK_TAG}))|(?=[\s,.;:)/]|$|{_BREAK_TAG}))", re.M  # "…, observatør/suppleant": the first of two
        ),
        party_after=re.compile(rf"(?P<name>{name})[ \t]*,?[ \t]*\((?P<party>{party_alt})\)"),
        party_bracket=re.compile(rf"\((?:{party_alt})\)"),  # what a line with a party_after match holds
        label=Prefiltered(  # tried only where a label's first word begins
            re.compile(rf"(?m)(?<![\w-])(?P<label>{label_alt})[ \t]*:[ \t]*(?:\n[ \t]*)?(?P<name>{name})"),
            prefix_starts(labels, not_after=r"[\w-]"),
        ),
        label_before=re.compile(rf"(?<![\w-])(?P<label>{label_alt})[ \t]*:[ \t]*\Z"),
        byline=re.compile(
            rf"(?m)^[ \t]*(?:{'|'.join(data['byline_words'])})(?:[ ]|[ \t]*\n[ \t]*)(?P<name>{name})(?=[ \t]*(?:$|[·|,/-]))"
        ),
        comma_run=re.compile(rf"(?:{name})(?:,[ ](?:{name})){{3,}}"),
        party_after_any=re.compile(rf"(?P<name>{name})(?=[ \t]*\([A-ZÆØÅ]{{2,3}}\))"),
        # a line that is only a name and its party written out ("Eva Lund, Venstre"), as in presentations of members
        party_line=re.compile(rf"(?m)^[ \t]*(?P<name>{name}),[ ](?P<party>(?i:{trie_regex(forms)}))[ \t]*$"),
        credit=re.compile(
            # the label may be doubled ("Foto: Foto: Eva Lund") and a dash may follow it ("Tekst: - Bo Dam")
            rf"(?<![\w])(?:(?:{'|'.join(map(re.escape, more['credit_labels']))})[ \t]*:[ \t]*){{1,2}}(?:[-–][ \t]*)?(?P<name>{name})"
            rf"(?=[ \t]*(?:$|[/|,.·)]))", re.MULTILINE
        ),
        next_line_role=re.compile(
            rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<role>{role})(?:(?P<tail>[ ]for[ ][^\n]{{1,60}}?)(?=[ \t]*(?:\n|\Z)))?"
            rf"(?=[ \t]*(?:$|\n|[ ](?:af|for|i|hos|ved)[ ]|,))"),
        letters=frozenset(letters),
        stop=frozenset(data["not_name_words"]),
        particles=frozenset(particles),
        role_variants=dict(data["role_variants"]),
        role_labels=dict(labels),
        paren_role=re.compile(
            rf"[ \t]*\((?:(?P<lead>[^()\n,]{{1,60}}),[ ])?(?:(?i:{new_words})[ ])?(?P<role>{role})"
            rf"(?P<tail>[ ](?:for|i|hos|ved|på)[ ][\w][^()\n,]{{1,60}})?"
            rf"(?:,[ ](?P<trail>{letter_alt}))?(?:,[ ](?P<unit>[^()\n]{{1,80}}?))?"  # "(analysechef, VisitNordby)"
            rf"(?:\)|(?=[ \t]*\n[^()\n]{{1,60}}\)))"  # closed on the next line
        ),
        owner_role=re.compile(
            rf"(?<![\w])(?:[{UPPER}]?[{LOWER}]+s|[{UPPER}]{{2,}}(?:['’]|[ ])?s)[ ](?P<role>{role}),[ ](?P<name>{name})"
        ),
        body=re.compile(rf"(?i)[\w-]*(?:{'|'.join(map(re.escape, data['role_body_suffixes']))})"),
        kept_prefix=re.compile(rf"^(?:{'|'.join(map(re.escape, data['role_prefixes_kept']))})-"),
        base_role=re.compile(_role_regex(inflected=False)),
        role_after=re.compile(
            # a hometown set off by commas may stand before a relative clause ("Bo Dam, Nordby, der er formand …")
            rf"(?:[ \t]*\([^()\n]{{1,20}}\))?(?:,[ ][{UPPER}][{LOWER}]+(?=,[ ](?:der|som)[ ]))?"
            rf"(?:{clauses}|{more['role_after_as']})(?P<role>{_role_regex()})"
            rf"(?P<tail>[ ](?:for|i|hos|ved)[ ][\w][^\n,.()]{{1,60}})?(?=[\s,.;:)]|$|{_BREAK_TAG})"
        ),
        co_names=re.compile(rf"(?:{paren}?,[ ]{name}){{0,4}}{paren}?[ ](?:og|&)[ ]{name}"),
        list_role=re.compile(rf"[ ](?:på|for)[ ](?:{list_words})[ ](?P<party>{letter_alt}),?[ ](?P<name>{name})"),
        party_role=Prefiltered(  # tried only at a capital that begins a word and opens a party's genitive and a space
            re.compile(rf"(?<![\w-])(?=[{UPPER}])(?P<party>{genitive_alt})[ ](?:(?P<role>{role})[ ])?(?P<name>{name})"),
            re.compile(rf"[{UPPER}](?<![\w-](?s:.))(?<=(?=(?:{genitive_alt})[ ]).)"),
        ),
        # also set off by a comma after the role or a short phrase of it, the names closing the clause
        # ("politiassistenterne med lokalt kendskab, Eva Holm og Bo Dam.")
        role_list=re.compile(
            rf"(?P<link>[ ](?:{links}|{'|'.join(more['role_list_links'])})[ ](?:(?![.!?;:][ ])[^\n,]){{1,60}}?)?"
            rf"(?:(?P<colon>:)|(?P<apposed>,))?[ ](?P<names>{name}(?:{item_note}?,[ ]{name})*(?:{item_note}?,?[ ](?:og|&)[ ]{name})?)"
            rf"(?(apposed)(?=[ \t]*(?:[.;:]|$)|,[ ](?:der|som)[ ]))"  # or a relative clause after: "…, Eva Holm, som …"
        ),
        party_forms=forms,
        first_names=first_names(),
        not_person_first=re.compile(rf"(?i)\w*(?:{endings})"),
        not_person_last=re.compile(
            rf"(?i)[\w-]*(?:{'|'.join(map(re.escape, more['not_person_last_word_endings']))})"
            rf"|[\w-]{{3,}}(?:{'|'.join(map(re.escape, more['not_person_last_compound_endings']))})"
        ),
        any_role=re.compile(_role_regex()),
        name_then_role=re.compile(
            rf"(?<![{UPPER}])(?P<name>{name})(?=[ \t]*\((?:[^()\n,]{{1,60}},[ ])?{role}(?:[ ](?:for|i|hos|ved)[ ][^()\n,]{{1,60}})?(?:,[ ](?:{letter_alt}))?(?:\)|[ \t]*\n[^()\n]{{1,60}}\))|[ \t]?,[ ]{role}|(?:[ \t]*\([^()\n]{{1,20}}\))?(?:{clauses}){role})"
        ),
        role_verb_name=Prefiltered(  # tried only at "som " / "Som "
            re.compile(rf"(?<![\w])[Ss]om[ ](?P<role>{role})[ ](?:{'|'.join(more['role_first_verbs'])})[ ](?P<name>{name})"),
            re.compile(r"[Ss](?<![\w](?s:.))(?=om[ ])"),
        ),
        elected=re.compile(
            rf"(?<![\w])(?:{'|'.join(more['election_verbs'])}|{_perfect_election(more)})[ ]"
            rf"(?:(?:{'|'.join(more['election_adverbs'])})[ ])?(?P<name>{name}){_PARTY_BRACKET}[ ](?:som|til)[ ]"
            rf"(?:(?:ny|nyt|nye)[ ])?(?P<role>{role})(?![\w-])"
            # "… gør Eva Holm til borgmester og Bo Dam (S) til viceborgmester": a second holder and office after "og"
            rf"(?:(?:[ ](?:{'|'.join(more['election_office_tails'])}))?[ ]og[ ](?P<second>{name}){_PARTY_BRACKET}[ ]"
            rf"(?:som|til)[ ](?:(?:ny|nyt|nye)[ ])?(?P<second_role>{role})(?![\w-]))?"
        ),
        elected_colon=re.compile(
            rf"(?i:{'|'.join(more['elected_participles'])})[ ](?:som[ ]|til[ ])?(?P<role>{role})[ \t]*:[ \t]*(?P<name>{name})(?=[ \t]*(?:$|[,.;(]))",
            re.M,
        ),
        # "Borgermedlem, Eva Holm," on a line of its own in a list of participants: the role before the name
        role_comma_name=re.compile(
            rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<role>{role}),[ ](?P<name>{name})(?=,?[ \t]*$)"
        ),
        name_colon_role=re.compile(
            rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<name>{name}):[ ](?P<role>{role})(?=[ ](?:for|i|ved|hos)[ ]|,|[ \t]*$)"
        ),
        first_name_alone=re.compile(
            # the word start checked after the first capital: the regex engine skips to capitals
            rf"(?P<name>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+)(?:[ ](?:er|var|blev)[ ](?:\w+[ ]){{0,2}}?(?P<role>{role})"
            rf"(?![\w-])|[ ](?P<verb>{'|'.join(more['first_name_verbs'])})(?![\w-])"
            rf"|[ ](?P<cell>{role})(?=[ ]+[{UPPER}][{LOWER}]+[ ](?:[{LOWER}])|[ \t]*$))", re.M
        ),
        row_end_role=re.compile(
            rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<name>{name}),[ ][^\n()]{{1,80}}?[ ]\((?P<role>{role})\)[ \t]*$"
        ),
        speaker_heading=re.compile(
            rf"(?m)^[ \t]*(?:[^\n:–]{{1,40}}[ ][–-][ ])?(?P<name>{name})(?:[ ]\((?P<party>{party_alt})\))?[ \t]*:[ \t]*$"
        ),
        counted_role=re.compile(
            rf"(?i)(?<![\w])(?:\d+|{'|'.join(more['list_counts'])})[ ](?P<role>{_role_regex()})"
        ),
        furniture=frozenset(more["furniture"]),
        office_after=re.compile(rf"[ ](?:af|i)[ ][^\n,.;:()]{{1,60}}?[ ](?:og|samt)[ ](?P<role>{role})(?![\w-])"),
        surname_first=re.compile(
            rf"[ ]?(?P<last>{_NAME_WORD}),[ ](?P<first>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}?)[ ](?P<party>{letter_alt})(?=[ ]|$)",
            re.M,
        ),
        list_next=re.compile(rf"(?:,[ ]|[ ](?:og|&)[ ])(?P<name>{name})(?=[ \t]*(?:[,;.\n]|$|[ ](?:og|&|samt)[ ]))", re.M),
        written_by=re.compile(
            rf"(?<![\w])(?i:{'|'.join(map(re.escape, more['written_by']))})[ ](?P<name>{name})(?=[ \t]*(?:$|[.,;·|/]))", re.M
        ),
        stand_in_holder=re.compile(rf"[ \t]*(?:\((?:{letter_alt})\))?,[ ](?P<name>{name})(?=[ \t]*(?:[.;\n]|$|\((?:{letter_alt})\)))"),
        org_role_row=re.compile(rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<body>[{UPPER}][^\n,]{{3,80}},[ ]{role}(?=[ \t]*$|[ ][{UPPER}]))"),
        org_role_seg=re.compile(rf"(?m)(?P<body>[{UPPER}][^\n,]{{3,80}}?),[ ](?P<role>{role})(?:[ \t]*$|[ ](?=[{UPPER}]))"),
        party_heads=frozenset(more["party_name_heads"]),
        bare_role=re.compile(rf"[ ](?P<role>{role})(?=[ \t]*(?:$|[,.;]|[ ][{UPPER}]))", re.M),
        party_next_line=re.compile(
            rf"[ \t]*(?:<br[ ]?/?>)?[ \t]*(?:\n(?:[ \t]*\n)?[ \t]*{role}[ \t]*(?=\n))?"
            rf"\n(?:[ \t]*\n)?[ \t]*\((?P<party>{letter_alt})\)(?=[ \t]*(?:,|\.?$|\.[ ]))", re.M),  # "… Eva Holm\n(V)." wrapped
        second_role=re.compile(
            rf"{name}(?:,?[ \t]*\([^()\n]{{1,4}}\))?,[ ]{role}(?:[ ](?:for|i)[ ][^\n,()]{{1,60}})?,[ ]$"),
        applicant=re.compile(rf"(?<![\w])fra[ ](?P<name>{name})(?=:[ ]\d)"),
        and_last=re.compile(rf"(?P<run>{name}(?:,[ ]{name}){{2,8}})[ ](?:og|&)[ ](?P<last>{name})"),
        role_is_name=re.compile(
            rf"(?<![\w-])(?P<role>{_role_regex()})[ ](?:{'|'.join(more['role_is_verbs'])})[ ](?P<name>{name})"),
        role_is_gate=re.compile(rf"[ ](?:{'|'.join(more['role_is_verbs'])})[ ][{UPPER}]"),
        inline_letter=re.compile(
            rf"[ \t]*,[ ](?P<party>{letter_alt})(?=[ \t]*(?:$|[,;]|\.(?![ ]?[{UPPER}])|[ ](?:og|&)[ ]))", re.M),
        letter_item=re.compile(rf"{cell_sep}(?P<party>{letter_alt}){role_cell}{cell_end}", re.M),
        attendance=re.compile(
            rf"(?P<name>{name})(?P<more>(?:,[ ]{name}){{0,6}}[ ](?:og|&)[ ]{name})?"
            rf"[ ](?:{'|'.join(map(re.escape, more['attendance_after']))})(?![\w])"
            # the member stood in for: "Bo Dam deltog for Eva Lund", "… deltog i mødet i stedet for Eva Lund"
            rf"(?:(?:(?:[ ](?:i[ ]stedet|istedet))?[ ]for|(?<=[ ]for))[ ](?P<instead>{name}))?"),
        takes_over=re.compile(
            rf"(?i:{'|'.join(map(re.escape, more['left_office_words']))})[ ]som[ ](?P<role>{role})[^.\n]{{0,60}}?"
            rf",?[ ](?:og|mens)[ ](?P<name>{name})[ ](?:{'|'.join(more['takeover_verbs'])})[ ]"
            rf"(?:hans|hendes|dennes|posten|hvervet|pladsen|opgaven)(?![\w])"),
        party_apposition=re.compile(
            rf"(?P<name>{name}),[ ](?i:{trie_regex(forms)})(?=[ \t]*(?:[,.;]|$)|[ ](?:og|&)[ ])", re.M),
        letter_row=re.compile(
            rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?:(?P<role>{role})[ ])?(?P<name>{name}){cell_sep}(?P<party>{letter_alt})"
            rf"{role_cell}{cell_end}"),
        line_end_role=re.compile(rf"[ \t]*,[ ](?P<about>[^\n()]{{1,60}}?)[ ]\((?P<role>{role})\)[ \t]*$", re.M),
        link_words=frozenset([*more["org_links"], "og", "&", "samt"]),
        role_label=re.compile(
            rf"(?m)(?:^[ \t]*(?:[•*·-][ \t]*)?|(?<=[ \t])(?=[{UPPER}]))"  # mid-line a label is capitalised
            rf"(?:(?i:{'|'.join(more['office_item_leads'])})[ ])?(?P<label>{role})"
            rf"[ \t]*:[ \t]*(?P<name>{name})(?=[ \t]*(?:$|[,.;(]))"),
    )


_PORTFOLIO_LIST = re.compile(r"for[ ][\w][\w-]*(?:,[ ][\w][\w-]*){1,4}[ ]og[ ][\w][\w-]*")


def _role_with_body(role: str, tail: Optional[str], pat: _Patterns) -> str:
    """Keep "for <scope>" after a role only where the head says little alone.

    Heads such as "chef" keep a lower-case field of work up to an organisation ("chef for presse og
    kommunikation i X" → "chef for presse og kommunikation"); a named unit after "for" is not part of
    the title ("Chef for Center for Sundhed" → chef). Every other role is its head
    as the text says it: "formand for Socialudvalget" → formand, "konsulent for X" → konsulent; the
    body or organisation after "for" is a party of its own.
    """
    tail = (tail or "").rstrip(" ,")
    words = tail.split()
    if len(words) < 2 or words[0] != "for":
        return role
    head = role.casefold().rsplit(" ", 1)[-1]
    if head in people_cues()["portfolio_heads"] and _PORTFOLIO_LIST.fullmatch(tail.strip()):
        return f"{role} {tail.strip().casefold()}"  # "minister for By, Bolig og Landdistrikter": the portfolio is the title
    if head in people_cues()["scope_heads"] and words[1][:1].islower():
        kept = re.split(r"[ ](?:i|hos|ved|fra|på)[ ]", tail[len("for "):].lstrip(), maxsplit=1)[0]
        return f"{role} for {kept.rstrip(' ,')}" if kept.strip() else role
    return role


_WORD_MEMO_MAX = 1 << 15


def _by_word(fn: Any) -> Any:
    """``fn(word, pat)``, a pure function of a word and the patterns, remembered per word (for the
    patterns of the last call): the same role words come back in every document."""
    cache: dict[str, Any] = {}
    owner: list[Any] = [None]

    @functools.wraps(fn)
    def remembered(word: str, pat: _Patterns) -> Any:
        if owner[0] is not pat:
            cache.clear()
            owner[0] = pat
        try:
            return cache[word]
        except KeyError:
            pass
        value = fn(word, pat)
        if len(cache) >= _WORD_MEMO_MAX:
            cache.clear()
        cache[word] = value
        return value

    return remembered


@_by_word
def _base_role(word: str, pat: _Patterns) -> str:
    """A role word in its base form: "chefen" → "chef", "repræsentanter" → "repræsentant"."""
    low = word.casefold()
    for form, base in people_cues()["role_irregular"].items():
        for end in ("", "ne"):
            if low.endswith(form + end):
                return word[: len(word) - len(form + end)] + base
    if pat.base_role.fullmatch(word):
        return word
    for end in people_cues()["role_inflections"]:
        if low.endswith(end) and pat.base_role.fullmatch(word[: -len(end)]):
            return word[: -len(end)]
    return word


def _link_to_person(m: re.Match[str], pat: _Patterns) -> bool:
    """A plural role's link that names a person ("stedfortrædere for Eva Lund, Bo Dam og …"): the list
    names those the role stands in for, not its holders."""
    link = (m.group("link") or "").split()
    return len(link) > 1 and link[0] == "for" and link[1] in pat.first_names


@_by_word
def _plural_role(word: str, pat: _Patterns) -> bool:
    """Whether a role word is a plural ("repræsentanter", "medlemmer")."""
    base = _base_role(word, pat)
    return base != word and word.casefold()[len(base):] in ("er", "e", "erne", "ene", "ne") or (
        word.casefold().rsplit(" ", 1)[-1].endswith(
            tuple(f + end for f in people_cues()["role_irregular"] for end in ("", "ne"))
        )
    )


@_by_word
def _clean_role(role: str, pat: _Patterns) -> str:
    role = squash(role)
    if role.isupper() and len(role) > 3:
        role = role.lower()  # "ORDSTYRER: Eva Lund": a label in capitals
    role = _GLUED_DIGITS.sub("", role)  # "2Beskæftigelsesminister": a photo's number run into the caption's title
    glued = _GLUED_ROLE.search(role)  # "KærgaardSekretær": a line's last word run into the next line's label
    if glued and " " not in role[glued.end():] and pat.base_role.fullmatch(role[glued.end():].lower()):
        role = role[glued.end():]
    if not pat.kept_prefix.match(role):
        role = re.sub(rf"^[{UPPER}]{{2,}}-(?![ ])", "", role)  # "HR-chef"; "PR- og foreningskonsulent" keeps its first part
    role = re.sub(rf"^[{UPPER}]{{2,}}(?=-[ ](?:og|eller)[ ])", lambda m: m.group(0).lower(), role)
    prefix = None if pat.kept_prefix.match(role) else re.match(rf"([^\W\d]+)-(?=[{LOWER}])", role)
    if prefix and (prefix.group(1).casefold() in pat.party_forms
                   or prefix.group(1)[:1].isupper() and pat.base_role.fullmatch(role[prefix.end():])):
        role = role[prefix.end():]  # "Venstre-borgmester", "Greve-borgmester": party or town before the role
    role = lower_first(role)
    # "Børne- og Uddannelsesdirektør": the coordinated title's last part in lower case too
    role = re.sub(rf"^([{LOWER}]+-[ ](?:og|eller)[ ])([{UPPER}])(?=[{LOWER}]+$)", lambda m: m.group(1) + m.group(2).lower(), role)
    role = re.sub(rf"^(\d{{1,2}}\.[ ])([{UPPER}])(?=[{LOWER}])", lambda m: m.group(1) + m.group(2).lower(), role)
    if role[:1].isdigit():  # "1. næstformand", "2. viceborgmester": the office is the noun, the rank a detail
        role = re.sub(r"^\d{1,2}\.[ ]", "", role)
    pair = _ROLE_PAIR.fullmatch(role)
    if pair and all(pat.base_role.fullmatch(w.casefold()) for w in pair.groups()):
        role = pair.group(1)  # "bestyrelsesformand og boligdirektør": two offices, the first named is the role
    role = pat.role_variants.get(role.casefold(), role)
    head, _, last = role.rpartition(" ")
    base = _variant_ending(_base_role(last, pat), pat)
    role = f"{head} {base}" if head else base
    return pat.role_variants.get(role.casefold(), role)


def _variant_ending(word: str, pat: _Patterns) -> str:
    """A compound role word whose last part is a variant ("næstformanden", "viceborgmesteren"): that part
    in its usual form ("næstformand")."""
    low = word.casefold()
    for variant, usual in pat.role_variants.items():
        if len(low) > len(variant) and low.endswith(variant):
            return word[: len(word) - len(variant)] + usual
    return word


_INITIAL = re.compile(rf"[{UPPER}]\.")
_GLUED_ROLE = re.compile(rf"[{LOWER}](?=[{UPPER}][{LOWER}])")
_GLUED_DIGITS = re.compile(rf"^\d+(?=[{UPPER}{LOWER}])")
_ROLE_PAIR = re.compile(rf"([{LOWER}]+)[ ]og[ ]([{LOWER}]+)")


_LIST_ITEM_END = re.compile(rf",[ ][{UPPER}]")  # "…, Eva Holm Kloster, Bo Dam": a comma list's item ends there


@functools.lru_cache(maxsize=1)
def _clause_next() -> re.Pattern[str]:
    """The sentence goes on after the name with its verb ("Eva Holm Smed glæder sig", "…, Eva Holm Smed, mener"):
    the name's last word is a surname, not a heading run on after it."""
    cues = people_cues()
    verbs = re.longest_first({*cues["speech_verbs"], *cues["clause_verbs_after_name"]})
    return re.compile(rf"(?:,)?[ ](?:{'|'.join(map(re.escape, verbs))})(?![\w-])")


def _trim_name(text: str, start: int, end: int, pat: _Patterns) -> Optional[tuple[int, int]]:
    """Drop stop words at the edges of a name span; None when fewer than two words remain."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for i in range(len(words) - 1, 0, -1):  # "Kirke- gaard": one word a line broke at its hyphen
        if _BROKEN_WORD.match(text, words[i - 1][1] - 1) and words[i][0] == words[i - 1][1] + 1:
            words[i - 1:i + 1] = [(words[i - 1][0], words[i][1])]
    while words and (text[words[0][0]:words[0][1]] in pat.stop or not text[words[0][0]].isupper()
                     or pat.any_role.fullmatch(text, words[0][0], words[0][1])
                     or text[words[0][0]:words[0][1]] in _honorific_set()):
        if _month_given_name(text, words, pat):
            break  # "August Kragh", "Maj Berg": a month's name that is also a first name, before a surname
        words = words[1:]
    while words and (text[words[-1][0]:words[-1][1]] in pat.stop or not text[words[-1][0]].isupper()
                     or text[words[-1][1] - 1] == "." or pat.any_role.fullmatch(text, words[-1][0], words[-1][1])
                     or _file_label_word(text, *words[-1])):
        words = words[:-1]
    if len(words) > 2 and _company_before_form(text, *words[-1]):
        words = words[:-1]  # "Jan Boye Rasmussen Elplatek A/S": the firm's name after its director's
    while len(words) > 2 and _glued_word_before(text[words[0][0]:words[0][1]], text[words[1][0]:words[1][1]], pat):
        words = words[1:]  # "Indledning/Baggrund Eva Holm", "Mødelokale 3, Prøvestenen Bo Dam deltog"
    while len(words) > 2 and _heading_word(text[words[-1][0]:words[-1][1]], pat) and any(
            text[s:e] not in pat.first_names and not _INITIAL.fullmatch(text, s, e) for s, e in words[1:-1]) \
            and not _PARTY_NEXT.match(text, words[-1][1]) and not _LIST_ITEM_END.match(text, words[-1][1]) \
            and not _clause_next().match(text, words[-1][1]):
        words = words[:-1]  # "Sagsbehandler: Eva Holm Meddelelser Baggrund": headings glued after the name
        # ("Hans Peter Vinding" and "Jens S. Højland" keep their surnames: what is left would be given
        # names and initials only)
    for i in range(2, len(words) - 1):  # "Sagsbeh: Eva Holmbjerg Lovgrundlag Lov om …": two headings run on
        here, nxt = text[words[i][0]:words[i][1]], text[words[i + 1][0]:words[i + 1][1]]
        if _heading_word(here, pat) and nxt[:1].isupper() and common_word(nxt) and not known_surname(nxt) \
                and text[words[0][0]:words[0][1]].split("-")[0] in pat.first_names:
            words = words[:i]
            break
    for i in range(2, len(words)):  # "Sagsbeh: Eva Holm Nielsen Lovgrundlag Lov om …": a heading after a surname
        if i == len(words) - 1 and _clause_next().match(text, words[i][1]):
            break
        if known_surname(text[words[i - 1][0]:words[i - 1][1]]) and (
                _heading_word(text[words[i][0]:words[i][1]], pat) or _compound_heading(text[words[i][0]:words[i][1]], pat)):
            words = words[:i]  # … or "centerchef Michael Christensen Sagsoversigt 01. …"
            break
    while len(words) > 2 and _compound_heading(text[words[0][0]:words[0][1]], pat) \
            and text[words[1][0]:words[1][1]] in pat.first_names:
        words = words[1:]  # "1 Byrådsmøde Johnny Søtrup (Borgmester)(V)": the meeting's heading before the name
    if len(words) < 2:
        return None
    skip = 1 if _month_given_name(text, words, pat) else 0
    stops = [i for i, (s, e) in enumerate(words) if i >= skip and text[s:e] in pat.stop]
    if stops:
        rest = words[stops[-1] + 1:]  # "Ebeltoft Medlemmer Eva Holm (F)": a label run into a flattened list
        if len(rest) >= 2 and text[rest[0][0]:rest[0][1]].split("-")[0] in pat.first_names and not any(
                text[s:e] in pat.stop for s, e in rest):
            return rest[0][0], rest[-1][1]
        return None
    return words[0][0], words[-1][1]


_WORD_AFTER = re.compile(rf"[ ](?P<w>[{UPPER}][{LOWER}]+)(?![\w-])")
_THING_PREFIX_MIN = 2  # letters before a head in a compound ("Søgruppe"), so that the head alone is no match


def _file_label_word(text: str, start: int, end: int) -> bool:
    """A case file's label run on after a name, its stop or colon after it ("Ann Holm Sagsnr.: 12/345")."""
    return text[end:end + 1] in (".", ":") and text[start:end].lower().endswith(_FILE_LABEL_ENDINGS)


_FILE_LABEL_ENDINGS = tuple(people_cues()["file_label_endings"])
# a company form after a name (the parties' list): the word before it is the firm's own name, run on after the
# person who heads it ("direktør Jan Boye Rasmussen Elplatek A/S" → "Jan Boye Rasmussen")
_COMPANY_FORM_AFTER = re.compile(rf"[ ](?:{'|'.join(map(re.escape, cues()['parties']['company_forms']))})(?![\w])")


def _company_before_form(text: str, start: int, end: int) -> bool:
    """The last word of a name is a company's own name before its form ("… Elplatek A/S"): no known
    first name or surname."""
    word = text[start:end]
    return (_COMPANY_FORM_AFTER.match(text, end) is not None and not known_surname(word)
            and word not in first_names())


def _thing_head(word: str, compound: bool) -> bool:
    low = word.casefold()
    heads = people_cues()["name_thing_heads"]
    return low in heads or compound and any(
        low.endswith(h) and len(low) - len(h) >= _THING_PREFIX_MIN for h in heads)


def _names_a_thing(text: str, end: int, name: str) -> bool:
    """A name that is part of the name of a place, building, group or fund named after a person: a head
    word follows it on its line ("Dan Turells Plads", "Bo Dam Søgruppe") or ends it ("Ingrid Hallerne")."""
    after = _WORD_AFTER.match(text, end)
    if after and _thing_head(after.group("w"), compound=True):
        return True
    last = name.split()[-1]
    return (_thing_head(last, compound=False) and last.casefold() not in people_cues()["name_thing_surnames"]) \
        or place_compound(last)


def place_compound(word: str) -> bool:
    """A compound whose definite head names an estate or housing area ("Brogesparken", "Egevænget")."""
    low = word.casefold()
    return any(low.endswith(h) and len(low) - len(h) >= _THING_PREFIX_MIN + 1
               for h in people_cues()["name_place_compound_heads"])


@functools.lru_cache(maxsize=1)
def _kind_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A definite noun of a kind of thing right before or after a name ("kampagnen Bo Trygt", "foreningen
    Havnens Venner", "Bo Trygt kampagnen"; words in ``people.yaml``: thing_kind_nouns)."""
    kinds = "|".join(map(re.escape, people_cues()["thing_kind_nouns"]))
    return (re.compile(rf"(?<![\w-])(?:{kinds})[ ]\Z"), re.compile(rf"[ -](?:{kinds})(?![\w-])"))


_QUOTES = "”“\"«»„"


def _named_by_kind(text: str, start: int, end: int) -> bool:
    """A name that names a campaign, association or other thing: a noun of its kind stands next to it, or
    quotes close round it (”Bo Trygt”)."""
    before, after = _kind_words()
    if before.search(text, max(0, start - 20), start) or after.match(text, end):
        return True
    return 0 < start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES


@functools.lru_cache(maxsize=1)
def _saint_prefix() -> re.Pattern[str]:
    words = "|".join(map(re.escape, people_cues()["saint_prefixes"]))
    return re.compile(rf"(?<![\w.])(?:{words})[ ]\Z")


def _saint_before(text: str, start: int) -> bool:
    """"Skt. Hans Bål", "Sankt Peders Kirke", "Boligselskabet Sct. Jørgen": a saint's name names a feast, a
    church, a place or an organisation, not a person."""
    return bool(_saint_prefix().search(text, max(0, start - 8), start))


def _month_given_name(text: str, words: list[tuple[int, int]], pat: _Patterns) -> bool:
    """The first word is a stop word that is also a known first name ("August", "Maj") and a word
    that may be a surname follows it."""
    if len(words) < 2:
        return False
    first, nxt = text[words[0][0]:words[0][1]], text[words[1][0]:words[1][1]]
    nxt = nxt.rstrip(",.")
    return (first in pat.stop and first in pat.first_names and nxt[:1].isupper() and nxt not in pat.stop
            and not common_word(nxt) and not pat.any_role.fullmatch(nxt))


def _common_words_only(name: str, pat: _Patterns) -> bool:
    """A "name" of common Danish words only, none a first name: a unit or a heading ("Social
    Udvikling" in "Center for Social Udvikling (referent)", "Side Oplæg")."""
    return all(w.split("-")[0] not in pat.first_names and common_word(w) and not proper_word(w)
               for w in name.split())


def _place_unit(name: str, pat: _Patterns) -> bool:
    """A town or municipality that is no first name before a common noun: a unit or a plant named
    after its town ("Næstved Varmeværk (B)", "Skovby Frivilligcenter"), not a person."""
    words = name.split()
    if words[0].split("-")[0] in pat.first_names or not common_word(words[-1]) or proper_word(words[-1]):
        return False
    return load_gazetteers().town_or_municipality(words[0])


def _word_and_town(words: list[str], pat: _Patterns) -> bool:
    """A common word that is no first name before a town or municipality: a club, venue or firm named after
    its town ("Team Skovby", "Arena Nordby", "Production Site Nordby"), the mirror of :func:`_place_unit`."""
    if len(words) != 2 or words[0].split("-")[0] in pat.first_names or not common_word(words[0]):
        return False
    return load_gazetteers().town_or_municipality(words[1])


@functools.lru_cache(maxsize=1)
def _listed_portfolios() -> tuple[str, ...]:
    """The fields after "minister for" of the ministries' titles that list several with commas ("by, bolig og
    landdistrikter"): a comma inside them ends no role."""
    titles = (m.minister_title.casefold() for m in load_gazetteers().ministries)
    return tuple(sorted({t.split(" for ", 1)[1] for t in titles if " for " in t and "," in t}))


def _glued_word_before(word: str, nxt: str, pat: _Patterns) -> bool:
    """A common word that is no first name before a known first name: a heading, room or place
    run into the name on a flattened line ("Baggrund Pernille Madsen", "Prøvestenen Lars Holm",
    "…, 4320 Allerslev Erik Falkenberg (O)": the address's town before the first member)."""
    if nxt.split("-")[0] not in pat.first_names or word.split("-")[0] in pat.first_names or "-" in word:
        return False
    venue = word.casefold().endswith(tuple(people_cues()["venue_endings"]))
    return common_word(word) or venue and len(word) >= 8 or _settlement_word(word)


@functools.lru_cache(maxsize=1)
def _settlement_forms() -> frozenset[str]:
    gaz = load_gazetteers()
    places = (*gaz.towns, *gaz.villages, *gaz.localities)
    return frozenset(f for p in places for f in p.forms if " " not in f) | frozenset(
        m.name for m in gaz.municipalities if " " not in m.name)


def _settlement_word(word: str) -> bool:
    """A town, village or municipality of one word that is no surname too ("Allerslev"; not "Lund")."""
    return word in _settlement_forms() and not known_surname(word)


_PARTY_NEXT = re.compile(r"[ \t]*,?[ \t]*\([A-ZÆØÅ][\w.]{0,4}\)")  # "Eva Lund Skotte (EL)": a surname before its party


_HEADING_WORD_MIN = 6  # shorter common words are often surnames too ("Skov", "Holm", "Bach")


def _heading_word(word: str, pat: _Patterns) -> bool:
    """A capitalised common word that ends no name: a heading or subject glued after a name on a
    flattened line ("Meddelelser", "Kommunalvalg", "Indholdsfortegnelse")."""
    return (len(word) >= _HEADING_WORD_MIN and "-" not in word and word not in pat.first_names
            and not (word.endswith("s") and _SURNAME_END.search(word[:-1]))  # "Sørensens": a surname's genitive
            and not word.lower().endswith(_FARM_SURNAME_ENDINGS)  # "Klostergård", "Kjærsgaard": surnames too
            and common_word(word))


_FARM_SURNAME_ENDINGS = tuple(people_cues()["farm_surname_endings"])


def _compound_heading(word: str, pat: _Patterns) -> bool:
    """A capitalised compound of two common words that is no name ("Sagsoversigt", "Byrådsmøde")."""
    return (len(word) >= _HEADING_WORD_MIN and "-" not in word and word[:1].isupper() and word not in pat.first_names
            and not known_surname(word) and not word.casefold().endswith(_surname_endings())
            and linked_compound(word))


@functools.lru_cache(maxsize=1)
def _surname_endings() -> tuple[str, ...]:
    """Endings of Danish surnames ("-sen", "-strup", "-gaard"): a word with one is no heading."""
    return tuple(people_cues()["genitive_surname_endings"])


_LOWER_PART = re.compile(rf"-([{LOWER}]+)")


@functools.lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(people_cues()["street_words_after_genitive"])


def _name_ok(name: str, pat: _Patterns, bare: bool = False) -> bool:
    """Two to five name words; with ``bare`` a middle initial may lack its full stop."""
    words = name.split()
    if len(words) < 2 or len(words) > 5:
        return False
    if any(len(part) >= _HEADING_WORD_MIN and common_word(part) for part in _LOWER_PART.findall(name)):
        return False  # "Karen Blixen-kvarteret": a place named after a person
    if words[-1] in _street_words() and words[-2].endswith("s") and words[-2] not in pat.first_names:
        return False  # "Borgmester Finks Gade": a street named after a person's genitive
    def word_ok(w: str, inner: bool) -> bool:
        return bool(w in pat.particles or re.fullmatch(_NAME_WORD, w) or inner and w in _given_abbreviations() or _RUN_INITIALS.fullmatch(w)
                    or inner and bare and re.fullmatch(rf"[{UPPER}]", w))

    return word_ok(words[-1], False) and all(word_ok(w, i > 0) for i, w in enumerate(words[:-1]))


def _after_name(text: str, pos: int, pat: _Patterns) -> bool:
    """Whether a role at ``pos`` stands in apposition after a name ("Gitte Ravn, formand …")."""
    if text[max(0, pos - 2):pos] != ", ":
        return False
    if re.search(rf"{pat.name}(?:,?[ \t]*\([^()\n]{{1,4}}\))?,[ ]$", text[max(0, pos - 80):pos]) is not None:
        return True
    # "Bo Dam (A), formand for Planudvalget, ordstyrer …": a second role of the same apposition
    return pat.second_role.search(text[max(0, pos - 140):pos]) is not None


def _list_item(text: str, role_start: int, m: re.Match[str], pat: _Patterns) -> bool:
    """A capitalised role after a comma that ends in a personal name at the item's end starts the next
    item of a list ("Søren Holm, Repræsentant for Solgården Dorte Kvist, Lise Berg")."""
    if not text[role_start].isupper() or not _item_end(text, m.end("name")) or not _roles_lead(text, role_start, pat):
        return False
    return any(w.split("-")[0] in pat.first_names for w in m.group("name").split()[:-1])


_GENITIVE_SURNAME = re.compile(rf"(?:{'|'.join(people_cues()['genitive_surname_endings'])})s\Z")


def _known_surname_genitive(name: str) -> bool:
    """The name's last word is a known surname with a genitive s ("Henrik Dahls kommentar")."""
    last = name.rsplit(" ", 1)[-1]
    return len(last) > 3 and last.endswith("s") and known_surname(last[:-1]) and not known_surname(last)


_WORD_AFTER_SPACE = re.compile(r"[ ](?P<w>[^\W\d_][\w-]*)")


def _party_name_after(text: str, end: int) -> bool:
    """A political party's name right after the name ("overborgmester Eva Holms Socialdemokratiet"): its owner."""
    m = _WORD_AFTER_SPACE.match(text, end)
    return m is not None and m.group("w").casefold() in _party_name_forms()


_RUN_INITIALS = re.compile(rf"[{UPPER}]\.(?:[{UPPER}]\.)+")  # "J.C." before a further name word
_LINE_HYPHEN = re.compile(rf"(?<=[{LOWER}])-[ ](?=[{UPPER}])")
# A name word a flattened PDF line broke with its hyphen ("Jesper Kirke- gaard", "Mi- chael Holm"): joined
# without it; "Plan- og" is a suspended compound, no broken word.
_BROKEN_WORD = re.compile(rf"(?<=[{LOWER}])-[ ](?!(?:og|eller|samt|til)(?![{LOWER}]))(?=[{LOWER}]{{2,}})")
_SURNAME_END = re.compile(rf"(?:{'|'.join(people_cues()['genitive_surname_endings'][:2])})\Z")  # -sen, -son
_NOUN_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ ][a-zæøå]")
_BRACKET_CAPS = re.compile(r"\(([A-ZÆØÅ]{2,3})\)")
_INITIALS = re.compile(r"[ \t]*\((?P<ini>[A-ZÆØÅ]{2,3})\)")


def _initials(text: str, pat: _Patterns) -> dict[int, int]:
    """Names followed by their own initials in brackets, by the end of the name: an attendance list
    that marks each member with initials ("Vivi Nobel (VN), Sonja Frederiksen (SF)"). Only where at
    least two of the brackets are no party letters, so that "(SF)" after S. F. is read as initials."""
    brackets = [m.group(1) for m in _BRACKET_CAPS.finditer(text)]
    if sum(1 for ini in brackets if ini not in pat.letters) < 2:
        return {}  # most texts: no list of initials at all
    found: dict[int, int] = {}
    not_parties = 0
    for m in pat.party_after_any.finditer(text):
        ini = _INITIALS.match(text, m.end("name"))
        if ini and ini.group("ini") in _name_initials(m.group("name"), pat):
            found[m.end("name")] = m.start("name")
            not_parties += ini.group("ini") not in pat.letters
    return found if not_parties >= 2 else {}


def _party_read_from_initials(text: str, cand: Candidate) -> bool:
    """Whether the candidate's party is the initials in brackets after its name ("Sonja Frederiksen (SF)"),
    not the letter after them ("Kim Bonde (KB) A")."""
    ini = _INITIALS.match(text, cand.end)
    return ini is not None and cand.extra.get("party") in (None, ini.group("ini"))


def _name_initials(name: str, pat: _Patterns) -> set[str]:
    """The initials a list may give a name: of all its words, of the first and last, of the first two."""
    words = [w for w in name.split() if w not in pat.particles]
    if len(words) < 2:
        return set()
    first = [w[0] for w in words]
    return {"".join(first), first[0] + first[-1], first[0] + first[1]}


def _name_after_org(text: str, m: re.Match[str], pat: _Patterns) -> Optional[re.Match[str]]:
    """The personal name after a comma when the capitalised words after "<role> for" end an
    organisation or party, not a name ("formanden for Det Konservative Folkeparti, Lis Dahl")."""
    words = m.group("name").split()
    if words[0].split("-")[0] in pat.first_names and m.group("name").casefold() not in pat.party_forms:
        return None
    nxt = re.compile(rf",[ ](?P<name>{pat.name})").match(text, m.end("name"))
    if nxt and nxt.group("name").split()[0].split("-")[0] in pat.first_names:
        return nxt
    if nxt and text.startswith(", ", nxt.end("name")) and _plain_name(nxt.group("name"), pat):
        return nxt  # "Direktør for Foreningen Nabohjælp, Rikke Holm-Sand, træder ind …": a name between commas
    if nxt is None:  # the organisation goes on in lower-case words ("for X Fondens Støtte- og bevillingsafdeling, Eva Holm, …")
        rest = _ORG_REST.match(text, m.end("name"))
        nxt = re.compile(rf",[ ](?P<name>{pat.name})").match(text, rest.end()) if rest else None
        if nxt and _given_name(nxt.group("name").split()[0], pat) and text.startswith(", ", nxt.end("name")) \
                and _plain_name(nxt.group("name"), pat):
            return nxt  # set off by commas on both sides: an apposition to the role before
    return None


_ORG_REST = re.compile(r"[^\n,.;:!?()»«”“\"]{1,60}?(?=,[ ])")


def _plain_name(name: str, pat: _Patterns) -> bool:
    """Two or three capitalised words that end in no organisation or place word."""
    words = name.split()
    return 2 <= len(words) <= 3 and _name_ok(name, pat) and not pat.not_person_last.fullmatch(words[-1]) \
        and not pat.not_person_first.fullmatch(words[0]) and not any(area_like(w) for w in words)


def _roles_lead(text: str, pos: int, pat: _Patterns) -> bool:
    """The list holding ``pos`` puts roles before names: its first item (after the line's start or
    its label's colon) starts with a role ("Deltagere: Politiinspektør Eva Holm, …")."""
    line = text.rfind("\n", 0, pos) + 1
    colon = text.rfind(":", line, pos)
    first = re.compile(r"[ \t]*").match(text, colon + 1 if colon >= 0 else line).end()
    return first < pos and pat.any_role.match(text, first) is not None


_ROLES_AFTER_MIN = 2  # ", role" items on an unlabelled line that make it a list of names with roles after


def _labelled_names_first(text: str, pos: int, pat: _Patterns) -> bool:
    """The list holding ``pos`` opens with a name that a role follows after a comma: after a label
    ("Deltagere: Bent Holm, formand Eva Lund, …") or, on a line of such items alone, at the line's
    start ("Bo Dam Arkiplan, arkitekt Eva Lund Byggeselskabet, projektleder"): roles come after names."""
    line = text.rfind("\n", 0, pos) + 1
    colon = text.rfind(":", line, pos)
    if _roles_lead(text, pos, pat):
        return False  # "Til stede: Formand Eva Lund, næstformand Bo Dam": roles before names
    if colon < 0:
        stop = text.find("\n", pos)
        row = text[line: stop if stop >= 0 else len(text)]
        if len(re.findall(rf",[ ](?:{pat.role})(?![\w-])", row)) < _ROLES_AFTER_MIN:
            return False
    first = re.compile(rf"[ \t]*(?P<name>{pat.name})(?:,?[ \t]*\([^()\n]{{1,4}}\))?,[ ]").match(
        text, colon + 1 if colon >= 0 else line)
    return first is not None and pat.any_role.match(text, first.end()) is not None


def _role_dash_name(text: str, hit: re.Match[str], pat: _Patterns) -> Optional[re.Match[str]]:
    """The name after a capitalised role and a dash that opens a list entry ("Medlemmer: Borgmester -
    Eva Lund (C), Næstformand - Bo Dam (V)"), or None."""
    if not hit.group()[:1].isupper() or not re.search(r"(?:^|[:,;]|\n)[ \t]*\Z", text[max(0, hit.start() - 3):hit.start()]):
        return None
    return pat.dash_name.match(text, hit.end())


def _item_end(text: str, pos: int) -> bool:
    """Only a party in brackets, a comma, a semicolon, the line's end or "og" before the last item's capitalised
    role follows ``pos`` ("…, Afdelingsleder for Ungeenheden Mads Larsen og Chefkonsulent Signe Holm")."""
    return re.match(rf"[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*(?:[,;]|$|\n|\Z|og[ ][{UPPER}])", text[pos:pos + 30]) is not None


_ITEM_CLOSE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[,;.]|og\b|\n|$)")
_ITEM_GAP = re.compile(r"[ \t]*(?:[,;.][ \t]*)?(?:og[ \t]+)?")
_PAREN_NOTE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?")


_LETTER_AFTER = re.compile(r"[ \t]*\((?P<party>[A-ZÆØÅ]{1,2})\)")
# "Bo Dam (bod) V", "Bo Dam (BD) V", "Bo Dam (bod) VEva Holm …" (the letter glued to the next name)
_INITIALS_LETTER = re.compile(
    r"[ \t]*\((?:[a-zæøå]{2,8}\d?|[A-ZÆØÅ]{2,5})\)[ \t]+(?P<party>[A-ZÆØÅ]{1,2})(?=[\s,]|$|[A-ZÆØÅ][a-zæøå])")
_LETTERED_ENTRY = re.compile(r"\((?P<party>[A-ZÆØÅ]{1,2})\)")
_LETTERED_LINE_MIN = 3


def _listed_letter(text: str, end: int, pat: _Patterns) -> Optional[str]:
    """The letter in brackets right after an absentee's name in a members list whose other entries carry
    known party letters ("… Bo Dam (A) Eva Holm (FD) Kim Lund (V) …"): a local list's own letter too; a
    known letter after the member's initials ("Bo Dam (bod) V")."""
    letter = _letter_after_initials(text, end, pat)
    if letter is not None:  # "Bo Dam (BD) V": the letter after the initials, not the initials ("(LA)")
        return letter
    m = _LETTER_AFTER.match(text, end)
    if m is None:
        return None
    if m.group("party") in pat.letters:
        return m.group("party")
    line_start, line_end = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    known = sum(1 for x in _LETTERED_ENTRY.finditer(line) if x.group("party") in pat.letters)
    return m.group("party") if known >= _LETTERED_LINE_MIN else None


def _letter_after_initials(text: str, end: int, pat: _Patterns) -> Optional[str]:
    """A known party letter after the initials in brackets that follow a name at ``end`` ("Bo Dam (bod) V")."""
    m = _INITIALS_LETTER.match(text, end)
    return m.group("party") if m and m.group("party") in pat.letters else None


def _lone_title_before(text: str, role_start: int, role_end: int, pat: _Patterns) -> bool:
    """A capitalised title after a list's comma that opens the next item ("…, Thor Dam, Oberst Eva
    Holm, Kim Lund"): a name with a known first name follows and closes its item, and neither the
    item before nor the one after opens with a title (a list with each role after its name,
    "Bo Dam, Formand Eva Lund, Næstformand Kim Bak", gives each role to the name before it)."""
    if not text[role_start:role_start + 1].isupper():
        return False
    nxt = re.compile(rf"[ ](?P<name>{pat.name})").match(text, role_end)
    if not nxt or nxt.group("name").split()[0].split("-")[0] not in pat.first_names:
        return False
    if not _ITEM_CLOSE.match(text, nxt.end()):
        return False
    after = _ITEM_GAP.match(text, _PAREN_NOTE.match(text, nxt.end()).end()).end()
    if pat.any_role.match(text, after):
        return False
    comma = text.rfind(",", 0, role_start)
    if comma < 0 or text[comma + 1:role_start].strip():
        return False
    line = text.rfind("\n", 0, comma) + 1
    sep = max(text.rfind(",", line, comma), text.rfind(":", line, comma))
    before = re.compile(r"[ \t]*").match(text, sep + 1 if sep >= 0 else line).end()
    return pat.any_role.match(text, before) is None


def _role_of_next(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """An apposition's role belongs to the personal name right after it ("Dorte Kvist, Afdelingsleder
    Lise Berg"; "…, Repræsentant for Solgården Dorte Kvist"); a capitalised title right before a name
    that opens with a known first name always does ("Bo Dam, Oberst Eva Holm, …")."""
    nxt = re.compile(rf"[ ](?P<name>{pat.name})").match(text, m.end("role"))
    if not m.group("tail") and _lone_title_before(text, m.start("role"), m.end("role"), pat):
        return True  # "Bo Dam, Kaptajn Eva Holm, Kim Lund": a capitalised title after the comma opens the next item
    if not _roles_lead(text, m.start(), pat):
        # "Afbud: Eva Berg, suppleant Kim Lund deltog": a stand-in role before a name is the next one's
        return bool(nxt and not m.group("tail")
                    and _lone_stand_in(text, m.start("role"), m.group("role"), nxt.group("name"), pat))
    if nxt and nxt.group("name").split()[0].split("-")[0] in pat.first_names:
        return True
    tail = m.group("tail")
    if not tail or not _item_end(text, m.end("tail")):
        return False
    words = tail.split()
    return len(words) >= 4 and any(w in pat.first_names for w in words[2:-1]) and all(
        w[:1].isupper() for w in words[-2:])


def _stand_in_before(role: str, name: str, pat: _Patterns) -> bool:
    """A stand-in role ("suppleant") right before a personal name that opens with a known first name."""
    return (_clean_role(role, pat) in people_cues()["stand_in_roles"]
            and name.split()[0].split("-")[0] in pat.first_names)


def _lone_stand_in(text: str, role_start: int, role: str, name: str, pat: _Patterns) -> bool:
    """"Afbud: Eva Berg, suppleant Kim Lund deltog": the only ", role" of its line is a stand-in role
    before a personal name, so the name after it is the stand-in's (not a list of roles after names)."""
    line = text.rfind("\n", 0, role_start) + 1
    stop = text.find("\n", role_start)
    row = text[line: stop if stop >= 0 else len(text)]
    roles_after = re.findall(rf",[ ](?:{pat.role})(?![\w-])", row)
    return len(roles_after) == 1 and _stand_in_before(role, name, pat)


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]


def _extend_model_name(text: str, start: int, end: int, pat: _Patterns) -> tuple[int, int]:
    """Grow a model name over name words it left out on its line.

    A first name or initial before it ("H." + "Kristian Thygesen"), name words from the start of
    a list line ("Torsten" + "Bisgaard Nielsen (fraværende)"), and a surname after a name that ends
    in a first name ("Anne Marie" + "Kjeldgaard") or before a word in -sen ("Søren Pape" + "Poulsen").
    """
    line_start = text.rfind("\n", 0, start) + 1
    lead = re.match(r"[ \t]*(?:[•*·|-][ \t]*)?", text[line_start:start]).end() + line_start
    before = text[lead:start]
    if before and re.fullmatch(rf"(?:{_NAME_WORD}[ ]){{1,2}}", before) and not _has_stop(before, pat):
        start = lead
    for _ in range(2):
        m = re.search(rf"(?<![\w.-])(?P<w>{_NAME_WORD}|(?:[{UPPER}]\.){{2,}})[ ]$", text[max(0, start - 25):start])
        if not m or m.group("w") in pat.stop:
            break
        word = m.group("w")
        if word not in pat.first_names and not re.fullmatch(rf"(?:[{UPPER}]\.)+", word):
            break
        start -= len(m.group(0))
    last = text[start:end].rsplit(" ", 1)[-1]
    m = re.match(rf"[ ](?P<w>{_NAME_WORD})(?![\w-])", text[end:end + 30])
    if m and _SURNAME_END.search(m.group("w")) and m.group("w") not in pat.stop:
        return start, end + m.end()  # "Søren Pape" + "Poulsen": a surname the model left out
    item = _ITEM_SURNAME.match(text, end)
    if item and text[max(0, start - 2):start] == ", " and _surname_word(item.group("w"), pat):
        return start, item.end("w")  # "…, Eva Holm Bak, …": the last word of a list item
    if last in pat.first_names:
        m = re.match(rf"[ ](?P<w>{_NAME_WORD})(?![\w.-])", text[end:end + 30])
        if m and m.group("w") not in pat.stop and not pat.base_role.fullmatch(m.group("w")):
            end += m.end()
            initial = re.fullmatch(rf"[{UPPER}]\.", m.group("w"))
            m = re.match(rf"[ ](?P<w>{_NAME_WORD})(?![\w-])", text[end:end + 30])
            if m and (initial or _SURNAME_END.search(m.group("w"))) and m.group("w") not in pat.stop \
                    and not m.group("w").endswith("."):
                end += m.end()  # "Søren" + "Holt Poulsen"; "Jens" + "S. Højland": a surname after an initial
    return start, end


_PARTY_CELL_BELOW = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*\((?P<party>[^()\n]{1,3})\)[ \t]*(?:\n|$)")
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}][\w-]*[ ]$")


# "Hansen (V): Jeg er enig …": a member named by one word and a party letter opening a remark
_ONE_WORD_SPEAKER = re.compile(rf"(?m)^[ \t]*(?P<name>[{UPPER}][{LOWER}]{{2,}})[ ]\((?P<party>[{UPPER}]{{1,3}})\):[ ]+\S")
_ONE_WORD_SPEAKERS_MIN = 3


def _one_word_speakers(text: str, pat: _Patterns, out: list[Candidate]) -> None:
    """Members named by one word (a first name or a surname) with their party letter, each opening a
    remark in a round of remarks ("Hansen (V): …" / "Birgit (A): …" / "Dam (Ø): …"): at least three
    such lines with known party letters make the round; one line alone may be anything. These are
    candidates only: a name of one word is no person fact (``_one_word_name``)."""
    if "):" not in text:
        return
    heads = [m for m in _ONE_WORD_SPEAKER.finditer(text)
             if m.group("party") in pat.letters and not common_word(m.group("name"))]
    if len({m.group("name") for m in heads}) < _ONE_WORD_SPEAKERS_MIN:
        return
    full = {w for c in out if " " in c.name for w in c.name.split()}
    for m in heads:
        if m.group("name") in full:
            continue  # "Lund (S)" where "Bo Lund" is named in full: the same member
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "person", 1,
                             {"role": None, "party": m.group("party")}))


@functools.lru_cache(maxsize=1)
def _first_name_verb_gate() -> re.Pattern[str]:
    """A verb of ``first_name_alone`` after a space (what a line with a match of its verb form holds)."""
    return re.compile(rf"[ ](?:{'|'.join(people_cues()['first_name_verbs'])})(?![\w-])")


def _first_names_alone(text: str, pat: _Patterns, out: list[Candidate], role_ends: Optional[set[int]] = None) -> None:
    """A known first name written alone in minutes, before what the member did or is ("Birgit
    foreslog …", "Jørgen er referent"); not where a full name with that first name is found. With
    ``role_ends`` (:func:`_role_end_positions`) only the lines where a role word ends or a verb of the
    pattern stands are scanned (a match holds no line break, and a role or such a verb)."""
    full = {c.name.split()[0] for c in out if " " in c.name}
    if role_ends is None:
        matches = pat.first_name_alone.finditer(text)
    else:
        lines = set(_role_lines(text, role_ends))
        lines.update(line_of(text, hit.start()) for hit in _first_name_verb_gate().finditer(text))
        finditer = pat.first_name_alone.finditer
        matches = (m for start, end in sorted(lines) for m in finditer(text, start, end))
    for m in matches:
        name = m.group("name")
        if name not in pat.first_names or name in full or common_word(name):
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Anne Marie foreslog": the end of a longer name
        if m.group("cell") and not m.group("cell")[:1].islower():
            continue  # "Ordstyrer: Peter Næstformanden": a heading word, no role cell
        written = m.group("role") or m.group("cell")  # "Jørgen er referent", "Lisbet mødeleder Mogens ordstyrer"
        if m.group("role") and _left_office(m.group()):
            written = None  # "Bjarke er stoppet som sekretær": an office left
        role = _clean_role(written, pat) if written else None
        out.append(Candidate(m.start("name"), m.end("name"), name, "person", 1, {"role": role, "party": None}))


_ROLE_GROUP = re.compile(rf"(?m)^[ \t]*(?P<label>[{UPPER}][{LOWER}]+)[ \t]*(?:\([^()\n]{{0,60}}\))?[ \t]*:[ \t]*\n")
_GROUP_ROWS_MAX = 12


def _role_group_rows(text: str, pat: _Patterns, add: Any) -> None:
    """Names one a line under a heading that is a plural role ("Suppleanter (deltog under punkt 1-5):"
    over "Eva Holm" / "Bo Dam"): each has that role, up to a blank line or another line."""
    row_name = re.compile(rf"[ \t]*(?P<name>{pat.name})[ \t]*(?:\n|\Z)")
    members = people_cues()["membership_roles"]
    # a heading ends its line with a colon: tried only at the start of such lines (each match is one line)
    for hit in _COLON_LINE.finditer(text):
        m = _ROLE_GROUP.match(text, text.rfind("\n", 0, hit.start()) + 1)
        if m is None:
            continue
        label = m.group("label")
        if not _plural_role(label.casefold(), pat):
            continue
        role = _base_role(label.casefold(), pat)
        if role in members:
            continue  # "Medlemmer:": membership is no office
        pos = m.end()
        for _ in range(_GROUP_ROWS_MAX):
            row = row_name.match(text, pos)
            if row is None:
                break
            add(row.start("name"), row.end("name"), 3, role=role)
            pos = row.end()


_NAME_ROW = re.compile(rf"(?m)^[ \t]*(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ ]){{1,7}}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]*$")
_COLUMN_ROWS_MIN = 3  # rows of a block that cut into two names each


def _column_rows(text: str, pat: _Patterns, out: list[Candidate]) -> None:
    """Names in a members table of two columns flattened to lines, two names a row ("Eva Lund Holm
    Bo Dam", "Kim Berg Susan Krag"): a block of consecutive rows of capitalised words of which at
    least three cut into two names, and most names open with a known first name. The rows' names
    replace what other rules read there (they win the overlap)."""
    blocks: list[list[re.Match[str]]] = []
    for m in _NAME_ROW.finditer(text):
        if blocks and text.count("\n", blocks[-1][-1].end(), m.start()) == 1:
            blocks[-1].append(m)
        else:
            blocks.append([m])
    for rows in blocks:
        if len(rows) < _COLUMN_ROWS_MIN:
            continue
        spans: list[tuple[int, int]] = []
        cut = 0
        for row in rows:
            pair = column_pair(text, row.start(), row.end())
            cut += bool(pair)
            words = len(text[row.start():row.end()].split())
            if pair:
                spans.extend(pair)
            elif words <= 3:
                start = row.start() + len(row.group()) - len(row.group().lstrip())
                spans.append((start, row.start() + len(row.group().rstrip())))
        names = [text[a:b] for a, b in spans]
        if cut < _COLUMN_ROWS_MIN or 3 * sum(_given_name(n.split()[0], pat) for n in names) < 2 * len(names):
            continue
        for a, b in spans:
            out.append(Candidate(a, b, squash(text[a:b]), "person", 4, {"role": None, "party": None}))


_GLUED_NAME = re.compile(rf"([{UPPER}][{LOWER}]+)[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?")


def _place_and_noun(name: str, pat: _Patterns) -> bool:
    """A place name and a common noun, no known first name: a firm or plant ("Holbæk Fjernvarme")."""
    words = name.split()
    return (len(words) == 2 and area_like(words[0]) and not _given_name(words[0], pat)
            and _heading_word(words[-1], pat))


def _first_name_only(name: str, pat: _Patterns) -> bool:
    """A single word of a members list that is a person: a known first name, as a small board
    lists its members ("Til stede: Eva, Bo"), or one glued to the surname ("OleHansen-Berg")."""
    word = name.strip()
    if " " in word:
        return False
    glued = _GLUED_NAME.fullmatch(word)
    return word.split("-")[0] in pat.first_names or bool(glued and glued.group(1) in pat.first_names)


_BOARD_MIN_NAMES = 3  # single-word names in a meeting's lists that show a board naming its members so
_BOARD_MIN_KNOWN = 2  # of them known first names


# a person's age as an adjective before the full name ("37-årige Melisa Damgaard", "den 59-årige Bo Holm")
_AGE_ADJECTIVE = people_cues()["age_adjective"]
_AGED_NAME = re.compile(
    rf"(?<![\w-])\d{{1,3}}-{_AGE_ADJECTIVE}[ ](?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:[ ][{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}})(?![\w-])"
)


def _first_name_board(meeting: Any, pat: _Patterns) -> bool:
    """Whether the meeting's attendance lists name the members by first name alone ("Deltagere:
    Gitte, Vagn, Lone og Sune. Afbud: Eskild"): most names are single words, some of them known
    first names."""
    names = [a.name for a in getattr(meeting, "participants", []) or []] + list(getattr(meeting, "absent", []) or [])
    names = [_without_plural_lead(n, pat) for n in names]
    single = [n for n in names if n and " " not in n.strip()]
    known = sum(n.split("-")[0] in pat.first_names for n in single)
    if len(single) >= 2 and len(single) == len(names) and known >= 1:
        return True  # "Fraværende: Per og Jonny": every name a first name
    return len(single) >= _BOARD_MIN_NAMES and known >= _BOARD_MIN_KNOWN and 2 * len(single) > len(names)


def _double_first_names(text: str, attendees: list[Any], pat: _Patterns) -> list[Any]:
    """The attendance list's names with two first names read apart but written with only a space
    between them joined again: one person with a double first name ("Anne Marie (12), Bo (14)")."""
    out: list[Any] = []
    for a in attendees:
        prev = out[-1] if out else None
        if (prev is not None and prev.end is not None and a.start == prev.end + 1 and text[prev.end] == " "
                and " " not in prev.name and " " not in a.name and prev.party is None
                and _given_name(prev.name, pat) and _given_name(a.name, pat)
                and not re.match(r"[ ][A-ZÆØÅ]", text[a.end:a.end + 2])  # no third name word: a list written without commas
                and not re.search(r"[A-Za-zæøåÆØÅ][ ]\Z", text[max(0, prev.start - 2):prev.start])):
            out[-1] = prev.model_copy(update={"name": f"{prev.name} {a.name}", "end": a.end, "party": a.party})
            continue
        out.append(a)
    return out


def _without_plural_lead(name: str, pat: _Patterns) -> str:
    """An attendance list's name without the plural role word that opens the list and was read with
    its first name ("Bestyrelsesmedlemmer Eva" → "Eva")."""
    lead, _, rest = name.strip().partition(" ")
    return rest if rest and " " not in rest and _plural_role(lead, pat) else name


_LABEL_FIRST_NAME = re.compile(rf"(?m)(?<![\w-])(?P<label>[{UPPER}][{LOWER}]+)[ \t]*:[ \t]*(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?=(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*(?:$|[,.;]|[–-][ ]))")


def _board_labels(text: str, pat: _Patterns, out: list[Candidate]) -> None:
    """On a first-name board, a first name alone after a role label ("Referent: Jane", "Ordstyrer: Vita –"):
    a candidate only, as a name of one word is no person fact (``_one_word_name``)."""
    taken = [(c.start, c.end) for c in out]
    for m in _LABEL_FIRST_NAME.finditer(text):
        role = pat.role_labels.get(m.group("label")) or pat.role_labels.get(m.group("label").lower())
        if role is None or not _board_first_name(m.group("name"), pat) or overlaps(m.start("name"), m.end("name"), taken):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "person", 2,
                             {"role": _clean_role(role, pat), "party": None}))


_WORD_BEFORE = re.compile(rf"(?:^|[:,][ ]|[ ]og[ ])(?P<role>[{LOWER}]+)[ ]\Z")


def _role_word_before(text: str, start: int, pat: _Patterns) -> Optional[str]:
    """A lower-case role word right before a first name in a list ("driftsleder Bent")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return _clean_role(m.group("role"), pat) if m and pat.base_role.fullmatch(m.group("role")) else None


_BOARD_WORD = re.compile(rf"[{UPPER}][{LOWER}]{{1,15}}(?:-[{UPPER}][{LOWER}]+)?")


def _board_first_name(name: str, pat: _Patterns) -> bool:
    """A single capitalised word of a first-name board's list that is no common word, place or role."""
    word = name.strip()
    return bool(_BOARD_WORD.fullmatch(word)) and not common_word(word) and not area_like(word) \
        and word not in pat.stop and not pat.base_role.fullmatch(word.lower())


def _one_word_name(name: str) -> bool:
    """A name of one word ("Gitte", "Anne-Marie"): a small board's list names its members so, but the
    name alone does not tell a reader who the person is, so it is no person fact (it stays in the
    meeting's participants and absentees)."""
    return " " not in name.strip()


_FIELD_LINK_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(re.longest_first(people_cues()['field_links_before_mark']))})[ ]$")


def _given_name(word: str, pat: _Patterns) -> bool:
    """A known first name, or a double first name with a known part ("Maj-Britt")."""
    names = pat.first_names
    # a word without a hyphen is its only part: one set look-up, no split
    return word in names or ("-" in word and any(part in names for part in word.split("-")))


_ITEM_SURNAME = re.compile(rf"[ ](?P<w>[{UPPER}][{LOWER}]+)(?=,[ ]|[ ](?:og|&)[ ])")


def _surname_word(word: str, pat: _Patterns) -> bool:
    """A capitalised word that may end a personal name: no common word, place, role or stop word."""
    return not (word in pat.stop or common_word(word) or area_like(word) or pat.any_role.fullmatch(word))


def _has_stop(words: str, pat: _Patterns) -> bool:
    return any(w in pat.stop or pat.base_role.fullmatch(w) for w in words.split())


def _model_name_ok(span: str, pat: _Patterns) -> bool:
    """Reject model names that are places, rooms, units, party names or page furniture."""
    words = span.split()
    if not words or area_like(span) or _NOT_PERSON.search(span) or area_like(words[0]):
        return False
    if span.casefold() in pat.furniture or words[-1].casefold() in pat.party_heads:
        return False
    if words[0] in people_cues()["place_prefixes"]:
        return False
    if words[0].split("-")[0] not in pat.first_names and _heading_word(words[0], pat):
        return False  # "Revisionsfirmaet Albjerg", "Meddelelser Aktuel": a firm or a heading, no name
    if _common_words_only(span, pat):
        return False  # "Side Oplæg": page furniture and a heading
    if _word_and_town(words, pat):
        return False  # "Team Skovby", "Arena Nordby": a club, venue or firm named after its town
    return not pat.not_person_first.fullmatch(words[0]) and not pat.not_person_last.fullmatch(words[-1])


_LIST_ITEM = re.compile(r"(?:^|[,;:][ \t]*)\Z")


def _heading_after_place(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """A model name of an unknown first word and a common word after it that is no item of a list of
    names: a place or firm run into a heading or subject ("Outrup Kultur", "Løgumkloster Fjernvarme");
    "…, Ingvard Ladefoged, …" between commas stays a name."""
    words = text[start:end].split()
    if words[0].split("-")[0] in pat.first_names or not _heading_word(words[-1], pat):
        return False
    before = text[max(0, start - 3):start]
    if _LIST_ITEM.search(before) and re.match(r"[ \t]*(?:[,;]|$)", text[end:end + 3], re.M):
        return False
    verbs = people_cues()["speech_verbs"]
    said = text[max(0, start - 16):start].split()[-1:] + text[end:end + 16].split()[:1]
    party = re.match(r"[ \t]*\(", text[end:end + 3])
    return not (party or any(w.strip(",.").casefold() in verbs for w in said))  # "siger Ingvard Ladefoged"


_ORG_BEFORE = re.compile(r"[&+][ ]$")
_ORG_HEAD_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]+[ ]for[ ]\Z")  # "Center for ", "Udvalget for "
_ORG_AFTER = re.compile(rf"\.?[ ]?[{UPPER}][{LOWER}]+(?:s|['’])[ ][{UPPER}]")


def _inside_org_name(text: str, start: int, end: int) -> bool:
    """A name inside an organisation's name: "Grethe & Poul Vinds' Almennyttige Legat"."""
    return bool(_ORG_BEFORE.search(text[max(0, start - 2):start]) or _ORG_AFTER.match(text, end))


def _name_start(
    text: str, start: int, end: int, per: list[tuple[int, int]], blocked: list[tuple[int, int]], pat: _Patterns
) -> int:
    """Where the name begins in capitalised words after "<role> for <organisation>".

    After an organisation the parties found, at a model name, at a first name, after a body
    ("for Social- og Arbejdsmarkedsudvalget Birthe Nørgaard"), else at the last two words.
    """
    words = _words(text, start, end)
    if len(words) <= 2:
        return start
    starts = [w[0] for w in words[:-1]]
    ends_inside = [b_end for b_start, b_end in blocked if start <= b_end < end and b_start < b_end]
    if ends_inside:
        after = [s for s in starts if s >= max(ends_inside)]
        if after:
            return after[0]
    for p_start, p_end in per:
        if p_start in starts and p_start > start and " " in text[p_start:p_end].strip():
            i = starts.index(p_start)
            for _ in range(2):  # "for Socialudvalget Bente" + "Kruse Villadsen": a first name the model left out
                if i == 0 or not _given_name(text[words[i - 1][0]:words[i - 1][1]], pat):
                    break
                i -= 1
            return starts[i]
    for s, e in words[:-1]:  # a double first name counts by either part ("May-Britt", "Anne-Mette")
        if any(part in pat.first_names for part in text[s:e].split("-")):
            return s
    body = pat.body.match(text, start)
    if body and body.end() < end and text[body.end()] == " " and body.end() + 1 in starts:
        return body.end() + 1
    before = text[max(0, start - 30):start].split()
    if before and before[-1][:1].islower() and before[-1] not in pat.link_words:
        return start  # "chef for fundraising Steffen Ravn Holm": a lower-case scope ends before the name
    if before and len(words) <= 3 and re.fullmatch(rf"[{UPPER}\d&-]{{2,}}", before[-1]):
        return start  # "adm. dir. i BO-NORD Ulrik Bang Holt": an acronym ends the organisation
    return words[-2][0]


@functools.lru_cache(maxsize=1)
def _scan_gates() -> dict[str, Any]:
    """What the text must hold for some full-text scans of :func:`_candidates` to match at all: a
    word their patterns write case-sensitively, or the place where a case-insensitive one can
    begin. The scan is skipped without it (the same candidates, fewer scans)."""
    more = people_cues()
    return {
        "takes_over": tuple(f" {verb} " for verb in more["takeover_verbs"]),
        "elected": tuple(f"{verb} " for verb in [*more["election_verbs"], *more["elected_participles"]]),
        # where a participle can begin (case-insensitive; found by its first letter)
        "elected_colon": prefix_starts(more["elected_participles"], not_after="(?!)", ignore_case=True),
        "written_by": prefix_starts(more["written_by"], not_after="(?!)", ignore_case=True),
        "credit": tuple(more["credit_labels"]),
    }


_CREDIT_INITIALS = re.compile(rf"(?:[{UPPER}]\.){{1,3}}[ ][{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")  # "Tekst: H.C. Holm"


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    return any(part in text for part in parts)


_COLON_NAME = re.compile(rf":[ \t]*[{UPPER}]")  # what a line with a role_label match holds


# What a line with an owner_role match holds (", " before the name's capital; the pattern reaches over
# no line break; a line with a party_after match holds ``party_bracket``).
_COMMA_NAME = re.compile(rf",[ ][{UPPER}]")
_COLON_SPACE = re.compile(r":[ ]")  # what a line with a name_colon_role match holds (within a line)
_COMMA_SPACE = re.compile(r",[ ]")  # what a line with a role_comma_name match holds
_COLON_DIGIT = re.compile(r":[ ]\d")  # what a line with an applicant match holds (after the name)
_CLOSED_LINE = re.compile(r"\)[ \t]*(?=\n|\Z)")  # what a line with a row_end_role match holds: its end
_COLON_LINE = re.compile(r":[ \t]*(?=\n|\Z)")  # what a line with a speaker_heading match holds: its end


@functools.lru_cache(maxsize=1)
def _line_gates() -> dict[str, re.Pattern[str]]:
    """What a line with a match of the attendance or the party_apposition pattern holds."""
    after = "|".join(map(re.escape, people_cues()["attendance_after"]))
    return {
        "attendance": re.compile(rf"[ ](?:{after})(?![\w])"),
        "party_apposition": re.compile(rf",[ ](?i:{trie_regex(_party_forms())})"),
    }


def _role_lines(text: str, role_ends: set[int]) -> list[tuple[int, int]]:
    """The (start, end) of the lines where a role word ends, in text order."""
    return sorted({line_of(text, end - 1) for end in role_ends if end > 0})


def _name_then_role(text: str, pat: _Patterns, role_ends: Optional[set[int]]) -> Iterator[re.Match[str]]:
    """What ``pat.name_then_role.finditer(text)`` gives. A match is a name and a role on the name's line
    after it (the only look-ahead past the line is a bracket closed on the next line), and it holds no
    line break: only the lines with a role's end (``role_ends``) are scanned, each with the next line in
    reach of the look-ahead."""
    if role_ends is None:
        yield from pat.name_then_role.finditer(text)
        return
    finditer = pat.name_then_role.finditer
    for line_start, line_end in _role_lines(text, role_ends):
        reach = text.find("\n", line_end + 1) if line_end < len(text) else -1
        for m in finditer(text, line_start, len(text) if reach < 0 else reach):
            if m.start() >= line_end:
                break
            yield m


def _after_word_tail(text: str, start: int, end: int) -> Optional[int]:
    """Where a name found from its end begins: after its first word when that word is an initial that
    is the tail of a longer word ("DAGSORDEN. Jens Peter Jellesen (V)": "N." is no initial), None when
    no name of two words is left. A whole name word glued to a label stays ("IndkaldelseBo Lund")."""
    space = text.find(" ", start, end)
    if start == 0 or not text[start - 1].isalnum() or space < 0 or text[space - 1] != ".":
        return start
    if text.find(" ", space + 1, end) < 0:
        return None
    return space + 1


_PARTY_BRACKET = r"(?:[ ]\([^()\n]{1,20}\))?"  # a party letter or list in brackets after a holder's name


def _perfect_election(more: dict[str, Any]) -> str:
    """An election in the perfect tense, an adverb of time between ("har i dag udpeget", "har netop valgt")."""
    adverbs = "|".join(re.escape(a) for a in more["perfect_election_adverbs"])
    participles = "|".join(more["elected_participles"])
    return rf"(?:har|have|havde)[ ](?:(?:{adverbs})[ ])?(?:{participles})"


def _candidates(
    text: str, doc: Any, meeting: Any, pat: _Patterns, blocked: list[tuple[int, int]]
) -> list[Candidate]:
    out: list[Candidate] = []
    per = ents_of(doc, "PER")
    # what a span gives (its name's place and text, or None) depends on the span and the flags only:
    # many sources propose the same span, and it is checked once
    named: dict[tuple[int, int, bool, bool], Optional[tuple[int, int, str]]] = {}

    def add(start: int, end: int, priority: int, role: Optional[str] = None, party: Optional[str] = None,
            bare: bool = False, broken: bool = False) -> None:
        key = (start, end, bare, broken)
        if key in named:
            found = named[key]
        else:
            found = named[key] = _named_span(start, end, bare, broken)
        if found is None:
            return
        s, e, name = found
        extra = {"role": _clean_role(role, pat) if role else None, "party": party}
        out.append(Candidate(s, e, name, "person", priority, extra))

    def _named_span(start: int, end: int, bare: bool, broken: bool) -> Optional[tuple[int, int, str]]:
        for b_start, b_end in blocked:
            if b_start <= start < b_end < end:
                start = b_end
        if per:
            first = re.match(r"\S+", text[start:end])
            for p_start, p_end in per:
                if start < p_start < end and p_end >= end - 1 and " " in text[p_start:p_end].strip() and (
                    first and area_like(first.group())
                ):
                    start = p_start
        trimmed = _trim_name(text, start, end, pat)
        if trimmed is None:
            return None
        s, e = trimmed
        if (_GENITIVE_SURNAME.search(text, s, e) or _known_surname_genitive(text[s:e])) and (
                _NOUN_AFTER.match(text, e) or _party_name_after(text, e)):
            e -= 1  # "Regionsrådsmedlem Tormod Olsens (Ø) midlertidige fravær", "… Andersens Socialdemokratiet": no s
        name = _LINE_HYPHEN.sub("-", squash(text[s:e]))  # "Anders Fog- Petersen" → "Anders Fog-Petersen"
        name = _BROKEN_WORD.sub("", name)  # "Jesper Kirke- gaard" → "Jesper Kirkegaard"
        if "\n" in text[s:e] and not (broken and text.count("\n", s, e) == 1):
            return None  # a name over two lines only where an attendance list broke it ("…, Ebbe" / "Holm, …")
        if not _name_ok(name, pat, bare) or _common_words_only(name, pat) or _place_unit(name, pat) \
                or name.casefold() in _party_name_forms():
            return None  # … or "Nye Borgerlige": a political party's name
        if _names_a_thing(text, e, name) or _saint_before(text, s) or _named_by_kind(text, s, e):
            return None
        return s, e, name

    for start, end in per:
        span = squash(text[start:end])
        if not span or _inside_org_name(text, start, end):
            continue
        if not _model_name_ok(span, pat):
            if " " in span:
                continue
            start, end = _extend_model_name(text, start, end, pat)  # "Poul-Arne" + "Elnegaard": the model's
            if not _model_name_ok(squash(text[start:end]), pat):  # surname alone, its first names before it
                continue
        if _heading_after_place(text, start, end, pat):
            continue
        add(*_extend_model_name(text, start, end, pat), 1)
    taken = 0
    role_ends = _role_end_positions(text)  # where a role word can end: shared by the role scans below
    for hit in _role_hits(text, pat, role_ends):  # one scan for role words; each pattern starts at one
        if hit.start() < taken:
            continue
        role = hit.group()
        dashed = _role_dash_name(text, hit, pat)
        if dashed:
            add(dashed.start("name"), dashed.end("name"), 3, role=role)
            taken = dashed.end("name")
            continue
        for cut in _role_ends(hit):  # "Formand for Socialudvalget, Pernille Bach": the shorter role links
            m = pat.role_before.match(text, cut)
            if m:
                adjective = _role_adjective(text, hit.start())  # "Senior Controller Bo Dam"
                written = adjective + (lower_first(text[hit.start():cut]) if adjective else text[hit.start():cut])
                written = _coordinated_role_lead(text, hit.start(), pat) + written  # "journalist og forfatter Eva Lund"
                if _add_role_before(text, hit.start(), written, m, per, blocked, pat, add):
                    clip = stretch_end(text, m.start("name"), m.end("name"))  # a role word inside the run
                    taken = m.end() if clip == m.end("name") else clip
                break
        m = pat.role_list.match(text, hit.end())
        if m and _plural_role(role, pat) and _named_list(text, hit.start(), m) and not _link_to_person(m, pat):
            base = m.start("names")
            for i, part in enumerate(re.finditer(rf"{pat.name}", m.group("names"))):
                start, end = base + part.start(), base + part.end()
                if i == 0 and m.group("link"):
                    start = _name_start(text, start, end, per, blocked, pat)
                add(start, end, 3, role=role)
        m = pat.list_role.match(text, hit.end())
        if m:
            add(m.start("name"), m.end("name"), 3, role=role, party=m.group("party"))
    for m in pat.party_role.finditer(text):
        add(m.start("name"), m.end("name"), 3, role=m.group("role"), party=_party_of(m.group("party"), pat))
    for m in _line_matches(text, _COMMA_NAME, pat.owner_role):  # only lines with ", " before a capital
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    for m in pat.role_verb_name.finditer(text):  # "Som stedfortræder deltog Eva Holm (A)"
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    role_is = _line_matches(text, pat.role_is_gate, pat.role_is_name)  # only lines with a verb before a capital
    for m in role_is:  # "Referent var Eva Holm", "ordstyrer blev Bo Dam"
        if (_given_name(m.group("name").split()[0], pat) and not _plural_role(m.group("role"), pat)
                and not _former_office(text, m.start("role"))):
            add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    gates = _scan_gates()
    elected = pat.elected.finditer(text) if _holds_any(text, gates["elected"]) else ()
    for m in elected:  # "Rådet udpegede Eva Holm som formand"
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
        if m.group("second"):
            add(m.start("second"), m.end("second"), 3, role=m.group("second_role"))
    _elected_under_office_item(text, pat, add)
    _inverted_elections(text, pat, add)
    elected_colon = pat.elected_colon.finditer(text) if gates["elected_colon"].search(text) else ()
    for m in elected_colon:  # "Enstemmigt valgt formand: Eva Holm"
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    _role_group_rows(text, pat, add)
    for m in _line_matches(text, _COLON_SPACE, pat.name_colon_role):  # " • Eva Holm: Konsulent, Staben" in a members list
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    for m in _line_matches(text, _COMMA_SPACE, pat.role_comma_name):  # "Borgermedlem, Eva Holm," in a members list
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    for m in _line_matches(text, _CLOSED_LINE, pat.row_end_role):  # "Eva Holm, ansat i Center for Børn (referent)" in a members list
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    for m in _name_then_role(text, pat, role_ends):
        # "Hanne Klit (formand)", "Sten Holm, pressechef", "Eva Lund, der er bestyrelsesmedlem i fonden"
        if _ORG_HEAD_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name")):
            continue  # "ansat i Center for Børn og Familie (referent)": the end of a unit's name
        add(_run_on_start(text, m.start("name"), m.end("name"), pat), m.end("name"), 2)
    for m in _line_matches(text, _line_gates()["party_apposition"], pat.party_line):  # "Eva Lund, Venstre" on a line of its own
        if m.group("party")[:1].isupper() and not re.search(rf"{re.escape(m.group('name'))}[ \t]*\(", text):
            add(m.start("name"), m.end("name"), 2, party=_party_of(m.group("party"), pat))  # a letter in brackets wins
    for m in _line_matches(text, pat.party_bracket, pat.party_after):  # only lines with a bracketed party
        if _place_and_noun(m.group("name"), pat):
            continue  # "Mellemværende med Holbæk Fjernvarme (B)": a firm named by its town
        if _FIELD_LINK_BEFORE.search(text, max(0, m.start("name") - 4), m.start("name")) and not _given_name(m.group("name").split()[0], pat):
            continue  # "Udvalget for Specialiserede Borgerindsatser (B)": a body's field and an agenda's mark
        start = _after_word_tail(text, m.start("name"), m.end("name"))
        if start is not None:
            add(start, m.end("name"), 2, party=_party_of(m.group("party"), pat))
    for m in pat.label.finditer(text):
        if _heading_word(m.group("name").split()[0], pat) or m.group("name").split()[0] in pat.stop:
            continue  # "Tolk: Referat Jens Holm": labels run together, the value is not the label's
        role = pat.role_labels.get(m.group("label"))
        add(m.start("name"), m.end("name"), 2, role=role)
        if m.group("label").casefold() != role:  # a plural label: "Øvrige sagsbehandlere: Bo Dam, Eva Lund"
            for more in _label_list(text, m.end("name"), pat):
                add(more.start("name"), more.end("name"), 2, role=role)
    for m in _glued_label_line().finditer(text) if _GLUED_CASE.search(text) else ():
        # "MødelederEva Lund": a table's label cell and its value cell run together without a space
        add(m.start("name"), m.end("name"), 2, role=pat.role_labels.get(m.group("label")))
    _label_over_names(text, pat, add)
    for m in _line_matches(text, _COLON_NAME, pat.role_label):  # "Webmaster: Bo Dam", "Valg af referent: Eva Lund"
        if m.group("label") in pat.role_labels or _plural_role(m.group("label"), pat):
            continue  # the labels above; "Medlemmer: …" is a list of members, not an office
        if _heading_word(m.group("name").split()[0], pat) or m.group("name").split()[0] in pat.stop:
            continue
        add(m.start("name"), m.end("name"), 2, role=m.group("label"))
    for m in _line_matches(text, _COLON_NAME, _plural_label()):  # "Referenter: Eva Holm og Bo Dam"
        _plural_label_list(text, m, pat, add)
    credits = pat.credit.finditer(text) if _holds_any(text, gates["credit"]) else ()
    for m in credits:  # "Foto: Simon Holm / Ritzau": a photographer, when a first name or initials say so
        if _given_name(m.group("name").split()[0], pat) or _CREDIT_INITIALS.fullmatch(m.group("name")):
            add(m.start("name"), m.end("name"), 2)
    for m in _line_matches(text, _COLON_DIGIT, pat.applicant):  # "Sommerkoncert fra Eva Holm Bak: 15.000 kr.": a grant's applicant
        if _given_name(m.group("name").split()[0], pat) and _plain_name(m.group("name"), pat):
            add(m.start("name"), m.end("name"), 2)
    written_by = pat.written_by.finditer(text) if gates["written_by"].search(text) else ()
    for m in written_by:  # "Denne artikel er skrevet af Eva Holm."
        add(m.start("name"), m.end("name"), 2)
    if _AGE_ADJECTIVE + " " in text:
        for m in _AGED_NAME.finditer(text):  # "59-årige Mamez Amid fra Måløv": an age names a person
            add(m.start("name"), m.end("name"), 2)
    for m in pat.byline.finditer(text):
        if "\n" in text[m.start():m.start("name")] and not _model_name_ok(m.group("name"), pat):
            continue  # "Af" alone on its line: the line below is a name only when it looks like one
        nxt = pat.next_line_role.match(text, m.end("name"))
        add(m.start("name"), m.end("name"), 2, role=_line_role(nxt, pat))
    for m in re.finditer(rf"(?m)^[ \t]*(?P<name>{pat.name})(?P<party>[ \t]*\([^()\n]{{1,20}}\))?[ \t]*$", text):
        nxt = pat.next_line_role.match(text, m.end())  # "Eva Holm (A)" over "Formand"
        if nxt and _roles_first_block(text, m.start(), pat):
            nxt = None  # "Fuldmægtig" / "Eva Holm" / "Konsulent" / "Bo Dam": the role below is the next name's
        above = None if nxt else _role_line_above(text, m.start(), pat, _roles_first_block(text, m.start(), pat))
        if above and _plural_role(m.group("name").split()[0], pat):
            above = None  # "Stedfortræder" / "Medlemmer Eva Holm": the line opens a list of its own
        if nxt or above:
            add(m.start("name"), m.end("name"), 2, role=_line_role(nxt, pat) or above)
    if meeting is not None:
        board = _first_name_board(meeting, pat)
        lead, lead_end = None, -1  # the plural role opening the list ("Bestyrelsesmedlemmer Eva, Bo …") and where it holds
        for attendee in _double_first_names(text, getattr(meeting, "participants", []) or [], pat):
            if attendee.start is not None and attendee.end is not None:
                if pat.not_person_first.fullmatch(text[attendee.start:attendee.end].split()[0]):
                    continue  # "Afbud: Revisionsfirmaet Holm": a firm in the list
                if _first_name_only(text[attendee.start:attendee.end], pat) or (
                        board and _board_first_name(attendee.name, pat)):  # "Til stede var Eva, Bo og Kim"
                    if (opening := _plural_lead(text, attendee.start, pat)) or "\n" in text[lead_end:attendee.start]:
                        lead = opening  # a new list, with or without a plural role before it
                    lead_end = attendee.end
                    note = _ITEM_NOTE.match(text, attendee.end)  # "Bo (referent)"
                    role = (note.group("note") if note and pat.base_role.fullmatch(note.group("note")) else None) \
                        or _role_word_before(text, attendee.start, pat) or lead  # "Deltagere: driftsleder Bent, …"
                    out.append(Candidate(attendee.start, attendee.end, attendee.name, "person", 2,
                                         {"role": role, "party": attendee.party}))
                    continue
                add(attendee.start, attendee.end, 2, party=attendee.party, bare=True, broken=True)
                _bare_initial_mentions(text, text[attendee.start:attendee.end], attendee.start, add)
        for name in getattr(meeting, "absent", []) or []:
            if not name.split() or pat.not_person_first.fullmatch(name.split()[0]):
                continue
            if board and _board_first_name(name, pat):  # "Afbud: Ejner og Annelene" on a first-name board
                for m_start, m_end in _word_spans(text, name):
                    out.append(Candidate(m_start, m_end, name, "person", 2, {"role": None, "party": None}))
                    break
                continue
            for m_start, m_end in _word_spans(text, name):
                cell = _PARTY_CELL_BELOW.match(text, m_end)  # the party letter in the cell below the name
                party = cell.group("party") if cell and cell.group("party") in pat.letters else None
                party = party or _listed_letter(text, m_end, pat)
                add(m_start, m_end, 2, party=party)
        if board:
            _board_labels(text, pat, out)
    for end, start in _initials(text, pat).items():  # "Vivi Nobel (VN), Jørgen Vinding (JV)"
        add(start, end, 2)
    if meeting is not None:
        _first_names_alone(text, pat, out, role_ends)
    _speaker_headings(text, pat, add)
    _column_rows(text, pat, out)
    _name_org_role_lines(text, pat, add, role_ends)
    _slash_rows(text, pat, add)
    _surname_first_rows(text, pat, out)
    _letter_rows(text, pat, add)
    _party_column(text, pat, add)
    _attendance_subjects(text, pat, add)
    _signatories(text, pat, add)
    takes_over = pat.takes_over.finditer(text) if _holds_any(text, gates["takes_over"]) else ()
    for m in takes_over:  # "Bo er stoppet som sekretær, og Eva Lund overtager hans plads"
        add(m.start("name"), m.end("name"), 3, role=m.group("role"))
    for m in _line_matches(text, _line_gates()["party_apposition"], pat.party_apposition):  # "Bo Dam, Socialdemokratiet, Eva Lund, Venstre"
        if len(m.group("name").split()) <= 3 and _model_name_ok(squash(m.group("name")), pat) \
                and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            add(m.start("name"), m.end("name"), 2)
    for m in _fronted_role(pat).finditer(text) if "Som " in text else ():  # "Som suppleant er indkaldt Bo Dam (A)."
        plural = _plural_role(m.group("role"), pat)
        if m.group("more") and not plural:
            continue  # "Som formand blev valgt Eva Lund og …": which of the names holds it is unclear
        role = _clean_role(m.group("role"), pat)
        add(m.start("name"), m.end("name"), 3, role=role)
        if plural:  # "Som suppleanter er indkaldt Bo Dam (A), Eva Lund (V)."
            for start, end in _fronted_list_rest(text, m.end("name"), pat):
                add(start, end, 3, role=role)
    _list_lines(text, out, pat, add)
    _comma_lists(text, out, pat, add)
    _lowercase_surname_items(text, out, pat)
    _and_last(text, out, pat, add)
    _and_pair(text, out, pat, add)
    _first_name_people(text, out, pat)
    _label_lines_of_named(text, out, pat)
    _first_name_pairs(text, out, pat)
    _first_name_offices(text, out, pat)
    _bare_name_runs(text, pat, add)
    _place_item_runs(text, pat, add)
    if meeting is not None:
        _one_word_speakers(text, pat, out)
    return out


# five or more capitalised name words (or initials) in a row, within a line: names a flattened list ran together
_NAME_RUN = re.compile(
    r"(?<![\w.-])(?:[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?|[A-ZÆØÅ]\.)"
    r"(?:[ ](?:[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?|[A-ZÆØÅ]\.)){4,}(?![\w-])"
)
_RUN_NAME_WORDS = (2, 4)  # the words of each name cut from such a run


def _bare_name_runs(text: str, pat: _Patterns, add: Any) -> None:
    """The names of a list that a flattened page ran together without separators ("Derudover deltog:
    Søren Hansen Ulla Agerskov Pernille Holmgaard …"): a run of capitalised words cut where first
    names begin, each piece two to four words opening with a known first name."""
    for m in _NAME_RUN.finditer(text):
        spans = split_run(text, m.start(), m.end())
        if spans:
            spans[-1] = _without_place_end(text, *spans[-1])
        if len(spans) < 2 or not all(_run_piece(text[s:e], pat) for s, e in spans):
            continue
        for s, e in spans:
            add(s, e, 2)


# one item of a flattened member list: a person's name, a comma and the place the person stands for, the next
# item's name right after it ("Knud Erik Hansen, Faxe Hans Barlach, Greve …")
_PLACE_ITEM = re.compile(
    r"(?P<name>[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:[ ](?:[A-ZÆØÅ][a-zæøåéöü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
    r"|[A-ZÆØÅ]\.)){1,4}),[ ](?P<place>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?=[ ][A-ZÆØÅ]|[ \t]*(?:\n|$))"
)
_PLACE_ITEMS_MIN = 3  # items in a row that make such a list


def _place_item_runs(text: str, pat: _Patterns, add: Any) -> None:
    """The names of a member list that a flattened page ran into one line, each name followed by the
    municipality or town the person stands for ("Deltagerfortegnelse Knud Erik Hansen, Faxe Hans Barlach,
    Greve John Brædder, Guldborgsund …"): three or more such items in a row, every place a listed town or
    municipality and every name two to four words from a known first name."""
    gaz = load_gazetteers()
    for line in _LINE_TEXT.finditer(text):
        if line.group().count(", ") < _PLACE_ITEMS_MIN:
            continue
        pos = line.start()
        while (first := _PLACE_ITEM.search(text, pos, line.end())) is not None:
            run = [first]
            while (m := _PLACE_ITEM.match(text, run[-1].end() + 1, line.end())) is not None:
                run.append(m)
            pos = run[-1].end()
            if len(run) < _PLACE_ITEMS_MIN or not all(gaz.town_or_municipality(m.group("place")) for m in run):
                continue
            for m in run:
                words = _words(text, m.start("name"), m.end("name"))
                lead = next((i for i, (s, e) in enumerate(words) if text[s:e].split("-")[0] in pat.first_names), None)
                if lead is not None and 2 <= len(words) - lead <= 4:
                    add(words[lead][0], m.end("name"), 2)


def _without_place_end(text: str, start: int, end: int) -> tuple[int, int]:
    """A run's last name without a town or municipality after it ("… Sanne Klink Norddjurs Kommune": the body
    the person comes from), when two name words stay."""
    words = text[start:end].split()
    if len(words) > 2 and load_gazetteers().town_or_municipality(words[-1]):
        return start, text.rindex(" ", start, end)
    return start, end


def _run_piece(piece: str, pat: _Patterns) -> bool:
    """A piece cut from a run of names: two to four words opening with a known first name, ending in no
    initial, street word ("Hans Tavsens Gade") or place."""
    words = piece.split()
    low, high = _RUN_NAME_WORDS
    return (low <= len(words) <= high and words[0] in pat.first_names and words[-1][-1:] != "."
            and not pat.not_person_last.fullmatch(words[-1]) and not load_gazetteers().town_or_municipality(words[-1]))


def _fronted_role(pat: _Patterns) -> re.Pattern[str]:
    """A sentence that opens with the role and ends with its holder: "Som suppleant er indkaldt Bo Dam (A).",
    "Som ny formand blev valgt Eva Lund." (verbs in ``people.yaml``: fronted_role_verbs)."""
    return _fronted_role_pattern(pat.name)


_FRONTED_LIST_ITEMS_MAX = 12


@functools.lru_cache(maxsize=1)
def _fronted_list_item(name: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*(?:,[ ](?:og[ ])?|[ ]og[ ])(?P<name>{name})"
                      rf"(?=[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*(?:[.,;]|[ ]og[ ]|$))", re.M)


def _fronted_list_rest(text: str, end: int, pat: _Patterns) -> list[tuple[int, int]]:
    """The further names of a list after a fronted plural role's first holder ("Som suppleanter er indkaldt
    Bo Dam (A), Eva Lund (A) og Kim Holm (V)."): the spans of "Eva Lund" and "Kim Holm"."""
    spans = []
    item = _fronted_list_item(pat.name)
    while len(spans) < _FRONTED_LIST_ITEMS_MAX and (m := item.match(text, end)) is not None:
        spans.append((m.start("name"), m.end("name")))
        end = m.end("name")
    return spans


@functools.lru_cache(maxsize=1)
def _fronted_role_pattern(name: str) -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in people_cues()["fronted_role_verbs"])
    return re.compile(rf"(?:^|(?<=[.!?:][ ]))[ \t]*Som[ ](?:ny[ ]|nyt[ ])?(?P<role>{_role_regex()})[ ](?:{verbs})(?::[ \t]*|[ ])"
                      rf"(?P<name>{name})(?=[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*(?:[.,;]|$|(?P<more>[ ]og[ ])))", re.M)


def _cell_role(cell: Optional[str], pat: _Patterns) -> Optional[str]:
    """The role of a list row's role cell; a plain membership ("Medlem") says no more than the list."""
    if not cell:
        return None
    role = _clean_role(cell, pat)
    return None if role in people_cues()["membership_roles"] else role


_ROLE_CELL_AFTER_PARTY = re.compile(r"[ ](?P<role>[^\n]{2,40}?)[ \t]*(?=\n|\Z)")


_LETTER_ROWS_MIN = 2  # rows "Eva Lund, A (sygdom)" that make a list of members with their party letters


@functools.lru_cache(maxsize=1)
def _letter_cell_gate(letters: frozenset[str]) -> re.Pattern[str]:
    """What every ``letter_row`` match holds: a cell separator, a party letter and a cell's end
    (or a role cell) after it. A text without one has no such rows."""
    letter_alt = _letter_alternation(letters)
    return re.compile(rf"[,\-–\t|][ \t]*(?:{letter_alt})(?=[ \t]*(?:$|[-–,;(\t|]))", re.M)


def _letter_rows(text: str, pat: _Patterns, add: Any) -> None:
    """List rows of a name with its party letter after a comma ("Bo Dam, F, (arbejde)", "Borgmester
    Eva Lund, A (sygdom)", "Kim Holm, V, ankom kl. 17.40"): each a person with the letter (and the role
    before the name), where the text holds at least two such rows."""
    if _letter_cell_gate(pat.letters).search(text) is None:
        return
    rows = list(pat.letter_row.finditer(text))
    if len(rows) < _LETTER_ROWS_MIN:
        return
    for m in rows:
        if _model_name_ok(squash(m.group("name")), pat):
            add(m.start("name"), m.end("name"), 2, role=m.group("role") or _cell_role(m.group("cell"), pat),
                party=m.group("party"))


_PARTY_CELLS_MIN = 3  # name cells each over a cell of only a party letter that make a table's party column


@functools.lru_cache(maxsize=1)
def _party_cell_below() -> re.Pattern[str]:
    """A line of only a name (perhaps numbered), then, across at most two blank lines, a line of only a
    party letter, perhaps with a short note in brackets ("A (UF)"): a table flattened one cell a line."""
    pat = patterns()
    letter_alt = _letter_alternation(pat.letters)
    return re.compile(
        rf"(?m)^[ \t]*(?:\d{{1,2}}\.[ \t]+)?(?P<name>{pat.name})[ \t*]*\n(?:[ \t]*\n){{0,2}}"
        rf"[ \t]*(?P<party>{letter_alt})(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]*$")


@functools.lru_cache(maxsize=1)
def _party_cell_line() -> re.Pattern[str]:
    """A line of only a party letter, as :func:`_party_cell_below` ends (each of its matches ends with one)."""
    letter_alt = _letter_alternation(patterns().letters)
    return re.compile(rf"(?m)^[ \t]*(?:{letter_alt})(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]*$")


def _party_column(text: str, pat: _Patterns, add: Any) -> None:
    """Names in a table with a party column, read one cell a line ("Eva Lund" / "" / "A" / "" / "Bo Dam" /
    "" / "V"): each a person with the letter below, where the text holds at least three such pairs."""
    lines = _party_cell_line().finditer(text)
    if sum(1 for _ in itertools.islice(lines, _PARTY_CELLS_MIN)) < _PARTY_CELLS_MIN:
        return  # each pair ends with its own line of only a letter: too few of those, too few pairs
    cells = [m for m in _party_cell_below().finditer(text) if _model_name_ok(squash(m.group("name")), pat)]
    if len(cells) < _PARTY_CELLS_MIN:
        return
    for m in cells:
        add(m.start("name"), m.end("name"), 2, party=m.group("party"))


@functools.lru_cache(maxsize=1)
def _greeting_line() -> re.Pattern[str]:
    """A closing greeting alone on its line, then blank lines, then the next written line."""
    greetings = "|".join(map(re.escape, people_cues()["closing_greetings"]))
    # the names on the greeting's own line too, up to a full stop ("Med venlig hilsen Eva Holm.")
    return re.compile(rf"(?im)^[ \t]*(?:{greetings})(?:[ \t,]*\n(?:[ \t\u00a0]*\n){{0,8}}(?P<line>[^\n]+)"
                      rf"|,?[ \t]+(?P<same>[^\n.]+?)\.?[ \t]*$)")


_SIGNATORY_GLUE = re.compile(r"[ \t]*(?:/|,|&|[ ]og[ ]|[ \t]{3,})[ \t]*")


def _signatories(text: str, pat: _Patterns, add: Any) -> None:
    """The names on the first line after a closing greeting ("Med venlig hilsen" / "" / "Eva Holm /
    Bo Dam"): each a person when the line holds names only, joined by "/", ",", "og" or wide spaces."""
    if "ilsen" not in text and "vegne" not in text and "ilsner" not in text and "vh" not in text:
        return
    for m in _greeting_line().finditer(text):
        line = "line" if m.group("line") is not None else "same"
        items = _segments(text, m.start(line), m.end(line), _SIGNATORY_GLUE)
        if not items or not all(re.fullmatch(pat.name, text[s:e]) for s, e in items):
            continue  # "Med venlig hilsen" / "Sekretariatet": no names only
        for start, end in items:
            if _model_name_ok(squash(text[start:end]), pat):
                add(start, end, 2)


def _segments(text: str, start: int, end: int, glue: re.Pattern[str]) -> list[tuple[int, int]]:
    """The non-blank stretches of ``text[start:end]`` between matches of ``glue``, stripped."""
    found, pos = [], start
    for g in [*glue.finditer(text, start, end), None]:
        stop = g.start() if g else end
        piece = text[pos:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            found.append((pos + lead, pos + len(piece.rstrip())))
        if g:
            pos = g.end()
    return found


@functools.lru_cache(maxsize=1)
def _stood_in_note() -> re.Pattern[str]:
    """A bracketed note on a member that ends in the member stood in for ("(midlertidigt for Eva Lund)",
    "(stedfortræder for Bo Dam)", "(i stedet for Kim Holm)")."""
    return re.compile(rf"\((?:[^()\n]{{0,30}}[ ])?(?:i[ ]stedet[ ]|istedet[ ])?for[ ](?P<name>{patterns().name})[ \t]*\)")


def _attendance_subjects(text: str, pat: _Patterns, add: Any) -> None:
    """A name before what the member did about the meeting ("Eva Lund havde meldt afbud", "Bo Dam
    deltog i stedet", "Kim Holm udeblev"): a person, when the name is whole (no capitalised word
    before it) and no place, unit or organisation."""
    for m in _line_matches(text, _line_gates()["attendance"], pat.attendance):
        if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Formand Eva Lund deltog ikke": a role rule finds the name
        spans = [(m.start("name"), m.end("name"))]
        if m.group("instead"):  # "Bo Dam deltog for Eva Lund": the member away is a person too
            spans.append((m.start("instead"), m.end("instead")))
        if m.group("more"):  # "Eva Lund og Bo Dam deltog ikke"
            spans += [(m.start("more") + n.start(), m.start("more") + n.end())
                      for n in re.finditer(pat.name, m.group("more"))]
        for start, end in spans:
            name = squash(text[start:end])
            if name.casefold() in pat.party_forms:
                continue  # "Dansk Folkeparti stemte imod"
            if _model_name_ok(name, pat) and (_given_name(name.split()[0], pat)
                                              or not any(area_like(w) for w in name.split()[1:])):
                add(start, end, 2)
    for m in _stood_in_note().finditer(text) if "for " in text else ():  # "Bo Dam, F (midlertidigt for Eva Lund)"
        name = squash(m.group("name"))
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _model_name_ok(name, pat) and (_given_name(name.split()[0], pat) or _member_row_lead(line, pat)):
            add(m.start("name"), m.end("name"), 2)


@functools.lru_cache(maxsize=1)
def _member_row() -> re.Pattern[str]:
    pat = patterns()
    letter_alt = _letter_alternation(pat.letters)
    return re.compile(rf"[ \t]*(?:[•*·-][ \t]*)?{pat.name}(?:,?[ ](?:{letter_alt}))?[ \t]*")


def _member_row_lead(line: str, pat: _Patterns) -> bool:
    """A list row of only a member's name (and party letter) before a note: "• Bo Dam, F (…)"."""
    return _member_row().fullmatch(line) is not None


def _and_last(text: str, out: list[Candidate], pat: _Patterns, add: Any) -> None:
    """The name after "og" that closes a list of at least three persons found already ("Eva Holm, Bo
    Dam Lund, Ali Sami og Adnan Said Omar"): a person too, when it is a plain name."""
    ends = {c.end for c in out}
    # a run's three or more names end where found names end, on the run's line: only lines with three such ends
    per_line = collections.Counter(line_of(text, end - 1) for end in ends if end > 0)
    lines = sorted(line for line, count in per_line.items() if count >= 3)
    for m in (m for start, end in lines for m in pat.and_last.finditer(text, start, end)):
        items = list(re.finditer(rf"{pat.name}", m.group("run")))
        if len(items) >= 3 and all(m.start("run") + i.end() in ends for i in items) and _plain_name(m.group("last"), pat):
            add(m.start("last"), m.end("last"), 2)


def _definite_noun(word: str) -> bool:
    """A neuter noun in its definite form ("Instituttet", "Centret"): a body's name, no surname."""
    return any(word.endswith(end) and common_word(word[: -len(end)]) for end in ("tet", "et", "ret"))


_AND_GLUE = (" og ", " & ")


@functools.lru_cache(maxsize=1)
def _and_pair_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name after " og "/" & " (matched at a name's end) and one before it (searched up to a name's start)."""
    return (re.compile(rf"[ ](?:og|&)[ ](?P<name>{name})(?![\w-])"),
            re.compile(rf"(?<![\w.-])(?P<name>{name})[ ](?:og|&)[ ]\Z"))


def _and_pair(text: str, out: list[Candidate], pat: _Patterns, add: Any) -> None:
    """The other name of two joined by "og" where one is a person found already ("spørgsmål fra Eva
    Holm Skov og Bo Dam"): a person too, when it is a plain name that opens with a known first name."""
    taken = [(c.start, c.end) for c in out]
    after, before = _and_pair_patterns(pat.name)
    for c in list(out):
        if " " not in c.name:
            continue
        # each pattern holds " og " or " & " right after or right before the name: tried only there
        found = [after.match(text, c.end) if text.startswith(_AND_GLUE, c.end) else None,
                 before.search(text, max(0, c.start - 80), c.start) if text.endswith(_AND_GLUE, 0, c.start) else None]
        for m in found:
            if m is None or overlaps(m.start("name"), m.end("name"), taken):
                continue
            name = squash(m.group("name"))
            if (_plain_name(name, pat) and _given_name(name.split()[0], pat) and _model_name_ok(name, pat)
                    and all(_surname_word(w, pat) for w in name.split()[1:])
                    and not _definite_noun(name.split()[-1])):
                add(m.start("name"), m.end("name"), 2)


_BARE_GIVEN = re.compile(rf"[{UPPER}](?<![\w.-](?s:.))[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?![\w-])")
_NAME_WORD_BEFORE = re.compile(rf"[{UPPER}][\w-]*[ ]\Z")
_RUN_GLUE = re.compile(r"(?:,[ ]|,?[ ](?:og|&)[ ])")
_SENTENCE_LEAD = re.compile(r"(?:^[ \t]*(?:[•*·-][ \t]*)?|[.!?:;)][ ]|\()\Z", re.M)
_FIRST_NAME_RUN_MIN = 3  # bare first names in one run ("Eva, Bo og Kim") that show a text names people so
_ITEM_NOTE = re.compile(r"[ \t]*\((?P<note>[^()\n]{1,20})\)")  # "Bo (referent)": a list item's note
_GLUE_ROLE = re.compile(rf"(?P<role>[{LOWER}]+)[ ]\Z")  # "og suppleant " before the next first name
_PLURAL_LEAD = re.compile(rf"(?:^|:)[ \t]*(?P<role>[{UPPER}][{LOWER}]+)[ ]\Z", re.M)  # "Til stede: Bestyrelsesmedlemmer "


def _run_glue(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """Whether the text between two first names joins them in one list: ", ", " og ", also with the
    first one's note in brackets and a role word before the second ("Bo (referent), Kim og suppleant Ole")."""
    note = _ITEM_NOTE.match(text, start, end)
    if note:
        start = note.end()
    if _RUN_GLUE.fullmatch(text, start, end):
        return True
    role = _GLUE_ROLE.search(text, start, end)
    return bool(role and pat.base_role.fullmatch(role.group("role"))
                and _RUN_GLUE.fullmatch(text, start, role.start()))


def _plural_lead(text: str, start: int, pat: _Patterns) -> Optional[str]:
    """The singular of a capitalised plural role word that opens a list right before a first name
    ("Til stede: Bestyrelsesmedlemmer Eva, Bo …" → bestyrelsesmedlem), else None."""
    m = _PLURAL_LEAD.search(text, max(0, start - 40), start)
    if not m or not _plural_role(m.group("role"), pat):
        return None
    return _clean_role(m.group("role"), pat)


def _first_name_people(text: str, out: list[Candidate], pat: _Patterns) -> None:
    """Candidates named by their first name alone, in texts that list members so ("Til stede: Eva, Bo og
    Kim"); a name of one word is no person fact, so ``find_people`` leaves them out (``_one_word_name``).

    Only when a run of at least three bare known first names stands in the text, or the meeting's
    attendance list gives two first names alone; then every name of a
    run of two or more, and a bare first name that opens a sentence before a lower-case word ("Eva
    bemærkede …", "(Kim søger)") or stands before a role ("Eva mødeleder Bo ordstyrer"), unless it
    is the first name of a person named in full. First names that are also words ("Tage", "Bo", "Hans")
    count only in a run, and a run needs two other names to show the text's way of naming.
    """
    # both tests need a known first name: most capitalised words fail at that one look-up
    tokens = [m for m in _BARE_GIVEN.finditer(text) if _given_name(m.group(), pat) and (
        _bare_given(text, m, pat)  # the lead's search last
        or (not common_word(m.group()) and _plural_lead(text, m.start(), pat)))]
    runs: list[list[re.Match[str]]] = []
    for m in tokens:
        if runs and _run_glue(text, runs[-1][-1].end(), m.start(), pat):
            runs[-1].append(m)
        else:
            runs.append([m])
    lead_roles = {m.start(): lead for run in runs if len(run) >= 2 and (lead := _plural_lead(text, run[0].start(), pat))
                  for m in run}  # the list's plural role is the role of its items that name none of their own
    listed = sum(1 for c in out if " " not in c.name)  # first names alone in the meeting's attendance list
    if not any(len(run) >= _FIRST_NAME_RUN_MIN and sum(not listed_word(m.group()) for m in run) >= 2 for run in runs) \
            and listed < 2:
        return
    in_runs = {m.start() for run in runs if len(run) >= 2 for m in run}
    full_firsts = {c.name.split()[0] for c in out if " " in c.name}
    taken = [(c.start, c.end) for c in out]
    for m in tokens:
        if overlaps(m.start(), m.end(), taken):
            continue
        role = pat.bare_role.match(text, m.end())
        written = role.group("role") if role else _label_role(text, m, pat)  # "Referent: Eva"
        if m.start() in in_runs and not written:
            note = _ITEM_NOTE.match(text, m.end())  # "Bo (referent)"
            written = note.group("note") if note and pat.base_role.fullmatch(note.group("note")) else None
            written = written or _role_word_before(text, m.start(), pat) or lead_roles.get(m.start())  # "og suppleant Ole"
        if m.start() not in in_runs:
            if m.group() in full_firsts or listed_word(m.group()):
                continue
            lead = _SENTENCE_LEAD.search(text, max(0, m.start() - 3), m.start())
            if not written and not (lead and re.match(r"[ ][a-zæøå]", text[m.end():m.end() + 2])):
                continue
        extra = {"role": _clean_role(written, pat) if written else None, "party": None}
        out.append(Candidate(m.start(), m.end(), m.group(), "person", 2, extra))


_FIRST_NAME_PAIR = re.compile(
    rf"(?P<a>[{UPPER}](?<=[{LOWER},][ ](?s:.))[{LOWER}]+)[ ]og[ ](?P<b>[{UPPER}][{LOWER}]+)(?![\w-]|[ ][{UPPER}]|[ ]?[.:]?[ ]?\()")


def _first_name_pairs(text: str, out: list[Candidate], pat: _Patterns) -> None:
    """Two known first names joined by "og" inside a sentence ("… hvor Sten og Richard fra rådet deltog"):
    two people, capitalised where no sentence starts; not the first name of someone named in full."""
    full_firsts = {c.name.split()[0] for c in out if " " in c.name}
    taken = [(c.start, c.end) for c in out]
    for m in _FIRST_NAME_PAIR.finditer(text):
        words = (m.group("a"), m.group("b"))
        if not all(_given_name(w, pat) and w not in pat.stop and w not in full_firsts and not area_like(w)
                   for w in words) or all(listed_word(w) for w in words):
            continue  # "Bo og Tage" may be words; one plain first name shows the pair names people
        for g in ("a", "b"):
            if not overlaps(m.start(g), m.end(g), taken):
                out.append(Candidate(m.start(g), m.end(g), m.group(g), "person", 2, {"role": None, "party": None}))


@functools.lru_cache(maxsize=1)
def _office_item() -> re.Pattern[str]:
    """One "<first name> som <role>" of a board's division of its offices."""
    rest = rf"[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"  # the name after its capital
    return Prefiltered(  # tried only at a capitalised name followed by " som "
        re.compile(rf"(?<![\w.-])(?P<name>[{UPPER}]{rest})[ ]som[ ](?:ny[ ])?(?P<role>{_role_regex()})"),
        re.compile(rf"[{UPPER}](?<![\w.-](?s:.))(?={rest}[ ]som[ ])"),
    )


def _office_items(text: str) -> Iterator[re.Match[str]]:
    """What ``_office_item().finditer(text)`` gives, tried only at the word right before each " som ": a
    match's name is the whole run of word characters, dots and hyphens there (none may stand before it)."""
    office = _office_item()
    starts = office.starts.match
    places = []
    at = text.find(" som ")
    while at >= 0:
        pos = at
        while pos > 0 and (text[pos - 1] in ".-" or _WORD_CHAR.match(text, pos - 1)):
            pos -= 1
        if pos < at and starts(text, pos):
            places.append(pos)
        at = text.find(" som ", at + 1)
    yield from office.matches_at(text, places)  # in text order, one each


def _first_name_offices(text: str, out: list[Candidate], pat: _Patterns) -> None:
    """A board dividing its offices among members named by first name alone ("Bestyrelsen konstituerede sig
    med Eva som formand, Bo som næstformand og Kim som kasserer"): two or more "<name> som <role>" joined by
    commas or "og", two of their names known first names and none a word or place, give those candidates with their roles; not the first name of
    someone named in full. A name of one word is no person fact (``_one_word_name``)."""
    if " som " not in text:
        return  # every item holds " som "
    items = list(_office_items(text))
    runs: list[list[re.Match[str]]] = []
    for m in items:
        if runs and _RUN_GLUE.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    full_firsts = {c.name.split()[0] for c in out if " " in c.name}
    taken = [(c.start, c.end) for c in out]
    for run in runs:
        names = [m.group("name") for m in run]
        if sum(_given_name(n, pat) for n in names) < 2 or any(
                not _given_name(n, pat) and (common_word(n) or area_like(n) or n in pat.stop) for n in names):
            continue
        for m in run:
            name = m.group("name")
            if name in full_firsts or overlaps(m.start("name"), m.end("name"), taken):
                continue
            extra = {"role": _clean_role(m.group("role"), pat), "party": None}
            out.append(Candidate(m.start("name"), m.end("name"), name, "person", 2, extra))


def _label_role(text: str, m: re.Match[str], pat: _Patterns) -> Optional[str]:
    """The role of a label right before a first name that ends its item ("Referent: Eva")."""
    note = _ITEM_NOTE.match(text, m.end())  # "Referent: Eva (12)": a room or member number after the name
    after = note.end() if note and not pat.base_role.fullmatch(note.group("note")) else m.end()
    if not re.match(r"[ \t]*(?:$|[,.;]|[–-][ ])", text[after:after + 3], re.M):
        return None
    label = pat.label_before.search(text, max(0, m.start() - 40), m.start())
    office = None if label else _office_label_before().search(text, max(0, m.start() - 40), m.start())
    if office and pat.base_role.fullmatch(office.group("label").lower()):
        return office.group("label").lower()  # "Valg af ordstyrer: Eva"
    if not label and _bare_label_line(text, m, pat):  # "Referent Eva" as a line of its own, no colon
        return pat.role_labels.get(_BARE_LABEL_LINE.search(text, max(0, m.start() - 40), m.start()).group("label"))
    return pat.role_labels.get(label.group("label")) if label else None


@functools.lru_cache(maxsize=1)
def _office_label_before() -> re.Pattern[str]:
    """A one-word role label, perhaps after an office lead ("Valg af "), and its colon right before a name."""
    leads = "|".join(people_cues()["office_item_leads"])
    return re.compile(rf"(?:^|(?<=[\s(]))(?:(?i:{leads})[ ])?(?P<label>[{UPPER}]?[{LOWER}]+)[ \t]*:[ \t]*\Z", re.M)


_LABEL_NAME_LINE = re.compile(rf"(?m)^[ \t]*(?P<label>[{UPPER}][{LOWER}]+\.?)[ \t]*:?[ \t]+(?P<name>[{UPPER}][{LOWER}]+)[ \t]*$")


def _label_lines_of_named(text: str, out: list[Candidate], pat: _Patterns) -> None:
    """A line of a role label and one word ("Referent Eva", "Referent: Eva") where that word is a person the
    text already names by it alone (in the attendance list): that candidate with the label's role, whether or
    not the first name is a known one (a candidate only: a name of one word is no person fact)."""
    alone = {c.name for c in out if " " not in c.name}
    if not alone:
        return
    taken = [(c.start, c.end) for c in out]
    for m in _LABEL_NAME_LINE.finditer(text):
        role = pat.role_labels.get(m.group("label"))
        if role and m.group("name") in alone and not overlaps(m.start("name"), m.end("name"), taken):
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "person", 2,
                                 {"role": _clean_role(role, pat), "party": None}))


# a line's first word and the spaces before its last word ("Referent " before "Eva")
_BARE_LABEL_LINE = re.compile(rf"(?m)^[ \t]*(?P<label>[{UPPER}][{LOWER}]+\.?)[ \t]+\Z")


def _bare_given(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A known first name standing alone: no name word before or after it, and no common word."""
    word = m.group()
    if not _given_name(word, pat) or common_word(word) or word in pat.stop:
        return False
    if re.match(rf"[ ][{UPPER}]", text[m.end():m.end() + 2]):
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before and _bare_label_line(text, m, pat):
        return True  # "Referent Eva" on a line of its own: a label, not a name's first word
    return not before


def _bare_label_line(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A role label and a first name make up a whole line, the label's colon left out ("Referent Eva")."""
    bare = _BARE_LABEL_LINE.search(text, max(0, m.start() - 40), m.start())
    return bool(bare and bare.group("label") in pat.role_labels and re.match(r"[ \t]*$", text[m.end():m.end() + 3], re.M))


_ORG_TOKEN = re.compile(rf"(?:[{UPPER}\d][\w&/.'’-]*|og|&|/|-|–)")


_SURNAME_FIRST_MIN = 3  # items in a row "Holm, Eva IA Lund, Bo S …" that make it a members' list


@functools.lru_cache(maxsize=1)
def _party_letter_gate(letters: frozenset[str]) -> re.Pattern[str]:
    """How every ``surname_first`` item ends: a space, a party letter, then a space or the line's end."""
    letter_alt = _letter_alternation(letters)
    return re.compile(rf"[ ](?:{letter_alt})(?=[ ]|$)", re.M)


def _surname_first_rows(text: str, pat: _Patterns, out: list[Candidate]) -> None:
    """Members listed surname first with the party letter after the given names ("Hansen, Ane IA
    Olsen, Peter IA Berthelsen, Nuka S"): each a person named in natural order, with the party.
    Only runs of at least three such items count."""
    if ", " not in text or _party_letter_gate(pat.letters).search(text) is None:
        return
    pos = 0
    while (m := pat.surname_first.search(text, pos)) is not None:
        items = [m]
        while (nxt := pat.surname_first.match(text, items[-1].end())) is not None:
            items.append(nxt)
        pos = items[-1].end()
        if len(items) < _SURNAME_FIRST_MIN:
            pos = m.end()
            continue
        for item in items:
            if item.group("first").split()[0] in pat.stop or item.group("last") in pat.stop:
                continue
            name = f"{squash(item.group('first'))} {item.group('last')}"
            out.append(Candidate(item.start("last"), item.end("first"), name, "person", 3,
                                 {"role": None, "party": item.group("party")}))


def _org_word(word: str, pat: _Patterns) -> bool:
    """A word that marks an organisation, not a surname: digits, "/", "&", "og", capitals ("3B",
    "Norconsult/Wessberg", "KAB") or a common noun ("Arkitekter", "Rådgivning")."""
    return (any(ch.isdigit() or ch in "/&" for ch in word) or word in ("og", "&") or
            len(word) >= 2 and word.isupper() or
            len(word) >= 4 and word not in pat.first_names and common_word(word))


def _name_org_role_lines(text: str, pat: _Patterns, add: Any, role_ends: Optional[set[int]] = None) -> None:
    """Attendance rows "<name> <organisation>, <role>", one or more on a line ("Eva Lund Arkiplan
    A/S, projektleder Bo Dam Hansen Rådgivning, ingeniør"): the name is its known first name and
    the next word (and a third after a second first name or an initial); the organisation after it
    is written in capitalised words. The row's first name must be a known first name. With
    ``role_ends`` (:func:`_role_end_positions`) only the lines where a role ends are scanned (a row
    holds no line break and ends with its role)."""
    if role_ends is None:
        rows = pat.org_role_row.finditer(text)
    else:
        rows = (m for start, end in _role_lines(text, role_ends) for m in pat.org_role_row.finditer(text, start, end))
    for m in rows:
        pos = m.start("body")
        while True:
            seg = pat.org_role_seg.match(text, pos)
            if not seg:
                break
            words = _words(text, seg.start("body"), seg.end("body"))
            names = [text[s:e] for s, e in words]
            size = 3 if len(names) > 3 and (names[1] in pat.first_names or re.fullmatch(rf"[{UPPER}]\.", names[1])) else 2
            known = names[0].split("-")[0] in pat.first_names or pos > m.start("body")  # a later item of a proven row
            if not known or len(names) <= size:
                break
            org = names[size:]
            if not all(re.fullmatch(_NAME_WORD, w) for w in names[:size]) or not all(
                    _ORG_TOKEN.fullmatch(w) for w in org) or _has_stop(" ".join(names[:size]), pat):
                break
            if not any(_org_word(w, pat) for w in org):
                break  # "Rikke Voss Hvelplund, chef": the words after the name may be its surnames
            add(words[0][0], words[size - 1][1], 4, role=seg.group("role"))  # the row outranks a role before
            pos = seg.end()


@functools.lru_cache(maxsize=1)
def _plural_label() -> re.Pattern[str]:
    """A plural role as a label at a line's or sentence's start, a name after its colon."""
    return re.compile(rf"(?m)(?:^[ \t]*|(?<=[.!?][ ]))(?P<label>{_role_regex()})[ \t]*:[ \t]*(?P<name>{patterns().name})"
                      rf"(?=[ \t]*(?:$|[,.;(]|[ ](?:og|&|samt|[-–])[ ]))")


def _plural_label_list(text: str, m: re.Match[str], pat: _Patterns, add: Any) -> None:
    """A plural task as the label of a list on its line: each name holds it ("Referenter: Eva Holm og Bo Dam",
    "Fotografer: Eva Holm, Bo Dam"); groups of members ("Medlemmer: …", "Forældrerepræsentanter: …") give none."""
    if not _plural_role(m.group("label").casefold(), pat):
        return
    role = _clean_role(m.group("label").casefold(), pat)
    if role not in people_cues()["plural_label_roles"]:
        return  # "Skolerepræsentanter: A, B" in an attendance list: a group of members, no office
    if _heading_word(m.group("name").split()[0], pat) or m.group("name").split()[0] in pat.stop:
        return
    add(m.start("name"), m.end("name"), 2, role=role)
    pos = m.end("name")
    while (more := _plural_label_item().match(text, pos)) is not None:
        add(more.start("name"), more.end("name"), 2, role=role)
        pos = more.end("name")


@functools.lru_cache(maxsize=1)
def _plural_label_item() -> re.Pattern[str]:
    """A further name of a plural label's list on its line, after a comma, "og" or a dash ("Eva Holm – Bo Dam")."""
    return re.compile(rf"(?:,[ ]|[ ](?:og|&|[-–])[ ])(?P<name>{patterns().name})"
                      rf"(?=[ \t]*(?:[,;.\n]|$|[ ](?:og|&|samt|[-–])[ ]))", re.M)


def _label_list(text: str, pos: int, pat: _Patterns) -> list[re.Match[str]]:
    """The further names of a labelled list on its line, after commas or "og"."""
    found = []
    while (m := pat.list_next.match(text, pos)) is not None:
        found.append(m)
        pos = m.end("name")
    return found


def _line_role(m: Optional[re.Match[str]], pat: _Patterns) -> Optional[str]:
    """The role on the line under a name, with its portfolio where the head keeps one ("Minister for
    by, bolig og landdistrikter")."""
    return _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat) if m else None


_CONTACT_LINES_MAX = 12  # lines of a contact block read upwards from a name


def _roles_first_block(text: str, line: int, pat: _Patterns) -> bool:
    """The name line at ``line`` ends a block of alternating role and name lines that opens with a
    role ("Kontakt" / "Specialkonsulent" / "Eva Holm" / "Fuldmægtig" / "Bo Dam"): each role is the
    name's below it, not above it."""
    kinds: list[str] = []
    pos = line
    for _ in range(_CONTACT_LINES_MAX):
        above = _line_above(text, pos)
        if above is None:
            break
        row = text[above[0]:above[1]]
        kind = ("role" if re.fullmatch(rf"[ \t]*(?:{pat.role})[ \t]*", row)
                else "name" if re.fullmatch(rf"[ \t]*{pat.name}[ \t]*", row) else None)
        if kind is None or (kinds and kinds[-1] == kind) or (not kinds and kind != "role"):
            break
        kinds.append(kind)
        pos = above[0]
    return bool(kinds) and kinds[-1] == "role"


def _role_line_above(text: str, line: int, pat: _Patterns, roles_first: bool = False) -> Optional[str]:
    """A role alone on the line above a name line, perhaps across one blank line ("Chefredaktør" over
    "Eva Holm", "Borgmester" / "" / "Eva Holm"), unless the line above the role is itself a name, whose
    role it then is ("Eva Holm" / "Chefredaktør"), in a block that does not open with a role."""
    above = _line_above(text, line)
    if above is None:
        return None
    m = re.fullmatch(rf"[ \t]*(?P<role>{pat.role})[ \t]*", text[above[0]:above[1]])
    if not m:
        return None
    if roles_first:
        return m.group("role")
    owner_line = _line_above(text, above[0])
    if owner_line is None:
        return m.group("role")
    owner = re.fullmatch(rf"[ \t]*{pat.name}[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*", text[owner_line[0]:owner_line[1]])
    return None if owner else m.group("role")


def _line_above(text: str, line: int) -> Optional[tuple[int, int]]:
    """The span of the nearest non-blank line above the line starting at ``line``, across at most
    one blank line; None at the text's start."""
    end = line - 1
    for _ in range(2):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _speaker_headings(text: str, pat: _Patterns, add: Any) -> None:
    """A round of answers under a counted plural role: "68 borgmestre" in the introduction, then at least
    three heading lines "Albertslund – Eva Holm (S):", each person with that role."""
    if ":" not in text:
        return
    heads = list(_line_matches(text, _COLON_LINE, pat.speaker_heading))
    if len(heads) < 3:
        return
    counted = [m for m in pat.counted_role.finditer(text, 0, heads[0].start()) if _plural_role(m.group("role"), pat)]
    if not counted:
        return
    role = counted[-1].group("role")
    for m in heads:
        party = _party_of(m.group("party"), pat) if m.group("party") else None
        add(m.start("name"), m.end("name"), 3, role=role, party=party)


def _run_on_start(text: str, start: int, end: int, pat: _Patterns) -> int:
    """Where the last name begins in names run together on one line ("Bo Holm Markussen Lene Lund (referent)").

    A known first name after a word that is none, from the third word on, starts a new name.
    """
    words = [(start + m.start(), text[start + m.start():start + m.end()])
             for m in re.finditer(r"\S+", text[start:end])]
    for i in range(len(words) - 2, 1, -1):
        if words[i][1] in pat.first_names and words[i - 1][1] not in pat.first_names:
            return words[i][0]
    return start


def _named_list(text: str, role_start: int, m: re.Match[str]) -> bool:
    """Names after a plural role form a list: joined by "og"/"&" without a colon, or after a counted
    role and a colon at least two ("68 borgmestre: A, B, C"; "Medlemmer: A, B" is an attendance list)."""
    names = m.group("names")
    if not m.group("colon"):
        return bool(re.search(r"[ ](?:og|&)[ ]", names))
    before = text[max(0, role_start - 24):role_start].split()
    counted = bool(before) and (before[-1].isdigit() or before[-1].casefold() in people_cues()["list_counts"])
    if counted and len(before) > 1 and before[-2].endswith(":"):
        return False  # "Mødelokale: 215 Medlemmer: A, B": the number is the field before, no count
    return counted and "," in names


def _former_office(text: str, role_start: int) -> bool:
    """A word of a past office right before the role ("tidligere", "fhv.")."""
    before = text[max(0, role_start - 16):role_start].split()
    return bool(before) and text[role_start - 1:role_start] == " " and (
        before[-1].casefold() in people_cues()["former_words"])


def _former_title(text: str, role_start: int) -> str:
    """The former-office word right before the role that leaves the person the office ("tidligere "), or ""."""
    if not _former_office(text, role_start):
        return ""
    word = text[max(0, role_start - 16):role_start].split()[-1].casefold()
    return f"{word} " if word in people_cues()["former_titles"] else ""


def _without_role(add: Any, start: int, end: int, priority: int, role: Optional[str] = None, **more: Any) -> None:
    """``add`` a name without the role found for it."""
    add(start, end, priority, **more)


def _said_before(text: str, role_start: int, role: str) -> bool:
    """A lower-case role right after a verb of saying, so that a comma after it only sets off the
    name ("fortæller formand, Eva Lund (R)")."""
    before = text[max(0, role_start - 16):role_start]
    new = _DEFINITE_BEFORE.search(text, max(0, role_start - 40), role_start)
    if role[:1].islower() and new and new.group("new") in people_cues()["new_office_words"]:
        return True  # "det glæder den nye chef, Eva Lund": a newly taken office sets off the name
    if _FORMER_BEFORE().search(text, max(0, role_start - 40), role_start):
        return True  # "han afløser den tidligere formand, Eva Lund": a past office sets off the name too
    if role[:1].islower() and _OWNER_BEFORE().search(text, max(0, role_start - 60), role_start):
        return True  # "Nordbys socialdemokratiske borgmester, Eva Lund", "udvalgets formand, Bo Dam": the office's holder
    return role[:1].islower() and bool(before.endswith(" ")) and bool(before.split()) and (
        before.split()[-1].casefold() in people_cues()["speech_verbs"])


@functools.lru_cache(maxsize=1)
def _FORMER_BEFORE() -> re.Pattern[str]:
    """A determiner and a kept former-office word right before a role ("den tidligere ", "Vores tidligere ")."""
    more = people_cues()
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(map(re.escape, more['former_determiners']))})[ ]"
                      rf"(?i:{'|'.join(map(re.escape, more['former_titles']))})[ ]\Z")


_DEFINITE_BEFORE = re.compile(r"(?<![\w-])den[ ](?P<new>[a-zæøå]+e)[ ](?:[a-zæøå]+e[ ])?\Z")


@functools.lru_cache(maxsize=1)
def _OWNER_BEFORE() -> re.Pattern[str]:
    """An owner in the genitive right before a role, maybe with a party's adjective between ("Nordbys
    borgmester", "Aarhus' socialdemokratiske borgmester", "udvalgets formand"): the role is one person's."""
    adjectives = "|".join(map(re.escape, people_cues()["party_adjectives"]))
    return re.compile(rf"(?<![\w-])(?:[{UPPER}][\w-]*(?:s|s'|')|[{LOWER}]{{2,}}(?:ets|ens|ernes))[ ]"
                      rf"(?:(?:{adjectives})[ ])?\Z")


def _role_ends(hit: re.Match[str]) -> list[int]:
    """Where a role phrase may end: its whole length first, then before each space in it."""
    spaces = [hit.start() + i for i, ch in enumerate(hit.group()) if ch == " "]
    return [hit.end(), *reversed(spaces)]


@functools.lru_cache(maxsize=1)
def _replaced_link() -> re.Pattern[str]:
    return re.compile(rf"[ ](?:{'|'.join(map(re.escape, people_cues()['replaced_links']))})[ ,]*\Z", re.IGNORECASE)


def _replaced(link: str) -> bool:
    """The link ends in words that hand the role on ("medlem af udvalget i stedet for …")."""
    return bool(link) and _replaced_link().search(link) is not None


_WORD_END = re.compile(r"(?<![\w-])(?P<w>[^\W\d_]+)[ ]\Z")


_ROLE_AND_BEFORE = re.compile(rf"(?<![\w-])(?P<role>[{LOWER}]{{3,}})[ ]og[ ]$")


def _coordinated_role_lead(text: str, pos: int, pat: _Patterns) -> str:
    """A second role in lower case joined by "og" before the role at ``pos`` ("journalist og forfatter
    Eva Lund", "skoleleder og udviklingskonsulent Bo Dam"): both are the person's, written together."""
    m = _ROLE_AND_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None or not pat.base_role.fullmatch(m.group("role")) or _plural_role(m.group("role"), pat):
        return ""
    if _clean_role(m.group("role"), pat) != m.group("role"):
        return ""  # "borgmesteren og kommunaldirektør Eva Lund": the definite role is someone else's
    if text[max(0, m.start() - 2):m.start()] == ", ":
        return ""  # "minister for …, kulturminister og minister for …": the longer list of roles is read whole
    return f"{m.group('role')} og "


def _role_adjective(text: str, pos: int) -> str:
    """The adjective that belongs to the title at ``pos``, in its base form with a space ("boligsocial "), or ""."""
    m = _WORD_END.search(text, max(0, pos - 20), pos)
    if m is None:
        return ""
    word = m.group("w").casefold()
    adjectives = frozenset(people_cues()["role_adjectives"])
    base = word if word in adjectives else word[:-1] if word.endswith("e") and word[:-1] in adjectives else None
    return f"{base} " if base else ""


def _definite_apposed(text: str, role: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A singular role in its definite form, a comma and a name set off by a comma or a full stop ("Dan Holm og
    stedfortræderen, Eva Lund, har meldt afbud"): the name is in apposition to the role, whose holder it is."""
    word = role.rsplit(" ", 1)[-1]
    low = word.casefold()
    if not low.endswith(("en", "n")) or _plural_role(word, pat) or _base_role(word, pat) == word:
        return False
    return re.match(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*[,.]", text[m.end("name"):m.end("name") + 30]) is not None


@functools.lru_cache(maxsize=1)
def _takeover_before() -> re.Pattern[str]:
    """A takeover verb earlier in the sentence, then "posten/hvervet som" or "som" right before a role."""
    verbs = "|".join(map(re.escape, people_cues()["takeover_verbs"]))
    return re.compile(rf"(?<![\w])(?:{verbs})[ ](?:[^.!?\n]{{0,40}}[ ])?som[ ]\Z")


def _handed_over(text: str, role_start: int, link: str) -> bool:
    """Someone takes over the role "from" the name after it: the name is the one who held it."""
    return (re.search(r"[ ]fra(?:[ ]|\Z)", link) is not None
            and _takeover_before().search(text, max(0, role_start - 80), role_start) is not None)


_SENTENCE_START = re.compile(r"(?:\A|\n|[.!?][ ])[ \t]*\Z")
_APPOSITION_CLOSE = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*,[ ][a-zæøå]")


def _sentence_apposed(text: str, role_start: int, role: str, m: re.Match[str]) -> bool:
    """A capitalised role opening a sentence, a comma and a name closed by a comma before the sentence goes on
    ("Social- og beskæftigelsesrådmand, Eva Lund (S), har …"): the name is in apposition to the role."""
    return (role[:1].isupper() and _SENTENCE_START.search(text, max(0, role_start - 4), role_start) is not None
            and _APPOSITION_CLOSE.match(text, m.end("name")) is not None)


@functools.lru_cache(maxsize=1)
def _lower_word_before() -> re.Pattern[str]:
    """A lower-case word, or a capitalised ordinal opening a sentence ("Første stedfortræder, …"), right
    before a role (ordinals in ``people.yaml``: ordinal_role_leads)."""
    ordinals = "|".join(re.escape(str(w)) for w in people_cues()["ordinal_role_leads"])
    return re.compile(rf"(?<![\w-])(?:[a-zæøå]{{2,}}|(?<![^\n.] )(?:{ordinals}))[ ]\Z")
_APPOSITION_CLOSE_WORD = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*,[ ](?P<word>[a-zæøå]+)(?![\w-])")


def _clause_apposed(text: str, role_start: int, m: re.Match[str], pat: _Patterns) -> bool:
    """A role inside a sentence after a lower-case word, a comma and a name closed by a comma before the
    sentence goes on in lower case ("vil kommunaldirektør, Eva Lund, holde et oplæg"): the name is in
    apposition to the role. Not in a list of names and roles ("Bo Dam, formand, Eva Lund, næstformand")."""
    if _lower_word_before().search(text, max(0, role_start - 30), role_start) is None:
        return False
    close = _APPOSITION_CLOSE_WORD.match(text, m.end("name"))
    return close is not None and not pat.any_role.fullmatch(close.group("word"))


@functools.lru_cache(maxsize=1)
def _relative_before() -> re.Pattern[str]:
    """A relative clause ending right before a role (``people.yaml``: relative_clause_before_role_regex)."""
    return re.compile(people_cues()["relative_clause_before_role_regex"])


def _add_role_before(
    text: str, role_start: int, role: str, m: re.Match[str], per: list[tuple[int, int]],
    blocked: list[tuple[int, int]], pat: _Patterns, add: Any,
) -> bool:
    """A role before a name, perhaps with the organisation between ("Repræsentant for X Dorte Fisker").

    False when the match holds no person, so that the search goes on after the role word.
    """
    link = m.group("link") or ""
    if m.group("comma") == ":" and text[line_of(text, role_start)[0]:role_start].strip():
        return False  # "Repræsentant fra Ungerådet: Eva Holm" labels a line; inside a sentence the colon ends the role
    if _link_to_person(m, pat) and _plural_role(role.split()[-1].casefold(), pat):
        return False  # "stedfortrædere for Eva Lund, Bo Dam …": those stood in for, no holders of the role
    if _handed_over(text, role_start, link):  # "overtager posten som leder af X fra Eva Lund": Eva Lund leaves it
        add = functools.partial(_without_role, add)
    former = _former_title(text, role_start)  # "den tidligere formand Eva Lund": her office, "formand"
    if former and _clean_role(role, pat) in people_cues()["membership_roles"]:
        former = ""  # "Tidligere medlem af rådet, Bo Dam": a membership left, no office: no role
    if (_former_office(text, role_start) and not former) or _replaced(link):  # "den daværende formand": no role
        add = functools.partial(_without_role, add)
    if (m.group("direct") and not _said_before(text, role_start, role) and not _definite_apposed(text, role, m, pat)
            and not _sentence_apposed(text, role_start, role, m) and not _clause_apposed(text, role_start, m, pat)):
        return False  # "Bo Dam, formand, Eva Lund": a comma after a role ends its apposition
    if link and _after_name(text, role_start, pat) and not _list_item(text, role_start, m, pat):
        return False  # "Gitte Ravn, formand for Kalundborg Boligselskab": an apposition, no name follows
    if (text[role_start].isupper() and _after_name(text, role_start, pat) and not _roles_lead(text, role_start, pat)
            and not _lone_title_before(text, role_start, role_start + len(role), pat)):
        return False  # "Til stede: Bent Holm, Formand Eva Lund, Næstformand …": the role is Bent Holm's
    if (not link and _after_name(text, role_start, pat) and _labelled_names_first(text, role_start, pat)
            and not _lone_stand_in(text, role_start, role, m.group("name"), pat)):
        return False  # "Deltagere: Bent Holm, formand Eva Lund, næstformand Ole Bak": each role after its name
    if (not link and text[role_start].islower() and _after_name(text, role_start, pat)
            and m.group("name").split()[0] not in pat.first_names and surname_strength(m.group("name").split()[-1]) < 2):
        return False  # "Eva Lund, direktør Hotel Nordby": the role and its workplace are Eva Lund's (not "…, direktør Nich Bendtsen")
    if link.count(")") > link.count("("):
        return False  # "Eva Lund (chef for Plancentret) Bo Dam": the role in brackets is Eva Lund's
    if link and _relative_before().search(text, max(0, role_start - 40), role_start):
        return False  # "Bo Dam, der er formand for foreningen Nordby Venner": the role is Bo Dam's, the name a body's
    start, end = m.start("name"), m.end("name")
    # a plural role names no single holder after its organisation ("repræsentanter fra foreninger, herunder Dansk
    # Flygtningehjælp, Ungdommens Røde Kors, …": the list goes on with organisations)
    after = _name_after_org(text, m, pat) if link and not m.group("comma") and not _plural_role(role, pat) else None
    if after is None and link and pat.not_person_last.fullmatch(m.group("name").split()[-1]):
        return False  # "forperson for X, glæder sig over samarbejdet med Det Obelske Fond": a body, no name
    if _BARE_INSIDE.search(m.group("name")) and text.startswith(",", end):
        return False  # "Jess S Sandgreen, Enok S Mølgaard": party letters in a list, no initials
    if after is not None:  # "formanden for Det Konservative Folkeparti, Lis Dahl", "… for Nordby Boligselskab, Eva Holm"
        add(after.start("name"), after.end("name"), 3, role=_clean_role(role, pat))
        return True
    if re.search(r"\)[ ][-–][ ]\Z", text[max(0, role_start - 4):role_start]):
        return False  # "Ole Dam (C) - Formand Eva Lund (V)": the role after the dash is Ole Dam's
    if pat.any_role.match(text, start):
        return False  # "Stedfortræder Medlemmer Ole Dam": a label, then another header
    end = stretch_end(text, start, end)  # "Formand Bo Holm Næstformand Eva Lund": Bo Holm
    if link.startswith(" for ") and _clean_role(role, pat) in people_cues()["stand_in_roles"]:
        if m.group("comma") and re.search(rf"{pat.name}[ \t]*(?:\([^()\n]{{1,4}}\))?\Z", link):
            add(start, end, 3, role=_clean_role(role, pat))  # "Suppleant for Eva Holm(A), Bo Dam"
            return True
        holder = pat.stand_in_holder.match(text, end)
        if holder:  # "Suppleant for Eva Holm (A), Bo Dam": Bo Dam stands in
            add(holder.start("name"), holder.end("name"), 3, role=_clean_role(role, pat))
            return True
        return False  # "stedfortræder for Eva Holm": Eva Holm is the one away
    if _plural_role(role, pat) or (link and pat.any_role.search(link)):
        return False  # "pædagoger i de institutioner, …, siger minister Lise Dam": the nearer role holds
    if link:
        if re.match(rf"[ ][{UPPER}]", text[end:end + 2]) or _ORG_AFTER.match(text, end):
            return False  # the words go on: part of an organisation's name ("Poul Chr. Vinds' Fond")
        if not m.group("comma"):
            start = _name_start(text, start, end, per, blocked, pat)
        if not _given_name(text[start:end].split()[0], pat) and not any(s <= start and end <= e for s, e in per):
            return False  # "Ministeren på besøg i Værebro Park": no given name, no person of the model's, after the link
        link = text[m.start("link"):start]
    full = _role_with_body(_clean_role(role, pat), link.rstrip(", :"), pat)
    chain = _portfolio_chain(text, role_start, full)
    party = _link_party(link)
    add(start, end, 3, role=f"{lower_first(chain)}{full}" if chain else full, bare=True, party=party)
    return True


@functools.lru_cache(maxsize=1)
def _party_letters() -> dict[str, str]:
    """National parties' names written out, lower-cased, mapped to their ballot letters ("venstre" → "V")."""
    letters: dict[str, str] = {}
    for party in load_gazetteers().parties:
        if party.scope == "national" and party.letter:
            for form in (party.name, party.short, *party.aliases):
                if form and len(form) > 3:
                    letters.setdefault(form.casefold(), party.letter)
    return letters


def party_names() -> frozenset[str]:
    """National parties' names written out, lower-cased ("venstre", "dansk folkeparti")."""
    return frozenset(_party_letters())


@functools.lru_cache(maxsize=1)
def _party_link() -> re.Pattern[str]:
    """A role's link that is only a national party with its ballot letter (" for Venstre (V) ")."""
    forms = trie_regex(list(_party_letters()))
    return re.compile(rf"[ ](?:for|fra)[ ](?P<party>(?i:{forms}))[ ]\((?P<letter>[{UPPER}])\),?[ ]*")


def _link_party(link: str) -> Optional[str]:
    """The party letter of a role's holder when the role's link is that party and its own letter
    ("Gruppeformand for Venstre (V) Knud Holm"); a party without its letter, or with another party's, gives
    none, as the letter is the fact."""
    m = _party_link().fullmatch(link)
    if not m or _party_letters().get(squash(m.group("party")).casefold()) != m.group("letter"):
        return None
    return m.group("letter")


@functools.lru_cache(maxsize=1)
def _portfolio_chain_pattern() -> re.Pattern[str]:
    """Offices of one holder listed before the last ("Minister for byer og landdistrikter, kirkeminister og "):
    each a portfolio head, alone or with a lower-case field after "for", then a comma or "og"."""
    heads = "|".join(re.escape(h) for h in people_cues()["portfolio_heads"])
    capitalised = "|".join(re.escape(h.capitalize()) for h in people_cues()["portfolio_heads"])
    office = rf"(?:[{UPPER}][{LOWER}\-]*(?:{heads})|[{LOWER}\-]*(?:{heads})|(?:{capitalised}))(?:[ ]for[ ][{LOWER}][{LOWER} \-]{{2,60}}?)?"
    return re.compile(rf"(?<![\w-])(?:{office}(?:,[ ]|[ ]og[ ])){{1,3}}\Z")


def _portfolio_chain(text: str, role_start: int, role: str) -> str:
    """The offices a minister holds besides the one before the name, listed before it ("Minister for byer og
    landdistrikter, kirkeminister og minister for nordisk samarbejde Eva Holm"): the role is the whole list."""
    if role.split(" ", 1)[0].casefold() not in people_cues()["portfolio_heads"] and not role.casefold().endswith(
            tuple(people_cues()["portfolio_heads"])):
        return ""
    m = _portfolio_chain_pattern().search(text, max(0, role_start - 200), role_start)
    return m.group() if m else ""


_ITEM_REACH = 3000  # how far above an election its agenda item's heading may stand


@functools.lru_cache(maxsize=1)
def _office_election_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    more = people_cues()
    verbs = "|".join(more["election_verbs"])
    lead = "|".join(re.escape(w) for w in more["office_item_leads"])
    elected = re.compile(rf"(?<![\w])(?:{verbs})[ ](?P<name>{patterns().name})(?=[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*[.\n])")
    item = re.compile(rf"(?im)^[ \t]*(?:(?:punkt[ \t]+\d{{1,3}}\.?|\d{{1,3}}\.)[ \t]+|(?=(?:{lead})[ \t]))(?P<title>[^\n]+?)[ \t]*$")
    office = re.compile(rf"(?i)(?:(?:{lead})[ \t]+)?(?P<role>[^\W\d_][\w-]*)")
    return elected, item, office


def _elected_under_office_item(text: str, pat: _Patterns, add: Any) -> None:
    """An election without the office after the name, in an agenda item headed by one office alone ("Punkt 2
    Borgmester" / … / "Byrådet valgte Eva Holm."; "3. Valg af næstformand" / … / "Udvalget valgte Bo Dam."): the
    person holds that office."""
    if not any(v in text for v in people_cues()["election_verbs"]):
        return
    elected, item, office = _office_election_patterns()
    for m in elected.finditer(text):
        head = None
        for h in item.finditer(text, max(0, m.start() - _ITEM_REACH), m.start()):
            head = h
        title = office.fullmatch(head.group("title")) if head else None
        if title is None:
            continue
        role = title.group("role")
        if not pat.base_role.fullmatch(role.lower()) or _plural_role(role, pat):
            continue
        add(m.start("name"), m.end("name"), 3, role=role.lower())


@functools.lru_cache(maxsize=1)
def _inverted_election_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An election told with the holder between "blev" and the participle: "… blev Eva Holm valgt til dirigent",
    and the office fronted with "Til": "Til suppleanter blev Eva Holm og Bo Dam valgt." (participles in
    ``people.yaml``: elected_participles)."""
    name = patterns().name
    done = "|".join(map(re.escape, people_cues()["elected_participles"]))
    role = _role_regex()
    aux = re.escape(people_cues()["election_auxiliary"])
    front = re.escape(people_cues()["office_fronting_preposition"])
    held = re.compile(rf"(?<![\w]){aux}[ ](?P<name>{name})[ ](?:{done})[ ](?:til|som)[ ](?:ny[ ]|nyt[ ])?(?P<role>{role})"
                      rf"(?=[ \t]*(?:[.,;:]|$|<br\b))", re.M)
    fronted = re.compile(rf"(?:^|(?<=[.!?:][ ]))[ \t]*{front}[ ](?:ny[ ]|nyt[ ])?(?P<role>{role})[ ]{aux}[ ]"
                         rf"(?P<names>{name}(?:,[ ]{name})*(?:[ ]og[ ]{name})?)[ ](?:{done})(?=[ \t]*(?:[.,;]|$))", re.M)
    return held, fronted


def _inverted_elections(text: str, pat: _Patterns, add: Any) -> None:
    """Holders of an office an election gives them with the name before the participle ("Som punkt 1 blev Eva
    Holm valgt til dirigent", "Til suppleanter blev Eva Holm og Bo Dam valgt"); a singular office fronted
    before two names gives neither of them the office."""
    if people_cues()["election_auxiliary"] + " " not in text:
        return
    held, fronted = _inverted_election_patterns()
    for m in held.finditer(text):
        add(m.start("name"), m.end("name"), 3, role=_clean_role(m.group("role"), pat))
    fronted_hits = fronted.finditer(text) if people_cues()["office_fronting_preposition"] + " " in text else ()
    for m in fronted_hits:  # every match holds the fronting preposition and a space
        names = list(re.finditer(pat.name, m.group("names")))
        role = m.group("role")
        if len(names) > 1 and not _plural_role(role, pat):
            continue
        for part in names:
            add(m.start("names") + part.start(), m.start("names") + part.end(), 3, role=_clean_role(role, pat))


def _party_of(written: str, pat: _Patterns) -> str:
    """The party as the text gives it: a letter as written, a known party name as its abbreviation."""
    written = squash(written)
    if written in pat.letters:
        return written
    low = written.casefold()
    for form in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("'s") else low):
        if form in pat.party_forms:
            return pat.party_forms[form]
    stripped = re.sub(r"['’]s$", "", written)
    if stripped == written and len(written) > 2 and written.endswith("s"):
        stripped = written[:-1]  # "SFs": an abbreviation's genitive without its apostrophe
    return stripped if stripped in pat.letters else written


_SLASH_ROWS_MIN = 2  # "Eva Lund/Formand" rows that make a members' list with each one's role after a slash


@functools.lru_cache(maxsize=1)
def _slash_row() -> re.Pattern[str]:
    """A list row of a name, a slash and its role or a shortened role ("Eva Lund/Personalerep."), perhaps
    an attendance note after it ("Bo Dam/Kasserer Afbud")."""
    pat = patterns()
    status = "|".join(map(re.escape, people_cues()["attendance_status"]))
    short = "|".join(map(re.escape, people_cues()["role_abbreviations"]))
    return re.compile(
        rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<name>{pat.name})[ \t]*/[ \t]*"
        rf"(?P<role>{pat.role}|[{UPPER}{LOWER}][{LOWER}]*(?i:{short}))(?:[ \t]+(?i:{status}))?[ \t]*$")


def _slash_rows(text: str, pat: _Patterns, add: Any) -> None:
    """Rows of a members' list that write each role after the name and a slash ("Eva Lund/Formand",
    "Bo Dam/Personalerep."): at least two such rows make the list."""
    if "/" not in text:
        return
    rows = list(_slash_row().finditer(text))
    if len(rows) < _SLASH_ROWS_MIN:
        return
    for m in rows:
        add(m.start("name"), m.end("name"), 2, role=m.group("role"))


_STATUS_AFTER = re.compile(rf"[ ](?i:{'|'.join(map(re.escape, people_cues()['attendance_status']))})\Z")


def _list_lines(text: str, out: list[Candidate], pat: _Patterns, add: Any) -> None:
    """Name-only lines next to a line that begins with a person's name (an attendance list)."""
    person_lines = set()
    for cand in out:
        line = text.rfind("\n", 0, cand.start) + 1
        if re.fullmatch(r"[ \t]*(?:[•*·|-][ \t]*)?", text[line:cand.start]):
            person_lines.add(line)
    if not person_lines:
        return
    status = "|".join(map(re.escape, people_cues()["attendance_status"]))
    regex = re.compile(rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<name>{pat.name})[ \t]*(?:\([^()\n]{{1,40}}\))?"
                       rf"[ \t]*(?::[ \t]*(?:(?i:{status})(?![\w])[^\n]*|(?P<about>[^\n]+))"
                       rf"|[ ][-–][ ](?P<note>[{LOWER}][^\n]*))?$")
    matches = list(regex.finditer(text))
    noted = {m.start() for m in matches if m.group("note")}
    for m in matches:
        line = m.start()
        if line in person_lines:
            continue
        prev_line = text.rfind("\n", 0, max(0, line - 1)) + 1 if line else -1
        next_line = text.find("\n", m.end()) + 1 if m.end() < len(text) else -1
        if m.group("note") and not (prev_line in noted and prev_line != line or next_line in noted):
            continue  # "• Eva Lund - valgt af byrådet" only among rows of the same form
        if prev_line in person_lines and prev_line != line or next_line in person_lines and next_line > 0:
            name, end = squash(m.group("name")), m.end("name")
            note = _STATUS_AFTER.search(name)
            if note and not m.group("about") and len(name[:note.start()].split()) >= 2:
                name, end = name[:note.start()], m.start("name") + note.start()  # "Eva Lund Afbud": the row's note
            if m.group("about") and not _given_name(name.split()[0], pat):
                continue  # "• Eva Holm: Mødrehjælpen" counts only after a known first name
            if _model_name_ok(name, pat) and not _has_stop(name, pat):
                add(m.start("name"), end, 2)
                person_lines.add(line)  # the next line of the list may follow


_LINE_TEXT = re.compile(r"[^\n]+")
_ITEM_REST = re.compile(rf"(?:[ ]{_NAME_WORD}){{1,2}}(?=[ \t]*(?:[,;.]|$))", re.M)


def _comma_lists(text: str, out: list[Candidate], pat: _Patterns, add: Any) -> None:
    """The other names of a run of at least four comma-separated names of which at least half are
    persons already (a members' list run into one line): each from its first known first name."""
    starts = {c.start for c in out}
    ends = {c.end for c in out}
    for line in _LINE_TEXT.finditer(text):
        if line.group().count(",") < 3:
            continue  # a run of four names has three commas
        for run in pat.comma_run.finditer(text, line.start(), line.end()):
            items = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"[^,]+", run.group())]
            items = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in items]
            known = sum(1 for s, e in items if e in ends or s in starts)
            if known * 2 < len(items):
                continue
            more = _ITEM_REST.match(text, items[-1][1])
            if more:  # "…, Bo Dam Ingen Eva Lund Holt": the last item runs past the name pattern's length
                items[-1] = (items[-1][0], more.end())
            for s, e in items:
                words = _words(text, s, e)
                given = [i for i, (ws, we) in enumerate(words) if text[ws:we].split("-")[0] in pat.first_names]
                if not given and known >= len(items) - 1 and _plain_name(text[s:e], pat) \
                        and _model_name_ok(text[s:e], pat):
                    add(s, e, 2)  # "…, Mikkel Holt, Omar Haddad, Eva Lund, …": the one name of the list the others prove
                    continue
                if not given or len(words) - given[0] < 2:
                    continue
                # "Birgitte Steen Jørgensen Martin Leider Olsen": a second name run on without a comma
                later = [i for i in given if i >= given[0] + 2 and len(words) - i >= 2]
                add(words[given[0]][0], words[later[0] - 1][1] if later else e, 2)
                if later:
                    add(words[later[0]][0], e, 2)


_LOWER_SURNAME_ITEM = re.compile(
    rf"(?<=,[ ])(?P<name>[{UPPER}][{LOWER}]+[ ](?P<last>[{LOWER}]{{3,}}))"
    rf"(?P<letter>[ ]\([{UPPER}]{{1,2}}\))?(?=,[ ]|[ ](?:og|&)[ ])")
_ITEM_BEFORE = re.compile(rf"(?:[ ]\([{UPPER}]{{1,2}}\))?,[ ]\Z")
_ITEM_AFTER = re.compile(r",[ ]|[ ](?:og|&)[ ]")


def _lowercase_surname_items(text: str, out: list[Candidate], pat: _Patterns) -> None:
    """An item of a list of people whose surname was typed in lower case ("Eva Lund, Bo winther og Kim Holm",
    "Eva Lund (A), Bo dam (V), Kim Holm (F)"): a capitalised word and one lower-case word between two items
    already found as people; with no party letter the first word must be a known first name and the second
    no common word."""
    if not out:
        return
    ends = {c.end for c in out}
    starts = {c.start for c in out}
    taken = [(c.start, c.end) for c in out]
    for m in _LOWER_SURNAME_ITEM.finditer(text):
        first, last = m.group("name").split()
        if last in pat.stop or overlaps(m.start(), m.end(), taken):
            continue
        if not m.group("letter") and (first not in pat.first_names or common_word(last)):
            continue  # without a party letter: a known first name and no common word
        before = _ITEM_BEFORE.search(text, max(0, m.start() - 8), m.start())
        after = _ITEM_AFTER.match(text, m.end())
        if not before or before.start() not in ends or not after or after.end() not in starts:
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "person", 2, {"role": None, "party": None}))


def _context(text: str, cand: Candidate, pat: _Patterns) -> None:
    """Role and party letter from what follows a name: "(A)", ", formand", ", der er formand for …"."""
    extra = cand.extra
    if not extra.get("party"):
        m = pat.party_next_line.match(text, cand.end)
        if m:  # "Eva Lund<br />" / "(A), Bo Dam (V)", "Eva Lund" / "" / "(A)": the party on the next line
            extra["party"] = m.group("party")
    if not extra.get("party") and _row_lead(text, cand.start, pat):
        m = pat.letter_item.match(text, cand.end)
        if m:  # "• Eva Lund, F - Bo Dam stedfortræder", "Bo Dam, A, (sygdom)", "Eva Lund | A | Formand": a list row
            extra["party"] = m.group("party")
            if m.group("cell") and not extra.get("role"):
                extra["role"] = _cell_role(m.group("cell"), pat)
    if not extra.get("party") and _INLINE_ITEM_LEAD.search(text, max(0, cand.start - 4), cand.start):
        m = pat.inline_letter.match(text, cand.end)
        if m:  # "Afbud: Eva Lund, A, Bo Dam, V og Kim Holm, F": items of a list, each with its letter
            extra["party"] = m.group("party")
    if not extra.get("party"):
        m = _LOCAL_LETTER.match(text, cand.end)
        if m and m.group("party") not in pat.letters and m.group("party") not in _name_initials(cand.name, pat) \
                and _lettered_rows(text, cand.end, pat) >= _LETTERED_LINE_MIN:
            extra["party"] = m.group("party")  # "• Bo Dam (UP)" among rows "• Eva Lund (A)": a local list's own letters
    if not extra.get("party"):
        m = _BARE_LETTER_ITEM.match(text, cand.end)
        if m and m.group("party") in _ballot_letters() and _bare_letter_items(text, cand.end) >= _BARE_LETTER_ITEMS_MIN:
            extra["party"] = m.group("party")  # "Fraværende Eva Lund V og Bo Dam V, …": a flattened list's bare letters
    if not extra.get("party") and _CLAUSE_LEAD.search(text, max(0, cand.start - 4), cand.start):
        m = _LETTER_BEFORE_VERB.match(text, cand.end)
        if m and m.group("party") in _ballot_letters():
            extra["party"] = m.group("party")  # "Eva Lund, C blev foreslået som formand": the letter after a comma
    m = pat.after.match(text, cand.end)
    if m:
        extra["party"] = _party_of(m.group("party"), pat)  # the letter beside the name wins over a genitive
        if m.group("paren_role") and not extra.get("role"):  # "Eva Holm (A) (1. viceborgmester)"
            # "Bo Dam (Ø) (stedfortræder for Eva Lund)": the one stood in for is no part of the role
            extra["role"] = _role_with_body(_clean_role(m.group("paren_role"), pat), m.group("paren_tail"), pat)
        if not m.group("role") and not m.group("paren_role") and not extra.get("role"):
            cell = _ROLE_CELL_AFTER_PARTY.match(text, m.end())  # "Eva Lund (A) Formand": a row's last cell
            if cell and pat.any_role.fullmatch(cell.group("role")) and _row_lead(text, cand.start, pat):
                extra["role"] = _cell_role(cell.group("role"), pat)
        if m.group("role") and not extra.get("role") and not pat.dash_name.match(text, m.end("role")):
            extra["role"] = _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
            extra["role"] = _office_after_membership(text, m.end("role"), extra["role"], pat)
    if not m:
        m = pat.paren_role.match(text, cand.end)
        if m and _clean_role(m.group("role"), pat) in people_cues()["party_slot_roles"]:
            m = None  # "Afbud: Bo Dam (Løsgænger)": a political standing where the party letter stands
        if m:  # "Eva Lund (formand)", "Eva Lund (chef for Plancentret)", "Eva Lund (Sekretariatet, referent)"
            if m.group("lead") and squash(m.group("lead")) in pat.letters and not extra.get("party"):
                extra["party"] = squash(m.group("lead"))  # "Eva Lund (A, formand)"
            extra["party"] = extra.get("party") or m.group("trail")  # "Eva Lund (formand, A)"
            extra["role"] = extra.get("role") or _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
            return
        pair = _respective_roles().match(text, cand.end)
        if pair and not extra.get("role"):  # "Eva Lund og Bo Dam, formand og kasserer": the first role is the first name's
            extra["role"] = _clean_role(pair.group("first"), pat)
            return
        m = pat.apposition.match(text, cand.end)
        if m and _clean_role(m.group("role"), pat) in people_cues()["party_slot_roles"] and _row_lead(text, cand.start, pat):
            return  # "• Eva Lund, løsgænger" among rows "• Bo Dam, A": a political standing in the party's cell
        second = _SECOND_ROLE.match(text, m.end()) if m and not m.group("tail") and not m.group("party") else None
        if second and pat.any_role.fullmatch(second.group("role")) and _respective_roles().search(
                text, max(0, cand.start - 120), second.end()) and not extra.get("role"):
            extra["role"] = _clean_role(second.group("role"), pat)  # … the second role the second name's
            return
        if m and (_role_of_next(text, m, pat) or (m.group("role")[:1].isupper() and pat.dash_name.match(text, m.end("role")))):
            return
        if m:
            if not extra.get("role"):
                extra["role"] = _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
                extra["role"] = _office_after_membership(text, m.end("role"), extra["role"], pat)
                if m.group("adj"):  # "Eva Lund, etnisk repræsentant": the adjective is part of the title
                    extra["role"] = f"{m.group('adj')} {extra['role']}"
            if m.group("party"):
                extra["party"] = extra.get("party") or m.group("party")
            return
    if not extra.get("role") and text[max(0, cand.start - 3):cand.start] in (" - ", " – "):
        m = _stand_in_at_line_end().match(text, cand.end)
        if m:  # "• Eva Lund, F - Bo Dam stedfortræder": the stand-in after the dash at the row's end
            extra["role"] = _clean_role(m.group("role"), pat)
    if not extra.get("role") and _row_lead(text, cand.start, pat):
        role = _dash_row_role(text, cand.end, pat)
        if role:  # "Vibeke Holm - Teamleder Vandløb": a list row's name, a dash, its role and unit
            extra["role"] = role
    if not extra.get("role"):
        m = _noted_role().match(text, cand.end)
        if m:  # "Bo Dam (bod) Ø (Stedfortræder for Eva Lund)": the role in a bracket after the row's other notes
            extra["role"] = _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
    if not extra.get("role"):
        m = pat.role_after.match(text, cand.end)
        if m and not _succeeded(text, cand.start, m) and not _left_office(m.group()):
            extra["role"] = _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)
    if not extra.get("role"):
        co = pat.co_names.match(text, cand.end)
        m = pat.role_after.match(text, co.end()) if co else None
        if m and _plural_role(m.group("role"), pat) and not _left_office(m.group()):
            # "Eva Lund og Bo Dam deltog som suppleanter": a plural role is each named one's
            extra["role"] = _clean_role(m.group("role"), pat)
    if not extra.get("role"):
        m = pat.line_end_role.match(text, cand.end)
        if m and not any(w.split("-")[0] in pat.first_names for w in m.group("about").split()):
            extra["role"] = _clean_role(m.group("role"), pat)  # "Eva Lund, ansat i Sekretariatet (referent)"


_GLUED_CASE = re.compile(rf"(?m)^[ \t]*[{UPPER}][{LOWER}]+[{UPPER}][{LOWER}]")


@functools.lru_cache(maxsize=1)
def _glued_label_line() -> re.Pattern[str]:
    """A line of a role label glued to a personal name, the cells' gap lost ("ReferentEva Lund")."""
    pat = patterns()
    labels = "|".join(re.escape(k) for k in re.longest_first(pat.role_labels) if k[-1:].isalpha())
    return re.compile(rf"(?m)^[ \t]*(?P<label>{labels})(?P<name>[{UPPER}][{LOWER}]+(?:[ ](?:{_NAME_WORD})){{1,4}})[ \t]*$")


@functools.lru_cache(maxsize=1)
def _label_over_line() -> re.Pattern[str]:
    """A role label alone on its line and the next line with text under it (a table's label cell over its value)."""
    pat = patterns()
    labels = "|".join(re.escape(k) for k in re.longest_first(pat.role_labels))
    return re.compile(rf"(?m)^[ \t]*(?P<label>{labels})[ \t]*:?[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*(?P<line>[^\n]+)")


_ITEM_SPLIT = re.compile(r"[ \t]*(?:,|[ ]og[ ]|[ ]&[ ])[ \t]*")


def _label_over_names(text: str, pat: _Patterns, add: Any) -> None:
    """A role label on a line of its own over a line of only personal names, joined by commas or "og"
    ("Sekretær" / "Eva Lund, Bo Dam"): each name holds the label's role."""
    for m in _label_over_line().finditer(text):
        line = m.group("line").rstrip()
        items, pos = [], m.start("line")
        for part in _ITEM_SPLIT.split(line):
            at = text.find(part, pos)
            items.append((part, at))
            pos = at + len(part)
        if len(items) < 2 or not all(part and re.fullmatch(pat.name, part) and _model_name_ok(part, pat)
                                     for part, _ in items) or not any(_given_name(p.split()[0], pat) for p, _ in items):
            continue  # one name under a label is the role line above's; a line with other words is no list
        for part, at in items:
            add(at, at + len(part), 2, role=pat.role_labels.get(m.group("label")))


_SECOND_ROLE = re.compile(rf"[ ]og[ ](?P<role>[{LOWER}][\w-]*(?:[ ][{LOWER}][\w-]*)?)(?=[ ](?:i|for|hos|ved)[ ]|[ \t]*(?:[,.;:)]|\n|$))")


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def _stand_in_at_line_end() -> re.Pattern[str]:
    """A stand-in role right after a name, alone at its line's end ("… - Bo Dam stedfortræder")."""
    roles = "|".join(map(re.escape, people_cues()["stand_in_roles"]))
    return re.compile(rf"[ ](?P<role>(?i:{roles}))[ \t]*(?:\n|\Z)")


@functools.lru_cache(maxsize=1)
def _respective_roles() -> re.Pattern[str]:
    """Two names joined by "og" and two roles after them in the same order ("Eva Lund og Bo Dam,
    formand og kasserer"), matched from the end of the first name."""
    role = _role_regex()
    return re.compile(rf"[ ]og[ ](?:{patterns().name}),[ ](?P<first>{role})[ ]og[ ](?P<second>{role})(?:[ ](?:i|for|hos|ved)[ ][^\n,.;:()]{{1,60}})?(?=[ \t]*(?:[,.;:)]|\n|$))")


@functools.lru_cache(maxsize=1)
def _dash_row() -> re.Pattern[str]:
    """A dash, a role and at most a short unit or organisation to the line's end; the row's initials in a
    bracket may stand before the dash ("Eva Lund (EL) - Mødeleder")."""
    return re.compile(rf"(?:[ \t]*\([{UPPER}][{UPPER}{LOWER}]{{0,3}}\))?[ \t]+[-–][ \t]+(?P<role>{_role_regex()})"
                      rf"(?P<tail>[ ](?:for|i|hos|ved)[ ][\w][^\n,.()]{{1,60}})?(?P<rest>[ ][^\n()]{{1,50}})?[ \t]*$", re.M)


def _dash_row_role(text: str, pos: int, pat: _Patterns) -> Optional[str]:
    """The role of a list row written "name - role (unit)" ("Bo Dam - Afdelingschef Vej og Park", "Eva Lund -
    formand for Teknisk Udvalg"): nothing but a unit may follow the role, no personal name (whose role it
    would be: "Ole Dam - Formand Eva Lund")."""
    m = _dash_row().match(text, pos)
    if not m:
        return None
    rest = (m.group("tail") or "") + (m.group("rest") or "")
    if any(w.split("-")[0] in pat.first_names for w in rest.split()):
        return None
    return _role_with_body(_clean_role(m.group("role"), pat), m.group("tail"), pat)


def _left_office(clause: str) -> bool:
    """The words between a name and its role say the office was left ("er stoppet som", "er fratrådt som")."""
    words = {w.casefold() for w in clause.split()}
    return not words.isdisjoint(people_cues()["left_office_words"])


def _succeeded(text: str, start: int, m: re.Match[str]) -> bool:
    """"Bo Dam afløser Eva Lund som formand": the role after "som" is the successor's, not the name's."""
    if not re.match(r"(?:[ \t]*\([^()\n]{1,20}\))?[ ]som[ ]", m.group()):
        return False
    before = text[max(0, start - 20):start].split()
    return bool(before) and before[-1].casefold() in people_cues()["succession_verbs"]


@functools.lru_cache(maxsize=1)
def _noted_role() -> re.Pattern[str]:
    """A role in brackets after a name's short notes: its initials in brackets and a bare party letter, or a
    party letter in brackets ("Bo Dam (bod) Ø (Stedfortræder for Eva Lund)")."""
    return re.compile(
        rf"(?:[ \t]*\([^()\n]{{1,8}}\)|[ \t]+[{UPPER}]{{1,2}}(?=[ \t]*\()){{1,2}}[ \t]*"
        rf"\((?P<role>{_role_regex()})(?P<tail>[ ](?:for|i|hos|ved)[ ][\w][^()\n]{{1,50}})?\)")


_INLINE_ITEM_LEAD = re.compile(r"(?:[:,][ ]|[ ](?:og|&)[ ])\Z")
# A bare capital letter after a name that ends a list item ("Eva Lund V og Bo Dam V, …" on a flattened line): the
# member's ballot letter when the line holds more such items (no brackets, no comma before the letter).
_BARE_LETTER_ITEM = re.compile(rf"[ ](?P<party>[{UPPER}])(?=,|[ ](?:og|&)[ ]|[ \t]*(?:\n|\Z))")
_BARE_LETTER_ANY = re.compile(rf"[{LOWER}][ ][{UPPER}](?=,|[ ](?:og|&)[ ]|[ \t]*(?:\n|\Z))")
_BARE_LETTER_ITEMS_MIN = 2
# Capitals in brackets right after a name, a party letter unknown to the gazetteer when the rows around carry known ones.
_LOCAL_LETTER = re.compile(rf"[ \t]*\((?P<party>[{UPPER}]{{1,3}})\)[ \t]*(?=\n|\Z)")
_LETTERED_ROW = re.compile(rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?[{UPPER}][^\n()]{{2,60}}\((?P<party>[{UPPER}]{{1,3}})\)[ \t]*$")
_LETTERED_ROWS_AROUND = 6


def _lettered_rows(text: str, pos: int, pat: _Patterns) -> int:
    """How many rows of "name (letter)" with a known party letter stand within a few lines of ``pos``."""
    start = pos
    for _ in range(_LETTERED_ROWS_AROUND + 1):
        start = text.rfind("\n", 0, max(0, start - 1)) if start > 0 else -1
        if start < 0:
            break
    start = max(0, start)
    end = pos
    for _ in range(_LETTERED_ROWS_AROUND + 1):
        nxt = text.find("\n", end + 1)
        end = nxt if nxt >= 0 else len(text)
    return sum(1 for m in _LETTERED_ROW.finditer(text, start, end) if m.group("party") in pat.letters)


def _bare_letter_items(text: str, pos: int) -> int:
    """How many names on the line around ``pos`` end in a bare capital letter that ends a list item."""
    line_start, line_end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return len(_BARE_LETTER_ANY.findall(text, line_start, line_end if line_end >= 0 else len(text)))
# A name that opens a sentence or clause, then a comma, a ballot letter and a lower-case word
# ("Eva Lund, C blev foreslået …", "… og Bo Dam, V stemte imod").
_CLAUSE_LEAD = re.compile(r"(?:^[ \t]*|[.!?:;][ ]+|[ ](?:og|&)[ ])\Z", re.M)
_LETTER_BEFORE_VERB = re.compile(rf"[ ]?,[ ](?P<party>[{UPPER}])[ ](?=[{LOWER}]{{2,}})")


@functools.lru_cache(maxsize=1)
def _ballot_letters() -> frozenset[str]:
    """The national parties' one-letter ballot letters, but "I", a pronoun in running text."""
    return frozenset(p.letter for p in load_gazetteers().parties
                     if p.scope == "national" and p.letter and len(p.letter) == 1 and p.letter != "I")
_LINE_LEAD = re.compile(r"[ \t]*(?:[•*·-][ \t]*)?")


def _row_lead(text: str, start: int, pat: _Patterns) -> bool:
    """Only a bullet, or a role word ("Borgmester Eva Lund, A"), stands before ``start`` on its line."""
    lead = _LINE_LEAD.match(text, text.rfind("\n", 0, start) + 1)
    if lead.end() == start:
        return True
    role = pat.any_role.match(text, lead.end())
    return role is not None and role.end() + 1 == start and text[role.end()] == " "


def _office_after_membership(text: str, pos: int, role: str, pat: _Patterns) -> str:
    """The office after a plain membership: "medlem af byrådet og formand for udvalget" → formand."""
    if role not in people_cues()["membership_roles"]:
        return role
    m = pat.office_after.match(text, pos)
    return _clean_role(m.group("role"), pat) if m else role


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
    """Later mentions by surname alone join the person ("Bjerre" → "Lise Bjerre")."""
    surnames: dict[str, str] = {}
    for key, cands in people.items():
        last = cands[0].name.split()[-1]
        if " " not in cands[0].name and listed_word(last):
            continue  # "Tage" named alone in a list: "Tage billeder" later is a verb
        surnames[last] = key if last not in surnames else ""
    surnames = {s: k for s, k in surnames.items() if k and len(s) > 2}
    if not surnames:
        return
    if all(_IS_WORD_RUN(s) for s in surnames):
        # each match is a whole run of word characters and hyphens: one search per surname finds the same
        # matches as one alternation of them, without compiling a pattern for each document
        hits = sorted((span, s) for s in surnames for span in _word_spans(text, s))
    else:
        regex = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, surnames)) + r")(?![\w-])")
        hits = [(m.span(), m.group(1)) for m in regex.finditer(text)]
    for (start, end), surname in hits:
        if overlaps(start, end, taken):
            continue
        key = surnames[surname]
        people[key].append(Candidate(start, end, people[key][0].name, "person", 0, {}))


_IS_WORD_RUN = re.compile(r"[\w-]+").fullmatch


def _bare_initial_mentions(text: str, name: str, listed: int, add: Any) -> None:
    """The other mentions of an attendee whose middle initial lacks its full stop ("Vagn E Larsen"): the
    name patterns take such an initial only after a role word, so the text's later mentions ("Vagn E Larsen
    blev konstitueret som formand") are read here, once the attendance list has named the person."""
    if not _BARE_INSIDE.search(name):
        return
    for start, end in _word_spans(text, name):
        if start != listed:
            add(start, end, 2, bare=True)


def _word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""The spans of ``word`` not inside a longer word or hyphenation, as ``(?<![\w-])word(?![\w-])`` finds them."""
    size, at = len(word), text.find(word)
    while at >= 0 and size:
        end = at + size
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if (not before or not (before.isalnum() or before in "_-")) and (
                not after or not (after.isalnum() or after in "_-")):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


_INITIAL = re.compile(r"\w\.")


_SHORT_GIVEN = re.compile(rf"[{LOWER}]{{1,4}}\.")  # a shortened first name, casefolded ("fl.", "chr.", "j.")


def _merge_partial_names(people: dict[str, list[Candidate]], text: Optional[str] = None) -> None:
    """A name that ends another person's name, perhaps in the genitive, joins that person.

    "Ravn Holms" → "Steffen Ravn Holm"; "Bisgaard Nielsen" → "Torsten Bisgaard Nielsen".
    """
    split = {key: key.split() for key in people}  # the words of each name (names only leave ``people``)
    for key in sorted(people, key=lambda k: len(split[k])):
        if key not in people:
            continue  # joined a name of as many words already (below)
        words = split[key]
        forms = [words]
        if words[-1].endswith("s") and len(words[-1]) > 3:
            forms.append(words[:-1] + [words[-1][:-1]])
        target = next(
            (other for other in people if other != key and any(
                len(split[other]) > len(f) and split[other][-len(f):] == f
                or len(split[other]) == len(f) and f is not words and split[other] == f
                for f in forms
            )),
            None,
        )
        if target is None and len(words) >= 2 and all(
                w.split("-")[0] in first_names() for w in people[key][0].name.split()):
            longer = [other for other in people if other != key and len(split[other]) > len(words)
                      and split[other][:len(words)] == words]
            target = longer[0] if len(longer) == 1 else None  # "Jens Christian" → "Jens Christian Elle"
        if target is None and len(words) == 1:  # "områdechef Allan" … "områdechef Allan Mortensen": one person
            roles = {c.extra.get("role") for c in people[key]} - {None}
            longer = [other for other in people if split[other][0] == key and len(split[other]) > 1
                      and roles & {c.extra.get("role") for c in people[other]}]
            target = longer[0] if len(longer) == 1 else None
        if target is None and len(words) == 1:
            # "Afbud fra Rasmus" where "Rasmus Skov Larsen" is named too, "Victoria" for "Eva Victoria Holm":
            # a lone given name that is a given name of exactly one fuller name is that person
            longer = [other for other in people if len(split[other]) > 1 and key in split[other][:-1]]
            target = longer[0] if len(longer) == 1 else None
        if target is None and len(words) >= 2 and _SHORT_GIVEN.fullmatch(words[0]):
            # "Fl. Christensen" beside "Flemming Christensen": a shortened first name of exactly one fuller name
            stem = words[0][:-1]
            longer = [other for other in people if other != key and split[other][1:] == words[1:]
                      and split[other][0].startswith(stem) and len(split[other][0]) > len(stem) + 1
                      and not split[other][0].endswith(".")]
            target = longer[0] if len(longer) == 1 else None
        if target is None and len(words) == 2 and not _SHORT_GIVEN.fullmatch(words[0]):
            # "Henrik Arens" beside "Henrik Emil Schmidt Arens": the first and last name of exactly one fuller name
            longer = [other for other in people if len(split[other]) > 2
                      and split[other][0] == words[0] and split[other][-1] == words[-1]]
            target = longer[0] if len(longer) == 1 else None
        if target is None:  # "Walter Christophersen" → "Walter G. Christophersen"
            target = next((other for other in people if other != key and len(split[other]) > len(words)
                           and [w for w in split[other] if not _INITIAL.fullmatch(w)] == words), None)
        initial_only = target is not None and [w for w in split[target] if not _INITIAL.fullmatch(w)] == words
        if target is not None and text is not None and _listed_apart(text, people[key], people[target]):
            continue  # "…, Philip Holm, …, Hans Philip Holm, …": two items of one list are two people
        if target is not None and _other_parties(people[key], people[target]):
            continue  # "Carsten Holm (A)" and "Carsten Bo Holm (V)": two members of two parties
        if initial_only and min(c.start for c in people[key]) < min(c.start for c in people[target]):
            people[key].extend(people.pop(target))  # "Eva Holm (A)" first, "Eva K. Holm" later: named as first written
        elif target is not None:
            people[target].extend(people.pop(key))


def _other_parties(mine: list[Candidate], theirs: list[Candidate]) -> bool:
    """Whether two names are given two different parties (each a letter or name in the text)."""
    a = {c.extra.get("party") for c in mine} - {None}
    b = {c.extra.get("party") for c in theirs} - {None}
    return bool(a) and bool(b) and not a & b


_LIST_ITEM_BEFORE = re.compile(r"(?:^|[,:|][ \t]*)\Z", re.M)
_LIST_ITEM_AFTER = re.compile(r"[ \t]*(?:[,|]|$)", re.M)


def _listed_apart(text: str, mine: list[Candidate], theirs: list[Candidate]) -> bool:
    """Whether two names stand as items of the same comma list on one line."""
    def items(cands: list[Candidate]) -> set[int]:
        return {text.rfind("\n", 0, c.start) for c in cands
                if _LIST_ITEM_BEFORE.search(text, max(0, c.start - 3), c.start) and _LIST_ITEM_AFTER.match(text, c.end)}
    return bool(items(mine) & items(theirs))


def _spelling_variant(a: str, b: str) -> bool:
    """Two words that differ by one letter left out or doubled ("Hansn", "Nilsen" for "Nielsen") or by
    a "w" for a "v" ("Ludwig", "Ludvig"): one name spelt two ways, not two names."""
    if a == b or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and set(diff[0]) == {"v", "w"}
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@functools.lru_cache(maxsize=1 << 14)
def _unaccented(name: str) -> str:
    """A name without acute and grave accents ("rené" → "rene"); æ, ø, å and ü stay."""
    return unicodedata.normalize("NFC", re.sub("[\u0300\u0301]", "", unicodedata.normalize("NFD", name)))


def _merge_spelling_variants(people: dict[str, list[Candidate]]) -> None:
    """Two names of as many words, one word spelt another way ("Karsten Nilsen" beside "Karsten
    Nielsen"), or a double surname with and without its hyphen, are one person under the spelling
    written more often (or first)."""
    for key in sorted(people, key=lambda k: (len(people[k]), -min(c.start for c in people[k]))):
        words = key.split()
        if len(words) < 2:
            continue
        plain = _unaccented(key)
        accented = [o for o in people if o != key and _unaccented(o) == plain]
        if accented:  # "René Holm" beside "Rene Holm": an accent left out
            people[accented[0]].extend(people.pop(key))
            continue
        spaced = [o for o in people if o != key and "-" in key + o and o.replace("-", " ") == key.replace("-", " ")]
        if spaced:  # "Eva Ahm-Holm" beside "Eva Ahm Holm": a double surname written once without its hyphen
            people[spaced[0]].extend(people.pop(key))
            continue
        for other in people:
            theirs = other.split()
            if other == key or len(theirs) != len(words):
                continue
            diff = [(a, b) for a, b in zip(words, theirs) if a != b]
            if len(diff) == 1 and diff[0][0] != words[0] and _spelling_variant(*diff[0]):
                people[other].extend(people.pop(key))
                break


def _corroborated(
    group: list[Candidate], role: Optional[str], party: Optional[str], lines: dict[int, int], text: str,
    pat: _Patterns,
) -> bool:
    """Whether a person is more than a lone model guess.

    A rule found it, or it has a role, a party, a known first name or an initial, or it stands in a
    list of names (another name on its line or on the line before or after).
    """
    if role or party or any(c.priority > 1 for c in group):
        return True
    first = group[0].name.split()[0]
    if first.split("-")[0] in pat.first_names or re.fullmatch(rf"(?:[{UPPER}]\.)+", first):
        return True
    if any(c.priority == 0 for c in group) and not area_like(group[0].name.split()[-1]):
        return True  # also named by the surname alone, which is no place name
    verbs = people_cues()["speech_verbs"]
    for cand in group:
        before = text[max(0, cand.start - 16):cand.start].split()
        after = text[cand.end:cand.end + 16].split()
        if before and before[-1].casefold() in verbs or after and after[0].strip(",").casefold() in verbs:
            return True
    for cand in group:
        line = text.rfind("\n", 0, cand.start) + 1
        prev_line = text.rfind("\n", 0, max(0, line - 1)) + 1 if line else -1
        next_line = text.find("\n", cand.end) + 1 or -1
        if lines.get(line, 0) > 1 or lines.get(prev_line, 0) or lines.get(next_line, 0):
            return True
    return False


def _line_counts(text: str, cands: list[Candidate]) -> dict[int, int]:
    """Number of person candidates per line (by the line's start offset)."""
    counts: dict[int, int] = {}
    for cand in cands:
        line = text.rfind("\n", 0, cand.start) + 1
        counts[line] = counts.get(line, 0) + 1
    return counts


def _fullest_role(roles: list[str]) -> Optional[str]:
    """The first role given, or a later fuller form of it ("projektleder", then "seniorprojektleder")."""
    if not roles:
        return None
    offices = [r for r in roles if r not in people_cues()["membership_roles"]]
    roles = offices or roles  # "Bo Dam var medlem af udvalget … Bo Dam var stedfortræder": the office
    standing = [r for r in roles if r not in people_cues()["meeting_function_roles"]]
    roles = standing or roles  # "Ordstyrer: Eva Lund" … "Formand: Eva Lund": the office over the meeting's task
    first = roles[0]
    deputy = tuple(people_cues()["deputy_prefixes"])
    return next((r for r in roles[1:] if len(r) > len(first) and r.casefold().endswith(first.casefold())
                 and " for " not in r and not r.casefold()[: len(r) - len(first)].endswith(deputy)), first)


_CAP_WORD = re.compile(rf"[{UPPER}](?<![\w-](?s:.))[{LOWER}]{{2,}}(?![\w-])")  # capital first: the engine skips to one
_CUT_WORDS_MIN = 3  # words of a line cut short that make it a line of columns cut at their edges


def _cut_lines(text: str, pat: _Patterns) -> list[tuple[int, int]]:
    """Lines made of table columns cut at their edges, as PDF text layers of narrow cells give them
    ("Afbu Birgi … Ande Flem Stee"): at least three capitalised words on the line are no known name
    or word and begin a longer capitalised word of the text ("Stee" of "Steen")."""
    words = set(_CAP_WORD.findall(text))  # no match holds a line break
    if len(words) < _CUT_WORDS_MIN:
        return []
    # the words that begin a longer word, not the word before a genitive s ("Sundparken" of "Sundparkens");
    # sorted, the words that begin with a word follow right after it
    longer: set[str] = set()
    ordered = sorted(words)
    for i, w in enumerate(ordered):
        j = i + 1
        while j < len(ordered) and ordered[j].startswith(w):
            if len(ordered[j]) - (ordered[j][-1] == "s") > len(w) >= 3:
                longer.add(w)
                break
            j += 1
    if len(longer) < _CUT_WORDS_MIN:
        return []  # a line's words that begin longer ones are some of these
    by_line: dict[int, set[str]] = {}  # line start -> its words that begin longer ones
    for m in _CAP_WORD.finditer(text):
        if m.group() in longer:
            by_line.setdefault(text.rfind("\n", 0, m.start()) + 1, set()).add(m.group())
    out: list[tuple[int, int]] = []
    for line_start, cut in by_line.items():
        if len(cut) < _CUT_WORDS_MIN:
            continue
        cut = {w for w in cut if w not in pat.first_names and not known_surname(w) and not common_word(w)
               and not listed_word(w)}
        if len(cut) >= _CUT_WORDS_MIN:
            line_end = text.find("\n", line_start)
            out.append((line_start, len(text) if line_end < 0 else line_end))
    return out


def find_people(
    text: str, raw: str, doc: Any = None, meeting: Any = None, blocked: Iterable[tuple[int, int]] = ()
) -> list[Person]:
    """One :class:`Person` per named person. ``blocked`` spans (organisations) hold no model names."""
    pat = patterns()
    blocked = list(blocked)
    cands = split_candidates(text, _resolve(_candidates(text, doc, meeting, pat, blocked), blocked))
    cut = _cut_lines(text, pat)
    if cut:  # names read from a line of columns cut short ("Ande Flem Gurli Kurt Stee"): pieces of names
        cands = [c for c in cands if not any(a <= c.start < b for a, b in cut)]
    initials = _initials(text, pat)
    for cand in cands:
        _context(text, cand, pat)
        if cand.end in initials and _party_read_from_initials(text, cand):
            # "(SF)" after Sonja Frederiksen in a list of initials; "Lis Aagaard (LA) A": the letter after them
            cand.extra["party"] = _letter_after_initials(text, cand.end, pat)
    _roles_after_letters(text, cands, pat)
    _shared_party_after_list(text, cands, pat)
    people: dict[str, list[Candidate]] = {}
    for cand in cands:
        people.setdefault(cand.name.casefold(), []).append(cand)
    lines = _line_counts(text, cands)
    _drop_cut_at_end(people, text)
    _merge_partial_names(people, text)
    _merge_spelling_variants(people)
    _surname_mentions(text, people, [(c.start, c.end) for c in cands])
    result = []
    for key, group in people.items():
        group.sort(key=lambda c: c.start)
        first = group[0]
        role = _fullest_role([c.extra["role"] for c in group if c.extra.get("role")])
        party = next((c.extra.get("party") for c in group if c.extra.get("party")), None)
        if not _corroborated(group, role, party, lines, text, pat) or _one_word_name(key):
            continue
        if first.name in countries():
            continue  # "i Uganda, Kenya og Burkina Faso": a country of two capitalised words, no person
        if any(_named_by_kind(text, c.start, c.end) for c in group):
            continue  # "Bo Trygt" over a text about "kampagnen Bo Trygt": the campaign's name throughout
        result.append(
            Person(
                name=next(c.name for c in group if c.name.casefold() == key),
                role=role,
                party=party,
                text=raw[first.start:first.end],
                mentions=[mention(raw, c.start, c.end) for c in group],
                start=first.start,
                end=first.end,
            )
        )
    _pronoun_roles(text, result, pat)
    return sorted(result, key=lambda p: p.start)


_LIST_JOINT_MAX = max(len(w) for w in people_cues()["list_joint_words"]) + 2  # the longest joint (" samt ")
_LIST_JOINT = re.compile(rf"(?:,[ ]|[ ](?:{'|'.join(re.longest_first(people_cues()['list_joint_words']))})[ ])")


@functools.lru_cache(maxsize=1)
def _shared_party_bracket() -> re.Pattern[str]:
    """A party in brackets that a list's word gives to every name before it ("(alle Ø)", "(begge V)")."""
    words = "|".join(map(re.escape, people_cues()["shared_party_words"]))
    return re.compile(rf"[ \t]*\((?:{words})[ ](?P<party>[^()\n]{{1,30}})\)")


def _shared_party_after_list(text: str, cands: list[Candidate], pat: _Patterns) -> None:
    """"Mikkel Holm, Per Berg og Bente Dam (alle Ø)": the party after the list is every listed name's,
    back through the names joined by commas and "og" right before it."""
    if "(" not in text:
        return
    by_end = {c.end: c for c in cands}
    for cand in cands:
        m = _shared_party_bracket().match(text, cand.end)
        if m is None:
            continue
        party = _party_of(m.group("party"), pat)
        if party not in pat.letters and party not in pat.party_forms.values():
            continue
        listed = [cand]
        while True:  # back through the list: the name that ends a joint (", ", " og ") before the last one found
            start = listed[-1].start
            before = next((by_end[e] for e in range(start - 1, max(-1, start - _LIST_JOINT_MAX - 1), -1)
                           if e in by_end and _LIST_JOINT.fullmatch(text, e, start)), None)
            if before is None or before in listed:
                break
            listed.append(before)
        if len(listed) < 2:
            continue
        for c in listed:
            if not c.extra.get("party"):
                c.extra["party"] = party


def _drop_cut_at_end(people: dict[str, list[Candidate]], text: str) -> None:
    """A name that the end of a saved excerpt cut in the middle of a word ("… FOAs Torben Hollma" where the text
    names "Torben Hollmann" before): its only mention ends the text, with no punctuation after it, and it is the
    start of another person's name; it is that person, already found."""
    end = len(text.rstrip())
    if not text[end - 1:end].isalpha():
        return
    for key in [k for k, group in people.items() if all(c.end == end for c in group)]:
        if any(other != key and other.startswith(key) for other in people):
            del people[key]


@functools.lru_cache(maxsize=1)
def _letter_role_after() -> re.Pattern[str]:
    # the letter, or a word in its place for a member of no party ("(Løsgænger)")
    return re.compile(rf"[ ]\((?P<letter>[{UPPER}]{{1,2}}|[{UPPER}][{LOWER}]{{3,20}})\)[ ](?P<role>(?:{patterns().any_role.pattern}))(?=[ ][{UPPER}]|[ ]*$)", re.M)


def _roles_after_letters(text: str, cands: list[Candidate], pat: _Patterns) -> None:
    """A flattened member list ("Tilstedeværende: Eva Lund (O) formand Bo Dam (V) næstformand Kim Holm (I)
    udvalgsmedlem"): in a run of three or more names on one line, each followed by its party letter and a
    role in lower case, the role after a letter belongs to the name before it, not to the next one."""
    after = _letter_role_after()
    hits: dict[int, list[tuple[Candidate, str]]] = {}
    for cand in cands:
        m = after.match(text, cand.end)
        if m is not None and m.group("role")[:1].islower():
            hits.setdefault(text.rfind("\n", 0, cand.start), []).append((cand, m.group("role")))
    for run in hits.values():
        if len(run) >= 3:
            for cand, role in run:
                cand.extra["role"] = role


@functools.lru_cache(maxsize=1)
def _pronoun_role_pattern() -> re.Pattern[str]:
    cue = people_cues()["pronoun_role"]
    return re.compile(
        rf"(?:(?<=[.!?][ ])|(?<=[.!?][ \t]\n)|(?<=[.!?]\n)|(?<=[.!?]\n\n))(?:{'|'.join(cue['pronouns'])})[ ](?:{'|'.join(cue['verbs'])})[ ]"
        rf"(?:(?:{'|'.join(cue['spans'])})[ ])?(?:(?:{'|'.join(cue['one_of'])})[ ])?(?P<role>{patterns().any_role.pattern})"
    )


def _pronoun_roles(text: str, people: list[Person], pat: _Patterns) -> None:
    """A role told of a person by a pronoun in the sentence after the one that names them ("Eva Lund
    åbnede mødet. Hun er formand for foreningen."; "… siger Bo Dam. Han er et af medlemmerne af rådet.").

    Only when the sentence before names exactly one person found elsewhere (in full, or by a first name
    no other person shares) and that person has no role yet.
    """
    if not any(f"{p} " in text for p in people_cues()["pronoun_role"]["pronouns"]):
        return
    for m in _pronoun_role_pattern().finditer(text):
        start = max(text.rfind(". ", 0, m.start() - 2), text.rfind("\n", 0, m.start() - 2)) + 1
        before = text[start:m.start()]
        words = set(re.findall(r"[\w-]+", before))
        named = [p for p in people if p.name in before]
        if not named:
            firsts = [p for p in people if p.name.split()[0] in words]
            named = firsts if len({p.name.split()[0] for p in people if p.name.split()[0] in words}) == 1 else []
        if len(named) != 1 or named[0].role:
            continue
        named[0].role = _clean_role(m.group("role"), pat)
