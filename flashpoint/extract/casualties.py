"""Casualty figures: how many a sentence says were killed and injured, and the report's totals.

A casualty cue ("killed", "wounded", مقتل, جريحاً) takes the figure told beside it, on the side the
language puts it:
- a noun counted by the number before it: "16 قتيلاً و41 جريحاً", "three dead", "16 deaths";
- a verb or verbal noun followed by its number: "مقتل ثلاثة أشخاص وإصابة 87 آخرين", "killing 26 fighters",
  "killed at least 31 people";
- an English passive, whose number comes first: "four U.S. service members and two Iraqi security personnel
  were wounded" (both groups: 6).
A cue never reads past the next cue or back past the one before: "مقتل مواطن وإصابة ثمانية آخرين" is one dead
(a person noun, no number) and eight injured. Numbers joined by "and"/"و" inside one cue's reach add up.

The report's total adds up the figures of different incidents, but only the largest of the figures told
about one incident: "killed 22 civilians in Idlib" then "killing 19 ... killing three more" is 22, not 44.
"""

from __future__ import annotations

from flashpoint.extract import lexicon
from flashpoint.extract.matcher import Match
from flashpoint.extract.numbers import dual_at, number_at, strip_proclitic
from flashpoint.extract.text import ARABIC_RE, fold_key, fold_set

_PERSON_NOUNS = fold_set(lexicon.PERSON_NOUNS)
_ARABIC_VERBS = fold_set(lexicon.ARABIC_CASUALTY_VERBS)
_TO = fold_key("إلى")
_AGE_WORDS = {"year", "years", "عاما", "سنوات", "سنه"}  # "a 7-year-old girl", "طفل يبلغ 7 سنوات"
_COUNTED_NOUNS = fold_set(lexicon.CASUALTY_COUNTED_NOUNS)
_QUALIFIERS = fold_set(lexicon.NUMBER_QUALIFIERS)
_KIN_AR = {fold_key(w) for w in ("والد", "والدة", "أم", "أب", "ابن", "ابنة", "نجل", "شقيق", "شقيقة", "زوجة", "زوج",
                                  "أخ", "أخت", "مرافق", "حارس", "سائق")}
_POSSESSIVES_AR = ("هما", "هم", "ها", "ه")


def _arabic_person(tok: str) -> bool:
    """An Arabic word for one person, with its proclitic, article or possessive: "والقيادي", "ووالدتهما", "سائقه"."""
    for form in strip_proclitic(tok):
        stem = form[2:] if form.startswith("ال") and len(form) > 4 else form
        if stem in _PERSON_NOUNS or stem in _KIN_AR or (stem[-1:] == "ا" and stem[:-1] in _PERSON_NOUNS):
            return True  # ("وعاملاً مدنياً": the accusative's alef)
        for suffix in _POSSESSIVES_AR:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
                bare = stem[: -len(suffix)]
                if bare in _KIN_AR or bare in _PERSON_NOUNS or (bare.endswith("ت") and bare[:-1] + "ه" in _KIN_AR):
                    return True
    return False


_TOLL_WORDS = {fold_key(w) for w in ("ارتفاع", "ارتفع", "ارتفعت", "وارتفع", "وارتفعت")} | {"toll"}
_EARLIER_COUNT = {fold_key(w) for w in ("الأولية", "أولية", "السابقة", "initial", "earlier", "previous", "preliminary")}
# the toll words, and the toll noun with its proclitics and pronouns (a set: asked of every sentence with a toll)
_TOLL_FORMS = _TOLL_WORDS | {f"{p}{stem}{suffix}" for p in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل")
                             for stem in (fold_key("حصيلة"), fold_key("حصيلت")) for suffix in ("", "ها", "ه", "هم")}
_RISE_AR = {f"{p}{w}" for p in ("", "و", "ل", "ف") for w in (fold_key(v) for v in (
    "ارتفع", "ارتفعت", "يرتفع", "ترتفع"))}
_ROSE = {"rose", "risen", "climbed", "reached", "increased", "jumped", "grown", "grew"}
_TOLL_VERBS = _ROSE | {"stood", "has", "had", "now", "later"}  # between "toll" and its "to"/"at": "the toll has risen to"
_WAS_EARLIER = {fold_key(w) for w in ("كانت", "كان", "from", "after", "an", "its")}
_RUNNING_ON = {fold_key(w) for w in ("لترتفع", "ليرتفع", "لتصل", "ليصل", "لترفع", "ليرفع")}
_COUNT_HEADS = {"عدد", fold_key("حصيلة")}
_DIED_WORDS = {"died", "succumbed"} | {fold_key(w) for w in ("توفي", "وتوفي", "توفيت", "وتوفيت", "وفاة", "ووفاة", "بوفاة")}
_WOUNDED_EN = {"wounded", "injured", "hurt"}
_WOUNDED_VERBS_AR = {fold_key(w) for w in ("جرح", "وجرح", "أصيب", "وأصيب", "إصابة", "وإصابة", "جريحا", "جريحاً")}
_WOUNDS_EN = {"wounds", "injuries", "wound"}
_WOUNDED_AR = {fold_key(w) for w in ("الجرحى", "المصابين", "الجريحين", "جرحى", "المصابون")}
_ONE_AR = {fold_key(w) for w in ("أحد", "احدى", "إحدى")}
_ORDINAL_WORDS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
_OTHERS = {"other", "others", "more", "people"}
_ONE_WORDS = {fold_key(w) for w in ("واحد", "واحدة")}  # "one" itself begins with و: "مقتل منتسب واحد"
_JOINERS = {"and", "و", "plus"}  # not the comma: "wounding four, two security officials said"
# "وأصيب آخر بجروح", "injuring another", "وإصابة ثالث", "injured a second" (not "عدد آخر", another number)
_ONE_MORE = {"اخر", "another", "second", "third", "fourth", "ثان", "ثاني", "ثالث", "رابع"}
# A breakdown of the figure just told: "16 people, including six officers", "53 شخصاً، بينهم 46 مدنياً وسبعة"
_BREAKDOWN = fold_set(lexicon.INCLUDING_WORDS) | {"among", "بينهم", "منهم", "whom", "them", "including",
                                                                   fold_key("هم"), fold_key("وهم"), fold_key("هما")}  # "ثلاثة، هم جنديان ..."
# Where an English figure told before its cue stops: the clause before it tells something else.
_CLAUSE_BREAKS = {"when", "after", "while", "as", "said", "says", "that", "which", "who", "where", ";", ":", "(",
                  ")", "—", "–", "since", "because", "before"}
_INCLUDING = fold_set(lexicon.INCLUDING_WORDS) | {"including"}
_ARMED_MEN = fold_set(lexicon.ARMED_MEN)
_MOURNING = {fold_key(w) for w in ("نعى", "نعت", "ينعى", "تنعى")}
_NOT_PEOPLE = {"family", "families", "household", "households", fold_key("عائلة"), fold_key("أسرة")}
_FILLERS = {"other", "more", "people", "اخرين", "اشخاص", "عدد"}
_REACH_BACK = 16  # tokens an English passive looks back for its figure ("four U.S. service members and two ...")
_PEOPLE_PLURAL_AR = {fold_key(w) for w in ("أشخاص", "شخصا", "جنود", "مدنيين", "عناصر", "مقاتلين", "مسلحين", "أطفال",
                                               "مواطنين", "عسكريين", "ضباط", "مدنيا", "جنديا", "عنصرا", "مقاتلا",
                                               "مسلحا", "طفلا", "مواطنا", "عسكريا", "ضابطا", "نساء", "امرأة")}
_DIAGNOSED = {"diagnosed"}
_OWN_DEATH = fold_set(lexicon.OWN_DEATH_CUES)
_WITH_AR = fold_key("مع")
_REACH_FORWARD = 10  # tokens a verb looks ahead for its figure and the groups joined to it


def died_of_wounds(toks: list[str], span: tuple[int, int]) -> int:
    """How many of the wounded told before the sentence says later died: "one of the wounded later died", "A second
    man died of his wounds", "توفي أحد الجرحى متأثراً بجروحه", "بعد وفاة اثنين من الجرحى"; 0 when it says none."""
    t0, t1 = span
    sentence = toks[t0:t1]
    if _DIED_WORDS.isdisjoint(sentence):
        return 0
    for k in range(t0, t1):
        if toks[k] not in _DIED_WORDS:
            continue
        before, after = toks[max(t0, k - 7) : k], toks[k + 1 : min(t1, k + 6)]
        if toks[k] in ("died", "succumbed"):
            of_wounded = any(before[j] == "of" and before[j + 1 : j + 2] in (["the"], ["them"], ["those"])
                             and not _WOUNDED_EN.isdisjoint(before[j + 1 : j + 4]) for j in range(len(before)))
            own_wounds = after[:1] in (["of"], ["from"], ["to"]) and not _WOUNDS_EN.isdisjoint(after[1:4])
            if not (of_wounded or own_wounds):
                continue
            for j, tok in enumerate(before):
                if tok in ("second", "third", "another"):
                    return 1
                if (told := number_at(before, j)) and before[j + 1 : j + 2] == ["of"]:
                    return told[0]
            return 1 if own_wounds or of_wounded else 0
        # Arabic: "توفي أحد الجرحى"، "توفي اثنان منهم لاحقاً"، "بعد وفاة اثنين من الجرحى"
        window = after[:4]
        if not (_WOUNDED_AR.isdisjoint(window) and "منهم" not in window):
            first = window[:1]
            if first and first[0] in _ONE_AR:
                return 1
            if first and (told := number_at(window, 0)):
                return told[0]
            if first and dual_at(window, 0):
                return 2
    return 0


def wounded_told_apart(toks: list[str], span: tuple[int, int]) -> int:
    """The wounded who died, told in a sentence of their own ("A second man died of his wounds on Tuesday"): the
    report's wounded, told before, are that many fewer."""
    if not (died := died_of_wounds(toks, span)) or tells_toll(toks, span):
        return 0
    own = sum(1 for t in toks[span[0] : span[1]] if t in _WOUNDED_EN or t in _WOUNDED_VERBS_AR)
    return died if own <= 1 else 0


def tells_toll(toks: list[str], span: tuple[int, int]) -> bool:
    """The sentence states a toll so far ("bringing the toll to four", "ارتفعت حصيلة القتلى إلى")."""
    return not _TOLL_FORMS.isdisjoint(toks[span[0] : span[1]])


def sentence_casualties(toks: list[str], span: tuple[int, int], matches: list[Match], cats: dict,
                        dates: list | None = None) -> tuple[int | None, int | None]:
    """(killed, injured) that one sentence tells, None where it tells no figure."""
    t0, t1 = span
    killed, injured = _sentence_casualties(toks, span, matches, cats, dates)
    if (died := died_of_wounds(toks, span)) and not tells_toll(toks, span):
        # The wounded who later died are dead, no longer wounded (a toll told with the death, "has risen to 11 after
        # two of the wounded died", holds them already): "two were wounded; one of the wounded later died" moves
        # them here; wounded told in an earlier sentence are moved by the report (wounded_told_apart).
        if not any(toks[k] == "a" and toks[k + 1] in _ORDINAL_WORDS for k in range(t0, t1 - 1)):
            killed = (killed or 0) + died  # (not "and a sixth later died of his wounds", counted above)
        if injured is not None:
            injured = max(0, injured - died)
    # "..., raising the toll to three", "bringing the death toll to 11": the dead so far ("put the overall death
    # toll at 13", "the toll stood at 21")
    for i in range(t0, t1 - 2) if "toll" in toks[t0:t1] else ():
        at = i + 1
        while at < t1 - 1 and toks[at] in _TOLL_VERBS:
            at += 1  # "the toll rose to 28", "the toll has risen to", "stood at"
        if toks[i] == "toll" and toks[at : at + 1] in (["to"], ["at"]) and (told := number_at(toks, at + 1)) \
                and told[0] < 1000:
            killed = max(killed or 0, told[0])
    return killed, injured


def _sentence_casualties(toks: list[str], span: tuple[int, int], matches: list[Match], cats: dict,
                         dates: list | None = None) -> tuple[int | None, int | None]:
    t0, t1 = span
    cues = sorted([(m, "killed") for m in cats.get("killed", ())] + [(m, "injured") for m in cats.get("injured", ())],
                  key=lambda c: c[0].tok_start)
    if not cues:
        return None, None
    blocked: set[int] = set()
    for m in matches:  # numbers that count weapons, attacks or targets are not people
        if (m.of("weapon") and _ARMED_MEN.isdisjoint(strip_proclitic(toks[m.tok_start]))) or m.of("tally_noun") \
                or m.of("attack"):
            blocked.add(m.tok_start - 1)  # (but "ثلاثة مسلحين" are three men)
        if m.places:  # "Tower 22", "Union III"
            blocked.update(range(m.tok_start, m.tok_end))
    for d in dates or ():
        blocked.update(range(d.start_tok, d.end_tok))
    # "بعد أن كانت الحصيلة الأولية ثمانية عشر قتيلاً", "up from an initial toll of 96": an earlier count, superseded
    # (but not the only toll, "حصيلة أولية بلغت 16 قتيلاً")
    for i in range(t0, t1) if not _EARLIER_COUNT.isdisjoint(toks[t0:t1]) or "up" in toks[t0:t1] else ():
        if (toks[i] in _EARLIER_COUNT and not _WAS_EARLIER.isdisjoint(toks[max(t0, i - 3) : i])) \
                or toks[i : i + 2] == ["up", "from"]:
            blocked.update(range(i + 1, min(t1, i + 5)))
    used: set[int] = set()
    found: dict[str, int] = {}
    # "قالت إنها قتلت القيادي ...، إذ أعلنت الوزارة ارتفاع حصيلتها إلى 45 قتيلاً": a toll holds the dead told beside it
    # ("... بمقتل عشرة من عناصر قوات النظام، ليرتفع إلى 92 عدد قتلاها منذ مطلع العام": a running toll holds the ten)
    tolled = not _TOLL_FORMS.isdisjoint(toks[t0:t1]) or not _RISE_AR.isdisjoint(toks[t0:t1])
    for index, (cue, kind) in enumerate(cues):
        lo = max(t0, cues[index - 1][0].tok_end) if index else t0
        hi = min(t1, cues[index + 1][0].tok_start) if index + 1 < len(cues) else t1
        if toks[cue.tok_end : cue.tok_end + 1] == ["toll"]:
            # "The death toll from the drone strike that killed senior Hamas official Saleh al-Arouri ... rose to
            # seven": the toll's figure lies past the dead its relative clause tells
            hi = t1
        figure = _cue_figure(toks, cue, cue.of(kind)[0].value, lo, hi, blocked, used)
        if figure is not None:
            # (a group that mourns its dead tells the toll again: "مقتل خمسة ... فيما نعت الكتائب خمسة من مجاهديها")
            mourned = cue.of(kind)[0].value in _MOURNING
            found[kind] = max(found.get(kind, 0), figure) if mourned or tolled else found.get(kind, 0) + figure
    for cue, kind in cues:
        # "أصيب جنديان بجروح طفيفة وثالث بجروح خطيرة": one more told with the next wound, after the figure
        before = toks[cue.tok_start - 1] if cue.tok_start > t0 else ""
        if kind in found and before[:1] == "و" and before[1:] in _ONE_MORE and ARABIC_RE.match(before):
            found[kind] += 1
    return found.get("killed"), found.get("injured")


def _cue_figure(toks: list[str], cue: Match, word: str, lo: int, hi: int, blocked: set[int],
                used: set[int]) -> int | None:
    """The figure one cue tells; `word` is its lexicon word ("قتلى" for "والقتلى")."""
    arabic = ARABIC_RE.match(word) is not None
    if word in _OWN_DEATH:
        # "مقتله مع ابنته الرضيعة وشخصين آخرين": the one told before, with those joined to him
        return _one_and_another(toks, cue.tok_end - 1, hi)
    if word in _COUNTED_NOUNS:
        # "16 قتيلاً", "ثلاثة عشر قتيلاً", "three dead": the number just before the noun
        figure = _number_ending_at(toks, cue.tok_start, lo, blocked, used)
        if figure is None and arabic and cue.tok_start and toks[cue.tok_start - 1] in _COUNT_HEADS and not (
                toks[cue.tok_start - 1] != "عدد" and toks[cue.tok_start - 2 : cue.tok_start - 1]
                and toks[cue.tok_start - 2] in _RUNNING_ON):
            # (but "قُتل ثلاثة ...، لترتفع حصيلة قتلى يوم الأربعاء إلى عشرة" runs on a total with the deaths told before)
            # "ارتفع عدد القتلى إلى 18", "عدد قتلى الغارات التي استهدفت البوكمال ارتفع إلى 18", "ارتفعت حصيلة القتلى
            # جراء الغارات التي استهدفت ظهر أمس سوقاً شعبية وسط مدينة أريحا بريف إدلب إلى أربعة وأربعين"
            reach = 12 if toks[cue.tok_start - 1] == "عدد" else 24
            to = next((j for j in range(cue.tok_end, min(hi, cue.tok_end + reach)) if toks[j] == _TO), cue.tok_end)
            # ("ارتفعت إلى 33 حصيلة قتلى الجيش": the figure the toll rose to, told before it)
            before = _number_ending_at(toks, cue.tok_start - 1, lo, blocked, used) \
                if _TO in toks[max(lo, cue.tok_start - 5) : cue.tok_start - 1] else None
            found = None if before is not None else _first_number(toks, to, hi, blocked, used)
            if before is not None:
                figure = before
            elif found is not None:
                used.update(range(found[0], found[2]))
                figure = found[1]
        if figure is None and arabic:
            figure = dual_at(toks, cue.tok_start)  # قتيلين, جريحان
        if figure is None and not arabic and cue.tok_start > lo and toks[cue.tok_start - 1].rstrip("s") in _PERSON_NOUNS:
            # "left one SDF fighter dead and four wounded": the people counted before the word, not the next figure
            figure = _backward(toks, cue.tok_start, lo, blocked, used, max_reach=5)
        if figure is None and not arabic:  # "causing minor injuries to two U.S. service members"
            figure = _forward(toks, cue.tok_end, hi, blocked, used)
        if figure is None and not arabic:  # "56 personnel have suffered minor injuries"
            # (further back past a diagnosis: "Fifty U.S. service members have been diagnosed with traumatic brain
            # injuries")
            reach = 14 if not _DIAGNOSED.isdisjoint(toks[max(lo, cue.tok_start - 5) : cue.tok_start]) else 8
            figure = _backward(toks, cue.tok_start, lo, blocked, used, max_reach=reach)
        return figure
    if not arabic and ("number" in toks[max(lo, cue.tok_start - 4) : cue.tok_start]
                       or toks[cue.tok_end : cue.tok_end + 1] == ["toll"]):
        # "brought the number of people killed by the group in the Badia since Jan. 1 to 231", "the death toll from
        # an Islamic State attack on a village ... has risen to 11"
        # ("The death toll from a suicide truck bomb that tore through a crowded market in ... rose to 115": far off,
        # the "to" of a rise)
        to = next((j for j in range(cue.tok_end, min(hi, cue.tok_end + 40)) if toks[j] == "to" and toks[j - 1] in _ROSE),
                  None)
        if to is None:
            to = next((j for j in range(cue.tok_end, min(hi, cue.tok_end + 24)) if toks[j] == "to"), None)
        found = _first_number(toks, to + 1, min(hi, to + 4), blocked, used) if to is not None else None
        if found is not None:
            used.update(range(found[0], found[2]))
            return found[1]
    if toks[cue.tok_start - 1 : cue.tok_start] == ["the"] and not (
            toks[cue.tok_end : cue.tok_end + 1] == ["of"] and number_at(toks, cue.tok_end + 1)):
        # "picked up 21 sailors, including the wounded": the wounded are counted elsewhere (but "the killing of three
        # Islamic Jihad fighters" counts them)
        return None
    follows = _first_number(toks, cue.tok_end, hi, blocked, used) is not None
    if arabic or word.endswith("ing") or follows:
        # "مقتل ثلاثة", "killing four", "killed at least 31 people"
        figure = _forward(toks, cue.tok_end, hi, blocked, used)
        if figure is not None:
            return figure
        # English reaches past an age: "killing a 50-year-old man"
        after = _words_after(toks, cue.tok_end, hi, 3 if arabic else 7)
        # (a dual joined to one named first is more: "قتلت امرأة وطفليها" is three, below)
        if arabic and any(dual_at(after, k) and not (k and after[k][:1] == "و" and _arabic_person(after[0]))
                          for k in range(min(2, len(after)))):
            used.update(cue.tok_end + k for k in range(min(2, len(after))) if dual_at(after, k))
            # "مقتل شخصين", "إصابة عنصرين" (and a third joined: "أصيب جنديان بجروح طفيفة وثالث بجروح خطيرة")
            more = toks[cue.tok_end : min(hi, cue.tok_end + 6)]
            # (and one more joined by name: "مقتل جنديين أمريكيين وجندية بريطانية")
            return 2 + sum(1 for t in more if t[:1] == "و" and (t[1:] in _ONE_MORE or _arabic_person(t[1:])))
        # ("مقتل عبد الله، أحد أبرز قادة الحزب، وثلاثة من مرافقيه": one named, and a number of his own)
        named_and_his = arabic and any(t[:1] == "و" and number_at(toks, k) and toks[k + 1 : k + 2] == ["من"]
                                       for k, t in enumerate(toks[cue.tok_end : min(hi, cue.tok_end + 10)], cue.tok_end))
        if not (_PERSON_NOUNS.isdisjoint(after) and _ONE_MORE.isdisjoint(after)) and "عدد" not in after \
                or (arabic and after and _arabic_person(after[0])) or named_and_his:
            return _one_and_another(toks, cue.tok_end, hi)  # "مقتل مواطن", "killing a soldier", "وأصيب آخر", "مقتل القيادي"
        if word in _ARABIC_VERBS and (people := _people_past_subject(toks, cue.tok_end, hi, blocked, used)):
            return people
        if word in _ARABIC_VERBS:
            figure = _backward(toks, cue.tok_start, lo, blocked, used, max_reach=10)  # "ثلاثة جنود أصيبوا"
            if figure is None and any(dual_at(toks, k) for k in range(max(lo, cue.tok_start - 4), cue.tok_start)):
                figure = 2  # "وكان جنديان إندونيسيان قد أصيبا"
        elif figure is None and cue.tok_start > lo and cue.tok_start - 1 not in used and dual_at(toks, cue.tok_start - 1):
            used.add(cue.tok_start - 1)
            figure = 2  # "وأصابت امرأتين بجروح": the two hurt, told by their dual before the wounds
        return figure
    if toks[cue.tok_start - 1 : cue.tok_start] == ["and"]:
        if toks[cue.tok_end : cue.tok_end + 1] in (["his"], ["her"], ["their"]) and \
                not _PERSON_NOUNS.isdisjoint(t.rstrip("s") for t in toks[cue.tok_end + 1 : cue.tok_end + 3]):
            return _one_and_another(toks, cue.tok_end, hi)  # "killed a child and wounded his mother and two siblings"
        # "killed 18 militants, including two commanders, and wounded dozens more": the verb's subject is the strikes
        # told before the first cue; the figure before "and" is the dead's
        return None
    # "Three soldiers were killed", "four U.S. service members and two Iraqi personnel were wounded"
    figure = _backward(toks, cue.tok_start, lo, blocked, used, max_reach=_REACH_BACK)
    before = toks[max(lo, cue.tok_start - 4) : cue.tok_start]
    if figure is None and any(before[k] == "a" and before[k + 1] in _ORDINAL_WORDS for k in range(len(before) - 1)):
        return 1  # "and a third was seriously injured", "and a sixth later died of his wounds"
    if figure is None and not _PERSON_NOUNS.isdisjoint(toks[max(lo, cue.tok_start - 4) : cue.tok_start]):
        return 1  # "A U.S. civilian contractor was killed"
    if figure is None and word.endswith("ed") and toks[cue.tok_end : cue.tok_end + 1] not in (["by"], ["in"], ["when"]) \
            and _one_and_another(toks, cue.tok_end, hi) > 1:
        return _one_and_another(toks, cue.tok_end, hi)  # "killed Abu Baqir al-Saadi, ..., and two other people"
    if figure is None and not _PERSON_NOUNS.isdisjoint(toks[cue.tok_end : min(hi, cue.tok_end + 7)]):
        # "the strike killed an American contractor", "killed a U.S. civilian contractor" (and "... and two of his guards")
        return _one_and_another(toks, cue.tok_end, hi)
    return figure


def _people_past_subject(toks: list[str], start: int, hi: int, blocked: set[int], used: set[int]) -> int | None:
    """Verb, subject, object: the people an Arabic verb tells of after its subject ("قتلت غارة إسرائيلية على مدينة
    النبطية مساء أمس ثلاثة أشخاص", "وقتلت غارة أخرى شخصين"): a number of people, or two told by their dual."""
    for j in range(start, min(hi, start + 10)):
        if toks[j] in _CLAUSE_BREAKS or toks[j] == ",":
            return None
        if j in blocked or j in used:
            continue
        parsed = number_at(toks, j)
        if parsed and toks[parsed[1] : parsed[1] + 1] and toks[parsed[1]] in _PEOPLE_PLURAL_AR:
            used.update(range(j, parsed[1]))
            return parsed[0]
        if parsed is None and dual_at(toks, j) and any(
                _arabic_person(form[:-2]) or (form[:-2].endswith("ت") and _arabic_person(form[:-3] + "ه"))
                for form in strip_proclitic(toks[j])):
            used.add(j)
            return 2
    return None


def _one_and_another(toks: list[str], start: int, hi: int) -> int:
    """A person told after a cue, and "another" joined to it: "killing a commander ... and another fighter" is 2."""
    window = toks[start : min(hi, start + 14)]
    # "killed Gen. Qassem Soleimani, commander of the Quds Force, along with militia leader Abu Mahdi al-Muhandis and
    # eight others": one, one with him, and the others counted at the end of a long list
    longer = toks[start : min(hi, start + 30)]
    longer = longer[: next((k for k, t in enumerate(longer) if t == ";"), len(longer))]  # ("Gen." is no stop)
    along = next((k for k in range(len(longer) - 1) if longer[k] in ("along", "together") and longer[k + 1] == "with"),
                 None)
    if window[1:2] == [_WITH_AR] and _arabic_person(window[2] if len(window) > 2 else ""):
        # "مقتله مع ابنته وشخصين آخرين": one with him, and those joined after
        return 1 + _one_and_another(toks, start + 2, hi)
    if along is not None:
        others = next(((k, joined[0]) for k in range(along + 2, len(longer) - 1) if longer[k] == "and"
                       and (joined := number_at(longer, k + 1)) and longer[joined[1] : joined[1] + 1]
                       and longer[joined[1]] in _OTHERS), None)
        if others is not None:
            return 2 + others[1]
    if any(window[k] in ("and", "و") and window[k + 1 : k + 2] == ["another"] for k in range(len(window))) \
            or "واخر" in window:
        return 2
    # "قتل قيادي في حزب الله وسائقه", "مقتل القيادي ... ومرافق له", "استشهد طفل ووالدته": each one joined by و
    # (and two joined by their dual: "استشهاد ضابط برتبة ملازم أول وجنديين اثنين")
    joined_people = sum(1 if _arabic_person(t[1:]) else 2 if dual_at([t[1:]], 0) else 0
                        for t in window[1:8] if t[:1] == "و" and ARABIC_RE.match(t))
    if joined_people:
        return 1 + joined_people
    for k, tok in enumerate(window):
        # "قتل قيادي في كتائب حزب الله واثنان من مرافقيه": one, and a number of others joined to him
        if tok[:1] == "و" and len(tok) > 2 and (joined := number_at(window, k)) and window[k + 1 : k + 2] == ["من"]:
            return 1 + joined[0]
        if tok == "and" and k + 2 < len(window) and (joined := number_at(window, k + 1)) \
                and window[k + 1] not in ("a", "an") and window[joined[1] : joined[1] + 1] \
                and (window[joined[1]] in _OTHERS or window[joined[1]].rstrip("s") in _PERSON_NOUNS):
            return 1 + joined[0]  # "killed Abu Baqir al-Saadi, a senior commander, and two other people"
        if tok == "and" and k + 2 < len(window):
            # "killed a commander and two of his guards", "killed its driver and a passenger"
            if (joined := number_at(window, k + 1)) and window[joined[1] - 0 : joined[1] + 1] == ["of"] \
                    and window[k + 1] not in ("a", "an"):
                return 1 + joined[0]
            if window[k + 1] in ("a", "an", "his", "her", "its", "their") and not _PERSON_NOUNS.isdisjoint(window[k + 2 : k + 4]):
                return 2
    return 1


def _words_after(toks: list[str], start: int, hi: int, n: int) -> list[str]:
    """Up to n words after a cue, ending at a comma or a breakdown ("... بجروح، بينهم ضابط")."""
    after = toks[start : min(hi, start + n)]
    return after[: next((k for k, t in enumerate(after) if t == "," or t in _BREAKDOWN), len(after))]


def _usable(toks: list[str], j: int, blocked: set[int], used: set[int]) -> tuple[int, int] | None:
    if j in blocked or j in used:
        return None
    tok = toks[j]
    if (tok in ("a", "an") and toks[j + 1 : j + 2] != ["dozen"]) or (tok.isdigit() and len(tok) == 4 and 1900 <= int(tok) <= 2100):
        return None
    if j and toks[j - 1] == "no":  # "no one was killed" counts nobody
        return None
    parsed = number_at(toks, j)
    if parsed is None:
        return None
    after = [t for t in toks[parsed[1] : parsed[1] + 2] if t != "-"][:1]
    if after and after[0] in _AGE_WORDS:
        return None  # an age: "a 7-year-old girl"
    if after and after[0] in _NOT_PEOPLE:
        return None  # "four members of one family": the family is no one more
    if j and toks[j - 1] == "," and toks[parsed[1] : parsed[1] + 1] == [","]:
        return None  # "Issam Abdallah, 37, was killed": an age
    return parsed


def _first_number(toks, start, hi, blocked, used) -> tuple[int, int, int] | None:
    """The number that opens the words after a cue, past "at least", "نحو", "أكثر من": (index, value, end)."""
    j = start
    while j < hi and j - start < 4 and toks[j] in _QUALIFIERS:
        j += 1
    if j < hi and (parsed := _usable(toks, j, blocked, used)) is not None:
        return j, parsed[0], parsed[1]
    return None


def _near_number(toks, start, hi, blocked, used) -> tuple[int, int, int] | None:
    """The first number within a few words after a cue ("قتلت طائرة مسيّرة ثلاثة جنود")."""
    for j in range(start, min(hi, start + 4)):
        if toks[j] in _CLAUSE_BREAKS or toks[j] == ",":
            return None
        if (parsed := _usable(toks, j, blocked, used)) is not None:
            return j, parsed[0], parsed[1]
    return None


def _forward(toks, start, hi, blocked, used) -> int | None:
    first = _first_number(toks, start, hi, blocked, used) or _near_number(toks, start, hi, blocked, used)
    if first is None:
        return None
    j, total, after = first
    used.update(range(j, after))
    if j > start and toks[j][:1] == "و" and toks[j] not in _ONE_WORDS and ARABIC_RE.match(toks[j]) \
            and not _PERSON_NOUNS.isdisjoint(toks[start:j]):
        total += 1  # "قُتل ضابط وعشرة جنود": the one named before the number joined to it
    # "killed 18 members of the SDF and 12 Syrian government soldiers": groups joined by "and" add up
    k = after
    limit = min(hi, start + _REACH_FORWARD)
    while k < limit:
        tok = toks[k]
        if tok in _BREAKDOWN:
            break
        if tok == "and" and toks[k + 1 : k + 2] in (["a"], ["an"]) and not _PERSON_NOUNS.isdisjoint(toks[k + 2 : k + 6]):
            total += 1  # "killed two American soldiers and a British army medic"
            k += 2
            continue
        if tok[:1] == "و" and tok[1:] in _ONE_MORE and ARABIC_RE.match(tok):
            total += 1  # "أصيب جنديان بجروح طفيفة وثالث بجروح خطيرة"
            k += 1
            continue
        if tok[:1] == "و" and ARABIC_RE.match(tok) and k not in blocked and k not in used and dual_at(toks, k):
            total += 2  # "مقتل ستة من مقاتلي الحشد وجنديين": two more, told by their dual
            used.add(k)
            k += 1
            continue
        if tok[:1] == "و" and ARABIC_RE.match(tok) and k not in blocked and k not in used and _arabic_person(tok[1:]) \
                and not (toks[k + 1 : k + 2] and number_at(toks, k + 1)):
            total += 1  # "قتلت ثلاثة جنود واثنين من الشرطة وعاملاً مدنياً": one more, told by his noun
            used.add(k)
            k += 1
            continue
        joined = tok in _JOINERS or (tok.startswith("و") and len(tok) > 1 and ARABIC_RE.match(tok) is not None)
        at = k + 1 if tok in _JOINERS else k
        if joined and at < limit and (parsed := _usable(toks, at, blocked, used)) is not None:
            total += parsed[0]
            used.update(range(at, parsed[1]))
            k = parsed[1]
            continue
        k += 1
    return total


def _backward(toks, end, lo, blocked, used, max_reach: int) -> int | None:
    """The numbers of the noun phrase before a cue, added up; None when there is none."""
    total, found, aside = 0, False, False
    part = None  # the figure of a part: "fighters, including two commanders," tell no more than two
    start = max(lo, end - max_reach)
    j = end - 1
    while j >= start:
        tok = toks[j]
        if tok == ")" and j - 2 >= start and toks[j - 2] == "(" and toks[j + 1 : j + 2] not in (["-"], ["—"], ["–"], [":"]):
            j -= 3  # "19 militants of the Kurdistan Workers' Party (PKK) had been killed": an aside (not "(Reuters) -")
            continue
        if tok in _CLAUSE_BREAKS:
            break
        if tok in _INCLUDING and found and toks[j - 1 : j] == [","]:
            # "At least 11 people, including four children, were killed": the four are part of the figure before
            part, total, found, aside = total, 0, False, True
            j -= 1
            continue
        if tok == "them" and found and toks[j - 2 : j] in ([",", "among"], [",", "including"]):
            part, total, found, aside = total, 0, False, True  # "11 people, among them five children, were killed"
            j -= 2
            continue
        if tok == "," and (found or ARABIC_RE.match(toks[end])) and not aside and not (
                j + 1 < end and (toks[j + 1] == "and" or number_at(toks, j + 1))):
            break  # (before a figure is found a comma may close an aside: "Three civilians, among them a child,")
        aside = aside and tok != ","
        if tok in ("a", "an") and j - 1 >= start and toks[j - 1] == "and" and toks[j + 1 : j + 2] != ["dozen"]:
            if any(w in _PERSON_NOUNS for w in toks[j + 1 : min(end, j + 4)]):
                total += 1  # "Two U.S. troops and a British soldier were killed"
                found = True
        elif tok in ("a", "an") and found and (j == lo or toks[j - 1] in _CLAUSE_BREAKS or toks[j - 1] == ",") \
                and "and" in toks[j + 1 : end] and any(w in _PERSON_NOUNS for w in toks[j + 1 : min(end, j + 5)]):
            total += 1  # "A Kataib Hezbollah commander and his two bodyguards were killed"
        elif number_at(toks, j) is not None:
            while j - 1 >= lo and (longer := number_at(toks, j - 1)) and longer[1] > j:
                j -= 1  # from the number's first word: "twenty one", "ثلاثة عشر"
            parsed = _usable(toks, j, blocked, used)
            if parsed is not None:
                total += parsed[0]
                found = True
                used.update(range(j, parsed[1]))
        j -= 1
    return total if found else part


def _number_ending_at(toks, cue_start, lo, blocked, used) -> int | None:
    """The number right before a counted noun, read from its first word ("ثمانية وخمسين جريحاً")."""
    end = cue_start - 1 if cue_start - 1 >= lo and toks[cue_start - 1] in _FILLERS else cue_start
    j = end - 1  # "87 آخرين", "three more", "16 people dead"
    if j < lo or number_at(toks, j) is None:
        return None
    while j - 1 >= lo and (longer := number_at(toks, j - 1)) and longer[1] == end:
        j -= 1
    parsed = _usable(toks, j, blocked, used)
    if parsed is None:
        return None
    used.update(range(j, parsed[1]))
    return parsed[0]


def report_casualties(figures: list[tuple[int, int | None, int | None]], incident_of: dict[int, set[int]],
                      locality: dict[int, tuple] | None = None) -> tuple[int | None, int | None]:
    """The report's (killed, injured): the largest figure told of each incident, added up over incidents.

    figures: (sentence index, killed, injured) of the sentences that tell an attack's toll (a sentence that
    tells the toll of an attack told before gives that attack's sentence).
    incident_of: sentence index -> the incidents (numbers) it was told of; a sentence of no incident is an
    incident of its own.
    locality: incident number -> (country, province, day). Incidents in one province on one day are one place
    for tolls: Baghdad and its Kadhimiya district; "a bombing in the Deir al-Zor countryside killed four" and
    "the group detonated a device near al-Busayrah ... the toll at four killed".
    """
    locality = locality or {}

    def keys(index: int) -> set[tuple]:
        told = incident_of.get(index, ())
        return {("locality", locality[d]) if d in locality else ("incident", d) for d in told} or {("sentence", index)}

    # Sentences told of a shared place are one group (union-find over the places they name).
    parent: dict[tuple, tuple] = {}

    def root(x: tuple) -> tuple:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    told_of = {index: sorted(keys(index)) for index, _k, _i in figures}
    for first, *rest in told_of.values():
        for key in rest:
            parent[root(key)] = root(first)
    # In a group, per kind: the largest figure told of several of its places at once ("bombings in Baghdad and Qara
    # Tappa killed 52"), or the largest told of each place alone added up ("wounding 61" in Baghdad, "wounding 50"
    # in Qara Tappa), whichever is larger.
    together: dict[tuple, list[int]] = {}
    alone: dict[tuple, dict[tuple, list[int]]] = {}
    for index, *values in figures:
        told = told_of[index]
        group = root(told[0])
        for kind, value in enumerate(values):
            if value is None:
                continue
            largest = together.setdefault(group, [-1, -1])
            largest[kind] = max(largest[kind], value)
            if len(told) == 1:
                own = alone.setdefault(group, {}).setdefault(told[0], [-1, -1])
                own[kind] = max(own[kind], value)
    totals: list[int | None] = []
    for kind in (0, 1):
        values = [max(largest[kind], sum(max(own[kind], 0) for own in alone.get(group, {}).values()))
                  for group, largest in together.items() if largest[kind] >= 0]
        totals.append(sum(values) if values else None)
    return totals[0], totals[1]
