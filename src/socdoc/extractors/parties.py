"""Parties: organisations that act or are addressed, one fact per organisation.

Candidates come from the gazetteers (ministries with historical names, agencies, police
districts, regions, housing organisations, funds, NGOs, political parties), from municipalities
("Køge Kommune", "Aarhus Byråd"), from the shapes of Danish body names (compounds ending in
-udvalget, -forvaltningen, -centeret …; "Center for …"; "Boligselskabet …"; "… Boligforening"),
from generic actors ("regeringen" → "Regeringen"), from abbreviations the text defines and from
the NER model's ORG spans that look like names.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from socdoc import lazy_re as re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, Optional

from socdoc.extractors.areas import ATTRIBUTE_BEFORE, countries, PLACE_PREDICATE, place_apposition, place_context, venue_line
from socdoc.extractors.entities import (
    LOCATIVE_PARTITIVES,
    abbreviated_lead,
    GRANT_LINE,
    GRANT_LINE_GATE,
    gate_lines,
    line_matches,
    lines_holding,
    listed_word,
    CAP_WORD,
    LOWER,
    UPPER,
    SpanIndex,
    Candidate,
    Prefiltered,
    area_like,
    at_sentence_start,
    bounded_words,
    chars_class,
    compound_head,
    cues,
    cut_off_at_end,
    ents_of,
    first_chars,
    prefix_starts,
    group,
    law_name,
    line_of,
    listed_word,
    mention,
    norm_form,
    overlaps,
    proper_word,
    common_word,
    thing_compound,
    resolve,
    trie_regex,
    word_start_trie,
)
from socdoc.extractors.name_runs import known_surname
from socdoc.extractors.names import (
    abbreviation_definitions,
    capitalise,
    fix_hyphen_compound,
    name_key,
    squash,
    strip_genitive,
)
from socdoc.extractors.party_recall import (
    capitals_name_candidates, capitals_committee_candidates, meeting_holder_candidates,
    article_name_candidates, case_variants, compass_brand, employer_mention, false_compound_place, foreign_org_candidates,
    fund_candidates, housing_owner_candidates, linking_brand, municipality_acts, named_by_kind, official_mention,
    owned_document, partner_candidates, contract_municipality_candidates, named_municipality_list_candidates, recall_cues, regional_board_candidates, route_end,
    unlisted_region_candidates, visited_company_candidates, lowercase_kind_candidates, form_led_company_candidates,
    school_board_candidates, board_of_candidates, example_list_candidates, grant_list_candidates,
    grant_dash_line_candidates, grant_to_line_candidates, amount_led_list_candidates, inline_grant_list_candidates,
    counted_organisation_candidates,
    coordinated_unit_candidates, inner_lowercase_candidates, place_tail_candidates, grant_recipient_candidates,
    care_of_candidates, employer_candidates, named_receiver_candidates,
    quoted_body_candidates, appointed_board_candidates, applicant_candidates, INITIALS,
)
from socdoc.extractors.ner_evidence import model_name_evidence, model_only, unsupported_model_name
from socdoc.extractors.party_lists import list_siblings, represented_rows
from socdoc.extractors.people import first_names, party_names, role_word
from socdoc.extractors.prefilter import may_match, required_parts
from socdoc.lang.da.gazetteers import load_gazetteers
from socdoc.normalize import fold_typography
from socdoc.records import Party

# A capital first and then "(?<![\w-])" one character back: the same matches as the look-behind
# first, but the pattern opens with a character class, so the regex engine skips to capitals.
_AFTER_NO_WORD = r"(?<![\w-](?s:.))"
_CAP_WORD_AT_START = (
    rf"[{UPPER}]{_AFTER_NO_WORD}(?:[{UPPER}{LOWER}0-9'’.-]*[{UPPER}{LOWER}0-9])?"
)  # CAP_WORD after no word character or hyphen
# A coordinated compound before a head word: "Social- og ", "Økonomi-, Erhvervs- og ",
# "Socialøkonomi, Handicap- og ", "Teknik, Erhverv, Plan og " (an item without its hyphen, but
# no definite noun: "Sundhedscentret, Genoptræningen og …" lists bodies), "Social & ".
_COORD = (
    rf"(?:[{UPPER}][\w]*-,?[ ](?:[\w]+(?:-,?|,)[ ])*(?:[{UPPER}][\w]*[ ])?(?:og|&)[ ]"
    # an item in the definite before its comma is a whole body ("Økonomiudvalget, Børne- og …"), no compound's part
    rf"|[{UPPER}][\w]*(?:-,?|(?<!en)(?<!et)(?<!ne),)[ ](?:[\w]+(?:-,?|(?<!en)(?<!et)(?<!ne),)[ ])*(?:[{UPPER}][\w]*(?<!en)(?<!et)(?<!ne)[ ])?(?:og|&)[ ]"
    rf"|[{UPPER}][\w]*[ ]&[ ]"
    rf"|[{UPPER}][\w]*-og[ ])"  # "Børne-og skoleudvalget": the space after the hyphen left out
)
# A coordinated compound that starts with a hyphenated word: "Bygge- og ", "Plan-, Miljø og ".
_HYPHEN_COORD = rf"[{UPPER}][\w]*-,?[ ](?:[\w]+(?:-,?|,)[ ])*(?:[{UPPER}][\w]*[ ])?(?:og|&)[ ]"
_ITEM = rf"(?:{CAP_WORD})(?:[ ](?:{CAP_WORD})){{0,3}}"
_NAME_TOKEN = rf"(?:{CAP_WORD}|[{UPPER}]\.|[0-9]+[{LOWER}0-9]*[{LOWER}][{LOWER}0-9]*)"


@functools.lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """``text.lower()``, computed once per text (the candidate rules of one text share it)."""
    return text.lower()


_REQUIRED: dict[int, tuple[Any, Optional[tuple[str, ...]]]] = {}  # id(pattern) → (pattern, its required strings)


_TUPLES: dict[int, tuple[Any, tuple[str, ...]]] = {}  # id(collection) → (collection, its items as a tuple)

# a capitalised adjective that opens a body's name before its head ("Lokalhistorisk Forening for …", "Nationalt
# Videncenter om …", "Dansk Center for …"); not a heading's word run on before it ("Referat Udvalget for …")
_ADJECTIVE_BEFORE_HEAD = rf"(?:[{UPPER}][{LOWER}]+(?:{'|'.join(cues()['parties']['field_head_adjective_endings'])})[ ])"


def _after_any(endings: list[str]) -> str:
    """A look-behind for a head ending in any of ``endings`` and a space (one fixed width each)."""
    return "(?:" + "|".join(f"(?<=(?i:{re.escape(e)})[ ])" for e in endings) + ")"


def _as_tuple(words: Any) -> tuple[str, ...]:
    """The items of a collection that lives as long as the process (a cue list, a cached set) as a
    tuple, made once: ``word.endswith(_as_tuple(words))`` tries them all in one call."""
    entry = _TUPLES.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _TUPLES[id(words)] = (words, tuple(words))
    return entry[1]


def _may_hold(text: str, pattern: Any) -> bool:
    """False when ``text`` holds no match of ``pattern`` (a compiled, lazy or :class:`Prefiltered`
    pattern) anywhere: none of the strings every match holds (:func:`required_parts`) is in the
    text, in any case. A scan (or a search near each candidate) is then skipped for the whole text."""
    entry = _REQUIRED.get(id(pattern))
    if entry is None:
        regex = pattern.regex if isinstance(pattern, Prefiltered) else pattern
        entry = _REQUIRED[id(pattern)] = (pattern, required_parts(regex.pattern, regex.flags))
    return may_match(entry[1], _lowered(text))


@dataclass(frozen=True)
class _Patterns:
    gazetteer: re.Pattern[str]
    gazetteer_ci: Prefiltered
    forms: dict[str, tuple[str, str, bool]]  # form key -> (canonical, type, is_abbreviation)
    municipality: Prefiltered
    municipality_names: dict[str, str]  # lower form -> official name
    municipality_list: Prefiltered
    list_items: re.Pattern[str]
    appositive: re.Pattern[str]
    list_kinds: dict[str, str]
    list_block: re.Pattern[str]
    council: re.Pattern[str]
    suffix_word: re.Pattern[str]
    exact_units: re.Pattern[str]
    generic: re.Pattern[str]
    capitalised_only: re.Pattern[str]
    for_head: Prefiltered
    name_head: Prefiltered
    suffix_name: Prefiltered
    company: Prefiltered
    applicant: re.Pattern[str]
    owner: re.Pattern[str]
    representative: re.Pattern[str]
    unit_apposition: re.Pattern[str]
    department: re.Pattern[str]
    department_label: re.Pattern[str]
    places: frozenset[str]
    place_pattern: re.Pattern[str]
    never: frozenset[str]
    not_names: frozenset[str]
    labels: frozenset[str]
    name_suffixes: frozenset[str]
    stop_words: frozenset[str]
    for_heads: frozenset[str]
    for_head_endings: frozenset[str]


def _wrapping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with each space of its names also matching a line break: a name wrapped at a line's
    end in text taken from a PDF ("Styrelsen for\\nArbejdsmarked og Rekruttering")."""
    return re.compile(pattern.pattern.replace("\\ ", "[ \\n]"), pattern.flags)


def _police_variants(name: str) -> list[str]:
    """Loose spellings of a police district's name: run together with "politi" ("Midt- og
    Vestsjællandspoliti"), and, for a district of two parts, the last part without its genitive
    ("Sydsjællands og Lolland-Falster politi")."""
    name = norm_form(name)
    if not name.endswith("s Politi"):
        return []
    out = [name[: -len(" Politi")] + "politi"]
    if " og " in name:
        bare = name[: -len("s Politi")]
        out += [f"{bare} Politi", f"{bare} politi"]
    return out


@functools.lru_cache(maxsize=1)
def _gazetteer_forms() -> dict[str, tuple[str, str, bool]]:
    """The gazetteers' organisation names by case-folded form: (canonical name, kind, abbreviation?).
    Built once per process; callers only read it."""
    gaz = load_gazetteers()
    forms: dict[str, tuple[str, str, bool]] = {}

    def add(form: str, canonical: str, kind: str, abbreviation: bool = False) -> None:
        form = norm_form(form)
        if len(form) < 2 or form.casefold() in forms:
            return
        forms[form.casefold()] = (norm_form(canonical), kind, abbreviation)

    for ministry in gaz.ministries:
        for form in _unhyphenated(ministry.forms):
            add(form, ministry.name, "ministry")
    for police in gaz.police_districts:
        add(police.name, police.name, "police")
        for form in _police_variants(police.name):
            add(form, police.name, "police")
    for region in gaz.regions:
        for form in (region.name, *region.aliases):
            if form.startswith("Region"):
                add(form, region.name, "region")
    for kind, orgs in (
        ("agency", gaz.agencies),
        ("housing_organisation", gaz.housing_organisations),
        ("fund", gaz.funds),
        ("organisation", gaz.ngos),
        ("company", gaz.companies),
    ):
        for org in orgs:
            abbreviations = {a for a in org.abbreviation.split(";") if a.strip()}
            for form in org.forms:
                if form.startswith(org.name + " ("):
                    continue
                add(form, org.name, kind, form in abbreviations and form != org.name)
    for party in gaz.parties:
        for form in (party.name, party.short, *party.aliases):
            if len(form) > 3 and not form.endswith("."):
                add(form, party.name, "political_party")
    return forms


def _unhyphenated(forms: Any) -> list[str]:
    """A ministry's forms, and each coordinated form also written without its hyphen ("Social og
    Indenrigsministeriet" for "Social- og Indenrigsministeriet") and with "&" for its last "og"
    ("Ministeriet for By, Bolig & Landdistrikter")."""
    out = list(forms)
    out += [f.replace("- og ", " og ") for f in forms if "- og " in f]
    out += [" & ".join(f.rsplit(" og ", 1)) for f in out if " og " in f and "- og " not in f]
    return out


def _lowercase_agency(form: str, kind: str) -> bool:
    """An agency, fund or ministry named by one compound word ending in "-styrelsen", "-forsorgen", "-fonden",
    "-ministeriet", …, which writers often spell in lower case ("ankestyrelsen", "landsbyggefonden",
    "undervisningsministeriet"); the ending alone ("styrelsen", "fonden") is no name."""
    if kind not in ("agency", "fund", "ministry") or " " in form:
        return False
    endings = cues()["parties"]["lowercase_agency_endings"]
    return form.endswith(_as_tuple(endings)) and any(form.endswith(e) and len(form) > len(e) + 3 for e in endings)


def _listed_words(files: tuple[str, ...]) -> list[str]:
    """Exact entries of gazetteer word lists, in their written case."""
    words = []
    for filename in files:
        text = resources.files("socdoc.lang.da").joinpath("gazetteers", filename).read_text(encoding="utf-8")
        for line in text.splitlines():
            entry = line.strip()
            if entry and not entry.startswith(("#", "*")) and not entry.endswith("…"):
                words.append(entry)
    return words


def _initials(words: Any) -> list[str]:
    return [w[:1] for w in words if w]


@functools.lru_cache(maxsize=1)
def _abbreviated_place_prefixes() -> list[str]:
    """The abbreviated first words of village names ("Nr.", "Sdr.", "Gl."): inside a name, their full
    stop ends no sentence."""
    return [p for p in cues()["areas"]["village_prefixes"] if p.endswith(".")]


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Compile the party patterns once per process."""
    gaz = load_gazetteers()
    data = cues()["parties"]
    forms = _gazetteer_forms()
    case_sensitive, insensitive = [], []
    originals = {}
    for ministry in gaz.ministries:
        for form in _unhyphenated(ministry.forms):
            insensitive.append(norm_form(form))
    for key, (canonical, kind, _abbr) in forms.items():
        originals[key] = canonical
        if _lowercase_agency(key, kind):
            insensitive.append(key)  # "sendt til ankestyrelsen"
    for org_list in (gaz.agencies, gaz.housing_organisations, gaz.funds, gaz.ngos, gaz.companies):
        for org in org_list:
            for form in org.forms:
                case_sensitive.append(norm_form(form))
            case_sensitive.extend(norm_form(form) for form in case_variants(org.forms))
    for police in gaz.police_districts:
        case_sensitive.append(norm_form(police.name))
        case_sensitive.append(norm_form(police.name).replace(" Politi", " politi"))  # "Fyns politi"
        case_sensitive.extend(_police_variants(police.name))
    for region in gaz.regions:
        case_sensitive.extend(f for f in (region.name, *region.aliases) if f.startswith("Region"))
    for party in gaz.parties:
        case_sensitive.extend(
            f for f in (party.name, party.short, *party.aliases) if len(f) > 3 and not f.endswith(".")
        )

    municipality_names: dict[str, str] = {}
    place_forms = []
    for m in gaz.municipalities:
        for form in (m.name, *[a for a in m.aliases if not a.endswith(".")]):
            municipality_names[form.casefold()] = m.official_name
            place_forms.append(form)
        municipality_names[m.official_name.casefold()] = m.official_name
        if m.genitive:
            municipality_names[m.genitive.casefold()] = m.official_name
    official_heads = sorted({m.official_name for m in gaz.municipalities if not m.official_name.endswith(" Kommune")})
    mun_alt = trie_regex([*place_forms, *[m.genitive for m in gaz.municipalities if m.genitive]])
    mun_forms = [*place_forms, *[m.genitive for m in gaz.municipalities if m.genitive]]
    municipality = Prefiltered(
        re.compile(
            rf"(?<![\w-])(?P<place>(?i:{mun_alt}))[ ](?P<head>(?i:kommunes?|regionskommunes?))"
            rf"(?:[ ](?P<unit>(?:{CAP_WORD})(?:[ ](?:og|&)[ ][{UPPER}][\w]*)?"
            rf"|[{LOWER}][\w-]*(?:{trie_regex(cues()['parties']['municipal_body_endings'])})))?(?![\w])"
            + (rf"|(?<![\w-])(?P<official>{trie_regex(official_heads)})s?(?![\w])" if official_heads else ""),
        ),
        prefix_starts([*mun_forms, *official_heads], ignore_case=True),
    )
    council = re.compile(rf"(?P<place>{word_start_trie(mun_forms)})s?[ ](?P<head>Byråd|Byrådet)s?(?![\w])")
    municipality_list = Prefiltered(
        re.compile(
            rf"(?<![\w-])(?P<list>(?:{mun_alt})(?:(?:,[ ]|[ ]og[ ])(?:{mun_alt}))*)[ ](?:og|&)[ ](?P<last>{mun_alt})[ ][Kk]ommune(?P<plural>r|rne)?(?![\w])"
        ),
        prefix_starts(mun_forms),
    )

    suffixes = _body_suffixes()
    suffix_word = re.compile(
        rf"(?<![\w-])(?P<name>(?P<coord>{_COORD})?(?P<word>[\w]*?{trie_regex(suffixes)}))s?(?![\w])"
    )
    exact = [w for w in _listed_words(("committee_words.txt", "unit_words.txt")) if w[:1].isupper()]
    exact_units = bounded_words(exact, genitive=True)

    generic = re.compile(
        rf"(?P<name>{word_start_trie([*data['generic_actors'], *map(capitalise, data['generic_actors'])])})s?(?![\w])"
    )
    capitalised_only = bounded_words(data["capitalised_only"], genitive=True)
    name_tail = (
        rf"{_NAME_TOKEN}(?:(?:,[ ]{CAP_WORD})*[ ](?:og|&)[ ]{CAP_WORD}|[ ]{_NAME_TOKEN}"
        rf"|[ ][{LOWER}]+(?=[ ](?:og|&)[ ][{UPPER}])|(?<=ing|lse)[ ]af[ ](?=[{UPPER}][{LOWER}]){_NAME_TOKEN}){{0,4}}"  # "… for Udvikling af Lokalområderne"
    )
    for_head = Prefiltered(
        re.compile(
            rf"(?<![\w-])(?P<head>(?:(?:Det|Den)[ ][{UPPER}][{LOWER}]+e[ ])?(?:{CAP_WORD}[ ]|{_ADJECTIVE_BEFORE_HEAD})?{trie_regex(data['for_heads'])}"
            rf"|{_ADJECTIVE_BEFORE_HEAD}?[{UPPER}][{LOWER}]{{2,}}(?:{trie_regex(data['for_head_endings'])}))[ ]"
            rf"(?P<link>for|ved|(?<=[Uu]dvalget[ ])(?:{'|'.join(map(re.escape, data['committee_field_links']))})"
            rf"|{_after_any(data['of_head_endings'])}af(?=[ ][{UPPER}])"
            rf"|{_after_any(data['against_head_endings'])}mod(?=[ ][{UPPER}])"
            rf"|{_after_any(data['about_head_endings'])}om(?=[ ][{UPPER}]))[ ]"
            rf"(?P<tail>(?:{_COORD})?{name_tail}|[{LOWER}]+(?:[ ][{LOWER}]+){{0,4}})"
        ),
        first_chars(UPPER + chars_class(_initials(data["for_heads"]))),
    )
    places = frozenset(
        p for p in (*place_forms, *(t.name for t in gaz.towns), *(i.name for i in gaz.islands))
    )
    region_places = sorted(r.short for r in gaz.regions if r.short)  # "Statsforvaltningen Midtjylland"
    landscapes = [f for land in gaz.landscapes for f in land.forms if f[:1].isupper()]  # "LO Storkøbenhavn"
    place_alt = trie_regex(sorted({*places, *region_places, *landscapes}))
    # "Boligselskabet L.A.B. Fyn": initials in dots keep their last dot where a place follows them
    name_token = rf"(?:(?:[{UPPER}]\.){{2,}}(?=[ ](?:{place_alt})(?![\w]))|{_NAME_TOKEN})"
    name_head = Prefiltered(re.compile(
        rf"(?P<head>{word_start_trie(data['name_heads'])}"
        rf"|(?<![\w-])[{UPPER}][{LOWER}]+(?:{'|'.join(data['name_head_endings'] + data['association_head_endings'])}))"
        rf"[ ](?P<tail>{name_token}(?:[ ]{name_token}){{0,2}}"
        rf"(?:,[ ](?P<place>{mun_alt}))?)"
    ), prefix_starts(data["name_heads"], extra_class=UPPER, not_after=r"[\w-]"))  # a head, or a capital, at a word's start
    name_suffixes = re.longest_first({*data["name_suffixes"], *recall_cues()["name_suffixes"]})
    capitalised_suffixes = [s.capitalize() for s in name_suffixes if s not in data["compound_only_suffixes"]]
    suffix_name = Prefiltered(
        re.compile(
            rf"(?<![\w/-])(?P<name>(?:{trie_regex(_abbreviated_place_prefixes())}[ ])?"  # "Nr. Søby Cykelklub": a village's prefix opens it
            rf"(?:(?:(?:{CAP_WORD})['’]?[ ]|(?:[{UPPER}]\.){{1,3}}[ ]|{trie_regex(data['name_abbreviations'])}[ ]|&[ ]){{0,6}}"
            rf"|{_HYPHEN_COORD})"
            rf"(?:[{UPPER}][\w]*?{trie_regex(name_suffixes)}|{trie_regex(capitalised_suffixes)})"
            rf"(?:[ ]af[ ](?:18|19|20)[0-9]{{2}})?)s?(?![\w])"
        ),
        first_chars(UPPER + chars_class(_initials(capitalised_suffixes))),
    )
    company = re.compile(
        rf"(?P<name>{_CAP_WORD_AT_START}[ ](?:(?:{CAP_WORD})[ ]){{0,3}}"
        rf"(?:{'|'.join(re.escape(f) for f in data['company_forms'])}))(?![\w])"
    )
    verbs = "|".join(data["acting_verbs"])
    labels = "|".join(data["unit_labels"])
    department = re.compile(
        rf"(?P<name>[{UPPER}][{LOWER}]+(?:[ ](?:og|&)[ ]|-[ ]?og[ ]|,[ ])[{UPPER}][{LOWER}]+"
        rf"(?:[ ](?:og|&)[ ][{UPPER}][{LOWER}]+)?)(?=[ ](?:{verbs})\b|[ \t]*\n|[ \t]*$|(?P<next_label>[ ][{UPPER}][{LOWER}]+:))",
        re.MULTILINE,
    )
    department_label = re.compile(rf"(?:{labels}):\s*$")
    place_pattern = re.compile(rf"(?P<place>{place_alt}|Øst|Vest|Nord|Syd|Midt)s?(?![\w])")
    people_stop = cues()["people"]["not_name_words"]
    return _Patterns(
        for_heads=frozenset(data["for_heads"]),
        for_head_endings=frozenset(data["for_head_endings"]),
        gazetteer=_wrapping(bounded_words(case_sensitive, genitive=True)),
        gazetteer_ci=Prefiltered(
            re.compile(
                rf"(?<![\w-])(?P<name>{trie_regex(sorted({f.casefold() for f in insensitive}))})s?(?![\w])",
                re.IGNORECASE,
            ),
            prefix_starts({f.casefold() for f in insensitive}, ignore_case=True),
        ),
        forms=forms,
        municipality=municipality,
        municipality_names=municipality_names,
        municipality_list=municipality_list,
        list_items=re.compile(
            rf"(?P<noun>{word_start_trie([*data['list_heads'], *map(capitalise, data['list_heads'])])})[ ](?P<items>{_ITEM}(?:,[ ]{_ITEM})*(?:[ ](?:og|&)[ ]{_ITEM})?)"
        ),
        list_kinds=dict(data["list_heads"]),
        list_block=re.compile(
            rf"(?P<noun>{word_start_trie([*data['list_heads'], *map(capitalise, data['list_heads'])])})[ \t]*:[ \t]*\n"
        ),
        appositive=re.compile(
            rf"(?<![\w-])[{LOWER}]*{trie_regex(data['appositive_heads'])}[ ](?P<name>(?:{CAP_WORD})(?:[ ](?:{CAP_WORD})){{0,2}})(?![\w-])"
        ),
        council=council,
        suffix_word=suffix_word,
        exact_units=exact_units,
        generic=generic,
        capitalised_only=capitalised_only,
        for_head=for_head,
        name_head=name_head,
        suffix_name=suffix_name,
        company=company,
        representative=Prefiltered(re.compile(  # tried only where a head word begins
            rf"(?<![\w-])(?i:{'|'.join(map(re.escape, data['representative_heads']))})[ ](?:for|fra)[ ]"
            rf"(?P<name>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+){{0,4}})"
        ), prefix_starts(data["representative_heads"], not_after=r"[\w-]", ignore_case=True)),
        unit_apposition=re.compile(
            rf"(?P<name>[{UPPER}]{_AFTER_NO_WORD}[\w-]+(?:[ ][{UPPER}][\w-]+){{0,2}}),[ ](?:en[ ])?"
            rf"(?:{'|'.join(map(re.escape, data['unit_appositions']))})[ ](?:under|i|ved|hos)[ ][{UPPER}]"
        ),
        owner=re.compile(
            rf"(?P<name>[{UPPER}]{_AFTER_NO_WORD}(?:[{LOWER}][\w-]+(?:[ ][{UPPER}][\w-]+){{0,2}}|[{UPPER}]{{1,5}}))s[ ]"
            rf"(?:{'|'.join(map(re.escape, data['owner_roles']))})(?![\w])"
        ),
        applicant=re.compile(
            rf"(?P<name>{_CAP_WORD_AT_START}(?:[ ](?:{CAP_WORD})){{0,3}})(?:[ ]"
            rf"(?:{'|'.join(map(re.escape, data['applicant_verbs']))})|{_applicant_title_nouns(data)})(?![\w])"
        ),
        department=department,
        department_label=department_label,
        places=places,
        place_pattern=place_pattern,
        never=frozenset(data["not_parties"]),
        not_names=frozenset(data["not_names"]),
        labels=frozenset(w.casefold() for w in data["not_names"]),
        name_suffixes=frozenset({*data["name_suffixes"], *recall_cues()["name_suffixes"]}),
        stop_words=frozenset(people_stop),
    )


_HEADS_GENITIVE = ("kommune", "forening", "fond", "fonden", "ministeriet", "styrelsen", "udvalget", "råd", "nævn",
                   "rådet", "forvaltningen", "byråd", "politi", "parti", "partiet", "folkeparti",
                   "region", "bolig", "boligselskab", "korshær", "magistraten", "selskab", "centret",
                   "centeret", "sekretariatet", "direktoratet", "bestyrelsen", "organisation", "komiteen", "komité",
                   "foreningen", "selskabet", "organisationen")  # "Hegnsynsforeningens årsmøde"


_OFFICIAL_COMMA_HEADS = tuple(cues()["parties"]["official_comma_heads"])


@functools.lru_cache(maxsize=8192)
def _canonical(name: str) -> str:  # the same names come back in every rule and text: computed once
    name = squash(name)
    if name.casefold().endswith(_OFFICIAL_COMMA_HEADS):  # the State writes its ministries' names with the comma
        name = fix_hyphen_compound(name)  # other bodies keep the text's spelling ("Børne- Unge- og …udvalget")
    if "-" in name:
        name = " ".join(_unbroken(w) for w in name.split(" "))
    return capitalise(strip_genitive(name, heads=_HEADS_GENITIVE))


def _gazetteer_candidates(text: str, pat: _Patterns, defined: dict[str, str]) -> list[Candidate]:
    out = []
    for regex in (pat.gazetteer, pat.gazetteer_ci):
        for m in regex.finditer(text):
            form = squash(m.group("name"))
            entry = pat.forms.get(form.casefold())
            if entry is None:
                continue
            canonical, kind, is_abbr = entry
            if regex is pat.gazetteer_ci and kind != "ministry" and not _lowercase_agency(form.casefold(), kind):
                continue
            if regex is pat.gazetteer_ci and form[:1].islower() and not _lowercase_agency(form.casefold(), kind):
                continue
            capital_tail = _CAPITAL_HYPHEN_TAIL.match(text, m.end())
            if capital_tail is not None:  # "Nordea-Fonden": a longer name; the gazetteer's own form or none
                whole = pat.forms.get(squash(text[m.start():capital_tail.end()]).casefold())
                if whole is not None and whole[1] == kind:
                    continue  # the regex's longer alternative matches the whole name itself
                if whole is not None:
                    out.append(Candidate(m.start(), capital_tail.end(), _canonical(whole[0]), whole[1], priority=5,
                                         extra={"entity": whole[0], "abbreviation": whole[2], "surface": True}))
                continue
            compound = _HYPHEN_TAIL.match(text, m.end())
            if compound is not None:
                # "UU-jobcentret" is a unit of its own; "DS-formand" names no organisation
                if compound.group(1) in _suffix_set() or compound.group(1).endswith(tuple(_suffix_set())):
                    out.append(Candidate(m.start(), compound.end(), text[m.start():compound.end()], "body", 5,
                                         extra={"surface": True}))
                continue
            if _common_word_use(text, m.start(), m.end(), form):
                continue  # "Alternativet til indlæggelse …": the common noun, not the party
            if is_abbr and _shouted_function_word(text, m.start(), form):
                continue  # "VISTE TALLENE AT 77 KOMMUNER …": a function word in a text written in capitals
            if form.isupper() and _person_initials_in_brackets(text, m.start(), m.end()):
                continue  # "Birte Lund (BL)": the member's initials, not the body the gazetteer abbreviates
            if is_abbr and _STANDARD_NUMBER_AFTER.match(text, m.end()):
                continue  # "DS 3028:2001", "DS/EN 1176-1:2017": a standard's number, not the body
            unit = _REGION_UNIT_AFTER.match(text, m.end()) if kind == "region" and text[m.end() - 1] == "s" else None
            if unit is not None:  # "Region Nordbys Psykiatri": the region's own organisation, named whole
                out.append(Candidate(m.start(), unit.end(), squash(text[m.start():unit.end()]), "organisation", 5,
                                     extra={"surface": True}))
                continue
            entity = canonical
            if is_abbr and form in defined:
                entity = defined[form]
            name = form if kind == "ministry" and form[:1].isupper() else m.group("name")
            surface = not (kind == "police" and name != canonical)  # "Fyns politi": the district's own name
            out.append(Candidate(m.start(), m.end(), _canonical(name if surface else canonical), kind, priority=5,
                                 extra={"entity": entity, "abbreviation": is_abbr, "surface": surface}))
    return out


_SHOUTED_FUNCTION_WORDS = frozenset(cues()["parties"]["shouted_function_words"])
_SHOUTED_WORD = re.compile(rf"[{UPPER}][{UPPER}-]{{2,}}")


def _shouted_function_word(text: str, start: int, form: str) -> bool:
    """True for an acronym that spells a function word ("AT", "DA") on a line written all in
    capitals with at least four words of three or more capitals: a shouted headline or paragraph
    uses the word, it does not name the organisation."""
    if not form.isupper() or form.lower() not in _SHOUTED_FUNCTION_WORDS:
        return False
    line_start, line_end = line_of(text, start)
    line = text[line_start:line_end]
    return not any(ch.islower() for ch in line) and len(_SHOUTED_WORD.findall(line)) >= 4


_REGION_UNIT_AFTER = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['region_unit_nouns'])})(?![\w-])")


# the number of a published standard after its issuer's letters: " 3028:2001", "/EN ISO 9001:2015"
_STANDARD_NUMBER_AFTER = re.compile(r"(?:/[A-Z]{2,4})*[ ](?:[A-Z]{2,4}[ ])?\d[\d.-]*:\d{4}(?!\d)")


_PREPOSITION_PHRASE_AFTER = re.compile(rf"[ ](?:til|for|af|om|mellem)[ ][{LOWER}]")


def _common_word_use(text: str, start: int, end: int, form: str) -> bool:
    """A listed one-word name that is also a common word, opening a sentence before a
    preposition and a lower-case word ("Alternativet til …", "Fremtiden for …"): the word."""
    return (" " not in form and not form.isupper() and common_word(form.lower())
            and at_sentence_start(text, start) and bool(_PREPOSITION_PHRASE_AFTER.match(text, end)))


def _extend_with_place(text: str, cand: Candidate, pat: _Patterns) -> Candidate:
    """"AAB" + " Kolding" → "AAB Kolding" when a place name follows on the same line."""
    m = pat.place_pattern.match(text, cand.end + 1) if text[cand.end:cand.end + 1] == " " else None
    if m is None:
        return cand
    after = text[m.end():m.end() + 9]
    if re.match(r"\s(?:[Kk]ommune|Byråd|Politi)", after):
        return cand
    place, end = m.group("place"), m.end("place")
    if m.end() > end and not _NOUN_AFTER.match(text, m.end()):
        return cand  # "… Midtjyllands": no genitive before a noun
    joined = _JOINED_PLACE_AFTER.match(text, end) if m.end() == end else None
    if joined is not None:  # "Røde Kors Aulum-Haderup": a branch of two places joined by a hyphen
        place, end = place + joined.group(0), joined.end()
    compass = _COMPASS_AFTER_PLACE.match(text, end) if m.end() == end else None
    if compass is not None:  # "Landliggersammenslutningen Nordby Vest": the place's compass part
        place, end = place + compass.group(0), compass.end()
    name = squash(text[cand.start:cand.end])
    return Candidate(cand.start, end, f"{name} {place}", cand.type, cand.priority + 1,
                     extra={"surface": True})


_JOINED_PLACE_AFTER = re.compile(rf"-[{UPPER}][{LOWER}]+(?![\w-])")
_COMPASS_AFTER_PLACE = re.compile(rf"[ ](?:{'|'.join(cues()['areas']['compass_words'])})(?![\w-])")


_BARE_ACRONYM = re.compile(rf"[{UPPER}]{{2,6}}")


def _with_acronym_place(text: str, cand: Candidate, pat: _Patterns) -> Candidate:
    """An acronym with the town or part of the country its branch is named by ("FOF Vendsyssel",
    "SSP København", "LAG Hedensted"): the place belongs to the name."""
    if not _BARE_ACRONYM.fullmatch(cand.name) or text[cand.start:cand.end] != cand.name:
        return cand
    return _extend_with_place(text, cand, pat)


_NATIONAL_BRANCH_AFTER = re.compile(rf"[ ](?:i[ ])?(?:{'|'.join(map(re.escape, cues()['parties']['national_branch_words']))})(?![\w-])")
_NATIONAL_BRANCH_TYPES = frozenset({"organisation", "company", "ngo", "union", "fund", "agency", "housing_organisation"})


def _with_national_branch(text: str, cand: Candidate) -> Candidate:
    """An organisation with the country its national branch is named by ("UNICEF Danmark", "Blå Kors
    Danmark", "Landsforeningen Landsbyerne i Danmark"): the country belongs to the name."""
    if cand.type not in _NATIONAL_BRANCH_TYPES or text[cand.start:cand.end] != cand.name:
        return cand
    m = _NATIONAL_BRANCH_AFTER.match(text, cand.end)
    if m is None or (m.group().startswith(" i ") and (cand.extra.get("entity") or cand.name.casefold() in _listed_names())):
        return cand  # "Røde Kors i Danmark": a listed organisation's own name, the country only where it works
    return Candidate(cand.start, m.end(), f"{cand.name}{m.group()}", cand.type, cand.priority, dict(cand.extra))


def _join_slashed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"DAB/KAB": two organisations written as one joint actor."""
    ordered = sorted(cands, key=lambda c: c.start)
    joined = []
    for left, right in zip(ordered, ordered[1:]):
        if text[left.end:right.start] == "/":
            joined.append(Candidate(left.start, right.end, text[left.start:right.end], left.type, 6,
                                    extra={"surface": True}))
    return [*cands, *joined]


_LINE_END_NAME = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}][\w-]+)[ \t]*\n\Z")


def _joined_across_lines(text: str, cands: list[Candidate], pat: _Patterns) -> list[Candidate]:
    """A name broken at a line end: "… i Skovhøj" + new line "Andelsboligforening …" is one
    organisation when the line's last word is a proper name and the next line opens with a
    one-word organisation head ("-forening", "-selskab", "-fond")."""
    out = []
    ends = {c.end for c in cands}
    for cand in cands:
        word = text[cand.start:cand.end]
        if cand.start == 0 or text[cand.start - 1] != "\n" or " " in word or not _is_org_word(word):
            continue
        m = _LINE_END_NAME.search(text, max(0, cand.start - 40), cand.start)
        if m is None or m.end(1) in ends or _is_org_word(m.group(1)):
            continue  # "Nordby Uddannelsesråd" over "Eliteidrætsrådet": a list of names, one per line
        name = m.group(1)
        if common_word(name) or name in pat.stop_words or _first_name(name, pat) or at_sentence_start(text, m.start(1)):
            continue
        if name.casefold() == word.casefold():
            continue  # "… betydning for Handicaprådet" + "Handicaprådet skal …": one name ends the line above, again below
        if _STREET.search(name) or text[cand.end:cand.end + 1] == ":" or word.casefold() in pat.labels:
            continue  # "Mødested: Rådhusvej" + "Udvalg: …": an address, then the next label
        out.append(Candidate(m.start(1), cand.end, _canonical(f"{name} {word}"), "organisation", cand.priority + 1))
    return out


def _kommune_lines(text: str) -> Optional[list[tuple[int, int]]]:
    """The lines of ``text`` that hold "kommune" in any case: every match of the ``municipality`` and
    ``municipality_list`` patterns does ("Nordby Kommune", "Bornholms Regionskommune", "… og Sydby
    kommuner"), within its line. None when lower-casing changes the text's length (the offsets differ)."""
    low = _lowered(text)
    return lines_holding(low, ("kommune",)) if len(low) == len(text) else None


def _matches_in_lines(pattern: Prefiltered, text: str, lines: Optional[list[tuple[int, int]]]) -> Any:
    """``pattern.finditer(text)`` for a pattern whose matches lie within ``lines`` (all lines: None)."""
    return pattern.finditer(text) if lines is None else pattern.finditer_in(text, lines)


def _as_spelled(text: str, place: str, official: str) -> str:
    """The municipality's name in the spelling the text gives its place when only "Å"/"Aa" differ ("Århus
    Kommune" in a text from before 2011; the official name since is "Aarhus Kommune"), unless the text also
    writes the official spelling."""
    name, _, head = official.partition(" ")
    if name in text:
        return official
    written = place[:-1] if place.endswith("s") and not name.endswith("s") else place
    if written.casefold() != name.casefold() and written.casefold().replace("å", "aa") == name.casefold().replace("å", "aa"):
        written = written.title() if written.isupper() else written
        return f"{written} {head}" if head else written
    return official


# a list of municipalities closed by the plural after a preposition ("samarbejde med Nordby og Vestby kommuner",
# "udviklingsaftaler for …"): the annotated documents name the places, each by its bare name
_PLURAL_MUNICIPALITIES_END = re.compile(r"[ ][Kk]ommuner(?:ne)?$")
_LIST_ITEM_NAME = re.compile(r"(?:^|(?<=,[ ])|(?<=[ ]og[ ]))[^,]+?(?=,[ ]|[ ]og[ ]|$)")  # the names of a list joined by commas and "og"
_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, cues()['parties']['plural_municipality_list_prepositions']))})[ ]$"
)


_LOWERCASE_COUNCIL_HEADS: dict[str, str] = dict(cues()["parties"]["lowercase_council_heads"])
_LOWERCASE_COUNCIL = re.compile(
    rf"(?<![\w-])(?P<place>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ ]"
    rf"(?P<head>{'|'.join(map(re.escape, _LOWERCASE_COUNCIL_HEADS))})(?![\w-])"
)


def _lowercase_council_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A municipality's council with its head in lower case ("godkendt i Randers byråd"): "Randers Byråd"."""
    if not any(head in text for head in _LOWERCASE_COUNCIL_HEADS):
        return []
    out = []
    for m in _LOWERCASE_COUNCIL.finditer(text):
        if pat.municipality_names.get(m.group("place").casefold()) is None:
            continue
        name = f"{m.group('place')} {_LOWERCASE_COUNCIL_HEADS[m.group('head')]}"
        out.append(Candidate(m.start(), m.end(), name, "council", 3))
    return out


def _municipality_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    out = []
    lines = _kommune_lines(text)
    for m in _matches_in_lines(pat.municipality, text, lines):
        if m.group("official"):
            official = pat.municipality_names.get(m.group("official").casefold(), m.group("official"))
            out.append(Candidate(m.start(), m.end(), official, "municipality", 6))
            continue
        if not text[m.start()].isupper():
            continue
        place = m.group("place")
        official = pat.municipality_names.get(place.casefold())
        if official is None:
            official = pat.municipality_names.get(place[:-1].casefold()) if place.endswith("s") else None
        if official is None:
            continue
        official = _as_spelled(text, place, official)
        head = m.group("head")
        if head.endswith("s") and _WEBSITE_AFTER.match(text, m.start("head") + len(head)):
            continue  # "læs mere på Nordby Kommunes hjemmeside": the publisher of a page, not an actor
        if head.lower().startswith("regionskommune"):
            official = re.sub(r"s?$", "", place) + "s Regionskommune" if not place.endswith("s") else place + " Regionskommune"
        unit = m.group("unit")
        if head.lower().endswith("s") and unit and _role_word(unit):
            continue  # "Nordby Kommunes Skolekonsulent": a person's title, not the municipality acting
        if head.lower().endswith("s") and unit and unit[:1].islower():  # "Nordby Kommunes økonomiudvalg"
            out.append(Candidate(m.start(), m.end("unit"), f"{squash(text[m.start():m.end('head')])} {unit}", "unit", 6))
            continue
        if head.lower().endswith("s") and unit and unit[:1].isupper() and (
            unit not in pat.stop_words or _is_org_word(unit)  # "Egedal Kommunes Byråd"
        ) and not owned_document(text, m.start("unit") - 1) and not _document_unit(_unit_head(text, unit, m.end("unit"))):  # "… Kommunes Spildevandsplan": its own plan
            if (_common_thing(unit) or _thing_of_municipality(unit)) and text[m.end("unit"):m.end("unit") + 1] != "-":
                continue  # "Nordby Kommunes Vision", "… Kasse", "… Handicappris": a thing of the municipality's, no unit of it
            name = f"{official}s {squash(unit)}" if not official.endswith("s Kommune") else f"{official}s {unit}"
            # the unit's own genitive goes ("Nordby Kommunes Handicapråds årsrapport")
            out.append(Candidate(m.start(), m.end(), strip_genitive(squash(name), heads=_HEADS_GENITIVE), "unit", 6))
            continue
        end = m.start("head") + len(head)
        out.append(Candidate(m.start(), end, official, "municipality", 6,
                             extra={"place_start": m.start()}))
    for m in _matches_in_lines(pat.municipality_list, text, lines):
        # "Faaborg-Midtfyn, Nyborg og Kerteminde Kommune": each place before the last is a municipality too
        if _PLURAL_MUNICIPALITIES_END.search(m.group()) and _PREPOSITION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "mellem Nordby, Sydby og Vestby kommuner": the places named, read by the areas
        for item in _LIST_ITEM_NAME.finditer(m.group("list")):  # "A, B og C og D kommuner": every name before the last
            official = pat.municipality_names.get(item.group().casefold())
            if official is not None:
                at = m.start("list") + item.start()
                out.append(Candidate(at, at + len(item.group()), official, "municipality", 6))
        official = pat.municipality_names.get(m.group("last").casefold())
        if m.group("plural") and official is not None:  # "… og Vestby kommuner": no singular head names the last
            out.append(Candidate(m.start("last"), m.end("last"), official, "municipality", 6))
    if "Kommune" in text:
        for m in _HEAD_FIRST_MUNICIPALITY.finditer(text):  # "Kommune Qeqertalik", "Kommuneqarfik Sermersooq"
            place = m.group("place")
            if _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) or common_word(place):
                continue  # "Køge Kommune Byrådet": a Danish name before the head
            if place in pat.stop_words or place in pat.places or place in first_names():
                continue
            out.append(Candidate(m.start(), m.end(), m.group(0), "municipality", 6))
    for m in pat.council.finditer(text) if _may_hold(text, pat.council) else ():
        place = m.group("place")
        official = pat.municipality_names.get(place.casefold())
        if official is None:
            continue
        out.append(Candidate(m.start(), m.end(), f"{place} Byråd", "council", 6))
    return out + _elliptic_municipalities(text, out, pat)


# "Kommunes Idræts- og Fritidsfaciliteter": the word that ends a suspended coordination after the unit
_SUSPENDED_REST = re.compile(rf"-[ ](?:og|&)[ ](?P<last>[{UPPER}][{LOWER}]+)(?![\w-])")


def _common_thing(unit: str) -> bool:
    """True for one capitalised common noun after a municipality's genitive that names no kind of
    organisation ("Vision", "Kasse", "Taskforce"), where a unit's name ends on one ("Jobcenter",
    "Byråd", "Ungdomsskole") or joins two fields ("Børn og Familie")."""
    return " " not in unit and not _is_org_word(unit) and not _BUILDINGS.search(unit) and common_word(unit.lower())


def _thing_of_municipality(unit: str) -> bool:
    """True for a compound whose last part names a prize, event, scheme or policy ("Handicappris", "Skrækfest",
    "Fritidspasordning", "Sundhedspolitik"): something the municipality gives or holds, no unit that acts."""
    low = unit.lower()
    return " " not in unit and any(low.endswith(head) and len(low) - len(head) >= 3 for head in _municipal_thing_heads())


@functools.lru_cache(maxsize=1)
def _municipal_thing_heads() -> tuple[str, ...]:
    return tuple(cues()["parties"]["municipal_thing_heads"])


def _unit_head(text: str, unit: str, end: int) -> str:
    """The word that decides what a unit's name names: its last word after a suspended coordination."""
    m = _SUSPENDED_REST.match(text, end)
    return m.group("last") if m else unit


def _document_unit(unit: str) -> bool:
    """True for a word after "<place> Kommunes" that names one of its documents, plans or pages
    ("Spildevandsplan", "Regulativ", "Budget"), not a unit of the municipality."""
    if " " in unit or _is_org_word(unit):
        return False
    low = unit.lower()
    heads = _thing_heads_set() | _document_heads()
    return low in heads or thing_compound(unit) or (compound_head(unit) or "") in heads


@functools.lru_cache(maxsize=1)
def _document_heads() -> frozenset[str]:
    return frozenset(cues()["parties"]["document_heads"])


def _role_word(word: str) -> bool:
    """A person's title ("Ungdomskonsulent", "Borgmester"): the municipality's employee, not a unit of it."""
    low = word.casefold()
    return low in load_gazetteers().roles.words or low.endswith(tuple(cues()["parties"]["role_endings"]))


def _title_alone(name: str) -> bool:
    """One word that is a person's title, perhaps definite ("Sundhedschefen", "Kommunaldirektøren",
    "Skolelederne"): the person who holds it, never an organisation."""
    if " " in name or not name[:1].isupper():
        return False
    low = name.casefold()
    forms = [low, *(low[: -len(e)] for e in cues()["parties"]["title_definite_endings"] if low.endswith(e))]
    return any(f.endswith(tuple(cues()["parties"]["role_endings"])) for f in forms)


def _common_noun_genitive(name: str) -> bool:
    """One word that is a common noun, perhaps a compound, in the definite genitive ("Tandklinikkens
    lokaler", "Projektets"): the owner of what follows, named by a common noun, not by a name."""
    if " " in name or not name.endswith(("ens", "ets")) or not name[:1].isupper():
        return False
    stem = name[:-1].casefold()
    return any(common_word(stem[i:]) for i in range(len(stem) - 4))


def _role_named(g: list[Candidate]) -> bool:
    """A body's genitive before a person's title ("Nordby Kommunes Skolekonsulent"): a role, not a party.
    Not an institution the gazetteers list under such a name ("Folketingets Ombudsmand")."""
    name = g[0].name
    words = name.split(" ")
    return len(words) > 1 and words[-2].endswith("s") and _role_word(words[-1]) \
        and not any(c.extra.get("entity") for c in g)


_WEBSITE_AFTER = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['website_words'])})(?![\w-])")


def _elliptic_municipalities(text: str, found: list[Candidate], pat: _Patterns) -> list[Candidate]:
    """"Nordby Kommune har fået 8 mio. kr., Sydby har fået 10 mio. kr.": a municipality's bare name
    before the same predicate as a named "X Kommune" of the text is that municipality too."""
    predicates = set()
    for cand in found:
        if cand.type == "municipality" and text[cand.end - 7:cand.end].casefold() == "kommune":
            if _ELLIPTIC_PLACE_BEFORE.search(text, max(0, cand.start - 12), cand.start):
                continue  # "i Vestby Kommune får man …": the municipality is the place, not the subject
            m = _PREDICATE_AFTER.match(text, cand.end)
            if m is not None and not _ELLIPTIC_INVERTED.search(m.group("verb")):
                predicates.add(m.group("verb"))
    if not predicates:
        return []
    taken = [(c.start, c.end) for c in found]
    out = []
    verbs = "|".join(map(re.escape, re.longest_first(predicates)))
    for m in re.finditer(rf"(?P<place>[{UPPER}](?<![\w-](?s:.))[\w-]+)[ ](?:{verbs})[ ]", text):
        official = pat.municipality_names.get(m.group("place").casefold())
        if official is None or overlaps(m.start(), m.end("place"), taken) or at_sentence_start(text, m.start()):
            continue
        if _ELLIPTIC_BLOCKED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "På Nordby får …", "Sydby og Vestby har fået …": a place or a list's last item
        out.append(Candidate(m.start(), m.end("place"), official, "municipality", 5))
    return out


def _words_alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, re.longest_first(words)))


# a preposition right before a municipality's name: "i Vestby Kommune", "På Nordby"
_ELLIPTIC_PLACE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{_words_alternation(cues()['parties']['elliptic_place_prepositions'])})[ ]$"
)
# a preposition, or a list's joint after another name, right before a bare name: "På Nordby", "Sydby og
# Vestby", "Sydby, Vestby"; not a joint of clauses after a lower-case word ("… kroner, Vestby har fået …")
_ELLIPTIC_BLOCKED_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?i:{_words_alternation(cues()['parties']['elliptic_place_prepositions'])})[ ]"
    rf"|(?<![\w-])[{UPPER}][\w-]*(?:[ ](?:{_words_alternation([w for w in cues()['parties']['elliptic_list_words'] if w.isalpha()])})"
    rf"|[{''.join(re.escape(w) for w in cues()['parties']['elliptic_list_words'] if not w.isalpha())}])[ ])$"
)
# the verb's own subject after it ("får man", "har de"): the name before the verb is an adverbial
_ELLIPTIC_INVERTED = re.compile(
    rf"(?<![\w-])(?:{_words_alternation(cues()['parties']['elliptic_inverted_subjects'])})(?![\w-])"
)


# the predicate after a municipality's name: two lower-case words before a number ("har fået 8")
_PREDICATE_AFTER = re.compile(rf"[ ](?P<verb>[{LOWER}]+[ ](?!(?:i|på|til|for|med|fra|om|af|ved|over|under)[ ])[{LOWER}]{{3,}})[ ]\d")


# a municipality named head first, as in Greenland: "Kommune Qeqertalik", "Kommuneqarfik Sermersooq"
_HEAD_FIRST_MUNICIPALITY = Prefiltered(re.compile(
    rf"(?<![\w-])(?:{'|'.join(cues()['parties']['head_first_municipality'])})[ ](?P<place>[{UPPER}][{LOWER}]{{3,}})(?![\w-])"
), first_chars("".join(sorted({re.escape(h[0]) for h in cues()['parties']['head_first_municipality']}))))  # at a head's first letter
_CAP_WORD_BEFORE = re.compile(rf"[{UPPER}][\w-]*[ ]$")


_SURNAME_ITEM = re.compile(rf"(?P<item>[{UPPER}][{LOWER}]+),[ ](?=[{UPPER}])")
_CAPITAL_ITEM_BEFORE_LOWER = re.compile(rf"(?P<item>[{UPPER}][{LOWER}]+),[ ](?=[{LOWER}])")
_PERSON_LEAD_BEFORE = re.compile(rf"(?<![\w-])(?P<lead>[{UPPER}]\.|[{UPPER}][{LOWER}]+)[ ]$")


def _without_surname_item(text: str, start: int, coord: str) -> int:
    """The start of a coordinated name without a first item that ends a person's name ("Lis K.
    Hammer, Social- og Sundhedsudvalgets formand"): the item before its comma follows an initial or
    a listed first name."""
    mixed = _CAPITAL_ITEM_BEFORE_LOWER.match(coord)
    if mixed is not None:  # "Fatma Cetinkaya, børne- og familieudvalget": a capital before small items is no item
        return start + mixed.end()
    item = _SURNAME_ITEM.match(coord)
    if item is None:
        return start
    lead = _PERSON_LEAD_BEFORE.search(text, max(0, start - 30), start)
    if lead is None:
        return start
    word = lead.group("lead")
    if not (word.endswith(".") or word in first_names()):
        return start
    return start + item.end()


@functools.lru_cache(maxsize=1)
def _acronym_group() -> re.Pattern[str]:
    """An acronym joined by a hyphen to a collective body's word ("SSP-styregruppen", "SSP-Styregruppens"), or
    before it capitalised ("SSP Styregruppen")."""
    words = [w.casefold() for w in load_gazetteers().committee_words.words if w.casefold().endswith(("gruppen", "gruppe"))]
    return re.compile(rf"(?<![\w-])[{UPPER}]{{2,6}}(?:-|[ ](?=[{UPPER}]))(?i:{trie_regex(words)})(?=s?(?![\w-]))")


def _acronym_group_candidates(text: str) -> list[Candidate]:
    """:func:`_acronym_group`: the acronym's own group, one party under the acronym and the group's noun."""
    if "gruppe" not in text and "Gruppe" not in text:
        return []
    # named with a space, as the acronym and the group's noun ("SSP styregruppen")
    return [Candidate(m.start(), m.end(), _canonical(re.sub(r"[ -]", " ", m.group(), count=1)), "body", 3)
            for m in _acronym_group().finditer(text)]


def _function_stem(word: str) -> bool:
    """A committee's or unit's ending after a function word only ("Fortjenesten": "for" + "tjenesten"),
    a common noun."""
    low = word.casefold()
    stems = cues()["parties"]["body_word_function_stems"]
    return any(low.endswith(suffix) and low[:-len(suffix)] in stems for suffix in _suffix_set())


def _written_twice(words: list[str]) -> int:
    """How many leading words are written again right after themselves, in any case ("Domea Domea
    Boligcenter": 1; "AALBORG BYRÅD Aalborg Byråd": 2); 0 when none are."""
    folded = [w.casefold() for w in words]
    return next((k for k in range(len(words) // 2, 0, -1) if folded[:k] == folded[k:2 * k]), 0)


def _body_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    out = []
    for m in line_matches(text, _line_gates()["suffix_word"], pat.suffix_word):  # only lines with such an ending
        word, coord = m.group("word"), m.group("coord")
        start = m.start()
        if word.casefold().endswith(("området", "område", "områder")):
            continue
        if len(word) > 6 and word.endswith("centre"):
            continue  # "Plejecentre generelt": the plural of a common noun, no unit's name
        if coord is not None and word[:1].islower() and word.casefold() in _suffix_set():
            continue  # "en Ungestrategi, og udvalget konkluderede": the committee of the case, after a list's comma
        if coord is None:
            suffix_only = word.casefold() in _suffix_set()  # a set of strings: the same as comparing with each
            if suffix_only or _function_stem(word):
                continue
            if word[:1].islower() and not re.search(r"(?:udvalget|rådet|forvaltningen)$", word):
                continue
            if word[:1].islower() and text[m.start() - 1:m.start()] == "-":
                continue
        if word in pat.not_names and at_sentence_start(text, start):
            continue
        glued = _GLUED_LABEL.match(word) if coord is None else None
        if glued is not None and glued.group("label").casefold() in pat.labels:
            start += glued.end("label")  # "UdvalgÆldreråd": a label glued to its value
            word = word[glued.end("label"):]
        if coord is None and word[:1].isupper() and _COORD_TAIL.search(text, max(0, start - 8), start):
            continue  # "…pilBørne- og Skoleudvalget": the tail of a name glued to other text
        if coord is None and word[:1].isupper() and re.search(r"udvalg(?:et)?$", word):
            start = _bare_coordination_start(text, start, pat)  # "Arbejdsmarked og Integrationsudvalget"
        lower = _LOWER_COORD.search(text, max(0, start - 60), start) if word[:1].islower() and coord is None else None
        if lower is not None:  # "voksen- og plejeudvalget": the whole coordinated name
            start = lower.start()
        if not _DEFINITE.search(word) and _FOUNDING_BEFORE.search(text, max(0, start - 24), start):
            continue  # "Forslag til etablering af Ungeråd": a body still to be set up, no name yet
        if coord is not None and (_ACRONYM_LIST.match(coord) or _BODY_ITEM.search(coord)):
            start = m.start("word")  # "SU, ØU og Tryghedsudvalget", "Seniorråd, Handicapråd og Udsatteråd": a list of bodies
        elif coord is not None:
            start = _without_surname_item(text, start, coord)  # "Kai O. Svensson, Social- og Sundhedsudvalgets formand"
        if coord is not None and word[:1].isupper() and not _DEFINITE.search(word):
            start = _place_before_start(text, start, pat)  # "Nordby Erhvervs- og Turistråd"
            start = _owner_genitive_start(text, start)  # "Folketingets Social- og Indenrigsudvalg"
        if coord is None and word[:1].isupper() and not _DEFINITE.search(word):
            start = _adjective_lead_start(text, start)  # "Det rådgivende Integrationsudvalg"
            start = _owner_genitive_start(text, start)  # "Landsbyrådets Forretningsudvalg"
        cand = Candidate(start, m.end(), _canonical(text[start:m.end()]), "body", 3)
        if word.endswith(("center", "centre")) or (word[:1].isupper() and not _DEFINITE.search(word) and coord is None):
            cand = _extend_with_place(text, cand, pat)  # "Job- og Vækstcenter Middelfart", "Ældreråd Nordjylland"
        out.append(cand)
    for m in pat.exact_units.finditer(text):
        name = m.group("name")
        if name in pat.never:
            continue
        if name in pat.not_names and at_sentence_start(text, m.start()):
            continue
        if _COORD_TAIL.search(text, max(0, m.start() - 8), m.start()):
            continue
        if _PORTFOLIO_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "rådmand for Sociale Forhold": a politician's portfolio, not the unit
        start = m.start()
        if name[:1].isupper() and not _DEFINITE.search(name):
            start = _place_before_start(text, start, pat)  # "Nordby Kommunalbestyrelse": the place leads
            start = _owner_genitive_start(text, start)  # "Landsbyrådets Forretningsudvalg"
            if start == m.start():  # "Job og Borgerservice": a unit named by its two fields
                start = _bare_coordination_start(text, start, pat)
        end = _coordinated_unit_head_end(text, name, m.end())
        joined = _hyphen_body_word().match(text, end)
        if joined is None and _COMPOUND_PREFIX_AFTER.match(text, end):
            continue  # "SSP-indsatsen", "SSP-årshjulet": the unit's name as the first part of a common noun
        end = joined.end() if joined else end  # "Børn og Unge-udvalget": the committee named after the unit's fields
        out.append(Candidate(start, end, _canonical(text[start:m.start()] + name + text[m.end():end]), "body", 2))
    out.extend(_for_head_candidates(text, pat))
    for m in pat.name_head.finditer(text):
        tail = _head_tail(m.group("tail"))
        if not tail or tail.split()[0] in pat.stop_words or (
                _STREET.search(tail) and not m.group("head").casefold().endswith(_STREET_NAMED_HEADS)):
            continue  # "Bofællesskabet Skovvej": a home at its street, not an organisation's name
        end = m.start("tail") + len(tail)
        tail, end = _without_next_title(text, tail, end, pat)
        if _trade_descriptor(m.group("head"), tail):  # "Konsulentfirmaet Nordlys": the firm is "Nordlys"
            out.append(Candidate(m.start("tail"), end, squash(tail), "organisation", 4))
            continue
        out.append(Candidate(m.start(), end, squash(f"{m.group('head')} {tail}"), "organisation", 4))
    for m in pat.suffix_name.finditer_in(text, _suffix_name_lines(text)):  # only lines with a name's suffix
        start = m.start()
        words = m.group("name").split()
        joined = _JOINED_NAME.search(text, max(0, start - 30), start)
        if joined and len(words) > 2 and all(_first_name(w, pat) for w in (joined.group(1), words[0])):
            start = joined.start()  # "Grethe og Poul … Legat": two founders' names joined by "og"
            words = text[start:m.end("name")].split()
        cut = max((i + 1 for i, w in enumerate(words[:-1])
                   if (w in pat.stop_words or w.casefold() in pat.labels
                       or w.casefold() in _GENERIC_ACTORS)  # "i Folketinget Landsbyggefondens …": two actors
                   and not (w in ("Det", "Den") and i + 2 < len(words))), default=0)
        cut = max(cut, _after_role_and_person(words, pat), _after_listed_person(words))
        for w in words[:cut]:
            start = text.index(w, start) + len(w) + 1
        words = words[cut:]
        if len(words) > 1 and words[-1] in _NAME_HEADS and _NEXT_NAME.match(text, m.end()):
            continue  # "DVB Ølby Boligselskabet Nordsjælland": the head of the next name
        inner = max((i + 1 for i, w in enumerate(words[:-1]) if len(w) >= 9 and _body_word(w)
                     and words[i + 1][:1].isupper()), default=0)
        for w in words[:inner]:  # "Kultur Status Ældreudvalget Ældreudvalgets forslag": a contents line
            start = text.index(w, start) + len(w) + 1
        words = words[inner:]
        article = _article_after_common_words(words)
        for w in words[:article]:  # "Sundhedsaftalerne Det Digitale Sundhedscenter": the name opens at its article
            start = text.index(w, start) + len(w) + 1
        words = words[article:]
        lead = (_lead_before_place(words, pat) or _title_noun_lead(words, pat) or _title_noun_before_definite_head(words, pat)
                or _lone_lead_before_definite_body(words, pat))
        for w in words[:lead]:  # "Budget Rammeudmelding Haderslev Boligforening": a contents line's title
            start = text.index(w, start) + len(w) + 1
        words = words[lead:]
        if len(words) == 2 and words[1].casefold() in _DEFINITE_ORG_HEADS and _case_kind_word(words[0]):
            continue  # "Beslutningssag Foreningens formål": a heading's noun before a generic "the association"
        if len(words) == 2 and (_glued_heading_word(text, words, start) or _heading_noun_before_body(words, pat)):
            start = text.index(words[1], start + len(words[0]))  # "Spørgetid Byrådet afholder …"
            words = words[1:]
        respaced = False
        if len(words) > 2 and _COORD_OPENING.fullmatch(words[1]) and _heading_noun_before_body([words[0], words[-1]], pat):
            start = text.index(words[1], start + len(words[0]))  # "Regnskab Social- og Sundhedsudvalget"
            respaced = words[1].endswith("-og")  # "Social-og": the space lost before "og"
            words = [re.sub(r"-og$", "- og", words[1]), *words[2:]]
        twice = _written_twice(words)  # "Domea Domea Boligcenter", "AALBORG BYRÅD Aalborg Byråd": a header's name twice
        if twice:
            for w in words[:twice]:
                start = text.index(w, start) + len(w)
            start = text.index(words[twice], start)
            words = words[twice:]
        while len(words) > 1 and (words[0] in pat.stop_words or words[0] in pat.not_names) and not (
            words[0] in ("Det", "Den") and words[1][:1].isupper() and len(words) > 2
        ):
            start += len(words[0]) + 1
            words = words[1:]
        if words[-1].casefold().endswith(("området", "område", "områder", "områdets")):  # "-området" is no "-rådet"
            continue
        if len(words) > 1 and _LIST_LETTER.fullmatch(words[0]) and _DEFINITE.search(words[1]):
            start += len(words[0]) + 1  # "A. Undervisningsministeriet har …": a list's letter, not an initial
            words = words[1:]
        glued = _GLUED_LABEL.match(words[0])
        if glued is not None and glued.group("label").casefold() in pat.labels:
            start += glued.end("label")  # "UdvalgSeniorråd": a label glued to its value
            words[0] = words[0][glued.end("label"):]
        if _COORD_TAIL.search(text, max(0, start - 8), start):  # the tail of a name glued to other text
            continue
        if len(words) == 1 and words[0].casefold() in pat.labels:
            out.append(Candidate(m.start(), m.end(), words[0], "label", 1))
            continue
        if len(words) == 1 and (words[0].casefold() in _suffix_set() or words[0].casefold() in pat.name_suffixes
                                or words[0].casefold().endswith(("området", "område"))
                                or len(words[0]) < 9):
            continue
        words, start = _without_navigation(text, words, start)
        if len(words) == 1 and _common_compound(text, words[0], start, m.end(), pat):
            continue
        if len(words) == 1 and not _DEFINITE.search(words[0]) and _FOUNDING_BEFORE.search(text, max(0, start - 24), start):
            continue  # "etablering af Frivillighedsråd": a body still to be set up
        if area_like(" ".join(words)):
            continue
        end = m.end()
        if len(words) > 1 and words[-1] in _title_openers() and _LOWER_AFTER.match(text, end):
            continue  # "… botilbud Skovsbovej Tilsyn på …": a name, then the next title's first word
        if _next_name_head(words, pat):  # "Nordby Fjernvarme Boligforeningen Lærkevej": two names
            end = text.index(words[-2], start) + len(words[-2])
            words = words[:-1]
        if _definite_body_after_name(words):  # "Nordby Trafikselskab Erhvervsudvalget": two names
            start = text.index(words[-1], start + len(" ".join(words[:-1])))
            words = words[-1:]
        if words[0].endswith("-") and start == m.start() and not _DEFINITE.search(words[-1]):
            start = _village_before_start(text, start, pat)  # "Dybbøl Idræts- og Ungdomsforening": the place leads
            words = text[start:end].split()
        name = _canonical(" ".join(words))
        cand = Candidate(start, end, name, "organisation", 3, extra={} if respaced else {"surface": True})
        if words[-1].casefold().endswith(_PLACE_TAKING):  # "Job- og Vækstcenter Middelfart", "Regionspsykiatrien Vest"
            cand = _extend_with_place(text, cand, pat)
        out.append(cand)
    for m in pat.company.finditer(text):
        words = m.group("name").split()
        start = m.start()
        while len(words) > 1 and words[0] in pat.stop_words and not _ARTICLE_NAME.match(text, start):
            start += len(words[0]) + 1
            words = words[1:]
        person = _person_name_end(words[:-2], 0) if len(words) > 3 and _role_before(text, start) else 0
        if 1 < person < len(words) - 1:  # "direktør Jan Boye Rasmussen Elplatek A/S": the director, then the firm
            for w in words[:person]:
                start = text.index(w, start) + len(w) + 1
            words = words[person:]
        if len(words) == 2:  # "Mad til hver Dag I/S": the start of a one-word name may lie before it
            inner = _INNER_LOWER_NAME.search(text, max(0, start - 40), start)
            if inner is not None and _APPOSITIVE_BEFORE.search(text, max(0, inner.start() - 30), inner.start()):
                start = inner.start("first")
                words = text[start:m.end()].split()
        out.append(Candidate(start, m.end(), " ".join(words), "company", 4))
    for m in pat.department.finditer(text):
        name = squash(m.group("name"))
        before = text[max(0, m.start() - 30):m.start()]
        labelled = pat.department_label.search(before)
        if not (at_sentence_start(text, m.start()) or labelled) or (m.group("next_label") and not labelled):
            continue  # a value run on into the next label counts only after a unit's label
        if any(pat.suffix_word.fullmatch(w) or w in pat.places or w in pat.stop_words
               for w in re.split(r"[ ,&-]+", name) if w and w != "og"):
            continue
        if not _department_evidence(text, m, labelled, pat):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "department", 1))
    return out


_DEPARTMENT_VERB = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['acting_verbs'])})(?![\w])")


_OWNER_GENITIVE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<owner>[{UPPER}][{LOWER}]*(?:{'|'.join(cues()['parties']['owner_genitive_endings'])}))[ ]$"
)


@functools.lru_cache(maxsize=1)
def _suffix_name_needles() -> tuple[str, ...]:
    """Strings one of which every match of the ``suffix_name`` pattern holds (it matches within a line):
    its suffixes and their capitalised forms, without those that hold a shorter one ("Boldklub" holds "klub")."""
    data = cues()["parties"]
    suffixes = {*data["name_suffixes"], *recall_cues()["name_suffixes"]}
    words = {*suffixes, *(w.capitalize() for w in suffixes)}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@functools.lru_cache(maxsize=1)
def _suffix_name_finder() -> re.Pattern[str]:
    """One scan for all of :func:`_suffix_name_needles` (126 strings: one ``str.find`` pass each was slower)."""
    return re.compile(trie_regex(_suffix_name_needles()))


@functools.lru_cache(maxsize=1)
def _suffix_name_finder_lower() -> re.Pattern[str]:
    """:func:`_suffix_name_finder` of the needles in lower case (half as many), for the lower-cased text."""
    return re.compile(trie_regex({n.lower() for n in _suffix_name_needles()}))


def _suffix_name_lines(text: str) -> list[tuple[int, int]]:
    """The lines that can hold a ``suffix_name`` match: those with one of :func:`_suffix_name_needles`.
    Found in the text's lower() (shared by the rules of the text) where it keeps every offset: then
    also a few lines with a suffix in other cases ("KLUB"), where the pattern finds nothing."""
    low = _lowered(text)
    if len(low) == len(text):  # one character for one: the same lines at the same offsets
        return gate_lines(low, _suffix_name_finder_lower())
    return gate_lines(text, _suffix_name_finder())


def _owner_genitive_start(text: str, start: int) -> int:
    """Where a capitalised indefinite committee's name starts when a body's genitive owns it
    ("Landsbyrådets Forretningsudvalg"): at the genitive, unless a municipal council owns it
    ("Byrådets Økonomiudvalg": the committee acts under its own name)."""
    m = _OWNER_GENITIVE_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("owner").casefold() in cues()["parties"]["committee_owners"]:
        return start
    return m.start("owner")


_UNIT_HEAD_AFTER = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['coordinated_unit_heads'])})(?![\w-])")


def _coordinated_unit_head_end(text: str, name: str, end: int) -> int:
    """Where a unit named by coordinated common words ends when a head noun closes its name
    ("Nordby Børn og Unge Center"): after the head; else where the unit's words end."""
    if " og " not in name:
        return end
    m = _UNIT_HEAD_AFTER.match(text, end)
    return m.end() if m is not None else end


def _department_evidence(text: str, m: re.Match[str], labelled: Any, pat: _Patterns) -> bool:
    """A unit named by common words ("Børn og Kultur", "Plan, Teknik & Miljø") counts after a
    unit's label or before a verb of a case's recommendation; a line of its own is as often a
    heading or a list item ("Trivsel & Tryghed"). Words that are first names ("Lars, Trine") or
    names of their own ("Kulturministeriet og Folketinget") make a list of names, not one unit."""
    words = [w for w in re.split(r"[ ,&-]+", m.group("name")) if w and w != "og"]
    if any(_first_name(w, pat) or _is_org_word(w) or w.casefold() in _listed_names() for w in words):
        return False
    if words and _person_title(words[-1]):
        return False  # "Social- og Ældrechefen indstiller": a person's title, not a unit
    return bool(labelled) or bool(_DEPARTMENT_VERB.match(text, m.end("name")))


def _person_title(word: str) -> bool:
    """A person's title, also in the definite ("Ældrechefen", "Boligministeren")."""
    base = word[:-2] if word.endswith("en") else word
    return _role_word(word) or _role_word(base) or load_gazetteers().roles.matches(word) or load_gazetteers().roles.matches(base)


def _adjective_lead_start(text: str, start: int) -> int:
    """The start of a body's name led by an adjective: a capitalised article and an adjective
    ("Det rådgivende Integrationsudvalg") or a capitalised adjective ("Kulturelt Samråd"); or by a
    capitalised definite genitive inside a sentence or after a suspended coordination ("Børne- og
    Ungdomsorganisationernes Samråd")."""
    data = cues()["parties"]
    m = _ARTICLE_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    if m is not None and m.group("adj").casefold() not in data["not_name_adjectives"]:
        return m.start()
    m = _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    if m is not None and _name_adjective(m.group("adj")):
        return m.start()
    m = _DEFINITE_GENITIVE_BEFORE.search(text, max(0, start - 60), start)
    if m is not None and (m.group("gen").endswith(("ernes", "enes")) or common_word(m.group("gen"))) and (
            m.group("gen") not in patterns().places) and (
            m.group("coord") or not at_sentence_start(text, m.start("gen"))):
        return m.start()
    return start


_SESSION_MARKERS = frozenset(cues()["parties"]["agenda_session_markers"])


def _without_session_marker(cand: Candidate) -> Candidate:
    """A name without the agenda's session marker run on after it ("Produktionsskolen Nordby Lukket")."""
    head, _, last = cand.name.rpartition(" ")
    if not head or last not in _SESSION_MARKERS:
        return cand
    return dataclasses.replace(cand, end=cand.end - len(last) - 1, name=head)


def _without_political_party_seat(cand: Candidate) -> Candidate:
    """A committee without the political party its member sits for ("sidde i By- og Kulturudvalget for
    Venstre"): a compound committee names its field itself, so a national party after "for" is no field."""
    lead, sep, field = cand.name.rpartition(" for ")
    if cand.type not in ("body", "organisation") or not sep or field.casefold() not in party_names():
        return cand
    if not _compound_committee(lead):
        return cand
    return dataclasses.replace(cand, end=cand.start + len(lead), name=lead)


def _joined_committees(cand: Candidate) -> list[Candidate]:
    """Two committees joined by "&" in a joint meeting's heading ("Kultur- og Demokratiudvalget &
    Landdistriktsudvalget"): each on its own. Not one committee's fields ("Social & Arbejdsmarkedsudvalget")."""
    first, sep, second = cand.name.partition(" & ")
    if cand.type != "body" or not sep or " & " in second or not all(
            _compound_committee(part) for part in (first, second)):
        return [cand]
    return [dataclasses.replace(cand, end=cand.start + len(first), name=first),
            dataclasses.replace(cand, start=cand.end - len(second), name=second)]


def _compound_committee(name: str) -> bool:
    """A committee named by one compound that ends in its head ("Socialudvalget", "Børne- og Ungeudvalget",
    "Ældrerådet")."""
    head = name.rsplit(" ", 1)[-1].casefold()  # the committee words' suffixes: "*udvalget", "*rådet", …
    return any(head.endswith(word) and head != word for word in load_gazetteers().committee_words.suffixes)


def _abstract_noun(name: str) -> bool:
    """A capitalised abstract noun in "-heden" that the word list holds ("Åbenheden", "Beliggenheden"):
    it only ends like a unit ("…enheden"), it names none ("Integrationsenheden" is no listed word)."""
    return " " not in name and name.endswith("heden") and listed_word(name[:-2])


def _adjective_head_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A bare capitalised body head led by a name's adjective ("Grønt Råd", "Lokalt Råd Sydby"), with
    the place that may follow it: a body's name although its head alone is no name."""
    out = []
    for m in _ADJECTIVE_HEAD.finditer(text):
        if _name_adjective(m.group("adj")):
            cand = Candidate(m.start(), m.end(), _canonical(m.group()), "body", 3)
            out.append(_extend_with_place(text, cand, pat))
    return out


_ADJECTIVE_HEAD = re.compile(
    # not inside a longer name ("KL's Social- og Sundhedspolitiske Forum": an owner, a coordination before)
    rf"(?<![\w-])(?<!og[ ])(?<!s[ ])(?P<adj>[{UPPER}][{LOWER}]{{3,}})[ ](?:{'|'.join(cues()['parties']['adjective_led_heads'])})(?![\w-])")


def _name_adjective(word: str) -> bool:
    """A capitalised adjective that can lead a body's name ("Kulturelt", "Regionale")."""
    data = cues()["parties"]
    low = word.casefold()
    return (word[:1].isupper() and low.endswith(tuple(data["name_adjective_endings"])) and common_word(word)
            and low not in data["not_name_adjectives"])


def _article_after_common_words(words: list[str]) -> int:
    """Where a name led by "Det"/"Den" and a capitalised word starts after capitalised common words (or
    nouns in the definite) run on before it ("Sundhedsaftalerne Det Digitale Sundhedscenter"), or 0."""
    for i in range(1, len(words) - 2):
        if words[i] in ("Det", "Den") and words[i + 1][:1].isupper():
            if all(common_word(w.lower()) or compound_head(w) or _DEFINITE.search(w) for w in words[:i]):
                return i
            return 0
    return 0


_ARTICLE_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])(?:Det|Den)[ ](?P<adj>[{UPPER}{LOWER}][{LOWER}]+e)[ ]$")
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])(?P<adj>[{UPPER}][{LOWER}]{{3,}})[ ]$")
# a capitalised definite genitive before a body's head, perhaps after a suspended coordination
# ("Børne- og Ungdomsorganisationernes Samråd"): the owner's words are the name's first words
_DEFINITE_GENITIVE_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<coord>[{UPPER}][{LOWER}]+-[ ](?:og|&)[ ]))?"
    rf"(?<![\w-])(?P<gen>[{UPPER}][{LOWER}]{{3,}}(?:ernes|enes|ens|ets))[ ]$"
)


def _unbroken(word: str) -> str:
    """A word broken at a line end, joined with its hyphen ("Ind-satser"), written whole again where
    the whole is a common word ("Indsatser")."""
    if not _BROKEN_WORD.search(word) or len(word.split("-", 1)[0]) > 4:
        return word  # "Social-psykiatrisk": a compound written with a hyphen
    whole = _BROKEN_WORD.sub("", word)
    return whole if common_word(whole.strip(",.:;")) else word


_GLUED_LABEL = re.compile(rf"(?P<label>[{UPPER}][{LOWER}]+)(?=[{UPPER}][{LOWER}])")
# a word broken at a line end and joined with its hyphen ("Ind-satser"): one word again
_BROKEN_WORD = re.compile(rf"(?<=[{LOWER}])-(?=[{LOWER}])")


_FOUNDING_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['founding_nouns'])})[ ](?:af|et|en)[ ](?:nyt?[ ])?$")
_PLACE_WORD_BEFORE = re.compile(rf"(?<![\w-])(?P<place>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ ]$")  # "Lyngby-Taarbæk"


def _place_before_start(text: str, start: int, pat: _Patterns) -> int:
    """Where a coordinated body's name starts when a town or municipality leads it ("Nordby
    Erhvervs- og Turistråd"): a place-led name takes an indefinite head."""
    m = _PLACE_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return start
    place = m.group("place")
    if place in pat.places or place.casefold() in pat.municipality_names:
        return m.start("place")
    return start


_PORTFOLIO_BEFORE = re.compile(
    rf"(?:(?<![\w-])|(?<=[{LOWER}])(?=[{UPPER}]))(?i:{'|'.join(cues()['parties']['portfolio_titles'])})[ ]for[ ]"
    rf"(?:[{UPPER}][\w-]*(?:,[ ][{UPPER}][\w-]*)*[ ](?:og|&)[ ])?$"  # "… for Økonomi, Personale og Borgerservice"
)


# "… og Beskæftigelsesministeriet" closing a "for" name's field: a second, whole body joined to the first
_COORDINATED_BODY_TAIL = re.compile(rf"[ ](?:og|&)[ ](?P<word>[{UPPER}][{LOWER}]{{5,}})$")


def _without_coordinated_body(tail: str) -> str:
    """A "for" name's field without a second body joined after it with "og": in "Ministeriet for
    Børn og Sociale Forhold og Beskæftigelsesministeriet" the last word is a ministry of its own
    (one definite word ending in an organisation's head), not a part of the first ministry's field;
    in "Center for Børn & Læring og Center for Teknik & Miljø" the second head opens the next name."""
    head = _NEXT_FOR_HEAD.search(tail)
    if head is not None and head.start() > 0:
        return tail[:head.start()]
    m = _COORDINATED_BODY_TAIL.search(tail)
    if m is None or " " not in tail[:m.start()].strip():
        return tail
    word = m.group("word")
    if _body_word(word) and not (_DEFINITE.search(word) and len(tail[:m.start()].split()) >= 2):
        return tail  # "… og Socialudvalget": the coordinated committees keep their own rule
    if _DEFINITE.search(word) and _is_org_word(word) and word.casefold() not in cues()["parties"]["name_suffixes"]:
        return tail[:m.start()]
    return tail


_COORDINATED_LAST = re.compile(rf"[ ](?:og|&)[ ][{UPPER}][\w-]*$")
_MUNICIPALITY_HEAD_AFTER = re.compile(r"[ ][Kk]ommunes?(?![\w-])")


def _without_coordinated_municipality(text: str, tail: str, tail_start: int) -> str:
    """A "for" name's field without a last coordinated word that a municipality's head follows: in
    "Ministeriet for By, Bolig og Landdistrikter og Nordby Kommune modtog …" the municipality is a second party."""
    m = _COORDINATED_LAST.search(tail)
    if m is None or m.start() == 0 or not _MUNICIPALITY_HEAD_AFTER.match(text, tail_start + len(tail)):
        return tail
    return tail[:m.start()]


_NEXT_FOR_HEAD = re.compile(
    rf"(?:,|[ ](?:og|&))[ ](?:{'|'.join(map(re.escape, re.longest_first(cues()['parties']['for_heads'])))})(?:[ ]|$)"
)
# "… og KL's Økonomisk Sekretariat" inside a "for" name's field: the coordinated word owns the next name
_OWNER_ITEM = re.compile(rf"[ ](?:og|&)[ ][{UPPER}][\w]*['’]s(?![\w])")


def _without_owner_item(tail: str) -> str:
    """A "for" name's field up to a coordinated word in an apostrophe genitive, the owner of the next
    name ("Center for Sport og Kultur og KL's Sekretariat": the field ends at "Kultur")."""
    m = _OWNER_ITEM.search(tail)
    return tail[:m.start()] if m is not None and m.start() > 0 else tail


@functools.lru_cache(maxsize=1)
def _for_link_needles() -> tuple[str, ...]:
    """The link word between spaces that every match of the ``for_head`` pattern holds."""
    return (" for ", " ved ", " af ", " mod ", " om ",
            *(f" {link} " for link in cues()["parties"]["committee_field_links"]))


_PRESENTING_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(cues()['parties']['for_presenting_verbs'])})[ ]$")


def _for_head_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Names of a head and a "for" phrase: "Center for Sundhed", "Udvalget for Kultur og Fritid".
    The search goes on where a kept name ends, so that a heading run on after a name does not
    hide the next name ("… og Miljø Budgetopfølgning Udvalget for Teknik og Miljø …")."""
    out = []
    lines = lines_holding(text, _for_link_needles())  # a match holds its link word and stays within a line

    def search(pos: int) -> Optional[re.Match[str]]:  # what pat.for_head.search(text, pos) finds
        for line_start, line_end in lines:
            if line_end > pos:
                m = next(pat.for_head.finditer_in(text, ((max(pos, line_start), line_end),)), None)
                if m is not None:
                    return m
        return None

    m = search(0)
    while m is not None:
        pos = m.end()
        head, tail = m.group("head"), _without_owner_item(m.group("tail"))
        if tail[:1].islower() and (head.split()[-1] not in cues()["parties"]["lowercase_for_heads"]
                                   or tail.split()[0] in cues()["parties"]["for_adverbials"]):
            m = search(pos)  # "Fonden for nylig": an adverbial, no field
            continue
        if " " not in head and head not in pat.for_heads and compound_head(head) not in pat.for_head_endings:
            m = search(pos)  # "Omgørelsesprocenter ved …": a compound of another head
            continue
        if _title_adjective_tail(text, tail, m.start("tail")):
            m = search(pos)  # "Udvalget for Endelig vedtagelse af …": the next title
            continue
        if " " not in head and _PRESENTING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            m = search(pos)  # "præsenteres Beskæftigelsesudvalget for Nordby Karriereuge": the verb's "for"
            continue
        whole = _repeated_lowercase_tail(text, head, m.group("link"), tail)
        # "Musikterapeutforeningen ved Marie Bolette Falk": after "ved" a tail that is a person is none of the name
        tail = whole or _without_heading_run_on(
            text, _without_person(_trim_tail(tail), pat, whole_person=m.group("link") == "ved"), m.start("tail"), pat)
        tail = _without_coordinated_body(tail)
        tail = _without_listed_body(tail)
        tail = _without_verb_before_name(text, tail, m.start("tail"))
        tail = _without_given_name_at_end(text, tail, m.start("tail"), pat)
        tail = _without_coordinated_municipality(text, tail, m.start("tail"))
        tail = tail.removesuffix(" af")  # "Center for Forebyggelse af Hensyn …": the cut word's link
        tail = _without_shouted_label(tail)  # "… og Turisme INDSTILLING Forvaltningen …": the next label
        while " " in tail and tail.rsplit(" ", 1)[-1] in _trailing_labels():
            tail = tail.rsplit(" ", 1)[0]  # "Udvalg for Økonomi Deltagere: …": the header's next label
        if tail:
            end = m.start("tail") + len(tail)
            last = tail.rsplit(" ", 1)[-1]
            if " " in tail and last.endswith("s") and (common_word(last[:-1]) or _known_name(tail[:-1], pat)) and re.match(rf"[ ][{LOWER}]", text[end:end + 2]):
                tail, end = tail[:-1], end - 1  # "… og Beskæftigelses indstilling": a genitive
            fields = _lowercase_field_list(text, tail, end) if tail[:1].islower() and " " not in tail else ""
            fields = fields or _noun_after_adjective(text, tail, end) or _association_scope(text, head, end)
            tail, end = tail + fields, end + len(fields)
            out.append(Candidate(m.start(), end, _canonical(f"{head} {m.group('link')} {tail}"), "body", 4))
            pos = min(pos, end)
        m = search(pos)
    return out


_COMPOUND_PREFIX_AFTER = re.compile(rf"-[{LOWER}]")
_LOWER_WORD_AFTER = re.compile(rf"[ ][{LOWER}]")
_TRADE_HEAD_ENDINGS = tuple(cues()["parties"]["name_head_endings"])
_COMPANY_FORMS = frozenset(cues()["parties"]["company_forms"])


def _trade_descriptor(head: str, tail: str) -> bool:
    """True where a compound head names the firm's trade before its own name ("Revisionsfirmaet
    Tal & Co", "Konsulentfirmaet Nordlys"): the name is the rest. Not before a registered name with
    its company form ("Ingeniørfirmaet Bo Holm A/S"), which the head is part of. The bare word
    ("Virksomheden Stryhns A/S", "Firmaet Nordlys") only says what the named one is."""
    if head.casefold() in _TRADE_HEAD_ENDINGS:
        return True
    return head.casefold().endswith(_TRADE_HEAD_ENDINGS) and tail.rsplit(" ", 1)[-1] not in _COMPANY_FORMS
_OF_HEAD_ENDINGS = tuple(cues()["parties"]["of_head_endings"])
_SCOPE_PLACE_AFTER = re.compile(rf"[ ]i[ ][{UPPER}][{LOWER}]+(?![\w-])(?![ ][{UPPER}])")


# the lower-case noun after a field's capitalised adjective, perhaps with a second field after "og"
# ("… for Frivilligt Socialt arbejde", "… for International rekruttering og Integration")
_NOUN_AFTER_ADJECTIVE = re.compile(
    rf"[ ](?P<noun>[{LOWER}]{{4,}})(?:[ ]og\s+(?P<more>[{UPPER}{LOWER}][{LOWER}]{{3,}}))?(?=[ \t]*(?:[\n.,;:()]|$))"
)


def _noun_after_adjective(text: str, tail: str, end: int) -> str:
    """The rest of a "for" name whose field ends on a capitalised adjective before the noun it
    qualifies, written small ("Kontaktudvalget for Frivilligt Socialt arbejde"), where the name
    ends with that noun or a second field after it; empty otherwise."""
    last = tail.rsplit(" ", 1)[-1]
    field_adjective = last[:1].isupper() and last.endswith(tuple(cues()["parties"]["field_adjective_endings"]))
    if not (_name_adjective(last) or (field_adjective and common_word(last))):
        return ""
    m = _NOUN_AFTER_ADJECTIVE.match(text, end)
    if m is None or m.group("noun") in _TAIL_STOP_WORDS or not common_word(m.group("noun")):
        return ""
    more = m.group("more")
    if more is not None and (more in _TAIL_STOP_WORDS or not common_word(more)):
        return ""
    return m.group()


def _without_shouted_label(tail: str) -> str:
    """The tail up to a long word in capitals after words in mixed case ("Kultur og Turisme
    INDSTILLING …"): a flattened page's next label, no part of the name."""
    words = tail.split(" ")
    for k, word in enumerate(words[1:], start=1):
        if len(word) >= 6 and word.isalpha() and word.isupper() and any(ch.islower() for ch in "".join(words[:k])):
            return " ".join(words[:k])
    return tail


def _association_scope(text: str, head: str, end: int) -> str:
    """The place an association's name ends on ("Foreningen for Kultur og Unge i Grønland"): the
    text after ``end`` that belongs to the name, or ""."""
    if not head.casefold().endswith(_OF_HEAD_ENDINGS):
        return ""
    m = _SCOPE_PLACE_AFTER.match(text, end)
    return m.group(0) if m else ""
# a committee's fields written small and listed with commas after its first one: ", miljø og
# grøn omstilling" of "Udvalg for natur, miljø og grøn omstilling"
_FIELD_LIST_AFTER = re.compile(rf",[ ][{LOWER}]+(?:,[ ][{LOWER}]+)*[ ]og[ ](?:[{LOWER}]+[ ])?[{LOWER}]+")
_NAME_END = re.compile(rf"(?![ ][{LOWER}0-9])")


def _lowercase_field_list(text: str, field: str, end: int) -> str:
    """The rest of a "for" name's field list after its first lower-case field, when the text ends
    the whole list somewhere (a line's end, a quote, a label in capitals) and not only inside a
    running sentence: "… for natur, miljø og grøn omstilling" written as a heading. Empty otherwise."""
    m = _FIELD_LIST_AFTER.match(text, end)
    if m is None:
        return ""
    rest = m.group()
    options = [rest]
    if rest.count(" ") > rest.count(",") + 1:  # the last field of two words, or of its first alone
        options.append(rest.rsplit(" ", 1)[0])
    for option in options:
        whole = field + option
        at = text.find(whole)
        while at >= 0:
            if _NAME_END.match(text, at + len(whole)):
                return option
            at = text.find(whole, at + 1)
    return ""


def _title_adjective_tail(text: str, tail: str, start: int) -> bool:
    """A "for" tail of one adjective that opens an agenda title, a lower-case word after it
    ("Sammenlægningsudvalget for Endelig vedtagelse af …": two titles run together)."""
    word = tail.split(" ", 1)[0]
    return (word in cues()["parties"]["title_adjectives"]
            and bool(_LOWER_WORD_AFTER.match(text, start + len(word))))


_ARTICLES = frozenset({"det", "den", "de"})


def _repeated_lowercase_tail(text: str, head: str, link: str, tail: str) -> str:
    """A committee's lower-case field of three words that the stop words would cut ("Udvalget for
    det nære sundhedsvæsen", "Udvalget for sundhed for alle"): kept whole where the text repeats
    the full name at least twice, as minutes repeat their committee's name; a phrase said once
    ("… for det videre arbejde") is no name. A field of two coordinated adjectives and a noun ("det
    nære og sammenhængende sundhedsvæsen") is a name wherever it stands."""
    words = tail.split()
    if (len(words) == 5 and words[0] in _ARTICLES and words[1].endswith("e") and words[2] == "og"
            and words[3].endswith("e") and words[4] not in _TAIL_STOP_WORDS and "\n" not in tail):
        return tail.removesuffix("s")  # "det nære og sammenhængende sundhedsvæsen": two adjectives make it a name
    if len(words) > 3:
        words, tail = words[:3], " ".join(words[:3])
    if len(words) != 3 or not tail[:1].islower() or "\n" in tail:
        return ""
    article_led = words[0] in _ARTICLES and words[1].endswith("e") and words[2] not in _TAIL_STOP_WORDS
    second_for = words[1] == "for" and words[0] not in _TAIL_STOP_WORDS and words[2] not in _TAIL_STOP_WORDS
    if not (article_led or second_for):
        return ""
    for form in (tail, tail[:-1]) if tail.endswith("s") else (tail,):  # "… for alles behandling": a genitive
        full = f"{head} {link} {form}"
        said = rf"(?<![\w-])(?:{re.escape(full)}|{re.escape(full[:1].lower() + full[1:])})(?:s)?(?![\w-])"
        if len(re.findall(said, text)) >= 2:  # "Udvalget for …" and "… udvalget for …": one name
            return form
    return ""


def _known_name(name: str, pat: _Patterns) -> bool:
    """A place, a municipality or a gazetteer's name ("Region Midtjylland"), or one that ends
    with a place ("… for Nordby")."""
    last = name.rsplit(" ", 1)[-1]
    return (name.casefold() in _gazetteer_forms() or last in pat.places
            or last.casefold() in pat.municipality_names)


_BARE_COORD = re.compile(rf"(?<![\w-])(?P<item>[{UPPER}][{LOWER}]+)[ ]og[ ]$")


def _bare_coordination_start(text: str, start: int, pat: _Patterns) -> int:
    """The start of a committee's name whose first item is written without its hyphen
    ("Arbejdsmarked og Integrationsudvalget"): a capitalised common noun in its bare form, no
    definite noun ("Byrådet og Økonomiudvalget" are two bodies), place or person."""
    m = _BARE_COORD.search(text, max(0, start - 30), start)
    if m is None:
        return start
    item = m.group("item")
    if _DEFINITE.search(item) and not _linking_form(item) or item in pat.places or item in pat.stop_words or _first_name(item, pat):
        return start
    if not common_word(item) or _body_word(item) or at_sentence_start(text, m.start()) and item in pat.not_names:
        return start
    return _listed_items_start(text, m.start("item"), pat)


_LISTED_ITEM = re.compile(rf"(?<![\w-])(?P<item>[{UPPER}][{LOWER}]+),[ ]$")


def _listed_items_start(text: str, start: int, pat: _Patterns) -> int:
    """The start of the earlier items of a field list before "A og Budvalget", each set off by a comma
    ("Børne, Unge og Familieudvalget"): capitalised common nouns or a compound's first part."""
    while (m := _LISTED_ITEM.search(text, max(0, start - 30), start)) is not None:
        item = m.group("item")
        if not (common_word(item) or _linking_form(item)) or item in pat.places or _first_name(item, pat) \
                or _body_word(item):
            break
        start = m.start("item")
    return start


def _linking_form(item: str) -> bool:
    """A compound's first part that looks like a definite plural ("Børne" of "Børneudvalget")."""
    return item in _LINKING_FORMS


_LINKING_FORMS = frozenset(cues()["parties"]["linking_forms"])


# the start of a company's name with small lower-case words inside it, after a noun for a kind of
# organisation: "selskabet Mad til hver " before "Dag I/S"
_INNER_LOWER_NAME = re.compile(
    rf"(?<![\w-])(?P<first>[{UPPER}][{LOWER}]+)[ ](?:til|for|i|på|med|af|uden)[ ](?:(?:hver|alle|alt|en|et)[ ])?$"
)


# a lower-case noun for a kind of organisation right before a name: "selskabet ", "foreningen "
_APPOSITIVE_BEFORE = re.compile(rf"[{LOWER}]*(?:{'|'.join(map(re.escape, cues()['parties']['appositive_heads']))})[ ]$")


_COORD_TAIL = re.compile(r"-,?[ ]{1,2}(?:og|&)[ ]{1,2}$")  # "Social- og  Arbejdsudvalget": a double space too
# coordinated items that are all abbreviations without a hyphen ("SU, ØU og "): separate bodies
_ACRONYM_LIST = re.compile(rf"[{UPPER}]{{2,6}}(?:,[ ][{UPPER}]{{2,6}})*,?[ ](?:og|&)[ ]$|[{UPPER}]{{2,6}}(?:,[ ][{UPPER}]{{2,6}})+[ ](?:og|&)[ ]$")
# an item of a coordination that is a whole body of its own ("Seniorråd, Handicapråd og …")
_BODY_ITEM = re.compile(rf"(?:{'|'.join(cues()['parties']['listed_body_endings'])})(?:,[ ]|[ ](?:og|&)[ ])")


def _case_kind_word(word: str) -> bool:
    """A case's kind as an agenda labels it, a common word before "-sag" ("Beslutningssag",
    "Orienteringssag", "Drøftelsessag")."""
    low, head = word.casefold(), cues()["parties"]["case_kind_head"]
    if not (word[:1].isupper() and low.endswith(head)):
        return False
    stem = low[:-len(head)]
    return common_word(stem) or (stem.endswith("s") and common_word(stem[:-1]))
_LOWER_COORD = re.compile(rf"(?<![\w-])[{LOWER}]+-(?:,?[ ][{LOWER}]+-)*[ ](?:og|&)[ ]$")


@functools.lru_cache(maxsize=1)
def _suffix_set() -> frozenset[str]:
    gaz = load_gazetteers()
    return frozenset({*gaz.committee_words.suffixes, *gaz.unit_words.suffixes, "udvalg", "udvalget"})


_TAIL_STOP = re.compile(
    r"\s(?:og|samt|i|på|til|med|der|som|at|har|er|skal|vil|kan|om|af|fra|den|det|de|en|et)$"
)


_PLACE_TAKING = tuple(cues()["parties"]["place_taking_endings"])
_DEFINITE = re.compile(r"(?:en|et|ne)s?$")
_LIST_LETTER = re.compile(rf"[{UPPER}]\.")  # "A." opening an item of a lettered list


def _common_compound(text: str, word: str, start: int, end: int, pat: _Patterns) -> bool:
    """True for one capitalised word that is a common noun, not a name: an indefinite compound
    of common words with no place after it ("Jordforsyning", "Resultatrevision" in an agenda
    title), or a compound whose real last part is another word than the name suffix it ends
    with ("Omgørelsesprocenter" ends with "procenter", not "center"). A word that opens a line
    may be the rest of a name broken at the line end, and stays."""
    head = compound_head(word)
    if head is None:
        return False
    if head not in pat.name_suffixes and head.endswith(_as_tuple(pat.name_suffixes)) and any(
            head.endswith(s) and len(head) > len(s) for s in pat.name_suffixes):
        return True
    if _DEFINITE.search(word) or pat.place_pattern.match(text, end + 1) or text[start - 1:start] == "\n":
        return False
    return True


def _without_navigation(text: str, words: list[str], start: int) -> tuple[list[str], int]:
    """Drop a site's navigation words before a one-word body ("Hjem Nyheder Byrådet" →
    "Byrådet"): two or more capitalised common words in front of a definite body word."""
    last = words[-1]
    if len(words) < 3 or not _DEFINITE.search(last) or not all(common_word(w) and w[:1].isupper() for w in words[:-1]):
        return words, start
    if any(w in ("Det", "Den", "De", "Fælles", "Dansk", "Danske") for w in words[:-1]):
        return words, start
    for w in words[:-1]:
        start = text.index(w, start) + len(w) + 1
    return [last], start


def _without_next_title(text: str, tail: str, end: int, pat: _Patterns) -> tuple[str, int]:
    """A name's tail without a capitalised common word after its place that opens the next
    phrase of a run-on line ("Socialtilsyn Nord Midlertidigt ophold …" → "Socialtilsyn Nord")."""
    words = tail.split(" ")
    cut = _run_on_title_at(words, pat)
    if cut is not None:  # "Jobcenter Nordby Handleplan , …", "Boligselskabet NBO Pressedækning NBO Orientering"
        end -= len(" ".join(words[cut:])) + 1
        words = words[:cut]
    while len(words) > 1 and _NOUN_AFTER.match(text, end):
        last = words[-1]
        if not (last[:1].isupper() and common_word(last)) or last in pat.places or last in _PLACE_PARTS:
            break
        if words[-2] not in pat.places and words[-2] not in _PLACE_PARTS:  # "Frivillighedens Hus har …"
            break
        words = words[:-1]
        end -= len(last) + 1
    return " ".join(words), end


_PLACE_PARTS = frozenset(cues()["areas"]["place_parts"])
_ACRONYM_WORD = re.compile(rf"[{UPPER}]{{2,6}}")


def _run_on_title_at(words: list[str], pat: _Patterns) -> Optional[int]:
    """Where a flattened page runs the next heading on after a name that a place or an acronym closes
    ("Jobcenter Nordby Handleplan", "Boligselskabet NBO Pressedækning NBO"): the first capitalised common
    word after such a word, which no name of an organisation holds there."""
    for i in range(1, len(words)):
        prev, word = words[i - 1], words[i]
        if not (prev in pat.places or prev in _PLACE_PARTS or _ACRONYM_WORD.fullmatch(prev)):
            continue
        if word[:1].isupper() and word[1:2].islower() and common_word(word) and word not in pat.places \
                and word not in _PLACE_PARTS:
            return i
    return None


def _without_heading_run_on(text: str, tail: str, start: int, pat: _Patterns) -> str:
    """A "for" name's tail without the next heading of a run-on line: once "X og Y" closes the
    name, further capitalised common words open the next title or label ("Udvalget for Kultur
    og Fritid Budgetforslag …", "… og Fritid Mødedato:"); a last capitalised common word before
    a title's link word opens the next title too ("Center for Sundhed Evaluering af …"), but a
    verb does not ("Udvalget for Øget Tryghed tager …")."""
    words = tail.split(" ")
    links = [i for i, w in enumerate(words) if w in ("og", "&")]
    if links and links[-1] + 2 < len(words):
        nxt = words[links[-1] + 2]
        if nxt[:1].isupper() and _heading_word(nxt, pat):
            return " ".join(words[:links[-1] + 2])
    end = start + len(tail)
    while len(words) > 1 and words[-2] not in ("og", "&") and _heading_word(words[-1], pat) and (
        _TITLE_LINK.match(text, end) or text[end:end + 1] == ":"
    ) and not _ADJECTIVE_WORD.fullmatch(words[-2]):  # "Fonden for Økologisk Landbrug om …": the adjective's noun
        end -= len(words[-1]) + 1
        words = words[:-1]
    return " ".join(words)


_LISTED_BODY = re.compile(
    rf",[ ][{UPPER}][{LOWER}]*(?:{'|'.join(re.longest_first(cues()['parties']['listed_body_heads']))})(?![\w-])")


def _without_listed_body(tail: str) -> str:
    """A "for" name's field without the next body of a comma list ("Udvalget for Børn og Skole, Økonomiudvalget og
    Kommunalbestyrelsen"): a whole body after the comma is the list's next item, not a field."""
    m = _LISTED_BODY.search(tail)
    return tail[:m.start()] if m is not None else tail


_NAME_AFTER = re.compile(rf"[ ][{UPPER}]")


def _without_given_name_at_end(text: str, tail: str, start: int, pat: _Patterns) -> str:
    """A "for" name's field without a person's first name that its words ran on to ("… Analyse og Forskning
    Eigil" before "Boll Hansen"): a known first name last, a capitalised word after it in the text."""
    words = tail.split(" ")
    if len(words) < 2 or not _first_name(words[-1], pat) or _NAME_AFTER.match(text, start + len(tail)) is None:
        return tail
    return " ".join(words[:-1])


_PRESENT_TENSE_ENDINGS = tuple(cues()["parties"]["present_tense_endings"])


def _without_verb_before_name(text: str, tail: str, start: int) -> str:
    """A field in small letters without the verb run on after it before a name ("Udvalg for nære sundhedstilbud
    besøger Regionshospitalet …"): a last word in -er before a capitalised word is the sentence's verb."""
    words = tail.split(" ")
    if len(words) < 2 or not tail[:1].islower() or not words[-1].endswith(_PRESENT_TENSE_ENDINGS) \
            or not words[-1].islower():
        return tail
    if _NAME_AFTER.match(text, start + len(tail)) is None:
        return tail
    return " ".join(words[:-1])


# a capitalised adjective, which ends no name: the noun after it belongs to the name
_ADJECTIVE_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:{'|'.join(cues()['parties']['field_head_adjective_endings'])})")
# the word after an agenda title's noun: "Evaluering af", "Budgetønske angående", "Ansøgning om"
_TITLE_LINK = re.compile(r"[ ](?:af|til|om|for|vedr\.?|vedrørende|angående|med)[ ]")


def _heading_word(word: str, pat: _Patterns) -> bool:
    """A capitalised common noun that is no place and no organisation's head word."""
    bare = word.rstrip(",.:")
    return (bare[:1].isupper() and not bare.isupper() and (common_word(bare) or compound_head(bare) is not None)
            and bare not in pat.places
            and bare not in _PLACE_PARTS and not _is_org_word(bare))


@functools.lru_cache(maxsize=4096)
def _head_tail(tail: str) -> str:
    """A ``name_head`` match's tail, trimmed and without a person or role run on after it (word-list
    tests of its words: the same tails come back, computed once)."""
    return _without_place_after_comma(_without_role(_without_person(_without_page_label(_trim_tail(tail)), patterns())), patterns())


def _without_page_label(tail: str) -> str:
    """A name's tail up to a page's label or document word run on after it on a flattened heading
    ("Boligselskabet Nordby Referat af organisationsbestyrelsesmøde" → "… Nordby")."""
    words = tail.split(" ")
    cut = next((i for i, w in enumerate(words) if i and w in _PAGE_LABEL_WORDS), None)
    return " ".join(words[:cut]) if cut else tail


_PAGE_LABEL_WORDS = frozenset(cues()["parties"]["glued_label_words"])


def _without_place_after_comma(tail: str, pat: _Patterns) -> str:
    """A name's tail up to a comma and the town it is in ("Boligselskabet Sydbo, Haderslev - årsregnskab"
    → "… Sydbo"): the place after the comma says where the organisation is; the text names it as a place."""
    at = tail.find(", ")
    if at < 0:
        return tail
    word = tail[at + 2:].split(" ", 1)[0]
    return tail[:at] if word in pat.places else tail


def _without_role(tail: str) -> str:
    """A name's tail up to a person's role that follows it on a run-on line ("Grundejerforeningen
    Søby Sommerhusområde Borgmester …" → "… Søby Sommerhusområde")."""
    words = tail.split(" ")
    roles = load_gazetteers().roles.words
    cut = next((i for i, w in enumerate(words) if i and w.lower() in roles), None)
    return " ".join(words[:cut]) if cut else tail


def _without_person(tail: str, pat: _Patterns, whole_person: bool = False) -> str:
    """The tail of a name up to a person's name that follows it ("Udvalget for Ældre, Sundhed og
    Omsorg Mette Kjærgaard" → "… Omsorg"); with ``whole_person`` also "" where the whole tail is one."""
    words = tail.split(" ")
    cut = _person_cut([w.rstrip(",") for w in words], pat)
    if cut is None or (cut == 0 and not whole_person):
        return tail
    return " ".join(words[:cut]).rstrip(",")


_TAIL_STOP_WORDS = frozenset({"og", "samt", "i", "på", "til", "med", "der", "som", "at", "har", "er", "skal", "vil",
                              "kan", "om", "af", "fra", "den", "det", "de", "en", "et", "for"})


# "De Nova ApS": an article that opens a company's name mid-sentence or after a heading's number
_ARTICLE_NAME = re.compile(rf"(?:De|Den|Det)[ ](?:[{UPPER}][\w-]*[ ]){{1,4}}(?:ApS|A/S|I/S|P/S|K/S|IVS)(?![\w])")


def _trim_tail(tail: str) -> str:
    tail = tail.strip()
    if "\n" in tail:
        tail = tail.split("\n", 1)[0].strip()
    words = tail.split()
    if words and words[0][:1].islower():
        if len(words) == 3 and words[1] == "og" and words[2] not in _TAIL_STOP_WORDS:
            return tail  # "Udvalget for familie og institutioner"
        kept = []
        for w in words:
            if w in _TAIL_STOP_WORDS:
                break
            kept.append(w)
        return " ".join(kept)
    while True:
        new = _TAIL_STOP.sub("", tail)
        if new == tail:
            break
        tail = new
    return tail.rstrip(",.")


@functools.lru_cache(maxsize=1)
def _appositive_heads() -> tuple[str, ...]:
    return tuple(f"{head} " for head in cues()["parties"]["appositive_heads"])


def _appositive_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A name after a lower-case noun for a kind of organisation: "pensionsselskabet AP Pension",
    "virksomheden OJD Trading", "ejendomsudvikleren NREP"."""
    out: list[Candidate] = []
    if not any(head in text for head in _appositive_heads()):
        return out  # the pattern holds a head and the space after it
    for m in line_matches(text, _line_gates()["appositive"], pat.appositive):
        words = m.group("name").split()
        while words and (words[-1] in pat.stop_words or common_word(words[-1]) and len(words) > 1
                         and words[-1][:1].isupper() and at_sentence_start(text, m.start("name") + len(" ".join(words[:-1])) + 1)):
            words = words[:-1]
        name = " ".join(words)
        if not words or words[0] in pat.stop_words or name in pat.places or name in pat.never:
            continue
        start = m.start("name")
        if len(words) == 1 and _common_single(name) and not named_by_kind(text, start, start + len(name)):
            continue
        if _person_cut(words, pat) is not None:
            continue
        out.append(Candidate(start, start + len(name), _canonical(name), "company", 3, extra={"surface": True}))
    return out


# "beboernes boligselskab, Nordbo, vil …": a lower-case kind noun, then a name between commas
_COMMA_APPOSITIVE = re.compile(
    rf"(?<![\w-])[{LOWER}]*(?:{'|'.join(cues()['parties']['comma_appositive_kinds'])})(?:et|en)?,[ ]"
    rf"(?P<name>(?:{CAP_WORD})(?:[ ](?:{CAP_WORD})){{0,2}}),[ ][{LOWER}]")
# what a line with a _COMMA_APPOSITIVE match holds (no match reaches over a line break): the kind, its comma and a capital
_COMMA_APPOSITIVE_GATE = re.compile(
    rf"(?:{'|'.join(cues()['parties']['comma_appositive_kinds'])})(?:et|en)?,[ ][{UPPER}]")


def _comma_appositive_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A name set off by commas after a singular noun for its kind ("den erhvervsdrivende fond,
    Nordby Arena, har …"): no place, person or common word alone."""
    out = []
    for m in line_matches(text, _COMMA_APPOSITIVE_GATE, _COMMA_APPOSITIVE):  # only lines with a kind before ", " and a capital
        name = m.group("name")
        words = name.split()
        if name in pat.places or words[0] in pat.stop_words or _person_cut(words, pat) is not None or _first_name(words[0], pat):
            continue
        if len(words) == 1 and _common_single(name):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), _canonical(name), "organisation", 3, extra={"surface": True}))
    return out


def _applicant_title_nouns(data: dict[str, Any]) -> str:
    """The noun of an application after its applicant's name in an agenda title, maybe after a dash,
    colon or comma ("Nordby Skakklub - ansøgning om tilskud"): a regex alternative, its leading
    space included; a capital first letter only after the separator."""
    nouns = data["applicant_title_nouns"]
    lower = "|".join(map(re.escape, nouns))
    either = "|".join(f"[{n[0].upper()}{n[0]}]{re.escape(n[1:])}" for n in nouns)
    return rf"(?:[ ](?:{lower})|[ ]?[-–:,][ ](?:{either}))"


@functools.lru_cache(maxsize=1)
def _applicant_words() -> tuple[str, ...]:
    """One of these (in lower case) is in every match of the applicant gate: its verbs and nouns."""
    data = cues()["parties"]
    return tuple(w.lower() for w in (*data["applicant_verbs"], *data["applicant_title_nouns"]))


def _applicant_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A name that opens a sentence with an applying verb: "Boligselskabet Vestbo Holstebro ansøger om …",
    "Lindeparken ansøger om …" (an applicant housing organisation, not a place), or an agenda item's
    title with the noun of an application after it ("12. Nordby Skakklub - ansøgning om tilskud");
    a street there is the case's subject ("Skolevej - anmodning om …"), no applicant."""
    out = []
    if not may_match(_applicant_words(), _lowered(text)):
        return out  # no applying verb nor application noun: the gate's scan would find no line
    for m in line_matches(text, _line_gates()["applicant"], pat.applicant):
        words = m.group("name").split()
        start = m.start("name")
        if not at_sentence_start(text, start) or words[0] in pat.stop_words or words[0] in pat.never:
            continue
        if _person_cut(words, pat) is not None or (len(words) == 1 and _common_single(words[0])):
            continue
        if len(words) > 1 and all(w.isupper() and common_word(w) for w in words[:2]):
            continue  # "LUKKET SAG - Ansøgning om …": a label in capitals before the title, no applicant
        if _STREET.search(words[-1]) or words[-1].lower() in cues()["parties"]["street_endings"]:
            continue  # "Skolevej - anmodning om optagelse som kommunevej": a street, not an applicant
        out.append(Candidate(start, m.end("name"), _canonical(m.group("name")), "organisation", 4,
                             extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _party_abbreviations() -> frozenset[str]:
    forms = set(cues()["people"]["extra_party_letters"])
    for party in load_gazetteers().parties:
        forms.update(f for f in (party.letter, party.abbreviation, *party.aliases) if f.isupper() and len(f) <= 3)
    return frozenset(forms)


def _member_of_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """The organisation a member speaks for ("Repræsentant for Solbakken Lise Holm" →
    "Solbakken") and a unit named in apposition ("Bakkely, afdeling under Center for Psykiatri")."""
    out = []
    for regex in (pat.representative, pat.unit_apposition):
        for m in regex.finditer(text):
            words = m.group("name").split(" ")
            cut = _person_cut(words, pat)
            words = words[:cut] if cut is not None else words
            if not words or words[0] in pat.stop_words or words[0] in pat.never or " ".join(words) in pat.places:
                continue
            if len(words) == 1 and (_common_single(words[0]) or _first_name(words[0], pat)):
                continue
            if cut is None and regex is pat.representative and len(words) > 1 and _first_name(words[-2], pat):
                continue
            start = m.start("name")
            name = " ".join(words)
            out.append(Candidate(start, start + len(name), _canonical(name), "organisation", 3))
    return out


def _owner_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A name in the genitive before a role of an organisation: "Vestgårdens direktør",
    "Lejerbos bestyrelse" (an organisation, even where its name looks like an estate's),
    "BLs formand" (an acronym)."""
    out = []
    for m in line_matches(text, _line_gates()["owner"], pat.owner):
        words = m.group("name").split()
        if words[0] in pat.stop_words or words[0] in pat.never or any(w in pat.places for w in words):
            continue
        if _person_cut(words, pat) is not None or _first_name(words[0], pat):
            continue
        if len(words) == 1 and (common_word(words[0]) or _common_single(words[0])):
            continue
        out.append(Candidate(m.start("name"), m.end("name") + 1, _canonical(m.group("name")), "organisation", 3))
    return out


def _list_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """The items of a list after a plural noun of organisations: "boligforeningerne Lejerbo,
    Himmerland og Vanggården" names three housing organisations."""
    out = []
    for m in pat.list_items.finditer(text):  # "Boligselskaberne …" opening a sentence too
        kind = pat.list_kinds[m.group("noun").lower()]
        at = m.start("items")
        items = re.split(r",[ ]|[ ](?:og|&)[ ]", m.group("items"))
        if len(items) == 1 and _lone_common_item(items[0]):
            continue  # "… med boligorganisationerne Eventuelt 38": a plural noun before the next heading
        for item in items:
            start = text.index(item, at)
            at = start + len(item)
            if item in pat.stop_words or item in pat.never or len(item) < 2:
                continue  # "partierne A, G og Ø": the parties' ballot letters, not their names
            out.append(Candidate(start, at, _canonical(item), kind, 3))
    for m in pat.list_block.finditer(text):  # "… og boligorganisationerne:" then one bullet per name
        kind = pat.list_kinds[m.group("noun").lower()]
        item = _BULLET_ITEM.match(text, m.end())
        while item is not None:
            name = item.group("name").rstrip(" .;")
            if name not in pat.stop_words and name not in pat.never and len(name.split()) <= 7:
                out.append(Candidate(item.start("name"), item.start("name") + len(name), _canonical(name), kind, 3))
            item = _BULLET_ITEM.match(text, item.end() + 1)
    return out


def _lone_common_item(item: str) -> bool:
    """One capitalised common word, no organisation's head, as the only "item" after a plural noun
    of organisations: a heading or title word run on after a sentence, no list of names."""
    return " " not in item and common_word(item) and not _is_org_word(item)


# one bulleted line of a list: "- Boligselskabet Nordkysten", "• Lejerbo, Helsingør"
_BULLET_ITEM = re.compile(rf"(?m)^[ \t]*[-•·*–][ \t]+(?P<name>[{UPPER}][^,\n]{{1,60}})[^\n]*")


_SEPARATOR = re.compile(r"(?:,[ ]|[ ](?:og|samt|&)[ ]|,?[ \t]*\n[ \t]*[•·*–-][ \t]*)")
_ACRONYM = re.compile(r"[A-ZÆØÅ](?<![\w(-](?s:.))[A-ZÆØÅ]{1,4}(?![\w)-])")


def _coordinated_acronyms(text: str, kept: list[Candidate], pat: _Patterns) -> list[Candidate]:
    """Acronyms listed beside named parties ("Socialdemokraterne, SF og Enhedslisten", "TUBA,
    Mødrehjælpen og KFUM", a bullet "• TUBA" between two organisations) are parties too."""
    ordered = sorted(kept, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    out = []
    for m in _ACRONYM.finditer(text):
        name = m.group(0)
        if name in pat.never or name in pat.not_names:
            continue
        i = bisect.bisect_left(starts, m.start())
        if i < len(ordered) and ordered[i].start < m.end():
            continue
        if i > 0 and ordered[i - 1].end > m.start():
            continue
        left = ordered[i - 1] if i > 0 else None
        right = ordered[i] if i < len(ordered) else None
        if (left is not None and _SEPARATOR.fullmatch(text, left.end, m.start())) or (
            right is not None and _SEPARATOR.fullmatch(text, m.end(), right.start)
        ):
            start = m.start()
            place = _PLACE_BEFORE_ACRONYM.search(text, max(0, start - 30), start)
            if place is not None and name in cues()["parties"]["club_leads"] and not common_word(place.group("place")) \
                    and place.group("place") not in pat.stop_words:
                start = place.start("place")  # "Bredballe IF, Hørning IF og …": the club's town opens its name
            cand = Candidate(start, m.end(), squash(text[start:m.end()]), "organisation", 2)
            out.append(_extend_with_place(text, cand, pat) if start == m.start() else cand)
    return out


_PLACE_BEFORE_ACRONYM = re.compile(rf"(?<![\w/-])(?P<place>[{UPPER}][{LOWER}]+)[ ]$")  # not "Sig/Thorstrup IF"


_CAPITALS_WORD = Prefiltered(  # tried only at a capital that begins a word of eight
    re.compile(r"(?<![\w-])[A-ZÆØÅ]{8,}(?![\w-])"), re.compile(r"[A-ZÆØÅ](?<![\w-](?s:.))(?=[A-ZÆØÅ]{7})")
)
_CAPITALS_COORD_TAIL = re.compile(r"-,?[ ](?:og|OG|&)[ ]$")


def _capitals_body_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A council or committee named in capitals on a heading ("KOMMUNALBESTYRELSEN",
    "ØKONOMIUDVALGET"): the word's capitalised form is a generic actor or a one-word body."""
    actors = cues()["parties"]["generic_actors"]
    out = []
    for m in _CAPITALS_WORD.finditer(text):
        if _CAPITALS_COORD_TAIL.search(text, max(0, m.start() - 8), m.start()):
            continue  # "SOCIAL- OG SUNDHEDSUDVALGET": the tail of a coordinated name
        word = m.group(0).capitalize()
        if word.lower() in actors:
            out.append(Candidate(m.start(), m.end(), actors[word.lower()], "generic", 1))
        elif (_body_word(word) and word.casefold() not in _suffix_set() and word not in pat.never
              and word not in pat.not_names and pat.suffix_word.fullmatch(word)):
            out.append(Candidate(m.start(), m.end(), _canonical(word), "body", 2))
    return out


def _generic_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    actors = cues()["parties"]["generic_actors"]
    out = [*_capitals_body_candidates(text, pat)]
    for m in pat.generic.finditer(text):
        name = actors.get(m.group("name").lower())
        if name:
            out.append(Candidate(m.start(), m.end(), name, "generic", 1))
    for m in pat.capitalised_only.finditer(text) if _may_hold(text, pat.capitalised_only) else ():
        out.append(Candidate(m.start(), m.end(), strip_genitive(m.group("name"), heads=("en", "et")), "administration", 1))
    return out


def _abbreviation_candidates(text: str, defs: dict[str, tuple[str, int, int]]) -> list[Candidate]:
    out = []
    for abbr, (full, start, end) in defs.items():
        name = _canonical(full)
        out.append(Candidate(start, end, name, "organisation", 4))
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w])", text):
            out.append(Candidate(m.start(), m.end(), name, "organisation", 7))
    return out


_ALLCAPS = re.compile(rf"^[{UPPER}0-9&/.'-]+$")


_BUILDINGS = re.compile(rf"(?:{'|'.join(cues()['parties']['building_endings'])})$", re.IGNORECASE)


_HYPHEN_TAIL = re.compile(rf"-([{LOWER}]+)(?![\w-])")
_CAPITAL_HYPHEN_TAIL = re.compile(rf"-([{UPPER}][{LOWER}]+)(?![\w-])")
_BODY_TYPES = ("body", "generic", "council", "municipality", "region", "ministry", "agency")
_CLOCK_AFTER = re.compile(r"\.?[ ]?\d{1,2}[.:]\d{2}")  # "21. JUL. 2020 KL. 00:00": a clock, not KL
# "ONSDAG DEN 11. MARTS 2015, KL PÅ RÅDHUSET": a meeting's date, then a clock whose time is lost
_DATE_BEFORE = re.compile(r"\d{4},?[ ]$")
_LOGO = re.compile(r"[ ]?[Ll]ogo(?![\w])")
_JOINED_NAME = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)[ ](?:og|&)[ ]$")
_PLACE_PART_WORDS = (
    cues()["areas"]["feature_parts"] + cues()["areas"]["place_parts"] + cues()["parties"]["area_nouns_after"]
)
_PLACE_PART_AFTER = re.compile(rf"[ ](?:{'|'.join(map(re.escape, _PLACE_PART_WORDS))})(?![\w])")
_LIST_NUMBER = re.compile(r"\d{1,3}\.[ ]+")
_LINE_NUMBER = re.compile(r"\d{1,3}[ ]+(?=[^\W\d])")  # "3 Godkendelse af …": an agenda item's number
_ROOM = re.compile(rf"(?:{'|'.join(cues()['parties']['room_endings'])})$", re.IGNORECASE)
_DOMAIN = re.compile(r"\.(?:dk|com|net|org|eu|nu)$", re.IGNORECASE)


def _person_cut(words: list[str], pat: _Patterns) -> Optional[int]:
    """Index of the word where a personal name begins inside a model span ("Kildegården Dorte
    Fisker" → 1, "Keld Stege" → 0): a first name or surname of the word list that is no place,
    followed by a capitalised word that is no common word; None when the span holds no name."""
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1]
        if word.isupper() or word in pat.places or not (proper_word(word) or _hyphenated_first_name(word)) \
                or common_word(word):
            continue
        surname = not common_word(nxt) or i + 2 == len(words)  # "Dorte Fisker" ends the span
        if nxt[:1].isupper() and surname and not _is_org_word(nxt):
            return i
    return None


_CAMEL_BRAND = re.compile(rf"(?P<head>[{UPPER}][{LOWER}]{{1,7}})(?P<rest>(?:[{UPPER}][{LOWER}]*){{1,2}}[{UPPER}]{{0,2}})")


def _camel_brand(name: str) -> bool:
    """One word of two or three capitalised parts, short, that the model marks as an organisation
    ("AffaldPlus", "BoligKorsør", "ByLivKolding"): a brand, not two words glued by a flattened page
    ("MødeforumKulturskolen") nor a person's names run together ("MailandtPoulsen")."""
    m = _CAMEL_BRAND.fullmatch(name)
    if m is None or not 6 <= len(name) <= 16:
        return False
    last = re.findall(rf"[{UPPER}][{LOWER}]*", m.group("rest"))[-1]
    return not (known_surname(last) or m.group("head") in first_names() or last in first_names())


def _person_opens(words: list[str], cut: int) -> bool:
    """False when the person :func:`_person_cut` found inside a model organisation opens with a
    place's or an organisation's genitive that is no first name's ("Danmarks Statistik", "Kvinfos
    Mentornetværk"): the organisation's own name."""
    word = words[cut]
    if word in first_names() or not word.endswith("s") or word[:-1] in first_names():
        return True
    return not proper_word(word[:-1])


def _hyphenated_first_name(word: str) -> bool:
    """A first name of two listed first names joined by a hyphen ("Maja-Louise", "Hans-Henrik"),
    which the word list does not hold whole."""
    parts = word.split("-")
    return len(parts) == 2 and all(p in first_names() for p in parts)


_SURNAME_AFTER = re.compile(rf"[ ][{UPPER}][{LOWER}]+(?![\w-])")


def _first_name_before_surname(text: str, words: list[str], end: int) -> bool:
    """True when a model span ends in a listed first name that a capitalised word outside the
    span continues ("Varmetekniker Bjarke" before "Schilling"): the span runs into a person."""
    return len(words) > 1 and words[-1] in first_names() and bool(_SURNAME_AFTER.match(text, end))


def _first_name(word: str, pat: _Patterns) -> bool:
    """A proper name of the word list that is no place and no common word."""
    return proper_word(word) and word not in pat.places and not common_word(word)


def _body_word(word: str) -> bool:
    """A committee's or an administration's name in one word ("Socialudvalget")."""
    return word.casefold().endswith(tuple(_suffix_set()))


def _definite_org_word(word: str) -> bool:
    """A company's head word that opens a name ("Sparekassen Nordby Fonden", "Banken …"): no heading before it."""
    return word.lower().endswith(_company_heads())


@functools.lru_cache(maxsize=1)
def _company_heads() -> tuple[str, ...]:
    return tuple(cues()["parties"]["company_heads"])


def _is_org_word(word: str) -> bool:
    low = word.lower()
    return low in _suffix_set() or low.endswith(_as_tuple(cues()["parties"]["name_suffixes"]))


def _coordination_fragment(text: str, start: int, words: list[str]) -> bool:
    """True for the tail of a longer coordinated name: "Sundhed & Omsorg" in "Social, Sundhed &
    Omsorg", "PDF & Email" in "Print Friendly, PDF & Email"."""
    if not any(w in ("&", "og") for w in words):
        return False
    return bool(re.search(rf"[{UPPER}][\w]*,[ ]$", text[max(0, start - 30):start]))


def _surnames(text: str, people: list[tuple[int, int]]) -> frozenset[str]:
    """The later words of the model's person names of two words or more ("Bo Lund Hansen" gives
    "Lund" and "Hansen"): alone, such a word names the person again, not an organisation."""
    out: set[str] = set()
    for start, end in people:
        words = text[start:end].split()
        if len(words) > 1:
            out.update(strip_genitive(w) for w in words[1:] if w[:1].isupper())
    return frozenset(out)


def _common_single(word: str) -> bool:
    """A single capitalised word that is a common noun or a compound naming a thing."""
    if "-" in word:  # "CVR-nummer", "First-tilgangen"; not "UU-jobcentret"
        tail = word.rsplit("-", 1)[1]
        return tail[:1].islower() and (common_word(tail) or thing_compound(tail)) and not _is_org_word(tail)
    bare = word[:-1] if word.endswith("s") and len(word) > 4 else word  # "Boligpuljens": its genitive
    if common_word(word) or thing_compound(word) or thing_compound(bare):
        return True
    head = compound_head(word)  # "Kommunestrategiplanen": its head "strategiplanen" is itself a plan
    return head is not None and head != word.lower() and thing_compound(head)


def _ner_candidates(text: str, doc: Any, pat: _Patterns) -> list[Candidate]:
    out = []
    people = ents_of(doc, "PER")
    surnames = _surnames(text, people)
    person_starts = frozenset(s for s, _ in people)
    lettered = _lettered_people(text)
    placed: dict[str, bool] = {}
    sites: set[str] = set()
    for start, end in ents_of(doc, "ORG"):
        for p_start, p_end in people:
            if start < p_start < end:
                end = p_start
        number = _LIST_NUMBER.match(text, start)
        if number:
            start = number.end()
        number = _LINE_NUMBER.match(text, start)
        if number and start == line_of(text, start)[0] and common_word(text[number.end():end].split()[0]):
            continue  # "3 Godkendelse af …": an agenda item's number and title
        while end > start and not text[end - 1].isalnum():
            end -= 1
        words = text[start:end].split()
        while words and (words[0] in pat.stop_words or words[0].casefold() in pat.labels) and len(words) > 1:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        while words and re.fullmatch(r"[\d.,/:-]+", words[-1]):
            words = words[:-1]
            end = start + len(" ".join(words)) if words else start
        cut = _person_cut(words, pat)
        if cut is not None and not _person_opens(words, cut):
            cut = None  # "Københavns Kommune", "Kvinfos Mentornetværk": the model's organisation opens with no person's name
        if cut is None and _first_name_before_surname(text, words, end):
            cut = len(words) - 1  # "Varmetekniker Bjarke| Schilling": a title, then a person
        if cut is not None:
            words = words[:cut]
            end = start + len(" ".join(words)) if words else start
        if _royal_person(words):
            continue  # "Hendes Kongelige Højhed Kronprinsesse Mary": a person, not an organisation
        lead = _lettered_person_lead(words, lettered)
        if lead == len(words):
            continue  # "Medhat Khattab" where the text writes "Medhat Khattab (C)": a member, not an organisation
        if lead:  # "Afbud: Bo Dam Indholdsfortegnelse": the member, then the next heading
            start = text.index(words[lead], start + len(" ".join(words[:lead])))
            words = words[lead:]
        while len(words) > 1 and words[-1] in _trailing_labels():
            words = words[:-1]  # "… Holm Afbud fra …", "Politik Skrevet af:": a label glued after the span
            end = start + len(" ".join(words))
        if len(words) > 1 and area_like(" ".join(words[:-1])) and _next_title_word(text, words[-1], end):
            continue  # "… til Skive Køb af …": a place, then the next title of a run-on list
        if len(words) > 1 and words[-1] in _title_openers() and _LOWER_AFTER.match(text, end):
            words = words[:-1]  # "Tilsyn med Solbohus Godkendelse af …": the next title's first word
            end = start + len(" ".join(words))
        if len(words) > 1 and _next_heading_noun(text, words[-1], end, pat):
            words = words[:-1]  # "… Digelag Selskabsdannelse på …": the next title's noun
            end = start + len(" ".join(words))
            if len(words) == 1:  # "Vestjylland Placering af …": a place before the title's noun
                continue
        if len(words) > 1 and words[0] == words[1]:  # "Domea Domea Boligcenter": a word written twice
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1 and _place_before_definite(words, pat):
            if len(words) == 2:  # "8800 Nordby Medlemmerne var mødt": a place, then the next sentence
                continue
            start = text.index(words[1], start + len(words[0]))  # "Nordby Sejlklubben DS"
            words = words[1:]
        if words and _STREET.search(words[-1]):  # "Vestre Ringvej": a street
            continue
        if len(words) > 1 and (_not_organisation_words(words) or _common_words_only(words, pat)):
            continue
        if _in_people_list(text, start, end, words, person_starts):  # "Ana Ruiz, etnisk repræsentant"
            continue
        if _among_people(text, start, end, words, people):  # "Bo Lund, Ayla Demir, Kim Holm": one more person
            continue
        if _in_grant_title(text, start):  # "Koncert på Nordby Torv fra …: 5.000 kr.": the activity
            continue
        if _named_thing(text, Candidate(start, end, "")):  # "projektet Bydelsvenner": a project
            continue
        if _PLAN_FOR.search(text, max(0, start - 40), start):  # "Lokalplan 356 for X": a site
            continue
        if _listed_with_places(text, start, end):  # "Gl. Jennumparken, Glarbjergvej og Vangdalen"
            continue
        if route_end(text, start):  # "en sti mellem Nordby og Sydby": the places a route joins
            continue
        name = squash(" ".join(words)).strip(" ,.:;")
        if not name or name.endswith("-") or "\n" in text[start:end] or (
                re.search(r"[a-zæøå][A-ZÆØÅ]", name) and not _camel_brand(name)):
            continue
        if _SENTENCE_INSIDE.search(name):  # "Bangladesh.\"Vi": the span runs over a sentence's end
            continue
        if not re.search(r"[^\W\d]", name) or area_like(name) or _BUILDINGS.search(name) or "/" in name:
            continue
        if _ROOM.search(words[0]):  # "Mødelokale Udvalgsværelse D": a meeting room
            continue
        if not all(w[:1].isupper() or w[:1].isdigit() or w in {"og", "for", "&", "i", "af"} for w in words):
            continue
        if name.isupper() and name.title() in pat.places:  # "NØRRESUNDBY:", a dateline in capitals
            continue
        bare = _DOMAIN.sub("", name)
        if any(n in pat.never or n in pat.not_names or n in pat.stop_words or n in pat.places for n in (name, bare)):
            continue
        if "-" in name and " " not in name and all(part in pat.places or load_gazetteers().places_named(part) for part in name.split("-")):
            continue  # "Tingbjerg-Husum": two listed places joined, a district, not an organisation
        if words[-1] in {"og", "for", "i", "af", "&"} or words[0] in {"og", "&"} or _coordination_fragment(text, start, words):
            continue
        if _PLACE_PART_AFTER.match(text, end):  # "Stigsborg havnefront": a place
            continue
        if _COORD_TAIL.search(text, max(0, start - 8), start):  # "Børne- og Ungesyn" written as one name: a fragment
            continue
        if re.match(r"[ ]\d", text[end:end + 2]):  # "City 2": an address or a building
            continue
        if len(words) == 1:
            if len(name) < 3 and not _ALLCAPS.match(name):
                continue
            if _SHORT_ACRONYM_GENITIVE.fullmatch(name) or _FILE_LABEL.search(name):
                continue  # "KJ’s": a person's initials; "Dok.nr", "Sagsnr": a file label
            if _ALLCAPS.match(name) and len(name) > 4 and _heading_capitals(name):
                continue  # "IDÉOPLÆGGET": a heading's noun in capitals
            if not _ALLCAPS.match(name) and not _camel_brand(name) and _indefinite_compound(name):
                continue  # "Råderumskatalog", "Livschancer": a common noun, not a name
            if not _DEFINITE.search(name) and _FOUNDING_BEFORE.search(text, max(0, start - 24), start):
                continue  # "etablering af Frivillighedsråd": a body still to be set up
            if _acronym_common_noun(name):
                continue  # "de berørte MED-udvalg": a kind of body, not one body's name
            if at_sentence_start(text, start) and not _ALLCAPS.match(name):
                continue
            if _ALLCAPS.match(name) and len(name) <= 4 and (
                    not _ACRONYM_SUBJECT.match(text, end) or name in _people_initials(text)):
                continue  # a short acronym the model marks is a name only as a sentence's subject ("FU indstiller")
            if not _ALLCAPS.match(name) and _common_single(name):
                continue
            if strip_genitive(name) in surnames:  # "Hansen" after "Bo Hansen": the person again
                continue
            if _after_first_name(text, start):
                continue  # "Sagsbehandler: Nora Thalund": a person's surname after the first name
            if _FOREIGN_FUNCTION_AFTER.match(text, end):
                continue  # "Skip to content": a word of a page's English furniture
            if not _ALLCAPS.match(name[:-1]) and name.endswith("s") and _NOUN_AFTER.match(text, end):
                continue  # "Frederiksøs potentiale": one word as an owner, a place or a building as often
            if _capital_neighbour(text, start, end):
                continue  # "Maria Bagger Grell", "Nordby BMX": one word cut out of a longer capitalised run
            if name not in placed:  # each name looked up once: a long text repeats its names
                placed[name] = any(place_context(text, m.start(), m.end())
                                   for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            if placed[name]:
                continue  # "Erhvervsområde Farremosen", "en sti mellem Resen og Humlum": a place here or elsewhere
        if any(_LETTERS_AND_DIGITS.fullmatch(w) for w in words):
            continue  # "Back2School", "DK2030", "AAB12": a code or a programme, not a name the model knows
        if len(words) > 1 and _definite_genitive(words[0]):
            continue  # "Fondens Vision": the fund's vision, a common noun's genitive before a noun
        if _venue_label().match(text, line_of(text, start)[0]) or _ADDRESS_AFTER.match(text, end):
            sites.add(name)
            continue  # "Mødested Nordby Sundhedshus", "Café Havly, Havnegade 12": the meeting's venue
        if _SITE_BEFORE.search(text, max(0, start - 5), start) and not (
                name.endswith("s") and _NOUN_AFTER.match(text, end)):
            sites.add(name)
            continue  # "indlagt på Psykiatrisk Afdeling", "abonnement på Nyt Om Bolig": a site or a medium
        if _heading_of_common_words(text, start, end, words):
            continue  # "Trivsel & Tryghed" on a line of its own: a theme's heading
        out.append(Candidate(start, end, _canonical(name), "organisation", 0))
    return [c for c in out if text[c.start:c.end] not in sites]  # the site's other mentions too


@functools.lru_cache(maxsize=1)
def _trailing_labels() -> frozenset[str]:
    """Labels a flattened page glues after a name: the parties' own list and the one-word labels of
    a minutes' participant list ("Sted: Lokale 4, Nordby Medlemmer Bo Dam (A) …")."""
    from socdoc.extractors.minutes_layout import phrases  # the minutes' module reads the parties' data

    listed = (str(w) for w in phrases()["participant_labels"] if " " not in str(w))
    return frozenset(cues()["parties"]["trailing_labels"]) | frozenset(w.capitalize() for w in listed)
_ACRONYM_SUBJECT = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['acronym_subject_verbs'])})(?![\w-])")


@functools.lru_cache(maxsize=1)
def _royal_titles() -> frozenset[str]:
    return frozenset(cues()["parties"]["royal_titles"])


def _royal_person(words: list[str]) -> bool:
    """True for a span that names a member of the royal family by title ("Hendes Kongelige Højhed
    Kronprinsesse Mary", "Kronprins Frederik"); a name after the title in the genitive makes an
    institution named after the person ("Dronning Ingrids Hospital", "Prins Henriks Skole")."""
    titled = [i for i, w in enumerate(words) if w in _royal_titles()]
    if not titled:
        return False
    tail = words[titled[-1] + 1:]
    return bool(tail) and not _is_org_word(words[-1]) and not any(w.endswith(("s", "'s", "’s")) for w in tail)


@functools.lru_cache(maxsize=1)
def _lettered_person() -> re.Pattern[str]:
    letters = "|".join(re.longest_first(map(re.escape, _party_abbreviations())))
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    return re.compile(rf"(?<![\w-])(?P<name>{word}(?:[ ]{word}){{1,3}})[ ]\((?:{letters})\)")


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def _hyphen_body_word() -> re.Pattern[str]:
    """A committee's or council's word joined by a hyphen after a name ("-udvalget", "-rådet")."""
    return re.compile(rf"-(?:{trie_regex(_body_suffixes())})(?![\w-])")


def _body_suffixes() -> list[str]:
    """The word endings of committees and units ("udvalget", "rådet"), longest first."""
    committee = load_gazetteers().committee_words
    units = load_gazetteers().unit_words
    return re.longest_first({*committee.suffixes, *units.suffixes, "udvalg", "udvalget"})


@functools.lru_cache(maxsize=1)
def _line_gates() -> dict[str, re.Pattern[str]]:
    """What a line with a match of a pattern holds, for patterns that match within one line."""
    data = cues()["parties"]
    letters = "|".join(re.longest_first(map(re.escape, _party_abbreviations())))
    return {
        "lettered_person": re.compile(rf"[ ]\((?:{letters})\)"),
        "appositive": re.compile(rf"{trie_regex(data['appositive_heads'])}[ ][{UPPER}]"),
        "applicant": re.compile(rf"[ ](?:{'|'.join(map(re.escape, data['applicant_verbs']))})(?![\w])"
                                rf"|{_applicant_title_nouns(data)}(?![\w])"),
        "owner": re.compile(rf"s[ ](?:{'|'.join(map(re.escape, data['owner_roles']))})(?![\w])"),
        "suffix_word": re.compile(rf"(?:{trie_regex(_body_suffixes())})s?(?![\w])"),  # the word's ending
    }


def _lettered_people(text: str) -> frozenset[str]:
    """Names the text writes with a party letter after them ("Medhat Khattab (C)"): council members."""
    if "(" not in text:
        return frozenset()
    return frozenset(m.group("name") for m in line_matches(text, _line_gates()["lettered_person"], _lettered_person()))


def _lettered_person_lead(words: list[str], lettered: frozenset[str]) -> int:
    """How many leading words of a model span make a name the text writes with a party letter
    elsewhere (0 when none): a council member, not an organisation."""
    for k in range(min(len(words), 4), 1, -1):
        if " ".join(words[:k]) in lettered:
            return k
    return 0
_LETTERS_AND_DIGITS = re.compile(r"(?=[^\W\d_]*\d)(?=\d*[^\W\d_])[^\W_]+[’'´]?[^\W_]*")
_CAPITAL_BEFORE = re.compile(rf"(?<![.!?:;\n])[ ](?!(?:Det|Den|De|I|På|Til|For|Og)[ ])[{UPPER}][\w-]*[ ]$")
_CAPITAL_AFTER = re.compile(rf"[ ][{UPPER}][\w-]*")


def _capital_neighbour(text: str, start: int, end: int) -> bool:
    """True where a capitalised word inside a sentence stands right before or after a one-word
    name: the model cut one word out of a longer name ("Maria Bagger Grell") or a run-on title."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and not at_sentence_start(text, before.start() + 1):
        return True
    return bool(_CAPITAL_AFTER.match(text, end))


def _definite_genitive(word: str) -> bool:
    """A common noun in the definite genitive ("Fondens", "Kommunens"): the owner of what follows."""
    return word.endswith(("ens", "ets")) and common_word(word[:-1])


# "på", "ved" right before a name only the model reads: a site (a ward, a hall, a shop) or a medium
_SITE_BEFORE = re.compile(r"(?<![\w-])(?:på|ved)[ ]$")


def _heading_of_common_words(text: str, start: int, end: int, words: list[str]) -> bool:
    """A line that holds nothing but capitalised common words ("Trivsel & Tryghed", "Læring og
    Fællesskab"): a heading of a theme, not an organisation's name."""
    line_start, line_end = line_of(text, start)
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    content = [w for w in words if w not in ("&", "og")]
    return len(content) > 1 and all(common_word(w) and not _is_org_word(w) for w in content)


def _in_people_list(text: str, start: int, end: int, words: list[str], person_starts: frozenset[int]) -> bool:
    """A line "Fornavn Efternavn, rolle" in a list of members whose neighbouring line opens with a
    person's name before a comma: the span is one more person, whose name the model took for an
    organisation."""
    line_start, line_end = line_of(text, start)
    if start != line_start or not 2 <= len(words) <= 3 or not text.startswith(", ", end):
        return False
    if not all(re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?", w) for w in words):
        return False
    if any(_is_org_word(w) or common_word(w) for w in words):
        return False
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    neighbours = [p for p in (prev_start, line_end + 1) if 0 <= p < len(text)]
    return any(p in person_starts and _PERSON_COMMA.match(text, p) for p in neighbours)


_FIRST_NAME_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)[ ]$")
_FOREIGN_FUNCTION_AFTER = re.compile(
    rf"[ ](?:{'|'.join(map(re.escape, cues()['parties']['foreign_function_words']))})[ ]"
)


def _after_first_name(text: str, start: int) -> bool:
    """A listed first name right before a one-word span: the span is that person's surname."""
    before = _FIRST_NAME_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1) in first_names()


def _among_people(text: str, start: int, end: int, words: list[str], people: list[tuple[int, int]]) -> bool:
    """A span of two or three capitalised words that are no organisation's or common words, in a
    comma list whose neighbouring item is a person the model read: one more person's name."""
    if not 2 <= len(words) <= 3 or any(_is_org_word(w) or common_word(w) or w.isupper() for w in words):
        return False
    if not all(re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?", w) for w in words):
        return False
    ends = {e for _, e in people}
    starts = {s for s, _ in people}
    before = text[max(0, start - 2):start] == ", " and (start - 2) in ends
    after = _LIST_JOIN_AFTER.match(text, end)
    return before or (after is not None and after.end() in starts)


_LIST_JOIN_AFTER = re.compile(r",[ ]|[ ](?:og|samt)[ ]")
_PERSON_COMMA = re.compile(rf"[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+){{1,3}},[ ]")


# a project's or a programme's name after its kind or after "der hedder": a thing, not an organisation
_NAMED_THING_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?i:{'|'.join(map(re.escape, cues()['parties']['named_thing_heads']))})|der[ ]hedder|kaldet)[ ]$"
)
def _named_thing(text: str, cand: Candidate) -> bool:
    """A name right after "projektet", "kampagnen" or "der hedder": a project's name."""
    return bool(_NAMED_THING_BEFORE.search(text, max(0, cand.start - 24), cand.start))


_CLAUSE_WORDS = frozenset(["hvor", "hvis", "men", "eller", "når", "hvilket", "hvorfor", "fordi", "jf", "dvs", "bl"])
_LOWER_ITEM_AFTER = re.compile(rf",[ ](?:de[ ]|alle[ ])?(?P<word>[{LOWER}]{{3,}})")


def _kind_in_list(text: str, cand: Candidate, pat: _Patterns) -> bool:
    """A body's word in its indefinite form listed before kinds of bodies in lower case ("fra
    Kommunalbestyrelse, fagudvalg, råd og nævn"): the kind of body, not one body acting."""
    if cand.type != "body" or " " in cand.name or _DEFINITE.search(cand.name):
        return False
    m = _LOWER_ITEM_AFTER.match(text, cand.end)
    return m is not None and m.group("word") not in _TAIL_STOP_WORDS and m.group("word") not in _CLAUSE_WORDS


_SENTENCE_INSIDE = re.compile(rf"[{LOWER}][.!?][\"”»']*[{UPPER}]")


_DEFINITE_NOUN = re.compile(r"(?:en|et|erne|ene)$")


def _place_before_definite(words: list[str], pat: _Patterns) -> bool:
    """A place, then a noun in the definite form: a name led by a place takes an indefinite head
    ("Nordby Sejlklub"), so the definite word opens a name or a sentence of its own."""
    second = words[1]
    return (words[0] in pat.places and len(second) >= 8 and second[:1].isupper() and not second.isupper()
            and bool(_DEFINITE_NOUN.search(second)) and second not in pat.places)


_SHORT_ACRONYM_GENITIVE = re.compile(rf"[{UPPER}]{{1,4}}['’]s")
_FILE_LABEL = re.compile(r"(?:^|\.)[\w]{0,8}nr\.?$", re.IGNORECASE)
_STREET_NAMED_HEADS = ("boligforeningen", "boligforening", "grundejerforeningen", "grundejerforening")
_STREET = re.compile(rf"[{LOWER}](?:{'|'.join(cues()['parties']['street_endings'])})$")


def _next_heading_noun(text: str, word: str, end: int, pat: _Patterns) -> bool:
    """True for a model name's last word that opens the next title of a run-on line: a
    capitalised common noun before a title's link word ("Vestjylland Placering af …") or a
    long compound before a preposition ("Klintebjerg Digelag Selskabsdannelse på …")."""
    if not _heading_word(word, pat):
        return False
    if _TITLE_LINK.match(text, end):
        return True
    return len(word) >= 10 and compound_head(word) is not None and bool(_PREPOSITION_AFTER.match(text, end))


_PREPOSITION_AFTER = re.compile(r"[ ](?:på|i|ved|under|hos)[ ]")


def _heading_capitals(word: str) -> bool:
    """A word in capitals that is a common noun or a compound of common words whose head names
    no organisation ("SKITSEFORSLAGET"; not "LANDSBYGGEFONDEN")."""
    cap = word.capitalize()
    if _common_single(cap):
        return True
    head = compound_head(cap)
    return head is not None and not _is_org_word(head)


def _indefinite_compound(word: str) -> bool:
    """A compound of common words in its indefinite form whose head names no organisation
    ("Råderumskatalog", "Udlodningsmidler"): a common noun the model takes for a name."""
    head = compound_head(word)
    return head is not None and not _DEFINITE.search(word) and not _is_org_word(head)


_ACRONYM_NOUN = re.compile(rf"[{UPPER}]{{2,6}}-(?P<noun>[{LOWER}]+)")


def _acronym_common_noun(name: str) -> bool:
    """An acronym joined to a common noun in its indefinite form ("MED-udvalg", "SSP-samarbejde"):
    a kind of thing, not a name."""
    m = _ACRONYM_NOUN.fullmatch(name)
    if m is None:
        return False
    noun = m.group("noun")
    return not _DEFINITE.search(noun) and (common_word(noun) or compound_head(noun) is not None)


_PLACE_BEFORE = re.compile(rf"(?P<name>[{UPPER}][\w.-]*)(?:,[ ]|[ ](?:og|samt)[ ])$")
_PLACE_AFTER = re.compile(rf"(?:,[ ]|[ ](?:og|samt)[ ])(?P<name>[{UPPER}][\w-]*)")


def _listed_with_places(text: str, start: int, end: int) -> bool:
    """True for the model's name listed next to a place or an estate-shaped name."""
    before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    after = _PLACE_AFTER.match(text, end)
    return any(m is not None and (area_like(m.group("name")) or _ESTATE_SHAPE.search(m.group("name")))
               for m in (before, after))


_ESTATE_SHAPE = re.compile(
    rf"[{LOWER}](?:{'|'.join(map(re.escape, cues()['areas']['name_suffixes']))})$|-området$"
)


@functools.lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    return frozenset(cues()["parties"]["institution_heads"])


def _institution_head(word: str) -> bool:
    """An institution's head noun, which its town or district names ("Viborg Stift", "Randers Bibliotek")."""
    return word.lower() in _institution_heads()


def _not_organisation_words(words: list[str]) -> bool:
    """The model's name of several words that is a plan, a fund pool or a facility, or that
    holds a role word: "Strategisk-Fysisk Udviklingsplan", "Lejre Kommuneplan Lukket",
    "Hedehusene Grusgrav", "Direktionssekretær Kontaktperson …"."""
    if any(thing_compound(w) or w.lower() in _thing_heads_set() for w in words):
        return True
    if any(w.lower() in load_gazetteers().roles.words for w in words):
        return True
    last = words[-1]
    if last.lower().endswith(tuple(cues()["parties"]["company_heads"])) or _institution_head(last):
        return False
    if last in cues()["parties"]["brand_heads"]:
        return False  # "Thisted Bolig": a housing organisation named by its town
    return area_like(words[0]) and common_word(last) and not _is_org_word(last)


def _common_words_only(words: list[str], pat: _Patterns) -> bool:
    """The model's name of capitalised common nouns only, none an organisation's head word, a
    place or in capitals, one of them a long compound: two headings run together
    ("Dagtilbudspolitik Stier"). Adjectives that open names ("Dansk", "Fælles", "Det") keep the
    span, and so do plain words ("Regional Udvikling", "Team Miljø": a unit's name)."""
    content = [w for w in words if w not in ("og", "&", "for", "i", "af")]
    if not content or content[0] in ("Det", "Den", "De") or _ADJECTIVE_ENDING.search(content[0]) or content[0].endswith("t"):
        return False  # "Boligsocialt Partnerskab": an adjective opens the name
    if not any(len(w) >= 10 and compound_head(w) is not None for w in content):
        return False  # "Regional Udvikling", "Team Miljø": a unit's name of plain words
    return all(w[:1].isupper() and not w.isupper() and w not in pat.places and not _is_org_word(w)
               and (common_word(w) or compound_head(w) is not None) for w in content)


@functools.lru_cache(maxsize=1)
def _title_openers() -> frozenset[str]:
    return frozenset(cues()["parties"]["title_openers"])


@functools.lru_cache(maxsize=1)
def _thing_heads_set() -> frozenset[str]:
    return frozenset(cues()["lexicon"]["thing_heads"])


def _next_title_word(text: str, word: str, end: int) -> bool:
    """True for a capitalised common word followed by a lower-case word, as the word that opens
    the next title of a run-on list ("… til Skive Køb af Folmentoftvej"); not an institution's
    head after its town ("Randers Bibliotek har …")."""
    if not word[:1].isupper() or word.isupper() or _is_org_word(word) or _institution_head(word):
        return False
    if word in cues()["parties"]["brand_heads"]:
        return False  # "Thisted Bolig vil …": a housing organisation named by its town
    return common_word(word) and bool(_LOWER_AFTER.match(text, end))


_LOWER_AFTER = re.compile(rf"[ ][{LOWER}]")
# a plan or permit for a site: "Lokalplan 356 for", "kommuneplantillæg nr. 4 for"
_PLAN_FOR = re.compile(
    rf"(?<![\w-])[\w-]*(?:{'|'.join(map(re.escape, cues()['parties']['plan_words']))})"
    rf"(?:(?:[ ](?:nr\.[ ]?)?[\d./-]+)?[ ]for[ ]|[ ](?:nr\.[ ]?)?\d[\d./-]*:[ ])$",  # "Lokalplan nr. 12: X": its site too
    re.IGNORECASE,
)


def _fold(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Fold generic actors into the one named body of their kind ("byrådet" → "Odense Byråd"). A marker
    ending in a space opens the name ("Region ", "Jobcenter "), any other ends it ("Byråd"): "Varde Byråds
    Kunstudvalg" is a committee the council owns, not the council."""
    fold = cues()["parties"]["fold_into"]
    names = [g[0].name for g in groups]
    result: list[list[Candidate]] = []
    targets: dict[str, list[Candidate]] = {}
    dropped: set[str] = set()
    for generic, marker in fold.items():
        hits = [g for g, n in zip(groups, names) if (marker in n if marker.endswith(" ") else n.endswith(marker))
                and n != generic and g[0].type != "unit"]
        if len({g[0].name for g in hits}) == 1:
            targets[generic.casefold()] = hits[0]
        elif hits:  # "politiet" beside several police districts: one of them, not another party
            dropped.add(generic.casefold())
    for g in groups:
        if g[0].name.casefold() in dropped:
            continue
        target = targets.get(g[0].name.casefold())
        if target is not None and target is not g:
            target.extend(g)
            target.sort(key=lambda c: c.start)
            continue
        result.append(g)
    return result


# "> Barn > Bolig og Byggeri", "Du er her: Forside / Politik / …": a menu or breadcrumb line
_MENU_LINE = re.compile(r"^[ \t]*(?:[•·*-][ \t]*)?>|[ ]>[ ]|[Dd]u er her:|[ ]/[ ][^/\n]{1,80}?[ ]/[ ]")
_BREADCRUMB = re.compile(
    rf"[ \t]*(?:{'|'.join(cues()['parties']['breadcrumb_roots'])})[ ]+[{UPPER}][{LOWER}]+[ ]+[{UPPER}]"
)
# a lowercase word after a name on a breadcrumb line, other than a conjunction of a menu item
# ("Byråd og udvalg"): the page's first sentence glued to the trail ("… Byrådet har vedtaget")
_MENU_JOINERS = frozenset({"og", "eller", "for", "i", "af", "&"})  # small words inside a menu item's name
_SENTENCE_AFTER = re.compile(rf"[ ](?!(?:{'|'.join(map(re.escape, sorted(_MENU_JOINERS)))})[ ])[{LOWER}]")
_BULLET = re.compile(r"[ \t]*[•·*–-][ \t]+(?P<item>[^\n]*)$")


def _sentence_line(line: str) -> bool:
    """A line that is a sentence, not a trail of links: it ends in a full stop and holds small words other than
    a menu item's joiners ("Hjem Til Alle Alliancen består af 15 organisationer, blandt andet …")."""
    small = [w for w in line.split() if w[:1].islower() and w not in _MENU_JOINERS]
    return line.rstrip().endswith((".", "!", "?")) and len(small) >= _SENTENCE_SMALL_WORDS


_SENTENCE_SMALL_WORDS = 3


def _navigation(text: str, cand: Candidate) -> bool:
    """True for a name in the site's navigation: on a menu or breadcrumb line, alone on a line
    next to a navigation line ("Gå til hovedindhold", "Hovedmenu", "Logo"), on a "… på Facebook"
    line, or as an item of a menu of short bullets that follows such a line."""
    start, end = line_of(text, cand.start)
    if _menu_line(text, start, end):
        return True
    if _BREADCRUMB.match(text, start, end) and not _SENTENCE_AFTER.match(text, cand.end) \
            and not _sentence_line(text[start:end]):
        return True  # "Hjem Politik Byråd og udvalg …": a trail written without separators
    first, last = _stripped(text, start, end)
    alone = last - first == cand.end - cand.start and text[first:last] == text[cand.start:cand.end]
    if alone and (_nav_line(_neighbour(text, start, -1)) or _nav_line(_neighbour(text, end, 1))):
        return True
    if alone and _sibling_menu(text[first:last], _neighbour(text, start, -1), _neighbour(text, end, 1)):
        return True
    if not _BULLET.match(text, start, end):
        return False
    for _ in range(40):  # up a block of short bullets to the line that opens it
        prev = _neighbour(text, start, -1)
        bullet = _BULLET.match(prev)
        if bullet is None or len(bullet.group("item").split()) > 5:
            return _nav_line(prev) or bool(_MENU_LINE.search(prev))
        start = text.rfind("\n", 0, start - 1) + 1 if start else 0
        while start and not text[start:text.find("\n", start)].strip():
            start = text.rfind("\n", 0, start - 1) + 1
    return False


_OWNED_COMMITTEE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['committee_owners'])})[ ]"
    rf"(?P<name>(?:[{LOWER}]+-,?[ ](?:[{LOWER}]+-,?[ ])*og[ ])?[{LOWER}]+udvalg)(?![\w-])"
)

_UDVALG_END = re.compile(r"udvalg(?![\w-])")  # what a line with an _OWNED_COMMITTEE match holds


def _owned_committees(text: str) -> list[re.Match[str]]:
    """A council's genitive before a committee's indefinite name ("byrådets socialudvalg",
    "kommunalbestyrelsens børne- og skoleudvalg")."""
    if "udvalg" not in text:
        return []
    kinds = cues()["parties"]["committee_kinds"]
    return [m for m in line_matches(text, _UDVALG_END, _OWNED_COMMITTEE) if m.group("name") not in kinds]


# a committee named by its fields after its owner's genitive ("kommunens udvalg for erhverv, klima, miljø og
# teknik", "Nordby Kommunes udvalg for sundhed og kultur"): the span takes a named owner in, as the committee acts
_FIELD_WORD = rf"[{UPPER}{LOWER}][{LOWER}]+"
_OWNED_FIELD_COMMITTEE = re.compile(
    rf"(?:(?P<named>(?<![\w-])[{UPPER}][\w-]+[ ](?:{'|'.join(cues()['parties']['field_committee_named_owners'])}))|(?<![\w-])(?i:{'|'.join(cues()['parties']['field_committee_owners'])}))[ ]"
    rf"(?P<name>udvalg[ ]for[ ](?P<fields>{_FIELD_WORD}(?:,[ ]{_FIELD_WORD})*[ ](?:og|&)[ ]{_FIELD_WORD}))(?=[ ,.;:\n]|$)"
)
_UDVALG_FOR = re.compile(r"s[ ]udvalg[ ]for[ ]")  # what a line with an _OWNED_FIELD_COMMITTEE match holds


def _owned_field_committees(text: str) -> list[Candidate]:
    """A committee named by its fields after the genitive of the council or municipality that owns it ("kommunens
    udvalg for sundhed, kultur og fritid"): each field a common noun, so that names after "og" stay out."""
    if "s udvalg for " not in text:
        return []
    out = []
    for m in line_matches(text, _UDVALG_FOR, _OWNED_FIELD_COMMITTEE):
        if all(_field_noun(w) for w in re.split(r",[ ]|[ ](?:og|&)[ ]", m.group("fields"))):
            name = m.group("name")
            out.append(Candidate(m.start() if m.group("named") else m.start("name"), m.end(), "U" + name[1:], "body", 3))
    return out


def _owned_committee(m: re.Match[str]) -> Candidate:
    name = m.group("name")
    return Candidate(m.start("name"), m.end("name"), name[:1].upper() + name[1:] + "et", "body", 2)


def _on_sentence_line(text: str, cand: Candidate) -> bool:
    """True for a mention on a line of five words or more that is no menu line ("Rådet drøftede
    …", "Referat af Rådets møde 3. maj"): the body named in the text, not only in the menu."""
    start, end = line_of(text, cand.start)
    return _long_line(text, start, end) and not _menu_line(text, start, end)


def _long_line(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` has five words or more."""
    return _per_line("long", text, start, lambda: len(text[start:end].split(None, 5)) >= 5)


_LINE_MEMO: dict[str, Any] = {"text": None, "facts": {}}


def _per_line(fact: str, text: str, start: int, compute: Callable[[], bool]) -> bool:
    """``compute()`` for the line of ``text`` that starts at ``start``, worked out once per line and
    text: the names on one long line share the answer, so a long line costs linear time."""
    if _LINE_MEMO["text"] is not text:
        _LINE_MEMO["text"], _LINE_MEMO["facts"] = text, {}
    facts = _LINE_MEMO["facts"]
    if (fact, start) not in facts:
        facts[fact, start] = compute()
    return facts[fact, start]


def _sibling_menu(line: str, before: str, after: str) -> bool:
    """True for a short line between two short lines that open with the same word ("DK Social"
    between "DK Vindkraft" and "DK Sundhed"): a menu of a site's sibling pages."""
    words = line.split()
    if len(words) < 2:
        return False
    return all(len(n.split()) <= 3 and n.split()[0] == words[0] for n in (before.strip(), after.strip()) if n) \
        and bool(before.strip()) and bool(after.strip())


def _menu_line(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` is a menu, breadcrumb or social-media line."""
    return _per_line("menu", text, start,
                     lambda: bool(_MENU_LINE.search(text[start:end]) or _SOCIAL.search(text[start:end])))


_STRIPPED = " \t•·*-"


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without leading and trailing blanks and bullet marks, as offsets."""
    while start < end and text[start] in _STRIPPED:
        start += 1
    while end > start and text[end - 1] in _STRIPPED:
        end -= 1
    return start, end


def _neighbour(text: str, pos: int, step: int) -> str:
    """The nearest non-blank line before (``step`` -1, from a line start) or after (1, from a
    line end) ``pos``."""
    if step < 0:
        end = pos - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip():
                return text[start:end]
            end = start - 1
        return ""
    start = pos + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return text[start:end]
        start = end + 1
    return ""


def _nav_line(line: str) -> bool:
    return line.strip(" \t•·*-").casefold() in _NAV_LINES


_NAV_LINES = frozenset(cues()["parties"]["navigation_lines"])
_SOCIAL = re.compile(rf"[ ]på[ ](?:{'|'.join(cues()['parties']['social_media'])})[ \t]*$")


def _glued_heading_word(text: str, words: list[str], start: int) -> bool:
    """True when a heading's or label's common word stands glued before a body's name that the
    text also gives on its own ("Spørgetid Byrådet afholder", "Titel Udvalg", "At Byrådet
    godkender"): the first word is a common noun, not part of the name."""
    first, body = words
    if first in ("Det", "Den", "De") or not (common_word(first) or compound_head(first)):
        return False
    if false_compound_place(first):
        return False  # "Højslev Boligselskab": a village's name, not "høj" + "slev"
    if not body[:1].isupper() or len(body) < 5:
        return False
    return any(at != start + len(first) + 1 and text[max(0, at - len(first) - 1):at] != first + " "
               for at in _word_starts(text, body))


_NAME_HEADS = frozenset(cues()["parties"]["name_heads"])
_NEXT_NAME = re.compile(rf"[ ][{UPPER}][{LOWER}]")


def _after_role_and_person(words: list[str], pat: _Patterns) -> int:
    """Index of the word after a role and a person's name that stand before a body's name on a
    contact line ("Direktionssekretær Kontaktperson Eva Lind Direktionssekretariatet" → 4), or 0."""
    roles = load_gazetteers().roles.words
    endings = tuple(cues()["parties"]["role_endings"])
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in roles or w.lower().endswith(endings)),
              default=0)
    if cut:
        person = _person_cut(words[cut:], pat)
        if person == 0 and cut + 2 < len(words):
            cut += 2
    return cut


_ROLE_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[\w-]+)[ ]$")


def _role_before(text: str, start: int) -> bool:
    """A person's role right before ``start`` ("direktør Jan Holm …")."""
    m = _ROLE_WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and _role_word(m.group("word"))


def _after_listed_person(words: list[str]) -> int:
    """Index of the word after the last person's name that stands right before a body's name in a
    run of a flattened member list ("Søren Strandgaard Naturstyrelsen", "Anne Holm Øhavsmuseet",
    "Ib Lund Dansk Skovforening" → 2), or 0. The body's name after the person is one word in its
    definite form or opens with a national lead: a firm named by its founder keeps the name
    ("Peter Larsen Kaffe A/S", "Claus Sørensen Ejendomme")."""
    cut = 0
    i = 0
    while i < len(words) - 1:
        end = _person_name_end(words, i)
        if end > i + 1 and end < len(words) and _body_after_person(words[end:]):
            cut = end
        i = max(end, i + 1)
    return cut


def _person_name_end(words: list[str], i: int) -> int:
    """Index after a person's name that opens at ``words[i]`` (a first name, then first names,
    initials and surnames), or ``i`` when no first name opens there."""
    if words[i] not in first_names():
        return i
    end = i + 1
    while end < len(words) and _name_word(words[end]):
        end += 1
    return end


def _name_word(word: str) -> bool:
    """A first name, an initial ("V."), a known surname ("Rasmussen") or a capitalised word that is
    no common word and not in a definite form ("Strandgaard", "Boye"; not "Naturstyrelsen", "Øhavsmuseet")."""
    if word in first_names() or _INITIAL.fullmatch(word) or known_surname(word):
        return True
    return word[:1].isupper() and not word.isupper() and not _DEFINITE.search(word) and not common_word(word)


_INITIAL = re.compile(rf"[{UPPER}]\.")


def _body_after_person(rest: list[str]) -> bool:
    """The words after a listed person name a body of their own: one word in the definite form that
    is no name ("Naturstyrelsen", "Sekretariatet") or a name with a national lead ("Dansk Skovforening")."""
    if len(rest) == 1:
        return bool(_DEFINITE.search(rest[0])) and not _name_word(rest[0])
    return rest[0] in _NATIONAL_LEADS or rest[0] in ("Det", "Den")


def _heading_noun_before_body(words: list[str], pat: _Patterns) -> bool:
    """True for a heading's noun glued before a body's name of one word ("Bevillingsændringer
    Regionsrådet", "Titel Udvalg"): a capitalised common noun, not an adjective of the name
    ("Fælles Elevråd", "Grønne Råd")."""
    first, body = words
    if not (_body_word(body) or body.casefold() in _suffix_set()) or first in ("Det", "Den", "De"):
        return False
    return _heading_word(first, pat) and not (_ADJECTIVE_ENDING.search(first) and not _long_compound(first))


def _long_compound(word: str) -> bool:
    """A long compound noun with a known last part ("Indholdsfortegnelse", "Mødeoversigt"): a
    noun whatever its ending, not an adjective of the name that follows."""
    head = compound_head(word)
    return head is not None and len(word) >= 12 and len(word) - len(head) >= 5


_COORD_OPENING = re.compile(rf"[{UPPER}][{LOWER}]+-(?:og)?,?")
_ADJECTIVE_ENDING = re.compile(r"(?:e|es|s|ig|lig|sk)$")
_ATTRIBUTIVE = re.compile(r"(?:ig|ige|lig|lige|sk|ske|sks)$")


_DEFINITE_BODY = re.compile(r"(?:udvalget|rådet|bestyrelsen)$")


def _definite_body_after_name(words: list[str]) -> bool:
    """A committee's or council's definite one-word name run on after another capitalised name
    ("Nordby Trafikselskab Erhvervsudvalget"): a name led by other words takes an indefinite head,
    so the definite word is a name of its own. Coordinated names ("Social- og …") stay whole."""
    if len(words) < 3 or not _DEFINITE_BODY.search(words[-1]) or len(words[-1]) < 10:
        return False
    before = words[:-1]
    if any(w in ("og", "&", "for", "i", "Det", "Den", "De") or w.endswith(("-", ",")) for w in before):
        return False
    return not before[-1].endswith(("s", "'")) and all(w[:1].isupper() for w in before)


def _next_name_head(words: list[str], pat: _Patterns) -> bool:
    """A place-led local name ("Nordby Fjernvarme") run on into a definite one-word name
    ("Boligforeningen"): a place-led name takes an indefinite head, so the definite word opens
    the next name."""
    return (len(words) >= 3 and words[0] in pat.places and words[-2].casefold().endswith(_LOCAL_HEADS)
            and words[-1].endswith(("en", "et")) and len(words[-1]) >= 10)


def _lead_before_place(words: list[str], pat: _Patterns) -> int:
    """How many words of a run-on title stand before the place that opens a local name
    ("Låneoptagelse Nordby Boligforening", "Skovgade Nordby Boligforening"): nouns and streets
    before a place, with no attributive word or organisation word among them. The first word may
    itself be a place that ended the previous title ("… i Nordby Misbrug Unge Sydby Rideklub")."""
    for i, word in enumerate(words[1:-1], start=1):
        if word not in pat.places:
            continue
        if f"{words[i - 1]} {word}" in pat.places:
            return 0  # "Nykøbing Mors Andelsboligforening": a place of two words leads the name
        lead = words[:i]
        if all((len(w) >= 5 or (j and common_word(w))) and w[:1].isupper() and not w.isupper()
               and (w not in pat.places or (j == 0 and i > 1))
               and not _ATTRIBUTIVE.search(w) and not _is_org_word(w) and not _definite_org_word(w) and w not in first_names()
               and w not in pat.stop_words for j, w in enumerate(lead)):
            return i
        return 0
    return 0


_AGENDA_HEADINGS = frozenset(cues()["parties"]["agenda_heading_words"])


def _title_noun_lead(words: list[str], pat: _Patterns) -> int:
    """1 where a run-on title's noun stands before a local name ("Brandsikring Nordby
    Plejecenter", "Turismepolitik Sø-Vig Turistforening") or an agenda's heading word before a
    body ("Diverse Afdelingsbestyrelsen"): a long compound noun of the word list before a proper
    word; 0 otherwise."""
    first = words[0]
    if len(words) >= 2 and first in _AGENDA_HEADINGS:
        return 1
    if len(words) < 3 or len(first) < 10 or compound_head(first) is None or _ADJECTIVE_ENDING.search(first):
        return 0
    if _definite_org_word(first):
        return 0  # "Sparekassen Nordby Fonden": the savings bank's own foundation
    second = words[1]
    if not _heading_word(first, pat) or not second[:1].isupper() or second.isupper() or common_word(second):
        return 0
    if _COORD_OPENING.fullmatch(second) or second.endswith("-"):
        return 0  # "Regnskab Børne-og Skoleudvalget": the coordinated name's first part (cut elsewhere)
    return 1


def _title_noun_before_definite_head(words: list[str], pat: _Patterns) -> int:
    """1 where a run-on title's noun stands before a name that opens with its definite head word
    ("Takster Fonden Nordby Skolemuseum", "Kulturaftale Musikforeningen Nordlyd"): a common noun of
    six letters or more, not a known name with the head ("Bikuben Fonden"); 0 otherwise."""
    if len(words) < 2 or not words[1].casefold().endswith(_DEFINITE_ORG_HEADS):
        return 0
    first = words[0]
    if len(first) < 6 or not _heading_word(first, pat) or _known_name(f"{first} {words[1]}", pat):
        return 0
    return 1


_DEFINITE_ORG_HEADS = tuple(cues()["parties"]["definite_name_heads"])
_DEFINITE_BODY_COMPOUND = re.compile(
    rf"[{UPPER}][{LOWER}]{{2,}}(?:{'|'.join(re.longest_first(cues()['parties']['definite_council_heads']))})s?")


def _lone_lead_before_definite_body(words: list[str], pat: _Patterns) -> int:
    """1 where one word stands before a council's or committee's name in the definite ("Side A
    Integrationsrådets strategi", "fejring af Nordlys Integrationsrådets projekt"): a definite body takes no
    place or name before it (that one is "Nordby Integrationsråd"); a place, a genitive or a coordination's
    part before it stays; 0 otherwise."""
    if len(words) != 2 or not _DEFINITE_BODY_COMPOUND.fullmatch(words[1]):
        return 0
    first = words[0]
    if first in pat.places or first.endswith(("s", "-", "'")) or first in ("Det", "Den") or first.isupper() and len(first) > 1:
        return 0
    return 1


_NAME_BEFORE_BRACKET = re.compile(rf"(?<![\w-])(?P<full>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w.-]*){{1,3}})[ ]?\($")


def _person_initials_in_brackets(text: str, start: int, end: int) -> bool:
    """True for initials in brackets right after a person's name ("Birte Lund (BL)", "Nils Riiber
    Høj (NRH)"): the bracket holds the abbreviation alone, its first letter is the first name's and
    its last the surname's."""
    if text[end:end + 1] != ")" or text[start - 1:start] != "(":
        return False
    m = _NAME_BEFORE_BRACKET.search(text, max(0, start - 80), start)
    if m is None:
        return False
    words = m.group("full").split()
    abbr = text[start:end]
    for n in range(2, len(words) + 1):  # "Formand Birte Lund (BL)": the name is the last words
        name = words[-n:]
        if name[0][0] == abbr[0] and name[-1][0] == abbr[-1] and len(abbr) <= n + 1 and _person_initials(" ".join(name)):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _word_starts(text: str, word: str) -> tuple[int, ...]:
    """Starts of ``word`` as a whole word in ``text`` (cached: a text's hash is kept by Python)."""
    return tuple(m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w])", text))


def _person_initials(full: str) -> bool:
    """True for a person's name before initials in brackets ("Vivi Nobel (VN)" in a list of
    those present): a first name, then capitalised names only."""
    words = full.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if words[0] in first_names():
        return True
    return all(proper_word(w.rstrip(".")) or len(w) <= 2 for w in words) and not any(
        common_word(w) or _is_org_word(w) for w in words
    )


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def _sender_institution() -> re.Pattern[str]:
    """A school or another institution named after "fra" ("Brev fra Nordby Skole")."""
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    heads = re.longest_first(cues()["parties"]["sender_institution_heads"])
    suffixes = "|".join(map(re.escape, heads))
    words = "|".join(re.escape(h.capitalize()) for h in heads)
    return re.compile(
        rf"f(?<![\w-](?s:.))ra[ ](?P<name>(?:{word}[ ]){{0,2}}[{UPPER}][{LOWER}]+(?:{suffixes})|(?:{word}[ ]){{1,2}}(?:{words}))(?![\w-])"
    )


def _sender_institution_candidates(text: str) -> list[Candidate]:
    """A school named after "fra" ("Henvendelse fra Nordby Friskole", "Repræsentant fra Vestby
    Skole"): it writes, applies or sends someone, i.e. it acts."""
    if "kole" not in text and "ymnasi" not in text:
        return []
    out = []
    for m in _sender_institution().finditer(text):
        words = m.group("name").split()
        if any(w in first_names() for w in words[:-1]) or (len(words) == 1 and common_word(words[0])):
            continue  # "fra Bo Skole": a person; "fra Folkeskolen": the kind of school
        out.append(Candidate(m.start("name"), m.end("name"), _canonical(m.group("name")), "organisation", 3))
    return out


_PERSON_FROM_WORDS = (" fra", "repr. for", "Fra ")  # what a match of _person_from holds, one at least


@functools.lru_cache(maxsize=1)
def _person_from() -> Prefiltered:
    """A named person, or a thing sent, then "fra" and a capitalised name up to the first word
    in lower case: "Bo Lund fra Nordby Boligforening", "ansøgning fra GSI". Tried only where a
    match can begin: a capital letter or a sender noun at a word's start."""
    cap = rf"(?:{trie_regex(_abbreviated_place_prefixes())}(?=[ ][{UPPER}])|[{UPPER}][\w’'+&-]*)"  # "Thorshøj Gl. Skole"
    senders = "|".join(map(re.escape, cues()["parties"]["sender_nouns"]))
    starts = prefix_starts(cues()["parties"]["sender_nouns"], extra_class=UPPER, not_after=r"[\w-]", ignore_case=True)
    unit = rf"[{UPPER}][{LOWER}]+-?[ ](?:og|&)[ ][{UPPER}{LOWER}][{LOWER}]+(?:[ ]{cap})?"  # "Teknik og miljø", "By og Miljø"
    return Prefiltered(re.compile(
        rf"(?:(?<![\w-])(?i:{senders})[ ]fra"
        rf"|(?<![\w-])(?P<person>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{0,3}})"
        rf"(?:[ ]fra|,?[ ][–-][ ]repr\.[ ]for|,[ ]repr\.[ ]for|[ ]\(repr\.[ ]for))[ ](?P<name>{unit}(?=[ ]*[,.:;()\n]|[ ][{LOWER}\d])|{cap}(?:[ ]{cap}){{0,3}})(?=[ ]*[,.:;)\n]|[ ][{LOWER}\d(])"
        rf"|(?<![\w-])Fra[ ](?P<label>{cap}(?:[ ]{cap}){{0,3}})[ ]?:[ ]+[{UPPER}]"  # "Fra Nordby Boligselskab: Bo Lund"
    ), starts)


def _person_from_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """The organisation a named person comes from or stands for, or that sends a letter or an
    application ("Eva Holm fra Grønne Hænder", "Bo Lund – repr. for Nordby Borgerforening",
    "Henvendelse fra Nordby Idrætsforening", a unit "Eva Holm fra Teknik og Miljø"): it takes part
    in the matter. Places, people, parties and common words after "fra" are left out."""
    if " fra " not in text and "Fra " not in text and "repr. for " not in text:
        return []
    out = []
    for m in _person_from().finditer_lines(text, _PERSON_FROM_WORDS):  # no match reaches over a line
        person = m.group("person")
        if person is not None and not any(w in first_names() for w in person.split()[:max(1, len(person.split()) - 1)]):
            continue  # "Referat Møde fra …": no person's name before "fra" ("Ejlif Steen Holm": a first name inside)
        group = "name" if m.group("name") is not None else "label"
        words = m.group(group).rstrip("’'").split()
        cut = next((i for i, w in enumerate(words) if i and w in first_names()), len(words))
        words = words[:cut]  # "fra Ungerådet Sonja Holm": the next person's name
        while len(words) > 1 and common_word(words[-1].lower()) and not _is_org_word(words[-1]) \
                and words[-2] not in _abbreviated_place_prefixes() \
                and not (len(words) == 3 and words[1] in ("og", "&")):  # "Teknik og Miljø": a unit's name
            words = words[:-1]  # "fra KAB Økonomisk konsulent …": the next line's words
        while words and words[-1] in ("og", "&"):
            words = words[:-1]
        name = " ".join(words)
        if INITIALS.fullmatch(name) and text.startswith(".", m.start(group) + len(name)):
            continue  # "støtte fra A.P. Møllers Støttefond": initials that open a longer name
        unit = len(words) == 3 and words[1] in ("og", "&") and not any(  # "Teknik og miljø", not "Fonden og nye"
            w in pat.places or w in first_names() or _INFLECTED.search(w.lower()) for w in (words[0], words[2]))
        if not words or name not in text[m.start(group):m.end(group)] or not (unit or _foreign_organisation_name(
                name, words, pat, strict=group == "name")):
            continue
        if ("og" in words or "&" in words) and not (person is not None and (unit or any(w.endswith("-") for w in words))):
            continue  # a person's unit ("Teknik og Miljø", "Børne- og Ungehuset Nordby"); a sender is named without "og"
        out.append(Candidate(m.start(group), m.start(group) + len(name), _canonical(name), "organisation", 2))
    return out


def _foreign_organisation_name(name: str, words: list[str], pat: _Patterns, strict: bool = True) -> bool:
    """True for a name after "fra" that is no place, person, party, month or common noun; a
    delegation's label ("Fra Nordby Boligselskab:") is not strict about a place's or a proper word."""
    if area_like(name) or name in pat.places or all(w in pat.places for w in words):
        return False
    if strict and any(w in pat.places for w in words):
        return False
    if name.casefold() in _party_forms() or words[0] in first_names() or words[0] in pat.stop_words:
        return False
    if words[0].casefold() in _MONTHS or re.search(r"\d", name):
        return False
    if len(words) == 1 and not name.isupper() and not re.search(rf"[{LOWER}][{UPPER}]", name):
        return not (common_word(name.lower()) or _common_single(name)) and not (strict and proper_word(name))
    return not _common_words_only(words, pat)


_INFLECTED = re.compile(r"(?:en|et|ne|ede|ende)$")  # a definite noun or a participle: no unit's bare name
_MONTHS = frozenset(["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                     "november", "december", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"])


@functools.lru_cache(maxsize=1)  # built once: its word tries took ~2% of the rules-only pass when built per text
def _local_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = cues()["parties"]
    word_rest = rf"[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"  # a capitalised word after its capital
    word = rf"[{UPPER}]{word_rest}"
    local = re.compile(
        # the word start checked after the first capital: the regex engine skips to capitals
        rf"(?P<name>(?P<place>[{UPPER}](?<![\w-](?s:.)){word_rest}(?:[ ]{word})?)(?:[ ]|-(?=Hallen))(?:(?P<coord>[{UPPER}][{LOWER}]+-?)[ ]og[ ])?"
        rf"(?P<head>{trie_regex(data['local_heads'])}|(?<=og[ ])[{UPPER}][{LOWER}]+(?i:{trie_regex([h.lower() for h in data['local_heads'] if len(h) >= 6])})))"
        rf"(?P<gen>s)?(?![\w-])"
    )
    after = Prefiltered(re.compile(  # tried only where a head word begins
        rf"(?<![\w-])(?P<name>(?P<head>{trie_regex(data['place_after_heads'])})[ ](?P<place>{word}))(?P<gen>s)?(?![\w-])"
    ), prefix_starts(data["place_after_heads"], not_after=r"[\w-]"))
    return local, after


@functools.lru_cache(maxsize=1)
def _joint_fund() -> re.Pattern[str]:
    """A foundation named after two people in the genitive ("Kong Olafs og Dronning Idas Fond")."""
    heads = "|".join(map(re.escape, cues()["parties"]["joint_fund_heads"]))
    return re.compile(
        rf"(?<![\w-])(?:[{UPPER}][\w.-]*[ ]){{0,3}}[{UPPER}][\w-]*s[ ]og[ ](?:[{UPPER}][\w.-]*[ ]){{0,3}}"
        rf"[{UPPER}][\w-]*s[ ](?:{heads})(?![\w])"
    )


def _joint_fund_candidates(text: str) -> list[Candidate]:
    """Foundations named after two people ("Kronprins Olafs og Kronprinsesse Idas Fond"): one name."""
    if "s og " not in text or not any(h in text for h in cues()["parties"]["joint_fund_heads"]):
        return []
    return [Candidate(m.start(), m.end(), _canonical(m.group()), "organisation", 4, extra={"surface": True})
            for m in _joint_fund().finditer(text)]


def _grant_line_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """The applicant of each line of a list of grants ("Sommerkoncert fra Nordby Musikforening:
    8.000 kr."). An applicant that reads as a person's name is a label: no party, and no place."""
    if " fra " not in text or "kr" not in text:
        return []
    out = []
    for m in line_matches(text, GRANT_LINE_GATE, GRANT_LINE):  # only lines with " fra " and a capital
        who = m.group("who").rstrip()
        start, end = m.start("who"), m.start("who") + len(who)
        if _person_shaped(who, pat):
            out.append(Candidate(start, end, who, "label", 0))
        elif not who.isupper() or len(who) <= 6:
            out.append(Candidate(start, end, _canonical(who), "organisation", 4, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _grant_subject() -> re.Pattern[str]:
    """A line opened by a name and a verb of receiving a grant ("Nordby Museum fik tilsagn om …")."""
    verbs = "|".join(re.escape(v).replace(r"\ ", "[ ]") for v in cues()["parties"]["grant_receipt_verbs"])
    word = rf"(?:[{UPPER}]\.)*[{UPPER}][\w’'+-]*"
    return re.compile(rf"(?m)^[ \t]*(?P<who>{word}(?:[ ](?:{word}|for|i|af|&)){{0,5}})[ ](?:{verbs})(?![\w])")


def _paragraph_start(text: str, line_start: int) -> bool:
    """True where the line at ``line_start`` opens a paragraph: the text's first line, or one
    after a blank line or after a line ending a sentence."""
    before = text[max(0, line_start - 200):line_start].rstrip(" \t")
    if not before or before.endswith("\n\n") or before.rstrip()[-1:] in ".!?:":
        return True
    return not before.rstrip("\n").strip() or before[-2:] == "\n\n"


def _grant_subject_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """The recipient that opens each paragraph of a round-up of grants ("Egeby Naturcenter fik
    tilsagn om tilskud på …"): the subject of the grant's verb is an organisation, unless it
    reads as a person, a place or a common noun ("Projektet")."""
    if not any(word in text for word in cues()["parties"]["grant_words"]):
        return []
    out = []
    for m in _grant_subject().finditer(text):
        who = m.group("who")
        words = who.split()
        if _person_shaped(who, pat) or who in pat.places or (len(words) == 1 and common_word(who)):
            continue
        if words[0] in pat.stop_words:  # "De får støtte til …": a pronoun, a sentence's opening word
            continue
        if words[-1] in ("for", "i", "af", "&") or not _paragraph_start(text, m.start()):
            continue
        out.append(Candidate(m.start("who"), m.end("who"), _canonical(who), "organisation", 4, extra={"surface": True}))
    return out


_HYPHENED_ACRONYM = re.compile(rf"(?P<first>[{UPPER}](?<![\w-](?s:.))[{UPPER}]{{1,5}})-(?P<second>[{UPPER}]{{2,6}})(?![\w-])")


def _hyphened_acronym_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Two acronyms joined by a hyphen ("FJV-SYD"): a company's or a merged utility's
    name, unless a part is a common word in capitals ("EU-LANDE") or the line is all capitals."""
    out = []
    for m in _HYPHENED_ACRONYM.finditer(text) if _may_hold(text, _HYPHENED_ACRONYM) else ():
        if any(_capitals_word(part) or part in pat.never or part in pat.not_names for part in m.group("first", "second")):
            continue
        line_start, line_end = line_of(text, m.start())
        if not re.search(rf"[{LOWER}]", text[line_start:line_end]):
            continue  # a heading in capitals
        out.append(Candidate(m.start(), m.end(), m.group(), "organisation", 2))
    return out


# "Job- og vækstcenter Nordby": a coordinated centre's name written small after its first part
_COORDINATED_CENTRE = re.compile(
    rf"[{UPPER}](?<![\w-](?s:.))[{LOWER}]+-[ ](?:og|&)[ ][{LOWER}]+(?:center|centret|centeret)[ ](?P<place>[{UPPER}][{LOWER}]+)(?![\w-])"
)


def _coordinated_centre_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A centre named by two coordinated words and the town it serves ("Job- og vækstcenter Nordby"),
    its head written small: a municipal unit. The town must be a known place."""
    if "- og " not in text and "- & " not in text:
        return []
    return [Candidate(m.start(), m.end(), _canonical(m.group()), "body", 3, extra={"surface": True})
            for m in _COORDINATED_CENTRE.finditer(text) if m.group("place") in pat.places]


def _capitals_word(part: str) -> bool:
    """A common word written in capitals ("LANDE", "UDVALG"), not an acronym."""
    return (len(part) >= 3 and listed_word(part)) or (len(part) >= 5 and common_word(part))


def _person_shaped(name: str, pat: _Patterns) -> bool:
    """Two to four capitalised words, none an organisation word, a common word or a place
    ("Maja Holt Brask"), or a known first name before a capitalised word."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?", w) for w in words):
        return False
    if _first_name(words[0], pat) or words[0] in first_names():
        return not any(_is_org_word(w) for w in words)
    return not any(_is_org_word(w) or common_word(w) or w in pat.places for w in words)


def _in_grant_title(text: str, start: int) -> bool:
    """True inside the title of a line of a list of grants: the activity, not its applicant."""
    line_start, _ = line_of(text, start)
    m = GRANT_LINE.match(text, line_start)
    return m is not None and start < m.start("who")


@functools.lru_cache(maxsize=1)
def _group_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = cues()["parties"]
    heads = re.longest_first(data["group_heads"])
    placed = re.compile(
        rf"(?P<place>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ ]"
        rf"(?P<head>(?P<stem>[{LOWER}]*|[{UPPER}][{LOWER}]*)(?i:{trie_regex(heads)}))(?![\w-])"
    )
    joined = re.compile(rf"(?P<stem>[{UPPER}](?<![\w-](?s:.))[{LOWER}]+)gruppen(?![\w-])")
    return placed, joined


def _group_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Local groups and networks: a place and a group word ("Nordby hospicegruppe", "Nordby
    Frivillignet"), or a point of the compass or a place joined to "-gruppen" ("Sydgruppen"). A
    group word that names a kind of group ("arbejdsgruppe", "målgruppen") is no name."""
    if "ruppe" not in text and "etværk" not in text and "rivillignet" not in text:
        return []
    placed, joined = _group_patterns()
    data = cues()["parties"]
    generic = tuple(data["generic_group_stems"])
    out = []
    for m in placed.finditer(text):
        place, stem = m.group("place"), m.group("stem").casefold()
        if place not in pat.places or place in pat.stop_words or at_sentence_start(text, m.start()) and place in first_names():
            continue
        if not stem and m.group("head")[:1].islower() or stem.startswith(generic):
            continue  # "Nordby gruppe", "Nordby arbejdsgruppe": no name of one group
        out.append(Candidate(m.start(), m.end(), _canonical(m.group()), "organisation", 4, extra={"surface": True}))
    for m in joined.finditer(text):
        stem = m.group("stem")
        if stem in data["group_compass_stems"] or stem in pat.places:
            out.append(Candidate(m.start(), m.end(), m.group(), "organisation", 4))
    return out


def _local_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Local organisations named by a place and a head word ("Thorsminde Havn", "Hørsholm Vand",
    "Outrup Kultur og Idrætscenter") or by a utility's word and a place ("Energi Syd"). The
    place's words are proper names (no common words, no people), and a locative word before the
    name makes it a place ("i Horne Hallen")."""
    local, after = _local_patterns()
    if not any(h in text for h in ("Havn", "Vand", "Hallen", "Energi", "Fjernvarme", "Museum", "Museer", "ymnasium", "Redning",
                                   "skole", "center", "Brandvæsen", "Beredskab", "Digelag", "Taxa", "værk", "Varme",
                                   "Forsyning", "Spildevand", "forening", "laug", "Hallerne", "Forsamlingshus", "Boligselskab",
                                   "Bioenergi")):
        return []
    out = []
    for regex in (local, after):
        for m in regex.finditer(text):
            place, start = m.group("place"), m.start()
            first = place.split(" ")[0]
            if " " in place and (not _proper_place_word(first, pat) or first not in pat.places and _long_compound(first)):
                start += place.index(" ") + 1  # "Institution Struer Museums": the name starts after the noun
                place = place.split(" ", 1)[1]
            if not all(_proper_place_word(w, pat) or _regional_genitive(text, start, w) for w in re.split(r"[ -]", place)):
                continue
            if regex is after and place not in pat.places and place not in _PLACE_PARTS:
                continue
            coord = m.groupdict().get("coord")
            if coord and not (common_word(coord.rstrip("-")) and not _is_org_word(coord.rstrip("-"))
                              and coord not in pat.not_names and coord not in pat.stop_words):
                continue  # "Frederikshavn Kommune og Frederikshavn Boligforening": two names
            if (_LONGER_NAME.match(text, m.end()) and not _definite_name_next(text, m.end())
                    and not _same_head_next(text, m, regex)):
                continue  # "Nordby Vandværk Forslag Gruppen": part of a longer capitalised run
            if _locative_before().search(text, max(0, start - 24), start) or _PLAN_SCOPE.search(text, max(0, start - 40), start):
                continue  # "på Thorsminde Havn", "Byomdannelsesplan for Odense Havn": a place
            if regex is local and " " not in place and (lead := _PLACE_COORD_BEFORE.search(text, max(0, start - 30), start)) is not None and (
                    _proper_place_word(lead.group("place"), pat) and lead.group("place") not in first_names()
                    and (lead.group("place") in pat.places or not _DEFINITE.search(lead.group("place")))):
                start = lead.start("place")  # "Nordby og Sydby Forsamlingshus": the two villages' one house
            name = text[start:m.end("name")]
            out.append(Candidate(start, m.end("name"), _canonical(name), "organisation", 4, extra={"surface": True}))
    return out


_PLACE_COORD_BEFORE = re.compile(rf"(?<![\w-])(?P<place>[{UPPER}][{LOWER}]+)[ ]og[ ]$")


def _same_head_next(text: str, m: re.Match[str], regex: re.Pattern[str]) -> bool:
    """The next words name another place's organisation of the same kind ("Nordby Forsamlingshus
    Sydby Forsamlingshus" in a table's flattened column): a run of names, not one longer name."""
    following = regex.match(text, m.end() + 1)
    return following is not None and following.group("head") == m.group("head")


@functools.lru_cache(maxsize=1)
def _clinic_pattern() -> re.Pattern[str]:
    """A hospital unit's name: an adjective in -isk, a head noun and a place ("Psykiatrisk Center Nordby")."""
    heads = "|".join(cues()["parties"]["clinic_heads"])
    return re.compile(
        rf"(?<![\w-])(?:[{UPPER}][{LOWER}]+-[ ]og[ ])?[{UPPER}][{LOWER}]+isk[ ](?:{heads})"
        rf"[ ](?P<place>[{UPPER}][{LOWER}]+)(?![\w-])"
    )


def _clinic_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Hospital units named by an adjective in -isk, a head noun and a place ("Retspsykiatrisk
    Center Sydby"): the place is a proper name, not a common word."""
    if "isk " not in text:
        return []
    out = []
    for m in _clinic_pattern().finditer(text):
        if not _proper_place_word(m.group("place"), pat):
            continue
        out.append(Candidate(m.start(), m.end(), squash(m.group()), "organisation", 4, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _club_pattern() -> re.Pattern[str]:
    """A club's or a service club's name: its lead and a place or name ("GF Nordby", "Lions Sydby")."""
    leads = trie_regex(cues()["parties"]["club_leads"])
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    return re.compile(rf"(?<![\w-])(?P<lead>{leads})[ ](?:(?:Club|Klub)[ ])?(?P<place>{word})(?![\w-])")


def _club_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Sports and service clubs named by a lead word and a place ("IF Sydby", "Rotary Nordby"): the place
    is a proper name, not a common word or a person's first name."""
    if not any(lead in text for lead in cues()["parties"]["club_leads"]):
        return []
    out = []
    for m in _club_pattern().finditer(text):
        place = m.group("place")
        if place in pat.stop_words or place in first_names() and place not in pat.places or (
                common_word(place) and place not in pat.places):
            continue
        out.append(Candidate(m.start(), m.end(), _canonical(m.group(0)), "organisation", 4, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _eatery_pattern() -> re.Pattern[str]:
    """A café's or a restaurant's name after its kind ("café Solsikken", "Restaurant Gule Port")."""
    heads = "|".join(map(re.escape, cues()["parties"]["eatery_heads"]))
    word = rf"[{UPPER}][{LOWER}'’]+"
    return re.compile(rf"(?<![\w-])(?P<head>(?i:{heads}))[ ](?P<name>{word}(?:[ ]{word}){{0,2}})(?![\w-])")


def _eatery_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Cafés and restaurants that apply, sell or are licensed ("bevilling til restaurant Solsikken"); one named
    after a locative ("frokost i Café Solsikken") is only the place. A capitalised kind is part of the name."""
    low = text.lower()
    if not any(h in low for h in cues()["parties"]["eatery_heads"]):
        return []
    out = []
    for m in _eatery_pattern().finditer(text):
        first = m.group("name").split(" ", 1)[0]
        if first in pat.stop_words or _after_locative(text, Candidate(m.start(), m.end(), "")) or (
                _on_venue_line(text, m.start()) or _ADDRESS_AFTER.match(text, m.end())):  # "Sted: Café Lulu, Algade 5"
            continue
        if m.group("head")[:1].islower() and " " not in m.group("name") and common_word(m.group("name")) \
                and _TITLE_LINK.match(text, m.end()):
            continue  # "indretning af café Forberedelse til seminardag …": a café, then the next title run on
        start = m.start() if m.group("head")[:1].isupper() else m.start("name")
        out.append(Candidate(start, m.end(), _canonical(text[start:m.end()]), "company", 4, extra={"surface": True}))
    return out


_LONGER_NAME = re.compile(rf"[ ][{UPPER}][\w]*[ ][{UPPER}]")
_NEXT_WORD = re.compile(rf"[ ](?P<word>[{UPPER}][{LOWER}]+)")


def _definite_name_next(text: str, end: int) -> bool:
    """The next word is a definite organisation compound that opens a name of its own
    ("Nordby Fjernvarme Boligforeningen Lærkevej")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    return len(word) >= 10 and word.endswith(("en", "et")) and compound_head(word) is not None and _is_org_word(word)
_PLAN_SCOPE = re.compile(r"plan(?:en)?(?:[ ][\d.]+)?[ ]for[ ]$", re.IGNORECASE)


def _regional_genitive(text: str, start: int, word: str) -> bool:
    """A region's name in the genitive, capitalised after a lower-case word inside a sentence
    ("samarbejdet med Vestkystens Brandvæsen"): in Danish only a name has a capital there."""
    return (word == text[start:start + len(word)] and word.endswith("s") and len(word) > 5
            and bool(_LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)))


_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w-])[{LOWER}]{{2,}}[ ]$")


def _proper_place_word(word: str, pat: _Patterns) -> bool:
    """A word of a local name: a place of the gazetteer or a proper name that is no common word,
    no first name and no stop word."""
    bare = word[:-1] if word.endswith("s") and len(word) > 4 else word
    if word in pat.places or bare in pat.places or word in _PLACE_PARTS:
        return True
    if word in pat.stop_words or word in pat.never or word in pat.not_names:
        return False
    return not common_word(word) and not common_word(bare) and word not in first_names()


@functools.lru_cache(maxsize=1)
def _locative_before() -> re.Pattern[str]:
    words = "|".join(map(re.escape, cues()["parties"]["locatives"]))
    return re.compile(rf"(?<![\w-])(?:{words})[ ](?:[{UPPER}][{LOWER}]+\.?[ ])?$")  # "i Nørre Nebel Hallen"


def _after_locative(text: str, cand: Candidate) -> bool:
    """A site's name after a locative word ("caféen i Vallensbæk Idrætscenter"); not after a
    person's title ("afdelingsleder ved Nordby Videnscenter": the employer, not a site)."""
    m = _locative_before().search(text, max(0, cand.start - 24), cand.start)
    if m is None:
        return False
    title = _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return title is None or not _role_word(title.group(1))


_TITLE_WORD_BEFORE = re.compile(rf"(?<![\w-])([{LOWER}][\w]+),?[ ]$")


def _site(text: str, cand: Candidate) -> bool:
    """A centre that is a shopping site ("Lakolk Butikscenter"), or a hall, harbour or centre
    named after a locative word ("caféen i Vallensbæk Idrætscenter"): a place, not a party."""
    if cand.type not in ("organisation", "body") or not cand.name[:1].isupper():
        return False
    last = cand.name.rsplit(" ", 1)[-1].casefold()
    if last.endswith(_SITE_CENTRES):
        return True
    return last.endswith(_LOCAL_HEADS) and _after_locative(text, cand)


_SITE_CENTRES = tuple(cues()["parties"]["site_centres"])
_LOCAL_HEADS = tuple(h.casefold() for h in cues()["parties"]["local_heads"])


# "SAND står for Sammenslutningen af Nærudvalg i Danmark": an abbreviation, then its name in title
# case (linking words in lower case between the capitalised ones)
_STANDS_FOR = re.compile(
    rf"(?P<abbr>[{UPPER}](?<![\w-](?s:.))[{UPPER}]{{1,5}})(?:,[ ](?:der|som))?[ ](?:{'|'.join(cues()['parties']['abbreviation_stands_for'])})[ ]"
    rf"(?P<full>[{UPPER}][\w-]+(?:[ ](?:(?:af|for|i|og|på|til|mod)[ ])?[{UPPER}][\w-]+)+)")


# "Foto: Nordby Kommune", "Foto: Foto: …", "Arkivfoto / …": a picture's credit
_CREDIT_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['credit_labels'])})[ ]?[:/][ ]?(?:(?i:foto)[ ]?:[ ]?)?$")
_WORKS_BEFORE = re.compile(
    rf"(?<![\w-])[\w-]*(?:{'|'.join(cues()['parties']['works_words'])})(?:en)?(?:[ ](?:af|til|for|på|ved)|,)[ ]"
    rf"(?:[{UPPER}][\w-]*[ ](?:[{UPPER}][\w-]*[ ])?og[ ])?$", re.IGNORECASE)
_WORKS_OWNERS = tuple(cues()["parties"]["works_owner_heads"])
# strings of which each works word holds one (lower-cased): a window without one has no works word
_WORKS_PARTS = required_parts(f"(?:{'|'.join(cues()['parties']['works_words'])})", re.IGNORECASE)


def _works_object(text: str, cand: Candidate) -> bool:
    """A building or site named as the object of building works ("Energirenovering af Nordby
    Aktivitetscenter", "Byggeri til Socialpsykiatrien"): the place worked on, not an actor. The
    association or company that owns it ("… af Nordby Boligforening") stays a party."""
    if cand.type not in ("organisation", "body") or cand.name.casefold().endswith(_WORKS_OWNERS):
        return False
    if not may_match(_WORKS_PARTS, text[max(0, cand.start - 60):cand.start].lower()):
        return False  # no works word in the window the pattern searches
    return bool(_WORKS_BEFORE.search(text, max(0, cand.start - 60), cand.start))


_EDUCATION_HEADS = frozenset(cues()["parties"]["education_heads"])


def _named_thing_or_course(full: str) -> bool:
    """A defined name whose last word is a thing's or a course's compound ("… Ungdomsuddannelse
    (STU)", "… Lokalforeningspulje"): what an organisation offers, not the organisation."""
    last = full.rsplit(" ", 1)[-1]
    head = (compound_head(last) or last).casefold()
    return thing_compound(last) or head in _EDUCATION_HEADS or last.casefold() in _EDUCATION_HEADS


def _initials_shaped(abbr: str, full: str) -> bool:
    """A name of two to four capitalised words whose first letters, one each, spell ``abbr`` and
    none of which names an organisation: shaped like a person's name before its initials."""
    words = full.split()
    return (2 <= len(words) <= 4 and len(abbr) == len(words) and all(w[:1].isupper() for w in words)
            and "".join(w[0] for w in words) == abbr and not any(_is_org_word(w) or common_word(w) for w in words))


def _defined_abbreviations(text: str) -> dict[str, tuple[str, int, int]]:
    """The abbreviations the text defines, in brackets after the name ("Dansk Idræts Forbund (DIF)")
    or with a verb before it ("DIF står for Dansk Idræts Forbund"; the name must open with the
    abbreviation's first letter); a person's initials in brackets are none."""
    return dict(_text_abbreviations(text))


@functools.lru_cache(maxsize=2)
def _text_abbreviations(text: str) -> dict[str, tuple[str, int, int]]:
    """:func:`_defined_abbreviations`, found once per text (the candidates and the grouping both ask)."""
    found = abbreviation_definitions(text)
    people = sum(_person_initials(d[0]) for d in found.values())
    defs = {a: d for a, d in found.items() if not _person_initials(d[0]) and not _named_thing_or_course(d[0])
            and not (people >= 2 and _initials_shaped(a, d[0]))}  # "Bo Dam (BD), Ea Lund (EL)": people's initials
    if "for " in text:
        for m in _STANDS_FOR.finditer(text):
            if m.group("full")[0] == m.group("abbr")[0] and not _person_initials(m.group("full")):
                defs.setdefault(m.group("abbr"), (m.group("full"), m.start("full"), m.end("full")))
    return defs


@functools.lru_cache(maxsize=1)
def _rulebook_citation() -> Any:
    data = cues()["parties"]
    heads = "|".join(re.longest_first(data["rulebook_heads"]))
    leads = "|".join(data["rulebook_citation_leads"])
    return re.compile(rf"(?:{leads})(?:{heads})[ ]{data['rulebook_owner_joint']}[ ]$", re.IGNORECASE)


def _rulebook_owner(text: str, cand: Candidate) -> bool:
    """A municipality or its council named as the owner of its own rule book where the text cites the
    book ("jf. styrelsesvedtægten for Nordby Kommune § 21", "i "Forretningsorden for Nordby
    Kommunalbestyrelse""): the citation names no actor; other mentions of the body still count. A
    title that changes the book ("Ændring af styrelsesvedtægten for Nordby Kommune") is not a citation."""
    last = cand.name.rsplit(" ", 1)[-1].casefold()
    if last not in cues()["parties"]["rulebook_owner_endings"]:
        return False
    return bool(_rulebook_citation().search(text, max(0, cand.start - 90), cand.start))


@functools.lru_cache(maxsize=4096)
def _care_home(name: str) -> bool:
    """A care home or activity centre by name ("Plejecenter Løvdalen", "Nordby Ældrecenter", "Nældebjergplejecenter"):
    its first word, or the last of two, is or ends in a word of ``care_home_words``; not an association for one
    ("Støtteforeningen for Vestby Plejehjem")."""
    words = name.casefold().split()
    return bool(words) and (words[0].endswith(_care_home_words())
                            or len(words) <= 2 and words[-1].endswith(_care_home_words()))


@functools.lru_cache(maxsize=1)
def _care_home_words() -> tuple[str, ...]:
    return tuple(cues()["parties"]["care_home_words"])


def _street_or_law(name: str) -> bool:
    """A street address or an act's name, no party: a test of the name alone, once per name."""
    return _STREET_ADDRESS.fullmatch(name) is not None or law_name(name)


def find_party_candidates(text: str, doc: Any = None) -> list[Candidate]:
    """Resolved, non-overlapping party candidates of one text."""
    pat = patterns()
    defs = _defined_abbreviations(text)
    defined = {abbr: _canonical(full) for abbr, (full, _, _) in defs.items()}
    gaz_cands = _join_slashed(text, [_with_adjective_lead(text, _extend_with_place(text, c, pat))
                                     for c in _gazetteer_candidates(text, pat, defined)])
    cands = [
        *gaz_cands,
        *_municipality_candidates(text, pat),
        *_lowercase_council_candidates(text, pat),
        *_body_candidates(text, pat),
        *_acronym_group_candidates(text),
        *_adjective_head_candidates(text, pat),
        *_generic_candidates(text, pat),
        *_abbreviation_candidates(text, defs),
        *_list_candidates(text, pat),
        *_appositive_candidates(text, pat),
        *_applicant_candidates(text, pat),
        *_comma_appositive_candidates(text, pat),
        *_owner_candidates(text, pat),
        *_member_of_candidates(text, pat),
        *_party_group_candidates(text),
        *_camel_case_candidates(text, pat),
        *_local_candidates(text, pat),
        *_clinic_candidates(text, pat),
        *_club_candidates(text, pat),
        *_eatery_candidates(text, pat),
        *_joint_fund_candidates(text),
        *_group_candidates(text, pat),
        *_grant_line_candidates(text, pat),
        *_grant_subject_candidates(text, pat),
        *_hyphened_acronym_candidates(text, pat),
        *_coordinated_centre_candidates(text, pat),
        *_coalition_candidates(text),
        *_executive_candidates(text),
        *_police_candidates(text),
        *_district_police_candidates(text, pat),
        *_acting_acronym_candidates(text, pat),
        *_sender_institution_candidates(text),
        *_person_from_candidates(text, pat),
        *fund_candidates(text, pat.stop_words),
        *partner_candidates(text, pat.places, pat.stop_words),
        *contract_municipality_candidates(text),
        *named_municipality_list_candidates(text),
        *foreign_org_candidates(text),
        *article_name_candidates(text),
        *housing_owner_candidates(text, pat.places, pat.stop_words),
        *visited_company_candidates(text, pat.places),
        *form_led_company_candidates(text, pat.places, pat.stop_words),
        *school_board_candidates(text),
        *board_of_candidates(text, pat.places, pat.stop_words),
        *example_list_candidates(text, pat.places, pat.stop_words),
        *grant_list_candidates(text, pat.places, pat.stop_words),
        *grant_dash_line_candidates(text, pat.places, pat.stop_words),
        *grant_to_line_candidates(text, pat.places, pat.stop_words),
        *counted_organisation_candidates(text, pat.places, pat.stop_words),
        *amount_led_list_candidates(text, pat.places, pat.stop_words),
        *inline_grant_list_candidates(text, pat.places, pat.stop_words),
        *lowercase_kind_candidates(text, pat.places, pat.stop_words),
        *coordinated_unit_candidates(text),
        *inner_lowercase_candidates(text, pat.places),
        *place_tail_candidates(text, pat.places, pat.stop_words),
        *unlisted_region_candidates(text),
        *regional_board_candidates(text),
        *capitals_name_candidates(text),
        *capitals_committee_candidates(text),
        *meeting_holder_candidates(text),
        *grant_recipient_candidates(text, pat.places),
        *employer_candidates(text, pat.places, pat.stop_words),
        *named_receiver_candidates(text, pat.places, pat.stop_words),
        *care_of_candidates(text, pat.places, pat.stop_words),
        *quoted_body_candidates(text),
        *appointed_board_candidates(text),
        *applicant_candidates(text, _applicant_places(), _role_word),
        *_owned_field_committees(text),
    ]
    owned = _owned_committees(text)
    if owned:  # "byrådets socialudvalg": the committee acts, its council only owns it
        owners = {m.start() for m in owned}
        cands = [c for c in cands if c.start not in owners]
        cands += [_owned_committee(m) for m in owned]
    cands = [_with_coordinated_field_tail(text, _with_linked_tail(text, _with_name_tail(text, _with_unit_tail(text, _with_suspended_tail(text, _with_name_lead(text, _with_abbreviated_place(text, _with_lowercase_municipality(text, _with_place_genitive_lead(text, c, pat)))))), pat)))
             for c in cands if not _street_or_law(c.name) and not _after_broken_reference(text, c)]
    cands = [_with_national_branch(text, _without_title_lead(text, _with_acronym_place(text, c, pat), pat)) for c in cands]
    cands = [_without_political_party_seat(_without_session_marker(c)) for c in cands if not _abstract_noun(c.name)]
    cands = [_without_section_label(text, c) for c in cands if not _site(text, c) and not _kind_in_list(text, c, pat)
             and not _quantified_kind(text, c) and not _title_topic_kind(text, c)]
    cands = [c for c in cands if not (text[c.start:c.end] == "KL" and (
        _CLOCK_AFTER.match(text, c.end) or _DATE_BEFORE.search(text, max(0, c.start - 6), c.start)))]
    menu = set()
    logo = _may_hold(text, _LOGO)
    for cand in cands:
        if _publisher_line(text, cand):  # "Nordby Kommune" alone on a line of the page's header
            cand.extra["publisher"] = True
        elif (logo and _LOGO.match(text, cand.end)) or _navigation(text, cand):  # the site's page header and menus
            cand.type = "label"
            menu.add(cand.name)
        elif _rulebook_owner(text, cand):
            cand.type = "label"  # "Forretningsorden for Nordby Kommunalbestyrelse": a rule book's title
        elif _care_home(cand.name):
            cand.type = "label"  # "Plejecenter Skovvang", "Vejerslev Ældrecenter": a home the municipality runs, no actor
        elif (cand.priority <= 1 or _common_single_name(cand.name)) and cand.type not in _BODY_TYPES and venue_line(text, cand.start):
            cand.type = "label"  # "Mødesalen - Filsø, Bytoften": the meeting's venue
    menu = {name for name in menu if name[:1].isupper()}
    menu -= {c.name for c in cands if c.type != "label" and _on_sentence_line(text, c)}
    for cand in cands:  # "Dagsordener og Referater" in the menu and as the page's heading
        if cand.name in menu and not cand.extra.get("publisher"):
            cand.type = "label"
    cands += _joined_across_lines(text, cands, pat)
    kept = resolve([c for c in cands if c.name and not _furniture(c, pat)])
    taken = SpanIndex([(c.start, c.end) for c in kept] + [(c.start, c.end) for c in cands if c.type == "label"])
    model = [c for c in _ner_candidates(text, doc, pat)
             if not overlaps(c.start, c.end, taken) and c.name not in menu and not _navigation(text, c)
             and not _ACRONYM_PLURAL_NOUN.fullmatch(c.name)]
    model = [_without_session_marker(c) for c in model]
    model = [_with_linked_tail(text, _with_name_tail(text, _with_suspended_tail(text, _with_name_lead(text, c)), pat)) for c in model
             if not _street_or_law(c.name) and not _after_broken_reference(text, c)
             and not _street_run(c.name)]
    kept = [*kept, *resolve([_without_section_label(text, c) for c in model])]
    kept += _coordinated_acronyms(text, kept, pat)
    kept = [part for c in _joined_after_suspended(text, _joined_by_ampersand(text, kept)) for part in _joined_committees(c)]
    kept = [c for c in kept if not _title_alone(c.name) and not _common_noun_genitive(c.name)
            and not _law_after_section(text, c) and not _FILE_NAME.search(c.name) and not _function_word_in_capitals(text, c)
            and not _LEADER.search(c.name) and not _tool_credit(text, c) and not _legend_entry(text, c)]
    taken = SpanIndex((c.start, c.end) for c in kept)
    furniture = [c for c in cands if _furniture(c, pat) and not overlaps(c.start, c.end, taken)]
    for cand in furniture:
        cand.extra["furniture"] = True
    return sorted([*kept, *resolve(furniture)], key=lambda c: c.start)



_TOOL_CREDIT_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?i:{'|'.join(map(re.escape, cues()['parties']['tool_credit_leads']))})[ ]$")


def _tool_credit(text: str, cand: Candidate) -> bool:
    """The maker of the page's software in its footer ("Made with FlippingBook - Online magazine maker"):
    furniture, not a party."""
    return _TOOL_CREDIT_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None


_FILE_NAME = re.compile(r"\.(?i:pdf|docx?|xlsx?|pptx?|odt)(?![\w])")  # a file's name in a list of attachments
_LEADER = re.compile(r"\.{3}|…")  # a contents page's dotted leader run into a name ("AaB...13 Sundparken...14")


_CAPITALS_WORD_AROUND = re.compile(rf"[{UPPER}]{{2,}}[ ]\Z|\A[ ][{UPPER}]{{2,}}(?![\w])")


def _function_word_in_capitals(text: str, cand: Candidate) -> bool:
    """A function word between words in capitals ("… kurset LÆR AT TACKLE job og sygdom"), not an
    acronym ("et påbud fra AT"); a line all in capitals is :func:`_shouted_function_word`'s."""
    if not cand.name.isupper() or cand.name.casefold() not in _SHOUTED_FUNCTION_WORDS:
        return False
    return bool(_CAPITALS_WORD_AROUND.search(text, max(0, cand.start - 12), cand.start)
                or _CAPITALS_WORD_AROUND.match(text[cand.end:cand.end + 12]))


_SECTION_BEFORE = re.compile(r"§{1,2}[ ]?\d+[a-z]?(?:,?[ ]stk\.[ ]?\d+)?(?:,?[ ]nr\.[ ]?\d+)?[ ]\Z")


def _law_after_section(text: str, cand: Candidate) -> bool:
    """An acronym right after a section of law ("§ 129 SL", "§ 85, stk. 2 SEL"): the law, no party."""
    return cand.name.isupper() and _SECTION_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None


# A word of a name joined by "&": capitalised ("Service", "Richter"), a company form ("A/S") or "Co."
_AMP_TOKEN = rf"(?:[{UPPER}0-9][\w'’/-]*[\w/]|[{UPPER}]|Co\.)"
_AMP_TAIL = re.compile(rf"[ ]&[ ](?P<tail>{_AMP_TOKEN}(?:[ ]{_AMP_TOKEN}){{0,3}})")
_AMP_LEAD = re.compile(rf"(?<![\w&-])(?P<lead>{_AMP_TOKEN}(?:[ ]{_AMP_TOKEN}){{0,2}})[ ]&[ ]$")
_CO_TAIL = re.compile(rf"\.(?P<tail>(?:[ ]{_AMP_TOKEN}){{1,3}})")  # "Christensen & Co. Arkitekter"


def _amp_words(words: list[str], pat: _Patterns) -> list[str]:
    """The words of a name joined by "&", up to the first that opens a person's name or is no name word."""
    out = []
    for word in words:
        if word in first_names() or word in pat.never or word.casefold() in _ARTICLES:
            break
        out.append(word)
    return out


def _joined_by_ampersand(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A name that goes on, or began, across "&" ("Nyborg Forsyning & Service A/S", "Kjaer & Richter",
    "Christensen & Co. Arkitekter"): "&" joins the words of one name, it does not list two
    organisations, so the candidate takes the capitalised words on its other side (and swallows a
    candidate found there). The words stop at a person's first name and at the line's end."""
    if " & " not in text:
        return kept  # no "&" that joins words: every candidate stays as it is
    pat = patterns()
    out = []
    for cand in kept:
        if cand.type == "label" or cand.extra.get("furniture"):
            out.append(cand)
            continue
        start, end = cand.start, cand.end
        tail = _AMP_TAIL.match(text, end)
        if tail is not None:
            words = _amp_words(tail.group("tail").split(" "), pat)
            if words:
                end = tail.start("tail") + len(" ".join(words))
        elif text[max(0, end - 5):end] == " & Co":
            co = _CO_TAIL.match(text, end)
            if co is not None:
                words = _amp_words(co.group("tail").split(" ")[1:], pat)
                if words:
                    end = co.start("tail") + 1 + len(" ".join(words))
        lead = _AMP_LEAD.search(text, max(0, start - 60), start)
        if lead is not None:
            words = _amp_words(lead.group("lead").split(" "), pat)
            if len(words) == len(lead.group("lead").split(" ")) and not at_sentence_start(text, lead.start("lead")):
                start = lead.start("lead")
        if (start, end) == (cand.start, cand.end):
            out.append(cand)
            continue
        out.append(dataclasses.replace(cand, start=start, end=end, name=squash(text[start:end]),
                                       extra={k: v for k, v in cand.extra.items() if k != "surface"}))
    grown = resolve([c for c in out if all(c is not k for k in kept)])
    if not grown:
        return kept
    spans = SpanIndex((c.start, c.end) for c in grown)
    return sorted([*grown, *(c for c in kept if not spans.overlaps(c.start, c.end))], key=lambda c: c.start)


# a suspended compound before a name: "Midt- og ", "Social-, Sundheds- og "
_SUSPENDED_BEFORE = re.compile(rf"(?<![\w-])[{UPPER}][{LOWER}]*-(?:,?[ ][{UPPER}{LOWER}][{LOWER}]*-)*,?[ ](?:og|&)[ ]$")


def _joined_after_suspended(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A name after a suspended compound ("Midt- og Sydsjællands Brand & Redning"): the hyphen says the
    first word shares the name's ending, so the name begins at it."""
    out = []
    changed = False
    pat = patterns()
    for cand in kept:
        m = None if cand.type in ("label", "municipality", "region") or cand.extra.get("furniture") else \
            _SUSPENDED_BEFORE.search(text, max(0, cand.start - 60), cand.start)
        if m is None or "\n" in m.group(0) or any(
                w.strip(",-") in pat.places for w in m.group(0).split() if w.endswith(("-", "-,"))):
            out.append(cand)  # "i Odder-, Skanderborg- og Horsens Kommune": places listed, each its own
            continue
        changed = True
        out.append(dataclasses.replace(cand, start=m.start(), name=squash(text[m.start():cand.end]),
                                       extra={k: v for k, v in cand.extra.items() if k != "surface"}))
    return resolve(out) if changed else kept

def _common_single_name(name: str) -> bool:
    """One capitalised compound of common words ("Mødecenter", "Borgerhuset"): on a meeting's venue
    line it names the room or house, not an organisation."""
    return " " not in name and name[:1].isupper() and not name.isupper() and compound_head(name) is not None


_TITLE_LEAD_TYPES = ("organisation", "company", "housing_organisation")


def _without_title_lead(text: str, cand: Candidate, pat: _Patterns) -> Candidate:
    """A company's or an organisation's name without the nouns of a run-on title before the place
    that opens it ("Meddelelser Garantistillelse Nordby Vand A/S" → "Nordby Vand A/S"), as the
    body names have it."""
    words = text[cand.start:cand.end].split()
    if cand.type not in _TITLE_LEAD_TYPES or len(words) < 3 or "\n" in text[cand.start:cand.end]:
        return cand
    lead = _lead_before_place(words, pat)
    if not lead:
        return cand
    start = cand.start
    for w in words[:lead]:
        start = text.index(w, start) + len(w) + 1
    while text[start:start + 1].isspace():
        start += 1
    return dataclasses.replace(cand, start=start, name=_canonical(" ".join(words[lead:])))


# an acronym joined to a plural definite common noun ("SUB-områderne", "FGU-eleverne"): things
# or people of the acronym's kind, not an organisation
_ACRONYM_PLURAL_NOUN = re.compile(rf"[{UPPER}]{{2,6}}-[{LOWER}]+(?:erne|ene|rne)")

# a quantifier before a bare kind word ("hvert Lokaludvalg", "ethvert Udvalg"): any body of that kind
_QUANTIFIER_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['kind_quantifiers'])})[ ]$"
)
# an indefinite article and an adjective before a bare indefinite kind word ("et nyt Frivilligråd")
_KIND_ARTICLE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['kind_articles'])})[ ][{LOWER}]{{2,}}[ ]$"
)


def _quantified_kind(text: str, cand: Candidate) -> bool:
    """A one-word body name after a quantifier ("hvert Lokaludvalg har sin egen stand", "alle Lokalråd
    deltog"), or an indefinite one after an article and an adjective ("et nyt Frivilligråd"): a kind,
    not one body. Without the adjective an article may introduce a body's name ("nedsat et Ungeråd,
    som …"), and a definite word after one is the body itself ("et enigt socialudvalget")."""
    if " " in cand.name or not (cand.type == "body" or (cand.type == "organisation" and _is_org_word(cand.name))):
        return False
    if _QUANTIFIER_BEFORE.search(text, max(0, cand.start - 12), cand.start):
        return True
    return not _DEFINITE.search(cand.name) and bool(_KIND_ARTICLE_BEFORE.search(text, max(0, cand.start - 24), cand.start))


# an agenda item's number at a line's start, perhaps after one label word ("2. ", "åbent 6 ", "Pkt. 4 ")
_ITEM_NUMBER_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[^\W\d]+\.?[ \t]+)?\d{1,3}\.?[ \t]+$")
# what follows an item title's topic word: the title's colon or dash, or the line's end
_TOPIC_END_AFTER = re.compile(r"[ \t]*(?::|[ ][-–][ ]|\n|$)")


def _title_topic_kind(text: str, cand: Candidate) -> bool:
    """A bare indefinite kind word that opens a numbered agenda item's title ("2. Elevråd:",
    "4. Landsbyråd - kommuneplan"): the item's topic, capitalised by its place, not a body acting."""
    return (" " not in cand.name and not _DEFINITE.search(cand.name)
            and (cand.type == "body" or (cand.type == "organisation" and _is_org_word(cand.name)))
            and bool(_ITEM_NUMBER_LINE_START.search(text, max(0, cand.start - 24), cand.start))
            and bool(_TOPIC_END_AFTER.match(text, cand.end)))


_PLACE_GENITIVE_BEFORE = re.compile(rf"(?<![\w.-])(?P<place>[{UPPER}][{LOWER}]+)s[ ]$")
_LEAD_TYPES = ("body", "organisation")
# an acronym's genitive right before a body's name: "KL's Socialudvalg", "DGI’s Bestyrelse"
_ACRONYM_OWNER_BEFORE = re.compile(rf"(?<![\w.-])[{UPPER}]{{2,5}}['’]s[ ]$")
_BODY_NAME_ENDINGS = ("udvalg", "udvalget", "bestyrelse", "bestyrelsen", "råd", "rådet", "nævn", "nævnet")


def _with_place_genitive_lead(text: str, cand: Candidate, pat: _Patterns) -> Candidate:
    """A body named with its town or island in the genitive ("Nordøs Erhvervsråd", "Egeby Kommunes
    …" excluded): the genitive belongs to the name when the name's first word is capitalised and
    indefinite, i.e. it does not stand alone as the name of a unit."""
    if cand.type not in _LEAD_TYPES or not cand.name[:1].isupper():
        return cand
    first = cand.name.split()[0]
    if _DEFINITE.search(first) or first.isupper():
        return cand
    m = _PLACE_GENITIVE_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if m is None:
        owner = _ACRONYM_OWNER_BEFORE.search(text, max(0, cand.start - 12), cand.start)
        if owner is None or not cand.name.endswith(_BODY_NAME_ENDINGS):
            return cand
        start = owner.start()  # "KL's Socialudvalg": a body of the organisation, named with its owner
        return Candidate(start, cand.end, f"{text[start:cand.start]}{cand.name}", cand.type,
                         cand.priority, extra={**cand.extra, "place_lead": True})
    place = m.group("place")
    if place not in pat.places and place.casefold() not in pat.municipality_names:
        return cand
    start = m.start("place")
    return Candidate(start, cand.end, f"{text[start:m.end('place') + 1]} {cand.name}", cand.type,
                     cand.priority, extra={**cand.extra, "place_lead": True})


# "SVM-regeringen", "S-regeringens": a government named by its parties' letters, in the definite
# form that names it (the indefinite "en VK-regering" speaks of a kind of government)
_COALITION = re.compile(rf"(?P<letters>[{UPPER}](?<![\w-](?s:.))[{UPPER}]{{0,4}})-regeringens?(?![\w-])")
# "den tidligere VK-regering": the article before an adjective makes the indefinite form name one government
_COALITION_AFTER_ARTICLE = re.compile(
    rf"[Dd](?<![\w-](?s:.))(?i:en)[ ](?:[{LOWER}]+[ ])?(?P<letters>[{UPPER}][{UPPER}]{{0,4}})-regering(?![\w-])")
# "under VK-regeringen": the government's term as a time, not the government acting
_TERM_BEFORE = re.compile(r"(?i:under|i)[ ](?:den[ ])?(?:tidligere[ ])?$")


_PERSON_RUN = re.compile(rf"[{UPPER}](?<![\w-](?s:.))[{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+){{1,3}}")


@functools.lru_cache(maxsize=8)
def _people_initials(text: str) -> frozenset[str]:
    """The initials of the people the text names (a first name and one to three more names): "Bo
    Lund Hansen" gives "BLH" and "BH"."""
    out = set()
    for m in _PERSON_RUN.finditer(text):
        words = re.split(r"[ -]", m.group(0))
        if words[0] not in first_names():
            continue
        for i in range(2, len(words) + 1):
            out.add("".join(w[0] for w in words[:i]))
            out.add(words[0][0] + words[i - 1][0])
    return frozenset(out)


_SUBJECT_ACRONYM = re.compile(
    rf"(?P<name>[{UPPER}](?<![\w./&’'-](?s:.))[{UPPER}0-9]{{1,4}})"  # the capital first: the regex engine skips to capitals
    rf"(?:(?![\w./&’'-])|(?P<gen>['’]s|['’]|s)(?=[ ][{LOWER}]{{3,}}(?![\w-])))"
)
_MEETING_DATE_AFTER = re.compile(r"[ ](?:den|d\.)[ ]?\d")  # "ØU den 7. december": the body meets


def _acting_acronym_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A short acronym as the subject of a verb of acting or a modal verb ("FU indstiller, at …",
    "RGN skal finde pengene", "SBG bør købe flere bænke"), as the owner of a thing ("FDO's lager",
    "TDC’ kabler") or as a body that meets on a date ("dagsorden for ØU den 7. december"): the
    organisation the text abbreviates. Written out elsewhere, it joins its full name through the
    text's own definition."""
    out = []
    initials: Optional[frozenset[str]] = None
    for m in _SUBJECT_ACRONYM.finditer(text):
        name = m.group("name")
        if m.group("gen") is None and not _ACRONYM_SUBJECT.match(text, m.end()) and not _MEETING_DATE_AFTER.match(text, m.end()):
            continue
        if initials is None:
            initials = _people_initials(text)
        if name in initials:
            continue  # "BH orienterede" where the text names Bo Hansen: a person's initials
        if name in pat.never or name in pat.not_names or name in pat.stop_words or name in pat.places \
                or name.casefold() in pat.labels or name in countries():
            continue
        if common_word(name.lower()):
            continue  # "IT skal", "TV kan", "SFO har": a common noun written in capitals, not a name
        out.append(Candidate(m.start(), m.end("name"), name, "organisation", 1))
    return out


def _coalition_candidates(text: str) -> list[Candidate]:
    """Governments named by their parties' letters, unless the name only dates something."""
    out = []
    for m in _COALITION.finditer(text) if _may_hold(text, _COALITION) else ():
        if _TERM_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        out.append(Candidate(m.start(), m.end(), f"{m.group('letters')}-regeringen", "organisation", 3))
    for m in _COALITION_AFTER_ARTICLE.finditer(text) if _may_hold(text, _COALITION_AFTER_ARTICLE) else ():
        if _TERM_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        out.append(Candidate(m.start("letters"), m.end(), f"{m.group('letters')}-regering", "organisation", 3))
    return out


# "Møllevej 12A": a street address, not an organisation
_STREET_ADDRESS = re.compile(
    rf"[{UPPER}][\w-]*(?i:{'|'.join(map(re.escape, cues()['areas']['address_street_endings']))})[ ]\d{{1,4}}[ ]?[A-Za-z]?"
)
# an address after a name: "Café Havly, Havnegade 12": the name is a venue
_ADDRESS_AFTER = re.compile(rf",[ ](?:{_STREET_ADDRESS.pattern})")
# "J.F. " before "Hansens Samling": a founder's initials before the genitive surname of a name
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.[ ]?){{1,3}}$")
# "Den " before "Blå Fabrik" / "Gamle Skole": the article of a name whose adjective is capitalised
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])De[nt][ ]$")
_NAME_ADJECTIVE = re.compile(rf"[{UPPER}][{LOWER}]+e$")


# a MED committee's name before the unit it serves: "Fælles-MED ", "Hoved-MED ", "MED-udvalget "
_MED_LEAD = re.compile(rf"(?<![\w-])(?:[{UPPER}][{LOWER}]+-)?MED(?:-udvalg(?:et)?)?[ ]$")


@functools.lru_cache(maxsize=1)
def _street_words() -> tuple[str, ...]:
    return tuple(cues()["areas"]["street_after_place"])


def _street_run(name: str) -> bool:
    """True for a model's span that runs a street's name into the next word ("Elborg Allé Manglende",
    "Nørregade Status"): a word before the last is a street word, so the span is a street and more."""
    words = name.split()
    return len(words) > 1 and any(w.casefold().endswith(_street_words()) and w[:1].isupper() for w in words[:-1])


# a capitalised adjective in -e inside a sentence, after a lowercase word or a list's comma
_ADJECTIVE_LEAD_BEFORE = re.compile(rf"(?:[{LOWER}]|,)[ ](?P<adj>[{UPPER}][{LOWER}]{{3,}}e)[ ]$")
_LEAD_KINDS = ("ngo", "organisation", "fund", "union")


def _with_adjective_lead(text: str, cand: Candidate) -> Candidate:
    """A listed name with a capitalised adjective before it inside a sentence ("… og Anbragte
    Børns Kår", "støtte fra Danske Boligråd"): another organisation whose name holds the listed
    one; the adjective is capitalised only because it is part of a name. Not at a sentence's
    start, nor a first name or a place."""
    if cand.type not in _LEAD_KINDS or not cand.extra.get("surface"):
        return cand
    m = _ADJECTIVE_LEAD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if m is None:
        return cand
    adj = m.group("adj")
    if not common_word(adj) or adj in first_names() or adj in patterns().places:
        return cand
    name = f"{adj} {cand.name}"
    extra = {k: v for k, v in cand.extra.items() if k not in ("entity", "abbreviation")}
    return Candidate(m.start("adj"), cand.end, name, cand.type, cand.priority, extra=extra)


# "DGI Midt- og Vestsjælland": a name's last word with a suspended hyphen, completed by the next word
_SUSPENDED_TAIL = re.compile(rf"-[ ](?:og|eller|&)[ ][{UPPER}][\w]+(?:-[{UPPER}][\w]+)?(?![\w-])")


_FOR_OBJECT = re.compile(rf"[ ]for[ ](?P<obj>[{UPPER}][{LOWER}]+(?:[ ](?:og|&)[ ][{UPPER}][{LOWER}]+)?)(?![\w-])")
_QUOTED_NAME = re.compile(rf"[ ](?P<q>[\"„“”»«])[{UPPER}][\w.-]*(?:[ ][\w.-]+){{0,4}}[\"“”«»](?![\w])")
_QUOTE_PAIRS = {'"': '"', "„": "“”", "“": "”", "”": "”", "»": "«", "«": "»"}


_YOUTH_WING_AFTER = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['youth_wing_words'])})(?![\w-])")
_YOUTH_WING_TYPES = ("organisation", "political_party")


@functools.lru_cache(maxsize=1)
def _name_tail_heads() -> tuple[frozenset[str], frozenset[str]]:
    p = cues()["parties"]
    return frozenset(p["for_object_heads"]), frozenset(p["quoted_name_heads"])


def _with_name_tail(text: str, cand: Candidate, pat: _Patterns) -> Candidate:
    """A name whose own words go on after the span: a "for" field after an institution's head
    ("Statens Museum" + "for Kunst"), or a quoted name after a definite organisation word
    ('Andelsboligforeningen' + '"Ved Torvet"'). The field must be a capitalised common noun (a
    place or a person after "for" is the beneficiary, not the name); the quoted name must close
    on the same line."""
    if cand.type in ("label", "person") or not cand.name[:1].isupper():
        return cand
    for_heads, quoted_heads = _name_tail_heads()
    if cand.type in _YOUTH_WING_TYPES and (m := _YOUTH_WING_AFTER.match(text, cand.end)) is not None:
        return dataclasses.replace(cand, end=m.end(), name=f"{squash(text[cand.start:cand.end])}{m.group()}", type="organisation", extra={
            k: v for k, v in cand.extra.items() if k not in ("entity", "surface")})  # "Red Barnet" + "Ungdom"
    last = text[cand.start:cand.end].split()[-1].casefold()
    if _ACRONYM_WORD.fullmatch(cand.name) and (m := _branch_after().match(text, cand.end)) is not None:
        return dataclasses.replace(cand, end=m.end(), name=f"{cand.name}{m.group()}")  # "AOF" + "Nord"
    if last in for_heads and " " in cand.name:
        m = _FOR_OBJECT.match(text, cand.end)
        if m is not None and all(common_word(w) for w in m.group("obj").split() if w[:1].isupper()) and not (
                _CAP_WORD_AFTER.match(text, m.end())):
            return dataclasses.replace(cand, end=m.end(), name=f"{cand.name} {squash(m.group())}")
    if last in quoted_heads:
        m = _QUOTED_NAME.match(text, cand.end)
        if m is not None and "\n" not in m.group() and m.group()[-1] in _QUOTE_PAIRS[m.group("q")]:
            return dataclasses.replace(cand, end=m.end(), name=f"{cand.name} {squash(m.group())}")
    return cand


_CAP_WORD_AFTER = re.compile(rf"[ ][{UPPER}]")


# ", undervisning og Ligestilling", " og rådgivning": the rest of a "for" field written as a list with
# its later words in lower case ("Center for Familie og rådgivning", "Udvalget for kirke, kirkegård
# og præstegårdshave"); a lower-case word after it ends the name
_COORDINATED_FIELD_TAIL = re.compile(
    rf"(?P<tail>(?:,[ ][{LOWER}][{LOWER}-]+)*[ ]og[ ][{UPPER}{LOWER}][{LOWER}-]+)(?=[ ][{LOWER}]|[.,;:)\n])"
)


@functools.lru_cache(maxsize=1)
def _field_tail_endings() -> tuple[tuple[str, ...], frozenset[str]]:
    data = cues()["parties"]["coordinated_field_tail"]
    return tuple(data["not_endings"]), frozenset(data["not_words"])


def _field_noun(word: str) -> bool:
    """A word that can go on a "for" field: an indefinite singular common noun ("rådgivning",
    "kirkegård"), not a definite or plural form ("kommunen", "virksomheder") that is an actor of its own."""
    endings, words = _field_tail_endings()
    low = word.lower()
    return low not in words and not low.endswith(endings) and (common_word(low) or _noun_compound(low))


def _noun_compound(word: str) -> bool:
    """Two common words joined, with or without a linking -s ("menigheds" + "hus")."""
    return any(common_word(word[i:]) and (common_word(word[:i]) or word[i - 1] == "s" and common_word(word[:i - 1]))
               for i in range(4, len(word) - 2))


def _with_coordinated_field_tail(text: str, cand: Candidate) -> Candidate:
    """A body's "for" field that goes on as a list after the span ("Center for Familie" + " og
    rådgivning", "Ministeriet for Børn" + ", undervisning og Ligestillings område"): each later word
    an indefinite common noun; a genitive -s on the last word (owning the next noun) is left out."""
    if cand.type != "body" or " for " not in cand.name:
        return cand
    if cand.name.rsplit(" for ", 1)[1].count(" "):
        return _with_field_list_tail(text, cand)
    m = _COORDINATED_FIELD_TAIL.match(text, cand.end)
    if m is None:
        return cand
    tail = m.group("tail")
    words = [w for w in re.split(r"[, ]+", tail) if w and w != "og"]
    end = m.end()
    if words[-1].endswith("s") and _LOWER_WORD_NEXT.match(text, end) and _field_noun(words[-1][:-1]):
        words[-1], tail, end = words[-1][:-1], tail[:-1], end - 1  # "… og Ligestillings område"
    if not all(_field_noun(w) for w in words):
        return cand
    return dataclasses.replace(cand, end=end, name=f"{cand.name}{'' if tail.startswith(',') else ' '}{squash(tail)}")


def _with_field_list_tail(text: str, cand: Candidate) -> Candidate:
    """A body's "for" field of two words that goes on as a comma list of fields of one or two words ("Udvalget
    for regional udvikling" + ", uddannelse, kollektiv trafik og internationalt samarbejde", also capitalised):
    every word an indefinite common word, so that names or other bodies after it ("…, Bo Dam og Eva Holm",
    "… og Frivilligrådet") stay out."""
    field = cand.name.rsplit(" for ", 1)[1].split()
    m = _FIELD_LIST_TAIL.match(text, cand.end)
    if m is None or len(field) > 2 or "," not in m.group("tail"):
        return cand
    words = [w for w in re.split(r"[, ]+", m.group("tail")) if w and w != "og"]
    if not all(_field_noun(w) for w in [*field, *words]):
        return cand
    return dataclasses.replace(cand, end=m.end(), name=f"{cand.name}{squash(m.group('tail'))}")


_FIELD_WORD = rf"[{UPPER}{LOWER}][{LOWER}-]+"
_FIELD_LIST_TAIL = re.compile(
    rf"(?P<tail>(?:,[ ]{_FIELD_WORD}(?:[ ]{_FIELD_WORD})?)+,?[ ]og[ ]{_FIELD_WORD}(?:[ ]{_FIELD_WORD})?)"
    rf"(?=[ ][{LOWER}]|[.,;:)\n]|$)"
)
_LOWER_WORD_NEXT = re.compile(rf"[ ][{LOWER}]")
_ACRONYM_WORD = re.compile(rf"[{UPPER}]{{2,5}}")


@functools.lru_cache(maxsize=1)
def _branch_after() -> re.Pattern[str]:
    """A compass word after an acronym's name, not itself followed by a capitalised word: the
    organisation's regional branch ("AOF Nord", "DGI Midt")."""
    words = "|".join(cues()["parties"]["branch_compass_words"])
    return re.compile(rf"[ ](?:{words})(?![\w-])(?![ ]+[{UPPER}])")
# "… for Udvikling af Landdistrikterne", "… for Nordby Hospice": a linking word and a run of
# capitalised words after an organisation's name
_LINKED_TAIL = re.compile(
    rf"[ ](?P<link>for|af)[ ](?P<obj>[{UPPER}][{LOWER}]+(?:[ ](?:og|&)[ ][{UPPER}][{LOWER}]+|[ ][{UPPER}][{LOWER}]+)?)(?![\w-])"
)


def _org_head_word(word: str) -> bool:
    """A word that heads an organisation's name ("Støtteforeningen", "Landsfond", "Projektudvalget")."""
    low = word.casefold()
    for_heads, _ = _name_tail_heads()
    return low in for_heads or low in _suffix_set() or (
        (low.endswith(_as_tuple(_suffix_set())) or low.endswith(_as_tuple(for_heads)))
        and any(low.endswith(h) and len(low) - len(h) >= 3 for h in _suffix_set() | for_heads))


def _with_linked_tail(text: str, cand: Candidate) -> Candidate:
    """A name that goes on after its span in title case: a "for" phrase after the organisation's
    head word ("Støtteforeningen" + "for Nordby Hospice") or an "af" phrase after a "for" name
    ("Projektudvalget for Udvikling" + "af Landsbyer"). A capitalised common noun in the run shows
    the title case of a name (a place or a person alone after "for" is the beneficiary, not the
    name); the run must end the capitalised words."""
    if cand.type in ("label", "person", "political_party") or not cand.name[:1].isupper():
        return cand
    while True:
        m = _LINKED_TAIL.match(text, cand.end)
        if m is None or _CAP_WORD_AFTER.match(text, m.end()):
            return cand
        last = text[cand.start:cand.end].split()[-1]
        if m.group("link") == "for" and not _org_head_word(last):
            return cand
        if m.group("link") == "af" and not (" for " in cand.name and common_word(last) and last[:1].isupper()):
            return cand
        if _title_adjective_tail(text, m.group("obj"), m.start("obj")):
            return cand  # "Sammenlægningsudvalget" + "for Endelig vedtagelse af …": the next title
        words = [w for w in m.group("obj").split() if w not in ("og", "&")]
        if len(words) > 1 and words[-1] in _trailing_labels():  # "Udvalg for Økonomi Deltagere: …": a label
            obj = m.group("obj").rsplit(" ", 1)[0]
            return dataclasses.replace(cand, end=m.start("obj") + len(obj), name=f"{cand.name} {m.group('link')} {obj}")
        if words[-1].endswith("s") and _LOWER_AFTER.match(text, m.end()):
            return cand  # "… for Region Nordbys regnskab": the genitive owns the next noun, no name ends so
        if not any(common_word(w) for w in words):
            return cand
        cand = dataclasses.replace(cand, end=m.end(), name=f"{cand.name} {squash(m.group())}")


@functools.lru_cache(maxsize=1)
def _broken_reference() -> re.Pattern[str]:
    marks = "|".join(map(re.escape, cues()["parties"]["broken_reference_marks"]))
    return re.compile(rf"(?:{marks})[ ]$")


def _after_broken_reference(text: str, cand: Candidate) -> bool:
    """True for words right after a word processor's broken cross-reference ("Fejl! Bogmærke …")."""
    return bool(_broken_reference().search(text, max(0, cand.start - 8), cand.start))


# "s Forskningskontor", "'s Økonomisk sekretariat", "s Støtte- og bevillingsadministration" after a name
_UNIT_TAIL = re.compile(
    rf"(?:s|['’]s)?[ ](?P<unit>(?:[{UPPER}][{LOWER}]+isk[ ])?[{UPPER}{LOWER}][{LOWER}]*"
    rf"(?:-[ ]og[ ][{UPPER}{LOWER}][{LOWER}]*)?)(?![\w-])"
)


@functools.lru_cache(maxsize=1)
def _unit_endings() -> tuple[str, ...]:
    return tuple(cues()["parties"]["owned_unit_endings"])


def _with_unit_tail(text: str, cand: Candidate) -> Candidate:
    """An organisation's unit named by the organisation's genitive and a capitalised office,
    secretariat, administration or network ("Justitsministeriets Forskningskontor", "KL's
    Økonomisk sekretariat", "Nordfondens Støtte- og bevillingsadministration"): the unit is the
    party, named with its organisation."""
    if cand.type in ("label", "person", "generic") or not cand.name[:1].isupper():
        return cand
    m = _UNIT_TAIL.match(text, cand.end)
    if m is None or not m.group("unit")[:1].isupper() or not m.group("unit").endswith(_unit_endings()):
        return cand
    if text[cand.end - 1:cand.end] != "s" and not m.group().startswith(("s ", "'s ", "’s ")):
        return cand
    kind = "organisation" if cand.type in ("municipality", "region") else cand.type  # the unit is no place
    return dataclasses.replace(cand, end=m.end(), name=squash(text[cand.start:m.end()]), type=kind,
                               extra={k: v for k, v in cand.extra.items() if k not in ("entity", "abbreviation")})


def _with_suspended_tail(text: str, cand: Candidate) -> Candidate:
    """A name cut at a suspended hyphen ("DGI Midt" of "DGI Midt- og Vestsjælland", "Fonden for
    Nord" of "Fonden for Nord- og Sydfyn"): the name goes on through the coordinated word, which
    completes its last word. Only capitalised last words; a genitive completion ("… Vestsjællands
    politikreds") is left as it is."""
    if cand.type == "label" or not text[cand.start:cand.end].split()[-1][:1].isupper():
        return cand
    m = _SUSPENDED_TAIL.match(text, cand.end)
    if m is None or m.group().endswith("s"):
        return cand
    name = f"{cand.name}{squash(m.group())}"
    return dataclasses.replace(cand, end=m.end(), name=name)


_LOWER_KOMMUNE_AFTER = re.compile(r"[ ]kommune(?![\w-])")


def _with_lowercase_municipality(text: str, cand: Candidate) -> Candidate:
    """A body "for" a municipality whose name the text closes with "kommune" in small letters ("Lokalrådet
    for Nordby kommune"): the whole name."""
    if cand.type not in ("body", "organisation") or " for " not in cand.name:
        return cand
    m = _LOWER_KOMMUNE_AFTER.match(text, cand.end)
    place = cand.name.rsplit(" for ", 1)[1]
    if m is None or load_gazetteers().municipality(place) is None:
        return cand
    return dataclasses.replace(cand, end=m.end(), name=f"{cand.name} kommune")


def _with_abbreviated_place(text: str, cand: Candidate) -> Candidate:
    """A body or municipality named after a place whose shortened first word the span missed ("Kgs.
    Enghave Lokaludvalg", "Gl. Stevns Kommune"): the whole name."""
    start = abbreviated_lead(text, cand.start) if cand.type in ("organisation", "body", "municipality") else None
    if start is None:
        return cand
    return Candidate(start, cand.end, f"{squash(text[start:cand.start])} {cand.name}", cand.type, cand.priority,
                     extra={**cand.extra, "surface": True})


def _with_name_lead(text: str, cand: Candidate) -> Candidate:
    """An organisation's name whose first words the span missed: the founder's initials before
    a genitive surname ("J.F. Hansens Samling") or the article before a capitalised adjective
    ("Den Gamle Skole"); a capitalised adjective or genitive is no common text. A co-determination
    committee's lead before a unit ("Fælles-MED Børn og Unge", "Hoved-MED Teknik") makes the
    committee's name."""
    lead = _MED_LEAD.search(text, max(0, cand.start - 24), cand.start) if cand.type in ("organisation", "body") else None
    if lead is not None and not cand.name.startswith(lead.group().strip()):
        return Candidate(lead.start(), cand.end, f"{lead.group().strip()} {cand.name}", "body", cand.priority,
                         extra={**cand.extra, "surface": True})
    if cand.type != "organisation" or " " not in cand.name:
        return cand
    first = cand.name.split()[0]
    m = None
    if first.endswith("s") and first[:1].isupper() and first[1:2].islower():
        m = _INITIALS_BEFORE.search(text, max(0, cand.start - 10), cand.start)
    elif _NAME_ADJECTIVE.fullmatch(first):
        m = _ARTICLE_BEFORE.search(text, max(0, cand.start - 4), cand.start)
    if m is None:
        return cand
    return Candidate(m.start(), cand.end, f"{squash(text[m.start():cand.start])} {cand.name}".replace("  ", " "),
                     cand.type, cand.priority, extra={**cand.extra, "surface": True})


@functools.lru_cache(maxsize=1)
def _lead_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in cues()["parties"]["lead_labels"])


def _without_lead_label(text: str, cand: Candidate) -> Candidate:
    """A name that a case-number label or a link's imperative runs on before ("Sagsnr J.nr Nordby
    Varme A/S", "Læs Sundhedsministeriet"): the leading labels are cut off."""
    start = cand.start
    while True:
        m = _LEAD_WORD.match(text, start, cand.end)
        if m is None or m.end() >= cand.end or (
                m.group("word").casefold() not in _lead_labels() and m.group("word") not in _agenda_codes(text)
                and not _letter_enumerator(text, m)):
            break
        start = m.end()
    if start == cand.start:
        return cand
    surface = text[cand.start:start]
    name = cand.name[len(surface):] if cand.name.startswith(surface) else _canonical(text[start:cand.end])
    return dataclasses.replace(cand, start=start, name=name)


_LEAD_WORD = re.compile(r"(?P<word>[\w][\w.-]*?)[.:]?[ ]+")
# a list item's letter at a line's start: "F. Aktivitetsudvalget: intet møde", "b) Kirkegårdsudvalget"
_LETTER_ITEM = re.compile(rf"^[ \t]*(?P<letter>[{UPPER}a-zæøå])[.)][ ]+(?=[{UPPER}][{LOWER}]{{2,}})", re.M)


@functools.lru_cache(maxsize=8)
def _enumerator_letters(text: str) -> frozenset[str]:
    """Letters that open list items at line starts in a run of the alphabet: a letter whose
    neighbour in the alphabet opens another such line ("E. …", "F. …", "G. …"); an initial of a
    name ("H. Nielsen A/S") has no such neighbour."""
    found = {m.group("letter") for m in _LETTER_ITEM.finditer(text)}
    return frozenset(c for c in found if chr(ord(c) - 1) in found or chr(ord(c) + 1) in found)


def _letter_enumerator(text: str, m: re.Match[str]) -> bool:
    """``m`` (a lead word) is a list item's letter that opens the candidate's line."""
    item = _LETTER_ITEM.match(text, text.rfind("\n", 0, m.start()) + 1)
    return item is not None and item.start("letter") == m.start() and item.group("letter") in _enumerator_letters(text)
# an agenda item's number, then a short code in capitals for the committee or area that owns the
# item, then the item's title: "7 ØK Nordby Boligselskab, opførelse af …", "18 KU Tilskud til …"
_AGENDA_CODE = re.compile(rf"\d(?<![\w.,-](?s:.))\d{{0,2}}[ ]+(?P<code>[{UPPER}]{{2,3}})[ ]+(?=[{UPPER}])")
_AGENDA_CODE_MIN = 3  # items of one list that carry the same code


@functools.lru_cache(maxsize=8)
def _agenda_codes(text: str) -> frozenset[str]:
    """Codes in capitals that open numbered agenda items of the text (a committee's or area's short
    name before each title), once one code opens three or more: never the first word of a party's name."""
    counts: dict[str, int] = {}
    for m in _AGENDA_CODE.finditer(text):
        counts[m.group("code")] = counts.get(m.group("code"), 0) + 1
    if not counts or max(counts.values()) < _AGENDA_CODE_MIN:
        return frozenset()
    return frozenset(code for code, n in counts.items() if n >= 2)  # the list's other codes: two items do


def _without_section_label(text: str, cand: Candidate) -> Candidate:
    """A name run on into the label of a case section ("Boligforeningen Vest Indstilling"): the
    label is cut off."""
    cand = _without_lead_label(text, cand)
    head, sep, last = text[cand.start:cand.end].rstrip().rpartition(" ")
    if not sep or last not in cues()["parties"]["run_on_section_labels"]:
        return cand
    name = cand.name[: -len(last)].rstrip() if cand.name.endswith(last) else cand.name
    return dataclasses.replace(cand, end=cand.start + len(head.rstrip()), name=name)


def _furniture(cand: Candidate, pat: _Patterns) -> bool:
    """Labels, media and other names that are no parties; their spans still keep people and
    places out of them."""
    return cand.type == "label" or (cand.name in pat.never and not cand.extra.get("executive"))


@functools.lru_cache(maxsize=1)
def _executive_pattern() -> re.Pattern[str]:
    # each board's first letter, then the word start behind it: the regex engine skips to those letters
    boards = "|".join(re.escape(b[:1]) + r"(?<![\w-](?s:.))" + re.escape(b[1:]) for b in cues()["parties"]["executive_boards"])
    verbs = "|".join(map(re.escape, cues()["parties"]["recommendation_verbs"]))
    return re.compile(rf"(?:{boards})(?![\w-])(?![ ]+(?:{verbs})(?![\w]))")


def _executive_candidates(text: str) -> list[Candidate]:
    """The executive board, capitalised, in a sentence that has it act or be addressed ("Direktionen
    har udarbejdet …", "anmoder Direktionen om …"); not where it only signs the recommendation
    ("Direktionen indstiller"), nor alone on a line (a label or heading)."""
    out = []
    for m in _executive_pattern().finditer(text) if _may_hold(text, _executive_pattern()) else ():
        line_start, line_end = line_of(text, m.start())
        rest = text[line_start:m.start()] + text[m.end():line_end]
        if not re.search(rf"[{LOWER}]{{3,}}", rest):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(), "body", 3, extra={"executive": True}))
    return out


@functools.lru_cache(maxsize=1)
def _police_actor() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The police in general as the subject of a verb ("Politiet arbejder videre med sagen", "politiet
    har oprettet …", "politiet, der …"), as the agent of a passive ("efterforskes af politiet") or
    capitalised inside a sentence ("søgt Politiet om …"), and
    the police districts whose names make the police of the text a named one."""
    data = cues()["parties"]["police_actor"]
    word = "|".join(re.escape(w) for w in data["words"])
    verbs = "|".join(map(re.escape, data["verbs"]))
    adverbs = "|".join(map(re.escape, data["adverbs"]))
    agents = "|".join(map(re.escape, data["agent_leads"]))
    not_verbs = "|".join(map(re.escape, data["not_verbs"]))
    before = "".join(rf"(?<![ ]{re.escape(w)}[ ])" for w in data["not_after"])  # "tilliden til politiet er …"
    passive = "|".join(rf"(?<=[{LOWER}]{re.escape(e)}[ ](?:{agents})[ ])" for e in data["agent_verb_endings"])
    acting = re.compile(
        rf"(?<![\w-])(?:(?:{passive})(?P<agent>{word})(?![\w-])"
        rf"|(?<![,][ ])(?<![ ]og[ ]){before}(?P<subject>{word})(?:[ ](?:{adverbs}))?"
        rf"(?:[ ](?:{verbs})|[ ](?!(?:{not_verbs})(?![\w-]))[{LOWER}]{{2,}}er|,[ ]der)(?![\w-])"
        rf"|(?<=[{LOWER}][ ])(?P<proper>{re.escape(data['proper_word'])})(?![\w-]))"
    )
    # a district's name ends in the word ("Østjyllands Politi"); the national police is a word's start
    named = re.compile("|".join(re.escape(w) + (r"s?(?![\w-])" if w.startswith(" ") else "") for w in data["named_police"]))
    return acting, named


def _police_candidates(text: str) -> list[Candidate]:
    """The police in general where the text has them act and names no police district: there the
    police of the text are that district."""
    data = cues()["parties"]["police_actor"]
    if not any(word in text for word in data["words"]):
        return []
    acting, named = _police_actor()
    if named.search(text):
        return []
    return [Candidate(m.start(m.lastgroup), m.end(m.lastgroup), data["name"], "generic", 1) for m in acting.finditer(text)]


_DISTRICT_POLICE = re.compile(rf"(?<![\w-])(?P<stem>[{UPPER}][{LOWER}][\w-]*?)s[ ]"
                              rf"(?:{'|'.join(re.longest_first(cues()['parties']['district_police_words']))})(?![\w-])")


def _district_police_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """A police district by its land's genitive that the gazetteer does not list (a district of before 2007,
    "Vestsjællands politi"): "<Land>s Politi", a police force, not the land."""
    if not any(w in text for w in cues()["parties"]["district_police_words"]):
        return []
    out = []
    for m in _DISTRICT_POLICE.finditer(text):
        stem = m.group("stem")
        if common_word(stem) or stem in pat.stop_words or _first_name(stem, pat):
            continue
        out.append(Candidate(m.start(), m.end(), f"{stem}s Politi", "police", 5))
    return out


_PARTITIVE = rf"(?:{LOCATIVE_PARTITIVES}[ ])?"  # "i dele af …"
# "i hele Nordby Kommune", "fordelt over hele Nordby Kommune": the land
_LOCATIVE = re.compile(rf"(?:^|\s)(?:(?:i|I|fra|til|ved|uden for|inden for)\s+{_PARTITIVE}|over\s+hele\s+)$")
# the last of a list of places after a locative: "i Odder-, Skanderborg- og Horsens Kommune"
_LIST_LOCATIVE = re.compile(
    rf"(?:^|\s)(?:i|fra|ved)[ ]{_PARTITIVE}(?:[{UPPER}][\w-]*(?:-,?|,)[ ]){{1,15}}(?:[{UPPER}][\w-]*[ ])?(?:og|eller)[ ]$"
    # "beliggende i Nordby Kommune, Sydby Kommune og …": a list of whole municipality names
    rf"|(?:^|\s)(?:i|fra|ved)[ ](?:[{UPPER}][\w-]*[ ]Kommune,[ ]){{1,15}}(?:[{UPPER}][\w-]*[ ]Kommune[ ](?:og|eller)[ ])?$"
    # "I Nordby og Sydby Kommune, som …": the locative governs both names of a pair too, also opening a sentence
    rf"|(?:^|\s)(?:i|I)[ ]{_PARTITIVE}[{UPPER}][{LOWER}][\w-]*[ ](?:og|eller)[ ]$"
)




def _variant_key(name: str) -> str:
    """Key that joins definite/indefinite and genitive variants ("Socialudvalg(et)", "…Beskæftigelses")
    and the ways to write a coordination's break ("Børn- Kultur", "Børn, Kultur", "Børn-, Kultur")."""
    key = name_key(fold_typography(name.replace(" og ", " & ")))  # "KL’s" = "KL's", ”…” = "…": one name
    if key.endswith(("et", "et\n")):  # what the ending's pattern needs (its "$" also before a final line break)
        key = re.sub(r"(udvalg|råd|nævn)(et)$", r"\1", key)
    if "-" in key or "," in key:
        key = re.sub(r"(?<=\w)(?:-,?|,)(?=[ ])", "", key)  # "Børn- Kultur og …" = "Børn, Kultur og …"
    return key


def _entity_key(cand: Candidate) -> str:
    entity = cand.extra.get("entity")
    return name_key(entity) if entity else _variant_key(cand.name)


def _merge_genitive(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    by_key = {_variant_key(g[0].name): g for g in groups}
    result = []
    for g in groups:
        key = _variant_key(g[0].name)
        if key.endswith("s") and key[:-1] in by_key and by_key[key[:-1]] is not g:
            by_key[key[:-1]].extend(g)
            continue
        if key.endswith(("et", "en")) and len(key) > 8 and key[:-2] in by_key and by_key[key[:-2]] is not g:
            by_key[key[:-2]].extend(g)  # "Nordcenter" and "Nordcenteret": the definite form of one name
            continue
        result.append(g)
    return result


def _merge_leading_word(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join "Nyt Skovby Sundhedscenter" (a title's adjective before the name) to "Skovby
    Sundhedscenter" where the text also gives the name without it."""
    by_name = {g[0].name.casefold(): g for g in groups}

    def target_of(g: list[Candidate]) -> Optional[list[Candidate]]:
        lead, _, rest = g[0].name.partition(" ")
        if " " in rest and lead not in ("Det", "Den", "De") and common_word(lead):
            return by_name.get(rest.casefold())
        return None

    return _fold_groups(groups, target_of)


def _fold_groups(groups: list[list[Candidate]], target_of: Callable[[list[Candidate]], Optional[list[Candidate]]],
                 rename: bool = True) -> list[list[Candidate]]:
    """Each group whose ``target_of`` is another group joins that group (its mentions named as the
    target's first, unless ``rename`` is off); the other groups stay, in order."""
    result = []
    for g in groups:
        target = target_of(g)
        if target is not None and target is not g:
            if rename:
                for cand in g:
                    cand.name = target[0].name
            target.extend(g)
            continue
        result.append(g)
    return result


def _merge_into_place_led(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join the bare "Erhvervsråd" to "Nordøs Erhvervsråd" when the text gives the name with
    one place in the genitive: the short form refers back to the full one."""
    led: dict[str, list[list[Candidate]]] = {}
    for g in groups:
        if any(c.extra.get("place_lead") for c in g):
            led.setdefault(g[0].name.partition(" ")[2].casefold(), []).append(g)
    if not led:
        return groups

    def target_of(g: list[Candidate]) -> Optional[list[Candidate]]:
        targets = led.get(g[0].name.casefold(), [])
        return targets[0] if len(targets) == 1 else None

    return _fold_groups(groups, target_of)


def _transposed(word: str, full: str) -> bool:
    """True where ``word`` is ``full`` with two neighbouring letters inside a word swapped
    ("Kongrsecenter" for "Kongrescenter"); the first letter of the name stays."""
    diff = [i for i, (a, b) in enumerate(zip(word, full)) if a != b]
    return (len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] > 0 and word[diff[0]].isalpha()
            and word[diff[0]] == full[diff[1]] and word[diff[1]] == full[diff[0]])


def _merge_misspelt(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a name written with one letter missing ("Landbyggefonden", "Vestgåden") or with two
    neighbouring letters swapped ("Nordby Kulturcetner") to the listed name or the full spelling
    elsewhere in the text; the group takes that spelling, also where the misspelt mention comes first
    ("Landbyggefonden giver lov … ansøgning til Landsbyggefonden"). A letter written twice by mistake
    ("Sociial- og Sundhedsudvalgets besøg") is the rarer spelling: a name is not folded into a longer one
    written less often."""
    listed = {g[0].name: g for g in groups if len(g[0].name) >= 8}
    rank = {id(g): (len(g), -i) for i, g in enumerate(groups)}  # of two swapped spellings, the more frequent, then the first

    def target_of(g: list[Candidate]) -> Optional[list[Candidate]]:
        name = g[0].name
        if g[0].priority >= 5 or len(name) < 7 or name.split(" ", 1)[0].isupper():
            return None  # "AB Sydby" beside "AAB Sydby": acronyms a letter apart are two organisations
        return next((h for full, h in listed.items() if h is not g and (
            len(full) == len(name) + 1 and len(h) >= len(g) and _one_letter_less(full, name)
            or len(full) == len(name) - 1 and len(h) > len(g) and _one_letter_less(name, full)
            or len(full) == len(name) and rank[id(h)] > rank[id(g)] and _transposed(name, full))), None)

    return _fold_groups(groups, target_of)


_LISTED_SPELLING_MIN = 10  # the shortest listed name a letter left out or added is told from: no acronyms, short words


@functools.lru_cache(maxsize=1)
def _listed_spellings() -> tuple[dict[str, str], dict[str, Optional[str]]]:
    """The gazetteers' organisations, ministries and political parties by their lower-cased names, and the same
    names by each form with one letter left out (None where two names share a form)."""
    gaz = load_gazetteers()
    names = {o.name for orgs in gaz.organisation_index.values() for o in orgs}
    names |= {m.name for ms in gaz.ministry_index.values() for m in ms} | {p.name for p in gaz.parties}
    exact = {n.casefold(): n for n in names if len(n) >= _LISTED_SPELLING_MIN}
    shorter: dict[str, Optional[str]] = {}
    for low, name in exact.items():
        for i in _inner_letters(low):
            form = low[:i] + low[i + 1:]
            shorter[form] = name if shorter.get(form, name) == name else None
    return exact, shorter


def _inner_letters(word: str) -> list[int]:
    """Where a letter may be missing or too many: a letter, not the first one nor the last (a definite ending:
    "Lokallisten" is no "Lokalliste"); hyphens and apostrophes are written either way."""
    return [i for i in range(1, len(word) - 1) if word[i].isalpha()]


def _listed_spelling(name: str) -> str:
    """A listed organisation's name written with one letter left out or one too many ("Landbyggefonden", "Dansk
    Folkepari"): the listed name. The first letter and the number of words stay; a listed name stays as it is."""
    low = name.casefold()
    if len(low) < _LISTED_SPELLING_MIN - 1:
        return name
    exact, shorter = _listed_spellings()
    if low in exact:
        return name
    found = {shorter.get(low)} | {exact.get(low[:i] + low[i + 1:]) for i in _inner_letters(low)}
    found = {n for n in found if n and n.count(" ") == name.count(" ") and n[:1].casefold() == low[:1]}
    return found.pop() if len(found) == 1 else name


def _one_letter_less(longer: str, shorter: str) -> bool:
    """``shorter`` is ``longer`` with one letter (not among its last three) left out."""
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer) - 3))


def _acting(text: str, g: list[Candidate]) -> bool:
    """False for a municipality only named as a place ("i Køge Kommune"), and for a generic
    actor only named inside ("i regeringen") or as the owner of something ("regeringens mål")."""
    if any(_GENERIC_SCOPE_AFTER.match(text, c.end) for c in g) and all(
            c.type == "generic" or _GENERIC_SCOPE_AFTER.match(text, c.end) for c in g):
        return False  # "Kommunalbestyrelsen i den enkelte kommune skal …": all councils, and else only in lower case
    if g[0].type == "generic" or (any(c.type == "generic" for c in g) and g[0].name.casefold() in _GENERIC_ACTORS):
        return any((not _INSIDE.search(text, max(0, c.start - 3), c.start)
                    or _MEMBERS_INSIDE_BEFORE.search(text, max(0, c.start - 14), c.start)
                    or text[c.start].isupper() and _CASE_IN_BEFORE.search(text, max(0, c.start - 16), c.start)) and (
            not _OWNER.match(text, c.start, c.end + 12) or _DECISION_AFTER.match(text, c.end))
            and not (c.name.casefold() in _DISTANT_ACTORS and _PASSING_BEFORE.search(text, max(0, c.start - 10), c.start))
            for c in g)
    if all(_MEMBERS_OF_AFTER.match(text, c.end) for c in g):
        return False  # "Folketingets partier", "byrådets medlemmer": only the owner of its members, who act
    if all(text[c.start:c.start + 1].islower() and _SEAT_BEFORE.search(text, max(0, c.start - 30), c.start) for c in g):
        return False  # "formand for plan- og miljøudvalget", "medlem af byrådet": a person's seat, written generically
    if g[0].type == "political_party":  # "Bo Lund fra Venstre": the person's party, not an actor
        return not all(_person_affiliation(text, c) for c in g)
    if g[0].type == "region":  # "neurorehabilitering i Region Nordjylland": only the place, unless the region's council speaks
        return any(not _INSIDE.search(text, max(0, c.start - 3), c.start) or _REGION_SERVICE_AFTER.match(text, c.end)
                   for c in g) or bool(_REGION_OWN.search(text)) or _own_logo(text, g[0].name)
    if g[0].name.casefold() not in _GENERIC_ACTORS and all(c.type == "body" and _lowercase_owner(text, c) for c in g):
        return False  # "lokalrådets hjemmeside": a kind of body as the owner of a thing
    if g[0].type != "municipality":
        return True
    if any(_represented_by_person(text, c) or _attendance_row(text, c) for c in g):
        return True  # "Bo Holm (Nordby Kommune)", "Bo Holm fra Nordby Kommune": the organisation a person stands for
    if any(c.extra.get("publisher") for c in g):
        return True  # "Nordby Kommune" alone on a line, or after the page's title: the page's publisher
    if len(g) == 1 and employer_mention(text, g[0]):
        return False  # "siger Bo Holm, der er borgmester i Nordby Kommune": named once, as the person's employer
    if any(municipality_acts(text, c) for c in g):
        return True  # "til Nordby Kommunes indsats", "direktør i Nordby Kommune": it works or employs
    if any(_AFFILIATION.search(text, max(0, c.start - 16), c.start) for c in g):
        return True  # "borgmester Bo Hansen (A), Svendborg Kommune": the person's organisation
    if any(text[c.end - 1:c.end] == "s" and _STATEMENT_AFTER.match(text, c.end) for c in g):
        return True  # "Nordby Kommunes høringssvar": the municipality speaks
    if any(_item_under_lead(text, c) for c in g):
        return True  # "Disse kommuner har søgt puljen:" and one municipality on each line below
    if any(_owner_genitive(text, c) for c in g):
        return True  # "til Nordby Kommunes indsats", "i Nordby Kommunes årsberetning": the organisation's own
    if sum(_minutes_letterhead(text, c) for c in g) >= 2 or any(
            _minutes_letterhead(text, c) and _FIRST_PAGE_LEAD.search(text, max(0, c.start - 30), c.start) for c in g):
        return True  # "3 Nordby Kommune Udvalget for Børn Side 2" on every page (or the first): the minutes' publisher
    if any(_page_footer(text, c) for c in g):
        return True  # "… Nordby Kommune" closing the line before the next page's number: the publisher
    if any(_RESPONSIBLE_LABEL_BEFORE.search(text, max(0, c.start - 40), c.start) for c in g):
        return True  # "Sagsansvarlig enhed: Nordby Kommune": the unit that handles the case
    if any(_SENDER_BEFORE.search(text, max(0, c.start - 40), c.start) and text[c.end - 1:c.end] != "s" for c in g):
        return True  # "tilskud fra Nordby Kommune", "afgørelse fra …": the municipality gives or decides
    if any(line_of(text, c.start)[0] == c.start and _SPEAKER_COLON_AFTER.match(text, c.end) for c in g):
        return True  # "Nordby Kommune: Den megen polemik er forståelig": the municipality speaks
    if any(_CHARTER_FOR.search(text, max(0, c.start - 40), c.start) and text[c.end - 1:c.end] != "s" for c in g):
        return True  # "styrelsesvedtægten for Nordby Kommune": the organisation its statutes govern
    if any(_WE_IN_BEFORE.search(text, max(0, c.start - 8), c.start) and _VERB_AFTER.match(text, c.end) for c in g):
        return True  # "at vi i Nordby Kommune anerkender …": the council speaks of itself and acts
    return any(not _LOCATIVE.search(text[max(0, c.start - 12):c.start])
               and not _LIST_LOCATIVE.search(text, max(0, c.start - 200), c.start) and _in_running_text(text, c)
               and not _inside_locative_list(text, c)
               and not _ATTRIBUTE_BEFORE.search(text, max(0, c.start - 20), c.start)
               and not _SCOPE_FOR.search(text, max(0, c.start - 40), c.start)
               and not _PLACE_PREDICATE.match(text, c.end) and not place_apposition(text, c.start, c.end)
               and not _SHARE_AFTER.match(text, c.end) for c in g)


# "vi i Nordby Kommune" before a verb in the present or past ("anerkender", "har", "vil"): the council as "we"
_WE_IN_BEFORE = re.compile(r"(?<![\w-])[Vv]i[ ]i[ ]\Z")
_VERB_AFTER = re.compile(rf"[ ](?:(?:{'|'.join(cues()['parties']['we_council_verbs'])})|[{LOWER}]{{3,}}(?:er|ede))(?![\w-])")


# a person's name, then the organisation the person comes from or stands for: "Bo Holm (Nordby
# Kommune)", "Bo Holm fra Nordby Kommune"
_REPRESENTED_BEFORE = re.compile(
    rf"(?<![\w-])(?P<names>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}})"
    rf"(?:[ ]\(|(?:[ ]\([{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+)?\))?[ ]fra[ ])$"  # "Bo Holm (Venstre) fra …"
)


# the site's name after a page title on the text's first line: "Referat uden bilag - Nordby Kommune"
_TITLE_SITE_BEFORE = re.compile(r"\S[ ][-–|][ ]+$")


_LETTERHEAD_LEAD = re.compile(r"[ \t]*(?:\d{1,3}[ ]+)?")  # blanks, maybe a page's number, before a letterhead


def _publisher_line(text: str, cand: Candidate) -> bool:
    """A municipality that makes up a whole line in mixed case (the page header's site name, a
    signature's sender) or that ends the text's first line after a page title ("Referat - Nordby
    Kommune"): the publisher of the page, an actor. Not a bullet of a list, nor the value under a
    label ("Sted:"). A letterhead in capitals that opens a line and runs on into the page's title
    ("NORDBY KOMMUNE. Referat …", "3 NORDBY KOMMUNE Åbent referat"): the minutes' publisher too; a
    cover or footer in capitals alone on its line ("NORDBY KOMMUNE") is left to the other rules: the
    golds are split on it."""
    if cand.type != "municipality":
        return False
    span = text[cand.start:cand.end]
    start, end = line_of(text, cand.start)
    if span == span.upper():
        return bool(_LETTERHEAD_LEAD.fullmatch(text, start, cand.start)) and bool(text[cand.end:end].strip(" .:-–"))
    if text[start:end].strip() == span:
        return not _neighbour(text, start, -1).rstrip().endswith(":")  # "Sted:" over it: a label's value
    lead = len(text) - len(text.lstrip())
    return start == line_of(text, lead)[0] and text[cand.end:end].strip() == "" and bool(
        _TITLE_SITE_BEFORE.search(text, start, cand.start))


def _represented_by_person(text: str, cand: Candidate) -> bool:
    m = _REPRESENTED_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    return m is not None and any(w in first_names() for w in m.group("names").split()[:-1])


# a row of an attendance list run onto one line: a person's name, then the municipality the person stands for,
# then the next row ("Deltagere Birgit Hansen Nordby Kommune Lene Holm Sydby Kommune …")
_ROW_PERSON_BEFORE = re.compile(rf"(?<![\w-])(?P<names>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}})[ ]$")
_NEXT_ROW_AFTER = re.compile(rf"[ ]?(?:[{UPPER}]|\n|$)")


def _attendance_row(text: str, cand: Candidate) -> bool:
    """True for a municipality after a person's name in a run of such rows (two or more on the line)."""
    m = _ROW_PERSON_BEFORE.search(text, max(0, cand.start - 50), cand.start)
    words = m.group("names").split() if m is not None else []
    first = next((i for i, w in enumerate(words) if w in first_names()), None)
    if first is None or len(words) - first < 2 or not _NEXT_ROW_AFTER.match(text, cand.end):
        return False
    line_start, line_end = line_of(text, cand.start)
    return len(_ROW_MUNICIPALITY.findall(text, line_start, line_end)) >= 2


_ROW_MUNICIPALITY = re.compile(rf"[{LOWER}][ ][{UPPER}][\w-]+[ ]Kommune(?![\w-])")


# a municipality's genitive before a lower-case noun of its own doing or making ("Nordby Kommunes
# indsats", "… årsberetning"), not before its land, share or people ("… område", "… borgere")
_OWNED_AFTER = re.compile(
    rf"[ ](?!(?:{'|'.join(cues()['parties']['place_nouns_after_genitive'] + cues()['parties']['share_nouns'] + recall_cues()['municipality']['place_nouns_after_genitive'])})(?![\w-]))"
    rf"(?![{LOWER}]*(?:{'|'.join(recall_cues()['municipality']['place_noun_endings'])})(?![\w-]))"
    rf"[{LOWER}]{{4,}}(?![\w-])"
)


def _owner_genitive(text: str, cand: Candidate) -> bool:
    """"Nordby Kommunes forsøgsordning": the municipality in the genitive as the owner of an effort,
    a plan or a report is the organisation, even after a locative ("i Nordby Kommunes årsberetning")."""
    return text[cand.end - 8:cand.end].casefold() == "kommunes" and bool(_OWNED_AFTER.match(text, cand.end))


_LETTERHEAD_AFTER = re.compile(
    rf"[ \t]+(?:(?:{'|'.join(cues()['parties']['letterhead_words'])})(?![\w-])"
    rf"|(?:(?:Det|Den)[ ](?:[{UPPER}][\w-]*[ ])?)?"  # "Det Lokale Beskæftigelsesråd"
    rf"[{UPPER}][\w-]*(?:[ ](?:og|&)[ ][{UPPER}][\w-]*)?(?:{'|'.join(cues()['parties']['letterhead_word_endings'])})(?![\w-]))"
)
# the transcript's first page: its number 1 opens the line after the viewer's "Transkript" label
_FIRST_PAGE_LEAD = re.compile(rf"(?:{'|'.join(cues()['parties']['transcript_labels'])})\s*\n\s*1[ \t]+$")
_PAGE_NUMBER_LEAD = re.compile(r"(?:\d{1,3}[ \t]+)?")


def _minutes_letterhead(text: str, cand: Candidate) -> bool:
    """A line that opens with "X Kommune" (after a page number) and goes on with a body's name or
    the minutes' own label ("3 Nordby Kommune Udvalget for Børn Side 2", "Nordby Kommune Åbent
    Referat …"): the page header of the municipality's minutes."""
    line_start, _ = line_of(text, cand.start)
    lead = _PAGE_NUMBER_LEAD.match(text, line_start)
    return lead.end() == cand.start and text[cand.end - 7:cand.end] == "Kommune" and bool(
        _LETTERHEAD_AFTER.match(text, cand.end))


# a page's number opening the line after a blank line: "…⏎⏎2 Indholdsfortegnelse", "…⏎⏎3 1. Godkendelse"
_NEXT_PAGE_NUMBER = re.compile(r"[ \t]*\n[ \t]*\n\s*\d{1,3}[ \t]")


def _page_footer(text: str, cand: Candidate) -> bool:
    """A municipality in mixed case that ends a line of other words right before the next page's
    number ("… Bilagsoversigt 27 Nordby Kommune⏎⏎3 …"): the footer a flattened PDF page ends with,
    naming the minutes' publisher. Not after a locative ("møde i Nordby Kommune"), nor in the genitive."""
    span = text[cand.start:cand.end]
    if cand.type != "municipality" or span.isupper() or not span.endswith("Kommune"):
        return False
    line_start, _ = line_of(text, cand.start)
    if not text[line_start:cand.start].strip() or _LOCATIVE.search(text[max(line_start, cand.start - 12):cand.start]):
        return False
    return bool(_NEXT_PAGE_NUMBER.match(text, cand.end))


# a case sheet's label for the unit responsible for the case: "Sagsansvarlig enhed: Nordby Kommune"
_RESPONSIBLE_LABEL_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(map(re.escape, cues()['parties']['responsible_labels']))}):[ \t]*$"
)
_GENERIC_ACTORS = frozenset(cues()["parties"]["generic_actors"])  # "byrådets forhandlinger": the council
_GENITIVE_OWNER_AFTER = re.compile(rf"s?[ ][{LOWER}]")


def _lowercase_owner(text: str, cand: Candidate) -> bool:
    """A body written in lower case in the genitive before a noun ("lokaludvalgets synlighed",
    "menighedsrådets lokale"): the text speaks of the body's things, not of the body acting."""
    span = text[cand.start:cand.end]
    return span[:1].islower() and (span.endswith("s") or text[cand.end:cand.end + 1] == "s") and bool(
        _GENITIVE_OWNER_AFTER.match(text, cand.end))


# a person's name right before a party's name: "Bo Lund fra Venstre", "Ane Holm, Enhedslisten"
_PERSON_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}})(?:,[ ]|[ ]fra[ ]|(?P<bracket>[ ]\())$"
)
# a party's genitive before a word for its people: "Venstres medlemmer", "Venstres spidskandidat"
_MEMBERS_AFTER = re.compile(rf"s?[ ][{LOWER}]*(?:{'|'.join(cues()['parties']['party_member_nouns'])})(?![\w-])")
# "stedfortræder for Venstre", "stedfortrædere for De Radikale og …": a member's seat of the party
_MEMBER_FOR_BEFORE = re.compile(
    rf"(?<![\w-])(?i:[{LOWER}]*(?:{'|'.join(cues()['parties']['party_member_nouns'])})e?)[ ]for[ ]"
    rf"(?:[{UPPER}][\w-]*,?[ ](?:og[ ])?){{0,3}}$"
)


# "sundhedsminister fra Venstre Ellen Holm", "medlem af byrådet for Venstre Bo Lund": a role, the party, the person
_ROLE_LINK_BEFORE = re.compile(rf"(?P<role>[\w-]+)[ ](?:{'|'.join(cues()['parties']['affiliation_links'])})[ ]$")
_NAME_AFTER = re.compile(rf"[ ](?P<name>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+){{1,3}})(?![\w-])")
_AFFILIATION_SEATS = frozenset(cues()["parties"]["affiliation_seat_words"])


def _person_affiliation(text: str, cand: Candidate) -> bool:
    """A political party named only as one person's affiliation: after the person's name ("Bo
    Lund fra Venstre", "Ane Holm, Enhedslisten,", "Bo Lund (Venstre)"), between a role and the person's name
    ("statsminister for Venstre Bo Lund") or as the owner of its members ("Venstres spidskandidat"). Such a
    party is the person's attribute, not an actor of the text."""
    if _MEMBERS_AFTER.match(text, cand.end) or _MEMBER_FOR_BEFORE.search(text, max(0, cand.start - 60), cand.start):
        return True
    role = _ROLE_LINK_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    name = _NAME_AFTER.match(text, cand.end) if role is not None else None
    if name is not None and (role_word(role.group("role")) or role.group("role") in _AFFILIATION_SEATS) \
            and _person_shaped(name.group("name"), patterns()):
        return True
    m = _PERSON_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    if m is None or (m.group("bracket") and text[cand.end:cand.end + 1] != ")"):
        return False  # "Bo Lund (Venstre)": the bracket holds the party's name alone
    words = m.group("name").split()
    if any(" ".join(words[i:]).casefold() in _party_forms() for i in range(len(words))):
        return False  # "De Radikale, Venstre": the list's previous party
    return _person_shaped(m.group("name"), patterns())


@functools.lru_cache(maxsize=1)
def _party_forms() -> frozenset[str]:
    """Political parties' names, short names and aliases (case-folded)."""
    return frozenset(f.casefold() for p in load_gazetteers().parties for f in (p.name, p.short, *p.aliases) if f)


# a list's lead sentence that makes its items places: "i følgende kommuner:", "på disse steder:"
_PLACE_LEAD = re.compile(r"(?:^|\s)(?:i|på|ved)[ ](?:de[ ])?(?:følgende|disse|nedenstående)[ ]", re.IGNORECASE)
_ITEM_MARK = " \t•·*–-"
_LIST_LOOKBACK = 120  # lines (blank lines and amount cells between the items count)
_TITLE_AFTER_COLON = re.compile(rf":[ ]+[{UPPER}][^:\n]{{2,100}}")
_LABELLED_ITEM = re.compile(rf"[{UPPER}][\w-]*(?:[ ][\w-]+){{0,3}}:[ ][^\n]{{1,100}}$")  # "Nordby Kommune: Ny cykelsti …"
_AMOUNT_CELL = re.compile(r"[-–+]?\d[\d.,]*")  # a table's number cell: digits and their separators only


def _item_under_lead(text: str, cand: Candidate) -> bool:
    """A municipality alone on one item line of a list under a lead sentence that ends in a
    colon ("Følgende kommuner har fået tilsagn:"): the list gives the lead's actors. A lead
    that places its items ("Projektet kører i følgende kommuner:") or a bare label ("Sted:")
    does not; nor does a list line that is longer than a name."""
    line_start, line_end = line_of(text, cand.start)
    rest = text[cand.end:line_end].strip(" \t.,;")
    if text[line_start:cand.start].strip(_ITEM_MARK) or (rest and not _TITLE_AFTER_COLON.fullmatch(rest)):
        return False  # "Nordby Kommune" alone, or with its project after a colon ("Nordby Kommune: Ny cykelsti")
    pos = line_start
    for _ in range(_LIST_LOOKBACK):
        if pos == 0:
            return False
        prev_start, prev_end = line_of(text, pos - 1)
        pos = prev_start
        line = text[prev_start:prev_end].strip()
        if not line or _AMOUNT_CELL.fullmatch(line):
            continue  # a blank line or a table's amount cell ("6,9") between the items
        if line.endswith(":"):
            words = line[:-1].split()
            return len(words) >= 3 and any(w.islower() for w in words) and not _PLACE_LEAD.search(line)
        if (len(line) > 60 and not _LABELLED_ITEM.match(line)) or line[-1] in ".!?" or not line.strip(_ITEM_MARK)[:1].isupper():
            return False  # running text above: no list
    return False


# the municipality as the scope of a document or of its council: "styrelsesvedtægten for Køge
# Kommune", "Samlet oversigt for …", "Kommunalbestyrelsen for …"
_SCOPE_FOR = re.compile(
    rf"(?:{'|'.join(map(re.escape, cues()['parties']['scope_heads']))})[ ]for[ ]$", re.IGNORECASE
)


_CHARTER_FOR = re.compile(
    rf"(?:{'|'.join(map(re.escape, cues()['parties']['charter_heads']))})[ ]for[ ]$", re.IGNORECASE
)


# running text after the name, also after the rest of a list ("Skive, Viborg og Lemvig Kommune får")
_TEXT_AFTER = re.compile(rf"(?:(?:,[ ]|[ ]og[ ])[{UPPER}][\w]*)*(?:[ ][Kk]ommune(?:r|rne)?)?[ ,]*[{LOWER}]")
_AMOUNT_AFTER = re.compile(r":[ ]+\d")  # "Skive Kommune: 2,1 mio. kr.": a recipient in a list
_TEXT_BEFORE = re.compile(rf"[{LOWER}]{{2,}}[ ,]+$")
_WORD_BEFORE = re.compile(rf"(?<![\w-])[{UPPER}][\w]*[ ]$")
_DASH_BEFORE = re.compile(r"[-–—|:][ ]*$")
# what opens a line before a sentence: a dash of speech ("– "), or a news dateline in capitals ("NORDBY: ",
# "NORDBY / SYDBY: ")
_SENTENCE_OPENER_LINE = re.compile(rf"[ \t]*(?:[-–—]|[{UPPER}]{{3,}}(?:[ ]?/[ ]?[{UPPER}]{{3,}})*:)[ ]+\Z")
_LOWER_COLON_BEFORE = re.compile(rf"[{LOWER}]{{2,}},?[ ][{LOWER}]{{2,}}:[ ]+$")  # a colon inside a sentence ("…, var: ")


def _in_running_text(text: str, cand: Candidate) -> bool:
    """True where a municipality's name stands in a sentence of its own line, not in page
    furniture: a site header or PDF footer line, a title after a dash ("Referat - Køge
    Kommune"), a name in capitals, or the owner after a body's name ("Byrådet Køge Kommune")."""
    name = text[cand.start:cand.end]
    if name.isupper():
        return False
    line_start, line_end = line_of(text, cand.start)
    before = text[max(line_start, cand.start - 60):cand.start]
    word = _WORD_BEFORE.search(before)
    if _LOWER_COLON_BEFORE.search(before) and _TEXT_AFTER.match(text, cand.end, line_end):
        return True  # "De kommuner, der fik del i puljen, var: Nordby, Sydby og Vestby kommuner.": a list in a sentence
    if _SENTENCE_OPENER_LINE.match(text, line_start, cand.start) and _TEXT_AFTER.match(text, cand.end, line_end):
        return True  # "– Nordby Kommune står over for …", "NORDBY: Nordby Kommune bestræber sig …": a sentence
    if _DASH_BEFORE.search(before) or (word and not at_sentence_start(text, cand.start - len(word.group(0)))):
        return False
    if _TEXT_AFTER.match(text, cand.end, line_end) or _AMOUNT_AFTER.match(text, cand.end, line_end):
        return True
    if not before.strip() and line_start > 1 and text[line_start - 2] != "\n":
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if line_start - 1 - prev_start < _WRAPPED_LINE:  # a short line above: a label or heading
            return False
        before = text[max(0, line_start - 40):line_start - 1] + " "  # a sentence wrapped at the line end
    return bool(_TEXT_BEFORE.search(before))


# a thing given, sent or decided, then "fra": the organisation after it is its sender
_SENDER_BEFORE = re.compile(  # the noun alone or closing a compound ("driftstilskud fra")
    rf"(?<![\w-])(?i:[{LOWER}]*(?:{'|'.join(map(re.escape, cues()['parties']['sender_nouns']))})"
    rf"|{'|'.join(map(re.escape, cues()['parties']['municipal_sender_words']))})[ ](?i:fra)[ ]$"  # "PRESSEMEDDELELSE FRA …"
)
# a municipality at a line's start that speaks after a colon ("Nordby Kommune: Den megen polemik er forståelig"): a
# headline's attribution, the municipality as the speaker
_SPEAKER_COLON_AFTER = re.compile(rf":[ ][{UPPER}][{LOWER}]*[ ][{LOWER}]")
# "kommunalbestyrelsens møde", "byrådets beslutning": the body met or decided, it is not only an owner
# "Nordby Kommunes andel af puljen", "… Kommunes borgere": the municipality's share or people, not it acting
_SHARE_AFTER = re.compile(rf"(?<=s)[ ](?:{'|'.join(cues()['parties']['share_nouns'])})(?![\w-])")
_DECISION_AFTER = re.compile(rf"(?<=s)[ ](?:{'|'.join(cues()['parties']['decision_nouns'])})(?![\w-])")
_STATEMENT_AFTER = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['statement_nouns'])})(?![\w-])")
# a person's party letter, then the organisation: "(A), Svendborg Kommune", "(SF) fra Aarhus Kommune"
_AFFILIATION = re.compile(rf"\([{UPPER}]{{1,3}}\)(?:,[ ]|[ ](?:fra|i)[ ])$")
# a line this long (or longer) that ends without punctuation may be a sentence wrapped at its end
_WRAPPED_LINE = 40
_ATTRIBUTE_BEFORE = ATTRIBUTE_BEFORE
_INSIDE = re.compile(r"(?:^|\s)[iI][ ]$")
_MEMBERS_OF_AFTER = re.compile(rf"(?<=s)[ ](?:{'|'.join(cues()['parties']['owned_member_nouns'])})(?![\w-])")
_MEMBERS_INSIDE_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(cues()['parties']['members_inside_nouns'])})[ ]i[ ]$")
_CASE_IN_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(cues()['parties']['case_in_verbs'])})[ ]i[ ]$")
_SEAT_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['seat_nouns'])})[ ](?:for|af|i)[ ]$")
# "vigtigt for regeringen", "en aftale mellem regeringen og KL", "som regeringen har afskaffet": an actor
# of another level of government named in passing, as an object or inside a relative clause
# "kommunalbestyrelsen i den enkelte kommune": every council of its kind, not one actor of the text
_GENERIC_SCOPE_AFTER = re.compile(rf"[ ](?:{'|'.join(w.replace(' ', '[ ]') for w in cues()['parties']['generic_scopes'])})(?![\w-])")
_PASSING_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(cues()['parties']['passing_words'])})[ ]$")
_DISTANT_ACTORS = frozenset(a.casefold() for a in cues()["parties"]["distant_actors"])
# "i Region Nordjyllands psykiatri": the region runs the service after its genitive (not "… område")
_REGION_SERVICE_AFTER = re.compile(rf"(?<=s)[ ](?!(?:{'|'.join(cues()['parties']['place_nouns_after_genitive'])})\b)[{LOWER}]{{4,}}")
# "Regionsrådet", "regionsrådsmedlem", "Regionshuset": the text deals with a region as an organisation
_REGION_OWN = re.compile(rf"(?<![\w-])(?i:{'|'.join(cues()['parties']['region_own_stems'])})")
_PLACE_PREDICATE = re.compile(PLACE_PREDICATE)


def _own_logo(text: str, name: str) -> bool:
    """The page's logo line names the organisation ("Region Nordby logo, link til forsiden"): the page is its
    own, so the text's other mentions ("Fødeplanen i Region Nordby") name the organisation, not only its land."""
    return re.search(rf"(?m)^[ \t]*{re.escape(name)}[ ]?[Ll]ogo(?![\w])", text) is not None
_OWNER = re.compile(r"\w+s[ ](?:[a-zæøå]|\d+-[a-zæøå])")  # "regeringens mål", "… 10-års plan"

# a middle item of a list of municipalities that a locative opens and "kommuner" closes:
# "i Nordby, Sydby og Vestby kommuner"
_LOCATIVE_LIST_OPEN = re.compile(rf"(?:^|\s)(?:i|fra|ved)[ ]{_PARTITIVE}(?:[{UPPER}][\w-]*(?:-,?|,)[ ]){{1,15}}$")
_MUNICIPALITY_LIST_CLOSE = re.compile(
    rf"(?:-?,[ ][{UPPER}][\w-]*)*-?,?[ ](?:og|eller)[ ][{UPPER}][\w-]*[ ][kK]ommune(?:r|rne)?(?![\w-])"
)


def _inside_locative_list(text: str, cand: Candidate) -> bool:
    return bool(_LOCATIVE_LIST_OPEN.search(text, max(0, cand.start - 200), cand.start)) and bool(
        _MUNICIPALITY_LIST_CLOSE.match(text, cand.end))


def _display_name(g: list[Candidate]) -> Candidate:
    """The mention whose name stands for the group: a written-out name over an abbreviation,
    the definite form of a body's name over the indefinite ("Byrådet" over "Byråd"), and a standing
    body written bare in the indefinite ("forelægges Økonomiudvalg og Byråd") in the definite."""
    named = _written_out(g)
    definite = None if _ARTICLE_LED.match(named.name) else next((c for c in g if c.name == named.name + "et"), None)
    hyphened = next((c for c in g if c.name != named.name and c.name.replace("- og ", " og ") == named.name), None)
    chosen = definite or hyphened or named  # "Arbejdsmarked- og Integrationsudvalget" where also written without
    standing = _STANDING_BODIES.get(chosen.name)
    return dataclasses.replace(chosen, name=standing) if standing else chosen  # "Økonomiudvalg og Byråd"


_STANDING_BODIES: dict[str, str] = dict(cues()["parties"]["standing_bodies_definite"])


# "Det Fælles Landdistriktsråd": the article already makes the name definite; "…rådet" beside it is
# the article doubled by mistake, not the name's definite form
_ARTICLE_LED = re.compile(r"(?:Det|Den|De)[ ]")


def _merge_lowercase_lead(text: str, groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join "Landdistriktsråd" read from "Det fælles Landdistriktsråd" to the group of "Det Fælles
    Landdistriktsråd" where the words before the short name are the long name's lead in another case."""
    by_tail: dict[str, list[list[Candidate]]] = {}
    for g in groups:
        name = g[0].name
        if " " in name:
            by_tail.setdefault(_variant_key(name.rsplit(" ", 1)[1]), []).append(g)
    if not by_tail:
        return groups
    result = []
    for g in groups:
        target = None
        if " " not in g[0].name:
            for h in by_tail.get(_variant_key(g[0].name), ()):
                lead = h[0].name.rsplit(" ", 1)[0] + " "
                if h is not g and all(text[c.start - len(lead):c.start].casefold() == lead.casefold() for c in g):
                    target = h
                    break
        if target is None:
            result.append(g)
            continue
        for cand in g:
            lead = target[0].name.rsplit(" ", 1)[0] + " "
            cand.start -= len(lead)
            cand.name = target[0].name
        target.extend(g)
    return result


_NEXT_LOWER_WORD = re.compile(rf"[ ][{LOWER}][{LOWER}-]*(?![\w-])")


def _merge_lowercase_tail(text: str, groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join "Rådet for Socialt" read from "Rådet for Socialt udsatte" to the group of "Rådet for
    Socialt Udsatte" where the word after every short mention is the long name's last word in
    another case: the lower-case word cut the name short."""
    by_name = {g[0].name.casefold(): g for g in groups if " " in g[0].name}
    if len(by_name) < 2:
        return groups
    result = []
    for g in groups:
        target, ends = None, []
        for cand in g:
            m = _NEXT_LOWER_WORD.match(text, cand.end)
            h = by_name.get(f"{g[0].name} {m.group()[1:]}".casefold()) if m is not None and " " in g[0].name else None
            if h is None or h is g or (target is not None and h is not target):
                target = None
                break
            target = h
            ends.append(m.end())
        if target is None:
            result.append(g)
            continue
        for cand, end in zip(g, ends):
            cand.end = end
            cand.name = target[0].name
        target.extend(g)
    return result


def _venue_group(text: str, g: list[Candidate]) -> bool:
    """A hall or centre the text holds a meeting at ("mødet holdes på Nordby Fritidscenter",
    "Mødested: Nordby Idrætscenter"): a venue, not a party, in all its mentions."""
    last = _venue_spelling(g[0].name.rsplit(" ", 1)[-1].casefold())
    if g[0].type in ("organisation", "body") and all(_after_venue_label(text, c) for c in g):
        return True  # "… 13:00-16:00 Mødested: Nordby Hallen - mødelokale 2": the label in a flattened header
    if g[0].type in ("organisation", "body") and all(
            _after_venue_label(text, c) or _after_locative(text, c) and _VENUE_ADDRESS_AFTER.match(text, c.end) for c in g):
        return True  # "på Nordby Sygehus, Afsnit 2, Skovvej 12": a place with its address
    if g[0].type in ("organisation", "body") and last.endswith(_BUILDING_HEADS) and not last.endswith(_VENUE_HEADS):
        placed = " " in g[0].name  # "i Bakke Centret"; a one-word house ("i Familiehuset") is an institution too
        return all(placed and _after_locative(text, c) or _on_venue_line(text, c.start) for c in g)
    if g[0].type not in ("organisation", "body") or not last.endswith(_VENUE_HEADS):
        return False
    spans = {(c.start, c.end) for c in g}  # and the name's other occurrences, dropped as sites before
    surface = text[g[0].start:g[0].end]
    spelt = surface[:len(surface) - len(last)] + last if surface[-len(last):].casefold() != last else surface
    spans |= {(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(spelt)})", text)}
    if any(_on_venue_line(text, start) or _MEETING_BEFORE.search(text, max(0, start - 50), start) for start, _ in spans):
        return True
    return all(_after_locative(text, Candidate(start, end, "")) for start, end in spans)


def _venue_spelling(word: str) -> str:
    """A venue's head word as it is spelt where the text swaps two neighbouring letters
    ("fritdiscenter" → "fritidscenter"); any other word as it is."""
    if word.endswith(_VENUE_HEADS):
        return word
    for i in range(1, len(word) - 1):
        swapped = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2:]}"
        if swapped.endswith(_VENUE_HEADS):
            return swapped
    return word


# "mødet holdes på ", "vi mødes i ": a meeting held at the place right after
_MEETING_BEFORE = re.compile(
    rf"(?<![\w-])(?:mød\w*|holdes|afholdes|afholdt|holdt)[ ](?:[{LOWER}]+[ ]){{0,3}}(?:på|i|ved)[ ](?:[{UPPER}][{LOWER}]+\.?[ ])?$"
)


_VENUE_HEADS = tuple(cues()["parties"]["venue_heads"])
_VENUE_ADDRESS_AFTER = re.compile(rf"(?:,[ ][^,\n]{{1,40}})?{_ADDRESS_AFTER.pattern}")
_BUILDING_HEADS = tuple(cues()["parties"]["building_heads"])


def _on_venue_line(text: str, start: int) -> bool:
    """A name on the line of a meeting's place: after its label ("Sted: Nordby Kulturcenter") or on
    the line under a label that stands alone ("Sted" / "Biblioteket, Nordby Kulturcenter")."""
    line_start = line_of(text, start)[0]
    if _venue_label().match(text, line_start):
        return True
    above = text[max(0, line_start - 80):line_start].rstrip().rsplit("\n", 1)[-1]
    m = _venue_label().match(above + ":")
    return m is not None and m.end() == len(above) + 1


@functools.lru_cache(maxsize=1)
def _venue_label_before() -> re.Pattern[str]:
    """The label of a meeting's place with its colon right before a name, anywhere on a line."""
    from socdoc.extractors.minutes_layout import phrases

    labels = re.longest_first(map(str, phrases()["location_labels"]))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, labels))})[ \t]*:[ \t]*"
                      rf"(?:[^\n:–-]{{1,25}}?[ ][-–][ ]){{0,2}}$", re.IGNORECASE)


def _after_venue_label(text: str, cand: Candidate) -> bool:
    """True for a name right after the label of a meeting's place, or after a room and a floor
    the label gives first, each closed by a dash ("Mødested: Lokale C - 2. sal - Borgerservice")."""
    return bool(_venue_label_before().search(text, max(0, cand.start - 90), cand.start))


@functools.lru_cache(maxsize=1)
def _venue_label() -> re.Pattern[str]:
    """A line opened by the label of a meeting's place ("Mødested:", "Sted"), from the minutes' data."""
    from socdoc.extractors.minutes_layout import phrases  # the minutes' module reads the parties' data

    labels = re.longest_first(map(str, phrases()["location_labels"]))
    return re.compile(rf"[ \t]*(?:{'|'.join(map(re.escape, labels))})(?:[ \t]*:|[ \t]{{2,}}|[ ](?=[{UPPER}]))", re.IGNORECASE)


# the head of a local council's or committee's name after its place ("Nordby Seniorråd")
_LOCAL_BODY_HEAD = re.compile(r"(?:råd|udvalg)$")
_NATIONAL_LEADS = frozenset(cues()["parties"]["national_leads"])  # "Danske Ældreråd": not the local council


def _merge_definite_for_name(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Joins a body's "for" name written with the definite head ("Udvalget for natur og miljø") to
    the same name with the bare head the text also writes ("Udvalg for natur og miljø"), the
    committee's own title: one body."""
    bare = {g[0].name.casefold(): g for g in groups if g[0].type == "body" and " for " in g[0].name}
    if len(bare) < 2:
        return groups

    def target(g: list[Candidate]) -> Optional[list[Candidate]]:
        lead, sep, rest = g[0].name.partition(" for ")
        if g[0].type != "body" or not sep or not lead.endswith("et") or " " in lead:
            return None
        return bare.get(f"{lead[:-2]} for {rest}".casefold())

    return _fold_groups(groups, target)


_DEFINITE_SINGULAR = tuple(cues()["parties"]["definite_singular_endings"])


def _merge_indefinite_into_definite(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a body named by one indefinite word to the same word in the definite, when the text names it so too
    ("Frivilligråd - Referat" over "Frivilligrådet besluttede …"): one body, named as the text's prose names it."""
    kinds = ("body", "organisation", "unit")
    one_word = {g[0].name: g for g in groups if g[0].type in kinds and " " not in g[0].name}
    if len(one_word) < 2:
        return groups
    result = []
    for g in groups:
        name = g[0].name
        target = next((one_word[name + ending] for ending in _DEFINITE_SINGULAR if name + ending in one_word), None)
        if target is None or g[0].type not in kinds or " " in name:
            result.append(g)
            continue
        target.extend(g)
    return result


def _merge_definite_into_named(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join "udvalget" to the one body of the text whose name, led by an article or an adjective,
    ends in the same body word ("Det rådgivende Integrationsudvalg … Integrationsudvalget"). A
    place-led name ("Nordby Seniorråd") stays apart from "Seniorrådet"."""
    named: dict[str, list[list[Candidate]]] = {}
    placed: dict[str, list[list[Candidate]]] = {}
    for_led: dict[str, list[list[Candidate]]] = {}
    for g in groups:
        name = g[0].name
        lead = name.split(" ", 1)[0]
        if g[0].type == "body" and name.startswith(f"{lead} for ") and lead.endswith("et") and _LOCAL_BODY_HEAD.search(lead[:-2]):
            placed.setdefault(lead[:-2].casefold(), []).append(g)  # "Lokalrådet for Sydegnen … Lokalrådet"
            continue
        if g[0].type in ("body", "unit") and name.startswith(f"{lead} for ") and _DEFINITE.search(lead):
            for_led.setdefault(lead.casefold(), []).append(g)  # "Afdelingen for Natur … Afdelingen"
        if " " not in name or g[0].type not in ("body", "organisation") or _DEFINITE.search(name):
            continue
        head = name.rsplit(" ", 1)[1].casefold()
        if lead in ("Det", "Den") or _name_adjective(lead):  # led by an article or an adjective
            named.setdefault(head, []).append(g)
        elif name.count(" ") <= 2 and _LOCAL_BODY_HEAD.search(head) and lead not in _NATIONAL_LEADS:  # "Vesterbro Lokaludvalg", "Indre By Lokaludvalg"
            placed.setdefault(head, []).append(g)
    if not named and not placed and not for_led:
        return groups
    result = []
    for g in groups:
        name = g[0].name
        key = name[:-2].casefold() if " " not in name and name.endswith("et") else ""
        targets = named.get(key, []) if key else []
        if key and not targets and name.casefold() not in _GENERIC_ACTORS:
            targets = placed.get(key, [])
            if len(targets) > 1:
                targets = [t for t in targets if min(c.start for c in t) < min(c.start for c in g)]
            # "lokaludvalget" and "Vesterbro Lokaludvalg": the text's one council of that kind, referred to
            # before or after it is named; of several, the one named before
        if not targets and " " not in name and name.casefold() not in _GENERIC_ACTORS:
            targets = for_led.get(name.casefold(), [])  # the bare definite head of the text's one "X for Y"
        if g[0].type != "body" or len({t[0].name for t in targets}) != 1:
            result.append(g)
            continue
        for cand in g:
            cand.name = targets[0][0].name
        targets[0].extend(g)
    return result


def _indefinite_forms(word: str) -> tuple[str, ...]:
    """The indefinite forms a definite noun may have: "kongrescentret" → "kongrescenter", "huset" → "hus"."""
    forms = (word[:-2], word[:-3] + "er") if word.endswith("ret") else (word[:-2],)
    return forms if word.endswith(("et", "en")) else ()


def _merge_definite_house(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join the bare definite "Kulturcentret" to the one named centre or house of the text that
    ends in the same word ("Nordby Kulturcenter … Kulturcentrets tilbud"): it refers back to it."""
    heads = (*_VENUE_HEADS, *_BUILDING_HEADS)
    named: dict[str, list[list[Candidate]]] = {}
    for g in groups:
        if " " in g[0].name and g[0].type in ("organisation", "body"):
            last = g[0].name.rsplit(" ", 1)[1].casefold()
            if last.endswith(heads):
                named.setdefault(last, []).append(g)
    if not named:
        return groups

    def target_of(g: list[Candidate]) -> Optional[list[Candidate]]:
        word = g[0].name.casefold()
        if " " in word or not word.endswith(heads):
            return None
        targets = [t for form in _indefinite_forms(word) for t in named.get(form, [])]
        return targets[0] if len(targets) == 1 else None

    return _fold_groups(groups, target_of)


def _merge_short_form(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a short form to the one longer name of the text that opens with it ("Det Rådgivende
    Udvalg" and "Det Rådgivende Udvalg for Landdistriktspuljen", "Boligkontoret" and "Boligkontoret
    Danmark"): the short form refers back to the full name. A listed organisation stays apart from
    its branch ("Red Barnet" and "Red Barnet Ungdom"), and so does one coordinated with another
    ("KFUM" and "KFUM og KFUK")."""
    names = [g[0].name.casefold() for g in groups]
    if len(names) < 2:
        return groups
    forms = _gazetteer_forms()
    links = frozenset(cues()["parties"]["short_form_coordinators"])

    def target_of(g: list[Candidate]) -> Optional[list[Candidate]]:
        short = g[0].name.casefold()
        if short in forms or any(c.priority >= 5 for c in g):
            return None
        longer = [t for t, n in zip(groups, names) if n.startswith(short + " ")]
        if len(longer) != 1 or longer[0][0].name.casefold()[len(short) + 1:].split(" ", 1)[0] in links:
            return None
        return longer[0]

    return _fold_groups(groups, target_of)


# a body's one-word name, then the place or acronym that completes it: "Lokalforum Nordby", "Ungeråd KBH"
_QUALIFIER_AFTER = re.compile(rf"[ ](?P<q>[{UPPER}]{{2,6}}|[{UPPER}][{LOWER}]{{2,}})(?P<s>s)?(?![\w-])(?![ ]?[{UPPER}=])")
# or an acronym before it: "FOT Specifikationsforum"
_ACRONYM_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?P<q>[{UPPER}]{{2,6}})[ ]$")


def _indefinite_lead(full: str, base: str) -> str:
    """A completed name with its body word in the form without the definite ending, to compare."""
    return re.sub(rf"^{re.escape(base)}(?:et|en)(?=[ ])", base, full).casefold()


def _qualifier(text: str, start: int, end: int, base: str) -> Optional[tuple[int, int, str]]:
    """The full name around a bare body word at ``start:end``: the word with a town or village
    after it, or an acronym after or before it (no acronym of the word itself: "SU Sundhedsudvalget",
    no word in capitals: "Lokalrådet ÅBENT")."""
    m = _QUALIFIER_AFTER.match(text, end)
    if m is not None:
        q = m.group("q")
        if q.endswith("s") and q not in patterns().places and q not in _local_places():
            q = q[:-1]  # "Lokalforum Nordbys møde": the name's genitive
        if _qualifying_acronym(q, base) or q in patterns().places or q in _local_places():
            return start, m.start("q") + len(q), f"{text[start:end]} {q}"  # "Mødrehjælpen Odense": the word as written
    m = _ACRONYM_RIGHT_BEFORE.search(text, max(0, start - 8), start)
    if m is not None and _qualifying_acronym(m.group("q"), base) and text[m.start("q") - 1:m.start("q")] not in ("=", "("):
        return m.start("q"), end, f"{m.group('q')} {base}"
    return None


def _compound_org_word(word: str) -> bool:
    """An organisation's head word with more in front ("Ungeråd"), not the bare head ("Udvalg")."""
    low = word.lower()
    if not (low.endswith(_as_tuple(_suffix_set())) or low.endswith(_as_tuple(cues()["parties"]["name_suffixes"]))):
        return False
    return any(low.endswith(sfx) and len(low) >= len(sfx) + 3
               for sfx in (*_suffix_set(), *cues()["parties"]["name_suffixes"]))


def _qualifying_acronym(q: str, base: str) -> bool:
    return q.isupper() and not common_word(q.capitalize()) and not _initials_of(q, base)


@functools.lru_cache(maxsize=1)
def _local_places() -> frozenset[str]:
    gaz = load_gazetteers()
    return frozenset(form for place in (*gaz.towns, *gaz.villages) for form in place.forms if " " not in form)


@functools.lru_cache(maxsize=1)
def _applicant_places() -> frozenset[str]:
    """Towns, islands and villages: an application "fra Nordrup" comes from the village's people, a place."""
    return patterns().places | _village_names()


@functools.lru_cache(maxsize=1)
def _village_names() -> frozenset[str]:
    gaz = load_gazetteers()
    return frozenset(form for place in (*gaz.villages, *gaz.localities) for form in place.forms if " " not in form)


def _village_before_start(text: str, start: int, pat: _Patterns) -> int:
    """Where a coordinated name starts when a town, municipality or village leads it ("Dybbøl
    Idræts- og Ungdomsforening": a local association named by its village)."""
    led = _place_before_start(text, start, pat)
    if led < start:
        return led
    m = _PLACE_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.start("place") if m is not None and m.group("place") in _village_names() else start


def _with_qualified_names(text: str, groups: list[list[Candidate]], pat: _Patterns) -> list[list[Candidate]]:
    """A body named by one word ("Lokalforum", "Ungerådet") that the text also writes once or more
    with the place or acronym that completes its name ("Lokalforum Nordby", "Ungeråd KBH", "FOT
    Specifikationsforum"): the complete name is the party's, and the acronym or place inside it is
    no party of its own. Only where the text completes the word in one way."""
    out_spans: list[tuple[int, int]] = []
    qualified: list[list[Candidate]] = []
    for g in groups:
        name = g[0].name
        if (" " in name or "-" in name or name.isupper() or not name[:1].isupper() or len(name) < 6
                or g[0].type not in ("body", "organisation") or name.casefold() in _GENERIC_ACTORS):
            continue
        if any(c.extra.get("entity") for c in g):
            continue  # "Mødrehjælpen" beside "Mødrehjælpen Odense": a listed national body and its local branch
        base = name[:-2] if _DEFINITE.search(name) and len(name) > 8 else name
        if compound_head(base) is None and not _compound_org_word(base):
            continue  # "Udvalg": a kind of body, no name to complete
        found = {}
        # the word first, then the look-behind before it: the regex engine skips to the word's letters
        for m in re.finditer(rf"{re.escape(base)}(?<![\w-](?s:.){{{len(base)}}})(?:et|en)?(?![\w-])", text):
            q = _qualifier(text, m.start(), m.end(), base)
            if q is not None:  # one name whether its word is written definite or not ("Lokalråd(et) Nordby")
                found.setdefault(_indefinite_lead(q[2], base), []).append(q)
        if len(found) != 1:
            continue
        (_, spans), = found.items()
        full = spans[0][2]
        for cand in g:
            cand.name = full
        for start, end, _ in spans:
            if not any(c.start == start and c.end == end for c in g):
                g.append(Candidate(start, end, full, g[0].type, g[0].priority))
            out_spans.append((start, end))
        qualified.append(g)
    if not out_spans:
        return groups
    inside = SpanIndex(out_spans)  # "KBH" only inside "Ungeråd KBH": a part of the name
    return [g for g in groups if any(id(g) == id(q) for q in qualified)
            or not all(inside.overlaps(c.start, c.end) for c in g)]


def _with_raw_apostrophes(raw: str, cand: Candidate) -> None:
    """The name keeps the typographic apostrophe the text writes ("Dagli’Brugsen")."""
    span = raw[cand.start:cand.end]
    if "'" in cand.name and any(ch in span for ch in _APOSTROPHES):
        mark = next(ch for ch in span if ch in _APOSTROPHES)
        cand.name = cand.name.replace("'", mark)


_APOSTROPHES = "’‘´`"


def _written_out(g: list[Candidate]) -> Candidate:
    generic = {name for name in cues()["parties"]["generic_actors"].values()}
    named = [c for c in g if c.type != "generic" and c.name not in generic and not c.extra.get("abbreviation")]
    spelt = [c for c in named if not _ALLCAPS.match(c.name) and " " in c.name]
    if named and _ALLCAPS.match(named[0].name) and spelt:  # "KL, som også kaldes Kommunernes Landsforening"
        return spelt[0]
    full = [c for c in named if c.extra.get("entity") and c.name == c.extra["entity"]]
    if named and full and named[0].extra.get("entity") == full[0].name and named[0].name != full[0].name:
        return full[0]  # "Region H" first, "Region Hovedstaden" later: the name as the text spells it out
    if named:
        longer = [c for c in named if c.extra.get("entity") and c.extra.get("entity") == named[0].extra.get("entity")
                  and (c.name.startswith(named[0].name + " ") or c.name.endswith(" " + named[0].name)
                       and _ALLCAPS.match(c.name[:-len(named[0].name) - 1]))]  # "DRC Nordby Hjælp" after "Nordby Hjælp"
        if longer:  # "Nordby Rådgivning" first, "Nordby Rådgivning Management A/S" later: the full form
            return max(longer, key=lambda c: len(c.name))
        return named[0]
    for cand in g:
        if not cand.extra.get("abbreviation"):
            return cand
    return g[0]


_NOUN_AFTER = re.compile(rf"[ ][{LOWER}]")
_ACRONYM_GENITIVE = re.compile(rf"[{UPPER}]{{2,6}}s")


def _genitive_base(text: str, cand: Candidate) -> str:
    """The base name of a name used as a genitive before a noun: "Fælles Elevråds side" →
    "Fælles Elevråd", "Rigsrevisionens beretning" → "Rigsrevisionen", "VIVE's analyse" →
    "VIVE". A last word that is itself a listed word ("hus") keeps its -s."""
    name = cand.name
    if _ACRONYM_GENITIVE.fullmatch(name):
        return name[:-1]  # "BLs 1. kreds", "KLs": capitals never end in a lower-case s of their own
    if cand.extra.get("entity") and name.endswith("s") and name[:-1].casefold() in _listed_names() \
            and name.casefold() not in _listed_names():
        return name[:-1]  # a listed name's genitive before a titled noun ("Rigspolitiets Tryghedsrapport")
    if not name.endswith("s") or not _NOUN_AFTER.match(text, cand.end):
        return name
    if name.endswith(("'s", "’s")):
        return name[:-2]
    if name[:-1].casefold() in _listed_names():  # "Region Sjællands psykiatri"
        return name[:-1]
    stem = name.rsplit(" ", 1)[-1][:-1]
    if len(stem) >= 2 and stem.isupper():
        return name[:-1]
    if stem + "s" in patterns().places and stem not in patterns().places:
        return name  # "Jobcenter Randers har …": a town whose name ends in s, no genitive
    if stem in patterns().places or stem in _landscape_forms():  # "Destination Nordøs handlingsplan": a name ending in a place
        return name[:-1]
    if len(stem) >= 4 and (common_word(stem) or compound_head(stem)) and not listed_word(stem + "s"):
        return name[:-1]
    return name


@functools.lru_cache(maxsize=1)
def _landscape_forms() -> frozenset[str]:
    """Capitalised names of landscapes and parts of the country ("Vestfyn", "Midtjylland")."""
    return frozenset(f for land in load_gazetteers().landscapes for f in land.forms if f[:1].isupper())


@functools.lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """Gazetteer names of organisations, regions, ministries and parties (case-folded)."""
    return frozenset(_gazetteer_forms())


def _opens_line(text: str, needle: str) -> bool:
    """``needle`` stands at the start of a line of ``text``, after spaces or tabs only."""
    i = text.find(needle)
    while i >= 0:
        k = i
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k == 0 or text[k - 1] == "\n":
            return True
        i = text.find(needle, i + 1)
    return False


def _add_place_heading(text: str, raw: str, g: list[Candidate], pat: _Patterns) -> None:
    """A heading that gives a body's full name with its town ("Boligsocialt Partnerskab
    Holstebro" on a line of its own, "Boligsocialt Partnerskab" in the text) names the group."""
    first = g[0]
    if first.type not in ("organisation", "body") or " " not in first.name or first.name[:1].islower():
        return
    if not _opens_line(text, raw[first.start:first.end] + " "):
        return  # the name never opens a line: no heading to read (and no pattern to compile)
    # a pattern of this document's name: searched through the cache of patterns given as strings, not
    # kept between runs as the modules' own patterns are
    m = re.search(rf"(?m)^[ \t]*(?P<full>{re.escape(raw[first.start:first.end])}[ ](?P<place>[{UPPER}][\w-]+))[ \t]*$", text)
    if m is None or m.group("place") not in pat.places or first.name.endswith(f" {m.group('place')}"):
        return  # no town after the name, or the name holds it already ("Ungdomsrådet Nordby" over "Ungdomsrådet")
    g.insert(0, Candidate(m.start("full"), m.end("full"), f"{first.name} {m.group('place')}", first.type, first.priority))


_MEDIA = re.compile(
    rf"^(?:{'|'.join(map(re.escape, cues()['parties']['media_heads']))})[ ][{UPPER}]"
    rf"|[ ](?:{'|'.join(map(re.escape, cues()['parties']['media_tails']))})$"
)


def _media(name: str) -> bool:
    """A newspaper's or a media house's name ("Dagbladet Information", "NB Medier"), or a web
    portal's ("Tilskudsportalen"): a medium, not a party."""
    return bool(_MEDIA.search(name)) or name.casefold().endswith(_PORTAL_ENDINGS)


_PORTAL_ENDINGS = tuple(cues()["parties"]["portal_endings"])
# a medium's last word after a name in the genitive: "Frederiksborg Amts Avis", "Vejle Amts Folkeblad"
_MEDIA_TAIL_AFTER = re.compile(rf"s?[ ](?:{'|'.join(map(re.escape, cues()['parties']['media_tails']))})(?![\w-])")


def _media_owner(text: str, cand: Candidate) -> bool:
    """The first words of a medium's name ("Frederiksborg Amt" of "Frederiksborg Amts Avis"): no party."""
    return _MEDIA_TAIL_AFTER.match(text, cand.end) is not None


def _defined_abbreviations_named(text: str, cands: list[Candidate]) -> None:
    """An abbreviation the text defines ("Sønderborg Andelsboligforening (SAB)") names the
    defined organisation, also where a gazetteer knows it for another one."""
    defs = {a: _canonical(full) for a, (full, _, _) in _defined_abbreviations(text).items()}
    for cand in cands:
        full = defs.get(text[cand.start:cand.end])
        if full is not None and cand.name != full:
            cand.name = full
            cand.extra.pop("entity", None)
            cand.type = "organisation" if cand.type in (None, "label") else cand.type


@functools.lru_cache(maxsize=1)
def _short_name_definition() -> re.Pattern[str]:
    leads = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in re.longest_first(cues()["parties"]["short_name_leads"]))
    return re.compile(rf"[ ]?\((?:{leads})[ ](?P<short>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+){{0,3}})\)")


def _short_names_named(text: str, cands: list[Candidate]) -> None:
    """A short name the text gives in brackets after an organisation's name ("Ministeriet for By, Bolig og
    Landdistrikter (herefter Boligministeriet)") names that organisation wherever the text uses it."""
    if "(" not in text:
        return
    ends = {c.end: c for c in cands}
    named: dict[str, Candidate] = {}
    for m in _short_name_definition().finditer(text):
        full = ends.get(m.start())
        if full is not None:
            named[m.group("short")] = full
    for cand in cands:
        full = named.get(text[cand.start:cand.end])
        if full is not None and cand is not full:
            cand.name, cand.type = full.name, full.type
            cand.extra.pop("entity", None)
            cand.extra.pop("surface", None)


@functools.lru_cache(maxsize=1)
def _party_group() -> re.Pattern[str]:
    gaz = load_gazetteers()
    names = {f for p in gaz.parties for f in (p.name, p.short, *p.aliases) if len(f) > 3 and f[:1].isupper()}
    groups = "|".join(map(re.escape, cues()["parties"]["party_groups"]))
    return re.compile(rf"(?P<name>{word_start_trie(names)})s[ ](?P<group>{groups})(?![\w])")


def _party_group_candidates(text: str) -> list[Candidate]:
    """A political party's council group: "Venstres byrådsgruppe"."""
    if "gruppe" not in text:
        return []
    return [Candidate(m.start(), m.end(), squash(m.group(0)), "political_party", 6) for m in _party_group().finditer(text)]


# "RandersBolig", "WeShelter", "PensionDanmark": a brand name written as one word with an inner capital
_CAMEL = re.compile(rf"(?P<name>[{UPPER}]{_AFTER_NO_WORD}[{LOWER}]+(?:[{UPPER}][{LOWER}]{{2,}})+)(?P<gen>s)?(?![\w-])")


def _camel_case_candidates(text: str, pat: _Patterns) -> list[Candidate]:
    """Organisations named by one word with an inner capital. Two glued common words (a
    heading run into the next one, "BeslutningGodkendt") and social media are left out."""
    out = []
    for m in _CAMEL.finditer(text):
        name = m.group("name")
        parts = re.findall(rf"[{UPPER}][{LOWER}]+", name)
        if name in pat.never or name in _SOCIAL_NAMES or len(parts) > 2 or (
                common_word(parts[0]) and not compass_brand(parts) and not linking_brand(parts)):
            continue  # "BilagBeslutning", "UdskrivSagsid", "ForsidepilPolitikpil…": glued words
        if len(parts) == 2 and (parts[0] in pat.places or _POSTCODE_BEFORE.search(text, max(0, m.start() - 8), m.start())) \
                and _glued_heading(parts[1]):
            continue  # "7860 NordbyIndholdsfortegnelse": a town glued to the next heading of the page
        if any(p.lower() in _FUNCTION_WORDS for p in parts) or text[m.start() - 1:m.start()] in ("&", "=", "?", "/"):
            continue  # "SyddanmarkTil forsiden", "&NewsCategory=": a glued word or a web address
        if m.group("gen") and common_word(name + "s"):
            continue
        if _DOMAIN_AFTER.match(text, m.end()):
            continue  # "CykelGuiden.dk": a web site's address, the site of a project
        if _person_listed_next(text, m.end("name")):
            continue  # "TraeHansen, Heidi Simonsen, …": a person's name glued together in a list of people
        if len(parts) == 2 and parts[1] in first_names() and _CAPITALISED_AFTER.match(text, m.end("name")):
            continue  # "Marie Schønning JensenSimon LesselOle …": a list of names run together, a surname and the next first name
        out.append(Candidate(m.start(), m.end("name"), name, "organisation", 1))
    return out


_POSTCODE_BEFORE = re.compile(r"(?<![\d.,])\d{4}[ ]{1,3}$")  # "7860 ": a town's postcode
_CAPITALISED_AFTER = re.compile(rf"[ ](?:[{UPPER}][{LOWER}]+|[{UPPER}]\.)")  # the next word, a surname or an initial


def _glued_heading(word: str) -> bool:
    """A heading word a page's extraction glues to the word before: a common word, or a compound
    of common words, that is no organisation's head ("Indholdsfortegnelse", "Dagsorden"); a short
    kind word ("NordbyKommune") may be a logo's name."""
    if len(word) < 8 or _is_org_word(word):
        return False
    return common_word(word) or (compound_head(word) is not None and not _is_org_word(compound_head(word)))


_DOMAIN_AFTER = re.compile(r"\.(?:dk|com|net|org|eu|nu)(?![\w])", re.IGNORECASE)
_NAME_AFTER_COMMA = re.compile(rf",[ ](?P<first>[{UPPER}][{LOWER}]+)[ ][{UPPER}][{LOWER}]+(?:,|[ ]og[ ])")


def _person_listed_next(text: str, end: int) -> bool:
    """True where a list of people goes on after a word: ", Heidi Simonsen," with a listed first
    name."""
    m = _NAME_AFTER_COMMA.match(text, end)
    return m is not None and m.group("first") in first_names()
_SOCIAL_NAMES = frozenset(cues()["parties"]["social_media"])
_FUNCTION_WORDS = frozenset(["til", "og", "af", "for", "fra", "med", "om", "på", "ved", "den", "det", "de"])


def _plan_site(text: str, cand: Candidate) -> bool:
    """An organisation's name as the site of a plan ("Lokalplan 1047 for Solbakken Plejecenter")
    or as the plan's own name ("den boligsociale helhedsplan Sammen om Byen")."""
    if cand.type != "organisation":
        return False
    return bool(_PLAN_FOR.search(text, max(0, cand.start - 40), cand.start)
                or _PLAN_NAMED.search(text, max(0, cand.start - 40), cand.start))


# a plan word right before a name: the name is the plan's ("helhedsplanen Sammen om Byen")
_PLAN_NAMED = re.compile(
    rf"(?<![\w-])[\w-]*(?:{'|'.join(map(re.escape, cues()['parties']['plan_words']))})(?:en)?[ ]$",
    re.IGNORECASE,
)


def _same_name_joined(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Groups whose display names are the same name joined into one ("Kommunernes Landsforening"
    from the gazetteer and from "Kommunernes Landsforening (KL)")."""
    by_name: dict[str, list[Candidate]] = {}
    result = []
    for g in groups:
        key = _display_name(g).name.casefold()
        if key in by_name:
            by_name[key].extend(g)
            continue
        by_name[key] = g
        result.append(g)
    return result


_PLACE_THEN_DEFINITE_BODY = re.compile(
    rf"(?P<place>[{UPPER}][\w-]+)[ \t]*\n?[ \t]*(?P<body>[{UPPER}][{LOWER}]*(?:{'|'.join(cues()['parties']['definite_body_endings'])}))"
)


_GLUED_LABELS = "|".join(cues()["parties"]["glued_label_words"])
_GLUED_LABEL_LEAD = re.compile(rf"(?:{_GLUED_LABELS})(?=[{UPPER}][{LOWER}])")
_GLUED_LABEL_TAIL = re.compile(rf"(?<=[{LOWER}])(?:{_GLUED_LABELS})$")


def _without_glued_label(text: str, cand: Candidate) -> None:
    """Cuts a page's heading or label word that a flattened PDF glued to a name of several words,
    before its first word ("ReferatBørne- og Ungeudvalget") or after its last ("Teknik- og
    MiljøudvalgetMøde nr. 3"); after a one-word name only ("NordboFraværende"): the name is the rest."""
    span = text[cand.start:cand.end]
    if cand.name != squash(span):
        return
    if " " not in span:
        _without_glued_tail_label(text, cand)
        return
    lead = _GLUED_LABEL_LEAD.match(span)
    first_word = span.split(" ", 1)[0]
    start = cand.start + lead.end() if lead is not None and lead.end() < len(first_word) else cand.start
    tail = _GLUED_LABEL_TAIL.search(span)
    last_word = span.rsplit(" ", 1)[-1]
    end = cand.start + tail.start() if tail is not None and len(tail.group()) < len(last_word) else cand.end
    if (start, end) != (cand.start, cand.end):
        cand.start, cand.end = start, end
        cand.name = squash(text[start:end])


def _without_glued_tail_label(text: str, cand: Candidate) -> None:
    """Cuts a label glued after a one-word name ("NordboFraværende"), keeping a name of three or more
    letters that starts with a capital."""
    span = text[cand.start:cand.end]
    tail = _GLUED_LABEL_TAIL.search(span)
    if tail is None or tail.start() < 3 or not span[:1].isupper():
        return
    cand.end = cand.start + tail.start()
    cand.name = squash(text[cand.start:cand.end])


# an acronym of capitals that opens an item's title after a dash ("KUU - Ansøgning om …"): a
# committee's short name that a flattened contents list or agenda puts before each of its items
_ITEM_PREFIX_ACRONYM = re.compile(rf"(?<![\w-])(?P<acronym>[{UPPER}]{{2,5}})[ ]+[-–][ ]+(?=(?P<title>[{UPPER}][\w-]*(?:[ ]+\S+){{0,2}}))")


@functools.lru_cache(maxsize=2)
def _item_prefix_acronyms(text: str) -> frozenset[str]:
    """The acronyms that open at least two different items' titles after a dash in ``text`` ("KUU -
    Godkendelse af dagsorden KUU - Ansøgning …"): the layout's item prefixes, not parts of a name.
    An acronym before the same three words each time is its spelt-out name ("NAVI - Nordisk
    Analyseinstitut for …")."""
    titles: dict[str, set[str]] = {}
    for m in _ITEM_PREFIX_ACRONYM.finditer(text):
        titles.setdefault(m.group("acronym"), set()).add(m.group("title"))
    return frozenset(a for a, found in titles.items() if len(found) >= 2)


def _item_prefix_after(text: str, cand: Candidate) -> Optional[str]:
    """The item-prefix acronym that ends ``cand``'s span, or the whole span, where a dash and the
    next item's title follow it ("… Holmby Håndbold KUU - Ansøgning …")."""
    span = text[cand.start:cand.end]
    last = span.rsplit(" ", 1)[-1]
    if not (2 <= len(last) <= 5 and last.isupper() and last.isalpha()):
        return None
    m = _ITEM_PREFIX_ACRONYM.match(text, cand.end - len(last))
    if m is None or m.group("acronym") != last or last not in _item_prefix_acronyms(text):
        return None
    return last


def _without_item_prefix(text: str, cand: Candidate) -> bool:
    """Cuts the acronym that opens the next item's title from a name before it ("Holmby Håndbold
    KUU - Ansøgning om tilskud" → "Holmby Håndbold"), where the text uses it as an item prefix.
    False where one word is left ("Skovvej KUU - …"): the acronym alone made it a name."""
    last = _item_prefix_after(text, cand)
    span = text[cand.start:cand.end]
    if last is None or " " not in span or cand.name != squash(span):
        return True
    rest = span.rsplit(" ", 1)[0].rstrip()
    if " " not in rest:
        return False
    cand.end = cand.start + len(rest)
    cand.name = squash(text[cand.start:cand.end])
    return True


def _item_prefix_only(text: str, cand: Candidate) -> bool:
    """A candidate that is only an item-prefix acronym before a dash and the item's title."""
    return " " not in text[cand.start:cand.end] and _item_prefix_after(text, cand) is not None


def _without_place_lead(text: str, cand: Candidate, pat: _Patterns) -> None:
    """"Nordby Byrådet", "Nordby Kommunalbestyrelsen": a town before a body's name in the definite
    is the end of an address line or a place the layout glued on; the body is named alone."""
    m = _PLACE_THEN_DEFINITE_BODY.fullmatch(text, cand.start, cand.end)
    if m is None:
        return
    place = m.group("place")
    if place not in pat.places and place.casefold() not in pat.municipality_names:
        return
    cand.start = m.start("body")
    cand.name = m.group("body")
    cand.type = "body"
    cand.extra.pop("surface", None)


_KIND_THEN_NAME = frozenset(cues()["parties"]["kind_then_name"])
_NAME_AFTER_KIND = re.compile(rf"[ ](?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")


def _without_repeat(text: str, cand: Candidate) -> None:
    """A name written twice in a row ("Udvalget for Miljø Udvalget for Miljø", where a flattened page
    runs a body's heading into the item under it) is the name once."""
    words = text[cand.start:cand.end].split(" ")
    half = len(words) // 2
    if half < 2 or len(words) % 2 or words[:half] != words[half:]:
        return
    once = " ".join(words[:half])
    names = cand.name.split(" ")
    if len(names) == len(words) and names[:half] == names[half:]:
        cand.name = " ".join(names[:half])
    elif cand.name != once:
        return
    cand.end = cand.start + len(once)


def _with_name_after_kind(text: str, cand: Candidate) -> None:
    """"University College" + " Nordby": a kind of institution takes the proper name after it."""
    if cand.name not in _KIND_THEN_NAME or text[cand.start:cand.end] != cand.name:
        return
    m = _NAME_AFTER_KIND.match(text, cand.end)
    if m is None or common_word(m.group("name")) or m.group("name") in patterns().stop_words:
        return
    cand.end = m.end("name")
    cand.name = f"{cand.name} {m.group('name')}"


# one capitalised word and "og" right before a name: the first conjunct of a coordinated name
_COORDINATED_LEAD = re.compile(rf"(?<![\w-])(?P<word>[{UPPER}][{LOWER}]{{2,}})[ ]og[ ]$")
_CAPITAL_OR_LIST_BEFORE = re.compile(rf"(?:[{UPPER}][\w.&-]*|[,&])[ ]$")


_FIELD_LINK_BEFORE = re.compile(r"(?<![\w-])(?:og|&|for)[ ]$")


def _with_coordinated_lead(text: str, cand: Candidate) -> None:
    """"på Børne og Unge Huset", "med Plan og Byggestyrelsen": a capitalised common word (no place,
    person, party or organisation word, not definite) joined by "og" before a name inside a sentence,
    after a word in lower case, is the first part of that name; Danish capitalises a common word there
    only in a name."""
    if cand.type not in ("organisation", "body") or text[cand.start:cand.end] != cand.name:
        return
    m = _COORDINATED_LEAD.search(text, max(0, cand.start - 30), cand.start)
    if m is None or at_sentence_start(text, m.start("word")):
        return  # a sentence's first word is capitalised anyway
    if _CAPITAL_OR_LIST_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return  # "Røde Kors og …", "Lions, Kultur og …": the word ends a name or a list before
    if _FIELD_LINK_BEFORE.search(text, max(0, m.start("word") - 6), m.start("word")):
        return  # "… for Børn og Unge og Magistratsafdelingen for …": the word ends the name before
    word = m.group("word")
    pat = patterns()
    if (not common_word(word) or word.endswith(("et", "en")) or word in pat.places or word in first_names()
            or word in pat.stop_words or _is_org_word(word) or word.casefold() in _party_forms()
            or word.casefold() in _GENERIC_ACTORS):
        return  # "Lagtinget og …", "Liljeborg og …": a name of its own, the list's previous party
    cand.start = m.start("word")
    cand.name = f"{word} og {cand.name}"


# an organisation's genitive before its fund written small: "Sparekassen Nordbys fond"
_OWNED_FUND_AFTER = re.compile(rf"[ ](?:{'|'.join(cues()['parties']['owned_fund_nouns'])})(?![\w-])")


def _with_owned_fund(text: str, cand: Candidate) -> None:
    """"gave fra Sparekassen Nordbys fond": the fund the organisation owns is the party that gives."""
    if cand.type not in ("organisation", "company") or text[cand.end - 1:cand.end] != "s" or " " not in cand.name:
        return
    m = _OWNED_FUND_AFTER.match(text, cand.end)
    if m is not None:
        cand.end = m.end()
        cand.name = squash(text[cand.start:cand.end])


# the key of a legend that spells codes out ("ØK=Økonomiudvalg, BUU=Børne- og Undervisningsudvalg"): a mention there
# only explains the table's shorthand; the body is a party where the text names it elsewhere
_LEGEND_CODE_BEFORE = re.compile(rf"(?<![\w-])[{UPPER}]{{2,5}}[ ]?=[ ]?$")
_LEGEND_PAIR = re.compile(rf"(?<![\w-])[{UPPER}]{{2,5}}[ ]?=[ ]?[{UPPER}]")


def _legend_entry(text: str, cand: Candidate) -> bool:
    """A name right after "CODE=" on a line that holds two such pairs at least: a legend's entry, not an actor."""
    if _LEGEND_CODE_BEFORE.search(text, max(0, cand.start - 8), cand.start) is None:
        return False
    start, end = line_of(text, cand.start)
    return len(_LEGEND_PAIR.findall(text, start, end)) >= 2


# "et såkaldt ”Ungeråd”": a kind of body named by an indefinite "so-called", not one organisation
_SO_CALLED_BEFORE = re.compile(r"(?<![\w-])(?:en|et)[ ]såkaldt[ ]+[\"”“'’]?$", re.IGNORECASE)


_ABBREVIATION_JOINT = re.compile(r"(?:[ ][-–][ ]|,[ ])")


def _abbreviation_joined(text: str, g: list[Candidate], raw: Optional[str] = None) -> Optional[str]:
    """The name as the text writes it where an abbreviation stands right before its full form,
    joined by a dash or a comma ("VIVE - Det Nationale …", "BL, Danmarks Almene Boliger"): the
    text's own name of the organisation holds both, with the raw text's dash ("VIVE – Det …")."""
    starts = {c.start: c for c in g}
    for c in g:
        if not c.extra.get("abbreviation"):
            continue
        m = _ABBREVIATION_JOINT.match(text, c.end)
        full = starts.get(m.end()) if m is not None else None
        if full is not None and not full.extra.get("abbreviation") and " " in full.name:
            return squash((raw or text)[c.start:full.end])
    return None


# an organisation's genitive before the goals or convention it is cited by ("FN's 17 verdensmål")
_CITED_INSTRUMENT_AFTER = re.compile(
    rf"(?:['’´`]?s)[ ](?:\d{{1,3}}[ ])?(?:{'|'.join(map(re.escape, cues()['parties']['cited_instruments']))})(?![\w-])",
    re.IGNORECASE)


def _only_cited_source(text: str, g: list[Candidate]) -> bool:
    """An organisation the text names only as the source of figures or findings it cites ("ifølge Danmarks
    Statistik", "en undersøgelse fra Nordby Universitet", "Forskning fra …", "tal fra …"): a reference,
    not a party that acts or is addressed."""
    if not g[0].name.casefold().endswith(_SOURCE_NAME_ENDINGS):
        return False  # a ministry, agency or police cited ("ifølge Rigspolitiet") still acts in the golds
    return all(_CITED_SOURCE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None for c in g)


def _only_cited_instrument(text: str, g: list[Candidate]) -> bool:
    """An organisation the text names only as the owner of goals or a convention it cites ("FN's
    verdensmål", "FNs børnekonvention"): a reference, not a party that acts or is addressed."""
    return all(_CITED_INSTRUMENT_AFTER.match(text, c.end) is not None for c in g)


_SOURCE_NAME_ENDINGS = tuple(cues()["parties"]["cited_source_name_endings"])
_CITED_SOURCE_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?i:ifølge)(?:[ ](?:{'|'.join(cues()['parties']['cited_source_nouns'])}))?[ ]"
    rf"|(?<![\w-])(?i:{'|'.join(cues()['parties']['cited_source_nouns'])})[ ](?:fra|fra[ ]forskere[ ]på)[ ])$"
)


def _lone_model_word(text: str, g: list[Candidate]) -> bool:
    """One word that only the NER model calls an organisation, named once, with no organisation's
    shape: no compound of common words ("Ungdomspanelet"), no acronym. Such a word is mostly a
    person's first name in a list, a town, a foreign city or a landscape ("til Lyon", "i Nordby")."""
    if len(g) != 1 or g[0].priority != 0 or g[0].type != "organisation":
        return False
    name = g[0].name
    if " " in name or name.isupper() or compound_head(name) is not None:
        return False
    before = _LOWER_WORD_RIGHT_BEFORE.search(text, max(0, g[0].start - 40), g[0].start)
    if before is not None and (before.group(1) in _KIND_BEFORE_NAME or _org_head_word(before.group(1))):
        return False  # "værestedet Kvistbo", "hos Købmand'Hansen": a kind of organisation or a business before it
    return True


_LOWER_WORD_RIGHT_BEFORE = re.compile(rf"(?<![\w-])([{LOWER}]+)[ ]$")
_KIND_BEFORE_NAME = frozenset(["hos", *cues()["parties"]["unit_appositions"], *cues()["parties"]["appositive_heads"]])


def _no_name_shape(name: str) -> bool:
    """True for a span no organisation is named by: a case or journal number ("00.01.00-G01-24-17",
    more digits than letters), digits glued to a word ("2016Sundhedsudvalget") or the first half of a suspended compound ("Økonomi-" of "Økonomi- og
    Indenrigsministeren")."""
    digits = sum(map(str.isdigit, name))
    return (digits > 0 and digits > sum(map(str.isalpha, name))) or name.rstrip().endswith("-") or _GLUED_DIGITS.search(name) is not None


# a year or number run into a word ("2016Sundhedsudvalget"): text glued from a table or a page's furniture
_GLUED_DIGITS = re.compile(rf"[0-9][{LOWER}{UPPER}]{{4,}}|[{LOWER}]{{3,}}[0-9]")


_LEGEND_KEY = re.compile(rf"[{UPPER}]{{2,6}}[ ]?=[ ]?[{UPPER}]?")


def _element_initials(name: str) -> list[tuple[str, bool]]:
    """The first letters of a name's words and of the head of each compound word, in order, each
    marked True when it belongs to the last word ("Hørsholm Seniorråd" → h, s, r(åd))."""
    words = re.findall(r"\w+", name)
    out = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        out.append((word[0].lower(), last))
        head = compound_head(word) if len(word) > 6 else None
        if head is not None and len(head) < len(word):
            out.append((head[0].lower(), last))
    return out


def _initials_of(acronym: str, name: str) -> bool:
    """True when ``acronym`` spells, in order, first letters of ``name``'s words or compound heads,
    ending in its last word: "ØU" of "Økonomiudvalget", "SRC" of "Special- og Rehabiliteringscentret"."""
    letters = acronym.lower()
    elements = _element_initials(name)
    for begin, (ch, _) in enumerate(elements):
        if ch != letters[0]:
            continue
        at, last = 1, False
        for ch2, in_last in elements[begin + 1:]:
            if at < len(letters) and ch2 == letters[at]:
                at, last = at + 1, in_last
        if at == len(letters) and last:
            return True
    return False


_BARE_ACRONYM = re.compile(rf"[{UPPER}]{{2,4}}")


def _acronym_lead_folded(text: str, groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """A bare acronym the text writes only right before another party's written-out name ("DRK
    Nordby Hjælp", a headline's misspelling of the name's own acronym lead) is that party, not a
    second one."""
    starts = {c.start: g for g in groups if " " in g[0].name for c in g}
    if not starts:
        return groups
    kept = []
    for g in groups:
        if _BARE_ACRONYM.fullmatch(g[0].name) and not any(c.extra.get("abbreviation") for c in g):
            target = starts.get(g[0].end + 1) if text[g[0].end:g[0].end + 1] == " " else None
            if target is not None and all(text[c.end:c.end + 1] == " " and starts.get(c.end + 1) is target for c in g):
                target.extend(g)
                for cand in g:
                    cand.name = target[0].name
                    cand.extra["abbreviation"] = True
                continue
        kept.append(g)
    return kept


def _without_initials_of_listed(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Drops a bare acronym the text never defines when another party's name spells it ("ØU" beside
    "Økonomiudvalget"): it is the short form of a party already listed, not a second party."""
    names = [g[0].name for g in groups if " " in g[0].name or len(g[0].name) > 6]
    if not names:
        return groups
    kept = []
    for g in groups:
        name = g[0].name
        if (_BARE_ACRONYM.fullmatch(name) and not any(c.extra.get("abbreviation") for c in g)
                and any(_initials_of(name, other) for other in names if other != name)):
            continue
        kept.append(g)
    return kept


@functools.lru_cache(maxsize=1)
def _vote_label() -> re.Pattern[str]:
    from socdoc.extractors.minutes_layout import phrases  # the minutes' vote labels
    return re.compile(phrases()["vote_label_line_regex"], re.IGNORECASE)


def _on_vote_line(text: str, cand: Candidate) -> bool:
    """True for a name on a labelled vote line ("For: Gruppe A og V", "Imod: Liste H"): the line
    counts the votes of council groups, which do nothing else there."""
    start, _ = line_of(text, cand.start)
    return start < cand.start and _vote_label().match(text[start:cand.start].lstrip()) is not None


def _names_inside(span: str, names: frozenset[str]) -> int:
    """How many of ``names`` stand in ``span`` as whole words, one after the other without overlap."""
    spans = []
    for name in names:
        at = span.find(name)
        while at >= 0:
            if _word_bounded(span, at, at + len(name)):
                spans.append((at, at + len(name)))
                break
            at = span.find(name, at + 1)
    spans.sort()
    count, last_end = 0, -1
    for start, end in spans:
        if start >= last_end:
            count, last_end = count + 1, end
    return count


def _word_bounded(span: str, start: int, end: int) -> bool:
    return (start == 0 or not span[start - 1].isalnum()) and (end == len(span) or not span[end].isalnum())


def _without_runs_over_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drops a name of several words that runs over two or more names the text also writes on
    their own ("Sygdom Nordby Ungdomsråd Hospitaler Skovgaard Fonden", a line of tags or a list run
    together): the run names no organisation; the names in it are the parties."""
    names = frozenset(squash(text[c.start:c.end]) for c in cands if " " in c.name and c.end - c.start > 4)
    if len(names) < 2:
        return cands
    kept = []
    for c in cands:
        span = squash(text[c.start:c.end]) if c.priority < 5 else ""
        if span.count(" ") >= 3:
            inner = frozenset(n for n in names if len(n) < len(span) and n in span)
            if len(inner) >= 2 and _names_inside(span, inner) >= 2:
                continue
        kept.append(c)
    return kept


_NEW_THING_LEADS = frozenset(cues()["parties"]["new_thing_leads"])


@functools.lru_cache(maxsize=4096)
def _media_or_no_name(name: str) -> bool:
    """A medium's name, a span of no name's shape, a name led by a bare number or a new thing being
    built ("Nyt Aalborg Universitetshospital"): tests of the name alone, made once per name."""
    return (_media(name) or _no_name_shape(name) or _NUMBER_LED.match(name) is not None
            or name.split(" ", 1)[0] in _NEW_THING_LEADS)


def find_parties(text: str, raw: str, doc: Any = None) -> tuple[list[Party], list[Candidate]]:
    """One :class:`Party` per organisation, and the resolved candidate spans."""
    cands = find_party_candidates(text, doc)
    credit, so_called = _may_hold(text, _CREDIT_BEFORE), _may_hold(text, _SO_CALLED_BEFORE)
    found = [c for c in cands if not c.extra.get("furniture") and not _plan_site(text, c) and not _media_or_no_name(c.name)
             and not _LEGEND_KEY.fullmatch(text, c.start, min(len(text), c.end + 2))
             and not cut_off_at_end(text, c.start, c.end)  # "… fra Region Nordjy": the text's end cuts the name
             and not (c.type == "organisation" and " " in c.name and _named_thing_or_course(c.name)
                      and not any(_is_org_word(w) for w in c.name.split()[:-1]))  # "Grundejerforeningen X Sommerhusområde"
             and not _works_object(text, c)
             and not (credit and _CREDIT_BEFORE.search(text, max(0, c.start - 30), c.start))
             and not (so_called and _SO_CALLED_BEFORE.search(text, max(0, c.start - 20), c.start))
             and not _on_vote_line(text, c) and not _item_prefix_only(text, c)
             and not _NUMBER_LED.match(text, c.start)
             and not _NUMBER_BEFORE.search(text, max(0, c.start - 20), c.start)
             and not _surname_glued_to_role(c.name) and not _media_owner(text, c)]
    found = _without_runs_over_names(text, [c for c in found if _without_item_prefix(text, c)])
    _defined_abbreviations_named(text, found)
    _short_names_named(text, found)
    pat = patterns()
    found += [c for c in (_without_run_on_title(text, cand) for cand in found) if c is not None]
    for cand in found:
        _without_trailing_abbreviation(text, cand)
        _without_run_on_tail(text, cand)
        _without_glued_label(text, cand)
        _without_place_lead(text, cand, pat)
        _with_name_after_kind(text, cand)
        _with_coordinated_lead(text, cand)
        _without_repeat(text, cand)
    for cand in found:
        if cand.extra.get("surface"):
            cand.name = _canonical(raw[cand.start:cand.end])
        if cand.type not in ("municipality", "generic"):
            cand.name = _genitive_base(text, cand)
        _with_raw_apostrophes(raw, cand)
        cand.name = _listed_spelling(cand.name)
        _with_owned_fund(text, cand)
        _rejoined_broken_words(text, cand)
    groups = _merge_genitive(group(found, key=_entity_key))
    groups = _fold(_merge_leading_word(_merge_misspelt(_merge_lowercase_tail(text, _merge_lowercase_lead(text, groups)))))
    groups = _merge_definite_house(_merge_definite_into_named(_merge_definite_for_name(_merge_into_place_led(groups))))
    groups = _merge_indefinite_into_definite(groups)
    groups = _with_qualified_names(text, groups, pat)
    groups = [g for g in groups if _acting(text, g) and not _venue_group(text, g) and not _role_named(g)
              and not _lone_model_word(text, g) and not _only_cited_instrument(text, g) and not _only_cited_source(text, g)
              and unsupported_model_name(text, g, doc) is None
              and (not model_only(g) or model_name_evidence(text, g, doc) is not None)]
    groups = _without_initials_of_listed(_acronym_lead_folded(text, _merge_short_form(groups)))
    siblings = _list_sibling_groups(text, groups, pat)
    for cand in (c for g in siblings for c in g):
        _rejoined_broken_words(text, cand)  # "…, Socialistisk Folkepar-ti og …"
    groups += siblings
    for g in groups:
        _add_place_heading(text, raw, g, pat=patterns())
    parties = []
    for g in _same_name_joined(_with_company_form(groups)):
        g.sort(key=lambda c: c.start)
        first = g[0]
        named = _spelt_out(text, official_mention(g, _display_name(g)))
        joint = _abbreviation_joined(text, g, raw)
        if joint is not None:
            named = dataclasses.replace(named, name=joint)
        parties.append(
            Party(
                name=named.name,
                text=raw[first.start:first.end],
                type=named.type,
                mentions=[mention(raw, c.start, c.end) for c in g],
                start=first.start,
                end=first.end,
            )
        )
    parties.sort(key=lambda p: p.start)
    return parties, cands


def _spelt_out(text: str, named: Candidate) -> Candidate:
    """A listed organisation named by its acronym ("KL", "DS") under the full name the text spells out
    anywhere ("formand for Kommunernes Landsforening, KL, …"), though the spelt-out mention itself
    was no party's (a seat, a place): the name is the full form the text gives."""
    if not _ALLCAPS.match(named.name) or len(named.name) > 5 or not named.extra.get("entity"):
        return named
    forms = {form for org in load_gazetteers().organisations_named(named.extra["entity"]) for form in org.forms
             if " " in form and form[:1].isupper() and "–" not in form}
    for form in sorted(forms, key=len, reverse=True):
        spelt = r"\s+".join(re.escape(word) for word in form.split())  # the name may be wrapped over two lines
        if re.search(rf"(?<![\w-]){spelt}(?![\w-])", text):
            return dataclasses.replace(named, name=form)
    return named


def _list_sibling_groups(text: str, groups: list[list[Candidate]], pat: _Patterns) -> list[list[Candidate]]:
    """The unnamed items of lists of found organisations ("… KAB, Socialstyrelsen og Falck") and the
    organisations of a participant list's other rows ("• Eva Lund: Nordby Frivilligcenter"), one group
    per name."""
    mentions = [(c.start, c.end) for g in groups for c in g]
    taken = SpanIndex()
    for s, e in mentions:
        taken.add(s, e)

    def other_name(name: str) -> bool:
        folded = name.casefold()
        return (name in pat.places or folded in pat.municipality_names or name in countries()
                or name.split(" ")[0] in first_names() or folded in pat.never or folded in pat.labels)

    def person(name: str) -> bool:
        return name.split(" ")[0] in first_names()

    by_name: dict[str, list[Candidate]] = {}
    for cand in [*list_siblings(text, mentions, other_name),
                 *represented_rows(text, sorted(mentions), other_name, role_word, person)]:
        if not taken.overlaps(cand.start, cand.end):
            by_name.setdefault(cand.name.casefold(), []).append(cand)
    return list(by_name.values())


_RUN_ON_TITLE_NOUNS = frozenset(cues()["parties"]["run_on_title_nouns"])


def _without_run_on_title(text: str, cand: Candidate) -> Optional[Candidate]:
    """A name that runs over the next agenda title of a contents page ("Skagen Boligforening Årsregnskaber
    Boligforeningen af 1952"): cut at the title's noun, keeping the part after it when that holds an
    organisation's word, else the part before; the part before, when it holds one too, is returned as a
    name of its own."""
    words = list(re.finditer(r"\S+", text[cand.start:cand.end]))
    at = next((i for i, w in enumerate(words) if i and w.group() in _RUN_ON_TITLE_NOUNS), None)
    if at is None and words and words[0].group() in _RUN_ON_TITLE_NOUNS and len(words) > 1:
        at = 0  # "Årsregnskaber Boligselskabet Nordby": the title's noun leads
    if at is None:
        return None
    before, after = words[:at], words[at + 1:]
    first = None
    if len(before) > 1 and any(_is_org_word(w.group()) for w in before):
        end = cand.start + before[-1].end()
        first = Candidate(cand.start, end, _canonical(text[cand.start:end]), cand.type, cand.priority)
    if after and any(_is_org_word(w.group()) for w in after):
        start, end = cand.start + after[0].start(), cand.start + after[-1].end()
    elif before:
        start, end, first = cand.start, cand.start + before[-1].end(), None
    else:
        return None
    cand.start, cand.end = start, end
    cand.name = _canonical(text[start:end])
    cand.extra.pop("surface", None)
    return first


@functools.lru_cache(maxsize=1)
def _trailing_abbreviation() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", "[ ]?").replace(r"\.", r"\.?")
                     for w in cues()["parties"]["name_trailing_abbreviations"])
    return re.compile(rf"[ ,]+(?:{words})$")


def _without_run_on_tail(text: str, cand: Candidate) -> None:
    """A name run on into the next words of its line: a date's day ("Frivilligcenter Nordby 16. april holder
    …") or a meeting's word ("Udvalget for Voksenservice Møde nr.: 6") is cut off."""
    tail = _run_on_tail().search(text, cand.start, cand.end)
    if tail is None or tail.start() <= cand.start or (tail.group("day") and not _day_month_after().match(text, cand.end)):
        return
    cut = text[tail.start():tail.end()]
    cand.end = tail.start()
    if cand.name.endswith(cut):
        cand.name = cand.name[:-len(cut)]


@functools.lru_cache(maxsize=1)
def _run_on_tail() -> re.Pattern[str]:
    """A date's day or a meeting's word (``run_on_meeting_words``) closing a name."""
    words = "|".join(map(re.escape, cues()["parties"]["run_on_meeting_words"]))
    return re.compile(rf"[ ](?:(?P<day>\d{{1,2}})|{words})\Z")


@functools.lru_cache(maxsize=1)
def _day_month_after() -> re.Pattern[str]:
    """The rest of a date after its day's number: ". april"."""
    return re.compile(rf"\.[ ](?:{'|'.join(sorted(_MONTHS))})(?![\w])")


def _without_trailing_abbreviation(text: str, cand: Candidate) -> None:
    """A name closed by "m.fl." or "osv." (a sender of a grant list, "fra Nordby Pensionistforening m.fl."): the
    abbreviation is cut off."""
    m = _trailing_abbreviation().search(text, cand.start, cand.end)
    if m is None or m.start() <= cand.start:
        return
    cand.end = m.start()
    cand.name = _trailing_abbreviation().sub("", cand.name)


_GLUED_CAPITAL = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}][{LOWER}])")


def _surname_glued_to_role(name: str) -> bool:
    """One word in which a surname runs into a person's title, the line break of a contact block lost
    ("RasmussenBorgmester", "JensenBestyrelsesmedlem"): a person and a role, no organisation."""
    if " " in name:
        return False
    parts = _GLUED_CAPITAL.split(name)
    return len(parts) == 2 and len(parts[0]) >= 3 and _role_word(parts[1])


_COMPANY_FORM_END = re.compile(rf"[ ](?:{'|'.join(re.escape(f) for f in cues()['parties']['company_forms'])})$")


# a name led by a bare number of three or more digits ("7.2 9304 Nordgården - Status …"): a housing
# department's or a case's number before an estate's name in an agenda item, no organisation's name
_NUMBER_LED = re.compile(r"[0-9]{3,}[ ]")
# the same number opening an agenda line just before the name ("7.2 9304 Nordgården"); a year is no such number
_NUMBER_BEFORE = re.compile(r"(?:^|\n)(?:[0-9]+(?:\.[0-9]+)*\.?[ ]+)?(?!19[0-9]{2}[ ]|20[0-9]{2}[ ])[0-9]{3,}[ ]$")
# a word broken by a hyphen between two small letters ("Landdi-striktspuljen")
_BROKEN_INSIDE = re.compile(rf"[{UPPER}{LOWER}]*[{LOWER}]-[{LOWER}][{LOWER}]*")


def _rejoined_broken_words(text: str, cand: Candidate) -> None:
    """A word of the name broken by a stray hyphen inside it (a line break of the source kept in the
    text: "Udvalg for Landdi-striktspuljen") is written whole where the text writes the whole word
    elsewhere ("Landdistriktspuljen") and its pieces are no words; a compound of two words keeps its hyphen."""
    if "-" not in cand.name:
        return
    words = cand.name.split(" ")
    for i, word in enumerate(words):
        if not _BROKEN_INSIDE.fullmatch(word):
            continue
        whole = word.replace("-", "")
        parts = word.lower().split("-")
        if all(common_word(part) for part in parts if len(part) > 2) and not common_word(whole.lower()):
            continue  # "Nordea-fonden": a compound of two words, written with its hyphen
        if common_word(whole.lower()) and not all(common_word(part) for part in parts):
            words[i] = whole  # "Folkepar-ti": a word of the lexicon whose pieces are not all words
        elif not any(common_word(part) for part in parts) \
                and re.search(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", text, re.IGNORECASE) is not None:
            words[i] = whole
    cand.name = " ".join(words)


def _with_company_form(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """A company named once with its legal form and elsewhere by the bare name ("Nordby Trykkeri
    A/S" and "Nordby Trykkeri") is one party, named with the form: the form belongs to its name.
    So is a name of two or more words before "&" ("Nordby Vand & Varme A/S", later "Nordby Vand")."""
    formed = {}
    for g in groups:
        m = _COMPANY_FORM_END.search(g[0].name)
        if m is not None:
            formed.setdefault(g[0].name[:m.start()].casefold(), g)
        head, amp, _ = g[0].name.partition(" & ")
        if amp and " " in head:  # "Nyborg Forsyning & Service A/S" and elsewhere "Nyborg Forsyning"
            formed.setdefault(head.casefold(), g)
    if not formed:
        return groups
    return _fold_groups(groups, lambda g: formed.get(g[0].name.casefold()))


def party_spans(cands: list[Candidate]) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in cands]


__all__ = ["find_parties", "find_party_candidates", "party_spans", "overlaps", "line_of"]
