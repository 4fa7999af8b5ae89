"""socdoc: typed, structured facts from Danish public-sector documents."""

from socdoc.records import Document

__version__ = "0.1.0"

__all__ = ["Document", "__version__"]
