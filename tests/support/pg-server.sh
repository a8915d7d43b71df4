#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts (start DIR), restarts (restart DIR) or stops (stop DIR) a throw-away PostgreSQL server for the tests, on
# loopback only, with its data, socket and log under DIR. Writes DIR/pg.env with the connection
# the tests read (REDROSTER_TEST_PG_*). Runs the server as the `postgres` user when started as
# root, since PostgreSQL refuses to run as root.
set -euo pipefail
action=$1
dir=$2

bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) \
                 "$(command -v pg_ctl 2>/dev/null | xargs -r dirname)"; do
  if [ -x "$candidate/pg_ctl" ]; then bin=$candidate; break; fi
done
if [ -z "$bin" ]; then
  echo "pg-server: PostgreSQL server binaries not found (install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U redroster --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$dir/data" -U redroster --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    # One role must give its password (SCRAM), for the tests of logging in; everyone else is trusted.
    { echo "host all redroster_password_test 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } \
      >"$dir/data/pg_hba.new" && mv "$dir/data/pg_hba.new" "$dir/data/pg_hba.conf"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/pg_hba.conf"
    # A free port on loopback.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null
    cat >"$dir/pg.env" <<ENV
REDROSTER_TEST_PG_HOST=127.0.0.1
REDROSTER_TEST_PG_PORT=$port
REDROSTER_TEST_PG_USER=redroster
REDROSTER_TEST_PG_DB=postgres
ENV
    chmod a+r "$dir/pg.env"
    echo "pg-server: PostgreSQL on 127.0.0.1:$port ($dir)"
    ;;
  restart)
    # Same port and options (pg_ctl keeps them in postmaster.opts); every connection is cut.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-server.sh start|restart|stop DIR" >&2
    exit 64
    ;;
esac
