"""Parties: an actor of another level of government named only in passing, the tails of names
("for …", "af …"), venue rooms and landscapes (one test group per family)."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


# --- an actor of another level of government named only in passing -------------------------------

def test_government_as_the_object_of_a_preposition_is_no_party() -> None:
    text = "Borgmesteren siger, at det har været vigtigt for regeringen at løfte de små øer i mange år."
    assert "Regeringen" not in names(text)


def test_government_as_the_subject_of_a_relative_clause_is_a_party() -> None:
    text = "Pengene kommer fra en pulje, som regeringen og forligspartierne står bag, og de skal bruges i år."
    assert "Regeringen" in names(text)


def test_government_as_a_partner_of_an_agreement_is_a_party() -> None:
    text = "En ny aftale mellem regeringen og kommunerne skal hjælpe flere hjemløse i egen bolig."
    assert "Regeringen" in names(text)


def test_government_named_as_the_place_of_talks_is_no_party() -> None:
    text = "Hun mener, at børnene ikke er blevet prioriteret ved forhandlingsbordene i regeringen."
    assert "Regeringen" not in names(text)


def test_government_as_the_subject_is_a_party() -> None:
    text = "For at vende udviklingen har regeringen iværksat en bred indsats i de udsatte boligområder."
    assert "Regeringen" in names(text)


def test_council_after_a_preposition_stays_a_party() -> None:
    text = "Sagen sendes til kommunalbestyrelsens godkendelse.\n\nKommunalbestyrelsen godkendte planen."
    assert "Kommunalbestyrelsen" in names(text)


# --- a name cut before its title-cased "for" / "af" phrase ----------------------------------------

def test_support_association_keeps_its_for_phrase_with_a_place_and_a_noun() -> None:
    text = "Punkt 4. Støtteforeningen for Vestby Plejehjem har fortalt om foreningens arbejde i år."
    found = names(text)
    assert "Støtteforeningen for Vestby Plejehjem" in found and "Støtteforeningen" not in found


def test_committee_keeps_its_af_phrase_in_title_case() -> None:
    text = "Puljen hos Projektudvalget for Fornyelse af Landsbyer har 2 mio. kr. til rådighed i år."
    assert "Projektudvalget for Fornyelse af Landsbyer" in names(text)


def test_for_phrase_with_a_place_genitive_owning_the_next_noun_is_no_tail() -> None:
    text = "Revisionen af Styregruppen for Region Vestdanmarks regnskab er afsluttet uden bemærkninger."
    assert not any(n.startswith("Styregruppen for Region") for n in names(text))


def test_for_phrase_naming_a_beneficiary_in_lowercase_is_no_tail() -> None:
    text = "Foreningen har søgt penge for at hjælpe ældre, og Ældrefonden for ensomme har svaret ja."
    assert not any("for ensomme" in n for n in names(text))


# --- a room's common-noun name on the meeting's venue line ----------------------------------------

def test_meeting_centre_room_on_the_venue_line_is_no_party() -> None:
    text = "Kulturudvalget\n\n03.02.2021 kl. 16:00\nKonferencecenter B - Lokale 12 på Vestby Rådhus\n\nDeltagere\n"
    assert "Konferencecenter" not in names(text, {"Konferencecenter": "ORG"})


# --- a municipality named only as the whole of its land -------------------------------------------

def test_municipality_after_i_hele_is_a_place_not_a_party() -> None:
    text = ("Byrådet har vedtaget den nye plan for udviklingen af det fysiske miljø i hele Gribskov Kommune."
            "\n\nPlanen afløser den tidligere plan.")
    assert "Gribskov Kommune" not in names(text)


# --- one word only the model calls an organisation, with no organisation's shape ------------------

def test_model_word_for_a_landscape_is_no_party() -> None:
    text = "Nu bliver det lettere at besøge det smukke område Kridtsøen i naturområdet Stevns."
    assert "Kridtsøen" not in names(text, {"Kridtsøen": "ORG"})


def test_model_word_for_a_first_name_in_a_list_is_no_party() -> None:
    text = "Afbud fra Jens, Birthe, Torben, Lillian, Ole.\n\n0. Orientering ved formanden"
    assert "Lillian" not in names(text, {"Lillian": "ORG"})


def test_model_word_with_a_common_compound_head_stays_a_party() -> None:
    text = "Udvalget har modtaget en udtalelse fra Ældrepanelet om planen."
    assert "Ældrepanelet" in names(text, {"Ældrepanelet": "ORG"})


# --- a run-on title's nouns glued before a company's name -----------------------------------------

def test_company_name_loses_the_title_nouns_before_its_place() -> None:
    text = ("1. Bemærkninger til dagsordenen Meddelelser Lånegaranti Gribskov Forsyning A/S Ansøgning "
            "om anlægsbevilling")
    found = names(text)
    assert "Gribskov Forsyning A/S" in found
    assert not any(n.startswith("Meddelelser") for n in found)


# --- a political party named only as a member's affiliation ---------------------------------------

def test_party_genitive_before_a_compound_spokesperson_is_no_party() -> None:
    text = "Det oplyser Socialdemokratiets boligordfører, Hanne Nielsen, i en pressemeddelelse i dag."
    assert "Socialdemokratiet" not in names(text)


def test_party_after_a_substitute_for_is_no_party() -> None:
    text = ("Stedfortrædere for Enhedslisten og Venstre\n\nByrådet har godkendt, at 1. stedfortræder for "
            "Enhedslisten, Ole Berg, deltager i stedet for Lise Holm. Og at 2. stedfortræder for Venstre, "
            "Kim Ravn, deltager.")
    found = names(text)
    assert "Enhedslisten" not in found and "Venstre" not in found


# --- a body written in lower case after a person's seat -------------------------------------------

def test_lowercase_committee_a_chair_speaks_for_is_a_party() -> None:
    text = ("Aftalen blev indgået af Per Hald (V), formand for teknik- og miljøudvalget, og Lone Bak (C) "
            "fra havnens bestyrelse.")
    assert "teknik- og miljøudvalget" in [n.casefold() for n in names(text)]


def test_lowercase_council_after_medlem_af_is_no_party() -> None:
    text = "Lone Bak (C) har været medlem af byrådet siden 2014 og stiller op igen."
    assert names(text) == []


def test_capitalised_committee_after_formand_for_stays_a_party() -> None:
    text = "Formand for Social- og Sundhedsudvalget, Peter Holm, glæder sig over aftalen."
    assert "Social- og Sundhedsudvalget" in names(text)


# --- an abbreviation written right before its full form -------------------------------------------

def test_abbreviation_dash_full_form_is_named_as_written() -> None:
    text = "Undersøgelsen er lavet af VIVE - Det Nationale Forsknings- og Analysecenter for Velfærd i 2021."
    found = names(text)
    assert "VIVE - Det Nationale Forsknings- og Analysecenter for Velfærd" in found
    assert "Det Nationale Forsknings- og Analysecenter for Velfærd" not in found


def test_full_form_alone_keeps_its_name() -> None:
    text = "Undersøgelsen er lavet af Det Nationale Forsknings- og Analysecenter for Velfærd i 2021."
    assert "Det Nationale Forsknings- og Analysecenter for Velfærd" in names(text)


# --- a municipality named once, only as a person's employer ---------------------------------------

def test_municipality_named_once_as_a_mayors_employer_is_no_party() -> None:
    text = ("Der er mange muligheder i spil, siger Ole Dahl (V), der er borgmester i Gribskov Kommune, "
            "til avisen.")
    assert "Gribskov Kommune" not in names(text)


def test_municipality_as_employer_and_actor_stays_a_party() -> None:
    text = ("Gribskov Kommune har vedtaget en ny plan. Planen er vigtig, siger Ole Dahl (V), der er "
            "borgmester i Gribskov Kommune.")
    assert "Gribskov Kommune" in names(text)


# --- an organisation named only as the owner of its members ---------------------------------------

def test_council_named_only_as_the_owner_of_its_members_is_no_party() -> None:
    text = "Et flertal af Byrådets medlemmer stemte for forslaget om 40 mio. kr. til indsatser mod ensomhed."
    assert "Byrådet" not in names(text)


def test_parliament_named_only_as_the_owner_of_its_parties_is_no_party() -> None:
    text = "Et bredt flertal af Folketingets partier har fordelt 40 mio. kr. til indsatser mod ensomhed."
    assert "Folketinget" not in names(text)


def test_parliament_that_acts_stays_a_party() -> None:
    text = "Folketinget har vedtaget loven, og Folketingets partier er enige om at følge op i 2025."
    assert "Folketinget" in names(text)


def test_a_committee_of_the_parliament_is_named_with_its_genitive() -> None:
    text = ("Høringen samlede Folketingets Social- og Boligudvalg samt Folketingets Sundheds- og Ældreudvalg, "
            "og Folketingets Socialudvalg holdt et samråd.")
    found = names(text)
    assert {"Folketingets Social- og Boligudvalg", "Folketingets Sundheds- og Ældreudvalg",
            "Folketingets Socialudvalg"} <= set(found)
    assert "Folketinget" not in found and "Social- og Boligudvalg" not in found
