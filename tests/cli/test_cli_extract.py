"""``marsad extract``: output format and order, bad records, encodings, atomic -o.

The extractor is replaced by a stub that reports what it was given (one event
whose date is the document's publication date and whose place is the first
word of the text), so these tests pin down the command, not extraction.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import marsad.cli.extract as extract_cli
from marsad.cli import main
from marsad.model import Document, DocumentEvents, Event, Location

ARABIC = "حلب تعرضت لغارات جوية صباح اليوم\n"


def stub_extractor(doc: Document) -> DocumentEvents:
    if doc.text.startswith("CRASH"):
        raise RuntimeError("boom")
    if not doc.text.strip():
        return DocumentEvents(id=doc.id)
    place = Location(name=doc.text.split()[0])
    return DocumentEvents(id=doc.id, events=[Event(type="air_strike", date=doc.published, location=place)])


@pytest.fixture(autouse=True)
def stub(monkeypatch):
    monkeypatch.setattr(extract_cli, "load_extractor", lambda: stub_extractor)


def doc_line(**record) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def run(*args, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def out_lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_good_file_in_codebook_format_in_input_order(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        doc_line(id="z", text=ARABIC, published="2016-10-01") + doc_line(id="a", text="ادلب"),
        encoding="utf-8",
    )
    result = run(str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    z, a = out_lines(result)
    assert (z["id"], a["id"]) == ("z", "a")  # input order, not sorted
    event = z["events"][0]
    assert event["location"]["name"] == "حلب" and event["date"] == "2016-10-01"
    # null-valued codebook keys are kept
    assert event["killed"] is None and event["location"]["pcode"] is None
    assert {"perpetrators", "targets", "sources", "claimed", "tally", "evidence"} <= set(event)
    assert "حلب" in result.stdout  # ensure_ascii=False


def test_bad_lines_reported_with_file_and_line_good_lines_still_written(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        doc_line(id="ok1", text=ARABIC)
        + "{not json\n"
        + doc_line(text="بلا معرف")
        + doc_line(id="no-text")
        + doc_line(id="num", text=7)
        + doc_line(id="date", text="x", published="01/10/2016")
        + doc_line(id="ok2", text=ARABIC),
        encoding="utf-8",
    )
    result = run(str(path))
    assert result.exit_code == 1
    assert [d["id"] for d in out_lines(result)] == ["ok1", "ok2"]
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"marsad: {path}:2: not valid JSON")
    assert errors[1] == f"marsad: {path}:3: lacks 'id'"
    assert errors[2] == f"marsad: {path}:4: lacks 'text'"
    assert errors[3] == f"marsad: {path}:5: 'text': Input should be a valid string"
    assert errors[4].startswith(f"marsad: {path}:6: 'published': ")
    assert errors[5] == "marsad: skipped 5 bad record(s)"


def test_empty_text_gives_empty_events(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(doc_line(id="e", text=""), encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0
    assert result.stdout == '{"id": "e", "events": []}\n'


def test_stdin_and_published_default():
    stdin = (doc_line(id="a", text=ARABIC) + doc_line(id="b", text=ARABIC, published="2015-05-05")).encode()
    result = run("-", "--published", "2016-10-01", stdin=stdin)
    assert result.exit_code == 0
    assert [d["events"][0]["date"] for d in out_lines(result)] == ["2016-10-01", "2015-05-05"]


def test_bad_published_option_is_a_usage_error(tmp_path):
    result = run("-", "--published", "yesterday", stdin=b"")
    assert result.exit_code == 2
    assert "published is not an ISO 8601 date" in result.stderr


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8", ARABIC.encode("utf-8")),
        ("utf8bom", b"\xef\xbb\xbf" + ARABIC.encode("utf-8")),
        ("utf16", ARABIC.encode("utf-16")),
        ("cp1256", ARABIC.encode("cp1256")),
    ],
)
def test_txt_encodings(tmp_path, name, data):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    result = run(str(path), "--published", "2016-10-01")
    assert result.exit_code == 0, result.stderr
    [doc] = out_lines(result)
    assert doc["id"] == name
    assert doc["events"][0]["location"]["name"] == "حلب"
    assert doc["events"][0]["date"] == "2016-10-01"


def test_binary_txt_rejected_by_name_others_still_extracted(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c.jsonl").write_text(doc_line(id="c1", text=ARABIC), encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert [d["id"] for d in out_lines(result)] == ["a", "c1"]  # directory order: sorted names
    assert f"marsad: {tmp_path / 'b.txt'}: cannot read b.txt" in result.stderr


def test_several_inputs_keep_argument_order(tmp_path):
    first, second = tmp_path / "2.jsonl", tmp_path / "1.jsonl"
    first.write_text(doc_line(id="x", text=ARABIC), encoding="utf-8")
    second.write_text(doc_line(id="y", text=ARABIC), encoding="utf-8")
    result = run(str(first), str(second))
    assert [d["id"] for d in out_lines(result)] == ["x", "y"]


def test_output_file_written(tmp_path):
    src, out = tmp_path / "docs.jsonl", tmp_path / "out.jsonl"
    src.write_text(doc_line(id="a", text=ARABIC), encoding="utf-8")
    result = run(str(src), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.jsonl"]  # temp renamed


def test_crash_leaves_previous_output_untouched(tmp_path, monkeypatch):
    src, out = tmp_path / "docs.jsonl", tmp_path / "out.jsonl"
    src.write_text(doc_line(id="a", text=ARABIC) + doc_line(id="b", text=ARABIC), encoding="utf-8")
    out.write_text("previous run\n")

    def dies_on_b(doc):
        if doc.id == "b":
            raise KeyboardInterrupt
        return stub_extractor(doc)

    monkeypatch.setattr(extract_cli, "load_extractor", lambda: dies_on_b)
    result = run(str(src), "-o", str(out))
    assert result.exit_code != 0
    assert out.read_text() == "previous run\n"  # no half-written file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.jsonl"]  # no temp left


def test_extractor_failure_skips_that_document_only(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(doc_line(id="a", text="CRASH") + doc_line(id="b", text=ARABIC), encoding="utf-8")
    result = run(str(src))
    assert result.exit_code == 1
    assert [d["id"] for d in out_lines(result)] == ["b"]
    assert "marsad: document 'a': extractor failed: RuntimeError('boom')" in result.stderr
