"""Evidence for the NER model's organisation names that no rule of socdoc found.

A name that only the model calls an organisation (every mention a model span, priority 0) is kept
unless the document shows that it names something else. The mechanisms, each general:

- a document, date, case or kind-of-place word: a word of the name ends in such a noun
  (``document_heads``), as in agenda titles run together ("Nordby Mødedato", "Vestby
  Anlægsoversigt", "Skema B") or a place of a kind ("Nordby Idrætsby");

An organisation's head word or cue in the name's last word ("-foreningen", "Kommune", "Fonden";
``ner_org_cues.txt``) outweighs the word-shape mechanisms.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any, Optional

from socdoc import lazy_re as re
from socdoc.extractors.entities import common_word
from socdoc.extractors.ner_accept import _org_cue
from socdoc.lang.da import parse_yaml

UPPER = "A-ZÆØÅÉÜÖÄ"
LOWER = "a-zæøåéüöäß"



@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("socdoc.lang.da").joinpath("ner_evidence.yaml").read_text(encoding="utf-8")
    return parse_yaml(text)


def _words(name: str) -> list[str]:
    return [w.strip(",.:;'\"()") for w in name.split() if w.strip(",.:;'\"()")]


def _org_word(word: str) -> bool:
    from socdoc.extractors.parties import _is_org_word, _org_head_word

    return _org_cue(word) or _is_org_word(word) or _org_head_word(word)


def _document_word(word: str) -> bool:
    low = word.lower()
    return any(low == h or (low.endswith(h) and len(low) - len(h) >= 3) for h in _data()["document_heads"])


def _document_name(words: list[str]) -> bool:
    """A word of the name that names a document, a date, a case or a kind of place ("Mødedato",
    "Anlægsoversigt", "Skema"), and no organisation's word at the end of the name."""
    return any(_document_word(w) for w in words) and not _org_word(words[-1])


def unsupported_model_name(text: str, group: list[Any], doc: Any = None) -> Optional[str]:
    """Why a party that only the NER model found is something else (the mechanism's name), or None."""
    if any(c.priority != 0 or c.type != "organisation" for c in group):
        return None
    words = _words(group[0].name)
    if not words:
        return None
    if _document_name(words):
        return "document"
    return None


__all__ = ["unsupported_model_name"]
