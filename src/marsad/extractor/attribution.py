"""Who the text says the information comes from (codebook §10)."""

from __future__ import annotations

import re

from marsad.extractor.lexicon import Hit
from marsad.text.normalize import fold

_MAX_WORDS = 4  # words between an attribution word and its source (قال مدير مركز الدفاع المدني)


def clause_sources(text: str, sources: list[Hit], attribution: list[Hit]) -> dict[str, tuple[int, int]]:
    """Source codes introduced by an attribution word in this stretch of text.

    A source name counts when an attribution word (قال، بحسب، وفق، أفاد ...)
    stands at most a few words before it with no comma between, when a colon
    follows it (a bulletin's "المرصد السوري: ..."), or when it is
    coordinated with a counted source (ناشطون وشبكة شام). A relaying outlet
    (فرانس برس) is dropped when another source is named with it: "the
    Observatory told AFP" is the Observatory.
    """
    found: dict[str, tuple[int, int]] = {}
    relays: dict[str, tuple[int, int]] = {}
    last_end: int | None = None
    for s in sources:
        introduced = any(_close(text, a.end, s.start) for a in attribution if a.end <= s.start) \
            or text[s.end:s.end + 3].lstrip().startswith(":")  # "المرصد السوري: ارتفاع عدد ..."
        chained = last_end is not None and (_close(text, last_end, s.start, words=1)
                                            or _quotes(text, last_end, s.start))  # "نقلت سانا عن مصدر عسكري"
        if not (introduced or chained):
            continue
        last_end = s.end
        told = chained and text[s.word_start:s.start].endswith("ل")  # "قالت مصادر محلية لعنب بلدي"
        target = relays if "relay" in s.flags or told else found
        target.setdefault(s.label, (s.start, s.end))
    # "قال مسؤول في الدفاع المدني": the body the official speaks for is the source
    for s in sources:
        if s.pattern in _SPEAKERS and found.get(s.label) == (s.start, s.end) and any(
                0 < o.start - s.end <= 6 and text[s.end:o.word_start].strip() in ("في", "ب", "باسم", "")
                and o.label != s.label and o.label in found for o in sources):
            del found[s.label]
    # "نقلت سانا عن مصدر عسكري"، "نقلاً عن": the one quoted is the source, the channel relays
    for s in sources:
        if s.label in found and any(o is not s and o.start > s.end and _quotes(text, s.end, o.start) for o in sources
                                    if o.label in found or o.label in relays):
            if found[s.label] == (s.start, s.end):
                del found[s.label]
    if not found:
        found.update(relays)
    return found


_SPEAKERS = frozenset(fold(w) for w in ("مسؤول", "مسؤولون", "مصدر", "مصادر", "متحدث", "المتحدث"))


def _quotes(text: str, a: int, b: int) -> bool:
    """Is the stretch between two sources "عن" (X عن Y: X quotes Y), perhaps after X's short
    name in brackets ("وكالة الأنباء السورية (سانا) عن مصدر عسكري")?"""
    gap = text[a:b].replace("(", " ").replace(")", " ").split()
    return 0 < len(gap) <= 3 and "عن" in gap[:2] and (gap[0] == "عن" or gap[1] == "عن")


_PAUSE_RE = re.compile("[،,.؛;:]")  # punctuation that ends an attribution's reach


def _close(text: str, a: int, b: int, words: int = _MAX_WORDS) -> bool:
    gap = text[a:b]
    if _PAUSE_RE.search(gap) is not None:
        return False
    said = gap.split()
    # "قال المرصد إن الجيش الإسرائيلي شن ...": after إن comes what was said, not who said it
    return len(said) <= words and not THAT_WRITTEN.intersection(said)


# "that" after a verb of saying (قال إن، أفاد بأن): what follows was said, not who said it
THAT_WRITTEN = frozenset(("إن", "أن", "ان", "بأن", "بان", "إنه", "أنه", "انه", "بأنه",
                          "إنها", "أنها", "انها", "بأنها"))
THAT_FOLDED = frozenset(map(fold, THAT_WRITTEN))
THAT_RE = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(THAT_WRITTEN)) + r")\s")  # the word in written text
