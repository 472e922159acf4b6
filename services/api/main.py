"""api: the read side. Incidents, counts, stated tallies and reports from the database, over HTTP."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, select

from flashpoint.http import instrument
from flashpoint.settings import Settings, get_settings
from flashpoint.storage import models
from flashpoint.storage.db import get_engine, migrate, ping

log = logging.getLogger("api")

CountryParam = Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2", examples=["IQ"])]
def get_session(request: Request):
    with Session(get_engine(request.app.state.database_url)) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
FromParam = Annotated[dt.date | None, Query(alias="from", description="first event day, inclusive")]
ToParam = Annotated[dt.date | None, Query(alias="to", description="last event day, inclusive")]


class IncidentOut(BaseModel):
    id: str
    report_id: str
    event_date: dt.date | None
    date_start: dt.date | None
    date_end: dt.date | None
    country_code: str | None
    admin1: str | None
    place_name: str | None
    place_kind: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    weapons: list[str]
    killed: int | None
    injured: int | None
    claimed_by: list[str]
    attributed_to: list[str]
    sponsors: list[str]
    targets: list[str]


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    limit: int
    offset: int
    next_offset: int | None


class CountRow(BaseModel):
    key: str
    count: int


class Counts(BaseModel):
    group_by: str
    from_: dt.date | None = None
    to: dt.date | None = None
    counts: list[CountRow]

    model_config = {"populate_by_name": True}


class TallyOut(BaseModel):
    id: str
    report_id: str
    count: int
    country_code: str | None
    start: dt.date | None
    end: dt.date | None
    source: str | None
    weapons: list[str]
    text: str


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


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    url = settings.resolved_database_url
    app = FastAPI(
        title="flashpoint",
        version="1",
        description="Counted, located, attributed conflict incidents from Arabic and English reports.",
    )
    instrument(app)

    app.state.database_url = url

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], responses={503: {"description": "the database does not answer"}})
    def readyz() -> JSONResponse:
        try:
            ping(url)
        except Exception as exc:  # any database failure means "not ready", reported with its cause
            return JSONResponse(status_code=503, content={"status": "unavailable", "reason": str(exc)[:200]})
        return JSONResponse({"status": "ready"})

    @app.get("/v1/incidents", response_model=IncidentPage, tags=["incidents"])
    def list_incidents(
        db: SessionDep,
        country: CountryParam = None,
        from_: FromParam = None,
        to: ToParam = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> IncidentPage:
        _check_range(from_, to)
        query = select(models.Incident)
        if country:
            query = query.where(models.Incident.country_code == country.upper())
        if from_:
            query = query.where(func.coalesce(models.Incident.event_date, models.Incident.date_end) >= from_)
        if to:
            query = query.where(func.coalesce(models.Incident.event_date, models.Incident.date_start) <= to)
        query = query.order_by(models.Incident.event_date.desc(), models.Incident.id).offset(offset).limit(limit + 1)
        rows = db.exec(query).all()
        items = [IncidentOut.model_validate(r, from_attributes=True) for r in rows[:limit]]
        return IncidentPage(items=items, limit=limit, offset=offset,
                            next_offset=offset + limit if len(rows) > limit else None)

    @app.get("/v1/counts", response_model=Counts, response_model_by_alias=True, tags=["counts"],
             summary="Incidents per group over event days (dated incidents only)")
    def counts(
        db: SessionDep,
        group_by: Annotated[Literal["country"], Query(description="what to count by")] = "country",
        from_: FromParam = None,
        to: ToParam = None,
    ) -> JSONResponse:
        _check_range(from_, to)
        query = select(models.DailyCount.country_code, func.sum(models.DailyCount.count))
        if from_:
            query = query.where(models.DailyCount.day >= from_)
        if to:
            query = query.where(models.DailyCount.day <= to)
        query = query.group_by(models.DailyCount.country_code)
        rows = sorted(((k, int(c)) for k, c in db.exec(query).all()), key=lambda r: (-r[1], r[0]))
        return JSONResponse({
            "group_by": group_by,
            "from": from_.isoformat() if from_ else None,
            "to": to.isoformat() if to else None,
            "counts": [{"key": k, "count": c} for k, c in rows],
        })

    @app.get("/v1/tallies", response_model=list[TallyOut], tags=["tallies"],
             summary="Counts that reports state (claims with their source), never added to incident counts")
    def tallies(db: SessionDep, country: CountryParam = None, source: str | None = None,
                from_: FromParam = None, to: ToParam = None) -> list[TallyOut]:
        _check_range(from_, to)
        query = select(models.Tally)
        if country:
            query = query.where(models.Tally.country_code == country.upper())
        if source:
            query = query.where(models.Tally.source == source)
        if from_:
            query = query.where(models.Tally.end >= from_)
        if to:
            query = query.where(models.Tally.start <= to)
        rows = db.exec(query.order_by(models.Tally.start, models.Tally.id)).all()
        return [TallyOut.model_validate(r, from_attributes=True) for r in rows]

    @app.get("/v1/reports/{report_id}", response_model=ReportOut, tags=["reports"],
             responses={404: {"description": "no such report"}})
    def get_report(report_id: str, db: SessionDep) -> ReportOut:
        row = db.get(models.Report, report_id)
        if row is None:
            raise HTTPException(status_code=404, detail=f"no report with id {report_id!r}")
        return ReportOut.model_validate(row, from_attributes=True)

    return app


def _check_range(from_: dt.date | None, to: dt.date | None) -> None:
    if from_ and to and from_ > to:
        raise HTTPException(status_code=422, detail=[{"loc": ["query", "from"], "msg": "from is after to"}])


def main() -> None:
    import uvicorn

    settings = get_settings()
    migrate(settings.resolved_database_url)
    uvicorn.run(create_app(settings), host=settings.api_host, port=settings.api_port,
                log_level=settings.log_level.lower())
