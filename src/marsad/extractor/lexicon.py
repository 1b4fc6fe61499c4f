"""Many-pattern matching of the extraction vocabularies over Arabic text.

Each vocabulary is a commented TSV file in ``vocab/``: a pattern, a label, and
optional flags. Patterns are normalised with :func:`marsad.text.normalize.fold`
and all vocabularies are compiled into ONE Aho-Corasick automaton, so a
document is scanned once whatever the number of vocabularies. A hit must
start a word, possibly after proclitics (و، ف، ب، ل، ك، ال and their
combinations: ``وبالطيران`` matches ``طيران``; ``للمرصد`` matches ``المرصد``),
and must end a word, unless the pattern ends in ``*`` (then any suffix is
allowed: ``اشتباك*`` matches ``اشتباكات``). Within one vocabulary the longest
hit wins where hits overlap. Hits are reported in original-text offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from marsad.text.normalize import Normalized, fold

# Proclitic sequences that may stand between a word boundary and a pattern.
_PROCLITICS = frozenset(
    ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
     "وب", "فب", "ول", "فل", "وك", "وبال", "فبال"]
)
# what may stand before a لل that stands for ل + ال (وللمرصد)
_LIL_BEFORE = frozenset(["", "و", "ف"])


class Hit(NamedTuple):
    """One vocabulary match: original offsets, the entry's label and flags.

    A NamedTuple rather than a dataclass: documents make hundreds of them.
    """

    start: int
    end: int
    label: str
    flags: frozenset[str]
    pattern: str
    norm_start: int  # offsets in the normalised text, for adjacency tests
    norm_end: int
    word_start: int  # original offset where the word begins, proclitics included


@dataclass(frozen=True, slots=True)
class Entry:
    vocabulary: str
    pattern: str
    label: str
    flags: frozenset[str]
    open_end: bool  # the pattern may carry any suffix (trailing *)
    after_lil: bool = False  # the ال-less form, valid only after لل (للمرصد، للنظام)


def parse_vocabulary(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """Rows (pattern, label, flags) of a vocabulary file; # starts a comment."""
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 2:
            raise ValueError(f"vocabulary line needs pattern<TAB>label: {line!r}")
        flags = frozenset(f for f in (parts[2].split(",") if len(parts) > 2 else []) if f)
        rows.append((parts[0], parts[1], flags))
    return rows


class Lexicon:
    """Named vocabularies compiled into one Aho-Corasick automaton."""

    def __init__(self, vocabularies: dict[str, list[tuple[str, str, frozenset[str]]]]):
        self.names = tuple(vocabularies)
        by_key: dict[str, list[Entry]] = {}
        for name, rows in vocabularies.items():
            for pattern, label, flags in rows:
                open_end = pattern.endswith("*")
                key = fold(pattern.rstrip("*")).strip()
                by_key.setdefault(key, []).append(Entry(name, key, label, flags, open_end))
                if key.startswith("ال") and len(key) > 4:
                    # ل + ال is written لل: للمرصد is ل + المرصد. The automaton holds
                    # the لل form whole, so the bare rest (مرصد) raises no hit of its own.
                    by_key.setdefault("ل" + key[1:], []).append(
                        Entry(name, key[2:], label, flags, open_end, True))
        self._automaton = ahocorasick.Automaton()
        for key, entries in by_key.items():
            # (vocabulary, pattern length, open end, after لل, bounded by a letter, entry):
            # unpacked in the hot loop of find_all, faster than attribute reads
            self._automaton.add_word(key, tuple(
                (e.vocabulary, len(e.pattern), e.open_end, e.after_lil, e.pattern[0].isalnum(), e)
                for e in entries))
        self._automaton.make_automaton()
        self.size = len(by_key)

    @classmethod
    def from_text(cls, text: str, name: str = "vocabulary") -> "Lexicon":
        return cls({name: parse_vocabulary(text)})

    def find(self, norm: Normalized) -> list[Hit]:
        """Hits of a single-vocabulary lexicon."""
        return self.find_all(norm)[self.names[0]]

    def find_all(self, norm: Normalized) -> dict[str, list[Hit]]:
        """Word-bounded hits per vocabulary, longest first at each place, without overlaps."""
        text = norm.text
        n = len(text)
        isalnum = str.isalnum
        proclitics, lil = _PROCLITICS, _LIL_BEFORE
        # per vocabulary: (start - end, start, order found, end, word start, entry), so that plain
        # tuple order (no key function to call) puts the longest first, then the leftmost
        found: dict[str, list[_Found]] = {name: [] for name in self.names}
        for end_idx, entries in self._automaton.iter(text):
            end = end_idx + 1
            letter_after = end < n and isalnum(text[end])
            for vocabulary, length, open_end, after_lil, bounded, entry in entries:
                if letter_after and not open_end:
                    continue
                start = end - length
                hits = found[vocabulary]
                if not bounded:
                    hits.append((-length, start, len(hits), end, start, entry))  # "، هم": punctuation bounds itself
                    continue
                ws = start - 2 if after_lil else start  # the لل is part of the match
                while ws > 0 and isalnum(text[ws - 1]):
                    ws -= 1
                if start - ws > 4 or text[ws:start - 2 if after_lil else start] not in (lil if after_lil else proclitics):
                    continue
                hits.append((-length, start, len(hits), end, ws, entry))
        return {name: _resolve(norm, hits) if hits else [] for name, hits in found.items()}


_Found = tuple[int, int, int, int, int, Entry]
_new_hit = partial(tuple.__new__, Hit)  # Hit(...) without the keyword-handling __new__


def _resolve(norm: Normalized, found: list[_Found]) -> list[Hit]:
    text = norm.text
    offsets = norm.offsets
    # Prefer longer hits; drop hits overlapping an already kept one.
    found.sort()
    occupied = bytearray(len(text))
    taken: set[tuple[int, int]] = set()
    hits: list[Hit] = []
    for _, start, _, end, ws, entry in found:
        # Two entries for the same words (a cue with two kinds) both stay.
        if (start, end) not in taken:
            if occupied.find(1, start, end) != -1:
                continue
            taken.add((start, end))
            occupied[start:end] = b"\x01" * (end - start)
        o_end = offsets[end]  # start < end: the span of a non-empty slice
        n_end = end
        if entry.open_end:  # extend an open-ended hit to the end of its word
            while n_end < len(text) and text[n_end].isalnum():
                n_end += 1
            o_end = offsets[n_end]
        hits.append(_new_hit((offsets[start], o_end, entry.label, entry.flags, entry.pattern, start, n_end,
                              offsets[ws])))
    hits.sort(key=_start_of)
    return hits


_start_of = itemgetter(0)  # Hit.start


def _read(name: str) -> str:
    return resources.files("marsad.extractor").joinpath("vocab", f"{name}.tsv").read_text("utf-8")


@cache
def lexicon(*names: str) -> Lexicon:
    """The vocabularies ``vocab/<name>.tsv``, compiled together once per process."""
    return Lexicon({name: parse_vocabulary(_read(name)) for name in names})
