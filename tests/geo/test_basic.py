from marsad.geo import find_places, gazetteer_stats


def test_stats_cover_syria():
    stats = gazetteer_stats()
    assert stats["governorate"] == 14 and stats["district"] == 62 and stats["subdistrict"] == 272
    assert stats["syrian_community_ar"] >= 5000 and stats["syrian_neighbourhood_ar"] >= 400


def test_neighbourhood_with_class_word_and_city():
    text = "قتل 5 مدنيين بحي الصاخور في مدينة حلب"
    ms = find_places(text)
    assert [(m.name, m.place.id) for m in ms] == [("الصاخور", "N0139"), ("حلب", "C1007")]
    assert text[ms[0].outer_start:ms[0].end] == "بحي الصاخور" and ms[0].class_word == "حي"
