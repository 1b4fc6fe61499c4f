"""Who did it and who was hit: actor mentions split by their role (codebook §7)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.lexicon import Hit

_NEAR_CUE = 60  # characters: a weak actor name counts only this close to an event cue


@dataclass(frozen=True, slots=True)
class Roles:
    agents: dict[str, tuple[int, int]]   # actor code -> span of its first mention
    victims: dict[str, tuple[int, int]]
    aircraft: dict[str, bool]            # actor code -> named as aircraft (الطيران الروسي)


def clause_roles(
    actors: list[Hit], victim_markers: list[Hit], type_cues: list[Hit], military_targets: list[Hit]
) -> Roles:
    """Split the clause's actor mentions into attackers and attacked.

    An actor right after a victim marker (ضد، من، على، في صفوف، تخضع لسيطرة
    ...) is the side that was hit or whose area it is; so is an actor named
    after the military target of the clause (غارات على مقرات لهيئة تحرير الشام
    وأخرى لحركة أحرار الشام). Any other actor is an attacker. A weak name
    (روسيا، التحالف، التنظيم) counts only close to an event cue.
    """
    agents: dict[str, tuple[int, int]] = {}
    victims: dict[str, tuple[int, int]] = {}
    aircraft: dict[str, bool] = {}
    air_cues = [c for c in type_cues if "air" in c.flags]
    first_target = min((t.norm_start for t in military_targets), default=None)
    for a in actors:
        if "weak" in a.flags and not any(abs(a.start - c.start) <= _NEAR_CUE for c in type_cues):
            continue
        hit_side = any(0 <= a.norm_start - m.norm_end <= 3 for m in victim_markers)
        hit_side = hit_side or (first_target is not None and a.norm_start > first_target)
        side = victims if hit_side else agents
        side.setdefault(a.label, (a.start, a.end))
        if not hit_side:
            on_air = any(c.start < a.end and a.start < c.end for c in air_cues)
            aircraft[a.label] = aircraft.get(a.label, True) and on_air
    return Roles(agents, victims, aircraft)
