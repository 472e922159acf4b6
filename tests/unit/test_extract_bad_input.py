"""Bad input never raises out of the core; it gets a clear error or an empty result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.extract import engine, extract, load
from flashpoint.extract.engine import MAX_TEXT_CHARS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "text has no words"),
        ("   \n\t ", "text has no words"),
        ("1234567890 42 ٣٣", "text has no words"),
        (None, "text must be a string"),
        ("x" * (MAX_TEXT_CHARS + 1), "text too long"),
        ("\x00\x01\x02\x7f", "text has no words"),
    ],
)
def test_errors(text, error):
    facts = extract("bad", text)
    assert facts.error is not None and facts.error.startswith(error)
    assert facts.incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "\u202bاستهدف هجوم\u202c\u200f قاعدة عين الأسد \u200e(",
        '"unbalanced «quotes and (brackets',
        "mixed عربي and English في العراق in Iraq ١٢ drones",
        "\ufffd\ufffd binary \x89PNG\r\n\x1a junk " * 50,
        "حرب " * 5000,
        "Rockets hit \ud800 Erbil on Monday \udfff",  # lone surrogates, from broken UTF-16 upstream
    ],
)
def test_odd_text_does_not_raise(text):
    facts = extract("odd", text, published_at="2023-10-26")
    assert facts.error is None


def test_bad_published_at_is_an_error_not_an_exception():
    facts = extract("bad-date", "A drone attack hit Erbil", published_at="not a date")
    assert facts.error and facts.error.startswith("published_at")


def test_five_megabytes_is_refused_quickly():
    facts = extract("big", "هجوم " * 1_000_000)
    assert facts.error.startswith("text too long")


def test_reports_cut_off_anywhere_are_read_without_an_engine_error():
    """Feeds cut reports short ("..., the Pentagon said" with no full stop, a paragraph cut mid-sentence): every
    development report cut after a third and two thirds of its words, and whole without its last full stop, is read
    with no error (rules that looked one token past the end raised IndexError or TypeError here)."""
    failed = []
    for path in sorted(CORPUS.glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            words = item["text"].split(" ")
            for cut in {len(words) // 3, 2 * len(words) // 3, len(words)}:
                facts = extract(item["id"], " ".join(words[:cut]).rstrip("."), item.get("lang"), item.get("published_at"))
                if facts.error:
                    failed.append((item["id"], cut, facts.error))
    assert failed == []


def test_an_engine_bug_costs_one_report_an_error_not_an_exception(monkeypatch, caplog):
    def broken(*_args):
        raise IndexError("list index out of range")

    monkeypatch.setattr(load(), "_extract", broken)
    facts = extract("r1", "Rockets hit Erbil on Monday.", "en", "2024-01-01")
    assert facts.error == "extraction failed: IndexError (an engine bug, logged)"
    assert any(r.name == engine.__name__ and "r1" in r.getMessage() for r in caplog.records)
