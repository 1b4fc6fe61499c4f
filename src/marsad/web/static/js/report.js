// One report: an outlet's article with the event it gave, every field's
// words highlighted and the evidence sentences emphasised.

import { arabic, h } from "./dom.js";
import { eventMarks, highlightedText } from "./highlight.js";
import { label, labels, num, sep, t } from "./i18n.js";

/** Only http(s) links from article metadata become clickable. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return ["http:", "https:"].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export function documentHeader(doc) {
  const url = doc.url ? safeUrl(doc.url) : null;
  return h("header", { class: "report-header" },
    h("div", { class: "report-outlet" }, arabic("strong", doc.source ?? t("unknown"))),
    doc.title ? arabic("h3", doc.title, { class: "report-title" }) : null,
    h("div", { class: "muted" },
      `${t("report.published")}: `, h("bdi", { dir: "ltr" }, doc.published ?? t("unknown")), sep(),
      url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", dir: "ltr" }, doc.id) : h("bdi", {}, doc.id)),
  );
}

export function eventFacts(event) {
  const fact = (key, value) => [h("dt", {}, t(key)), h("dd", {}, value)];
  return h("dl", { class: "facts" },
    fact("field.type", label("type", event.type)),
    fact("field.date", event.date ?? t("unknown")),
    fact("field.place", [arabic("span", event.location.name), event.location.admin1 ? `${sep()}${label("admin1", event.location.admin1)}` : ""]),
    fact("field.perpetrators", labels("actor", event.perpetrators)),
    fact("field.targets", labels("target", event.targets)),
    fact("field.killed", qualified(event.killed, event.killed_qualifier)),
    fact("field.injured", qualified(event.injured, event.injured_qualifier)),
    fact("field.sources", labels("source", event.sources)),
  );
}

function qualified(value, qualifier) {
  if (value === null || value === undefined) return qualifier === "vague" ? `${t("unknown")} (vague)` : t("unknown");
  return qualifier && qualifier !== "exact" ? `${num(value)} (${qualifier.replace("_", " ")})` : num(value);
}

/** A report card: the document's header, one event's facts, the marked text. */
export function reportCard(event, doc) {
  return h("article", { class: "report", "data-event-id": event.id },
    documentHeader(doc),
    eventFacts(event),
    h("p", { class: "legend muted" }, t("report.legend")),
    highlightedText(doc.text, { evidence: event.evidence, marks: eventMarks(event) }),
  );
}
