"""Accepting reports: reasons for rejection, normalisation, stable ids, duplicate detection."""

from __future__ import annotations

import json

import pytest

from services.ingest.reports import RecentlySeen, Rejected, normalize, normalize_text, parse_raw

LIMIT = 10_000


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"not json", "not_json"),
        (b"\xff\xfe\x00", "not_utf8"),
        (b"[1, 2]", "invalid_schema"),
        (b'"text"', "invalid_schema"),
        (b"{}", "empty_text"),
        (b'{"text": ""}', "empty_text"),
        (b'{"text": 12}', "invalid_schema"),
        (b'{"text": "x", "published_at": "yesterday"}', "invalid_schema"),
        (b'{"text": "x", "id": "   "}', "invalid_schema"),
        (b'{"text": "' + b"a" * LIMIT + b'"}', "too_large"),
    ],
)
def test_rejections_carry_a_reason(payload, reason):
    with pytest.raises(Rejected) as caught:
        parse_raw(payload, LIMIT)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_markup_only_text_is_empty_after_normalisation():
    with pytest.raises(Rejected) as caught:
        normalize(parse_raw(b'{"text": "<p>&nbsp;</p> <br/> />"}', LIMIT))
    assert caught.value.reason == "empty_text"


def test_normalisation_of_the_seed_style_markup():
    raw = "استُهدفت قوات\n/>ورغم أن   أي جماعة\n/>- لماذا؟ &amp; <b>نص</b>\r\n\r\n"
    assert normalize_text(raw) == "استُهدفت قوات\nورغم أن أي جماعة\n- لماذا؟ & نص"


def test_unicode_is_nfc():
    decomposed = "e\u0301"  # e + combining acute
    assert normalize_text(decomposed) == "\u00e9"


def test_ids_are_given_or_content_hashes():
    with_id = normalize(parse_raw(json.dumps({"id": "wire-1", "text": "A  drone  attack"}).encode(), LIMIT))
    assert with_id.id == "wire-1" and with_id.text == "A drone attack"
    anonymous = normalize(parse_raw(json.dumps({"text": "A drone attack"}).encode(), LIMIT))
    again = normalize(parse_raw(json.dumps({"text": "<p>A drone attack</p>"}).encode(), LIMIT))
    assert anonymous.id == again.id == f"sha256-{anonymous.content_hash[:32]}"
    assert anonymous.content_hash == with_id.content_hash


def test_dates_without_zone_are_utc():
    report = normalize(parse_raw(b'{"text": "x y", "published_at": "2023-10-26"}', LIMIT))
    assert report.published_at.isoformat() == "2023-10-26T00:00:00+00:00"


def test_exact_resends_are_seen_and_memory_is_bounded():
    seen = RecentlySeen(size=2)
    a = normalize(parse_raw(b'{"id": "a", "text": "one"}', LIMIT))
    b = normalize(parse_raw(b'{"id": "b", "text": "two"}', LIMIT))
    c = normalize(parse_raw(b'{"id": "c", "text": "three"}', LIMIT))
    a_changed = normalize(parse_raw(b'{"id": "a", "text": "one, corrected"}', LIMIT))
    assert [seen.check_and_add(r) for r in (a, a, b, a_changed)] == [False, True, False, False]
    seen.check_and_add(c)
    assert seen.check_and_add(a) is False  # forgotten: the oldest entry was evicted
