import pytest

from marsad.text.sentences import MAX_QUOTE, split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قتل شخص. وأصيب آخر.", ["قتل شخص.", "وأصيب آخر."]),
        ("قال المرصد، إن الغارات، استهدفت حلب.", ["قال المرصد، إن الغارات، استهدفت حلب."]),
        ("قتل 3.5 ألف شخص. ثم", ["قتل 3.5 ألف شخص.", "ثم"]),
        ("توقفت الخدمة.وقال المصدر", ["توقفت الخدمة.", "وقال المصدر"]),
        ("هل انتهى؟ نعم! ربما؛ لا", ["هل انتهى؟", "نعم!", "ربما؛", "لا"]),
        ("ماذا؟! حقا...  انتهى", ["ماذا؟!", "حقا...", "انتهى"]),
        ("العنوان\nالنص الأول", ["العنوان", "النص الأول"]),
        ("وقال «لن نتراجع. أبدا» ثم غادر. انتهى", ["وقال «لن نتراجع. أبدا» ثم غادر.", "انتهى"]),
        ('وقال "لن نتراجع. أبدا" ثم غادر.', ['وقال "لن نتراجع. أبدا" ثم غادر.']),
        ("وقال “هذا. ذاك” ثم", ["وقال “هذا. ذاك” ثم"]),
        ("(ما يعرف. بالجيش) ثم. بعد", ["(ما يعرف. بالجيش) ثم.", "بعد"]),
        ('وقال: "انتهى الأمر." وأضاف أنه', ['وقال: "انتهى الأمر."', "وأضاف أنه"]),
        ("قتل شخص (في حلب.) ثم", ["قتل شخص (في حلب.) ثم"]),
        ("وقال «بدأ. \nسطر جديد", ["وقال «بدأ.", "سطر جديد"]),
        ("د. محمد قال. نعم", ["د. محمد قال.", "نعم"]),
        ("   \n  ", []),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_an_unbalanced_quote_stops_protecting_after_max_quote():
    text = "قال «" + "كلام كثير. " * (MAX_QUOTE // 10) + "النهاية. بعد"
    got = sentences(text)
    assert len(got) > 2
    assert got[-1] == "بعد"


def test_spans_cover_all_non_space_text_in_order():
    text = " أولا، ثانيا.ثالثا؟ «رابعا. خامسا»\n\nسادسا (سابعا. "
    spans = split_sentences(text)
    covered = set()
    for (a, b), (c, _) in zip(spans, spans[1:]):
        assert b <= c
    for a, b in spans:
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
