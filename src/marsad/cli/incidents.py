"""``marsad incidents``: list incidents, show one with its reports and why they were joined."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from marsad.cli.db import DB_OPTION


def _figures(low, best, high) -> str:
    if low is None:
        return "-"
    return str(low) if low == high else f"{low} / {best} / {high}"


@click.group()
def incidents() -> None:
    """Linked incidents (one per real incident, from all its reports)."""


@incidents.command("list")
@DB_OPTION
@click.option("--from", "date_from", metavar="DATE")
@click.option("--to", "date_to", metavar="DATE")
@click.option("--admin1")
@click.option("--type", "type_")
@click.option("-q", "query", help="Arabic text search (place or article text)")
@click.option("--limit", default=50, show_default=True)
def list_(db_url, date_from, date_to, admin1, type_, query, limit) -> None:
    """Incidents, newest first."""
    from marsad.store import queries
    from marsad.store.db import open_db

    with open_db(db_url)() as session:
        rows = queries.list_incidents(session, date_from=date_from, date_to=date_to,
                                      admin1=admin1, type=type_, q=query, limit=limit)
    table = Table("id", "date", "type", "place", "admin1", "killed low/best/high", "sources")
    for r in rows:
        table.add_row(str(r["id"]), r["date"] or "?", r["type"], r["location_name"], r["admin1"] or "",
                      _figures(r["killed_low"], r["killed_best"], r["killed_high"]),
                      str(r["number_of_sources"]))
    Console().print(table)


@incidents.command()
@click.argument("incident_id", type=int)
@DB_OPTION
def show(incident_id: int, db_url: str | None) -> None:
    """One incident: figures, and each report with the rule that joined it."""
    from marsad.store import queries
    from marsad.store.db import open_db

    with open_db(db_url)() as session:
        inc = queries.get_incident(session, incident_id)
    if inc is None:
        raise click.ClickException(f"no incident {incident_id}")
    console = Console()
    console.print(f"[bold]Incident {inc['id']}[/]: {inc['type']} at {inc['location_name']} "
                  f"({inc['admin1'] or inc['country'] or '?'}) on {inc['date'] or 'unknown date'}"
                  + ("  [yellow](locked by a reviewer)[/]" if inc["locked"] else ""))
    console.print(f"killed low/best/high: {_figures(inc['killed_low'], inc['killed_best'], inc['killed_high'])}"
                  f"   injured: {_figures(inc['injured_low'], inc['injured_best'], inc['injured_high'])}"
                  f"   sources: {inc['number_of_sources']} ({', '.join(inc['sources'])})")
    console.print(f"perpetrators: {', '.join(inc['perpetrators']) or '-'}   "
                  f"targets: {', '.join(inc['targets']) or '-'}")
    console.print(inc["explanation"].get("figures", ""), style="dim")
    console.print("reports:", style="bold")
    for r in inc["reports"]:
        doc = r["document"]
        console.print(
            f"  event {r['id']}: {doc['source'] or doc['id']} ({doc['id']}, published "
            f"{(doc['published'] or '?')[:10]}): {r['type']} on {r['date'] or '?'} at "
            f"{r['location']['name']}, killed {r['killed'] if r['killed'] is not None else '-'}, "
            f"injured {r['injured'] if r['injured'] is not None else '-'}", highlight=False)
        console.print(f"    why: {r['link_rule'] or '-'}", style="dim", highlight=False)


@incidents.command()
@DB_OPTION
def relink(db_url: str | None) -> None:
    """Recompute every (unlocked) incident from scratch."""
    from marsad.link.relink import relink_all
    from marsad.store.db import open_db

    with open_db(db_url)() as session, session.begin():
        n = relink_all(session)
    click.echo(f"{n} incidents")
