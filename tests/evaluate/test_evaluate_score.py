"""Matching and scoring (§13.2–8) on small cases worked out by hand."""

from __future__ import annotations

import pytest

from marsad.evaluate.read import scored_event
from marsad.evaluate.score import match_documents, score

D1, D2 = "2020-01-05", "2020-01-04"


def ev(name: str, type_: str = "air_strike", date: str | None = D1, **fields) -> dict:
    location = {"name": name, "admin1": "Aleppo"} | fields.pop("location", {})
    return {"type": type_, "date": date, "location": location} | fields


def run(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> dict:
    g = {doc: [scored_event(e, gold=True) for e in events] for doc, events in gold.items()}
    p = {doc: [scored_event(e, gold=False) for e in events] for doc, events in pred.items()}
    return score(match_documents(g, p))


def test_worked_example_micro_averaged():
    gold = {
        "d1": [
            ev("حي الصاخور", killed=7, perpetrators=["russia", "syria_gov"], sources=["sohr"]),
            ev("بستان القصر", "shelling", killed=2),
            ev("الباب", "attack", D2),
        ],
        "d2": [ev("دوما", "armed_clash", killed=3)],  # d2 has no prediction line at all
    }
    pred = {
        "d1": [
            # matches الصاخور; perpetrators in another order are the same set: all right
            ev("الصاخور", killed=7, perpetrators=["syria_gov", "russia"], sources=["sohr"]),
            # matches بستان القصر with the wrong date and no admin1
            ev("بستان القصر", "shelling", D2, killed=2, location={"admin1": None}),
            ev("منبج", "attack", D2, killed=4),  # extra
        ]
    }
    r = run(gold, pred)
    # 4 gold incidents, 3 predicted, 2 matched
    assert (r["documents"], r["gold_events"], r["pred_events"], r["matched"]) == (2, 4, 3, 2)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["recall"] == pytest.approx(2 / 4)
    assert r["f1"] == pytest.approx(4 / 7)  # 2·(2/3)(1/2) / (2/3 + 1/2)
    fa = r["field_accuracy"]
    assert fa["date"] == fa["admin1"] == 0.5  # بستان القصر wrong on both
    right = ("type", "killed", "injured", "perpetrators", "targets", "sources", "claimed")
    assert all(fa[f] == 1.0 for f in right)
    assert r["strict"] == 0.25  # only الصاخور of 4 gold incidents
    assert r["killed_total_ratio"] == pytest.approx(13 / 12)  # (7+2+4) / (7+2+0+3): over-count > 1
    assert r["geocode_within"] == 0.0  # no gold coordinates: nothing to score
    assert r["tally"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_maximum_matching_beats_greedy():
    # Gold A "ريف حلب" can pair with prediction 1 "حلب" (whole-word part, same type)
    # or prediction 2 "ريف"; gold B "حلب" only with prediction 1. Greedy A–1 (first
    # and best-typed) leaves one match; the maximum is A–2 and B–1, two matches,
    # both with the wrong type: one more match outweighs every tie-break.
    gold = {"d": [ev("ريف حلب", "air_strike"), ev("حلب", "shelling")]}
    pred = {"d": [ev("حلب", "air_strike"), ev("ريف", "shelling")]}
    r = run(gold, pred)
    assert r["matched"] == 2
    assert r["field_accuracy"]["type"] == 0.0


def test_ties_broken_by_type_before_date():
    # All four pairs are candidates (same place). Pairing A–1, B–2 gets both dates
    # right and both types wrong; A–2, B–1 the reverse. Type wins.
    gold = {"d": [ev("حلب", "air_strike", D1), ev("حلب", "shelling", D2)]}
    pred = {"d": [ev("حلب", "shelling", D1), ev("حلب", "air_strike", D2)]}
    r = run(gold, pred)
    assert r["field_accuracy"]["type"] == 1.0
    assert r["field_accuracy"]["date"] == 0.0


def test_ties_broken_by_date_when_types_equal():
    # In file order A–1, B–2 would get no date right; the tie-break pairs by date.
    gold = {"d": [ev("حلب", date=D1, killed=1), ev("حلب", date=D2, killed=2)]}
    pred = {"d": [ev("حلب", date=D2, killed=2), ev("حلب", date=D1, killed=1)]}
    r = run(gold, pred)
    assert r["field_accuracy"]["date"] == 1.0
    assert r["field_accuracy"]["killed"] == 1.0


def test_alt_names_pcode_and_non_matches():
    gold = {
        "d": [
            ev("المزرعة", location={"alt_names": ["مدينة الفيحاء الرياضية"]}),
            ev("الصاخور", location={"pcode": "N0139"}),
            ev("حلب"),
        ]
    }
    pred = {
        "d": [
            ev("الفيحاء الرياضية"),  # equals a gold alt name once normalised
            ev("حي الصاخور الشرقي", location={"pcode": "N0139"}),  # pcode (name would too)
            ev("حلبون"),  # a substring of no gold name's words: extra
        ]
    }
    r = run(gold, pred)
    assert r["matched"] == 2  # gold حلب missed, حلبون extra
    assert r["precision"] == r["recall"] == pytest.approx(2 / 3)


def test_prediction_alt_names_are_ignored():
    gold = {"d": [ev("المزرعة")]}
    pred = {"d": [ev("الفيحاء", location={"alt_names": ["المزرعة"]})]}
    assert run(gold, pred)["matched"] == 0


def test_equal_pcodes_match_without_names():
    gold = {"d": [ev("كفرنبل", location={"pcode": "C4321"})]}
    pred = {"d": [ev("Kafr Nabl", location={"pcode": "C4321"})]}
    assert run(gold, pred)["matched"] == 1
    # null pcodes are not equal pcodes
    pred = {"d": [ev("Kafr Nabl", location={"pcode": None})]}
    gold = {"d": [ev("كفرنبل", location={"pcode": None})]}
    assert run(gold, pred)["matched"] == 0


def test_tallies_kept_apart():
    tally = {"tally": True, "date": None, "killed": 370}
    gold = {"d": [ev("حلب", **tally), ev("ادلب", killed=5)]}
    # an incident at حلب does not match the gold tally; the tally at ادلب not the incident
    pred = {"d": [ev("حلب", killed=370), ev("ادلب", **tally)]}
    r = run(gold, pred)
    assert r["matched"] == 0 and r["gold_events"] == 1 and r["pred_events"] == 1
    assert r["tally"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    # tallies never enter killed totals: 370 predicted incident kills / 5 gold
    assert r["killed_total_ratio"] == 74.0

    pred = {"d": [ev("حلب", **tally), ev("ادلب", killed=5)]}
    r = run(gold, pred)
    assert r["matched"] == 1
    assert r["tally"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_geocoding_thresholds():
    # One degree of latitude is 111.19 km on a 6371 km sphere.
    def at(name, precision, dlat=None, gold_point=True):
        loc = {"precision": precision}
        if gold_point:
            loc |= {"lat": 36.0, "lon": 37.0}
        if dlat is not None:
            loc |= {"lat": 36.0 + dlat, "lon": 37.0}
        return loc

    gold = {
        "d": [
            ev("أ", location=at("أ", "neighbourhood")),
            ev("ب", location=at("ب", "community")),
            ev("ت", location=at("ت", "district")),
            ev("ث", location=at("ث", "governorate")),
            ev("ج", location=at("ج", "community")),
            ev("ح", location={"precision": "community"}),  # no gold point: not scored
        ]
    }
    pred = {
        "d": [
            ev("أ", location={"lat": 36.036, "lon": 37.0}),  # 4.0 km ≤ 5: hit
            ev("ب", location={"lat": 36.054, "lon": 37.0}),  # 6.0 km > 5: miss
            ev("ت", location={"lat": 36.18, "lon": 37.0}),  # 20.0 km ≤ 25: hit
            ev("ث", location={"lat": 36.27, "lon": 37.0}),  # 30.0 km > 25: miss
            ev("ج"),  # no predicted point: miss
            ev("ح", location={"lat": 10.0, "lon": 10.0}),
        ]
    }
    r = run(gold, pred)
    assert r["matched"] == 6
    assert r["geocode_within"] == pytest.approx(2 / 5)


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ({}, {}),  # nothing at all
        ({"d": []}, {}),  # a gold document with no events, missing from predictions
        ({"d": []}, {"d": []}),
    ],
)
def test_empty_cases_score_zero(gold, pred):
    r = run(gold, pred)
    assert r["documents"] == len(gold)
    assert r["gold_events"] == r["pred_events"] == r["matched"] == 0
    assert r["precision"] == r["recall"] == r["f1"] == r["strict"] == 0.0
    assert set(r["field_accuracy"].values()) == {0.0}
    assert r["geocode_within"] == r["killed_total_ratio"] == 0.0


def test_gold_document_missing_from_predictions_counts_as_no_events():
    r = run({"d1": [ev("حلب")], "d2": [ev("ادلب")]}, {"d1": [ev("حلب")]})
    assert (r["gold_events"], r["pred_events"], r["matched"]) == (2, 1, 1)
    assert r["recall"] == 0.5 and r["precision"] == 1.0


def test_values_outside_the_vocabulary_are_scored_not_refused():
    # A misspelt type and qualifier, null lists, no location at all: the first
    # prediction still matches (same place) and is simply wrong on type.
    gold = {"d": [ev("حلب", perpetrators=["russia"]), ev("ادلب")]}
    pred = {"d": [
        ev("حلب", "airstrike", killed_qualifier="some", perpetrators=None, targets=None),
        {"type": "shelling"},
    ]}
    r = run(gold, pred)
    assert (r["matched"], r["pred_events"]) == (1, 2)
    assert r["field_accuracy"]["type"] == 0.0
    assert r["field_accuracy"]["perpetrators"] == 0.0  # {"russia"} vs {}
    assert r["field_accuracy"]["targets"] == 1.0  # {} vs null → {}
