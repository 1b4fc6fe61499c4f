"""Build the dashboard's base layer: Syria's governorates as a small GeoJSON.

The map must be useful without any tile server, so it draws OCHA's admin1
boundaries itself. The shapefile is ~460 KB of dense rings; this simplifies
them (Douglas-Peucker) without opening gaps between neighbours: boundaries
shared by two governorates are cut at their junctions and every shared piece
is simplified once, in one canonical direction, so both sides get the same
line. Coordinates are rounded to 4 decimals (~10 m).

    .venv/bin/python scripts/build_boundaries.py [SHP] [OUT]

Data: UN OCHA Syria, COD-AB 2016-09-05, CC BY 3.0 IGO.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapefile  # pyshp

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHP = Path("/work/shared/data/gazetteer/ocha_shapes/syr_admin1.shp")
DEFAULT_OUT = ROOT / "src/marsad/web/static/data/syria_admin1.geojson"
TOLERANCE = 0.0015  # degrees, ~150 m: invisible at the zoom of a country map
DECIMALS = 4
ATTRIBUTION = "Boundaries: UN OCHA Syria (COD-AB 2016), CC BY 3.0 IGO"

Point = tuple[float, float]


def _perpendicular(p: Point, a: Point, b: Point) -> float:
    """Distance from p to the line through a and b (to a, when a == b)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Keep the first and last point and every point farther than tolerance."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def read_rings(path: Path) -> list[tuple[dict, list[list[Point]]]]:
    """Each governorate's attributes and its closed rings."""
    reader = shapefile.Reader(str(path), encoding="utf-8")
    shapes = []
    for rec in reader.iterShapeRecords():
        parts = list(rec.shape.parts) + [len(rec.shape.points)]
        rings = [
            [tuple(p) for p in rec.shape.points[parts[i]:parts[i + 1]]]
            for i in range(len(parts) - 1)
        ]
        shapes.append((rec.record.as_dict(), rings))
    return shapes


def junctions(shapes: list[tuple[dict, list[list[Point]]]]) -> set[Point]:
    """Points where the set of governorates sharing a boundary changes."""
    owners: dict[Point, set[int]] = {}
    for index, (_, rings) in enumerate(shapes):
        for ring in rings:
            for p in ring:
                owners.setdefault(p, set()).add(index)
    fixed: set[Point] = set()
    for _, rings in shapes:
        for ring in rings:
            fixed.add(ring[0])
            n = len(ring) - 1  # the last point repeats the first
            for i in range(n):
                here = owners[ring[i]]
                if here != owners[ring[i - 1 if i else n - 1]] or here != owners[ring[i + 1]]:
                    fixed.add(ring[i])
    return fixed


def simplify_ring(ring: list[Point], fixed: set[Point], tolerance: float) -> list[Point]:
    """Simplify each stretch between fixed points, the same way from either side."""
    cuts = [i for i, p in enumerate(ring) if p in fixed]
    if cuts[-1] != len(ring) - 1:
        cuts.append(len(ring) - 1)
    out: list[Point] = [ring[0]]
    for a, b in zip(cuts, cuts[1:]):
        piece = ring[a:b + 1]
        if piece[-1] < piece[0]:
            piece = douglas_peucker(piece[::-1], tolerance)[::-1]
        else:
            piece = douglas_peucker(piece, tolerance)
        out.extend(piece[1:])
    return out


def rounded(ring: list[Point]) -> list[list[float]]:
    """Coordinates at 4 decimals, with repeats that rounding creates removed."""
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def build(shp: Path, tolerance: float = TOLERANCE) -> dict:
    """The simplified FeatureCollection, with its attribution."""
    shapes = read_rings(shp)
    fixed = junctions(shapes)
    features = []
    for record, rings in shapes:
        polygons = []
        for ring in rings:
            simple = rounded(simplify_ring(ring, fixed, tolerance))
            if len(simple) < 4:  # a tiny island: keep it whole
                simple = rounded(ring)
            polygons.append([simple])
        geometry = (
            {"type": "Polygon", "coordinates": polygons[0]}
            if len(polygons) == 1
            else {"type": "MultiPolygon", "coordinates": polygons}
        )
        features.append({
            "type": "Feature",
            "properties": {
                "admin1": record["NAME_EN"],
                "name_ar": record["NAME_AR"],
                "pcode": record["PCODE"],
            },
            "geometry": geometry,
        })
    return {
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION,
        "features": features,
    }


def main(argv: list[str]) -> None:
    shp = Path(argv[1]) if len(argv) > 1 else DEFAULT_SHP
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    data = build(shp)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(
        len(ring)
        for f in data["features"]
        for poly in (
            [f["geometry"]["coordinates"]]
            if f["geometry"]["type"] == "Polygon"
            else f["geometry"]["coordinates"]
        )
        for ring in poly
    )
    print(f"{out}: {len(data['features'])} governorates, {points} points, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv)
