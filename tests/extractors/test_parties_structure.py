"""Parties on real-world layouts: headings, labels, furniture, person names, coordinated names,
lists and acronyms. The model's entities are set by hand so the rules are tested on their own."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from socdoc.extractors.entities import common_word, compound_head, proper_word, thing_compound
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize

_NLP = spacy.blank("da")


def _doc(text: str, ents: dict[str, str]) -> Doc:
    """A doc of ``text`` whose entities are the given surface strings with their labels."""
    doc = _NLP.make_doc(text)
    spans = []
    for surface, label in ents.items():
        for m in re.finditer(re.escape(surface), text):
            span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if span is not None and not any(span.start < s.end and s.start < span.end for s in spans):
                spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, _doc(norm, ents or {}))
    return [p.name for p in parties]


def test_word_list_tells_common_words_from_names() -> None:
    assert common_word("Kultur") and common_word("Eventuelt") and common_word("Institutionerne")
    assert not common_word("Himmerland") and not common_word("Keld")
    assert proper_word("Pernille") and not proper_word("Kultur")
    assert compound_head("Byrumsprojekt") == "projekt"
    assert compound_head("CVR-nummer") == "nummer"
    assert thing_compound("Lommepengeprojektet") and not thing_compound("Gellerupparken")


def test_agenda_numbers_and_headings_are_no_parties() -> None:
    text = (
        "5. Godkendelse af referat\n\n6. Eventuelt\n\n7. Kriminalpræventive tiltag i byen\n\n"
        "Socialudvalget godkendte sagen."
    )
    found = names(text, {"6. Eventuelt": "ORG", "7. Kriminalpræventive": "ORG"})
    assert found == ["Socialudvalget"]


def test_section_labels_before_a_body_are_cut_off() -> None:
    text = "RESUME Kompetenceudvalg: Byrådet\n\nINDSTILLING Økonomiudvalget indstiller, at sagen godkendes."
    assert names(text) == ["Byrådet", "Økonomiudvalget"]


def test_generic_administrations_are_no_parties_even_capitalised() -> None:
    text = "Indstilling\n\nForvaltningen indstiller, at planen godkendes. Administrationen vil orientere på mødet."
    assert names(text) == []
    assert names("Magistraten anbefaler forslaget.") == ["Magistraten"]


def test_person_names_the_model_marks_as_organisations() -> None:
    text = "Mette Skovgaard tog forbehold.\n\nRepræsentant for Ishøj Ungdomsskole Lone Bach"
    found = names(text, {"Mette Skovgaard": "ORG", "Ishøj Ungdomsskole Lone Bach": "ORG"})
    assert "Mette Skovgaard" not in found
    assert all("Lone" not in name for name in found)


def test_capitalised_common_nouns_and_thing_compounds_from_the_model() -> None:
    text = (
        "Direktøren for Børn, Unge og Kultur indstiller sagen. Lokale aktiviteter som "
        "Lommepengeprojektet fortsætter. Log ind med virksomhedens CVR-nummer og se STU-institutionerne."
    )
    ents = {"Kultur": "ORG", "Lommepengeprojektet": "ORG", "CVR-nummer": "ORG", "STU-institutionerne": "ORG"}
    assert names(text, ents) == []


def test_furniture_fragments_and_media_domains() -> None:
    text = "Print Friendly, PDF & Email\n\nDirektøren for Social, Sundhed & Omsorg indstiller. Det viser en måling fra Altinget.dk."
    ents = {"PDF & Email": "ORG", "Sundhed & Omsorg": "ORG", "Altinget.dk": "ORG"}
    assert names(text, ents) == []


def test_logo_alt_text_is_no_party() -> None:
    assert names("Fanø Kommune Logo\nMenu\n\nReferat fra mødet") == []


def test_coordinated_compound_names_stay_whole() -> None:
    text = (
        "Sagen behandles i Plan-, Teknik og Miljøudvalget i marts. Tilskuddet går til "
        "Bolig- og Byggeforeningen af 1942, og Job- og Vækstcenter Kolding har lavet en analyse."
    )
    found = names(text)
    assert "Plan-, Teknik og Miljøudvalget" in found
    assert "Bolig- og Byggeforeningen af 1942" in found
    assert "Job- og Vækstcenter Kolding" in found


def test_department_with_lower_case_words_and_genitive() -> None:
    text = "Byrådet tiltræder Magistratsafdelingen for Børn og Unge samt Sociale forhold og Beskæftigelses indstilling."
    assert "Magistratsafdelingen for Børn og Unge" in names(text)
    text = "Byrådet tiltræder Magistratsafdelingen for Sociale forhold og Beskæftigelses indstilling."
    assert "Magistratsafdelingen for Sociale forhold og Beskæftigelse" in names(text)


def test_fund_named_after_its_founders() -> None:
    text = (
        "Midlerne kommer fra Karen & Poul Chr. Hansens' Almennyttige Fond. "
        "Senere gav Karen og Poul Chr. Hansens' Almennyttige Fond endnu et beløb."
    )
    assert names(text) == ["Karen & Poul Chr. Hansens' Almennyttige Fond"]


def test_items_after_a_plural_organisation_noun() -> None:
    text = "Pengene går til boligforeningerne Fjordglimt, Vesterhus og Lindebo, der driver afdelingerne."
    assert names(text) == ["Fjordglimt", "Vesterhus", "Lindebo"]


def test_acronyms_listed_beside_parties() -> None:
    text = "Forslaget støttes af Socialdemokratiet, SF og Enhedslisten."
    assert names(text) == ["Socialdemokratiet", "SF", "Enhedslisten"]
    bullets = "Det drejer sig om:\n\n  • Red Barnet\n  • FOKUS\n  • Mødrehjælpen\n"
    assert "FOKUS" in names(bullets)
    assert names("Mødet sluttede kl. 17 (ABC).") == []


def test_organisation_in_apposition() -> None:
    text = "Med pensionsselskabet PF Pension som investor og virksomheden Nordlys Ejendomme som udvikler."
    assert names(text) == ["PF Pension", "Nordlys Ejendomme"]


def test_coordinated_municipalities_each_act() -> None:
    text = "Vejle, Fredericia og Kolding Kommune får penge fra puljen."
    assert names(text) == ["Vejle Kommune", "Fredericia Kommune", "Kolding Kommune"]


def test_definite_body_name_wins() -> None:
    text = "Byråd og udvalg\n\nDet daværende Social- og Ældreudvalg besluttede sagen. Social- og Ældreudvalgets formand."
    found = names(text)
    assert "Social- og Ældreudvalget" in found


def test_generic_actor_only_where_it_acts() -> None:
    assert names("Projektet skal opfylde regeringens målsætning.") == []
    assert names("Det blev drøftet i regeringen.") == []
    assert names("Nu har regeringen iværksat en plan.") == ["Regeringen"]


def test_generic_police_beside_several_named_districts() -> None:
    text = "Politiet får penge: Fyns Politi får tre mio. kr., og Nordjyllands Politi får to mio. kr."
    assert names(text) == ["Fyns Politi", "Nordjyllands Politi"]


def test_acronym_compound_with_a_unit() -> None:
    text = "Samarbejdet med klubberne, UU-jobcentret og skolerne fortsætter. DS-formanden er glad."
    assert names(text) == ["UU-jobcentret"]


def test_name_missing_a_letter_joins_the_listed_name() -> None:
    text = "Landsbyggefonden støtter planen. Landbyggefonden kan finansiere op til 75 procent."
    assert names(text, {"Landbyggefonden": "ORG"}) == ["Landsbyggefonden"]
