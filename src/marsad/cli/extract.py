"""``marsad extract INPUT...``: events of every input document as JSONL (codebook §2–§3)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import BinaryIO

import click
from rich.console import Console
from rich.progress import Progress

from marsad.ingest import InputError, count_hint, read_documents
from marsad.model import Document, DocumentEvents, published_date

PROGRESS_MIN_DOCUMENTS = 50


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            published_date(value)
        except ValueError as e:
            raise click.BadParameter(str(e)) from None
    return value


@contextmanager
def atomic_output(path: str | None) -> Iterator[BinaryIO]:
    """stdout, or a temporary file beside *path* renamed onto it only on success,
    so a crash or Ctrl-C never leaves half an output file."""
    if path is None:
        yield sys.stdout.buffer
        return
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise click.FileError(path, e.strerror) from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def load_extractor() -> Callable[[Document], DocumentEvents]:
    """The extractor, imported only when there is something to extract."""
    from marsad.extractor.pipeline import extract_document

    return extract_document


def _progress_bar(inputs: tuple[str, ...]) -> Progress | None:
    """A bar on stderr (one task) for large or streamed input, when someone is watching."""
    if not sys.stderr.isatty():
        return None
    total = count_hint(inputs)
    if total is not None and total <= PROGRESS_MIN_DOCUMENTS:
        return None
    bar = Progress(console=Console(stderr=True), transient=True)
    bar.add_task("extracting", total=total)
    return bar


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write JSONL here (atomically) instead of stdout.")
@click.option("--published", metavar="YYYY-MM-DD", callback=_check_date,
              help="Publication date for documents that have none (resolves أمس, الخميس ...).")
def extract(inputs: tuple[str, ...], output: str | None, published: str | None) -> None:
    """Extract the events of every document in INPUT... as JSONL, one line per document.

    INPUT is a JSONL file of documents (codebook §1), - for stdin, a .txt file
    (one document, id = file name without .txt) or a directory of such files.
    Output lines follow the input order. A bad record is reported on stderr as
    FILE:LINE and skipped; all good documents are still written. Exit status
    is 1 when anything was skipped (a bad record, or a document the extractor
    failed on), 0 otherwise.
    """
    extract_document = load_extractor()
    skipped = 0
    bar = _progress_bar(inputs)
    with atomic_output(output) as out, (bar or nullcontext()):
        for item in read_documents(inputs, default_published=published):
            if isinstance(item, InputError):
                skipped += 1
                click.echo(f"marsad: {item}", err=True)
            else:
                try:
                    result = extract_document(item)
                except Exception as e:  # one odd document must not sink a long run
                    skipped += 1
                    click.echo(f"marsad: document {item.id!r}: extractor failed: {e!r}", err=True)
                else:
                    out.write(jsonl_line(result))
            if bar:
                bar.advance(bar.task_ids[0])
    if skipped:
        click.echo(f"marsad: skipped {skipped} bad record(s)", err=True)
        raise SystemExit(1)


def jsonl_line(result: DocumentEvents) -> bytes:
    """One output line: every codebook key, nulls included, Arabic unescaped."""
    return (json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n").encode("utf-8")
