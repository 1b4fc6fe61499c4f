"""marsad (مرصد): Arabic news reports of armed conflict → a mapped database of events.

The Python API in one line::

    import marsad
    events = marsad.extract(text, published="2016-10-01")
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_document"]


def __getattr__(name: str):  # lazy: importing marsad stays cheap
    if name in ("extract", "extract_document"):
        from marsad.extractor import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
