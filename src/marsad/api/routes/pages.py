"""The dashboard's pages, its configuration, and the API docs page.

One HTML file serves every dashboard path; the browser picks the view from
the path, so /incidents/12 is a link an analyst can share.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from marsad import __version__
from marsad.api.schemas import Config

STATIC = Path(__file__).resolve().parents[2] / "web" / "static"

router = APIRouter(include_in_schema=False)


def _page(name: str) -> FileResponse:
    return FileResponse(STATIC / name, media_type="text/html", headers={"Cache-Control": "no-cache"})


@router.get("/")
@router.get("/incidents/{incident_id}")
@router.get("/documents/{document_id:path}")
def dashboard() -> FileResponse:
    return _page("index.html")


@router.get("/docs")
def docs() -> FileResponse:
    return _page("docs.html")


@router.get("/api/config", response_model=Config, include_in_schema=True, tags=["config"])
def config(request: Request) -> Config:
    """Whether reads need a token, and which tile server the map may try (if any)."""
    state = request.app.state
    return Config(private=state.private, tile_url=state.tile_url, version=__version__)
