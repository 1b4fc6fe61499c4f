"""Killed and injured figures of a clause (codebook §9), with their spans."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.extractor.lexicon import Hit
from marsad.text.numbers import Quantity

_QUALIFIER_RANK = {"exact": 0, "approx": 1, "at_most": 1, "at_least": 2, "vague": 3}
_YEARS = ("عاما", "عام", "سنه", "سنوات", "اعوام", "سنين")
_BREAKDOWN = ("بينهم", "من بينهم", "منهم", "بينها", "من ضمنهم", "ضمنهم", "اغلبيتهم", "اغلبهم", "نصفهم")


@dataclass(slots=True)
class Figure:
    kind: str  # killed | injured
    value: int | None
    qualifier: str
    start: int
    end: int


@dataclass(slots=True)
class Figures:
    """The casualty figures one clause reports."""

    killed: int | None = None
    killed_qualifier: str | None = None
    injured: int | None = None
    injured_qualifier: str | None = None
    killed_groups: dict[str, int] = field(default_factory=dict)
    wounded_groups: set[str] = field(default_factory=set)  # who the wounded were: a target, no killed group
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    sources: frozenset[str] = frozenset()  # who gave these figures (§9: lowest across sources)

    @property
    def empty(self) -> bool:
        return self.killed_qualifier is None and self.injured_qualifier is None

    def add(self, fig: Figure) -> None:
        """Add a figure of this clause: parts of one toll are summed."""
        value_key, qual_key = fig.kind, f"{fig.kind}_qualifier"
        current, cq = getattr(self, value_key), getattr(self, qual_key)
        if cq is None:
            setattr(self, value_key, fig.value)
            setattr(self, qual_key, fig.qualifier)
            self.spans[fig.kind] = (fig.start, fig.end)
            return
        if fig.value is None:
            return  # a vague part adds nothing to a figure
        if current is None:
            setattr(self, value_key, fig.value)
            setattr(self, qual_key, fig.qualifier)
        else:
            setattr(self, value_key, current + fig.value)
            if _QUALIFIER_RANK[fig.qualifier] > _QUALIFIER_RANK[cq]:
                setattr(self, qual_key, fig.qualifier)
        s, e = self.spans[fig.kind]
        self.spans[fig.kind] = (min(s, fig.start), max(e, fig.end))


# the verb or preposition before the count a toll reaches ('ارتفعت الحصيلة إلى 36'، 'تجاوز 100')
_TOLL_REACHES = {"الي": "to", "بلغ": "to", "تجاوز": "more", "يتجاوز": "more", "تخطى": "more", "تخطي": "more",
                 "فاق": "more", "يفوق": "more"}


def _toll_before(text: str, c: Hit, fold) -> bool:
    """Is the cue the noun of a toll (حصيلة قتلى، حصيلة ضحايا، عدد الشهداء)?"""
    return fold(text[max(0, c.word_start - 8):c.word_start]).strip().endswith(("حصيله", "عدد"))


def _crosses(gap: str, cues: list[Hit], a: int, b: int) -> bool:
    """A count and a cue belong together only if no other cue or clause
    punctuation stands between them (استشهاد مدنيين، وجرح ثمانية)."""
    return any(a <= c.start < b for c in cues) or any(p in gap for p in "،,.؛;:")


def _words_between(text: str, a: int, b: int) -> list[str]:
    return text[a:b].replace("،", " ").replace(",", " ").split() if b > a else []


def _group(p: Hit) -> str | None:
    """The killed_groups key a person noun fills: none for '-' or a relative ('kin')."""
    grp = next(iter(p.flags), "-")
    return None if grp in ("-", "kin") else grp


def _subject_between(text: str, cue: Hit, person: Hit) -> bool:
    """"أعدمت هيئة تحرير الشام شابين": the doer named between a verb and the person it hit
    (up to three words, no pause)."""
    gap = text[cue.end:person.word_start]
    return cue.pattern in _DOER_FIRST and 0 < len(gap.split()) <= 3 and not any(ch in gap for ch in "،,.:؛")


# "على يد"، "على أيدي"، "بأيدي": the count that follows is of the doers, not the dead (folded)
_BY_HANDS = ("يد", "ايدي", "يدي")


def _named_before_others(text: str, cue: Hit, q: Quantity, between: list[str], persons: list[Hit],
                         fold) -> list[Hit] | None:
    """"مقتل القيادي صالح العاروري وستة آخرين", "أصيب مدنيان و3 آخرون", "مقتل زعيم التنظيم
    و12 شخصا": the people named between a verb and "و N others" count apart from the N. Their person nouns (none for a bare
    name), or None when the count does not read so."""
    if len(between) < 2 or between[-1] != "و" or len(between) > _NAMED_WORDS:
        return None  # someone must be named before the و
    after = fold(text[q.end:q.end + 24]).split()
    noun_after = any(0 < p.word_start - q.num_end <= 2 for p in persons)  # "و12 شخصا"
    if not after or not (noun_after or after[0].startswith(_OTHERS) or (
            after[0] == "من" and after[1:2] and after[1].startswith(_COMPANIONS))):
        return None
    return [p for p in persons if cue.end <= p.word_start and p.end <= q.start and "kin" not in p.flags]


# plural casualty nouns an adjective may follow (folded: قتلى is قتلي)
_PLURAL_CUES = frozenset(("ضحايا", "الضحايا", "قتلي", "القتلي", "جرحي", "الجرحي", "شهداء", "الشهداء"))
_NAMED_WORDS = 12  # a name with its titles: 'نائب رئيس المكتب السياسي للحركة صالح العاروري و'
_OTHERS = ("اخرين", "اخرون", "اخران", "اخري")  # "others" (folded آخرين، آخرون، آخران، أخرى)
_COMPANIONS = ("مرافقي", "حراس", "عناصر", "رفاق")  # 'واثنان من مرافقيه'


def _pronoun_between(text: str, cue: Hit, person: Hit, fold) -> bool:
    """"هجوم قتل فيه شخص": a preposition with a pronoun for the incident stands between a verb
    and the person it hit."""
    return fold(text[cue.end:person.word_start]).strip() in _INCIDENT_PRONOUNS


# "قتل فيها"، "أصيب خلاله"، "قضى على إثرها": the pronoun points back at the incident (folded)
_INCIDENT_PRONOUNS = frozenset(("فيه", "فيها", "به", "بها", "خلاله", "خلالها", "اثره", "اثرها", "علي اثره",
                                "علي اثرها", "جراءه", "جراءها"))


# active verbs whose doer may stand before the person they hit (not قتل, also a passive)
_DOER_FIRST = frozenset(("اعدم", "اعدمت", "اغتال", "اغتالت", "اغتالوا", "قتلت"))


def _conjoined(text: str, first: Hit, persons: list[Hit], fold) -> list[Hit]:
    """The person nouns joined to *first* by و ('رجل وزوجته وابنه'), in order."""
    out, last = [], first
    for p in persons:
        if p.word_start < last.end:
            continue
        if fold(text[last.end:p.start]).strip().replace(" ", "") != "و":
            break
        out.append(p)
        last = p
    return out


def counts_others(text: str, count_start: int, fold) -> bool:
    """Is the count at *count_start* one of others ('3 آخرون', 'ستة آخرين')?"""
    words = fold(text[count_start:count_start + 24]).split()
    return len(words) > 1 and words[1].startswith(_OTHERS)


def elliptic_figures(text: str, start: int, quantities: list[Quantity], earlier: list[Hit], fold) -> Figures:
    """"قتل 5 مواطنين في كفرنبل، و3 آخرون في قصف على الهبيط": a clause that opens with
    "و N others" and names no casualty word of its own counts what the clause before it counted."""
    figs = Figures()
    if not quantities or not earlier or earlier[-1].label not in ("killed", "injured"):
        return figs
    q = quantities[0]
    if fold(text[start:q.start]).strip() == "و" and counts_others(text, q.start, fold) and q.value is not None:
        figs.add(Figure(earlier[-1].label, q.value, q.qualifier, q.start, q.end))
    return figs


def clause_figures(
    text: str,
    start: int,
    end: int,
    cues: list[Hit],
    quantities: list[Quantity],
    persons: list[Hit],
    groups: list[Hit],
    fold,
) -> Figures:
    """Read the killed/injured figures of text[start:end].

    A count is tied to the casualty cue next to it: before a noun cue
    (20 قتيلا), after a verb cue (مقتل 20، أصيب سبعة). A count after بينهم
    only fills killed_groups. A figure for killed and injured together gives
    neither. A cue with a person noun and no count counts 1 (مقتل عنصر) or 2
    for a dual (استشهاد مدنيين).
    """
    figs = Figures()
    used: set[int] = set()
    # "شخص (29 عاماً)": an age or a span of years is no count
    qs = [q for q in quantities if start <= q.start < end
          and not fold(text[q.num_end:q.num_end + 8]).strip(" ()").startswith(_YEARS)]

    def breakdown(q: Quantity) -> bool:
        before = fold(text[max(start, q.start - 14):q.start])
        if any(before.rstrip().endswith(b) for b in _BREAKDOWN):
            return True
        # "بينهم 11 امرأة و13 طفلا": a count joined to a breakdown's count is part of it
        k = qs.index(q)
        if k == 0:
            return False
        prev = qs[k - 1]
        gap = text[prev.num_end:q.start]
        joined = fold(gap).split()
        return 0 < len(joined) <= 2 and joined[-1] == "و" and not any(p in gap for p in "،,.؛") and breakdown(prev)

    def group_of(q: Quantity) -> str | None:
        for g in groups:
            between = _words_between(text, q.num_end, g.start)
            if q.num_end <= g.start <= q.num_end + 12 and len(between) <= 1 \
                    and not any(fold(w) in _BREAKDOWN for w in between) \
                    and not any(q.num_end <= c.start < g.start for c in cues):
                return g.label  # "20 مدنياً"، not "اثنان وجرح طفلان"
        return None

    def of_wounded(at: int) -> bool:
        """Does the breakdown at *at* break down the wounded ('جرح 7 أشخاص بينهم امرأتان')?"""
        told = [c for c in cues if c.start < at]
        return bool(told) and told[-1].label == "injured"

    # Breakdowns first: بينهم 68 طفلاً (killed_groups break down the dead only)
    for i, q in enumerate(qs):
        if q.value is not None and breakdown(q):
            used.add(i)
            g = group_of(q)
            if g and of_wounded(q.start):
                figs.wounded_groups.add(g)
            elif g:
                figs.killed_groups[g] = figs.killed_groups.get(g, 0) + q.value

    # ... and bare nouns after بينهم: بينهم طفلان (2 children), بينهم امرأة
    for p in persons:
        before = fold(text[max(start, p.word_start - 12):p.word_start]).rstrip()
        grp = _group(p)
        conjoined = before.endswith("و") or fold(text[p.word_start:p.start]) == "و"  # "و امرأة" or "وامرأة"
        listed = conjoined and any(b in fold(text[max(start, p.word_start - 30):p.word_start])
                                   for b in _BREAKDOWN)  # "بينهم 3 أطفال وامرأة"
        if grp and (any(before.endswith(b) for b in _BREAKDOWN) or listed):
            if of_wounded(p.start):
                figs.wounded_groups.add(grp)
            else:
                figs.killed_groups[grp] = figs.killed_groups.get(grp, 0) + int(p.label)

    used_persons: set[int] = set()
    mixed = [c for c in cues if c.label == "mixed"]
    for c in cues:
        if c.label == "mixed":
            for i, q in enumerate(qs):
                if i not in used and q.end <= c.start and len(_words_between(text, q.end, c.start)) <= 1:
                    used.add(i)
            continue
        if any(m.start <= c.start < m.end for m in mixed):
            continue
        if "vague" in c.flags:  # خسائر في الأرواح
            figs.add(Figure(c.label, None, "vague", c.start, c.end))
            continue
        fig = None
        if "noun" in c.flags:
            for i, q in enumerate(qs):
                if i in used or q.num_end > c.start:
                    continue
                gap = text[q.num_end:c.start]
                words = _words_between(text, q.num_end, c.start)
                near = len(words) <= 2 or q.end >= c.start or not text[q.end:c.start].strip()  # "45 مدنيا على الأقل قتلوا"
                # 11 شخصا بينهم أربعة أطفال توفوا: a breakdown may stand between
                near = near or (len(words) <= 6 and any(b in fold(gap) for b in _BREAKDOWN))
                if near and not _crosses(gap, cues, q.num_end, c.start):
                    used.add(i)
                    fig = (i, q)
        named: list[Hit] | None = None  # who is named before "و N آخرين" (the count leaves them out)
        if fig is None and "verb" in c.flags:
            for i, q in enumerate(qs):
                if i in used or q.start < c.end:
                    continue
                gap = text[c.end:q.start]
                between = _words_between(text, c.end, q.start)
                named = _named_before_others(text, c, q, between, persons, fold)
                if (len(between) <= 5 or named is not None) and not _crosses(gap, cues, c.end, q.start) \
                        and not any(x in ("في", "على") for x in between[:1]) \
                        and not fold(gap).rstrip().endswith(_BY_HANDS):  # "قتل على أيدي اثنين": the killers
                    used.add(i)
                    fig = (i, q)
                break
        if fig is not None:
            i, q = fig
            value = q.value
            if named is not None and value is not None:
                value += sum(int(p.label) for p in named) or 1  # a name alone is one person
                for p in named:
                    used_persons.add(id(p))
                    grp = _group(p)
                    if c.label == "killed" and grp:
                        figs.killed_groups[grp] = figs.killed_groups.get(grp, 0) + int(p.label)
            figs.add(Figure(c.label, value, q.qualifier, min(q.start, c.start), max(q.end, c.end)))
            g = group_of(q)
            if c.label == "killed" and g and q.value is not None and not breakdown(q):
                figs.killed_groups[g] = figs.killed_groups.get(g, 0) + q.value
            continue
        # no count: a person noun right after the cue (مقتل عنصر، استشهاد مدنيين)
        for p in persons:
            if id(p) in used_persons or any(0 <= p.word_start - q.num_end <= 2 or q.start <= p.start < q.end
                                            for q in qs):
                continue  # already counted, the noun of a count (أصيب 12 مدنياً) or part of one (عدد آخر)
            if "kin" in p.flags:
                continue  # a relative counts only joined to a person before it
            if any(0 <= p.word_start - o.end <= 1 for o in persons):
                continue  # 'جنديان عراقيان': a nationality after a person noun describes it
            if p.label == "2" and fold(text[p.word_start:p.start]).endswith("ال"):
                continue  # "القتلى المدنيين" is plural (the civilian dead), not two ("الطفل" is one)
            if p.label == "2" and c.pattern in _PLURAL_CUES and c.end <= p.start <= c.end + 3:
                continue  # "ضحايا مدنيين", "قتلى مدنيين": civilian casualties, an adjective, not two
            if c.end <= p.start <= c.end + 3 or (p.end <= c.start and c.start - p.end <= 2) \
                    or _subject_between(text, c, p) or _pronoun_between(text, c, p, fold):
                used_persons.add(id(p))
                listed = [p] + _conjoined(text, p, persons, fold)  # "مقتل رجل وزوجته": two
                used_persons.update(map(id, listed))
                figs.add(Figure(c.label, sum(int(x.label) for x in listed), "exact",
                                min(c.start, p.start), max(c.end, listed[-1].end)))
                for x in listed:
                    grp = _group(x)
                    if c.label == "killed" and grp:
                        figs.killed_groups[grp] = figs.killed_groups.get(grp, 0) + int(x.label)
                break
    # "ارتفعت حصيلة قتلى القصف على X، أمس، إلى نحو 36 شخصاً": the toll is the count after إلى
    if figs.killed_qualifier is None and any(c.pattern.endswith("حصيله") or _toll_before(text, c, fold)
                                             for c in cues if c.label == "killed"):
        for i, q in enumerate(qs):
            if i in used or q.value is None:
                continue
            verb = fold(text[max(start, q.start - 8):q.start]).split()[-1:]
            if verb and verb[0] in _TOLL_REACHES:
                # "عدد الشهداء تجاوز 100": more than N gives N, at least (§9)
                qualifier = "at_least" if _TOLL_REACHES[verb[0]] == "more" else q.qualifier
                figs.add(Figure("killed", q.value, qualifier, q.start, q.end))
                break
    # A verb cue joined to the next one shares its count when it is vague
    # (استشهاد وإصابة عدد من); a number shared so is killed-or-injured: neither
    for a, b in zip(cues, cues[1:]):
        if a.label != b.label and a.label in ("killed", "injured") and b.label in ("killed", "injured"):
            between = fold(text[a.end:b.start]).strip()
            if between in ("و", "") and getattr(figs, f"{a.label}_qualifier") is None:
                val, qual = getattr(figs, b.label), getattr(figs, f"{b.label}_qualifier")
                if qual == "vague":
                    figs.add(Figure(a.label, val, qual, a.start, figs.spans[b.label][1]))
                elif qual is not None:
                    # "قتل وأصيب سبعة": seven killed or injured, a mixed figure (§9)
                    setattr(figs, b.label, None)
                    setattr(figs, f"{b.label}_qualifier", None)
                    figs.spans.pop(b.label, None)
    if figs.killed is not None:  # a breakdown never exceeds the figure it breaks down
        figs.killed_groups = {g: min(n, figs.killed) for g, n in figs.killed_groups.items()}
    return figs
