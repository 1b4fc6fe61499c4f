"""One pass of every matcher over a document, indexed for the rules.

The extraction rules ask questions like "which casualty cues lie in this
clause?" many times; :class:`Analysis` answers them with bisection over hit
lists that were computed once, so a document costs one pass per vocabulary.
"""

from __future__ import annotations

from bisect import bisect_left
import re
import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence, TypeVar

from marsad.extractor.figures import counts_others
from marsad.extractor.lexicon import Hit, lexicon
from marsad.geo import PlaceMention, find_places
from marsad.text.dates import DateMention, find_dates
from marsad.text.normalize import Normalized, fold, normalize
from marsad.text.numbers import Quantity, find_quantities
from marsad.text.sentences import split_sentences

T = TypeVar("T")

VOCABULARIES = ("event_types", "actors", "targets", "sources", "casualties", "context", "persons", "groups")


def within(items: list[T], start: int, end: int, starts: Sequence[int] | None = None) -> list[T]:
    """Items (sorted by .start) that start inside [start, end), as a new list."""
    if starts is None:
        starts = [i.start for i in items]
    return items[bisect_left(starts, start):bisect_left(starts, end)]


@dataclass(slots=True)
class Clause:
    """A stretch of a sentence that reports one thing (split at في حين، بينما ...)."""

    start: int
    end: int
    sentence: int  # index into Analysis.sentences
    paragraph: int


@dataclass(slots=True)
class Analysis:
    text: str
    norm: Normalized
    reference: dt.date | None
    sentences: list[tuple[int, int]]
    clauses: list[Clause]
    hits: dict[str, list[Hit]]
    places: list[PlaceMention]
    dates: list[DateMention]
    quantities: list[Quantity]
    title: str | None = None
    title_hits: dict[str, list[Hit]] = field(default_factory=dict)
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _memo: dict[tuple[str, int, int], list[Hit]] = field(default_factory=dict)  # the rules ask the same spans again
    _speakers: list[Hit] = field(default_factory=list)  # sources and attribution verbs, for is_report_date

    def __post_init__(self) -> None:
        self._speakers = self.hits["sources"] + [c for c in self.hits["context"] if c.label == "attribution"]
        for kind, hits in self.hits.items():
            self._starts[kind] = [h.start for h in hits]
        for kind in ("places", "dates", "quantities"):
            self._starts[kind] = [i.start for i in getattr(self, kind)]

    def cues(self, kind: str, start: int, end: int, label: str | None = None) -> list[Hit]:
        """The hits of one vocabulary in [start, end) (do not modify the list)."""
        key = (kind, start, end)
        found = self._memo.get(key)
        if found is None:
            starts = self._starts[kind]  # within(), inlined: the rules ask some 150 times a document
            found = self._memo[key] = self.hits[kind][bisect_left(starts, start):bisect_left(starts, end)]
        return found if label is None else [h for h in found if h.label == label]

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        starts = self._starts["places"]
        return self.places[bisect_left(starts, start):bisect_left(starts, end)]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        starts = self._starts["dates"]
        return self.dates[bisect_left(starts, start):bisect_left(starts, end)]

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        starts = self._starts["quantities"]
        return self.quantities[bisect_left(starts, start):bisect_left(starts, end)]

    def before(self, start: int, n: int = 16) -> str:
        """The normalised text of the *n* characters before *start* (what precedes a word)."""
        s = max(0, start - n)
        offsets = self.norm.offsets
        if isinstance(offsets, range):  # nothing dropped: the normalised text is aligned
            return self.norm.text[s:start].strip()
        # the normalised characters kept from text[s:start], which is what fold(text[s:start]) gives
        return self.norm.text[bisect_left(offsets, s):bisect_left(offsets, start)].strip()

    def redate(self, m: DateMention, reference: dt.date) -> DateMention:
        """The same relative expression resolved against another day."""
        again = find_dates(self.text[m.start:m.end], reference)
        if not again or again[0].date is None:
            return m
        return DateMention(again[0].date, m.start, m.end, m.kind, again[0].date)

    def is_report_date(self, m: DateMention) -> bool:
        """Does this day date the report rather than the incident? It stands
        right after who said it: "وأفاد المرصد، السبت، بأن ...", "قال مصدر
        عسكري، الأحد، إن ..."."""
        for h in self._speakers:
            if 0 <= m.start - h.end <= 6 and not self.text[h.end:m.start].strip(" ،,\n"):
                return True
        return False


_COMMA_WA = re.compile(r"[،,] {0,2}و")


def _toll_cuts(text: str, s: int, e: int, toll_starts: list[Hit], count_starts: list[int]) -> list[int]:
    """Where a second toll starts after a comma: "…في كفرسجنة، وقتل 4 آخرون في …"
    and the lists of SOHR bulletins: "…على كفرنبل، و3 مواطنين قتلوا …، ومواطنان اثنان
    قتلا …": a comma, then و, then a toll before the next comma."""
    cuts = []
    for m in _COMMA_WA.finditer(text, s + 13, e):
        i = m.end() - 1  # the و
        if i - s <= 15:
            continue
        stop = min([j for j in (text.find("،", i, e), text.find(",", i, e)) if j != -1], default=e)
        if any(i <= h.word_start < stop for h in within(toll_starts, i, stop)) or _others_counted(text, i, count_starts):
            cuts.append(i)
    return cuts


def _others_counted(text: str, i: int, count_starts: list[int]) -> bool:
    """"…على بلدة كفرنبل، و3 آخرون في قصف …": a count of others right after the و is a toll."""
    k = bisect_left(count_starts, i + 1)
    return k < len(count_starts) and count_starts[k] - i <= 2 and counts_others(text, count_starts[k], fold)


def dateline(text: str, p: PlaceMention) -> bool:
    """Does *text* open with *p* as its dateline ('غزة - وفا:', 'حلب (سانا) -', 'بغداد:')?
    Where the report was filed locates its facts only when the sentence names no other place.
    A bare 'X:' is a dateline only in a body: a headline 'واشنطن: ...' quotes a government."""
    if text[:p.outer_start].strip():
        return False
    m = _DATELINE.match(text, p.end)
    return m is not None and (bool(m[1]) or len(text) > _HEADLINE_CHARS)


# after the place: an agency in a dash or brackets, then a colon or a dash, or a bare colon
_DATELINE = re.compile(r"\s*(?:([-–—(]\s*[^\s:،.()]+(?:\s[^\s:،.()]+){0,3}\s*\)?)\s*[:\-–—]|:)")
_HEADLINE_CHARS = 160  # longer than any headline


def _has_place(text: str, places: list[PlaceMention], s: int, cut: int, e: int) -> bool:
    """Split only between two reports that each name their place; otherwise the
    comma joins one report ("قتل ستة مدنيين، وأصيب عشرة آخرون في قصف على X"). A dateline
    names no report's place."""
    before = any(s <= p.start < cut and not dateline(text, p) for p in places)
    after = any(cut <= p.start < e for p in places)
    return before and after


def _clauses(
    text: str, sentences: list[tuple[int, int]], boundaries: list[Hit], toll_starts: list[Hit],
    count_starts: list[int], places: list[PlaceMention],
) -> list[Clause]:
    clauses: list[Clause] = []
    paragraph = 0
    prev_end = 0
    for i, (s, e) in enumerate(sentences):
        if "\n" in text[prev_end:s]:
            paragraph += 1
        prev_end = e
        cuts = [h.start for h in within(boundaries, s + 1, e) if h.start - s > 15]
        cuts += [c for c in _toll_cuts(text, s, e, toll_starts, count_starts) if _has_place(text, places, s, c, e)]
        cuts.sort()
        bounds = [s, *cuts, e]
        for a, b in zip(bounds, bounds[1:]):
            if b > a:
                clauses.append(Clause(a, b, i, paragraph))
    return clauses


def analyse(text: str, reference: dt.date | None, title: str | None = None) -> Analysis:
    """Run every matcher over *text* once."""
    norm = normalize(text)
    hits = lexicon(*VOCABULARIES).find_all(norm)
    sentences = split_sentences(text)
    # "not_clause" phrases (في وقت متأخر، وسط المدينة) won the match, so their words open no clause
    boundaries = [h for h in hits["context"] if h.label == "clause"]
    title_hits = {}
    if title:
        tnorm = normalize(title)
        title_hits = lexicon(*VOCABULARIES).find_all(tnorm)
    places = find_places(text, title=title)
    quantities = find_quantities(text)
    clauses = _clauses(text, sentences, boundaries, [h for h in hits["casualties"] if "verb" in h.flags],
                       [q.start for q in quantities], places)
    return Analysis(
        text=text,
        norm=norm,
        reference=reference,
        sentences=sentences,
        clauses=clauses,
        hits=hits,
        places=places,
        dates=find_dates(text, reference),
        quantities=quantities,
        title=title,
        title_hits=title_hits,
    )
