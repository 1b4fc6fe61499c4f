"""The texts, and the outputs recorded for them, of test_text_regression.py.

The texts are read from /work/shared (never copied into the repository):
every document of eval/seeds and eval/dev and the first 200 of the Sky News
corpus. Each is also run a second time with diacritics inserted, so that
the path where normalisation drops characters and offsets must be mapped
back is covered as well.

Run as a script to re-record the fixture from the current code:

    .venv/bin/python tests/text/regression_texts.py
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
from pathlib import Path

SHARED = Path("/work/shared")
SOURCES = (
    ("eval/seeds/docs.jsonl", None),
    ("eval/dev/docs.jsonl", None),
    ("data/corpus/skynews-syria.jsonl", 200),
)
FIXTURE = Path(__file__).parent / "fixtures" / "text_regression.json.gz"


def _with_diacritics(text: str) -> str:
    """A fatha after every fifth Arabic letter and a tatweel after every
    thirteenth: the same words, a different offset map."""
    out = []
    letters = 0
    for ch in text:
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            letters += 1
            if letters % 5 == 0:
                out.append("\u064e")
            if letters % 13 == 0:
                out.append("\u0640")
    return "".join(out)


def load_texts() -> list[tuple[str, str, dt.date | None]]:
    """(key, text, publication day) for every regression text, in a fixed order."""
    texts = []
    for name, limit in SOURCES:
        with open(SHARED / name, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if limit is not None and n >= limit:
                    break
                row = json.loads(line)
                published = row.get("published")
                ref = dt.date.fromisoformat(published) if published else None
                texts.append((f"{name}#{row['id']}", row["text"], ref))
                texts.append((f"{name}#{row['id']}+diacritics", _with_diacritics(row["text"]), ref))
    return texts


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _day(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def outputs(text: str, ref: dt.date | None) -> dict:
    """Offsets and values only: what the text layer reports for *text*."""
    from marsad.text.dates import find_dates
    from marsad.text.numbers import find_quantities
    from marsad.text.sentences import split_sentences

    return {
        "sentences": [list(s) for s in split_sentences(text)],
        "dates": [[_day(d.date), d.start, d.end, d.kind, _day(d.latest)] for d in find_dates(text, ref)],
        "dates_no_ref": [[_day(d.date), d.start, d.end, d.kind, _day(d.latest)] for d in find_dates(text, None)],
        "quantities": [[q.value, q.qualifier, q.start, q.end, q.num_start, q.num_end] for q in find_quantities(text)],
    }


def record() -> None:
    fixture = {key: {"sha1": digest(text), **outputs(text, ref)} for key, text, ref in load_texts()}
    FIXTURE.parent.mkdir(exist_ok=True)
    data = json.dumps(fixture, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    with gzip.GzipFile(FIXTURE, "wb", mtime=0) as f:
        f.write(data.encode("ascii"))
    print(f"{FIXTURE}: {len(fixture)} texts, {FIXTURE.stat().st_size} bytes")


if __name__ == "__main__":
    record()
