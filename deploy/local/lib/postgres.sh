# PostgreSQL: use the server on $PG_HOST:$PG_PORT when one answers; otherwise run a private cluster from the
# installed binaries. PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user and
# lives outside the checkout (a clone in a 0700 temp dir would be unreadable to that user).
if [ "$(id -u)" = 0 ]; then
  PG_PRIVATE_DIR=${PETITION_PG_DIR:-/var/lib/petition-suite/postgres-$PG_PORT}
else
  PG_PRIVATE_DIR=${PETITION_PG_DIR:-$STATE_DIR/postgres}
fi

postgres_bin_dir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

postgres_answers() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2; }

postgres_log_file() { echo "$PG_PRIVATE_DIR/postgres.log"; }

# Runs a PostgreSQL server binary as an unprivileged user.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_private_running() {
  [ -f "$PG_PRIVATE_DIR/data/postmaster.pid" ] && kill -0 "$(head -1 "$PG_PRIVATE_DIR/data/postmaster.pid")" 2>/dev/null
}

postgres_start() {
  if postgres_answers; then
    if postgres_private_running; then log "private PostgreSQL already running on 127.0.0.1:$PG_PORT"
    else log "PostgreSQL answers on $PG_HOST:$PG_PORT: using it"; fi
    return 0
  fi
  local bin; bin=$(postgres_bin_dir) || die "no PostgreSQL binaries under /usr/lib/postgresql"
  if [ ! -f "$PG_PRIVATE_DIR/data/PG_VERSION" ]; then
    log "creating a private PostgreSQL cluster in $PG_PRIVATE_DIR"
    mkdir -p "$PG_PRIVATE_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_PRIVATE_DIR"
    # Loopback only, trust auth: a development cluster that nothing outside this machine can reach.
    as_pg_owner "$bin/initdb" -D "$PG_PRIVATE_DIR/data" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  log "starting private PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg_owner "$bin/pg_ctl" -D "$PG_PRIVATE_DIR/data" -l "$(postgres_log_file)" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_PRIVATE_DIR -c max_connections=200" start >/dev/null
  postgres_answers || die "PostgreSQL did not start; see $(postgres_log_file)"
}

# Stops only the private cluster, by the PID in its postmaster.pid; a machine's own server is left alone.
postgres_stop() {
  local pid
  postgres_private_running || return 0
  pid=$(head -1 "$PG_PRIVATE_DIR/data/postmaster.pid")
  kill -INT "$pid"   # 'fast' shutdown: roll back open transactions, write a checkpoint
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  log "private PostgreSQL stopped (pid $pid)"
}

postgres_status() {
  if postgres_answers; then
    if postgres_private_running; then
      echo "postgres  up (private cluster, pid $(head -1 "$PG_PRIVATE_DIR/data/postmaster.pid"), $PG_HOST:$PG_PORT)"
    else
      echo "postgres  up (machine server on $PG_HOST:$PG_PORT)"
    fi
  else
    echo "postgres  down"
  fi
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"; }

postgres_create_databases() {
  local db
  for db in $SERVICE_DATABASES $TEST_DATABASES; do
    if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      psql_admin -c "CREATE DATABASE $db" && log "database $db created"
    fi
  done
}

postgres_drop_databases() {
  local db
  for db in $SERVICE_DATABASES $TEST_DATABASES petition_supervision_e2e; do
    psql_admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" && log "database $db dropped"
  done
}

# Restarts whichever PostgreSQL serves the suite with an immediate shutdown: no checkpoint, open transactions cut off,
# crash recovery at the next start (bench/fault). The machine's own server is restarted with pg_ctlcluster.
postgres_crash_restart() {
  local pid cluster
  if postgres_private_running; then
    pid=$(head -1 "$PG_PRIVATE_DIR/data/postmaster.pid")
    kill -QUIT "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    postgres_start
  else
    cluster=$(pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port {print $1, $2; exit}')
    [ -n "$cluster" ] || die "PostgreSQL on port $PG_PORT is neither the suite's private cluster nor a pg_lsclusters cluster"
    # shellcheck disable=SC2086
    pg_ctlcluster --skip-systemctl-redirect $cluster restart -m immediate
  fi
  for _ in $(seq 1 60); do postgres_answers && break; sleep 0.5; done
  postgres_answers || die "PostgreSQL did not come back"
}
