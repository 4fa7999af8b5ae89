"""A person's role in brackets before the organisation or unit they work for and a coordinated title that opens
with an acronym ("PR- og foreningskonsulent"); a committee named by its fields after its owner's genitive; what a
municipality gives or runs (a prize, a care home) and a grant list's categories, which are no parties; a savings
bank's foundation; the holders after "v/"; a street named after a person; the fields money is to lift as focus
areas, and principles coordinated before a list noun as no focus areas."""

from __future__ import annotations

import socdoc


def roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in socdoc.extract(text).people}


BOARD = ("Nyt råd for Nordby Museum\n\n"
         "Kulturministeren har udpeget rådet, der får følgende sammensætning:\n"
         "Karin Bak Holm (underdirektør, Marked & Salg, Tivoli Sydhavn)\n"
         "Mette Dam (analysechef, VisitNordby)\n"
         "Ole Vang (professor, Nordby Universitet)\n\n"
         "Rådet mødes første gang i marts.")


def test_the_role_before_the_employer_in_brackets() -> None:
    found = roles(BOARD)
    assert found["Mette Dam"] == "analysechef"
    assert found["Ole Vang"] == "professor"


def test_the_role_before_a_unit_and_an_employer_in_brackets() -> None:
    assert roles(BOARD)["Karin Bak Holm"] == "underdirektør"


def test_a_unit_before_the_role_in_brackets_still_gives_the_role() -> None:
    text = "Til stede fra forvaltningen var Eva Lund (Sekretariatet, referent) og Bo Dam (formand, A)."
    found = roles(text)
    assert found["Eva Lund"] == "referent"
    assert found["Bo Dam"] == "formand"


def test_a_name_and_a_place_in_brackets_give_no_role() -> None:
    text = "Prisen gik til Jens Bak (Nordby, Vestjylland), der har trænet klubbens unge i 30 år."
    assert roles(text).get("Jens Bak") is None


def test_a_coordinated_title_that_opens_with_an_acronym_keeps_it() -> None:
    text = ("Det fortæller Lone Berg, PR- og foreningskonsulent i Nordby Idrætsråd.\n\n"
            "Anne Holm (PR- og kommunikationschef) glæder sig også.")
    found = roles(text)
    assert found["Lone Berg"] == "pr- og foreningskonsulent"
    assert found["Anne Holm"] == "pr- og kommunikationschef"


def test_an_employers_acronym_glued_to_a_title_is_no_part_of_the_role() -> None:
    text = "Det oplyser Bo Dam, KL-chef, til avisen. Eva Lund, IT-chef i kommunen, er enig."
    found = roles(text)
    assert found["Bo Dam"] == "chef"
    assert found["Eva Lund"] == "IT-chef"  # a field of work the title keeps


# Parties: a committee named by its fields after its owner's genitive.

def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def test_a_committee_named_by_its_fields_after_the_municipalitys_genitive() -> None:
    text = ("Nu har Nordby Kommunes udvalg for erhverv, klima, miljø og teknik indstillet, at kommunalbestyrelsen "
            "godkender lånet.")
    names = parties(text)
    assert "Udvalg for erhverv, klima, miljø og teknik" in names
    assert "Nordby Kommune" not in names  # the committee acts, its municipality only owns it


def test_a_committee_named_by_its_fields_after_kommunens() -> None:
    text = "Det er kommunens udvalg for sundhed, kultur og fritid, der er tovholder på projektet."
    assert parties(text) == ["Udvalg for sundhed, kultur og fritid"]


def test_names_after_udvalg_for_are_no_fields() -> None:
    text = "Byrådets udvalg for Bo Dam og Eva Holm blev nedlagt."
    assert not any(name.startswith("Udvalg for") for name in parties(text))


# Parties: things a municipality gives or runs are no units of it.

def test_a_municipalitys_prize_event_or_scheme_is_no_party() -> None:
    text = ("Handicaprådet efterlyser kandidater til Tønder Kommunes Handicappris. Odense Kommunes Skrækfest var en "
            "succes, og Ishøj Kommunes Fritidspasordning fortsætter.")
    names = parties(text)
    assert "Handicaprådet" in names
    assert not any(n.endswith(("Handicappris", "Skrækfest", "Fritidspasordning")) for n in names)


def test_a_municipalitys_council_by_its_genitive_stays_a_party() -> None:
    assert "Fredensborg Kommunes Handicapråd" in parties("Fredensborg Kommunes Handicapråd holder møde i morgen.")


def test_a_care_home_is_no_party() -> None:
    text = ("Plejecenter Skovvang skal udvides. Vestby Ældrecenter skal lukke som plejecenter. Reparation af "
            "elevatorerne på Nordbyplejecenter koster penge.")
    assert parties(text) == []


# Parties: a savings bank's foundation keeps the bank in its name.

def test_a_savings_banks_foundation_keeps_the_bank() -> None:
    assert parties("NORDBY - Sparekassen Nordby Fond har besluttet at uddele 429.000 kr. til kulturen.") == [
        "Sparekassen Nordby Fond"]
    assert "Sparekassen Vestjyllands Gavefond" in parties(
        "Foreningerne er betænkt med 105.000 kr. fra Sparekassen Vestjyllands Gavefond, der har uddelt pengene.")


# Parties: the categories of a list of grants are no receivers.

def test_categories_of_a_grant_list_are_no_receivers() -> None:
    text = ("Tilskud til puljeprojekter under én mio. kr.\n\n"
            "  • Idrætsbyggeri: 3,690 mio. kr.\n  • Klublokaler: 3,152 mio. kr.\n"
            "  • Kulturbyggeri: 1,069 mio. kr.\n  • Handicapfaciliteter: 0,602 mio. kr.\n\n"
            "Lokale og Anlægsfonden har netop offentliggjort listen.\n")
    assert parties(text) == ["Lokale og Anlægsfonden"]


def test_receivers_of_a_grant_list_named_by_one_definite_word_stay() -> None:
    text = ("Fonden har fordelt pengene således:\n\n  • Mødrehjælpen: 300.000 kr.\n  • Nordby Roklub: 25.000 kr.\n"
            "  • Sydby Skakklub: 15.000 kr.\n")
    names = parties(text)
    assert "Mødrehjælpen" in names
    assert "Nordby Roklub" in names


# People: a street named after a person's genitive is no person.

def test_a_street_named_after_a_persons_genitive_is_no_person() -> None:
    text = "Vi har planer om renoveringer i Jernbanegade og Borgmester Jensens Gade.\n\nDet siger Hans Gade, formand."
    found = roles(text)
    assert "Jensens Gade" not in found
    assert found["Hans Gade"] == "formand"


def test_a_housing_organisation_named_by_its_town_and_bolig() -> None:
    assert parties("Thisted Bolig vil modernisere sig ud af udlejningsproblemerne.") == ["Thisted Bolig"]


def test_a_town_and_a_common_word_opening_a_title_stay_no_organisation() -> None:
    assert parties("Mødet drejer sig om Skive Køb af grunde og ældre.") == []


# People: the model's surname alone, with the double first name before it on the line.

def test_a_double_first_name_before_the_models_surname() -> None:
    text = "Poul-Arne Elnegaard, et af medlemmerne af Handicaprådet, udtrykte stor tilfredshed."
    found = socdoc.extract(text)
    assert [p.name for p in found.people] == ["Poul-Arne Elnegaard"]
    assert [a.name for a in found.areas] == []


# Parties: the holders of a project or grant after "v/".

CARE_OF = ('"Valkyrien" – operaprojekt v/ Den Ny Opera og Nordby Symfoniorkester\n1.000.000 kr.\n\n'
           '"Vestegnens Museum" – samling af tre museer v/ Nordby Kommune, Sydby Kommune og Vestby Kommune\n'
           '2.600.000 kr.\n\nSamarbejdsprojekt v/ Teaterrådet i Nordby Amt og Egnsteatret Cantabile 2\n200.000 kr.\n\n'
           'Udstilling v/ Kalundborg og Omegns Museum\n\nKulturdage v/ Kulturforum Lys over Nordby\n')


def test_the_holders_after_v_slash_are_parties() -> None:
    names = parties(CARE_OF)
    for name in ("Den Ny Opera", "Nordby Symfoniorkester", "Teaterrådet i Nordby Amt", "Egnsteatret Cantabile 2",
                 "Kalundborg og Omegns Museum", "Kulturforum Lys over Nordby"):
        assert name in names


def test_a_list_after_v_slash_is_split_at_commas() -> None:
    names = parties(CARE_OF)
    assert {"Nordby Kommune", "Sydby Kommune", "Vestby Kommune"} <= set(names)


def test_a_person_after_v_slash_and_their_title_are_no_parties() -> None:
    text = "Kontakt v/ Bo Kiersgaard eller v/ Forstander Ole Nielsen. Oplæg v/ Kim Brixen, Institutleder, Nordby."
    assert parties(text) == []


# Focus areas: the fields money is to lift, and rules that are no focus areas.

def focus(text: str) -> list[str]:
    return [f.name for f in socdoc.extract(text).focus_areas]


def test_the_counted_fields_money_is_to_lift_are_focus_areas() -> None:
    text = ("Pengene skal løfte tre områder: uddannelse og kultur, mobilitet samt jordforurening og råstoffer. "
            "Formålet er at styrke den indsats, der er i gang.")
    assert focus(text) == ["uddannelse og kultur", "mobilitet", "jordforurening og råstoffer"]


def test_a_counted_list_of_steps_is_no_focus_area() -> None:
    assert focus("Indsatsen sker i tre trin: analyse, plan og handling.") == []


def test_principles_coordinated_before_a_list_noun_are_rules() -> None:
    text = ("Budgetprocessen indeholder følgende overordnede principper og pejlemærker:\n"
            "- Rammestyringsprincippet fastholdes.\n- Der udarbejdes ikke et sparekatalog i foråret.\n"
            "- Hvert fagudvalg kan højest fremsende 3 forslag.\n\n"
            "Planen har fire pejlemærker:\n- Tryghed\n- Sundhed\n- Læring\n- Fællesskab\n")
    assert focus(text) == ["Tryghed", "Sundhed", "Læring", "Fællesskab"]
