"""The event store: one schema for SQLite and PostgreSQL, migrations, queries.

Open a database with :func:`marsad.store.db.open_db` (it upgrades to head);
read and review through :mod:`marsad.store.queries`.
"""
