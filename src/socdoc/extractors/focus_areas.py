"""Focus areas: named indsatsområder / fokusområder / themes listed as such.

An opener starts a list of focus areas; the list follows it in one of these layouts:

- inline: "fire indsatsområder, hhv. A, B samt C", quoted items (which may hold commas), numbered
  items ("1) A, 2) B"), bullets flattened onto one line, also wrapped onto the next line; a
  headline's list ends with its line;
- bullet or numbered lines under the opener, each item's explanation cut off ("1. A: …",
  "A, hvor …", "A – …");
- short lines under the opener: with its count, one title per area each followed by a paragraph
  ("under fire indsatsområder:" then four titles), or plain lines, or "A: explanation" lines;
- without a count, short title lines right under the opener ("… følgende indsatsområder:",
  "Vores indsatsområder"), consecutive or apart by blank lines (a box or link per area on a web
  page, wrapped titles joined, "Læs mere" under each), or the first column of a table, ended by a
  paragraph or page furniture; consecutive menu lines ("Nyheder", "Kalender") are no list;
- the column of a table headed "Indsatsområde";
- a numbered label alone on its line over the area's name ("FOKUSOMRÅDE 1" / "En brugervenlig sektor
  ...... 10" in a table of contents, leaders and page number cut off, a wrapped name joined);
- a list set off by dashes or in parentheses after a counted noun ("tre spor - A, B og C - og …",
  "fire indsatsområder (A, B, C og D)"), in parentheses only with as many items as counted;
- bullets each explained by lines indented under them ("• Boliger til ældre" / "  Fordi …");
- a counted noun with a relative clause ending in a colon over exactly as many bullets ("fire strategiske
  spor, der er afgørende for samarbejdet:"), and a counted noun in a sentence ending its paragraph ("… for
  to af indsatsområderne under programmet.") over as many titles each followed by a paragraph;
- a counted noun inside a paragraph that goes on past it ("… opdelt i tre overordnede, strategiske
  fokusområder. Under hvert …") over exactly as many short bullets (or titles each over a paragraph) right
  under its line; a label before each item ("Spor 1: A") is no part of the name;
- a list that opens its sentence before a verb and a counted noun ("A, B, C og D udgør de fire byggesten"),
  exactly as many short items;
- headings that each stand over the same label line ("Nye initiativer:" over its bullets, two or more
  times): the headings are the areas, the bullets activities;
- short verbless theme phrases bulleted under a strategy heading and one sentence ending in a colon;
- lists a slide or PDF conversion flattened onto one line: a counted noun followed straight by numbered items
  ("fem fokusområder (og 24 indsatser) 1. A (3) 2. B (3) …", fewer where the saved text ends), numbered labels
  running on with their names ("… Indsatsområde 1 - A Aktivitet … Indsatsområde 2 B …", each name ended by the
  next capitalised word), and titles run together after a counted noun's colon ("fire temaer: Varsling Dialog og
  information Netværk", exactly as many as counted);
- a counted noun and its colon over as many titles, each over the bullets of its initiatives;
- the object of a verb of choosing that "som" names a list noun ("har udpeget A, B og C som rådets fokusområder",
  "… peget på A som et af fire indsatsområder");
- a general noun ending in a colon ("Følgende emner blev foreslået:") over bullets, lines or an inline list,
  in a section whose heading names themes ("3. Temaer for Ældrerådet 2026"), or after a policy or strategy
  that must describe them ("Politikken skal som minimum beskrive følgende områder:"); the list ends at the
  next agenda item's number, and an item added in parentheses loses them. A question or a relative clause
  about themes ("drøfte, hvilke temaer, som der er …") opens no inline list.

A title telling of more focus ("Øget fokus på A og B") heads a section of news and names areas only as a list of
three or more; "fokus på at:" over bullets introduces actions. A plain sentence of focus ("Der er fokus på A, B og C.",
"… ved at sætte fokus på A, B og C.") names areas only as three or more bare names (no article) ending the sentence.
A title line keeps a short subtitle after a dash ("Sammen om trivsel – hele livet"), unless it is a goal in short
("Tryghed – flere voksne i gaderne") or a sentence. Without a count, the last "og" of a comma list
is its own ("A, B og C og D" ends in "B og C" and "D"). Where a comma list's items hold "og" themselves, the count, capitals or earlier "X og Y" items tell
which "og" is the list's own ("fire indsatsområder: A og B, C, D og E og F og G"). A list of goal
sentences ("Flere unge skal i uddannelse"), a pool's categories described as activities for target
groups, or the initiatives of a plan ("følgende indsatser:") name no focus areas.

A list noun compounded with a ranking word ("hovedemner", "kernetemaer") is read as that noun. The object of a
focus phrase that only refers ("de børn, der …", "børnene") names no area, and "både …" or ", og de …" after it
ends the list.

Openers: a list noun with a count or a colon ("tre fokusområder:", "Fire indsatsområder" as a
title, "… består af tre indsatsområder." over titles), a general noun with a count and quoted
items ("fire områder: ”A”, ”B” og ”C”"), a definite noun or a verb ("indsatsområderne A og B",
"… indsatsområder for 2025 er A, B og C"), a focus phrase ("særligt fokus på A og B"), a title
"Fokus på A, B og C", "… fokus på:", numbered labels ("Indsatsområde 2: A"), a count of categories
opened by the next sentence ("… fire kategorier. Henholdsvis 1) A, 2) B …") or over as many capitalised
names ("to projektkategorier: A eller B"), and strategic goals counted over short verbless titles. A
counted list noun whose relative clause ends the sentence names its areas in as many bullets below
("fire faste temaer, der går igen hvert år." over four bullets) or in the next sentence ("… tre temaer,
hvor der er brug for …. Det drejer sig om A, B og C"); the clause's verbs are no items. The subject of
"X er et af foreningens kerneområder" is one area; "følgende områder, der er prioriteret:" opens a list.
A quoted item is kept whole, and a bullet's subtitle of nouns after a dash stays with it ("Internettet –
adfærd og normer"); words that enumerate ("for det første", "dels") are dropped. After a focus
phrase two coordinated abstract nouns are two areas ("uddannelse og forebyggelse af
misbrug"), as are a bare noun and a noun with its own adjective ("voldtægt og psykisk vold"); a
modifier after both nouns keeps them one ("børn og unge med psykiske udfordringer"), and in a
counted list a bare noun joins the phrase after it; "indkøbs- og lokalcentre" is no list. Goals, criteria and activities open no list; time expressions ("den kommende
tid"), references ("området"), open lists of examples ("…, lektiecafé mv."), lists of places or
amounts are no focus areas, and a list inside the explanation of an area found before is not
read again, nor a focus phrase in a section under a heading that speaks of a listed area, sharing a
longer word with it ("Hensynsløs kørsel skaber utryghed" over "… særligt fokus på unges knallertkørsel").
Words that give examples before an uncounted opener ("bl.a. dækker temaerne A, B og C", "blandt andet
særligt fokus på …") make a sample, no list; a task on one definite thing ("fokus på etablering af
klinikken i X", "… indretningen af de nye lokaler") and a phrase of aim beside the object ("fokus på A, en
ambition om B og et mål om C") are no areas; an item that starts with a verb or preposition makes the list
a sentence. A definite list noun takes its items directly ("inden for kerneområderne A, B og C"), and a
short relative clause that defines the indefinite noun ending a bullet line stays with it ("Beskæftigelse
og aktiviteter, der fører ledige nærmere et job"). After a definite list noun two bare abstract nouns are two areas, also before the sentence's verb ("Med
fokusområderne trivsel og dannelse støttes …"); a singular list noun after a preposition names the one noun that
ends its line ("status på fokusområde velfærdsteknologi"). Goals or activities that a clause makes the subject of a
modal verb ("fire indsatsområder, som aktiviteterne skal passe til:") do not turn the list into goals. In minutes,
the subjects proposed under an agenda item headed by themes ("Følgende emner blev foreslået:") are no focus areas.
A sentence that opens with its focus ("Fokus er på demokrati og bæredygtighed i …") names its bare one-word items;
a counted list noun ending its line without a colon ("Planen har tre indsatsområder") names exactly as many short
bullets below, and a focus line without its colon ("Der er særligt fokus på") short capitalised bullets; an item
that ends in a conjunction a conversion cut ("• Balance og") is the words before it; a singular list noun after a
determiner and a definite adjective names the quoted title after it ("det overordnede tema ”A”").
The Danish cues are in ``lang/da/focus_areas.yaml``.
"""

from __future__ import annotations

import functools
from socdoc import lazy_re as re
from dataclasses import dataclass, replace
from typing import Any, Iterator, Optional

from socdoc.lang.da import read_word_list, read_yaml
from socdoc.extractors.entities import (
    UPPER, Prefiltered, area_like, common_word, compound_head, lexicon_words, prefix_starts, trie_regex,
)
from socdoc.records import FocusArea

# A name, a dash and a subtitle of two or three coordinated nouns ("Sundhed – kost og bevægelse").
_SUBTITLE = re.compile(r"(?P<head>[^\n]+?)[ ]+[-–][ ]+(?P<tail>[a-zæøå]+(?:,[ ][a-zæøå]+)?[ ]og[ ][a-zæøå]+)")
# "Vi lever sammen: Fællesskaber og relationer": a title of two or more words and a capitalised subtitle of coordinated
# nouns after a colon (one or two words each side of "og"), which belongs to the name
_COLON_SUBTITLE = re.compile(rf"(?P<head>[{UPPER}][^\n:]*?[ ][^\n:]*?[^\d\s]):[ ]+"
                             r"(?P<tail>[A-ZÆØÅ][a-zæøå]+(?:[ ][a-zæøå]+)?(?:,[ ][a-zæøå]+)?[ ]og[ ][a-zæøå]+(?:[ ][a-zæøå]+)?)")
_QUOTES = "\"'‘’“”«»"
_QUOTED = re.compile(r"[\"'‘’“”«»](?P<item>[^\"'‘’“”«»\n]{2,80})[\"'‘’“”«»]")
# A bullet mark: a symbol, a number or letter with "." or ")", or the letter "o" that word processors
# print as a hollow bullet ("o   Sundhed"), only before a capital.
# Bullet glyphs: besides "•", "-" and "*", the squares, circles and arrows of word processors and the private-use
# Symbol/Wingdings bullets that PDF converters leave in the text.
_GLYPHS = "•*·–▪■□●◦○‣⁃➢►▶✓\uf0b7\uf0a7\uf0d8\uf0fc"
_MARK_ALTERNATIVES = rf"(?:[-{_GLYPHS}]|\d{{1,2}}[.)]|[a-z][.)]|\((?:\d{{1,2}}|[a-z])\)|[A-H][.)]|o(?=[ \t]+[A-ZÆØÅ]))"
_BULLET = re.compile(rf"(?m)^[ \t]*{_MARK_ALTERNATIVES}[ \t]+(?P<item>[^\n]{{2,800}})$")  # "A: a long explanation"
_MARKER = re.compile(r"(?<![\w(])\(?(?:\d{1,2}|[a-z])\)[ ]+")  # "1) A", "(1) A", "a) A"
_DOT_MARKER = re.compile(rf"(?<![\w.])(?P<n>\d)\.[ ]+(?=[{UPPER}])")  # "1. Tryghed 2. Job" flattened onto one line
_NUMBER_MARK = re.compile(r"[ \t]*\(?(\d{1,2})[.)]")  # the number of a numbered line ("4. Ny legeplads")
_MARK = re.compile(rf"^[ \t]*{_MARK_ALTERNATIVES}[ \t]+")
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|(?P<cells>[^\n]*?)\|?[ \t]*$")
_RULE = re.compile(r"[\s:|-]*")
_BULLET_WRAP = re.compile(r"\n[ \t]+(?![-•*·–][ \t])[a-zæøå][^\n]{0,60}?(?=[ \t]*$)", re.MULTILINE)  # an item's second line
_HEADER_ROW = re.compile(r"\n[ \t]*\|?[ \t]*:?-{2,}[\s:|-]*\n[ \t]*\|[^\n]*\S")  # a rule row, then a body row
_LINE_HEAD = re.compile(rf"[ \t]*(?:[-{_GLYPHS}][ \t]*)?")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")
_CLOSING_NAME = re.compile(rf"[{UPPER}][^\s.!?:;]*(?:[ ][^\s.!?:;]+){{0,5}}[.!]?[ \t]*(?=\n|\Z)")
_PREVIOUS_LINE = re.compile(r"(?:^|\n)(?P<line>[^\n]*\S[^\n]*)\n(?:[ \t]*\n)*[ \t]*\Z")  # the last non-blank line
_DEEP_WRAP = re.compile(r"\n[ \t]{2,}(?![-•*·–][ \t])[a-zæøå][^\n]*(?:[ \t]*\n)+")  # an item's second line
_AGENDA_NUMBER = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?\d{1,3}\.[ \t]+")  # "3. " before an agenda item's title
_HEADING_MARK = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?")
_LABEL_LINE = re.compile(rf"[{UPPER}][^\s:]*(?:[ ](?!at[ ])[^\s:]+){{0,7}}:[ ]+\S")
_MONEY = re.compile(r"\d[\d.,]*[ ]?(?:kr\b|kroner|mio|mia|mill|%|procent)", re.IGNORECASE)
_CODE = re.compile(r"\d+[.,]\d")  # an account number or amount ("51.20 Dagtilbud"), no name
_ONLY_SPACE = re.compile(r"[ \t]*\Z")  # a page cut off when saved ends without a line break
_AND = re.compile(r"(?<![-–])[ ]og[ ]")  # not the "og" after a cut compound ("indkøbs- og lokalcentre")
# a line led by its name in capitals, an explanation in lower case after it ("VELFÆRD så alle kan leve godt")
_CAPITALS_LEAD = re.compile(rf"[ \t]*(?P<name>[{UPPER}]{{2,}}(?:[ -][{UPPER}]{{2,}})*)[ ]+(?=[a-zæøå])")
_MIN_CAPITALS_LETTERS = 5  # not an abbreviation ("EU", "FGU")
_WRAP = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
_CLOSING_DASH = re.compile(r"[ ][-–][ ]")  # the dash that closes a list set off by dashes
# A table of contents' dot leaders and page number after a title ("En digital sektor ........ 10")
_LEADERS = re.compile(r"[ \t]*(?:(?:\.[ ]?){3,}|…+)[ \t]*\d{0,4}[ \t]*\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?P<line>\S[^\n]*?)[ \t]*$")  # "### Tryghed" in Markdown
# A dash before "og"/"samt" goes on with the name ("Danmarks historie – og fremtiden"), not an explanation.
# A dash between two numbers is a range ("Budget 2011 - 2013").
_EXPLANATION = re.compile(r"[ ]+[-–][ ]+(?!(?:og|samt|eller)[ ])(?!(?<=\d[ ][-–][ ])\d)|:[ ]|(?<=[\w)])(?<![ ]\d)(?<![ ]\d\d)\.[ ]|[ ]\((?=[^()\n]{12,}\))")
# A full stop ends a sentence, but not after an ordinal before a name ("modstandsfolk fra 2. Verdenskrig").
_ORDINAL_NAME = r"(?<![ ]\d)(?<![ ]\d\d)|(?=\.(?:\s+[a-zæøå\d]|\s*$))"
_SENTENCE_END = re.compile(rf"(?<=[a-zæøå0-9)\"'])(?:{_ORDINAL_NAME})\.(?:\s|$)")

_MAX_WORDS_INLINE = 9
_MAX_ROLE_WORDS = 3  # the complement of "som" after a list noun ("temaer som omdrejningspunkt:")
_MAX_STRATEGY_HEADING = 6  # words of a heading naming a strategy ("Fondens strategiske grundlag")
_MAX_STRATEGY_THEMES = 6  # bullets under it that name its themes
_MIN_INTRO_WORDS, _MAX_INTRO_WORDS = 4, 25  # a sentence introducing them ("Vi arbejder for et samfund præget af:")
_MAX_CATEGORY_WORDS = 4  # a category of a pool is named by a short label ("Sport og sundhed")
_MAX_WORDS_BLOCK = 12
_MAX_RESTATED_WORDS = 2  # a short name in running text that a title below restates in full
_MAX_FOCUS_OBJECT_WORDS = 6  # the object of a sentence of focus ending in a colon ("fokus på en række aktiviteter:")
_MAX_CLAUSE_LEAD_WORDS = 6  # a line opening a clause that each bullet completes ("Kommunen arbejder for, at")
_MAX_LEAD_WORDS = 5  # a short sentence ending in a colon that leads into the bullets ("Det drejer sig om:")
_MAX_BEFORE_WORDS = 4  # words of an item in a list before its counted noun ("sunde hjem")
_MAX_DEFINING_WORDS = 8  # a relative clause that defines an item's noun ("…, der fører ledige nærmere et job")
_MAX_WORDS_EXPLAINED = 15  # "1. A long title: its explanation"
_MIN_CHANGE_ITEMS = 3  # items of a title "Øget fokus på A, B og C" that name focus areas
_MAX_WORDS_NUMBERED = 20  # an item of a counted numbered list run onto one line, bounded by the next number, or
# of a list of lines exactly as long as its count says (the agreement ties a long name to the list noun)
_BLOCK_SCAN = 4000  # characters looked at for a block of lines under an opener
_BLOCK_LINES = 40
_INLINE_SCAN = 1500  # characters looked at for a list in running text
_CONTEXT_SCAN = 400
_MAX_MEMBER_WORDS = 6  # a subject naming one focus area ("Forebyggelse af indbrud er et af …")
_MIN_CONTENT_LETTERS = 5  # a word a section heading shares with a listed area ("Mere tryghed i nattelivet")
_SECTION_SCAN = 3000  # characters looked at above a focus phrase for the heading of its section
_COUNTED_CONTEXT = 80  # characters before "tre store udfordringer, A, B og C" looked at for words of focus  # characters before a general noun looked at for words of focus


@dataclass(frozen=True)
class _Start:
    """Where a list of focus areas may begin: its items start at ``pos``."""

    pos: int
    head: str
    mode: str  # "list", "block" (under a title), "direct", "phrase", "heading", "quoted", "label"
    count: Optional[int] = None
    titles_only: bool = False  # every item must be a short title without a verb (strategic goals as themes)
    least: int = 2  # fewest items that make a list
    bare: bool = False  # only a list of bare names that ends its sentence ("Der er fokus på A, B og C.")
    carried: bool = False  # the object of a clause after a carrier noun ("projekter, der fremmer A og B")


@dataclass(frozen=True)
class _Patterns:
    opener: Prefiltered
    phrase: Prefiltered
    heading: re.Pattern[str]
    heading_phrase: Prefiltered
    colon_phrase: Prefiltered
    open_focus_line: Prefiltered
    bullets_after_colon: Prefiltered
    direct: Prefiltered
    direct_needs_focus: re.Pattern[str]
    label: Prefiltered
    table: re.Pattern[str]
    phrase_stop: re.Pattern[str]
    clause: re.Pattern[str]
    example_tail: re.Pattern[str]
    example_lead: re.Pattern[str]
    example_after: re.Pattern[str]  # the same words right after an opener ("fokus på eksempelvis A og B")
    parallel_aim: re.Pattern[str]
    task_prepositions: frozenset[str]
    task_determiners: frozenset[str]
    link_words: frozenset[str]
    restrictive: re.Pattern[str]
    time_expression: re.Pattern[str]
    not_nouns: re.Pattern[str]
    rule_nouns_before: re.Pattern[str]
    weak: re.Pattern[str]
    focus_context: re.Pattern[str]
    object_join: re.Pattern[str]
    title_weak: re.Pattern[str]
    counted_noun: re.Pattern[str]
    general_cue: re.Pattern[str]
    counts: dict[str, Optional[int]]
    single: frozenset[str]
    abstract_endings: tuple[str, ...]
    pair_determiners: frozenset[str]
    not_item_starts: frozenset[str]
    pronoun_starts: frozenset[str]
    pair_verbs: frozenset[str]
    gates: dict[str, tuple[str, ...]]
    generic_items: frozenset[str]
    generic_heads: frozenset[str]
    quote: re.Pattern[str]
    counted: re.Pattern[str]
    counted_verb_weak: re.Pattern[str]
    number_only: re.Pattern[str]
    quoted_label: Prefiltered
    quoted_label_described: Prefiltered
    quoted_phrase: Prefiltered
    area_heading: re.Pattern[str]
    furniture: tuple[str, ...]
    menu_lines: frozenset[str]
    sentence_words: frozenset[str]
    owned_title: re.Pattern[str]
    title_wrap: re.Pattern[str]
    section_label: re.Pattern[str]
    goal_theme: re.Pattern[str]
    plan_focus: Prefiltered
    bare_focus: Prefiltered
    bare_determiners: frozenset[str]
    dash_explanation_leads: frozenset[str]
    lead_opener: re.Pattern[str]
    noun_ahead: re.Pattern[str]
    counted_name: re.Pattern[str]
    head_noun: re.Pattern[str]
    relative_colon: re.Pattern[str]
    counted_lead: re.Pattern[str]
    counted_quotes: Prefiltered
    counted_about: Prefiltered
    goal_words: frozenset[str]
    vision_copulas: frozenset[str]
    strategy_heading: re.Pattern[str]
    question: re.Pattern[str]
    relative_tail: re.Pattern[str]
    theme_heading: re.Pattern[str]
    cover_subject: re.Pattern[str]
    cover_verb: re.Pattern[str]
    clause_list: Prefiltered
    next_opener: re.Pattern[str]
    member: re.Pattern[str]
    partitive: re.Pattern[str]
    clause_adverbs: frozenset[str]
    pair_adjective_endings: tuple[str, ...]
    relative_starts: frozenset[str]
    item_lead: re.Pattern[str]
    agenda_items: tuple[str, ...]
    chosen: Prefiltered
    label_line: re.Pattern[str]
    paragraph_count: Prefiltered
    line_count: Prefiltered
    lead_words: frozenset[str]
    clause_lead_words: frozenset[str]
    refer_back: frozenset[str]
    before_list: re.Pattern[str]
    before_sentence: re.Pattern[str]
    relative_after: re.Pattern[str]
    focus_colon: Prefiltered
    counted_next: Prefiltered
    correlatives: frozenset[str]
    counted_content: Prefiltered
    counted_numbered: Prefiltered
    label_run: re.Pattern[str]
    suffixed_label: re.Pattern[str]
    owner_lead: re.Pattern[str]
    change_titles: frozenset[str]
    chosen_as: Prefiltered
    focus_subject: Prefiltered


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of ``lang/da/focus_areas.yaml``."""
    return _focus_combinations(_compounded(read_yaml("focus_areas.yaml")))


@functools.lru_cache(maxsize=1)
def _open_line_end() -> re.Pattern[str]:
    """A line that ends open: a comma, colon, bracket or dash, or a word joining it to the next line."""
    return re.compile(rf"(?:[,;:(-]|[ ](?:{_alternation(cues()['joining_words'])}))[ \t]*\Z")


@functools.lru_cache(maxsize=1)
def _cut_name_end() -> re.Pattern[str]:
    """A name that ends the text in a word joining it to more ("Styrket dialog med og samarbejde på") was cut
    off by the end of a saved page or excerpt: no whole name ("Naturen tæt på" inside the text is one)."""
    return re.compile(rf"[ ](?:{_alternation(cues()['joining_words'])})\Z", re.IGNORECASE)


def _cut_last_word(name: str) -> bool:
    """A name whose last word is a short piece in small letters that is no word of the word list ("Bedre kv"):
    at the text's end, a word cut off."""
    last = name.rsplit(" ", 1)[-1]
    return len(name.split()) > 1 and len(last) <= 3 and last.isalpha() and last.islower() and last not in lexicon_words()


@functools.lru_cache(maxsize=1)
def _toc_marked() -> re.Pattern[str]:
    """An entry of a table of contents flattened onto one line that a label entry follows as its marker
    ("RELATIONER... 5 FOKUSOMRÅDE... 5 LÆRING OG UDVIKLING... 6 FOKUSOMRÅDE... 6"): the entry starts the line or
    follows the page number of the entry before it, and both end in leaders and a page number."""
    leaders = r"[ ]?(?:\.{2,}|…+)[ ]?\d{1,3}(?!\d)"
    return re.compile(rf"(?:(?<![^\n])|(?<=\d[ ]))(?P<name>[^\W\d_][^.\n…:]{{1,78}}?){leaders}[ ]+"
                      rf"(?i:{_alternation(cues()['label_nouns'])}){leaders}")


@functools.lru_cache(maxsize=1)
def _toc_numbered() -> re.Pattern[str]:
    """A numbered label and its area's name as an entry of a flattened table of contents, ended by leaders and a
    page number ("Indsatsområde 2 Fællesskab og forståelse ........ 34 Indsatsområde 3 - Image ..... 36")."""
    data = cues()
    labels = _alternation([*data["numbered_label_nouns"], *data["label_nouns_without_letters"]])
    return re.compile(rf"(?<![\w])(?i:{labels})[ ]+(?P<n>\d{{1,2}})(?:[ ]*[:.)–-])?[ ]+"
                      rf"(?P<name>[^\W\d_][^.\n…:]{{1,78}}?)[ ]?(?:\.{{3,}}|…+)[ ]?\d{{1,3}}(?!\d)")


def _toc_numbered_starts(text: str) -> list[_Start]:
    """Entries of a table of contents each made of a numbered label and an area's name; two or more with
    different numbers make a series."""
    found = list(_toc_numbered().finditer(text))
    if len({m.group("n") for m in found}) < 2:
        return []
    return [_Start(m.start("name"), m.group("name"), "toc_marked") for m in found]


def _toc_marked_starts(text: str) -> list[_Start]:
    """Entries of a table of contents each marked by a label entry as a focus area; two or more make a
    series (one marked entry may be a chapter that happens to precede a heading of that name)."""
    found = [m for m in _toc_marked().finditer(text) if not _toc_marked().fullmatch(m.group("name"))]
    if len(found) < 2:
        return []
    return [_Start(m.start("name"), m.group("name"), "toc_marked") for m in found]


def _focus_combinations(data: dict[str, Any]) -> dict[str, Any]:
    """The focus phrases with every verb of focusing and adverb of emphasis combined, in both orders
    ("fokuserer især på", "især fokuserer på", "navnlig fokus på", "især haft fokus på"), each able to name a single area; and
    attention with an adjective of emphasis ("særlig opmærksomhed på A og B"), which names areas only as a list
    (one object is often a case's detail: "særlig opmærksomhed på borgere med demens")."""
    made = [f"{verb} {adverb} på" for verb in data["focus_verbs"] for adverb in data["focus_adverbs"]]
    made += [f"{adverb} {verb} på" for verb in [*data["focus_verbs"], "fokus"] for adverb in data["focus_adverbs"]]
    made += [f"{adverb} {have} fokus på" for have in data["focus_have_forms"] for adverb in data["focus_adverbs"]]
    attention = [f"{adverb} {noun} på" for noun in data["focus_nouns"] for adverb in data["focus_noun_adjectives"]]
    data["single_item_phrases"] = [*data["single_item_phrases"], *(m for m in made if m not in data["single_item_phrases"])]
    data["focus_phrases"] = [*data["focus_phrases"], *(m for m in made + attention if m not in data["focus_phrases"])]
    return data


def _compounded(data: dict[str, Any]) -> dict[str, Any]:
    """The noun lists with their compounds of a leading word that ranks the noun ("hovedemner",
    "kernetemaer"): a Danish compound is its last word, so it opens and weighs as that noun does."""
    for key in data["compound_keys"]:
        words = [str(w) for w in data[key]]
        extra = [f"{head}{word}" for word in words if " " not in word and not word.startswith(tuple(data["compound_heads"]))
                 for head in data["compound_heads"]]
        data[key] = words + [w for w in extra if w not in words]
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in re.longest_first(words))


class _SharedStarts:
    """The starts pattern of several Prefiltered patterns (the six that open with a count), whose
    matches in the last text given whole are kept: the text is scanned for them once, not six times."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.last: tuple[Optional[str], tuple[re.Match[str], ...]] = (None, ())

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if span:
            return self.pattern.finditer(text, *span)
        seen, found = self.last
        if seen is not text:
            found = tuple(self.pattern.finditer(text))
            self.last = (text, found)  # one assignment: a reader sees a text with its own matches
        return iter(found)

    def __getstate__(self) -> dict[str, Any]:
        return {"pattern": self.pattern, "last": (None, ())}  # matches do not pickle


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = cues()
    nouns = trie_regex(data["list_nouns"])  # longest first
    counts = {str(k).casefold(): v for k, v in data["count_words"].items()}
    count = rf"(?:\d+|{_alternation(list(counts))})"
    openers = _alternation(data["list_openers"])
    after_stop = _alternation(data["sentence_list_openers"])  # "… fire kategorier. Henholdsvis 1) A, 2) B …"
    gap = rf"(?:[ ](?:{_alternation(data['verb_gap_prepositions'])})(?:[ ][\w-]+){{1,3}}?)?"
    general = _alternation(data["quoted_list_nouns"])
    # where a pattern opening with "(?<![\w]){count}[ ]", up to two words and a list noun can begin (for
    # Prefiltered): a count word's first letter, then that much of the pattern (not every "de…" word)
    count_starts = _SharedStarts(re.compile(
        prefix_starts(list(counts), r"\d", not_after=r"[\w]", ignore_case=True).pattern
        + rf"(?<=(?=(?i:{count}[ ](?:[\w-]+,?[ ]){{0,2}}(?:{nouns}|{general})))(?s:.))"))
    # The tail runs over no other list noun, nor a general noun with a count ("… inden for følgende 4 områder:").
    other = rf"{nouns}|(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?:{general})(?![\w])"
    relative = rf"(?:{_alternation(data['relative_openers'])})(?![ ](?:{_alternation(data['not_item_starts'])})[ ])"
    verbs = rf"{_alternation(data['direct_openers'])}|{relative}"
    # "følgende fokuspunkter; A, B og C": a semicolon right after a counted noun sets off the list on its line;
    # two openers may stand together ("fem indsatsområder - nemlig A, B og C")
    tail = rf"(?:{gap}[ ](?P<verb>{verbs})[ ]|(?P<semi>;)[ ](?=[a-zæøå])|(?P<tail>(?:(?!{other})[^\n.:]){{0,{_LONG_TAIL}}}?)(?::|;(?=[ \t]*\n)|,?[ ](?:{openers})(?:[ ](?:{openers}))?|\.[ ]+(?:{after_stop}))[ \t]*|(?P<stop>\.)[ \t]*(?=\n))"
    opener = Prefiltered(
        re.compile(rf"(?i:(?<![\w])(?:{count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns}|(?P<general>{general}))|(?:{nouns})))"
                   rf"(?![\w]){tail}"),
        re.compile(prefix_starts([*counts, *data["list_nouns"]], r"\d", not_after=r"[\w]", ignore_case=True).pattern
                   + rf"(?<=(?=(?i:{count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns}|{general})|{nouns}))(?s:.))"),
    )  # the places where a count or a list noun begins, and the opening of the pattern follows
    phrase = Prefiltered(
        re.compile(rf"(?<![\w])(?:{_alternation(data['focus_phrases'])})[ ]"),
        prefix_starts(data["focus_phrases"], not_after=r"[\w]"),
    )
    after = _alternation(data["title_prepositions"])  # "Indsatsområder i helhedsplanen"
    heading = re.compile(
        rf"(?im)^[ \t]*(?:\#{{1,6}}[ \t]+)?(?:\d{{1,3}}\.[ \t]+)?(?:[^\n.!?:;,]{{1,50}}?[ ][-–][ ])?(?:[\w-]+[ ]){{0,2}}(?:{nouns})(?:[ ](?:{after})(?:[ ][\w-]+){{1,3}})?(?:[ ]\d{{4}}(?:[-/]\d{{2,4}})?)?[ \t]*:?[ \t]*$"
    )
    # "Fokus på A, B og C" as a title: capitalised, short, after a blank line or a finished sentence;
    # also as a sentence without a verb that opens a paragraph ("Fokus på A og B. Planen dækker …")
    heading_phrase = Prefiltered(
        re.compile(rf"(?m)(?<![\w])(?:{_alternation(data['heading_phrases'])})[ ]"
                   rf"(?=(?:[^\s]+[ ]){{0,11}}?[^\s]*[^\s.!?:;,](?:[ \t]*$|(?P<stop>\.)(?=\s)))"),
        prefix_starts(data["heading_phrases"], not_after=r"[\w]"),
    )
    colon_phrase = Prefiltered(
        re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['colon_phrases'])})(?:[ ]følgende(?:[ ][\w-]+){{0,2}})?)[ \t]*:[ \t]*"),
        prefix_starts(data["colon_phrases"], not_after=r"[\w]", ignore_case=True),
    )
    # "fokus på ”A, B og C”, ”D” og ”E”": quoted objects, which may hold commas (two or more quotes)
    quoted_phrase = Prefiltered(
        re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['quoted_phrases'])}))[ ]+(?=[\"“”«„])"),
        prefix_starts(data["quoted_phrases"], not_after=r"[\w]", ignore_case=True),
    )
    numbered = _alternation(data["numbered_label_nouns"])
    label = Prefiltered(
        re.compile(rf"(?i:(?<![\w])(?:(?:{numbered})[ \t]*(?:\d{{1,2}}|[a-h]|[ivx]{{1,4}})[ \t]*[:.)-]"
                   rf"|(?:{_alternation(data['label_nouns'])})[ \t]*:))[ \t]*(?=\S)"),
        prefix_starts([*data["numbered_label_nouns"], *data["label_nouns"]], not_after=r"[\w]", ignore_case=True),
    )
    table = re.compile(rf"(?im)^[ \t]*\|(?:[^|\n]*\|)*?[ \t]*(?:{_alternation(data['table_headers'])})[ \t]*\|[^\n]*$")
    direct = Prefiltered(
        # "kerneområderne A, B og C", also quoted: 'indsatsområderne "A", "B" og "C"'
        re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['direct_list_nouns'])}))[ ](?=[\w]|[{_QUOTES}]\w)"),
        prefix_starts(data["direct_list_nouns"], not_after=r"[\w]", ignore_case=True),
    )
    # "er", "har i mange år været": the verb joining a subject that names one area to its list noun
    member_verb = (rf"(?:{_alternation(data['member_verbs'])})|(?:{_alternation(data['member_perfect_verbs'])})"
                   rf"(?:[ ][\w]+){{0,4}}?[ ](?:{_alternation(data['member_participles'])})")
    time_words = (rf"(?:(?:{_alternation(data['time_determiners'])})[ ])?"
                  rf"(?:(?:{_alternation(data['time_adjectives'])})[ ])?(?:{_alternation(data['time_nouns'])})")
    return _Patterns(
        opener=opener,
        label=label,
        table=table,
        phrase=phrase,
        heading=heading,
        heading_phrase=heading_phrase,
        colon_phrase=colon_phrase,
        # "De indsatsområder, der er søgt midler til, er:" / "Derudover fokuserer aftalen i højere grad på:" over bullets
        bullets_after_colon=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:(?:{_alternation(data['relative_colon_nouns'])}),[ ]"
                       rf"(?:{_alternation(data['relative_clause_starts'])})[ ][^\n.!?:;]{{1,120}}?,[ ]"
                       rf"(?:{_alternation(data['relative_colon_copulas'])})"
                       rf"|(?:{_alternation(data['split_focus_verbs'])})(?:[ ][\w-]+){{1,10}}?[ ]på))"
                       rf"[ \t]*:[ \t]*(?=\n(?:[ \t]*\n)*[ \t]*[-{_GLYPHS}][ \t])"),
            prefix_starts([*data["relative_colon_nouns"], *data["split_focus_verbs"]], not_after=r"[\w]", ignore_case=True),
        ),
        # "Der er særligt fokus på" ending its line over bullets, its colon lost
        open_focus_line=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['colon_phrases'])}))[ \t]*(?=\n(?:[ \t]*\n)*[ \t]*[-{_GLYPHS}][ \t])"),
            prefix_starts(data["colon_phrases"], not_after=r"[\w]", ignore_case=True),
        ),
        direct=direct,
        direct_needs_focus=re.compile(rf"(?i:{_alternation(data['direct_nouns_needing_focus'])})"),
        phrase_stop=re.compile(rf"[ ](?:(?:{_alternation(data['phrase_item_stops'])})(?![\w])|(?:i|fra|til|inden|efter)[ ]\d{{4}})"),
        clause=re.compile(rf",[ ]+(?:{_alternation(data['clause_starts'])})(?![\w])", re.IGNORECASE),
        example_tail=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['example_tails'])})\.?$"),
        # "bl.a. dækker temaerne …", "blandt andet særligt fokus på …": up to two words between
        # ", en ambition om …", ", og et mål om …": a noun phrase of aim beside the object of a focus phrase
        parallel_aim=re.compile(rf"(?i),[ ](?:(?:og|samt)[ ])?(?:en|et|den|det)[ ](?:[\w-]+[ ])?"
                                rf"(?:{_alternation(data['parallel_aim_nouns'])})[ ](?:om|for|på|at)(?![\w])"),
        restrictive=re.compile(rf"(?P<noun>[a-zæøå]+),[ ](?:{_alternation(data['restrictive_relatives'])})[ ]"
                               rf"(?P<clause>[a-zæøå][^,.;:!?()]*(?:,[ ][a-zæøå][^,.;:!?()]*)*)"),  # "…, leg og læring"
        task_prepositions=frozenset(w.casefold() for w in data["task_object_prepositions"]),
        task_determiners=frozenset(w.casefold() for w in data["task_object_determiners"]),
        link_words=frozenset(w.casefold() for w in data["heading_link_words"]) | frozenset(
            w.casefold() for w in [*data["not_item_starts"], *data["generic_items"]]),
        example_lead=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['example_leads'])})(?:[ ][\w-]+){{0,2}}[ ]*\Z"),
        example_after=re.compile(rf"(?i)[ ]*(?:{_alternation(data['example_leads'])})(?![\w])"),
        time_expression=re.compile(rf"(?i){time_words}"),
        not_nouns=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['not_list_nouns'])})(?![\w])"),
        rule_nouns_before=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['rule_nouns'])})[ ](?:og|samt)[ ]\S+[ \t]*:?[ \t]*$"),
        counted_noun=re.compile(rf"(?i){count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns}|{general})(?![\w])"),
        title_weak=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['title_needs_count'])})(?![\w])"),
        general_cue=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['general_noun_cues'])})[ ]+\Z"),
        focus_context=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['bullet_context_words'])})"),
        object_join=re.compile(rf",?[ ](?:{_alternation(data['object_joins'])})[ ]"),
        weak=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['weak_list_nouns'])})(?![\w])"),
        counts=counts,
        single=frozenset(data["single_item_phrases"]),
        abstract_endings=tuple(data["abstract_noun_endings"]),
        pair_determiners=frozenset(w.casefold() for w in data["pair_determiners"]),
        not_item_starts=frozenset(w.casefold() for w in data["not_item_starts"]),
        pronoun_starts=frozenset(w.casefold() for w in data["pronoun_starts"]),
        pair_verbs=frozenset(w.casefold() for w in data["pair_verbs"]),
        gates=_gates(data),
        generic_items=frozenset(w.casefold() for w in data["generic_items"]),
        # the nouns of those, which also refer back at the head of a longer item ("arbejdet med planen")
        generic_heads=frozenset(w.casefold() for w in data["generic_items"]) - {w.casefold() for w in data["time_determiners"]},
        # (the closing quotation mark may stand between: "…,” udtaler borgmesteren")
        quote=re.compile(rf"[,.!?][\"”’»]?[ ]+(?:{_alternation(data['speech_verbs'])})[ ]"),
        # "fokusere arbejdet på tre store samfundsudfordringer, A, B og C": a count, a noun, its items
        counted=re.compile(rf"(?i)(?<![\w])(?:{_alternation([k for k, v in counts.items() if v])}|[2-9])[ ]"
                           rf"(?:[\w-]+[ ]){{0,2}}(?P<noun>[{UPPER.lower()}a-zæøå][\w-]+)[:,][ ]+"),
        number_only=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['number_only_nouns'])})(?![\w])"),
        counted_verb_weak=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['counted_verb_weak_nouns'])})(?![\w])"),
        # a heading line of a page about one focus area ("Aktiviteter under indsatsområdet")
        area_heading=re.compile(rf"(?im)^[ \t]*[^\n]*?(?<![\w])(?:{_alternation([n + 't' for n in data['label_nouns']])})(?![\w])[^\n]*$"),
        quoted_label=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['quoted_label_nouns'])}))[ ]+(?=[\"“”«‘'{UPPER}])"),
            prefix_starts(data["quoted_label_nouns"], not_after=r"[\w]", ignore_case=True),
        ),
        # "inden for det overordnede tema ”Sundhed i naturen”": a determiner, one or two definite adjectives (in -e)
        # and a singular noun, then quotes
        quoted_label_described=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['quoted_label_determiners'])})[ ](?:[a-zæøå-]+e[ ]){{1,2}}"
                       rf"(?:{_alternation(data['quoted_label_singular_nouns'])}))[ ]+(?=[\"“”«„])"),
            prefix_starts(data["quoted_label_determiners"], not_after=r"[\w]", ignore_case=True),
        ),
        quoted_phrase=quoted_phrase,
        owned_title=re.compile(rf"(?i)[ \t]*(?:\#{{1,6}}[ \t]+)?(?:(?:{_alternation(data['title_owners'])}|\w+s)[ ]\w+"
                               rf"|\w+[ ](?:{after})[ ])"),
        sentence_words=frozenset(w.casefold() for w in data["title_sentence_words"]),
        menu_lines=frozenset(w.casefold() for w in data["menu_lines"]),
        furniture=tuple(w.casefold() for w in data["block_furniture"]),
        title_wrap=re.compile(rf"(?:[ ](?:{_alternation(data['title_wrap_words'])})|,)[ \t]*\Z"),
        strategy_heading=re.compile(rf"(?im)^[ \t]*(?:\#{{1,6}}[ \t]+)?(?P<line>[^\n]*?(?<![\w])(?:{_alternation(data['strategy_heading_stems'])})[^\n]*?)[ \t]*$"),
        goal_words=frozenset(w.casefold() for w in data["goal_words"]),
        vision_copulas=frozenset(w.casefold() for w in data["vision_copulas"]),
        # "i de tre temaer ”A”, ”B” samt ”C”": a counted list noun right before its quoted items, no colon
        counted_quotes=Prefiltered(re.compile(rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns}))[ ]+(?=[\"“”«„])"), count_starts),
        # "sundhedspolitikkens tre overordnede pejlemærker om A, B og C": a counted list noun, "om" and its items
        counted_about=Prefiltered(re.compile(rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns}))[ ]om[ ](?=[\w])"), count_starts),
        counted_lead=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['counted_lead_words'])})[ ]+"
                                rf"(?:(?:{_alternation(data['counted_lead_adverbs'])})[ ]+)?\Z"),
        relative_colon=re.compile(rf"(?:{_alternation(data['relative_clause_starts'])})[ ][^\n.!?:]{{0,200}}:[ \t]*"),
        head_noun=re.compile(rf"(?i)(?<![\w])(?:{nouns}|{general})(?![\w])"),
        counted_name=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['counted_name_nouns'])})(?![\w])"),
        plan_focus=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['plan_subjects'])})[ ](?:{_alternation(data['plan_focus_verbs'])})"
                       rf"[ ](?:et[ ])?fokus[ ]på[ ](?:at[ ](?:{_alternation(data['plan_focus_infinitives'])})[ ])?)"),
            prefix_starts(data["plan_subjects"], not_after=r"[\w]", ignore_case=True),
        ),
        bare_focus=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['bare_focus_leads'])})[ ]fokus[ ]på[ ])"),
            prefix_starts(data["bare_focus_leads"], not_after=r"[\w]", ignore_case=True),
        ),
        bare_determiners=frozenset(w.casefold() for w in data["bare_item_determiners"]),
        dash_explanation_leads=frozenset(w.casefold() for w in data["dash_explanation_leads"]),
        lead_opener=re.compile(rf"(?i)(?:{openers})[ ]+"),
        noun_ahead=re.compile(rf"(?i)(?:[\w-]+[ ]){{0,2}}(?:{nouns}|{general})(?![\w])"),
        goal_theme=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['goal_theme_nouns'])})(?![\w])"),
        question=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['question_words'])})[ ]+\Z"),
        relative_tail=re.compile(rf"(?i)(?:^|[\s,])(?:{_alternation(data['relative_tail_words'])})\Z"),
        theme_heading=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['heading_theme_nouns'])})(?![\w])"),
        cover_subject=re.compile(rf"(?i)(?:{_alternation(data['cover_subject_endings'])})(?![\w])"),
        cover_verb=re.compile(rf"(?i)(?<![\w])(?:{_alternation(data['cover_verbs'])})(?![\w])"),
        # "fire faste temaer, der går igen hvert år." / "tre temaer, hvor der er brug for …. Det handler om …"
        clause_list=Prefiltered(re.compile(rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?P<noun>{nouns})(?![\w]))"
                               rf"(?P<clause>,[ ](?:{_alternation(data['relative_clause_starts'])})[ ][^\n.!?:;]{{0,200}})?"
                               rf"(?P<end>[.:])"), count_starts),
        next_opener=re.compile(rf"[ ]+(?:{_alternation(data['next_sentence_openers'])})[ ]+"),
        # "Forebyggelse af indbrud er et af rådets kerneområder."
        member=re.compile(
            rf"(?<![\w])(?:(?:{_alternation(data['member_links'])})|(?:{member_verb})(?:[ ](?:{_alternation(data['member_adverbs'])}))?"
            rf"[ ](?:(?:et|ét|en|én)[ ]af|blandt))[ ](?:[\w’'-]+[ ]){{0,3}}?(?P<noun>{nouns})(?![\w])"
            rf"|(?<![\w])(?:{member_verb})(?:[ ](?:{_alternation(data['member_adverbs'])}))?[ ](?:et|en)[ ](?:[\w-]+[ ]){{0,2}}?"
            rf"(?P<single>{_alternation(data['member_singular_nouns'])})(?![\w])"),
        clause_adverbs=frozenset(w.casefold() for w in data["clause_adverbs"]),
        # "To af de nye fokusområder er A og B": a counted partitive subject, a verb, as many items
        partitive=re.compile(rf"(?i:(?<![\w])(?P<count>{_alternation([k for k, v in counts.items() if v])}|{_alternation(data['partitive_ones'])})"
                             rf"[ ]af[ ](?:[\w’'-]+[ ]){{0,2}}?(?P<noun>{nouns})(?![\w])"
                             rf"(?:,[ ](?:{_alternation(data['relative_clause_starts'])})[ ][^,.;:\n]{{1,80}},)?"  # ", som byrådet arbejder med,"
                             rf"[ ](?:{_alternation(data['direct_openers'])})"
                             rf"(?:[ ](?:{_alternation(data['member_adverbs'])}))?)[ ]+(?=\w)"),
        pair_adjective_endings=tuple(data["pair_adjective_endings"]),
        relative_starts=frozenset(w.casefold() for w in data["relative_clause_starts"]),
        agenda_items=tuple(w.casefold() for w in data["agenda_items"]),
        item_lead=re.compile(rf"(?i)^(?:(?:{_alternation(data['item_lead_words'])})[ ]+)+"),
        # "følgende områder, der er prioriteret:" over the areas
        chosen=Prefiltered(re.compile(rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns}|{general})(?![\w]),?[ ]"
                          rf"(?:{_alternation(data['relative_clause_starts'])})[ ](?:er|bliver|skal[ ]være)[ ]"
                          rf"(?:blevet[ ])?(?:[\w]+[ ])?(?:{_alternation(data['chosen_participles'])})(?:[ ][^\W\d]+){{0,3}})[ \t]*:[ \t]*"), count_starts),
        # "FOKUSOMRÅDE 1" alone on its line, the area's name on the next ("En brugervenlig sektor ..... 10")
        label_line=re.compile(rf"(?im)^[ \t]*(?:\#{{1,6}}[ \t]+)?(?:{numbered})[ \t]+(?:\d{{1,2}}|[ivx]{{1,4}})[ \t]*:?[ \t]*\n"
                              rf"(?:[ \t]*\n)?[ \t]*(?=[{UPPER}])"),
        # "… har ansvaret for to af indsatsområderne under programmet." ending its paragraph, over as many
        # titles each followed by a paragraph
        paragraph_count=Prefiltered(re.compile(rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?P<noun>{nouns})(?![\w]))"
                                   rf"(?P<rest>(?:(?!{other})[^\n.!?:]){{0,150}})\.[ \t]*(?=\n[ \t]*\n)"), count_starts),
        lead_words=frozenset(w.casefold() for w in data["lead_sentence_words"]),
        clause_lead_words=frozenset(w.casefold() for w in data["clause_lead_words"]),
        refer_back=frozenset(w.casefold() for w in data["refer_back_words"]),
        # "Politikken er opdelt i tre overordnede, strategiske fokusområder. Under hvert …" with the rest of its
        # line, over exactly as many bullets
        line_count=Prefiltered(re.compile(rf"(?im)(?<![\w])(?P<count>{count})[ ](?:[\w-]+e,?[ ]|[\w-]+[ ]){{0,2}}?(?P<noun>{nouns})(?![\w])"
                              rf"(?P<rest>[^\n]*)$"), count_starts),
        # "Mangfoldighed, bæredygtighed, sunde hjem og beboerdemokrati udgør de fire grundelementer": the list
        # opens its sentence, a verb joins it to a counted noun
        before_list=re.compile(rf"(?m)(?:^|(?<=[.!?][ ]))[ \t]*(?P<list>[{UPPER}][^\n.!?:;()]{{2,160}}?)[ ]"
                               rf"(?:{_alternation(data['before_list_verbs'])})[ ](?:{_alternation(data['before_list_determiners'])}|\w+s)[ ]"
                               rf"(?P<count>{_alternation([k for k, v in counts.items() if v])})[ ](?:[\w-]+[ ]){{0,2}}?"
                               rf"(?P<noun>{nouns}|{general}|{trie_regex(data['pillar_nouns'])})(?![\w])"),
        # "A, B, C og D. Det er fire af de i alt otte særlige indsatsområder": a list sentence, then its count
        before_sentence=re.compile(rf"(?m)(?:^|(?<=[.!?][ ]))[ \t]*(?P<list>[{UPPER}][^\n.!?:;()]{{2,160}}?)\.[ ]+"
                                   rf"(?:{_alternation(data['before_sentence_leads'])})[ ](?:de[ ])?"
                                   rf"(?P<count>{_alternation([k for k, v in counts.items() if v])})[ ]"
                                   rf"(?:af[ ](?:{_alternation(data['before_list_determiners'])})[ ]"
                                   rf"(?:(?:{_alternation(data['count_totals'])})[ ]\w+[ ])?)?(?:[\w-]+[ ]){{0,2}}?"
                                   rf"(?P<noun>{nouns})(?![\w])"),
        relative_after=re.compile(rf"[ \t]*,?[ ](?:{_alternation(data['restrictive_relatives'])})[ ]"),
        # "… fire fokusområder for samarbejdet i 2024. Der er tale om A, B, C og D": the next sentence names them
        counted_next=Prefiltered(re.compile(
            rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?P<noun>{nouns})(?![\w]))"
            rf"(?:[ ](?:{_alternation(data['counted_tail_prepositions'])})[ ][^\n.!?:;,]{{1,60}}?)?\.[ ]+"
            rf"(?:{_alternation(data['named_sentence_openers'])})[ ]+"), count_starts),
        correlatives=frozenset(w.casefold() for w in data["correlatives"]),
        # "… seks fokusområder, og de handler om A, B, …": a clause of content names them
        counted_content=Prefiltered(re.compile(
            rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?P<noun>{nouns})(?![\w]))"
            rf",?[ ](?:og[ ])?(?:{_alternation(data['content_subjects'])})[ ](?:alle[ ])?"
            rf"(?:{_alternation(data['content_verbs'])})[ ]+"), count_starts),
        # "Reformen har fem fokusområder (og 24 indsatser) 1. A 2. B …": a counted list noun and a numbered list
        # run onto its line (a slide or PDF flattened into one line), an aside in parentheses between
        change_titles=frozenset(data["change_heading_phrases"]),
        # "har udpeget A, B og C som rådets strategiske fokusområder", "peget på A som et af fire indsatsområder":
        # a verb of choosing, its object and "som" before a list noun
        # "Fokus er på demokrati og bæredygtighed i …" opening its sentence: the focus itself is the subject
        focus_subject=Prefiltered(
            re.compile(rf"(?:\A|(?<=\n)|(?<=[.!?][ ]))[ \t]*(?i:{_alternation(data['focus_subject_leads'])})[ ]"
                       r"(?P<list>[a-zæøå-]+(?:,[ ][a-zæøå-]+)*[ ](?:og|samt)[ ][a-zæøå-]+)"
                       rf"(?=[ ]?[.!?,;:]|[ \t]*\n|[ \t]*\Z|[ ](?:{_alternation(data['counted_tail_prepositions'])})[ ])"),
            prefix_starts(data["focus_subject_leads"], not_after=r"[\w]", ignore_case=True),
        ),
        chosen_as=Prefiltered(re.compile(
            rf"(?<![\w])(?:{_alternation(data['choosing_verbs'])})[ ](?P<list>[^\n.!?:;()\"”“]{{2,160}}?)[ ]som[ ]"
            rf"(?:(?P<one>(?:{_alternation(data['partitive_ones'])})[ ]af[ ])?(?:[\w’'-]+[ ]){{0,3}}?)"
            rf"(?P<noun>(?i:{nouns})|{_alternation(data['member_singular_nouns'])})(?![\w])"),
            prefix_starts(data["choosing_verbs"], not_after=r"[\w]")),
        # "Indsatsområde 2 - " / "Indsatsområde 2 " inside a line, before the area's name
        owner_lead=re.compile(r"^[a-zæøå]+(?:ens|ets|ernes|enes)[ ](?=\w)"),
        # "Indsatsområde Godt naboskab - projekter": an unnumbered capitalised label, the area's name and a
        # dash before a word that every such heading repeats (a table of contents flattened onto one line)
        suffixed_label=re.compile(rf"(?<![\w])(?P<noun>{_alternation([n.capitalize() for n in data['label_nouns']])})[ ]+"
                                  rf"(?P<name>[^\W\d][^\n.!?:;()–-]{{1,60}}?)[ ]+[-–][ ]+(?P<tail>[a-zæøå]+)(?![\w])"),
        label_run=re.compile(rf"(?<![\w])(?P<noun>(?i:{numbered}))[ ]+(?P<n>\d{{1,2}})(?:[ ]*[:.)–-])?[ ]+(?=\w)"),
        counted_numbered=Prefiltered(re.compile(
            rf"(?i:(?<![\w]){count}[ ](?:[\w-]+[ ]){{0,2}}(?P<noun>{nouns})(?![\w]))"
            rf"(?:[ ]\([^()\n]{{1,60}}\))?[ ]+(?=1[.)][ ]+[{UPPER}])"), count_starts),
        # "… med fokus på en række aktiviteter, herunder:" ending its line, over the bullets naming the areas
        focus_colon=Prefiltered(
            re.compile(rf"(?i:(?<![\w])(?:{_alternation(data['colon_lead_phrases'])}))[ ](?P<object>[^\n.:;!?]{{1,80}}?)"
                       rf"(?P<kinds>,?[ ](?:{_alternation(data['colon_kind_words'])}))?[ \t]*:[ \t]*(?=\n)"),
            prefix_starts(data["colon_lead_phrases"], not_after=r"[\w]", ignore_case=True),
        ),
        section_label=re.compile(rf"(?im)^[ \t]*(?:\#{{1,6}}[ \t]+)?(?:\*\*|__)?(?:{_alternation(data['section_labels'])})"
                                 rf"[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$"),
    )


def _gates(data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Per kind of opener, words of which a text holds one (casefolded) wherever it has such an opener.
    A word that holds another of its kind is left out: the text holds the shorter one anyway."""
    def words(*keys: str) -> tuple[str, ...]:
        found = {str(w).casefold() for key in keys for w in data[key]}
        return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))
    return {
        "noun": words("list_nouns", "quoted_list_nouns", "member_singular_nouns"),
        "direct": words("direct_list_nouns"),
        "label": words("numbered_label_nouns", "label_nouns", "label_nouns_without_letters"),
        "table": words("table_headers"),
        "focus": words("colon_phrases", "heading_phrases", "focus_phrases", "quoted_phrases"),
        "quoted_label": words("quoted_label_nouns", "quoted_label_singular_nouns"),
        "counted": words("bullet_context_words"),
        "section": words("section_labels"),
        "strategy": words("strategy_heading_stems"),
        "plan": ("fokus på",),
        "subject": words("focus_subject_leads"),
        "pillar": words("pillar_nouns"),
        "split_focus": words("split_focus_verbs"),
    }


def _count(head: str, pat: _Patterns) -> tuple[bool, Optional[int]]:
    """Whether ``head`` holds a count word, and the number it gives (None for "følgende")."""
    noun = pat.head_noun.search(head)
    counted, number = False, None
    for word in head[:noun.start() if noun else len(head)].split()[:4]:
        word = word.casefold()
        if word.isdigit() and len(word) <= 2:  # not a year ("Fokusområder for 2025")
            counted, number = True, int(word)
        elif word in pat.counts:
            counted = True
            number = pat.counts[word] or number  # the count nearest the noun: "kl. 17 - 19 med tre temaer"
    return counted, number


def _digit_count(head: str) -> bool:
    """The count is written in digits ("3 spor"): prose names its themes' number in words ("tre spor")."""
    return any(word.isdigit() for word in head.split()[:4])


# "temaer som omdrejningspunkt:" ending its line above bullets: "som" tells the role of the list noun
_ROLE_COLON = re.compile(rf"[a-zæøå][\w-]*(?:[ ][a-zæøå][\w-]*){{0,{_MAX_ROLE_WORDS - 1}}}:[ \t]*"
                         rf"(?=\n(?:[ \t]*\n)*[ \t]*{_MARK_ALTERNATIVES}[ \t]+\S)")

# "fem fokusområder som er særlig vigtige: A, B og C": a short relative predicate ending in a colon, the list after it
_RELATIVE_COLON_INLINE = re.compile(rf"[a-zæøå][\w-]*(?:[ ][a-zæøå][\w-]*){{0,3}}:[ ]+(?=\w)")


# Characters between a list noun and the colon that opens its list: a short qualifier anywhere ("fire
# indsatsområder i planen:"), a long one only with the colon at the end of its line.
_TAIL = 60
_LONG_TAIL = 140


def _noun_starts(text: str, pat: _Patterns) -> list[_Start]:
    """Openers made of a list noun: "fire indsatsområder:", "… er", "… består af tre spor." """
    starts: list[_Start] = []
    for m in pat.opener.finditer(text):
        head = m.group(0)
        # "…, hvilke temaer der skal prioriteres:" over bullets lists them
        over_lines = head.rstrip().endswith((":", ";")) and text[m.end():m.end() + 1] == "\n"
        if len(m.group("tail") or "") > _TAIL and not (over_lines and head.rstrip().endswith(":")):
            continue  # a long clause after the noun opens a list only with its colon at the line's end
            # ("syv indsatsområder for indsatsen over for …, som regionen kan få andel i:" over the items)
        if not over_lines and (pat.question.search(text, max(0, m.start() - 12), m.start()) or (
                m.group("tail") and pat.relative_tail.search(m.group("tail").rstrip()))):
            continue  # "drøfte, hvilke temaer …", "temaer, som der er …": a question or a clause, no list
        if pat.rule_nouns_before.search(text, max(0, m.start() - 40), m.end()):
            continue  # "følgende principper og pejlemærker:" over the rules of a budget process
        counted, number = _count(head, pat)
        if m.group("semi") and not counted:
            continue  # "indsatsområder; det blev aftalt …": a clause after the noun, not its list
        role = _ROLE_COLON.match(text, m.end()) if m.group("verb") in pat.relative_starts else None
        if role and not m.group("general"):  # "følgende temaer som omdrejningspunkt:" over the bullets
            starts.append(_Start(role.end(), head + role.group(0), "list", number))
            continue
        words = head.split()
        relative = m.group("verb") in pat.relative_starts or (len(words) > 1 and words[-2].casefold() in pat.relative_starts)
        inline = _RELATIVE_COLON_INLINE.match(text, m.end()) if number and not role and relative else None
        if inline and not m.group("general"):  # "fem fokusområder som er særlig vigtige: A, B, …"
            starts.append(_Start(inline.end(), head + inline.group(0), "list", number))
            continue
        if m.group("general"):  # "fire områder: ”A”, ”B” og ”C”", or after "fokus på"
            if not (m.group("verb") or m.group("stop")):
                cued = pat.general_cue.search(text, max(0, m.start() - 24), m.start())
                starts.append(_Start(m.end(), head, "list" if cued else "quoted", number))
            continue
        counted_verb = bool(m.group("verb") and number and pat.counted_verb_weak.search(head))
        if pat.weak.search(head) and not counted_verb and (
                m.group("verb") or not (number or head.split()[0].casefold() in ("følgende", "disse"))):
            continue  # "De tre spor i planen er A, B og C" is a list; "indsatserne er …" is not
        if number is None and pat.number_only.search(head) and not (
                over_lines and pat.general_cue.search(text, max(0, m.start() - 24), m.start())):
            continue  # "disse udvalgte prioriteter:" over budget items, not "tre hovedprioriteter" nor
            # "der arbejdes inden for følgende indsatser:" over lines naming the fields of work
        if pat.number_only.search(head) and _activity_section(text, m.start(), pat):
            continue  # "Aktiviteter" over "De tre første indsatser er:": the activities of a project
        said = bool(m.group("verb")) or any(w.casefold() in pat.sentence_words for w in (m.group("tail") or "").split())
        if not counted and pat.title_weak.search(head) and _line_start(text, m.start()) and not said:
            continue  # "Temaer:" over a menu of links, not "Temaerne er:" over the list
        if m.group("stop"):  # "… består af fire indsatsområder." closing a paragraph, titles below
            if number and not (pat.weak.search(head) and _digit_count(head)):
                starts.append(_Start(m.end(), head, "block", number))
            continue  # not "… behov for 3 spor." (a school's classes per year) over the next headlines
        if head.rstrip().casefold().endswith(" dels"):  # "to fokusområder, dels A, dels B": as many as counted
            if number:
                starts.append(_Start(m.end(), head, "counted", number))
            continue
        starts.append(_Start(m.end(), head, "direct" if m.group("verb") else "list", number))
    for m in pat.heading.finditer(text):
        title = _AGENDA_NUMBER.sub("", m.group(0), count=1)  # "3. Temaer for Ældrerådet 2025"
        part = _CLOSING_DASH.split(title)[-1]  # "Handleplan 2025 - fokusområder": the noun after the dash
        part = part if pat.head_noun.search(part) else title
        number = _count(part, pat)[1]
        if pat.title_weak.search(part) and not number and (pat.weak.search(part)
                                                          or not pat.owned_title.match(part)):
            continue  # "Temaer" over a menu of links; not "Temaer i planen", "Helhedsplanens temaer"
        mode = "list" if title.rstrip().endswith(":") else "block"  # a title's next line is text
        starts.append(_Start(m.end(), title, mode, number))
    return starts


def _starts(text: str, pat: _Patterns) -> list[_Start]:
    """Every opener in ``text`` with the mode of the list it opens, in text order. A kind of opener
    is looked for only when one of its words occurs in the text (most texts name no focus areas)."""
    low = text.casefold()
    known: dict[str, bool] = {}

    def has(kind: str) -> bool:  # each kind's words looked for once per text
        found = known.get(kind)
        if found is None:
            found = known[kind] = any(word in low for word in pat.gates[kind])
        return found

    starts = _noun_starts(text, pat) + _clause_starts(text, pat) + _member_starts(text, pat) if has("noun") else []
    starts += _singular_starts(text, pat)
    if has("noun"):  # "… for to af indsatsområderne under programmet." over two titled paragraphs
        starts += [_Start(m.end(), m.group(0), "titled", _count(m.group(0), pat)[1])
                   for m in pat.paragraph_count.finditer(text)
                   if not pat.weak.fullmatch(m.group("noun")) and (_count(m.group(0), pat)[1] or 0) >= 2]
    if has("noun"):  # "de tre temaer ”A”, ”B” samt ”C”": as many quotes as counted
        starts += [_Start(m.end(), m.group(0), "counted", _count(m.group(0), pat)[1])
                   for m in pat.counted_quotes.finditer(text)
                   if (_count(m.group(0), pat)[1] or 0) >= 2 and not pat.weak.search(m.group(0))]
    if has("noun"):  # "tre pejlemærker om A, B og C": three or more, with commas, as many as counted
        starts += [_Start(m.end(), m.group(0), "counted", _count(m.group(0), pat)[1])
                   for m in pat.counted_about.finditer(text)
                   if (_count(m.group(0), pat)[1] or 0) >= 3 and not pat.weak.search(m.group(0))
                   and text[m.end():].split(" ", 1)[0].casefold() not in pat.pronoun_starts | pat.not_item_starts
                   and not pat.time_expression.match(text, m.end())]  # "tre temaer om året"
    if has("noun"):  # "To af de nye fokusområder er A og B", "Et af fokusområderne er A"
        starts += [_Start(m.end(), m.group(0), "counted", n, least=1) for m in pat.partitive.finditer(text)
                   if not pat.weak.fullmatch(m.group("noun")) and (n := pat.counts.get(m.group("count").casefold()) or 1)]
    if has("noun"):  # "følgende områder, der er prioriteret:"
        starts += [_Start(m.end(), m.group(0), "list", _count(m.group(0), pat)[1]) for m in pat.chosen.finditer(text)]
    if has("noun"):
        starts += _line_count_starts(text, pat)
    if has("noun"):  # "har udpeget A, B og C som rådets fokusområder"
        starts += _chosen_as_starts(text, pat)
    if has("noun"):  # "fem fokusområder 1. A 2. B 3. C …" flattened onto one line
        starts += [_Start(m.end(), m.group(0)[:m.end("noun") - m.start()], "numbered", n)
                   for m in pat.counted_numbered.finditer(text)
                   if not pat.weak.fullmatch(m.group("noun")) and (n := _count(m.group(0), pat)[1] or 0) >= 2]
    if has("noun") or has("pillar"):  # "A, B og C udgør de tre grundelementer"
        starts += [_Start(m.start("list"), m.group(0), "before", pat.counts[m.group("count").casefold()])
                   for m in (*pat.before_list.finditer(text), *pat.before_sentence.finditer(text))]
    if has("direct"):
        starts += [_Start(m.end(), m.group(0), "direct") for m in pat.direct.finditer(text)
                   if not pat.direct_needs_focus.fullmatch(m.group(0).strip())
                   or pat.focus_context.search(text, _sentence_start(text, m.start()), m.start())]
    if has("label"):
        starts += [_Start(m.end(), m.group(0), "label") for m in pat.label.finditer(text)
                   if _line_start(text, m.start()) or _closing_label(text, m)]
        starts += _label_run_starts(text, pat)
        starts += _suffixed_label_starts(text, pat)
        alone = list(pat.label_line.finditer(text))  # one "Spor 1" over a line is no series of areas
        starts += [_Start(m.end(), m.group(0), "label_next") for m in alone] if len(alone) >= 2 else []
        starts += _toc_marked_starts(text) + _toc_numbered_starts(text)
    if "|" in text and has("table"):
        starts += [_Start(m.end(), m.group(0), "table") for m in pat.table.finditer(text)]
    if has("focus"):
        starts += [_Start(m.end(), m.group(0), "list") for m in pat.colon_phrase.finditer(text)]
        starts += [_Start(m.end(), m.group(0), "quoted") for m in pat.quoted_phrase.finditer(text)]
        # a title that tells of more focus ("Øget fokus på tryghed og forebyggelse") heads a section of news: it
        # names areas only as a list of three or more ("Øget fokus på job, uddannelse og tryghed")
        starts += [_Start(m.end(), m.group(0), "heading", least=_MIN_CHANGE_ITEMS if m.group(0).strip() in pat.change_titles else 2)
                   for m in pat.heading_phrase.finditer(text) if _opens_title(text, m.start()) and _verbless(text, m, pat)]
        starts += [
            _Start(m.end(), m.group(0), "phrase" if m.group(0).strip() in pat.single else "list")
            for m in pat.phrase.finditer(text)
            if not pat.counted_noun.match(text, m.end())  # "særligt fokus på tre temaer: A, B og C": the noun opens it
        ]
        starts += _focus_colon_starts(text, pat)
        starts += [_Start(m.end(), m.group(0), "focus_bullets") for m in pat.open_focus_line.finditer(text)]
    if has("noun") or has("split_focus"):
        starts += [_Start(m.end(), m.group(0), "list") for m in pat.bullets_after_colon.finditer(text)]
    if has("quoted_label"):
        starts += [_Start(m.end(), m.group(0), "quoted_label", 1) for m in pat.quoted_label.finditer(text)]
        starts += [_Start(m.end(), m.group(0), "quoted_label", 1) for m in pat.quoted_label_described.finditer(text)]
        starts += _titled_pages(text, pat)
    if has("counted"):
        starts += _counted_starts(text, pat)
    if has("section"):
        starts += _section_starts(text, pat)
    if has("strategy"):
        starts += [_Start(m.end(), m.group("line"), "strategy") for m in pat.strategy_heading.finditer(text)
                   if _heading_like(m.group("line")) and len(m.group("line").split()) <= _MAX_STRATEGY_HEADING]
    if has("subject"):  # "Fokus er på demokrati og bæredygtighed i fondens nye strategi."
        starts += [_Start(m.start("list"), text[m.start():m.start("list")], "subject") for m in pat.focus_subject.finditer(text)]
    if has("plan"):
        starts += [_Start(m.end(), m.group(0), "list", least=3) for m in pat.plan_focus.finditer(text)
                   if not pat.noun_ahead.match(text, m.end())]  # "fokus på temaer som A, B og C": the noun opens it
        starts += [_Start(m.end(), m.group(0), "list", least=3, bare=True) for m in pat.bare_focus.finditer(text)
                   if not pat.noun_ahead.match(text, m.end())]  # "Der er fokus på A, B og C."
    kept = [s for s in starts if s.mode == "table" or not _names_other_things(s.head, pat)]
    kept += [replace(s, mode="strategy_sections") for s in starts  # a strategy heading's titled sections, also
             if s.mode == "strategy" and (not _names_other_things(s.head, pat) or _names_tracks(s.head, pat))]  # "Strategispor og mål"
    kept = [s for s in kept if not _example_lead(text, s, pat)]
    kept += [replace(s, titles_only=True) for s in starts if s.mode != "table" and pat.goal_theme.search(s.head)]
    return sorted(kept, key=lambda s: s.pos)


@functools.lru_cache(maxsize=1)
def _track_compound() -> re.Pattern[str]:
    """A word of a heading that ends in a list noun, alone or as the last part of a compound ("Strategispor",
    "Indsatsområder")."""
    nouns = re.longest_first(n for n in cues()["list_nouns"] if " " not in n)
    return re.compile(rf"(?i)(?:{_alternation(nouns)})(?![\w])")


def _names_tracks(head: str, pat: _Patterns) -> bool:
    """A strategy heading that names its tracks or themes besides their goals ("Strategispor og mål"): the goals
    are the text of each titled section, the titles the tracks."""
    return bool(_track_compound().search(head))


def _focus_colon_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A sentence of focus whose object ends its line with a colon ("… med fokus på en række aktiviteter,
    herunder:", "Arbejdet fokuserer på disse udfordringer:"): the bullets right under it name the areas. The
    object may not name goals or activities, unless the list gives their kinds ("…, herunder:"); a place or a
    time is no object of areas. The plain "fokus på følgende:" is read by the colon phrase."""
    starts = []
    for m in pat.focus_colon.finditer(text):
        thing = m.group("object").strip()
        words = thing.split()
        if not words or len(words) > _MAX_FOCUS_OBJECT_WORDS or words[0].casefold() in ("følgende", "at"):
            continue  # "… sættes der fokus på at:" over "Styrke …", "Inddrage …": actions, no areas
        if pat.not_nouns.search(thing) and not m.group("kinds"):
            continue  # "fokus på følgende mål:" over goals
        if area_like(thing) or pat.time_expression.fullmatch(thing):
            continue
        starts.append(_Start(m.end(), text[m.start():m.start("object")], "focus_bullets"))
    return starts


def _example_lead(text: str, start: _Start, pat: _Patterns) -> bool:
    """An uncounted opener right after words that give examples ("projekterne dækker bl.a. temaerne A, B
    og C", "der er blandt andet særligt fokus på A og B"): a sample of things, not the named areas."""
    if start.count or not start.head or start.mode in ("table", "label", "member"):
        return False
    begin = start.pos - len(start.head)
    if text[begin:start.pos] != start.head:
        return False
    if start.head.rstrip().endswith(":") and _LINE_END_THEN_BULLET.match(text, start.pos):
        return False  # "… blandt andet være fokus på:" over bullets: the list set off below names the areas
    if pat.example_after.match(text, start.pos):
        return True  # "særligt fokus på eksempelvis A og B": examples right after the opener
    return pat.example_lead.search(text, max(0, begin - 40), begin) is not None


_LINE_END_THEN_BULLET = re.compile(rf"[ \t]*\n(?:[ \t]*\n)*[ \t]*{_MARK_ALTERNATIVES}[ \t]+\S")


def _clause_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A counted list noun whose sentence goes on with a clause and ends: the areas are as many bullets
    right under it ("fire faste temaer, der går igen hvert år." over four bullets), or the next sentence,
    opened by "Det handler om" and the like, names as many ("tre temaer, hvor der er brug for nye idéer.
    Det handler om A, B og C.")."""
    starts = []
    for m in pat.clause_list.finditer(text):
        if pat.weak.fullmatch(m.group("noun")) or (m.group("clause") and _names_other_things(m.group("clause"), pat)):
            continue
        number = _count(m.group(0), pat)[1]
        if not number or number < 2:
            continue
        if m.group("clause") and text[m.end():].lstrip(" \t")[:1] in ("\n", ""):
            starts.append(_Start(m.end(), m.group(0), "clause_bullets", number))
        elif m.group("end") == "." and (following := pat.next_opener.match(text, m.end())):
            starts.append(_Start(following.end(), text[m.start():following.end()], "counted", number))
    for m in [*pat.counted_next.finditer(text), *pat.counted_content.finditer(text)]:
        # "… fire fokusområder for 2024. Det er A, B, C og D", "… seks fokusområder, der handler om A, …"
        number = _count(m.group(0), pat)[1]
        copula = m.group(0).rstrip().casefold().endswith((" det er", " de er"))  # "Det er godt og vigtigt."
        if number and number >= (3 if copula else 2) and not pat.weak.fullmatch(m.group("noun")):
            starts.append(_Start(m.end(), m.group(0), "counted_named", number))
    return starts


@functools.lru_cache(maxsize=1)
def _subject_modal() -> re.Pattern[str]:
    """A modal verb right after a noun: the noun is the subject of the clause ("som aktiviteterne skal passe til")."""
    return re.compile(rf"[ ](?:{_alternation(cues()['clause_subject_modals'])})(?![\w])")


def _names_other_things(clause: str, pat: _Patterns) -> bool:
    """A relative clause after a counted list noun that speaks of goals or activities as what follows ("…, som
    har følgende mål:"), not as its subject that must fit the areas ("…, som planens aktiviteter skal passe til:")."""
    return any(not _subject_modal().match(clause, m.end()) for m in pat.not_nouns.finditer(clause))


def _line_count_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A counted list noun inside a paragraph whose line goes on past it and ends a sentence ("Politikken er
    opdelt i tre overordnede, strategiske fokusområder. Under hvert af dem er der beskrevet mål."): the areas
    are exactly as many bullets right under that line. The count agreeing with the bullets is what ties them
    together, so the line may name no other count, and a line ending in a colon introduces its own list unless
    a short sentence only leads into the areas ("… fire fokusområder. Det drejer sig om:"). A further sentence
    before the bullets must speak of the areas again (a list noun or a word referring back: "For hvert af dem
    …"); another ("Der var enighed om følgende.") owns the bullets. A line that ends right after the counted noun
    ("Planen har fire indsatsområder", its colon lost) is read the same way."""
    starts = []
    for m in pat.line_count.finditer(text):
        head = m.group(0)[:m.start("rest") - m.start()]
        number = _count(head, pat)[1]
        rest = m.group("rest").rstrip()
        weak = pat.weak.fullmatch(m.group("noun")) and not pat.counted_verb_weak.fullmatch(m.group("noun"))
        if not number or number < 2 or weak:
            continue
        if not rest:  # "Planen har fire indsatsområder" ending its line, its colon lost, over four bullets
            starts.append(_Start(m.end(), head, "line_bullets", number))
            continue
        if rest[-1] in ";," or pat.counted_noun.search(rest) or not _only_goal_counts(rest, number, pat):
            continue
        last = re.split(r"[.!?][ ]+", rest)[-1]  # "… fire fokusområder. Det drejer sig om:" leads into them
        lead = len(last.split()) <= _MAX_LEAD_WORDS and last.split()[0].casefold() in pat.lead_words
        if rest[-1] == ":" and (last == rest or not lead or pat.not_nouns.search(last)):
            continue
        refers = pat.head_noun.search(last) or pat.refer_back.intersection(last.casefold().split())
        if last != rest and not lead and not refers:
            continue  # "… de tre temaer. Der var enighed om følgende." over decisions: the bullets are the last sentence's
        if pat.question.search(text, max(0, m.start() - 12), m.start()):
            continue
        starts.append(_Start(m.end(), head, "line_bullets", number))
    return starts


_NUMBER_AHEAD = re.compile(r"(?<![\w.,])(?P<n>\d+)(?![\w.,])(?P<ahead>(?:[ ][\w-]+){1,3})")


def _only_goal_counts(rest: str, number: int, pat: _Patterns) -> bool:
    """The rest of a counted list noun's line names no other count of things that bullets could list: only a
    count of goals or criteria, which differs from the noun's ("4 indsatsområder med 14 ambitiøse mål")."""
    return all(int(m.group("n")) != number and pat.not_nouns.search(m.group("ahead"))
               for m in _NUMBER_AHEAD.finditer(rest)) and not re.search(r"\d[.,]\d", rest)


def _short_title(name: str, pat: _Patterns) -> bool:
    """A bullet that can name an area on its own: a short title without a verb or number, no agenda item,
    page furniture ("Læs om …") or person's name ("Anne Hansen")."""
    words = name.split()
    if not words or _title_kind(name, pat) not in ("title", "wrap") or name.casefold().startswith(pat.agenda_items):
        return False
    return not (len(words) >= 2 and all(w[:1].isupper() for w in words) and not common_word(words[0]))


_MAX_CARRIED_WORDS = 15  # the object of a clause after a carrier noun ("projekter, der prioriterer A og B")


@functools.lru_cache(maxsize=1)
def _carried_object() -> re.Pattern[str]:
    """A carrier noun with a restrictive relative clause in the present tense, and the clause's object
    up to its closing comma or the sentence end ("projekter, der støtter turismen på landet.")."""
    data = cues()
    return re.compile(
        rf"(?P<noun>(?i:{_alternation(data['carrier_nouns'])})),[ ](?:{_alternation(data['restrictive_relatives'])})"
        rf"[ ](?:(?:{_alternation(data['carrier_modals'])})[ ][a-zæøå]+e|[a-zæøå]+er)"
        rf"[ ](?P<object>[a-zæøå][^,.;:!?()\n]*?)[ \t]*(?:,[ ]|[.!][ \t]*(?:\n|\Z|[ ][{UPPER}])|\Z)")


def _carried(text: str, at: int, name: str) -> Optional[tuple[str, int]]:
    """The object of the relative clause after a carrier noun named at ``at``, and where it starts."""
    m = _carried_object().match(text, at)
    if not m or m.group("noun").casefold() != name.casefold():
        return None
    return m.group("object"), m.start("object")


def _member_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A sentence whose subject is one focus area, joined by "er et af" to a plural list noun
    ("Forebyggelse af indbrud er et af foreningens kerneområder."): a short capitalised noun phrase that
    opens the sentence, without a verb, reference or number."""
    starts = []
    for m in pat.member.finditer(text):
        if m.group("noun") and pat.weak.fullmatch(m.group("noun")):
            continue
        begin = max(_sentence_start(text, m.start()), text.rfind("\n", 0, m.start()) + 1)
        subject = text[begin:m.start()]
        item = subject.strip()
        carried = _carried_subject(text, begin, m.start(), pat)
        if carried:
            starts.append(_Start(carried[1], carried[0], "member", 1, carried=True))
            continue
        if not item or not item[0].isupper() or "\n" in item or re.search(r"[\d,;:()\"”“«»]", item):
            continue
        words = item.split()
        if len(words) > _MAX_MEMBER_WORDS or any(w.casefold() in pat.sentence_words for w in words):
            continue
        if not common_word(words[0]):
            continue  # "Anne Jensen er blandt …": a name, not an area
        if words[0].casefold() in pat.not_item_starts | pat.clause_adverbs:
            continue  # "I år har trivsel været …", "Derfor er …": the subject follows the verb
        if len(words) == 1 and _definite_thing(item.lower(), pat):
            continue  # "Projektet er et af fondens indsatsområder": a thing, not an area
        starts.append(_Start(begin + len(subject) - len(subject.lstrip()), item, "member", 1))
    return starts


def _carried_subject(text: str, begin: int, end: int, pat: _Patterns) -> Optional[tuple[str, int]]:
    """The object carried by a subject "Også projekter, der prioriterer A og B," that ends just before the
    link to a focus noun: the clause must close right there."""
    subject = text[begin:end]
    lead = subject.split(" ", 1)[0]
    at = begin + len(lead) + 1 if lead.casefold() in pat.clause_adverbs else begin
    carried = _carried(text, at, text[at:end].split(",", 1)[0].strip()) if subject[:1].isupper() else None
    if not carried:
        return None
    name, pos = carried
    return (name, pos) if text[pos + len(name):end].strip() == "," else None


@functools.lru_cache(maxsize=1)
def _singular_named() -> re.Pattern[str]:
    """A preposition, a singular list noun without article and one lower-case noun ending the line or the
    sentence: the noun names the area ("Afsluttende status på fokusområde velfærdsteknologi")."""
    data = cues()
    return re.compile(rf"(?<![\w])(?:{_alternation(data['singular_named_prepositions'])})[ ]"
                      rf"(?i:{_alternation(data['singular_list_nouns'])})[ ]"
                      rf"(?P<name>[a-zæøå][a-zæøå-]{{4,}})(?=[ \t]*(?:\n|\Z)|[.!][ \t]*(?:\s|\Z))")


@functools.lru_cache(maxsize=1)
def _singular_quoted() -> re.Pattern[str]:
    """The one focus area of a fund, a pool or a year, quoted after its singular noun and a verb of being
    ("Fokusområdet for fonden er i år ”Unge og kirken”", "Årets indsatsområde bliver ”Ensomhed”")."""
    data = cues()
    nouns = _alternation(data["singular_list_nouns"])
    return re.compile(
        rf"(?<![\w])(?:(?i:{nouns})e?t|(?i:{_alternation(data['singular_quoted_leads'])})[ ](?i:{nouns}))"
        rf"(?:[ ](?:{_alternation(data['singular_quoted_owner_links'])})[ ][^\n.!?:{_QUOTES}]{{1,50}}?)?"
        rf"[ ](?:{_alternation(data['direct_openers'])})"
        rf"(?:[ ](?:{_alternation(data['singular_quoted_adverbs'])}|i[ ]\d{{4}}))?"
        rf"[ ][”\"“«](?P<name>[^”\"“»\n]{{3,120}})[”\"“»]"
    )


def _singular_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A focus area named after its singular noun ("… på fokusområde velfærdsteknologi"), not a verb
    ("hvert indsatsområde beskrives") nor a word of a sentence; or quoted after it ("Årets fokusområde er ”…”")."""
    starts = []
    for m in _singular_named().finditer(text):
        name = m.group("name")
        if name.endswith("es") or name in pat.not_item_starts:
            continue
        starts.append(_Start(m.start("name"), name, "member", 1))
    for m in _singular_quoted().finditer(text):
        starts.append(_Start(m.start("name"), m.group("name").strip(), "member", 1))
    return starts


def _counted_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A count and a noun followed by as many items, after words of focus in the same sentence and a
    preposition or verb of focus right before the count ("vil fokusere arbejdet på tre store
    samfundsudfordringer, A, B og C"; not "Indsatsen involverer tre parter: A, B og C")."""
    starts = []
    for m in pat.counted.finditer(text):
        if pat.time_expression.fullmatch(m.group("noun")) or not m.group("noun").isalpha():
            continue
        before = text[max(0, m.start() - _COUNTED_CONTEXT):m.start()]
        before = re.split(r"[.!?:\n][ \t\n]", before)[-1]
        if pat.focus_context.search(before) and pat.counted_lead.search(before):
            lead = pat.lead_opener.match(text, m.end())  # "to fokusområder, nemlig A og B"
            pos = lead.end() if lead else m.end()
            starts.append(_Start(pos, text[m.start():pos], "counted", _count(m.group(0), pat)[1]))
    return starts


# The name after a numbered label inside a flattened line: a first word, then words in lower case (a comma or
# "&" between), ended by a capitalised word or the line ("Indsatsområde 2 børn, unge og familier Brobygning …").
_RUN_NAME = re.compile(rf"(?P<name>[\w-]+(?:,?[ ](?:[a-zæøå][\w-]*|&)){{0,7}}?)(?=[ ]+[{UPPER}][a-zæøå]|[ \t]*(?:\n|\Z))")


def _chosen_as_starts(text: str, pat: _Patterns) -> list[_Start]:
    """A verb of choosing whose object is named a list noun by "som" ("DKR har udpeget A, B og C som rådets
    strategiske fokusområder", "har peget på A som et af fire indsatsområder"): the object names the areas, one
    after "et af", else a list of short items without a verb, a number or a word that refers."""
    starts = []
    for m in pat.chosen_as.finditer(text):
        body = m.group("list")
        words = body.split()
        between = text[m.end("list"):m.start("noun")].casefold().split()
        if body.endswith(",") or pat.sentence_words.intersection(between):
            continue  # "valgt A og B, som er de to temaer": a relative clause, no naming
        if (pat.weak.fullmatch(m.group("noun").casefold()) or re.search(r"\d", body)
                or words[0].casefold() in pat.not_item_starts | pat.pronoun_starts
                or pat.sentence_words.intersection(w.casefold() for w in words)):
            continue
        if not m.group("one") and len(_split_inline(body, pat, False, None)) < 2 and not body.count(","):
            if " og " not in body and " foruden " not in body:
                continue  # "valgt Anne som tema": one plural noun needs a list
        starts.append(_Start(m.end(), text[m.start():m.end()], "chosen_as", 1 if m.group("one") else None, least=1))
    return starts


def _label_run_starts(text: str, pat: _Patterns) -> list[_Start]:
    """Numbered labels inside one line, numbered 1, 2, 3 …, each running on with its area's name and the
    activities under it ("Indsatserne Indsatsområde 1 - Udsatte beboere Opsøgende arbejde … Indsatsområde 2
    børn, unge og familier Lektiecafé …": a table of contents or headings flattened by a PDF conversion). Each
    name ends at the next capitalised word; a label in capitals ("INDSATSOMRÅDE 1") tells no such ends, and a
    name that holds a verb or starts like a clause makes the line a sentence."""
    lines: dict[int, list[re.Match[str]]] = {}
    for m in pat.label_run.finditer(text):
        if not m.group("noun")[1:].isupper() and not _line_start(text, m.start()):
            lines.setdefault(text.rfind("\n", 0, m.start()), []).append(m)
    starts = []
    for found in lines.values():
        if len(found) < 2 or [int(m.group("n")) for m in found] != list(range(1, len(found) + 1)):
            continue
        names = [_RUN_NAME.match(text, m.end()) for m in found]
        if any(n is None or n.group("name").split()[0].casefold() in pat.not_item_starts | pat.pronoun_starts
               or pat.sentence_words.intersection(n.group("name").casefold().split())
               or _cut_name_end().search(n.group("name")) for n in names):
            continue  # "Indsatsområde 1 omfatter tryghed i Vollsmose, …": a sentence, the capital a place
        starts += [_Start(m.end(), m.group(0), "label_run") for m in found]
    return starts


def _suffixed_label_starts(text: str, pat: _Patterns) -> list[_Start]:
    """Unnumbered labels each with an area's name and a dash before the same word ("Indsatsområde Godt naboskab
    - projekter … Indsatsområde Tryghed - projekter"): headings of a plan's sections glued together in a
    flattened table of contents. One such heading, or dashes before different words, name no series."""
    tails: dict[str, list[re.Match[str]]] = {}
    for m in pat.suffixed_label.finditer(text):
        tails.setdefault(m.group("tail"), []).append(m)
    starts = []
    for found in tails.values():
        names = {m.group("name").casefold() for m in found}
        if len(names) < 2 or any(_title_kind(m.group("name"), pat) != "title" for m in found):
            continue
        starts += [_Start(m.start("name"), text[m.start():m.start("name")], "suffixed_label") for m in found]
    return starts


def _section_starts(text: str, pat: _Patterns) -> list[_Start]:
    """Headings that each stand over the same label line ("Styrket forældreansvar" / "Nye initiativer:"
    / bullets), two or more times: each heading names one focus area."""
    labels: dict[str, list[re.Match[str]]] = {}
    for m in pat.section_label.finditer(text):
        labels.setdefault(m.group(0).strip(" \t#*_:").casefold(), []).append(m)
    starts = []
    for found in labels.values():
        titles = [t for t in (_section_title(text, m.start(), pat) for m in found) if t is not None]
        if len(titles) >= 2 and len(titles) == len(found):
            starts += [_Start(t, "", "label") for t in titles]
    return starts


def _section_title(text: str, pos: int, pat: _Patterns) -> Optional[int]:
    """Where the heading right above the label line at ``pos`` starts, when it is a heading standing
    alone (a blank line or the text's start above it)."""
    title = _PREVIOUS_LINE.search(text, max(0, pos - 300), pos)
    if not title:
        return None
    raw = title.group("line").rstrip()
    lead = _HEADING_MARK.match(raw).end()  # "## Tryghed" in Markdown
    line, lead = _unbold(raw[lead:], lead)  # "**Tryghed**"
    if not line or not _heading_like(line) or _title_kind(line, pat) != "title" or pat.section_label.fullmatch(raw):
        return None
    begin = title.start("line")
    before = text[max(0, begin - 40):begin].rstrip(" \t")
    if begin and before.strip(" \t") and not re.search(r"\n[ \t]*\n\Z", before):
        return None  # the heading must follow a blank line or start the text
    return begin + lead


def _titled_pages(text: str, pat: _Patterns) -> list[_Start]:
    """A title line over a heading that speaks of "the focus area" ("Tryghed og trivsel" over
    "Formål med indsatsområdet"): a page about one focus area, which the title names."""
    starts = []
    for m in pat.area_heading.finditer(text):
        if not _heading_like(m.group(0).strip()):
            continue
        title = _PREVIOUS_LINE.search(text, max(0, m.start() - 300), m.start())
        if title and _heading_like(title.group("line").strip()) and title.group("line").strip()[0].isupper():
            before = text[:title.start("line")]
            if not before.strip() or before.endswith("\n\n") or before.rstrip(" \t").endswith("\n\n"):
                starts.append(_Start(title.start("line") + len(title.group("line")) - len(title.group("line").lstrip()),
                                     "", "label"))
    return starts


# "inden for temaet Den moderne landsby – lokal udvikling …": a capitalised name without quotes, its other words in
# lower case, set off by a dash, colon or parenthesis or ended by the line (not by a comma or full stop, which may
# follow a verb: "Under indsatsområdet Uddannelse etableres bl.a. …")
_CAPITALISED_NAME = re.compile(rf"(?P<item>[{UPPER}][a-zæøå]+(?:[ ][a-zæøå][\w-]*){{0,5}}?)(?=[ ][-–][ ]|[ ]?[:(]|[ \t]*(?:\n|\Z))")


def _capitalised_name(text: str, pos: int, pat: _Patterns) -> Optional[re.Match[str]]:
    """The name after a singular label noun written without quotes but with a capital in running text ("under temaet
    Den moderne landsby – …"): a common word first (not "indsatsområdet Anne Holm siger"), at most six words."""
    m = _CAPITALISED_NAME.match(text, pos)
    if m is None or not common_word(m.group("item").split()[0]):
        return None
    words = m.group("item").casefold().split()
    return None if pat.sentence_words.intersection(words) else m  # "Temaet Sundhed er …" is a sentence


def _closing_label(text: str, label: re.Match[str]) -> bool:
    """An unnumbered label inside a sentence whose name closes the line ("… med et nyt
    fokusområde: Digital dannelse.") or ends where the sentence goes on (see ``_inline_label_name``)."""
    if label.group(0)[-1].isdigit():
        return False
    return _CLOSING_NAME.match(text, label.end()) is not None or _inline_label_name(text, label.end()) is not None


@functools.lru_cache(maxsize=1)
def _inline_label_end() -> re.Pattern[str]:
    """A title after an unnumbered label and where it ends: at a comma before a conjunction that goes on with
    the sentence ("et ekstra fokusområde: Samarbejde med de pårørende, og i 2019 …"), or at a capitalised word
    right after a word in lower case, where a flattened table of contents runs on ("Indsatsområde: Formidling
    og synlighed Overordnet …")."""
    ends = _alternation(cues()["label_name_conjunctions"])
    return re.compile(rf"(?P<name>[{UPPER}][a-zæøå-]*(?:,?[ ][a-zæøå][\w/-]*){{0,7}}?)"
                      rf"(?=,[ ](?:{ends})[ ][a-zæøå]|[ ][{UPPER}][a-zæøå])")


def _inline_label_name(text: str, pos: int) -> Optional[re.Match[str]]:
    """The name after an unnumbered label inside a sentence, when it ends as ``_inline_label_end`` tells; a
    capital after a joining word ("… og Ballerup Kommune") continues a name, which is then not told."""
    m = _inline_label_end().match(text, pos)
    if m is None or m.group("name").rsplit(" ", 1)[-1].casefold() in cues()["joining_words"]:
        return None
    return m


def _line_start(text: str, pos: int) -> bool:
    """Only spaces or a bullet stand between the line's start and ``pos``."""
    return _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None


def _opens_title(text: str, pos: int) -> bool:
    """``pos`` starts a title: at a line start, after nothing, a blank line, a finished sentence or
    another short title, and before a line that starts a sentence (or the end of the text)."""
    begin = text.rfind("\n", 0, pos) + 1
    if text[begin:pos].strip():
        return False
    following = _WRAP.match(text, max(pos, text.find("\n", pos)))
    if following and not text[following.end()].isupper():
        return False  # a wrapped sentence goes on
    if begin == 0:
        return True
    previous = text.rfind("\n", 0, begin - 1) + 1
    line = text[previous:begin - 1].rstrip()
    return not line or line[-1] in ".!?:" or (_heading_like(line.strip()) and len(line.split()) <= 6)


def _verbless(text: str, heading: re.Match[str], pat: _Patterns) -> bool:
    """A heading phrase that ends its line, or whose sentence has no verb ("Fokus på A og B.", not
    "Fokus på A er vigtigt.")."""
    if not heading.group("stop"):
        return True
    words = text[heading.end():heading.start("stop")].split()
    return len(words) <= _MAX_WORDS_INLINE and not any(w.casefold() in pat.sentence_words for w in words)


def _after_break(text: str, pos: int, pat: _Patterns) -> bool:
    """The line at ``pos`` starts the text or follows a blank line, a finished sentence or a page
    title standing alone (a title of its own, not one line of a menu)."""
    begin = text.rfind("\n", 0, pos) + 1
    if begin == 0:
        return True
    above = text.rfind("\n", 0, begin - 1) + 1
    previous = text[above:begin - 1].strip()
    if not previous or previous[-1] in ".!?":
        return True
    before = text[text.rfind("\n", 0, max(0, above - 1)) + 1:max(0, above - 1)].strip() if above else ""
    return not before and previous.casefold() not in pat.menu_lines and _title_kind(previous, pat) == "title"


def _abstract_pair(first: str, second: str, pat: _Patterns) -> bool:
    """Two focus areas, not one coordinated noun: both conjuncts are headed by an abstract noun
    ("beskæftigelse og forebyggelse af …"), or one is and the other is a phrase of its own
    ("ældre borgere og ensomhed", "forebyggelse og tidlig opsporing")."""
    def abstract(word: str) -> bool:
        return word.casefold().endswith(pat.abstract_endings)
    left, right = first.split(), second.split()
    if not left or not right:
        return False
    if abstract(left[-1]) and abstract(right[0]):
        return True
    if _modified_noun(left, pat) and _modified_noun(right, pat):
        return True
    if _bare_and_modified(left, right, pat):
        return True
    return (len(left) >= 2 and len(right) == 1 and abstract(right[0])) or (
        len(left) == 1 and abstract(left[0]) and len(right) == 2 and abstract(right[-1]))


def _bare_and_modified(left: list[str], right: list[str], pat: _Patterns) -> bool:
    """A bare noun and a noun with its own adjective ("voldtægt og psykisk vold", "trivsel og mental
    sundhed"): the adjective stands after "og", so it modifies only the second noun, and the first is an
    area of its own (not "børn og unge med handicap", whose modifier follows both)."""
    if len(left) != 1 or len(right) != 2 or not all(w.isalpha() and w.islower() for w in (*left, *right)):
        return False
    word = left[0]
    return (word not in pat.pair_determiners and not word.endswith("e")
            and right[0].endswith(pat.pair_adjective_endings) and right[0] not in pat.pair_determiners)


def _modified_noun(words: list[str], pat: _Patterns) -> bool:
    """A plural group with its own inflected adjectives and no determiner ("udsatte grupper",
    "ældre kroniske patienter", "sårbare gravide"): two such groups joined by "og" are two target groups."""
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return False
    modifiers = words[:-1]
    return all(w.endswith("e") and w not in pat.pair_determiners for w in modifiers)


def _split_inline(text: str, pat: _Patterns, pair: bool, count: Optional[int], ended: bool = True) -> list[str]:
    """Split "A, B samt C" / "A, B og C" / "A; B; samt C" into items; a lone "A og B" only when
    the count says two or ``pair`` and both are abstract nouns; ``ended``: the list is not cut off
    where a saved page ends, so its count may split a last item that capitals would join."""
    text = text.strip().rstrip(".,;: ")
    if ";" in text:
        parts = [p.strip() for p in text.split(";")]
        parts = [re.sub(r"^(?:samt|og)[ ]", "", p) for p in parts if p]
        return [p for p in parts if p]
    chunks = [c.strip() for c in text.split(",")]
    last = chunks.pop()
    closing_samt = bool(chunks) and last.startswith("samt ")  # "A, samt B og C": "samt" joins the list, "og" the item
    if chunks:
        last = re.sub(r"^(?:og|samt)[ ]", "", last)  # "A, B, og C"
    if closing_samt:
        chunks.append(last)
    elif " samt " in last:
        head, tail = last.rsplit(" samt ", 1)
        chunks += [head, tail]
    else:
        capital = all(c[:1].isupper() for c in chunks if c) and last[:1].isupper()
        plain = _AND.split(last)  # not the "og" of "indkøbs- og lokalcentre"
        if capital and not chunks and count == 2 and len(plain) == 2 and not re.search(rf"[ ]og[ ][{UPPER}]", last):
            capital = False  # "Befolkningen og rekrutteringen" counted as two: only the first word is capitalised
        split = (re.split(rf"(?<![-–])[ ]og[ ](?=[{UPPER}])", last) if capital
                 else [" og ".join(plain[:-1]), plain[-1]] if len(plain) > 1 else [last])
        told = capital and len(split) != len(plain)  # "… og Sammenhængskraft og medborgerskab": capitals tell
        if told and ended and count and len(split) != count - len(chunks) == len(plain):
            told, split = False, plain  # "tre indsatsområder: A-puljen, B-puljen og c-puljen": the count tells
        if not told and not (count and len(split) == count - len(chunks)):
            split = _grouped(plain, chunks, count) or split
        elif not told and count and len(plain) > len(split):
            split = _attached(plain, count - len(chunks)) or split
        lone_ok = count == 2 or (pair and len(split) == 2 and _abstract_pair(split[0], split[-1], pat))
        if len(split) > 1 and (capital or chunks or lone_ok):
            chunks += [split[0], *split[1:]]
        else:
            chunks.append(last)
    merged: list[str] = []
    capital_list = sum(1 for c in chunks if c[:1].isupper()) >= 2  # not only a sentence's first word
    capital_list = capital_list and not (count and len(chunks) == count)  # as many items as counted
    for chunk in chunks:
        if merged and capital_list and chunk[:1].islower():
            merged[-1] = f"{merged[-1]}, {chunk}"
        else:
            merged.append(chunk)
    return [m.strip() for m in merged if m.strip()]


def _attached(pieces: list[str], needed: int) -> list[str]:
    """The pieces between the "og"s of a counted list's last part, each bare noun joined to the
    phrase after it, whose modifier then covers both ("A med X og børn og unge med Y" ends in "A med X"
    and "børn og unge med Y"); [] unless that gives as many items as ``needed``."""
    items: list[str] = []
    carry: list[str] = []
    for piece in pieces:
        if " " not in piece.strip() and piece.islower():
            carry.append(piece)
            continue
        items.append(" og ".join([*carry, piece]))
        carry = []
    return items if not carry and len(items) == needed else []


def _grouped(pieces: list[str], chunks: list[str], count: Optional[int]) -> list[str]:
    """The last part of a comma list whose items hold "og" themselves, split where the list's own "og"
    stands; [] when that cannot be told. When an earlier item is a pair "X og Y", the run is read as such
    pairs, the last word alone when the run is odd ("A og B, C, D og E og F og G" ends in "D og E" and
    "F og G"; "A og B, C og D og E" in "C og D" and "E"); a count tells how many items the part holds
    ("tre temaer: A, B, C og D" ends in one, "fire temaer: A, B og C og D" in three)."""
    paired = any(" og " in c for c in chunks)
    pairs = [" og ".join(pieces[i:i + 2]) for i in range(0, len(pieces), 2)]
    if not count:
        if paired and len(pieces) >= 3:
            return pairs
        # "A, B og C og D": a comma list has one "og" of its own, the last; the one before joins an item
        return [" og ".join(pieces[:2]), pieces[2]] if chunks and len(pieces) == 3 else []
    needed = count - len(chunks)
    if paired and len(pairs) == needed:
        return pairs
    if len(pieces) < 2 or needed < 1 or needed > len(pieces) or len(pieces) % needed:
        return []
    size = len(pieces) // needed
    return [" og ".join(pieces[i:i + size]) for i in range(0, len(pieces), size)]


def _split_marked(text: str) -> list[tuple[str, int]]:
    """Items of an inline numbered list ("1) A, 2) B og 3) C", also "1. A 2. B 3. C" numbered 1, 2, 3 …), or []
    when it is not one."""
    marks = list(_MARKER.finditer(text))
    if len(marks) < 2:
        dotted = list(_DOT_MARKER.finditer(text))
        marks = dotted if [int(m.group("n")) for m in dotted] == list(range(1, len(dotted) + 1)) else marks
    if len(marks) < 2 or text[:marks[0].start()].strip():
        return []
    items = []
    for mark, nxt in zip(marks, [*marks[1:], None]):
        chunk = text[mark.end():nxt.start() if nxt else len(text)]
        chunk = re.sub(r"(?:[,;]|[ ](?:og|samt|eller))?[ ]*$", "", chunk)
        items.append((chunk, mark.end()))
    return items


def _split_bullets(text: str) -> list[tuple[str, int]]:
    """Items of a bullet list flattened onto one line ("• A • B • C"), or [] when it is not one."""
    if text.count("•") < 2 or text[:text.find("•")].strip():
        return []
    items = []
    for m in re.finditer(r"•[ ]*([^•]+)", text):
        items.append((m.group(1).strip(), m.start(1)))
    return items


def _clean(item: str, pat: _Patterns, quoted: bool = False, line: bool = False) -> str:
    """The name of an item: no explanation after a dash, colon, full stop or a comma that starts
    a clause ("…, hvor …", "…, med bl.a. …"), no list marks or quotes. A ``quoted`` item is a title
    as a whole, its dash included ("”Skolevejen – tryghed og trafik”"); an item on a ``line`` of its own
    keeps a relative clause that defines its last noun (see ``_defining_clause``)."""
    item = _MARK.sub("", item)
    label = pat.label.match(item)  # "Spor 1: Tidlig opsporing" under "tre spor:": the name after its label
    item = item[label.end():] if label and item[label.end():].strip() else item
    enclosed = re.fullmatch(r"\(([^()]+)\)", item.strip())
    item = enclosed.group(1) if enclosed else item  # "6) (Pårørende)": an item added in parentheses
    capitals = _CAPITALS_LEAD.match(item) if line and not quoted else None
    if capitals and len(re.sub(r"\W", "", capitals.group("name"))) >= _MIN_CAPITALS_LETTERS:
        item = capitals.group("name")  # "GRØN OMSTILLING som drivkraft for …": the name in capitals
    elif not quoted and not _subtitled(item, pat) and not (line and _dash_subtitle(item, pat)):
        item = item[:_explanation_start(item)]
        if not (line and _defining_clause(item, pat)):
            item = pat.clause.split(item, maxsplit=1)[0]
        item = pat.item_lead.sub("", item.strip())  # "for det første trafik", "dels trafik"
        item = _context_tail().sub("", item)  # "hjemløshed i denne sociale indsats": the phrase points back
    return _closed_quote(re.sub(r"\s+", " ", item).strip(" \t\"'‘’“”.,;:*"), item)


_QUOTATION_MARKS = "".join(q for q in _QUOTES if q not in "'‘’")  # no apostrophes: they pair with nothing
_INNER_OPENING = re.compile(rf"(?<=\s)[{_QUOTATION_MARKS}]\w")  # a quotation opened inside a name ("med ”Den …")


def _closed_quote(name: str, item: str) -> str:
    """``name`` with the closing quotation mark it lost to the stripping of marks at its end, where a
    quotation opened inside it ("Forsøg med ”Den gode afdeling”"); a name quoted whole stays bare."""
    if _INNER_OPENING.search(name) is None or sum(name.count(q) for q in _QUOTATION_MARKS) % 2 == 0:
        return name
    stripped = item.rstrip(" \t.,;:*")
    tail = stripped[len(stripped.rstrip(_QUOTATION_MARKS)):]
    return name + tail[:1] if tail else name


@functools.lru_cache(maxsize=1)
def _context_tail() -> re.Pattern[str]:
    return re.compile(cues()["context_tail_regex"], re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Abbreviations whose full stop ends no name ("vedr.", "bl.a."), lower case."""
    return frozenset(w.casefold() for w in read_word_list("abbreviations.txt"))


_WORD_BEFORE = re.compile(r"[\w.]+\Z")


def _explanation_start(item: str) -> int:
    """Where an item's explanation starts (its length if none): not at the full stop of an abbreviation
    followed by a small letter ("Tidlig indsats vedr. børn og unges overvægt")."""
    for m in _EXPLANATION.finditer(item):
        stop = m.group(0).startswith(".")
        word = _WORD_BEFORE.search(item, 0, m.start() + 1) if stop else None
        if word and word.group(0).casefold() in _abbreviations() and item[m.end():m.end() + 1].islower():
            continue
        return m.start()
    return len(item)


def _defining_clause(item: str, pat: _Patterns) -> bool:
    """The item's first clause is a short relative clause that ends the line without a full stop, after an
    indefinite noun, which it defines ("Beskæftigelse og aktiviteter, der fører ledige nærmere et job"),
    not one that explains a definite name ("Ungeområdet, som er en investering") or says something
    ("Lektiehjælp, der skal styrkes")."""
    text = " ".join(item.split())
    first = pat.clause.search(text)
    found = pat.restrictive.search(text)
    if not first or not found or found.end("noun") != first.start() or found.end() != len(text):
        return False
    noun, words = found.group("noun"), found.group("clause").split()
    return (not noun.endswith(("en", "et", "ne")) and 2 <= len(words) <= _MAX_DEFINING_WORDS
            and len(text.split()) <= _MAX_WORDS_BLOCK
            and not any(w in pat.sentence_words or w in pat.goal_words for w in words))


def _subtitled(item: str, pat: _Patterns) -> bool:
    """The item is a name with a subtitle of coordinated nouns after a dash ("Internettet – adfærd og
    normer") or a colon ("Vi står sammen: Venskaber og netværk"), not a name and its explanation
    ("Ungeområdet – flere unge i job.", "Tryghed: Alle skal føle sig trygge.")."""
    named = _SUBTITLE.fullmatch(item.strip()) or _COLON_SUBTITLE.fullmatch(item.strip())
    if not named or _EXPLANATION.search(named.group("head")):
        return False
    words = re.findall(r"[a-zæøå]+", named.group("tail"))
    return not any(w in pat.sentence_words or w in pat.goal_words or (w != "og" and w in pat.not_item_starts)
                   for w in words)


_DASHED = re.compile(r"(?P<head>[^\n]+?)[ ]+[-–][ ]+(?P<tail>[^\n]+)")
_MAX_SUBTITLE_WORDS = 6  # a subtitle after a dash on a title line ("Sammen om demens – hele vejen")


def _dash_subtitle(item: str, pat: _Patterns) -> bool:
    """An item on a line of its own is a title with a short subtitle after a dash ("Sammen om kvalitet i velfærden
    - gennem hele livet", "Faglighed – Mennesket kommer i første række"): the subtitle has no sentence mark, no
    other dash, no verb of a sentence or a goal, and does not open with a word of change that makes it an
    explanation ("Tryghed – flere voksne i gaderne", "Ungeområdet – flere unge i job.")."""
    named = _DASHED.fullmatch(" ".join(item.split()))
    if not named or _EXPLANATION.search(named.group("head")) or len(named.group("head").split()) > _MAX_TITLE_WORDS:
        return False
    tail = named.group("tail")
    words = re.findall(r"[^\W\d_]+", tail.casefold())
    if not words or len(tail.split()) > _MAX_SUBTITLE_WORDS or re.search(r"[.!?:;()\d]|[ ][-–][ ]", tail):
        return False
    return words[0] not in pat.dash_explanation_leads and not any(
        w in pat.sentence_words or w in pat.goal_words for w in words)


def _quoted_item(text: str, item: str, at: int) -> bool:
    """The item at ``at`` is the whole of a quote ("… for det første ”A – B”, for det andet ”C”")."""
    stop = at + len(item)
    return 0 < at and stop < len(text) and text[at - 1] in _QUOTES and text[stop] in _QUOTES


def _locate(text: str, name: str, start: int) -> tuple[int, int]:
    """Where ``name`` occurs from ``start`` on, also across a line break; at ``start`` if nowhere."""
    words = name.split()
    if not words:
        return (start, start) if start <= len(text) else (start, start + len(name))
    # as the pattern of the words joined by "\s+" would find it, without compiling one per name
    first, rest, size = words[0], words[1:], len(text)
    at = text.find(first, start)
    while at >= 0:
        end = at + len(first)
        for word in rest:
            gap = end
            while gap < size and text[gap].isspace():
                gap += 1
            if gap == end or not text.startswith(word, gap):
                break
            end = gap + len(word)
        else:
            return at, end
        at = text.find(first, at + 1)
    return start, start + len(name)


def _inline_items(
    sentence: str, pat: _Patterns, mode: str, count: Optional[int], pair: bool = False, named: bool = False,
    ended: bool = True,
) -> list[tuple[str, int]]:
    """Items of a list in running text; ``pair``: "A og B" of two abstract nouns is two items."""
    quoted = list(_QUOTED.finditer(sentence))
    if len(quoted) >= 2:
        return [(q.group("item").strip(), q.start("item")) for q in quoted]
    if mode == "quoted":
        return _counted_names(sentence, count) if named else []
    marked = _split_marked(sentence) or _split_bullets(sentence)
    if marked:
        return marked
    titles = _run_titles(sentence, pat, count) if mode == "list" else []
    if titles:
        return titles
    if mode in ("phrase", "list"):
        joined = _joined_objects(sentence, pat)
        if joined:
            return joined
    return [(i, max(0, sentence.find(i))) for i in _split_inline(sentence, pat, pair, count, ended)]


_TITLE_START = re.compile(rf"[ ]+(?=[{UPPER}][a-zæøå])")


def _run_titles(sentence: str, pat: _Patterns, count: Optional[int]) -> list[tuple[str, int]]:
    """Titles of a bullet list that a PDF conversion ran together after a counted noun and its colon
    ("fire temaer: Varsling Dialog og information Effektiv drift Netværk."): no commas, each title starts
    with a capital and goes on in lower case, exactly as many as counted; [] otherwise."""
    body = sentence.strip().rstrip(".")
    if not count or count < 2 or re.search(r"[,;:()\d\"”“«»]", body):
        return []
    items, at = [], 0
    for part in _TITLE_START.split(body):
        words = part.split()
        if (not words or len(words) > _MAX_CATEGORY_WORDS + 2 or not words[0][:1].isupper()
                or any(not w.islower() for w in words[1:] if w != "&") or _cut_name_end().search(part)
                or pat.sentence_words.intersection(w.casefold() for w in words)):
            return []
        at = sentence.find(part, at)
        items.append((part, at))
        at += len(part)
    return items if len(items) == count else []


def _counted_names(sentence: str, count: Optional[int]) -> list[tuple[str, int]]:
    """As many capitalised names as a general noun counts, joined by commas and "og"/"eller" ("følgende to
    projektkategorier: Levedygtige landsbyer eller Inkluderende byer"); [] otherwise."""
    if not count or count < 2:
        return []
    body = sentence.strip().rstrip(".")
    parts = [p.strip() for p in re.split(rf",[ ]+|[ ](?:og|eller|samt)[ ](?=[{UPPER}])", body)]
    if len(parts) != count or not all(p[:1].isupper() for p in parts):
        return []
    return [(p, max(0, sentence.find(p))) for p in parts]


def _joined_objects(sentence: str, pat: _Patterns) -> list[tuple[str, int]]:
    """Objects joined by a repeated preposition ("… på A, og på B"), each whole; [] when there are none.

    An infinitive object keeps its clause but not its "at" ("at forebygge, at unge …" → "forebygge, at unge …");
    another object is split further as a list ("A, B og C").
    """
    joins = list(pat.object_join.finditer(sentence))
    if not joins:
        return []
    items: list[tuple[str, int]] = []
    bounds = [0, *(j.end() for j in joins)]
    ends = [*(j.start() for j in joins), len(sentence)]
    for begin, end in zip(bounds, ends):
        part = sentence[begin:end]
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        if part.casefold().startswith("at "):
            items.append((part[3:].strip(), begin + lead + 3))
        else:
            items += [(i, begin + lead + max(0, part.find(i))) for i in _split_inline(part, pat, True, None)]
    return items


def _cut_off(text: str, end: int) -> bool:
    """The text ends at ``end`` in the middle of a sentence (a page cut off when it was saved)."""
    if not _ONLY_SPACE.match(text, end):
        return False
    last = end
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return last > 0 and text[last - 1] not in ".!?\"')”"


def _cut_list(text: str, items: list[tuple[str, int]], end: int, count: Optional[int]) -> bool:
    """Fewer bullets than the list counts and nothing after them: the saved page ends inside the list."""
    return bool(count) and 0 < len(items) < count and not text[end:].strip()


def _title_line(text: str, pos: int, line_end: int) -> bool:
    """The list on the line from ``pos`` ends with the line: it ends with no punctuation or
    conjunction and the next line starts a new sentence (a headline over its text)."""
    if line_end < 0 or not text[pos:line_end].strip():
        return False
    if _open_line_end().search(text, pos, line_end):
        return False
    following = _WRAP.match(text, line_end)
    return bool(following) and text[following.end()].isupper()


# A short note in brackets after an item of a running list ("Pulje A (20 mio. kr.), Pulje B (5 mio. kr.)"),
# blanked to its length so that its commas and dots neither split nor end the list; a mark after it
# moves to the item's end.
_ITEM_NOTE = re.compile(r"(?<=\w)[ ]\([^()\n]{1,40}\)(?:(?P<mark>[,;.])|(?=[ ](?:og|samt|eller)[ ]|$))")
_DANGLING_AND = re.compile(r"(?<=\w),?[ ]+(?:og|samt|eller)[ \t]*\Z")
_NEXT_BULLET = re.compile(rf"\n[ \t]*(?:[{_GLYPHS}])[ \t]+\S")  # a line opened by a bullet glyph


def _inline(text: str, pos: int, pat: _Patterns, start: _Start) -> tuple[list[tuple[str, int]], int]:
    """Items of a list written in running text from ``pos``; a heading's list is its line."""
    line_end = text.find("\n", pos)
    if start.mode == "heading" or _title_line(text, pos, line_end):
        stop = line_end
    else:
        blank = _BLANK_LINE.search(text, pos)
        stop = blank.start() if blank else -1
    stop = min(stop if stop >= 0 else len(text), pos + _INLINE_SCAN)
    next_bullet = _NEXT_BULLET.search(text, pos, stop)  # a list inside a bullet ends with its bullet
    stop = next_bullet.start() if next_bullet else stop
    rest = text[pos:stop].replace("\n", " ")
    if start.head.rstrip()[-1:] in ("-", "–"):  # "tre spor - A, B og C - og …": the list between the dashes
        rest = _CLOSING_DASH.split(rest, maxsplit=1)[0]
    enclosed = start.head.rstrip()[-1:] == "("  # "fire indsatsområder (A, B, C og D), som …"
    if enclosed:
        if ")" not in rest:
            return [], pos
        rest = rest[:rest.index(")")]
    rest = _ITEM_NOTE.sub(_blank_note, rest)  # "A (20 mio. kr.), B (…)": no item's part
    lead = _DOT_MARKER.match(rest)  # "1. Tryghed 2. Job": the first number mark ends no sentence
    numbers = [int(m.group("n")) for m in _DOT_MARKER.finditer(rest)][:2]
    lead_end = lead.end() if lead and numbers == [1, 2] else 0
    sentence = rest[:lead_end] + _SENTENCE_END.split(rest[lead_end:], maxsplit=1)[0]
    focus_object = pat.phrase.fullmatch(start.head) is not None  # "skarpt fokus på A, B og C": a list of two or more
    if start.mode in ("phrase", "heading", "direct") or focus_object or start.bare:
        sentence = pat.phrase_stop.split(sentence, maxsplit=1)[0]
    parts = [p for p in sentence.split(";") if p.strip()]
    if not (start.count and len(parts) == start.count > 1):  # "A, hvor …; B, hvor …; og C": each item's clause
        sentence = pat.clause.split(sentence, maxsplit=1)[0]  # is cut off with the item, not the list
    sentence = pat.parallel_aim.split(sentence, maxsplit=1)[0]  # "A, en ambition om B, og et mål om C"
    sentence = pat.quote.split(sentence, maxsplit=1)[0]  # "… fokus på A i byen, siger borgmesteren": the quote's tag
    sentence = _DANGLING_AND.sub("", sentence)  # "A, B, C og" where a bullet cuts the list off: its last "og" joins nothing
    pair = start.mode in ("phrase", "heading") or focus_object or _noun_direct(start)  # "fokusområderne A og B"
    named = start.mode == "quoted" and pat.counted_name.search(start.head) is not None
    cut = _cut_off(text, pos + len(sentence.rstrip()))
    items = [(i, pos + at) for i, at in _inline_items(sentence, pat, start.mode, start.count, pair, named, not cut)]
    if len(items) > 1 and len(items) != start.count and cut:
        items.pop()  # "…, Uddannelse og besk" where the saved page ends
    if start.mode == "direct" and not _direct_ok([i for i, _ in items], pat, _noun_direct(start)):
        pair_items = _verb_after_pair(rest, pat) if _noun_direct(start) else []  # "… trivsel og dannelse støttes"
        if not pair_items:
            return [], pos
        items = [(i, pos + at) for i, at in pair_items]
        return items, items[-1][1] + len(items[-1][0])
    if enclosed and len(items) != start.count:
        return [], pos  # "tre indsatsområder (se bilaget)": a reference, not the list
    if any(pat.example_tail.search(i.strip().rstrip(".")) for i, _ in items[-1:]):
        return [], pos  # "sommerskole, lektiecafé mv.": examples, not named areas
    least = 1 if start.mode == "phrase" else start.least
    if len(items) == 1 and _restricted_reference(items[0][0].strip(), text[items[0][1] + len(items[0][0]):], pat):
        return [], pos  # "særligt fokus på de børn, der …": whom the clause picks out, no area
    if len(items) == 1 and (_definite_thing(items[0][0].strip(), pat) or _task_on_thing(items[0][0], pat)):
        return [], pos  # "særligt fokus på cykelstien", "… på etablering af klinikken": a thing named before
    if any(_clause_item(i, pat) for i, _ in items) and not _counted_infinitives(items, start, pat):
        return [], pos  # "Inden for hver af de fire områder, har vi …": a sentence, not a list
    if len(items) == 1 and items[0][0].split()[:1] and items[0][0].split()[0].casefold() in pat.generic_heads:
        return [], pos  # "særligt fokus på arbejdet med handleplanen": a task referred to, not an area
    return (items, pos + len(sentence)) if len(items) >= least else ([], pos)


def _blank_note(note: re.Match[str]) -> str:
    """A note in brackets blanked to its length, a mark after it moved to where it begins."""
    mark = note.group("mark") or ""
    return (mark + " " * len(note.group(0)))[:len(note.group(0))]


def _clause_item(item: str, pat: _Patterns) -> bool:
    """An item that starts with a verb, preposition or conjunction (after any enumerating words): a
    piece of a sentence, not a name ("har vi planlagt tre aktiviteter", "og et mål om …")."""
    words = pat.item_lead.sub("", item.strip()).split()
    return bool(words) and words[0].casefold() in pat.not_item_starts


def _task_on_thing(item: str, pat: _Patterns) -> bool:
    """An action noun on one definite thing ("etablering af nærklinikken i Nakskov", "indretningen af de nye
    lokaler"): a task on a thing named before, not an area ("forebyggelse af kriminalitet" is one)."""
    words = item.split()
    # an adjective may stand before the action noun ("fremtidssikret håndtering af vandet")
    at = next((i for i in (1, 2) if i < len(words) and words[i].casefold() in pat.task_prepositions), 0)
    return (at > 0 and len(words) > at + 1 and all(w.islower() for w in words[:at])
            and (_definite_thing(words[at + 1].strip(",."), pat)
                 or (len(words) > at + 2 and words[at + 1] in pat.task_determiners)))


def _definite_thing(item: str, pat: _Patterns) -> bool:
    """One definite noun that is no abstract noun ("cykelstien", "projektet"; not "integrationen"), or one
    definite plural noun ("børnene", "familierne"), which refers to those named before."""
    if " " in item or not item.islower():
        return False
    return item.endswith(("ene", "erne")) or item.endswith(("en", "et")) and not item.endswith(pat.abstract_endings)


def _restricted_reference(item: str, after: str, pat: _Patterns) -> bool:
    """A determiner and one noun, perhaps after one definite adjective, before a restrictive relative clause
    ("særligt fokus på de børn, der var isoleret hjemme", "… på den organiserede kriminalitet, som begås af …"):
    the clause picks out whom or what it means, so the phrase names no area."""
    words = item.split()
    adjective = len(words) == 3 and words[1].islower() and words[1].endswith("e")
    return ((len(words) == 2 or adjective) and words[0].casefold() in pat.task_determiners
            and pat.relative_after.match(after) is not None)


def _bullets(text: str, line_end: int, count: Optional[int] = None,
             after_item: bool = False) -> tuple[list[tuple[str, int]], int]:
    """Bullet or numbered lines right under an opener (blank lines between them allowed), no more
    than ``count``; a dash line that quotes someone ("- Vi er glade, siger …") ends the list.
    A nested list keeps only its top level (see ``_top_level``). An opener that is itself an item of a
    list at the level of the lines under it heads no list (they are its siblings); ``after_item``: the
    lines are looked for after a list's own item, not under an opener."""
    found: list[tuple[str, int, tuple[int, bool]]] = []
    opener_end = line_end - 1 if text[line_end - 1:line_end] == "\n" else line_end
    opener = None if after_item else _BULLET.match(text, text.rfind("\n", 0, opener_end) + 1)
    while not count or len(_top_level(found)) < count:
        gap = _BLANK_LINES.match(text, line_end)
        bullet = _BULLET.match(text, gap.end()) if gap else None
        if bullet is None and found:
            wrap = _DEEP_WRAP.match(text, line_end)  # a long item's next line, indented deeper
            bullet = _BULLET.match(text, wrap.end()) if wrap else None
            line_end = wrap.end() if bullet else line_end
        if bullet is None and found:  # "• Boliger til ældre" over "  Fordi en egnet bolig …" lines
            explained = _explanation_end(text, line_end, found[-1][2][0])
            gap_after = _BLANK_LINES.match(text, explained) if explained else None  # none at the text's end
            bullet = _BULLET.match(text, gap_after.end()) if gap_after else None
            if bullet is not None and _level(bullet) == found[-1][2]:
                line_end = explained
            else:
                bullet = None
        if bullet is None or (found and patterns().quote.search(bullet.group("item"))):
            break
        if not found and opener is not None and opener.start() < bullet.start() and _level(opener) == _level(bullet):
            break  # "1. Ansøgning … - strategiske indsatsområder" then "2. …": the agenda's next items, no list under it
        if found and _outdented_number(_level(bullet), found[0][2], gap is not None and gap.group(0).count("\n") > 1):
            break  # "3. Næste punkt" after the bullets heads the next agenda item
        line_end = bullet.end()
        wrap = _BULLET_WRAP.match(text, line_end) if patterns().title_wrap.search(bullet.group("item")) else None
        if wrap:  # "• Sammenhængskraft og" over "  medborgerskab"
            line_end = wrap.end()
        found.append((text[bullet.start("item"):line_end], bullet.start("item"), _level(bullet)))
    return _top_level(found), line_end


_RUN_MARK = re.compile(rf"(?<![\w.])(?P<n>\d{{1,2}})[.)][ ]+(?=[{UPPER}])")
_ITEM_COUNT = re.compile(r"[ ]*\(\d{1,3}\)[ ]*\Z")  # "(3)": how many initiatives a slide counts under an item
_RUN_COUNT = re.compile(r"[ ]\(\d{1,3}\)")


def _numbered_run(text: str, pos: int, count: int) -> tuple[list[tuple[str, int]], int]:
    """Items numbered 1, 2, 3 … on the rest of the paragraph from ``pos`` ("1. A (3) 2. B (3) 3. C"): exactly
    ``count`` of them, the last ended by its sentence; or, where the saved text ends inside the list, those
    before the cut-off last one (at least two). A count in parentheses after an item is no part of it."""
    blank = _BLANK_LINE.search(text, pos)
    stop = min(blank.start() if blank else len(text), pos + _INLINE_SCAN)
    marks = []
    for m in _RUN_MARK.finditer(text, pos, stop):
        if int(m.group("n")) != len(marks) + 1:
            break
        marks.append(m)
    if len(marks) < 2 or len(marks) > count:
        return [], pos
    items = [(text[m.end():n.start()], m.end()) for m, n in zip(marks, marks[1:])]
    last = text[marks[-1].end():stop]
    ends = [m.start() for m in (_SENTENCE_END.search(last), _RUN_COUNT.search(last)) if m]
    if len(marks) == count and ends:
        items.append((last[:min(ends)], marks[-1].end()))
    elif not (_cut_off(text, stop) and len(items) >= 2):
        return [], pos  # fewer than counted, the list not cut off by the end of the saved text
    items = [(_ITEM_COUNT.sub("", " ".join(item.split())), at) for item, at in items]
    return items, items[-1][1] + len(items[-1][0])


def _titles_over_bullets(text: str, line_end: int, count: int, pat: _Patterns) -> tuple[list[tuple[str, int]], int]:
    """Exactly ``count`` title lines under a counted noun and its colon, each over its own bullets (an area over
    its initiatives: "seks indsatsområder:" / "Tidlig opsporing" / "• Initiativ …"), or those before the end of a
    saved page cut off inside the bullets; ([], line_end) otherwise."""
    titles: list[tuple[str, int]] = []
    end = line_end
    while len(titles) < count:
        gap = _BLANK_LINES.match(text, end)
        line = _LINE.match(text, gap.end()) if gap and gap.end() < len(text) else None
        if line is None or _MARK.match(line.group(0)):
            break
        title = line.group("line")
        if not _heading_like(title) or _title_kind(title, pat) != "title" or title.casefold().startswith(pat.agenda_items):
            break
        bullets, stop = _bullets(text, line.end())
        if len(bullets) < 2:
            break
        titles.append((title, line.start("line")))
        end = stop
    if len(titles) == count or (titles and _cut_off(text, end)):
        return titles, end
    return [], line_end


def _counted_bullets(text: str, line_end: int, count: int) -> tuple[list[tuple[str, int]], int]:
    """Exactly ``count`` bullets under a counted noun and its clause (or fewer where the saved page ends);
    more bullets right after them are another list only when a blank line parts them from the first
    ``count``, which stand on consecutive lines; ([], line_end) otherwise."""
    items, end = _bullets(text, line_end, count)
    number = _NUMBER_MARK.match(text, text.rfind("\n", 0, items[0][1]) + 1) if items else None
    if number and number.group(1) != "1":
        return [], line_end  # "4. Ny legeplads", "5. …": numbered from past 1, the next items of an agenda
    if len(items) < count:
        return (items, end) if _cut_list(text, items, end, count) else ([], line_end)
    more, _ = _bullets(text, end, 1, after_item=True)
    consecutive = not _BLANK_LINE.search(text, items[0][1], end)
    if more and not (consecutive and _BLANK_LINE.match(text, end)):
        return [], line_end  # "to temaer, der fylder meget:" over four bullets: no list of two
    return items, end


def _clause_lead_end(text: str, line_end: int, pat: _Patterns) -> int:
    """The end of a short line right under ``line_end`` that opens a clause its bullets complete ("Kommunen
    arbejder for, at"); ``line_end`` itself when there is none."""
    gap = _BLANK_LINES.match(text, line_end)
    line = _LINE.match(text, gap.end()) if gap and gap.end() < len(text) else None
    if line is None or _MARK.match(line.group(0)):
        return line_end
    words = line.group("line").rstrip(":").split()
    if len(words) <= _MAX_CLAUSE_LEAD_WORDS and words[-1].casefold() in pat.clause_lead_words:
        return line.end()
    return line_end


def _clause_bullets(text: str, head: str, line_end: int, count: int,
                    pat: _Patterns) -> tuple[list[tuple[str, int]], int]:
    """Exactly ``count`` marked clauses under a counted list noun (or those before the end of a saved page cut off
    inside them): each an infinitive ("1. At skabe flere lærepladser.") or the rest of a short line opening the
    clause ("Kommunen arbejder for, at" / "• Flere ledige kommer i job") right under a line that the counted noun
    ``head`` ends (a heading: "Planen har tre indsatsområder"). The count naming them areas is what makes such clauses areas; a final period is no
    part of them."""
    heading = text[:line_end].rstrip().endswith(head)
    lead_end = _clause_lead_end(text, line_end, pat) if heading else line_end
    items, end = _counted_bullets(text, lead_end, count)
    if not items or (len(items) != count and not _cut_list(text, items, end, count)):
        return [], line_end
    infinitives = [item.split(" ", 1)[0].casefold() in pat.clause_lead_words for item, _ in items]
    if not all(infinitives) if lead_end == line_end else any(infinitives):
        return [], line_end  # a lead line ending in "at" is completed by clauses, not by infinitives
    if any(re.search(r"\d|[:;?!]", item) or len(item.split()) > _MAX_WORDS_NUMBERED for item, _ in items):
        return [], line_end
    return [(item.rstrip().rstrip("."), at) for item, at in items], end


def _clause_list(text: str, start: _Start, pat: _Patterns) -> bool:
    """The counted noun opening ``start`` stands over a list of clauses (see ``_clause_bullets``)."""
    line_end = text.find("\n", start.pos)
    return line_end >= 0 and bool(start.count) and bool(
        _clause_bullets(text, start.head, line_end, start.count or 0, pat)[0])


def _explanation_end(text: str, line_end: int, indent: int) -> Optional[int]:
    """Where the lines explaining a bullet item end: one or more lines under it, indented deeper than its
    mark and no bullets themselves; None when no such line follows."""
    end = None
    for m in re.finditer(r"\n(?P<lead>[ \t]*)(?P<line>[^\n]*)", text[line_end:]):
        line = m.group("line")
        if not line.strip():
            if end is None:
                return None
            continue
        if len(m.group("lead").expandtabs(4)) <= indent or _MARK.match(line):
            break
        end = line_end + m.end()
    return end


def _outdented_number(level: tuple[int, bool], first: tuple[int, bool], blank: bool) -> bool:
    """A numbered line after symbol bullets: less indented, or as indented after a blank line."""
    return level[1] and not first[1] and (level[0] < first[0] or (blank and level[0] == first[0]))


def _level(bullet: re.Match[str]) -> tuple[int, bool]:
    """A bullet line's indentation and whether its mark is a number or letter."""
    indent = len(bullet.group(0)) - len(bullet.group(0).lstrip(" \t"))
    mark = bullet.group(0).lstrip(" \t")
    return indent, mark[0].isdigit() or (mark[0].isalpha() and mark[1:2] in (".", ")"))


def _top_level(found: list[tuple[str, int, tuple[int, bool]]]) -> list[tuple[str, int]]:
    """The items of a list's top level: under numbered items, symbol bullets are sub-items; an item
    indented deeper than the first is a sub-item when the list comes back to the first's depth."""
    if not found:
        return []
    indent, numbered = found[0][2]
    if numbered:
        found = [f for f in found if f[2][1]]
    deeper = [i for i, f in enumerate(found) if f[2][0] > indent]
    if deeper and any(f[2][0] == indent for f in found[deeper[0]:]):
        found = [f for f in found if f[2][0] <= indent]
    return [(item, at) for item, at, _ in found]


def _column(text: str, start: _Start) -> tuple[list[tuple[str, int]], int]:
    """The cells under a table's focus-area column header (``start.head`` is the header row)."""
    header = start.head.strip().strip("|").split("|")
    names = [c.strip().casefold() for c in header]
    column = next(i for i, c in enumerate(names) if c and patterns().table.match(f"|{c}|"))
    items: list[tuple[str, int]] = []
    end = start.pos
    for row in _TABLE_ROW.finditer(text, start.pos + 1):
        if text[end:row.start()].strip():
            break
        end = row.end()
        cells = row.group("cells").split("|")
        if _RULE.fullmatch(row.group("cells")) or column >= len(cells):
            continue
        cell = cells[column]
        offset = row.start("cells") + sum(len(c) + 1 for c in cells[:column])
        if cell.strip():
            items.append((cell.strip(), offset + cell.find(cell.strip())))
    return items, end


def _heading_like(line: str) -> bool:
    """A short line without sentence punctuation at its end: a heading or a plain list line."""
    words = line.split()
    return 1 <= len(words) <= _MAX_WORDS_BLOCK and len(line) <= 90 and line[-1] not in ".!?,;" and line[0].isalnum()


def _lines(text: str, pos: int) -> tuple[list[re.Match[str]], list[bool], bool]:
    """The non-blank lines from ``pos`` (a bounded number), whether a blank line precedes each,
    and whether they run to the end of a text cut off in mid-sentence."""
    lines: list[re.Match[str]] = []
    blank_before: list[bool] = []
    previous = pos
    for m in _LINE.finditer(text, pos, min(len(text), pos + _BLOCK_SCAN)):
        blank_before.append(text.count("\n", previous, m.start()) > 1)
        lines.append(m)
        previous = m.end()
        if len(lines) >= _BLOCK_LINES:
            break
    return lines, blank_before, _cut_off(text, previous)


def _titles(kinds: str, count: int, titled: bool, cut: bool) -> Optional[re.Match[str]]:
    """``count`` titles each followed by a paragraph (H = title line, P = paragraph line); when the
    text is ``cut`` inside the list, the titles it still has (at least two)."""
    lead = "P?" if titled else ""
    found = re.match(rf"{lead}(?:HP+){{{count}}}", kinds)
    if found or not cut or count < 3:
        return found
    kinds = kinds[:-1] if kinds.endswith("H") else kinds  # a short last line may be a cut paragraph
    found = re.match(rf"{lead}(?:HP+){{1,{count - 1}}}H?$", kinds)
    return found if found and found.group(0).count("H") >= 2 else None


def _titles_under(text: str, pos: int, count: int) -> list[tuple[str, int]]:
    """``count`` titles each followed by a paragraph right under ``pos``; [] otherwise."""
    lines, _, cut = _lines(text, pos)
    plain = [_unbold(m.group("line"), m.start("line")) for m in lines]
    kinds = "".join("H" if _heading_like(line) else "P" for line, _ in plain)
    titles = _titles(kinds, count, False, cut) if count >= 2 else None
    found = [plain[i] for i in range(titles.end()) if kinds[i] == "H"] if titles else []
    # a number mark is no date ("1. Tryghed og trivsel"), but an agenda item's title is no area ("2. Eventuelt"),
    # nor are titles numbered from past 1 ("4. Ny legeplads", "5. …": the next items of an agenda)
    named = [_MARK.sub("", line) for line, _ in found]
    first = _NUMBER_MARK.match(found[0][0]) if found else None
    if first and first.group(1) != "1":
        return []
    if any(_title_kind(line, patterns()) not in ("title", "wrap") or line.casefold().startswith(patterns().agenda_items)
           for line in named):
        return []  # "Punkt 3" / "Godkendt.", "Vi mødes igen": an agenda or sentences, no titles
    return found


def _line_block(text: str, pos: int, count: Optional[int], titled: bool) -> tuple[list[tuple[str, int]], int]:
    """Areas as short lines under an opener: with a count, that many titles each followed by a
    paragraph (under a title also after one paragraph of introduction), or that many plain lines;
    without a count, plain lines ended by a blank line."""
    lines, blank_before, cut = _lines(text, pos)
    plain = [_unbold(m.group("line"), m.start("line")) for m in lines]  # "**Tryghed**" as a title
    kinds = "".join("H" if _heading_like(line) else "P" for line, _ in plain)
    size = 0
    if count:
        titles = _titles(kinds, count, titled, cut)
        if titles:
            return [plain[i] for i in range(titles.end()) if kinds[i] == "H"], lines[titles.end() - 1].end()
        if re.match(rf"H{{{count}}}(?!H)", kinds) and _evenly_spaced(blank_before, count):
            size = count
    else:
        titles = _title_lines(text, pos, titled, patterns())
        if titles[0]:
            return titles
    if not size:
        size = _labelled(lines, count)
    if not size:
        return [], pos
    return plain[:size], lines[size - 1].end()


_MAX_TITLE_WORDS = 8  # a title line of an uncounted block (one box or link of a web page per area)
_MAX_TITLES = 8  # more short lines than this under an opener are a menu


def _title_kind(line: str, pat: _Patterns) -> str:
    """What a line under an uncounted opener is: "title" (a short name), "wrap" (a title going on
    onto the next line), "furniture" ("Læs mere"), "dated" (a date or an amount) or "text"."""
    low = line.casefold()
    if low.startswith(pat.furniture):
        return "furniture"
    words = line.split()
    if len(words) > _MAX_TITLE_WORDS or len(line) > 70 or not line[0].isalnum():
        return "text"
    if re.search(r"\d", line):
        return "dated"
    if any(word.casefold() in pat.sentence_words for word in words):
        return "text"  # "Vi vil gøre området tryggere" under a title line
    if pat.title_wrap.search(line):
        return "wrap"
    return "text" if line[-1] in ".!?:;" else "title"


def _unbold(line: str, start: int) -> tuple[str, int]:
    """A line without the Markdown marks of bold or italic type around it ("**Tryghed**")."""
    marked = re.fullmatch(r"(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1", line)
    return (marked.group(2), start + marked.start(2)) if marked else (line, start)


def _row_cells(line: str, start: int) -> list[tuple[str, int]]:
    """The non-empty cells of a table row with their offsets ([] for a rule row)."""
    cells = []
    for m in re.finditer(r"[^|]+", line):
        cell = m.group(0)
        if cell.strip() and not _RULE.fullmatch(cell):
            cells.append((cell.strip(), start + m.start() + cell.find(cell.strip())))
    return cells


_SECTION_NUMBER = re.compile(r"[ \t]*(?P<n>\d{1,2})\.[ \t]+(?=\S)")


def _numbered_block_lines(text: str, pos: int) -> Iterator[tuple[re.Match[str], int, Optional[re.Match[str]]]]:
    """Each line of the block from ``pos`` (a bounded scan), where its line starts, and the section number
    that leads it ("2. ", or None)."""
    for m in _LINE.finditer(text, pos, min(len(text), pos + _BLOCK_SCAN)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        yield m, line_start, _SECTION_NUMBER.match(text, line_start)


_NUMBERED_TITLE_MAX = 160  # characters of a counted numbered title ("2. Flere opsøgende teams …, inkl. …")


def _counted_numbered_lines(text: str, pos: int, count: int) -> tuple[list[tuple[str, int]], int]:
    """Exactly ``count`` lines led by the numbers 1 … ``count`` in turn at one indent below an opener that
    counts them ("syv indsatsområder …:" over "1. A" and its paragraph, "2. B" …): their titles, however long
    or punctuated (the count and the numbers agree); [] otherwise."""
    found: list[tuple[str, int]] = []
    indent = -1
    end = pos
    for m, line_start, number in _numbered_block_lines(text, pos):
        if number is None or (found and number.start("n") - line_start != indent):
            continue
        if len(found) == count:  # the next number at the same indent: the list is longer than counted
            return ([], pos) if int(number.group("n")) == count + 1 else (found, end)
        if int(number.group("n")) != len(found) + 1:
            return [], pos  # a number out of turn: no list of this count
        title = text[number.end():m.end()].strip()
        if not title.lstrip(_QUOTES)[:1].isupper() or len(title) > _NUMBERED_TITLE_MAX:  # "”Pårørende …”" too
            return [], pos
        indent = number.start("n") - line_start
        found.append((title, number.end() + text[number.end():m.end()].find(title)))
        end = m.end()
    return (found, end) if len(found) == count else ([], pos)


def _numbered_sections(text: str, pos: int, pat: _Patterns) -> tuple[list[tuple[str, int]], int]:
    """Areas as numbered section titles under a title of focus areas: the first line below is "1. A", and
    the next lines led by the next numbers ("2. B", …) at the same indent are short title lines, however much
    text (paragraphs, bullets of aims) each section holds; two or more titles, [] otherwise."""
    found: list[tuple[str, int]] = []
    indent = -1
    end = pos
    for m, line_start, number in _numbered_block_lines(text, pos):
        if not found and (not number or number.group("n") != "1"):
            return [], pos  # the title's first line is no first section
        if not number or int(number.group("n")) != len(found) + 1 or (found and number.start("n") - line_start != indent):
            continue
        title = text[number.end():m.end()].strip()
        if _title_kind(title, pat) != "title" or title.casefold().startswith(pat.agenda_items):
            break
        indent = number.start("n") - line_start
        found.append((title, number.end()))
        end = m.end()
    return (found, end) if len(found) >= 2 else ([], pos)


def _title_lines(text: str, pos: int, titled: bool, pat: _Patterns) -> tuple[list[tuple[str, int]], int]:
    """Areas as short title lines under an opener without a count (at most one blank line after it):
    all on consecutive lines, or all apart by blank lines (one box or link per area on a web page),
    also as cells of a table; a line ending in "og", "samt" or a comma goes on onto the next line.
    The block ends at a sentence, a dated line or page furniture (a short link line under every
    title is passed over); under a title (``titled``) it must end at a paragraph or furniture, and a
    dated line there makes it no list."""
    items: list[tuple[str, int]] = []
    wrapped: Optional[tuple[str, int]] = None
    previous = pos
    spaced: Optional[bool] = None
    stop = "end"
    links: list[int] = []  # how many items there were at each "Læs mere" line
    ends: list[int] = []
    for m in _LINE.finditer(text, pos, min(len(text), pos + _BLOCK_SCAN)):
        blank = text.count("\n", previous, m.start()) > 1
        line = m.group("line")
        if line.startswith("|"):
            cells = _row_cells(line, m.start("line"))
            if not cells or _HEADER_ROW.match(text, m.end()):  # a rule row, a header row over body rows
                previous = m.end()
                continue
            if len(cells) > 1 and _title_kind(cells[0][0], pat) == "title" and any(
                    _title_kind(cell, pat) != "title" for cell, _ in cells[1:]):
                cells = cells[:1]  # the areas' column beside a column of explanations
        else:
            cells = [_unbold(line, m.start("line"))]
        if wrapped:
            if blank or len(cells) > 1 or _title_kind(line, pat) != "title":
                return [], pos
            items.append((f"{wrapped[0]} {line}", wrapped[1]))
            wrapped, previous = None, m.end()
            ends.append(previous)
            continue
        if blank and (text.count("\n", previous, m.start()) > 3 or (not items and previous == pos and
                                                                      text.count("\n", previous, m.start()) > 2)):
            stop = "gap"
            break
        if any(cell.casefold() in pat.menu_lines for cell, _ in cells):
            if not (items and blank and spaced is not False):
                return [], pos  # "Indsatsområder" / "Nyheder" / "Kalender": a menu
            stop = "text"  # "Kontakt" as the title of the next part of the page
            break
        kinds = {_title_kind(cell, pat) for cell, _ in cells}
        if kinds == {"furniture"} and items and spaced is not False and len(line.split()) <= 3:
            links.append(len(items))  # "Læs mere" under each box's title
            previous = m.end()
            continue
        if kinds - {"title", "wrap"}:
            stop = next(iter(kinds - {"title", "wrap"}))
            break
        if items and spaced is None:
            spaced = blank
        elif items and blank != spaced:
            if spaced or not blank:
                return [], pos
            stop = "gap"  # a block of consecutive lines ended by a blank line
            break
        if "wrap" in kinds:
            if len(cells) > 1:
                return [], pos
            wrapped = cells[0]
        else:
            items += cells
            ends += [m.end()] * len(cells)
        previous = m.end()
        if len(items) > _MAX_TITLES:
            return [], pos
    else:
        stop = "end" if not titled else "open"
    if links:  # one link under all the titles, or one under each; a title after it heads the next part
        if links != list(range(1, len(links) + 1)) and len(links) > 1:
            return [], pos
        kept = links[-1]
        items, ends, stop = items[:kept], ends[:kept], "furniture"
    if wrapped or len(items) < 2:
        return [], pos
    if titled and (stop in ("dated", "open") or (stop == "gap" and spaced)):
        return [], pos
    return items, ends[-1]


def _evenly_spaced(blank_before: list[bool], count: int) -> bool:
    """The first ``count`` lines are all on consecutive lines or all apart by blank lines, and a
    blank line or nothing follows them ("under fire indsatsområder:" and four short titles)."""
    inner = blank_before[1:count]
    if not any(inner):
        return True
    return all(inner) and (len(blank_before) == count or blank_before[count])


def _labelled(lines: list[re.Match[str]], count: Optional[int]) -> int:
    """How many lines from the first are "Name: explanation" lines of a list: ``count`` of them,
    or without a count all of them (at least two) up to the first other line."""
    size = 0
    while size < len(lines) and _LABEL_LINE.match(lines[size].group("line")):
        size += 1
    if count:
        return count if size >= count else 0
    return size if size >= 2 else 0


def _items_after(text: str, start: _Start, pat: _Patterns) -> tuple[list[tuple[str, int]], int, bool]:
    """Items after an opener, where the list ends, and whether they are lines of a block."""
    pos = start.pos
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if start.mode == "table":
        items, end = _column(text, start)
        return items, end, True
    if start.mode == "strategy":  # "Vores strategi" / "Vi arbejder for et samfund præget af:" / bullets
        items, end = _intro_bullets(text, pos)
        themes = 2 <= len(items) <= _MAX_STRATEGY_THEMES and all(_theme_like(item, pat) for item, _ in items)
        return (items, end, True) if themes else ([], pos, False)
    if start.mode == "strategy_sections":  # "Strategispor og mål" / "Klima i balance" / its goals as bullets / …
        items, end = _strategy_sections(text, pos, pat)
        return (items, end, True) if items else ([], pos, False)
    if start.mode == "member":  # "Forebyggelse af indbrud er et af rådets kerneområder."
        return [(start.head, pos)], pos + len(start.head), False
    if start.mode == "clause_bullets":  # "fire faste temaer, der går igen hvert år." over four bullets
        items, end = _counted_bullets(text, line_end, start.count)
        agenda = any(re.search(r"\d", item) or _clean(item, pat).casefold().startswith(pat.agenda_items)
                     for item, _ in items)  # "tre temaer, der blev udskudt:" over "1. Budget 2025", "Eventuelt"
        if (len(items) == start.count or _cut_list(text, items, end, start.count)) and not agenda:
            return items, end, True
        lines = _titles_under(text, line_end, start.count)  # "… , som beskrives nedenfor." over titled paragraphs
        return (lines, lines[-1][1] + len(lines[-1][0]), True) if lines else ([], pos, False)
    if start.mode == "line_bullets":  # "… i tre fokusområder. Under hvert …" over three bullets
        items, end = _counted_bullets(text, line_end, start.count)
        titles = all(_short_title(_clean(item, pat), pat) for item, _ in items)
        if len(items) == start.count and titles and not _sentence_items(items, pat):
            return items, end, True
        clauses = _clause_bullets(text, start.head, line_end, start.count, pat)
        if clauses[0]:
            return clauses[0], clauses[1], True
        lines = _titles_under(text, line_end, start.count)  # or as many titles each over a paragraph
        return (lines, lines[-1][1] + len(lines[-1][0]), True) if lines else ([], pos, False)
    if start.mode == "focus_bullets":  # "… med fokus på en række aktiviteter, herunder:" over bullets
        items, end = _bullets(text, line_end)
        names = [_clean(item, pat) for item, _ in items]
        if len(items) >= 2 and not _sentence_items(items, pat) and all(_focus_bullet(n, pat) for n in names):
            return items, end, True
        return [], pos, False
    if start.mode == "subject":  # "Fokus er på demokrati og bæredygtighed i …": one bare word each
        return _subject_items(text, start, pat)
    if start.mode == "before":  # "A, B og C udgør de tre grundelementer i strategien"
        return _items_before(text, start, pat), pos + len(start.head), False
    if start.mode == "label":  # "Indsatsområde 2: Tryghed og trivsel"
        inline = None if _CLOSING_NAME.match(text, pos) or _line_start(text, pos - len(start.head)) else (
            _inline_label_name(text, pos))
        return ([(inline.group("name"), pos)], inline.end(), False) if inline else (
            [(text[pos:line_end], pos)], line_end, True)
    if start.mode == "titled":  # "… to af indsatsområderne i programmet." over two titled paragraphs
        lines = _titles_under(text, line_end, start.count or 0)
        if not lines and start.count:  # or over exactly as many short bullets ("… fire strategiske ambitioner.")
            items, end = _counted_bullets(text, line_end, start.count)
            if (len(items) == start.count and not _sentence_items(items, pat)
                    and all(_short_title(_clean(item, pat), pat) for item, _ in items)):
                return items, end, True
        return (lines, lines[-1][1] + len(lines[-1][0]), True) if lines else ([], pos, False)
    if start.mode == "suffixed_label":  # "… Indsatsområde Godt naboskab - projekter …"
        m = pat.suffixed_label.match(text, pos - len(start.head))
        return ([(m.group("name"), pos)], m.end("name"), True) if m else ([], pos, False)
    if start.mode == "label_run":  # "… Indsatsområde 2 Børn og unge Lektiecafé …" on one line
        name = _RUN_NAME.match(text, pos)
        return [(name.group("name"), pos)], name.end("name"), True
    if start.mode == "chosen_as":  # "har udpeget A, B og C som rådets strategiske fokusområder"
        m = pat.chosen_as.match(text, pos - len(start.head))
        body = m.group("list")
        if m.group("one"):
            names = [body]
        else:
            names = _split_inline(re.sub(r"[ ](?:foruden|såvel som)[ ]", " samt ", body), pat, False, start.count)
        items, at = [], m.start("list")
        for name in names:
            name = pat.owner_lead.sub("", name)  # "kommunens udsatte boligområder": the owner is no part of the name
            found = text.find(name, at, m.end("list"))
            if found < 0:
                return [], pos, False
            items.append((name, found))
            at = found + len(name)
        return items, m.end("list"), False
    if start.mode == "numbered":  # "fem fokusområder (og 24 indsatser) 1. A (3) 2. B (3) …" on one line
        items, end = _numbered_run(text, pos, start.count or 0)
        return (items, end, True) if items else ([], pos, False)
    if start.mode == "toc_marked":  # "RELATIONER... 5 FOKUSOMRÅDE... 5"
        return [(start.head.strip(), pos)], pos + len(start.head), True
    if start.mode == "label_next":  # "FOKUSOMRÅDE 1" over "En brugervenlig sektor ........ 10"
        return _next_line_name(text, pos, line_end, pat)
    if start.mode == "quoted_label":  # "under temaet ”Det gode liv i landsbyen”"
        quoted = _QUOTED.match(text, pos) or _capitalised_name(text, pos, pat)
        return ([(quoted.group("item").strip(), quoted.start("item"))], quoted.end(), False) if quoted else ([], pos, False)
    if start.mode == "counted_named":  # "… fire fokusområder for 2024. Det er A, B, C og D."
        items, end = _inline(text, pos, pat, start)
        names = [_clean(item, pat) for item, _ in items]
        if len(items) == start.count and all(_named_item(n, pat) for n in names):
            return items, end, False
        return [], pos, False
    if start.mode == "counted":
        clause = text[pos:pos + 12].split(" ", 1)[0].casefold() in pat.relative_starts
        items, end = ([], pos) if clause else _inline(text, pos, pat, start)  # "tre temaer, hvor der er …"
        if len(items) == start.count:
            return items, end, False
        if pat.relative_colon.fullmatch(text, pos, line_end):  # "fem områder, som skal …:" over bullets
            items, end = _bullets(text, line_end)
            if len(items) == start.count or _cut_list(text, items, end, start.count):
                return items, end, True
        return [], pos, False
    if start.mode == "quoted" and not start.count and start.head.rstrip().endswith(":") and (
            _covered(text, pos - len(start.head), pat) or _theme_heading(text, pos - len(start.head), pat)):
        start = replace(start, mode="list")  # "Politikken skal beskrive følgende områder:" over its themes
        items, end = ([], pos) if text[pos:line_end].strip() else _bullets(text, line_end)
        if len(items) >= 2:
            return ([], pos, False) if _sentence_items(items, pat) else (items, end, True)
    if start.mode == "list" and start.count and _relative_colon(text, start, line_end, pat):
        items, end = _counted_bullets(text, line_end, start.count)  # "fire spor, der er afgørende:" over bullets
        if not items:  # or as many numbered titles, each over its paragraph
            items, end = _counted_numbered_lines(text, line_end, start.count)
        return (items, end, True) if items else ([], pos, False)
    if text[pos:line_end].strip() or start.mode == "heading":
        items, end = _inline(text, pos, pat, start)
        return items, end, False
    if start.mode not in ("list", "block", "quoted"):
        return [], pos, False
    if start.mode == "quoted" and start.count and _focus_context(text, pos - len(start.head), pat):
        items, end = _bullets(text, line_end)  # "følgende 4 områder:" over four bullets
        if len(items) == start.count or _cut_list(text, items, end, start.count):
            return items, end, True  # a saved page may end inside the list
    if start.mode == "block" and not start.count:  # "Fokusområder" over "1. A", its section, "2. B", …
        items, end = _numbered_sections(text, line_end, pat)
        if items:
            return items, end, True
    if start.mode in ("list", "block"):
        items, end = _bullets(text, line_end, start.count)
        alone = start.count or start.mode != "block" or _after_break(text, start.pos - len(start.head), pat)
        if len(items) < max(2, start.count or 0) and alone:  # numbered titles each with a paragraph
            lines, line_stop = _line_block(text, line_end, start.count, start.mode == "block")
            items, end = (lines, line_stop) if lines else (items, end)
        if not items and start.count and start.mode == "list":  # titles each over its bullets
            items, end = _titles_over_bullets(text, line_end, start.count, pat)
        if len(items) < (start.count or 0):  # as many numbered lines as counted, however long each title
            numbered = _counted_numbered_lines(text, line_end, start.count or 0)
            items, end = numbered if numbered[0] else (items, end)
        if items:
            return items, end, True
    following = _BLANK_LINES.match(text, pos) if start.mode == "block" else _WRAP.match(text, pos)
    if not following:
        return [], pos, False
    items, end = _inline(text, following.end(), pat, start)  # "indsatsområder:\nA, B og C."
    if start.mode == "block" and (len(items) != start.count or ":" in text[following.end():end]
                                  or any(re.search(r"\d", item) for item, _ in items)
                                  or any(w.casefold() in pat.sentence_words for item, _ in items for w in item.split())):
        return [], pos, False  # under a title only a bare list of as many items as it counts, no dates, no sentence
    return items, end, False


def _items_before(text: str, start: _Start, pat: _Patterns) -> list[tuple[str, int]]:
    """The items of a list that opens its sentence before a verb and a counted noun ("Mangfoldighed,
    bæredygtighed, sunde hjem og beboerdemokrati udgør de fire grundelementer"): exactly as many as counted,
    each a short phrase without a verb or a number (not "Vi har i år valgt sundhed og trivsel, som er de to …")."""
    m = pat.before_list.match(text, start.pos) or pat.before_sentence.match(text, start.pos)
    if m is None or not start.count:
        return []
    names = _split_inline(m.group("list"), pat, False, start.count)
    if len(names) != start.count or "," not in m.group("list") and start.count > 2:
        return []
    items, at = [], start.pos
    for name in names:
        words = name.split()
        if (len(words) > _MAX_BEFORE_WORDS or re.search(r"\d", name) or not name[:1].isalpha()
                or words[0].casefold() in pat.not_item_starts | pat.pair_determiners or any(w.casefold() in pat.sentence_words for w in words)):
            return []
        if len(words) == 1 and (_definite_thing(name.casefold(), pat) or not (common_word(name) or compound_head(name))):
            return []  # "Skolen, hallen og biblioteket", "Jens, Ole og Marie": things or names, no areas
        at = text.find(name, at)
        if at < 0:
            return []
        items.append((name, at))
        at += len(name)
    return items


def _relative_colon(text: str, start: _Start, line_end: int, pat: _Patterns) -> bool:
    """A counted list noun goes on with a relative clause that ends its line in a colon ("fire strategiske
    spor, der er afgørende for samarbejdet:"): the items are the bullets below, not the clause."""
    comma = start.head.rfind(",")
    if comma < 0:
        return False
    clause = f"{start.head[comma + 1:]} {text[start.pos:line_end]}".strip()
    return (clause.split()[0].casefold() in pat.relative_starts and clause.endswith(":")
            and pat.relative_colon.fullmatch(clause) is not None)


def _next_line_name(text: str, pos: int, line_end: int, pat: _Patterns) -> tuple[list[tuple[str, int]], int, bool]:
    """The name on the line under a numbered label standing alone ("FOKUSOMRÅDE 1" over "En brugervenlig
    digital sektor ........ 10"), without a table of contents' dot leaders and page number; a name that
    wraps goes on onto a next line starting in lower case."""
    line = text[pos:line_end]
    end = line_end
    if not _LEADERS.search(line):
        following = re.match(r"\n[ \t]*(?P<line>[a-zæøå][^\n]*)", text[line_end:])
        if following and _LEADERS.search(following.group("line")):  # "… digital suverænitet" / "og … i Europa ... 18"
            line = f"{line} {following.group('line')}"
            end = line_end + following.end()
    name = _LEADERS.sub("", line).strip()
    words = name.split()
    if (not name or not _heading_like(name) or re.search(r"\d", name)
            or any(w.casefold() in pat.sentence_words for w in words)):
        return [], pos, False
    return [(name, pos)], end, True


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (after a full stop, a blank line or a line ending in a colon)."""
    begin = max(0, pos - _CONTEXT_SCAN)
    ends = list(re.finditer(r"[.!?:][ \t]*\n|[.!?][ ]+(?=[A-ZÆØÅ])|\n[ \t]*\n", text[begin:pos]))
    return begin + ends[-1].end() if ends else begin


def _covered(text: str, pos: int, pat: _Patterns) -> bool:
    """The sentence before ``pos`` says that a policy, strategy or plan covers what follows
    ("Værdighedspolitikken skal som minimum beskrive følgende områder:")."""
    sentence = text[_sentence_start(text, pos):pos]
    subject = pat.cover_subject.search(sentence)
    return bool(subject and pat.cover_verb.search(sentence, subject.end()))


def _theme_heading(text: str, pos: int, pat: _Patterns) -> bool:
    """The heading of the section holding ``pos`` names themes ("2. Temaer for Seniorrådet 2025" over
    "Følgende emner blev valgt:"): looked for in the short lines above, up to a numbered heading."""
    begin = text.rfind("\n", 0, pos) + 1
    low = max(0, begin - _CONTEXT_SCAN * 2)
    lines = text[low:begin].split("\n")
    for line in reversed(lines[1:] if low else lines):  # not a line cut by the window
        line = _HEADING_MARK.sub("", line, count=1).strip().strip("*_")
        if not line or not _heading_like(line):
            continue
        if pat.theme_heading.search(line):
            return True
        if _MARK.match(line) or re.match(r"\d{1,3}[ \t]", line):
            return False  # the heading of another agenda item
    return False


def _activity_section(text: str, pos: int, pat: _Patterns) -> bool:
    """The nearest heading above ``pos`` (a short line after a blank line) is only a noun of activities or goals
    ("Aktiviteter", "TILTAG"): the section lists what a project does, not its focus areas."""
    begin = text.rfind("\n", 0, pos) + 1
    low = max(0, begin - _CONTEXT_SCAN * 2)
    lines = text[low:begin].split("\n")
    lines = lines[1:] if low else lines  # not a line cut by the window
    for index in range(len(lines) - 1, -1, -1):
        line = _HEADING_MARK.sub("", lines[index], count=1).strip().strip("*_:")
        if line and _heading_like(line) and (not lines[index - 1].strip() if index else low == 0):
            return pat.not_nouns.fullmatch(line) is not None
    return False


def _named_item(name: str, pat: _Patterns) -> bool:
    """An item named after a counted noun in a sentence of its own or a clause of content: no person's name
    ("Anne Hansen"), no correlative that goes on with groups or places ("både børn, unge og …")."""
    words = name.split()
    if not words or words[0].casefold() in pat.correlatives:
        return False
    return not (len(words) >= 2 and all(w[:1].isupper() for w in words) and not common_word(words[0]))


def _focus_bullet(name: str, pat: _Patterns) -> bool:
    """A bullet under a sentence of focus that names an area: a capitalised phrase of a few words, no
    number, no verb of a sentence, no closing question or exclamation."""
    words = name.split()
    return (0 < len(words) <= _MAX_WORDS_BLOCK and name[0].isupper() and not re.search(r"[\d!?:;]", name)
            and not any(w.casefold() in pat.sentence_words for w in words))


def _sentence_items(items: list[tuple[str, int]], pat: _Patterns) -> bool:
    """Most items are sentences of news or goals ("Opfølgning på mødet den 3. maj.", "Flere skal i job")."""
    told = sum(1 for item, _ in items if re.search(r"\d", item) or
               pat.goal_words.intersection(item.casefold().split()))
    return told * 2 > len(items)


def _intro_bullets(text: str, pos: int) -> tuple[list[tuple[str, int]], int]:
    """The bullets under one sentence of introduction ending in a colon right under the heading line
    ending at ``pos``; none otherwise."""
    following = _LINE.match(text, _BLANK_LINES.match(text, pos).end()) if pos < len(text) else None
    if following is None:
        return [], pos
    intro = following.group("line")
    if intro.endswith(":") and _MIN_INTRO_WORDS <= len(intro.split()) <= _MAX_INTRO_WORDS:
        return _bullets(text, following.end())
    return [], pos  # "Bilag:", "Deltagere:" or bullets of their own under the heading


_MIN_STRATEGY_SECTIONS = 3  # titled sections right under a strategy heading that name its tracks or themes


def _strategy_sections(text: str, pos: int, pat: _Patterns) -> tuple[list[tuple[str, int]], int]:
    """The titles of the sections right under a strategy heading ending at ``pos``, each a theme-like title over
    its own paragraph or bullets ("Strategien med kulturpolitikken" / "At bruge kultur på tværs af sektorer" / a
    paragraph / "At bruge kultur i læringen" / a paragraph / …): the strategy's tracks or themes; at least
    three, none without its text. The first line under the heading must be such a title (an introduction or a
    link opens other text); a title holding a list noun ("Tværgående temaer") heads a list of its own and,
    like any other short line, ends the sections."""
    lines, _, _ = _lines(text, pos)
    titles: list[tuple[str, int]] = []
    end, body = pos, 0
    for m in lines:
        line, at = _unbold(m.group("line"), m.start("line"))
        short = _heading_like(line)
        title = short and _theme_like(line, pat) and not pat.head_noun.search(line) and not re.search(r"\d", line)
        if not title and (not short or (titles and not body)):  # a section's text (a short sentence cut off too)
            if not titles:
                return [], pos
            body, end = body + 1, m.end()
            continue
        if not title:
            break
        if titles and not body:
            return [], pos  # two titles in a row: a menu or a list, no titled sections
        titles.append((line, at))
        body = 0
    if titles and not body:
        titles.pop()  # the last title has no text of its own before the sections end
    if not _MIN_STRATEGY_SECTIONS <= len(titles) <= _MAX_TITLES:
        return [], pos
    return titles, end


def _theme_like(item: str, pat: _Patterns) -> bool:
    """A bullet that names a theme: a phrase of two or more words, only the first capitalised, no sentence,
    explanation or punctuation ("Styrket mental sundhed", not "Vi vil …", "Anne Hansen, formand", "Januar:
    høring", "Landbrug og Fødevarer", "Nordskolen")."""
    words = item.split()
    return (2 <= len(words) <= _MAX_WORDS_BLOCK and words[0][0].isupper() and all(w.islower() for w in words[1:])
            and not re.search(r"[.!?:;,()]", item)
            and not any(w.casefold() in pat.sentence_words for w in words))


def _focus_context(text: str, pos: int, pat: _Patterns) -> bool:
    """The text just before ``pos`` speaks of focus, efforts or priorities."""
    return bool(pat.focus_context.search(text, max(0, pos - _CONTEXT_SCAN), pos))


def _direct_ok(items: list[str], pat: _Patterns, pair: bool = False) -> bool:
    """A list joined without a colon: three or more items, capitalised ones, or after a definite list noun
    (``pair``) two bare abstract nouns ("fokusområderne trivsel og dannelse"), not a clause."""
    if not items or items[0].split()[0].casefold().rstrip(".:") in pat.not_item_starts:
        return False
    if _adverb_verb_start(items[0].split(), pat):
        return False
    return len(items) >= 3 or all(i[:1].isupper() for i in items) or (pair and _abstract_words(items, pat))


def _noun_direct(start: _Start) -> bool:
    """A definite plural list noun followed straight by its items ("fokusområderne A og B"), not joined by a
    verb ("ét af indsatsområderne er A og B", one area)."""
    words = start.head.split()
    return start.mode == "direct" and bool(words) and words[-1].casefold() not in _direct_verbs()


@functools.lru_cache(maxsize=1)
def _direct_verbs() -> frozenset[str]:
    """Verbs that join a list noun to its items ("… indsatsområder er A, B og C")."""
    return frozenset(str(w).casefold() for w in cues()["direct_openers"])


def _abstract_words(items: list[str], pat: _Patterns) -> bool:
    """Two items, each one lower-case abstract noun ("trivsel", "dannelse")."""
    return len(items) == 2 and all(
        len(i.split()) == 1 and i.isalpha() and i.islower() and i.endswith(pat.abstract_endings) for i in items)


def _limit(item: str, block: bool) -> int:
    """Most words of a name: more on a line of its own, most when an explanation follows it."""
    if not block:
        return _MAX_WORDS_INLINE
    return _MAX_WORDS_EXPLAINED if _EXPLANATION.search(_MARK.sub("", item)) else _MAX_WORDS_BLOCK


def _counted_infinitives(items: list[tuple[str, int]], start: _Start, pat: _Patterns) -> bool:
    """A list in running text of as many items as its noun counts, the first an infinitive ("tre indsatsområder -
    nemlig at udbygge …, at tiltrække … og at skabe …"): the count makes the clauses areas, taken whole."""
    return (start.count is not None and len(items) == start.count >= 2 and start.mode in ("list", "direct")
            and items[0][0].split(" ", 1)[0].casefold() in pat.clause_lead_words)


def _name_ok(name: str, limit: int, pat: _Patterns, clause: bool = False) -> bool:
    """A cleaned item of at most ``limit`` words that can name a focus area; an infinitive ("at skabe …") only
    as a ``clause`` of a counted list of them (see ``_clause_bullets``)."""
    words = name.split()
    if not name or len(name) > 120 or len(words) > limit or words[0].casefold() in pat.pronoun_starts:
        return False
    if _adverb_verb_start(words, pat):
        return False
    if name.casefold() in pat.generic_items or (name.lower().startswith("at ") and not clause) or _CODE.match(name):
        return False
    return not (pat.time_expression.fullmatch(name) or pat.counted_noun.match(name))


def _adverb_verb_start(words: list[str], pat: _Patterns) -> bool:
    """Words that open with an adverb and a finite verb or a participle ("nu er sammenfattet under …", "nu
    samlet under værdierne …"): a clause whose subject came before them, no name."""
    if len(words) < 2 or words[0].casefold() not in pat.clause_adverbs:
        return False
    verb = words[1].casefold()
    return verb in pat.pair_verbs or (verb.endswith("et") and len(words) > 2)


def _raw_name(name: str, text: str, raw: str, begin: int, stop: int) -> str:
    """The name as the raw text writes it (its own dashes and quotes), where the span holds the name."""
    if len(raw) == len(text) and " ".join(text[begin:stop].split()) == name:
        return " ".join(raw[begin:stop].split())
    return name


def _subject_items(text: str, start: _Start, pat: _Patterns) -> tuple[list[tuple[str, int]], int, bool]:
    """The bare one-word items of a sentence that opens with its focus ("Fokus er på A og B …"), none where one
    is a determiner, a pronoun or a word that only refers ("Fokus er på det og meget mere")."""
    m = pat.focus_subject.match(text, start.pos - len(start.head))
    if not m:
        return [], start.pos, False
    items = [(w.group(0), w.start()) for w in re.finditer(r"[^\s,]+", m.group("list"))]
    items = [(word, m.start("list") + at) for word, at in items if word not in ("og", "samt")]
    refused = pat.bare_determiners | pat.pronoun_starts | pat.generic_items | pat.not_item_starts
    if any(word.casefold() in refused or pat.time_expression.fullmatch(word) for word, _ in items):
        return [], start.pos, False
    return items, m.end("list"), False


@functools.lru_cache(maxsize=1)
def _pair_before_verb() -> re.Pattern[str]:
    """Two bare nouns joined by "og" right before a finite or passive verb ("trivsel og dannelse støttes", "… og
    dannelse styrker skolen …")."""
    verbs, endings = _alternation(cues()["pair_verbs"]), _alternation(cues()["pair_verb_endings"])
    return re.compile(rf"(?P<a>[a-zæøå]+)[ ]og[ ](?P<b>[a-zæøå]+)[ ](?:{verbs}|[a-zæøå]{{3,}}(?:{endings}))(?![\w])")


def _verb_after_pair(rest: str, pat: _Patterns) -> list[tuple[str, int]]:
    """The two abstract nouns a definite list noun names before the verb of its sentence."""
    m = _pair_before_verb().match(rest)
    if not m or not _abstract_words([m.group("a"), m.group("b")], pat):
        return []
    return [(m.group("a"), m.start("a")), (m.group("b"), m.start("b"))]


@functools.lru_cache(maxsize=1)
def _minutes_opener() -> re.Pattern[str]:
    """A word that names focus areas as such in an opener of a list in minutes."""
    return re.compile(_alternation(cues()["minutes_opener_words"]), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _focus_word() -> re.Pattern[str]:
    """A word that speaks of focus ("særligt fokus på", "Fokus på …", "fokusere")."""
    return re.compile(rf"(?<![\w])(?:{_alternation(cues()['focus_talk_stems'])})", re.IGNORECASE)


def _focus_talk(head: str) -> bool:
    """An opener that speaks of focus ("særligt fokus på", "Fokus på …") without naming focus areas as such."""
    return bool(_focus_word().search(head)) and not _minutes_opener().search(head)


@functools.lru_cache(maxsize=1)
def _theme_word() -> re.Pattern[str]:
    """A noun of themes in an opener ("Fremsendte temaer til budget 2025:", "følgende fire temaer:")."""
    return re.compile(rf"(?<![\w])(?:{_alternation(cues()['minutes_theme_words'])})(?![\w])", re.IGNORECASE)


def _theme_talk(head: str, sentence: str = "", earlier: str = "") -> bool:
    """An opener that lists themes without naming focus areas as such, nor (in its sentence) the policy,
    strategy or effort that owns them: in minutes, the themes of a case (budget wishes, a plan's chapters).
    Themes an ``earlier`` sentence gives an owner ("… drøftelse af de overordnede temaer i ældrepolitikken." over
    "Følgende temaer blev drøftet:") are that owner's."""
    return bool(_theme_word().search(head)) and not _minutes_opener().search(head) \
        and not _theme_owner().search(sentence or head) and not _owned_themes(earlier)


def _owned_themes(text: str) -> bool:
    """The last sentence of ``text`` that speaks of themes also names their owner (a policy, a strategy)."""
    for sentence in reversed(_SENTENCE_SPLIT.split(text)):
        if _theme_word().search(sentence):
            return bool(_theme_owner().search(sentence))
    return False


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _earlier_text(text: str, pos: int, sentence: str, reach: int = 400) -> str:
    """The text within ``reach`` characters before the sentence that leads up to ``pos``."""
    end = pos - len(sentence)
    return text[max(0, end - reach):end]


def _sentence_before(text: str, pos: int, reach: int = 200) -> str:
    """The sentence that leads up to ``pos`` (within ``reach`` characters, not across a blank line)."""
    before = text[max(0, pos - reach):pos]
    cut = max(before.rfind(". "), before.rfind("\n\n"), before.rfind(".\n"))
    return before[cut + 1:] if cut >= 0 else before


@functools.lru_cache(maxsize=1)
def _theme_owner() -> re.Pattern[str]:
    # also as the last part of a compound ("ældrepolitikken", "Handicapstrategien")
    return re.compile(rf"(?:{_alternation(cues()['theme_owner_words'])})(?![\w])", re.IGNORECASE)


def find_focus_areas(text: str, raw: str, minutes: bool = False) -> list[FocusArea]:
    """Focus areas in order of appearance, each name once.

    In ``minutes`` a list opened by talk of focus ("… har særligt fokus på A og B") counts only when its
    opener also names focus areas as such (``minutes_opener_words``): a committee's record speaks of the
    focus of the day's cases; so does a list opened by a noun of themes ("Fremsendte temaer til budgettet:").
    """
    pat = patterns()
    found: dict[str, FocusArea] = {}
    titled: set[str] = set()  # names found on lines of their own
    listed: list[tuple[str, int]] = []  # names of a list on lines of their own, and where the list ends
    covered = -1  # a list found so far ends here; openers inside it explain an area
    for start in _starts(text, pat):
        if start.pos <= covered or (minutes and (_focus_talk(start.head) or _theme_talk(start.head, sentence := _sentence_before(text, start.pos),
                                                                              _earlier_text(text, start.pos, sentence))
                                                  or _proposed_topics(text, start, pat))):
            continue
        items, end, block = _items_after(text, start, pat)
        if start.bare and not _bare_list(text, items, end, pat):
            continue  # "… et stort fokus på en sammenhængende, tværfaglig tilgang": one thing, no named areas
        counted = start.mode == "numbered" or (block and start.count is not None and len(items) == start.count)
        carried = _carried(text, items[0][1], items[0][0].strip()) if start.mode == "phrase" and len(items) == 1 else None
        items = [carried] if carried else items  # "særligt fokus på projekter, der styrker friluftslivet"
        wide = bool(carried) or start.carried
        whole = (start.mode == "line_bullets" and _clause_list(text, start, pat)  # clauses are taken whole
                 or start.mode == "strategy_sections"  # "At bruge kultur på tværs af sektorer" as a section's title
                 or _counted_infinitives(items, start, pat))  # "fire områder: At øge beskæftigelsen, at få flere i job, …"
        names = [(_clean(item, pat, whole or _quoted_item(text, item, at), block), at,
                  _MAX_WORDS_NUMBERED if counted or whole else _MAX_CARRIED_WORDS if wide else _limit(item, block))
                 for item, at in items]
        if any(_MONEY.search(n) or (area_like(n) and not n.endswith("området")) for n, _, _ in names):
            continue  # "særligt fokus på Vollsmose og Korsløkken", "hhv. 2 mio. kr. til …": no focus areas
        if pat.counted_name.search(start.head) and any(len(re.findall(r"\w+", n)) > _MAX_CATEGORY_WORDS
                                                       for n, _, _ in names):
            continue  # "søge inden for fire kategorier:" over activities for target groups, not named areas
        names = [(n, at) for n, at, limit in names if _name_ok(n, limit, pat, clause=whole)]
        if names and all(pat.goal_words.intersection(n.casefold().split()) for n, _ in names):
            continue  # "Flere unge skal i uddannelse", "Sygefraværet skal ned": goals, not areas
        if len(names) >= 2 and all(pat.vision_copulas.intersection(n.casefold().split()[1:3]) for n, _ in names):
            continue  # "Odense er en by, hvor …", "Odense er en inkluderende by …": visions told as sentences
        if not names or (start.titles_only and any(_title_kind(n, pat) != "title" for n, _ in names)):
            continue
        if pat.phrase.fullmatch(start.head) and _in_area_section(text, start.pos, listed, pat):
            continue  # "særligt fokus på X" in the section that explains a listed area: a detail of it
        covered = max(covered, end) if block else covered
        listed += [(n.casefold(), end) for n, _ in names] if block else []
        for name, at in names:
            if name.casefold() in found:
                titled.update([name.casefold()] if block else [])
                continue
            begin, stop = _locate(text, name, at)
            if (_cut_name_end().search(name) or _cut_last_word(name)) and not text[stop:].strip():
                continue  # the page ends in the middle of the last item ("2. Bedre kv")
            dangling, in_text = _dangling_conjunction().search(name), _dangling_conjunction().search(text, begin, stop)
            if dangling and in_text:
                name, stop = name[:dangling.start()], in_text.start()  # "• Balance og": the name before "og"
            found[name.casefold()] = FocusArea(name=_raw_name(name, text, raw, begin, stop), text=raw[begin:stop],
                                               start=begin, end=stop)
            if block:
                titled.add(name.casefold())
    return [area for key, area in found.items() if key in titled or not _restated(key, titled)]


_SENTENCE_CLOSE = re.compile(r"[ \t]*(?:[.!]|\n|\Z)")


@functools.lru_cache(maxsize=1)
def _dangling_conjunction() -> re.Pattern[str]:
    """An item ending in a conjunction with nothing after it on its line ("• Balance og" over the next bullet):
    a conversion lost the rest, and the name is the words before it."""
    return re.compile(rf"[ ]+(?:{_alternation(cues()['dangling_conjunctions'])})[ \t]*\Z", re.IGNORECASE)


def _proposed_topics(text: str, start: _Start, pat: _Patterns) -> bool:
    """In minutes, a general noun without a count in an agenda item headed by themes ("2. Temaer for rådet" over
    "Følgende emner blev foreslået:"): the subjects a council will take up at its meetings, no focus areas."""
    at = start.pos - len(start.head)
    return (start.mode == "quoted" and not start.count and _theme_heading(text, at, pat)
            and not _covered(text, at, pat))


def _bare_list(text: str, items: list[tuple[str, int]], end: int, pat: _Patterns) -> bool:
    """Items of a plain sentence of focus that name areas: three or more names without an article or a
    determiner, ending the sentence ("Der er fokus på vækst, velfærd og økonomisk robusthed.")."""
    firsts = [item.split()[0].casefold() for item, _ in items if item.split()]
    return (len(firsts) == len(items) >= 3 and not pat.bare_determiners.intersection(firsts)
            and _SENTENCE_CLOSE.match(text, end) is not None)


def _restated(name: str, titled: set[str]) -> bool:
    """A short name from running text ("tre spor – deltagelse, infrastruktur og viden") that a longer name on a
    line of its own restates ("Spor 1. Deltagelse og fællesskab for alle"): the title names the area."""
    return len(name.split()) <= _MAX_RESTATED_WORDS and any(
        title != name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) for title in titled)


def _in_area_section(text: str, pos: int, listed: list[tuple[str, int]], pat: _Patterns) -> bool:
    """``pos`` stands in a section after a list of areas whose heading speaks of one of them (shares a
    longer word with it: "Hensynsløs kørsel skaber utryghed" over "… særligt fokus på unges knallertkørsel"):
    the heading is the nearest short line above, after a blank line, below the list."""
    if not listed:
        return False
    low = max(0, pos - _SECTION_SCAN, min(end for _, end in listed))
    lines = text[low:text.rfind("\n", 0, pos) + 1].split("\n")
    for index in range(len(lines) - 1, 0, -1):
        line = _HEADING_MARK.sub("", lines[index], count=1).strip().strip("*_")
        if not line or not _heading_like(line) or lines[index - 1].strip():
            continue
        heading = _content_words(line, pat)
        return any(end <= pos and heading & _content_words(name, pat) for name, end in listed)
    return False


def _content_words(text: str, pat: _Patterns) -> set[str]:
    """The longer words of a name or heading, lower case, without words that only join or refer."""
    return {w for w in re.findall(r"[^\W\d_]+", text.casefold())
            if len(w) >= _MIN_CONTENT_LETTERS and w not in pat.link_words}
