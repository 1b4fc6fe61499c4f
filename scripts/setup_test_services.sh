#!/usr/bin/env bash
# Installs what the test suite's services need: Debian's PostgreSQL server.
# tests/conftest.py starts a throwaway server from these binaries (initdb +
# pg_ctl in a temp dir on a free port); nothing is left running here.
set -euo pipefail

have_pg() {
  command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

if ! have_pg; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
fi
# the server refuses to run as root: the fixture runs it as this user
id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
ls -d /usr/lib/postgresql/*/bin
