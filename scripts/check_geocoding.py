#!/usr/bin/env python
"""How well marsad.geo puts gold places on the map.

For every gold event whose location has a pcode or a point, find the mention
of the gold name (or one of its alt_names) in the document and compare the
resolved place with gold: within 5 km for neighbourhoods and communities,
25 km for larger units (codebook §13.6), and the governorate (admin1). A gold
point missing is taken from the gazetteer's point of the gold pcode.

    python scripts/check_geocoding.py [EVAL_DIR ...] [-v]
    python scripts/check_geocoding.py --bare CORPUS.jsonl [--top N]

--bare lists the names resolved most often in a corpus without a class word
or locative word before them: where ordinary words that the gazetteer also
holds as names show up (candidates for data/stopnames.tsv, read by a human).
"""

from __future__ import annotations

import argparse
import json
import sys
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.geo import find_places  # noqa: E402
from marsad.geo.gazetteer import load  # noqa: E402
from marsad.geo.variants import clean  # noqa: E402

DEFAULT = [Path("/work/shared/eval/seeds"), Path("/work/shared/eval/dev")]


def key(name: str) -> str:
    """The scorer's comparison form: folded, without a leading ال (§13.1)."""
    words = clean(name).split(" ")
    if words and words[0].startswith("ال") and len(words[0]) > 4:
        words[0] = words[0][2:]
    return " ".join(words)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    a = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(a))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    ap.add_argument("--bare", type=Path, metavar="CORPUS", help="list frequent bare (non-locative) resolved names")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    if args.bare:
        bare_names(args.bare, args.top)
        return
    gaz = load()
    total = ok = wrong_admin1 = not_found = 0
    for d in args.dirs:
        docs = {j["id"]: j for j in map(json.loads, (d / "docs.jsonl").open(encoding="utf-8"))}
        for line in (d / "gold.jsonl").open(encoding="utf-8"):
            gold = json.loads(line)
            doc = docs[gold["id"]]
            mentions = find_places(doc["text"], title=doc.get("title"))
            for ev in gold["events"]:
                loc = ev["location"]
                lat, lon = loc.get("lat"), loc.get("lon")
                if lat is None and loc.get("pcode") in gaz.places:
                    lat, lon = gaz.places[loc["pcode"]].lat, gaz.places[loc["pcode"]].lon
                if lat is None:
                    continue
                total += 1
                m = None
                for name in [loc["name"], *loc.get("alt_names", [])]:
                    m = m or next((m for m in mentions if key(m.name) == key(name) and m.place), None)
                limit = 5 if loc["precision"] in ("neighbourhood", "community") else 25
                if m is None:
                    not_found += 1
                    if args.verbose:
                        print(f"NOT FOUND {gold['id']} {loc['name']}")
                    continue
                p = m.place
                dist = km(lat, lon, p.lat, p.lon) if p.lat is not None else None
                if p.admin1 != loc.get("admin1"):
                    wrong_admin1 += 1
                if dist is not None and dist <= limit:
                    ok += 1
                elif args.verbose:
                    print(f"MISS {gold['id']} {loc['name']} gold={loc.get('pcode')} {loc['precision']} "
                          f"got={p.id} {p.precision} {p.admin1} dist={dist and round(dist, 1)}")
    print(json.dumps({"gold_with_point": total, "within": ok, "share": round(ok / max(total, 1), 3),
                      "not_found": not_found, "wrong_admin1": wrong_admin1}))


def bare_names(corpus: Path, top: int) -> None:
    """Print the resolved names most often found with no class word or locative cue."""
    from collections import Counter

    bare: Counter = Counter()
    total: Counter = Counter()
    where: dict[str, str] = {}
    for line in corpus.open(encoding="utf-8"):
        doc = json.loads(line)
        for m in find_places(doc["text"], title=doc.get("title")):
            if m.place is None:
                continue
            k = clean(m.name)
            total[k] += 1
            if not m.locative:
                bare[k] += 1
                where[k] = f"{m.place.id} {m.place.level} {m.place.admin1 or m.place.country}"
    for k, n in bare.most_common(top):
        print(f"{n}\t{total[k]}\t{k}\t{where[k]}")


if __name__ == "__main__":
    main()
