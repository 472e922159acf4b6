"""Incidents merged from many reports; counts by dimension.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.add_column(sa.Column("group_key", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("n_reports", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("n_sources", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("first_seen", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("last_seen", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("facts_hash", sa.String(64), nullable=False, server_default=""))
        batch.create_index("ix_incident_group_key", ["group_key"])
        batch.create_index("ix_incident_updated_at", ["updated_at"])
    op.create_table(
        "incident_report",
        sa.Column("incident_id", sa.String(64), primary_key=True),
        sa.Column("candidate_key", sa.String(300), primary_key=True),
        sa.Column("report_id", sa.String(200), nullable=False, index=True),
        sa.Column("source", sa.String(200)),
        sa.Column("received_at", sa.DateTime(timezone=True)),
        sa.Column("facts", sa.JSON(), nullable=False),
    )
    # What an incident can be filtered by: "weapon|drone", "actor|claimant|<name>", "target|US forces"...
    op.create_table(
        "incident_tag",
        sa.Column("incident_id", sa.String(64), primary_key=True),
        sa.Column("tag", sa.String(300), primary_key=True, index=True),
    )
    # Counts are now kept per dimension (country, admin1, actor, weapon, target).
    op.drop_table("daily_count")
    op.create_table(
        "daily_count",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("dimension", sa.String(32), primary_key=True),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_daily_count_dimension_day", "daily_count", ["dimension", "day"])


def downgrade() -> None:
    op.drop_index("ix_daily_count_dimension_day", table_name="daily_count")
    op.drop_table("daily_count")
    op.create_table(
        "daily_count",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("country_code", sa.String(2), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.drop_table("incident_tag")
    op.drop_table("incident_report")
    with op.batch_alter_table("incident") as batch:
        batch.drop_index("ix_incident_updated_at")
        batch.drop_index("ix_incident_group_key")
        for column in ("facts_hash", "version", "last_seen", "first_seen", "n_sources", "n_reports", "group_key"):
            batch.drop_column(column)
