"""Stated tallies: counts of attacks a sentence gives ("10 attacks in Iraq and 3 in Syria between 17 and 24
October"), with their country, period, source and weapons. A tally is not an incident."""

from __future__ import annotations

from flashpoint.extract import lexicon
from flashpoint.extract.facts import Tally
from flashpoint.extract.matcher import Match, Place
from flashpoint.extract.numbers import number_at
from flashpoint.extract.places import is_background_place, is_place_reading, resolve
from flashpoint.extract.text import fold_key
from flashpoint.extract.words import (
    AGAINST_AR, AR_ORDINALS, CLAUSE_BREAKS, CONJUNCTIONS, COUNTRY_ADJECTIVES, DIRECTION_ADJECTIVES,
    DIRECTION_ADJECTIVES_AR, IN_WORDS, LISTED_AMONG, OBJECT_PREPOSITIONS, ON_AR, SELF_ATTACK_VERBS, SPECIFIC_KINDS,
    TALLY_NOUN_WORDS, TARGET_ADJECTIVES, ordinal_count, word_set,
)

_NAMED_AMONG = {"including", fold_key("بينها"), fold_key("بينهما")}  # "including an April 14 strike on Erbil airport"
_TERRITORY_WORDS = {fold_key(w) for w in lexicon.TERRITORY_WORDS}
_WITHIN_WORDS = {fold_key(w) for w in ("in", "within", "over", "خلال", "في غضون", "غضون")}
_SPAN_UNITS = {fold_key(w) for w in ("hours", "days", "week", "hour", "ساعة", "ساعات", "أيام", "يوما", "أسبوع", "يومين",
                                     "ساعه", "weeks", "أسبوعين", "أسابيع", "fortnight")}
_CONTRASTS = {"while", "whereas", "بينما", "فيما", "في حين"}
_SHELLING_COUNTED = fold_key("قصفا")
_DURING = fold_key("خلال")
_TALLY_FILLERS = {fold_key(w) for w in lexicon.TALLY_FILLERS}
_TALLY_IN = {fold_key(w) for w in lexicon.TALLY_IN}
_TALLY_AT = {fold_key(w) for w in lexicon.TALLY_AT}
_DIRECTION_ADJECTIVES_ALL = DIRECTION_ADJECTIVES | DIRECTION_ADJECTIVES_AR
_CLAUSE_COMMAS = {",", "،", ";", "؛", ":"}  # clause breaks other than the full stop of "U.S."
_ELIDED_ATTACK_WORDS = word_set(["targeted", "hit", "struck", "bases", "sites", "positions", "منها", "قواعد", "مواقع",
                                   # "roughly 70 took place in Iraq", "21 of them were in Syria", "وقع 40 منها في العراق"
                                   "took", "place", "occurred", "happened", "were", "was", "وقعت", "وقع", "جرت"])
_FORCES_WORDS = {fold_key(w) for w in lexicon.FORCES_WORDS}
_SUCCESSIVE = {fold_key(w) for w in lexicon.SUCCESSIVE_WORDS}
_PERIOD_TALLY_NOUNS = word_set(lexicon.PERIOD_TALLY_NOUNS)
_ONCE_TWICE = {"once": 1, "twice": 2, "thrice": 3}


def read_tallies(sentence: str, toks, span, matches, dates, weapons, counted, doc_countries) -> list[Tally]:
    """Tallies stated by the sentence; `counted` is _counted_nouns(), not empty."""
    # ("العملية التي أطلقت عليها أنقرة اسم": Ankara names the operation, it is no place of the count)
    places = [(m, resolve(m, doc_countries)) for m in matches if m.places and not (
        (m.of("metonym") or m.of("actor")) and not is_place_reading(toks, m))
        and not is_background_place(toks, m)]  # ("منذ بدء الحرب على غزة": a cause, not where)
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
            adjectives = {COUNTRY_ADJECTIVES[w] for w in toks[end : min(t1, end + 6)] if w in COUNTRY_ADJECTIVES}
            country = adjectives.pop() if len(adjectives) == 1 else None
        if country is None:  # "112 عملية ضد أهداف إسرائيلية", "attacks on Israeli targets": the land of what was hit
            window = toks[end : min(t1, end + 6)]
            country = next((TARGET_ADJECTIVES[w] for k, w in enumerate(window) if w in TARGET_ADJECTIVES
                            and (k >= 2 and window[k - 2] in OBJECT_PREPOSITIONS  # "ضد أهداف إسرائيلية"
                                 # "ضد مواقع الجيش الإسرائيلي": the positions of the land's army
                                 or k >= 3 and window[k - 3] in OBJECT_PREPOSITIONS and window[k - 1] in _ARMY_WORDS
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
            period.start != period.end and ordinal_count(toks, end))) or _within_span(toks, end, t1)
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
                    or (toks[after][:1] == "ب" and not LISTED_AMONG.isdisjoint(toks[max(end, k - 2) : k])
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
                             and not any(t in TALLY_NOUN_WORDS for t in toks[m.tok_end : first - 2])}
        if not countries:
            # "عدد الهجمات ... في الأراضي السورية إلى 98 هجوماً", "attacks on Syrian soil": the territory named
            countries = {COUNTRY_ADJECTIVES[w] for i in range(t0, t1) if toks[i] in _TERRITORY_WORDS
                         for w in (toks[i + 1 : i + 2] + toks[i - 1 : i]) if w in COUNTRY_ADJECTIVES}
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
_PART_OF = {fold_key(w) for w in ("بينها", "منها", "including", "among")}
_SAW_VERBS = {fold_key(w) for w in ("seen", "saw", "witnessed", "experienced", "recorded", "شهد", "شهدت", "سجل", "سجلت")}
_ARMY_WORDS = {fold_key(w) for w in ("الجيش", "جيش", "army", "military", "forces", "القوات", "قوات")}
_HELD_AREAS = {"sdf": "SY", fold_key("قسد"): "SY", fold_key("قوات"): "SY", "houthi": "YE", fold_key("الحوثيين"): "YE"}
_CONTROL_AR = fold_key("سيطرة")
_WAVE_WORDS = {fold_key(w) for w in ("موجة", "موجات", "الموجة", "الموجات")} | {"wave", "waves"}
_PART_WORDS = {"them", fold_key("منها"), fold_key("منهم")}
_SHARE_WORDS = {"majority", "most", "bulk", "half", fold_key("معظمها"), fold_key("أغلبها"), fold_key("غالبيتها"),
                fold_key("معظم"), fold_key("أغلب"), fold_key("غالبية")}


def _tally_locative(toks: list[str], m: Match) -> bool:
    """A country named as where attacks happened ("in Iraq", "بالعراق"), not as a target ("on U.S. forces")."""
    if m.tok_start > 1 and toks[m.tok_start - 1] in _DIRECTION_ADJECTIVES_ALL:
        # "في شمال العراق", "in northern Iraq": the compass word between
        return toks[m.tok_start - 2] in _TALLY_IN
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
    if len(words) >= 2 and words[0] in _TERRITORY_WORDS and words[1] in COUNTRY_ADJECTIVES:
        return COUNTRY_ADJECTIVES[words[1]]
    if len(words) >= 2 and words[1] in _TERRITORY_WORDS and words[0] in COUNTRY_ADJECTIVES:
        return COUNTRY_ADJECTIVES[words[0]]
    return None


def _land_struck_before(toks: list[str], located, lo: int, end: int) -> str | None:
    """The one country struck in the clause before a count that ends at `end`: "on Israel", "hit Lebanese
    territory", "الأراضي اللبنانية"."""
    start = next((i + 1 for i in range(end - 2, lo - 1, -1) if (toks[i] in CLAUSE_BREAKS or toks[i] in _CONTRASTS)
                  and not toks[i - 1][-1:].isdigit()), lo)  # (not the comma of "7,000")
    found = {p.country_code for m, p in located if start <= m.tok_start < end}
    found |= {COUNTRY_ADJECTIVES[w] for i in range(start, end) if toks[i] in _TERRITORY_WORDS
              for w in toks[i - 1 : i] + toks[i + 1 : i + 2] if w in COUNTRY_ADJECTIVES}
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
