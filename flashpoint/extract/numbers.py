"""Numbers written in digits (both scripts) or words (Arabic, English), and Arabic duals."""

from __future__ import annotations

import re
from functools import lru_cache

import pyarabic.number as arabic_number
from pyarabic.number_const import NUMBER_WORDS

from flashpoint.extract.text import fold_key

ARABIC_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_PROCLITIC_INITIALS = frozenset("وفبلك")

# Folded Arabic number word -> its spelling in pyarabic's vocabulary (text2number wants that).
_ARABIC_WORDS: dict[str, str] = {}
for _word in NUMBER_WORDS:
    _ARABIC_WORDS.setdefault(fold_key(_word), _word)
for _word, _spelled in {"عشر": "عشر", "ثلاث": "ثلاث", "اربع": "أربع", "خمس": "خمس", "ست": "ست", "سبع": "سبع",
                        "ثماني": "ثماني", "تسع": "تسع", "مئه": "مئة", "مائه": "مائة", "مئات": "مئات",
                        # the feminine two, which pyarabic lacks ("ثلاث في بابل واثنتان في ذي قار")
                        "اثنتان": "اثنان", "اثنتين": "اثنين", "ثنتان": "اثنان", "ثنتين": "اثنين",
                        # ... and in twelve ("اثنتي عشرة ضربة")
                        "اثنتي": "اثني", "اثنتا": "اثنا"}.items():
    _ARABIC_WORDS.setdefault(_word, _spelled)
# two hundred and two thousand in the construct and nominative forms ("أكثر من مئتي شخص", "مائتا قذيفة")
for _word, _spelled in {"مئتي": "مئتين", "مئتا": "مئتين", "مئتان": "مئتين", "مائتي": "مئتين", "مائتا": "مئتين",
                        "مائتان": "مئتين", "مائتين": "مئتين", "ألفي": "ألفين", "ألفا": "ألفين", "ألفان": "ألفين"}.items():
    _ARABIC_WORDS.setdefault(fold_key(_word), _spelled)
_ARABIC_WORDS.pop("مئات", None)  # "hundreds" is not a number

_ENGLISH_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "single": 1,
    # French and German, for small counts
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "zwei": 2, "drei": 3, "vier": 4, "zehn": 10,
}
_ENGLISH_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")

# Dual nouns (طائرتين = two aircraft): stem -> noun class; the suffix ين/ان makes two.
_DUAL_STEMS = tuple(fold_key(stem) for stem in (
    "هجوم", "طائرت", "مسيرت", "صاروخ", "قذيفت", "عبوت", "جندي", "عنصر", "غارت", "ضربت", "قتيل", "جريح", "متعاقد",
    # people whose dual is not also their plural (not مدنيين, مقاتلين, مواطنين)
    "شخص", "طفل", "ضابط", "شرطي", "امرأت", "سيدت", "رجل", "فتات", "شقيق", "راعي"))

_KIN_DUAL_STEMS = frozenset(fold_key(stem) for stem in ("طفل", "شقيق", "ابن", "ابنت", "حفيد", "مرافق", "حارس"))
_DUAL_POSSESSIVES = tuple(fold_key(s) for s in ("يها", "يه", "يهما", "يهم"))


@lru_cache(maxsize=65536)
def strip_proclitic(token: str) -> tuple[str, ...]:
    """The token and the readings of it without an attached proclitic (و ف ب ل ك)."""
    if token[:1] not in _PROCLITIC_INITIALS:
        return (token,)
    forms = [token]
    for clitic in ARABIC_PROCLITICS:
        # Two letters at least must remain after the clitic, but one digit will do ("و8 في سوريا").
        if token.startswith(clitic) and (len(token) > len(clitic) + 1 or token[len(clitic):].isdigit()):
            forms.append(token[len(clitic):])
    return tuple(forms)


@lru_cache(maxsize=65536)
def _may_be_number(tok: str) -> bool:
    """Whether a number can start at this token (number_at is asked about most tokens of a sentence)."""
    return tok in _ENGLISH_UNITS or any(_DIGITS_RE.match(form) or form in _ARABIC_WORDS
                                        for form in strip_proclitic(tok))


def number_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """Parse a number starting at token i. Returns (value, index after the number) or None (also past the end)."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if not _may_be_number(tok):
        return None
    for form in strip_proclitic(tok):
        if _DIGITS_RE.match(form):
            digits, j = form, i + 1
            # "2,500" is tokenised as 2 , 500 (a group leads with at most three digits: "in 2024, 921 of them" is two)
            while len(form) <= 3 and j + 1 < len(tokens) and tokens[j] == "," and len(tokens[j + 1]) == 3 \
                    and tokens[j + 1].isdigit():
                digits += tokens[j + 1]
                j += 2
            return int(digits.replace(",", "")), j
    if tok in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] == "dozen":
        return 12, i + 2
    # English words: "twenty one", "twenty-one", "three"
    if tok in _ENGLISH_UNITS:
        value = _ENGLISH_UNITS[tok]
        j = i + 1
        if tok in _ENGLISH_TENS and j < len(tokens) and tokens[j] in _ENGLISH_UNITS and _ENGLISH_UNITS[tokens[j]] < 10:
            value += _ENGLISH_UNITS[tokens[j]]
            j += 1
        if j < len(tokens) and tokens[j] in ("hundred", "thousand") and tok not in ("hundred", "thousand"):
            value *= 100 if tokens[j] == "hundred" else 1000
            j += 1
        elif j < len(tokens) and tokens[j] == "dozen" and tok != "dozen":  # "four dozen attacks"
            value *= 12
            j += 1
        return value, j
    # Arabic words: collect a run of number words joined by و ("واحد وعشرون").
    for form in strip_proclitic(tok):
        if form in _ARABIC_WORDS:
            words = [_ARABIC_WORDS[form]]
            j = i + 1
            while j < len(tokens):
                nxt = tokens[j]
                if nxt in _ARABIC_WORDS:
                    words.append(_ARABIC_WORDS[nxt])
                elif nxt.startswith("و") and nxt[1:] in _ARABIC_WORDS:
                    words.append("و" + _ARABIC_WORDS[nxt[1:]])
                else:
                    break
                j += 1
            value = arabic_number.text2number(" ".join(words))
            if value:
                return int(value), j
            return None
    return None


def dual_at(tokens: list[str], i: int) -> int | None:
    """2 when the token is an Arabic dual noun (هجومين, طائرتين), else None."""
    for form in strip_proclitic(tokens[i]):
        if form.endswith(("ين", "ان")) and form[:-2].startswith(_DUAL_STEMS) and len(form) <= 10:
            return 2
        # the dual of kin with a possessive, its ن dropped: "طفليها" (her two children), "شقيقيه" (his two brothers)
        for suffix in _DUAL_POSSESSIVES:
            if form.endswith(suffix) and form[: -len(suffix)] in _KIN_DUAL_STEMS:
                return 2
    return None
