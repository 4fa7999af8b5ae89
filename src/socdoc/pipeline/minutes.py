"""The minutes component: meeting facts and one decision per agenda item."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.pipeline.state import get_state, register_extensions

register_extensions()


class Minutes:
    """Meeting, agenda items and their decisions for council and committee minutes."""

    def __call__(self, doc: Doc) -> Doc:
        get_state(doc)
        return doc


@Language.factory("socdoc_minutes", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_minutes(nlp: Language, name: str) -> Minutes:
    return Minutes()
