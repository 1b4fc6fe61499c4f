"""The Python API a user calls: marsad.extract(text, published=...)."""

import importlib

import marsad
from marsad.model import Event


def test_extract_is_callable_even_after_the_extractor_package_is_imported():
    importlib.import_module("marsad.extractor.pipeline")  # what the CLI and the API import
    events = marsad.extract("قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي أمس.",
                            published="2019-05-10")
    assert [type(e) for e in events] == [Event]
    e = events[0]
    assert (e.type, e.location.name, e.killed, e.date) == ("shelling", "كفرنبل", 3, "2019-05-09")


def test_extract_serialises_to_the_codebook_keys():
    [e] = marsad.extract("استشهد طفلان في غارة جوية على مدينة سراقب.", published="2019-05-10")
    data = e.model_dump(mode="json")
    for key in ("type", "date", "location", "perpetrators", "targets", "killed", "killed_qualifier",
                "injured", "injured_qualifier", "sources", "claimed", "tally", "evidence", "spans"):
        assert key in data
    assert data["killed"] == 2 and data["location"]["admin1"] == "Idleb"


def test_the_headline_gives_the_event_when_the_body_names_none():
    body = "قال ناشطون إن القصف استمر طوال الليل دون أن تتضح الخسائر."
    title = "مقتل 5 مدنيين بغارات روسية على بلدة كفرنبل"
    [e] = marsad.extract(body, published="2019-05-10", title=title)
    assert (e.type, e.location.name, e.killed, e.perpetrators) == ("air_strike", "كفرنبل", 5, ["russia"])
    # its words are in the title, so the offsets are given as title_spans, never into the body
    assert e.evidence == [] and e.spans == {}
    s, t = e.model_dump()["title_spans"]["location"]
    assert title[s:t] == "كفرنبل"


def test_the_headline_adds_nothing_when_the_body_reports_the_incident():
    body = "قتل خمسة مدنيين في غارات روسية على بلدة كفرنبل بريف إدلب اليوم."
    title = "مقتل 5 مدنيين بغارات روسية على كفرنبل"
    assert len(marsad.extract(body, published="2019-05-10", title=title)) == 1
