#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on loopback, then removes the cluster.
# DATABASE_URL points the command at it. Usage: scripts/with-postgres.sh <command> [args…]
# PG_TEST_PORT=<port> fixes the cluster's port; by default a free one is chosen at run time.
set -euo pipefail


find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && echo "$dir"
  done | sort -V | tail -n 1
}

PG_BIN="$(find_pg_bin || true)"
if [ -z "$PG_BIN" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL is missing: installing Debian's postgresql package…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN="$(find_pg_bin)"
  else
    echo "PostgreSQL is needed for this suite. Install it with:" >&2
    echo "  sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi

# initdb and the server refuse to run as root, so the cluster belongs to a plain user.
RUN_AS=()
CLUSTER_USER="$(id -un)"
if [ "$(id -u)" = "0" ]; then
  CLUSTER_USER=postgres
  id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
  RUN_AS=(runuser -u postgres --)
fi

WORK="$(mktemp -d /tmp/clinic-pg-XXXXXX)"
chown "$CLUSTER_USER" "$WORK"
DATA="$WORK/data"
SOCKETS="$WORK/sockets"
"${RUN_AS[@]}" mkdir -p "$SOCKETS"

cleanup() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DATA" -U clinic --auth=trust --encoding=UTF8 --no-instructions >/dev/null

start_cluster() {
  rm -f "$WORK/server.log"
  # fsync stays on: the durability tests must see what production would.
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -t 120 \
    -o "-p $1 -k $SOCKETS -c listen_addresses=127.0.0.1 -c max_connections=300" start >"$WORK/pg_ctl.out" 2>&1
}

start_failed() {
  cat "$WORK/pg_ctl.out" "$WORK/server.log" >&2
  exit 1
}

# PG_TEST_PORT picks the port; otherwise any free one, so that two runs on one machine never
# meet. Candidates stay below 32768, where Linux hands out the ports of outgoing connections,
# and a port taken by the time the cluster binds it just means trying the next candidate.
if [ -n "${PG_TEST_PORT:-}" ]; then
  PG_PORT="$PG_TEST_PORT"
  start_cluster "$PG_PORT" || start_failed
else
  for attempt in $(seq 1 20); do
    PG_PORT=$((20000 + RANDOM % 12768))
    start_cluster "$PG_PORT" && break
    if [ "$attempt" -eq 20 ] || ! grep -q 'could not create any TCP/IP sockets' "$WORK/server.log"; then
      start_failed
    fi
  done
fi
"${RUN_AS[@]}" "$PG_BIN/createdb" -h "$SOCKETS" -p "$PG_PORT" -U clinic clinic

export DATABASE_URL="postgres://clinic@127.0.0.1:$PG_PORT/clinic"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PG_PORT"
"$@"
