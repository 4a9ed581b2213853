# A real single-node Kafka broker (KRaft, broker and controller in one process, loopback only), run from the jars
# that deploy/local/kafka/pom.xml resolves from Maven Central.
KAFKA_DIR=$STATE_DIR/kafka
KAFKA_PID=$KAFKA_DIR/kafka.pid
KAFKA_LOG=$STATE_DIR/logs/kafka.log

kafka_libs() {
  if [ ! -f "$KAFKA_DIR/libs/.complete" ]; then
    log "resolving the Kafka 4.3.1 broker from Maven Central"
    rm -rf "$KAFKA_DIR/libs"
    mvn -B -q -ntp -f "$LOCAL_DIR/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_DIR/libs" >/dev/null
    touch "$KAFKA_DIR/libs/.complete"
  fi
}

kafka_java() { java -Xms128m -Xmx512m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$KAFKA_DIR/libs/*" "$@"; }

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
    -cp "$KAFKA_DIR/libs/*" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$KAFKA_LOG" 2>&1 &
  echo $! > "$KAFKA_PID"
  for _ in $(seq 1 120); do
    grep -q 'Kafka Server started' "$KAFKA_LOG" && { log "Kafka ready (pid $(cat "$KAFKA_PID"))"; return 0; }
    pid_alive "$KAFKA_PID" || break
    sleep 0.5
  done
  tail -n 30 "$KAFKA_LOG" >&2
  die "Kafka did not start; see $KAFKA_LOG"
}

kafka_stop() { stop_pid "$KAFKA_PID" Kafka; }

kafka_status() {
  if pid_alive "$KAFKA_PID"; then echo "kafka     up (pid $(cat "$KAFKA_PID"), $KAFKA_BOOTSTRAP)"; else echo "kafka     down"; fi
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
