"""Tokens with original offsets, normalised form and a proclitic split.

Arabic glues conjunctions, prepositions and the article to the next word
(وبالغوطة = و + ب + ال + غوطة). Every lexicon in marsad matches on stems, so
the tokenizer hands out both the folded word and its best split.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.text.normalize import fold_char, normalize
from marsad.text.vocab import words

# On normalised text: a number (digits with thousands groups or one decimal
# part), a run of letters of any script, or any other single visible character.
_TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)

# A word must keep this many letters after its proclitics.
_MIN_REST = 2


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # surface form, exactly text[start:end] of the original
    start: int  # original offsets
    end: int
    norm: str  # fold(text)
    stem: str  # norm with proclitics removed (best guess, see best_split)
    prefix: str  # the removed proclitics, normalised ('' if none)

    @property
    def is_number(self) -> bool:
        """True for a digit token such as '20', '1,200' or '3.5'."""
        return self.norm[:1].isdigit()

    @property
    def is_word(self) -> bool:
        """True for a run of letters."""
        return self.norm[:1].isalpha()

    def offset_after(self, prefix: str) -> int:
        """Original offset just after the proclitic *prefix* of this token.

        Spans that should not include a glued و/ب/ال (a number, a place
        name) start here; diacritics on the clitic stay with the clitic.
        """
        if not prefix:
            return self.start
        seen = 0
        for k, ch in enumerate(self.text):
            if fold_char(ch):
                if seen == len(prefix):
                    return self.start + k
                seen += 1
        return self.end


@cache
def _prefixes() -> tuple[str, ...]:
    """Proclitic chains, longest first."""
    return tuple(sorted(words("proclitics.txt"), key=len, reverse=True))


def strip_clitics(norm_word: str) -> list[tuple[str, str]]:
    """All plausible (prefix, rest) splits of a normalised word.

    Longest prefix first, always ending with ``('', norm_word)``. The rest
    keeps at least two letters. Plausible is not likely: 'وادي' yields
    ('و', 'ادي'); lexicon lookups try each split and keep what they know.
    """
    return list(splits(norm_word))


@lru_cache(maxsize=1 << 16)
def splits(norm_word: str) -> tuple[tuple[str, str], ...]:
    """strip_clitics as a cached tuple, for the hot loops of other modules."""
    found = [
        (p, norm_word[len(p):])
        for p in _prefixes()
        if norm_word.startswith(p) and len(norm_word) - len(p) >= _MIN_REST
    ]
    found.append(("", norm_word))
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def best_split(norm_word: str) -> tuple[str, str]:
    """The single most likely (prefix, stem) split of a normalised word.

    Rule: words listed in ``data/unsplit_words.txt`` (بعد، بلدة، وادي، لبنان...)
    stay whole; otherwise the longest plausible proclitic chain is removed.
    Unknown names that happen to start with و/ب/ل/ك/ف (بنش، كفرنبل) will be
    over-split here, which is why lexicons should try every strip_clitics split.
    """
    if norm_word in words("unsplit_words.txt"):
        return "", norm_word
    return splits(norm_word)[0]


def tokenize(text: str) -> list[Token]:
    """Words, numbers and single punctuation marks of *text*, in order."""
    return list(tokens_of(text))


@lru_cache(maxsize=16)
def tokens_of(text: str) -> tuple[Token, ...]:
    """tokenize, cached: sentences, numbers and dates of one document all
    read the same tokens, so the text is tokenised once."""
    n = normalize(text)
    identity = len(n.text) == len(text)  # nothing dropped: offsets need no map
    tokens = []
    for m in _TOKEN_RE.finditer(n.text):
        start, end = m.span() if identity else n.span(m.start(), m.end())
        norm = m.group()
        prefix, stem = best_split(norm) if m.lastgroup == "word" else ("", norm)
        tokens.append(_new_token(text[start:end], start, end, norm, stem, prefix))
    return tuple(tokens)


def _fast_constructor() -> Callable[[str, int, int, str, str, str], Token]:
    """Build Tokens without the frozen dataclass __init__.

    A frozen dataclass sets each field through object.__setattr__, which
    made Token creation the single largest cost of the whole text layer;
    the slot descriptors set the same fields at twice the speed.
    """
    setters = [getattr(Token, name).__set__ for name in Token.__slots__]
    assert list(Token.__slots__) == ["text", "start", "end", "norm", "stem", "prefix"]
    s_text, s_start, s_end, s_norm, s_stem, s_prefix = setters
    new = object.__new__

    def make(text: str, start: int, end: int, norm: str, stem: str, prefix: str) -> Token:
        token = new(Token)
        s_text(token, text)
        s_start(token, start)
        s_end(token, end)
        s_norm(token, norm)
        s_stem(token, stem)
        s_prefix(token, prefix)
        return token

    return make


_new_token = _fast_constructor()
