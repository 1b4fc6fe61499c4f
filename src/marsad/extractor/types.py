"""Which event types a clause reports (codebook §4), from its type cues."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extractor.lexicon import Hit
from marsad.text.normalize import fold

_ADJACENT = 12  # normalised characters: a generic cue this close to a specific one is its head noun
_WEAPON_TYPES = ("chemical_weapon", "suicide_bomb", "remote_explosive")
_ATTACK_NOUNS = ("هجوم", "الهجوم", "هجمات", "الهجمات")
BOMBARD = "bombard"  # bare قصف: air strike or shelling, decided with the document (§4)


@dataclass(frozen=True, slots=True)
class TypeCue:
    """One event type in a clause and the cue words that gave it."""

    type: str  # an EventType, or BOMBARD until resolved
    cues: tuple[Hit, ...]

    @property
    def start(self) -> int:
        return self.cues[0].start


_BLAST = fold("انفجار")
# armed groups with no aircraft: what they bombard (قصف), they shell (their drones are named as drones)
NO_AIR_FORCE = frozenset({"opposition", "hts", "isis", "sdf"})


def clause_types(cues: list[Hit], on_positions=lambda h: False, follows_capture=lambda h: False) -> list[TypeCue]:
    """The event types a clause reports, in the order first named.

    Specific cues beat generic ones: a suicide attack is not also a car bomb
    and an armed clash; a chemical attack from the air is chemical; rockets
    fired by aircraft (غارات بالصواريخ) are an air strike; a bare قصف with
    aircraft in the same clause is the aircraft's strike.
    """
    cues = [h for h in cues if h.label != "none"]
    kinds = {h.label for h in cues if "weak" not in h.flags}
    has_air = any("air" in h.flags and "weak" not in h.flags for h in cues)
    # "أسلحة كيماوية استخدمت في هجوم": the attack is the chemical one, even named by its weapon
    chemical = any(h.label == "chemical_weapon" for h in cues)
    kept: list[Hit] = []
    for h in cues:
        t = h.label
        if "weak" in h.flags and any(
            o.label != t and ("weak" not in o.flags or o.label in _WEAPON_TYPES)
            and 0 <= o.norm_start - h.norm_end <= _ADJACENT and o.pattern[:1] != "و"
            for o in cues
        ):
            continue  # هجوم انتحاري، انفجار سيارة مفخخة: the specific cue after it names it
        if t == "armed_clash" and "weak" in h.flags and h.pattern.startswith(_ATTACK_NOUNS) \
                and (kinds - {"armed_clash", "territory_change"} or chemical) \
                and not (on_positions(h) and not any(
                    o.label in ("air_strike", "shelling") and abs(o.start - h.start) <= 60 for o in cues)):
            # "هجوم دوما" in a report of the chemical attack is that attack; a missile
            # attack on an airport is the missiles, an assault on positions is fighting
            continue
        if "weapon" in h.flags and has_air and not (h.pattern in _ARMS and any(
                "air" in o.flags and 0 <= h.norm_start - o.norm_end <= 2 for o in cues)):
            continue  # "غارات بالصواريخ", but "الطائرات والمدفعية التركية" are two arms firing
        if "bombard" in h.flags and (has_air or kinds - {"shelling", "air_strike"}):
            continue  # قصف named with its weapon, or قصف carrying chemicals/explosives
        if t in ("air_strike", "shelling") and "chemical_weapon" in kinds:
            continue
        if t in ("remote_explosive", "armed_clash") and "suicide_bomb" in kinds and "weak" not in h.flags:
            if t == "remote_explosive":
                continue
        if t == "armed_clash" and "weak" in h.flags and kinds & {"remote_explosive", "suicide_bomb"}:
            continue
        if t == "armed_clash" and "territory_change" in kinds and follows_capture(h):
            continue  # "سيطرت على X بعد معارك": the fighting of the capture (one event)
        if t == "remote_explosive" and h.pattern.startswith(_BLAST) and kinds & {"air_strike", "shelling"}:
            continue  # "غارات على البلدة تسببت بانفجارات قوية": the blasts are the strikes' (تفجيرات are bombings)
        if t == "remote_explosive" and "suicide_bomb" in kinds:
            continue  # "التفجير" of a car driven by a suicide bomber
        if "killing" in h.flags and any(o.label in _WEAPON_KINDS for o in cues):
            continue  # "اغتيل ... بتفجير استهدف سيارته": the bombing is the assassination
        if t == "suicide_bomb" and any("air" in o.flags and 0 <= h.norm_start - o.norm_end <= _ADJACENT for o in cues):
            continue  # "طائرة مسيرة انتحارية": a drone strike is an air strike (§4)
        kept.append(h)
    groups: dict[str, list[Hit]] = {}
    for h in kept:
        t = BOMBARD if "bombard" in h.flags else h.label
        groups.setdefault(t, []).append(h)
    if BOMBARD in groups and "shelling" in groups:
        groups["shelling"].extend(groups.pop(BOMBARD))
    return sorted((TypeCue(t, tuple(hs)) for t, hs in groups.items()), key=lambda g: g.start)


_WEAPON_KINDS = frozenset({"remote_explosive", "air_strike", "shelling", "suicide_bomb", "chemical_weapon"})
_ARMS = frozenset(fold(w) for w in ("المدفعية", "مدفعية", "الراجمات", "راجمات"))  # a force's arm, not a weapon a jet carries


def victim_type(killed_groups: dict[str, int], targets: set[str]) -> str:
    """The type of a one-sided attack whose weapon is not said (§4): by its victims, fighters
    or civilians ('النار على قافلة صهاريج ... مقتل سائقين مدنيين' is an attack), else by its target."""
    if killed_groups.get("fighters"):
        return "armed_clash"
    if killed_groups.keys() & {"civilians", "children", "women"} or "civilians" in targets:
        return "attack"
    return "armed_clash" if "military" in targets else "attack"
