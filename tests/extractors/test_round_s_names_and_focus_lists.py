"""Parties named by an institution's town or a place's genitive, and focus lists that a counted noun
cannot take from a sentence or a clause of consequence."""

from __future__ import annotations

import socdoc
from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


# An institution's head noun after its town names the institution, also before a lower-case verb.

def test_a_library_named_by_its_town_is_a_party() -> None:
    text = ("Kulturudvalget har bevilget 150.000 kr. til læseklubber for ældre. Randers Bibliotek har "
            "stået for projektet siden 2021 og fortsætter i de kommende år.")
    assert "Randers Bibliotek" in parties(text)


def test_a_diocese_named_by_its_town_is_a_party() -> None:
    text = ("Menighedsrådet har søgt om tilskud til renoveringen af præstegården. Viborg Stift har "
            "godkendt projektet og bidrager med 400.000 kr.")
    assert "Viborg Stift" in parties(text)


def test_a_building_named_by_its_town_stays_no_party() -> None:
    text = "Mødet blev holdt i Nordby Idrætshal, hvor der var fremmødt 40 borgere."
    assert "Nordby Idrætshal" not in parties(text)


# Focus areas: a counted noun at a sentence's end takes no items from the sentence that follows.

def test_a_sentence_of_parties_after_a_counted_noun_is_no_list() -> None:
    text = ("Regeringen har fremlagt en ny plan. Se her, hvordan de 470 mio. kr. fordeles på fem fokusområder.\n\n"
            "Regeringen har indgået en aftale med Dansk Folkeparti, Socialdemokratiet, Radikale Venstre, "
            "Alternativet og SF om planen.\n")
    assert focus(text) == []


def test_a_bare_list_after_a_counted_noun_still_names_the_areas() -> None:
    text = ("Handleplanen samler indsatsen i tre fokusområder.\n\n"
            "Tidlig opsporing, pårørende og uddannelse af personalet.\n")
    assert focus(text) == ["Tidlig opsporing", "pårørende", "uddannelse af personalet"]


def test_what_a_focus_bears_on_ends_the_area() -> None:
    text = ("Rådet vil i 2013 have særligt fokus på tilgængelighed både med hensyn til bygninger og "
            "hjemmesider, således at alle borgere kan deltage.")
    assert focus(text) == ["tilgængelighed"]


# A place's genitive opens an organisation's name that the model marks; no person's name begins there.

def test_an_organisation_opened_by_a_place_genitive_is_no_person() -> None:
    text = ("Kvinfos Mentornetværk har i år hjulpet 120 kvinder i job, og Svendborg Kommune støtter "
            "netværket med 50.000 kr.")
    assert "Kvinfos Mentornetværk" in parties(text)


# A dateline in capitals glued to its sentence, also before a hyphenated word, a comma or a number, and
# one naming two towns.

def areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_a_glued_dateline_before_a_hyphenated_word_is_a_place() -> None:
    text = "Nyt budget\n\nFREDERIKSHAVN:Børne- og Ungdomsudvalgets budget for 2023 er vedtaget."
    assert areas(text) == ["Frederikshavn"]


def test_a_glued_dateline_before_a_comma_or_a_number_is_a_place() -> None:
    assert areas("Nyt\n\nFARSØ:Allerede nu, hvor året er ungt, er pengene brugt.") == ["Farsø"]
    assert areas("Nyt\n\nKØBENHAVN:18 nye sundhedscentre åbner i løbet af året.") == ["København"]


def test_a_dateline_of_two_towns_names_both() -> None:
    text = "Skoler\n\nBRØNDERSLEV/DRONNINGLUND:Den nye produktionsskole åbner til august."
    assert areas(text) == ["Brønderslev", "Dronninglund"]


def test_a_label_in_capitals_is_no_dateline() -> None:
    assert areas("Referat\n\nBESLUTNING:Godkendt af udvalget i dag.") == []


# The municipalities listed bare as an agreement's parties are named as the municipalities.

def test_municipalities_listed_bare_in_an_agreement_take_their_official_names() -> None:
    text = ("Kontrakt om Iværksætterhusets aktiviteter er indgået mellem Væksthus Hovedstadsregionen samt de 3 "
            "nordsjællandske kommuner: Allerød, Egedal og Hillerød. Kontrakten løber til 2018.")
    found = parties(text)
    assert {"Allerød Kommune", "Egedal Kommune", "Hillerød Kommune"} <= set(found)
    assert "Allerød" not in found


# Focus areas: a list sentence counted by the next one, and a partitive subject with a relative clause.

def test_a_list_sentence_that_the_next_sentence_counts_names_the_areas() -> None:
    text = ("Fremtidens skole, boligudvikling, grøn erhvervspolitik og Lollands sydkyst. Det er fire af de i alt "
            "otte særlige indsatsområder, som skal sætte retning for kommunen.")
    assert focus(text) == ["Fremtidens skole", "boligudvikling", "grøn erhvervspolitik", "Lollands sydkyst"]


def test_names_counted_by_the_next_sentence_must_be_areas() -> None:
    assert focus("Jens, Ole og Marie. Det er de tre medarbejdere i teamet.") == []


def test_a_partitive_subject_with_a_relative_clause_names_its_area() -> None:
    text = "Et af de strategiske temaer, som byrådet arbejder med, er Det Gode Børneliv. Parterne er enige."
    assert focus(text) == ["Det Gode Børneliv"]


# A municipality that receives an amount is a party, also on a line of a list of grants.

def test_a_municipality_receiving_money_is_a_party() -> None:
    text = ("Ministeren har givet et tilskud på 18 mio. kr. til Vesthimmerlands Kommune og 10 mio. kr. til "
            "Thisted Kommune. Herudover er en lille million kroner på forhånd tildelt til Aabenraa Kommune.")
    assert {"Vesthimmerlands Kommune", "Thisted Kommune", "Aabenraa Kommune"} <= set(parties(text))


def test_a_municipality_heading_a_line_of_grants_is_a_party() -> None:
    text = ("Ministeriet støtter projekter i landdistrikter. Det drejer sig om:\n\n"
            "687.000 kr. Læsø kommune: Forsøgsprojekt med el-biler på Læsø.\n\n"
            "275.000 kr. Jammerbugt kommune. Landdistriktspolitik vers. 2.0.\n")
    assert {"Læsø Kommune", "Jammerbugt Kommune"} <= set(parties(text))


def test_a_municipality_where_money_is_spent_stays_a_place() -> None:
    text = "Der er brugt 2 mio. kr. på nye stier til skolen i Køge Kommune."
    assert "Køge Kommune" not in parties(text)


# The towns a path joins are places.

def test_the_towns_a_cycle_path_joins_are_places() -> None:
    text = "Borgmesteren glæder sig over, at det bliver muligt at forbinde Sdr. Omme og Filskov med en cykelsti."
    assert areas(text) == ["Sdr. Omme", "Filskov"]


# A listed organisation's acronym takes the full name the text spells out elsewhere.

def test_an_acronym_takes_the_full_name_the_text_spells_out() -> None:
    text = ("Formand for Kommunernes Landsforening, KL, Jacob Bundsgaard (S) siger, at aftalen er god. "
            "Jeg har siddet i KL's bestyrelse i ti år.")
    assert parties(text) == ["Kommunernes Landsforening"]


def test_an_acronym_alone_stays_the_acronym() -> None:
    assert "KL" in parties("KL har indgået en aftale med regeringen om kommunernes økonomi for 2025.")


# A list of grants, one receiver per line with its amount.

def test_the_receivers_of_a_list_of_grants_are_parties() -> None:
    text = ("Fonden har fordelt pengene således:\n\n"
            "Hadsund Badmintonklub, 25.000 kroner.\n\n"
            "IF Trojka, Hammershøj, 60.000 kroner.\n\n"
            "Oue Idræt & Kultur, 30.000 kroner.\n\n"
            "Fastelavn på Torvet fra Spejderne, 8.000 kroner.\n")
    found = parties(text)
    assert {"Hadsund Badmintonklub", "IF Trojka", "Oue Idræt & Kultur"} <= set(found)
    assert not any(name.startswith("Fastelavn") for name in found)


def test_two_lines_with_amounts_are_no_list_of_grants() -> None:
    text = "Budgettet:\n\nNye Cykelstier, 25.000 kroner.\n\nBedre Belysning, 60.000 kroner.\n"
    assert parties(text) == []


# A place inside a broadcaster's or a hospital's name is no area.

def test_the_region_of_a_broadcaster_is_no_place() -> None:
    assert areas("Det uddybede borgmesteren efter pressemødet overfor TV 2/Fyn: - Planen er klar.") == []


def test_a_town_coordinated_in_a_hospital_name_is_no_place() -> None:
    text = "Fonden finansierer en cyklotron til kræftbehandlingen på Herlev og Gentofte Hospital."
    assert "Herlev" not in areas(text)


# A lettered list's letter before an organisation is no initial of its name.

def test_a_list_letter_before_a_ministry_is_no_part_of_its_name() -> None:
    text = "Resumé: A. Undervisningsministeriet har gennemført en landsdækkende undersøgelse af omfanget."
    assert parties(text) == ["Undervisningsministeriet"]


# A short word of capitalised parts that the model marks is a brand; words glued by a flattened page are not.

def test_camel_case_brands_are_told_from_glued_words() -> None:
    from socdoc.extractors.parties import _camel_brand

    assert all(_camel_brand(w) for w in ("AffaldPlus", "BoligKorsør", "ByLivKolding", "NordVestBO", "HovedMED"))
    assert not any(_camel_brand(w) for w in ("MødeforumKulturskolen", "KontorSundhedsministeriet", "MailandtPoulsen",
                                            "SusRas"))
