"""The tables, as SQLAlchemy 2 ORM classes: one schema for SQLite and PostgreSQL.

Events keep every codebook field (§3–§11) so nothing the extractor found is
lost; incidents are *derived* from events by :mod:`marsad.link` and can be
recomputed at any time. Lists and span maps are JSON columns.

Changing a table here needs a new migration in ``migrations/versions``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: sa.JSON, list[Any]: sa.JSON}


class DocumentRow(Base):
    """One input article (codebook §1) plus what dedup and search need."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(sa.String(255), primary_key=True)
    source: Mapped[str | None] = mapped_column(sa.String(255))
    title: Mapped[str | None] = mapped_column(sa.Text)
    text: Mapped[str] = mapped_column(sa.Text)
    published: Mapped[str | None] = mapped_column(sa.String(64))
    published_day: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    url: Mapped[str | None] = mapped_column(sa.Text)
    # sha256 of fold(title + text) with whitespace collapsed: same story, same hash
    content_hash: Mapped[str] = mapped_column(sa.String(64), index=True)
    # set on a near-duplicate (same wire story elsewhere): its events count once
    duplicate_of: Mapped[str | None] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    text_norm: Mapped[str] = mapped_column(sa.Text)  # fold(title + text), for search
    ingested_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    events: Mapped[list[EventRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="EventRow.position"
    )


class DocumentBand(Base):
    """MinHash LSH band keys (:mod:`marsad.store.dedup`): sharing one makes two documents near-duplicate candidates."""

    __tablename__ = "document_bands"

    band: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class IncidentRow(Base):
    """One real-world incident: the linked reports of it from one or more documents."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(sa.String(32), index=True)
    date: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    location_name: Mapped[str] = mapped_column(sa.Text)
    admin1: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    country: Mapped[str | None] = mapped_column(sa.String(2))
    precision: Mapped[str | None] = mapped_column(sa.String(16))
    pcode: Mapped[str | None] = mapped_column(sa.String(32))
    lat: Mapped[float | None] = mapped_column(sa.Float)
    lon: Mapped[float | None] = mapped_column(sa.Float)
    killed_low: Mapped[int | None]
    killed_best: Mapped[int | None]
    killed_high: Mapped[int | None]
    injured_low: Mapped[int | None]
    injured_best: Mapped[int | None]
    injured_high: Mapped[int | None]
    number_of_sources: Mapped[int] = mapped_column(default=0)
    sources: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)  # outlets
    perpetrators: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    targets: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    explanation: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    # set by a reviewer's split/merge: the linker then leaves its membership alone
    locked: Mapped[bool] = mapped_column(default=False, index=True)  # relinking reads the locked ones
    updated_at: Mapped[dt.datetime] = mapped_column(
        sa.DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    events: Mapped[list[EventRow]] = relationship(back_populates="incident", order_by="EventRow.id")


class EventRow(Base):
    """One extracted event (codebook §3), as reported by one document."""

    __tablename__ = "events"
    __table_args__ = (sa.UniqueConstraint("document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]  # order within the document's output
    type: Mapped[str] = mapped_column(sa.String(32), index=True)
    date: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    # date, else the document's publication day: what linking windows on
    ref_day: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    location_name: Mapped[str] = mapped_column(sa.Text)
    admin1: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    country: Mapped[str | None] = mapped_column(sa.String(2))
    precision: Mapped[str | None] = mapped_column(sa.String(16))
    pcode: Mapped[str | None] = mapped_column(sa.String(32), index=True)
    lat: Mapped[float | None] = mapped_column(sa.Float)
    lon: Mapped[float | None] = mapped_column(sa.Float)
    name_norm: Mapped[str] = mapped_column(sa.Text)  # fold(location name), for search
    perpetrators: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    targets: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    sources: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    killed_groups: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    evidence: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    spans: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    extra: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)  # extra fields
    killed: Mapped[int | None]
    killed_qualifier: Mapped[str | None] = mapped_column(sa.String(16))
    injured: Mapped[int | None]
    injured_qualifier: Mapped[str | None] = mapped_column(sa.String(16))
    claimed: Mapped[bool] = mapped_column(default=False)
    tally: Mapped[bool] = mapped_column(default=False, index=True)
    incident_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("incidents.id", ondelete="SET NULL"), index=True
    )
    link_rule: Mapped[str | None] = mapped_column(sa.Text)  # why it joined its incident

    document: Mapped[DocumentRow] = relationship(back_populates="events")
    incident: Mapped[IncidentRow | None] = relationship(back_populates="events")


class ApiToken(Base):
    """A bearer token for the HTTP API; only its hash is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(255))
    token_hash: Mapped[str] = mapped_column(sa.String(128), unique=True)
    role: Mapped[str] = mapped_column(sa.String(16))  # 'writer' | 'reviewer'
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (sa.CheckConstraint("role IN ('writer', 'reviewer')", name="ck_api_tokens_role"),)


class AuditLog(Base):
    """Who changed what: one row per field changed by a review action."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(sa.String(255))
    action: Mapped[str] = mapped_column(sa.String(32))
    object_type: Mapped[str] = mapped_column(sa.String(16))
    object_id: Mapped[str] = mapped_column(sa.String(255), index=True)
    field: Mapped[str | None] = mapped_column(sa.String(64))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)
