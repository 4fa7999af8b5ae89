"""Evidence for the NER model's organisation names that no rule of socdoc found.

A name that only the model calls an organisation (every mention a model span, priority 0) is first
dropped when the document shows that it names something else. The mechanisms, each general:

- a document, date, case or kind-of-place word: a word of the name ends in such a noun
  (``document_heads``), as in agenda titles run together ("Nordby Mødedato", "Vestby
  Anlægsoversigt", "Skema B") or a place of a kind ("Nordby Idrætsby");
- a person: a name shaped like a person's in a comma list next to a person with a known first name
  ("Eva Holm, Povl Kylling Petersen, Bo Dam"), or an item between two such persons (the place a
  person comes from: "Eva Dam, Nordby-Sydby, Bo Holm");
- a topic: a describing adjective and common words only ("Sociale Forhold", "Udsatte Beboere");
- a place: a place prefix before places ("Høje Taastrup"), a postcode right before ("9200 Aalborg
  SV"), a street next to it in a comma list ("Nordvej, Vestbuen, Søgade"), or the model itself
  tagging the same words as a place or a person elsewhere in the text (unless the name holds an
  acronym: "Vestby HF & VUC"), or a place the gazetteers know after a locative word or closing a
  list of places after one ("i Nordby", "i Nordby, Sydby og Vester Lund"): such a name is also
  offered to the areas as the model's places are (``model_place_spans``);
- a code after a file label ("Sags ID: EMN", "Sagsinitialer: ABCD") or a label before a number
  ("Brevid: 3830997");
- a project named as such ("projekt: 'Grøn Fremtid'", "…, som projektet hedder");
- a building ("Kulturhus Stjernen", "Børnehuset Nordlys"): the site of a meeting or of works;
- a royal style cut out of a person's title ("Hendes Kongelige");
- a medium or a web address ("TV 2 Østjylland", "Boligbarometer.dk");
- a run of three or more acronyms: the legend of a minutes' committees ("PBU KMU BUU").

An organisation's head word or cue in the name's last word ("-foreningen", "Kommune", "Fonden";
``ner_org_cues.txt``) outweighs the word-shape mechanisms.

A name none of these rejects is then kept only on positive evidence that it names an organisation
(``model_name_evidence``): a false party misleads more than a missing one, and the model's
capitalised common words, events, places and products look like organisation names to it. In the
name itself:

- an organisation's word at its end or its head first ("Nordby Idrætsunion", "Team Miljø",
  "Sparekassen Vestby"; the parties' suffixes, ``ner_org_cues.txt`` and ``org_heads``), unless the
  name opens with a describing adjective ("Aktive Centre": a heading's topic);
- an acronym at its end ("Vestby HF & VUC"), or a name that is an acronym, written twice or more;
- a firm of surnames joined by "&" ("Friis & Moltke", "Holm & Co. Arkitekter");
- an electoral list ("Liste T").

Or in the text around a mention:

- a kind of organisation in lower case right before ("pensionskassen X", "arkitektfirmaet X");
- the sender after "fra" ("henvendelse fra X", "modtaget 2 mio. kr. fra X");
- a partner ("samarbejde mellem X og …", "aftale med X", "indgået mellem X", "ifølge X");
- a body that meets ("generalforsamling i X", "næste møde i X", "repræsentantskaber i Y og i X");
- the agent of a case's or a work's making ("forberedt af X", "tegnet af X"), a body set up
  ("har nedsat X"), or the recipient of a grant ("tilskud til X", "ekstra driftstilskud til X");
- the subject of a verb of acting ("X ansøger om …", "X, som bakker op …", "har X gennemført …"),
  unless a preposition before the name makes it a person's unit ("Direktøren for X indstiller").
"""

from __future__ import annotations

import functools
from typing import Any, Optional

from socdoc import lazy_re as re
from socdoc.extractors.entities import common_word, ents_of
from socdoc.extractors.name_runs import is_first_name
from socdoc.extractors.ner_accept import _place_word, org_cue
from socdoc.lang.da import read_yaml

UPPER = "A-ZÆØÅÉÜÖÄ"
LOWER = "a-zæøåéüöäß"

_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_PERSON_BEFORE = re.compile(rf"(?<![\w-])(?P<item>{_NAME_WORD}(?:[ ](?:[{UPPER}]\.|{_NAME_WORD})){{1,3}}),[ ]$")
_PERSON_AFTER = re.compile(rf",[ ](?P<item>{_NAME_WORD}(?:[ ](?:[{UPPER}]\.|{_NAME_WORD})){{1,3}})(?=,|[ ]og[ ]|\s|$|[|)])")
_POSTCODE_BEFORE = re.compile(r"(?<!\d)\d{4}[ ]$")
_LIST_ITEM_BEFORE = re.compile(rf"(?<![\w-])(?P<item>[{UPPER}][\w.-]*)[ ]?,[ ]$")
_LIST_ITEM_AFTER = re.compile(rf"[ ]?,[ ](?P<item>[{UPPER}][\w.-]*)(?![\w-])")
_NUMBER_AFTER = re.compile(r":[ ]*\d")
_MEDIUM = re.compile(rf"^(?:TV|DR|Radio)[ ]\d+[ ][{UPPER}]")
_WEB = re.compile(r"\.(?:dk|com|org|net|eu)$", re.IGNORECASE)
_PROJECT_BEFORE = re.compile(
    rf"(?i:projekt(?:et)?|kampagne(?:n)?|program(?:met)?)[:]?[ ]['‘’\"“”«]?(?:[{UPPER}][\w-]*[ ]){{0,3}}$"
)
_PROJECT_NAMED_AFTER = re.compile(r"['’\"”]?,?[ ]som[ ](?:projektet|stedet|huset|anlægget)[ ]hedder")


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return read_yaml("ner_evidence.yaml")


@functools.lru_cache(maxsize=1)
def _file_label() -> re.Pattern[str]:
    endings = "|".join(map(re.escape, _data()["file_label_endings"]))
    return re.compile(rf"(?i:[\w.-]*(?:{endings}))\.?:[ ]$")


def _words(name: str) -> list[str]:
    return [w.strip(",.:;'\"()") for w in name.split() if w.strip(",.:;'\"()")]


def _org_word(word: str) -> bool:
    from socdoc.extractors.parties import _is_org_word, _org_head_word

    return org_cue(word) or _is_org_word(word) or _org_head_word(word)


def _document_word(word: str) -> bool:
    low = word.lower()
    return any(low == h or (low.endswith(h) and len(low) - len(h) >= 3) for h in _data()["document_heads"])


def _document_name(words: list[str]) -> bool:
    """A word of the name that names a document, a date, a case or a kind of place ("Mødedato",
    "Anlægsoversigt", "Skema"), and no organisation's word at the end of the name."""
    return any(_document_word(w) for w in words) and not _org_word(words[-1])


def _topic(words: list[str]) -> bool:
    """A describing adjective, then common words only: a topic or a heading ("Sociale Forhold")."""
    content = [w for w in words if w not in ("&", "og")]
    return (len(content) > 1 and content[0].lower() in _data()["descriptive_adjectives"]
            and all(common_word(w) and not _org_word(w) for w in content))


def _royal_style(words: list[str]) -> bool:
    return all(w in _data()["royal_style"] for w in words)


def _building(words: list[str]) -> bool:
    """A building's name: "Kulturhus Stjernen", "Børnehuset Nordlys"."""
    first = words[0].lower()
    return len(words) > 1 and any(first == h or (first.endswith(h) and len(first) - len(h) >= 3)
                                  for h in _data()["building_heads"]) and not _org_word(words[-1])


def _prefixed_place(words: list[str]) -> bool:
    """A place prefix, then places only: "Høje Taastrup", "Nørre Nordby"."""
    return (len(words) > 1 and words[0] in _data()["place_prefixes"]
            and all(_place_word(w.removesuffix("s")) or _place_word(w) for w in words[1:]))


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _acronym_run(words: list[str]) -> bool:
    return len(words) >= 3 and all(_acronym(w) for w in words)


def _person_item(item: str) -> bool:
    words = item.split()
    return is_first_name(words[0]) and not (_org_word(words[0]) or common_word(words[0]))


def _in_person_list(text: str, start: int, end: int, words: list[str]) -> bool:
    """A name of two to four name-shaped words in a comma list whose neighbouring item is a person
    with a known first name: one more person ("Lars Holm, Povl Kylling Petersen, Eva Dam")."""
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(_NAME_WORD, w) for w in words):
        return False
    if any(_org_word(w) for w in words):
        return False
    before = _PERSON_BEFORE.search(text, max(0, start - 60), start)
    after = _PERSON_AFTER.match(text, end)
    return (before is not None and _person_item(before.group("item"))) or (
        after is not None and _person_item(after.group("item")))


def _between_people(text: str, start: int, end: int, words: list[str]) -> bool:
    """An item of a comma list between two persons with known first names, no organisation's word
    in it: one more person, or the place a person comes from ("Eva Dam, Nordby-Sydby, Bo Holm")."""
    if any(_org_word(w) for w in words):
        return False
    before = _PERSON_BEFORE.search(text, max(0, start - 60), start)
    after = _PERSON_AFTER.match(text, end)
    return (before is not None and _person_item(before.group("item"))
            and after is not None and _person_item(after.group("item")))


def _among_streets(text: str, start: int, end: int) -> bool:
    """An item of a comma list next to a street ("Nordvej, Vestbuen, Søgade"): a place on a route."""
    from socdoc.extractors.ner_accept import _street

    before = _LIST_ITEM_BEFORE.search(text, max(0, start - 40), start)
    after = _LIST_ITEM_AFTER.match(text, end)
    return any(m is not None and _street().search(m.group("item")) for m in (before, after))


_PLACE_ITEM = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"


@functools.lru_cache(maxsize=1)
def _locative_before() -> re.Pattern[str]:
    """A locative word right before the name, or before a list of places that the name closes
    ("i Nordby", "i Nordby, Sydby og Vester Lund")."""
    from socdoc.extractors.entities import cues

    words = "|".join(map(re.escape, cues()["areas"]["model_locative_words"]))
    return re.compile(rf"(?:^|[\s(])(?:{words})[ ](?:{_PLACE_ITEM},[ ])*(?:{_PLACE_ITEM}[ ](?:og|eller)[ ])?$")


def _plain_place_name(words: list[str]) -> bool:
    """A place the gazetteers know (a town, village, hamlet, neighbourhood, island), in name-shaped
    words only, with no organisation's word, acronym or digit in them."""
    from socdoc.extractors.areas import patterns

    return (0 < len(words) <= 3 and all(re.fullmatch(_NAME_WORD, w) for w in words)
            and not any(_org_word(w) for w in words) and " ".join(words) in patterns().kinds)


def _after_locative(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _locative_before().search(text, max(line_start, start - 80), start) is not None


def model_place_spans(text: str, doc: Any) -> list[tuple[int, int]]:
    """The model's organisation names that read as places: a known place's name after a
    locative word or closing a list of places after one ("i Nordby", "i Nordby, Sydby og Vester
    Lund"). The areas read them as they read the model's places (with all their checks)."""
    if doc is None:
        return []
    return [(s, e) for s, e in ents_of(doc, "ORG")
            if "\n" not in text[s:e] and _plain_place_name(_words(text[s:e])) and _after_locative(text, s)]


def _named_elsewhere_as_other(text: str, doc: Any, names: set[str]) -> bool:
    """The model tags the same words as a place or a person elsewhere in the text."""
    for label in ("LOC", "PER"):
        for s, e in ents_of(doc, label):
            if text[s:e].strip() in names:
                return True
    return False


def _mention_says_other(text: str, start: int, end: int) -> Optional[str]:
    """What one mention's context shows the name to be, or None."""
    if _POSTCODE_BEFORE.search(text, max(0, start - 6), start):
        return "postcode"
    if _file_label().search(text, max(0, start - 24), start) or _NUMBER_AFTER.match(text, end):
        return "file_label"
    if _PROJECT_BEFORE.search(text, max(0, start - 60), start) or _PROJECT_NAMED_AFTER.match(text, end):
        return "project"
    words = _words(text[start:end])
    if _in_person_list(text, start, end, words) or _between_people(text, start, end, words):
        return "person"
    if len(words) == 1 and _among_streets(text, start, end):
        return "place"
    return None


def unsupported_model_name(text: str, group: list[Any], doc: Any = None) -> Optional[str]:
    """Why a party that only the NER model found is something else (the mechanism's name), or None."""
    if any(c.priority != 0 or c.type != "organisation" for c in group):
        return None
    words = _words(group[0].name)
    if not words:
        return None
    if ":" in group[0].name:
        return "label"  # "HJØRRING:- Jobcentrene": a dateline or label run into the text, no one name
    if _royal_style(words):
        return "royal"
    if _MEDIUM.match(group[0].name) or _WEB.search(words[-1]):
        return "medium"
    if _acronym_run(words):
        return "acronyms"
    if _document_name(words):
        return "document"
    if _topic(words):
        return "topic"
    if _building(words):
        return "building"
    if _prefixed_place(words):
        return "place"
    if _plain_place_name(words) and all(_after_locative(text, c.start) for c in group):
        return "locative"
    reasons = {_mention_says_other(text, c.start, c.end) for c in group}
    if None not in reasons:
        return reasons.pop()
    written = {text[c.start:c.end].strip() for c in group}
    if (not _org_word(words[-1]) and not any(_acronym(w) for w in words) and doc is not None
            and _named_elsewhere_as_other(text, doc, written)):
        return "other_label"
    return None


def _org_head(word: str) -> bool:
    """A word that heads an organisation's name: a party suffix or head, an organisation cue, or a
    word (or a compound's end) of ``org_heads`` ("Idrætsunion", "Team", "Superbrugsen")."""
    word = word.strip("'’")
    if _org_word(word):
        return True
    low = word.lower().rsplit("-", 1)[-1]
    if low.endswith("s") and len(low) > 4 and (_org_word(low[:-1]) or low[:-1] in _data()["org_heads"]):
        return True  # a genitive: "Sparekassen Bikubens"
    return any(low == h or (low.endswith(h) and len(low) - len(h) >= 3) for h in _data()["org_heads"])


_ROMAN = re.compile(r"[IVXLC]+")
_ELECTORAL_LIST = re.compile(rf"Liste[ ][{UPPER}]")


def _name_acronym(word: str) -> bool:
    """An acronym of two to five capitals that is no Roman numeral ("VUC", "ALBOA"; not "III")."""
    return 2 <= len(word) <= 5 and _acronym(word) and not _ROMAN.fullmatch(word)


def _firm(words: list[str]) -> bool:
    """Surnames joined by "&" ("Friis & Moltke", "Holm & Co. Arkitekter"): a firm, not a
    department of common words ("Teknik & Miljø")."""
    if "&" not in words:
        return False
    at = words.index("&")
    if at == 0 or at == len(words) - 1:
        return False
    left, right = words[at - 1], words[at + 1]
    name_shaped = all(re.fullmatch(_NAME_WORD, w) and not common_word(w.lower()) for w in (left, right))
    return name_shaped or (right == "Co" and re.fullmatch(_NAME_WORD, left) is not None)


@functools.lru_cache(maxsize=1)
def _national_leads() -> frozenset[str]:
    """First words of a national body's name ("Dansk Byplanlab", "Danske Diakonhjem"): the parties' list."""
    from socdoc.extractors.entities import cues

    return frozenset(cues()["parties"]["national_leads"])


def _name_evidence(name: str, words: list[str], mentions: int) -> Optional[str]:
    """The evidence in the name itself that it names an organisation, or None."""
    if words[0].lower() in _data()["descriptive_adjectives"]:
        return None  # "Aktive Centre", "Borgernært Politi": a heading's topic
    if _org_head(words[-1]) or (len(words) > 1 and _org_head(words[0])):
        return "org_word"
    if _ELECTORAL_LIST.fullmatch(name):
        return "electoral_list"
    if len(words) > 1 and _name_acronym(words[-1]) and not any(len(w) == 1 and w.isupper() for w in words):
        return "acronym"
    if len(words) == 1 and _name_acronym(words[0]) and mentions > 1:
        return "acronym"
    if _firm(words):
        return "firm"
    if len(words) > 1 and words[0] in _national_leads() and words[1][:1].isupper():
        return "national"  # "Dansk Byplanlab", "Danske Diakonhjems"
    return None


_LOWER_WORD = rf"[{LOWER}]+"


@functools.lru_cache(maxsize=1)
def _context_patterns() -> dict[str, re.Pattern[str]]:
    from socdoc.extractors.entities import cues

    parties = cues()["parties"]
    data = _data()
    kinds = "|".join(map(re.escape, sorted({*data["kind_before_endings"], *parties["unit_appositions"]})))
    senders = "|".join(map(re.escape, sorted({*parties["sender_nouns"], *data["sender_words"]})))
    verbs = re.longest_first({*parties["acronym_subject_verbs"], *parties["applicant_verbs"], *parties["grant_receipt_verbs"],
                              *data["subject_verbs"]})
    return {
        "kind_before": re.compile(rf"(?<![\w-])(?:hos|(?:{_LOWER_WORD})?(?:{kinds}))[ ]$"),
        "sender": re.compile(rf"(?<![\w-])(?i:{senders})(?:[ ][\w.,]+){{0,4}}[ ]fra[ ]$"),
        "partner": re.compile(
            rf"(?<![\w-])(?:(?:{_LOWER_WORD})?(?:samarbejde|partnerskab|aftale|kontrakt)(?:en|et|r)?"
            rf"(?:[ ]{_LOWER_WORD}){{0,2}}[ ](?:mellem|med)|indgået[ ](?:mellem|med)|[Ii]følge)[ ]$"),
        "meeting": re.compile(
            rf"(?<![\w-])(?i:generalforsamling(?:en)?|repræsentantskab(?:et|er|smøde)?|bestyrelsesmøde|årsmøde|møde)"
            rf"(?:[ ]i[ ][^\n]{{1,40}}?[ ]og)?[ ]i[ ]$"),
        "subject": re.compile(rf"(?:'s)?[ ](?:{'|'.join(map(re.escape, verbs))})(?![\w-])"),
        "relative": re.compile(rf",[ ](?:som|der)[ ](?:også[ ])?(?:{'|'.join(map(re.escape, verbs))})(?![\w-])"),
        "agent": re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, data['agent_participles']))})[ ]af[ ]$"),
        "founded": re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, data['founding_verbs']))})[ ]$"),
        "grant": re.compile(rf"(?<![\w-])(?i:{_LOWER_WORD})?(?:tilskud|tilskuddet|bevilling|bevillingen)"
                            rf"(?:[ ]{_LOWER_WORD}){{0,2}}[ ]til[ ]$"),
        "inverted": re.compile(r"(?<![\w-])(?:har|havde|vil|ville|skal|skulle|kan|kunne|bør)[ ](?:også[ ])?$"),
    }


_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:for|af|i|på|til|med|om|fra|hos|under|ved|mod)[ ]$")


def _context_evidence(text: str, start: int, end: int) -> Optional[str]:
    """The evidence around one mention that the name is an organisation's, or None."""
    pats = _context_patterns()
    for kind in ("kind_before", "sender", "partner", "meeting", "agent", "founded", "grant"):
        if pats[kind].search(text, max(0, start - 80), start):
            return kind
    if pats["subject"].match(text, end) and not _PREPOSITION_BEFORE.search(text, max(0, start - 8), start):
        return "subject"
    if pats["relative"].match(text, end):  # "forelagt for X, som bakker op": X itself acts
        return "subject"
    if pats["inverted"].search(text, max(0, start - 16), start) and re.match(rf"[ ][{LOWER}]", text[end:end + 2]):
        return "subject"
    return None


def model_name_evidence(text: str, group: list[Any], doc: Any = None) -> Optional[str]:
    """What shows that a name only the NER model found names an organisation (the evidence's
    kind), or None: such a name is kept only with evidence."""
    words = _words(group[0].name)
    if not words:
        return None
    found = _name_evidence(group[0].name, words, len(group))
    if found is not None:
        return found
    if words[0].lower() in _data()["descriptive_adjectives"]:
        return None
    for c in group:
        found = _context_evidence(text, c.start, c.end)
        if found is not None:
            return found
    return None


def model_only(group: list[Any]) -> bool:
    """Every mention of the name is a span of the NER model, no rule's."""
    return all(c.priority == 0 and c.type == "organisation" for c in group)


__all__ = ["model_name_evidence", "model_only", "model_place_spans", "unsupported_model_name"]
