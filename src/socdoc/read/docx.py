"""DOCX (Office Open XML): paragraphs, headings, list items and table rows in document order."""

from __future__ import annotations

import io
import zipfile
from typing import Iterator

import docx
from docx.oxml.ns import qn
from lxml import etree

from .base import ReadLimits
from .errors import CorruptDocumentError, LimitExceededError

_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:sdtContent")
_T, _TAB, _BR, _CR, _NB_HYPHEN = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
_PPR, _NUMPR, _PSTYLE, _VMERGE, _TCPR = qn("w:pPr"), qn("w:numPr"), qn("w:pStyle"), qn("w:vMerge"), qn("w:tcPr")
# Text that is not part of the running text: deleted or moved-away revisions, text boxes (their
# content is repeated in mc:Fallback), field instructions.
_SKIP = frozenset(
    {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), qn("w:instrText"), qn("w:delText"), qn("w:pPr"), qn("w:rPr")}
)
_LIST_STYLE_PREFIXES = ("list", "liste", "opstilling")


def _check_package(data: bytes, limits: ReadLimits) -> None:
    """Refuse a DOCX whose parts would decompress beyond the limits (python-docx reads all parts)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CorruptDocumentError(f"not a valid DOCX file (not a zip package: {exc})") from exc
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise LimitExceededError(
                f"DOCX part {info.filename!r} expands {info.file_size / max(info.compress_size, 1):.0f}x "
                f"(max_ratio={limits.max_ratio:g})"
            )
    if total > limits.max_member_bytes:
        raise LimitExceededError(
            f"DOCX parts decompress to {total:,} bytes, more than max_member_bytes={limits.max_member_bytes:,}"
        )


def _run_text(el: etree._Element, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == _T:
            out.append(child.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _NB_HYPHEN:
            out.append("-")
        else:
            _run_text(child, out)


def paragraph_text(p: etree._Element) -> str:
    """Text of a ``w:p``, inserted revisions and hyperlinks included, deletions left out."""
    out: list[str] = []
    _run_text(p, out)
    return "".join(out).strip()


def _style_id(p: etree._Element) -> str:
    ppr = p.find(_PPR)
    style = ppr.find(_PSTYLE) if ppr is not None else None
    return (style.get(qn("w:val")) or "") if style is not None else ""


def _is_list_item(p: etree._Element, style_names: dict[str, str]) -> bool:
    ppr = p.find(_PPR)
    if ppr is not None and ppr.find(_NUMPR) is not None:
        return True
    style = _style_id(p)
    name = style_names.get(style, style).lower()
    return name.startswith(_LIST_STYLE_PREFIXES)


def _cell_text(tc: etree._Element) -> str:
    parts = []
    for el in tc.iter(_P):
        text = paragraph_text(el)
        if text:
            parts.append(text)
    return " ".join(" ".join(parts).split())


def _row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from (c for c in content if c.tag == _TC)


def _is_merge_continuation(tc: etree._Element) -> bool:
    tcpr = tc.find(_TCPR)
    merge = tcpr.find(_VMERGE) if tcpr is not None else None
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")


def _table_lines(tbl: etree._Element) -> Iterator[str]:
    for tr in tbl.iter(_TR):
        if tr.getparent() is not None and _nearest_table(tr) is not tbl:
            continue  # rows of a nested table are part of their cell's text
        cells = [_cell_text(tc) for tc in _row_cells(tr) if not _is_merge_continuation(tc)]
        cells = [c for c in cells if c]
        if cells:
            yield " | ".join(cells)


def _nearest_table(el: etree._Element) -> etree._Element | None:
    for ancestor in el.iterancestors(_TBL):
        return ancestor
    return None


def _blocks(container: etree._Element, style_names: dict[str, str]) -> Iterator[str]:
    for child in container:
        if child.tag == _P:
            text = paragraph_text(child)
            if text:
                yield f"- {text}" if _is_list_item(child, style_names) else text
        elif child.tag == _TBL:
            yield from _table_lines(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content, style_names)


def read_docx(data: bytes, limits: ReadLimits) -> str:
    """Text of a DOCX body, one line per paragraph, list item (``- `` prefix) and table row."""
    _check_package(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for a damaged package
        raise CorruptDocumentError(f"not a valid DOCX file ({type(exc).__name__}: {exc})") from exc
    try:
        style_names = {s.style_id: (s.name or "") for s in document.styles if s.style_id}
    except Exception:  # a damaged styles part only costs the list-style names
        style_names = {}
    return "\n".join(_blocks(document.element.body, style_names))
