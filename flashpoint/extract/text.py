"""Text folding for matching: one function used for lexicon entries and for reports alike.

Folding keeps a map back to the original so every match can report its surface form.
Deletions (Arabic diacritics, tatweel, bidi and zero-width marks) shift offsets; everything else
is a one-to-one character substitution, so the map is just the sorted list of deleted positions.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from dataclasses import dataclass

_charmap_encode = codecs.charmap_encode
_charmap_decode = codecs.charmap_decode

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
        deleted = self._deleted
        return index - bisect.bisect_left(deleted, index) if deleted else index

    def surface(self, start: int, end: int) -> str:
        if end <= start:
            return ""
        if not self._deleted:
            return self.original[start:end]
        return self.original[self.to_original(start) : self.to_original(end - 1) + 1]


def _fold_slow(text: str) -> tuple[str, list[int]]:
    """The folding itself: delete marks, substitute characters, lower-case, then hyphens between letters."""
    deleted = [m.start() for m in _DELETE_RE.finditer(text)] if not text.isascii() else []  # none are ASCII
    stripped = _DELETE_RE.sub("", text) if deleted else text
    folded = _translate(stripped).lower()
    if len(folded) != len(stripped):  # rare Unicode case mappings that change length
        folded = "".join(c.translate(_FOLD_TABLE).lower()[:1] or c for c in stripped)
    if "-" in folded:
        folded = _LETTER_HYPHEN_RE.sub(" ", folded)
    return folded, deleted


# Fast folding. Apart from the hyphens (done afterwards on the whole string), folding works character by
# character: a character is deleted or becomes exactly one character (str.lower() is context-free except
# for the Greek capital sigma, left out below). For reports written with at most 256 distinct characters
# known in advance, that is a charmap codec: encode with a one-to-one map (C speed), then decode with a
# table giving each byte the folded character (many-to-one allowed), deleted characters decoding to a
# marker that is then taken out. Any report with another character takes _fold_slow.
_MARK = "\uffff"  # never in a report that takes the fast path (it is no alphabet's character)


def _chars(*ranges: tuple[int, int] | str) -> list[str]:
    out = []
    for r in ranges:
        out.extend(r if isinstance(r, str) else (chr(cp) for cp in range(r[0], r[1] + 1)))
    return out


# Control characters other than tab and line breaks are left out (the engine blanks them before folding).
_COMMON_CHARS = _chars(
    "\x00\t\n\r", (0x20, 0x7E),
    "\u00a0\u00ab\u00bb\u00ad\u00b0\u00b7\u00b4\u02bc\u02bb\u02bf\u02be",
    (0x2010, 0x2015), (0x2018, 0x201F), "\u2022\u2026\u2032\u2033\u2009\u2002\u2003\u202f\u20ac\u00a3",
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), "\ufeff\ufe0f",
)
_ARABIC_CHARS = _chars(
    "\u060c\u061b\u061f", (0x0621, 0x0655), (0x0660, 0x066C), (0x0670, 0x0673),
    "\u067e\u0686\u0698\u06a9\u06aa\u06af\u06be\u06c0\u06c1\u06cc\u06d0", (0x06F0, 0x06F9), "\ufd3e\ufd3f",
)
_LATIN_CHARS = _chars(
    (0x00A1, 0x00AA), "\u00ac\u00ae\u00af", (0x00B1, 0x00B3), (0x00B5, 0x00B6), (0x00B8, 0x00BA),
    (0x00BC, 0x00FF), "\u0131\u015f\u015e\u011f\u0101\u0113\u012b\u014d\u016b\u0161\u0160\u017e\u017d\u010d"
    "\u0107\u0142\u0144\u015b",
)


@dataclass(slots=True, frozen=True)
class _Charmap:
    encoding: object  # codecs.charmap_build(...): character -> byte
    decoding: str  # byte -> folded character (_MARK: deleted)


def _build_charmap(chars: list[str]) -> _Charmap | None:
    kept, folded = [], []
    for ch in dict.fromkeys(chars):
        f, deleted = _fold_slow(ch)
        if ch in ("\u03a3", _MARK) or len(f) > 1 or (not f and not deleted):
            continue  # not one character for one (or context-dependent): such a character takes the slow way
        kept.append(ch)
        folded.append(f or _MARK)
    chars = kept
    if len(chars) > 256 or chars[0] != "\x00":
        return None
    pad = 256 - len(chars)
    encoding = codecs.charmap_build("".join(chars) + "\ufffe" * pad)
    if isinstance(encoding, dict):  # the codec's fast map could not be built: no gain
        return None
    return _Charmap(encoding, "".join(folded) + "\ufffe" * pad)


def _ascii_table() -> bytes:
    table = bytearray(range(256))
    for b in range(128):
        f, _ = _fold_slow(chr(b))
        assert len(f) == 1 and f.isascii()
        table[b] = ord(f)
    return bytes(table)


_ASCII_FOLD = _ascii_table()
_CHARMAPS = [m for m in (_build_charmap(_COMMON_CHARS + _ARABIC_CHARS), _build_charmap(_COMMON_CHARS + _LATIN_CHARS))
             if m is not None]


def folded_alphabet() -> set[str]:
    """The characters folding can produce for a report that takes the fast way."""
    out = {chr(b) for b in _ASCII_FOLD[:128]}
    for cmap in _CHARMAPS:
        out.update(ch for ch in cmap.decoding if ch not in (_MARK, "\ufffe"))
    return out


def _fold_charmap(text: str) -> tuple[str, list[int]] | None:
    """Folded text (hyphens aside) and deleted positions, or None if a character is in no charmap."""
    for cmap in _CHARMAPS:
        try:
            encoded = _charmap_encode(text, "strict", cmap.encoding)[0]
        except UnicodeEncodeError:
            continue
        folded = _charmap_decode(encoded, "strict", cmap.decoding)[0]
        deleted: list[int] = []
        if _MARK in folded:
            find = folded.find
            i = find(_MARK)
            while i >= 0:
                deleted.append(i)
                i = find(_MARK, i + 1)
            folded = folded.replace(_MARK, "")
        return folded, deleted
    return None


def word_mask(text: str) -> bytes:
    """One byte per character of `text`, 1 for a word character (str.isalnum() or "_"), then a 0."""
    return bytes([ch.isalnum() or ch == "_" for ch in text]) + b"\x00"


def fold(text: str) -> Folded:
    if text.isascii():
        folded = text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
        deleted: list[int] = []
    else:
        fast = _fold_charmap(text)
        if fast is None:
            folded, deleted = _fold_slow(text)
            return Folded(text, _single_quotes(text, folded, deleted), deleted)
        folded, deleted = fast
    if "-" in folded:
        folded = _LETTER_HYPHEN_RE.sub(" ", folded)
    return Folded(text, _single_quotes(text, folded, deleted), deleted)


# A word or phrase between single quotes: the opening one after no letter, the closing one before none (an
# apostrophe between letters, "Iran's", stays inside: 'Iran's proxies')
_SINGLE_QUOTED_RE = re.compile(r"(?<!\w)['‘`](?=\w)(?:[^'‘’`\n]|(?<=\w)['’](?=\w)){1,300}?(?<=[\w.,!?%)])['’](?!\w)")


def _single_quotes(text: str, folded: str, deleted: list[int]) -> str:
    """The folded text with quotation marks that are single quotes ('war crime', ‘aggression’) folded as double ones
    are, where apostrophes become spaces: the engine reads one kind of quote."""
    if "'" not in text and "‘" not in text and "`" not in text:
        return folded
    marks = [at for m in _SINGLE_QUOTED_RE.finditer(text) for at in (m.start(), m.end() - 1)]
    if not marks:
        return folded
    parts, last = [], 0
    for at in marks:
        at -= bisect.bisect_left(deleted, at) if deleted else 0  # (where it stands in the folded text)
        parts += [folded[last:at], '"']
        last = at + 1
    return "".join(parts) + folded[last:]


def fold_key(text: str) -> str:
    """Folded form of a lexicon entry, with runs of spaces collapsed."""
    return " ".join(fold(text).text.split())


def fold_set(words) -> set[str]:
    """The folded forms of lexicon entries, for looking a token up as it stands."""
    return {fold_key(w) for w in words}


ARABIC_RE = re.compile("[\u0600-\u06ff]")


def has_arabic(text: str) -> bool:
    return bool(ARABIC_RE.search(text))


# Sentence ends: . ! ? ؟ ; and line breaks. Abbreviations such as "U.S." and "Oct." do not end one.
_ABBREVIATIONS = {
    "u.s", "u.n", "u.k", "a.m", "p.m", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "st", "no", "vs", "e.g", "i.e",
    "jr", "sr", "rep", "sen", "gov", "adm", "cmdr", "corp", "inc", "co", "mt",
}
# Same matches as r"[.!?؟;؛]+(?=\s)|\n+" (a run of marks before a space, or of line breaks), written to
# start with one character class so the regex engine scans for the first character instead of
# trying both alternatives at every position (three times faster).
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]$")
_SENTENCE_END_RE = re.compile(r'[.!?؟;؛\n](?:(?<=\n)\n*|[.!?؟;؛]*["\u201d\u2019\u00bb]*(?=\s))')


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
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()) or _INITIALS_RE.match(last_word):
                continue  # ("the carrier George H.W. Bush dropped": initials, no end)
            if last_word.isdigit() and len(last_word) <= 2 and len(before) == 1 and (
                    start == 0 or text[start - 1] == "\n") and text[start : match.start()].strip() == last_word:
                continue  # "1. Anbar: two rockets ...": the number of a list item, not a sentence
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
