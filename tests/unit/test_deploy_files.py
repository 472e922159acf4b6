"""Static checks of the deployment files: compose, Dockerfile, Prometheus and Grafana.

Nothing here needs Docker, a network or the application's code: the files are parsed and
cross-checked against each other and against the facts the services are built to
(ports, commands, metric names). promtool comes from Debian's `prometheus` package,
which `make test` installs (scripts/ensure-prometheus.sh).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
COMPOSE_SCHEMA = ROOT / "tests" / "data" / "compose-spec.json"
COMPOSE_SCHEMA_SHA256 = "bc50c2d79102aed8df21b3a13e56c9396c7a06da6cff5ce37629f2ee7eb41735"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
PROMETHEUS_CONFIG = ROOT / "deploy" / "prometheus" / "prometheus.yml"
PROMETHEUS_RULES_DIR = ROOT / "deploy" / "prometheus" / "rules"
GRAFANA_PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
GRAFANA_DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"

SERVED = {"ingest", "enrich", "aggregate", "api"}
# The port each process listens on for HTTP (and so /metrics): the setting that
# configures it and its default.
LISTEN_PORT_SETTING = {
    "api": ("API_PORT", 8000),
    "ingest": ("INGEST_PORT", 8001),
    "enrich": ("ENRICH_METRICS_PORT", 9101),
    "aggregate": ("AGGREGATE_METRICS_PORT", 9102),
}
# Third-party services that Prometheus may scrape, with their fixed ports.
THIRD_PARTY_PORTS = {"prometheus": {9090}, "grafana": {3000}}
REQUIRED_ENV = {
    "KAFKA_BOOTSTRAP_SERVERS",
    "DATABASE_URL",
    "API_HOST",
    "API_PORT",
    "INGEST_PORT",
    "ENRICH_METRICS_PORT",
    "AGGREGATE_METRICS_PORT",
    "METRICS_HOST",
    "FLASHPOINT_DATA_DIR",
    "LOG_LEVEL",
}
FLASHPOINT_METRICS = {
    "flashpoint_messages_consumed_total",
    "flashpoint_messages_produced_total",
    "flashpoint_messages_deadlettered_total",
    "flashpoint_processing_seconds",
    "flashpoint_build_info",
    "flashpoint_http_requests_total",
    "flashpoint_http_request_duration_seconds",
    "flashpoint_consumer_lag_messages",
    "flashpoint_consumer_lag_seconds",
    "flashpoint_end_to_end_seconds",
    "flashpoint_publication_to_visible_seconds",
    "flashpoint_db_write_errors_total",
    "flashpoint_enriched_reports_total",
    "flashpoint_extracted_incidents_total",
    "flashpoint_extracted_locations_total",
    "flashpoint_incidents_without_site_total",
    "flashpoint_incidents_written_total",
    "flashpoint_count_rows_written_total",
    "flashpoint_tallies_written_total",
    "flashpoint_last_processed_timestamp_seconds",
}


# ---------------------------------------------------------------- helpers


def _load_yaml(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def compose() -> dict:
    return _load_yaml(COMPOSE_FILE)


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _command(service: dict) -> list[str]:
    cmd = service.get("command")
    if cmd is None:
        return []
    if isinstance(cmd, str):
        return cmd.split()
    return [str(part) for part in cmd]


def _environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = (item.split("=", 1) for item in env)
        return {p[0]: (p[1] if len(p) > 1 else "") for p in pairs}
    return {k: ("" if v is None else str(v)) for k, v in env.items()}


def _build_dockerfile(service: dict) -> Path | None:
    """The Dockerfile a service is built from, resolved against the compose file, or None."""
    build = service.get("build")
    if build is None:
        return None
    if isinstance(build, str):
        context, dockerfile = build, "Dockerfile"
    else:
        context, dockerfile = build.get("context", "."), build.get("dockerfile", "Dockerfile")
    return (COMPOSE_FILE.parent / context / dockerfile).resolve()


def _flashpoint_services(services: dict) -> dict[str, dict]:
    return {
        name: svc
        for name, svc in services.items()
        if _build_dockerfile(svc) == DOCKERFILE.resolve()
    }


def _bind_mounts(service: dict) -> list[tuple[str, str]]:
    """(host source, container target) of every bind mount of a service."""
    mounts = []
    for vol in service.get("volumes") or []:
        if isinstance(vol, str):
            parts = vol.split(":")
            if len(parts) >= 2 and parts[0].startswith((".", "/", "~")):
                mounts.append((parts[0], parts[1]))
        elif vol.get("type") == "bind":
            mounts.append((vol["source"], vol["target"]))
    return mounts


def _listen_ports(name: str, service: dict) -> set[int]:
    if name in LISTEN_PORT_SETTING:
        setting, default = LISTEN_PORT_SETTING[name]
        return {int(_environment(service).get(setting, default))}
    return THIRD_PARTY_PORTS.get(name, set())


def _panels(dashboard: dict):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])  # panels folded into a collapsed row


def _dashboards() -> list[Path]:
    return sorted(GRAFANA_DASHBOARDS.glob("*.json"))


def _provisioned_datasources() -> list[dict]:
    sources = []
    for path in sorted((GRAFANA_PROVISIONING / "datasources").glob("*.y*ml")):
        sources.extend(_load_yaml(path).get("datasources") or [])
    return sources


# ---------------------------------------------------------------- compose


def test_vendored_compose_schema_is_unchanged():
    digest = hashlib.sha256(COMPOSE_SCHEMA.read_bytes()).hexdigest()
    assert digest == COMPOSE_SCHEMA_SHA256, "tests/data/compose-spec.json differs from the vendored copy"


def test_compose_file_matches_the_compose_specification(compose):
    schema = json.loads(COMPOSE_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    errors = sorted(
        jsonschema.Draft7Validator(schema).iter_errors(compose), key=lambda e: list(e.absolute_path)
    )
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors
    )


def test_every_image_is_pinned(services):
    for name, svc in services.items():
        image = svc.get("image")
        assert image, f"service {name} has no image"
        if name in _flashpoint_services(services):
            assert image == "flashpoint:latest", f"{name} should be tagged flashpoint:latest"
            continue
        repo, _, tag = image.rpartition(":")
        assert repo and tag and tag != "latest", f"service {name} uses an unpinned image {image!r}"


def test_expected_third_party_images(services):
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert re.fullmatch(r"[34]\.\d+\.\d+", services["kafka"]["image"].split(":", 1)[1])
    assert services["postgres"]["image"].startswith("postgres:16")
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert services["grafana"]["image"].startswith("grafana/grafana:")


def test_flashpoint_services_run_flashpoint_commands(services):
    built = _flashpoint_services(services)
    assert built, "no service is built from deploy/Dockerfile"
    served = set()
    for name, svc in built.items():
        cmd = _command(svc)
        assert cmd[:2] == ["flashpoint", "serve"] or cmd == ["flashpoint", "migrate"], (
            f"service {name} runs {cmd!r}, not `flashpoint serve X` or `flashpoint migrate`"
        )
        if cmd[:2] == ["flashpoint", "serve"]:
            assert len(cmd) == 3 and cmd[2] in SERVED, f"service {name}: unknown target {cmd[2:]}"
            assert cmd[2] == name, f"service {name} serves {cmd[2]}; name them alike"
            served.add(cmd[2])
    assert served == SERVED
    assert any(_command(svc) == ["flashpoint", "migrate"] for svc in built.values())


def test_flashpoint_services_environment_and_dependencies(services):
    for name, svc in _flashpoint_services(services).items():
        env = _environment(svc)
        missing = REQUIRED_ENV - env.keys()
        assert not missing, f"service {name} lacks {sorted(missing)}"
        assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
        assert env["DATABASE_URL"].startswith("postgresql+psycopg://")
        assert "@postgres:5432/" in env["DATABASE_URL"]
        assert env["API_HOST"] == "0.0.0.0" and env["METRICS_HOST"] == "0.0.0.0"
        for setting, default in LISTEN_PORT_SETTING.values():
            assert int(env[setting]) == default, f"{name}: {setting} should be {default}"
        deps = svc.get("depends_on") or {}
        assert isinstance(deps, dict), f"{name}: depends_on needs conditions"
        if _command(svc) == ["flashpoint", "migrate"]:
            assert deps["postgres"]["condition"] == "service_healthy"
            assert svc.get("restart", "no") == "no"
            continue
        assert deps["kafka"]["condition"] == "service_healthy"
        assert deps["postgres"]["condition"] == "service_healthy"
        assert deps["migrate"]["condition"] == "service_completed_successfully"


def test_health_conditions_have_healthchecks(services):
    for name, svc in services.items():
        for dep, spec in (svc.get("depends_on") or {}).items():
            assert dep in services, f"{name} depends on unknown service {dep}"
            if isinstance(spec, dict) and spec.get("condition") == "service_healthy":
                assert "healthcheck" in services[dep], f"{name} waits for {dep} to be healthy, which has no healthcheck"


def test_http_ports_are_published(services):
    published = {}
    for name, svc in services.items():
        for port in svc.get("ports") or []:
            text = str(port)
            host, _, container = text.rpartition(":")
            published.setdefault(name, set()).add(int(container.split("/")[0]))
    assert 8000 in published.get("api", set())
    assert 8001 in published.get("ingest", set())
    assert 3000 in published.get("grafana", set())


def test_kafka_is_single_node_kraft(services):
    env = _environment(services["kafka"])
    assert "controller" in env["KAFKA_PROCESS_ROLES"] and "broker" in env["KAFKA_PROCESS_ROLES"]
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"


def test_postgres_settings(services, compose):
    pg = services["postgres"]
    env = _environment(pg)
    assert env["POSTGRES_DB"] == env["POSTGRES_USER"] == env["POSTGRES_PASSWORD"] == "flashpoint"
    assert "pg_isready" in " ".join(pg["healthcheck"]["test"])
    named = [v.split(":")[0] for v in pg.get("volumes", []) if isinstance(v, str)]
    assert any(n in (compose.get("volumes") or {}) for n in named), "postgres data is not on a named volume"


def test_named_volumes_are_declared(services, compose):
    declared = set((compose.get("volumes") or {}).keys())
    for name, svc in services.items():
        for vol in svc.get("volumes") or []:
            source = vol.split(":")[0] if isinstance(vol, str) else vol.get("source", "")
            is_named = isinstance(vol, str) and not source.startswith((".", "/", "~"))
            is_named = is_named or (isinstance(vol, dict) and vol.get("type") == "volume")
            if is_named and source:
                assert source in declared, f"{name} mounts undeclared volume {source}"


def test_mounted_and_built_paths_exist(services):
    for name, svc in services.items():
        for source, _target in _bind_mounts(svc):
            path = (COMPOSE_FILE.parent / source).resolve()
            assert path.exists(), f"service {name} mounts {source}, which does not exist"
        dockerfile = _build_dockerfile(svc)
        if dockerfile is not None:
            assert dockerfile.is_file(), f"service {name} builds from missing {dockerfile}"
        for env_file in [svc["env_file"]] if isinstance(svc.get("env_file"), str) else svc.get("env_file") or []:
            path = env_file if isinstance(env_file, str) else env_file["path"]
            assert (COMPOSE_FILE.parent / path).exists(), f"service {name}: env_file {path} missing"


def test_observability_mounts(services):
    prom = dict((t, s) for s, t in _bind_mounts(services["prometheus"]))
    assert Path(prom["/etc/prometheus/prometheus.yml"]).as_posix().endswith("deploy/prometheus/prometheus.yml")
    assert Path(prom["/etc/prometheus/rules"]).as_posix().endswith("deploy/prometheus/rules")
    graf = dict((t, s) for s, t in _bind_mounts(services["grafana"]))
    assert Path(graf["/etc/grafana/provisioning"]).as_posix().endswith("deploy/grafana/provisioning")
    assert Path(graf["/var/lib/grafana/dashboards"]).as_posix().endswith("deploy/grafana/dashboards")
    env = _environment(services["grafana"])
    assert env["GF_AUTH_ANONYMOUS_ENABLED"].lower() == "true"
    assert env["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"


# ---------------------------------------------------------------- Dockerfile


def test_dockerfile():
    text = DOCKERFILE.read_text(encoding="utf-8")
    instructions = [
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    froms = [line for line in instructions if line.upper().startswith("FROM ")]
    assert froms and froms[-1].split()[1] == "python:3.11-slim"
    users = [line.split(None, 1)[1] for line in instructions if line.upper().startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"root", "0"}, "the image must not run as root"
    assert any(re.match(r"COPY\s+pyproject\.toml\s+README\.md\s+\./?$", line) for line in instructions)
    assert "pip install --no-cache-dir ." in text
    # the lexicon cache is built at image build time, after the install and before the unprivileged user
    warm = next(i for i, line in enumerate(instructions) if "from flashpoint.extract import load; load()" in line)
    assert instructions[warm].startswith("RUN cd / &&")
    assert next(i for i, line in enumerate(instructions) if "pip install --no-cache-dir ." in line) < warm
    assert warm < next(i for i, line in enumerate(instructions) if line.upper().startswith("USER "))
    cmd = [line for line in instructions if line.upper().startswith("CMD ")]
    assert cmd and json.loads(cmd[-1][4:]) == ["flashpoint", "serve", "api"]
    for line in instructions:
        if line.upper().startswith("COPY ") and "--from" not in line:
            for src in line.split()[1:-1]:
                if not src.startswith("--"):
                    assert src in {"pyproject.toml", "README.md", "flashpoint", "services"}, src


def test_dockerignore_keeps_what_the_build_copies():
    patterns = {
        line.strip() for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for needed in ("pyproject.toml", "README.md", "flashpoint", "services"):
        assert needed not in patterns
    for excluded in (".venv", "var", ".git"):
        assert excluded in patterns
    assert any("__pycache__" in p for p in patterns)


# ---------------------------------------------------------------- Prometheus


@pytest.fixture(scope="module")
def prometheus_config() -> dict:
    return _load_yaml(PROMETHEUS_CONFIG)


def test_scrape_targets_are_compose_services_on_their_ports(prometheus_config, services):
    scraped = set()
    for job in prometheus_config["scrape_configs"]:
        assert job.get("metrics_path", "/metrics") == "/metrics"
        for static in job.get("static_configs", []):
            assert "service" not in (static.get("labels") or {}), "would clash with the metrics' own service label"
            for target in static["targets"]:
                host, _, port = target.rpartition(":")
                assert host in services, f"job {job['job_name']}: {host} is not a compose service"
                assert int(port) in _listen_ports(host, services[host]), (
                    f"job {job['job_name']}: {host} does not listen on {port}"
                )
                if host in SERVED:
                    assert job["job_name"].startswith("flashpoint-"), job["job_name"]
                    scraped.add(host)
    assert scraped == SERVED, f"not scraped: {sorted(SERVED - scraped)}"


def test_scrape_interval_and_rule_files(prometheus_config, services):
    assert prometheus_config["global"]["scrape_interval"] == "15s"
    assert prometheus_config["rule_files"] == ["/etc/prometheus/rules/*.yml"]
    assert list(PROMETHEUS_RULES_DIR.glob("*.yml")), "no rule file would be loaded"


def test_alert_rules_are_annotated():
    alerts = {}
    for path in sorted(PROMETHEUS_RULES_DIR.glob("*.yml")):
        for group in _load_yaml(path)["groups"]:
            for rule in group["rules"]:
                if "alert" not in rule:
                    continue
                annotations = rule.get("annotations") or {}
                assert annotations.get("summary") and annotations.get("description"), rule["alert"]
                alerts[rule["alert"]] = rule
    exprs = " ".join(r["expr"] for r in alerts.values())
    assert 'up{job=~"flashpoint-.*"} == 0' in exprs
    assert "flashpoint_messages_deadlettered_total" in exprs
    assert "reports.enriched" in exprs
    durations = sorted(r.get("for") for r in alerts.values())
    assert "2m" in durations and "10m" in durations


def test_promtool_accepts_config_and_rules(tmp_path):
    assert shutil.which("promtool"), "promtool missing: run scripts/ensure-prometheus.sh (Debian package prometheus)"
    rules = sorted(str(p) for p in PROMETHEUS_RULES_DIR.glob("*.yml"))
    result = subprocess.run(["promtool", "check", "rules", *rules], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # The config names the rules by their path inside the container; point it at the repo.
    config = PROMETHEUS_CONFIG.read_text(encoding="utf-8").replace(
        "/etc/prometheus/rules/", f"{PROMETHEUS_RULES_DIR.as_posix()}/"
    )
    local = tmp_path / "prometheus.yml"
    local.write_text(config, encoding="utf-8")
    result = subprocess.run(["promtool", "check", "config", str(local)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------- Grafana


def test_datasources_provisioned():
    sources = {ds["uid"]: ds for ds in _provisioned_datasources()}
    assert sources["prometheus"]["type"] == "prometheus"
    assert sources["prometheus"]["url"] == "http://prometheus:9090"
    db = sources["flashpoint-db"]
    assert db["type"] in {"postgres", "grafana-postgresql-datasource"}
    assert db["url"] == "postgres:5432"
    assert (db.get("jsonData") or {}).get("database", db.get("database")) == "flashpoint"


def test_dashboard_provider_points_at_mounted_directory():
    providers = []
    for path in sorted((GRAFANA_PROVISIONING / "dashboards").glob("*.y*ml")):
        providers.extend(_load_yaml(path).get("providers") or [])
    assert providers
    assert any(
        p.get("type", "file") == "file" and p["options"]["path"] == "/var/lib/grafana/dashboards" for p in providers
    )


def test_there_are_dashboards():
    names = [p.name for p in _dashboards()]
    assert "pipeline-health.json" in names
    assert "incident-picture.json" in names


@pytest.mark.parametrize("path", _dashboards(), ids=lambda p: p.name)
def test_dashboard_is_consistent(path):
    dashboard = json.loads(path.read_text(encoding="utf-8"))
    uids = {ds["uid"] for ds in _provisioned_datasources()}
    assert dashboard.get("uid") and dashboard.get("title")
    assert isinstance(dashboard.get("schemaVersion"), int)
    ids = [p["id"] for p in _panels(dashboard)]
    assert len(ids) == len(set(ids)), f"duplicate panel ids in {path.name}: {ids}"
    assert all(isinstance(i, int) for i in ids)
    for panel in _panels(dashboard):
        if panel.get("type") == "row":
            continue
        where = f"{path.name} panel {panel['id']} ({panel.get('title')})"
        assert panel.get("description"), f"{where}: no description"
        assert panel["fieldConfig"]["defaults"].get("unit"), f"{where}: no unit"
        assert panel["datasource"]["uid"] in uids, f"{where}: unknown datasource {panel['datasource']}"
        assert panel.get("targets"), f"{where}: no queries"
        for target in panel["targets"]:
            ds = target.get("datasource") or panel["datasource"]
            assert ds["uid"] in uids, f"{where}: query {target.get('refId')} uses unknown datasource {ds}"
        for box in ("x", "y", "w", "h"):
            assert isinstance(panel["gridPos"][box], int)
        assert panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24


def test_pipeline_health_dashboard_contents():
    dashboard = json.loads((GRAFANA_DASHBOARDS / "pipeline-health.json").read_text(encoding="utf-8"))
    assert dashboard["uid"] == "flashpoint-pipeline"
    assert dashboard["schemaVersion"] == 39
    panels = [p for p in _panels(dashboard) if p.get("type") != "row"]
    assert all(p["type"] in {"timeseries", "stat", "table"} for p in panels)
    assert sum(p["type"] == "timeseries" for p in panels) >= 15
    for panel in panels:
        assert panel["datasource"] == {"type": "prometheus", "uid": "prometheus"}
    exprs = [t["expr"] for p in panels for t in p["targets"]]
    joined = "\n".join(exprs)
    for metric in (
        "flashpoint_messages_consumed_total",
        "flashpoint_messages_produced_total",
        "flashpoint_messages_deadlettered_total",
        "flashpoint_processing_seconds_bucket",
        "flashpoint_http_requests_total",
        "flashpoint_http_request_duration_seconds_bucket",
    ):
        assert metric in joined, f"no panel queries {metric}"
    for q in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({q}, sum by (le, service, stage) (rate(flashpoint_processing_seconds_bucket" in joined
    # every flashpoint_* metric named in a query is one the services export
    for name in re.findall(r"\b(flashpoint_[a-z_]+?)(?:_bucket|_sum|_count)?\b(?=[\[{(\s)])", joined):
        assert name in FLASHPOINT_METRICS, f"unknown metric {name}"
