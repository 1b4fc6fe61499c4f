"""Places: a shipped Syria gazetteer and a geocoder for Arabic news text.

    find_places(text, title=...)  -> mentions, in text order, resolved in context
    lookup(query)                  -> fuzzy search by Arabic or English name
    contains(outer, inner)         -> is one place inside another
    gazetteer_stats()              -> counts by level
"""

from marsad.geo.gazetteer import gazetteer_stats
from marsad.geo.lookup import lookup
from marsad.geo.place import Place, PlaceMention
from marsad.geo.resolve import contains, find_places

__all__ = ["Place", "PlaceMention", "contains", "find_places", "gazetteer_stats", "lookup"]
