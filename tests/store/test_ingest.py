"""``marsad ingest`` end to end: idempotence, updates, duplicates, bad input, kill -9."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from marsad.cli import main
from marsad.store.db import make_engine, open_db
from marsad.store.schema import DocumentRow, EventRow, IncidentRow

SAMPLES = Path(__file__).parents[2] / "samples"
ARTICLES, EVENTS = str(SAMPLES / "articles.jsonl"), str(SAMPLES / "events.jsonl")


def run(*args):
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


def snapshot(url):
    """The database's content, independent of row ids and ingest order."""
    factory = open_db(url)
    with factory() as s:
        docs = sorted(s.execute(sa.select(DocumentRow.id, DocumentRow.content_hash,
                                          DocumentRow.duplicate_of)).all())
        events = sorted(s.execute(sa.select(EventRow.document_id, EventRow.position, EventRow.type,
                                            EventRow.killed, EventRow.tally)).all())
        groups = {}
        for doc_id, pos, inc in s.execute(sa.select(EventRow.document_id, EventRow.position,
                                                    EventRow.incident_id)):
            if inc is not None:
                groups.setdefault(inc, set()).add((doc_id, pos))
        figures = {i.id: (i.type, i.killed_low, i.killed_best, i.killed_high, i.number_of_sources)
                   for i in s.scalars(sa.select(IncidentRow))}
        incidents = sorted((sorted(g), figures[i]) for i, g in groups.items())
    factory.kw["bind"].dispose()
    return docs, events, incidents


def test_samples_twice_adds_nothing(db_url):
    first = run(ARTICLES, "--events", EVENTS, "--db", db_url)
    assert first.exit_code == 0, first.output
    before = snapshot(db_url)
    second = run(ARTICLES, "--events", EVENTS, "--db", db_url)
    assert second.exit_code == 0
    assert "unchanged (same id and content)    │ 9" in second.output
    assert snapshot(db_url) == before
    docs, events, incidents = before
    assert len(docs) == 9 and len(events) == 10 and len(incidents) == 4
    # the near-duplicate wire copy is kept, marked, and counts once
    assert ("sample-zaman-0722",) == tuple(d[0] for d in docs if d[2] == "sample-orient-0722")
    maarat = next(figs for members, figs in incidents if figs[4] == 3)
    assert maarat == ("air_strike", 31, 31, 36, 3)


def test_updated_document_replaces_its_events(db_url, tmp_path):
    doc = {"id": "u1", "text": "نص أول", "published": "2024-03-01", "source": "X"}
    events = {"id": "u1", "events": [
        {"type": "shelling", "date": "2024-03-01", "location": {"name": "دوما", "pcode": "C2338"},
         "killed": 3},
        {"type": "air_strike", "date": "2024-03-01", "location": {"name": "حرستا", "pcode": "C2342"}}]}
    (tmp_path / "d.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n")
    (tmp_path / "e.jsonl").write_text(json.dumps(events, ensure_ascii=False) + "\n")
    assert run(str(tmp_path / "d.jsonl"), "--events", str(tmp_path / "e.jsonl"), "--db", db_url).exit_code == 0
    doc["text"] = "نص معدل"
    events["events"] = [{"type": "attack", "date": "2024-03-01", "location": {"name": "دوما"}, "killed": 4}]
    (tmp_path / "d.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n")
    (tmp_path / "e.jsonl").write_text(json.dumps(events, ensure_ascii=False) + "\n")
    result = run(str(tmp_path / "d.jsonl"), "--events", str(tmp_path / "e.jsonl"), "--db", db_url)
    assert "updated                            │ 1" in result.output
    docs, evs, incidents = snapshot(db_url)
    assert evs == [("u1", 0, "attack", 4, False)]
    assert incidents == [([("u1", 0)], ("attack", 4, 4, 4, 1))]


def test_same_content_under_another_id_adds_nothing(db_url, tmp_path):
    a = {"id": "a", "text": "قصف  على دوما", "title": "خبر"}
    b = {"id": "b", "text": "قصف على دوما", "title": "خبر"}  # differs only in spacing
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in (a, b)) + "\n")
    empty = tmp_path / "e.jsonl"
    empty.write_text('{"id": "a", "events": []}\n{"id": "b", "events": []}\n')
    result = run(str(path), "--events", str(empty), "--db", db_url)
    assert "unchanged (same content, other id) │ 1" in result.output
    assert [d[0] for d in snapshot(db_url)[0]] == ["a"]


def test_bad_records_are_reported_and_skipped(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "نص"}\nnot json\n{"text": "no id"}\n'
                    '{"id": "d", "text": "x", "published": "yesterday"}\n')
    events = tmp_path / "e.jsonl"
    events.write_text('{"id": "ok", "events": []}\n')
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    result = CliRunner().invoke(main, ["ingest", str(path), "--events", str(events), "--db", url])
    assert result.exit_code == 1
    for line in (2, 3, 4):
        assert f"{path}:{line}:" in result.output
    assert [d[0] for d in snapshot(url)[0]] == ["ok"]


# ---------------------------------------------------------------- kill -9

PLACES = [("دوما", "C2338", 33.569859, 36.399142), ("حرستا", "C2342", 33.55837, 36.364003),
          ("سراقب", "C3916", 35.86604, 36.80336), ("أريحا", "C4278", 35.812335, 36.610978)]


def _many(tmp_path, n=400):
    """*n* documents from 4 outlets about a few dozen incidents."""
    docs, events = [], []
    for i in range(n):
        name, pcode, lat, lon = PLACES[i % 4]
        day = f"2024-01-{1 + (i // 16) % 28:02d}"
        doc_id = f"k{i:04d}"
        words = " ".join(f"كلمة{(i * 7 + j) % 997}" for j in range(40))
        docs.append({"id": doc_id, "source": f"outlet{i % 5}", "published": day,
                     "text": f"قصف على {name} {words}"})
        events.append({"id": doc_id, "events": [
            {"type": ["air_strike", "shelling"][i % 2], "date": day,
             "location": {"name": name, "admin1": "Idleb", "country": "SY",
                          "precision": "community", "pcode": pcode, "lat": lat, "lon": lon},
             "killed": i % 9, "perpetrators": ["syria_gov"] if i % 3 else []}]})
    d, e = tmp_path / "many.jsonl", tmp_path / "many-events.jsonl"
    d.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in docs))
    e.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in events))
    return str(d), str(e)


def _ingest_cmd(docs, events, url):
    return [sys.executable, "-c", "from marsad.cli import main; main()", "ingest", docs,
            "--events", events, "--db", url, "--batch-size", "5"]


def test_kill_during_ingest_then_rerun_equals_uninterrupted_run(tmp_path, db_url):
    docs, events = _many(tmp_path)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    subprocess.run(_ingest_cmd(docs, events, reference), check=True, capture_output=True)

    proc = subprocess.Popen(_ingest_cmd(docs, events, db_url),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = make_engine(db_url)
    stored = 0
    deadline = time.monotonic() + 120
    while stored < 60 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        try:
            with engine.connect() as conn:
                stored = conn.scalar(sa.text("SELECT count(*) FROM documents"))
        except sa.exc.DBAPIError:
            stored = 0  # tables not created yet
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    engine.dispose()
    interrupted = snapshot(db_url)
    assert 0 < len(interrupted[0]) < 400, "the run was not interrupted mid-way"
    # every stored document is whole: its events are all there
    assert {d for d, *_ in interrupted[1]} == {d for d, *_ in interrupted[0]}

    subprocess.run(_ingest_cmd(docs, events, db_url), check=True, capture_output=True)
    assert snapshot(db_url) == snapshot(reference)


def test_real_extractor_ingest_is_idempotent(tmp_path):
    """The real extractor end to end: counts only, since its results keep improving."""
    dev = "/work/shared/eval/dev/docs.jsonl"
    url = f"sqlite:///{tmp_path / 'dev.db'}"
    assert run(dev, "--db", url).exit_code == 0
    first = snapshot(url)
    assert len(first[0]) == sum(1 for line in open(dev) if line.strip())
    again = run(dev, "--db", url)
    assert again.exit_code == 0 and "events stored                        │ 0" in again.output
    assert snapshot(url) == first
