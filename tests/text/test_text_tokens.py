import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _reference_tokens(text):
    """The tokenizer as first written: one match object per token."""
    import re

    from marsad.text.normalize import normalize

    token_re = re.compile(
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
        r"|(?P<word>[^\W\d_]+)"
        r"|(?P<punct>\S)"
    )
    n = normalize(text)
    out = []
    for m in token_re.finditer(n.text):
        start, end = n.span(m.start(), m.end())
        norm = m.group()
        prefix, stem = best_split(norm) if m.lastgroup == "word" else ("", norm)
        out.append((text[start:end], start, end, norm, stem, prefix))
    return out


_ALPHABET = (
    "وبالغوطةقتلشخصأإآىئءي"  # Arabic letters, hamza forms
    "0123456789٠١٢٣٤٥٦٧٨٩۱۲"  # digits of three scripts
    " \n\t\u00a0"  # spaces
    ".,،٫٬:/-_«»\"()%٪"  # punctuation
    "\u064b\u064e\u0651\u0640\u200f\ufeff"  # dropped: harakat, tatweel, marks
    "abcXYZ²½Ⅻپچ"  # Latin, numeric non-digits, Persian letters
)


@given(st.text(alphabet=_ALPHABET, max_size=60))
@settings(max_examples=400, deadline=None)
def test_tokens_match_the_reference_tokenizer(text):
    from marsad.text.tokens import token_stream

    expected = _reference_tokens(text)
    assert [(t.text, t.start, t.end, t.norm, t.stem, t.prefix) for t in tokenize(text)] == expected
    stream = token_stream(text)
    assert [(t.norm, t.start, t.end) for t in stream] == [(e[3], e[1], e[2]) for e in expected]
    for t, full in zip(stream, tokenize(text)):
        assert (t.is_word, t.is_number) == (full.is_word, full.is_number)
        for k in range(len(t.norm) + 1):
            assert t.offset_after(t.norm[:k]) == full.offset_after(t.norm[:k])


def test_basic_arabic_letters_are_word_characters():
    # the tokenizer's fast path for Arabic words relies on this
    import re

    assert all(re.fullmatch(r"[^\W\d_]", chr(c)) for c in range(0x0621, 0x064B))
