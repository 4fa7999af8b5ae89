"""Document kind, own date and source URL."""

from __future__ import annotations

import socdoc

MINUTES = """Referat af møde i Økonomiudvalget

Den 09.06.2020 kl. 08:30 i Byrådsstue Niels Juel

Deltagere:
Marie Stærke, (A)

212. Indsatser mod kriminalitet

Indstilling
Forvaltningen indstiller, at udvalget drøfter sagen.
Beslutning
Udsat til 16. juni 2020.
"""

PRESS = """Pressemeddelelse

14.11.2019

Aarhus Kommune giver 2 mio. kr. til lektiehjælp i Gellerupparken, siger borgmester Jacob Bundsgaard (A).

Yderligere oplysninger: pressechef Anne Hansen, tlf. 89 40 20 00
Læs mere: https://www.aarhus.dk/nyheder/lektiehjaelp.
"""

ARTICLE = """Kommuner får penge til udsatte familier

Af Jens Jensen

Regeringen har afsat en pulje. Alle kommuner kan frem til fredag den 20. december 2013 søge om tilskud.
"""


def test_minutes() -> None:
    doc = socdoc.extract(MINUTES)
    assert doc.kind == "minutes" and doc.published.isoformat() == "2020-06-09"


def test_press_release_read_more_link_is_not_its_own_address() -> None:
    doc = socdoc.extract(PRESS)
    assert doc.kind == "press_release"
    assert doc.published.isoformat() == "2019-11-14"
    assert doc.source_url is None


def test_article_without_own_date() -> None:
    doc = socdoc.extract(ARTICLE)
    assert doc.kind == "article" and doc.published is None
