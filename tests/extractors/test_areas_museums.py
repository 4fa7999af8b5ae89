"""Areas: a one-word museum's name ("Bymuseet", "Egnsmuseet") is an institution, not a place."""

from __future__ import annotations

from entity_views import area_names


def test_listed_museums_are_no_places() -> None:
    text = ("Kulturministeren fordeler puljen\n\n"
            "Bymuseet, Det Lille Museum og Den Kongelige Samling får i alt 12 mio. kr. i 2021-2023 til "
            "formidling. Desuden gives 2 mio. kr. til Egnsmuseets nye magasin i Nordby.\n")
    found = area_names(text)
    assert "Bymuseet" not in found and "Egnsmuseet" not in found
