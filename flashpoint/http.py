"""What every HTTP app of flashpoint shares: /metrics, request metrics by route template, and
(for the read API) a short-lived response cache with ETags. Plain ASGI middleware: cheap per request."""

from __future__ import annotations

import asyncio
import hashlib
import time

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from flashpoint.metrics import HTTP_REQUESTS, HTTP_SECONDS


def _template(scope) -> str:
    # The route template, never the raw path: report ids must not become label values.
    route = scope.get("route")
    return getattr(route, "path", None) or scope.get("flashpoint.route") or "unmatched"


class RequestMetrics:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = {"code": 500}

        async def record_status(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            template, method = _template(scope), scope["method"]
            HTTP_REQUESTS.labels(template, method, str(status["code"])).inc()
            HTTP_SECONDS.labels(template, method).observe(time.perf_counter() - start)


class ResponseCache:
    """GET /v1/... answers kept for `seconds`, keyed by path and query; every 200 gets an ETag and
    Cache-Control, and a matching If-None-Match gets a 304. The data changes every few seconds, so
    clients, proxies and this cache may reuse an answer that long.

    Stale while revalidating: for another `seconds` after an answer expires, the next request for it
    still gets it at once while one background render replaces it, so a popular query never waits
    on the database (an answer is at most about twice `seconds` old, as Cache-Control says)."""

    def __init__(self, app, seconds: float, prefix: str = "/v1/") -> None:
        self.app = app
        self.seconds = seconds
        self.prefix = prefix
        self.entries: dict[bytes, tuple[float, int, list, bytes, bytes, str]] = {}
        self.refreshing: set[bytes] = set()
        self.tasks: set[asyncio.Task] = set()
        age = max(1, int(seconds))
        self.cache_control = f"public, max-age={age}, stale-while-revalidate={age}".encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefix):
            return await self.app(scope, receive, send)
        key = scope["path"].encode() + b"?" + scope.get("query_string", b"")
        entry = self.entries.get(key)
        age = time.monotonic() - entry[0] if entry is not None else None
        if age is None or age >= 2 * self.seconds:
            entry = await self._render(scope, receive, key)
            if entry is None:  # not cacheable: already sent
                return
        else:
            if age >= self.seconds and key not in self.refreshing:
                self.refreshing.add(key)
                task = asyncio.create_task(self._revalidate(dict(scope), key))
                self.tasks.add(task)
                task.add_done_callback(self.tasks.discard)
            scope["flashpoint.route"] = entry[5]
        _at, status, headers, body, etag, _route = entry
        if_none_match = dict(scope["headers"]).get(b"if-none-match")
        if if_none_match == etag:
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", etag), (b"cache-control", self.cache_control)]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _revalidate(self, scope, key: bytes) -> None:
        async def no_body():
            return {"type": "http.request", "body": b"", "more_body": False}

        try:
            entry = await self._render(scope, no_body, key)
            if entry is None or entry[1] != 200:
                self.entries.pop(key, None)  # the query fails now: the next request renders it itself
        except Exception:  # a failed refresh leaves the next request to render (and report) it
            self.entries.pop(key, None)
        finally:
            self.refreshing.discard(key)

    async def _render(self, scope, receive, key):
        start_message: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start_message.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        status = start_message.get("status", 500)
        headers = [(k, v) for k, v in start_message.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
        etag = b'"' + hashlib.sha256(body).hexdigest()[:32].encode() + b'"'
        if status == 200:
            headers += [(b"etag", etag), (b"cache-control", self.cache_control)]
        route = _template(scope)
        entry = (time.monotonic(), status, headers, body, etag, route)
        if status == 200 and self.seconds > 0:
            if len(self.entries) > 10_000:
                self.entries.clear()
            self.entries[key] = entry
        return entry


def instrument(app: FastAPI, cache_seconds: float | None = None) -> None:
    """Request metrics on every route, /metrics, and (when given) the response cache for /v1/."""
    if cache_seconds is not None:
        app.add_middleware(ResponseCache, seconds=cache_seconds)
    app.add_middleware(RequestMetrics)  # added last, so outermost: it sees cached answers too

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
