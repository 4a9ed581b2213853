# End to end across the running services: a petition registered through intake's API is classified and routed by
# routing, and the decision is visible in routing's API and in intake's read model. Prints how long that took.
e2e_check() {
  local token ref body id start decision channel organ petition trace seen=0
  token=$(dev_token registrar 330000)
  ref="e2e-$(date +%s%N)"
  body=$(sed "s/\"sourceReference\": \"[^\"]*\"/\"sourceReference\": \"$ref\"/" "$LOCAL_DIR/demo/petitions/001-wage-arrears.json")
  start=$(date +%s%N)
  # A trace the caller started: it must reach every record the petition causes (OpenTelemetry, W3C traceparent).
  trace=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  id=$(curl -fsS -X POST http://127.0.0.1:8081/api/v1/petitions -H "Authorization: Bearer $token" \
        -H "traceparent: 00-$trace-00f067aa0ba902b7-01" \
        -H 'Content-Type: application/json' --data-binary "$body" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || die "e2e: registration failed"
  # Up to 2 minutes: services that start on a broker full of test records work through all of them first.
  local deadline=$(( $(date +%s) + 120 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    decision=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:8082/api/v1/routing/decisions/$id" 2>/dev/null || true)
    channel=$(printf '%s' "$decision" | sed -n 's/.*"channel":"\([A-Z_]*\)".*/\1/p')
    organ=$(printf '%s' "$decision" | sed -n 's/.*"route":{"organCode":"\([^"]*\)".*/\1/p')
    if [ -n "$channel" ] && [ -n "$organ" ]; then
      petition=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:8081/api/v1/petitions/$id" 2>/dev/null || true)
      if printf '%s' "$petition" | grep -q "\"classification\":{[^}]*\"channel\":\"$channel\"" \
         && printf '%s' "$petition" | grep -q "\"route\":{\"organCode\":\"$organ\""; then
        seen=1; break
      fi
    fi
    sleep 0.1
  done
  [ "$seen" = 1 ] || die "e2e: petition $id was not classified, routed and noted within 120 s"
  log "e2e: registered $id → routing decided $channel, to $organ → visible in intake after $(( ($(date +%s%N) - start) / 1000000 )) ms"
  e2e_trace "$id" "$trace"
  e2e_four_services
  # The plain closing line CI reads, next to Maven's own.
  echo "e2e: 2 passed, 0 failed"
}

# The trace given at registration is on every record the petition caused on intake's and routing's topics, which
# routing, supervision, reporting and intake consume.
e2e_trace() {
  local id=$1 trace=$2 records total traced
  records=$( { kafka_records_of petition.intake.events "$id"; kafka_records_of petition.routing.events "$id"; } )
  total=$(printf '%s\n' "$records" | grep -c . || true)
  traced=$(printf '%s\n' "$records" | grep -c "traceparent:00-$trace-" || true)
  [ "$total" -ge 3 ] || die "e2e: expected registered, classified and routed for $id, found $total records"
  [ "$traced" = "$total" ] || die "e2e: only $traced of $total records of $id carry trace $trace"
  log "e2e: trace $trace on all $total records of $id (registered, classified, routed)"
}

# End to end across all four services: three petitions registered through intake in a village of their own, routed
# by routing, two accepted by the organ's handler; then a second supervision instance, its clock 30 days ahead
# (supervision.clock.shift) and reading only what comes after this run began, finds the third one's acceptance notice
# overdue; reporting's dashboard API must show exactly those figures for the village.
e2e_four_services() {
  local village integrator handler analyst body id deadline ids=() port=8093 group="supervision-e2e-$(date +%s)"
  village="330102$(printf '%03d%03d' $((RANDOM % 899 + 100)) $((RANDOM % 899 + 100)))"
  integrator=$(dev_token integrator 330000 demo-county-system)
  handler=$(dev_token handler 330102 330102-rsj)
  analyst=$(dev_token analyst 330000)
  psql_admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS petition_supervision_e2e" \
    -c "CREATE DATABASE petition_supervision_e2e" >/dev/null
  # The shifted instance starts where the topics end now: it sees this run's petitions and nothing older.
  kafka_groups_to_end "$group.intake:petition.intake.events" "$group.routing:petition.routing.events"
  for n in 1 2 3; do
    body=$(sed -e "s/\"sourceReference\": \"[^\"]*\"/\"sourceReference\": \"e2e-$village-$n\"/" \
               -e "s/\"placeOfMatter\": \"[^\"]*\"/\"placeOfMatter\": \"$village\"/" \
               -e "s/\"receivedAt\": \"[^\"]*\"/\"receivedAt\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"/" \
               -e "s/\"idNumber\": \"[^\"]*\"/\"idNumber\": null/" "$LOCAL_DIR/demo/petitions/001-wage-arrears.json")
    id=$(curl -fsS -X POST http://127.0.0.1:8081/api/v1/petitions -H "Authorization: Bearer $integrator" \
          -H 'Content-Type: application/json' --data-binary "$body" | json_field id)
    [ -n "$id" ] || die "e2e: registration $n failed"
    ids+=("$id")
  done
  for id in "${ids[@]:0:2}"; do
    deadline=$(( $(date +%s) + 120 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
      [ "$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id" 2>/dev/null \
            | json_field route.organCode)" = 330102-rsj ] && break
      sleep 0.2
    done
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:8081/api/v1/petitions/$id/acceptance" \
      -H "Authorization: Bearer $handler" -H 'Content-Type: application/json' --data-binary '{"decision":"ACCEPT"}' \
      || die "e2e: $id could not be accepted"
  done
  PG_HOST=$PG_HOST PG_PORT=$PG_PORT PG_USER=$PG_USER KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP SUPERVISION_DB=petition_supervision_e2e \
  JWT_PUBLIC_KEY_LOCATION=$DEV_PUBLIC_KEY JWT_ISSUER=$DEV_ISSUER \
    nohup java -Xmx256m -XX:+UseSerialGC -Dquarkus.http.port=$port -Dsupervision.consumer.group-id="$group" \
      -Dsupervision.clock.shift=P30D -Dsupervision.sweep-every=1s -jar "$(service_jar supervision)" \
      >"$STATE_DIR/logs/supervision-e2e.log" 2>&1 &
  echo $! > "$SERVICE_PIDS/supervision-e2e.pid"
  wait_ready supervision-e2e "$port"
  local figures="" expected="3 3 3 2 1 1 2 3/3" seen=0 start
  start=$(date +%s)
  deadline=$(( $(date +%s) + 120 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    figures=$(curl -fsS -H "Authorization: Bearer $analyst" "http://127.0.0.1:8084/api/v1/reporting/indicators?region=$village" \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);console.log([o.volume.items,
        o.volume.letters,o.timelyAcceptanceDepartment.timely,o.timelyAcceptanceUnit.timely,
        o.timelyAcceptanceUnit.overdueNotAccepted,o.overdueDuties,o.onTimeAnswer.unanswered,
        o.otherLegalChannels.numerator+"/"+o.otherLegalChannels.denominator].join(" "))})' 2>/dev/null || true)
    [ "$figures" = "$expected" ] && { seen=1; break; }
    sleep 0.5
  done
  stop_pid "$SERVICE_PIDS/supervision-e2e.pid" supervision-e2e
  psql_admin -c "DROP DATABASE IF EXISTS petition_supervision_e2e" >/dev/null || true
  [ "$seen" = 1 ] || die "e2e: reporting showed [$figures] for village $village, expected [$expected] (items letters dept-timely unit-timely unit-overdue overdue unanswered other-channels)"
  log "e2e: 3 petitions in $village → routed → 2 accepted → 1 notice overdue 30 days on → reporting shows [$figures] ($(( $(date +%s) - start )) s after the shifted sweep started)"
}
