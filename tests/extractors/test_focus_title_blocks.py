"""Focus areas as a block of short title lines under an opener without a count (web pages where
each area is a box or a link), and the blocks of lines that are no focus areas."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_colon_sentence_with_folgende_over_indented_lines_apart_by_blank_lines() -> None:
    text = ("Helhedsplan for Kærgården\n\nI den nye plan arbejder vi med følgende indsatsområder:\n\n"
            "   Tryghed og trivsel\n\n   Uddannelse & job\n\n   Børn, unge og forældre\n\n"
            "Planen er lavet sammen med beboerne i afdelingerne og kører frem til udgangen af 2028.\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse & job", "Børn, unge og forældre"]


def test_colon_sentence_over_consecutive_lines_ended_by_furniture() -> None:
    text = ("Boligorganisationen har valgt at prioritere følgende fokusområder:\nKriminalitetsforebyggelse\n"
            "Beskæftigelse\nForældreskab og familieliv\nLæs mere om planen her\n")
    assert focus(text) == ["Kriminalitetsforebyggelse", "Beskæftigelse", "Forældreskab og familieliv"]


def test_colon_sentence_at_the_end_of_the_page() -> None:
    text = "Styregruppen vil styrke følgende fokusområder:\n\n  Ensomhed blandt ældre\n\n  Psykisk sårbarhed\n"
    assert focus(text) == ["Ensomhed blandt ældre", "Psykisk sårbarhed"]


def test_possessive_heading_over_boxes_with_wrapped_titles() -> None:
    text = ("Forside\nOm afdelingen\nKontakt\n\nVores indsatsområder\n\nTryghed og\ntrivsel\n\n"
            "Sammenhængskraft og\nmedborgerskab\n\nUddannelse og livschancer\n\nBeskæftigelse\n\n"
            "Den boligsociale indsats løber fra 2023 til 2027 og er støttet af Landsbyggefonden.\n")
    assert focus(text) == ["Tryghed og trivsel", "Sammenhængskraft og medborgerskab",
                           "Uddannelse og livschancer", "Beskæftigelse"]


def test_bare_and_genitive_headings() -> None:
    text = ("Indsatsområder\n\n    Børn og unge\n\n    Job og uddannelse\n\n    Fællesskab\n\nLæs mere\n\n"
            "Helhedsplanen dækker tre afdelinger i bydelen.\n")
    assert focus(text) == ["Børn og unge", "Job og uddannelse", "Fællesskab"]
    text = ("Helhedsplanens fokusområder\nTryghed\nSundhed, trivsel og bevægelse\nJob og uddannelse\n"
            "Alle aktiviteter i planen tager udgangspunkt i beboernes egne ønsker.\n")
    assert focus(text) == ["Tryghed", "Sundhed, trivsel og bevægelse", "Job og uddannelse"]


def test_themes_heading_with_a_preposition() -> None:
    text = ("Temaer i planen\n\nDet gode naboskab\n\nGrøn omstilling\n\nUnges fritid\n\n"
            "Temaerne er valgt efter en række møder i beboerhuset i foråret.\n")
    assert focus(text) == ["Det gode naboskab", "Grøn omstilling", "Unges fritid"]


def test_bold_markdown_lines_table_cells_and_wrapped_bullets() -> None:
    text = ("## Indsatsområder i helhedsplanen\n\n**Børn og familier**\n\n**Unge på vej**\n\n"
            "**Et aktivt fællesskab**\n\nHer kan du læse, hvordan vi arbejder med områderne i praksis.\n")
    assert focus(text) == ["Børn og familier", "Unge på vej", "Et aktivt fællesskab"]
    text = ("Vores indsatsområder\n\n| Tryghed og trivsel | Uddannelse og job | Fællesskab |\n|---|---|---|\n\n"
            "Planen er godkendt af bestyrelsen.\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job", "Fællesskab"]
    text = ("Boligsocial helhedsplan\n\nHelhedsplanens indsatsområder\n  • Tryghed og\n    trivsel\n"
            "  • Sammenhængskraft og\n    medborgerskab\n  • Beskæftigelse\n\nPlanen er støttet af fonden.\n")
    assert focus(text) == ["Tryghed og trivsel", "Sammenhængskraft og medborgerskab", "Beskæftigelse"]


def test_site_menus_are_no_focus_areas() -> None:
    text = ("Forside\nIndsatsområder\nNyheder\nKontakt\nOm boligselskabet\n\n"
            "Velkommen til vores hjemmeside om afdelingerne og de mange aktiviteter.\n")
    assert focus(text) == []
    text = "Helhedsplan\n\nIndsatsområder\nNyheder\nKalender\nKontakt\n"
    assert focus(text) == []
    text = "Temaer\n\nBørn og unge\n\nÆldre\n\nSundhed\n\nKultur\n\nHer finder du kommunens temasider.\n"
    assert focus(text) == []


def test_goals_activities_and_dated_lines_are_no_focus_areas() -> None:
    text = ("Vi arbejder med følgende målsætninger:\n\nFlere i job\n\nFærre unge i kriminalitet\n\n"
            "Bedre trivsel\n\nMålene følges op hvert år.\n")
    assert focus(text) == []
    text = "Nye initiativer:\n\nLektiecafé\n\nFodboldskole\n\nFællesspisning\n\nTilmelding sker i beboerhuset.\n"
    assert focus(text) == []
    text = ("Vores indsatser\n\nLektiecafé\n\nFodboldskole\n\nFællesspisning\n\n"
            "Alle er velkomne til at deltage i aktiviteterne i beboerhuset.\n")
    assert focus(text) == []
    text = ("Vores indsatsområder\n\nKalender\n\n15. marts Fællesspisning\n\nGeneralforsamling 2. april\n\n"
            "Ring til os, hvis du har spørgsmål til arrangementerne.\n")
    assert focus(text) == []


def test_headings_and_paragraphs_under_an_uncounted_title_are_no_list() -> None:
    text = ("Helhedsplanen i Nordbyen\n\nIndsatsområder\n\nI planen er der fire indsatsområder, som beskrives "
            "nedenfor. Arbejdet sker i samarbejde med kommunen.\n\nBørn og unge\n\nHer arbejder vi med "
            "lektiehjælp og fritidsjob.\n")
    assert focus(text) == []
    text = ("Vores indsatsområder\n\nTryghed\n\nVi har ansat to nye medarbejdere, som skal styrke trygheden "
            "i området.\n\nJob\n\nJobcaféen holder åbent hver tirsdag.\n")
    assert focus(text) == []


def test_a_menu_word_after_boxes_starts_the_next_part_of_the_page() -> None:
    text = ("Vores indsatsområder\n\nTryghed\n\nJob og uddannelse\n\nKontakt\n\n"
            "Du kan altid kigge forbi sekretariatet i beboerhuset.\n")
    assert focus(text) == ["Tryghed", "Job og uddannelse"]


def test_a_year_or_period_in_the_heading_is_no_count() -> None:
    text = ("Fokusområder for 2025\n\nMental sundhed\n\nBevægelse for alle\n\nRøgfri fremtid\n\n"
            "Udvalget følger arbejdet på hvert møde.\n")
    assert focus(text) == ["Mental sundhed", "Bevægelse for alle", "Røgfri fremtid"]
    text = "Indsatsområder 2024-2027\nTryghed og trivsel\nUddannelse og job\n\nPlanen er godkendt.\n"
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job"]


def test_boxes_each_with_a_read_more_link() -> None:
    text = ("Vores indsatsområder\n\nTryghed og trivsel\nLæs mere\n\nUddannelse og job\nLæs mere\n\n"
            "Børn og familier\nLæs mere\n\nBestyrelsen\n\nHelhedsplanen ledes af en styregruppe med beboere og kommunen.\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job", "Børn og familier"]
    text = ("Vores indsatsområder\n\nTryghed og trivsel\nLæs mere\n\nUddannelse og job\n\nBørn og familier\n"
            "Læs mere\n\nHelhedsplanen ledes af en styregruppe med beboere og kommunen.\n")
    assert focus(text) == []


def test_first_column_of_a_table_under_a_focus_heading() -> None:
    text = ("Vores indsatsområder\n\n| Område | Hvad vi gør |\n|---|---|\n"
            "| Tryghed og trivsel | Vi holder åbent i beboerhuset om aftenen og går natteravn. |\n"
            "| Uddannelse og job | Lektiecafé, jobcafé og hjælp til at finde et fritidsjob. |\n\n"
            "Planen evalueres hvert år.\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job"]
    text = ("Helhedsplanens fokusområder\n\n| Fokusområde |\n|---|\n| Tryghed |\n| Sundhed og trivsel |\n\n"
            "Resten af planen beskrives i afsnittene herunder.\n")
    assert focus(text) == ["Tryghed", "Sundhed og trivsel"]


def test_compound_focus_noun_in_a_colon_sentence() -> None:
    text = ("Udvalget har i år valgt følgende hovedindsatsområder:\n\n  Demens\n\n  Ensomhed\n\n  Rehabilitering\n\n"
            "Indsatserne følges op på udvalgets møde i december.\n")
    assert focus(text) == ["Demens", "Ensomhed", "Rehabilitering"]


def test_short_sentences_under_each_title_make_no_list() -> None:
    text = ("Vores indsatsområder\n\nTryghed\n\nVi vil gøre området tryggere\n\nJob\n\nFlere skal i arbejde\n\n"
            "Helhedsplanen er lavet sammen med beboerne.\n")
    assert focus(text) == []
    text = ("Helhedsplanens indsatsområder\n\nSundhed i hverdagen\n\nLæring hele livet\n\n"
            "Begge områder bygger på beboernes egne ønsker.\n")
    assert focus(text) == ["Sundhed i hverdagen", "Læring hele livet"]


def test_a_heading_right_under_the_page_title() -> None:
    text = ("Boligsocial helhedsplan\nVores indsatsområder\n\nTryghed og trivsel\n\nJob og uddannelse\n\n"
            "Fællesskab\n\nPlanen er lavet sammen med beboerne i afdelingerne.\n")
    assert focus(text) == ["Tryghed og trivsel", "Job og uddannelse", "Fællesskab"]
    text = ("Om helhedsplanen\nIndsatsområder\nBørn og unge\nBeskæftigelse\n\n"
            "Velkommen til siden om vores boligområde og dets mange tilbud.\n")
    assert focus(text) == []
