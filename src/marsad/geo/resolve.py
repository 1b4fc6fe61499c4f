"""Which place a mention means, decided from its class word and its context.

A name shared by several places (دوما in Rural Damascus, Hama and As-Sweida)
goes to the one that the places named nearby contain ('دوما بريف دمشق'), else
to the governorate the document is mostly about, else to the bigger place. A
big city name is the city; the governorate only after محافظة. A neighbourhood
needs its city in the document or the class word حي.
"""

from __future__ import annotations

import math
from collections import Counter

from marsad.geo.gazetteer import Gazetteer, load
from marsad.geo.matcher import Raw, scan
from marsad.geo.place import Place, PlaceMention
from marsad.text.normalize import normalize

NEAR_CHARS = 80  # how far a place may sit from a mention to count as its local context
UNITS = ("governorate", "district", "subdistrict")
SETTLEMENTS = ("community", "city")


def find_places(text: str, *, title: str | None = None) -> list[PlaceMention]:
    """All place mentions in *text*, in order, non-overlapping, disambiguated with the whole text (and title)."""
    gaz = load()
    norm = normalize(text)
    raws = scan(norm.text, gaz)
    title_raws = scan(normalize(title).text, gaz) if title else []
    places = resolve(raws, title_raws, gaz)
    out: list[PlaceMention] = []
    for r, place in zip(raws, places):
        if place is None and r.ids:
            continue  # a gazetteer name that context did not confirm (a neighbourhood without its city)
        start, end = norm.span(r.start, r.end)
        outer = norm.index(r.outer)
        out.append(PlaceMention(start, end, text[start:end], outer, r.class_word, place, r.evidence,
                                _context_admin1(r, raws, places) if place is None else None))
    return out


def resolve(raws: list[Raw], title_raws: list[Raw], gaz: Gazetteer) -> list[Place | None]:
    """The place of each mention (None when unknown or unconfirmed)."""
    cands = [_filter(r, gaz) for r in raws]
    tcands = [_filter(r, gaz) for r in title_raws]
    chosen: list[str | None] = [c[0] if len(c) == 1 else None for c in cands]
    sure = [c[0] for c in cands + tcands if len(c) == 1]
    cities = {p for i in sure for p in (i, *gaz.places[i].parents) if p in gaz.cities}
    votes = Counter(gaz.places[i].admin1 or gaz.places[i].country for i in sure)
    votes.update(gaz.places[c[0]].admin1 for c in tcands if len(c) == 1)  # the headline counts twice
    for n, r in enumerate(raws):
        cs = [i for i in cands[n] if gaz.places[i].level != "neighbourhood" or i in _allowed(r, i, cities, gaz)]
        if not cs:
            chosen[n] = None
            continue
        if len(cs) > 1:
            near = [(abs(o.start - r.start), chosen[m]) for m, o in enumerate(raws)
                    if m != n and chosen[m] and abs(o.start - r.start) <= NEAR_CHARS]
            cs.sort(key=lambda i: -_score(i, near, votes, gaz))
        chosen[n] = cs[0]
    return [_final_place(r, pid, raws, chosen, gaz) for r, pid in zip(raws, chosen)]


def _filter(r: Raw, gaz: Gazetteer) -> list[str]:
    """Candidates the class word allows; a bare name means the settlement, not the admin unit."""
    ids = list(r.ids)
    levels = {i: gaz.places[i].level for i in ids}
    want = {"محافظه": ("governorate",), "ناحيه": ("subdistrict",), "منطقه": ("district",),
            "حي": ("neighbourhood",), "احياء": ("neighbourhood",)}.get(r.class_word or "")
    if r.class_word in ("مدينه", "بلده", "قريه", "مخيم"):
        want = SETTLEMENTS
    if want and any(levels[i] in want for i in ids):
        return [i for i in ids if levels[i] in want]
    if r.class_word in ("محافظه", "ناحيه"):
        return ids
    if any(levels[i] not in UNITS for i in ids):
        ids = [i for i in ids if levels[i] not in UNITS]
    return ids


def _allowed(r: Raw, pid: str, cities: set[str], gaz: Gazetteer) -> set[str]:
    """A neighbourhood stays a candidate when its city is in the document or حي says so."""
    place = gaz.places[pid]
    return {pid} if r.class_word in ("حي", "احياء") or place.parents[0] in cities else set()


def _score(pid: str, near: list[tuple[int, str]], votes: Counter, gaz: Gazetteer) -> float:
    place = gaz.places[pid]
    score = float(gaz.rank[pid]) + (2 if place.country == "SY" else 0)
    for dist, other in sorted(near):
        o = gaz.places[other]
        if other != pid and contains(o, place):
            score += 100 - dist / 10
            break
        if o.admin1 and o.admin1 == place.admin1:
            score += 40 - dist / 10
            break
    total = sum(votes.values()) or 1
    score += 20 * votes[place.admin1 or place.country] / total
    return score


def _final_place(r: Raw, pid: str | None, raws: list[Raw], chosen: list[str | None], gaz: Gazetteer) -> Place | None:
    """The chosen place, or the region it makes: ريف X, its direction, a city's quarters."""
    if pid is None:
        return None
    place = gaz.places[pid]
    if pid.startswith("R-city-"):
        return _city_part(r, place, raws, chosen, gaz)
    if r.rif and place.level != "region":
        place = rural_region(place, gaz)
    if r.direction and (r.rif or place.level in ("region", "governorate")):
        place = _directed(place, r.direction, gaz)
    return place


def rural_region(inner: Place, gaz: Gazetteer) -> Place:
    """'ريف X': the countryside of a town, or of a governorate when X is its capital."""
    gov = next((p for p in (inner.id, *inner.parents) if gaz.places.get(p) and gaz.places[p].level == "governorate"),
               None)
    if gov and (inner.level == "governorate" or gaz.rank.get(inner.id) == 5):
        if gov == "SY03" or gov == "SY01":
            return gaz.places["SY03"]  # ريف دمشق is the governorate Rural Damascus
        return gaz.places[f"R-{gov}-rif"]
    parents = inner.parents[1:] if inner.level == "community" else inner.parents
    return Place(f"R-{inner.id}-rif", f"ريف {inner.name_ar}", f"{inner.name_en} countryside" if inner.name_en else None,
                 "region", "region", inner.admin1, inner.country, None, None, None, parents)


def _directed(place: Place, direction: str, gaz: Gazetteer) -> Place:
    """ريف حلب الشمالي: the region of *place* in one direction (no point)."""
    base = place.id if place.id.startswith("R-") else f"R-{place.id}"
    return Place(f"{base}-{direction}", place.name_ar, place.name_en, "region", "region", place.admin1,
                 place.country, None, None, None, (place.id, *place.parents) if place.level != "region"
                 else place.parents)


def _city_part(r: Raw, part: Place, raws: list[Raw], chosen: list[str | None], gaz: Gazetteer) -> Place:
    """'الأحياء الشرقية': the quarters of the city named nearest (after first: 'لمدينة حلب')."""
    cities = [(0 if o.start >= r.end else 1, abs(o.start - r.end), chosen[m]) for m, o in enumerate(raws)
              if chosen[m] and (chosen[m] in gaz.cities or gaz.rank.get(chosen[m] or "", 0) >= 4)
              and gaz.places[chosen[m]].level in SETTLEMENTS]
    near = [c for c in cities if c[1] <= 20] or cities
    if not near:
        return Place(part.id, part.name_ar, part.name_en, "region", "region", None, "SY", None, None, None, ())
    city = gaz.places[min(near)[2]]
    return Place(f"R-{city.id}-{part.id.removeprefix('R-city-')}", part.name_ar, part.name_en, "region", "region",
                 city.admin1, city.country, None, None, None, (city.id, *city.parents))


def _context_admin1(r: Raw, raws: list[Raw], places: list[Place | None]) -> str | None:
    """The governorate the text gives right after an unknown place ('قرية X بريف إدلب')."""
    for o, p in zip(raws, places):
        if p is not None and p.admin1 and r.end <= o.outer <= r.end + NEAR_CHARS // 2:
            return p.admin1
    return None


_SECTORS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
            "west": 270, "northwest": 315}


def contains(outer: Place, inner: Place) -> bool:
    """Whether *inner* lies inside *outer* (a place contains itself).

    Admin units contain what names them as a parent; a country everything in
    it; 'ريف حلب' the governorate's places outside the city, and with a
    direction only those lying that way from the city.
    """
    if outer.id == inner.id or outer.id in inner.parents:
        return True
    if outer.level == "country":
        return inner.country == outer.country
    if outer.level != "region" or not outer.id.startswith("R-") or "-rif" not in outer.id:
        return False
    gaz = load()
    base, _, direction = outer.id.removeprefix("R-").partition("-rif")
    centre = gaz.places.get(base)
    if centre is None:
        return False
    if centre.level == "governorate":
        centre = gaz.places.get(gaz.capitals.get(base, ""), centre)
        inside = base in inner.parents
    else:
        inside = centre.parents[1] in inner.parents if len(centre.parents) > 1 else False
    if not inside or inner.id == centre.id or centre.id in inner.parents or inner.level in UNITS:
        return False
    direction = direction.lstrip("-")
    if direction in _SECTORS and None not in (centre.lat, inner.lat):
        bearing = math.degrees(math.atan2((inner.lon - centre.lon) * math.cos(math.radians(centre.lat)),
                                          inner.lat - centre.lat)) % 360
        return abs((bearing - _SECTORS[direction] + 180) % 360 - 180) <= 67.5
    return True
