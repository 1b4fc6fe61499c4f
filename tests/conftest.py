"""Shared fixtures: a throwaway PostgreSQL server and a ``db_url`` over both backends.

The server is started once per test session from Debian's binaries
(``scripts/setup_test_services.sh`` installs them): initdb + pg_ctl in a temp
dir, on a free port, as the ``postgres`` system user when we are root. Each
test gets a fresh database on it. Without the binaries the PostgreSQL tests
fail under ``CI=true`` (a missing service must not pass as green) and skip
elsewhere.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.model import Document, Event, Location


def _pg_bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(dirs[-1]) if dirs and Path(dirs[-1], "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


class PgServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self._n = itertools.count()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")

    def run(self, *args: str) -> None:
        subprocess.run(_as_server_user([str(self.bindir / args[0]), *args[1:]]),
                       check=True, capture_output=True, cwd=self.dir)

    def start(self) -> None:
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                 "--encoding=UTF8", "--locale=C.UTF-8")
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"),
                 "-w", "start")

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def new_database(self) -> str:
        import pg8000.native

        name = f"marsad_test_{next(self._n)}"
        conn = pg8000.native.Connection("postgres", host="127.0.0.1", port=self.port)
        try:
            conn.run(f"CREATE DATABASE {name}")
        finally:
            conn.close()
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bindir()
    if bindir is None:
        msg = ("PostgreSQL binaries (initdb, pg_ctl) not found: "
               "run scripts/setup_test_services.sh")
        if os.environ.get("CI") == "true":
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    server = PgServer(bindir)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        server.stop()
        pytest.fail(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')}",
                    pytrace=False)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    return request.getfixturevalue("pg_server").new_database()


# ---------------------------------------------------------------- hand-made records

PLACES = {
    # name: (admin1, precision, pcode, lat, lon) -- from the seed gold's gazetteer values
    "الصاخور": ("Aleppo", "neighbourhood", "N0139", 36.219539, 37.189775),
    "حلب": ("Aleppo", "community", "C1007", 36.2021, 37.1343),
    "أعزاز": ("Aleppo", "community", "C1563", 36.5866, 37.0463),
    "دوما": ("Rural Damascus", "community", "C2325", 33.5711, 36.4025),
    "خان شيخون": ("Idleb", "community", "C4086", 35.4414, 36.6511),
    "إدلب": ("Idleb", "governorate", "SY07", 35.93, 36.63),
}


def make_event(place: str = "الصاخور", type: str = "air_strike", date: str | None = "2024-03-01",
               **fields) -> Event:
    admin1, precision, pcode, lat, lon = PLACES[place]
    loc = Location(name=place, admin1=admin1, country="SY", precision=precision, pcode=pcode,
                   lat=lat, lon=lon)
    return Event(type=type, date=date, location=loc, **fields)


def make_doc(id: str, text: str | None = None, source: str | None = None,
             published: str | None = "2024-03-01", title: str | None = None) -> Document:
    return Document(id=id, text=text or f"نص الخبر {id}", source=source or f"outlet-{id}",
                    published=published, title=title)


def save(factory, batch) -> list:
    """Store [(Document, [Event])] in one committed batch, as ``marsad ingest`` does."""
    from marsad.store.documents import store_batch

    with factory() as session, session.begin():
        return store_batch(session, batch)


@pytest.fixture
def db(db_url):
    """A session factory on a fresh database of each backend."""
    from marsad.store.db import open_db

    factory = open_db(db_url)
    yield factory
    factory.kw["bind"].dispose()
