import pytest

from marsad.text.normalize import fold
from marsad.text.tokens import best_split, strip_clitics, tokenize


def test_tokens_carry_original_offsets_and_fold():
    text = "وبالغوطةِ قُتل ١٬٢٠٠ شخصٍ، بحي «الصاخور»."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "وبالغوطةِ", "قُتل", "١٬٢٠٠", "شخصٍ", "،", "بحي", "«", "الصاخور", "»", ".",
    ]
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.norm == fold(t.text)


@pytest.mark.parametrize(
    "number", ["20", "٢٠", "1,200", "3.5", "١٬٢٠٠", "٣٫٥", "20,000"]
)
def test_numbers_are_one_token(number):
    tokens = tokenize(f"قتل {number} شخصا")
    assert tokens[1].text == number
    assert tokens[1].is_number


def test_clitic_glued_to_a_number_is_its_own_token():
    assert [t.norm for t in tokenize("بـ15 و20")] == ["ب", "15", "و", "20"]


def test_decimal_point_at_sentence_end_is_punctuation():
    assert [t.norm for t in tokenize("عام 2018.")] == ["عام", "2018", "."]


@pytest.mark.parametrize(
    "word, prefix, stem",
    [
        ("وبالغوطة", "وبال", "غوطه"),
        ("بحي", "ب", "حي"),
        ("والأسد", "وال", "اسد"),
        ("للمدنيين", "لل", "مدنيين"),
        ("الحي", "ال", "حي"),
        ("وقال", "و", "قال"),
        ("وادي", "", "وادي"),  # listed in unsplit_words.txt
        ("بلدة", "", "بلده"),
        ("الله", "", "الله"),
        ("بعد", "", "بعد"),
        ("في", "", "في"),  # nothing left after a split
    ],
)
def test_stem(word, prefix, stem):
    (token,) = tokenize(word)
    assert (token.prefix, token.stem) == (prefix, stem)
    assert best_split(fold(word)) == (prefix, stem)


def test_strip_clitics_offers_every_split_longest_first():
    assert strip_clitics("وبالغوطه") == [
        ("وبال", "غوطه"), ("وب", "الغوطه"), ("و", "بالغوطه"), ("", "وبالغوطه"),
    ]
    assert strip_clitics("وادي") == [("و", "ادي"), ("", "وادي")]
    assert strip_clitics("بي") == [("", "بي")]
