"""Behaviour of the place finder on sentences written like Arabic conflict news."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.places import places as places_cmd
from marsad.geo import contains, find_places, gazetteer_stats, lookup
from marsad.geo.gazetteer import load
from marsad.geo.variants import name_variants, split_alternatives

EVAL = Path("/work/shared/eval")


def one(text: str, name: str, title: str | None = None):
    """The mention named *name* in *text* (exactly one)."""
    ms = [m for m in find_places(text, title=title) if m.name == name]
    assert len(ms) == 1, [(m.name, m.place and m.place.id) for m in find_places(text, title=title)]
    return ms[0]


# --- the shipped data ---------------------------------------------------------

def test_stats_cover_syria():
    stats = gazetteer_stats()
    syrian = [p.level for p in load().places.values() if p.country == "SY"]
    assert (syrian.count("governorate"), syrian.count("district"), syrian.count("subdistrict")) == (14, 62, 272)
    assert stats["governorate"] > 14  # provinces abroad too
    assert stats["syrian_community_ar"] >= 5000 and stats["syrian_neighbourhood_ar"] >= 400


def test_governorates_and_districts_take_the_ocha_centroid_subdistricts_their_seat():
    gaz = load()
    assert (gaz.places["SY12"].lat, gaz.places["SY12"].lon) == (32.856493, 36.224364)  # polygon centroid
    assert gaz.places["SY03"].lat is not None  # Rural Damascus has no capital city, but a centroid
    assert gaz.places["SY0302"].lat != gaz.places["C2338"].lat  # Duma district: centroid, not the town
    hajin = gaz.places["SY090201"]  # a sub-district stands for its seat town
    assert (hajin.lat, hajin.lon) == (gaz.places["C5175"].lat, gaz.places["C5175"].lon)


def test_governorate_mention_gets_its_centroid():
    p = one("وصلت التعزيزات إلى محافظة درعا", "درعا").place
    assert (p.id, p.precision) == ("SY12", "governorate") and abs(p.lat - 32.856) < 0.01


def test_truncated_names_keep_only_the_whole_alternative():
    gaz = load()
    assert gaz.places["C2929"].name_ar == "الاشرفية الشرقية"


def test_aliases_without_a_sourced_point_have_none():
    p = load().places["N-C1007-jisr-al-hajj"]
    assert (p.lat, p.lon, p.admin1, p.parents[0]) == (None, None, "Aleppo", "C1007")


# --- variants -----------------------------------------------------------------

def test_joined_and_split_compounds():
    assert {"دير خبيه", "ديرخبيه", "الديرخبيه"} <= name_variants("ديرخبية")
    assert "كفر سجنه" in name_variants("كفرسجنة")


def test_packed_alternatives_are_split_and_qualifiers_dropped():
    assert split_alternatives("العميانة_كورهيوك") == ["العميانة", "كورهيوك"]
    assert split_alternatives("الحجلية- الباب") == ["الحجلية"]


@pytest.mark.parametrize("spelling", ["إعزاز", "اعزاز", "أعزاز"])
def test_hamza_spellings(spelling):
    assert one(f"قصفت الطائرات مدينة {spelling} شمال حلب", spelling).place.id == "C1564"


@pytest.mark.parametrize("spelling", ["الديرخبية", "دير خبية"])
def test_compound_spellings_in_text(spelling):
    assert one(f"ألقى الطيران براميل على بلدة {spelling} بريف دمشق", spelling).place.id == "C2287"


def test_bare_neighbourhood_name_with_article():
    assert one("قصف حي الكلاسة في مدينة حلب", "الكلاسة").place.id == "N0197"


# --- clitics, class words, offsets -------------------------------------------

@pytest.mark.parametrize("text,name,outer,cls", [
    ("قتل مدنيان بحي الصاخور في حلب", "الصاخور", "بحي الصاخور", "حي"),
    ("وقصف الطيران وبلدة كفرسجنة بريف إدلب", "كفرسجنة", "وبلدة كفرسجنة", "بلده"),
    ("غارات بالغوطة الشرقية", "الغوطة الشرقية", "بالغوطة الشرقية", None),
    ("ومعارك وبريف حماة", "ريف حماة", "وبريف حماة", "ريف"),
    ("وصلت التعزيزات لمدينة حلب", "حلب", "لمدينة حلب", "مدينه"),
])
def test_clitics_and_class_words(text, name, outer, cls):
    m = one(text, name)
    assert text[m.start:m.end] == m.name and text[m.outer_start:m.end] == outer and m.class_word == cls


def test_no_match_inside_a_longer_word():
    assert [m.name for m in find_places("الحلبيون يتذكرون")] == []


def test_longest_match_wins():
    names = [m.name for m in find_places("قصف حي بستان القصر في حلب وريف حلب الشمالي ومدينة دير الزور")]
    assert names == ["بستان القصر", "حلب", "ريف حلب الشمالي", "دير الزور"]


# --- disambiguation -------------------------------------------------------------

def test_douma_of_rural_damascus_or_hama():
    assert one("غارات على دوما بريف دمشق", "دوما").place.id == "C2338"
    assert one("غارات على بلدة دوما بريف حماة الشرقي", "دوما").place.id == "C3076"


def test_douma_by_what_the_document_is_about():
    text = "قصفت قوات النظام مدينة السويداء. وهاجم التنظيم قرى الشبكي والشريحي ودوما."
    assert one(text, "دوما").place.admin1 == "As-Sweida"


def test_kallaseh_of_aleppo_or_hasakeh():
    assert one("قصف حي الكلاسة في مدينة حلب", "الكلاسة").place.admin1 == "Aleppo"
    assert one("اشتباكات في حي الكلاسة بمدينة الحسكة", "الكلاسة").place.admin1 == "Al-Hasakeh"


def test_big_city_is_the_city_unless_the_phrase_says_governorate():
    city = one("قصف مدينة حماة", "حماة").place
    gov = one("قصف في محافظة حماة", "حماة").place
    assert (city.id, city.precision) == ("C2987", "community")
    assert (gov.id, gov.precision) == ("SY05", "governorate")


def test_countryside_is_a_region_without_a_point():
    for text, name in [("غارات على ريف حلب الشمالي", "ريف حلب الشمالي"),
                       ("معارك في الريف الشمالي لحلب", "الريف الشمالي لحلب")]:
        p = one(text, name).place
        assert (p.level, p.precision, p.admin1, p.lat, p.pcode) == ("region", "region", "Aleppo", None, None)
    assert one("قصف على ريف دمشق", "ريف دمشق").place.id == "SY03"


def test_neighbourhood_only_with_its_city_in_context():
    assert [m.name for m in find_places("سقط صاروخ على الشيخ مقصود")] == []
    assert one("سقط صاروخ على الشيخ مقصود في حلب", "الشيخ مقصود").place.id.startswith("N")


def test_quarters_of_the_city_named():
    p = one("قصف الأحياء الشرقية لمدينة حلب", "الأحياء الشرقية").place
    assert (p.precision, p.admin1) == ("region", "Aleppo")


def test_stray_hill_name_far_from_the_story_stays_unknown():
    text = "صد هجوم قرب بلدة كحيل بريف درعا الشرقي، وعلى محاور تل السمن في محيط مدينة طفس"
    m = one(text, "تل السمن")
    assert m.place is None and m.location().admin1 == "Dar'a"


# --- unknown places, abroad, stop-list -------------------------------------------

def test_unknown_place_from_class_word_takes_admin1_from_context():
    m = one("قتل ثلاثة في قرية زينون بريف درعا الغربي", "زينون")
    loc = m.location()
    assert m.place is None and m.evidence == "class" and loc.admin1 == "Dar'a" and loc.precision == "community"


@pytest.mark.parametrize("text,name,country,level", [
    ("انفجار في الموصل شمالي العراق", "الموصل", "IQ", "city"),
    ("هجوم في أنقرة", "أنقرة", "TR", "city"),
    ("غارات إسرائيلية على غزة", "غزة", "PS", "city"),
    ("الحرب في سوريا", "سوريا", "SY", "country"),
])
def test_places_abroad(text, name, country, level):
    p = one(text, name).place
    assert (p.country, p.level, p.admin1) == (country, level, None)
    assert p.precision == ("country" if level == "country" else "community")


def test_afrin_is_syrian():
    assert one("معارك في عفرين", "عفرين").place.admin1 == "Aleppo"


def test_common_words_are_not_places():
    text = "قال الأسد إن النصر قريب وإن السلام ممكن، وإن الجيش يواصل التقدم في زيارة رسمية"
    assert find_places(text) == []


def test_common_word_with_class_word_is_a_place():
    m = one("قصف بلدة النصر بريف درعا", "النصر")
    assert m.evidence == "class"


def test_listed_with_other_villages():
    m = one("هاجم التنظيم قرى الشبكي والشريحي ورامي في ريف السويداء", "رامي")
    assert m.place.id == "C6173" and m.evidence == "context"


# --- contains, lookup, CLI ----------------------------------------------------------

def test_contains():
    gaz = load().places
    rif = one("غارات على ريف حلب", "ريف حلب").place
    assert contains(rif, gaz["C1564"]) and not contains(rif, gaz["C1007"]) and not contains(rif, gaz["N0139"])
    assert contains(gaz["C1007"], gaz["N0139"]) and contains(gaz["SY03"], gaz["C2338"])
    assert contains(gaz["SY"], gaz["C2338"]) and not contains(gaz["SY05"], gaz["C2338"])
    north = one("غارات على ريف حلب الشمالي", "ريف حلب الشمالي").place
    assert contains(north, gaz["C1564"]) and not contains(north, gaz["C2154"])  # A'zaz north, Safira south-east


def test_lookup_arabic_english_and_typo():
    assert "C2338" in [p.id for p in lookup("دوما")]
    assert "C2338" in [p.id for p in lookup("Douma")] or "C2338" in [p.id for p in lookup("Duma")]
    assert lookup("كفرسجنه")[0].id == "C4110"
    assert "C4110" in [p.id for p in lookup("كفرسجنا")]


def test_cli_stats_and_query():
    runner = CliRunner()
    out = runner.invoke(places_cmd, ["--stats", "--json"])
    assert json.loads(out.output)["community"] >= 5000
    out = runner.invoke(places_cmd, ["دوما", "--json", "--limit", "3"])
    rows = json.loads(out.output)
    assert rows and rows[0]["name_ar"] == "دوما" and rows[0]["parents"]


# --- gold documents -------------------------------------------------------------------

def gold_docs():
    for part in ("seeds", "dev"):
        path = EVAL / part / "docs.jsonl"
        if path.exists():
            yield from (json.loads(line) for line in path.open(encoding="utf-8"))


@pytest.mark.skipif(not EVAL.exists(), reason="shared eval data not present")
def test_offsets_on_gold_documents():
    n = 0
    for doc in gold_docs():
        ms = find_places(doc["text"], title=doc.get("title"))
        for a, b in zip(ms, ms[1:]):
            assert a.end <= b.outer_start
        for m in ms:
            written = doc["text"][m.start:m.end]
            # names not as written: each place of a dual countryside is 'ريف X', and a further
            # direction is named with its place ('ريف إدلب الجنوبي والجنوبي الشرقي')
            dual = m.class_word == "ريفي" and m.name == "ريف " + written.removeprefix("ريفي ")
            further = m.name.startswith("ريف ") and m.name.endswith(" " + written)
            assert (written == m.name or dual or further) and m.outer_start <= m.start
            n += 1
    assert n > 100


# --- ordinary words, adjectives, locative cues -------------------------------------------

@pytest.mark.parametrize("text", [
    "سقطت الصواريخ على المنازل، خلفت ثلاثة شهداء كحصيلة أولية",
    "واصل عناصر الدفاع المدني في أحياء المدينة عملهم",
    "مقتل نحو 45 مسلحا، بينهم قيادات بارزة",
    "وإصابة عدد آخر بجراح",
    "دخول مجموعات إرهابية بصدد تنفيذ هجمات",
    "يظهر الرئيس أثناء وصوله لمكتبه كالمعتاد",
    "قال إن الوضع في البلاد صعب",
])
def test_ordinary_words_are_not_places(text):
    assert find_places(text) == []


def test_minor_village_name_needs_a_cue_but_one_cue_serves_the_document():
    assert [m.name for m in find_places("وتابع أردوغان حديثه قائلا")] == []
    ms = find_places("قصفت الطائرات بلدة سقبا. وقال ناشطون إن سقبا تتعرض للقصف منذ أيام")
    assert [m.name for m in ms] == ["سقبا", "سقبا"] and ms[1].evidence == "context"


def test_lists_of_villages_run_back_to_their_class_word():
    ms = find_places("عشرات في بلدتي حمورية وسقبا في جنوب الغوطة")
    assert one("عشرات في بلدتي حمورية وسقبا", "سقبا").locative
    assert "سقبا" in [m.name for m in ms]
    m = one("سيطرت على بلدات دوما وحرستا وحمورية وجسرين", "جسرين")
    assert m.place.id == "C2317"


def test_generic_head_joins_the_next_word_or_is_dropped():
    text = "تمكن عناصر التنظيم من السيطرة على دوما والشبكي والشريحي وتل البصير في ريف السويداء"
    m = one(text, "تل البصير")
    assert m.place is None and m.location().admin1 == "As-Sweida"
    assert "تل" not in [m.name for m in find_places(text)]
    assert [m.name for m in find_places("صعدوا إلى تل في المنطقة")] == []


@pytest.mark.parametrize("text", [
    "حوصرت مدينة سورية محاصرة منذ سنوات",
    "قتل سبعة عسكريين في قاعدة جوية سورية",
    "ذكرت مصادر محلية سورية أن القصف استمر",
    "طالبت القوات السعودية بالانسحاب",
])
def test_nationality_adjectives_are_not_the_country(text):
    assert [m.place.id for m in find_places(text) if m.place and m.place.level == "country"] == []


def test_country_as_noun_or_clause_opener():
    assert one("الحرب في سورية مستمرة", "سورية").place.id == "SY"
    m = one("وبعد ذلك قالت السعودية إنها اعترضت صواريخ", "السعودية")
    assert m.place.id == "SA" and not m.locative


@pytest.mark.parametrize("text,name,locative", [
    ("هجمات نددت بها دمشق", "دمشق", False),
    ("وقالت واشنطن إن الضربات ناجحة", "واشنطن", False),
    ("غارات على دمشق", "دمشق", True),
    ("انفجار في حلب وإدلب", "إدلب", True),
    ("قصف بحلب", "حلب", True),
    ("قصف مدينة حماة", "حماة", True),
    ("قصف على أطراف حماة", "حماة", True),
    ("توجه الوفد إلى موسكو", "موسكو", True),
])
def test_locative_flag(text, name, locative):
    assert one(text, name).locative is locative


# --- direction descriptors, regions, disambiguation by the document ------------------------

@pytest.mark.parametrize("text,name", [
    ("قتل 20 عنصرا في معارك جنوبي سوريا", "جنوبي سوريا"),
    ("غارات قرب منطقة التنف جنوب شرقي البلاد", "جنوب شرقي البلاد"),
    ("قصف مواقع شمال شرق سوريا", "شمال شرق سوريا"),
])
def test_compass_before_a_country_is_the_country(text, name):
    m = one(text, name)
    assert (m.place.id, m.place.precision, m.locative) == ("SY", "country", True)
    assert [x.name for x in find_places(text) if x.name in ("سوريا", "البلاد")] == []


def test_compass_before_a_city_is_a_region_of_its_governorate():
    m = one("سقطت صواريخ جنوب دمشق", "جنوب دمشق")
    assert (m.place.level, m.place.admin1, m.place.lat) == ("region", "Damascus", None)
    m = one("معارك عنيفة شمال حلب", "شمال حلب")
    assert (m.place.level, m.place.admin1) == ("region", "Aleppo")
    assert "حلب" not in [x.name for x in find_places("معارك عنيفة شمال حلب")]


def test_mountains_of_a_governorate_are_a_region():
    m = one("هجوم مباغت في جبال اللاذقية الشمالية", "جبال اللاذقية الشمالية")
    assert (m.place.level, m.place.admin1, m.place.lat) == ("region", "Lattakia", None)


def test_al_tanf_is_in_homs_without_a_guessed_point():
    p = one("غارة قرب منطقة التنف", "التنف").place
    assert (p.admin1, p.precision, p.lat) == ("Homs", "community", None)


def test_lone_village_of_another_governorate_is_outvoted_by_the_document():
    text = ("شنت الفصائل هجوما في جبال اللاذقية الشمالية. وقتل ضباط في منطقة عطيرة القريبة من الحدود. "
            "وتعد المعارك الأعنف في ريف اللاذقية الشمالي")
    m = one(text, "عطيرة")
    assert m.place is None and m.location().admin1 == "Lattakia"
    assert one("قصف على قرية عطيرة بريف حلب", "عطيرة").place.admin1 == "Aleppo"


def test_well_known_quarter_without_its_city():
    assert one("قال إن الضربة أصابت برزة بالتحديد", "برزة").place.admin1 == "Damascus"
    assert one("قصف على برزة في ريف حمص", "برزة").place.admin1 == "Homs"


def test_named_region_contains_its_member_units():
    gaz = load().places
    ghouta = one("قصف على الغوطة الشرقية", "الغوطة الشرقية").place
    assert contains(ghouta, gaz["C2338"]) and contains(ghouta, gaz["C2314"])  # Duma, Saqba
    assert not contains(ghouta, gaz["C1007"]) and not contains(ghouta, gaz["C2346"])  # Aleppo, Dumayr (desert)


def test_unknown_town_abroad_takes_its_country_and_whole_construct_name():
    m = one("غارة إسرائيلية على بلدة عيتا الجبل جنوبي لبنان", "عيتا الجبل")
    loc = m.location()
    assert m.place is None and (loc.country, loc.admin1) == ("LB", None)
    p = one("غارة إسرائيلية على بلدة بنت جبيل جنوبي لبنان", "بنت جبيل").place  # GeoNames has it
    assert (p.country, p.admin1, p.precision) == ("LB", None, "community")
    assert one("القصف على قرية كفر بطيخ في ريف إدلب", "كفر بطيخ").place.id == "C3927"


# --- places abroad that share a name with a Syrian village --------------------------------

@pytest.mark.parametrize("text,name,country", [
    ("أعدم التنظيم 20 مدنياً في مدينة الرمادي بمحافظة الأنبار", "الرمادي", "IQ"),
    ("انفجار عبوة في قرية الصفرة جنوب غربي كركوك", "الصفرة", "IQ"),
    ("قصف مستشفى في بلدة سكينية بقضاء سنجار غربي نينوى", "سكينية", "IQ"),
    ("قصف مستشفى في بلدة سكينية بقضاء سنجار غربي نينوى", "سنجار", "IQ"),
    ("استهدفت سيارة على طريق بلدة القليلة في قضاء صور", "القليلة", "LB"),
    ("استهدفت سيارة على طريق بلدة القليلة في قضاء صور", "صور", "LB"),
    ("أعلن حزب الله استهداف موقع المالكية الإسرائيلي بالصواريخ", "المالكية", "IL"),
    ("هجوم على قرية في قضاء الخالص بمحافظة ديالى", "الخالص", "IQ"),
    ("اشتباكات في قضاء جزرة بولاية شرناق", "جزرة", "TR"),
])
def test_namesakes_abroad_take_the_country_the_text_gives(text, name, country):
    loc = one(text, name).location()
    assert (loc.country, loc.admin1) == (country, None)


def test_syrian_villages_stay_syrian_beside_a_foreign_country():
    assert one("قصف على بلدة جرابلس الحدودية مع تركيا", "جرابلس").place.admin1 == "Aleppo"
    assert one("اتهمت موسكو ودمشق إسرائيل بتنفيذ الضربة", "دمشق").place.admin1 == "Damascus"
    assert one("يسيطر التنظيم على مخيم اليرموك الفلسطيني", "مخيم اليرموك").place.admin1 == "Damascus"
    assert one("نشرت ما يسمى ولاية حمص صورا", "حمص").place.id == "SY04"  # ISIS's 'province'


def test_document_set_abroad_makes_a_minor_namesake_a_place_there():
    text = ("قصف مدفعي على بلدة عيتا الشعب جنوبي لبنان، وغارة على بنت جبيل في جنوب لبنان، "
            "واستهداف منزل في بلدة القليلة")
    assert one(text, "القليلة").location().country == "LB"


# --- provinces and districts abroad ------------------------------------------------------

def test_province_abroad_after_its_class_word_contains_the_town():
    ms = find_places("تفجير في مدينة الحلة بمحافظة بابل")
    hilla, babil = ms
    assert (babil.place.id, babil.place.precision, babil.place.country, babil.place.admin1) == \
        ("IQ-babil", "governorate", "IQ", None)
    assert contains(babil.place, hilla.place)
    p = one("هجوم في ولاية هاتاي جنوبي تركيا", "هاتاي").place
    assert (p.country, p.precision) == ("TR", "governorate")
    p = one("قتلى في إقليم كردستان العراق", "إقليم كردستان العراق").place
    assert (p.country, p.level) == ("IQ", "region") and contains(p, load().places["G95446"])  # Erbil


def test_qada_is_a_district_abroad():
    m = one("قصف بلدة سكينية بقضاء سنجار", "سنجار")
    assert (m.place.precision, m.place.country) == ("district", "IQ") and m.place.lat is not None
    assert contains(m.place, load().places["G448149"])  # the district holds its town
    m = one("اشتباكات في قضاء جزرة بولاية شرناق", "جزرة")
    assert m.location().precision == "district"


@pytest.mark.parametrize("name,country", [("غزة", "PS"), ("رفح", "PS"), ("خان يونس", "PS"), ("دير البلح", "PS"),
                                          ("جباليا", "PS"), ("بيت حانون", "PS"), ("عسقلان", "IL")])
def test_gaza_strip_and_israel(name, country):
    p = one(f"قصف على مدينة {name} اليوم", name).place
    assert (p.country, p.admin1) == (country, None) and p.lat is not None


def test_shujaiyya_is_a_quarter_of_gaza():
    p = one("قصف مدفعي على حي الشجاعية شرقي مدينة غزة", "الشجاعية").place
    assert (p.country, p.precision) == ("PS", "neighbourhood") and contains(load().places["G281133"], p)


# --- named sites ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,site,admin1", [
    ("هجوم إسرائيلي على مطار دمشق الدولي ليلا", "مطار دمشق الدولي", "S-damascus-airport", "Rural Damascus"),
    ("استهدف هجوم صاروخي مطار التيفور العسكري في ريف حمص الشرقي", "مطار التيفور", "S-t4", "Homs"),
    ("غارات على قاعدة التيفور", "قاعدة التيفور", "S-t4", "Homs"),
    ("غارات على مطار T4", "مطار T4", "S-t4", "Homs"),
    ("صواريخ على مطار الشعيرات العسكري", "الشعيرات", "S-shayrat", "Homs"),
    ("قصف مطار حماة العسكري", "مطار حماة العسكري", "S-hama-airbase", "Hama"),
    ("انفجارات في مطار المزة", "المزة", "S-mezzeh-airbase", "Damascus"),
    ("انفجارات في مطار المزة العسكري", "مطار المزة العسكري", "S-mezzeh-airbase", "Damascus"),
    ("فك الحصار عن مطار كويرس", "مطار كويرس", "S-kuweires", "Aleppo"),
    ("السيطرة على مطار منغ", "مطار منغ", "S-menagh", "Aleppo"),
    ("معارك قرب سد تشرين", "سد تشرين", "S-tishrin-dam", "Aleppo"),
    ("معارك قرب سد الفرات", "سد الفرات", "S-euphrates-dam", "Ar-Raqqa"),
    ("انفجار قرب معبر باب الهوى", "معبر باب الهوى", "S-bab-al-hawa", "Idleb"),
    ("انفجار قرب معبر باب السلامة", "معبر باب السلامة", "S-bab-al-salama", "Aleppo"),
    ("افتتاح معبر نصيب", "نصيب", "S-nasib", "Dar'a"),
    ("وصول طائرات إلى قاعدة حميميم", "حميميم", "S-hmeimim", "Lattakia"),
])
def test_named_sites_are_places_of_their_own(text, name, site, admin1):
    ms = find_places(text)
    m = one(text, name)
    assert (m.place.id, m.place.admin1, m.place.precision) == (site, admin1, "community")
    assert text[m.outer_start:m.end].split()[0] in ("مطار", "قاعدة", "سد", "معبر")
    assert ms[0].name == name and not {"دمشق", "حماة", "باب الهوى"} & {x.name for x in ms}  # not the city in it


def test_sites_take_only_a_shipped_point():
    gaz = load().places
    assert gaz["S-t4"].lat is None and gaz["S-damascus-airport"].lat is None
    assert (gaz["S-shayrat"].lat, gaz["S-shayrat"].lon) == (gaz["C2659"].lat, gaz["C2659"].lon)


def test_t4_strike_is_one_place_inside_the_countryside():
    ms = find_places("استهدف هجوم صاروخي مطار التيفور العسكري في ريف حمص الشرقي")
    assert [m.name for m in ms] == ["مطار التيفور", "ريف حمص الشرقي"]
    assert contains(ms[1].place, ms[0].place)


# --- outlets, relatives, squares ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أفادت مراسلة الميادين بأن مسيرة استهدفت سيارة",
    "قالت قناة الميادين إن القصف استمر",
    "بثت قناة الجزيرة صورا للقصف",
    "ذكرت صحيفة واشنطن بوست أن الضربة نجحت",
    "خلال اجتماع بثته قناة روسيا 24",
])
def test_outlet_names_are_no_places(text):
    assert [m.name for m in find_places(text) if m.name in ("الميادين", "الجزيرة", "واشنطن", "روسيا")] == []


def test_the_relative_tabia_is_never_part_of_a_name():
    m = one("قصفت مسيرات مواقع في منطقة بارزان التابعة لقضاء سوران", "بارزان")
    assert m.place is None and m.location().country == "IQ"


def test_beirut_southern_suburb_is_a_place_in_lebanon():
    m = one("غارة إسرائيلية استهدفت مبنى في الضاحية الجنوبية لبيروت", "الضاحية الجنوبية لبيروت")
    assert (m.place.country, m.place.precision, m.place.admin1) == ("LB", "region", None)


def test_square_in_baghdad_gives_baghdad():
    ms = find_places("تفجيران هزا سوق ساحة الطيران وسط بغداد")
    assert [(m.name, m.place.country) for m in ms] == [("بغداد", "IQ")]


def test_rafah_is_in_gaza_and_al_jazeera_not_algiers():
    assert one("غارة على مدينة رفح جنوبي قطاع غزة", "رفح").place.country == "PS"
    assert find_places("عرضت الجزيرة مشاهد") == [] or one("عرضت الجزيرة مشاهد", "الجزيرة").place is None


@pytest.mark.parametrize("text", [
    "هجمات على قرى في الضفة الغربية لنهر الفرات في شرق سوريا",
    "هجمات على قرى في الضفة الغربية، لنهر الفرات، في شرق سوريا",
    "تقدم على الضفة الغربية للفرات",
    "قرى الضفة الغربية من نهر دجلة",
])
def test_a_river_bank_is_not_the_west_bank(text):
    assert all(m.place is None or m.place.country != "PS" for m in find_places(text))


def test_the_west_bank_itself_is_still_found():
    assert one("قتل فلسطيني برصاص الجيش الإسرائيلي في الضفة الغربية", "الضفة الغربية").place.country == "PS"
    assert one("مستوطنات الضفة الغربية لنهر الأردن", "الضفة الغربية").place.country == "PS"


@pytest.mark.parametrize("text", [
    "استهدفت الغارات المدينة وبلدات بريفها خلال الساعات الفائتة",
    "قصفت الطائرات قرى تخضع لسيطرة المعارضة",
])
def test_a_description_after_a_class_word_is_no_unknown_place(text):
    assert [m.name for m in find_places(text)] == []


def test_a_class_word_kept_in_an_alternate_name_is_the_class_word():
    m = one("تعرضت أحياء في مدينة حمص لقصف عنيف", "حمص")
    assert (m.class_word, m.place.id) == ("مدينه", "C2528")
    assert one("انفجار في مدينة الصدر شرقي بغداد", "مدينة الصدر").place.country == "IQ"


def test_an_unknown_quarter_takes_the_governorate_the_sentence_opened_in():
    m = one("وفي الحسكة، تواصلت المعارك بين التنظيم وقوات النظام في حي النشوة، حيث سيطر التنظيم على أجزاء منه.",
            "النشوة")
    assert (m.place, m.location().admin1) == (None, "Al-Hasakeh")
    # near a city is outside it
    assert one("ضواحي محاصرة قرب دمشق بينها بلدة الشيفونية", "الشيفونية").location().admin1 is None


def test_the_targets_are_no_place():
    names = [m.name for m in find_places("أسقطها نظام القبة الحديدية أو لم يصل مداها إلى الأهداف بالجولان")]
    assert "الأهداف" not in names and "الجولان" in names


def test_an_unknown_villages_direction_is_part_of_its_name():
    m = one("غارات على بلدة معرشورين وقرية الدير الشرقي بريف معرة النعمان الشرقي", "الدير الشرقي")
    assert (m.place, m.location().admin1) == (None, "Idleb")


# --- spelling variants the press uses (made at build time) ------------------------

def test_ya_ta_marbuta_ending_variant_is_the_gazetteer_village():
    assert one("قصفت قوات النظام بلدة حمورية في الغوطة الشرقية", "حمورية").place.id == "C2316"


def test_split_maarat_compound_is_the_joined_gazetteer_name():
    assert one("قصف على بلدة معرة حرمة بريف إدلب", "معرة حرمة").place.id == "C4071"


def test_village_name_with_article_is_the_bare_gazetteer_name():
    assert one("انفجار عند مدخل بلدة المزيريب بريف درعا", "المزيريب").place.id == "C6039"


def test_press_variants_only_when_no_other_place_or_word_has_them():
    gaz = load()
    # 'الغربية' is an adjective of a two-word name, never turned into 'الغربة'
    assert "فاطمه الغربه" not in gaz.names
    # a variant is never a key that already names another place
    for key, ids in gaz.names.items():
        if key.endswith("يه") and key[:-2] + "ه" in gaz.names:
            assert set(ids) & set(gaz.names[key[:-2] + "ه"]) == set() or len(ids) >= 1
    assert "حموريه" in gaz.names and gaz.names["حموريه"] == ("C2316",)


def test_unknown_village_with_um_head_is_a_two_word_name():
    m = one("قصف على قرية أم الجلاميد بريف إدلب", "أم الجلاميد")
    assert m.place is None and m.context_admin1 == "Idleb"


# --- lists after a dual or plural class word ------------------------------------------

def test_dual_area_word_gives_each_unknown_member_and_the_compass_country():
    text = "قتل 5 في أنقرة وإسطنبول. غارات تركية على 32 هدفاً في منطقتي خواكورك وأسوس شمالي العراق، بحسب بيان"
    for name in ("خواكورك", "أسوس"):
        m = one(text, name)
        assert m.place is None and m.location().country == "IQ", name


def test_dual_town_word_list_member_shares_the_known_members_country():
    text = "قصفت المدفعية الإسرائيلية أطراف بلدتي كفركلا والخيام"
    assert one(text, "كفركلا").place.country == "LB"
    assert one(text, "الخيام").location().country == "LB"


def test_plural_village_word_list_keeps_every_member():
    ms = find_places("قصف قرى المراشدة وأم حسن والشجلة والبوبدران")
    assert [m.name for m in ms] == ["المراشدة", "أم حسن", "الشجلة", "البوبدران"]
    assert {m.location().admin1 for m in ms} == {"Deir-ez-Zor"}
    assert [m.name for m in find_places("قصف قرى الشبكي والشريحي")] == ["الشبكي", "الشريحي"]


# --- Iraq: a sub-district and a valley the gazetteer lacks ---------------------------

IRAQ_TEXT = ("وفي كركوك، توفي جندي عراقي جراء انفجار عبوة ناسفة استهدفت دورية للجيش قرب ناحية الرشاد جنوب "
             "غربي المحافظة. وشنت طائرات عراقية غارات على مخابئ للتنظيم في وادي الشاي جنوب كركوك، بحسب بيان")


def test_definite_name_after_nahiya_is_an_unknown_subdistrict_abroad():
    m = one(IRAQ_TEXT, "الرشاد")
    assert m.place is None and m.location().country == "IQ" and m.location().precision == "subdistrict"
    assert find_places("في ناحية أخرى") == []


def test_head_and_name_before_a_compass_descriptor_is_a_place():
    m = one(IRAQ_TEXT, "وادي الشاي")
    assert m.place is None and m.location().country == "IQ"
    assert one("قصف على تل رفعت شمال حلب", "تل رفعت").place.id == "C1621"


def test_unknown_town_in_a_passage_opened_by_a_country_abroad():
    text = ("قصفت طائرات مدينة القصير بريف حمص الغربي. وفي لبنان، قتل 4 أشخاص في غارة إسرائيلية "
            "استهدفت منزلاً في بلدة عيترون الجنوبية، صباح اليوم")
    assert one(text, "عيترون").location().country == "LB"
    assert one("قصفت طائرات مدينة القصير. وفي بلدة زينون قتل رجل", "زينون").location().country != "LB"


def test_plural_nouns_after_a_list_of_villages_are_no_villages():
    names = [m.name for m in find_places("هاجم قرى الشبكي والشريحي ونقاط ومواقع أخرى في المنطقة")]
    assert names == ["الشبكي", "الشريحي"]
    assert [m.name for m in find_places("استهدفت مدينة السويداء، وقرى ومناطق تقع شرق المحافظة")] == ["السويداء"]


def test_a_dual_countryside_names_the_countryside_of_both():
    ms = find_places("قصفت المدفعية قرى في ريفي حماة وإدلب الشماليين.")
    assert [(m.name, m.place.id, m.class_word) for m in ms] == [
        ("ريف حماة", "R-SY05-rif", "ريفي"), ("ريف إدلب", "R-SY07-rif", "ريفي")]


def test_a_country_named_bare_is_the_country_not_a_syrian_namesake():
    ms = find_places("شاركت فيها أطراف أخرى مثل إيران وتركيا وقطر.")
    assert [m.place.country for m in ms] == ["IR", "TR", "QA"]
    assert find_places("قصفت الطائرات قرية قطر بريف حلب")[0].place.country == "SY"


def test_each_direction_joined_by_wa_is_a_countryside_of_its_own():
    ms = find_places("غارات على ريف إدلب الجنوبي والجنوبي الشرقي وريف حماة الشمالي")
    assert [(m.name, m.place.id) for m in ms] == [
        ("ريف إدلب الجنوبي", "R-SY07-rif-south"), ("ريف إدلب الجنوبي الشرقي", "R-SY07-rif-southeast"),
        ("ريف حماة الشمالي", "R-SY05-rif-north")]
    text = "غارات على ريف إدلب الجنوبي والجنوبي الشرقي"
    assert text[ms[1].start:ms[1].end] == "الجنوبي الشرقي"  # the span is the words that added it


def test_a_foreign_capital_after_a_stop_listed_name_does_not_make_it_syrian():
    # 'زيارة' (a visit) is a Hama village too; Moscow is no admin place of Syria
    ms = find_places("مشيرا إلى أن هدف نتانياهو من زيارة موسكو أمني.")
    assert [m.name for m in ms] == ["موسكو"]


def test_a_sub_district_named_among_villages_elsewhere_is_an_unknown_village():
    ms = find_places("السيطرة على 4 قرى هي شقرا والحصان والجيعة والجنينة في ريف دير الزور")
    hassan = next(m for m in ms if m.name == "الحصان")
    assert (hassan.place, hassan.context_admin1) == (None, "Deir-ez-Zor")


@pytest.mark.parametrize("text", ["لا تسيطر المعارضة سوى على مجموعة بلدات كثيفة السكان",
                                  "يروي كيف كان يركض داخل منزله للإفلات من ضربة جوية"])
def test_descriptions_and_houses_are_no_places(text):
    assert find_places(text) == []


def test_a_village_with_a_far_governorates_countryside_is_a_namesake_the_gazetteer_lacks():
    m = one("قتل 12 مدنيا في قصف استهدف قرية هداج في ريف الحسكة اليوم.", "هداج")  # the gazetteer's is in Hama
    assert m.place is None and m.location().admin1 == "Al-Hasakeh"


def test_a_village_near_the_line_keeps_its_place_despite_a_loose_container():
    m = one("قتل 20 مدنيا بغارات جوية على مدينة أورم الكبرى بريف إدلب اليوم.", "أورم الكبرى")
    assert m.place is not None and m.place.admin1 == "Aleppo"


def test_an_adjective_after_a_plural_class_word_is_no_place():
    assert [m.name for m in find_places("تظاهر الآلاف في عدة مدن أوروبية، السبت.")] == []


def test_a_city_named_as_a_city_is_the_city_abroad_not_a_syrian_village():
    m = one("فجر انتحاري نفسه في سوق بمدينة الرمادي.", "الرمادي")  # also a Deir-ez-Zor village
    assert (m.place.country, m.place.level) == ("IQ", "city")


@pytest.mark.parametrize("text, name, country", [
    ("شنت طائرات إسرائيلية غارات على عيتا الشعب.", "عيتا الشعب", "LB"),
    ("قصفت الطائرات التركية مواقع في قنديل.", "قنديل", "IQ"),
])
def test_places_of_the_neighbours_wars_are_known_without_a_class_word(text, name, country):
    assert one(text, name).place.country == country


def test_a_towns_countryside_lies_in_the_governorates_countryside_on_its_side():
    inner, outer = find_places("انفجار لغم في بادية السخنة بريف حمص الشرقي.")
    assert contains(outer.place, inner.place)
    assert not contains(one("قصف ريف حمص الغربي", "ريف حمص الغربي").place, inner.place)


def test_an_unknown_village_lies_in_the_governorate_the_text_is_about():
    text = ("تبنى تنظيم داعش هجوما انتحاريا في محافظة درعا قرب القنيطرة، وهو الأول في درعا منذ أشهر. وقال المرصد "
            "إن التفجير استهدف سرية عسكرية في قرية زينون القريبة من مناطق سيطرة التنظيم.")
    assert one(text, "زينون").location().admin1 == "Dar'a"


def test_a_single_city_named_gives_no_governorate_to_an_unknown_village():
    # 'دمشق تتهم ...': a capital named for its government is no province the text is about
    assert one("اتهمت دمشق الفصائل بقصف قرية زينون.", "زينون").location().admin1 is None


def test_a_quoted_barracks_with_a_nationality_is_a_post_abroad():
    m = one("أعلن حزب الله أن مقاتليه استهدفوا بالصواريخ ثكنة «زرعيت» الإسرائيلية، ردا على الاعتداءات.", "زرعيت")
    loc = m.location()
    assert m.place is None and (loc.country, loc.admin1) == ("IL", None)


def test_a_settlement_is_the_town_in_israel_not_its_syrian_namesakes():
    assert one("استهدف حزب الله مستوطنة المطلة بالصواريخ.", "المطلة").place.country == "IL"
    assert one("قصفت قوات النظام بلدة المطلة في ريف درعا.", "المطلة").place.country == "SY"


def test_the_syrian_desert_is_a_region_of_no_one_governorate():
    loc = one("قتل 80 عنصرا في هجمات للتنظيم في البادية السورية.", "البادية السورية").location()
    assert (loc.country, loc.admin1, loc.precision) == ("SY", None, "region")


def test_isis_hideouts_between_iraqi_provinces_are_known():
    assert one("قتل خمسة من عناصر الحشد الشعبي بهجوم في منطقة مطيبيجة.", "مطيبيجة").place.country == "IQ"
