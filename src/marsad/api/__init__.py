"""The HTTP API and the dashboard it serves: ``create_app(db_url)``."""

from marsad.api.app import create_app

__all__ = ["create_app"]
