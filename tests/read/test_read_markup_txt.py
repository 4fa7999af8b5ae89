"""A plain-text file that holds HTML markup (a page saved as text) is converted as HTML."""

from __future__ import annotations

from socdoc.read import read_document
from socdoc.read.txt import is_markup

_SAVED_PAGE = """12.03.2015 Views

Referat fra bestyrelsesmøde i Grønnegården ...

<strong>Referat</strong> <strong>fra</strong> bestyrelsesmøde i Grønnegården<br />

<strong>onsdag</strong> <strong>den</strong> 4. marts 2015 kl. 19.00<br />

Til stede: Ulla Brink, Per Haslund og Tove Rask<br />

1) Godkendelse af dagsorden<br />

Dagsordenen blev godkendt.<br />

2) Valg af referent<br />

Per Haslund blev valgt til referent &amp; ordstyrer.<br />

3) Eventuelt<br />

<p>Intet.</p>
"""


def test_a_saved_page_in_a_txt_file_reads_without_its_tags() -> None:
    text = read_document("txt", _SAVED_PAGE.encode("utf-8"))
    lines = text.splitlines()
    assert "<" not in text and "&amp;" not in text
    assert "Referat fra bestyrelsesmøde i Grønnegården" in lines
    assert "1) Godkendelse af dagsorden" in lines
    assert "Dagsordenen blev godkendt." in lines
    assert "Per Haslund blev valgt til referent & ordstyrer." in lines
    assert "Intet." in lines
    assert "12.03.2015 Views" in lines  # a line with no tag keeps its own line


def test_a_few_tags_in_plain_text_leave_it_as_written() -> None:
    mail = (
        "Referat af møde i vandlauget\n\n"
        "1. Regnskab\nKassereren skrev <b>godkendt</b> i mailen.\n\n"
        "2. Eventuelt\nIntet.\n"
    )
    assert not is_markup(mail)
    assert read_document("txt", mail.encode("utf-8")) == mail


def test_markup_on_few_lines_of_a_long_text_is_no_page() -> None:
    lines = [f"Linje {n} i et almindeligt referat uden opmærkning." for n in range(100)]
    lines += ["<b>fed</b> <i>kursiv</i> <b>fed</b> <i>kursiv</i> <b>fed</b> <i>kursiv</i>"]
    assert not is_markup("\n".join(lines))
