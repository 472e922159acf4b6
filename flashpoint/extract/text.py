"""Text folding for matching: one function used for lexicon entries and for reports alike.

Folding keeps a map back to the original so every match can report its surface form.
Deletions (Arabic diacritics, tatweel, bidi and zero-width marks) shift offsets; everything else
is a one-to-one character substitution, so the map is just the sorted list of deleted positions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Harakat, Quranic marks, superscript alef, tatweel, zero-width and bidi controls, BOM, soft hyphen.
_DELETE_RE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    arabic = {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
        "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
        "ؤ": "و", "ک": "ك", "ڪ": "ك", "گ": "ك",
        "،": ",", "؛": ";", "؟": "?", "٪": "%",
    }
    for src, dst in arabic.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Extended (Persian) digits
    for ch in "«»“”„‟″":
        table[ord(ch)] = '"'
    # Apostrophes and ayn/hamza letters used in transliteration become spaces, so that
    # "Iraq's" ends the word Iraq and "Qa'im" folds like "Qa im" on both sides.
    for ch in "'’‘ʼʻʿʾ`´":
        table[ord(ch)] = " "
    for ch in "‐‑‒–—―":
        table[ord(ch)] = "-"
    for ch in "\u00a0\u2002\u2003\u2009\u202f\t\r\n":
        table[ord(ch)] = " "
    # Latin: lower case and drop accents (États-Unis -> etats-unis), one character for one.
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
    table[ord("ß")] = "s"
    table[ord("ı")] = "i"
    return table


_FOLD_TABLE = _build_fold_table()
# Every character the table changes. str.translate looks each character of a non-ASCII string up in
# the dict one by one; replacing just the distinct characters present is several times faster and
# gives the same string, because no replacement is itself a key (so the order of replacement is free).
_FOLDED_CHARS_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD_TABLE)) + "]")
_REPLACE_IS_TRANSLATE = not {chr(cp) for cp in _FOLD_TABLE} & set(_FOLD_TABLE.values())
# A hyphen between two letters is a word separator for matching (al-Asad == al Asad),
# but between digits it is a range (17-24) and is kept. The pattern starts with the hyphen itself
# (the letter before it is checked by a look-behind) so the regex engine can skip to hyphens.
_LETTER_HYPHEN_RE = re.compile(r"-(?<=[^\W\d_]-)(?=[^\W\d_])")


def _translate(text: str) -> str:
    """text.translate(_FOLD_TABLE), faster for non-ASCII text (ASCII text has a fast path in translate)."""
    if text.isascii() or not _REPLACE_IS_TRANSLATE:
        return text.translate(_FOLD_TABLE)
    for ch in set(_FOLDED_CHARS_RE.findall(text)):
        text = text.replace(ch, _FOLD_TABLE[ord(ch)])
    return text


@dataclass(slots=True)
class Folded:
    """A folded string and the way back to the original."""

    original: str
    text: str
    _deleted: list[int]

    def to_original(self, index: int) -> int:
        """Original offset of the folded character at `index` (or of the end, for index == len)."""
        if not self._deleted:  # most reports: nothing was deleted
            return index
        # Each deleted position at or before the candidate shifts it right by one.
        pos = index
        lo = 0
        while True:
            shift = bisect.bisect_right(self._deleted, pos, lo)
            if shift == lo:
                return pos
            pos = index + shift
            lo = shift

    def to_folded(self, index: int) -> int:
        """Folded offset of the original character at `index` (deleted characters map forward)."""
        return index - bisect.bisect_left(self._deleted, index)

    def surface(self, start: int, end: int) -> str:
        return self.original[self.to_original(start) : self.to_original(end - 1) + 1] if end > start else ""


def fold(text: str) -> Folded:
    deleted = [m.start() for m in _DELETE_RE.finditer(text)] if not text.isascii() else []  # none are ASCII
    stripped = _DELETE_RE.sub("", text) if deleted else text
    folded = _translate(stripped).lower()
    if len(folded) != len(stripped):  # rare Unicode case mappings that change length
        folded = "".join(c.translate(_FOLD_TABLE).lower()[:1] or c for c in stripped)
    if "-" in folded:
        folded = _LETTER_HYPHEN_RE.sub(" ", folded)
    return Folded(text, folded, deleted)


def fold_key(text: str) -> str:
    """Folded form of a lexicon entry, with runs of spaces collapsed."""
    return " ".join(fold(text).text.split())


ARABIC_RE = re.compile("[\u0600-\u06ff]")


def has_arabic(text: str) -> bool:
    return bool(ARABIC_RE.search(text))


# Sentence ends: . ! ? ؟ ; and line breaks. Abbreviations such as "U.S." and "Oct." do not end one.
_ABBREVIATIONS = {
    "u.s", "u.n", "u.k", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "st", "no", "vs", "e.g", "i.e",
    "jr", "sr", "rep", "sen", "gov", "adm", "cmdr", "corp", "inc", "co", "mt",
}
# Same matches as r"[.!?؟;؛]+(?=\s)|\n+" (a run of marks before a space, or of line breaks), written to
# start with one character class so the regex engine scans for the first character instead of
# trying both alternatives at every position (three times faster).
_SENTENCE_END_RE = re.compile(r"[.!?؟;؛\n](?:(?<=\n)\n*|[.!?؟;؛]*(?=\s))")


@dataclass(slots=True)
class Sentence:
    paragraph: int
    start: int  # offset in the report text
    text: str


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        mark = match.group()
        end = match.end()
        if mark[0] == ".":
            before = text[start : match.start()].rsplit(None, 1)
            last_word = before[-1].lower().strip("(\"'«") if before else ""
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                continue
        chunk = text[start:end]  # never empty: isspace() is then "nothing but spaces"
        if not chunk.isspace():
            sentences.append(Sentence(paragraph, start, chunk))
        if "\n" in mark:
            paragraph += 1
        start = end
    rest = text[start:]
    if rest and not rest.isspace():
        sentences.append(Sentence(paragraph, start, rest))
    return sentences
