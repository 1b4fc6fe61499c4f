"""Counts in Arabic news: figures, number words, qualifiers (codebook §9).

find_quantities reports every count-like expression with its qualifier
(exact, at_least, at_most, approx, vague); deciding whether it counts the
dead or the injured is the extractor's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.text.dates import date_spans
from marsad.text.numerals import Reading, number_words, read_number, word_value
from marsad.text.phrases import Match, PhraseTable, build, match_at, match_ending_at, table
from marsad.text.tokens import Tok, WordMemo, indices_where, splits, token_stream
from marsad.text.vocab import rows

# 'على الأقل' and 'تقريباً' may follow the counted noun: '20 شخصاً على الأقل'.
_MAX_NOUN_GAP = 2
_PROCLITIC_LETTERS = frozenset("وفبلك")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int | None  # None for vague quantifiers
    qualifier: str  # 'exact' | 'at_least' | 'at_most' | 'approx' | 'vague'
    start: int  # original offsets of the whole expression incl. qualifier words
    end: int
    num_start: int  # original offsets of just the number
    num_end: int


def parse_number(text: str) -> int | None:
    """The integer an expression like '370', '١٬٢٠٠', 'ثلاثمائة وسبعون' or
    '3 آلاف' denotes; None unless the whole text is one number."""
    tokens = token_stream(text)
    if not tokens:
        return None
    reading = read_number(tokens, 0)
    if reading is None or reading.last != len(tokens) - 1:
        return None
    return reading.value


@cache
def _qualifiers(position: str) -> PhraseTable:
    """Qualifier phrases that stand *position* ('before'/'after') the number."""
    return build((phrase, qualifier) for phrase, qualifier, where in rows("quantity_qualifiers.tsv")
                 if where == position)


@cache
def _exclusions(position: str) -> PhraseTable:
    """Contexts of data/not_counts.tsv that stand *position* the number."""
    return build((phrase,) for phrase, where in rows("not_counts.tsv") if where == position)


@cache
def _dual_forms() -> frozenset[str]:
    """Folded dual forms of the person nouns in data/dual_nouns.tsv."""
    forms = set()
    for singular, which in rows("dual_nouns.tsv"):
        base = singular[:-1] + "ت" if singular.endswith("ه") else singular
        forms.add(base + "ان")
        if which == "both":
            forms.add(base + "ين")
    return frozenset(forms)


def dual_count(norm_word: str) -> int | None:
    """2 when the word can be the dual of a person noun (طفلين، مدنيين), else None.

    Whether مدنيين is a dual or a plural depends on context (codebook §9:
    right after a casualty word with no number it is two); that is left to
    the caller. A proclitic the caller left on is tolerated.
    """
    forms = _dual_forms()
    return 2 if any(rest in forms for _, rest in splits(norm_word)) else None


def _bound_by_date(tokens: Sequence[Tok], i: int, date_spans: list[tuple[int, int]]) -> bool:
    start = tokens[i].start
    return any(a <= start < b for a, b in date_spans)


def _glued_to_word(tokens: Sequence[Tok], i: int) -> bool:
    """'F16', 'سو-24': a figure glued to a word is a name, not a count.

    A glued proclitic ('بـ15', 'و20', 'الـ15') is fine.
    """
    if i == 0 or tokens[i - 1].end != tokens[i].start:
        return False
    before = tokens[i - 1]
    if before.norm == "-" and i >= 2 and tokens[i - 2].end == before.start:
        return tokens[i - 2].is_word
    if not before.is_word:
        return False
    return not (set(before.norm) <= _PROCLITIC_LETTERS or before.norm in ("ال", "وال"))


def _not_a_count(tokens: Sequence[Tok], first: int, last: int) -> int | None:
    """Clock times, percentages, fractions, resolution numbers, bare years.

    Returns the index of the last token to skip, or None for a real count.
    """
    if match_ending_at(tokens, first - 1, _exclusions("before")) is not None:
        return last
    after = match_at(tokens, last + 1, _exclusions("after"))
    if after is not None:
        return after.last  # '50 بالمئة': مئة is part of the percentage
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.norm == ":" and nxt.start == tokens[last].end:
        return last + 2  # 10:30
    only = tokens[first]
    if first == last and only.norm.isdecimal() and len(only.norm) == 4 and 1900 <= int(only.norm) <= 2100:
        if nxt is None or not nxt.is_word:
            return last  # '... حتى 2018.' is a year
    return last if _glued_to_word(tokens, first) else None


def _qualifier_after(tokens: Sequence[Tok], last: int) -> Match | None:
    """'على الأقل' / 'تقريباً' after the number, possibly after its noun."""
    for k in range(last + 1, min(last + 2 + _MAX_NOUN_GAP, len(tokens))):
        m = match_at(tokens, k, _qualifiers("after"))
        if m is not None:
            return m
        if not tokens[k].is_word or read_number(tokens, k) is not None:
            return None
    return None


def _quantity(tokens: Sequence[Tok], reading: Reading, prefix: str) -> tuple[Quantity, int]:
    """The Quantity for a number read from the tokens, and the last token it uses."""
    first, last = reading.first, reading.last
    if prefix.endswith(("ال", "لل")):  # keep the article: 'القتلى الثلاثة'
        prefix = prefix[:-2] if prefix.endswith("ال") else prefix[:-1]
    num_start, num_end = tokens[first].offset_after(prefix), tokens[last].end
    start, end, qualifier, used = num_start, num_end, "exact", last
    before = match_ending_at(tokens, first - 1, _qualifiers("before"))
    if before is not None and not prefix:
        start, qualifier = before.span(tokens)[0], before.payload[0]
    else:
        after = _qualifier_after(tokens, last)
        if after is not None:
            end, qualifier, used = tokens[after.last].end, after.payload[0], after.last
    return Quantity(reading.value, qualifier, start, end, num_start, num_end), used


def _number_prefix(token: Tok) -> str:
    """The proclitic on a number word ('وثلاثة' → 'و'); '' for digits."""
    found = word_value(token)
    return found[0] if found else ""


def _may_open(norm: str) -> bool:
    """Can a token with this folded form open a count? (a fast filter)"""
    if norm[0].isdecimal():
        return True
    opening = _opening_words()
    return any(rest in opening for _, rest in splits(norm))


_OPENS = WordMemo(_may_open)


@cache
def _opening_words() -> frozenset[str]:
    """Number words and the first words of vague quantifiers."""
    return frozenset(number_words()) | frozenset(r[0].split()[0] for r in rows("vague_quantities.txt"))


def find_quantities(text: str) -> list[Quantity]:
    """Every count expression of *text*, in order.

    Digits and number words with their qualifiers, and vague quantifiers
    (عشرات، عدد من) with value None. Not reported: ordinals, weekdays, dates
    and years, clock times, percentages, fractions, duals (see dual_count).
    Spans leave out a proclitic glued to the first word ('وثلاثة' → 'ثلاثة').
    """
    tokens = token_stream(text)
    dates = date_spans(text)
    vague = table("vague_quantities.txt")
    out: list[Quantity] = []
    resume = 0  # tokens before this are used up
    for i in indices_where(tokens, _OPENS):
        if i < resume:
            continue
        reading = read_number(tokens, i)
        if reading is not None:
            if _bound_by_date(tokens, i, dates):
                resume = reading.last + 1
                continue
            skip = _not_a_count(tokens, i, reading.last)
            if skip is not None:
                resume = skip + 1
                continue
            quantity, used = _quantity(tokens, reading, _number_prefix(tokens[i]))
            out.append(quantity)
            resume = used + 1
            continue
        m = match_at(tokens, i, vague)
        if m is not None:
            start, end = m.span(tokens)
            out.append(Quantity(None, "vague", start, end, start, end))
            resume = m.last + 1
    return out
