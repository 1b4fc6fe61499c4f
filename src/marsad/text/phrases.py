"""Matching multi-word phrases (qualifiers, vague quantities, date words)
against a token list.

A phrase is a sequence of folded words; only its first word may carry a
proclitic (بأكثر من، وعشرات، ومساء أمس). Tables are indexed by their first
and last words so matching costs one dictionary look-up per token.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from marsad.text.tokens import Tok, WordMemo, splits
from marsad.text.vocab import rows


class Match(NamedTuple):
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    payload: tuple[str, ...]  # the data file's other fields
    prefix: str  # proclitic on the first token ('' if none)

    def span(self, tokens: Sequence[Tok]) -> tuple[int, int]:
        """Original offsets of the phrase, without its leading proclitic."""
        return tokens[self.first].offset_after(self.prefix), tokens[self.last].end


_Options = list[tuple[tuple[str, ...], tuple[str, ...]]]  # (phrase words, payload), longest first


class PhraseTable:
    """Phrases indexed by their first and last words.

    What match_at and match_ending_at look up for a token depends on its
    folded form alone (its splits tried against the index), so it is
    memoised per word: a match attempt costs one dictionary read.
    """

    def __init__(self, by_first: dict[str, _Options], by_last: dict[str, _Options]) -> None:
        self.by_first = by_first
        self.by_last = by_last
        self.opening = WordMemo(self._opening)
        self.closing = WordMemo(self._closing)

    def _opening(self, norm: str) -> tuple[tuple[str, _Options], ...]:
        """(proclitic, phrases) for each split of *norm* that starts a phrase, shortest proclitic first."""
        candidates = reversed(splits(norm)) if norm[:1].isalpha() else (("", norm),)
        return tuple((prefix, self.by_first[rest]) for prefix, rest in candidates if rest in self.by_first)

    def _closing(self, norm: str) -> _Options:
        """The phrases a token of form *norm* may end: those whose last word it
        is, else the one-word phrases it is with a proclitic."""
        candidates = self.by_last.get(norm, [])
        if norm[:1].isalpha() and not candidates:
            candidates = [c for _, rest in splits(norm) for c in self.by_last.get(rest, ()) if len(c[0]) == 1]
        return candidates


def build(entries: Iterable[tuple[str, ...]]) -> PhraseTable:
    """A table from (phrase, *payload) rows; longer phrases are tried first."""
    by_first: dict = defaultdict(list)
    by_last: dict = defaultdict(list)
    for phrase, *payload in entries:
        phrase_words = tuple(phrase.split())
        by_first[phrase_words[0]].append((phrase_words, tuple(payload)))
        by_last[phrase_words[-1]].append((phrase_words, tuple(payload)))
    for table in (by_first, by_last):
        for options in table.values():
            options.sort(key=lambda o: len(o[0]), reverse=True)
    return PhraseTable(dict(by_first), dict(by_last))


@cache
def table(name: str) -> PhraseTable:
    """The phrase table of a data file, built once."""
    return build(rows(name))


def _first_word_prefix(token: Tok, word: str) -> str | None:
    """The proclitic that makes *token* read as *word*, or None."""
    if token.norm == word:
        return ""
    for prefix, rest in splits(token.norm):
        if rest == word and prefix:
            return prefix
    return None


def _rest_matches(tokens: Sequence[Tok], first: int, phrase_words: tuple[str, ...]) -> bool:
    n = len(phrase_words)
    if first < 0 or first + n > len(tokens):
        return False
    if n == 1:
        return True
    if tokens[first + 1].norm != phrase_words[1]:  # most candidates end here
        return False
    return n == 2 or all(tokens[first + k].norm == phrase_words[k] for k in range(2, n))


def match_at(tokens: Sequence[Tok], i: int, phrases: PhraseTable) -> Match | None:
    """The longest phrase that starts at token *i*."""
    if i < 0 or i >= len(tokens):
        return None
    best = None
    for prefix, options in phrases.opening[tokens[i].norm]:
        for phrase_words, payload in options:
            if _rest_matches(tokens, i, phrase_words):
                last = i + len(phrase_words) - 1
                if best is None or last > best.last:  # longest phrase, then shortest prefix
                    best = Match(i, last, payload, prefix)
                break
    return best


def match_ending_at(tokens: Sequence[Tok], j: int, phrases: PhraseTable) -> Match | None:
    """The longest phrase whose last token is token *j*."""
    if j < 0 or j >= len(tokens):
        return None
    for phrase_words, payload in phrases.closing[tokens[j].norm]:
        first = j - len(phrase_words) + 1
        if not _rest_matches(tokens, first, phrase_words):
            continue
        prefix = _first_word_prefix(tokens[first], phrase_words[0])
        if prefix is not None:
            return Match(first, j, payload, prefix)
    return None
