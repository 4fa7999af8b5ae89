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


def normalize(text: str) -> str:
    """Normalise spaces, dashes, quotes and line ends without changing the length.

    >>> normalize("8,1\u00a0mio.\u00a0kr. i 2013\u20132015\r\n")
    '8,1 mio. kr. i 2013-2015 \\n'
    """
    out = _MAPPED_RUN.sub(_translate_run, text)
    if "\r" in out:
        out = _CR.sub(_cr, out)
    if "_" in out:
        out = _CODE_GLUE.sub(r"\1 ", out)
    return out
