"""The extraction vocabularies (src/marsad/extractor/vocab/*.tsv) and their matcher.

Every entry's label must be a code of the codebook (event-model.md §4, §7-§10)
or a kind the extractor reads, and the Aho-Corasick matcher must find cues the
way an Arabic reader does: after clitics, at whole words, longest first, with
spans that slice back to the writer's own words (diacritics included).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from marsad.extractor.lexicon import Lexicon, lexicon
from marsad.model import ACTOR_CODES, EVENT_TYPES, SOURCE_CODES, TARGET_CODES
from marsad.text.normalize import fold, normalize

VOCAB = resources.files("marsad.extractor").joinpath("vocab")
EXTRACT_SRC = Path(str(resources.files("marsad.extractor")))
VOCAB_NAMES = sorted(Path(p.name).stem for p in VOCAB.iterdir() if p.name.endswith(".tsv"))

GROUPS = {"civilians", "children", "women", "fighters"}


def rows(name: str) -> list[tuple[int, str, str, list[str]]]:
    """(line number, pattern, label, other columns) of one vocabulary file,
    read as Lexicon.from_text reads it."""
    out = []
    text = VOCAB.joinpath(f"{name}.tsv").read_text("utf-8")
    for no, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("\t")]
        assert len(parts) >= 2, f"{name}.tsv:{no}: pattern<TAB>label expected: {line!r}"
        out.append((no, parts[0], parts[1], parts[2:]))
    return out


def flags(rest: list[str]) -> set[str]:
    return {f for f in (rest[0].split(",") if rest else []) if f}


def test_all_expected_vocabularies_exist():
    expected = {"event_types", "actors", "targets", "sources", "casualties", "context",
                "persons", "groups"}
    assert expected <= set(VOCAB_NAMES)


@pytest.mark.parametrize("name", VOCAB_NAMES)
def test_vocabulary_loads(name):
    lx = lexicon(name)
    assert lx.size > 0
    for no, pattern, label, _ in rows(name):
        key = fold(pattern.rstrip("*")).strip()
        assert key, f"{name}.tsv:{no}: empty pattern"
        assert "*" not in pattern.rstrip("*"), f"{name}.tsv:{no}: '*' only at the end"
        assert label and " " not in label, f"{name}.tsv:{no}: bad label {label!r}"


@pytest.mark.parametrize("name", VOCAB_NAMES)
def test_no_duplicate_rows(name):
    seen: dict[tuple[str, str], int] = {}
    for no, pattern, label, _ in rows(name):
        key = (fold(pattern).strip(), label)
        assert key not in seen, f"{name}.tsv:{no} repeats line {seen[key]}: {pattern!r} {label!r}"
        seen[key] = no


def test_event_type_labels():
    allowed = set(EVENT_TYPES) | {"none"}
    known_flags = {"air", "craft", "bombard", "weapon", "weak", "capture", "fight", "killing"}
    for no, pattern, label, rest in rows("event_types"):
        assert label in allowed, f"event_types.tsv:{no}: {pattern!r} → {label!r}"
        assert flags(rest) <= known_flags, f"event_types.tsv:{no}: flags {flags(rest)}"
        if "air" in flags(rest):
            assert label == "air_strike", f"event_types.tsv:{no}: an aircraft cue must be air_strike"
        if "craft" in flags(rest):
            assert "air" in flags(rest), f"event_types.tsv:{no}: an aircraft is an aircraft cue"
        if "bombard" in flags(rest):
            assert label == "shelling", f"event_types.tsv:{no}"


def test_every_event_type_has_a_cue():
    labels = {label for _, _, label, _ in rows("event_types")}
    assert set(EVENT_TYPES) <= labels


def test_actor_labels():
    for no, pattern, label, rest in rows("actors"):
        assert label in ACTOR_CODES, f"actors.tsv:{no}: {pattern!r} → {label!r}"
        assert flags(rest) <= {"weak"}, f"actors.tsv:{no}: flags {flags(rest)}"


def test_target_labels():
    for no, pattern, label, _ in rows("targets"):
        assert label in TARGET_CODES, f"targets.tsv:{no}: {pattern!r} → {label!r}"


def test_source_labels():
    for no, pattern, label, rest in rows("sources"):
        assert label in SOURCE_CODES, f"sources.tsv:{no}: {pattern!r} → {label!r}"
        assert flags(rest) <= {"relay"}, f"sources.tsv:{no}: flags {flags(rest)}"


def test_casualty_labels():
    for no, pattern, label, rest in rows("casualties"):
        assert label in {"killed", "injured", "mixed"}, f"casualties.tsv:{no}: {pattern!r} → {label!r}"
        assert flags(rest) <= {"noun", "verb", "vague"}, f"casualties.tsv:{no}: flags {flags(rest)}"
        assert flags(rest), f"casualties.tsv:{no}: {pattern!r} says neither noun nor verb"


def test_person_labels():
    for no, pattern, label, rest in rows("persons"):
        assert label in {"1", "2"}, f"persons.tsv:{no}: {pattern!r} counts {label!r}"
        assert rest, f"persons.tsv:{no}: {pattern!r} has no group column"
        assert rest[0] in GROUPS | {"-", "kin"}, f"persons.tsv:{no}: group {rest[0]!r}"


def test_group_labels():
    for no, pattern, label, _ in rows("groups"):
        assert label in GROUPS, f"groups.tsv:{no}: {pattern!r} → {label!r}"


def test_context_kinds_are_read_by_the_extractor():
    """A context kind no rule reads is a typo: its cues would silently do nothing."""
    source = "\n".join(p.read_text("utf-8") for p in EXTRACT_SRC.glob("*.py"))
    for kind in sorted({label for _, _, label, _ in rows("context")}):
        assert re.search(rf"""["']{kind}["']""", source), f"context kind {kind!r} is never used"


def test_codebook_cues_are_in_the_vocabularies():
    """Cue words the codebook lists by name (§4, §9, §10) are in the files."""
    def labels_of(name: str, phrase: str) -> set[str]:
        hits = lexicon(name).find(normalize(phrase))
        return {h.label for h in hits if (h.start, h.end) == (0, len(phrase))}

    for phrase, t in [("غارات", "air_strike"), ("براميل متفجرة", "air_strike"),
                      ("قذائف هاون", "shelling"), ("سيارة مفخخة", "remote_explosive"),
                      ("عبوة ناسفة", "remote_explosive"), ("حزام ناسف", "suicide_bomb"),
                      ("غاز الكلور", "chemical_weapon"), ("اشتباكات", "armed_clash"),
                      ("اختطاف", "abduction")]:
        assert t in labels_of("event_types", phrase), phrase
    for phrase, k in [("قتلى", "killed"), ("شهداء", "killed"), ("جرحى", "injured"),
                      ("مصابين", "injured")]:
        assert k in labels_of("casualties", phrase), phrase
    for phrase, s in [("المرصد السوري لحقوق الإنسان", "sohr"), ("ناشطون", "activists"),
                      ("الدفاع المدني", "civil_defence"), ("الخوذ البيضاء", "civil_defence")]:
        assert s in labels_of("sources", phrase), phrase


# ---------------------------------------------------------------- the matcher


def lex(*entries: tuple[str, str]) -> Lexicon:
    return Lexicon.from_text("".join(f"{p}\t{l}\n" for p, l in entries))


def found(lx: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.label) for h in lx.find(normalize(text))]


def test_cue_after_clitics_matches():
    lx = lex(("طيران", "air"))
    assert found(lx, "قصف وبالطيران الحربي") == [("طيران", "air")]
    assert found(lx, "وقام الطيران بالقصف") == [("طيران", "air")]
    assert found(lx, "فالطيران") == [("طيران", "air")]


def test_cue_inside_a_longer_word_does_not_match():
    lx = lex(("نار", "fire"), ("قصف", "bomb"), ("قتل", "killed"))
    assert found(lx, "منارة المسجد") == []
    assert found(lx, "نارية") == []
    assert found(lx, "مقتل") == []  # م is no clitic
    assert found(lx, "قصفت الطائرات") == []  # no trailing * : whole word only
    assert found(lx, "القتلى") == []


def test_open_ended_pattern_takes_the_whole_word():
    lx = lex(("اشتباك*", "clash"))
    assert found(lx, "دارت اشتباكات عنيفة") == [("اشتباكات", "clash")]
    assert found(lx, "والاشتباكاتُ مستمرة") == [("اشتباكاتُ", "clash")]


def test_longest_match_wins():
    lx = lex(("الطيران", "air"), ("الطيران الروسي", "russia"), ("الروسي", "weak"))
    assert found(lx, "شن الطيران الروسي غارات") == [("الطيران الروسي", "russia")]
    assert found(lx, "شن الطيران غارات") == [("الطيران", "air")]


def test_one_phrase_with_two_labels_keeps_both():
    lx = lex(("قصف", "a"), ("قصف", "b"))
    assert sorted(found(lx, "تجدد القصف")) == [("قصف", "a"), ("قصف", "b")]


def test_spans_keep_diacritics_and_original_letters():
    lx = lex(("غارات", "air"), ("الطيران الروسي", "russia"), ("قذيفة", "shell"))
    text = "شنَّ الطَّيَرانُ الروسيُّ غاراتٍ، وسقطت قذيفةٌ"
    assert found(lx, text) == [("الطَّيَرانُ الروسيُّ", "russia"), ("غاراتٍ", "air"),
                               ("قذيفةٌ", "shell")]
    # hamza and ta marbuta forms fold for matching, but spans show the writer's letters
    lx = lex(("اطلاق نار", "fire"))
    assert found(lx, "وإطلاقُ نارٍ كثيف") == [("إطلاقُ نارٍ", "fire")]


def test_spans_are_original_offsets_with_tatweel_and_marks():
    lx = lex(("غارة", "air"))
    text = "\u200fوقعت غـــارة على البلدة"
    (hit,) = lx.find(normalize(text))
    assert text[hit.start:hit.end] == "غـــارة"


def test_malformed_vocabulary_line_is_rejected():
    with pytest.raises(ValueError):
        Lexicon.from_text("غارة air_strike\n")  # no tab
