"""Every offset the extractor reports points into the text, at the right words.

Codebook §3: `evidence` is a list of [start, end] character offsets of the
sentences behind an event and `spans` maps a field to the words that gave it.
The documents are the shared evaluation sets, read at test time (never copied
here); random texts check that no input crashes the extractor or yields an
offset outside the text.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.evaluate.names import normalize_name
from marsad.extractor.lexicon import lexicon
from marsad.extractor.pipeline import extract, extract_document
from marsad.model import Document, Event
from marsad.text.normalize import normalize
from marsad.text.numbers import find_quantities

EVAL = Path("/work/shared/eval")
SPLITS = ("seeds", "dev")

# Documents whose spans break a rule today (strict xfail: a fix shows as XPASS).
KNOWN_BAD: dict[tuple[str, str], str] = {}


def _documents() -> list[tuple[str, Document]]:
    docs = []
    for split in SPLITS:
        path = EVAL / split / "docs.jsonl"
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                doc = Document.model_validate(json.loads(line))
                docs.append((split, doc))
    return docs


DOCS = _documents()


def _params(check: str):
    if not DOCS:
        return [pytest.param(None, marks=pytest.mark.skip(
            reason=f"no evaluation documents under {EVAL}/{{seeds,dev}}/docs.jsonl"))]
    out = []
    for split, doc in DOCS:
        marks = []
        reason = KNOWN_BAD.get((doc.id, check))
        if reason:
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        out.append(pytest.param(doc, id=f"{split}/{doc.id}", marks=marks))
    return out


@cache
def _events(doc_id: str) -> tuple[Document, list[Event]]:
    doc = next(d for _, d in DOCS if d.id == doc_id)
    return doc, extract_document(doc).events


def _check_bounds(text: str, events: list[Event]) -> None:
    n = len(text)
    for i, e in enumerate(events):
        assert e.evidence, f"event {i} ({e.type} at {e.location.name}) has no evidence"
        for s, t in e.evidence:
            assert 0 <= s < t <= n, f"event {i}: evidence {(s, t)} outside text of length {n}"
        for field, (s, t) in e.spans.items():
            assert 0 <= s < t <= n, f"event {i}: span {field}={(s, t)} outside text of length {n}"


def _has_figure(words: str) -> bool:
    """A digit, a number word or vague quantifier (ثلاثة، عشرات، عدد من), or a
    counted person noun (مدنيين as a dual, عنصر as one)."""
    return (any(ch.isdigit() for ch in words) or bool(find_quantities(words))
            or bool(lexicon("persons").find(normalize(words))))


@pytest.mark.parametrize("doc", _params("bounds"))
def test_offsets_inside_text(doc):
    _, events = _events(doc.id)
    _check_bounds(doc.text, events)


@pytest.mark.parametrize("doc", _params("location"))
def test_location_span_is_the_name_as_written(doc):
    _, events = _events(doc.id)
    for e in events:
        if "location" not in e.spans:
            continue
        s, t = e.spans["location"]
        written = doc.text[s:t]
        if written.startswith("ريفي "):  # a dual countryside: 'ريفي حماة وإدلب' names ريف حماة, ريف إدلب
            written = "ريف " + written.removeprefix("ريفي ")
        if e.location.name.startswith("ريف ") and e.location.name.endswith(" " + written):
            continue  # a further direction, named with its place: 'ريف إدلب الجنوبي والجنوبي الشرقي'
        assert normalize_name(written) == normalize_name(e.location.name), (
            f"location span {written!r} is not the name {e.location.name!r}")


@pytest.mark.parametrize("doc", _params("figure"))
def test_casualty_spans_hold_a_figure(doc):
    _, events = _events(doc.id)
    for e in events:
        for kind in ("killed", "injured"):
            if kind not in e.spans:
                continue
            s, t = e.spans[kind]
            words = doc.text[s:t]
            assert getattr(e, f"{kind}_qualifier") is not None, f"{kind} span {words!r} but no figure"
            assert _has_figure(words), f"{kind} span {words!r} shows no number ({e.location.name})"


@pytest.mark.parametrize("doc", _params("type"))
def test_type_span_is_a_cue_word(doc):
    """The type span slices to a type cue (event_types.tsv); an event typed by
    its victims or by the article's framing (§4) points at its casualty cue."""
    _, events = _events(doc.id)
    norm = normalize(doc.text)
    cues = {(h.start, h.end) for h in lexicon("event_types").find(norm) if h.label != "none"}
    cues |= {(h.start, h.end) for h in lexicon("casualties").find(norm)}
    for e in events:
        assert "type" in e.spans, f"{e.type} at {e.location.name} has no type span"
        s, t = e.spans["type"]
        assert (s, t) in cues, f"type span {doc.text[s:t]!r} of {e.type} is no cue word"


# ---------------------------------------------------------------- random texts

WORDS = ["قال", "المرصد", "السوري", "إن", "في", "على", "من", "مدينة", "بلدة", "حي", "حلب", "إدلب",
         "دوما", "الرقة", "الموصل", "بريف", "الشمالي", "أمس", "الخميس", "ليل", "السبت", "-", "الأحد",
         "الماضي", "قبل", "أيام", "مدنيين", "أطفال", "بينهم", "نحو", "أكثر", "على الأقل", "عشرات",
         "ثلاثة", "سبعة", "مئة", "وجريح", "مقتل", "استشهاد", "إصابة", "جرحى", "قتيلا", "ناشطون",
         "وبحسب", "فرانس", "برس", "والسوري", "الروسي", "قوات", "النظام", "تنظيم", "الدولة",
         "وَالطَّيَرانُ", "مـــدينة", "\u200f", "ال", "و", "ب", "²", "①", "¹٢",
         # claims, sides, posts abroad, framing words: the paths the rules added later
         "أعلن", "أن", "بأن", "مقاتليه", "قواتها", "أنه", "ثكنة", "مستوطنة", "حزب الله", "بيان", "تبنى",
         "يسيطر عليها", "منذ", "الذكرى", "ملعب", "بإطلاق", "من جهة", "أخرى", "مصادر طبية", "مشفى",
         "مراسلنا", "الإسرائيلية", "المجزرة", "تجاوز", "عدد", "حصيلة", "إلى", "الأسبوع", "عاما",
         "ردا على", "حملة قصف", "تحييد", "وزارة الدفاع", "التركية", "مسلحون", "الهيئة",
         # datelines, named victims and others, where people fled, places that only locate
         "غزة - وفا:", "آخرين", "آخرون", "وستة", "على أيدي", "فيها", "باتجاه", "انسحب", "طريق", "بين",
         "الذي يقع", "الواقعة", "لنهر", "الفرات", "مديرية صحة", "اغتيل", "بتفجير", "خلال شهر", "جرح",
         "دوي", "مقبرة جماعية", "والمدفعية", "الطائرات", "التابعة", "مسؤوليتها عن", "بلدتي"]
CUES = ["غارات", "غارة", "قصف", "قصفاً", "صاروخي", "براميل متفجرة", "سيارة مفخخة", "انتحاري",
        "الكلور", "اشتباكات", "كمين", "قنص", "اختطاف", "سيطرت", "انفجار", "الطيران", "قذائف"]
PUNCT = [".", "،", ",", "؛", ":", "!", "؟", "\n", "\n\n", "«", "»", "(", ")", '"', " - "]
NUMBERS = st.one_of(st.integers(0, 100000).map(str),
                    st.integers(0, 9999).map(lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))))
TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(CUES), st.sampled_from(PUNCT), NUMBERS,
                  st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى", min_size=1, max_size=6))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tokens=st.lists(TOKEN, min_size=0, max_size=60),
       sep=st.sampled_from([" ", "  ", " ", ""]),
       published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_random_text_never_crashes_and_spans_stay_in_bounds(tokens, sep, published):
    text = sep.join(tokens)
    events = extract(text, published=published)
    _check_bounds(text, events)
    for e in events:
        if published is None:
            assert e.date is None, "no publication date: relative dates cannot resolve (§1)"
