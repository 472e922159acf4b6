"""The API's response cache: fresh answers reused, stale ones served while one refresh runs, ETags."""

import asyncio

import flashpoint.http as http
from flashpoint.http import ResponseCache


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def test_fresh_stale_and_expired_answers(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(http.time, "monotonic", clock)
    renders = []

    async def app(scope, receive, send):
        renders.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": f"v{len(renders)}".encode()})

    cache = ResponseCache(app, seconds=2.0)

    async def get(path: str = "/v1/counts", etag: bytes | None = None) -> tuple[int, bytes, dict]:
        sent = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            sent.append(message)

        headers = [(b"if-none-match", etag)] if etag else []
        await cache({"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": headers},
                    receive, send)
        return sent[0]["status"], sent[1]["body"], dict(sent[0]["headers"])

    async def scenario():
        status, body, headers = await get()
        assert (status, body, len(renders)) == (200, b"v1", 1)
        assert headers[b"cache-control"] == b"public, max-age=2, stale-while-revalidate=2"
        assert (await get(etag=headers[b"etag"]))[0] == 304  # the client's copy is still good
        clock.now += 1.0
        assert (await get())[1] == b"v1" and len(renders) == 1  # fresh: from memory
        clock.now += 1.5  # expired, within the stale window: the old answer now, one refresh behind it
        assert (await get())[1] == b"v1"
        assert (await get())[1] == b"v1"  # a second request does not start a second refresh
        await asyncio.gather(*cache.tasks)
        assert len(renders) == 2
        assert (await get())[1] == b"v2"
        clock.now += 10.0  # too old to serve: rendered while the client waits
        assert (await get())[1] == b"v3" and len(renders) == 3

    asyncio.run(scenario())
