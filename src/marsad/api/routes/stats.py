"""Counts for the timeline and summaries."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from marsad.api.auth import Reader
from marsad.api.deps import DB, Filters
from marsad.api.schemas import StatsOut
from marsad.store import queries

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats", response_model=StatsOut)
def stats(db: DB, filters: Filters, _: Reader) -> dict[str, Any]:
    """Events per day, governorate and type. ``events`` counts reports (no tallies,
    no near-duplicate copies); ``killed`` sums incidents' conservative (low)
    figure, so an attack reported by five outlets is counted once."""

    def grouped(by: str) -> dict[Any, dict[str, int]]:
        out: dict[Any, dict[str, int]] = {}
        for unit in ("events", "incidents"):
            for row in queries.counts(db, by, unit=unit, **filters):  # type: ignore[arg-type]
                entry = out.setdefault(row["key"], {"events": 0, "incidents": 0, "killed": 0})
                entry[unit] = row["count"]
                if unit == "incidents":
                    entry["killed"] = row["killed"]
        return out

    by_day = grouped("day")
    keyed = {by: grouped(by) for by in ("admin1", "type")}
    return {
        "totals": {
            "events": sum(v["events"] for v in by_day.values()),
            "incidents": sum(v["incidents"] for v in by_day.values()),
            "killed": sum(v["killed"] for v in by_day.values()),
        },
        "by_day": [{"date": k, **v} for k, v in sorted(by_day.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))],
        **{
            f"by_{by}": [{"key": k, "events": v["events"], "killed": v["killed"]}
                         for k, v in sorted(rows.items(), key=lambda kv: -kv[1]["events"])]
            for by, rows in keyed.items()
        },
    }
