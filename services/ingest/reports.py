"""Accepting a report: decode, validate, normalise, identify. Pure functions, shared by the Kafka
consumer, the HTTP endpoint and the bulk publisher."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import unicodedata
from collections import OrderedDict

from pydantic import ValidationError

from flashpoint.contracts import DeadLetterReason, NormalizedReport, RawReport


class Rejected(Exception):
    """A report that cannot be accepted, with a reason from a small fixed set."""

    def __init__(self, reason: DeadLetterReason, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>|<!--.*?-->", re.S)
# Fragments of tags cut in half by scrapers: a line starting with "/>", a stray "<br", "/>" alone.
_BROKEN_TAG_RE = re.compile(r"(?:^|(?<=\s))/?>|<\s*/?\s*[a-zA-Z]+\s*/?$|</?\s*(?:br|p|div|span)\b/?", re.M | re.I)
_BLOCK_TAG_RE = re.compile(r"<\s*(?:br|/p|p|/div|div|li|/li|h\d|/h\d)\b[^>]*>|/>", re.I)
_SPACES_RE = re.compile(r"[^\S\n]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """NFC; HTML entities and tags (also broken ones) removed; spaces collapsed; paragraphs kept."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BLOCK_TAG_RE.sub("\n", text)  # block tags end paragraphs
    text = _TAG_RE.sub(" ", text)
    text = html.unescape(text)
    text = _TAG_RE.sub(" ", text)  # tags that were escaped as entities
    text = _BROKEN_TAG_RE.sub(" ", text)
    text = _CONTROL_RE.sub(" ", text)
    lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_raw(payload: bytes, max_bytes: int) -> RawReport:
    if len(payload) > max_bytes:
        raise Rejected("too_large", f"{len(payload)} bytes, limit {max_bytes}")
    try:
        decoded = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("not_utf8", f"not UTF-8 at byte {exc.start}") from None
    try:
        data = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise Rejected("not_json", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    return validate(data)


def validate(data: object) -> RawReport:
    if not isinstance(data, dict):
        raise Rejected("invalid_schema", f"a report is a JSON object, got {type(data).__name__}")
    try:
        return RawReport.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "report"
        if first["loc"] == ("text",) and first["type"] in ("missing", "string_too_short"):
            raise Rejected("empty_text", "text is missing or empty") from None
        raise Rejected("invalid_schema", f"{where}: {first['msg']}") from None


def normalize(raw: RawReport, received_at: dt.datetime | None = None) -> NormalizedReport:
    text = normalize_text(raw.text)
    if not text:
        raise Rejected("empty_text", "text is empty after removing markup and whitespace")
    digest = content_hash(text)
    published = raw.published_at
    if isinstance(published, dt.date) and not isinstance(published, dt.datetime):
        published = dt.datetime(published.year, published.month, published.day, tzinfo=dt.timezone.utc)
    elif isinstance(published, dt.datetime) and published.tzinfo is None:
        published = published.replace(tzinfo=dt.timezone.utc)
    title = normalize_text(raw.title) if raw.title else None
    return NormalizedReport(
        id=raw.id or f"sha256-{digest[:32]}",
        content_hash=digest,
        text=text,
        title=title or None,
        lang=raw.lang.lower() if raw.lang else None,
        published_at=published,
        source=raw.source,
        url=raw.url,
        received_at=received_at or dt.datetime.now(dt.timezone.utc),
    )


class RecentlySeen:
    """Bounded memory of (id, content hash) pairs: exact re-sends are dropped at the door.

    Downstream writes are idempotent anyway; this only saves work. It forgets on restart.
    """

    def __init__(self, size: int = 100_000) -> None:
        self.size = size
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()

    def check_and_add(self, report: NormalizedReport) -> bool:
        """True when this exact report was seen before."""
        key = (report.id, report.content_hash)
        if key in self._seen:
            self._seen.move_to_end(key)
            return True
        self._seen[key] = None
        if len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return False
