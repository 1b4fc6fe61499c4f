import datetime as dt

import pytest

from marsad.text.dates import find_dates

D = dt.date
THU = D(2018, 3, 15)  # a Thursday
JAN = D(2018, 1, 3)  # a Wednesday early in the year


def dates(text, ref):
    found = find_dates(text, ref)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start  # in order, non-overlapping
    return [(text[d.start:d.end], d.date, d.kind, d.latest) for d in found]


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # explicit dates win
        ("قتل في 12 آذار 2018 شخص", THU, [("12 آذار 2018", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("في 12 من آذار", THU, [("12 من آذار", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("يوم 12 مارس", THU, [("يوم 12 مارس", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("في 12/3/2018 قتل", THU, [("12/3/2018", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("في ١٢/٣/٢٠١٨", None, [("١٢/٣/٢٠١٨", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("بتاريخ 2018-03-12", None, [("2018-03-12", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("في 1 كانون الثاني 2017", None, [("1 كانون الثاني 2017", D(2017, 1, 1), "absolute", D(2017, 1, 1))]),
        ("السابع من أبريل الماضي", THU, [("السابع من أبريل الماضي", D(2017, 4, 7), "absolute", D(2017, 4, 7))]),
        ("الحادي والعشرين من نوفمبر 2015", None, [("الحادي والعشرين من نوفمبر 2015", D(2015, 11, 21), "absolute", D(2015, 11, 21))]),
        ("السادس من سبتمبر عام 2007", None, [("السادس من سبتمبر عام 2007", D(2007, 9, 6), "absolute", D(2007, 9, 6))]),
        ("فجر 10 مايو الجاري", D(2018, 5, 20), [("فجر 10 مايو الجاري", D(2018, 5, 10), "absolute", D(2018, 5, 10))]),
        ("الخميس 8 آذار", THU, [("الخميس 8 آذار", D(2018, 3, 8), "absolute", D(2018, 3, 8))]),
        # no year: the latest such day not after the reference (+1 day), across new year
        ("في 20 ديسمبر", JAN, [("20 ديسمبر", D(2017, 12, 20), "absolute", D(2017, 12, 20))]),
        ("في 4 كانون الثاني", JAN, [("4 كانون الثاني", D(2018, 1, 4), "absolute", D(2018, 1, 4))]),
        ("في 12 مارس", None, [("12 مارس", None, "absolute", None)]),
        # relative days
        ("قتل اليوم", THU, [("اليوم", THU, "relative", THU)]),
        ("وأمس قتل", THU, [("أمس", D(2018, 3, 14), "relative", D(2018, 3, 14))]),
        ("البارحة", THU, [("البارحة", D(2018, 3, 14), "relative", D(2018, 3, 14))]),
        ("الليلة الماضية", THU, [("الليلة الماضية", D(2018, 3, 14), "relative", D(2018, 3, 14))]),
        ("ليل أمس", THU, [("ليل أمس", D(2018, 3, 14), "relative", D(2018, 3, 14))]),
        ("صباح أمس", THU, [("صباح أمس", D(2018, 3, 14), "relative", D(2018, 3, 14))]),
        ("يوم أمس", THU, [("يوم أمس", D(2018, 3, 14), "relative", D(2018, 3, 14))]),
        (
            "قال أمس الخميس إن الغارات وقعت مساء أمس",
            D(2018, 3, 16),
            [("أمس الخميس", THU, "relative", THU), ("مساء أمس", THU, "relative", THU)],
        ),
        ("أول أمس", THU, [("أول أمس", D(2018, 3, 13), "relative", D(2018, 3, 13))]),
        ("أمس الأول", THU, [("أمس الأول", D(2018, 3, 13), "relative", D(2018, 3, 13))]),
        ("قبل يومين", THU, [("قبل يومين", D(2018, 3, 13), "relative", D(2018, 3, 13))]),
        ("قبل ثلاثة أيام", THU, [("قبل ثلاثة أيام", D(2018, 3, 12), "relative", D(2018, 3, 12))]),
        ("قبل 3 أيام", JAN, [("قبل 3 أيام", D(2017, 12, 31), "relative", D(2017, 12, 31))]),
        ("ليلاً", THU, [("ليلاً", THU, "relative", THU)]),
        ("خلال الليل", THU, [("خلال الليل", THU, "relative", THU)]),
        ("فجر اليوم", THU, [("فجر اليوم", THU, "relative", THU)]),
        ("صباح اليوم", THU, [("صباح اليوم", THU, "relative", THU)]),
        ("مساء اليوم", THU, [("مساء اليوم", THU, "relative", THU)]),
        ("الليلة", THU, [("الليلة", THU, "relative", THU)]),
        ("أمس", None, [("أمس", None, "relative", None)]),
        ("بعد يومين من", THU, [("بعد يومين من", D(2018, 3, 13), "relative", D(2018, 3, 13))]),
        # weekdays
        ("الخميس", THU, [("الخميس", THU, "weekday", THU)]),
        ("يوم الخميس", THU, [("يوم الخميس", THU, "weekday", THU)]),
        ("الخميس الماضي", THU, [("الخميس الماضي", D(2018, 3, 8), "weekday", D(2018, 3, 8))]),
        ("الجمعة الفائت", THU, [("الجمعة الفائت", D(2018, 3, 9), "weekday", D(2018, 3, 9))]),
        ("الجمعة", THU, [("الجمعة", D(2018, 3, 9), "weekday", D(2018, 3, 9))]),
        ("الإثنين", THU, [("الإثنين", D(2018, 3, 12), "weekday", D(2018, 3, 12))]),
        ("مساء السبت", JAN, [("مساء السبت", D(2017, 12, 30), "weekday", D(2017, 12, 30))]),
        ("ليل السبت - الأحد", THU, [("ليل السبت - الأحد", D(2018, 3, 10), "weekday", D(2018, 3, 10))]),
        ("ليلة السبت على الأحد", THU, [("ليلة السبت على الأحد", D(2018, 3, 10), "weekday", D(2018, 3, 10))]),
        ("ليل السبت الأحد", THU, [("ليل السبت الأحد", D(2018, 3, 10), "weekday", D(2018, 3, 10))]),
        ("ليل الاثنين-الثلاثاء", THU, [("ليل الاثنين-الثلاثاء", D(2018, 3, 12), "weekday", D(2018, 3, 12))]),
        ("الخميس", None, [("الخميس", None, "weekday", None)]),
        # a day of this month or the last, by its number
        ("في 12 من الشهر الجاري", THU, [("12 من الشهر الجاري", D(2018, 3, 12), "absolute", D(2018, 3, 12))]),
        ("في 28 من الشهر الماضي", THU, [("28 من الشهر الماضي", D(2018, 2, 28), "absolute", D(2018, 2, 28))]),
        ("في 12 من الشهر الجاري", None, [("12 من الشهر الجاري", None, "absolute", None)]),
        # vague
        ("قبل أيام", THU, [("قبل أيام", None, "vague", D(2018, 3, 14))]),
        ("منذ أيام", THU, [("منذ أيام", None, "vague", D(2018, 3, 14))]),
        ("منذ نحو أسبوع", THU, [("منذ نحو أسبوع", None, "vague", D(2018, 3, 11))]),
        ("الأسبوع الماضي", THU, [("الأسبوع الماضي", None, "vague", D(2018, 3, 14))]),
        ("الشهر الماضي", THU, [("الشهر الماضي", None, "vague", D(2018, 2, 28))]),
        ("مؤخراً", THU, [("مؤخراً", None, "vague", THU)]),
        ("في وقت سابق", THU, [("في وقت سابق", None, "vague", THU)]),
        ("قبل شهرين", THU, [("قبل شهرين", None, "vague", D(2018, 1, 24))]),
        ("قبل 11 عاما", THU, [("قبل 11 عاما", None, "vague", D(2007, 4, 17))]),
        # periods
        ("منذ عام 2011", THU, [("منذ عام 2011", None, "period", D(2011, 12, 31))]),
        ("في 2013", THU, [("في 2013", None, "period", D(2013, 12, 31))]),
        ("منذ 2011", THU, [("منذ 2011", None, "period", D(2011, 12, 31))]),
        ("آذار الماضي", THU, [("آذار الماضي", None, "period", D(2017, 3, 31))]),
        ("شباط الماضي", THU, [("شباط الماضي", None, "period", D(2018, 2, 28))]),
        ("العام الماضي", THU, [("العام الماضي", None, "period", D(2017, 12, 31))]),
        ("شهر آذار", THU, [("شهر آذار", None, "period", D(2018, 3, 31))]),
        ("في مارس 2011", None, [("مارس 2011", None, "period", D(2011, 3, 31))]),
        ("في ديسمبر", JAN, [("ديسمبر", None, "period", D(2017, 12, 31))]),
        # not dates
        ("أحد المدنيين", THU, []),
        ("مارس ضغوطا كبيرة", THU, []),
        ("قتل 2018 شخصا", THU, []),
        ("ثلاثة أيام من القصف", THU, []),
    ],
)
def test_find_dates(text, ref, expected):
    assert dates(text, ref) == expected


def test_mentions_in_a_sentence_keep_their_own_spans():
    text = "قال المرصد الجمعة إن طائرات قصفت البلدة ليل الأربعاء - الخميس، وقتل 5 في 12 آذار."
    found = find_dates(text, D(2018, 3, 16))
    assert [text[d.start:d.end] for d in found] == ["الجمعة", "ليل الأربعاء - الخميس", "12 آذار"]
    assert [d.date for d in found] == [D(2018, 3, 16), D(2018, 3, 14), D(2018, 3, 12)]


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # the only case where what an expression covers depends on the
        # reference day: a time of day joins a relative expression, not a
        # vague one, and 'قبل أسبوعين' is vague only once a day is known
        ("قتل 5 أشخاص مساء قبل أسبوعين في درعا", None, [("مساء قبل أسبوعين", None, "relative", None)]),
        ("قتل 5 أشخاص مساء قبل أسبوعين في درعا", THU,
         [("مساء", THU, "relative", THU), ("قبل أسبوعين", None, "vague", D(2018, 3, 4))]),
        ("ليل منذ ثلاثة أشهر قتل 20", None, [("ليل منذ ثلاثة أشهر", None, "relative", None)]),
        ("ليل منذ ثلاثة أشهر قتل 20", THU, [("منذ ثلاثة أشهر", None, "vague", D(2017, 12, 25))]),
        ("فجر قبل يومين قتل 3", THU, [("فجر قبل يومين", D(2018, 3, 13), "relative", D(2018, 3, 13))]),
    ],
)
def test_time_of_day_before_a_relative_expression(text, ref, expected):
    assert dates(text, ref) == expected


def test_fast_opener_filter_agrees_with_the_matchers():
    # _may_open is a shortcut for "some matcher or time of day may start
    # here"; check it on every data-file word, bare and with proclitics
    from marsad.text import dates
    from marsad.text.vocab import DATA_DIR, rows

    words = {"قتل", "درعا", "2018", "12", ",", "-", "وفي", "بعد"}
    for path in DATA_DIR.iterdir():
        for row in rows(path.name):
            for w in row[0].split():
                words |= {w, *(p + w for p in ("و", "ب", "ف", "ل", "ال", "وال", "بال", "لل"))}
    for w in words:
        slow = bool(dates._matchers_for(w)) or dates._may_open_time_of_day(w)
        assert dates._may_open(w) == slow, w


def test_reference_at_the_edge_of_the_calendar_gives_no_day_instead_of_crashing():
    # أمس of 0001-01-01 does not exist: the mention is found, its day is unknown
    [m] = find_dates("قصف أمس الخميس", dt.date(1, 1, 1))
    assert (m.date, m.kind) == (None, "relative")
    [m] = find_dates("قصف الخميس", dt.date(9999, 12, 31))
    assert m.date is not None and m.date.weekday() == 3


@pytest.mark.parametrize("text, expected", [
    ("في 12 آذار/مارس 2019", dt.date(2019, 3, 12)),
    ("في 30 كانون الأول/ديسمبر الماضي", dt.date(2018, 12, 30)),
    ("يوم 5 أيار / مايو", dt.date(2019, 5, 5)),
])
def test_a_month_named_twice_levantine_and_egyptian_is_one_date(text, expected):
    [m] = find_dates(text, dt.date(2019, 5, 14))
    assert (m.date, m.kind) == (expected, "absolute")
    assert text[m.start:m.end].endswith(("2019", "الماضي", "مايو"))  # the span covers both names
