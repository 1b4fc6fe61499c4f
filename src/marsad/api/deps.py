"""Dependencies shared by the routes: a database session and the event filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from marsad.api.schemas import ActorCode, Admin1, TargetCode
from marsad.model import EventType


def session(request: Request) -> Iterator[Session]:
    """One session per request, closed afterwards; writers commit themselves."""
    with request.app.state.sessions() as s:
        yield s


DB = Annotated[Session, Depends(session)]


def filters(
    from_: Annotated[dt.date | None, Query(alias="from", description="first day, ISO date")] = None,
    to: Annotated[dt.date | None, Query(description="last day (inclusive), ISO date")] = None,
    admin1: Annotated[Admin1 | None, Query(description="governorate, OCHA spelling")] = None,
    type: Annotated[EventType | None, Query(description="event type (codebook §4)")] = None,
    perpetrator: Annotated[ActorCode | None, Query(description="actor code (§7)")] = None,
    target: Annotated[TargetCode | None, Query(description="target code (§8)")] = None,
    min_killed: Annotated[int | None, Query(ge=0, description="at least this many killed")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Arabic text search, normalised: اعزاز finds أعزاز")] = None,
) -> dict[str, Any]:
    """The filters every listing accepts, as keyword arguments of the store's queries."""
    given = {
        "date_from": from_.isoformat() if from_ else None,
        "date_to": to.isoformat() if to else None,
        "admin1": admin1 or None,
        "type": type or None,
        "perpetrator": perpetrator or None,
        "target": target or None,
        "min_killed": min_killed,
        "q": q.strip() if q and q.strip() else None,
    }
    return {k: v for k, v in given.items() if v is not None}


Filters = Annotated[dict[str, Any], Depends(filters)]


def limit(value: Annotated[int, Query(alias="limit", ge=1, le=500)] = 50) -> int:
    return value


def offset(value: Annotated[int, Query(alias="offset", ge=0)] = 0) -> int:
    return value


Limit = Annotated[int, Depends(limit)]
Offset = Annotated[int, Depends(offset)]
