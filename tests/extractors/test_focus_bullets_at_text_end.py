"""A bulleted list of focus areas whose last item's explanation runs to the end of the text (a page cut
mid-sentence, no closing line break) is read like any other list, not an error."""

from __future__ import annotations

import socdoc


def test_explanation_running_to_the_end_of_the_text() -> None:
    text = ("Flertallet er enige om disse indsatsområder:\n\n"
            " • Natur og klima\n"
            "  • Flere træer langs stierne og en plan for regnvand i byerne\n\n"
            " • Trafik og støj\n"
            "  • En plan for mindre støj fra omfartsvejen herunder en afklaring\n"
            "   af mulighederne for en")
    record = socdoc.extract(text)
    assert record.error is None
    assert [f.name for f in record.focus_areas] == ["Natur og klima", "Trafik og støj"]
