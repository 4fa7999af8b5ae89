"""An organisation's own announcement without a release label: a call for applications in the grant maker's
own words (also under a news label with its date, "NYHED / 09-01-2017") and a headline opening with the
organisation's name and a colon ("KL: …"); and the newspaper stories written about the same things.
Texts written for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors import docinfo

OWN_POOL_CALL = """Pulje til ferieaktiviteter for børn i udsatte boligområder

Styrelsen for Bolig og Byliv har oprettet en pulje på 12 millioner kroner, som skal give flere børn en
sommerferie med oplevelser uden for boligområdet.

Midlerne kan søges af kommuner og almene boligorganisationer, der samarbejder om en boligsocial indsats.

Ansøgningsskema og vejledning findes på styrelsens hjemmeside, hvor man også kan læse om puljens formål.
"""

OWN_OPENING = """Ny ramme for grønne renoveringer

Fondens bestyrelse har den 12. marts vedtaget et nyt regulativ om støtte til renovering af almene boliger.
Regulativet træder i kraft 1. maj, og vejledningen ligger på fondens hjemmeside.

Der er afsat 40 mio. kr. årligt til klimavenlige løsninger. Der åbnes hermed for ansøgninger.
"""

LABELLED_DATELINE = """Spring til indhold

NYHED / 14-02-2019

Nu kan der ansøges om midler til lokale jobprojekter

Puljen til lokale jobprojekter er meldt ud for 2019 og kan ansøges indtil 15. marts.
Foreninger og kommuner kan søge om tilskud til projekter, der hjælper ledige tættere på arbejdsmarkedet.
"""

ACRONYM_HEADLINE = """”FSL: Sagsbehandlerne kan ikke løbe hurtigere

12/05/2016 09:15

Det er ikke holdbart, når kommunerne igen skærer i børneområdet,” siger FSL's formand Lise Bang.

Foreningen har længe advaret mod de mange sager per rådgiver, og en ny opgørelse viser, at presset vokser.
"""

ORG_NAME_HEADLINE = """Vestby Boligforening: Vi bygger 200 nye familieboliger

Bestyrelsen har besluttet at gå videre med byggeriet på den gamle sportsplads, og arbejdet går i gang til
efteråret. Boligerne bliver udlejet gennem den almindelige venteliste.
"""

REPORTED_POOL = """Kommuner kan søge penge til børn i boligområder

Af Sofie Brandt

Ministeriet har afsat 20 millioner kroner til aktiviteter for børn, og beløbet kan søges af kommuner og
almene boligselskaber, skriver ministeriet i en pressemeddelelse.
"""

REPORTED_ACRONYM = """FSL: Sagsbehandlerne kan ikke løbe hurtigere

Af Mads Holt

- Det er ikke holdbart, når kommunerne igen skærer, siger formand Lise Bang til Avisen.

Kommunernes forhandlere afviser kritikken.
"""

PLACE_DATELINE = """KØGE: En ny helhedsplan for boligområdet skal give flere beboere job og uddannelse, og kommunen har
sammen med boligselskabet afsat penge til en række nye indsatser i de kommende fire år, oplyser kommunen.
"""


@pytest.mark.parametrize("text", [OWN_POOL_CALL, OWN_OPENING, LABELLED_DATELINE, ACRONYM_HEADLINE,
                                  ORG_NAME_HEADLINE])
def test_an_organisations_own_announcement_is_a_press_release(text: str) -> None:
    assert docinfo.classify(text) == "press_release"


@pytest.mark.parametrize("text", [REPORTED_POOL, REPORTED_ACRONYM, PLACE_DATELINE])
def test_a_medium_reporting_the_same_stays_an_article(text: str) -> None:
    assert docinfo.classify(text) == "article"


def test_a_pool_that_can_be_applied_for_is_no_own_call_by_itself() -> None:
    assert not docinfo._own_call(REPORTED_POOL.lower())
    assert docinfo._own_call(OWN_POOL_CALL.lower())


@pytest.mark.parametrize("title, expected", [
    ("KL: Problemerne skal løses", True),
    ("Landsbyggefonden: Ny ramme til grønne renoveringer", True),
    ("Nordby Kommune: Ny plan for ældreplejen", True),
    ("Politi: Mand anholdt efter brand i boligblok", False),
    ("Kommune: Vi har fulgt reglerne", False),
    ("Pulje: Udbredelse af familiehuse", False),
    ("Illustration: Mai Holm", False),
    ("Helhedsplan for boligafdelingerne: Afdeling 8, 24 og 33 samt Sangergården", False),
])
def test_the_organisation_names_its_headline(title: str, expected: bool) -> None:
    assert docinfo._org_headline(title + "\n\nBrødtekst om sagen, der fortsætter her med flere ord.\n") is expected
