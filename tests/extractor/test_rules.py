"""The codebook's rules (shared/spec/event-model.md), one short news text each.

Every text here is written for the test: short, in the wording of Arabic
conflict reporting, one rule per test. The reference publication day is
Thursday 14 March 2024 unless a test says otherwise.

A test marked ``xfail(strict=True)`` pins a rule the extractor gets wrong
today; its reason says which rule and what comes out instead. When the
extractor is fixed the test passes unexpectedly and the suite turns red,
which is the signal to remove the mark.
"""

from __future__ import annotations

import pytest

from marsad.evaluate.names import normalize_name
from marsad.extractor.pipeline import extract
from marsad.model import Event

PUB = "2024-03-14"  # a Thursday


def events(text: str, published: str | None = PUB) -> list[Event]:
    return extract(text, published=published)


def incidents(text: str, published: str | None = PUB) -> list[Event]:
    return [e for e in events(text, published) if not e.tally]


def one(text: str, published: str | None = PUB) -> Event:
    found = incidents(text, published)
    assert len(found) == 1, f"expected one event, got {[(e.type, e.location.name) for e in found]}"
    return found[0]


def only(found: list[Event], type_: str) -> Event:
    """The one event of *type_*."""
    hits = [e for e in found if e.type == type_]
    assert len(hits) == 1, [(e.type, e.location.name) for e in found]
    return hits[0]


def at(found: list[Event], name: str) -> list[Event]:
    """The events whose place is *name* (compared as the scorer does, §13.1)."""
    key = normalize_name(name)
    return [e for e in found if normalize_name(e.location.name) == key]


def summary(found: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.location.name, e.type) for e in found)


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# ---------------------------------------------------------------- §3 one event per place and type


def test_three_neighbourhoods_are_three_events():
    found = incidents("شنت طائرات حربية غارات على أحياء الصاخور والشعار وبستان القصر "
                      "في مدينة حلب، اليوم الخميس.")
    assert summary(found) == sorted([("الصاخور", "air_strike"), ("الشعار", "air_strike"),
                                     ("بستان القصر", "air_strike")])
    assert {e.location.admin1 for e in found} == {"Aleppo"}


def test_air_strikes_and_rocket_fire_on_one_place_are_two_events():
    found = incidents("تعرضت مدينة معرة النعمان في ريف إدلب لغارات جوية وقصف صاروخي اليوم.")
    assert summary(found) == [("معرة النعمان", "air_strike"), ("معرة النعمان", "shelling")]


# ---------------------------------------------------------------- §4 types


def test_bare_qasf_by_aircraft_is_air_strike():
    e = one("قصفت الطائرات الحربية بلدة كفرزيتا بريف حماة الشمالي، وقال ناشطون إن القصف "
            "أدى إلى دمار واسع.")
    assert e.type == "air_strike"


def test_bare_qasf_without_aircraft_is_shelling():
    e = one("قصفت قوات النظام بلدة كفرزيتا بريف حماة الشمالي، ما أدى إلى دمار واسع في المنازل.")
    assert e.type == "shelling"


def test_barrel_bombs_are_air_strike():
    e = one("ألقى الطيران المروحي براميل متفجرة على مدينة داريا في ريف دمشق، اليوم.")
    assert e.type == "air_strike"
    assert normalize_name(e.location.name) == normalize_name("داريا")


def test_car_bomb_at_checkpoint_is_remote_explosive_against_military():
    e = one("انفجرت سيارة مفخخة عند حاجز لقوات النظام في مدينة جبلة بريف اللاذقية، اليوم.")
    assert e.type == "remote_explosive"
    assert e.targets == ["military"]
    assert e.location.admin1 == "Lattakia"


def test_suicide_car_bomb_is_suicide_bomb_not_remote_explosive():
    found = incidents("فجر انتحاري سيارة مفخخة يقودها عند مدخل مدينة القامشلي، ما أدى إلى "
                      "مقتل خمسة أشخاص.")
    assert [e.type for e in found] == ["suicide_bomb"]
    assert found[0].killed == 5


def test_chlorine_is_chemical_weapon():
    e = one("أصيب 12 مدنياً بحالات اختناق جراء قصف بغاز الكلور استهدف بلدة اللطامنة بريف حماة، اليوم.")
    assert e.type == "chemical_weapon"
    assert e.location.admin1 == "Hama"


def test_attack_on_a_convoy_is_armed_clash():
    e = one("هاجم مسلحون رتلاً عسكرياً لقوات النظام قرب مدينة الصنمين بريف درعا، اليوم.")
    assert e.type == "armed_clash"
    assert normalize_name(e.location.name) == normalize_name("الصنمين")  # قرب X → at X
    assert "military" in e.targets


def test_sniper_killing_civilians_is_attack():
    e = one("قتل طفل برصاص قناص في بلدة مضايا بريف دمشق اليوم.")
    assert e.type == "attack"
    assert e.killed == 1
    assert e.targets == ["civilians"]


def test_kidnapping_is_abduction():
    e = one("اختطف مسلحون مجهولون ثلاثة مدنيين في بلدة الصورة الكبيرة بريف السويداء، اليوم.")
    assert e.type == "abduction"
    assert e.location.admin1 == "As-Sweida"
    assert e.killed is None


@pytest.mark.parametrize("text", [
    "أعلن الجيش الإسرائيلي اعتراض صاروخ أطلق من جنوب لبنان باتجاه مدينة صفد، دون وقوع إصابات.",
    "اعترضت الدفاعات الجوية صواريخ أطلقت على مطار المزة العسكري في دمشق فجر اليوم، "
    "دون أن تسفر عن أضرار.",
])
def test_intercepted_missile_attack_is_no_event(text):
    assert events(text) == []


def test_threat_is_no_event():
    assert events("هدد الجيش التركي بشن عملية عسكرية على مدينة منبج بريف حلب خلال الأيام المقبلة.") == []


def test_a_precaution_names_no_attack_but_one_against_retaliation_reports_the_strike():
    assert events("انتشرت قوات الأمن في مدينة القامشلي تحسباً لأي هجوم أو تفجير بسيارات مفخخة.") == []
    e = one("رفع الجيش الإسرائيلي حالة التأهب تحسبا لرد إيراني على الغارة التي استهدفت مطار التيفور "
            "بريف حمص أمس.")
    assert (e.location.name, e.type) == ("مطار التيفور", "air_strike")


def test_no_party_claiming_the_attack_is_no_claim():
    e = one("قتل خمسة عناصر من قوات النظام بانفجار عبوة ناسفة في مدينة الصنمين بريف درعا، "
            "ولم تتبنى أي جهة الهجوم.")
    assert (e.claimed, e.perpetrators) == (False, [])


def test_a_condemnation_without_a_toll_reports_no_incident():
    assert events("أدانت وزارة الخارجية القصف الذي تتعرض له مدينة إدلب.") == []


# ---------------------------------------------------------------- §6 dates

SHELLING = "قتل ثلاثة مدنيين جراء قصف مدفعي على بلدة الهبيط بريف إدلب {}."


@pytest.mark.parametrize("when, day", [
    ("أمس", "2024-03-13"),
    ("يوم الثلاثاء", "2024-03-12"),
    ("الخميس", "2024-03-14"),  # a weekday: the latest such day on or before the reference day
    ("الخميس الماضي", "2024-03-07"),  # with الماضي: strictly before
    ("في 9 آذار", "2024-03-09"),
    ("فجر اليوم", "2024-03-14"),
])
def test_date_expressions(when, day):
    assert one(SHELLING.format(when)).date == day


def test_night_across_two_days_is_the_first_day():
    e = one("شنت طائرات حربية غارات على مدينة سراقب بريف إدلب ليل السبت - الأحد.",
            published="2024-03-11")
    assert e.date == "2024-03-09"


def test_no_date_expression_is_the_publication_day():
    assert one(SHELLING.format("").rstrip(" .") + ".").date == PUB


def test_vague_past_gives_null_date():
    assert one(SHELLING.format("قبل أيام")).date is None


def test_incident_more_than_30_days_before_publication_is_no_event():
    assert events(SHELLING.format("في 2 كانون الثاني")) == []


def test_an_undated_sentence_goes_on_with_the_past_incident_of_its_paragraph():
    # a timeline: the Jamraya strike is told under '5 أيار 2013', not under the June entry before it
    found = events("- 26 شباط 2024: قصفت الطائرات الإسرائيلية محيط مطار دمشق الدولي. - 5 أيار 2013: غارات "
                   "على مواقع سورية استهدفت أسلحة إيرانية. وأشار التلفزيون السوري إلى أن إسرائيل شنت هجوما "
                   "صاروخيا على مركز البحوث العلمية في جمرايا بريف دمشق.")
    assert summary(found) == [("مطار دمشق الدولي", "air_strike")]


def test_a_new_paragraph_ends_the_past_incident():
    found = events("وكانت البلدة قد تعرضت في 5 أيار 2013 لغارات جوية.\n"
                   "وقتل ثلاثة مدنيين جراء قصف مدفعي على بلدة الهبيط بريف إدلب.")
    assert summary(found) == [("الهبيط", "shelling")]


def test_a_pluperfect_day_dates_its_own_clause_only():
    # "وكانت ... قد" looks back from the story's day: the next, undated report is today's
    found = incidents("وكانت الفصائل قد سيطرت أمس الأربعاء على بلدة قبتان الجبل بعد اشتباكات مع قوات النظام.\n"
                      "في المقابل، شن الطيران الحربي غارات على مدينة الأتارب.")
    assert [(e.location.name, e.date) for e in at(found, "قبتان الجبل") + at(found, "الأتارب")] == [
        ("قبتان الجبل", "2024-03-13"), ("الأتارب", PUB)]


def test_a_stated_day_carries_to_the_next_report():
    found = incidents("سيطرت الفصائل أمس الأربعاء على بلدة قبتان الجبل بعد اشتباكات مع قوات النظام.\n"
                      "في المقابل، شن الطيران الحربي غارات على مدينة الأتارب.")
    assert [e.date for e in at(found, "الأتارب")] == ["2024-03-13"]


def test_without_publication_date_relative_date_is_null():
    assert one(SHELLING.format("أمس"), published=None).date is None


def test_relative_date_resolves_against_the_quoted_statement_day():
    e = one("قال المرصد السوري أمس الأربعاء إن الغارات على بلدة الهبيط وقعت مساء أمس.")
    assert e.date == "2024-03-12"


# ---------------------------------------------------------------- §9 figures


def test_digits_killed_and_injured():
    e = one("قتل 7 مدنيين وأصيب 15 آخرون جراء غارات جوية على مدينة أريحا بريف إدلب اليوم.")
    assert (e.killed, e.killed_qualifier, e.injured, e.injured_qualifier) == (7, "exact", 15, "exact")


def test_number_words():
    e = one("استشهد سبعة مدنيين وجرح ثلاثة عشر آخرون في قصف مدفعي على بلدة تل رفعت بريف حلب اليوم.")
    assert (e.killed, e.injured) == (7, 13)


def test_arabic_indic_digits():
    e = one("قتل ٢٣ شخصاً جراء غارات جوية على مدينة دوما في الغوطة الشرقية اليوم.")
    assert (e.killed, e.killed_qualifier) == (23, "exact")
    assert e.location.admin1 == "Rural Damascus"


@pytest.mark.parametrize("text, value, qualifier", [
    ("قتل 20 شخصاً على الأقل في غارات جوية على مدينة خان شيخون بريف إدلب اليوم.", 20, "at_least"),
    ("قتل أكثر من 30 شخصاً في غارات جوية على مدينة سرمين بريف إدلب اليوم.", 30, "at_least"),
    ("قتل نحو 40 شخصاً في غارات جوية على مدينة كفرنبل بريف إدلب اليوم.", 40, "approx"),
    ("قتل ما يصل إلى 25 شخصاً في غارات جوية على مدينة سراقب بريف إدلب اليوم.", 25, "at_most"),
    ("قتل العشرات في غارات جوية على مدينة حرستا في الغوطة الشرقية اليوم.", None, "vague"),
    ("قتل عشرات المدنيين في غارات جوية على مدينة حرستا في الغوطة الشرقية اليوم.", None, "vague"),
])
def test_qualifiers(text, value, qualifier):
    e = one(text)
    assert (e.killed, e.killed_qualifier) == (value, qualifier)


def test_dual_counts_two():
    e = one("أدى قصف مدفعي على بلدة جرجناز بريف إدلب إلى استشهاد مدنيين اليوم.")
    assert (e.killed, e.killed_qualifier) == (2, "exact")


def test_children_among_the_dead():
    e = one("قتل 12 مدنياً بينهم 5 أطفال في غارات جوية على مدينة بنش بريف إدلب اليوم.")
    assert e.killed == 12
    assert e.killed_groups.get("children") == 5


def test_killed_and_injured_together_give_neither():
    e = one("سقط 100 قتيل وجريح في غارات جوية على مدينة دوما بريف دمشق اليوم.")
    assert e.killed is None and e.injured is None


def test_killed_and_injured_are_never_swapped():
    e = one("أصيب ثمانية مدنيين وقتل اثنان آخران في قصف صاروخي على بلدة الأتارب بريف حلب الغربي اليوم.")
    assert (e.killed, e.injured) == (2, 8)


def test_died_of_wounds_is_killed_once():
    e = one("توفي طفل متأثراً بجراحه التي أصيب بها في قصف مدفعي على بلدة كنصفرة بريف إدلب اليوم.")
    assert (e.killed, e.killed_qualifier) == (1, "exact")
    assert e.injured is None


def test_count_before_person_noun_is_not_added_twice():
    e = one("أصيب 12 مدنياً بجروح جراء قصف مدفعي على بلدة اللطامنة بريف حماة اليوم.")
    assert (e.injured, e.injured_qualifier) == (12, "exact")


def test_figure_shared_by_two_places_goes_on_the_first():
    found = incidents("قتل 9 مدنيين في غارات جوية على بلدتي حاس وكفرومة بريف إدلب الجنوبي اليوم.")
    assert summary(found) == [("حاس", "air_strike"), ("كفرومة", "air_strike")]
    assert at(found, "حاس")[0].killed == 9
    assert at(found, "كفرومة")[0].killed is None


def test_each_place_keeps_its_own_figure():
    found = incidents("قتل 6 مدنيين في غارات على بلدة كفرسجنة، وقتل 4 آخرون في غارات على "
                      "بلدة الشيخ مصطفى بريف إدلب اليوم.")
    assert [e.killed for e in at(found, "كفرسجنة")] == [6]
    assert [e.killed for e in at(found, "الشيخ مصطفى")] == [4]


def test_different_figures_from_two_sources_take_the_lowest():
    e = one("قتل 15 مدنياً في غارات جوية على مدينة جسر الشغور بريف إدلب اليوم بحسب المرصد السوري "
            "لحقوق الإنسان، فيما قال الدفاع المدني إن 11 مدنياً قتلوا في الغارات.")
    assert e.killed == 11


def test_killed_groups_never_exceed_killed():
    e = one("قتل 15 مدنياً في غارات جوية على مدينة جسر الشغور بريف إدلب اليوم بحسب المرصد السوري "
            "لحقوق الإنسان، فيما قال الدفاع المدني إن 11 مدنياً قتلوا في الغارات.")
    assert e.killed is not None
    assert all(n <= e.killed for n in e.killed_groups.values()), e.killed_groups


# ---------------------------------------------------------------- §5 summary and detail


def test_summary_lead_adds_no_event():
    found = incidents("شن الطيران الحربي عشرات الغارات على ريف إدلب الجنوبي اليوم، ما أدى إلى "
                      "مقتل 10 مدنيين. وقتل 6 مدنيين في غارات على بلدة كفرسجنة. كما قتل 4 آخرون "
                      "في غارات على بلدة الشيخ مصطفى.")
    assert summary(found) == [("الشيخ مصطفى", "air_strike"), ("كفرسجنة", "air_strike")]
    # the lead's toll is not added on top of the detail (never double-counted)
    assert sorted(e.killed for e in found) == [4, 6]


def test_summary_toll_goes_to_the_first_detail_without_figures():
    found = incidents("شن الطيران الحربي غارات على ريف إدلب الجنوبي اليوم، ما أدى إلى مقتل "
                      "10 مدنيين. واستهدفت الغارات بلدات كفرسجنة والشيخ مصطفى والتمانعة.")
    assert [normalize_name(e.location.name) for e in found] == [
        normalize_name(n) for n in ("كفرسجنة", "الشيخ مصطفى", "التمانعة")]
    assert [e.killed for e in found] == [10, None, None]


# ---------------------------------------------------------------- §7 perpetrators


def test_russian_aviation_is_russia():
    e = one("شن الطيران الروسي غارات على بلدة كفرتخاريم بريف إدلب اليوم.")
    assert e.perpetrators == ["russia"]


@pytest.mark.parametrize("attackers", ["الطيران الروسي والسوري", "طائرات حربية روسية وسورية",
                                       "الطائرات الروسية والسورية", "مقاتلات سورية وروسية"])
def test_joint_aviation_gives_both_codes(attackers):
    e = one(f"شنت {attackers} غارات على مدينة اللطامنة بريف حماة اليوم.")
    assert e.perpetrators == ["russia", "syria_gov"]


def test_syria_as_the_country_names_no_attacker():
    e = one("شنت طائرات روسية غارات على مدينة اللطامنة في سورية اليوم.")
    assert e.perpetrators == ["russia"]


def test_series_rule_lead_attackers_apply_to_later_strikes():
    found = incidents("شن الطيران الروسي والسوري غارات مكثفة على أحياء حلب الشرقية اليوم. "
                      "وقتل خمسة مدنيين في غارة على حي الشعار، كما استهدفت غارة أخرى حي الكلاسة.")
    assert summary(found) == [("الشعار", "air_strike"), ("الكلاسة", "air_strike")]
    assert all(e.perpetrators == ["russia", "syria_gov"] for e in found)
    assert at(found, "الشعار")[0].killed == 5


def test_unnamed_aircraft_give_no_perpetrator():
    e = one("شنت طائرات حربية غارات على بلدة الهبيط بريف إدلب اليوم.")
    assert e.perpetrators == []


def test_claim_names_the_claimant_and_sets_claimed():
    e = one("أعلن فيلق الشام استهدافه موكباً لقوات النظام قرب بلدة مورك بريف حماة اليوم.")
    assert e.type == "armed_clash"
    assert "opposition" in e.perpetrators
    assert e.claimed is True


def test_claim_with_weapon_named():
    e = one("أعلن فيلق الشام استهدافه بصواريخ غراد مواقع قوات النظام في بلدة مورك بريف حماة "
            "الشمالي اليوم.")
    assert e.type == "shelling"
    assert e.perpetrators == ["opposition"]
    assert e.claimed is True


def test_armed_clash_lists_both_sides():
    e = one("دارت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم الدولة في بلدة هجين بريف "
            "دير الزور الشرقي اليوم.")
    assert e.type == "armed_clash"
    assert e.perpetrators == ["isis", "sdf"]
    assert e.location.admin1 == "Deir-ez-Zor"


# ---------------------------------------------------------------- §10 sources

TAMANAA = "أربعة مدنيين قتلوا في قصف مدفعي على بلدة التمانعة بريف إدلب اليوم"


@pytest.mark.parametrize("text, sources", [
    ("قتل أربعة مدنيين في قصف مدفعي على بلدة التمانعة بريف إدلب اليوم، بحسب المرصد السوري "
     "لحقوق الإنسان.", ["sohr"]),
    (f"قال ناشطون إن {TAMANAA}.", ["activists"]),
    (f"نقلت وكالة فرانس برس عن المرصد السوري لحقوق الإنسان أن {TAMANAA}.", ["sohr"]),
])
def test_sources(text, sources):
    assert one(text).sources == sources


# ---------------------------------------------------------------- §11-§12 tallies, non-events


def test_campaign_toll_is_a_tally():
    found = events("قال المرصد السوري لحقوق الإنسان إنه منذ بدء الحملة العسكرية على الغوطة الشرقية "
                   "قتل أكثر من 300 مدني بينهم 60 طفلاً.")
    assert len(found) == 1
    t = found[0]
    assert t.tally is True
    assert (t.killed, t.killed_qualifier, t.date) == (300, "at_least", None)
    assert t.killed_groups.get("children") == 60
    assert normalize_name(t.location.name) == normalize_name("الغوطة الشرقية")


def test_whole_war_toll_is_nothing():
    assert events("أودت الحرب في سوريا بحياة أكثر من 350 ألف شخص منذ عام 2011.") == []


# ---------------------------------------------------------------- §5 places


@pytest.mark.parametrize("text, name", [
    ("قتل مدنيان في غارة جوية على حي الفردوس في مدينة حلب اليوم.", "الفردوس"),
    ("قتل مدنيان في غارة جوية على بلدة الهبيط بريف إدلب اليوم.", "الهبيط"),
    ("قتل مدنيان في غارة جوية على قرية المشيرفة بريف إدلب اليوم.", "المشيرفة"),
])
def test_class_word_dropped_article_kept(text, name):
    e = one(text)
    assert e.location.name == name


def test_unknown_village_takes_the_governorate_of_its_rif():
    found = incidents("قتل مدنيان في غارة جوية على قرية خربة الطويرش بريف إدلب اليوم.")
    village = at(found, "خربة الطويرش")
    assert len(village) == 1
    assert village[0].location.admin1 == "Idleb"
    assert village[0].location.country == "SY"
    assert village[0].killed == 2


def test_unknown_village_adds_no_coarse_rif_event():
    found = incidents("قتل مدنيان في غارة جوية على قرية خربة الطويرش بريف إدلب اليوم.")
    assert summary(found) == [("خربة الطويرش", "air_strike")]


def test_unknown_village_with_um_name_is_kept():
    e = one("قتل مدنيان في غارة جوية على قرية أم الجلاميد بريف إدلب اليوم.")
    assert normalize_name(e.location.name) == normalize_name("أم الجلاميد")
    assert e.location.admin1 == "Idleb"


def test_event_in_iraq_has_country_iq_and_no_admin1():
    e = one("قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة الموصل اليوم.")
    assert e.type == "remote_explosive"
    assert e.location.name == "الموصل"
    assert (e.location.country, e.location.admin1) == ("IQ", None)
    assert e.killed == 5


def test_event_in_lebanon_has_country_lb():
    e = one("قتل ثلاثة مدنيين في غارة إسرائيلية على مدينة صور جنوبي لبنان اليوم.")
    assert e.type == "air_strike"
    assert e.perpetrators == ["israel"]
    assert (e.location.country, e.location.admin1) == ("LB", None)


def test_event_in_lebanon_nabatieh_has_country_lb():
    e = one("قتل ثلاثة مدنيين في غارة إسرائيلية على مدينة النبطية جنوبي لبنان اليوم.")
    assert (e.location.name, e.location.country, e.location.admin1) == ("النبطية", "LB", None)


def test_event_in_turkey():
    e = one("قتل جندي تركي في هجوم لحزب العمال الكردستاني على قاعدة عسكرية في ولاية هكاري اليوم.")
    assert e.type == "armed_clash"
    assert (e.location.country, e.location.admin1) == ("TR", None)
    assert e.killed == 1


def test_attack_on_soldiers_lists_both_sides():
    e = one("قتل جندي تركي في هجوم لحزب العمال الكردستاني على قاعدة عسكرية في ولاية هكاري اليوم.")
    assert e.perpetrators == ["other", "turkey"]


def test_event_in_turkey_sirnak():
    e = one("قتل جندي تركي في هجوم لمسلحين على قاعدة عسكرية في ولاية شرناق اليوم.")
    assert e.type == "armed_clash"
    assert e.location.country == "TR"


# ---------------------------------------------------------------- more of §4, §7, §8, §10, §12


def test_territory_change_after_fighting():
    found = incidents("سيطرت قوات النظام على بلدة كفرنبودة بريف حماة الشمالي بعد معارك عنيفة مع "
                      "الفصائل اليوم.")
    changes = [e for e in found if e.type == "territory_change"]
    assert len(changes) == 1
    assert "syria_gov" in changes[0].perpetrators
    assert changes[0].location.admin1 == "Hama"


@pytest.mark.parametrize("text, takers", [
    ("سيطرت الفصائل على بلدة كفرنبودة بريف حماة بعد معارك عنيفة مع قوات النظام اليوم.", ["opposition"]),
    ("تقدمت هيئة تحرير الشام وسيطرت على بلدة كفرنبودة بريف حماة على حساب قوات النظام اليوم.", ["hts"]),
    ("سيطرت قوات سوريا الديمقراطية على كامل مدينة منبج بعد طرد آخر عناصر قوات النظام منها اليوم.", ["sdf"]),
    ("سيطرت القوات التركية على بلدة راجو بريف حلب بعد انسحاب الوحدات الكردية منها إثر اشتباكات اليوم.",
     ["turkey"]),
])
def test_territory_change_is_the_takers_alone(text, takers):
    # §7: the side the place was taken from fought, but did not take it
    change = only(found := incidents(text), "territory_change")
    assert change.perpetrators == takers, found


def test_allies_entering_together_both_take_the_place():
    change = only(incidents("سيطرت القوات التركية مع فصائل الجيش الوطني على بلدة راجو بريف حلب بعد "
                            "معارك مع الوحدات الكردية اليوم."), "territory_change")
    assert change.perpetrators == ["opposition", "turkey"]


def test_the_place_of_the_attack_answered_is_not_where_the_answer_fell():
    found = incidents("شنت طائرات إسرائيلية غارات على مواقع عسكرية في ريف القنيطرة ردا على إطلاق صواريخ "
                      "على الجولان المحتل اليوم.")
    assert [(e.type, e.location.name) for e in found] == [("air_strike", "ريف القنيطرة")]


@pytest.mark.parametrize("text", [
    "قال البنتاغون إن الولايات المتحدة لا تنفذ ضربات جوية في سوريا في الوقت الحالي.",
    "دعت المنظمة الأوروبية للسلامة الجوية شركات الطيران إلى الحذر لاحتمال شن غارات جوية في سوريا خلال 72 ساعة.",
    "فشل مجلس الأمن في إنشاء آلية للتحقيق في استخدام الأسلحة الكيميائية في سوريا.",
])
def test_attacks_placed_only_at_a_whole_country_without_a_toll_are_no_event(text):
    assert events(text) == []


def test_a_toll_placed_only_at_a_whole_country_is_an_event():
    e = one("شنت طائرات إسرائيلية غارات على مواقع عسكرية في سوريا اليوم، ما أدى إلى مقتل 3 جنود.")
    assert (e.type, e.location.name, e.killed) == ("air_strike", "سوريا", 3)


def test_an_updated_toll_of_one_blast_is_no_tally():
    found = events("قتل 28 شخصا على الأقل في تفجير استهدف، السبت، مدينة إدلب، بحسب حصيلة جديدة كشفها "
                   "المرصد السوري لحقوق الإنسان، الأحد. وقال المرصد إن \"التفجير أسفر عن 28 قتيلا هم خمسة "
                   "مدنيين وعشرة مقاتلين في هيئة تحرير الشام وثمانية أشخاص متهمين بالانتماء إلى تنظيم داعش\".",
                   published="2018-05-13")
    assert [(e.type, e.tally, e.killed, e.date) for e in found] == [("remote_explosive", False, 28, "2018-05-12")]
    assert found[0].perpetrators == []  # the accused IS members are among the dead


def test_aircraft_flying_over_is_no_attack():
    assert events("أعلن الجيش اللبناني أن 4 طائرات حربية إسرائيلية اخترقت المجال الجوي اللبناني ليل الأحد "
                  "وحلقت فوق مدينة جونيه.") == []


def test_aircraft_flying_over_and_striking_is_an_attack():
    found = incidents("حلقت طائرات حربية فوق ريف إدلب وشنت غارات على بلدة كفرنبل اليوم.")
    assert [(e.type, e.location.name) for e in at(found, "كفرنبل")] == [("air_strike", "كفرنبل")]


@pytest.mark.parametrize("hit", ["مواقع ودفاعات \"داعش\"", "مقرات تنظيم داعش", "تحصينات داعش"])
def test_whose_positions_were_hit_is_no_attacker(hit):
    e = one(f"شن سلاح الجو السوري غارات على {hit} في منطقة الحجر الأسود جنوب دمشق اليوم.")
    assert e.perpetrators == ["syria_gov"]


def test_the_capture_a_span_is_counted_from_is_no_event():
    found = incidents("شن مسلحو داعش هجوما عنيفا على أطراف مدينة الميادين، ويعد الهجوم الأعنف منذ سيطرة "
                      "النظام على مدينة الميادين قبل عدة أشهر.")
    assert [(e.type, e.location.name) for e in found] == [("armed_clash", "الميادين")]


def test_infighting_in_the_accusative_is_a_clash():
    e = one("شهدت مدينة عفرين اقتتالا عنيفا بين فصائل مسلحة اليوم.")
    assert (e.type, e.location.name) == ("armed_clash", "عفرين")


def test_blasts_caused_by_strikes_are_the_strikes():
    found = incidents("شنت مقاتلات حربية 6 غارات جوية مكثفة على بلدة أورم الكبرى بريف حلب تسببت بانفجارات "
                      "قوية اليوم.")
    assert [(e.type, e.location.name) for e in found] == [("air_strike", "أورم الكبرى")]


@pytest.mark.parametrize("text", [
    "ذكرت سانا أن مقاتلي المعارضة في ريف حمص الشمالي سلموا معظم أسلحتهم الثقيلة، بما في ذلك 6 دبابات "
    "وقذائف هاون اليوم.",
    "قال إن الجيش احتجز جثث مسلحين وبنادق وقاذفا للصواريخ في منطقة أرسوز بولاية هاتاي اليوم.",
])
def test_weapons_handed_over_or_seized_are_no_attack(text):
    assert [e for e in events(text) if e.type in ("shelling", "remote_explosive")] == []


def test_a_capture_beside_a_handover_of_arms_stays():
    found = incidents("سيطرت القوات الحكومية على بلدتي الحراك ورخم بريف درعا، وإن مقاتلي المعارضة في أربع "
                      "بلدات أخرى وافقوا على تسليم أسلحتهم اليوم.")
    assert sorted(e.location.name for e in found if e.type == "territory_change") == ["الحراك", "رخم"]


def test_an_imminent_battle_is_no_event():
    assert events("تتجه الأنظار إلى المعركة الوشيكة لاستعادة السيطرة على محافظة إدلب.") == []
    assert events("تتجه الأنظار إلى الضربة الغربية المرتقبة على مواقع في مدينة حمص.") == []


def test_a_feared_attack_is_no_event():
    assert events("وتخشى أنقرة أن يتسبب هجوم كبير على إدلب بتدفق مزيد من اللاجئين عبر حدودها.") == []


def test_a_medical_toll_does_not_take_over_the_story():
    found = incidents("وقال المرصد السوري لحقوق الإنسان إن انتحاريا فجر نفسه في مدينة السويداء اليوم. أما قناة "
                      "الإخبارية فنقلت عن مصادر طبية أن 38 شخصا قتلوا. وهاجم التنظيم قرى الشبكي والشريحي.")
    assert {e.location.name: e.sources for e in found if e.type == "armed_clash"} == {
        "الشبكي": ["sohr"], "الشريحي": ["sohr"]}


def test_a_date_a_span_starts_from_is_not_carried_on():
    found = incidents("وثق المرصد آلاف القتلى في الغوطة الشرقية منذ بدء التصعيد في 18 فبراير الماضي. "
                      "وقصفت قوات النظام بلدة دوما.", published="2018-03-18")
    assert [(e.location.name, e.date) for e in found] == [("دوما", "2018-03-18")]


def test_the_towns_of_an_escalation_toll_are_no_incidents():
    found = events("وقال المرصد إن أكثر من 1401 مدني قضوا جميعا خلال تصعيد عمليات القصف الجوي والمدفعي على "
                   "مدن وبلدات دوما وحرستا وعربين وزملكا في الغوطة الشرقية.", published="2018-03-18")
    assert [e for e in found if not e.tally] == []


@pytest.mark.parametrize("text", [
    "أكد ناشطون وجود 400 مدني مهددين بالموت في حي التضامن في ظل القصف المكثف لقوات النظام.",
    "ينتقل الناس إلى منطقة يلدا المجاورة للفرار من القتال.",
])
def test_amid_or_fleeing_ongoing_violence_is_no_incident(text):
    assert events(text) == []


def test_a_court_ruling_is_no_incident_but_a_strike_beside_it_is():
    found = incidents("أصدرت محكمة الجنايات أحكاما بالإعدام بحق 11 مدانا بمجزرة في مدينة تكريت. "
                      "وفي سياق آخر، قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل بريف إدلب اليوم.")
    assert [(e.type, e.location.name, e.killed) for e in found] == [("shelling", "كفرنبل", 3)]


def test_a_blast_whose_attack_is_favoured_stays_an_event():
    e = one("قتل 5 أشخاص في انفجار هز سوقا في مدينة اعزاز اليوم، ورجحت الشرطة فرضية الهجوم.")
    assert (e.type, e.killed) == ("remote_explosive", 5)


def test_a_toll_in_the_thousands_is_a_campaign_tally():
    found = events("وكان الهجوم على الغوطة الشرقية قد أدى إلى مقتل أكثر من 1500 شخص في قصف بالطائرات والقذائف.",
                   published="2018-03-22")
    assert [(e.tally, e.killed, e.date) for e in found] == [(True, 1500, None)]


def test_a_definite_plural_noun_after_the_dead_counts_none():
    e = one("ارتفعت حصيلة القتلى المدنيين جراء القصف على بلدة حرستا، اليوم، إلى 52 شخصا.")
    assert e.killed == 52


def test_barrels_counted_in_the_accusative_from_helicopters():
    found = incidents("ألقت مروحيات النظام 12 برميلا متفجرا على بلدتي كفرنبودة والهبيط اليوم.")
    assert sorted((e.type, e.location.name, tuple(e.perpetrators)) for e in found) == [
        ("air_strike", "الهبيط", ("syria_gov",)), ("air_strike", "كفرنبودة", ("syria_gov",))]


def test_a_quarter_the_gazetteer_lacks_is_the_place_not_its_city():
    found = incidents("قتل 4 مدنيين جراء سقوط قذائف هاون على حي الموكامبو في حلب اليوم.")
    assert [e.location.name for e in found] == ["الموكامبو"]


def test_iraqs_security_media_cell_is_a_military_source():
    e = one("أعلنت خلية الإعلام الأمني العراقية مقتل 4 من عناصر الحشد الشعبي بهجوم لتنظيم داعش على نقطة "
            "تفتيش في قضاء الطارمية اليوم.")
    assert e.sources == ["military"]


def test_a_sohr_bulletin_headline_style_gives_its_source_and_toll():
    e = one("المرصد السوري لحقوق الإنسان: ارتفاع عدد الشهداء المدنيين إلى 8 بينهم 3 أطفال جراء غارات "
            "لطائرات النظام الحربية على بلدة كفرنبل بريف إدلب الجنوبي.")
    assert (e.killed, e.killed_groups, e.sources) == (8, {"children": 3}, ["sohr"])


def test_a_local_outlet_told_by_local_sources_only_relays():
    e = one("قالت مصادر محلية لعنب بلدي إن عبوة ناسفة انفجرت بسيارة عسكرية في بلدة طفس، ما أدى إلى مقتل عنصرين.")
    assert e.sources == ["activists"]


def test_an_official_of_a_body_speaks_for_the_body():
    e = one("قال مسؤول في الدفاع المدني إن 12 شخصا قتلوا في قصف استهدف منزلا في حي الشجاعية بمدينة غزة.",
            published="2023-10-14")
    assert e.sources == ["civil_defence"]


@pytest.mark.parametrize("text, perps", [
    ("قتل مواطن برصاص قناص من قوات النظام في بلدة المزيريب بريف درعا اليوم.", ["syria_gov"]),
    ("أعدم تنظيم داعش ثلاثة رعاة في بادية السخنة بريف حمص بتهمة التعامل مع النظام اليوم.", ["isis"]),
    # the side hit is no perpetrator, the side that struck is
    ("تعرض مطار المزة العسكري لقصف إسرائيلي فجر اليوم.", ["israel"]),
    ("قال التحالف الدولي إنه قتل قياديا في تنظيم داعش بغارة على بلدة هجين اليوم.", ["us_coalition"]),
])
def test_who_fired_and_who_was_accused(text, perps):
    assert one(text).perpetrators == perps


def test_a_doctor_abducted_is_a_medical_target():
    assert one("اختطف مسلحون مجهولون طبيبا في مدينة الباب بريف حلب اليوم.").targets == ["medical"]


@pytest.mark.parametrize("text, perps, sources", [
    ("أعلن الجيش الإسرائيلي أن طائراته الحربية أغارت على مواقع لحزب الله في بلدة الخيام جنوبي لبنان.",
     ["israel"], ["military"]),
    ("قالت وزارة الدفاع التركية إن قواتها قصفت مواقع لوحدات حماية الشعب في بلدة تل رفعت بريف حلب.",
     ["turkey"], ["military"]),
    ("أعلنت هيئة تحرير الشام أن مقاتليها استهدفوا بالصواريخ مواقع قوات النظام في بلدة كفرنبودة.",
     ["hts"], ["faction"]),
])
def test_the_speakers_own_forces_claim_the_attack(text, perps, sources):
    e = one(text)
    assert (e.perpetrators, e.claimed, e.sources) == (perps, True, sources)


def test_its_artillery_after_an_actor_is_no_claim():
    found = incidents("وذكر المرصد أن طائرات النظام السوري ومدفعيته استهدفت مدينة دوما اليوم.")
    assert [(e.perpetrators, e.claimed) for e in found] == [(["syria_gov"], False)]


def test_first_time_since_a_year_is_no_date_of_the_event():
    found = incidents("دخلت فصائل المعارضة المسلحة مدينة حلب للمرة الأولى منذ عام 2016، وسيطرت على معظم أحيائها "
                      "بعد انسحاب قوات النظام، وفق المرصد السوري.", published="2024-12-01")
    assert [(e.type, e.location.name, str(e.date)) for e in found] == [("territory_change", "حلب", "2024-12-01")]


def test_strikes_for_the_first_time_in_days_are_dated_by_the_report():
    e = one("قال المرصد إن ضربات جوية روسية استهدفت بلدة طفس في محافظة درعا، للمرة الأولى منذ 4 أيام.",
            published="2018-07-04")
    assert (e.type, str(e.date), e.perpetrators) == ("air_strike", "2018-07-04", ["russia"])


@pytest.mark.parametrize("text", [
    "استهدفت مسيرة تركية سيارة في بلدة عامودا اليوم.",
    "قتل شخصان جراء استهداف مسيّرة تركية لسيارة في القامشلي اليوم.",
])
def test_a_drone_named_by_its_country_has_a_perpetrator(text):
    assert one(text).perpetrators == ["turkey"]


def test_the_stronghold_taken_is_the_losers():
    found = events("وفي 10 مارس، استعاد النظام السوري السيطرة على بلدة جيرود التي بقيت المعقل الأبرز للفصائل في المنطقة.")
    assert [(e.type, e.perpetrators) for e in found] == [("territory_change", ["syria_gov"])]


def test_a_bombing_campaign_without_a_toll_is_no_event():
    assert incidents("تشنّ قوات النظام السوري منذ بضعة أيام حملة قصف عنيفة على مخيم اليرموك جنوب دمشق.") == []


def test_a_bombing_campaigns_toll_is_a_tally():
    found = events("بدأت قوات النظام حملة قصف على ريف إدلب الجنوبي أسفرت منذ بدايتها عن مقتل 120 مدنيا.")
    assert [(e.type, e.killed, e.tally) for e in found] == [("shelling", 120, True)]


def test_lebanons_internal_security_forces_are_not_the_sdf():
    found = incidents("قالت قوى الأمن الداخلي اللبنانية إن شخصين قتلا في إطلاق نار في مدينة طرابلس شمالي لبنان اليوم.")
    assert [e.perpetrators for e in found] == [[]]


@pytest.mark.parametrize("text, perps", [
    ("قتل 12 مدنيا في قصف للتحالف الدولي استهدف قرية يسيطر عليها تنظيم داعش شرقي سوريا اليوم.",
     ["us_coalition"]),
    ("كثفت قوات النظام قصفها المدفعي على الأحياء التي يتحصن فيها التنظيم في الحجر الأسود اليوم.", ["syria_gov"]),
])
def test_who_holds_the_place_struck_a_word_away_is_no_attacker(text, perps):
    assert one(text).perpetrators == perps


def test_the_side_of_the_attack_answered_is_no_attacker():
    e = one("قال المرصد إن طائرات النظام شنت غارات على بلدة بنش اليوم، ردا على هجوم نفذته هيئة تحرير الشام.")
    assert (e.location.name, e.perpetrators) == ("بنش", ["syria_gov"])


def test_a_lead_in_a_part_of_the_country_is_told_in_detail_at_an_unknown_village():
    found = incidents("أفاد المرصد بمقتل 23 مدنيا بغارات استهدفت قرية في شمال شرق سوريا. وقال المرصد إنه لم يتمكن من "
                      "تحديد هوية الطائرات التي نفذت الغارات على قرية هداج في ريف الحسكة الجنوبي.")
    assert [(e.location.name, e.location.admin1, e.killed) for e in found] == [("هداج", "Al-Hasakeh", 23)]


def test_an_army_named_in_what_the_monitor_said_is_the_attacker_not_a_source():
    e = one("قال المرصد إن الجيش الإسرائيلي شن هجوما صاروخيا استهدف مواقع قوات النظام قرب مدينة البعث في ريف القنيطرة.",
            published="2018-05-10")
    assert (e.perpetrators, e.sources) == (["israel"], ["sohr"])


def test_a_protest_against_an_offensive_is_no_event():
    assert incidents("تظاهر الآلاف في عدة مدن أوروبية، السبت، رفضا للهجوم التركي على مدينة عفرين شمال غربي سوريا.",
                     published="2018-03-24") == []


def test_a_protests_town_is_not_where_the_shelling_it_denounces_fell():
    found = incidents("خرج المئات في مدينة القامشلي تنديدا بالقصف التركي على بلدة عامودا الذي قتل 3 مدنيين أمس.")
    assert [(e.location.name, e.killed, str(e.date)) for e in found] == [("عامودا", 3, "2024-03-13")]


def test_fighters_trying_to_storm_a_town_have_not_taken_it():
    found = incidents("قالت وحدات حماية الشعب إنها تخوض معارك ضد القوات التركية والمقاتلين المتحالفين معها "
                      "الذين يحاولون اقتحام مدينة عفرين من الشمال.")
    assert [e.type for e in found] == ["armed_clash"]


def test_it_says_it_did_it_is_a_claim_in_the_armys_own_word():
    e = one("قال التحالف الدولي إنه قتل قياديا في تنظيم داعش بغارة على بلدة هجين اليوم.")
    assert (e.perpetrators, e.claimed, e.sources) == (["us_coalition"], True, ["military"])


def test_a_defence_ministry_announcing_neutralised_fighters_claims_the_strikes():
    e = one("أعلنت وزارة الدفاع التركية تحييد 12 إرهابيا من حزب العمال الكردستاني في غارات جوية على منطقة "
            "هاكورك شمالي العراق.")
    assert (e.type, e.location.country, e.perpetrators, e.claimed, e.sources) == (
        "air_strike", "IQ", ["turkey"], True, ["military"])


@pytest.mark.parametrize("text, killed", [
    ("استشهد فلسطينيان وأصيب خمسة آخرون في قصف إسرائيلي استهدف منزلا في مخيم النصيرات وسط قطاع غزة.", 2),
    ("استشهد فلسطيني برصاص الجيش الإسرائيلي في مدينة جنين اليوم.", 1),
])
def test_a_person_named_by_nationality_is_counted(text, killed):
    assert one(text).killed == killed


def test_two_shells_fell_is_shelling():
    e = one("سقطت قذيفتان صاروخيتان على حي باب توما في دمشق القديمة، ما أسفر عن إصابة 3 مدنيين، وفق وكالة سانا.")
    assert (e.type, e.injured, e.sources) == ("shelling", 3, ["state_media"])


def test_a_nationality_after_the_dead_describes_them_and_is_no_second_count():
    e = one("قتل جنديان عراقيان وأصيب ثالث بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمال بغداد.")
    assert (e.killed, e.injured, e.location.country) == (2, 1, "IQ")


def test_police_killed_at_a_police_station():
    e = one("قتل شرطيان تركيان في هجوم بسيارة مفخخة استهدف مركزا للشرطة في ولاية ماردين جنوب شرقي تركيا.")
    assert (e.type, e.killed, e.targets, e.location.country) == ("remote_explosive", 2, ["military"], "TR")


def test_gunmen_of_a_group_attacking_are_that_group():
    e = one("هاجم مسلحون من داعش قرية في ناحية العظيم بمحافظة ديالى، ما أسفر عن مقتل 11 مدنيا.")
    assert (e.type, e.perpetrators, e.killed) == ("attack", ["isis"], 11)


def test_the_second_side_named_from_the_other_side_keeps_the_clash_whole():
    e = one("دارت اشتباكات عنيفة بين الفصائل الإسلامية من جهة، وقوات النظام من جهة أخرى، في بلدة حريتان شمال حلب.")
    assert (e.type, e.location.name, e.perpetrators) == ("armed_clash", "حريتان", ["opposition", "syria_gov"])


def test_artillery_shelling_names_no_attacker_for_the_warplanes_after_it():
    found = incidents("قصفت قوات النظام بالمدفعية الثقيلة مناطق في بلدة كفرزيتا بريف حماة الشمالي، في حين نفذت "
                      "الطائرات الحربية 4 غارات على مناطق في بلدة التمانعة بريف إدلب الجنوبي.")
    assert [(e.type, e.location.name, e.perpetrators) for e in found] == [
        ("shelling", "كفرزيتا", ["syria_gov"]), ("air_strike", "التمانعة", [])]


def test_who_says_a_strike_happened_did_not_strike():
    e = one("أفاد مقاتلو المعارضة وسكان بأن الطيران الروسي قصف بلدة الحراك في ريف درعا اليوم.")
    assert (e.type, e.perpetrators) == ("air_strike", ["russia"])
    e = one("وقالت إسرائيل إن إيران أطلقت 20 صاروخا على مواقع عسكرية في مرتفعات الجولان.")
    assert e.perpetrators == ["iran_axis"]


def test_rebel_fighters_named_as_fighters_of_the_opposition():
    e = one("وقتل ثلاثة من عناصر حزب الله في كمين نصبه مقاتلو المعارضة قرب بلدة القصير.")
    assert "opposition" in e.perpetrators


def test_a_clash_has_the_targets_the_text_names_and_no_default():
    e = one("دارت اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة حريتان شمال حلب اليوم.")
    assert e.targets == []
    e = one("قتل 5 عناصر من قوات النظام في اشتباكات مع الفصائل في بلدة حريتان شمال حلب اليوم.")
    assert e.targets == ["military"]


@pytest.mark.parametrize("text, targets", [
    ("قال المرصد إن مسلحي داعش نفذوا هجوما عنيفا على بلدة هجين اليوم، ترافق مع تبادل للقصف.", []),
    ("قالت القوات المسلحة التركية إن جنديين تركيين قتلا في انفجار عبوة ناسفة في منطقة عفرين اليوم.", ["military"]),
    ("استهدفت طائرة مسيرة عناصر من قوات النظام قرب بلدة كفرنبل اليوم.", ["military"]),
])
def test_armed_men_are_a_target_only_when_they_are_hit(text, targets):
    assert one(text).targets == targets


def test_who_threatens_to_answer_an_attack_did_not_carry_it_out():
    found = incidents("قالت منظمات إغاثة إن عشرات المدنيين قتلوا في هجوم كيماوي على مدينة دوما السبت. "
                      "وقال الرئيس الأميركي دونالد ترامب إنه سيتم دفع ثمن باهظ جراء الهجوم الكيماوي. "
                      "ونفت سوريا شن القوات الحكومية أي هجوم كيماوي.", published="2018-04-09")
    assert [(e.type, e.location.name, e.perpetrators) for e in found] == [("chemical_weapon", "دوما", ["syria_gov"])]


def test_who_a_headline_quotes_did_not_strike():
    [e] = extract("قالت مصادر في الإدارة الأميركية إن أسلحة كيماوية استخدمت في هجوم على مدينة دوما السبت.",
                  published="2018-04-09", title="واشنطن: تقييمنا يشير بثقة إلى استخدام الكيماوي في دوما")
    assert (e.type, e.perpetrators) == ("chemical_weapon", [])


def test_the_far_end_of_a_road_cut_is_no_scene():
    found = incidents("هاجم مسلحو داعش قوات النظام في قرية الصالحية، وتمكنوا من قطع الطريق بينها وبين مدينة "
                      "دير الزور اليوم.")
    assert [e.location.name for e in found] == ["الصالحية"]


def test_the_fighting_told_after_a_lead_and_its_detail_is_its_own_event():
    found = incidents("سيطر تنظيم داعش اليوم على أجزاء من مدينة البوكمال، بعد هجوم بدأه بعمليات انتحارية.\n"
                      "وقال مدير المرصد إنه أكبر هجوم للتنظيم على المدينة منذ نوفمبر الماضي.\n"
                      "وبدأ التنظيم هجومه بعشر عمليات انتحارية قبل أن يتمكن من دخول المدينة.\n"
                      "وتدور حاليا معارك في وسط المدينة أوقعت 25 قتيلا من قوات النظام، بحسب المرصد.")
    clash = only(found, "armed_clash")
    assert (clash.location.name, clash.killed) == ("البوكمال", 25)


def test_a_toll_counted_since_a_week_is_a_tally():
    found = events("قصفت قوات النظام أحياء مدينة درعا اليوم. وتسبب القصف منذ أسبوع بمقتل 28 مدنيا على الأقل، "
                   "وفق المرصد.")
    assert sorted((e.tally, e.killed) for e in found) == [(False, None), (True, 28)]


def test_the_worst_attack_in_a_month_is_no_tally():
    found = events("شن تنظيم داعش أعنف هجوم منذ شهر على مواقع قسد في بلدة هجين، ما أسفر عن مقتل 12 مقاتلا.")
    assert [(e.tally, e.killed) for e in found] == [(False, 12)]


def test_a_day_stated_beats_a_whole_war_phrase_describing_the_place():
    e = one("قتل 22 مقاتلا مواليا للنظام، الخميس، في هجمات شنها التنظيم ضد مواقع لهم في محافظة السويداء التي بقيت "
            "بمنأى عن المعارك خلال سنوات النزاع.")
    assert (e.location.name, e.killed, e.date) == ("السويداء", 22, "2024-03-14")


def test_a_section_header_place_only_frames_the_report():
    e = one("وفي ريف حماة، قصفت قوات النظام بلدة اللطامنة بالمدفعية، ما أدى لمقتل مدنيين اثنين.")
    assert (e.location.name, e.killed) == ("اللطامنة", 2)
    e = one("وفي جنوب دمشق، قتل 5 مقاتلين في هجوم لتنظيم داعش على مواقعهم في بلدة الصنمين اليوم.")
    assert (e.location.name, e.killed) == ("الصنمين", 5)


def test_the_hospital_town_of_a_medical_source_is_no_scene():
    e = one("قالت مصادر طبية في مشفى حمص المركزي إن 21 عسكرياً قتلوا في القصف الجوي الإسرائيلي على مطار الضبعة "
            "العسكري في ريف حمص الغربي أمس.")
    assert (e.location.name, e.killed) == ("الضبعة", 21)


def test_a_strike_years_ago_is_history_but_the_first_since_a_truce_a_year_ago_is_not():
    assert incidents("اعترفت إسرائيل لأول مرة أنها نفذت الضربة الجوية قبل 11 عاما على موقع الكبر في دير الزور.",
                     published="2018-03-21") == []
    e = one("شنت روسيا غارات على بلدة بصرى الحرير للمرة الأولى منذ أن وافقت على وقف لإطلاق النار في المنطقة "
            "قبل عام تقريبا.", published="2018-06-24")
    assert (e.type, e.perpetrators) == ("air_strike", ["russia"])


def test_an_army_saying_on_a_day_that_it_took_a_town_claims_the_capture():
    e = one("وقال الجيش السوري، الجمعة، إنه استعاد مع القوات المتحالفة معه بلدة حمورية.", published="2018-03-18")
    assert (e.type, e.perpetrators, e.claimed, e.sources) == ("territory_change", ["syria_gov"], True, ["military"])


def test_groups_without_aircraft_shell_what_they_bombard():
    found = incidents("شنت الطائرات الحربية غارات على بلدة بنش اليوم. وقال المرصد إن مقاتلي الهيئة بدأوا بقصف "
                      "بلدة الفوعة بكثافة.")
    assert sorted((e.type, e.location.name, e.perpetrators) for e in found) == [
        ("air_strike", "بنش", []), ("shelling", "الفوعة", ["hts"])]


def test_fighting_at_the_focus_place_joins_the_attacker_the_story_follows():
    found = incidents("سيطر تنظيم داعش اليوم على أجزاء من مدينة البوكمال بعد هجوم عنيف.\n"
                      "وتدور حاليا معارك في وسط المدينة أوقعت 25 قتيلا من قوات النظام، بحسب المرصد.")
    clash = only(found, "armed_clash")
    assert (clash.location.name, clash.perpetrators, clash.killed) == ("البوكمال", ["isis", "syria_gov"], 25)


def test_its_own_vague_past_beats_the_day_told_before():
    found = incidents("قصفت قوات النظام بلدة سرمين اليوم. وكانت طائرة مسيرة تابعة لقوات النظام قد استهدفت سيارة "
                      "مدنية قرب بلدة الأتارب الأسبوع الماضي، ما أدى إلى إصابة مدنيين اثنين.")
    assert [(e.location.name, e.date) for e in found] == [("سرمين", "2024-03-14"), ("الأتارب", None)]


def test_where_the_speaker_is_is_no_scene_when_what_he_says_names_one():
    e = one("وقال مراسلنا في إدلب إن قوات النظام استهدفت بقذائف الهاون أطراف بلدة النيرب المجاورة.")
    assert e.location.name == "النيرب"
    e = one("وقالت مصادر محلية في مدينة درعا إن قصفا مدفعيا استهدف المدينة اليوم.")
    assert e.location.name == "درعا"


def test_a_claim_announced_without_a_claim_word_on_a_post_with_no_weapon_type():
    # (once crashed: the claim made a type with no cue words)
    e = one("أعلن حزب الله في بيان أن مقاتليه استهدفوا ثكنة زرعيت وحققوا فيها إصابات مباشرة.")
    assert (e.location.name, e.perpetrators, e.claimed) == ("زرعيت", ["iran_axis"], True)


def test_two_drones_of_iraqi_factions_loyal_to_iran_strike_a_base_in_erbil():
    e = one("استهدفت فصائل عراقية موالية لإيران قاعدة حرير الأمريكية في أربيل بطائرتين مسيرتين، دون وقوع إصابات.")
    assert (e.type, e.location.country, e.perpetrators) == ("air_strike", "IQ", ["iran_axis"])


@pytest.mark.parametrize("text, place, perps", [
    ("قتل ثمانية أشخاص في قصف إسرائيلي على منزل في حي الزيتون بمدينة غزة فجر اليوم.", "الزيتون", ["israel"]),
    ("قال متحدث إن المقاتلين انسحبوا بعد مقتل ستة أشخاص في قصف روسي على بلدة الرحيبة أمس.", "الرحيبة", ["russia"]),
    ("استشهد 35 شخصاً في غارات إسرائيلية على رفح اليوم.", "رفح", ["israel"]),
])
def test_the_nationality_of_the_strike_is_its_attacker_after_a_count(text, place, perps):
    e = one(text)
    assert (e.location.name, e.perpetrators) == (place, perps)


def test_the_ypg_named_with_the_pkk_is_one_actor():
    e = one('قتل 3 مدنيين جراء قصف صاروخي لتنظيم "ي ب ك/بي كا كا" الإرهابي على مدينة أعزاز بريف حلب الشمالي.')
    assert e.perpetrators == ["sdf"]


def test_a_military_campaigns_toll_is_a_tally():
    found = events("تتهم واشنطن موسكو بالمشاركة في الحملة العسكرية العنيفة التي ينفذها النظام السوري منذ 18 فبراير "
                   "على الغوطة الشرقية والتي أوقعت أكثر من 400 قتيل من المدنيين بحسب المرصد.")
    assert [(e.location.name, e.killed, e.tally, e.date) for e in found] == [("الغوطة الشرقية", 400, True, None)]


def test_negotiated_entry_is_no_event():
    assert events("دخلت قوات النظام بلدة الصنمين بريف درعا بموجب اتفاق تسوية مع الفصائل اليوم "
                  "دون قتال.") == []


def test_arrest_by_state_forces_is_no_event():
    assert events("اعتقلت قوات الأمن العراقية خمسة مطلوبين في مدينة الموصل اليوم.") == []


def test_accidental_depot_explosion_is_no_event():
    assert events("قتل عامل في انفجار مستودع للوقود في مدينة الباب بريف حلب اليوم إثر خلل فني.") == []


def test_background_bombardment_over_days_is_no_event():
    assert events("قال المرصد السوري إن طائرات حربية تواصل منذ أيام قصف بلدات ريف إدلب الجنوبي.") == []


def test_hospital_is_a_medical_target():
    e = one("استهدفت غارات جوية مشفى الرحمة في بلدة خان شيخون بريف إدلب اليوم.")
    assert e.type == "air_strike"
    assert e.targets == ["medical"]
    assert normalize_name(e.location.name) == normalize_name("خان شيخون")  # the building is no place


def test_ambush_near_a_town_is_armed_clash_at_the_town():
    e = one("قتل ثلاثة عناصر من قوات النظام في كمين نصبه مسلحون قرب بلدة الكرك الشرقي بريف درعا اليوم.")
    assert e.type == "armed_clash"
    assert e.location.admin1 == "Dar'a"
    assert (e.killed, e.killed_groups.get("fighters")) == (3, 3)
    assert e.perpetrators == ["syria_gov"]  # the side named; the gunmen are unnamed


def test_an_attack_on_positions_names_the_attacker_and_fighting_back_both_sides():
    e = one("شن تنظيم الدولة هجوماً على مواقع قوات سوريا الديمقراطية في بلدة الشعفة بريف دير الزور اليوم.")
    assert (e.type, e.perpetrators) == ("armed_clash", ["isis"])
    e = one("شن تنظيم الدولة هجوماً على مواقع قوات سوريا الديمقراطية في بلدة الشعفة اليوم، تلته اشتباكات عنيفة.")
    assert (e.type, e.perpetrators) == ("armed_clash", ["isis", "sdf"])


def test_turkish_drone_is_turkey():
    found = incidents("قتل مدنيان في غارة لطائرة مسيرة تركية على قرية تل جحان بريف الحسكة اليوم.")
    village = at(found, "تل جحان")
    assert len(village) == 1
    assert village[0].perpetrators == ["turkey"]


def test_dual_in_breakdown_counts_two_children():
    e = one("قتل 4 مدنيين بينهم طفلان في قصف مدفعي على مدينة الأتارب بريف حلب اليوم.")
    assert e.killed == 4
    assert e.killed_groups.get("children") == 2


@pytest.mark.parametrize("women, count", [("وامرأة", 1), ("وامرأتان", 2), ("و امرأة", 1)])
def test_a_bare_noun_after_a_counted_group_in_a_breakdown_is_counted_too(women, count):
    e = one(f"قتل 7 مدنيين بينهم 3 أطفال {women} في قصف مدفعي على مدينة الأتارب بريف حلب اليوم.")
    assert (e.killed_groups.get("children"), e.killed_groups.get("women")) == (3, count)


def test_relatives_joined_to_a_victim_are_counted_but_never_alone():
    assert one("قتل رجل وزوجته وابنه جراء قصف مدفعي على بلدة الهبيط بريف إدلب.").killed == 3
    # whose body it is: 'جثة ابنته' adds no one
    assert one("قتل شاب بقصف مدفعي على بلدة الهبيط بريف إدلب، وتسلمت عائلته جثة ابنته.").killed == 1


def test_local_sources_are_activists():
    e = one("قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء انفجار عبوة ناسفة في مدينة الباب بريف حلب "
            "الشرقي اليوم، بحسب مصادر محلية.")
    assert e.type == "remote_explosive"
    assert (e.killed, e.injured) == (3, 5)
    assert e.sources == ["activists"]


def test_state_news_agency_is_state_media():
    e = one("أفادت وكالة الأناضول بمقتل ثلاثة مدنيين في قصف على مدينة تل أبيض اليوم.")
    assert e.sources == ["state_media"]
    assert e.killed == 3


def test_event_in_lebanon_bint_jbeil():
    e = one("قتل ثلاثة مدنيين في غارة إسرائيلية على بلدة بنت جبيل جنوبي لبنان اليوم.")
    assert e.location.name == "بنت جبيل"
    assert e.location.country == "LB"


@pytest.mark.parametrize("text", [
    "أطلق حزب الله صواريخ على مستوطنة كريات شمونة شمالي إسرائيل دون وقوع إصابات.",
    "أطلق حزب الله صواريخ على مستوطنة كريات شمونة شمال شرقي إسرائيل دون وقوع إصابات.",
])
def test_a_state_named_as_the_place_is_not_the_attacker(text):
    [e] = extract(text, published="2024-01-10")
    assert (e.type, e.perpetrators) == ("shelling", ["iran_axis"])


def test_a_state_an_attack_is_ascribed_to_is_still_the_attacker():
    [e] = extract("قصفت إسرائيل مواقع في ريف دمشق.", published="2024-01-10")
    assert e.perpetrators == ["israel"]


def test_the_workers_party_is_an_armed_party_not_civilian_workers():
    [e] = extract("شنت الطائرات التركية غارات على مواقع لحزب العمال في جبال قنديل شمال العراق.",
                  published="2024-01-10")
    assert (e.perpetrators, e.targets) == (["turkey"], ["military"])


def test_an_armed_attack_on_a_post_abroad_is_a_clash_there():
    [e] = extract("هاجم مسلحو حزب العمال الكردستاني موقعا عسكريا في ولاية هكاري.", published="2024-01-10")
    assert (e.type, e.location.country, e.perpetrators, e.targets) == ("armed_clash", "TR", ["other"], ["military"])


def test_a_dateline_is_where_the_report_was_filed_not_a_second_scene():
    text = ("غزة - وفا: استشهد خمسة مواطنين، بينهم طفلان، وأصيب آخرون، مساء اليوم الخميس، في قصف شنته "
            "طائرات الاحتلال الإسرائيلي على منزل في حي الجنينة شرق مدينة رفح جنوب قطاع غزة.")
    [e] = extract(text, published="2023-10-12")
    assert (e.location.name, e.killed, e.killed_groups) == ("الجنينة", 5, {"children": 2})
    assert (e.perpetrators, e.sources) == (["israel"], ["state_media"])


def test_a_dateline_alone_locates_the_report():
    [e] = extract("حلب (سانا) - استشهد ثلاثة مدنيين جراء اعتداء إرهابي بقذائف صاروخية.", published="2016-05-03")
    assert (e.location.name, e.type, e.killed) == ("حلب", "shelling", 3)


def test_the_unit_a_village_belongs_to_and_where_the_attackers_fled_are_no_scenes():
    text = ("قتل أربعة من عناصر الجيش العراقي إثر هجوم شنه مسلحو تنظيم داعش على نقطة تفتيش في قرية الزركة "
            "التابعة لناحية الرشاد جنوب غربي كركوك، وانسحبوا إلى منطقة وادي الشاي بعد اشتباك استمر ساعة.")
    [e] = extract(text, published="2019-10-14")
    assert (e.location.name, e.killed) == ("الزركة", 4) and "isis" in e.perpetrators


def test_an_attack_from_the_air_is_an_air_strike_and_a_governor_is_the_government():
    text = ("أنقرة (الأناضول) - أعلن والي هطاي رحمي دوغان، مقتل 33 جنديا تركيا وإصابة 32 آخرين، في هجوم جوي "
            "لقوات النظام السوري على القوات التركية في محافظة إدلب شمال غربي سوريا.")
    [e] = extract(text, published="2020-02-28")
    assert (e.type, e.killed, e.injured, e.perpetrators) == ("air_strike", 33, 32, ["syria_gov"])
    assert e.sources == ["government"]


def test_a_spot_between_two_towns_is_one_event_at_the_first():
    [e] = extract("استهدفت غارة إسرائيلية سيارة إسعاف بين بلدتي عيناتا وعيترون في قضاء بنت جبيل، ما أدى إلى "
                  "استشهاد ثلاثة مسعفين.", published="2023-11-05")
    assert (e.location.name, e.killed, e.targets) == ("عيناتا", 3, ["medical"])


def test_every_member_of_a_list_abroad_is_a_place_when_one_is_unknown():
    events = extract("كما تعرضت أطراف بلدات كفركلا والعديسة ومركبا لقصف مدفعي إسرائيلي متقطع.",
                     published="2023-11-05")
    assert [e.location.name for e in events] == ["كفركلا", "العديسة", "مركبا"]


def test_a_provinces_health_office_is_a_source_not_a_second_scene():
    text = ("قتل 58 مدنيا على الأقل بينهم 11 طفلا، وأصيب أكثر من 170 آخرين بحالات اختناق، صباح اليوم الثلاثاء، "
            "جراء قصف جوي بغازات سامة استهدف مدينة خان شيخون في ريف إدلب الجنوبي، وفق المرصد السوري لحقوق الإنسان.\n"
            "وقالت مديرية صحة إدلب إن الطائرات الحربية ألقت قنابل تحتوي على غاز السارين، فيما اتهم الائتلاف "
            "الوطني المعارض قوات النظام بتنفيذ الهجوم.")
    [e] = extract(text, published="2017-04-04")
    assert (e.type, e.location.name, e.perpetrators) == ("chemical_weapon", "خان شيخون", ["syria_gov"])
    assert "medics" in e.sources


def test_the_attack_named_after_an_incident_is_that_incident():
    text = ("قتل 58 مدنيا على الأقل جراء قصف جوي بغازات سامة استهدف مدينة خان شيخون في ريف إدلب الجنوبي.\n"
            "وقالت مديرية صحة إدلب إن الطائرات الحربية ألقت قنابل تحتوي على غاز السارين، فيما اتهم الائتلاف "
            "الوطني المعارض قوات النظام بتنفيذ الهجوم.")
    [e] = extract(text, published="2017-04-04")
    assert (e.type, e.perpetrators) == ("chemical_weapon", ["syria_gov"])


def test_a_road_between_two_towns_is_one_spot_at_the_first():
    [e] = extract("استهدفت طائرة مسيرة تركية سيارة على طريق القامشلي - عامودا، ما أدى إلى مقتل اثنين.",
                  published="2022-11-20")
    assert (e.type, e.location.name, e.perpetrators) == ("air_strike", "القامشلي", ["turkey"])


def test_a_protester_shot_dead_counts_one():
    [e] = extract("أطلقت قوات الأمن النار على متظاهرين في مدينة البصرة ما أدى إلى مقتل متظاهر وإصابة 12 آخرين.",
                  published="2019-10-05")
    assert (e.type, e.killed, e.injured) == ("attack", 1, 12)


@pytest.mark.parametrize("text,perpetrators", [
    ("أعلنت هيئة تحرير الشام مسؤوليتها عن تفجير سيارة مفخخة استهدف تجمعا لقوات النظام في بلدة أبو دالي.", ["hts"]),
    ("تبنت هيئة تحرير الشام تفجير سيارة مفخخة استهدف تجمعا لقوات النظام في بلدة أبو دالي.", ["hts"]),
    ("تبنى تنظيم داعش الهجوم الانتحاري الذي استهدف حاجزا للجيش العراقي في قضاء طوزخورماتو، وأسفر عن مقتل 5 جنود.",
     ["isis"]),
    ("قالت فصائل المقاومة العراقية إنها استهدفت قاعدة حرير الأمريكية في أربيل بطائرة مسيرة.", ["iran_axis"]),
])
def test_a_claimant_is_the_perpetrator_and_the_target_is_not(text, perpetrators):
    [e] = extract(text, published="2019-01-01")
    assert (e.perpetrators, e.claimed, e.targets) == (perpetrators, True, ["military"])


def test_an_airborne_raid_is_a_clash_counting_the_named_leader():
    [e] = extract("نفذت القوات الأمريكية إنزالا جويا في بلدة أطمة بريف إدلب أسفر عن مقتل زعيم تنظيم داعش "
                  "أبو إبراهيم القرشي و12 شخصا بينهم نساء وأطفال.", published="2022-02-03")
    assert (e.type, e.location.name, e.killed) == ("armed_clash", "أطمة", 13)
    assert "us_coalition" in e.perpetrators


def test_where_a_thing_lies_is_no_scene():
    events = extract("قال مكتب الحاكم إن الجيش قتل 11 مسلحا الليلة الماضية في الإقليم الذي يقع جنوب البلاد "
                     "على الحدود مع سوريا.", published="2018-03-27")
    assert all(e.location.name != "جنوب البلاد" for e in events)


def test_a_cue_word_inside_a_place_name_names_no_type():
    [e] = extract("قتل 3 مدنيين وأصيب 9 آخرون بقذائف هاون أطلقها التنظيم على حي الطيران في الموصل.",
                  published="2017-03-05")
    assert (e.type, e.location.name, e.killed, e.injured) == ("shelling", "الطيران", 3, 9)


def test_car_bombs_destroyed_before_they_struck_are_no_explosion():
    events = extract("قال قائد الشرطة الاتحادية إن قواته قتلت 45 من عناصر التنظيم خلال المعارك في الموصل، "
                     "ودمرت 6 عجلات مفخخة.", published="2017-03-05")
    assert [e.type for e in events] == ["armed_clash"] and "other" in events[0].perpetrators


def test_aircraft_and_artillery_firing_together_are_two_events():
    events = extract("استهدفت الطائرات والمدفعية التركية مواقع لقوات سوريا الديمقراطية في محيط مدينة تل أبيض.",
                     published="2019-10-10")
    assert sorted(e.type for e in events) == ["air_strike", "shelling"]
    assert all(e.perpetrators == ["turkey"] for e in events)


def test_the_verb_of_clashing_is_a_clash_cue():
    [e] = extract("أعلن حزب الله أن مقاتليه تصدوا لمحاولة تسلل إسرائيلية عند أطراف بلدة العديسة واشتبكوا مع "
                  "القوة المتسللة.", published="2024-10-05")
    assert (e.type, e.location.name, e.perpetrators) == ("armed_clash", "العديسة", ["iran_axis", "israel"])


def test_an_assassination_is_typed_by_its_weapon():
    [e] = extract("اغتال مجهولون قياديا سابقا في المعارضة بعبوة ناسفة زرعت في سيارته في مدينة درعا.",
                  published="2020-06-01")
    assert (e.type, e.killed) == ("remote_explosive", 1)
    [e] = extract("اغتال مسلحون مجهولون ناشطا في مدينة البصرة.", published="2020-06-01")
    assert (e.type, e.killed) == ("attack", 1)


def test_bodies_found_in_a_mass_grave_are_no_new_incident():
    assert extract("عثر على جثث 5 أشخاص مجهولي الهوية في مقبرة جماعية قرب مدينة الرقة.", published="2018-07-03") == []


def test_where_fighters_withdrew_to_is_no_scene():
    [e] = extract("وجاء التقدم عقب اشتباكات مع مسلحي تنظيم داعش في حي الحجر الأسود، حيث انسحب أفراد التنظيم "
                  "باتجاه مخيم اليرموك وحي التضامن الملاصقين لحي الحجر الأسود.", published="2018-05-04")
    assert (e.type, e.location.name) == ("armed_clash", "الحجر الأسود")


def test_a_road_from_one_town_to_another_is_one_spot():
    [e] = extract("تعرضت قافلة المهجرين لإطلاق نار مباشر أثناء مرورها على طريق بانياس إلى قلعة المضيق.",
                  published="2018-04-01")
    assert e.location.name == "بانياس"


def test_blasts_only_heard_are_no_incident():
    assert extract("وأفادت مصادرنا بسماع دوي انفجارات في أطراف العاصمة السورية دمشق.", published="2018-06-25") == []


def test_air_strikes_and_shelling_named_with_a_possessive():
    events = extract("كثف النظام غاراته وقصفه المدفعي على الأحياء السكنية في بلدة كفرنبل.", published="2018-04-28")
    assert sorted(e.type for e in events) == ["air_strike", "shelling"]


def test_a_monthly_count_is_a_tally_and_a_camp_is_a_target():
    [e] = extract("وثقت الشبكة السورية لحقوق الإنسان مقتل 327 مدنيا في محافظة إدلب خلال شهر أيار، بينهم 83 طفلا.",
                  published="2019-06-01")
    assert (e.tally, e.killed, e.sources) == (True, 327, ["ngo"])
    [e] = extract("قتل 5 أطفال في غارة استهدفت مخيما للنازحين قرب بلدة سرمدا.", published="2020-02-20")
    assert "camp" in e.targets


def test_a_nationality_in_what_a_source_said_is_the_attacker_not_the_sources_country():
    [e] = extract("قالت مصادر محلية إن الغارات التركية استهدفت قرى في ريف عين العرب، ما أدى إلى مقتل 11 مدنيا.",
                  published="2022-11-20")
    assert (e.perpetrators, e.sources) == (["turkey"], ["activists"])
    [e] = extract("أفادت وكالة الأناضول التركية بمقتل 3 مدنيين في قصف على بلدة قرقميش.", published="2022-11-21")
    assert e.perpetrators == []


def test_a_lead_over_a_region_abroad_gives_way_to_its_unknown_quarters():
    text = ("شنت طائرات الاحتلال الإسرائيلي فجر اليوم السبت سلسلة غارات عنيفة على مناطق متفرقة من قطاع غزة.\n"
            "ففي رفح، استشهد 7 مواطنين في قصف استهدف منزلا في حي الجنينة.\n"
            "وفي خان يونس، استشهد 4 مواطنين جراء استهداف شقة سكنية في حي الأمل.")
    events = extract(text, published="2023-12-02")
    assert [(e.location.name, e.type, e.killed) for e in events] == [("الجنينة", "air_strike", 7),
                                                                     ("الأمل", "air_strike", 4)]


def test_a_force_announcing_its_capture_is_its_perpetrator():
    [e] = extract("أعلنت قوات سوريا الديمقراطية السيطرة الكاملة على مدينة الرقة بعد طرد آخر عناصر تنظيم داعش.",
                  published="2017-10-17")
    assert (e.type, e.location.name, e.perpetrators) == ("territory_change", "الرقة", ["sdf"])


def test_fighting_over_and_mines_cleared_are_no_incident():
    assert extract("وقال المتحدث إن المعارك انتهت في مدينة الرقة، وإن عمليات التمشيط جارية لتطهيرها من الألغام.",
                   published="2017-10-17") == []


def test_a_claim_denied_is_no_claim():
    text = ("قتل 10 أشخاص في انفجار سيارة مفخخة في سوق مدينة أعزاز.\n"
            "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.")
    [e] = extract(text, published="2019-06-05")
    assert (e.claimed, e.perpetrators, e.sources) == (False, [], [])


@pytest.mark.parametrize("text", [
    "هاجم مسلحون حاجزا للجيش في بلدة جاسم ما أدى إلى مقتل 3 عناصر.",
    "لم يتبن أحد الهجوم الذي استهدف حاجزا للجيش في بلدة جاسم وأدى إلى مقتل 3 عناصر.",
])
def test_a_post_of_the_army_in_a_town_is_an_event_there(text):
    [e] = extract(text, published="2019-06-05")
    assert (e.type, e.location.name, e.killed) == ("armed_clash", "جاسم", 3)


def test_a_claimed_attack_on_an_army_post_and_an_army_headquarters_hit():
    [e] = extract("تبنى تنظيم الدولة الإسلامية في بيان الهجوم على حاجز للجيش في مدينة درعا.", published="2019-06-05")
    assert (e.location.name, e.perpetrators, e.claimed) == ("درعا", ["isis"], True)
    [e] = extract("استهدف هجوم انتحاري مقرا للجيش العراقي في قضاء تلعفر.", published="2019-06-05")
    assert (e.type, e.perpetrators, e.targets) == ("suicide_bomb", [], ["military"])


def test_the_barren_hills_of_a_border_town_locate_it():
    [e] = extract("قتل 4 جنود لبنانيين في اشتباك مع مسلحين على حاجز للجيش اللبناني في منطقة جرود عرسال.",
                  published="2017-08-01")
    assert (e.type, e.location.name, e.location.country, e.killed, e.perpetrators) == (
        "armed_clash", "عرسال", "LB", 4, ["other"])


def test_a_source_word_inside_an_armed_groups_name_gives_no_seat():
    [e] = extract("قصفت طائرات مسيرة مجهولة مقرات لكتائب حزب الله في منطقة القائم على الحدود العراقية السورية.",
                  published="2019-09-01")
    assert (e.type, e.location.name, e.perpetrators, e.targets) == ("air_strike", "القائم", [], ["military"])


def test_a_chemical_weapons_laboratory_found_is_no_attack():
    assert extract("وأضاف أن ذلك يؤكد اكتشاف مختبر إنتاج أسلحة كيماوية في منطقة أفتريس السكنية.",
                   published="2018-03-13") == []


def test_an_offensive_stopped_before_it_began_is_no_event():
    assert extract("وأوقف الاتفاق بين تركيا وروسيا شن هجوم من الحكومة السورية على محافظة إدلب.",
                   published="2018-10-08") == []


def test_a_bridge_struck_is_infrastructure():
    [e] = extract("قصفت طائرات التحالف جسرا على نهر الفرات قرب بلدة الشحيل.", published="2018-05-14")
    assert (e.type, e.targets, e.perpetrators) == ("air_strike", ["infrastructure"], ["us_coalition"])


def test_a_vehicle_belonging_to_a_source_is_hit_where_the_text_says():
    [e] = extract("استهدفت غارة سيارة إسعاف تابعة للدفاع المدني في مدينة سراقب.", published="2018-05-14")
    assert (e.type, e.location.name, "medical" in e.targets) == ("air_strike", "سراقب", True)


@pytest.mark.parametrize("text,target", [
    ("استهدفت غارة مركزا للدفاع المدني في بلدة معرة حرمة.", "civil_defence"),
    ("قصفت الطائرات مستشفى تدعمه منظمة أطباء بلا حدود في بلدة معرة النعمان.", "medical"),
    ("استهدف قصف قافلة للهلال الأحمر في مدينة دوما.", "humanitarian"),
])
def test_an_organisations_facility_hit_in_a_town_is_an_event_there(text, target):
    [e] = extract(text, published="2018-05-14")
    assert target in e.targets and e.location.name in text


def test_civil_defence_volunteers_killed_are_a_civil_defence_target():
    [e] = extract("قتل ثلاثة متطوعين في الدفاع المدني بغارة على بلدة سراقب.", published="2018-05-14")
    assert (e.killed, e.targets) == (3, ["civil_defence"])


def test_a_countryside_holds_the_area_named_in_it():
    [e] = extract("ألقى الطيران المروحي 12 برميلا متفجرا على مناطق في محور كبانة بجبل الأكراد في ريف اللاذقية "
                  "الشمالي.", published="2019-08-27")
    assert (e.type, e.location.name, e.location.admin1) == ("air_strike", "جبل الأكراد", "Lattakia")


def test_the_towns_a_road_joins_are_no_scene():
    events = extract('سيطرت قوات النظام على كامل الطريق الدولي "إم 5" الذي يصل بين حلب ودمشق بعد معارك عنيفة '
                     'مع الفصائل في ريف حلب الجنوبي الغربي.', published="2020-02-11")
    assert [(e.type, e.location.name) for e in events] == [("territory_change", "ريف حلب الجنوبي الغربي")]


def test_a_forces_own_aircraft_strike_from_the_air():
    [e] = extract("وقالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع المسلحين في منطقة خفض التصعيد بإدلب.",
                  published="2018-11-25")
    assert (e.type, e.perpetrators) == ("air_strike", ["russia"])
