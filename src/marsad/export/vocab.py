"""The export vocabularies, read from the commented TSV files in ``data/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def table(name: str) -> dict[str, list[str]]:
    """``data/NAME.tsv`` as first column -> the other columns; ``#`` lines are comments."""
    rows: dict[str, list[str]] = {}
    for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, *rest = line.split("\t")
            rows[key] = rest
    return rows


def actor(code: str | None) -> list[str]:
    """[acled name, inter, ucdp side, state] of an actor code (``-`` when none)."""
    return table("actors").get(code or "-", table("actors")["other"])


def is_state(code: str) -> bool:
    return actor(code)[3] == "yes"


def main_first(codes: list[str]) -> list[str]:
    """Actor codes with the main actor first: the state forces (inter 1), then the rest."""
    return sorted(codes, key=lambda c: (int(actor(c)[1]), c))


def country(alpha2: str | None) -> list[str]:
    """[iso numeric, name, region, alpha3]; unknown countries keep their code."""
    return table("countries").get(alpha2 or "", ["", alpha2 or "", "", alpha2 or "XXX"])


def precision(value: str | None) -> list[str]:
    """[acled geo_precision, ucdp where_prec] (coarsest when unknown)."""
    return table("precision").get(value or "", ["3", "6"])
