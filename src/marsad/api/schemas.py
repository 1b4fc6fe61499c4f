"""Request and response models of the HTTP API.

Requests are strict (unknown fields and unknown codes are 422 errors that
name the field); responses document the shapes the dashboard reads and let
extra codebook fields through.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from marsad.model import ACTOR_CODES, SOURCE_CODES, TARGET_CODES, EventType, Location, Qualifier

ActorCode = Literal[ACTOR_CODES]  # type: ignore[valid-type]
TargetCode = Literal[TARGET_CODES]  # type: ignore[valid-type]
SourceCode = Literal[SOURCE_CODES]  # type: ignore[valid-type]
Admin1 = Literal[
    "Aleppo", "Idleb", "Hama", "Homs", "Rural Damascus", "Damascus", "Dar'a", "Deir-ez-Zor",
    "Ar-Raqqa", "Al-Hasakeh", "Lattakia", "Tartous", "As-Sweida", "Quneitra",
]


# ---------------------------------------------------------------- requests


class EventPatch(BaseModel):
    """A reviewer's correction: one or more codebook fields of an event."""

    model_config = ConfigDict(extra="forbid")

    type: EventType | None = None
    date: dt.date | None = None
    location: Location | None = None
    killed: int | None = Field(None, ge=0)
    killed_qualifier: Qualifier | None = None
    injured: int | None = Field(None, ge=0)
    injured_qualifier: Qualifier | None = None
    perpetrators: list[ActorCode] | None = None
    targets: list[TargetCode] | None = None
    sources: list[SourceCode] | None = None
    claimed: bool | None = None
    tally: bool | None = None

    @field_validator("type", "claimed", "tally", "location")
    @classmethod
    def _not_null(cls, v: object) -> object:
        if v is None:
            raise ValueError("cannot be null")
        return v

    def changes(self) -> dict[str, Any]:
        """The fields the request sets (an explicit null clears a figure or date)."""
        return self.model_dump(mode="json", include=self.model_fields_set)


class SplitRequest(BaseModel):
    """Events to take out of an incident into one new incident."""

    model_config = ConfigDict(extra="forbid")
    event_ids: list[int] = Field(min_length=1, max_length=500)


class MergeRequest(BaseModel):
    """Incidents to merge: the first one keeps its id."""

    model_config = ConfigDict(extra="forbid")
    incident_ids: list[int] = Field(min_length=2, max_length=500)


# ---------------------------------------------------------------- responses


class Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventOut(Loose):
    id: int
    document_id: str
    incident_id: int | None = None
    type: str
    date: str | None = None
    location: Location
    perpetrators: list[str] = []
    targets: list[str] = []
    killed: int | None = None
    injured: int | None = None
    sources: list[str] = []
    evidence: list[tuple[int, int]] = []
    spans: dict[str, tuple[int, int]] = {}
    outlet: str | None = None


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[EventOut]


class DocumentSummary(Loose):
    id: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None


class DocumentOut(DocumentSummary):
    text: str
    events: list[EventOut]


class DocumentPage(Page):
    items: list[DocumentSummary]


class SubmitResult(BaseModel):
    """What POST /api/documents did with each document, and the events it stored."""

    documents: list[dict[str, Any]]
    events: list[EventOut]


class ReportOut(EventOut):
    document: DocumentOut | DocumentSummary


class IncidentOut(Loose):
    id: int
    type: str
    date: str | None = None
    location: Location
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    perpetrators: list[str] = []
    targets: list[str] = []
    outlets: list[str] = []
    locked: bool = False


class IncidentDetail(IncidentOut):
    sources: list[str] = []
    reports: list[ReportOut]


class IncidentPage(Page):
    items: list[IncidentOut]


class DayCount(BaseModel):
    date: str | None
    events: int
    incidents: int
    killed: int


class KeyCount(BaseModel):
    key: str | None
    events: int
    killed: int


class Totals(BaseModel):
    events: int
    incidents: int
    killed: int


class StatsOut(BaseModel):
    """Counts for the timeline and the summary; deaths come from incidents (no double counting)."""

    totals: Totals
    by_day: list[DayCount]
    by_admin1: list[KeyCount]
    by_type: list[KeyCount]


class AuditEntry(BaseModel):
    id: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    field: str | None
    old_value: str | None
    new_value: str | None


class AuditPage(BaseModel):
    items: list[AuditEntry]


class Config(BaseModel):
    """What the dashboard needs to know about this server."""

    private: bool
    tile_url: str | None
    version: str
