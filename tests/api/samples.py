"""A small database of hand-written reports, shared by the API and browser tests.

Events are written by hand (not extracted) so the tests pin down the API and
the dashboard, not the extractor. Every span and evidence offset is computed
from the quoted words, so the fixtures cannot drift from their texts.
"""

from __future__ import annotations

from marsad.model import Document, Event, Location

XSS = "<img src=x onerror=alert(1)>"

PLACES = {
    "أعزاز": ("Aleppo", "community", "C1563", 36.5866, 37.0463),
    "خان شيخون": ("Idleb", "community", "C4086", 35.4414, 36.6511),
    "دوما": ("Rural Damascus", "community", "C2325", 33.5711, 36.4025),
    "الصاخور": ("Aleppo", "neighbourhood", "N0139", 36.219539, 37.189775),
}

# (document, event fields, {span field: quoted words}, [evidence sentences])
REPORTS = [
    (
        Document(id="sky-1", source="Sky News Arabia", published="2024-03-01",
                 title="غارات على أعزاز",
                 text="قتل 17 مدنياً بينهم أطفال في غارات شنها الطيران الروسي على مدينة أعزاز في ريف حلب الشمالي، "
                      "بحسب المرصد السوري لحقوق الإنسان. وأصيب 30 آخرون بجروح.\nوفي سياق آخر، عقد اجتماع في جنيف."),
        dict(type="air_strike", date="2024-03-01", place="أعزاز", perpetrators=["russia"],
             targets=["civilians"], killed=17, injured=30, sources=["sohr"]),
        {"killed": "17", "type": "غارات", "perpetrators": "الطيران الروسي", "location": "أعزاز",
         "sources": "المرصد السوري لحقوق الإنسان", "injured": "30"},
        ["قتل 17 مدنياً", "وأصيب 30 آخرون بجروح."],
    ),
    (
        Document(id="jaz-1", source="Al Jazeera", published="2024-03-01",
                 text="قالت مصادر طبية إن 20 شخصاً قتلوا في قصف جوي روسي على أعزاز شمالي حلب اليوم."),
        dict(type="air_strike", date="2024-03-01", place="أعزاز", perpetrators=["russia"],
             killed=20, sources=["medics"]),
        {"killed": "20", "type": "قصف جوي", "location": "أعزاز", "sources": "مصادر طبية", "date": "اليوم"},
        ["قالت مصادر طبية"],
    ),
    (
        Document(id="enab-1", source="Enab Baladi", published="2024-03-03",
                 text="قتل ثلاثة أشخاص بقصف مدفعي لقوات النظام على مدينة خان شيخون جنوبي إدلب."),
        dict(type="shelling", date="2024-03-03", place="خان شيخون", perpetrators=["syria_gov"], killed=3),
        {"killed": "ثلاثة", "type": "قصف مدفعي", "perpetrators": "قوات النظام", "location": "خان شيخون"},
        ["قتل ثلاثة أشخاص"],
    ),
    (
        Document(id="sham-1", source="Shaam News Network", published="2024-03-05",
                 text="انفجرت عبوة ناسفة في سوق مدينة دوما ما أدى إلى مقتل خمسة مدنيين وإصابة 12."),
        dict(type="remote_explosive", date="2024-03-05", place="دوما", targets=["civilians", "market"],
             killed=5, injured=12),
        {"type": "عبوة ناسفة", "location": "دوما", "killed": "خمسة", "injured": "12"},
        ["انفجرت عبوة ناسفة"],
    ),
    (
        Document(id="xss-1", source="Untrusted <b>outlet</b>", published="2024-03-04",
                 title=f"عنوان {XSS}",
                 text=f"قتل مدنيان في غارة على حي الصاخور في حلب {XSS} <script>alert(2)</script> وفق ناشطين."),
        dict(type="air_strike", date="2024-03-04", place="الصاخور", killed=2, sources=["activists"]),
        {"killed": "مدنيان", "type": "غارة", "location": "الصاخور"},
        ["قتل مدنيان"],
    ),
]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _sentence(text: str, opening: str) -> tuple[int, int]:
    """The sentence that starts with *opening*: up to the next '.' or line end."""
    start = text.index(opening)
    ends = [i for i in (text.find(".", start), text.find("\n", start)) if i != -1]
    return start, (min(ends) + 1 if ends else len(text))


def reports() -> list[tuple[Document, list[Event]]]:
    """The sample documents with their events, as the store's batch wants them."""
    batch = []
    for doc, fields, spans, evidence in REPORTS:
        fields = dict(fields)
        admin1, precision, pcode, lat, lon = PLACES[fields.pop("place")]
        name = spans["location"]
        event = Event(
            **fields,
            location=Location(name=name, admin1=admin1, country="SY", precision=precision,
                              pcode=pcode, lat=lat, lon=lon),
            spans={field: _span(doc.text, words) for field, words in spans.items()},
            evidence=[_sentence(doc.text, opening) for opening in evidence],
        )
        batch.append((doc, [event]))
    return batch


def build(db_url: str) -> None:
    """Create the sample database at *db_url*, linked into incidents."""
    from marsad.store.db import open_db
    from marsad.store.documents import store_batch

    factory = open_db(db_url)
    with factory() as session, session.begin():
        store_batch(session, reports())
    factory.kw["bind"].dispose()
