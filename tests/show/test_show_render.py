"""The document page: highlights with hover texts, escaping, line breaks, side tables, speed."""

from __future__ import annotations

import html
import re

import pytest
from lxml import html as lxml_html

from socdoc.records import Amount, DateFact, Decision, Document, Party, Mention
from socdoc.show.render import KINDS, highlights, render_document
from socdoc.show.values import amount_text, danish_number


def marks(page: str) -> list:
    tree = lxml_html.fromstring(page)
    return tree.xpath("//article[@id='text']//mark")


def mark_for(page: str, kind: str, surface: str):  # noqa: ANN201
    for mark in marks(page):
        if f"f-{kind}" in mark.get("class", "") and mark.text_content() == surface:
            return mark
    raise AssertionError(f"no {kind} mark for {surface!r}")


def article_text(page: str) -> str:
    return lxml_html.fromstring(page).xpath("//article[@id='text']")[0].text_content()


def test_every_fact_type_is_highlighted_with_its_value(built: tuple[str, Document]) -> None:
    text, doc = built
    page = render_document(text, doc)
    assert mark_for(page, "amount", "8,1 mio. kr.").get("title") == "Amount: 8.100.000 kr. (årligt) [DKK 8100000]"
    assert mark_for(page, "amount", "8,1 mio. kr.").get("data-value") == "8100000"
    assert mark_for(page, "amount", "13-15 mio. kr.").get("title") == (
        "Amount: 13.000.000–15.000.000 kr. [DKK 13000000-15000000]")
    assert mark_for(page, "date", "16. juni 2020").get("title") == "Date: 2020-06-16"
    assert mark_for(page, "period", "i perioden 2013-2015").get("title") == "Period: 2013-01-01 – 2015-12-31"
    assert mark_for(page, "person", "Lise Bjerre").get("title") == "Person: Lise Bjerre · borgmester · party A"
    assert mark_for(page, "area", "Ellemarken").get("title") == "Area: Ellemarken (housing_area)"
    assert mark_for(page, "focus_area", "Tryghed og trivsel").get("title") == "Focus area: Tryghed og trivsel"
    assert mark_for(page, "participant", "Åse Holm").get("title") == "Participant: Åse Holm · party F"
    decision = mark_for(page, "decision", "Udsat til 16. juni 2020.")
    assert decision.get("title") == (
        "Decision: postponed · item 212 · postponed to 2020-06-16 · for: A, V · against: Ø")
    assert decision.xpath(".//mark[contains(@class, 'f-date')]"), "the date nests inside the decision"


def test_every_mention_of_a_party_is_marked_and_the_first_is_the_anchor(built: tuple[str, Document]) -> None:
    text, doc = built
    page = render_document(text, doc)
    party = [m for m in marks(page) if m.get("data-fact") == "party-0"]
    assert [m.text_content() for m in party] == ["Køge Kommune", "Køge Kommune"]
    assert [m.get("id") for m in party] == ["party-0", None]
    assert all(m.get("title") == "Party: Køge Kommune (municipality)" for m in party)


def test_the_text_and_its_line_breaks_survive(built: tuple[str, Document]) -> None:
    text, doc = built
    page = render_document(text, doc)
    assert article_text(page) == text
    assert "til <mark" in page and "\n\nBorgmester" in page


def test_text_and_values_are_escaped() -> None:
    text = 'Se <script>alert("x")</script> & "Køge Kommune" <b>fed</b>'
    start = text.index("Køge Kommune")
    doc = Document(parties=[Party(name='Køge "<Kommune>"', text="Køge Kommune", start=start, end=start + 12)],
                   title="<img src=x onerror=alert(1)>")
    page = render_document(text, doc)
    assert "<script>alert" not in page and "<b>fed</b>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert article_text(page) == text
    assert mark_for(page, "party", "Køge Kommune").get("title") == 'Party: Køge "<Kommune>"'
    assert page.count("<script>") == 1, "only the page's own script"


def test_offsets_that_do_not_fit_the_text_are_reported_not_rendered() -> None:
    text = "Kommunen giver 5 mio. kr."
    doc = Document(amounts=[Amount(start=15, end=25, text="5 mio. kr.", value=5_000_000),
                            Amount(start=40, end=50, text="2 mio. kr.", value=2_000_000)],
                   dates=[DateFact(start=0, end=8, text="1. maj", date="2020-05-01")])
    page = render_document(text, doc)
    tree = lxml_html.fromstring(page)
    assert tree.get_element_by_id("offset-problems").text_content().startswith("2 fact offset(s)")
    assert [m.get("data-fact") for m in marks(page)] == ["date-0", "amount-0"]


def test_error_records_show_a_banner() -> None:
    from socdoc.records import ErrorInfo

    page = render_document("", Document(doc_id="x", error=ErrorInfo(type="EmptyDocumentError", message="tom")))
    assert "EmptyDocumentError" in lxml_html.fromstring(page).get_element_by_id("doc-error").text_content()


def test_side_tables_list_the_record(built: tuple[str, Document]) -> None:
    text, doc = built
    tree = lxml_html.fromstring(render_document(text, doc))
    decisions = tree.get_element_by_id("table-decisions").text_content()
    assert "212" in decisions and "postponed" in decisions and "2020-06-16" in decisions and "for: A, V" in decisions
    amounts = tree.get_element_by_id("table-amounts")
    assert "8.100.000 kr. (årligt)" in amounts.text_content()
    assert amounts.xpath(".//a/@href") == ["#amount-0", "#amount-1"]
    assert "Økonomiudvalget" in tree.xpath("//aside")[0].text_content()


def test_the_legend_has_every_kind_with_counts(built: tuple[str, Document]) -> None:
    text, doc = built
    tree = lxml_html.fromstring(render_document(text, doc))
    labels = tree.xpath("//nav[contains(@class,'legend')]//label")
    assert [label.xpath(".//input/@data-kind")[0] for label in labels] == [k.name for k in KINDS]
    counts = {label.xpath(".//input/@data-kind")[0]: int(label.xpath(".//span[@class='n']")[0].text) for label in labels}
    assert counts["amount"] == 2 and counts["party"] == 1 and counts["decision"] == 1 and counts["decision_step"] == 0


def test_the_page_is_self_contained(built: tuple[str, Document]) -> None:
    text, doc = built
    page = render_document(text, doc)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "http://" not in page and "https://" not in page


def test_a_long_document_renders_every_mark() -> None:
    """100k characters with a mark per fact mention (its speed: ``benchmarks/show.py``)."""
    sentence = "Ærø Kommune bevilger 8,1 mio. kr. årligt fra 1. januar 2021 til boligområdet Øster Åby.\n"
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    amounts, dates, parties_mentions = [], [], []
    for match in re.finditer(re.escape("8,1 mio. kr."), text):
        amounts.append(Amount(start=match.start(), end=match.end(), text=match.group(), value=8_100_000, per_year=True))
    for match in re.finditer(re.escape("1. januar 2021"), text):
        dates.append(DateFact(start=match.start(), end=match.end(), text=match.group(), date="2021-01-01"))
    for match in re.finditer("Ærø Kommune", text):
        parties_mentions.append(Mention(start=match.start(), end=match.end(), text=match.group()))
    first = parties_mentions[0]
    doc = Document(amounts=amounts, dates=dates,
                   parties=[Party(name="Ærø Kommune", text=first.text, start=first.start, end=first.end,
                                  mentions=parties_mentions)])
    page = render_document(text, doc)
    assert article_text(page) == text
    assert len(marks(page)) == len(amounts) + len(dates) + len(parties_mentions)


@pytest.mark.parametrize("value, expected", [(8100000, "8.100.000"), (1234.5, "1.234,50"), (0, "0"), (950.0, "950")])
def test_danish_numbers(value: float, expected: str) -> None:
    assert danish_number(value) == expected


def test_amount_text_forms() -> None:
    assert amount_text(Amount(start=0, end=1, text="x", value=8100000, per_year=True)) == "8.100.000 kr. (årligt)"
    assert amount_text(Amount(start=0, end=1, text="x", low=13_000_000, high=15_000_000)) == "13.000.000–15.000.000 kr."
    assert amount_text(Amount(start=0, end=1, text="x", low=500)) == "500–? kr."


def test_decision_without_offsets_is_listed_but_not_marked() -> None:
    doc = Document(decisions=[Decision(outcome="approved", text="Godkendt.", title="Budget")])
    page = render_document("Godkendt.", doc)
    assert not marks(page)
    assert "Budget" in lxml_html.fromstring(page).get_element_by_id("table-decisions").text_content()
    assert highlights("Godkendt.", doc) == []
    assert html.unescape("approved") in page
