"""The codebook's records as typed, validated objects.

These classes *are* the contract of ``shared/spec/event-model.md`` §1–§5: the
extractor produces them, the store persists them, every export reads them.
``model_dump(mode="json")`` gives exactly the codebook's JSON.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EventType = Literal[
    "air_strike", "shelling", "remote_explosive", "suicide_bomb", "chemical_weapon",
    "armed_clash", "territory_change", "attack", "abduction",
]
Precision = Literal[
    "neighbourhood", "community", "subdistrict", "district", "region", "governorate", "country",
]
Qualifier = Literal["exact", "at_least", "at_most", "approx", "vague"]
Span = tuple[int, int]

EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
ACTOR_CODES = (
    "syria_gov", "russia", "iran_axis", "opposition", "hts", "isis", "sdf", "turkey",
    "us_coalition", "israel", "other",
)
TARGET_CODES = (
    "civilians", "medical", "school", "market", "religious", "civil_defence",
    "humanitarian", "camp", "infrastructure", "military",
)
SOURCE_CODES = (
    "sohr", "activists", "civil_defence", "medics", "state_media", "government", "military",
    "faction", "local_media", "witnesses", "un", "ngo", "media",
)


class Document(BaseModel):
    """One input article (codebook §1)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_is_text(cls, v: object) -> object:
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise ValueError("id must be a string")
        return str(v)

    @field_validator("published")
    @classmethod
    def _iso_date(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        published_date(v)  # raises ValueError on a malformed date
        return v

    @property
    def published_day(self) -> dt.date | None:
        return published_date(self.published) if self.published else None


def published_date(value: str) -> dt.date:
    """The calendar day of an ISO 8601 date or datetime (``2018-04-06T15:21:36Z``)."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"published is not an ISO 8601 date: {value!r}") from None


class Location(BaseModel):
    """Where an event happened (codebook §5)."""

    name: str
    admin1: str | None = None
    country: str | None = None
    precision: Precision | None = None
    pcode: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(BaseModel):
    """One incident at one place, on one day, of one type (codebook §3)."""

    model_config = ConfigDict(extra="allow")

    type: EventType
    date: str | None = None
    location: Location
    perpetrators: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    killed: int | None = None
    killed_qualifier: Qualifier | None = None
    injured: int | None = None
    injured_qualifier: Qualifier | None = None
    killed_groups: dict[str, int] = Field(default_factory=dict)
    sources: list[str] = Field(default_factory=list)
    claimed: bool = False
    tally: bool = False
    evidence: list[Span] = Field(default_factory=list)
    spans: dict[str, Span] = Field(default_factory=dict)


class DocumentEvents(BaseModel):
    """One output line (codebook §2)."""

    id: str
    events: list[Event] = Field(default_factory=list)
