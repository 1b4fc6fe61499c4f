"""Whole articles: a lead, place-by-place detail, quotes and background paragraphs.

The first QA rounds used one to three sentences. The extractor is scored on real
articles, which are longer: a lead that sums up, details place by place, quotes
with their own day, and background (history, whole-war tolls, threats,
negotiations, ceasefires, displacement, arrests, accidents, foiled attacks,
troop movements) that must add nothing. The articles here are written for
these tests in the house style of Al Jazeera, Enab Baladi, SOHR, SANA, Reuters,
Al-Araby al-Jadeed, Anadolu, Rudaw and Gaza reporting, each with a title and a
publication day. For each article one test asserts the FULL set of incidents a
careful coder following the codebook (shared/spec/event-model.md) records, as
(place, type, date) triples, and the tallies apart; other tests assert key
fields.

Places compare and xfail marks work as ``articles.py`` explains.
"""

from __future__ import annotations

import pytest

from marsad.evaluate.names import names_match, normalize_name
from marsad.model import Event

from .articles import Article, events, incidents, tallies, triples, xfail


def assert_incidents(a: Article, expected: list[tuple[str, str, str | None]]) -> None:
    got = triples(incidents(a), expected)
    assert got == sorted(expected, key=str)


def only_at(found: list[Event], name: str, type_: str | None = None) -> Event:
    key = normalize_name(name)
    hits = [e for e in found if names_match(normalize_name(e.location.name), key)
            and (type_ is None or e.type == type_)]
    assert len(hits) == 1, (f"expected one event at {name} ({type_}), got "
                            f"{sorted((e.location.name, e.type, str(e.date)) for e in found)}")
    return hits[0]


def at_all(found: list[Event], name: str) -> list[Event]:
    key = normalize_name(name)
    return [e for e in found if names_match(normalize_name(e.location.name), key)]


# ================================================================ 1. Al Jazeera, Idlib 2019: lead + detail + background

IDLIB_AJ = Article(
    title="قتلى مدنيون بغارات روسية وسورية على ريف إدلب الجنوبي",
    published="2019-05-28",  # a Tuesday
    text=(
        "قتل 14 مدنياً اليوم الثلاثاء في غارات شنها الطيران الحربي الروسي والسوري على بلدات وقرى في "
        "ريف إدلب الجنوبي شمال غربي سوريا، وفق ما أفاد الدفاع المدني السوري (الخوذ البيضاء).\n"
        "وقال الدفاع المدني إن ستة مدنيين بينهم طفلان قتلوا في غارات استهدفت سوقاً شعبياً وسط مدينة "
        "معرة النعمان، بينما قتل أربعة آخرون في غارات مماثلة على بلدة كفرنبل. كما طالت الغارات قرية "
        "حاس دون ورود أنباء عن إصابات.\n"
        "وفي ريف حماة الشمالي، قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرزيتا، ما أدى إلى دمار واسع "
        "في منازل المدنيين.\n"
        "من جهتها، نفت وزارة الدفاع الروسية في بيان استهداف طائراتها «مناطق مدنية»، وقالت إنها "
        "\"تضرب الإرهابيين فقط\".\n"
        "وهدد مسؤولون روس بتوسيع العملية العسكرية لتشمل مدينة إدلب، في حين تتواصل المفاوضات بين "
        "أنقرة وموسكو لإنقاذ اتفاق وقف إطلاق النار الذي توصل إليه الجانبان في سوتشي في أيلول 2018.\n"
        "ونزح أكثر من 200 ألف شخص من ريفي حماة وإدلب منذ نهاية نيسان الماضي، بحسب الأمم المتحدة.\n"
        "وتشهد سوريا منذ عام 2011 حرباً أودت بحياة أكثر من 370 ألف شخص وشردت الملايين."
    ),
)


def test_idlib_aj_incidents_are_the_detail_and_nothing_from_the_background():
    d = IDLIB_AJ.published
    assert_incidents(IDLIB_AJ, [("معرة النعمان", "air_strike", d), ("كفرنبل", "air_strike", d),
                                ("حاس", "air_strike", d), ("كفرزيتا", "shelling", d)])


def test_idlib_aj_whole_war_toll_and_displacement_are_no_tally():
    assert tallies(IDLIB_AJ) == []


def test_idlib_aj_lead_toll_is_not_moved_onto_a_detail_with_its_own():
    found = incidents(IDLIB_AJ)
    e = only_at(found, "معرة النعمان", "air_strike")
    assert (e.killed, e.killed_qualifier, e.killed_groups.get("children")) == (6, "exact", 2)
    assert only_at(found, "كفرنبل", "air_strike").killed == 4
    assert only_at(found, "حاس", "air_strike").killed is None


def test_idlib_aj_lead_names_attackers_and_source_of_every_strike():
    found = incidents(IDLIB_AJ)
    for name in ("معرة النعمان", "كفرنبل", "حاس"):
        e = only_at(found, name, "air_strike")
        assert (e.perpetrators, e.sources) == (["russia", "syria_gov"], ["civil_defence"]), name
    assert sorted(only_at(found, "معرة النعمان").targets) == ["civilians", "market"]


def test_idlib_aj_hama_shelling_is_the_regime_on_homes():
    e = only_at(incidents(IDLIB_AJ), "كفرزيتا")
    assert (e.type, e.perpetrators, e.targets, e.location.admin1) == (
        "shelling", ["syria_gov"], ["civilians"], "Hama")


# ================================================================ 2. SOHR, north Hama 2019: toll in the lead, campaign tally

HAMA_SOHR = Article(
    title="المرصد السوري: 7 قتلى بينهم 3 أطفال بقصف صاروخي لقوات النظام على ريف حماة الشمالي",
    published="2019-05-14",  # a Tuesday
    text=(
        "قتل 7 مواطنين بينهم 3 أطفال وامرأة جراء قصف صاروخي نفذته قوات النظام صباح اليوم الثلاثاء على "
        "ريف حماة الشمالي، حيث استهدف القصف بلدة كفرزيتا ومدينة اللطامنة وقرية الزكاة، وسط تحليق مكثف "
        "لطائرات الاستطلاع في أجواء المنطقة.\n"
        "كما توفي رجل متأثراً بجراح أصيب بها جراء قصف مدفعي لقوات النظام على بلدة كفرنبودة يوم أمس "
        "الاثنين.\n"
        "وعلى صعيد متصل، قتل 3 عناصر من قوات النظام في اشتباكات مع الفصائل على محور بلدة كبانة بجبل "
        "الأكراد في ريف اللاذقية الشمالي مساء أمس.\n"
        "ومنذ بدء الهجوم قبل ثلاثة أسابيع، قتل أكثر من 500 مدني بينهم 120 طفلاً في ريف حماة الشمالي، "
        "وفقاً لإحصاءات المرصد السوري لحقوق الإنسان.\n"
        "ونزح عشرات الآلاف من المدنيين من قرى ريف حماة الشمالي باتجاه المخيمات الحدودية مع تركيا هرباً "
        "من القصف، فيما رصد المرصد وصول تعزيزات عسكرية لقوات النظام إلى محيط مدينة محردة."
    ),
)


def test_hama_sohr_incidents():
    d, y = "2019-05-14", "2019-05-13"
    assert_incidents(HAMA_SOHR, [("كفرزيتا", "shelling", d), ("اللطامنة", "shelling", d),
                                 ("الزكاة", "shelling", d), ("كفرنبودة", "shelling", y),
                                 ("كبانة", "armed_clash", y)])


def test_hama_sohr_lead_toll_goes_on_the_first_place_only():
    found = incidents(HAMA_SOHR)
    e = only_at(found, "كفرزيتا", "shelling")
    assert (e.killed, e.killed_qualifier, e.killed_groups.get("children")) == (7, "exact", 3)
    assert e.perpetrators == ["syria_gov"]
    assert [only_at(found, n, "shelling").killed for n in ("اللطامنة", "الزكاة")] == [None, None]


@xfail("§10 the headline 'المرصد السوري: 7 قتلى ...' attributes the bulletin to sohr (sources [] come "
       "out: a source span must point into the text, and this one is in the title)")
def test_hama_sohr_woman_among_the_dead_and_headline_source():
    e = only_at(incidents(HAMA_SOHR), "كفرزيتا", "shelling")
    assert e.killed_groups.get("women") == 1  # 'بينهم 3 أطفال وامرأة'
    assert e.sources == ["sohr"]  # headline 'المرصد السوري: 7 قتلى ...'


def test_hama_sohr_died_of_wounds_counts_on_the_day_of_the_shelling():
    e = only_at(incidents(HAMA_SOHR), "كفرنبودة")
    assert (e.killed, e.date, e.perpetrators) == (1, "2019-05-13", ["syria_gov"])


def test_hama_sohr_front_line_clash_lists_both_sides():
    e = only_at(incidents(HAMA_SOHR), "كبانة")
    assert (e.killed, e.date) == (3, "2019-05-13")
    assert e.perpetrators == ["opposition", "syria_gov"]


def test_hama_sohr_campaign_toll_is_one_tally_without_date():
    found = tallies(HAMA_SOHR)
    assert len(found) == 1, [(e.location.name, e.killed) for e in found]
    t = found[0]
    assert names_match(normalize_name(t.location.name), normalize_name("ريف حماة الشمالي"))
    assert (t.killed, t.killed_qualifier, t.killed_groups.get("children"), t.date) == (
        500, "at_least", 120, None)


# ================================================================ 3. Enab Baladi, Daraa 2021: insecurity, settlement, arrests

DARAA_ENAB = Article(
    title="مقتل شاب برصاص مجهولين في طفس وإصابة ثلاثة عناصر للنظام بانفجار في المزيريب",
    published="2021-08-10",  # a Tuesday
    text=(
        "قتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي، مساء الاثنين 9 من آب، بحسب ما "
        "أفاد به \"تجمع أحرار حوران\".\n"
        "وقال التجمع إن مسلحين يستقلون دراجة نارية أطلقوا النار على الشاب أمام منزله، ما أدى إلى مقتله "
        "على الفور، ولم تتبنَّ أي جهة العملية.\n"
        "وفي سياق متصل، انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقوات النظام عند مدخل بلدة المزيريب "
        "صباح اليوم، الثلاثاء، ما أدى إلى إصابة ثلاثة عناصر بجروح متفاوتة.\n"
        "وكانت بلدة اليادودة المجاورة شهدت قبل أيام اغتيال عضو سابق في لجنة المصالحة برصاص "
        "مجهولين.\n"
        "ودخلت قوات النظام بلدة أم المياذن في ريف درعا الشرقي بموجب اتفاق تسوية رعته روسيا، بعد "
        "مفاوضات مع اللجنة المركزية، وسلّم عشرات الشبان أسلحتهم الخفيفة.\n"
        "واعتقلت قوات الأمن العسكري خمسة شبان على حاجز في مدينة إزرع الأسبوع الماضي، بحسب "
        "التجمع.\n"
        "وتعيش محافظة درعا حالة من الفلتان الأمني منذ سيطرة قوات النظام عليها بموجب اتفاق \"التسوية\" "
        "في تموز 2018، إذ وثق \"مكتب توثيق الشهداء في درعا\" مقتل 45 شخصاً في المحافظة خلال تموز "
        "الماضي."
    ),
)


def test_daraa_enab_incidents_without_settlement_entry_or_arrests():
    assert_incidents(DARAA_ENAB, [("طفس", "attack", "2021-08-09"),
                                  ("المزيريب", "remote_explosive", "2021-08-10"),
                                  ("اليادودة", "attack", None)])


def test_daraa_enab_shooting_one_killed_by_unknown_gunmen_local_network():
    e = only_at(incidents(DARAA_ENAB), "طفس")
    assert (e.killed, e.perpetrators, e.sources) == (1, [], ["local_media"])


def test_daraa_enab_ied_on_army_vehicle_injures_three_soldiers():
    e = only_at(incidents(DARAA_ENAB), "المزيريب")
    assert (e.killed, e.injured, e.injured_qualifier) == (None, 3, "exact")
    assert (e.targets, e.perpetrators) == (["military"], [])


def test_daraa_enab_monthly_toll_is_a_tally():
    found = tallies(DARAA_ENAB)
    assert [(e.killed, e.killed_qualifier, e.date) for e in found] == [(45, "exact", None)]
    assert names_match(normalize_name(found[0].location.name), normalize_name("درعا"))


# ================================================================ 4. SANA, Aleppo 2016: city lead, neighbourhood detail

ALEPPO_SANA = Article(
    title="استشهاد 5 مدنيين وإصابة 18 باعتداءات إرهابية بالقذائف على أحياء سكنية في حلب",
    published="2016-11-08",  # a Tuesday
    text=(
        "حلب-سانا\n"
        "استشهد 5 مدنيين وأصيب 18 آخرون بينهم أطفال جراء اعتداءات التنظيمات الإرهابية بالقذائف "
        "الصاروخية على أحياء سكنية في مدينة حلب اليوم.\n"
        "وأفاد مراسل سانا في حلب بأن إرهابيين أطلقوا قذائف صاروخية على حيي الحمدانية وصلاح الدين، ما "
        "أسفر عن استشهاد 3 مدنيين وإصابة 11 آخرين، فيما سقطت قذائف هاون على حي الميدان ما أدى إلى "
        "استشهاد مدنيين اثنين وإصابة 7 آخرين بجروح، وإلحاق أضرار مادية بالمنازل والممتلكات العامة.\n"
        "وتأتي هذه الاعتداءات بعد يومين من استشهاد 4 مدنيين جراء قذائف صاروخية أطلقها الإرهابيون على "
        "حي الموكامبو.\n"
        "وفي ريف اللاذقية، أحبطت الجهات المختصة محاولة تفجير سيارة مفخخة بمدينة جبلة، وضبطتها قبل "
        "وصولها إلى هدفها دون وقوع أي أضرار.\n"
        "إلى ذلك، وصلت تعزيزات عسكرية كبيرة لوحدات الجيش العربي السوري إلى جبهات ريف حلب الجنوبي، في "
        "حين أكد مصدر عسكري أن وحدات الجيش «ستواصل عملياتها حتى تطهير كامل الأحياء الشرقية من "
        "الإرهاب»."
    ),
)


def test_aleppo_sana_incidents_are_the_neighbourhoods():
    d = "2016-11-08"
    assert_incidents(ALEPPO_SANA, [("الحمدانية", "shelling", d), ("صلاح الدين", "shelling", d),
                                   ("الميدان", "shelling", d), ("الموكامبو", "shelling", "2016-11-06")])


def test_aleppo_sana_figure_for_two_neighbourhoods_goes_on_the_first():
    found = incidents(ALEPPO_SANA)
    e = only_at(found, "الحمدانية")
    assert (e.killed, e.injured) == (3, 11)
    f = only_at(found, "صلاح الدين")
    assert (f.killed, f.injured) == (None, None)


def test_aleppo_sana_mortars_on_midan_dual_killed():
    e = only_at(incidents(ALEPPO_SANA), "الميدان")
    assert (e.killed, e.injured, e.perpetrators, e.sources) == (2, 7, ["opposition"], ["state_media"])


def test_aleppo_sana_earlier_incident_two_days_before():
    e = only_at(incidents(ALEPPO_SANA), "الموكامبو")
    assert (e.date, e.killed, e.perpetrators) == ("2016-11-06", 4, ["opposition"])


# ================================================================ 5. Reuters, Eastern Ghouta 2018: statement day, two sources

GHOUTA_REUTERS = Article(
    title="المرصد: مقتل 100 مدني على الأقل في قصف للغوطة الشرقية في أحد أكثر الأيام دموية",
    published="2018-02-21",  # a Wednesday
    text=(
        "بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن 100 مدني على الأقل قتلوا في "
        "غارات جوية وقصف مدفعي لقوات الحكومة السورية على الغوطة الشرقية يوم الاثنين، في واحد من أكثر "
        "الأيام دموية منذ بدء الحرب.\n"
        "وقال المرصد إن الطائرات الحربية شنت يوم الاثنين غارات على بلدة حمورية ما أسفر عن مقتل 27 "
        "شخصاً على الأقل بينهم 8 أطفال، في حين قال الدفاع المدني في الغوطة إن 31 شخصاً قتلوا في البلدة.\n"
        "وأضاف المرصد أن غارات جوية وقصفاً مدفعياً استهدفا بلدة سقبا مساء أمس، ما أدى إلى مقتل 17 "
        "شخصاً.\n"
        "وقال بانوس مومسيس منسق الأمم المتحدة الإقليمي للشؤون الإنسانية إن \"استهداف المدنيين الأبرياء "
        "والبنية التحتية يجب أن يتوقف الآن\".\n"
        "وتناقش الدول الأعضاء في مجلس الأمن مشروع قرار يدعو إلى هدنة لمدة 30 يوماً في سوريا، في حين "
        "تقول دمشق وموسكو إن العملية تستهدف «الإرهابيين» الذين يقصفون العاصمة.\n"
        "وقالت وسائل الإعلام الرسمية إن قذائف أطلقها مقاتلو المعارضة من الغوطة الشرقية قتلت مدنياً في "
        "حي باب توما بدمشق يوم الثلاثاء.\n"
        "وتحاصر القوات الحكومية الغوطة الشرقية منذ عام 2013، ويعيش فيها نحو 400 ألف شخص."
    ),
)


def test_ghouta_reuters_incidents():
    mon, tue = "2018-02-19", "2018-02-20"
    assert_incidents(GHOUTA_REUTERS, [("حمورية", "air_strike", mon), ("سقبا", "air_strike", mon),
                                      ("سقبا", "shelling", mon), ("باب توما", "shelling", tue)])


def test_ghouta_reuters_two_sources_give_the_lowest_figure():
    e = only_at(incidents(GHOUTA_REUTERS), "حمورية", "air_strike")
    assert (e.killed, e.killed_qualifier, e.killed_groups.get("children")) == (27, "at_least", 8)
    assert e.sources == ["civil_defence", "sohr"]
    assert e.perpetrators == ["syria_gov"]  # the lead names the attackers of the Ghouta series


def test_ghouta_reuters_two_types_share_one_figure_on_the_first():
    found = incidents(GHOUTA_REUTERS)
    assert only_at(found, "سقبا", "air_strike").killed == 17
    assert only_at(found, "سقبا", "shelling").killed is None


def test_ghouta_reuters_amsi_resolves_against_the_statement_day():
    # 'قال المرصد يوم الثلاثاء ... مساء أمس' → the Monday, not the day before publication
    assert {e.date for e in at_all(incidents(GHOUTA_REUTERS), "سقبا")} == {"2018-02-19"}


def test_ghouta_reuters_state_media_shell_on_bab_touma():
    e = only_at(incidents(GHOUTA_REUTERS), "باب توما")
    assert (e.killed, e.perpetrators, e.sources) == (1, ["opposition"], ["state_media"])


# ================================================================ 6. Al-Araby al-Jadeed, Idlib 2024: on the chemical anniversary

IDLIB_ARABY = Article(
    title="قتيلة وجرحى بقصف للنظام على ريف إدلب في ذكرى مجزرة الكيماوي",
    published="2024-08-21",  # a Wednesday
    text=(
        "قتلت امرأة وأصيب طفلان بجروح، اليوم الأربعاء، جراء قصف مدفعي لقوات النظام السوري استهدف "
        "الأحياء السكنية في مدينة سرمين شرقي إدلب، بحسب ما أفاد الدفاع المدني السوري.\n"
        "وقال مراسل \"العربي الجديد\" في إدلب إن قوات النظام استهدفت أيضاً بقذائف الهاون أطراف بلدة "
        "النيرب المجاورة دون تسجيل إصابات، فيما سقطت قذيفة صاروخية على مدرسة في قرية آفس.\n"
        "وفي ريف حلب الغربي، قتل عنصران من «هيئة تحرير الشام» برصاص قناص لقوات النظام على محور قرية "
        "كفرعمة، ليل الثلاثاء - الأربعاء.\n"
        "ويصادف اليوم الذكرى الحادية عشرة لمجزرة الكيماوي التي ارتكبتها قوات النظام في الغوطة الشرقية "
        "بريف دمشق في 21 آب 2013، حين استهدفت بلدات زملكا وعين ترما ومعضمية الشام بصواريخ محملة بغاز "
        "السارين، ما أدى إلى مقتل أكثر من 1400 شخص بينهم مئات الأطفال.\n"
        "ونظم ناشطون وقفات احتجاجية في مدن إدلب وإعزاز والباب لإحياء الذكرى، مطالبين بمحاسبة "
        "المسؤولين عن المجزرة.\n"
        "وكانت طائرة مسيرة انتحارية تابعة لقوات النظام قد استهدفت سيارة مدنية قرب بلدة الأتارب الأسبوع "
        "الماضي، ما أدى إلى إصابة مدنيين اثنين.\n"
        "ويتعرض ريف إدلب لقصف شبه يومي من قوات النظام رغم اتفاق وقف إطلاق النار الموقع بين روسيا "
        "وتركيا في آذار 2020."
    ),
)


def test_idlib_araby_incidents_without_the_2013_chemical_attack():
    d = "2024-08-21"
    assert_incidents(IDLIB_ARABY, [("سرمين", "shelling", d), ("النيرب", "shelling", d),
                                   ("آفس", "shelling", d), ("كفرعمة", "armed_clash", "2024-08-20"),
                                   ("الأتارب", "air_strike", None)])


def test_idlib_araby_woman_killed_children_injured():
    e = only_at(incidents(IDLIB_ARABY), "سرمين")
    assert (e.killed, e.injured, e.killed_groups.get("women"), e.killed_groups.get("children")) == (
        1, 2, 1, None)
    assert (e.perpetrators, e.sources, e.targets) == (["syria_gov"], ["civil_defence"], ["civilians"])


def test_idlib_araby_night_across_two_days_is_the_first():
    e = only_at(incidents(IDLIB_ARABY), "كفرعمة")
    assert (e.type, e.date, e.killed) == ("armed_clash", "2024-08-20", 2)


def test_idlib_araby_drone_last_week_is_an_event_without_date():
    e = only_at(incidents(IDLIB_ARABY), "الأتارب")
    assert (e.type, e.date, e.injured, e.perpetrators) == ("air_strike", None, 2, ["syria_gov"])


# ================================================================ 7. Al Jazeera, west Aleppo 2024: captures after fighting

ALEPPO_AJ = Article(
    title="المعارضة السورية تسيطر على قرى بريف حلب الغربي ضمن عملية «ردع العدوان»",
    published="2024-11-28",  # a Thursday
    text=(
        "سيطرت فصائل المعارضة السورية المسلحة، اليوم الخميس، على بلدة خان العسل وقرية عنجارة في ريف "
        "حلب الغربي، بعد معارك عنيفة مع قوات النظام السوري، وذلك في اليوم الثاني من عملية أطلقت عليها "
        "اسم «ردع العدوان».\n"
        "وقالت \"إدارة العمليات العسكرية\" في بيان إن مقاتليها \"حرروا\" البلدتين، وإنهم \"يواصلون "
        "التقدم نحو مدينة حلب\".\n"
        "وكانت الفصائل قد سيطرت أمس الأربعاء على قرية الشيخ عقيل وبلدة قبتان الجبل بعد اشتباكات أسفرت "
        "عن مقتل 37 عنصراً من قوات النظام، بحسب المرصد السوري لحقوق الإنسان.\n"
        "ودخلت الفصائل بلدة أورم الكبرى بعد انسحاب قوات النظام منها دون قتال.\n"
        "في المقابل، شن الطيران الحربي الروسي والسوري غارات على مدينة الأتارب وبلدة دارة عزة، ما أدى إلى "
        "مقتل 4 مدنيين في الأتارب، وفق الدفاع المدني السوري (الخوذ البيضاء).\n"
        "وقالت وزارة الدفاع السورية في بيان إن قواتها «تتصدى لهجوم كبير» وأرسلت تعزيزات عسكرية إلى "
        "محاور ريف حلب الغربي.\n"
        "ويأتي الهجوم بعد أكثر من أربع سنوات من الهدوء النسبي الذي فرضه اتفاق وقف إطلاق النار الروسي "
        "التركي في آذار 2020، في حين هددت موسكو بـ\"رد حازم\"."
    ),
)


def test_aleppo_aj_captures_after_fighting_and_strikes_but_no_entry_without_fighting():
    thu, wed = "2024-11-28", "2024-11-27"
    assert_incidents(ALEPPO_AJ, [("خان العسل", "territory_change", thu),
                                 ("عنجارة", "territory_change", thu),
                                 ("الشيخ عقيل", "territory_change", wed),
                                 ("قبتان الجبل", "territory_change", wed),
                                 ("الأتارب", "air_strike", thu), ("دارة عزة", "air_strike", thu)])


def test_aleppo_aj_capture_names_the_opposition():
    found = incidents(ALEPPO_AJ)
    for name in ("خان العسل", "عنجارة", "الشيخ عقيل", "قبتان الجبل"):
        assert "opposition" in only_at(found, name, "territory_change").perpetrators, name


def test_aleppo_aj_toll_of_two_captures_on_the_first():
    found = incidents(ALEPPO_AJ)
    e = only_at(found, "الشيخ عقيل", "territory_change")
    assert (e.killed, e.sources) == (37, ["sohr"])
    assert only_at(found, "قبتان الجبل", "territory_change").killed is None


def test_aleppo_aj_strikes_toll_source_and_attackers():
    found = incidents(ALEPPO_AJ)
    e = only_at(found, "الأتارب", "air_strike")
    assert (e.killed, e.perpetrators, e.sources, e.targets) == (
        4, ["russia", "syria_gov"], ["civil_defence"], ["civilians"])
    assert only_at(found, "دارة عزة", "air_strike").killed is None


# ================================================================ 8. Anadolu, Ankara 2024: attack in Turkey, strikes in Iraq

ANKARA_AA = Article(
    title="تركيا.. 5 قتلى و22 جريحاً في هجوم إرهابي على مقر «توساش» بأنقرة",
    published="2024-10-24",  # a Thursday
    text=(
        "أنقرة/ الأناضول\n"
        "قتل 5 أشخاص وأصيب 22 آخرون، في حصيلة أولية، جراء هجوم إرهابي مسلح استهدف مقر شركة صناعات "
        "الفضاء التركية (توساش) في قضاء كهرمان كازان بالعاصمة أنقرة، مساء أمس الأربعاء.\n"
        "وقال وزير الداخلية علي يرلي قايا إن مهاجمَين اثنين، رجلاً وامرأة، فتحا النار على الموظفين "
        "والمارة عند مدخل المقر، قبل أن تقتلهما قوات الأمن.\n"
        "ورداً على الهجوم، شنت المقاتلات التركية ليل الأربعاء - الخميس غارات على 32 هدفاً لتنظيم "
        "\"بي كا كا\" الإرهابي في منطقتي قنديل وأسوس شمالي العراق، بحسب بيان لوزارة الدفاع التركية.\n"
        "وفي سياق منفصل، لقي طياران تركيان مصرعهما إثر تحطم طائرة تدريب عسكرية في ولاية قيصري وسط "
        "البلاد، أثناء طلعة تدريبية روتينية، وفق بيان للوزارة.\n"
        "وأحبطت قوات الأمن التركية الشهر الماضي مخططاً لتفجير سيارة مفخخة في ولاية غازي عنتاب، "
        "واعتقلت الشرطة 18 مشتبهاً بهم في إسطنبول على صلة بالتنظيم.\n"
        "وتوعد الرئيس رجب طيب أردوغان بأن تركيا «لن تسمح بإقامة ممر إرهابي على حدودها الجنوبية».\n"
        "وتسبب نزاع \"بي كا كا\" منذ عام 1984 في مقتل أكثر من 40 ألف شخص."
    ),
)


def test_ankara_aa_incidents_without_crash_foiled_plot_or_arrests():
    wed = "2024-10-23"
    assert_incidents(ANKARA_AA, [("كهرمان كازان", "attack", wed), ("قنديل", "air_strike", wed),
                                 ("أسوس", "air_strike", wed)])


def test_ankara_aa_preliminary_toll_counts_as_stated():
    e = only_at(incidents(ANKARA_AA), "كهرمان كازان")
    assert (e.killed, e.killed_qualifier, e.injured, e.injured_qualifier) == (5, "exact", 22, "exact")
    assert (e.location.country, e.location.admin1) == ("TR", None)
    assert e.sources == ["government"]


def test_ankara_aa_turkish_strikes_in_iraq_night_across_two_days():
    found = incidents(ANKARA_AA)
    for name in ("قنديل", "أسوس"):
        e = only_at(found, name, "air_strike")
        assert (e.date, e.location.country, e.perpetrators, e.sources) == (
            "2024-10-23", "IQ", ["turkey"], ["military"]), name


# ================================================================ 9. SOHR, Idlib 2019: monthly toll by perpetrator, Iraq aside

IDLIB_SOHR_MONTH = Article(
    title="المرصد السوري يوثق مقتل 215 مدنياً في إدلب خلال تشرين الأول",
    published="2019-11-01",  # a Friday
    text=(
        "وثق المرصد السوري لحقوق الإنسان مقتل 215 مدنياً في محافظة إدلب خلال شهر تشرين الأول/أكتوبر، "
        "هم 132 قتلوا في غارات الطيران الروسي، و83 قتلوا في قصف قوات النظام وغاراتها.\n"
        "وفي سياق آخر، رصد المرصد السوري صباح اليوم الجمعة غارات نفذتها طائرات حربية روسية على قرية "
        "البارة في جبل الزاوية، ما أدى إلى مقتل رجل وزوجته، فيما استهدفت قوات النظام بالقذائف "
        "الصاروخية مدينة كفرنبل.\n"
        "كما قتل مواطن متأثراً بجراح أصيب بها في قصف مدفعي لقوات النظام على بلدة معرة حرمة يوم الثلاثاء "
        "الماضي.\n"
        "وعلى صعيد آخر، شهد ريف حلب الشمالي اشتباكات بين فصائل «الجيش الوطني» المدعوم من تركيا وقوات "
        "سوريا الديمقراطية (قسد) على محور قرية عون الدادات قرب منبج، ليل الخميس - الجمعة، دون ورود "
        "معلومات عن خسائر بشرية.\n"
        "وفي العراق، قتل 3 عناصر من الحشد الشعبي بهجوم لخلايا تنظيم \"داعش\" على موقع لهم قرب قضاء "
        "القائم غربي محافظة الأنبار، أمس، بحسب مصادر أمنية عراقية.\n"
        "ويأتي ذلك رغم اتفاق وقف إطلاق النار في إدلب، ووسط مفاوضات اللجنة الدستورية السورية التي "
        "انطلقت في جنيف هذا الأسبوع."
    ),
)


def test_idlib_sohr_month_incidents_include_iraq():
    fri, thu = "2019-11-01", "2019-10-31"
    assert_incidents(IDLIB_SOHR_MONTH, [("البارة", "air_strike", fri), ("كفرنبل", "shelling", fri),
                                        ("معرة حرمة", "shelling", "2019-10-29"),
                                        ("عون الدادات", "armed_clash", thu),
                                        ("القائم", "armed_clash", thu)])


@xfail("§11 a toll broken down by perpetrator ('هم 132 ... الطيران الروسي، و83 ... قوات النظام') is "
       "one tally per perpetrator; a single tally of 215 with perpetrators ['russia'] comes out")
def test_idlib_sohr_month_toll_by_perpetrator_is_one_tally_each():
    found = tallies(IDLIB_SOHR_MONTH)
    assert sorted((e.perpetrators, e.killed, e.date) for e in found) == [
        (["russia"], 132, None), (["syria_gov"], 83, None)]
    assert all(names_match(normalize_name(e.location.name), normalize_name("إدلب")) for e in found)


def test_idlib_sohr_month_man_and_wife_are_two_killed_by_russia():
    e = only_at(incidents(IDLIB_SOHR_MONTH), "البارة")
    assert (e.killed, e.perpetrators, e.sources) == (2, ["russia"], ["sohr"])


def test_idlib_sohr_month_died_of_wounds_last_tuesday():
    e = only_at(incidents(IDLIB_SOHR_MONTH), "معرة حرمة")
    assert (e.date, e.killed, e.perpetrators) == ("2019-10-29", 1, ["syria_gov"])


def test_idlib_sohr_month_national_army_against_sdf():
    e = only_at(incidents(IDLIB_SOHR_MONTH), "عون الدادات")
    assert (e.perpetrators, e.killed, e.location.admin1) == (["opposition", "sdf"], None, "Aleppo")


def test_idlib_sohr_month_isis_attack_in_iraq():
    e = only_at(incidents(IDLIB_SOHR_MONTH), "القائم")
    assert (e.location.country, e.killed, e.sources) == ("IQ", 3, ["military"])
    assert "isis" in e.perpetrators


# ================================================================ 10. Rudaw-style, Iraq 2021: ISIS attack, up-to figure

SALAHUDDIN_RUDAW = Article(
    title="مقتل 11 من الحشد الشعبي بهجوم لداعش شمال شرقي تكريت",
    published="2021-01-24",  # a Sunday
    text=(
        "قتل ما يصل إلى 11 عنصراً من الحشد الشعبي في هجوم شنه مسلحو تنظيم داعش على مواقع لهم في منطقة "
        "العيث شمال شرقي تكريت بمحافظة صلاح الدين، مساء أمس السبت، بحسب مصادر أمنية.\n"
        "وقال مسؤول في الحشد الشعبي إن مسلحي التنظيم هاجموا نقاط الحشد من ثلاثة محاور، واندلعت اشتباكات "
        "استمرت ساعات قبل وصول تعزيزات عسكرية إلى المنطقة.\n"
        "وفي كركوك، توفي جندي عراقي متأثراً بجراح أصيب بها جراء انفجار عبوة ناسفة استهدفت يوم الخميس "
        "دورية للجيش قرب ناحية الرشاد جنوب غربي المحافظة.\n"
        "وكان تفجيران انتحاريان قد ضربا سوق ساحة الطيران وسط بغداد الخميس الماضي، ما أسفر عن مقتل 32 "
        "شخصاً وإصابة أكثر من 110 آخرين، في هجوم تبناه تنظيم داعش.\n"
        "وشنت طائرات F-16 عراقية ليل السبت - الأحد غارات على مخابئ للتنظيم في وادي الشاي جنوب كركوك، "
        "بحسب بيان لخلية الإعلام الأمني.\n"
        "ويأتي الهجوم بعد أيام من إعلان السلطات العراقية اعتقال 10 من عناصر التنظيم في الأنبار، فيما "
        "هدد قادة في الحشد بـ«الثأر» لقتلاهم.\n"
        "وأعلن العراق النصر على تنظيم داعش أواخر عام 2017، لكن خلاياه ما تزال تشن هجمات متفرقة."
    ),
)


def test_salahuddin_rudaw_incidents():
    sat, thu = "2021-01-23", "2021-01-21"
    assert_incidents(SALAHUDDIN_RUDAW, [("العيث", "armed_clash", sat),
                                        ("الرشاد", "remote_explosive", thu),
                                        ("بغداد", "suicide_bomb", thu),
                                        ("وادي الشاي", "air_strike", sat)])


def test_salahuddin_rudaw_up_to_is_at_most():
    e = only_at(incidents(SALAHUDDIN_RUDAW), "العيث")
    assert (e.killed, e.killed_qualifier, e.location.country) == (11, "at_most", "IQ")
    assert "isis" in e.perpetrators


def test_salahuddin_rudaw_soldier_died_of_wounds_from_thursday_ied():
    e = only_at(incidents(SALAHUDDIN_RUDAW), "الرشاد")
    assert (e.killed, e.date, e.targets, e.location.country) == (1, "2021-01-21", ["military"], "IQ")


def test_salahuddin_rudaw_earlier_claimed_suicide_bombing_in_baghdad():
    e = only_at(incidents(SALAHUDDIN_RUDAW), "بغداد")
    assert (e.type, e.killed, e.injured, e.injured_qualifier) == ("suicide_bomb", 32, 110, "at_least")
    assert (e.perpetrators, e.claimed) == (["isis"], True)


# ================================================================ 11. Syria article with Lebanon 2024: Israeli strikes

QUSAYR_LEBANON = Article(
    title="قتلى بغارات إسرائيلية قرب القصير وتصعيد في جنوب لبنان",
    published="2024-09-24",  # a Tuesday
    text=(
        "شن الطيران الحربي الإسرائيلي، فجر اليوم الثلاثاء، غارات على مواقع في محيط مدينة القصير بريف "
        "حمص الغربي قرب الحدود اللبنانية، ما أدى إلى مقتل عنصرين من قوات النظام وإصابة ثلاثة آخرين، "
        "بحسب ما نقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري.\n"
        "وقال المصدر إن \"العدو الإسرائيلي نفّذ عدواناً جوياً من اتجاه الأراضي اللبنانية\"، وإن وسائط "
        "الدفاع الجوي \"تصدت لصواريخ العدوان وأسقطت بعضها\".\n"
        "وذكر المرصد السوري لحقوق الإنسان أن الغارات استهدفت مستودعات أسلحة تابعة لـ«حزب الله» "
        "اللبناني، وأسفرت عن مقتل 5 عناصر من قوات النظام.\n"
        "وفي لبنان، قتل 4 أشخاص بينهم طفل في غارة إسرائيلية استهدفت منزلاً في بلدة عيترون الجنوبية، "
        "صباح اليوم، فيما قصفت المدفعية الإسرائيلية أطراف بلدتي كفركلا والخيام.\n"
        "وأعلن «حزب الله» في بيان أن مقاتليه استهدفوا بالصواريخ ثكنة «زرعيت» الإسرائيلية، رداً على "
        "الاعتداءات على القرى الجنوبية.\n"
        "ويتبادل حزب الله والجيش الإسرائيلي القصف بشكل شبه يومي منذ الثامن من تشرين الأول 2023، فيما "
        "هدد وزير الدفاع الإسرائيلي يوآف غالانت بـ«تكثيف الضربات»، وتتواصل الجهود الدبلوماسية للتوصل "
        "إلى اتفاق لوقف إطلاق النار.\n"
        "ونزح عشرات الآلاف من سكان الجنوب اللبناني باتجاه سوريا عبر معبر المصنع خلال الأيام الماضية."
    ),
)


def test_qusayr_lebanon_incidents_on_both_sides_of_the_border():
    d = "2024-09-24"
    assert_incidents(QUSAYR_LEBANON, [("القصير", "air_strike", d), ("عيترون", "air_strike", d),
                                      ("كفركلا", "shelling", d), ("الخيام", "shelling", d),
                                      ("زرعيت", "shelling", d)])


def test_qusayr_two_sources_lowest_figure_and_relayed_source():
    e = only_at(incidents(QUSAYR_LEBANON), "القصير")
    assert (e.killed, e.injured, e.perpetrators) == (2, 3, ["israel"])
    # 'نقلت سانا عن مصدر عسكري': SANA only relays the military source (§10)
    assert e.sources == ["military", "sohr"]


def test_qusayr_lebanon_strike_on_a_home_in_aitaroun():
    e = only_at(incidents(QUSAYR_LEBANON), "عيترون")
    assert (e.location.country, e.location.admin1, e.perpetrators) == ("LB", None, ["israel"])
    assert (e.killed, e.killed_groups.get("children"), e.targets) == (4, 1, ["civilians"])


def test_qusayr_hezbollah_claim_on_an_israeli_barracks():
    e = only_at(incidents(QUSAYR_LEBANON), "زرعيت")
    assert (e.perpetrators, e.claimed, e.sources, e.targets) == (
        ["iran_axis"], True, ["faction"], ["military"])


# ================================================================ 12. Gaza 2023: Jabalia, Nuseirat, war tally

GAZA_JABALIA = Article(
    title="عشرات الشهداء بغارات إسرائيلية على مخيم جباليا شمالي غزة",
    published="2023-11-01",  # a Wednesday
    text=(
        "استشهد 50 فلسطينياً على الأقل وأصيب أكثر من 150 آخرين، أمس الثلاثاء، في غارات إسرائيلية عنيفة "
        "استهدفت مربعاً سكنياً في مخيم جباليا شمالي قطاع غزة، وفق ما قال مدير المستشفى الإندونيسي.\n"
        "وقالت وزارة الداخلية في غزة إن عدد الشهداء في المجزرة تجاوز 100، معظمهم من النساء "
        "والأطفال.\n"
        "وأقر الجيش الإسرائيلي بتنفيذ الغارة، وقال إنها استهدفت القيادي في حركة \"حماس\" إبراهيم "
        "البياري.\n"
        "وفي وسط القطاع، قصفت المدفعية الإسرائيلية فجر اليوم منازل في مخيم النصيرات، ما أدى إلى استشهاد "
        "7 مواطنين بينهم 3 أطفال، بحسب مصادر طبية.\n"
        "وارتفعت حصيلة الشهداء منذ بدء العدوان الإسرائيلي على قطاع غزة في السابع من تشرين الأول الماضي "
        "إلى 8525 شهيداً، بينهم 3542 طفلاً، وفق وزارة الصحة في غزة.\n"
        "وتتواصل المفاوضات بوساطة قطرية ومصرية للإفراج عن المحتجزين مقابل هدنة إنسانية، فيما اعتقلت "
        "القوات الإسرائيلية 45 فلسطينياً في الضفة الغربية الليلة الماضية."
    ),
)


def test_gaza_jabalia_incidents():
    assert_incidents(GAZA_JABALIA, [("جباليا", "air_strike", "2023-10-31"),
                                    ("النصيرات", "shelling", "2023-11-01")])


def test_gaza_jabalia_lowest_figure_and_israeli_acknowledgement():
    e = only_at(incidents(GAZA_JABALIA), "جباليا")
    assert (e.killed, e.killed_qualifier, e.injured, e.injured_qualifier) == (50, "at_least", 150, "at_least")
    assert (e.perpetrators, e.claimed) == (["israel"], True)
    assert e.sources == ["government", "medics", "military"]


def test_gaza_nuseirat_shelling_of_homes():
    e = only_at(incidents(GAZA_JABALIA), "النصيرات")
    assert (e.killed, e.killed_groups.get("children"), e.perpetrators, e.sources) == (
        7, 3, ["israel"], ["medics"])
    assert "civilians" in e.targets  # 'منازل'; whether a 1948 refugee camp is a 'camp' target is open


def test_gaza_war_toll_is_one_tally():
    found = tallies(GAZA_JABALIA)
    assert [(e.killed, e.killed_groups.get("children"), e.date) for e in found] == [(8525, 3542, None)]
    assert names_match(normalize_name(found[0].location.name), normalize_name("غزة"))


# ================================================================ 13. AFP, Syrian desert 2021: statement of Sunday about Saturday

BADIA_AFP = Article(
    title="مقتل عناصر من قوات النظام بكمين لتنظيم الدولة الإسلامية في شرق سوريا",
    published="2021-01-11",  # a Monday
    text=(
        "بيروت (أ ف ب) - قال المرصد السوري لحقوق الإنسان الأحد إن تسعة عناصر على الأقل من قوات النظام "
        "قتلوا مساء السبت في كمين نصبه تنظيم الدولة الإسلامية لحافلة عسكرية قرب مدينة الميادين في ريف "
        "دير الزور الشرقي.\n"
        "وأوضح مدير المرصد رامي عبد الرحمن لوكالة فرانس برس أن عناصر التنظيم \"استهدفوا الحافلة "
        "بالرشاشات والقذائف الصاروخية\" أثناء عودتها من البادية، مرجحاً ارتفاع الحصيلة بسبب وجود جرحى "
        "في حالات خطرة.\n"
        "في المقابل، ذكرت وكالة الأنباء الرسمية (سانا) أن \"حافلة تقل عسكريين تعرضت لاعتداء إرهابي\" "
        "قرب الميادين، ما أدى إلى استشهاد سبعة منهم.\n"
        "وشنت طائرات حربية روسية أمس غارات على محيط بلدة السخنة في ريف حمص الشرقي، في محاولة لملاحقة "
        "خلايا التنظيم، وفق المرصد.\n"
        "وفي ريف دير الزور الشرقي أيضاً، اختطف مسلحون يعتقد أنهم من خلايا التنظيم راعيين اثنين قرب "
        "بلدة ذيبان صباح الأحد.\n"
        "ومنذ مطلع كانون الأول، قتل أكثر من 80 عنصراً من قوات النظام والمسلحين الموالين لها في هجمات "
        "للتنظيم في البادية السورية، بحسب المرصد.\n"
        "ورغم خسارته آخر معاقله في الباغوز في آذار 2019، لا يزال التنظيم ينفذ هجمات دامية انطلاقاً من "
        "البادية. وتسبب النزاع في سوريا منذ اندلاعه عام 2011 بمقتل أكثر من 387 ألف شخص."
    ),
)


def test_badia_afp_incidents_without_the_2019_baghouz_defeat():
    assert_incidents(BADIA_AFP, [("الميادين", "armed_clash", "2021-01-09"),
                                 ("السخنة", "air_strike", "2021-01-10"),
                                 ("ذيبان", "abduction", "2021-01-10")])


def test_badia_afp_ambush_lowest_of_two_figures_and_both_sources():
    e = only_at(incidents(BADIA_AFP), "الميادين")
    assert (e.killed, e.killed_qualifier) == (7, "exact")  # SANA's seven, lower than SOHR's 'تسعة على الأقل'
    assert (e.perpetrators, e.targets) == (["isis"], ["military"])
    assert e.sources == ["sohr", "state_media"]  # AFP only relays the Observatory's director


def test_badia_afp_russian_strikes_yesterday_in_homs_desert():
    e = only_at(incidents(BADIA_AFP), "السخنة")
    assert (e.date, e.perpetrators, e.sources, e.location.admin1) == (
        "2021-01-10", ["russia"], ["sohr"], "Homs")


def test_badia_afp_hedged_isis_abduction_of_two_shepherds():
    e = only_at(incidents(BADIA_AFP), "ذيبان")
    assert (e.type, e.perpetrators, e.location.admin1) == ("abduction", ["isis"], "Deir-ez-Zor")


def test_badia_afp_toll_since_december_is_a_tally():
    found = tallies(BADIA_AFP)
    assert [(e.killed, e.killed_qualifier, e.date) for e in found] == [(80, "at_least", None)]
    assert names_match(normalize_name(found[0].location.name), normalize_name("البادية السورية"))


# ================================================================ background that must add nothing, one cause a test


@pytest.mark.parametrize(("article", "place", "why"), [
    (DARAA_ENAB, "أم المياذن", "negotiated entry 'بموجب اتفاق تسوية'"),
    (DARAA_ENAB, "إزرع", "arrests 'اعتقلت قوات الأمن العسكري'"),
    (ALEPPO_AJ, "أورم الكبرى", "entry after a withdrawal 'دون قتال'"),
    (ANKARA_AA, "قيصري", "plane crash 'تحطم طائرة تدريب'"),
    (ALEPPO_SANA, "ريف حلب الجنوبي", "troop movements 'وصلت تعزيزات عسكرية'"),
    (GHOUTA_REUTERS, "الغوطة الشرقية", "summary lead and siege background"),
    (IDLIB_AJ, "ريف إدلب الجنوبي", "summary lead"),
    (IDLIB_AJ, "إدلب", "threat 'هدد ... بتوسيع العملية العسكرية لتشمل مدينة إدلب'"),
    (QUSAYR_LEBANON, "المصنع", "displacement 'نزح ... عبر معبر المصنع'"),
    (BADIA_AFP, "الباغوز", "history 'خسارته آخر معاقله في الباغوز في آذار 2019'"),
])
def test_background_place_has_no_event(article, place, why):
    assert at_all(events(article), place) == [], why


def test_aleppo_sana_foiled_car_bomb_is_no_event():
    assert at_all(events(ALEPPO_SANA), "جبلة") == []


def test_ankara_aa_foiled_plot_and_arrests_are_no_event():
    found = events(ANKARA_AA)
    assert at_all(found, "غازي عنتاب") == [] and at_all(found, "إسطنبول") == []


def test_idlib_araby_2013_chemical_attack_is_no_event():
    assert [e for e in events(IDLIB_ARABY) if e.type == "chemical_weapon"] == []


def test_idlib_araby_protest_vigils_are_no_event():
    found = events(IDLIB_ARABY)
    assert at_all(found, "إعزاز") == [] and at_all(found, "الباب") == []


def test_hama_sohr_reconnaissance_flights_are_no_air_strike():
    assert [e.type for e in at_all(incidents(HAMA_SOHR), "كفرزيتا")] == ["shelling"]


def test_hama_sohr_displacement_is_no_event():
    assert at_all(incidents(HAMA_SOHR), "ريف حماة الشمالي") == []


# ================================================================ governorates of detail places (§5 admin1)


@pytest.mark.parametrize(("article", "place", "admin1"), [
    (IDLIB_AJ, "حاس", "Idleb"),
    (IDLIB_ARABY, "كفرعمة", "Aleppo"),
    (QUSAYR_LEBANON, "القصير", "Homs"),
    (IDLIB_SOHR_MONTH, "عون الدادات", "Aleppo"),
    (GHOUTA_REUTERS, "حمورية", "Rural Damascus"),
    (DARAA_ENAB, "المزيريب", "Dar'a"),
    (IDLIB_SOHR_MONTH, "معرة حرمة", "Idleb"),
    (ALEPPO_SANA, "الموكامبو", "Aleppo"),  # not in the gazetteer; the next paragraph opens 'وفي ريف اللاذقية'
])
def test_detail_place_governorate(article, place, admin1):
    e = at_all(incidents(article), place)
    assert [x.location.admin1 for x in e] == [admin1] * len(e) and e
