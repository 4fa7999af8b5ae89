"""socdoc: typed, structured facts from Danish public-sector documents.

>>> import socdoc
>>> doc = socdoc.extract("Puljen på 91,3 millioner kroner udmøntes i 2024 og 2025.")
>>> doc.amounts[0].value
91300000

``import socdoc`` is cheap: spaCy and the pipeline are imported on first use of
:func:`extract`, :func:`extract_many` or :func:`pipeline`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
EXTRACTOR_VERSION = "0.1.0"

__all__ = ["Document", "EXTRACTOR_VERSION", "extract", "extract_many", "pipeline", "__version__"]

_LAZY = {
    "extract": "socdoc.api",
    "extract_many": "socdoc.api",
    "pipeline": "socdoc.pipeline",
    "Document": "socdoc.records",
}
# ``socdoc.pipeline`` is the subpackage, which is callable: ``socdoc.pipeline()`` builds (once per
# process) and returns the spaCy pipeline, as ``socdoc.pipeline.pipeline()`` does.
_MODULES = {"pipeline"}

if TYPE_CHECKING:  # pragma: no cover
    from socdoc.api import extract, extract_many
    from socdoc import pipeline
    from socdoc.records import Document


def __getattr__(name: str) -> Any:
    """Import the heavy parts of the public API on first access."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'socdoc' has no attribute {name!r}")
    value = importlib.import_module(module)
    if name not in _MODULES:
        value = getattr(value, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
