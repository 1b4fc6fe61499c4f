// The change log as a table: who changed what, when, from what to what.

import { arabic, h } from "./dom.js";
import { t } from "./i18n.js";

export function auditTable(items) {
  if (!items.length) return h("p", { class: "muted audit-empty" }, t("audit.empty"));
  const cols = ["at", "actor", "action", "object", "field", "old", "new"];
  return h("table", { class: "audit-table" },
    h("thead", {}, h("tr", {}, cols.map((c) => h("th", {}, t(`audit.${c}`))))),
    h("tbody", {}, items.map((entry) => h("tr", {},
      h("td", { class: "nowrap", dir: "ltr" }, new Date(entry.at).toLocaleString()),
      h("td", { dir: "auto" }, entry.actor),
      h("td", {}, entry.action),
      h("td", { class: "nowrap" }, `${entry.object_type} ${entry.object_id}`),
      h("td", {}, entry.field ?? ""),
      arabic("td", entry.old_value ?? ""),
      arabic("td", entry.new_value ?? ""),
    ))),
  );
}
