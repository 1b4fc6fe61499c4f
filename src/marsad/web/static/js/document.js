// A document page: the article with the marks of all its events.

import { api } from "./api.js";
import { clear, h } from "./dom.js";
import { eventMarks, highlightedText } from "./highlight.js";
import { t } from "./i18n.js";
import { documentHeader, eventFacts } from "./report.js";

export async function showDocument(main, id) {
  let doc;
  try {
    doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    clear(main).append(h("p", { class: "error" }, error.message));
    return;
  }
  const events = doc.events;
  clear(main).append(
    h("p", {}, h("a", { href: "/", class: "back" }, t("incident.back"))),
    h("h1", {}, t("document.title", { id: "" }), h("span", { dir: "auto" }, doc.id)),
    h("article", { class: "report" },
      documentHeader(doc),
      events.map((event) => h("div", { class: "document-event" },
        eventFacts(event),
        event.incident_id ? h("a", { href: `/incidents/${event.incident_id}` }, t("map.open")) : null)),
      h("p", { class: "legend muted" }, t("report.legend")),
      highlightedText(doc.text, {
        evidence: events.flatMap((e) => e.evidence),
        marks: events.flatMap(eventMarks),
      }),
    ),
  );
}
