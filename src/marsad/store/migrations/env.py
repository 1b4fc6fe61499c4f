"""Alembic environment: runs on the engine that :func:`marsad.store.db.upgrade` passes."""

from __future__ import annotations

from alembic import context

from marsad.store.schema import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite can't ALTER much
    )
    with context.begin_transaction():
        context.run_migrations()
