"""Reading gold and prediction files (codebook §2) for the scorer.

The scorer reads only the fields §13 compares, and checks their JSON types so
a malformed record is reported with its file and line instead of being scored
as something it is not. It deliberately does not use :class:`marsad.model.Event`:
a value outside the codebook's vocabulary (a misspelt type, an unknown
qualifier) is a wrong answer to score, not a reason to refuse the whole file.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError, field_validator

from marsad.evaluate.names import Name, normalize_name


class ScoringInputError(ValueError):
    """A gold or prediction line that cannot be scored."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class LocationFields(BaseModel):
    """The parts of a location (§5) that §13 reads."""

    name: str = ""
    alt_names: list[str] = []
    admin1: str | None = None
    precision: str | None = None
    pcode: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventFields(BaseModel):
    """The parts of an event (§3) that §13 reads; missing lists are empty, flags false."""

    type: str | None = None
    date: str | None = None
    location: LocationFields = LocationFields()
    killed: int | None = None
    injured: int | None = None
    perpetrators: list[str] = []
    targets: list[str] = []
    sources: list[str] = []
    claimed: bool = False
    tally: bool = False

    @field_validator("perpetrators", "targets", "sources", mode="before")
    @classmethod
    def _null_is_empty(cls, v: object) -> object:
        return [] if v is None else v


@dataclass(frozen=True)
class ScoredEvent:
    """An event plus the normalised names it may match under (§13.1)."""

    event: EventFields
    names: frozenset[Name]


def scored_event(raw: dict, *, gold: bool) -> ScoredEvent:
    """Validate one event; gold ``location.alt_names`` add names (predictions' are ignored)."""
    event = EventFields.model_validate(raw)
    spellings = [event.location.name]
    if gold:
        spellings += event.location.alt_names
    names = frozenset(n for n in map(normalize_name, spellings) if n)
    return ScoredEvent(event, names)


def read_events(path: str | Path, *, gold: bool) -> dict[str, list[ScoredEvent]]:
    """Document id → its events, in file order; raises :class:`ScoringInputError`."""
    path = str(path)
    documents: dict[str, list[ScoredEvent]] = {}
    with open(path, "rb") as f:
        for number, raw_line in enumerate(f, start=1):
            if number == 1:
                raw_line = raw_line.removeprefix(codecs.BOM_UTF8)
            try:
                parsed = parse_line(raw_line, gold=gold)
                if parsed is None:
                    continue
                doc_id, events = parsed
                if doc_id in documents:
                    raise ValueError(f"duplicate document id {doc_id!r}")
            except ValueError as e:
                raise ScoringInputError(path, number, str(e)) from None
            documents[doc_id] = events
    return documents


def parse_line(raw_line: bytes, *, gold: bool) -> tuple[str, list[ScoredEvent]] | None:
    """One §2 line as (id, events); None for a blank line; ValueError says what is wrong."""
    try:
        line = raw_line.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8") from None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg}, column {e.colno})") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    doc_id, events = record.get("id"), record.get("events")
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError("'id' must be a non-empty string")
    if not isinstance(events, list):
        raise ValueError("'events' must be a list")
    scored = []
    for i, raw in enumerate(events):
        if not isinstance(raw, dict):
            raise ValueError(f"event {i} is not a JSON object")
        try:
            scored.append(scored_event(raw, gold=gold))
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(part) for part in err["loc"])
            raise ValueError(f"event {i}: {where}: {err['msg']}") from None
    return doc_id, scored
