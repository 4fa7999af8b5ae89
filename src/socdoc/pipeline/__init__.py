"""Build socdoc's spaCy pipeline from ``config.cfg`` (and the trained model when present)."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import types
from importlib import resources
from pathlib import Path
from typing import Iterator, Optional

from socdoc.pipeline._spacy_import import import_spacy

spacy = import_spacy()  # without spacy.cli (typer, weasel, requests): not needed to extract

from spacy.language import Language  # noqa: E402

from socdoc.pipeline import components, segmenter, tokenizer  # noqa: F401,E402  (registers factories)
from socdoc.pipeline import minutes  # noqa: F401,E402  (registers socdoc_minutes)
from socdoc.pipeline import entities  # noqa: F401,E402  (registers the entity components)

MODEL_NAME = "da_socdoc_ner"
MAX_LENGTH = 5_000_000
"""Longest text extracted (about 2,000 pages): a fact-dense text of this length peaks at about
500 MB, most of it the facts themselves (see README, *Bounded memory and time*)."""
BLAS_THREADS_ENV = "SOCDOC_BLAS_THREADS"


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


@spacy.registry.tokenizers("socdoc.unused_tokenizer.v1")
def _create_unused_tokenizer():  # noqa: ANN202
    """A tokenizer without rules for the trained model, of which only tok2vec and ner are used
    (building and loading its Danish tokenizer would double the start-up)."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _load_trained(model: Path, nlp: Language) -> Language:
    """The trained pipeline whose components are sourced, without its (unused) tokenizer. It is
    loaded into ``nlp``'s vocab, so sourcing its components copies no string table."""
    overrides = {"nlp.tokenizer": {"@tokenizers": "socdoc.unused_tokenizer.v1"}}
    return spacy.load(model, exclude=["tokenizer"], config=overrides, vocab=nlp.vocab)


def _create_pipe_from_shared_vocab(nlp: Language, source_name: str, source: Language, *,
                                   name: str):  # noqa: ANN202 - (component, factory name)
    """``Language.create_pipe_from_source`` for a source that shares ``nlp``'s vocab.

    spaCy first compares the two vocabs' vectors tables (``Vectors.__eq__``: both serialized, the
    model's 494,000 keys each time), about 0.2 CPU s for the two components, although here they
    are one table. Otherwise this does what spaCy does: the source's component and its config."""
    if source.vocab is not nlp.vocab:
        return Language.create_pipe_from_source(nlp, source_name, source, name=name)
    pipe = source.get_pipe(source_name)
    if hasattr(pipe, "name"):
        pipe.name = name
    pipe_config = spacy.util.copy_config(source.config.interpolate()["components"][source_name])
    nlp._pipe_configs[name] = pipe_config
    return pipe, pipe_config["factory"]


def _build(model: Optional[Path]) -> Language:
    if model is not None:
        _use_numpy_gemm()
    config = spacy.util.load_config(config_path())
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if model is not None:
        trained = _load_trained(model, nlp)  # its vectors table, if any, is read into nlp.vocab
        nlp.create_pipe_from_source = types.MethodType(_create_pipe_from_shared_vocab, nlp)  # type: ignore[method-assign]
        for name in ("tok2vec", "ner"):
            if name in trained.pipe_names:
                nlp.add_pipe(name, source=trained, after="socdoc_segmenter")
                # keep the order tok2vec → ner
        if "tok2vec" in nlp.pipe_names and "ner" in nlp.pipe_names:
            names = nlp.pipe_names
            if names.index("ner") < names.index("tok2vec"):
                nlp.remove_pipe("ner")
                nlp.add_pipe("ner", source=trained, after="tok2vec")
        del nlp.create_pipe_from_source  # spaCy's own method again
    nlp.max_length = MAX_LENGTH
    return nlp


def pipeline(use_model: bool = True) -> Language:
    """socdoc's spaCy ``Language`` (built once per process; ``socdoc.pipeline()`` is the same)."""
    return _cached_pipeline(bool(use_model))


@functools.lru_cache(maxsize=2)
def _cached_pipeline(use_model: bool) -> Language:
    return _build(find_model() if use_model else None)


@functools.lru_cache(maxsize=1)
def _thread_controller():  # noqa: ANN202 - threadpoolctl.ThreadpoolController or None
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return None
    return ThreadpoolController()


def blas_threads() -> Optional[int]:
    """BLAS/OpenMP threads per extracting process: ``$SOCDOC_BLAS_THREADS``, else 1.

    The NER multiplies small matrices, where a second BLAS thread costs more than it gives, and
    several worker processes with one BLAS thread per core each would oversubscribe the cores.
    ``SOCDOC_BLAS_THREADS=0`` leaves the libraries' own setting.
    """
    value = os.environ.get(BLAS_THREADS_ENV, "1").strip()
    try:
        n = int(value)
    except ValueError:
        return 1
    return n if n > 0 else None


@contextlib.contextmanager
def limited_threads() -> Iterator[None]:
    """BLAS and OpenMP thread pools limited to :func:`blas_threads` inside the block."""
    limit = blas_threads()
    controller = _thread_controller() if limit is not None else None
    if controller is None:
        yield
        return
    with controller.limit(limits=limit):
        yield


class _CallableModule(types.ModuleType):
    """``socdoc.pipeline`` is both this package and the :func:`pipeline` function: importing the
    package (which binds ``socdoc.pipeline`` to the module) keeps ``socdoc.pipeline()`` working."""

    def __call__(self, use_model: bool = True) -> Language:
        return pipeline(use_model)


sys.modules[__name__].__class__ = _CallableModule
