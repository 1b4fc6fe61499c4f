import json

import pytest
import sqlalchemy as sa
from conftest import make_doc, make_event, save

from marsad.store import queries
from marsad.store.schema import AuditLog, IncidentRow


@pytest.fixture
def filled(db):
    """Two outlets on one Sakhour strike, a Douma shelling, an A'zaz attack and a tally."""
    save(db, [
        (make_doc("a", text="غارات روسية على حي الصاخور", source="Outlet A"),
         [make_event("الصاخور", killed=7, perpetrators=["russia"], targets=["medical"],
                     spans={"killed": (10, 11)}),
          make_event("إدلب", type="air_strike", date=None, killed=370, tally=True)]),
        (make_doc("b", text="قصف على الصاخور في حلب", source="Outlet B"),
         [make_event("الصاخور", killed=9, perpetrators=["russia", "syria_gov"])]),
        (make_doc("c", text="قذائف على دوما", source="Outlet C", published="2024-04-02"),
         [make_event("دوما", type="shelling", date="2024-04-02", killed=2,
                     perpetrators=["syria_gov"], targets=["civilians"])]),
        (make_doc("d", text="إطلاق نار في أعزاز", source="Outlet D", published="2024-04-03"),
         [make_event("أعزاز", type="attack", date="2024-04-03", injured=3)]),
    ])
    return db


def test_filters_on_events(filled):
    with filled() as s:
        assert queries.count_events(s) == 5
        assert {e["document_id"] for e in queries.list_events(s, admin1="Aleppo", tally=False)} == {"a", "b", "d"}
        assert [e["location"]["name"] for e in queries.list_events(s, type="shelling")] == ["دوما"]
        assert {e["document_id"] for e in queries.list_events(s, perpetrator="syria_gov")} == {"b", "c"}
        assert [e["document_id"] for e in queries.list_events(s, target="civilians")] == ["c"]
        assert {e["killed"] for e in queries.list_events(s, min_killed=7, tally=False)} == {7, 9}
        in_april = queries.list_events(s, date_from="2024-04-01", date_to="2024-04-02")
        assert [e["document_id"] for e in in_april] == ["c"]
        assert [e["document_id"] for e in queries.list_events(s, tally=True)] == ["a"]


def test_arabic_search_is_folded(filled):
    with filled() as s:
        # written without hamza, stored as أعزاز
        assert [e["document_id"] for e in queries.list_events(s, q="اعزاز")] == ["d"]
        # a word only in the document text
        assert {e["document_id"] for e in queries.list_events(s, q="روسيه")} == {"a"}
        assert [i["location_name"] for i in queries.list_incidents(s, q="اعزاز")] == ["أعزاز"]


def test_incidents_link_two_outlets_and_keep_tallies_apart(filled):
    with filled() as s:
        incidents = queries.list_incidents(s)
        assert len(incidents) == 3
        sakhour = next(i for i in incidents if i["location_name"] == "الصاخور")
        assert sakhour["number_of_sources"] == 2
        assert (sakhour["killed_low"], sakhour["killed_best"], sakhour["killed_high"]) == (7, 7, 9)
        assert sakhour["perpetrators"] == ["russia", "syria_gov"]
        full = queries.get_incident(s, sakhour["id"])
        assert sorted(r["document"]["source"] for r in full["reports"]) == ["Outlet A", "Outlet B"]
        assert any("same place (pcode N0139)" in (r["link_rule"] or "") for r in full["reports"])
        assert queries.count_incidents(s, min_killed=7) == 1


def test_get_event_and_document_carry_spans_and_text(filled):
    with filled() as s:
        doc = queries.get_document(s, "a")
        assert doc["text"].startswith("غارات") and len(doc["events"]) == 2
        ev = queries.get_event(s, doc["events"][0]["id"])
        assert ev["spans"] == {"killed": [10, 11]}
        assert ev["document"]["source"] == "Outlet A"
        assert queries.get_event(s, 10**6) is None and queries.get_incident(s, 10**6) is None


def test_counts_exclude_tallies(filled):
    with filled() as s:
        by_admin1 = {r["key"]: (r["count"], r["killed"]) for r in queries.counts(s, "admin1")}
        assert by_admin1 == {"Aleppo": (2, 7), "Rural Damascus": (1, 2)}
        by_month = [r["key"] for r in queries.counts(s, "month")]
        assert by_month == ["2024-03", "2024-04"]
        by_perp = {r["key"]: r["count"] for r in queries.counts(s, "perpetrator")}
        assert by_perp == {"russia": 1, "syria_gov": 2, None: 1}
        events_by_type = {r["key"]: r["count"] for r in queries.counts(s, "type", unit="events")}
        assert events_by_type == {"air_strike": 2, "shelling": 1, "attack": 1}
        assert [r["key"] for r in queries.counts(s, "day")] == ["2024-03-01", "2024-04-02", "2024-04-03"]


def test_set_field_audits_and_rederives(filled):
    with filled() as s, s.begin():
        ev = queries.list_events(s, q="الصاخور", tally=False)
        nine = next(e for e in ev if e["killed"] == 9)
        queries.set_event_field(s, nine["id"], "killed", 12, actor="rev1")
    with filled() as s:
        inc = queries.get_incident(s, nine["incident_id"])
        assert (inc["killed_low"], inc["killed_high"]) == (7, 12)
        log = queries.audit_trail(s, "event", nine["id"])
        assert [(a["actor"], a["field"], json.loads(a["old_value"]), json.loads(a["new_value"]))
                for a in log] == [("rev1", "killed", 9, 12)]
    with filled() as s, pytest.raises(ValueError):
        queries.set_event_field(s, nine["id"], "type", "picnic", actor="rev1")


def test_split_and_merge(filled):
    with filled() as s, s.begin():
        inc = next(i for i in queries.list_incidents(s) if i["number_of_sources"] == 2)
        report = queries.get_incident(s, inc["id"])["reports"][1]
        new_id = queries.split_event(s, report["id"], actor="rev2")
    with filled() as s:
        assert queries.get_incident(s, inc["id"])["number_of_sources"] == 1
        assert queries.get_incident(s, new_id)["locked"] is True
    # a later report of the same strike does not undo the reviewer's split
    save(filled, [(make_doc("e", source="Outlet E"), [make_event("الصاخور", killed=8)])])
    with filled() as s, s.begin():
        assert len(queries.get_incident(s, new_id)["reports"]) == 1
        queries.merge_incidents(s, inc["id"], new_id, actor="rev2")
    with filled() as s:
        merged = queries.get_incident(s, inc["id"])
        assert merged["number_of_sources"] == 2
        assert queries.get_incident(s, new_id) is None
        actions = [a.action for a in s.scalars(sa.select(AuditLog).order_by(AuditLog.id))]
        assert actions == ["split", "merge", "merge"]
        assert s.scalar(sa.select(sa.func.count()).select_from(IncidentRow)) == 4


def test_packed_minhash_equals_the_plain_formula():
    import random

    from marsad.store import dedup

    def plain(grams):
        return [min(((a * g + b) % dedup._PRIME) & dedup._MASK for g in grams) for a, b in dedup._PERMS]

    rng = random.Random(5)
    edge = [0, 1, dedup._PRIME - 1, dedup._PRIME, dedup._PRIME + 1, 2**63, 2**64 - 1]
    for _ in range(200):
        grams = {rng.choice(edge + [rng.getrandbits(64)] * 4) for _ in range(rng.randint(1, 30))}
        assert dedup._signature(grams) == plain(grams)
    text = dedup.normalised_text("عنوان", " ".join(f"كلمة{i}" for i in range(300)))
    grams = dedup.shingles(text)
    assert dedup._signature(grams) == plain(grams)
