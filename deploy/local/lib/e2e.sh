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
    # Read as JSON: the decision also names other channels (catalog.alternatives), a pattern would take the last.
    channel=$(printf '%s' "$decision" | json_field channel)
    organ=$(printf '%s' "$decision" | json_field route.organCode)
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
  e2e_channel_walk
  e2e_privacy_scan
  # The plain closing line CI reads, next to Maven's own.
  echo "e2e: 4 passed, 0 failed"
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
# by routing, two accepted by the organ's handler (a duty-performance matter, Art 31(五): its own procedure, so no
# Art 34 handling limit and nothing unanswered for 按期答复率); then a second supervision instance, its clock 30 days ahead
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
  local figures="" expected="3 3 3 2 1 1 0 3/3" seen=0 start
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
  e2e_one_owner_per_deadline "${ids[0]}"
}

# One matter down each legal channel across the four services (条例 Art 23 ¶4, Art 29–34; petition-rules.md §2.2–2.3).
# The organ routing chose accepts it, then hands it over (导入) or, on the petition track, issues the handling opinion.
# The petitioner is told where each matter went (转送（交办）告知书, Art 23 ¶1: "told");
# intake ends an off-track matter as 15 审核认定办结 (basis OWN_PROCEDURE) with the 导入告知书 and the petition-track one
# as 4 已作出处理意见 with the 信访处理意见书; supervision opens the acceptance-notice clock only where Art 23 ¶3 applies
# (not for 政法 litigation relief nor 纪检监察) and the handling clock only on the petition track; reporting counts the
# five matters of 诉访分离 channels as other legal channels (a suggestion is not one), only the petition-track matter
# in 按期答复率 and none in 一次性化解率.
e2e_channel_walk() {
  local village registrar supervisor analyst spec channel purpose category text body id organ handler deadline got want
  local ids=() channels=() figures expected="7 5/7 1 0 0"
  village="330102$(printf '%03d%03d' $((RANDOM % 899 + 100)) $((RANDOM % 899 + 100)))"
  registrar=$(dev_token registrar 330000)
  supervisor=$(dev_token supervisor 330000)
  analyst=$(dev_token analyst 330000)
  for spec in "DUTY_PERFORMANCE|SEEK_RESOLUTION|劳动和社会保障_工资拖欠|请求督促某建筑公司支付拖欠工资。" \
              "ARBITRATION|SEEK_RESOLUTION|劳动和社会保障_劳动关系|公司单方解除劳动合同，请求支付经济补偿金。" \
              "ADMINISTRATIVE_RECONSIDERATION|APPEAL|自然资源|对区自然资源局作出罚款二十万元的行政处罚决定不服。" \
              "COURT_PROCEDURE|APPEAL|政法_法院|对区人民法院作出的民事判决不服，请求再审。" \
              "DISCIPLINE_INSPECTION|REPORT_OR_ACCUSATION|纪检监察_违反廉洁纪律|反映某街道工作人员在低保审批中收受好处。" \
              "SUGGESTION_HANDLING|OPINION_OR_SUGGESTION|交通运输_公共交通|建议在某社区增设一条公交线路。" \
              "PETITION_PROCEDURE|SEEK_RESOLUTION|劳动和社会保障_养老保险|请求说明本人养老金的核定依据。"; do
    IFS='|' read -r channel purpose category text <<<"$spec"
    body=$(PURPOSE=$purpose CATEGORY=$category TEXT=$text VILLAGE=$village REF="e2e-walk-$village-$channel" node -e '
      const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")), e = process.env;
      Object.assign(p, {purpose: e.PURPOSE, contentCategory: e.CATEGORY, request: e.TEXT, factsAndReasons: e.TEXT,
        placeOfMatter: e.VILLAGE, sourceReference: e.REF, receivedAt: new Date().toISOString()});
      p.petitioners[0].idNumber = null;
      console.log(JSON.stringify(p));' "$LOCAL_DIR/demo/petitions/001-wage-arrears.json")
    id=$(curl -fsS -X POST http://127.0.0.1:8081/api/v1/petitions -H "Authorization: Bearer $registrar" \
          -H 'Content-Type: application/json' --data-binary "$body" | json_field id)
    [ -n "$id" ] || die "e2e: the channel walk's registration for $channel failed"
    ids+=("$id"); channels+=("$channel")
  done
  for n in "${!ids[@]}"; do
    id=${ids[$n]} channel=${channels[$n]}
    deadline=$(( $(date +%s) + 120 ))
    until organ=$(curl -fsS -H "Authorization: Bearer $registrar" "http://127.0.0.1:8081/api/v1/petitions/$id" 2>/dev/null \
                    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s);
                        if (p.route && p.route.organCode && p.classification) console.log(p.classification.channel+" "+p.route.organCode)})') \
          && [ -n "$organ" ]; do
      [ "$(date +%s)" -lt "$deadline" ] || die "e2e: the $channel matter $id was not classified and routed within 120 s"
      sleep 0.3
    done
    [ "${organ% *}" = "$channel" ] || die "e2e: the walk's $channel matter $id was classified ${organ% *}"
    organ=${organ#* }
    handler=$(dev_token handler "${organ:0:6}" "$organ")
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:8081/api/v1/petitions/$id/acceptance" -H "Authorization: Bearer $handler" \
      -H 'Content-Type: application/json' --data-binary '{"decision":"ACCEPT"}' || die "e2e: $organ could not accept $id ($channel)"
    deadline=$(( $(date +%s) + 60 ))
    until [ "$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id" | json_field status)" = ACCEPTED ]; do
      [ "$(date +%s)" -lt "$deadline" ] || die "e2e: the acceptance of $id ($channel) did not show within 60 s"
      sleep 0.2
    done
    if [ "$channel" = PETITION_PROCEDURE ]; then
      curl -fsS -o /dev/null -X POST "http://127.0.0.1:8081/api/v1/petitions/$id/handling-opinion" -H "Authorization: Bearer $handler" \
        -H 'Content-Type: application/json' \
        --data-binary '{"outcome":"EXPLAIN","factsFound":"经核查，养老金按规定核定。","decision":"予以解释说明。","legalBasis":"《社会保险法》第十六条"}' \
        || die "e2e: the handling opinion on $id was refused"
      want="OPINION_ISSUED - told handling-opinion-1 ACCEPTANCE_NOTICE HANDLING"
    else
      curl -fsS -o /dev/null -X POST "http://127.0.0.1:8081/api/v1/petitions/$id/hand-over" -H "Authorization: Bearer $handler" \
        -H 'Content-Type: application/json' --data-binary '{"guidance":"请依照该程序的规定向有权机关提出。"}' \
        || die "e2e: the hand-over (导入) of $id ($channel) was refused"
      case "$channel" in
        COURT_PROCEDURE|DISCIPLINE_INSPECTION) want="CONCLUDED OWN_PROCEDURE told channel-notice-1" ;;
        *) want="CONCLUDED OWN_PROCEDURE told channel-notice-1 ACCEPTANCE_NOTICE" ;;
      esac
    fi
    deadline=$(( $(date +%s) + 60 ))
    while :; do
      got=$(PETITION=$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id") \
            DOCS=$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id/documents") \
            CASE=$(curl -fsS -H "Authorization: Bearer $supervisor" "http://127.0.0.1:8083/api/v1/supervision/cases/$id") node -e '
        const p = JSON.parse(process.env.PETITION), d = JSON.parse(process.env.DOCS), c = JSON.parse(process.env.CASE);
        const routeDocs = /^(acceptance-notice|forwarding-slip|assignment-slip|route-notice)-1$/;
        const doc = d.map(x => x.documentId).filter(x => !routeDocs.test(x)).join(",");
        const told = d.some(x => x.documentId === "route-notice-1") ? "told" : "untold";
        const clocks = ["ACCEPTANCE_NOTICE", "HANDLING"].filter(s => c.clocks.some(k => k.step === s));
        console.log([p.status, p.conclusion ? p.conclusion.basis : "-", told, doc, ...clocks].join(" "))' 2>/dev/null || true)
      [ "$got" = "$want" ] && break
      [ "$(date +%s)" -lt "$deadline" ] || die "e2e: the $channel matter $id shows [$got], expected [$want] (status basis documents clocks)"
      sleep 0.5
    done
    log "e2e: channel walk: $channel → $organ: [$got]"
  done
  deadline=$(( $(date +%s) + 60 ))
  while :; do
    figures=$(curl -fsS -H "Authorization: Bearer $analyst" "http://127.0.0.1:8084/api/v1/reporting/indicators?region=$village" \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);console.log([o.volume.items,
        o.otherLegalChannels.numerator+"/"+o.otherLegalChannels.denominator,o.onTimeAnswer.onTime,o.onTimeAnswer.unanswered,
        o.firstTimeResolution.denominator].join(" "))})' 2>/dev/null || true)
    [ "$figures" = "$expected" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || die "e2e: reporting showed [$figures] for the channel walk's village $village, expected [$expected] (items other-channels on-time unanswered first-time-concluded)"
    sleep 0.5
  done
  log "e2e: channel walk in $village: reporting shows [$figures] (items, other channels, 按期答复 on time, unanswered, 一次性化解率 denominator)"
}

# One owner per deadline (event-contract's README): the acceptance notice's last day is the one routing published with
# the route, and intake's decision and supervision's clock carry that same day and the same outcome (met in time or
# not); the handling limit is intake's, and supervision's clock carries it, or, off the petition track (this run's
# duty-performance matter), neither has one.
e2e_one_owner_per_deadline() {
  local id=$1 supervisor routed accepted clocks line
  supervisor=$(dev_token supervisor 330000)
  routed=$(kafka_records_of petition.routing.events "$id" | grep 'ce_type:petition.routed.v1' | tail -1 | cut -f3)
  accepted=$(kafka_records_of petition.intake.events "$id" | grep 'ce_type:petition.accepted.v1' | tail -1 | cut -f3)
  clocks=$(curl -fsS -H "Authorization: Bearer $supervisor" "http://127.0.0.1:8083/api/v1/supervision/cases/$id")
  line=$(ROUTED=$routed ACCEPTED=$accepted CLOCKS=$clocks node -e '
    const r = JSON.parse(process.env.ROUTED), a = JSON.parse(process.env.ACCEPTED), c = JSON.parse(process.env.CLOCKS);
    const clock = step => c.clocks.find(k => k.step === step) || {};
    const or = v => v == null ? "none" : v;
    console.log([r.noticeDue, a.noticeDue, clock("ACCEPTANCE_NOTICE").due, or(a.handlingDue), or(clock("HANDLING").due),
      a.timely, clock("ACCEPTANCE_NOTICE").timely].join(" "))')
  set -- $line
  [ "$#" = 7 ] && [ "$1" = "$2" ] && [ "$2" = "$3" ] && [ "$4" = "$5" ] && [ "$6" = "$7" ] \
    || die "e2e: the deadlines of $id disagree: notice routing/intake/supervision, handling intake/supervision, notice met in time intake/supervision = [$line]"
  log "e2e: one owner per deadline for $id: acceptance notice $1 (routing = intake = supervision), met in time: $6 (intake = supervision), handling $4 (intake = supervision)"
}

# A resident ID number with its GB 11643 check character, random but valid, born in Shangcheng.
e2e_id_number() {
  local first17 weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=(1 0 X 9 8 7 6 5 4 3 2) sum=0 i
  first17="330102$(printf '%04d%02d%02d%03d' $((1950 + RANDOM % 50)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 1000)))"
  for i in $(seq 0 16); do sum=$(( sum + ${first17:$i:1} * ${weights[$i]} )); done
  printf '%s%s' "$first17" "${checks[$((sum % 11))]}"
}

# Nothing personal in clear outside intake (个人信息保护法 Art 51; issue: personal data never travels in clear), and
# nothing left anywhere after erasure (Art 47). A petitioner of the run's own, whose letter repeats their name, ID
# number and phone, is registered; once routing, supervision and reporting have the petition, every topic is read from
# the start, every service's database is dumped (event stores as text) and every service log is read: none may hold
# any of the three, except intake's read model (petition_view, petition_document), which serves its API. Then the
# petition is accepted (its acceptance notice names the petitioner) and erased through intake's admin API, and then the
# person, who wrote a second letter, is erased by ID number (a person's own erasure reaches all their petitions): the
# same scan, now with intake's read model, intake's API answers and documents, finds none of them, and reporting's
# figures for the village are the same before, after, and after a rebuild of its projection from offset zero.
e2e_privacy_scan() {
  local token supervisor analyst admin handler village chars name id_number phone body id id2 deadline figures_before
  token=$(dev_token registrar 330000)
  handler=$(dev_token handler 330102 330102-rsj)
  supervisor=$(dev_token supervisor 330000)
  analyst=$(dev_token analyst 330000)
  admin=$(dev_token admin 000000)
  village="330102$(printf '%03d%03d' $((RANDOM % 899 + 100)) $((RANDOM % 899 + 100)))"
  chars=(璟 翊 珩 璇 瑾 琰 熠 昱 晞 煜 骁 珏 瑄 琮 玥 珞 璐 瑶 铮 濯)
  name="欧阳${chars[$((RANDOM % 20))]}${chars[$((RANDOM % 20))]}"
  id_number=$(e2e_id_number)
  phone="139$(printf '%08d' $(( (RANDOM * 32768 + RANDOM) % 100000000 )))"
  body=$(NAME=$name ID=$id_number PHONE=$phone VILLAGE=$village REF="e2e-privacy-$village" node -e '
    const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")), e = process.env;
    Object.assign(p.petitioners[0], {name: e.NAME, idNumber: e.ID, phone: e.PHONE});
    p.request = e.NAME + "（身份证号" + e.ID + "，电话" + e.PHONE + "）请求支付拖欠工资。";
    p.factsAndReasons = "工资未发放，请联系" + e.NAME + "，手机" + e.PHONE + "。";
    p.placeOfMatter = e.VILLAGE; p.sourceReference = e.REF; p.receivedAt = new Date().toISOString();
    console.log(JSON.stringify(p));' "$LOCAL_DIR/demo/petitions/001-wage-arrears.json")
  id=$(curl -fsS -X POST http://127.0.0.1:8081/api/v1/petitions -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' --data-binary "$body" | json_field id)
  id2=$(curl -fsS -X POST http://127.0.0.1:8081/api/v1/petitions -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' --data-binary "${body/e2e-privacy-$village/e2e-privacy-$village-2}" | json_field id)
  [ -n "$id" ] && [ -n "$id2" ] || die "e2e: the privacy scan's registrations failed"
  deadline=$(( $(date +%s) + 120 ))
  until curl -fsS -o /dev/null -H "Authorization: Bearer $supervisor" "http://127.0.0.1:8083/api/v1/supervision/cases/$id" 2>/dev/null \
        && [ "$(curl -fsS -H "Authorization: Bearer $analyst" "http://127.0.0.1:8084/api/v1/reporting/indicators?region=$village" \
                | json_field volume.items)" = 2 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || die "e2e: petition $id did not reach supervision and reporting within 120 s"
    sleep 0.5
  done
  # Accepted by the organ it was routed to, so that an acceptance notice naming the petitioner exists to erase; once
  # intake has noted the route (the handler sees nothing before).
  until [ "$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id" 2>/dev/null \
              | json_field route.organCode)" = 330102-rsj ] \
        && [ "$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id2" 2>/dev/null \
              | json_field route.organCode)" = 330102-rsj ]; do
    [ "$(date +%s)" -lt "$deadline" ] || die "e2e: petition $id was not routed to 330102-rsj within 120 s"
    sleep 0.2
  done
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:8081/api/v1/petitions/$id/acceptance" -H "Authorization: Bearer $handler" \
    -H 'Content-Type: application/json' --data-binary '{"decision":"ACCEPT"}' || die "e2e: $id could not be accepted"
  deadline=$(( $(date +%s) + 120 ))
  until curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$id/documents" | grep -q acceptance-notice \
        && [ "$(curl -fsS -H "Authorization: Bearer $analyst" "http://127.0.0.1:8084/api/v1/reporting/indicators?region=$village" \
                | json_field timelyAcceptanceUnit.timely)" = 1 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || die "e2e: the acceptance of $id did not reach its documents and reporting within 120 s"
    sleep 0.5
  done
  e2e_scan "$id $id2" "$name" "$id_number" "$phone" before
  figures_before=$(curl -fsS -H "Authorization: Bearer $analyst" "http://127.0.0.1:8084/api/v1/reporting/indicators?region=$village")

  curl -fsS -o /dev/null -X POST "http://127.0.0.1:8081/api/v1/admin/petitions/$id/erasure" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' --data-binary '{"reason":"e2e: 保存期限届满（个人信息保护法第四十七条第一款第二项）"}' \
    || die "e2e: the erasure of $id was refused"
  curl -fsS -X POST "http://127.0.0.1:8081/api/v1/admin/persons/erasure" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' --data-binary "{\"idNumber\":\"$id_number\",\"reason\":\"e2e: 本人申请删除（个人信息保护法第四十七条）\"}" \
    | grep -q "$id2" || die "e2e: the erasure of the person of $id2 was refused or missed $id2"
  deadline=$(( $(date +%s) + 60 ))
  for one in $id $id2; do
    until [ "$(curl -fsS -H "Authorization: Bearer $handler" "http://127.0.0.1:8081/api/v1/petitions/$one" | json_field request)" = 已删除 ] \
          && [ "$(psql -X -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d petition_routing \
                   -c "SELECT request FROM routing_decision WHERE petition_id = '$one'")" = 已删除 ]; do
      [ "$(date +%s)" -lt "$deadline" ] || die "e2e: intake or routing still showed the text of $one 60 s after its erasure"
      sleep 0.5
    done
  done
  e2e_scan "$id $id2" "$name" "$id_number" "$phone" after
  e2e_same_figures "$village" "$figures_before" "after the erasure"
  rebuild_reporting 2>/dev/null
  e2e_same_figures "$village" "$figures_before" "after a rebuild from offset zero"
  log "e2e: erasure of $id and of its person (also in $id2): reporting's figures for $village unchanged, also after a rebuild from offset zero"
}

# e2e_scan "IDS" NAME ID_NUMBER PHONE before|after: every topic from the start, every database and every service log;
# after the erasure also intake's read model and intake's answers (the petitions, their documents as listed and as HTML).
e2e_scan() {
  local id=$1 name=$2 id_number=$3 phone=$4 when=$5 hits="" topic db logfile what scanned="" excluded="" token doc one
  for topic in $(awk '!/^#/ && NF {print $1}' "$LOCAL_DIR/kafka/topics"); do
    what=$(kafka_dump "$topic" | grep -F -c -e "$name" -e "$id_number" -e "$phone" || true)
    [ "$what" = 0 ] || hits+=" topic $topic ($what records);"
    scanned+="t"
  done
  [ "$when" = after ] || excluded="-T petition_view -T petition_document"
  for db in petition_intake petition_routing petition_supervision petition_reporting; do
    # shellcheck disable=SC2086
    what=$( { pg_dump -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --data-only $excluded "$db";
              psql -X -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" -c "SELECT convert_from(payload, 'UTF8') || coalesce(convert_from(meta_data, 'UTF8'), '') FROM domain_event_entry" 2>/dev/null; } \
            | grep -F -c -e "$name" -e "$id_number" -e "$phone" || true)
    [ "$what" = 0 ] || hits+=" database $db ($what lines);"
  done
  for logfile in "$STATE_DIR"/logs/*.log; do
    what=$(grep -F -c -e "$name" -e "$id_number" -e "$phone" "$logfile" || true)
    [ "$what" = 0 ] || hits+=" log $(basename "$logfile") ($what lines);"
  done
  if [ "$when" = after ]; then
    token=$(dev_token handler 330102 330102-rsj) # the handling organ: it reads everything of the petition
    what=$(for one in $id; do
              curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:8081/api/v1/petitions/$one"
              for doc in $(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:8081/api/v1/petitions/$one/documents" \
                             | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>JSON.parse(s).forEach(d=>console.log(d.documentId)))'); do
                curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:8081/api/v1/petitions/$one/documents/$doc.html"
              done
            done | grep -F -c -e "$name" -e "$id_number" -e "$phone" || true)
    [ "$what" = 0 ] || hits+=" intake's answers ($what lines);"
  fi
  [ -z "$hits" ] || die "e2e: $when erasure, the name, ID number or phone of petitions $id stand in clear in:$hits"
  log "e2e: privacy scan $when erasure of petitions $id: their petitioner's name, ID number and phone are in none of ${#scanned} topics (from the start), 4 databases ($([ "$when" = after ] && echo "intake's read model included" || echo "intake's without its read model")) and $(ls "$STATE_DIR"/logs/*.log | wc -l) service logs$([ "$when" = after ] && echo ", nor in intake's answers and documents")"
}

# e2e_same_figures VILLAGE FIGURES WHEN: reporting's indicators for the village are FIGURES again (within 60 s).
e2e_same_figures() {
  local village=$1 expected=$2 when=$3 analyst now="" deadline
  analyst=$(dev_token analyst 330000)
  deadline=$(( $(date +%s) + 60 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    now=$(curl -fsS -H "Authorization: Bearer $analyst" "http://127.0.0.1:8084/api/v1/reporting/indicators?region=$village" || true)
    [ "$now" = "$expected" ] && return 0
    sleep 0.5
  done
  die "e2e: reporting's figures for $village changed $when: [$expected] became [$now]"
}
