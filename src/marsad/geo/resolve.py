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
from functools import cache

from marsad.geo.gazetteer import Gazetteer, load
from marsad.geo.matcher import LIST_CLASSES, RIF_DUAL, Raw, prev_word, scan
from marsad.geo.place import Place, PlaceMention
from marsad.geo.variants import clean
from marsad.text.normalize import Normalized, normalize

NEAR_CHARS = 80  # how far a place may sit from a mention to count as its local context
# class words that only units abroad take: Iraqi/Lebanese قضاء, Turkish ولاية, إقليم كردستان
ABROAD_CLASSES = {clean("قضاء"): ("district", "city"), clean("ولاية"): ("governorate",),
                  clean("إقليم"): ("governorate", "region"),
                  clean("مستوطنة"): ("community", "city")}  # 'مستوطنة المطلة' is Israel's Metula
UNITS = ("governorate", "district", "subdistrict")
SETTLEMENTS = ("community", "city")


def find_places(text: str, *, title: str | None = None) -> list[PlaceMention]:
    """All place mentions in *text*, in order, non-overlapping, disambiguated with the whole text (and title)."""
    gaz = load()
    norm = normalize(text)
    raws = scan(norm.text, gaz)
    title_raws = scan(normalize(title).text, gaz) if title else []
    places, dropped = resolve(raws, title_raws, gaz)
    _list_siblings(raws, places)
    main_gov = _main_governorate(places)
    out: list[PlaceMention] = []
    for n, (r, place) in enumerate(zip(raws, places)):
        if n in dropped:
            continue
        start, end = norm.span(r.start, r.end)
        admin1 = country = None
        if place is None:
            if r.nisba in (None, "SY"):  # 'ثكنة «زرعيت» الإسرائيلية' is in no Syrian province
                admin1 = r.hint_admin1 or _context_admin1(norm.text, r, raws, places, main_gov)
            country = r.hint_country or _context_country(norm.text, r, raws, places)
        out.append(PlaceMention(start, end, _name(text, norm, r), norm.index(r.outer), r.class_word, place,
                                r.evidence, admin1, r.locative, country))
    return out


def _name(text: str, norm: Normalized, r: Raw) -> str:
    """The codebook name (§5) of a mention: the words it spans, except that each place of
    a dual countryside is 'ريف X' ('ريفي حماة وإدلب' names ريف حماة and ريف إدلب), and a
    further direction is named with its place ('ريف إدلب الجنوبي والجنوبي الشرقي')."""
    words = text[slice(*norm.span(r.start, r.end))]
    if r.named:
        words = text[slice(*norm.span(*r.named))] + " " + words
    if r.class_word == RIF_DUAL:
        return "ريف " + words.split(" ", 1)[-1] if words.startswith("ريفي ") else "ريف " + words
    return words


def resolve(raws: list[Raw], title_raws: list[Raw], gaz: Gazetteer) -> tuple[list[Place | None], set[int]]:
    """The place of each mention (None when unknown), and the mentions that are no place after all.

    A neighbourhood name without its city (and without a class word) is dropped. A village whose only
    namesake lies in another governorate than the one the document is about,
    with nothing nearby in that governorate, is kept as an unknown place: it
    is far more often a local hill or farm than that distant village.
    """
    cands = [_filter(r.ids, r.class_word, gaz) for r in raws]
    tcands = [_filter(r.ids, r.class_word, gaz) for r in title_raws]
    sure = [c[0] for r, c in zip(raws + title_raws, cands + tcands) if len(c) == 1 and not r.deixis]
    if any(r.deixis for r in raws):  # 'شمال شرقي البلاد': the country the document is about
        country = Counter(gaz.places[i].country for i in sure if gaz.places[i].level != "country"
                          or i == gaz.places[i].country).most_common(1)
        home = country[0][0] if country and country[0][0] in gaz.places else "SY"
        cands = [[home] if r.deixis else c for r, c in zip(raws, cands)]
    chosen: list[str | None] = [c[0] if len(c) == 1 else None for c in cands]
    cities = {i for i in sure if i in gaz.cities}  # the city itself, not one of its quarters
    votes = Counter([gaz.places[i].admin1 or gaz.places[i].country for i in sure])
    votes.update([gaz.places[c[0]].admin1 for c in tcands if len(c) == 1])  # the headline counts twice
    dropped: set[int] = set()
    allowed: list[list[str]] = []
    for n, r in enumerate(raws):
        allowed.append([i for i in cands[n]
                        if gaz.places[i].level != "neighbourhood" or i in _allowed(r, i, cities, gaz)])
        if not allowed[n] and r.ids and not r.class_word:
            dropped.add(n)  # with a class word it stays, as a place the gazetteer lacks
    # one sense per document: a name's candidates are scored over all its mentions,
    # unless a mention's own neighbours place it inside one of them
    doc_score: dict[str, dict[str, float]] = {}
    local: list[dict[str, float]] = []
    for n, r in enumerate(raws):
        if len(allowed[n]) < 2:
            local.append({})
            continue
        near = [(abs(o.start - r.start), chosen[m]) for m, o in enumerate(raws)
                if m != n and chosen[m] and abs(o.start - r.start) <= NEAR_CHARS]
        local.append({i: _local(i, near, gaz) for i in allowed[n]})
        scores = doc_score.setdefault(r.key, {})
        for i, sc in local[n].items():
            scores[i] = scores.get(i, 0) + sc
    for n, r in enumerate(raws):
        cs = allowed[n]
        if not cs:
            chosen[n] = None
            continue
        if len(cs) > 1:
            best_local = max(local[n].values())
            if best_local >= 100:
                cs = sorted(cs, key=lambda i: -(local[n][i] + _prior(i, votes, gaz)))
            else:
                cs = sorted(cs, key=lambda i: -(doc_score[r.key][i] + _prior(i, votes, gaz)))
        chosen[n] = cs[0]
    _outvoted(raws, chosen, local, gaz)
    _abroad(raws, chosen, local, gaz)
    _contained_elsewhere(raws, chosen, gaz)
    located = [gaz.places[c] for c in chosen if c and gaz.places[c].lat is not None]
    for n, pid in enumerate(chosen):
        if pid and _stray(gaz.places[pid], located, gaz):
            chosen[n] = None
    return [_final_place(r, pid, raws, chosen, gaz) for r, pid in zip(raws, chosen)], dropped


OUTVOTE_MIN = 2  # mentions of the document's governorate that outvote a lone village elsewhere


def _outvoted(raws: list[Raw], chosen: list[str | None], local: list[dict[str, float]], gaz: Gazetteer) -> None:
    """A village whose governorate nothing else in the document names, in a document about
    another governorate (OUTVOTE_MIN mentions or more), is a local place the gazetteer lacks.

    'منطقة عطيرة' in a report on the Lattakia mountains is not the Aleppo village
    of that name: it stays unknown, with the document's governorate; nor is
    'الحصان' among Deir-ez-Zor villages the Lattakia sub-district.
    """
    govs = [(r.key, gaz.places[c].admin1) for r, c in zip(raws, chosen)
            if c and gaz.places[c].admin1 and gaz.places[c].level != "country"]
    total = Counter([a for _, a in govs])
    for n, (r, pid) in enumerate(zip(raws, chosen)):
        if not pid:
            continue
        place = gaz.places[pid]
        if place.level not in ("community", "subdistrict") or gaz.rank[pid] > 1 or not place.admin1 \
                or max(local[n].values(), default=0) >= 40:
            continue
        votes = total - Counter([a for k, a in govs if k == r.key])
        lead = votes.most_common(1)
        if votes[place.admin1] == 0 and lead and lead[0][1] >= OUTVOTE_MIN:
            chosen[n], r.hint_admin1 = None, lead[0][0]


def _abroad(raws: list[Raw], chosen: list[str | None], local: list[dict[str, float]], gaz: Gazetteer) -> None:
    """A name shared with a Syrian place, in a story set abroad, is the place abroad.

    The country abroad comes from the words around the mention: a nationality
    adjective right after it ('موقع المالكية الإسرائيلي'), the unit named right
    after it as its container ('بلدة سكينية بقضاء سنجار', 'قرية الصفرة جنوب
    غربي كركوك'), or, for a minor village with no Syrian place near it, the
    country that the places the document locates are mostly in. The place
    abroad is the namesake there when the gazetteer has one; otherwise the
    mention becomes an unknown place with that country (context_country).
    """
    for n, r in enumerate(raws):
        pid = chosen[n]
        if pid is not None and (gaz.places[pid].country != "SY"
                                or gaz.places[pid].level not in ("community", "neighbourhood")):
            continue
        if pid is None and not r.class_word:
            continue
        camp = r.class_word == "مخيم" or r.key.startswith("مخيم ")  # 'مخيم اليرموك الفلسطيني' is in Syria
        country = r.nisba if r.nisba != "SY" and not camp else None
        m = n + 1  # past the list's other unknown members: 'منطقتي قنديل وأسوس شمالي العراق'
        while (r.class_word in LIST_CLASSES and m < len(raws) and chosen[m] is None and raws[m - 1].next_tight
               and raws[m].class_word == r.class_word):
            m += 1
        if country is None and raws[m - 1].next_tight and m < len(raws) and chosen[m] and not raws[m].deixis and (
                pid is None or gaz.rank[pid] < 4):
            nxt = gaz.places[chosen[m]]
            country = nxt.country if nxt.country != "SY" else None
        if country is None and pid is None:
            country = _section_country(raws, chosen, n, gaz)
        if country is None and (pid is None or _minor_syrian(pid, gaz)) and max(local[n].values(), default=0) < 40:
            country = _document_abroad(raws, chosen, n, gaz)
        if country is None:
            continue
        there = [i for i in r.ids if gaz.places[i].country == country]
        if pid is None and not there:
            r.hint_country = r.hint_country or country
            continue
        chosen[n] = max(there, key=lambda i: gaz.rank[i]) if there else None
        if chosen[n] is None:
            r.hint_country = country


def _contained_elsewhere(raws: list[Raw], chosen: list[str | None], gaz: Gazetteer) -> None:
    """A village named with its container in a far governorate ('قرية هداج في ريف الحسكة', when
    the gazetteer's only هداج is in Hama) is a namesake it lacks: an unknown place there. A
    village near the line ('أورم الكبرى بريف إدلب', in Aleppo) is the reporter's loose container."""
    for n, r in enumerate(raws[:-1]):
        pid, outer_id = chosen[n], chosen[n + 1]
        if pid is None or outer_id is None or not r.next_tight:
            continue
        place, outer = gaz.places[pid], gaz.places[outer_id]
        if place.level == "community" and place.country == "SY" and place.lat is not None \
                and outer.country == "SY" and outer.level in _CONTAINERS and outer.admin1 \
                and place.admin1 != outer.admin1:
            seat = next((gaz.places[c] for g, c in gaz.capitals.items() if gaz.places[g].admin1 == outer.admin1
                         and gaz.places[g].country == "SY"), None)
            if seat is not None and seat.lat is not None and _km(place, seat) > FAR_CONTAINER_KM:
                chosen[n], r.hint_admin1 = None, outer.admin1


_CONTAINERS = frozenset({"governorate", "district", "subdistrict", "region"})
FAR_CONTAINER_KM = 100  # from the container governorate's seat: further is no loose wording


SECTION_CHARS = 300  # how far back 'وفي لبنان،' may open the passage of an unknown place


def _section_country(raws: list[Raw], chosen: list[str | None], n: int, gaz: Gazetteer) -> str | None:
    """The country abroad that opens the passage of an unknown place: in 'وفي لبنان، قتل 4 ... في بلدة
    عيترون الجنوبية' the last place located before it is Lebanon itself, with no place between."""
    for m in range(n - 1, -1, -1):
        o, pid = raws[m], chosen[m]
        if raws[n].start - o.end > SECTION_CHARS:
            return None
        if pid is None:
            continue
        place = gaz.places[pid]
        if place.level == "country" and place.country != "SY" and o.locative and not o.compass:
            return place.country
        return None
    return None


def _minor_syrian(pid: str, gaz: Gazetteer) -> bool:
    place = gaz.places[pid]
    return place.country == "SY" and gaz.rank[pid] <= 1 and place.level in ("community", "neighbourhood")


def _document_abroad(raws: list[Raw], chosen: list[str | None], n: int, gaz: Gazetteer) -> str | None:
    """The country abroad that the document's located places are mostly in (None when Syria leads)."""
    key = raws[n].key  # the mention itself and its other mentions don't vote
    votes = Counter([gaz.places[pid].country for o, pid in zip(raws, chosen)
                     if pid is not None and o.key != key and o.locative])
    if not votes:
        return None
    (top, k), = votes.most_common(1)
    return top if top in NEIGHBOURS and k >= 2 and k > votes["SY"] else None


# countries whose villages share names with Syrian ones and whose wars the press reports place by place
NEIGHBOURS = frozenset({"IQ", "LB", "TR", "IL", "PS", "IR", "JO"})
STRAY_KM = 100
# names of features every area has (hills, springs, ruins, farms, wells, valleys)
LANDMARK_HEADS = ("تل", "جبل", "عين", "خربه", "مزرعه", "بئر", "بير", "وادي", "رسم", "تله")


def _stray(place: Place, located: list[Place], gaz: Gazetteer) -> bool:
    """A hill, spring or farm name whose only namesake is a village far (> STRAY_KM)
    from every other place the document locates.

    'محور تل السمن' in a report on Dar'a is a local hill, not the village of
    that name in Al-Hasakeh.
    """
    if (gaz.rank[place.id] > 1 or place.level != "community" or place.lat is None
            or clean(place.name_ar).split(" ")[0] not in LANDMARK_HEADS):
        return False
    others = [p for p in located if p.id != place.id and p.country == "SY" and p.level != "country"]
    return bool(others) and min(_km(place, p) for p in others) > STRAY_KM


def _km(a: Place, b: Place) -> float:
    dlat, dlon = math.radians(b.lat - a.lat), math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat)) * math.sin(dlon / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@cache
def _filter(ids: tuple[str, ...], class_word: str | None, gaz: Gazetteer) -> tuple[str, ...]:
    """Candidates the class word allows; a bare name means the settlement, not the admin unit.

    Once per name and class word: most documents name the same places again.
    """
    if class_word in ABROAD_CLASSES:  # 'قضاء صور' is Tyre's district, never the Dar'a village
        abroad = tuple(i for i in ids if gaz.places[i].country != "SY")
        if abroad or class_word == "قضاء":  # ISIS's 'ولاية حمص' is the Syrian governorate
            ids = abroad
    levels = {i: gaz.places[i].level for i in ids}
    want = {"محافظه": ("governorate",), "ناحيه": ("subdistrict",), "منطقه": ("district",),
            "حي": ("neighbourhood",), "احياء": ("neighbourhood",)}.get(class_word or "")
    want = ABROAD_CLASSES.get(class_word or "", want)
    if class_word in ("مدينه", "بلده", "قريه", "مخيم"):
        want = SETTLEMENTS
    if want and any(levels[i] in want for i in ids):
        ids = tuple(i for i in ids if levels[i] in want)
        if class_word == "مدينه" and any(gaz.rank[i] >= 3 for i in ids):
            # 'بمدينة الرمادي' is Iraq's city, not the Deir-ez-Zor village of that name
            ids = tuple(i for i in ids if gaz.rank[i] >= 3)
        return ids
    if class_word in ("محافظه", "ناحيه") or class_word in ABROAD_CLASSES:
        return ids
    countries = tuple(i for i in ids if levels[i] == "country")
    if countries and all(levels[i] == "country" or gaz.places[i].country == "SY" for i in ids):
        return countries  # 'إيران وتركيا وقطر' is Qatar, not the Aleppo village قطر (which takes 'قرية')
    if any(levels[i] not in UNITS for i in ids):
        ids = tuple(i for i in ids if levels[i] not in UNITS)
    if any(gaz.rank[i] >= 4 for i in ids):  # القنيطرة is the city, not a quarter of Dar'a named after it
        ids = tuple(i for i in ids if levels[i] != "neighbourhood")
    if any(gaz.rank[i] >= 5 for i in ids):  # اللاذقية is the governorate's capital, not a village GeoNames also calls so
        ids = tuple(i for i in ids if gaz.rank[i] >= 5 or levels[i] in UNITS)
    return ids


def _allowed(r: Raw, pid: str, cities: set[str], gaz: Gazetteer) -> set[str]:
    """A neighbourhood stays a candidate when its city is in the document or حي says so."""
    place = gaz.places[pid]
    known = gaz.rank[pid] >= 2  # named in aliases.tsv: 'برزة' is Barzeh of Damascus
    return {pid} if r.class_word in ("حي", "احياء") or place.parents[0] in cities or known else set()


def _local(pid: str, near: list[tuple[int, str]], gaz: Gazetteer) -> float:
    """How well the places named nearby support *pid*: inside one of them, or in its governorate."""
    place = gaz.places[pid]
    best = 0.0
    for dist, other in near:
        o = gaz.places[other]
        if other != pid and contains(o, place):
            best = max(best, 100 - dist / 10)
        elif o.admin1 and o.admin1 == place.admin1:
            best = max(best, 40 - dist / 10)
    return best


def _prior(pid: str, votes: Counter, gaz: Gazetteer) -> float:
    """Bigger places and the document's governorate (or country) first."""
    place = gaz.places[pid]
    total = sum(votes.values()) or 1
    return gaz.rank[pid] + (2 if place.country == "SY" else 0) + 20 * votes[place.admin1 or place.country] / total


def _final_place(r: Raw, pid: str | None, raws: list[Raw], chosen: list[str | None], gaz: Gazetteer) -> Place | None:
    """The chosen place, or the region it makes: ريف X, its direction, a city's quarters."""
    if pid is None:
        return None
    place = gaz.places[pid]
    if pid.startswith("R-city-"):
        return _city_part(r, place, raws, chosen, gaz)
    if r.class_word == "قضاء" and place.level == "city":  # 'قضاء سنجار': the district of the town
        return Place(f"D-{pid}", place.name_ar, place.name_en, "district", "district", None, place.country, None,
                     place.lat, place.lon, place.parents)
    if r.compass:  # 'جنوبي سوريا' is the country itself; 'جنوب دمشق' a region by the city
        return place if place.level == "country" else _directed(place, r.direction or "", gaz)
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


def _list_siblings(raws: list[Raw], places: list[Place | None]) -> None:
    """An unknown member of a list after a plural class word lies where its known members do:
    'بلدتي كفركلا والخيام' puts الخيام in Lebanon with كفركلا."""
    for n, (r, p) in enumerate(zip(raws, places)):
        if p is not None or r.class_word not in LIST_CLASSES or r.hint_admin1 or r.hint_country:
            continue
        for m in range(n - 1, -1, -1):
            o, q = raws[m], places[m]
            if o.class_word != r.class_word or r.outer - o.end > NEAR_CHARS:
                break
            if q is not None and q.level != "country":
                if q.country == "SY":
                    r.hint_admin1 = q.admin1
                else:
                    r.hint_country = q.country
                break


def _context_admin1(t: str, r: Raw, raws: list[Raw], places: list[Place | None], main_gov: str | None) -> str | None:
    """The governorate the text gives right after an unknown place ('قرية X بريف إدلب'), or, after a
    class word, the one the whole text is about ('هجوم في محافظة درعا' ... 'في قرية زينون')."""
    for o, p in zip(raws, places):
        if p is not None and p.admin1 and r.end <= o.outer <= r.end + NEAR_CHARS // 2 and _same_sentence(t, r, o):
            return p.admin1
    if not r.class_word:
        return None
    # 'وفي الحسكة، تواصلت المعارك ... في حي النشوة': a place named before it in the sentence as
    # where things happen (not 'اتهمت دمشق', the government, nor 'قرب دمشق', outside it)
    before = [p for o, p in zip(raws, places) if p is not None and p.admin1 and 0 <= r.outer - o.end <= NEAR_CHARS
              and _inside_cue(t, o) and _same_sentence(t, o, r)]
    return before[-1].admin1 if before else main_gov


def _inside_cue(t: str, o: Raw) -> bool:
    """Is *o* introduced as the place things happen in ('في الحسكة', 'بحلب')?"""
    return prev_word(t, o.outer)[1] in _IN or t[o.outer:o.start].endswith("ب")


_IN = frozenset(("في", "وفي"))


def _main_governorate(places: list[Place | None]) -> str | None:
    """The governorate the text is mostly about (named twice as often as any other), if it names
    that province or its countryside at least once."""
    named = Counter(p.admin1 for p in places if p is not None and p.country == "SY" and p.admin1)
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    gov = ranked[0][0]
    broad = any(p is not None and p.admin1 == gov and p.precision in ("governorate", "region", "district")
                for p in places)
    return gov if broad else None


def _context_country(t: str, r: Raw, raws: list[Raw], places: list[Place | None]) -> str | None:
    """The country abroad the text gives right after an unknown place ('بلدة بنت جبيل جنوبي لبنان')."""
    for o, p in zip(raws, places):
        if p is not None and r.end <= o.outer <= r.end + NEAR_CHARS // 2 and _same_sentence(t, r, o):
            return p.country if p.country != "SY" else None
    return None


def _same_sentence(t: str, r: Raw, o: Raw) -> bool:
    """No full stop or line break between the end of *r* and *o* ('حي الموكامبو.\nوفي ريف اللاذقية')."""
    gap = t[r.end:o.outer]
    return "." not in gap and "\n" not in gap


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
    if outer.id.startswith("D-"):  # a district named after its town ('قضاء سنجار') holds the town
        return inner.id == outer.id[2:] or outer.id[2:] in inner.parents
    if outer.members:  # a named region: 'الغوطة الشرقية' holds Duma, Harasta, Kafr Batna ...
        return any(m == inner.id or m in inner.parents for m in outer.members)
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
    if direction and inner.level == "region":
        town = gaz.places.get(inner.id.removeprefix("R-").partition("-rif")[0])
        if town is None or town.level != "community":
            return False  # 'ريف إدلب الجنوبي' and 'ريف إدلب الجنوبي الشرقي' are two countrysides, side by side
        inner = town  # 'بادية السخنة بريف حمص الشرقي': a town's countryside lies where the town does
    if direction in _SECTORS and None not in (centre.lat, inner.lat):
        bearing = math.degrees(math.atan2((inner.lon - centre.lon) * math.cos(math.radians(centre.lat)),
                                          inner.lat - centre.lat)) % 360
        return abs((bearing - _SECTORS[direction] + 180) % 360 - 180) <= 67.5
    return True
