"""Reading input documents: ``read_documents`` for every command that takes INPUT paths."""

from marsad.ingest.read import InputError, count_hint, read_documents

__all__ = ["InputError", "count_hint", "read_documents"]
