"""Sentences, dates and counts of real articles stay exactly as recorded.

The fixture holds offsets and values only, recorded from the text layer
before its speed rewrite (see regression_texts.py); the article texts are
read from /work/shared at test time. A change here is a change of results:
re-record the fixture only when that change is intended.
"""

from __future__ import annotations

import gzip
import json

import pytest

from regression_texts import FIXTURE, SHARED, SOURCES, digest, load_texts, outputs

pytestmark = pytest.mark.skipif(
    not all((SHARED / name).is_file() for name, _ in SOURCES),
    reason=f"regression texts not available: {', '.join(str(SHARED / n) for n, _ in SOURCES)} missing",
)


@pytest.fixture(scope="module")
def recorded() -> dict:
    with gzip.open(FIXTURE, "rt", encoding="ascii") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def texts() -> list:
    return load_texts()


def test_every_text_is_recorded(recorded, texts):
    assert sorted(recorded) == sorted(key for key, _, _ in texts)
    changed = [key for key, text, _ in texts if recorded[key]["sha1"] != digest(text)]
    assert not changed, f"texts under {SHARED} changed since the fixture was recorded: {changed[:5]}"


def test_outputs_unchanged(recorded, texts):
    differ = []
    for key, text, ref in texts:
        expected = {k: v for k, v in recorded[key].items() if k != "sha1"}
        got = json.loads(json.dumps(outputs(text, ref)))
        for part in expected:
            if got[part] != expected[part]:
                differ.append(f"{key} {part}: expected {expected[part]} got {got[part]}")
    assert not differ, f"{len(differ)} differences, first: " + "\n".join(differ[:5])
