// The map: governorate boundaries drawn from our own GeoJSON (works with no
// tile server), OSM tiles only when one answers, events and incidents as
// circle markers sized by deaths. Leaflet is the global `L` (static/vendor).

import { h } from "./dom.js";
import { label, num, sep, t } from "./i18n.js";

const SYRIA_BOUNDS = [[32.3, 35.6], [37.4, 42.4]];

export class EventMap {
  constructor(element, { tileUrl = null } = {}) {
    this.map = L.map(element, { zoomSnap: 0.25, attributionControl: true }).fitBounds(SYRIA_BOUNDS);
    this.events = L.layerGroup().addTo(this.map);
    this.incidents = L.layerGroup();
    this.boundaries = L.geoJSON(null, {
      style: { className: "boundary", color: "#6b7280", weight: 1, fillColor: "#f3f1ea", fillOpacity: 1 },
    });
    this.boundaries.addTo(this.map);
    this.control = null;
    this.relabel();
    this.map.attributionControl.setPrefix(false);
    if (tileUrl) this.addTilesIfReachable(tileUrl);
  }

  async loadBoundaries(url) {
    const data = await (await fetch(url)).json();
    this.boundaries.addData(data);
    this.map.attributionControl.addAttribution(data.attribution);
    this.boundaries.eachLayer((layer) => layer.bindTooltip(label("admin1", layer.feature.properties.admin1)));
  }

  /** Layer names are translated, so the control is rebuilt on a language switch. */
  relabel() {
    if (this.control) this.map.removeControl(this.control);
    this.control = L.control.layers(null, {
      [t("map.boundaries")]: this.boundaries,
      [t("map.events")]: this.events,
      [t("map.incidents")]: this.incidents,
    }, { collapsed: false }).addTo(this.map);
    this.boundaries.eachLayer((layer) => layer.setTooltipContent(label("admin1", layer.feature.properties.admin1)));
  }

  /** Try one tile with a short timeout; add the tile layer only if it loads. */
  addTilesIfReachable(tileUrl) {
    const probe = new Image();
    const timer = setTimeout(() => { probe.src = ""; }, 3000);
    probe.onload = () => {
      clearTimeout(timer);
      L.tileLayer(tileUrl, {
        maxZoom: 18,
        attribution: "© OpenStreetMap contributors",
        opacity: 0.8,
      }).addTo(this.map).bringToBack();
      this.boundaries.setStyle({ fillOpacity: 0.1 });
    };
    probe.src = tileUrl.replace("{s}.", "").replace("{z}", "6").replace("{x}", "38").replace("{y}", "25");
  }

  showEvents(collection) {
    this.events.clearLayers();
    for (const feature of collection.features) {
      const p = feature.properties;
      this.marker(feature, "event-marker", p.killed).bindPopup(() => eventPopup(p)).addTo(this.events);
    }
  }

  showIncidents(collection) {
    this.incidents.clearLayers();
    for (const feature of collection.features) {
      const p = feature.properties;
      this.marker(feature, "incident-marker", p.killed_best).bindPopup(() => incidentPopup(p)).addTo(this.incidents);
    }
  }

  marker(feature, className, killed) {
    const [lon, lat] = feature.geometry.coordinates;
    return L.circleMarker([lat, lon], {
      className,
      radius: 4 + Math.min(14, Math.sqrt(killed || 0) * 2),
      weight: 1,
      color: "#7f1d1d",
      fillColor: className === "event-marker" ? "#dc2626" : "#1d4ed8",
      fillOpacity: 0.6,
    });
  }
}

function popupLines(p, killed, injured) {
  return [
    h("strong", { dir: "auto" }, p.name ?? ""),
    h("div", {}, `${label("type", p.type)}${sep()}${p.date ?? t("unknown")}`),
    h("div", {}, `${t("field.killed")}: ${num(killed)}${sep()}${t("field.injured")}: ${num(injured)}`),
  ];
}

function eventPopup(p) {
  const link = p.incident_id
    ? h("a", { href: `/incidents/${p.incident_id}` }, t("map.open"))
    : h("a", { href: `/documents/${encodeURIComponent(p.document_id)}` }, t("map.document"));
  return h("div", { class: "popup" }, popupLines(p, p.killed, p.injured), link);
}

function incidentPopup(p) {
  return h(
    "div",
    { class: "popup" },
    popupLines(p, p.killed_best, p.injured_best),
    h("a", { href: `/incidents/${p.id}` }, t("map.open")),
  );
}
