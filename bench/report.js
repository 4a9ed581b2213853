// Turns bench/run's key=value lines into <base>.json (nested by the keys' dots) and <base>.md (a table per section).
const fs = require('fs');
const [input, base] = process.argv.slice(2);
const flat = {};
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
  const at = line.indexOf('=');
  if (at > 0) flat[line.slice(0, at)] = line.slice(at + 1);
}
const nested = {};
for (const [key, raw] of Object.entries(flat)) {
  const value = raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  const parts = key.split('.');
  let node = nested;
  parts.slice(0, -1).forEach((p) => { node = node[p] = node[p] || {}; });
  node[parts[parts.length - 1]] = value;
}
fs.writeFileSync(`${base}.json`, `${JSON.stringify(nested, null, 2)}\n`);

const f = (k) => flat[k] ?? '–';
const lines = [`# Benchmark ${f('run.started')}`, '',
  `Machine: ${f('machine.cpu')}, ${f('machine.cores')} cores, ${f('machine.memory_gib')} GiB, kernel ${f('machine.kernel')}, ${f('machine.java')}. ${f('run.step_seconds')} s per step. Command: \`bench/run\`.`, '',
  '| Registrations through the API (201, event stored) | per second | p50 ms | p95 ms | p99 ms | failures | PostgreSQL INSERT tps (same clients) | ratio |',
  '|---|---|---|---|---|---|---|---|'];
for (const c of [1, 8, 32]) {
  lines.push(`| ${c} client${c > 1 ? 's' : ''} | ${f(`registrations.c${c}.per_second`)} | ${f(`registrations.c${c}.p50_ms`)} | ${f(`registrations.c${c}.p95_ms`)} | ${f(`registrations.c${c}.p99_ms`)} | ${f(`registrations.c${c}.failures`)} | ${f(`ceiling.postgres.c${c}.tps`)} | ${f(`ratio.registrations_to_postgres.c${c}`)} |`);
}
lines.push('', `Kafka producer ceiling (900-byte records, acks=all, idempotent): ${f('ceiling.kafka.records_per_second')} records/s; registrations at 32 clients are ${f('ratio.registrations_c32_to_kafka')} of it.`, '',
  '| Lag from intake\'s 201 to the read model | offered/s | acknowledged/s | routing p50 / p99 ms | supervision p50 / p99 ms | reporting p50 / p99 ms | visible in 60 s (routing / supervision / reporting) of followed |',
  '|---|---|---|---|---|---|---|');
for (const r of [100, 500]) {
  const k = `lag.r${r}`;
  lines.push(`| ${r}/s | ${f(`${k}.offered_per_second`)} | ${f(`${k}.acknowledged_per_second`)} | ${f(`${k}.routing.p50_ms`)} / ${f(`${k}.routing.p99_ms`)} | ${f(`${k}.supervision.p50_ms`)} / ${f(`${k}.supervision.p99_ms`)} | ${f(`${k}.reporting.p50_ms`)} / ${f(`${k}.reporting.p99_ms`)} | ${f(`${k}.routing.visible`)} / ${f(`${k}.supervision.visible`)} / ${f(`${k}.reporting.visible`)} of ${f(`${k}.followed`)} |`);
}
lines.push('', '| Consumers (routing; supervision of intake and routing) catching up | backlog records | seconds | records/s | left |', '|---|---|---|---|---|');
for (const d of ['after_registrations', 'after_r100', 'after_r500']) {
  const b = Number(f(`drain.${d}.backlog_records`));
  const sec = Number(f(`drain.${d}.seconds`));
  lines.push(`| ${d.replace('_', ' ')} | ${f(`drain.${d}.backlog_records`)} | ${f(`drain.${d}.seconds`)} | ${sec > 0 ? (b / sec).toFixed(1) : '–'} | ${f(`drain.${d}.left`)} |`);
}
lines.push('', `reporting's projection built from offset zero into an empty database (bench/rebuild: a scratch broker holding ${f('rebuild.corpus.records')} records copied from ${f('rebuild.corpus.source_records')} of the suite's): ${f('rebuild.records')} records read in ${f('rebuild.seconds')} s after the instance was ready = ${f('rebuild.records_per_second')} records/s; ${f('rebuild.petitions')} petitions.`, '',
  '| Service | start-up s | RSS MB |', '|---|---|---|');
for (const s of ['intake', 'routing', 'supervision', 'reporting']) {
  lines.push(`| ${s} | ${f(`startup.${s}.seconds`)} | ${f(`startup.${s}.rss_mb`)} |`);
}
fs.writeFileSync(`${base}.md`, `${lines.join('\n')}\n`);
