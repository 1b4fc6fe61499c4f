"""read_documents: JSONL, stdin, .txt in several encodings, directories, bad records."""

from __future__ import annotations

import io
import json

import pytest

from marsad.ingest import InputError, count_hint, read_documents
from marsad.ingest.decode import UndecodableError, decode_text
from marsad.model import Document

ARABIC = "قصفت طائرات حربية مدينة حلب صباح اليوم، ما أدى إلى مقتل سبعة مدنيين.\n"


def line(**record) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def summary(items) -> list[str]:
    return [item.id if isinstance(item, Document) else str(item) for item in items]


def test_jsonl_bad_records_are_errors_and_reading_goes_on(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(
        line(id="a", text=ARABIC)
        + b"{not json\n"  # 2
        + b"[1, 2]\n"  # 3
        + line(text="x")  # 4
        + line(id="b")  # 5
        + line(id="c", text=42)  # 6
        + line(id="d", text="x", published="2018-13-40")  # 7
        + b"   \n"  # 8: blank, skipped silently
        + b'{"id": "e", "text": "\xff\xfe"}\n'  # 9: not UTF-8
        + line(id="f", text="")  # 10: empty text is a document
    )
    assert summary(read_documents([path])) == [
        "a",
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:3: not a JSON object but an array",
        f"{path}:4: lacks 'id'",
        f"{path}:5: lacks 'text'",
        f"{path}:6: 'text': Input should be a valid string",
        f"{path}:7: 'published': published is not an ISO 8601 date: '2018-13-40'",
        f"{path}:9: not valid UTF-8 (byte 22 of the line)",
        "f",
    ]


def test_utf8_bom_at_start_of_jsonl_is_fine(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + line(id="a", text=ARABIC))
    [doc] = read_documents([path])
    assert doc.id == "a" and doc.text == ARABIC


def test_default_published_fills_only_missing_dates(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(line(id="a", text="x") + line(id="b", text="x", published="2018-04-06T15:21:36Z"))
    a, b = read_documents([path], default_published="2020-01-02")
    assert (a.published, b.published) == ("2020-01-02", "2018-04-06T15:21:36Z")


def test_stdin():
    stdin = io.BytesIO(line(id="a", text="x") + b"oops\n")
    items = list(read_documents(["-"], stdin=stdin))
    assert summary(items) == ["a", "<stdin>:2: not valid JSON (Expecting value at column 1)"]
    assert (items[1].path, items[1].line) == ("<stdin>", 2)


@pytest.mark.parametrize(
    "encoded",
    [
        ARABIC.encode("utf-8"),
        b"\xef\xbb\xbf" + ARABIC.encode("utf-8"),
        ARABIC.encode("utf-16"),  # with BOM, native order
        b"\xff\xfe" + ARABIC.encode("utf-16-le"),
        b"\xfe\xff" + ARABIC.encode("utf-16-be"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-le", "utf16-be", "cp1256"],
)
def test_txt_encodings_are_detected(tmp_path, encoded):
    path = tmp_path / "report-7.txt"
    path.write_bytes(encoded)
    [doc] = read_documents([path], default_published="2016-10-01")
    assert (doc.id, doc.text, doc.published) == ("report-7", ARABIC, "2016-10-01")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # every byte
        b"\x89PNG\r\n\x1a\n" + bytes(400),  # a PNG header and zeros (valid UTF-8!)
        b"\x00\x01\x02\x03" * 100,
    ],
)
def test_binary_txt_is_rejected_with_its_name(tmp_path, data):
    path = tmp_path / "photo.txt"
    path.write_bytes(data)
    [error] = read_documents([path])
    assert isinstance(error, InputError)
    assert error.path == str(path) and error.line is None
    assert "photo.txt" in error.message


def test_latin_text_is_accepted_and_mostly_symbols_is_not():
    assert decode_text(b"Airstrikes hit Aleppo, 7 killed.") == "Airstrikes hit Aleppo, 7 killed."
    with pytest.raises(UndecodableError):
        decode_text("→→→ ☺☺☺ ★★★ ♥♥♥".encode())


def test_utf16_bom_with_odd_bytes_is_rejected():
    with pytest.raises(UndecodableError, match="UTF-16"):
        decode_text(b"\xff\xfe\x00\xd8a")  # a lone surrogate


def test_directory_reads_jsonl_and_txt_sorted(tmp_path):
    (tmp_path / "b.jsonl").write_bytes(line(id="b1", text="x") + line(id="b2", text="x"))
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "c.TXT").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.jsonl").write_bytes(line(id="z", text="x"))  # not recursive
    assert summary(read_documents([tmp_path])) == ["a", "b1", "b2", "c"]
    assert count_hint([tmp_path]) == 4


def test_missing_path_is_an_error(tmp_path):
    [error] = read_documents([tmp_path / "nope.jsonl"])
    assert str(error) == f"{tmp_path / 'nope.jsonl'}: No such file or directory"


def test_count_hint(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(line(id="a", text="x") + line(id="b", text="x") + b'{"id": "c", "text": "x"}')
    assert count_hint([path, path]) == 6  # last line without newline counts
    assert count_hint([path, "-"]) is None  # stdin cannot be counted ahead


def test_empty_id_is_an_error(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(line(id=" ", text="x"))
    assert summary(read_documents([path])) == [f"{path}:1: 'id' is empty"]
