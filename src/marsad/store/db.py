"""Opening a database: URL resolution, engine settings, upgrade to head.

Every command that opens a database goes through :func:`open_db`, so a fresh
file or an older schema is brought to the current one before it is used.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///marsad.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(url: str | None = None) -> str:
    """``--db URL`` > ``$MARSAD_DB`` > ``sqlite:///marsad.db``; postgresql:// uses pg8000."""
    url = url or os.environ.get("MARSAD_DB") or DEFAULT_URL
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+pg8000://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API hook
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (the API) never block the ingest
    # with WAL, NORMAL syncs at checkpoints only: a killed process loses nothing
    # committed (each ingest batch is one transaction); a power cut may lose the
    # last batches, never consistency
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str | None = None) -> sa.Engine:
    """An engine for *url* (resolved): WAL and foreign keys on SQLite, batched INSERTs on PostgreSQL."""
    engine = sa.create_engine(resolve_url(url))
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.driver == "pg8000":
        # pg8000's executemany is one round trip per row; SQLAlchemy's batched
        # multi-row INSERTs (as for psycopg2) make an ingest batch a few statements
        engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def alembic_config(engine: sa.Engine):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Apply the package's migrations up to *revision*."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_db(url: str | None = None) -> sessionmaker[Session]:
    """Resolve *url*, upgrade the database to head and return a session factory."""
    engine = make_engine(url)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
