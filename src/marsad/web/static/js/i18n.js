// Two languages, one dictionary each. Codes from the codebook (types, actors,
// governorates...) are translated here too, so the API stays language-free.

const STRINGS = {
  en: {
    "lang.other": "العربية",
    "token.label": "Reviewer token",
    "token.save": "Save",
    "token.saved": "token saved",
    "token.none": "read-only",
    "private.need_token": "This marsad is private: enter a token above to read it.",
    "filter.from": "From",
    "filter.to": "To",
    "filter.admin1": "Governorate",
    "filter.type": "Type",
    "filter.perpetrator": "Perpetrator",
    "filter.q": "Search text",
    "filter.reset": "Reset",
    "filter.all": "All",
    "summary": "{events} events, {killed} killed, {incidents} incidents",
    "timeline.title": "Events and deaths per day",
    "timeline.events": "events",
    "timeline.killed": "killed",
    "timeline.max": "max",
    "timeline.empty": "No dated events for these filters.",
    "ranking.title": "Deaths by governorate",
    "list.title": "Events",
    "list.prev": "Previous",
    "list.next": "Next",
    "list.page": "{from}–{to} of {total}",
    "list.empty": "No events match these filters.",
    "map.events": "Events",
    "map.incidents": "Incidents",
    "map.boundaries": "Governorates",
    "map.open": "Open incident",
    "map.document": "Open report",
    "field.date": "Date",
    "field.place": "Place",
    "field.type": "Type",
    "field.perpetrator": "Perpetrator",
    "field.perpetrators": "Perpetrators",
    "field.targets": "Targets",
    "field.target": "Target",
    "field.killed": "Killed",
    "field.injured": "Injured",
    "field.source": "Source",
    "field.sources": "Sources",
    "field.outlet": "Outlet",
    "field.admin1": "Governorate",
    "field.location": "Place name",
    "field.claimed": "Claimed",
    "field.evidence": "Evidence",
    "incident.title": "Incident {id}",
    "incident.figures": "Figures across reports",
    "incident.low": "low",
    "incident.best": "best",
    "incident.high": "high",
    "incident.reports": "Reports ({n})",
    "incident.outlets": "Outlets",
    "incident.back": "Back to the dashboard",
    "incident.not_found": "No such incident.",
    "report.published": "Published",
    "report.legend": "Highlighted: the words behind each field; shaded: the evidence sentences.",
    "document.title": "Report {id}",
    "review.title": "Review",
    "review.need_token": "Enter a reviewer token above to correct events or split and merge incidents.",
    "review.event": "Event",
    "review.field": "Field",
    "review.value": "New value",
    "review.save": "Save correction",
    "review.saved": "Saved.",
    "review.split": "Split the selected events into a new incident",
    "review.split_pick": "Select events to split off:",
    "review.merge": "Merge another incident into this one",
    "review.merge_id": "Incident id",
    "review.error": "Error: {message}",
    "audit.title": "Change log",
    "audit.empty": "No changes yet.",
    "audit.at": "When",
    "audit.actor": "Who",
    "audit.action": "Action",
    "audit.object": "Object",
    "audit.field": "Field",
    "audit.old": "Old",
    "audit.new": "New",
    "footer.boundaries": "Boundaries: UN OCHA Syria (CC BY 3.0 IGO)",
    "unknown": "—",
  },
  ar: {
    "lang.other": "English",
    "token.label": "رمز المراجع",
    "token.save": "حفظ",
    "token.saved": "تم حفظ الرمز",
    "token.none": "قراءة فقط",
    "private.need_token": "هذا المرصد خاص: أدخل رمزاً أعلاه لقراءته.",
    "filter.from": "من",
    "filter.to": "إلى",
    "filter.admin1": "المحافظة",
    "filter.type": "النوع",
    "filter.perpetrator": "الجهة المنفذة",
    "filter.q": "بحث في النص",
    "filter.reset": "إعادة ضبط",
    "filter.all": "الكل",
    "summary": "{events} حدثاً، {killed} قتيلاً، {incidents} حادثة",
    "timeline.title": "الأحداث والقتلى يومياً",
    "timeline.events": "أحداث",
    "timeline.killed": "قتلى",
    "timeline.max": "الأعلى",
    "timeline.empty": "لا أحداث مؤرخة لهذه المرشحات.",
    "ranking.title": "القتلى حسب المحافظة",
    "list.title": "الأحداث",
    "list.prev": "السابق",
    "list.next": "التالي",
    "list.page": "{from}–{to} من {total}",
    "list.empty": "لا أحداث تطابق هذه المرشحات.",
    "map.events": "الأحداث",
    "map.incidents": "الحوادث",
    "map.boundaries": "المحافظات",
    "map.open": "فتح الحادثة",
    "map.document": "فتح التقرير",
    "field.date": "التاريخ",
    "field.place": "المكان",
    "field.type": "النوع",
    "field.perpetrator": "الجهة المنفذة",
    "field.perpetrators": "الجهات المنفذة",
    "field.targets": "الأهداف",
    "field.target": "الهدف",
    "field.killed": "القتلى",
    "field.injured": "الجرحى",
    "field.source": "المصدر",
    "field.sources": "المصادر",
    "field.outlet": "الوسيلة الإعلامية",
    "field.admin1": "المحافظة",
    "field.location": "اسم المكان",
    "field.claimed": "تبنٍّ",
    "field.evidence": "الدليل",
    "incident.title": "الحادثة {id}",
    "incident.figures": "الأرقام عبر التقارير",
    "incident.low": "الأدنى",
    "incident.best": "الأرجح",
    "incident.high": "الأعلى",
    "incident.reports": "التقارير ({n})",
    "incident.outlets": "الوسائل الإعلامية",
    "incident.back": "العودة إلى اللوحة",
    "incident.not_found": "لا توجد حادثة بهذا الرقم.",
    "report.published": "تاريخ النشر",
    "report.legend": "المظلَّل بلون: الكلمات التي أعطت كل حقل؛ الخلفية الرمادية: جمل الدليل.",
    "document.title": "التقرير {id}",
    "review.title": "المراجعة",
    "review.need_token": "أدخل رمز المراجع أعلاه لتصحيح الأحداث أو فصل الحوادث ودمجها.",
    "review.event": "الحدث",
    "review.field": "الحقل",
    "review.value": "القيمة الجديدة",
    "review.save": "حفظ التصحيح",
    "review.saved": "تم الحفظ.",
    "review.split": "فصل الأحداث المحددة في حادثة جديدة",
    "review.split_pick": "حدد الأحداث المراد فصلها:",
    "review.merge": "دمج حادثة أخرى في هذه الحادثة",
    "review.merge_id": "رقم الحادثة",
    "review.error": "خطأ: {message}",
    "audit.title": "سجل التغييرات",
    "audit.empty": "لا تغييرات بعد.",
    "audit.at": "متى",
    "audit.actor": "من",
    "audit.action": "الإجراء",
    "audit.object": "الكائن",
    "audit.field": "الحقل",
    "audit.old": "القديم",
    "audit.new": "الجديد",
    "footer.boundaries": "الحدود: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في سوريا (CC BY 3.0 IGO)",
    "unknown": "—",
  },
};

const CODES = {
  type: {
    air_strike: ["Air strike", "غارة جوية"],
    shelling: ["Shelling", "قصف مدفعي/صاروخي"],
    remote_explosive: ["Explosive device", "عبوة/تفجير"],
    suicide_bomb: ["Suicide bombing", "تفجير انتحاري"],
    chemical_weapon: ["Chemical weapon", "سلاح كيميائي"],
    armed_clash: ["Armed clash", "اشتباك مسلح"],
    territory_change: ["Territory change", "تغيّر السيطرة"],
    attack: ["Attack on civilians", "هجوم على مدنيين"],
    abduction: ["Abduction", "خطف"],
  },
  actor: {
    syria_gov: ["Syrian government", "الحكومة السورية"],
    russia: ["Russia", "روسيا"],
    iran_axis: ["Iran and allies", "إيران وحلفاؤها"],
    opposition: ["Opposition", "المعارضة"],
    hts: ["HTS / Nusra", "هيئة تحرير الشام"],
    isis: ["Islamic State", "تنظيم الدولة"],
    sdf: ["SDF / YPG", "قسد"],
    turkey: ["Turkey", "تركيا"],
    us_coalition: ["US-led coalition", "التحالف الدولي"],
    israel: ["Israel", "إسرائيل"],
    other: ["Other", "أخرى"],
  },
  target: {
    civilians: ["Civilians", "مدنيون"], medical: ["Medical", "منشآت طبية"],
    school: ["School", "مدرسة"], market: ["Market", "سوق"], religious: ["Religious site", "دور عبادة"],
    civil_defence: ["Civil defence", "الدفاع المدني"], humanitarian: ["Humanitarian", "عمل إنساني"],
    camp: ["Camp", "مخيم"], infrastructure: ["Infrastructure", "بنية تحتية"], military: ["Military", "عسكري"],
  },
  source: {
    sohr: ["SOHR", "المرصد السوري"], activists: ["Activists", "ناشطون"],
    civil_defence: ["Civil defence", "الدفاع المدني"], medics: ["Medics", "مصادر طبية"],
    state_media: ["State media", "إعلام رسمي"], government: ["Government", "حكومة"],
    military: ["Military", "مصادر عسكرية"], faction: ["Faction", "فصيل"],
    local_media: ["Local media", "إعلام محلي"], witnesses: ["Witnesses", "شهود"],
    un: ["UN", "الأمم المتحدة"], ngo: ["NGO", "منظمة"], media: ["Media", "وسائل إعلام"],
  },
  admin1: {
    Aleppo: ["Aleppo", "حلب"], Idleb: ["Idleb", "إدلب"], Hama: ["Hama", "حماة"], Homs: ["Homs", "حمص"],
    "Rural Damascus": ["Rural Damascus", "ريف دمشق"], Damascus: ["Damascus", "دمشق"],
    "Dar'a": ["Dar'a", "درعا"], "Deir-ez-Zor": ["Deir-ez-Zor", "دير الزور"],
    "Ar-Raqqa": ["Ar-Raqqa", "الرقة"], "Al-Hasakeh": ["Al-Hasakeh", "الحسكة"],
    Lattakia: ["Lattakia", "اللاذقية"], Tartous: ["Tartous", "طرطوس"],
    "As-Sweida": ["As-Sweida", "السويداء"], Quneitra: ["Quneitra", "القنيطرة"],
  },
  field: {
    location: ["place", "المكان"], place: ["place", "المكان"], type: ["type", "النوع"],
    perpetrators: ["perpetrator", "المنفذ"], perpetrator: ["perpetrator", "المنفذ"],
    targets: ["target", "الهدف"], target: ["target", "الهدف"], source: ["source", "المصدر"],
    killed: ["killed", "القتلى"], injured: ["injured", "الجرحى"], date: ["date", "التاريخ"],
    sources: ["source", "المصدر"], claimed: ["claim", "تبنٍّ"], admin1: ["governorate", "المحافظة"],
  },
};

let current = "en";

export function lang() {
  return current;
}

/** A UI string, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const template = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

/** The label of a codebook code (kind: type, actor, target, source, admin1, field). */
export function label(kind, code) {
  if (code === null || code === undefined || code === "") return t("unknown");
  const pair = CODES[kind]?.[code];
  return pair ? pair[current === "ar" ? 1 : 0] : String(code);
}

/** Separator between facts on one line ("·" looks like the Arabic zero "٠"). */
export function sep() {
  return current === "ar" ? "، " : " · ";
}

/** Several codes' labels as one string, or "—" when there are none. */
export function labels(kind, list) {
  if (!list?.length) return t("unknown");
  return list.map((code) => label(kind, code)).join(current === "ar" ? "، " : ", ");
}

export function codes(kind) {
  return Object.keys(CODES[kind]);
}

/** Numbers in the reader's digits (Arabic-Indic in Arabic). */
export function num(value) {
  if (value === null || value === undefined) return t("unknown");
  return new Intl.NumberFormat(current === "ar" ? "ar-SY" : "en-GB").format(value);
}

/** Switch language: <html lang dir> and every [data-i18n] element. */
export function setLang(next) {
  current = next === "ar" ? "ar" : "en";
  localStorage.setItem("marsad.lang", current);
  document.documentElement.lang = current;
  document.documentElement.dir = current === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

/** The language to start in: ?lang=, then the saved choice, then the browser's. */
export function initialLang() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "ar" || asked === "en") return asked;
  const saved = localStorage.getItem("marsad.lang");
  if (saved) return saved;
  return navigator.language?.startsWith("ar") ? "ar" : "en";
}
