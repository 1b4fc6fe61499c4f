"""Turning the bytes of a plain-text article into text.

Arabic text files arrive as UTF-8 (with or without BOM), as UTF-16 from Windows
editors, or in the legacy Windows-1256 code page. A wrong guess silently feeds
mojibake to the extractor, so a guess is accepted only when the result reads
as Arabic or Latin letters; anything else is rejected.
"""

from __future__ import annotations

import codecs
import unicodedata

# Legacy single-byte code pages an Arabic article may plausibly be in.
LEGACY_ENCODINGS = ("cp1256", "iso8859_6")
MIN_LETTER_SHARE = 0.6  # of the non-space characters
MAX_CONTROL_SHARE = 0.01


class UndecodableError(ValueError):
    """The bytes are not text marsad can read."""


def decode_text(data: bytes) -> str:
    """The text of *data*: BOMs first, then strict UTF-8, then a legacy Arabic code page."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess_legacy(data)
    if not looks_like_text(text):
        raise UndecodableError("does not look like Arabic or Latin text (binary file?)")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        name = encoding.upper()
        raise UndecodableError(f"has a {name} byte-order mark but is not valid {name}") from None


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only paid for by legacy files

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise UndecodableError("is neither UTF-8, UTF-16 with a byte-order mark nor Windows-1256")
    return str(best)


# Unicode blocks of the Arabic script and of Latin letters with accents.
LETTER_BLOCKS = (
    (0x0041, 0x024F), (0x1E00, 0x1EFF),  # Latin
    (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),  # Arabic
)


def is_letter(ch: str) -> bool:
    """An Arabic-script or Latin letter."""
    code = ord(ch)
    return ch.isalpha() and any(lo <= code <= hi for lo, hi in LETTER_BLOCKS)


def looks_like_text(text: str) -> bool:
    """Mostly Arabic/Latin letters and next to no control characters (empty text passes)."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return True
    controls = sum(unicodedata.category(ch) == "Cc" for ch in visible)
    letters = sum(map(is_letter, visible))
    return controls <= MAX_CONTROL_SHARE * len(visible) and letters >= MIN_LETTER_SHARE * len(visible)
