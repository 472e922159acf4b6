"""Where: which named places in a sentence are attack sites, and which one a name means.

A place is a site only when the sentence tells of an attack there; places named as background, as a
speaker's seat, as a launch point or as a reference for another place are not. A name that several places
share resolves to the one in the report's countries."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from flashpoint.extract import lexicon
from flashpoint.extract.construct import construct_model
from flashpoint.extract.dates import tells_calendar_date, tells_weekday
from flashpoint.extract.facts import Location
from flashpoint.extract.matcher import Match, Place, km_between
from flashpoint.extract.text import ARABIC_RE, Folded, fold_key, fold_set
from flashpoint.extract.words import (
    AGGRESSION, ATTACK_VERBS, BACKGROUND_BEFORE, CONJUNCTIONS, COUNTRY_ADJECTIVES, DIRECTION_ADJECTIVES,
    DIRECTION_ADJECTIVES_AR, ELABORATION, HELD_BY, IN_AR, IN_WORDS, NEAR_BEFORE, OBJECT_PREPOSITIONS, ON_AR, PAST_STRIKE_VERBS,
    RESPONSE_BEFORE, SPECIFIC_KINDS, STRIKE_NOUNS, STRIKE_VERBS, STRIKE_VERBS_AR,
    STRAITS, TOWN_NOUNS, TOWN_WORDS, clause_tail, contains_phrase, ends_with, phrase_sets, phrase_start,
    points_before, with_proclitics, without_town_word, word_set,
)

_ORIGIN_CLAUSE = phrase_sets(lexicon.ORIGIN_CLAUSE)
_SETTING_CLAUSE = phrase_sets(lexicon.SETTING_CLAUSE)
_PLANNED_CLAUSE = phrase_sets(lexicon.PLANNED_CLAUSE)
_OFFICE_OF_A_PLACE = phrase_sets([fold_key(w) for w in lexicon.OFFICE_OF_A_PLACE])
_FUNERAL_WORDS = set(with_proclitics(fold_key(w) for w in lexicon.FUNERAL_WORDS))
_STRUCK_WORDS = STRIKE_NOUNS | STRIKE_VERBS | ATTACK_VERBS | STRIKE_VERBS_AR | word_set(["raid", "raids", "bombing"])
_PLANNED_TOWARD = word_set(["into", "toward", "towards", "against", "at", "on", "نحو", "باتجاه", "ضد", "على"])
_ORIGIN_BEFORE = phrase_sets(lexicon.ORIGIN_BEFORE_PLACE)
_DESTINATION_BEFORE = phrase_sets(lexicon.DESTINATION_BEFORE_PLACE)
_STATIONED_BEFORE = phrase_sets(lexicon.STATIONED_BEFORE)
_STATIONED_ACTS = fold_set(lexicon.STATIONED_ACTS)
_ARMS_OF_A_LAND = {"strikes", "strike", "airstrikes", "raids", "raid", "forces", "troops", "jets", "warplanes",
                   "aircraft", "drones", "warships", "bombers",
                   # what it holds abroad: "the militias' weapon of choice against U.S. targets in Iraq"
                   "targets", "interests", "personnel", "bases", "sites", "positions", "facilities", "assets",
                   "soldiers", "servicemen", "service", "diplomats", "convoys", "contractors"}
_TRANSIT_CLAUSE = phrase_sets(with_proclitics(lexicon.TRANSIT_CLAUSE))
_APPROACH_WORDS = fold_set(lexicon.APPROACH_WORDS)
_SMUGGLING = fold_set(lexicon.SMUGGLING_WORDS)
_GOVERNMENT_POSSESSIONS = {"orders", "behest", "instigation", "instructions", "bidding", "proxies", "proxy",
                           "envoy", "envoys", "ambassador", "embassy", "diplomats"}  # ("called in Tehran's envoy")
# (kept out of the lexicon, whose words the gazetteer build keeps out of small towns' names: "عبر" would cost
# Yemen's al-Abr its Arabic forms)
_PASSAGE = fold_set(["through", "via", "عبر", "خلال"])
_USE_WORDS = fold_set(lexicon.USE_WORDS)
_PURPOSE = fold_set(lexicon.PURPOSE_WORDS)
_REGION = set(lexicon.REGION_COUNTRIES)
_CONTAINING_DIVISIONS = {fold_key(w) for w in ("قضاء", "محافظة", "ناحية", "the", "district", "province", "governorate")}
_LOCATIVE_BEFORE = phrase_sets(lexicon.LOCATIVE_BEFORE_PLACE)
_BLAMED_ON_BEFORE = phrase_sets(lexicon.BLAMED_ON_BEFORE)
_DIRECTION_BEFORE = phrase_sets(lexicon.DIRECTION_CUES)
_ADMIN1_BEFORE = phrase_sets(with_proclitics(lexicon.ADMIN1_BEFORE_PLACE))
_BACKGROUND_AFTER = fold_set(lexicon.BACKGROUND_AFTER_PLACE)
_STREET_AFTER = fold_set(lexicon.STREET_WORDS_AFTER)
_BORDER_WORDS = fold_set(lexicon.BORDER_WORDS)
_BORDER_ADJECTIVES = {fold_key(w) for w in ("الحدودي", "الحدودية")}
_STREET_WORDS = word_set(lexicon.STREET_WORDS)  # (with a proclitic too: «بشارع فلسطين», «التابعة لحكومة صنعاء»)
_DISTRICT_WORD = word_set(["حي"])
_NAUTICAL = fold_set(lexicon.NAUTICAL_WORDS)
_ENVOY_WORDS = fold_set(lexicon.ENVOY_WORDS)
_OFF_SITE_WORDS = _ENVOY_WORDS | _NAUTICAL
_RULERS = {"regime", "government", "leadership", "rulers", "authorities", "mullahs", "clerics"}
_CAPITAL_WORDS = {fold_key(w) for w in ["العاصمة", "capital", "the"]}
# One-word place names that are words of a phrase before these words: «الضفة الشرقية للفرات» (a river's bank, not the
# West Bank), «مسقط رأس» (a birthplace, not Muscat), "Liwa al-Ghaliboun" (a brigade, not Liwa in Oman)
_NOT_A_PLACE_BEFORE = {
    fold_key("الضفة"): fold_set(["الشرقية", "اليسرى", "اليمنى", "الشمالية", "الجنوبية", "لنهر", "للنهر", "للفرات", "لدجلة",
                                 "الأخرى"]),
    fold_key("مسقط"): fold_set(["رأس", "راسه", "رأسها"]),
    "liwa": {"al", "fatemiyoun", "zainabiyoun", "abu"},
}
_STRUCK_BEFORE = (PAST_STRIKE_VERBS - {"attacked"}) | {"hitting", "striking", "shelling", "bombing", "pounding",
                                                         "targeting"}
# "the Syrian capital", "العاصمة السورية": the words a capital's title is made of
_CAPITAL_TITLE_WORDS = _CAPITAL_WORDS | set(COUNTRY_ADJECTIVES) | {
    fold_key(w) for words in lexicon.DEMONYMS.values() for w in words}
# Verbs a capital after them is a government, told something or (in Arabic, verb then subject) doing something:
# "Washington had informed Baghdad", "وشكّلت بغداد لجنة تحقيق", "ونفت طهران" (not an attack verb's object: "قصفت
# الطائرات بغداد")
_TOLD_VERBS = {fold_key(w) for w in (
    "informed", "notified", "told", "urged", "warned", "asked", "pressed", "accused", "blamed", "thanked", "briefed",
    "assured", "reassured", "inform", "notify", "warn", "urge", "أبلغت", "أبلغ", "أخطرت", "أخطر")} | set(with_proclitics(
    fold_key(w) for w in (*(w for w in lexicon.REACTION_WORDS + lexicon.ARABIC_BLAME_VERBS if ARABIC_RE.match(w)),
                          "شكلت", "شكل", "قررت", "قرر", "طالبت", "طالب", "نفت", "نفى", "رفضت", "رفض", "استدعت", "استدعى",
                          "دعت", "دعا", "تستطيع", "تستطيعه", "يستطيع", "اكتفت", "اكتفى", "ردت", "رد", "أكدت", "أكد",
                          "تعهدت", "تعهد", "هددت", "هدد", "توعدت", "توعد")))
_NAMING_WORDS = fold_set(lexicon.NAMING_WORDS)
_GOVERNMENT_VERBS_AFTER = fold_set(lexicon.GOVERNMENT_VERBS_AFTER)
_FORCE_NOUNS = fold_set(lexicon.FORCE_NOUNS)
_ALLIES = fold_set(lexicon.ALLIED_WORDS)
_DISTRICT_WORDS = {"district", "neighborhood", "neighbourhood", "suburb", "suburbs", "area", "quarter", "camp",
                   # ("the Qandil mountains of northern Iraq", "the Beqaa valley of eastern Lebanon")
                   "mountains", "mountain", "valley", "hills", "desert", "island", "islands", "province", "governorate"}
_WATCHED = {"IQ", "SY", "LB", "IL", "PS", "JO", "YE"}
_TOWN_WORDS_BEFORE = word_set(["بلدة", "مدينة", "قرية", "town", "village", "city"])
_LANDED = word_set(["سقطت", "سقط", "انفجرت", "ضربت", "اصابت", "أصابت", "fell", "landed", "crashed", "exploded", "hit",
                     "struck", "slammed"])
_PROVINCE_HEADS = set(with_proclitics(fold_key(w) for w in ("محافظة", "محافظات", "محافظتي", "محافظتا")))
_ADMIN1_AFTER = {"province", "provinces", "governorate", "governorates", "countryside"}
# The first words of the Arabic locatives ("وعلى مواقع", "وقرب"): a second place's preposition after "و".
_ARABIC_PREPOSITIONS = {fold_key(w.split()[0]) for w in lexicon.LOCATIVE_BEFORE_PLACE + lexicon.NEAR_CUES
                        if ARABIC_RE.match(w)}


def _joins_another(gap: list[str], m: Match) -> bool:
    """The words between two places start a second one: "... and on positions near", "وعلى مواقع قرب"."""
    return m.proclitic[:1] == "و" or any(t in ("and", "و") or (t[:1] == "و" and t[1:] in _ARABIC_PREPOSITIONS)
                                          for t in gap)


def _after_locative(before: list[str]) -> bool:
    """The words before a place end with "in", "near", "على" ..., or with one and a compass word ("in northern
    Syria")."""
    return ends_with(before, _LOCATIVE_BEFORE) or (
        bool(before) and before[-1] in DIRECTION_ADJECTIVES and ends_with(before[:-1], _LOCATIVE_BEFORE))


def _in_part_of(toks: list[str], start: int) -> bool:
    """"in the Hakurk region of northern Iraq", "on the outskirts of Kirkuk": the land a part lies in (not "fired
    from Houthi-controlled areas of Yemen": where it came from)."""
    part = toks[max(0, start - 8) : start]
    if part and part[-1] in DIRECTION_ADJECTIVES:
        part = part[:-1]
    return len(part) >= 3 and part[-1] == "of" and part[-2] in _PART_OF_LAND and "from" not in part and any(
        ends_with(part[:k], _LOCATIVE_BEFORE) for k in range(max(1, len(part) - 6), len(part) - 1))


_PART_OF_LAND = {"region", "area", "areas", "province", "governorate", "mountains", "countryside", "outskirts",
                 "part", "parts", "desert", "border", "zone"}


def _names_forces(toks: list[str], m: Match) -> bool:
    """"against U.S. forces", "on U.S. and coalition personnel": the country qualifies whom, not where."""
    after = toks[m.tok_end : m.tok_end + 2]
    return bool(after) and (after[0] in _FORCE_NOUNS or (after[0] == "and" and after[1:] and after[1] in _ALLIES))
_EDGE_WORDS = {"edge", "edges", "outskirts", "outskirt", "fringes", "fringe", "periphery", "side", "entrance"}
_COMPASS_POINTS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
_BETWEEN = {"between", fold_key("بين")}
_ROAD_WORDS = set(with_proclitics(fold_key(w) for w in ("طريق", "الطريق", "road", "highway", "motorway", "الأوتوستراد",
                                                          "أوتوستراد")))


# A town's administrative nouns, before its name: «مركز قضاء سنجار», «ناحية سنوني», «مجمع سنوني»
_TOWN_NOUNS_AR = fold_set(["مركز", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "مجمع"])
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
        # (past the towns' administrative nouns: «الطريق الرابط بين مركز قضاء سنجار وناحية سنوني»)
        opening = first.tok_start
        while opening > 0 and toks[opening - 1] in _TOWN_NOUNS_AR and first.tok_start - opening < 3:
            opening -= 1
        if toks[opening - 1 : opening] and toks[opening - 1] in _BETWEEN and (
                gap == ["and"] or (not gap and second.proclitic == "و")
                or len(gap) <= 2 and gap[0][:1] == "و" and gap[0][1:] in _TOWN_NOUNS_AR
                and all(t in _TOWN_NOUNS_AR for t in gap[1:])) \
                and first_place.country_code == second_place.country_code:
            first.near = True
            out = [s for s in out if s[0] is not second]
            if k + 1 < len(sites) and phrase_start(toks[second.tok_end : sites[k + 1][0].tok_start][:5], NEAR_BEFORE) is not None:
                # "on the highway between Deir ez-Zor and Palmyra near the village of Kabajib": the village is where
                out = [s for s in out if s[0] is not first]
            continue
        if gap in (["-"], ["–"]) and (toks[first.tok_start - 1 : first.tok_start] and toks[first.tok_start - 1] in _ROAD_WORDS
                                      or toks[second.tok_end : second.tok_end + 1]
                                      and toks[second.tok_end] in _ROAD_WORDS):
            first.near = True  # "طريق القامشلي - الحسكة", "the Qamishli-Hasakah highway": one road, near its first town
            out = [s for s in out if s[0] is not second]
            continue
        if first_place.kind == "facility" and len(gap) == 1 and gap[0] in IN_WORDS and second_place.country_code \
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
        located = (len(gap) in (2, 3) and gap[-1] == "of" and gap[-2] in _COMPASS_POINTS and gap[:-2] in ([], [","])) or (len(gap) in (1, 2) and gap[-1] in DIRECTION_ADJECTIVES_AR
                                                    and gap[:-1] in ([], ["،"], [","]))
        if located and first_place.kind in SPECIFIC_KINDS:
            if first_place.country_code and second_place.country_code \
                    and first_place.country_code != second_place.country_code:
                second.near = True
                out = [s for s in out if s[0] is not first]
            else:
                out = [s for s in out if s[0] is not second]
    return out


def resolve(m: Match, doc_countries: set[str], toks: list[str] | None = None) -> Place | None:
    candidates = m.places
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    if toks is None:
        return _choose(m, candidates, doc_countries, None)
    if m.resolved is None:  # asked again by read_sites after the engine's _location: same report, same answer
        m.resolved = _choose(m, candidates, doc_countries, toks)
    return m.resolved


def _choose(m: Match, candidates: tuple[Place, ...], doc_countries: set[str],
            toks: list[str] | None) -> Place:
    seas = [p for p in candidates if p.kind == "sea"]
    if seas:  # "the Red Sea" is the sea, not Egypt's Red Sea governorate
        return seas[0]
    kind_rank = {"facility": 0, "city": 1, "admin1": 2, "country": 3, "region": 4, "sea": 5}
    # "ريف دير الزور", "Anbar province": the province, not the town of the same name.
    if toks is not None and (ends_with(context_before(toks, m), _ADMIN1_BEFORE) or
                             toks[m.tok_end: m.tok_end + 1] in (["province"], ["governorate"], ["countryside"])
                             # "in Raqqa's eastern countryside", "Deir ez-Zor's province"
                             or (toks[m.tok_end: m.tok_end + 1] == ["s"] and not _ADMIN1_AFTER.isdisjoint(
                                 toks[m.tok_end + 1 : m.tok_end + 3]))
                             # "the Aleppo and Hasakah countryside", "Anbar and Nineveh provinces"
                             or (toks[m.tok_end: m.tok_end + 1] == ["and"] and not _ADMIN1_AFTER.isdisjoint(
                                 toks[m.tok_end + 2 : m.tok_end + 5])
                                 and TOWN_NOUNS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start]))):
        kind_rank["admin1"] = -1
    elif toks is not None and (before := context_before(toks, m))[-1:] and before[-1] in _TOWN_WORDS_BEFORE:
        kind_rank["city"] = -1  # "على أطراف بلدة تل تمر", "the town of Tal Tamr": the town, not the base by it

    # "the southern Lebanese village of Houla": the adjective names the country, whatever else the report names.
    named = {COUNTRY_ADJECTIVES[w] for w in context_before(toks, m) if w in COUNTRY_ADJECTIVES} \
        if toks is not None else set()

    def score(p: Place):
        in_doc = p.country_code in doc_countries if p.country_code else False
        # (with nothing else to go by, the lands this monitor watches: "Kurdistan" is the Kurdistan Region, not
        # Iran's province)
        return (p.country_code not in named if named else False, not in_doc, p.country_code not in _WATCHED,
                kind_rank.get(p.kind, 9), -p.population)

    return min(candidates, key=score)


def _clause_before(toks: list[str], m: Match, limit: int = 8) -> list[str]:
    """The words before a match back to the last punctuation mark (at most `limit`)."""
    words: list[str] = []
    start = max(0, m.tok_start - limit - points_before(toks, m.tok_start, limit))
    k = m.tok_start
    while k > start:
        k -= 1
        tok = toks[k]
        first = tok[:1]  # (a token is a run of word characters, or one other character)
        if first.isalnum() or first == "_":
            words.append(tok)  # a word: the common case, asked first
        elif first == '"':
            # quotation marks do not end a clause, nor count as its words: "العدوان الإسرائيلي» على قطاع غزة", 'in
            # response to "hundreds of attacks" against Israel'
            start = max(0, start - 1)
            continue
        elif tok == "." and k and len(toks[k - 1]) == 1 and toks[k - 1].isalpha():
            continue  # nor the points of "U.S." ("to protect U.S. personnel and facilities in Erbil")
        else:
            break
    words.reverse()
    if m.proclitic:
        words.append(m.proclitic[-1])
    return words


def has_locative(toks: list[str], m: Match, earlier: list[tuple[Match, Place]]) -> bool:
    """In/at/on X, or "and X" after a place that had one ("in Iraq and Syria", "في سورية والعراق")."""
    before = context_before(toks, m)
    if _after_locative(before) or (before[-1:] in (["of"], ["northern"], ["southern"], ["eastern"], ["western"])
                                   and _in_part_of(toks, m.tok_start)):
        return True
    if before[-1:] and before[-1] in DIRECTION_ADJECTIVES_AR and any(
            ends_with(before[:k], _LOCATIVE_BEFORE) for k in range(1, len(before) - 1)):
        return True  # "على منطقة متينا شمالي العراق": an unnamed part, then the land it lies in
    compass = 1 if before and before[-1] in DIRECTION_ADJECTIVES else 0  # "and northern Iraq"
    joined = m.proclitic in ("و", "او") or (len(before) > compass and before[-1 - compass] in CONJUNCTIONS)
    if joined and earlier:
        previous = earlier[-1][0]
        return 0 <= m.tok_start - previous.tok_end <= 1 + compass  # "in northern Syria and northern Iraq"
    return False


def without_reference_towns(toks: list[str], sites: list[tuple[Match, Place]]) -> list[tuple[Match, Place]]:
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
        and not IN_WORDS.isdisjoint(toks[m.tok_end : sites[k + 1][0].tok_start])
        and IN_WORDS | _CONTAINING_DIVISIONS >= set(toks[m.tok_end : sites[k + 1][0].tok_start])
        and sites[k + 1][1].country_code and p.country_code != sites[k + 1][1].country_code)]
    for m, p in sites:
        previous = kept[-1] if kept else None
        if (previous and p.kind == "city" and previous[1].kind in (*SPECIFIC_KINDS, "region")
                # (past a hedge: "al-Hari, just south-east of the Syrian border town of Albu Kamal")
                and 0 <= m.tok_start - previous[0].tok_end - sum(
                    1 for t in toks[previous[0].tok_end : m.tok_start] if t in _DIRECTION_HEDGES) <= 9
                and (ends_with(context_before(toks, m), _DIRECTION_BEFORE)
                     or contains_phrase(toks[previous[0].tok_end : m.tok_start], _DIRECTION_BEFORE))
                # "near Makhmour, southwest of Erbil": a city that says where lies up to ~100 km off
                and km_between(p, previous[1]) <= (100 if p.population >= 100_000 else 60)
                # "a depot in Deir ez-Zor and positions near al-Mayadin": a second target, joined by "and"
                and not _joins_another(toks[previous[0].tok_end : m.tok_start], m)):
            continue  # "in the Ghaziyeh area, near the southern Lebanese city of Sidon"
        if (previous and p.kind in ("city", "region") and previous[1].kind in SPECIFIC_KINDS
                and 0 <= m.tok_start - previous[0].tok_end <= 1
                and (m.proclitic[-1:] == "ب" or toks[m.tok_start - 1] in IN_WORDS or toks[m.tok_start - 1] == ",")
                and km_between(p, previous[1]) <= 20):
            continue  # "حي المزة بدمشق", "Mezzeh, Damascus", "رويسات العلم في مزارع شبعا": the city or area it lies in
        if (previous and p.kind in ("city", "admin1") and previous[1].kind in (*SPECIFIC_KINDS, "region")
                and 0 < m.tok_start - previous[0].tok_end <= 6
                and contains_phrase(toks[previous[0].tok_end : m.tok_start], _LIES_BETWEEN)):
            continue  # «في منطقة المطيبيجة الواقعة بين محافظتي صلاح الدين وديالى»: the lands it lies between
        kept.append((m, p))
    return kept


_AGGRESSORS_MEN = set(with_proclitics(fold_key(w) for w in ("ضباط", "قادة", "مرتزقة", "جنود", "عناصر", "طيران", "طائرات")))
_DIRECTION_HEDGES = {"just", "immediately", "directly", "slightly", "right", "due"}
_LIES_BETWEEN = phrase_sets(["الواقعة بين", "الواقع بين", "الواقعة على الحدود بين", "which lies between",
                             "that lies between", "lying between", "straddling", "which straddles", "that straddles"])


_BETWEEN_AR = fold_key("بين")
# Capitals that stand for their governments: where sources sit ("sources in Baghdad said"), and what a capital is paired
# with when both are governments ("talks between Baghdad and Washington")
_GOVERNMENT_SEATS = {fold_key(w) for w in ("Washington", "Tehran", "Ankara", "واشنطن", "طهران", "أنقرة")}
_CONFERENCES = {fold_key(w) for w in ("conference", "briefing", "مؤتمر", "صحفي", "صحافي", "ندوة")}
_SEATS = _GOVERNMENT_SEATS | {fold_key(w) for w in ("Baghdad", "Damascus", "Beirut", "بغداد", "دمشق", "بيروت")}
_GOVERNMENT_CAPITALS = _GOVERNMENT_SEATS | {fold_key(w) for w in ("Moscow", "Riyadh", "London", "Paris", "موسكو", "الرياض")}
_TELLERS = {fold_key(w) for w in ("sources", "officials", "spokesman", "diplomats", "مصادر", "مصدر", "مسؤولون",
                                  "مسؤول", "المتحدث", "دبلوماسيون")}
# ... and who tells from any town, the telling right after it (engine._city_of_who_is_there: "A U.S. official in
# Baghdad said", «قال مصدر أمني في قضاء حديثة إن»)
TELLERS_IN_A_TOWN = _TELLERS | {fold_key(w) for w in ("official", "spokeswoman", "diplomat", "source", "commander",
                                                      "متحدث", "دبلوماسي", "ضابط")}
# Bodies that sit in a capital, when they speak right after it: "the Defense Ministry in Ankara said" (not "a bombing
# outside the Interior Ministry in Ankara", the ministry struck)
_BODIES = {"ministry", "government", "authorities", "command"}
# What a capital's government has, in "Baghdad's ...": its policy, not a place in the city
_A_GOVERNMENTS = {"balancing", "policy", "position", "stance", "relations", "ties", "response", "government", "officials",
                  "decision", "efforts", "allies", "ally", "envoy", "ambassador", "foreign", "request", "approval",
                  "consent", "failure", "leaders", "leadership", "authorities", "warning", "reaction", "rulers",
                  "influence", "rapprochement", "dilemma", "strategy", "calculations", "patience", "retaliation"}
_SAID_AFTER_SEAT = {"said", "says", "announced", "reported", "stated"}


def is_background_place(toks: list[str], m: Match) -> bool:
    """A cause, origin or boundary ("the war in Gaza", "from Gaza", "the border with Jordan")."""
    if m.background is None:  # asked for a place again and again (sites, locations, tallies): read once
        m.background = _reads_as_background(toks, m)
    return m.background


def _with_another_government(toks: list[str], m: Match) -> bool:
    """A place joined by "and" (و) to another government's capital stands for its own government: "talks between
    Baghdad and Washington" (any place after "between"), "as Washington and Baghdad offered differing accounts",
    «فيما قدّمت واشنطن وبغداد روايتين» (a capital)."""
    capital_after = toks[m.tok_end : m.tok_end + 1] == ["and"] and toks[m.tok_end + 1 : m.tok_end + 2] != [] \
        and toks[m.tok_end + 1] in _GOVERNMENT_CAPITALS \
        or toks[m.tok_end : m.tok_end + 1] != [] and toks[m.tok_end][:1] == "و" and toks[m.tok_end][1:] in _GOVERNMENT_CAPITALS
    if toks[m.tok_start - 1 : m.tok_start] in (["between"], [_BETWEEN_AR]) and capital_after:
        return True
    capital_before = toks[m.tok_start - 2 : m.tok_start - 1] != [] and toks[m.tok_start - 2] in _GOVERNMENT_CAPITALS \
        and toks[m.tok_start - 1] == "and" \
        or m.proclitic == "و" and toks[m.tok_start - 1 : m.tok_start] != [] and toks[m.tok_start - 1] in _GOVERNMENT_CAPITALS
    return toks[m.tok_start][len(m.proclitic):] in _SEATS and (capital_after or capital_before)


def _reads_as_background(toks: list[str], m: Match) -> bool:
    if _with_another_government(toks, m):
        return True  # "مفاوضات بين بغداد وواشنطن", "as Washington and Baghdad offered differing accounts": two governments
    if toks[m.tok_start - 1 : m.tok_start] in (["in"], [IN_AR]) and toks[m.tok_start] in _SEATS \
            and (not _TELLERS.isdisjoint(toks[max(0, m.tok_start - 4) : m.tok_start - 1])
                 or not _BODIES.isdisjoint(toks[max(0, m.tok_start - 4) : m.tok_start - 1])
                 and toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _SAID_AFTER_SEAT):
        # "وأكدت مصادر أمنية عراقية في بغداد وقوع الهجوم", "security sources in Baghdad said": where they sit (a
        # capital; sources in a province are mostly where the attack was: "sources in Dhi Qar province said")
        return True
    if toks[m.tok_start] in _SEATS and toks[m.tok_end : m.tok_end + 1] == ["s"] \
            and toks[m.tok_end + 1 : m.tok_end + 2] and toks[m.tok_end + 1] in _A_GOVERNMENTS:
        return True  # "a great deal for Baghdad's balancing act between Washington and Tehran": the government's
    before = toks[max(0, m.tok_start - 4) : m.tok_start]
    if not m.proclitic and ARABIC_RE.match(toks[m.tok_start]) and ends_with(before, _OFFICE_OF_A_PLACE):
        return True  # «وأكدت مديرية صحة أربيل أن القصف أودى بحياة 15 شخصاً», «موقف بغداد»: the office, not a site
    if not _CONFERENCES.isdisjoint(before) and (before[-1:] in (["in"], ["at"], [IN_AR]) or m.proclitic[-1:] == "ب"):
        return True  # "قال المتحدث في مؤتمر صحفي ببغداد", "at a news conference in Baghdad": where he spoke
    clause = _clause_before(toks, m)
    if not AGGRESSION.isdisjoint(clause):
        # "العدوان الإسرائيلي استهدف مبنى سكنياً في حي كفرسوسة": the aggression that struck is the attack, not a cause
        # (and so is the aggression "on" a site: «العدوان الإسرائيلي» على مطار التيفور", not «العدوان على غزة»)
        on_a_site = clause[-1:] == [ON_AR] and all(p.kind == "facility" for p in m.places)
        # (nor the enemy named by it: «استهدفت «تجمعاً لقادة وضباط العدوان ومرتزقته» في قاعدة العند الجوية», the
        # aggression's officers, at the base struck)
        clause = [t for k, t in enumerate(clause) if t not in AGGRESSION or (
            ATTACK_VERBS.isdisjoint(clause[k + 1 : k + 3]) and ATTACK_VERBS.isdisjoint(clause[max(0, k - 1) : k])
            and not (on_a_site and len(clause) - k <= 3) and _AGGRESSORS_MEN.isdisjoint(clause[max(0, k - 1) : k]))]
    if contains_phrase(clause, BACKGROUND_BEFORE):
        return True
    if contains_phrase(clause, RESPONSE_BEFORE) and not all(p.kind == "facility" for p in m.places) and not \
            tells_calendar_date(toks[m.tok_end : m.tok_end + 8], None) and not tells_weekday(toks[m.tok_end : m.tok_end + 4]):
        # (but "رداً على الهجوم الذي استهدف أربيل في الخامس عشر من شباط" tells that attack, and so does "revenge for
        # two officers killed in an air strike near Damascus on Monday")
        return True
    if all(p.kind == "country" for p in m.places) and contains_phrase(clause, _TRANSIT_CLAUSE):
        return True
    if not _SMUGGLING.isdisjoint(clause) and not _PASSAGE.isdisjoint(toks[max(0, m.tok_start - 4) : m.tok_start]):
        return True  # "smuggling missile parts to the group through the port of Hodeidah": the way they came
    if (used := next((k for k, t in enumerate(clause) if t in _USE_WORDS), None)) is not None and \
            not _PURPOSE.isdisjoint(clause[used + 1 :]):
        return True  # "the base, which he said was used to plan raids on Yemen": where what it served went
    # (read over a longer clause: "fired by Hezbollah from an area north of the Lebanese village of Chebaa"; only
    # built when a word that opens such a phrase is near)
    origin = _clause_before(toks, m, 12) if not _ORIGIN_CLAUSE.keys.isdisjoint(toks[max(0, m.tok_start - 16) : m.tok_start]) \
        else clause
    if contains_phrase(origin, _ORIGIN_CLAUSE) and not all(p.kind == "facility" for p in m.places) and not (
            (k := phrase_start(origin, _ORIGIN_CLAUSE)) is not None and not _LANDED.isdisjoint(origin[k:])):
        # "من اتجاه البحر المتوسط غرب اللاذقية": where the fire came from (but "أطلقت من اتجاه الشرق سقطت في مبنى
        # بمدينة إيلات": where it came down)
        return True
    if not _SETTING_CLAUSE.keys.isdisjoint(toks[max(0, m.tok_start - 16) : m.tok_start]) \
            and contains_phrase(_clause_before(toks, m, 14), _SETTING_CLAUSE):
        return True
    if toks[m.tok_end : m.tok_end + 1] == ["for"] and not _FUNERAL_WORDS.isdisjoint(toks[m.tok_end + 1 : m.tok_end + 4]):
        return True  # "as mourners gathered in Baghdad for the funerals": where the dead were mourned
    if not _FUNERAL_WORDS.isdisjoint(toks[max(0, m.tok_start - 12) : m.tok_start]):
        mourned = _clause_before(toks, m, 12)
        # "as thousands of mourners gathered for funerals in Baghdad", «وشيّع الآلاف في النجف وكربلاء جثامين الضحايا»:
        # where the dead were mourned (but "an air raid on a packed funeral hall in Sanaa" struck the funeral)
        # (nor «شيّع أهالي بلدة عيناتا ... ثلاث شقيقات قُتلن أمس في غارة»: the mourners' town, where the raid was)
        told = mourned + list(itertools.takewhile(lambda t: t != ".", toks[m.tok_end : m.tok_end + 25]))
        if not _FUNERAL_WORDS.isdisjoint(mourned) and _STRUCK_WORDS.isdisjoint(told):
            return True
    if not _PLANNED_CLAUSE.keys.isdisjoint(toks[max(0, m.tok_start - 16) : m.tok_start]):
        planned = _clause_before(toks, m, 14)
        k = phrase_start(planned, _PLANNED_CLAUSE)
        # (where the planned fire was to go, "into", "نحو": not "struck militants preparing to launch a drone near
        # Kirkuk", where they were; nor "militants planning to attack were struck in Kirkuk", the strike that came)
        if k is not None and not _PLANNED_TOWARD.isdisjoint(planned[k:]) and PAST_STRIKE_VERBS.isdisjoint(
                planned[k:]) and _LANDED.isdisjoint(planned[k:]):
            return True
    before = context_before(toks, m)
    if ends_with(before, _CAMPAIGN_BEFORE):
        return True  # "عرقلة معركة الرقة", "the battle for Mosul": a campaign named by its city, no site
    if ends_with(before, _ORIGIN_BEFORE) and not (len(before) >= 2 and before[-2] in _APPROACH_WORDS):
        return True  # "launched from Yemen" (but "أثناء اقترابهما من مطار أربيل": approaching it)
    if ends_with(before, _DESTINATION_BEFORE):
        return True  # "pilgrims on their way to Karbala": where they were going, not where they were hit
    if ends_with(before, _STATIONED_BEFORE) and not _STATIONED_ACTS.isdisjoint(toks[m.tok_end : m.tok_end + 2]):
        return True  # "the guns stationed at Zelkan base shelled Bashiqa": where the fire came from
    if before[-1:] and before[-1] in DIRECTION_ADJECTIVES and before[-3:-1] in (["from", "over"], ["from", "the"]):
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
            near[-1] in _DISTRICT_WORD and any(p.kind in ("city", "facility") for p in m.places)):
        return True  # "شارع فلسطين", "حي فلسطين" (but "حي المزة" is the Mezzeh district itself)
    if near and (near[-1] in _NAMING_WORDS or (near[-1][:1] == '"' and len(near) > 1 and near[-2] in _NAMING_WORDS)):
        return True  # "طائرة مسيّرة جديدة أطلقوا عليها اسم «يافا»": a name, not a place
    # "the border with Jordan", "الحدود مع الأردن" (but "the border town of Abu Kamal" is a town)
    return len(near) >= 2 and near[-2] in _BORDER_WORDS and near[-1] in ("with", "مع")


def context_before(toks: list[str], m: Match) -> list[str]:
    """The four words before a match (shared: callers only read it)."""
    before = m.context
    if before is None:  # asked for several times per place: kept on the match
        before = toks[max(0, m.tok_start - 4) : m.tok_start]
        # An attached proclitic is context too: "بالعراق" reads as "ب العراق".
        if m.proclitic:
            before.append(m.proclitic[-1])
        m.context = before
    return before


_PERSON_TITLES = {"spokeswoman", "spokesman", "spokesperson", "gen", "general", "col", "colonel", "maj", "major", "lt",
                  "capt", "captain", "dr", "mr", "mrs", "ms", "minister", "president", "secretary", "sheikh", "envoy",
                  "ambassador", "commander", "brig", "adm", "admiral", "sgt", "sergeant"}


def is_place_reading(toks: list[str], m: Match) -> bool:
    """A capital that is also a government ("Washington said") is a place only after a locative."""
    cached = m.place_reading
    if cached is None:
        if not m.places:
            cached = False
        elif m.tok_end - m.tok_start == 1 and toks[m.tok_end : m.tok_end + 1] \
                and toks[m.tok_end] in _NOT_A_PLACE_BEFORE.get(toks[m.tok_start][len(m.proclitic):], ()):
            cached = False  # «على الضفة الشرقية للفرات», «مسقط رأس»: a word of a phrase
        elif m.tok_end - m.tok_start == 1 and m.tok_start and toks[m.tok_start - 1] in _PERSON_TITLES \
                and toks[m.tok_start].isascii():
            cached = False  # "a statement read by spokeswoman Dana White": a person's name (Dana, not Ad Dana)
        elif m.tok_start and (toks[m.tok_start - 1] in _TOLD_VERBS or toks[max(0, m.tok_start - 2) : m.tok_start] in (
                ["called", "on"], ["calls", "on"], ["calling", "on"])) \
                and all(p.kind in ("city", "country", "admin1") for p in m.places):
            cached = False  # "Washington had informed Baghdad beforehand", "called on Baghdad to rein them in"
        elif toks[m.tok_start - 1 : m.tok_start] == ["on"] and not _PINNED.isdisjoint(
                clause_tail(toks[max(0, m.tok_start - 16) : m.tok_start])) \
                and all(p.kind in ("city", "country", "admin1") for p in m.places):
            cached = False  # "pinned the wider campaign on Tehran": the one blamed, no place
        elif not (m.of("metonym") or m.of("actor")):
            cached = True
        elif toks[m.tok_end : m.tok_end + 1] == ["s"] and toks[m.tok_end + 1 : m.tok_end + 2] \
                and toks[m.tok_end + 1] in _GOVERNMENT_POSSESSIONS:
            cached = False  # "acted on Tehran's orders": the government's orders, not the city's
        elif toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _ARMS_OF_A_LAND \
                and all(p.kind == "country" for p in m.places):  # (a city's are where: "the Damascus strikes")
            cached = False  # "a statement on U.S. strikes in eastern Syria": whose strikes, not where
        else:
            before = without_town_word(context_before(toks, m))
            # "which it blamed on the United States": the doer, not where it was done
            # ("the regime in Tehran", "the government in Damascus": the government, seated there)
            blamed = ends_with(before[:-1] if before[-1:] == ["the"] else before, _BLAMED_ON_BEFORE) or (
                before[-1:] == ["in"] and before[-2:-1] != [] and before[-2] in _RULERS)
            # ("على محيط دمشق", "near Damascus": its surroundings are a place)
            cached = (_after_locative(before) or ends_with(before, NEAR_BEFORE)
                      # "في محافظات طهران وخوزستان", "Tehran province": the province, not the government
                      or (before[-1:] and before[-1] in _PROVINCE_HEADS)
                      or toks[m.tok_end : m.tok_end + 1] in (["province"], ["provinces"])
                      # "Rockets hit Damascus", "Israeli jets struck Tehran": the city struck
                      or (before[-1:] and before[-1] in _STRUCK_BEFORE and all(p.kind != "country" for p in m.places))
                      ) and not blamed
            if not cached and not blamed:
                # "near the Syrian capital Damascus", "قرب العاصمة السورية دمشق"
                j = m.tok_start
                while j > max(0, m.tok_start - 4) and toks[j - 1] in _CAPITAL_TITLE_WORDS:
                    j -= 1
                cached = j < m.tok_start and any(t in _CAPITAL_WORDS for t in toks[j : m.tok_start]) and ends_with(
                    toks[max(0, j - 3) : j], _LOCATIVE_BEFORE)
        m.place_reading = cached
    return cached


def read_sites(folded: Folded, toks: list[str], matches: list[Match], doc_countries: set[str]) -> list[tuple[Match, Place]]:
    sites = []
    # Armed groups named as the subject ("by the Houthis", not "strikes on the Houthis"): the country
    # right after them is where they are ("launched by the Houthis in Yemen"), not where the attack was.
    attack_ends = [m.tok_end for m in matches if m.of("attack")]
    # (but "facilities used by Kataib Hezbollah in Iraq": the group's sites are in Iraq, and were struck there)
    actor_ends = {m.tok_end for m in matches if m.of("actor")
                  and OBJECT_PREPOSITIONS.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
                  and ELABORATION.isdisjoint(toks[max(0, m.tok_start - 2) : m.tok_start])
                  and HELD_BY.isdisjoint(toks[max(0, m.tok_start - 3) : m.tok_start - 1])}
    background_end = None  # where a place told as background ends
    for m in matches:
        if not m.places or not is_place_reading(toks, m):
            continue
        if (m.tok_start >= 2 and toks[m.tok_start - 1] in IN_WORDS and m.tok_start - 1 in actor_ends
                and any(p.kind == "country" for p in m.places)):
            continue
        if m.of("actor") and any(p.kind == "country" and p.country_code not in _REGION for p in m.places) and any(
                m.tok_start - 4 <= end <= m.tok_start - 1 for end in attack_ends):
            continue  # "Iran struck back at the United States": the state attacked, not a place (but
            # "missiles fired at Israel" landed in Israel)
        before = context_before(toks, m)
        if is_background_place(toks, m) or (background_end is not None and (
                toks[background_end : m.tok_start] in (["and"], ["or"]) or (m.proclitic[:1] == "و" and m.tok_start == background_end))):
            background_end = m.tok_end  # (and the place joined to it: "facilities in Erbil and Baghdad")
            continue
        background_end = None
        if len(before) >= 2 and before[-2] in _PARENT_WORDS and (
                before[-1] in TOWN_WORDS or before[-1][:1] == "ل" and before[-1][1:] in TOWN_WORDS) \
                and any(o.places and o.tok_end == m.tok_start - 2 for o in matches):
            continue  # "في ناحية سيدكان التابعة لقضاء سوران": the district a known town belongs to, no site
        if before[-1:] and before[-1] in _IN_DISTRICT_AR and any(
                o.places and o.tok_end == m.tok_start - 1 and any(q.kind in ("city", "facility") for q in o.places)
                for o in matches):
            continue  # "في بلدة الهبارية بقضاء حاصبيا": the district of the town named, no site of its own
        if (toks[m.tok_end : m.tok_end + 1] and toks[m.tok_end] in _GOVERNMENT_VERBS_AFTER
                and not ends_with(before, _LOCATIVE_BEFORE)):
            continue  # "saying Baghdad would take all necessary measures": the government, not a site
        place = resolve(m, doc_countries, toks)
        if place is None or not (place.country_code or place.name in STRAITS):
            continue  # the Middle East or the Red Sea is not a site we can count (a named strait is)
        if place.kind == "country" and (not has_locative(toks, m, sites) or _names_forces(toks, m)):
            continue  # "US warplanes", "Britain struck": a country named as an actor, not a place
        m.near = ends_with(without_town_word(before), NEAR_BEFORE)
        m.surface = folded.surface(m.start, m.end)
        sites.append((m, place))
    return _one_site_per_locator(toks, sites) if len(sites) > 1 else sites
_PINNED = {"pinned", "blamed", "pinning", "blaming", "pin", "blame"}
_CAMPAIGN_BEFORE = phrase_sets(with_proclitics(["معركة", "معارك", "battle for", "battle of", "the battle for",
                                                   "the battle of", "campaign for", "siege of", "liberation of",
                                                   "تحرير", "معركة تحرير",
                                                   # "to divert forces from the offensive on Mosul", «لاستعادة الموصل»
                                                   "offensive on", "offensive against", "offensive to retake",
                                                   "offensive to recapture", "operation to retake", "operation to recapture",
                                                   "campaign to retake", "campaign to recapture", "push to retake",
                                                   "استعادة", "معركة استعادة"]))
_IN_DISTRICT_AR = {fold_key(w) for w in ("بقضاء", "بناحية", "بمحافظة", "بمحافظه")}
_PARENT_WORDS = {fold_key(w) for w in ("التابعة", "التابع", "التابعتين", "التابعين")}


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


def location_of(place: Place, surface: str, near: bool, site_id: str | None = None) -> Location:
    """The place as the report names it: a location with its ACLED precision (1 a site or town, 2 near one or in a
    region, 3 a province or country)."""
    if place.kind in SPECIFIC_KINDS:
        precision = 2 if near else 1
    elif place.kind == "region" and place.country_code:
        precision = 2
    else:
        precision = 3
    # Built from trusted gazetteer values: construct without re-validating (hot path).
    return construct_model(Location, {
        "text": surface, "name": display_name(place.name), "kind": place.kind, "country_code": place.country_code,
        "admin1": place.admin1 if place.kind not in ("country",) else None,
        "lat": place.lat, "lon": place.lon, "precision": precision, "place_id": place.place_id,
        "site_id": site_id or place.place_id,
    })
