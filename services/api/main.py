"""api: the read side. Incidents, counts, stated tallies and reports from the database, over HTTP.

Responses carry an ETag (a hash of the body; If-None-Match gets a 304) and a short Cache-Control,
and identical queries within API_CACHE_SECONDS are served from memory (flashpoint.http): the data
changes every few seconds, so clients and proxies may reuse an answer that long.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import logging
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import and_, func, or_, select
from sqlmodel import Session

from flashpoint.http import instrument
from flashpoint.settings import Settings, get_settings
from flashpoint.storage import models
from flashpoint.storage.models import INCIDENT_DOCUMENT_FIELDS, incident_document
from flashpoint.storage.db import get_engine, migrate, ping
from services.api.count_index import LiveCountIndex

log = logging.getLogger("api")

DIMENSIONS = ("country", "admin1", "actor", "weapon", "target")
ROLES = ("claimant", "alleged", "sponsor")
WINDOWS = {"1d": 1, "7d": 7, "30d": 30}


def get_session(request: Request):
    with Session(get_engine(request.app.state.database_url)) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
CountryParam = Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code", examples=["IQ"])]
FromParam = Annotated[dt.date | None, Query(alias="from", description="first event day, inclusive", examples=["2023-10-17"])]
ToParam = Annotated[dt.date | None, Query(alias="to", description="last event day, inclusive", examples=["2023-10-24"])]


class IncidentOut(BaseModel):
    id: str
    event_date: dt.date | None = Field(description="the day it happened; null when the reports give no single day")
    date_start: dt.date | None
    date_end: dt.date | None
    country_code: str | None
    admin1: str | None
    place_name: str | None
    place_kind: str | None
    lat: float | None
    lon: float | None
    precision: int | None = Field(description="1 named site or town, 2 near a town or part of a region, 3 province/country")
    weapons: list[str]
    killed: int | None
    injured: int | None
    claimed_by: list[str]
    attributed_to: list[str]
    sponsors: list[str]
    targets: list[str]
    n_reports: int
    n_sources: int
    first_seen: dt.datetime | None
    last_seen: dt.datetime | None
    version: int
    updated_at: dt.datetime


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last page")


class SourceReport(BaseModel):
    report_id: str
    source: str | None
    received_at: dt.datetime | None
    facts: dict[str, Any] = Field(description="the incident as this report described it")


class IncidentDetail(IncidentOut):
    reports: list[SourceReport]


class CountRow(BaseModel):
    key: str
    count: int
    period: dt.date | None = None


class Counts(BaseModel):
    group_by: str
    from_: dt.date | None = Field(alias="from")
    to: dt.date | None
    interval: str | None = None
    window: str | None = None
    counts: list[CountRow]

    model_config = {"populate_by_name": True}


class TallyOut(BaseModel):
    id: str
    report_id: str
    count: int = Field(description="what the report says")
    country_code: str | None
    start: dt.date | None
    end: dt.date | None
    source: str | None
    weapons: list[str]
    text: str
    observed: int | None = Field(description="incidents flashpoint counted in the same country and period")


class ReportOut(BaseModel):
    id: str
    content_hash: str
    text: str
    title: str | None
    lang: str | None
    published_at: dt.datetime | None
    source: str | None
    url: str | None
    received_at: dt.datetime
    enrichment: dict[str, Any]


def bad_parameter(name: str, message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=[{"loc": ["query", name], "msg": message, "type": "value_error"}])


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="flashpoint",
        version="1",
        description="Counted, located, attributed conflict incidents from Arabic and English reports.",
    )
    app.state.database_url = settings.resolved_database_url
    app.state.counts = LiveCountIndex(settings.resolved_database_url, settings.api_counts_refresh_seconds)
    # ETag, Cache-Control and the few-seconds response cache live in flashpoint.http.ResponseCache.
    instrument(app, cache_seconds=settings.api_cache_seconds)

    def respond(render) -> Response:
        body, media_type = render()
        return Response(content=body, media_type=media_type)

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], responses={503: {"description": "the database does not answer"}})
    def readyz() -> JSONResponse:
        try:
            ping(app.state.database_url)
        except Exception as exc:  # any database failure means "not ready", reported with its cause
            return JSONResponse(status_code=503, content={"status": "unavailable", "reason": str(exc)[:200]})
        return JSONResponse({"status": "ready"})

    @app.get("/v1/incidents", tags=["incidents"], response_model=IncidentPage,
             summary="Incidents, filtered; cursor-paginated; as JSON, CSV or GeoJSON",
             responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}})
    def list_incidents(
        db: SessionDep,
        country: CountryParam = None,
        admin1: Annotated[str | None, Query(max_length=200, examples=["Anbar"])] = None,
        actor: Annotated[str | None, Query(max_length=200, examples=["Islamic Resistance in Iraq"])] = None,
        role: Annotated[Literal["claimant", "alleged", "sponsor"] | None, Query(description="with actor")] = None,
        weapon: Annotated[Literal["drone", "rocket", "missile", "mortar", "ied", "small_arms", "airstrike",
                                  "artillery"] | None, Query()] = None,
        target: Annotated[str | None, Query(max_length=200, examples=["US forces"])] = None,
        from_: FromParam = None,
        to: ToParam = None,
        bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat", examples=["38,29,49,38"])] = None,
        min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None,
        updated_since: Annotated[dt.datetime | None, Query(description="incremental sync: changed since (ISO time)")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        cursor: Annotated[str | None, Query(max_length=500, description="from the previous page's next_cursor")] = None,
        format: Annotated[Literal["json", "csv", "geojson"], Query()] = "json",
    ) -> Response:
        _check_range(from_, to)
        query = select(models.Incident)
        conditions = []
        if country:
            conditions.append(models.Incident.country_code == country.upper())
        if admin1:
            conditions.append(models.Incident.admin1 == admin1)
        if role and not actor:
            raise bad_parameter("role", "role filters an actor: give actor too")
        tag = models.IncidentTag

        def tagged(*wanted: str):
            # A weapon is on a large share of incidents: EXISTS, probed per row through the
            # (incident_id, tag) key while the page is read in index order, stops after one page.
            return select(tag.incident_id).where(tag.incident_id == models.Incident.id, tag.tag.in_(wanted)).exists()

        def tagged_rarely(*wanted: str):
            # An actor or target is usually on few incidents: collect them first through the tag index.
            return models.Incident.id.in_(select(tag.incident_id).where(tag.tag.in_(wanted)))

        if actor:
            conditions.append(tagged_rarely(*([f"actor|{role}|{actor}"] if role else
                                              [f"actor|{r}|{actor}" for r in ROLES])))
        if target:
            conditions.append(tagged_rarely(f"target|{target}"))
        if weapon:
            conditions.append(tagged(f"weapon|{weapon}"))
        if from_:
            conditions.append(models.Incident.event_date >= from_)
        if to:
            conditions.append(models.Incident.event_date <= to)
        if bbox:
            min_lon, min_lat, max_lon, max_lat = _parse_bbox(bbox)
            conditions += [models.Incident.lon >= min_lon, models.Incident.lon <= max_lon,
                           models.Incident.lat >= min_lat, models.Incident.lat <= max_lat]
        if min_sources:
            conditions.append(models.Incident.n_sources >= min_sources)
        event_date = models.Incident.event_date
        if updated_since is not None:
            since = updated_since if updated_since.tzinfo else updated_since.replace(tzinfo=dt.timezone.utc)
            conditions.append(models.Incident.updated_at >= since)
            order = (models.Incident.updated_at.asc(), models.Incident.id.asc())
        else:  # newest event day first, undated last; keyset pagination on (event_date, id), both descending
            postgres = db.get_bind().dialect.name == "postgresql"
            order = (event_date.desc().nulls_last() if postgres else event_date.desc(), models.Incident.id.desc())
        if cursor:
            position, last_id = _decode_cursor(cursor)
            if updated_since is not None:
                at = dt.datetime.fromisoformat(position)
                conditions.append(or_(models.Incident.updated_at > at,
                                      and_(models.Incident.updated_at == at, models.Incident.id > last_id)))
            elif position == "undated":
                conditions.append(and_(event_date.is_(None), models.Incident.id < last_id))
            else:
                day = dt.date.fromisoformat(position)
                conditions.append(or_(event_date < day, event_date.is_(None),
                                      and_(event_date == day, models.Incident.id < last_id)))
        if conditions:
            query = query.where(and_(*conditions))

        def render() -> tuple[bytes, str]:
            # The hot path: each incident's JSON was rendered when it was written (incident.document).
            inc = models.Incident
            rows = db.execute(query.with_only_columns(inc.id, inc.event_date, inc.updated_at, inc.document)
                              .order_by(*order).limit(limit + 1)).all()
            page = rows[:limit]
            documents = [row.document for row in page]
            if None in documents:  # rows written before documents existed: render them from their columns
                documents = _documents_from_columns(db, [row.id for row in page], documents)
            next_cursor = None
            if len(rows) > limit:
                last = page[-1]
                position = (last.updated_at.isoformat() if updated_since is not None
                            else last.event_date.isoformat() if last.event_date else "undated")
                next_cursor = _encode_cursor(position, last.id)
            if format == "json":
                body = '{"items": [' + ", ".join(documents) + '], "next_cursor": ' + json.dumps(next_cursor) + "}"
                return body.encode("utf-8"), "application/json"
            items = [json.loads(document) for document in documents]
            if format == "csv":
                return _csv(items), "text/csv; charset=utf-8"
            return _geojson(items, next_cursor), "application/geo+json"

        return respond(render)

    @app.get("/v1/incidents/{incident_id}", tags=["incidents"], response_model=IncidentDetail,
             responses={404: {"description": "no such incident"}})
    def get_incident(db: SessionDep,
                     incident_id: Annotated[str, Path(max_length=64)]) -> Response:
        row = db.get(models.Incident, incident_id)
        if row is None:
            raise HTTPException(status_code=404, detail=f"no incident with id {incident_id!r}")
        links = db.execute(select(models.IncidentReport).where(models.IncidentReport.incident_id == incident_id)
                           .order_by(models.IncidentReport.received_at, models.IncidentReport.report_id)).scalars().all()
        detail = IncidentDetail(**IncidentOut.model_validate(row, from_attributes=True).model_dump(),
                                reports=[SourceReport.model_validate(link, from_attributes=True) for link in links])
        return respond(lambda: (detail.model_dump_json().encode("utf-8"), "application/json"))

    @app.get("/v1/counts", tags=["counts"], response_model=Counts,
             responses={503: {"description": "the day counts have not been read from the database yet"}},
             summary="Incidents (not reports) per group over event days",
             description="Totals for the period, a time series with `interval`, or rolling counts with `window` "
                         "(ending at `to`, default today). Only incidents with a known day are counted.")
    async def counts(
        group_by: Annotated[Literal["country", "admin1", "actor", "weapon", "target"], Query()] = "country",
        from_: FromParam = None,
        to: ToParam = None,
        interval: Annotated[Literal["day", "week", "month"] | None, Query(description="time series")] = None,
        window: Annotated[Literal["1d", "7d", "30d"] | None, Query(description="rolling count ending at `to`")] = None,
        role: Annotated[Literal["claimant", "alleged", "sponsor"] | None,
                        Query(description="with group_by=actor: only this role")] = None,
        country: CountryParam = None,
    ) -> Response:
        if window:
            if from_:
                raise bad_parameter("window", "give either window or from, not both")
            to = to or dt.date.today()
            from_ = to - dt.timedelta(days=WINDOWS[window] - 1)
        _check_range(from_, to)
        if role and group_by != "actor":
            raise bad_parameter("role", "role goes with group_by=actor")
        prefix = None  # keys are "IQ", "IQ|Anbar", "claimant|<actor>": a filter is a key prefix
        if role:
            prefix = f"{role}|"
        elif country and group_by in ("country", "admin1"):
            prefix = country.upper()
        # Answered from memory (services/api/count_index.py): no query per request.
        try:
            index = await app.state.counts.current()
        except Exception as exc:  # no copy yet and the database does not answer
            raise HTTPException(status_code=503, detail=f"counts are not available yet: {str(exc)[:200]}") from None
        if interval:
            out = index.series(group_by, from_, to, interval, prefix)
        else:
            out = index.totals(group_by, from_, to, prefix)
        body = {"group_by": group_by, "from": from_.isoformat() if from_ else None,
                "to": to.isoformat() if to else None, "interval": interval, "window": window, "counts": out}
        return Response(content=json.dumps(body, ensure_ascii=False).encode("utf-8"), media_type="application/json")

    @app.get("/v1/tallies", tags=["tallies"], response_model=list[TallyOut],
             summary="Counts that reports state, with their source, beside what flashpoint observed",
             description="A tally is a claim (\"the Pentagon says 10 attacks in Iraq\"); it is never added to "
                         "incident counts. `observed` is flashpoint's own count for the same country and period.")
    def tallies(db: SessionDep, country: CountryParam = None,
                source: Annotated[str | None, Query(max_length=200, examples=["Pentagon"])] = None,
                from_: FromParam = None, to: ToParam = None) -> Response:
        _check_range(from_, to)
        t = models.Tally
        conditions = []
        if country:
            conditions.append(t.country_code == country.upper())
        if source:
            conditions.append(t.source == source)
        if from_:
            conditions.append(or_(t.end >= from_, t.end.is_(None)))
        if to:
            conditions.append(or_(t.start <= to, t.start.is_(None)))

        def render() -> tuple[bytes, str]:
            rows = db.execute(select(t).where(and_(*conditions)) if conditions else select(t)).scalars().all()
            out = []
            for row in sorted(rows, key=lambda r: (r.start or dt.date.min, r.id)):
                item = TallyOut.model_validate({**row.model_dump(), "observed": _observed(db, row)})
                out.append(item.model_dump(mode="json"))
            return json.dumps(out, ensure_ascii=False).encode("utf-8"), "application/json"

        return respond(render)

    @app.get("/v1/reports/{report_id}", response_model=ReportOut, tags=["reports"],
             responses={404: {"description": "no such report"}})
    def get_report(db: SessionDep, report_id: Annotated[str, Path(max_length=200)]) -> Response:
        row = db.get(models.Report, report_id)
        if row is None:
            raise HTTPException(status_code=404, detail=f"no report with id {report_id!r}")
        out = ReportOut.model_validate(row, from_attributes=True)
        return respond(lambda: (out.model_dump_json().encode("utf-8"), "application/json"))

    return app


def _observed(db: Session, tally: models.Tally) -> int | None:
    if not (tally.start and tally.end):
        return None
    dc = models.DailyCount
    conditions = [dc.dimension == "country", dc.day >= tally.start, dc.day <= tally.end]
    if tally.country_code:
        conditions.append(dc.key == tally.country_code)
    return int(db.execute(select(func.coalesce(func.sum(dc.count), 0)).where(and_(*conditions))).scalar_one())


def _check_range(from_: dt.date | None, to: dt.date | None) -> None:
    if from_ and to and from_ > to:
        raise bad_parameter("from", f"from ({from_}) is after to ({to})")


def _parse_bbox(value: str) -> tuple[float, float, float, float]:
    try:
        min_lon, min_lat, max_lon, max_lat = (float(part) for part in value.split(","))
    except ValueError:
        raise bad_parameter("bbox", "bbox is four numbers: minlon,minlat,maxlon,maxlat") from None
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise bad_parameter("bbox", "bbox must satisfy -180<=minlon<=maxlon<=180 and -90<=minlat<=maxlat<=90")
    return min_lon, min_lat, max_lon, max_lat


def _encode_cursor(position: str, last_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([position, last_id]).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        position, last_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if "T" in position:
            dt.datetime.fromisoformat(position)
        elif position != "undated":
            dt.date.fromisoformat(position)
        return str(position), str(last_id)
    except (ValueError, TypeError):
        raise bad_parameter("cursor", "not a cursor from a previous page of this query") from None


_CSV_COLUMNS = ["id", "event_date", "country_code", "admin1", "place_name", "lat", "lon", "precision", "weapons",
                "killed", "injured", "claimed_by", "attributed_to", "sponsors", "targets", "n_reports", "n_sources"]


def _documents_from_columns(db: Session, ids: list[str], documents: list[str | None]) -> list[str]:
    missing = [incident_id for incident_id, document in zip(ids, documents) if document is None]
    columns = [getattr(models.Incident, name) for name in INCIDENT_DOCUMENT_FIELDS]
    rendered = {row.id: incident_document(row._asdict())
                for row in db.execute(select(*columns).where(models.Incident.id.in_(missing))).all()}
    return [document if document is not None else rendered[incident_id] for incident_id, document in zip(ids, documents)]


def _csv(items: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_CSV_COLUMNS)
    for row in items:
        writer.writerow([";".join(row[c]) if isinstance(row[c], list) else ("" if row[c] is None else row[c])
                         for c in _CSV_COLUMNS])
    return out.getvalue().encode("utf-8")


def _geojson(items: list[dict[str, Any]], next_cursor: str | None) -> bytes:
    features = []
    for item in items:
        if item["lat"] is None or item["lon"] is None:
            continue
        properties = {k: v for k, v in item.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "id": item["id"],
                         "geometry": {"type": "Point", "coordinates": [item["lon"], item["lat"]]},
                         "properties": properties})
    return json.dumps({"type": "FeatureCollection", "features": features, "next_cursor": next_cursor},
                      ensure_ascii=False).encode("utf-8")


def main() -> None:
    import uvicorn

    settings = get_settings()
    migrate(settings.resolved_database_url)
    uvicorn.run(create_app(settings), host=settings.api_host, port=settings.api_port,
                log_level=settings.log_level.lower(), access_log=False)
