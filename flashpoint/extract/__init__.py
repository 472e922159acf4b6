"""The pure extraction core: `extract(report_id, text, lang, published_at) -> Enrichment`.

No Kafka, HTTP or database here: the CLI, the enrich worker and the tests call the same function.
The lexicon and gazetteer are loaded once, on first use (or eagerly with `load()`).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from flashpoint.extract.engine import Extractor
from flashpoint.extract.facts import Enrichment


@lru_cache(maxsize=1)
def load() -> Extractor:
    return Extractor()


def extract(
    report_id: str,
    text: str | None,
    lang: str | None = None,
    published_at: dt.date | dt.datetime | str | None = None,
) -> Enrichment:
    return load().extract(report_id, text, lang, published_at)


__all__ = ["Enrichment", "extract", "load"]
