"""A running pipeline for integration tests: `flashpoint run` in a child process, real broker,
real database, the services on free ports. Torn down with SIGTERM, as a user would."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import wait_until


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Pipeline:
    process: subprocess.Popen
    data_dir: Path
    log: Path
    bootstrap: str
    api: str
    ingest: str
    metrics: dict[str, str]
    database_url: str

    def get(self, path: str, **params) -> httpx.Response:
        return httpx.get(f"{self.api}{path}", params=params, timeout=10)

    def publish(self, topic: str, values: list[bytes], key: bytes | None = None) -> None:
        from aiokafka import AIOKafkaProducer

        async def send() -> None:
            producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all")
            await producer.start()
            try:
                for value in values:
                    await producer.send_and_wait(topic, value=value, key=key)
            finally:
                await producer.stop()

        asyncio.run(send())

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                raise
        return self.process.returncode


def processes_using(marker: str) -> list[int]:
    """Pids whose command line or environment mentions `marker` (our data directory)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            blob = (entry / "cmdline").read_bytes() + (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker.encode() in blob:
            found.append(int(entry.name))
    return found


def start_pipeline(tmp: Path, database_url: str | None, samples: bool = False,
                   extra_env: dict[str, str] | None = None) -> Pipeline:
    ports = {name: free_port() for name in ("kafka", "api", "ingest", "enrich", "aggregate")}
    env = dict(os.environ)
    env.update({
        "FLASHPOINT_DATA_DIR": str(tmp),
        "EMBEDDED_KAFKA_PORT": str(ports["kafka"]),
        "API_PORT": str(ports["api"]),
        "INGEST_PORT": str(ports["ingest"]),
        "ENRICH_METRICS_PORT": str(ports["enrich"]),
        "AGGREGATE_METRICS_PORT": str(ports["aggregate"]),
        "SAMPLES": "1" if samples else "0",
        "LOG_LEVEL": "WARNING",
        "MAX_REPORT_BYTES": "200000",
        "RECONCILE_SECONDS": "3",  # tests wait on conditions; a lost message is found within seconds
    })
    if database_url:
        env["DATABASE_URL"] = database_url
    env.update(extra_env or {})
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:  # against a real Kafka cluster: separate consumer groups per run
        env["CONSUMER_GROUP_PREFIX"] = f"flashpoint-test-{tmp.name}"
    log = tmp / f"run-{len(list(tmp.glob('run-*.log')))}.log"  # one per start: a restart keeps the first
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "run"], env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    pipeline = Pipeline(
        process=process, data_dir=tmp, log=log,
        database_url=database_url or f"sqlite:///{(tmp / 'flashpoint.db').resolve()}",
        bootstrap=external or f"127.0.0.1:{ports['kafka']}",
        api=f"http://127.0.0.1:{ports['api']}", ingest=f"http://127.0.0.1:{ports['ingest']}",
        metrics={"api": f"http://127.0.0.1:{ports['api']}/metrics",
                 "ingest": f"http://127.0.0.1:{ports['ingest']}/metrics",
                 "enrich": f"http://127.0.0.1:{ports['enrich']}/metrics",
                 "aggregate": f"http://127.0.0.1:{ports['aggregate']}/metrics"},
    )

    def running() -> bool:
        if process.poll() is not None:
            raise AssertionError(f"flashpoint run exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        return "flashpoint is running" in log.read_text(errors="replace")

    wait_until(running, timeout=120, what="flashpoint run to start")
    return pipeline


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def pipeline(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"pipeline-{request.param}")
    url = None
    if request.param == "postgresql":
        import uuid

        import psycopg

        from tests.conftest import POSTGRES_ADMIN_URL

        name = f"flashpoint_it_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1) + "/" + name
    running = start_pipeline(tmp, url)
    try:
        yield running
    finally:
        running.stop()
        if url:
            import psycopg

            from tests.conftest import POSTGRES_ADMIN_URL

            with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
