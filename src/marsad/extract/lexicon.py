"""Many-pattern matching of the extraction vocabularies over Arabic text.

Each vocabulary is a commented TSV file in ``vocab/``: a pattern, a label, and
optional flags. Patterns are normalised with :func:`marsad.text.normalize.fold`
and matched in one pass with an Aho-Corasick automaton over the normalised
text. A hit must start a word, possibly after proclitics (و، ف، ب، ل، ك، ال and
their combinations: ``وبالطيران`` matches ``طيران``), and must end a word,
unless the pattern ends in ``*`` (then any suffix is allowed: ``اشتباك*``
matches ``اشتباكات``). Hits are reported in original-text offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

from marsad.text.normalize import Normalized, fold

# Proclitic sequences that may stand between a word boundary and a pattern.
_PROCLITICS = frozenset(
    ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
     "وب", "فب", "ول", "فل", "وك", "وبال", "فبال"]
)


_LIL = frozenset(["لل", "ولل", "فلل"])


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or ch.isdigit()


@dataclass(frozen=True, slots=True)
class Hit:
    """One vocabulary match: original offsets, the entry's label and flags."""

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
    pattern: str
    label: str
    flags: frozenset[str]
    prefix_ok: bool  # the pattern may carry its own suffix (trailing *)
    after_lil: bool = False  # the ال-less form, valid only after لل (للمرصد، للنظام)


class Lexicon:
    """A vocabulary file compiled into an Aho-Corasick automaton."""

    def __init__(self, rows: list[tuple[str, str, frozenset[str]]]):
        self._automaton = ahocorasick.Automaton()
        by_key: dict[str, list[Entry]] = {}
        for pattern, label, flags in rows:
            open_end = pattern.endswith("*")
            key = fold(pattern.rstrip("*")).strip()
            by_key.setdefault(key, []).append(Entry(key, label, flags, open_end))
            if key.startswith("ال") and len(key) > 4:
                # ل + ال is written لل: للمرصد is ل + المرصد
                by_key.setdefault(key[2:], []).append(Entry(key[2:], label, flags, open_end, True))
        for key, entries in by_key.items():
            self._automaton.add_word(key, entries)
        self._automaton.make_automaton()
        self.size = len(by_key)

    @classmethod
    def from_text(cls, text: str) -> "Lexicon":
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
        return cls(rows)

    def find(self, norm: Normalized) -> list[Hit]:
        """All word-bounded hits, longest first at each place, without overlaps."""
        text = norm.text
        found: list[tuple[int, int, Entry, int]] = []
        for end_idx, entries in self._automaton.iter(text):
            for entry in entries:
                start = end_idx - len(entry.pattern) + 1
                end = end_idx + 1
                if not entry.prefix_ok and end < len(text) and _is_letter(text[end]):
                    continue
                ws = start
                while ws > 0 and _is_letter(text[ws - 1]):
                    ws -= 1
                if entry.after_lil:
                    if text[ws:start] not in _LIL:
                        continue
                elif text[ws:start] not in _PROCLITICS:
                    continue
                found.append((start, end, entry, ws))
        # Prefer longer hits; drop hits overlapping an already kept one.
        found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken: list[tuple[int, int]] = []
        hits: list[Hit] = []
        for start, end, entry, ws in found:
            # Two entries for the same words (a cue with two kinds) both stay.
            if any(start < e and s < end and (s, e) != (start, end) for s, e in taken):
                continue
            taken.append((start, end))
            o_start, o_end = norm.span(start, end)
            if entry.prefix_ok:  # extend an open-ended hit to the end of its word
                e = end
                while e < len(text) and _is_letter(text[e]):
                    e += 1
                o_end = norm.span(start, e)[1]
            hits.append(Hit(o_start, o_end, entry.label, entry.flags, entry.pattern, start, end, norm.index(ws)))
        hits.sort(key=lambda h: h.start)
        return hits


@cache
def lexicon(name: str) -> Lexicon:
    """The vocabulary ``vocab/<name>.tsv``, compiled once per process."""
    text = resources.files("marsad.extract").joinpath("vocab", f"{name}.tsv").read_text("utf-8")
    return Lexicon.from_text(text)
