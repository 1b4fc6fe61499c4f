"""Helpers for the whole-article tests: an article, its events, and places
compared as the scorer compares them (§13.1-2: normalised, and equal or one a
whole-word part of the other).

A test marked ``xfail(strict=True)`` pins a rule the extractor gets wrong
today; its reason says which rule and what comes out instead. When the
extractor is fixed the test passes unexpectedly and the suite turns red, which
is the signal to remove the mark.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from marsad.evaluate.names import names_match, normalize_name
from marsad.extractor.pipeline import extract
from marsad.model import Event


@dataclass(frozen=True)
class Article:
    title: str
    published: str
    text: str


def events(a: Article) -> list[Event]:
    return extract(a.text, published=a.published, title=a.title)


def incidents(a: Article) -> list[Event]:
    return [e for e in events(a) if not e.tally]


def tallies(a: Article) -> list[Event]:
    return [e for e in events(a) if e.tally]


def place_as(e: Event, names: list[str]) -> str:
    """The expected name *e*'s place matches (§13.2), else its own name."""
    key = normalize_name(e.location.name)
    for n in names:
        if names_match(key, normalize_name(n)):
            return n
    return e.location.name


def triples(found: list[Event], expected: list[tuple[str, str, str | None]]):
    """(place, type, date) of *found*, places named as in *expected* when they match."""
    names = [n for n, _, _ in expected]
    return sorted(((place_as(e, names), e.type, e.date) for e in found), key=str)


def xfail(reason: str):
    """A rule the extractor gets wrong today: the test turns red once it is fixed."""
    return pytest.mark.xfail(strict=True, reason=reason)
