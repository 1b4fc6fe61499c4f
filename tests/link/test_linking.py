"""Linking in the store: multi-outlet samples, order independence, incremental = full."""

import json
import random
from pathlib import Path

import sqlalchemy as sa
from conftest import make_doc, make_event, save

from marsad.link.relink import relink_all
from marsad.model import Document, DocumentEvents
from marsad.store import queries
from marsad.store.schema import EventRow, IncidentRow

SAMPLES = Path(__file__).parents[2] / "samples"


def samples():
    docs = [Document.model_validate_json(l) for l in open(SAMPLES / "articles.jsonl")]
    events = {d.id: d.events for d in map(DocumentEvents.model_validate_json,
                                           open(SAMPLES / "events.jsonl"))}
    return [(d, events[d.id]) for d in docs]


def grouping(factory):
    """Incidents as sets of (document, position), with their figures: id-free."""
    with factory() as s:
        out = set()
        for inc in s.scalars(sa.select(IncidentRow)):
            members = frozenset((e.document_id, e.position) for e in inc.events)
            out.add((members, inc.type, inc.killed_low, inc.killed_best, inc.killed_high,
                     inc.injured_low, inc.injured_high, inc.number_of_sources))
        return out


def test_samples_link_into_four_incidents(db):
    save(db, samples())
    with db() as s:
        incidents = {i["location_name"]: i for i in queries.list_incidents(s)}
        assert set(incidents) == {"معرة النعمان", "دوما", "أعزاز", "خان شيخون"}
        maarat = incidents["معرة النعمان"]
        assert maarat["sources"] == ["Enab Baladi", "Orient News", "Step News"]
        assert (maarat["killed_low"], maarat["killed_best"], maarat["killed_high"]) == (31, 31, 36)
        assert maarat["perpetrators"] == ["russia", "syria_gov"]
        douma = queries.get_incident(s, incidents["دوما"]["id"])
        assert douma["number_of_sources"] == 2
        rules = [r["link_rule"] for r in douma["reports"]]
        assert any("air_strike ~ shelling" in r and "1 day apart" in r for r in rules)
        azaz = incidents["أعزاز"]
        assert (azaz["killed_low"], azaz["killed_high"], azaz["injured_low"], azaz["injured_high"]) == (5, 6, 20, 22)
        # the tally is stored but belongs to no incident
        tally = queries.list_events(s, tally=True)
        assert len(tally) == 1 and tally[0]["incident_id"] is None


def test_linking_does_not_depend_on_ingest_order(tmp_path):
    from marsad.store.db import open_db

    batch = samples() + [
        (make_doc(f"x{i}", source=f"S{i % 3}", published=f"2024-03-0{1 + i % 3}"),
         [make_event("الصاخور", date=f"2024-03-0{1 + i % 3}", killed=i,
                     type=["air_strike", "shelling"][i % 2]),
          make_event("إدلب", type="shelling", date=f"2024-03-0{1 + i % 2}", killed=2 * i)])
        for i in range(8)]
    results = []
    for n, seed in enumerate([0, 1, 2]):
        order = batch[:]
        random.Random(seed).shuffle(order)
        factory = open_db(f"sqlite:///{tmp_path / f'o{n}.db'}")
        for i in range(0, len(order), 3):  # several batches: incremental relinking
            save(factory, order[i:i + 3])
        results.append(grouping(factory))
        if n == 0:  # and a full recompute gives the same incidents as the incremental runs
            with factory() as s, s.begin():
                relink_all(s)
            assert grouping(factory) == results[0]
    assert results[0] == results[1] == results[2]
    assert len(results[0]) < sum(len(e) for _, e in batch)  # something was linked


def test_updated_document_leaves_its_incident(db):
    save(db, [(make_doc("a"), [make_event("دوما", killed=3)]),
              (make_doc("b"), [make_event("دوما", killed=5)])])
    with db() as s:
        assert [i["number_of_sources"] for i in queries.list_incidents(s)] == [2]
    save(db, [(make_doc("b", text="نص آخر"), [make_event("أعزاز", killed=5)])])
    with db() as s:
        assert sorted((i["location_name"], i["number_of_sources"], i["killed_high"])
                      for i in queries.list_incidents(s)) == [("أعزاز", 1, 5), ("دوما", 1, 3)]
        assert s.scalar(sa.select(sa.func.count()).select_from(EventRow)) == 2


def test_near_duplicate_counts_once(db):
    words = " ".join(f"كلمة{i}" for i in range(60))
    save(db, [(make_doc("wire", text=words, source="A", published="2024-03-01"),
               [make_event("دوما", killed=4)]),
              (make_doc("copy", text=words + " المصدر وكالات", source="B", published="2024-03-02"),
               [make_event("دوما", killed=40)])])
    with db() as s:
        assert queries.get_document(s, "copy")["duplicate_of"] == "wire"
        (inc,) = queries.list_incidents(s)
        assert (inc["number_of_sources"], inc["killed_high"]) == (1, 4)
        assert queries.counts(s, "admin1", unit="events") == [{"key": "Rural Damascus", "count": 1, "killed": 4}]
    # the earlier-published copy arriving later becomes the original instead
    save(db, [(make_doc("first", text=words + " عاجل", source="C", published="2024-02-29"), [])])
    with db() as s:
        assert {d: queries.get_document(s, d)["duplicate_of"] for d in ("wire", "copy", "first")} == \
            {"wire": "first", "copy": "first", "first": None}
        assert queries.list_incidents(s) == []


def test_shuffled_samples_link_as_in_order(tmp_path):
    """`marsad ingest` of the sample articles in another order: same incidents and figures."""
    from click.testing import CliRunner

    from marsad.cli import main
    from marsad.store.db import open_db

    lines = (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    runs = []
    for n, seed in enumerate([None, 3, 11]):
        order = lines[:]
        if seed is not None:
            random.Random(seed).shuffle(order)
        path = tmp_path / f"articles{n}.jsonl"
        path.write_text("".join(order), encoding="utf-8")
        url = f"sqlite:///{tmp_path / f's{n}.db'}"
        result = CliRunner().invoke(main, ["ingest", str(path), "--events", str(SAMPLES / "events.jsonl"),
                                           "--db", url, "--batch-size", "2"])
        assert result.exit_code == 0, result.output
        factory = open_db(url)
        runs.append(grouping(factory))
        factory.kw["bind"].dispose()
    assert runs[0] == runs[1] == runs[2]
    assert len(runs[0]) == 4


def _series(n_docs=120):
    """Documents over five weeks on a few places, so incidents chain across days."""
    places = ["الصاخور", "حلب", "أعزاز", "دوما", "خان شيخون", "إدلب"]
    batch = []
    for i in range(n_docs):
        day = f"2024-03-{1 + (i * 7) % 28:02d}"
        events = [make_event(places[i % 6], date=day if i % 5 else None, killed=i % 7,
                             type=["air_strike", "shelling", "attack"][i % 3],
                             perpetrators=["russia"] if i % 4 == 0 else [])]
        if i % 3 == 0:
            events.append(make_event(places[(i + 2) % 6], date=day, injured=i % 4))
        batch.append((make_doc(f"s{i:03d}", source=f"S{i % 4}", published=day), events))
    return batch


def test_backfill_stops_early_and_equals_a_full_relink(tmp_path):
    """Old days ingested after newer ones: the bounded relink equals relinking everything."""
    from marsad.store.db import open_db

    batch = _series()
    late_first = sorted(batch, key=lambda b: b[0].published, reverse=True)
    factory = open_db(f"sqlite:///{tmp_path / 'b.db'}")
    for i in range(0, len(late_first), 7):
        save(factory, late_first[i:i + 7])
    incremental = grouping(factory)
    with factory() as s, s.begin():
        relink_all(s)
    assert grouping(factory) == incremental
    in_order = open_db(f"sqlite:///{tmp_path / 'o.db'}")
    for i in range(0, len(batch), 11):
        save(in_order, sorted(batch, key=lambda b: b[0].published)[i:i + 11])
    assert grouping(in_order) == incremental
    assert any(len(members) > 2 for members, *_ in incremental)
