"""Showing a score to a person: a summary table and a per-document diff."""

from __future__ import annotations

import json

from rich.table import Table

from marsad.evaluate.read import EventFields
from marsad.evaluate.score import FIELDS, DocumentMatch, wrong_fields


def summary_table(result: dict) -> Table:
    """The §13 result as one two-column table."""
    table = Table(title="marsad evaluation (codebook §13)", show_header=True)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in ("documents", "gold_events", "pred_events", "matched"):
        table.add_row(key, str(result[key]))
    for key in ("precision", "recall", "f1"):
        table.add_row(key, f"{result[key]:.3f}")
    for field, value in result["field_accuracy"].items():
        table.add_row(f"field accuracy: {field}", f"{value:.3f}")
    for key in ("strict", "geocode_within", "killed_total_ratio"):
        table.add_row(key, f"{result[key]:.3f}")
    for key, value in result["tally"].items():
        table.add_row(f"tally {key}", f"{value:.3f}")
    return table


def show_value(value: object) -> str:
    """A field value as JSON, Arabic left readable; sets sorted."""
    if isinstance(value, frozenset):
        value = sorted(value)
    return json.dumps(value, ensure_ascii=False)


def describe(event: EventFields) -> str:
    """``air_strike 2016-10-01 الصاخور killed=7`` — enough to find the event in the text."""
    parts = [event.type or "untyped", event.date or "undated", event.location.name]
    if event.killed is not None:
        parts.append(f"killed={event.killed}")
    if event.tally:
        parts.append("(tally)")
    return " ".join(parts)


def diff_lines(matches: list[DocumentMatch]) -> list[str]:
    """Per document with any difference: missed gold events, extra predictions, wrong fields."""
    lines: list[str] = []
    for m in matches:
        body: list[str] = []
        for matching in (m.incidents, m.tallies):
            body += [f"  missed  {describe(e.event)}" for e in matching.missed]
            body += [f"  extra   {describe(e.event)}" for e in matching.extra]
            for gold, pred in matching.matched:
                wrong = wrong_fields(gold, pred)
                if wrong:
                    name = pred.location.name
                    at = "" if name == gold.location.name else f" (predicted at {name})"
                    body.append(f"  wrong   {describe(gold)}{at}")
                    body += [
                        f"            {field}: gold {show_value(FIELDS[field](gold))}"
                        f" / predicted {show_value(FIELDS[field](pred))}"
                        for field in wrong
                    ]
        if body:
            lines += [m.doc_id, *body]
    return lines
