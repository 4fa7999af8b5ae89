"""The ``socdoc`` command line: a thin click layer over the library.

Exit status of ``socdoc extract``: 0 when every document succeeded, 1 when some failed (their
records carry ``error`` and the others are still written), 2 for a usage error.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import IO, Iterator, Optional

import click

from socdoc import __version__
from socdoc.cli_limits import limit_options, read_limits

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
_DOC_SUFFIX_RE = re.compile(r"\.(?:txt|text|md|markdown|rst|html?|xhtml|pdf|docx|docm)$", re.IGNORECASE)
_MAX_NAME_BYTES = 200  # file names of --text-dir (most file systems allow 255)


# Commands whose modules bring heavy dependencies (SQLAlchemy, alembic, plotly, jinja2) are
# imported only when invoked: name → (module, attribute, the one-line help shown by --help).
LAZY_COMMANDS = {
    "db": ("socdoc.cli_db", "db_group", "Manage the socdoc database (SQLite or PostgreSQL)."),
    "load": ("socdoc.cli_db", "load_command",
             "Extract documents under PATHs (or take --from-jsonl records) and load them into a database."),
    "report": ("socdoc.cli_show", "report_command", "Write a self-contained HTML report over many records."),
    "show": ("socdoc.cli_show", "show_command",
             "Write one document as a self-contained HTML page with every fact highlighted."),
}


class _LazyCommand(click.Command):
    """A placeholder that stands for a command until it is invoked (or its help is asked for)."""

    def __init__(self, name: str, module: str, attribute: str, summary: str) -> None:
        super().__init__(name, help=summary)
        self.target = (module, attribute)

    def load(self) -> Optional[click.Command]:
        import importlib

        module, attribute = self.target
        try:
            return getattr(importlib.import_module(module), attribute)
        except ImportError:  # the optional dependencies of this command are missing
            return None


class _LazyGroup(click.Group):
    """A group whose heavy commands are imported on first use, so ``--help`` starts at once."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> Optional[click.Command]:
        command = self.commands.get(cmd_name)
        if isinstance(command, _LazyCommand):
            real = command.load()
            if real is None:
                del self.commands[cmd_name]
                return None
            self.commands[cmd_name] = real
            return real
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the placeholders' summaries, without importing the commands."""
        rows = [(name, cmd) for name in self.list_commands(ctx)
                if (cmd := self.commands.get(name)) is not None and not cmd.hidden]
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        with formatter.section("Commands"):
            formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in rows])


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="socdoc")
def cli() -> None:
    """socdoc: typed facts from Danish public-sector documents.

    Money amounts, dates, periods, parties, people, areas, focus areas, and for minutes the
    meeting and one decision per agenda item — each with character offsets into the text.

    \b
    Examples:
      socdoc extract referater/ -o facts.jsonl
      socdoc extract arkiv.zip pressemeddelelser.tar.gz --workers 2 -o facts.jsonl
      cat dok.txt | socdoc extract -
      socdoc eval corpus/ facts.jsonl
      socdoc load arkiv.zip --db sqlite:///socdoc.db
    """


def _failure_summary(kinds: "collections.Counter[tuple[str, str]]", n_failed: int) -> Optional[str]:
    """``failures: 65,536 LimitExceededError (archive nested deeper than max_depth=4)`` for the commonest kinds."""
    if n_failed < 2:
        return None
    parts = [f"{n:,} {kind} ({message}){_limit_hint(message)}" for (kind, message), n in kinds.most_common(3)]
    rest = n_failed - sum(n for _, n in kinds.most_common(3))
    return "failures: " + "; ".join(parts) + (f"; {rest:,} other" if rest else "")


_LIMIT_FLAGS = {"max_depth": "--max-depth", "max_total_bytes": "--max-archive-bytes",
                "max_members": "--max-archive-members"}


def _limit_hint(message: str) -> str:
    """`` - stopped at the limit; raise it with --max-depth`` for a failure at a limit a flag sets."""
    for name, flag in _LIMIT_FLAGS.items():
        if f"{name}=" in message:
            return f" - stopped at the limit; raise it with {flag}"
    return ""


def _error_kind(error) -> tuple[str, str]:  # noqa: ANN001
    """An error's type and message with names and numbers of one document left out."""
    message = re.sub(r"'[^']*'|\S*/\S*", "…", error.message)
    message = re.sub(r"\b\d[\d,.]*(?= bytes| characters)", "N", message)
    return error.type, message[:120]


def _progress(total_docs: Optional[int], quiet: bool):  # noqa: ANN202 - tqdm or None
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total_docs, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _records(paths: tuple[str, ...], workers: int, text_dir: Optional[Path], skipped=None,  # noqa: ANN001
             limits=None) -> Iterator[tuple]:  # noqa: ANN001
    """(record, SourceDoc) pairs in input order; read errors become error records."""
    from socdoc.api import EXTRACTOR_VERSION, extract_many
    from socdoc.read import ReadLimits, iter_sources
    from socdoc.records import Document

    pending: collections.deque = collections.deque()
    written: set[str] = set()

    def items() -> Iterator[tuple[str, dict]]:
        extra = {"limits": limits} if limits is not None else {}
        loaded = workers == 1  # loaded already
        for source in iter_sources(paths, skipped=skipped, **extra):
            pending.append(source)
            if source.error is None and source.text is not None:
                if not loaded and _forks():  # forked workers inherit this process's pipeline
                    _load_pipeline()
                    loaded = True
                if text_dir is not None:
                    _write_text(text_dir, source.doc_id, source.text, written)
                yield source.text, {"doc_id": source.doc_id, "source": source.source}
            else:
                yield "", {"doc_id": source.doc_id, "source": source.source, "_error": source.error}

    for record in extract_many(items(), n_process=workers):
        source = pending.popleft()
        if source.error is not None:
            record = Document(
                doc_id=source.doc_id, source=source.source, error=source.error,
                extractor_version=EXTRACTOR_VERSION,
            )
        yield record, source


def _forks() -> bool:
    """True when worker processes are forked from this one (they inherit its pipeline)."""
    import multiprocessing

    return multiprocessing.get_start_method(allow_none=False) == "fork"


START_UP_GC_THRESHOLD = 100_000
"""Allocations between two young-generation collections while the pipeline is imported and built."""


def _load_pipeline() -> None:
    """Import and build the pipeline with the cyclic garbage collector mostly idle, then freeze
    what it built. Start-up allocates millions of objects that all stay alive (modules, the
    model, word lists), which the collector would otherwise traverse again and again; frozen,
    they are skipped by every later collection, here and in forked workers."""
    import gc

    begun = time.perf_counter()
    threshold = gc.get_threshold()
    if threshold[0]:  # 0: collection turned off by the user
        gc.set_threshold(max(threshold[0], START_UP_GC_THRESHOLD), *threshold[1:])
    try:
        from socdoc.pipeline import pipeline

        pipeline()
    finally:
        gc.set_threshold(*threshold)
    gc.freeze()
    _LOAD_SECONDS[0] += time.perf_counter() - begun


_LOAD_SECONDS = [0.0]
"""Seconds spent in :func:`_load_pipeline`: the summary's words/s leaves them out whether the
pipeline was built before the run (one worker) or at its first document (forked workers)."""


def text_file_name(doc_id: str, written: set[str]) -> str:
    """The ``--text-dir`` file of a document: its doc_id without a document extension, with ``::``
    as ``__`` and ``/`` as ``_``.

    A name already used in this run gets ``~2``, ``~3``, … in output order (folders often hold
    several files with the same stem); names too long for the file system end in a hash instead.
    """
    safe = _DOC_SUFFIX_RE.sub("", doc_id).replace("::", "__").replace("/", "_").replace("\\", "_")
    if len(safe.encode("utf-8")) > _MAX_NAME_BYTES:
        digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]
        safe = safe.encode("utf-8")[: _MAX_NAME_BYTES - 13].decode("utf-8", "ignore") + "-" + digest
    name, n = f"{safe}.txt", 1
    while name in written:
        n += 1
        name = f"{safe}~{n}.txt"
    written.add(name)
    return name


def _write_text(text_dir: Path, doc_id: str, text: str, written: set[str]) -> None:
    text_dir.mkdir(parents=True, exist_ok=True)
    (text_dir / text_file_name(doc_id, written)).write_text(text, encoding="utf-8")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-",
              show_default=True, help="JSONL file to write; '-' is standard output.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default: the number of cores).")
@click.option("--text-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write each document's extracted text here, so every offset can be checked: "
                   "<doc_id>.txt with '::' as '__' and '/' as '_' (a repeated name gets ~2, ~3, …).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run extraction in local processes or on a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:8786); with --engine dask.")
@click.option("--verbose", "-v", is_flag=True, help="Name every skipped file in the summary, not just the first few.")
@limit_options
def extract(paths: tuple[str, ...], output: str, workers: Optional[int], text_dir: Optional[Path],
            quiet: bool, engine: str, scheduler: Optional[str], verbose: bool, max_archive_bytes: Optional[int],
            max_archive_members: Optional[int], max_depth: Optional[int]) -> None:
    """Extract facts from PATHS into JSONL, one record per document.

    PATHS are .txt/.md/.rst/.html/.pdf/.docx files, folders (searched recursively), .zip/.tar/.tar.gz
    archives (also nested), or '-' for standard input. doc_id is the path relative to the PATH
    it was found under ('2020/referat.txt' in a folder, 'referat.txt' for a file named
    directly), with '::<member path>' for archive members ('arkiv.zip::2020/referat.txt').
    A missing PATH gives an error record and the others are still read. Files of other types
    in folders and archives are skipped and counted in the summary line.

    \b
    Exit status: 0 all documents read and extracted, 1 some failed (their records carry
    'error'; the rest are written), 2 usage error (nothing is written).

    \b
    Example:
      socdoc extract referater/ arkiv.zip -o facts.jsonl --workers 2
    """
    from socdoc.read import SkipLog

    _check_output_is_no_input(output, paths)
    if text_dir is not None and engine != "local":
        raise click.UsageError("--text-dir works with --engine local only (the dask engine reads on its workers)")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    cores = os.cpu_count() or 1
    if workers is not None and workers > cores:
        click.echo(f"socdoc: --workers {workers} capped at the {cores} cores of this machine", err=True)
    n_workers = min(workers or cores, cores)
    if engine == "local" and n_workers == 1:
        _load_pipeline()  # before the clock starts: words/s measures extraction
    started = time.perf_counter()
    loading = _LOAD_SECONDS[0]
    n_docs = n_failed = n_words = 0
    skipped = SkipLog(keep_names=-1 if verbose else 5)
    bar = _progress(None, quiet)
    limits = read_limits(max_archive_bytes, max_archive_members, max_depth)
    if limits is not None and engine != "local":
        raise click.UsageError("--max-archive-bytes, --max-archive-members and --max-depth work with --engine local")
    failures: collections.Counter = collections.Counter()
    if engine == "local":
        records = _records(paths, n_workers, text_dir, skipped, limits)
    else:
        records = _dask_records(paths, scheduler, n_workers)
    try:
        out_file = click.open_file(output, "w", encoding="utf-8")
    except OSError as exc:
        message = f"cannot write {output}: {exc.strerror or exc}"
        raise click.BadParameter(message, param_hint="'-o' / '--output'") from exc
    with out_file as out:
        for record, _ in records:
            _write_record(out, record)
            n_docs += 1
            n_words += record.n_words
            if record.error is not None:
                n_failed += 1
                failures[_error_kind(record.error)] += 1
            if bar is not None:
                bar.update(1)
                bar.set_postfix(errors=n_failed, words_s=f"{n_words / max(time.perf_counter() - started, 1e-9):,.0f}")
    if bar is not None:
        bar.close()
    elapsed = time.perf_counter() - started - (_LOAD_SECONDS[0] - loading)  # extraction, as with one worker
    if not quiet:
        for note in (_failure_summary(failures, n_failed), skipped.summary(all_names=verbose)):
            if note:
                click.echo(f"socdoc: {note}", err=True)
        click.echo(
            f"socdoc: {_plural(n_docs, 'document')}, {n_failed} failed, {n_words:,} words in {elapsed:.1f} s "
            f"({n_words / max(elapsed, 1e-9):,.0f} words/s)",
            err=True,
        )
    if n_docs == 0:
        click.echo(f"socdoc: warning: no documents found in {' '.join(paths)}", err=True)
    sys.exit(EXIT_SOME_FAILED if n_failed else EXIT_OK)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _check_output_is_no_input(output: str, paths: tuple[str, ...]) -> None:
    """A usage error when ``-o`` names an input file, or a readable file inside an input folder."""
    if output == "-":
        return
    from socdoc.read.base import archive_kind, format_of

    target = os.path.realpath(output)
    readable = format_of(output) is not None or archive_kind(output) is not None
    for path in paths:
        if path == "-" or not os.path.exists(path):
            continue
        real = os.path.realpath(path)
        inside = os.path.isdir(real) and readable and os.path.commonpath([real, target]) == real
        if target == real or inside:
            raise click.UsageError(f"-o {output} is one of the inputs (or would be read as one); choose another file")


def _dask_records(paths: tuple[str, ...], scheduler: Optional[str], workers: int) -> Iterator[tuple]:
    try:
        from socdoc.engines.dask import extract_records
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise click.UsageError(f"the dask engine is not available: {exc}") from exc
    for record in extract_records(paths, scheduler=scheduler, n_workers=workers):
        yield record, None


def _write_record(out: IO[str], record) -> None:  # noqa: ANN001
    from socdoc.sinks.jsonl import write_record

    write_record(out, record)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("predictions", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", "docs_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Extract the .txt files in this folder first instead of reading PREDICTIONS.")
@click.option("--errors", "show_errors", is_flag=True, help="List the differences per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir: Path, predictions: Optional[Path], docs_dir: Optional[Path], show_errors: bool,
             as_json: bool) -> None:
    """Score predictions against gold: precision, recall and F1 per field.

    GOLD_DIR holds <id>.json gold files (or a gold/ folder of them). PREDICTIONS is the JSONL
    written by 'socdoc extract'. Values are compared as sets per document, as in the schema.

    \b
    Examples:
      socdoc eval corpus/ facts.jsonl
      socdoc eval corpus/ --docs corpus/
    """
    from socdoc import evaluate as ev

    if (predictions is None) == (docs_dir is None):
        raise click.UsageError("give either PREDICTIONS or --docs DIR")
    gold = ev.load_gold(gold_dir)
    if not gold:
        raise click.UsageError(f"no gold .json files in {gold_dir}")
    preds = ev.predict_dir(docs_dir) if docs_dir else ev.load_predictions(predictions)  # type: ignore[arg-type]
    report = ev.score(gold, preds)
    if as_json:
        scores = {n: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
                  for n, c in report.fields.items()}
        click.echo(json.dumps(scores, indent=2))
    else:
        click.echo(report.format())
    if show_errors:
        for doc_id, errs in report.errors.items():
            click.echo(f"\n{doc_id}")
            for err in errs:
                click.echo(f"  {err}")


def _attach_optional_commands() -> None:
    """Commands whose modules bring heavier dependencies are attached as placeholders."""
    for name, (module, attribute, summary) in LAZY_COMMANDS.items():
        cli.add_command(_LazyCommand(name, module, attribute, summary))


_attach_optional_commands()


def main() -> None:
    """Entry point: usage errors exit with status 2 (click's convention)."""
    cli(prog_name="socdoc")
