"""Reading one number (digits or Arabic number words) from a token stream.

Arabic writes compound numbers units first and joins the parts with و
(ثلاثمائة وسبعون، خمسة وعشرون), so a number is a short run of tokens. This
module knows that grammar and nothing about what is being counted.
"""

from __future__ import annotations

from functools import cache
from collections.abc import Sequence
from typing import NamedTuple

from marsad.text.tokens import Tok, WordMemo, splits
from marsad.text.vocab import rows


class Word(NamedTuple):
    value: int
    kind: str  # see data/number_words.tsv


class Reading(NamedTuple):
    value: int
    first: int  # index of the first token of the number
    last: int  # index of its last token (inclusive)


@cache
def number_words() -> dict[str, Word]:
    """Folded number word → (value, kind)."""
    return {r[0]: Word(int(r[1]), r[2]) for r in rows("number_words.tsv")}


def word_value(token: Tok) -> tuple[str, Word] | None:
    """(proclitic, entry) when *token* is a number word, possibly with a clitic.

    The article is refused on اثنين/اثنان: الاثنين is Monday.
    """
    return _WORD_VALUES[token.norm]


def _word_value(norm: str) -> tuple[str, Word] | None:
    """word_value of a token of this folded form."""
    if not norm[:1].isalpha():
        return None
    lexicon = number_words()
    for prefix, rest in reversed(splits(norm)):  # واحد before و+احد
        entry = lexicon.get(rest)
        if entry is not None:
            if "ال" in prefix and entry.value == 2 and entry.kind == "unit":
                return None
            return prefix, entry
    return None


_WORD_VALUES = WordMemo(_word_value)


def digits_value(token: Tok) -> float | None:
    """The value of a digit token ('1,200' → 1200, '3.5' → 3.5)."""
    norm = token.norm
    if not norm[:1].isdecimal():  # not token.is_number, without the property call
        return None
    return float(norm.replace(",", ""))


def _adjacent_words(tokens: Sequence[Tok], i: int) -> bool:
    """Tokens i-1 and i are consecutive words (only spaces between them)."""
    return tokens[i].is_word and tokens[i - 1].end <= tokens[i].start


def read_number(tokens: Sequence[Tok], i: int) -> Reading | None:
    """The number that starts at token *i*, if one does.

    Accepts digits ('20', '3 آلاف', '1.5 مليون') and word compounds
    ('ثلاثة عشر', 'ثلاثمائة وسبعون', 'خمسة آلاف'). Decimals without a scale
    word are not counts and give None, as do lone plural scales ('آلاف').
    """
    first = tokens[i]
    digits = digits_value(first)
    if digits is not None:
        current: float = digits
        kind = "digits"
    else:
        found = word_value(first)
        if found is None or found[1].kind == "plural":
            return None
        current, kind = found[1].value, found[1].kind
    total = 0.0
    last = i
    j = i + 1
    while j < len(tokens) and _adjacent_words(tokens, j):
        found = word_value(tokens[j])
        if found is None:
            break
        prefix, word = found
        if prefix == "" and word.kind == "ten" and kind in ("unit", "teen_unit") and current < 10:
            current += 10  # ثلاثة عشر
            kind = "teen"
        elif prefix == "" and word.kind == "hundreds" and word.value == 100 and kind == "unit":
            current *= 100  # ثلاث مئة
            kind = "hundreds"
        elif prefix == "" and word.kind in ("scale", "plural") and kind != "teen_unit":
            total += current * word.value  # خمسة آلاف، 3 آلاف، عشرون ألفاً
            current = 0
            kind = "scale"
        elif prefix == "و" and _joins(kind, word.kind):
            current += word.value  # خمسة وعشرون، ثلاثمائة وسبعون
            kind = word.kind
        else:
            break
        last = j
        j += 1
    if kind == "teen_unit":
        return None  # أحد / إحدى alone mean "one of"
    value = total + current
    if value != int(value) or value <= 0:
        return None
    return Reading(int(value), i, last)


def _joins(before: str, after: str) -> bool:
    """May a و-joined part of kind *after* follow one of kind *before*?"""
    if before == "unit":
        return after == "tens"  # units come first: خمسة وعشرون
    if before in ("hundreds", "scale"):
        return after in ("unit", "teen_unit", "ten", "tens", "hundreds") and (
            before == "scale" or after != "hundreds"
        )
    return False
