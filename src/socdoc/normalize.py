"""Length-preserving text normalisation.

Every substitution maps one character to one character, so a character offset in the
normalised text is the same offset in the text the user passed in. Extractors work on the
normalised text; facts quote the original text at the same offsets.
"""

from __future__ import annotations

from socdoc import lazy_re as re

_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\t": " ",
        # zero-width spaces, joiners and the BOM: invisible marks a web page leaves at paragraph starts,
        # heading ends and after slashes; as spaces they no longer glue themselves to the next word
        "\u200b": " ",
        "\u200c": " ",
        "\u200d": " ",
        "\u2060": " ",
        "\ufeff": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",
        "\u2212": "-",  # minus sign
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2022": "•",
        "\u000b": "\n",
        "\u000c": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0000": " ",
    }
)

def fold_typography(text: str) -> str:
    """``text`` with the typographic characters the normalisation maps written plainly ("KL’s" →
    "KL's", "Udvalget ”Job”" → 'Udvalget "Job"'), as the normalised text writes them."""
    return text.translate(_CHAR_MAP)


_CR = re.compile(r"\r(\n?)")
# Runs of the characters _CHAR_MAP changes: most texts hold few, so translating only these runs
# is cheaper than translating every character.
_MAPPED_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CHAR_MAP)) + "]+")


def _translate_run(match: re.Match[str]) -> str:
    return match.group().translate(_CHAR_MAP)


def _cr(match: re.Match[str]) -> str:
    return " \n" if match.group(1) else "\n"


# A user code a case system glues to a name by an underscore ("AAB50_Bent Holm"): the underscore
# becomes a space, so the code and the name are two words.
_CODE_GLUE = re.compile(r"\b([A-ZÆØÅ]{2,6}\d{1,4})_(?=[A-ZÆØÅ][a-zæøå])")


# Hard-wrapped text (a PDF's lines, a mail at 72 columns): the line breaks inside a paragraph are
# spaces, so a name, an amount, a date or a role and its name broken over two lines read as one.
_WRAP_MIN, _WRAP_MAX = 40, 130  # lines of a wrapped paragraph; longer lines are paragraphs of their own
_WRAP_LINES = 4  # a text with fewer lines of wrapping length is not wrapped
_WRAP_FULL = 0.6  # a wrapped line fills at least this share of the width
# Where a line break is a real one: the next line opens a list item, a numbered item, a table row or
# a "Label:" line; or a line holds a column gap (three spaces) or a table cell.
_NEW_LINE_OPENER = re.compile(r"(?:\d{1,3}[.)] ?(?=[A-ZÆØÅ\"(])|[•*\-]\s|\||[A-ZÆØÅ][\w /&-]{0,30}:(?:\s|$))")
# a line of one capitalised word that closes a sentence ("Sønderskov.", "Holm,"), and a line ending in a
# capitalised word: a person's name broken before its last word
_NAME_TAIL_LINE = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?[.,]")
_NAME_WORD_END = re.compile(r"(?:^|\s)[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\Z")
_OPEN_END = re.compile(r"(?:,|(?<![^\W\d_])[a-zæøå]{1,3})\Z")  # "… sammen med" / "…, Nordby Kommune,"
_LIST_LINE = re.compile(r"[A-ZÆØÅ]|\d{1,3}[.)]|[•*\-–]")
_COLUMN_GAP = re.compile(r"\S {3,}\S|\||\.{4}")


def _wrap_width(lengths: list[int]) -> int:
    """The width a text is wrapped at, 0 when it is not wrapped: the 90th percentile of the lengths
    of its lines of wrapping length, when few lines are longer (paragraphs one per line)."""
    wrapped = sorted(n for n in lengths if _WRAP_MIN <= n <= _WRAP_MAX)
    if len(wrapped) < _WRAP_LINES:
        return 0
    longer = sum(1 for n in lengths if n > _WRAP_MAX)
    if longer > max(2, len(wrapped) // 10):
        return 0
    return wrapped[(len(wrapped) - 1) * 9 // 10]


def _soft_break(line: str, nxt: str, width: int, listed: bool, opening: bool) -> bool:
    """Whether the break between ``line`` and ``nxt`` (both stripped) is a wrap inside a paragraph:
    ``line`` is full (the next line's first word would not have fitted on it) and ends mid-sentence,
    and ``nxt`` continues it rather than opening a line of its own. In a ``listed`` block (most of
    its lines open with a capital: titles one per line) only a line opening in lower case continues;
    so does it after the ``opening`` line of a block (a title over its text: "… Christiansø" over
    "Beslutning: Udsat."), unless that line ends in a comma or a short word ("i", "for", "med"),
    and before a line of one word."""
    if not line or not nxt or len(line) < _WRAP_FULL * width:
        return False
    first = nxt.split(None, 1)[0]
    if len(line) + 1 + len(first) <= width:
        return False  # the next word would have fitted: the writer broke the line
    end = line[-1]
    if end in "!?:;" or (end == "." and not (nxt[0].islower() or nxt[0].isdigit())):
        return False
    # one capitalised word closing a sentence under a line ending in a capitalised word: a person's name
    # broken before its last word ("… ledes af Ida Marie" over "Holm."), in a block of capitalised lines too
    name_tail = first == nxt and _NAME_TAIL_LINE.fullmatch(nxt) and _NAME_WORD_END.search(line)
    if not nxt[0].islower() and not name_tail and (listed or first == nxt or (opening and not _OPEN_END.search(line))):
        return False
    if line.split(None, 1)[0] == first:  # "åbent 5 …" over "åbent 6 …"
        return False
    if end.isdigit() and nxt[0].isupper():  # "… den 06-03-2018" over "Ingen.": a heading over its text
        return False
    return not (_NEW_LINE_OPENER.match(nxt) or _COLUMN_GAP.search(line) or _COLUMN_GAP.search(nxt))


def _listed_blocks(stripped: list[str]) -> list[bool]:
    """Per line, whether its block (lines between blank lines) is a list: of three or more lines,
    most of those after the first open with a capital, an item number or a mark (a year
    opening a line of prose does not count)."""
    out = [False] * len(stripped)
    i = 0
    while i < len(stripped):
        if not stripped[i]:
            i += 1
            continue
        j = i
        while j < len(stripped) and stripped[j]:
            j += 1
        caps = sum(1 for s in stripped[i + 1:j] if _LIST_LINE.match(s))
        if j - i >= 3 and 2 * caps > j - i - 1:
            out[i:j] = [True] * (j - i)
        i = j
    return out


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs turned into spaces (same length).

    A break is soft when its line is full (the next line's first word would not have fitted on
    it), ends mid-sentence and the next line continues it: "Boligselskabet" over "Sjælland", "8,1"
    over "mio. kr.", "borgmester Anders" over "Holm". Texts without wrapped paragraphs are unchanged.
    """
    if text.count("\n") < _WRAP_LINES:
        return text
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    width = _wrap_width([len(s) for s in stripped])
    if not width:
        return text
    listed = _listed_blocks(stripped)
    pieces, last, pos = [], 0, 0
    for i in range(len(lines) - 1):
        pos += len(lines[i])  # the line break after line i
        if _soft_break(stripped[i], stripped[i + 1], width, listed[i], i == 0 or not stripped[i - 1]):
            pieces.append(text[last:pos])
            last = pos + 1
        pos += 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return " ".join(pieces)


def normalize(text: str) -> str:
    """Normalise spaces, dashes, quotes and line ends without changing the length; the line breaks
    inside hard-wrapped paragraphs become spaces (:func:`unwrap`).

    >>> normalize("8,1\u00a0mio.\u00a0kr. i 2013\u20132015\r\n")
    '8,1 mio. kr. i 2013-2015 \\n'
    """
    out = _MAPPED_RUN.sub(_translate_run, text)
    if "\r" in out:
        out = _CR.sub(_cr, out)
    if "_" in out:
        out = _CODE_GLUE.sub(r"\1 ", out)
    return unwrap(out)
