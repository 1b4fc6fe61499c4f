"""Spelling variants of Arabic place names, as Arabic news writes them.

The gazetteer stores one spelling per place; the press writes the same place
with or without ال, with a compound joined or split (دير خبية / الديرخبية),
with ئ as ي. All variants are in :func:`marsad.text.normalize.fold` form,
which already merges hamza/alef forms, ة/ه and ى/ي.
"""

from __future__ import annotations

import re

from marsad.text.normalize import fold

# First words that the press writes both joined to and apart from the rest of
# the name: كفر نبل / كفرنبل, دير حافر / ديرحافر, تل رفعت / تلرفعت.
COMPOUND_HEADS: tuple[str, ...] = ("دير", "كفر", "تل", "عين", "بيت", "ام", "راس", "بير")

_SPACES = re.compile(r"\s+")
_NOT_NAME = re.compile(r"[^\w\s]|[\d_]")


def clean(name: str) -> str:
    """Folded name with punctuation dropped and spaces collapsed."""
    return _SPACES.sub(" ", _NOT_NAME.sub(" ", fold(name))).strip()


def split_alternatives(raw: str) -> list[str]:
    """The separate names packed into one gazetteer cell.

    OCHA joins alternative names with '_' or '/' (العميانة_كورهيوك) and
    repeats a name on several lines; after '-' comes a qualifier such as the
    district (الحجلية- الباب), which is not a name of the place.
    """
    parts: list[str] = []
    for piece in re.split(r"[_/\n]", raw):
        piece = piece.split("-")[0] if "-" in piece else piece
        piece = re.sub(r"\(.*?\)", " ", piece).strip()
        if piece and piece not in parts:
            parts.append(piece)
    return parts


def name_variants(name: str, *, add_article: bool = False) -> set[str]:
    """All folded spellings under which *name* may appear in news text.

    *add_article* also gives ال to a bare name: OCHA writes many neighbourhood
    names bare (كلاسة, شيخ سعيد) that the press writes with ال.
    """
    base = clean(name)
    if not base:
        return set()
    out = {base, base.replace("ئ", "ي").replace("ؤ", "و")}
    for v in list(out):
        words = v.split(" ")
        first = words[0]
        if first.startswith("ال") and len(first) >= 7:
            # الديرخبية -> ديرخبية (long enough not to become a common word)
            out.add(" ".join([first[2:], *words[1:]]))
        elif add_article and not first.startswith("ال") and (len(words) == 1 or first == "شيخ"):
            out.add(" ".join(["ال" + first, *words[1:]]))  # كلاسة -> الكلاسة
    for v in list(out):
        out |= _compound_forms(v)
    return {v for v in out if len(v.replace(" ", "")) >= 3}


def _compound_forms(name: str) -> set[str]:
    """دير خبية <-> ديرخبية <-> الديرخبية."""
    forms: set[str] = set()
    words = name.split(" ")
    head, rest = words[0], words[1:]
    bare = head[2:] if head.startswith("ال") else head
    for h in COMPOUND_HEADS:
        if rest and head == h:
            forms.add(" ".join([h + rest[0], *rest[1:]]))
        elif bare.startswith(h) and len(bare) - len(h) >= 3:
            forms.add(" ".join([h, bare[len(h):], *rest]))
    # معرتحرمة <-> معرة حرمة: the joined head ends in ت, the split one in ة (folded ه)
    if rest and head == "معره":
        forms.add(" ".join(["معرت" + rest[0], *rest[1:]]))
    elif bare.startswith("معرت") and len(bare) >= 7:
        forms.add(" ".join(["معره", bare[4:], *rest]))
        forms.add(" ".join(["معرت", bare[4:], *rest]))
    # the press writes دير-compounds joined with ال: ديرخبية -> الديرخبية
    forms |= {"ال" + f for f in forms | {name} if f.startswith("دير") and not f.startswith("دير ")}
    return forms


def press_variants(key: str, *, community: bool) -> set[str]:
    """Spellings the press uses beside a folded gazetteer key, made at build time only
    (the build keeps one only when no other place bears it and it is no ordinary word):

    - the ية/ة ending alternation of the last word: حمورة <-> حمورية, and so 'معرة حرمة' too;
    - a village's single-word name with ال: مزيريب -> المزيريب.
    """
    out: set[str] = set()
    words = key.split(" ")
    last = words[-1]
    # only a one-word name, or the name after a compound head ('معرة حرمة'): 'فاطمة الغربية' keeps its adjective
    if len(words) > 2 or (len(words) == 2 and words[0] not in (*COMPOUND_HEADS, "معره")):
        last = ""
    if last.endswith("يه") and len(last) >= 6:
        out.add(" ".join([*words[:-1], last[:-2] + "ه"]))
    elif last.endswith("ه") and not last.endswith("يه") and len(last) >= 4 and not last.endswith("اه"):
        out.add(" ".join([*words[:-1], last[:-1] + "يه"]))
    if (community and len(words) == 1 and not key.startswith("ال") and len(key) >= 4
            and not key.startswith((*COMPOUND_HEADS, "معر"))):  # not a joined compound ('عينالاسود')
        out.add("ال" + key)
    return {v for v in out if len(v.replace(" ", "")) >= 4}
