"""The two records the geocoder hands out: a place, and a mention of one in text."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Location


@dataclass(frozen=True, slots=True)
class Place:
    """A place of the gazetteer (or a region derived from one, like ريف حلب الشمالي)."""

    id: str  # P-code where there is one (C1007, N0139, SY02, SY0200 ...) else a stable id
    name_ar: str
    name_en: str | None
    level: str  # governorate|district|subdistrict|community|neighbourhood|region|country|city
    precision: str  # the codebook §5 precision to report for it
    admin1: str | None  # OCHA English governorate name; None abroad
    country: str  # ISO 3166 alpha-2
    pcode: str | None
    lat: float | None
    lon: float | None
    parents: tuple[str, ...]  # ids of the containing units, nearest first
    members: tuple[str, ...] = ()  # for a named region: the OCHA units it covers (الغوطة الشرقية)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """Where the text names a place, and which place it is.

    ``start``/``end`` cover the name as the codebook's ``name`` wants it
    (no class word, no leading و/ب/ل/ف clitic); ``outer_start`` also covers
    them. ``context_admin1`` is the governorate the text gives for a place the
    gazetteer lacks ('قرية X بريف إدلب'). ``locative`` says whether the text
    presents the name as a location rather than as an actor: capitals and
    countries also stand for governments ('نددت بها دمشق', 'قالت موسكو').
    """

    start: int
    end: int
    name: str
    outer_start: int
    class_word: str | None
    place: Place | None
    evidence: str  # 'class' | 'gazetteer' | 'context'
    context_admin1: str | None = None
    # True when a locative word ('في', 'قرب', 'شمال' ...), a glued ب or a class word
    # introduces the name, or it continues a list that one introduces ('في حلب وإدلب');
    # False for a bare subject or object ('نددت دمشق', 'قالت واشنطن').
    locative: bool = False
    # the country the text gives right after a place the gazetteer lacks abroad
    # ('بلدة بنت جبيل جنوبي لبنان' -> LB); for Syria, context_admin1 implies SY
    context_country: str | None = None

    def location(self) -> Location:
        """The codebook §5 location of this mention."""
        p = self.place
        if p is None:
            return Location(name=self.name, admin1=self.context_admin1,
                            country="SY" if self.context_admin1 else self.context_country,
                            precision=_UNKNOWN_PRECISION.get(self.class_word or "", None))
        return Location(name=self.name, admin1=p.admin1, country=p.country, precision=p.precision,
                        pcode=p.pcode, lat=p.lat, lon=p.lon)


# precision of a place the gazetteer lacks, from its class word
_UNKNOWN_PRECISION = {
    "حي": "neighbourhood", "بلده": "community", "قريه": "community", "مدينه": "community",
    "مخيم": "community", "منطقه": "community", "ريف": "region",
    # units abroad: an Iraqi/Lebanese قضاء or Turkish ilçe, a province
    "قضاء": "district", "ولايه": "governorate", "محافظه": "governorate", "ناحيه": "subdistrict",
    "اقليم": "governorate",
}
