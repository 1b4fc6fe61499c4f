"""A live `marsad` server on the sample database, and Debian's chromium driven by Playwright.

Chromium comes from Debian (scripts/setup_browser.sh), never from
`playwright install`. Without it the browser tests skip on a developer's
machine and FAIL under CI=true: a missing browser must not pass as green.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from api import samples

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@dataclass
class Server:
    url: str
    db_url: str
    reviewer_token: str


@dataclass
class Watched:
    """What a page did that it should not: console errors, uncaught errors, dialogs."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    import marsad.web

    leaflet = Path(marsad.web.__file__).parent / "static/vendor/leaflet/leaflet.js"
    if not leaflet.exists():
        pytest.fail(f"{leaflet} is missing: run scripts/build_web_assets.sh (make setup does)", pytrace=False)
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: run scripts/setup_browser.sh (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def running_server(tmp_path: Path, **options) -> Iterator[Server]:
    """`marsad serve` in a thread, on a fresh copy of the sample database."""
    import uvicorn

    from marsad.api import create_app
    from marsad.api.auth import create_token

    db_url = f"sqlite:///{tmp_path / 'sample.db'}"
    samples.build(db_url)
    app = create_app(db_url, tile_url=None, **options)  # no network at test time: boundaries only
    with app.state.sessions() as session:
        token = create_token(session, "rania", "reviewer")
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    while not uv.started:  # polls until the socket is bound
        if not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    try:
        yield Server(f"http://127.0.0.1:{port}", db_url, token)
    finally:
        uv.should_exit = True
        thread.join()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path) as running:
        yield running


@pytest.fixture
def private_server(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path, private=True) as running:
        yield running


@pytest.fixture
def watched() -> Watched:
    return Watched()


@pytest.fixture
def page(browser, watched: Watched):
    """A fresh browser context (empty localStorage) whose errors and dialogs are recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    page = context.new_page()
    page.on("console", lambda msg: msg.type == "error" and watched.errors.append(msg.text))
    page.on("pageerror", lambda exc: watched.errors.append(str(exc)))

    def on_dialog(dialog) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.set_default_timeout(10_000)
    yield page
    context.close()
