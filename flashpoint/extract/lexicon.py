"""Word lists the extractor matches: actors, targets, weapons and the cue words that give them roles.

Entries are written as they appear in reports (Arabic, English, some French and German); they are
folded with the same function as the text (flashpoint.extract.text.fold_key) when the matcher is
built, and Arabic entries also match with attached proclitics (و ف ب ل ك).
"""

from __future__ import annotations

# The US president speaks for the White House ("President Joe Biden said in a statement"), but only when he
# speaks: "at President Biden's direction" names no source (the engine asks for a speech word after the name).
PRESIDENT_NAMES: list[str] = ["Joe Biden", "Biden", "Donald Trump", "Trump", "Barack Obama", "Obama", "جو بايدن", "بايدن",
                              "دونالد ترامب", "ترامب", "ترمب", "باراك أوباما", "أوباما"]

# --- Actors ------------------------------------------------------------------------------------
# What only a group's own statements call its fighters: named so, doing the deed, the group tells of its own attack.
SELF_STYLED_NAMES: list[str] = ["soldiers of the caliphate", "soldiers of the khilafah", "جنود الخلافة"]
# name -> (type, aliases). Types: group (armed group), state, source (who reports), org.
ACTORS: dict[str, tuple[str, list[str]]] = {
    "Islamic Resistance in Iraq": ("group", [
        "المقاومة الإسلامية في العراق", "المقاومة الاسلامية بالعراق", "Islamic Resistance in Iraq",
        "Islamic Resistance of Iraq", "Résistance islamique en Irak", "Islamischer Widerstand im Irak"]),
    "Kataib Hezbollah": ("group", [
        "كتائب حزب الله", "Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizbollah", "Kata'ib Hizballah", "Kataib Hizballah",
        "Kataeb Hezbollah", "Hezbollah Brigades", "Brigades du Hezbollah", "Hisbollah-Brigaden",
        # each transliteration of each word: "Kata'ib Hizbollah", "Kataeb Hizballah", "Kata'ib Hizbullah"
        *(f"{k} {h}" for k in ("Kataib", "Kata'ib", "Kataeb", "Katai'b")
          for h in ("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah", "Hezbullah"))]),
    "Harakat al-Nujaba": ("group", [
        "حركة النجباء", "النجباء", "حركة حزب الله النجباء", "Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba",
        "al-Nujaba", "Nujaba movement", "Nujaba"]),
    "Kataib Sayyid al-Shuhada": ("group", [
        "كتائب سيد الشهداء", "Kataib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada", "Kataib Sayed al-Shuhada"]),
    "Popular Mobilization Forces": ("group", [
        "الحشد الشعبي", "هيئة الحشد الشعبي", "Popular Mobilization Forces", "Popular Mobilisation Forces",
        # its short name, for its men («محمّلاً «عناصر من الحشد» المسؤولية»)
        "عناصر من الحشد",
        "Popular Mobilization Units", "Popular Mobilization Committee", "Hashd al-Shaabi", "PMF", "PMU"]),
    "Tashkil al-Waritheen": ("group", [
        "تشكيل الوارثين", "Tashkil al-Waritheen", "Tashkil al-Warithin", "Tashkeel al-Waritheen"]),
    "Hezbollah": ("group", ["حزب الله", "Hezbollah", "Hizbollah", "Hizballah", "Hisbollah", "Hezbollah libanais",
                            # its armed wing's name in its own statements
                            "المقاومة الإسلامية في لبنان", "Islamic Resistance in Lebanon",
                            "المقاومة الإسلامية التابعة لحزب الله", "المقاومة الإسلامية، الجناح العسكري لحزب الله",
                            "الجناح العسكري لحزب الله", "Hezbollah's armed wing", "Hezbollah's military wing"]),
    "Houthis": ("group", [
        "الحوثيون", "الحوثيين", "الحوثي", "جماعة الحوثي", "أنصار الله", "Houthis", "Houthi", "Huthis", "Huthi",
        "Ansar Allah", "Ansarullah", "Houthistes", "Huthi-Rebellen", "Huthis", "Yemeni rebels", "Yemen's rebels",
        # Their own names for their forces and their military spokesman, in their statements.
        "القوات المسلحة اليمنية", "Yemeni Armed Forces", "يحيى سريع", "Yahya Saree", "Yahya Sarea", "Saree", "Sarea",
        # "قوات صنعاء": the forces of the government seated in Sanaa, as their own media name them (not the city)
        "قوات صنعاء", "القوات المسلحة في صنعاء", "المتحدث العسكري باسم قوات صنعاء", "المتحدث العسكري للحوثيين",
        "المتحدث العسكري باسم الحوثيين", "المتحدث العسكري باسم القوات المسلحة اليمنية", "Sanaa forces",
        # their name for their forces in the war's first years: "the army and the popular committees"
        "الجيش واللجان الشعبية", "الجيش اليمني واللجان الشعبية", "army and popular committees",
        "the army and popular committees", "army and the popular committees",
        # the adjective after a head, as their enemies write it: "الميليشيا الحوثية الإرهابية"
        *(f"{head} الحوثية" for head in ("الميليشيا", "الميليشيات", "المليشيا", "المليشيات", "الجماعة", "الحركة",
                                          "القوات", "العناصر"))]),
    "Hamas": ("group", ["حماس", "حركة حماس", "Hamas",
                        # its armed wing and the wing's spokesman, in their statements
                        "كتائب القسام", "كتائب عز الدين القسام", "كتائب الشهيد عز الدين القسام", "Qassam Brigades",
                        "al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades",
                        "Ezzedine al-Qassam Brigades", "Izz el-Deen al-Qassam Brigades", "أبو عبيدة", "Abu Obeida",
                        "Abu Ubaida"]),
    "Islamic State": ("group", [
        "داعش", "تنظيم داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "تنظيم الدولة", "Islamic State", "ISIS", "ISIL",
        "Daesh", "Daech", "État islamique", "Etat islamique", "Islamischer Staat",
        # its full names, one match ("fighters of the Islamic State of Iraq and the Levant had been using")
        "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant", "Islamic State of Iraq and Syria",
        "Islamic State in Iraq and Syria", "Islamic State of Iraq and al-Sham", "الدولة الإسلامية في العراق والشام",
        "تنظيم الدولة الإسلامية في العراق والشام",
        # "IS" alone is the verb once case is folded; with a noun after it, it is the group.
        *(f"IS {noun}" for noun in ("cells", "sleeper cells", "militants", "fighters", "jihadists",
                                    "remnants", "insurgents", "extremists",
                                    "members", "group", "hideouts", "positions",
                                    "leader", "commander", "operatives", "elements")),
        *(f'IS "{noun}' for noun in ("remnants", "cells", "elements", "sleeper cells")),  # blamed IS "remnants"
        "IS-claimed", "IS claimed", "ISIS-K", "Islamic State group",
        # what its own statements call its fighters
        *SELF_STYLED_NAMES]),
    "Syrian Democratic Forces": ("group", ["قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "قسد",
                                           "Syrian Democratic Forces", "SDF", "Forces démocratiques syriennes",
                                          # its core, the Kurdish People's Protection Units (the corpus counts them
                                          # as the SDF)
                                          "YPG", "People's Protection Units", "Kurdish People's Protection Units",
                                          "وحدات حماية الشعب", "وحدات حماية الشعب الكردية"]),
    "IRGC": ("state", [
        "الحرس الثوري", "الحرس الثوري الإيراني", "فيلق القدس", "حرس الثورة الإسلامية", "حرس الثورة",
        "حرس الثورة الإسلامية الإيراني", "الحرس الثوري الإسلامي", "IRGC", "Islamic Revolutionary Guard Corps",
        "Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "Quds Force",
        "Gardiens de la révolution", "Revolutionsgarden", "Pasdaran",
        # the short name, written with its capital ("Israeli officials accused the Guards"; not "the guards opened fire")
        "the Guards"]),
    "Iran": ("state", [
        "إيران", "الجمهورية الإسلامية", "النظام الإيراني", "الحكومة الإيرانية", "Iran", "Islamic Republic",
        "Iranian government", "Iranian regime", "l'Iran", "Irán",
        "إيرانيا", "إيرانياً"]),  # ("المدعومة إيرانياً": Iranian-backed)
    "United States": ("state", [
        "الولايات المتحدة", "الولايات المتحدة الأميركية", "الولايات المتحدة الأمريكية", "أمريكا", "أميركا",
        "الإدارة الأميركية", "الإدارة الأمريكية", "United States", "the United States", "U.S.", "USA", "US government",
        "U.S. government", "Biden administration", "États-Unis", "Etats-Unis", "Vereinigte Staaten", "USA",
        "الجيش الأميركي", "الجيش الأمريكي", "وزارة الحرب الأمريكية",
        # the US-led coalition's command against the Islamic State, which speaks for its strikes
        "Combined Joint Task Force", "Combined Joint Task Force-Operation Inherent Resolve",
        "Combined Joint Task Force Operation Inherent Resolve", "CJTF-OIR", "CJTF", "قوة المهام المشتركة",
        "the Americans"]),  # ('"the Americans and the Israelis" were responsible')
    "Israel": ("state", ["إسرائيل", "الجيش الإسرائيلي", "Israel", "Israël", "Israeli army", "Israeli military", "IDF",
                         "Israel Defense Forces", "Israeli Defense Forces", "جيش الدفاع", "جيش الدفاع الإسرائيلي",
                         "Israeli air force", "سلاح الجو الإسرائيلي", "أفيخاي أدرعي", "Avichay Adraee",
                         "Netanyahu", "Yoav Gallant", "Gallant", "Naftali Bennett", "Benny Gantz", "Avigdor Lieberman",
                         "Daniel Hagari", "دانيال هاغاري",
                         "Israel's military", "Israel's army", "Israel's air force", "Israel's defence ministry",
                         "Israel's defense ministry",
                         # its intelligence service, blamed for killings abroad
                         "Mossad", "the Mossad", "الموساد", "جهاز الموساد", "الموساد الإسرائيلي",
                         # the names its enemies give it
                         "الكيان الصهيوني", "العدو الصهيوني", "الكيان الإسرائيلي", "العدو الإسرائيلي",
                         "Zionist entity", "Zionist regime", "Zionist enemy", "the Israelis"]),
    "Turkey": ("state", ["تركيا", "Turkey", "Türkiye", "Turquie", "Türkei", "Turkish army", "الجيش التركي",
                         # its leaders speak for it in English reports ("Prime Minister Binali Yildirim said the army
                         # had struck 81 targets"; Arabic reports name them mostly blaming or threatening)
                         "Erdogan", "Erdoğan", "Ahmet Davutoglu", "Davutoglu", "Binali Yildirim", "Hulusi Akar",
                         "Yasar Guler", "Yaşar Güler",
                         # (its defence ministers in Arabic too: «وقال وزير الدفاع خلوصي أكار إن الجيش ردّ فوراً بقصف»)
                         "خلوصي أكار", "خلوصي آكار", "يشار غولر", "يشار غولير",
                         "Turkish Defence Ministry", "Turkish Defense Ministry", "Turkish defence ministry",
                         "وزارة الدفاع التركية", "Turkish armed forces", "القوات التركية",
                         "Turkish Ministry of National Defense", "Turkish Ministry of National Defence",
                         "Turkish National Defense Ministry", "وزارة الدفاع الوطني التركية",
                         "Turkey's Ministry of National Defence", "Turkey's Ministry of National Defense",
                         "Turkey's National Defence Ministry", "Turkey's National Defense Ministry",
                         "Turkey's military", "Turkey's army", "Turkey's defence ministry", "Turkey's defense ministry",
                         "Turkey's armed forces",
                         # its General Staff and its intelligence service (MIT), which strike too
                         "Turkish General Staff", "رئاسة الأركان التركية", "هيئة الأركان التركية", "الأركان التركية",
                         "MIT intelligence", "Turkish intelligence", "Turkish National Intelligence Organization",
                         "Turkish National Intelligence Organisation", "الاستخبارات التركية", "المخابرات التركية",
                         "جهاز الاستخبارات التركي", "جهاز المخابرات التركي"]),
    "Russia": ("state", ["روسيا", "Russia", "Russie", "Russland", "وزارة الدفاع الروسية", "الجيش الروسي",
                         "Vladimir Putin", "Putin", "Sergei Shoigu", "Shoigu",
                         "Russian Defence Ministry", "Russian Defense Ministry", "Russian defence ministry",
                         "Russian defense ministry", "Russian military", "Russian armed forces", "القوات الروسية",
                         "Russian Ministry of Defence", "Russian Ministry of Defense", "Russia's military",
                         "Russia's defence ministry", "Russia's defense ministry", "Russia's air force",
                         # its military's office at Hmeimim that tells of its strikes in Syria
                         "Russia's Reconciliation Centre", "Russia's Reconciliation Center", "Russian Reconciliation Centre",
                         "Russian Reconciliation Center", "Russian Centre for Reconciliation",
                         "Russian Center for Reconciliation", "مركز المصالحة الروسي", "مركز المصالحة الروسية"]),
    "Syrian government": ("state", ["النظام السوري", "الحكومة السورية", "Syrian government", "Syrian regime",
                                    "Assad regime", "نظام الأسد", "Assad's forces", "Assad forces", "Assad's troops",
                                    "Assad's government", "Assad government", "قوات الأسد", "حكومة الأسد",
                                    # its air arm as the opposition names it ("البراميل التي ألقتها مروحيات الأسد")
                                    "مروحيات الأسد", "طائرات الأسد", "طيران الأسد", "Assad's helicopters",
                                    # its head ("a poison gas attack that Washington blames on the government of
                                    # President Bashar al-Assad"; not the bare «الأسد», the lion of Ain al-Asad)
                                    "Bashar al-Assad", "Bashar Assad", "Bashar al-Asad", "President Assad",
                                    "بشار الأسد", "الرئيس بشار الأسد", "الرئيس السوري بشار الأسد",
                                    # its forces ("حمّلت واشنطن القوات الحكومية السورية المسؤولية")
                                    "القوات الحكومية السورية", "قوات الحكومة السورية", "الجيش السوري",
                                    "الجيش العربي السوري", "Syrian army", "Syrian Arab Army", "Syrian government forces",
                                    "Syrian regime forces", "Syrian air force", "سلاح الجو السوري", "الطيران السوري",
                                    "الطيران الحربي السوري",
                                    # named by its seat ("accused the defence ministry in Damascus of shelling homes")
                                    *(f"{the}{body} in Damascus" for the in ("", "the ")
                                      for body in ("government", "defence ministry", "defense ministry", "authorities")),
                                    # the opposition's words for them: "the regime's forces" («محمّلاً قوات النظام
                                    # مسؤوليتها»), "regime warplanes"
                                    "قوات النظام", "جيش النظام", "طائرات النظام", "طيران النظام", "مروحيات النظام",
                                    "طائرات حربية تابعة للنظام", "الطائرات الحربية التابعة للنظام",
                                    # its army's command, in SANA's words ("أعلنت القيادة العامة للجيش والقوات المسلحة")
                                    "القيادة العامة للجيش والقوات المسلحة", "القيادة العامة للجيش العربي السوري",
                                    "General Command of the Army and Armed Forces",
                                    "regime forces", "regime warplanes", "regime aircraft", "regime helicopters",
                                    # its ministries, speaking for its army and security forces
                                    "وزارة الدفاع السورية", "وزارة الداخلية السورية", "Syrian defence ministry",
                                    "Syrian defense ministry", "Syria's defence ministry", "Syria's defense ministry",
                                    "Syrian interior ministry", "Syria's interior ministry",
                                    "Syrian Ministry of Defence", "Syrian Ministry of Defense"]),
    "Iraqi government": ("state", ["الحكومة العراقية", "Iraqi government", "Iraqi authorities", "السلطات العراقية",
                                   # Its air force, which strikes Islamic State hideouts.
                                   "Iraqi air force", "القوة الجوية العراقية", "طيران الجيش العراقي"]),
    "Pentagon": ("source", [
        "البنتاغون", "البنتاجون", "وزارة الدفاع الأميركية", "وزارة الدفاع الأمريكية", "Pentagon",
        "Department of Defense", "Defense Department", "Defence Department", "DoD", "وزير الدفاع الأميركي",
        "وزير الدفاع الأمريكي", "Defense Secretary", "Secretary of Defense", "US Defense Secretary",
        "U.S. Defense Secretary", "Lloyd Austin", "لويد أوستن", "Pentagon spokesman", "Pentagon spokeswoman",
        "Pentagon press secretary", "المتحدث باسم البنتاغون", "Pat Ryder", "Sabrina Singh", "Pentagone",
        # the department's 2025 name, and its secretaries
        "Secretary of War", "War Secretary", "Department of War", "War Department", "Pete Hegseth", "Hegseth",
        "وزير الحرب الأمريكي", "وزير الحرب الأميركي", "هيغسيث", "Mark Esper", "Jim Mattis", "Ash Carter",
        "Chuck Hagel", "مارك إسبر"]),
    "CENTCOM": ("source", [
        "القيادة المركزية الأميركية", "القيادة المركزية الأمريكية", "سنتكوم", "CENTCOM", "القيادة المركزية",
        "Central Command", "U.S. Central Command", "US Central Command"]),
    "White House": ("source", ["البيت الأبيض", "White House", "Maison Blanche", "Maison-Blanche", "Weißes Haus", "Weisses Haus",
                               *PRESIDENT_NAMES]),
    "State Department": ("source", ["وزارة الخارجية الأميركية", "وزارة الخارجية الأمريكية", "State Department",
                                    "Department of State", "Secretary of State", "U.S. Secretary of State",
                                    "US Secretary of State", "Antony Blinken", "Blinken", "Mike Pompeo", "Pompeo",
                                    "Marco Rubio", "Rex Tillerson", "John Kerry", "Matthew Miller", "Ned Price",
                                    "وزير الخارجية الأمريكي", "وزير الخارجية الأميركي", "بلينكن", "بومبيو", "روبيو"]),
    "US official": ("source", [
        "مسؤول أميركي", "مسؤول أمريكي", "مسؤولون أميركيون", "مسؤولون أمريكيون", "مسؤول عسكري أميركي",
        "مسؤول دفاعي أميركي", "US official", "U.S. official", "US officials", "U.S. officials",
        "American official", "US defense official", "U.S. defense official", "US military official",
        "U.S. military official", "Pentagon official", "U.S. military spokesman", "US military spokesman",
        "U.S. military spokeswoman", "U.S. military spokesperson", "المتحدث العسكري الأميركي",
        "المتحدث العسكري الأمريكي", "U.S. defence official", "US defence official", "U.S. defense officials",
        "U.S. defence officials", "American defense official", "American defence official",
        "مسؤولون عسكريون أميركيون", "مسؤولون عسكريون أمريكيون", "مسؤول عسكري أمريكي", "مسؤول دفاعي أمريكي",
        # after a preposition: "بحسب مسؤولين أمريكيين", "نقلاً عن مسؤولين عسكريين أميركيين"
        "مسؤولين أمريكيين", "مسؤولين أميركيين", "مسؤولين عسكريين أمريكيين", "مسؤولين عسكريين أميركيين"]),
    "Iraqi security sources": ("source", [
        "مصادر أمنية عراقية", "مصدر أمني عراقي", "مصادر أمنية", "مصدر أمني", "Iraqi security sources",
        "Iraqi security source", "security sources", "a security source", "Iraqi security official",
        "Iraqi security officials", "police officials", "police sources", "police and hospital officials",
        "police and medical sources", "مصادر في الشرطة", "مصدر في الشرطة", "مصادر أمنية وطبية", "المصادر الأمنية", "المصدر الأمني"]),
    "Iraqi military": ("source", ["الجيش العراقي", "خلية الإعلام الأمني", "خلية الإعلام الحربي", "Iraqi military", "Iraqi army",
                                  "Security Media Cell", "War Media Cell", "Joint Operations Command", "قيادة العمليات المشتركة",
                                  # the commander-in-chief's (the prime minister's) military spokesman
                                  "المتحدث باسم القائد العام", "الناطق باسم القائد العام", "Yahya Rasool",
                                  "المتحدث باسم مكتب القائد العام", "الناطق باسم مكتب القائد العام", "قاسم عطا",
                                  "Yehia Rasool", "Yahya Rasoul", "يحيى رسول", "spokesman for the commander-in-chief",
                                  "spokesman for the Iraqi commander-in-chief", "military spokesman for Prime Minister",
                                  "spokesman for Iraq's commander-in-chief", "Baghdad Operations Command",
                                  "قيادة عمليات بغداد",
                                  # Iraq's regional operations commands (not a bare "operations command": "the army's
                                  # operations command" in Aleppo is Syria's)
                                  *(f"{region} Operations Command" for region in (
                                      "Anbar", "Nineveh", "Ninewa", "Salahuddin", "Salahaddin", "Diyala", "Samarra",
                                      "Kirkuk", "Basra", "Jazira", "Euphrates", "Western Euphrates", "Sumer",
                                      "Babil", "Karbala", "Mid-Euphrates", "Tigris"))]),
    "Syrian Observatory for Human Rights": ("source", [
        "المرصد السوري لحقوق الإنسان", "المرصد السوري", "Syrian Observatory for Human Rights",
        "Syrian Observatory", "SOHR", "Observatoire syrien des droits de l'homme"]),
}

# A state's armed forces and defence ministry are named the same way whichever the state: "the Turkish military",
# "Syria's army", "سلاح الجو الروسي", "القوات المسلحة الإيرانية". Listed by hand, each state had a different subset; they
# are generated here for every state. A form already listed is kept as it is, and "Iraq's army" goes where "Iraqi army"
# does (the Iraqi military's voice). "القوات الأميركية" is left out: US forces are mostly the ones attacked.
_ARMS_EN = ["army", "military", "air force", "navy", "armed forces", "defence ministry", "defense ministry", "general staff"]
_ARMS_AR_MASCULINE = ["الجيش", "سلاح الجو", "الطيران الحربي", "سلاح البحرية"]
_ARMS_AR_FEMININE = ["القوات المسلحة", "القوات الجوية", "القوات البحرية", "البحرية", "وزارة الدفاع", "هيئة الأركان"]
# actor: its land's English names, its English adjective, its Arabic adjectives (masculine, feminine, ...)
_STATE_ORGANS: dict[str, tuple[list[str], str, tuple[str, ...]]] = {
    "Syrian government": (["Syria"], "Syrian", ("السوري", "السورية")),
    "Turkey": (["Turkey", "Türkiye"], "Turkish", ("التركي", "التركية")),
    "Israel": (["Israel"], "Israeli", ("الإسرائيلي", "الإسرائيلية")),
    "Russia": (["Russia"], "Russian", ("الروسي", "الروسية")),
    "Iran": (["Iran"], "Iranian", ("الإيراني", "الإيرانية")),
    "United States": (["America"], "American", ("الأمريكي", "الأمريكية", "الأميركي", "الأميركية")),
    "Iraqi government": (["Iraq"], "Iraqi", ("العراقي", "العراقية")),
}


def _add_state_organs() -> None:
    owner_of = {alias.casefold(): actor for actor, (_kind, aliases) in ACTORS.items() for alias in aliases}
    for actor, (lands, adjective, arabic) in _STATE_ORGANS.items():
        for arm in _ARMS_EN:
            owner = owner_of.get(f"{adjective} {arm}".casefold(), actor)
            for form in [f"{adjective} {arm}"] + [f"{land}'s {arm}" for land in lands]:
                if form.casefold() not in owner_of:
                    ACTORS[owner][1].append(form)
        for arms, adjectives in ((_ARMS_AR_MASCULINE, arabic[0::2]), (_ARMS_AR_FEMININE, arabic[1::2])):
            ACTORS[actor][1].extend(f"{arm} {adj}" for arm in arms for adj in adjectives
                                    if f"{arm} {adj}" not in owner_of)


_add_state_organs()
# "جيش الاحتلال الإسرائيلي": Arab outlets' name for the Israeli army (bare "جيش الاحتلال" can be Turkey's or the US's)
ACTORS["Israel"][1].extend(["جيش الاحتلال الإسرائيلي", "قوات الاحتلال الإسرائيلي"])

# "المقاومة الإسلامية" alone: Hezbollah's armed wing in reports from Lebanon, the Islamic Resistance in Iraq in
# reports from Iraq (engine._resistance_meant decides per report; "... في العراق" is the latter's own alias).
RESISTANCE_NAMES: list[str] = ["المقاومة الإسلامية"]

# Capitals used for governments ("Washington pointed to Tehran"): actors, unless written as a place
# ("in Tehran"); then they are places.
METONYMS: dict[str, list[str]] = {
    "United States": ["واشنطن", "Washington"],
    "Iran": ["طهران", "Tehran", "Téhéran", "Teheran"],
    "Syrian government": ["دمشق", "Damascus"],
    "Israel": ["تل أبيب", "Tel Aviv"],
    "Turkey": ["أنقرة", "Ankara"],
    "Russia": ["موسكو", "Moscow"],
}

# Adjectives that name an actor only inside a role cue ("backed by the IRGC and the Iranian regime").
DEMONYMS: dict[str, list[str]] = {
    "Iran": ["إيراني", "الإيراني", "إيرانية", "الإيرانية", "الإيرانيين", "الإيرانيون", "إيرانيتين", "إيرانيتان", "Iranian"],
    "United States": ["أميركي", "الأميركي", "الأميركية", "أمريكي", "الأمريكي", "الأمريكية", "أميركية", "أمريكية",
                      "أميركيتين", "أمريكيتين", "أميركيتان", "أمريكيتان", "أمريكياً", "أميركياً", "American", "américain", "américaine", "amerikanisch"],
    "Israel": ["إسرائيلي", "الإسرائيلي", "إسرائيلية", "الإسرائيلية", "إسرائيلياً", "إسرائيليتين", "إسرائيليتان", "Israeli", "الصهيوني", "الصهيونية", "صهيوني",
               "Zionist"],
    "Turkey": ["تركي", "التركي", "تركية", "التركية", "تركيتين", "تركيتان", "Turkish"],
    "Russia": ["روسي", "الروسي", "روسية", "الروسية", "روسيتين", "روسيتان", "Russian"],
    "Iraqi government": ["Iraqi"],  # "Iraqi F-16 jets struck IS hideouts"
    "Syrian government": ["Syrian"],  # "the Syrian jet had bombed positions of the SDF"
}

# Names that contain an actor name but are something else.
NOISE: list[str] = [
    "معهد واشنطن", "Washington Institute", "Washington Post", "واشنطن بوست", "نوبة قلبية", "heart attack",
    # the Syrian opposition's army, not the government's
    "الجيش السوري الحر", "Free Syrian Army", "Syrian Free Army",
    # another land's regime, not Syria's: «طائرات النظام العراقي» (the opposition's "طائرات النظام" is Syria's)
    *(f"{arm} النظام {land}" for arm in ("قوات", "جيش", "طائرات", "طيران", "مروحيات")
      for land in ("العراقي", "الإيراني", "الليبي", "اليمني", "التركي")),
    "panic attack", "مسيرة احتجاجية", "مسيرات احتجاجية", "مسيرة سلمية", "مسيرة حاشدة", "مسيرة شعبية",
    "anxiety attack", "cyber attack", "cyberattack", "هجوم إلكتروني", "هجوم الكتروني", "هجوم سيبراني",
    # fireworks: "أطلق الأطفال صواريخ الألعاب النارية", "firework rockets"
    "صواريخ الألعاب النارية", "صاروخ ألعاب نارية", "صواريخ ألعاب نارية", "firework rockets", "fireworks rockets",
    "firework rocket",
    "attacking midfielder", "attacking players", "attack on goal", "counter-attack", "counterattack", "هجمة مرتدة", "drone shot of", "drone shot from",
    "a stunning drone shot", "drone footage",
    "drone shots", "تصوير جوي", "missile defense", "strike price", "hunger strike", "إضراب",
    "US dollar", "U.S. dollar", "الدولار الأميركي", "الدولار الأمريكي", "تسديدة صاروخية", "بتسديدة صاروخية",
    "rocket shot", "thunderous strike", "strike from the edge", "صاروخية من خارج", "هجمات متتالية",
    "هجوم المضاربين", "attack on the currency", "goal attack", "قناة الميادين",
    # a career or a march, not a drone: "بعد مسيرة امتدت نصف قرن", "مسيرة احتجاجية"
    "مسيرة امتدت", "مسيرة فنية", "مسيرة مهنية", "مسيرة حافلة", "مسيرته الفنية", "مسيرتها الفنية", "مسيرته المهنية",
    "مسيرة احتجاجية", "مسيرات احتجاجية", "مسيرة سلمية", "مسيرات سلمية", "مسيرة شعبية", "مسيرات شعبية",
    # the Houthis' television, whose name is "the march" (and "the drone"): "قناة «المسيرة»"
    "قناة المسيرة", 'قناة "المسيرة"', "قناة «المسيرة»", "المسيرة نت", "تلفزيون المسيرة", 'تلفزيون "المسيرة"',
    "قناة المسيرة الفضائية", "وكالة سبأ",
    # the weather's "strikes": sunstroke, heatwaves, storms ("المصابين بضربات الشمس", "موجة الحر ستضرب")
    "ضربات الشمس", "ضربة الشمس", "ضربة شمس", "ضربات شمس", "sunstroke", "heatstroke", "heat stroke",
    "موجة الحر", "موجة حر", "موجة الحرارة", "العاصفة الترابية", "عاصفة ترابية", "heatwave", "heat wave",
    "dust storm", "sandstorm", "Al Mayadeen", "al-Mayadeen TV",
    # ... and what they "hit": "A thick dust storm hit Baghdad", "العاصفة الترابية التي ضربت المحافظة"
    "dust storm hit", "dust storms hit", "sandstorm hit", "sandstorms hit", "dust storm struck", "sandstorm struck",
    "العاصفة الترابية التي ضربت", "عاصفة ترابية ضربت", "العاصفة التي ضربت",
    # "killed two birds with one stone": «ضربت عصفورين بحجر واحد»
    *(f"{verb} عصفورين بحجر" for verb in ("ضرب", "ضربت", "يضرب", "تضرب", "ضربنا", "نضرب")),
    "two birds with one stone",
    "الميادين نت", "لقناة الميادين", "شاشة الميادين",
    # Drones that spray crops, deliver parcels or light up the sky.
    "طائرات مسيرة لرش", "طائرة مسيرة لرش", "طائرات مسيرة زراعية", "مسيرات زراعية", "drones to spray",
    "spraying drones", "crop-spraying drones", "agricultural drones", "delivery drones", "drone delivery",
    "drone show", "drone light show", "drones to deliver", "Dana Gas", "دانة غاز",
    # Jerusalem (al-Quds) in the names of an armed wing, a rally day, a hospital, papers and a slogan, not the city
    "سرايا القدس", "Al-Quds Brigades", "al-Quds Brigades", "Quds Brigades", "Saraya al-Quds", "يوم القدس",
    "يوم القدس العالمي", "Quds Day", "al-Quds Day", "مستشفى القدس", "al-Quds hospital", "Al-Quds Hospital",
    "Quds hospital", "على طريق القدس", "on the road to Jerusalem", "on the way to Jerusalem", "القدس العربي",
    "Al-Quds Al-Arabi", "جامعة القدس", "Al-Quds University", "Jerusalem Post", "جيروزاليم بوست", "Israel Hayom",
    "إسرائيل هيوم", "Times of Israel", "تايمز أوف إسرائيل",
    # a strike of words: "Putin struck a softer tone than his generals"
    "struck a softer tone", "struck a tone", "struck a conciliatory tone", "struck a defiant tone",
    "struck a harsher tone", "struck a different tone", "struck a deal", "strike a deal", "struck a balance",
    "strike a balance", "struck an agreement",
    # a rate of infection or infestation, no one hurt: "خفّضت الإصابة بنسبة كبيرة", "نسب الإصابة"
    "الإصابة بنسبة", "الإصابات بنسبة", "نسبة الإصابة", "نسبة الإصابات", "نسب الإصابة", "نسب الإصابات",
    "معدل الإصابة", "معدلات الإصابة", "infection rate", "infection rates", "infestation rate", "infestation rates",
    # what a group overran once, told as its background: "Islamic State, which overran large parts of Iraq in June",
    # "the dam, which the militants overran on Aug. 7"
    # (not "al-Baghdadi, which the militants overran on Thursday": the attack told)
    *(f"{which} overran" for which in ("which", "that", "which it", "which they", "which the group")),
    # a ceasefire, no gunfire: «منذ سريان وقف إطلاق النار», «اتفاق وقف إطلاق النار»
    "وقف إطلاق النار", "وقف لإطلاق النار", "وقفا لإطلاق النار", "وقف إطلاق نار", "وقف النار",
    # pests that "attack" orchards and crops: "حشرة الدوباس التي تهاجم بساتين النخيل", "locusts attacking crops"
    *(f"{verb} {crops}" for verb in ("تهاجم", "يهاجم", "هاجمت", "هاجم") for crops in (
        "بساتين", "البساتين", "المحاصيل", "محاصيل", "النخيل", "أشجار", "الأشجار", "المزروعات")),
    *(f"{verb} {crops}" for verb in ("attack", "attacks", "attacked", "attacking") for crops in (
        "crops", "the crops", "palm", "palms", "orchards", "date palms", "wheat")),
    # help given to a raid, no accusation of arming ("its forces, with support from the U.S.-led coalition, raided")
    "with support from", "with the support of",
]

# --- Targets -----------------------------------------------------------------------------------
# label -> (actor attacked, aliases)
TARGETS: dict[str, tuple[str | None, list[str]]] = {
    "US forces": ("United States", [
        "القوات الأميركية", "القوات الأمريكية", "قوات أميركية", "قوات أمريكية", "قوات الولايات المتحدة",
        "الجنود الأميركيين", "الجنود الأمريكيين", "جنود أميركيين", "جنود أمريكيين", "الجيش الأميركي",
        "الجيش الأمريكي", "العسكريين الأميركيين", "المصالح الأميركية", "المصالح الأمريكية",
        "US forces", "U.S. forces", "US troops", "U.S. troops", "American forces", "American troops",
        "US military", "U.S. military", "US personnel", "U.S. personnel", "US service members",
        "U.S. service members", "US soldiers", "U.S. soldiers", "American soldiers", "US base", "U.S. base",
        "US Marines", "U.S. Marines", "American Marines", "US sailors", "U.S. sailors", "US airmen", "U.S. airmen",
        "US special forces", "U.S. special forces", "American special forces",
        "مشاة البحرية الأمريكية", "مشاة البحرية الأميركية", "قوات المارينز", "المارينز",
        "forces américaines", "US-Truppen", "amerikanische Truppen", "US-Soldaten",
        # How Damascus, Tehran and the factions name them.
        "US occupation forces", "U.S. occupation forces", "American occupation forces", "قوات الاحتلال الأمريكي",
        "قوات الاحتلال الأميركي", "الاحتلال الأمريكي", "الاحتلال الأميركي"]),
    "coalition forces": (None, [
        "قوات التحالف", "التحالف الدولي", "الائتلاف الدولي", "قوات التحالف الدولي", "coalition forces",
        "international coalition", "coalition troops", "anti-IS coalition", "coalition base"]),
    # the coalition named with its leader strikes for it ("The U.S.-led coalition struck a convoy")
    "US-led coalition forces": ("United States", [
        "US-led coalition", "U.S.-led coalition", "American-led coalition"]),
    "US embassy": ("United States", ["السفارة الأميركية", "السفارة الأمريكية", "US embassy", "U.S. embassy",
                                     "American embassy"]),
    "Iraqi forces": ("Iraqi government", ["القوات العراقية", "القوات الأمنية العراقية", "Iraqi forces",
                                          "Iraqi security forces", "Iraqi troops"]),
    "Israeli forces": ("Israel", ["القوات الإسرائيلية", "Israeli forces", "Israeli troops", "Israeli soldiers"]),
    "commercial shipping": (None, ["سفينة تجارية", "سفن تجارية", "ناقلة نفط", "commercial vessel",
                                   "commercial ship", "merchant vessel", "merchant ship", "cargo ship",
                                   "oil tanker", "container ship", "commercial shipping"]),
    "US warship": ("United States", ["مدمرة أميركية", "مدمرة أمريكية", "سفينة حربية أميركية", "US warship",
                                     "U.S. warship", "US destroyer", "U.S. destroyer", "USS"]),
}

# --- Weapons -----------------------------------------------------------------------------------
# A state's own aircraft that struck: a weapon and an attack at once.
OWN_AIRCRAFT_STRUCK: list[str] = [f"{planes} {verb}" for planes in ("طائراتها", "طائراته", "طائراتنا", "طيرانها", "طيرانه")
                                  for verb in ("دمرت", "قصفت", "استهدفت", "شنت", "أغارت", "ضربت", "دمر", "قصف", "استهدف",
                                               "شن", "أغار")]
# Aircraft named with what they did ("U.S. aircraft struck", "American aircraft had struck an al-Qaeda meeting
# location"): a weapon, an attack and a deed carried out at once.
AIRCRAFT_STRUCK: list[str] = [
    "aircraft struck", "aircraft bombed", "jets struck", "jets bombed", "warplanes struck", "air force struck",
    "air force had struck", "air force hit", "air force bombed", "aircraft destroyed",
    *(f"{planes} {aux} {verb}" for planes in ("aircraft", "jets", "warplanes") for aux in ("had", "have")
      for verb in ("struck", "bombed", "hit")),
    # what a strike left of its target ("its jets had flattened the tower")
    *(f"{planes}{aux} {verb}" for planes in ("aircraft", "jets", "warplanes", "air force")
      for aux in ("", " had", " have", " has") for verb in ("flattened", "levelled", "leveled", "razed", "destroyed")
      if f"{planes}{aux} {verb}" != "aircraft destroyed"),
    "air force had bombed", "air force has bombed",
    # past an adverb or a modal between them: "coalition aircraft may have mistakenly struck Syrian troops", "its
    # aircraft had separately struck a weapons depot"
    *(f"{planes} {between} {verb}" for planes in ("aircraft", "jets", "warplanes")
      for between in ("may have", "might have", "may have mistakenly", "also", "later", "separately",
                      "mistakenly", "had also", "had later", "had separately", "had mistakenly", "have also",
                      "also had", "subsequently", "had subsequently")
      for verb in ("struck", "bombed", "hit")),
    # what aircraft carried out or killed ("coalition aircraft had carried out four strikes near Baiji", "its aircraft had
    # killed five PKK militants"), and the helicopter's strike ("An Israeli helicopter strike on Sunday hit two vehicles")
    *(f"aircraft{aux} {verb}" for aux in ("", " had", " have", " has") for verb in ("carried out", "conducted", "killed", "hit")
      if f"aircraft{aux} {verb}" not in ("aircraft had hit", "aircraft have hit")),
    "aircraft and artillery", "helicopter strike", "helicopter strikes", "helicopter raid", "helicopter raids",
    "helicopter attack"]
# An interception told in Arabic (intercepted on its way is still an attack, as "intercepted" is in English), and a
# launch told with its object ("طائرتين مسيّرتين أطلقتهما الميليشيا")
INTERCEPTED_OR_LAUNCHED_AR: list[str] = ["اعترضت", "اعترض", "اعترضتها", "اعترضها", "أطلقها", "أطلقتها", "أطلقهما",
                                         "أطلقتهما", "أطلقوها"]
# A device told bare as it went off, a bomb and an attack in one: "one device went off beside trucks near al-Diwaniyah"
DEVICES_WENT_OFF: list[str] = ["device went off", "devices went off", "device exploded", "devices exploded",
                               "device detonated"]
WEAPONS: dict[str, list[str]] = {
    "drone": [
        "مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "طائرة مسيرة", "طائرات مسيرة", "طائرتين مسيرتين",
        "طائرتان مسيرتان", "طائرتان مسيّرتان", "مسيّرة انقضاضية", "مسيرات انقضاضية",
        "طائرة بدون طيار", "طائرات بدون طيار", "طائرة من دون طيار", "طائرات من دون طيار", "درون", "درونز",
        "مسيرة مفخخة", "مسيرات مفخخة", "مسيرة انتحارية", "مسيرات انتحارية",
        "drone", "drones", "UAV", "UAVs", "unmanned aerial vehicle", "unmanned aerial vehicles",
        "one-way attack drone", "one-way attack drones", "one-way attack UAV", "kamikaze drone",
        "kamikaze drones", "suicide drone", "suicide drones", "Shahed", "Drohne", "Drohnen", "MQ-9", "MQ-9 Reaper",
        "MQ-9 Reapers", "Reaper drone", "Reaper drones", "MQ-1", "Predator drone", "Bayraktar", "Bayraktar TB2",
        "sent a drone", "sent drones", "الطيران المسير", "طيران مسير", "بالطيران المسير", "سلاح الجو المسير", "طائراتها المسيرة", "طائراته المسيرة", "طائراتنا المسيرة", "طائراتها المسيّرة", "drone piégé", "drones piégés", "loitering munition", "loitering munitions", "drone boat", "drone boats",
        "remotely piloted aircraft", "remotely-piloted aircraft",
        "unmanned surface vessel", "unmanned surface vessels", "زورق مسير", "زوارق مسيرة", "زورق مسيّر", "زوارق مسيّرة",
        "زورقا مسيرا", "زورق مفخخ", "زوارق مفخخة",
        # The Israeli army's words for a drone it did not identify.
        "hostile aircraft", "hostile aerial target", "aerial target", "suspicious aerial target", "هدف جوي معاد",
        "هدف جوي مشبوه", "طائرة معادية"],
    "rocket": [
        "صاروخ", "صواريخ", "صاروخية", "صاروخين", "صاروخان", "رشقة صاروخية", "رشقات صاروخية", "صاروخيتان",
        "صاروخيتين", "قذيفتان صاروخيتان", "قذيفتين صاروخيتين", "صاروخا", "بصاروخ", "راجمة صواريخ",
        "قذيفة صاروخية", "قذائف صاروخية", "كاتيوشا", "صواريخ كاتيوشا", "صواريخ غراد", "القذيفة الصاروخية",
        "القذائف الصاروخية", "صاروخي", "الصاروخي", "هجوم صاروخي", "قصف صاروخي", "القصف الصاروخي",
        "rocket", "rockets", "rocket attack", "rocket attacks", "rocket fire", "Katyusha", "Katyushas", "Grad rockets",
        "roquette", "roquettes", "Rakete", "Raketen"],
    "missile": [
        "صاروخ باليستي", "صواريخ باليستية", "صاروخ بالستي", "صواريخ بالستية", "صاروخ كروز", "صواريخ كروز",
        "صاروخ مضاد للسفن", "صواريخ مضادة للسفن", "صاروخ موجه", "صواريخ موجهة",
        "صاروخ مضاد للدروع", "صواريخ مضادة للدروع", "صاروخا مضادا للدروع", "كورنيت", "صاروخ كورنيت",
        "anti-tank missile", "anti-tank missiles", "Kornet", "ATGM", "anti-tank guided missile",
        # named Houthi cruise missiles (not the city: «صاروخ مجنح من نوع "قدس 1"»)
        "قدس 1", "قدس-1", "قدس 2", "قدس-2", "Quds-1", "Quds 1", "Quds-2", "Quds 2",
        # The definite forms put the article on both words ("الصواريخ الباليستية").
        "الصاروخ الباليستي", "الصواريخ الباليستية", "الصاروخ البالستي", "الصواريخ البالستية", "صاروخ مجنح",
        "صواريخ مجنحة", "الصواريخ المجنحة", "بصاروخ مجنح", "الصواريخ الموجهة", "الصاروخ المضاد للسفن",
        # counted (accusative and dual): "اثنا عشر صاروخاً بالستياً", "صاروخين باليستيين"
        "صاروخا بالستيا", "صاروخا باليستيا", "صاروخين بالستيين", "صاروخين باليستيين", "صاروخا مجنحا",
        "صاروخا كروز", "صاروخان باليستيان", "صاروخان بالستيان", "صاروخان مجنحان", "صاروخين مجنحين",
        "صاروخين موجهين", "صاروخان موجهان", "صاروخا موجها", "صاروخ إيراني", "صواريخ إيرانية", "صاروخا إيرانيا",
        "الصاروخ الإيراني", "الصواريخ الإيرانية", "صاروخ حوثي", "صواريخ حوثية", "صاروخ يمني",
        # surface-to-surface: "بصواريخ أرض–أرض قصيرة المدى"
        "صواريخ أرض أرض", "صاروخ أرض أرض", "صاروخا أرض أرض", "الصواريخ أرض أرض", "صواريخ أرض - أرض",
        "صاروخ أرض - أرض", "صواريخ أرض – أرض", "صاروخ أرض – أرض",
        # air-to-air, air-to-surface, surface-to-air: "أسقطتها ... بصاروخ جو-جو"
        *(f"{n} {a}{sep}{b}" for n in ("صاروخ", "صواريخ", "صاروخا") for a, b in (("جو", "جو"), ("جو", "أرض"), ("أرض", "جو"),
                                                                            ("أرض", "أرض"))
          for sep in ("-", " - ", " ", " – ")),
        "missile", "missiles", "ballistic missile", "ballistic missiles", "cruise missile", "cruise missiles",
        "anti-ship missile", "anti-ship missiles", "guided missile", "close-range ballistic missile",
        "Tomahawk", "Tomahawks", "Tomahawk missiles", "توماهوك", "صواريخ توماهوك",
        "صاروخ توماهوك", "صاروخا توماهوك", "صاروخ من طراز توماهوك", "صاروخا من طراز توماهوك",
        "القوة الصاروخية", "قوته الصاروخية", "القوات الصاروخية",  # (the Houthis' missile force)
        "صواريخ من طراز توماهوك", "صواريخ كروز من طراز توماهوك",
        "close-range ballistic missiles", "Marschflugkörper", "missile balistique", "missiles balistiques"],
    "mortar": ["قذيفة هاون", "قذائف هاون", "هاون", "قذائف الهاون", "mortar", "mortars", "mortar round",
               "mortar rounds", "mortar shell", "mortar shells", "mortar bomb", "mortar bombs", "obus de mortier",
               "Mörser", "Mörsergranaten"],
    "ied": ["عبوة ناسفة", "عبوات ناسفة", "عبوة لاصقة", "IED", "IEDs",
            "improvised explosive device", "improvised explosive devices", "roadside bomb", "roadside bombs",
            "explosive device", "engin explosif", "Sprengsatz", "العبوة الناسفة", "العبوات الناسفة",
            "العبوة اللاصقة", "عبوات لاصقة",
            # a device told bare, and two ("انفجار عبوتين على التوالي", "انفجرت عبوة على الطريق")
            "عبوة", "عبوتان ناسفتان", "عبوتين ناسفتين", "عبوتان", "عبوتين", "العبوتان", "العبوتين",
            # the device told again: "عبوة مماثلة انفجرت", "another device went off"
            "عبوة مماثلة", "عبوة ثانية", "عبوة أخرى", "العبوة", "another device", "a second device", "bomb blast",
            "roadside blast", "a bomb", "bomb", "roadside bombing", "roadside bombings",
            *DEVICES_WENT_OFF],
    # Car and truck bombs, suicide bombers and their belts: arms of an attack, but none of the fixed vocabulary (the
    # corpus guidelines give "ied" to roadside bombs; 132 of the 156 development reports that tell of car bombs or
    # suicide bombers and of no roadside device list no weapon). Read as a weapon, reported as none (OUTPUT_WEAPONS).
    "car_bomb": ["سيارة مفخخة", "السيارة المفخخة", "car bomb", "car bombing",
            "car bombings", "suicide bombing", "suicide bombings", "car bombs", "suicide car bomb", "suicide car bombs",
            "truck bomb", "truck bombs", "suicide bomber", "suicide bombers", "suicide car bomber", "car bomber",
            "car bombers", "suicide truck bomb", "suicide truck bomber", "truck bomber", "suicide car bombers", "سيارات مفخخة", "السيارات المفخخة",
            "عربة مفخخة", "عربات مفخخة", "العربة المفخخة", "العربات المفخخة", "شاحنة مفخخة", "الشاحنة المفخخة",
            "صهريج مفخخ", "دراجة نارية مفخخة", "دراجة مفخخة", "عجلة مفخخة", "العجلة المفخخة",
            # a vehicle named between ("عربة «همفي» مفخخة"), and the suicide bomber ("فجّر انتحاري نفسه")
            "مفخخة", "مفخخ", "المفخخة", "انتحاري", "الانتحاري", "انتحاريان", "انتحاريين", "انتحاريون",
            "انتحاري يرتدي حزاما ناسفا", "حزام ناسف", "تفجير انتحاري", "التفجير الانتحاري", "تفجيرا انتحاريا",
            "هجوم انتحاري", "الهجوم الانتحاري", "هجوما انتحاريا", "حزاما ناسفا", "explosive vest", "suicide vest",
            "explosive belt", "suicide belt", "سترة ناسفة",
            # the bomber's own: "قبل أن يفجّر حزامه الناسف", "أحزمتهم الناسفة"
            "حزامه الناسف", "أحزمتهم الناسفة", "أحزمة ناسفة", "الأحزمة الناسفة", "الحزام الناسف"],
    "small_arms": ["أسلحة خفيفة", "الأسلحة الخفيفة", "إطلاق نار", "اطلاق النار", "نيران أسلحة خفيفة",
                   # "وأطلق النار على المصلين", "فتح النار على دورية": opened fire
                   "أطلق النار", "أطلقوا النار", "أطلقت النار", "فتح النار", "فتحوا النار", "فتحت النار",
                   "small arms", "small-arms fire", "small arms fire", "gunfire", "gunmen", "sniper fire",
                   "machine-gun fire", "tirs d'armes légères", "machine guns", "machine gun", "sniper rifles",
                   "rifles", "gun battle", "firefight", "opened fire", "الأسلحة الرشاشة", "أسلحة رشاشة", "رشاشات",
                   "الرشاشات", "قناص", "قناصة", "قنص", "عملية قنص", "عمليات قنص", "عمليتا قنص", "عمليتي قنص", "بالقنص", "بنادق", "مسلحون", "مسلحين", "المسلحين", "مسلحو",
                   "shot dead", "gunned down", "shot and killed",
                   # "the attackers used light and medium weapons", «بالأسلحة الخفيفة والمتوسطة»
                   # (not medium weapons alone: «تدمير عجلات تحمل أسلحة متوسطة», what the targets carried)
                   "light and medium weapons", "light weapons", "الأسلحة الخفيفة والمتوسطة", "أسلحة خفيفة ومتوسطة"],
    "airstrike": ["air operations", "air operation", "عمليات جوية", "عملية جوية", "غارة", "غارات", "غارة جوية", "غارات جوية", "ضربة جوية", "ضربات جوية", "ضربتين جويتين", "ضربتان جويتان", "غارتين جويتين", "غارتان جويتان", "قصف جوي",
                  "عدوان جوي", "عدوانا جويا", "اعتداء جوي",
                  # the air after the guns: «في قصف مدفعي وجوي تركي» (shelling and air strikes)
                  "وجوي", "والجوي",
                  "مقاتلة", "مقاتلات", "مقاتلتين", "مقاتلاته", "مقاتلاتها", "طائرات حربية", "طائرة حربية", "الطيران الحربي",
                  "مقاتلتان", "طائرتين حربيتين", "طائرتان حربيتان",  # (the dual)
                  # a state's warplanes ("أعلن الجيش الإسرائيلي أن طائراته الحربية نفّذت ضربات")
                  "طائراته الحربية", "طائراتها الحربية", "طائراتنا الحربية",
                  # the coalition's and an army's air arm ("قصف طيران التحالف مواقع", "طيران الجيش العراقي")
                  "طيران التحالف", "طائرات التحالف", "طيران الجيش", "طائرات الجيش",
                  # (and named whole, as the actor Iraqi government is: «أعلن رسول أن طيران الجيش العراقي دمّر رتلاً»)
                  "طيران الجيش العراقي", "القوة الجوية العراقية", "Iraqi air force", "army helicopters",
                  "قاذفات", "قاذفة", "قاذفات استراتيجية", "القاذفات", "المقاتلات", "الطائرات الحربية", "سلاح الجو",
        # a state's own aircraft that struck ("قالت وزارة الدفاع التركية إن طائراتها دمرت"; not "إحدى طائراتها أسقطت
        # مسيّرة", which intercepted); its drones are drones (below)
        *OWN_AIRCRAFT_STRUCK,
                  "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids",
                  # "responded with air and artillery strikes" (also artillery, below)
                  "air and artillery strikes", "air and artillery strike",
                  "warplane", "warplanes", "fighter jets", "fighter jet", "gunship", "AC-130", "F-15", "F-16",
                  # aircraft of war ("U.S. manned aircraft conducted precision strikes"; not "coalition aircraft" or
                  # "U.S. aircraft", whose first word names the striker)
                  "manned aircraft", "military aircraft", "combat aircraft", "strike aircraft",
                  "F-15E", "A-10", "bombers", "B-1", "frappe aérienne", "frappes aériennes", "Luftangriff", "Luftangriffe",
                  "jets", *AIRCRAFT_STRUCK,
                  # a state's own air arm, as سلاح الجو above ("the army said its air force had targeted")
                  "its air force", "their air force",
                  "B-52", "B-2", "B-2 bombers", "stealth bombers", "bomber aircraft",
                  # aircraft types as their crews' deed ("U.S. F-15s struck"), plural as written
                  "F-15s", "F-16s", "F-35", "F-35s", "F-15Es", "F-35I", "A-10s", "B-1s", "B-1B", "B-1Bs", "B-52s",
                  "AC-130s", "AC-130J", "F/A-18", "F/A-18s", "Super Hornet", "Super Hornets", "Apache helicopters",
                  "attack helicopter", "attack helicopters", "helicopter gunships", "Typhoon jets", "Tornado jets",
                  "Su-24", "Su-34", "Su-24s", "Su-34s", "Sukhoi jets",
                  # the same types as Arabic writes them ("طائرات «إف-16» عراقية قصفت")
                  *(f"{kind}{sep}{n}" for kind in ("إف", "اف") for sep in ("-", " ") for n in ("16", "15", "35", "18")),
                  *(f"{kind}/{a}{sep}18" for kind in ("إف", "اف") for a in ("إيه", "ايه") for sep in ("-", " ")),  # F/A-18
                  "سوخوي", "طائرات سوخوي", "ميغ", "طائرات ميغ",
                  # barrels of explosives dropped from helicopters, and the helicopters of war that drop them
                  "barrel bomb", "barrel bombs", "barrel-bomb", "barrel-bombs", "البراميل المتفجرة", "براميل متفجرة",
                  "برميل متفجر", "برميلا متفجرا", "برميلين متفجرين", "مروحيات حربية", "مروحية حربية", "المروحيات الحربية",
                  # combat and attack helicopters ("أن مروحيات قتالية أغارت على نقطتي مراقبة")
                  *(f"{heli} {kind}" for heli, kind in (("مروحية", "قتالية"), ("مروحيات", "قتالية"), ("مروحيتين", "قتاليتين"),
                                                       ("المروحيات", "القتالية"), ("مروحية", "هجومية"),
                                                       ("مروحيات", "هجومية"), ("المروحيات", "الهجومية"))),
                  "combat helicopter", "combat helicopters", "helicopter gunship"],
    "artillery": ["air and artillery strikes", "air and artillery strike", "aircraft and artillery", "قصف مدفعي", "مدفعية", "مدفعيته", "مدفعيتها", "المدفعية", "بالمدفعية", "shell", "shells", "artillery shell",
        "artillery shells", "قذائف مدفعية", "قذيفة مدفعية", "القصف المدفعي", "القذائف المدفعية",
                  "artillery", "artillery fire",
                  "shelling", "howitzer", "howitzers", "howitzer fire", "مدافع هاوتزر", "مدافع الهاوتزر", "Artillerie",
                  # a tank's gun: "أطلقت دبابة إسرائيلية من طراز ميركافا قذيفة"
                  "tank shell", "tank shells", "tank fire", "دبابة", "دبابات", "قذيفة دبابة", "قذائف الدبابات"],
}

# The present of Arabic headlines: "عدوان إسرائيلي بالصواريخ يستهدف ساحة الحاويات في مرفأ اللاذقية", "مسيّرات تضرب حقلَي
# طاوكي" (weak attack cues: also a plan or a habit, "حملة تستهدف الفساد")
HEADLINE_PRESENT_VERBS: list[str] = ["يستهدف", "تستهدف", "يقصف", "تقصف", "تضرب", "يضرب", "تهاجم", "يهاجم"]

# --- Cue words -----------------------------------------------------------------------------------
# An attack happened (nouns and verbs).
# "Islamic State fighters pressed their assault on Kobani": an attack, and who made it
PRESSED_ASSAULT: list[str] = [f"pressed {whose} {push}" for whose in ("their", "its", "an")
                              for push in ("assault", "offensive", "attack")]
# An assault that failed was made: "a group of eight militants tried to storm the nearby Ain al-Asad air base" (its
# "storm" is no weather: engine._attack_told)
TRIED_ASSAULTS: list[str] = [
    *(f"{tried} {deed}" for tried in ("tried to", "attempted to") for deed in ("storm", "overrun", "infiltrate")),
    "حاولوا اقتحام", "حاول اقتحام", "حاولت اقتحام", "محاولة اقتحام", "محاولة تسلل", "حاولوا التسلل",
]
ATTACK_CUES: list[str] = [*OWN_AIRCRAFT_STRUCK, *PRESSED_ASSAULT, "knocked out", "firing", "launching", "hitting", "striking", "sent",
    "هجوم", "هجوما", "الهجوم", "هجمات", "هجومين", "هجومان", "هجمة", "هجماتها", "هجماته",
    "استهداف", "استهدف", "استهدفت", "استهدفوا", "استهدفنا", "قصفنا", "هاجمنا", "ضربنا", "أطلقنا", "نفذنا", "دمرنا", "قصف", "قصفت", "قصفوا", "ضربة", "ضربات", "ضربت", "ضربتين", "ضربتان",
    "هاجم", "هاجمت", "هاجموا", "مهاجمة", "طالت", "سقط", "سقطت", "سقطا", "سقطتا", "سقوط", "انفجار", "نفذت", "نفذ", "نفذتا",
    "شنت", "شن", "أغارت", "دوي انفجار", "انفجارات", "استهدفتا", "ضرب", "ضربوا", "دك", "دكت", "دكوا", "أمطرت",
    "أمطروا", "slammed", "pounded", "hammered", "battered", "rained", "raided", "ambushed", "انفجرت", "اعتداء",
    "اعتداءات", "تعرض", "تعرضت", "تعرضنا", "أطلقت", "أطلق", "إطلاق", "أسقطت", "اسقاط", "إسقاط",
    *HEADLINE_PRESENT_VERBS,
    # "its fighters using a small commercial drone to drop a bomb on an Iraqi army tank"
    *(f"{drop} {what}" for drop in ("drop", "drops", "dropped", "dropping")
      for what in ("munitions", "bombs", "a bomb", "grenades", "a grenade", "explosives")),
    "ألقت", "ألقتا", "ألقتها", "ألقاها", "أسقطت قنابل", "sent a drone", "sent drones", "الطيران المسير", "طيران مسير", "بالطيران المسير", "سلاح الجو المسير", "أرسلت",
    "operations against", "operation against", "عملية ضد", "عمليات ضد", "عملية استهدفت", "عمليات استهدفت",
    # "أعلن المتحدث ... تنفيذ عمليتين عسكريتين اليوم؛ الأولى استهدفت": operations carried out, announced
    "تنفيذ عملية", "تنفيذ عمليتين", "تنفيذ عمليات", "تنفيذ عملية عسكرية", "تنفيذ عمليتين عسكريتين", "تنفيذ عمليات عسكرية",
    "raid", "raids",
    "attack", "attacks", "attacked", "struck", "strike", "strikes", "targeted", "targeting", "targets",
    "hit", "hits", "fired", "fired at", "launched", "came under fire", "came under attack", "come under fire",
    "come under attack", "coming under fire", "coming under attack", "come under rocket fire", "came under rocket fire", "shelled",
    "bombed", "explosion", "exploded", "assault", "impacted", "landed", "intercepted", "shot down", "went off",
    # "two drones came down in Beirut's southern suburbs" (a weak cue: with a weapon only)
    "came down in", "came down on", "came down near",
    # the singular «فجّر» is also «فجر», dawn: only with what or who was blown up ("فجّر انتحاري سترته الناسفة")
    "blew himself up", "blew herself up", "blew themselves up", "blowing himself up",
    # an army's statement: "تمكّن طيران الجيش ... من تدمير رتل" (managed to destroy; a weak cue, with a weapon only)
    "من تدمير",
    # "one of the group's soldiers had driven a vehicle packed with explosives into a gathering of police"
    *[f"{drove} {bomb}" for drove in ("drove", "driven", "rammed") for bomb in (
        "a car bomb", "a truck bomb", "a vehicle packed with explosives", "a car packed with explosives",
        "a truck packed with explosives", "an explosives-laden", "a booby-trapped")],
    # "said its fighters had brought down a Jordanian warplane"
    "brought down",
    # the Israeli army's Arabic "eliminated" of a man ("أنه «قضى على عنصر في حزب الله» بغارة"); a deed, not a toll of its
    # own (the man may be counted killed in the same sentence)
    *[f"{verb} على {man}" for verb in ("قضى", "قضت", "القضاء") for man in ("عنصر", "عناصر", "قيادي", "قياديين",
                                                                          "مسلح", "مسلحين", "إرهابي", "إرهابيين")],
    "فجر نفسه", "فجر انتحاري", "فجر مهاجم", "فجر سترته", "فجر حزامه", "فجر سيارة", "فجر عبوة", "فجر سترة", "فجر حزاما",
    # "a similar drone set a storage tank ablaze at the Tawke field" (weak: with a weapon only)
    "ablaze", "set fire to", "set on fire",
    "detonated", "blast", "destroyed", "crashed into", "smashed into", "plowed into", "ploughed into", "فجروا", "فجرت", "فجّروا", "sniper fire", "قناص", "قنص", "دمرت", "دمر", "دمروا", "blasts", "explosions", "blew up", "انفجارين", "انفجاران",
    # "said its fighters had blown up an army Humvee", "had raked a checkpoint with machine-gun fire"
    "blown up", "blowing up", "raked", "strafed",
    "تفجير", "تفجيرات", "bombings", "bombing",
    "attaque", "attaques", "Angriff", "Angriffe", "angegriffen",
    # The weapon and the verb in one ("U.S. aircraft struck", "بقصف مدفعي"): an attack as well as a weapon.
    *AIRCRAFT_STRUCK, "قصف مدفعي", "قصف جوي", *DEVICES_WENT_OFF,
    "طال", "artillery fire", "shelling", "bombardment", "bombardments", "air and artillery strikes",
    "air and artillery strike", "rocket attack", "rocket attacks", "rocket fire", "one-way attack drone",
    "one-way attack drones", "one-way attack UAV",
    # Ground attacks: "militants stormed an army post", "كمين", "اشتباكات".
    "stormed", "overran", "overrun", "opened fire", "returned fire", "gun battle",
    *TRIED_ASSAULTS,
    # an army answering fire ("أن وحداتها ردت على مصادر النيران", "responded to the sources of fire")
    "ردت على مصادر النيران", "رد على مصادر النيران", "الرد على مصادر النيران", "responded to the sources of fire",
    "responded to the source of fire", "firefight", "ambush", "shot dead", "gunned down", "shot and killed", "اقتحم", "اقتحمت", "اقتحموا", "كمين", "كمينا",
    "هجوم مسلح", "اشتباكات", "اشتباك",
    # plural and dual subjects: "مسلحين أطلقوا ثلاثة صواريخ", "طائرتان شنتا"
    "أطلقوا", "أطلقتا", "شنوا", "شنتا", "نفذوا", "قصفتا", "أغار", "أغاروا", "أغرنا", "أصاب", "أصابت",
    "barrage", "barrages", "salvo", "salvos", "volley", "volleys",
    "fell on", "fell in", "fell near", "fell inside", "fell close to",
    *INTERCEPTED_OR_LAUNCHED_AR,
]
# The attack is threatened, hypothetical, denied or generic; looked for before the attack cue.
# Planning told in Arabic: «بتهمة ... التخطيط لتفجير أحزمة ناسفة», «مسؤولون عن التخطيط لهجمات داخل العراق»
PLANNING_AR: list[str] = ["التخطيط", "تخطيط", "يخطط", "تخطط", "يخططون", "خططوا", "خطط", "مخطط", "مخططا"]
MODAL_CUES: list[str] = [
    "هدد", "هددت", "تهدد", "يهدد", "هددوا", "تهديد", "تهديدات", "توعد", "توعدت", "احتمال", "في حال", "إذا",
    # a strike brandished: «يلوّح الرئيس الأمريكي منذ يومين بتوجيه ضربة عسكرية إلى دمشق»
    "يلوح", "تلوح", "لوح", "لوحت", "يلوحون", "ملوحا", "ملوحة",
    "لو", "يمكن", "ربما", "ستستهدف", "سيستهدف", "ستهاجم", "threat", "threats", "threaten", "threatened",
    "threatening", "vowed", "warned", "if", "could", "would", "might", "potential", "possible", "risk of",
    # "the group was ready to halt attacks on Saudi territory if ...": an offer, no attack told
    "ready to", "على استعداد", "مستعدة", "مستعد",
    # a deed vowed or demanded: «توعّد ...، في خطاب متلفز مساء أمس، باستئناف استهداف السفن»
    "باستئناف",
    # a satellite launched: «أطلق بنجاح أول قمر صناعي عسكري بواسطة صاروخ حامل», "a carrier rocket put a satellite into orbit"
    "قمر صناعي", "قمرا صناعيا", "القمر الصناعي", "أقمار صناعية", "صاروخ حامل", "الصاروخ الحامل", "صواريخ حاملة",
    "carrier rocket", "satellite launch", "into orbit", "space launch",
    # "حيث تستعد «قسد» لهجوم على سد الفرات", "preparing for an assault": an attack to come
    "تستعد", "يستعد", "تستعد ل", "يستعدون", "استعدادا ل", "استعدادا", "preparing for", "preparing to", "prepares for",
    "prepares to", "gearing up for",
    "plan to", "planned to", "plans to",
    # a plot, tried in court or foiled: «مدانين بتهمة ... التخطيط لتفجير أحزمة ناسفة», "convicted of plotting to bomb"
    # (not "شارك في التخطيط للهجوم الذي شنّه مسلحو التنظيم": the attack told, carried out)
    *(f"{plan} {deed}" for plan in PLANNING_AR
      for deed in ("لتفجير", "لتنفيذ", "لشن", "لاستهداف", "لهجمات", "لهجوم", "لاغتيال", "لإطلاق")),
    "plotting to", "plotted to", "plot to",
    # "convicting them of planning a wave of car bombings": what they planned, tried in court
    "of planning", "of planning a", "of planning a wave of",
    # a truce that stops attacks: «هدنة مشروطة تتوقف بموجبها عن استهداف القوات الأمريكية», "agreed to stop attacking"
    "تتوقف", "يتوقف", "التوقف عن", "بالتوقف عن", "الكف عن", "stop attacking", "stop targeting", "cease attacks",
    "any", "أي", "مزيد من", "more attacks", "further attacks",
    "قدرة", "قدرات", "capability", "capabilities", "ability to",
    "بمزيد من", "escalate", "تصعيد",
]
# Munitions destroyed on purpose by deminers or engineers: no attack, in a sentence (NEGATED_EVENT_CUES) or a report
# (ATTACK_RULED_OUT).
CONTROLLED_BLASTS: list[str] = ["controlled blast", "controlled explosion", "controlled detonation", "تفجير مسيطر عليه",
                                "تفجيراً مسيطراً عليه", "تفجير محكوم"]  # (the accusative's alef stays when folded)
# The attack did not take place ("the attack never came"); looked for anywhere in the sentence.
NEGATED_EVENT_CUES: list[str] = [
    "لم يقع", "لم تقع", "لم يحدث", "لم تحدث", "لم يتم الهجوم", "did not occur", "didn't occur",
    "never came", "never happened", "did not happen", "no attack took place", "no attack occurred",
    "no attack had taken place", "no attack has taken place", "no attack had occurred",
    # (the day between the denial and what it denies: "denied on Wednesday reports on social media that a drone had hit")
    *(f"denied on {day} reports" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                             "Sunday")),
    # "Israeli warplanes flew low over Beirut ..., but no strikes were reported"
    *(f"no {event} {was} reported" for event, was in (("strike", "was"), ("strikes", "were"), ("airstrike", "was"),
                                                      ("airstrikes", "were"), ("attack", "was"), ("attacks", "were"))),
    # a blast or attack denied outright ("the company said, denying reports of an explosion at the site"; not "denied
    # reports of casualties", the attack told)
    *(f"{verb} {what} {event}" for verb in ("denied", "denying", "denies", "deny") for what in ("reports of", "rumours of",
                                                                                                "rumors of")
      for event in ("an explosion", "an attack", "a blast", "a strike", "an airstrike", "a drone attack", "a rocket attack")),
    # rumours of an attack denied ("نافية ما تداولته حسابات على مواقع التواصل عن غارة جوية", "denied reports on social
    # media that the range had been shelled")
    *(f"{denied} ما {spread}" for denied in ("نافية", "نافيا", "نفت", "نفى", "عدم صحة")
      for spread in ("تداولته", "تناقلته")),
    # «نفت قيادة الجيش ... صحة ما تناقلته مواقع إخبارية عن غارة جوية ... مؤكدة أن «لا أساس لهذه الأخبار من الصحة»»
    "لا أساس لهذه الأخبار", "لا أساس لهذه الأنباء", "لا أساس لها من الصحة", "عارية عن الصحة", "عارية من الصحة",
    "denied reports on social media", "denied social media reports", "denied rumours", "denied rumors",
    "نفت وقوع", "نفى وقوع", "تنفي وقوع", "ينفي وقوع", "نفت حدوث", "نفى حدوث", "نفت أنباء عن", "نفى أنباء عن",
    # an attack ruled out ("a gas cylinder explosion ... killed two people, the civil defence said, ruling out an attack")
    *(f"{verb} {what}" for verb in ("ruling out", "ruled out", "rules out")
      for what in ("an attack", "any attack", "a terrorist attack", "sabotage", "any sabotage", "foul play")),
    "استبعد فرضية الهجوم", "استبعدت فرضية الهجوم", "استبعد وجود عمل", "استبعدت وجود عمل",
    # no attack at all: blanks and mock blasts of a film shoot or a drill ("blank-firing rifles", «ذخيرة خلبية»)
    "blank-firing", "firing blanks", "fired blanks", "blank rounds", "blank ammunition",  # (the hyphen folds to a space)
    *(f"mock {deed}" for deed in ("car bomb", "attack", "attacks", "explosion", "explosions", "battle", "assault", "raid")),
    "ذخيرة خلبية", "طلقات خلبية", "رصاص خلبي", "الذخيرة الخلبية", "الطلقات الخلبية",
    # a parade's salute and flares: «أطلقت المدفعية 21 طلقة تحية», «مروحيات قتالية أطلقت بالونات حرارية ملونة»
    "طلقة تحية", "طلقات تحية", "طلقات المدفعية تحية", "gun salute", "gun salutes", "21-gun salute",
    "بالونات حرارية", "البالونات الحرارية", "بالونات حرارية ملونة",
    # no attack at all: weapons destroyed by deminers, guns fired at a wedding
    *CONTROLLED_BLASTS,
    "celebratory gunfire", "celebratory fire", "الرصاص الاحتفالي", "إطلاق نار احتفالي", "إطلاق النار الاحتفالي",
    # an aircraft lost to a fault: «سقطت طائرة مسيّرة أمريكية ... بسبب عطل فني», "crashed due to a technical fault"
    "technical fault", "technical malfunction", "mechanical failure", "mechanical problem", "عطل فني", "خلل فني",
    "عطل تقني", "خلل تقني",
    # a fear or a mistake, no attack: "residents who feared a rocket had been fired" (a meteor), "mistook it for a drone"
    *(f"{feared} {weapon}" for feared in ("feared a", "feared an", "fearing a", "fearing an", "thought a", "thinking a",
                                          "mistook it for a", "mistaken for a", "mistaking it for a")
      for weapon in ("rocket", "missile", "drone", "strike", "airstrike", "attack", "bomb", "shell")),
    *(f"{thought} {weapon}" for thought in ("ظنوا أنه", "ظنا أنه", "ظنا منهم أنه", "اعتقدوا أنه", "ظنوه", "حسبوه")
      for weapon in ("صاروخ", "صاروخا", "قصف", "قصفا", "هجوم", "هجوما", "طائرة", "انفجار")),  # (tanween folds away)
    # an attack on a name, in words: «شنّ خلالها ما وصفه المحامي بـ«هجوم صاروخي» على سمعة موكّله», "a verbal barrage"
    "على سمعة", "على سمعته", "على سمعتها", "على سمعتهم", "بسمعة", "on the reputation", "on his reputation",
    "on her reputation", "on their reputation", "on its reputation", "القصف الكلامي", "قصف كلامي", "قصفا كلاميا",
    "verbal barrage", "verbal attack", "verbal attacks",
    # a strike of workers: "teachers launched a general strike", «أعلن العمال الإضراب»
    "general strike", "on strike", "hunger strike", "strike action", "labour strike", "labor strike", "الإضراب",
    "إضراب عن", "إضرابا", "إضراباً",
    # a drill that plays an attack: "a drill simulating a drone attack on Baghdad airport", «تمريناً يحاكي هجوماً»
    "simulating", "simulated", "simulation", "يحاكي", "تحاكي", "محاكاة",
    # a weapons test or a drill: "test-fired two ballistic missiles during an exercise", «تجربة لإطلاق صاروخين»
    "test-fired", "test-fire", "test-fires", "test fired", "test launch", "test-launched", "missile test",
    "during an exercise", "during a military exercise", "during drills", "military drills", "war games",
    "تجربة لإطلاق", "تجربة إطلاق", "تجربة صاروخية", "مناورات عسكرية", "خلال مناورات", "خلال تدريبات", "مناورة عسكرية",
    # a live-fire drill: «نفّذت قطعات من الفرقة السابعة تمريناً تعبوياً بالذخيرة الحية», "fired rockets at mock targets",
    # "a video depicted the drone striking a target on a firing range"
    "تمرينا", "تمريناً", "التمرين", "تمارين", "بالذخيرة الحية", "العدو الافتراضي", "أهداف وهمية", "الأهداف الوهمية",
    "حاكى", "حاكت", "mock targets", "dummy targets", "simulated targets", "firing range", "live-fire exercise",
    "live-fire drill", "live-fire drills", "acceptance trials",
    # "pounded a mock enemy stronghold ... as the exercise reached its live-fire finale", "two F-16s made a low pass"
    "mock enemy", "live-fire finale", "live-fire phase", "made a low pass", "low-level pass", "flypast", "fly-past",
    # an arms fair: «معرض ومؤتمر قوات العمليات الخاصة ... تعرض أحدث منتجات الصناعات الدفاعية من طائرات مسيّرة وصواريخ»
    "معرض ومؤتمر", "معرض للأسلحة", "معرض الأسلحة", "معرض للصناعات الدفاعية", "منتجات الصناعات الدفاعية",
    "arms fair", "arms exhibition", "weapons exhibition", "defence exhibition", "defense exhibition", "defence expo",
    "defense expo", "arms show",
    # a plane that landed is no rocket that landed: "Air Force One landed in darkness at Ain al-Asad air base"
    "Air Force One landed", "plane landed", "aircraft landed", "flight landed", "airliner landed",
    # protesters who stormed a building: "Protesters stormed the parliament", «اقتحم متظاهرون مبنى البرلمان»
    *(f"{verb} {who}" for verb in ("اقتحم", "اقتحمت", "اقتحموا") for who in ("متظاهرون", "محتجون", "المتظاهرون",
                                                                               "المحتجون", "مئات المتظاهرين", "آلاف المتظاهرين")),
    *(f"{who} {verb}" for who in ("protesters", "demonstrators", "supporters", "متظاهرون", "محتجون", "المتظاهرون",
                                  "المحتجون") for verb in ("stormed", "broke into", "اقتحموا")),
]
# Habitual, historic or background statements; anywhere in the sentence.
GENERIC_CUES: list[str] = [
    "متكررة", "المتكررة", "استمر سنوات", "منذ سنوات", "لسنوات", "كان يسيطر", "الحرب التي", "النزاع الذي",
    "repeated", "regularly", "routinely", "frequently", "often strikes", "for years", "the war that", "the war which", "war began",
    "war broke out", "the conflict that", "used to", "earlier attacks", "previous attacks", "past attacks",
    "most of the attacks", "escalation from", "الهجمات السابقة", "هجمات سابقة", "في السابق", "history",
    "تاريخ", "تاريخيا", "century", "القرن",
    # an anniversary: "a year after the massive explosion that killed more than 200 people", "في الذكرى السنوية"
    "a year after the", "years after the", "on the anniversary of", "anniversary of the", "الذكرى السنوية", "في ذكرى",
    "بعد عام على", "بعد عامين على", "بعد سنوات على",
    # ... told by its ordinal: «أحيا آلاف اللبنانيين الذكرى الأولى لانفجار مرفأ بيروت»
    # (of an attack: not «في الذكرى الثامنة لإعلان النصر على تنظيم داعش، أعلنت قيادة العمليات ... ضربتين جويتين»)
    *(f"الذكرى {nth} {deed}" for nth in ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
                                         "الثامنة", "التاسعة", "العاشرة", "العشرين")
      for deed in ("لانفجار", "للانفجار", "لتفجير", "للتفجير", "للهجوم", "لهجوم", "لاغتيال", "لمجزرة", "للمجزرة",
                   "لمقتل", "للقصف", "لقصف", "لضربة", "للغارة", "لغارة", "لتفجيرات", "لهجمات")),
    # "Ten years after Islamic State overran Mosul", «بعد عشر سنوات على سيطرة داعش على الموصل»
    "years after", "a decade after", "سنوات على",
    # What a group goes on doing, not one attack: "its sleeper cells continue to carry out hit-and-run attacks".
    "continue to carry out", "continues to carry out", "still carry out", "still carries out", "hit-and-run attacks",
    "لا تزال تنفذ", "ما زالت تنفذ", "تواصل تنفيذ", "بشكل متكرر", "باستمرار", "دأبت", "عادة ما",
    # a campaign told as its length: "a ceasefire ... which ended weeks of intense American airstrikes on Yemen"
    "weeks of airstrikes", "weeks of strikes", "weeks of intense", "months of airstrikes", "months of strikes",
    "months of intense", "أسابيع من الغارات", "أشهر من الغارات",
    # a policy in the present: "Turkey says it targets only PKK militants"
    "says it targets only", "says it only targets", "says it strikes only", "says it only strikes",
    "say they target only", "says it hits only",
    # a daily habit: "باتت الضربات جزءاً من المشهد اليومي"
    "المشهد اليومي", "بشكل يومي", "بشكل شبه يومي", "شبه يومية", "on a daily basis", "almost daily", "near-daily",
    # a court's finding on past attacks: "a judge has ruled that Iran is liable for a campaign of roadside bombings"
    "liable for", "found liable", "held liable",
]
# "In response to" a place is a cause ("رداً على المجازر في غزة"), but a named facility after it is the
# attack the strike answers ("رداً على الهجوم على موقع البرج 22"): looked for like BACKGROUND_BEFORE_PLACE,
# for places that are no facility.
RESPONSE_BEFORE_PLACE: list[str] = ["ردا على", "رداً على", "في إطار الرد على", "in response to",
                                   "in retaliation for",
                                   # "the barrage was revenge for an Israeli strike near Damascus on 7 March"
                                   "revenge for", "to avenge", "avenging"]
# Words before a place that make it a cause or background, not a site ("the war in Gaza").
# Looked for in the words before the place, back to the last punctuation mark.
BACKGROUND_BEFORE_PLACE: list[str] = [
    "الحرب", "حرب", "النزاع", "الصراع", "صراع", "العدوان", "الهدنة", "هدنة", "وقف إطلاق النار",
    "على خلفية", "تضامنا مع", "نصرة", "دعما", "جرائم", "المجازر", "war", "conflict", "truce", "ceasefire",
    "بتوقيت", "توقيت", "time",
    "in solidarity with", "support for", "support of",
    # a campaign's start as a time: «منذ بدء تدخل التحالف بقيادة السعودية في اليمن», "the coalition's intervention in"
    "تدخل", "التدخل", "لتدخل", "intervention",
    # the coalition's own name: «تحالف دعم الشرعية في اليمن»
    "دعم الشرعية", "الشرعية",
    # a condition on what the group will do: "more operations as long as the assault on Gaza went on"
    "as long as", "طالما", "ما دام", "ما دامت",
    # A cause or a goal named in a claim: "the massacres ... against our people in Gaza", "resisting the
    # occupation forces in Iraq", "إخراج قوات الاحتلال من العراق".
    "massacre", "massacres", "crimes", "genocide", "aggression", "resisting", "expel", "expelling",
    "إخراج", "طرد", "مقاومة", "our people", "martyrs", "ثأرا", "انتقاما", "دماء", "أهلنا",
    "شعبنا", "solidarity", "attention", "تضامنا", "نصرة",
    # "ضمن عملياتها «إسناداً لغزة ولبنان»": those it stands with
    "إسنادا", "إسناد", "مساندة", "اسنادا",
    # "in the disputed area between Erbil and Nineveh provinces": a stretch of land, not a site (but "the
    # road between Sinjar and Sinuni" is where the attack was).
    "area between", "areas between", "region between", "territories between", "border between",
    "المنطقة الممتدة بين", "المنطقة الواقعة بين", "المناطق الواقعة بين", "المناطق الممتدة بين",
    # Where captives are held: "demanded the release of the sailors held in Yemen"
    "held in", "being held in", "detained in", "المحتجزين في", "المحتجزون في",
    # Where groups operate: "جماعات مسلحة مدعومة من إيران تنشط في سوريا والعراق", "militias active in Iraq"
    "تنشط في", "الناشطة في", "الناشطه في", "تعمل في", "active in", "operating in", "operate in", "operates in",
    # Where work stopped because of an attack elsewhere: "halted production at its Tawke and Peshkhabour fields ...
    # after drones hit Peshkhabour"
    "halted production at", "halted production at its", "suspended production at", "suspended production at its",
    "shut production at", "أوقفت الإنتاج في", "علقت الإنتاج في",
    # Where a group sits: "A Palestinian faction based in Damascus said it had fired the rockets"
    "based in", "headquartered in", "ومقرها", "مقرها في", "ومقره", "مقره في",
    # Who holds the land: "the Kurdish-led force that controls much of northeastern Syria"
    "controls", "controls much of", "control much of", "controlled much of", "تسيطر على", "يسيطر على",
    "who control", "that control", "which control", "who controlled", "التي تسيطر", "الذي يسيطر",
    # Where the wounded were taken: "30 wounded men were taken to hospitals in Duhok", "flown to Landstuhl in Germany"
    # What strikes are meant to protect: "to protect U.S. personnel and facilities in Erbil and Baghdad"
    "to protect", "protecting", "لحماية", "بهدف حماية",
    # What strikes are meant to stop: "to stop militants from sending weapons and explosives into Turkey"
    "to stop", "to prevent", "لمنع", "بهدف منع", "from sending", "from moving", "from smuggling", "from infiltrating",
    # (not "a strike on a hospital in Gaza": a hospital struck)
    "taken to hospitals in", "taken to hospital in", "taken to a hospital in", "evacuated to", "flown to",
    "airlifted to", "transferred to", "treated in", "for treatment in", "نقلوا إلى مستشفيات", "نقلوا إلى مستشفى",
    # where the wounded died or the dead were brought: "two of the wounded died in hospital in Palmyra", "as more
    # bodies were brought to hospitals in Homs and Palmyra"
    "died in hospital in", "died in a hospital in", "brought to hospitals in", "brought to hospital in",
    "brought to a hospital in", "توفي في مستشفى", "توفيا في مستشفى", "توفوا في مستشفى",
    "نقلوا إلى", "لتلقي العلاج في", "نقل إلى", "إلى مستشفيات", "إلى مستشفى", "إلى المستشفى",
    # Where a backer's partners are: "drones of a type supplied by Tehran to its partners in Syria and Iraq"
    "partners in", "allies in", "proxies in", "affiliates in", "حلفائها في", "وكلائها في", "حلفائه في", "وكلائه في",
    # What else was going on: "The strikes came as Israel pounded Gaza and exchanged fire with Hezbollah"
    "came as", "comes as", "come as", "coming as", "تأتي في وقت", "يأتي في وقت", "جاءت في وقت", "جاء في وقت",
    # Who speaks, named by the war it fights: "The Saudi-led coalition fighting in Yemen said the attack was ..."
    "coalition fighting in", "coalition battling in", "التحالف الذي يقاتل في",
    # What an anniversary recalls: «في الذكرى الثالثة لبدء عمليات التحالف بقيادة السعودية في اليمن», "on the
    # anniversary of the killing of Soleimani in Baghdad"
    "الذكرى", "ذكرى", "anniversary",
    # Where a court sits: «أصدرت محكمة في بغداد حكماً بإعدام ...», "a court in Baghdad sentenced"
    "محكمة في", "المحكمة في", "court in", "a court in", "the court in",
    # Where people come from: "cars carrying residents of Kobani and Raqqa who had driven to the dam"
    "residents of", "natives of", "people from", "families from", "displaced from", "refugees from",
]
# What else was going on, or what stirred feeling, read over a longer clause (to 14 words): "which came as anger
# mounted across the region over Israel's bombardment of the Gaza Strip" (the setting, not a site)
SETTING_CLAUSE: list[str] = ["came as", "comes as", "come as", "coming as", "anger", "outrage", "fury", "الغضب",
                              # a strike the teller left out: «حيّدت إرهابيَّين في سنجار ...، من دون أن تذكر ضربة مخمور»
                              "without mentioning", "made no mention of", "دون أن تذكر", "دون أن يذكر",
                              "دون الإشارة إلى", "دون أن تشير إلى", "دون أن يشير إلى"]
# A plan told as what a strike forestalled, read over a longer clause (to 14 words): "to thwart a plan by the Quds
# Force to launch explosive-laden drones into northern Israel", «كانوا يعدّون لإطلاق طائرات مسيّرة نحو أهداف في شمال
# إسرائيل» (where the planned attack was to go, not where one was)
PLANNED_CLAUSE: list[str] = ["a plan to", "a plan by", "plans to", "planning", "plotting", "preparing",
                             "an imminent attack on", "يعدون", "يخططون", "يخطط", "تخطط", "يستعدون", "يحضرون",
                             "للتخطيط"]
# The mourning of the dead, whose place is where they were mourned, not where they fell
FUNERAL_WORDS: list[str] = ["funeral", "funerals", "burial", "burials", "mourners", "mourning", "mourned", "شيع", "شيعت",
                            "يشيع", "تشييع", "جنازة", "جنازات", "جثامين", "جثمان", "المشيعون", "المشيعين", "مشيعون",
                            "مشيعين"]
# Offices and bodies named by their province or town, in Arabic's construct («مديرية صحة أربيل», «محافظ نينوى», «مجلس
# محافظة الأنبار», «شرطة كركوك»), and a government's stand or deeds named by its city («موقف بغداد», «سلطات دمشق»,
# «احتجاج أنقرة»): the office or the government speaks, counts or acts; the place is not where the attack was
OFFICE_OF_A_PLACE: list[str] = ["محافظ", "صحة", "مجلس محافظة", "قائممقام", "قائمقام", "مدير ناحية", "مدير شرطة",
                                "قائد شرطة", "شرطة", "مديرية شرطة", "دائرة صحة", "مديرية صحة", "مديرية دفاع مدني",
                                "دفاع مدني", "الدفاع المدني في",
                                "موقف", "رد", "طلب", "موافقة", "رفض", "احتجاج", "مطالبة", "سلطات", "حكومة", "تحذير",
                                "اتهام", "إدانة",
                                # «أفاد مصدر في قيادة عمليات سامراء»: the Samarra Operations Command, who tells it
                                "قيادة عمليات", "قائد عمليات"]
# What a site struck is said to serve (a use word, then a purpose word, in the clause before a place): "the base,
# which he said was used to plan raids on Yemen", "مطار تستخدمه إيران لشن هجمات على إسرائيل" (where the raids it
# served went, not where this attack was)
USE_WORDS: list[str] = ["used", "uses", "use", "using", "تستخدم", "يستخدم", "تستخدمه", "تستخدمها", "يستخدمه",
                        "يستخدمها", "المستخدمة", "المستخدم", "استخدمت", "استخدمها", "استخدمه"]
PURPOSE_WORDS: list[str] = ["plan", "launch", "stage", "direct", "coordinate", "mount", "prepare", "launching",
                            "planning", "staging", "لشن", "لتنفيذ", "لإطلاق", "للتخطيط", "لتخطيط", "لتوجيه", "شن",
                            # "a town on the Euphrates that militants use to move fighters and weapons into Iraq"
                            "move", "ferry", "transport", "send", "supply", "resupply", "لنقل", "لإرسال", "لتهريب"]
# The way smuggled goods came (read with a word of passage before the place): "accused Tehran of smuggling missile
# parts to the group through the port of Hodeidah" (but "struck a smuggling convoy near Albu Kamal" was an attack there)
SMUGGLING_WORDS: list[str] = ["smuggling", "smuggled", "smuggle", "smuggles", "تهريب", "بتهريب", "وتهريب"]
# Words right after a place that make it background ("the Gaza war").
BACKGROUND_AFTER_PLACE: list[str] = ["war", "conflict", "truce", "ceasefire", "crisis", "flagged", "owned", "operated",
                                     "registered", "based", "time", "made", "built", "linked", "aligned", "backed",
                                     # "the Sanaa government", "Damascus authorities": the government seated there
                                     "government", "authorities", "regime",
                                     # "الضفة الغربية لنهر الفرات": the west bank of the river
                                     "لنهر", "للنهر", "of",
                                     # a group or body named after it: "the Sinjar Resistance Units", "the Deir ez-Zor
                                     # Military Council"
                                     "resistance", "units", "brigade", "brigades", "battalion", "battalions", "council",
                                     "movement", "group", "network", "cell", "cells",  # "the Khorasan Group"
                                     "workers", "party",  # "the Kurdistan Workers Party", "the Kurdistan Democratic Party"
                                     # a station or paper named after it: "Islamic State's al-Bayan radio"
                                     "radio", "newspaper", "channel", "television", "tv",
                                     # "a Baghdad court": where a trial sits
                                     "court", "tribunal", "judiciary"]
# Words right before a place that make it a street or a square named after it ("شارع فلسطين"),
# and English ones right after it ("Palestine Street").
STREET_WORDS: list[str] = ["شارع", "ساحة", "جسر", "حي", "street", "avenue", "square", "bridge", "road",
                           # "وزارة الصحة في حكومة صنعاء": the government seated there
                           "حكومة", "سلطات"]
# English verbs right after a city that make it the government seated there ("saying Baghdad would take
# all necessary measures", "Beirut condemned the strike"), not a place.
GOVERNMENT_VERBS_AFTER: list[str] = ["would", "will", "said", "says", "vowed", "condemned", "accused", "warned",
                                     "denied", "insisted", "rejected", "demanded", "blamed", "announced",
                                     # its diplomacy: "Baghdad called in Tehran's envoy", "Ankara summoned"
                                     "summoned", "called", "protested", "recalled", "expelled", "lodged"]
# Words before a place that make it a name given to something ("a new drone they named «Yafa»").
NAMING_WORDS: list[str] = ["اسم", "named", "dubbed", "called", "codenamed", "code-named", "سموها", "أسموها", "أطلقوا عليها",
                           # a channel, paper or agency named after a place: "مراسلة قناة «الميادين»", "صحيفة الشرق الأوسط"
                           "قناة", "لقناة", "بقناة", "وقناة", "صحيفة", "لصحيفة", "وكالة", "لوكالة", "إذاعة", "لإذاعة",
                           "تلفزيون", "لتلفزيون",
                           # its correspondents: "استشهدت مراسلة «الميادين»" (a correspondent is of an outlet)
                           "مراسل", "مراسلة", "مراسلو", "مراسلي", "لمراسل", "لمراسلة", "مصور", "مصورة"]
STREET_WORDS_AFTER: list[str] = ["street", "st", "avenue", "road", "square", "bridge", "highway"]
# Words before or after a place that make it a boundary, not a site ("near the border with Jordan").
BORDER_WORDS: list[str] = ["الحدود", "حدود", "الحدودي", "الحدودية", "border", "borders", "frontier", "boundary"]
# Words before a place that make it the province, not the town of the same name ("ريف دير الزور").
ADMIN1_BEFORE_PLACE: list[str] = ["ريف", "محافظة", "محافظتي", "province", "governorate", "countryside",
                                  "province of", "governorate of"]
# Words before a place that make it an origin ("from Gaza").
# The countries whose soil the reports tell of attacks on; a state outside them named as attacked
# ("Iran struck back at the United States") is the target, not the place.
REGION_COUNTRIES: list[str] = ["IQ", "SY", "JO", "LB", "IL", "PS", "YE", "IR", "SA", "TR", "EG"]
# Named areas no wider than a town's surroundings (mountains, islands, a strip of farmland): a site struck, as a
# town is ("jets struck Sinjar, the Makhmour camp and the Qandil mountains"), unlike a wide region
# ("the Kurdistan Region", "north-east Syria"), which a town in it covers.
SMALL_AREAS: list[str] = [
    "region:qandil-mountains", "region:zap-region", "region:metina", "region:avashin", "region:gara-mountain",
    "region:hakurk", "region:turkmen-mountain", "region:qarachok-derik", "region:qarachogh", "region:shebaa-farms",
    "region:labbouneh", "region:mutaibijah", "region:mount-hermon", "region:hanish-islands", "region:kamaran-island",
    "region:kharg-island", "region:perim-island", "region:zuqar-island", "region:wadi-al-shay",
    "region:hamrin-mountains", "region:asos-mountains", "region:makhoul-mountains",
    "region:jabal-al-bishri", "region:lake-razzaza", "region:resafa-desert",
]
# Seas narrow enough to be an attack's site, although in no country ("near the Bab el-Mandeb strait").
STRAITS: list[str] = ["Bab el-Mandeb", "Strait of Hormuz"]
# Words before "من" that make it "near", not "from" ("اقترابهما من مطار أربيل", "بالقرب من").
APPROACH_WORDS: list[str] = ["اقترابها", "اقترابهما", "اقترابه", "اقترابهم", "مقربة", "قريبة", "قريب", "مسافة",
                             "كيلومترات", "كم", "اقتربت", "اقترب"]
ORIGIN_BEFORE_PLACE: list[str] = ["من", "from", "launched from", "انطلاقا من", "انطلقت من", "from outside",
                                   "انطلق من", "انطلقوا من", "أطلق من", "أطلقت من", "أطلقها من", "أطلقتها من",
                                   # "fired 16 missiles from three sites inside Iran"
                                   "from inside", "from within", *(f"from {n}sites inside" for n in (
                                       "", "three ", "two ", "four ", "several ", "multiple ", "launch ")),
                                   "from bases in", "took off from", "taking off from",
                                   # «أُطلقت من داخل إيران», «من قواعد في محافظتي كرمانشاه», «أقلعت من قاعدة همدان»
                                   "من داخل", "من داخل الأراضي", "من الأراضي", "من قواعد في", "من قواعد", "من مواقع في",
                                   "من منصات في", "أقلعت من", "أقلعت من قاعدة", "أقلعت من مطار",
                                   # past the provinces' noun: «ستة صواريخ من محافظتي كرمانشاه وكردستان»
                                   *(f"{from_} {province}" for from_ in ("من", "من قواعد في", "من مواقع في")
                                     for province in ("محافظة", "محافظتي", "محافظات", "ولاية", "ولايتي")),
                                   "from outside the", "من خارج", "from near", "from around", "from close to",
                                   # where the launcher turned up after: "a truck later found abandoned near al-Rashidiya"
                                   "found abandoned near", "found abandoned in", "later found near", "later found in",
                                   # "مشيرة إلى أن منصة الإطلاق عُثر عليها في منطقة الجادرية"
                                   "عثر عليها في", "عثر عليه في", "عثرت عليها في", "عثر عليها في منطقة",
                                   "عثر عليه في منطقة", "عثرت عليها في منطقة", "launcher was found in",
                                   "عثر عليها لاحقا في", "عثر عليها لاحقا في منطقة", "عثر عليه لاحقا في",
                                   "عثر عليه لاحقا في منطقة", "later found in the", "was later found in",
                                   "launchers were found in", "launcher found in",
                                   # jets that fire "from over the occupied Golan Heights", "من أجواء الجولان"
                                   "from over", "from over the", "from over the occupied", "from the airspace of",
                                   "from above", "من أجواء", "من فوق", "من الأجواء",
                                   # "fired from over the Mediterranean west of Latakia and from the occupied Golan"
                                   "from the occupied", "from occupied", "من الجولان المحتل",
                                   # "accused Israel of firing them from the occupied Golan" (the alias "occupied Golan")
                                   "from the",
                                   # where a weapon was made: "using quadcopters made in Iran"
                                   "made in", "manufactured in", "built in", "produced in", "المصنوعة في",
                                   "مصنوعة في", "المصنعة في", "مصنعة في", "صنعت في"]
# Where people were travelling to when they were hit: "زوار إيرانيون كانوا في طريقهم إلى كربلاء" (not a drone "on its way
# to Eilat", which is its target).
DESTINATION_BEFORE_PLACE: list[str] = [
    *(f"في {way} {to}" for way in ("طريقهم", "طريقه", "طريقها", "طريقهما", "طريقهن") for to in ("إلى", "الى", "نحو")),
    "on their way to", "on his way to", "on her way to",
    # where fighters gathered to advance on: "يحتشدون للتقدم نحو مدينة الباب"
    "للتقدم نحو", "التقدم نحو", "للزحف نحو", "advance on", "advance toward", "advance towards", "advancing on",
    "advancing toward", "advancing towards",
    # where a convoy was going: "were heading north from the Kuwaiti border toward Baghdad when the device exploded"
    # (not "a drone heading for Erbil", "a convoy heading to Tishreen Dam": what was aimed at, where it was hit)
    "heading north toward", "heading south toward", "heading north towards", "heading south towards",
    "border toward", "border towards",
]
# Where the attackers' guns or men stood, when they are the ones who fire next: "مدفعية الجيش التركي المتمركزة في معسكر
# زليكان قصفت" (not "US troops stationed at al-Tanf", attacked there). STATIONED_ACTS: what they do right after.
STATIONED_WORDS: list[str] = ["المتمركزة", "المتمركز", "المتمركزين", "المتمركزون", "المرابطة", "المنتشرة", "stationed",
                               "positioned", "based"]
STATIONED_BEFORE: list[str] = [f"{word} {prep}" for word in STATIONED_WORDS
                               for prep in (("في", "ب") if not word.isascii() else ("at", "in", "at the", "in the"))]
STATIONED_ACTS: list[str] = ["قصفت", "قصف", "أطلقت", "أطلق", "استهدفت", "استهدف", "شنت", "فتحت", "ضربت",
                             "shelled", "fired", "launched", "struck", "targeted", "pounded", "opened"]
# Phrases that make everything after them in the clause a direction of fire ("عدواناً جوياً من اتجاه البحر
# المتوسط غرب اللاذقية", "from the direction of the Golan"): the places there are where the fire came from.
ORIGIN_CLAUSE: list[str] = ["من اتجاه", "from the direction of", "from parts of", "from areas of", "from positions in",
                            "fired from over", "launched from over", "from over the sea", "from over the mediterranean",
                            "from inside", "from within", "من أجواء", "from the airspace of",
                            # "launched from an area south of Kirkuk"
                            "launched from an area", "fired from an area", "from an area",
                            # "fired six missiles from bases in Kermanshah and Kurdistan provinces at ..."
                            "from bases in", "from a base in", "from launchers in", "from sites in", "from a site in",
                            # "16 missiles launched from three sites in Iran"
                            *[f"{verb} from {many} {sites}" for verb in ("launched", "fired")
                              for many in ("two", "three", "four", "five", "several", "multiple", "various", "different")
                              for sites in ("sites", "locations", "positions", "launch sites", "bases")],
                            # where the launcher was: "تحرّكت القطعات باتجاه منطقة الإطلاق في أطراف قضاء الدجيل"
                            # (not English "struck the launch site in Kfar Kila": a site struck)
                            "منطقة الإطلاق", "مكان الإطلاق", "موقع الإطلاق", "نقطة الإطلاق",
                            # «إن بعض المسيّرات أُطلقت من مناطق في نينوى وكركوك», "launched from areas in Nineveh"
                            "أطلقت من مناطق في", "أطلقت من منطقة في", "أطلق من مناطق في", "أطلق من منطقة في",
                            "انطلقت من مناطق في", "انطلقت من منطقة في", "from areas in", "launched from areas in"]
# A land crossed on the way, not struck: "most of them intercepted over Jordan, Syria and Iraq" (countries only:
# "a drone shot down over Erbil airport" was an attack on the airport).
TRANSIT_CLAUSE: list[str] = ["intercepted over", "shot down over", "downed over", "destroyed over", "intercepted above",
                             "in the skies over", "in the skies of", "in the airspace of", "in its airspace",
                             "flew over", "flying over", "overflew", "passed over", "passing over",
                             # "the missiles flew nearly 1,500 km over Iran and Iraq"
                             "km over", "kilometres over", "kilometers over", "miles over",
                             "في أجواء", "فوق أجواء", "عبر أجواء", "في سماء",
                             "اعترضت فوق", "اعترضها فوق"]
LOCATIVE_BEFORE_PLACE: list[str] = ["في", "ب", "قرب", "بالقرب من", "شمال", "جنوب", "شرق", "غرب", "داخل", "على", "ضد",
                                    "in", "at", "near", "on", "outside", "north of", "south of", "east of",
                                    "west of", "inside", "across", "throughout", "against", "into", "over", "around",
                                    # "reached the heart of Tel Aviv", «الوصول إلى قلب تل أبيب», «وسط بيروت»
                                    "قلب", "وسط", "heart of", "centre of", "center of", "downtown"]
# An actor the deed is laid on ("which it blamed on the United States") is who did it, not where it was.
BLAMED_ON_BEFORE: list[str] = ["blamed on", "blame on", "blames on", "blaming on", "blamed it on", "blame it on",
                               "blamed them on", "pinned on", "pinned it on", "attributed to", "attributed it to",
                               "attributes it to", "attributing it to",
                               # "Russia pointed the finger at Israel": the one blamed, not a place struck
                               "pointed the finger at", "pointing the finger at", "pointed fingers at",
                               "points the finger at", "أصابع الاتهام إلى", "أصابع الاتهام نحو"]
# Words that turn a sentence to an earlier attack the one told first answers ("struck on Sunday ..., in
# retaliation for a rocket attack on K-1 on Friday"): sites after them take the days after them.
RESPONSE_TURNS: list[str] = ["in retaliation for", "in response to", "in retaliation to", "a response to",
                             "رداً على", "ردا على", "بعد هجوم", "after an attack",
                             "following an attack", "days after", "a day after"]
# Compass adjectives between a locative and its place ("in northern Syria", "في شمالي العراق").
DIRECTION_ADJECTIVES: list[str] = [
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest",
    "southeast", "southwest", "north", "south", "east", "west", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
]
# Nouns right after a country that make it an adjective ("attacks against U.S. forces"), and the
# words that join it to allies ("U.S. and coalition personnel").
FORCE_NOUNS: list[str] = [
    "forces", "force", "troops", "personnel", "soldiers", "service", "servicemembers", "military", "army", "navy",
    "bases", "base", "embassy", "consulate", "officials", "official", "warplanes", "jets", "aircraft", "drones",
    "warships", "destroyer", "interests", "citizens", "contractors", "diplomats", "positions", "facilities",
]
# "attacks in Iraq and Syria, including the attack on Al-Asad": what follows is the incident.
INCLUDING_WORDS: list[str] = ["including", "notably", "بينها", "أبرزها", "آخرها", "latest"]
ALLIED_WORDS: list[str] = ["coalition", "allied", "international", "partner", "british", "iraqi", "kurdish"]
# Words that join a place to the one before it, which lends it its preposition ("in Iraq and Syria").
PLACE_CONJUNCTIONS: list[str] = ["and", "or", ",", "و", "او", "et", "und"]
NEAR_CUES: list[str] = ["قرب", "بالقرب من", "محيط", "أطراف", "near", "outside", "close to", "on the outskirts of",
                        "north of", "south of", "east of", "west of", "km from", "kilometres from",
                        # ("a compound in Aqraba, southeast of Damascus": Damascus is where, not the government)
                        "northeast of", "northwest of", "southeast of", "southwest of", "north-east of",
                        "north-west of", "south-east of", "south-west of"]
# One person, named by a singular noun beside a casualty word ("إصابة راعٍ بجروح", "a soldier was killed").
PERSON_NOUNS: list[str] = [
    "soldier", "service member", "servicemember", "contractor", "civilian", "fighter", "member", "troop",
    "person", "guard", "child", "occupant", "occupants", "passenger", "passengers", "woman", "man", "boy", "girl", "officer", "policeman", "commander", "shepherd",
    "farmer", "adviser", "advisor", "journalist", "driver", "worker", "resident", "medic", "paramedic", "doctor",
    "nurse", "sailor", "pilot", "engineer", "translator", "interpreter", "student", "mother", "father", "son",
    "daughter", "brother", "sister", "sibling", "wife", "husband", "bodyguard", "crew member",
    "جندي", "عنصر", "عنصرا", "متعاقد", "مدني", "مقاتل", "عسكري", "راع", "راعي", "طفل", "طفلة", "امرأة", "سيدة",
    "رجل", "مواطن", "مواطنا", "شخص", "شخصا", "ضابط", "ضابطا", "شرطي", "قيادي", "مستشار", "مزارع", "صحفي", "سائق",
    "عامل", "منتسب", "مسعف", "طبيب", "ممرض", "بحار", "طيار", "مهندس", "مترجم", "جندية", "مجندة", "ضابطة",
    # a resident, and an officer told by his rank ("قُتل الفريق الروسي فاليري أسابوف")
    "مقيم", "مقيما", "فريق", "عميد", "عقيد", "نقيب", "ملازم", "جنرال", "colonel", "lieutenant", "sergeant", "brigadier",
]
# Where one place lies from another ("a district south of Damascus", "جنوب غربي أربيل").
DIRECTION_CUES: list[str] = [
    "north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of",
    "north-east of", "north-west of", "south-east of", "south-west of", "km from", "kilometres from",
    "kilometers from", "miles from", "outside", "near", "قرب", "بالقرب من", "شمال", "جنوب", "شرق", "غرب",
    "شمالي", "جنوبي", "شرقي", "غربي", "شمال شرق", "شمال غرب", "جنوب شرق", "جنوب غرب", "شمال شرقي",
    "شمال غربي", "جنوب شرقي", "جنوب غربي", "من",
]
DIRECTION_CUES += [f"{cue} {capital}" for cue in DIRECTION_CUES for capital in (
    ("العاصمة", "مدينة") if any("\u0600" <= ch <= "\u06ff" for ch in cue) else ("the capital", "the city of"))]

# A statement one group issues with another, both claiming: "In a second statement, issued together with the Islamic
# Resistance in Iraq, he said drones had been launched", «أعلن المتحدث باسم الحوثيين، في بيان مشترك مع المقاومة»
JOINT_CLAIM_CUES: list[str] = ["issued together with", "issued jointly with", "a joint statement with", "في بيان مشترك مع",
                               "بيان مشترك مع"]
# A partner named inside a claimed deed: "the Houthis said ... that together with the Islamic Resistance in Iraq they had
# sent drones", «وأعلنت ... أنها بالاشتراك مع المقاومة الإسلامية استهدفت»
PARTNER_BEFORE: list[str] = ["together with", "jointly with", "in a joint operation with", "in joint operations with",
                             "بالاشتراك مع", "بالتعاون مع", "في عملية مشتركة مع", "في عمليات مشتركة مع",
                             # "أعلن سريع تنفيذ «عمليتين عسكريتين مشتركتين» مع المقاومة الإسلامية في العراق"
                             "مشتركة مع", "مشتركتين مع", "مشتركتان مع", "المشتركة مع", "joint operation with",
                             "joint operations with", "joint attack with"]
# "Kataib Hezbollah admitted carrying out the attack": strong claims (STRONG_CLAIM_CUES)
ADMITTED_CUES: list[str] = ["admitted carrying out", "admitted to carrying out", "admitted responsibility",
                            # "الحرس الثوري الإيراني لم يُخفِ مسؤوليته": it owned the strike
                            "لم يخف مسؤوليته", "لم تخف مسؤوليتها", "لم يخفوا مسؤوليتهم", "made no secret of its role",
                            "made no secret of its responsibility", "did not hide its responsibility",
                            "acknowledged carrying out", "acknowledged responsibility", "owned up to",
                            "announced responsibility", "declared responsibility", "claim of responsibility by",
                            "claim of responsibility from", "claims of responsibility by", *JOINT_CLAIM_CUES]
CLAIM_CUES: list[str] = [
    "تبنت", "تبنى", "تبنوا", "تبنيا", "يتبنون", "تبنيها", "تتبنى", "يتبنى", "تبنت مسؤولية", "أعلنت مسؤوليتها", "أعلن مسؤوليته",
    "تبنته", "تبنتها", "تبناه", "تبناها", "تبنتهما",
    "اعلنت", "أعلنت", "أعلن", "ليعلن", "لتعلن", "أن يعلن", "أن تعلن",
    # a headline's present ("كتائب حزب الله تعلن استهداف قاعدة عين الأسد")
    "تعلن", "يعلن",  # ("قبل أن يعلن الحرس الثوري في بيان أنه استهدف")
    "قالت في بيان", "في بيان", "claimed", "claimed responsibility", "claims",
    "claiming", "to claim", "took responsibility", "taking responsibility", "takes responsibility", "said it",
    "said its fighters", "said in a statement", "statement",
    "did claim", "claim responsibility", "claimed credit", "took credit", "taken credit", "claims credit",
    "claiming credit", "in claiming", "taking credit",
    # "واستهدف حزب الله بالصواريخ موقع المالكية، وفق بيان للحزب": by the statement of the group named after
    "وفق بيان", "وفقا لبيان", "بحسب بيان", "حسب بيان", "according to a statement by", "according to a statement from",
    # a group's own footage of the attack: "نشرت المقاومة مقطعاً مصوراً يظهر لحظة استهداف"
    "مقطعا مصورا", "مقطع فيديو", "شريطا مصورا",
    *(f"{put} {what}" for put in ("released", "published", "posted", "issued", "shared", "aired", "broadcast")
      for what in ("a video", "footage", "a clip", "video footage", "a short video")),
    "video showing",
    "مشاهد مصورة", "مشاهد توثق", "مشاهد لعملية", "مشاهد من عملية",
    *ADMITTED_CUES,
    # "The claim, posted on Telegram by Kataib Hezbollah", "In a video, X showed its fighters launching drones"
    "posted on Telegram by", "posted by", "showed its fighters", "shows its fighters", "showing its fighters",
    # "وزفّت المقاومة بشرى استهداف قاعدة عين الأسد": glad tidings of its own strike (زفّ alone mourns)
    "بشرى",
    "revendiqué", "revendiquée", "revendiquées", "revendiqués", "a revendiqué", "bekannte sich", "تبنى", "تبنت", "تتبنى", "in the name of",
    # The Islamic State's claims come through its Amaq agency (AMAQ_CUES below).
    "Amaq", "Amaq news agency", "وكالة أعماق", "أعماق",
]
# "أكدت الكتائب تنفيذها الهجوم": its carrying out, told by itself, claims; written with a proclitic it is someone
# else's word ("اتهم الحرس إسرائيل بتنفيذها" blames), so these match only as written.
CLAIM_CUES_WITHOUT_PROCLITIC: list[str] = ["تنفيذها", "تنفيذه", "تنفيذهم", "تنفيذهما"]
# Words right after a speech verb by which a group speaks of itself ("said its fighters", "قالت إنها").
# The group named by its own spokesman also speaks of itself ("Saree said the group had targeted",
# "قال المتحدث باسم الحوثيين إن قوات الجماعة استهدفت").
SELF_REFERENCE: list[str] = ["it", "its", "they", "their", "it's", "the group's", "the movement's", "the militia's",
                             "the faction's", "انها", "انه", "إنها", "إنه", "أنها", "أنه",
                             "مجاهديها", "مقاتليها", "مقاتلوها", "مجاهدوها", "عناصرها", "قواتها", "قواته", "مقاتليه",
                             "وحداتها", "وحداته",
                             "عناصره", "group", "group's", "الجماعة", "الفصيل", "التنظيم", "الكتائب",
                             "مقاتلاته", "مقاتلاتها", "طائراته", "طائراتها",  # "أعلن الجيش أن مقاتلاته عطّلت"
                             "قاذفاتها", "قاذفاته", "بوارجها", "سفنها", "غواصاتها",  # "إن قاذفاتها دمّرت"
                             "وحداتها", "وحداته",  # "أعلنت الوزارة أن وحداتها المدفعية استهدفت"
                             # "أكد المتحدث باسم الحوثيين أن قواتهم استهدفت", "قال أدرعي إن الجيش قصف"
                             "قواتهم", "مقاتليهم", "مجاهديه", "مجاهدوه", "قواتنا", "مجاهدينا", "طائراتنا", "الجيش",
                             # a force's own arms: "قال المتحدث باسم القوات المسلحة اليمنية إن القوة الصاروخية استهدفت"
                             "القوة الصاروخية", "القوات البحرية", "القوة البحرية", "سلاح الجو المسير",
                             "الطيران المسير", "وحدة الطيران المسير", "مجاهدونا", "مجاهدوها", "مدفعيته", "مدفعيتها",
                             # ... and in English: "Luqman said the missile force had launched seven ballistic missiles"
                             "the missile force", "the rocket force", "the naval forces", "the naval force",
                             "the drone air force", "the drone unit", "the uav air force", "the air force"]
# Self-references that carry their own "that" (إنها: "that it"), so they count anywhere after the verb.
SELF_SUBORDINATE: list[str] = ["انها", "انه", "إنها", "إنه", "أنها", "أنه"]
THAT_WORDS: list[str] = ["that", "saying", "claiming", "stating", "إن", "أن", "ان", "بأن", "بان", "وإن", "وأن", "وان"]
# Words after "it"/"its"/"they" that make it the subject of the report ("it had struck", "its fighters").
SELF_VERBS_AFTER: list[str] = [
    "had", "has", "have", "was", "were", "would", "carried", "fired", "launched", "targeted", "struck", "attacked",
    "hit", "shot", "downed", "conducted", "fighters", "forces", "drones", "units", "members", "jets", "aircraft",
]
SUSPENSION_CUES: list[str] = ["suspending", "suspend", "suspended", "suspension", "halt", "halting", "تعليق", "علقت",
                               "يعلق", "إيقاف"]
# Negated claims: "no group has claimed", "لم تعلن مسؤوليتها".
NEGATED_CLAIM_CUES: list[str] = [
    "لم تعلن", "لم يعلن", "لم تتبن", "لم يتبن", "لم تتبنى", "no group has claimed", "no group claimed",
    "not claimed", "did not claim", "has not claimed", "no one has claimed", "no one claimed", "never claimed",
    "دون أن تتبنى", "من دون أن تتبنى", "دون أن يتبنى", "without claiming", "stopped short of claiming",
    # "Kataib Hezbollah praised the attack without taking credit for it"
    "without taking credit", "without taking responsibility", "did not take credit", "stopped short of taking credit",
    "stopping short of taking responsibility", "stopped short of taking responsibility", "stopping short of claiming",
    "stopping short of taking credit",
    "took responsibility for nothing", "claimed nothing",  # "vowed revenge but took responsibility for nothing"
    "دون أن يعلن", "دون أن تعلن", "من دون أن يعلن", "من دون أن تعلن",  # "من دون أن يعلن تبنّي حركته أياً منها"
    # "said it had no connection to the rocket fire"
    "no connection to", "no connection with", "no link to", "no links to",
    "دون أن تعترف", "من دون أن تعترف", "لم تعترف", "لم يعترف", "without acknowledging", "did not acknowledge",
    "denied", "denies", "نفت", "تنفي", "ينفي", "نفى", "no role", "no involvement", "not behind", "was not behind",
    "نفته", "نفاه", "نفتها", "نفاها",  # "وهو ما نفته هيئة الحشد في بيان": denied it
    "were not behind", "لا دور لها", "لا دور له", "ليس لها أي دور", "ليس له أي دور", "لم يكن لها أي دور",
    "غير معنية", "غير معني", "لا علاقة لها", "لا علاقة له", "not involved", "had nothing to do", "has nothing to do",
    "no immediate claim", "unclaimed", "has not confirmed", "have not confirmed", "did not confirm",
    # "... but the group itself issued no statement" (not "Ankara issued no statement, but Turkish security sources
    # told Anadolu that the MIT had carried out the strike": its voice after all)
    "itself issued no statement", "group issued no statement", "itself made no claim", "group made no claim",
    "not confirmed", "neither confirmed nor denied", "has neither confirmed", "لم تؤكد", "لم يؤكد",
    # other attacks claimed: "Hezbollah, which claimed several other attacks on Israeli positions that day, issued a
    # rare denial"
    *(f"claimed {which} {deeds}" for which in ("other", "several other", "a number of other", "many other")
      for deeds in ("attacks", "strikes", "operations")),
    # "Neither the group nor any other faction had claimed the raid by nightfall"
    "neither the group nor", *(f"nor any other {who} {had} claimed" for who in ("group", "faction", "party")
                               for had in ("had", "has", "have")),
    # a land's own strikes denied: "A Pentagon spokesman confirmed that no coalition strikes had hit the city"
    *(f"no {whose} {arms}" for whose in ("coalition", "U.S.", "US", "American", "Israeli", "Russian", "Turkish")
      for arms in ("strikes", "air strikes", "airstrikes", "aircraft", "jets", "warplanes")),
    # Suspending operations admits none: "it announced that it was suspending attacks".
    *SUSPENSION_CUES,
]
# Right before a group: nothing came from it ("في حين لم يصدر عن داعش أي تبنٍّ", "with no claim from Kataib Hezbollah").
NO_CLAIM_FROM: list[str] = ["لم يصدر عن", "لم يصدر أي تبن عن", "لم يصدر أي بيان عن", "لم يصدر أي تعليق عن",
                            "no claim from", "no claim by", "no statement from", "no word from",
                            # "لم يعد اسم كتائب حزب الله يظهر في بيانات تبني الهجمات": its name no longer in the claims
                            "لم يعد اسم", "لم يعد يظهر اسم"]
# Nouns that head a group's name as the subject of an Arabic verb ("أطلقت منظمة حزب الله").
SUBJECT_HEADS: list[str] = ["منظمة", "تنظيم", "حركة", "جماعة", "عناصر", "مسلحو", "مقاتلو", "مجاهدو", "ميليشيا", "ميليشيات",
                            # and after a preposition: "نسبتها السلطات إلى «إرهابيي داعش»"
                            "مسلحي", "مقاتلي", "مجاهدي", "إرهابيي", "إرهابيو",
                            "فصائل", "خلايا", "مسلحون", "قوات", "عناصر من", "مليشيا", "مليشيات", "mujahideen",
                            "fighters",
                            # "إلى «عصابات داعش الإرهابية»", "بقايا داعش": the group in its enemies' words
                            "عصابات", "بقايا", "فلول", "مجموعات", "مجموعة", "خلية"]
# Words that point back to one attack already told ("carried out the strike", "نفذت الضربة"); the
# plural ("some of the attacks") points to no attack in particular.
BACK_REFERENCES: list[str] = ["strike", "raid", "attack", "operation", "area", "الضربة", "الغارة", "الهجوم", "العملية",
                              "بالضربة", "بالغارة", "بالهجوم", "بالعملية"]
# A group named after these describes a channel or outlet, it does not speak ("a Telegram channel
# close to Kataib Hezbollah published a statement").
AFFILIATED_BEFORE: list[str] = ["close to", "linked to", "affiliated with", "affiliated to", "aligned with",
                                "associated with", "مقربة من", "المقربة من", "مقرب من", "المقرب من", "القريبة من",
                                "قريبة من"]
# Backers whose backing, in the reports this engine reads, is of the forces fighting the attackers (the SDF, Iraqi and
# Kurdish forces, vetted rebels), never of the attackers: "US-backed" names no sponsor.
PARTNER_BACKERS: list[str] = ["United States"]
# The actor AFTER the cue backs the attackers.
SPONSOR_BEFORE: list[str] = [
    "مدعومة من", "المدعومة من", "مدعوم من", "المدعوم من", "المدعومين من", "العميلة ل", "القوات العميلة ل",
    "مدعومون من", "المدعومون من", "مدعومين من", "تدعمها", "يدعمها", "التي تدعمها", "الذي تدعمه",
    "الممولة من", "ممولة من", "المسلحة من قبل",
    # funded and armed, the backer after the verb: "فصائل تمولها وتسلحها طهران"
    "تمولها", "يمولها", "تسلحها", "يسلحها", "تمولها وتسلحها", "تسلحها وتمولها", "تدعمها وتسلحها", "تدعمها وتمولها",
    # the backer as an adverb: "الفصائل المدعومة إيرانياً"
    "المدعومة", "مدعومة", "المدعومين", "مدعومين", "المدعوم", "مدعوم",
    "وكلاء", "أذرع", "أذرعها", "ذراع", "backed by", "supported by", "funded by", "armed by", "proxies of", "proxy of",
    "sponsored by",
    "soutenues par", "unterstützt von",
    # support enjoyed or received: «فصائل تحظى بدعم إيران», «فصائل تتلقى الدعم من طهران»
    *(f"{verb} {support}" for verb in ("تحظى", "يحظى", "التي تحظى", "الذي يحظى") for support in ("بدعم", "بدعم من")),
    *(f"{verb} {support}" for verb in ("تتلقى", "يتلقى", "التي تتلقى", "الذي يتلقى")
      for support in ("الدعم من", "دعما من", "دعماً من", "دعم")),
]
# The actor BEFORE the cue backs the attackers ("Iran-backed", "Tehran's proxies").
SPONSOR_AFTER: list[str] = ["backed", "-backed", "supported", "sponsored", "proxies", "proxy", "funded", "armed"]
# Who did the deed: one belonging to a group is that group's ("انتحارياً «ينتمي إلى تنظيم داعش»").
ATTACKER_NOUNS: list[str] = ["انتحاري", "انتحاريا", "انتحارياً", "الانتحاري", "انتحاريون", "انتحاريين", "مهاجم", "المهاجم",
                             "مهاجمين", "المهاجمين", "المهاجمون", "مسلح", "المسلح", "مسلحون", "مسلحين", "المسلحين",
                             "bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants"]
BELONGING_CUES: list[str] = ["ينتمي إلى", "ينتمون إلى", "تنتمي إلى", "ينتميان إلى", "belonging to", "belonged to",
                             "who belonged to", "belongs to",
                             # "المهاجم «مرتبط بتنظيم داعش»" (the group with its «ب»), "the gunman had pledged allegiance
                             # to Islamic State"
                             "مرتبط", "مرتبطون", "مرتبطين", "مرتبطان", "pledged allegiance to", "had pledged allegiance to",
                             "pledged loyalty to"]
# Blame promised, which the writers count as blame: "إن واشنطن «ستحمّل إيران المسؤولية»"
BLAME_PROMISED_AR: list[str] = ["ستحمل", "سيحمل", "سنحمل"]
# Blame told by two or more ("دمشق وموسكو اتهمتا واشنطن بتعمّد الغارة", "حمّلوا الحكومة المسؤولية")
BLAME_BY_MANY_AR: list[str] = ["اتهمتا", "اتهما", "اتهموا", "يتهمون", "تتهمان", "يتهمان", "حملتا", "حملا", "حملوا",
                               "يحملون", "تحملان", "يحملان"]
# The actor AFTER the cue is blamed.
ALLEGED_BEFORE: list[str] = [
    "تورط", "بتورط", "إلى تورط", "ضلوع", "بضلوع", "إلى ضلوع", "اتهمت", "اتهم", "اتهام", "حملت", "تحميل", "يحمل", "تحمل",
    "نحمل", "مسؤولية", *BLAME_BY_MANY_AR,
    # the positions the fire came from: «لقصف بقذائف الهاون مصدره مواقع لتنظيم «داعش»», "fired from positions held by"
    "مصدره مواقع", "مصدرها مواقع", "مصدره مناطق سيطرة", "مصدرها مناطق سيطرة", "انطلقت من مواقع", "أطلقت من مواقع",
    "أطلق من مواقع", "came from positions of", "fired from positions held by", "fired from areas held by",
    "launched from areas held by", "launched from territory held by", "fired from territory held by",
    "launched from areas controlled by", "fired from areas controlled by",
    # a complaint lodged over the strike: "said he would file a complaint against Israel with the U.N. Security Council"
    "complaint against", "شكوى ضد",
    # where responsibility lies: "قالت الخارجية إن المسؤولية تقع على «روسيا أو النظام السوري»"
    "المسؤولية تقع على", "تقع المسؤولية على", "المسؤولية تقع على عاتق", "تقع المسؤولية على عاتق",
    "المسؤولية تقع إما على", "تقع المسؤولية إما على", 'المسؤولية تقع "إما على', 'المسؤولية تقع "على',
    'تقع المسؤولية "على',
    "responsibility lies with either", "responsibility lies either with",
    "responsibility lies with", "responsibility rests with", "responsibility lay with", "responsibility rested with",
    # whose orders they carried out: "نفّذت الهجوم بأوامر من طهران"
    "بأوامر من", "بأوامر", "بإيعاز من", "بتوجيهات من",
    # where the attacks come from, said of a backer: "إن هجمات الحوثيين «تنبع من إيران»", "the attacks emanate from Tehran"
    "تنبع من", "ينبع من", "stem from", "stems from", "emanate from", "emanates from",
    # a front for a group ("إنها واجهة لكتائب حزب الله"), and those believed to belong to it
    "واجهة", "واجهات", "يعتقد أنهم من",
    # what the signs point to: «إن «الأسلوب والرسائل» يدلان على كتائب حزب الله أو حركة النجباء»
    "يدل على", "تدل على", "يدلان على", "تدلان على", "bore the hallmarks of", "bears the hallmarks of", "bore the fingerprints of",
    "bears the fingerprints of", "had the hallmarks of", "has the hallmarks of", "يعتقد أنهم ينتمون إلى", "يشتبه بأنهم من", "يشتبه بانتمائهم إلى", "يشتبه في انتمائهم إلى",
    "believed to be from", "believed to belong to", "suspected of belonging to", "believed to be members of",
    # "رجّح المرصد أن تكون الطائرات المغيرة روسية": who is thought likely to have struck
    "رجح أن تكون", "رجحت أن تكون", "يرجح أن تكون", "ترجح أن تكون", "رجح أن يكون", "رجحت أن يكون", "يرجح أن يكون",
    "محملة", "محملا", "محملين", "متهمة", "متهما", "متهمين",
    "أصابع الاتهام إلى", "أصابع الاتهام نحو", "pointed the finger at", "pointed fingers at", "pointing the finger at",
    "تحمل", "حمل", "يحملون", "تتهم", "يتهم", *BLAME_PROMISED_AR,
    "blamed", "blames", "blame", "accused", "accuses", "accusing", "accuse", "blaming", "hold", "holds", "held",
    "pointed to", "pointed at", "pointing at", "point at",
    # "the indications point to Daesh", "the evidence points to Iran"
    *(f"{what} {verb}" for what in ("indications", "evidence", "signs", "clues") for verb in ("point to", "points to",
                                                                                                "pointed to")), "fronts for", "a front for", "front for", "suspect", "suspects", "suspicion fell on",
    # "a front set up by the Iran-backed Kataib Hezbollah", "blaming what it called the terrorist Houthi militia"
    "a front set up by", "front set up by", "a front created by", "blaming what it called", "blamed what it called",
    "accused what it called", "accusing what it called",
    "front names used by", "front name used by", "a front name for", "acting on behalf of", "acted on behalf of",
    # "the name was a facade for Kataib Hezbollah", "one of several cover names used by Kataib Hezbollah"
    "a facade for", "facade for", "a cover name for", "cover names used by", "cover name used by",
    "shadow names used by", "shadow name used by",
    "emanate from", "emanated from", "emanates from",
    "suspicion falls on", "suspicion has fallen on",
    # Accusations of arming the attackers: "had received weapons and other support from Iran".
    "support from", "weapons from", "arms from", "دعما من", "أسلحة من", "supplied by", "supplied to them by",
    "aid from", "lethal aid from", "funding from", "training from", "money from", "دعم من", "تمويلا من",
    "pointed the finger at", "attributed to", "responsibility of", "hallmarks of", "the hallmarks of",
    "pointed the finger directly at", "pointed the finger squarely at", "took its orders from", "took their orders from",
    "takes its orders from", "its orders and its rockets from", "under the direction of",
    "the marks of", "the signature of", "the trademarks of",
    # (the words quoted: 'said the drone "bore the hallmarks" of Kata'ib Hezbollah')
    'hallmarks" of', 'fingerprints" of', 'signature" of', 'trademarks" of', 'handiwork" of',
    'the work" of',
    # "The official blamed Iran-backed militias, singling out Kataib Hezbollah"
    "singling out", "singled out",
    "the work of", "the handiwork of", "من تدبير",
    "footprints of", "fingerprints of", "the footprints of", "the fingerprints of",
    "enabled by", "facilitated by", "directed by", "orchestrated by", "financed by",
    "directed and financed by", "masterminded by",
    # "the attack had been ordered by Tehran", "\"the agents of Iran\" had tried to assassinate him"
    "ordered by", "planned by", "agents of", "the agents of",
    # "the barrage proved the continued involvement of the Iranian regime in supplying the Houthis"
    "involvement of", "the involvement of", "continued involvement of",
    # an attacker's group: "انتحارياً «ينتمي إلى تنظيم داعش»", "a gunman belonging to Islamic State" (see ATTACKER_NOUNS)
    *BELONGING_CUES,
    # "أن الهجوم نفّذته «الميليشيات الحوثية» بأوامر من «النظام الإيراني»", "on orders from Tehran"
    "بأوامر من", "بأمر من", "بتوجيه من", "بتوجيهات من", "on orders from", "on the orders of", "at the behest of",
    "بصمات",
    # "ألقت «وحدات مقاومة سنجار» باللائمة على الحكومة التركية": laid the blame on
    "باللائمة على", "اللائمة على", "باللوم على", "اللوم على",
    # whose the aircraft were: "إن لدى واشنطن ما يدل على أن الطائرات تابعة لنظام الرئيس السوري"
    "الطائرات تابعة", "الطائرة تابعة", "الطائرات تعود", "الطائرة تعود", "the jets belonged to", "the aircraft belonged to",
    "the planes belonged to", "the drone belonged to", "the launcher belonged to", "the launchers belonged to",
    "the rockets belonged to", "the missiles belonged to", "the drones belonged to",
    # (or whose they may be: "the monitor said the jets were either Russian or Syrian")
    "the jets were either", "the planes were either", "the aircraft were either", "the warplanes were either",
    # "Iraqi security officials said the name was a cover for Kataib Hezbollah"
    "a cover for", "was a cover for", "cover name for",
    # "He placed the ultimate responsibility on the militants", "Baghdad placed the blame squarely on Ankara"
    "placed the responsibility on", "placed the ultimate responsibility on", "placed responsibility on",
    "placed the blame on", "placed the blame squarely on", "put the blame on", "laid the blame on",
    "laid responsibility on", "laid the responsibility on",
    # who the attackers were: "Kirkuk's governor said the attackers were Daesh sleeper cells"
    "the attackers were", "the attacker was", "the assailants were", "the gunmen were", "the bombers were",
    "the perpetrators were",
    # "Prime Minister Haider al-Abadi vowed to punish Daesh for the massacre"
    "vowed to punish", "pledged to punish", "promised to punish", "توعد بمعاقبة", "تعهد بمعاقبة",
]
# The struck side's words for the strike, with its doer after them: "called the strikes a vicious assault by the United
# States" (read as blame in a condemnation even with no attack word beside them).
STRUCK_SIDE_DEEDS_BY: list[str] = ["assault by", "aggression by", "massacre by", "violation by", "crime by",
                                   # "called the killing by the United States an act of terrorism", "a violation of
                                   # Iraqi airspace by Turkish aircraft"
                                   "killing by", "assassination by", "airspace by", "sovereignty by",
                                   # (its word in quotes: 'called the raid a "flagrant aggression" by Israel')
                                   'aggression" by', 'assault" by', 'massacre" by', 'crime" by', 'violation" by',
                                   'sovereignty" by', 'killing" by',
                                   # «جريمة حرب» ارتكبها «العدو الأمريكي»: committed, the struck side's word for a crime
                                   "ارتكبها", "ارتكبتها", "ارتكبه", "ارتكبته"]
# "attacks carried out by militias affiliated with the PMF", "الهجمات التي تنفذها ميليشيات تابعة لفصائل الحشد": the
# actor named after the attacks' doer is blamed (by whoever tells it).
PERPETRATED_BY: list[str] = [
    # (not "carried out by", "launched by": they would hide the verbs, which are attack and conduct cues)
    "perpetrated by", "committed by",
    *STRUCK_SIDE_DEEDS_BY,
    "التي تنفذها", "التي ينفذها", "التي يشنها", "التي تشنها", "التي تقف وراءها", "الذي تقف وراءه", "التي يقف وراءها",
    "التي ارتكبوها",
    # with or without the relative, which Arabic drops after an indefinite noun: «الغارات التي نفّذتها طائرات النظام»,
    # «غارات نفّذتها طائرات التحالف الدولي» (and «ارتكبها»: above)
    "نفذتها", "نفذته", "شنتها", "شنته",
]
# The actor BEFORE the cue is blamed ("Iran is behind", "إيران «تسهّل» الهجمات").
ALLEGED_AFTER: list[str] = [
    "تسهل", "يسهل", "تقف وراء", "يقف وراء", "وراء", "وراءها", "وراءهما", "تقف وراءها", "يقف وراءه", "تقف وراءه",
    "يقفان وراء", "تقفان وراء", "يقفون وراء", "يقفان وراءه", "يقفان وراءها", "يقفون وراءه", "يقفون وراءها",
    "يقف خلف", "تقف خلف", "يقفون خلف", "يقفان خلف", "تقفان خلف", "بالوقوف خلف",  # "«كتائب حزب الله وحلفاءها يقفون خلف"
    "مسؤولة عن", "مسؤول عن", "behind", "is behind", "accountable",  # ("must be held accountable")
    "هي المسؤولة", "هو المسؤول", "هم المسؤولون", "المسؤولة عن", "المسؤول عن",  # "إن الكتائب «هي المسؤولة» عن الهجوم"
    # "إن القوات الحكومية السورية هي التي سيّرت الطائرة": it was they who did it
    *(f"{who} {verb}" for who in ("هي التي", "هو الذي", "هم الذين") for verb in (
        "سيرت", "سير", "أطلقت", "أطلق", "أطلقوا", "نفذت", "نفذ", "نفذوا", "شنت", "شن", "شنوا", "استهدفت", "استهدف")),
    "was behind", "were behind", "responsible", "facilitating", "facilitates", "orchestrated", "directed",
    "directly involved", "involved in the attack", "involved in the attacks", "involved in the strike",
    # who supplied the attackers' weapons: "إن إيران زوّدت الحوثيين بالصواريخ", "Iran supplied the missiles"
    "زودت", "زود", "تزود", "يزود",
    # ... with the attackers as a pronoun: "مؤكداً أن طهران زوّدتها بهذه الصواريخ"
    *(f"{verb}{them}" for verb in ("زودت", "زود", "تزود", "يزود") for them in ("ها", "ه", "هم", "هما")),
    "supplied", "supplies", "continued to supply", "continues to supply", "had provided the", "provided the drones",
    # ("its use of a cruise missile showed Tehran was supplying the group with new weapons")
    "was supplying", "is supplying", "were supplying", "had been supplying", "has been supplying",
    "provided the missiles", "provided the weapons", "deeply involved", "was involved", "were involved",
    # "Austin said Iran bore ultimate responsibility because it armed and funded the groups"
    "bore responsibility", "bears responsibility", "bore ultimate responsibility", "bears ultimate responsibility",
    # "said that the United States bore final responsibility for the string of blasts"
    *(f"{bore} {degree} responsibility" for bore in ("bore", "bears", "bear") for degree in ("final", "full", "the full")),
    # "Austin named Kataib Hezbollah as the group that carried it out"
    "as the group that carried", "as the group that launched", "as the group behind", "as the perpetrator",
    "as the perpetrators", "as the attacker", "as the attackers",
    # "Austin has said Kataib Hezbollah's fingerprints were all over it"
    "s fingerprints were all over", "s fingerprints are all over", "s fingerprints were on", "s fingerprints are on",
    "s fingerprints all over",  # ("the attack had Kataib Hezbollah's fingerprints all over it")
    # "said the use of cruise missiles proved Iran's 'direct involvement' in arming the group": its part in it, in the
    # accuser's quoted words (not "Iran's involvement in Syria's war began in 2012")
    's "direct involvement', 's "involvement', "s complicity",
    # "Iran had made them possible", "Iran was continuing to supply the group", "Iran was still smuggling missiles to
    # them", "Iran appeared to have resourced and encouraged the attack"
    "had made them possible", "made them possible", "made the attacks possible", "made the attack possible",
    "was continuing to supply", "is continuing to supply", "was still supplying", "is still supplying",
    "was still smuggling", "is still smuggling", "was smuggling", "is smuggling", "continues to smuggle",
    "continued to smuggle", "appeared to have resourced", "had resourced", "resourced and encouraged",
    # "Pentagon spokesman Jonathan Hoffman said Kataib Hezbollah was to blame"
    "was to blame", "were to blame", "is to blame", "are to blame",
    # "investigators believed Kataib Hezbollah had a hand in it"
    "had a hand in", "has a hand in", "had a role in", "played a role in",
    # "Iran wants to hide its hand and deny its role in these attacks"
    "hide its hand", "hide their hand", "إخفاء يدها", "اخفاء يدها", "إخفاء يده",
    "bore the responsibility", "bears the responsibility", "bear responsibility", "bear ultimate responsibility",
    # "..., which he said were among the groups behind recent attacks"
    "among the groups behind", "among those behind", "among the militias behind", "among the factions behind",
    # "..., which he said were \"engaged in unmanned aerial vehicle (UAV) attacks against U.S. personnel\""
    *(f"engaged in {kind}attacks" for kind in ("", "drone ", "rocket ", "missile ", "UAV ", "cross-border ")),
    "engaged in unmanned aerial vehicle",
    # "said Islamic State had planned the attack from Raqqa"
    *(f"{had}planned the {deed}" for had in ("", "had ") for deed in ("attack", "attacks", "bombing", "bombings")),
    # "saying the Iran-backed Houthis had acted on Tehran's orders": whose orders they carried out
    "s orders", "s behest", "s instigation", "s instructions", "s bidding",
    # "قال متحدث باسمها إن إيران «تتحمل المسؤولية» عن هجمات الفصائل": bears the responsibility
    "تتحمل المسؤولية", "يتحمل المسؤولية", "تتحمل مسؤولية", "يتحمل مسؤولية", "تتحمل كامل المسؤولية",
    "يتحمل كامل المسؤولية", "تتحمل المسؤولية الكاملة", "يتحمل المسؤولية الكاملة",
]
# Adjectives that place a tally in a country ("11 attacks on Iraqi bases", "للأراضي السورية").
COUNTRY_ADJECTIVES: dict[str, list[str]] = {
    "IQ": ["Iraqi", "العراقية", "العراقي", "عراقية", "عراقي"],  # ("طائرات «إف-16» عراقية قصفت")
    "SY": ["Syrian", "السورية", "السوري", "سوري"],
    "JO": ["Jordanian", "الأردنية", "الأردني", "أردنية", "أردني"],
    "LB": ["Lebanese", "اللبنانية", "اللبناني", "لبنانية", "لبناني"],
    "YE": ["Yemeni", "اليمنية", "اليمني", "يمنية", "يمني"],
}
TARGET_ADJECTIVES: dict[str, list[str]] = {
    "IL": ["Israeli", "إسرائيلية", "الإسرائيلية", "الإسرائيلي", "إسرائيلي"],
    "IR": ["Iranian", "إيرانية", "الإيرانية", "الإيراني"],
    "TR": ["Turkish", "تركية", "التركية", "التركي"],
    "SA": ["Saudi", "سعودية", "السعودي"],  # ("السعودية" is also the land's own name)
}
# Verbs that put an attack on someone named after "to" or "on" ("attributed the attack to Kataib Hezbollah").
ATTRIBUTED_CUES: list[str] = ["attributed", "attributing", "attribute", "attributes", "blamed", "blaming", "blames",
                              "pinned", "pinning", "pins", "نسب", "نسبت", "traced", "tracing", "traces",
                              # "الهجوم، الذي نسبته إلى خلايا داعش"
                              "نسبته", "نسبتها", "نسبه", "نسبها"]
# A state that speaks only to say nothing does not own the strike ("declined to comment").
NO_COMMENT_CUES: list[str] = [
    "not comment", "no comment", "declined to comment", "refused to comment", "without commenting",
    # "while Ankara, which has not commented on the convoy strike, says ...", "has yet to comment"
    "not commented", "yet to comment",
    "looking into", "does not comment", "did not comment", "would not comment", "not immediately comment",
    "does not respond to reports", "did not respond to", "not respond to reports", "declined to confirm",
    "without confirming", "aware of the reports",
    # "Iran did not say whether it had fired the rockets": silent on its part
    *(f"{aux} say {whether}" for aux in ("did not", "would not", "declined to", "has not", "have not", "refused to")
      for whether in ("whether", "if")), "دون أن يؤكد", "من دون أن يؤكد", "دون أن تؤكد", "من دون أن تؤكد",
    "لم يعلق", "لم تعلق", "رفض التعليق", "رفضت التعليق", "امتنع عن التعليق", "امتنعت عن التعليق", "دون تعليق",
    "لا يعلق", "لا تعلق",
    # "من دون أن يقرّ بالمسؤولية": without admitting it
    "دون أن يقر", "دون أن تقر", "دون أن يعترف", "دون أن تعترف",
    # "قال الجيش الإسرائيلي إنه «على علم» بالتقارير ويراجع تفاصيل الحادث": aware, reviewing, owning nothing
    "على علم بالتقارير", "على علم", "يراجع تفاصيل", "يراجع التقارير", "يراجع الحادث", "تراجع تفاصيل", "reviewing the incident",
    "reviewing the reports", "reviewing reports",
    # "The coalition said it would review the reports": a review promised, no strike owned
    "review the reports", "investigate the reports", "investigating the reports",
    "allegations seriously",
    # a state that says it did not strike owns nothing: "CENTCOM said it had not carried out air strikes"
    # "it stayed silent on whether its men had fired at Taji"
    "stayed silent", "remained silent", "kept silent", "التزم الصمت", "التزمت الصمت",
    # a habit of silence: "Ankara rarely confirms individual strikes, saying only that it targets the PKK"
    "rarely confirms", "rarely comments", "rarely acknowledges", "seldom confirms", "seldom comments",
    "seldom acknowledges", "نادرا ما تعلق", "نادراً ما تعلق", "نادرا ما يعلق", "نادراً ما يعلق", "نادرا ما تؤكد", "نادراً ما تؤكد",
    "had not carried out", "has not carried out", "did not carry out", "had not been involved", "was not involved",
    "were not involved", "had no involvement", "لم تنفذ", "لم ينفذ", "لا علاقة لها", "لا علاقة له",
]
# Responsibility for an attack (Arabic blame: "حمّلت واشنطن مسؤوليته لفصائل المقاومة"), the forms a group
# owns ("أعلن ... مسؤوليته"), and the deeds one is blamed for ("اتهم ... بتنفيذ الهجوم").
RESPONSIBILITY_WORDS: list[str] = ["مسؤولية", "المسؤولية", "مسؤوليات", "بالمسؤولية", "مسؤوليته", "مسؤوليتها",
                                   "مسؤوليتهم"]
OWNED_RESPONSIBILITY_WORDS: list[str] = ["مسؤوليته", "مسؤوليتها", "مسؤوليتهم"]
BLAMED_DEED_WORDS: list[str] = ["بتنفيذ", "بالوقوف", "بشن", "بالهجوم", "باستهداف", "بالتواطؤ", "بالضلوع", "بالتورط",
                                 "بتسهيل", "بإطلاق", "بقصف", "بمحاولة", "بتفجير", "بزرع", "بارتكاب", "بتدبير",
                                 # arming the attackers: "اتهمت طهران بتزويد الحوثيين بالصواريخ"
                                 "بتزويد", "بتسليح", "بتمويل",
                                 # "اتهم الحرس الثوري «الكيان الصهيوني» باغتيال موسوي": of a killing
                                 "باغتيال", "بقتل"]
# Verbal nouns of an announced operation ("أعلن المتحدث ... تنفيذ ثلاث عمليات").
OPERATION_NOUNS: list[str] = ["تنفيذ", "استهداف", "إطلاق", "بتنفيذ", "قصف", "تحييد", "شن", "ضرب",
                             "بدء", "انطلاق"]  # "أعلنت وزارة الدفاع التركية بدء عملية «مخلب النسر» بغارات"
# What a condemned state did ("condemned what it called a blatant Iranian aggression").
AGGRESSION_WORDS: list[str] = ["aggression", "العدوان", "عدوان", "عدواناً"]
# Prepositions after "attributed"/"نسب": "attributed the attack to X", "blamed it on X", "نسب الهجوم إلى".
ATTRIBUTED_TO: list[str] = ["to", "on", "إلى", "الى"]
# Words between a strike and the state it is by ("strikes by US jets", "ضربة من قبل").
AGENT_LINKS: list[str] = ["by", "the", "من", "قبل", "of"]
# After a count, the strikes of one raid ("نحو ١٥ ضربة متتالية"), not a tally.
SUCCESSIVE_WORDS: list[str] = ["متتالية", "متتابعة", "متلاحقة", "consecutive", "successive", "simultaneous",
                               "متزامنة"]
# Forces whose backers are not sponsors of the attacks a report covers ("the US-backed SDF guards the base").
DEFENDING_FORCES: list[str] = ["Syrian Democratic Forces"]
# Whose صواريخ are missiles (the Iraqi factions' are rockets).
MISSILE_FIRERS: list[str] = ["Houthis", "IRGC"]
# Words after an actor that make it the suspect ("saw Kataib Hezbollah as the most likely culprit").
SUSPECT_WORDS: list[str] = ["culprit", "culprits", "suspect", "suspects", "suspected", "perpetrator", "perpetrators",
                            "المشتبه", "المتهم"]
# Words that carry "behind" back to an actor named further before ("widely believed to be behind").
BELIEVED_WORDS: list[str] = ["believed", "suspected", "thought", "widely", "alleged", "يعتقد", "يشتبه", "يرجح"]
# "نقلت قناة «المسيرة» عن ... يحيى سريع قوله إن القوة الصاروخية أطلقت": his saying, relayed; its speaker is named
# before it (where an Arabic speech verb's follows it)
SAYING_OF_THE_NAMED: list[str] = ["قوله", "قولها", "قولهم"]
SPEECH_CUES: list[str] = [
    "قال", "قالت", "يقول", "تقول", "ذكر", "ذكرت", "أفاد", "أفادت", "أعلن", "أعلنت", "أكد", "أكدت", "أشار", "أشارت", "تابع", "تابعت",
    "أقر", "أقرت", "اعترف", "اعترفت", "acknowledged", "admitted", "concluded that", "found that",
    # "كشف قائد سلاح الجو الإسرائيلي أن طائراته نفّذت نحو مئة ضربة": revealed
    "كشف", "كشفت", "revealed",
    "أضاف", "أضافت", "أوضح", "أوضحت", "وفق", "وفقا ل", "بحسب", "حسب", "نقلا عن",
    "said", "says", "say", "told", "stated", "announced", "reported", "according to", "confirmed", "added",
    # "went on al-Masirah television to say the group had sent ten drones"
    "television to say", "TV to say", "Telegram to say", "Twitter to say", "X to say", "air to say",
    "noted", "described as", "a statement", "in a statement", "boasted", "bragged",
    # "The Islamic Resistance in Iraq posted on Telegram that its fighters had targeted"
    "posted on Telegram that", "posted that", "wrote on Telegram that", "wrote that", "posted a statement saying",
    "wrote on Twitter that", "wrote on X that", "posted on X that", "posted on Twitter that",
    # "نشرت المقاومة بياناً جاء فيه أن مجاهديها استهدفوا": what the statement says
    "جاء فيه", "جاء فيها", "ورد فيه", "ورد فيها",
    "نقلت",  # "ونقلت «سانا» عن مصدر عسكري أن": relayed
    *SAYING_OF_THE_NAMED,
]
# His or her death, the one told before ("ما أدى إلى مقتله مع ابنته الرضيعة وشخصين آخرين").
OWN_DEATH_CUES: list[str] = ["مقتله", "مقتلها", "مصرعه", "مصرعها", "استشهاده", "استشهادها"]
KILLED_CUES: list[str] = [
    "قتل", "قتلى", "مقتل", "قتيل", "قتيلا", "قتيلان", "قتيلين", "لقي حتفه", "لقوا حتفهم", "مصرع", "استشهد",
    *OWN_DEATH_CUES,
    "قتلوا", "قتلت", "قتلا", "لقي", "لقوا", "استشهدوا", "استشهدا", "نعى", "نعت", "ينعى", "تنعى", "اغتالت", "اغتال", "اغتيال", "assassinated", "assassination",
    "استشهاد", "شهداء", "شهيدا", "شهيد", "killed", "dead", "died", "deaths", "death", "fatalities", "were killed", "was killed",
    "tués", "getötet", "killing", "killed at least", "أودت بحياة", "أودى بحياة", "claimed the lives of",
    "eliminated", "eliminating",  # the Israeli army's word: "eliminated a Hezbollah commander"
    "shot dead", "gunned down", "shot and killed",
    # the Turkish military's word: "neutralised 5 terrorists", "تحييد 5 إرهابيين"
    "neutralised", "neutralized", "neutralising", "neutralizing", "تحييد", "حيدت", "حيد",
]
INJURED_CUES: list[str] = [
    "أصيب", "أصيبوا", "أصيبا", "اصابة", "إصابة", "إصابات", "جرحى", "جريح", "جريحا", "جريحان", "جريحين", "مصابا", "مصابين",
    "جرح", "بجروح", "جروح",
    "injured", "wounded", "injuries", "hurt", "wounds", "casualties", "blessés", "verletzt", "wounding", "injuring",
    # the wounded still in hospital: "فيما لا يزال عشرة آخرون يتلقون العلاج", "108 people were still being treated"
    "يتلقون العلاج", "يتلقى العلاج", "تتلقى العلاج", "still being treated", "were being treated",
]
# Deaths that no attack caused: a toll told beside them is no attack's ("died of a cardiac episode ... during a
# false alarm", "توفي إثر نوبة قلبية").
# A blast or fire the report puts down to an accident: with no attacker named anywhere in it, its explosions are no
# attack ("the blast had been caused by a leaking gas cylinder", «نجم عن تماس كهربائي وسوء تخزين ذخائر قديمة»)
ACCIDENT_CAUSES: list[str] = [
    "gas leak", "leaking gas", "leaking gas cylinder", "gas cylinder exploded", "gas cylinder explosion",
    "short circuit", "electrical fault", "electrical short", "poor storage", "improper storage", "heat and poor storage",
    "exploded prematurely", "premature explosion", "premature detonation", "detonated prematurely",
    "hunting accident", "training accident", "an accident, plain and simple", "was an accident", "was accidental",
    "ruled accidental", "no attack and no bomb", "was a hunting accident",
    "تماس كهربائي", "ماس كهربائي", "سوء تخزين", "سوء التخزين", "تسرب الغاز", "تسرب غاز", "انفجار أسطوانة غاز",
    "انفجار قنينة غاز", "سخونة المحرك", "حادث عرضي", "انفجار عرضي", "حريق عرضي",
    "انفجار مولدة",
]
# A report that says outright no attack took place ("were caused by a fire in an overheated ammunition store, not a
# drone strike", "some residents mistook the booms and flashes for rocket fire", "there had been no attack on the
# base"): with no attacker named anywhere in it, none of its blasts is an attack, from the air or not.
ATTACK_RULED_OUT: list[str] = [
    *(f"not {an} {deed}" for an, deed in (("a", "drone strike"), ("a", "drone attack"), ("a", "rocket attack"),
                                          ("an", "attack"), ("an", "airstrike"), ("an", "air strike"), ("a", "strike"),
                                          ("a", "missile strike"), ("a", "bombing"), ("an", "air raid"))),
    "no attack of any kind", "there had been no attack", "there was no attack", "there has been no attack",
    "mistook the", "mistook them for", "mistook it for", "mistaken for", "no trace of aircraft debris",
    "denied reports circulating", *CONTROLLED_BLASTS,
    # (not a denial of a part in it: «نفى مصدر عسكري سوري تنفيذ أي غارة ..., واصفاً التقارير بأنها "عارية عن الصحة"»)
    "وليس هجوما", "وليس غارة", "وليس قصفا", "ليس هجوما", "لم يكن هجوما", "لم يكن ناجما عن هجوم",
    "لم يكن ناجما عن قصف", "نفت وقوع أي هجوم", "نفى وقوع أي هجوم", "ظنها السكان", "ظنه السكان", "ظنها الأهالي",
]
NOT_ATTACK_DEATHS: list[str] = [
    "heart attack", "cardiac", "cardiac arrest", "false alarm", "natural causes", "نوبة قلبية", "سكتة قلبية",
    "إنذار كاذب", "أسباب طبيعية", "traffic accident", "حادث سير",
]
# Arabic casualty verbs, which may follow their number ("ثلاثة جنود أصيبوا"); the verbal nouns (مقتل, إصابة)
# never do.
ARABIC_CASUALTY_VERBS: list[str] = [
    "أصيب", "أصيبوا", "أصيبا", "قتل", "قتلوا", "قتلت", "قتلا", "استشهد", "استشهدوا", "استشهدا", "لقي", "لقوا", "جرح",
    "نعى", "نعت", "ينعى", "تنعى", "يتلقون العلاج", "يتلقى العلاج", "تتلقى العلاج",
]
# Casualty nouns counted by the number before them: "16 قتيلاً", "three dead", "21 injuries".
CASUALTY_COUNTED_NOUNS: list[str] = [
    "قتلى", "قتيل", "قتيلا", "قتيلان", "قتيلين", "شهداء", "شهيدا", "شهيد", "جرحى", "جريح", "جريحا", "جريحان", "جريحين",
    "مصابا", "مصابين", "إصابات", "deaths", "fatalities", "injuries", "casualties", "dead",
]
# Words between a casualty verb and its number: "killing at least 31", "مقتل ما لا يقل عن".
NUMBER_QUALIFIERS: list[str] = [
    "at", "least", "more", "than", "about", "nearly", "some", "around", "up", "to", "over", "almost", "roughly",
    "another", "further", "approximately", "an", "estimated", "نحو", "حوالي", "أكثر", "من", "ما", "لا", "يقل", "عن",
    "قرابة", "زهاء", "إلى", "ارتفع", "بلغ", "وصل", "its", "their", "his", "all",
]
# "No injuries were reported": nobody hurt, says nothing of the dead.
NO_INJURY_CUES: list[str] = [
    "no injuries", "no injuries were reported", "no one was injured", "no americans were hurt",
    "no americans were injured", "no u.s. personnel were injured",
    "nobody was injured", "no one else was hurt", "no reported injuries", "no personnel were injured",
    "لا إصابات", "دون إصابات", "بدون إصابات", "من دون إصابات", "لم يصب أحد",
]
# Human losses, victims or casualties denied ("لم يسفر ذلك عن أي خسائر بشرية", "دون أن تخلّف خسائر بشرية",
# "من دون أن يسفر ذلك عن أضرار أو إصابات"; إصابات are anyone hit, so "لم يسفر عن إصابات" too): nobody dead or hurt. The words, the negations that may stand up to
# five words before them, and the words that make it no denial ("من دون ورود معلومات عن خسائر بشرية").
LOSS_WORDS: list[str] = ["خسائر بشرية", "ضحايا", "إصابات", "قتلى أو جرحى", "قتلى ولا جرحى", "قتلى وجرحى"]
LOSS_UNKNOWN: list[str] = ["معلومات", "أنباء", "تفاصيل"]
LOSS_NEGATIONS: list[str] = ["لم", "دون", "بدون", "عدم", "لا", "ولم", "ولا"]
# "No one was killed": nobody dead, says nothing of the injured.
NO_DEATH_CUES: list[str] = [
    "no one was killed", "nobody was killed", "no one was killed in either attack", "no deaths", "no deaths were reported",
    "no fatalities", "no one died", "no one has been killed", "without deaths", "non-fatal",
    # "No Americans were killed", "no U.S. personnel were killed"
    "no americans were killed", "no u.s. personnel were killed", "no soldiers were killed",
    "no troops were killed", "no civilians were killed", "no israelis were killed", "no one was killed or",
    "لا قتلى", "دون وقوع قتلى", "دون سقوط قتلى", "من دون سقوط قتلى", "لم يسفر عن قتلى", "لم تسفر عن قتلى",
    "لم يسفر عن سقوط قتلى", "لم تسفر عن سقوط قتلى", "عدم تسجيل أي حالة وفاة", "لم تسجل وفيات", "لم يقتل أحد",
    "لم يقتل أي", "دون تسجيل وفيات", "دون تسجيل أي وفيات", "دون وقوع وفيات", "من دون تسجيل وفيات",
    "دون وقوع أي وفيات", "دون سقوط أي قتلى", "دون وقوع أي قتلى", "أحداً لم يُقتل",
    "لم تسجل أي وفيات", "دون تسجيل قتلى",
    "عدم وقوع قتلى", "لم تسجل أي حالة وفاة",
]
NO_CASUALTY_CUES: list[str] = [
    "neither attack caused casualties", "neither caused casualties", "did not result in any casualties",
    "did not result in casualties", "without causing any casualties", "caused no casualties", "دون خسائر",
    "no casualties", "without casualties", "لم يصب أحد",
    "no damage or casualties", "neither caused damage or casualties", "caused no damage or casualties",
    "without causing casualties", "did not cause casualties", "no one was killed or injured",
    "no injuries or casualties", "no casualties were reported", "caused no casualties", "no damage or injuries",
    "no injuries or damage", "no u.s. casualties", "no us casualties",
    "no victims", "no human losses", "no reports of casualties", "no reported casualties",
    "there were no casualties", "no one was hurt or killed", "no one was hurt", "nobody was hurt",
    # damage to things alone: "the attack caused material damage only", "اقتصرت الأضرار على الماديات"
    "material damage only", "only material damage", "damage only", "أضرار مادية فقط", "خسائر مادية فقط",
    "اقتصرت الأضرار على الماديات", "اقتصرت الخسائر على الماديات", "اقتصرت على الأضرار المادية",
    "اقتصرت على الخسائر المادية",
]
# Nouns counted in tallies only over a period: shelling ("16 قصفاً مدفعياً تركياً على قضاء زاخو منذ مطلع تموز");
# told of one day it is one bombardment's rounds. (Not غارة, whose counts often tell one night's raid and the site
# it struck.)
PERIOD_TALLY_NOUNS: list[str] = ["قصفا", "غارة", "غارات", "airstrikes", "air strikes", "raids"]
# Nouns counted in tallies: "10 attacks", "16 times", "عشر هجمات".
TALLY_NOUNS: list[str] = [
    "هجمات", "هجوما", "هجوم", "هجومين", "هجومان", "مرة", "مرات", "عملية", "عمليات", "attacks", "attack",
    "times", "separate attacks", "strikes", "incidents", "operations", "occasions", "attaques", "Angriffe",
    "operation", "wave",  # (singular after an ordinal only: "the group's fifth operation against Israeli cities")
    "ضربة", "ضربات", "استهدافا", "استهدافات", "هجمة",
    "استهداف",  # (singular after an ordinal: "وهذا رابع استهداف لمواقع الحشد")
    # attacked convoys counted ("14 convoys had been hit by improvised explosive devices since May 1")
    "convoys",
    # bombings counted as attacks ("militants set off 48 car bombs in and around Baghdad")
    "bombings", "bombs",  # ("bombs" only as car, roadside or suicide bombs: not "dropped 20 bombs")
    "bombing",  # (singular after an ordinal: "the Karrada blast was the ninth bombing in Baghdad since ...")
    # ships counted as attacked ("had attacked more than 100 merchant ships since November"), waves of raids
    "ships", "vessels", "سفينة", "سفن", "موجة", "موجات",
    "غارتين", "ضربتين", "ضربتان",  # (the other raids are PERIOD_TALLY_NOUNS)
    "تفجيرات", "تفجيرا", "تفجيرين",
    *PERIOD_TALLY_NOUNS,
]
# What a force carried out that is no attack: "نفّذت قوة مشتركة عملية تفتيش في القرى المحيطة", "launched a search
# operation".
SEARCH_WORDS: list[str] = ["تفتيش", "دهم", "اعتقال", "اعتقالات", "search", "searches", "arrest", "arrests", "sweep",
                           # "أطلقت القوات عملية عسكرية لتعقب فلول داعش": a hunt for them
                           "لتعقب", "لملاحقة", "لتمشيط", "تمشيط"]
# What is launched that is no attack: "أطلقت وزارة الزراعة حملة الرش الجوي", "تمهيداً لإطلاق مشاريع إعادة الإعمار",
# "launched a vaccination campaign" (unless of war, LAUNCHED_OF_WAR: "أطلقت حملة قصف", "launched a bombing campaign").
LAUNCH_VERBS: list[str] = ["أطلق", "أطلقت", "أطلقوا", "أطلقنا", "إطلاق", "تطلق", "يطلق", "launched", "launch", "launches",
                           "launching"]
LAUNCHED_CIVIL: list[str] = ["حملة", "حملات", "مبادرة", "مبادرات", "مشروع", "مشاريع", "برنامج", "برامج", "مهرجان",
                             "مسابقة", "campaign", "campaigns", "initiative", "programme", "program", "festival",
                             "project", "projects"]
LAUNCHED_OF_WAR: list[str] = [
    "قصف", "غارات", "عسكرية", "جوية", "ضربات", "هجمات", "صاروخية", "صواريخ", "صاروخ", "قذائف", "مسيرات", "طائرات",
    "air", "bombing", "military", "strike", "strikes", "airstrike", "airstrikes", "drone", "drones", "missile",
    "missiles", "rocket", "rockets", "shelling", "artillery", "offensive", "raids", "attacks"]
# Words of films, series, novels, songs and poems: a report with three of them tells of a work of art, and its strikes
# with no day told are scenes ("the missile strike that ends the second act is staged with a restraint ...").
FICTION_WORDS: list[str] = [
    "film", "films", "movie", "movies", "drama", "novel", "novelist", "screenplay", "script", "actor", "actors",
    "actress", "audiences", "premiere", "sequel", "fictional", "fiction", "episode", "episodes", "filmmaker",
    "filmmakers", "cinema", "cinemas", "screenwriter", "gameplay", "videogame",
    # a play's or a book's review: "the audience flinches at the shelling", "the memoir's best chapters"
    "theatre", "theater", "audience", "staging", "subplot", "monologue", "playwright", "memoir", "memoirs",
    "chapters", "book", "المسرحية", "مسرحية", "المسرح", "الجمهور", "مذكرات", "مذكراته", "الكتاب",
    "فيلم", "الفيلم", "فيلما", "أفلام", "الأفلام", "مسلسل", "المسلسل", "مسلسلات", "الممثل", "الممثلة", "ممثلين",
    "المخرج", "السينما", "سينمائي", "السينمائي", "سينمائية", "الدراما", "درامي", "الروائي", "روائي", "المشاهدين",
    "مخرج", "ممثلون", "الممثلون", "حلقاته", "حلقاتها", "الكاميرا",  # («مسلسل ... منذ حلقاته الأولى», «قال مخرج العمل»)
    # a concert's review or a poetry festival's: "opened with a barrage of drums", «أطلقها كالصاروخ» (a poem)
    "album", "albums", "band", "concert", "concerts", "singer", "song", "songs", "encore", "lyrics", "guitar",
    "guitars", "drums", "ballad", "ballads", "poet", "poets", "poem", "poems", "poetry",
    "ألبوم", "الألبوم", "أغنية", "الأغنية", "أغاني", "الأغاني", "المطرب", "المطربة", "قصيدة", "القصيدة", "قصائد",
    "شاعر", "الشاعر", "شعراء", "الشعراء", "الشعري", "الشعرية", "الأدباء", "أمسية", "الأمسيات"]
# A death told later than the attack: its day is the death's, not the attack's ("وتوفي صباح اليوم متأثراً بجراحه").
DIED_OF_WOUNDS: list[str] = ["متأثرا بجراحه", "متأثرة بجراحها", "متأثرين بجراحهم", "متأثرا بجروحه", "died of his wounds",
                             "died of her wounds", "died of their wounds", "succumbed to his wounds",
                             "succumbed to her wounds", "succumbed to their wounds", "died of wounds"]
# A facility told again by its kind ("rockets fell inside the field", "سقطت ثلاثة صواريخ داخل الحقل"): the
# facility the report named last.
FACILITY_ANAPHORA: list[str] = [
    "the base", "the field", "the airport", "the airbase", "the air base", "the camp", "the facility",
    "the installation", "the compound", "the garrison", "the plant",
    "القاعدة", "الحقل", "المطار", "المعسكر", "المنشأة", "الثكنة", "المحطة",
]
# "energy sites in the Region", "منشآت الطاقة في الإقليم": the region the report names (Kurdistan), as a tally's place
REGION_ANAPHORA: list[str] = ["الإقليم", "بالإقليم", "the Region", "the Region's", "the region's"]
# English ordinals: "the fourth rocket attack on Israel since October 7" counts four.
ORDINAL_WORDS: dict[str, int] = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
# Counts of "times" tell of attacks only beside a word of war ("a record four times" is a trophy's).
REPEAT_NOUNS: list[str] = ["times", "occasions", "مرة", "مرات"]
# A period told again: "Al-Asad alone has been targeted more than 30 times in that period".
SAME_PERIOD_PHRASES: list[str] = [
    "in that period", "during that period", "over that period", "in the same period", "during the same period",
    "over the same period", "in that time", "during that time", "over the same time", "خلال الفترة نفسها",
    "خلال هذه الفترة", "خلال تلك الفترة", "في الفترة نفسها", "خلال المدة نفسها", "في الفترة ذاتها",
    "خلال الفترة ذاتها",
]
# What follows a country named as a target that makes it no place: "attacks on U.S. forces" (see TALLY_IN).
FORCES_WORDS: list[str] = ["forces", "troops", "personnel", "interests", "embassy", "bases", "coalition", "القوات",
                           "قوات", "مصالح", "installations", "installation", "facilities", "positions", "base",
                           "military", "servicemembers", "service", "soldiers", "assets", "targets", "outposts",
                           "convoys", "diplomatic", "warships", "ships", "vessels", "sites", "قواعد", "القواعد"]
# One word allowed between a count and its noun ("124 IS attacks", "11 bomb attacks").
TALLY_MODIFIERS: list[str] = ["IS", "ISIS", "rocket", "drone", "bomb", "missile", "mortar", "IED", "separate",
                              "merchant", "commercial", "cargo", "container",
                              "militia", "hostile", "enemy", "new", "more", "such", "confirmed", "reported",
                              "roadside", "terrorist", "Houthi", "Israeli", "Turkish", "American", "U.S", "US",
                              "air", "and", "artillery", "cross-border", "Hezbollah", "Iranian", "militant", "deadly",
                              "claimed", "documented", "recorded", "known", "attempted", "Islamic", "State", "Daesh",
                              "PKK", "insurgent", "jihadist", "suicide", "car", "sniper", "ballistic", "cruise", "joint",
                              "anti-ship", "naval", "coalition", "Russian", "Syrian", "regime", "government"]

# Verbs of carrying out a strike; the agent before them (English) or after them (Arabic) claims it.
CONDUCT_VERBS: list[str] = [
    "conducted", "carried out", "kept up", "resumed", "launched", "struck", "bombed", "targeted", "hit", "retaliated", "responded",
    # the deed told before as "it" ("the Pentagon said Iran had carried it out")
    "carried it out", "carried them out",
    "dropped", "engaged", "حيدت", "حيد", "neutralized", "neutralised",
    *AIRCRAFT_STRUCK,
    "نفذت", "نفذ", "نفذتا", "نفذتها", "شنت", "شن", "أغارت", "قصفت", "ردت", "رد",
    # dropped (barrels, bombs), then its subject: "البراميل المتفجرة التي ألقتها مروحيات الأسد"
    "ألقتها", "ألقاها", "ألقتا",
    # "أقدم طيران العدو الإسرائيلي ... على إطلاق عدة صواريخ": proceeded to (the army statements' word)
    "أقدم", "أقدمت", "أقدموا",
]
PASSIVE_MARKERS: list[str] = ["was", "were", "been", "being", "is", "are", "came", "under", "تعرض", "تعرضت"]
# Whose strikes a report can announce (a state claimant); reactions in between do not count.
STRIKING_STATES: list[str] = ["United States", "Israel", "Turkey", "Russia", "Iran", "IRGC", "Syrian government",
                               "Iraqi government"]
REACTION_WORDS: list[str] = ["condemned", "denounced", "criticised", "criticized", "condemns", "denounces", "نددت", "أدانت",
                              "استنكرت", "ندد", "أدان", "استنكر", "دانت",
                              # an envoy called in over the deed: "summoned Iran's ambassador over the 'Iranian aggression'"
                              "summoned", "استدعت", "استدعى"]
# Explosions that killed or wounded are attacks ("fire and blasts at the al-Saqr camp killed one civilian"),
# unless the report tells of an accident.
EXPLOSION_NOUNS: list[str] = ["blast", "blasts", "explosion", "explosions", "blew up", "انفجار", "انفجارات", "تفجير",
                              "انفجارين", "انفجاران",
                              "تفجيرات", "انفجرت"]
ACCIDENT_WORDS: list[str] = [
    "accident", "accidental", "accidentally", "gas cylinder", "short circuit", "electrical fault", "gas leak",
    # "a massive explosion of ammonium nitrate stored at Beirut port ..., a blast officials blamed on negligence"
    "negligence", "ammonium nitrate", "نترات الأمونيوم", "الإهمال",
    "حادث عرضي", "بشكل عرضي", "أسطوانة غاز", "قنينة غاز", "ماس كهربائي", "تسرب غاز",
    "gas explosion", "gas blast", "oxygen tank", "oxygen cylinder", "انفجار غاز", "أسطوانة أوكسجين", "أسطوانة أكسجين",
    "قنينة أوكسجين",
    # a road crash: "a fuel tanker overturned and exploded on the Erbil-Kirkuk road", «انقلاب صهريج وقود»
    "overturned", "lost control", "collided", "collision", "انقلب", "انقلبت", "انقلاب", "اصطدام", "اصطدم", "اصطدمت",
    # nature's blows: «حصيلة الزلزال الذي ضرب المناطق الحدودية», "the earthquake that struck the border region"
    "earthquake", "quake", "aftershock", "aftershocks", "tremor", "tremors", "زلزال", "الزلزال", "هزة أرضية",
    "الهزات الارتدادية", "هزات ارتدادية",
    # «العاصفة الترابية التي ضربت المحافظة», "a sandstorm hit Baghdad", floods that struck
    "sandstorm", "dust storm", "storm", "floods", "flash floods", "heatwave", "عاصفة ترابية", "العاصفة الترابية",
    "عاصفة رملية", "العاصفة الرملية", "السيول", "سيول", "الفيضانات", "فيضانات", "موجة حر", "موجة الحر",
    # ... and storms counted ("العواصف التي «تضرب» البلاد أكثر من عشرين مرة في السنة")
    "storms", "sandstorms", "dust storms", "العواصف", "عواصف", "العواصف الترابية",
]
STRIKE_NOUNS: list[str] = ["strike", "strikes", "airstrike", "airstrikes", "ضربة", "ضربات", "ضربتين", "غارة", "غارات"]
# English verbs a state's forces strike with, right after them ("U.S. forces struck nine bunkers"); not "attacked"
# or "targeted", which headlines use for the attacked ("U.S. forces targeted in Syria").
STRIKE_VERBS: list[str] = ["struck", "bombed", "shelled", "raided", "pounded", "strikes", "strike", "hit"]
# Arabic verbs whose subject comes first and whose object is blamed (حمّلت الحكومة واشنطن المسؤولية).
ARABIC_BLAME_VERBS: list[str] = ["حملت", "تحمل", "حمل", "يحمل", "نحمل", "اتهمت", "اتهم", "تتهم", "يتهم",
                                 "محملة", "محملا", "متهمة", "متهما", *BLAME_PROMISED_AR, *BLAME_BY_MANY_AR]
# Blame verbs with the blamed as an attached pronoun ("حمّله المسؤولية": held him responsible; "التي تتهمها واشنطن"):
# the one named before them is the one blamed, and one named right after them blames.
ARABIC_BLAME_PRONOUN_VERBS: list[str] = [f"{verb}{it}" for verb in ("حمل", "حملت", "يحمل", "تحمل", "اتهم", "اتهمت", "يتهم",
                                                                    "تتهم")
                                         for it in ("ه", "ها", "هم", "هما")]
# Claim cues specific enough to look far for the group (تبنّت ... مجموعة تطلق على نفسها اسم «...»).
STRONG_CLAIM_CUES: list[str] = ["تبنت", "تبنى", "تبنوا", "تبنيا", "يتبنون", "تبنيها", "تتبنى", "يتبنى",
                                # "الهجوم الذي تبنّته المقاومة": the claim in a relative clause
                                "تبنته", "تبنتها", "تبناه", "تبناها", "تبنتهما",
                                "تبنت مسؤولية", "أعلنت مسؤوليتها", "أعلن مسؤوليته", "claimed responsibility", "claimed", "took responsibility",
                                # "X issued a statement taking responsibility"
                                "taking responsibility", "takes responsibility",
                                "took credit", "taken credit", "claimed credit", "taking credit", *ADMITTED_CUES,
                                *CLAIM_CUES_WITHOUT_PROCLITIC,  # "أكد الجيش الإسرائيلي تنفيذه ضربة"
                                # "the Guards wasted no time in claiming the barrage"
                                "in claiming"]
# A state's media named by no land ("وفي سوريا المجاورة، أعلن التلفزيون الرسمي أن سلاح الجو السوري نفّذ غارات"):
# the land of the forces it tells of striking is its own.
GENERIC_STATE_MEDIA: list[str] = ["التلفزيون الرسمي", "الإعلام الرسمي", "وسائل الإعلام الرسمية", "وسائل إعلام رسمية",
                                  "الوكالة الرسمية", "وكالة الأنباء الرسمية", "state television", "state TV",
                                  "state media", "state news agency", "the official news agency"]
# A state's own news agency or broadcaster: what it tells of the state's forces striking, the state tells.
STATE_MEDIA: dict[str, list[str]] = {
    "Syrian government": ["سانا", "الوكالة العربية السورية للأنباء", "وكالة الأنباء السورية", "SANA", "Syrian Arab News Agency",
                          "التلفزيون السوري", "التلفزيون الرسمي السوري", "Syrian state television", "Syrian state TV",
                          # the land's media named by its adjective ("Syrian state media said Israeli aircraft hit")
                          "Syrian state media", "Syrian state news agency", "الإعلام الرسمي السوري",
                          "وسائل الإعلام الرسمية السورية", "وسائل إعلام رسمية سورية"],
    "Iran": ["إرنا", "وكالة الأنباء الإيرانية الرسمية", "IRNA", "Islamic Republic News Agency",
             "Iranian state media", "Iranian state television", "Iranian state TV", "التلفزيون الرسمي الإيراني",
             "الإعلام الرسمي الإيراني", "وسائل الإعلام الرسمية الإيرانية"],
    "Turkey": ["الأناضول", "وكالة الأناضول", "Anadolu", "Anadolu Agency", "Turkish state media", "Turkish state television",
               "Turkish state broadcaster"],
    "Russia": ["تاس", "TASS", "ريا نوفوستي", "RIA Novosti", "Russian state media", "Russian state television"],
}
# Who speaks for a state: their claims are the state's.
SPOKESPEOPLE: dict[str, str] = {
    "Pentagon": "United States", "CENTCOM": "United States", "White House": "United States",
    "State Department": "United States", "US official": "United States",
}

# Nouns of a sentence that details the targets of the attack just described
# ("They included headquarters and depots around al-Qaim").
ELABORATION_WORDS: list[str] = [
    "targets", "sites", "facilities", "depot", "depots", "headquarters", "positions", "warehouses", "stations",
    "plants", "المحطتين", "المحطتان", "المحطات",
    "مواقع", "مقرات", "مستودعات", "مستودع", "منشآت", "أهداف", "مخازن",
    # one of them, in the accusative too ("أنها استهدفت مخزناً للأسلحة", "مقراً للفصيل")
    "مخزن", "مخزنا", "مستودعا", "مقر", "مقرا", "مخبأ", "مخابئ",
    # "The Qandil and Sinjar regions ... were among those covered by the operation"
    "covered", "شملت", "شمل",
    # "Named locations included the al-Qaim area on the Iraqi side of the border and Albu Kamal"
    "locations",
    # one of them, in English: "named them as a scientific research centre in ..., a storage site west of Homs"
    "site", "facility", "bunker", "compound", "warehouse",
]
# Words that refer back to the armed group last named ("the group", "الفصيل").
# A state's armed forces told again without their land, as the one speaking ("the military said it struck").
STATE_ANAPHORA: list[str] = ["the military", "the army", "the air force", "the ministry", "الجيش",
                             # "وأعلنت وزارة الدفاع أنها «استهدفت مقرّات الإرهابيين»": the ministry of the state told of
                             "وزارة الدفاع", "the defence ministry", "the defense ministry",
                             "its defence ministry", "its defense ministry",
                             # "Three days later Israel answered. Its military said a strike ... had killed"
                             "its military", "its army",
                             # "وفي المقابل، قالت القيادة إن قواتها دمّرت ...", "The command said its forces destroyed":
                             # the command told before (CENTCOM's)
                             "the command", "القيادة"]
GROUP_ANAPHORA: list[str] = [
    "the group", "the iraqi group", "the militia", "the faction", "the organisation", "the organization",
    "the umbrella group", "the umbrella", "الجماعة", "المظلة", "الفصيل", "المجموعة", "التنظيم", "الحزب", "الكتائب",
    # "The Iran-backed terror group said in a statement that it had launched ..."
    "terror group", "terrorist group", "militant group", "the militia group", "the armed group", "the same group",
    "jihadist group", "extremist group", "insurgent group", "rebel group", "the movement",
    # the group's men ("Turkish officials ... blamed the militants, who hold a strip of territory across the frontier")
    "the militants", "the jihadists", "the insurgents", "the extremists",
    # its men, by the pronoun ("قذائف هاون أطلقها مسلحوه")
    "مسلحوه", "مسلحيه", "مقاتلوه", "مقاتليه", "عناصره",
]
# A state that confirms the strike told just before owns it: "اغتالت إسرائيل القيادي ... وهو ما أكده الجيش
# الإسرائيلي" (states only: a group that confirms a killing confirms its loss).
CONFIRMED_BY: list[str] = ["وهو ما أكده", "وهو ما أكدته", "وهذا ما أكده", "which it confirmed", "which the military confirmed"]
# Two groups told again: "الولايات المتحدة تحمّل الجماعتين المسؤولية" (the two groups named before).
GROUP_PAIR_ANAPHORA: list[str] = ["الجماعتين", "الجماعتان", "الفصيلين", "الفصيلان", "both groups", "the two groups",
                                  "both militias", "the two militias",
                                  # "The Department holds these militias responsible": the groups just named
                                  "these militias", "these groups", "those militias", "those groups", "these factions",
                                  "هذه الفصائل", "هذه الجماعات", "هذه الميليشيات", "تلك الفصائل", "تلك الجماعات"]

# Verbs of aiming and shelling: a group's own statement uses them for its claims ("استهدفت المقاومة الإسلامية"), so
# they make an attacker only in what a source tells ("استهدفت حركة النجباء السفارة، حسبما ذكر مصدر أمني").
AIMED_VERBS: list[str] = ["استهدفت", "استهدف", "قصفت", "قصف"]
# Verbs whose subject is the attacker ("the Houthis fired", "الحوثيون أطلقوا"); the agent named by
# someone else is alleged. Nouns ("strikes", "targets") are left out: "US strikes on Houthi targets".
AGENT_VERBS: list[str] = [
    "fired", "launched", "attacked", "hit", "targeted", "struck", "shelled", "bombed", "carried out", "conducted",
    "carried it out", "carried them out",
    "sent", "ambushed", "stormed", "opened fire", "detonated", "planted",
    # "Islamic State fighters forced their way through the outer perimeter of the Baiji refinery", "overran the compound"
    "overran", "forced their way", "forced its way", "raided", "assaulted", "blew up", "set off", "infiltrated",
    # "pro-regime troops had mounted an unprovoked attack on the position"
    "mounted an", "mounted a",
    # "Abadi said 'Daesh terrorists' had committed the massacre"
    *(f"committed {the} {deed}" for the in ("the", "this", "that") for deed in (
        "massacre", "attack", "bombing", "crime", "atrocity", "killings")),
    # "said that Islamic State militants had rigged the house with explosives"
    "rigged", "booby-trapped", "packed with explosives", "laden with explosives", "fitted with explosives",
    # "the Qassam Brigades had answered the tower's destruction with a barrage of 130 rockets" (not "the strike
    # destroyed facilities used by X and answered recent attacks": the verb after "and" is the strike's)
    "had answered", "has answered", "have answered",
    # "The jihadists answered with mortar bombs that fell on the town centre"
    "answered with", "responded with", "retaliated with", "hit back with",
    *PRESSED_ASSAULT, "نصبوا", "هاجمت", "هاجم",
    "أطلقوا", "أطلقت", "أطلق", "استهدفوا", "هاجموا", "شنوا", "نفذوا", "قصفوا", "شنت", "شن", "نفذت", "نفذ",
    *(f"{verb}{it}" for verb in ("نفذ", "شن", "أطلق", "نصب") for it in ("ه", "ها")),  # "نفّذه عناصر من X": carried it out
    *(f"{verb}{it}" for verb in ("نفذت", "شنت", "أطلقت", "نصبت") for it in ("ه", "ها")),  # "نفّذته ميليشيا الحوثي"
    *(f"{verb}{it}" for verb in ("نفذ", "أطلق", "نفذت", "أطلقت") for it in ("هما", "هم")),  # "قذيفتي هاون أطلقتهما عناصر داعش"
    # subject first, then the verb carrying the attack: "قال إن الحوثيين أطلقوه من اليمن"
    "أطلقوه", "أطلقوها", "نفذوه", "نفذوها", "شنوه", "شنوها", "زرعوه", "زرعوها", "زرعوا",
    # detonated, as the English "detonated": "إن عناصر داعش فجّروا عجلة مفخخة", "أن التنظيم فجّر سيارة مفخخة" (the
    # singular with its object: «فجر» alone is also dawn)
    "فجروا", *(f"{verb} {bomb}" for verb in ("فجر", "فجرت") for bomb in ("سيارة", "سيارتين", "عربة", "عجلة", "شاحنة", "عبوة",
                                                                        "عبوات", "عبوتين", "حزاما", "سترة")),
    # planted the bomb: «رجّح مصدر أمني أن تكون خلية من بقايا داعش قد زرعت العبوة»
    *(f"{verb} {bomb}" for verb in ("زرع", "زرعت") for bomb in ("عبوة", "العبوة", "عبوات", "العبوات", "عبوتين", "العبوتين")),
    # the perpetrator, in a cleft: «أن تكون «خلايا داعش» هي المنفذة»
    "هي المنفذة", "هو المنفذ", "هم المنفذون", "هي الجهة المنفذة", "هو الجهة المنفذة",
    # verb, then subject: "عبوة ناسفة زرعتها عصابات داعش"
    *(f"{verb}{it}" for verb in ("زرع", "زرعت", "وضع", "وضعت", "فخخ", "فخخت") for it in ("ه", "ها", "هما", "هم")),
    # dropped (barrels, bombs): "البراميل المتفجرة التي ألقتها مروحيات الأسد"
    *(f"{verb}{it}" for verb in ("ألقا", "ألقت") for it in ("ه", "ها", "هما", "هم")),
    *AIMED_VERBS,
]
# The agent verbs above that carry the attack as an object pronoun: their subject follows them ("كمين نصبه مسلحو داعش").
AGENT_VERBS_IT: list[str] = [f"{verb}{it}" for verb in ("نفذ", "شن", "أطلق", "نصب", "نفذت", "شنت", "أطلقت", "نصبت",
                                                        "زرع", "زرعت", "وضع", "وضعت", "فخخ", "فخخت", "ألقا", "ألقت")  # "عبوة زرعتها عصابات داعش"
                              for it in ("ه", "ها", "هما", "هم")]

# Claim cues of the Islamic State's agency: it claims for the group named right beside it.
AMAQ_CUES: list[str] = ["Amaq", "Amaq news agency", "وكالة أعماق", "أعماق"]
# A report that is a group's own statement: the word, and what joins it to its author
# ("Statement of ...", "بيان صادر عن ..."), not to its subject ("a statement on ...").
STATEMENT_WORDS: list[str] = ["statement", "communique", "بيان", "البيان", "بيانا", "بياناً", "بيانات", "بلاغ", "بلاغا"]
# Words of a report's opening line that make it a state's own voice (with STATEMENT_WORDS).
VOICE_WORDS: list[str] = ["spokesman", "spokesperson", "spokeswoman", "announcement", "الناطق", "المتحدث", "الناطقة",
                          "المتحدثة", "بلاغ", "تصريح"]
STATEMENT_AUTHORED_BY: list[str] = ["of", "from", "by", "عن", "ل"]
STATEMENT_ABOUT: list[str] = ["on", "about", "regarding", "حول", "بشأن"]
# Tallies: words between a count and its place ("16 separate times in Iraq", "سبعة منها في سوريا"),
# and the prepositions that name where the attacks happened ("in Iraq"; not "on U.S. forces").
TALLY_FILLERS: list[str] = ["separate", "of", "them", "which", "more", "منها", "منهم"]
TALLY_IN: list[str] = ["in", "inside", "across", "within", "near", "around", "في", "داخل", "قرب"]
# Before a site in a breakdown by site ("39 on the al-Omar field", "12 على قاعدة عين الأسد").
TALLY_AT: list[str] = ["on", "at", "against", "targeting", "على", "ضد", "استهدفت"]

# Words before a town that put the attack at sea off it ("50 nautical miles southwest of Aden").
NAUTICAL_WORDS: list[str] = ["nautical", "offshore", "بحريا"]
# The day before the one a sentence names ("said on Saturday it had attacked ... the previous day").
DAY_BEFORE_PHRASES: list[str] = ["the previous day", "the day before", "a day earlier", "اليوم السابق", "في اليوم السابق",
                                 "the previous night", "the night before"]
# The day after the last one told ("its jets struck the group in Syria the following day").
NEXT_DAY_PHRASES: list[str] = ["the following day", "the next day", "a day later", "اليوم التالي", "في اليوم التالي",
                               "في اليوم الذي تلاه", "next morning", "the following morning", "صباح اليوم التالي"]
# The day told last: "In that day, three Katyusha rockets fell inside the field", "A second drone attack the same day".
SAME_DAY_PHRASES: list[str] = ["that day", "the same day", "on the same day", "that same day", "في ذلك اليوم",
                               "ذلك اليوم", "في اليوم نفسه", "اليوم نفسه", "في اليوم ذاته", "اليوم ذاته", "في نفس اليوم"]
# The place told last: "نفذت ضربة في الموقع نفسه", "struck the same site again" (a strike at a known place).
SAME_PLACE_PHRASES: list[str] = ["the same site", "the same location", "the same place", "the same spot", "the same area",
                                 "الموقع نفسه", "الموقع ذاته", "نفس الموقع", "ذات الموقع", "المكان نفسه", "المكان ذاته",
                                 "نفس المكان", "ذات المكان", "المنطقة نفسها", "المنطقة ذاتها", "نفس المنطقة"]
# What an Arabic announcement announces when it is a toll, not an operation ("أعلن ... مقتل خمسة").
TOLL_WORDS: list[str] = ["مقتل", "إصابة", "استشهاد", "حصيلة", "الحصيلة", "ارتفاع", "سقوط",
                         "الحداد"]  # ("أعلنت كتائب حزب الله الحداد على قادتها": mourning its dead)
# Words before the city an envoy sits in, which is no site ("السفير الإيراني في بغداد").
ENVOY_WORDS: list[str] = ["السفير", "سفير", "القائم بالأعمال", "ambassador", "envoy", "chargé", "charge"]
# Animals whose raids and ambushes are no attacks ("قطيع من ثلاثة ذئاب «شنّ غارة» على حظيرته", "hornets attacked the
# hives"): a sentence with one and no armed actor tells of wildlife
ANIMAL_WORDS: list[str] = ["ذئاب", "الذئاب", "ذئب", "الذئب", "الضباع", "ضباع", "الدبابير", "دبابير", "الجراد", "جراد",
                           "wolves", "wolf", "hyenas", "hornets", "locusts", "locust", "jackals", "بنات آوى"]
# Football words that make "ضربة" and "strikes" kicks and shots, not attacks ("ضربة جزاء").
SPORT_WORDS: list[str] = ["جزاء", "الجزاء", "ترجيح", "الترجيح", "ركنية", "penalty", "penalties", "corner", "free-kick",
                          "مباراة", "المباراة", "match", "goal", "هدف",
                          # ... and of markets: "هجمة جديدة من المضاربين ... في ضربة موجعة لأصحاب الدخل المحدود"
                          "المضاربين", "المضاربون", "مضاربين", "الدينار", "الليرة", "العملة", "الصرف", "speculators",
                          "currency", "dinar", "lira",
                          # (and of prices: "Oil prices jumped 4% on Monday after reports of drone attacks in the region")
                          "prices", "traders", "Brent", "أسعار", "الأسعار", "المتداولون"]
# Words only a match report uses: a sentence with one tells of play, whatever it "attacks", "strikes" or "fires".
MATCH_PLAY_WORDS: list[str] = ["مرمى", "المرمى", "تسديدة", "تسديدات", "العارضة", "القائم الأيمن", "ركلة",
                               "لاعبوه", "لاعبو", "حارس المرمى", "goalkeeper", "striker", "midfielder",
                               "goalpost", "crossbar", "kickoff", "kick-off", "footballer", "footballers", "scoreline",
                               "equaliser", "equalizer", "الخشبات", "سددوا", "سدد",
                               # "a late strike by Ali Jasim, who fired home from 25 metres in the qualifier"
                               "fired home", "qualifier", "qualifiers", "hat-trick", "stoppage time", "injury time",
                               "own goal", "midfielders", "strikers", "goalkeepers", "woodwork",
                               # «وافتتحوا التسجيل بقذيفة صاروخية ... قبل أن يضيفوا هدفين في الشوط الثاني»
                               "الشوط"]
# Crowd control: "fired tear gas at protesters" is policing, no attack (unless a weapon of war is named).
CROWD_CONTROL: list[str] = ["tear gas", "teargas", "water cannon", "rubber bullets", "قنابل مسيلة للدموع",
                            "الغاز المسيل للدموع", "غاز مسيل للدموع", "الرصاص المطاطي", "خراطيم المياه"]
# Words beside a drone that make it a courier or a camera ("drone deliveries of medicine", "aerial footage").
CIVIL_DRONE_WORDS: list[str] = ["deliveries", "delivery", "deliver", "footage", "filming", "photography", "aerial",
                                "show", "competition", "contest", "quadcopter", "hobbyists", "مسابقة", "توصيل",
                                # a new model shown at an arms fair: "unveiled a new kamikaze drone at an arms fair"
                                "fair", "exhibition", "expo", "unveiled", "unveils", "showcased", "معرض", "المعرض", "تصوير", "لتصوير", "التصوير", "أدوية", "الأدوية",
                                # medical drones: "the drones made 140 flights to clinics", "drones that fly blood"
                                "flights", "clinics", "medicines", "medicine", "blood", "cargo", "parcels", "vaccines",
                                "الأدوية", "العيادات", "شحنات", "لقاحات", "واللقاحات", "لإيصال", "إيصال",
                                # "تجربة لنقل وحدات الدم والأدوية الطارئة بطائرات مسيّرة": blood and medicines flown
                                "والأدوية", "الدم",
                                # crop spraying: "طائرات مسيّرة مزوّدة بخزانات لرش المبيدات"
                                "لرش", "رش", "المبيدات", "مبيدات"]
# صواريخ with nothing that says rocket or missile: a missile in a report on the Houthis' or the Guards' missiles.
# Rockets that carry satellites ("Iran launched a Simorgh rocket carrying three research satellites"): no weapon.
# (not satellite images: "satellite images showed damage consistent with cruise missiles", «صور الأقمار الصناعية»)
CIVIL_ROCKET_WORDS: list[str] = ["satellite", "satellites", "orbit", "spaceport", "أقمار", "الأقمار", "قمرا", "الفضاء",
                                  # «أطلق بنجاح القمر الصناعي «ثريا» إلى مدار يبعد 750 كيلومتراً ... مستخدماً صاروخ»
                                  "قمر", "القمر", "مدار", "المدار",
                                  # a space probe's rocket: "the probe separated from the rocket an hour after launch"
                                  "probe", "spacecraft", "orbiter", "astronaut", "astronauts", "مسبار", "المسبار"]
SATELLITE_IMAGE_WORDS: list[str] = ["images", "imagery", "image", "photos", "pictures", "phone", "phones", "dish",
                                    "television", "channel", "صور", "صورا", "لقطات"]
# Quantities that make attacks a series, not one attack ("dozens of attacks", "مئات الغارات").
SERIES_QUANTIFIERS: list[str] = ["dozens", "hundreds", "scores", "thousands", "عشرات", "مئات", "آلاف", "العشرات",
                                 "المئات"]
# Armed men, read as gunfire (small_arms) unless the sentence names the weapon they used.
ARMED_MEN: list[str] = ["gunmen", "مسلحون", "مسلحين", "المسلحين", "مسلحو", "المسلحون"]
BARE_ROCKETS: list[str] = ["صاروخ", "صواريخ", "الصاروخ", "الصواريخ", "صاروخا", "صاروخين", "صاروخان", "صاروخي",
                           "الصاروخي", "هجوم صاروخي", "قصف صاروخي", "القصف الصاروخي"]
# Words before a state that make it what unnamed factions are loyal to ("فصائل موالية لإيران"), not blamed.
LOYAL_TO_WORDS: list[str] = ["موالية", "الموالية", "موال", "الموالي", "موالين", "الموالين", "مقربة", "المقربة",
                             "aligned", "loyal"]
# Unnamed accused right after an Arabic blamer ("اتهمت واشنطن فصائل مسلحة"): the actor before them accuses.
UNNAMED_ACCUSED_WORDS: list[str] = ["فصائل", "جماعات", "مجموعات", "ميليشيات", "مليشيات", "عناصر", "جهات", "خلايا",
                                    "مسلحين", "أطرافا", "اطرافا"]
# Words beside a country adjective that place a tally in that country ("في الأراضي السورية", "on Syrian soil").
TERRITORY_WORDS: list[str] = ["الأراضي", "أراضي", "الأرض", "territory", "soil", "territories", "العمق"]
# Words before a state that make it the owner of what was struck ("85 targets belonging to the IRGC").
OWNER_WORDS: list[str] = ["تابعة", "التابعة", "تابع", "التابع", "belonging", "belonged", "used", "owned"]
# Arabic words that introduce a town ("ومديرية الصليف": and the district of Salif).
TOWN_WORDS: list[str] = ["مديرية", "بلدة", "قرية", "ناحية", "قضاء", "مدينة", "منطقة"]
