"""Focus areas: a counting opener whose noun carries a long clause before its colon ("syv
indsatsområder for indsatsen over for …, som regionen kan få andel i:"), over numbered titles that
each head a paragraph, some of them long; the count and the numbers agree."""

from socdoc.extractors.focus_areas import _counted_numbered_lines, find_focus_areas


def names(text: str) -> list[str]:
    return [a.name for a in find_focus_areas(text, text)]


TITLES = ["Let adgang til akutte tilbud", "Flere opsøgende teams i psykiatrien, inkl. forsøg med opfølgning",
          "Afstigmatisering", "Videreførelse af puljen til retspsykiatrien"]


def _page(opener: str, titles: list[str]) -> str:
    body = "".join(f"{i}. {t}\nDer er afsat i alt {10 * i} mio. kr. i perioden, som udmøntes via ansøgning\n\n"
                   for i, t in enumerate(titles, 1))
    return f"Satspuljen 2022-2025\n\n{opener}\n\n{body}"


def test_long_opener_over_numbered_titles_with_paragraphs() -> None:
    opener = "Der er udpeget fire indsatsområder for indsatsen over for mennesker med sindslidelser, som regionerne kan søge:"
    assert names(_page(opener, TITLES)) == [
        "Let adgang til akutte tilbud", "Flere opsøgende teams i psykiatrien", "Afstigmatisering",
        "Videreførelse af puljen til retspsykiatrien"]


def test_count_and_numbers_must_agree() -> None:
    page = _page("Der er udpeget fire indsatsområder:", TITLES)
    start = page.index("\n1. ")
    assert [t for t, _ in _counted_numbered_lines(page, start, 4)[0]] == TITLES
    assert _counted_numbered_lines(page, start, 5) == ([], start)  # a fifth title is not there
    assert _counted_numbered_lines(page, start, 3)[0] == []  # a fourth number after the third: another count


def test_a_long_clause_without_its_colon_at_the_line_end_opens_no_list() -> None:
    text = ("Udvalget drøftede de fire indsatsområder for indsatsen over for mennesker med sindslidelser, som "
            "regionerne kan søge: Der var enighed om at vente.\n\n1. Budget\n\n2. Eventuelt\n")
    assert names(text) == []


def test_a_quotation_opened_inside_a_name_keeps_its_closing_mark() -> None:
    titles = ["Let adgang til akutte tilbud", "Forsøg med ”Den gode psykiatriske afdeling”", "Afstigmatisering",
              "”Pårørende som partnere”"]
    found = names(_page("Der er udpeget fire indsatsområder for psykiatrien, som regionerne kan søge:", titles))
    assert found == ["Let adgang til akutte tilbud", "Forsøg med ”Den gode psykiatriske afdeling”",
                     "Afstigmatisering", "Pårørende som partnere"]
