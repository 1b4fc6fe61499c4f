"""Place names as the scorer compares them (codebook §13.1).

Two spellings of one place must compare equal however the annotator and the
extractor wrote it: with or without diacritics, a class word (حي، مدينة ...),
a leading و/ب/ل/ف clitic or the article ال.
"""

from __future__ import annotations

import unicodedata

from marsad.text.normalize import fold

# §5 class words, folded (ة → ه).
CLASS_WORDS = frozenset(fold(w) for w in ("حي", "بلدة", "مدينة", "قرية", "مخيم", "منطقة"))
CLITICS = frozenset("وبلف")

Name = tuple[str, ...]


def _spaced_punctuation(text: str) -> str:
    """Punctuation (and symbols) become a space, so ``دير-الزور`` is two words."""
    return "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)


def normalize_name(name: str) -> Name:
    """The words of a place name after §13.1.

    ``"وحي الصاخور"`` → ``("صاخور",)``; ``"بالرقة"`` → ``("رقه",)``;
    ``"ريف حلب"`` → ``("ريف", "حلب")``.

    A class word that is the whole name is kept (``مخيم`` alone names the camp
    the text talks about); otherwise it would leave an empty name.
    """
    words = _spaced_punctuation(fold(name)).split()
    if not words:
        return ()
    first = words[0]
    if len(first) > 1 and first[0] in CLITICS:
        rest = first[1:]
        if rest.startswith("ال") or rest in CLASS_WORDS:
            words[0] = rest
    if len(words) > 1 and words[0] in CLASS_WORDS:
        words = words[1:]
    if words[0].startswith("ال") and len(words[0]) - 2 >= 2:
        words[0] = words[0][2:]
    return tuple(words)


def is_part(part: Name, whole: Name) -> bool:
    """True when *part* is a contiguous run of whole words of *whole*.

    ``("حلب",)`` is part of ``("ريف", "حلب")``; ``("حل",)`` is not, even though
    it is a substring of the text.
    """
    n = len(part)
    if n == 0 or n > len(whole):
        return False
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def names_match(a: Name, b: Name) -> bool:
    """Equal names, or one a whole-word part of the other (§13.2); empty never matches."""
    return is_part(a, b) or is_part(b, a)
