from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalize import fold, fold_char, normalize

ARABICISH = st.text(
    alphabet=st.sampled_from(
        list("ابتحدرسعقلمنهويءأإآٱةى ،؛؟«»“”.,-0123456789٠١٢٣٤٥٦٧٨٩AbZ\n\t")
        + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0640", "\u0670",
           "\u200c", "\u200f", "\ufeff", "\u00ad", "\u06d6"]
    ),
    max_size=40,
)


def test_fold_examples():
    assert fold("أَحْمَدُ") == "احمد"
    assert fold("إسلام آمنة ٱلله") == "اسلام امنه الله"
    assert fold("مستشفى") == "مستشفي"
    assert fold("٢٠١٨٬٣٫٥") == "2018,3.5"
    assert fold("ـالـغـوطـة") == "الغوطه"
    assert fold("«قال»، ISIS؛") == '"قال", isis;'


def test_normalize_keeps_trailing_diacritics_in_span():
    text = "قُتِلَ شخصٌ"
    n = normalize(text)
    assert n.text == "قتل شخص"
    start, end = n.span(0, 3)
    assert text[start:end] == "قُتِلَ"


@given(ARABICISH)
def test_fold_matches_fold_char(text):
    assert fold(text) == "".join(fold_char(ch) for ch in text)
    assert normalize(text).text == fold(text)


@given(ARABICISH, st.data())
def test_every_normalised_slice_maps_back(text, data):
    n = normalize(text)
    i = data.draw(st.integers(0, len(n.text)))
    j = data.draw(st.integers(i, len(n.text)))
    start, end = n.span(i, j)
    assert 0 <= start <= end <= len(text)
    assert fold(text[start:end]) == n.text[i:j]
