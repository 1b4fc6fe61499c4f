"""The application factory behind `marsad serve`: the JSON API and the dashboard."""

from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from marsad import __version__
from marsad.api.routes import audit, documents, events, geojson, incidents, pages, stats
from marsad.api.routes.pages import STATIC
from marsad.api.security import MAX_BODY, SecurityMiddleware, content_security_policy
from marsad.store.db import open_db

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def env_private() -> bool:
    return os.environ.get("MARSAD_PRIVATE", "").lower() in ("1", "true", "yes")


def create_app(
    db_url: str | None = None,
    *,
    private: bool | None = None,
    tile_url: str | None = OSM_TILES,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """An app over the database at *db_url* (``--db`` > $MARSAD_DB > sqlite:///marsad.db).

    ``private`` (default: $MARSAD_PRIVATE) closes reads to callers without a
    token. ``tile_url`` is the only outside server the map may load from; the
    dashboard adds it only if a tile loads, and None means boundaries only.
    """
    app = FastAPI(
        title="marsad",
        version=__version__,
        description="Violent events extracted from Arabic news reports, each with the sentence it came from.",
        docs_url=None,  # served from static/docs.html with local Swagger UI assets
        redoc_url=None,
    )
    app.state.sessions = open_db(db_url)
    app.state.private = env_private() if private is None else private
    app.state.tile_url = tile_url
    for module in (documents, events, incidents, geojson, stats, audit, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityMiddleware, csp=content_security_policy(tile_url), max_body=max_body)
    return app
