"""socdoc: typed, structured facts from Danish public-sector documents.

>>> import socdoc
>>> doc = socdoc.extract("Puljen på 91,3 millioner kroner udmøntes i 2024 og 2025.")
>>> doc.amounts[0].value
91300000
"""

from socdoc.api import EXTRACTOR_VERSION, extract, extract_many
from socdoc.pipeline import pipeline
from socdoc.records import Document

__version__ = "0.1.0"

__all__ = ["Document", "EXTRACTOR_VERSION", "extract", "extract_many", "pipeline", "__version__"]
