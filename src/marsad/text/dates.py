"""Date expressions in Arabic news and the day they denote (codebook §6).

Explicit dates win; relative ones (أمس، الخميس الماضي، قبل يومين) resolve
against a reference day, normally the publication day. Each mention also
says the latest day it can denote, so the extractor can drop background
events more than 30 days old even when the day itself is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from collections.abc import Callable, Sequence
from typing import NamedTuple

from marsad.text.normalize import fold
from marsad.text.numerals import read_number
from marsad.text.phrases import match_at, table
from marsad.text.tokens import Tok, WordMemo, indices_where, splits, token_stream
from marsad.text.vocab import rows

_DAY = dt.timedelta(days=1)
_MIN_YEAR, _MAX_YEAR = 1900, 2100

# 12/3/2018, 12-3-2018, 12.3.2018 and 2018-03-12, in any digit script.
_DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_NUMERIC_DATE_RE = re.compile(
    rf"(?<!{_DIGIT})({_DIGIT}{{1,4}})([/.\-])({_DIGIT}{{1,2}})\2({_DIGIT}{{1,4}})(?!{_DIGIT})"
)
# What every such date contains (its separator on both sides of the month); a
# text without it needs no full search. One search per separator, each led by
# a literal, scans several times faster than one led by a character class.
_NUMERIC_DATE_HINTS = tuple(re.compile(rf"{re.escape(sep)}{_DIGIT}{{1,2}}{re.escape(sep)}") for sep in "/.-")


@dataclass(frozen=True, slots=True)
class DateMention:
    date: dt.date | None  # the resolved day; None when vague or unresolvable
    start: int  # original offsets of the expression
    end: int
    kind: str  # 'absolute' | 'relative' | 'weekday' | 'vague' | 'period'
    latest: dt.date | None  # latest day the expression can denote


class _Found(NamedTuple):
    last: int  # index of the last token of the expression
    date: dt.date | None
    kind: str
    latest: dt.date | None


@cache
def _markers() -> dict[str, frozenset[str]]:
    """Folded marker word → its roles (data/date_markers.tsv)."""
    roles: dict[str, set[str]] = {}
    for word, role in rows("date_markers.tsv"):
        roles.setdefault(word, set()).add(role)
    return {w: frozenset(r) for w, r in roles.items()}


def _role(token: Tok, role: str) -> bool:
    """Does *token* (possibly with a proclitic) play *role*?"""
    return role in _ROLES[token.norm]


def _role_at(tokens: Sequence[Tok], i: int, role: str) -> bool:
    """Is there a token *i*, and does it play *role*?"""
    return i < len(tokens) and role in _ROLES[tokens[i].norm]


def _roles(norm: str) -> frozenset[str]:
    """Every role a word of this folded form can play, with any proclitic split."""
    markers = _markers()
    return frozenset().union(*(markers.get(rest, ()) for _, rest in splits(norm)))


_ROLES = WordMemo(_roles)


@cache
def _weekdays() -> dict[str, int]:
    return {name: int(day) for name, day in rows("weekdays.tsv")}


@cache
def _units() -> dict[str, tuple[str, int]]:
    return {word: (unit, int(count)) for word, unit, count in rows("date_units.tsv")}


@cache
def _ambiguous_months() -> frozenset[str]:
    return frozenset(r[0] for r in rows("months.tsv") if r[2:] == ("ambiguous",))


# --- calendar arithmetic -----------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_without_year(month: int, day: int, ref: dt.date, modifier: str) -> dt.date | None:
    """The latest such day not after ref (+1 day tolerance); the next one for 'المقبل'."""
    years = range(ref.year, ref.year + 5) if modifier == "next" else range(ref.year, ref.year - 5, -1)
    for year in years:
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        if modifier == "next" and candidate >= ref:
            return candidate
        if modifier != "next" and candidate <= ref + _DAY:
            return candidate
    return None


def _month_without_year(month: int, ref: dt.date, modifier: str) -> int:
    """Year of a month named without one: the latest not after ref's month."""
    if modifier == "past":
        return ref.year if month < ref.month else ref.year - 1
    if modifier == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _weekday(day: int, ref: dt.date, modifier: str) -> dt.date:
    """Latest such weekday on or before ref; strictly before for 'الماضي'."""
    if modifier == "next":
        return ref + dt.timedelta(days=(day - ref.weekday() - 1) % 7 + 1)
    back = (ref.weekday() - day) % 7
    if modifier == "past" and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _latest_rule(rule: str, ref: dt.date | None) -> dt.date | None:
    """Evaluate a 'latest' rule of data/date_phrases.tsv."""
    if ref is None:
        return None
    if rule == "ref":
        return ref
    if rule.startswith("ref-"):
        return ref - dt.timedelta(days=int(rule[4:]))
    if rule == "month":
        return _month_end(ref.year, ref.month)
    if rule == "month-1":
        return ref.replace(day=1) - _DAY
    if rule == "year":
        return dt.date(ref.year, 12, 31)
    if rule == "year-1":
        return dt.date(ref.year - 1, 12, 31)
    raise ValueError(f"unknown rule {rule!r} in date_phrases.tsv")


# --- token-level matchers ----------------------------------------------------


def _year_at(tokens: Sequence[Tok], i: int) -> int | None:
    if i >= len(tokens):
        return None
    norm = tokens[i].norm
    if not norm.isdecimal() or len(norm) != 4:
        return None
    year = int(norm)
    return year if _MIN_YEAR <= year <= _MAX_YEAR else None


def _modifier_at(tokens: Sequence[Tok], i: int) -> str | None:
    """'past', 'current' or 'next' when token *i* is الماضي/الجاري/المقبل..."""
    return _MODIFIERS[tokens[i].norm] if i < len(tokens) else None


def _modifier(norm: str) -> str | None:
    """The modifier a word of this folded form can be (the first of its roles that is one)."""
    roles = _ROLES[norm]
    return next((role for role in ("past", "current", "next") if role in roles), None)


_MODIFIERS = WordMemo(_modifier)


def _year_after_month(tokens: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """(year, last index) for '2018', '، 2018', 'عام 2018', 'من العام 2018'."""
    j = i
    if j < len(tokens) and tokens[j].norm in ("من", ","):
        j += 1
    if _role_at(tokens, j, "year") and tokens[j].norm in ("عام", "العام", "سنه", "السنه"):
        j += 1
    year = _year_at(tokens, j)
    return (year, j) if year is not None else None


def _month(tokens: Sequence[Tok], i: int) -> tuple[int, int, bool] | None:
    """(month, last index, ambiguous) for a month name at token *i*."""
    m = match_at(tokens, i, table("months.tsv"))
    if m is None:
        return None
    name = " ".join(t.norm for t in tokens[m.first:m.last + 1])[len(m.prefix):]
    month, last = int(m.payload[0]), m.last
    # 'آذار/مارس', 'كانون الأول/ديسمبر': the Levantine and the Egyptian name of one month
    if last + 2 < len(tokens) and tokens[last + 1].norm == "/":
        other = match_at(tokens, last + 2, table("months.tsv"))
        if other is not None and int(other.payload[0]) == month:
            last = other.last
    return month, last, name in _ambiguous_months()


def _explicit(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> _Found | None:
    """'12 آذار 2018', 'في 12 من آذار', 'السابع من أبريل الماضي'."""
    token = tokens[i]
    if token.norm.isdecimal() and len(token.norm) <= 2:
        day, j = int(token.norm), i + 1
    else:
        ordinal = match_at(tokens, i, table("ordinal_days.tsv"))
        if ordinal is None or ordinal.last + 1 >= len(tokens):
            return None
        day, j = int(ordinal.payload[0]), ordinal.last + 1
        if tokens[j].norm != "من":
            return None
    if j < len(tokens) and tokens[j].norm == "من":
        j += 1
    month = _month(tokens, j) if j < len(tokens) else None
    if month is None and 1 <= day <= 31 and j + 1 < len(tokens) and tokens[j].norm == "الشهر":
        return _day_of_this_month(tokens, j + 1, day, ref)  # 'في 12 من الشهر الجاري'
    if month is None or not 1 <= day <= 31:
        return None
    month_no, last, _ = month
    year = _year_after_month(tokens, last + 1)
    if year is not None:
        date = _safe_date(year[0], month_no, day)
        return _Found(year[1], date, "absolute", date) if date else None
    modifier = _modifier_at(tokens, last + 1)
    if modifier:
        last += 1
    date = None
    if ref is not None and modifier == "current":  # 'أبريل الجاري': this year
        date = _safe_date(ref.year, month_no, day)
    elif ref is not None:
        date = _day_without_year(month_no, day, ref, modifier or "")
    return _Found(last, date, "absolute", date)


def _day_of_this_month(tokens: Sequence[Tok], i: int, day: int, ref: dt.date | None) -> _Found | None:
    """Day *day* of the month that 'الجاري' (the report's) or 'الماضي' (the one before) names at *i*."""
    modifier = _modifier_at(tokens, i)
    if modifier not in ("current", "past"):
        return None
    if ref is None:
        return _Found(i, None, "absolute", None)
    year, month = ref.year, ref.month
    if modifier == "past":
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    date = _safe_date(year, month, day)
    return _Found(i, date, "absolute", date) if date else None


def _month_period(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> _Found | None:
    """'شهر آذار', 'آذار الماضي', 'مارس 2011', 'في يناير'."""
    j = i + 1 if _role(tokens[i], "month_word") else i
    month = _month(tokens, j) if j < len(tokens) else None
    if month is None:
        return None
    month_no, last, ambiguous = month
    year = _year_after_month(tokens, last + 1)
    if year is not None:
        return _Found(year[1], None, "period", _month_end(year[0], month_no))
    modifier = _modifier_at(tokens, last + 1)
    if ambiguous and not modifier and j == i:
        return None
    if modifier:
        last += 1
    if ref is None:
        return _Found(last, None, "period", None)
    year_no = ref.year if modifier == "current" else _month_without_year(month_no, ref, modifier or "")
    return _Found(last, None, "period", _month_end(year_no, month_no))


def _year_period(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> _Found | None:
    """'عام 2011', 'في 2013', 'منذ العام 2011', 'مطلع 2018' (a year needs no *ref*)."""
    if not _role(tokens[i], "year"):
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].norm in ("عام", "العام", "سنه", "السنه"):
        j += 1
    year = _year_at(tokens, j)
    if year is None:
        return None
    return _Found(j, None, "period", dt.date(year, 12, 31))


def _weekday_at(tokens: Sequence[Tok], i: int) -> int | None:
    """The day (data/weekdays.tsv) that token *i* names, if it names one."""
    return _WEEKDAY_OF[tokens[i].norm] if i < len(tokens) else None


def _weekday_of(norm: str) -> int | None:
    """The day a word of this folded form names, with any proclitic."""
    if not norm[:1].isalpha():
        return None
    weekdays = _weekdays()
    for _, rest in splits(norm):
        if rest in weekdays:
            return weekdays[rest]
    return None


_WEEKDAY_OF = WordMemo(_weekday_of)


def _weekday_expr(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> _Found | None:
    """'الخميس', 'الخميس الماضي', 'ليل السبت - الأحد' (the first night's day)."""
    day = _weekday_at(tokens, i)
    if day is None:
        return None
    last = i
    j = i + 1 + _role_at(tokens, i + 1, "night_link")
    if _weekday_at(tokens, j) == (day + 1) % 7:
        last = j
    j = last + 1
    if j < len(tokens) and tokens[j].norm == ",":
        j += 1
    explicit = _explicit(tokens, j, ref) if j < len(tokens) else None
    if explicit is not None:  # 'الخميس، 12 آذار': the explicit date wins
        return explicit
    modifier = _modifier_at(tokens, last + 1)
    if modifier in ("past", "next"):
        last += 1
    date = _weekday(day, ref, modifier or "") if ref else None
    return _Found(last, date, "weekday", date)


def _phrase(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> _Found | None:
    """Fixed phrases: 'أمس', 'أول أمس', 'الليلة الماضية', 'الأسبوع الماضي'..."""
    m = match_at(tokens, i, table("date_phrases.tsv"))
    if m is None:
        return None
    kind, value = m.payload[0], m.payload[1]
    if kind != "relative":
        return _Found(m.last, None, kind, _latest_rule(value, ref))
    date = ref - dt.timedelta(days=int(value)) if ref else None
    last = m.last
    if _weekday_at(tokens, last + 1) is not None:  # 'أمس الخميس' is one mention
        last += 1
    return _Found(last, date, "relative", date)


def _ago(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> _Found | None:
    """'قبل يومين', 'قبل ثلاثة أيام', 'منذ أيام', 'منذ نحو أسبوع'."""
    if not _role(tokens[i], "ago"):
        return None
    j = i + 1
    approx = _role_at(tokens, j, "approx")
    j += approx
    if j >= len(tokens):
        return None
    count = 0
    number = read_number(tokens, j)
    if number is not None:
        count, j = number.value, number.last + 1
    unit = _units().get(tokens[j].norm) if j < len(tokens) else None
    if unit is None:
        return None
    name, implied = unit
    count = count or implied
    if ref is None:
        return _Found(j, None, "vague" if approx or not count else "relative", None)
    if name == "hour" and count:
        return _Found(j, ref, "relative", ref)
    if name == "day" and count and not approx:
        date = ref - dt.timedelta(days=count)
        return _Found(j, date, "relative", date)
    # weeks, months, years, plurals and 'about': no day, only an upper bound
    days = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}[name]
    slack = {"hour": 0, "day": 0, "week": 3, "month": 10, "year": 30}[name]
    latest = ref - dt.timedelta(days=max(0, max(count, 1) * days - slack))
    return _Found(j, None, "vague", latest)


def _core(tokens: Sequence[Tok], i: int, ref: dt.date | None) -> tuple[Callable, _Found] | None:
    """The longest date expression that starts at token *i*, and its matcher."""
    best = None
    for matcher in _MATCHERS[tokens[i].norm]:
        f = matcher(tokens, i, ref)
        if f is not None and (best is None or f.last > best[1].last):
            best = matcher, f
    return best


# Which matchers a word can open, by the data files that list it.
_OPENERS = (
    (_explicit, ("ordinal_days.tsv",)),
    (_month_period, ("months.tsv",)),
    (_year_period, ()),
    (_weekday_expr, ("weekdays.tsv",)),
    (_phrase, ("date_phrases.tsv",)),
    (_ago, ()),
)


def _may_open(norm: str) -> bool:
    """Can a token of this folded form open a date expression? (a fast filter)

    The same as ``bool(_matchers_for(norm)) or _may_open_time_of_day(norm)``,
    from one set, so that a word never seen before costs little.
    """
    if norm[0].isdecimal():
        return True
    opening = _opening_words()
    return any(rest in opening for _, rest in splits(norm))


@cache
def _opening_words() -> frozenset[str]:
    """Every word (without proclitic) for which _matchers_for or
    _may_open_time_of_day says yes."""
    roles = {"month_word", "year", "ago"}  # the roles _matchers_for asks about
    return frozenset().union(
        *_opener_firsts(),
        (w for w, r in _markers().items() if r & roles),
        table("times_of_day.txt").by_first,
    )


def _may_open_time_of_day(norm: str) -> bool:
    """Can a token of this folded form open a time of day? (a fast filter)"""
    tod = table("times_of_day.txt").by_first
    return any(rest in tod for _, rest in splits(norm))


@cache
def _opener_firsts() -> tuple[frozenset[str], ...]:
    """For each of _OPENERS, the first words of its data files."""
    return tuple(frozenset(r[0].split()[0] for name in names for r in rows(name)) for _, names in _OPENERS)


def _matchers_for(norm: str) -> tuple:
    """The matchers worth trying at a token of this folded form (a fast filter)."""
    if norm[0].isdecimal():
        return (_explicit,)
    rests = {rest for _, rest in splits(norm)}
    roles = set().union(*(_markers().get(r, ()) for r in rests))
    out = []
    for (matcher, _), firsts in zip(_OPENERS, _opener_firsts()):
        if (
            rests & firsts
            or (matcher is _month_period and "month_word" in roles)
            or (matcher is _year_period and "year" in roles)
            or (matcher is _ago and "ago" in roles)
        ):
            out.append(matcher)
    return tuple(out)


_MATCHERS = WordMemo(_matchers_for)
_TIMES_OF_DAY = WordMemo(_may_open_time_of_day)
_OPENS = WordMemo(_may_open)


# --- entry point -------------------------------------------------------------


def _numeric_dates(text: str) -> list[DateMention]:
    """12/3/2018 and 2018-03-12 (also with Arabic-Indic digits)."""
    out: list[DateMention] = []
    if not any(hint.search(text) for hint in _NUMERIC_DATE_HINTS):
        return out
    for m in _NUMERIC_DATE_RE.finditer(text):
        a, _, b, c = (fold(g) for g in m.groups())
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) == 4:
            day, month, year = int(a), int(b), int(c)
        else:
            continue
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        out.append(DateMention(date, m.start(), m.end(), "absolute", date))
    return out


def find_dates(text: str, reference: dt.date | None) -> list[DateMention]:
    """Every date expression of *text*, in order, non-overlapping, longest first.

    Without a *reference* day, relative expressions give ``date=None``; so
    they do when the reference day sits at the edge of the calendar and the
    day they name does not exist (أمس of 0001-01-01).
    """
    try:
        return list(_find_dates(text, reference))
    except OverflowError:
        return list(_find_dates(text, None))


class _Pick(NamedTuple):
    """A date expression found in the token stream, before it is resolved."""

    first: int  # index of its first token
    at: int  # where its matcher ran: first, or the token after a time of day
    matcher: Callable
    last: int  # index of its last token
    found: _Found  # what the matcher said without a reference day


def _pick(tokens: Sequence[Tok], taken: list[tuple[int, int]], ref: dt.date | None) -> tuple[list[_Pick], bool]:
    """The expressions of the stream, longest first, left to right; and
    whether the choice could differ for another reference day.

    Which tokens an expression covers never depends on the reference day; its
    kind does for _ago alone ('قبل أسبوعين' is vague with one, relative
    without), and the kind decides only whether a time of day joins the
    expression after it. So the choice made without a reference day holds
    for every reference day unless such a time of day was met.
    """
    picks = []
    ref_free = True
    resume = 0  # tokens before this belong to the previous expression
    for i in indices_where(tokens, _OPENS):
        if i < resume or taken and any(a <= tokens[i].start < b for a, b in taken):
            continue
        best = _core(tokens, i, ref)
        at = i
        if _TIMES_OF_DAY[tokens[i].norm]:
            tod = match_at(tokens, i, table("times_of_day.txt"))
            if tod is not None and tod.last + 1 < len(tokens):
                after = _core(tokens, tod.last + 1, ref)  # 'مساء أمس', 'فجر السبت'
                if after is not None and after[0] is _ago:
                    ref_free = False
                if after is not None and after[1].kind != "vague" and (best is None or after[1].last >= best[1].last):
                    best, at = after, tod.last + 1
        if best is None:
            continue
        matcher, found = best
        picks.append(_Pick(i, at, matcher, found.last, found))
        resume = found.last + 1
    return picks, ref_free


@lru_cache(maxsize=16)
def _scan(text: str) -> tuple[tuple[DateMention, ...], tuple[_Pick, ...], bool]:
    """Numeric dates, and the expressions picked without a reference day."""
    numeric = _numeric_dates(text)
    taken = [(d.start, d.end) for d in numeric]
    picks, ref_free = _pick(token_stream(text), taken, None)
    return tuple(numeric), tuple(picks), ref_free


def date_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date expression of *text*, in order: the spans
    of find_dates(text, None), without resolving any day."""
    numeric, picks, _ = _scan(text)
    tokens = token_stream(text)
    spans = [(d.start, d.end) for d in numeric]
    spans += [(_first_offset(tokens, p.first), tokens[p.last].end) for p in picks]
    spans.sort(key=lambda span: span[0])
    return spans


@lru_cache(maxsize=16)
def _find_dates(text: str, reference: dt.date | None) -> tuple[DateMention, ...]:
    numeric, picks, ref_free = _scan(text)
    tokens = token_stream(text)
    if reference is not None and not ref_free:
        picks = tuple(_pick(tokens, [(d.start, d.end) for d in numeric], reference)[0])
    mentions = list(numeric)
    for p in picks:
        found = p.found if reference is None else p.matcher(tokens, p.at, reference)
        mentions.append(DateMention(found.date, _first_offset(tokens, p.first), tokens[found.last].end, found.kind, found.latest))
    mentions.sort(key=lambda d: d.start)
    return tuple(mentions)


def _first_offset(tokens: Sequence[Tok], i: int) -> int:
    """Start of token *i*, without a glued و/ف/ب/ل before a date word ('وأمس')."""
    token = tokens[i]
    known = _date_words()
    if token.norm in known:
        return token.start
    for prefix, rest in splits(token.norm):
        if prefix and "ال" not in prefix and rest in known:
            return token.offset_after(prefix)
    return token.start


@cache
def _date_words() -> frozenset[str]:
    """Every word that can open a date expression."""
    names = ["months.tsv", "weekdays.tsv", "times_of_day.txt", "date_phrases.tsv",
             "date_markers.tsv", "ordinal_days.tsv"]
    return frozenset(r[0].split()[0] for name in names for r in rows(name))
