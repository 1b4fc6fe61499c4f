import sqlalchemy as sa

from marsad.store.db import current_revision, make_engine, open_db, resolve_url


def test_resolve_url_precedence(monkeypatch):
    monkeypatch.delenv("MARSAD_DB", raising=False)
    assert resolve_url() == "sqlite:///marsad.db"
    monkeypatch.setenv("MARSAD_DB", "sqlite:///env.db")
    assert resolve_url() == "sqlite:///env.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+pg8000://u@h/db"


def test_open_upgrades_to_head_and_is_repeatable(db_url):
    factory = open_db(db_url)
    engine = factory.kw["bind"]
    assert current_revision(engine) == "0002"
    names = set(sa.inspect(engine).get_table_names())
    assert {"documents", "events", "incidents", "api_tokens", "audit_log"} <= names
    open_db(db_url)  # a second open is a no-op, not an error
    assert current_revision(make_engine(db_url)) == "0002"


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path):
    factory = open_db(f"sqlite:///{tmp_path / 'x.db'}")
    with factory() as s:
        assert s.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_a_0001_database_upgrades_to_the_models(db_url):
    """Existing databases get 0002's index; the migrated schema equals the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from marsad.store.db import upgrade
    from marsad.store.schema import Base

    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    open_db(db_url)
    assert current_revision(engine) == "0002"
    indexes = {ix["name"] for ix in sa.inspect(engine).get_indexes("incidents")}
    assert "ix_incidents_locked" in indexes
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
