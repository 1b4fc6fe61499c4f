"""Which of a clause's place mentions are the places of its events (codebook §3, §5).

The geocoder finds every place the text names; a coder then sets aside the
ones that only describe something else: the seat of a source, a country
across a border, the town that merely contains the neighbourhood hit, the
launch site of the fire, a capital standing for its government.
"""

from __future__ import annotations

from marsad.extractor.analysis import Analysis, Clause, dateline
from marsad.extractor.attribution import THAT_FOLDED, THAT_RE
from marsad.geo import PlaceMention
from marsad.geo.matcher import COMPASS
from marsad.text.normalize import fold

COARSE = ("governorate", "region", "country", "district", "subdistrict")


_BORDER = ("الحدود مع", "حدود", "الحدوديه مع", "الحدود")


_RELATION = ("قرب", "بالقرب من", "مشارف", "اطراف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
             "شرقي", "غربي", "شمال شرقي", "شمال غربي", "جنوب شرقي", "جنوب غربي", "للعاصمه", "العاصمه",
             "مع", "جنوب شرق", "شمال شرق", "جنوب غرب", "شمال غرب", "وسط",
             # 'قرية الزركة التابعة لناحية الرشاد': the unit a village belongs to
             "التابعه", "التابع", "التابعه اداريا", "التابع اداريا")


_LOCATIVE = tuple(fold(w) for w in ("في", "ب", "على", "قرب", "من", "إلى", "داخل", "عند", "محيط", "أطراف",
                                     # a post named after its place: 'موقع المالكية'، 'ثكنة زرعيت'
                                     "موقع", "ثكنة", "مستوطنة", "قاعدة", "معسكر"))


_NOT_THE_SCENE = tuple(fold(w) for w in (
    "يتخذ من", "ومقره في", "مقره في", "من أبناء", "أبناء", "من أهالي", "ينحدر من", "ينحدرون من", "المنحدر من",
    # where the fire came from, not where it fell
    "متمركزين في", "المتمركزين في", "المتمركزة في", "انطلاقا من", "أطلقت من", "أطلقوا من", "مصدرها",
    # the far end of a road cut: 'قطع الطريق بينها وبين مدينة دير الزور'; the ends a road joins
    "بينها وبين", "بينه وبين", "بينهم وبين", "يصل بين", "الواصل بين", "يربط بين", "الرابط بين",
    # where the wounded were taken (where fighters fled to: _fled_to)
    "نقلوا إلى", "نقل إلى", "نقلت إلى", "نقلهم إلى", "نقله إلى", "فر إلى", "بالفرار إلى"))


_CAPITAL = (fold("العاصمة"), fold("عاصمة"))
_LIES = tuple(fold(w) for w in ("الذي يقع", "التي تقع", "الذي يقع في", "التي تقع في", "تقع في", "يقع في",
                                 "الواقعة", "الواقع", "الواقعة في", "الواقع في"))
_BETWEEN = fold("بين")


def inside(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Is *inner* a place within *outer* (for summary and detail, §5)?"""
    from marsad.geo import contains

    if outer.place is None:
        return False
    if inner.place is None:
        # an unknown village "بريف درعا" lies inside Dar'a governorate
        loc = inner.location()
        if outer.place.level == "country":  # ... and 'شمال شرق سوريا' holds it too
            return loc.admin1 is not None and loc.country == outer.place.country
        if loc.country not in (None, "SY") and loc.country == outer.place.country and (
                _named_after(inner, outer) or (outer.place.precision in ("governorate", "region")
                                               and not _named_together(inner, outer))):
            return True  # abroad, the unit named right after it, or a region of that country ('قطاع غزة')
        return loc.admin1 is not None and outer.place.precision in ("governorate", "region") \
            and outer.place.admin1 == loc.admin1
    if contains(outer.place, inner.place):
        return True
    if inner.place.country != "SY" and inner.place.parents[:1] == outer.place.parents[:1] != () \
            and outer.place.level in ("city", "community") and _named_after(inner, outer):
        return True  # 'قاعدة حرير الأمريكية في أربيل': the province named by its capital
    if outer.place.level == "country":
        return inner.place.country == outer.place.country
    return outer.place.precision in ("governorate", "region") and outer.place.admin1 == inner.place.admin1 \
        and inner.place.precision not in ("governorate", "region", "country")


def _named_after(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Is *outer* named right after *inner*, as its container ('حرير الأمريكية في أربيل')?"""
    return 0 <= outer.outer_start - inner.end <= 20


def event_places(a: Analysis, clause: Clause, blocked: list[tuple[int, int]]) -> list[PlaceMention]:
    """The places a clause reports events at.

    Dropped: a place inside an actor or source name (قوات سوريا الديمقراطية);
    a place across a border (الحدود مع تركيا); a place that only locates the
    previous one (الغوطة الشرقية، قرب دمشق); a foreign place named beside a
    Syrian one, or not as a location at all (a capital standing for its
    government); and a place that merely contains another place of the clause
    (بلدة اعزاز بريف حلب → اعزاز).
    """
    places: list[PlaceMention] = []
    aside: PlaceMention | None = None  # the last place set aside whose list mates go with it
    for p in a.places_in(clause.start, clause.end):
        if any(s <= p.start and p.end <= e for s, e in blocked):
            continue
        before = a.before(p.outer_start, 14)
        if aside is not None and _joined(a, aside, p):
            aside = p
            continue  # "باتجاه مخيم اليرموك وحي التضامن"، "يصل بين حلب ودمشق": the list goes with its head
        if before.endswith(_BORDER) or _backing(before) or before.endswith(_NOT_THE_SCENE) or _launched_from(a, p):
            aside = p
            continue  # "يتخذ من لندن مقراً له"، "من أبناء مدينة شهبا": a seat or a home town, not the scene
        if _fled_to(a, clause, p, before):
            aside = p
            continue  # "انسحب أفراد التنظيم باتجاه مخيم اليرموك": where they went, not the fight
        if before.endswith(_LIES):
            continue  # "في الإقليم الذي يقع جنوب البلاد": where the thing just named lies, not a scene
        if places and p.outer_start - places[-1].end <= 60 and not a.text.startswith("و", p.outer_start) and (
            before.endswith(_RELATION) or fold(p.name).split()[0] in COMPASS
        ):
            continue  # "منطقة التركمان شمال شرقي الرقة": the second place only locates the first
        if places and _spans_to(a, places[-1], p):
            continue  # "بين بلدتي عيناتا وعيترون"، "طريق القامشلي - عامودا": one spot, named by the first
        if places and _container_of(a, places[-1], p):
            continue  # "حي العباسيين بدمشق"، "الحلة بمحافظة بابل": the second place holds the first
        if _describes_name(a, p):
            continue  # "مكتب حاكم إقليم هاتاي": where the source sits, not the scene
        if _speaker_seat(a, clause, p):
            continue  # "وقال مراسل العربي الجديد في إدلب إن قوات النظام استهدفت أطراف بلدة النيرب"
        if dateline(a.text, p) and len(a.places_in(*a.sentences[clause.sentence])) > 1:
            continue  # "غزة - وفا: استشهد خمسة مواطنين ... في حي الجنينة": filed from Gaza, the scene is named
        places.append(p)
    places = _drop_landmarks(a, places)
    if len(places) > 1 and _section_header(a, clause, places[0]):
        places = places[1:]  # "وفي جنوب دمشق، قتل 22 ... في محافظة السويداء": the header only frames the report
    syrian = [p for p in places if p.place is None or p.place.country == "SY"]
    if syrian:
        # ... but the known members of a list abroad stay with its unknown mates: 'منطقتي قنديل وأسوس',
        # 'بلدات كفركلا والعديسة ومركبا'
        places = [p for p in places if p in syrian or any(
            q.place is None and q.location().country == p.place.country for q in _list_of(a, places, p))]
    places = [p for p in places if not _metonym_risk(p) or _locative(a, p)]
    # a place abroad in a Syria story is an event's place only with a specific cue, a toll or a
    # military target in its clause ('هاجم مسلحون موقعا عسكريا في ولاية هكاري')
    specific = any(h.label != "none" and "weak" not in h.flags for h in a.cues("event_types", clause.start, clause.end)) \
        or bool(a.cues("casualties", clause.start, clause.end)) \
        or _assaults_post(a, clause)
    places = [p for p in places if p.place is None or p.place.country == "SY" or specific]
    if len(places) <= 1:
        return places
    specific = [p for p in places if p.place is None or p.place.precision not in COARSE]
    kept = []
    for p in places:
        if p.place is not None and p.place.precision in COARSE and specific:
            if p.place.level == "country" or any(inside(q, p) for q in specific):
                continue
        kept.append(p)
    # a city named only as the container of a neighbourhood of it
    return [p for p in kept if not any(q is not p and q.place and p.place and q.place.level == "neighbourhood"
                                       and p.place.id in q.place.parents for q in kept)]


def _assaults_post(a: Analysis, clause: Clause) -> bool:
    """'هاجم مسلحون موقعا عسكريا'، 'هجوم على حاجز': an attack word with a military post or
    convoy as its object (§4: an armed attack on a post is a clash)."""
    posts = [t for t in a.cues("targets", clause.start, clause.end) if t.label == "military" and "person" not in t.flags]
    return any(h.label == "armed_clash" and 0 <= t.word_start - h.end <= _OBJECT_REACH
               for h in a.cues("event_types", clause.start, clause.end) for t in posts)


_OBJECT_REACH = 40  # characters from an attack word to the post it names as its object


def _list_of(a: Analysis, places: list[PlaceMention], p: PlaceMention) -> list[PlaceMention]:
    """The places named in one list with *p* ('كفركلا والعديسة ومركبا'): neighbours joined by و or a comma."""
    i = places.index(p)
    lo = hi = i
    while lo > 0 and _joined(a, places[lo - 1], places[lo]):
        lo -= 1
    while hi + 1 < len(places) and _joined(a, places[hi], places[hi + 1]):
        hi += 1
    return places[lo:i] + places[i + 1:hi + 1]


def _fled_to(a: Analysis, clause: Clause, p: PlaceMention, before: str) -> bool:
    """Is *p* where fighters withdrew or people fled to ('انسحب أفراد التنظيم باتجاه X')?"""
    if before.split()[-1:] not in _TOWARD:
        return False
    words = fold(a.text[max(clause.start, p.outer_start - _FLED_REACH):p.outer_start]).split()
    return any(w.lstrip("و").startswith(_WITHDRAWAL) for w in words)


_TOWARD = [[fold(w)] for w in ("باتجاه", "نحو", "إلى")]
_WITHDRAWAL = tuple(fold(w) for w in ("انسحب", "فروا", "فرت", "هربوا", "هرب", "نزحوا", "نزح", "لاذوا"))
_FLED_REACH = 40  # characters back from the place to the verb of withdrawal


def _named_together(a: PlaceMention, b: PlaceMention) -> bool:
    """Are two mentions named side by side ('منطقتي قنديل وأسوس'): list mates, not a whole and its part?"""
    return min(abs(a.outer_start - b.end), abs(b.outer_start - a.end)) <= _LIST_GAP


def _spans_to(a: Analysis, first: PlaceMention, second: PlaceMention) -> bool:
    """Is *second* the far end of a stretch that starts at *first* ('بين X وY', 'طريق X - Y')?"""
    lead = a.before(first.outer_start, 12).split()[-1:]
    if lead == [_BETWEEN]:
        return _joined(a, first, second)
    gap = fold(a.text[first.end:second.outer_start]).strip()
    return bool(lead) and lead[0] in _ROADS and gap in ("-", "–", "—", "الي", "و")  # 'طريق بانياس إلى قلعة المضيق'


_ROADS = frozenset(fold(w) for w in ("طريق", "الطريق", "أوتوستراد", "الأوتوستراد", "اوتستراد"))


def _joined(a: Analysis, first: PlaceMention, second: PlaceMention) -> bool:
    return 0 <= second.outer_start - first.end <= _LIST_GAP and a.text[first.end:second.outer_start].strip(" ،,و") == ""


_LIST_GAP = 3  # characters between two members of a list: ' و', '، '


def _section_header(a: Analysis, clause: Clause, p: PlaceMention) -> bool:
    """Does *p* open its sentence as 'وفي X،' (the region a report is filed under)?"""
    opener = fold(a.text[clause.start:p.outer_start]).strip()
    return clause.start == a.sentences[clause.sentence][0] and opener in ("وفي", "في") \
        and a.text[p.end:p.end + 2].lstrip().startswith(("،", ","))


_FRONT = ("محور", "محاور", "جبهه", "جبهات")


_IN_SETTLEMENT = ("في مدينه", "بمدينه", "في بلده", "ببلده", "في قريه", "بقريه", "في محيط مدينه",
                  "في محيط بلده", "في حي", "بحي")


def _container_of(a: Analysis, first: PlaceMention, second: PlaceMention) -> bool:
    """Is *second* named right after *first* as the place that contains it (X بـY، X في Y)?"""
    gap = fold(a.text[first.end:second.outer_start]).strip(" ،,")
    words = gap.split()
    if len(words) in (2, 3) and words[-1] == "في" and all(w.endswith(("يه", "ي")) for w in words[:-1]):
        gap = "في"  # 'قاعدة حرير الأمريكية في أربيل': an adjective of the first place, then its container
    glued = fold(a.text[second.outer_start:second.start]).strip()
    if not (gap == "في" or (not gap and glued.startswith("ب"))):
        return False
    if first.place is None:
        return second.place is not None and second.place.precision != "neighbourhood"
    if second.place is None:
        return False
    if second.place.precision == "region" and fold(second.name).startswith("ريف") \
            and first.place.admin1 is not None and first.place.admin1 == second.place.admin1:
        return True  # 'بجبل الأكراد في ريف اللاذقية الشمالي': a countryside holds the area named in it
    return inside(first, second) or _SPECIFIC.get(first.place.precision, 9) < _SPECIFIC.get(second.place.precision, 9)


_SPECIFIC = {"neighbourhood": 0, "community": 1, "subdistrict": 2, "district": 3, "region": 4, "governorate": 5,
             "country": 6}


def _drop_landmarks(a: Analysis, places: list[PlaceMention]) -> list[PlaceMention]:
    """Front axes and landmarks are no places of their own (§3): "محاور تل
    السمن ومحور التابلين في محيط مدينة طفس" is at طفس, "منطقة المسلخ ... في
    مدينة السويداء" at السويداء."""
    settled = [q for q in places if q.place is not None and q.place.precision in ("community", "neighbourhood")
               and fold(a.text[max(0, q.outer_start - 14):q.start]).strip().endswith(_IN_SETTLEMENT)]
    if not settled:
        return places
    kept = []
    for p in places:
        later = [q for q in settled if q.start > p.end]
        front = a.before(p.outer_start, 8).endswith(_FRONT)
        if later and (front or p.place is None):
            continue
        kept.append(p)
    return kept


def _describes_name(a: Analysis, p: PlaceMention) -> bool:
    """A place right after a source ("مدير مركز الدفاع المدني في ريف دمشق"، "مكتب حاكم
    إقليم هاتاي") says where the source sits. (Not after an actor: "قوات النظام في
    مدينة حماة" is where the event is.)"""
    near = a.cues("sources", p.outer_start - 30, p.outer_start)
    if not near:
        return False  # most places: no source named just before, nothing more to read
    actors = [(h.start, h.end) for h in a.cues("actors", p.outer_start - 60, p.outer_start)]
    said = [c.end for c in a.cues("context", p.outer_start - 100, p.outer_start) if c.label == "attribution"]
    sources = a.cues("sources", p.outer_start - 60, p.outer_start)
    hit = [t for t in a.cues("targets", p.outer_start - 60, p.outer_start)  # what was hit, not who says so
           if not any(s.start <= t.start and t.end <= s.end for s in sources)]
    for h in near:
        if any(s <= h.start and h.end <= e for s, e in actors):
            continue  # an armed group that may speak for itself ('كتائب حزب الله'), but here is where it fights
        if h.pattern.endswith(_ARMY) and not any(0 <= h.word_start - end <= _SAID_REACH for end in said):
            continue  # an army not speaking here: 'هاجم مسلحون حاجزا للجيش في بلدة جاسم' is where the post is
        if a.before(h.word_start, 12).split()[-1:] in _OWNED or any(
                0 <= h.word_start - t.end <= 2 or t.start < h.start and h.end <= t.end for t in hit):
            continue  # 'سيارة إسعاف تابعة للدفاع المدني في سراقب', 'قافلة للهلال الأحمر في دوما': what was hit
        gap = fold(a.text[h.end:p.outer_start]).split()
        if len(gap) <= 2 and all(w in _NAME_GLUE for w in gap):
            return True
    return False


_SAID_REACH = 12  # characters from a verb of saying to the army it introduces ('قال الجيش')
# the word before an organisation that makes it the owner of what was hit, not a speaker
# (not its teams or members: 'تواصل فرق الدفاع المدني في ريف دمشق انتشال الجثث' is where they work)
_OWNED = [[fold(w)] for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعا", "تدعمه", "تدعمها", "يدعمه", "يدعمها",
                              "مركزا", "مقرا", "سيارة", "سيارات", "منظمة")]
_ARMY = "جيش"  # the army as a source word ('قال الجيش'); a ministry ('وزارة الدفاع في دمشق') sits where it is


def _speaker_seat(a: Analysis, clause: Clause, p: PlaceMention) -> bool:
    """Does *p* stand between a verb of saying and what was said ('قال مراسلنا في إدلب إن ...'), with
    what was said naming a place of its own? Then it is where the speaker is."""
    said = [h for h in a.cues("context", clause.start, clause.end)
            if h.label == "attribution" and h.end <= p.outer_start]
    if not said:
        return False
    before = fold(a.text[said[-1].end:p.outer_start]).split()
    if any(w in THAT_FOLDED for w in before):
        return False
    m = THAT_RE.search(a.text, p.end, clause.end)
    return m is not None and any(q.start >= m.end() and (q.place is None or q.place.level != "country")
                                 for q in a.places_in(p.end, clause.end))




_NAME_GLUE = frozenset(fold(w) for w in ("في", "ب", "إقليم", "محافظة", "منطقة", "مدينة", "ولاية",
                                         # 'مصادر طبية في مشفى حمص المركزي': the hospital that reports
                                         "مشفى", "مستشفى", "بمشفى", "بمستشفى"))


def _launched_from(a: Analysis, p: PlaceMention) -> bool:
    """"قذائف أطلقها مقاتلو المعارضة من الغوطة الشرقية": where the fire came from; so is where
    the accused sit ("اتهمت سانا المجموعات الإرهابية في الغوطة الشرقية بإطلاق القذيفة")."""
    if a.text[p.end:p.end + 12].lstrip(' "»').startswith(_BY_FIRING):
        return True
    if not a.before(p.outer_start, 6).endswith(fold("من")):
        return False
    return fold("أطلق") in a.before(p.outer_start, 50)


_BY_FIRING = ("بإطلاق", "باطلاق")


def _backing(before: str) -> bool:
    """"المدعومة من تركيا"، "الموالية لإيران": a patron, not a place."""
    words = before.split()
    return len(words) >= 2 and words[-1] in ("من", "ل") and words[-2].startswith(("مدعوم", "الموالي", "موالي", "المدعوم"))


def _metonym_risk(p: PlaceMention) -> bool:
    """Names that often stand for a government (دمشق نفت، أنقرة تقول، واشنطن):
    foreign places, countries and the Syrian capital."""
    pl = p.place
    if pl is None:
        return False
    return pl.country != "SY" or pl.level == "country" or (pl.admin1 == "Damascus" and pl.level == "community")


def _locative(a: Analysis, p: PlaceMention) -> bool:
    """Is the place named as a location (في X، بلدة X، العاصمة التركية أنقرة), not as a government?"""
    before = a.before(p.outer_start, 24).split()
    if any(w in _CAPITAL for w in before[-2:]):
        return True  # "وسط العاصمة التركية أنقرة"
    if p.locative or p.class_word or dateline(a.text, p):
        return True
    return bool(before) and before[-1] in _LOCATIVE or a.text[p.outer_start] == "ب" and p.outer_start < p.start


def place_key(p: PlaceMention) -> str:
    """What makes two mentions the same place: the gazetteer id, else the folded name."""
    return p.place.id if p.place is not None else fold(p.name).removeprefix("ال")
