"""PostgreSQL: per-country incident pages read newest first with undated last, straight from the index.

0003 created (country_code, event_date, id) ascending; PostgreSQL can scan it backwards only as
event_date DESC NULLS FIRST, so pages ordered DESC NULLS LAST fell back to the global index and a
filter. SQLite sorts NULL lowest and reads the ascending index backwards in page order: unchanged.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_incident_country_event_date", table_name="incident")
        op.create_index("ix_incident_country_event_date", "incident",
                        ["country_code", sa.text("event_date DESC NULLS LAST"), sa.text("id DESC")])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_incident_country_event_date", table_name="incident")
        op.create_index("ix_incident_country_event_date", "incident", ["country_code", "event_date", "id"])
