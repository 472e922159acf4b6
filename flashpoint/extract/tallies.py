"""Stated tallies: counts of attacks a sentence gives ("10 attacks in Iraq and 3 in Syria between 17 and 24
October"), with their country, period, source and weapons. A tally is not an incident."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flashpoint.extract import lexicon
from flashpoint.extract.construct import construct_model
from flashpoint.extract.dates import SINCE_WORDS, is_month_word
from flashpoint.extract.facts import Tally
from flashpoint.extract.matcher import Match, Place
from flashpoint.extract.numbers import dual_at, number_at
from flashpoint.extract.places import is_background_place, is_place_reading, resolve
from flashpoint.extract.text import fold_key, fold_set
from flashpoint.extract.words import (
    AGAINST_AR, AL_NUMBER_RE, AR_ORDINALS, AR_ORDINALS_BARE, CLAUSE_BREAKS, CONJUNCTIONS, COUNTRY_ADJECTIVES,
    DIRECTION_ADJECTIVES, DIRECTION_ADJECTIVES_AR, IN_WORDS, LISTED_AMONG, NUMBER_AR, OBJECT_PREPOSITIONS, ON_AR,
    ORDINAL_RE, ORDINAL_WORDS, PAST_STRIKE_VERBS, SELF_ATTACK_VERBS, SPECIFIC_KINDS, TALLY_NOUN_WORDS, TARGET_ADJECTIVES,
    TO_AR,
    ordinal_count, phrase_sets, phrase_start, single_words, unique, with_proclitics, word_set,
)

# A list of counts under a tally, a count per line: "الديوانية: 23", "- Al-Asad air base, Anbar: 10"
_BULLET_MARKS = "-•*–"  # the marks a list's items open with
COUNT_LINE_RE = re.compile(r"\s*(?:[" + _BULLET_MARKS + r"]\s*)?([^:\n]{2,80}?)\s*:\s*([0-9٠-٩]{1,5})(?![0-9٠-٩./:,])")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# "فالحقل ... تعرّض لأكثر من عشرة هجمات": the facility named before (also read by the engine for tolls)
FACILITY_ANAPHORA = phrase_sets(with_proclitics(lexicon.FACILITY_ANAPHORA))
_PROVINCE_ANAPHORA = phrase_sets(with_proclitics(["in the province", "in the governorate", "في المحافظة"]))
_SAME_PERIOD = phrase_sets(lexicon.SAME_PERIOD_PHRASES)
_NAMED_AMONG = {"including", fold_key("بينها"), fold_key("بينهما")}  # "including an April 14 strike on Erbil airport"
_TERRITORY_WORDS = fold_set(lexicon.TERRITORY_WORDS)
_WITHIN_WORDS = {fold_key(w) for w in ("in", "within", "over", "خلال", "في غضون", "غضون")}
_SPAN_UNITS = {fold_key(w) for w in ("hours", "days", "week", "hour", "ساعة", "ساعات", "أيام", "يوما", "أسبوع", "يومين",
                                     "ساعه", "weeks", "أسبوعين", "أسابيع", "fortnight")}
_CONTRASTS = {"while", "whereas", "بينما", "فيما", "في حين"}
_SHELLING_COUNTED = fold_key("قصفا")
_TALLY_FILLERS = fold_set(lexicon.TALLY_FILLERS)
_TALLY_IN = fold_set(lexicon.TALLY_IN)
_TALLY_AT = fold_set(lexicon.TALLY_AT)
_DIRECTION_ADJECTIVES_ALL = DIRECTION_ADJECTIVES | DIRECTION_ADJECTIVES_AR
_CLAUSE_COMMAS = {",", "،", ";", "؛", ":"}  # clause breaks other than the full stop of "U.S."
_ELIDED_ATTACK_WORDS = word_set(["targeted", "hit", "struck", "bases", "sites", "positions", "منها", "قواعد", "مواقع",
                                   # "roughly 70 took place in Iraq", "21 of them were in Syria", "وقع 40 منها في العراق"
                                   "took", "place", "occurred", "happened", "were", "was", "وقعت", "وقع", "جرت"])
_FORCES_WORDS = fold_set(lexicon.FORCES_WORDS)
_SUCCESSIVE = fold_set(lexicon.SUCCESSIVE_WORDS)
_PERIOD_TALLY_NOUNS = word_set(single_words(lexicon.PERIOD_TALLY_NOUNS))  # ("air strikes": "air" is a modifier)
_ONCE_TWICE = {"once": 1, "twice": 2, "thrice": 3}


_LINKED_TO = {fold_key(w) for w in ("linked", "tied", "owned", "مرتبطة", "مرتبط", "المرتبطة", "المرتبط", "مملوكة",
                                    "المملوكة", "تابعة", "التابعة")}


def _linked_place(toks, m, places, span) -> bool:
    """Whether the place is whose a target is ("ships linked to Israel", «سفن مرتبطة بإسرائيل»), or listed with one."""
    if not _LINKED_TO.isdisjoint(toks[max(span[0], m.tok_start - 2) : m.tok_start]):
        return True
    before = [o for o, _p in places if o.tok_end <= m.tok_start and m.tok_start - o.tok_end <= 1]
    return any((m.proclitic[:1] == "و" or toks[o.tok_end : m.tok_start] in ([], ["and"], [","]))
               and _linked_place(toks, o, places, span) for o in before)


def read_tallies(sentence: str, toks, span, matches, dates, weapons, counted, doc_countries) -> list[Tally]:
    """Tallies stated by the sentence; `counted` is _counted_nouns(), not empty."""
    # ("العملية التي أطلقت عليها أنقرة اسم": Ankara names the operation, it is no place of the count)
    places = [(m, resolve(m, doc_countries)) for m in matches if m.places and not (
        (m.of("metonym") or m.of("actor")) and not is_place_reading(toks, m))
        and not is_background_place(toks, m)]  # ("منذ بدء الحرب على غزة": a cause, not where)
    # ("96 عملية ضد سفن مرتبطة بإسرائيل والولايات المتحدة وبريطانيا": whose the ships are, not where they were struck;
    # and the lands listed with it)
    places = [(m, p) for m, p in places if not _linked_place(toks, m, places, span)]
    period = next((d for d in dates if d.kind in ("range", "since", "until")), None)
    # One attack on a site is an incident; a count of them, even a few on one day, is a count for that site
    # ("24 rocket attacks on the Green Zone since January", "four strikes near Baiji on Friday and Saturday":
    # writers of the newer corpus files count these, and no development report counts against it).
    # ("... مرتين، وقاعدة بلد الجوية": a site after a comma starts the next item, its count is not this one)
    if any(p and p.kind in SPECIFIC_KINDS and any(0 <= m.tok_start - end <= 3 and count == 1
                                                  and _CLAUSE_COMMAS.isdisjoint(toks[end : m.tok_start])
                                                  and not ordinal_count(toks, end)
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
            m.proclitic in ("و", "او") or toks[m.tok_start - 1] in CONJUNCTIONS)
        # "the fourth rocket attack on Israel": a country attacked is where the attacks were (not "on U.S. forces")
        attacked = p.kind in ("country", "region") and (toks[m.tok_start - 1 : m.tok_start] in (["on"], ["against"], [ON_AR],
                                                                                           [AGAINST_AR])
                                            or toks[m.tok_start - 2 : m.tok_start - 1] == [ON_AR]
                                            and toks[m.tok_start - 1] in DIRECTION_ADJECTIVES_AR
                                            # "700 attacks on northern Israel"
                                            or toks[m.tok_start - 2 : m.tok_start - 1] in (["on"], ["against"])
                                            and toks[m.tok_start - 1] in DIRECTION_ADJECTIVES) and \
            _FORCES_WORDS.isdisjoint(toks[m.tok_end : m.tok_end + 4])  # "on U.S. and coalition forces"
        if not _SHARE_WORDS.isdisjoint(toks[max(t0, m.tok_start - 4) : m.tok_start]):
            continue  # "..., with the majority in Syria", "most of them in Iraq": a share, no count's land
        if _tally_locative(toks, m) or joined or attacked:
            located.append((m, p))

    def tally(count: int, country: str | None, lands: list[str] | None = None) -> Tally:
        # (the lands of a count for no single land; a count's own land is filled in when the report is done)
        return Tally(count=count, country_code=country,
                     start=period.start if period and period.kind != "until" else None,
                     end=period.end if period else None, source=source, weapons=weapons,
                     countries=lands or [], text=sentence_text)

    breakdown = False
    provinces: set[str] = set()
    name_toks = {k for m in matches if m.places for k in range(m.tok_start, m.tok_end)}
    for end, count in counted:
        # "In Iraq, near Mosul, nine strikes destroyed seven mortar systems": a line of a strike list with no day of its
        # own is one attack on a place (the writers count only the list's total and its split by country)
        if not dates and any(toks[m.tok_start - 1 : m.tok_start] == ["near"] and toks[m.tok_end : m.tok_end + 1] == [","]
                             and 1 <= end - m.tok_end <= 5 for m, _p in places):
            continue
        # ... and its count first: "In Syria, three strikes near Al Hasakah hit two ISIL tactical units"
        # (not a count over a stretch of time: "seven air strikes near Ramadi over the previous 72 hours")
        if not dates and not _within_span(toks, end, t1) and any(
                m.tok_start == end + 1 and toks[end] == "near" and p and p.kind in SPECIFIC_KINDS for m, p in places):
            continue
        # The country right after the count ("10 attacks in Iraq"), unless a breakdown starts first
        # ("92 attacks - 46 in Iraq", "165 هجوماً، منها 67 في العراق").
        # ... nor past a contrast: "57 هجوماً، فيما تعرضت القواعد في سوريا لـ 83" (the next clause's land)
        # ... nor past a colon that opens the breakdown ("170 attacks on U.S. forces: 79 in Iraq, 90 in Syria")
        stop = next((j for j in range(end, min(t1, end + 10)) if toks[j] == ":" or j < end + 6 and (
            number_at(toks, j) or toks[j] in _CONTRASTS)), t1)
        located_here = [(m, p) for m, p in located if m.tok_start < stop]
        country = _country_after(located_here, end, 5, toks)
        if country is None:  # "11 attacks on Iraqi bases", "٢٧ استهدافاً إسرائيلياً للأراضي السورية"
            adjectives = {COUNTRY_ADJECTIVES[w] for w in toks[end : min(t1, end + 6)] if w in COUNTRY_ADJECTIVES}
            country = adjectives.pop() if len(adjectives) == 1 else None
        if country is None:  # "112 عملية ضد أهداف إسرائيلية", "attacks on Israeli targets": the land of what was hit
            window = toks[end : min(t1, end + 6)]
            country = next((TARGET_ADJECTIVES[w] for k, w in enumerate(window) if w in TARGET_ADJECTIVES
                            and (k >= 2 and window[k - 2] in OBJECT_PREPOSITIONS  # "ضد أهداف إسرائيلية"
                                 # "ضد مواقع الجيش الإسرائيلي": the positions of the land's army
                                 # ... and "ضد مواقع وتجمعات للجيش الإسرائيلي": the positions and gatherings of
                                 or k >= 3 and any(w in OBJECT_PREPOSITIONS for w in window[: k - 1])
                                 and window[k - 1] in _ARMY_WORDS
                                 or k >= 1 and window[k - 1] in OBJECT_PREPOSITIONS and w.isascii())), None)
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
            hit = {TARGET_ADJECTIVES[toks[k]] for k in range(max(t0 + 1, end - 9), end - 1)
                   if toks[k] in TARGET_ADJECTIVES and toks[k].isascii() and toks[k - 1] in SELF_ATTACK_VERBS}
            country = hit.pop() if len(hit) == 1 else None
        if country is None:  # "71 strikes in SDF-held areas", "94 هجوماً على مناطق سيطرة قوات سوريا الديمقراطية"
            window = toks[end : min(t1, end + 8)]
            country = next((_HELD_AREAS[w] for k, w in enumerate(window) if w in _HELD_AREAS and (
                window[k + 1 : k + 2] in (["held"], ["controlled"]) or _CONTROL_AR in window[max(0, k - 2) : k])),
                None)
        if country is None and any(toks[k] == "its" and toks[k + 1] in ("areas", "territory", "positions")
                                   for k in range(max(t0, end - 8), min(t1 - 1, end + 8))):
            # "According to the SDF, Turkish drones have struck its areas 72 times": the land the group holds (its areas
            # told after the count too: "it had recorded 58 drone strikes by government forces on its positions")
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
        if country is None:
            # "al-Shaddadi in north-eastern Syria, hit fourteen times, and the Erbil air base, hit eleven times": each
            # count's own site, told right before the participle
            hit_at = next((k for k in range(end - 2, max(t0 + 1, end - 5) - 1, -1) if toks[k] in PAST_STRIKE_VERBS
                           and toks[k - 1] == ","), None)
            own = [p for m, p in places if p and p.country_code and hit_at is not None
                   and 0 <= hit_at - m.tok_end <= 6 and not any(number_at(toks, k) for k in range(m.tok_end, hit_at))]
            country = own[-1].country_code if own else None
        if country is None:  # "Syria, five strikes:": a list's heading, the land and then its count
            heading = {p.country_code for m, p in places if p and p.kind == "country" and m.tok_start == t0
                       and toks[m.tok_end : m.tok_end + 1] == [","] and end - m.tok_end <= 4}
            country = heading.pop() if heading else None
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
            period.start != period.end and ordinal_count(toks, end))) or _within_span(toks, end, t1)
        if not _WAVE_WORDS.isdisjoint(toks[max(t0, end - 2) : end]) and (not over_period or count < 3):
            continue  # "الموجة الرابعة من عملية الوعد الصادق": waves of one operation, counted over no period
        if toks[end - 1] in _PERIOD_TALLY_NOUNS and not over_period and not (
                count >= 4 and period is not None and period.start != period.end) \
                and not (count >= 10 and toks[end - 1] != _SHELLING_COUNTED) \
                and not (count >= 4 and len({p.country_code for _m, p in located}) >= 2):
            # "قصفاً" counted on one day is one bombardment's, unless counted over a period (or many raids, even at
            # dawn on one day: "شنّت الطائرات التركية 25 غارة فجر اليوم" is a count; or strikes counted across two
            # lands: "nine airstrikes against Islamic State fighters in Syria and Iraq on Friday and Saturday")
            continue
        total_at = None
        if count >= 4 or over_period:
            total_at = len(out)
            # "160 attacks on U.S. forces in Iraq and Syria": a count for no one land spans the lands it names
            # ... or before it: "American troops in Iraq and Syria have been attacked at least 78 times"
            out.append(tally(count, country, None if country else (
                _countries_after(located_here, end, 5, toks) or _countries_before(located, end, toks))))
        part_lands: set[str] = set()
        weapon_split = False  # a split of the count by weapon has begun
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
            if parsed is None and ordinal_count(toks, end) and toks[k][:1] == "و" and toks[k][1:] in AR_ORDINALS \
                    and toks[k - 1 : k] == [","]:
                # "هذا ثالث هجوم يطال التاجي منذ مطلع الشهر، والسادس منذ آذار": a second ordinal, a longer period
                value = AR_ORDINALS[toks[k][1:]]
                if toks[k + 1 : k + 2] and toks[k + 1] in ("عشر", "عشره"):
                    value += 10
                if value >= 3:
                    out.append(tally(value, country))
                j = k + 1
                continue
            after = parsed[1] if parsed else 0
            while parsed and after < t1 and (toks[after] in TALLY_NOUN_WORDS or toks[after] in _TALLY_FILLERS
                                              # "98 targeted bases in Syria", "استهدف 98 منها قواعد في سوريا"
                                              or toks[after] in _ELIDED_ATTACK_WORDS):
                after += 1
            # A split by weapon: "39 times since Feb. 7, 24 times with missiles and 15 with drones", "40 هجوماً
            # منذ مطلع العام، بينها سبعة بطائرات مسيّرة"
            if parsed and parsed[0] >= 2 and after < t1 and (country or out) and (
                    (toks[after] == "with" and "with" in toks[end:k])
                    # (and the parts listed after the first: "منها 33 هجوماً بصواريخ كاتيوشا، و11 بعبوات ناسفة")
                    or (toks[after][:1] == "ب" and (weapon_split or not LISTED_AMONG.isdisjoint(toks[max(end, k - 2) : k]))
                        and any(w.tok_start == after and w.of("weapon") for w in matches))):
                out.append(tally(parsed[0], country or out[-1].country_code))
                weapon_split = True
                j = after
                continue
            if parsed and parsed[0] >= 2 and (country or total_at is not None) and after < t1 \
                    and toks[after] not in _TALLY_IN and toks[after] not in _TALLY_AT \
                    and not _PART_WORDS.isdisjoint(toks[parsed[1] : after]):
                # "about 200 attacks on Israel ..., more than 90 of them since the start of September": a part
                # of the count told with no land of its own is in the count's land (found later if not yet: "135
                # air strikes on and around the town ..., 11 of them since Sunday morning")
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
                further = other is None
                if further:
                    # "five in the desert east of Homs": the one land named further on in the part's own clause
                    close = next((i for i in range(after + 1, min(t1, after + 10))
                                  if toks[i] in _CLAUSE_COMMAS or number_at(toks, i)), min(t1, after + 10))
                    named = [p for m, p in places if p and p.country_code and after < m.tok_start < close]
                    lands = {p.country_code for p in named}
                    other = lands.pop() if len(lands) == 1 else None
                    if other and all(p.kind != "country" for p in named):
                        provinces.add(other)  # (the provinces of a land: "19 of them in the southern provinces of")
                if other and (other != country or province is not None or further):
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
                             and not IN_WORDS.isdisjoint(toks[max(after, m.tok_start - 3) : m.tok_start])}
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
    # A split by the provinces of one country: the total is that country's (not when a part is in another land:
    # "21 airstrikes: 18 near Kobani in Syria and three in Iraq")
    if len(provinces) == 1 and provinces >= {t.country_code for t in out if t.country_code}:
        (only,) = provinces
        # (not a count told over two lands: "21 strikes in Syria and Iraq on Monday and Tuesday, 18 of them near Kobani")
        out = [t if t.country_code or len(t.countries) > 1 else tally(t.count, only) for t in out]
    if not breakdown:
        # No country after the count: the one country named as where ("هجوماً على مواقع في إقليم كوردستان"),
        # or the one country of the provinces, towns and sites it names after the count ("19 هجوماً في
        # بوادي حمص ودير الزور والرقة", "124 IS attacks in the Badia").
        # (not past a contrast after the counts: "26 attacks against warships in the Red Sea, while U.S. forces
        # have struck more than 800 targets across Yemen")
        last = max((end for end, _count in counted), default=t0)
        contrast = next((j for j in range(last, t1) if toks[j] in _CONTRASTS), t1)
        countries = {p.country_code for m, p in located if m.tok_start < contrast}
        if not countries and counted:
            first = min(end for end, _count in counted)
            countries = {p.country_code for m, p in places
                         if p and p.country_code and p.kind != "country" and first <= m.tok_start <= first + 20}
            number_of = next((k for k in range(t0, first) if toks[k] in _NUMBER_OF), None)
            if not countries and number_of is not None:
                # "عدد الغارات التي شنّها التحالف على منبج وريفها ... تجاوز 450 غارة": the places the number is of
                countries = {p.country_code for m, p in places if p and p.country_code and p.kind != "country"
                             and number_of < m.tok_start < first}
            if not countries:  # "Al-Asad alone has been targeted more than 30 times": the site told first
                # (not "blamed Kataib Hezbollah for the Tower 22 attack and counts 160 attacks": another attack's)
                countries = {p.country_code for m, p in places if p and p.country_code and p.kind in SPECIFIC_KINDS
                             and 0 <= first - m.tok_end <= 10
                             and not any(t in TALLY_NOUN_WORDS for t in toks[m.tok_end : first - 2])}
        if not countries:
            # "عدد الهجمات ... في الأراضي السورية إلى 98 هجوماً", "attacks on Syrian soil", "في العمق السعودي": the
            # territory named
            countries = {land for i in range(t0, t1) if (land := _territory_land(toks, i))}
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
_SOURCE_LANDS = {"Iraqi military": "IQ", "Iraqi security sources": "IQ", "Syrian Observatory for Human Rights": "SY"}
_NUMBER_OF = {"number", fold_key("عدد")}
_LAND_ADJECTIVES = {**COUNTRY_ADJECTIVES, **TARGET_ADJECTIVES}
_PART_OF = {fold_key(w) for w in ("بينها", "منها", "including", "among")}
_SAW_VERBS = {fold_key(w) for w in ("seen", "saw", "witnessed", "experienced", "recorded", "logged", "registered", "شهد",
                                    "شهدت", "سجل", "سجلت")}
_ARMY_WORDS = {fold_key(w) for w in ("الجيش", "جيش", "army", "military", "forces", "القوات", "قوات", "للجيش", "لقوات",
                                     "للقوات")}
_HELD_AREAS = {"sdf": "SY", fold_key("قسد"): "SY", fold_key("قوات"): "SY", "houthi": "YE", fold_key("الحوثيين"): "YE"}
_CONTROL_AR = fold_key("سيطرة")
_WAVE_WORDS = {fold_key(w) for w in ("موجة", "موجات", "الموجة", "الموجات")} | {"wave", "waves"}
_PART_WORDS = {"them", fold_key("منها"), fold_key("منهم")}
_SHARE_WORDS = {"majority", "most", "bulk", "half", fold_key("معظمها"), fold_key("أغلبها"), fold_key("غالبيتها"),
                fold_key("معظم"), fold_key("أغلب"), fold_key("غالبية")}


def _tally_locative(toks: list[str], m: Match) -> bool:
    """A country named as where attacks happened ("in Iraq", "بالعراق"), not as a target ("on U.S. forces")."""
    if m.tok_start > 1 and toks[m.tok_start - 1] in _DIRECTION_ADJECTIVES_ALL:
        # "في شمال العراق", "in northern Iraq": the compass word between ("في شمال غرب سوريا": or two)
        k = m.tok_start - 2 - (m.tok_start > 2 and not toks[m.tok_start - 2].isascii()
                               and toks[m.tok_start - 2] in _DIRECTION_ADJECTIVES_ALL)
        return toks[k] in _TALLY_IN
    return (m.tok_start > 0 and toks[m.tok_start - 1] in _TALLY_IN) or m.proclitic.endswith("ب")


def _within_span(toks: list[str], end: int, t1: int) -> bool:
    """A count told over a span of time right after it: "three attacks in 24 hours", "لثلاث هجمات خلال 24 ساعة",
    "four strikes within a week"."""
    words = toks[end : min(t1, end + 10)]  # ("three rocket attacks hit the Green Zone in the past 48 hours")
    return any(w in _WITHIN_WORDS and not _SPAN_UNITS.isdisjoint(words[k + 1 : k + 5]) for k, w in enumerate(words)
               if w not in CLAUSE_BREAKS)


def _territory_at(toks: list[str], i: int) -> str | None:
    """The country of "the Lebanese territory", "الأراضي اللبنانية", "Syrian soil" starting at token i."""
    words = toks[i : i + 3]
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) >= 2 and words[0] in _TERRITORY_WORDS:
        return _territory_land(words, 0)
    if len(words) >= 2 and words[1] in _TERRITORY_WORDS:
        return _territory_land(words, 1)
    return None


def _territory_land(toks: list[str], i: int) -> str | None:
    """The land whose adjective stands beside the territory word at token i ("الأراضي اللبنانية", "Syrian soil",
    "العمق السعودي"): after it first, then before it. A territory's adjective is never its striker's, so a land of
    targets (Israeli, Saudi) counts as one of places."""
    if toks[i] not in _TERRITORY_WORDS:
        return None
    return next((_LAND_ADJECTIVES[w] for w in toks[i + 1 : i + 2] + toks[max(0, i - 1) : i] if w in _LAND_ADJECTIVES),
                None)


def _land_struck_before(toks: list[str], located, lo: int, end: int) -> str | None:
    """The one country struck in the clause before a count that ends at `end`: "on Israel", "hit Lebanese
    territory", "الأراضي اللبنانية"."""
    start = next((i + 1 for i in range(end - 2, lo - 1, -1) if (toks[i] in CLAUSE_BREAKS or toks[i] in _CONTRASTS)
                  and not toks[i - 1][-1:].isdigit()), lo)  # (not the comma of "7,000")
    found = {p.country_code for m, p in located if start <= m.tok_start < end}
    found |= {land for i in range(start, end) if (land := _territory_land(toks, i))}
    return found.pop() if len(found) == 1 else None


def _struck_before(toks: list[str], start: int) -> bool:
    """A verb of attack right before a place: "have struck north-east Syria", "has fired at northern Israel"."""
    i = start - 1
    if i >= 0 and toks[i] in DIRECTION_ADJECTIVES:
        i -= 1
    if i >= 1 and toks[i] in ("at", "on", "into"):
        i -= 1
    return i >= 0 and toks[i] in SELF_ATTACK_VERBS


def _country_after(places, tok: int, window: int, toks: list[str] | None = None) -> str | None:
    """The country a tally is for ("10 attacks in Iraq"); None for "in Iraq and Syria"."""
    lands = _countries_after(places, tok, window, toks)
    return lands[0] if len(lands) == 1 else None


def _countries_after(places, tok: int, window: int, toks: list[str] | None = None) -> list[str]:
    """The countries named together right after a count ("attacks in Iraq and Syria", "في العراق وسوريا")."""
    if toks is not None:  # (the letters and stops of "U.S." are one word: "seven attacks on U.S. forces in Iraq")
        window += sum(1 for t in toks[tok : tok + window + 6] if len(t) == 1)
    # (the second of "in Iraq and Syria" may lie just past the window)
    found = [(m, p) for m, p in places if p and tok <= m.tok_start <= tok + window + 2 and p.country_code]
    if not found or found[0][0].tok_start > tok + window:
        return []
    named = [found[0]]
    for m, p in found[1:]:
        if m.tok_start - named[-1][0].tok_end > 1:
            break
        named.append((m, p))
    return unique(p.country_code for _m, p in named)


def _countries_before(places, tok: int, toks: list[str]) -> list[str]:
    """The countries named together just before a count: "positions in Iraq and Syria 40 times", "تعرّضت القوات
    الأميركية في العراق وسوريا لأكثر من 70 هجوماً"; two or more, since one land before a count is read otherwise."""
    before = [(m, p) for m, p in places if m.tok_end <= tok]
    if not before or tok - before[-1][0].tok_end > 8 or sum(1 for k in range(before[-1][0].tok_end, tok) if number_at(toks, k)) > 1:
        return []  # (the count's own number only: not "in Iraq and 12 in Syria, 40 in all")
    named = [before[-1]]
    for m, p in reversed(before[:-1]):
        if named[-1][0].tok_start - m.tok_end > 1:
            break
        named.append((m, p))
    lands = unique(p.country_code for _m, p in reversed(named))
    return lands if len(lands) > 1 else []


@dataclass
class TallyBook:
    """The tallies a report states, read sentence by sentence, with what a later sentence may refer back to: the
    counts of the sentence before ("Seven were in Syria"), a list of counts opened by a colon ("By area:"), and the
    Nth attacks counted with no land (the report's land, once its incidents are known)."""

    tallies: list[Tally] = field(default_factory=list)
    last: list[Tally] = field(default_factory=list)  # the counts of the last sentence that stated any
    last_index: int = -10  # ... and that sentence's index
    count_list: tuple[Tally, list] | None = None  # inside a list of counts under a tally ("By area:")
    landless_ordinals: list[Tally] = field(default_factory=list)  # "the 11th attack" with no land

    def read(self, index: int, text: str, toks: list[str], span: tuple[int, int], matches: list[Match], cats: dict,
             dates: list, weapons: list[str], counted: list[tuple[int, int]], doc_countries: set[str],
             locations: list, last_facility: tuple[Match, Place] | None) -> list[Tally]:
        """The tallies this sentence states (none without `counted`), added to the book."""
        t0, t1 = span
        sentence_toks = toks[t0:t1]
        sentence_tallies = read_tallies(text, toks, span, matches, dates, weapons, counted, doc_countries) \
            if counted else []
        if sentence_tallies and (anaphor := phrase_start(sentence_toks, FACILITY_ANAPHORA)) is not None:
            # "فالحقل ... تعرّض لأكثر من عشرة هجمات منذ 22 حزيران": attacks on the field named before (in this
            # sentence: "rockets fired at Baghdad International Airport ... the third attack on the airport")
            here = [p for m in cats.get("place", ()) if m.tok_end <= t0 + anaphor
                    and (p := resolve(m, doc_countries, toks)) is not None and p.kind == "facility"]
            named = here[-1] if here else (last_facility[1] if last_facility is not None else None)
            for t in sentence_tallies if named is not None and named.country_code else ():
                t.country_code = t.country_code or named.country_code
        if any(t.country_code is None for t in sentence_tallies) \
                and phrase_start(sentence_toks, _PROVINCE_ANAPHORA) is not None:
            # "counted 23 Turkish air and drone strikes in the province in March alone": the province named before
            province = next((loc for loc in reversed(locations) if loc.kind == "admin1" and loc.country_code), None)
            for t in sentence_tallies if province is not None else ():
                t.country_code = t.country_code or province.country_code
        if sentence_tallies and self.tallies and phrase_start(sentence_toks, _SAME_PERIOD) is not None:
            # "... 30 times in that period": the period of the count told before
            told = next((t for t in reversed(self.tallies) if t.start or t.end), None)
            for t in sentence_tallies:
                if told is not None and t.start is None and t.end is None:
                    t.start, t.end = told.start, told.end
        if self.count_list is not None and (item_count := line_count(text, toks, t0, t1)) is not None:
            # "توزعت على المحافظات كالآتي:" then "الديوانية: 23", "- Al-Asad air base, Anbar: 10", "- four on Camp
            # Taji, north of the city.": a count per line
            opening, items = self.count_list
            lands = {p.country_code for m in cats.get("place", ()) if not is_background_place(toks, m)
                     and (p := resolve(m, doc_countries, toks)) is not None and p.country_code}
            item = construct_model(Tally, {"count": item_count,
                                           "country_code": lands.pop() if len(lands) == 1 else None,
                                           "start": opening.start, "end": opening.end, "source": opening.source,
                                           "weapons": opening.weapons, "text": text.strip()})
            item_has_lands = bool(lands) or item.country_code is not None
            items.append((item, item_has_lands))
            if counted:  # ("- منشآت أرامكو: 11 هجوماً": the line's own reading of its count gives way)
                sentence_tallies = [item]
            else:
                self.tallies.append(item)
                self.last_index = index
            if len(items) >= 2:
                # the lines all of one land: the total's land, and that of a line that names none
                known = {t.country_code for t, _named in items if t.country_code}
                if len(known) == 1 and not any(named and t.country_code is None for t, named in items):
                    (only,) = known
                    opening.country_code = opening.country_code or only
                    for t, _named in items:
                        t.country_code = t.country_code or only
        elif self.count_list is not None and text.strip():
            self.count_list = None
        if text.rstrip().endswith(":") and self.count_list is None:
            # (the count told in this sentence, or in the one before: "... at least 62 times since Jan. 1. By area:")
            opening = sentence_tallies[0] if sentence_tallies else (
                self.last[0] if self.last and self.last_index == index - 1 else None)
            self.count_list = (opening, []) if opening is not None else None
        if not sentence_tallies and self.last and self.last_index == index - 1 and "place" in cats:
            # "coalition forces conducted 21 strikes in Syria and Iraq. Seven were in Syria, ..., and 14 were in
            # Iraq.": the split of the count told just before
            # (or its provinces: "Of the March attacks, 14 were in Homs province and nine in Deir ez-Zor")
            lands = [(m, p) for m in cats["place"] if (p := resolve(m, doc_countries, toks)) is not None
                     and p.kind in ("country", "admin1", "city", "facility")]
            sentence_tallies = [self.last[0].model_copy(update={"count": count, "country_code": land,
                                                                "text": text.strip()})
                                for count, land in _split_told_after(toks, t0, t1, lands)]
        if len(sentence_tallies) == 1 and sentence_tallies[0].country_code is None \
                and any(ordinal_count(toks, end) or ordinal_count(toks, end - 2) for end, _count in counted) \
                and len({p.country_code for m in cats.get("place", ()) for p in m.places if p.kind == "country"
                         # (not "واشنطن تشتبه في أن فصائل مدعومة من إيران": a speaker and a backer, no lands)
                         and not ((m.of("actor") or m.of("metonym")) and not is_place_reading(toks, m))}) < 2:
            # "هذا الهجوم هو الثالث على القوات الأمنية في المحافظة", "the 19th Islamic State attack ... in the
            # desert": the Nth attack, counted where the report's attacks were (not a total split by land, "the
            # 146th attack ..., 67 of them in Iraq", nor "the 150th attack ... in Iraq and Syria")
            named = {p.country_code for m in cats.get("place", ())
                     if (p := resolve(m, doc_countries, toks)) is not None and p.kind in SPECIFIC_KINDS
                     and p.country_code and is_place_reading(toks, m) and not is_background_place(toks, m)}
            if len(named) == 1:  # "the K-1 attack was the 11th on bases hosting U.S. troops": that attack's land
                sentence_tallies[0].country_code = named.pop()
            else:
                self.landless_ordinals.append(sentence_tallies[0])
        if sentence_tallies:
            self.last, self.last_index = sentence_tallies, index
        self.tallies.extend(sentence_tallies)
        return sentence_tallies


# ---------------------------------------------------------------------- counting
_DEVICE_NOUNS_AR = {fold_key(w) for w in ("عبوة", "عبوات")}

_EXPLOSIVE_AR = fold_key("ناسفة")

_DEVICE_STRIKE_VERBS = {fold_key(w) for w in ("استهدفت", "انفجرت", "ضربت", "طالت", "فجرت")}

_TOTAL_WORDS = {"total", "tally", "number", NUMBER_AR}  # "number" only as "the number of attacks ... at/to N" (_total_to)

_BRINGS = {"brings", "bringing", "brought", "raises", "raising", "raised", "takes", "taking", "took"}

_TALLY_MODIFIERS = fold_set(lexicon.TALLY_MODIFIERS)

_REPEAT_NOUNS = word_set(lexicon.REPEAT_NOUNS)
_ACCIDENTS = phrase_sets(lexicon.ACCIDENT_WORDS)

_TALLY_NOUN_FORMS = word_set(single_words(lexicon.TALLY_NOUNS))  # "لـ١٦٥ هجوماً", "بهجومين"

_TALLY_NOUN_ANY = _TALLY_NOUN_FORMS | {"ال" + w for w in _TALLY_NOUN_FORMS}

_PEOPLE_COUNTED = {"people", "killed", "dead", "wounded", "injured", "deaths", "casualties", "civilians", "soldiers"}

_NUMBER_QUALIFIERS = fold_set(lexicon.NUMBER_QUALIFIERS)

_TIME_NOUNS = {fold_key(w) for w in ("للمرة", "المرة", "time")}

_SPLIT_VERBS = {"targeted", "hit", "struck"}
_ON_A_PLACE = {"on", "at", "against", "in", "targeting"} | _SPLIT_VERBS
_BULLET_OPENERS = frozenset(_BULLET_MARKS)


def line_count(text: str, toks: list[str], t0: int, t1: int) -> int | None:
    """The count of a line in a list of counts: "Al-Asad air base, Anbar: 10", or an item that opens with its count
    and where it fell ("- four on Baghdad airport and the Victory complex;")."""
    if (line := COUNT_LINE_RE.match(text)) is not None:
        return int(line.group(2).translate(_ARABIC_DIGITS))
    if t1 - t0 < 3 or toks[t0] not in _BULLET_OPENERS or (parsed := number_at(toks, t0 + 1)) is None:
        return None
    count, end = parsed
    return count if end < t1 and toks[end] in _ON_A_PLACE else None


def _split_told_after(toks: list[str], t0: int, t1: int, lands: list) -> list[tuple[int, str]]:
    """(count, country) of "Seven were in Syria, ..., and 14 were in Iraq": parts of a count told before."""
    out = []
    for m, p in sorted(lands, key=lambda lp: lp[0].tok_start):
        k = m.tok_start
        if toks[k - 2 : k] in (["were", "in"], ["was", "in"]) and (parsed := _count_before(toks, k - 2, t0)) is not None:
            out.append((parsed, p.country_code))
        elif out and toks[k - 1 : k] == ["in"] and (parsed := _count_before(toks, k - 1, t0)) is not None \
                and toks[k - 3 : k - 2] in (["and"], [","]):
            out.append((parsed, p.country_code))  # "14 were in Iraq and nine in Syria": the verb elided
        elif p.kind == "facility" and toks[k - 1 : k] and toks[k - 1] in _SPLIT_VERBS \
                and (parsed := _count_before(toks, k - 1, t0)) is not None:
            out.append((parsed, p.country_code))  # "Of those, four targeted Ain al-Asad air base": a base's share
        elif out and p.kind == "facility" and toks[k - 1 : k] == ["the"] \
                and (parsed := _count_before(toks, k - 1, t0)) is not None and toks[k - 3 : k - 2] in (["and"], [","]):
            out.append((parsed, p.country_code))  # "..., three Erbil airport and two the Baghdad airport complex"
        elif out and p.kind == "facility" and (parsed := _count_before(toks, k, t0)) is not None \
                and toks[k - 2 : k - 1] in (["and"], [","]):
            out.append((parsed, p.country_code))  # "..., three Erbil airport": the verb and the article elided
    return out

def _counted_nouns(toks: list[str], t0: int, t1: int) -> list[tuple[int, int]]:
    """(token after the noun, count) for tally nouns with a count of two or more right before them
    ("10 attacks", "124 IS attacks", "24 rocket attacks", "هجومين"). Read from the tokens, not the
    matches: "rocket attacks" is matched as a weapon and its noun is still counted."""
    counted = []
    nouns = [i for i in range(t0, t1) if toks[i] in _TALLY_NOUN_ANY]  # (with the article: "الهجوم")
    for i in nouns:
        if toks[i] not in _TALLY_NOUN_FORMS or (toks[i] == "bombs" and toks[i - 1] not in _BOMB_KINDS):
            continue
        if toks[i] in _SHIP_NOUNS and _SHIPS_ATTACKED.isdisjoint(toks[max(t0, i - (7 if toks[i].isascii() else 12)) : i]):
            continue  # ships are attacks only as attacked ("seized four ships" is not)
        if toks[i] in _SHIP_NOUNS and not toks[i].isascii() and SINCE_WORDS.isdisjoint(toks[t0:t1]):
            # "استهدفت مساء أمس أربع سفن في ميناء حيفا": one operation's ships ("منذ تشرين الثاني ... 166 سفينة": a count)
            continue
        if toks[i] == "bombs":  # "48 car bombs": the count before the kind
            count = _count_before(toks, i - 1, t0)
            if count is not None and count >= 2:
                counted.append((i + 1, count))
            continue
        count = _count_before(toks, i, t0)
        back, words = i, 0
        while count is None and back - 2 >= t0 and words < 5:
            if toks[back - 1] == "," and toks[back - 2] in _TALLY_MODIFIERS and back - 3 >= t0:
                back -= 1  # "1,314 Turkish air, drone and artillery strikes": a list of kinds
                continue
            if toks[back - 2 : back] == ["one", "way"] and back - 3 >= t0:
                back -= 2  # "at least five one-way drone attacks" (the hyphen folded away): one word, no count of one
            elif toks[back - 1] in _TALLY_MODIFIERS:
                back -= 1  # "23 Turkish air and drone strikes": the count before the words that tell the kind
            elif (mark := next((q for q in (back - 1, back - 2) if toks[q] == '"'), None)) is not None \
                    and toks[t0:mark].count('"') % 2 == 0:
                # 'نفذوا 12 "عملية استشهادية"', 'carried out 10 "martyrdom operations"': the noun quoted as the group
                # names it, alone or with its word (an opening mark; not the close of a name, 'the "True Promise 3"
                # operation')
                back = mark
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
        elif count is None and toks[i] not in _SHIP_NOUNS and (total := _count_stated_after(toks, i + 1, t1)):
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
            struck = verb is not None and CLAUSE_BREAKS.isdisjoint(toks[verb : i - 1])
        if count is not None and count >= 4 and struck:
            counted.append((k, count))
    for i in [i for i in range(t0 + 1, t1) if toks[i - 1] == "the"] if "the" in sentence else ():
        # "The attack was the 58th on U.S. forces since Oct. 17": an ordinal whose noun was told before it
        ordinal = ORDINAL_RE.match(toks[i])
        if ordinal and toks[i + 1 : i + 2] and toks[i + 1] in ("on", "against", "in", "since") \
                and any(t in _TALLY_NOUN_FORMS for t in toks[t0:i - 1]):
            counted.append((i + 1, int(ordinal.group(1))))
    for i in nouns:
        # "رابع هجوم يستهدف التنف", "الهجوم الـ150 على القوات الأمريكية": an ordinal beside an attack noun
        if i > t0 and toks[i - 1] in AR_ORDINALS_BARE:
            counted.append((i + 1, AR_ORDINALS_BARE[toks[i - 1]]))
        elif i + 1 < t1 and (numbered := AL_NUMBER_RE.match(toks[i + 1])) and int(numbered.group(1)) >= 2:
            counted.append((i + 2, int(numbered.group(1))))
    for i in range(t0, t1 - 1) if not _TIME_NOUNS.isdisjoint(sentence) else ():
        # "للمرة الرابعة خلال 72 ساعة", "for the fourth time in a week": the ordinal counts the attacks
        # ("for the second time" is as often a repeat told as a count: from the third on)
        if toks[i] in _TIME_NOUNS and toks[i + 1] in AR_ORDINALS and AR_ORDINALS[toks[i + 1]] >= 3:
            counted.append((i + 2, AR_ORDINALS[toks[i + 1]]))
        elif toks[i] == "time" and i - 2 >= t0 and toks[i - 1] in ORDINAL_WORDS and toks[i - 2] == "the" \
                and ORDINAL_WORDS[toks[i - 1]] >= 3:
            counted.append((i + 1, ORDINAL_WORDS[toks[i - 1]]))
    if not AR_ORDINALS.keys().isdisjoint(sentence) and ("نوعه" in sentence or "نوعها" in sentence or any(
            toks[i + 1 : i + 2] and toks[i + 1] in AR_ORDINALS
            or toks[i + 1 : i + 2] in (["هو"], ["هي"]) and toks[i + 2 : i + 3] and toks[i + 2] in AR_ORDINALS
            or toks[i + 2 : i + 3] in (["هو"], ["هي"]) and toks[i + 3 : i + 4] and toks[i + 3] in AR_ORDINALS
            for i in nouns)):
        counted += _arabic_ordinal_counts(toks, t0, t1)
    return counted

# ships counted as attacked ("attacked more than 100 merchant ships", "عدد السفن التي استهدفتها الجماعة ... بلغ 166 سفينة")
_SHIP_NOUNS = {"ships", "vessels"} | fold_set(["سفينة", "سفن"])
_SHIPS_ATTACKED = {"attacked", "targeted", "struck", "hit", "attacking", "targeting", "striking"} | fold_set(
    ["استهدفتها", "استهدفت", "استهدف", "هاجمت", "هاجم", "استهداف"])

_BOMB_KINDS = {"car", "roadside", "suicide", "truck"}

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

def _tally_noun(tok: str) -> bool:
    """A counted noun, with the article too ("الهجوم الحادي عشر")."""
    return tok in _TALLY_NOUN_FORMS or (tok[:2] == "ال" and tok[2:] in _TALLY_NOUN_FORMS)

def _arabic_ordinal_counts(toks: list[str], t0: int, t1: int) -> list[tuple[int, int]]:
    """"الهجوم الحادي عشر", "أنه الحادي عشر من نوعه": the ordinal of an attack counts the attacks so far."""
    found = []
    for i in range(t0, t1):
        unit = AR_ORDINALS.get(toks[i])
        if unit is None:
            continue
        value, end = unit, i + 1
        if toks[end : end + 1] and toks[end] in ("عشر", "عشره"):
            value, end = unit + 10, end + 1
        elif unit < 20 and toks[end : end + 1] and toks[end][:1] == "و" and AR_ORDINALS.get(toks[end][1:], 0) >= 20:
            value, end = unit + AR_ORDINALS[toks[end][1:]], end + 1  # "الحادي والعشرين"
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
    ordinal = ORDINAL_RE.match(toks[i - 1]) if i - 1 >= first else None
    if ordinal:
        if len(ordinal.group(1)) == 3 and i - 3 >= first and toks[i - 2] == "," and toks[i - 3].isdigit():
            return int(toks[i - 3] + ordinal.group(1))  # "its 2,000th operation" (the thousands split at the comma)
        return int(ordinal.group(1))
    if i - 2 >= first and toks[i - 2] in ("the", "its", "their", "s") and toks[i - 1] in ORDINAL_WORDS:
        return ORDINAL_WORDS[toks[i - 1]]  # "the fourth attack", "the group's fifth operation"
    found = None
    for back in range(1, 5):  # the longest number ending here: "خمسة وخمسين هجوماً" is 55, not 50
        j = i - back
        if j < first:
            break
        parsed = number_at(toks, j)
        if parsed and parsed[1] == i:
            found = parsed[0]
            # "the Jan. 28 drone attack": a day of a month, not a count ("الجمعة 24 شباط 2017 ضربات": nor a year)
            if any((t.isascii() or 1900 <= found <= 2100) and is_month_word(t) for t in toks[max(first, j - 2) : j]
                   if t != "."):
                return None
            # "AH-64 attack helicopters", "F-16 strikes", «غارات إف-16»: a model's number, not a count
            if j - 2 >= first and toks[j - 1] == "-" and toks[j].isdigit() and toks[j - 2].isalpha() \
                    and len(toks[j - 2]) <= 3:  # (and «إف-16»)
                return None
        elif found is not None and toks[j] != ",":  # ("2,100 times": 2 , 100 is read whole from the 2)
            break
    return found

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
        if toks[i] == NUMBER_AR and toks[i + 1] in _TALLY_NOUN_ANY and not any(e == i + 2 for e, _c in found):
            before = [k for k in range(max(first, i - 4), i) if toks[k] == TO_AR]
            after = [k for k in range(i + 2, min(end - 1, i + 20)) if toks[k] == TO_AR]
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


def counted_in(toks: list[str], span: tuple[int, int], cats: dict, of_war: bool) -> list[tuple[int, int]]:
    """Nouns the sentence counts, as in "10 attacks": (the token after the noun, the count). `of_war`: the sentence has
    a word of war (an attack, a weapon, a target, a deed)."""
    t0, t1 = span
    sentence_toks = toks[t0:t1]
    counted = (_counted_nouns(toks, t0, t1)
               if "tally_noun" in cats or not TALLY_NOUN_WORDS.isdisjoint(sentence_toks)
               or "time" in sentence_toks or not _DEVICE_NOUNS_AR.isdisjoint(sentence_toks) else [])
    if counted and "place" in cats:
        # "the Tower 22 attack": a number in a place's name counts nothing
        in_names = {k for m in cats["place"] for k in range(m.tok_start, m.tok_end)}
        counted = [(end, n) for end, n in counted if not (
            (end - 2 in in_names and toks[end - 2][-1:].isdigit())
            or (end - 3 in in_names and toks[end - 3][-1:].isdigit() and toks[end - 2] in _TALLY_MODIFIERS))]
    if counted and of_war and "weapon" not in cats and phrase_start(sentence_toks, _ACCIDENTS) is not None:
        # «العواصف الترابية، التي باتت تهاجم البلاد أكثر من عشرين مرة في السنة», "a dust storm hit Baghdad for the
        # eighth time in two months": the weather's or an accident's blows, no attack's
        of_war = False
    if counted and not of_war:
        # "won the trophy a record four times": counted times are attacks only beside a word of war
        # (nor an ordinal time: "to win the Arabian Gulf Cup for the fourth time", «للمرة الرابعة»)
        counted = [(end, n) for end, n in counted if toks[end - 1] not in _REPEAT_NOUNS
                   and _TIME_NOUNS.isdisjoint(toks[end - 2 : end])]
    # "bringing the total since Oct. 17 to 130" (not "57 new cases nationwide, bringing the total to more than 770": an
    # outbreak's)
    if (of_war or "tally_noun" in cats) and not _TOTAL_WORDS.isdisjoint(sentence_toks):
        counted += _total_to(toks, t0, t1)
    if counted and not SINCE_WORDS.isdisjoint(sentence_toks):
        counted += _counted_again_since(toks, t1, counted)
    return counted


_BEFORE_A_BARE_COUNT = _NUMBER_QUALIFIERS - {"its", "their", "his", "all", "an"}  # ("and more than 70 since")


def _counted_again_since(toks: list[str], t1: int, counted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A second count of the same noun, left unsaid, over a period since a day: "four claimed attacks on Israel this
    week, and more than 70 since November" (the token after the number, the count)."""
    after = max(end for end, _count in counted)
    for k in range(after, t1):
        if toks[k] not in ("and", ","):
            continue
        j = k + 1
        while j < t1 and toks[j] in _BEFORE_A_BARE_COUNT:
            j += 1
        if (parsed := number_at(toks, j)) is not None and parsed[1] < t1 and toks[parsed[1]] in SINCE_WORDS \
                and parsed[0] >= 2:
            return [(parsed[1], parsed[0])]
    return []
