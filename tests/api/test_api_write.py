"""Writing through the API: tokens, roles, validation, limits, review and audit."""

from __future__ import annotations

import json

import pytest

from marsad.api.auth import hash_token
from marsad.store.schema import ApiToken

from .conftest import make_client

NEW_DOC = {"id": "new-1", "text": "قتل شخص في اشتباكات قرب مدينة الباب.", "published": "2024-03-06",
           "source": "Test outlet"}


def azaz_incident(client) -> dict:
    found = client.get("/api/incidents", params={"q": "اعزاز"}).json()["items"][0]
    return client.get(f"/api/incidents/{found['id']}").json()


# ---------------------------------------------------------------- tokens and roles


def test_only_the_hash_of_a_token_is_stored(client, tokens) -> None:
    with client.app.state.sessions() as session:
        stored = {row.token_hash for row in session.query(ApiToken)}
    assert tokens["writer"] not in stored and hash_token(tokens["writer"]) in stored
    assert tokens["writer"].startswith("msd_") and len(tokens["writer"]) > 40


def test_writing_without_a_token_is_401(client) -> None:
    response = client.post("/api/documents", json=NEW_DOC)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert client.patch("/api/events/1", json={"killed": 1}).status_code == 401


@pytest.mark.parametrize("header", ["Bearer msd_not-a-real-token", "Basic dXNlcjpwYXNz", "Bearer "])
def test_a_wrong_token_is_401(client, header: str) -> None:
    response = client.patch("/api/events/1", json={"killed": 1}, headers={"Authorization": header})
    assert response.status_code == 401


def test_a_revoked_token_is_401(client, auth) -> None:
    assert client.patch("/api/events/1", json={"killed": 1}, headers=auth("revoked")).status_code == 401


def test_a_writer_cannot_review(client, auth) -> None:
    response = client.patch("/api/events/1", json={"killed": 1}, headers=auth("writer"))
    assert response.status_code == 403
    merge = client.post("/api/incidents/merge", json={"incident_ids": [1, 2]}, headers=auth("writer"))
    assert merge.status_code == 403


def test_private_mode_closes_reads_but_not_to_token_holders(sample_url) -> None:
    client, tokens = make_client(sample_url, private=True)
    with client:
        assert client.get("/api/events").status_code == 401
        assert client.get("/api/incidents/1").status_code == 401
        assert client.get("/api/config").json()["private"] is True  # the page must learn it
        ok = client.get("/api/events", headers={"Authorization": f"Bearer {tokens['writer']}"})
        assert ok.status_code == 200 and ok.json()["total"] == 5


def test_private_mode_from_the_environment(sample_url, monkeypatch) -> None:
    monkeypatch.setenv("MARSAD_PRIVATE", "1")
    client, _ = make_client(sample_url)
    with client:
        assert client.get("/api/events").status_code == 401


# ---------------------------------------------------------------- submitting documents


def test_submitting_documents_stores_them(client, auth) -> None:
    response = client.post("/api/documents", json=[NEW_DOC, {**NEW_DOC, "id": "new-2", "text": "نص آخر"}],
                           headers=auth("writer"))
    assert response.status_code == 201
    body = response.json()
    assert [d["status"] for d in body["documents"]] == ["new", "new"]
    assert isinstance(body["events"], list)
    assert client.get("/api/documents/new-1").json()["text"] == NEW_DOC["text"]
    again = client.post("/api/documents", json=NEW_DOC, headers=auth("writer")).json()
    assert again["documents"][0]["status"] == "unchanged"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "نص"}, "id"),
        ({"id": "x"}, "text"),
        ({"id": "x", "text": "نص", "published": "yesterday"}, "published"),
        ([{"id": "x", "text": "نص"}, {"id": "y"}], "text"),
    ],
)
def test_invalid_documents_are_422_naming_the_field(client, auth, body, field: str) -> None:
    response = client.post("/api/documents", json=body, headers=auth("writer"))
    assert response.status_code == 422
    assert any(field in [str(p) for p in error["loc"]] for error in response.json()["detail"])


def test_malformed_json_is_422(client, auth) -> None:
    response = client.post("/api/documents", content=b"{not json",
                           headers={**auth("writer"), "Content-Type": "application/json"})
    assert response.status_code == 422


def test_a_body_over_the_limit_is_413(client, auth) -> None:
    big = {"id": "big", "text": "ا" * (1024 * 1024 + 10)}  # two bytes a letter: over 2 MB
    response = client.post("/api/documents", json=big, headers=auth("writer"))
    assert response.status_code == 413
    assert client.get("/api/documents/big").status_code == 404


def test_a_chunked_body_over_the_limit_is_413(sample_url) -> None:
    client, tokens = make_client(sample_url, max_body=1000)
    payload = json.dumps({"id": "big", "text": "x" * 5000}).encode()

    def chunks():
        for i in range(0, len(payload), 500):
            yield payload[i:i + 500]

    with client:
        response = client.post("/api/documents", content=chunks(), headers={
            "Authorization": f"Bearer {tokens['writer']}", "Content-Type": "application/json"})
        assert response.status_code == 413


@pytest.mark.parametrize(
    ("params", "field"),
    [({"type": "bombing"}, "type"), ({"from": "2024-13-01"}, "from"), ({"min_killed": -1}, "min_killed"),
     ({"limit": 0}, "limit"), ({"admin1": "Narnia"}, "admin1"), ({"perpetrator": "aliens"}, "perpetrator")],
)
def test_invalid_filters_are_422_naming_the_parameter(client, params: dict, field: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", field]


# ---------------------------------------------------------------- review


def test_a_correction_is_saved_audited_and_rederives_the_incident(client, auth) -> None:
    incident = azaz_incident(client)
    sky = next(r for r in incident["reports"] if r["document_id"] == "sky-1")
    response = client.patch(f"/api/events/{sky['id']}", json={"killed": 25}, headers=auth("reviewer"))
    assert response.status_code == 200 and response.json()["killed"] == 25
    after = client.get(f"/api/incidents/{sky['incident_id']}").json()
    assert (after["killed_low"], after["killed_high"]) == (20, 25)
    entry = client.get("/api/audit", params={"incident_id": after["id"]}).json()["items"][0]
    assert (entry["actor"], entry["action"], entry["field"]) == ("rania", "set_field", "killed")
    assert (entry["old_value"], entry["new_value"]) == ("17", "25")
    assert entry["object_type"] == "event" and entry["object_id"] == str(sky["id"])


@pytest.mark.parametrize(
    ("body", "field"),
    [({"killed": -3}, "killed"), ({"type": "bombing"}, "type"), ({"colour": "red"}, "colour"),
     ({"perpetrators": ["aliens"]}, "perpetrators"), ({"date": "tomorrow"}, "date"), ({"type": None}, "type")],
)
def test_invalid_corrections_are_422_and_change_nothing(client, auth, body, field: str) -> None:
    response = client.patch("/api/events/1", json=body, headers=auth("reviewer"))
    assert response.status_code == 422
    assert field in response.json()["detail"][0]["loc"]
    assert client.get("/api/audit").json()["items"] == []


def test_an_empty_correction_is_422(client, auth) -> None:
    assert client.patch("/api/events/1", json={}, headers=auth("reviewer")).status_code == 422


def test_split_and_merge_are_audited(client, auth) -> None:
    incident = azaz_incident(client)
    jaz = next(r for r in incident["reports"] if r["document_id"] == "jaz-1")
    split = client.post(f"/api/incidents/{incident['id']}/split", json={"event_ids": [jaz["id"]]},
                        headers=auth("reviewer"))
    assert split.status_code == 200
    new = split.json()
    assert new["id"] != incident["id"] and [r["document_id"] for r in new["reports"]] == ["jaz-1"]
    assert client.get(f"/api/incidents/{incident['id']}").json()["killed_high"] == 17
    # the split shows on both incidents' pages, though the event left the old one
    for page in (incident["id"], new["id"]):
        entries = client.get("/api/audit", params={"incident_id": page}).json()["items"]
        assert [(e["action"], e["object_id"]) for e in entries] == [("split", str(jaz["id"]))]

    merged = client.post("/api/incidents/merge", json={"incident_ids": [incident["id"], new["id"]]},
                         headers=auth("reviewer"))
    assert merged.status_code == 200 and len(merged.json()["reports"]) == 2
    assert client.get(f"/api/incidents/{new['id']}").status_code == 404
    actions = [e["action"] for e in client.get("/api/audit").json()["items"]]
    assert "split" in actions and "merge" in actions


def test_split_rejects_events_of_another_incident(client, auth) -> None:
    incident = azaz_incident(client)
    other = client.get("/api/events", params={"type": "shelling"}).json()["items"][0]
    response = client.post(f"/api/incidents/{incident['id']}/split", json={"event_ids": [other["id"]]},
                           headers=auth("reviewer"))
    assert response.status_code == 422 and str(other["id"]) in response.json()["detail"]


def test_merging_an_unknown_incident_is_404(client, auth) -> None:
    response = client.post("/api/incidents/merge", json={"incident_ids": [1, 999]}, headers=auth("reviewer"))
    assert response.status_code == 404
