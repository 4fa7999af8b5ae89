"""HTML pages: the declared charset, then main content via trafilatura, with an lxml fallback."""

from __future__ import annotations

import copy
import re

import lxml.html
import trafilatura
from lxml import etree

from .base import ReadLimits
from .errors import CorruptDocumentError
from .txt import bom_encoding, decode_bytes

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")

# WHATWG Encoding Standard: these labels mean windows-1252 in a browser.
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso_8859-1", "cp819", "ibm819"}
)

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "iframe",
    "svg",
    "button",
    "select",
    "object",
    "embed",
    "canvas",
    "dialog",
)
# Never dropped: <form> (ASP.NET pages wrap the whole body in one) and any element that holds the
# main content (a broken page may leave <header> or <nav> unclosed around everything).
_CONTENT_XPATH = ".//main | .//article | .//h1 | .//*[@role='main']"
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# id/class/role values of boilerplate blocks: cookie and consent banners, breadcrumbs, skip links.
_BOILERPLATE_ATTR_RE = re.compile(r"cookie|consent|gdpr|breadcrumb|skip-?link|share-?buttons|navigation", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
        "details",
        "summary",
    }
)
_SPACE_RE = re.compile(r"\s+")
_TABLE_RULE_RE = re.compile(r"^\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_TABLE_ROW_RE = re.compile(r"^\|(.*)\|\s*$")
_MIN_MAIN_CHARS = 1


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (BOM, XML declaration, <meta>)."""
    bom = bom_encoding(data)
    if bom:
        return bom
    head = data[:8192]
    match = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    if label in {"utf-16", "utf-16le", "utf-16be"}:
        return None  # a page that is read as bytes here cannot be UTF-16 and ASCII at once
    return label


def decode_html(data: bytes) -> str:
    """The page as text: BOM; valid UTF-8 with non-ASCII bytes; the declared charset; detection."""
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    try:
        return data.decode("utf-8")  # ASCII, or UTF-8 (cp1252 Danish text is never valid UTF-8)
    except UnicodeDecodeError:
        pass
    return decode_bytes(data, declared_charset(data))


def _parse(page: str) -> etree._Element:
    page = _XML_DECL_RE.sub("", page, count=1)
    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise CorruptDocumentError(f"HTML could not be parsed: {exc}") from exc
    return root


_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


def _prune(root: etree._Element) -> None:
    """Remove scripts, navigation, footers, cookie banners and other page furniture in place."""
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            if isinstance(el, (etree._Comment, etree._ProcessingInstruction)):
                doomed.append(el)
            continue
        tag = el.tag.lower()
        if tag in _DROP_TAGS:
            doomed.append(el)
        elif tag == "header" and not _inside_content(el):
            doomed.append(el)
        elif el.get("hidden") is not None or el.get("aria-hidden") == "true":
            doomed.append(el)
        else:
            attrs = " ".join(filter(None, (el.get("id"), el.get("class"), el.get("role"))))
            if attrs and _BOILERPLATE_ATTR_RE.search(attrs) and tag not in {"body", "html", "main", "article"}:
                doomed.append(el)
    page_chars = _text_length(root)
    for el in doomed:
        if not isinstance(el.tag, str):
            _drop(el)  # a comment or processing instruction
            continue
        if el.xpath(_CONTENT_XPATH) or _text_length(el) > 0.5 * page_chars > 100:
            continue  # holds the content, or most of the page's text: an element left unclosed
        _drop(el)


def _text_length(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _inside_content(el: etree._Element) -> bool:
    return any(a.tag in {"article", "main"} for a in el.iterancestors() if isinstance(a.tag, str))


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _tidy_trafilatura(text: str) -> str:
    """Trafilatura writes tables as Markdown: keep rows as ``a | b`` and drop the rule lines."""
    lines = []
    for line in text.splitlines():
        if _TABLE_RULE_RE.match(line):
            continue
        row = _TABLE_ROW_RE.match(line)
        if row:
            cells = [c.strip() for c in row.group(1).split("|")]
            line = " | ".join(c for c in cells if c)
        lines.append(line)
    return "\n".join(lines)


def _main_text(root: etree._Element) -> str | None:
    try:
        text = trafilatura.extract(
            copy.deepcopy(root),
            output_format="txt",
            include_tables=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            favor_recall=True,
        )
    except Exception:  # trafilatura is a heuristic layer: on any failure use the fallback
        return None
    if text and len(text.strip()) >= _MIN_MAIN_CHARS:
        return _tidy_trafilatura(text)
    return None


def _content_root(root: etree._Element) -> etree._Element:
    for xpath in ("//main", "//*[@role='main']", "//article", "//body"):
        found = root.xpath(xpath)
        if found:
            return found[0]
    return root


def _inline(text: str | None) -> str:
    return _SPACE_RE.sub(" ", text) if text else ""


def _cell_text(cell: etree._Element) -> str:
    return _SPACE_RE.sub(" ", " ".join(cell.itertext())).strip()


def _walk(el: etree._Element, out: list[str]) -> None:
    """Append text to ``out`` with a newline around every block, one line per table row."""
    if not isinstance(el.tag, str):
        out.append(_inline(el.tail))
        return
    tag = el.tag.lower()
    if tag == "br":
        out.append("\n")
    elif tag == "tr":
        cells = [_cell_text(c) for c in el if isinstance(c.tag, str) and c.tag.lower() in {"td", "th"}]
        out.append("\n" + " | ".join(c for c in cells if c) + "\n")
    else:
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n- " if tag == "li" else "\n")
        out.append(_inline(el.text))
        for child in el:
            _walk(child, out)
        if block:
            out.append("\n")
    out.append(_inline(el.tail))


def fallback_text(root: etree._Element) -> str:
    """Text of the content root by blocks: headings, paragraphs, list items, table rows."""
    out: list[str] = []
    content = _content_root(root)
    out.append(_inline(content.text))
    for child in content:
        _walk(child, out)
    lines = (line.strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line and line != "-")


_NEWLINE_RE = re.compile(r"\r\n?|\n")


def markup_text(text: str) -> str:
    """Text of HTML markup saved as a plain-text file: tags and entities converted, every line end of
    the file kept as a line break (such files break lines both with ``<br />`` and with newlines)."""
    page = "<html><body>" + _NEWLINE_RE.sub("<br>\n", _CONTROL_RE.sub("", text)) + "</body></html>"
    root = _parse(page)
    _prune(root)
    return fallback_text(root)


def read_html(data: bytes, limits: ReadLimits) -> str:
    """Main text of an HTML page."""
    root = _parse(_CONTROL_RE.sub("", decode_html(data)))
    _prune(root)
    return _main_text(root) or fallback_text(root)
