// The receivables dashboard: reads the analytics REST API of one tenant and draws it with Chart.js.
// When every chart has drawn, body[data-rendered] holds the number of charts and each canvas[data-points]
// the number of data points it drew, so a headless browser can check the page.
'use strict';

const COLOURS = ['#2f6fdf', '#e8833a', '#3aa76d', '#c94f4f', '#8a5cc7', '#d4b02f', '#4bb3c7', '#7a8699'];
const BUCKETS = {
    CURRENT: 'current', DAYS_1_30: '1–30', DAYS_31_60: '31–60', DAYS_61_90: '61–90', DAYS_91_120: '91–120', OVER_120: '> 120'
};

Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

const params = new URLSearchParams(location.search);
const tenant = (params.get('tenant') || '').trim();
const charts = [];

document.getElementById('tenant').value = tenant;

function api(path) {
    return fetch('/api/v1/tenants/' + encodeURIComponent(tenant) + path, {headers: {Accept: 'application/json'}})
        .then(response => {
            if (!response.ok) {
                throw new Error(path + ': HTTP ' + response.status);
            }
            return response.json();
        });
}

function amount(money) {
    return money == null ? null : Number(money.amount);
}

function number(decimal) {
    return decimal == null ? null : Number(decimal);
}

function formatMoney(money) {
    return Number(money.amount).toLocaleString('en', {minimumFractionDigits: 2}) + ' ' + money.currency;
}

/** Draws one chart and records on its canvas how many data points it holds. */
function draw(canvas, type, labels, datasets, options) {
    canvas.parentElement.style.height = '300px';
    const chart = new Chart(canvas, {type, data: {labels, datasets}, options: options || {}});
    const points = datasets.reduce((sum, set) => sum + set.data.filter(v => v !== null && v !== undefined).length, 0);
    canvas.dataset.points = String(points);
    charts.push(chart);
    return chart;
}

function line(label, data, colour, extra) {
    return Object.assign({label, data, borderColor: colour, backgroundColor: colour, pointRadius: 0, borderWidth: 2,
        spanGaps: true}, extra || {});
}

function drawDso(report) {
    const days = report.days;
    draw(document.getElementById('dso'), 'line', days.map(d => d.day), [
        line('DSO (standard, ' + report.windowDays + ' days)', days.map(d => number(d.dsoStandard)), COLOURS[0]),
        line('DSO (count-back)', days.map(d => number(d.dsoCountBack)), COLOURS[1]),
        line('best possible DSO', days.map(d => number(d.bestPossibleDso)), COLOURS[2]),
        line('average days delinquent', days.map(d => number(d.averageDaysDelinquent)), COLOURS[3], {borderDash: [4, 4]})
    ], {scales: {y: {title: {display: true, text: 'days'}}}});
}

function drawAging(report) {
    const holder = document.createElement('div');
    holder.innerHTML = '<h3></h3><div class="plot"><canvas></canvas></div>';
    holder.querySelector('h3').textContent = report.currency;
    const canvas = holder.querySelector('canvas');
    canvas.id = 'aging-' + report.currency;
    document.getElementById('aging').appendChild(holder);
    const days = report.days;
    const datasets = Object.keys(BUCKETS).map((bucket, i) => ({
        label: BUCKETS[bucket], backgroundColor: COLOURS[i],
        data: days.map(d => amount(d.buckets.find(b => b.bucket === bucket).amount))
    }));
    draw(canvas, 'bar', days.map(d => d.day), datasets, {
        scales: {x: {stacked: true}, y: {stacked: true, title: {display: true, text: report.currency}}}
    });
}

function drawCei(report) {
    const periods = report.periods;
    draw(document.getElementById('cei'), 'bar', periods.map(p => p.from + ' – ' + p.to), [
        {label: 'CEI %', data: periods.map(p => number(p.cei)), backgroundColor: COLOURS[2]}
    ], {scales: {y: {min: 0, max: 100, title: {display: true, text: '%'}}}});
}

function drawRisk(report) {
    const days = report.days;
    draw(document.getElementById('risk'), 'line', days.map(d => d.day), [
        line('overdue', days.map(d => amount(d.overdue)), COLOURS[7]),
        line('at risk (weighted)', days.map(d => amount(d.atRisk)), COLOURS[3], {fill: true, backgroundColor: 'rgba(201,79,79,.25)'}),
        line('disputed', days.map(d => amount(d.disputed)), COLOURS[4]),
        line('promised', days.map(d => amount(d.promised)), COLOURS[5])
    ], {scales: {y: {title: {display: true, text: report.currency}}}});
}

function drawEffectiveness(canvasId, report) {
    const rows = report.rows;
    const windows = rows.length === 0 ? [] : rows[0].paid.map(p => p.withinDays);
    draw(document.getElementById(canvasId), 'bar', rows.map(r => r.value), windows.map((days, i) => ({
        label: 'paid within ' + days + ' days (%)', backgroundColor: COLOURS[i],
        data: rows.map(r => number(r.paid[i].share))
    })), {scales: {y: {min: 0, max: 100, title: {display: true, text: '% of dunned amount'}}}});
}

function fillOverdue(report) {
    const body = document.querySelector('#overdue tbody');
    body.replaceChildren(...report.customers.map(c => {
        const row = document.createElement('tr');
        [c.customerId, formatMoney(c.overdue), formatMoney(c.receivables), String(c.oldestDaysPastDue), String(c.overdueItems)]
            .forEach((text, i) => {
                const cell = document.createElement('td');
                cell.textContent = text;
                if (i > 0) {
                    cell.className = 'amount';
                }
                row.appendChild(cell);
            });
        return row;
    }));
}

async function show() {
    const status = document.getElementById('status');
    if (!tenant) {
        status.textContent = 'Name a tenant to see its figures.';
        return;
    }
    const series = await api('/series');
    const currencies = [...new Set(series.filter(s => s.segment === 'all').map(s => s.currency))].sort();
    if (currencies.length === 0) {
        status.textContent = 'Tenant ' + tenant + ' has no figures yet.';
        return;
    }
    const currency = currencies.includes(params.get('currency')) ? params.get('currency') : currencies[0];
    const select = document.getElementById('currency');
    select.replaceChildren(...currencies.map(c => new Option(c, c, false, c === currency)));
    const q = '?currency=' + encodeURIComponent(currency);
    const dsoWindow = params.get('window') || '90';
    const [dso, agings, cei, risk, steps, channels, overdue] = await Promise.all([
        api('/dso' + q + '&window=' + encodeURIComponent(dsoWindow)),
        Promise.all(currencies.map(c => api('/aging?currency=' + encodeURIComponent(c)))),
        api('/cei' + q + '&period=' + encodeURIComponent(params.get('period') || 'MONTH')),
        api('/risk' + q),
        api('/dunning-effectiveness' + q + '&by=STEP'),
        api('/dunning-effectiveness' + q + '&by=CHANNEL'),
        api('/customers/overdue' + q + '&limit=10')
    ]);
    drawDso(dso);
    agings.forEach(drawAging);
    drawCei(cei);
    drawRisk(risk);
    drawEffectiveness('steps', steps);
    drawEffectiveness('channels', channels);
    fillOverdue(overdue);
    status.textContent = '';
    document.body.dataset.rendered = String(charts.length);
}

show().catch(error => {
    document.getElementById('status').textContent = String(error.message || error);
    document.body.dataset.error = String(error.message || error);
});
