"""The pages in a real headless Chromium (Selenium + chromedriver): no console errors, hover texts, charts.

Screenshots are written to ``tests/show/artifacts/`` (git-ignored).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socdoc.cli import cli
from socdoc.sinks.db.synthetic import synthetic_records
from socdoc.sinks.jsonl import write_jsonl

from conftest import SAMPLE

pytestmark = pytest.mark.browser


def severe(driver: Any) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def find_mark(driver: Any, kind: str, surface: str) -> Any:
    from selenium.webdriver.common.by import By

    for element in driver.find_elements(By.CSS_SELECTOR, f"mark.f-{kind}"):
        if element.text == surface:
            return element
    raise AssertionError(f"no {kind} highlight for {surface!r}")


@pytest.fixture(scope="module")
def show_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("show") / "referat.html"
    result = CliRunner().invoke(cli, ["show", str(SAMPLE), "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    records = folder / "facts.jsonl"
    write_jsonl(records, synthetic_records(150, seed=11))
    target = folder / "report.html"
    result = CliRunner().invoke(cli, ["report", str(records), "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return target


def test_show_page_loads_without_console_errors(browser: Any, show_page: Path, artifacts_dir: Path) -> None:
    browser.get(show_page.as_uri())
    assert browser.title.startswith("Referat af møde i Social- og Sundhedsudvalget")
    assert severe(browser) == []
    browser.save_screenshot(str(artifacts_dir / "show_referat.png"))
    assert (artifacts_dir / "show_referat.png").stat().st_size > 10_000


def test_show_page_highlights_carry_their_values(browser: Any, show_page: Path) -> None:
    browser.get(show_page.as_uri())
    amount = find_mark(browser, "amount", "8,1 mio. kr.")
    assert "8100000" in amount.get_attribute("data-tip")
    assert "8.100.000 kr. (årligt)" in amount.get_attribute("data-tip")
    assert amount.get_attribute("data-value") == "8100000"
    date = find_mark(browser, "date", "16. juni 2020")
    assert "2020-06-16" in date.get_attribute("data-tip")


def test_hovering_shows_the_tooltip_of_nested_facts(browser: Any, show_page: Path, artifacts_dir: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.get(show_page.as_uri())
    date = find_mark(browser, "date", "16. juni 2020")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", date)
    ActionChains(browser).move_to_element(date).perform()
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed()
    lines = tip.text.splitlines()
    assert lines[0] == "Date: 2020-06-16"
    assert lines[1].startswith("Decision: postponed · item 45 · postponed to 2020-06-16")
    browser.save_screenshot(str(artifacts_dir / "show_referat_hover.png"))
    assert severe(browser) == []


def test_legend_hides_a_kind(browser: Any, show_page: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(show_page.as_uri())
    amount = find_mark(browser, "amount", "8,1 mio. kr.")
    before = amount.value_of_css_property("background-color")
    browser.find_element(By.CSS_SELECTOR, "nav.legend input[data-kind='amount']").click()
    after = amount.value_of_css_property("background-color")
    assert before != after and after in ("rgba(0, 0, 0, 0)", "transparent")


def test_report_page_loads_with_its_charts(browser: Any, report_page: Path, artifacts_dir: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(report_page.as_uri())
    WebDriverWait(browser, 30).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg")) >= 7)
    assert browser.execute_script("return typeof window.Plotly") == "object"
    plots = browser.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")
    assert {p.get_attribute("id") for p in plots} >= {
        "chart-money-year", "chart-money-party", "chart-money-area", "chart-decisions", "chart-parties",
        "chart-areas"}
    bars = browser.find_elements(By.CSS_SELECTOR, "#chart-money-year .bars path")
    assert bars, "the money-per-year chart has drawn bars"
    assert browser.find_elements(By.CSS_SELECTOR, "#table-errors tbody tr")
    assert severe(browser) == []
    browser.save_screenshot(str(artifacts_dir / "report.png"))


def test_a_long_document_shows_every_mark(browser: Any, tmp_path: Path) -> None:
    import re

    from selenium.webdriver.common.by import By

    from socdoc.records import Amount, DateFact, Document
    from socdoc.show.render import render_document

    sentence = "Ærø Kommune bevilger 8,1 mio. kr. årligt fra 1. januar 2021 til Øster Åby.\n"
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    amounts = [Amount(start=m.start(), end=m.end(), text=m.group(), value=8_100_000, per_year=True)
               for m in re.finditer(re.escape("8,1 mio. kr."), text)]
    dates = [DateFact(start=m.start(), end=m.end(), text=m.group(), date="2021-01-01")
             for m in re.finditer(re.escape("1. januar 2021"), text)]
    page = tmp_path / "long.html"
    page.write_text(render_document(text, Document(doc_id="long", amounts=amounts, dates=dates)), encoding="utf-8")
    browser.get(page.as_uri())
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark.f")) == len(amounts) + len(dates)
    assert browser.execute_script("return document.getElementById('text').textContent.length") == len(text)
    assert severe(browser) == []


def test_side_panel_tables_fit_at_1280_px(browser: Any, show_page: Path) -> None:
    browser.set_window_size(1280, 900)
    try:
        browser.get(show_page.as_uri())
        overflowing = browser.execute_script(
            "return [...document.querySelectorAll('aside.record table')]"
            ".filter(t => t.getBoundingClientRect().right > t.closest('aside').getBoundingClientRect().right + 1)"
            ".map(t => (t.previousElementSibling || {}).textContent || t.textContent.slice(0, 40));"
        )
    finally:
        browser.set_window_size(1400, 1000)
    assert overflowing == []
