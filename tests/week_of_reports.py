"""A week of reports (17-24 October 2023) about 13 attacks on US forces, 10 in Iraq and 3 in Syria,
each described by one to three reports in Arabic and English, with attacks just outside the week,
unrelated reports, a stated Pentagon tally, and some reports published days after the attack.
Written by the team for the tests; the events are modelled on the period, the wording is ours.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

MONTH_AR = "أكتوبر"


@dataclass(frozen=True)
class Attack:
    day: int  # October 2023
    country: str
    site_en: str
    site_ar: str
    weapon_en: str
    weapon_ar: str
    reports: int


ATTACKS = [
    Attack(17, "IQ", "Ain al-Asad air base", "قاعدة عين الأسد", "drone", "طائرة مسيرة", 3),
    Attack(17, "SY", "the al-Tanf garrison", "قاعدة التنف", "drone", "طائرة مسيرة", 2),
    Attack(18, "IQ", "Harir air base", "قاعدة حرير", "drone", "طائرة مسيرة", 1),
    Attack(18, "IQ", "Victory base near Baghdad airport", "قاعدة فيكتوري قرب مطار بغداد", "rocket", "صواريخ", 2),
    Attack(19, "IQ", "Ain al-Asad air base", "قاعدة عين الأسد", "rocket", "صواريخ", 2),
    Attack(19, "SY", "the Conoco gas field", "حقل كونيكو للغاز", "rocket", "صواريخ", 3),
    Attack(20, "IQ", "Erbil air base", "قاعدة أربيل الجوية", "drone", "طائرة مسيرة", 2),
    Attack(21, "IQ", "Balad air base", "قاعدة بلد الجوية", "rocket", "صواريخ", 1),
    Attack(22, "IQ", "Harir air base", "قاعدة حرير", "drone", "طائرة مسيرة", 2),
    Attack(22, "SY", "the al-Shaddadi base", "قاعدة الشدادي", "drone", "طائرة مسيرة", 1),
    Attack(23, "IQ", "Ain al-Asad air base", "قاعدة عين الأسد", "drone", "طائرة مسيرة", 3),
    Attack(24, "IQ", "Erbil air base", "قاعدة أربيل الجوية", "rocket", "صواريخ", 1),
    Attack(24, "IQ", "Union III base in Baghdad", "قاعدة يونيون 3 في بغداد", "drone", "طائرة مسيرة", 2),
]
OUTSIDE = [
    Attack(16, "IQ", "Ain al-Asad air base", "قاعدة عين الأسد", "drone", "طائرة مسيرة", 1),
    Attack(25, "SY", "the al-Tanf garrison", "قاعدة التنف", "drone", "طائرة مسيرة", 2),
]
UNRELATED = [
    {"lang": "en", "text": "Iraq's oil exports from Basra rose in October, the oil ministry said on Monday, "
                           "as prices climbed on worries about the war in Gaza."},
    {"lang": "ar", "text": "فاز المنتخب العراقي على نظيره السوري بهدفين دون رد في مباراة ودية أقيمت في أربيل مساء الجمعة."},
    {"lang": "en", "text": "A drone light show lit up the sky over Erbil's citadel on Saturday to mark the city's festival."},
]
TALLY = {"lang": "ar", "published_at": "2023-10-26", "source": "AFP",
         "text": "وذكرت البنتاغون أن القوات الأميركية والمتحالفة معها تعرضت لعشر هجمات في العراق وثلاث في سورية "
                 "بين 17 و24 أكتوبر، تمت بمزيج من المسيرات والصواريخ."}


def _texts(a: Attack) -> list[tuple[str, str, int]]:
    """(language, text, days between the attack and publication) for each way of reporting it."""
    date_en = f"Oct. {a.day}, 2023"
    return [
        ("en", f"A {a.weapon_en} attack targeted US forces at {a.site_en} on {date_en}, a US official said. "
               "There were no casualties.", 0),
        ("ar", f"استهدف هجوم ب{a.weapon_ar} القوات الأميركية في {a.site_ar} يوم {a.day} {MONTH_AR} 2023، "
               "بحسب مصادر أمنية.", 1),
        ("en", f"The Islamic Resistance in Iraq said it struck {a.site_en} with a {a.weapon_en} on October {a.day}, "
               "2023, in a statement released days later.", 3),
    ]


def reports(seed: int = 2023) -> list[dict]:
    out = []
    for kind, attacks in (("in", ATTACKS), ("out", OUTSIDE)):
        for a in attacks:
            for n, (lang, text, delay) in enumerate(_texts(a)[: a.reports]):
                published = dt.date(2023, 10, a.day) + dt.timedelta(days=delay)
                out.append({"id": f"week-{kind}-{a.day}-{a.country}-{a.site_en[:12]}-{n}".replace(" ", "_"),
                            "lang": lang, "published_at": published.isoformat(), "source": f"feed-{n}",
                            "text": text})
    for n, item in enumerate(UNRELATED):
        out.append({"id": f"week-unrelated-{n}", "published_at": "2023-10-20", "source": "feed-x", **item})
    out.append({"id": "week-tally", **TALLY})
    random.Random(seed).shuffle(out)
    return out


def lines(seed: int = 2023) -> list[bytes]:
    return [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in reports(seed)]
