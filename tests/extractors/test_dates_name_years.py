"""The founding year in a name ("Boldklubben af 1921") is no year of the text's dates."""

from socdoc.extractors.dates import find_dates


def test_a_founding_year_in_a_name_does_not_date_a_day_without_year() -> None:
    text = ("Udvalgets mål for 2011\n\nAndelsboligforeningen af 1952 søger om dispensation.\n\n"
            "Sagen blev drøftet den 14. marts.")
    assert [str(d.date) for d in find_dates(text)] == ["2011-03-14"]


def test_a_founding_year_alone_leaves_the_year_unknown() -> None:
    text = "Boldklubben af 1921 holder generalforsamling den 3. maj."
    assert find_dates(text) == []
