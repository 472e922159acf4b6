"""Index daily_count.updated_at: the API's copy of the day counts reads the rows changed since its last look.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_daily_count_updated_at", "daily_count", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_daily_count_updated_at", table_name="daily_count")
