"""Recall rules for parties: contexts that show an organisation acts, owns or employs.

Kept apart from :mod:`socdoc.extractors.parties`, which calls them. Each rule is narrow: it
turns a name the other rules already found (a municipality read as a place, …) into a party
only where the context says the organisation does something. Cues are in
``lang/da/party_recall.yaml``.
"""

from __future__ import annotations

import functools
from typing import Any

from socdoc import lazy_re as re
from socdoc.extractors.entities import (
    CAP_WORD, LOWER, UPPER, Candidate, Prefiltered, area_like, common_word, compound_head, cues, first_chars, line_matches,
    lines_holding, listed_word, at_sentence_start, prefix_starts, trie_regex,
)
from socdoc.extractors.names import squash
from socdoc.extractors.ner_accept import org_cue
from socdoc.extractors.people import first_names
from socdoc.lang.da import read_yaml
from socdoc.lang.da.gazetteers import load_gazetteers


@functools.lru_cache(maxsize=1)
def recall_cues() -> dict[str, Any]:
    """The cue data of ``lang/da/party_recall.yaml``."""
    return read_yaml("party_recall.yaml")


@functools.lru_cache(maxsize=1)
def _municipal_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = recall_cues()["municipality"]
    places = {*cues()["parties"]["place_nouns_after_genitive"], *cues()["parties"]["share_nouns"],
              *data["place_nouns_after_genitive"]}
    place_alt = trie_regex(places)
    place_end = trie_regex(data["place_noun_endings"])
    owned = re.compile(
        rf"(?<=s)[ ](?!(?:{place_alt})(?![\w-]))(?![{LOWER}]*(?:{place_end})(?![\w-]))[{LOWER}]{{4,}}(?![\w-])"
    )
    roles = trie_regex(data["employee_roles"])
    # "direktør for Børn og Kultur i ": a role, maybe its field of capitalised words, then "i"/"hos"
    field = rf"[ ]for[ ][{UPPER}][\w-]*(?:,?[ ](?:og|&|[{UPPER}][\w-]*))*"
    employer = re.compile(rf"(?<![\w-])(?i:[{LOWER}]*(?:{roles}))(?:{field})?[ ](?:i|hos|ved)[ ]$")
    return owned, employer


def municipality_acts(text: str, cand: Candidate) -> bool:
    """True where a municipality mention shows the municipality as an organisation although a
    locative stands before it: as the owner of its own work ("til Nordby Kommunes indsats",
    "i Nordby Kommunes årsberetning", "Nordby Kommunes Spildevandsplan"), as the receiver of a case
    sent on ("sendes nu til Nordby Kommune") or as the employer of a named role ("direktør for Børn
    og Kultur i Nordby Kommune")."""
    owned, employer = _municipal_patterns()
    if text[cand.end - 1:cand.end] == "s" and owned.match(text, cand.end):
        return True
    if text[cand.end - 1:cand.end] == "s" and owned_document(text, cand.end):
        return True  # "Nordby Kommunes Beskæftigelsesplan 2014": the municipality's own plan
    if _recipient_pattern().search(text, max(0, cand.start - 40), cand.start):
        return True  # "Sagen sendes nu til Nordby Kommune": the municipality receives the case
    if _money_recipient_pattern().search(text, max(0, cand.start - 60), cand.start):
        return True  # "et tilskud på 18 mio. kr. til Nordby Kommune": the municipality receives the money
    if _GRANT_LINE_LEAD.search(text, max(0, cand.start - 30), cand.start):
        return True  # "687.000 kr. Nordby kommune: Forsøg med …": a line of a list of grants
    return employer.search(text, max(0, cand.start - 80), cand.start) is not None


def employer_mention(text: str, cand: Candidate) -> bool:
    """True where a municipality stands after a person's role as the person's employer
    ("borgmester i Nordby Kommune", "direktør for Børn og Kultur i Nordby Kommune")."""
    return _municipal_patterns()[1].search(text, max(0, cand.start - 80), cand.start) is not None


@functools.lru_cache(maxsize=1)
def _recipient_pattern() -> re.Pattern[str]:
    verbs = trie_regex(recall_cues()["municipality"]["sending_verbs"])
    return re.compile(rf"(?<![\w-])(?i:{verbs})(?:[ ][{LOWER}]+)?[ ]til[ ]$")


_CURRENCY = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in recall_cues()["grant_lists"]["currency_words"])
# a sum with its currency ("33.125 kr.", "1,2 mio. kr.", "6.000 kroner"), shared by the grant lists' patterns
_SUM = rf"\d[\d.]*(?:,\d+)?[ ](?:{_CURRENCY})"
# an amount that opens a line of a list of grants, right before the receiver
_GRANT_LINE_LEAD = re.compile(rf"(?m)^[ \t]*(?:[•*-][ \t]*)?\d[\d.,]*[ ](?:{_CURRENCY})[ ]$")


@functools.lru_cache(maxsize=1)
def _money_recipient_pattern() -> re.Pattern[str]:
    money = trie_regex(recall_cues()["municipality"]["money_words"])
    return re.compile(rf"(?<![\w-])(?:{money})(?![\w-])(?:[ ][{LOWER}]+){{0,3}}[ ]til[ ]$")


_CAPITALISED_AFTER = re.compile(rf"[ ](?P<unit>[{UPPER}][\w]*(?:-?[ ](?:og|&)[ ][{UPPER}][\w]*)?)(?![\w-])")


def owned_document(text: str, pos: int) -> bool:
    """True for a capitalised plan, policy, budget or by-law at ``pos``, after a municipality's
    genitive ("Nordby Kommunes Spildevandsplan", "… Alkohol- og Misbrugspolitik"): the
    municipality's own document, not a unit of it."""
    m = _CAPITALISED_AFTER.match(text, pos)
    if m is None:
        return False
    last = m.group("unit").rsplit(" ", 1)[-1].casefold()
    return last.endswith(tuple(recall_cues()["municipality"]["owned_document_endings"]))


def official_mention(g: list[Candidate], named: Candidate) -> Candidate:
    """The mention that writes a listed organisation's name in full ("Region Hovedstaden") where
    the chosen one is a short alias of the same entry ("Region H" in a headline)."""
    entity = named.extra.get("entity")
    if not entity or len(entity) <= len(named.name) or named.extra.get("abbreviation"):
        return named
    return next((c for c in g if c.name == entity and c.extra.get("entity") == entity), named)


@functools.lru_cache(maxsize=1)
def _local_place_names() -> frozenset[str]:
    gaz = load_gazetteers()
    return frozenset(form for place in (*gaz.towns, *gaz.villages) for form in place.forms if " " not in form)


def false_compound_place(word: str) -> bool:
    """True for a town's or village's name that only looks like a compound of common words
    ("Højslev" as "høj" + "slev"): a place leading an organisation's name, no heading word."""
    return word in _local_place_names() and not common_word(word)


def compass_brand(parts: list[str]) -> bool:
    """True for a one-word brand of a common word and a compass word ("FrivilligVest")."""
    return len(parts) == 2 and parts[1] in recall_cues()["brand_compass_parts"] and len(parts[0]) >= 4


@functools.lru_cache(maxsize=1)
def _kind_compound() -> re.Pattern[str]:
    heads = trie_regex(recall_cues()["kind_compound_heads"])
    return re.compile(rf"(?<![\w-])[{LOWER}]{{4,}}(?:{heads})[ ]$")


_NAME_END = re.compile(rf"[,;:.)](?:[ \n]|$)|[ ](?:{trie_regex(recall_cues()['name_end_words'])})[ ]")


def named_by_kind(text: str, start: int, end: int) -> bool:
    """True for a single common word named by a compound noun for its kind of company before it
    and closed by punctuation or a verb after it: "forsikringsselskabet Tryg, der …"."""
    return bool(_kind_compound().search(text, max(0, start - 40), start)) and bool(_NAME_END.match(text, end))


@functools.lru_cache(maxsize=1)
def _fund_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = recall_cues()
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    heads = trie_regex(data["founder_fund_heads"])
    founder = re.compile(
        rf"(?<![\w.-])(?P<name>(?:[{UPPER}]\.[ ]?){{0,3}}(?:{word}[ ]){{0,2}}(?P<last>{word})[ ](?:{heads}))(?![\w-])"
    )
    owned_words = "|".join(map(re.escape, data["owned_fund_words"]))
    owned = re.compile(
        rf"(?<![\w.-])(?P<name>(?P<owner>(?:{word}[ ]){{1,2}})(?P<last>{word})s[ ](?:{owned_words}))(?![\w-])"
    )
    return founder, owned


@functools.lru_cache(maxsize=1)
def _fund_gates() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a match of each of :func:`_fund_patterns` holds: " <head>" and "s <owned word>"."""
    data = recall_cues()
    return tuple(f" {h}" for h in data["founder_fund_heads"]), tuple(f"s {w}" for w in data["owned_fund_words"])


def fund_candidates(text: str, stop_words: frozenset[str]) -> list[Candidate]:
    """Foundations named after their founder ("C. V. Holms Legat") or owned by a named
    organisation ("Sparekassen Nordbys fond"). The founder's or owner's last word must be a
    proper name, not a common word, and the name may not open with a function word."""
    if "egat" not in text and "fond" not in text:
        return []
    founder, owned = _fund_patterns()
    out = []
    for regex, parts in zip((founder, owned), _fund_gates()):
        if not any(part in text for part in parts):
            continue  # every match holds one of them
        for m in regex.finditer(text):
            words = m.group("name").split()
            last = m.group("last")
            if common_word(last) or common_word(last.rstrip("s")) or words[0] in stop_words:
                continue
            if regex is owned and len(words) < 3:
                continue  # "Holms fond": one word is no organisation's name
            out.append(Candidate(m.start("name"), m.end("name"), squash(m.group("name")), "organisation", 4,
                                 extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _partner_pattern() -> re.Pattern[str]:
    nouns = trie_regex(recall_cues()["partnership_nouns"])
    donors = trie_regex(recall_cues()["donor_phrases"])
    item = rf"(?:{CAP_WORD})(?:[ ](?:{CAP_WORD})){{0,3}}"
    return Prefiltered(re.compile(  # tried only where a noun or donor phrase begins
        rf"(?<![\w-])(?:(?i:{nouns})[ ](?:med|mellem)|(?i:{donors}))[ ]"
        rf"(?P<items>{item}(?:(?:,[ ]|[ ](?:og|samt)[ ]){item}){{0,4}})(?![\w-])"
    ), prefix_starts([*recall_cues()["partnership_nouns"], *recall_cues()["donor_phrases"]], not_after=r"[\w-]",
                     ignore_case=True))


_PARTNER_SEPARATOR = re.compile(r",[ ]|[ ](?:og|samt)[ ]")
INITIALS = re.compile(rf"[{UPPER}](?:\.[{UPPER}])*")  # "A.P", "J.C", "A": initials cut at their last dot


def _partner_name(words: list[str], places: frozenset[str], stop_words: frozenset[str]) -> bool:
    name = " ".join(words)
    endings = tuple(recall_cues()["not_partner_endings"])
    if name in places or words[0] in stop_words or words[-1].lower().endswith(endings):
        return False
    if len(words) == 1 and "-" in name and name.rsplit("-", 1)[1][:1].islower():
        return False  # "A-kasserne", "EU-landene": a kind named by a compound, no one organisation
    if len(words) == 1:  # one word: an acronym or a proper name, no common noun
        return len(name) >= 3 and (name.isupper() or not common_word(name)) and name not in first_names()
    if words[0] in first_names() and all(w[:1].isupper() and w[1:].islower() for w in words):
        return False  # "Bo Hansen": a person
    if words[0] in places and all(common_word(w) or w in places for w in words[1:]):
        return False  # "Nordby Midtby": a place and its part
    return not all(common_word(w) for w in words)


# two names joined by "og" before a capitalised plural definite head ("Villum og Velux Fondene")
_SHARED_PLURAL_HEAD = re.compile(rf"[{UPPER}][\w-]+[ ]og[ ][{UPPER}][\w-]+[ ][{UPPER}][{LOWER}]+(?:erne|ene)")


def partner_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The partners named after a word for a collaboration ("i samarbejde med Nordby Efterskole
    og LBR Vestby", "partnerskabsaftale mellem Region Nord samt University College Nord") and the
    donors after a word for support ("støttet af Vestby Rotary"): each
    capitalised name of the list that is no place, person, pool or plan, nor only common words."""
    out = []
    for m in _partner_pattern().finditer(text):
        pos = m.start("items")
        shared = _SHARED_PLURAL_HEAD.fullmatch(m.group("items"))
        if shared is not None:  # "Villum og Velux Fondene": two names sharing one plural head, one party
            out.append(Candidate(m.start("items"), m.end("items"), m.group("items"), "organisation", 2,
                                 extra={"surface": True}))
            continue
        for part in _PARTNER_SEPARATOR.split(m.group("items")):
            start = text.index(part, pos)
            pos = start + len(part)
            words = part.split()
            if text.startswith((" for ", " til "), pos):
                continue  # "Ministeriet for By, Bolig …": the name goes on past the list
            if text.startswith(".", pos) and INITIALS.fullmatch(words[-1]):
                continue  # "A.P. Møllers Støttefond": initials that open a longer name
            if _partner_name(words, places, stop_words):
                out.append(Candidate(start, start + len(part), part, "organisation", 2, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _contract_list_pattern() -> re.Pattern[str]:
    between = trie_regex(recall_cues()["contract_between_words"])
    plurals = trie_regex(recall_cues()["municipality_plurals"])
    item = rf"[{UPPER}][\w-]+"
    return re.compile(
        rf"(?<![\w-])(?:{between})[ ][^.:;\n]{{1,120}}?[ ](?:{plurals}):[ ]"
        rf"(?P<items>{item}(?:,[ ]{item})*,?[ ](?:og|samt)[ ]{item})(?![\w-])"
    )


_LIST_ITEM = re.compile(rf"[{UPPER}][\w-]+")


def contract_municipality_candidates(text: str) -> list[Candidate]:
    """Municipalities named bare as the parties of an agreement ("aftalen er indgået mellem
    Væksthus Nord samt de tre kommuner: Nordby, Vestby og Østby"): each one a party under its
    official name ("Nordby Kommune"), as the golds name a municipality that acts, where every item
    of the list is a municipality's name."""
    if "ommuner" not in text:
        return []
    gazetteers = load_gazetteers()
    out = []
    for m in _contract_list_pattern().finditer(text):
        items = list(_LIST_ITEM.finditer(text, m.start("items"), m.end("items")))
        if all(i.group() in gazetteers.municipality_names for i in items):
            out += [Candidate(i.start(), i.end(), gazetteers.municipality(i.group()).official_name, "organisation", 3)
                    for i in items]
    return out


@functools.lru_cache(maxsize=1)
def _named_municipalities_pattern() -> re.Pattern[str]:
    item = rf"[{UPPER}][\w-]+"
    return re.compile(
        rf"(?<![\w-])(?:{trie_regex(recall_cues()['named_municipalities']['leads'])})[ ]"
        rf"(?P<items>{item}(?:,[ ]{item})*,?[ ](?:og|samt)[ ]{item})(?![\w-])"
    )


def named_municipality_list_candidates(text: str) -> list[Candidate]:
    """Municipalities listed after "Kommunerne" opening a sentence ("Kommunerne Nordby, Vestby og Østby fik
    grønt lys …"): the councils themselves as its subject, each a party "X Kommune"; inside a sentence ("i
    kommunerne Nordby og Vestby", "tildelt kommunerne …") they stay places. Every item must be a
    municipality's name."""
    if "ommunerne " not in text:
        return []
    index = load_gazetteers().municipality_index
    out = []
    for m in _named_municipalities_pattern().finditer(text):
        if not at_sentence_start(text, m.start()):
            continue  # "tildelt kommunerne Lolland og Læsø": the places that receive; the subject opens a sentence
        items = list(_LIST_ITEM.finditer(text, m.start("items"), m.end("items")))
        found = [index.get(i.group().casefold()) for i in items]
        if all(found):
            out += [Candidate(i.start(), i.end(), entry.official_name, "municipality", 3) for i, entry in zip(items, found)]
    return out


@functools.lru_cache(maxsize=1)
def _foreign_org() -> re.Pattern[str]:
    endings = trie_regex(recall_cues()["foreign_org_endings"])
    return re.compile(rf"[{UPPER}](?<![\w-](?s:.))[{LOWER}]{{3,}}(?i:{endings})(?![\w-])")


def foreign_org_candidates(text: str) -> list[Candidate]:
    """A one-word name with a foreign organisation's ending ("Sozialdienst", "Kreisverband"),
    which no Danish word has; a word the Danish list knows is left out."""
    out = []
    for m in _foreign_org().finditer(text):
        if common_word(m.group()):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(), "organisation", 2, extra={"surface": True}))
    return out


def linking_brand(parts: list[str]) -> bool:
    """True for a one-word brand led by a compound's linking form and a capitalised noun
    ("BørneTelefonen", "UngeLinjen")."""
    return len(parts) == 2 and parts[0] in cues()["parties"]["linking_forms"] and len(parts[1]) >= 4


@functools.lru_cache(maxsize=1)
def _article_name() -> re.Pattern[str]:
    verbs = trie_regex(recall_cues()["article_name_verbs"])
    return re.compile(
        rf"(?P<name>D(?<![\w-](?s:.))(?:et|en)[ ](?P<adj>[{UPPER}][{LOWER}]+e)[ ](?P<noun>[{UPPER}][{LOWER}]{{2,}}))"
        rf"[ ](?:{verbs})(?![\w-])"
    )


def article_name_candidates(text: str) -> list[Candidate]:
    """A name of an article, a capitalised adjective and a noun that acts ("Det Faglige Hus ejer
    grunden", "Den Grønne Kreds står bag"). Adjectives of time or order ("Den Nye …") are left out."""
    if "Det " not in text and "Den " not in text:
        return []
    skip = set(cues()["parties"]["not_name_adjectives"])
    out = []
    for m in _article_name().finditer(text):
        if m.group("adj").lower() in skip:
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "organisation", 3,
                             extra={"surface": True}))
    return out


_CAMEL_PARTS = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}[{UPPER}][{LOWER}]{{2,}}")


def case_variants(forms: tuple[str, ...]) -> list[str]:
    """A listed one-word brand with an inner capital also as texts write it with one capital
    ("FynBus" → "Fynbus", "TrygFonden" → "Trygfonden"), where that form is no common word."""
    out = []
    for form in forms:
        if " " in form or not _CAMEL_PARTS.fullmatch(form):
            continue
        variant = form[0] + form[1:].lower()
        if not common_word(variant):
            out.append(variant)
    return out


@functools.lru_cache(maxsize=1)
def _housing_owner() -> re.Pattern[str]:
    nouns = trie_regex(recall_cues()["housing_owned_nouns"])
    word = rf"[{UPPER}][{LOWER}]+"
    return Prefiltered(  # tried only at a capital that begins a word
        re.compile(rf"(?<![\w.-])(?P<name>(?:{word}[ ]){{0,2}}{word})s[ ](?:{nouns})(?![\w-])"),
        re.compile(rf"[{UPPER}](?<![\w.-](?s:.))"),
    )


@functools.lru_cache(maxsize=1)
def _housing_owned() -> tuple[str, ...]:
    """What a match of :func:`_housing_owner` holds: a genitive's "s", a space and an owned noun."""
    return tuple(f"s {noun}" for noun in recall_cues()["housing_owned_nouns"])


def _housing_word(word: str) -> bool:
    data = recall_cues()
    return word.startswith(tuple(data["housing_name_starts"])) or (
        word.endswith(tuple(data["housing_name_endings"])) and len(word) >= 6)


_TITLE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}\.?[ \t]+)?$")


def _title_verb_first(text: str, start: int, word: str) -> bool:
    """A capitalised infinitive that opens an agenda title ("Godkende", "Beslutte"): a common word in -e
    at a line's start, after the item's number, and no housing word."""
    return (word.endswith(tuple(recall_cues()["infinitive_endings"])) and common_word(word) and not _housing_word(word)
            and _TITLE_START_BEFORE.search(text, max(0, start - 12), start) is not None)


def housing_owner_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """A housing organisation named as the owner of a department, a building project or homes
    ("Vestby Bolig Administrations byggeri", "Socialt Boligbyggeris afd. 3", "Ungbos projekt"):
    a name with a housing part, not a place, not a listed common word alone."""
    if "olig" not in text and "bo" not in text:
        return []
    out = []
    for m in _housing_owner().finditer_lines(text, _housing_owned()):  # the lines with "s " and a noun
        words = m.group("name").split()
        while words and words[0] in stop_words:
            words = words[1:]
        if len(words) > 1 and _title_verb_first(text, m.end("name") - len(" ".join(words)), words[0]):
            words = words[1:]  # "99. Godkende Lejerbos projekt …": the agenda title's verb, then the owner
        if not words or not any(_housing_word(w) for w in words) or " ".join(words) in places:
            continue
        if len(words) == 1 and (common_word(words[0]) or listed_word(words[0])):
            continue  # "Almenbolig", "Ungdomsbolig": a kind of home, no name
        if first_names() and words[0] in first_names():
            continue
        name = " ".join(words)
        start = m.end("name") - len(name)
        out.append(Candidate(start, m.end("name"), name, "organisation", 3, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _visit_pattern() -> re.Pattern[str]:
    cues_ = trie_regex(recall_cues()["company_visit_cues"])
    token = rf"(?:(?:[{UPPER}]\.){{1,3}}|[{UPPER}][\w&-]*)"
    return re.compile(rf"(?<![\w-])(?i:{cues_})[ ](?P<name>{token}(?:[ ]?{token}){{0,3}})(?![\w-])")


def visited_company_candidates(text: str, places: frozenset[str]) -> list[Candidate]:
    """The firm a committee or a person visits ("virksomhedsbesøg hos K.B. Holm", "firmabesøg
    hos Nordby Stål"): named by the visit as a company, also when its name looks like a person's."""
    if "besøg" not in text:
        return []
    out = []
    for m in _visit_pattern().finditer(text):
        name = m.group("name")
        if name in places or all(common_word(w) for w in name.split()):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "company", 3, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _board_of_pattern() -> re.Pattern[str]:
    cues_ = trie_regex(recall_cues()["board_of"]["cues"])
    word = rf"(?:[{UPPER}]{{2,}}|[{UPPER}][{LOWER}][\w&-]*)"
    return re.compile(rf"(?<![\w-])(?:{cues_})[ ](?P<name>{word}(?:[ ]{word}){{0,3}})(?![\w-])")


def _board_owner_words(words: list[str], places: frozenset[str], stop_words: frozenset[str]) -> list[str]:
    """The words of the name after a board's word, without what runs on after it: a person ("Østjysk Bolig
    Else Christensen"), an acronym after words in small letters ("Østdansk Turisme KKR Sjælland"), the next
    title's verbal noun ("Voksenspecialskolen Udpegning"), the next body's name ("Nordby Trafikselskab
    Erhvervsudvalget"), a stop word or a place that follows a common word."""
    for i, word in enumerate(words[1:], 1):
        if word in first_names() or (word.isupper() and not words[i - 1].isupper()) or _title_verbal_noun(word) \
                or word.casefold().endswith(_DEFINITE_BODY_ENDINGS):
            words = words[:i]
            break
    while words and (words[-1] in stop_words or words[-1] in places and len(words) > 1 and common_word(words[-2])):
        words.pop()
    return words


_DEFINITE_BODY_ENDINGS = tuple(recall_cues()["board_of"]["definite_body_endings"])
_VERBAL_NOUN_ENDINGS = tuple(recall_cues()["board_of"]["verbal_noun_endings"])


def _title_verbal_noun(word: str) -> bool:
    """A capitalised verbal noun that opens an agenda title ("Udpegning", "Godkendelse", "Orientering")."""
    return word.endswith(_VERBAL_NOUN_ENDINGS) and common_word(word)


def board_of_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The organisation a board belongs to ("Udpegning til bestyrelsen for Østdansk Turisme", "medlem af
    repræsentantskabet i Boligselskabet Nord"): a name with a board is an organisation; not a place, a
    person or one common word."""
    if "bestyrelse" not in text and "repræsentantskab" not in text and "direktion" not in text:
        return []
    out = []
    for m in _board_of_pattern().finditer(text):
        words = _board_owner_words(m.group("name").split(), places, stop_words)
        name = " ".join(words)
        if not name or name in places or words[0] in first_names() or words[0] in stop_words \
                or (len(words) == 1 and (common_word(name) or area_like(name))):
            continue  # "bestyrelsen for Skolen": a kind of institution; "bestyrelsen i Ringparken": the estate's
        out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "organisation", 3,
                             extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _example_list_pattern() -> re.Pattern[str]:
    leads = trie_regex(recall_cues()["example_list_leads"])
    item = rf"[{UPPER}][\w:&'’-]*(?:[ ][{UPPER}][\w:&'’-]*){{0,3}}"
    return re.compile(rf"(?<![\w-])(?:{leads})[ ](?P<items>{item}(?:,[ ]{item})*,?[ ](?:og|samt)[ ]{item})(?![\w-])")


_EXAMPLE_ITEM = re.compile(r",[ ]|,?[ ](?:og|samt)[ ]")


def _other_kind_of_name(name: str, places: frozenset[str], stop_words: frozenset[str]) -> bool:
    """True for an item of a list of organisations that names something else: a place, a town or
    municipality, a person (a first name opens it), a function word or one common word."""
    words = name.split()
    return (name in places or words[0] in first_names() or words[0] in stop_words
            or (len(words) == 1 and (common_word(name) or _indefinite_compound(name)))
            or load_gazetteers().town_or_municipality(name))


def _indefinite_compound(word: str) -> bool:
    """A compound of common words in its indefinite form ("Idrætsbyggeri", "Handicapfaciliteter"): a category of
    a list of grants, where a one-word organisation's name is definite ("Mødrehjælpen", "Landsbyggefonden")."""
    return not word.lower().endswith(("en", "et", "ne")) and compound_head(word) is not None


def example_list_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The items of a list of examples one of which is an organisation by name or by its word ("blandt andet
    Grennessminde, Specialisterne og Glad Fonden"): each item that is no place, person or common word is an
    organisation too."""
    if not any(f"{lead} " in text for lead in recall_cues()["example_list_leads"]):
        return []
    gaz = load_gazetteers()
    out = []
    for m in _example_list_pattern().finditer(text):
        items, pos = [], m.start("items")
        for part in _EXAMPLE_ITEM.split(m.group("items")):
            pos = text.index(part, pos)
            items.append((part, pos))
            pos += len(part)
        if not any(gaz.organisations_named(name) or any(org_cue(w) for w in name.split()) for name, _ in items):
            continue
        for name, at in items:
            if _other_kind_of_name(name, places, stop_words):
                continue
            out.append(Candidate(at, at + len(name), name, "organisation", 2, extra={"surface": True}))
    return out


# "Hadsund Badmintonklub, 25.000 kroner." / "IF Trojka, Hammershøj, 60.000 kroner.": a line of a list of grants,
# the receiver (maybe with its town after a comma) and the amount
# also with dashes: "Nordby Roklub - 10.000 kroner", "Nordby IF - Minihold - 6.000 kroner" (the project between),
# and with a colon: "• Plejehjemmets Venner: 10.000 kr."
_GRANT_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[•*-][ \t]*)?(?P<name>[{UPPER}0-9][^,\n:\"”“]{{1,80}}?)"
    rf"(?:(?:,[ ][{UPPER}][\w-]+)?,[ ]|(?:[ ][-–][ ][^\n]{{1,60}}?)?[ ][-–][ ]|:[ ]"
    rf"|(?::[ ]|[ ]?)[\"”“][^\n]{{1,200}}?,[ ])"  # "- Nordby Spejderne: "Nyt klubhus" (Nordby), 50.000 kroner"
    rf"{_SUM}\.?[ \t]*$"
)


# "• Cykleklubben Fix 25.000", "• Nordby Roklub 30.000 kroner": a bulleted line of a list of grants, the receiver and
# its amount after a space only (a thousands' separator makes the number a sum)
_GRANT_BULLET_LINE = re.compile(
    rf"(?m)^[ \t]*[•*▪·][ \t]*(?P<name>[{UPPER}][^,\n:]{{1,80}}?)[ ]\d{{1,3}}(?:\.\d{{3}})+(?:[ ](?:{_CURRENCY}))?\.?[ \t]*$"
)


_NICKNAME_BEFORE_SUM = re.compile(r"(?P<quoted>[ ]?[\"”“][^\"”“\n]{1,60}[\"”“]),[ ]\d")


def grant_list_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The receivers of a list of grants, one per line with its amount ("Hadsund Badmintonklub, 25.000
    kroner.", at least three such lines): each receiver named by capitalised words, no place, person or
    activity ("Fastelavn på Torvet fra Spejderne": the project, not who receives), is an organisation."""
    matches = list(_GRANT_LINE.finditer(text)) if " kr" in text else []
    if len(matches) < recall_cues()["grant_lists"]["min_lines"]:
        matches = list(_GRANT_BULLET_LINE.finditer(text)) if any(b in text for b in "•*▪·") else []
    if len(matches) < recall_cues()["grant_lists"]["min_lines"]:
        return []
    not_words = frozenset(recall_cues()["grant_lists"]["not_words"])
    out = []
    for m in matches:
        name = m.group("name").strip()
        nickname = _NICKNAME_BEFORE_SUM.match(text, m.end("name"), m.end())
        if nickname is not None:  # "Nordby Kirkes Gospelkor ”Spirits of Joy”, 12.000 kroner": the quoted name
            name = text[m.start("name"):nickname.end("quoted")]  # is the receiver's own
        words = name.split()
        lower = [w for w in words if w[:1].islower()]
        if len(lower) > 2 or any(w in not_words for w in lower) or len(words) > 8:
            continue  # a sentence or an activity "fra" its organiser
        if _other_kind_of_name(name, places, stop_words):
            continue
        out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "organisation", 2, extra={"surface": True}))
    return out


# "Liv i Sydby - Sydby Borgerforening (280.000 kr.)": a line of a list of grants, the project, a dash, the receiver
# and its amount in brackets (the last dash of the line opens the receiver)
_GRANT_DASH_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[•*][ \t]*)?[^\n]{{3,160}}[ ][-–][ ](?P<name>[{UPPER}0-9][^\n()]{{1,80}}?)[ ]"
    rf"\({_SUM}\)\.?[ \t]*$"
)


def grant_dash_line_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The receivers of a list of grants written as "project - receiver (amount)", one per line: each
    receiver that is no place, person or common word is an organisation."""
    if " kr" not in text:
        return []
    matches = list(_GRANT_DASH_LINE.finditer(text)) if "(" in text else []
    if len(matches) < recall_cues()["grant_lists"]["dash_min_lines"]:
        return []
    out = []
    for m in matches:
        name = m.group("name").strip()
        if len(name.split()) > 8 or _other_kind_of_name(name, places, stop_words):
            continue
        out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "organisation", 2, extra={"surface": True}))
    return out


# "3. Der bevilges et tilskud på 43.792 kr. til Arcus.": a line of a list of grants that closes on its receiver
# (maybe with what the money is for after a comma: "… til Nordby Gymnastikforening, klubhuset.")
_GRANT_TO_LINE = re.compile(
    rf"(?m)^[^\n]{{0,120}}[ ]{_SUM}[ ]til[ ](?P<name>[{UPPER}0-9][^\n,.;:()]{{0,60}}?)(?:,[^\n]{{1,60}})?\.?[ \t]*$"
)


def grant_to_line_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The receivers of a list of grants told one per line, each line closing on "<sum> til <receiver>." (three
    lines at least, as the other grant lists): each receiver that is no place, person or common word is an
    organisation."""
    if " til " not in text or " kr" not in text:
        return []
    matches = list(_GRANT_TO_LINE.finditer(text))
    if len(matches) < recall_cues()["grant_lists"]["min_lines"]:
        return []
    out = []
    for m in matches:
        name = m.group("name").strip()
        if not name or len(name.split()) > 8 or _other_kind_of_name(name, places, stop_words):
            continue
        out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "organisation", 2, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _count_words() -> dict[str, int]:
    """The number words that count a list ("to" … "tyve"), by their value."""
    return {str(w): int(n) for w, n in read_yaml("numbers.yaml")["units"].items() if 2 <= int(n) <= 20}


@functools.lru_cache(maxsize=1)
def _counted_organisations() -> re.Pattern[str]:
    data = recall_cues()["counted_organisations"]
    counts = trie_regex(list(_count_words()))
    nouns = trie_regex(data["nouns"]).replace("\\ ", "[ ]")
    return re.compile(rf"(?<![\w])(?P<count>(?i:{counts})|\d{{1,2}})[ ](?:[{LOWER}-]+[ ]){{0,2}}(?:{nouns}):[ ]"
                      rf"(?P<items>[^\n.;:!?]+)")


_LIST_SPLIT = re.compile(r",[ ]|(?<!-)[ ](?:og|samt)[ ]")  # not "Alkohol- og Stofbehandling"
_LOWER_LEAD = re.compile(rf"(?:[{LOWER}][\w-]*[ ])+(?=[{UPPER}])")  # "det sociale behandlingstilbud Revanche"


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items between ``start`` and ``end``, split at commas, "og" and "samt"."""
    spans, pos = [], start
    for sep in _LIST_SPLIT.finditer(text, start, end):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, end))
    return spans


def counted_organisation_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The names listed after a count and a plural noun of organisations and a colon ("fem godkendte aftenskoler:
    AOF Nordby, LOF Sydby, … og Dalby Husflid"), as many as the count says (give or take one): each name that is
    no place, person or common word is an organisation; a name led by its kind in small letters is the name alone."""
    if ":" not in text:
        return []
    data = recall_cues()["counted_organisations"]
    units = _count_words()
    out = []
    for m in _counted_organisations().finditer(text):
        word = m.group("count").lower()
        count = int(word) if word.isdigit() else units[word]
        items = []
        for start, end in _parts(text, m.start("items"), m.end("items")):
            lead = _LOWER_LEAD.match(text, start, end)
            start = lead.end() if lead else start
            items.append((start, text[start:end].strip()))
        if len(items) < data["least"] or abs(len(items) - count) > data["slack"]:
            continue
        if any(not name[:1].isupper() or len(name.split()) > 6 for _, name in items):
            continue  # "tre tilbud: et værested, en café og …": no list of names
        for start, name in items:
            if not _other_kind_of_name(name, places, stop_words):
                out.append(Candidate(start, start + len(name), name, "organisation", 2, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _amount_led_list() -> re.Pattern[str]:
    data = recall_cues()["grant_lists"]
    tails = trie_regex(data["amount_led_tails"]).replace("\\ ", "[ ]")
    openers, nouns = trie_regex(data["receiver_list_openers"]), trie_regex(data["receiver_list_nouns"])
    heads = trie_regex(data["receiver_list_heads"])
    verbs = trie_regex(data["receiver_lead_verbs"])
    members = trie_regex(data["member_list_leads"]).replace("\\ ", "[ ]")
    bullet = r"[ \t]*[•*▪·-][ \t]*[^\n]+"
    plain = rf"[ \t]*[{UPPER}][^\n.!?:•*▪·]{{1,60}}"  # a name alone on its line, no sentence
    # "60.000 kroner til hver af følgende:", "Følgende organisationer har modtaget …:", "Modtagerne af … er:",
    # "Modtagere af støtte i 2018:", "De foreninger, som hver modtager 10.000 kr., er:", "… sammensat af repræsentanter for:"
    lead = (rf"{_SUM}[ ](?:{tails})"
            rf"|(?:{openers})[ ](?:{nouns})[ ][^\n:]{{1,100}}|(?:{heads})[ ][^\n:]{{0,100}}"
            rf"|[^\n:]{{0,60}}[ ](?:{verbs})[ ][^\n:]{{0,60}}[ ]er|[^\n:]{{0,80}}[ ](?:{members})")
    return re.compile(
        rf"(?m)^[ \t]*(?:{lead}):[ \t]*\n(?P<items>(?:[ \t]*\n)*{bullet}(?:\n(?:[ \t]*\n)*{bullet})*"
        rf"|(?:[ \t]*\n)*{plain}(?:\n(?:[ \t]*\n)*{plain}){{2,}}$)"
    )


_BULLET_NAME = re.compile(
    rf"^[ \t]*(?:[•*▪·-][ \t]*)?(?P<name>[{UPPER}0-9][^\n(,:]*?)"
    rf"(?=[ ]\(|,|:|[ ](?:{trie_regex(recall_cues()['grant_lists']['bullet_name_stops'])})[ ]|[ ]i[ ][{UPPER}]|[ \t]*$)", re.M
)


def amount_led_list_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The receivers bulleted under one sum ("60.000 kroner til hver af følgende:" then "• Bedre Psykiatri") or
    under a line that announces them ("Følgende organisationer har modtaget …:", "Modtagerne af midlerne er:"):
    each receiver's name (before a bracket, a comma, its town or what it does) that is no place, person or
    common word is an organisation."""
    if ":\n" not in text and not re.search(r":[ \t]+\n", text):
        return []
    out = []
    for m in _amount_led_list().finditer(text):
        for b in _BULLET_NAME.finditer(text, m.start("items"), m.end("items")):
            name = b.group("name").strip().rstrip(".")  # "• Odense.": the list's full stop
            if not name or len(name.split()) > 8 or _other_kind_of_name(name, places, stop_words):
                continue
            out.append(Candidate(b.start("name"), b.start("name") + len(name), name, "organisation", 2,
                                 extra={"surface": True}))
    return out


# "Pengene blev fordelt som følger: Nordby Forsamlingshus 33.125 kr., Sydby Roklub, Vestby 6.000 kr., …": a list of
# grants run on in one paragraph, each receiver (maybe with its town after a comma) before its amount
_INLINE_GRANT = re.compile(
    rf"(?:(?<=:[ ])|(?<=[a-zæøå0-9],[ ]){''.join(f'|(?<={re.escape(w)},[ ])' for w in recall_cues()['grant_lists']['currency_words'])})"
    rf"(?P<name>[{UPPER}][^,\n:;]{{1,70}}?)(?:,[ ][{UPPER}][\w-]+)?,?[ ]"
    rf"{_SUM}(?=,[ ]|[ ]og[ ]|[ ]til[ ]|\.?[ \t]*$|\.[ ])", re.M
)
# "… til afholdelse af to koncerter. Nordby Studenterrevy, 12.000 kr. til årets forestilling. Opera i Børnehøjde,
# Sydby, 10.000 kr. …": the same list told in sentences, each opening with its receiver, a comma (maybe the town and
# another comma) and the amount, then what it is for
_SENTENCE_GRANT = re.compile(
    rf"(?:(?<=[.!?\"”][ ])|^)(?P<name>[{UPPER}][^,\n:;.]{{1,70}}?)(?:,[ ][{UPPER}][\w-]+)?,[ ]"
    rf"{_SUM}(?=[ ]til[ ]|,[ ]|[ ]og[ ]|\.?[ \t]*$|\.[ ])", re.M
)
# "Ved uddelingen modtog: Nordby Jægerklubs Blæsergruppe kr. 4.000 – Ældre hjælper ældre kr. 4.000 – …": the same
# list with the currency before each amount and the items set off by dashes
_DASHED_GRANT = re.compile(
    rf"(?:(?<=:[ ])|(?<=[ ][-–][ ])|(?<=[ ]og[ ]))(?P<name>[{UPPER}][^\n:;–]{{1,70}}?)[ ]kr\.[ ]\d[\d.]*(?:,\d+)?"
    rf"(?=[ ][-–][ ]|[ ]og[ ]|,[ ]|\.?[ \t]*$|\.[ ])", re.M
)
_PROJECT_AFTER_DASH = re.compile(r"[ ][-–][ ].*$")
# "Kvindecenter Nordby får 25.000 kr.": the verb of receiving before the amount is no part of the name
_VERB_AFTER_NAME = re.compile(rf"[ ](?:{trie_regex(recall_cues()['grant_lists']['receiver_lead_verbs'])})$")


def inline_grant_list_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The receivers of a list of grants run on in one paragraph ("… som følger: Nordby Forsamlingshus
    33.125 kr., Sydby Roklub 6.000 kr., …", "… 5.000 kr. til materiel, Nylars Koret 10.000 kr. til …", "modtog:
    Nordby Miniby kr. 4.000 – Antidote kr. 4.000 – …"; three items at least): each receiver (before a dash that
    names its project) that is no place, person or common word is an organisation."""
    if " kr" not in text:
        return []
    by_line: dict[int, dict[int, re.Match[str]]] = {}  # line -> end of the amount -> match
    least = recall_cues()["grant_lists"]["min_lines"]
    line_start = 0
    for line in text.split("\n"):  # only a paragraph with as many sums as a list needs is read
        line_end = line_start + len(line)
        if line.count(" kr") >= least:
            found = by_line.setdefault(line_start, {})
            for pattern in (_INLINE_GRANT, _SENTENCE_GRANT, _DASHED_GRANT):
                for m in pattern.finditer(text, line_start, line_end):  # one receiver per amount: the one whose
                    if m.end() not in found or m.start("name") < found[m.end()].start("name"):  # name opens first
                        found[m.end()] = m  # ("Sydby Kor, Sønderby, 10.000 kr.": not the town)
        line_start = line_end + 1
    out = []
    for found in by_line.values():
        if len(found) < least:
            continue
        for m in found.values():
            name = _VERB_AFTER_NAME.sub("", _PROJECT_AFTER_DASH.sub("", m.group("name")).strip())
            lower = [w for w in name.split() if w[:1].islower()]
            if len(name.split()) > 8 or len(lower) > 3 or _other_kind_of_name(name, places, stop_words):
                continue
            out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "organisation", 2,
                                 extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _school_board_pattern() -> re.Pattern[str]:
    data = recall_cues()["school_boards"]
    owners = trie_regex(data["owner_endings"])
    boards = trie_regex(data["board_nouns"])
    return re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]*(?:{owners})[ ](?:{boards}))(?![\w-])")


def school_board_candidates(text: str) -> list[Candidate]:
    """A school's board named by the school's genitive ("Dialogmøde med Bakkeskolens bestyrelse",
    "formand for Engskolens skolebestyrelse", "Henvendelse fra Åskolens fællesbestyrelse"): the
    board is a body of its own, named with its school."""
    if "skolens " not in text:
        return []
    return [Candidate(m.start(), m.end(), m.group("name"), "body", 3, extra={"surface": True})
            for m in _school_board_pattern().finditer(text)]


@functools.lru_cache(maxsize=1)
def _form_led_pattern() -> re.Pattern[str]:
    forms = "|".join(re.escape(f) for f in recall_cues()["leading_company_forms"])
    word = rf"[{UPPER}][\w&-]*"
    return re.compile(rf"(?<![\w/-])(?:{forms})[ ](?P<words>{word}(?:[ ]{word}){{0,3}})(?![\w/-])")


# the word before a match on its line: a capitalised one ends a name the form closes ("Nordby Mad I/S …")
_WORD_BEFORE = re.compile(r"(?P<word>[^\s]+)[ \t]+$")


def form_led_company_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """A company named after its legal form ("vedtægter for I/S Nordaffald", "gebyrer fra I/S
    Vestaffald og I/S Sydvarme"): the form opens the name where no capitalised word stands before it
    (there the form closes the name before it, "Nordby Mad I/S Regnskab 2020"); the name's words run
    on while capitalised and no common word, so a heading run on after it stays out ("I/S Nordaffald
    Oprettelse af …" names "I/S Nordaffald")."""
    if "/S " not in text:
        return []
    out = []
    for m in _form_led_pattern().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _WORD_BEFORE.search(text, max(line_start, m.start() - 40), m.start())
        if before is not None and before.group("word")[:1].isupper():
            continue
        words = []
        for w in m.group("words").split(" "):
            if common_word(w) or w in stop_words or w in places:
                break
            words.append(w)
        if not words or (len(words) == 1 and words[0] in first_names()):
            continue
        end = m.start("words") + len(" ".join(words))
        out.append(Candidate(m.start(), end, text[m.start():end], "company", 3, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _lowercase_kind_pattern() -> re.Pattern[str]:
    data = recall_cues()
    heads = trie_regex(data["lowercase_kind_heads"])
    endings = trie_regex(data["lowercase_kind_endings"])
    word = rf"[{UPPER}](?:[{UPPER}]{{1,4}}|[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    return re.compile(
        rf"(?<=[{LOWER},][ ])(?P<name>(?P<words>{word}(?:[ ](?:&[ ])?{word})?)[ ](?:{heads}|[{LOWER}]{{3,}}(?:{endings})))(?![\w-])"
    )


def lowercase_kind_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """A local organisation written as its capitalised name and a lower-case noun for its kind inside
    a sentence ("medlem af Dansk Xforening", "støtter Nordby spejderne", "henvendelse til NV forsyning"):
    each capitalised word is an acronym, a place, a national adjective or a proper word that is no
    common word and no first name."""
    data = recall_cues()
    if not any(h in text for h in (*data["lowercase_kind_heads"], *data["lowercase_kind_endings"])):
        return []
    leads = frozenset(data["lowercase_kind_leads"])
    out = []
    for m in _lowercase_kind_pattern().finditer(text):
        words = [w for w in m.group("words").split(" ") if w != "&"]  # "Nordby & Sydby lokalråd": two places
        if words[0] in stop_words and words[0] not in leads:
            continue
        if not all(w in leads or w.isupper() or w in places
                   or (not common_word(w) and w not in first_names() and w not in stop_words) for w in words):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), squash(m.group("name")), "organisation", 3,
                             extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _inner_lowercase_pattern() -> Prefiltered:
    data = recall_cues()
    endings = trie_regex(data["inner_lowercase_endings"])
    heads = trie_regex(data["inner_lowercase_heads"])
    bare = trie_regex([h.capitalize() for h in data["inner_lowercase_heads"]])  # "Det sociale Nævn"
    return Prefiltered(re.compile(  # tried only at a capital that begins a word
        rf"(?<![\w-])(?P<name>(?P<lead>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ ]"
        rf"(?:og[ ]omegns|[{LOWER}]{{2,}}(?:{endings}))[ ](?:[{UPPER}][{LOWER}]*(?:{heads})|{bare}))(?![\w-])"
    ), first_chars(UPPER))


@functools.lru_cache(maxsize=1)
def _inner_lowercase_words() -> tuple[str, ...]:
    """What a match of :func:`_inner_lowercase_pattern` holds, one at least: " og omegns " or an ending and a space."""
    return (" og omegns ", *(f"{e} " for e in recall_cues()["inner_lowercase_endings"]))


def inner_lowercase_candidates(text: str, places: frozenset[str]) -> list[Candidate]:
    """An organisation's name with a lower-case adjective or "og omegns" between its first word and
    its capitalised head ("Nordby almennyttige Boligselskab", "Det sociale Nævn", "Sydby og omegns
    Borgerforening"): the first word is a place, "Det"/"Den" or a proper word that is no common word
    (nor a definite noun's genitive: "Byens lokale …") and no first name."""
    if " og omegns " not in text and not any(f"{e} " in text for e in recall_cues()["inner_lowercase_endings"]):
        return []
    out = []
    for m in _inner_lowercase_pattern().finditer_lines(text, _inner_lowercase_words()):  # matches stay within a line
        lead = m.group("lead")
        if not (lead in ("Det", "Den") or lead in places or (
                not common_word(lead) and not (lead.endswith("s") and common_word(lead[:-1]))
                and not lead.endswith(("ens", "ets", "nes")) and lead not in first_names())):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "organisation", 3,
                             extra={"surface": True}))
    return out


# what a line with a match of :func:`_coordinated_unit_pattern` holds: the joint before the unit's last word
_COORDINATED_UNIT_GATE = re.compile(rf"[ ](?:og|&)[ ][{UPPER}]")


@functools.lru_cache(maxsize=1)
def _coordinated_unit_pattern() -> re.Pattern[str]:
    before = trie_regex(recall_cues()["coordinated_unit_before"])
    verbs = trie_regex(recall_cues()["coordinated_unit_verbs"])
    adverbs = trie_regex(recall_cues()["coordinated_unit_adverbs"])
    word = rf"[{UPPER}][{LOWER}]+"
    unit = rf"(?:{word},[ ])*{word}[ ](?:og|&)[ ](?:{word}|[{UPPER}]{{2,3}})"
    return re.compile(
        rf"(?<![\w-])(?:{before})[ ](?P<name>{unit})(?![\w-])(?![ ][{UPPER}])"
        # "Plan og Byg indstiller, at …": the unit opens a line or a sentence and acts
        rf"|(?:^|(?<=\n)|(?<=[.!?:][ ]))(?P<subject>{unit})(?=(?:[ ](?:{adverbs}))?[ ](?:{verbs})(?![\w-]))"
    )


def coordinated_unit_candidates(text: str) -> list[Candidate]:
    """A municipal unit named by two or more coordinated capitalised common nouns right after a
    preposition of dealing with it ("i samarbejde med Økonomi og Personale", "Beslutning fra Plan,
    Miljø og Teknik", "en sag i Børn og Familie") or opening a sentence as the subject of a verb of its
    work ("Plan og Byg indstiller, at …"): every word is a common noun in its indefinite
    form (no place, no person, no definite body like "Byrådet" nor its genitive: "Økonomiudvalgets og Byrådets
    godkendelse" names two bodies, no plan or pool); the last may be the acronym of a field of work
    ("Digitalisering og IT")."""
    if " og " not in text and " & " not in text:
        return []
    not_endings = tuple(recall_cues()["coordinated_unit_not_endings"])
    acronyms = frozenset(recall_cues()["coordinated_unit_acronyms"])
    out = []
    pattern = _coordinated_unit_pattern()
    # a unit holds " og " or " & " before a capital and no line break: only the lines with one are scanned
    # (the look-arounds at a line's end see a line break or the text's end, which they treat alike)
    found = line_matches(text, _COORDINATED_UNIT_GATE, pattern)
    for m in found:
        group = "name" if m.group("name") else "subject"
        words = [w for w in re.split(r",?[ ](?:og[ ]|&[ ])?", m.group(group)) if w]
        if not all((w in acronyms and w == words[-1]) or common_word(w) and w not in first_names() and not w.endswith(("et", "en", "ne", "ets", "ens", "nes"))
                   and not (w.lower().endswith(not_endings) and w.lower() not in ("plan", "tillæg")) for w in words):
            continue
        out.append(Candidate(m.start(group), m.end(group), m.group(group), "organisation", 3,
                             extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])Region[ ](?P<name>[{UPPER}][{LOWER}]{{3,}})(?![\w-])")


@functools.lru_cache(maxsize=1)
def _listed_regions() -> frozenset[str]:
    gaz = load_gazetteers()
    return frozenset(f for r in gaz.regions for f in (r.name, *r.aliases))


def unlisted_region_candidates(text: str) -> list[Candidate]:
    """A region no list holds ("Region Østdanmark", a foreign "Region Halland") where it is not
    only a place after a locative word: "Region" and one capitalised proper name."""
    if "Region " not in text:
        return []
    locatives = set(recall_cues()["region_locatives"])
    listed = _listed_regions()
    out = []
    for m in _region_pattern().finditer(text):
        full = m.group()
        if full in listed or common_word(m.group("name")) or full.endswith("s") and full[:-1] in listed:
            continue
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1] in locatives:
            continue
        out.append(Candidate(m.start(), m.end(), full, "organisation", 2, extra={"surface": True}))
    return _with_name_leads(text, out)


# a capitalised word inside a sentence right before "Region": "til Business Region Nordby"
_LEAD_WORD_BEFORE = re.compile(rf"(?<=[{LOWER},][ ])[{UPPER}][{LOWER}]{{3,}}[ ]$")


def _with_name_leads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Opens each unlisted region's name at the word that leads it inside a sentence somewhere in
    the text ("Business Region Nordby"): the name in the English manner, wherever it stands."""
    leads: dict[str, str] = {}
    for c in cands:
        m = _LEAD_WORD_BEFORE.search(text, max(0, c.start - 30), c.start)
        if m is not None:
            leads[c.name] = m.group()
    for c in cands:
        lead = leads.get(c.name)
        if lead is not None and text.endswith(lead, 0, c.start):
            c.start -= len(lead)
            c.name = text[c.start:c.end]
    return cands


@functools.lru_cache(maxsize=1)
def _route_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = trie_regex(recall_cues()["route_nouns"])
    word = rf"[{UPPER}][\w-]*"
    first = re.compile(rf"(?<![\w-])(?i:{nouns})[ ]mellem[ ]$")
    second = re.compile(rf"(?<![\w-])(?i:{nouns})[ ]mellem[ ]{word}(?:[ ]{word})?[ ](?:og|til)[ ]$")
    return first, second


def route_end(text: str, start: int) -> bool:
    """True for a name at either end of a route ("en sti mellem Nordby og Sydby", "busruten mellem
    X og Y"): a place the route joins, not an organisation."""
    first, second = _route_patterns()
    return bool(first.search(text, max(0, start - 40), start) or second.search(text, max(0, start - 80), start))


@functools.lru_cache(maxsize=1)
def _regional_board_pattern() -> re.Pattern[str]:
    gaz = load_gazetteers()
    regions = trie_regex([r.short for r in gaz.regions if r.short] + [r.name for r in gaz.regions])
    heads = trie_regex(recall_cues()["regional_board_endings"])
    return re.compile(
        rf"(?P<board>[{UPPER}](?<![\w-](?s:.))[{LOWER}]*(?:{heads}))[ ](?:i[ ])?(?P<region>{regions})(?![\w-])"
    )


def regional_board_candidates(text: str) -> list[Candidate]:
    """A board set up for one region, named with the region ("Taxinævnet Hovedstaden",
    "Klagenævnet i Region Sjælland"): the region's name is part of the board's name."""
    if "nævn" not in text:
        return []
    return [Candidate(m.start(), m.end(), m.group(), "body", 5, extra={"surface": True})
            for m in _regional_board_pattern().finditer(text)]


__all__ = [
    "INITIALS",
    "article_name_candidates",
    "capitals_name_candidates",
    "case_variants",
    "compass_brand",
    "false_compound_place",
    "foreign_org_candidates",
    "form_led_company_candidates",
    "fund_candidates",
    "housing_owner_candidates",
    "linking_brand",
    "municipality_acts",
    "owned_document",
    "named_by_kind",
    "official_mention",
    "partner_candidates",
    "regional_board_candidates",
    "route_end",
    "recall_cues",
    "school_board_candidates",
    "unlisted_region_candidates",
    "visited_company_candidates",
]


@functools.lru_cache(maxsize=1)
def _place_tail_pattern() -> re.Pattern[str]:
    word = rf"[{UPPER}][{LOWER}]+"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{word}s[ ])?(?P<head>{word})[ ]i[ ](?P<place>[{UPPER}][{LOWER}][\w-]*[{LOWER}]))"
        rf"(?![\w-])(?![ ]+[{UPPER}0-9])"
    )


# what a line with a match of :func:`_place_tail_pattern` holds: " i " and the place's first two letters
_PLACE_TAIL_GATE = re.compile(rf"[ ]i[ ][{UPPER}][{LOWER}]")


def place_tail_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """A local association named by a compound kind word and "i" with the place it belongs to
    ("Grundejerforeningen i Nordbyvænge", "Idrætssamvirke i Sydby", "Fællesrådets Byggeselskab i
    Vestby"): the place is part of the name. The kind word must be a compound (a bare "Foreningen
    i Nordby" is a kind and a place); the place must be a proper word alone (not "i Nordby Kommune",
    where the municipality is the place of a kind) and not a common word."""
    heads = tuple(recall_cues()["place_tail_heads"])
    if " i " not in text:
        return []
    out = []
    for m in line_matches(text, _PLACE_TAIL_GATE, _place_tail_pattern()):  # a match stays within its line
        head, place = m.group("head"), m.group("place")
        low = head.casefold()
        if not any(low.endswith(h) and len(low) - len(h) >= 3 for h in heads):
            continue
        if common_word(place) or place in stop_words or place.casefold() in ("danmark",):
            continue
        if place.endswith("s") and place[:-1] in places:
            continue  # "… i Nordbys midtby": the place's genitive owns the next noun
        out.append(Candidate(m.start("name"), m.end("name"), squash(m.group("name")), "organisation", 3,
                             extra={"surface": True, "tail_place_start": m.start("place")}))
    return out


_CAPS_WORD = rf"[{UPPER}][{UPPER}0-9]*(?:-[{UPPER}][{UPPER}0-9]*)*"
# a run of two or more words in capitals, not glued to a further word in capitals on either side
# the first word's capital first, then what may stand before it: the regex engine skips to capitals
_CAPS_RUN = re.compile(rf"[{UPPER}](?<![\w-](?s:.))(?<![{UPPER}][ ](?s:.))[{UPPER}0-9]*(?:-[{UPPER}][{UPPER}0-9]*)*"
                       rf"(?:[ ]{_CAPS_WORD})+(?![\w-])(?![ ][{UPPER}]{{2}})")
_CAPS_NAME_MAX = 4  # words of a name in capitals


@functools.lru_cache(maxsize=1)
def _capitals_cues() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data, parties = recall_cues(), cues()["parties"]
    endings = tuple({*(s.casefold() for s in parties["name_suffixes"]), *data["capitals_body_endings"]})
    local = frozenset(h.casefold() for h in parties["local_heads"] if " " not in h)
    heads = frozenset(h.casefold() for h in parties["name_heads"])
    return (endings, local, heads, frozenset(data["capitals_name_openers"]), frozenset(data["capitals_lead_words"]))


def _capitals_form(word: str) -> str:
    """A word in capitals as a name writes it: capitalised parts, a short acronym kept ("VMOK")."""
    low = word.casefold()
    if len(word) <= 4 and not common_word(low.capitalize()) and not any(c in "AEIOUYÆØÅ" for c in word[1:]):
        return word
    return "-".join(p.capitalize() for p in word.split("-"))


def _capitals_body(words: list[str]) -> int | None:
    """Where the body's name begins in a run of words in capitals, or None: a name that ends in a
    body's word ("HOVE VANDVÆRK", "NORDBY KOMMUNE") after proper words, or one that opens with a
    body's head word and goes on with a proper word ("GRUNDEJERFORENINGEN NORDSTRAND")."""
    endings, local, heads, openers, leads = _capitals_cues()
    low = [w.casefold() for w in words]
    for i, w in enumerate(low[:-1]):
        if w in heads and not _common_caps(low[i + 1]) and low[i + 1] not in leads:
            return i
    last = low[-1]
    if not (last in local or last in endings or any(last.endswith(e) and len(last) - len(e) >= 3 for e in endings)):
        return None
    start = len(words) - 1
    while start > 0 and len(words) - start < _CAPS_NAME_MAX:
        prev = low[start - 1]
        if prev in leads:
            break
        if _common_caps(prev) and prev not in openers:
            if not _place_genitive(low, start - 1, leads):
                break
            start -= 1  # "NORDBY SOGNS MENIGHEDSRÅD": a proper word's genitive of a kind owns the body
        start -= 1
    return start if start < len(words) - 1 else None


def _place_genitive(low: list[str], i: int, leads: frozenset[str]) -> bool:
    """``low[i]`` is a common noun's genitive ("sogns", "kommunes") after a proper word ("nordby")."""
    return (i > 0 and low[i].endswith("s") and common_word(low[i][:-1].capitalize())
            and low[i - 1] not in leads and not _common_caps(low[i - 1]))


def _common_caps(word: str) -> bool:
    """A word in capitals (lower-cased) that is a common word, or a common noun's genitive ("skolens")."""
    return common_word(word.capitalize()) or word.endswith("s") and common_word(word[:-1].capitalize())


def capitals_name_candidates(text: str) -> list[Candidate]:
    """A body's name of two to four words written in capitals, as titles and headers write it
    ("HOVE VANDVÆRK - REFERAT AF GENERALFORSAMLING", "DANSKE ÆLDRERÅD tager afstand"), with the
    words of a title's lead before it left out ("REFERAT AF MØDE I …")."""
    out = []
    for m in _CAPS_RUN.finditer(text):
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group())]
        words = [m.group()[s:e] for s, e in spans]
        found = next(((k, start) for k in range(len(words), 1, -1)
                      if (start := _capitals_body(words[:k])) is not None), None)
        if found is None:  # the name may stand before a heading's words ("… ÆLDRERÅD GODKENDT")
            continue
        k, start = found
        name_words = words[start:k][:_CAPS_NAME_MAX]
        end = m.start() + spans[start + len(name_words) - 1][1]
        out.append(Candidate(m.start() + spans[start][0], end, " ".join(_capitals_form(w) for w in name_words),
                             "organisation", 2))
    return out


@functools.lru_cache(maxsize=1)
def _capitals_committee() -> re.Pattern[str]:
    endings = "|".join(_capitals_committee_endings()[0])
    part = rf"[{UPPER}]{{2,}}-,?[ ]"
    return re.compile(rf"(?<![\w-])(?P<name>(?:{part}(?:{part})*OG[ ])?[{UPPER}]{{3,}}(?:{endings}))(?P<gen>S)?(?![\w-])")


def _committee_form(word: str) -> str:
    """A committee's name in capitals as a name writes it: "MILJØ- OG TEKNIKUDVALGET" → "Miljø- og Teknikudvalget"."""
    return " ".join(w.lower() if w == "OG" else w.capitalize() for w in word.split(" "))


def capitals_committee_candidates(text: str) -> list[Candidate]:
    """A council or committee named by a compound word in capitals ("ØKONOMIUDVALGETS SAGER",
    "BØRN- OG SKOLEUDVALGET"): the body, in its definite form without the genitive."""
    endings, not_endings = _capitals_committee_endings()
    if not any(e in text for e in endings):
        return []
    return [Candidate(m.start("name"), m.end(), _committee_form(m.group("name")), "body", 3)
            for m in _capitals_committee().finditer(text) if not m.group("name").endswith(not_endings)]


@functools.lru_cache(maxsize=1)
def _capitals_committee_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings of a committee's word in capitals and those that make it no committee ("OMRÅDET")."""
    data = recall_cues()
    return (tuple(e.upper() for e in data["capitals_committee_endings"]),
            tuple(e.upper() for e in data["capitals_committee_not_endings"]))


@functools.lru_cache(maxsize=1)
def _grant_recipient_pattern() -> re.Pattern[str]:
    data = recall_cues()["grant_recipient"]
    verbs = trie_regex(data["verbs"]).replace("\\ ", "[ ]")
    auxiliaries = trie_regex(data["inverted_auxiliaries"])
    participles = trie_regex(data["inverted_participles"]).replace("\\ ", "[ ]")
    joints = "".join(rf"|(?<={re.escape(j)})" for j in data["clause_joints"])
    if data["line_label"]:  # "Nordfyn: " opening the line
        joints += rf"|^[{UPPER}][{LOWER}]{{2,20}}:[ ]"  # consumed: the name is read from its group
    fillers = rf"(?:(?:{trie_regex(data['fillers']).replace(chr(92) + ' ', '[ ]')})[ ])?"
    grant = rf"(?:(?:et[ ]|en[ ])?(?:{trie_regex(data['nouns'])})|[0-9][0-9.,]*[ ](?:{trie_regex(data['sum_units'])}))"
    word = rf"[{UPPER}0-9][\w&'’.-]*"
    name = rf"(?P<name>{word}(?:[ ](?:{word}|for|til|mod))*?)"
    # the recipient's town or site after "i"/"på" is left to the areas ("She Zone i Nordby får …")
    where = rf"(?:[ ](?:i|på)[ ][{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+)?)?"
    # a name of capitalised words (maybe with "for", "til", "mod" inside) opening a line, a sentence or a
    # clause, then the verb of receiving and the grant ("Nordby Museum fik et tilskud på …", "IOGT Nordby
    # fik tilsagn om …", "får 65.000 kroner": the sum as the grant); or the name after an auxiliary put
    # first ("Derudover har Nordby Skole modtaget 13.000 kroner")
    return re.compile(
        rf"(?:^|(?<=\n)|(?<=[.!?][ ]){joints}){name}{where}[ ](?:{verbs})[ ]{fillers}{grant}(?![\w-])"
        rf"|(?<![\w-])(?:{auxiliaries})[ ]{name.replace('name>', 'inverted>')}{where}[ ](?:{participles})[ ]{grant}(?![\w-])",
        re.MULTILINE,
    )


@functools.lru_cache(maxsize=1)
def _grant_gate() -> re.Pattern[str]:
    """A word of receiving: a line without one holds no recipient."""
    return re.compile(rf"(?:{trie_regex(recall_cues()['grant_recipient']['gate_words'])})[ ]")


def grant_recipient_candidates(text: str, places: frozenset[str]) -> list[Candidate]:
    """The recipient that opens a grant list's line or sentence ("Nordby Museum fik et tilskud på kr. 60.000
    til …", "Foreningen Vestlys fik tilsagn om lån på …", "She Zone i Nordby får 25.000 kroner …"): an
    organisation that receives, so a party; its town after "i" is left to the areas. Not a lone common word
    ("Projektet fik …", "Kommunen fik …"), a person, a place, or two receivers joined by "og" (read by the
    other rules)."""
    gate = _grant_gate()
    if gate.search(text) is None:
        return []
    out = []
    for m in line_matches(text, gate, _grant_recipient_pattern()):
        key = "name" if m.group("name") else "inverted"
        name = m.group(key)
        words = name.split()
        if len(words) == 1 and (common_word(name) or listed_word(name)) and not name.isupper():
            continue
        titled = len(words) >= 3 and all(w[:1].isupper() for w in words)  # "Den Gamle By", "Det Kongelige Teater"
        if words[0] in first_names() or name in places or (
                words[0] in recall_cues()["grant_recipient"]["not_openers"] and not titled):
            continue
        if area_like(words[0]) and all(w.isdigit() for w in words[1:]):
            continue  # "Egeparken 1 har fået 43 mio.": a housing estate's department, left to the areas
        out.append(Candidate(m.start(key), m.end(key), squash(name), "organisation", 2, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _quoted_body_pattern() -> re.Pattern[str]:
    heads = "|".join(recall_cues()["quoted_name_heads"])
    return re.compile(rf'(?<![\w-])(?:{heads})[ ]"[{UPPER}][^"\n]{{2,80}}"')


def quoted_body_candidates(text: str) -> list[Candidate]:
    """A body named by a head and a quoted name ('Udvalget "Læring og Trivsel for Børn og Unge"'):
    one name with its quotes and dashes as the text writes them."""
    if '"' not in text:
        return []
    return [Candidate(m.start(), m.end(), m.group(), "body", 5, extra={"surface": True})
            for m in _quoted_body_pattern().finditer(text)]


@functools.lru_cache(maxsize=1)
def _appointed_board_pattern() -> re.Pattern[str]:
    data = recall_cues()["appointed_board"]
    owners, boards = "|".join(data["owners"]), "|".join(data["boards"])
    return re.compile(
        rf"(?m)^[ \t]*(?:(?:[Åå]bent|[Ll]ukket)[ ]+)?\d{{1,3}}\.?[ ]+(?P<name>[{UPPER}][^\n,()]{{1,60}}?)"
        rf"(?:[ ]\([^()\n]{{1,40}}\))?,[ ](?:(?:{owners})[ ])?(?:{boards})[ \t]*$"
    )


def appointed_board_candidates(text: str) -> list[Candidate]:
    """The organisation whose board an agenda item's title names after a comma ("5 Nordby Mosteri, fondens
    bestyrelse", "22 Vestby Teater S/I, bestyrelsen"); a name with a comma of its own ("Bornpro, Nordby
    Produktionsskole, bestyrelsen") is left to the other rules."""
    if ", " not in text:
        return []
    out = []
    for m in _appointed_board_pattern().finditer(text):
        name = m.group("name").strip()
        if name[:1].isupper() and not name.isupper():
            out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "organisation", 6))
    return out


@functools.lru_cache(maxsize=1)
def _applicant_pattern() -> re.Pattern[str]:
    data = recall_cues()["applicant"]
    leads, inner = "|".join(data["leads"]), "|".join(map(re.escape, data["inner_words"]))
    word = rf"[{UPPER}][\w&'’-]*(?:/[{UPPER}][\w-]*)?(?![\w.])"  # "M/K"; not a word run into "…5 SAGER"
    return re.compile(
        rf"(?<![\w-])(?:{leads})[ ]fra[ ](?P<name>{word}(?:[ ](?:{word}|(?:{inner})(?=[ ][{UPPER}]))){{0,{data['max_words'] - 1}}})"
    )


@functools.lru_cache(maxsize=1)
def _title_applicant_pattern() -> re.Pattern[str]:
    data = recall_cues()["applicant"]
    inner = "|".join(map(re.escape, data["inner_words"]))
    requests = "|".join(map(re.escape, data["title_requests"]))
    links = "|".join(map(re.escape, data["title_request_links"]))
    labels = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in data["case_labels"])
    word = rf"[{UPPER}][\w&'’-]*(?![\w.])"
    # a line opened by a case's number ("67", "3."), or a case's label anywhere ("Sag nr. 18" also in a page's
    # index run onto one line), then the applicant and its request
    return re.compile(
        rf"(?:(?m:^)[ \t]*(?:(?:{labels})[ ])?\d{{1,3}}\.?[ \t]+|(?<![\w])(?:{labels})[ ]\d{{1,3}}\.?[ ]+)"
        rf"(?P<name>{word}(?:[ ](?:{word}|(?:{inner})(?=[ ][{UPPER}]))){{0,{data['max_words'] - 1}}})"
        rf"(?:[ ][-–])?[ ](?i:{requests})[ ](?:{links})[ ]"
    )


def applicant_candidates(text: str, places: frozenset[str], is_role: Any) -> list[Candidate]:
    """The organisation an application or request comes from, named in a case's title ("Ansøgning fra
    Boliggården om fleksible udlejningsregler", "Henvendelse fra Mødrerådgivningen M/K", "18 Nordby Jazzklub -
    ansøgning om tilskud"). Not a person (a first name opens it), a role ("Ansøgning fra Kommunalbestyrelsesmedlem
    …"), a place, or one common word."""
    out = []
    matches = list(_applicant_pattern().finditer(text)) if " fra " in text else []
    # the request word with either case of its first letter ("ansøgning", "Ansøgning")
    if any(f"{word[1:]} " in text for word in recall_cues()["applicant"]["title_requests"]):
        matches += _title_applicant_pattern().finditer(text)
    for m in matches:
        name = m.group("name").rstrip(".,")
        words = name.split()
        if words[0] in first_names() or is_role(words[0]) or name in places:
            continue
        if len(words) == 1 and (common_word(name) or listed_word(name)) and not name.isupper():
            continue
        if any(len(w) > 1 and w.isupper() and common_word(w.lower()) for w in words):
            continue  # "LUKKET SAG ØU - Ansøgning om …": a label in capitals before the title
        if words[0] in recall_cues()["applicant"]["not_title_openers"]:
            continue  # "2 Side Ø Ansøgning om …": a page's furniture before the title
        if words[-1].casefold().endswith(tuple(cues()["areas"]["street_after_place"])):
            continue  # "Punkt 9 Møllebakkevej - anmodning om optagelse som offentlig vej": a street
        out.append(Candidate(m.start("name"), m.start("name") + len(name), squash(name), "organisation", 1,
                             extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _meeting_holder() -> re.Pattern[str]:
    data = recall_cues()["meeting_holder"]
    leads = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in data["leads"])
    meeting = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in data["meeting_words"])
    word = r"[\w-]+"
    more = data["max_words"] - 2
    # the heading's first line: a page number, a lead, then the name in the genitive before "møde den", a list
    # of single words with "og" or "&" before the last ("Social og sundhed", "Unge, fritid og idræt")
    return re.compile(
        rf"(?m)^[ \t]*(?:\d{{1,3}}[ \t]+)?(?:(?:{leads})[ ])?"
        rf"(?P<name>[{UPPER}][\w-]*(?:,[ ]{word}){{0,{more}}}[ ](?:og|&)[ ]{word})s[ ](?:{meeting})(?![\w])"
    )


def meeting_holder_candidates(text: str) -> list[Candidate]:
    """The committee whose meeting a heading names, written in words of several kinds ("Social og
    sundheds møde den …", "Unge, fritid og idræts møde den …"): the body, a party."""
    if "s møde d" not in text:
        return []
    out = []
    for m in _meeting_holder().finditer(text):
        name = m.group("name")
        if any(ch.isdigit() for ch in name):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), squash(name), "body", 3))
    for name in {c.name for c in out}:
        out += _coordinated_holders(text, name)
    return out


def _coordinated_holders(text: str, holder: str) -> list[Candidate]:
    """Committees named by their field beside the meeting's own ("Sagen forelægges Børn, familier og
    forebyggelse og Social og sundhed", "Skole, klub og SFO og Unge, fritid og idræt drøftede"): bodies too."""
    field = rf"[{UPPER}][\w-]*(?:,[ ][\w-]+){{0,4}}[ ](?:og|&)[ ][\w-]+"
    known = re.escape(holder).replace(r"\ ", "[ ]")
    before = re.compile(rf"(?<![\w-])(?P<name>{field})[ ](?:og|samt)[ ]{known}(?![\w-])")
    after = re.compile(rf"(?<![\w-]){known}[ ](?:og|samt)[ ](?P<name>{field})(?![\w-])")
    return [Candidate(m.start("name"), m.end("name"), squash(m.group("name")), "body", 2)
            for pattern in (before, after) for m in pattern.finditer(text)]


@functools.lru_cache(maxsize=1)
def _employer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    preps = trie_regex(recall_cues()["employer"]["prepositions"])
    word = rf"[{UPPER}][\w'’-]*(?:\.[\w'’-]+)*"  # "A.P." inside, no sentence's full stop
    name = rf"(?P<name>{word}(?:[ ](?:&[ ]|og[ ])?{word}){{0,5}})"  # "Teknik og Miljø", "Brand & Kommunikation"
    after = r"(?=[ ]?[,.;:)]|[ ][a-zæøå(]|[ ]?\n|$)"
    # "direktør i Nordby Gruppen", "partner hos Holm Advokater": the role, a preposition, the name
    # (a role that opens a sentence in capitals is left out: "Direktøren for Social og Sundhed indstiller" names the
    # administration that recommends, as "Direktionen indstiller" does, and "Centerchef for Børn og Unge Eva Lund" is
    # a row of a list of staff)
    prose = re.compile(rf"(?<![\w-])(?P<role>[{LOWER}][\w-]{{3,}})[ ](?:{preps})[ ]{name}{after}")
    # "(analysechef, VisitNordby)", "(underdirektør, Kommunikation, Nordby Tivoli)": the role, then the employer last
    bracket = re.compile(rf"\((?:[\w.]+[ ])*(?P<role>[{LOWER}][\w-]{{3,}}),[ ](?:[{UPPER}][^(),\n]{{0,40}},[ ])?{name}\)")
    return prose, bracket


def _employer_name(name: str) -> str:
    """The employer's name without the next person's name run on after it ("Nordby Boligselskab Eva Lund", "… Fra
    kommunen:") and without a second organisation after "og" ("Nordby Boligselskab og Sydby Bolig"); a unit named
    by two fields stays whole ("Teknik og Miljø", "Sociale Forhold og Beskæftigelse")."""
    stops = recall_cues()["employer"]["name_stops"]
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and (
        w in first_names() or w in stops or "-" in w and w.split("-")[0] in first_names())), len(words))
    words = words[:cut]
    cue = max((i for i, w in enumerate(words[:-2]) if org_cue(w)), default=None)
    if cue is not None and all(w[:1].isupper() and not org_cue(w) for w in words[cue + 1:]):
        words = words[:cue + 1]  # "Nordby Boligforening Abdi Jama Ali": a person no list knows after the name
    if "og" in words:
        at = words.index("og")
        right = words[at + 1:]
        if len(right) != 1 or right[0].isupper() or words[0].isupper():
            words = words[:at]
    while words and words[-1] in ("og", "&"):
        words = words[:-1]
    return " ".join(words)


def _employer_role(role: str) -> bool:
    """A role that works for an organisation: a role word of the people's list or the employer's own, not a seat
    ("medlem for Venstre", "stedfortræder for Bo Dam") and not a portfolio ("rådmand for Sociale Forhold")."""
    from socdoc.extractors.people import role_word  # the roles' word list lives with the people
    data = recall_cues()["employer"]
    return ((role_word(role) or role in data["roles"]) and role not in data["not_roles"]
            and not role.endswith(tuple(data["portfolio_roles"])))


def _municipal_name(words: list[str]) -> bool:
    """A municipality's or a region's name or unit ("Nordby Kommune", "Region Nordby", "Nordby Kommune Eva Lund"):
    the municipalities' own rules decide whether it acts."""
    data = recall_cues()["employer"]
    heads = data["municipal_heads"]
    return bool(words) and (words[0] in heads or words[-1] in heads or any(w in data["municipal_inner"] for w in words))


def _no_employer_name(name: str, places: frozenset[str], stop_words: frozenset[str]) -> bool:
    """True for a name after a role that names no employer of its own: a suspended compound that another rule reads
    whole ("Børne- og Kultur…"), a file label ("J.nr"), an adjective ("Bystrategisk stab"), a place, a political
    party, a municipality or region (their own rules decide whether they act), a person or a common word."""
    data = recall_cues()["employer"]
    gaz = load_gazetteers()
    words = name.split()
    if not words or any(w.endswith("-") for w in words) or re.search(r"\.[a-zæøå]", name):
        return True
    if len(words) == 1 and (
            name.endswith(tuple(data["adjective_endings"])) or gaz.places_named(name) or listed_word(name)):
        return True
    if _municipal_name(words):
        return True
    return gaz.party(name) is not None or area_like(name) or _other_kind_of_name(name, places, stop_words)


def employer_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The organisation a named person works for, after the person's role ("Bo Holm, direktør i Nordby Gruppen",
    "partner hos Holm Advokater", "Eva Lund (analysechef, VisitNordby)"): it takes part through its employee."""
    out = []
    for pattern in _employer_patterns():
        for m in pattern.finditer(text):
            name = _employer_name(m.group("name").rstrip("."))
            if not _employer_role(m.group("role")) or _no_employer_name(name, places, stop_words):
                continue
            start = m.start("name")
            for part in _employers_of_plural_role(m.group("role"), name):  # "direktørerne for A og B": two employers
                at = start + name.index(part)
                out.append(Candidate(at, at + len(part), squash(part), "organisation", 2, extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _plural_role() -> re.Pattern[str]:
    return re.compile(rf"\w+(?:{'|'.join(re.longest_first(recall_cues()['plural_role_endings']))})")


def _employers_of_plural_role(role: str, name: str) -> list[str]:
    """The employer, or for a role in the plural the employers joined by "og" ("direktørerne for Nordby Sygehus og
    Psykiatrien"), each of more than one word."""
    if " og " not in name or not _plural_role().fullmatch(role):
        return [name]
    return [part for part in name.split(" og ") if " " in part]


@functools.lru_cache(maxsize=1)
def _named_receiver_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = recall_cues()["named_receivers"]
    word = rf"[{UPPER}][\w'’-]*(?:\.(?=[ ][{UPPER}]))?"  # "Sdr. Omme": an abbreviated word before the next
    links = trie_regex(data["name_links"])
    name = rf"(?P<name>{word}(?:[ ](?:(?:{links})[ ])?{word}){{0,6}})"
    leads = trie_regex(data["leads"]).replace("\\ ", "[ ]")
    lead = re.compile(rf"(?<![\w-])(?:{leads})[ ](?:blandt[ ]andet[ ])?{name}(?=,|\.|[ ]der[ ]|[ ]som[ ])")
    projects = trie_regex(data["project_words"]).replace("\\ ", "[ ]")
    bullet = re.compile(rf"(?m)^[ \t]*[•*▪·-][ \t]*(?P<name>[{UPPER}][^\n]{{1,60}}?)[ ](?:{projects})[ ]")
    return lead, bullet


def named_receiver_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """Receivers named after a lead ("Blandt de øvrige modtagere er Foreningen til Bevarelse af Nordby Mølle, der
    har fået …") or bulleted with their project ("• Nordby Kommune med projektet ”…”", two bullets at least): an
    organisation that receives is a party; a municipality is left to its own rules."""
    if "modtagere" not in text and " med " not in text:
        return []
    lead, bullet = _named_receiver_patterns()
    found = list(lead.finditer(text)) if "modtagere" in text else []
    bullets = list(bullet.finditer(text))
    if len(bullets) >= recall_cues()["named_receivers"]["min_bullets"]:
        found += bullets
    out = []
    for m in found:
        name = m.group("name").strip()
        if _other_kind_of_name(name, places, stop_words) or _municipal_name(name.split()):
            continue
        out.append(Candidate(m.start("name"), m.start("name") + len(name), squash(name), "organisation", 2,
                             extra={"surface": True}))
    return out


@functools.lru_cache(maxsize=1)
def _care_of_pattern() -> re.Pattern[str]:
    word = rf"[{UPPER}][\w'’-]*"
    links = trie_regex(recall_cues()["care_of"]["name_links"])
    name = rf"{word}(?:[ ](?:(?:{links})[ ])?(?:{word}|\d{{1,2}}(?![\w.,])))*"
    return re.compile(rf"(?<![\w/])v/[ ]?(?P<names>{name}(?:,[ ]{name})*)")


def care_of_candidates(text: str, places: frozenset[str], stop_words: frozenset[str]) -> list[Candidate]:
    """The organisations a project or grant is held by, after "v/" ("ved"): "… – operaprojekt v/ Den Ny Opera og
    Nordby Symfoniorkester", "Formidlingscenter v/ Fonden Nordby Mølle"; a list of them split at its commas and at
    an "og" between two names of two words or more ("Kalundborg og Omegns Museum" stays one). A person ("v/ Bo
    Dam", "v/ Forstander Eva Lund"), a place or a common word is left out."""
    if "v/" not in text:
        return []
    out = []
    for m in _care_of_pattern().finditer(text):
        at = m.start("names")
        for item in _care_of_items(m.group("names")):
            at = text.index(item, at)
            name = _employer_name(item)
            if name.split()[:1] and name.split()[0] in first_names():
                break  # "v/ Eva Lund, Institutleder, Nordby Universitet": the person's title and workplace follow
            if _care_of_name(name, places, stop_words):
                out.append(Candidate(at, at + len(name), squash(name), "organisation", 2, extra={"surface": True}))
            at += len(item)
    return out


def _care_of_name(name: str, places: frozenset[str], stop_words: frozenset[str]) -> bool:
    """A "v/" item that names an organisation: no title or label in it, no place, person or common word; a
    municipality's name stays ("v/ Nordby Kommune"), and a titled name may open with an article ("Den Ny Opera")."""
    words = name.split()
    if not words or any(_role_or_label(w) for w in words):
        return False
    titled = words[1:] if len(words) > 2 and words[0] in recall_cues()["care_of"]["title_articles"] else words
    return _municipal_name(words) or not _no_employer_name(" ".join(titled), places, stop_words)


def _care_of_items(names: str) -> list[str]:
    """The names of a "v/" list: split at commas, and at an "og" with two words or more on each side."""
    items = []
    for part in names.split(", "):
        left, sep, right = part.rpartition(" og ")
        if sep and len(left.split()) >= 2 and len(right.split()) >= 2:
            items += [left, right]
        else:
            items.append(part)
    return items


def _role_or_label(word: str) -> bool:
    """A person's title or a list's label inside a "v/" name ("Forstander", "Afbud")."""
    from socdoc.extractors.people import role_word

    return role_word(word.lower()) or word in recall_cues()["employer"]["name_stops"]
