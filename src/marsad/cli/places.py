"""``marsad places``: search the gazetteer, or count it."""

from __future__ import annotations

import json

import click


@click.command()
@click.argument("query", nargs=-1)
@click.option("--limit", "-n", default=10, show_default=True, help="How many candidates to list.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--stats", is_flag=True, help="Print counts of places by level.")
def places(query: tuple[str, ...], limit: int, as_json: bool, stats: bool) -> None:
    """Look up places by Arabic or English name (fuzzy), with their hierarchy.

    Arabic is printed in logical order, one name per cell, so a terminal's
    own bidi layout shows it right-to-left.
    """
    from rich.console import Console
    from rich.table import Table

    from marsad.geo import gazetteer_stats, lookup
    from marsad.geo.gazetteer import load

    console = Console()
    if stats:
        counts = gazetteer_stats()
        if as_json:
            click.echo(json.dumps(counts))
            return
        table = Table("level", "places")
        for level, n in counts.items():
            table.add_row(level, str(n))
        console.print(table)
        return
    text = " ".join(query)
    if not text:
        raise click.UsageError("give a QUERY, or --stats")
    gaz = load()
    found = lookup(text, limit)
    if as_json:
        rows = [{"id": p.id, "name_ar": p.name_ar, "name_en": p.name_en, "level": p.level, "precision": p.precision,
                 "admin1": p.admin1, "country": p.country, "pcode": p.pcode, "lat": p.lat, "lon": p.lon,
                 "parents": [{"id": i, "name_ar": gaz.places[i].name_ar, "name_en": gaz.places[i].name_en}
                             for i in p.parents if i in gaz.places]} for p in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not found:
        console.print(f"no place matches {text!r}")
        raise SystemExit(1)
    table = Table("Arabic", "English", "level", "P-code", "in", "lat, lon")
    for p in found:
        parents = " < ".join(gaz.places[i].name_en or gaz.places[i].name_ar for i in p.parents if i in gaz.places)
        point = f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None else "-"
        table.add_row(p.name_ar, p.name_en or "", p.level, p.pcode or p.id, parents, point)
    console.print(table)
