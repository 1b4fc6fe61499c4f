"""Who the text says the information comes from (codebook §10)."""

from __future__ import annotations

from marsad.extract.lexicon import Hit

_WINDOW = 48  # normalised characters between an attribution word and its source


def clause_sources(sources: list[Hit], attribution: list[Hit]) -> dict[str, tuple[int, int]]:
    """Source codes introduced by an attribution word in this stretch of text.

    A source name counts when an attribution word (قال، بحسب، وفق، أفاد ...)
    stands shortly before it, or when it follows another counted source
    (ناشطون وشبكة شام). A relaying outlet (فرانس برس) is dropped when another
    source is named with it: "the Observatory told AFP" is the Observatory.
    """
    found: dict[str, tuple[int, int]] = {}
    relays: dict[str, tuple[int, int]] = {}
    last_end = None
    for s in sources:
        introduced = any(0 <= s.norm_start - a.norm_end <= _WINDOW for a in attribution)
        chained = last_end is not None and 0 <= s.norm_start - last_end <= 6
        if not (introduced or chained):
            continue
        last_end = s.norm_end
        target = relays if "relay" in s.flags else found
        target.setdefault(s.label, (s.start, s.end))
    if not found:
        found.update(relays)
    return found
