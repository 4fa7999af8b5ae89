"""Names only the NER model calls organisations, judged by what the document shows
(socdoc.extractors.ner_evidence). The model's entities are set by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy

from socdoc.extractors.parties import find_parties

sys.path.insert(0, str(Path(__file__).parent))
from model_ents import doc_with_ents  # noqa: E402

_NLP = spacy.blank("da")


def _names(text: str, ents: dict[str, str]) -> list[str]:
    """The parties found, without those the rules find on their own (a committee named in the text)."""
    parties, _ = find_parties(text, text, doc_with_ents(text, ents))
    alone, _ = find_parties(text, text, doc_with_ents(text, {}))
    return [p.name for p in parties if p.name not in {q.name for q in alone}]


def _names_at(text: str, spans: list[tuple[str, int, str]]) -> list[str]:
    """Entities given by surface, occurrence (0 = first) and label: the same words with two labels."""
    doc = _NLP.make_doc(text)
    ents = []
    for surface, nth, label in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        ents.append(doc.char_span(start, start + len(surface), label=label, alignment_mode="expand"))
    doc.ents = sorted(ents, key=lambda s: s.start)
    parties, _ = find_parties(text, text, doc)
    return [p.name for p in parties]


@pytest.mark.parametrize(
    "text, span",
    [
        # a person with a rare first name in a list of members
        ("Medlemmer: Lars Holm, Povl Kylling Petersen, Eva Dam\n\nMødet blev holdt på rådhuset.",
         "Povl Kylling Petersen"),
        # the place of a person, between two persons of a list
        ("Fremmødte: Henning Marker, Anbæk, Erik Nielsen, Hinnerup- Søften-Nord, Claus Reiche, Røgen.",
         "Hinnerup- Søften-Nord"),
    ],
)
def test_a_person_or_a_persons_place_in_a_list_of_people_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG", "Lars Holm": "PER", "Eva Dam": "PER"}) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Sager: Godkendelse af regnskab Vestby Anlægsoversigt Orientering fra formanden", "Vestby Anlægsoversigt"),
        ("Referat. Økonomiudvalget (ØU) Mødenavn: ØU Mødedato: fredag den 3. maj 2024", "ØU Mødedato"),
        ("Boligselskabet søger om godkendelse af Skema B for afdeling 4.", "Skema B"),
        ("Placering af ny daginstitution i Nordby Idrætsby. Sagen genoptages.", "Nordby Idrætsby"),
        ("Evaluering af kvartalsrapporten. Indikatorer Jobcenterindekset er bygget op af fem mål.", "Jobcenterindekset"),
    ],
)
def test_a_document_date_case_or_kind_of_place_word_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == []


def test_a_describing_adjective_and_common_words_are_a_topic() -> None:
    text = "\"Vi skal gribe ind tidligere,\" siger Mette Lund, rådmand for Sociale Forhold og Beskæftigelse."
    assert _names(text, {"Sociale Forhold": "ORG", "Mette Lund": "PER"}) == []


def test_a_building_is_no_party() -> None:
    text = "Udvalget efterspurgte regler for udstillinger i Kulturhus Stjernen. Reglerne sendes ud."
    assert _names(text, {"Kulturhus Stjernen": "ORG"}) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Det glæder politikredsen og Høje Taastrups borgmester, at trygheden stiger.", "Høje Taastrups"),
        ("Afd. 4 Engtoften, Skovvej og Mølleparken, 9200 Aalborg SV Afd. 5 Toften, Toftevej", "Aalborg SV Afd"),
        ("Ruten går fra Ringvejen, Vestbuen, Ågerrupvej til Baltorpvej.", "Vestbuen"),
    ],
)
def test_a_place_shown_by_prefix_postcode_or_street_list_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == []


def test_words_the_model_also_tags_as_a_place_are_no_party() -> None:
    text = ("Et varmeprojekt for fjernvarme til Skovby Enge blev godkendt, og et tillæg for Skovby Enge. "
            "Borgerne i Skovby Enge får brev.")
    spans = [("Skovby Enge", 0, "ORG"), ("Skovby Enge", 1, "ORG"), ("Skovby Enge", 2, "LOC")]
    assert _names_at(text, spans) == []


def test_an_acronym_keeps_a_name_the_model_also_tags_as_a_place() -> None:
    text = ("Derfor vil Vestby HF & VUC oprette et nyt forløb. Rektor for Vestby HF & VUC fortalte om planen.")
    assert _names_at(text, [("Vestby HF & VUC", 0, "ORG"), ("Vestby HF & VUC", 1, "LOC")]) == ["Vestby HF & VUC"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("Sagsid.: 12/3456, Sagsinitialer: HELSOR\n\nSagsfremstilling\n\nUdvalget drøftede sagen.", "HELSOR"),
        ("Åbent\n\nPunktet om Ældrepleje Brevid: 3830997\n\nBehandling i udvalget.", "Ældrepleje Brevid"),
    ],
)
def test_a_code_after_a_file_label_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Et andet projekt: 'Grøn Fremtid' vil samle unge om klimaet.", "Grøn Fremtid"),
        ("Arktisk Akvarium, som projektet hedder, bliver det eneste af sin slags i landet.", "Arktisk Akvarium"),
    ],
)
def test_a_named_project_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == []


def test_a_royal_style_is_no_party() -> None:
    text = "Husets protektor Hendes Kongelige Højhed Kronprinsesse Mary forestår indvielsen."
    assert _names(text, {"Hendes Kongelige": "ORG"}) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("TV 2 Østjylland har talt med flere af beboerne i området.", "TV 2 Østjylland"),
        ("Den seneste opgørelse fra Det Nationale Boligbarometer.dk viser en stigning.", "Det Nationale Boligbarometer.dk"),
    ],
)
def test_a_medium_or_a_web_address_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == []


def test_a_run_of_committee_acronyms_is_a_legend() -> None:
    text = "Sagsgang: BY ØU PBU KMU BUU BY=Byråd, ØU=Økonomiudvalg."
    assert _names(text, {"PBU KMU BUU": "ORG"}) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("For tredje år i træk har Dansk Politi gennemført en måling af trygheden.", "Dansk Politi"),
        ("Skolen er tegnet af Friis & Moltke for en privat bygherre.", "Friis & Moltke"),
        ("Den Frie Børnehave ønsker renovering og udvidelse af legepladsen.", "Den Frie Børnehave"),
        ("Til Nordby Golfklub bevilges 5.000 kr. til en jubilæumsturnering.", "Nordby Golfklub"),
        ("Regnskabet blev forelagt af Teknisk Forvaltning, som indstiller godkendelse.", "Teknisk Forvaltning"),
    ],
)
def test_organisations_only_the_model_names_are_kept(text: str, span: str) -> None:
    parties, _ = find_parties(text, text, doc_with_ents(text, {span: "ORG"}))
    assert [p.name for p in parties] == [span]


@pytest.mark.parametrize(
    "text, span",
    [
        # an event in a numbered agenda
        ("Dagsorden\n3. Konstituering\n4. Nordby Sommerfestival\n5. Eventuelt", "Nordby Sommerfestival"),
        # a name in English, named in passing
        ("Sagen vedrørte Green Harbour Initiative og blev sendt videre.", "Green Harbour Initiative"),
        # support for something of unknown kind
        ("Forslaget om støtte til Den Gule Cirkel blev udsat.", "Den Gule Cirkel"),
        # a department named by common words after a title
        ("Direktøren for Kultur & Fritid indstiller, at sagen godkendes.", "Kultur & Fritid"),
        # a heading's describing adjective before an organisation's word
        ("Punkter: 4. Åbning af Lokale Centre og caféer efter sommerferien", "Lokale Centre"),
    ],
)
def test_a_model_only_name_without_evidence_of_an_organisation_is_no_party(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == []


@pytest.mark.parametrize(
    "text, span",
    [
        # an organisation's word at the end, or heading the name
        ("Sommerstævnet arrangeres i år af Midtfyns Idrætsunion.", "Midtfyns Idrætsunion"),
        ("Sagen er forberedt af Team Sundhed.", "Team Sundhed"),
        # an acronym at the end of the name
        ("Oplægget holdes af lærere fra Sydby HF & VUC.", "Sydby HF & VUC"),
        # surnames joined by "&": a firm
        ("Tegningerne er udarbejdet af Holm & Kjærsgaard for bygherren.", "Holm & Kjærsgaard"),
        # an electoral list
        ("Punktet blev trukket fra dagsordenen af Liste K.", "Liste K"),
        # a kind of organisation in lower case before the name
        ("Boligerne opføres af pensionskassen Lærernes Opsparing på havnen.", "Lærernes Opsparing"),
        # the sender after "fra" (a grant from it)
        ("Klubben har fået tilsagn om 40.000 kr. fra Kulturkaravanen til turen.", "Kulturkaravanen"),
        # a partner
        ("Projektet er et samarbejde mellem Vestkyst Erhverv og kommunen.", "Vestkyst Erhverv"),
        # a body that meets
        ("Kalender: Repræsentantskabsmøde i Vestegnens Kulturnet den 4. maj.", "Vestegnens Kulturnet"),
        # the subject of a verb of acting, also after a modal verb or in a relative clause
        ("For andet år i træk har Nordlys Kredit gennemført en måling blandt kunderne.", "Nordlys Kredit"),
        ("Planen er sendt til Blå Kyst, som støtter forslaget.", "Blå Kyst"),
        # the agent of a case's making, a body set up, the recipient of a grant
        ("Sagen er udarbejdet af Strategisk Byudvikling i samråd med borgerne.", "Strategisk Byudvikling"),
        ("Byrådet har nedsat Ungdommens Stemme, som mødes fire gange om året.", "Ungdommens Stemme"),
        ("Udvalget giver et ekstraordinært tilskud til Teaterkaravanen i 2025.", "Teaterkaravanen"),
    ],
)
def test_a_model_only_name_with_evidence_of_an_organisation_is_kept(text: str, span: str) -> None:
    assert _names(text, {span: "ORG"}) == [span]


def test_a_national_bodys_name_is_its_own_evidence() -> None:
    text = "Borgmesteren er glad for Danske Diakonhjems initiativ, og Dansk Byplanlab har fulgt projektet.\n"
    assert set(_names(text, {"Danske Diakonhjems": "ORG", "Dansk Byplanlab": "ORG"})) == {
        "Danske Diakonhjem", "Dansk Byplanlab"}


def test_a_trade_magazine_is_no_party_though_national_in_name() -> None:
    text = "Danske Kommuner sikrer i dette opsamlingsheat et overblik over ugens navnenyheder.\n"
    assert _names(text, {"Danske Kommuner": "ORG"}) == []
