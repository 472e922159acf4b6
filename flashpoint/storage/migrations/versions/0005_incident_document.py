"""incident.document: the incident as the API serves it, rendered when written.

Rows written before this revision have none; the API renders those from their columns.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incident", sa.Column("document", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("incident", "document")
