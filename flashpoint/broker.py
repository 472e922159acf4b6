"""The embedded development broker: a Kafka-protocol server for `make run` and the tests.

It is noida-db (pinned by version and hash in deploy/requirements-broker.txt), a closed binary
that keeps its data in one JSON file: fine for development and tests, not for production.
Everything about it stays in this module (start, wait until ready, stop) so it can be swapped.
With KAFKA_BOOTSTRAP_SERVERS set, nothing here runs.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    pass


def _binary() -> str:
    beside_python = Path(sys.executable).with_name("noida-db")
    found = str(beside_python) if beside_python.exists() else shutil.which("noida-db")
    if not found:
        raise BrokerError(
            "noida-db is not installed: run `make install` (or set KAFKA_BOOTSTRAP_SERVERS to use your own Kafka)"
        )
    return found


async def broker_ready(bootstrap: str, timeout: float = 2.0) -> bool:
    """True when the broker answers a metadata request (its port opens before it is ready)."""
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout)
        await asyncio.wait_for(admin.list_topics(), timeout)
        return True
    except Exception:  # not up yet: any failure means "ask again"
        return False
    finally:
        try:
            await admin.close()
        except Exception:  # closing a client that never connected may fail; nothing to clean
            pass


class EmbeddedBroker:
    def __init__(self, port: int, data_dir: Path) -> None:
        self.port = port
        self.data_dir = Path(data_dir)
        self.process: subprocess.Popen | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> "EmbeddedBroker":
        import socket

        with socket.socket() as probe:  # a broker left running elsewhere would answer in our place
            if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                raise BrokerError(f"port {self.port} is already in use: stop what runs there, "
                                  "or choose another with EMBEDDED_KAFKA_PORT")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.data_dir / "broker.log"
        with open(log_path, "ab") as log_file:
            self.process = subprocess.Popen(
                [_binary(), "start", "--only", "kafka", "--kafka-port", str(self.port),
                 "--data-dir", str(self.data_dir)],
                stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrokerError(f"embedded broker exited with {self.process.returncode}; see {log_path}")
            if asyncio.run(broker_ready(self.bootstrap)):
                log.info("embedded broker ready on %s (data in %s)", self.bootstrap, self.data_dir)
                return self
            time.sleep(0.2)
        self.stop()
        raise BrokerError(f"embedded broker not ready after {timeout:.0f}s; see {log_path}")

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
