"""PDF: running headers and footers, page numbers, hyphenation, columns, damaged files and OCR."""

from __future__ import annotations

import os
import shutil

import pytest
from readdocs import make_image_pdf, make_pdf, make_rotated_pdf, make_two_column_pdf, norm_lines

from socdoc.read import CorruptDocumentError, OcrUnavailableError, ReadLimits, read_bytes
from socdoc.read import ocr as ocr_module
from socdoc.read import pdf as pdf_module
from socdoc.read.pdf import repair_hyphenation

PAGES = [
    [
        "Referat af møde i Økonomiudvalget",
        "Mødet blev holdt i Byrådssalen den 16. marts 2021 kl. 08.15.",
        "Indsatsen i det udsatte bolig-",
        "område fortsætter i perioden 2013-2015.",
    ],
    [
        "87. Tiltag mod uro og hærværk i Søparken",
        "Sagen behandles også i Social-",
        "og Sundhedsudvalget den 23. marts 2021.",
    ],
    [
        "88. Budget for helhedsplanen",
        "Kommunen bidrager med 3,1 mio. kr. til EU-",
        "projektet og de lokale partnerskaber.",
    ],
    [
        "89. Eventuelt",
        "Intet.",
    ],
]
HEADER = "Køge Kommune - Referat - Økonomiudvalget 16.03.2021"
FOOTER = "Side {n} af {total}"


@pytest.fixture(scope="module")
def minutes_text() -> str:
    return read_bytes("referat.pdf", make_pdf(PAGES, header=HEADER, footer=FOOTER, page_number=True))


def test_running_header_and_footer_removed(minutes_text: str) -> None:
    assert "Referat - Økonomiudvalget 16.03.2021" not in minutes_text
    assert "Side" not in minutes_text
    assert not any(line.strip().isdigit() for line in minutes_text.splitlines())


def test_body_kept_in_page_order(minutes_text: str) -> None:
    lines = norm_lines(minutes_text)
    assert lines[0] == "Referat af møde i Økonomiudvalget"
    assert lines[-1] == "Intet."
    for first, second in zip(["Referat af", "87.", "88."], ["87.", "88.", "89."]):
        assert minutes_text.index(first) < minutes_text.index(second)


def test_pages_separated_by_blank_line(minutes_text: str) -> None:
    assert "2013-2015.\n\n87." in minutes_text


def test_hyphenation_repaired(minutes_text: str) -> None:
    assert "udsatte boligområde\nfortsætter" in minutes_text


def test_real_hyphen_before_conjunction_kept(minutes_text: str) -> None:
    assert "Social-\nog Sundhedsudvalget" in minutes_text


def test_hyphen_after_abbreviation_kept(minutes_text: str) -> None:
    assert "EU-projektet" in minutes_text


def test_single_page_page_number_removed() -> None:
    text = read_bytes("brev.pdf", make_pdf([PAGES[0]], footer="Side {n} af {total}"))
    assert norm_lines(text) == [
        "Referat af møde i Økonomiudvalget",
        "Mødet blev holdt i Byrådssalen den 16. marts 2021 kl. 08.15.",
        "Indsatsen i det udsatte boligområde",
        "fortsætter i perioden 2013-2015.",
    ]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["et nyt bolig-", "område i Køge"], ["et nyt boligområde", "i Køge"]),
        (["et nyt bolig-", "område."], ["et nyt boligområde."]),
        (["Social-", "og Sundhedsudvalget"], ["Social-", "og Sundhedsudvalget"]),
        (["vej- ", "og parkafdelingen"], ["vej- ", "og parkafdelingen"]),
        (["KL-", "udspillet"], ["KL-udspillet"]),
        (["perioden 2013-", "2015"], ["perioden 2013-", "2015"]),
        (["Køge-", "Bugt"], ["Køge-", "Bugt"]),
        (["bolig-", None, "området er"], ["boligområdet", None, "er"]),
        (["bolig-", "", "området"], ["bolig-", "", "området"]),
        (["helheds\u00ad", "planen"], ["helhedsplanen"]),
    ],
)
def test_repair_hyphenation(lines: list, expected: list) -> None:
    assert repair_hyphenation(lines) == expected


def test_two_columns_read_column_by_column() -> None:
    left = [f"Venstre spalte linje {i} om boligsocial indsats" for i in range(1, 13)]
    right = [f"Højre spalte linje {i} om tryghed og trivsel" for i in range(1, 13)]
    text = read_bytes("nyhedsbrev.pdf", make_two_column_pdf("Nyhedsbrev juni 2020", left, right))
    assert norm_lines(text) == ["Nyhedsbrev juni 2020", *left, *right]


def test_table_rows_stay_rows() -> None:
    rows = [("Deltager", "Parti")] + [
        (name, party)
        for name, party in [
            ("Poul Erik Vestergaard", "O"),
            ("Carsten Mølgaard", "C"),
            ("Mads K. Lindholm", "I"),
            ("Jan Kirkegaard", "V"),
            ("Rikke Holm Pedersen", "A"),
            ("Lise Bjerre", "A"),
            ("Jens Overgaard", "Ø"),
        ]
    ]
    text = read_bytes("deltagere.pdf", make_pdf([rows]))
    assert norm_lines(text) == [" | ".join(r) for r in rows]


def test_corrupt_pdf() -> None:
    with pytest.raises(CorruptDocumentError, match="not a readable PDF"):
        read_bytes("skadet.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\ngarbage" + os.urandom(2000))


def test_truncated_pdf() -> None:
    data = make_pdf(PAGES)
    with pytest.raises(CorruptDocumentError):
        read_bytes("halv.pdf", data[: len(data) // 3])


def test_random_bytes_named_pdf() -> None:
    with pytest.raises(CorruptDocumentError):
        read_bytes("tilfældig.pdf", os.urandom(3000))


SCAN_LINES = ["Referat af Økonomiudvalget", "Kommunen bevilger 8,1 mio. kr. årligt", "Udsat til 16. juni 2020"]


def test_scanned_pdf_without_ocr_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_image_pdf(SCAN_LINES)
    monkeypatch.setattr(pdf_module, "ocr_available", lambda: False)
    with pytest.raises(OcrUnavailableError, match=r"no text layer and Tesseract with Danish \(tesseract-ocr-dan\)"):
        read_bytes("scan.pdf", data)


def test_scanned_pdf_with_ocr_disabled() -> None:
    with pytest.raises(OcrUnavailableError, match="OCR is disabled"):
        read_bytes("scan.pdf", make_image_pdf(SCAN_LINES), ReadLimits(pdf_ocr=False))


def _require_ocr() -> None:
    if ocr_module.ocr_available():
        return
    if os.environ.get("CI") == "true" and os.environ.get("SOCDOC_REQUIRE_OCR") == "1":
        pytest.fail("SOCDOC_REQUIRE_OCR=1 but Tesseract with Danish (tesseract-ocr-dan) is not installed")
    found = shutil.which("tesseract")
    pytest.skip("Tesseract is not installed" if not found else "Tesseract has no Danish model (tesseract-ocr-dan)")


def test_scanned_pdf_is_ocrd() -> None:
    _require_ocr()
    text = read_bytes("scan.pdf", make_image_pdf(SCAN_LINES), ReadLimits(ocr_dpi=200))
    assert "Økonomiudvalget" in text
    assert "8,1 mio. kr. årligt" in text
    assert "16. juni 2020" in text


def test_page_number_in_running_header_with_changing_title() -> None:
    chapters = [
        "Kapitel 1: Indledning",
        "Kapitel 1: Indledning",
        "Kapitel 2: Økonomi",
        "Kapitel 2: Økonomi",
        "Kapitel 3: Tryghed",
    ]
    pages = [
        ["Helhedsplanen dækker fire boligområder.", "Den løber fra 2017 til 2021."],
        ["Landsbyggefonden bidrager med 15,8 mio. kr.", "Kommunen bidrager med medarbejdertimer."],
        ["Budgettet er fordelt på fire indsatser.", "Uddannelse og beskæftigelse vægtes højest."],
        ["Tryghedsindsatsen samarbejder med politiet.", "Der er faste gadeplansmedarbejdere."],
        ["Trivsel måles hvert år i en beboerundersøgelse.", "Resultaterne offentliggøres i juni."],
    ]
    # the running header: a chapter title and the printed page number (front matter offsets it by 2)
    from readdocs import _pdf

    pdf = _pdf()
    for n, (chapter, blocks) in enumerate(zip(chapters, pages), start=3):
        pdf.add_page()
        pdf.set_xy(20, 10)
        pdf.cell(150, 5, chapter)
        pdf.set_xy(185, 10)
        pdf.cell(10, 5, str(n))
        for k, block in enumerate(blocks):
            pdf.set_xy(20, 30 + 6 * k)
            pdf.cell(0, 5, block)
    data = bytes(pdf.output())
    text = read_bytes("rapport.pdf", data)
    assert "Kapitel" not in text
    assert norm_lines(text) == [line for blocks in pages for line in blocks]


def test_rotated_page_text() -> None:
    lines = ["Bilag 1: Tabel over tilskud", "Ellemarken får 3,1 mio. kr.", "Søparken får 2,4 mio. kr."]
    assert norm_lines(read_bytes("bilag.pdf", make_rotated_pdf(lines))) == lines


def test_pdfplumber_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2

    def refuse(*args: object, **kwargs: object) -> None:
        raise pypdfium2.PdfiumError("Failed to load document (PDFium: Data format error).")

    monkeypatch.setattr(pdf_module.pdfium, "PdfDocument", refuse)
    text = read_bytes("referat.pdf", make_pdf(PAGES, header=HEADER, footer=FOOTER, page_number=True))
    assert "udsatte boligområde\nfortsætter" in text
    assert "Side" not in text and "Køge Kommune - Referat" not in text


JUSTIFIED_LEFT = [
    "Økonomi- og Indenrigsministeriet og Køge Kommune har i dag indgået en partnerskabsaftale om "
    "kommunens sociale indsats i udvalgte områder i kommunen.",
    "Med aftalen sikres Køge Kommune et flerårigt tilskud fra den såkaldte sociale særtilskudspulje. "
    "Samtidigt har ministeriet fået mulighed for at indgå udviklingspartnerskabsaftaler med enkelte kommuner.",
]
JUSTIFIED_RIGHT = [
    "Aftalen består af en fælles aftale om flerårigt socialt særtilskud på 8,1 mio. kr. årligt i "
    "perioden 2013-2015 og af elementerne i den årlige opfølgning med ministeriet.",
    "Helt grundlæggende handler det om at øge trygheden og styrke trivslen blandt de godt 5000 "
    "borgere, der bor i områderne.",
]


def test_justified_columns_read_as_paragraphs() -> None:
    from readdocs import make_justified_columns_pdf

    text = read_bytes("aftale.pdf", make_justified_columns_pdf(JUSTIFIED_LEFT, JUSTIFIED_RIGHT))
    assert " | " not in text
    paragraphs = [" ".join(block.split()) for block in text.split("\n\n")]
    assert paragraphs == JUSTIFIED_LEFT + JUSTIFIED_RIGHT


@pytest.mark.parametrize("user_password", ["", "hemmelig"])
def test_encrypted_pdf(user_password: str) -> None:
    from readdocs import _pdf

    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(20, 20)
    pdf.cell(0, 5, "Fortroligt referat fra Økonomiudvalget")
    pdf.set_encryption(owner_password="ejer", user_password=user_password)
    data = bytes(pdf.output())
    if user_password:
        with pytest.raises(CorruptDocumentError, match="password-protected"):
            read_bytes("lukket.pdf", data)
    else:  # only an owner password: anyone may open and read it
        assert read_bytes("aaben.pdf", data) == "Fortroligt referat fra Økonomiudvalget"
