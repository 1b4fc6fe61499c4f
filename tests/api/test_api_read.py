"""Reading the API: filters, pagination, search, incidents, GeoJSON, stats."""

from __future__ import annotations

import pytest


def ids(page: dict) -> set[str]:
    return {e["document_id"] for e in page["items"]}


def test_events_are_listed_with_their_outlet_and_offsets(client) -> None:
    page = client.get("/api/events").json()
    assert page["total"] == 5 and len(page["items"]) == 5
    sky = next(e for e in page["items"] if e["document_id"] == "sky-1")
    assert sky["outlet"] == "Sky News Arabia"
    assert sky["killed"] == 17 and sky["location"]["admin1"] == "Aleppo"
    doc = client.get("/api/documents/sky-1").json()
    start, end = sky["spans"]["perpetrators"]
    assert doc["text"][start:end] == "الطيران الروسي"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"admin1": "Aleppo"}, {"sky-1", "jaz-1", "xss-1"}),
        ({"type": "shelling"}, {"enab-1"}),
        ({"perpetrator": "russia"}, {"sky-1", "jaz-1"}),
        ({"target": "market"}, {"sham-1"}),
        ({"min_killed": 10}, {"sky-1", "jaz-1"}),
        ({"from": "2024-03-03", "to": "2024-03-04"}, {"enab-1", "xss-1"}),
        ({"admin1": "Aleppo", "min_killed": 18}, {"jaz-1"}),
    ],
)
def test_filters(client, params: dict, expected: set[str]) -> None:
    page = client.get("/api/events", params=params).json()
    assert ids(page) == expected
    assert page["total"] == len(expected)


def test_pagination_walks_every_event_once(client) -> None:
    first = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    third = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    seen = [e["id"] for page in (first, second, third) for e in page["items"]]
    assert first["total"] == 5 and len(seen) == 5 == len(set(seen))
    assert [len(p["items"]) for p in (first, second, third)] == [2, 2, 1]
    assert first["items"][0]["date"] >= second["items"][0]["date"]  # newest first


@pytest.mark.parametrize("query", ["اعزاز", "أعزاز", "إعزاز"])
def test_search_folds_hamza_so_any_spelling_finds_azaz(client, query: str) -> None:
    assert ids(client.get("/api/events", params={"q": query}).json()) == {"sky-1", "jaz-1"}


def test_search_reads_the_article_text_too(client) -> None:
    assert ids(client.get("/api/events", params={"q": "مصادر طبيه"}).json()) == {"jaz-1"}


def test_incident_links_two_outlets_with_low_best_high(client) -> None:
    azaz = client.get("/api/incidents", params={"q": "اعزاز"}).json()["items"]
    assert len(azaz) == 1
    incident = client.get(f"/api/incidents/{azaz[0]['id']}").json()
    assert sorted(incident["outlets"]) == ["Al Jazeera", "Sky News Arabia"]
    assert (incident["killed_low"], incident["killed_high"]) == (17, 20)
    assert incident["sources"] == ["medics", "sohr"]
    assert incident["location"]["name"] == "أعزاز"
    for report in incident["reports"]:
        text = report["document"]["text"]
        start, end = report["spans"]["location"]
        assert text[start:end] == "أعزاز"


def test_document_has_its_text_and_events(client) -> None:
    doc = client.get("/api/documents/enab-1").json()
    assert doc["source"] == "Enab Baladi" and "خان شيخون" in doc["text"]
    assert [e["type"] for e in doc["events"]] == ["shelling"]
    listing = client.get("/api/documents", params={"limit": 2}).json()
    assert listing["total"] == 5 and len(listing["items"]) == 2 and "text" not in listing["items"][0]


def test_event_detail_includes_its_document(client) -> None:
    event = client.get("/api/events", params={"type": "shelling"}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["document"]["id"] == "enab-1" and detail["document"]["text"].startswith("قتل ثلاثة")


@pytest.mark.parametrize("path", ["/api/events/999", "/api/incidents/999", "/api/documents/nope"])
def test_missing_objects_are_404(client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_geojson_points_follow_the_filters(client) -> None:
    events = client.get("/api/geojson/events").json()
    assert events["type"] == "FeatureCollection" and len(events["features"]) == 5
    lon, lat = events["features"][0]["geometry"]["coordinates"]
    assert 35 < lon < 43 and 32 < lat < 38
    idleb = client.get("/api/geojson/incidents", params={"admin1": "Idleb"}).json()
    assert [f["properties"]["name"] for f in idleb["features"]] == ["خان شيخون"]
    assert len(client.get("/api/geojson/incidents").json()["features"]) == 4


def test_stats_count_each_incident_once(client) -> None:
    stats = client.get("/api/stats").json()
    # five reports, but the two Azaz reports are one incident: deaths 17 + 3 + 2 + 5
    assert stats["totals"] == {"events": 5, "incidents": 4, "killed": 27}
    day = next(d for d in stats["by_day"] if d["date"] == "2024-03-01")
    assert (day["events"], day["incidents"], day["killed"]) == (2, 1, 17)
    assert [d["date"] for d in stats["by_day"]] == sorted(d["date"] for d in stats["by_day"])
    assert {r["key"]: r["events"] for r in stats["by_admin1"]}["Aleppo"] == 3
    assert client.get("/api/stats", params={"type": "shelling"}).json()["totals"]["killed"] == 3


def test_openapi_docs_are_served_locally(client) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/incidents/{incident_id}", "/api/documents"} <= set(schema["paths"])
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text
