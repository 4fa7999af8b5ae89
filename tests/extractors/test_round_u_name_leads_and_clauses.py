"""Names and bodies read from how the words around them are built: an adjective or a place before a body's
"for" phrase ("Rådgivende Udvalg for …") against a sentence's conjunction ("Men Center for …"); an
association's "Sammenslutningen af …"; a clause is no meeting body ("Sagen var senest på dagsordenen for
lokaludvalgets møde …"); a body's field before an agenda's mark ("… for Særlige Borgerindsatser (B)") and a
home named after a person ("… Mariehjemmet") are no persons."""

from __future__ import annotations

import pytest

import socdoc


def _parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def _people(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det nye Rådgivende Udvalg for Sølandspuljen består af fire medlemmer.",
         "Rådgivende Udvalg for Sølandspuljen"),
        ("I går mødtes Nationale Center for Ensomhed med ministeren.", "Nationale Center for Ensomhed"),
        ("Tilskuddet går til Nordby Center for Sundhed og Pleje.", "Nordby Center for Sundhed og Pleje"),
    ],
)
def test_an_adjective_or_a_place_before_a_heads_for_phrase_belongs_to_the_name(text: str, name: str) -> None:
    assert name in _parties(text)


@pytest.mark.parametrize("lead", ["Men", "Derfor", "Så"])
def test_a_sentences_conjunction_before_a_heads_for_phrase_is_not_part_of_the_name(lead: str) -> None:
    text = f"Borgerne klagede. {lead} Center for Familie, Social & Beskæftigelse svarede hurtigt."
    assert "Center for Familie, Social & Beskæftigelse" in _parties(text)
    assert not any(p.startswith(lead + " ") for p in _parties(text))


def test_an_association_named_sammenslutningen_af_keeps_its_head() -> None:
    text = ("Puljen støtter Landsbyernes Fællesråd, Sammenslutningen af Nordiske Småøer og Foreningen af "
            "Nordby Lærere med 2 mio. kr.")
    parties = _parties(text)
    assert "Sammenslutningen af Nordiske Småøer" in parties
    assert "Nordiske Småøer" not in parties


def test_a_clause_about_an_earlier_meeting_is_no_meeting_body() -> None:
    text = (
        "Kommissorium for Arbejdsgruppen Byrum\n"
        "Tidligere beslutninger\n"
        "Sagen var senest på dagsordenen for lokaludvalgets møde den 16. januar 2025, men blev ikke behandlet.\n"
        "Indstilling\n"
        "Indstilling om,\n"
        "- at Nordby Lokaludvalg godkender kommissoriet for Arbejdsgruppen Byrum, der ses i bilaget.\n"
        "Problemstilling\n"
        "Arbejdsgruppen har udarbejdet et kommissorium.\n"
        "Beslutning\n"
        "Godkendt.\n"
    )
    meeting = socdoc.extract(text).meeting
    assert meeting is None or meeting.body is None or "dagsordenen" not in meeting.body


def test_a_bodys_field_before_an_agendas_mark_is_no_person() -> None:
    text = ("2. Budgetopfølgning 3 for 2021 - Udvalget for Særlige Borgerindsatser (B)\n\n"
            "Mødet blev ledet af Hanne Holm (A).\n")
    assert _people(text) == ["Hanne Holm"]
    assert "Udvalget for Særlige Borgerindsatser" in _parties(text)


def test_a_home_named_after_a_person_is_no_person() -> None:
    text = "Puljen giver 20,1 millioner kroner til Karen Mariehjemmet, der er et døgntilbud til kvinder."
    assert _people(text) == []


# --- flattened pages: the next heading run on after a name, an agenda title's verb, a page's letter ----------


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("Det Lokale Beskæftigelsesråd Resultatrevision 2013 for Jobcenter Nordby Handleplan , Udvikling af "
         "indsatsen.", "Jobcenter Nordby", "Jobcenter Nordby Handleplan"),
        ("Orientering fra administrationen Boligselskabet NBO Pressedækning NBO Orientering om afdelinger.",
         "Boligselskabet NBO", "Boligselskabet NBO Pressedækning NBO"),
    ],
)
def test_a_capitalised_common_word_after_a_names_place_or_acronym_opens_the_next_heading(
        text: str, name: str, not_name: str) -> None:
    parties = _parties(text)
    assert name in parties
    assert not_name not in parties


def test_an_agenda_titles_verb_is_not_part_of_the_housing_owners_name() -> None:
    text = "99. Godkende Lejerbos projekt \"Plads til alle\" overfor Landsbyggefonden\n"
    parties = _parties(text)
    assert "Lejerbo" in parties
    assert not any(p.startswith("Godkende") for p in parties)


@pytest.mark.parametrize(
    "text",
    [
        "3 Side A Integrationsrådets strategi for perioden blev drøftet.\n",
        "Ansøgning om midler til fejring af Kalejdoskop Integrationsrådets forældreprojekt.\n",
    ],
)
def test_a_definite_council_takes_no_lone_word_before_it(text: str) -> None:
    assert _parties(text) == ["Integrationsrådet"]


def test_a_place_or_genitive_before_an_indefinite_council_stays() -> None:
    parties = _parties("Nordby Ældreråd mødes i dag, og Folketingets Socialudvalg kommer på besøg.")
    assert "Nordby Ældreråd" in parties
    assert "Folketingets Socialudvalg" in parties


# --- party letters: one bracket for a whole list, two parties keep two people apart -------------------------


def _letters(text: str) -> dict[str, str | None]:
    return {p.name: p.party for p in socdoc.extract(text).people}


@pytest.mark.parametrize(("word", "letter"), [("alle", "Ø"), ("begge", "V")])
def test_a_party_after_a_list_with_alle_or_begge_is_every_listed_names(word: str, letter: str) -> None:
    text = f"Forslag (Stillet af Mikkel Holm, Jens Kjær Berg og Bente Dam ({word} {letter})):\n"
    if word == "begge":
        text = f"Forslag stillet af Jens Kjær Berg og Bente Dam ({word} {letter}).\n"
    letters = _letters(text)
    assert letters["Jens Kjær Berg"] == letter
    assert letters["Bente Dam"] == letter


def test_a_lone_bracketed_party_stays_with_its_own_name() -> None:
    letters = _letters("Forslaget blev stillet af Mikkel Holm, Jens Berg og Bente Dam (Ø).\n")
    assert letters["Bente Dam"] == "Ø"
    assert letters["Mikkel Holm"] is None


def test_a_shorter_name_with_another_party_is_another_person() -> None:
    letters = _letters("Medlemmer:\nCarsten Nielsen (A)\nCarsten Wulff (V)\nCarsten Bo Nielsen (V)\n")
    assert letters["Carsten Nielsen"] == "A"
    assert letters["Carsten Bo Nielsen"] == "V"


# --- third wave: adjectives end no name, lists of bodies, verbs after a field, plural roles, footers --------


def test_a_capitalised_adjective_keeps_its_noun_before_a_title_link() -> None:
    text = "Regionen har ansøgt Fonden for Økologisk Landbrug om 522.000 kr. til projektet."
    assert "Fonden for Økologisk Landbrug" in _parties(text)


def test_a_whole_body_after_a_comma_is_the_next_item_of_a_list() -> None:
    parties = _parties("Planen skal godkendes af Udvalget for Børn og Skole, Økonomiudvalget og Kommunalbestyrelsen.")
    assert "Udvalget for Børn og Skole" in parties
    assert "Økonomiudvalget" in parties
    assert not any("," in p for p in parties)


def test_a_verb_after_a_small_letter_field_is_not_part_of_the_committee() -> None:
    parties = _parties("Udvalg for nære sundhedstilbud besøger Regionshospitalet Nordby, hvor man får en orientering.")
    assert "Udvalg for nære sundhedstilbud" in parties


def test_a_plural_role_names_two_employers_joined_by_og() -> None:
    parties = _parties("Direktørerne for Sygehus Sønderjylland og Psykiatrien i Region Syddanmark mødte op.")
    assert "Sygehus Sønderjylland" in parties
    assert "Sygehus Sønderjylland og Psykiatrien" not in parties


def test_the_page_softwares_credit_is_no_party() -> None:
    assert "FlippingBook" not in _parties("Udvalget godkendte planen.\n\nMade with FlippingBook - Online magazine maker\n")


def test_a_name_in_the_genitive_before_its_partys_name_loses_its_s() -> None:
    text = "Det oplyser partierne, heriblandt overborgmester Sofie Holm Andersens Socialdemokratiet, på et pressemøde."
    assert _people(text) == ["Sofie Holm Andersen"]


def test_a_section_word_after_a_dash_is_not_part_of_the_meeting_body() -> None:
    text = ("Udvalget for det nære sundhedsvæsen - mødesager\n\nPunkter på dagsordenen\n\n"
            "  1. Godkendelse af dagsorden\n  2. Budget 2024\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n"
            "Godkendt.\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.body == "Udvalget for det nære sundhedsvæsen"


def test_the_themes_of_a_municipal_plan_in_minutes_are_focus_areas() -> None:
    text = ("Referat\n\nØkonomiudvalget, 16. december 2009\n\n1. Status på Serviceplan 2009\n\nSagsfremstilling\n\n"
            "Serviceplanen udmønter kommuneplanens kapitel 1, der under temaerne Livsstil, Borgerservice og Rammer "
            "for livet i byen beskriver visionerne.\n\nBeslutning\n\nTaget til efterretning.\n")
    names = [f.name for f in socdoc.extract(text).focus_areas]
    assert names[:2] == ["Livsstil", "Borgerservice"]


# --- a municipality that sends a release in capitals or speaks after a colon acts --------------------------


def _areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_the_municipality_of_a_release_header_in_capitals_is_a_party() -> None:
    text = "PRESSEMEDDELELSE FRA HORSENS KOMMUNE\n\nBoligområdet er tæt på at komme af listen.\n"
    assert "Horsens Kommune" in _parties(text)


def test_a_municipality_speaking_after_a_colon_is_a_party_not_a_place() -> None:
    text = "Esbjerg Kommune: Den megen polemik om boligprojektet er forståelig.\n"
    assert "Esbjerg Kommune" in _parties(text)
    assert "Esbjerg Kommune" not in _areas(text)


def test_a_municipality_after_a_label_colon_is_not_a_speaker() -> None:
    text = "Sted: Esbjerg Kommune\n\nVi mødes i Esbjerg Kommune for at se på byggeriet.\n"
    assert "Esbjerg Kommune" not in _parties(text)


def test_an_unlisted_police_district_by_its_lands_genitive_is_the_police() -> None:
    parties = _parties("Repræsentant fra Vestsjællands politi oplyser, at de har modtaget ros.\n")
    assert "Vestsjællands Politi" in parties
    assert "Vestsjælland" not in parties


def test_a_units_name_as_the_first_part_of_a_common_noun_is_no_party() -> None:
    assert _parties("Den specifikke SSP-indsats virker, og SSP-årshjulet planlægges i denne uge.\n") == []
    parties = _parties("SSP holder møde, og SSP-sekretariatet skriver referat.\n")
    assert parties == ["SSP", "SSP-sekretariatet"]


def test_a_first_name_that_a_for_names_field_ran_on_to_is_the_persons() -> None:
    text = ("Det viser en ny rapport, siger ældreforsker ved Det Nationale Institut for Kommuners og Regioners "
            "Analyse og Forskning Eigil Boll Hansen.\n")
    assert "Det Nationale Institut for Kommuners og Regioners Analyse og Forskning" in _parties(text)
    assert "Eigil Boll Hansen" in _people(text)


def test_a_common_word_after_a_cafe_that_opens_the_next_title_is_no_cafes_name() -> None:
    text = "Ombygning af centertoilet i forbindelse med indretning af café Forberedelse til seminardag den 20. november\n"
    assert "Forberedelse" not in _parties(text)
    assert "Solsikken" in _parties("Kommunen gav bevilling til restaurant Solsikken.\n")


def test_visions_told_as_sentences_under_a_list_noun_are_no_focus_areas() -> None:
    text = ("Boligpolitik\n\nDe tre pejlemærker er:\n\n"
            " 1. Nordby er en by, hvor de almene boligorganisationer er medskabere i byudviklingen\n"
            " 2. Nordby er en inkluderende by med attraktive almene boliger til alle\n"
            " 3. Nordby er en by, hvor forebyggelse og tryghed er et fælles ansvar\n\n"
            "Indsatsen har fire indsatsområder: Uddannelse, Beskæftigelse, Tryghed og Sundhed.\n")
    names = [f.name for f in socdoc.extract(text).focus_areas]
    assert not any(n.startswith("Nordby er") for n in names)
    assert "Beskæftigelse" in names


def test_a_body_named_only_in_a_legend_of_codes_is_no_party() -> None:
    text = ("BY=Byråd, ØK=Økonomiudvalg, ÆU=Ældreudvalg, PBU=Plan- og Boligudvalg, KMU=Klima- og Miljøudvalg\n\n"
            "1. Budget 2025\n\nØkonomiudvalget anbefaler, at Byrådet godkender budgettet.\n")
    parties = _parties(text)
    assert "Ældreudvalg" not in parties and "Plan- og Boligudvalg" not in parties
    assert "Økonomiudvalget" in parties
