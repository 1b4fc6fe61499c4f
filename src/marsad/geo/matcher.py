"""Finding place mentions: one Aho-Corasick pass over the normalised text.

The automaton holds every folded gazetteer name and every class word. A hit
counts only on word boundaries, after at most a و/ف/ب/ل/ك clitic
(بحلب، وبريف). Overlapping hits are settled longest-first, so 'ريف حلب'
beats 'حلب' and 'بستان القصر' beats 'القصر'. This module only finds; which
place a name means is :mod:`marsad.geo.resolve`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

import ahocorasick

from marsad.geo.gazetteer import Gazetteer, data_rows, load
from marsad.geo.variants import clean
from marsad.text.normalize import fold
from marsad.text.tokens import WordMemo

# letters that can be glued before a word: و ف (and), ب (in), ل (to), ك (like)
CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
# words before a stop-listed name that, with an admin place right after it,
# make it a place: 'في الثورة بريف الرقة'
PREPOSITIONS = frozenset(fold(w) for w in ("في", "على", "قرب", "من", "إلى", "نحو", "باتجاه", "داخل", "حول"))  # folded: إلى is الي
# words that end an unknown name after a class word ('قرية زينون في ...')
NAME_STOPS = frozenset(clean(r[0]) for r in data_rows("namestops.tsv"))
ADMIN_GAP = 2  # an admin place confirming a weak name must follow it at once ('في الضمير بريف دمشق')
# words before a name that make it a location ('في', 'قرب', 'شمال', 'أطراف' ...)
LOCATIVES = frozenset(clean(r[0]) for r in data_rows("locatives.tsv"))
# words that are never a place, not even after a class word ('أحياء المدينة', 'البلاد')
NON_PLACES = frozenset(clean(r[0]) for r in data_rows("nonplaces.tsv"))
# compass words before a big place: 'جنوب دمشق', 'شمال شرقي البلاد'
COMPASS = {clean(w): d for w, d in data_rows("compass.tsv")}
# what 'البلاد' ("the country") is when a compass word makes it a place: the document's country
COUNTRY_DEIXIS = "البلاد"
# generic heads (تل، عين، جبل ...) that name no place alone
NAME_HEADS = frozenset(clean(r[0]) for r in data_rows("nameheads.tsv"))
# nationality adjectives right after a name: 'موقع المالكية الإسرائيلي' is in Israel
NISBA = {clean(w): iso for w, iso in data_rows("nisba.tsv")}
# a nationality adjective as the whole next word, one space on ([^\W_] is exactly str.isalnum):
# one regex match, and most names have none
_NISBA_NEXT = re.compile("[»\"']? ?(" + "|".join(map(re.escape, NISBA)) + r")(?![^\W_])")  # 'زرعيت» الإسرائيلية'
# a river in the genitive right after a name: 'الضفة الغربية لنهر الفرات' is the river's bank
_RIVERS = "|".join(clean(r[0]) for r in data_rows("rivers.tsv"))
_RIVER_BANK = re.compile(rf" *[،,]? *(?:من )?(?:(?:لل|ال)نهر|ل?نهر (?:ال)?(?:{_RIVERS})|(?:لل|ال|ل)(?:{_RIVERS}))(?![^\W_])")
# words before a news outlet's name: 'مراسلة الميادين', 'قناة الجزيرة' name no place
OUTLET_WORDS = frozenset(clean(r[0]) for r in data_rows("outlets.tsv"))
# what may stand between a place and the unit named right after it as its container
# ('بلدة سكينية بقضاء سنجار', 'القليلة في قضاء صور', 'الصفرة جنوب غربي كركوك')
CONTAINER_GAPS = frozenset({"", "في", "،", ","})
# punctuation after which a name opens a clause ('. سوريا تتهم ...')
CLAUSE_MARKS = frozenset('.!?:;"()\n')
QUOTED = ' "\'('  # what may stand between a cue word and the name it introduces
LIST_REACH = 10  # words a list of places may run back to its first member


@dataclass(slots=True)
class Raw:
    """A mention before resolution; offsets in the normalised text."""

    outer: int  # start of the class word or clitic
    start: int  # start of the name
    end: int
    key: str  # folded name found ('' when unknown)
    ids: tuple[str, ...]  # candidate place ids
    class_word: str | None = None
    evidence: str = "gazetteer"
    direction: str | None = None  # 'north' ... for ريف X الشمالي / الريف الشمالي لX
    rif: bool = False  # a countryside region of the place named
    locative: bool = False  # introduced by a class word, a glued ب or a locative word
    cue_word: bool = False  # a class word or a locative word before it (a glued ب alone is not enough)
    head: bool = False  # a generic head plus the next word ('تل البصير'), unknown to the gazetteer
    compass: bool = False  # a direction descriptor: 'جنوب دمشق', 'جنوبي سوريا', 'شمال شرقي البلاد'
    deixis: bool = False  # 'البلاد' after a compass word: the document's country
    hint_admin1: str | None = None  # governorate of an unknown place, set by the resolver
    hint_country: str | None = None  # country abroad of an unknown place, set by the resolver
    nisba: str | None = None  # country of a nationality adjective right after it ('المالكية الإسرائيلي')
    next_tight: bool = False  # the next mention follows at once, as its container ('سكينية بقضاء سنجار')
    outlet: bool = False  # after 'قناة', 'مراسل' ...: a news outlet's name
    base_end: int | None = None  # where the name ends before its direction words ('ريف حلب| الشمالي')
    named: tuple[int, int] | None = None  # words naming the place, when the mention spans only a
    # further direction of it: 'الشمالي الشرقي' in 'ريف السويداء الشرقي والشمالي الشرقي'


@dataclass(frozen=True, slots=True)
class Vocab:
    automaton: ahocorasick.Automaton
    classes: dict[str, tuple[str, bool]]  # class word -> (preferred level, takes unknown names)
    adjectives: dict[str, str]  # direction adjective -> code
    class_of: WordMemo  # word -> strip_clitic(word, classes)


@cache
def vocab() -> Vocab:
    """The automaton over names and class words, built once per process."""
    gaz = load()
    classes = {clean(w): (lvl, take == "yes") for w, lvl, take in data_rows("classwords.tsv")}
    dirs = data_rows("directions.tsv")
    auto = ahocorasick.Automaton()
    for key in gaz.names:
        if key not in classes:  # 'مدينة' is a class word before it is a town in Iraq
            auto.add_word(key, ("name", key))
    for word in classes:
        auto.add_word(word, ("class", word))
    auto.add_word(COUNTRY_DEIXIS, ("deixis", COUNTRY_DEIXIS))
    auto.make_automaton()
    return Vocab(auto, classes, {clean(w): d for w, d in dirs}, _clitic_memo(classes))


# a word and the spaces before it; [^\W_] is exactly str.isalnum (\w also takes '_')
_NEXT_WORD = re.compile(r" *([^\W_]+)")


def word_start(t: str, i: int) -> int:
    """Start of the word that ends at *i* (*i* itself when none does)."""
    while i > 0 and t[i - 1].isalnum():
        i -= 1
    return i


def prev_word(t: str, i: int, skip: str = " ") -> tuple[int, str]:
    """Start and text of the word before position *i* (skipping one run of spaces, or of *skip*)."""
    j = i
    while j > 0 and t[j - 1] in skip:
        j -= 1
    s = t.rfind(" ", 0, j) + 1  # most words follow a space: test the whole run at C speed
    word = t[s:j]
    if not word.isalnum():
        s = word_start(t, j)
        word = t[s:j]
    return s, word


class _WordsBefore(dict):
    """prev_word(t, i, QUOTED) for each position *i* of one text, looked up once: the class word
    and the locative cue of a mention are both read before its start."""

    def __init__(self, t: str) -> None:
        super().__init__()
        self.t = t

    def __missing__(self, i: int) -> tuple[int, str]:
        found = self[i] = prev_word(self.t, i, QUOTED)
        return found


def next_words(t: str, i: int, n: int) -> list[tuple[int, int, str]]:
    """Up to *n* words after *i* on the same clause (stops at punctuation)."""
    out: list[tuple[int, int, str]] = []
    for _ in range(n):
        m = _NEXT_WORD.match(t, i)
        if m is None:
            break
        j, i = m.span(1)
        out.append((j, i, m[1]))
    return out


def strip_clitic(word: str, known: set[str] | dict) -> tuple[str, str] | None:
    """(clitic, rest) when *word* is a known word behind an optional clitic."""
    for n in (0, 1, 2):
        if word[:n] in CLITICS and word[n:] in known:
            return word[:n], word[n:]
    return None


def _clitic_memo(known: frozenset[str] | dict) -> WordMemo:
    """strip_clitic(word, known) for each word once: the same few words stand before most names."""
    return WordMemo(lambda word: strip_clitic(word, known))


_LOCATIVE = _clitic_memo(LOCATIVES)
_OUTLET = _clitic_memo(OUTLET_WORDS)
_COMPASS = _clitic_memo(COMPASS)
_NAME_HEAD = _clitic_memo(NAME_HEADS)


# a name found: (-length with clitics, clitic letters, start, outer, end, key), so that plain
# tuple order (no key function to call) puts the longest span first, then the fewest clitic letters
_Hit = tuple[int, int, int, int, int, str]
_START = attrgetter("start")  # mentions sort by where the name starts


def scan(t: str, gaz: Gazetteer | None = None) -> list[Raw]:
    """All place mentions in normalised text *t*, non-overlapping, in order."""
    gaz = gaz or load()
    voc = vocab()
    hits: list[_Hit] = []
    class_hits: list[tuple[int, int, str]] = []
    n = len(t)
    isalnum = str.isalnum
    clitics = CLITICS
    for end, (kind, key) in voc.automaton.iter(t):
        e = end + 1
        if e < n and isalnum(t[e]):
            continue
        s = e - len(key)
        ws = s  # back over at most two clitic letters (وب، فل ...)
        while ws > 0 and s - ws < 3 and isalnum(t[ws - 1]):
            ws -= 1
        if (ws > 0 and isalnum(t[ws - 1])) or t[ws:s] not in clitics:
            continue
        if kind == "class":
            class_hits.append((ws, e, key))
        else:
            hits.append((ws - e, s - ws, s, ws, e, key))
    chosen = [Raw(ws, s, e, key, ("SY",), deixis=True) if key == COUNTRY_DEIXIS  # the automaton's last word
              else Raw(ws, s, e, key, gaz.names[key], "ريف" if key.startswith("ريف ") else None)
              for _, _, s, ws, e, key in _longest_first(hits, n)]
    before = _WordsBefore(t)
    for r in chosen:
        _site_head(r, gaz)
        _class_in_name(r, gaz)
        _attach_class_word(t, r, before, voc)
        _attach_direction(t, r, voc)
        _attach_compass(t, r, gaz)
    # 'البلاد' only after a compass word; a generic head alone joins the next word, or goes
    chosen = [r for r in chosen if (r.compass or not r.deixis) and (r.key not in NAME_HEADS or _join_head(t, r))]
    chosen += _heads_before_compass(t, chosen)
    further = _more_directions(t, chosen, voc)
    if further:  # 'والجنوبي الشرقي' is a direction there, not the quarter called الجنوبي
        chosen = [r for r in chosen if not any(f.outer < r.end and r.outer < f.end for f in further)] + further
    chosen += _unknown_names(t, class_hits, chosen, voc)
    chosen.sort(key=_START)
    _dual_countryside(t, chosen, gaz)
    prev: Raw | None = None
    ends = {r.end: r for r in chosen}
    for r in chosen:
        word = before[r.outer][1]
        _mark_locative(t, r, word, prev, ends, voc)
        _mark_context(t, r, word)
        prev = r
    kept: list[Raw] = []
    rejected: list[Raw] = []
    for r in chosen:
        (kept if _has_evidence(t, r, chosen, kept, gaz, voc) else rejected).append(r)
    # one sense per document: a village named once with a class or locative word
    # ('في بلدة X') is a place wherever else the text names it bare
    sure = {r.key for r in kept if r.key and r.cue_word}
    back = [r for r in rejected if r.key in sure and r.key not in gaz.weak and r.key not in NON_PLACES
            and not r.outlet]
    for r in back:
        r.evidence = "context"
    out = sorted(kept + back, key=_START) if back else kept
    for a, b in zip(out, out[1:]):
        gap = t[a.end : b.outer].strip()
        a.next_tight = gap in CONTAINER_GAPS and (gap == "في" or bool(b.class_word) or b.compass
                                                  or "ب" in t[b.outer : b.start])
    return out


def _site_head(r: Raw, gaz: Gazetteer) -> None:
    """'مطار الشعيرات', 'قاعدة حميميم': a site named after the village whose point it takes is
    named without its head word (like a class word); 'مطار التيفور', 'مطار دمشق الدولي' keep it."""
    if not _all_sites(r.ids, gaz):
        return
    head, _, rest = r.key.partition(" ")
    site = gaz.places[r.ids[0]]
    if site.lat is not None and any((gaz.places[i].lat, gaz.places[i].lon) == (site.lat, site.lon)
                                    for i in gaz.names.get(rest, ())):  # named after the place whose point it has
        r.start += len(head) + 1  # the mention (outer) still covers the head word
        r.class_word = head


@cache
def _all_sites(ids: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Whether a name names sites only (once per name: every mention asks)."""
    return bool(ids) and all(gaz.places[i].level == "site" for i in ids)


# class words that GeoNames keeps in some alternate names ('قضاء الحويجة', 'مدينة حمص');
# a camp keeps its class word in its name ('مخيم اليرموك', §5), and 'مدينة الصدر' is a name
# whole, since الصدر alone names no place of its own
ADMIN_CLASSES = {clean(w) for w in ("قضاء", "ناحية", "محافظة", "ولاية", "مدينة", "بلدة", "قرية", "حي")}


def _class_in_name(r: Raw, gaz: Gazetteer) -> None:
    """'قضاء الحويجة': an alternate name that starts with a class word of the same place is
    the class word and the name (§5 drops the class word from the name)."""
    head, _, rest = r.key.partition(" ")
    if r.class_word or not rest or head not in ADMIN_CLASSES:
        return
    if set(gaz.names.get(rest, ())) & set(r.ids):
        r.start += len(head) + 1
        r.class_word, r.evidence = head, "class"


def _heads_before_compass(t: str, chosen: list[Raw]) -> list[Raw]:
    """'في وادي الشاي جنوب كركوك': a generic head and its name right before a compass descriptor,
    after a locative word, is a place the gazetteer lacks (the descriptor locates it)."""
    out: list[Raw] = []
    for r in chosen:
        if not r.compass:
            continue
        s1, w1 = prev_word(t, r.outer)
        s0, w0 = prev_word(t, s1)
        if not (w1 and w0 and w1.isalpha() and len(w1) >= 3 and w1 not in NAME_STOPS and w1 not in LOCATIVES):
            continue
        head = _NAME_HEAD[w0]
        if not head or r.outer - s1 - len(w1) > 1 or any(o.outer < r.outer and o.end > s0 for o in chosen):
            continue
        word = prev_word(t, s0)[1]
        if head[0] or _LOCATIVE[word]:
            out.append(Raw(s0, s0 + len(head[0]), s1 + len(w1), "", (), evidence="context", head=True))
    return out


def _mark_context(t: str, r: Raw, before: str) -> None:
    """A nationality adjective after the name; an outlet word as the word *before* it."""
    m = _NISBA_NEXT.match(t, r.end)
    if m is not None:
        r.nisba = NISBA[m[1]]
    if not r.class_word:
        r.outlet = bool(_OUTLET[before])


def _join_head(t: str, r: Raw) -> bool:
    """'تل' (a name head) matched alone: join it to the next word ('تل البصير'), an unknown place;
    alone, drop it."""
    words = next_words(t, r.end, 1)
    if not words or words[0][0] - r.end > 1:
        return False
    w = words[0][2]
    if w in NAME_STOPS or not w.isalpha() or len(w) < 3 or w in LOCATIVES:
        return False
    r.end, r.key, r.ids, r.head = words[0][1], "", (), True
    return True


def _mark_locative(t: str, r: Raw, before: str, prev: Raw | None, ends: dict[int, Raw], voc: Vocab) -> None:
    """Whether *r* is introduced as a location: class word, glued ب, a locative word *before* it,
    or the و of a list whose previous member is one ('في حلب وإدلب')."""
    clitic = t[r.outer : r.start] if not r.class_word else ""
    r.cue_word = (bool(r.class_word) or r.compass or r.key.split(" ")[0] in COMPASS  # 'جنوب دمشق' (an alias)
                  or bool(_LOCATIVE[before]))
    r.locative = r.cue_word or "ب" in clitic
    if not r.locative and clitic.startswith("و"):
        if prev is not None and t[prev.end : r.outer].strip(" ,") == "":
            r.locative = prev.locative
        elif _list_head(t, r.outer, ends, voc) == "class":
            r.cue_word = r.locative = True


def _list_head(t: str, i: int, ends: dict[int, Raw], voc: Vocab) -> str | None:
    """What opens the list that the و-joined name at *i* continues: 'class' for a class word
    ('بلدات دوما وحرستا وحمورية وجسرين'), 'place' for a place found, None when no list.

    Walks back over the members, each a word with و and at most two more words
    ('وأم حسن', 'بلدتي بصر الحرير ومليحة العطش'), names the gazetteer lacks included.
    """
    plain = 0
    for _ in range(LIST_REACH):
        j = i
        while j > 0 and t[j - 1] in " ,":
            j -= 1
        if j in ends:
            return "place"
        s = word_start(t, j)
        w = t[s:j]
        if not w or not w.isalpha():
            return None
        if voc.class_of[w]:
            return "class"
        plain = 0 if w.startswith("و") else plain + 1
        if plain > 2:
            return None
        i = s
    return None


def clause_initial(t: str, i: int) -> bool:
    """Whether position *i* opens the text or a clause (after . ! ? : ; quotes, brackets, newline)."""
    j = i
    while j > 0 and t[j - 1] == " ":
        j -= 1
    return j == 0 or t[j - 1] in CLAUSE_MARKS


def _longest_first(hits: list[_Hit], n: int) -> list[_Hit]:
    """Non-overlapping hits in a text of length *n*, longest span (with clitics) first, then fewest
    clitic letters."""
    taken: list[_Hit] = []
    used = bytearray(n)
    for h in sorted(hits):
        outer, end = h[3], h[4]
        if used.find(1, outer, end) < 0:
            used[outer:end] = b"\x01" * (end - outer)
            taken.append(h)
    return taken


def _attach_class_word(t: str, r: Raw, before: _WordsBefore, voc: Vocab) -> None:
    """'بحي الصاخور': the class word before the name moves outer_start back."""
    if r.outer == r.start:  # no clitic glued to the name itself (بحلب has none before it)
        ps, word = before[r.start]  # 'قرية "كفر بطيخ"'
        found = voc.class_of[word]
        if found:
            r.class_word, r.outer, r.evidence = found[1], ps, "class"
            r.rif = voc.classes[found[1]][0] == "region"  # ريف, جبال, بادية
            if r.rif:  # the codebook keeps ريف in the name: 'ريف عفرين', 'جبال اللاذقية'
                r.start = ps + len(found[0])
    _attach_rif_before(t, r, voc)


def _attach_rif_before(t: str, r: Raw, voc: Vocab) -> None:
    """'الريف الشمالي لحلب', 'الريف الغربي لمدينة حلب': a countryside named before its place."""
    if r.rif or not t.startswith("ل", r.outer):
        return
    s1, w1 = prev_word(t, r.outer)
    s0, w0 = prev_word(t, s1)
    if w1 in voc.adjectives and w0 == "الريف":
        r.direction, r.outer = voc.adjectives[w1], s0
    elif f"{w0} {w1}" in voc.adjectives and prev_word(t, s0)[1] == "الريف":
        r.direction, r.outer = voc.adjectives[f"{w0} {w1}"], prev_word(t, s0)[0]
    else:
        return
    r.rif, r.class_word, r.evidence, r.start = True, "ريف", "class", r.outer


RIF_DUAL = clean("ريفي")  # 'ريفي حماة وإدلب': the countryside of both


def _dual_countryside(t: str, chosen: list[Raw], gaz: Gazetteer) -> None:
    """'ريفي حماة وإدلب': the place joined by و right after the dual is a countryside too."""
    for a, b in zip(chosen, chosen[1:]):
        if a.class_word == RIF_DUAL and not b.class_word and b.outer == a.end + 1 \
                and t[b.outer:b.start] == "و" and _big(b.ids, gaz):
            b.rif, b.class_word, b.evidence = True, RIF_DUAL, "class"


def _attach_direction(t: str, r: Raw, voc: Vocab) -> None:
    """'ريف حلب الشمالي (الشرقي)': a direction after a countryside extends the mention."""
    if not (r.rif or r.key.startswith("ريف ")):
        return
    found = _direction_at(t, r.end, voc)
    if found:
        r.base_end = r.end
        r.direction, r.end = found


def _direction_at(t: str, i: int, voc: Vocab, joined: bool = False) -> tuple[str, int] | None:
    """(direction, end) of the direction words right after *i* ('الشمالي الشرقي'); with
    *joined*, only when they are joined by و ('والشمالي الشرقي')."""
    words = next_words(t, i, 2)
    if joined:
        if not words or not words[0][2].startswith("و"):
            return None
        words[0] = (words[0][0] + 1, words[0][1], words[0][2][1:])
    for n in (2, 1):
        if len(words) >= n:
            phrase = " ".join(w for _, _, w in words[:n])
            if phrase in voc.adjectives:
                return voc.adjectives[phrase], words[n - 1][1]
    return None


def _more_directions(t: str, chosen: list[Raw], voc: Vocab) -> list[Raw]:
    """'ريف إدلب الجنوبي والجنوبي الشرقي': each direction joined by و is a countryside of its own."""
    out: list[Raw] = []
    for r in chosen:
        if not r.direction or r.compass:
            continue
        base = r.end
        while (found := _direction_at(t, base, voc, joined=True)) is not None:
            direction, end = found
            outer = next_words(t, base, 1)[0][0]
            out.append(Raw(outer, outer + 1, end, r.key, r.ids, r.class_word, r.evidence, direction, r.rif,
                           named=(r.start, r.base_end)))
            base = end
    return out


def _attach_compass(t: str, r: Raw, gaz: Gazetteer) -> None:
    """'جنوب دمشق', 'جنوبي سوريا', 'شمال شرقي البلاد': a compass word before a country, a
    governorate or a big city makes one mention, a direction descriptor of it."""
    if r.class_word or r.rif or r.outer != r.start:
        return
    if not (r.deixis or _big(r.ids, gaz)):
        return
    s1, w1 = prev_word(t, r.outer)
    c1 = _COMPASS[w1]
    if not c1:
        return
    direction, outer, start = COMPASS[c1[1]], s1, s1 + len(c1[0])
    s0, w0 = prev_word(t, s1)
    c0 = _COMPASS[w0]
    if c0 and not c1[0] and COMPASS[c0[1]] in ("north", "south") and direction in ("east", "west"):
        direction, outer, start = COMPASS[c0[1]] + direction, s0, s0 + len(c0[0])
    r.direction, r.outer, r.start, r.compass, r.evidence = direction, outer, start, True, "context"


@cache
def _big(ids: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Whether a name names a country, a governorate or a big city (once per name: every mention asks)."""
    return any(gaz.places[i].level in ("country", "governorate")
               or (gaz.rank[i] >= 4 and gaz.places[i].level in ("community", "city")) for i in ids)


def _unknown_names(t: str, class_hits, chosen: list[Raw], voc: Vocab) -> list[Raw]:
    """'قرية زينون': a class word followed by a name the gazetteer lacks."""
    starts = {r.start for r in chosen}
    out: list[Raw] = []
    for ws, e, word in class_hits:
        level, takes = voc.classes[word]
        if not takes:
            if word in LIST_CLASSES and not any(o.start <= ws < o.end for o in chosen):
                out += _unknown_list(t, ws, e, word, starts, voc)
            if word != "ناحيه":  # 'ناحية الرشاد': a definite name after ناحية is a sub-district abroad
                continue
        quoted = t.startswith(' "', e)  # 'ثكنة «زرعيت»': the name in quotes
        words = next_words(t, e + 2 if quoted else e, 2)
        if not words or words[0][0] in starts or words[0][0] - e > (2 if quoted else 1):
            continue
        if any(o.outer <= ws < o.end for o in chosen):
            continue
        first = words[0][2]
        head = first in NAME_HEADS or first == "بني"  # أم الجلاميد, أبو الظهور, بني ملحان: two-word names
        if (first in NAME_STOPS or first in voc.adjectives or not first.isalpha() or (len(first) < 3 and not head)
                or first.startswith("لل") or voc.class_of[first] or _possessed(first, voc)):
            continue
        construct = len(words) > 1 and words[1][2].startswith("ال")
        if word == "ناحيه" and not first.startswith("ال"):
            continue
        if word == "منطقه" and not (first.startswith("ال") or construct):
            continue  # 'منطقة تضم', 'منطقة صحراوية': after منطقة only a definite name or a construct
        end = words[0][1]
        if (len(words) > 1 and head and words[1][2].isalpha() and words[1][2] not in NAME_STOPS
                and words[1][2] not in voc.adjectives and words[1][2] not in COMPASS and words[1][0] not in starts):
            end = words[1][1]  # بنت جبيل, كفر بطيخ: a construct head and its name
        elif (len(words) > 1 and not first.startswith("ال") and words[1][2].startswith("ال")
                and words[1][2] not in NAME_STOPS and words[1][2] not in voc.adjectives
                and words[1][0] not in starts):
            end = words[1][1]  # تل البصير, عين العرب: construct + definite noun
        rif = word == "ريف"
        after = next_words(t, end, 1)
        if word in _VILLAGE_CLASSES and after and after[0][0] - end == 1 and after[0][2] in voc.adjectives:
            end = after[0][1]  # 'قرية الدير الشرقي': the direction is part of a village's own name
        raw = Raw(ws, e - len(word) if rif else words[0][0], end, "", (), word, "class", rif=rif)
        if raw.rif:
            _attach_direction(t, raw, voc)
        out.append(raw)
    return out


_VILLAGE_CLASSES = frozenset(clean(w) for w in ("قرية", "بلدة"))  # whose unknown names may end in a direction


def _possessed(w: str, voc: Vocab) -> bool:
    """'وبلدات بريفها': a class or locative word with a pronoun ('its countryside') names no place."""
    for suffix in ("ها", "هم", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[:-len(suffix)]
            if voc.class_of[stem] or stem in LOCATIVES or _LOCATIVE[stem]:
                return True
    return False


def _name_word(w: str, voc: Vocab) -> bool:
    """Whether word *w* may be (the first word of) a name the gazetteer lacks."""
    bare = w[1:] if w[:1] == "و" and len(w) > 3 else w  # 'ومناطق' continues a list with و
    return (w.isalpha() and w not in NAME_STOPS and bare not in NAME_STOPS and w not in voc.adjectives and w not in COMPASS
            and w not in LOCATIVES and w not in NON_PLACES and not voc.class_of[w] and not _possessed(w, voc)
            and (len(w) >= 3 or w in NAME_HEADS or w == "بني"))


def _unknown_list(t: str, ws: int, e: int, word: str, starts: set[int], voc: Vocab) -> list[Raw]:
    """'منطقتي قنديل وأسوس', 'بلدتي كفركلا والخيام', 'قرى الشبكي والشريحي': after a dual or plural
    class word, each member of the و-list is a place; those the gazetteer lacks are made here."""
    out: list[Raw] = []
    words = next_words(t, e, 2 * LIST_MEMBERS)
    if not words or words[0][0] - e > 1:
        return out
    i, outer, n = 0, ws, 0
    while i < len(words) and n < LIST_MEMBERS:
        s0, e0, w = words[i]
        start = s0 + (1 if n else 0)  # a later member keeps its و outside the name
        name = w[1:] if n else w
        if not _name_word(name, voc) or (n == 0 and word in _PLURALS and name.endswith("يه")):
            break  # 'عدة مدن أوروبية', 'قرى كردية': an indefinite adjective, no name
        end, nxt = e0, i + 1
        two = nxt < len(words) and words[nxt][2].isalpha() and not words[nxt][2].startswith("و")
        if two and (name in NAME_HEADS or name == "بني" or len(name) < 3) and _name_word(words[nxt][2], voc):
            end, nxt = words[nxt][1], nxt + 1  # 'وأم حسن', 'بلدتي كفر كلا'
        if start not in starts and s0 not in starts:
            out.append(Raw(outer, start, end, "", (), word, "class"))
        n += 1
        if nxt >= len(words) or not words[nxt][2].startswith("و") or words[nxt][0] - end > 1:
            break
        i, outer = nxt, words[nxt][0]
    return out


LIST_CLASSES = frozenset(clean(w) for w in ("قرى", "بلدات", "مدن", "مخيمات", "بلدتي", "قريتي", "مدينتي", "حيي",
                                            "بلدتا", "قريتا", "منطقتي", "منطقتا", "أحياء"))
LIST_MEMBERS = 8  # members of a list after a plural class word
_PLURALS = frozenset(clean(w) for w in ("قرى", "بلدات", "مدن", "مخيمات", "أحياء"))


def _has_evidence(t: str, r: Raw, mentions: list[Raw], kept: list[Raw], gaz: Gazetteer, voc: Vocab) -> bool:
    """Whether a match is a place at all.

    - a word of nonplaces.tsv never is ('أحياء المدينة', 'البلاد');
    - nor is a name followed by a river of rivers.tsv ('الضفة الغربية لنهر الفرات');
    - a country name shaped like a nisba adjective ('سورية') is the country only as a
      location or opening a clause: 'مدينة سورية محاصرة' is "a Syrian city";
    - a stop-listed name needs a class word, a place it is listed with ('الشبكي ورامي'),
      or a preposition and an admin place after it;
    - a minor name (an ordinary village or quarter, a generic head plus a word) needs a
      class word, a list, a locative word before it or an admin place right after it:
      a glued ب or ل alone is not enough ('بجراح', 'بصدد', 'لمكتبه', 'قيادات بارزة').
    """
    if r.key in NON_PLACES and not (r.compass and r.deixis):
        return False  # 'غربي المدينة' is west of the town in the story, not of Medina
    if r.outlet:
        return False  # 'مراسلة الميادين', 'قناة الجزيرة'
    if _RIVER_BANK.match(t, r.end):
        return False  # 'الضفة الغربية لنهر الفرات': a bank of the river, not the West Bank

    if r.compass:
        return True
    if r.ids and " " not in r.key and r.key.endswith("يه") and all(gaz.places[i].level == "country" for i in r.ids):
        if r.class_word:
            return False  # 'مدينة سورية'
        if r.key.startswith("ال"):  # 'القوات السعودية' is an adjective, 'قالت السعودية' the country
            return r.locative or not prev_word(t, r.outer)[1].startswith("ال")
        return r.locative or clause_initial(t, r.outer)  # 'قاعدة جوية سورية' vs 'في سورية'
    if r.class_word:
        return True
    weak = r.key in gaz.weak
    if not weak and not (r.head or _minor(r.key, r.ids, gaz)):
        return True
    clitic = t[r.outer : r.start]
    if clitic.startswith("و") and kept and t[kept[-1].end : r.outer].strip(" ,") == "":
        r.evidence = "context"
        return True
    if not weak and r.cue_word:
        return True
    head = _list_head(t, r.outer, {k.end: k for k in kept}, voc) if clitic.startswith("و") else None
    if head and (not weak or head == "class"):
        r.evidence = "context"  # 'قرى المراشدة وأم حسن والشجلة والبوبدران', 'بلدتي كفركلا والخيام'
        return True
    prep = clitic.endswith("ب") or prev_word(t, r.outer)[1] in PREPOSITIONS or not weak
    if not prep:
        return False
    countries = {gaz.places[i].country for i in r.ids}  # 'من زيارة موسكو' holds no Syrian village زيارة
    for o in mentions:
        if o is not r and r.end < o.outer <= r.end + ADMIN_GAP and o.key not in gaz.weak:
            if o.rif or any((gaz.places[i].level in ("governorate", "district", "region") or gaz.rank[i] >= 4)
                            and gaz.places[i].country in countries for i in o.ids):
                r.evidence = "context"
                return True
    return False


@cache
def _minor(key: str, ids: tuple[str, ...], gaz: Gazetteer) -> bool:
    """A name that only ordinary villages, quarters or small foreign towns bear (no seat of any unit);
    once per name."""
    if key.split(" ")[0] in vocab().classes:
        return False  # the name holds its class word: 'مخيم اليرموك'
    return bool(ids) and all(gaz.rank[i] <= 1 and gaz.places[i].level in ("community", "neighbourhood", "city")
                             for i in ids)
