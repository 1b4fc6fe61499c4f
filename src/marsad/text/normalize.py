"""Normalisation for matching, with a map back to the user's text.

Normalised text is only ever used to *find* things. Every span marsad reports
is mapped back through :class:`Normalized.span` to offsets in the original
text, so what a person sees is always their own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Characters dropped entirely: Arabic diacritics (harakat, shadda, sukun,
# superscript alef, Quranic marks), tatweel, and invisible direction/joiner
# marks that web text is full of.
_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
)

# One character in, one character out.
_MAP = {
    # alef and hamza forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    # ta marbuta, alef maqsura, Persian/Urdu letter forms seen in web Arabic
    "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ے": "ي",
    # punctuation variants
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"',
    "‘": "'", "’": "'", "‹": '"', "›": '"',
    "–": "-", "—": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits


def fold_char(ch: str) -> str:
    """The normalised form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    return ch.lower() if ch.isascii() else ch


# Only a few characters of Arabic text change when folded, and only a handful
# of distinct ones in any text (about seven in a news article), so replacing
# each of those in turn is several times faster than str.translate over every
# character. No folded form is itself folded again, so the order is free.
_FOLDED = {ch: "" for ch in _DROP} | _MAP | {chr(c): chr(c + 32) for c in range(65, 91)}
_CHANGE_RE = re.compile("[" + "".join(re.escape(ch) for ch in _FOLDED) + "]")
# The letters and comma nearly every Arabic text contains (about 90 of them in
# a news article) are replaced outright in a text of more than a few words,
# where finding them first would cost more; of the rest, only those found.
_COMMON = tuple("ةأ،ىإآ")
_RARE_RE = re.compile("[" + "".join(re.escape(ch) for ch in _FOLDED if ch not in _COMMON) + "]")
_SHORT = 20  # characters: below this, finding every change first is quicker (measured)
# A run of dropped characters, spelt [x][x]* rather than [x]+ so that the
# search skips ahead by its first character (three times faster).
_DROP_RE = re.compile(("[" + "".join(sorted(_DROP)) + "]") * 2 + "*")
assert not any(ch in _FOLDED for out in _FOLDED.values() for ch in out)
assert all(ch in _FOLDED for ch in _COMMON)


def fold(text: str) -> str:
    """Normalise text for matching (no offset map): the cheap path for lexicons."""
    if len(text) < _SHORT:
        # No set of the changes: replacing a repeated character again finds
        # nothing, which in a short string costs less than building the set.
        changed: Iterable[str] = _CHANGE_RE.findall(text)
    else:
        for ch in _COMMON:
            text = text.replace(ch, _FOLDED[ch])
        changed = set(_RARE_RE.findall(text))
    for ch in changed:
        text = text.replace(ch, _FOLDED[ch])
    return text


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for every normalised character, its original index."""

    text: str
    # len(text) + 1 entries; the last is len(original). A range when nothing
    # was dropped (the identity), a tuple otherwise.
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised slice [start, end).

        The end reaches up to the next kept character, so a word's trailing
        diacritics stay inside its span.
        """
        if start >= end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end]

    def index(self, i: int) -> int:
        """Original index of normalised index *i*."""
        return self.offsets[i]


@lru_cache(maxsize=8)
def normalize(text: str) -> Normalized:
    """Normalise *text* and keep the way back to it.

    Cached for the last few texts: the extractor, the place matcher and the
    tokenizer all normalise the same document (a Normalized is immutable).
    """
    folded = fold(text)
    if len(folded) == len(text):  # nothing dropped: offsets are the identity
        return Normalized(folded, range(len(text) + 1))
    offsets: list[int] = []
    kept = 0  # start of the current run of kept characters
    for m in _DROP_RE.finditer(text):
        offsets.extend(range(kept, m.start()))
        kept = m.end()
    offsets.extend(range(kept, len(text) + 1))
    return Normalized(folded, tuple(offsets))
