// The screener's page script: one question per step, the checker running in a Web Worker.
//
// It knows no law. The build rendered every question's form into the page (the first one live,
// the others as <template>s); this script shows them one at a time, sends the answers to the
// worker (checker.web.step in Pyodide) and shows what comes back: the next question, errors,
// or the result. While Python loads, the next question comes from the interview map the build
// computed from checker/ (interview.mjs walks it); once Python is in, it checks every answer
// given meanwhile, and where it disagrees the reader is taken to that question with its reason.
// Answers live only in this module's memory: never in the URL, storage, cookies or a request;
// leaving the page or "Start again" drops them. The address carries a step number only
// (?step=3), so that the browser's Back and Forward move between steps.
//
// Loaded once on every page (extra_javascript, type module) and set up per page through
// Material's document$, so it works with instant navigation; pages without a screener do nothing
// and load no Python.

const MB = 1e6;
// After a tap on Continue, and after a new step appears, a tap on the same spot is ignored for
// this long: a second tap of an impatient thumb must not answer the next question, which the
// new step put where Continue was. Taps elsewhere (Back, an option that did not move) and keys
// are never ignored. TAP_SLOP_PX: how far from the first tap a second one still counts as the
// same thumb (half of a 48 px touch target).
const SETTLE_MS = 1000;
const TAP_SLOP_PX = 24;

// --- Small DOM helpers ------------------------------------------------------------------------

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

// A checker text with the English it quotes beside its Spanish, written (“…”), marked
// English (tools/lang/site_i18n.py ENGLISH_GLOSS), so a screen reader says it with English sounds.
const said = (text) =>
  String(text)
    .split(/\((“[^”<>]+”)\)/)
    .map((part, i) => (i % 2 ? ["(", h("span", { lang: "en" }, part), ")"] : part))
    .flat()
    .filter((part) => part !== "");

const hidden = (text) => h("span", { class: "screener-visually-hidden" }, text);

// A step's heading: focus moves to it when the step appears (script only: tabindex -1).
const heading = (id, text) => h("h2", { class: "screener-heading", id, tabindex: "-1" }, text);

function button(text, { type = "button", class: extra = "", dataset = {} } = {}) {
  return h("button", { type, class: `md-button ${extra}`.trim(), dataset }, text);
}

function todayISO() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// A text of the page's language (tools/build/screener_texts.py, from the build) with {names} filled.
function fill(text, values = {}) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

// Today in words, as the checker writes a date (checker.i18n.day_text): "November 30, 2026",
// "30 de noviembre de 2026". Not toLocaleDateString: its first call builds the locale's tables
// (16 ms here, 65 ms on a 4x slower phone) just as the result is shown.
function longDate(texts, d = new Date()) {
  const month = texts.months.split(" ")[d.getMonth()];
  return fill(texts.date_words, { month, day: d.getDate(), year: d.getFullYear() });
}

// A click made with a mouse, a finger or a pen (not Enter or Space: those give detail 0).
const byPointer = (event) => event.detail > 0 || Boolean(event.pointerType);

// The step number in the address: ?step=N (none on the first step).
function stepOfAddress() {
  const n = Number(new URL(location.href).searchParams.get("step") ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function addressOfStep(n) {
  const url = new URL(location.href);
  if (n > 1) url.searchParams.set("step", String(n));
  else url.searchParams.delete("step");
  return url.href;
}

// Hand a file made on this device to the browser as a download (a blob: URL, never a request).
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // the browser has the file by then
}

// The papers stay in English, the court's language: on a page in another language, their
// titles say so (lang="en"), except a reading copy in the page's language (ID_es).
function englishTitles(section) {
  if (!section || document.documentElement.lang === "en") return;
  for (const item of section.querySelectorAll(".screener-papers__paper")) {
    if (item.querySelector("[data-paper]")?.dataset.paper.endsWith("_es")) continue;
    const titles = item.querySelectorAll(".screener-papers__title, button .screener-visually-hidden");
    for (const title of titles) title.lang = "en";
  }
}

// The answers file is read only this far: the checker refuses anything larger by its size.
const OPEN_READ = 65_536;

// Whether this page may compile WebAssembly at all: missing in some browsers and modes, and
// forbidden by a policy without 'wasm-unsafe-eval' (then loadPyodide would hang, not fail).
// The smallest valid module is its 8-byte header.
function webAssemblyWorks() {
  try {
    const header = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]); // "\0asm", version 1
    return new WebAssembly.Module(header) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

// --- The engine: one Web Worker running Pyodide, kept across instant navigation --------------
// The Python inside holds no answers (each step sends them all), so keeping it is safe.
// Why it failed, when it does ("cause"): "network" (a file did not arrive, or stopped coming),
// "browser" (no WebAssembly, no module workers, Python would not start here) or "ours" (a file
// missing from the site, or the checker itself went wrong). The page words each differently.

class Engine {
  constructor(config, siteRoot) {
    this.state = "loading"; // "loading" | "ready" | "failed"
    this.loaded = 0;
    this.total = 0;
    this.cause = "";
    this.listeners = new Set();
    this.waiting = new Map(); // request id -> {resolve, reject}
    this.queue = []; // requests made before Python was ready
    this.nextId = 1;
    this.timer = 0;
    // Give up on a download that stalls, or a start-up that never ends (loadPyodide does not
    // always reject when something goes wrong).
    this.lang = config.lang || "en"; // the language the checker answers in
    this.stallMs = config.timeouts?.stall_ms ?? 30000; // no new bytes for this long: give up
    this.startMs = config.timeouts?.start_ms ?? 30000; // all bytes in, still not ready: give up
    // Data Saver on (the browser's Save-Data): the big download waits for the reader's tap.
    this.paused = Boolean(navigator.connection?.saveData);
    this.go = () => {
      if (this.started) return;
      this.started = true;
      this.paused = false;
      this.start(config, siteRoot);
      this.emit();
    };
    if (!this.paused) this.go();
  }

  on(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit() {
    for (const listener of this.listeners) listener(this);
  }

  start(config, siteRoot) {
    if (!webAssemblyWorks()) {
      this.fail("browser", "no WebAssembly");
      return;
    }
    const abs = (path) => new URL(path, siteRoot).href;
    const settings = {
      pyodide: {
        module: abs(config.pyodide.module),
        indexURL: abs(config.pyodide.indexURL),
        stdLibURL: abs(config.pyodide.stdLibURL),
        lockFileContents: config.pyodide.lockFileContents,
      },
      checker: abs(config.checker),
      sizes: Object.fromEntries(Object.entries(config.sizes).map(([p, n]) => [abs(p), n])),
    };
    this.total = Object.values(settings.sizes).reduce((a, b) => a + b, 0);
    // A module worker from a blob: bootstrap inherits this page's Content-Security-Policy
    // (a worker loaded from a URL would not), so connect-src 'self' binds Python too.
    const bootstrap = `import ${JSON.stringify(abs(config.worker))};`;
    const url = URL.createObjectURL(new Blob([bootstrap], { type: "text/javascript" }));
    try {
      this.worker = new Worker(url, { type: "module", name: "checker" });
    } catch (error) {
      URL.revokeObjectURL(url);
      this.fail("browser", String(error));
      return;
    }
    this.worker.addEventListener("message", (event) => {
      URL.revokeObjectURL(url);
      this.receive(event.data || {});
    });
    this.worker.addEventListener("error", (event) => {
      // The worker's own script did not load: it comes from this site, so the network.
      event.preventDefault();
      URL.revokeObjectURL(url);
      this.fail("network", event.message);
    });
    this.worker.postMessage({ type: "init", config: settings });
    this.arm(this.stallMs);
  }

  arm(ms) {
    clearTimeout(this.timer);
    // Bytes stopped coming: the network. Every byte in, and Python never started: the browser.
    const cause = this.loaded >= this.total ? "browser" : "network";
    this.timer = setTimeout(() => this.fail(cause, `no progress for ${ms} ms`), ms);
  }

  receive(msg) {
    if (msg.type === "progress" && this.state === "loading") {
      this.total = msg.total || this.total; // bytes on the wire, once the worker knows them
      this.loaded = Math.min(msg.loaded, this.total);
      this.arm(this.loaded >= this.total ? this.startMs : this.stallMs);
      this.emit();
    } else if (msg.type === "ready" && this.state === "loading") {
      clearTimeout(this.timer);
      this.state = "ready";
      this.loaded = this.total;
      this.startupMs = msg.ms;
      performance.mark("screener:python-ready");
      for (const request of this.queue.splice(0)) this.post(request);
      this.emit();
    } else if (msg.type === "failed") {
      this.fail(msg.cause || "browser", msg.message);
    } else if (msg.type === "reply") {
      const pending = this.waiting.get(msg.id);
      if (!pending) return;
      this.waiting.delete(msg.id);
      if (msg.error) pending.reject(new Error(msg.error));
      else pending.resolve(JSON.parse(msg.json));
    }
  }

  fail(cause, detail = "") {
    if (this.state === "failed") return;
    clearTimeout(this.timer);
    this.state = "failed";
    this.cause = cause;
    if (detail) console.warn(`The checker stopped (${cause}):`, detail);
    if (this.worker) this.worker.terminate();
    const error = new Error("The checker stopped.");
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
    this.queue.length = 0;
    this.emit();
  }

  // checker.web.step(answers_json, today_iso), as a promise of the parsed reply.
  step(answers) {
    return this.call("step", { answers: JSON.stringify(answers) });
  }

  // checker.web's `fn` (step, save_answers, open_answers, calendar) with `fields`, today's date
  // and the page's language, as a promise of the parsed reply; queued until Python is in.
  call(fn, fields) {
    if (this.state === "failed") return Promise.reject(new Error("The checker stopped."));
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, fn, ...fields, today: todayISO(), lang: this.lang };
      this.waiting.set(request.id, { resolve, reject });
      if (this.state === "ready") this.post(request);
      else this.queue.push(request);
    });
  }

  post(request) {
    this.worker.postMessage({ type: "step", ...request });
  }
}

// --- Reading and filling one step's form ------------------------------------------------------

const DATE_PARTS = ["day", "month", "year"];

function fieldsOf(form, qid) {
  const named = (name) => form.querySelectorAll(`[name="${CSS.escape(name)}"]`);
  const day = form.querySelector(`[name="${CSS.escape(qid)}-day"]`);
  const all = [...named(qid)];
  const notSure = all.find((el) => el.type === "checkbox" && el.value === "not_sure");
  if (day) {
    const part = (p) => form.querySelector(`[name="${CSS.escape(qid)}-${p}"]`);
    return { kind: "date", parts: DATE_PARTS.map(part), notSure };
  }
  const select = all.find((el) => el.tagName === "SELECT");
  if (select) return { kind: "select", select };
  const text = all.find((el) => el.type === "text");
  if (text) return { kind: "number", text, notSure };
  if (all.some((el) => el.type === "radio")) return { kind: "single", boxes: all };
  return { kind: "multiple", boxes: all };
}

// The answer in the form, or undefined when nothing is entered. Whether it is valid is the
// checker's call: a date or a number goes to it as typed, part by part, with the "I don't
// know" box, and the checker says which part is wrong.
function readAnswer(form, qid) {
  const f = fieldsOf(form, qid);
  switch (f.kind) {
    case "single":
      return f.boxes.find((b) => b.checked)?.value;
    case "multiple": {
      const values = f.boxes.filter((b) => b.checked).map((b) => b.value);
      return values.length ? values : undefined;
    }
    case "select":
      return f.select.value || undefined;
    case "number": {
      const notSure = Boolean(f.notSure?.checked);
      if (!f.text.value.trim() && !notSure) return undefined;
      return { text: f.text.value, not_sure: notSure };
    }
    case "date": {
      const notSure = Boolean(f.notSure?.checked);
      const [day, month, year] = f.parts.map((p) => p.value);
      if (![day, month, year].some((v) => v.trim()) && !notSure) return undefined;
      return { day, month, year, not_sure: notSure };
    }
  }
  return undefined;
}

// Fill a fresh form with a kept answer: the checker's form (a code, a list, an ISO date, a
// number or "not_sure"), or a date or number as typed, before Python read it ({day, month,
// year, not_sure} or {text, not_sure}), which comes back exactly as typed.
function fillAnswer(form, qid, value) {
  if (value === undefined || value === null) return;
  const f = fieldsOf(form, qid);
  if (typeof value === "object" && !Array.isArray(value)) {
    if (f.notSure) f.notSure.checked = value.not_sure === true;
    if (f.kind === "number") f.text.value = value.text ?? "";
    if (f.kind === "date") f.parts.forEach((p, i) => (p.value = value[DATE_PARTS[i]] ?? ""));
    return;
  }
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  if (f.kind === "single" || f.kind === "multiple") {
    for (const box of f.boxes) box.checked = values.includes(box.value);
  } else if (f.kind === "select") {
    f.select.value = String(value);
  } else if (value === "not_sure") {
    if (f.notSure) f.notSure.checked = true;
  } else if (f.kind === "number") {
    f.text.value = String(value);
  } else if (f.kind === "date") {
    const [year = "", month = "", day = ""] = String(value).split("-");
    const plain = (s) => (/^\d+$/.test(s) ? String(Number(s)) : s);
    [day, month, year].forEach((v, i) => (f.parts[i].value = plain(v)));
  }
}

// Where an error goes: the group that shows it, the element its message is described on (the
// fieldset, or the lone input), where the message sits, and the inputs it is about (for a
// date, only the parts that are wrong), the first of which its link focuses.
function errorTargets(form, qid, parts) {
  const f = fieldsOf(form, qid);
  const group = form.querySelector(".screener-fieldset, .screener-field");
  const fieldset = group.matches("fieldset") ? group : null;
  const hint = group.querySelector(`#${CSS.escape(qid)}-hint`);
  const after = hint ?? group.querySelector("legend, h2");
  let inputs;
  if (f.kind === "date") {
    const wrong = DATE_PARTS.filter((p) => parts.size === 0 || parts.has(p));
    inputs = wrong.map((p) => f.parts[DATE_PARTS.indexOf(p)]);
  } else {
    inputs = [{ select: f.select, number: f.text }[f.kind] ?? f.boxes[0]];
  }
  return { group, describe: fieldset ?? inputs[0], after, inputs };
}

// --- One mounted screener (one page view) -----------------------------------------------------
//
// The steps the reader has seen form a journey, one browser history entry each: Continue,
// Change and "See your result" add a step (pushState, ?step=N); Back, the browser's Back and
// Forward move along it (popstate). `base` is the step number of the journey's first step.

class Screener {
  constructor(root, engine, config, siteRoot) {
    this.root = root;
    this.engine = engine;
    this.config = config;
    this.siteRoot = siteRoot;
    this.host = root.querySelector("[data-host]");
    this.backLink = root.querySelector("[data-action=back]");
    this.status = root.querySelector("[data-status]");
    this.wait = root.querySelector("[data-wait]");
    this.fallback = root.querySelector("[data-fallback]");
    this.first = this.host.querySelector("form[data-question]").dataset.question; // from the build
    this.texts = config.texts || {};
    // "Open saved answers" under the first question (the build wrote it, and the line at the
    // top of the interview): the file's text goes to Python, never into the page's markup.
    this.openBlock = root.querySelector("[data-open-block]");
    this.openInput = root.querySelector("[data-open-answers]");
    this.openError = this.openBlock.querySelector("[role=alert]");
    this.openInput.addEventListener("change", () => this.openFile());
    // A reload in the middle of the interview (the address still had a step number): say where
    // the answers went.
    const navigation = performance.getEntriesByType?.("navigation")[0];
    if (firstMount && stepOfAddress() > 1 && navigation?.type === "reload") {
      const note = h("p", { class: "screener-keep-note", dataset: { reloaded: "" } }, this.t("reloaded"));
      this.backLink.parentElement.before(note);
    }
    this.title = document.title;
    this.pathname = location.pathname;
    this.leaving = false; // a link away was clicked (see __screenerPopstate below)
    this.settleTimer = 0;
    // The interview map and its walker (interview.mjs), for as long as Python loads.
    this.guide = null;
    this.guideLoading = null;
    if (config.interview && engine.state === "loading") {
      this.guideLoading = import(new URL(config.interview.walker, siteRoot).href)
        .then(({ walk }) => (this.guide = (answers) => walk(config.interview.map, answers)))
        .catch((error) => console.warn("The interview map could not load:", error));
    }
    // A page opened again with a step in its address (a reload, or Back from a whole page
    // load) has no answers: its address becomes the first step's, and the journey starts here.
    history.replaceState({ ...history.state, screenerStep: 1 }, "", addressOfStep(1));
    // The history entries this page view made (their Navigation API keys): another entry of
    // this page holds steps whose answers went (before a reload, or before the page was left),
    // and Back and Forward pass over it (popped()). Browsers without the API stop there.
    this.entries = new Set();
    this.mark();
    firstMount = false;
    this.origin = stepOfAddress(); // the first of the history entries this page view adds
    this.reset();
    this.onSubmit = (e) => this.submit(e);
    this.onClick = (e) => this.click(e);
    this.onGuard = (e) => this.guard(e);
    root.addEventListener("submit", this.onSubmit);
    root.addEventListener("click", this.onClick);
    // Anywhere on the page: a second tap can land below a short step, on a link of the footer.
    for (const type of ["click", "mousedown"]) document.addEventListener(type, this.onGuard, true);
    this.off = engine.on(() => this.engineChanged());
    this.engineChanged();
  }

  reset() {
    this.answers = {};
    this.unsent = {}; // chosen on a step the reader was moved away from, not yet sent
    this.path = [];
    this.rows = [];
    this.result = null;
    this.changing = false; // came from "Check your answers": ask only what is new, then back
    this.journey = [{ kind: "question", id: this.first }];
    this.at = 0;
    this.base = stepOfAddress();
    this.seq = (this.seq ?? 0) + 1; // replies to older requests are ignored
    this.guessed = false; // questions shown from the map: Python has not checked them yet
    this.busy = false;
    this.waiting = false;
    this.wait.hidden = true;
    this.backLink.hidden = true;
  }

  destroy() {
    this.reset();
    this.off();
    this.root.removeEventListener("submit", this.onSubmit);
    this.root.removeEventListener("click", this.onClick);
    for (const type of ["click", "mousedown"]) {
      document.removeEventListener(type, this.onGuard, true);
    }
    clearTimeout(this.settleTimer);
    if (document.title.startsWith(this.t("error_prefix"))) document.title = this.title;
  }

  say(text) {
    // Clear, then set on the next frame, so that the same words are announced again.
    this.status.textContent = "";
    requestAnimationFrame(() => (this.status.textContent = text));
  }

  // -- taps that come too soon ---------------------------------------------------------------

  // Ignore taps for a moment: from a tap on Continue until SETTLE_MS after the new step shows.
  // `data-settling` on the screener says so (the browser tests wait for it to go).
  settle() {
    clearTimeout(this.settleTimer);
    this.root.dataset.settling = "";
    this.settleTimer = setTimeout(() => {
      if (!this.busy) delete this.root.dataset.settling;
    }, SETTLE_MS);
  }

  guard(event) {
    if (!("settling" in this.root.dataset) || !byPointer(event) || !this.tapAt) return;
    if (event.target.closest?.("[data-fallback]")) return; // the way out always works
    const [x, y] = this.tapAt;
    if (Math.hypot(event.clientX - x, event.clientY - y) > TAP_SLOP_PX) return; // not the thumb
    event.preventDefault(); // no tick, no focus, no submit, no Back
    event.stopPropagation();
  }

  // -- engine state ------------------------------------------------------------------------

  engineChanged() {
    const e = this.engine;
    this.root.dataset.engine = e.state;
    this.saveData(e.paused);
    if (e.state === "failed") return this.showFailure(e.cause);
    if (e.state === "ready" && this.guessed) this.confirm();
    if (e.state === "ready") this.papers(); // in the module map now: offline later, they still come
    if (!this.waiting) return;
    if (e.state === "ready") {
      this.wait.hidden = true;
      return;
    }
    const mb = (bytes) => (bytes / MB).toFixed(1);
    const text =
      e.loaded < e.total
        ? this.t("loading", { loaded: mb(e.loaded), total: mb(e.total) })
        : this.t("starting");
    this.wait.querySelector("[data-wait-text]").textContent = text;
    const bar = this.wait.querySelector("progress");
    bar.max = e.total;
    bar.value = e.loaded;
  }

  // Data Saver: say the checker waits, with a button that starts its download.
  saveData(paused) {
    if (!paused) {
      this.saver?.remove();
      this.saver = null;
      return;
    }
    if (this.saver) return;
    this.saver = h(
      "div",
      { class: "admonition note screener-saver", dataset: { saveData: "" } },
      h("p", {}, this.t("save_data")),
      button(this.t("save_data_go"), { dataset: { action: "download" } }),
    );
    this.backLink.parentElement.before(this.saver);
  }

  // The checker cannot go on: say why in words that fit the cause, point to Check by hand,
  // and move focus there.
  showFailure(cause) {
    if (!this.fallback.hidden) return;
    const known = this.fallback.querySelector(`[data-fallback-cause="${CSS.escape(cause)}"]`);
    const shown = known ?? this.fallback.querySelector('[data-fallback-cause="ours"]');
    for (const part of this.fallback.querySelectorAll("[data-fallback-cause]")) {
      part.hidden = part !== shown;
    }
    this.fallback.hidden = false;
    this.host.hidden = true;
    this.backLink.hidden = true;
    this.openBlock.hidden = true;
    this.wait.hidden = true;
    this.busy = false;
    delete this.root.dataset.settling;
    const title = shown.querySelector(".admonition-title").textContent;
    this.say(this.t("by_hand_instead", { title }));
    this.fallback.scrollIntoView({ block: "nearest" });
    this.fallback.focus({ preventScroll: true });
  }

  // -- events ------------------------------------------------------------------------------

  submit(event) {
    event.preventDefault(); // no form here ever submits: form-action 'none' backs this up
    if (this.busy) return; // an answer is on its way: a second press changes nothing
    const form = event.target;
    if (form.dataset.step === "check") return this.showStep({ kind: "result" });
    if (form.matches("[data-calendar-form]")) return this.calendar(form);
    const qid = form.dataset.question;
    if (!qid) return;
    const value = readAnswer(form, qid);
    if (value === undefined) {
      return this.showErrors(form, [{ question: qid, message: form.dataset.empty }]);
    }
    this.answer({ ...this.answers, [qid]: value }, qid);
  }

  click(event) {
    const target = event.target.closest("button, a");
    if (!target || !this.root.contains(target)) return;
    if (target.matches("[data-error-link]")) {
      // Focus the field; the address stays as it is (and Material's instant navigation, which
      // would otherwise take this same-page link, never sees the click).
      event.preventDefault();
      event.stopPropagation();
      const field = this.host.querySelector(`#${CSS.escape(target.dataset.errorLink)}`);
      field?.closest("fieldset, .screener-field")?.scrollIntoView({ block: "start" });
      field?.focus({ preventScroll: true });
      return;
    }
    if (target.type === "submit") {
      // A thumb may come down here again; after a key, nothing is guarded.
      this.tapAt = byPointer(event) ? [event.clientX, event.clientY] : null;
      if (this.tapAt) this.settle();
    }
    if (this.busy) return;
    const action = target.dataset.action;
    if (target.dataset.change) {
      this.changing = true;
      this.showStep({ kind: "question", id: target.dataset.change });
    } else if (action === "back") this.back();
    else if (action === "print") window.print();
    else if (target.matches("[data-save-answers]")) this.save();
    else if (action === "switch-stay") this.stay();
    else if (action === "download") this.engine.go();
    else if (action === "switch-go") {
      this.letGo = true; // no second warning from beforeunload
      location.assign(this.switchTo);
    }
    else if (action === "restart") this.restart();
  }

  // Back goes where the browser's Back goes: to the step before, in the order they were seen.
  back() {
    if (this.at > 0) history.back();
  }

  // The browser moved to another of this page's history entries (see the listener below).
  mark() {
    const entry = window.navigation?.currentEntry;
    if (entry) this.entries.add(entry.key);
    this.index = entry?.index;
  }

  popped() {
    const index = window.navigation?.currentEntry?.index;
    const way = index < this.index ? -1 : 1;
    this.index = index;
    if (this.rewinding) {
      this.rewinding = false; // back at this page view's first entry, after Start again
      this.base = stepOfAddress();
      return;
    }
    if (index !== undefined && !this.entries.has(window.navigation.currentEntry.key)) {
      history.go(way); // a step whose answers went: on the same way, to a live entry or away
      return;
    }
    if (this.engine.state === "failed") return;
    const wanted = stepOfAddress() - this.base;
    // A step from before "Start again", or from an earlier visit to this page: its answers are
    // gone; the journey's nearest end stands in for it.
    this.at = Math.min(Math.max(wanted, 0), this.journey.length - 1);
    this.seq++; // a reply still on its way belongs to the step left behind
    this.busy = false;
    this.waiting = false;
    this.wait.hidden = true;
    this.render(this.journey[this.at]);
  }

  // Start again: question 1, and the history entries of the steps left behind go (the
  // browser moves back to this page view's first entry; the next step replaces the rest), so
  // that Back and Forward never land on a step whose answers are gone.
  restart() {
    const added = stepOfAddress() - this.origin;
    this.reset();
    this.render(this.journey[0]);
    this.say(this.t("cleared"));
    if (added > 0) {
      this.rewinding = true;
      history.go(-added);
    }
  }

  // While Python loads, the map says which question comes next, and it is shown at once. When
  // the map cannot say (an answer only Python can read, or the end: "Check your answers" shows
  // what Python read), or once Python is in, Python says.
  async answer(answers, from) {
    const seq = ++this.seq; // an answer still waiting for Python is replaced by this one
    if (this.engine.state === "loading") await this.guideLoading; // preloaded: at once
    if (seq !== this.seq) return; // another answer, Back or Start again came meanwhile
    const guess = this.engine.state === "loading" && this.guide ? this.guide(answers) : null;
    if (!guess?.known || !guess.next) return this.send(answers, from);
    this.waiting = false;
    this.wait.hidden = true;
    this.answers = answers;
    this.path = guess.path;
    this.guessed = true;
    this.showStep({ kind: "question", id: this.nextAfter(from, guess.next) });
  }

  // Python is in: it replays the answers given while it loaded (checker.web.step decides). Where
  // it agrees with the map nothing on screen moves; where it refuses an answer, the reader is
  // taken to that question with the reason; a question Python would not ask never stays.
  async confirm() {
    this.guessed = false;
    const seq = ++this.seq;
    const reply = await this.ask(this.answers, seq);
    if (!reply) return;
    if (seq !== this.seq) {
      // Moved meanwhile: an answer sent since decides; after Back or Forward, check again.
      if (!this.busy && !this.waiting) {
        this.guessed = true;
        this.confirm();
      }
      return;
    }
    if (reply.failed) return this.engine.fail("ours", reply.errors[0]?.message);
    const shown = this.journey[this.at];
    const asked = shown.kind === "question" && [...reply.path, reply.next].includes(shown.id);
    if (!reply.errors.length && asked) return this.keep(reply);
    // Moved: an option chosen on the step left, not yet sent, is kept for when it comes again.
    const left = this.host.querySelector("form[data-question]");
    const unsent = left && readAnswer(left, left.dataset.question);
    if (unsent !== undefined) this.unsent = { [left.dataset.question]: unsent };
    if (!reply.errors.length) return this.apply(reply);
    // A refused answer: once it is put right, only what it makes new, then "Check your
    // answers" (as after a Change), and the summary says why the reader was moved.
    this.changing = true;
    this.apply(reply, null, this.t("moved"));
  }

  // Python's reply to `answers`, or null: Python could not start (engineChanged() already shows
  // why), or the checker raised, which it never should: something went wrong on our side (said
  // only while `seq` is still the latest request).
  async ask(answers, seq) {
    try {
      return await this.engine.step(answers);
    } catch (error) {
      if (seq === this.seq) this.engine.fail("ours", error.message);
      return null;
    }
  }

  // What Python read: every answer that may still apply (a refused one left out), the path,
  // the rows of "Check your answers" and the result.
  keep(reply) {
    this.answers = reply.answers;
    this.path = reply.path;
    this.rows = reply.rows;
    this.result = reply.result;
  }

  async send(answers, from) {
    const seq = ++this.seq;
    this.guessed = false; // Python sees every answer now
    if (this.engine.state === "ready") {
      this.busy = true;
      this.root.dataset.settling = "";
    } else {
      // Not ready yet: keep the answer and say so; a new answer given meanwhile replaces it.
      this.waiting = true;
      this.wait.hidden = false;
      this.engineChanged();
      this.say(this.t("kept"));
    }
    const reply = await this.ask(answers, seq);
    if (!reply || seq !== this.seq) return;
    this.busy = false;
    this.waiting = false;
    this.wait.hidden = true;
    if (reply.failed) return this.engine.fail("ours", reply.errors[0]?.message);
    this.apply(reply, from);
  }

  // `title`: the error summary's heading (why the reader was moved, when Python moved them).
  apply(reply, from, title = this.t("problem")) {
    const before = this.answers;
    this.keep(reply);
    if (reply.errors.length) {
      const mine = reply.errors.filter((e) => e.question === reply.next);
      const current = this.host.querySelector(`form[data-question="${CSS.escape(reply.next)}"]`);
      // The refused answer stays in the form as typed. One kept from earlier that a change
      // made wrong (a birth date after a new offense date) is shown as it was, with the reason.
      const form = current ?? this.showStep({ kind: "question", id: reply.next }, before);
      this.showErrors(form, mine.length ? mine : reply.errors, form.dataset.question, title);
      this.settle();
      return;
    }
    const next = this.nextAfter(from, reply.next);
    this.showStep(next ? { kind: "question", id: next } : { kind: "check" });
  }

  // The question to show after answering `from`. Walking forward again after going back: the
  // next question asked, with its answer. After a change from "Check your answers": only new
  // questions (`next`, from the map or Python), then "Check your answers".
  nextAfter(from, next) {
    const index = this.path.indexOf(from);
    const following = !this.changing && index !== -1 ? this.path[index + 1] : undefined;
    return following ?? next;
  }

  // -- steps -------------------------------------------------------------------------------

  // A new step: the journey goes on from here (steps after this one are forgotten).
  showStep(step, answers = this.answers) {
    this.journey = [...this.journey.slice(0, this.at + 1), step];
    this.at += 1;
    history.pushState({ screenerStep: this.base + this.at }, "", addressOfStep(this.base + this.at));
    this.mark();
    return this.render(step, answers);
  }

  render(step, answers = this.answers) {
    if (step.kind === "check") return this.showCheck();
    if (step.kind === "result") return this.showResult();
    return this.showQuestion(step.id, answers);
  }

  show(step, heading) {
    if (step.matches("[data-step=check]")) this.changing = false;
    this.host.replaceChildren(step);
    this.host.hidden = false;
    this.backLink.hidden = this.at === 0;
    this.openBlock.hidden = !(this.at === 0 && step.matches("form[data-question]"));
    if (document.title.startsWith(this.t("error_prefix"))) document.title = this.title;
    this.settle();
    // The new step from its top: the Back link above it in view, under Material's header.
    const nav = this.backLink.parentElement;
    const header = document.querySelector(".md-header")?.getBoundingClientRect().bottom ?? 0;
    if (nav.getBoundingClientRect().top < header) nav.scrollIntoView({ block: "start" });
    heading.focus();
    return step;
  }

  showQuestion(qid, answers = this.answers) {
    const template = this.root.querySelector(`template[data-template="${CSS.escape(qid)}"]`);
    const form = template.content.firstElementChild.cloneNode(true);
    const index = this.path.indexOf(qid);
    const number = index === -1 ? this.path.length + 1 : index + 1;
    form.querySelector("[data-caption]").textContent = this.t("question", { number });
    fillAnswer(form, qid, answers[qid] ?? this.unsent[qid]);
    return this.show(form, form.querySelector("h2"));
  }

  showErrors(form, errors, qid = form.dataset.question, title = this.t("problem")) {
    const parts = new Set(errors.flatMap((e) => e.parts ?? []));
    const { group, describe, after, inputs } = errorTargets(form, qid, parts);
    const titleId = `${qid}-error-title`;
    const link = (e) =>
      h("a", { href: `#${inputs[0].id}`, dataset: { errorLink: inputs[0].id } }, e.message);
    const summary = h(
      "div",
      {
        class: "screener-error-summary",
        role: "alert",
        tabindex: "-1",
        "aria-labelledby": titleId,
      },
      h("h2", { id: titleId, class: "screener-error-summary__title" }, title),
      h("ul", {}, errors.map((e) => h("li", {}, link(e)))),
    );
    form.querySelector("[data-errors]").replaceChildren(summary);
    form.querySelector(".screener-error-message")?.remove();
    const text = errors.map((e) => e.message).join(" ");
    const messageAttrs = { class: "screener-error-message", id: `${qid}-error` };
    const message = h("p", messageAttrs, hidden(this.t("error_prefix")), text);
    after.after(message);
    group.classList.add("screener--error");
    const described = describe.getAttribute("aria-describedby") || "";
    const ids = new Set(described.split(" ").filter(Boolean));
    ids.add(message.id);
    describe.setAttribute("aria-describedby", [...ids].join(" "));
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    for (const input of inputs) input.setAttribute("aria-invalid", "true");
    const prefix = this.t("error_prefix");
    if (!document.title.startsWith(prefix)) document.title = prefix + this.title;
    // In view below Material's header and its "Back to top" button (scroll-margin-top), then
    // focused without another scroll.
    summary.scrollIntoView({ block: "start" });
    summary.focus({ preventScroll: true });
  }

  answersList(withChange) {
    const change = (row) =>
      h(
        "dd",
        { class: "screener-summary__actions" },
        h(
          "button",
          { type: "button", class: "screener-link", dataset: { change: row.id } },
          this.t("change"),
          hidden(this.t("change_hidden", { question: row.question })),
        ),
      );
    const item = (row) =>
      h(
        "div",
        { class: "screener-summary__row" },
        h("dt", { class: "screener-summary__key" }, row.question),
        h("dd", { class: "screener-summary__value" }, row.answer),
        withChange && change(row),
      );
    return h("dl", { class: "screener-summary" }, this.rows.map(item));
  }

  showCheck() {
    const title = heading("screener-check-heading", this.t("check_title"));
    const form = h(
      "form",
      { class: "screener-step", dataset: { step: "check" }, novalidate: true, autocomplete: "off" },
      title,
      h("p", {}, this.t("check_intro")),
      this.answersList(true),
      button(this.t("see_result"), { type: "submit", class: "md-button--primary screener-submit" }),
      this.keepBlock(),
    );
    return this.show(form, title);
  }
  // "Save my answers": what the file holds and who can read it; on the result, first the
  // hand-off to a lawyer, and the papers (papers.js) go just before it.
  keepBlock(onResult = false) {
    return h(
      "div",
      { class: "screener-keep", dataset: onResult ? { papersSlot: "" } : {} },
      onResult && h("h3", {}, this.t("keep_title")),
      onResult && h("p", {}, this.t("handoff")),
      h("p", {}, this.t("save_what")),
      button(this.t("save"), { dataset: { saveAnswers: "" } }),
    );
  }

  // A reminder for the day the probation ends: the reader types the day it started (on the
  // probation order); Python works out the dates and writes the .ics.
  calendarForm() {
    const id = "probation_start";
    const part = (name, width) =>
      h(
        "div",
        { class: "screener-date__part" },
        h("label", { for: `${id}-${name}` }, this.t(name)),
        h("input", {
          class: `screener-input screener-input--${width}`,
          id: `${id}-${name}`,
          name: `${id}-${name}`,
          type: "text",
          inputmode: "numeric",
          spellcheck: "false",
        }),
      );
    return h(
      "form",
      { class: "screener-calendar", dataset: { calendarForm: "" }, novalidate: true, autocomplete: "off" },
      h("h3", {}, this.t("calendar_title")),
      h("div", { class: "screener-errors", dataset: { errors: "" } }),
      h(
        "fieldset",
        { class: "screener-fieldset", "aria-describedby": `${id}-hint` },
        h("legend", { class: "screener-legend" }, this.t("calendar_legend")),
        h("div", { class: "screener-hint", id: `${id}-hint` }, this.t("calendar_hint")),
        h("div", { class: "screener-date" }, part("day", 2), part("month", 2), part("year", 4)),
      ),
      button(this.t("calendar_button"), { type: "submit", dataset: { calendar: "" } }),
      h("p", { dataset: { calendarDone: "" }, hidden: true }),
    );
  }

  // checker.web's `fn` for a download or a file; null when the checker failed (then said).
  async keepCall(fn, fields) {
    try {
      const reply = await this.engine.call(fn, fields);
      if (!reply.failed) return reply;
      this.engine.fail("ours", reply.error);
    } catch (error) {
      this.engine.fail("ours", error.message);
    }
    return null;
  }

  async save() {
    const made = await this.keepCall("save_answers", { answers: JSON.stringify(this.answers) });
    if (!made) return;
    download(made.name, made.text, "application/json");
    this.say(this.t("saved", { file: made.name }));
  }

  async calendar(form) {
    const typed = Object.fromEntries(
      DATE_PARTS.map((p) => [p, form.querySelector(`[name="probation_start-${p}"]`).value]),
    );
    const answers = JSON.stringify(this.answers);
    const made = await this.keepCall("calendar", { answers, start: JSON.stringify(typed) });
    if (!made) return;
    if (made.errors) return this.showErrors(form, made.errors, "probation_start");
    form.querySelector("[data-errors]").replaceChildren();
    form.querySelector(".screener-error-message")?.remove();
    form.querySelector(".screener--error")?.classList.remove("screener--error");
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    if (document.title.startsWith(this.t("error_prefix"))) document.title = this.title;
    download(made.name, made.text, "text/calendar");
    const done = form.querySelector("[data-calendar-done]");
    const said = made.latest ? "calendar_done_latest" : "calendar_done";
    done.textContent = this.t(said, { end: made.end, follow_up: made.follow_up });
    done.hidden = false;
    this.say(done.textContent);
  }

  // "Open saved answers": Python checks the file, then every answer in it as if typed. A file
  // it refuses leaves nothing behind: its message shows under the field (role=alert).
  async openFile() {
    const file = this.openInput.files?.[0];
    if (!file) return;
    this.openError.textContent = "";
    this.openInput.removeAttribute("aria-invalid");
    const text = await file
      .slice(0, OPEN_READ)
      .text()
      .catch(() => "");
    this.openInput.value = ""; // nothing of the file stays in the page
    const seq = ++this.seq;
    this.say(this.t("opening"));
    const reply = await this.keepCall("open_answers", { text });
    if (!reply || seq !== this.seq) return;
    if (reply.file_error) {
      this.openError.textContent = reply.file_error;
      this.openInput.setAttribute("aria-invalid", "true");
      return;
    }
    this.journey = this.journey.slice(0, this.at + 1);
    this.changing = false;
    this.guessed = false;
    this.apply(reply, null);
  }

  // The language switch with answers in memory: they cannot travel (nothing is stored), so
  // the reader chooses: stay, save the answers file first, or switch and start again.
  warnSwitch(link) {
    this.switchTo = link.href;
    this.switchLink = link;
    this.switchBox?.remove();
    const title = h("p", { class: "admonition-title", id: "screener-switch-title" }, this.t("switch_title"));
    this.switchBox = h(
      "div",
      {
        class: "admonition warning screener-switch",
        role: "alert",
        tabindex: "-1",
        "aria-labelledby": title.id,
        dataset: { switchWarning: "" },
      },
      title,
      h("p", {}, this.t("switch_text")),
      h(
        "div",
        { class: "screener-actions" },
        button(this.t("switch_stay"), { class: "md-button--primary", dataset: { action: "switch-stay" } }),
        this.engine.state === "ready" && button(this.t("save"), { dataset: { saveAnswers: "" } }),
        button(this.t("switch_go"), { dataset: { action: "switch-go" } }),
      ),
    );
    this.backLink.parentElement.before(this.switchBox);
    this.switchBox.scrollIntoView({ block: "nearest" });
    this.switchBox.focus({ preventScroll: true });
  }

  stay() {
    this.switchBox?.remove();
    this.switchBox = null;
    this.switchLink?.focus();
  }

  // papers.js, imported once (a failed import is tried again at the next result).
  papers() {
    if (!this.config.papers) return null;
    this.papersModule ??= import(new URL(this.config.papers, this.siteRoot).href).catch((error) => {
      this.papersModule = null;
      throw error;
    });
    return this.papersModule;
  }

  lawLink(reason) {
    const clause = { class: "screener-reason__clause" };
    if (!reason.anchor || !this.config.links?.law) return h("span", clause, reason.clause);
    const href = new URL(`${this.config.links.law}#${reason.anchor}`, this.siteRoot).href;
    // A new tab, so that reading the law does not lose the result (GOV.UK's one exception).
    const attrs = { ...clause, href, target: "_blank", rel: "noopener" };
    return h("a", attrs, reason.clause, hidden(this.t("new_tab")));
  }

  // A word of the page's language (tools/build/screener_texts.py), with {names} filled in.
  t(key, values = {}) {
    return fill(this.texts[key] ?? key, values);
  }

  // "What would change your result": for each unknown answer that decides it, what each
  // answer would give and where the answer is written down; then the unknowns that do not
  // matter. All words come from the checker (web.result_view) or the page's texts.
  changes(r) {
    const out = [];
    const changes = r.changes ?? [];
    if (changes.length) {
      const change = (c) =>
        h(
          "div",
          { class: "screener-change", dataset: { changeOf: c.question } },
          h("h4", {}, said(c.text)),
          c.together_with.length > 0 &&
            h("p", {}, this.t("together_with", { questions: c.together_with.join("; ") })),
          h(
            "ul",
            {},
            c.groups.map((g) =>
              h("li", { dataset: { wouldGive: g.outcome } }, h("strong", {}, g.answers), ": ", g.title),
            ),
          ),
          c.where &&
            h("p", { class: "screener-change__where" }, said(this.t("where", { where: c.where }))),
        );
      out.push(
        h(
          "section",
          { class: "screener-changes", "aria-labelledby": "screener-changes-title" },
          h("h3", { id: "screener-changes-title" }, this.t("changes_title")),
          h("p", {}, this.t("changes_intro")),
          changes.map(change),
        ),
      );
    }
    const same = r.same_either_way_questions ?? [];
    if (same.length) {
      out.push(
        h("h3", {}, this.t("same_title")),
        h("p", {}, this.t("same_intro")),
        h("ul", {}, same.map((text) => h("li", {}, text))),
      );
    }
    return out;
  }

  reasons(r) {
    if (!r.reasons.length) return [];
    const words = { met: this.t("met"), not_met: this.t("not_met"), unknown: this.t("unknown") };
    const item = (reason) =>
      h(
        "li",
        { class: `screener-reason screener-reason--${reason.status}` },
        h("span", { class: "screener-reason__status" }, words[reason.status] ?? reason.status),
        " ",
        this.lawLink(reason),
        h("span", { class: "screener-reason__text" }, said(reason.text)),
      );
    return [
      h("h3", {}, this.t("why")),
      h("p", { class: "screener-print-hide" }, this.t("why_intro")),
      h("ul", { class: "screener-reasons" }, r.reasons.map(item)),
    ];
  }

  showResult() {
    const r = this.result;
    if (!r) return this.showCheck();
    const title = heading("screener-result-heading", r.title);
    const flag = (note) =>
      h(
        "div",
        { class: `admonition ${note.level} screener-flag`, dataset: { flag: note.code } },
        h("p", { class: "admonition-title" }, note.title),
        h("p", {}, said(note.text)),
      );
    const section = h(
      "section",
      {
        class: "screener-result",
        "aria-labelledby": title.id,
        dataset: {
          outcome: r.outcome,
          flags: r.flags.join(" "),
          dependsOn: (r.depends_on ?? []).map((d) => d.question).join(" "),
        },
      },
      h("p", { class: "screener-caption" }, this.t("your_result")),
      title,
      h("p", { class: "screener-result__summary" }, said(r.summary)),
      r.flag_notes.map(flag), // in the checker's order: immigration first
      this.changes(r),
      this.reasons(r),
      r.next_steps.length > 0 && [
        h("h3", {}, this.t("next_steps")),
        h("ol", {}, r.next_steps.map((text) => h("li", {}, said(text)))),
      ],
      h("h3", {}, this.t("your_answers")),
      this.answersList(false),
      h(
        "p",
        { class: "screener-result__date" },
        this.t("checked_on", { date: longDate(this.texts) }),
      ),
      r.law_checked && h("p", { class: "screener-result__law" }, r.law_checked.text), // checker/law.py
      h(
        "div",
        { class: "admonition note screener-notice" },
        h("p", { class: "admonition-title" }, this.t("not_advice_title")),
        h("p", {}, this.t("not_advice")),
      ),
      r.reminder && this.calendarForm(),
      this.keepBlock(true),
      h(
        "div",
        { class: "screener-actions" },
        button(this.t("print"), {
          class: "md-button--primary",
          dataset: { action: "print" },
        }),
        button(this.t("restart"), { dataset: { action: "restart" } }),
      ),
    );
    // Papers to take away (papers.js): the papers this result calls for, made in the worker.
    // If its script never came (offline before Python was in), the page says so where they
    // would be.
    this.papers()
      ?.then((m) => m.renderPapers(section, r, m.workerCall(this.engine.worker), this.answers))
      .then(englishTitles)
      .catch((error) => {
        console.warn("The papers could not load:", error);
        const note = h("p", { class: "screener-papers-missing", role: "status" }, this.t("no_papers"));
        section.querySelector("[data-papers-slot]")?.before(note);
      });
    return this.show(section, title);
  }
}

// --- Per page: Material's document$ (instant navigation), or plain page load -----------------

let engine = null;
let mounted = null;
let firstMount = true; // the page's first screener: a reload is about this one

function setUp() {
  if (mounted && !document.contains(mounted.root)) {
    mounted.destroy(); // left the screener page: its answers go with it
    mounted = null;
  }
  const root = document.querySelector("[data-screener]");
  if (!root || root === mounted?.root) return;
  mounted?.destroy();
  const config = JSON.parse(root.dataset.config);
  const siteRoot = new URL(config.root, location.href).href;
  if (engine?.state === "failed" && engine.cause !== "browser") engine = null; // try again
  engine ??= new Engine(config, siteRoot);
  mounted = new Screener(root, engine, config, siteRoot);
  // A Continue pressed before this script set the screener up (site-overrides/main.html kept
  // it): take it now.
  const early = root.screenerEarly;
  delete root.screenerEarly;
  if (early?.isConnected && root.contains(early)) {
    mounted.submit({ target: early, preventDefault() {} });
  }
}

// A page kept in the back/forward cache comes back without the answers it had: they go as the
// page is left, and its history entry becomes the first step of a new journey.
addEventListener("pagehide", () => {
  if (mounted) {
    mounted.reset();
    mounted.render(mounted.journey[0]);
  }
});
addEventListener("pageshow", (event) => {
  if (event.persisted && mounted) mounted.reset();
});

// Back and Forward between the screener's steps. Material's instant navigation must not see
// them: it would load this same page again (its first popstate always loads), and the answers
// would go. The page template's first script calls this before Material's listener runs, and
// stops the event when it returns true.
//
// Not once the reader has clicked a link away: Material puts the new address in the bar at the
// click and fetches the page after. A Back pressed before that page arrives belongs to Material
// (it drops the late page and loads this one again, fresh: leaving took the answers); kept
// here, the other page would arrive and stand under this page's address.
window.__screenerPopstate = () => {
  if (!mounted || mounted.leaving || !mounted.root.isConnected) return false;
  if (location.pathname !== mounted.pathname) return false;
  mounted.popped();
  return true;
};

// Answers in memory: reloading or leaving the page asks first (the browser's own prompt), and
// the language switch warns with a choice before Material or the browser can act on it.
const holdsAnswers = () =>
  Boolean(mounted?.root.isConnected && !mounted.letGo && Object.keys(mounted.answers).length);

addEventListener("beforeunload", (event) => {
  if (!holdsAnswers()) return;
  event.preventDefault();
  event.returnValue = ""; // the older way to ask for the prompt
});

addEventListener(
  "click",
  (event) => {
    const link = event.target.closest?.("a[data-lang-switch]");
    if (!link || !holdsAnswers() || event.button || event.ctrlKey || event.metaKey) return;
    if (event.shiftKey || event.altKey) return; // a new tab or window: nothing is lost here
    event.preventDefault();
    event.stopImmediatePropagation();
    mounted.warnSwitch(link);
  },
  true,
);

// Every address Material navigates to (at the click, before the page is fetched).
window.location$?.subscribe?.((url) => {
  if (mounted && url.pathname !== mounted.pathname) mounted.leaving = true;
});
if (window.document$?.subscribe) window.document$.subscribe(setUp);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
else setUp();
