"""Each format reader on realistic Danish content, and one document read alike in every format."""

from __future__ import annotations

import os

import pytest
from readdocs import SAME_LINES, expected_lines, make_docx, make_html, make_pdf, make_txt, norm_lines

from socdoc.read import (
    CorruptDocumentError,
    EmptyDocumentError,
    LimitExceededError,
    ReadLimits,
    UnsupportedFormatError,
    read_bytes,
)
from socdoc.read.base import clean_text
from socdoc.read.html import declared_charset, fallback_text, read_html
from socdoc.read.txt import detect_encoding

DANISH = "Æbler og øl i Ærø Kommune: Søparken får 2,5 mio. kr. – “tryghed” for børn, årligt €."


# ---------------------------------------------------------------- the same document in four formats


@pytest.mark.parametrize(
    "name, data",
    [
        ("samme.txt", make_txt(SAME_LINES)),
        ("samme.html", make_html(SAME_LINES)),
        ("samme.pdf", make_pdf([SAME_LINES])),
        ("samme.docx", make_docx(SAME_LINES)),
    ],
    ids=["txt", "html", "pdf", "docx"],
)
def test_same_document_same_lines_in_every_format(name: str, data: bytes) -> None:
    assert norm_lines(read_bytes(name, data)) == expected_lines(SAME_LINES)


# ---------------------------------------------------------------- txt


def test_latin1_with_crlf() -> None:
    data = (
        DANISH.replace("€", "").replace("“", '"').replace("”", '"').replace("–", "-") + "\r\nNæste linje\r\n"
    ).encode("latin-1")
    text = read_bytes("brev.txt", data)
    assert "\r" not in text
    assert text.startswith("Æbler og øl i Ærø Kommune: Søparken")
    assert text.endswith("\nNæste linje\n")


def test_cp1252_with_typographic_characters() -> None:
    text = read_bytes("brev.txt", DANISH.encode("cp1252"))
    assert text == DANISH


@pytest.mark.parametrize("word", ["Søparken", "Ærø", "Hastrupparken og Karlemoseparken på Sjælland"])
def test_short_cp1252_text_is_not_taken_for_another_code_page(word: str) -> None:
    assert read_bytes("kort.txt", word.encode("cp1252")) == word


def test_utf8_bom_is_removed() -> None:
    text = read_bytes("bom.txt", b"\xef\xbb\xbf" + "Økonomiudvalget, Køge".encode())
    assert text == "Økonomiudvalget, Køge"


def test_utf8_text_is_kept_as_written() -> None:
    raw = "  Referat\n\n\n212.   Indsatser mod kriminalitet \n\tBeslutning:\n"
    assert read_bytes("referat.txt", raw.encode("utf-8")) == raw


def test_utf8_preferred_when_valid() -> None:
    assert detect_encoding("Søparken".encode()) == "utf-8"


def test_utf16_with_bom() -> None:
    assert read_bytes("u16.txt", DANISH.encode("utf-16")) == DANISH


def test_dos_code_page_text() -> None:
    text = "Børn og unge i Ærø og Søparken skal have bedre trivsel og tryghed i årene frem"
    assert read_bytes("dos.txt", text.encode("cp850")) == text


def test_clean_text_is_light() -> None:
    raw = "Ja\u0000 til\x07 a\u030angstrøm\r\nlinje 2\rlinje 3   \n\n\n\nslut"
    assert clean_text(raw, ReadLimits()) == "Ja til ångstrøm\nlinje 2\nlinje 3   \n\n\n\nslut"


def test_text_longer_than_limit() -> None:
    with pytest.raises(LimitExceededError, match="max_text_chars"):
        read_bytes("lang.txt", b"abc " * 100, ReadLimits(max_text_chars=50))


def test_empty_file() -> None:
    with pytest.raises(EmptyDocumentError, match="empty"):
        read_bytes("tom.txt", b"")


def test_whitespace_only_file() -> None:
    with pytest.raises(EmptyDocumentError, match="no text"):
        read_bytes("tom.txt", b" \r\n\t\n")


def test_unknown_extension() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"\.xlsx"):
        read_bytes("budget.xlsx", b"PK\x03\x04")


# ---------------------------------------------------------------- html


def test_html_cp1252_main_content_without_boilerplate() -> None:
    text = read_bytes("nyhed.htm", make_html(SAME_LINES, encoding="windows-1252"))
    assert "Køge Kommune bidrager med 8,1 mio. kr. årligt" in text
    for boilerplate in ("cookies", "Accepter", "Politik og indflydelse", "Torvet 1", "Tilgængelighedserklæring"):
        assert boilerplate not in text


def test_html_http_equiv_charset() -> None:
    data = make_html(SAME_LINES, encoding="iso-8859-1", http_equiv=True)
    assert declared_charset(data) == "cp1252"
    assert "Økonomiudvalget drøftede sagen" in read_bytes("side.html", data)


def test_html_utf8_declared_but_cp1252_bytes() -> None:
    data = make_html(SAME_LINES, encoding="windows-1252").replace(b"windows-1252", b"utf-8")
    assert "Økonomiudvalget drøftede sagen" in read_bytes("side.html", data)


def test_html_small_page_fallback() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body><nav><a href="/">Forside</a></nav>'
        "<h3>Udsat</h3><p>Udsat til 16. juni 2020.</p><footer>Kontakt os</footer></body></html>"
    ).encode("cp1252")
    assert norm_lines(read_html(page, ReadLimits())) == ["Udsat", "Udsat til 16. juni 2020."]


def test_html_fallback_blocks() -> None:
    import lxml.html

    root = lxml.html.document_fromstring(
        "<html><body><div><h2>Dagsorden</h2>Punkt <b>1</b><br>Punkt 2<ul><li>Første</li><li>Anden</li></ul>"
        "<table><tr><td>Ellemarken</td><td>3,1 mio. kr.</td></tr></table></div></body></html>"
    )
    assert fallback_text(root).splitlines() == [
        "Dagsorden",
        "Punkt 1",
        "Punkt 2",
        "- Første",
        "- Anden",
        "Ellemarken | 3,1 mio. kr.",
    ]


def test_html_without_text() -> None:
    with pytest.raises(EmptyDocumentError):
        read_bytes("tom.html", b"<html><body><script>var x = 1;</script></body></html>")


# ---------------------------------------------------------------- docx


def test_docx_heading_list_table_in_order() -> None:
    blocks = [
        "Referat",
        "Mødet blev holdt i Byrådssalen.",
        "- Punkt om budget",
        ("Parti", "Navn"),
        ("A", "Lise Bjerre"),
        "Efter tabellen.",
    ]
    text = read_bytes("referat.docx", make_docx(blocks))
    assert text.splitlines() == [
        "Referat",
        "Mødet blev holdt i Byrådssalen.",
        "- Punkt om budget",
        "Parti | Navn",
        "A | Lise Bjerre",
        "Efter tabellen.",
    ]


def test_docx_random_bytes() -> None:
    with pytest.raises(CorruptDocumentError, match="not a valid DOCX"):
        read_bytes("skadet.docx", os.urandom(4096))


def test_docx_zip_without_document() -> None:
    from readdocs import make_zip

    with pytest.raises(CorruptDocumentError, match="not a valid DOCX"):
        read_bytes("tom.docx", make_zip([("word/other.xml", b"<x/>")]))


def test_docx_tracked_changes_and_hyperlink() -> None:
    import io

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraph = document.add_paragraph("Bevillingen er ")
    paragraph._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>8,1 mio. kr.</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="A"><w:r><w:delText>7 mio. kr.</w:delText></w:r></w:del>')
    )
    paragraph._p.append(
        parse_xml(f'<w:hyperlink {nsdecls("w")}><w:r><w:t xml:space="preserve"> årligt</w:t></w:r></w:hyperlink>')
    )
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes("rettelser.docx", buffer.getvalue()) == "Bevillingen er 8,1 mio. kr. årligt"


def test_iter_sources_accepts_one_path(tmp_path) -> None:
    from socdoc.read import iter_sources

    path = tmp_path / "a.txt"
    path.write_bytes(b"Udsat til 16. juni 2020.")
    assert [d.doc_id for d in iter_sources(str(path))] == ["a.txt"]
