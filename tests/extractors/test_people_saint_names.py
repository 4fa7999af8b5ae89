"""Name families: a saint's name after "Skt."/"Sankt" names a feast, church or organisation."""

from __future__ import annotations

from people_run import people


def test_a_name_after_skt_is_no_person():
    text = "Foreningen søger tilskud til Skt. Hans Bål på stranden (Åben). Sagen fremlægges af Hans Bak."
    found = people(text, "Hans Bål", "Hans Bak")
    assert "Hans Bål" not in found and "Hans Bak" in found


def test_a_housing_association_named_after_a_saint_is_no_person():
    text = "Byrådet godkendte skema A for Boligselskabet Sankt Jørgen Holm om 20 nye boliger."
    assert "Jørgen Holm" not in people(text, "Jørgen Holm")
