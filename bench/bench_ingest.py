"""Ingest throughput: `marsad ingest` documents per second end to end, and peak memory.

Runs the `marsad ingest` command in-process (extraction, storage, near-duplicate
marking, incident linking; batches of ``--batch-size`` documents, each one
transaction) on a corpus into a fresh database, pinned to one CPU core, and
times the whole command. With ``--events`` the given pre-extracted events are
stored instead of extracting, which measures the store and linking alone.
The last line is machine-readable:

    docs_per_s=123.4 peak_rss_mb=56.7

``--db`` takes a database URL to use instead of a fresh SQLite file (for
PostgreSQL give an empty database: the numbers are for a fresh one).
``--order shuffled`` ingests the corpus in a fixed random order (backfill-like).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

from measure import peak_rss_mb, pin_to_one_core  # bench/ is on sys.path when a script here runs

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "skynews-syria.jsonl"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"JSONL documents (default {DEFAULT_CORPUS})")
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file in a temp dir)")
    parser.add_argument("--events", type=Path, help="pre-extracted events JSONL: store only")
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--order", choices=["file", "shuffled"], default="file")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 25 (slows the run)")
    args = parser.parse_args(argv)

    core = pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        corpus = args.corpus
        lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        if args.order == "shuffled":
            random.Random(0).shuffle(lines)
            corpus = Path(tmp) / "shuffled.jsonl"
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        cmd = ["ingest", str(corpus), "--db", url, "--batch-size", str(args.batch_size)]
        if args.events:
            cmd += ["--events", str(args.events)]

        from marsad.cli import main as marsad  # imports are not timed; the extractor's loading is

        profiler = cProfile.Profile() if args.profile else None
        devnull = open(os.devnull, "w")  # noqa: SIM115 - the progress bar and table go nowhere
        saved = sys.stderr
        sys.stderr = devnull
        start = time.perf_counter()
        try:
            if profiler:
                profiler.enable()
            marsad.main(cmd, standalone_mode=False)
        finally:
            if profiler:
                profiler.disable()
            elapsed = time.perf_counter() - start
            sys.stderr = saved
            devnull.close()

        import sqlalchemy as sa

        from marsad.store.db import make_engine

        engine = make_engine(url)
        with engine.connect() as conn:
            n_docs, n_events, n_incidents = (
                conn.scalar(sa.text(f"SELECT count(*) FROM {t}"))
                for t in ("documents", "events", "incidents"))
        engine.dispose()

    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())
    backend = url.split(":", 1)[0]
    print(f"{core} backend={backend} order={args.order} extract={'no' if args.events else 'yes'} "
          f"batch_size={args.batch_size}")
    print(f"docs={len(lines)} stored_docs={n_docs} events={n_events} incidents={n_incidents} "
          f"run_s={elapsed:.2f}")
    print(f"docs_per_s={len(lines) / elapsed:.1f} peak_rss_mb={peak_rss_mb():.1f}")


if __name__ == "__main__":
    main()
