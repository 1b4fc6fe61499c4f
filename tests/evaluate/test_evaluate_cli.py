"""``marsad evaluate``: output formats, warnings and malformed input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import main

GOLD = [
    {"id": "d1", "events": [
        {"type": "air_strike", "date": "2020-01-05", "location": {"name": "الصاخور"}, "killed": 7},
        {"type": "shelling", "date": "2020-01-05", "location": {"name": "بستان القصر"}},
    ]},
]
PRED = [
    {"id": "d1", "events": [
        {"type": "air_strike", "date": "2020-01-05", "location": {"name": "حي الصاخور"}, "killed": 5},
        {"type": "shelling", "date": "2020-01-05", "location": {"name": "منبج"}},
    ]},
    {"id": "not-in-gold", "events": []},
]


def write(path, records) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def evaluate(tmp_path, *options, gold=GOLD, pred=PRED, pred_text=None):
    g = write(tmp_path / "gold.jsonl", gold)
    p = tmp_path / "pred.jsonl"
    if pred_text is None:
        write(p, pred)
    else:
        p.write_text(pred_text, encoding="utf-8")
    return CliRunner().invoke(main, ["evaluate", g, str(p), *options])


def test_json_has_exactly_the_codebook_keys(tmp_path):
    result = evaluate(tmp_path, "--json")
    assert result.exit_code == 0, result.output
    r = json.loads(result.stdout)
    assert set(r) == {
        "documents", "gold_events", "pred_events", "matched", "precision", "recall", "f1",
        "field_accuracy", "strict", "geocode_within", "killed_total_ratio", "tally",
    }
    assert set(r["field_accuracy"]) == {
        "type", "date", "admin1", "killed", "injured", "perpetrators", "targets", "sources", "claimed",
    }
    assert set(r["tally"]) == {"precision", "recall", "f1"}
    # one of two matched in each direction; the matched pair has the wrong toll
    assert (r["documents"], r["matched"], r["precision"], r["recall"]) == (1, 1, 0.5, 0.5)
    assert r["field_accuracy"]["killed"] == 0.0
    assert r["killed_total_ratio"] == 5 / 7


def test_ids_absent_from_gold_are_ignored_with_a_warning(tmp_path):
    result = evaluate(tmp_path, "--json")
    assert "ignoring 1 predicted document(s) not in gold: not-in-gold" in result.stderr
    assert json.loads(result.stdout)["documents"] == 1


def test_diff_lists_missed_extra_and_wrong_fields_in_arabic(tmp_path):
    result = evaluate(tmp_path, "--diff")
    assert result.exit_code == 0
    out = result.stdout
    assert "d1" in out
    assert "missed  shelling 2020-01-05 بستان القصر" in out
    assert "extra   shelling 2020-01-05 منبج" in out
    assert "wrong   air_strike 2020-01-05 الصاخور killed=7 (predicted at حي الصاخور)" in out
    assert "killed: gold 7 / predicted 5" in out
    assert "date:" not in out  # only the fields that disagree
    assert "\\u" not in out  # Arabic readable, not escaped
    assert "precision" in out  # the summary table follows


def test_diff_goes_to_stderr_under_json(tmp_path):
    result = evaluate(tmp_path, "--json", "--diff")
    json.loads(result.stdout)  # stdout stays one JSON document
    assert "killed: gold 7 / predicted 5" in result.stderr


def test_default_output_is_a_table(tmp_path):
    result = evaluate(tmp_path)
    assert result.exit_code == 0
    assert "field accuracy: killed" in result.stdout
    assert "0.500" in result.stdout


def test_malformed_prediction_names_file_and_line(tmp_path):
    good = json.dumps(PRED[0], ensure_ascii=False)
    result = evaluate(tmp_path, pred_text=good + "\n{not json\n")
    assert result.exit_code == 2
    assert "pred.jsonl:2: not valid JSON" in result.stderr


def test_invalid_event_names_its_field(tmp_path):
    bad = {"id": "d1", "events": [{"type": "air_strike", "location": {"name": "حلب"}, "killed": "many"}]}
    result = evaluate(tmp_path, pred=[bad])
    assert result.exit_code == 2
    assert "pred.jsonl:1: event 0: killed:" in result.stderr


def test_duplicate_ids_are_malformed(tmp_path):
    result = evaluate(tmp_path, pred=[PRED[0], PRED[0]])
    assert result.exit_code == 2
    assert "pred.jsonl:2: duplicate document id 'd1'" in result.stderr


def test_missing_file_is_a_usage_error(tmp_path):
    g = write(tmp_path / "gold.jsonl", GOLD)
    result = CliRunner().invoke(main, ["evaluate", g, str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2


def test_location_that_is_not_an_object_is_malformed(tmp_path):
    bad = {"id": "d1", "events": [{"type": "air_strike", "location": "حلب"}]}
    result = evaluate(tmp_path, gold=[bad])
    assert result.exit_code == 2
    assert "gold.jsonl:1: event 0: location:" in result.stderr
