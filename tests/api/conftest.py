"""An app over the sample database, with one token of each kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from . import samples
from marsad.api import create_app
from marsad.api.auth import create_token, revoke_tokens


def make_client(db_url: str, **options) -> tuple[TestClient, dict[str, str]]:
    """A client for a new app over *db_url*, and tokens: writer, reviewer, revoked."""
    app = create_app(db_url, tile_url=None, **options)
    with app.state.sessions() as session:
        tokens = {
            "writer": create_token(session, "wendy", "writer"),
            "reviewer": create_token(session, "rania", "reviewer"),
            "revoked": create_token(session, "old", "reviewer"),
        }
        revoke_tokens(session, "old")
    return TestClient(app), tokens


@pytest.fixture
def sample_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'sample.db'}"
    samples.build(url)
    return url


@pytest.fixture
def client_and_tokens(sample_url: str) -> Iterator[tuple[TestClient, dict[str, str]]]:
    client, tokens = make_client(sample_url)
    with client:
        yield client, tokens


@pytest.fixture
def client(client_and_tokens) -> TestClient:
    return client_and_tokens[0]


@pytest.fixture
def tokens(client_and_tokens) -> dict[str, str]:
    return client_and_tokens[1]


@pytest.fixture
def auth(tokens):
    """Headers for a request as ``auth("reviewer")`` (or writer, revoked)."""
    return lambda role: {"Authorization": f"Bearer {tokens[role]}"}
