"""The kind of an organisation's own site pages: the link past the site's menu confirms a sign of its own news, a
date under an update label is a standing page's stamp, and a short numeric date under a "Dato" label is the page's
own date. Texts written for these tests, with invented names."""

from __future__ import annotations

import sys
from pathlib import Path

from socdoc.extractors.docinfo import classify

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from kind_loso import rule_kind, signals  # noqa: E402

SITE_NEWS = """Gå til hovedindhold
Nyheder fra Borgmesterens Kontor
Borgmester Tove Lind: Vi skal bruge pengene klogt
Borgmester Tove Lind knytter disse ord til forliget om næste års budget, som blev indgået i går:
4. december 2023
"Forliget giver os plads til at styrke hjælpen til de mest udsatte børn og familier i Kærby, og det er jeg
glad for. Vi har valgt at samle kræfterne der, hvor behovet er størst."
"""

RESIDENTS_NEWS = """Skip til hoved indholdet
Boligafdelingen har i efteråret sendt en ansøgning om støtte til at renovere blokkene ved Engparken.
Fonden har nu set afdelingen og godkendt helhedsplanen foreløbigt, så vi kan gøre planen færdig.
Næste skridt
Vi kan endnu ikke sige præcist, hvornår vi går i gang med byggeriet og med genhusningen af beboerne.
Vi regner med at kunne sende opgaven i udbud i løbet af foråret, når tegningerne er færdige.
Følg med i nyhedsbrevene, som vi sender ud, når der er nyt om renoveringen af afdelingen.
"""

POLICY_PAGE = """Gå til hovedindhold
Ældrepolitik
Ældrepolitikken "Et godt liv hele livet" gælder fra 2024 til 2027 og afløser den tidligere politik.
Politikken har tre indsatsområder: fællesskab, sundhed og selvbestemmelse.
"""

UPDATED_POLICY = """Handicappolitik
Opdateret
12.03.2021
Handicappolitikken "Lige muligheder" gælder for perioden 2021-2024. Det er kommunens tredje politik på området.
Med den nye politik vil vi gøre det lettere at deltage i fællesskabet i Kærby Kommune.
- Vi vil sikre adgang for alle
- Vi vil lytte til borgerne
Høringen foregik fra 1. december 2020 til 15. januar 2021.
"""

NEWS_PAGE = """Ny helhedsplan for Engparken
12.03.2021
Boligselskabet Engbo har fået tilsagn om støtte til en helhedsplan for Engparken i Kærby.
"""

DATED_NEWS = """Fondens renoveringssager venter på afklaring
Dato 14.09.21 |
Af:
Mette Kragh
Forhandlingerne om boligudspillet er i gang, og mange afdelinger venter på svar om deres renovering.
Nedenfor er oversigten over sagerne vedhæftet.
"""


def test_skip_link_confirms_a_sign_of_own_news():
    assert classify(SITE_NEWS) == "press_release"
    assert signals(SITE_NEWS)["own_site"] == 1


def test_skip_link_confirms_the_organisation_speaking_as_we():
    assert classify(RESIDENTS_NEWS) == "press_release"


def test_skip_link_alone_does_not_make_a_release():
    assert classify(POLICY_PAGE) == "article"
    assert signals(POLICY_PAGE)["own_site"] == 0


def test_date_under_update_label_is_no_news_dateline():
    assert signals(UPDATED_POLICY)["cms_dateline"] == 0
    assert classify(UPDATED_POLICY) == "article"


def test_date_alone_under_headline_still_counts():
    assert signals(NEWS_PAGE)["cms_dateline"] == 1


def test_short_numeric_date_under_date_label():
    assert signals(DATED_NEWS)["own_date"] == 1
    assert classify(DATED_NEWS) == "press_release"


def test_signal_split_matches_the_rules():
    for text in (SITE_NEWS, RESIDENTS_NEWS, POLICY_PAGE, UPDATED_POLICY, NEWS_PAGE, DATED_NEWS):
        assert rule_kind(signals(text)) == classify(text)
