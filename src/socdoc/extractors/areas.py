"""Areas: named places — housing areas, neighbourhoods, towns, cities, islands, municipalities as places.

Places come from the gazetteers (housing areas of the government lists, neighbourhoods, towns,
islands, municipalities), from the shapes of Danish estate names ("-parken", "-gården",
"-kvarteret"), from "i X Kommune" (the municipality as a place) and from the NER model's LOC
spans after a locative word ("i", "ved", "boligområdet"). Countries, streets and single
buildings are left out, and so are place names inside an organisation's name
("Jobcenter Aarhus").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from socdoc.extractors.entities import (
    LOCATIVE_PARTITIVES,
    abbreviated_lead,
    area_like,
    GRANT_LINE,
    GRANT_LINE_GATE,
    ITEM_CODE_AFTER,
    cut_off_at_end,
    LOWER,
    UPPER,
    Candidate,
    Prefiltered,
    SpanIndex,
    at_sentence_start,
    common_word,
    compass_parts,
    compound_head,
    countries,
    cues,
    lexicon_words,
    ents_of,
    first_chars,
    group,
    law_name,
    listed_word,
    line_matches,
    line_of,
    mention,
    overlaps,
    prefix_starts,
    proper_word,
    resolve,
    suspended_compass_before,
    thing_compound,
    trie_regex,
    word_start_trie,
)
from socdoc.extractors.name_runs import cues as name_cues
from socdoc.extractors.name_runs import known_surname
from socdoc.extractors.names import squash
from socdoc.extractors.people import first_names, place_compound
from socdoc.lang.da import load as load_danish
from socdoc.lang.da import read_word_list
from socdoc.lang.da.gazetteers import load_gazetteers
from socdoc.records import Area


@dataclass(frozen=True)
class _Patterns:
    places: re.Pattern[str]
    kinds: dict[str, str]
    shaped: re.Pattern[str]
    municipality_place: re.Pattern[str]
    municipality_predicate: re.Pattern[str]
    municipality_anywhere: re.Pattern[str]
    region_place: re.Pattern[str]
    locative_before: re.Pattern[str]
    model_locative_before: re.Pattern[str]
    ambiguous: frozenset[str]
    not_places: frozenset[str]
    street: re.Pattern[str]
    not_suffix: re.Pattern[str]
    feature: re.Pattern[str]
    building_after: re.Pattern[str]
    media: frozenset[str]
    genitives: dict[str, str]


_AFTER_NO_WORD = r"(?<![\w-](?s:.))"  # after a first character: none of these stands before it
# "Rundhøj II", "Lindevang I,": a numbered stage of an estate is part of its name ("I" alone only before
# a comma or a line's end, where it cannot be the pronoun that opens a sentence)
ROMAN_STAGE = r"(?:[ ](?:II|III|IV)(?![\w])|[ ]I(?=[,;:)]|[ \t]*(?:\n|$)))?"


@functools.lru_cache(maxsize=1)
def _abroad() -> re.Pattern[str]:
    """"i Indien" after a name: the name is a place abroad ("Kerala i Indien")."""
    return re.compile(rf"[ ]i[ ](?:{trie_regex(sorted(countries()))})(?![\w-])")


def _place_abroad(text: str, cand: Candidate) -> bool:
    return bool(_abroad().match(text, cand.end))


# a line that holds one word and nothing else: a heading of the case ("Løsning", "Baggrund")
_LONE_WORD_LINE = re.compile(r"[ \t]*(?:\n|$)")


def _heading_common_word(text: str, cand: Candidate) -> bool:
    """A town's name that is also a common noun and stands alone on its line ("Løsning", "Vejen"):
    the heading of a section, not the place."""
    line_start, _ = line_of(text, cand.start)
    if text[line_start:cand.start].strip() or not _LONE_WORD_LINE.match(text, cand.end):
        return False
    if " " in cand.name or not listed_word(cand.name.casefold()):
        return False
    paragraph = _NEXT_PARAGRAPH.match(text, cand.end)  # a heading stands over a paragraph, not in a list
    return (paragraph is not None and len(paragraph.group(1)) >= 60) or _among_word_headings(text, cand)


# a line of one capitalised word alone: a heading in a case's template ("Problemstilling", "Indstilling")
_WORD_LINE = re.compile(r"(?m)^[ \t]*([A-ZÆØÅ][a-zæøå]{3,})[ \t]*$")


def _among_word_headings(text: str, cand: Candidate) -> bool:
    """Another line near ``cand`` holds a common noun alone ("Problemstilling … Løsning"): the
    text heads its sections with one word, and the town's name is one of those headings."""
    window = text[max(0, cand.start - 600):min(len(text), cand.end + 600)]
    return any(m.group(1) != cand.name and listed_word(m.group(1).casefold()) and common_word(m.group(1))
               and m.group(1) not in patterns().kinds for m in _WORD_LINE.finditer(window))


_NEXT_PARAGRAPH = re.compile(r"[ \t]*\n\s*([^\n]+)")


def _hyphened_organisation(text: str, cand: Candidate, organisations: frozenset[str]) -> bool:
    """"Nordby" in "Nordby-Sydby Lokalavis" where the text names an organisation "Nordby-Sydby …":
    the first half of a double name that belongs to the organisation."""
    m = _HYPHENED_NEXT.match(text, cand.end)
    if m is None:
        return False
    double = (text[cand.start:m.end()] + " ").casefold()
    return any(name.startswith(double) for name in organisations)


_HYPHENED_NEXT = re.compile(r"-[A-ZÆØÅ][\w]+")


def _with_capitalised_part(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"i Nordby syd" where the text also writes "Nordby Syd": the same named district."""
    named = {c.name.casefold(): c.name for c in cands if " " in c.name}
    if not named:
        return cands
    for cand in cands:
        if " " in cand.name:
            continue
        written = text[cand.start:cand.end]
        if " " not in written:
            m = _NEXT_LOWER_WORD.match(text, cand.end)
            written = written + m.group(0) if m else written
        full = named.get(squash(written).casefold())
        if full is not None:
            cand.end = cand.start + len(written)
            cand.name = full
    return cands


_NEXT_LOWER_WORD = re.compile(r"[ ][a-zæøå]+(?![\w-])")


def _abbreviated_form(form: str, abbreviations: dict[str, str]) -> Optional[str]:
    """The form with its first word abbreviated ("Kirke Hyllinge" -> "Kr. Hyllinge"), or None."""
    first, _, rest = form.partition(" ")
    short = abbreviations.get(first)
    return f"{short} {rest}" if short and rest[:1].isupper() else None


_DEFINITE_GENITIVE = re.compile(r"\w{2,}(?:ens|ets|ernes|enes)$")
_SPELLING = str.maketrans({"-": " ", "å": "aa", "Å": "Aa"})


def _spelling_of(alias: str, name: str) -> bool:
    """True when ``alias`` writes ``name`` with a space for its hyphen or "å" for "aa" ("Høje Taastrup",
    "Åbenrå"), not another name of the municipality ("Mors", "Regionskommunen")."""
    return alias != name and alias.translate(_SPELLING).casefold() == name.translate(_SPELLING).casefold()


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    gaz = load_gazetteers()
    data = cues()["areas"]
    kinds: dict[str, str] = {}
    for kind, entries in (
        ("housing_area", gaz.housing_areas),
        ("neighbourhood", gaz.neighbourhoods),
        ("island", gaz.islands),
        ("town", gaz.towns),
        ("municipality", gaz.municipalities),
        ("landscape", gaz.landscapes),
    ):
        for entry in entries:
            for form in entry.forms:
                if form and not form.endswith((" Kommune", ".")) and form[:1].isupper():
                    kinds.setdefault(form, kind)
    # villages and small postal districts: places only after a locative word ("i Ryslinge")
    # and villages and hamlets below postal-district level (localities.tsv), with the same caution
    villages = frozenset(f for v in (*gaz.villages, *gaz.localities) for f in v.forms if f and f not in kinds)
    for form in villages:
        kinds[form] = "town"
    # cities abroad, read as towns ("studietur til Bruxelles"); one that is a first name or a common word
    # too only after a locative word, as villages are ("til Basel")
    abroad = [f for c in gaz.foreign_cities for f in c.forms if f and f not in kinds]
    kinds.update(dict.fromkeys(abroad, "town"))
    villages |= {f for f in abroad if f in first_names() or common_word(f.lower())}
    abbreviations = data["village_prefix_abbreviations"]
    for form, kind in list(kinds.items()):  # "Kr. Hyllinge" for a listed "Kirke Hyllinge"
        short = _abbreviated_form(form, abbreviations)
        if short:
            kinds.setdefault(short, kind)
    villages |= {short for f in villages if (short := _abbreviated_form(f, abbreviations))}
    parts = "|".join(re.escape(p) for p in data["place_parts"])
    suffixes = "|".join(re.escape(s) for s in re.longest_first(data["name_suffixes"]))
    cap_suffixes = "|".join(re.escape(s) for s in data["capitalised_suffixes"])
    not_places = frozenset(data["not_places"]) | frozenset(data["product_names"]) | countries()
    names = [n for n in kinds if n not in not_places]
    locatives = "|".join(re.escape(w) for w in data["locative_words"])
    streets = "|".join(re.escape(s) for s in data["street_suffixes"])
    mun_forms = [m.name for m in gaz.municipalities] + [m.genitive for m in gaz.municipalities if m.genitive]
    # the spellings of a name before "Kommune" ("i Høje Taastrup Kommune"), not other names or shortenings
    mun_forms += [a for m in gaz.municipalities for a in m.aliases if _spelling_of(a, m.name)]
    mun = trie_regex(mun_forms)
    mun_at_start = word_start_trie(mun_forms)  # the same as (?<![\w-])(?:{mun}), opening with its first letters
    return _Patterns(
        places=re.compile(
            rf"(?P<name>{word_start_trie(names)})(?:s?[ ](?P<part>{parts})|(?P<gen>s)(?=[ ][{LOWER}]))?(?![\w-])"
        ),
        kinds=kinds,
        # The patterns open with a capital (or their words' first letters) and look back one
        # character after it: the regex engine skips to those letters (same matches as a
        # look-behind first).
        shaped=re.compile(
            rf"(?P<name>[{UPPER}]{_AFTER_NO_WORD}(?:[\w]+[ ](?=[{UPPER}])|)[\w]*(?:-[\w]+)*-?(?:{suffixes}|{cap_suffixes}))"
            rf"(?:[ ](?P<part>{parts}))?{ROMAN_STAGE}(?![\w])"
        ),
        # "i Nordby Kommune", also with the head in lower case as press texts write it ("i Nordby kommune")
        # also over a part or the whole of it ("i hele Nordby Kommune", "fordelt over hele Nordby Kommune")
        municipality_place=re.compile(
            rf"(?:[iI](?<![\w](?s:.))|(?<![\w])over(?=[ ]hele[ ]))[ ](?:{LOCATIVE_PARTITIVES}[ ])?(?P<name>(?:{mun})[ ][Kk]ommune)(?![\w])"),
        municipality_predicate=re.compile(rf"(?P<name>{mun_at_start}[ ]Kommune){PLACE_PREDICATE}"),
        municipality_anywhere=re.compile(rf"(?P<name>{mun_at_start}[ ][Kk]ommune)(?![\w])"),
        region_place=re.compile(
            rf"(?<![\w])(?:i|I)[ ](?:hele[ ])?(?P<name>{trie_regex([r.name for r in gaz.regions])}"
            rf"|region[ ](?:{trie_regex([r.short for r in gaz.regions])}))(?![\w])"
        ),
        locative_before=re.compile(rf"(?:^|[\s(])(?:{locatives})[ ]$"),
        model_locative_before=re.compile(
            rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, data['model_locative_words']))})[ ]$"
        ),
        ambiguous=frozenset(data["ambiguous_places"]) | villages,
        not_places=not_places,
        street=re.compile(rf"(?:{streets})$|[ ]\d", re.IGNORECASE),
        not_suffix=re.compile(rf"(?:{'|'.join(map(re.escape, data['not_place_suffixes']))})$", re.IGNORECASE),
        feature=re.compile(
            rf"(?P<name>[{UPPER}]{_AFTER_NO_WORD}[\w]+)[ ](?P<part>{trie_regex(data['feature_parts'])})(?![\w-])"
        ),
        building_after=re.compile(
            rf"[ ](?:[{UPPER}](?=[{LOWER}]*(?i:{'|'.join(map(re.escape, data['building_words']))})(?![\w])))?[{LOWER}]*"
            rf"(?i:{'|'.join(map(re.escape, data['building_words']))})(?![\w])"
        ),
        media=frozenset(cues()["parties"]["not_parties"]),
        genitives={m.genitive: m.name for m in gaz.municipalities if m.genitive and m.genitive != m.name},
    )


def _place_predicate() -> str:
    data = cues()["areas"]
    verbs = "|".join(map(re.escape, data["place_predicate_verbs"]))
    nouns = "|".join(map(re.escape, data["place_predicate_nouns"]))
    heads = "|".join(map(re.escape, data["place_predicate_compound_heads"]))
    adverbs = "|".join(map(re.escape, re.longest_first(data["place_predicate_adverbs"])))
    return (rf"(?=[ ](?:(?:{adverbs})[ ])?(?:(?:skal|vil|kan|må|skulle|ville)[ ](?:(?:{adverbs})[ ])?)?(?:{verbs})[ ](?:(?:{adverbs})[ ])?(?:et|en)[ ]"
            rf"(?:[{LOWER}-]+[ ]){{0,3}}(?:{nouns}|[{LOWER}]{{3,}}(?:{heads}))(?![\w]))")


# "… Kommune skal være et godt sted", "… Kommune er en attraktiv by": the municipality as a place
PLACE_PREDICATE = _place_predicate()
# "tilladelse i Siem Skov, Rebild Kommune" at a title's end: the municipality a named place lies in
PLACE_APPOSITION = re.compile(
    rf"(?<![\w-])(?:i|ved|på|af"
    # "matr.nr. 13a Nordby, Sydby Kommune": a plot's number and its ejerlav
    rf"|(?i:{'|'.join(map(re.escape, re.longest_first(cues()['areas']['cadastral_labels'])))})[ ]?\d+[{LOWER}]{{0,3}})"
    rf"[ ](?:[{UPPER}][\w-]*[ ]){{0,2}}[{UPPER}][\w-]*,[ ]$"
)
TITLE_END = re.compile(r"[ \t]*(?:\n|$|[.(])|,[ ]")


def place_apposition(text: str, start: int, end: int) -> bool:
    """True for "X Kommune" (``start``:``end``) after a named place at the end of a title or set off by
    commas ("Nordby Roklub i Sydby, Vestby Kommune, søger …")."""
    return bool(PLACE_APPOSITION.search(text, max(0, start - 60), start)) and bool(TITLE_END.match(text, end))


def _locative(text: str, start: int, pat: _Patterns) -> bool:
    return bool(pat.locative_before.search(text[max(0, start - 16):start]))


def _closing_listed_places(text: str, start: int, pat: _Patterns) -> bool:
    """The last of a list of listed places after a locative word ("til Bruxelles, Maastricht og Basel",
    "i Gesten og Glejbjerg"): every name before it is a place the gazetteers know."""
    m = _LIST_AFTER_LOCATIVE.search(text, max(0, start - 80), start)
    if m is None or not pat.locative_before.search(text, max(0, m.start("list") - 16), m.start("list")):
        return False
    names = [n.strip() for n in re.split(r",[ ]|[ ](?:og|eller)[ ]", m.group("list")) if n.strip()]
    return bool(names) and all(n in pat.kinds for n in names)


# a list of capitalised names that ends right before a name ("Bruxelles, Maastricht og ")
_LIST_AFTER_LOCATIVE = re.compile(
    rf"(?P<list>(?:[{UPPER}][\w.-]+(?:[ ][{UPPER}][\w.-]+)?(?:,[ ]|[ ](?:og|eller)[ ]))+)$")


def _common_noun(text: str, word: str) -> bool:
    """True when the word also stands in lower case in the text (a common noun, not a name)."""
    low = word[:1].lower() + word[1:]
    if not low:
        return bool(re.search(r"(?<![\w-])(?![\w])", text))
    # text.find and the regex engine's own word test (alphanumeric or "_"), not a regex per word
    size = len(low)
    at = text.find(low)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + size:at + size + 1]
        if not (before and (before.isalnum() or before in "_-")) and not (after and (after.isalnum() or after == "_")):
            return True
        at = text.find(low, at + 1)
    return False


def _not_a_name(name: str) -> bool:
    """A cut-off word ("Plan-"), a capitalised common word ("Fælles") or a compound that names a
    thing or a field of work ("Byrumsprojekt", "Hjemløseområdet")."""
    if name.endswith("-"):
        return True
    return " " not in name and (common_word(name) or thing_compound(name))


def _in_person_name(text: str, start: int, pat: _Patterns) -> bool:
    """True after a first name or surname of the word list ("Keld Stege")."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        lettered = _LETTERED_NAME_BEFORE.search(text, max(0, start - 30), start)
        if lettered is not None and lettered.group(1) not in pat.kinds and not common_word(lettered.group(1)):
            return True
        return bool(_ABBREVIATED_NAME_BEFORE.search(text, max(0, start - 30), start))
    word = m.group(1)
    return proper_word(word) and word not in pat.kinds and not common_word(word)


_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøåäöüé][\w-]*)[ ]$")
# "Peder Chr. Kirkegaard": a first name and an abbreviated middle name before a surname
_ABBREVIATED_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+[ ](?:[A-ZÆØÅ][a-zæøå]{0,3}\.[ ])+$")
# "Enok S Mølgaard": a first name and a party letter before a surname in a list of members
_LETTERED_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+)[ ](?!II[ ])[A-ZÆØÅ]{1,2}[ ]$")
_WEB_DOMAIN = re.compile(r"\.(?:dk|com|net|org|eu|nu)$", re.IGNORECASE)
# "Nordby.nu", "Sydfyn.dk": a name with a web domain after it is a site or a local news medium
_DOMAIN_AFTER = re.compile(r"\.(?:dk|com|net|org|eu|nu|info)(?![\w-])", re.IGNORECASE)
_CLOCK = re.compile(r"\bkl\.?[ ]?\d")
_ACRONYM_FIRST = re.compile(r"[A-ZÆØÅ]{2,5}[ ][A-ZÆØÅ]")


# the locative before a municipality's name: "i ", "i hele ", "over hele "
_MUNICIPAL_LOCATIVE = re.compile(rf"(?<![\w])(?:i|over(?=[ ]hele[ ]))[ ](?:{LOCATIVE_PARTITIVES}[ ])?$")

_WORD_BEFORE = re.compile(r"([\w-]+)[ ]$")
_WE_AFTER = re.compile(r"[ ,]+(?:(?:er|har|vil|skal|kan|gør|får)[ ])?vi(?![\w])")


def _organisational(text: str, start: int, end: int) -> bool:
    """True where "i X Kommune" names the organisation, not the place: after a role or a word for
    a part of an organisation ("borgmester i", "funktionen i", "institutioner i"), or followed
    by the municipality's own "vi" ("I Varde Kommune er vi …")."""
    if _WE_AFTER.match(text, end):
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    context = cues()["areas"]["organisation_context"]
    return word in load_gazetteers().roles or word in context or word.endswith(tuple(context)) or _role_compound(word)


@functools.lru_cache(maxsize=1)
def _role_endings() -> tuple[str, ...]:
    return tuple(w for w in load_gazetteers().roles.words if " " not in w and len(w) >= 6)


def _role_noun(name: str) -> bool:
    """One word that is a person's title, bare or in the definite ("Ungechefen", "Centerlederen")."""
    if " " in name:
        return False
    low = name.casefold()
    roles = load_gazetteers().roles
    return low in roles or any(low.endswith(end) and low[:-len(end)] in roles for end in ("en", "n"))


def _role_compound(word: str) -> bool:
    """A compound whose head is a role word ("bestyrelsesformand", "centerchef")."""
    return any(word.endswith(r) and len(word) >= len(r) + 3 for r in _role_endings())


_ORG_NOUN_AFTER = re.compile(r"[ ]([a-zæøå]+)")


def _title_before_i(text: str, start: int) -> bool:
    """True where a person's title and "i" stand before the name ("direktør i", "chef i")."""
    if text[max(0, start - 2):start] != "i ":
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 42), start - 2)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in load_gazetteers().roles or _role_compound(word)


def _organisation_around(text: str, start: int, end: int) -> bool:
    """True where the model's place names an organisation: a member or board of it ("medlemmer i
    repræsentantskabet i Movia") or its genitive before such a word ("Movias bestyrelse")."""
    if text[max(0, start - 2):start] == "i " and _organisational(text, start - 2, end):
        return True
    nxt = _ORG_NOUN_AFTER.match(text, end)
    context = cues()["areas"]["organisation_context"]
    return text[end - 1:end] in ("s", "'", "’") and nxt is not None and nxt.group(1) in context


def venue_line(text: str, start: int) -> bool:
    """True on a short line that names a meeting room ("Mødesalen - Filsø, Bytoften")."""
    line_start, line_end = line_of(text, start)
    if line_end - line_start >= 120 or text[line_start:line_end].rstrip().endswith("."):
        return False
    return bool(_ROOM.search(text, line_start, line_end))


def _venue(text: str, start: int) -> bool:
    """True on a short line that gives a clock time or names a meeting room ("Mødelokale 3,
    Rådhuset, Ved Fjorden 6, Ringkøbing", "i Mødesalen i Faaborg"): the meeting's venue."""
    if _ends_with(text, start, _COMMA_SPACE) and _ROOM_COMMA_BEFORE.search(text, max(0, start - 40), start):
        return False  # "Mødelokale 2, Nordby": the town the meeting is held in
    if text[max(0, start - 2):start] == "i " and _BUILDING_I_BEFORE.search(text, max(0, start - 60), start):
        return False  # "Administrationsbygningen i Nordby": the town the meeting is held in
    line_start, line_end = line_of(text, start)
    if line_end - line_start < 80 and _CLOCK.search(text, line_start, line_end):
        return True
    return venue_line(text, start)  # not a sentence that mentions the room ("… i Byrådssalen i Vejen.")


# "Administrationsbygningen i ", "det gl. Rådhus i ": the venue's building and the town it stands in (not
# a room's: "i Byrådssalen i Nordby" stays the venue)
_BUILDING_I_BEFORE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])[{LOWER}{UPPER}]*"
    rf"(?i:{'|'.join(map(re.escape, cues()['areas']['venue_building_endings']))})"
    rf"[ ]i[ ]$"
)


# the next field of a run-on meeting header after the venue's town: a label or the municipality
_NEXT_FIELD = re.compile(rf"[ ][{UPPER}][{LOWER}]+(?::|[ ]Kommune(?![\w-]))")


def _ends_with(text: str, end: int, tails: tuple[str, ...]) -> bool:
    """True where ``text[:end]`` ends with one of ``tails``, or with one and a line break: where a
    pattern that closes with ``<tail>$`` can match in a search that stops at ``end`` (``$`` holds before
    a line break at the end too). A cheap test before such a search."""
    return text.endswith(tails, 0, end) or (text.endswith("\n", 0, end) and text.endswith(tails, 0, end - 1))


_COMMA_SPACE = (", ",)  # how _ROOM_COMMA_BEFORE and _STREET_NUMBER_BEFORE end
_LIST_LINKS = (", ", " og ", " eller ")  # how _MUNICIPALITY_LIST_BEFORE ends


_ROOM_COMMA_BEFORE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])[{LOWER}{UPPER}]*(?i:{'|'.join(map(re.escape, cues()['areas']['venue_town_rooms']))})"
    r"(?:[ ]\d{1,3})?,[ ]$"
)


# a meeting room or a town hall named on a venue line: "Byrådssalen", "Mødelokale 3", "Regionshuset"
_ROOM = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])[{LOWER}{UPPER}]*(?i:{'|'.join(map(re.escape, cues()['areas']['venue_room_endings']))})(?![\w-])"
)


def _misspelt_country(name: str, pat: _Patterns) -> bool:
    """An unknown word one letter from a country ("Dammark")."""
    if " " in name or common_word(name) or proper_word(name):
        return False
    return any(len(c) == len(name) and sum(a != b for a, b in zip(c, name)) == 1 for c in pat.not_places)


# a name whose last word is a building's kind: "Randers Bibliotek", "Vestre Skole"
_BUILDING_LAST = re.compile(
    rf"[ ](?=[{UPPER}])[{UPPER}{LOWER}]*(?i:{'|'.join(map(re.escape, cues()['areas']['building_words']))})$"
)
_BUILDING_BEFORE = re.compile(
    rf"(?<![\w-])[{LOWER}]*(?:{'|'.join(map(re.escape, cues()['areas']['building_before']))})(?:,[ ]|\s)[\"“”'‘’]?$"
)

# "plejecenterleder for Solgården og Egely", "plejehjemstilsyn Egebakken": the staff, management or
# inspection of an institution named before the name (also the later names of a list it opens)
_INSTITUTION_COMPOUND_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(map(re.escape, cues()['areas']['institution_compound_modifiers']))})s?"
    rf"(?:{'|'.join(map(re.escape, cues()['areas']['institution_compound_heads']))})(?:[ ](?:for|på|af))?[ ]"
    rf"(?:[{UPPER}][\w-]+(?:,[ ]|[ ](?:og|samt)[ ])){{0,3}}$"
)


_AREA_CUES = cues()["areas"]
_BUILDING_COMPOUND = re.compile(
    rf"[{LOWER}]{{3,}}(?:{'|'.join(map(re.escape, _AREA_CUES['building_compound_endings']))})"
)


# "SFO'en", "PPR'et": an abbreviation inflected after an apostrophe, a common noun
_INFLECTED_ABBREVIATION = re.compile(
    rf"[{UPPER}]{{2,6}}['’](?:{'|'.join(map(re.escape, _AREA_CUES['abbreviation_inflections']))})"
)


def _inflected_abbreviation(name: str) -> bool:
    """An abbreviation with a Danish ending after an apostrophe ("SFO'en", "GFO'erne"): the kind of
    service in the definite or plural, not a named place."""
    return bool(_INFLECTED_ABBREVIATION.fullmatch(name))


# "Frivillighedspolitik i ", "Udviklingsstrategi for ": a council's own policy right before the name
_COUNCIL_DOCUMENT_BEFORE = re.compile(
    rf"(?<![\w-])[\w-]*(?i:{'|'.join(map(re.escape, _AREA_CUES['council_document_endings']))})[ ](?:i|for)[ ]$"
)


def _council_document_title(text: str, cand: Candidate) -> bool:
    """A municipality named after its council's own policy, strategy or procedure
    ("Sponsorpolitik for Nordby Kommune", "Procedure i Nordby Kommune"): the council that wrote
    it, not a place."""
    return cand.type == "municipality" and bool(
        _COUNCIL_DOCUMENT_BEFORE.search(text, max(0, cand.start - 60), cand.start))


# "Bo- og Støttekorpset Falhøj": the word after a suspended compound's "- og" is the second half of one name
_SUSPENDED_BEFORE = re.compile(r"[\w]-[ ](?:og|eller|&)[ ]$")


def _common_noun_after_hyphen(name: str) -> bool:
    """A one-word name whose part after a hyphen is a common word in small letters ("Skype-møde",
    "Corona-centret"): a thing named after the first part, not a place ("Lyngby-Taarbæk" goes on
    with a capital, "Toveshøj-kvarteret" with a place noun)."""
    if " " in name or "-" not in name:
        return False
    tail = name.rsplit("-", 1)[1]
    return len(tail) >= 3 and tail.islower() and tail not in _PLACE_NOUNS_AFTER_HYPHEN and common_word(tail)


_PLACE_NOUNS_AFTER_HYPHEN = frozenset(_AREA_CUES["place_nouns_after_hyphen"])


def _building_compound(name: str) -> bool:
    """A one-word name whose compound ending is a building's kind in the definite
    ("Lillebæltshallerne", "Søndervangskolen"): one building, not a place."""
    return " " not in name and bool(_BUILDING_COMPOUND.fullmatch(name, 1))
# "DVB Stenløse", "Boligselskabet Sjælland", "Job- og vækstcenter Nordby" (the head written small
# after a capitalised first part)
_ORG_WORD_BEFORE = re.compile(
    rf"(?<![\w-])(?!(?:II|III|IV)[ ]$)(?:[{UPPER}]{{2,5}}|(?:[{UPPER}]\.){{2,5}}|(?:(?=[{UPPER}])|[{UPPER}][\w]*-[ ](?:og|&)[ ])[\w-]*"
    rf"(?i:{'|'.join(map(re.escape, _AREA_CUES['organisation_heads']))}))(?:[ ]|[ \t]*\n\s*)$"
)
_ORG_WORD_AFTER = re.compile(  # also with further names before the head ("Nordbys og Sydbys Politi")
    rf"(?:</[a-z]+>)?(?:(?:,[ ]|[ ](?:og|samt|eller)[ ])[{UPPER}][\w-]+)*[ ](?:[{LOWER}]+[ ])?[{UPPER}]?[{LOWER}]*(?i:{'|'.join(map(re.escape, _AREA_CUES['organisation_tails']))})(?![\w])"
)

# "Nordby Rideklub", "Sydø Biavlerforening", "Nordbys Erhvervsråd": a capitalised compound whose
# head names a body (the parties' name endings and the club endings) right after the place
_BODY_WORD_AFTER = re.compile(
    rf"s?[ ][{UPPER}][{LOWER}]*(?:{'|'.join(map(re.escape, re.longest_first({*cues()['parties']['name_suffixes'], *_AREA_CUES['club_endings']})))})(?![\w-])"
)


# "Nordby/Østby, Sydby og Vestby Grundejerforeninger": the places of a list that ends in a body's
# plural are each the first word of one body's name ("Nordby Grundejerforening", …), not places
_NAME_ITEM = rf"[{UPPER}][\w-]+(?:/[{UPPER}][\w-]+)?"
_BODIES_AFTER = re.compile(
    rf"(?:/[{UPPER}][\w-]+)?(?:,[ ]{_NAME_ITEM})*(?:,?[ ](?:og|samt)[ ]{_NAME_ITEM})?[ ][{UPPER}{LOWER}][{LOWER}]*"
    rf"(?:{'|'.join(re.longest_first({s for s in cues()['parties']['name_suffixes'] if not s.endswith(('en', 'et'))}))})"
    rf"(?:er|erne)(?![\w-])"
)


# "beboernes boligselskab, Egebo,", "lokalafdeling Nordby": a body's kind written small and its name after it
_SMALL_ORG_HEAD_BEFORE = re.compile(
    rf"(?<![\w-])[{LOWER}]*(?:{'|'.join(map(re.escape, _AREA_CUES['small_organisation_heads']))}),?[ ]$"
)


_BROADCASTER_BEFORE = re.compile("(?:" + "|".join(re.escape(lead) for lead in _AREA_CUES["broadcaster_leads"]) + ")$")


def _in_organisation_name(text: str, start: int, end: int) -> bool:
    """True for a place inside an organisation's name: after an acronym or an organisation's head
    word ("DVB Stenløse", "Boligselskabet Sjælland", "Fjernvarme Fyn", "TV 2/Fyn") or before one
    ("Ølstykke almennyttige Boligselskab", "Herlev og Gentofte Hospital")."""
    return (bool(_ORG_WORD_BEFORE.search(text, max(0, start - 40), start)) or bool(_ORG_WORD_AFTER.match(text, end))
            or bool(_BROADCASTER_BEFORE.search(text, max(0, start - 6), start))
            or bool(_SMALL_ORG_HEAD_BEFORE.search(text, max(0, start - 40), start))
            or bool(_BODY_WORD_AFTER.match(text, end)) or bool(_BODIES_AFTER.match(text, end)))


# "Nordby Torv", "Sydby Hovedgade": a street or square named after the place
_STREET_AFTER = re.compile(
    rf"[ ](?=[{UPPER}])(?i:[{LOWER}]*(?:{'|'.join(map(re.escape, _AREA_CUES['street_after_place']))}))(?![\w-])"
)


# "Fredensborg og Helsingør kommuner", "Ølby, Nordby og Sydby Kommuner": the municipalities named
# together by their plural; the annotated documents name each place by its bare name, after a locative
# ("i Nordby og Sydby kommuner", :func:`_plural_municipalities`) as after another preposition
# ("samarbejde mellem Nordby, Sydby og Vestby kommuner")
_MUNICIPALITIES_AFTER = re.compile(
    rf"(?:,[ ][{UPPER}][\w-]+)*(?:,?[ ](?:og|samt|eller)[ ][{UPPER}][\w-]+)?[ ][kK]ommuner(?![\w])"
)

# "til Nordby Kommuneplan 2005", "Sydby Kommuneplantillæg nr. 3": the council's plan named by its (often
# former) municipality, not the place
_COUNCIL_PLAN_AFTER = re.compile(rf"[ ](?:{'|'.join(map(re.escape, cues()['areas']['council_plan_heads']))})(?![\w])")


def _no_place(text: str, start: int, end: int, pat: _Patterns, venue: bool = True) -> bool:
    """Checks shared by every source: part of a person's name, the head of a building's name
    ("Næstved stadion"), a building named after its kind ("børnehaven Kastanjegården"), part of
    an organisation's name, a street or square named after the place, or a meeting venue."""
    return (
        bool(_STREET_AFTER.match(text, end))
        or bool(_DOMAIN_AFTER.match(text, end))
        or (bool(_MUNICIPALITIES_AFTER.match(text, end)) and not _prepositional_municipality_list(text, start))
        or bool(_COUNCIL_PLAN_AFTER.match(text, end))
        or _in_person_name(text, start, pat)
        or _in_organisation_name(text, start, end)
        or bool(_BUILDING_BEFORE.search(text, max(0, start - 30), start))
        or bool(_INSTITUTION_COMPOUND_BEFORE.search(text, max(0, start - 90), start))
        or bool(pat.building_after.match(text, end))
        or _building_on_next_line(text, end, pat)
        or (venue and _venue(text, start))
        or _action_noun_phrase(text, start, end)
        or bool(_SECTION_NOUN_BEFORE.search(text, max(0, start - 16), start))
    )


# "som foreslået i afsnittet Løsning": the name of a part of the document
_SECTION_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(map(re.escape, re.longest_first(cues()['areas']['section_nouns'])))})[ ]$")


_OF_AFTER = re.compile(rf"[ ]af[ ][{LOWER}]")


def _action_noun_phrase(text: str, start: int, end: int) -> bool:
    """A place's name that is also a common noun, followed by "af" and a word in small letters ("Løsning af
    debitoropgaven" in a run-on agenda line): the noun and its object, no place."""
    return bool(_OF_AFTER.match(text, end)) and text[start:end].lower() in lexicon_words()


_LINE_BREAK_AFTER = re.compile(r"[ \t]*\n\s*")


def _building_on_next_line(text: str, end: int, pat: _Patterns) -> bool:
    """True where a name ends its line and the next line goes on with a building's kind
    ("… af Nordby" over "Skole/…"): a building's name broken by the page's layout."""
    m = _LINE_BREAK_AFTER.match(text, end)
    if m is None:
        return False
    word = pat.building_after.match(" " + text[m.end():m.end() + 60])
    # a name's kind stands in the indefinite ("Nordby Skole"); "Biblioteket holder …" opens a sentence
    return word is not None and not word.group().endswith(("en", "et", "erne"))


# Municipalities named with a suspended hyphen after a locative: "i Odder-, Skanderborg- og Horsens
# Kommune": each first part is "<name> Kommune" too.
_SUSPENDED_MUNICIPALITIES = Prefiltered(re.compile(  # tried only at "i", "på", "fra"
    rf"(?<![\w])(?:i|på tværs af|fra)[ ](?P<parts>(?:[{UPPER}][\w]*(?:-[{UPPER}][\w]*)?-,?[ ]){{1,15}})(?:og|eller)[ ]"
    rf"(?P<last>[{UPPER}][\w-]*)[ ]Kommune(?:r)?(?![\w])"
), prefix_starts(["i", "på", "fra"], not_after=r"[\w]"))
_SUSPENDED_PART = re.compile(rf"(?P<name>[{UPPER}][\w]*(?:-[{UPPER}][\w]*)?)-")


def _coordinated_municipalities(text: str, pat: _Patterns) -> list[Candidate]:
    """The municipalities of a list with suspended hyphens ("i Odder-, Skanderborg- og Horsens
    Kommune"), the last one too: no locative word stands before it."""
    if "- og " not in text and "-, " not in text:
        return []
    out = []
    municipalities = load_gazetteers().municipality_names
    for m in _SUSPENDED_MUNICIPALITIES.finditer(text):
        for part in _SUSPENDED_PART.finditer(text, m.start("parts"), m.end("parts")):
            if part.group("name") in municipalities:
                out.append(Candidate(part.start(), part.end("name"), f"{part.group('name')} Kommune", "municipality", 3))
        if out and m.group("last") in municipalities:
            out.append(Candidate(m.start("last"), m.end("last") + len(" Kommune"), f"{m.group('last')} Kommune", "municipality", 3))
    return out


@functools.lru_cache(maxsize=1)
def _former_municipality_pattern() -> re.Pattern[str]:
    """"tidligere Nordby Kommune", "den gamle Nordby – Sydby kommune": one or two listed towns or
    villages that are no municipality of today before "Kommune", after a word of
    ``former_municipality_before``."""
    gaz = load_gazetteers()
    today = {f for m in gaz.municipalities for f in m.forms}
    places = (*gaz.towns, *gaz.villages)
    towns = trie_regex([f for t in places for f in t.forms if f and f[:1].isupper() and f not in today])
    before = trie_regex(cues()["areas"]["former_municipality_before"])
    return re.compile(
        rf"(?<![\w-])(?i:{before})[ ](?P<name>(?:{towns})(?:[ ]?[-–][ ]?(?:{towns}))?)[ ][Kk]ommune(?![\w-])"
    )


_DASH_JOIN = re.compile(r"[ ]?[-–][ ]?")


_MUNICIPALITY_END = re.compile(r"ommune(?![\w-])")


def _former_municipalities(text: str) -> list[Candidate]:
    """A municipality dissolved in 2007, named by its town(s) ("tidligere Nordby Kommune"): the place."""
    if "ommune" not in text:
        return []
    out = []
    # only lines with "ommune" at a word's end: every match ends so and holds no line break
    for m in line_matches(text, _MUNICIPALITY_END, _former_municipality_pattern()):
        name = _DASH_JOIN.sub("-", m.group("name"))
        out.append(Candidate(m.start("name"), m.end(), f"{name} Kommune", "municipality", 4))
    return out


_PLURAL_MUNICIPALITIES = re.compile(
    rf"(?<![\w])[iI][ ](?:både[ ])?(?P<list>[{UPPER}][\w-]+(?:,[ ][{UPPER}][\w-]+)*,?[ ](?:og|samt)[ ][{UPPER}][\w-]+)"
    rf"[ ][kK]ommuner(?![\w])"
)
_LIST_ITEM = re.compile(rf"[{UPPER}][\w-]+")

_LIST_OPENER = re.compile(rf"(?:^|(?<=[ ]))(?P<word>[{LOWER}]+)[ ](?:[{UPPER}][\w-]*(?:,|[ ](?:og|samt|eller))[ ])*$")
_LIST_PREPOSITIONS = frozenset(cues()["parties"]["plural_municipality_list_prepositions"]) - {"i"}


def _prepositional_municipality_list(text: str, start: int) -> bool:
    """The name opens or continues a list of municipalities that a preposition other than "i" governs
    ("samarbejde mellem Nordby, Sydby og Vestby kommuner", "udviklingsaftaler for Nordbys, …"): the places named."""
    m = _LIST_OPENER.search(text, max(0, start - 200), start)
    return m is not None and m.group("word") in _LIST_PREPOSITIONS


def _plural_municipalities(text: str) -> list[Candidate]:
    """"i Fredensborg og Helsingør kommuner": each municipality of the list as a place, by its name as written."""
    if "ommuner" not in text:
        return []
    out = []
    municipalities = load_gazetteers().municipality_names
    for m in _PLURAL_MUNICIPALITIES.finditer(text):
        items = list(_LIST_ITEM.finditer(text, m.start("list"), m.end("list")))
        if not all(i.group() in municipalities for i in items):
            continue
        out += [Candidate(i.start(), i.end(), i.group(), "municipality", 3) for i in items]
    return out


_MUNICIPAL_ACT = re.compile(
    rf"[ ](?:{'|'.join(map(re.escape, re.longest_first(cues()['areas']['municipal_acting_verbs'])))})(?![\w])"
)


# "… politik i", "strategi i", "byrådsmøde i": the council's own policy, plan or meeting before "i X Kommune"
_COUNCIL_THING = re.compile(
    rf"[\w-]*(?i:{'|'.join(map(re.escape, cues()['areas']['council_thing_endings']))})"
)


def meeting_venue(text: str, area: Area, location: Optional[str]) -> bool:
    """An estate-shaped name the gazetteers do not list that the text writes only in the meeting's place
    ("Mødested: Lyngparken, …", "Sted: Regionsgården, mødelokale H2"): the building the meeting is held in."""
    if not location or area.type != "housing_area" or load_gazetteers().housing_area_index.get(area.name.casefold()):
        return False
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(location), text)]
    named = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(area.name)}(?![\w-])", text)]
    return bool(spans) and all(any(s <= start and end <= e for s, e in spans) for start, end in named)


def municipality_as_place(text: str, area: Area) -> bool:
    """A municipality the text also names as an actor that one of its mentions still gives as the place
    where people live or things happen: "i X Kommune" inside a sentence after a word for people, a
    service or a matter ("udsatte familier i Nordby Kommune", "trygheden i Nordby Kommune"); not after
    the council's own policy, plan or meeting ("Sundhedspolitikken i Nordby Kommune") and not opening
    a sentence ("I Nordby Kommune er der …")."""
    if area.type != "municipality":
        return False
    for m in area.mentions:
        lead = _MUNICIPAL_LOCATIVE.search(text, max(0, m.start - 24), m.start)
        if lead is None:
            continue
        i_at = lead.start()
        if at_sentence_start(text, i_at) or _organisational(text, i_at, m.end):
            continue
        if _CLAUSE_OPENS.search(text, max(0, i_at - 14), i_at):
            continue  # ", i Nordby Kommune får …": the adverbial opens the clause, the council is its topic
        words = _WORDS_BEFORE.search(text, max(0, i_at - 80), i_at)
        if words is None or _WE.search(words.group()):
            continue  # "Vi har i Nordby Kommune …": the council speaks
        if not any(_COUNCIL_THING.fullmatch(w) for w in words.group().split()):
            return True
    return False


_CLAUSE_OPENS = re.compile(r"[,;:(](?:[ ](?:og|men|mens))?[ ]$")
# up to four words before "i" inside one clause
_WORDS_BEFORE = re.compile(r"(?<![^\s,;:(])(?:[^\s,;:.()]+[ ]){1,4}$")
_WE = re.compile(r"(?i)(?<![\w])vi(?![\w])")


def _municipality_acting(text: str, m: Any, pat: _Patterns) -> bool:
    """A town's bare name opening a sentence before a verb of a council's act ("Nordby satser på …")."""
    if m.group("gen") or m.group("part") or pat.kinds.get(m.group("name")) not in ("town", "municipality"):
        return False
    return at_sentence_start(text, m.start()) and bool(_MUNICIPAL_ACT.match(text, m.end()))


_REPORTING_VERBS = re.longest_first(cues()["areas"]["municipal_reporting_verbs"])
_MUNICIPAL_NAME = rf"[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?"
# "Nabokommunerne Nordby, Sydby og Vestby oplyser alle, at …": a list of bare names as the subject of a
# verb of reporting
_REPORTING_MUNICIPALITIES = re.compile(
    rf"(?<![\w-])(?:(?i:{'|'.join(map(re.escape, cues()['areas']['municipal_plural_nouns']))})[ ])?"
    rf"(?P<list>{_MUNICIPAL_NAME}(?:,[ ]{_MUNICIPAL_NAME})*(?:,?[ ](?:og|samt)[ ]{_MUNICIPAL_NAME})?)"
    rf"[ ](?:alle[ ]|begge[ ])?(?:{'|'.join(map(re.escape, _REPORTING_VERBS))})(?![\w])"
)
_LIST_NAME = re.compile(_MUNICIPAL_NAME)


def _reporting_municipality_spans(text: str, pat: _Patterns) -> list[tuple[int, int]]:
    """The spans of bare town or municipality names, alone or listed, that open a sentence as the
    subject of a verb of reporting ("Nordby og Sydby oplyser, at …"): the councils speak there."""
    if not any(v in text for v in _REPORTING_VERBS):
        return []
    spans = []
    for m in _REPORTING_MUNICIPALITIES.finditer(text):
        if not at_sentence_start(text, m.start()):
            continue
        names = [n.group() for n in _LIST_NAME.finditer(text, m.start("list"), m.end("list"))]
        if all(pat.kinds.get(n) in ("town", "municipality") for n in names):
            spans.append((m.start("list"), m.end("list")))
    return spans


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# a verb in the present tense (or an auxiliary) right after a name: the name is the subject that acts
_PRESENT_VERB_AFTER = re.compile(rf"[ ](?:har|vil|skal|kan|må|er|[{LOWER}]{{2,}}er)(?![\w])")
_ORGANISATION_HEADS = "|".join(re.escape(h.capitalize()) for h in cues()["areas"]["organisation_heads"])


def _organisation_short_name(text: str, m: Any) -> bool:
    """A place's bare name opening a sentence or heading before a verb ("Nordby tager første spadestik")
    where the text also names a body by the place and a body's head ("Nordby Boligforening"): the
    body's short name acting, not the place."""
    if m.group("gen") or m.group("part") or not at_sentence_start(text, m.start()):
        return False
    if not _PRESENT_VERB_AFTER.match(text, m.end()):
        return False
    return re.search(rf"(?<![\w-]){re.escape(m.group('name'))}[ ](?:{_ORGANISATION_HEADS})(?![\w])", text) is not None


# a numbered agenda item's line ("92. Støttemur Nordby")
_AGENDA_ITEM_LINE = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+\S")
_LOWER_WORD = re.compile(rf"[ ]([{LOWER}]+)")


def _agenda_village(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A listed village in a numbered agenda item's title, closing it ("92. Støttemur Nordby") or
    before a word in lower case ("93. Nordby rundkørsel"): the title names the village the case is
    about. Not before a capitalised word (a school's or a club's name), nor a street word in lower case
    ("Nordby torv"), nor a word of the dictionary or a person's name."""
    name = m.group("name")
    if m.group("part") or m.group("gen") or pat.kinds.get(name) != "town" or common_word(name):
        return False
    if name in first_names() or known_surname(name) or _surname(name):
        return False
    line_start, line_end = line_of(text, m.start())
    if not _AGENDA_ITEM_LINE.match(text, line_start):
        return False
    if not text[m.end():line_end].strip():
        return True
    word = _LOWER_WORD.match(text, m.end())
    return word is not None and not pat.street.search(word.group(1)) and not _STREET_AFTER.match(
        text[m.end():m.end() + 1] + word.group(1).capitalize())


def _closing_agenda_title(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A listed village closing a numbered agenda item's title ("92. Støttemur Nordby"): the work's
    place, not a body named by its town, whatever common noun stands before it."""
    return not text[m.end():line_of(text, m.start())[1]].strip() and _agenda_village(text, m, pat)


# "… Lokalplan 12, Fangelvej 98, " / "… område ved Rykkumvej, ": a street (with its number) and a comma
# before a listed town or village
_STREET_COMMA_BEFORE = re.compile(
    rf"(?<![\w-])[{UPPER}][{LOWER}]*(?:{'|'.join(map(re.escape, cues()['areas']['address_street_endings']))})"
    rf"(?:[ ]\d{{1,4}}[ ]?[A-Za-z]?)?,[ ]$"
)
# a numbered title's line, with or without the number's stop ("140 Forslag til …", "12. Endelig …")
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+[A-ZÆØÅ]")
# a page number closing a table of contents' title ("…, Sønderup. 21")
_PAGE_CLOSING = re.compile(r"\.?[ \t]+\d{1,3}[ \t]*$")


def _street_then_place_closing_title(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A listed town or village after a street and a comma at the end of a numbered agenda title
    ("140 Forslag til lokalplan, Fangelvej 98, Nordby", "12. Lokalplan for område ved Skovvej,
    Sydrup. 21") or before the next title of a run-on agenda ("… vedr. Skolegade 15, Nordby
    Anlægsbevilling til …"): the place the case is about, not a letter's or a venue's address."""
    name = m.group("name")
    if m.group("part") or m.group("gen") or pat.kinds.get(name) != "town" or common_word(name):
        return False
    if not _STREET_COMMA_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False
    line_start, line_end = line_of(text, m.start())
    if _CLOCK.search(text, line_start, line_end) or name in first_names() or known_surname(name):
        return False
    rest = text[m.end():line_end]
    if _NUMBERED_LINE.match(text, line_start) and (not rest.strip() or _PAGE_CLOSING.match(rest)):
        return True
    nxt = _NEXT_CAPITALISED.match(text, m.end())
    return _run_on_line(text, m.start()) and nxt is not None and _next_title_word(nxt.group(1))


@functools.lru_cache(maxsize=1)
def _locality_names() -> frozenset[str]:
    """Villages and hamlets of localities.tsv (below postal-district level)."""
    return frozenset(f for p in load_gazetteers().localities for f in p.forms)


@functools.lru_cache(maxsize=1)
def _hamlet_names() -> frozenset[str]:
    """Hamlets of localities.tsv (OpenStreetMap's place=hamlet): the smallest named settlements."""
    return frozenset(f for p in load_gazetteers().localities if p.kind == "hamlet" for f in p.forms)


# " i Nordby": another place's name after "i"
_IN_PLACE_AFTER = re.compile(rf"[ ]i[ ](?P<town>[{UPPER}][{LOWER}]+)(?![\w-])")


def _hamlet_inside_town(text: str, cand: Candidate) -> bool:
    """A hamlet's name that the text places inside another town ("boliger ved Møllebakken i Nordby"):
    the town's street, hill or site of that name, not the hamlet (no hamlet lies inside a town)."""
    if cand.name not in _hamlet_names():
        return False
    after = _IN_PLACE_AFTER.match(text, cand.end)
    return after is not None and (after.group("town") in patterns().kinds or not common_word(after.group("town")))


@functools.lru_cache(maxsize=1)
def _bare_abbreviations() -> frozenset[str]:
    """Abbreviated compass points and village first words without their dot ("NV", "Ø", "Sdr", "Nr")."""
    data = cues()["areas"]
    words = [*data["compass_abbreviations"], *data["village_prefix_abbreviations"].values()]
    return frozenset(w.rstrip(".").casefold() for w in words)


def _abbreviation_alone(name: str) -> bool:
    """A candidate that is only an abbreviated compass point or village first word ("Ø", "Sdr")."""
    return name.rstrip(".").casefold() in _bare_abbreviations()


def _longer_name_after(text: str, m: re.Match[str]) -> bool:
    """A capitalised word right after a hamlet's name, not opening a new title: part of a longer
    name ("ved Nordrup Plejecenter", "i Sydrup Pleje- og Rehabiliteringscenter")."""
    if m.group("part"):
        return False
    nxt = _NEXT_CAPITALISED.match(text, m.end())
    if nxt is None or _place_opens_next_name(text, m.start("name"), m.end()):
        return False
    return not _run_on_title(text, m.start("name"), m.end(), nxt.group(1), True)


_FEATURE_ENDINGS = tuple(sorted({p.lower() for p in cues()["areas"]["feature_parts"]}))
_PLACE_THEN_NAME = re.compile(rf"[ ](?P<place>[{UPPER}][{LOWER}]+)[ ][{UPPER}][{LOWER}]")


def _place_opens_next_name(text: str, start: int, end: int) -> bool:
    """True for a place after a locative word that another listed place and a capitalised word follow
    ("boliger i Sydrup Nordby Idrætshal - …", "i Sydrup Nordby Boligforening"): a run-on agenda's next
    title opens with a name made from the other place; the first place ends where that name begins."""
    pat = patterns()
    nxt = _PLACE_THEN_NAME.match(text, end)
    if nxt is None or nxt.group("place") not in pat.kinds or nxt.group("place").lower().endswith(_FEATURE_ENDINGS):
        return False  # "i Nordby Ådal": a feature's word (a hamlet's name too) goes on with the name
    return bool(pat.locative_before.search(text[max(0, start - 16):start]))


# a hyphen and a capitalised word right after an estate-shaped name: the name goes on past the hyphen
_HYPHEN_NAME_GOES_ON = re.compile(rf"-[{UPPER}]")


@functools.lru_cache(maxsize=1)
def _shaped_gate() -> re.Pattern[str]:
    """What a line with a match of ``shaped`` holds: a word that ends in one of the name suffixes (the
    match holds no line break, and its suffix ends a word)."""
    data = cues()["areas"]
    return re.compile(rf"(?:{trie_regex([*data['name_suffixes'], *data['capitalised_suffixes']])})(?![\w])")


_PLACE_ITEM_BEFORE = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][\w-]+),[ ]$")
_PLACE_ITEM_AFTER = re.compile(rf"(?:,[ ]|[ ](?:og|samt)[ ])(?P<name>[{UPPER}][\w-]+)(?![\w-])")


def _between_listed_places(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """A name inside a list of places, with a listed place that is no common word on both sides
    ("Tårnby, Vejen, Vejle og Viborg"), also past another such name ("Børkop, Give, Brande, Ebeltoft"):
    a place although the name is also a common word."""
    after = _listed_place_on_side(text, end, pat, before=False)
    if after and _LIST_LEAD_BEFORE.search(text, max(0, start - 80), start):
        return True  # "Deltagere fra byerne:\n\nLøsning\n\nHedensted": the first item of a list of lines
    return after and _listed_place_on_side(text, start, pat, before=True)


_LIST_LEAD_BEFORE = re.compile(r":[ \t]*\n(?:[ \t]*\n)*[ \t]*$")  # a list's lead line ends in a colon


_LIST_STEPS = 3  # list items looked at on one side for a listed place that is no common word


# a list of one name on each line ("Løsning\n\nHedensted\n\nJuelsminde"): the item on the line before or after
_LINE_ITEM_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?P<name>[{UPPER}][\w-]+)[ \t]*\n(?:[ \t]*\n)*[ \t]*$")
_LINE_ITEM_AFTER = re.compile(rf"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<name>[{UPPER}][\w-]+)[ \t]*(?=\n|$)")


def _side_item(text: str, pos: int, before: bool) -> Optional[re.Match[str]]:
    if before:
        return _PLACE_ITEM_BEFORE.search(text, max(0, pos - 40), pos) or _LINE_ITEM_BEFORE.search(text, max(0, pos - 60), pos)
    return _PLACE_ITEM_AFTER.match(text, pos) or _LINE_ITEM_AFTER.match(text, pos)


def _listed_place_on_side(text: str, pos: int, pat: _Patterns, before: bool) -> bool:
    for _ in range(_LIST_STEPS):
        m = _side_item(text, pos, before)
        if m is None or m.group("name") not in pat.kinds:
            return False
        if m.group("name") not in pat.ambiguous:
            return True
        pos = m.start() if before else m.end()
    return False


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])[Dd]e[nt][ ]$")  # "Den Gamle By": an article before an adjective


def _candidates(text: str, doc: Any, pat: _Patterns) -> list[Candidate]:
    out: list[Candidate] = []
    matches = list(pat.places.finditer(text))
    tables = _table_lines(text, matches, pat)
    reporting = _reporting_municipality_spans(text, pat)
    for m in matches:
        name = m.group("name")
        in_table = line_of(text, m.start())[0] in tables
        venue_town = _venue_town(text, m, pat)
        # "Egeparken II": a listed estate's numbered stage is part of its name
        stage = _ROMAN_STAGE_AFTER.match(text, m.end()) if pat.kinds.get(name) in ("housing_area", "neighbourhood") \
            and not m.group("part") and not m.group("gen") else None
        titled = _street_then_place_closing_title(text, m, pat)
        if not in_table and not venue_town and not titled \
                and _in_address(text, m.start(), stage.end() if stage else m.end()):
            continue
        if name in pat.ambiguous and not titled and not _agenda_village(text, m, pat) \
                and not _between_listed_places(text, m.start(), m.end(), pat):
            if not (_locative(text, m.start(), pat) or _closing_listed_places(text, m.start(), pat)) \
                    or at_sentence_start(text, m.start()):
                continue
            if name in _locality_names() and _longer_name_after(text, m):
                continue  # "på Nordrup Plejecenter": an institution named by the hamlet
        # a number after a landscape is a page or a figure, never a house number ("i Nordjylland 33")
        if (_street_follows(text, m.end()) and not in_table and pat.kinds.get(name) != "landscape"
                and not _page_number_after(text, m, pat)) \
                or _no_place(text, m.start(), m.end(), pat, venue=not venue_town):
            continue
        if _genitive_before_role(text, m):  # "Greves borgmester": the municipality, not the place
            continue
        if tag_line(text, m.start()):
            continue  # "Kommunalvalg, KV25, Samfund, Sønderborg": a news site's tags
        if _municipality_acting(text, m, pat):
            continue  # "Nordby satser på …": the council acts, the name is no area
        if reporting and not m.group("gen") and not m.group("part") and _in_spans(reporting, m.start(), m.end()):
            continue  # "Nordby og Sydby oplyser, at …": the councils speak, the names are no areas
        if name.endswith("kommunen") and not _locative(text, m.start(), pat):
            continue  # "Regionskommunen kom ud af …": a municipality's name in the definite of its noun, the body
        if _organisation_short_name(text, m):
            continue  # "Nordby tager første spadestik" where the text names "Nordby Boligforening": the body
        if pat.kinds.get(name) in _WIDE_KINDS and _name_head_before(text, m.start()):
            continue  # "Fællesindkøb Fyn", "Forvaltningsgruppe Nordsjælland": a body or project named by its region
        if pat.kinds.get(name) in _LOCAL_KINDS and _indefinite_head_before(text, m.start()) \
                and not _closing_agenda_title(text, m, pat):
            continue  # "Miljøpunkt Nordby", "Naturpark Sydby": a body or project named by its town or district
        if _MEDIA_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "skriver TV 2 Fyn": a regional broadcaster's name
        if pat.kinds.get(name) == "municipality" and site_suffix(text, m.start(), m.end()):
            continue  # "Dagsorden med vedtagelser - Rudersdal ...": the publisher's name
        end = m.end() + 1 if re.search(r" [A-ZÆØÅ]$", name) and text[m.end():m.end() + 1] == "." else m.end()
        part = m.group("part")
        base = name[:-1] if name.endswith("s") and name[:-1] in pat.kinds else name
        if part and part[:1].islower() and (part not in _FEATURE_LOWER_PARTS or base != name):
            # "Ringsteds bymidte", "Aabenraas midtby": the town
            out.append(Candidate(m.start(), m.end(), base, pat.kinds.get(base), 3))
            continue
        if m.group("gen"):  # "Ebeltofts handelsliv": the town; an estate's genitive often names its institution,
            # but not one of the government lists' housing areas ("Vollsmoses udsathed")
            if pat.kinds.get(name) in ("town", "island", "landscape", "housing_area"):
                out.append(Candidate(m.start(), m.end(), name, pat.kinds.get(name), 3))
            continue
        if name in pat.genitives and not part:  # "Fredericias sundhedsprofil": the town
            out.append(Candidate(m.start(), end, pat.genitives[name], pat.kinds.get(pat.genitives[name]), 3))
            continue
        start = _town_genitive_start(text, m.start(), pat) if pat.kinds.get(name) == "neighbourhood" else m.start()
        if pat.kinds.get(name) == "town" and not m.group("part"):
            start = _unlisted_name_start(text, start, pat)  # "Vejers Strandby": a longer name than the listed town
            if start == m.start() and name in _SETTLEMENT_SECOND_WORDS:
                start = _settlement_name_start(text, start, pat)  # "Lindved Skovby": the village's own name
        end = stage.end() if stage else end
        out.append(Candidate(start, end, squash(text[start:end]), pat.kinds.get(name), 3))
    out += _joined_towns(text, pat)
    out += _suspended_area_names(text, pat)
    out += _suspended_compass_areas(text, pat)
    out += _villages_by_name(text, pat)
    out += _trip_destinations(text, pat)
    out += _member_list_places(text, pat)
    out += _bracketed_member_places(text, pat)
    out += _bracketed_place_lists(text, pat)
    out += _housing_departments(text, pat)
    out += _named_by_area_noun(text, pat)
    out += _island_shapes(text, pat)
    for m in _COMPASS_ESTATE.finditer(text):  # "Industri Syd": a business estate
        if not _DIRECTION_AFTER.match(text, m.end()) and not _no_place(text, m.start(), m.end(), pat):
            out.append(Candidate(m.start(), m.end(), m.group(), "neighbourhood", 2))
    for m in pat.feature.finditer(text):
        name = m.group("name")
        listed_village = name in pat.ambiguous and m.group("part") == "By"  # "gennem Nordrup By", listed or not
        natural = m.group("part") in _NATURAL_FEATURES  # "ved Nordby Sø": the lake, though "Nordby" is listed
        if (name in pat.kinds and not listed_village and not natural) or _not_a_name(name) or name in pat.not_places \
                or _no_place(text, m.start(), m.end(), pat):
            continue
        if name in first_names():  # "Lars Skov": a person
            continue
        if m.group("part") == "By" and name not in pat.kinds and (
                name.lower() in lexicon_words() or _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            continue  # "Sikker By strategi", "Grøn By", "Den Gamle By": an adjective and "by", a programme or a museum
        if m.group("part") == "By":  # "gennem Nordrup By": the village itself, named with its noun
            out.append(Candidate(m.start(), m.end("name"), name, "town", 2))
            continue
        out.append(Candidate(m.start(), m.end(), squash(m.group(0)), "neighbourhood", 2))
    for m in _VILLAGE.finditer(text):  # "ved Kirke Såby", "Cykelsti Nørre Nebel - Sdr. Bork"
        word = m.group("word")
        if word in first_names() and not _size_village_after_locative(text, m, pat):
            continue
        if common_word(word) or pat.street.search(word) or squash(m.group(0)) in pat.not_places:
            continue
        if word.lower().endswith(tuple(_AREA_CUES["structure_endings"])):
            continue  # "Ny Storstrømsbro": a bridge
        if _titled_compound(word, pat):
            continue  # "Ny Vandanalyse", "Store Cykeldag": a title's noun or an event, no village
        if _street_follows(text, m.end()) or _no_place(text, m.start(), m.end(), pat):
            continue
        out.append(Candidate(m.start(), m.end(), squash(m.group(0)), "town", 2))
    shaped: list[Candidate] = []
    for m in line_matches(text, _shaped_gate(), pat.shaped):  # only lines with a word that ends in a suffix
        name = m.group("name")
        head = name.split(" ", 1)[0]
        if " " in name and _title_verbal_noun(head):
            # "Udstykning Nordgården", "Renovering Egeparken", "Boligudvikling Sydparken": a title's verbal noun,
            # then the estate it is about
            m = pat.shaped.match(text, m.start() + len(head) + 1) or m
            name = m.group("name")
        if name.endswith("området") and not name.endswith("-området") and not _locative(text, m.start(), pat) \
                and not _STREET_AREA.search(name):
            continue  # "Boligområdet" is a common noun; "Energivej-området", "Havnevejsområdet" name an area
        if _ACRONYM_FIELD.match(name):
            continue  # "LGBTI-området", "FVU-området": an acronym's field of work, not a place
        if _HYPHEN_NAME_GOES_ON.match(text, m.end()):
            continue  # "Vesthøj-Nordby Avis": the first half of a joined name, not a name of its own
        lead = name.split(" ", 1)
        if len(lead) == 2 and (lead[0] in cues()["areas"]["locative_words"]
                               or (lead[0] in first_names() and not place_compound(lead[1]))):
            continue  # "Sara Ishøj Langkjær": a person's name; "Hans Brogesparken" an estate named after one
        if name.endswith("s") and _common_noun(text, name[:-1]) is False and name[:-1] in text[:m.start()]:
            continue
        if name in pat.not_places or pat.street.search(name) or _common_noun(text, name):
            continue
        if m.group("part") and _DIRECTION_AFTER.match(text, m.end()) and listed_word(name):
            continue  # "Boligkvarter Nord for Ålebækken": a direction from a place, not a name
        if _VENUE_SHAPE.match(name) or name.rsplit(" ", 1)[-1].lower() in _AREA_CUES["building_nouns"]:
            continue  # "Idrætsparken", "BusinessPark", "(Nordby) Sognegård": a venue, a business site, a building
        if name.lower() in _ESTATE_NOUN_WORDS:
            continue  # "fra Landsbyen", "Bydelen": the noun for a kind of place, capitalised, names none
        if _DEPARTMENT_NUMBER_AFTER.match(text, m.end()):  # "Egegården Afdeling 13": the housing association
            continue
        if _street_follows(text, m.end()) and not m.group("part"):  # "Søndersøparken 3": an address
            continue
        if len(name) < 6 or (at_sentence_start(text, m.start()) and not _locative(text, m.start(), pat)
                             and name.lower() == name[:1].lower() + name[1:].lower() and _generic_shape(name)):
            continue
        # estate names are often common compounds ("Strandparken", "Abildgård"): only things are out
        named_area = bool(_NAMED_AREA.search(name))  # "Energivej-området": a name before "-området"
        if name.endswith("-") or (thing_compound(name) and not named_area) or _no_place(text, m.start(), m.end(), pat):
            continue
        if len(lead) == 2 and (thing_compound(lead[0]) or common_word(lead[0])) \
                and not (_DEFINITE_GENITIVE.search(lead[0]) and lead[1] in _AREA_CUES["district_heads"]):
            continue  # "Rammeaftale Kildegården": a title; but "Smedens Kvarter": a district named by a genitive
        if len(lead) == 2 and lead[1] in _AREA_CUES["district_heads"] and not lead[0].endswith("s"):
            continue  # "Det Gamle Kvarter", "Nyt Kvarter": an adjective before the noun, no name of its own
        if known_surname(name.split()[-1]) or _after_particle(text, m.start()):  # "Mette Nørgaard", "Ove de Neergaard"
            continue
        if name.lower().endswith(_NOT_ESTATE_ENDINGS):  # "Husum Bypark": a public park
            continue
        if " " in name and name.rsplit(" ", 1)[1] in _AREA_CUES["building_second_words"]:
            continue  # "Thyges Gård": a building or an institution
        shaped.append(Candidate(m.start(), m.end(), squash(m.group(0)), "housing_area", 2))
    out += _without_institutions(text, shaped, pat)
    from socdoc.extractors.ner_evidence import model_place_spans  # "i Nordby" tagged ORG: a place too

    for start, end in sorted({*ents_of(doc, "LOC"), *model_place_spans(text, doc)}):
        name = squash(text[start:end]).strip(" ,.:;")
        if not name or "\n" in text[start:end] or name in pat.not_places or pat.street.search(name):
            continue
        if name.isupper() and name.title() in pat.not_places:  # "GHETTOER I DANMARK": a capitals heading's country
            continue
        if not pat.model_locative_before.search(text, max(0, start - 16), start):
            continue
        if _street_follows(text, end) or "/" in name or _BUILDING_LAST.search(name):
            continue
        if pat.not_suffix.search(name) or _in_address(text, start, end):
            continue
        if not all(w[:1].isupper() for w in name.split()) or name.endswith("s") and name[:-1] in pat.not_places:
            continue
        name = _without_next_word(text, start, name)
        if any(ch.isdigit() for ch in name) or _WEB_DOMAIN.search(name):  # "COVID-19", "Altinget.dk"
            continue
        if _not_a_name(name) or _no_place(text, start, end, pat) or _ACRONYM_FIRST.match(name):
            continue
        if name not in pat.kinds and _verbal_noun_compound(name):
            continue  # "i Orienteringssager": a run-on title's common compound
        if name in pat.media or (name.endswith("s") and name[:-1] in pat.media) or _misspelt_country(name, pat):
            continue
        if pat.kinds.get(name) in (*_WIDE_KINDS, None) and _name_head_before(text, start):
            continue  # "Naturlandet Sydøerne": a project named by its region
        if name not in pat.kinds and _organisation_around(text, start, start + len(name)):
            continue
        if name not in pat.kinds and name.endswith("s") and _LOWER_WORD_AFTER.match(text, start + len(name)):
            continue  # "i WeShelters nye strategi": the owner of a thing, not a place
        feature = _FEATURE_AFTER.match(text, start + len(name))  # "ved Kalø vig": the bay
        if feature is not None:
            name = squash(text[start:feature.end()])
        town = _town_after_road(name, pat)
        if town is not None:
            start, name = start + len(name) - len(town), town
        out.append(Candidate(start, start + len(name), name, None, 1))
    return out


# "afdeling 2, Pæretræsdalen", "Afd. 1041 Øbrohus", "boligafdelingen Sundtoften": a housing
# association's department is named after its estate (or its street: "afdeling 27 – Lillesøvej", no area)
_DEPARTMENT = Prefiltered(
    re.compile(
        rf"(?:[Bb]olig)?(?:(?:[Aa]fdeling|[Aa]fd\.)[ ](?:nr\.[ ]?)?\d[\d-]*[a-z]?(?:[ ]?[,:–-])?|[Bb]oligafdelingen)[ ]+"
        # "Afdeling 157 (Nordlunden)": the estate's name in brackets after the department's number
        rf"(?:\((?=[{UPPER}][{LOWER}]+\)))?(?P<name>[{UPPER}][{LOWER}]+(?:[ ](?:{'|'.join(cues()['areas']['capitalised_suffixes'])}))?{ROMAN_STAGE})(?![\w-])"
    ),
    prefix_starts(["afdeling", "afd.", "boligafdeling"], not_after=r"[\w-]", ignore_case=True),
)


@functools.lru_cache(maxsize=1)
def _department_endings() -> tuple[str, ...]:
    data = cues()["areas"]
    return tuple({*data["department_name_endings"], *data["name_suffixes"], *data["street_suffixes"]})


# a department's number right after a name: the name is the housing association's ("Egegården Afdeling 13")
_DEPARTMENT_NUMBER_AFTER = re.compile(r"[ ](?:[Aa]fdeling|[Aa]fd\.)[ ]?(?:nr\.[ ]?)?\d")
_BARE_DEPARTMENT = re.compile(r"[Bb]oligafdelingen[ ]")
_VERBAL_NOUN_ENDINGS = ("ingen", "elsen", "tionen", "eriet", "ningen")
_DEFINITE_VERBAL_NOUNS = ("ningen", "ringen", "elsen", "tionen", "eriet")  # not "Grævlingen", an estate's name


def _estate_word(word: str) -> bool:
    """An inflected (definite) common word that can be an estate's name ("Stævnen", "Skovbrynet"),
    not its dictionary form ("Normering") nor a definite verbal noun ("Renoveringen")."""
    low = word.lower()
    return not listed_word(word) and not low.endswith(_VERBAL_NOUN_ENDINGS)


_ROAD_SUFFIXES = tuple(cues()["areas"]["road_suffixes"])


def _road_name(name: str) -> bool:
    """A department's name that is a road's ("Skovvej", "Nørregade", "Lærke Allé"): the street the
    department lies on, no estate's name ("boligområdet Skovvej" stays an area)."""
    return name.casefold().endswith(_ROAD_SUFFIXES)


def _housing_departments(text: str, pat: _Patterns) -> list[Candidate]:
    """The estate a housing department is named after ("afd. 6, Lindevænget"), unless the word is a
    common word or a title's first word ("Afdeling 43, Fortsættelse af …"), a listed non-place,
    an address ("Remisen 6-14") or part of a person's or organisation's name."""
    out = []
    for m in _DEPARTMENT.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        # "boligafdelingen Stævnen": the definite department noun names its estate directly, so an
        # inflected common word is the estate's name (a dictionary form or a verbal noun is not)
        # (so is a name in brackets after the department's number: "Afdeling 157 (Nordlunden)")
        direct = _BARE_DEPARTMENT.match(m.group(0)) or m.group(0)[m.start("name") - m.start() - 1] == "("
        word = common_word(first) and not (direct and _estate_word(first))
        if word or thing_compound(first) or first in first_names() or name in pat.not_places:
            continue
        if compound_head(first) is not None and not first.lower().endswith(_department_endings()):
            continue  # "Afdeling 92, Huslejestøtte": a title's word, not an estate
        if _street_follows(text, m.end()) or _no_place(text, m.start("name"), m.end(), pat):
            continue
        if _road_name(name):
            continue  # "afdeling 15, Skovvej": the department's street, not a named estate
        out.append(Candidate(m.start("name"), m.end(), squash(name), "housing_area", 3))
    return out


# "boligområdet Trekanten", "bebyggelsen Askerød", "boligområde i Bavne Ager", "Lokalplan 503, Lindholt":
# a noun for a housing area (or a local plan's number) before a name that the gazetteers miss
_AREA_NOUN_NAME = Prefiltered(
    re.compile(
        rf"(?:(?P<plural>(?i:{'|'.join(cues()['areas']['estate_list_nouns'])}))"
        rf"|(?i:{'|'.join(cues()['areas']['estate_nouns'])})(?:[ ](?:i|ved))?|[Ll]okalplan[ ]\d+(?:\.\d+)?,)[ ]"
        rf"(?P<name>(?:(?:{'|'.join(cues()['areas']['name_articles'])})[ ](?=[{UPPER}][{LOWER}]+[ ][{UPPER}]))?"
        rf"(?:(?:Gl|St|Ll|Nr|Sdr)\.[ ])?[{UPPER}][{LOWER}]+(?:-(?:(?:Gl|St|Ll|Nr|Sdr)\.[ ])?[{UPPER}][{LOWER}]+)?"
        rf"(?:[ ][{UPPER}][{LOWER}]+)?)(?![\w-])"
    ),
    prefix_starts([*cues()["areas"]["estate_list_nouns"], *cues()["areas"]["estate_nouns"], "lokalplan"],
                  not_after=r"[\w-]", ignore_case=True),
)
# ", Østtoften og Havnegrunden" after the first name of a plural place noun: the other names of the list
_NAME_LIST_ITEM = re.compile(rf"(?:,[ ]|,?[ ](?:og|samt)[ ])(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")
# "den sydlige del af Nordmolen": a compass part of a place
_COMPASS_PART_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, cues()['areas']['compass_part_adjectives']))})[ ]del[ ]af[ ]$", re.IGNORECASE)
_AND_PROPER_AFTER = re.compile(rf"[ ]og[ ](?P<other>[{UPPER}][{LOWER}]+)(?![\w-])")
_ESTATE_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(cues()['areas']['estate_nouns'])})[ ]$")


def place_context(text: str, start: int, end: int) -> bool:
    """True where the words around one capitalised word make it a place, whatever the model read:
    an area noun before it ("Erhvervsområde Farremosen"), a compass part of it ("den sydlige del af
    Nordmolen") or a route between it and another proper name of the word list ("en sti mellem
    Resen og Humlum")."""
    before = text[max(0, start - 40):start]
    if _ESTATE_NOUN_BEFORE.search(before) or _COMPASS_PART_BEFORE.search(before):
        return True
    if not _BETWEEN_BEFORE.search(before):
        return False
    m = _AND_PROPER_AFTER.match(text, end)
    return m is not None and proper_word(text[start:end]) and proper_word(m.group("other"))


# "Lindholt 2. etape": a stage of the estate, not a house number
_STAGE_AFTER = re.compile(r"[ ]\d{1,2}\.[ ](?:etape|del|fase)(?![\w])")
_COMPASS = frozenset({"Nord", "Syd", "Øst", "Vest", "Nordvest", "Nordøst", "Sydvest", "Sydøst", "Midt"})


def _named_by_area_noun(text: str, pat: _Patterns) -> list[Candidate]:
    """Names after a noun for a housing area ("bebyggelsen Askerød", "boligområde i Bavne Ager") or
    after a local plan's number and a comma ("Lokalplan 503, Lindholt"), unless the name is a
    street, a country, a compass word ("Boligkvarter Nord for …"), a thing's compound or a first
    name, or a house number follows."""
    out = []
    for m in _AREA_NOUN_NAME.finditer(text):
        direct = not m.group("plural") and not m.group(0)[:1] in "Ll"  # "boligområdet Trekanten", not "Lokalplan 5,"
        noun = text[m.start():m.start("name")].rstrip().lower()
        out += _area_noun_names(text, m.start("name"), m.end(), pat, direct=direct,
                                street=noun in _STREET_ESTATE_NOUNS)
        if m.group("plural") and " " not in m.group("name"):  # "bydele Nordhøj og Sydløkke": each name
            end = m.end()
            while (item := _NAME_LIST_ITEM.match(text, end)) is not None:
                named = _area_noun_names(text, item.start("name"), item.end(), pat, listed=True)
                if not named:
                    break
                out += named
                end = item.end()
    return out


_STREET_ESTATE_NOUNS = frozenset(cues()["areas"]["street_estate_nouns"])
_ESTATE_NOUN_WORDS = frozenset((*cues()["areas"]["estate_nouns"], *cues()["areas"]["generic_place_nouns"]))


def _area_noun_names(text: str, start: int, end: int, pat: _Patterns, listed: bool = False,
                     direct: bool = False, street: bool = False) -> list[Candidate]:
    """The name ``text[start:end]`` after a place noun as a candidate, or none (see
    ``_named_by_area_noun``); a second word that opens the next title of a run-on list ("landsbyen
    Nordby Endelig vedtagelse …") is left out. With ``listed`` (a later name of a list) or ``direct``
    (right after a singular area noun: "boligområdet Grævlingen") a common word counts in an inflected
    form ("Skovbrynet"), not in its dictionary form ("Centrum") nor as a definite verbal noun. With
    ``street`` (right after "boligområdet", "bebyggelsen") a one-word street name names the estate
    ("boligområdet Lærkevej")."""
    name = text[start:end]
    words = name.split(" ")
    if len(words) == 2 and (_run_on_title(text, start, start + len(words[0]), words[1], locative=False)
                            or _run_on_line(text, start) and _next_title_word(words[1])):
        name, end = words[0], start + len(words[0])  # "… ved Lindevej Kvalitetsrapport , …": a flattened index
    first = name.split()[0]
    street_estate = street and " " not in name and pat.street.search(name) is not None
    if (pat.street.search(name) and not street_estate) or name in pat.not_places or first in _COMPASS \
            or first in first_names():
        return []
    if direct and (first.lower().endswith(_DEFINITE_VERBAL_NOUNS) or first.lower() in _AREA_CUES["generic_place_nouns"]):
        return []  # "bebyggelsen Renoveringen", "bydelen Byen": no name
    if thing_compound(first) or ((listed_word(first) if listed or direct else common_word(first)) and " " not in name):
        return []  # "bydelen Centrum": a common word, not a name; "boligområdet Trekanten" names the estate
    if _street_follows(text, end) and not _STAGE_AFTER.match(text, end):
        return []
    if _no_place(text, start, end, pat):
        return []
    return [Candidate(start, end, squash(name), pat.kinds.get(name, "housing_area"), 2)]


# "på Østmøn", "Vestamager": a compass word glued to a listed island; "på Frederiksø": an unlisted
# name in "-ø" after "på"
_COMPASS_ISLAND = Prefiltered(
    re.compile(rf"(?:{'|'.join(cues()['areas']['compass_words'])})(?P<island>[{LOWER}]{{2,}})(?P<gen>s)?(?![\w-])"),
    prefix_starts(cues()["areas"]["compass_words"], not_after=r"[\w-]"),
)
_ISLET_AFTER_ON = Prefiltered(
    re.compile(rf"[Pp]å[ ](?P<islet>[{UPPER}][{LOWER}]+ø)(?P<gen>s)?(?![\w-])"),
    prefix_starts(["på"], not_after=r"[\w-]", ignore_case=True),
)
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w-])[{UPPER}][\w-]*[ ]$")


def _island_shapes(text: str, pat: _Patterns) -> list[Candidate]:
    """Parts of listed islands written as one word ("Østmøn", "Nordbornholm") and unlisted islets
    in "-ø" after "på" ("på Frederiksø"); not after another capitalised word ("Naboskab
    Sydlolland": a name's last word), not a common word, first name or listed non-place."""
    spans = []
    for m in _COMPASS_ISLAND.finditer(text):
        island = m.group("island")[:1].upper() + m.group("island")[1:]
        if pat.kinds.get(island) != "island":
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not at_sentence_start(text, m.start()):
            continue
        spans.append((m.start(), m.end() - len(m.group("gen") or "")))
    spans += [(m.start("islet"), m.end("islet")) for m in _ISLET_AFTER_ON.finditer(text)]
    out = []
    for start, end in spans:
        name = text[start:end]
        if name in pat.kinds or common_word(name) or name in first_names() or name in pat.not_places:
            continue
        if _no_place(text, start, end, pat):
            continue
        out.append(Candidate(start, end, name, "island", 2))
    return out


# "i Linå", "ved Mejrup", "mellem Resen og …": an unlisted name right after a locative word
# ("syd for Valløby": a compass direction from a place is a locative too)
_VILLAGE_AFTER_LOCATIVE = Prefiltered(
    re.compile(rf"(?<![\w-])(?:i|ved|mellem|nær|omkring|(?:nord|syd)(?:øst|vest)?[ ]for|øst[ ]for|vest[ ]for)"
               rf"[ ](?P<name>[{UPPER}][{LOWER}]{{2,}})(?![\w-])(?![ ]?[&/(]|-)"),
    prefix_starts(["i", "ved", "mellem", "nær", "omkring", "nord", "syd", "øst", "vest"], not_after=r"[\w]"),
)


_NEXT_CAPITALISED = re.compile(r"[ ]([A-ZÆØÅ][\w]*)")


# "… fritidsområde ved Store Claus, Mejrup" closing a title: the village the named place lies in
_VILLAGE_APPOSED = re.compile(
    rf"(?<![\w-])(?P<head>[{UPPER}][\w-]+|(?P<low>[{LOWER}][\w-]+)),[ ](?P<name>[{UPPER}][{LOWER}]{{2,}})(?![\w-])"
    rf"(?=[ \t]*(?:\n|$)|(?(low)(?!)|[ ][{UPPER}]))"
)
_VILLAGE_APPOSED_GATE = re.compile(rf",[ ][{UPPER}]")  # what a line with a _VILLAGE_APPOSED match holds


@functools.lru_cache(maxsize=1)
def _toponym_endings() -> tuple[str, ...]:
    return tuple(cues()["areas"]["toponym_endings"])


def _toponym_shape(name: str, pat: _Patterns) -> bool:
    """An unlisted word in the shape of a Danish place name ("Frølunde", "Lilledal", "Tøndermarsken"):
    one of the classic endings of village names, and no misspelt country."""
    return name.lower().endswith(_toponym_endings()) and len(name) >= 6 and not _misspelt_country(name, pat) \
        and not _verbal_noun_compound(name)


_VERBAL_NOUN_JOINT = re.compile(rf"(?P<head>.+?(?:{'|'.join(cues()['areas']['verbal_noun_endings'])}))s(?P<tail>.{{3,}})")


def _verbal_noun_compound(name: str) -> bool:
    """A compound of a verbal noun and a common noun joined by "s" ("Orienteringssager",
    "Beslutningsgrundlag"): a thing, not a village."""
    m = _VERBAL_NOUN_JOINT.fullmatch(name.lower())
    return m is not None and common_word(m.group("head")) and common_word(m.group("tail"))


def _village_compound(text: str, name: str) -> bool:
    """A capitalised compound in a village name's most telling endings ("Bjergby", "Skovstrup") that
    the text never writes in lower case: a village, though the dictionary knows the compound."""
    return (name.lower().endswith(tuple(_AREA_CUES["village_compound_endings"])) and len(name) >= 6
            and not _common_noun(text, name))


_WIDE_KINDS = ("island", "landscape")
_HEAD_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}})[ ]$")


def _name_head_before(text: str, start: int) -> bool:
    """True after a capitalised common noun or compound that is no locative, compass word or title's
    opening verbal noun ("Fællesindkøb Fyn", "Naturlandet Sydhavet"): the region names a body or a
    project whose head stands before it."""
    m = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low in _AREA_CUES["locative_words"] or word in _COMPASS or word in _PLACE_PARTS or proper_word(word):
        return False
    if low in _AREA_CUES["generic_place_nouns"] or low in _AREA_CUES["estate_nouns"] or low in _AREA_CUES["estate_list_nouns"]:
        return False  # "Øen Strynø", "Landsbyen Tvedby": the place's own noun
    if low.endswith(tuple(_AREA_CUES["title_opening_endings"])) or low.endswith(("er", "erne")):
        return False  # "Fornyelse Fyn", "Borgere Sjælland": a title's or a heading's words
    return common_word(word) or compound_head(word) is not None


_LOCAL_KINDS = ("neighbourhood", "town")
_DEFINITE_HEAD = re.compile(r"(?:et|en|ne|s)$")


def _indefinite_head_before(text: str, start: int) -> bool:
    """A town or district after an indefinite common compound that names a body or a project
    ("Miljøpunkt Nordby", "Naturpark Sydby"); not after a definite building or unit ("Rådhuset
    Nordby", "Regionshuset Sydby": the building's town) nor after a building word ("Nordby Hal")."""
    m = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not _name_head_before(text, start):
        return False
    low = m.group(1).lower()
    definite = _DEFINITE_HEAD.search(low) and not (low.endswith("s") and low in lexicon_words())  # "Campus Nordby"
    return not definite and not low.endswith(tuple(_AREA_CUES["building_words"])) \
        and not low.endswith(tuple(_AREA_CUES["building_nouns"]))


_SMALL_NUMBER_AFTER = re.compile(r"[ ]\d{1,2}(?![\d])")


def _surname(name: str) -> bool:
    """A patronymic surname ("Hansen", "Pedersen"): a first name with "-sen" or "-en"."""
    return name.endswith("sen") and (name[:-3] in first_names() or name[:-2] in first_names())


_LIST_OPENING_BEFORE = re.compile(r"(?:^|[:,;])[ \t]*$")


def _first_name_item(text: str, m: re.Match[str]) -> bool:
    """True where the word before the comma is a first name alone as an item of a list
    ("Afbud: Ejner, Annelene"): the comma goes on with more people, not with a village
    ("ved Store Claus, Mejrup" keeps its village)."""
    if m.group("head") not in first_names():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(_LIST_OPENING_BEFORE.search(text[line_start:m.start()]))


_WRAPPED_SURNAME_AFTER = re.compile(rf"[ \t]*\n[ \t]*[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+)*[,.]")


def _person_item(item: str) -> bool:
    """A list item written as a person's full name: two to four capitalised words, the first a first name."""
    words = item.split()
    return 2 <= len(words) <= 4 and words[0] in first_names() and all(w[:1].isupper() for w in words)


def _wrapped_person_item(text: str, m: re.Match[str]) -> bool:
    """True where a list of people's full names wraps inside a name ("…, Ida Holm Berg, Søren\nAagaard
    Bech, …"): the list names at least three people in full before it and the next line goes on with the wrapped
    surname and the next comma; the word at the line's end is a first name, no village."""
    if not _WRAPPED_SURNAME_AFTER.match(text, m.end("name")):
        return False
    items = text[max(0, m.start() - 300):m.start() + len(m.group("head"))].split(",")[1:]
    return sum(_person_item(item) for item in items) >= 3


def _field_item(text: str, m: re.Match[str]) -> bool:
    """True where a word in lower case stands before the comma on a labelled line ("Afbud: formand,
    Holm"): an item of the label's list, not a title closing with its village ("langs åen, Nordby")."""
    if not m.group("head")[:1].islower():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return ":" in text[line_start:m.start()]


def _villages_by_name(text: str, pat: _Patterns) -> list[Candidate]:
    """Villages and small towns the gazetteers miss ("i Linå", "ved Mejrup"): a proper name of the
    word list right after a locative word, unless it is a first name or surname, a country, a
    street, a listed organisation or part of a person's or organisation's name."""
    out = []
    organisations = load_gazetteers().organisation_index
    apposed = [m for m in line_matches(text, _VILLAGE_APPOSED_GATE, _VILLAGE_APPOSED)  # also in a run-on line of titles
               if (_title_line(text, m.start()) or _run_on_line(text, m.start())) and not _first_name_item(text, m)
               and not _field_item(text, m) and not _wrapped_person_item(text, m)]
    found = [*((m, True) for m in _VILLAGE_AFTER_LOCATIVE.finditer(text)), *((m, False) for m in apposed)]
    for m, after_locative in found:
        name = m.group("name")
        village = not after_locative and name in pat.kinds and name in pat.ambiguous and not common_word(name)
        if not after_locative and m.group("low") and not village:
            continue  # "… over banen, Nordby" closing a title: only a listed village after a word in lower case
        if not village and (name in pat.kinds or name.endswith("s")):
            continue
        if not village and common_word(name) and not (after_locative and _village_compound(text, name)):
            continue  # "i Bjergby" (a compound the dictionary has, never written small here): the village
        if not village and not proper_word(name) and not (after_locative and _toponym_shape(name, pat)):
            continue  # "i Excel", "i Tryghedsgruppen": unknown words are villages only in a place name's shape
        nxt = _NEXT_CAPITALISED.match(text, m.end())
        if nxt is not None and not _run_on_title(text, m.start("name"), m.end(), nxt.group(1), after_locative):
            continue  # "i Egmont Fonden": part of a longer name
        if name in first_names() or _surname(name) or name in pat.not_places or name.lower() in organisations \
                or name in _AREA_CUES["institution_names"]:
            continue
        if _SMALL_NUMBER_AFTER.match(text, m.end("name")):
            continue  # "i Hal 1", "i Sal 2": a numbered hall or room
        if after_locative and _title_before_i(text, m.start("name")):
            continue  # "direktør i Nordmann": a name known to no gazetteer is the firm the person works in
        street = pat.street.search(name) and not name.endswith("balle")  # "Feldballe", "Stenballe": villages
        if street or pat.not_suffix.search(name) or _no_place(text, m.start("name"), m.end("name"), pat):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "town", 1))
    return out


# "studietur til Nordby", "Ekskursionen til Sydby": a journey's destination (a noun of a journey, then "til")
_TRIP_DESTINATION = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(map(re.escape, re.longest_first(cues()['areas']['trip_nouns'])))})"
    rf"[ ]til[ ](?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])"
)
_TRIP_GATE = re.compile(rf"[ ]til[ ][{UPPER}]")  # what a line with a _TRIP_DESTINATION match holds


def _trip_destinations(text: str, pat: _Patterns) -> list[Candidate]:
    """The destination of a journey ("studietur til Nordby", "udflugt til Sydby"): a town or city at home
    or abroad, unless it is a country, a person's name, a common word, a listed organisation or the
    first word of a longer name ("studietur til Nordby Rådhus")."""
    if "til " not in text:
        return []
    out = []
    organisations = load_gazetteers().organisation_index
    for m in line_matches(text, _TRIP_GATE, _TRIP_DESTINATION):  # only lines with "til" before a capital
        name = m.group("name")
        if name in countries() or name in pat.not_places or _misspelt_country(name, pat):
            continue
        if name in first_names() or _surname(name) or known_surname(name) or name.lower() in organisations:
            continue
        if common_word(name) and name not in pat.kinds:
            continue
        if _NEXT_CAPITALISED.match(text, m.end()) or _no_place(text, m.start("name"), m.end("name"), pat):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, pat.kinds.get(name, "town"), 2))
    return out


# "Jens Holm, Nordby, Eva Berg, Sydby": a member list naming each person with the village they stand for
_PERSON_PLACE_ITEM = re.compile(
    rf"(?P<first>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+)(?:[ ][{UPPER}][\w-]+){{1,3}},[ ]"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)(?=[ \t]*(?:[,;]|\n|$|[ ]og[ ]))"
)


def _lines_holding_twice(text: str, needle: str) -> list[tuple[int, int]]:
    """The (start, end) of the lines of ``text`` that hold ``needle`` (no line break in it) twice or more."""
    out = []
    find = text.find
    at = find(needle)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = find("\n", at)
        if end < 0:
            end = len(text)
        if text.count(needle, start, end) >= 2:
            out.append((start, end))
        at = find(needle, end)
    return out


def _member_list_places(text: str, pat: _Patterns) -> list[Candidate]:
    """The places of a member list that names each person with the village or town they stand for
    ("Jens Holm, Nordby, Eva Berg, Sydby, Ole Dam, Vestby"): on one line, two or more items of a
    first name, a surname and a place, at least half of the places listed ones; the others are
    places too unless they are common words the text also writes in lower case or titles, people's
    names or organisations."""
    if ", " not in text:
        return []
    organisations = load_gazetteers().organisation_index
    parties = load_gazetteers().party_index
    out: list[Candidate] = []
    by_line: dict[int, list[re.Match[str]]] = {}
    # an item holds ", " and stays on its line: only lines with two or more are searched
    for line_start, line_end in _lines_holding_twice(text, ", "):
        pos = line_start
        while (m := _PERSON_PLACE_ITEM.search(text, pos, line_end)) is not None:
            if m.group("first") not in first_names():  # "Mødested Hammel Jens Holm, Nordby": try the next word
                pos = m.start() + len(m.group("first")) + 1
                continue
            by_line.setdefault(line_start, []).append(m)
            pos = m.end()
    for items in by_line.values():
        if len(items) < 2:
            continue
        known = [m for m in items if pat.kinds.get(m.group("name")) in ("town", "municipality", "island")]
        if 2 * len(known) < len(items):
            continue
        for m in items:
            name = m.group("name")
            # a common word counts only where the text never writes it in lower case and it is no title
            # ("Jens Holm, Røgen": the village; "Eva Berg, Formand": her role)
            lower_use = common_word(name) and (_common_noun(text, name) or _role_noun(name) or _role_compound(name.lower()))
            if m not in known and (lower_use or name in first_names() or known_surname(name)
                                   or _surname(name) or name.lower() in organisations
                                   or name.lower() in parties or name in pat.not_places):
                continue
            out.append(Candidate(m.start("name"), m.end("name"), name, "town", 2))
    return out


# a member with the village or town they stand for in brackets: "Per Møller Ludvigsen (Kvissel)",
# "Søren Holm (Skærum/Trøderup)"
_PERSON_BRACKET_PLACE = re.compile(
    rf"(?P<first>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+)(?:[ ][{UPPER}][\w-]+){{1,3}}[ ]\("
    rf"(?P<places>[{UPPER}][{LOWER}]{{2,}}(?:[ -][{UPPER}][{LOWER}]+)?(?:/[{UPPER}][{LOWER}]{{2,}}(?:[ -][{UPPER}][{LOWER}]+)?)*)\)"
)
_BRACKET_PLACE = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}(?:[ -][{UPPER}][{LOWER}]+)?")
_BRACKET_MEMBERS_MIN = 3


def _bracketed_member_places(text: str, pat: _Patterns) -> list[Candidate]:
    """The places of a member list that gives each person's village or town in brackets ("Per Holm
    (Kvissel) Eva Dam (Skærum/Trøderup) …"): three or more such members, at least a third of the places
    listed ones; the others are places too unless they are a party's name, a person's name, a common
    word or an organisation."""
    if " (" not in text:
        return []
    items, pos = [], 0
    while (m := _PERSON_BRACKET_PLACE.search(text, pos)) is not None:
        if m.group("first") not in first_names():  # "Formand Per Holm (Kvissel)": try the next word
            pos = m.start() + len(m.group("first")) + 1
            continue
        items.append(m)
        pos = m.end()
    if len(items) < _BRACKET_MEMBERS_MIN:
        return []
    names = [p for m in items for p in _BRACKET_PLACE.finditer(text, m.start("places"), m.end("places"))]
    known = [p for p in names if pat.kinds.get(p.group()) in ("town", "village", "locality", "municipality", "island")]
    if 3 * len(known) < len(names):
        return []  # villages the gazetteers miss are many in such lists: a third listed is enough
    parties = load_gazetteers().party_index
    out = []
    for p in names:
        name = p.group()
        if p not in known and (common_word(name) or name in first_names() or known_surname(name)
                               or name.lower() in parties or name in pat.not_places):
            continue  # "Bo Holm (Venstre)": the member's party
        out.append(Candidate(p.start(), p.end(), name, pat.kinds.get(name, "town"), 2))
    return out


# "Vestlandet 4700 (Hyllinge, Marvede, Vallensved, Ladby og Guderup)": the villages of a local area in brackets
_BRACKET_PLACE_WORD = rf"[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?"
_BRACKETED_PLACE_LIST = re.compile(
    rf"\((?P<items>{_BRACKET_PLACE_WORD}(?:,[ ]{_BRACKET_PLACE_WORD})+,?[ ](?:og|&)[ ]{_BRACKET_PLACE_WORD})\)"
)
_BRACKET_LIST_MIN = 3


def _bracketed_place_lists(text: str, pat: _Patterns) -> list[Candidate]:
    """The names of a list in brackets of three or more single names, at least a third of them listed towns
    or villages: the villages of a local area, which the gazetteers often miss; the others are places too
    unless they are a party's name, a person's name, a common word or an organisation."""
    if " og " not in text or "(" not in text:
        return []
    out = []
    for m in _BRACKETED_PLACE_LIST.finditer(text):
        names = list(_BRACKET_PLACE.finditer(text, m.start("items"), m.end("items")))
        known = [p for p in names if pat.kinds.get(p.group()) in ("town", "village", "locality", "island")]
        if len(names) < _BRACKET_LIST_MIN or 3 * len(known) < len(names):
            continue
        for p in names:
            name = p.group()
            if p not in known and (common_word(name) or name in first_names() or known_surname(name)
                                   or name.lower() in load_gazetteers().party_index or name in pat.not_places):
                continue
            out.append(Candidate(p.start(), p.end(), name, pat.kinds.get(name, "town"), 2))
    return out


_COMPASS_ESTATE = Prefiltered(re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, cues()['areas']['estate_heads']))})[ ]"
    rf"(?:{'|'.join([*cues()['areas']['compass_words'], 'Midt'])})(?![\w-])"
), first_chars("".join(sorted({re.escape(h[0]) for h in cues()['areas']['estate_heads']}))))  # tried at a head's first letter
_DATE_LEAD = re.compile(r"^[ \t]*(?:\d{1,2}\.[ ][a-zæøå]+[ ]\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ \t]+")
_TAG = re.compile(rf"[{UPPER}0-9][\w-]*(?:[ ][{UPPER}0-9][\w-]*)?")


def tag_line(text: str, start: int) -> bool:
    """True on a short line of three or more comma-separated capitalised tags, one of them a
    common word, after an optional date ("18. marts 2025 Skole, Trafik, Samfund, Haderslev"):
    a news site's categories, where a town is a tag and not a place the text speaks of."""
    line_start, line_end = line_of(text, start)
    line = text[line_start:line_end].strip()
    if len(line) > 120 or line.count(",") < 2:
        return False
    lead = _DATE_LEAD.match(line)
    items = [i.strip() for i in line[lead.end() if lead else 0:].split(",")]
    if not all(_TAG.fullmatch(i) for i in items):
        return False
    return any(" " not in i and common_word(i) for i in items)


_SITE_SEPARATOR_BEFORE = re.compile(r"[ ][-–|][ ]$")
_SITE_END_AFTER = re.compile(r"[ ]*(?:\.\.\.|…)?[ \t]*(?:\n|$)")


def site_suffix(text: str, start: int, end: int) -> bool:
    """True for a name that closes a line after a dash or bar ("Referater - Egedal ..."): the
    site's or publisher's name in a page title."""
    return bool(_SITE_SEPARATOR_BEFORE.search(text, max(0, start - 3), start)) and bool(_SITE_END_AFTER.match(text, end))


_DIRECTION_AFTER = re.compile(r"[ ]for[ ][A-ZÆØÅ]")
_ROLE_AFTER = re.compile(rf"[ ]([{LOWER}]+)")


def _genitive_before_role(text: str, m: re.Match[str]) -> bool:
    """True for a town's genitive before a role word ("Greves borgmester", "Aarhus' rådmand")."""
    end = m.end()
    if text[end - 1:end] not in ("s", "'") or m.group("part"):
        return False
    role = _ROLE_AFTER.match(text, end)
    return role is not None and role.group(1) in load_gazetteers().roles.words


def _genitive_span_before_role(text: str, cand: Candidate) -> bool:
    """True for any source's span that ends in a genitive -s right before a role word ("Høje
    Nordbys borgmester"): the municipality as a body owns the role, the span is no place."""
    if not cand.name.endswith("s") or text[cand.end - 1:cand.end] != "s":
        return False
    role = _ROLE_AFTER.match(text, cand.end)
    return role is not None and role.group(1) in load_gazetteers().roles.words


# "ved Store Claus": a size word and a first name after a locative name a village, not a person
_SIZE_PREFIXES = ("Store ", "Lille ")


def _size_village_after_locative(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    return m.group(0).startswith(_SIZE_PREFIXES) and _locative(text, m.start(), pat)


_VILLAGE = Prefiltered(re.compile(  # tried only where a prefix begins
    rf"(?<![\w.-])(?:{'|'.join(map(re.escape, cues()['areas']['village_prefixes']))})[ ](?P<word>[{UPPER}][{LOWER}]{{2,}})(?![\w-])"
), prefix_starts(cues()["areas"]["village_prefixes"], not_after=r"[\w.-]"))


_EVENT_ENDINGS = tuple(_AREA_CUES["event_endings"])
_EVENT_STEM_MIN = 3  # letters before an event's ending ("Cykel|dag"), so that a short word is no event


def _titled_compound(word: str, pat: _Patterns) -> bool:
    """A word after a village's first word that is a compound of common words without a place name's
    ending ("Vandanalyse") or an event's name ("Cykeldag"): a title's noun, not a village."""
    low = word.lower()
    event = any(low.endswith(e) and len(low) - len(e) >= _EVENT_STEM_MIN for e in _EVENT_ENDINGS)
    return event or (compound_head(word) is not None and not _toponym_shape(word, pat))


_ROAD_FIRST = re.compile(rf"[{UPPER}][{LOWER}]+(?:{'|'.join(map(re.escape, _AREA_CUES['road_suffixes']))})[ ]")


def _town_after_road(name: str, pat: _Patterns) -> Optional[str]:
    """The town of a road's name glued before it ("Vestergade Nordby": the road Vestergade in the
    town Nordby), when the rest is one listed town or municipality; None for any other name."""
    m = _ROAD_FIRST.match(name)
    if m is None:
        return None
    town = name[m.end():]
    return town if " " not in town and pat.kinds.get(town) in _TOWN_KINDS else None


def _without_next_word(text: str, start: int, name: str) -> str:
    """A place's name without a capitalised common word that opens the next sentence of a
    run-on line ("i Skive Mødet slutter …" → "Skive") or a header's label before its colon
    ("i Skive Dato : …" → "Skive")."""
    words = name.split(" ")
    while len(words) > 1 and words[-1] in _HEADER_LABELS \
            and _COLON_AFTER.match(text, start + len(" ".join(words))):
        words = words[:-1]  # "i Nordby Dato : 3. maj": the header's next label
    while len(words) > 1 and common_word(words[-1]) and words[-1] not in _PLACE_PARTS:
        end = start + len(" ".join(words))
        if not re.match(rf"[ ][{LOWER}]", text[end:end + 2]):
            break
        words = words[:-1]
    return " ".join(words)


# a town's name before "kommunale" names the municipality's own service ("styrelsesvedtægt for Nordby kommunale
# skolevæsen"), an organisation, not the place
_MUNICIPAL_ADJECTIVE_AFTER = re.compile(rf"[ ](?i:kommunale)[ ][{LOWER}]")
_PLACE_PARTS = frozenset(cues()["areas"]["place_parts"])
_HEADER_LABELS = frozenset(cues()["areas"]["header_labels"])
_COLON_AFTER = re.compile(r"[ ]?:")
_TITLE_VERBAL_NOUNS = tuple(cues()["areas"]["title_verbal_noun_endings"])


def _title_verbal_noun(word: str) -> bool:
    """A verbal noun that opens a title ("Renovering", "Udstykning"), also a compound whose head is
    one ("Boligudvikling", "Målopfyldelse")."""
    if not word.endswith(_TITLE_VERBAL_NOUNS):
        return False
    if common_word(word):
        return True
    head = compound_head(word)
    return head is not None and head.endswith(_TITLE_VERBAL_NOUNS)
_NATURAL_FEATURES = frozenset(cues()["areas"]["natural_feature_parts"])
_FEATURE_LOWER_PARTS = frozenset(cues()["areas"]["feature_lower_parts"])
_FEATURE_AFTER = re.compile(rf"[ ](?:{'|'.join(map(re.escape, sorted(_FEATURE_LOWER_PARTS)))})(?![\w-])")


def _venues(text: str, cands: list[Candidate], pat: _Patterns) -> set[str]:
    """Names of buildings: an estate-shaped name given with a street address ("Sted:
    Lindegården, Rosenskrænten 4") names the venue, and so do its other mentions."""
    out = set()
    for cand in cands:
        if cand.type == "housing_area" and _ADDRESS_AFTER.match(text, cand.end):
            out.add(cand.name)
    return out


# "plejehjemmet Øster Elkjær": a name the text gives after a building's kind
_BUILDING_NAMED = Prefiltered(
    re.compile(
        rf"(?<![\w-])(?i:{'|'.join(map(re.escape, cues()['areas']['building_before']))})[ ]"
        rf"(?P<name>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+)?)(?![\w-])"
        rf"(?:[ ]\((?P<houses>[{UPPER}][{LOWER}]+(?:(?:,[ ]|[ ]og[ ])[{UPPER}][{LOWER}]+)+)\))?"
    ),
    prefix_starts(cues()["areas"]["building_before"], ignore_case=True),
)
_HOUSE = re.compile(rf"[{UPPER}][{LOWER}]+")


def _buildings_named(text: str) -> set[str]:
    """Names of buildings: a name given after a building's kind anywhere in the text ("besøg
    hos Øster Elkjær … i plejehjemmet Øster Elkjær") names the building at its other mentions
    too, and so do the names of its houses in parentheses after it."""
    out = set()
    for m in _BUILDING_NAMED.finditer(text):
        out.add(m.group("name"))
        if m.group("houses"):  # "børnehuset Solsikken (Egely og Toftely)": the houses of the institution
            out.update(h.group() for h in _HOUSE.finditer(m.group("houses")))
    return out


_ADDRESS_AFTER = re.compile(
    rf",[ ](?:[{UPPER}][\w]*(?:{'|'.join(map(re.escape, cues()['areas']['address_street_endings']))})[ ]\d"
    rf"|\d{{4}}[ ][{UPPER}])"  # "(Lindegården, 7300 Nordby)": a postal address, the building's
)


def _generic_shape(name: str) -> bool:
    """Sentence-initial words such as "Boligområdet" or "Parken" that are common nouns."""
    return name.lower() in {"boligområdet", "området", "lokalområdet", "byen", "parken", "haven"}


# an adjective before a municipality's name makes it the territory: "et fossilfrit Nordby Kommune i 2040"
ATTRIBUTE_BEFORE = re.compile(rf"(?<![\w-])[{LOWER}]*(?:{'|'.join(cues()['parties']['attribute_endings'])})[ ]$")
_GENITIVE_WORD_BEFORE = re.compile(rf"(?<![\w-])(?P<town>[{UPPER}][{LOWER}]+s)[ ]$")


def _town_genitive_start(text: str, start: int, pat: _Patterns) -> int:
    """Where a district's name starts when its town leads it in the genitive ("Aarhus' Trøjborg",
    "Københavns Nordvest"): the district with its town is one area."""
    m = _GENITIVE_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return start
    town = pat.genitives.get(m.group("town"))
    return m.start("town") if town is not None and pat.kinds.get(town) in ("town", "municipality") else start


def _unlisted_name_start(text: str, start: int, pat: _Patterns) -> int:
    """Where a village's name starts when a capitalised word in "-s" that is no noun's definite genitive,
    no word the text writes in lower case, no person and no listed place stands right before a listed town's name inside a sentence ("plan for Vejers Strandby"):
    the two words are one name, not the town."""
    m = _GENITIVE_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or at_sentence_start(text, m.start("town")):
        return start
    word = m.group("town")
    if (_DEFINITE_GENITIVE.search(word) or _common_noun(text, word) or word in first_names() or word[:-1] in first_names()
            or word.lower() in lexicon_words()  # "Campus Slagelse": a noun in "-s", no genitive
            or word in pat.kinds or word in pat.genitives or word[:-1] in pat.kinds or known_surname(word)):
        return start
    return m.start("town")


# Listed towns whose name is also the second word of many villages' names ("Lindved Skovby", "Bording Kirkeby")
_SETTLEMENT_SECOND_WORDS = frozenset(cues()["areas"]["settlement_second_words"])
_QUOTE_MARKS = frozenset('"\'”“„»«')
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w-])(?P<word>[{UPPER}][{LOWER}]{{2,}})[ ]$")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_word_list("abbreviations.txt"))


def _after_abbreviation(text: str, start: int) -> bool:
    """True when the word before ``start`` on its line is an abbreviation with its stop ("ang.", "vedr.")."""
    before = text[max(0, start - 12):start].rstrip(" ")
    if not before.endswith("."):
        return False
    return before[max(before.rfind(" "), before.rfind("\n"), before.rfind("(")) + 1:].lower() in _abbreviations()


def _settlement_name_start(text: str, start: int, pat: _Patterns) -> int:
    """Where a village's name starts when a capitalised word inside a sentence stands before a listed
    town named like the second word of villages' names ("en plan for Grundet Skovby"): the word is no
    first name, no surname, no word the text writes in lower case and no listed place but a village,
    so the two words are one name, not the town."""
    m = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return start
    opening = m.start("word") - (text[m.start("word") - 1:m.start("word")] in _QUOTE_MARKS)  # 'for "Grundet Skovby"'
    if at_sentence_start(text, opening) and not _after_abbreviation(text, opening):
        return start
    word = m.group("word")
    if (_common_noun(text, word) or word in first_names() or known_surname(word) or word in pat.not_places
            or (word in pat.kinds and word not in pat.ambiguous) or word in pat.genitives):
        return start
    return m.start("word")


# a broadcaster's head before its region: "TV2 Østjylland", "TV 2 Fyn", "Radio Nord"
_MEDIA_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(cues()['areas']['broadcaster_heads'] + cues()['areas']['newspaper_heads'])})[ ]$"
)
# "Hovedgaden 437, Hedehusene": the town of a street address
_STREET_NUMBER_BEFORE = re.compile(
    rf"(?i:{'|'.join(map(re.escape, cues()['areas']['address_street_endings']))})[ ]\d{{1,4}}[ ]?[A-Za-z]?,[ ]$"
)
# "København, den 6. februar 2013": a letter's place-and-date line
_LETTER_DATE_AFTER = re.compile(r",[ ]den[ ]\d{1,2}\.")
# "Vesterbrogade 3, København V", "Tlf København S": a postal district's letter after the town
_POSTAL_LETTER_AFTER = re.compile(
    rf"[ ](?:{'|'.join(re.longest_first(cues()['areas']['postal_district_letters']))})(?![\w-])"
)


def _title_line(text: str, start: int) -> bool:
    """True on a short line that is no sentence: a title, a heading or a venue line, where a town
    after a street address is part of the address (in a sentence it says where a thing is)."""
    line_start, line_end = line_of(text, start)
    line = text[line_start:line_end].rstrip()
    return len(line) < 160 and not line.endswith(".")


# "mødes på Rådhuset, Asylgade 30, Thisted": the town of a meeting venue's address, also in a sentence
_VENUE_ADDRESS_BEFORE = re.compile(
    rf"(?i:{'|'.join(map(re.escape, cues()['areas']['venue_room_endings'] + cues()['areas']['building_before']))})"
    rf"(?:[ ][{UPPER}][\w'’]+){{0,2}},[ ][^,.\n]{{3,40}}[ ]\d{{1,4}}[ ]?[A-Za-z]?,[ ]$"
)
# "med adresse på Industrivej 4 i Tarm": the town of a firm's address, not a place the text is about
_ADDRESS_PHRASE_BEFORE = re.compile(
    rf"(?i:adressen?)[ ](?:på|er)[ ][{UPPER}][\w-]*(?:[ ]\d{{1,4}}[ ]?[A-Za-z]?)?,?[ ]i[ ]$"
)
# "spørgsmål fra Ida Holm, Torvegade 4, 2. th., Ølby": the town of a person's postal address
_PERSON_ADDRESS_BEFORE = re.compile(
    rf"[{UPPER}][\w-]+[ ][{UPPER}][\w-]+,[ ][{UPPER}][\w-]*"
    rf"(?i:{'|'.join(map(re.escape, cues()['areas']['address_street_endings']))})"
    rf"[ ]\d{{1,4}}[ ]?[A-Za-z]?,(?:[ ][\w. ]{{1,10}},)?[ ]$"
)
_ADDRESS_LABEL = re.compile(r"(?im)^[ \t]*(?:mødested|mødelokale|sted|adresse|lokale|lokation)[ \t]*:")


def _in_address(text: str, start: int, end: int) -> bool:
    """True inside an address or a location label, or as the head of a longer capitalised name."""
    if re.search(r"\b\d{4}[ ]{1,3}$", text[max(0, start - 7):start]):
        return True  # "7830 Nordby", also with the wider gap a page's extraction leaves ("7830  Nordby")
    if _LETTER_DATE_AFTER.match(text, end) or _ADDRESS_AFTER.match(text, end):
        return True  # "København, den 6. februar", "på Rådhuset i Vejen, Rådhuspassagen 3": an address
    if _POSTAL_LETTER_AFTER.match(text, end) and not patterns().locative_before.search(text, max(0, start - 16), start):
        return True  # "Tlf København S": the postal district of an address ("bor i Aarhus V" stays a place)
    if _ends_with(text, start, _COMMA_SPACE) and _STREET_NUMBER_BEFORE.search(text, max(0, start - 50), start) and (
        _title_line(text, start) or _VENUE_ADDRESS_BEFORE.search(text, max(0, start - 90), start)
    ):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _PERSON_ADDRESS_BEFORE.search(text, max(0, start - 90), start):
        return True
    if _ADDRESS_LABEL.match(text, line_start) or _ADDRESS_PHRASE_BEFORE.search(text, max(0, start - 60), start):
        return True
    nxt = re.match(r"[ ]([A-ZÆØÅ][\w]+)([ ][a-zæøå]|[ ]\d)?", text[end:end + 30])
    if nxt is None or nxt.group(1) in cues()["areas"]["place_parts"]:
        return False
    if nxt.group(1) in first_names() and not common_word(nxt.group(1)):
        return False  # "borgmester i Nordby Hans Olsen …": a person's name follows the place
    if ITEM_CODE_AFTER.match(text, end):
        return False  # "… for boliger i Nordby TM - Anmodning om …": the next title's committee code
    if _estate_then_town(text[start:end], nxt.group(1)):
        return False  # "Vollsmose Odense": a listed estate and then the town it lies in, two places
    if _place_opens_next_name(text, start, end):
        return False  # "i Sydrup Nordby Idrætshal": the next title's name opens with another place
    if _ends_with(text, start, _COMMA_SPACE) and _ROOM_COMMA_BEFORE.search(text, max(0, start - 40), start) \
            and _NEXT_FIELD.match(text, end):
        return False  # "Mødelokale 1, Nordby Afbud: …": the venue's town, then the next field of the header
    if nxt.group(2) and nxt.group(2)[1:].isdigit() and common_word(nxt.group(1)) and not patterns().street.search(nxt.group(1)):
        return False  # "Høje Gladsaxe Afdeling 80": the next title's label and number
    # "Plejeboliger, Tølløse Status på …": a run-on line, the next title opens with a common word
    if nxt.group(2) and common_word(nxt.group(1)) and text[max(0, start - 2):start] == ", ":
        return False
    if _run_on_line(text, start) and _next_title_word(nxt.group(1)) and not _CLOCK.search(
            text, max(line_start, start - 60), start):  # "kl. 08:00 i Mødecentret Nordby": the venue's town
        return False  # "… grundpris, Ålesundparken, Nordby Entreprenøraftaler …": the next title opens
    return not _run_on_title(text, start, end, nxt.group(1))


# a line of running agenda titles that a page's extraction has put on one line: long, and with few
# sentence ends for its length
_SENTENCE_END = re.compile(r"[.!?][ ]+[A-ZÆØÅ]")


def _run_on_line(text: str, start: int) -> bool:
    line_start, line_end = line_of(text, start)
    size = line_end - line_start
    if size < 400:
        return False
    return len(_SENTENCE_END.findall(text, line_start, line_end)) * 200 < size


_TITLE_VERBAL_NOUN_ENDINGS = ("else", "ning", "ring", "tion")  # as in _TITLE_OPENING


def _next_title_word(word: str) -> bool:
    """A capitalised common word that can open an agenda title, not a name's head: no place part,
    building, organisation head or place noun."""
    if word in _AREA_CUES["place_head_nouns"] or word in _PLACE_PARTS:
        return False
    low = word.lower()
    # "Kontaktforløb": a compound of common words; "Halliwicksvømning": an unknown word in a verbal noun's
    # ending, the opening of a title
    if not common_word(word) and compound_head(word) is None and not (len(low) >= 8 and low.endswith(_TITLE_VERBAL_NOUN_ENDINGS)):
        return False
    if low.endswith("s") and common_word(word[:-1]):
        return False  # "Nordby Museums budget": a genitive goes on with its name's head
    heads = (*_AREA_CUES["building_words"], *_AREA_CUES["organisation_tails"], *_AREA_CUES["club_endings"],
             *_AREA_CUES["organisation_heads"], *_AREA_CUES["building_nouns"],
             *_AREA_CUES["street_after_place"], *_AREA_CUES["feature_lower_parts"], *_AREA_CUES["name_suffixes"],
             *(s.lower() for s in _AREA_CUES["capitalised_suffixes"]))
    return not low.endswith(tuple(heads))


_ESTATE_KINDS = ("housing_area", "neighbourhood")
_TOWN_KINDS = ("town", "municipality")
# what a dateline in capitals may name besides a town: a part of the country or an island ("NORDJYLLAND:", "FYN.")
_DATELINE_KINDS = (*_TOWN_KINDS, "landscape", "island")


def _estate_then_town(name: str, word: str) -> bool:
    """True for a listed housing area or district followed by a listed town or municipality
    ("Motalavej Slagelse", "Lindholm Guldborgsund" in a list of estates with their towns): the
    estate and its town, not one longer name."""
    kinds = patterns().kinds
    return kinds.get(name) in _ESTATE_KINDS and kinds.get(word) in _TOWN_KINDS and word not in patterns().ambiguous


# "… kloaksanering i Gjern Godkendelse af …": the next agenda title of a run-on list
# ("… i Nordby Orientering ved …", "… i Sydby Endelig vedtagelse af …": the preposition, or the verbal
# noun that a title's opening adjective goes on with)
_TITLE_OPENING = re.compile(
    r"[ ][A-ZÆØÅ][\w]+[ ](?:(?:af|til|for|om|med|ved|vedr\.|vedrørende|fra|på)[ ]"
    r"|[a-zæøå]{3,}(?:else|ning|ring|tion)(?![\w]))"
)


def _run_on_title(text: str, start: int, end: int, word: str, locative: bool = True) -> bool:
    """True where a place after a locative word (or, with ``locative`` false, anywhere) is followed
    by a capitalised common word and a preposition (or a verbal noun) that open the next title of a
    run-on agenda ("i Gjern Godkendelse af …", "i Gjern Endelig vedtagelse …")."""
    if word in _AREA_CUES["place_head_nouns"] or not common_word(word) or thing_compound(word):
        return False
    if not word.lower().endswith(tuple(_AREA_CUES["title_opening_endings"])) or text[start:end] in patterns().genitives:
        return False  # "til Skagen Fyr fra …", "i Københavns Storkreds til …": one name
    return bool(_TITLE_OPENING.match(text, end)) and (
        not locative or bool(patterns().locative_before.search(text[max(0, start - 16):start]))
    )


_NUMBER_AFTER = re.compile(r"[ ]\d")


def _table_lines(text: str, matches: list[re.Match[str]], pat: _Patterns) -> frozenset[int]:
    """Starts of lines that are rows of a table of places with their figures ("Skive 3
    1.250.000 Viborg 2 …"): three or more listed places of one line each followed by a number."""
    counts: dict[int, int] = {}
    for m in matches:
        if _NUMBER_AFTER.match(text, m.end()) and pat.kinds.get(m.group("name")) in ("town", "municipality"):
            start = line_of(text, m.start())[0]
            counts[start] = counts.get(start, 0) + 1
    return frozenset(start for start, n in counts.items() if n >= 3)


_LABEL_VALUE = re.compile(r"(?im)^[ \t]*(?:mødested|sted)[ \t]*:[ \t]*")


def _venue_town(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A listed town that is the whole value of a meeting-place label ("Mødested: Hillerød") or closes
    it ("Mødested: Byrådssalen, Hillerød"): the town the meeting is held in."""
    if pat.kinds.get(m.group("name")) not in ("town", "municipality"):
        return False
    line_start, line_end = line_of(text, m.start())
    label = _LABEL_VALUE.match(text, line_start)
    if label is None or m.start() < label.end() or text[m.end():line_end].strip(" ."):
        return False
    # the whole value, or the town closing it after the room or building ("Mødested: Borgersalen Nordby",
    # "Sted: Kantinen, Nordby"); not the town of a postal address ("7160 Nordby")
    return label.end() == m.start() or not _POSTCODE_BEFORE.search(text, label.end(), m.start())


_POSTCODE_BEFORE = re.compile(r"\d{4}[ \t]+$")


_ROMAN_STAGE_AFTER = re.compile(ROMAN_STAGE[:-1])  # the stage itself, not optional


def _street_follows(text: str, end: int) -> bool:
    """A house number after the name; not an agenda item's number that opens the next title
    in a run-on list ("… for Husum/Tingbjerg 15. Status for …"), nor the day of a date ("møde i
    Glostrup 8. okt.")."""
    return bool(re.match(rf"[ ]\d{{1,3}}[a-h]?\b(?![.,]\d)(?!\.[ ]+[{UPPER}])", text[end:end + 8])) \
        and not _day_of_month_after().match(text, end)  # also "8b"


@functools.lru_cache(maxsize=1)
def _day_of_month_after() -> re.Pattern[str]:
    """The day of a date after a name: " 8. okt.", " 22. oktober" (the month words of months.yaml)."""
    words = sorted({w.rstrip(".") for w in load_danish().month_by_word}, key=lambda w: (-len(w), w))
    return re.compile(rf"[ ]\d{{1,2}}\.[ ]?(?i:{'|'.join(map(re.escape, words))})(?![\w])")


# "… i Nordby 9 Forslag til …", "12 (Åben) Anlægsbevilling til … i Nordby 18": a flattened table of
# contents, where a page (or the next item's) number follows the title's last word
_PAGE_NUMBER_AFTER = re.compile(rf"[ ]\d{{1,3}}(?:[ ](?P<word>[{UPPER}][{LOWER}]+)(?![\w-])|[ \t]*(?:\n|$))")
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]")


def _page_number_after(text: str, m: re.Match[str], pat: _Patterns) -> bool:
    """A listed town, municipality or district after a locative word, followed by a number that is
    no house number: one that the next agenda title's common word follows, or one that closes a
    numbered line; not a room's number after a meeting's time ("kl. 14:00 i Nordby 214")."""
    if pat.kinds.get(m.group("name")) not in (*_TOWN_KINDS, "neighbourhood") or m.group("gen"):
        return False
    if not _locative(text, m.start(), pat):
        return False
    after = _PAGE_NUMBER_AFTER.match(text, m.end())
    if after is None:
        return False
    line_start = line_of(text, m.start())[0]
    if _CLOCK.search(text, max(line_start, m.start() - 60), m.start()):
        return False
    if after.group("word"):
        return _next_title_word(after.group("word"))
    return bool(_NUMBERED_LINE.match(text, line_start))


# "SKIVE: Byrådet har …", "Silkeborg Kommune: …": a news item's dateline opens its line
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:date[ ]\d{{4}}-\d{{2}}[ \t]+)?(?P<name>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+)?)"
    rf"(?P<mun>[ ]Kommune)?:[ ]+(?=[{UPPER}][{LOWER}]*-?[ ][\w]+[ ][\w]+[ ][\w]+)"  # "AALBORG ØST: Lokale- og …"
)


# "BRØNDBY. Boligorganisationerne …", "NORDBY:Byrådet har …", "NORDBY:- Jobcentrene …", "NORDBY – Kommunen …": a
# town in capitals opens a news item with a full stop, or with a colon and no space or a dash (also after the page's
# "date 2019-03" stamp); "Nordby - 12. september 2017 kl. 14:40": a town before the date
_CAPITALS_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:date[ ]\d{{4}}-\d{{2}}[ \t]+)?(?P<name>[{UPPER}]{{3,}}(?:[ -][{UPPER}]{{2,}})?(?:/[{UPPER}]{{3,}})*)"
    rf"(?:\.[ ]+(?=[{UPPER}][{LOWER}]+[ ][\w]+[ ][\w]+)"  # "BORNHOLM – Bornholms …"
    rf"|(?::(?:[-–][ ]?)?|[ ][-–][ ])(?=[{UPPER}0-9][{LOWER}0-9]*-?,?[ ][\w]+,?[ ][\w]+))"  # "NORDBY:Børne- og …", "NORDBY:18 nye …"
)
_DATED_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?)[ ][-–][ ]\d{{1,2}}\.[ ]?[{LOWER}]+[ ]\d{{4}}"
)


# what a line with a DATELINE match holds (the match holds no line break), and one with a _DATED_DATELINE match
_DATELINE_GATE = re.compile(r":[ ]")
_DATED_DATELINE_GATE = re.compile(r"[ ][-–][ ]\d")


def _known_place(name: str, pat: _Patterns) -> bool:
    return bool(pat.places.fullmatch(name)) and name not in pat.ambiguous


def _dateline_name(name: str) -> str:
    return name.title() if name.isupper() else name


def dateline_places(text: str) -> list[Candidate]:
    """Places that open news items as datelines ("NØRRESUNDBY:", "Silkeborg Kommune:"). A name
    the gazetteers do not know ("Skægkær:") counts only where two or more datelines of the text
    are known places, so a run of items is a run of datelines and not of labels."""
    pat = patterns()
    found = []
    known = 0
    for m in line_matches(text, _DATELINE_GATE, DATELINE):  # only lines with ": "
        name = _dateline_name(m.group("name"))
        if name.endswith(" Kommune"):
            name = name[: -len(" Kommune")]
            end = m.start("name") + len(name) + len(" Kommune")
            found.append((Candidate(m.start("name"), end, f"{name} Kommune", "municipality", 5), True))
            known += 1
            continue
        if m.group("mun"):
            found.append((Candidate(m.start("name"), m.end("mun"), f"{name} Kommune", "municipality", 5), True))
            known += 1
            continue
        if _known_place(name, pat):
            found.append((Candidate(m.start("name"), m.end("name"), name, pat.kinds.get(name), 5), True))
            known += 1
        elif " " not in name and not listed_word(name) and name not in pat.not_places:
            found.append((Candidate(m.start("name"), m.end("name"), name, None, 5), False))
    found += [(c, True) for c in _known_datelines(text, pat)]
    return [c for c, is_known in found if is_known or known >= 2]


def _known_datelines(text: str, pat: _Patterns) -> list[Candidate]:
    """Listed towns and municipalities opening a news item in the other dateline forms ("BRØNDBY.",
    "NORDBY:Byrådet", "Nordby - 12. september 2017"); unlisted names there are headings or labels."""
    out = []
    # the dated form only on lines with " - " and a digit
    for matches in (_CAPITALS_DATELINE.finditer(text), line_matches(text, _DATED_DATELINE_GATE, _DATED_DATELINE)):
        for m in matches:
            start = m.start("name")
            for part in m.group("name").split("/"):  # "NORDBY/SYDBY:": an item about two towns
                name = _dateline_name(part)
                if _known_place(name, pat) and pat.kinds.get(name) in _DATELINE_KINDS:
                    out.append(Candidate(start, start + len(part), name, pat.kinds.get(name), 5))
                start += len(part) + 1
    return out


# ", Kristrup og Vorup" after a place: the other places of the list, one capitalised word each
_COORDINATED = re.compile(rf"(?:,[ ][{UPPER}][{LOWER}]+)*(?:,?[ ](?:og|samt)[ ][{UPPER}][{LOWER}]+)(?![\w-])")
_LIST_WORD = re.compile(rf"[{UPPER}][{LOWER}]+")


def _coordinated_places(text: str, cands: list[Candidate], pat: _Patterns) -> list[Candidate]:
    """Single-word names listed with a town or district after a locative word ("i Vorup og
    Kristrup", "i Langå, Assentoft og Spentrup"): places too, unless a word is a common word, a
    first name, a country or followed by a further capitalised word."""
    out = []
    for cand in cands:
        if cand.type in ("municipality", "region"):
            continue
        m = _COORDINATED.match(text, cand.end)
        if m is None or re.match(rf"[ ][{UPPER}]", text[m.end():m.end() + 2]):
            continue
        if not _locative(text, cand.start, pat) and not _all_listed(text, cand, m, pat):
            continue
        for word in _LIST_WORD.finditer(text, m.start(), m.end()):
            name = word.group()
            village = name in pat.ambiguous and name in pat.kinds  # "mellem Nordby og Linnerup": a listed village
            if (name in pat.kinds and not village) or name in pat.not_places or common_word(name) \
                    or name in first_names():
                continue
            if thing_compound(name) or pat.street.search(name) or pat.not_suffix.search(name):
                continue
            out.append(Candidate(word.start(), word.end(), name, "town" if village else None, 1))
    return out


def _all_listed(text: str, cand: Candidate, m: re.Match[str], pat: _Patterns) -> bool:
    """A list without a locative word whose first name is a listed town and whose other names are all
    listed places, none a compass word ("nabokommunerne Nordby, Sydby og Vejen"): a list of places, so
    that a listed name that is also a common word or a village counts in it."""
    if cand.type != "town" or cand.name in pat.ambiguous or cand.name != text[cand.start:cand.end]:
        return False
    words = [w.group() for w in _LIST_WORD.finditer(text, m.start(), m.end())]
    return all(w in pat.kinds and w not in _COMPASS for w in words)


_VENUE_SHAPE = re.compile(
    rf"(?:(?i:{'|'.join(map(re.escape, cues()['areas']['venue_stems']))})|[{UPPER}][{LOWER}]+[{UPPER}])"
)
# a street's name before "området" in one word: the area around the street ("Havnevejsområdet", "Torvegadeområdet")
_STREET_AREA = re.compile(rf"^[{UPPER}][{LOWER}]{{2,}}(?:{'|'.join(map(re.escape, cues()['areas']['street_after_place']))})s?området$")
_NAMED_AREA = re.compile(rf"[{UPPER}][\w]+-området$")
# an acronym before "-området": a field of work or a programme ("LGBTI-området", "FVU-området")
_ACRONYM_FIELD = re.compile(rf"[{UPPER}]{{2,}}-område(?:t|r|rne)?$")
_ITEM = rf"(?:(?:Gl|St|Ll|Nr|Sdr|Ø|V)\.[ ])?[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+){{0,2}}"
# "Gl. Jennumparken, Glarbjergvej-området, Vangdalen og Karup Kølvrå": a list of names
AREA_LIST = re.compile(rf"(?<![\w.-])(?:{_ITEM})(?:,[ ](?:{_ITEM}))*,?[ ](?:og|samt)[ ](?:{_ITEM})(?![\w-])")
_ITEM_RE = re.compile(_ITEM)
_ESTATE_TYPES = ("housing_area", "neighbourhood")
_LOWER_WORD_AFTER = re.compile(rf"[ ][{LOWER}]")


def _overlaps_sorted(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """``overlaps`` over spans sorted by start (candidates do not nest, so a neighbour decides)."""
    at = bisect.bisect_left(starts, end)
    return any(s < end and start < e for s, e in spans[max(0, at - 2):at])


def listed_with_estates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The other names of a list that holds an estate or a neighbourhood ("Gl. Jennumparken,
    Glarbjergvej-området og Vangdalen"): areas too, unless a name is a common word, or a street
    in a list of as many streets as estates or more ("Lindegården, Skovvej og Bakkevej")."""
    estates = [(c.start, c.end) for c in cands if c.type in _ESTATE_TYPES]
    if not estates:
        return []
    estate_spans = set(estates)
    spans = sorted((c.start, c.end) for c in cands)
    starts = [s for s, _ in spans]
    out = []
    # a list that names an estate stands on the estate's line (a list holds no line break): only those lines are scanned
    lines = sorted({line_of(text, start) for start, _ in estates})
    for m in (m for line_start, line_end in lines for m in AREA_LIST.finditer(text, line_start, line_end)):
        items = [i for i in _ITEM_RE.finditer(text, m.start(), m.end())]
        if not any((i.start(), i.end()) in estate_spans for i in items):
            continue
        # "Tingbjerg, Lindevej og Vollsmose": a department named by its street among estates; "Lindegården,
        # Skovvej og Bakkevej": the estate and its streets (as many streets as other estates, or more)
        streets = sum(1 for i in items if patterns().street.search(i.group()))
        estates_named = sum(1 for i in items if (i.start(), i.end()) in estate_spans and not patterns().street.search(i.group()))
        take_streets = estates_named > streets
        for i in items:
            name = i.group()
            last = name.split()[-1]
            if _overlaps_sorted(i.start(), i.end(), spans, starts) or common_word(last) or thing_compound(last) or name in patterns().not_places:
                continue
            if name.endswith("s") and _LOWER_WORD_AFTER.match(text, i.end()):  # "… og Toveshøjs udvikling"
                continue
            if not take_streets and patterns().street.search(name):
                continue
            if at_sentence_start(text, i.start()) and " " not in name and common_word(name):
                continue
            out.append(Candidate(i.start(), i.end(), squash(name), "housing_area", 1))
    return out


# "Nordby- og Sydby-områderne", "Nordby-, Østby- og Sydby-området": the areas around places named
# with a suspended hyphen, each place on its own
_SUSPENDED_AREAS = re.compile(
    rf"(?P<names>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+-(?:,[ ][{UPPER}][{LOWER}]+-)*[ ](?:og|eller)[ ][{UPPER}][{LOWER}]+)"
    rf"-område(?:t|rne)(?![\w-])"
)
_SUSPENDED_NAME = re.compile(rf"[{UPPER}][{LOWER}]+")


def _suspended_area_names(text: str, pat: _Patterns) -> list[Candidate]:
    """The places of "Nordby- og Sydby-områderne": each a listed place or a proper name of the word
    list, not a common word ("Børne- og Unge-området" names fields of work)."""
    if "- " not in text:
        return []
    out = []
    for m in _SUSPENDED_AREAS.finditer(text):
        names = list(_SUSPENDED_NAME.finditer(text, m.start("names"), m.end("names")))
        if not all((n.group() in pat.kinds or proper_word(n.group())) and not common_word(n.group())
                   and n.group() not in pat.not_places for n in names):
            continue
        out += [Candidate(n.start(), n.end(), n.group(), pat.kinds.get(n.group(), "town"), 3) for n in names]
    return out


@functools.lru_cache(maxsize=1)
def _suspended_compass() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{compass_parts()})-[ ](?:og|eller)[ ](?P<name>[{UPPER}][{LOWER}]+)(?![\w-])")


def _suspended_compass_areas(text: str, pat: _Patterns) -> list[Candidate]:
    """A listed region or landscape whose compass part is shared with another one before it ("Syd- og
    Sønderjylland", "Midt- og Vestsjælland"): one area, named as written. Followed by an organisation's
    head ("… Vestsjællands Politi") it is part of that name, and the parties have it."""
    if "- " not in text:
        return []
    out = []
    for m in _suspended_compass().finditer(text):
        kind = pat.kinds.get(m.group("name"))
        if kind in ("landscape", "region"):
            out.append(Candidate(m.start(), m.end(), m.group(), kind, 3))
    return out


_JOINED_TOWNS = re.compile(
    rf"(?P<name>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+-[{UPPER}][{LOWER}]+)"
    rf"(?:[ ](?:{'|'.join(map(re.escape, cues()['parties']['area_nouns_after']))})(?![\w-]))"
)


def _joined_towns(text: str, pat: _Patterns) -> list[Candidate]:
    """Two listed towns joined by a hyphen before an area noun written apart ("Ulfborg-Vemb
    området"): the joint area of both towns."""
    if "-" not in text:
        return []
    out = []
    for m in _JOINED_TOWNS.finditer(text):
        first, second = m.group("name").split("-")
        if pat.kinds.get(first) == "town" and pat.kinds.get(second) == "town":
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "town", 3))
    return out


_BETWEEN_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _AREA_CUES["between_words"])) + r")[ ]$")
# "på Solvang", "centrene på Sophielund, Selmersbo og Breelteparken": "på" before a name (or before the
# list it closes) speaks of an institution or a building, where an estate takes "i"
_ON_BEFORE = re.compile(rf"(?<![\w-])[Pp]å[ ](?:{_ITEM},[ ])*(?:{_ITEM},?[ ](?:og|samt)[ ])?$")


def _without_institutions(text: str, cands: list[Candidate], pat: _Patterns) -> list[Candidate]:
    """Estate-shaped names (``cands``) the gazetteers do not list, less those the text places
    "på" ("møde på Wiedergården", "plejeboliger på Solvang") or gives as a meeting's venue
    ("Sted: Egebo") and never "i" or after an area word: a nursing home, a school or a centre,
    not a housing area."""
    on = {c.name for c in cands if _ON_BEFORE.search(text, max(0, c.start - 80), c.start)
          or _LABEL_VALUE.match(text, line_of(text, c.start)[0])}  # "Sted: Wiedergården": the venue
    if not on:
        return cands
    placed = {c.name for c in cands if pat.model_locative_before.search(text, max(0, c.start - 16), c.start)}
    institutions = {n for n in on - placed if n not in pat.kinds}
    return [c for c in cands if c.name not in institutions]


def _after_particle(text: str, start: int) -> bool:
    """True after a capitalised name and a name particle ("Ove de Neergaard", "Karen von Holstein")."""
    m = _PARTICLE_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in name_cues()["particles"]


_PARTICLE_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]+\s+([a-z]{{2,3}})[ ]$")
_NOT_ESTATE_ENDINGS = tuple(cues()["areas"]["not_estate_endings"])


def _inside_longer(cand: Candidate, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when ``cand`` lies inside a longer span (``spans`` sorted, ``starts`` their starts):
    a place inside a party's name ("Wonderful Copenhagen", "Jobcenter Aarhus")."""
    at = bisect.bisect_right(starts, cand.start)
    return any(s <= cand.start and cand.end <= e and e - s > cand.length for s, e in spans[max(0, at - 3):at])


_SLASH_BEFORE = re.compile(rf"(?<![\w/-])[{UPPER}][\w-]+/$")
_SLASH_AFTER = re.compile(rf"/[{UPPER}][\w-]+(?![\w/-])")


def _separate_place(word: str, pat: _Patterns) -> bool:
    return word in pat.kinds and pat.kinds[word] not in _ESTATE_TYPES


@functools.lru_cache(maxsize=1024)
def _one_listed_entry(first: str, second: str) -> bool:
    """True when one gazetteer entry names both words ("Gellerup" and "Toveshøj" are both forms of
    the listed estate "Gellerupparken/Toveshøj")."""
    gaz = load_gazetteers()
    entries = (*gaz.housing_areas_named(first), *gaz.places_named(first))
    return any(second in entry.forms for entry in entries)


def _two_listed_places(first: str, second: str, pat: _Patterns) -> bool:
    """Two listed places joined by a slash ("Husum/Tingbjerg": a district and an estate next to it;
    "Gellerup/Toveshøj": two estates that one entry names together): two areas, not one joint name. One
    entry's two districts ("Brønshøj/Husum", one city district) or an estate and its street ("Nøjsomhed/Sydvej")
    stay one area."""
    if first not in pat.kinds or second not in pat.kinds:
        return False
    return not _one_listed_entry(first, second) or _two_estates(first, second, pat)


def _two_estates(first: str, second: str, pat: _Patterns) -> bool:
    """Both words are housing estates: listed ones that are no street's name, or a listed street's name in
    the definite form that names the estate ("Skovvejen/Skovparken"; "Nøjsomhed/Sydvej" is an estate and
    its street), or an unlisted name of an estate's shape beside a listed one ("Skovparken", listed only with its
    town)."""
    listed = any(pat.kinds.get(w) == "housing_area" for w in (first, second))  # "Byengen/Nordengen": one unlisted entry
    return listed and all(_estate_part(w, pat) for w in (first, second))


_DEFINITE_STREET = re.compile(rf"(?:{'|'.join(map(re.escape, cues()['areas']['definite_street_endings']))})$")


def _estate_part(word: str, pat: _Patterns) -> bool:
    if pat.kinds.get(word) == "housing_area":
        return not pat.street.search(word) or bool(_DEFINITE_STREET.search(word))
    return word not in pat.kinds and area_like(word) and not pat.street.search(word)


def _separate_part(word: str, other: str, pat: _Patterns) -> bool:
    """True when ``word``, joined to the estate ``other`` by a slash, is a place or street of its own."""
    return (_separate_place(word, pat) or bool(pat.street.search(word)) or _two_listed_places(word, other, pat)
            or _two_estates(word, other, pat))


def _slash_joined(text: str, cand: Candidate) -> Candidate:
    """An estate named with a slash and a word that is neither a place nor a street
    ("Kløver/Hvedemarken"): one area whose name holds both words."""
    if cand.type not in _ESTATE_TYPES:
        return cand
    pat = patterns()
    before = _SLASH_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    after = _SLASH_AFTER.match(text, cand.end)
    # "Nordby/Sydby", "Promenadebyen/Toldbodgade": two towns, or a place and a street; "Husum/Tingbjerg":
    # two listed places of their own; but two neighbourhoods or estates of one listed entry joined by the
    # slash ("Gellerup/Toveshøj") or an estate and a word that names nothing alone ("Rug/Bygmarken") name
    # one joint area
    if before is not None and _separate_part(before.group()[:-1], cand.name, pat):
        before = None
    if after is not None and _separate_part(after.group()[1:], cand.name, pat):
        after = None
    if before is None and after is None:
        return cand
    start = before.start() if before else cand.start
    end = after.end() if after else cand.end
    return Candidate(start, end, squash(text[start:end]), cand.type, cand.priority)


def _slashed_parts(text: str, cand: Candidate, pat: _Patterns) -> list[Candidate]:
    """A listed name of two estates joined by a slash ("Tingbjerg/Utterslevhuse", an entry that names two
    estates): one area for each."""
    name = text[cand.start:cand.end]
    first, slash, second = name.partition("/")
    if not slash or "/" in second or not _two_estates(first, second, pat):
        return [cand]
    cut = cand.start + len(first)
    return [Candidate(cand.start, cut, first, pat.kinds.get(first, "housing_area"), cand.priority),
            Candidate(cut + 1, cand.end, second, pat.kinds.get(second, "housing_area"), cand.priority)]


_AREA_OF = "-området"


def _place_of_area(cand: Candidate, pat: _Patterns) -> Candidate:
    """"Ilbro-området": the area around a place is named by the place; a street's area
    ("Energivej-området") keeps its whole name, as the street alone is no area."""
    if not cand.name.endswith(_AREA_OF):
        return cand
    head = cand.name[:-len(_AREA_OF)]
    if not head or pat.street.search(head):
        return cand
    return Candidate(cand.start, cand.end, head, cand.type or "town", cand.priority)


_HARBOUR = re.compile(r"[ ][Hh]avn$")
_HARBOUR_COMPANY = re.compile(
    rf"(?i:{'|'.join(map(re.escape, cues()['areas']['harbour_organisation_stems']))})"
)


def harbour_company(text: str, start: int, end: int, name: str) -> bool:
    """True for "X Havn" where the words around it on its line speak of the company that runs the
    harbour: its accounts, statutes, budget or board ("Godkendelse af regnskab for X Havn")."""
    if not _HARBOUR.search(name):
        return False
    line_start, line_end = line_of(text, start)
    return bool(_HARBOUR_COMPANY.search(text, max(line_start, start - 40), min(line_end, end + 50)))


def _name_occurrences(text: str, organisations: list[str]) -> list[tuple[int, int]]:
    """Every place where the text writes an organisation's multi-word name out again ("Destination
    Nordø" in a contents line after the body text named it): the place inside is the name's."""
    spans = []
    lowered = None
    for name in {n for n in organisations if " " in n and n[:1].isupper()}:
        spans += _written_out(text, name)
        head, rest = name.split(" ", 1)
        if rest[:1].isupper():  # "Østsjællands beredskab" where the text also writes "Østsjællands Beredskab"
            lowered = lowered if lowered is not None else text.lower()
            spans += [(s, e) for s, e in _written_out(lowered, name.lower()) if text.startswith(head, s)]
    return spans


def _word_char(text: str, pos: int) -> bool:
    """A word character or hyphen at ``pos`` (False outside the text)."""
    return 0 <= pos < len(text) and (text[pos].isalnum() or text[pos] in "_-")


def _written_out(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands as whole words, with a genitive s ("Xs", "X's", "X’s") if any: a string
    search per name instead of a regular expression."""
    spans = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _word_char(text, at - 1):
            for suffix in ("s", "'s", "’s", ""):
                if text.startswith(suffix, end) and not _word_char(text, end + len(suffix)):
                    spans.append((at, end + len(suffix)))
                    break
            else:
                at = text.find(name, at + 1)
                continue
            at = text.find(name, spans[-1][1])
            continue
        at = text.find(name, at + 1)
    return spans


_INSTITUTION_WORDS = frozenset(cues()["areas"]["building_before"])
_FARM_ENDINGS = tuple(cues()["areas"]["farm_name_endings"])
_LANDMARK_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(cues()['areas']['landmark_prepositions'])})[ ]$")


def _farm_landmark(text: str, cand: Candidate, pat: _Patterns) -> bool:
    """An unlisted farm's name ("Egholtgård", "Nybjerggaard") that the text places something near or
    around ("området omkring Egholtgård", "klubhus ved Nybjerggaard"): a farm as a landmark, not an area."""
    name = cand.name
    if " " in name or name in pat.kinds or not name.lower().endswith(_FARM_ENDINGS):
        return False
    return any(_LANDMARK_BEFORE.search(text, max(0, start - 10), start) for start, _ in _written_out(text, name))


def _institution_first(name: str) -> bool:
    """A name whose first word is an institution's or a building's kind ("Børnehuset Egebo", "Plejecentret
    Solgården"): that institution, not a place."""
    first, _, rest = name.partition(" ")
    # the kind alone, capitalised as the head of a name the place search cut ("for Børnehaven Solsikken")
    return first.casefold() in _INSTITUTION_WORDS and (bool(rest) or first[:1].isupper())


# a meeting's time before a name: "kl. 10.00 Egebjerggården", "Kl. 19 på Egebo" (or "Kl Regionsgården" where the
# extraction lost the full stop and the hour)
_CLOCK_BEFORE = re.compile(r"(?<![\w])[Kk]l\.?(?:[ ]?\d{1,2}(?:[.:]\d{2})?)?[ ](?:på[ ])?$")


def _after_clock(text: str, cand: Candidate) -> bool:
    """An estate-shaped name the gazetteers do not list right after the meeting's clock time: the building
    the meeting is held in ("kl. 19 i Vollsmose" stays the estate)."""
    if cand.name in patterns().kinds:
        return False
    return text[cand.start:cand.start + 3] == "Kl " or bool(_CLOCK_BEFORE.search(text, max(0, cand.start - 16), cand.start))


# a neighbour in a list of names: "Skovvej, " before a name, ", Skovvej" or " og Skovvej" after it
_LIST_ITEM_BEFORE = re.compile(rf"(?<![\w.-])(?P<item>{_ITEM})[ ]?,[ ]$")
_LIST_ITEM_AFTER = re.compile(rf"(?:[ ]?,[ ]|[ ](?:og|samt)[ ])(?P<item>{_ITEM})(?![\w-])")


def _among_streets(text: str, cand: Candidate, pat: _Patterns) -> bool:
    """An estate's name inside a list of streets, after one of them ("Skovvej, Engparken, Bakkevej og
    Møllevej", a zone's boundary or a department's addresses): the street of that name. The estate
    that opens the list keeps its place ("Engparken, Skovvej og Bakkevej": the estate and its streets)."""
    before, pos = [], cand.start
    while len(before) < 8 and (m := _LIST_ITEM_BEFORE.search(text, max(0, pos - 60), pos)):
        before.append(m.group("item"))
        pos = m.start()
    if not before or not pat.street.search(before[0]):
        return False
    after, pos = [], cand.end
    while len(after) < 8 and (m := _LIST_ITEM_AFTER.match(text, pos)):
        after.append(m.group("item"))
        pos = m.end()
    return sum(1 for item in before + after if pat.street.search(item)) >= 2


_IN_BEFORE = re.compile(r"(?<![\w-])[iI][ ]$")
# "formand i boligafdelingen Nordparken": a housing department is named after its estate, a place
# even where a housing association of the same name acts elsewhere in the text
_DEPARTMENT_BEFORE = re.compile(r"(?<![\w-])[Bb]oligafdelingen[ ]$")


def _placed_estates(text: str, cands: list[Candidate]) -> frozenset[str]:
    """Housing areas (listed or estate-shaped) the text places with "i" ("helhedsplanen i Værebro Park"): places,
    also where the estate acts elsewhere in the text and is a party there too."""
    return frozenset(c.name for c in cands if c.type in _ESTATE_TYPES
                     and (_IN_BEFORE.search(text, max(0, c.start - 3), c.start)
                          or _DEPARTMENT_BEFORE.search(text, max(0, c.start - 20), c.start)))


# "i Nordby Kommune, Sydby Kommune og …": a later municipality of a list that a locative opens
_MUNICIPALITY_LIST_BEFORE = re.compile(
    rf"(?<![\w-])[iI][ ](?:[{UPPER}][\w-]*[ ]Kommune,[ ]){{1,15}}(?:[{UPPER}][\w-]*[ ]Kommune[ ](?:og|eller)[ ])?$"
    rf"|(?<![\w-])[iI][ ][{UPPER}][\w-]*[ ]Kommune[ ](?:og|eller)[ ]$"
    rf"|(?<![\w-])[iI][ ][{UPPER}][{LOWER}][\w-]*[ ](?:og|eller)[ ]$"  # "i Nordby og Sydby Kommune": a pair of places
)


def _in_municipality_list(text: str, start: int) -> bool:
    if not _ends_with(text, start, _LIST_LINKS):
        return False  # every match ends with ", ", " og " or " eller "
    m = _MUNICIPALITY_LIST_BEFORE.search(text, max(0, start - 400), start)
    return m is not None and not _organisational(text, m.start(), start)


@functools.lru_cache(maxsize=1)
def _word_estates() -> dict[str, str]:
    """Listed housing areas named by a plain Danish word ("Trekanten", "Friheden"), with their municipality."""
    return {f: e.municipality for e in load_gazetteers().housing_areas for f in e.forms
            if f and " " not in f and "/" not in f and (listed_word(f.casefold()) or common_word(f))}


def _estate_word_far_from_home(text: str, cand: Candidate) -> bool:
    """A listed estate named by a plain word ("Trekanten") in a text that never names the estate's
    municipality: the word names something else there (a green, a house, a corner of another town)."""
    home = _word_estates().get(cand.name)
    if home is None or patterns().shaped.fullmatch(cand.name):  # "Mølleparken": an estate's shape wherever it is
        return False
    return re.search(rf"(?<![\w-]){re.escape(home)}", text) is None


def _written_form(g: list[Candidate]) -> str:
    """The name of one place written in more than one way ("Høje Taastrup", "Høje-Taastrup"): the
    form the text uses most, the first one on a tie."""
    names = [c.name for c in g]
    return max(dict.fromkeys(names), key=names.count)


_PERSON_PREDICATE_AFTER = re.compile(
    rf"[ ](?:{'|'.join(map(re.escape, _AREA_CUES['person_predicates']))})(?![\w-])"
)


def _person_said_after(text: str, cand: Candidate) -> bool:
    """A two-word name with a person's predicate right after it ("Eva Dalsgård er ansat som leder"):
    a person, not an estate."""
    return " " in cand.name and _PERSON_PREDICATE_AFTER.match(text, cand.end) is not None


def _surnames_of(text: str, people: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The last words of the names of the text's people ("Keld Hvalsø"): a town's name alone in their
    place is the person (a speaker's "Hvalsø: …"), unless a locative word makes it the town."""
    return frozenset(text[s:e].rsplit(" ", 1)[1] for s, e in people if " " in text[s:e].strip())


def _town_taken_for_person(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """A person's mention that is one listed town after a locative word ("i Nordby", where a
    longer name elsewhere made "Nordby" a surname): the town, not the person."""
    name = text[start:end]
    return (" " not in name and pat.kinds.get(name) in _TOWN_KINDS and name not in pat.ambiguous
            and bool(pat.model_locative_before.search(text, max(0, start - 16), start)))


# "Tillæg nr. 2 Østerby (Nordby Kommune)": a named place, then the municipality it lies in, in brackets
_NAME_THEN_BRACKET = re.compile(rf"(?<![\w-])[{UPPER}][\w-]+[ ]\($")


_WE_BEFORE = re.compile(r"(?<![\w-])[Vv]i[ ]$")


def _bracketed_after_place(text: str, start: int, end: int) -> bool:
    """A municipality in brackets right after a capitalised name: where that place lies."""
    return text[end:end + 1] == ")" and _NAME_THEN_BRACKET.search(text, max(0, start - 40), start) is not None


def _with_abbreviated_lead(text: str, cand: Candidate) -> Candidate:
    """A place named with a shortened first word keeps it ("Skt. Klemensparken", "Kgs. Lyngby"): the
    name's first word, not a title."""
    start = abbreviated_lead(text, cand.start)
    if start is None or cand.type in ("municipality", "region"):
        return cand
    return dataclasses.replace(cand, start=start, name=squash(text[start:cand.end]))


def find_areas(
    text: str,
    raw: str,
    doc: Any = None,
    parties: Iterable[Candidate] = (),
    blocked: Iterable[tuple[int, int]] = (),
    organisations: Iterable[str] = (),
    party_names: Iterable[tuple[int, int]] = (),
) -> list[Area]:
    """One :class:`Area` per named place; places inside organisation names are skipped, and so
    is "i X Kommune" where it names the organisation ("borgmester i Odense Kommune"), and a
    name the text also uses for an organisation (``organisations``)."""
    pat = patterns()
    party_spans = [(c.start, c.end) for c in parties]
    party_spans += [(s, e) for s, e in blocked if not _town_taken_for_person(text, s, e, pat)]
    party_ends = {end for _, end in party_spans}
    same_spans = set(party_spans)
    party_spans = SpanIndex(party_spans)
    found = _candidates(text, doc, pat)
    placed = _placed_estates(text, found)
    cands = [c for c in found if not party_spans.overlaps(c.start, c.end)
             or (c.name in placed and (c.start, c.end) in same_spans)]
    names = sorted(party_names)
    name_starts = [s for s, _ in names]
    cands = [c for c in cands if not _inside_longer(c, names, name_starts)]
    organisations = list(organisations)
    repeated = SpanIndex(_name_occurrences(text, organisations))
    cands = [c for c in cands if c.name in placed or not repeated.overlaps(c.start, c.end)]
    if cands:  # the names of venues and buildings rule out candidates only
        venues = _venues(text, cands, pat) | {n for n in _buildings_named(text) if pat.kinds.get(n) not in ("town", "municipality")}
        cands = [c for c in cands if c.name not in venues]
    cands += dateline_places(text)
    cands += _plural_municipalities(text)  # "i X og Y kommuner": places even where the parties read the bodies
    cands += _coordinated_municipalities(text, pat)  # "i X-, Y- og Z Kommune": likewise
    cands += _former_municipalities(text)  # "tidligere Nordby Kommune": a dissolved municipality's territory
    for m in pat.municipality_place.finditer(text):
        start = m.start("name")
        if m.start() - 1 in party_ends or m.start() in party_ends:
            continue
        if _WE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "at vi i Nordby Kommune har prioriteret …": the council speaks of itself
        if _organisational(text, m.start(), m.end()):
            continue
        name = squash(m.group("name"))
        cands.append(Candidate(start, m.end("name"), name[:-7] + "Kommune", "municipality", 4))
    for m in pat.municipality_anywhere.finditer(text):  # "… i Siem Skov, Rebild Kommune": the place
        if place_apposition(text, m.start("name"), m.end("name")) or ATTRIBUTE_BEFORE.search(
                text, max(0, m.start("name") - 20), m.start("name")) or _in_municipality_list(text, m.start("name")) \
                or _bracketed_after_place(text, m.start("name"), m.end("name")):
            cands.append(Candidate(m.start("name"), m.end("name"), squash(m.group("name"))[:-7] + "Kommune", "municipality", 4))
    for m in pat.municipality_predicate.finditer(text):  # "X Kommune skal være et godt sted": the place
        cands.append(Candidate(m.start("name"), m.end("name"), squash(m.group("name")), "municipality", 4))
    if "egion" in text:
        for m in pat.region_place.finditer(text):  # "tilbuddene i Region Midtjylland": the place
            if not _organisational(text, m.start(), m.end()):
                name = "R" + m.group("name")[1:]  # "i region Syddanmark": the region's name
                cands.append(Candidate(m.start("name"), m.end("name"), name, "region", 4))
    cands += _coordinated_places(text, resolve(cands), pat)
    if any(c.type in _ESTATE_TYPES for c in cands):  # the lists it reads hold an estate; without one, nothing
        cands += [c for c in listed_with_estates(text, resolve(cands)) if not overlaps(c.start, c.end, party_spans)]
    cands = [_with_abbreviated_lead(text, _place_of_area(_slash_joined(text, c), pat))
             for whole in cands for c in _slashed_parts(text, whole, pat)]
    named = {name.casefold() for name in organisations} - {name.casefold() for name in placed}
    kept = [c for c in resolve(cands) if c.name.casefold() not in named]  # "… og Vestgården": the organisation
    kept = [c for c in kept if not harbour_company(text, c.start, c.end, c.name)]
    kept = [c for c in kept if not _estate_word_far_from_home(text, c)]
    kept = [c for c in kept if c.type not in _ESTATE_TYPES or not (_among_streets(text, c, pat) or _after_clock(text, c))]
    kept = [c for c in kept if not _person_said_after(text, c)]
    surnames = _surnames_of(text, blocked)
    kept = [c for c in kept if c.name not in surnames or _locative(text, c.start, pat)]  # "Hvalsø: Vi …" of "Keld Hvalsø"
    kept = [c for c in kept if not _farm_landmark(text, c, pat)]
    kept = [c for c in kept if not _hamlet_inside_town(text, c)]  # "ved Møllebakken i Nordby": the town's street
    kept = [c for c in kept if not _abbreviation_alone(c.name)]  # "i Ø og NV", "Sdr" of "Sdr. Omme": no name
    kept = [c for c in kept if not _place_abroad(text, c) and not _heading_common_word(text, c)
            and not _hyphened_organisation(text, c, frozenset(named))]
    kept = [c for c in _with_capitalised_part(text, kept) if not _building_compound(c.name) and not _institution_first(c.name)
            and not _common_noun_after_hyphen(c.name)]
    kept = [c for c in kept if not _inflected_abbreviation(c.name)  # "i SFO'en": the service
            and not _council_document_title(text, c)]  # "Ungepolitik for Nordby Kommune": the council's
    kept = [c for c in kept if not _MUNICIPAL_ADJECTIVE_AFTER.match(text, c.end)]  # "Nordby kommunale skolevæsen"
    kept = [c for c in kept if not c.name.endswith("-")  # "i Bo- og Støttekorpset": half of a suspended compound
            and (c.type == "municipality" or text[c.end:c.end + 1] == "-"  # "Regstrup- og Kundby-områderne"
                 or not _SUSPENDED_BEFORE.search(text, max(0, c.start - 12), c.start))]
    kept = [c for c in kept if not _role_noun(c.name)  # "oplæg ved Ungechefen": a person's title
            and not cut_off_at_end(text, c.start, c.end)]  # "Beslutning i Kommunalbesty": the text's end cuts it
    # "Barnets Lov": an act; "Midt- og Vestsjælland": "Vestsjælland" is half of a joined name
    kept = [c for c in kept if not law_name(c.name) and not suspended_compass_before(text, c.start)
            and not _genitive_span_before_role(text, c)]  # "Nordby-Vesters borgmester": the council's
    if " fra " in text:  # "Udstilling fra Maja Nørregaard: 5.000 kr.": the applicant is no place
        applicants = {(m.start("who"), m.start("who") + len(m.group("who").rstrip())) for m in line_matches(text, GRANT_LINE_GATE, GRANT_LINE)}
        kept = [c for c in kept if (c.start, c.end) not in applicants]
    areas = []
    for g in group(kept, key=lambda c: c.name.casefold().replace("-", " ")):
        first = g[0]
        areas.append(
            Area(
                name=_written_form(g),
                text=raw[first.start:first.end],
                type=next((c.type for c in g if c.type), None),
                mentions=[mention(raw, c.start, c.end) for c in g],
                start=first.start,
                end=first.end,
            )
        )
    return areas
