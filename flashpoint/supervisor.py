"""`flashpoint run`: the whole pipeline on one machine, in the foreground.

Starts the embedded broker unless KAFKA_BOOTSTRAP_SERVERS is set, migrates the database, starts
the four services as child processes (restarting any that dies), publishes the bundled samples (SAMPLES=0 skips them) and
waits. SIGINT or SIGTERM stops the services, then the broker, leaving no process behind.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from flashpoint.broker import EmbeddedBroker
from flashpoint.cli import SERVICES
from flashpoint.settings import Settings
from flashpoint.storage.db import migrate

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "reports.jsonl"


class _Stop(Exception):
    pass


def _raise_stop(_signum, _frame):
    raise _Stop


def _wait_http(url: str, timeout: float, children: list[subprocess.Popen]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for child in children:
            if child.poll() is not None:
                raise RuntimeError(f"a service exited early with status {child.returncode}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f}s")


def _stop_children(children: list[subprocess.Popen]) -> None:
    for child in children:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    for child in children:
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()


def run_all(settings: Settings) -> int:
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    broker: EmbeddedBroker | None = None
    children: list[subprocess.Popen] = []
    env = dict(os.environ)
    try:
        if not settings.kafka_bootstrap_servers:
            broker = EmbeddedBroker(settings.embedded_kafka_port, settings.flashpoint_data_dir / "broker").start()
            env["KAFKA_BOOTSTRAP_SERVERS"] = broker.bootstrap
            print(f"embedded broker on {broker.bootstrap}", flush=True)
        migrate(settings.resolved_database_url)
        env["DATABASE_URL"] = settings.resolved_database_url
        def spawn(service: str) -> subprocess.Popen:
            return subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "serve", service], env=env,
                                    start_new_session=True)

        for service in SERVICES:
            children.append(spawn(service))
        api = f"http://{settings.api_host}:{settings.api_port}"
        _wait_http(f"{api}/readyz", 60, children)
        _wait_http(f"http://{settings.api_host}:{settings.ingest_port}/healthz", 60, children)
        if os.environ.get("SAMPLES", "1") != "0" and SAMPLES.is_file():
            from flashpoint.publish import publish_lines

            run_settings = settings.model_copy(update={"kafka_bootstrap_servers": env["KAFKA_BOOTSTRAP_SERVERS"]})
            with open(SAMPLES, encoding="utf-8") as handle:
                sent = asyncio.run(publish_lines(run_settings, handle))
            print(f"published {sent} sample reports from {SAMPLES.name}", flush=True)
        print(f"flashpoint is running: API {api} (docs {api}/docs); "
              f"ingest http://{settings.api_host}:{settings.ingest_port}/v1/reports; Ctrl-C stops", flush=True)
        while True:
            # A service that dies is started again: it resumes from its committed offsets (and the
            # aggregate worker from its table changelogs), so nothing is lost or counted twice.
            for index, child in enumerate(children):
                if child.poll() is not None:
                    print(f"{SERVICES[index]} exited with status {child.returncode}; restarting it",
                          file=sys.stderr, flush=True)
                    children[index] = spawn(SERVICES[index])
            time.sleep(0.5)
    except _Stop:
        print("stopping", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _stop_children(children)
        if broker:
            broker.stop()
