"""Sentence boundaries for Arabic news text.

Arabic news chains clauses with '،' and 'و', so only '.', '؛', '!', '?' and
line breaks end a sentence. Quoted statements are kept whole: a full stop
inside «...» belongs to the quote, not to the reporting sentence.
"""

from __future__ import annotations

import re

_TERMINATORS = frozenset(".;!?؛؟\u06d4")  # \u06d4: Arabic full stop
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85")
_OPENERS = {"«": "»", "(": ")", "[": "]", "﴾": "﴿"}
_CLOSERS = frozenset(_OPENERS.values())
_BRACKETS = frozenset(")]﴿")
# Straight and curly double quotes are used in both directions in Arabic
# text, so each one toggles "inside a quote".
_TOGGLES = frozenset('"“”„')

# A quote or bracket left open longer than this is treated as unbalanced.
MAX_QUOTE = 400


def _is_decimal_point(text: str, i: int) -> bool:
    """'3.5': a dot between two digits."""
    return 0 < i < len(text) - 1 and text[i - 1].isdecimal() and text[i + 1].isdecimal()


def _is_abbreviation(text: str, i: int) -> bool:
    """'د.' or 'U.S.': a dot after a one-letter word."""
    return (
        i >= 1
        and text[i - 1].isalpha()
        and (i == 1 or not text[i - 2].isalpha())
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


_SPECIAL_RE = re.compile(
    "[" + re.escape("".join(_TERMINATORS | _LINE_BREAKS | _OPENERS.keys() | _CLOSERS | _TOGGLES)) + "]"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (original offsets, whitespace-trimmed, in order).

    Every non-space character of *text* lies in exactly one span.
    """
    cuts: list[int] = []
    stack: list[str] = []  # expected closers; '"' for an open toggle quote
    opened_at = 0  # where the outermost open quote/bracket began
    resume = 0  # characters before this were consumed by a sentence end
    for m in _SPECIAL_RE.finditer(text):
        i, ch = m.start(), m.group()
        if i < resume:
            continue
        if stack and i - opened_at > MAX_QUOTE:
            stack.clear()  # an unbalanced quote must not swallow the text
        if ch in _LINE_BREAKS:
            cuts.append(i + 1)
            stack.clear()
        elif ch in _OPENERS or (ch in _TOGGLES and (not stack or stack[-1] != '"')):
            if not stack:
                opened_at = i
            stack.append(_OPENERS.get(ch, '"'))
        elif stack and (ch == stack[-1] or (ch in _TOGGLES and stack[-1] == '"')):
            stack.pop()
            if not stack and ch not in _BRACKETS and _ends_quoted_sentence(text, i):
                cuts.append(i + 1)
        elif ch in _TERMINATORS and not stack:
            if ch == "." and (_is_decimal_point(text, i) or _is_abbreviation(text, i)):
                continue
            resume = _sentence_end(text, i)
            cuts.append(resume)
    spans = []
    start = 0
    for end in [*cuts, len(text)]:
        span = _trimmed(text, start, end)
        if span:
            spans.append(span)
        start = end
    return spans


def _sentence_end(text: str, i: int) -> int:
    """End of a sentence whose stop is at *i*: '...', '?!' and a closing quote
    or bracket right after the stop stay with it."""
    n = len(text)
    while i + 1 < n and text[i + 1] in _TERMINATORS:
        i += 1
    while i + 1 < n and (
        text[i + 1] in _CLOSERS
        or (text[i + 1] in _TOGGLES and (i + 2 == n or text[i + 2].isspace()))
    ):
        i += 1
    return i + 1


def _ends_quoted_sentence(text: str, close: int) -> bool:
    """A quote that closes right after a full stop ends the sentence: «...انتهى.»"""
    j = close - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in _TERMINATORS
