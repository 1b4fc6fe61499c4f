"""Per-document cost of split_sentences, find_dates and find_quantities.

Not a test: run it by hand to check the text layer's speed budget
(sentences + dates + quantities <= 0.6 ms per 1,200-character document).

    .venv/bin/python tests/text/bench_text_layer.py [rounds]

Texts: eval/dev and the Sky News corpus under /work/shared. Each round uses
fresh string objects and calls the three functions per document in the
extractor's order; the best round is reported, plus the first pass (when
the per-word caches are still cold).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

SHARED = Path("/work/shared")


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from marsad.text.dates import find_dates
    from marsad.text.numbers import find_quantities
    from marsad.text.sentences import split_sentences

    docs = []
    for name in ("eval/dev/docs.jsonl", "data/corpus/skynews-syria.jsonl"):
        for line in open(SHARED / name, encoding="utf-8"):
            row = json.loads(line)
            docs.append((row["text"], dt.date.fromisoformat(row["published"])))
    scale = 1200 / (sum(len(t) for t, _ in docs) / len(docs))
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    clock = time.perf_counter
    best: dict[str, float] = {}
    for r in range(rounds):
        totals = {"sentences": 0.0, "dates": 0.0, "quantities": 0.0}
        for text, ref in [(t.encode().decode(), ref) for t, ref in docs]:
            a = clock()
            split_sentences(text)
            b = clock()
            find_dates(text, ref)
            c = clock()
            find_quantities(text)
            d = clock()
            totals["sentences"] += b - a
            totals["dates"] += c - b
            totals["quantities"] += d - c
        if r == 0:
            print(f"first pass: {sum(totals.values()) / len(docs) * 1e3 * scale:.3f} ms per 1200 chars")
        best = {k: min(v, best.get(k, v)) for k, v in totals.items()}
    print(f"{len(docs)} docs, best of {rounds} rounds, ms per 1200-char document:")
    for k, v in best.items():
        print(f"  {k:11s} {v / len(docs) * 1e3 * scale:.3f}")
    print(f"  {'total':11s} {sum(best.values()) / len(docs) * 1e3 * scale:.3f}")


if __name__ == "__main__":
    main()
