"""`marsad serve`: the JSON API and the dashboard over one database."""

from __future__ import annotations

import click


@click.command()
@click.option("--db", "db_url", metavar="URL", help="database URL (default: $MARSAD_DB, else sqlite:///marsad.db)")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--private/--public", default=None,
              help="reads need a token too (default: $MARSAD_PRIVATE)")
@click.option("--no-tiles", is_flag=True, help="never load OpenStreetMap tiles: boundaries only")
def serve(db_url: str | None, host: str, port: int, private: bool | None, no_tiles: bool) -> None:
    """Serve the API (/api, docs at /docs) and the dashboard (/)."""
    import uvicorn

    from marsad.api.app import OSM_TILES, create_app

    app = create_app(db_url, private=private, tile_url=None if no_tiles else OSM_TILES)
    click.echo(f"marsad: dashboard at http://{host}:{port}/  API docs at http://{host}:{port}/docs", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
