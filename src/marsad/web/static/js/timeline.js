// A bar chart of events and deaths per day, drawn as plain SVG. Time runs
// in the reading direction: right to left in Arabic.

import { clear } from "./dom.js";
import { lang, num, t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 600;
const PANEL = 70; // height of each of the two bar panels
const GAP = 30;
const AXIS = 20;
const LABEL = 8; // margin at the inline start
const MAX_BAR = 36;

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Every day from the first to the last in `byDay`, with zeros filled in. */
export function fillDays(byDay) {
  const known = new Map(byDay.filter((d) => d.date).map((d) => [d.date, d]));
  if (!known.size) return [];
  const dates = [...known.keys()].sort();
  const days = [];
  const end = new Date(`${dates.at(-1)}T00:00:00Z`);
  for (let d = new Date(`${dates[0]}T00:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const key = d.toISOString().slice(0, 10);
    days.push(known.get(key) ?? { date: key, events: 0, killed: 0 });
  }
  return days;
}

/** Draw the chart into `container`; `onPick(date)` is called when a bar is clicked. */
export function drawTimeline(container, byDay, { onPick } = {}) {
  clear(container);
  const days = fillDays(byDay);
  if (!days.length) {
    container.append(Object.assign(document.createElement("p"), { className: "muted", textContent: t("timeline.empty") }));
    return;
  }
  const rtl = lang() === "ar";
  const height = 2 * PANEL + GAP + AXIS + 22;
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, class: "timeline-svg", role: "img" });
  chart.append(svg("title", {}, t("timeline.title")));
  const plot = WIDTH - 2 * LABEL;
  const step = plot / days.length;
  const barWidth = Math.min(MAX_BAR, Math.max(1, step * 0.8));
  const xOf = (i) => (rtl ? WIDTH - LABEL - (i + 1) * step : LABEL + i * step);
  const labelX = rtl ? WIDTH - 4 : 4;

  const panels = [
    { key: "events", top: 22, cls: "bar-events" },
    { key: "killed", top: 22 + PANEL + GAP, cls: "bar-killed" },
  ];
  for (const panel of panels) {
    const max = Math.max(1, ...days.map((d) => d[panel.key] || 0));
    chart.append(
      // direction is set per text: "start" is then the reading start in both languages
      svg("text", { x: labelX, y: panel.top - 4, class: "panel-label", "text-anchor": "start", direction: rtl ? "rtl" : "ltr" },
        `${t(`timeline.${panel.key}`)} (${t("timeline.max")} ${num(max)})`),
      svg("line", { x1: LABEL, x2: WIDTH - LABEL, y1: panel.top + PANEL, y2: panel.top + PANEL, class: "axis" }),
    );
    days.forEach((day, i) => {
      const value = day[panel.key] || 0;
      if (!value) return;
      const barHeight = Math.max(2, (value / max) * PANEL);
      const bar = svg("rect", {
        x: xOf(i) + (step - barWidth) / 2,
        y: panel.top + PANEL - barHeight,
        width: barWidth,
        height: barHeight,
        class: `bar ${panel.cls}`,
        "data-date": day.date,
        "data-value": value,
      });
      bar.append(svg("title", {}, `${day.date}: ${num(value)} ${t(`timeline.${panel.key}`)}`));
      if (onPick) bar.addEventListener("click", () => onPick(day.date));
      chart.append(bar);
    });
  }
  const axisY = 22 + 2 * PANEL + GAP + 18;
  const first = days[0].date;
  const last = days.at(-1).date;
  chart.append(
    svg("text", { x: xOf(0) + (rtl ? step : 0), y: axisY, class: "axis-label", direction: "ltr", "text-anchor": rtl ? "end" : "start" }, first),
    svg("text", { x: xOf(days.length - 1) + (rtl ? 0 : step), y: axisY, class: "axis-label", direction: "ltr", "text-anchor": rtl ? "start" : "end" }, last),
  );
  container.append(chart);
}
