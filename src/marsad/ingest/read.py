"""Input documents from files, directories and stdin (codebook §1).

One bad record never stops a run: it becomes an :class:`InputError` naming
its file and line, and reading goes on with the next one. The caller decides
what to do with errors (``marsad extract`` reports them and exits 1).
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from marsad.ingest.decode import UndecodableError, decode_text
from marsad.model import Document

STDIN = "-"
STDIN_LABEL = "<stdin>"
SUFFIXES = (".jsonl", ".txt")  # read from a directory; other files there are skipped


@dataclass(frozen=True)
class InputError:
    """A record or file that could not be read; ``line`` is None for a whole file."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


def read_documents(
    paths: Iterable[str | Path],
    default_published: str | None = None,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Documents and errors, in input order.

    A path is a JSONL file, ``-`` for JSONL on stdin, a ``.txt`` file (one
    document; id = file stem) or a directory (its ``.jsonl`` and ``.txt``
    files, sorted by name). *default_published* fills ``published`` where a
    document has none.
    """
    for path in paths:
        path = str(path)
        if path == STDIN:
            yield from parse_jsonl(stdin or sys.stdin.buffer, STDIN_LABEL, default_published)
        elif Path(path).is_dir():
            for child in input_files(Path(path)):
                yield from _read_file(child, default_published)
        else:
            yield from _read_file(Path(path), default_published)


def input_files(directory: Path) -> list[Path]:
    """The files of *directory* that are read as input, sorted by name."""
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def count_hint(paths: Iterable[str | Path]) -> int | None:
    """About how many documents *paths* hold (lines of JSONL, one per .txt), for a progress bar.

    None when stdin is among them: it cannot be read twice.
    """
    total = 0
    for path in paths:
        if str(path) == STDIN:
            return None
        path = Path(path)
        files = input_files(path) if path.is_dir() else [path] if path.is_file() else []
        total += sum(1 if f.suffix.lower() == ".txt" else _count_lines(f) for f in files)
    return total


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def _read_file(path: Path, default_published: str | None) -> Iterator[Document | InputError]:
    label = str(path)
    try:
        if path.suffix.lower() == ".txt":
            yield read_text_file(path, default_published)
        else:
            with open(path, "rb") as f:
                yield from parse_jsonl(f, label, default_published)
    except OSError as e:
        yield InputError(label, None, e.strerror or str(e))


def read_text_file(path: Path, default_published: str | None = None) -> Document | InputError:
    """A ``.txt`` file as one document whose id is the file name without suffix."""
    try:
        text = decode_text(path.read_bytes())
    except UndecodableError as e:
        return InputError(str(path), None, f"cannot read {path.name}: it {e}")
    return make_document({"id": path.stem, "text": text}, str(path), None, default_published)


def parse_jsonl(
    lines: Iterable[bytes], label: str, default_published: str | None = None
) -> Iterator[Document | InputError]:
    """One document per non-blank line; each line is decoded on its own, so one
    line that is not UTF-8 costs that line only."""
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield InputError(label, number, f"not valid UTF-8 (byte {e.start + 1} of the line)")
            continue
        if line.strip():
            yield parse_record(line, label, number, default_published)


_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}


def parse_record(
    line: str, label: str, number: int | None, default_published: str | None = None
) -> Document | InputError:
    """One JSONL line as a document, or the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(label, number, f"not valid JSON ({e.msg} at column {e.colno})")
    if not isinstance(record, dict):
        return InputError(label, number, f"not a JSON object but {_JSON_TYPES[type(record)]}")
    return make_document(record, label, number, default_published)


def make_document(
    record: dict, label: str, number: int | None, default_published: str | None = None
) -> Document | InputError:
    """Validate *record* as a :class:`Document`, filling in the default publication date."""
    if default_published and not record.get("published"):
        record = record | {"published": default_published}
    try:
        doc = Document.model_validate(record)
    except ValidationError as e:
        return InputError(label, number, _explain(e))
    if not doc.id.strip():
        return InputError(label, number, "'id' is empty")
    return doc


def _explain(error: ValidationError) -> str:
    """The first problem of a record, in words a user can act on."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "record"
    if first["type"] == "missing":
        return f"lacks '{field}'"
    message = first["msg"].removeprefix("Value error, ")
    return f"'{field}': {message}"
