"""Build socdoc's spaCy pipeline from ``config.cfg`` (and the trained model when present)."""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language

from socdoc.pipeline import components, segmenter, tokenizer  # noqa: F401  (registers factories)
from socdoc.pipeline import minutes  # noqa: F401,E402  (registers socdoc_minutes)
from socdoc.pipeline import entities  # noqa: F401,E402  (registers the entity components)

MODEL_NAME = "da_socdoc_ner"
MAX_LENGTH = 20_000_000


def config_path() -> Path:
    return Path(str(resources.files(__name__).joinpath("config.cfg")))


def find_model() -> Optional[Path]:
    """Where the trained NER pipeline lives: ``$SOCDOC_MODEL``, the installed package, or the repo."""
    env = os.environ.get("SOCDOC_MODEL")
    if env is not None:
        return Path(env) if env and Path(env).is_dir() else None
    package_dir = Path(__file__).resolve().parents[1]
    for candidate in (package_dir / "models" / MODEL_NAME, package_dir.parents[1] / "models" / MODEL_NAME):
        if (candidate / "meta.json").is_file():
            return candidate
    return None


def _use_numpy_gemm() -> None:
    """Run thinc's matrix products through numpy's BLAS instead of blis.

    On the CPUs measured here numpy's OpenBLAS multiplies about 3× faster than blis, which makes
    the NER model ~1.6× faster. ``SOCDOC_BLIS=1`` keeps thinc's default.
    """
    if os.environ.get("SOCDOC_BLIS") == "1":
        return
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    if isinstance(get_current_ops(), NumpyOps):
        set_current_ops(NumpyOps(use_blis=False))


def _build(model: Optional[Path]) -> Language:
    if model is not None:
        _use_numpy_gemm()
    config = spacy.util.load_config(config_path())
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if model is not None:
        trained = spacy.load(model)
        for name in ("tok2vec", "ner"):
            if name in trained.pipe_names:
                nlp.add_pipe(name, source=trained, after="socdoc_segmenter")
                # keep the order tok2vec → ner
        if "tok2vec" in nlp.pipe_names and "ner" in nlp.pipe_names:
            names = nlp.pipe_names
            if names.index("ner") < names.index("tok2vec"):
                nlp.remove_pipe("ner")
                nlp.add_pipe("ner", source=trained, after="tok2vec")
    nlp.max_length = MAX_LENGTH
    return nlp


@functools.lru_cache(maxsize=4)
def pipeline(use_model: bool = True) -> Language:
    """socdoc's spaCy ``Language`` (cached per process)."""
    return _build(find_model() if use_model else None)
