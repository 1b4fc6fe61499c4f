"""The day of an event (codebook §6): its own date, the day stated before, or the report's."""

from __future__ import annotations

import re

from marsad.extractor.analysis import Analysis, Clause
from marsad.extractor.types import TypeCue
from marsad.text.normalize import fold

BACKGROUND_DAYS = 30  # codebook §6: older incidents are history
WHOLE_WAR_DAYS = 365  # a period that began over a year ago is the war's, not a campaign's


_SINCE = (fold("منذ"), fold("حتى"))


# "وكانت الفصائل قد سيطرت أمس على ...": the pluperfect looks back from the story's
# day; the day it names dates that clause alone, and the story goes on with its own
_PLUPERFECT_RE = re.compile(r"\W*و?كان(?:ت|وا)?\s+(?:\S+\s+){0,4}?قد\s")

_VAGUE_REACH = 50  # characters: a vague time word dates only the cue it stands next to


def clause_date(a: Analysis, clause: Clause, cue_positions: list[int], carried: tuple | None,
                statement_day=None):
    """(date, kind, span, carries) for a clause; *statement_day* is the day of the
    statement this clause continues ("وأضاف المرصد"), if any.

    An explicit day in the clause wins, then one elsewhere in the sentence;
    a vague time word (قبل أيام) leaves the date empty when it stands next to
    the event's cue; an incident more than 30 days old is history. The day
    that only dates the report is used last, and is never carried on.
    """
    mentions = a.dates_in(clause.start, clause.end)
    s, e = a.sentences[clause.sentence]
    if not [m for m in mentions if m.kind != "vague"]:
        mentions = mentions + [m for m in a.dates_in(s, e) if m not in mentions]
    report = None
    if a.reference and any(_long_ago(a, m) for m in a.dates_in(clause.start, clause.end)):
        # "يصادف اليوم الذكرى ... لمجزرة 21 آب 2013": a dated past incident, whatever else the clause says
        return None, "history", None, False
    for m in mentions:
        if a.before(m.start, 30).endswith(_FIRST_TIME_SINCE):
            continue  # "دخلت الفصائل حلب للمرة الأولى منذ عام 2016": a comparison, not the event's day
        since = _since(a, m.start)
        if m.kind == "period" or since:
            # "منذ 18 فبراير" opens a campaign (a tally may follow); "منذ مارس 2011" the war
            limit = WHOLE_WAR_DAYS if since else BACKGROUND_DAYS
            latest = m.latest or m.date
            if a.reference and latest and (a.reference - latest).days > limit:
                return None, "history", None, False
            continue
        if m.date is None:
            dated = [p for p in cue_positions if _dates_cue(a, m, p)] if m.kind == "vague" else []
            if dated:
                if _long_ago_for(a, m, dated):
                    return None, "history", None, False  # "نفذت الضربة الجوية قبل 11 عاما"
                return None, "vague", (m.start, m.end), False
            continue
        if a.reference and (a.reference - m.date).days > BACKGROUND_DAYS:
            return None, "history", None, False
        if a.is_report_date(m):
            report = report or m
            continue
        if report is not None and m.kind == "relative" and m.start > report.end:
            # "قال المرصد أمس الأربعاء إن الغارات وقعت مساء أمس": that evening is
            # the evening before the statement (§6)
            m = a.redate(m, report.date)
        elif report is None and statement_day is not None and m.kind == "relative":
            # "وأضاف المرصد أن ... مساء أمس" goes on with the statement dated before
            m = a.redate(m, statement_day)
        return m.date, "explicit", (m.start, m.end), not _PLUPERFECT_RE.match(a.text, clause.start)
    vague = [m for m in mentions if m.kind == "vague" and m.date is None and clause.start <= m.start < clause.end
             and a.reference and m.latest and m.latest < a.reference  # 'الأسبوع الماضي', not 'في وقت سابق'
             and not _opens_span(a, m)]  # nor a span 'منذ شهرين'
    if vague and not any(m.kind != "vague" for m in a.dates_in(clause.start, clause.end)):
        # "قد استهدفت سيارة قرب بلدة الأتارب الأسبوع الماضي": its own vague day, not the one told before
        return None, "vague", (vague[0].start, vague[0].end), False
    if carried is not None:
        return carried[0], "explicit", carried[1], False
    if report is not None:
        return report.date, "default", (report.start, report.end), False
    return a.reference, "default", None, False


def names_past_incident(a: Analysis, start: int, end: int) -> bool:
    """Does the text between *start* and *end* date an incident to over 30 days ago ("مساء 7 نيسان
    2018", "في آذار 2017")? "منذ اندلاعه في العام 2011" dates the war, not an incident the text goes on with."""
    return bool(a.reference) and any(_long_ago(a, m) and not _since(a, m.start) for m in a.dates_in(start, end))


def _long_ago(a: Analysis, m) -> bool:
    """Is *m* a day, or a month or year that ended, over 30 days before the report
    ("21 آب 2013", "في آذار 2017"), rather than the start of a span ("منذ آذار 2011")?"""
    if m.kind == "absolute" and m.date:
        return (a.reference - m.date).days > BACKGROUND_DAYS
    return m.kind == "period" and m.latest is not None and m.date is None \
        and (a.reference - m.latest).days > BACKGROUND_DAYS and not _opens_span(a, m)


def _since(a: Analysis, i: int) -> bool:
    """Does the date at *i* open or close a span: "منذ 18 فبراير", "حتى 18 مارس", and
    "منذ بدء التصعيد في 18 فبراير" (منذ up to four words before, no comma between)?"""
    if a.before(i, 8).endswith(_SINCE):
        return True
    words = a.before(i, 40).split()[-4:]
    if _MUNDH not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index(_MUNDH):]
    return not any("،" in w or "," in w for w in after)


_MUNDH = fold("منذ")
# what stands before "منذ ..." when the span only measures how rare the event is (the
# date mention may or may not include the منذ)
_FIRST_TIME_SINCE = tuple(fold(w) + tail for w in ("للمرة الأولى", "لأول مرة", "الأول من نوعه", "الأعنف")
                          for tail in ("", " منذ"))


def _opens_span(a: Analysis, m) -> bool:
    """Is the mention the start of a span: "منذ 18 فبراير", or "منذ عام 2016" read as one mention?"""
    return _since(a, m.start) or a.text.startswith("منذ", m.start)


def _long_ago_for(a: Analysis, m, cues: list[int]) -> bool:
    """Does 'قبل N أعوام' (over 30 days back) date one of the *cues* it stands by? Not when a span
    opens between them ('للمرة الأولى منذ أن وافقت على الهدنة قبل عام': the truce's date)."""
    if not (a.reference and m.latest and (a.reference - m.latest).days > BACKGROUND_DAYS):
        return False
    if not a.text.startswith("قبل", m.start):
        return False
    return any(_MUNDH not in fold(a.text[min(p, m.start):m.start]).split() for p in cues)


def _dates_cue(a: Analysis, m, cue: int) -> bool:
    """Does a vague time word (قبل أيام، مؤخراً) belong to the event cue at
    *cue*? It stands close to it, and no comma separates them."""
    if abs(m.start - cue) > _VAGUE_REACH:
        return False
    between = a.text[min(cue, m.end):max(cue, m.start)]
    return not any(p in between for p in "،,")


def late_date(out: list, types: list[TypeCue], date, date_span) -> None:
    """"لدينا دليل على أن الأسبوع الماضي (يوم السبت) شهد استخدام أسلحة كيماوية":
    the day the article gives later for the one incident of that type it
    could not date before."""
    kinds = {t.type for t in types}
    undated = [c for c in out if c.type in kinds and not c.tally and c.date_kind == "default"]
    if len(undated) == 1 and not any(c.type in kinds and c.date_kind == "explicit" for c in out):
        undated[0].date, undated[0].date_kind, undated[0].date_span = date, "explicit", date_span
