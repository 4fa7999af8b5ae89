"""Builders of small Danish test documents in every format the readers take (made in memory)."""

from __future__ import annotations

import io
import tarfile
import zipfile
from typing import Iterable, Sequence, Union

import docx
from fpdf import FPDF

Row = tuple[str, ...]
Block = Union[str, Row]

SAME_LINES: list[Block] = [
    "Ny helhedsplan for Ellemarken",
    "Køge Kommune bidrager med 8,1 mio. kr. årligt i perioden 2013-2015 til den boligsociale indsats.",
    "Beslutning",
    "Økonomiudvalget drøftede sagen. Udsat til 16. juni 2020.",
    "- Uddannelse og beskæftigelse",
    "- Tryghed og trivsel",
    ("Område", "Beløb"),
    ("Ellemarken", "3,1 mio. kr."),
]
"""One short Danish document: heading, paragraphs, list items and a table."""


def expected_lines(blocks: Sequence[Block]) -> list[str]:
    """The text lines a reader should give for ``blocks``."""
    return [" | ".join(b) if isinstance(b, tuple) else b for b in blocks]


def norm_lines(text: str) -> list[str]:
    """Non-empty lines with whitespace collapsed."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------- txt / html


def make_txt(blocks: Sequence[Block], encoding: str = "utf-8", newline: str = "\n") -> bytes:
    return newline.join(expected_lines(blocks)).encode(encoding) + newline.encode(encoding)


def make_html(
    blocks: Sequence[Block], encoding: str = "windows-1252", boilerplate: bool = True, http_equiv: bool = False
) -> bytes:
    """A municipal news page: menu, cookie banner, article, footer; charset declared in <meta>."""
    body: list[str] = []
    items: list[str] = []
    rows: list[Row] = []

    def flush() -> None:
        if items:
            body.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()
        if rows:
            head, *rest = rows
            html_rows = ["<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"]
            html_rows += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rest]
            body.append("<table>" + "".join(html_rows) + "</table>")
            rows.clear()

    for i, block in enumerate(blocks):
        if isinstance(block, tuple):
            if items:
                flush()
            rows.append(block)
            continue
        if block.startswith("- "):
            items.append(block[2:])
            continue
        flush()
        tag = "h1" if i == 0 else ("h2" if len(block) < 20 else "p")
        body.append(f"<{tag}>{block}</{tag}>")
    flush()
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">'
        if http_equiv
        else f'<meta charset="{encoding}">'
    )
    nav = cookie = footer = ""
    if boilerplate:
        nav = (
            '<header><a href="/">Forside</a></header><nav class="main-menu"><ul>'
            '<li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li>'
            '<li><a href="/politik">Politik og indflydelse</a></li></ul></nav>'
        )
        cookie = (
            '<div id="cookie-banner" class="cookieconsent"><p>Vi bruger cookies til at forbedre '
            "hjemmesiden og til statistik. Læs mere om cookies.</p><button>Accepter alle</button></div>"
        )
        footer = (
            "<footer><p>Køge Kommune · Torvet 1 · 4600 Køge · Telefon 56 67 67 67</p>"
            "<p>Tilgængelighedserklæring · Privatlivspolitik</p></footer>"
        )
    page = (
        f'<!DOCTYPE html><html lang="da"><head>{meta}<title>Nyheder - Køge Kommune</title></head>'
        f"<body>{cookie}{nav}<main><article>{''.join(body)}</article></main>{footer}</body></html>"
    )
    return page.encode(encoding)


# ---------------------------------------------------------------- pdf


def _pdf() -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"  # æøå, “”, – and • in the core Helvetica font
    pdf.set_font("Helvetica", size=10)
    return pdf


def _pdf_block(pdf: FPDF, block: Block, y: float) -> None:
    if isinstance(block, tuple):
        for k, cell in enumerate(block):
            pdf.set_xy(20 + 70 * k, y)
            pdf.cell(60, 5, cell)
        return
    text = "\u2022 " + block[2:] if block.startswith("- ") else block
    pdf.set_xy(20, y)
    pdf.cell(0, 5, text)


def make_pdf(
    pages: Sequence[Sequence[Block]],
    header: str | None = None,
    footer: str | None = None,
    page_number: bool = False,
    line_gap: float = 6.0,
) -> bytes:
    """A PDF with one line per block; ``footer`` may use ``{n}`` and ``{total}``."""
    pdf = _pdf()
    total = len(pages)
    for n, blocks in enumerate(pages, 1):
        pdf.add_page()
        if header:
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, header)
        y = 30.0
        for block in blocks:
            _pdf_block(pdf, block, y)
            y += line_gap
        if footer:
            pdf.set_xy(20, 282)
            pdf.cell(0, 5, footer.format(n=n, total=total))
        if page_number:
            pdf.set_xy(185, 282)
            pdf.cell(10, 5, str(n))
    return bytes(pdf.output())


def make_two_column_pdf(title: str, left: Sequence[str], right: Sequence[str]) -> bytes:
    """One page: a full-width title, then two text columns side by side."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(20, 20)
    pdf.cell(0, 6, title)
    for x, lines in ((20.0, left), (110.0, right)):
        y = 35.0
        for line in lines:
            pdf.set_xy(x, y)
            pdf.cell(80, 5, line)
            y += 5.0
    return bytes(pdf.output())


def make_image_pdf(lines: Sequence[str], dpi: int = 200) -> bytes:
    """A 'scanned' PDF: a text PDF rendered to an image, the image alone put in a new PDF."""
    import pypdfium2 as pdfium

    pdf = _pdf()
    pdf.set_font("Helvetica", size=16)
    pdf.add_page()
    for k, line in enumerate(lines):
        pdf.set_xy(20, 30 + 12 * k)
        pdf.cell(0, 8, line)
    document = pdfium.PdfDocument(bytes(pdf.output()))
    image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    document.close()
    scan = FPDF(format="A4", unit="mm")
    scan.add_page()
    scan.image(image, x=0, y=0, w=210, h=297)
    return bytes(scan.output())


# ---------------------------------------------------------------- docx


def make_docx(blocks: Sequence[Block]) -> bytes:
    """A DOCX with a heading, paragraphs, bulleted list items and a table."""
    document = docx.Document()
    rows: list[Row] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            rows.clear()

    for i, block in enumerate(blocks):
        if isinstance(block, tuple):
            rows.append(block)
            continue
        flush()
        if i == 0:
            document.add_heading(block, level=1)
        elif block.startswith("- "):
            document.add_paragraph(block[2:], style="List Bullet")
        elif len(block) < 20:
            document.add_heading(block, level=2)
        else:
            document.add_paragraph(block)
    flush()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- archives


def make_zip(members: Iterable[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def make_tar(members: Iterable[tuple[str, bytes]], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def rename_zip_member(data: bytes, placeholder: str, raw_name: bytes) -> bytes:
    """Put raw name bytes (e.g. cp850) in place of an ASCII placeholder of the same length.

    zipfile always writes non-ASCII names as flagged UTF-8; Windows tools write the DOS code page
    without the flag, which this recreates.
    """
    assert len(placeholder.encode("ascii")) == len(raw_name)
    return data.replace(placeholder.encode("ascii"), raw_name)


def make_rotated_pdf(lines: Sequence[str]) -> bytes:
    """A page whose text is turned a quarter (reads bottom to top), as on a landscape table page."""
    pdf = _pdf()
    pdf.add_page()
    for k, line in enumerate(lines):
        x, y = 30 + 7 * k, 250
        with pdf.rotation(90, x, y):
            pdf.text(x, y, line)
    return bytes(pdf.output())


def make_justified_columns_pdf(left: Sequence[str], right: Sequence[str]) -> bytes:
    """One page with two columns of justified paragraphs (word spaces stretched)."""
    pdf = _pdf()
    pdf.add_page()
    for x, paragraphs in ((20.0, left), (110.0, right)):
        pdf.set_left_margin(x)
        pdf.set_xy(x, 30)
        for paragraph in paragraphs:
            pdf.multi_cell(80, 5, paragraph, align="J")
            pdf.ln(4)
    return bytes(pdf.output())
