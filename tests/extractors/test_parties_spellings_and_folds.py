"""Names written two ways in one text and generic bodies folded into a named one: a letter written twice
by mistake is the rarer spelling; the clock word "Kl" whose time was lost does not lead a name; "byrådet"
folds into the named council ("Nordby Byråd"), not into a committee the council owns ("Nordby Byråds
Kunstudvalg")."""

from __future__ import annotations

import socdoc


def names(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def test_a_letter_written_twice_is_the_rarer_spelling() -> None:
    text = ("Beskæftigelses- og Integrationsudvalget holdt møde i rådhuset. Program for "
            "Beskæftigelses- og Integrationsudvalgets besøg på værestedet. "
            "Beskæftigelsess- og Integrationsudvalget besøger værestedet i juni.")
    assert names(text) == ["Beskæftigelses- og Integrationsudvalget"]


def test_a_letter_left_out_joins_the_full_spelling() -> None:
    text = "Landbyggefonden har givet tilsagn. Ansøgningen blev sendt til Landsbyggefonden i marts."
    assert names(text) == ["Landsbyggefonden"]


def test_clock_word_without_its_time_leads_no_name() -> None:
    text = "Program for dagen:\nKl fælles frokost i kantinen.\nKl Ældreudvalget holder sit møde i mødelokale 2."
    assert names(text) == ["Ældreudvalget"]


def test_council_does_not_fold_into_a_committee_it_owns() -> None:
    text = ("Byrådet\n\nDagsorden\n\n12. Tilskud til Nordby Byråds Kunstudvalg\n\n"
            "Sagen handler om et tilskud til indkøb af kunst.\n\nBeslutning Byrådet den 03-04-2019\n\nGodkendt.")
    assert sorted(names(text)) == ["Byrådet", "Nordby Byråds Kunstudvalg"]


def test_council_folds_into_its_named_form() -> None:
    found = socdoc.extract("Sydby Byråd har vedtaget budgettet. Byrådet mødes igen i maj.").parties
    assert [p.name for p in found] == ["Sydby Byråd"]
    assert [m.text for m in found[0].mentions] == ["Sydby Byråd", "Byrådet"]
