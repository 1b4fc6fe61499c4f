"""What every benchmark here measures the same way: one core, peak memory."""

from __future__ import annotations

import os
import resource
import sys


def pin_to_one_core() -> str:
    """Keep the run on one CPU so numbers compare across machines and runs."""
    if not hasattr(os, "sched_setaffinity"):
        return "unpinned"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"cpu{core}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024
