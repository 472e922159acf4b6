"""Word sets and phrase helpers that several of the engine's readers share (places, roles, tallies, the engine itself).

Every set holds folded words (flashpoint.extract.text.fold_key), so a token is looked up as it stands."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashpoint.extract import lexicon
from flashpoint.extract.matcher import Match, proclitic_forms
from flashpoint.extract.text import ARABIC_RE, Folded, fold_key, fold_set

SPECIFIC_KINDS = ("facility", "city")


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Phrases of folded words by length, and the words they start and end with: most checks
    come down to one set look-up (no phrase can start or end here)."""

    by_length: dict[int, frozenset[tuple[str, ...]]]
    first: frozenset[str]
    last: frozenset[str]
    keys: frozenset[str]  # each phrase's longest word: with none of them in the tokens, no phrase is there


def phrase_sets(words: list[str]) -> _Phrases:
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for word in words:
        phrase = tuple(fold_key(word).split())
        if phrase:
            by_length.setdefault(len(phrase), set()).add(phrase)
    phrases = [p for group in by_length.values() for p in group]
    return _Phrases({k: frozenset(v) for k, v in by_length.items()},
                    frozenset(p[0] for p in phrases), frozenset(p[-1] for p in phrases),
                    frozenset(max(p, key=len) for p in phrases))


def bare_word(text: str, m) -> str:
    """A match's words without their proclitic, the article restored where ل took its alef ("للمسلحين": المسلحين)."""
    bare = text[m.start + len(m.proclitic) : m.end]
    return "ا" + bare if m.proclitic.endswith("ل") and bare[:1] == "ل" else bare


def with_proclitics(words) -> list[str]:
    """Arabic words also as written with an attached proclitic ("ونصرةً لأهلنا في غزة", "بريف", "وندّد"):
    for lists compared with tokens, where the proclitic stays attached."""
    return [form for w in words for form in ([f for f, _clitic in proclitic_forms(w)] if ARABIC_RE.match(w) else [w])]


def word_set(words) -> frozenset[str]:
    """Folded words and their forms with an attached proclitic, for one lookup a token. A phrase could never be one
    token: a list that holds phrases is a Vocabulary."""
    folded = [fold_key(w) for w in words]
    phrases = [w for w in folded if " " in w]
    if phrases:
        raise ValueError(f"word_set: phrases never match a token, use Vocabulary: {phrases[:3]}")
    return frozenset(with_proclitics(folded))


def single_words(entries) -> list[str]:
    """The entries of a list that are one word: a list the matcher reads for its phrases too, asked of tokens."""
    return [w for w in entries if " " not in fold_key(w)]


class Vocabulary:
    """A lexicon list read in a run of tokens: its single words (and their forms with a proclitic) as tokens, its
    phrases ("stoppage time", «بنات آوى») as phrases."""

    __slots__ = ("words", "phrases")

    def __init__(self, entries) -> None:
        folded = [fold_key(w) for w in entries]
        self.words = word_set(w for w in folded if " " not in w)
        self.phrases = phrase_sets([w for w in folded if " " in w])

    def _phrase_in(self, tokens: list[str]) -> bool:
        return not self.phrases.keys.isdisjoint(tokens) and contains_phrase(tokens, self.phrases)

    def found_in(self, tokens: list[str]) -> bool:
        return not self.words.isdisjoint(tokens) or self._phrase_in(tokens)

    def count_in(self, tokens: list[str]) -> int:
        """Its distinct words in the tokens, and one more for its phrases, looked for only while fewer than two words
        are found (a count that is asked whether it reaches two)."""
        found = len(self.words.intersection(tokens))
        return found + 1 if found < 2 and self._phrase_in(tokens) else found


BACKGROUND_BEFORE = phrase_sets(with_proclitics(lexicon.BACKGROUND_BEFORE_PLACE))
RESPONSE_BEFORE = phrase_sets(with_proclitics(lexicon.RESPONSE_BEFORE_PLACE))
SUBJECT_HEADS = fold_set(lexicon.SUBJECT_HEADS)
# Whose voice a source is: a state's spokespeople, and the Iraqi military for the Iraqi government (which
# tells of others' strikes too, so it does not claim for Baghdad the way CENTCOM does for Washington).
VOICE_OF = {**lexicon.SPOKESPEOPLE, "Iraqi military": "Iraqi government"}
STRAITS = set(lexicon.STRAITS)
CLAUSE_BREAKS = {",", "،", ";", "؛", ".", ":", "(", ")"}
COUNTRY_ADJECTIVES = {fold_key(w): code for code, words in lexicon.COUNTRY_ADJECTIVES.items() for w in words}
# ... and of the lands whose targets are struck ("أهداف إسرائيلية", "Israeli targets"): a striking state's adjective
# also names the attacker ("غارات إسرائيلية"), so these count only after "on/against" and a noun
TARGET_ADJECTIVES = {**COUNTRY_ADJECTIVES, **{fold_key(w): code for code, words in lexicon.TARGET_ADJECTIVES.items()
                                                for w in words}}
NEAR_BEFORE = phrase_sets(lexicon.NEAR_CUES)
CONJUNCTIONS = fold_set(lexicon.PLACE_CONJUNCTIONS)
ELABORATION = fold_set(lexicon.ELABORATION_WORDS)
ON_AR = fold_key("على")
IN_AR = fold_key("في")
FROM_AR = fold_key("من")
LISTED_AMONG = {fold_key(w) for w in ("بينها", "منها", "بينهم", "منهم", "including", "among", "such")}
DIRECTION_ADJECTIVES = fold_set(lexicon.DIRECTION_ADJECTIVES)
DIRECTION_ADJECTIVES_AR = {fold_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط")}
STRIKE_NOUNS = fold_set(lexicon.STRIKE_NOUNS)
STRIKE_VERBS = fold_set(lexicon.STRIKE_VERBS)
# Past forms and participles only: "jets struck the X" (X is struck), "al-Shaddadi, hit fourteen times"
PAST_STRIKE_VERBS = (STRIKE_VERBS - {"strike", "strikes"}) | {"targeted", "attacked"}
THREAT_VERBS = set(with_proclitics(fold_key(w) for w in (
    "هدد", "هددت", "توعد", "توعدت", "حذر", "حذرت", "warned", "threatened", "vowed", "warns", "threatens", "vows",
    "محذرا", "محذرة", "متوعدا", "متوعدة", "مهددا", "مهددة", "warning", "threatening", "vowing")))
NEGATIONS_AR = {fold_key(w) for w in ("لم", "لا", "لن", "ليس", "ما")}
# An attack told as coming after or amid something: "The strike comes as Trump threatens", «وتأتي الضربة فيما يلوّح ...»,
# "comes days after", «يأتي ... بعد»
COMES_NOW_AR = set(with_proclitics(fold_key(w) for w in ("يأتي", "تأتي")))  # (the present: the one told before)
COMES_WORDS = COMES_NOW_AR | set(with_proclitics(fold_key(w) for w in ("comes", "came", "جاء", "جاءت")))
AMID_WORDS = {fold_key(w) for w in ("فيما", "وسط", "as", "amid")}
# Arabic strike verbs whose subject comes after them («قصف الجيش التركي قرى», «قصفت إسرائيل موانئ الحديدة») or right
# before them («بأن العدو الإسرائيلي استهدف موقعاً»)
STRIKE_VERBS_AR = {fold_key(w) for w in ("استهدف", "استهدفت", "قصف", "قصفت", "ضرب", "ضربت", "أغار", "أغارت")}
# A plan, not an attack made: "to deter future Iranian attack plans", "a plan to launch drones at northern Israel"
PLAN_WORDS = {"plan", "plans", "planned", "planning", "plot", "plots", "plotting", fold_key("خطط")}
SELF_ATTACK_VERBS = STRIKE_VERBS | {"aimed", "targeted", "fired", "launched", "attacked"}
STRIKING_STATES = set(lexicon.STRIKING_STATES)
STATEMENT_WORDS = fold_set(lexicon.STATEMENT_WORDS)
# "its forces", "its fighters": a speaker's own men, after "its" ("said its forces had hit", "its fighters were
# responsible")
ITS_FORCES = {"forces", "troops", "soldiers", "units", "army", "military", "navy", "artillery", "fighters", "men",
              "members", "mujahideen"}
NUMBER_AR, TO_AR, AGAINST_AR = fold_key("عدد"), fold_key("إلى"), fold_key("ضد")
OBJECT_PREPOSITIONS = {fold_key(w) for w in ["on", "against", "at", "into", "targeting", "ضد", "على", "لـ", "ل"]}
AGGRESSION = word_set(lexicon.AGGRESSION_WORDS)
ATTACK_VERBS = word_set(["استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "قصف", "قصفت", "targeted", "struck", "hit"])
RELATIVES = word_set(["which", "that", "التي", "الذي", "والتي", "والذي"])
# What holds or runs a place, told before "by" its holder: "facilities used by Kataib Hezbollah", "an airstrip used by
# the YPG" (the holder is neither where the attack was nor the author of a statement that lists it)
HELD_BY = {"used", "held", "controlled", "run", "operated", "owned", "occupied", "manned", "staffed", "seized", "captured"}
BE_FORMS = {"be", "being", "been", "is", "are", "was", "were"}  # "depots were used to store", "forces were attacked"
AIRCRAFT_WORDS = set(with_proclitics(fold_key(w) for w in ("طائرات", "طائرة", "الطائرات", "الطائرة", "الطيران", "طيران")))
NO_CLAIM_FROM = phrase_sets(lexicon.NO_CLAIM_FROM)  # "لم يصدر عن داعش": nothing came from it
PLURAL_STRIKES = {"strikes", fold_key("ضربات"), fold_key("الضربات")}
TALLY_NOUN_WORDS = fold_set(lexicon.TALLY_NOUNS)
ORDINAL_WORDS = {fold_key(w): n for w, n in lexicon.ORDINAL_WORDS.items()}


TOWN_WORDS = fold_set(lexicon.TOWN_WORDS)
AIRPORTS_WORDS = {fold_key(w) for w in ("airports", "مطاري", "مطارى", "مطارات", "ومطاري")}
TOWN_NOUNS = TOWN_WORDS | {"city", "town", "village"}  # "the port city of Hodeidah and Taez province"


def coordinated(toks: list[str], first: Match, second: Match) -> bool:
    """second follows first in a list: "X and Y", "X, Y", "X وY"."""
    gap = [t for t in toks[first.tok_end : second.tok_start] if t != '"']  # («المقاومة» و«القوات المسلحة»)
    if len(gap) >= 3 and gap[0] == "and" and gap[-1] == "s" and len(gap) <= 4:
        gap = ["and"]  # "the Islamic Resistance in Iraq and Yemen's Houthis": a land's group is still the next item
    return 0 <= len(gap) <= 2 and (second.proclitic[:1] == "و" or bool(gap)) and set(gap) <= {"and", ",", "و", "،", "the"}


def phrase_start(tokens: list[str], phrases: _Phrases) -> int | None:
    """Where the first of the phrases starts in tokens, or None."""
    # Most checks end here: no phrase's longest word is in these tokens (the rarest test, so asked first: it alone
    # ends 94% of the calls on the bench reports), or no phrase can start or end in them.
    if phrases.keys.isdisjoint(tokens) or phrases.first.isdisjoint(tokens) or phrases.last.isdisjoint(tokens):
        return None
    for i in range(len(tokens)):
        if tokens[i] in phrases.first:
            for k, options in phrases.by_length.items():
                if tuple(tokens[i : i + k]) in options:
                    return i
    return None


def contains_phrase(tokens: list[str], phrases: _Phrases) -> bool:
    return phrase_start(tokens, phrases) is not None


def points_before(toks: list[str], end: int, words: int) -> int:
    """The stops among the `words` tokens before `end` ("U.S." is four tokens): how much further back to look to
    reach as many words."""
    return toks[max(0, end - words) : end].count(".")


def ends_with(tokens: list[str], phrases: _Phrases) -> bool:
    if not tokens or tokens[-1] not in phrases.last:
        return False
    n = len(tokens)
    for k, options in phrases.by_length.items():
        if n >= k and tuple(tokens[n - k:]) in options:
            return True
    return False


HOSTILE_LABELS = fold_set(["العدو", "الكيان"])  # no state calls itself "the enemy" or "the entity"
COMPLEMENTIZERS = {"that", "ان", "انه", "انها", "بان", "بانه", "بانها"}  # "said that", "قال إن"/"أن", "أنه", "أفادت بأن" (folded)


def lower_case_word(folded: Folded, m: Match) -> bool:
    """A Latin name written without a capital is a common word ("a tyre factory", "the convoy is cells")."""
    start = folded.to_original(m.start)
    if not ("a" <= folded.original[start : start + 1] <= "z"):
        return False
    surface = folded.surface(m.start, m.end)
    return not any(ch.isupper() for ch in surface)
STATE_LANDS = {"Iraqi government": "IQ", "Syrian government": "SY"}
IN_WORDS = {"in", "في"}
ORDINAL_RE = re.compile(r"(\d+)(?:st|nd|rd|th)$")
AR_ORDINALS = {fold_key(w): n for n, words in enumerate([
    (), ("الحادي", "الحادية"), ("الثاني", "الثانية"), ("الثالث", "الثالثة"), ("الرابع", "الرابعة"),
    ("الخامس", "الخامسة"), ("السادس", "السادسة"), ("السابع", "السابعة"), ("الثامن", "الثامنة"), ("التاسع", "التاسعة"),
    ("العاشر", "العاشرة")]) for w in words}
# Ordinals without the article, before their noun ("ثالث هجوم خلال أسبوع"), and "الـ150" after it
AR_ORDINALS_BARE = {fold_key(w): n for n, w in [(2, "ثاني"), (3, "ثالث"), (4, "رابع"), (5, "خامس"), (6, "سادس"),
                                                 (7, "سابع"), (8, "ثامن"), (9, "تاسع"), (10, "عاشر")]}
AL_NUMBER_RE = re.compile(r"^ال(\d+)$")


def clause_tail(words: list[str]) -> list[str]:
    """The words after the last clause break ("منذ صباح الأحد، مضيفاً أن ... ليل الإثنين": not since Monday)."""
    cut = max((k for k, w in enumerate(words) if w in CLAUSE_BREAKS and w != "."), default=-1)
    return words[cut + 1 :]


def striking_state_named(m: Match) -> list[str]:
    """The striking state a match names ("Israeli", "Israel", "the IDF", "Damascus" as its government), if any."""
    names = [e.value for e in m.of("demonym")] + [e.value[0] for e in m.of("actor") if e.value[1] == "state"] \
        + [e.value[1] for e in m.of("target")]  # ("Israel's military", "U.S. forces")
    if m.of("metonym") and not m.place_reading:
        names += [e.value for e in m.of("metonym")]  # ("Damascus held the SDF responsible. The army's command said")
    return [n for n in names if n in STRIKING_STATES]


def cue_word(m: Match, category: str) -> str:
    entries = m.of(category)
    return entries[0].value if entries else ""
# A state's forces named by no land, in English: "the army shelled", "said that 72 warplanes had hit".
FORCE_NOUNS_EN = {"army", "troops", "warplanes", "jets", "helicopters", "artillery", "navy"}
MILITIA_NOUNS = {"militias", "militia", "groups", "group", "factions", "faction", "fighters", "proxies", "gunmen",
                  "insurgents", "militants"}
TARGET_NOUNS = word_set(("قواعد", "مواقع", "أهداف", "منشآت", "مقرات", "قاعدة", "ثكنة", "موقع", "هدف", "منشأة", "ثكنات",
                           "bases", "targets", "sites", "positions", "facilities"))


def ordinal_count(toks: list[str], end: int) -> bool:
    """The count ending at `end` is an ordinal ("the fourth time", "الهجوم الثالث من نوعه", "the 150th attack")."""
    return any(t in ORDINAL_WORDS or t in AR_ORDINALS or t in AR_ORDINALS_BARE or t in ("نوعه", "نوعها")
               or ORDINAL_RE.match(t) or AL_NUMBER_RE.match(t) for t in toks[max(0, end - 3) : end])


def without_town_word(before: list[str]) -> list[str]:
    """The words before a place without the town word right before it: "في محيط مدينة دمشق", "near the city of"."""
    last = before[-1] if before else None
    if last in TOWN_WORDS:
        return before[:-1]
    return before[:-2] if last == "of" and before[-2:] == ["city", "of"] else before


def unique(values) -> list:
    """The values in their first order, each once (values need not be hashable)."""
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen
