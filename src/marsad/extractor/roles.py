"""Who did it and who was hit: actor mentions split by their role (codebook §7)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extractor.lexicon import Hit

_BEFORE_CUE = 40  # characters: a weak actor name counts when an event cue follows this close
_AFTER_CUE = 20   # ... or when it qualifies the cue just before it (القصف الروسي)


NISBA_ENDINGS = ("يه", "ي")  # folded endings of a nationality adjective (الإسرائيلية، التركي)


def _nisba(a: Hit) -> bool:
    """A weak name that is a nationality adjective ('إسرائيلي', 'الروسية'), not a noun hit after
    a preposition ('قصفه للمتشددين')."""
    return "weak" in a.flags and a.pattern.endswith(NISBA_ENDINGS) and a.word_start == a.start


@dataclass(frozen=True, slots=True)
class Roles:
    agents: dict[str, tuple[int, int]]   # actor code -> span of its first mention
    victims: dict[str, tuple[int, int]]
    aircraft: dict[str, bool]            # actor code -> named only as aircraft (الطيران الروسي والأسدي)


def clause_roles(
    actors: list[Hit],
    victim_markers: list[Hit],
    agent_markers: list[Hit],
    type_cues: list[Hit],
    military_targets: list[Hit],
    counts: list[tuple[int, int]],
) -> Roles:
    """Split the clause's actor mentions into attackers and attacked.

    An actor right after a victim marker (ضد، من عناصر، في صفوف، تخضع لسيطرة
    ...), right after a casualty count (قتل 8 مسلحين موالين للنظام), or named
    after the military target of the clause (غارات على مقرات لهيئة تحرير الشام
    وأخرى لحركة أحرار الشام) is the side that was hit or whose area it is; one
    after "على يد" is the attacker whatever precedes. Any other actor is an
    attacker. A weak name (روسيا، واشنطن، التنظيم) counts only as the subject
    of an event cue or its qualifier, never as politics around it.
    """
    agents: dict[str, tuple[int, int]] = {}
    victims: dict[str, tuple[int, int]] = {}
    aircraft: dict[str, bool] = {}
    air_cues = [c for c in type_cues if "air" in c.flags]
    first_target = min((t.norm_start for t in military_targets if "person" not in t.flags), default=None)
    prev_air_end: int | None = None
    prev_victim_end: int | None = None
    for a in actors:
        if "weak" in a.flags and not any(
            0 <= c.start - a.end <= _BEFORE_CUE or 0 <= a.start - c.end <= _AFTER_CUE
            or c.start <= a.start < c.end  # inside the cue: 'مسيرة تركية'
            for c in type_cues
        ):
            continue
        # "على يد X"، "يعتقد أنهم من خلايا التنظيم" (the marker may stand a short word away); and the
        # adjective of the cue itself
        # ('قتل ثمانية أشخاص في قصف إسرائيلي'), whatever count or target stands before it
        forced_agent = any(0 <= a.norm_start - m.norm_end <= 8 for m in agent_markers) or (
            _nisba(a) and any(0 <= a.start - c.end <= 2 for c in type_cues))
        hit_side = not forced_agent and (
            # ('في تنظيم' ends inside 'تنظيم داعش': the marker may overlap the name)
            any(m.norm_start < a.norm_start and a.norm_start - m.norm_end <= 3 for m in victim_markers)
            or any(0 <= a.start - end <= 14 for _, end in counts)
            or (first_target is not None and a.norm_start > first_target)
            # "14 مقاتلا من قوات النظام، وفصائل معارضة": coordinated with the side hit
            or (prev_victim_end is not None and 0 <= a.word_start - prev_victim_end <= 4)
        )
        prev_victim_end = a.end if hit_side else None
        side = victims if hit_side else agents
        side.setdefault(a.label, (a.start, a.end))
        if not hit_side:
            on_air = any(c.start < a.end and a.start < c.end for c in air_cues)
            # "الطيران الروسي والأسدي": the coordinated adjective is aircraft too
            chained = prev_air_end is not None and 0 <= a.word_start - prev_air_end <= 2
            on_air = on_air or chained
            aircraft[a.label] = aircraft.get(a.label, True) and on_air
            prev_air_end = a.end if on_air else None
    return Roles(agents, victims, aircraft)
