// The dashboard: filters drive the map, the timeline and the event list
// together; the filters live in the URL so a view can be shared.

import { api } from "./api.js";
import { arabic, clear, h } from "./dom.js";
import { codes, label, labels, num, sep, t } from "./i18n.js";
import { EventMap } from "./map.js";
import { drawTimeline } from "./timeline.js";

const FILTERS = ["from", "to", "admin1", "type", "perpetrator", "q"];
const PAGE = 25;

export class Dashboard {
  constructor(config) {
    this.config = config;
    this.form = document.getElementById("filters");
    this.offset = 0;
    this.byDay = [];
    this.map = null;
    this.updates = 0;
    this.readUrl();
    this.form.addEventListener("change", () => this.update());
    this.form.addEventListener("submit", (e) => { e.preventDefault(); this.update(); });
    this.form.addEventListener("reset", () => setTimeout(() => this.update(), 0));
    document.getElementById("prev-page").addEventListener("click", () => this.page(-PAGE));
    document.getElementById("next-page").addEventListener("click", () => this.page(PAGE));
  }

  /** Called on start and on every language switch. */
  async render() {
    this.fillSelects();
    if (!this.map) {
      this.map = new EventMap(document.getElementById("map"), { tileUrl: this.config.tile_url });
      await this.map.loadBoundaries("/static/data/syria_admin1.geojson");
    }
    this.map.relabel();
    await this.update({ keepPage: true });
  }

  filters() {
    const data = new FormData(this.form);
    return Object.fromEntries(FILTERS.map((name) => [name, (data.get(name) ?? "").trim()]));
  }

  readUrl() {
    const params = new URLSearchParams(location.search);
    for (const name of FILTERS) {
      if (params.has(name)) this.form.elements[name].dataset.initial = params.get(name);
    }
  }

  fillSelects() {
    const options = { admin1: codes("admin1"), type: codes("type"), perpetrator: codes("actor") };
    const kinds = { admin1: "admin1", type: "type", perpetrator: "actor" };
    for (const [name, values] of Object.entries(options)) {
      const select = this.form.elements[name];
      const chosen = select.dataset.initial ?? select.value;
      delete select.dataset.initial;
      clear(select).append(h("option", { value: "" }, t("filter.all")));
      for (const code of values) select.append(h("option", { value: code }, label(kinds[name], code)));
      select.value = chosen;
    }
    for (const name of ["from", "to", "q"]) {
      const input = this.form.elements[name];
      if (input.dataset.initial !== undefined) input.value = input.dataset.initial;
      delete input.dataset.initial;
    }
  }

  async update({ keepPage = false } = {}) {
    if (!keepPage) this.offset = 0;
    const seq = ++this.updates;
    const filters = this.filters();
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    history.replaceState(null, "", query.size ? `/?${query}` : "/");
    const [events, incidents, stats, page] = await Promise.all([
      api("/api/geojson/events", { params: filters }),
      api("/api/geojson/incidents", { params: filters }),
      api("/api/stats", { params: filters }),
      api("/api/events", { params: { ...filters, limit: PAGE, offset: this.offset } }),
    ]);
    if (seq !== this.updates) return; // a newer update is on its way
    this.map.showEvents(events);
    this.map.showIncidents(incidents);
    this.byDay = stats.by_day;
    this.drawTimeline();
    this.showSummary(stats.totals);
    this.showRanking(stats.by_admin1);
    this.showTable(page);
    document.body.dataset.updates = String(seq);
  }

  drawTimeline() {
    drawTimeline(document.getElementById("timeline"), this.byDay, {
      onPick: (date) => {
        this.form.elements.from.value = date;
        this.form.elements.to.value = date;
        this.update();
      },
    });
  }

  showSummary(totals) {
    document.getElementById("summary").textContent = t("summary", {
      events: num(totals.events), killed: num(totals.killed), incidents: num(totals.incidents),
    });
  }

  /** Deaths per governorate as meters; a click filters to that governorate. */
  showRanking(rows) {
    const table = clear(document.getElementById("ranking"));
    const ranked = rows.filter((r) => r.key).sort((a, b) => b.killed - a.killed || b.events - a.events);
    const max = Math.max(1, ...ranked.map((r) => r.killed));
    for (const row of ranked) {
      const pick = h("a", { href: `/?admin1=${encodeURIComponent(row.key)}`, "data-admin1": row.key }, label("admin1", row.key));
      pick.addEventListener("click", (e) => {
        e.preventDefault();
        this.form.elements.admin1.value = row.key;
        this.update();
      });
      table.append(h("tr", {},
        h("th", { scope: "row" }, pick),
        h("td", {}, h("meter", { min: 0, max, value: row.killed }, num(row.killed))),
        h("td", { class: "num" }, `${num(row.killed)} ${t("timeline.killed")}${sep()}${num(row.events)} ${t("timeline.events")}`),
      ));
    }
  }

  async page(delta) {
    this.offset = Math.max(0, this.offset + delta);
    await this.update({ keepPage: true });
  }

  showTable({ items, total, offset }) {
    const body = clear(document.querySelector("#event-table tbody"));
    if (!items.length) {
      body.append(h("tr", {}, h("td", { colspan: 7, class: "muted" }, t("list.empty"))));
    }
    for (const event of items) {
      const href = event.incident_id
        ? `/incidents/${event.incident_id}`
        : `/documents/${encodeURIComponent(event.document_id)}`;
      body.append(h("tr", { "data-event-id": event.id },
        h("td", { class: "nowrap" }, event.date ?? t("unknown")),
        h("td", {}, h("a", { href }, arabic("span", event.location.name)),
          event.location.admin1 ? h("span", { class: "muted" }, `${sep()}${label("admin1", event.location.admin1)}`) : null),
        h("td", {}, label("type", event.type)),
        h("td", {}, labels("actor", event.perpetrators)),
        h("td", { class: "num" }, num(event.killed)),
        h("td", { class: "num" }, num(event.injured)),
        h("td", {}, arabic("span", event.outlet ?? "")),
      ));
    }
    document.getElementById("page-info").textContent = t("list.page", {
      from: num(total ? offset + 1 : 0), to: num(offset + items.length), total: num(total),
    });
    document.getElementById("prev-page").disabled = offset === 0;
    document.getElementById("next-page").disabled = offset + items.length >= total;
  }
}
