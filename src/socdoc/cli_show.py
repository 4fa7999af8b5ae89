"""``socdoc show`` (one document as an HTML page) and ``socdoc report`` (an archive summary)."""

from __future__ import annotations

import re
import sys
import webbrowser
from pathlib import Path
from typing import Optional

import click

from socdoc.records import Document


def _safe_stem(doc_id: str) -> str:
    """A file name stem for a doc_id (``arkiv::mappe/dok.pdf`` → ``arkiv__mappe_dok``)."""
    stem = re.sub(r"(?<=[^/:])\.[A-Za-z0-9]{1,5}$", "", doc_id)
    stem = stem.replace("::", "__")
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "_", stem).strip("._")
    return stem or "document"


def _read(file: str, member: Optional[str]) -> tuple[str, str, Optional[str], Optional[Document]]:
    """``(doc_id, text, source, failure)`` of FILE (or of one member of an archive).

    ``failure`` is the error record of a document that cannot be read (its text is then ``""``).
    """
    try:
        from socdoc.read import iter_sources
    except ImportError:  # readers not available: plain text only
        path = Path(file)
        return path.name, path.read_text(encoding="utf-8"), str(path.resolve()), None
    chosen = None
    several = False
    seen: list[str] = []
    for source in iter_sources([file]):
        seen.append(source.doc_id)
        if member is None:
            if chosen is not None:
                several = True
                break
            chosen = source
        elif member in (source.doc_id, source.source, source.doc_id.split("::", 1)[-1]):
            chosen = source
            break
    if chosen is None:
        if member and seen:
            listed = ", ".join(seen[:20]) + (f", … {len(seen) - 20} more" if len(seen) > 20 else "")
            raise click.UsageError(f"no document {member!r} in {file}; it holds: {listed}")
        raise click.UsageError(f"no document {member!r} in {file}" if member else f"no document in {file}")
    if several:
        click.echo(f"socdoc show: {file} holds several documents; showing {chosen.doc_id} "
                   "(choose another with --doc)", err=True)
    if chosen.error is not None or chosen.text is None:
        from socdoc.api import EXTRACTOR_VERSION
        from socdoc.records import ErrorInfo

        error = chosen.error or ErrorInfo(type="ReadError", message="no text")
        if error.type == "MissingFileError":  # nothing to show a page of
            raise click.ClickException(f"cannot read {chosen.doc_id}: {error.message}")
        failure = Document(doc_id=chosen.doc_id, source=chosen.source, error=error,
                           extractor_version=EXTRACTOR_VERSION)
        return chosen.doc_id, "", chosen.source, failure
    return chosen.doc_id, chosen.text, chosen.source, None


def _record_from(records: Path, doc_id: str) -> Document:
    from socdoc.sinks.jsonl import read_jsonl

    from socdoc.sinks.db.load import legacy_id

    older = None  # a record written before ids were paths carries the file stem
    for doc, _ in read_jsonl(records):
        if doc.doc_id == doc_id:
            return doc
        if older is None and doc.doc_id is not None and doc.doc_id == legacy_id(doc_id):
            older = doc
    if older is not None:
        return older
    raise click.UsageError(f"no record with doc_id {doc_id!r} in {records}")


def _open(path: Path) -> None:
    if not webbrowser.open(path.resolve().as_uri()):
        click.echo(f"socdoc: could not open a browser; the page is {path}", err=True)


@click.command(name="show")
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="HTML file to write. Default: <stem>.html in the current directory.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default web browser.")
@click.option("--doc", "member", default=None, metavar="DOC_ID",
              help="The document to show when FILE is an archive (doc_id or member path).")
@click.option("--records", "records", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Take the record from this JSONL file (matched on doc_id) instead of extracting again.")
def show_command(file: str, output: Optional[Path], open_page: bool, member: Optional[str],
                 records: Optional[Path]) -> None:
    """Write one document as a self-contained HTML page with every fact highlighted.

    FILE is a .txt/.html/.pdf/.docx document, an archive (with --doc), or '-' for standard
    input. Amounts, dates, periods, parties, people, areas, focus areas and decisions each
    get their own colour; hovering a highlight shows its normalised value, and a side panel
    lists the record. The page needs no network. It is written to <stem>.html in the
    current directory unless -o is given.

    \b
    Examples:
      socdoc show pressemeddelelse.txt
      socdoc show referat.pdf -o referat.html --open
      socdoc show arkiv.zip --doc 'arkiv::2020/referat.docx'
      socdoc show referat.txt --records facts.jsonl
    """
    from socdoc.show.render import render_document

    doc_id, text, source, failure = _read(file, member)
    if failure is not None:
        doc = failure
    elif records is not None:
        doc = _record_from(records, doc_id)
    else:
        from socdoc.api import extract

        doc = extract(text, doc_id=doc_id)
        if source and doc.source is None:
            doc = doc.model_copy(update={"source": source})
    target = output or Path.cwd() / f"{_safe_stem(doc_id)}.html"
    target.write_text(render_document(text, doc), encoding="utf-8")
    n_facts = sum(len(getattr(doc, name)) for name in (
        "amounts", "dates", "periods", "parties", "people", "areas", "focus_areas", "decisions"))
    click.echo(f"socdoc show: {doc_id}: {n_facts} facts → {target}", err=True)
    if open_page:
        _open(target)
    if doc.error is not None:
        what = "reading" if failure is not None else "extraction"
        click.echo(f"socdoc show: {what} failed: {doc.error.type}: {doc.error.message}", err=True)
        sys.exit(1)


@click.command(name="report")
@click.argument("records", required=False, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Read the records from this database (SQLAlchemy URL) instead of a JSONL file.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              default=Path("report.html"), show_default=True, help="HTML file to write.")
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True,
              help="How many parties, areas and bodies the ranked charts show.")
@click.option("--title", default="socdoc report", show_default=True, help="Title of the page.")
@click.option("--open", "open_page", is_flag=True, help="Open the report in the default web browser.")
def report_command(records: Optional[str], db_url: Optional[str], output: Path, top: int, title: str,
                   open_page: bool) -> None:
    """Write a self-contained HTML report over many records.

    Give RECORDS, a JSONL file written by 'socdoc extract' ('-' for standard input), or
    --db URL, a database filled by 'socdoc load'. The report charts money per year and per
    party and area, decisions per outcome per body, and the most frequent parties and areas,
    and lists the documents with errors. Charts are made with plotly, whose JavaScript is
    inlined: the page works offline (it is about 5 MB).

    \b
    Examples:
      socdoc report facts.jsonl -o rapport.html
      socdoc report --db sqlite:///socdoc.db --top 25 --open
    """
    from socdoc.show import report as rp

    if (records is None) == (db_url is None):
        raise click.UsageError("give either RECORDS (a JSONL file) or --db URL")
    if db_url is not None:
        from socdoc.show.report_db import MissingTablesError
        from socdoc.sinks.db.engine import MissingDatabaseError, require_existing

        try:
            require_existing(db_url)
            data = rp.collect_db(db_url, top=top)
        except (MissingTablesError, MissingDatabaseError) as exc:
            raise click.ClickException(str(exc)) from exc
    elif records == "-":
        data = rp.collect_jsonl(click.open_file("-", encoding="utf-8"), source="stdin")
    else:
        data = rp.collect_jsonl(Path(records))  # type: ignore[arg-type]
    output.write_text(rp.render_report(data, top=top, title=title), encoding="utf-8")
    click.echo(f"socdoc report: {data.n_documents} documents, {data.n_errors} with errors → {output}", err=True)
    if open_page:
        _open(output)

