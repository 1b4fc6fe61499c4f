"""``marsad export``: ACLED, UCDP GED, GeoJSON, JSONL or CSV from the database."""

from __future__ import annotations

import sys

import click

from marsad.cli.db import DB_OPTION
from marsad.export.write import FORMATS


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="file to write (default: standard output)")
@click.option("--incidents/--events", "incidents", default=True,
              help="one row per incident (default) or per report")
@DB_OPTION
@click.option("--from", "date_from", metavar="DATE", help="first day (ISO)")
@click.option("--to", "date_to", metavar="DATE", help="last day (ISO)")
@click.option("--admin1", help="governorate, OCHA spelling (Aleppo, Idleb ...)")
@click.option("--type", "type_", help="event type (air_strike, shelling ...)")
def export(fmt: str, output: str | None, incidents: bool, db_url: str | None,
           date_from: str | None, date_to: str | None, admin1: str | None,
           type_: str | None) -> None:
    """Export incidents (or events) in FORMAT.

    Tallies are never incidents; with --events they are left out of acled,
    ucdp and geojson, and flagged (tally: true) in jsonl and csv.
    """
    from marsad.export.write import records, write
    from marsad.store.db import open_db

    factory = open_db(db_url)
    unit = "incidents" if incidents else "events"
    filters = {"date_from": date_from, "date_to": date_to, "admin1": admin1, "type": type_}
    with factory() as session:
        recs = records(session, unit, **filters)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = write(out, fmt, recs)
        else:
            n = write(sys.stdout, fmt, recs)
    click.echo(f"{n} {unit} written as {fmt}", err=True)
