"""`marsad token`: API tokens for writers and reviewers."""

from __future__ import annotations

import click

from marsad.api.auth import ROLES

db_option = click.option("--db", "db_url", metavar="URL",
                         help="database URL (default: $MARSAD_DB, else sqlite:///marsad.db)")


@click.group()
def token() -> None:
    """Create, list and revoke API tokens (only their hashes are stored)."""


@token.command()
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="writer", show_default=True,
              help="writer: submit documents; reviewer: also correct events, split and merge incidents")
@db_option
def create(name: str, role: str, db_url: str | None) -> None:
    """Create a token called NAME and print it (it cannot be shown again)."""
    from marsad.api.auth import create_token
    from marsad.store.db import open_db

    with open_db(db_url)() as session:
        secret = create_token(session, name, role)  # type: ignore[arg-type]
    click.echo(secret)
    click.echo(f"token {name!r} ({role}) created: keep it now, only its hash is stored", err=True)


@token.command("list")
@db_option
def list_tokens(db_url: str | None) -> None:
    """List tokens: name, role, created, revoked."""
    import sqlalchemy as sa

    from marsad.store.db import open_db
    from marsad.store.schema import ApiToken

    with open_db(db_url)() as session:
        rows = session.scalars(sa.select(ApiToken).order_by(ApiToken.id)).all()
    for row in rows:
        state = "revoked" if row.revoked else "active"
        click.echo(f"{row.id}\t{row.name}\t{row.role}\t{row.created_at:%Y-%m-%d %H:%M}\t{state}")


@token.command()
@click.argument("name")
@db_option
def revoke(name: str, db_url: str | None) -> None:
    """Revoke every active token called NAME."""
    from marsad.api.auth import revoke_tokens
    from marsad.store.db import open_db

    with open_db(db_url)() as session:
        count = revoke_tokens(session, name)
    if not count:
        raise click.ClickException(f"no active token called {name!r}")
    click.echo(f"revoked {count} token(s) called {name!r}", err=True)
