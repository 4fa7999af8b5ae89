"""Focus areas in inline, quoted, bullet and numbered layouts."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_inline_list_with_hhv_and_samt() -> None:
    text = ("Helhedsplanen vil være centreret om fire indsatsområder, hhv. Uddannelse og beskæftigelse, "
            "Familier og forebyggelse, Tryghed og trivsel samt Kriminalpræventiv indsats.")
    assert focus(text) == ["Uddannelse og beskæftigelse", "Familier og forebyggelse", "Tryghed og trivsel",
                           "Kriminalpræventiv indsats"]


def test_quoted_list() -> None:
    text = ("Indsatsen er koncentreret omkring 4 tværgående områder: ’Børn og Unge’, ’Social og Sundhed’, "
            "’Uddannelse, Beskæftigelse og Erhverv’ samt ’Kriminalpræventiv Indsats’.")
    assert focus(text) == ["Børn og Unge", "Social og Sundhed", "Uddannelse, Beskæftigelse og Erhverv",
                           "Kriminalpræventiv Indsats"]


def test_bullets_under_heading() -> None:
    text = "Puljens fokusområder:\n\n• Opsøgende arbejde\n• Forældrestøtte og familiebehandling\n\nDer kan søges."
    assert focus(text) == ["Opsøgende arbejde", "Forældrestøtte og familiebehandling"]


def test_numbered_lines_with_explanations() -> None:
    text = "udkastet lægger op til 2 indsatsområder:\n\n  1. Ungeområdet – flere unge i job.\n  2. Sygedagpengeområdet – tidlig indsats.\n"
    assert focus(text) == ["Ungeområdet", "Sygedagpengeområdet"]


def test_comma_inside_item_and_lowercase_items() -> None:
    text = "Politikken har fire fokusområder: Livskvalitet, Selvbestemmelse, Kvalitet, tværfaglighed og sammenhæng i plejen samt Værdig død."
    assert "Kvalitet, tværfaglighed og sammenhæng i plejen" in focus(text)
    text = "Klubberne skal have særligt fokus på uddannelse, sundhed og integration."
    assert focus(text) == ["uddannelse", "sundhed", "integration"]


def test_goals_are_not_focus_areas() -> None:
    assert focus("Planen har fem overordnede mål:\n\n- at styrke civilsamfundet\n- at forebygge kriminalitet\n") == []


def test_inline_numbered_items_lose_their_marks() -> None:
    text = "Handleplanen har fire fokusområder: 1) Bolig, 2) Misbrug, 3) Job og en meningsfuld hverdag og 4) Sundhed."
    assert focus(text) == ["Bolig", "Misbrug", "Job og en meningsfuld hverdag", "Sundhed"]


def test_numbered_lines_after_blank_line_with_long_explanations() -> None:
    text = ("Helhedsplanen har tre indsatsområder:\n\n"
            "1) Uddannelse og job – flere unge skal i gang med og gennemføre en ungdomsuddannelse, og flere "
            "voksne skal tættere på arbejdsmarkedet gennem virksomhedsrettede forløb i lokalområdet.\n"
            "2) Børn, unge og familier – forældre skal klædes på til at støtte deres børns skolegang.\n"
            "3) Tryghed og fællesskab – flere beboere skal engagere sig i naboskabet.\n\nBorgmesteren udtaler:")
    assert focus(text) == ["Uddannelse og job", "Børn, unge og familier", "Tryghed og fællesskab"]


def test_inline_list_wrapped_over_lines() -> None:
    text = ("   Helhedsplanen arbejder med fire indsatsområder: Tryghed og trivsel,\n"
            "   Uddannelse og livschancer, Beskæftigelse samt Kriminalitetsforebyggelse.\n\n   Økonomi\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og livschancer", "Beskæftigelse",
                           "Kriminalitetsforebyggelse"]
    text = "Strategien har tre fokusområder: Tidlig indsats,\nSammenhængende forløb og Recovery. Strategien er ny."
    assert focus(text) == ["Tidlig indsats", "Sammenhængende forløb", "Recovery"]


def test_inline_list_on_the_line_after_the_noun() -> None:
    text = "et oplæg til en handlingsplan. Handlingsplanen har tre indsatsområder:\nTryghed og trivsel, Uddannelse og job samt Boligsammensætning.\n"
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job", "Boligsammensætning"]


def test_noun_joined_by_er_and_definite_noun() -> None:
    text = "Helhedsplanens fire indsatsområder er Uddannelse og job, Børn og unge, Sundhed og trivsel samt Naboskab og beboerdemokrati."
    assert focus(text) == ["Uddannelse og job", "Børn og unge", "Sundhed og trivsel", "Naboskab og beboerdemokrati"]
    text = "Der er afsat midler inden for indsatsområderne tryghed, uddannelse og beskæftigelse."
    assert focus(text) == ["tryghed", "uddannelse", "beskæftigelse"]
    assert focus("De foreslåede indsatser er hjemmehjælp i eget hjem, flere hænder samt en demensindsats.") == []
    assert focus("Indsatsområderne skal beskrives nærmere og godkendes i udvalget.") == []


def test_heading_then_bullets_with_colon_explanations() -> None:
    text = ("Indsatsområder\n\n"
            "• Uddannelse og job: flere unge skal i uddannelse.\n"
            "– Tryghed og trivsel.\n"
            "* Sundhed\n\nLæs mere på hjemmesiden.")
    assert focus(text) == ["Uddannelse og job", "Tryghed og trivsel", "Sundhed"]
    text = "Indsatsen har tre spor:\na) Opsporing. Medarbejdere i dagtilbud uddannes.\nb) Forebyggelse\nc) Behandling\n"
    assert focus(text) == ["Opsporing", "Forebyggelse", "Behandling"]


def test_focus_phrase_with_one_item_and_themes() -> None:
    text = "Desuden er\nder særligt fokus på mental sundhed blandt unge mellem 15 og 24 år. Politikken gælder 2010-2013."
    assert focus(text) == ["mental sundhed"]
    text = "Puljen sætter fokus på tre temaer: ensomhed, misbrug og hjemløshed."
    assert focus(text) == ["ensomhed", "misbrug", "hjemløshed"]
    assert focus("Under det sidste lægges særlig vægt på områdets børn og unge.") == []


def test_count_title_then_one_title_per_area_with_a_paragraph() -> None:
    text = ("Tre indsatsområder\n\n"
            "Indsatsen i bydelen er planlagt for fire år og bygger på erfaringer fra tidligere planer.\n\n"
            "Tryghed i boligområdet\n\nBeboerne skal opleve, at der er ro på trapper og stier.\n\n"
            "Job og uddannelse\n\nFlere unge skal i gang med en uddannelse eller et fritidsjob.\n\n"
            "Stærke familier\n\nForældre får hjælp til at støtte deres børns skolegang.\n\n"
            "Kontakt\n\nRing til sekretariatet.\n")
    assert focus(text) == ["Tryghed i boligområdet", "Job og uddannelse", "Stærke familier"]


def test_colon_opener_then_titles_without_blank_lines() -> None:
    text = ("Arbejdet er samlet under to overordnede fokusområder:\n"
            "Mental sundhed\n"
            "Unge med angst og stress skal hurtigere have hjælp i kommunens regi.\n"
            "Fællesskaber for ældre\n"
            "Ensomme ældre inviteres med i lokale foreninger og spisefællesskaber.\n"
            "Læs mere\n")
    assert focus(text) == ["Mental sundhed", "Fællesskaber for ældre"]


def test_count_sentence_closing_a_paragraph_then_titles() -> None:
    text = ("Den nye plan består af tre indsatsområder.\n\n"
            "Trivsel\nBørnene skal have det godt i skolen.\n\n"
            "Læring\nFlere elever skal klare afgangsprøven.\n\n"
            "Sundhed\nMotion indgår i hverdagen.\n")
    assert focus(text) == ["Trivsel", "Læring", "Sundhed"]


def test_titles_must_match_the_count_and_alternate_with_paragraphs() -> None:
    text = ("Helhedsplanen har fire indsatsområder:\n\n"
            "Tryghed\nFlere gadeplansmedarbejdere.\n\nUddannelse\nLektiehjælp.\n\nSe også\n\n"
            "Andre planer for kommunens boligområder findes på hjemmesiden.\n")
    assert focus(text) == []
    text = "Helhedsplanen har tre indsatsområder.\n\nFlere unge skal i job, og færre skal på overførselsindkomst.\n"
    assert focus(text) == []


def test_numbered_titles_each_with_a_paragraph() -> None:
    text = ("Strategien har tre fokusområder:\n\n"
            "1. Tidlig opsporing\nMedarbejdere i daginstitutioner lærer at se tegn på mistrivsel.\n\n"
            "2. Sammenhængende forløb\nFamilien får én fast kontaktperson.\n\n"
            "3. Inddragelse af civilsamfundet\nFrivillige foreninger inviteres ind.\n")
    assert focus(text) == ["Tidlig opsporing", "Sammenhængende forløb", "Inddragelse af civilsamfundet"]


def test_quoted_items_after_a_general_noun_with_a_count() -> None:
    text = ("Boligorganisationen har valgt at søge støtte inden for tre områder: ”Tryghed, trivsel og naboskab”, "
            "”Job, uddannelse og fritid” og ”sundhed”. Planen skal godkendes.")
    assert focus(text) == ["Tryghed, trivsel og naboskab", "Job, uddannelse og fritid", "sundhed"]
    assert focus("Projektet dækker to områder: Vestbyen og Søparken.") == []


def test_focus_heading_with_a_coordination() -> None:
    text = ("Puljen er åben for ansøgninger.\n\n"
            "Fokus på sundhed, ensomhed, misbrug og bolig\n"
            "Indsatserne skal tage udgangspunkt i beboernes egne ønsker.\n")
    assert focus(text) == ["sundhed", "ensomhed", "misbrug", "bolig"]
    assert focus("Fokus på de ældre\nDe ældre skal have mere hjælp.\n") == []
    text = "Kommunen vil i de kommende år have en stor\nfokus på trivsel og sundhed hos de mindste børn.\n"
    assert focus(text) == []


def test_focus_colon_with_bullets() -> None:
    text = ("Indholdsmæssigt har partnerskabet fokus på:\n\n"
            "• Uddannelse og beskæftigelse\n• Tryghed i nattelivet\n• Forebyggelse af ensomhed\n\n"
            "Partnerskabet løber i tre år.")
    assert focus(text) == ["Uddannelse og beskæftigelse", "Tryghed i nattelivet", "Forebyggelse af ensomhed"]


def test_focus_phrase_splits_two_abstract_nouns_but_not_a_group() -> None:
    text = "Boligområdet Nordparken skal have særligt fokus på uddannelse og bekæmpelse af misbrug\n\nTekst."
    assert focus(text) == ["uddannelse", "bekæmpelse af misbrug"]
    assert focus("Projektet har særligt fokus på børn og unge.") == ["børn og unge"]
    assert focus("Projektet har særligt fokus på sårbare familier og tidlig indsats.") == [
        "sårbare familier og tidlig indsats"]


def test_time_expressions_and_explanations_are_no_areas() -> None:
    text = ("Planen rummer tre temaer, som der skal lægges særligt fokus på de kommende år. "
            "Udvalget har valgt disse 2 fokusområder:\n\n"
            "  1. Seniorområdet, hvor flere ældre skal blive længere i job, og hvor der skal være særligt fokus på "
            "\"Aktiv hverdag\" og frivillige, der følger borgerne.\n"
            "  2. De nye visitationsregler, med bl.a. nye krav til opfølgning m.v.\n")
    assert focus(text) == ["Seniorområdet", "De nye visitationsregler"]


def test_examples_and_activities_are_no_areas() -> None:
    text = ("Kommunerne kan søge penge til at lave indsatser til henholdsvis feriecamps, musik- og "
            "idrætsaktiviteter eller lektiehjælp, læsekurser mv.")
    assert focus(text) == []
    assert focus("Projektet har tre aktiviteter: lektiecafé, fodbold og madklub.") == []


def test_numbered_labels_of_single_areas() -> None:
    text = ("Indsatsområde 1: Uddannelse og livschancer\nTekst om uddannelse.\n\n"
            "Indsatsområde 2 - Tryghed og trivsel\nTekst om tryghed.\n\n"
            "Fokusområde: Ensomhed blandt ældre\n")
    assert focus(text) == ["Uddannelse og livschancer", "Tryghed og trivsel", "Ensomhed blandt ældre"]


def test_long_item_with_a_colon_explanation_in_a_numbered_list() -> None:
    text = ("Planen har to overordnede fokusområder:\n"
            "1. Trygge rammer for alle: Borgerne skal føle sig trygge.\n"
            "2. En ny og tidligere indsats for de mest udsatte unge i hele kommunen: Færre skal begå kriminalitet.\n")
    assert focus(text) == ["Trygge rammer for alle",
                           "En ny og tidligere indsats for de mest udsatte unge i hele kommunen"]


def test_headline_list_ends_with_its_line() -> None:
    text = ("Nordbyen skal have særligt fokus på sundhed og forebyggelse af ensomhed\n"
            "Foto: Kommunen. Planen skal godkendes i byrådet.\n")
    assert focus(text) == ["sundhed", "forebyggelse af ensomhed"]
    text = "Helhedsplanen har fire indsatsområder: Tryghed, Sundhed, Uddannelse og\nBeskæftigelse. Planen er ny.\n"
    assert focus(text) == ["Tryghed", "Sundhed", "Uddannelse", "Beskæftigelse"]


def test_general_noun_after_focus_verb_and_titles_that_need_a_count() -> None:
    text = "Strategien sætter fokus på tre områder: tryghed, uddannelse og beskæftigelse."
    assert focus(text) == ["tryghed", "uddannelse", "beskæftigelse"]
    text = "Forsiden\n\nTemaer\n\n• Affald og genbrug\n• Veje og trafik\n\nNyheder\n"
    assert focus(text) == []
    text = "Tre spor\n\n• Hurtig bolig\n• Bostøtte\n• Samarbejde med udlejere\n"
    assert focus(text) == ["Hurtig bolig", "Bostøtte", "Samarbejde med udlejere"]


def test_focus_verbs_and_more_focus_phrases() -> None:
    assert focus("Handleplanen vil fokusere særligt på tryghed og sundhed.") == ["tryghed", "sundhed"]
    text = "Strategien vil særligt fokusere på 3 indsatsområder, som skal drøftes igen i den kommende tid."
    assert focus(text) == []
    assert focus("I år er der især fokus på ensomhed blandt ældre.") == ["ensomhed"]


def test_list_noun_with_a_phrase_before_the_verb() -> None:
    text = "Udvalgets fokusområder for 2025 er Ældre i eget hjem, Rekruttering og Velfærdsteknologi."
    assert focus(text) == ["Ældre i eget hjem", "Rekruttering", "Velfærdsteknologi"]


def test_focus_area_column_of_a_pipe_table() -> None:
    text = ("Budget for helhedsplanen\n\n"
            "| Indsatsområde | Mål | Budget (kr.) |\n|---|---|---|\n"
            "| Tryghed og trivsel | Færre anmeldelser | 1.200.000 |\n"
            "| Uddannelse og job | Flere i job | 900.000 |\n\nIalt 2,1 mio. kr.\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job"]
    assert focus("| Navn | Parti |\n|---|---|\n| Anne Holm | A |\n") == []


def test_list_cut_off_where_the_saved_page_ends() -> None:
    text = ("Helhedsplanen har fire indsatsområder:\n\n"
            "Tryghed\nFlere voksne på gaden om aftenen.\n\n"
            "Uddannelse og job\nFlere unge i uddannelse.\n\n"
            "Sundhed\nMotion og kost i hverdage")
    assert focus(text) == ["Tryghed", "Uddannelse og job", "Sundhed"]
    text = "Helhedsplanen har fire indsatsområder: Tryghed, Sundhed, Uddannelse og besk"
    assert focus(text) == ["Tryghed", "Sundhed"]


def test_name_colon_explanation_lines_under_a_counted_opener() -> None:
    text = ("Helhedsplanen består af tre indsatsområder:\n\n"
            "Tryghed og trivsel: Beboerne skal føle sig trygge i området.\n"
            "Uddannelse og livschancer: Flere unge skal gennemføre en uddannelse.\n"
            "Beskæftigelse: Flere voksne skal i job.\n\nBudgettet er 12 mio. kr.")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og livschancer", "Beskæftigelse"]
    text = "Helhedsplanen har to indsatsområder:\n\nBemærk: Planen er ikke godkendt endnu.\n"
    assert focus(text) == []


def test_places_after_a_focus_phrase_are_no_focus_areas() -> None:
    assert focus("Indsatsen har særligt fokus på Vollsmose og Korsløkken.") == []
    assert focus("Planen har to indsatsområder: tryghed og trivsel") == ["tryghed", "trivsel"]


def test_offsets_quote_the_original_text() -> None:
    raw = ("Strategien har tre fokusområder:\n\n1. “Tidlig indsats”\u00a0– hjælp i tide.\n"
           "2. Sammenhængende\u00a0forløb\n3. Recovery\n")
    found = find_focus_areas(normalize(raw), raw)
    assert [f.name for f in found] == ["Tidlig indsats", "Sammenhængende forløb", "Recovery"]
    assert all(raw[f.start:f.end] == f.text for f in found)


def test_focus_phrase_pair_before_a_subordinate_clause() -> None:
    text = "I udmøntningen lægges der særligt fokus på forebyggelse og opsporing, så hjælpen kommer i tide."
    assert focus(text) == ["forebyggelse", "opsporing"]


def test_counts_after_a_determiner_menus_and_money_items() -> None:
    text = ("Planen samler de tre indsatsområder:\n\nTryghed\nFlere voksne i gaderne.\n\n"
            "Job\nFlere i arbejde.\n\nSundhed\nMindre rygning.\n")
    assert focus(text) == ["Tryghed", "Job", "Sundhed"]
    assert focus("Forside\nTemaer:\n• Affald\n• Trafik\n• Skoler\n") == []
    text = "Beløbet fordeles på to indsatser, hhv. 2 mio. kr. til lektiehjælp og 3 mio. kr. til mentorer."
    assert focus(text) == []


def test_references_and_clauses_after_a_focus_phrase() -> None:
    assert focus("Udvalget ønsker særligt fokus på området i det kommende år.") == []
    assert focus("Der skal være særligt fokus på, hvordan de unge inddrages.") == []
    assert focus("Der skal være særligt fokus på dette, når planen revideres.") == []


def test_flattened_bullets_and_titles_with_a_phrase() -> None:
    assert focus("Indsatsområder: • Tryghed • Uddannelse og job • Sundhed\n") == ["Tryghed", "Uddannelse og job", "Sundhed"]
    text = "Indsatsområder i helhedsplanen\n\n- Tryghed og trivsel\n- Børn og familier\n\nKontakt os."
    assert focus(text) == ["Tryghed og trivsel", "Børn og familier"]


def test_prefiltered_patterns_find_what_their_plain_patterns_find() -> None:
    from socdoc.extractors.entities import Prefiltered
    from socdoc.extractors.focus_areas import patterns

    texts = [
        "Indsatsområde 1: Tryghed\nxIndsatsområde 2: Job\nFokusområde: Ensomhed\nspor 3 - Bolig\n",
        "Puljen er ny.\nFokus på sundhed, ensomhed og bolig\nXFokus på job og uddannelse\n",
        "Planen har fokus på tre områder: tryghed og job. De 4 indsatsområder er A, B og C. Tre spor.\n"
        "Tematisk har aftalen fokus på:\n• A\n• B\nindsatsområderne tryghed og job; særligt fokus på unge",
    ]
    for pattern in [v for v in vars(patterns()).values() if isinstance(v, Prefiltered)]:
        for text in texts:
            fast = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            plain = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
            assert fast == plain


def test_inline_list_under_a_count_title_needs_that_many_items() -> None:
    assert focus("Fire indsatsområder\n\nTryghed, uddannelse, job og sundhed.\n") == [
        "Tryghed", "uddannelse", "job", "sundhed"]
    assert focus("Fire indsatsområder\n\nPlanen blev vedtaget i maj, og arbejdet går i gang.\n") == []


def test_focus_title_after_page_furniture_but_not_a_wrapped_sentence() -> None:
    text = "Nyheder\nFokus på tryghed, uddannelse og job\nKommunen lancerer en ny plan.\n"
    assert focus(text) == ["tryghed", "uddannelse", "job"]
    text = "Nyheder\nFokus på tryghed og uddannelse har\nbetydet meget for området.\n"
    assert focus(text) == []


def test_counted_general_noun_over_bullets_after_focus_words() -> None:
    text = ("Planen har et skarpt fokus på de største udfordringer i bydelen.\n\n"
            "De sociale indsatser skal samles inden for følgende 3 områder:\n\n"
            "  • Tryghed og trivsel\n  • Job og uddannelse\n  • Sundhed\n\nLæs mere om planen her.\n")
    assert focus(text) == ["Tryghed og trivsel", "Job og uddannelse", "Sundhed"]


def test_counted_general_noun_over_bullets_needs_focus_words_and_count() -> None:
    text = ("Kommunen har opdelt kortet i følgende 3 områder:\n\n  • Nord\n  • Syd\n  • Midt\n")
    assert focus(text) == []
    text = ("Indsatserne skal dække følgende 2 områder:\n\n  • Tryghed\n  • Job\n  • Sundhed\n")
    assert focus(text) == []


def test_objects_joined_by_repeated_preposition_stay_whole() -> None:
    text = ("Strategien sætter især fokus på at styrke, at børn lærer at læse tidligt, og på de unge og "
            "nyankomne familier, som skal have hjælp hurtigere.")
    assert focus(text) == ["styrke, at børn lærer at læse tidligt", "de unge og nyankomne familier"]


def test_count_noun_then_titles_apart_by_blank_lines() -> None:
    text = ("Arbejdet samles under tre overordnede indsatsområder:\n\nTrivsel i hverdagen\n\n"
            "Vej til job\n\nSunde fællesskaber\n\nHvert område får sin egen styregruppe.")
    assert focus(text) == ["Trivsel i hverdagen", "Vej til job", "Sunde fællesskaber"]


def test_bullets_stop_at_the_count_and_at_a_quote() -> None:
    text = ("Strategien har tre fokusområder:\n\n- Tidlig opsporing\n- Stærke netværk\n- Bolig først\n\n"
            "- Nu går vi i gang med det samme, siger udvalgsformand Bo Lind.")
    assert focus(text) == ["Tidlig opsporing", "Stærke netværk", "Bolig først"]
    text = ("Vores fokuspunkter:\n\n- Ro i klasserne\n- Trygge overgange\n\n"
            "- Det er et godt skridt, lyder det fra skolelederen.")
    assert focus(text) == ["Ro i klasserne", "Trygge overgange"]


def test_numbered_points_with_a_bracketed_explanation() -> None:
    text = ("Planen hviler på to fokuspunkter:\n\n1. Tæt opfølgning (faste kontaktpersoner, korte ventetider "
            "og hjemmebesøg)\n\n2. Fælles sprog på tværs (ens metoder i skoler og dagtilbud)")
    assert focus(text) == ["Tæt opfølgning", "Fælles sprog på tværs"]


def test_inden_for_areas_lists_the_areas() -> None:
    text = "Byrådet vil prioritere projekter inden for områderne misbrug, ensomhed og boligløshed."
    assert focus(text) == ["misbrug", "ensomhed", "boligløshed"]
    text = "Foreninger kan søge tilskud inden for følgende tre områder: bevægelse, kost og søvn. Fristen er 1. april."
    assert focus(text) == ["bevægelse", "kost", "søvn"]
    text = "Der bygges nye boliger i områderne Nørreparken, Vestbyen og Søndermarken."
    assert focus(text) == []


def test_focus_phrase_pair_of_a_phrase_and_an_abstract_noun() -> None:
    assert focus("Puljen har i år særligt fokus på psykisk sårbare unge og hjemløshed.") == [
        "psykisk sårbare unge", "hjemløshed"]
    assert focus("Planen lægger særlig vægt på forebyggelse og tidlig opsporing, så færre får brug for hjælp.") == [
        "forebyggelse", "tidlig opsporing"]
    assert focus("Kommunen har særligt fokus på udsatte børn og familier.") == ["udsatte børn og familier"]


def test_definite_noun_under_headings_lists_the_areas() -> None:
    text = ("I bydelen sættes der ind under overskrifterne Læring og Trivsel, Job, Tryghed og Fællesskab "
            "og naboskab.\n\nIndsatsen løber i fire år.")
    assert focus(text) == ["Læring og Trivsel", "Job", "Tryghed", "Fællesskab og naboskab"]


def test_list_noun_joined_by_som() -> None:
    text = "Planen arbejder med temaer som sundhed, fællesskab, og bedre boliger for beboerne i området."
    assert focus(text) == ["sundhed", "fællesskab", "bedre boliger"]
    assert focus("Udvalget fastlægger fokusområder som skal styrke samarbejdet med skolerne.") == []
    assert focus("Der er aftalt indsatser som lektiehjælp, kor og madklub.") == []  # a weak noun needs a count


def test_a_counted_noun_followed_by_as_many_items_after_words_of_focus() -> None:
    text = ("Frem mod 2027 vil fonden fokusere indsatsen på fire store problemer, gæld, ensomhed, "
            "misbrug og boligmangel. Det siger direktøren.")
    assert focus(text) == ["gæld", "ensomhed", "misbrug", "boligmangel"]
    # the count does not match the items: no list
    assert focus("Vi prioriterer tre skoler, Holmeskolen og Engskolen, i år.") == []
    # no words of focus before the count
    assert focus("Kommunen købte tre grunde, en mark, en skov og en eng.") == []
    # a time span is no noun of areas
    assert focus("Indsatsen prioriteres de næste tre år, 2025, 2026 og 2027.") == []


def test_one_area_named_in_quotes_after_a_singular_theme_noun() -> None:
    text = "Runden uddeler midler under temaet ”fællesskab på tværs af generationer”. Ansøgningsfristen er 1. juni."
    assert focus(text) == ["fællesskab på tværs af generationer"]
    assert focus("Årets konference har temaet ældre og digitalisering.") == []  # no quotes: no name


def test_a_count_of_tracks_closing_a_paragraph_over_a_dated_line() -> None:
    text = ("Skolen har i dag to spor, og om få år skal der bruges et tredje.\n"
            "Byrådsmødet, punkt 7, tirsdag 14. maj\n\nNyt tag på hallen")
    assert focus(text) == []


def test_counted_tracks_joined_by_a_verb() -> None:
    assert focus("De tre spor i strategien er tidlig indsats, fællesskaber og sammenhæng. Den gælder fra maj.") == [
        "tidlig indsats", "fællesskaber", "sammenhæng"]
    assert focus("Indsatserne er lektiehjælp, fritidsjob og mentorer.") == []


def test_markdown_count_heading_over_area_headings() -> None:
    text = ("## Tre indsatsområder\n\n### Tryghed\nVi arbejder for tryghed.\n\n### Uddannelse\n"
            "Flere skal tage en uddannelse.\n\n### Fællesskab\nVi styrker foreningerne.\n")
    assert focus(text) == ["Tryghed", "Uddannelse", "Fællesskab"]


def test_definite_plural_pejlemaerkerne_joined_by_a_verb() -> None:
    text = "Pejlemærkerne er Natur, Læring, Fællesskab og Erhverv. De gælder i hele valgperioden."
    assert focus(text) == ["Natur", "Læring", "Fællesskab", "Erhverv"]


def test_a_single_definite_thing_after_a_focus_phrase_is_no_area() -> None:
    assert focus("Han peger på en cykelsti og en bænk, og han har særligt fokus på cykelstien.") == []
    assert focus("Byrådet har særligt fokus på integrationen i år.") == ["integrationen"]


def test_an_ordinal_before_a_name_does_not_end_the_item() -> None:
    text = ("Puljen støtter projekter inden for fire områder: demokrati, kulturarv, sprog og "
            "erindringer fra 2. Verdenskrig. Fristen er 1. marts.")
    assert focus(text) == ["demokrati", "kulturarv", "sprog", "erindringer fra 2. Verdenskrig"]


def test_nested_bullets_keep_only_the_top_level() -> None:
    text = (
        "Partierne er enige om følgende fokusområder for valgperioden:\n\n"
        " • Børn og skole\n"
        "  • Flere pædagoger i daginstitutionerne.\n"
        "  • En ny skole i den vestlige bydel, som skal stå klar\n"
        "   inden udgangen af perioden.\n\n"
        "  • Mindre fravær\n"
        " • Ældre og sundhed\n"
        "  • Et nyt plejecenter.\n"
    )
    assert focus(text) == ["Børn og skole", "Ældre og sundhed"]


def test_dashes_under_numbered_items_are_sub_items() -> None:
    text = (
        "Helhedsplanen har fire indsatsområder:\n"
        "1. Tryghed og trivsel\n"
        "- nabohjælp og gårdmænd\n"
        "2. Uddannelse og job\n"
        "- lektiecafé\n"
        "3. Forebyggelse og forældre\n"
        "4. Kultur og fællesskab\n"
    )
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job", "Forebyggelse og forældre",
                            "Kultur og fællesskab"]


def test_bullets_indented_unevenly_without_nesting_are_all_items() -> None:
    text = "Indsatsområderne er:\n • Tryghed\n  • Beskæftigelse\n  • Sundhed\n"
    assert focus(text) == ["Tryghed", "Beskæftigelse", "Sundhed"]


def test_a_label_inside_a_sentence_names_the_area_that_closes_the_line() -> None:
    text = "Fonden udvider sine uddelinger med et nyt fokusområde: Ensomhed blandt ældre.\n\nAnsøgningsfristen er i maj."
    assert focus(text) == ["Ensomhed blandt ældre"]


def test_a_page_about_one_focus_area_is_named_by_its_title() -> None:
    text = ("Sundhed og bevægelse\n\nFormål med indsatsområdet\n\n"
            "Beboerne skal have lettere adgang til motion og sund mad.")
    assert focus(text) == ["Sundhed og bevægelse"]


def test_a_sentence_before_a_focus_area_heading_names_nothing() -> None:
    text = "Vi har talt med mange beboere i år.\n\nResultater i indsatsområdet\n\nDet er gået godt."
    assert focus(text) == []


def test_a_hollow_bullet_printed_as_the_letter_o_is_no_part_of_the_name() -> None:
    text = ("Budgetaftalen har tre tværgående indsatser:\no   Sundhed og trivsel\no   Uddannelse\n"
            "o   Mestring af eget liv\nUdvalget drøfter dem i foråret.")
    assert focus(text) == ["Sundhed og trivsel", "Uddannelse", "Mestring af eget liv"]


def test_quoted_objects_of_a_focus_phrase_are_areas_even_with_commas_inside() -> None:
    text = ("Den nye boligsociale plan har fokus på ”Skole, fritid og familie”, ”Job og uddannelse” "
            "og ”tryghed”, og den gælder i fire år.")
    assert focus(text) == ["Skole, fritid og familie", "Job og uddannelse", "tryghed"]


def test_one_quoted_object_of_a_focus_phrase_is_no_list() -> None:
    text = "Kommunen har fokus på ”det gode hverdagsliv” for alle borgere."
    assert focus(text) == []


def test_a_focus_word_inside_an_agenda_item_heads_no_list_of_its_siblings() -> None:
    text = ("  1. Ansøgning til regionens kulturmidler - strategiske indsatsområder 2012\n"
            "  2. Status på programsamarbejdet\n  3. Studieretninger 2013\n  4. Eventuelt\n  5. Næste møde\n")
    assert find_focus_areas(normalize(text), text, minutes=True) == []
