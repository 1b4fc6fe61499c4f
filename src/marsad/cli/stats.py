"""``marsad stats``: incidents and deaths by governorate, type, perpetrator and month."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from marsad.cli.db import DB_OPTION

VIEWS = (("admin1", "governorate"), ("type", "type"), ("perpetrator", "perpetrator"),
         ("month", "month"))


@click.command()
@DB_OPTION
def stats(db_url: str | None) -> None:
    """Incidents and deaths (conservative figure), tallies and near-duplicates excluded."""
    import sqlalchemy as sa

    from marsad.store import queries
    from marsad.store.db import open_db
    from marsad.store.schema import DocumentRow, EventRow

    console = Console()
    with open_db(db_url)() as session:
        docs = session.scalar(sa.select(sa.func.count()).select_from(DocumentRow)) or 0
        dups = session.scalar(sa.select(sa.func.count()).select_from(DocumentRow)
                              .where(DocumentRow.duplicate_of.is_not(None))) or 0
        events = session.scalar(sa.select(sa.func.count()).select_from(EventRow)) or 0
        tallies = session.scalar(sa.select(sa.func.count()).select_from(EventRow)
                                 .where(EventRow.tally.is_(True))) or 0
        console.print(f"{docs} documents ({dups} near-duplicates), {events} events "
                      f"({tallies} tallies), {queries.count_incidents(session)} incidents")
        for by, label in VIEWS:
            table = Table(label, "incidents", "killed", title=f"by {label}")
            for row in queries.counts(session, by):
                table.add_row(row["key"] or "(unknown)", str(row["count"]), str(row["killed"]))
            console.print(table)
