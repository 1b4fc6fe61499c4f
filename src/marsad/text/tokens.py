"""Tokens with original offsets, normalised form and a proclitic split.

Arabic glues conjunctions, prepositions and the article to the next word
(وبالغوطة = و + ب + ال + غوطة). Every lexicon in marsad matches on stems, so
the tokenizer hands out both the folded word and its best split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, sub
from typing import NamedTuple

from marsad.text.normalize import fold_char, normalize
from marsad.text.vocab import words

# On normalised text: a number (digits with thousands groups or one decimal
# part), a run of letters of any script, or any other single visible character.
_TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)

# The same tokens, each with the whitespace before it: the pieces tile the
# text, so their lengths give every offset without a match object per token.
# Words come first here as they are the commonest; a word never starts with a
# digit and a number always does, so the order of the two changes nothing.
# A run of basic Arabic letters (all of U+0621..U+064A are word characters)
# not followed by another word character is a whole word, and that simple
# range is quicker to match than the general class.
_PIECE_RE = re.compile(
    r"\s*(?:[\u0621-\u064a]+(?![^\W\d_])|[^\W\d_]+"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
    r"|\S)"
)
_WORD_START_RE = re.compile(r"[^\W\d_]")

# A word must keep this many letters after its proclitics.
_MIN_REST = 2


class _Kind:
    """What a token is, read from its folded form (shared by Token and Tok)."""

    __slots__ = ()
    norm: str

    @property
    def is_number(self) -> bool:
        """True for a digit token such as '20', '1,200' or '3.5'."""
        return self.norm[:1].isdecimal()

    @property
    def is_word(self) -> bool:
        """True for a run of letters."""
        return self.norm[:1].isalpha()


@dataclass(frozen=True, slots=True)
class Token(_Kind):
    text: str  # surface form, exactly text[start:end] of the original
    start: int  # original offsets
    end: int
    norm: str  # fold(text)
    stem: str  # norm with proclitics removed (best guess, see best_split)
    prefix: str  # the removed proclitics, normalised ('' if none)

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


@cache
def _prefixes_by_initial() -> dict[str, tuple[str, ...]]:
    """_prefixes grouped by their first letter, each group longest first."""
    groups: dict[str, list[str]] = {}
    for prefix in _prefixes():
        groups.setdefault(prefix[:1], []).append(prefix)
    return {initial: tuple(group) for initial, group in groups.items()}


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
        for p in _prefixes_by_initial().get(norm_word[:1], ())
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
    """tokenize, cached, as a tuple."""
    out = []
    for t in token_stream(text):
        norm = t.norm
        prefix, stem = best_split(norm) if _WORD_START_RE.match(norm) else ("", norm)
        out.append(_new_token(text[t.start:t.end], t.start, t.end, norm, stem, prefix))
    return tuple(out)


class _TokFields(NamedTuple):
    """The fields of a :class:`Tok`, whose C field descriptors Tok reuses."""

    norm: str
    start: int
    end: int
    source: str  # the whole original text (one shared string, not a copy)


class Tok(_Kind, tuple):
    """The light token the matchers of this package read (see token_stream).

    It answers ``norm``, ``start``, ``end``, ``is_word``, ``is_number`` and
    ``offset_after`` exactly as :class:`Token` does, so matchers accept
    either; it has no proclitic split, which no matcher needs. Only what
    every token needs is stored: the matchers ask ``is_word`` and
    ``is_number`` of about a hundred tokens a document and ``offset_after``
    of a few, so those are read from ``norm`` and ``source`` on demand.

    A plain tuple of the fields of :class:`_TokFields`, read through the same
    descriptors: a NamedTuple's ``__new__`` is Python, tuple's is C, and
    ``Tok(fields)`` runs once for every token of every text.
    """

    __slots__ = ()
    norm = _TokFields.norm
    start = _TokFields.start
    end = _TokFields.end
    source = _TokFields.source

    def __repr__(self) -> str:
        return f"Tok(norm={self.norm!r}, start={self.start}, end={self.end})"

    def offset_after(self, prefix: str) -> int:
        """As :meth:`Token.offset_after`."""
        if not prefix:
            return self.start
        if self.end - self.start == len(self.norm):  # no character was dropped inside
            return self.start + len(prefix) if len(prefix) < len(self.norm) else self.end
        seen = 0
        for k, ch in enumerate(self.source[self.start:self.end]):
            if fold_char(ch):
                if seen == len(prefix):
                    return self.start + k
                seen += 1
        return self.end


@lru_cache(maxsize=16)
def token_stream(text: str) -> tuple[Tok, ...]:
    """The tokens of *text* as :class:`Tok`, cached: sentences, numbers and
    dates of one document all read the same stream, so the text is tokenised
    once (and without building a Token per word, the larger part of the cost).
    """
    n = normalize(text)
    pieces = _PIECE_RE.findall(n.text)
    norms = list(map(str.lstrip, pieces))  # \s and str.isspace agree on every code point
    ends = list(accumulate(map(len, pieces)))
    starts = list(map(sub, ends, map(len, norms)))
    if len(n.text) != len(text):  # normalisation dropped characters: map the offsets back
        offsets = n.offsets  # indexed in a comprehension: a tuple's __getitem__ through map is 3x slower
        starts = [offsets[k] for k in starts]
        ends = [offsets[k] for k in ends]
    return tuple(map(Tok, zip(norms, starts, ends, repeat(text))))


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


class WordMemo(dict):
    """A cache of one fact per folded word, read at C speed through map().

    ``memo[norm]`` computes ``fact(norm)`` once; the memo forgets everything
    when it grows past *limit* words, so a long run stays bounded.
    """

    def __init__(self, fact: Callable[[str], object], limit: int = 1 << 17) -> None:
        super().__init__()
        self.fact = fact
        self.limit = limit

    def __missing__(self, norm: str) -> object:
        if len(self) >= self.limit:
            self.clear()
        value = self[norm] = self.fact(norm)
        return value


_norm_of = itemgetter(0)  # Tok.norm


def indices_where(tokens: Sequence[Tok], memo: WordMemo) -> list[int]:
    """Indices of the tokens whose folded form *memo* holds true."""
    return list(compress(count(), map(memo.__getitem__, map(_norm_of, tokens))))
