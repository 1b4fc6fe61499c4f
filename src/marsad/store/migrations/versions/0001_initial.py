"""Initial schema: documents, events, incidents, api_tokens, audit_log (+ LSH bands).

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 14:22:36.636256
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('token_hash', sa.String(length=128), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.CheckConstraint("role IN ('writer', 'reviewer')", name='ck_api_tokens_role'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=255), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('object_type', sa.String(length=16), nullable=False),
    sa.Column('object_id', sa.String(length=255), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_object_id'), ['object_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.String(length=255), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published', sa.String(length=64), nullable=True),
    sa.Column('published_day', sa.Date(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('duplicate_of', sa.String(length=255), nullable=True),
    sa.Column('text_norm', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of'], ['documents.id'], name=op.f('fk_documents_duplicate_of_documents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_duplicate_of'), ['duplicate_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_published_day'), ['published_day'], unique=False)

    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=False),
    sa.Column('admin1', sa.String(length=64), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=True),
    sa.Column('pcode', sa.String(length=32), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('killed_low', sa.Integer(), nullable=True),
    sa.Column('killed_best', sa.Integer(), nullable=True),
    sa.Column('killed_high', sa.Integer(), nullable=True),
    sa.Column('injured_low', sa.Integer(), nullable=True),
    sa.Column('injured_best', sa.Integer(), nullable=True),
    sa.Column('injured_high', sa.Integer(), nullable=True),
    sa.Column('number_of_sources', sa.Integer(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('perpetrators', sa.JSON(), nullable=False),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.Column('explanation', sa.JSON(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_admin1'), ['admin1'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_type'), ['type'], unique=False)

    op.create_table('document_bands',
    sa.Column('band', sa.String(length=40), nullable=False),
    sa.Column('document_id', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_bands_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('band', 'document_id', name=op.f('pk_document_bands'))
    )
    with op.batch_alter_table('document_bands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_bands_document_id'), ['document_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.String(length=255), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('ref_day', sa.Date(), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=False),
    sa.Column('admin1', sa.String(length=64), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=True),
    sa.Column('pcode', sa.String(length=32), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('name_norm', sa.Text(), nullable=False),
    sa.Column('perpetrators', sa.JSON(), nullable=False),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('killed_groups', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('spans', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('killed', sa.Integer(), nullable=True),
    sa.Column('killed_qualifier', sa.String(length=16), nullable=True),
    sa.Column('injured', sa.Integer(), nullable=True),
    sa.Column('injured_qualifier', sa.String(length=16), nullable=True),
    sa.Column('claimed', sa.Boolean(), nullable=False),
    sa.Column('tally', sa.Boolean(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('link_rule', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_events_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_events_incident_id_incidents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('document_id', 'position', name=op.f('uq_events_document_id'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_admin1'), ['admin1'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_pcode'), ['pcode'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_ref_day'), ['ref_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_tally'), ['tally'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index(batch_op.f('ix_events_tally'))
        batch_op.drop_index(batch_op.f('ix_events_ref_day'))
        batch_op.drop_index(batch_op.f('ix_events_pcode'))
        batch_op.drop_index(batch_op.f('ix_events_incident_id'))
        batch_op.drop_index(batch_op.f('ix_events_document_id'))
        batch_op.drop_index(batch_op.f('ix_events_date'))
        batch_op.drop_index(batch_op.f('ix_events_admin1'))

    op.drop_table('events')
    with op.batch_alter_table('document_bands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_bands_document_id'))

    op.drop_table('document_bands')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_type'))
        batch_op.drop_index(batch_op.f('ix_incidents_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_admin1'))

    op.drop_table('incidents')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_published_day'))
        batch_op.drop_index(batch_op.f('ix_documents_duplicate_of'))
        batch_op.drop_index(batch_op.f('ix_documents_content_hash'))

    op.drop_table('documents')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_object_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('api_tokens')
