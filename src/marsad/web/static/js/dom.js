// Building DOM without HTML strings: every piece of text goes in through
// textContent, so article text can never become markup.

/**
 * Create an element. `attrs` are attributes (null/false skipped; `class`,
 * `dir`, `data-*` welcome); children are nodes or strings (made text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Append nodes and strings (as text) to a parent, flattening arrays. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Remove every child of an element. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Arabic (or any article) text: an element whose direction follows its content. */
export function arabic(tag, text, attrs = {}) {
  return h(tag, { dir: "auto", ...attrs }, text ?? "");
}
