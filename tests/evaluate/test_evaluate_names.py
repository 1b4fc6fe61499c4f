"""§13.1 name normalisation and the whole-word-part rule."""

import pytest

from marsad.evaluate.names import is_part, names_match, normalize_name


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("وحي الصاخور", ("صاخور",)),  # clitic before a class word, class word, then ال
        ("بمدينة حلب", ("حلب",)),  # ب + class word; no ال to drop
        ("بالرقة", ("رقه",)),  # ب before ال…, then ال, ة → ه
        ("بنش", ("بنش",)),  # ب not followed by ال or a class word: a letter of the name
        ("فالح", ("الح",)),  # clitic dropped (ال follows) but ال stays: one letter would remain
        ("الباب", ("باب",)),  # ال dropped, two letters remain
        ("الف", ("الف",)),  # ال kept: one letter would remain
        ("الغوطة الشرقية", ("غوطه", "الشرقيه")),  # ال only off the first word
        ("ريف حلب", ("ريف", "حلب")),  # ريف is no class word
        ("مَدِينَةُ إِدْلِب", ("ادلب",)),  # diacritics, إ → ا
        ("دير-الزور", ("دير", "الزور")),  # punctuation becomes a space
        ("مخيم", ("مخيم",)),  # a class word alone is kept, not emptied
        ("  ", ()),
    ],
)
def test_normalize_name(name, words):
    assert normalize_name(name) == words


def test_whole_word_part_not_substring():
    assert is_part(("حلب",), ("ريف", "حلب"))
    assert is_part(("ريف", "حلب"), ("ريف", "حلب", "الشمالي"))
    assert not is_part(("حلب",), ("حلبون",))  # a substring, not a whole word
    assert not is_part(("ريف", "الشمالي"), ("ريف", "حلب", "الشمالي"))  # not contiguous
    assert names_match(("ريف", "حلب"), ("حلب",))  # either direction
    assert not names_match((), ("حلب",))  # an empty name matches nothing
