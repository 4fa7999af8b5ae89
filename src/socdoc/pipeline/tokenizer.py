"""A tokenizer wrapper that normalises the text (length-preserving) before spaCy's own."""

from __future__ import annotations

from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from socdoc.normalize import normalize


class NormalizingTokenizer:
    """Call the language's tokenizer on the normalised text; keep the raw text in user_data."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        normalized = normalize(text)
        doc = self.tokenizer(normalized)
        doc.user_data["socdoc_raw"] = text
        doc.user_data["socdoc_text"] = normalized
        return doc

    def pipe(self, texts, batch_size: int = 1000):  # noqa: ANN001 - spaCy's protocol
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs) -> bytes:  # noqa: ANN003
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> "NormalizingTokenizer":  # noqa: ANN003
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:  # noqa: ANN001, ANN003
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> "NormalizingTokenizer":  # noqa: ANN001, ANN003
        self.tokenizer.from_disk(path, **kwargs)
        return self


@registry.tokenizers("socdoc.normalizing_tokenizer.v1")
def create_normalizing_tokenizer() -> Callable[[Language], NormalizingTokenizer]:
    """Registered factory: the Danish tokenizer behind socdoc's normaliser."""

    def make(nlp: Language) -> NormalizingTokenizer:
        base = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        return NormalizingTokenizer(base)

    return make
