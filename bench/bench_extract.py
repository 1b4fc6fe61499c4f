"""Extraction throughput: documents per second on one core, and peak memory.

Runs the extractor in-process on the evaluation documents repeated to at
least ``--docs`` documents, timed in ``--rounds`` equal rounds. Loading
(imports, reading input) and warm-up (the first extraction, which pays for any
lazily loaded vocabulary or gazetteer) are timed apart from the steady state.
The figure is the whole run; the rounds' median and best say how much a shared
machine moved it meanwhile. The last line is machine-readable:

    docs_per_s=123.4 median_round=125.0 best_round=130.2 peak_rss_mb=56.7
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import pstats
import statistics
import sys
import time
from pathlib import Path

from measure import peak_rss_mb, pin_to_one_core  # bench/ is on sys.path when a script here runs

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"
INPUTS = ("dev/docs.jsonl", "seeds/docs.jsonl")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR,
                        help=f"directory with dev/ and seeds/ docs.jsonl (default {DEFAULT_EVAL_DIR})")
    parser.add_argument("--docs", type=int, default=2000, help="extract at least this many documents")
    parser.add_argument("--rounds", type=int, default=5, help="time the run in this many equal rounds")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 20 (slows the run)")
    args = parser.parse_args(argv)

    core = pin_to_one_core()
    start = time.perf_counter()
    from marsad.extractor.pipeline import extract_document
    from marsad.ingest import InputError, read_documents

    docs = []
    for item in read_documents([args.eval_dir / name for name in INPUTS]):
        if isinstance(item, InputError):
            sys.exit(f"bench: {item}")
        docs.append(item)
    if not docs:
        sys.exit(f"bench: no documents under {args.eval_dir}")
    load_s = time.perf_counter() - start

    start = time.perf_counter()
    extract_document(docs[0])
    warmup_s = time.perf_counter() - start

    rounds = max(1, args.rounds)
    round_docs = docs * math.ceil(args.docs / len(docs) / rounds)
    profiler = cProfile.Profile() if args.profile else None
    events = 0
    round_s: list[float] = []
    if profiler:
        profiler.enable()
    for _ in range(rounds):
        start = time.perf_counter()
        for doc in round_docs:
            events += len(extract_document(doc).events)
        round_s.append(time.perf_counter() - start)
    if profiler:
        profiler.disable()
    run_s = sum(round_s)
    batch = round_docs * rounds
    per_round = sorted(len(round_docs) / s for s in round_s)

    if profiler:
        report = io.StringIO()
        pstats.Stats(profiler, stream=report).sort_stats("cumulative").print_stats(20)
        print(report.getvalue())
    chars = sum(len(doc.text) for doc in batch)
    print(f"{core} unique_docs={len(docs)} load_s={load_s:.3f} warmup_s={warmup_s:.3f}")
    print(f"docs={len(batch)} events={events} run_s={run_s:.3f} chars_per_s={chars / run_s:.0f}")
    print("rounds_docs_per_s=" + ",".join(f"{r:.0f}" for r in per_round))
    print(f"docs_per_s={len(batch) / run_s:.1f} median_round={statistics.median(per_round):.1f} "
          f"best_round={per_round[-1]:.1f} peak_rss_mb={peak_rss_mb():.1f}")


if __name__ == "__main__":
    main()
