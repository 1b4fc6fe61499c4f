import datetime as dt

from marsad.link.cluster import ANCHOR, cluster
from marsad.link.figures import low_best_high
from marsad.link.rules import Report, link_reason, name_key

D = dt.date(2024, 3, 1)


def rep(doc, type="air_strike", day=D, pcode="C1007", name="حلب", perps=(), precision="community",
        admin1="Aleppo", lat=None, lon=None, date=True, pos=0):
    return Report(event_id=hash((doc, pos)), document_id=doc, position=pos, outlet=doc, type=type,
                  date=day if date else None, ref_day=day, name=name, admin1=admin1, country="SY",
                  precision=precision, pcode=pcode, lat=lat, lon=lon, perpetrators=tuple(perps),
                  name_key=name_key(name))


def test_name_key_follows_the_scorer():
    assert name_key("مدينة حلب") == "حلب"
    assert name_key("وبلدة الأتارب") == "اتارب"
    assert name_key("أعزاز") == name_key("اعزاز")


def test_rules_and_their_reasons():
    assert "same place (pcode C1007)" in link_reason(rep("a"), rep("b"))
    assert link_reason(rep("a"), rep("a", pos=1)) is None  # one document: distinct events
    assert "bombardment" in link_reason(rep("a"), rep("b", type="shelling"))
    assert link_reason(rep("a"), rep("b", type="attack")) is None
    assert "1 day apart" in link_reason(rep("a"), rep("b", day=D + dt.timedelta(1)))
    assert link_reason(rep("a"), rep("b", day=D + dt.timedelta(2))) is None
    assert "date unknown" in link_reason(rep("a"), rep("b", day=D + dt.timedelta(2), date=False))
    assert link_reason(rep("a", perps=["russia"]), rep("b", perps=["isis"])) is None
    assert "unnamed" in link_reason(rep("a", perps=["russia"]), rep("b"))
    near = link_reason(rep("a", pcode=None, name="س", lat=36.0, lon=37.0),
                       rep("b", pcode=None, name="ص", lat=36.02, lon=37.0))
    assert near and "km apart" in near
    far = rep("b", pcode=None, name="ص", lat=36.1, lon=37.0)
    assert link_reason(rep("a", pcode=None, name="س", lat=36.0, lon=37.0), far) is None
    gov = rep("b", pcode="SY02", name="حلب", precision="governorate")
    sakhour = rep("a", pcode="N0139", name="الصاخور", precision="neighbourhood")
    assert "الصاخور lies inside حلب" in link_reason(sakhour, gov)
    assert "lies inside" in link_reason(sakhour, rep("c", pcode="C1007", name="مدينة حلب"))  # via gazetteer
    idleb = rep("d", pcode="SY07", name="إدلب", precision="governorate", admin1="Idleb")
    assert link_reason(sakhour, idleb) is None
    no_pcode = rep("e", pcode=None, name="ريف إدلب", precision="governorate", admin1="Idleb")
    assert "lies inside" in link_reason(rep("f", pcode="C3985", name="معرة النعمان", admin1="Idleb"), no_pcode)


def test_a_coarse_report_does_not_chain_two_neighbourhoods():
    reports = [rep("a", pcode="N0139", name="الصاخور", precision="neighbourhood"),
               rep("b", pcode="N0156", name="الشعار", precision="neighbourhood"),
               rep("c", pcode="SY02", name="حلب", precision="governorate")]
    groups = cluster(reports)
    assert len(groups) == 2
    assert [(r.document_id, why) for r, why in groups[0]][0] == ("a", ANCHOR)
    assert {r.document_id for r, _ in groups[0]} == {"a", "c"}


def test_low_best_high():
    assert low_best_high([31, 36, 31, None]) == (31, 31, 36)  # most frequent
    assert low_best_high([12, 15]) == (12, 12, 15)  # no majority: lower median
    assert low_best_high([5, 9, 7]) == (5, 7, 9)
    assert low_best_high([None]) == (None, None, None)


def test_may_link_never_rejects_a_linkable_pair():
    """The sweep's cheap pre-check: False only where link_reason is None."""
    import itertools
    import random

    rng = random.Random(2)
    reports = [rep(rng.choice("abc"), type=rng.choice(["air_strike", "shelling", "attack", "suicide_bomb"]),
                   day=D + dt.timedelta(rng.randint(0, 3)), date=rng.random() < 0.7,
                   perps=rng.sample(["russia", "isis", "syria_gov"], rng.randint(0, 2)), pos=i)
               for i in range(40)]
    from marsad.link.rules import may_link

    pairs = list(itertools.permutations(reports, 2))
    assert any(may_link(a, b) for a, b in pairs) and not all(may_link(a, b) for a, b in pairs)
    for a, b in pairs:
        assert may_link(a, b) or link_reason(a, b) is None
