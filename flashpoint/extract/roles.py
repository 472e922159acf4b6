"""Who: the actors a sentence names and what it says they did: claimed the attack, are blamed for it, back
the attackers, were targeted, speak for the facts, or are only mentioned."""

from __future__ import annotations

import datetime as dt

from flashpoint.extract import lexicon
from flashpoint.extract.construct import construct_model
from flashpoint.extract.dates import SINCE_WORDS, find_dates, is_month_word, is_weekday_word
from flashpoint.extract.facts import ActorRole
from flashpoint.extract.matcher import Match
from flashpoint.extract.numbers import number_at
from flashpoint.extract.places import is_background_place, is_place_reading
from flashpoint.extract.text import ARABIC_RE, Folded, fold_key, fold_set
from flashpoint.extract.words import (
    AGGRESSION, AIRCRAFT_WORDS, AMID_WORDS, ATTACK_VERBS, BACKGROUND_BEFORE, BE_FORMS, CLAUSE_BREAKS, COMES_WORDS,
    COMPLEMENTIZERS, CONJUNCTIONS, COUNTRY_ADJECTIVES, ELABORATION, FORCE_NOUNS_EN, HOSTILE_LABELS, ITS_FORCES, LISTED_AMONG, MILITIA_NOUNS,
    NEGATIONS_AR,
    FROM_AR, IN_AR, OBJECT_PREPOSITIONS, ON_AR, PAST_STRIKE_VERBS,
    NO_CLAIM_FROM, ORDINAL_RE, ORDINAL_WORDS, PLAN_WORDS, PLURAL_STRIKES, RELATIVES, RESPONSE_BEFORE, SELF_ATTACK_VERBS,
    SPECIFIC_KINDS, STATE_LANDS, STATEMENT_WORDS, STRIKE_NOUNS, STRIKE_VERBS, STRIKE_VERBS_AR, STRIKING_STATES,
    SUBJECT_HEADS,
    TARGET_ADJECTIVES, TARGET_NOUNS, THREAT_VERBS, VOICE_OF, bare_word, contains_phrase, coordinated, cue_word,
    ends_with, lower_case_word, phrase_sets, phrase_start, points_before, striking_state_named, with_proclitics,
    word_set,
)

_AFFILIATED_BEFORE = phrase_sets(lexicon.AFFILIATED_BEFORE)
_PARTNER_BEFORE = phrase_sets(lexicon.PARTNER_BEFORE)
_MADE_WORDS = {"made", "supplied", "provided", "designed", "built", fold_key("الصنع"), fold_key("المنشأ")}
_MADE_BY_AR = [fold_key("من"), fold_key("صنع")]  # "من صنع إيراني"
_DONE_PASSIVE = {"out", "launched", "fired", "conducted", "executed", "staged", "mounted", "carried"}
_MADE_IN = [[made, within] for made in ("made", "manufactured", "built", "produced") for within in ("in", "by")] + [
    [fold_key(made), fold_key("في")] for made in ("مصنوعة", "مصنوع", "صنعت", "صنع", "مصنعة", "المصنوعة", "المصنعة")]
_BELIEF_VERBS = {"believed", "believes", "believe", "suspects", "suspected", "thinks", "thought", "assessed",
                 "assesses", "concluded"}
_STAND_BEHIND_MANY = {fold_key(w) for w in ("يقفان", "تقفان", "يقفون")}
# ... and with the article, as a verb's subject in its enemies' words: "أطلقتهما الميليشيا الحوثية"
_SUBJECT_HEADS_DEFINITE = SUBJECT_HEADS | {"ال" + w for w in SUBJECT_HEADS if ARABIC_RE.match(w) and " " not in w}
_ATTRIBUTED = word_set(lexicon.ATTRIBUTED_CUES)
_RULER_WORDS = {"government", "of", "president", "regime", "troops"}
_MANNED_AIRCRAFT = {"jet", "jets", "warplane", "warplanes", "aircraft", "helicopter", "helicopters", "plane", "planes",
                    "fighter", "bomber"}
_BY_ITS_AIRCRAFT = _MANNED_AIRCRAFT | {"drone", "drones", "bombers"}  # "carried out by a Syrian Su-22 jet"
# The arms a strike is attributed to, whose land then is blamed: "ونسب المرصد الغارات إلى طائرات حربية روسية"
_ATTRIBUTED_MEANS = AIRCRAFT_WORDS | _BY_ITS_AIRCRAFT | {"forces"} | {
    fold_key(w) for w in ("حربية", "مسيرة", "مسيرات", "مقاتلة", "قوات")}
_SUSPECT_WORDS = fold_set(lexicon.SUSPECT_WORDS)
_LIKELY_ADJECTIVES = {"likely", "prime", "main", "leading", "obvious", "probable"}
_ATTRIBUTED_TO = fold_set(lexicon.ATTRIBUTED_TO)
_RESPONSIBILITY = fold_set(lexicon.RESPONSIBILITY_WORDS)
_OWNED_RESPONSIBILITY = fold_set(lexicon.OWNED_RESPONSIBILITY_WORDS)
_BLAMED_DEEDS = fold_set(lexicon.BLAMED_DEED_WORDS)
_BLAMED_FOR = _RESPONSIBILITY | _BLAMED_DEEDS
_PRONOUN_SAID = {(who, verb) for who in ("it", "he", "she") for verb in ("said", "added")}  # "It said ...", "..., it said"
_WHERE_THEY_ARE = {"hiding", "hidden", "based", "operating", "holed", "active", "entrenched"}
_SUSPENSIONS = fold_set(lexicon.SUSPENSION_CUES)
_DENIED_CLAUSE = {fold_key(w) for w in ("تكون", "يكون")}  # "نفت ... أن تكون قد تبنّت": that it be the one
_NO_COMMENT = phrase_sets(with_proclitics(lexicon.NO_COMMENT_CUES))  # ("ولم تعلّق القيادة")
_OPERATION_NOUNS = fold_set(lexicon.OPERATION_NOUNS)
_BELIEVED = fold_set(lexicon.BELIEVED_WORDS)
_AGENT_LINKS = fold_set(lexicon.AGENT_LINKS)
_RESULTED_FROM = {fold_key(w) for w in ("نتج", "نجم", "ناجم", "ناجما", "ناتج", "ناتجا", "ناجمة", "ناتجة")}
_BELONGING_EN = {"part", "belonging", "affiliated", "linked", "within"}
_A_SUSPECT = {"a", "one", "the", "two", "three", "four", "five", "several", "main", "key"}
_DELIVERED = {fold_key(w) for w in ("تسلم", "تسليم", "دفعة", "صفقة", "شراء", "بيع", "شحنة", "delivery", "deliveries",
                                    "delivered", "sale", "sold", "purchase", "bought", "shipment", "batch")}
_HELPED_BY = {fold_key(w) for w in ("بمساندة", "بإسناد", "بدعم", "بمشاركة", "بمساعدة", "بالتعاون", "بالتنسيق",
                                    "supported", "backed", "assisted", "helped")}
_PASSIVE = fold_set(lexicon.PASSIVE_MARKERS)
_TOLL_WORDS = fold_set(lexicon.TOLL_WORDS)
_SELF_STYLED = fold_set(lexicon.SELF_STYLED_NAMES)
_FORMER = {"former", "retired", "ex"}
_CELLS_AR = fold_set(["خلايا", "خلية"])
_PURSUIT_AR = fold_set(["تطوق", "طوقت", "تحاصر", "حاصرت", "تلاحق", "لاحقت", "تطارد", "طاردت", "تمشط", "مشطت"])
_MANY_AR = fold_set([*lexicon.SERIES_QUANTIFIERS, "أكثر"])
_WAS_AR = fold_set(["كان", "كانت", "وكان", "وكانت"])
_ADMITTED_AR = fold_set(["أقر", "أقرت", "اعترف", "اعترفت"])
_GROUPS = {name for name, (kind, _aliases) in lexicon.ACTORS.items() if kind == "group"}
_DEFENDING_FORCES = set(lexicon.DEFENDING_FORCES)
_LOYAL_TO = fold_set(lexicon.LOYAL_TO_WORDS)
_UNNAMED_ACCUSED = fold_set(lexicon.UNNAMED_ACCUSED_WORDS)
_SUBORDINATORS = {"that", "which", "who", "while", "whereas", "but", *(fold_key(w) for w in ("أن", "وأن", "إن", "وإن"))}
_RELATIVE_CLAIM_VERBS = {"claimed", "announced", "confirmed"}
_SOLDIERS_OF = {fold_key(w) for w in ("جنود", "عناصر", "عسكريي", "ضباط", "أفراد", "منتسبي")}
_MEMBERS_STRUCK_AR = _SOLDIERS_OF | fold_set(["عنصر", "عنصرين", "عنصرا", "جندي", "جنديين", "مقاتل", "مقاتلين", "مقاتلا",
                                              "أفرادا", "ضابط", "ضابطا"])
_FELL_WORDS = {fold_key(w) for w in ("قتلوا", "أصيبوا", "قتل", "أصيب", "جرحوا", "استشهدوا", "لقوا")}
_SAID_WORDS = {"said", "says", "say"}
# (air raids are a state's: "وقالت قوات سوريا الديمقراطية إن الغارات طالت كوباني" tells of Turkey's)
_CLAUSE_END = {",", ".", ";", ":", "on", "in", "as", "after"}
_THE_BRIGADES = fold_key("الكتائب")
_BRIGADES = {"Kataib Hezbollah", "Kataib Sayyid al-Shuhada", "Hamas"}
_AIR_RAIDS_AR = {fold_key(w) for w in ("الغارات", "الغارة")}
_OWN_STRIKES_AR = {fold_key(w) for w in ("الغارات", "الضربات", "الغارة", "الضربة", "غاراته", "غاراتها", "ضرباته", "ضرباتها")}
_LAUNCHED_OPERATION = set(with_proclitics(fold_key(w) for w in ("launched", "launches", "began", "announced", "أطلقت", "أطلق",
                                                                 "بدأت", "بدأ", "أعلنت بدء", "دشنت")))
_OPERATION_WORDS = set(with_proclitics(fold_key(w) for w in ("operation", "offensive", "campaign", "عملية", "عمليتها", "عمليته",
                                                                 "حملة", "حملتها", "حملته")))
_CAMPAIGN_WORDS = set(with_proclitics(fold_key(w) for w in ("campaign", "حملة", "حملتها", "حملته")))
_MILITARY_CAMPAIGN = {fold_key(w) for w in ("air", "bombing", "military", "aerial", "جوية", "عسكرية", "الجوية", "العسكرية")}
_OWN_VOICES = {"defence", "defense", "military", "army", "ministry", "government", "forces"}  # "its Defence Ministry said"
_ARMY = fold_key("الجيش")
_SUBJECT_FIRST_VERBS = {fold_key(w) for w in ("شنت", "شن", "نفذت", "نفذ")}  # agents only before them
_AIMED_VERBS = fold_set(lexicon.AIMED_VERBS)
_THE_AR = fold_key("ال")
_VIA_AR = fold_key("عبر")
_COORDINATED_WITH = phrase_sets(with_proclitics(["بالتنسيق مع", "بالتعاون مع", "in coordination with",
                                                   "in cooperation with", "in conjunction with"]))
_AND_THAT_AR = fold_set(["وإن", "وأن", "وان"])
_DOWNED_AR = fold_set(["أسقطت", "أسقط", "أسقطتا"])
_WENT_ON_AR = fold_set([f"و{verb}{fem}" for verb in ("أوضح", "أضاف", "قال", "أكد", "تابع", "ذكر") for fem in ("", "ت")])
# "كما أعلن أن طائراته قصفت": it also announced (the one who spoke before)
_ALSO_SAID_AR = fold_set([f"{verb}{fem}" for verb in ("أعلن", "أكد", "قال", "أضاف", "أوضح", "ذكر") for fem in ("", "ت")])
_ALSO_AR = fold_key("كما")
_THE_COMMENT_AR = fold_key("التعليق")
_REFUSED_AR = fold_set([f"{p}{w}" for w in ("رفض", "رفضت", "امتنع", "امتنعت") for p in ("", "و", "ف")])
_TITLE_NOUNS = {fold_key(w) for w in ("نائب", "رئيس", "قائد", "زعيم", "أمين", "الأمين", "المتحدث", "الناطق", "المتحدثة",
                                        "الناطقة", "مسؤول", "قيادي", "عضو", "مستشار", "المسؤول", "القيادي")}
_IN_THE_NAME_OF = fold_key("باسم")
_INSIDERS = {fold_key(w) for w in ("مصدر", "مسؤول", "قيادي", "عضو", "مصادر", "مسؤولون", "قياديون")}  # (... «في» the group)
# Words from a toll to "نفذتها قواتها", past the dead man's name and titles ("مقتل عبد الله مكي مصلح الرفاعي، المعروف
# بـ«أبي خديجة»، الذي وصفته بأنه «الرجل الثاني» في تنظيم «داعش» عالمياً، في ضربة جوية دقيقة نفّذتها قواتها")
_TOLL_TO_ITS_STRIKE = 36
_CARRYING = {"carrying", "carried", "with", "of"}
_RELATIVE_OPENERS = {"which", "who"}  # (not "that": also "said that")
_HOLD = {"hold", "holds", "held"}
_FOREMOST = {fold_key(w) for w in ("مقدمتها", "مقدمتهم", "رأسها", "رأسهم", "أبرزها", "أبرزهم", "بينها", "منها")}
_CLAUSE_OPENERS = {",", ".", ":", "-", "و", "فيما", "كما", "وقد", "قد", "حيث", "اذ",
                   # (a clause of time: «بعدما استهدفت عصابات داعش دوريتهم»)
                   *fold_set(["بعدما", "عندما", "حينما", "حين", "لما"])}
_SINCE_AR, _THAT_AR = fold_key("منذ"), fold_key("أن")
_HELP_WORDS = {"support", "help", "assistance", "weapons", "arms", "know-how", "technology"}  # (backing: a sponsor)
_COALITION_ARMS = {"jets", "aircraft", "warplanes", "planes", "forces", "had", "has", "have", "also"}
_MEN_OBLIQUE_AR = fold_set(["مسلحين", "إرهابيين", "مقاتلين"])  # (the doers' heads SUBJECT_HEADS has in other cases)
_HALLMARKS_OF_IT = {fold_key(w) for w in ("بصماته", "بصماتها", "بصماتهم", "hallmarks")}
_PRESIDENT_WORDS = {fold_key(w) for name in lexicon.PRESIDENT_NAMES for w in name.split()}
_REACTIONS = word_set(lexicon.REACTION_WORDS)
_HARMED = {"killed", "wounded", "injured", "hurt", "martyred"}
_BELONGING = {fold_key(w) for w in ("تابعة", "التابعة", "تابع", "التابع")}  # "«الإعلام الحربي» التابع لحزب الله"
# ... and men said to belong to a group ("مسلحين يُشتبه بانتمائهم لخلايا داعش")
_ACCUSED_BELONGING = _BELONGING | {fold_key(w) for w in ("تابعين", "التابعين", "بانتمائهم", "بانتمائها", "ينتمون",
                                                         "المنتمين", "المرتبطة", "مرتبطة", "المرتبطين", "مرتبطين",
                                                         "الموالين", "موالين")}
_PLANNED = PLAN_WORDS | {"future", fold_key("مستقبلية"), "intended", "intends", "intending"}  # ("Tehran intended to strike")
# What an attack answers: "launched missiles at Ain al-Asad to avenge the U.S. drone strike at Baghdad airport"
_ANSWERED = phrase_sets(with_proclitics([*lexicon.RESPONSE_BEFORE_PLACE, "في رد على", "في رد معلن على", "في رد مباشر على",
                                          "كرد على", "in an apparent response to", "in a response to"]))
# A state that moved forces, or searched, struck nothing: "sent an aircraft carrier and bombers to the Gulf", "launched a
# sweep of the orchards"
_DEPLOY_VERBS = {"sent", "deployed", "dispatched", "moved", "sends", "deploys"}
_DEPLOYED = {"carrier", "carriers", "troops", "reinforcements", "warships", "warship", "destroyer", "destroyers",
             "marines", "soldiers", "advisers", "advisors"}
_SWEEP_WORDS = {"sweep", "sweeps", "manhunt", "combing"}
# Who owns a strike by ordering it: "The Pentagon said Trump had ordered that strike", "Trump has said he ordered"
_ORDERED = {"ordered", "authorized", "authorised", "approved"}
_THE_STRIKE = {"the", "that", "this", "those", "these"}
_HE_SAID_HE = {"had", "has", "said", "says", "he", "she", "that"}
_STRIKE_HEADS_EN = {"strike", "airstrike", "raid"}  # ("a precision air strike", "a drone strike", "an air raid")
_STRIKE_KILLED_EN = {"killed", "destroyed", "eliminated"}
_TIME_CLAUSE_EN = {"after", "before", "when", "since", "while", "as"}
_ANNOUNCING_STATES = {"United States", "Israel", "Turkey", "Russia"}
_OWNED_ALOUD = {"confirmed", "announced", "acknowledged"}
_OWNED_STRIKE_NOUNS = STRIKE_NOUNS | {"raid", "raids", "operation"}
_ANONYMITY_PHRASES = (["speaking", "on", "condition", "of", "anonymity"], ["who", "spoke", "on", "condition", "of", "anonymity"],
                      ["who", "asked", "not", "to", "be", "named"], ["speaking", "anonymously"])
_PROVIDED_BY = {"provided", "supplied", "shared", "given", "passed", "funded", "supported"}
_THE_ATTACK_AR = fold_set(["الهجوم", "العملية", "الضربة", "القصف", "الهجمات", "العمليات", "الاستهداف"])
_CAME_AR = fold_set(["جاء", "جاءت", "يأتي", "تأتي"])
_ANSWER_AR = fold_set(["رداً", "رد", "انتقاماً", "ثأراً"])
_ASIDE_OPENERS = {"a", "an", "the", "which", "who"}  # (", a coalition of factions including ..., said")
_STRIKE_KINDS_EN = {"retaliatory", "precision", "air", "new", "further", "more"}  # ("ordered retaliatory strikes")
_NOT_ORDERED_EN = {"no", "an", "end", "halt", "stop", "to", "of", "review", "against"}  # ("ordered a halt to military action")
# Words between another's "said" and the state it tells of: "said that", "said Syrian President Bashar al-Assad"
_TOLD_THAT_WORDS = {"that", "those", "these", "president", "prime", "minister", "leader", "supreme"} | {
    fold_key(w) for names in lexicon.DEMONYMS.values() for w in names if w.isascii()}
_BLAME_WORDS = {"blame", "blamed", "blames", "blaming"}  # ("which Washington blames on Syrian government forces")
_ACCUSING = {"accused", "accuses", "accusing", "accuse"}
# aggression as a cause that goes on: "until the Israeli aggression stops", "a response to Israeli aggression against
# al-Aqsa", «في إطار الرد المشروع على العدوان الصهيوني المتواصل»
_AGGRESSION_AS_CAUSE = {fold_key(w) for w in ("until", "response", "responding", "retaliation", "حتى", "الرد", "رد")}
_AGGRESSION_GOES_ON = {fold_key(w) for w in ("stops", "ends", "continues", "المتواصل", "المستمر", "يتوقف", "المتواصلة",
                                             "المستمرة")}
# (the words that name a land's deed as an aggression by its adjective, «اعتداء أمريكي»; _NAMED_AGGRESSION, wider, is
# what a deed is called)
_AGGRESSION_OR_ASSAULT = AGGRESSION | {fold_key(w) for w in ("الاعتداء", "اعتداء", "اعتداءً", "اعتداءا")}
_PROXY_WORDS = {fold_key(w) for w in ("وكلاء", "أذرع", "ذراع", "proxies of", "proxy of")}
_WATCH_VERBS_AR = set(with_proclitics(fold_key(w) for w in (
    "رصد", "رصدت", "اعترض", "اعترضت", "تصدى", "تصدت", "أسقط", "أسقطت", "يراجع", "يجري")))
_DUTIES = {"security", "safety", "protection", "protecting", "securing", "defence", "defense"}
_SAFETY_WORDS = {fold_key(w) for w in ("safety", "wellbeing", "well-being", "fate", "سلامة", "سلامته", "حياة", "حياته")}
_FROM_IT = {fold_key(w) for w in ("منه", "منها", "منهم")}
_THE_ORGANISATION = fold_key("التنظيم")
_ITS_MEN = fold_set(("مسلحوه", "مسلحيه", "مقاتلوه", "مقاتليه", "عناصره"))
# "ورحّبت «حركة النجباء» بالعملية في بيان": a statement hailing another's attack claims nothing, as one that warns
_THREAT_OR_PRAISE_VERBS = THREAT_VERBS | set(with_proclitics(fold_key(w) for w in (
    "رحبت", "رحب", "أشادت", "أشاد", "باركت", "بارك", "هنأت", "هنأ", "praised", "welcomed", "hailed", "lauded")))
_ANY_WORDS = {fold_key("أي"), "any"}
_BELONGS_TO_CUES = fold_set(lexicon.BELONGING_CUES)
_ATTACKER_NOUNS = set(with_proclitics(fold_key(w) for w in lexicon.ATTACKER_NOUNS))
_LAND_NOUNS = set(with_proclitics(fold_key(w) for w in (
    "airspace", "territory", "territories", "waters", "soil", "الأجواء", "أجواء", "الأراضي", "أراضي", "المياه", "الإقليمية",
    # "in Azaz, near the Turkish border, missiles hit a hospital": where, not whose missiles
    "border", "frontier", "الحدود",
    # "called the American strikes an assault on Iraqi sovereignty": the land wronged, no striker
    "sovereignty", "السيادة", "سيادة")))
_OWN_STRIKE_VERBS = SELF_ATTACK_VERBS | {"carried", "conducted", "eliminated", "killed", "destroyed",
                                          "retaliated", "answered", "responded", "neutralised", "neutralized",
                                          "seized", "captured", "liberated"}
# ("said they answered with missiles"; "said it had neutralised 25 terrorists")
_ARABIC_BLAME_VERBS = fold_set(lexicon.ARABIC_BLAME_VERBS)
_BLAME_PARTICIPLES = {fold_key(w) for w in ("محملة", "محملا", "متهمة", "متهما", "محملين", "متهمين")}
_BLAME_PRONOUN_VERBS = set(with_proclitics(fold_key(w) for w in lexicon.ARABIC_BLAME_PRONOUN_VERBS))
_STRONG_CLAIM = fold_set(lexicon.STRONG_CLAIM_CUES)
_SELF_REFERENCE = fold_set(lexicon.SELF_REFERENCE)
_SELF_REFERENCE_HEADS = {w.split()[0] for w in _SELF_REFERENCE if " " in w}
_SELF_SUBORDINATE = fold_set(lexicon.SELF_SUBORDINATE)
_THAT = fold_set(lexicon.THAT_WORDS)
_SELF_VERBS_AFTER = fold_set(lexicon.SELF_VERBS_AFTER)
_AGENT_VERBS_IT = fold_set(lexicon.AGENT_VERBS_IT)
_AMAQ = fold_set(lexicon.AMAQ_CUES)
_STATEMENT_ABOUT = fold_set(lexicon.STATEMENT_ABOUT)
_OWNER_BEFORE = fold_set(lexicon.OWNER_WORDS)
_OWNED_OBJECTS = ELABORATION | {fold_key(w) for w in ["هدفا", "هدف", "bunkers", "sites", "facilities", "targets"]}
# what a state's strike is called by those who condemn it ("condemned what he called an American assault/violation")
_NAMED_AGGRESSION = AGGRESSION | word_set(["الاعتداء", "اعتداء", "الاعتداءات", "اعتداءات", "انتهاك", "انتهاكا",
                                            # "وصف ... الضربة الأمريكية بأنها «اغتيال» و«خرق فاضح»"
                                            "خرق", "خرقا", "اغتيال", "اغتيالا",
                                            # "called the raids an American war crime"
                                            "crime", "crimes", "massacre", "violation",
                                            # "said the raids by Turkish aircraft ... were an unacceptable breach of
                                            # sovereignty"
                                            "breach",
                                            # "called the American strikes an assault on Iraqi sovereignty"
                                            "assault",
                                            # "called the U.S. strikes "a clear hostile act""
                                            "hostile", "عدائي", "عدائيا"])
# ("called the American action an aggression")
_CONDEMNED_DEEDS = _NAMED_AGGRESSION | {"assault", "violation", "violations", "action", "actions"}
_STRUCK_SIDES_WORDS = fold_set(lexicon.STRUCK_SIDE_DEEDS_BY)
_REVENGE = {"revenge", "retaliation", "vengeance"}
# Things a group holds, named after it ("an ISIL building", "four ISIL fighting positions")
_HELD_THINGS = {"building", "buildings", "positions", "position", "targets", "target", "headquarters", "vehicle",
                "vehicles", "checkpoint", "checkpoints", "bunker", "bunkers", "depot", "depots", "facility", "facilities",
                "site", "sites", "compound", "unit", "units", "tunnel", "tunnels", "cache", "caches", "fighting",
                "stronghold", "strongholds", "hideout", "hideouts", "camp", "camps", "bases", "outposts", "outpost"}
_HELD_BY = {"used", "held", "run", "controlled", "occupied", "operated", "manned"}  # ("a cave used by Daesh")
_WITHHELD = {"not", "never", "whether", "n't", "didn", "without"}
_GROUNDS_AR = fold_set(["دليل", "أدلة", "معلومات", "مؤشرات", "مؤشر", "إشارة", "إثبات", "دلائل"])
_NOT_AR = NEGATIONS_AR | fold_set(["ولا", "ليست", "ولم", "عدم"])
_GROUNDS = {"evidence", "information", "indication", "indications", "sign", "signs", "proof", "intelligence"}
_WITHHELD_AR = fold_set(["لم", "ولم", "لن", "ولن", "إذا", "دون"])
_RELATIVES_AR = fold_set(["التي", "الذي", "اللذين", "اللتين", "الذين"])
_ARMED_FORCES = {"IRGC"}  # a state's armed force that speaks of its launches as a group does
_GROUP_LAUNCHED = {"missile", "drone", "rocket"}  # (what a group's voice tells of as launched: not air strikes)
_LAUNCHED_PASSIVE = {(be, verb) for be in ("was", "were") for verb in ("fired", "launched")}
_ATTACKERS = _ATTACKER_NOUNS | {"infiltrators", "raiders"}  # ("said its fighters had killed 23 of the attackers")
_UTTERANCES = {"statement", "statements", "claim", "claims", "message", "post", "posts", "video", "recording", "audio",
               "communique", "account", "accounts", "channel", "channels"}
_OUTLETS = _UTTERANCES | {"website", "websites", "outlet", "outlets", "agency", "page", "pages"}  # ("a channel used by")
_SAID_THAT = _SAID_WORDS | {"that"}
_CARRYING_OUT_AR = fold_set(["تنفيذ", "بتنفيذ", "شن", "بشن"])
_IN_RESPONSE = {("in", "response"), ("a", "response"), ("in", "retaliation"), ("a", "reply"), ("in", "reply")}
_RESPONSE = {noun for _article, noun in _IN_RESPONSE}  # (a quick test before the pairs are read)
_ANSWERS = _REVENGE | _RESPONSE | {"punishment", "answer", "retribution"}  # ("the operation was punishment for")
_THEIR_OWN = {"their", "its", "our", "his"}
_CALLED_AS_AR = {fold_key(w) for w in ("بأنها", "بأنه", "بأنهما", "بانها", "بانه")}
_DESCRIBED = word_set(["وصفت", "وصف", "واصفة", "واصفا", "اعتبرت", "اعتبر", "called", "described", "calling",
                       "describing",
                       # with the deed as its pronoun: «ووصفها بأنها «اعتداء غادر» من القوات الأمريكية»
                       "وصفها", "وصفه", "وصفتها", "وصفته", "وصفوها", "اعتبرها", "اعتبرتها"])
_DEATH_NOUNS = {"death", "deaths", "martyrdom", "killing", "loss", "losses"}
_DEFENCE_VERBS = word_set(["intercepted", "intercept", "downed", "shot", "repelled", "thwarted", "اعترضت", "اعترض",
                            "أسقطت", "أسقط", "تصدت", "تصدى",
                            # ("قال الجيش الإسرائيلي إنه اعترضه قبل دخوله الأجواء": it intercepted it)
                            *(f"{verb}{it}" for verb in ("اعترض", "اعترضت", "أسقط", "أسقطت") for it in ("ه", "ها", "هما"))])
_ATTACK_NOUNS = {fold_key(w) for w in ("قصف", "هجوم", "هجمات", "attack", "attacks", "bombardment", "shelling", "raid",
                                      "raids")}  # ("the American raids had killed")
# (not "shot" or "downed" alone: "said they had shot down a Jordanian F-16" attacked; see _speaks_of_itself)
_INTERCEPTING = (_DEFENCE_VERBS - {"downed", "shot"}) | {"intercepting"}
_RELATIVE_LEAD_IN = {",", "and", "allied", "militias", "fighters", "forces", "troops", "its", "their"}
_FORCES_DEEDS = _CONDEMNED_DEEDS | _ATTACK_NOUNS | {"strike", "strikes", "airstrike", "airstrikes", "bombing"}
_JOINT_CUES = fold_set(lexicon.JOINT_CLAIM_CUES)
# "the SDF said its fighters had pulled back to spare lives": a retreat told, no strike
_WITHDRAWING = fold_set(["withdrew", "withdrawn", "retreated", "انسحبت", "انسحبوا", "انسحب",
                         # "قالت «قسد» إن مقاتليها «تصدّوا لهجوم واسع»": they held an attack off
                         "تصدوا", "تصدت", "تصدى", "صدوا", "صدت"])
# "CENTCOM said its forces destroyed", "It said its artillery had hit the source of the fire": a state's own arms
_ITS_ARMS = {"forces", "aircraft", "jets", "warplanes", "artillery", "tanks", "troops", "drones", "helicopters", "warships",
             "navy", "units", "soldiers"}
_PROJECTILE_WORDS = {"missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "threats", "threat"}
_DOWNING_STARTS = {"had", "has", "have", "shot", "brought", "downed", "engaged", "destroyed"}  # (the words _shoots_down reads first)
_DOWNED_THINGS = _PROJECTILE_WORDS | {"drone", "drones", "uav", "uavs"}  # (what shooting down is a defence against)
_OWN_FORCE_OBJECTS = {"army", "police", "soldiers", "troops", "policemen", "commando", "commandos"}  # (struck, unnamed)
_ON_THE_GROUND = {"site", "sites", "launcher", "launchers", "ground", "storage", "prepared", "ready", "facility",
                  "facilities", "depot", "depots", "station", "stations", "factory", "factories", "workshop", "radar",
                  "radars", "launch", "vessel", "vessels", "boat", "boats", "positions", "position"}
_ACCUSED_HEADS = word_set(["حزب", "منظمة", "تنظيم", "حركة", "جماعة", "جماعات", "فصائل", "فصيل", "عناصر", "خلايا",
                             "ميليشيات", "مليشيات", "مسلحين", "جهات"])  # an unnamed or unlisted group after the accuser
_FOREIGN_NATIONALS = word_set([
    "lebanese", "syrian", "kurdish", "jordanian", "israeli", "turkish", "yemeni", "iranian", "saudi", "egyptian",
    "لبنانية", "لبناني", "سورية", "سوري", "كردية", "كردي", "أردنية", "أردني", "إسرائيلية", "إسرائيلي", "تركية", "تركي",
    "يمنية", "يمني", "إيرانية", "إيراني", "سعودية", "سعودي", "كوردية"])
# Words before "لـ" that make what follows a teller ("وفقاً للمرصد", "في تصريح للجيش"), not an owner ("ثكنة للجيش العراقي")
_TOLD_BY = word_set(["وفقا", "طبقا", "نقلا", "قال", "قالت", "صرح", "تصريح", "تصريحات", "بيان", "حسب", "بحسب", "وفق",
                      "مصدر", "مصادر", "متحدث", "المتحدث", "الناطق", "ناطق"])
_VICTIM_BEFORE = word_set(["killing", "death", "assassination", "murder", "اغتيال", "مقتل", "استشهاد", "اغتياله"])
_ATTACKED_PREPOSITIONS = {fold_key(w) for w in ["on", "against", "ضد", "على"]}  # "the attack on", "الهجوم على"
# before a state named as what was struck or where: "strikes on Israel", "targets inside Israel"
_PLACE_PREPOSITIONS = (OBJECT_PREPOSITIONS - {fold_key("ل")}) | {
    fold_key(w) for w in ["inside", "in", "into", "في", "داخل"]}
_ACCUSE_VERBS = {"accused", "accuses", "accusing", "accuse"}
_STAND_WORDS = {"stood", "stands", "stand", "standing"}
_GROUP_PAIR = phrase_sets(lexicon.GROUP_PAIR_ANAPHORA)
_GROUPS_DEED = {"attack", "attacks", "assault", "ambush", "bombing", "bombings", "offensive", "onslaught"}
_ATTACK_NOUN_WORDS = {"attack", "attacks", "assault", "ambush", "bombing", "raid", "strike", "strikes", "offensive"}
_ATTACK_NOUN_FORMS_AR = set(with_proclitics(fold_key(w) for w in ("هجوم", "هجوما", "الهجوم", "هجمات", "الهجمات", "اعتداء",
                                                                     "كمين", "كمينا", "تفجير", "التفجير", "قصف", "القصف", "قصفا")))
_ONE_ATTACK_AR = {fold_key(w) for w in ("هجوم", "اعتداء", "كمين", "تفجير")}
_START_AR = fold_key("بدء")
_HAD_AR = "قد"
_PLUPERFECT = {_HAD_AR, "كان", "كانت"}  # "وكانت الفصائل قد أعلنت": had announced
# "أصدرت الحركة بياناً أعلنت فيه": the group's statement announces
_BEFORE_ANNOUNCING = _PLUPERFECT | STATEMENT_WORDS
_STATE_MEDIA = {state: phrase_sets(with_proclitics(names)) for state, names in lexicon.STATE_MEDIA.items()}
_GENERIC_STATE_MEDIA = phrase_sets(with_proclitics(lexicon.GENERIC_STATE_MEDIA))
_STATE_MEDIA_KEYS = set().union(*(phrases.keys for phrases in (*_STATE_MEDIA.values(), _GENERIC_STATE_MEDIA)))
_UNNAMED_AIR_FORCE_AR = [[fold_key(w) for w in phrase.split()] for phrase in ("سلاح الجو", "الطيران الحربي")]
_HELD_PASSIVE = {"would", "will", "be", "been", "is", "was", "are", "were", "should", "must", "held", "fully", "directly",
                 "solely", "also", "personally"}
_SPEECH_PARTICIPLES = {fold_key(w) for w in ("مشيرا", "مشيرة", "مضيفا", "مضيفة", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
                                             "معلنا", "معلنة", "لافتا", "لافتة", "adding", "noting")}


_STATIONED_WORDS = fold_set(lexicon.STATIONED_WORDS)
_WHO_SPOKE = RELATIVES | {"who"}
_ACCORDING_TO_AR = {fold_key(w) for w in ("بحسب", "حسب", "وفق", "وفقا ل", "نقلا عن")}
_SAYING_OF_THE_NAMED = fold_set(lexicon.SAYING_OF_THE_NAMED)
_MEMBERSHIP_WORDS = fold_set(["includes", "include", "comprises", "comprising", "grouping", "groups", "يضم", "تضم"])
_AIR_ARMS = {"aviation", "helicopters", "jets", "aircraft", "warplanes", "artillery", "drones"}
_OWN_NAME_BEFORE = (["calling", "itself"], ["calls", "itself"], ["known", "as"])
_LAUNCHED_WEAPONS_EN = {"missile", "missiles", "drone", "drones", "rocket", "rockets"}
_BUT_IT_AR = {fold_key(w) for w in ("لكنه", "لكنها", "ولكنه", "ولكنها")}  # "but it": لكن with its subject
_BUT_WORDS = {"but", *(fold_key(w) for w in ("لكن", "ولكن", "لكنهم", "ولكنهم")), *_BUT_IT_AR}
_PARTNER_BACKERS = set(lexicon.PARTNER_BACKERS)
_FEW_OF = {"one", "two", "three", "four", "five", "some", "several"}
_OWN_MAN_LOST = _HARMED | {"died", "dead", "captured", "missing", "arrested", "detained"}
_OWN_MAN_DID = {"driven", "drove", "rammed", "blew", "detonated", "stormed", "attacked", "struck", "fired", "shot",
                "launched", "targeted", "carried", "brought"}
_ARMED_NOUNS_AR = AIRCRAFT_WORDS | set(with_proclitics(fold_key(w) for w in (
    "مقاتلات", "المقاتلات", "قوات", "القوات", "المدفعية", "مدفعية", "الجيش", "قطعات", "وحدات", "القوة", "سلاح")))
_SPEAKERS_LAND = "speaker's own"  # an army named by no land: the land of the state speaking
_WARSHIPS_AR = set(with_proclitics(fold_key(w) for w in (
    "مدمرة", "مدمرتين", "مدمرتان", "مدمرات", "المدمرة", "المدمرات", "بارجة", "بوارج", "غواصة", "فرقاطة")))
_SHIPS_AR = {fold_key(w) for w in ("سفن", "سفينة", "سفنا")}  # warships when "حربية" follows
_OF_WAR_AR = {fold_key(w) for w in ("حربية", "حربيتان", "حربيتين")}
# ("سفناً حربية تابعة لأسطول بحر قزوين": the article or a proclitic attached)
_OWN_ARMY_AR = set(with_proclitics(fold_key(w) for w in ("الجيش", "القوة", "الجوية", "سلاح", "أسطول", "الأسطول",
                                                          # (in the words of its own source: «وحدات من جيشنا الباسل»)
                                                          "جيشنا", "قواتنا"))) \
    | _WARSHIPS_AR
_HYPHEN_PARTICIPLES = {"aligned", "backed", "linked", "allied", "affiliated", "supported", "leaning", "sponsored",
                       "funded", "armed", "friendly", "trained", "controlled"}
_GROUP_NOUNS_EN = {"group", "militia", "faction", "movement", "organisation", "organization"}
_GROUP_KINDS = {"umbrella", "militant", "armed", "paramilitary", "terror", "terrorist", "jihadist", "shiite", "shia"}
# ("..., the Iran-backed party said in a statement": the group named before, again)
_GROUP_TELLERS = _GROUP_NOUNS_EN | {"party", "militants", "fighters", "rebels", "insurgents", "jihadists", "militias",
                                   "factions", "groups", "alliance", "front"}
# (with «و» and «ف» only: «كلا» is "both", «بلا» "without"; and not «ما», also "what": «ما جرى»)
# (a voice telling of its forces names its aircraft too: "said American aircraft had killed", "Su-34 bombers")
_UNNAMED_FORCES_EN = FORCE_NOUNS_EN | {"military", "aircraft", "bombers", "warships", "howitzers", "tanks"}
_NEGATIONS_AR = {p + w for w in NEGATIONS_AR - {fold_key("ما")} for p in ("", "و", "ف")}
_DIRECTION = {"direction", "orders", "order", "instruction", "instructions"}
_LEADER_S = {"s", "his", "her"}  # "at President Trump's direction", "at his direction"
_NEGATIONS_EN = {"not", "never", "no", "didn", "hadn", "hasn", "haven", "doesn", "don", "wasn", "weren"}  # ("didn't": didn, t)
_ACTS = {"war", "aggression", "terrorism", "terror"}  # "an act of war by Iran"
_VOICE_WORDS = fold_set(lexicon.VOICE_WORDS)  # "spokesman", "spokeswoman", ...
_READY_OR_WILL = {"ready", "prepared", "would", "will"}
_MINISTRIES_WITH_FORCES = {"defence", "defense", "interior"}  # (the ministries with forces of their own)
# "the army said", "what the military described as", "struck what the defence ministry called terror nests", "the
# coalition acknowledged that its aircraft had struck"
_ARMY_SPEAKS = (["said"], ["says"], ["confirmed"], ["announced"], ["described"], ["called"], ["acknowledged"],
                ["admitted"])
_WHAT_IT_CALLED = {"called", "calls", "described", "termed", "dubbed"}
_INQUIRY_NOUNS = {"investigation", "inquiry", "probe", "review"}
_ARMED_BODY_EN = FORCE_NOUNS_EN | MILITIA_NOUNS | {"forces", "soldiers", "shelling", "howitzers", "gunners"}
_QUOTE_MARKS = ("'", '"', "\u2019", "\u201d", "\u201c", "\u2018")
_GROUP_PLURALS = {"groups", "militias", "factions", "proxies"}
# "Iran's Quds Force fired 20 rockets", "U.S. forces attacked Islamic State militants": a striker's own deed, as "struck"
_FIRED_VERBS = {"fired", "launched", "attacked", "targeted"}
_FIRED_AR = {fold_key(w) for w in ("أطلق", "أطلقت", "أطلقتا")}
_FREEDOM_AR = fold_key("سراح")
_LAUNCHED_IT_AR = {fold_key(w) for w in ("أطلقتها", "أطلقها", "بدأتها", "بدأها", "شنتها", "شنها")}
_LAUNCHES = _LAUNCHED_OPERATION | _LAUNCHED_IT_AR
_STATE_OF_ADJECTIVE = {fold_key(w): state for state, words in lexicon.DEMONYMS.items() for w in words}  # «تركية»: Turkey
_WHICH_AR = {fold_key(w) for w in ("التي", "الذي")}
_AFTER = {fold_key(w) for w in ("after", "بعد")}
_DAY_OWNERS = {"today", "yesterday", "week", "month", "year", "weekend", "night"}  # ("last week's strike")
_COMES_WITH = _AFTER | AMID_WORDS  # (or as it comes at a time: "the strike comes amid")
_PROVIDED = {fold_key(w) for w in ("قدمتها", "قدمها", "وفرتها", "وفرها")}  # "بمعلومات قدّمتها واشنطن": provided
_BY_AR = fold_key("قبل")  # "هجوم من قبل داعش": an attack by
_HABITUALLY = {"usually", "often", "typically", "normally", "generally", "routinely", "always"}
_AUXILIARIES = {"had", "has", "have", "also", "later", "earlier", "previously", "then"}
_OWN_FORCE_WORDS = {"warships", "warship", "jets", "warplanes", "aircraft", "bombers", "navy", "destroyer", "destroyers",
                    "forces", "troops", "fighter", "military", "drones", "submarine", "helicopters"}
_SEEN_FLYING = (["were", "seen"], ["was", "seen"], ["taking", "off"], ["took", "off"], ["flew", "over"], ["flying", "over"])
# ('Washington was "confident Iran conducted this attack"'; not an inquiry that "concluded", which may be the state's own)
_BELIEVED_BY = (_BELIEF_VERBS - {"concluded"}) | {"confident", "convinced"}
_LOOKING_INTO = {"checking", "investigating", "verifying", "looking", "studying", "examining", "reviewing", "assessing",
                 "seeking", "trying"}
_SAID_LEAD_INS = {"had", "has", "by", "then", "also", "later", "earlier", "already"}
_REPORTS_LOOKED_INTO = _LOOKING_INTO | {"reports", "report", "claims", "allegations"}  # ("investigating reports that")
_WRECKING = {"wrecking", "wrecked", "destroying", "damaging"}
_STRIKING_ARMS = _MANNED_AIRCRAFT | {"artillery", "bombers"}  # (aircraft and guns that strike, not troops)
_REPELLED = {"repelled", "repulsed", "beat"}  # ("beat back an assault")
_DONE_BY = {"out", "launched", "fired", "conducted", "perpetrated", "committed", "staged", "mounted"}
_OPENING_WORDS = {"opening", "start", "beginning", "first", "launch", "part"}
_AND_PARTNERS = (["and", "partner", "nation"], ["and", "partner"], ["and", "coalition"], ["and", "allied"])
_FORCE_KINDS = {"special", "air", "naval", "navy", "ground", "army", "marine", "operations"}  # "U.S. special operations forces"
_OWN_OPERATION_NOUNS_EN = {"strikes", "strike", "attack", "attacks", "wave", "barrage", "operation", "salvo", "raid",
                           "raids"}


def _attack_of(toks: list[str], attack: Match, m: Match) -> bool:
    """The group named right after an attack noun as its doer: "an attack by Islamic State militants", "هجوم لداعش",
    "بهجوم لعناصر داعش"."""
    if m.tok_start < attack.tok_end or (attack.tok_start and (counted := number_at(toks, attack.tok_start - 1))
                                        and counted[0] >= 2):
        return False  # (a count, "نحو 1600 هجوم لحزب الله", is a tally's, not an attack's doer)
    gap = toks[attack.tok_end : m.tok_start]
    if ARABIC_RE.match(toks[m.tok_start]):
        # (a noun only: "هاجموا حاجزاً لقوات سوريا الديمقراطية" attacked the SDF's checkpoint)
        # (or "from": «تعرضتا لهجوم من «الميليشيا الحوثية»», «هجوم من قبل داعش»)
        # (or its construct, the attack's noun with no article: «صدّت هجوم عصابات داعش», «تصدّت لهجوم «عصابات داعش»»)
        # (one attack: not «رداً على هجمات الحوثيين على السفن», the attacks a strike answers; nor «منذ بدء هجوم قوات
        # سوريا الديمقراطية», an offensive's start)
        construct = attack.tok_end - attack.tok_start == 1 \
            and toks[attack.tok_start][len(attack.proclitic):] in _ONE_ATTACK_AR \
            and toks[attack.tok_start - 1 : attack.tok_start] != [_START_AR]
        words = [t for t in gap if t != '"']  # («quotes» are no words)
        return toks[attack.tok_end - 1] in _ATTACK_NOUN_FORMS_AR and (
            (not gap and m.proclitic.endswith("ل"))
            or (len(gap) == 1 and gap[0][:1] == "ل" and gap[0][1:] in SUBJECT_HEADS)
            or construct and words in ([], *([h] for h in SUBJECT_HEADS)) and not m.proclitic
            or words in ([FROM_AR], [FROM_AR, _BY_AR])
            # (past the doers' head: «تعرّض لقصف «من قبل عناصر داعش»», «لهجوم من قبل مسلحين من داعش»)
            or words[:2] == [FROM_AR, _BY_AR] and len(words) <= 4
            and all(t in SUBJECT_HEADS or t in _MEN_OBLIQUE_AR or t == FROM_AR for t in words[2:]))
    # (the noun may end the cue: "came under attack by Islamic State militants")
    return gap[:1] == ["by"] and len(gap) <= 2 and (toks[attack.tok_start] in _ATTACK_NOUN_WORDS
                                                    or toks[attack.tok_end - 1] in _ATTACK_NOUN_WORDS)


# What the struck side calls the deed it names a doer for: "a terrorist act by the Houthi militia", "'a clear hostile
# act' by the United States"
_DEEDS_BY_EN = {"act", "acts", "crime", "crimes", "aggression", "atrocity", "massacre", "violation"}


def _named_after_its_deed(toks: list[str], m: Match, cats: dict) -> bool:
    """Whether m is named as the doer right after an attack ("an attack by Islamic State militants", «بهجوم لعناصر
    داعش») or after a deed the teller calls it ("described the attack as a terrorist act by 'the Houthi militia'")."""
    if any(_attack_of(toks, a, m) for a in cats.get("attack", ())):
        return True
    before = [t for t in toks[max(0, m.tok_start - 5) : m.tok_start] if t != '"']
    if before[-1:] == ["the"]:
        before.pop()
    return not ARABIC_RE.match(toks[m.tok_start]) and len(before) >= 2 and before[-1] == "by" \
        and before[-2] in _DEEDS_BY_EN


def _saying_subjects(toks: list[str], t1: int, actors) -> list[tuple[Match, str]]:
    """"Iran's Revolutionary Guards fired 12 ballistic missiles at Erbil ..., saying they had targeted an Israeli
    centre": the sentence's subject tells of its own strike (it may be named as the doer too: it is, and it claims)."""
    first = min((m.tok_start for m, _name, _kind in actors), default=t1)  # the sentence's actors only
    if "saying" not in toks[first:t1] and "claiming" not in toks[first:t1]:
        return []
    found = []
    for k in range(first + 1, t1):
        # (", saying", or a statement's: "issued a statement on Monday saying its drones had hit")
        if toks[k] not in ("saying", "claiming") or (toks[k - 1] != "," and STATEMENT_WORDS.isdisjoint(toks[k - 4 : k])) \
                or not _speaks_of_itself(toks[k + 1 : k + 4]) \
                or _OWN_STRIKE_VERBS.isdisjoint(toks[k + 1 : k + 5]) or "been" in toks[k + 1 : k + 5]:
            continue  # (not "mourned six of its fighters, saying they had been killed in an Israeli strike")
        subjects = [(m, name) for m, name, kind in actors if m.tok_end <= k
                    and (kind == "group" or name in STRIKING_STATES) and m.of("actor")
                    and toks[m.tok_end : m.tok_end + 1] != ["s"]
                    and not (m.tok_start and toks[m.tok_start - 1] in OBJECT_PREPOSITIONS)]
        if subjects:
            found.append(min(subjects, key=lambda a: a[0].tok_start))
    return found


def _speaks_of_itself(words: list[str]) -> bool:
    """The words after a speech verb make the speaker the subject of what it reports: "said its
    fighters", "said on Sunday that they had fired", "قالت إنها", "قال إن قوات الجماعة"."""
    for i, word in enumerate(words):
        if word in _WHILE_WORDS:
            return False  # "قالت إنهم قضوا ...، فيما قالت هيئة الحشد إن مقاتليها": another speaker's clause
        if word not in _SELF_REFERENCE and not (word in _SELF_REFERENCE_HEADS and any(
                " ".join(words[i : i + n]) in _SELF_REFERENCE for n in (2, 3))):
            continue  # (a force's arm in two or three words: "إن القوة الصاروخية استهدفت")
        if any(words[k] in ("were", "was", "been") and words[k + 1] in _HARMED for k in range(i + 1, min(len(words) - 1, i + 5))):
            continue  # "said four of its fighters were killed in the strikes": its dead, not its deed
        if word.isascii() and not _HARMED.isdisjoint(words[max(0, i - 8) : i]):
            continue  # "said the bombing killed six civilians and one of its fighters": the object of the harm
        if not word.isascii() and (not _HARMED_AR.isdisjoint(words[max(0, i - 3) : i]) or (
                words[i - 1 : i] == [FROM_AR] and i >= 2 and number_at(words, i - 2) is not None
                and not _DIED_AR.isdisjoint(words[i + 1 : i + 3]))):
            # "وأوقعت عشرين قتيلاً من مقاتليها", "أن عشرين من مقاتليها ومقاتلاتها قُتلوا": its dead, not its deed
            continue
        if not _WATCH_VERBS_AR.isdisjoint(words[i + 1 : i + 3]):
            continue  # "قال الجيش الإسرائيلي إنه رصد إطلاق نحو ثلاثين قذيفة", "أن طائراته اعترضت": it watched or defended
        defended = next((k for k in range(i + 1, min(len(words), i + 6)) if _defends_at(words, k)), None)
        if _withdrawal_told(words[i + 1 : i + 5]):
            continue
        if not word.isascii() and words[i + 1 : i + 2] and words[i + 1] in _PURSUIT_AR:
            continue  # "وإن قواتها تطوق المنطقة وتلاحق عدداً من السجناء الفارين": it besieges and pursues, strikes nothing
        if words[i - 1 : i] and words[i - 1] in _CELLS_AR:
            continue  # "إن خلايا التنظيم هاجمت السجن": the cells of the group its enemy tells of, not the speaker's own
        if defended is not None and _OWN_STRIKE_VERBS.isdisjoint(words[i + 1 : defended]) \
                and _MANNED_AIRCRAFT.isdisjoint(words[defended + 1 : defended + 6]):
            # "said its Arrow system had intercepted a missile", "that its jets had downed aerial threats": it defended,
            # it struck nothing (but "said they had shot down a Jordanian F-16" attacked the jet)
            continue
        if word in _SELF_SUBORDINATE and next((w for w in words[i + 1 : i + 3] if w != '"'), None) in NEGATIONS_AR:
            continue  # "قال ترامب إنه «لم يُصب أي أمريكي»": "that no American was hurt", not of its own deed
        if word in _SELF_SUBORDINATE and words[i + 1 : i + 2] and words[i + 1] in _DIED_AR:
            return False  # "أربعة من مقاتليها قالت إنهم قضوا «بقصف أمريكي»": its dead, not its deed
        if word == "they" and i >= 3 and words[i - 2] == "and" and words[i - 1] in _THAT \
                and words[1 if words[0] in _THAT else 0] not in _SELF_REFERENCE:
            # "said Iran had launched the missiles ... and that they struck Ain al-Asad": what was told of (but "said
            # Hezbollah had fired ... and that it responded with artillery fire" is the speaker)
            continue
        # (past the day: "said on Sunday its artillery had shelled")
        day = 2 if i >= 2 and _on_weekday(words, i - 2) and word in ("its", "their") else 0
        if word in _SELF_SUBORDINATE or (i == day and word != _ARMY) or words[i - 1] in _THAT \
                or (i >= 2 and words[i - 2] in _THAT) \
                or (i >= 1 and not word.isascii() and word != _ARMY and words[i - 1] in _AR_OWN_STRIKE_VERBS):
            # (or the subject after its verb, as a statement quoted after a colon puts it: "...: «استهدف مجاهدونا»")
            return True  # "that the group", "إن قوات الجماعة" (but "قال الجيش الإسرائيلي" is who speaks)
        if words[i + 1 : i + 2] and words[i + 1] in _SELF_VERBS_AFTER:
            if i and words[i - 1] in _TIME_CLAUSE_EN:
                continue  # "..., the defence ministry said, after it had announced nine deaths": another clause
            if words[i + 2 : i + 3] and words[i + 2] in _LOOKING_INTO:
                return False  # "said on Thursday it was checking reports that Russian citizens were among the dead"
            return True  # "said on Sunday it had struck"
        if i >= 2 and words[i - 1] == "of" and words[i - 2] in _FEW_OF and (i == 2 or words[i - 3] in _THAT) \
                and not _OWN_MAN_DID.isdisjoint(words[i + 1 : i + 8]) and _OWN_MAN_LOST.isdisjoint(words[i + 1 :]):
            return True  # "said one of the group's soldiers had driven": its own man (not "one of its commanders had died")
    return False


def _defends_at(words: list[str], k: int) -> bool:
    """Whether the words from k tell a defence: "intercepted", "fought off" ("its forces had fought off drones"), or
    drones and missiles shot down."""
    return words[k] in _INTERCEPTING or (words[k] == "fought" and words[k + 1 : k + 2] == ["off"]) \
        or (words[k] in _DOWNING_STARTS and _shoots_down(words[k : k + 10]))


def _relative_of_another(toks: list[str], m: Match, verb: Match) -> bool:
    """Whether the verb opens a relative clause on a noun after m ("U.S. forces engaged two drones that targeted
    al-Tanf": the drones targeted it), not on m itself ("U.S. forces, which struck")."""
    rel = verb.tok_start - 1
    return toks[rel] in ("that", "which") and rel - 1 >= m.tok_end and toks[rel - 1] != ","


def _utterance_attributed(words: list[str], attributed: int) -> bool:
    """Whether "attributed" at that index follows words said or posted ("a statement attributed to X"): X's words, no
    blame."""
    return attributed > 0 and words[attributed - 1] in _UTTERANCES


def _blame_withheld(toks: list[str], t0: int, cue: Match) -> bool:
    """Whether a blame cue is denied or left open in its clause ("did not blame Iran", "would not say whether
    Washington blamed Iran", "declined to say whether the administration held Tehran responsible", "ولم تتهم واشنطن
    طهران", "ما إذا كانت واشنطن تحمّل طهران المسؤولية")."""
    english = toks[cue.tok_start].isascii()
    # (Arabic joins its clauses with «و» more than with commas: only the negation right before the verb, or «ما إذا
    # كانت» before its subject, not "لم يسفر عن ضحايا ودانته الدوحة متهمة طهران")
    before = toks[max(t0, cue.tok_start - (7 if english else 3)) : cue.tok_start]
    clause = next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k] in (",", ".", ";", "but")), 0)
    # (or no grounds for it: "said he had no information that Moscow had directed it", "no evidence that"; not "no
    # doubt that")
    if not english:
        # («إنه لا يملك معلومات تشير إلى أن إيران تقف وراء الهجوم», «لا يوجد دليل على أن»)
        wider = toks[max(t0, cue.tok_start - 9) : cue.tok_start]
        grounds = next((k for k, t in enumerate(wider) if t in _GROUNDS_AR), None)
        if grounds is not None and not _NOT_AR.isdisjoint(wider[max(0, grounds - 3) : grounds]):
            return True
    return not (_WITHHELD if english else _WITHHELD_AR).isdisjoint(before[clause:]) or english and any(
        before[k] == "no" and before[k + 1] in _GROUNDS for k in range(clause, len(before) - 1))


def _voices_lands(c: Match, cut: int, demonyms: list, actors: list, drones: bool = False) -> set[str]:
    """The striking lands named in an Arabic speaker's words before "أن" (its voice: "وزارة الدفاع التركية")."""
    return {VOICE_OF.get(name, name) for d, name, kind in (*demonyms, *actors)
            if VOICE_OF.get(name, name) in STRIKING_STATES
            # (drones told of by a land that sends none abroad struck it: "أعلنت الحكومة العراقية أن طائرة مسيرة
            # استهدفت قاعدة عين الأسد")
            and (kind == "state" and (not drones or name in _STRIKING_ABROAD) or kind == "source" and not drones)
            and c.tok_end <= d.tok_start < c.tok_end + cut}


# Tellers who are neither a striking state nor its voice: ", activists said", ", a monitoring group said"
_OUTSIDER_TELLERS = {"activists", "residents", "witnesses", "medics", "paramedics", "rescuers", "monitors", "monitoring",
                     "opposition", "rebels", "doctors", "villagers", "survivors"}


def _outsiders_tell_after(toks: list[str], m: Match, cats: dict, t1: int) -> bool:
    """Whether an English speech verb after m has, after its last comma, outsiders for its subject."""
    for c in cats.get("speech", ()):
        if m.tok_end < c.tok_start < t1 and toks[c.tok_start].isascii() and "," in toks[m.tok_end : c.tok_start]:
            comma = max(k for k in range(m.tok_end, c.tok_start) if toks[k] == ",")
            if 1 <= c.tok_start - comma - 1 <= 5 and not _OUTSIDER_TELLERS.isdisjoint(toks[comma + 1 : c.tok_start]):
                return True
    return False


_BROUGHT_DOWN_AR = _DOWNED_AR | {fold_key(w) for w in ("أسقطوا", "أسقطنا")}
_MANNED_AR = {fold_key(w) for w in ("حربية", "مقاتلة", "مروحية", "مقاتلتين", "مروحيتين", "حربيتين")}
_TYPE_AR = fold_key("طراز")  # "of the type": «مقاتلات من طراز «إف-16»»
_CLEFT_AR = ({fold_key(w) for w in ("هي", "هو", "هم")}, {fold_key(w) for w in ("التي", "الذي", "الذين")})


def _past_cleft(toks: list[str], k: int) -> int:
    """Past «هي التي» at k: «إن طائرات أمريكية هي التي دمّرت المستشفى» (it was they that destroyed it)."""
    pronouns, relatives = _CLEFT_AR
    return k + 2 if toks[k : k + 1] and toks[k] in pronouns and toks[k + 1 : k + 2] and toks[k + 1] in relatives else k


def _another_teller(toks: list[str], start: int, cue_at: int, matches: list[Match]) -> bool:
    """Whether the words right before a speech cue, after the last comma past `start`, are a teller of their own, not a
    group ("..., the coalition said in a statement", "..., the Pentagon's spokesman said"; not "..., the group said",
    nor "Kataib Hezbollah, an Iran-backed group, said", whose aside closes right before the cue)."""
    comma = max(k for k in range(start, cue_at) if toks[k] == ",")
    teller = toks[comma + 1 : cue_at]
    if any(comma < m.tok_start < cue_at and ("anaphor" in m.by_category or any(e.value[1] == "group" for e in m.of("actor")))
           for m in matches):
        return False
    # (or a source: "..., killing a senior Islamic State official who helped run the group's oil operations, Defense
    # Secretary Ash Carter said in a statement", "..., a Pentagon spokesman said in a statement")
    return 2 <= len(teller) <= 4 and teller[0] == "the" and teller[-1] not in _GROUP_TELLERS or 2 <= len(teller) <= 6 \
        and any(m.tok_start == comma + 1 + (teller[0] in ("a", "an", "the")) and any(e.value[1] == "source"
                                                                                 for e in m.of("actor")) for m in matches)


def _coordinated_with(toks: list[str], m: Match) -> bool:
    """Whether m is named as the one a strike was coordinated with ("بالتنسيق مع الحكومة السورية")."""
    return ends_with(toks[max(0, m.tok_start - 4) : m.tok_start], _COORDINATED_WITH) \
        or ends_with(toks[max(0, m.tok_start - 5) : m.tok_start - 1], _COORDINATED_WITH)


def _downs_drone_ar(words: list[str]) -> bool:
    """"(مقاتلة أمريكية من طراز إف-16) أسقطت الخميس مسيّرة تركية": a drone downed, a defence (as _shoots_down)."""
    k = next((i for i, w in enumerate(words[:8]) if w in _DOWNED_AR), None)
    return k is not None and not _DRONE_WORDS_AR.isdisjoint(words[k + 1 : k + 5])


def _shoots_down(words: list[str]) -> bool:
    """"(an American F-15) shot down an Iranian Mohajer-6 drone", "(its Iron Dome batteries) shot down two rockets":
    a defence, no strike (but "shot down a Jordanian F-16" struck the jet)."""
    if words[:1] and words[0] in ("had", "has", "have"):  # "an American F-15 had shot down"
        words = words[1:]
    if words[:2] in (["shot", "down"], ["brought", "down"]):  # ("its air defences brought down dozens of missiles")
        rest = words[2:]
    elif words[:1] in (["downed"], ["engaged"]):  # ("U.S. and coalition forces engaged two drones")
        rest = words[1:]
    elif words[:1] == ["destroyed"] and _ON_THE_GROUND.isdisjoint(words[1:10]):
        # ("American jets and warships destroyed more than 70 drones and at least three ballistic missiles"; not
        # "destroyed two drones that were prepared to launch", "destroyed drone storage sites", strikes)
        rest = words[1:]
    else:
        return False
    return not _DOWNED_THINGS.isdisjoint(rest[:6]) and _MANNED_AIRCRAFT.isdisjoint(rest[:6])


def _withdrawal_told(words: list[str]) -> bool:
    """What a side says of its fighters is a retreat or a defence, not a strike: "(its fighters) had pulled back to spare
    lives", "(مقاتليها) «تصدّوا لهجوم واسع»"."""
    withdrew = next((k for k, w in enumerate(words) if w.strip('"') in _WITHDRAWING
                     or (w == "pulled" and words[k + 1 : k + 2] in (["back"], ["out"]))), None)
    return withdrew is not None and _OWN_STRIKE_VERBS.isdisjoint(words[:withdrew])


def _also_said(toks: list[str], k: int) -> bool:
    """Whether the word at k is a speech verb after «كما» ("كما أعلن", "وكما أكدت"): the one who spoke before, going on."""
    return k >= 1 and toks[k - 1] in (_ALSO_AR, "و" + _ALSO_AR) and toks[k] in _ALSO_SAID_AR


def _said_again(toks: list[str], t0: int, t1: int) -> bool:
    """"It said fighter jets later struck ...", "Fighter jets later struck ..., it said in a post on Telegram",
    "..., the spokesperson said": the sentence is told by the one who spoke before."""
    # ("وأوضح أن الطائرات الحربية ردّت": he went on, with no one else named as saying it)
    if toks[t0 : t0 + 1] and toks[t0] in _WENT_ON_AR and toks[t0 + 1 : t0 + 2] and toks[t0 + 1] in COMPLEMENTIZERS:
        return True
    if t0 + 1 < t1 and _also_said(toks, t0 + 1) and toks[t0 + 2 : t0 + 3] and toks[t0 + 2] in COMPLEMENTIZERS:
        return True
    # (after the day: "On Monday he said a drone had killed ...")
    if _on_weekday(toks, t0) and tuple(toks[t0 + 2 : t0 + 4]) in _PRONOUN_SAID:
        return True
    return tuple(toks[t0 : t0 + 2]) in _PRONOUN_SAID or any(
        toks[k] == "," and (tuple(toks[k + 1 : k + 3]) in _PRONOUN_SAID
                            or toks[k + 1] == "the" and toks[k + 2] in _VOICE_WORDS
                            and toks[k + 3 : k + 4] in (["said"], ["added"]))
        for k in range(t0, t1 - 2))


def _its_jets_struck(toks: list[str], cats: dict) -> bool:
    """"its jets struck", "its aircraft had struck": a land's aircraft striking, the land named before."""
    return any(toks[w.tok_start - 1 : w.tok_start] == ["its"] and any(e.value == "airstrike" for e in w.of("weapon"))
               and ("attack" in w.by_category or toks[w.tok_end : w.tok_end + 1] != [] and toks[w.tok_end] in PAST_STRIKE_VERBS)
               for w in cats.get("weapon", ()))


def _unnamed_forces_strike_first(toks: list[str], t0: int, t1: int, matches: list[Match], cats: dict) -> bool:
    """"Aircraft struck Islamic State positions near Raqqa, Central Command said", "Responding helicopters destroyed
    three vehicles ..., CENTCOM said": the sentence opens with forces named by no land striking, and is said after."""
    words = toks[t0 : min(t1, t0 + 12)]
    # (past a participle or the aircraft's model: "Responding Apache helicopters")
    skipped = next((k for k in (1, 2) if words[k : k + 1] and words[k] in _UNNAMED_FORCES_EN), 0)
    if any(t0 <= m.tok_start < t0 + skipped and not set(m.by_category) <= {"weapon", "attack"} for m in matches):
        return False  # (a land named before them: "Iraqi troops killed")
    words = words[skipped:]
    if not _unnamed_forces_en(words):
        return False
    verb = next((k for k in range(1, min(len(words), 7)) if words[k] in _OWN_STRIKE_VERBS), None)
    return verb is not None and _PASSIVE.isdisjoint(words[1:verb + 1]) and _INTERCEPTING.isdisjoint(words) \
        and any(c.tok_start > t0 + skipped + verb for c in cats.get("speech", ())) \
        and not any(t0 <= m.tok_start < t0 + skipped + verb for m in (*cats.get("actor", ()), *cats.get("demonym", ())))


def _own_strike_told(toks: list[str], said: int, t1: int, cats: dict) -> bool:
    """Whether the words after a command's "said" at `said` tell a strike of its own: "CENTCOM announced that it had
    struck" (not "said that it was the third attack"); further on past an adjective or two, with no other land or actor
    and no relative clause before the verb ("said on Friday that a precision airstrike in northwest Syria had killed";
    not "said that Russian aircraft struck a field hospital in the town of Sarmin", "said its experts had found that
    the drone, which struck the bridge")."""
    verb = next((k for k in range(said, min(t1, said + 14)) if toks[k] in _OWN_STRIKE_VERBS), None)
    return verb is not None and (verb - said < 10 or (
        _RELATIVE_OPENERS.isdisjoint(toks[said:verb])
        and not any(said <= m.tok_start < verb for m in (*cats.get("actor", ()), *cats.get("demonym", ())))))


def _voice_before_its_name(toks: list[str], said: int, actors) -> tuple | None:
    """"The Israeli military's chief spokesman, Brigadier General Hidai Zilberman, said": the body whose spokesman is
    named between commas before the speech verb at `said`."""
    if toks[said - 1 : said] != [","] or not toks[said].isascii():
        return None
    comma = next((k for k in range(said - 2, max(0, said - 10), -1) if toks[k] == ","), None)
    if comma is None or toks[comma - 1] not in _VOICE_WORDS:
        return None
    return next(((m, name, kind) for m, name, kind in actors if 0 <= comma - 1 - m.tok_end <= 3), None)


def _anonymity_words(between: list[str]) -> int:
    """How many of the words between a speaker and its verb say it spoke unnamed ("officials speaking on condition of
    anonymity confirmed", "an official who asked not to be named said")."""
    return next((len(phrase) for phrase in _ANONYMITY_PHRASES
                 if any(between[i : i + len(phrase)] == phrase for i in range(len(between) - len(phrase) + 1))), 0)


def _aside_opening(toks: list[str], comma: int) -> int | None:
    """Where an aside closed by the comma at `comma` opens: the comma before "a", "an", "the", "which" or "who", past the
    commas of a list inside it ("Kataib Hezbollah, a group of factions that include Harakat al-Nujaba, Kataib Sayyid
    al-Shuhada and the Badr organisation, said")."""
    return next((k for k in range(comma - 1, max(0, comma - 32), -1)
                 if toks[k] == "," and toks[k + 1] in _ASIDE_OPENERS), None)


def _speaker_reach(toks: list[str], cue: Match) -> int:
    """How far before an English speech verb its speaker may stand: past where it went "to say" it ("Yahya Saree went on
    al-Masirah television to say")."""
    return 6 if toks[cue.tok_end - 2 : cue.tok_end] == ["to", "say"] else 3


def _on_weekday(words: list[str], k: int) -> bool:
    """"on" and a weekday from token k ("said on Sunday that", "On Monday he said")."""
    return words[k : k + 1] == ["on"] and bool(words[k + 1 : k + 2]) and is_weekday_word(words[k + 1])


def _former_servant(toks: list[str], m: Match) -> bool:
    """One who once served the land named at m: "Amos Yadlin, a former head of Israeli military intelligence"."""
    return not _FORMER.isdisjoint(toks[max(0, m.tok_start - 4) : m.tok_start])


def _claimed_a_record_ar(toks: list[str], start: int, t1: int) -> bool:
    """What was claimed is a count of attacks since a time: «مسؤوليتها عن عشرات الهجمات ... منذ», «أكثر من 40 هجوماً
    ... منذ تشرين الأول»."""
    start += toks[start : start + 1] == ['"']
    window = toks[start : min(t1, start + 14)]
    since = next((k for k, w in enumerate(window) if w in SINCE_WORDS), None)
    if since is None:
        return False
    head = window[:since][:4]
    return any(w in _MANY_AR or (n := number_at(head, k)) is not None and n[0] >= 2 for k, w in enumerate(head))


def _tellings(cats: dict) -> tuple:
    """The cues by which someone tells: speech verbs and claim cues, in that order."""
    return (*cats.get("speech", ()), *cats.get("claim", ()))


def _subject_of_had(toks: list[str], cue: Match, actors) -> bool:
    """An actor between «كان» and the verb it tells with: "وكانت «المقاومة الإسلامية في العراق» قد أعلنت"."""
    return any(m.tok_start >= 1 and (toks[m.tok_start - 1] in _WAS_AR
                                     or toks[m.tok_start - 1] == '"' and toks[m.tok_start - 2 : m.tok_start - 1]
                                     and toks[m.tok_start - 2] in _WAS_AR)
               and all(t in (_HAD_AR, '"') for t in toks[m.tok_end : cue.tok_start]) and m.tok_end <= cue.tok_start
               for m, _name, _kind in actors)


def _forces_it_tells_of(toks: list[str], m: Match, matches: list[Match], t1: int) -> str | None:
    """The striking land whose forces open the clause the army or ministry `m` tells: "said (on Saturday) (that)",
    «أن», then its forces (past one word for its aircraft: «أن طائرات القوة الجوية العراقية»), no other actor between."""
    if toks[m.tok_end : m.tok_end + 1] in _ARMY_SPEAKS:
        opens = m.tok_end + 1
        opens += 2 * _on_weekday(toks, opens)
        opens += toks[opens : opens + 1] == ["that"]
    else:
        that = next((k for k in range(m.tok_end, min(t1, m.tok_end + 8)) if toks[k] in COMPLEMENTIZERS), None)
        if that is None or toks[m.tok_start].isascii():
            return None
        opens = that + 1
    first = next((o for o in matches if o.tok_start >= m.tok_end and o.of("actor")), None)
    if first is None:
        return None
    name, kind = first.of("actor")[0].value[:2]
    lead = toks[opens : first.tok_start]
    if kind != "state" or name not in STRIKING_STATES:
        return None
    return name if lead in ([], ["the"]) or len(lead) == 1 and lead[0] in AIRCRAFT_WORDS else None


def _ministry_with_forces_before(toks: list[str], start: int) -> bool:
    """Whether the ministry named last before `start` has forces: "the Syrian defence ministry said ... On
    Sunday, the ministry said, its aircraft struck" (not "the Houthi-run health ministry said ... the ministry said")."""
    last = next((k for k in range(start - 1, 0, -1) if toks[k] == "ministry"), None)
    return last is not None and (toks[last - 1] in _MINISTRIES_WITH_FORCES or toks[last + 1 : last + 2] == ["of"]
                                 and toks[last + 2 : last + 3] and toks[last + 2] in _MINISTRIES_WITH_FORCES)


def _group_meant(roles: dict, last_group: str | None) -> str | None:
    """The group a report's "the group" refers to: the one that claimed, else the one blamed, else the one named last."""
    return next((name for name, role in reversed(list(roles)) if role == "claimant" and name in _GROUPS), None) \
        or next((name for name, role in reversed(list(roles)) if role == "alleged" and name in _GROUPS), last_group)


def read_roles(folded: Folded, toks: list[str], span: tuple[int, int], matches: list[Match], cats: dict,
               roles: dict, event: bool, concrete: bool, last_group: str | None, voices: set[str],
               generic: bool = False, previous_speaker: str | None = None,
               published: dt.date | None = None,
               last_state: str | None = None, resistance: str | None = None,
               attack_told_before: bool = False, outlet_state: str | None = None) -> tuple[str | None, str | None]:
    """Give the sentence's actors their roles; returns the group "the group" will refer to next, and who
    spoke ("It said" in the next sentence is that speaker). `resistance` is whom "the Islamic Resistance" alone
    names in this report; `attack_told_before`, whether an earlier sentence told an attack; `outlet_state`, the
    state whose news agency the report's dateline names ("DAMASCUS, (SANA) -")."""
    t0, t1 = span
    group_before = last_group
    if not (cats.get("actor") or cats.get("metonym") or cats.get("demonym") or cats.get("target")
            or cats.get("anaphor") or (cats.get("state_anaphor") and last_state) or cats.get("resistance")
            or toks[t0 : t0 + 1] in (["it"], ["he"], ["she"])
            # ('In a statement signed by the "martyrs brigade," it said its fighters had fired')
            or any(toks[c.tok_start - 1 : c.tok_start] == ["it"] for c in _tellings(cats))
            # («وقالت في بيان إنها استهدفت»: the group named before goes on)
            or (last_group and event and any(c.tok_start == t0 and ARABIC_RE.match(toks[t0])
                                             for c in _tellings(cats)))
            # "The jihadists' Amaq news agency said ...": the agency speaks for the group, named or not
            or any(cue_word(c, "claim") in _AMAQ for c in cats.get("claim", ()))
            or (event and not _STATE_MEDIA_KEYS.isdisjoint(toks[t0:t1]))  # ("ذكرت سانا أن سلاح الجو نفّذ")
            # ("إن هاتين الجماعتين تقفان وراء الهجوم": the two groups named before)
            or (cats.get("alleged_after") and phrase_start(toks[t0:t1], _GROUP_PAIR) is not None)
            or (previous_speaker and ("said" in toks[t0:t1] or not toks[t0].isascii()) and _said_again(toks, t0, t1))
            or ((last_state or previous_speaker) and _its_jets_struck(toks, cats))):
        return last_group, previous_speaker
    if event:  # (what the sentence adds, to find a land heard only as the victim: at the end)
        heard_before, roles_before = set(voices), set(roles)
    actors: list[tuple[Match, str, str]] = []  # (match, name, kind)
    for m in matches:
        by_category = m.by_category
        for e in by_category.get("actor", ()):
            if e.value[0] == "Islamic State" and lower_case_word(folded, m) and toks[m.tok_start] == "is":
                continue  # "the convoy is cells of ...": the verb, not the group ("IS cells")
            if e.value[0] == "IRGC" and bare_word(folded.text, m) == "the guards" \
                    and not folded.surface(m.start, m.end).split()[-1][:1].isupper():
                continue  # "The guards opened fire": a checkpoint's guards, not Iran's Revolutionary Guards
            if e.value[0] == "Iraqi security sources" and (
                    toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _FOREIGN_NATIONALS
                    or toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _FOREIGN_NATIONALS):
                continue  # "Lebanese security sources", "مصادر أمنية لبنانية": not Iraq's
            actors.append((m, e.value[0], e.value[1]))
            if e.value[1] == "group":
                last_group = e.value[0]
        if "actor" not in by_category and by_category.get("demonym") and (
                toks[m.tok_end : m.tok_end + 1] == ["enemy"]
                or toks[m.tok_end : m.tok_end + 1] == ["and"] and toks[m.tok_end + 2 : m.tok_end + 3] == ["enemy"]):
            # "the American enemy", "the American and British enemy": the struck side's name for a land
            actors.append((m, by_category["demonym"][0].value, "state"))
        if "actor" not in by_category and any(e.value[0] == "US-led coalition forces" for e in by_category.get("target", ())):
            # the coalition named with its leader as a doer or as the blamed ("a massacre committed by the American-led
            # coalition", "blamed the U.S.-led coalition"): its leader
            before = [t for t in toks[max(t0, m.tok_start - 2) : m.tok_start] if t != "the"]
            # (or as the subject of the strike, its aircraft's or its own: "the Syrian foreign ministry said the US-led
            # coalition had struck a Syrian army camp", "said coalition jets had hit its positions")
            after = [t for t in toks[m.tok_end : min(t1, m.tok_end + 3)] if t not in _COALITION_ARMS]
            if before[-1:] and (before[-1] == "by" or before[-1] in _BLAME_WORDS or before[-1] in _ACCUSING) \
                    or after[:1] and after[0] in PAST_STRIKE_VERBS and not ARABIC_RE.match(toks[m.tok_start]):
                actors.append((m, "United States", "state"))
        if "resistance" in by_category and "actor" not in by_category and resistance:
            actors.append((m, resistance, "group"))
            last_group = resistance
        if "anaphor" in by_category and last_group and "actor" not in by_category:
            # "the group" is the one that claimed or is blamed, when there is one ("the PMF's positions ...
            # Amaq, the group's agency"): not merely the group named last
            # (the one that claimed first: "A US official said the attack bore the marks of Kataib Hezbollah. On
            # Sunday the group said one of its drones had struck" is the group that claims, not the one blamed)
            referent = _group_meant(roles, last_group)
            # (but one named earlier in the same sentence: "hit facilities used by Kataib Hezbollah ..., and held the
            # militia responsible")
            referent = next((name for a, name, kind in reversed(actors) if kind == "group" and a.tok_end <= m.tok_start),
                            referent)
            if bare_word(folded.text, m) == _THE_ORGANISATION and any(name == "Islamic State" for name, _r in roles):
                referent = "Islamic State"  # "التنظيم" is what reports call the Islamic State, once it is named
            if any(cue_word(c, "claim") in _AMAQ for c in cats.get("claim", ())) \
                    and any(name == "Islamic State" for name, _r in roles):
                referent = "Islamic State"  # "In statements on its Amaq agency, the group said": Amaq is its agency
            if bare_word(folded.text, m) == _THE_BRIGADES:
                # "الكتائب": a group whose name says Brigades (Kataib Hezbollah, Kataib Sayyid al-Shuhada, al-Qassam)
                referent = last_group if last_group in _BRIGADES else next(
                    (name for name, _r in reversed(list(roles)) if name in _BRIGADES), None)
            if referent is not None and not (bare_word(folded.text, m) in _ITS_MEN and any(
                    name == referent for _a, name, _k in actors)):
                # (not "زعم تنظيم الدولة أن مقاتليه نفّذوا": its own men, the group that speaks)
                actors.append((m, referent, "group"))
        if "sponsor_after" in by_category and m.tok_end < t1 and (toks[m.tok_end] in _GROUP_NOUNS_EN or (
                # ("the Iran-backed umbrella group said on Telegram that its fighters had targeted")
                toks[m.tok_end] in _GROUP_KINDS and m.tok_end + 1 < t1 and toks[m.tok_end + 1] in _GROUP_NOUNS_EN)) \
                and any(a.tok_end == m.tok_start and toks[a.tok_start - 1 : a.tok_start] == ["the"] for a, _n, _k in actors) \
                and (any(0 <= c.tok_start - m.tok_end <= 2 for c in _tellings(cats))
                     # ("the Iran-backed group and the Israeli military said": two tellers)
                     or toks[m.tok_end + 1 : m.tok_end + 2] == ["and"] and any(
                         0 <= c.tok_start - o.tok_end <= 1 and 0 < o.tok_start - m.tok_end <= 4
                         for o in matches if o.of("actor") for c in cats.get("speech", ()))
                     or any(0 <= m.tok_start - c.tok_end <= 4 for c in cats.get("alleged_before", ()))
                     or any(0 <= c.tok_start - m.tok_end <= 3 for c in (*cats.get("alleged_after", ()),
                                                                         *cats.get("conduct", ())))):
            # "Hezbollah fired anti-tank missiles ..., the Iran-backed group said", "a rocket attack it blamed on the
            # Iran-backed militia", "Esper said the Iran-backed militia was responsible": the group told again, by its
            # backer, where it speaks or is blamed
            # (the group named last, in an earlier sentence too: "... strikes against five Kataib Hezbollah weapons
            # facilities ... Esper ... held the Iran-backed group responsible")
            # (the one that claimed, when the group named last is only its cause: "Hezbollah said it had fired 62
            # rockets ..., calling the barrage a response to the assassination of Hamas deputy leader Saleh al-Arouri.
            # In its statement, the Iran-backed group said")
            referent = next((name for a, name, kind in reversed(actors) if kind == "group" and a.tok_end <= m.tok_start),
                            None) or _group_meant(roles, last_group)
            if referent is not None:
                actors.append((m, referent, "group"))
        if "state_anaphor" in by_category and not m.of("actor") and not m.of("target") \
                and (cue_word(m, "state_anaphor") != "the ministry" or _ministry_with_forces_before(toks, m.tok_start)) and (
                toks[m.tok_end : m.tok_end + 1] in _ARMY_SPEAKS
                # "The army's operations command said", "the military's spokesman said": its own office
                or (toks[m.tok_end : m.tok_end + 1] == ["s"] and any(
                    toks[k : k + 1] in _ARMY_SPEAKS
                    for k in range(m.tok_end + 2, min(t1, m.tok_end + 5))))
                # "وقال الجيش في بيان إنه استهدف": right after the verb, no land after it
                or (ARABIC_RE.match(toks[m.tok_start]) and any(
                    c.tok_end == m.tok_start for c in _tellings(cats))
                    and not any(0 <= o.tok_start - m.tok_end <= 1 for o in matches
                                if o.of("demonym") or o.of("actor") or o.of("target"))
                    and toks[m.tok_end : m.tok_end + 1] != [] and toks[m.tok_end] not in TARGET_ADJECTIVES)):
            # "Israeli jets struck targets near Palmyra, and the military confirmed the raid": the state told before
            # (not a land named as where: "fired 26 cruise missiles at targets in Syria ..., Defence Minister Sergei
            # Shoigu said")
            # (not a land named for what was struck: "Israel struck Iranian targets near Damascus on Monday, the army
            # said" is Israel's army)
            told = [name for o in matches if o.tok_end <= m.tok_start and not (o.places and is_place_reading(toks, o))
                    and not (toks[o.tok_end : o.tok_end + 1] and toks[o.tok_end] in _HELD_THINGS)
                    for name in striking_state_named(o)]
            # ("Israel's military said it struck the Syrian army's headquarters. ... the army said its jets had also
            # hit": the army that spoke last, not the one it struck)
            spoke_last = VOICE_OF.get(previous_speaker or "", previous_speaker)
            state = told[-1] if told else spoke_last if spoke_last in STRIKING_STATES else last_state
            # (no land told before: «أعلنت وزارة الدفاع، اليوم السبت، أن طائرات القوة الجوية العراقية نفّذت», the
            # ministry of the land whose own forces open what it tells)
            state = state or _forces_it_tells_of(toks, m, matches, t1)
            if state:
                actors.append((m, state, "state"))
        if "metonym" in by_category and not ("place" in by_category and is_place_reading(toks, m)):
            actors.append((m, by_category["metonym"][0].value, "state"))
    demonyms = [(m, m.of("demonym")[0].value, "state") for m in cats.get("demonym", ())]
    # "Israel answered twice. On May 5 its jets struck the port of Hodeidah": the state told before (the one that
    # spoke last, if one did: "The Israeli military said it had hit ... the Syrian regime. On Tuesday, it said, its
    # aircraft had struck"), by its jets
    jets_owner = VOICE_OF.get(previous_speaker or "", previous_speaker)
    jets_owner = jets_owner if jets_owner in STRIKING_STATES else last_state
    its_jets_struck = jets_owner in STRIKING_STATES and not actors and not demonyms and _its_jets_struck(toks, cats)
    speaker = _speaker(actors, cats, toks)
    if speaker is None and _said_again(toks, t0, t1):
        speaker = previous_speaker
    sentence = toks[t0:t1]
    # "Israel's military said it does not comment on foreign reports": heard, but owning nothing; nor
    # does "Russia's defence ministry denied that its aircraft had flown".
    # (a suspension is no silence: "after Kataib Hezbollah suspended its operations, the strike CENTCOM claimed")
    quiet = phrase_start(sentence, _NO_COMMENT)  # where the sentence says nothing is said, if it does
    if quiet is None and _THE_COMMENT_AR in sentence:
        # "ورفض الجيش الإسرائيلي التعليق": the refusal, its subject, then "the comment"
        at = sentence.index(_THE_COMMENT_AR)
        quiet = next((k for k in range(max(0, at - 5), at) if sentence[k] in _REFUSED_AR), None)
    # "held the US occupation forces responsible", "accused Israeli forces": a state's forces are the state.
    forces = [(m, e.value[1], "state") for m in cats.get("target", ()) for e in m.of("target")
              if e.value[1] in STRIKING_STATES]
    no_comment = quiet is not None or any(
        cue_word(n, "negated_claim") not in _SUSPENSIONS for n in cats.get("negated_claim", ()))
    # (the speech verb: "said", or "said it" read as a claim's cue: "said it had struck a vehicle ... and was looking
    # into the report")
    said = [c.tok_end for c in cats.get("speech", ())] + [c.tok_start + 1 for c in _said_it(cats, toks)]
    if quiet is not None and any(
            after_said < t0 + quiet and (_speaks_of_itself(toks[after_said : after_said + 4]) or any(
                # ("U.S. Central Command confirmed that coalition aircraft had hit ... and said it was looking into":
                # its land's own aircraft)
                after_said <= m.tok_start <= after_said + 1 and name == VOICE_OF.get(speaker or "", speaker)
                for m, name, _k in actors + forces))
            and not _OWN_STRIKE_VERBS.isdisjoint(toks[after_said : min(t0 + quiet, after_said + 6)])
            for after_said in said):
        # "The military said its jets struck a Hamas compound ..., and that it was reviewing reports that civilians were
        # harmed": it owned the strike before it said what it was still looking into
        no_comment = False
    if no_comment and not _BUT_WORDS.isdisjoint(sentence):
        # "Turkey's defence ministry did not comment on the strike, but said separately that its aircraft had hit
        # PKK targets": what it goes on to say is heard ("ولم يعلن حزب الله مسؤوليته، لكن الجيش الإسرائيلي حمّله
        # المسؤولية، وأعلن أن طائراته قصفت": another speaks after the Arabic "but", its subject first)
        but = t0 + next(k for k, t in enumerate(sentence) if t in _BUT_WORDS)
        # (past a count and the speakers' land: "but four Israeli officials speaking on condition of anonymity
        # confirmed")
        reach = 5 + _anonymity_words(toks[but:t1]) if toks[but].isascii() else 10
        # (unless what it says after "but" owns nothing again: "لكن وزير الاستخبارات قال إن ما جرى «يتماشى مع
        # سياستنا»، من دون أن يؤكد مسؤولية بلاده")
        no_comment = not any(0 < c.tok_start - but <= reach for c in cats.get("speech", ())) \
            or phrase_start(toks[but:t1], _NO_COMMENT) is not None
        if not no_comment and speaker is None:
            speaker = _opening_state(actors, but)
    # "Ankara frequently strikes what it says are PKK positions": a habit, not the state owning this attack.
    unheard = no_comment or generic
    if speaker and not unheard:
        voices.add(VOICE_OF.get(speaker, speaker))
    elif speaker is None and not unheard and "speech" in cats and "conduct" in cats:
        # "وكانت الولايات المتحدة قد شنّت غارة على منشأة قالت إنها مخزن أسلحة": the state that struck goes on to
        # say what it struck; no one else speaks in between
        for m, name, kind in actors:
            verb = next((c for c in cats["conduct"] if 0 <= c.tok_start - m.tok_end <= 3), None)
            if kind == "state" and name in STRIKING_STATES and verb is not None and any(
                    s.tok_start > verb.tok_end and not any(verb.tok_end <= a.tok_start < s.tok_start
                                                           for a, _n, _k in actors)
                    for s in cats["speech"]):
                voices.add(name)
    # "Iran's Revolutionary Guards said", "backed by Iran's IRGC": the Guards speak and are backed, not Iran
    # (the apostrophe is folded away: "iran", "s", "islamic", ...)
    named = [m for m, _n, _k in actors + demonyms] + list(cats.get("target", ()))
    possessors = {id(m) for m in named if toks[m.tok_end : m.tok_end + 1] == ["s"]
                  and any(1 <= o.tok_start - m.tok_end <= 3 for o in named if o is not m)}
    # A state heard in its own voice: "Turkey's defence ministry said", "the IDF holds", "أعلنت الولايات المتحدة",
    # "The U.S. military said it carried out" (its forces speaking, named as a target is named).
    # (or its inquiry: "A U.S. military investigation has concluded that one American air strike ... killed")
    # (or its spokesman: "A coalition spokesman, Colonel John Dorrian, said coalition aircraft had struck")
    speaking_forces = [f for f in forces if toks[f[0].tok_end : f[0].tok_end + 1] in _ARMY_SPEAKS
                       or toks[f[0].tok_end : f[0].tok_end + 1] and (toks[f[0].tok_end] in _INQUIRY_NOUNS
                                                                     or toks[f[0].tok_end] in _VOICE_WORDS)]
    def speaks_at(m: Match, cue: Match) -> bool:
        """Whether the state named at m is who speaks at the speech or claim cue."""
        if folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-" \
                or toks[m.tok_end : m.tok_end + 1] in (["media"], ["press"], ["television"], ["tv"]):
            return False  # "a Russian-brokered truce was announced": an adjective of the truce, not Moscow speaking
        arabic_cue = bool(ARABIC_RE.match(toks[cue.tok_start]))
        gap = cue.tok_start - m.tok_end  # the words between the speaker and its verb
        # (past "speaking on condition of anonymity": "four Israeli officials speaking on condition of anonymity
        # confirmed")
        gap -= _anonymity_words(toks[m.tok_end : cue.tok_start])
        # "Israel's military said" (not after «بحسب», whose teller comes after it: "قصفت طائرات إسرائيلية مواقع بحسب
        # سانا"; nor inside a quotation: '"... launched from Iran," it said', «عدوان إسرائيلي»، بينما قال مستشار)
        if 0 <= gap <= (-1 if cue_word(cue, "speech") in _ACCORDING_TO_AR else 4) \
                and '"' not in toks[m.tok_end : cue.tok_start] \
                and not any(m.tok_end <= o.tok_start < cue.tok_start for o, _n, _k in actors):
            return True  # (not "Hamas blamed Israel, and Hezbollah said": another speaks)
        # after the verb: right after an Arabic one, past nobody else («أعلن الحوثيون إسقاط طائرة أمريكية»: the
        # Houthis), or ending an English sentence ("..., said Israel's army.", not "said Iran had"); never in what is
        # said ("في بيان إن «القوات التركية قصفت»")
        nxt = toks[m.tok_end : m.tok_end + 1]
        if 0 <= m.tok_start - cue.tok_end <= (3 if arabic_cue else 0) \
                and not any(cue.tok_end <= o.tok_start < m.tok_start for o, _n, _k in actors) \
                and (arabic_cue or nxt in ([], [","], ["."]) or m.tok_end == t1
                     or nxt == ["s"] and not _CLAUSE_END.isdisjoint(toks[m.tok_end + 1 : m.tok_end + 5])) \
                and COMPLEMENTIZERS.isdisjoint(toks[cue.tok_end : m.tok_start]) \
                and '"' not in toks[cue.tok_end : m.tok_start]:  # (not «أدانت في بيان «العدوان الإسرائيلي»»)
            return True
        # "the strike on the ministry, announced by the Israeli military as a warning": who announced it, passive
        if toks[cue.tok_end : cue.tok_end + 1] == ["by"] and m.tok_start - cue.tok_end in (1, 2) \
                and toks[cue.tok_end + 1 : m.tok_start] in ([], ["the"]) and not arabic_cue:
            return True
        # "أصدرت القوة البرية في حرس الثورة، اليوم، بياناً أعلنت فيه"
        if 0 <= gap <= 10 and not STATEMENT_WORDS.isdisjoint(toks[m.tok_end : cue.tok_start]):
            return True
        # "A coalition spokesman, Colonel John Dorrian, said": its spokesman, then his name between commas
        if 4 < gap <= 9 and toks[m.tok_end] in _VOICE_WORDS and toks[m.tok_end + 1] == "," and toks[cue.tok_start - 1] == "," \
                and not any(m.tok_end <= o.tok_start < cue.tok_start for o, _n, _k in actors + demonyms):
            return True
        # "رئيس الوزراء التركي بن علي يلدريم، الذي قال": the official named, then who spoke
        return 4 < gap <= 8 and toks[cue.tok_start - 1] in _WHO_SPOKE \
            and not any(m.tok_end <= o.tok_start < cue.tok_start for o, _n, _k in actors + demonyms)

    for cue in () if unheard else cats.get("speech", []) + cats.get("claim", []) + cats.get("alleged_after", []):
        # (not one who once served it: "Amos Yadlin, a former head of Israeli military intelligence, wrote")
        voices.update(VOICE_OF.get(name, name) for m, name, kind in actors + demonyms + speaking_forces
                      if (kind == "state" or name in VOICE_OF) and id(m) not in possessors and speaks_at(m, cue)
                      and not _former_servant(toks, m))
    if not unheard and not _OWN_VOICES.isdisjoint(sentence) and ("its" in sentence or "the" in sentence):
        # A state's ministry or military speaking for it: "Turkey has launched a new operation ..., its Defence
        # Ministry said" (the state named before), "Turkey launched air strikes on ... on Sunday, destroying 89
        # targets, the defence ministry said" (the state that opens the sentence)
        for i in [t0 + k for k, t in enumerate(sentence[:-1]) if t in ("its", "the")]:
            if toks[i + 1] not in _OWN_VOICES or not any(0 <= c.tok_start - i <= 4 for c in cats.get("speech", ())):
                continue
            if toks[i] == "its":
                before = [(m, name) for m, name, kind in actors if kind == "state" and m.tok_end <= i]
                if before:
                    speaker = speaker or max(before, key=lambda a: a[0].tok_end)[1]
                    voices.add(max(before, key=lambda a: a[0].tok_end)[1])
            elif speaker is None:
                voices.update(name for m, name, kind in actors[:1]
                              if kind == "state" and name in STRIKING_STATES and m.tok_start - t0 <= 1)
    # "Washington believed Israel had carried out the strike": the believer neither struck nor is blamed
    # (but "Israel, believed to be behind", "Hezbollah suspected of" are the ones believed)
    taken: set[int] = {id(m) for m, _name, _kind in actors if toks[m.tok_end : m.tok_end + 1]
                       and toks[m.tok_end] in _BELIEF_VERBS
                       and toks[m.tok_end + 1 : m.tok_end + 2] not in (["to"], ["behind"], ["of"], ["in"], ["responsible"])}

    def give(name: str, role: str, said_by: str | None = None) -> None:
        if role == "sponsor" and name in _PARTNER_BACKERS:
            return  # "Kurdish forces backed by US air power", "attacks on the US-backed force": a partner's backer
        key = (name, role)
        known = roles.get(key)
        # (blame told first in the actor's own voice, "U.S. forces struck ..., the Pentagon said", and then by
        # another, "the prime minister condemned an American assault": the other's blame is the one to keep)
        if known is None or (role == "alleged" and known.said_by and VOICE_OF.get(known.said_by) == name
                             and VOICE_OF.get(said_by or "", said_by) != name):
            roles[key] = construct_model(ActorRole, {"name": name, "role": role,
                                                "said_by": said_by if said_by != name else None})

    role_cue_starts = [c.tok_start for category in ("alleged_before", "sponsor_before", "perpetrated_by")
                       for c in cats.get(category, ())]

    def chain_after(cue: Match, pool, first_gap: int) -> list[tuple[Match, str, str]]:
        """The actor right after a cue and those coordinated with it ("the IRGC and the Iranian regime")."""
        found, end, gap = [], cue.tok_end, first_gap
        named_in = False  # past "Iran-backed groups," or "... such as": the groups named next are the ones blamed
        for m, name, kind in sorted(pool, key=lambda a: a[0].tok_start):
            if m.tok_start < cue.tok_end:
                continue
            words = sum(1 for t in toks[end : m.tok_start] if t[:1] != '"')  # «quotes» are no words
            if m.tok_start - end >= 2 and toks[m.tok_start - 1] == "led":
                words -= 2  # "Syrian government forces and the Kurdish-led Syrian Democratic Forces": one name
            if not found and toks[end : m.tok_start] in (["the", w, "of", "the"] for w in _MEMBERS_OF):
                words = 0  # "blamed the jihadists of the Islamic State": the group's men are the group
            if named_in and toks[m.tok_start - 2 : m.tok_start] == ["in", "particular"]:
                words -= 1  # "blamed Iran-backed militias, in particular Kataib Hezbollah": one word, as "notably"
            if words > gap or (not found and not named_in and any(t in CLAUSE_BREAKS for t in toks[end : m.tok_start])):
                break  # "حمّلت طهران إسرائيل المسؤولية، وتوعّد المرشد الإيراني": the clause has ended
            if not found and any(t in _ATTACKED_PREPOSITIONS for t in toks[end : m.tok_start]) \
                    and not (toks[cue.tok_end - 1] in _BLAME_WORDS and (toks[cue.tok_end : cue.tok_end + 1] == ["on"] or toks[
                        cue.tok_end : cue.tok_end + 2] in (["it", "on"], ["them", "on"]))):  # ("blamed it on X")
                # "مسؤولية الهجوم على السفارة الأمريكية": what was attacked, not who is blamed (but "which Washington
                # and its allies blame on Syrian government forces": the one the blame is laid on)
                break
            if found and not _SUBORDINATORS.isdisjoint(toks[end : m.tok_start]):
                break  # "the hallmarks of Kataib Hezbollah and that Washington ...": a new clause, not a list
            if found and "," in toks[end : m.tok_start] and ARABIC_RE.match(toks[m.tok_start]) \
                    and not toks[m.tok_start].startswith("و"):
                break  # "جماعة الحوثيين المدعومة من إيران، يحيى سريع،": the speaker's name, not a second backer
            if found and ("of" in toks[end : m.tok_start] or not _BLAMED_DEEDS.isdisjoint(toks[end : m.tok_start])):
                # "accused Tehran of supplying the group", "تتهم واشنطن إيران بتزويد الجماعة": what it is accused
                # of, not a second accused
                break
            if found and any(end <= c < m.tok_start for c in role_cue_starts):
                break  # "المدعومة من إيران» بأوامر من «النظام الإيراني»": another role's cue, another role
            if found and not TARGET_NOUNS.isdisjoint(toks[end : m.tok_start]):
                break  # "قصفت فصائل مدعومة من تركيا مواقع قسد": the verb's object, whose positions were shelled
            if id(m) in possessors:
                continue  # "backed by Iran's Islamic Revolutionary Guard Corps": the Guards, not Iran
            if (m.tok_start - 2 >= cue.tok_end and toks[m.tok_start - 2 : m.tok_start] in _LOYAL_PHRASES) or (
                    m.tok_start - 1 >= cue.tok_end and toks[m.tok_start - 1] in _LOYAL_TO
                    # (not a backer's participle before the group: "blamed the Iran-aligned Houthi movement")
                    and toks[m.tok_start - 1] not in _HYPHEN_PARTICIPLES) or (
                    m.of("demonym") and toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in MILITIA_NOUNS):
                # "blamed the Guards and Iraqi militias loyal to Tehran": the militias', not Baghdad or Tehran
                if found:
                    end = m.tok_end
                continue
            if toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _HYPHEN_PARTICIPLES \
                    and folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-":
                # "the hallmarks of Iran-aligned militias": the militias, whom Iran is aligned with (the chain
                # goes on past it: "Iran-backed factions including Kataib Hezbollah")
                end = m.tok_end
                after = toks[m.tok_end : m.tok_end + 4]
                # ("U.S. officials blamed it on Iran-backed groups, Kataib Hezbollah first among them", "Iran-backed
                # groups such as Kataib Hezbollah")
                named_in = not found and (after[2:3] == [","] and after[1] in _GROUP_PLURALS or "such" in after)
                gap = 4 if "including" in after or named_in else max(gap, 2)
                if not found and after[1:2] and after[1] in MILITIA_NOUNS and after[2:3] \
                        and after[2] in ("of", "within", "inside"):
                    gap = 4  # "pointed the finger at Iran-aligned factions of the PMF": the body they belong to
                continue
            found.append((m, name, kind))
            end, gap = m.tok_end, 2
            if "including" in toks[m.tok_end : m.tok_end + 4]:
                gap = 4  # "Iran-backed factions including Kataib Hezbollah"
        return found

    # "the SDF, backed by Washington", "the US-backed SDF": the backer of a defending force backs no attacker
    defenders = [m for m, name, _kind in actors if name in _DEFENDING_FORCES]

    def backs_defender(cue: Match) -> bool:
        return any(0 <= cue.tok_start - d.tok_end <= 2 or 0 <= d.tok_start - cue.tok_end <= 1 for d in defenders)

    for cue in cats.get("sponsor_before", []):
        if backs_defender(cue):
            continue
        if toks[cue.tok_end : cue.tok_end + 1] and toks[cue.tok_end] in _FROM_IT:
            # "الحرس الثوري الإيراني والجماعات المدعومة منه": backed by the one named before the groups
            backer = sorted(((m, name) for m, name, kind in actors if 0 < cue.tok_start - m.tok_end <= 3),
                            key=lambda a: a[0].tok_end)
            for m, name in backer[-1:]:
                give(name, "sponsor", speaker)
                taken.add(id(m))
            continue
        for m, name, kind in chain_after(cue, actors + demonyms, 2):
            if not LISTED_AMONG.isdisjoint(toks[cue.tok_end : m.tok_start]):
                break  # "ميليشيات مدعومة من إيران، بينها كتائب حزب الله": the militias listed, not backers
            if kind == "source":
                break  # "groups backed by Iran's Revolutionary Guards, U.S. Central Command said": who tells it
            give(name, "sponsor", speaker)
            taken.add(id(m))
            if cue_word(cue, "sponsor_before") in _PROXY_WORDS and any(
                    0 <= cue.tok_start - b.tok_end <= 3 for b in cats.get("alleged_before", ())):
                give(name, "alleged", speaker)  # "تحمّل «وكلاء إيران» المسؤولية": blamed through its proxies
    for cue in cats.get("sponsor_after", []):
        hyphenated = folded.original[max(0, folded.to_original(cue.start) - 1)] == "-"
        arabic_or_proxy = cue_word(cue, "sponsor_after") in ("proxies", "proxy")
        if not (hyphenated or arabic_or_proxy) or backs_defender(cue):
            continue  # "Washington backed Israel" is not "Washington-backed"
        for m, name, kind in actors + demonyms:
            if 0 <= cue.tok_start - m.tok_end <= 1:
                if arabic_or_proxy and kind == "group":
                    continue  # "the attacks of its Houthi proxies": the group is the proxy, not its backer
                give(name, "sponsor", speaker)
                taken.add(id(m))
    announced_at = [c.tok_end for c in (*cats.get("claim", ()), *cats.get("speech", ())) if _announces(c)]
    for cue in cats.get("alleged_before", []):
        if cue_word(cue, "alleged_before") == "attributed to" and _utterance_attributed(toks, cue.tok_start):
            continue  # "A statement attributed to Kataib Hezbollah claimed the attack": its words, no blame
        if _blame_withheld(toks, t0, cue):
            continue  # "The Pentagon did not blame Iran", "declined to say whether the administration held Tehran"
        if _responsible_for_safety(toks, cue.tok_end, t1):
            continue  # "held Islamic State responsible for the pilot's safety": a warning, no attack blamed
        if toks[cue.tok_end : cue.tok_end + 1] and toks[cue.tok_end] in _NAME_WORDS_AR:
            continue  # "قناة تحمل اسم «المقاومة الإسلامية في العراق»": it bears the name, not the blame
        if toks[cue.tok_end : cue.tok_end + 1] == ["by"] and cue_word(cue, "alleged_before") in _HOLD:
            continue  # "villages held by Islamic State": who holds the ground, not whom anyone holds responsible
        if cue_word(cue, "alleged_before") in _BELONGS_TO_CUES and _ATTACKER_NOUNS.isdisjoint(
                toks[max(t0, cue.tok_start - 3) : cue.tok_start]):
            continue  # "a fighter belonging to Hezbollah was killed": belonging blames only an attacker's group
        if announced_at and cue_word(cue, "alleged_before") in _RESPONSIBILITY and any(
                0 <= cue.tok_start - a <= 10 and CLAUSE_BREAKS.isdisjoint(toks[a : cue.tok_start])
                and COMPLEMENTIZERS.isdisjoint(toks[a : cue.tok_start]) for a in announced_at):
            # "أعلن المتحدث العسكري ... مسؤولية الجماعة عن إطلاق الصاروخ": a responsibility announced is owned
            if not cats.get("negated_claim"):
                for m, name, kind in chain_after(cue, actors, 1)[:1]:
                    if kind == "group" or name in STRIKING_STATES:
                        give(name, "claimant", speaker)
                        taken.add(id(m))
            continue
        # "تحمّل فصائل مدعومة من إيران، وفي مقدمتها كتائب حزب الله، المسؤولية": the group named foremost among the
        # factions blamed
        window = toks[cue.tok_end : min(t1, cue.tok_end + 12)]
        lead = next((cue.tok_end + k for k, t in enumerate(window) if t in _FOREMOST), None)
        if lead is not None and not _UNNAMED_ACCUSED.isdisjoint(toks[cue.tok_end : lead]):
            for m, name, kind in actors:
                if kind == "group" and 0 < m.tok_start - lead <= 2 and id(m) not in taken:
                    give(name, "alleged", speaker)
                    taken.add(id(m))
        # "اتهم مسؤول أمني «خلايا نائمة» تابعة للتنظيم بتزويد المهاجمين", "نسبت الوزارة الهجوم إلى مسلحين يُشتبه
        # بانتمائهم لخلايا تنظيم داعش": unnamed men said to belong to a group are the group blamed
        # (past the accuser's title and an aside: "اتهم مسؤول أمني كردي آخر، طلب عدم الكشف عن اسمه، «خلايا نائمة»")
        unnamed = next((k for k in range(cue.tok_end, min(t1, cue.tok_end + 16)) if toks[k] in _UNNAMED_ACCUSED), None)
        if unnamed is not None:
            belongs = next((k for k in range(unnamed + 1, min(t1, unnamed + 5)) if toks[k] in _ACCUSED_BELONGING), None)
            for m, name, kind in actors if belongs is not None else ():
                if kind == "group" and 0 < m.tok_start - belongs <= 3 and id(m) not in taken:
                    give(name, "alleged", speaker)
                    taken.add(id(m))
                    break
        ends_clause = toks[cue.tok_end : cue.tok_end + 1] == [","] and cue.tok_end > t0
        # (and "..., which it held responsible for drone attacks": the one held is the antecedent)
        if toks[cue.tok_end : cue.tok_end + 1] in (["for"], ["of"]) or ends_clause \
                or toks[cue.tok_end : cue.tok_end + 2] == ["responsible", "for"]:
            # "Kataib Hezbollah, the militia that American officials have blamed for the strike": the antecedent
            # (also with nothing after the verb: "Kataib Hezbollah, which Kurdish officials privately accuse, ...")
            rel = next((i for i in range(cue.tok_start - 1, max(t0, cue.tok_start - 6 - points_before(toks, cue.tok_start, 6)) - 1, -1)
                        if toks[i] in RELATIVES and (not ends_clause or toks[i - 1 : i] == [","])), None)
            blamers = [m for m, _name, _kind in actors if 0 <= cue.tok_start - m.tok_end <= 2]
            if rel is None and blamers:
                # "Kataib Hezbollah, the Iran-backed militia the Pentagon blamed for the attack": no "that"
                j = max(blamers, key=lambda b: b.tok_end).tok_start - 1
                j -= toks[j : j + 1] == ["the"]
                if toks[j : j + 1] and toks[j] in MILITIA_NOUNS:
                    rel = j + 1
            antecedents = [(m, name) for m, name, kind in actors
                           if rel is not None and 0 <= rel - m.tok_end <= 10 and kind != "source" and id(m) not in taken]
            if antecedents:
                # "Kataib Hezbollah and Kataib Sayyid al-Shuhada, which he accused of": the whole list
                antecedents.sort(key=lambda a: a[0].tok_end)
                listed = [antecedents.pop()]
                while antecedents and 0 < listed[-1][0].tok_start - antecedents[-1][0].tok_end <= 2 and \
                        set(toks[antecedents[-1][0].tok_end : listed[-1][0].tok_start]) <= {"and", ",", "the", "or"}:
                    listed.append(antecedents.pop())
                for m, name in listed:
                    give(name, "alleged", speaker)
                    taken.add(id(m))
                continue
        # "accused armed groups inside the Popular Mobilization Forces of carrying out": the accused may be
        # named at the end of a longer phrase, which "of" then closes
        chain = chain_after(cue, actors + demonyms + forces, 3)
        if not chain and cue_word(cue, "alleged_before") in _ACCUSE_VERBS:
            chain = [a for a in chain_after(cue, actors + demonyms + forces, 5)  # ('"outlaw groups within X" of')
                     if [t for t in toks[a[0].tok_end : a[0].tok_end + 2] if t[:1] != '"'][:1] == ["of"]][:1]
        if not chain:
            # "blamed Shiite militias within the Popular Mobilization Forces": militias of a body, blamed with it
            chain = [a for a in chain_after(cue, actors + demonyms + forces, 5)[:1]
                     if not MILITIA_NOUNS.isdisjoint(toks[cue.tok_end : a[0].tok_start])
                     and toks[a[0].tok_start - 1 - (toks[a[0].tok_start - 1] == "the")] in ("within", "inside")]
        if not chain and cue_word(cue, "alleged_before") in _ARABIC_BLAME_VERBS:
            # "واتهم وزير الإعلام في الحكومة المعترف بها دولياً معمر الإرياني جماعة الحوثي المدعومة من إيران بإطلاق":
            # past the accuser's long title and name, the one the deed («بإطلاق») follows is accused
            deeds = [k for k in range(cue.tok_end, min(t1, cue.tok_end + 22)) if toks[k] in _BLAMED_DEEDS]
            accused = [(m, name) for m, name, kind in actors if kind != "source" and id(m) not in taken and deeds
                       and cue.tok_end < m.tok_start < deeds[0] and (CLAUSE_BREAKS.isdisjoint(toks[cue.tok_end : m.tok_start])
                                                                    or _statement_aside(toks[cue.tok_end : m.tok_start]))
                       and (deeds[0] - m.tok_end <= 1 or any(m.tok_end <= b.tok_start < deeds[0]
                                                              for b in cats.get("sponsor_before", ())))]
            for m, name in accused[:1]:
                give(name, "alleged", speaker)
                taken.add(id(m))
            if accused:
                continue
        said_by = speaker
        # "إن واشنطن تحمّل كتائب حزب الله المدعومة من إيران مسؤولية الهجوم": subject, verb, accused (the subject told
        # before the verb, as an actor or a capital standing for its government)
        subject_first = cue.tok_start > t0 and ARABIC_RE.match(toks[cue.tok_start]) and any(
            n.tok_end == cue.tok_start for n in (*cats.get("actor", ()), *cats.get("metonym", ()), *cats.get("demonym", ())))
        if cue_word(cue, "alleged_before") in _BLAME_PARTICIPLES or (
                subject_first and cue_word(cue, "alleged_before") in _ARABIC_BLAME_VERBS):
            # "..., متهماً الحوثيين المدعومين من إيران بالوقوف وراءها": the participle's subject was told before;
            # the accused follow it, and their backer is no second accused
            chain = [a for a in chain if not any(0 <= a[0].tok_start - b.tok_end <= 0
                                                 for b in cats.get("sponsor_before", ()))]
        elif cue_word(cue, "alleged_before") in _ARABIC_BLAME_VERBS:
            # Verb, subject, object: the first one blames the second, which may come after the
            # responsibility ("حمّلت واشنطن مسؤوليته لفصائل المقاومة").
            # (but "وحمّل المتحدث باسم الوزارة إيران المسؤولية": the title is whole before the accused, no body's)
            if chain and not _TITLE_NOUNS.isdisjoint(toks[cue.tok_end : chain[0][0].tok_start]) and not (
                    chain[0][0].tok_start - cue.tok_end >= 3 and toks[chain[0][0].tok_start - 2] == _IN_THE_NAME_OF) \
                    and not (toks[chain[0][0].tok_end : chain[0][0].tok_end + 1]
                             and toks[chain[0][0].tok_end] in _BLAMED_FOR):  # ("اتهم رئيس الحكومة اللبنانية إسرائيل بارتكاب")
                # "اتهم نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس الولايات المتحدة": the body in the subject's
                # title blames; the accused follows the name
                subject = chain[0]
                # ("اتهم زعيم الجماعة عبد الملك الحوثي «قوى خارجية»": the title holder's own name is no accused)
                chain = [subject] + [a for a in sorted(actors + demonyms + forces, key=lambda a: a[0].tok_start)
                                     if 0 < a[0].tok_start - subject[0].tok_end <= 6 and a[1] != subject[1]
                                     and CLAUSE_BREAKS.isdisjoint(toks[subject[0].tok_end : a[0].tok_start])][:1]
                if len(chain) == 1:
                    taken.add(id(subject[0]))
                    chain = []
            if len(chain) == 1:
                later = [a for a in sorted(actors + demonyms + forces, key=lambda a: a[0].tok_start)
                         if 0 < a[0].tok_start - chain[0][0].tok_end <= 4
                         and not _RESPONSIBILITY.isdisjoint(toks[chain[0][0].tok_end:a[0].tok_start])]
                if not later:
                    # "حمّل المتحدث باسم القائد العام الفريق قاسم عطا تنظيم داعش مسؤولية الهجوم": the speaker's
                    # name runs on; the one named right before the responsibility is blamed
                    # (or of the deed: "اتهم الحرس الثوري في بيان بثّه التلفزيون «الكيان الصهيوني الغاصب» باغتيال")
                    # (not its backer: "حمّل أوستن «كتائب حزب الله» المدعومة من إيران المسؤولية")
                    later = [a for a in sorted(actors + demonyms + forces, key=lambda a: a[0].tok_start)
                             if 0 < a[0].tok_start - chain[0][0].tok_end <= 8
                             and not any(0 <= a[0].tok_start - b.tok_end <= 1 for b in cats.get("sponsor_before", ()))
                             and (not _RESPONSIBILITY.isdisjoint([t for t in toks[a[0].tok_end : a[0].tok_end + 2]
                                                                  if t != '"'][:1])
                                  or (not _BLAMED_DEEDS.isdisjoint([t for t in toks[a[0].tok_end : a[0].tok_end + 4]
                                                                    if t != '"'][:2])
                                      and not (a[0].tok_start and toks[a[0].tok_start - 1] in _LOYAL_TO)))
                             and CLAUSE_BREAKS.isdisjoint(toks[chain[0][0].tok_end : a[0].tok_start])]
                chain = chain + later[:1]
            if len(chain) >= 2 and toks[chain[0][0].tok_end : chain[0][0].tok_end + 1] \
                    and toks[chain[0][0].tok_end] in _BLAMED_DEEDS:
                # "واتهمت طهران بتزويد الحوثيين بالصواريخ": the verb's subject told before; Tehran is the accused,
                # the Houthis only what it is accused of
                taken.add(id(chain[1][0]))
                chain = chain[:1]
            if len(chain) >= 2:
                said_by = chain[0][1]
                taken.add(id(chain[0][0]))  # the one who blames claims nothing by blaming ("في بيان")
                # "وحمّلت إسرائيل والولايات المتحدة «حزب الله» المسؤولية": subjects joined by "و" blame together
                while len(chain) >= 3 and coordinated(toks, chain[0][0], chain[1][0]) and chain[1][1] != chain[2][1]:
                    taken.add(id(chain[1][0]))
                    chain = chain[:1] + chain[2:]
                chain = chain[1:]
            elif chain and toks[chain[0][0].tok_end : chain[0][0].tok_end + 1] and \
                    toks[chain[0][0].tok_end] in _UNNAMED_ACCUSED:
                # "اتهمت واشنطن فصائل مسلحة موالية لإيران": Washington accuses factions it does not name
                said_by, chain = chain[0][1], []
            elif chain and chain[0][0].tok_start - cue.tok_end <= 1 and (mark := next(
                    (i for i in range(chain[0][0].tok_end, min(t1, chain[0][0].tok_end + 8)) if toks[i] in _RESPONSIBILITY),
                    None)) is not None and mark - chain[0][0].tok_end >= 2 \
                    and toks[chain[0][0].tok_end] in _ACCUSED_HEADS:
                # "حمّلت وزارة الدفاع التركية حزب العمال الكردستاني مسؤولية الهجوم": the one right after the verb
                # blames someone else named before the responsibility (here no actor of ours)
                said_by, chain = chain[0][1], []
            elif not chain:
                # The subject is no actor ("حمّلت وزارة داخلية الإقليم قوات الحشد الشعبي مسؤولية الهجوم",
                # "اتهم قائممقام الخالص بقايا عصابات داعش بتنفيذ الهجوم"): the one named right before
                # the responsibility or the deed is blamed.
                # (past a relative clause set off by commas: "حمّل العبادي، الذي رشقه غاضبون بالحجارة، «عصابات داعش»")
                reach = cue.tok_end + 14 + _relative_aside(toks, cue.tok_end, t1)
                quotes = [i for i in range(cue.tok_end, min(t1, cue.tok_end + 24)) if toks[i] == '"'][:2]
                if len(quotes) == 2 and quotes[0] - cue.tok_end <= 8:
                    reach = max(reach, quotes[1] + 2)  # (the accused's quoted words, however long, and what follows)
                marks = [i for i in range(cue.tok_end, min(t1, reach)) if toks[i] in _BLAMED_FOR]
                if marks:
                    # ("«عصابات داعش الإرهابية» بمحاولة": past the quote and an adjective)
                    # (or anywhere in the quote closed right before it: "«بقايا عصابات داعش الفارة من الصحراء
                    # الغربية» مسؤولية")
                    chain = [a for a in actors + demonyms + forces
                             if cue.tok_end <= a[0].tok_start and 0 <= marks[0] - a[0].tok_end
                             and ((marks[0] - a[0].tok_end <= 3
                                   and sum(1 for t in toks[a[0].tok_end : marks[0]] if t != '"') <= 1)
                                  or _quoted_up_to(toks, cue.tok_end, a[0], marks[0]))][-1:]
                    if not chain:
                        # (or a group described after its name: "«فلول عصابات داعش» المختبئة في بساتين المنطقة
                        # مسؤولية القصف")
                        chain = [a for a in actors if a[2] == "group" and cue.tok_end <= a[0].tok_start
                                 and 0 < marks[0] - a[0].tok_end <= 8
                                 and CLAUSE_BREAKS.isdisjoint(toks[cue.tok_end : marks[0]])
                                 and toks[a[0].tok_start - 1] not in _TITLE_NOUNS  # (not "زعيم الحوثيين")
                                 # (nor a name before the quoted accused: "عبد الملك الحوثي ... «قوى إقليمية» مسؤولية")
                                 and '"' not in toks[a[0].tok_end + 1 : marks[0]]][-1:]
        if chain and _accused_of_no_attack(toks, chain[-1][0].tok_end) and not any(
                (chain[-1][1], role) in roles for role in ("claimant", "alleged")):
            # "اتهام أنقرة الحكومةَ العراقية بـ«التقاعس»": of failing, not of an attack (but the striker accused of
            # "seeking to destabilise the country" is blamed for the strike)
            continue
        for m, name, kind in chain:
            if toks[m.tok_end : m.tok_end + 2] == ["of", "being"]:
                continue  # "accused the SDF of being the Syrian branch of the PKK": not of an attack
            if toks[m.tok_start - 1 : m.tok_start] in (["killed"], ["killing"]):
                continue  # "a strike ordered by President Donald Trump killed Iranian general Qassem Soleimani": whose man
            if id(m) not in taken and kind != "source":
                give(name, "alleged", said_by)
                taken.add(id(m))
        if phrase_start(toks[cue.tok_end : min(t1, cue.tok_end + 6)], _GROUP_PAIR) is not None:
            # "الولايات المتحدة تحمّل الجماعتين المسؤولية": the last two groups named before
            for name in _two_groups_named(roles, actors, cue.tok_start):
                give(name, "alleged", said_by)
    for cue in cats.get("perpetrated_by", []):
        # "these attacks, which militias affiliated with PMF factions carry out": the doer named after attacks
        # (or the struck side's word for the attack, in its condemnation: "denounced what they called a flagrant
        # aggression by the Israeli occupation")
        # (the attack named by its weapon too: «الغارات الجوية التي شنّتها طائرات النظام السوري»)
        if not any(0 <= cue.tok_start - a.tok_end <= 6 for a in (*cats.get("attack", ()), *cats.get("weapon", ()))) \
                and not (cue_word(cue, "perpetrated_by") in _STRUCK_SIDES_WORDS
                and not (_REACTIONS.isdisjoint(sentence) and _DESCRIBED.isdisjoint(sentence))):
            continue
        # (not the target after "على": "الضربات الجوية التي يشنّها التحالف على مواقع التنظيم")
        # (a land by its adjective too: 'a "war crime" committed by "the American enemy"')
        # (an Arabic one as its aircraft's: «التي شنّتها طائرات روسية»)
        # (or as the struck side's enemy: «جريمة حرب ارتكبها «العدو الأمريكي»»)
        lands = [d for d in demonyms if d[1] in STRIKING_STATES and (
            toks[d[0].tok_start].isascii() or toks[d[0].tok_start - 1] in AIRCRAFT_WORDS
            or not HOSTILE_LABELS.isdisjoint([t for t in toks[max(0, d[0].tok_start - 2) : d[0].tok_start] if t != '"'][-1:]))]
        # (nor who helped the doer: «التي تنفذها القوات الأمنية بمساندة الحشد الشعبي»)
        after = sorted((a for a in actors + lands
                        if 0 <= a[0].tok_start - cue.tok_end <= 7 and a[2] != "source"
                        and _ATTACKED_PREPOSITIONS.isdisjoint(toks[cue.tok_end : a[0].tok_start])
                        and _HELPED_BY.isdisjoint(toks[cue.tok_end : a[0].tok_start])),
                       key=lambda a: a[0].tok_start)
        # (its forces right after it: «اعتداء مرفوض» نفّذته القوات الأمريكية من دون علم الحكومة العراقية)
        force = next((f for f in forces if 0 <= f[0].tok_start - cue.tok_end <= 1), None)
        # (but not in its own count: "ترفع إلى 15 عدد الغارات التي نفذتها القوات الأمريكية", its command said)
        teller = speaker or previous_speaker
        if force is not None and not any(a[0].tok_start < force[0].tok_start for a in after) \
                and VOICE_OF.get(teller or "", teller) != force[1]:
            after = [force]
        listed = after[:1]
        for m, name, kind in after[1:]:
            if coordinated(toks, listed[-1][0], m):
                listed.append((m, name, kind))
        for m, name, _kind in listed:
            if id(m) not in taken:
                give(name, "alleged", speaker)
                taken.add(id(m))
    # "Pompeo called it \"an act of war\" by Iran": the attack named as an act of war or aggression by someone
    for i in range(t0 + 2, t1 - 1) if "act" in sentence and "by" in sentence else ():
        if toks[i] in _ACTS and toks[i - 2 : i] == ["act", "of"]:
            by = i + 1 + (toks[i + 1] == '"')
            if toks[by : by + 1] == ["by"]:
                for m, name, kind in actors:
                    if id(m) not in taken and kind != "source" and 1 <= m.tok_start - by <= 2:
                        give(name, "alleged", speaker)
                        taken.add(id(m))
    # "ولم يعلن حزب الله مسؤوليته، لكن الجيش الإسرائيلي حمّله المسؤولية": the group named before is blamed
    for i in range(t0, t1) if not _BLAME_PRONOUN_VERBS.isdisjoint(sentence) else ():
        # (with the responsibility after it: "حملة" is also "a campaign")
        if toks[i] in _BLAME_PRONOUN_VERBS and not _RESPONSIBILITY.isdisjoint(toks[i + 1 : i + 4]):
            named = [(m, name) for m, name, kind in actors if kind == "group" and m.tok_end <= i - 1
                     and id(m) not in taken]
            if named:
                m, name = max(named, key=lambda a: a[0].tok_end)
                give(name, "alleged", speaker)
                taken.add(id(m))
    # "رغم أن أسلوب تنفيذها يحمل بصماته", "the attack bore its hallmarks": the group named before
    for i in range(t0, t1) if not _HALLMARKS_OF_IT.isdisjoint(sentence) else ():
        if toks[i] in _HALLMARKS_OF_IT and (toks[i] != "hallmarks" or toks[i - 1 : i] in (["its"], ["their"])):
            named = [(m, name) for m, name, kind in actors if kind == "group" and m.tok_end <= i and id(m) not in taken]
            if named:
                m, name = max(named, key=lambda a: a[0].tok_end)
                give(name, "alleged", speaker)
                taken.add(id(m))
    # "officials attributed the attack on Tower 22 to Kataib Hezbollah", "blamed the strike on Israel".
    attributed_ends: set[int] = set()
    for m, name, kind in sorted(actors + demonyms + forces, key=lambda a: a[0].tok_start):
        if id(m) in taken or kind == "source":
            continue
        if m.tok_start >= 2 and toks[m.tok_start - 1] in CONJUNCTIONS and m.tok_start - 1 in attributed_ends:
            # "attribute most of the attacks to Kataib Hezbollah and Harakat al-Nujaba": the list
            give(name, "alleged", speaker)
            taken.add(id(m))
            attributed_ends.add(m.tok_end)
            continue
        before = [t for t in toks[max(0, m.tok_start - 6) : m.tok_start] if t[:1] != '"']  # «quotes» aside
        # "إلى خلايا تنظيم «داعش»", "to the group", "إلى طائرات حربية روسية", "on the government of President Bashar
        # al-Assad"
        for _ in range(4):
            if before[-1:] and (before[-1] == "the" or before[-1] in SUBJECT_HEADS or before[-1] in _ATTRIBUTED_MEANS
                                or before[-1] in _RULER_WORDS):
                before = before[:-1]
        # "إلى مسلحين يُشتبه بانتمائهم لخلايا تنظيم داعش": to men said to belong to it
        belongs = next((i for i in range(len(before) - 1, 0, -1) if before[i] in _ACCUSED_BELONGING), None)
        men = next((i for i in range(belongs - 1, max(-1, belongs - 3), -1) if before[i] in _UNNAMED_ACCUSED), None) \
            if belongs is not None else None
        if men is not None:
            before = before[:men]
        if before[-1:] and before[-1] in _ATTRIBUTED_TO and not _ATTRIBUTED.isdisjoint(
                toks[max(t0, m.tok_start - 14) : m.tok_start - 1]) \
                and before[-2:-1] not in (["loyal"], ["close"], ["allied"], ["aligned"]) \
                and not (before[-2:-1] == ["attributed"] and _utterance_attributed(before, len(before) - 2)):
            # (not "loyal to Tehran", nor "a statement attributed to Kataib Hezbollah": its words)
            give(name, "alleged", speaker)
            taken.add(id(m))
            attributed_ends.add(m.tok_end)
    # "which U.S. officials said was carried out by a Syrian Su-22 jet": the land whose aircraft did it
    for m, name, _kind in demonyms:
        if id(m) in taken or name not in STRIKING_STATES or toks[m.tok_start - 2 : m.tok_start] not in (
                ["by", "a"], ["by", "an"]) or _BY_ITS_AIRCRAFT.isdisjoint(toks[m.tok_end : m.tok_end + 4]):
            continue
        if any(v.tok_end == m.tok_start - 2 for v in (*cats.get("agent_verb", ()), *cats.get("conduct", ()))):
            give(name, "alleged", speaker)
            taken.add(id(m))
    # "Tehran bore responsibility for attacks carried out by its proxies": the state before "its proxies" backs them
    for k in range(t0 + 1, t1) if "proxies" in sentence else ():
        if toks[k] == "proxies" and toks[k - 1] in ("its", "their"):
            states = [(m, name) for m, name, kind in actors if kind == "state" and m.tok_end <= k - 1]
            if states:
                give(max(states, key=lambda a: a[0].tok_end)[1], "sponsor", speaker)
    # "ورجّح المرصد أن تكون الطائرات المغيرة روسية", "ورجّح أن تكون إسرائيل وراءها": who is thought to have struck
    for k in range(t0, t1) if not _LIKELY_VERBS.isdisjoint(sentence) else ():
        if toks[k] not in _LIKELY_VERBS:
            continue
        # (or "غارات «يُرجّح أنها روسية»": likely to be Russian)
        j = next((j for j in range(k + 1, min(t1 - 1, k + 6)) if toks[j] == "ان" and toks[j + 1] in ("تكون", "يكون")
                  or toks[j] in ("انها", "انه", "انهم")), None)
        if j is None:
            continue
        start = j + 2 if toks[j] == "ان" else j + 1
        for m, name, kind in sorted(actors + demonyms, key=lambda a: a[0].tok_start):
            if start <= m.tok_start <= start + 3 and kind != "source" and id(m) not in taken:
                give(name, "alleged", speaker)
                taken.add(id(m))
                break
    for m, name, _kind in demonyms:
        # "warplanes that the Observatory said were Russian": the state others say struck
        if toks[max(t0, m.tok_start - 2) : m.tok_start] in (["said", "were"], ["said", "was"], ["says", "were"],
                                                              ["says", "was"]) and id(m) not in taken:
            give(name, "alleged", speaker)
            taken.add(id(m))
        # "an Iranian-made Samad-3", "assessed the drone to be of Iranian origin", "طائرة إيرانية الصنع": the weapon
        # is laid at the door of the land that made it (the corpus counts supplying weapons as blame)
        elif id(m) not in taken and (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _MADE_WORDS
                                     or toks[m.tok_start - 1 : m.tok_start] == ["of"]
                                     and toks[m.tok_end : m.tok_end + 1] == ["origin"]
                                     or toks[max(t0, m.tok_start - 2) : m.tok_start] == _MADE_BY_AR):
            give(name, "alleged", speaker)
            taken.add(id(m))
    # "judged that the drone had been made in Iran", «طائرة مسيّرة مصنوعة في إيران»: the same, by the land's name
    for m, name, kind in actors if "weapon" in cats else ():
        if kind == "state" and id(m) not in taken and toks[max(t0, m.tok_start - 2) : m.tok_start] in _MADE_IN:
            give(name, "alleged", speaker)
            taken.add(id(m))
    # "The group claimed the bombings. Iraqi officials had already pinned the blame on it": the group told before
    if last_group and "blame" in sentence and any(
            toks[k] == "blame" and toks[k + 1 : k + 3] in (["on", "it"], ["on", "them"]) for k in range(t0, t1 - 2)):
        give(last_group, "alleged", speaker)
    # "Israel, which was widely blamed, has not confirmed a role": blamed in a passive relative
    for m, name, kind in actors if "blamed" in sentence or "suspected" in sentence else ():
        after = toks[m.tok_end : m.tok_end + 7]
        if kind != "source" and id(m) not in taken and after[:2] in ([",", "which"], [",", "who"]) and any(
                after[k : k + 1] in (["was"], ["is"], ["been"]) and not {"blamed", "suspected"}.isdisjoint(after[k + 1 : k + 3])
                for k in range(2, 5)):
            give(name, "alleged", speaker)
            taken.add(id(m))
    # "Kataib Hezbollah, which the Pentagon says carried out the Tower 22 attack": the antecedent is blamed
    for m, name, kind in actors:
        if kind != "group" or id(m) in taken or toks[m.tok_end : m.tok_end + 2] not in ([",", "which"], [",", "who"]):
            continue
        said = next((c for c in cats.get("speech", ()) if 0 < c.tok_start - m.tok_end <= 6), None)
        # (or "... Kataib Sayyid al-Shuhada, which he said had been involved in the drone attacks")
        if said is not None and (not _OWN_STRIKE_VERBS.isdisjoint(toks[said.tok_end : said.tok_end + 3])
                                 or not _INVOLVED.isdisjoint(toks[said.tok_end : said.tok_end + 4])):
            give(name, "alleged", speaker)
            taken.add(id(m))
            listed = m  # ("Kataib Hezbollah and Kataib Sayyid al-Shuhada, which he said": both)
            for o, o_name, o_kind in sorted(actors, key=lambda a: a[0].tok_end, reverse=True):
                if o_kind == "group" and id(o) not in taken and o.tok_end <= listed.tok_start and coordinated(toks, o, listed):
                    give(o_name, "alleged", speaker)
                    taken.add(id(o))
                    listed = o
    # "Iraq condemned what it called a Turkish attack", "ندّد ... بالعدوان الأمريكي البريطاني": whoever
    # condemns a state's attack blames that state.
    # ("وصفت دمشق الضربات الإسرائيلية بأنها «عدوان سافر»", "called the Israeli raids "a blatant aggression"": so too
    # whoever calls it an aggression)
    described = not _DESCRIBED.isdisjoint(sentence) and not _NAMED_AGGRESSION.isdisjoint(sentence)
    # "Lebanese President Joseph Aoun said the repeated Israeli strikes were a flagrant violation of the agreement": the
    # deed said to be one, after the speech verb
    said_to_be = next((t0 + i for i, tok in enumerate(sentence) if tok in BE_FORMS
                       and not _NAMED_AGGRESSION.isdisjoint(sentence[i + 1 : i + 4])), None) \
        if "speech" in cats and not BE_FORMS.isdisjoint(sentence) else None
    if said_to_be is None and "speech" in cats and not _NAMED_AGGRESSION.isdisjoint(sentence):
        # Arabic says it with no verb: "وقال الناطق إن الضربات الأمريكية تصعيد خطير واعتداء على سيادة البلاد"
        said_to_be = next((m.tok_end for m in cats.get("demonym", ()) if ARABIC_RE.match(toks[m.tok_start])
                           and not _NAMED_AGGRESSION.isdisjoint(toks[m.tok_end : m.tok_end + 5])), None)
    if said_to_be is not None:
        described = True
    if described or not _REACTIONS.isdisjoint(sentence):
        reacted = [t0 + i for i, tok in enumerate(sentence) if tok in _REACTIONS or (described and tok in _DESCRIBED)]
        if said_to_be is not None:
            reacted += [c.tok_end - 1 for c in cats["speech"] if c.tok_end <= said_to_be]
        deeds = (*cats.get("attack", ()), *cats.get("weapon", ()))
        # (a land's name before its deed as its adjective: "called the U.S. strikes an unacceptable violation")
        # (or before a word for it: "denounced the U.S. action as a violation of international law")
        named_before_deed = [(m, name, kind) for m, name, kind in actors if kind == "state" and toks[m.tok_start].isascii()
                             and (any(a.tok_start == m.tok_end for a in deeds)
                                  or toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _CONDEMNED_DEEDS)]
        # (or its forces, after the deed and "by": 'denounced "an unprovoked attack" by the international coalition')
        forces_by = [f for f in forces if _deed_by(toks, t0, f[0].tok_start, _FORCES_DEEDS)]
        for m, name, kind in demonyms + named_before_deed + forces_by:
            if toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _LAND_NOUNS:
                continue  # ("an assault on Iraqi sovereignty": the land wronged)
            # (an Arabic adjective follows its deed: "ودانت الخارجية الأمريكية الهجوم" is the ministry's, not the attack's)
            # (told further on: past the quoted deed and "by")
            deed_by = _deed_by(toks, t0, m.tok_start) or any(m is f for f, _n, _k in forces_by)
            # (past a long title: «ووصف المتحدث باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول الضربة
            # الأمريكية بأنها «انتهاك سافر»»: the deed, its adjective, then what it is called)
            called_as = ARABIC_RE.match(toks[m.tok_start]) and toks[m.tok_end : m.tok_end + 1] \
                and toks[m.tok_end] in _CALLED_AS_AR
            if id(m) not in taken and name in STRIKING_STATES \
                    and any(0 < m.tok_start - r <= (14 if deed_by or called_as else 10) for r in reacted) \
                    and (any(abs(a.tok_start - m.tok_end) <= 1 and not ARABIC_RE.match(toks[m.tok_start])
                             or abs(m.tok_start - a.tok_end) <= 1 for a in deeds)
                         or not _CONDEMNED_DEEDS.isdisjoint(toks[max(t0, m.tok_start - 1) : m.tok_start if ARABIC_RE.match(
                             toks[m.tok_start]) else m.tok_end + 2]) or deed_by):
                # (an Arabic land's deed comes before its adjective: «ووصفت الحكومة العراقية الضربة» is the government's)
                give(name, "alleged", speaker)
                taken.add(id(m))
        # "أدانت الخارجية السورية الغارات التي شنتها إسرائيل", "condemned the strikes carried out by Israel": the doer of
        # the deed condemned, named after it
        for m, name, kind in actors:
            if id(m) in taken or kind != "state" or name not in STRIKING_STATES \
                    or not any(0 < m.tok_start - r <= 10 for r in reacted):
                continue
            done_by = (m.of("actor") and any(0 <= m.tok_start - p.tok_end <= 1 for p in cats.get("perpetrated_by", ()))) \
                or (toks[m.tok_start - 1 : m.tok_start] == ["by"]
                    and any(0 <= m.tok_start - 1 - c.tok_end <= 1 for c in cats.get("conduct", ())))
            if done_by:
                give(name, "alleged", speaker)
                taken.add(id(m))
    # "أن «عدواناً أمريكياً سافراً» استهدف القاعدة", "this American aggression": the attacked side names the striker
    # by its aggression, which blames it (whether or not it also owns the strike)
    # (not a cause, "ورداً على العدوان الأمريكي", nor a war, "حتى يتوقف العدوان الإسرائيلي على قطاع غزة")
    # (past another land's adjective: «عدوان صهيوني أمريكي», "the American-British aggression")
    # (or told of an attack already owned or blamed: «ووصف المتحدث الضربة بأنها «اعتداء أمريكي» على السيادة»)
    told_before = any(role in ("claimant", "alleged") for _n, role in roles)
    if (event and not AGGRESSION.isdisjoint(sentence)) or (told_before and not _AGGRESSION_OR_ASSAULT.isdisjoint(sentence)):
        adjective_at = {k for d, _n, _k in demonyms for k in range(d.tok_start, d.tok_end)}
        for m, name, kind in demonyms:
            before = m.tok_start - 1
            while before > t0 and before in adjective_at:
                before -= 1
            if name in STRIKING_STATES and id(m) not in taken and (
                    toks[before] in _AGGRESSION_OR_ASSAULT and before >= t0
                    or not _AGGRESSION_OR_ASSAULT.isdisjoint(toks[m.tok_end : m.tok_end + 1])
                    or toks[m.tok_end + 1 : m.tok_end + 2] and toks[m.tok_end + 1] in AGGRESSION
                    and folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-") \
                    and not contains_phrase(toks[max(t0, m.tok_start - 5) : m.tok_start], RESPONSE_BEFORE) \
                    and _AGGRESSION_AS_CAUSE.isdisjoint(toks[max(t0, m.tok_start - 5) : m.tok_start]) \
                    and _AGGRESSION_GOES_ON.isdisjoint(toks[m.tok_end : m.tok_end + 3]) \
                    and not any(0 <= p.tok_start - m.tok_end <= 4 and is_background_place(toks, p)
                                for p in cats.get("place", ())):
                give(name, "alleged", speaker)
    # "said the attacks had been carried out with Iranian support": the land whose help the attackers had
    for m, name, kind in demonyms if "with" in sentence else ():
        if name in STRIKING_STATES and id(m) not in taken and toks[m.tok_start - 1 : m.tok_start] == ["with"] \
                and toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _HELP_WORDS \
                and (event or attack_told_before):
            give(name, "alleged", speaker)
            taken.add(id(m))
    # "قصفوا كريات شمونة رداً على المجزرة التي ارتكبها الجيش الإسرائيلي مساء الأحد على طريق عيناثا": the one
    # who answers an attack told with its day, town or dead blames the state or group that did it (not "رداً
    # على جرائم العدو بحق أهلنا في غزة", a cause).
    response = phrase_start(sentence, RESPONSE_BEFORE)
    if response is not None:
        opened = t0 + response + 2
        told = [t0 + response + i for i, tok in enumerate(sentence[response:]) if tok in CLAUSE_BREAKS]
        closed = min([t for t in told if t > opened] + [t1, opened + 20])
        dated = bool(find_dates(toks[opened:closed], published))
        specific = dated or not contains_phrase(toks[opened:closed], BACKGROUND_BEFORE) and (any(
            opened <= m.tok_start < closed for m in (*cats.get("killed", ()), *cats.get("injured", ()))) or any(
            opened <= m.tok_start < closed and any(p.kind in SPECIFIC_KINDS for p in m.places)
            for m in cats.get("place", ())))
        for m, name, kind in (actors + demonyms + forces) if specific else ():
            if opened <= m.tok_start < closed and id(m) not in taken and kind != "source" \
                    and (kind == "group" or name in STRIKING_STATES) and name != speaker \
                    and _VICTIM_BEFORE.isdisjoint(toks[max(opened, m.tok_start - 3) : m.tok_start]):
                # (not "in retaliation for the killing of Hezbollah leader Hassan Nasrallah": the one killed)
                give(name, "alleged", speaker)
                taken.add(id(m))
    # "Washington saw Kataib Hezbollah as the most likely culprit", "X remained a prime suspect".
    suspect_at = [] if _SUSPECT_WORDS.isdisjoint(sentence) and "candidate" not in sentence else [
        t0 + i for i, tok in enumerate(sentence) if tok in _SUSPECT_WORDS
        # "Kataib Hezbollah was 'a likely candidate' for the strike" (not a presidential candidate)
        or tok == "candidate" and i and sentence[i - 1] in _LIKELY_ADJECTIVES
        and not {"was", "is", "as", "were", "remained", "remains"}.isdisjoint(sentence[max(0, i - 5) : i - 1])]
    for i in suspect_at:
        # "Washington suspected Kataib Hezbollah", "officials said they suspect X": a verb, its object suspected
        # (not "suspected Iran-backed militants", "suspected IS members": an adjective)
        after = [(m, name) for m, name, kind in actors if 0 <= m.tok_start - (i + 1) <= 1 and kind != "source"]
        if after and toks[i - 1 : i] and (toks[i - 1] in _SUSPECTING or any(
                0 <= i - m.tok_end <= 1 for m, _n, _k in actors)):
            m, name = after[0]
            if id(m) not in taken:
                give(name, "alleged", speaker)
                taken.add(id(m))
    suspect_at = [i for i in suspect_at if not any(0 <= m.tok_start - i <= 2 for m, _n, _k in actors)
                  # (not "a suspect had been identified", "three suspects were arrested": the men the police hold)
                  and not (toks[i - 1] in _A_SUSPECT and toks[i + 1 : i + 2] in (["had"], ["has"], ["was"], ["were"],
                                                                                   ["is"], ["are"], [","], ["."]))]
    if suspect_at:
        # (not "Washington has not publicly named a culprit": the one who names none)
        before = [(m, name) for m, name, kind in actors
                  if kind != "source" and id(m) not in taken and any(0 <= i - m.tok_end <= 14 for i in suspect_at)
                  and "not" not in toks[m.tok_end : m.tok_end + 3]]
        if before:  # the nearest one not already given a role ("X, an Iran-backed militia, as the culprit")
            m, name = max(before, key=lambda a: a[0].tok_end)
            give(name, "alleged", speaker)
            taken.add(id(m))
    for cue in cats.get("alleged_after", []):
        if _blame_withheld(toks, t0, cue):
            continue  # "... declined to say whether the administration held Tehran responsible"
        if toks[cue.tok_start - 1 : cue.tok_start] and toks[cue.tok_start - 1] in _STAND_WORDS:
            continue  # "as long as Washington stood behind Israel's war": support, not blame
        if phrase_start(toks[max(t0, cue.tok_start - 3) : cue.tok_start], _GROUP_PAIR) is not None:
            for name in _two_groups_named(roles, actors, cue.tok_start):  # "وقال إن هاتين الجماعتين تقفان وراء هجوم"
                give(name, "alleged", speaker)
            continue
        if _responsible_for_safety(toks, cue.tok_start, t1):
            continue  # "Islamic State is responsible for the pilot's safety": a warning, no attack blamed
        # "Israel, which is widely believed to be behind the strike": the belief carries the blame back.
        # ("Kataib Sayyid al-Shuhada, which he said were among the groups behind": a relative clause that tells it)
        told = toks[max(0, cue.tok_start - 6) : cue.tok_start]
        reach = 9 if not _BELIEVED.isdisjoint(told[1:]) or (
            not RELATIVES.isdisjoint(told) and not _SAID_WORDS.isdisjoint(told)) else 3
        if toks[cue.tok_start] in _STAND_BEHIND_MANY:
            reach = 6  # "«كتائب حزب الله» وفصيلاً مسلحاً آخر يقفان وراءه": a dual's subject is two, the last one further back
        elif toks[cue.tok_start - 1 : cue.tok_start] in (["were"], ["was"]) and not _WHERE_THEY_ARE.isdisjoint(
                toks[max(0, cue.tok_start - 14) : cue.tok_start]) and "," not in toks[max(0, cue.tok_start - 14) : cue.tok_start]:
            reach = 14  # '"Daesh remnants" hiding in the valleys and orchards south of the city were responsible'
        # "Kataib Hezbollah and Harakat al-Nujaba, two of the best-armed factions in the Islamic Resistance, were
        # behind the wave": the subject before the apposition, not the group inside it
        # (and «أن كتائب حزب الله، إحدى الفصائل المدعومة من إيران، تقف وراء هذه الهجمات»: the comma right before)
        closing = cue.tok_start - 1 if toks[cue.tok_start] in ("were", "was") or toks[cue.tok_start - 1] == "," \
            else cue.tok_start - 2 if toks[cue.tok_start - 1 : cue.tok_start] in (["were"], ["was"]) else -1
        apposition = next((k for k in range(closing - 1, max(0, closing - 18), -1) if toks[k] == ","), None) \
            if closing > 0 and toks[closing] == "," else None
        if apposition is not None:
            reach = max(reach, cue.tok_start - apposition)
        # ("«كتائب حزب الله» المدعومة من إيران تقف وراء": the backer told between is neither blamed nor counted)
        backed = [b for b in cats.get("sponsor_before", ()) if b.tok_end <= cue.tok_start]
        backers = {id(m) for m, _n, _k in actors for b in backed if 0 <= m.tok_start - b.tok_end <= 1}
        before = [(m, name) for m, name, kind in actors
                  if (0 <= cue.tok_start - m.tok_end - sum(
                      b.tok_end - b.tok_start + 1 for b in backed if m.tok_end <= b.tok_start) <= reach
                      # "Iran would be \"held fully responsible\"": a passive holding, however long
                      or (m.tok_end < cue.tok_start and "held" in toks[m.tok_end : cue.tok_start] and {
                          t for t in toks[m.tok_end : cue.tok_start] if t[:1] != '"'} <= _HELD_PASSIVE))
                  and kind != "source" and id(m) not in backers
                  and not (apposition is not None and m.tok_start > apposition)
                  # "فصائل موالية لإيران بالوقوف وراء الهجوم": the factions are blamed, not Iran they are loyal to
                  and not (m.tok_start and toks[m.tok_start - 1] in _LOYAL_TO)
                  # "مواقع لفصائل عراقية قالت واشنطن إنها مسؤولة عن": the one who says "that it is", not "it"
                  and not (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in COMPLEMENTIZERS
                           and any(0 <= m.tok_start - c.tok_end <= 1 for c in cats.get("speech", ())))
                  # "لم تحدد واشنطن الجهة التي تقف وراء الهجوم": the unnamed party the relative is about
                  # (not "كتائب حزب الله وكتائب سيد الشهداء، اللتين تقفان وراء": a relative right after the name is on it)
                  and not any(toks[k] in _RELATIVES_AR and any(t not in (",", '"') for t in toks[m.tok_end : k])
                              for k in range(m.tok_end, cue.tok_start))]
        accusers = [(m, name) for m, name in before if m.tok_start and toks[m.tok_start - 1] in _BLAME_PRONOUN_VERBS]
        if accusers:
            # "كتائب حزب الله، التي تتهمها واشنطن بالوقوف وراء": the verb's pronoun is the one accused, named before
            # the relative; the one after the verb accuses
            m_accuser, accuser = accusers[-1]
            taken.add(id(m_accuser))
            rel = m_accuser.tok_start - 2
            antecedent = [(m, name) for m, name, kind in actors if kind != "source" and rel >= 0
                          and toks[rel] in RELATIVES and 0 <= rel - m.tok_end <= 2]
            for m, name in antecedent[-1:]:
                give(name, "alleged", accuser)
                taken.add(id(m))
            continue
        # "Kataib Hezbollah said it was responsible for the attack", "... said its fighters were responsible": it owns it
        own = 3 if toks[cue.tok_start - 3 : cue.tok_start - 2] == ["its"] and toks[cue.tok_start - 2] in ITS_FORCES else 2
        said_at = cue.tok_start - own - 1
        if said_at > t0 and toks[said_at] in _SAID_WORDS and toks[cue.tok_start - 1] in ("was", "is", "were", "are") \
                and (own == 3 or toks[cue.tok_start - 2] in ("it", "they")):
            for m, name, kind in actors:
                if 0 <= said_at - m.tok_end <= 1 and id(m) not in taken and (kind == "group" or name in STRIKING_STATES):
                    give(name, "claimant")
                    taken.add(id(m))
            continue
        if toks[cue.tok_start - 1 : cue.tok_start] in (["it"], ["them"], ["they"]) and before:
            # "Israel has not confirmed the strike, though Tehran holds it responsible": "it" is the actor
            # named before the one who holds
            holder = max(before, key=lambda a: a[0].tok_end)
            # (past those who hold it with the holder: "but Hezbollah and Tehran both held it responsible")
            holders = [holder[0]]
            for m, _name, _kind in sorted(actors, key=lambda a: a[0].tok_end, reverse=True):
                if m.tok_end <= holders[-1].tok_start and coordinated(toks, m, holders[-1]):
                    holders.append(m)
            earlier = [(m, name) for m, name, kind in actors if m.tok_end <= holders[-1].tok_start and kind != "source"
                       and name != holder[1]]
            before = [max(earlier, key=lambda a: a[0].tok_end)] if earlier else []
        if before:  # "Washington holds Iran responsible": only the nearest is blamed, with those listed with it
            listed = [max(before, key=lambda a: a[0].tok_end)]  # ("كتائب حزب الله وحركة النجباء تقفان وراء")
            # (listed further back: "Kataib Hezbollah and Harakat al-Nujaba are behind the group")
            earlier = [(m, name) for m, name, kind in actors if kind != "source" and m.tok_end <= listed[0][0].tok_start
                       and (m, name) not in before and not (m.tok_start and toks[m.tok_start - 1] in _LOYAL_TO)]
            for m, name in sorted(before + earlier, key=lambda a: a[0].tok_end, reverse=True)[1:]:
                if coordinated(toks, m, listed[-1][0]):
                    listed.append((m, name))
            for m, name in listed:
                if id(m) not in taken:
                    # (the group's own spokesman saying "the group was behind the attack" owns it)
                    own = name == speaker and name in _GROUPS and "anaphor" in m.by_category and "actor" not in m.by_category \
                        and any(other == name and o is not m and o.tok_end <= m.tok_start for o, other, _k in actors)
                    give(name, "claimant" if own else "alleged", speaker)
                    taken.add(id(m))

    heard_so_far = set(voices)
    reported: list[str] = []
    claimed = _claimants(folded, toks, t1, matches, cats, actors, demonyms, taken, event, concrete, speaker,
                         voices, reported, {name for name, role in roles if role in ("claimant", "alleged")}, t0,
                         outlet_state)
    if its_jets_struck and event and concrete and jets_owner not in claimed:
        claimed.append(jets_owner)
    # "Kataib Hezbollah posted a video on Telegram. It said its fighters had fired rockets at Ain al-Asad": "It" is the
    # group that spoke or was named before (also after an opening phrase: "In a statement signed by the 'Quneitra
    # martyrs group,' it said its fighters had fired"), when no one else spoke before
    it_said = next((c.tok_start + 1 for c in _tellings(cats)
                    if c.tok_start > t0 and toks[c.tok_start - 1] == "it"
                    and (c.tok_start - 1 == t0 or toks[c.tok_start - 2] in (",", '"'))
                    and not any(m.tok_start < c.tok_start for m, _n, _k in actors)), None)
    referent = previous_speaker if previous_speaker in _GROUPS else group_before if previous_speaker is None else None
    if it_said is not None and event and concrete and referent is not None and referent not in claimed \
            and _speaks_of_itself(toks[it_said : min(t1, it_said + 6)]) \
            and not _OWN_STRIKE_VERBS.isdisjoint(toks[it_said : min(t1, it_said + 8)]) \
            and not _own_dead_told_en(toks[it_said : min(t1, it_said + 12)]):
        claimed.append(referent)
    # ... and an Arabic verb whose subject is not named again: «نشرت كتائب حزب الله مقطعاً مصوراً. وقالت في بيان إنها
    # استهدفت قاعدة عين الأسد»
    went_on = next((c for c in _tellings(cats) if c.tok_start == t0
                    and ARABIC_RE.match(toks[t0]) and not actors), None)
    if went_on is not None and event and concrete and referent is not None and referent not in claimed:
        that = next((k for k in range(went_on.tok_end, min(t1, went_on.tok_end + 6)) if toks[k] in COMPLEMENTIZERS), None)
        if that is not None and _speaks_of_itself(toks[that : min(t1, that + 18)]) \
                and not _AR_OWN_STRIKE_VERBS.isdisjoint(toks[that : min(t1, that + 8)]):
            claimed.append(referent)
    voiced = VOICE_OF.get(speaker or "", speaker)
    # (not when another striking land is named in the sentence: "Warplanes struck a hospital in Idlib on Monday, the
    # Pentagon said, blaming Russia")
    if event and voiced in STRIKING_STATES and voiced not in claimed and not no_comment \
            and not any(name != voiced and name in STRIKING_STATES for _m, name, _k in (*actors, *demonyms)) \
            and _unnamed_forces_strike_first(toks, t0, t1, matches, cats):
        claimed.append(voiced)
    for name in reported:
        give(name, "alleged", speaker)
    for d, name, _k in demonyms if "killed" in cats else ():
        # "who it said were killed \"by the American aggression\"", «قُتلوا بـ"العدوان الأمريكي"»: the struck side's blame
        before = [t for t in toks[max(0, d.tok_start - 3) : d.tok_start] if t != '"']
        if name in STRIKING_STATES and (toks[d.tok_end : d.tok_end + 1] == ["aggression"] and "by" in before[-2:]
                                        or before[-1:] and (before[-1][:1] == "ب" and before[-1][1:] in AGGRESSION
                                                            or before[-1] in AGGRESSION and before[-2:-1] == ["ب"])):
            give(name, "alleged", speaker)
    owned_aloud = voices - heard_so_far  # ("The IDF said it was looking into the strike, adding that its artillery hit")
    # ("أعلنت وزارة الدفاع العراقية أن طيران الجيش وجّه ضربات ...، ونفت استخدام البراميل المتفجرة": it told of its
    # strikes before it denied something else)
    silent_first = no_comment and _silence_before_deeds(quiet, t0, t1, cats)
    if silent_first:
        # "Ankara rarely confirms individual strikes, saying only that it targets the PKK", "ولم تعلن موسكو مسؤوليتها
        # عن الضربة، لكن المرصد نسبوها إلى طائرات حربية روسية": a state that says nothing of the strike is named as
        # its doer by others, it does not own it
        for name in claimed:
            if name in STRIKING_STATES and name not in owned_aloud and voiced != name:
                give(name, "alleged", speaker)  # (but not its own denial)
        claimed = [name for name in claimed if name not in STRIKING_STATES or name in owned_aloud]
    for name in claimed:
        give(name, "claimant", speaker)
    for m, name, kind in actors if claimed else ():
        if kind == "group" and name not in claimed and id(m) not in taken \
                and ends_with([t for t in toks[max(0, m.tok_start - 6) : m.tok_start] if t not in ("the", '"')],
                              _PARTNER_BEFORE):
            give(name, "claimant", speaker)  # the partner named inside the claimed deed claims with the group
            taken.add(id(m))
    for m, name in _saying_subjects(toks, t1, actors) if event else ():
        if id(m) in taken:
            continue  # ("He blamed the Islamic State for the shelling, saying its fighters had fired": the blamer says it)
        give(name, "claimant", speaker)
        voices.add(name)  # it spoke of its own strike
        taken.add(id(m))
    # (not the doer of counted attacks only: "According to CENTCOM, the Houthis have carried out 27 attacks" is a
    # tally, and the writers blame no one for a count: of 8 dev reports with such a sentence, 2 blamed the doer)
    # "Islamic State claimed the bombing. Syria's interior ministry said an ISIS cell had planted the bomb": the attack
    # told before, its doer named by another
    retold = not event and attack_told_before and _retells_the_attack(toks, t0, t1)
    if event or retold:
        # "the Houthis fired the missiles, CENTCOM said": named as the attacker by someone else.
        speaker_matches = [a for a, n, k in actors if n == speaker and k != "source"]  # (a source tells, it strikes no one)
        # "وأكد التحالف بقيادة السعودية أن «ميليشيا الحوثي» استهدفت محطة": someone tells that the group struck
        group_starts = [m.tok_start for m, name, kind in actors if kind == "group" and name != speaker]
        told_that = bool(group_starts) and any(
            toks[k] in COMPLEMENTIZERS and any(0 <= g - k <= 3 for g in group_starts)
            for c in _tellings(cats) if ARABIC_RE.match(toks[c.tok_start])
            for k in range(c.tok_end, min(t1, c.tok_end + 10)))
        # (an unnamed spokesman telling it is someone else telling it too: "Military spokesman Lieutenant Colonel
        # Jonathan Conricus said the rockets had been launched by the Guards' Quds Force")
        # (or another land: "A rocket fired by the Quds Force was intercepted over the Golan Heights, Israel said")
        told_by_other = _speaker_kind(speaker, actors) in ("source", "state") if speaker else any(
            toks[c.tok_start].isascii() for c in cats.get("speech", ()))
        # (the speaker a statement, "قال البيان", "the statement said": of whoever issued it)
        own_statement = speaker is None and any(
            toks[c.tok_end : c.tok_end + 1] and toks[c.tok_end] in STATEMENT_WORDS if ARABIC_RE.match(toks[c.tok_start])
            else toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in STATEMENT_WORDS
            for c in cats.get("speech", ()))
        for m, name in _attackers(toks, cats, actors, taken, told_by_other or told_that):
            # (not "the drone was launched by Kataib Hezbollah, the Pentagon said": a comma before who tells it)
            # (nor "According to Syria's defence ministry, SDF fighters shelled": who tells it, then the doer)
            # ("Hezbollah fired ..., the Iran-backed group and the Israeli military said": one of the joint tellers)
            joint = any(n == name and o is not m and 0 < s.tok_start - o.tok_end <= 3 and "and" in toks[o.tok_end : s.tok_start]
                        for o, n, _k in actors for s in speaker_matches)
            partner = joint or event and any((coordinated(toks, a, m) or coordinated(toks, m, a)) and not any(
                0 <= c.tok_start - a.tok_end <= 1 for c in cats.get("speech", ()))
                and toks[max(0, a.tok_start - 2) : a.tok_start] != ["according", "to"] for a in speaker_matches)
            if name == speaker or lexicon.SPOKESPEOPLE.get(speaker or "") == name or partner:
                # "Saree also said the Houthis had attacked the ship": their own word; "Saree said the Yemeni
                # rebels and the Islamic Resistance in Iraq had targeted Haifa": a joint operation, claimed by both
                give(name, "claimant")
                if partner and not joint and speaker:
                    give(speaker, "claimant")  # (the teller's own forces, named first, did it too)
                if joint:
                    give(name, "alleged", speaker)  # (and named by the other teller)
            elif name not in claimed and not ((name, "claimant") in roles and own_statement):
                # ("... a statement saying the group's fighters had fired": its own words; and "وقال البيان الأول إن
                # «مجاهدي المقاومة» استهدفوا" is the statement of the group that claimed)
                give(name, "alleged", speaker)
            taken.add(id(m))
    for m, name, kind in actors:
        if kind == "source":
            if _PRESIDENT_WORDS.issuperset(toks[m.tok_start : m.tok_end]) and not _speaks(m, cats, toks):
                taken.add(id(m))  # "at President Biden's direction": named, not heard
                continue
            if ((m.proclitic.endswith("ل") and toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] not in _TOLD_BY)
                    or toks[m.tok_start - 1 : m.tok_start] in (["on"], ["against"], [ON_AR])) and not _speaks(m, cats, toks):
                continue  # "هاجم مسلحون ثكنة للجيش العراقي": what was attacked, not who tells of it
            if (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _ARMY_PROPERTY
                    or toks[m.tok_start - 1 : m.tok_start] == ["with"]
                    or toks[max(0, m.tok_start - 3) : m.tok_start - 1] in _SEIZED_FROM) and not _speaks(m, cats, toks):
                continue  # "an Iraqi military base", "Iraqi army uniforms", "a Humvee seized from the Iraqi army": named, silent
            give(name, "source")
            taken.add(id(m))
    for m in cats.get("target", ()):
        for e in m.of("target"):
            if e.value[1] and id(m) not in taken:
                give(e.value[1], "target")
    for m, name, _kind in actors:
        if id(m) not in taken and not m.of("anaphor"):
            give(name, "mentioned")
    if event:
        # "Four soldiers were killed when a Hezbollah drone hit the base, the Israeli military said": a land heard only
        # telling of another's attack on it has not spoken of its own strikes
        added = set(roles) - roles_before
        others = {name for name, role in added if role in ("alleged", "claimant")}
        for land in voices - heard_before:
            if others and land not in others and land not in claimed and (land, "target") in added:
                voices.discard(land)
    return last_group, speaker


def state_media_named(tokens: list[str]) -> str | None:
    """The state whose own news agency or state media the words name ("SANA", «وكالة الأناضول»), if any."""
    return next((name for name, phrases in _STATE_MEDIA.items() if contains_phrase(tokens, phrases)), None)


def _retells_the_attack(toks: list[str], t0: int, t1: int) -> bool:
    """Whether the sentence names an attack or its arms told before: "the bomb", «الهجوم», «بالتفجير»."""
    for k in range(t0, t1):
        tok = toks[k]
        if tok in _ATTACK_TOLD_AGAIN_EN and k > t0 and toks[k - 1] == "the":
            return True
        if tok in _ATTACK_TOLD_AGAIN_AR or (tok[:1] in "وبلف" and tok[1:] in _ATTACK_TOLD_AGAIN_AR):
            return True
    return False


def _statement_aside(words: list[str]) -> bool:
    """Words between an Arabic verb and its object that are only where it was said, between commas: «واتهمت الحكومة
    اليمنية، في بيان لوزارة الإعلام، ميليشيا الحوثي بإطلاق ...»."""
    commas = [k for k, w in enumerate(words) if w in (",", "،")]
    return len(commas) == 2 and words[commas[0] + 1 : commas[0] + 2] in ([IN_AR], [_VIA_AR]) and CLAUSE_BREAKS.isdisjoint(
        w for w in words if w not in (",", "،")) and commas[1] >= len(words) - 3


def _attackers(toks, cats, actors, taken: set[int], told_by_source: bool = False) -> list[tuple[Match, str]]:
    """Armed groups named as the ones who attacked: "X fired", "launched by X", "من قبل X"."""
    found = []
    attack_starts = [a.tok_start for a in cats.get("attack", ())]
    # weapons that did something: "a Hezbollah drone slammed into" (not "struck Hezbollah rocket launchers")
    # (or a weapon's attack in one: "a Kataib Hezbollah rocket attack on the K-1 base")
    weapon_starts = {w.tok_start for w in cats.get("weapon", ())
                     if any(0 <= a - w.tok_end <= 2 for a in attack_starts) or "attack" in w.by_category}
    speaking = _speaking(cats, toks)
    for m, name, kind in actors:
        if id(m) not in taken and (kind == "group" or name in STRIKING_STATES) and _relative_doer(toks, m, cats):
            found.append((m, name))  # "strikes against Syrian government forces and allied militias who launched an attack"
            continue
        if kind != "group" or id(m) in taken:
            # "«صواريخ باليستية أطلقتها إيران»", "the drone was launched by Iran", told by another: the state, named as
            # the doer right after the verb
            # ("وبحسب مسؤولين أمريكيين، أطلقت إيران الطائرة": an Arabic verb, then its subject)
            if told_by_source and kind == "state" and name in STRIKING_STATES and id(m) not in taken and any(
                    (cue_word(v, "agent_verb") in _AGENT_VERBS_IT and 0 <= m.tok_start - v.tok_end <= 1)
                    # ("the drone was launched by Iran", "20 rockets fired shortly after midnight by the Quds Force")
                    # (but not "a drone hit a hangar used by the US-led coalition": the one who uses it)
                    or (0 < m.tok_start - v.tok_end <= (2 if cue_word(v, "agent_verb") == "hit" else 6)
                        and toks[v.tok_end : m.tok_start][-2:] in (["by", "the"], ["by"])
                        and "," not in toks[v.tok_end : m.tok_start] and not any(
                            v.tok_end <= a.tok_start < m.tok_start for a, _n, _k in actors))
                    or (m.tok_start == v.tok_end and ARABIC_RE.match(toks[v.tok_start]) is not None
                        and cue_word(v, "agent_verb") not in _AIMED_VERBS) for v in cats.get("agent_verb", ())):
                found.append((m, name))
            elif kind == "state" and name in STRIKING_STATES and id(m) not in taken and not ARABIC_RE.match(
                    toks[m.tok_start]) and _named_after_its_deed(toks, m, cats):
                found.append((m, name))  # "condemned what it called a terrorist attack by Turkey": the state named
                continue
            # (but Syria's government forces, told by another, are the subject as a group is: "pro-regime fighters,
            # backed by tanks, opened fire on the SDF headquarters, the statement said")
            if not (told_by_source and name in STRIKING_STATES and id(m) not in taken
                    and not ARABIC_RE.match(toks[m.tok_start]) and toks[m.tok_end - 1] in _ARMED_BODY_EN):
                continue
        # (the word before it, past its land's name: "a campaign against Yemen's Houthis hit Sanaa")
        lead = m.tok_start - (3 if m.tok_start >= 3 and toks[m.tok_start - 1] == "s" else 1)
        if lead >= 0 and toks[lead] in OBJECT_PREPOSITIONS:
            continue  # "strikes on X", "ضد X": the target
        if _opens_a_time(toks, m):
            continue  # "the first attack it has claimed since Hamas launched its assault": a time, not this attack's doer
        if m.tok_end in weapon_starts and not ARABIC_RE.match(toks[m.tok_start]):
            found.append((m, name))  # "a Hezbollah drone slammed into a dining hall": the group's drone
            continue
        if _named_after_its_deed(toks, m, cats):
            found.append((m, name))  # "an attack by Islamic State militants", "بهجوم لعناصر داعش"
            continue
        if not ARABIC_RE.match(toks[m.tok_start]) and toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _GROUPS_DEED \
                and m.tok_end in attack_starts:
            # "an Islamic State assault on the Syrian border town of Kobani": the group's attack, named by it (not "the
            # Kataib Hezbollah strikes", which may be strikes on it)
            found.append((m, name))
            continue
        if not ARABIC_RE.match(toks[m.tok_start]) and any(
                k.tok_start >= m.tok_end
                and [t for t in toks[m.tok_end : k.tok_start] if t not in ("had", "have", "has")] in (
                    [], *([w] for w in _MEMBERS_OF))
                and killed_by_subject(toks, k, len(toks))
                for k in cats.get("killed", ())):
            found.append((m, name))  # "Islamic State militants killed at least 80 Yazidi men"
            continue
        for verb in cats.get("agent_verb", []):
            aimed = cue_word(verb, "agent_verb") in _AIMED_VERBS
            if aimed and not told_by_source:
                continue
            gap = toks[m.tok_end : verb.tok_start]
            # (an Arabic subject and verb share a clause: "على مقرات الحشد الشعبي، نفّذ مجاهدو المقاومة" is not
            # the PMF carrying out; English lets an apposition in: "Kataib Hezbollah, a militia, fired")
            # (nor one named before "إن": "قالت وسائل إعلام تابعة للجماعة إن طائرات أمريكية شنّت")
            # ("«ميليشيا الحوثي الإرهابية المدعومة من إيران» استهدفت": past its backer)
            reach = 8 if any(m.tok_end <= b.tok_start < verb.tok_start for b in cats.get("sponsor_before", ())) else 4
            # (not "قضى على عنصر في حزب الله بغارة نفذتها طائرة مسيرة": a member in the group was struck)
            # (past quotes closing the name: 'said that "the Yemeni armed forces and the Islamic Resistance in Iraq"
            # had on Wednesday jointly attacked')
            quotes = 0 if ARABIC_RE.match(toks[verb.tok_start]) else gap.count('"')
            # (past another it may be: "Kataib Hezbollah or one of its sister militias had launched the rockets", or
            # one with it: "Kataib Hezbollah and Asaib Ahl al-Haq had carried out the attack together")
            alternative = 6 if (gap[:1] == ["or"] or gap[:1] == ["and"] and "," not in gap) and len(gap) <= 10 else 0
            # ("had been using that artillery to shell": "been" before a present participle is no passive)
            passive_gap = gap[:-1] if gap[-1:] == ["been"] and toks[verb.tok_start].endswith("ing") else gap
            active = 0 <= verb.tok_start - m.tok_end <= reach + quotes + alternative and _PASSIVE.isdisjoint(passive_gap) and not (
                "," in gap and ARABIC_RE.match(toks[verb.tok_start])) and COMPLEMENTIZERS.isdisjoint(gap) and not (
                ARABIC_RE.match(toks[verb.tok_start]) and toks[m.tok_start - 1 : m.tok_start] == [IN_AR]) and not any(
                m.tok_end <= c.tok_start < verb.tok_start for c in speaking)
            # (the one who speaks before the verb is not its subject: "a spokesman for the SDF said Islamic State had
            # shelled")
            # "The Houthis, who control Sanaa, fired": a relative clause between commas sets no subject aside
            # (nor an apposition: "Kataib Hezbollah, an Iran-backed militia, fired the rockets")
            # (or "Kataib Hezbollah, the strongest of the Iran-backed factions, had fired it")
            bare_gap = gap[:-1] if gap[-1:] in (["had"], ["has"], ["have"]) else gap  # (", had fired it")
            active = active or (4 < len(bare_gap) <= 14 and bare_gap[0] == ","
                                and bare_gap[1] in ("who", "which", "a", "an", "the", "one")
                                and bare_gap[-1] == "," and bare_gap.count(",") == 2)
            if active and gap[:1] and gap[0] in _HELD_THINGS and "and" in gap:
                active = False  # "six airstrikes destroyed an ISIL building and struck": the group's building, struck
            after = toks[verb.tok_end : m.tok_start]
            passive = 0 <= m.tok_start - verb.tok_end <= 3 and ("by" in after or "قبل" in after)
            # "targeted by \"terrorists from ISIS remnants\"": the doer named a few words after "by"
            passive = passive or (after[:1] == ["by"] and len([t for t in after if t[:1] != '"']) <= 4)
            # "carried out by \"outlaw groups that are part of the Popular Mobilization Forces\"": the body the
            # unnamed groups belong to
            passive = passive or (after[:1] == ["by"] and len([t for t in after if t[:1] != '"']) <= 10
                                  and not MILITIA_NOUNS.isdisjoint(after) and not _BELONGING_EN.isdisjoint(after))
            if cue_word(verb, "agent_verb") in _AGENT_VERBS_IT:  # verb-subject: "نفّذه عناصر من X"
                passive = passive or 0 <= m.tok_start - verb.tok_end <= 4
                # (not when its subject is named after it: "مقتل 12 مسلحاً من تنظيم داعش في غارات نفذتها طائراتها", the
                # dead)
                active = active and not (toks[verb.tok_end : verb.tok_end + 1]
                                         and (toks[verb.tok_end] in _SELF_REFERENCE or toks[verb.tok_end] in _ARMED_NOUNS_AR))
            elif cue_word(verb, "agent_verb") in _SUBJECT_FIRST_VERBS:
                # "أن «عصابات داعش» شنّت هجوماً" (but "نفّذت القوات المسلحة اليمنية" opens a claim; told by a source,
                # "وبحسب القيادة المركزية، شنّ الحوثيون 50 هجوماً", the verb comes first too)
                passive = passive or (told_by_source and 0 <= m.tok_start - verb.tok_end <= 1)
            elif ARABIC_RE.match(toks[verb.tok_start]):
                # Verb-subject: "أطلقت منظمة حزب الله نحو ١٠ قذائف" (but "استهدفت مواقع حزب الله" is the object).
                between = [t for t in toks[verb.tok_end : m.tok_start] if t != "\""]  # (past «quotes» opening its name)
                # ("هاجم مسلحون من داعش": the heads and "من")
                # (but "أن «ميليشيا الحوثي ...» استهدفت": the group after "أن" is the verb's subject)
                if aimed and verb.tok_start and toks[verb.tok_start - 1] not in _CLAUSE_OPENERS and not (
                        active and not COMPLEMENTIZERS.isdisjoint(toks[max(0, m.tok_start - 3) : m.tok_start])):
                    continue  # "القوات الأميركية استهدفت المجموعة": the subject came first, the group is the object
                passive = passive or verb.tok_end <= m.tok_start and (len(between) <= 1 and _SUBJECT_HEADS_DEFINITE.issuperset(between)) or (
                    len(between) == 2 and between[0] in SUBJECT_HEADS and between[1] == "من")
            if active or passive:
                found.append((m, name))
                break
    return found


_ATTACK_TOLD_AGAIN_EN = {"attack", "bomb", "bombs", "bombing", "device", "blast", "explosion", "ambush",
                         "assault", "rockets", "rocket", "drone", "drones", "missile", "missiles", "strike",
                         "raid", "shelling", "mortars", "massacre",
                         # what carried the bomb, and who: "the truck had been rigged by an Islamic State cell"
                         "truck", "car", "vehicle", "bomber", "gunman", "gunmen", "attacker", "attackers"}
_ATTACK_TOLD_AGAIN_AR = fold_set(["الهجوم", "التفجير", "الانفجار", "العبوة", "الاعتداء", "الضربة", "الغارة",
                                  "القصف", "الصواريخ", "الكمين", "الاستهداف", "المجزرة"])

# What follows "killed" when it is passive or a casualty's ("militants killed in an airstrike", "fighters killed and
# wounded"), not the killers' deed ("militants killed at least 80 men")
_AFTER_PASSIVE_KILLED = {"in", "by", "and", "or", "when", "during", "on", "as", "while", "after", "at", "near", "since",
                         ",", ".", "so", "this", "last", "earlier", "overnight"}


def _after_closing_quote(folded: Folded, m: Match, cue: Match, stops: str = ",.?!") -> str | None:
    """The words between the name at m and the telling at cue that follow a quotation closing there (a quote mark
    after one of `stops`: not the apostrophe of "Hamas' armed wing"), or None when none closes."""
    between = folded.original[folded.to_original(m.end) : folded.to_original(cue.start)]
    closing = max(between.rfind(f"{stop}{q}") for q in _QUOTE_MARKS for stop in stops)
    return between[closing + 2 :] if closing >= 0 else None


def _closes_a_quote(folded: Folded, m: Match, cue: Match) -> bool:
    """Whether a quotation closes between the name at m and the telling after it, the name not quoted itself."""
    start = folded.to_original(m.start)
    return _after_closing_quote(folded, m, cue) is not None \
        and folded.original[max(0, start - 1) : start] not in _QUOTE_MARKS


def _goes_on_of_itself(toks: list[str], c: Match, t1: int) -> bool:
    """The Arabic teller at c goes on, later in its sentence, to say that it struck: «قال الجيش الإسرائيلي إن صواريخ
    أطلقها الحزب أصابت قاعدة، مؤكداً عدم وقوع إصابات، وإنه ردّ بقصف مصادر النيران»."""
    return bool(ARABIC_RE.match(toks[c.tok_start])) and any(
        toks[k][:1] == "و" and toks[k][1:] in _SELF_SUBORDINATE and toks[k + 1] in _AR_OWN_STRIKE_VERBS
        and toks[k + 2 : k + 3] != [FROM_AR]  # (not «وإنه أُطلق من منطقة شمال شبعا»: the rocket, launched from)
        for k in range(c.tok_end, t1 - 1))


def _fired_by_another(toks: list[str], w: Match, cats: dict, actors: list, name: str) -> bool:
    """Whether the arms at w are told as fired by another right after them: "صواريخ مضادة للدروع أطلقها الحزب" (the
    verb carrying the arms as its object, then its doer: another actor, or the group named before)."""
    for v in cats.get("agent_verb", ()):
        if 0 <= v.tok_start - w.tok_end <= 4 and cue_word(v, "agent_verb") in _AGENT_VERBS_IT:
            doer_at = v.tok_end
            if any(a.tok_start == doer_at and other != name for a, other, _k in actors) \
                    or any(a.tok_start == doer_at for a in cats.get("anaphor", ())):
                return True
    return False


def _quoted_for(folded: Folded, m: Match, cue: Match) -> bool:
    """Whether the name at m is inside a quotation that the telling at cue attributes: "'Iran conducted this
    attack,' Blinken said" (the quotation closing with a comma, its teller right after it)."""
    teller = _after_closing_quote(folded, m, cue, stops=",")
    return teller is not None and len(teller.split()) <= 4


def killed_by_subject(toks: list[str], killed: Match, t1: int) -> bool:
    """The English "killed" of the words before it, active: "militants killed 80 men" (not "militants killed in")."""
    return killed.tok_end < t1 and toks[killed.tok_start] == "killed" and toks[killed.tok_end] not in _AFTER_PASSIVE_KILLED


def _relative_doer(toks: list[str], m: Match, cats: dict) -> bool:
    """The actor at m is the subject of a relative clause that tells an attack: "Syrian government forces and allied
    militias who launched \"an unprovoked attack\"", "Kataib Hezbollah, which fired the rockets"."""
    if ARABIC_RE.match(toks[m.tok_start]):
        return False
    rel = next((k for k in range(m.tok_end, min(len(toks), m.tok_end + 5)) if toks[k] in ("who", "which", "that")), None)
    if rel is None or not {"said", "says", "say", "believe", "believes"}.isdisjoint(toks[m.tok_end : rel + 3]) \
            or any(t not in _RELATIVE_LEAD_IN for t in toks[m.tok_end : rel]):
        return False
    verb_at = rel + 1 + (toks[rel + 1 : rel + 2] in (["had"], ["have"], ["has"]))
    return any(v.tok_start == verb_at and cue_word(v, "agent_verb") not in _AIMED_VERBS for v in cats.get("agent_verb", ()))


def _claimants(folded, toks, t1: int, matches, cats, actors, demonyms, taken: set[int], event: bool,
               concrete: bool, speaker: str | None, voices: set[str] | None = None,
               reported: list[str] | None = None, struck_before: set[str] = frozenset(),
               sentence_start: int | None = None, outlet_state: str | None = None) -> list[str]:
    """Groups that claim an attack, and states that announce their own strikes (states whose strike another tells in
    reported speech go to `reported`, when given; `struck_before` are the actors told as striking before)."""
    out: list[str] = []
    if not (event and concrete) and "claim" not in cats and "speech" not in cats:
        return out  # every claim below needs a claim or speech cue, or a concrete attack
    # a partner the striker coordinated with did not strike: "أنها نفّذت بالتنسيق مع الحكومة السورية غارة", "in
    # coordination with the Syrian government"
    actors = [a for a in actors if not _coordinated_with(toks, a[0])]
    demonyms = [d for d in demonyms if not _coordinated_with(toks, d[0])]
    negated = cats.get("negated_claim", [])
    groups = [(m, name) for m, name, kind in actors if kind == "group" and id(m) not in taken
              and not _named_as_member(toks, m)]
    states = [(m, name) for m, name, kind in actors if kind == "state" and name in STRIKING_STATES
              and id(m) not in taken and toks[m.tok_end : m.tok_end + 1] != ["s"]  # not "Iran's" Guards
              and m.of("actor")]  # named, not a capital standing for it ("bases around Tel Aviv")
    # "U.S. Central Command claimed responsibility for the strike": a state's own voice claims for it (not "بحسب
    # البنتاغون، تبنّت معظمها «المقاومة»": who tells of another's claim)
    states += [(m, VOICE_OF[name]) for m, name, kind in actors if kind == "source" and VOICE_OF.get(name) in STRIKING_STATES
               and id(m) not in taken and "," not in toks[m.tok_end : m.tok_end + 2]
               and not (m.tok_start and (toks[m.tok_start - 1] in _TOLD_BY or toks[m.tok_start - 1] == "to"))]

    def arabic(cue: Match) -> bool:
        return bool(ARABIC_RE.search(folded.text[cue.start : cue.end]))

    # "تمكن جنود الخلافة من تفجير عبوة ناسفة": a group named as only its own statements name it, doing the deed
    for m, name in groups if event else ():
        # (not praise of "«ضربات جنود الخلافة في الصحراء»", the strikes named by their doers, claimed by none)
        if bare_word(folded.text, m) in _SELF_STYLED and any(0 <= a.tok_start - m.tok_end <= 3 for a in cats.get("attack", ())):
            out.append(name)
            taken.add(id(m))

    def speaker_claims(cue: Match) -> None:
        """The actor just before an English speech verb that tells of its own strike claims it, if it can."""
        before = [(m, name, kind) for m, name, kind in actors
                  if id(m) not in taken and 0 <= cue.tok_start - m.tok_end <= _speaker_reach(toks, cue)]
        lead = cue.tok_start  # (past "had by then": "..., had by then said it hit three bases")
        while lead > cue.tok_start - 3 and toks[lead - 1 : lead] and toks[lead - 1] in _SAID_LEAD_INS:
            lead -= 1
        if toks[lead - 1 : lead] == [","]:
            # "The Islamic Resistance in Iraq, which has claimed most of the attacks since October, said ...": the
            # subject before its relative clause, or its apposition ("Kataib Hezbollah, a powerful militia, said"), not
            # the last name inside it ("The group, a coalition of factions including Kataib Hezbollah and Harakat
            # al-Nujaba, says it has carried out")
            opened = _aside_opening(toks, lead - 1)
            before = [(m, name, kind) for m, name, kind in actors
                      if id(m) not in taken and opened is not None and m.tok_end == opened] or before
            # (or whose spokesman is named: "Hezbollah's spokesman, Mohammad Afif, said its fighters had struck")
            voice = _voice_before_its_name(toks, cue.tok_start, actors) if not before else None
            before = [voice] if voice is not None and id(voice[0]) not in taken else before
        if before:
            m, name, kind = max(before, key=lambda a: a[0].tok_end)
            if (kind == "group" or name in STRIKING_STATES) and name not in out:
                out.append(name)
                taken.add(id(m))

    own_voice = VOICE_OF.get(speaker or "", speaker)
    if own_voice is None and "claim" in cats and event and matches \
            and not _SPEECH_PARTICIPLES.isdisjoint(toks[matches[0].tok_start : t1]):
        # ("The IDF said it was looking into ...": "said it" is read as a claim's cue, and its subject speaks)
        own_voice = next((name for m, name, kind in actors for c in cats["claim"]
                          if kind == "state" and 0 <= c.tok_start - m.tok_end <= 1), None)
    # (or in a second "that": "The Israeli military said about 40 rockets had been fired ..., and that its aircraft
    # had struck the cell responsible")
    # (with "and" before it too: "محمّلاً حزب الله المسؤولية، ومضيفاً أن مدفعيته ردت")
    goes_on = [i for i in range(matches[0].tok_start, t1) if toks[i] in _SPEECH_PARTICIPLES
               or (toks[i][:1] == "و" and toks[i][1:] in _SPEECH_PARTICIPLES) or (
        toks[i] == "and" and toks[i + 1 : i + 2] == ["that"] and toks[i - 1 : i] == [","])] \
        if own_voice in STRIKING_STATES and event and matches and not negated else []
    if goes_on:
        # "وقال الجيش الإسرائيلي إن ...، مشيراً إلى أن مدفعيته قصفت مصادر النيران": the speaker goes on, in a
        # participle, to tell of its own arms' strike ("The IDF said it was looking into the strike, adding that its
        # artillery hit the launch sites")
        for i in goes_on:
            that = next((j for j in range(i + 1, min(t1, i + 4)) if toks[j] in COMPLEMENTIZERS), None)
            told = toks[that + 1 : min(t1, that + 14)] if that is not None else []
            # ("معلنة أن طائرات «إف-16» التابعة للقوة الجوية نفّذت": its own air force, by no land)
            if _self_strikes(told) or _unnamed_army_strikes(told) or (
                    told[:1] in (["its"], ["their"]) and not _OWN_STRIKE_VERBS.isdisjoint(told[1:7])
                    and _PASSIVE.isdisjoint(told[1:7])):
                out.append(own_voice)
                if voices is not None:
                    voices.add(own_voice)  # heard telling of its own arms' strike, whatever else it declined to say
                break

    # Strong cues ("claimed responsibility", "تبنّت") claim anywhere; generic ones ("announced",
    # "a statement") only in a sentence reporting an attack; a group that speaks ("said") claims
    # only when it speaks of itself ("said its fighters struck", "قالت إنها استهدفت").
    affiliated: set[str] = set()  # named as whom a channel is close to ("a channel close to Kataib Hezbollah")
    # "The U.S. military said it carried out airstrikes": a state's forces speak for it
    forces = [(m, e.value[1], "state") for m in cats["target"] for e in m.of("target")
              if e.value[1] in STRIKING_STATES and id(m) not in taken] if "target" in cats else []
    # (not "took responsibility for the security of foreign bases": a duty, no deed)
    cues = [(c, 12, 15) for c in cats.get("claim", []) if cue_word(c, "claim") in _STRONG_CLAIM
            and _DUTIES.isdisjoint(toks[c.tok_end : c.tok_end + 3])]
    # "أعلن الحرس الثوري، اليوم الأحد، مسؤوليته عن الهجوم", "أعلن المتحدث باسم القوات المسلحة اليمنية
    # تنفيذ ثلاث عمليات": an announcement of responsibility or of operations, by a group or a state.
    for c in (*cats.get("claim", ()), *cats.get("speech", ())):
        if cue_word(c, "claim") in _STRONG_CLAIM or not arabic(c):
            continue
        window = toks[c.tok_end : min(t1, c.tok_end + 18)]  # the spokesman, his rank and name, the day
        # ... but "أعلنت الخلية أن الدفاعات أسقطت طائرة كانت تحاول استهداف" announces a fact, not its operation
        # ... nor "أعلن المتحدث مقتل خمسة من عناصر الجماعة جراء غارات أميركية": the toll of the enemy's strikes
        # (a toll word inside a name in quotes cuts nothing: "بيان لمقر «حمزة سيد الشهداء»")
        quoted = _inside_quotes(window)
        cut = next((i for i, t in enumerate(window) if t in COMPLEMENTIZERS or (t in _TOLL_WORDS and i not in quoted)),
                   len(window))
        if cut == len(window):
            # ("قال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي، في بيان على منصة «إكس» فجر اليوم الأربعاء، إن ...": a
            # longer aside before "إن")
            that = next((i for i in range(len(window), min(t1 - c.tok_end, 24)) if toks[c.tok_end + i] in COMPLEMENTIZERS),
                        None)
            if that is not None:
                window, cut = toks[c.tok_end : c.tok_end + that + 1], that
            # ("أعلن الحرس الثوري، في بيان نشره موقع «سباه نيوز» صباح الأحد 13 آذار/مارس، مسؤوليته عن": the owned
            # responsibility past a long aside on where and when)
            owned = next((i for i in range(len(window), min(t1 - c.tok_end, 26)) if toks[c.tok_end + i] in _OWNED_RESPONSIBILITY),
                         None) if that is None and _OWNED_RESPONSIBILITY.isdisjoint(window) else None
            if owned is not None:
                window = toks[c.tok_end : c.tok_end + owned + 1]
                cut = len(window)
        # ... though "أعلن الحرس الثوري في بيان أن «الموجة الرابعة» من عملية «الوعد الصادق 3» استهدفت" announces
        # its own operation, and "يقول زعيم الجماعة إن قواته نفّذت 150 عملية" its forces' deeds
        told = toks[c.tok_end + cut + 1 : min(t1, c.tok_end + cut + 20)] \
            if cut < len(window) and window[cut] in COMPLEMENTIZERS else []
        told_at = c.tok_end + cut + 1
        if told[:1] == ['"']:
            told, told_at = told[1:], told_at + 1  # (its fighters in quotes: 'أن «مجاهدي المقاومة الإسلامية» سيطروا')
        own = bool(told) and (not _OWN_OPERATION_WORDS.isdisjoint(t.strip('"') for t in told[:2])
                              or _self_strikes(told))
        if told and not own:
            # (or in a later "and that" of what it said: "قال الجيش الإسرائيلي إن 19 صاروخاً أُطلقت من لبنان ...، وإن
            # مدفعيته ردّت بقصف مصادر النيران")
            own = any(toks[k] in _AND_THAT_AR and _self_strikes(toks[k + 1 : min(t1, k + 21)])
                      for k in range(told_at + 1, t1))
        if own and not _self_strikes(told) and any(told_at <= d.tok_start < told_at + 3 and name in STRIKING_STATES
                                                   for d, name, _k in demonyms):
            own = False  # "وقال الجيش السوري إن الضربة الأمريكية قتلت ستة عسكريين": another land's strike
        if own and not _self_strikes(told) and any(b.tok_start > c.tok_end for b in cats.get("alleged_before", ())):
            # "قال المتحدث باسم الخارجية الأمريكية إن الضربة «يبدو أنها استهدفت عمداً» ...، محمّلاً الحكومة
            # السورية مسؤولية": the strike it goes on to blame on another is not its own
            own = False
        # "أعلنت خلية الإعلام الأمني أن طائرات F-16 العراقية نفّذت ضربة": the speaker's own land's aircraft or forces
        # (not past another land's aircraft: "أن طائرات أمريكية نفّذت الغارات بالتنسيق مع الحكومة العراقية")
        own_land = next((COUNTRY_ADJECTIVES[w] for k, w in enumerate(told[:8]) if w in COUNTRY_ADJECTIVES and not any(
            told_at <= d.tok_start < told_at + k and STATE_LANDS.get(name) != COUNTRY_ADJECTIVES[w]
            for d, name, _k in demonyms)), None) \
            if not own and told and told[0] in _ARMED_NOUNS_AR and not _AR_OWN_STRIKE_VERBS.isdisjoint(told[1:8]) \
            else None
        if not own and own_land is None and _unnamed_army_strikes(told) \
                and not any(0 < d.tok_start - c.tok_end - cut <= 7 for d in (*cats.get("demonym", ()),
                                                                             *cats.get("actor", ()))):
            # "أعلنت خلية الإعلام الأمني أن طيران الجيش نفّذ ضربة": the army, unnamed by land, is the speaker's own
            own_land = _SPEAKERS_LAND
        # (or in a later clause of what it said: "قالت إن القطعات الأمنية صدّت هجوم «داعش» ...، وإن طيران الجيش قصف")
        later = next((k + 1 for k in range(1, len(told)) if told[k] in _AND_THAT_AR), None) if told else None
        if not own and own_land is None and later is not None and _unnamed_army_strikes(told[later:]) \
                and not any(0 < d.tok_start - told_at - later <= 7 for d in (*cats.get("demonym", ()), *cats.get("actor", ()))):
            own_land = _SPEAKERS_LAND
        if not own and own_land is None and told and told[0] in _ARMED_NOUNS_AR and _LOYAL_TO.isdisjoint(told[1:3]) \
                and any(told[k] in _AR_OWN_STRIKE_VERBS and not _launched_from(told, k)
                        for k in range(1, min(20 if _TYPE_AR in told[1:5] else 8, len(told)))) \
                and not any(
                    w in COUNTRY_ADJECTIVES or (w in TARGET_ADJECTIVES or w in _STATE_OF_ADJECTIVE)
                    and _STATE_OF_ADJECTIVE.get(w) not in _voices_lands(c, cut, demonyms, actors)
                    for w in _unmarked(told[:10])[:6]):
            # "قال مكتب رئيس الوزراء التركي إن مقاتلات من طراز إف-16 قصفت": jets of no land, told by a land's office
            # (not another land's, by its adjective, past a quoted type: «إن طائرات أمريكية شنت غارات» told by the Iraqi
            # commander-in-chief's spokesman, «مقاتلات «إف-35» إسرائيلية» by Syria's defence ministry)
            # (or by its army named in full: "قالت هيئة العمليات في الجيش العربي السوري ... إن وحدات المدفعية استهدفت")
            # (or by a voice of the state: "أعلنت قيادة العمليات المشتركة في بيان أن الطائرات نفذت"; not of drones,
            # which the state's voice tells of as striking it: "قالت خلية الإعلام الأمني إن طائرة مسيرة استهدفت")
            # (or of the speaker's own land, by its adjective: "أعلنت وزارة الدفاع التركية أن مقاتلات تركية نفّذت")
            drones = not _DRONE_WORDS_AR.isdisjoint(told[1:3])
            lands = _voices_lands(c, cut, demonyms, actors, drones)
            own_land = _SPEAKERS_LAND if len(lands) == 1 else None
            if own_land is not None and told[0].startswith(_THE_AR) and any(
                    name in STRIKING_STATES and name not in lands for name in struck_before):
                # (not «وأوضحت قيادة العمليات المشتركة أن الطائرة استهدفت العجلة» after «طائرة مسيّرة تركية»: the
                # aircraft told before, another land's)
                own_land = None
        # (or "كما أعلن أن طائراته قصفت": it also announced its own aircraft's strike)
        went_on = VOICE_OF.get(speaker or "", speaker) \
            if cut == 0 and (toks[c.tok_start] in _WENT_ON_AR or _also_said(toks, c.tok_start)) else None
        if went_on in STRIKING_STATES and told and not any(told_at <= a.tok_start < told_at + 6 for a, _n, _k in actors + demonyms) \
                and (not own and own_land is None and told[0] in _ARMED_NOUNS_AR and told[0].startswith(_THE_AR)
                     and not _AR_OWN_STRIKE_VERBS.isdisjoint(told[1:8])
                     and not any(w in TARGET_ADJECTIVES or w in COUNTRY_ADJECTIVES for w in told[:6])
                     or _self_strikes(told)):
            # (not "وأضاف أن مدفعية الحشد قصفت": whose artillery is named, in the construct or after it)
            # "قال المتحدث باسم الجيش الإسرائيلي ... وأوضح أن الطائرات الحربية ردّت بمهاجمة": the one who went on
            # telling of aircraft of no named land, his own
            if went_on not in out:
                out.append(went_on)
                if voices is not None:
                    voices.add(went_on)
            continue
        own = own or own_land is not None
        if not own and _launched_weapons_struck(told) and any(
                kind == "group" and (0 <= m.tok_start - c.tok_end <= 12 or 0 <= c.tok_start - m.tok_end <= 2 and all(
                    t in _BEFORE_ANNOUNCING for t in toks[m.tok_end : c.tok_start])) for m, _name, kind in actors):
            # (or the group's outlet before the verb: "وكانت قناة «المسيرة» التابعة لجماعة الحوثي قد نقلت عن مصدر عسكري")
            # "أعلن المتحدث باسم القوات المسلحة التابعة لجماعة الحوثيين أن عشر طائرات مسيّرة استهدفت": a group's
            # voice telling of drones or missiles no land is named for, its own
            own = True
        if not own and cut < len(window) and window[cut] in _TOLL_WORDS and any(
                toks[k] in _AGENT_VERBS_IT and toks[k + 1 : k + 2] and toks[k + 1] in _SELF_REFERENCE
                for k in range(c.tok_end + cut, min(t1 - 1, c.tok_end + cut + _TOLL_TO_ITS_STRIKE))):
            # "أعلنت وزارة الدفاع التركية مقتل 12 مسلحاً في غارات نفذتها طائراتها": the toll of its own aircraft's strikes
            own = True
        window = window[:cut]
        # (an operation's verbal noun only after "announced": "أعلن الجيش قصف مواقع", not "بحسب المرصد، قصف الجيش")
        announced = _announces(c)
        # "وأكد الحرس الثوري في بيان استهداف تجمعات": a group or a state's own forces confirming an operation announce
        # it (not a voice such as the Pentagon confirming what struck its bases)
        confirmed = not announced and (cue_word(c, "claim") or cue_word(c, "speech")).startswith(_CONFIRMING)
        if _OWNED_RESPONSIBILITY.isdisjoint(window) and (_OPERATION_NOUNS.isdisjoint(window)
                                                         or not (announced or confirmed)) and not own:
            continue
        if any(_negates(n, c, toks) for n in negated):
            continue
        # "قال مكتب رئيس الوزراء التركي إن مقاتلات من طراز إف-16 قصفت": the land of the office that speaks of its own
        # forces' strike is named by its adjective
        speaking_lands = [(d, name, kind) for d, name, kind in demonyms if name in STRIKING_STATES
                          and c.tok_end <= d.tok_start < c.tok_end + cut] if own_land is not None else []
        for m, name, kind in actors + speaking_lands:
            # verb-subject ("أعلن الحرس الثوري"), or subject-verb ("وكانت «المقاومة الإسلامية» قد أعلنت")
            # (not the subject of what is said: "قالت اليونيفيل إن الجيش الإسرائيلي أطلق النار")
            # ('أعلنت "المقاومة الإسلامية" التابعة لحزب الله أن مقاتليها استهدفوا': its arm speaks for it)
            if _BELONGING.isdisjoint(toks[c.tok_end : m.tok_start]):
                reach = 4
            elif toks[c.tok_end : c.tok_end + 1] and toks[c.tok_end] in STATEMENT_WORDS:
                reach = 12  # "وأكد بيان لمقر «حمزة سيد الشهداء» التابع للقوات البرية في الحرس الثوري": whose it is
            elif not _lam_owned(toks, m) and not any(c.tok_end <= o.tok_start < m.tok_start for o, _n, _k in actors):
                reach = 9  # (past its arm's arm: "أعلن مقر حمزة سيد الشهداء التابع للقوات البرية في الحرس الثوري")
            else:
                reach = 7
            # (quotes not counted: 'أعلن «الإعلام الحربي المركزي» التابع لـ«حزب الله»')
            after_verb = m.tok_start >= c.tok_end and sum(1 for t in toks[c.tok_end : m.tok_start] if t != '"') <= reach \
                and COMPLEMENTIZERS.isdisjoint(toks[c.tok_end : m.tok_start])
            before_verb = 0 <= c.tok_start - m.tok_end <= 3 and all(
                t in _BEFORE_ANNOUNCING or t[:1] in '"()' for t in toks[m.tok_end : c.tok_start])
            # (past the spokesman's or minister's name: "وكان المتحدث باسم وزارة الدفاع الأمريكية جيف ديفيس قد أعلن")
            named = m.tok_end
            while named < c.tok_start and named - m.tok_end < 3 and ARABIC_RE.match(toks[named]) \
                    and toks[named] not in _BEFORE_ANNOUNCING and not any(o.tok_start <= named < o.tok_end for o in matches):
                named += 1
            before_verb = before_verb or (kind == "source" and named > m.tok_end and 0 < c.tok_start - named <= 2
                                          and all(t in _BEFORE_ANNOUNCING for t in toks[named : c.tok_start]))
            # "أعلنت وزارة الدفاع الأمريكية (البنتاغون) تنفيذ غارات": a state's spokesman announces for it
            name = VOICE_OF.get(name, name) if kind == "source" else name
            if own_land is not None and STATE_LANDS.get(name) != own_land and not (
                    own_land is _SPEAKERS_LAND and name in STRIKING_STATES):
                continue  # (the land's own voice only: not "أعلن البنتاغون أن مقاتلات عراقية ...")
            if confirmed and kind == "source" and not own and _OWNED_RESPONSIBILITY.isdisjoint(window) \
                    and _CARRYING_OUT_AR.isdisjoint(window):  # (but "أكدت البنتاغون تنفيذ ضربات": its carrying out)
                continue
            if (kind == "group" or name in STRIKING_STATES) and (after_verb or before_verb) \
                    and name not in out and id(m) not in taken:
                out.append(name)
                taken.add(id(m))
                if voices is not None and name in STRIKING_STATES:
                    voices.add(name)  # the state announced it: its own voice, not others telling of its strike
    for c in cats.get("claimed_but", ()):
        # "لم يتبنَّ «حزب الله» أي عملية منذ ذلك التاريخ سوى قذيفتي هاون": the one named right after claimed that one
        for m, name, kind in actors:
            if 0 <= m.tok_start - c.tok_end <= 1 and (kind == "group" or name in STRIKING_STATES) \
                    and name not in out and id(m) not in taken:
                out.append(name)
                taken.add(id(m))
    media_cues = _tellings(cats) if event else ()
    # (the agencies are no matches: their words are looked for once, from four words before the first cue; or the
    # report is the agency's own dispatch, "DAMASCUS, (SANA) - ...", and an unnamed source tells it)
    dispatch_of = outlet_state if speaker is None else None
    if media_cues and dispatch_of is None \
            and _STATE_MEDIA_KEYS.isdisjoint(toks[max(0, min(c.tok_start for c in media_cues) - 4) : t1]):
        media_cues = ()
    for c in media_cues:
        # "وذكرت الوكالة العربية السورية للأنباء (سانا) أن سلاح الجو نفّذ غارات", "SANA said Syrian warplanes struck":
        # a state's own news agency tells of its forces' strikes, as its spokesman would
        # (past the agency's long name: "نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري")
        around = toks[c.tok_end : c.tok_end + 6] if arabic(c) else toks[max(0, c.tok_start - 4) : c.tok_start]
        if not arabic(c) and toks[c.tok_start] == "told":
            around = around + toks[c.tok_end : c.tok_end + 4]  # ("..., a military source told SANA": whom it told)
        state = state_media_named(around) or dispatch_of
        if state is None and arabic(c) and toks[c.tok_start - 1 : c.tok_start] == [_HAD_AR]:
            # (its subject before the verb, as a pluperfect puts it: «وكانت سانا قد نقلت عن مصدر عسكري أن»)
            state = state_media_named(toks[max(0, c.tok_start - 10) : c.tok_start])
        generic_media = state is None and contains_phrase(around, _GENERIC_STATE_MEDIA)
        if (state is None and not generic_media) or state in out:
            continue
        that = next((k for k in range(c.tok_end, min(t1, c.tok_end + 12)) if toks[k] in COMPLEMENTIZERS), None)
        told_at = that + 1 if that is not None else c.tok_end
        told = [t for t in toks[told_at : min(t1, told_at + 12)] if t != '"']
        reach = 2 if generic_media else 1
        if that is None and not arabic(c) and not generic_media and matches[0].tok_start < c.tok_start \
                and _OWN_STRIKE_VERBS.isdisjoint(told):
            # "A Turkish drone strike killed a PKK commander in Sulaymaniyah, Anadolu reported": what it reports
            # comes first (a named agency: "Syrian state media said" may tell of another's strike)
            told_at = matches[0].tok_start
            # ("Army units struck terrorist gatherings in Jobar ..., SANA said", past a dateline: "DAMASCUS, (SANA) -
            # Army units on Monday carried out")
            opening = sentence_start if sentence_start is not None else t1
            opening = next((k + 1 for k in range(opening, min(t1, opening + 8)) if toks[k] == "-"), opening)
            if _unnamed_forces_en(toks[opening : opening + 3]):
                told_at = opening
            told, reach = toks[told_at : c.tok_start], 2
        if generic_media:
            # "أعلن التلفزيون الرسمي أن سلاح الجو السوري نفّذ": the land of the forces it names (an air force's
            # adjective may follow it)
            state = next((name for m, name, _kind in actors + demonyms if name in STRIKING_STATES
                          and told_at <= m.tok_start <= told_at + 2), None)
            if state is None or state in out:
                continue
            if not HOSTILE_LABELS.isdisjoint(toks[told_at : told_at + 2]):
                continue  # ('في بيان بثّه التلفزيون الرسمي إن «العدو الإسرائيلي» استهدف': the enemy the struck side names)
        own_forces = any(m.tok_start - told_at <= reach and m.tok_start >= told_at and name == state
                         for m, name, _kind in actors + demonyms) or told[:2] in _UNNAMED_AIR_FORCE_AR
        verbs = _AR_OWN_STRIKE_VERBS if arabic(c) else _OWN_STRIKE_VERBS
        # (not its own man killed: "A senior adviser of Iran's Revolutionary Guards was killed in an Israeli strike
        # ..., Iranian state media said")
        struck_its_own = not arabic(c) and any(told[k] in ("was", "were", "been") and told[k + 1] in _HARMED
                                               for k in range(len(told) - 1))
        if (_unnamed_army_strikes(told) or own_forces or (not arabic(c) and _unnamed_forces_en(told))) \
                and not verbs.isdisjoint(told[:10]) and not struck_its_own:
            out.append(state)
            if voices is not None:
                voices.add(state)
    for c in cats.get("confirmed_by", ()):
        # "وهو ما أكده الجيش الإسرائيلي": the state named right after confirms the strike told before it
        for m, name in states:
            if 0 <= m.tok_start - c.tok_end <= 2 and name not in out and (event or any(
                    a.tok_end <= c.tok_start for a in cats.get("attack", ()))):
                out.append(name)
                taken.add(id(m))
    # (and one that confirms or announces an operation in them: "نشرت المقاومة الإسلامية بياناً ... أكدت فيه استهداف
    # قاعدة عين الأسد")
    in_them = [c for c in cats.get("speech", ()) if arabic(c) and not _OPERATION_NOUNS.isdisjoint(
        toks[c.tok_end + 1 : c.tok_end + 3])]
    for c in (*cats.get("claim", ()), *in_them):
        # "نشرت «المقاومة الإسلامية» على قناتها سلسلة بيانات ...، تبنّت فيها استهداف": the statements' publisher claims
        if toks[c.tok_end : c.tok_end + 1] and toks[c.tok_end] in _IN_THEM_AR and arabic(c) \
                and _TOLL_WORDS.isdisjoint(toks[c.tok_end + 1 : c.tok_end + 2]):
            # (not a toll: "أصدرت هيئة الحشد الشعبي بياناً أعلنت فيه استشهاد ٢٢ من مقاتليها بضربة جوية")
            told_in = next((k for k in range(c.tok_start - 1, max(-1, c.tok_start - 12), -1) if toks[k] in STATEMENT_WORDS),
                           None)
            publisher = [(m, name) for m, name, kind in actors if (kind == "group" or name in STRIKING_STATES)
                         and told_in is not None and 0 <= told_in - m.tok_end <= 10 and id(m) not in taken]
            for m, name in publisher[-1:]:
                if name not in out:
                    out.append(name)
                    taken.add(id(m))
    # "وكالة أعماق التابعة لتنظيم داعش": the agency claims for the group named right after it.
    cues += [(c, 12, 6) for c in cats.get("claim", []) if cue_word(c, "claim") in _AMAQ]
    attack_starts = [a.tok_start for a in cats.get("attack", ())]
    for c in (*cats.get("claim", ()), *cats.get("speech", ())):
        # "The Pentagon has announced retaliatory strikes on ...", "President Donald Trump announced the strikes on
        # his social media platform": a state's voice announcing strikes (in a sentence that tells no attack too)
        if not toks[c.tok_start].isascii() or toks[c.tok_end - 1] not in ("announced", "confirmed"):
            continue
        for m, name, kind in actors:
            state = VOICE_OF.get(name) if kind == "source" else None
            if state and state not in out and 0 <= c.tok_start - m.tok_end <= 2 and any(
                    0 <= a - c.tok_end <= 2 and toks[a] in PLURAL_STRIKES for a in attack_starts):
                out.append(state)
    # "U.S. warships ... fired 59 Tomahawk cruise missiles at Shayrat air base, the Pentagon said": a state's own
    # forces struck, told by its own voice (not "U.S. officials said Iran-backed militias fired")
    # (or "..., the Pentagon said in a statement", which the lexicon reads as one cue of a claim)
    voices_here = {VOICE_OF[name] for m, name, kind in actors if kind == "source" and name in VOICE_OF
                   and any(0 <= c.tok_start - m.tok_end <= 2 or 0 <= m.tok_start - c.tok_end <= 2
                           for c in _tellings(cats))}
    if event:
        for d in (*cats.get("demonym", ()), *cats.get("actor", ())) if voices_here else ():
            state = d.of("demonym")[0].value if d.of("demonym") else d.of("actor")[0].value[0]
            # ("President Joe Biden said that U.S. special operations forces had killed ... in a raid": past the
            # forces' kind, and the raid told after whom they killed; not "a U.S. Navy destroyer ... shot down three
            # cruise missiles", a defence)
            # (and its partners': "U.S. and partner nation forces", "U.S. and coalition aircraft")
            partners = next((len(p) for p in _AND_PARTNERS if toks[d.tok_end : d.tok_end + len(p)] == p), 0)
            force = next((k for k in range(d.tok_end + partners, min(t1, d.tok_end + partners + 3))
                          if toks[k] in _OWN_FORCE_WORDS), None)
            if state in voices_here and state in STRIKING_STATES and state not in out \
                    and force is not None and (force == d.tok_end + partners or toks[d.tok_end + partners] in _FORCE_KINDS) \
                    and not _in_flight(toks, d.tok_end, t1) \
                    and any(0 < a - force <= (8 if force == d.tok_end + partners else 16) for a in attack_starts) \
                    and not (partners and not _PASSIVE.isdisjoint(toks[force + 1 : force + 8])) \
                    and not any(_defends_at(toks, k) for k in range(force + 1, min(t1, force + 10))) \
                    and not _denies_deed_en(toks[force + 1 : min(t1, force + 6)]) and not any(
                        a.tok_end <= d.tok_start and toks[a.tok_end : a.tok_end + 1] in (["on"], ["at"])
                        for a in cats.get("attack", ())):
                out.append(state)
    for f in cats.get("target", ()) if voices_here else ():
        # "CENTCOM said American forces killed two operatives in a helicopter strike": its forces, the doers
        # (the strike may come after a long apposition: "had killed Qassem Soleimani, commander of ..., in a"; or be
        # the one told before: "قال المتحدث باسم البنتاغون إن القوات الأمريكية نفّذت الضربة")
        state = next((e.value[1] for e in f.of("target") if e.value[1] in voices_here), None)
        verb = f.tok_end
        while verb < min(t1, f.tok_end + 3) and (toks[verb] in _OWN_FORCE_WORDS or toks[verb] in ("and", "artillery")):
            verb += 1  # "US-led coalition aircraft and artillery killed about 100 pro-government fighters"
        # (its aircraft or guns beating back an assault struck it: "U.S.-led coalition aircraft and artillery repelled
        # an assault on a base of the Syrian Democratic Forces", not troops holding their ground)
        armed = not _STRIKING_ARMS.isdisjoint(toks[f.tok_end : verb])
        verb += verb < len(toks) and toks[verb] in _AUXILIARIES  # "had killed"
        # ("أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن الجيش الأمريكي قتل قائد «فيلق القدس» ... في ضربة")
        verbs = _AR_OWN_FORCES_DID if arabic(f) else _OWN_STRIKE_VERBS | (_REPELLED if armed else set())
        if state and state in STRIKING_STATES and state not in out \
                and toks[verb : verb + 1] and toks[verb] in verbs \
                and any(0 < a - verb <= 32 and "." not in toks[verb:a] for a in attack_starts) \
                and not _denies_deed_en(toks[verb : min(t1, verb + 3)]):  # ("had carried out no strikes in Syria")
            out.append(state)
    for c in _tellings(cats):
        # "Iran's Revolutionary Guard said in a statement carried by state television that the strikes were the
        # opening of an operation", "... that the latest wave of «True Promise 3» had targeted": the speaker's own
        # strikes (not "... that the attack was carried out by ...": someone else's)
        if not toks[c.tok_start].isascii():
            # "وقال الجيش الإسرائيلي في بيان إن الغارات «عطّلت بالكامل» المطار": verb, speaker, then its strikes
            # (or a voice of a state that strikes abroad: «وكان وزير الدفاع الأمريكي مارك إسبر قد أعلن أن الضربات
            # «الدفاعية» دمّرت خمسة مخازن أسلحة»; not Damascus's or Baghdad's, which tell of others' strikes on their land)
            speaker_after = [(m, VOICE_OF.get(name, name) if kind == "source" else name, kind)
                             for m, name, kind in actors  # (it may blame others too)
                             if (0 <= m.tok_start - c.tok_end <= 1
                                 # (or before "had" and the verb, past a name: "وكان وزير الدفاع الأمريكي مارك إسبر قد
                                 # أعلن")
                                 or 0 <= c.tok_start - m.tok_end <= 3 and toks[c.tok_start - 1] == _HAD_AR)
                             and (kind == "group" or name in STRIKING_STATES
                                  or kind == "source" and VOICE_OF.get(name) in _STRIKING_ABROAD)]
            speaker_after = [(m, name, kind) for m, name, kind in speaker_after if name not in out]
            window = toks[c.tok_end : min(t1, c.tok_end + 12)]
            that = next((k for k, t in enumerate(window) if t in COMPLEMENTIZERS), None)
            if speaker_after and that is not None and window[that + 1 : that + 2] \
                    and window[that + 1] in _OWN_STRIKES_AR \
                    and not (speaker_after[0][2] == "group" and window[that + 1] in _AIR_RAIDS_AR) \
                    and not _WHAT_STRIKES_DID_AR.isdisjoint(toks[c.tok_end + that + 2 : min(t1, c.tok_end + that + 7)]) \
                    and not any(t in NEGATIONS_AR or t in TARGET_ADJECTIVES  # ("الضربات الروسية لم تستهدف")
                                # (nor another land's: "قال الجيش الإسرائيلي إن الغارات الروسية استهدفت")
                                or _STATE_OF_ADJECTIVE.get(t) not in (None, speaker_after[0][1])
                                for t in toks[c.tok_end + that + 2 : c.tok_end + that + 4]):
                m, name, _kind = speaker_after[0]
                out.append(name)
                taken.add(id(m))
                if voices is not None:
                    voices.add(name)  # heard telling of its own strikes
            continue
        window = toks[c.tok_end : min(t1, c.tok_end + 24)]
        that = next((k for k, t in enumerate(window[:10]) if t == "that"), None)
        if that is None or "by" in window[that:] or any(c.tok_end <= md.tok_start < c.tok_end + that + 10
                                                        for md in cats.get("modal", ())):
            continue
        told = [t for t in window[that + 1 : that + 5] if t not in ("the", "its", "their", "latest", "new", '"')
                and t not in ORDINAL_WORDS and not ORDINAL_RE.match(t)]  # ("the sixth wave", "its 12th attack")
        if not (told and told[0] in _OWN_OPERATION_NOUNS_EN):
            continue
        rest = window[that + 2 : that + 14]
        # (past an aside on it: 'that the operation, which they called "True Promise", was punishment for')
        wide = window[that + 2 :]
        aside_end = next((k for k in range(2, len(wide)) if wide[k] == ","), None) \
            if wide[1:3] in ([",", "which"], [",", "dubbed"], [",", "named"], [",", "called"]) else None
        told_after = wide[aside_end + 1 :] if aside_end is not None else wide[1:]
        # ... which struck, or which was the opening of an operation (not "the raids will not go unanswered"), or the
        # answer to another's deed ("the operation was punishment for the April 1 strike")
        if _OWN_STRIKE_VERBS.isdisjoint(rest) and not any(
                rest[k] in ("were", "was") and rest[k + 2 : k + 3] and rest[k + 2] in _OPENING_WORDS
                for k in range(len(rest))) and not (
                told_after[:1] in (["was"], ["were"]) and not _ANSWERS.isdisjoint(told_after[1:4])):
            continue
        speaker_claims(c)
    if not event and ("speech" in cats or "claim" in cats):
        # "... while the Revolutionary Guards said it had aimed at a military site nearby": speaking of its own
        # attack in a sentence that tells none (the attack was told before)
        modal_at = [md.tok_start for md in cats.get("modal", ())]
        for c in _tellings(cats):
            # (and of the attacks it counts: "Hezbollah says it has carried out more than 670 operations", "the
            # Guards said in a statement carried by state media that it had launched the ninth wave")
            if not toks[c.tok_start].isascii():
                continue  # (English "it"/"they"; Arabic self-reference is read with the event)
            # (from the cue's own "its" when it has one: "Hezbollah said its fighters destroyed an Israeli tank")
            base = next((k for k in range(c.tok_start, c.tok_end) if toks[k] in ("its", "their")), c.tok_end - 1)
            window = toks[base : min(t1, c.tok_end + 12)]
            # (or its men: "said on Telegram that its fighters had carried out four operations on Tuesday")
            # (or "the group" right after the verb: "A spokesman for Kataib Hezbollah said the group had carried out")
            it = next((k for k, t in enumerate(window) if t in ("it", "they", "its", "their")
                       or (t == "group" and k >= 2 and window[k - 1] == "the" and window[k - 2] in _SAID_THAT)), None)
            the_group = it is not None and window[it] == "group"
            # (or what its man did: "said one of its fighters had driven three tonnes of explosives into the market")
            # (past the quotes around the deed's word: 'said its fighters had "liberated" the base')
            # (and past the day of the deed: "said on Sunday its fighters had on Saturday seized the hilltop")
            reach = 4 + (window[it + 1 : it + 5].count('"') + 2 * any(_on_weekday(window, k) for k in range(it + 1, it + 4))
                         if it is not None else 0)
            verb = next((k for k in range(it + 1, min(len(window), it + reach))
                         if window[k] in _OWN_STRIKE_VERBS or window[k] in _OWN_MAN_DID), None) if it is not None else None
            if verb is None and it is not None and window[it] in ("its", "their"):
                # (past its man's title in quotes or an aside on him: 'said one of its "soldiers of the caliphate",
                # whom it identified as a Syrian, had driven the car')
                wide = toks[base : min(t1, c.tok_end + 24)]
                k = it + 1
                close = next((j for j in range(k + 1, min(len(wide), k + 7)) if wide[j] == '"'), None) \
                    if wide[k : k + 1] == ['"'] else None
                k = _past_aside(wide, close + 1 if close is not None else k + 1, reach=12)
                k += wide[k : k + 1] in (["had"], ["has"])
                if k > it + 2 and wide[k : k + 1] and (wide[k] in _OWN_STRIKE_VERBS or wide[k] in _OWN_MAN_DID):
                    window, verb = wide, k
            if verb is not None and window[it] in ("its", "their") and not _PASSIVE.isdisjoint(window[it + 1 : verb]):
                verb = None  # "said its positions were struck": struck, not striking
            if verb is not None and base != c.tok_end - 1 and not _ATTACKERS.isdisjoint(window[verb + 1 : verb + 6]):
                verb = None  # "the SDF, which runs the jail, said its fighters had killed 23 of the attackers": a defence
            # ("that one of its fighters", "that two of their fighters": some of its men)
            some_of = it is not None and it >= 2 and window[it - 1] == "of" and window[it - 2] in _FEW_OF \
                and (it <= 3 or window[it - 3] in _THAT)
            # (or past the day: "said Monday it had targeted", "said on Monday it had targeted")
            day = it is not None and it >= 1 and is_weekday_word(window[it - 1])
            if verb is not None and (it == 0 or window[it - 1] in _THAT or it == 1 or some_of or the_group or day) \
                    and not any(base <= md < base + verb for md in modal_at):
                speaker_claims(c)
    # (or "the operation" told: "In a statement, Kataib Hezbollah said the operation was a response to U.S. support for
    # Israel")
    deed_told = "weapon" in cats or "attack" in cats or any(
        not _OPERATION_WORDS.isdisjoint(toks[c.tok_end : min(t1, c.tok_end + 4)]) for c in cats.get("speech", ()))
    for c in cats.get("speech", ()) if deed_told else ():
        if not toks[c.tok_start].isascii():
            # «وقالت كتائب حزب الله إن الهجوم جاء رداً على الدعم الأمريكي لإسرائيل»: a group justifying the attack as an
            # answer owns it (as in English, "the attack was in response to", below)
            told = toks[c.tok_end : min(t1, c.tok_end + 16)]
            that = next((k for k, t in enumerate(told) if t in COMPLEMENTIZERS), None)
            if that is None or told[that + 1 : that + 2] == [] or told[that + 1] not in _THE_ATTACK_AR \
                    or told[that + 2 : that + 3] == [] or told[that + 2] not in _CAME_AR \
                    or _ANSWER_AR.isdisjoint(told[that + 3 : that + 5]):
                continue
            subject = next(((m, name) for m, name, kind in actors if kind == "group" and id(m) not in taken
                            and c.tok_end <= m.tok_start < c.tok_end + that), None)
            if subject is not None and subject[1] not in out:
                out.append(subject[1])
                taken.add(id(subject[0]))
            continue
        # "The Revolutionary Guards said at the time that the missiles launched at Ain al-Asad ... were revenge for the
        # killing of General Qassem Soleimani": the deed owned as its revenge
        told = toks[c.tok_end : min(t1, c.tok_end + 20)]
        # (or "were their revenge", "was its revenge"; or "the attack was in response to U.S. support for Israel": the
        # deed justified as an answer)
        revenge = not _REVENGE.isdisjoint(told) and any(
            told[k] in BE_FORMS and (told[k + 1] in _REVENGE or told[k + 1] in _THEIR_OWN and told[k + 2 : k + 3]
                                     and told[k + 2] in _REVENGE) for k in range(len(told) - 1))
        # (a group only: a state may justify its proxies' attack, "Iran said the attack was in response to ...")
        answer = not revenge and not _RESPONSE.isdisjoint(told) and any(
            told[k] in BE_FORMS and tuple(told[k + 1 : k + 3]) in _IN_RESPONSE for k in range(len(told) - 1)) and any(
            kind == "group" and 0 <= c.tok_start - m.tok_end <= 3 for m, _n, kind in actors)
        if revenge or answer:
            speaker_claims(c)
    for c in cats.get("speech", ()) if "weapon" in cats else ():
        # "Houthi spokesman Yahya Saree said a ballistic missile was fired at Eilat": a group telling of a launch no one
        # else is named for, its own (not "... was fired by Kataib Hezbollah", another's, nor "... at its positions")
        w = next((w for w in cats["weapon"] if c.tok_end <= w.tok_start <= c.tok_end + 3), None) \
            if toks[c.tok_start].isascii() else None
        # (or of the weapons that did it: "Houthi military spokesman Yahya Saree said ten drones had carried out the
        # attack")
        done = w.tok_end + (toks[w.tok_end : w.tok_end + 1] == ["had"]) if w is not None else 0
        did = w is not None and toks[done : done + 3] == ["carried", "out", "the"]
        # (or what they targeted: "Iran's Revolutionary Guards said the missiles had targeted an Israeli army command";
        # not "had targeted its positions", the speaker struck)
        did = did or w is not None and toks[done : done + 1] == ["targeted"] \
            and toks[done + 1 : done + 2] not in (["its"], ["their"]) \
            and any(e.value in _GROUP_LAUNCHED for e in w.of("weapon"))
        if w is not None and (tuple(toks[w.tok_end : w.tok_end + 2]) in _LAUNCHED_PASSIVE or did) \
                and "by" not in toks[w.tok_end + 2 : min(t1, w.tok_end + 9)] \
                and toks[w.tok_end + 2 : w.tok_end + 4] not in (["at", "its"], ["at", "their"], ["on", "its"]) \
                and any((kind == "group" or name in _ARMED_FORCES) and 0 <= c.tok_start - m.tok_end <= _speaker_reach(toks, c)
                        for m, name, kind in actors) \
                and not any(c.tok_end <= d.tok_start < w.tok_end for d, _n, _k in (*demonyms, *actors)):
            speaker_claims(c)  # (not "Hezbollah said Israeli drones had carried out the attack": another land's)
    ordered_from = min((m.tok_end for m, _n, _k in actors), default=t1)
    for k in range(ordered_from, t1 - 1) if not _ORDERED.isdisjoint(toks[ordered_from : t1 - 1]) else ():
        # "The Pentagon said Trump had ordered that strike": the striking state's own leader ordered it
        # (or strikes of no article: "President Joe Biden ordered air strikes on weapons sites")
        if toks[k] not in _ORDERED:
            continue
        # (or with no article, or as "military action": "said he had ordered strikes on", "ordered 'decisive and
        # powerful' military action", past the quotes)
        action = next((q for q in range(k + 1, min(t1 - 1, k + 8)) if toks[q : q + 2] == ["military", "action"]), None)
        # (past an opening quote: 'said he had ordered "precision airstrikes" that night')
        first = k + 1 + (toks[k + 1] == '"' and k + 2 < len(toks))
        ordered = action is not None and _NOT_ORDERED_EN.isdisjoint(toks[k + 1 : action]) \
            or (toks[first] in _THE_STRIKE or toks[first] in _STRIKE_KINDS_EN) and toks[first + 1 : first + 2] \
            and toks[first + 1] in STRIKE_NOUNS or toks[first] in STRIKE_NOUNS
        # ("..., a strike Trump has said he ordered.": the strike named before the one who ordered it)
        ordered = ordered or (toks[k + 1] in (".", ",", ";") and any(
            0 <= k - m.tok_end <= 6 and any(  # (past his title: "a strike Prime Minister Benjamin Netanyahu")
                toks[j] in STRIKE_NOUNS and all(t.isalpha() for t in toks[j + 1 : m.tok_start])
                for j in range(max(0, m.tok_start - 5), m.tok_start))
            for m, _n, _k in actors))
        if ordered or any(
                w.tok_start == first and any(e.value == "airstrike" for e in w.of("weapon")) for w in cats.get("weapon", ())):
            # ("Trump had ordered that strike", "President Donald Trump has said he ordered that strike", "said on
            # Saturday he had ordered")
            by = [(m, VOICE_OF.get(name, name)) for m, name, _kind in actors if 0 <= k - m.tok_end <= 6
                  and _HE_SAID_HE.issuperset(t for t in toks[m.tok_end : k] if t != "on" and not is_weekday_word(t))]
            for m, name in by:
                if name in STRIKING_STATES and name not in out and not negated:
                    out.append(name)
                    taken.add(id(m))
    for c in cats.get("speech", ()) if not negated else ():
        # "CENTCOM confirmed the strike on Tuesday", "The Israeli military announced the raid in a post on X": a
        # state's voice owning the strike told before (not "confirmed the Israeli strike": another's)
        if toks[c.tok_start] not in _OWNED_ALOUD or not toks[c.tok_start].isascii():
            continue
        noun = c.tok_end + (toks[c.tok_end : c.tok_end + 1] in (["the"], ["that"], ["this"], ["its"]))
        # (not "Iran confirmed the strike killed seven officers": what another's strike did to it)
        # (and nothing said of whom it struck or who is blamed: not "confirmed the strike on Tower 22", nor "confirmed
        # the strike, which it blamed on Iran-backed militias")
        after = toks[noun + 1 : noun + 3]
        if after[:1] == ["on"] and not _on_weekday(after, 0) \
                or not {"blamed", "blames", "blaming"}.isdisjoint(toks[noun:t1]):
            continue
        if toks[noun : noun + 1] and toks[noun] in _OWNED_STRIKE_NOUNS and toks[noun + 1 : noun + 2] != ["by"] \
                and not (toks[noun + 1 : noun + 2] and (toks[noun + 1] in PAST_STRIKE_VERBS or toks[noun + 1] in _STRIKE_KILLED_EN
                                                        or toks[noun + 1] in BE_FORMS or toks[noun + 1] == "had")):
            # (the lands whose commands announce their strikes abroad as a rule: "Syria's defence ministry confirmed
            # the strike" is more often the struck side's word, and "Iran confirmed the strike" too)
            voice = next((VOICE_OF.get(name, name) for m, name, kind in actors
                          if kind in ("state", "source") and 0 <= c.tok_start - m.tok_end <= 1), None)
            if voice in _ANNOUNCING_STATES and voice not in out:
                out.append(voice)
    if own_voice in STRIKING_STATES and own_voice not in out and not negated and "carried" in toks[max(0, t1 - 16) : t1] \
            and any(toks[k] in _DIRECTION and toks[k - 1] in _LEADER_S and "at" in toks[max(0, k - 5) : k]
                    for k in range(max(1, t1 - 10), t1)):
        # "The Pentagon said the strike was carried out at President Trump's direction": its own leader's strike
        out.append(own_voice)
    for m, name, _kind in actors if not negated else ():
        # "two destroyers ... fired 59 Tomahawk cruise missiles at that base on President Trump's order": the strike
        # its leader ordered
        state = VOICE_OF.get(name)
        if state in STRIKING_STATES and state not in out and toks[m.tok_end : m.tok_end + 1] == ["s"] \
                and toks[m.tok_end + 1 : m.tok_end + 2] and toks[m.tok_end + 1] in _DIRECTION \
                and not {"on", "at", "under"}.isdisjoint(toks[max(0, m.tok_start - 3) : m.tok_start]) \
                and any(a.tok_end <= m.tok_start and (toks[a.tok_start] in PAST_STRIKE_VERBS or toks[a.tok_start] in _FIRED_VERBS)
                        for a in cats.get("attack", ())):
            out.append(state)
    if event:
        # (a sentence that says nobody claimed it claims only with a strong word: "ولم تعلن أي جهة مسؤوليتها عن قصف
        # اليوم، غير أن «كتائب حزب الله» دعت في بيان ..." calls on, it does not claim)
        cues += [(c, 12, 3) for c in cats.get("claim", []) if cue_word(c, "claim") not in _STRONG_CLAIM
                 and not negated]
        modal_at = [md.tok_start for md in cats.get("modal", ())]
        def state_tells_its_forces(c: Match) -> bool:
            """"Turkey's General Staff said on Sunday that 72 warplanes had hit 153 targets", "Central Command said
            American aircraft had killed ...": a state's voice telling of its warplanes or troops, named by no land or
            by its own (a group's would be telling of its enemy's)."""
            # (or its spokesman: "The Israeli army's Arabic-language spokesman said")
            near = 5 if toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in _VOICE_WORDS else 1
            voice = None if arabic(c) else next((VOICE_OF.get(name, name) for m, name, kind in actors
                                                  if (kind == "state" or name in VOICE_OF)
                                                  and 0 <= c.tok_start - m.tok_end <= near), None)
            if voice not in STRIKING_STATES:
                return False
            that = next((k for k in range(c.tok_end, min(t1, c.tok_end + 6)) if toks[k] == "that"), None)
            if that is not None and not _REPORTS_LOOKED_INTO.isdisjoint(toks[c.tok_end : that]):
                return False  # "said it was investigating reports that a strike killed civilians": not its telling
            start = that + 1 if that is not None else c.tok_end
            if number_at(toks, start):
                start = number_at(toks, start)[1]
            own = next((d for d, name, _k in (*demonyms, *actors) if d.tok_start == start and name == voice), None)
            told = toks[own.tok_end if own is not None else start : min(t1, start + 14)]
            if own is None and told[:1] == ["the"] and any(name != voice and name in STRIKING_STATES
                                                           for name in struck_before):
                return False  # "When Russian Su-34s bombed an outpost ... U.S. officials said the jets hit": another's
            # (past the aircraft's models: "Su-24 and Su-34 bombers had destroyed", "F-15E and F-35 jets hit")
            model = next((k for k, t in enumerate(told[:9]) if t in _UNNAMED_FORCES_EN), 0)
            if all(len(t) <= 3 or t.isdigit() for t in told[:model]):
                told = told[model:]
            # (not a defence: "American warplanes and ships had destroyed dozens of them in flight")
            # (past a second force: "howitzers and multiple rocket launchers responded")
            if _unnamed_forces_en(told) and not _OWN_STRIKE_VERBS.isdisjoint(told[1:7]) \
                    and _PASSIVE.isdisjoint(told[1:7]) and _INTERCEPTING.isdisjoint(told) and "flight" not in told:
                return True
            # or of a strike no land is named for: "CENTCOM said in a statement that a precision air strike on
            # Thursday killed him" (not "that a Russian air strike killed": another's)
            # ("a" is read as a count, and the count is passed already)
            told = told[1:] if told[:1] in (["an"], ["the"]) else told
            strike = next((k for k in range(3) if told[k : k + 1] and told[k] in _STRIKE_HEADS_EN), None) \
                if own is None else None
            verb = next((k for k in range(strike + 1, min(len(told), strike + 14)) if told[k] in _STRIKE_KILLED_EN), None) \
                if strike is not None else None
            first = start + (len(toks[start : min(t1, start + 14)]) - len(told))
            # (not "a strike by Iran-backed militants hit the base": another's, named after "by"; nor "a drone strike
            # on Tower 22 killed three American soldiers": its own forces struck)
            # (nor "a drone strike on its base ... killed three of its soldiers": a strike on it)
            return verb is not None and _PASSIVE.isdisjoint(told[strike + 1 : verb]) and "by" not in told[strike + 1 : verb] \
                and {"its", "their", "our"}.isdisjoint(told[strike + 1 : verb + 5]) \
                and not any(start <= d.tok_start < first + verb and not d.places for d, _n, _k in (*demonyms, *actors)) \
                and not any(other != voice and other in STRIKING_STATES for _d, other, _k in (*demonyms, *actors)) \
                and not any(m.tok_start >= start and e.value[1] == voice for m in cats.get("target", ()) for e in m.of("target"))

        def group_tells_its_weapons(c: Match) -> bool:
            """"The Houthis said on Monday that a 'Quds-2' cruise missile had hit an Aramco station in north Jeddah": a
            group telling of a missile, drone or rocket of no named land that struck (its own; not one that struck it)."""
            if arabic(c) or not any(kind == "group" and 0 <= c.tok_start - m.tok_end <= 1 for m, _n, kind in actors):
                return False
            that = next((k for k in range(c.tok_end, min(t1, c.tok_end + 5)) if toks[k] == "that"), None)
            if that is None:
                return False
            weapon = next((k for k in range(that + 1, min(t1, that + 11)) if toks[k] in _LAUNCHED_WEAPONS_EN), None)
            verb = next((k for k in range(weapon + 1, min(t1, weapon + 4)) if toks[k] in _OWN_STRIKE_VERBS
                         or toks[k] == "hit"), None) if weapon is not None else None
            return verb is not None and _PASSIVE.isdisjoint(toks[weapon + 1 : verb + 1]) \
                and {"its", "their", "our"}.isdisjoint(toks[verb + 1 : verb + 5]) \
                and not any(that < m.tok_start < verb for m in (*cats.get("demonym", ()), *cats.get("actor", ())))

        self_speech = [c for c in cats.get("speech", []) + cats.get("claim", [])
                       # Arabic puts the speaker and "in a statement carried by ..." before "أنه" (and a statement
                       # quoted after a colon may open with an aside: "جاء فيه: «استمراراً لنهجنا ...، استهدف مجاهدونا»")
                       if (_speaks_of_itself(toks[c.tok_end : t1 if toks[c.tok_end : c.tok_end + 1] == [":"]
                                                  else min(c.tok_end + (18 if arabic(c) else 12), t1)])
                           or state_tells_its_forces(c)
                           or group_tells_its_weapons(c)
                           # the cue "said it" holds its subject: "said it carried out" (not "said it had shot down")
                           or toks[c.tok_end - 1] in ("it", "they")
                           and not _OWN_STRIKE_VERBS.isdisjoint(toks[c.tok_end : c.tok_end + 3])
                           # "said that a drone attack on Ain al-Asad was carried out by its fighters"
                           or _done_by_its_own(toks[c.tok_end : t1])
                           or _goes_on_of_itself(toks, c, t1))
                       # "said its campaign would continue": a vow, not a claim
                       and not any(c.tok_end <= md <= c.tok_end + 8 for md in modal_at)
                       # "the coalition said it had carried out no air strikes inside the city": a denial
                       and not _denies_deed_en(toks[c.tok_end : min(t1, c.tok_end + 8)])
                       # "said that two of its fighters had been killed in a U.S. strike": its dead, not its attack
                       and not _own_dead_told_en(toks[c.tok_end : min(t1, c.tok_end + 12)])
                       # «أقرّ الجيش الإسرائيلي بمقتل جنديين ... جراء طائرة مسيّرة قال إنها أُطلقت»: it admits its dead
                       and not (arabic(c) and cue_word(c, "speech") in _ADMITTED_AR and any(
                           toks[k][:1] == "ب" and toks[k][1:] in _TOLL_WORDS for k in range(c.tok_end, min(t1, c.tok_end + 5))))]
        cues += [(c, 15, 3) for c in self_speech if "speech" in c.by_category]
        # A state that says it struck claims its strike, as a group does: "the Revolutionary Guards
        # said in a statement that they had fired missiles at ...". Only the nearest actor before the
        # verb speaks, and "Tehran-aligned factions said" is the factions speaking.
        for c in self_speech:
            if arabic(c):
                # Verb, then speaker: "وأعلن الحرس الثوري، في بيان ...، أنه استهدف" is the state speaking of itself
                # (or before "had": "وكان الحرس الثوري الإيراني قد أعلن في بيان أنه استهدف")
                # (or the subject, then the verb: "الحرس الثوري الإيراني أعلن في بيان أنه أطلق ستة صواريخ")
                # (or a state's voice: "قالت وزارة الدفاع الأمريكية في بيان إنها استهدفت")
                own_strike = any(toks[k] in _SELF_SUBORDINATE and toks[k + 1 : k + 2] and toks[k + 1] in _AR_OWN_STRIKE_VERBS
                                 for k in range(c.tok_end, min(t1 - 1, c.tok_end + 8)))
                after = [(m, VOICE_OF.get(name, name)) for m, name, kind in actors
                         if (kind == "state" or kind == "source" and own_strike) and VOICE_OF.get(name, name) in STRIKING_STATES
                         and id(m) not in taken and (0 <= m.tok_start - c.tok_end <= 2 or m.tok_end == c.tok_start or (
                             m.tok_end == c.tok_start - 1 and toks[m.tok_end] == _HAD_AR))]
                # "أصدرت القوة البرية في حرس الثورة، اليوم، بياناً أعلنت فيه أنها استهدفت": the statement's issuer
                # ("نشرت المقاومة الإسلامية على قناتها بياناً جاء فيه أن مجاهديها استهدفوا": a group's too)
                # (past the channel and the hour when the statement is named right before the verb: "نشرت «المقاومة
                # الإسلامية في العراق» على قناتها في تلغرام، فجر اليوم الجمعة، بياناً قالت فيه")
                reach = 18 if not STATEMENT_WORDS.isdisjoint(toks[max(0, c.tok_start - 2) : c.tok_start]) else 10
                issuer = [(m, name) for m, name, kind in actors if (kind == "group" or name in STRIKING_STATES)
                          and id(m) not in taken and 0 <= c.tok_start - m.tok_end <= reach
                          and not STATEMENT_WORDS.isdisjoint(toks[m.tok_end : c.tok_start])]
                for m, name in issuer[-1:]:
                    if name not in out:
                        out.append(name)
                        taken.add(id(m))
                if after and (after[0][0], after[0][1]) not in groups:
                    groups.append(after[0])
                but = next((k for k in range(c.tok_start - 1, max(-1, c.tok_start - 12), -1) if toks[k] in _BUT_WORDS),
                           None)
                if not after and c.proclitic == "و" and but is not None:
                    # "لكن الجيش الإسرائيلي حمّله المسؤولية، وأعلن أن طائراته قصفت": the state right after "but" goes on
                    # to speak of its own strike
                    for m, name, kind in actors:
                        if m.tok_start == but + 1 and kind == "state" and name in STRIKING_STATES and name not in out:
                            out.append(name)
                            taken.add(id(m))
                elif not after and c.proclitic == "و":
                    # "وقال الجيش الإسرائيلي إن 19 صاروخاً أُطلقت من لبنان ...، وأضاف أن مدفعيته ردّت": the state that
                    # spoke first in the sentence goes on, "and added", to tell of its own strike
                    first = [name for m, name, kind in actors for v in cats.get("speech", ())
                             if kind == "state" and name in STRIKING_STATES and v.tok_end <= m.tok_start
                             and m.tok_start - v.tok_end <= 1 and m.tok_end <= c.tok_start and arabic(v)]
                    out.extend(name for name in first[:1] if name not in out)
                went_on = c.proclitic == "و" or toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in _WHEN_AR
                if not after and went_on:
                    # "أعاد الحرس الثوري الإيراني استخدام صواريخه الباليستية، حين أعلن في بيان أنه أطلق ستة صواريخ": the
                    # one actor named before, the subject of the sentence, goes on to speak of itself
                    prior = [(m, name, kind) for m, name, kind in actors if m.tok_end <= c.tok_start]
                    # (of its own strike, "أنه أطلق": not "وقالت إنها أسفرت عن ستة قتلى", the strike's toll)
                    itself = next((k for k in range(c.tok_end, min(t1, c.tok_end + 6)) if toks[k] in _SELF_REFERENCE),
                                  None)  # ("أنه أطلق", "أن طائراته قصفت")
                    if len(prior) == 1 and itself is not None \
                            and not _AR_OWN_STRIKE_VERBS.isdisjoint(toks[itself + 1 : itself + 5]) \
                            and (prior[0][2] == "group" or prior[0][1] in STRIKING_STATES) \
                            and id(prior[0][0]) not in taken and prior[0][1] not in out and not any(
                                prior[0][0].tok_end <= v.tok_start < c.tok_start for v in cats.get("speech", ())):
                        out.append(prior[0][1])
                        taken.add(id(prior[0][0]))
                        if voices is not None and prior[0][1] in STRIKING_STATES:
                            voices.add(prior[0][1])  # (heard: it announced)
                continue
            before = [(m, name, kind) for m, name, kind in actors + forces
                      if id(m) not in taken and 0 <= c.tok_start - m.tok_end <= 6]
            voice = _voice_before_its_name(toks, c.tok_start, actors) if not before else None
            if voice is not None and id(voice[0]) not in taken:
                before = [voice]  # ("The Israeli military's chief spokesman, Brigadier General Hidai Zilberman, said")
            if not before and toks[c.tok_start - 1 : c.tok_start] == ["and"]:
                # "The Israeli military said ... and said its jets struck": the same speaker again.
                earlier = [s for s in cats.get("speech", ()) if s.tok_end <= c.tok_start]
                again = [name for m, name, kind in actors if kind == "state" and name in STRIKING_STATES
                         and any(0 <= s.tok_start - m.tok_end <= 6 for s in earlier)]
                out.extend(name for name in again[-1:] if name not in out)
            if not before and toks[c.tok_start - 1 : c.tok_start] == ["but"]:
                # "Turkey's defence ministry did not comment on the strike, but said separately that its aircraft
                # had hit PKK targets": the state that opens the sentence goes on to speak of its own strikes
                opener = _opening_state(actors, c.tok_start)
                if opener in STRIKING_STATES and opener not in out:
                    out.append(opener)
            if before:
                m, name, kind = max(before, key=lambda a: a[0].tok_end)
                if kind == "source" and VOICE_OF.get(name) in STRIKING_STATES \
                        and _own_strike_told(toks, c.tok_end, t1, cats):
                    # "CENTCOM announced that it had struck": the state's own voice (not "said that it was the third
                    # attack", "told reporters that it was an ISIS attack")
                    name, kind = VOICE_OF[name], "state"
                hyphenated = folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-"
                if kind == "state" and name in STRIKING_STATES and not hyphenated and (m, name) not in groups:
                    groups.append((m, name))
    # "The group, which usually claims attacks through its Amaq news agency, had not done so": a habit, no claim
    habitual = any(toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in _HABITUALLY
                   for c in cats.get("claim", ()))
    for cue, before_window, after_window in cues:
        if any(_negates(n, cue, toks) for n in negated):
            continue
        if habitual and (cue.tok_start and toks[cue.tok_start - 1] in _HABITUALLY or cue_word(cue, "claim") in _AMAQ):
            continue
        if before_window > 0 and arabic(cue) and cue_word(cue, "claim") not in _STRONG_CLAIM and any(
                v.tok_end == cue.tok_start and v.proclitic == "و" for v in cats.get("speech", ())):
            # "بدأ الجيش التركي ... لطرد تنظيم «داعش» من جرابلس، وقال في بيان إن مدفعيته قصفت": "and (it) said" goes
            # on with the sentence's subject, not the group named last before it
            before_window = -1
        if toks[cue.tok_end - 1] in STATEMENT_WORDS and cue.tok_end < len(toks) and toks[cue.tok_end] in _STATEMENT_ABOUT \
                and _CHANNELS.isdisjoint(toks[cue.tok_end + 1 : cue.tok_end + 6]) \
                and not (cue.tok_end + 1 < len(toks) and (is_weekday_word(toks[cue.tok_end + 1])
                                                          or is_month_word(toks[cue.tok_end + 1]))):
            # "a CENTCOM statement on Houthi attacks" is about them, not theirs ("a statement on Telegram" is, and
            # "a statement on their Sepah News website", and "a statement on Sunday")
            continue
        if toks[max(0, cue.tok_start - 2) : cue.tok_start] in (["that", "has"], ["which", "has"], ["that", "have"],
                                                               ["which", "have"], ["who", "have"]):
            continue  # "the Islamic Resistance, which has claimed dozens of attacks since October": its record
        if arabic(cue) and _claimed_a_record_ar(toks, max([cue.tok_end] + [m.tok_end for m, _n, _k in actors
                                                                      if 0 <= m.tok_start - cue.tok_end <= 1]), t1):
            continue  # "من أبرز الفصائل التي أعلنت مسؤوليتها عن عشرات الهجمات ... منذ منتصف تشرين الأول": its record
        if toks[cue.tok_start - 1 : cue.tok_start] in (["has"], ["have"]) \
                and toks[cue.tok_end : cue.tok_end + 2] in (["only", "one"], ["one"], ["a", "single"], ["just", "one"]) \
                and "since" in toks[cue.tok_end : cue.tok_end + 9]:
            continue  # "The group has claimed only one attack on Israel since the ceasefire": its record, not this one
        is_arabic = arabic(cue)
        if not is_arabic and cue_word(cue, "claim") not in _STRONG_CLAIM and any(
                toks[k] == "by" and toks[k - 1] in _DONE_BY and toks[k + 1 : k + 2] not in (["its"], ["their"])
                for k in range(cue.tok_end + 1, min(t1, cue.tok_end + 16))):
            # "Hezbollah said in a statement that the attack was carried out by a Palestinian faction" (not "by its
            # fighters": its own)
            continue
        if is_arabic and cue_word(cue, "claim") not in _STRONG_CLAIM:
            told = toks[cue.tok_end : min(t1, cue.tok_end + 12)]
            # (past a long name: "أعلنت قوات سوريا الديمقراطية (قسد) المدعومة من الولايات المتحدة، الاثنين، ارتفاع
            # عدد ضحايا القصف التركي")
            wide = toks[cue.tok_end : min(t1, cue.tok_end + 20)]
            toll = next((i for i, t in enumerate(wide) if t in _TOLL_WORDS and (
                i < 12 or COMPLEMENTIZERS.isdisjoint(wide[:i]))), None)  # (not "أنه استهدف ... ما أسفر عن مقتل")
            if toll is not None and _OPERATION_NOUNS.isdisjoint(wide[:toll]):
                continue  # "أعلن المتحدث باسم الحوثي مقتل خمسة من عناصره جراء غارات": a toll, not a claim
            that = next((k for k, t in enumerate(told) if t in COMPLEMENTIZERS), None)
            if that is not None and told[that + 1 : that + 2] and told[that + 1] in _AIR_RAIDS_AR:
                continue  # "أعلنت وحدات حماية الشعب أن الغارات دمّرت مركزاً": air raids, another's (a group flies none)
            verb = next((k for k in range(that + 1, len(told)) if told[k] in _AR_OWN_STRIKE_VERBS), len(told)) \
                if that is not None and told[that] not in _SELF_SUBORDINATE else None
            if verb is not None and not _SUBJECTED_AR.isdisjoint(told[that + 1 : verb]):
                continue  # "أعلن الحشد الشعبي أن مقراً له في جرف الصخر تعرّض لغارة": it was struck, it struck nothing
            if verb is not None and any(that < d.tok_start - cue.tok_end < verb for d in cats.get("demonym", ())):
                continue  # "أعلن حزب الله أن طائرة مسيّرة إسرائيلية استهدفت سيارة": a state's strike, told by the group
            if verb is not None and that is not None and _tells_anothers_attack(cue, that, verb, actors, before_window):
                continue  # "وقالت قسد في بيان إن «خلايا داعش» نفّذت الهجوم"
            said_that = next((k for k, t in enumerate(wide) if t in COMPLEMENTIZERS), None)
            if _own_dead_told(told) or (said_that is not None and _own_dead_told(wide[said_that:])):
                # "وأعلن «حزب الله» أن اثنين من عناصره قُتلا في الغارة": its dead, not its attack (past the speaker's
                # long name and the day: "أعلنت هيئة الحشد الشعبي، في بيان اليوم الاثنين، أن 22 من مقاتليها قُتلوا")
                continue
            if that is not None and verb == len(told) and not _BEEN_ON_DUTY.isdisjoint(told[that + 1 :]):
                continue  # "قالت هيئة الحشد إن مقاتليها كانوا يؤدّون مهامهم في حماية الحدود": their duty, no attack
            if said_that is not None and _withdrawal_told(wide[said_that + 1 : said_that + 6]):
                continue  # "قالت «قسد» في بيان إن مقاتليها «تصدّوا لهجوم واسع»": they held off an attack
        if not is_arabic and cue_word(cue, "claim") not in _STRONG_CLAIM:
            told = toks[cue.tok_end : min(t1, cue.tok_end + 12)]
            that = next((k for k, t in enumerate(told) if t == "that"), None)
            verb = next((k for k in range(that + 1, len(told)) if told[k] in _OWN_STRIKE_VERBS), None) \
                if that is not None else None
            if verb is not None and _tells_anothers_attack(cue, that, verb, actors, before_window):
                continue  # "The SDF said in a statement that Islamic State cells carried out the attack"
            if that is None and told[:1] in (["they"], ["it"]) and told[1:2] in (["believed"], ["believe"], ["suspected"],
                                                                            ["suspect"], ["thought"], ["think"]):
                continue  # "U.S. officials said they believed Kataib Hezbollah fired the rockets": a belief, no deed
            if any(0 < b.tok_start - cue.tok_end <= 12 and toks[b.tok_start - 1] not in ("they", "it", "we")
                   # (not a person killed and what he was responsible for: "said it had killed a Kataib Hezbollah
                   # commander 'responsible for directly planning and participating in attacks on U.S. forces'")
                   and toks[b.tok_start - 1 - (toks[b.tok_start - 1] == '"')] not in _PERSONS_RESPONSIBLE
                   # (nor goods: "had bombed two convoys carrying supplies")
                   and toks[b.tok_start - 1] not in _CARRYING
                   for b in (*cats.get("alleged_after", ()), *cats.get("alleged_before", ()))):
                # "said in a statement that the United States bore final responsibility": it blames another (not "said
                # they were behind the drone strike": itself)
                continue
        if not is_arabic and cue_word(cue, "claim") not in _STRONG_CLAIM:
            # A weak cue whose words tell no deed of the speaker's claims nothing:
            after = toks[cue.tok_end : cue.tok_end + 12]
            if not _DEATH_NOUNS.isdisjoint(after[:3]) \
                    or _withdrawal_told(after[:4]) \
                    or any(_defends_at(toks, k) and _OWN_STRIKE_VERBS.isdisjoint(toks[cue.tok_end : k])
                           for k in range(cue.tok_end, min(t1, cue.tok_end + 6))) \
                    or not {"will", "would"}.isdisjoint(after[:6]) \
                    or _own_dead_told_en(toks[cue.tok_end : min(t1, cue.tok_end + 12)]) \
                    or _own_dead_long_after(toks[cue.tok_end : min(t1, cue.tok_end + 24)]):
                # (its dead after a long list of names: "said that their prime minister, Ahmed Ghaleb al-Rahawi, and
                # several ministers had been killed", with no strike of its own told)
                # "Hezbollah announced the death of three of its fighters", "the SDF said its fighters had pulled back",
                # "Israel's military said its Iron Dome batteries shot down two rockets", 'said in a statement that its
                # "response will be very tough"', "said that two of its fighters had been killed in a U.S. strike"
                continue
        is_speech = cue in cats.get("speech", [])
        if is_arabic and is_speech and cue_word(cue, "claim") not in _STRONG_CLAIM \
                and cue_word(cue, "speech") not in _SAYING_OF_THE_NAMED and not _subject_of_had(toks, cue, actors):
            before_window = -1  # Arabic puts the speaker after the verb: "بحسب مصادر", "أعلنت الكتائب"
            # (but after "كان" the subject comes first: "وكانت المقاومة الإسلامية في العراق قد أعلنت أنها استهدفت")
        if cue_word(cue, "claim") in _BY_STATEMENT_OF:
            before_window = -1  # "وفق بيان للحزب", "according to a statement by X": whose statement comes after
        # (or a channel speaking for it: "أعلنت قناة «المسيرة» الناطقة باسم الحوثيين أن القوة الصاروخية استهدفت")
        # (or "of": "أعلن المتحدث الرسمي للقوات المسلحة العميد يحيى سريع أن")
        spoken_for = next((k for k in range(cue.tok_end, min(t1, cue.tok_end + 6)) if toks[k] in _TITLE_NOUNS
                           and (_IN_THE_NAME_OF in toks[k + 1 : k + 3]
                                or any(t.startswith("لل") for t in toks[k + 1 : k + 3]))), None) if is_arabic else None
        if spoken_for is not None and (spoken_for == cue.tok_end or toks[cue.tok_end] in _CHANNELS):
            # "أعلن المتحدث باسم القوات المسلحة التابعة لحكومة صنعاء، العميد يحيى سريع، أن": the spokesman's name
            # after his long title
            after_window = max(after_window, 12)
        if is_arabic and toks[cue.tok_end : cue.tok_end + 1] and toks[cue.tok_end] in _INSIDERS \
                and IN_AR in toks[cue.tok_end + 1 : cue.tok_end + 3]:
            # "أعلن مصدر عسكري في قوات الجيش واللجان الشعبية التابعة لجماعة أنصار الله أن": one of the group's own
            after_window = max(after_window, 10)
        # (what a statement or a speaker says: "قال ... في بيان إن الهيئة «تحمّل القوات الأمريكية المسؤولية» عن
        # الانفجار" blames; "قالت هيئة الحشد في بيان إن الانفجار ... «نتج عن استهداف بطائرة مسيّرة»" tells what struck it)
        said_that = next((k for k in range(cue.tok_end, min(t1, cue.tok_end + 10)) if toks[k] in COMPLEMENTIZERS), None) \
            if is_arabic and (is_speech or not STATEMENT_WORDS.isdisjoint(toks[cue.tok_start : cue.tok_end])) else None
        if said_that is not None and _AR_OWN_STRIKE_VERBS.isdisjoint(toks[said_that : min(t1, said_that + 24)]) and (
                any(0 < b.tok_start - said_that <= 4 for b in cats.get("alleged_before", ()))
                or not _RESULTED_FROM.isdisjoint(toks[said_that : min(t1, said_that + 24)])):
            continue
        if not is_arabic:
            # English puts the speaker before "said": a group after "said its jets struck" is the target.
            # "said it struck Hezbollah positions": the group after a "said ..." cue is the target.
            said_it = cue_word(cue, "claim").startswith("said")
            if said_it and not _READY_OR_WILL.isdisjoint(toks[cue.tok_end : cue.tok_end + 2]):
                continue  # "Kataib Sayyid al-Shuhada said it was ready for \"open war\"": a readiness, no deed told
            if (said_it or is_speech) and _denies_deed_en(toks[cue.tok_end : min(t1, cue.tok_end + 12)]):
                continue  # "Kataib Hezbollah said it had carried out no attacks on Monday": a denial
            if toks[cue.tok_end : cue.tok_end + 2] in (["did", "not"], ["does", "not"], ["made", "no"], ["makes", "no"]):
                continue  # "though the military statement did not mention that": a statement silent on it
            if (said_it or is_speech) and phrase_start(toks[cue.tok_end : min(t1, cue.tok_end + 4)], _NO_COMMENT) is not None:
                continue  # "Kataib Hezbollah said in a statement it had no comment on what it called resistance operations"
            after_window = -1 if said_it or (is_speech and "claim" not in cue.by_category) else 4
            if toks[cue.tok_start - 1 : cue.tok_start] and toks[cue.tok_start - 1] in _GROUP_NOUNS_EN \
                    and not any(m.tok_end == cue.tok_start for m, _n, _k in actors):
                # "Little-known group claims Taji rocket attack as Kataib Hezbollah offers praise": an unnamed group is
                # the subject, and the one named after the attack is not
                after_window = -1
        near = []
        strong = cue_word(cue, "claim") in _STRONG_CLAIM
        # "وأعلن الحرس الثوري تبنّي العملية": a state's force may claim too (not one named as a backer: taken)
        for m, name in groups + (states if strong else []):
            if (m, name) in states and not (0 <= cue.tok_start - m.tok_end <= 3 or 0 <= m.tok_start - cue.tok_end <= 2
                                            and "," not in toks[cue.tok_end : m.tok_start]):
                # a state claims only right beside the cue (not "فصائل موالية لإيران" further on, nor "No group claimed
                # responsibility, and U.S. officials declined to say": another clause)
                continue
            if cue_word(cue, "claim") == "to claim" and "by" in toks[max(0, m.tok_start - 4) : m.tok_start]:
                continue  # "new names used by Kataib Hezbollah to claim attacks": what others say it does
            if not is_arabic and toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _HELD_THINGS:
                continue  # "U.S. aircraft struck Islamic State positions ..., the Pentagon said in a statement": struck
            if not is_arabic and any(toks[i] in _HELD_BY and toks[i + 1] == "by" and "," not in toks[i:m.tok_start]
                                     and toks[i - 1] not in _OUTLETS for i in range(max(1, m.tok_start - 6), m.tok_start - 1)):
                # '"... a strike on a cave used by the remnants of Daesh," the command said': what was struck (not "a
                # Telegram channel used by the Islamic Resistance in Iraq posted a statement", its outlet)
                continue
            if (m, name) in states and m.tok_start > cue.tok_end and toks[m.tok_start - 1] in _INSIDE_WORDS:
                continue  # "officials, who readily claimed strikes inside Iran": where the strikes were, not who claims
            if m.tok_start > cue.tok_end and _AGAINST_AR in toks[max(cue.tok_end, m.tok_start - 5) : m.tok_start]:
                continue  # "أثناء تنفيذها مهمة قتالية ضد تجمّعات تنظيم داعش": against whom, not who claims
            if is_arabic and m.tok_start > cue.tok_end and (
                    (before_name := [t for t in toks[max(cue.tok_end, m.tok_start - 3) : m.tok_start] if t != '"'][-2:])
                    and before_name[-1] in _MEMBERS_STRUCK_AR
                    or before_name[-1:] == [FROM_AR] and before_name[:1] and before_name[0] in _MEMBERS_STRUCK_AR):
                continue  # "تبنّت الوكالة مقتل عنصر من «قسد» برصاص قنّاص": whose man was killed, not who claims
            if not strong and m.tok_start and (toks[m.tok_start - 1] in OBJECT_PREPOSITIONS
                                               or number_at(toks, m.tok_start - 1) is not None
                                               # (a day's number is no count: "On January 7 Syria's defence ministry")
                                               and not any(is_month_word(t) for t in toks[max(0, m.tok_start - 3) : m.tok_start - 1])):
                continue  # "an assault on PMF outposts that killed ten PMF fighters, according to a statement"
            if toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _HYPHEN_PARTICIPLES \
                    and folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-":
                continue  # "claimed by Yemen's Iran-aligned Houthi movement": the Houthis claim, not Iran
            if ends_with(toks[max(0, m.tok_start - 5) : m.tok_start], NO_CLAIM_FROM):
                continue  # "تبنّت جماعة مجهولة التفجير، في حين لم يصدر عن داعش أي تبنٍّ": nothing came from it
            if not strong and not _THREAT_OR_PRAISE_VERBS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]
                                                            + toks[m.tok_end : m.tok_end + 2]):
                continue  # "حذّرت «كتائب حزب الله» في بيان من أن أي ضربة": a statement that warns claims nothing
            before = 0 <= cue.tok_start - m.tok_end <= before_window
            if before and not is_arabic and _closes_a_quote(folded, m, cue):
                # "'... and undermine the mission to defeat ISIS,' the statement said": the quotation's last words,
                # not who speaks it (but 'signed by the "martyrs brigade," it said': the name quoted)
                before = False
            if before and is_arabic and not strong and any(
                    m.tok_end <= v.tok_start and v.tok_end <= a.tok_start and a.tok_end <= cue.tok_start
                    for v in cats.get("speech", ()) for a, _n, _k in actors):
                # "المعركة ضد تنظيم «داعش»، إذ أعلنت قيادة العمليات المشتركة في بيان": the statement is of the one
                # named after the verb, not of the group before it
                before = False
            if before and is_arabic and not strong and _lam_owned(toks, m):
                before = False  # "استهدف نقطة مرابطة لـ«الحشد الشعبي»، في بيان": whose post was struck, not who tells
            if before and not is_arabic and not strong and toks[m.tok_end : cue.tok_start].count(",") \
                    and _another_teller(toks, m.tok_end, cue.tok_start, matches):
                before = False  # "after it dropped bombs near fighters of the SDF, the coalition said in a statement"
            if before and not is_arabic and not strong and any(
                    toks[k] == "," and toks[k + 1] == "and" for k in range(m.tok_end, cue.tok_start - 1)):
                # "SDF fighters shelled army positions on Tuesday, and the ministry announced that its units had begun":
                # a new clause, with a speaker of its own
                before = False
            # "أكدت في بيان أن «عصابات داعش» شنت هجوماً": the group after "أن" is what the statement reports
            after = 0 <= _words_between(toks, cue.tok_end, m.tok_start) <= after_window and (strong or COMPLEMENTIZERS.isdisjoint(
                toks[cue.tok_end : m.tok_start])) and not _opens_a_time(toks, m)
            # (but "تبنّت الهجمات، إن لم يكن جميعها، مجموعة ..."; not "the first attack it has claimed since Hamas launched")
            if before or after:
                near.append((min(abs(cue.tok_start - m.tok_end), abs(m.tok_start - cue.tok_end)), m, name))
        if not near and is_arabic and toks[cue.tok_start - 1 : cue.tok_start] \
                and toks[cue.tok_start - 1] in _BUT_IT_AR:
            # «ولم يتبنَّ الحزب قصف صفد، لكنه أعلن في بيان أنه استهدف»: "but it announced", it being the group the
            # clause before is about
            subject = [(m, name) for m, name in groups if m.tok_end < cue.tok_start - 1 and id(m) not in taken]
            near = [(0, m, name) for m, name in subject[-1:]]
        comma = cue.tok_start - 1
        while comma > 0 and toks[comma] in _AUXILIARIES:
            comma -= 1  # "..., had said on Sunday that its drones struck"
        # (or no one named in the window: "Kataib Hezbollah, which has waged a campaign against U.S. forces, said it")
        if not is_arabic and toks[comma] == "," and (near or any(_named_as_member(toks, m) for m, _n, _k in actors)
                                                     or toks[cue.tok_start - 1] == "," and _aside_opening(toks, comma)
                                                     and not _OWN_STRIKE_VERBS.isdisjoint(toks[cue.tok_end : cue.tok_end + 4])):
            # "The Islamic Resistance in Iraq, an umbrella group for militias including Kataib Hezbollah, claimed":
            # the subject is the one before the apposition, not those named inside it
            # (past the commas of a list inside it: "a banner adopted by factions that include Kataib Hezbollah,
            # Harakat al-Nujaba and Kataib Sayyid al-Shuhada,")
            opened = _aside_opening(toks, comma) \
                or next((k for k in range(comma - 1, max(0, comma - 24), -1) if toks[k] == ","), None)
            subject = [(m, name) for m, name in groups if opened is not None and m.tok_end == opened]
            if subject:
                near = [(0, subject[0][0], subject[0][1])]
        participle = cue.tok_start - (1 if toks[cue.tok_start - 1] in ("instead", "also") else 0)
        if not is_arabic and not near and toks[cue.tok_start] == "claiming" and toks[participle - 1] == "," and actors:
            # "The Islamic Resistance in Iraq, the umbrella group that has claimed most attacks since October, did not
            # mention the embassy in its statements, instead claiming drone strikes on Ain al-Asad": the subject's claim
            m, name, kind = min(actors, key=lambda a: a[0].tok_start)
            if kind == "group" and id(m) not in taken:
                near = [(0, m, name)]
        # The nearest group claims, with those listed beside it ("the Houthis and the Islamic Resistance said");
        # "تبنّى داعش الهجوم على مواقع لقوات الحشد": a group further on is the target
        # (as near before as after, an Arabic verb's subject is the one after it: "وبعد ساعات من بيان الكتائب،
        # تبنّت «المقاومة الإسلامية»")
        near.sort(key=lambda n: (n[0], is_arabic and n[1].tok_start < cue.tok_start))
        claimers = near[:1]
        if cue_word(cue, "claim") in _JOINT_CUES:
            # "أعلن المتحدث باسم جماعة الحوثيين، في بيان مشترك مع «المقاومة الإسلامية في العراق»": both, the one
            # speaking and the one it speaks with
            claimers += [n for n in near[1:] if (n[1].tok_start < cue.tok_start) != (near[0][1].tok_start < cue.tok_start)][:1]
        for _d, m, name in near[1:]:
            if any(coordinated(toks, m, c) or coordinated(toks, c, m) for _dd, c, _n in claimers):
                claimers.append((_d, m, name))
            elif any(n == name for _dd, _c, n in claimers):
                # «المقاومة الإسلامية» و«القوات المسلحة اليمنية» التابعة لجماعة الحوثي، في بيان مشترك: the group named
                # again is the same claimer, and the one listed with it claims too
                claimers.append((_d, m, name))
                claimers += [n for n in near[1:] if n not in claimers and (coordinated(toks, n[1], m) or coordinated(toks, m, n[1]))]
        for _d, m, name in claimers:
            if name not in out:
                out.append(name)
                taken.add(id(m))
                if ends_with(toks[max(0, m.tok_start - 3):m.tok_start], _AFFILIATED_BEFORE):
                    affiliated.add(name)
    # "the B-2 bombing raid that President Donald Trump announced", "the strike, which Kataib Hezbollah later
    # claimed": who announced or claimed the attack named before the relative pronoun
    for a in (*cats.get("attack", ()), *cats.get("weapon", ())):
        window = toks[a.tok_end : min(t1, a.tok_end + 6)]
        if "that" not in window and "which" not in window:
            continue
        rel = a.tok_end + min(window.index(w) for w in ("that", "which") if w in window)
        if any(t in CLAUSE_BREAKS and t != "," for t in toks[a.tok_end : rel]):
            continue
        for m, name, kind in actors:
            if not 1 <= m.tok_start - rel <= 4 or id(m) in taken:
                continue
            verb = next((t for t in toks[m.tok_end : m.tok_end + 3] if t in _RELATIVE_CLAIM_VERBS), None)
            name = lexicon.SPOKESPEOPLE.get(name, name) if kind == "source" else name
            if verb and (kind == "group" or name in STRIKING_STATES) and name not in out:
                out.append(name)
                taken.add(id(m))
    # "in an attack Iran's Revolutionary Guards later said was aimed at an Israeli centre": who tells what its attack
    # was aimed at owns it (not "an attack the Pentagon said was carried out by Kataib Hezbollah": told of another)
    for a in cats.get("attack", ()):
        for m, name, kind in actors:
            # (past the land of a force: "an attack Iran's Revolutionary Guards later said")
            gap = toks[a.tok_end : m.tok_start]
            if not (len(gap) <= 1 or len(gap) == 3 and gap[2] == "s" and gap[0] == "that" or len(gap) == 2 and gap[1] == "s") \
                    or id(m) in taken or name in out \
                    or not (kind == "group" or name in STRIKING_STATES):
                continue
            told = [t for t in toks[m.tok_end : min(t1, m.tok_end + 5)] if t not in ("later", "also", "had")]
            if told[:1] in (["said"], ["says"], ["claimed"]) and told[1:2] in (["was"], ["were"]) \
                    and told[2:3] in (["aimed"], ["targeted"], ["directed"], ["intended"], ["meant"]):
                out.append(name)
                taken.add(id(m))
    for c in cats.get("speech", ()) if "aimed" in toks[matches[0].tok_start : t1] and matches else ():
        # "the Revolutionary Guards said the missile had been aimed at an intelligence site next to the hospital":
        # who says what its weapon was aimed at owns it (as "an attack the Guards said was aimed at")
        told = toks[c.tok_end : min(t1, c.tok_end + 9)]
        aimed = next((k for k in range(2, len(told) - 1) if told[k] == "aimed" and told[k + 1] == "at"
                      and told[k - 1] in ("been", "was", "were")), None)
        if arabic(c) or aimed is None or told[:1] not in (["the"], ["its"], ["their"]) or not any(
                c.tok_end < w.tok_start < c.tok_end + aimed for w in (*cats.get("weapon", ()), *cats.get("attack", ()))):
            continue
        aimed_at = next((p for p in cats.get("place", ()) if p.tok_start >= c.tok_end + aimed + 2 and p.places), None)
        for m, name, kind in actors:
            owner = VOICE_OF.get(name, name) if kind == "source" else name
            if aimed_at is not None and STATE_LANDS.get(owner) and all(
                    p.country_code == STATE_LANDS[owner] for p in aimed_at.places):
                continue  # "the Security Media Cell said the rocket had been aimed at Baghdad airport": not its own
            if 0 <= c.tok_start - m.tok_end <= 2 and (kind == "group" or owner in STRIKING_STATES) and owner not in out \
                    and id(m) not in taken:
                out.append(owner)
                taken.add(id(m))
    # "it said through its Amaq agency that its fighters had killed": Amaq speaks only for the Islamic State
    amaq = [c for c in cats["claim"] if cue_word(c, "claim") in _AMAQ] if "claim" in cats else []
    if amaq and not habitual and (event or "speech" in cats) and "Islamic State" not in out and not any(
            abs(n.tok_start - c.tok_start) <= 12 for n in negated for c in amaq):
        out.append("Islamic State")
    if affiliated and len(affiliated) < len(out):
        # "... close to Kataib Hezbollah published a statement in the name of the Islamic Resistance":
        # the channel's patron does not claim when the statement names whose it is.
        out = [name for name in out if name not in affiliated]
    if event and not concrete and own_voice in STRIKING_STATES and own_voice not in out and not negated and any(
            e.value[1] == own_voice and toks[m.tok_end : m.tok_end + 1]
            and (toks[m.tok_end] in PAST_STRIKE_VERBS or toks[m.tok_end] in STRIKE_VERBS_AR)
            and any(c.tok_end <= m.tok_start for c in cats.get("speech", ()))
            for m in cats.get("target", ()) for e in m.of("target")):
        # "Missiles hit the Shayrat air base on Friday. The Pentagon said U.S. forces struck the airfield.": a state's
        # own voice telling of its forces' strike told before, with no place or day again
        out.append(own_voice)
    if not (event and concrete):
        return out
    # States: "غارات جوية أميركية", "U.S. airstrikes", "US forces conducted strikes", "نفذت القوات الأميركية".
    agents: list[tuple[Match, str]] = [(m, name) for m, name, kind in actors + demonyms if kind == "state"]
    adjectives = {id(m) for m, _name, _kind in demonyms}
    speaking = _speaking(cats, toks)
    agents += [(m, lexicon.SPOKESPEOPLE[name]) for m, name, kind in actors if name in lexicon.SPOKESPEOPLE]
    # "Iraqi army aviation struck a hideout", "the Iraqi army shelled": a state's army named as its voice is named, striking
    agents += [(m, VOICE_OF[name]) for m, name, kind in actors if kind == "source" and VOICE_OF.get(name) in STRIKING_STATES
               and (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in PAST_STRIKE_VERBS
                    or toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _AIR_ARMS
                    and toks[m.tok_end + 1 : m.tok_end + 2] and toks[m.tok_end + 1] in PAST_STRIKE_VERBS)]
    # "US forces conducted strikes" (but not "the deadliest attack on U.S. forces since the ... strike").
    agents += [(m, m.of("target")[0].value[1]) for m in cats.get("target", ()) if m.of("target")[0].value[1]
               and OBJECT_PREPOSITIONS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
               and toks[m.tok_end - 1] not in _STATE_PROPERTY]  # (its forces strike; its embassy does not)
    # (not arms that defended: "قال الجيش الإسرائيلي إن سلاح الجو اعترض طائرة مسيّرة")
    # (nor past the arm's land: "وإن مقاتلة أمريكية أسقطت طائرة مسيرة")
    strikes = [m for m in cats.get("weapon", ())
               if any(e.value in ("airstrike", "missile") for e in m.of("weapon"))
               and _INTERCEPTING.isdisjoint(toks[m.tok_end : m.tok_end + 1])
               and not _shoots_down(toks[m.tok_end : m.tok_end + 10])  # ("an American F-15 shot down an Iranian drone")
               and not _downs_drone_ar(toks[m.tok_end : m.tok_end + 10])  # ("مقاتلة أمريكية من طراز إف-16 أسقطت مسيّرة")
               and not any(d.tok_start == m.tok_end and not _INTERCEPTING.isdisjoint(toks[d.tok_end : d.tok_end + 1])
                           for d in cats.get("demonym", ()))]
    # "a Turkish drone had carried out the attack", "مسيّرة تركية": a state's drone, named by its adjective.
    drones = [m for m in cats.get("weapon", ()) if any(e.value in ("drone", "artillery") for e in m.of("weapon"))]
    shelling = [m for m in cats.get("weapon", ()) if any(e.value == "artillery" for e in m.of("weapon"))]
    strikes += [m for m in cats.get("attack", []) if cue_word(m, "attack") in STRIKE_NOUNS
                and not (cue_word(m, "attack") == "strike" and toks[m.tok_start - 1 : m.tok_start] == ["to"])]
    # (not a verb to be done: "accusing Washington of seeking a pretext to strike its positions")
    blame_cues = (*cats.get("alleged_before", ()), *cats.get("alleged_after", ()))
    # "القصف الإيراني على منطقة قريبة من القنصلية", "the Iranian attack": a state's adjective beside its attack
    attacks_of = [m for m in cats.get("attack", []) if cue_word(m, "attack") in _ATTACK_NOUNS]
    # ... and an attack its weapon's name holds: «بقصف صاروخي إسرائيلي», «هجوم صاروخي أمريكي»
    attacks_of += [w for w in cats.get("weapon", ()) if w.tok_end - w.tok_start > 1 and ARABIC_RE.match(toks[w.tok_start])
                   and toks[w.tok_start][len(w.proclitic):].removeprefix("ال") in _ATTACK_NOUNS]
    passive = _PASSIVE
    weapon_tokens = {i for w in cats.get("weapon", ()) for i in range(w.tok_start, w.tok_end)}
    # Speech that reports ("CENTCOM said the missile hit"), not speech about oneself ("said its jets struck").
    said = [c for c in cats.get("speech", ())
            if not arabic(c) and _SELF_REFERENCE.isdisjoint(toks[c.tok_end:c.tok_end + 3])]
    for m, name in agents:
        if id(m) in taken or name in out or name not in STRIKING_STATES:
            continue
        if toks[m.tok_end : m.tok_end + 1] == ["s"] and any(a.tok_start == m.tok_end + 1 for a, _n, _k in actors):
            continue  # "Iran's Revolutionary Guards fired": the Guards fired
        if "according" in toks[max(0, m.tok_start - 3) : m.tok_start]:
            continue  # "Iran fired 11 missiles at Ain al-Asad, according to the Pentagon, and another struck": who tells
        if toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _PROVIDED or (
                toks[max(0, m.tok_start - 2) : m.tok_start - 1] and toks[m.tok_start - 1] == "by"
                and toks[m.tok_start - 2] in _PROVIDED_BY):
            # "نفّذت الغارات بمعلومات قدّمتها واشنطن", "carried out by Israel with intelligence provided by Washington
            # and targeted": it helped with what it knew, it struck nothing
            continue
        if _comes_after(toks[max(0, m.tok_start - 10) : m.tok_start]):
            continue  # "The attack comes less than a week after U.S. strikes on ...", «ويأتي الهجوم بعد أيام من غارات
            # أمريكية»: the strikes the attack follows, told as its background
        if toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _PLACE_PREPOSITIONS and not (
                id(m) in adjectives and any(w.tok_start == m.tok_end for w in strikes)):
            # "fired missiles at targets inside Israel in response to the airstrike": the place struck (but "killed in
            # American air strikes": whose strikes)
            continue
        if id(m) in adjectives and (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _LAND_NOUNS
                                    or toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _LAND_NOUNS):
            continue  # "shot down before reaching Israeli airspace", "في الأجواء الإسرائيلية": a land, no striker
        owner = next((i for i in range(max(0, m.tok_start - 2), m.tok_start) if toks[i] in _OWNER_BEFORE), None)
        if owner is not None and not _OWNED_OBJECTS.isdisjoint(toks[max(0, owner - 6) : owner]):
            # "85 targets ... belonging to the IRGC" (هدفاً ... تابعة للحرس الثوري): the owner of what was struck
            # (but "قوات المدفعية التابعة لجيش الدفاع" are the striker's own forces)
            continue
        # Nothing passive, no reaction and no "said" in between: "CENTCOM said the missile hit" reports it.
        # ... nor a toll: "أعلن الحرس الثوري مقتل خمسة من مستشاريه في غارة" was struck, it did not strike
        # ... nor a defence: "The Israeli army said it had intercepted a drone launched from Iraq" launched nothing
        # ... nor blame: "Israel holds Hezbollah responsible for the rocket strike"
        between_ok = lambda a, b: (passive.isdisjoint(toks[a:b]) and _REACTIONS.isdisjoint(toks[a:b])  # noqa: E731
                                   and _DEFENCE_VERBS.isdisjoint(toks[a:b]) and _ATTRIBUTED.isdisjoint(toks[a:b])
                                   and not any(a <= c.tok_start < b for c in blame_cues)
                                   and _TOLL_WORDS.isdisjoint(toks[a:b])
                                   and not any(a <= c.tok_start < b for c in said)
                                   # ("قال المتحدث باسم الخارجية الأمريكية إن الضربة": it reports the strike
                                   # told before, not "إن طائرات حربية أغارت", its own aircraft's)
                                   and (id(m) in adjectives or not _tells_of_the_strike(toks, a, b)))
        if m.tok_start and toks[m.tok_start - 1] in _LOYAL_TO:
            continue  # "فصائل عراقية موالية لإيران، إنها نفّذت": the factions loyal to it carried out, not Iran
        closing = next((k for k in range(m.tok_end, min(t1, m.tok_end + 3)) if toks[k] == ","), None)
        if not arabic(m) and closing is not None and toks[closing + 1 : closing + 2] \
                and toks[closing + 1] not in _ASIDE_OPENERS \
                and (opened := _aside_opening(toks, closing)) is not None and opened < m.tok_start \
                and "," not in toks[opened + 1 : m.tok_start] and toks[opened + 1] in ("which", "who"):
            continue  # "Kataib Hezbollah, which opposes the U.S. presence, said it struck": named inside an aside
        if _fallen_soldiers_of(toks, m):
            continue  # "جنود الجيش الروسي قتلوا في غارة": its soldiers were killed in the strike
        if toks[max(0, m.tok_start - 2) : m.tok_start] in (["killed", "the"], ["killing", "the"], ["killed", "a"],
                                                           ["killing", "a"]):
            continue  # "the U.S. military had killed the Quds Force commander in a drone strike": whose man was killed
        if id(m) not in adjectives and arabic(m) and not _REACTIONS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]):
            continue  # "ونددت الحكومة العراقية بالضربة": verb, subject, then what it condemned
        if id(m) in adjectives and any(toks[j] in TARGET_NOUNS for j in range(max(0, m.tok_start - 2), m.tok_start)):
            continue  # "استهدف قواعد عسكرية إسرائيلية بعشرات الصواريخ": the land of the targets, not the striker
        if not _PLANNED.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_end + 3]):
            continue  # "to deter future Iranian attack plans": attacks not made
        if id(m) in adjectives and not _DELIVERED.isdisjoint(_unmarked(toks[max(0, m.tok_start - 12) : m.tok_start])[-7:]):
            continue  # "تسلّم العراق دفعة جديدة من مقاتلات «إف-16» الأمريكية": the land that made or sold the jets
        if _in_flight(toks, m.tok_end, t1):
            continue  # "American warplanes and ships had destroyed dozens of them in flight": an interception
        if toks[m.tok_start - 1 : m.tok_start] == ["no"]:
            continue  # "there had been no U.S. or coalition strikes in that area": none made
        if not arabic(m) and not _NEGATIONS_EN.isdisjoint(toks[m.tok_end : m.tok_end + 3]):
            continue  # "a spokesman said U.S. forces had not taken part in the strike"
        if not arabic(m) and not _WRECKING.isdisjoint(toks[max(0, m.tok_start - 14) : m.tok_start]):
            continue  # "struck the airfield, wrecking hangars and a fifth of the Syrian air force's jets": what was hit
        if not arabic(m) and any(toks[k : k + 2] in _SEEN_FLYING for k in range(m.tok_end, min(t1, m.tok_end + 4))):
            continue  # "Syrian warplanes were seen taking off again from the damaged base": no strike told
        if any(0 <= m.tok_start - g.tok_end <= 1 for g in cats.get("generic", ())):
            continue  # "a ceasefire ... which ended weeks of intense American airstrikes on Yemen": a campaign, no strike
        if not _SWEEP_WORDS.isdisjoint(toks[m.tok_end : m.tok_end + 4]):
            continue  # "Iraqi forces launched a sweep of the orchards around Tarmiyah after the attack": a search
        if toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _DEPLOY_VERBS \
                and not _DEPLOYED.isdisjoint(toks[m.tok_end + 1 : m.tok_end + 5]):
            continue  # "the United States sent an aircraft carrier and bombers to the Gulf": a deployment
        if (answer := phrase_start(toks[max(0, m.tok_start - 8) : m.tok_start], _ANSWERED)) is not None and any(
                a.tok_end <= max(0, m.tok_start - 8) + answer and other != name for a, other, _k in actors):
            continue  # "the Guards fired missiles to avenge the U.S. drone strike": the strike answered, told by another
        if id(m) in adjectives and toks[max(0, m.tok_start - 2) : m.tok_start - 1] and toks[m.tok_start - 2] in _ANY_WORDS:
            continue  # "محذّراً من أن أي رد أمريكي سيُقابَل", "any American response": none was made
        if not arabic(m) and id(m) not in adjectives and toks[m.tok_start - 1 : m.tok_start] \
                and (toks[m.tok_start - 1] in PAST_STRIKE_VERBS or toks[m.tok_start - 1] in _FIRED_VERBS):
            continue  # "Iran attacked Israel with more than 300 drones and missiles": the land struck, the verb's object
        reach = 1 if id(m) in adjectives else 6  # "Israeli strike" / "Israel has struck"
        if arabic(m) and id(m) not in adjectives:
            # «أعلن المتحدث باسم وزارة الدفاع الأمريكية الأميرال جون كيربي أن طائرتين ...»: past the speaker's rank
            # and name to "أن", and what its aircraft did after it
            that = next((k for k in range(m.tok_end, min(t1, m.tok_end + 5)) if toks[k] in COMPLEMENTIZERS), None)
            if that is not None and "," not in toks[m.tok_end : that] and not any(
                    m.tok_end <= a.tok_start < that for a, _n, _k in (*actors, *demonyms)):
                reach = max(reach, that - m.tok_end + 4)
        # (not arms another land owns: its adjective right after them, or its name before them: "أعلنت وزارة الدفاع
        # الروسية أن مقاتلتين إسرائيليتين من طراز «إف-15» أطلقتا", "American troops since Iran's missile barrage")
        other_lands = [d for d, other, _k in demonyms + actors if other != name and other in STRIKING_STATES]
        other_adjectives = [d for d, other, _k in demonyms if other != name]
        beside_strike = (id(m) in adjectives and any(
            # (an Arabic adjective follows its deed: «الحكومة التركية الضربة» is the government, then what it spoke of)
            0 <= w.tok_start - m.tok_end <= 0 and not (arabic(m) and toks[w.tok_start].startswith("ال"))
            or 0 <= m.tok_start - w.tok_end <= 0 for w in (*drones, *attacks_of))) or any(
            (0 <= w.tok_start - m.tok_end <= reach and between_ok(m.tok_end, w.tok_start)
             and not any(m.tok_end <= d.tok_start < w.tok_start for d in other_lands)
             # (nor another's arms, named by their owner: "where U.S. contractors maintain Iraq's F-16s")
             # (but "the Zionist regime, among them Monday's air raid": a day's)
             and not (w.tok_start - 1 > m.tok_end and toks[w.tok_start - 1] == "s" and not is_weekday_word(
                 toks[w.tok_start - 2]) and toks[w.tok_start - 2] not in _DAY_OWNERS)
             # (not an Arabic verb's subject and then its object: «ووصفت الحكومة العراقية الضربة»)
             and not (w.tok_start == m.tok_end and arabic(m) and toks[w.tok_start].startswith("ال"))
             # (past the aircraft's type: «مقاتلات «إف-35» إسرائيلية»)
             and not any(0 <= d.tok_start - _past_type(toks, w.tok_end, weapon_tokens) <= 1 for d in other_adjectives)
             # (nor arms another fired, named right after them: «قال الجيش الإسرائيلي إن صواريخ مضادة للدروع أطلقها
             # الحزب أصابت قاعدة»)
             and not _fired_by_another(toks, w, cats, actors, name))
            or (0 <= m.tok_start - w.tok_end <= 2  # "strikes by US jets", not "strikes on American bases"
                and all(toks[i] in _AGENT_LINKS or i in weapon_tokens or toks[i] == '"'  # nor "jets hit IRGC depots"
                        for i in range(w.tok_end, m.tok_start))  # "ضربة بطائرة مسيّرة أميركية"
                # (nor the forces a strike is aimed at: "Tehran intended to strike US forces")
                and (m.tok_start > w.tok_end or id(m) in adjectives or arabic(m))
                # (nor the object of a verb: "Israeli jets struck the Syrian General Staff headquarters")
                and toks[w.tok_end - 1] not in PAST_STRIKE_VERBS)
            for w in strikes
        )
        # "Syrian government shelling killed", "shelling by Turkish forces killed": a land's guns, named right by them
        beside_strike = beside_strike or any(
            0 <= w.tok_start - m.tok_end <= 1 and not arabic(m)
            or m.tok_start - w.tok_end == 1 and toks[w.tok_end] == "by" for w in shelling)
        # "واستهدفت الطائرات الإسرائيلية قواعد", "الطيران الروسي قصف": the land's aircraft, right by the attack verb
        beside_strike = beside_strike or (id(m) in adjectives and arabic(m) and m.tok_start >= 1
                                          and toks[m.tok_start - 1] in AIRCRAFT_WORDS and any(
            0 <= m.tok_start - 1 - a.tok_end <= 1 or 0 <= a.tok_start - _past_cleft(toks, m.tok_end) <= 1
            for a in cats.get("attack", ())))
        conducts = False
        for verb in cats.get("conduct", []):
            if arabic(verb):  # verb-subject, or "أن" subject-verb
                # (not "وبحسب القيادة المركزية، شنّ الحوثيون": the group right after the verb is its subject)
                subject_after = any(0 <= g.tok_start - verb.tok_end <= 1 for g, _n in groups)
                # (nor "وقال مسؤول أمريكي إن الفصائل نفّذت": who says it, and what another did; nor "سقوط نظام بشار
                # الأسد، نفّذ الجيش الإسرائيلي": a clause ends at the comma, and the verb has its subject after it)
                subject_after = subject_after or any(0 <= a.tok_start - verb.tok_end <= 1 and a is not m
                                                     for a, _n, k in actors if k == "state")
                # (the subject's guns told where they stood first: "مدفعية الجيش التركي المتمركزة في معسكر زليكان قصفت")
                stationed = toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _STATIONED_WORDS
                conducts |= 0 <= m.tok_start - verb.tok_end <= 3 or (
                    0 <= verb.tok_start - m.tok_end <= (6 if stationed else 2) and not subject_after
                    and COMPLEMENTIZERS.isdisjoint(toks[m.tok_end : verb.tok_start])
                    and "," not in toks[m.tok_end : verb.tok_start])
            elif 0 <= verb.tok_start - m.tok_end <= 8 and _STATE_PROPERTY.isdisjoint(  # "Iran launched drones"
                    [t for t in toks[m.tok_end : m.tok_end + 2] if t != "."][:1]) \
                    and not _defends_at(toks, verb.tok_start) \
                    and not _relative_of_another(toks, m, verb):
                # (not "U.S. and coalition forces engaged two drones", a defence, nor the "drones that targeted al-Tanf")
                # (not "a car park a few hundred metres from the U.S. embassy, and rockets struck": its embassy)
                # (not "U.S. officials believe Kataib Hezbollah carried out": the group between is the doer)
                # (nor "so as not to embarrass the Iraqi government, without ever saying it had carried out the
                # attack": another's deed, in another clause)
                conducts |= between_ok(m.tok_end, verb.tok_start) and {"without", "saying"}.isdisjoint(
                    toks[m.tok_end : verb.tok_start]) and not any(
                    m.tok_end <= g.tok_start and 0 <= verb.tok_start - g.tok_end <= 2
                    # (nor "The Pentagon said Iran had launched the missiles": another state between, the doer)
                    for g, other, kind in actors if kind == "group" or (kind == "state" and other != name))
        if not conducts and arabic(m) and id(m) not in adjectives and not m.of("target"):
            # "قصف الجيش التركي قرى في عفرين", "استهدفت قوات النظام السوري سوقاً": a strike verb, then its subject (past
            # the forces' noun; not a verb after a comma, whose subject is what was told before: "19 هجوماً للتنظيم ...،
            # استهدفت قوات النظام" struck the forces; nor forces named as a target, which the passive, its vowel folded
            # away, tells of as struck: «استُهدفت قوات الولايات المتحدة ... بهجمات صاروخية»)
            conducts = any(toks[a.tok_start][len(a.proclitic):] in STRIKE_VERBS_AR and toks[a.tok_start - 1] != ","
                           and (m.tok_start == a.tok_end or m.tok_start == a.tok_end + 1 and toks[a.tok_end] in _ARMED_NOUNS_AR)
                           for a in cats.get("attack", ()))
        listed_to = m.tok_end
        for o in matches if arabic(m) else ():
            if o.tok_start == listed_to and o.proclitic == "و" and o.places:
                listed_to = o.tok_end
        verb_at, fired_at = _past_quote(toks, m.tok_end), _past_quote(toks, listed_to)
        # "U.S. forces struck nine bunkers" (but "U.S. forces hit by a drone" were struck)
        strikes_next = id(m) not in adjectives and (any(
            (toks[i] in STRIKE_VERBS or toks[i] in _FIRED_VERBS) and toks[i + 1 : i + 2] != ["by"]
            and toks[i - 1] not in BE_FORMS  # ("U.S. forces were attacked at Ain al-Asad")
            for i in range(m.tok_end, min(m.tok_end + 2, len(toks))))
            # "بأن العدو الإسرائيلي استهدف موقعاً عسكرياً": the subject first, then its strike verb
            # (past the quotes closing its name: "بأن «العدو الإسرائيلي» استهدف")
            or toks[verb_at : verb_at + 1] and toks[verb_at] in STRIKE_VERBS_AR
            # "أن الولايات المتحدة أطلقت 105 صواريخ" (not "أطلقت سراح", set free), past the lands listed with it:
            # "أن الولايات المتحدة وبريطانيا وفرنسا أطلقت"
            # (past the quotes closing its name: 'إن «العدو الإسرائيلي» أطلق صواريخ')
            or toks[fired_at : fired_at + 1] and toks[fired_at] in _FIRED_AR
            and toks[fired_at + 1 : fired_at + 2] != [_FREEDOM_AR])
        # "العدوان الإسرائيلي استهدف", "العدوان الأمريكي البريطاني": state media name the striker by its aggression
        named_aggression = id(m) in adjectives and not AGGRESSION.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
        aggressor = named_aggression and any(-4 <= a.tok_start - m.tok_end <= 2 and toks[a.tok_start] in ATTACK_VERBS
                    for a in cats.get("attack", ()))  # (not "رداً على العدوان الأمريكي على بلدنا", a cause)
        told_by = toks[max(0, m.tok_start - 5) : m.tok_start]
        counted_by_other = "by" in told_by and not _COUNT_BY_WORDS.isdisjoint(told_by)  # "By Israeli count, Iran fired"
        if _opens_a_time(toks, m) and not conducts:
            beside_strike = strikes_next = False  # "the pace has collapsed since Washington's retaliatory strikes"
        if (beside_strike or conducts or strikes_next or aggressor) and not counted_by_other and not any(
                0 <= m.tok_start - n.tok_end <= 1 or 0 <= n.tok_start - m.tok_end <= 3 for n in negated) \
                and not (conducts and _denies_deed_en(toks[m.tok_end : min(t1, m.tok_end + 10)])):
            # (not "the U.S.-led coalition said it had carried out no air strikes inside the city")
            if reported is not None and named_aggression:
                # "aggression" is the struck side's word for the strike: blame (and a claim only if the state is heard)
                reported.append(name)
            if reported is not None and toks[m.tok_start] in HOSTILE_LABELS:
                reported.append(name)  # 'بأن «العدو الإسرائيلي» شنّ أربع غارات': the enemy, as the struck side names it
                continue
            if reported is not None and id(m) in adjectives and own_voice is not None and own_voice != name \
                    and not arabic(m) and any(c.tok_end <= m.tok_start for c in speaking):
                # "the Revolutionary Guards said they had targeted Haifa, calling it a response to Israeli air strikes
                # on Saturday": another's strike, named in the speaker's words, is blamed
                reported.append(name)
                continue
            if reported is not None and _told_by_another(toks, m, name, cats, actors):
                reported.append(name)  # "Pompeo wrote that Tehran had launched an unprecedented attack": blamed
                continue
            if reported is not None and not arabic(m) and any(
                    c.tok_start > m.tok_end and _quoted_for(folded, m, c) and not any(
                        m.tok_end <= a.tok_start < c.tok_end + 4 and VOICE_OF.get(n, n) == name
                        for a, n, _k in (*actors, *demonyms))
                    for c in (*cats.get("speech", ()), *cats.get("claim", ()))):
                reported.append(name)  # "'Iran conducted this attack ...,' Blinken said": the teller's charge
                continue
            if reported is not None and _told_by_another(toks, m, name, cats, actors, on_the_day=True):
                # "Iraq's Joint Operations Command said on Friday that the American raids had killed three Iraqi
                # soldiers": blamed by the one who tells it (the striker may own the raids too, elsewhere)
                reported.append(name)
            if reported is not None and not arabic(m) and _outsiders_tell_after(toks, m, cats, t1):
                reported.append(name)  # "Syrian government helicopters dropped barrel bombs ..., activists said"
                continue
            if not arabic(m) and not _BELIEVED_BY.isdisjoint(toks[max(0, m.tok_start - 3) : m.tok_start]):
                if reported is not None:
                    reported.append(name)  # 'Washington was "confident Iran conducted this attack"': another's belief
                continue
            out.append(name)  # (but "Israel has not confirmed carrying out that strike")
    # "حين أطلقت أنقرة عملية «المخلب - السيف»", "when Turkey launched Operation Claw-Sword", "عملية «غصن الزيتون» التي
    # أطلقتها رئاسة الأركان التركية": a state that launches an operation owns it (it is announced, not merely blamed)
    opening = max(0, min((m.tok_start for m, _n, _k in actors), default=t1) - 2)  # (Arabic: the verb first)
    for k in range(opening, t1) if not _LAUNCHES.isdisjoint(toks[opening:t1]) else ():
        if toks[k] not in _LAUNCHES:
            continue
        relative = toks[k] in _LAUNCHED_IT_AR  # (the operation named before the verb, its launcher right after)
        if relative:
            told = next((j for j in range(k - 2, max(0, k - 7) - 1, -1) if toks[j] in _OPERATION_WORDS), None) \
                if toks[k - 1] in _WHICH_AR else None
        else:
            # (past the state and the time in Arabic: "بدأ الجيش التركي فجر اليوم الأربعاء عملية عسكرية")
            reach = 9 if not toks[k].isascii() else 4
            told = next((j for j in range(k + 1, min(t1, k + reach)) if toks[j] in _OPERATION_WORDS), None)
        if told is None or (toks[told] in _CAMPAIGN_WORDS and _MILITARY_CAMPAIGN.isdisjoint(toks[told - 1 : told + 2])):
            continue  # (a campaign of arms only: "its air campaign", "حملة جوية"; not "a diplomatic campaign")
        if toks[told - 1] == "ground":
            continue  # "as Syrian government troops launched a ground offensive in Hama": fighting told, nothing owned
        for m, name, kind in actors:
            if kind == "state" and name in STRIKING_STATES and (
                    (0 <= k - m.tok_end <= 1 and not relative) or (m.tok_start == k + 1 and not toks[k].isascii())):
                if name not in out:
                    out.append(name)
                if voices is not None:
                    voices.add(name)
    # "CENTCOM said a destroyer carried out a strike": the spokesperson's state claims it.
    # ("The Israeli military ... It said fighter jets later struck the launch site": a state speaking of its jets)
    state = VOICE_OF.get(speaker or "") or (speaker if speaker in STRIKING_STATES else None)
    if state and state not in out and reported and any(
            toks[w.tok_start - 1 : w.tok_start] == ["its"] and not arabic(w)
            and any(c.tok_end <= w.tok_start - 1 <= c.tok_end + 8 and not any(c.tok_end <= m.tok_start < w.tok_start
                                                                            for m, _n, _k in (*actors, *demonyms))
                    for c in cats.get("speech", ()))
            and toks[w.tok_end : w.tok_end + 2] and not _OWN_STRIKE_VERBS.isdisjoint(toks[w.tok_end : w.tok_end + 2])
            for w in strikes):
        # "Israel's military said on Friday that dozens of its fighter jets had struck ..., a day after an Iranian
        # ballistic missile hit Soroka Medical Center": its own jets, though another's strike is told beside them
        out.append(state)
    if state and not out and not reported:  # nobody else named as striking (nor told of as striking)
        # Air and naval strikes only: "CENTCOM said the missile hit the carrier" reports the enemy's missile.
        # (nor "the strike" when another land was told as striking or blamed: "Kirby said the strike had hit 'a known
        # medical facility' and that all indications pointed to the Assad government" reports that land's strike)
        another_struck = any(name != state and name in STRIKING_STATES for name in struck_before)
        # (nor strikes denied: "the U.S.-led coalition said it had carried out no air strikes inside the city")
        own_strikes = [w for w in strikes if not any(e.value == "missile" for e in w.of("weapon"))
                       and toks[w.tok_start - 1 : w.tok_start] != ["no"]
                       and (arabic(w) or not another_struck or toks[w.tok_start - 1 : w.tok_start] != ["the"])]
        doers = [m.tok_end for m, _name, kind in actors if kind == "group"]
        # (or its jets' own verb: "Israel answered in two waves, its military said: on Monday jets pounded the port")
        pounded = [a for a in cats.get("attack", ()) if "conduct" not in a.by_category and not arabic(a)
                   and toks[a.tok_start] in PAST_STRIKE_VERBS and any(
                       w.tok_end == a.tok_start or (w.tok_end + 1 == a.tok_start and toks[w.tok_end] in ("had", "have"))
                       for w in own_strikes)]  # (or "he said jets had struck")
        for verb in (*cats.get("conduct", []), *pounded):
            if not arabic(verb) and any(0 <= verb.tok_start - end <= 2 for end in doers):
                continue  # "U.S. officials believe Kataib Hezbollah carried out the drone strike": the group's deed
            if not arabic(verb) and not {"who", "whether"}.isdisjoint(toks[max(0, verb.tok_start - 3) : verb.tok_start]):
                continue  # "it did not say who had carried out the strike": the doer asked about, unknown
            if not arabic(verb) and not _OWN_FORCE_OBJECTS.isdisjoint(toks[verb.tok_end : verb.tok_end + 2]):
                continue  # "the Iraqi military said that the strikes had hit army, police and commando positions": its own
            if not arabic(verb) and toks[verb.tok_end : verb.tok_end + 1] == ["by"] \
                    and any(0 < m.tok_start - verb.tok_end <= 2 for m, _n, _k in actors):
                continue  # "said the strikes were carried out by Israel": the one named after "by" did it
            # Arabic tells the hour and day between the verb and the strike: "نفذت عند الساعة ... فجر السبت ضربة"
            reach = 16 if arabic(verb) else 8
            # (the aircraft and their verb in one, "he said jets had struck", with no other striking land named: not
            # "Warplanes struck a hospital in Idlib, the Pentagon said, blaming Russia")
            one_phrase = not any(other != state and other in STRIKING_STATES for _m, other, _k in (*actors, *demonyms))
            if any(w is verb and one_phrase
                   or (0 <= w.tok_start - verb.tok_end <= reach and "." not in toks[verb.tok_end : w.tok_start])
                   # "fighter jets later struck", "an AC-130 gunship that was already airborne over the area engaged"
                   or (not arabic(verb) and 0 <= verb.tok_start - w.tok_end <= 8
                       and CLAUSE_BREAKS.isdisjoint(toks[w.tok_end : verb.tok_start]))
                   for w in own_strikes):
                out.append(state)
                break
        else:
            # "CENTCOM said its forces on Wednesday destroyed two Houthi radar sites": the spokesman's own forces
            for c in cats.get("speech", ()):
                if arabic(c) or toks[c.tok_end : c.tok_end + 1] != ["its"] or toks[c.tok_end + 1 : c.tok_end + 2] \
                        and toks[c.tok_end + 1] not in _ITS_ARMS:
                    continue
                if any(a.tok_start > c.tok_end for a in cats.get("attack", ())):
                    out.append(state)
                    break
            else:
                # "The Pentagon said the strikes, which hit 85 targets at seven facilities, were ...": the air
                # strikes its spokesman speaks of as their subject, with nobody else named as striking (not "the
                # strike caused no casualties", one attack told before, perhaps the enemy's)
                # (not the struck side's: "The Iraqi military said the raids killed three soldiers ..., and it
                # called them an American aggression")
                named_aggressor = any(other != state and (not AGGRESSION.isdisjoint(toks[max(0, d.tok_start - 2) : d.tok_end + 2])
                                                          or not _REACTIONS.isdisjoint(toks[max(0, d.tok_start - 3) : d.tok_start]))
                                      for d, other, _k in demonyms + actors)
                for c in () if named_aggressor else cats.get("speech", ()):
                    if arabic(c) or toks[c.tok_end : c.tok_end + 1] not in (["the"], ["that"]):
                        continue
                    subject = c.tok_end + 1 + (toks[c.tok_end + 1 : c.tok_end + 2] == ["the"])
                    # (nor Baghdad's military telling of "the raids": "Iraq's military said the raids killed three
                    # soldiers, two police officers and a civilian at sites including Jurf al-Sakhar", others' strikes
                    # on Iraq, which it tells of as often as of its own)
                    if state == "Iraqi government" and toks[subject - 1] == "the" and any(
                            0 <= c.tok_start - m.tok_end <= 2 and VOICE_OF.get(name, name) == state for m, name, _k in actors):
                        continue
                    # (and "the strike ... was carried out at the direction of the president": its own, passive)
                    passive_own = any(toks[v.tok_start - 1 : v.tok_start] in (["was"], ["were"])
                                      for v in cats.get("conduct", ()) if v.tok_start > subject)
                    # (not "said the strikes were carried out by Israel": another named as their doer)
                    if any(v.tok_start > subject and toks[v.tok_end : v.tok_end + 1] == ["by"]
                           and any(0 < m.tok_start - v.tok_end <= 2 for m, _n, _k in actors) for v in cats.get("conduct", ())):
                        continue
                    if any(w.tok_start == subject and (toks[w.tok_start] in ("strikes", "airstrikes", "raids") or (
                            toks[w.tok_start] in ("strike", "raid", "airstrike") and passive_own))
                           for w in cats.get("attack", ())) and not any(kind == "group" and 0 <= m.tok_start - subject <= 3
                                                                        for m, _n, kind in actors):
                        out.append(state)
                        break
    return out
_BY_STATEMENT_OF = {fold_key(w) for w in ("وفق بيان", "وفقا لبيان", "بحسب بيان", "حسب بيان",
                                           "according to a statement by", "according to a statement from")}
_SUSPECTING = {"they", "officials", "we", "he", "she", "it", "still", "also", "strongly"}  # "they suspected X"
_ANNOUNCING = tuple(fold_key(w) for w in ("أعلن", "أقر", "اعترف"))  # "أعلن/أقرّ الجيش بتنفيذ الغارة"
_CONFIRMING = tuple(fold_key(w) for w in ("أكد", "اكد"))
_OWN_OPERATION_WORDS = {fold_key(w) for w in ("الموجة", "موجة", "عملية", "العملية", "العمليات", "الضربة")}
_AR_OWN_STRIKE_VERBS = {fold_key(w) for w in ("نفذت", "نفذ", "استهدفت", "استهدف", "شنت", "شن", "أطلقت", "أطلق", "قصفت",
                                              "ردت",  # "أن وحداتها ردت على مصادر النيران": answered with fire
                                              "ردوا",  # "إن مقاتلي الحزب ردّوا على «الجريمة» بقصف مستعمرة كريات شمونة"
                                              "رد",  # "وإنه ردّ بقصف نحو مئة قذيفة مدفعية"
                                              "قصف", "هاجمت", "دمرت", "دمر", "أغارت", "أغار", "ضربت", "ضرب",
                                              "دكت", "دك", "دكوا",  # pounded: "أن طائرات القوة الجوية دكّت أوكاراً"
                                              # two ships or jets: "أن مدمّرتين أطلقتا 59 صاروخاً"
                                              "نفذتا", "استهدفتا", "شنتا", "أطلقتا", "قصفتا", "دمرتا", "ضربتا",
                                              # ... and two forces: "أن طيران الجيش والقوة الجوية نفّذا ضربات"
                                              "نفذا", "استهدفا", "شنا", "أطلقا", "قصفا", "دمرا", "ضربا",
                                              "داهمت", "داهم", "داهموا", "اقتحم", "اقتحمت", "اقتحموا", "فتحوا",
                                              # fighters, in the plural: "أن مقاتليها استهدفوا ثكنة زرعيت"
                                              "استهدفوا", "نفذوا", "شنوا", "أطلقوا", "قصفوا", "هاجموا", "دمروا",
                                              "ضربوا", "دخلوا",  # ("أن مقاتليه «دخلوا هيت»": took it)
                                              # seized or freed ground: "أن «مجاهدي المقاومة» سيطروا على تلال"
                                              "سيطروا", "سيطرت", "سيطر", "حرروا", "حررت", "حرر",
                                              # inflicted or wiped out: "أن وحدات من الجيش «أوقعت أعداداً من الإرهابيين
                                              # قتلى»", "«قضت على أعداد كبيرة من الإرهابيين»"
                                              "أوقعت", "أوقع", "أوقعوا", "قضت", "قضى", "قضوا",
                                              # neutralised, the Turkish ministry's word: "أن قواتها «حيّدت» قياديين"
                                              "حيدت", "حيد", "حيدوا",
                                              # what it is striking: "أن طائراته تستهدف «مقرات الإرهابيين»"
                                              "تستهدف", "يستهدف", "تقصف", "يقصف", "تشن", "يشن", "تنفذ", "ينفذ",
                                              # "أن سلاح الجو «وجّه ضربات دقيقة إلى أوكار الإرهابيين»": dealt blows
                                              "وجه", "وجهت", "وجهوا", "وجها", "وجهتا")}  # (two forces: "وجّها")
_AR_OWN_FORCES_DID = _AR_OWN_STRIKE_VERBS | {fold_key(w) for w in ("قتل", "قتلت", "قتلا", "قتلوا")}
_LAUNCHED_WEAPONS_AR = {fold_key(w) for w in ("طائرة", "طائرات", "طائرتين", "طائرتان", "مسيرة", "مسيرات", "مسيرتين",
                                               "مسيرتان", "صاروخ", "صواريخ", "صاروخا", "صاروخين", "صاروخان")}
_DRONE_WORDS_AR = {fold_key(w) for w in ("مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "مفخخة", "دون", "بدون")}
_SOME_AR = {fold_key(w) for w in ("عدة", "سرب")}  # "أن عدة طائرات مسيّرة", "أن سرباً من المسيّرات"
_IN_THEM_AR = {fold_key(w) for w in ("فيه", "فيها", "فيهما")}
_NAME_WORDS_AR = {fold_key(w) for w in ("اسم", "إسم", "اسماء", "عنوان", "شعار", "توقيع")}
_FIGHTERS_OF = {fold_key(w) for w in ("مقاتلي", "مقاتلو", "مجاهدي", "مجاهدو", "عناصر", "قوات", "وحدات")}
_SELF_ANAPHORA = {fold_key(w) for w in ("الحزب", "الجماعة", "الحركة", "التنظيم", "الفصيل", "الكتائب", "المقاومة")}
_ISLAMIC_AR = fold_key("الإسلامية")
_BEGAN = {fold_key(w) for w in ("بدأوا", "بدأت", "بدأ", "باشروا", "باشرت")}
_BEGUN = {fold_key(w) for w in ("هجوما", "هجوماً", "هجوم", "هجمات", "عملية", "عمليات", "معركة", "حملة")}
# ... and what its raids did: "قال الجيش الإسرائيلي إن الغارات عطّلت المطار"
_WHAT_STRIKES_DID_AR = set(with_proclitics(_AR_OWN_STRIKE_VERBS | {fold_key(w) for w in ("عطلت", "أصابت", "طالت", "شملت")}))
_COUNT_BY_WORDS = {"count", "figures", "tally", "estimate", "estimates", "reckoning"}  # "By Israeli count, ..."
_MEMBERS_OF = {"jihadists", "militants", "fighters", "members", "gunmen", "cells", "remnants", "elements", "men"}
_INSIDE_WORDS = {"in", "inside", "on", "against", "at", "across"}
_CHANNELS = {fold_key(w) for w in ("telegram", "x", "twitter", "website", "channel", "channels", "media", "platforms",
                                    "account", "tv", "television", "تلغرام", "تليغرام", "منصة", "قناة", "قناته", "موقعه")}


def _speaker_kind(speaker: str, actors: list[tuple[Match, str, str]]) -> str | None:
    return next((kind for _m, name, kind in actors if name == speaker), None)


def _speaks(m: Match, cats: dict, toks: list[str]) -> bool:
    """The one named says something here: "Biden said", "what Trump called", "قال الرئيس الأميركي جو بايدن"."""
    return toks[m.tok_end : m.tok_end + 1] in (["called"], ["announced"], ["wrote"]) or any(
        0 <= c.tok_start - m.tok_end <= 3 or 0 <= m.tok_start - c.tok_end <= 4
        for c in _tellings(cats))


def _in_flight(toks: list[str], start: int, end: int) -> bool:
    """What was destroyed "in flight", "in midair": drones and missiles intercepted, not a strike."""
    words = toks[start:end]
    return ("flight" in words or "midair" in words or "air" in words) and any(
        words[k : k + 2] in (["in", "flight"], ["in", "midair"], ["mid", "air"]) for k in range(len(words) - 1))


def _inside_quotes(words: list[str]) -> set[int]:
    """The positions of words between an opening and a closing quotation mark."""
    inside, open_at = set(), None
    for k, w in enumerate(words):
        if w == '"':
            if open_at is None:
                open_at = k
            else:
                inside.update(range(open_at + 1, k))
                open_at = None
    return inside


def _announces(cue: Match) -> bool:
    """A claim or speech cue that announces ("أعلن", "أقرّ", "اعترف"): what follows is the speaker's own."""
    return cue_word(cue, "claim").startswith(_ANNOUNCING) or cue_word(cue, "speech").startswith(_ANNOUNCING)


def _responsible_for_safety(toks: list[str], start: int, end: int) -> bool:
    """"held Islamic State responsible for the pilot's safety": responsibility for a captive, told from `start`."""
    # (the held may run long: 'held Islamic State and "those who support it" responsible for the pilot's safety')
    after = toks[start : min(end, start + 15)]
    return not _SAFETY_WORDS.isdisjoint(after) and ("responsible" in after[:12] or not _RESPONSIBILITY.isdisjoint(after[:12]))


def _denies_deed_en(told: list[str]) -> bool:
    """"(said it) had carried out no air strikes", "had not struck", "never fired": the deed told is denied (a
    negation before the first strike verb or right after it)."""
    verb = next((k for k, t in enumerate(told) if t in _OWN_STRIKE_VERBS), None)
    if verb is None:
        return False
    after = verb + 1 + (told[verb + 1 : verb + 2] == ["out"])  # ("carried out no")
    return not _NEGATIONS_EN.isdisjoint(told[:verb]) or told[after : after + 1] in (["no"], ["none"])


def _comes_after(before: list[str]) -> bool:
    """The words before a strike's doer say the sentence's attack comes after it: "comes days after", «يأتي ... بعد»."""
    comes = next((k for k, t in enumerate(before) if t in COMES_WORDS), None)
    return comes is not None and not _COMES_WITH.isdisjoint(before[comes + 1 :])


def _affirmed(told: list[str]) -> list[str]:
    """The words told, up to a negation: "إن طائراتها لم تنفّذ أي طلعات" affirms no strike (the present and the
    jussive after «لم» are written alike)."""
    cut = next((k for k, t in enumerate(told) if t in _NEGATIONS_AR), None)
    return told if cut is None else told[:cut]


def _named_as_member(toks: list[str], m: Match) -> bool:
    """Whether the group at m is named as a member of another ("the umbrella group, which includes Kataib Hezbollah and
    Harakat al-Nujaba, has claimed", "الفصيل، الذي يضم كتائب حزب الله وحركة النجباء، يتبنّى"): the umbrella claims."""
    before = toks[max(0, m.tok_start - 6) : m.tok_start]
    if before[-2:] in _OWN_NAME_BEFORE or (before[-1:] == ["the"] and before[-3:-1] in _OWN_NAME_BEFORE):
        return False  # "armed groups calling itself the Islamic Resistance in Iraq": the umbrella's own name
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _MEMBERSHIP_WORDS), None)
    return at is not None and CLAUSE_BREAKS.isdisjoint(before[at:])


def _self_strikes(told: list[str]) -> bool:
    """The words after "أن" tell of the speaker's own fighters or forces striking: "أن قواته نفّذت", "أن مقاتليه
    «فتحوا» المطار", "أن قواتها، بالتنسيق مع التحالف الدولي، داهمت" (the verb after an aside or a quote), "أن مقاتلي
    الحزب بدأوا هجوماً" (its fighters, the party's)."""
    told = _affirmed(told)
    if not told:
        return False
    if told[0] in _SELF_REFERENCE:
        start = 1
    elif told[0] in _FIGHTERS_OF and told[1:2] and told[1] in _SELF_ANAPHORA:
        start = 2 + (told[2:3] == [_ISLAMIC_AR])  # ("أن «مجاهدي المقاومة الإسلامية» سيطروا": the resistance, in full)
    else:
        return False
    verb = _past_aside(told, start)
    verb += told[verb : verb + 1] == ['"']
    if not _BEGAN.isdisjoint(told[verb : verb + 2]):
        return not _BEGUN.isdisjoint(told[verb + 1 : verb + 16])  # "بدأوا، ...، هجوماً": began an attack
    if told[verb : verb + 1] and told[verb] in _BROUGHT_DOWN_AR and not _MANNED_AR.isdisjoint(told[verb + 1 : verb + 6]):
        return True  # "أن مقاتليه أسقطوا أمس الأربعاء طائرة حربية أردنية": a manned aircraft brought down, an attack
    return not _AR_OWN_STRIKE_VERBS.isdisjoint(told[verb : verb + 2])


def _unnamed_army_strikes(told: list[str]) -> bool:
    """The words after "أن" tell of an army, air force or warships named by no land striking: the speaker's own
    ("أن طيران الجيش نفّذ ضربة", "أن مدمّرتين أطلقتا", "أن طائرات مسيّرة تابعة له استهدفت")."""
    told = [t for t in _affirmed(told) if t != '"']  # ("أن طائرات «إف-16» التابعة للقوة الجوية نفّذت")
    if told and number_at(told, 0):
        told = told[number_at(told, 0)[1]:]  # (counted: "أن أربع سفن حربية من أسطول بحر قزوين أطلقت")
    warships = bool(told) and (told[0] in _WARSHIPS_AR or told[0] in _SHIPS_AR and told[1:2] and told[1] in _OF_WAR_AR)
    return bool(told) and (told[0] in _ARMED_NOUNS_AR or warships) and (
        not _OWN_ARMY_AR.isdisjoint(told[:7])  # (past a type: "طائرات إف-16 التابعة للقوة الجوية")
        or any(told[k] in _BELONGING and told[k + 1 : k + 2] in (["له"], ["لها"]) for k in range(min(len(told) - 1, 4)))
    ) and not any(w in TARGET_ADJECTIVES for w in told[:6]) and not _AR_OWN_STRIKE_VERBS.isdisjoint(told[1:8])


def _unnamed_forces_en(told: list[str]) -> bool:
    """The words a state's media tells begin with its forces named by no land: "army units had targeted", "the air
    force struck", "warplanes pounded"."""
    words = told[1:] if told[:1] in (["the"], ["its"]) else told
    # (not munitions: "said four artillery shells had struck the Parakh resort")
    return bool(words) and (words[0] in _UNNAMED_FORCES_EN or words[:2] == ["air", "force"]) \
        and words[1:2] not in (["shells"], ["shell"], ["rounds"], ["round"])


def _launched_from(words: list[str], k: int) -> bool:
    """Whether the launch verb at k is the passive "launched from" («إن الطائرة أُطلقت من العراق», the vowel gone when
    folded): what was launched at the speaker, not the speaker's own launch («أطلقت صواريخ من» takes its object
    first)."""
    return words[k] in _FIRED_AR and words[k + 1 : k + 2] == [FROM_AR]


def _launched_weapons_struck(told: list[str]) -> bool:
    """The words after "أن" tell of drones, missiles or rockets (counted, by no land) striking: "أن عشر طائرات مسيّرة
    استهدفت", "أن صاروخين أصابا"."""
    told = [t for t in told[:10] if t != '"']
    counted = number_at(told, 0) if told else None
    k = counted[1] if counted is not None else (1 if told and told[0] in _SOME_AR else 0)
    # (not ones of no known owner: "إن طائرتين مسيّرتين مجهولتين قصفتا عجلتين تابعتين للواء 45"; nor a land's: "إن
    # طائرة مسيرة أمريكية استهدفت مقراً لها")
    return told[k : k + 1] != [] and told[k] in _LAUNCHED_WEAPONS_AR and not any(
        w in TARGET_ADJECTIVES or w in COUNTRY_ADJECTIVES or w in _UNKNOWN_AR or w in _STATE_OF_ADJECTIVE
        for w in told[:8]) \
        and not _AR_OWN_STRIKE_VERBS.isdisjoint(told[k + 1 : k + 5])


_AGAINST_AR = fold_key("ضد")
_PERSONS_RESPONSIBLE = {"commander", "commanders", "leader", "leaders", "operative", "operatives", "official",
                        "officials", "member", "members", "figure", "militant", "militants", "man", "men", "senior"}
_STRIKING_ABROAD = {"United States", "Israel", "Turkey", "Russia"}  # (whose voices tell of their strikes abroad)
_WHEN_AR = fold_set(["حين", "حينما", "عندما", "إذ", "بعدما", "ثم"])
_SUBJECTED_AR = fold_set(["تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا", "تعرضنا"])  # ("was subjected to" an attack)
_UNKNOWN_AR = fold_set(["مجهول", "مجهولة", "مجهولتين", "مجهولتان", "مجهولين", "مجهولان"])
_MEN_OF_AR = fold_set(["مقاتلي", "عناصر", "مسلحي", "قوات"])  # (men, not a movement: "لمقاتلي قسد")
_HARMED_AR = fold_set(w for w in lexicon.CASUALTY_COUNTED_NOUNS if not w.isascii())  # "عشرين قتيلاً"


def _deed_by(toks: list[str], t0: int, start: int, deeds: set[str] = _CONDEMNED_DEEDS) -> bool:
    """A condemned deed "by" the one named at `start`, past quotation marks: 'a "treacherous aggression" by "the
    Israeli entity"'."""
    k, by = start - 1, False
    while k > t0 and (toks[k] in ('"', "the") or (toks[k] in ("by", FROM_AR) and not by)):
        by = by or toks[k] in ("by", FROM_AR)
        k -= 1
    # (Arabic past the deed's adjective: '«اعتداء غادر» من القوات الأمريكية')
    if by and toks[k] not in deeds and ARABIC_RE.match(toks[k]) and toks[start - 1] == FROM_AR and k - 1 > t0:
        k -= 1
    return by and toks[k] in deeds


def _lam_owned(toks: list[str], m: Match) -> bool:
    """An Arabic group named with «لـ» after a post or site: what was struck is its own ("نقطة مرابطة لـ«الحشد الشعبي»",
    "موقع للحشد"; not "الإعلام الحربي لحزب الله", its media speaking)."""
    if m.proclitic.endswith("ل"):
        owner = m.tok_start - 1
    elif toks[max(0, m.tok_start - 2) : m.tok_start] in (["ل", '"'], ["لـ", '"']):
        owner = m.tok_start - 3
    elif m.tok_start and toks[m.tok_start - 1][:1] == "ل" and toks[m.tok_start - 1][1:] in _MEN_OF_AR:
        return True  # "استهدف تجمّعاً لمقاتلي قسد": its men were struck
    else:
        return False
    return owner >= 0 and (toks[owner] in _POSTS_AR or toks[owner] in TARGET_NOUNS)


def _silence_before_deeds(quiet: int | None, t0: int, t1: int, cats: dict) -> bool:
    """The sentence says nothing was said or claimed (`quiet`: where its no-comment phrase starts, counted from t0)
    before it tells of any strike or weapon."""
    quiet_at = min(([t0 + quiet] if quiet is not None else []) + [n.tok_start for n in cats.get("negated_claim", ())],
                   default=t1)
    deeds = [m.tok_start for m in (*cats.get("attack", ()), *cats.get("weapon", ()))]
    return quiet_at <= min(deeds, default=t1)


def _told_by_another(toks: list[str], m: Match, name: str, cats: dict, actors, on_the_day: bool = False) -> bool:
    """A speech verb right before the state, its speaker another's voice: "Pompeo wrote that Tehran had launched",
    "U.S. officials said Iran had fired", "الضربة التي قال مسؤول أمريكي إن مقاتلات إسرائيلية نفّذتها" (not "CENTCOM said
    U.S. forces struck": its own)."""
    for c in cats.get("speech", ()):
        if c.tok_end > m.tok_start:
            continue
        between = toks[c.tok_end : m.tok_start]
        if toks[c.tok_start].isascii():
            # (past "that" and a title: "Trump said Syrian President Bashar al-Assad had launched"; and past a count:
            # "Russia's military said two Israeli F-15 jets had fired"; with on_the_day, past the day and the article:
            # "said on Friday that the American raids had killed three Iraqi soldiers")
            if on_the_day and _on_weekday(between, 0):
                between = between[2:]
            if on_the_day and between[-1:] == ["the"]:
                between = between[:-1]
            if len(between) > 3 or not all(w in _TOLD_THAT_WORDS or number_at(between, k) for k, w in enumerate(between)):
                continue
            # (past an aside: "The Syrian Observatory for Human Rights, a monitoring group based in Britain, said")
            aside = _aside_opening(toks, c.tok_start - 1) if toks[c.tok_start - 1 : c.tok_start] == [","] else None
            said_at = aside if aside is not None else c.tok_start
            teller = max(((a, n) for a, n, _k in actors if 0 <= said_at - a.tok_end <= 3),
                         key=lambda a: a[0].tok_end, default=None)
            # (or a land's media: "Syrian state media said Israeli aircraft hit positions")
            media = state_media_named(toks[max(0, c.tok_start - 4) : c.tok_start])
            if teller is None and media is not None and media != name and not (media == "Iran" and name == "IRGC"):
                return True  # (IRNA telling of the Guards tells of its own land's)
        else:
            # Arabic: the verb, its speaker, "إن", then the land's aircraft or forces and the land's adjective
            that = next((k for k, w in enumerate(between) if w in COMPLEMENTIZERS), None)
            if that is None or len(between) - that > 3 or any(c.tok_end + that < a.tok_start < m.tok_start
                                                            for a, _n, _k in actors):
                continue
            teller = min(((a, n) for a, n, _k in actors if c.tok_end <= a.tok_start < c.tok_end + that),
                         key=lambda a: a[0].tok_start, default=None)
        if teller is not None and VOICE_OF.get(teller[1], teller[1]) != name:
            return True
    return False


def _own_dead_told_en(told: list[str]) -> bool:
    """"that two of its fighters had been killed", "its members were wounded", "it had lost no fighters", "(a bomb which
    an SDF spokesman) said killed two of its fighters", "that the strikes had hit its positions": the speaker's own dead,
    hurt or struck."""
    if _harmed_at(told) is not None:
        return True
    if "lost" in told[:2] or any(told[k] in ("it", "they") and "lost" in told[k + 1 : k + 3] for k in range(len(told) - 1)):
        return True
    if bool(told) and told[0] in _HARMED and not {"its", "their"}.isdisjoint(told[1:5]):
        return True
    # "said in a statement that the American strikes had hit its positions, killing 25 of its fighters": struck
    return any(told[k] in _STRUCK_ITS and told[k + 1 : k + 2] in (["its"], ["their"]) for k in range(len(told) - 1))


def _done_by_its_own(told: list[str]) -> bool:
    """"(said that the attack) was carried out by its fighters", "was launched by our drones": the speaker's own men or
    arms named as the doers of a deed told in the passive."""
    return any(told[k] in ("by", "بواسطة") and told[k + 1] in ("its", "their", "our") and told[k + 2] in ITS_FORCES
               and told[k - 1] in _DONE_PASSIVE for k in range(1, len(told) - 2))


def _own_dead_long_after(told: list[str]) -> bool:
    """The speaker's own dead told after a long list of names, with no strike of its own before them: "that their prime
    minister, Ahmed Ghaleb al-Rahawi, and several ministers had been killed"."""
    harmed = _harmed_at(told)
    return harmed is not None and _OWN_STRIKE_VERBS.isdisjoint(told[:harmed])


def _harmed_at(told: list[str]) -> int | None:
    """Where the words tell someone harmed in the passive ("had been killed", "were wounded"), if they do."""
    return next((k for k in range(len(told) - 1) if told[k] in ("been", "were", "was") and told[k + 1] in _HARMED), None)


def _past_aside(words: list[str], k: int, end: int | None = None, reach: int = 9) -> int:
    """Where the clause goes on after an aside between commas opening at k ("، بالتنسيق مع التحالف الدولي،")."""
    if words[k : k + 1] == [","]:
        close = next((j for j in range(k + 1, min(len(words) if end is None else end, k + reach)) if words[j] == ","),
                     None)
        if close is not None:
            return close + 1
    return k


def _opening_state(actors: list[tuple[Match, str, str]], before: int) -> str | None:
    """The state the sentence opens with, named before token `before` ("Turkey's defence ministry did not comment ...,
    but said"), or None when the sentence opens with another actor or none."""
    first = min(actors, key=lambda a: a[0].tok_start, default=None)
    return first[1] if first and first[2] == "state" and first[0].tok_end < before else None


def _tells_of_the_strike(toks: list[str], a: int, b: int) -> bool:
    """Between a speaker and a strike, "إن الضربة" / "أن الضربات": what it says of a strike already known (the article),
    whoever struck."""
    k = next((i for i in range(a, b) if toks[i] in COMPLEMENTIZERS), None)
    if k is None:
        return False
    told = next((t for t in toks[k + 1 : b + 1] if t != '"'), "")
    return told.startswith("ال")


def _negates(negation: Match, cue: Match, toks: list[str]) -> bool:
    """A denial, a "no one claimed" or a suspension near a claim cue undoes it; a suspension, which has no clause of its
    own, not past a clause break: "بعد إعلان كتائب حزب الله تعليق عملياتها، ثم الضربة التي أعلنت سنتكوم مسؤوليتها عنها"
    (a denial does: "نفت الكتائب، في بيان، أن تكون تبنّت الهجوم")."""
    if negation.tok_start < cue.tok_start and not _BUT_WORDS.isdisjoint(toks[negation.tok_end : cue.tok_start]):
        return False  # "ولم يعلن حزب الله مسؤوليته، لكن الجيش الإسرائيلي ... أعلن": another clause, another speaker
    if abs(negation.tok_start - cue.tok_start) > 12:
        # "ونفت «كتائب حزب الله»، في بيان صدر مساء اليوم، أن تكون قد تبنّت الهجوم": what is denied may come later
        between = toks[negation.tok_end : cue.tok_start]
        return 0 < len(between) <= 24 and not _DENIED_CLAUSE.isdisjoint(between) and "." not in between
    return negation.tok_start > cue.tok_start or cue_word(negation, "negated_claim") not in _SUSPENSIONS \
        or CLAUSE_BREAKS.isdisjoint(toks[negation.tok_end : cue.tok_start])


def _tells_anothers_attack(cue: Match, that: int, verb: int, actors, before_window: int) -> bool:
    """The statement says another did it: an actor between "that" and the deed (`that` and `verb` count from the cue's
    end), none of those just before the cue ("قالت قسد في بيان إن «خلايا داعش» نفّذت الهجوم"; not its own arm named
    again: "أعلن الحرس الثوري أن القوة الجوفضائية للحرس أطلقت")."""
    doers = {name for m, name, _k in actors if that < m.tok_start - cue.tok_end < verb}
    speakers = {name for m, name, _k in actors if 0 <= cue.tok_start - m.tok_end <= before_window}
    return bool(doers and speakers) and doers.isdisjoint(speakers)


def _fallen_soldiers_of(toks: list[str], m: Match) -> bool:
    """"عدد من جنود الجيش الروسي قتلوا في غارة", "قُتل ستة عناصر من الجيش السوري بغارات": the state whose soldiers
    were killed or hurt struck nothing."""
    if toks[m.tok_start - 2 : m.tok_start - 1] and toks[m.tok_start - 1] == FROM_AR and toks[m.tok_start - 2] in _SOLDIERS_OF:
        return not _FELL_WORDS.isdisjoint(toks[max(0, m.tok_start - 5) : m.tok_start - 2] + toks[m.tok_end : m.tok_end + 2])
    # (or "قُتل ستة من عناصر الجيش السوري بضربات": the fall told before the soldiers)
    return bool(toks[m.tok_start - 1 : m.tok_start]) and toks[m.tok_start - 1] in _SOLDIERS_OF \
        and not _FELL_WORDS.isdisjoint(toks[m.tok_end : m.tok_end + 2] + toks[max(0, m.tok_start - 5) : m.tok_start - 1])


def _words_between(toks: list[str], start: int, end: int) -> int:
    """Words from start to end, not counting a land's possessive or a backer's participle ("Yemen's Iran-aligned")."""
    if end < start:
        return end - start
    gap = toks[start:end]
    return sum(1 for k, t in enumerate(gap) if t not in ("s", "-") and t not in _HYPHEN_PARTICIPLES
               and gap[k + 1 : k + 2] not in (["s"], ["-"]))


_LOYAL_PHRASES = [["loyal", "to"], ["allied", "with"], ["aligned", "with"], ["close", "to"]]
# What an army has, named after it ("an Iraqi military base", "Iraqi army positions"): the army is not telling anything.
_ARMY_PROPERTY = {"base", "bases", "positions", "position", "uniform", "uniforms", "tank", "tanks", "patrol", "patrols",
                  "convoy", "convoys", "unit", "units", "checkpoint", "checkpoints", "barracks", "camp", "post", "posts",
                  "officer", "officers", "soldier", "soldiers", "helicopter", "helicopters", "vehicle", "vehicles",
                  "headquarters", "division", "brigade", "outpost", "column", "depot", "weapons"}
_SEIZED_FROM = [[verb, "from"] for verb in ("seized", "taken", "captured", "stolen", "looted")]
_STATE_PROPERTY = {"embassy", "consulate", "diplomats", "diplomatic", "contractors", "contractor", "citizens", "base",
                   "bases", "facility", "facilities", "interests", "convoy", "convoys", "companies", "company",
                   "personnel", "nationals", "mission", "compound", "installations", "assets",
                   # what the state says, not what it does: "a Houthi claim and a U.S. accusation: who hit Abqaiq?"
                   "accusation", "accusations", "allegation", "allegations", "account", "assessment", "intelligence"}
_LIKELY_VERBS = {fold_key(w) for w in ("رجح", "ورجح", "رجحت", "ورجحت", "يرجح", "ترجح", "ويرجح", "وترجح",
                                        "مرجحا", "مرجحة", "مرجحين")}  # ("..., مرجّحاً أن تكون")
_INVOLVED = {"involved", "behind", "responsible"}


# (Arabic without its article: "بالسعي", "بـ«التقاعس»", "بإيواء")
_NO_ATTACK_DEEDS = {fold_key(w) for w in ("سعي", "تقاعس", "تقصير", "إيواء", "عجز", "عرقلة", "seeking", "failing",
                                            "harbouring", "harboring", "negligence",
                                            # "متهمة الجماعة بجني أرباح طائلة من استيراد الوقود": of profiteering
                                            "جني", "تهريب", "profiting", "profiteering", "smuggling")}


def _accused_of_no_attack(toks: list[str], end: int) -> bool:
    """What the one named before `end` is accused of is no attack: "بـ«التقاعس»", "بالسعي إلى", "of seeking"."""
    words = [t for t in toks[end : end + 3] if t != '"']
    if words[:1] in (["ب"], ["of"]):
        words = words[1:]  # "بـ «التقاعس»": the preposition apart
    deed = words[0] if words else ""
    deed = deed[1:] if deed[:1] == "ب" else deed
    deed = deed[2:] if deed[:2] == "ال" else deed
    if deed in _SMUGGLING and not _SMUGGLED_ARMS.isdisjoint(toks[end : end + 6]):
        return False  # (but arms smuggled are arms supplied: "accused Iran of smuggling the Burkan missiles to the group")
    return deed in _NO_ATTACK_DEEDS


_SMUGGLING = {fold_key(w) for w in ("تهريب", "smuggling")}
_SMUGGLED_ARMS = set(with_proclitics(fold_key(w) for w in (
    "missiles", "missile", "rockets", "weapons", "arms", "drones", "الصواريخ", "صواريخ", "الأسلحة", "أسلحة", "السلاح",
    "سلاح", "الطائرات", "المسيرات")))
_KILLED_VERBS_AR = fold_set(lexicon.ARABIC_CASUALTY_VERBS)
_WHILE_WORDS = {fold_key(w) for w in ("فيما", "بينما")} | {"while", "whereas"}
_BEEN_ON_DUTY = {fold_key(w) for w in ("كانوا", "كان", "كانت", "يؤدون", "مهامهم", "مهامها", "واجبهم")}
_POSTS_AR = {fold_key(w) for w in ("مرابطة", "نقطة", "مقر", "مقرات", "رتل", "معسكر", "حاجز", "ثكنة", "تجمع", "تجمعات")}
_STRUCK_ITS = {"hit", "struck", "targeted", "destroyed", "bombed", "shelled"}  # ("the strikes had hit its positions")
_THEY_AR = fold_key("إنهم")  # ("قالت إنهم قضوا")
_DIED_AR = _KILLED_VERBS_AR | {fold_key(w) for w in ("قضوا", "قضى", "قضيا", "سقطوا", "سقط", "سقطا")}


def _own_dead_told(told: list[str]) -> bool:
    """"أن اثنين من عناصره قُتلا", "إن عشرة من مقاتليها قُتلوا", "(زفّت في بيان) أربعة من مقاتليها قالت إنهم قضوا", "أربعة
    من مقاتلي اللواءين 14 و46 قالت إنهم سقطوا": some of the speaker's own men were killed or hurt."""
    def said_died(k: int) -> bool:  # «قالت إنهم قضوا» from k
        return told[k : k + 1] == [_THEY_AR] and told[k + 1 : k + 2] != [] and told[k + 1] in _DIED_AR

    for k, t in enumerate(told[:8]):
        if t != "من" or k + 2 >= len(told):
            continue
        men = told[k + 1]
        if men.endswith(("ه", "ها", "هم")) and (
                told[k + 2] in _KILLED_VERBS_AR or said_died(k + 3)
                # ("أن عشرين من مقاتليها ومقاتلاتها قُتلوا": its men and women)
                or told[k + 2][:1] == "و" and told[k + 2].endswith(("ه", "ها", "هم")) and told[k + 3 : k + 4] != []
                and told[k + 3] in _KILLED_VERBS_AR):
            return True
        # (its men named by their unit: "أربعة من مقاتلي اللواءين 14 و46 قالت إنهم سقطوا")
        if men in _MEN_OF_AR and any(said_died(j) for j in range(k + 2, min(len(told) - 1, k + 9))):
            return True
    return False


_MARKS = ('"', "-")  # quotes and the hyphen of a type's name («إف-35»), no words


def _past_quote(toks: list[str], k: int) -> int:
    """`k`, or the token after it when `k` is the quote closing a name ('«العدو الإسرائيلي» أطلق')."""
    return k + (toks[k : k + 1] == ['"'])


def _unmarked(words: list[str]) -> list[str]:
    """The words without the quotes and hyphens among them."""
    return [t for t in words if t not in _MARKS]


def _past_type(toks: list[str], k: int, weapon_tokens: set[int]) -> int:
    """The first token from `k` past an aircraft's type and its quotes ("«إف-35» إسرائيلية": the adjective's place)."""
    while k < len(toks) and (toks[k] in _MARKS or k in weapon_tokens):
        k += 1
    return k


def _quoted_up_to(toks: list[str], start: int, name: Match, end: int) -> bool:
    """Whether `name` lies in a quote opened after `start` and closed right before `end` ("«بقايا داعش الفارة» مسؤولية")."""
    return toks[end - 1] == '"' and '"' not in toks[name.tok_end : end - 1] \
        and name.tok_start - start in _inside_quotes(toks[start:end])


def _relative_aside(toks: list[str], start: int, end: int) -> int:
    """The length of a relative clause set off by commas a few words after `start` (", الذي رشقه غاضبون ,"), or 0."""
    for i in range(start, min(end - 1, start + 6)):
        if toks[i] == "," and toks[i + 1] in RELATIVES:
            return _past_aside(toks, i, end, reach=20) - i
    return 0


def _said_it(cats: dict, toks: list[str]) -> list[Match]:
    """The claim cues that are a speech verb and its subject: "said it" ("Israel's military said it struck")."""
    return [c for c in cats.get("claim", ()) if toks[c.tok_start] in ("said", "says")]


def _speaking(cats: dict, toks: list[str]) -> tuple[Match, ...]:
    """Every speech verb of the sentence, "said it" (a claim's cue) among them."""
    return (*cats.get("speech", ()), *_said_it(cats, toks))


def _opens_a_time(toks: list[str], m: Match) -> bool:
    """An actor right after "since", whose deed tells when ("since Washington's retaliatory strikes", "since Hamas
    launched its assault"), not an attack the sentence tells (but "since Iran's Jan. 8 missile barrage on Ain al-Asad"
    tells one, by its day)."""
    if toks[m.tok_start - 1 : m.tok_start] == ["since"]:
        # (or by its weekday: "killed since Islamic State fighters stormed the Ghwayran prison ... on Thursday night")
        return not any(t[:1].isdigit() for t in toks[m.tok_end : m.tok_end + 6]) \
            and not any(is_weekday_word(t) for t in toks[m.tok_end : m.tok_end + 14])
    # (an Arabic verb first: «منذ أن أطلقت "المقاومة الإسلامية" أولى طائراتها»)
    before = [t for t in toks[max(0, m.tok_start - 4) : m.tok_start] if t != '"']
    return len(before) >= 2 and (before[-2] == _SINCE_AR or before[-3:-1] == [_SINCE_AR, _THAT_AR])


def _two_groups_named(roles: dict, actors: list[tuple[Match, str, str]], before: int) -> list[str]:
    """The last two groups named before token `before`, in this sentence or an earlier one: whom "the two groups"
    (الجماعتين) stands for."""
    named = [name for name, _role in roles if name in _GROUPS] + [
        name for m, name, kind in sorted(actors, key=lambda a: a[0].tok_start) if kind == "group" and m.tok_end <= before]
    return list(dict.fromkeys(reversed(named)))[:2]


def _speaker(actors: list[tuple[Match, str, str]], cats: dict, toks: list[str]) -> str | None:
    """Who states the sentence: a source, or a state right next to a speech verb ("Israel said", "said Israel's
    army"; not "said Iran had fired", where Iran is what is said)."""
    # (not one who once served it: "Amos Yadlin, a former head of Israeli military intelligence, wrote")
    actors = [a for a in actors if not _former_servant(toks, a[0])]
    for cue in cats.get("speech", ()):
        # "..., coordinated with the Syrian government, whose interior ministry said separately that its forces had
        # killed": the land before "whose" speaks, whoever spoke first
        whose = next((k for k in range(max(0, cue.tok_start - 5), cue.tok_start) if toks[k] == "whose"), None)
        if whose is not None and toks[cue.tok_start].isascii():
            land = next((name for m, name, kind in actors if kind == "state" and name in STRIKING_STATES
                         and whose - 2 <= m.tok_end <= whose), None)
            if land is not None:
                return land
    for m, name, kind in actors:
        if kind == "source":
            return name
    for m, name, kind in actors:
        # "Turkish warplanes struck what Ankara called PKK terror nests": who names the targets speaks
        if kind == "state" and m.tok_start and toks[m.tok_start - 1] == "what" and toks[m.tok_end : m.tok_end + 1] \
                and toks[m.tok_end] in _WHAT_IT_CALLED:
            return name
    # ("Israel's military said it struck": "said it" is a claim's cue, and who says it speaks)
    for cue in _speaking(cats, toks):
        if toks[cue.tok_start - 1 : cue.tok_start] == [","] and toks[cue.tok_start].isascii():
            # "Kataib Hezbollah, a group of factions that include Harakat al-Nujaba, said": the subject before the
            # aside speaks, not the last name inside it
            opened = _aside_opening(toks, cue.tok_start - 1)
            subject = next((name for m, name, _kind in actors if opened is not None and m.tok_end == opened), None)
            voice = _voice_before_its_name(toks, cue.tok_start, actors)
            if subject is not None or voice is not None:
                return subject if subject is not None else voice[1]
        if toks[cue.tok_start - 1 : cue.tok_start] == ["it"] and actors and ":" in toks[actors[0][0].tok_end : cue.tok_start] \
                and toks[cue.tok_start].isascii():
            # "Turkey's defence ministry announces strikes almost weekly: on Saturday it said its drones had ...": the
            # opening subject, again
            return actors[0][1]
        for m, name, _kind in actors:
            if 0 <= cue.tok_start - m.tok_end <= 2 and toks[cue.tok_start] != "according" \
                    and toks[m.tok_end] not in _HYPHEN_PARTICIPLES:  # (its speaker follows; "the Iran-backed group said")
                return name
            if 0 <= m.tok_start - cue.tok_end <= 1 and (
                    ARABIC_RE.match(toks[cue.tok_start]) or toks[m.tok_end : m.tok_end + 1] in ([], ["s"], [","], ["."])):
                return name
            # "قال المتحدث باسم جيش الدفاع الإسرائيلي": who the spokesman speaks for
            if m.tok_start == cue.tok_end + 2 and toks[cue.tok_end] in _TITLE_NOUNS and toks[cue.tok_end + 1] == _IN_THE_NAME_OF \
                    and ARABIC_RE.match(toks[cue.tok_start]):
                return name
        if toks[cue.tok_start - 1 : cue.tok_start] == [","]:
            # "Abu Obeida, spokesman of Hamas's armed wing, said": the body the spokesman speaks for
            title = next((j for j in range(cue.tok_start - 2, max(0, cue.tok_start - 9), -1)
                          if toks[j] in _VOICE_WORDS and toks[j + 1 : j + 2] in (["of"], ["for"])), None)
            spoken_for = [name for m, name, _kind in actors if title is not None and title + 1 < m.tok_start < cue.tok_start]
            if spoken_for:
                return spoken_for[0]
    return None
