// Entry point: language, reviewer token, and which view the path asks for.

import { api, getToken, setToken } from "./api.js";
import { Dashboard } from "./dashboard.js";
import { showDocument } from "./document.js";
import { initialLang, lang, setLang, t } from "./i18n.js";
import { showIncident } from "./incident.js";

const views = ["dashboard", "incident", "document"];
let dashboard = null;

function route() {
  const path = location.pathname;
  const incident = path.match(/^\/incidents\/(\d+)\/?$/);
  const doc = path.match(/^\/documents\/(.+?)\/?$/);
  if (incident) return { view: "incident", id: incident[1] };
  if (doc) return { view: "document", id: decodeURIComponent(doc[1]) };
  return { view: "dashboard" };
}

async function render(config) {
  const { view, id } = route();
  for (const name of views) document.getElementById(`view-${name}`).hidden = name !== view;
  const main = document.getElementById(`view-${view}`);
  const notice = document.getElementById("notice");
  notice.hidden = true;
  try {
    if (view === "incident") await showIncident(main, id);
    else if (view === "document") await showDocument(main, id);
    else {
      dashboard ??= new Dashboard(config);
      await dashboard.render();
    }
  } catch (error) {
    notice.textContent = error.status === 401 && config.private ? t("private.need_token") : error.message;
    notice.hidden = false;
  }
}

function showTokenState() {
  document.getElementById("token-state").textContent = getToken() ? t("token.saved") : t("token.none");
  document.getElementById("lang-toggle").textContent = t("lang.other");
}

async function start() {
  setLang(initialLang());
  showTokenState();
  const config = await api("/api/config");
  document.getElementById("token-input").value = getToken();
  document.getElementById("lang-toggle").addEventListener("click", () => {
    setLang(lang() === "ar" ? "en" : "ar");
    showTokenState();
    render(config);
  });
  document.getElementById("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    setToken(document.getElementById("token-input").value.trim());
    showTokenState();
    render(config);
  });
  await render(config);
}

start();
