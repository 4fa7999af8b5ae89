"""Import spaCy without its command line.

``import spacy`` runs ``from .cli.info import info``, which imports the whole ``spacy.cli``
package: typer, weasel, requests, jinja2, and a YAML file read by ``init_config``. socdoc uses
none of it, and it is about a third of spaCy's import time (0.3–0.5 CPU s of every start of
``socdoc extract``). :func:`import_spacy` imports spaCy with ``spacy.cli`` and ``spacy.cli.info``
held by placeholders, then removes them: ``spacy.info`` imports the real function when called,
and a later ``import spacy.cli`` imports the real package as usual.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from typing import Any

_CLI, _CLI_INFO = "spacy.cli", "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _forget_spacy() -> None:
    """Drop every ``spacy`` module, half-imported ones and the placeholders, so it imports afresh."""
    for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
        del sys.modules[name]


def import_spacy() -> types.ModuleType:
    """``spacy``, imported without ``spacy.cli`` when it is not imported yet."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        import spacy

        return spacy
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - spaCy missing
        import spacy

        return spacy
    cli = types.ModuleType(_CLI)
    cli.__path__ = [os.path.join(location, "cli") for location in spec.submodule_search_locations]
    info = types.ModuleType(_CLI_INFO)
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_CLI_INFO] = cli, info
    try:
        import spacy
    except (ImportError, AttributeError):  # a spaCy that needs more of its command line to import
        _forget_spacy()
        import spacy

        return spacy
    finally:
        for name, placeholder in ((_CLI_INFO, info), (_CLI, cli)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and getattr(parent, "cli", None) is cli:
            delattr(parent, "cli")
    return spacy
