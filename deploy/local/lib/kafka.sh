# A real single-node Kafka broker (KRaft, broker and controller in one process, loopback only), run from the jars
# that deploy/local/kafka/pom.xml resolves from Maven Central.
KAFKA_DIR=$STATE_DIR/kafka
KAFKA_PID=$KAFKA_DIR/kafka.pid
KAFKA_LOG=$STATE_DIR/logs/kafka.log
KAFKA_LIBS=$STATE_DIR/kafka/libs # one copy of the broker's jars for both brokers
KAFKA_NAME=kafka

kafka_libs() {
  if [ ! -f "$KAFKA_LIBS/.complete" ]; then
    log "resolving the Kafka 4.3.1 broker from Maven Central"
    rm -rf "$KAFKA_LIBS"
    mvn -B -q -ntp -f "$LOCAL_DIR/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS" >/dev/null
    touch "$KAFKA_LIBS/.complete"
  fi
}

kafka_java() { java -Xms128m -Xmx512m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$KAFKA_LIBS/*" "$@"; }

kafka_start() {
  if pid_alive "$KAFKA_PID"; then log "Kafka already running (pid $(cat "$KAFKA_PID"))"; return 0; fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by a process this suite did not start"
  mkdir -p "$KAFKA_DIR/data" "$STATE_DIR/logs"
  kafka_libs
  sed -e "s|@LOG_DIRS@|$KAFKA_DIR/data|" -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    "$LOCAL_DIR/kafka/server.properties" > "$KAFKA_DIR/server.properties"
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    # A 22-character base64url cluster id, made once per data directory.
    local cluster_id; cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' | cut -c1-22)
    # One id in 64 starts with '-', which kafka-storage's argument parser takes for an option: start it with a letter.
    cluster_id="A${cluster_id:1}"
    kafka_java kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_DIR/server.properties" >/dev/null
  fi
  log "starting Kafka on $KAFKA_BOOTSTRAP"
  : > "$KAFKA_LOG"
  nohup java -Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$KAFKA_LOG" 2>&1 &
  echo $! > "$KAFKA_PID"
  for _ in $(seq 1 120); do
    grep -q 'Kafka Server started' "$KAFKA_LOG" && { log "Kafka ready (pid $(cat "$KAFKA_PID"))"; return 0; }
    pid_alive "$KAFKA_PID" || break
    sleep 0.5
  done
  tail -n 30 "$KAFKA_LOG" >&2
  die "Kafka did not start; see $KAFKA_LOG"
}

kafka_stop() { stop_pid "$KAFKA_PID" "$KAFKA_NAME"; }

kafka_status() {
  if pid_alive "$KAFKA_PID"; then printf '%-9s up (pid %s, %s)\n' "$KAFKA_NAME" "$(cat "$KAFKA_PID")" "$KAFKA_BOOTSTRAP"
  else printf '%-9s down\n' "$KAFKA_NAME"; fi
}

# test_kafka FUNCTION [ARGS]: runs one of these functions against the tests' own broker (KAFKA_TEST_PORT), which has
# its own data directory, log and pid; the tests' Quarkus profile and test-kit connect to it.
test_kafka() (
  KAFKA_NAME=kafka-test KAFKA_DIR=$STATE_DIR/kafka-test KAFKA_PID=$STATE_DIR/kafka-test/kafka.pid
  KAFKA_LOG=$STATE_DIR/logs/kafka-test.log KAFKA_PORT=$KAFKA_TEST_PORT KAFKA_CONTROLLER_PORT=$KAFKA_TEST_CONTROLLER_PORT
  KAFKA_BOOTSTRAP=$KAFKA_TEST_BOOTSTRAP_SERVERS
  "$@"
)

# test_kafka_fresh: the tests' broker, stopped, emptied and started again with the suite's topics.
test_kafka_fresh() {
  test_kafka kafka_stop
  rm -rf "$STATE_DIR/kafka-test/data"
  test_kafka kafka_start
  test_kafka kafka_create_topics
}

# kafka_backlog N: makes sure the suite's petition.intake.events holds at least N records, adding well-formed
# registrations in a village of their own (330110999999) as a benchmark would leave them. The services' consumer groups
# skip them ('suite test' moves them to the end); reporting counts them in that village only.
kafka_backlog() {
  local want=$1 have
  have=$(kafka_java org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$KAFKA_BOOTSTRAP" \
           --topic petition.intake.events 2>/dev/null | awk -F: '{s+=$3} END {print s+0}')
  [ "$have" -ge "$want" ] && { log "the suite's topics hold a backlog of $have records"; return 0; }
  log "putting a backlog of $((want - have)) registrations on the suite's petition.intake.events (the tests must not read it)"
  node -e '
    const n = +process.argv[1], now = new Date().toISOString();
    for (let i = 0; i < n; i++) {
      const id = require("crypto").randomUUID();
      const data = {petitionId: id, registeredAt: now, receivedAt: now, channel: "LETTER", purpose: "SEEK_RESOLUTION",
        contentCategory: "劳动和社会保障_工资拖欠", request: "backlog", factsAndReasons: "backlog", placeOfMatter: "330110999999",
        numberOfPeople: 1, collective: false, petitioners: [], accusedTarget: null,
        registeringOrgan: {code: "330110-xfj", name: "余杭区信访局", regionCode: "330110"}, sourceSystem: "backlog",
        sourceReference: "backlog-" + id, matterId: id, firstTime: true};
      console.log(["ce_specversion:1.0", "ce_id:" + require("crypto").randomUUID(), "ce_source:/petition-suite/backlog",
        "ce_type:petition.registered.v1", "ce_time:" + now, "ce_subject:" + id,
        "ce_dataschema:urn:petition-suite:schema:petition.registered.v1", "content-type:application/json"].join(",")
        + "\t" + id + "\t" + JSON.stringify(data));
    }' "$((want - have))" \
  | kafka_java org.apache.kafka.tools.ConsoleProducer --bootstrap-server "$KAFKA_BOOTSTRAP" --topic petition.intake.events \
      --reader-property parse.headers=true --reader-property parse.key=true --reader-property key.separator=$'\t' \
      --reader-property headers.delimiter=$'\t' --reader-property headers.separator=, \
      --reader-property headers.key.separator=: >/dev/null
}

# Topics are declared once, in deploy/local/kafka/topics (the Kubernetes KafkaTopic resources mirror them).
kafka_create_topics() {
  local name partitions configs args
  while read -r name partitions configs; do
    case "$name" in ''|'#'*) continue ;; esac
    args=(--bootstrap-server "$KAFKA_BOOTSTRAP" --create --if-not-exists --topic "$name" --partitions "$partitions" --replication-factor 1)
    for c in ${configs//,/ }; do args+=(--config "$c"); done
    kafka_java org.apache.kafka.tools.TopicCommand "${args[@]}" >/dev/null
  done < "$LOCAL_DIR/kafka/topics"
  log "topics ready: $(grep -v '^#' "$LOCAL_DIR/kafka/topics" | awk 'NF{print $1}' | tr '\n' ' ')"
}

# kafka_groups_to_end GROUP:TOPIC...: commits each consumer group's offsets at the topic's current end, so the group
# reads only what comes after. The groups must have no running member.
kafka_groups_to_end() {
  local pair
  for pair in "$@"; do
    kafka_java org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
      --group "${pair%%:*}" --topic "${pair#*:}" --reset-offsets --to-latest --execute >/dev/null
  done
}

# kafka_dump TOPIC: every record of TOPIC from the start, one per line as "headers<TAB>key<TAB>value".
kafka_dump() {
  kafka_java org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$KAFKA_BOOTSTRAP" --topic "$1" \
    --from-beginning --timeout-ms 5000 --property print.headers=true --property print.key=true \
    --property key.separator=$'\t' --property headers.separator=, 2>/dev/null
}

# kafka_records_of TOPIC KEY: every record of TOPIC with KEY, as kafka_dump prints them.
kafka_records_of() {
  kafka_dump "$1" | awk -F'\t' -v k="$2" '$2 == k'
}
