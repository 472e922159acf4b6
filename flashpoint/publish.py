"""`flashpoint publish FILE`: bulk import of JSON-lines reports to reports.raw, with progress.

Lines go to the topic as they are (ingest validates them and dead-letters the bad ones), so a
bulk import and a live feed take exactly the same path.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from flashpoint import kafka
from flashpoint.contracts import Topics
from flashpoint.settings import Settings


async def publish_lines(settings: Settings, lines, progress=None) -> int:
    await kafka.ensure_topics(settings)
    producer = kafka.producer(settings)
    await producer.start()
    sent = 0
    try:
        pending = []
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            pending.append(await producer.send(Topics.RAW, value=line.encode("utf-8")))
            sent += 1
            if len(pending) >= 500:
                await asyncio.gather(*pending)
                pending.clear()
                if progress:
                    progress(sent)
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    if progress:
        progress(sent)
    return sent


def publish_file(settings: Settings, path: str) -> int:
    if not settings.kafka_bootstrap_servers:
        print("KAFKA_BOOTSTRAP_SERVERS is not set (with `make run`, it is 127.0.0.1:9092)", file=sys.stderr)
        return 2
    if path != "-" and not Path(path).is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    start = time.monotonic()

    def progress(count: int) -> None:
        rate = count / max(time.monotonic() - start, 1e-6)
        print(f"\rpublished {count} reports ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)

    with (sys.stdin if path == "-" else open(path, encoding="utf-8", errors="surrogateescape")) as handle:
        sent = asyncio.run(publish_lines(settings, handle, progress))
    print(f"\npublished {sent} reports to {Topics.RAW}", file=sys.stderr)
    return 0
