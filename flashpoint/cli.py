"""The `flashpoint` command: one way to start anything.

  flashpoint run                      broker (unless KAFKA_BOOTSTRAP_SERVERS) + all four services
  flashpoint serve ingest|enrich|aggregate|api
  flashpoint publish FILE             bulk import: JSON lines to reports.raw
  flashpoint enrich                   JSON lines on stdin -> facts as JSON lines on stdout
  flashpoint migrate                  bring the database schema up to date
"""

from __future__ import annotations

import argparse
import logging
import sys

SERVICES = ("ingest", "enrich", "aggregate", "api")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flashpoint", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start the embedded broker (unless configured) and every service")
    serve = commands.add_parser("serve", help="start one service in the foreground")
    serve.add_argument("service", choices=SERVICES)
    publish = commands.add_parser("publish", help="publish a JSON-lines file of reports to reports.raw")
    publish.add_argument("file", help="path, or - for standard input")
    commands.add_parser("enrich", help="read reports as JSON lines on stdin, write facts as JSON lines")
    commands.add_parser("migrate", help="apply database migrations")
    args = parser.parse_args(argv)

    from flashpoint.settings import get_settings

    settings = get_settings()
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)

    if args.command == "enrich":
        from flashpoint.enrich_cli import run

        return run(sys.stdin, sys.stdout)
    if args.command == "migrate":
        from flashpoint.storage.db import migrate

        migrate(settings.resolved_database_url)
        print(f"database at the latest schema: {_redact(settings.resolved_database_url)}")
        return 0
    if args.command == "publish":
        from flashpoint.publish import publish_file

        return publish_file(settings, args.file)
    if args.command == "run":
        from flashpoint.supervisor import run_all

        return run_all(settings)
    if args.command == "serve":
        import importlib

        importlib.import_module(f"services.{args.service}.main").main()
        return 0
    return 2


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


if __name__ == "__main__":
    sys.exit(main())
