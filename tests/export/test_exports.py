import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

SAMPLES = Path(__file__).parents[2] / "samples"

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('exp') / 'x.db'}"
    result = CliRunner().invoke(main, ["ingest", str(SAMPLES / "articles.jsonl"), "--events",
                                       str(SAMPLES / "events.jsonl"), "--db", url])
    assert result.exit_code == 0, result.output
    return url


def export(url, *args):
    result = CliRunner().invoke(main, ["export", "--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_acled_columns_and_vocabularies(url):
    text = export(url, "--format", "acled")
    assert next(csv.reader(io.StringIO(text))) == ACLED_COLUMNS
    by_place = {r["location"]: r for r in rows(text)}
    assert len(by_place) == 4  # incidents: the tally and the wire copy are not rows
    maarat = by_place["معرة النعمان"]
    assert (maarat["event_type"], maarat["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert maarat["actor1"] == "Military Forces of Syria (2000-)"
    assert maarat["assoc_actor_1"] == "Military Forces of Russia (2000-)"
    assert (maarat["inter1"], maarat["actor2"], maarat["inter2"], maarat["interaction"]) == \
        ("1", "Civilians (Syria)", "7", "17")
    assert maarat["civilian_targeting"] == "Civilian targeting"
    assert maarat["fatalities"] == "31"  # the conservative figure, not 36
    assert (maarat["iso"], maarat["country"], maarat["event_date"], maarat["year"]) == \
        ("760", "Syria", "2019-07-22", "2019")
    assert (maarat["time_precision"], maarat["geo_precision"]) == ("1", "1")
    clash = by_place["خان شيخون"]
    assert (clash["event_type"], clash["actor2"], clash["interaction"]) == \
        ("Battles", "Opposition Rebels (Syria)", "12")
    azaz = by_place["أعزاز"]
    assert azaz["sub_event_type"] == "Remote explosive/landmine/IED"
    assert (azaz["actor1"], azaz["inter1"], azaz["interaction"]) == ("Unidentified Armed Group (Syria)", "3", "30")


def test_events_export_drops_tallies_and_flags_them_in_jsonl(url):
    assert len(rows(export(url, "--format", "acled", "--events"))) == 9
    lines = [json.loads(l) for l in export(url, "--format", "jsonl", "--events").splitlines()]
    assert len(lines) == 10
    tally = [l for l in lines if l["tally"]]
    assert len(tally) == 1 and tally[0]["killed"] == 400 and tally[0]["incident_id"] is None
    orient = next(l for l in lines if l["document_id"] == "sample-orient-0722")
    assert orient["spans"]["location"] and orient["evidence"]
    assert next(l for l in lines if l["document_id"] == "sample-zaman-0722")["duplicate_of"] == \
        "sample-orient-0722"


def test_ucdp_figures_and_precision(url):
    by_place = {r["where_coordinates"].split(" C")[0]: r for r in rows(export(url, "--format", "ucdp"))}
    maarat = by_place["معرة النعمان"]
    assert (maarat["low"], maarat["best"], maarat["high"], maarat["number_of_sources"]) == ("31", "31", "36", "3")
    assert (maarat["type_of_violence"], maarat["side_a"], maarat["side_b"]) == ("3", "Government of Syria", "Civilians")
    assert (maarat["date_prec"], maarat["date_start"], maarat["where_prec"]) == ("1", "2019-07-22", "1")
    assert by_place["خان شيخون"]["type_of_violence"] == "1"


def test_geojson_is_a_valid_feature_collection(url):
    data = json.loads(export(url, "--format", "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 4
    for f in data["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lat, lon) == (f["properties"]["lat"], f["properties"]["lon"])
    # events without coordinates (the tally in ريف إدلب) are left out
    assert len(json.loads(export(url, "--format", "geojson", "--events"))["features"]) == 9


def test_filters_and_csv(url):
    idleb = rows(export(url, "--format", "csv", "--admin1", "Idleb"))
    assert sorted(r["location_name"] for r in idleb) == ["خان شيخون", "معرة النعمان"]
    assert idleb[0]["outlets"]  # lists are joined, reports explained
    dated = rows(export(url, "--format", "csv", "--from", "2019-07-01", "--to", "2019-07-31"))
    assert [r["location_name"] for r in dated] == ["معرة النعمان"]
    assert json.loads(dated[0]["explanation"])["reports"]
    assert rows(export(url, "--format", "acled", "--type", "armed_clash"))[0]["location"] == "خان شيخون"


def test_incidents_show_explains_and_stats_summarise(url):
    wide = {"COLUMNS": "200"}
    listing = CliRunner().invoke(main, ["incidents", "list", "--db", url, "-q", "المعره"], env=wide)
    assert "معرة النعمان" in listing.output and "31 / 31 / 36" in listing.output
    inc_id = listing.output.split("│")[1].strip()
    shown = CliRunner().invoke(main, ["incidents", "show", inc_id, "--db", url], env=wide)
    assert shown.exit_code == 0
    assert "first report of this incident" in shown.output and "same place (pcode C3985)" in shown.output
    stats = CliRunner().invoke(main, ["stats", "--db", url], env=wide)
    assert "9 documents (1 near-duplicates), 10 events (1 tallies), 4 incidents" in stats.output
    assert "2019-07" in stats.output and "Rural Damascus" in stats.output
