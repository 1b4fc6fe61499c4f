"""`marsad token` and `marsad serve` as a user runs them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from marsad.cli import main


def test_token_create_list_revoke(sample_url) -> None:
    runner = CliRunner()
    created = runner.invoke(main, ["token", "create", "amal", "--role", "reviewer", "--db", sample_url])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip().splitlines()[0]
    assert token.startswith("msd_")

    listed = runner.invoke(main, ["token", "list", "--db", sample_url]).stdout
    assert "amal\treviewer" in listed and "active" in listed and token not in listed

    assert runner.invoke(main, ["token", "revoke", "amal", "--db", sample_url]).exit_code == 0
    assert "revoked" in runner.invoke(main, ["token", "list", "--db", sample_url]).stdout
    again = runner.invoke(main, ["token", "revoke", "amal", "--db", sample_url])
    assert again.exit_code != 0 and "no active token" in again.output


def test_token_role_is_checked(sample_url) -> None:
    result = CliRunner().invoke(main, ["token", "create", "x", "--role", "admin", "--db", sample_url])
    assert result.exit_code == 2 and "admin" in result.output


def test_marsad_serve_answers_over_http(sample_url) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "MARSAD_PRIVATE": ""}
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "marsad"), "serve", "--db", sample_url, "--port", str(port), "--no-tiles"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:  # poll until the server listens (or dies)
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited"
            try:
                config = httpx.get(f"{base}/api/config").json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "marsad serve did not start"
                time.sleep(0.1)
        assert config["tile_url"] is None and config["private"] is False
        assert httpx.get(f"{base}/api/events").json()["total"] == 5
        assert "content-security-policy" in httpx.get(f"{base}/").headers
    finally:
        proc.terminate()
        proc.wait(timeout=10)
