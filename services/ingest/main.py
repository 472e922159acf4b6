"""ingest: reports.raw (and POST /v1/reports) -> validate, normalise, identify -> reports.normalized.

What cannot be accepted goes to reports.deadletter with its reason and original bytes (Kafka) or
gets a 4xx with its reason (HTTP). Exact re-sends are dropped.
"""

from __future__ import annotations

import asyncio
import json
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from flashpoint import kafka
from flashpoint.contracts import NormalizedReport, Topics
from flashpoint.http import instrument
from flashpoint.metrics import DUPLICATES_DROPPED, MESSAGES_PRODUCED, Timer
from flashpoint.settings import Settings, get_settings
from services.ingest.reports import RecentlySeen, Rejected, normalize, parse_raw, validate

SERVICE = "ingest"
log = logging.getLogger(SERVICE)


def normalized_output(report: NormalizedReport) -> kafka.Output:
    # Keyed by report id: every version of one report lands on one partition, in order.
    return Topics.NORMALIZED, report.id, report.model_dump_json().encode("utf-8")


class Ingest:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.seen = RecentlySeen()

    def handle_record(self, record) -> list[kafka.Output]:
        payload = record.value or b""
        with Timer(SERVICE, "normalize"):
            try:
                report = normalize(parse_raw(payload, self.settings.max_report_bytes))
            except Rejected as rejected:
                return [kafka.dead_letter(SERVICE, rejected.reason, rejected.detail, payload, record)]
        if self.seen.check_and_add(report):
            DUPLICATES_DROPPED.labels(SERVICE).inc()
            return []
        return [normalized_output(report)]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    ingest = Ingest(settings)
    state: dict = {}

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await kafka.ensure_topics(settings)
        state["producer"] = kafka.producer(settings)
        await state["producer"].start()
        state["worker"] = asyncio.create_task(
            kafka.consume_forever(settings, SERVICE, Topics.RAW, ingest.handle_record)
        )
        state["worker"].add_done_callback(_stop_on_failure)
        try:
            yield
        finally:
            state["worker"].cancel()
            await asyncio.gather(state["worker"], return_exceptions=True)
            await state["producer"].stop()

    app = FastAPI(title="flashpoint ingest", version="1", lifespan=lifespan)
    instrument(app)

    @app.get("/healthz")
    def healthz() -> dict:
        worker = state.get("worker")
        return {"status": "ok", "consumer_running": bool(worker and not worker.done())}

    @app.post(
        "/v1/reports",
        status_code=202,
        summary="Submit one report or a batch (a JSON array)",
        responses={400: {"description": "body is not UTF-8 JSON"}, 413: {"description": "too large"},
                   422: {"description": "a report is invalid; nothing of the request was accepted"}},
    )
    async def post_reports(request: Request) -> JSONResponse:
        body = await request.body()
        limit = settings.max_report_bytes * 100
        if len(body) > limit:
            return _error(413, "too_large", f"{len(body)} bytes, limit {limit}")
        try:
            data = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError:
            return _error(400, "not_utf8", "request body is not UTF-8")
        except json.JSONDecodeError as exc:
            return _error(400, "not_json", f"request body is not JSON: {exc.msg}")
        items = data if isinstance(data, list) else [data]
        if not items:
            return _error(422, "empty_batch", "the batch is empty")
        accepted, errors = [], []
        for index, item in enumerate(items):
            try:
                size = len(json.dumps(item, ensure_ascii=False).encode("utf-8"))
                if size > settings.max_report_bytes:
                    raise Rejected("too_large", f"{size} bytes, limit {settings.max_report_bytes}")
                accepted.append(normalize(validate(item)))
            except Rejected as rejected:
                errors.append({"index": index, "reason": rejected.reason, "message": rejected.detail})
        if errors:
            return JSONResponse(status_code=422, content={"detail": errors})
        results = []
        for report in accepted:
            duplicate = ingest.seen.check_and_add(report)
            if duplicate:
                DUPLICATES_DROPPED.labels(SERVICE).inc()
            else:
                topic, key, value = normalized_output(report)
                await state["producer"].send_and_wait(topic, value=value, key=key.encode("utf-8"))
                MESSAGES_PRODUCED.labels(SERVICE, topic).inc()
            results.append({"id": report.id, "content_hash": report.content_hash, "duplicate": duplicate})
        return JSONResponse(status_code=202, content=results if isinstance(data, list) else results[0])

    return app


def _error(status: int, reason: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": [{"reason": reason, "message": message}]})


def _stop_on_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("consumer stopped: %r", task.exception())
        import os
        import signal

        os.kill(os.getpid(), signal.SIGTERM)  # let the supervisor restart us rather than serve half a service


def main() -> None:
    import uvicorn

    settings = get_settings()
    uvicorn.run(create_app(settings), host=settings.api_host, port=settings.ingest_port,
                log_level=settings.log_level.lower())
