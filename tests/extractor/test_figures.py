"""Casualty figures that found bugs in the extractor (one test per bug)."""

import marsad


def test_a_raised_toll_is_the_count_after_ila_even_across_commas():
    text = ("ارتفعت حصيلة قتلى القصف الجوي على سوق الخضار في معرة النعمان، أمس الاثنين، "
            "إلى نحو 36 شخصاً، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.")
    [e] = marsad.extract(text, published="2019-07-23")
    assert (e.killed, e.killed_qualifier, e.date) == (36, "approx", "2019-07-22")
    s, t = e.spans["killed"]
    assert text[s:t] == "نحو 36"


def test_where_the_wounded_were_taken_is_no_target():
    # folded text spells إلى as الي: the destination check must compare folded forms
    text = ("استهدف الطيران الحربي حي بعيدين في مدينة حلب، ما أدى إلى سقوط ثلاثة شهداء من المدنيين، "
            "ونقل الجرحى إلى المستشفيات.")
    [e] = marsad.extract(text, published="2016-10-01")
    assert e.location.name == "بعيدين"
    assert "medical" not in e.targets and "civilians" in e.targets


def test_the_doer_may_stand_between_the_verb_and_the_person_it_killed():
    text = "أعدمت هيئة تحرير الشام شابين بتهمة التعامل مع النظام في مدينة إدلب."
    [e] = marsad.extract(text, published="2024-03-14")
    assert (e.type, e.killed, e.perpetrators) == ("attack", 2, ["hts"])
    s, t = e.spans["killed"]
    assert text[s:t] == "أعدمت هيئة تحرير الشام شابين"


def test_an_assassination_and_sanas_martyrs_are_counted():
    [e] = marsad.extract("أفاد مراسل عنب بلدي أن مجهولين اغتالوا شابا بإطلاق النار عليه في بلدة اليادودة بريف درعا.",
                         published="2024-03-14")
    assert e.killed == 1
    [e] = marsad.extract("ارتقى شهيدان وأصيب ثلاثة مدنيين جراء اعتداء بقذيفة هاون على بلدة محردة بريف حماة.",
                         published="2024-03-14")
    assert (e.killed, e.injured) == (2, 3)


def test_a_pronoun_for_the_incident_may_stand_between_the_verb_and_the_person():
    [e] = marsad.extract("نفذ رجل هجوما بسكين في باريس قتل فيه شخص وأصيب أربعة آخرون.", published="2018-05-14")
    assert (e.killed, e.injured) == (1, 4)
    [e] = marsad.extract("انفجرت عبوة ناسفة في بلدة جاسم بريف درعا أصيب فيها طفلان.", published="2018-05-14")
    assert e.injured == 2


def test_the_count_after_by_the_hands_of_is_the_killers():
    [e] = marsad.extract("وقعت عملية طعن في مدينة كيمنتس قتل فيها رجل على أيدي اثنين من المهاجرين.",
                         published="2018-09-02")
    assert e.killed == 1


def test_a_victim_named_by_profession_or_in_the_accusative_counts_one():
    [e] = marsad.extract("اغتال مسلحون مجهولون ناشطا في مدينة البصرة جنوبي العراق.", published="2020-08-20")
    assert (e.type, e.killed, e.killed_groups) == ("attack", 1, {"civilians": 1})
    [e] = marsad.extract("قتل سائق وأصيب طبيب في غارة على بلدة سرمين.", published="2020-08-20")
    assert (e.killed, e.injured) == (1, 1)


def test_the_people_named_before_and_n_others_are_counted_with_them():
    [e] = marsad.extract("استهدفت مسيرة إسرائيلية مكتبا في منطقة المشرفية ببيروت، ما أدى إلى مقتل نائب رئيس "
                         "المكتب السياسي للحركة صالح العاروري وستة آخرين.", published="2024-01-03")
    assert e.killed == 7
    [e] = marsad.extract("قتل طفل وامرأة و3 آخرون في قصف على بلدة سرمدا.", published="2024-01-03")
    assert (e.killed, e.killed_groups) == (5, {"children": 1, "women": 1})
    [e] = marsad.extract("قتل 3 مدنيين وأصيب 5 آخرون في قصف على بلدة سرمدا.", published="2024-01-03")
    assert (e.killed, e.injured) == (3, 5)


def test_and_n_others_after_a_comma_is_the_next_places_toll():
    events = marsad.extract("قتل 5 مواطنين في غارات نفذتها طائرات حربية روسية على بلدة كفرنبل، و3 آخرون في قصف "
                            "بالبراميل المتفجرة من قبل الطيران المروحي على بلدة الهبيط.", published="2019-05-20")
    assert [(e.location.name, e.killed) for e in events] == [("كفرنبل", 5), ("الهبيط", 3)]


def test_a_count_joined_to_a_breakdown_is_part_of_it():
    [e] = marsad.extract("قتل 82 مدنيا بينهم 11 امرأة و13 طفلا في قصف على حي الكلاسة.", published="2016-12-13")
    assert (e.killed, e.killed_groups["women"], e.killed_groups["children"]) == (82, 11, 13)


def test_a_qualifier_may_stand_between_the_count_and_its_verb():
    [e] = marsad.extract("قال الدفاع المدني إن 45 مدنيا على الأقل قتلوا اليوم في قصف جوي على حي الكلاسة.",
                         published="2016-12-13")
    assert (e.killed, e.killed_qualifier) == (45, "at_least")


def test_a_breakdown_of_the_wounded_fills_no_killed_group():
    [e] = marsad.extract("جرح 7 أشخاص بينهم امرأتان في قصف على بلدة سرمين.", published="2019-01-01")
    assert (e.injured, e.killed_groups, e.targets) == (7, {}, ["civilians"])
    [e] = marsad.extract("أصيب 7 أشخاص وقتل 3 بينهم طفلان في قصف على بلدة سرمين.", published="2019-01-01")
    assert (e.killed, e.injured, e.killed_groups) == (3, 7, {"children": 2})


def test_a_count_after_a_comma_is_no_part_of_the_breakdown_before_it():
    [e] = marsad.extract("استشهد 558 شخصا بينهم 50 طفلا و94 امرأة، وأكثر من 1835 جريحا في الغارات على بلدة النبطية.",
                         published="2024-09-24")
    assert (e.killed, e.injured, e.injured_qualifier) == (558, 1835, "at_least")


def test_civilian_after_a_plural_casualty_noun_is_an_adjective_not_two():
    text = ("قتل 56 مدنيا على الأقل، بينهم 11 طفلا، في غارات شنتها طائرات التحالف الدولي على قرية التوخار.\n"
            "وأعلن التحالف أنه سيحقق في التقارير عن سقوط ضحايا مدنيين.")
    [e] = marsad.extract(text, published="2016-07-19")
    assert (e.killed, e.killed_qualifier, e.killed_groups["children"]) == (56, "at_least", 11)
    [e] = marsad.extract("استشهد مدنيين في قصف على بلدة سرمين.", published="2016-07-19")
    assert e.killed == 2


def test_two_paramedics_killed_count_two():
    [e] = marsad.extract("قتل مسعفان من الهلال الأحمر العربي السوري في قصف على بلدة كفرنبل.", published="2018-05-14")
    assert (e.killed, "medical" in e.targets) == (2, True)
