// The dashboard page of reporting-service: KPI tiles, trends, channel mix, legal-channel split, overdue by region (as a
// bar chart and a map), the league tables of responsible and complained-about organs and risk warnings, from the
// dashboard API, updated live from its server-sent events.
// Bundled with the parts of Apache ECharts it uses by esbuild at build time (package.json); nothing loads from a CDN.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { LABELS, TILES } from './labels.js';

echarts.use([BarChart, LineChart, MapChart, PieChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent,
  CanvasRenderer]);

const API = '/api/v1/reporting';
const state = { lang: localStorage.getItem('lang') || 'zh', token: null, charts: {}, stream: null, summary: null,
  boundaries: {} };

function t(key) {
  return (LABELS[state.lang] && LABELS[state.lang][key]) || LABELS.zh[key] || key;
}

// A development token can be handed over in the URL fragment (never sent to a server), then lives in this tab only.
function readToken() {
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    sessionStorage.setItem('token', decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('token');
}

function query() {
  const p = new URLSearchParams();
  for (const id of ['region', 'from', 'to']) {
    const v = document.getElementById(id).value.trim();
    if (v) p.set(id, v);
  }
  return p;
}

async function get(path, extra = {}) {
  const p = query();
  Object.entries(extra).forEach(([k, v]) => p.set(k, v));
  const response = await fetch(`${API}/${path}?${p}`, { headers: { Authorization: `Bearer ${state.token}` } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const fields = (problem.errors || []).map((e) => `${e.field}: ${e.reason || e.message}`).join('; ');
    throw new Error(`${response.status} ${problem.title || ''} ${fields}`.trim());
  }
  return response.json();
}

const percent = (rate) => (rate && rate.value != null ? `${(rate.value * 100).toFixed(1)}%` : '—');
const ratio = (rate) => (rate && rate.denominator ? `${rate.numerator} / ${rate.denominator}` : '');

function renderTiles(s) {
  state.summary = s;
  document.getElementById('tiles').innerHTML = TILES.map((tile) => {
    const visits = (v) => t('visits').replace('{batches}', v.visitBatches).replace('{persons}', v.visitPersons);
    const { value, detail } = tile.read(s, { percent, ratio, visits });
    return `<div class="tile" data-kpi="${tile.key}"><div class="label">${t(tile.key)}</div>`
      + `<div class="value">${value}</div><div class="detail">${detail || ''}</div></div>`;
  }).join('');
  document.getElementById('as-of').textContent = `${t('asOf')} ${new Date().toLocaleTimeString()}`;
}

function chart(id) {
  if (!state.charts[id]) state.charts[id] = echarts.init(document.getElementById(id));
  return state.charts[id];
}

function renderTrend(series) {
  chart('trend').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('items'), t('online'), t('visitBatches')] },
    xAxis: { type: 'category', data: series.points.map((p) => p.period) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('items'), type: 'line', data: series.points.map((p) => p.items) },
      { name: t('online'), type: 'line', data: series.points.map((p) => p.online) },
      { name: t('visitBatches'), type: 'bar', data: series.points.map((p) => p.visitBatches) },
    ],
  }, true);
}

function renderPie(id, groups) {
  chart(id).setOption({
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'],
      data: groups.map((g) => ({ name: t(g.key) === g.key ? (g.key || '—') : t(g.key), value: g.items })) }],
  }, true);
}

function renderRegions(groups) {
  chart('regions').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('items'), t('overdueDuties')] },
    xAxis: { type: 'category', data: groups.map((g) => g.key) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('items'), type: 'bar', data: groups.map((g) => g.items) },
      { name: t('overdueDuties'), type: 'bar', data: groups.map((g) => g.overdueDuties) },
    ],
  }, true);
}

// The operator's approved boundaries of the region's child divisions, or null when none are configured (404).
async function boundariesOf(region) {
  if (!(region in state.boundaries)) {
    const response = await fetch(`${API}/boundaries/${region}`, { headers: { Authorization: `Bearer ${state.token}` } });
    state.boundaries[region] = response.ok ? await response.json() : null;
  }
  return state.boundaries[region];
}

// Without approved boundaries, each child division is a square in code order: a schematic map (示意图), not a survey.
function tileMap(codes) {
  const columns = Math.max(1, Math.ceil(Math.sqrt(codes.length)));
  return { type: 'FeatureCollection',
    features: codes.map((code, i) => {
      const x = i % columns;
      const y = -Math.floor(i / columns);
      return { type: 'Feature', properties: { code, name: code },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.92, y], [x + 0.92, y + 0.92], [x, y + 0.92], [x, y]]] } };
    }) };
}

async function renderOverdueMap(breakdown) {
  const region = (breakdown.cohort.regionPrefix || '').padEnd(12, '0');
  const groups = breakdown.groups.filter((g) => g.key);
  const approved = await boundariesOf(region);
  const geo = approved || tileMap(groups.map((g) => g.key));
  geo.features.forEach((f) => { f.properties.code = String(f.properties.code).padEnd(12, '0'); });
  const mapName = approved ? `boundaries-${region}` : `tiles-${groups.map((g) => g.key).join(',')}`;
  echarts.registerMap(mapName, geo);
  const names = Object.fromEntries(geo.features.map((f) => [f.properties.code, f.properties.name || f.properties.code]));
  chart('overdue-map').setOption({
    tooltip: { trigger: 'item', formatter: (p) => `${names[p.name] || p.name}<br>${t('overdueDuties')}: ${p.value || 0}` },
    visualMap: { min: 0, max: Math.max(1, ...groups.map((g) => g.overdueDuties)), left: 'left', bottom: 0,
      inRange: { color: ['#fdf1ef', '#b71c1c'] } },
    series: [{ type: 'map', map: mapName, nameProperty: 'code', label: { show: true, fontSize: 10,
      formatter: (p) => names[p.name] || p.name }, data: groups.map((g) => ({ name: g.key, value: g.overdueDuties })) }],
  }, true);
  const element = document.getElementById('overdue-map');
  element.dataset.source = approved ? 'boundaries' : 'tiles';
  element.dataset.areas = geo.features.length;
  element.dataset.overdue = groups.map((g) => `${g.key}:${g.overdueDuties}`).join(',');
  document.getElementById('map-note').textContent = approved ? '' : t('mapSchematic');
}

function renderLeague(league) {
  const rows = league.authorities.map((a) => `<tr><td>${a.label || a.key}</td><td>${a.items}</td>`
    + `<td>${percent(a.onTimeAnswer)}</td><td>${a.overdueDuties}</td></tr>`).join('');
  document.getElementById('league').innerHTML = `<tr><th>${t('authority')}</th><th>${t('items')}</th>`
    + `<th>${t('onTimeAnswer')}</th><th>${t('overdueDuties')}</th></tr>${rows}`;
  document.getElementById('league-note').textContent = t('leagueNote').replace('{min}', league.minCases)
    .replace('{hidden}', league.hidden);
}

function renderComplained(league) {
  const rows = league.organs.map((o) => `<tr><td>${o.name}</td><td>${o.items}</td><td>${o.repeats}</td>`
    + `<td>${o.collective}</td></tr>`).join('');
  document.getElementById('complained').innerHTML = `<tr><th>${t('authority')}</th><th>${t('items')}</th>`
    + `<th>${t('repeats')}</th><th>${t('collective')}</th></tr>${rows}`;
  document.getElementById('complained-note').textContent = t('leagueNote').replace('{min}', league.minCases)
    .replace('{hidden}', league.hidden);
}

function renderRisks(risks) {
  document.getElementById('risks').innerHTML = risks.length === 0 ? `<li>${t('noRisks')}</li>`
    : risks.map((r) => `<li>${r.weekStart} · ${r.region} · ${r.category}: ${r.observed} (${t('baseline')} ${r.baseline})</li>`).join('');
}

async function loadAll() {
  const status = document.getElementById('status');
  try {
    const from = document.getElementById('from').value;
    const to = document.getElementById('to').value;
    const days = from && to ? (new Date(to) - new Date(from)) / 86400000 : 365;
    const [summary, series, channels, legal, regions, league, complained, risks] = await Promise.all([
      get('indicators'), get('series', { unit: days <= 92 ? 'day' : 'month' }), get('breakdown', { by: 'channel' }),
      get('breakdown', { by: 'legal-channel' }), get('breakdown', { by: 'region' }), get('authorities'),
      get('complained-organs'),
      fetch(`${API}/risks?${new URLSearchParams({ region: document.getElementById('region').value })}`,
        { headers: { Authorization: `Bearer ${state.token}` } }).then((r) => (r.ok ? r.json() : [])),
    ]);
    renderTiles(summary);
    renderTrend(series);
    renderPie('channels', channels.groups);
    renderPie('legal', legal.groups);
    renderRegions(regions.groups);
    renderLeague(league);
    renderComplained(complained);
    renderRisks(risks);
    await renderOverdueMap(regions);
    status.textContent = '';
    status.className = '';
  } catch (e) {
    status.textContent = `${t('error')}: ${e.message}`;
    status.className = 'error';
  }
}

// Server-sent events over fetch, so the bearer token goes in a header (EventSource cannot send one).
async function listen() {
  if (state.stream) state.stream.abort();
  const controller = new AbortController();
  state.stream = controller;
  try {
    const response = await fetch(`${API}/stream?${query()}`, {
      headers: { Authorization: `Bearer ${state.token}`, Accept: 'text/event-stream' }, signal: controller.signal });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let first = true;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer.slice(0, end).split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
        buffer = buffer.slice(end + 2);
        if (data) {
          renderTiles(JSON.parse(data));
          if (!first) loadAll(); // the charts follow the tiles
          first = false;
          document.getElementById('live').className = 'on';
        }
      }
    }
  } catch (e) {
    if (controller.signal.aborted) return;
  }
  document.getElementById('live').className = '';
  setTimeout(() => { if (state.stream === controller) listen(); }, 5000);
}

function applyLanguage() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  if (state.summary) renderTiles(state.summary);
}

function start() {
  state.token = readToken();
  const year = new Date().getFullYear();
  const params = new URLSearchParams(location.search);
  document.getElementById('from').value = params.get('from') || `${year}-01-01`;
  document.getElementById('to').value = params.get('to') || new Date().toISOString().slice(0, 10);
  document.getElementById('region').value = params.get('region') || '';
  applyLanguage();
  document.getElementById('lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('lang', state.lang);
    applyLanguage();
    loadAll();
  });
  document.getElementById('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    loadAll();
    listen();
  });
  document.getElementById('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('token', document.getElementById('token').value.trim());
    location.reload();
  });
  if (!state.token) {
    document.getElementById('login').hidden = false;
    return;
  }
  window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
  loadAll();
  listen();
}

start();
