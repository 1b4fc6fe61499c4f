// The incident page: figures across reports, every report with its marked
// text, review actions for a reviewer, and the change log.

import { api, getToken } from "./api.js";
import { arabic, clear, h } from "./dom.js";
import { label, labels, num, t } from "./i18n.js";
import { auditTable } from "./audit.js";
import { reportCard } from "./report.js";

const EDITABLE = ["type", "date", "location", "admin1", "killed", "injured", "perpetrators", "targets", "sources"];

export async function showIncident(main, id) {
  clear(main).append(h("p", { class: "muted" }, "…"));
  let incident;
  try {
    incident = await api(`/api/incidents/${encodeURIComponent(id)}`);
  } catch (error) {
    clear(main).append(backLink(), h("p", { class: "error" }, error.status === 404 ? t("incident.not_found") : error.message));
    return;
  }
  const audit = await api("/api/audit", { params: { incident_id: incident.id } });
  const reload = () => showIncident(main, incident.id);
  clear(main).append(
    backLink(),
    h("h1", {}, `${t("incident.title", { id: num(incident.id) })}: `, arabic("span", incident.location.name)),
    summary(incident),
    figures(incident),
    h("section", { class: "reports" },
      h("h2", {}, t("incident.reports", { n: num(incident.reports.length) })),
      incident.reports.map((report) => reportCard(report, report.document)),
    ),
    reviewPanel(incident, reload),
    h("section", { class: "audit" }, h("h2", {}, t("audit.title")), auditTable(audit.items)),
  );
}

function backLink() {
  return h("p", {}, h("a", { href: "/", class: "back" }, t("incident.back")));
}

function summary(incident) {
  const fact = (key, value) => [h("dt", {}, t(key)), h("dd", {}, value)];
  return h("dl", { class: "facts incident-facts" },
    fact("field.type", label("type", incident.type)),
    fact("field.date", incident.date ?? t("unknown")),
    fact("field.admin1", label("admin1", incident.location.admin1)),
    fact("field.perpetrators", labels("actor", incident.perpetrators)),
    fact("field.targets", labels("target", incident.targets)),
    fact("incident.outlets", incident.outlets.length ? incident.outlets.map((o) => arabic("span", o, { class: "chip" })) : t("unknown")),
  );
}

function figures(incident) {
  const row = (key, prefix) => h("tr", {},
    h("th", { scope: "row" }, t(key)),
    ["low", "best", "high"].map((k) => h("td", { class: `num figure-${prefix}-${k}` }, num(incident[`${prefix}_${k}`]))),
  );
  return h("table", { class: "figures" },
    h("caption", {}, t("incident.figures")),
    h("thead", {}, h("tr", {}, h("td"), ["low", "best", "high"].map((k) => h("th", { scope: "col" }, t(`incident.${k}`))))),
    h("tbody", {}, row("field.killed", "killed"), row("field.injured", "injured")),
  );
}

function reviewPanel(incident, reload) {
  const panel = h("section", { class: "review" }, h("h2", {}, t("review.title")));
  if (!getToken()) {
    panel.append(h("p", { class: "muted" }, t("review.need_token")));
    return panel;
  }
  const status = h("p", { class: "review-status", role: "status" });
  const run = async (action) => {
    status.textContent = "…";
    try {
      await action();
      await reload();
    } catch (error) {
      status.textContent = t("review.error", { message: error.message });
    }
  };
  panel.append(correctionForm(incident, run), splitForm(incident, run), mergeForm(incident, run), status);
  return panel;
}

/** An event's current value of an editable field, as the reviewer types it. */
function currentValue(event, field) {
  if (field === "location") return event.location.name;
  if (field === "admin1") return event.location.admin1 ?? "";
  const value = event[field];
  if (Array.isArray(value)) return value.join(", ");
  return value ?? "";
}

/** The PATCH body for a field's new value, typed as the API wants it. */
function patchBody(event, field, raw) {
  const text = raw.trim();
  if (field === "location") return { location: { ...event.location, name: text } };
  if (field === "admin1") return { location: { ...event.location, admin1: text || null } };
  if (["killed", "injured"].includes(field)) return { [field]: text === "" ? null : Number(text) };
  if (["perpetrators", "targets", "sources"].includes(field)) {
    return { [field]: text ? text.split(/[,،\s]+/).filter(Boolean) : [] };
  }
  if (field === "date") return { date: text || null };
  return { [field]: text };
}

function correctionForm(incident, run) {
  const eventSelect = h("select", { name: "event" },
    incident.reports.map((r, i) => h("option", { value: r.id }, `#${i + 1} ${r.document.source ?? ""} (${r.id})`)));
  const fieldSelect = h("select", { name: "field" }, EDITABLE.map((f) => h("option", { value: f }, label("field", f))));
  const value = h("input", { name: "value", dir: "auto" });
  const chosen = () => incident.reports.find((r) => String(r.id) === eventSelect.value);
  const prefill = () => { value.value = currentValue(chosen(), fieldSelect.value); };
  eventSelect.addEventListener("change", prefill);
  fieldSelect.addEventListener("change", prefill);
  prefill();
  const form = h("form", { class: "review-form", id: "correct-form" },
    h("label", {}, `${t("review.event")} `, eventSelect),
    h("label", {}, `${t("review.field")} `, fieldSelect),
    h("label", {}, `${t("review.value")} `, value),
    h("button", { type: "submit" }, t("review.save")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const body = patchBody(chosen(), fieldSelect.value, value.value);
    run(() => api(`/api/events/${eventSelect.value}`, { method: "PATCH", body }));
  });
  return form;
}

function splitForm(incident, run) {
  const boxes = incident.reports.map((r, i) =>
    h("label", { class: "check" }, h("input", { type: "checkbox", value: r.id }), ` #${i + 1} (${r.id})`));
  const form = h("form", { class: "review-form", id: "split-form" },
    h("span", {}, t("review.split_pick")), boxes, h("button", { type: "submit" }, t("review.split")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const ids = [...form.querySelectorAll("input:checked")].map((box) => Number(box.value));
    run(() => api(`/api/incidents/${incident.id}/split`, { method: "POST", body: { event_ids: ids } }));
  });
  return form;
}

function mergeForm(incident, run) {
  const other = h("input", { type: "number", min: 1, name: "other", required: true, dir: "ltr" });
  const form = h("form", { class: "review-form", id: "merge-form" },
    h("label", {}, `${t("review.merge_id")} `, other), h("button", { type: "submit" }, t("review.merge")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run(() => api("/api/incidents/merge", { method: "POST", body: { incident_ids: [incident.id, Number(other.value)] } }));
  });
  return form;
}
