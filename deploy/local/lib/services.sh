# The four services, run from their Quarkus fast-jars.
SERVICES="intake:8081 routing:8082 supervision:8083 reporting:8084"
SERVICE_PIDS=$STATE_DIR/pids

service_jar() { echo "$ROOT/$1-service/target/quarkus-app/quarkus-run.jar"; }

# Builds when a service jar is missing or older than any source or POM, so 'up' always runs what is checked out.
build_missing() {
  local s jar stale=0
  for s in $SERVICES; do
    jar=$(service_jar "${s%%:*}")
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/event-contract" "$ROOT/service-kit" "$ROOT/${s%%:*}-service" \
         -path '*/target' -prune -o -type f -newer "$jar" -print -quit)" ]; then stale=1; fi
  done
  [ "$stale" = 0 ] && return 0
  # clean: a file removed from the sources must not survive in target/ (a stale migration breaks Flyway).
  log "building the services (mvn clean package, tests skipped: 'suite test' runs them)"
  (cd "$ROOT" && mvn -B -q -ntp -DskipTests clean package)
}

services_up() {
  build_missing
  mkdir -p "$SERVICE_PIDS" "$STATE_DIR/logs"
  local s name port
  for s in $SERVICES; do
    name=${s%%:*}; port=${s##*:}
    if pid_alive "$SERVICE_PIDS/$name.pid"; then log "$name already running"; continue; fi
    port_open "$port" && die "port $port is taken by a process this suite did not start"
    # Local-run settings only; a real deployment sets these through its ConfigMap and Secret (deploy/k8s).
    PG_HOST=$PG_HOST PG_PORT=$PG_PORT PG_USER=$PG_USER \
    KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP \
    JWT_PUBLIC_KEY_LOCATION=$DEV_PUBLIC_KEY JWT_ISSUER=$DEV_ISSUER \
    PETITION_PSEUDONYM_KEY=${PETITION_PSEUDONYM_KEY:-development-only-pseudonym-key-not-secret} \
    PETITION_PERSONAL_DATA_MASTER_KEY=${PETITION_PERSONAL_DATA_MASTER_KEY:-development-only-personal-data-master-key-not-secret} \
      nohup java -Xmx256m -XX:+UseSerialGC -jar "$(service_jar "$name")" >"$STATE_DIR/logs/$name.log" 2>&1 &
    echo $! > "$SERVICE_PIDS/$name.pid"
  done
  for s in $SERVICES; do wait_ready "${s%%:*}" "${s##*:}"; done
}

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null 2>/dev/null "http://127.0.0.1:$port/q/health/ready"; then log "$name ready on :$port"; return 0; fi
    pid_alive "$SERVICE_PIDS/$name.pid" || break
    sleep 0.5
  done
  tail -n 40 "$STATE_DIR/logs/$name.log" >&2
  die "$name did not become ready; see $STATE_DIR/logs/$name.log"
}

services_down() {
  local s
  for s in $SERVICES; do stop_pid "$SERVICE_PIDS/${s%%:*}.pid" "${s%%:*}"; done
}

services_status() {
  local s name port health
  for s in $SERVICES; do
    name=${s%%:*}; port=${s##*:}
    if pid_alive "$SERVICE_PIDS/$name.pid"; then
      health=$(curl -s "http://127.0.0.1:$port/q/health/ready" | tr -d ' \n' | sed -n 's/^{"status":"\([A-Z]*\)".*/\1/p')
      printf '%-9s up (pid %s, :%s, ready=%s)\n' "$name" "$(cat "$SERVICE_PIDS/$name.pid")" "$port" "${health:-?}"
    else
      printf '%-9s down\n' "$name"
    fi
  done
}

# Demo petitions go through the public API with an integrator's token, exactly as a county system would send
# them; their source references make the step idempotent, so 'up' can be run again safely.
demo_data() {
  local token file response code registered=0 collective=""
  token=$(dev_token integrator 330000 demo-county-system)
  for file in "$LOCAL_DIR"/demo/petitions/*.json; do
    response=$(curl -s -w '\n%{http_code}' -X POST "http://127.0.0.1:8081/api/v1/petitions" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$file")
    code=${response##*$'\n'}
    case "$code" in 200|201) registered=$((registered + 1)) ;; *) log "demo petition $(basename "$file") answered $code" ;; esac
    case "$file" in *collective-visit*) collective=$(printf '%s' "$response" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p') ;; esac
  done
  log "$registered demo petitions registered"
  [ -n "$collective" ] && demo_supervision "$collective"
}

# One 督办 order (条例 Art 39 ¶3) on the collective visit, to the organ routing sent it to, so supervision's actions
# list has something to follow; issued once, whatever how often 'up' runs.
demo_supervision() {
  local petition=$1 supervisor organ="" decision
  supervisor=$(dev_token supervisor 330100)
  for _ in $(seq 1 100); do
    decision=$(curl -fsS -H "Authorization: Bearer $supervisor" "http://127.0.0.1:8082/api/v1/routing/decisions/$petition" 2>/dev/null || true)
    organ=$(printf '%s' "$decision" | sed -n 's/.*"route":{"organCode":"\([^"]*\)".*/\1/p')
    [ -n "$organ" ] && break
    sleep 0.3
  done
  [ -n "$organ" ] || { log "demo: the collective visit $petition was not routed in 30 s; no 督办 order issued"; return 0; }
  # A 督办 order names only petitions supervision has seen (in the supervisor's region): wait for its case.
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null -H "Authorization: Bearer $supervisor" "http://127.0.0.1:8083/api/v1/supervision/cases/$petition" \
      2>/dev/null && break
    sleep 0.3
  done
  if curl -fsS -H "Authorization: Bearer $supervisor" "http://127.0.0.1:8083/api/v1/supervision/actions?organ=$organ" \
      | grep -q "\"$petition\""; then
    return 0
  fi
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:8083/api/v1/supervision/actions" \
    -H "Authorization: Bearer $supervisor" -H 'Content-Type: application/json' \
    --data-binary "{\"kind\":\"LISTED_SUPERVISION\",\"organCode\":\"$organ\",\"regionCode\":\"330110\",
      \"petitionIds\":[\"$petition\"],\"reasons\":\"集体访，涉及征地拆迁补偿，挂牌督办\",
      \"responseDue\":\"$(date -d '+15 days' +%F)\"}" \
    && log "demo: 挂牌督办 order issued on $petition to $organ"
}

print_welcome() {
  cat <<MSG

petition-suite is running.
  intake       http://127.0.0.1:8081/api/v1/petitions   (Swagger UI: http://127.0.0.1:8081/q/swagger-ui)
  routing      http://127.0.0.1:8082/q/health
  supervision  http://127.0.0.1:8083/api/v1/supervision/clocks?view=due-soon&within=30   (Swagger UI: :8083/q/swagger-ui)
  reporting    http://127.0.0.1:8084/api/v1/reporting/indicators   (Swagger UI: :8084/q/swagger-ui)

The dashboard (Zhejiang, analyst's development token in the URL fragment, which never reaches a server log):
  http://127.0.0.1:8084/#token=$(dev_token analyst 330000)
  metrics      http://127.0.0.1:808[1-4]/q/metrics
  Kafka        $KAFKA_BOOTSTRAP      PostgreSQL $PG_HOST:$PG_PORT

A development token (registrar, Zhejiang province 330000, valid 8 h; not for production):
  export TOKEN=$(dev_token registrar 330000)
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8081/api/v1/petitions

A supervisor's view (督查督办: running clocks, the demo's 挂牌督办 order):
  export SUPERVISOR=$(dev_token supervisor 330000)
  curl -s -H "Authorization: Bearer \$SUPERVISOR" 'http://127.0.0.1:8083/api/v1/supervision/clocks?view=running'
  curl -s -H "Authorization: Bearer \$SUPERVISOR" http://127.0.0.1:8083/api/v1/supervision/actions

Other roles and regions: deploy/local/suite token ROLE REGION [SOURCE_SYSTEM|ORGAN]
Stop everything:         deploy/local/suite down
MSG
}

# Rebuilds reporting's projection from offset zero through its admin endpoint and draws the progress until it is live.
rebuild_reporting() {
  local admin status state read to_read width=40 filled
  admin=$(dev_token admin 000000)
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $admin" http://127.0.0.1:8084/api/v1/admin/projection/rebuild \
    || die "reporting did not accept the rebuild (is it running? deploy/local/suite status)"
  while :; do
    status=$(curl -fsS -H "Authorization: Bearer $admin" http://127.0.0.1:8084/api/v1/admin/projection) || die "reporting stopped answering"
    state=$(printf '%s' "$status" | json_field state)
    read=$(printf '%s' "$status" | json_field read)
    to_read=$(printf '%s' "$status" | json_field toRead)
    filled=$(( to_read > 0 ? read * width / to_read : 0 )); [ "$filled" -gt "$width" ] && filled=$width
    printf '\r[%-*s] %s / %s records  %s' "$width" "$(printf '%*s' "$filled" '' | tr ' ' '#')" "$read" "$to_read" "$state" >&2
    [ "$state" = LIVE ] && break
    sleep 0.5
  done
  printf '\n' >&2
  log "reporting's projection rebuilt from offset zero"
}
