"""Untrusted article text stays text; pages carry a strict CSP."""

from __future__ import annotations

from .samples import XSS


def test_markup_in_an_article_is_stored_and_returned_verbatim(client) -> None:
    doc = client.get("/api/documents/xss-1").json()
    assert XSS in doc["text"] and "<script>alert(2)</script>" in doc["text"]
    assert doc["title"].endswith(XSS)
    response = client.get("/api/documents/xss-1")
    assert response.headers["content-type"].startswith("application/json")


def test_every_response_has_a_strict_csp(client) -> None:
    for path in ("/", "/incidents/1", "/api/events", "/docs"):
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_the_tile_server_is_the_only_foreign_image_source(sample_url) -> None:
    from fastapi.testclient import TestClient

    from marsad.api import create_app

    with TestClient(create_app(sample_url)) as client:
        csp = client.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://tile.openstreetmap.org" in csp
        assert client.get("/api/config").json()["tile_url"].startswith("https://tile.openstreetmap.org/")


def test_dashboard_paths_serve_the_page(client) -> None:
    for path in ("/", "/incidents/2", "/documents/sky-1"):
        response = client.get(path)
        assert response.status_code == 200 and '<script type="module" src="/static/js/main.js">' in response.text
    assert client.get("/static/data/syria_admin1.geojson").status_code == 200
