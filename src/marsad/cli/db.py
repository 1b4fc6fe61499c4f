"""``marsad db``: create or upgrade the database schema."""

from __future__ import annotations

import click

DB_OPTION = click.option("--db", "db_url", metavar="URL",
                         help="database URL (default: $MARSAD_DB, else sqlite:///marsad.db)")


@click.group()
def db() -> None:
    """Manage the event database."""


@db.command()
@DB_OPTION
def upgrade(db_url: str | None) -> None:
    """Create the tables or migrate them to the current schema."""
    from marsad.store.db import current_revision, make_engine, resolve_url, upgrade as run

    engine = make_engine(db_url)
    run(engine)
    click.echo(f"{resolve_url(db_url)}: schema at revision {current_revision(engine)}")
