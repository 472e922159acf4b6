"""Indexes for the read API: newest-first incident pages, per-country pages, tag filters.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # pages read newest first with undated last
        op.create_index("ix_incident_event_date_id", "incident",
                        [sa.text("event_date DESC NULLS LAST"), sa.text("id DESC")])
    else:  # SQLite sorts NULL lowest, so a backward scan of (event_date, id) is the page order
        op.create_index("ix_incident_event_date_id", "incident", ["event_date", "id"])
    op.create_index("ix_incident_country_event_date", "incident", ["country_code", "event_date", "id"])
    op.create_index("ix_incident_tag_tag_incident", "incident_tag", ["tag", "incident_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_tag_tag_incident", table_name="incident_tag")
    op.drop_index("ix_incident_country_event_date", table_name="incident")
    op.drop_index("ix_incident_event_date_id", table_name="incident")
