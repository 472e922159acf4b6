"""Bad input never raises out of the core; it gets a clear error or an empty result."""

from __future__ import annotations

import pytest

from flashpoint.extract import extract
from flashpoint.extract.engine import MAX_TEXT_CHARS


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
