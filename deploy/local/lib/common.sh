# Shared settings and helpers. Every value can be overridden from the environment.
STATE_DIR=${PETITION_STATE_DIR:-$ROOT/.local}          # runtime state, git-ignored
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
# The tests' own broker: tests never read what 'suite up', a benchmark or a developer left on the suite's topics.
KAFKA_TEST_PORT=${KAFKA_TEST_PORT:-9292}
KAFKA_TEST_CONTROLLER_PORT=${KAFKA_TEST_CONTROLLER_PORT:-9293}
# The services read the first, the tests (their Quarkus test profile and test-kit) the second. The third is the test
# profile's own name for kafka.bootstrap.servers: without it the first, an environment variable, would outrank the
# test profile's value in application.properties (TestIsolationTest caught it).
export PG_HOST PG_PORT PG_USER KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP KAFKA_TEST_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_TEST_PORT
export _TEST_KAFKA_BOOTSTRAP_SERVERS=$KAFKA_TEST_BOOTSTRAP_SERVERS

# One database per service (services never read each other's tables); tests get their own.
SERVICE_DATABASES="petition_intake petition_routing petition_supervision petition_reporting"
TEST_DATABASES="petition_intake_test petition_routing_test petition_supervision_test petition_reporting_test"

log()  { printf '\033[1;34m[suite]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[suite] %s\033[0m\n' "$*" >&2; exit 1; }

# pid_alive FILE: true when FILE names a running process.
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pid FILE NAME: SIGTERM, wait up to 30 s, then SIGKILL.
stop_pid() {
  local file=$1 name=$2 pid
  if ! pid_alive "$file"; then rm -f "$file"; return 0; fi
  pid=$(cat "$file")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then log "$name did not stop in 30 s, killing"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$file"
  log "$name stopped (pid $pid)"
}

# json_field PATH: reads JSON on stdin and prints the value at a dotted path (e.g. volume.items); Node.js, which the
# suite needs for the dashboard anyway, so no jq is required.
json_field() {
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v;try{v=process.argv[1].split(".")
    .reduce((a,k)=>a==null?a:a[k],JSON.parse(s))}catch(e){};console.log(v==null?"":v)})' "$1"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

show_logs() {
  local name=$1
  case "$name" in
    "")        ls "$STATE_DIR"/logs 2>/dev/null; echo "usage: suite logs NAME (kafka, postgres, intake, routing, supervision, reporting)" ;;
    postgres)  tail -n 200 -f "$(postgres_log_file)" ;;
    *)         tail -n 200 -f "$STATE_DIR/logs/$name.log" ;;
  esac
}

infra_up() { postgres_start; postgres_create_databases; kafka_start; kafka_create_topics; }
# What the module tests need (mvn test in one module): PostgreSQL and the tests' broker.
test_infra_up() { postgres_start; postgres_create_databases; test_kafka kafka_start; test_kafka kafka_create_topics; }

run_tests() {
  ensure_tools
  local started_pg=0 started_kafka=0 status=0 s
  # Running services would consume the records the tests write and answer them: the tests' figures would not hold.
  for s in $SERVICES; do
    pid_alive "$SERVICE_PIDS/${s%%:*}.pid" && die "the suite's services are running; stop them first (deploy/local/suite down)"
  done
  postgres_answers || started_pg=1
  pid_alive "$STATE_DIR/kafka/kafka.pid" || started_kafka=1
  infra_up
  # The tests get a broker of their own, empty on every run; the suite's topics keep whatever they hold, and at least
  # a benchmark-sized backlog, to show that the tests do not read them.
  test_kafka_fresh
  kafka_backlog "${TEST_BACKLOG:-20000}"
  log "running every test: mvn verify"
  (cd "$ROOT" && mvn -B -ntp verify "$@") || status=$?
  test_kafka kafka_stop
  if [ "$status" = 0 ]; then
    log "end to end across the four services, with the jars mvn verify built"
    # What mvn verify wrote to the broker is test data: the services start reading after it (reporting, which keeps
    # its own positions, reads it all; the e2e checks count only petitions of their own).
    kafka_groups_to_end intake-service:petition.routing.events routing-service:petition.intake.events \
      supervision-service.intake:petition.intake.events supervision-service.routing:petition.routing.events
    (services_up && e2e_check) || status=$?
    if [ "$status" = 0 ]; then
      # bench/fault, shorter: kill -9 of each service, broker and PostgreSQL restarts, redelivery and poison under
      # a stream of registrations; nothing lost, nothing doubled.
      log "fault run (bench/fault, 10 registrations/s for 120 s)"
      FAULT_RATE=10 FAULT_SECONDS=120 FAULT_RESULTS="$STATE_DIR/fault-results" "$ROOT/bench/fault" || status=$?
    fi
    services_down
  fi
  [ "$started_kafka" = 1 ] && kafka_stop
  [ "$started_pg" = 1 ] && postgres_stop
  return "$status"
}
