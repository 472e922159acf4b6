"""Reports, incidents, daily counts and stated tallies.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("lang", sa.String(16)),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.Column("source", sa.String(200)),
        sa.Column("url", sa.Text()),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enrichment", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "incident",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("report_id", sa.String(200), nullable=False, index=True),
        sa.Column("event_date", sa.Date(), index=True),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("country_code", sa.String(2), index=True),
        sa.Column("admin1", sa.String(200)),
        sa.Column("place_name", sa.String(200)),
        sa.Column("place_kind", sa.String(16)),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("precision", sa.Integer()),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("killed", sa.Integer()),
        sa.Column("injured", sa.Integer()),
        sa.Column("claimed_by", sa.JSON(), nullable=False),
        sa.Column("attributed_to", sa.JSON(), nullable=False),
        sa.Column("sponsors", sa.JSON(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "daily_count",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("country_code", sa.String(2), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "tally",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("report_id", sa.String(200), nullable=False, index=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(2), index=True),
        sa.Column("start", sa.Date()),
        sa.Column("end", sa.Date()),
        sa.Column("source", sa.String(200)),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("tally", "daily_count", "incident", "report"):
        op.drop_table(table)
