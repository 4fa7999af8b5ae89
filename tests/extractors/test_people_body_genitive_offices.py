"""An election whose office carries the body's definite genitive: "at Eva Holm (A) vælges som
udvalgets næstformand", "Bo Dam blev valgt til foreningens kasserer" give the office. Texts written for these
tests."""

from __future__ import annotations

import pytest

from people_run import people


@pytest.mark.parametrize("text,name,role", [
    ("Borgmesteren indstiller, at Jens Lund (V) vælges som udvalgets næstformand.", "Jens Lund", "næstformand"),
    ("Direktionen indstiller, at Eva Holm udpeges til bestyrelsens formand.", "Eva Holm", "formand"),
    ("Bo Dam blev valgt til foreningens kasserer på generalforsamlingen.", "Bo Dam", "kasserer"),
    ("Borgmesteren indstiller, at Jens Lund (V) vælges som næstformand.", "Jens Lund", "næstformand"),
])
def test_office_after_the_bodys_genitive(text: str, name: str, role: str) -> None:
    assert people(text, name)[name].role == role
