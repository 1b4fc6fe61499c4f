// An article's text with the words behind each field marked and the evidence
// sentences emphasised. The original string is sliced into text nodes:
// nothing in the article is ever parsed as HTML.

import { h } from "./dom.js";
import { label } from "./i18n.js";

/**
 * Render `text` (offsets are code points, as Python counts them) with
 * `evidence` [[start, end], ...] and `marks` [{start, end, field}, ...].
 * Returns a <div dir="rtl"> whose textContent equals `text`.
 */
export function highlightedText(text, { evidence = [], marks = [] } = {}) {
  const chars = Array.from(text ?? "");
  const n = chars.length;
  const clamp = (i) => Math.max(0, Math.min(n, Number(i) || 0));
  const ranges = (list) =>
    list.map(([s, e, extra]) => ({ start: clamp(s), end: clamp(e), ...extra })).filter((r) => r.start < r.end);

  const sentences = ranges(evidence.map(([s, e]) => [s, e]));
  const fields = ranges(marks.map((m) => [m.start, m.end, { field: m.field }]));

  const cuts = new Set([0, n]);
  for (const r of [...sentences, ...fields]) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);

  const root = h("div", { class: "article-text", dir: "rtl", lang: "ar" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node = document.createTextNode(chars.slice(a, b).join(""));
    const covering = fields
      .filter((r) => r.start <= a && b <= r.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start)); // innermost first
    for (const r of covering) {
      const mark = h("mark", {
        class: `mark mark-${r.field}`,
        "data-field": r.field,
        title: label("field", r.field),
      });
      if (r.start === a) mark.dataset.label = label("field", r.field);
      mark.append(node);
      node = mark;
    }
    if (sentences.some((r) => r.start <= a && b <= r.end)) {
      const em = h("em", { class: "evidence" });
      em.append(node);
      node = em;
    }
    root.append(node);
  }
  return root;
}

/** The marks of one event: its `spans` object as a list. */
export function eventMarks(event) {
  return Object.entries(event.spans ?? {})
    .filter(([, span]) => Array.isArray(span) && span.length === 2)
    .map(([field, [start, end]]) => ({ field, start, end }));
}
