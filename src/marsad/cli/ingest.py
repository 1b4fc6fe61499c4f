"""``marsad ingest``: extract documents and store them, their events and incidents.

Documents are extracted, then stored in batches; each batch (documents,
events, relinked incidents) is one transaction, so a run killed at any point
leaves whole documents only and a re-run finishes the job without doubling
anything (already stored documents are "unchanged").
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from itertools import islice

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from marsad.cli.db import DB_OPTION
from marsad.ingest import InputError, read_documents
from marsad.model import Document


def _extract(doc: Document) -> list:
    from marsad.extractor.pipeline import extract_document  # loaded only when needed

    return extract_document(doc).events


def _load_events(path: str) -> dict[str, list]:
    """Pre-extracted events (codebook §2 JSONL) by document id."""
    from marsad.model import DocumentEvents

    with open(path, encoding="utf-8") as handle:
        rows = [DocumentEvents.model_validate_json(line) for line in handle if line.strip()]
    return {row.id: row.events for row in rows}


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


def _summary(counts: Counter, skipped: list[InputError], incidents: int, seconds: float) -> Table:
    table = Table(title="marsad ingest", show_header=False)
    docs = counts["new"] + counts["updated"] + counts["unchanged"] + counts["same_content"]
    rows = [
        ("documents read", docs + len(skipped)),
        ("  new", counts["new"]), ("  updated", counts["updated"]),
        ("  unchanged (same id and content)", counts["unchanged"]),
        ("  unchanged (same content, other id)", counts["same_content"]),
        ("  skipped", len(skipped)),
        ("events stored", counts["events"]),
        ("incidents in the database", incidents),
        ("documents/s", f"{docs / seconds:.1f}" if seconds else "-"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    return table


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--published", metavar="DATE", help="publication date for documents without one")
@click.option("--events", "events_path", type=click.Path(exists=True, dir_okay=False),
              help="codebook §2 JSONL of events to store instead of extracting (e.g. gold)")
@click.option("--batch-size", default=50, show_default=True, help="documents per transaction")
def ingest(inputs: tuple[str, ...], db_url: str | None, published: str | None,
           events_path: str | None, batch_size: int) -> None:
    """Extract INPUT JSONL files (codebook §1) into the database.

    Exits 1 when any input record was skipped (each is reported as file:line).
    """
    import sqlalchemy as sa

    from marsad.store.db import open_db
    from marsad.store.documents import store_batch
    from marsad.store.schema import IncidentRow

    err = Console(stderr=True)
    given = _load_events(events_path) if events_path else {}
    factory = open_db(db_url)
    counts: Counter = Counter()
    skipped: list[InputError] = []
    start = time.monotonic()
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=None, rate="-")
        for batch in _batches(read_documents(list(inputs), default_published=published), batch_size):
            extracted = []
            for item in batch:
                if isinstance(item, InputError):
                    skipped.append(item)
                    continue
                try:
                    events = given[item.id] if item.id in given else _extract(item)
                    extracted.append((item, events))
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                    skipped.append(InputError(item.id, None, f"extraction failed: {exc!r}"))
            with factory() as session, session.begin():
                for result in store_batch(session, extracted):
                    counts[result.status] += 1
                    counts["events"] += result.events
            done = progress.tasks[0].completed + len(batch)
            elapsed = time.monotonic() - start
            progress.update(task, completed=done, rate=f"{done / elapsed:.1f}" if elapsed else "-")
    with factory() as session:
        incidents = session.scalar(sa.select(sa.func.count()).select_from(IncidentRow)) or 0
    for s in skipped:
        err.print(f"skipped {s}", markup=False, highlight=False)
    err.print(_summary(counts, skipped, incidents, time.monotonic() - start))
    if skipped:
        sys.exit(1)
