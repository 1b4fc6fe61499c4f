"""The committed governorate layer: small, complete, attributed, closed rings."""

from __future__ import annotations

import json
from pathlib import Path

import marsad.web

GEOJSON = Path(marsad.web.__file__).parent / "static/data/syria_admin1.geojson"


def _rings(feature: dict) -> list[list[list[float]]]:
    geometry = feature["geometry"]
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [ring for polygon in polygons for ring in polygon]


def test_boundaries_are_small_and_credit_ocha() -> None:
    assert GEOJSON.stat().st_size < 300_000
    data = json.loads(GEOJSON.read_text(encoding="utf-8"))
    assert "UN OCHA Syria" in data["attribution"]
    names = {f["properties"]["admin1"] for f in data["features"]}
    assert len(names) == 14 and {"Aleppo", "Idleb", "Dar'a", "Rural Damascus"} <= names
    assert all(f["properties"]["name_ar"] for f in data["features"])


def test_rings_are_closed_rounded_and_inside_syria() -> None:
    data = json.loads(GEOJSON.read_text(encoding="utf-8"))
    for feature in data["features"]:
        for ring in _rings(feature):
            assert len(ring) >= 4 and ring[0] == ring[-1]
            for lon, lat in ring:
                assert 35.5 < lon < 42.5 and 32.0 < lat < 37.5
                assert round(lon, 4) == lon and round(lat, 4) == lat


def test_neighbours_share_their_simplified_border() -> None:
    """Simplification keeps shared borders identical, so no slivers open up."""
    data = json.loads(GEOJSON.read_text(encoding="utf-8"))
    points = {
        f["properties"]["admin1"]: {tuple(p) for ring in _rings(f) for p in ring}
        for f in data["features"]
    }
    assert len(points["Aleppo"] & points["Idleb"]) > 20
    assert len(points["Damascus"] & points["Rural Damascus"]) > 20
