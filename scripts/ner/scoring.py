"""Training-time NER scorer: entity P/R/F1 micro-averaged over PER/ORG/LOC only.

Registered as ``socdoc.ner_core_scorer.v1`` so that spaCy keeps the checkpoint that is best on the
labels socdoc is judged on (the built-in scorer's ``ents_f`` also counts MISC). The exported model's
config names the built-in ``spacy.ner_scorer.v1`` again (``scripts/train_ner.py``), so the shipped
pipeline loads without this module.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from spacy.scorer import PRFScore, get_ner_prf
from spacy.training import Example
from spacy.util import registry

CORE_LABELS = ("PER", "ORG", "LOC")


def core_prf(examples: Iterable[Example], labels: tuple[str, ...] = CORE_LABELS) -> PRFScore:
    """Exact-span entity counts over ``labels`` (same matching as spaCy's ``get_ner_prf``)."""
    total = PRFScore()
    for eg in examples:
        if not eg.y.has_annotation("ENT_IOB"):
            continue
        golds = {(e.label_, e.start, e.end) for e in eg.y.ents if e.label_ in labels}
        align_x2y = eg.alignment.x2y
        for pred in eg.x.ents:
            if pred.label_ not in labels:
                continue
            indices = align_x2y[pred.start:pred.end]
            if not len(indices):
                continue
            if all(token.ent_iob != 0 for token in eg.y[indices[0]:indices[-1] + 1]):
                key = (pred.label_, indices[0], indices[-1] + 1)
                if key in golds:
                    total.tp += 1
                    golds.remove(key)
                else:
                    total.fp += 1
        total.fn += len(golds)
    return total


def score_core_ents(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """spaCy's NER scores, with ``ents_p/r/f`` over PER/ORG/LOC (per-type scores unchanged)."""
    examples = list(examples)
    scores = get_ner_prf(examples, **kwargs)
    core = core_prf(examples)
    scores.update({"ents_p": core.precision, "ents_r": core.recall, "ents_f": core.fscore})
    return scores


@registry.scorers("socdoc.ner_core_scorer.v1")
def make_core_scorer() -> Callable[..., dict[str, Any]]:
    return score_core_ents
