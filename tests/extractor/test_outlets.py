"""Generalisation beyond the dev gold: other outlets, other years, other countries.

The dev gold is 30 Sky News Arabia articles from 2018 about Syria. The texts
here are short articles written for these tests in the house style of other
outlets (SOHR bulletins, SANA, Enab Baladi and local networks, Al Jazeera,
Anadolu, Rudaw, Al-Mayadeen) and other years (2012-2024), including events in
Iraq, Turkey, Lebanon and Gaza. Each asserts what a careful coder following the
codebook (shared/spec/event-model.md) would record, one to three fields a test.

Each test gives its own publication day. A test marked ``xfail(strict=True)``
pins a rule the extractor gets wrong today; its reason says which rule and what
comes out instead. When the extractor is fixed the test passes unexpectedly and
the suite turns red, which is the signal to remove the mark.
"""

from __future__ import annotations

import pytest

from marsad.evaluate.names import normalize_name
from marsad.extractor.pipeline import extract
from marsad.model import Event


def events(text: str, published: str | None, title: str | None = None) -> list[Event]:
    return extract(text, published=published, title=title)


def incidents(text: str, published: str | None, title: str | None = None) -> list[Event]:
    return [e for e in events(text, published, title) if not e.tally]


def one(text: str, published: str | None, title: str | None = None) -> Event:
    found = incidents(text, published, title)
    assert len(found) == 1, f"expected one event, got {summary(found)}"
    return found[0]


def at(found: list[Event], name: str) -> list[Event]:
    """The events whose place is *name* (compared as the scorer does, §13.1)."""
    key = normalize_name(name)
    return [e for e in found if normalize_name(e.location.name) == key]


def only_at(found: list[Event], name: str, type_: str | None = None) -> Event:
    hits = [e for e in at(found, name) if type_ is None or e.type == type_]
    assert len(hits) == 1, f"expected one event at {name} ({type_}), got {summary(found)}"
    return hits[0]


def summary(found: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.location.name, e.type) for e in found)


def places(found: list[Event]) -> set[str]:
    return {normalize_name(e.location.name) for e in found}


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# ================================================================ SOHR daily bulletins

SOHR_BULLETIN = (
    "وثق المرصد السوري لحقوق الإنسان مقتل 9 مدنيين اليوم الأربعاء، هم 4 مواطنين بينهم طفلان "
    "قتلوا في غارات نفذتها طائرات حربية روسية على بلدة كفرنبل، و3 مواطنين قتلوا جراء قصف مدفعي "
    "لقوات النظام على مدينة خان شيخون، ومواطنان اثنان قتلا في غارات للطيران المروحي على قرية "
    "الهبيط بريف إدلب الجنوبي."
)
SOHR_PUB = "2019-06-05"  # a Wednesday


def test_sohr_bulletin_each_place_has_its_own_type():
    found = incidents(SOHR_BULLETIN, SOHR_PUB)
    assert summary(found) == sorted([("كفرنبل", "air_strike"), ("خان شيخون", "shelling"),
                                     ("الهبيط", "air_strike")])


def test_sohr_bulletin_first_place_keeps_its_own_toll():
    e = only_at(incidents(SOHR_BULLETIN, SOHR_PUB), "كفرنبل", "air_strike")
    assert (e.killed, e.killed_groups.get("children")) == (4, 2)


def test_sohr_bulletin_later_place_keeps_its_own_toll():
    e = only_at(incidents(SOHR_BULLETIN, SOHR_PUB), "خان شيخون", "shelling")
    assert (e.killed, e.perpetrators) == (3, ["syria_gov"])


def test_sohr_bulletin_date_and_source():
    found = incidents(SOHR_BULLETIN, SOHR_PUB)
    assert found
    assert {e.date for e in found} == {SOHR_PUB}
    assert all(e.sources == ["sohr"] for e in found)


def test_sohr_rasad_verb_is_a_sohr_source():
    found = incidents("رصد المرصد السوري لحقوق الإنسان قصفاً صاروخياً نفذته قوات النظام صباح اليوم "
                      "على مناطق في بلدة اللطامنة وقرية الزكاة بريف حماة الشمالي، ولم ترد معلومات "
                      "عن خسائر بشرية.", "2019-06-05")
    assert summary(found) == [("الزكاة", "shelling"), ("اللطامنة", "shelling")]
    assert all(e.sources == ["sohr"] for e in found)


# ================================================================ SANA (state media)


def test_sana_terrorist_rocket_attack_is_opposition_shelling():
    e = one("استشهد مدنيان وأصيب 7 آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على "
            "حي جرمانا بريف دمشق اليوم وفق ما أفاد مراسل سانا.", "2017-08-20")
    assert e.type == "shelling"
    assert e.perpetrators == ["opposition"]
    assert e.sources == ["state_media"]


def test_sana_launch_site_is_no_event():
    found = incidents("دمشق-سانا\nأصيب 4 مدنيين بجروح جراء اعتداء إرهابي بقذائف صاروخية على حي باب "
                      "توما في مدينة دمشق. وذكر مصدر في قيادة شرطة دمشق لمراسل سانا أن إرهابيين "
                      "متمركزين في الغوطة الشرقية أطلقوا القذائف على الحي صباح اليوم.", "2017-08-20")
    assert summary(found) == [("باب توما", "shelling")]
    assert found[0].injured == 4


def test_sana_martyrs_verb_irtaqa_counts_killed():
    e = one("حلب-سانا\nارتقى 6 شهداء وأصيب 15 مدنياً جراء اعتداء الإرهابيين بالقذائف الصاروخية على "
            "حي الحمدانية في مدينة حلب.", "2016-11-03")
    assert (e.type, e.location.name) == ("shelling", "الحمدانية")
    assert (e.killed, e.injured) == (6, 15)


def test_sana_israeli_air_aggression_near_masyaf():
    e = one("قال مصدر عسكري سوري لوكالة سانا إن العدو الإسرائيلي نفذ عدواناً جوياً من اتجاه شمال "
            "شرق بيروت مستهدفاً بعض النقاط في محيط مدينة مصياف بريف حماة، ما أدى إلى ارتقاء 4 "
            "شهداء من العسكريين.", "2023-08-07")
    assert e.type == "air_strike"
    assert e.perpetrators == ["israel"]
    assert e.killed == 4


def test_sana_hospital_of_the_source_is_not_a_target():
    found = incidents("قال مصدر طبي في مشفى الرازي بحلب لوكالة سانا إن 107 أشخاص أصيبوا بحالات "
                      "اختناق جراء قذائف تحوي غازات سامة أطلقها إرهابيون على حيي الخالدية وشارع "
                      "النيل.", "2018-11-24")
    e = only_at(found, "الخالدية")
    assert (e.type, e.injured) == ("chemical_weapon", 107)
    assert "medical" not in e.targets


# ================================================================ Enab Baladi, local networks, Daraa


def test_enab_baladi_assassination_counts_one_killed():
    e = one("عنب بلدي - درعا\nاغتيل شاب في مدينة طفس بريف درعا الغربي، مساء الأربعاء 21 من تموز، "
            "بإطلاق نار من قبل مجهولين. وقال مراسل عنب بلدي في درعا إن الشاب يعمل في صفوف اللواء "
            "الثامن.", "2021-07-22")
    assert (e.type, e.date, e.perpetrators) == ("attack", "2021-07-21", [])
    assert (e.killed, e.killed_qualifier) == (1, "exact")


def test_daraa_assassination_by_unknown_gunmen_has_no_perpetrator():
    e = one("اغتال مجهولون الشاب محمد الحريري بإطلاق النار عليه في بلدة اليادودة بريف درعا الغربي، "
            "أمس الأربعاء، بحسب ما أفاد تجمع أحرار حوران.", "2021-07-22")
    assert (e.type, e.date, e.perpetrators) == ("attack", "2021-07-21", [])
    assert e.location.admin1 == "Dar'a"


def test_horan_free_gathering_is_local_media():
    e = one("اغتال مجهولون الشاب محمد الحريري بإطلاق النار عليه في بلدة اليادودة بريف درعا الغربي، "
            "أمس الأربعاء، بحسب ما أفاد تجمع أحرار حوران.", "2021-07-22")
    assert e.sources == ["local_media"]


DARAA_CHAOS = ("تتواصل حالة الفلتان الأمني في محافظة درعا، إذ قتل شاب وأصيب آخر، برصاص مجهولين "
               "يستقلون دراجة نارية في بلدة الجيزة بريف درعا الشرقي، مساء أمس الأحد، بحسب تجمع "
               "أحرار حوران. ووثق مكتب توثيق الشهداء في درعا مقتل 22 شخصاً خلال أيار الماضي.")


def test_daraa_shooting_one_killed_one_injured():
    e = only_at(incidents(DARAA_CHAOS, "2022-06-06"), "الجيزة")
    assert (e.type, e.date) == ("attack", "2022-06-05")
    assert (e.killed, e.injured) == (1, 1)


def test_daraa_monthly_documentation_toll_is_no_incident():
    found = incidents(DARAA_CHAOS, "2022-06-06")
    assert normalize_name("درعا") not in places(found)


def test_sweida24_kidnapping_is_one_event_at_the_scene():
    found = incidents("أفادت شبكة السويداء 24 باختطاف شاب من أبناء مدينة شهبا على يد مجموعة مسلحة في "
                      "بلدة الصورة الكبيرة بريف السويداء الشمالي، مساء السبت الفائت.", "2023-05-08")
    assert summary(found) == [("الصورة الكبيرة", "abduction")]
    assert found[0].date == "2023-05-06"


def test_isis_mass_abduction_in_sweida_countryside():
    found = incidents("قال موقع سويداء 24 إن مسلحي تنظيم داعش اختطفوا 30 امرأة وطفلاً من قرية الشبكي "
                      "بريف السويداء الشرقي خلال هجومهم يوم الأربعاء.", "2018-07-26")
    e = only_at(found, "الشبكي", "abduction")
    assert (e.perpetrators, e.date) == (["isis"], "2018-07-25")


LANDMINE = ("قتل ثلاثة أطفال وأصيب رابع بجروح جراء انفجار لغم من مخلفات الحرب في أرض زراعية قرب "
            "قرية الكرامة بريف الرقة الشرقي، أمس الخميس، بحسب ما أفادت شبكة الخابور المحلية.")


def test_war_remnant_landmine_is_remote_explosive():
    e = one(LANDMINE, "2023-03-10")
    assert (e.type, e.date, e.location.admin1) == ("remote_explosive", "2023-03-09", "Ar-Raqqa")
    assert (e.killed, e.killed_groups.get("children")) == (3, 3)


def test_landmine_ordinal_injured_counts_one():
    assert one(LANDMINE, "2023-03-10").injured == 1


def test_landmine_local_network_is_local_media():
    assert one(LANDMINE, "2023-03-10").sources == ["local_media"]


def test_war_remnant_dual_children_killed():
    e = one("قضى طفلان بانفجار جسم غريب من مخلفات الحرب أثناء رعيهما الأغنام في بادية بلدة معدان "
            "بريف الرقة، اليوم الثلاثاء.", "2022-02-15")
    assert e.type == "remote_explosive"
    assert (e.killed, e.killed_qualifier) == (2, "exact")


def test_ied_kills_hts_commander():
    e = one("قتل قيادي في هيئة تحرير الشام بانفجار عبوة ناسفة زرعت في سيارته بمدينة إدلب، وفق ما "
            "أفاد مراسل عنب بلدي.", "2020-06-11")
    assert e.type == "remote_explosive"
    assert e.killed == 1


ASHARQIYA = ("قتل عنصر من فصيل أحرار الشرقية وأصيب آخران، بهجوم مسلح نفذه مجهولون على حاجز للفصيل "
             "قرب مدينة رأس العين (سري كانيه) شمال غربي الحسكة.")


def test_attack_on_ahrar_al_sharqiya_checkpoint_names_the_faction():
    e = one(ASHARQIYA, "2021-11-03")
    assert e.type == "armed_clash"
    assert e.perpetrators == ["opposition"]


def test_attack_on_checkpoint_dual_injured():
    e = one(ASHARQIYA, "2021-11-03")
    assert (e.killed, e.injured) == (1, 2)


# ================================================================ Al Jazeera, 2012-2013


def test_daraya_massacre_2012_is_attack():
    found = incidents("قالت لجان التنسيق المحلية إن أكثر من 300 جثة عثر عليها في بلدة داريا بريف "
                      "دمشق بعد اقتحامها من قبل قوات النظام، في ما وصفه ناشطون بأنه مجزرة.",
                      "2012-08-26")
    e = only_at(found, "داريا")
    assert e.type == "attack"
    assert (e.killed, e.killed_qualifier) == (300, "at_least")


def test_field_execution_counts_killed():
    e = one("قال ناشطون إن قوات النظام أعدمت ميدانياً 11 مدنياً بينهم نساء في بلدة التريمسة بريف "
            "حماة.", "2012-07-13")
    assert (e.type, e.perpetrators) == ("attack", ["syria_gov"])
    assert e.killed == 11


def test_ghouta_chemical_attack_2013_accused_regime():
    e = one("اتهمت المعارضة السورية قوات النظام بشن هجوم بالأسلحة الكيميائية على بلدات في الغوطة "
            "الشرقية فجر اليوم، أسفر عن مقتل المئات.", "2013-08-21")
    assert (e.type, e.perpetrators) == ("chemical_weapon", ["syria_gov"])
    assert (e.killed, e.killed_qualifier) == (None, "vague")


def test_bakery_air_strike_2012():
    e = one("قتل العشرات جراء قصف الطيران الحربي لمخبز في بلدة حلفايا بريف حماة، بينما كان المئات "
            "ينتظرون الحصول على الخبز، بحسب ناشطين.", "2012-12-24")
    assert (e.type, e.location.admin1) == ("air_strike", "Hama")
    assert "infrastructure" in e.targets


def test_headline_summing_the_detail_adds_no_event():
    e = one("قتل خمسة مدنيين بينهم طفلان في غارات للطيران الروسي على قرية كفرلاته بجبل الزاوية، "
            "اليوم، بحسب الدفاع المدني السوري.", "2020-02-10",
            title="مقتل خمسة مدنيين بغارات روسية على إدلب")
    assert (e.location.name, e.killed, e.perpetrators) == ("كفرلاته", 5, ["russia"])


# ================================================================ Anadolu: Turkish operations, Turkey


def test_anadolu_pkk_ypg_shells_on_akcakale_are_in_turkey():
    e = one("قتل 8 مدنيين وأصيب 12 آخرون جراء قذائف أطلقها إرهابيو \"بي كا كا/ ي ب ك\" على قضاء "
            "أقجة قلعة بولاية شانلي أورفة جنوبي تركيا، وفق مراسل الأناضول.", "2019-10-11")
    assert (e.type, e.location.country, e.location.admin1) == ("shelling", "TR", None)
    assert (e.killed, e.injured) == (8, 12)
    assert e.sources == ["state_media"]


def test_anadolu_ypg_acronym_is_sdf():
    e = one("قتل 8 مدنيين وأصيب 12 آخرون جراء قذائف أطلقها إرهابيو \"بي كا كا/ ي ب ك\" على قضاء "
            "أقجة قلعة بولاية شانلي أورفة جنوبي تركيا، وفق مراسل الأناضول.", "2019-10-11")
    assert "sdf" in e.perpetrators


def test_anadolu_launch_site_afrin_is_no_event():
    found = incidents("قتل مدنيان وأصيب 11 آخرون، جراء سقوط قذائف صاروخية أطلقها إرهابيو \"ب ي د/ بي "
                      "كا كا\" من عفرين على قضاء ريحانلي بولاية هطاي جنوبي تركيا.", "2018-01-25")
    assert summary(found) == [("ريحانلي", "shelling")]
    assert found[0].location.country == "TR"


def test_peace_spring_capture_of_suluk_is_territory_change():
    found = incidents("أعلنت وزارة الدفاع التركية سيطرة الجيش الوطني السوري والقوات التركية على بلدة "
                      "سلوك بريف الرقة ضمن عملية نبع السلام، بعد اشتباكات مع وحدات حماية الشعب.",
                      "2019-10-14")
    e = only_at(found, "سلوك", "territory_change")
    assert sorted(e.perpetrators) == ["opposition", "turkey"]


def test_euphrates_shield_entry_into_jarablus_after_clashes():
    found = incidents("دخلت دبابات تركية وفصائل من الجيش السوري الحر مدينة جرابلس ضمن عملية درع "
                      "الفرات، بعد اشتباكات مع تنظيم الدولة.", "2016-08-24")
    e = only_at(found, "جرابلس", "territory_change")
    assert sorted(e.perpetrators) == ["opposition", "turkey"]


RAS_AL_AIN_CONVOY = ("قتل 11 مدنياً على الأقل بينهم الصحفي محمد حسين رشو، في قصف تركي استهدف قافلة "
                     "مدنية قرب مدينة رأس العين، وفق ما أعلنت الإدارة الذاتية.")


def test_turkish_shelling_adjective_names_turkey():
    e = one(RAS_AL_AIN_CONVOY, "2019-10-12")
    assert e.perpetrators == ["turkey"]


def test_journalist_among_the_dead_is_not_added_to_civilians():
    e = one(RAS_AL_AIN_CONVOY, "2019-10-12")
    assert (e.killed, e.killed_qualifier) == (11, "at_least")
    assert all(n <= e.killed for n in e.killed_groups.values()), e.killed_groups


UMM_AL_KAYF = ("أصيب ٣ مدنيين بجروح جراء قصف مدفعي للقوات التركية على قرية ام الكيف بريف تل تمر، "
               "وفق ما أعلنت قوات سوريا الديمقراطية.")


def test_sdf_as_source_is_not_a_perpetrator():
    e = one(UMM_AL_KAYF, "2021-01-05")
    assert e.perpetrators == ["turkey"]
    assert e.injured == 3


def test_sdf_statement_is_faction_source():
    assert one(UMM_AL_KAYF, "2021-01-05").sources == ["faction"]


def test_pkk_car_bomb_in_bitlis():
    e = one("قتل ثمانية جنود أتراك وأصيب 11 آخرون في هجوم بسيارة مفخخة نفذه مسلحو حزب العمال "
            "الكردستاني على مبنى للشرطة في ولاية بدليس شرقي تركيا.", "2016-08-20")
    assert (e.type, e.location.country) == ("remote_explosive", "TR")
    assert (e.killed, e.injured) == (8, 11)


def test_car_bomb_in_ankara():
    e = one("قتل 28 شخصاً وأصيب 61 آخرون في انفجار سيارة مفخخة استهدف حافلات تقل عسكريين وسط "
            "العاصمة التركية أنقرة، مساء أمس الأربعاء.", "2016-02-18")
    assert (e.type, e.location.name, e.location.country) == ("remote_explosive", "أنقرة", "TR")
    assert e.date == "2016-02-17"


def test_pkk_car_bomb_in_diyarbakir_night_across_two_days():
    found = incidents("قتل 6 أشخاص بينهم طفل رضيع في هجوم بسيارة مفخخة نفذه حزب العمال الكردستاني على "
                      "مقر للشرطة في منطقة تشنار بولاية ديار بكر ليل الأربعاء الخميس.", "2016-01-14")
    assert len(found) == 1
    assert (found[0].type, found[0].location.country) == ("remote_explosive", "TR")
    assert found[0].date == "2016-01-13"


def test_clash_in_cizre_is_in_turkey():
    e = one("قتل ثلاثة جنود أتراك في اشتباكات مع مسلحين من حزب العمال الكردستاني في قضاء جزرة بولاية "
            "شرناق، حسب بيان لرئاسة الأركان التركية.", "2016-05-12")
    assert e.type == "armed_clash"
    assert (e.location.country, e.location.admin1) == ("TR", None)


# ================================================================ Iraq


def test_baghdad_car_bomb_on_market():
    e = one("قتل 12 شخصاً على الأقل وأصيب 30 آخرون بجروح في انفجار سيارة مفخخة استهدف سوقاً شعبية "
            "في منطقة الكاظمية شمالي بغداد مساء اليوم، بحسب مصادر أمنية وطبية عراقية.", "2013-07-15")
    assert (e.type, e.location.country) == ("remote_explosive", "IQ")
    assert "market" in e.targets


def test_security_and_medical_sources_both_count():
    e = one("قتل 12 شخصاً على الأقل وأصيب 30 آخرون بجروح في انفجار سيارة مفخخة استهدف سوقاً شعبية "
            "في منطقة الكاظمية شمالي بغداد مساء اليوم، بحسب مصادر أمنية وطبية عراقية.", "2013-07-15")
    assert sorted(e.sources) == ["medics", "military"]


def test_karrada_suicide_bombing_claimed_by_isis():
    e = one("ارتفعت حصيلة التفجير الانتحاري الذي استهدف حي الكرادة وسط بغداد فجر أمس الأحد إلى 143 "
            "قتيلاً، وفق ما أعلنت وزارة الصحة العراقية. وتبنى تنظيم الدولة الإسلامية الهجوم.",
            "2016-07-04")
    assert (e.type, e.date, e.location.country) == ("suicide_bomb", "2016-07-03", "IQ")
    assert (e.killed, e.perpetrators, e.claimed) == (143, ["isis"], True)


def test_tayaran_square_double_suicide_bombing():
    found = incidents("قتل 32 شخصاً وأصيب أكثر من 110 آخرين في تفجيرين انتحاريين هزا سوق ساحة الطيران "
                      "وسط بغداد صباح الخميس، وفق وزارة الصحة العراقية.", "2021-01-21")
    e = only_at(found, "بغداد", "suicide_bomb")
    assert (e.killed, e.injured, e.injured_qualifier) == (32, 110, "at_least")


def test_bayaa_car_bomb_arabic_indic_at_least():
    e = one("قتل ما لا يقل عن ٥١ شخصاً وأصيب ٥٥ آخرون بانفجار سيارة مفخخة في حي البياع جنوبي بغداد "
            "اليوم الخميس، وفق مصادر أمنية.", "2017-02-16")
    assert (e.killed, e.killed_qualifier, e.injured) == (51, "at_least", 55)
    assert e.location.country == "IQ"


def test_hilla_truck_bomb_adds_no_babil_event():
    found = incidents("قتل 47 شخصاً بتفجير شاحنة مفخخة يقودها انتحاري عند نقطة تفتيش في مدينة الحلة "
                      "بمحافظة بابل اليوم الأحد.", "2016-03-06")
    assert summary(found) == [("الحلة", "suicide_bomb")]
    assert found[0].location.country == "IQ"


RAMADI = ("أعدم تنظيم الدولة الإسلامية ما لا يقل عن 20 مدنياً رمياً بالرصاص في مدينة الرمادي "
          "بمحافظة الأنبار بعد سيطرته عليها، بحسب مسؤولين محليين.")


def test_ramadi_is_in_iraq():
    e = only_at(incidents(RAMADI, "2015-05-18"), "الرمادي", "attack")
    assert (e.location.country, e.location.admin1) == ("IQ", None)


def test_isis_execution_counts_killed():
    e = only_at(incidents(RAMADI, "2015-05-18"), "الرمادي", "attack")
    assert (e.perpetrators, e.killed, e.killed_qualifier) == (["isis"], 20, "at_least")


def test_kirkuk_ied_village_is_in_iraq():
    e = one("قتل تسعة من عناصر الشرطة الاتحادية العراقية بانفجار عبوة ناسفة استهدفت دوريتهم في قرية "
            "الصفرة جنوب غربي كركوك، أمس الأحد، قبل أن يهاجمهم مسلحون من تنظيم داعش.", "2022-12-20")
    assert (e.type, e.date, e.killed) == ("remote_explosive", "2022-12-19", 9)
    assert (e.location.country, e.location.admin1) == ("IQ", None)


def test_diyala_attack_is_in_iraq():
    e = one("قتل شخصان وأصيب ثلاثة آخرون في هجوم شنه مسلحون مجهولون على قرية في قضاء الخالص "
            "بمحافظة ديالى مساء أمس.", "2018-06-12")
    assert e.location.country == "IQ"
    assert (e.killed, e.injured, e.date) == (2, 3, "2018-06-11")


def test_isis_attack_on_pmf_night_across_two_days():
    e = one("قتل عشرة من عناصر الحشد الشعبي في هجوم شنه مسلحو تنظيم داعش على مواقعهم قرب قضاء بلد في "
            "محافظة صلاح الدين ليل الجمعة السبت، وفق بيان لهيئة الحشد.", "2020-05-03")
    assert (e.type, e.date) == ("armed_clash", "2020-05-01")
    assert "isis" in e.perpetrators
    assert (e.killed, e.killed_groups.get("fighters")) == (10, 10)


def test_turkish_drone_on_sinjar_is_one_event_in_iraq():
    found = incidents("قصف الطيران التركي المسير مستشفى في بلدة سكينية بقضاء سنجار غربي نينوى، ما أسفر "
                      "عن مقتل 8 أشخاص، وفق مصادر محلية.", "2021-08-17")
    assert summary(found) == [("سكينية", "air_strike")]
    assert found[0].location.country == "IQ"


def test_rudaw_turkish_drones_on_sidakan_name():
    e = one("أربيل - رووداو\nقصفت طائرات مسيرة تركية، اليوم الاثنين، مواقع لحزب العمال الكردستاني في "
            "منطقة سيدكان التابعة لمحافظة أربيل في إقليم كوردستان، ولم ترد معلومات عن وقوع إصابات.",
            "2020-03-02")
    assert (e.type, e.perpetrators, e.location.country) == ("air_strike", ["turkey"], "IQ")
    assert e.location.name == "سيدكان"


def test_irgc_claimed_missile_strike_on_erbil():
    e = one("أعلن الحرس الثوري الإيراني استهداف ما وصفه بمقر للموساد في أربيل شمالي العراق بصواريخ "
            "باليستية، ما أدى إلى مقتل أربعة مدنيين، بحسب مجلس أمن إقليم كردستان.", "2024-01-16")
    assert (e.type, e.perpetrators, e.killed) == ("shelling", ["iran_axis"], 4)
    assert e.claimed is True


# ================================================================ Lebanon


def test_israeli_strike_on_beirut_southern_suburb():
    found = incidents("استشهد 3 أشخاص وأصيب 15 آخرون في غارة إسرائيلية استهدفت مبنى سكنياً في "
                      "الضاحية الجنوبية لبيروت مساء اليوم، وفق وزارة الصحة اللبنانية.", "2024-09-24")
    assert len(found) == 1
    e = found[0]
    assert (e.type, e.perpetrators, e.location.country) == ("air_strike", ["israel"], "LB")
    assert (e.killed, e.injured) == (3, 15)


def test_lebanese_national_news_agency_is_state_media():
    e = one("شن الطيران الحربي الإسرائيلي سلسلة غارات على مدينة النبطية جنوبي لبنان صباح اليوم "
            "الأربعاء، ما أدى إلى استشهاد 16 شخصاً بينهم رئيس البلدية، بحسب الوكالة الوطنية للإعلام.",
            "2024-10-16")
    assert (e.type, e.perpetrators, e.killed) == ("air_strike", ["israel"], 16)
    assert e.sources == ["state_media"]


HEZBOLLAH_CLAIM = ("أعلن حزب الله استهداف موقع المالكية الإسرائيلي بالصواريخ الموجهة، فيما قصفت "
                   "المدفعية الإسرائيلية أطراف بلدة عيتا الشعب جنوبي لبنان.")


def test_israeli_artillery_on_south_lebanon_village():
    e = only_at(incidents(HEZBOLLAH_CLAIM, "2023-10-20"), "عيتا الشعب")
    assert (e.type, e.perpetrators, e.location.country) == ("shelling", ["israel"], "LB")


def test_hezbollah_claim_on_israeli_position():
    e = only_at(incidents(HEZBOLLAH_CLAIM, "2023-10-20"), "المالكية")
    assert (e.perpetrators, e.claimed) == (["iran_axis"], True)
    assert e.location.country != "SY"


AL_MAYADEEN = ("أفادت مراسلة الميادين بأن مسيرة إسرائيلية استهدفت سيارة على طريق بلدة القليلة في قضاء "
               "صور، ما أدى إلى استشهاد شخصين.")


def test_al_mayadeen_outlet_name_is_no_place():
    found = incidents(AL_MAYADEEN, "2023-11-12")
    assert normalize_name("الميادين") not in places(found)


def test_israeli_drone_strike_near_tyre():
    e = only_at(incidents(AL_MAYADEEN, "2023-11-12"), "القليلة")
    assert (e.type, e.perpetrators) == ("air_strike", ["israel"])
    assert e.location.country == "LB"


# ================================================================ Gaza and Israel


def test_shujaiya_israeli_shelling_names_israel():
    e = one("استشهد 62 فلسطينياً وأصيب أكثر من 250 آخرين في قصف مدفعي إسرائيلي عنيف على حي الشجاعية "
            "شرقي مدينة غزة فجر اليوم الأحد، بحسب وزارة الصحة في غزة.", "2014-07-20")
    assert (e.type, e.location.country) == ("shelling", "PS")
    assert (e.killed, e.injured, e.injured_qualifier) == (62, 250, "at_least")
    assert e.perpetrators == ["israel"]


def test_rafah_air_strike_on_family_home():
    found = incidents("استشهد 7 فلسطينيين بينهم 3 أطفال جراء غارة جوية إسرائيلية استهدفت منزلاً لعائلة "
                      "أبو شمالة في مدينة رفح جنوبي قطاع غزة، حسب مصادر طبية.", "2023-12-02")
    e = only_at(found, "رفح", "air_strike")
    assert (e.killed, e.killed_groups.get("children")) == (7, 3)
    assert e.perpetrators == ["israel"]


def test_khan_younis_israeli_drone_kills_two():
    e = one("قتلت طائرة مسيرة إسرائيلية فلسطينيين اثنين في خان يونس جنوب قطاع غزة، صباح اليوم.",
            "2024-01-15")
    assert (e.type, e.perpetrators, e.location.country) == ("air_strike", ["israel"], "PS")
    assert e.killed == 2


def test_rockets_from_gaza_on_ashkelon():
    e = one("أطلقت الفصائل الفلسطينية رشقات صاروخية من قطاع غزة باتجاه مدينة عسقلان، ما أدى إلى مقتل "
            "امرأتين إسرائيليتين، حسب خدمة الإسعاف الإسرائيلية.", "2021-05-11")
    assert e.type == "shelling"
    assert e.perpetrators == ["other"]
    assert (e.killed, e.killed_groups.get("women")) == (2, 2)


# ================================================================ Israeli strikes in Syria


DAMASCUS_AIRPORT = ("أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية السورية دمرت أكثر من 30 صاروخاً "
                    "خلال هجوم إسرائيلي على مطار دمشق الدولي ليل الأحد الاثنين، ما أدى إلى مقتل "
                    "أربعة عسكريين سوريين.")


def test_damascus_airport_strike_date_toll_and_source():
    e = one(DAMASCUS_AIRPORT, "2019-01-21")
    assert (e.date, e.killed) == ("2019-01-20", 4)
    assert e.sources == ["military"]


def test_damascus_airport_israeli_missile_attack():
    e = one(DAMASCUS_AIRPORT, "2019-01-21")
    assert (e.type, e.perpetrators) == ("shelling", ["israel"])


def test_damascus_airport_is_its_own_place():
    e = one(DAMASCUS_AIRPORT, "2019-01-21")
    assert normalize_name(e.location.name) == normalize_name("مطار دمشق الدولي")


T4 = ("استهدف هجوم صاروخي فجر اليوم الاثنين مطار التيفور العسكري في ريف حمص الشرقي، ما أسفر عن مقتل "
      "14 عنصراً بينهم إيرانيون، بحسب المرصد السوري لحقوق الإنسان. واتهمت موسكو ودمشق إسرائيل "
      "بتنفيذ الضربة.")


def test_t4_airbase_is_the_place():
    found = incidents(T4, "2018-04-09")
    assert summary(found) == [("مطار التيفور", "shelling")]


def test_t4_accused_israel_is_perpetrator():
    found = incidents(T4, "2018-04-09")
    assert found and all(e.perpetrators == ["israel"] for e in found)


def test_israeli_jets_near_masyaf_2017():
    e = one("شنت طائرات إسرائيلية فجر اليوم الخميس غارات على مركز البحوث العلمية قرب مدينة مصياف في "
            "ريف حماة الغربي، ما أدى إلى مقتل عنصرين من قوات النظام.", "2017-09-07")
    assert (e.type, e.location.name, e.perpetrators) == ("air_strike", "مصياف", ["israel"])
    assert e.killed == 2


KAFR_SOUSA = ("قتل 15 شخصاً بينهم مدنيون في قصف صاروخي إسرائيلي استهدف مبنى سكنياً في حي كفرسوسة "
              "بدمشق فجر اليوم الأحد، بحسب وسائل إعلام رسمية.")


def test_kafr_sousa_adds_no_damascus_event():
    found = incidents(KAFR_SOUSA, "2023-02-19")
    assert summary(found) == [("كفرسوسة", "shelling")]


def test_kafr_sousa_israeli_missiles_name_israel():
    e = only_at(incidents(KAFR_SOUSA, "2023-02-19"), "كفرسوسة")
    assert e.perpetrators == ["israel"]


def test_official_media_is_state_media():
    e = only_at(incidents(KAFR_SOUSA, "2023-02-19"), "كفرسوسة")
    assert e.sources == ["state_media"]


# ================================================================ US and coalition strikes


SHAYRAT = ("أطلقت مدمرتان أميركيتان 59 صاروخ توماهوك على مطار الشعيرات العسكري في ريف حمص فجر اليوم "
           "الجمعة، رداً على الهجوم الكيماوي على خان شيخون.")


def test_tomahawk_strike_on_shayrat_is_us_shelling():
    e = only_at(incidents(SHAYRAT, "2017-04-07"), "الشعيرات")
    assert (e.type, e.perpetrators) == ("shelling", ["us_coalition"])


def test_coalition_strike_on_mosque_is_religious_target():
    e = one("قتل 42 شخصاً على الأقل في غارة جوية للتحالف الدولي بقيادة الولايات المتحدة استهدفت "
            "مسجداً في قرية الجينة بريف حلب الغربي مساء أمس الخميس، وفق المرصد السوري.", "2017-03-17")
    assert (e.type, e.perpetrators, e.date) == ("air_strike", ["us_coalition"], "2017-03-16")
    assert "religious" in e.targets


HURRAS = ("قتل قياديان في تنظيم حراس الدين، أحدهما أردني الجنسية، بضربة جوية لطائرة مسيرة يرجح أنها "
          "تابعة للتحالف الدولي استهدفت سيارتهما في مدينة إدلب مساء أمس الأحد.")


def test_hedged_coalition_drone_strike_is_us_coalition():
    e = one(HURRAS, "2020-06-15")
    assert (e.type, e.date) == ("air_strike", "2020-06-14")
    assert e.perpetrators == ["us_coalition"]


def test_dual_commanders_killed_by_drone():
    assert one(HURRAS, "2020-06-15").killed == 2


def test_us_strikes_on_iran_backed_militias_near_bukamal():
    e = one("قتل 17 عنصراً على الأقل من الميليشيات الموالية لإيران في ضربات جوية أمريكية استهدفت "
            "مواقعهم قرب مدينة البوكمال على الحدود السورية العراقية ليل الخميس - الجمعة، وفق المرصد "
            "السوري.", "2021-02-26")
    assert (e.type, e.perpetrators, e.date) == ("air_strike", ["us_coalition"], "2021-02-25")
    assert (e.killed, e.killed_qualifier) == (17, "at_least")


# ================================================================ Russian strikes on Idlib 2019-2020


def test_russian_strikes_on_two_towns_figure_on_the_first():
    found = incidents("قتل 8 مدنيين بينهم 3 أطفال في غارات شنتها الطائرات الحربية الروسية على مدينة "
                      "معرة النعمان وقرية معرشمشة بريف إدلب الجنوبي، اليوم الجمعة، وفق ما أفاد الدفاع "
                      "المدني السوري.", "2019-12-20")
    assert summary(found) == [("معرة النعمان", "air_strike"), ("معرشمشة", "air_strike")]
    assert [e.killed for e in at(found, "معرة النعمان")] == [8]
    assert all(e.perpetrators == ["russia"] and e.sources == ["civil_defence"] for e in found)


ARIHA = ("استهدفت طائرات روسية بالصواريخ مدرسة في مدينة أريحا جنوبي إدلب، ما أدى إلى مقتل 5 مدنيين، "
         "وفق ما أفاد فريق منسقو استجابة سوريا.")


def test_russian_jets_firing_missiles_is_air_strike():
    e = one(ARIHA, "2020-02-26")
    assert (e.type, e.perpetrators) == ("air_strike", ["russia"])
    assert "school" in e.targets


def test_response_coordinators_are_an_ngo():
    assert one(ARIHA, "2020-02-26").sources == ["ngo"]


def test_explicit_date_with_month_pair_and_year():
    e = one("شنت الطائرات الحربية الروسية يوم الثلاثاء 12 آذار/مارس 2019 غارات على مدينة سراقب شرقي "
            "إدلب، ما أدى إلى مقتل شخصين.", "2019-03-14")
    assert (e.date, e.killed, e.perpetrators) == ("2019-03-12", 2, ["russia"])


def test_explicit_date_in_the_previous_year():
    e = one("قتل خمسة مدنيين في غارات روسية على مدينة سراقب بريف إدلب الشرقي في 30 كانون "
            "الأول/ديسمبر الماضي، بحسب الدفاع المدني.", "2020-01-02")
    assert e.date == "2019-12-30"


def test_weekday_with_al_faet_is_strictly_before():
    e = one("قتل ثلاثة مدنيين جراء قصف مدفعي لقوات النظام على بلدة التح بريف إدلب الجنوبي يوم الخميس "
            "الفائت.", "2019-03-14")  # a Thursday
    assert e.date == "2019-03-07"


def test_hospital_shelling_toll_with_child_and_woman():
    e = one("قتل ستة مدنيين بينهم طفل وامرأة، وأصيب عشرة آخرون، إثر قصف مدفعي لقوات النظام استهدف "
            "مشفى الأتارب الجراحي في ريف حلب الغربي، وفق الجمعية الطبية السورية الأمريكية (سامز).",
            "2021-03-21")
    assert (e.type, e.location.name) == ("shelling", "الأتارب")
    assert (e.killed, e.injured) == (6, 10)


def test_camp_shelling_updated_toll():
    e = one("ارتفعت حصيلة القصف الصاروخي على مخيم قاح للنازحين قرب الحدود التركية إلى 16 قتيلاً، بينهم "
            "8 أطفال، وفق فريق منسقو استجابة سوريا.", "2019-11-20")
    assert (e.type, e.killed, e.killed_groups.get("children")) == ("shelling", 16, 8)
    assert "camp" in e.targets


# ================================================================ HTS and the National Army


def test_hts_against_national_army_lists_both_sides():
    e = one("اندلعت اشتباكات عنيفة بين هيئة تحرير الشام والفيلق الثالث في الجيش الوطني السوري على "
            "أطراف بلدة كفرجنة شمالي حلب، اليوم الأربعاء، أسفرت عن مقتل ستة مقاتلين من الطرفين.",
            "2022-10-12")
    assert (e.type, e.location.name) == ("armed_clash", "كفرجنة")
    assert sorted(e.perpetrators) == ["hts", "opposition"]


def test_hts_takes_darat_izza_from_zenki():
    found = incidents("سيطرت هيئة تحرير الشام على بلدة دارة عزة في ريف حلب الغربي بعد اشتباكات عنيفة "
                      "مع حركة نور الدين الزنكي استمرت يومين.", "2019-01-03")
    e = only_at(found, "دارة عزة", "territory_change")
    assert e.perpetrators == ["hts"]


# ================================================================ drones, figures, coarse places


def test_suicide_drone_on_a_car_is_one_air_strike():
    found = incidents("قتل عنصران من قوات النظام جراء استهداف سيارتهما بطائرة مسيرة انتحارية أطلقتها "
                      "فصائل المعارضة على محور بلدة جورين في سهل الغاب بريف حماة الغربي.", "2023-06-18")
    e = only_at(found, "جورين")
    assert (e.type, e.perpetrators) == ("air_strike", ["opposition"])
    assert e.killed == 2


def test_western_digit_thousands_in_a_campaign_tally():
    found = events("وثق المرصد السوري لحقوق الإنسان مقتل 1,200 مدني منذ بدء الحملة العسكرية لقوات النظام "
                   "على الغوطة الشرقية، بينهم 250 طفلاً.", "2018-02-25")
    assert len(found) == 1 and found[0].tally
    assert (found[0].killed, found[0].killed_groups.get("children")) == (1200, 250)


def test_arabic_indic_killed_and_injured():
    e = one("قتل ١٢ مدنياً وأصيب ٢٧ آخرون جراء قصف مدفعي على مدينة دارة عزة بريف حلب الغربي، بحسب "
            "الدفاع المدني.", "2024-02-10")
    assert (e.killed, e.injured, e.sources) == (12, 27, ["civil_defence"])


def test_ma_la_yaqill_an_with_number_word():
    e = one("قتل ما لا يقل عن عشرة مدنيين في غارات للطيران الحربي على بلدة كفرنبودة، وفق الدفاع المدني "
            "السوري.", "2019-05-20")
    assert (e.killed, e.killed_qualifier, e.location.admin1) == (10, "at_least", "Hama")


ABBASIYIN = "قتل مدنيان اثنان وجرح طفلان في قصف صاروخي على حي العباسيين بدمشق."


def test_neighbourhood_b_city_adds_no_city_event():
    found = incidents(ABBASIYIN, "2018-02-21")
    assert summary(found) == [("العباسيين", "shelling")]


def test_injured_children_are_not_killed_children():
    e = only_at(incidents(ABBASIYIN, "2018-02-21"), "العباسيين")
    assert (e.killed, e.injured) == (2, 2)
    assert e.killed_groups.get("children") is None


def test_outside_syria_teaser_and_body_both_count():
    found = incidents("اقرأ أيضاً: مقتل ثلاثة عناصر من الجيش الوطني بانفجار عبوة ناسفة في عفرين\n"
                      "قتل أربعة مدنيين جراء انفجار دراجة نارية مفخخة في مدينة الباب شرقي حلب اليوم.",
                      "2020-09-11")
    assert summary(found) == [("الباب", "remote_explosive"), ("عفرين", "remote_explosive")]
    assert [e.killed for e in at(found, "عفرين")] == [3]
