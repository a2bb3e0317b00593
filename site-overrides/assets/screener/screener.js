// The screener's page script: one question per step, the checker running in a Web Worker.
//
// It knows no law. The build rendered every question's form into the page (the first one live,
// the others as <template>s); this script shows them one at a time, sends the answers to the
// worker (checker.web.step in Pyodide) and shows what comes back: the next question, errors,
// or the result. Answers live only in this module's memory: never in the URL, storage, cookies
// or a request; leaving the page or "Start again" drops them.
//
// Loaded once on every page (extra_javascript, type module) and set up per page through
// Material's document$, so it works with instant navigation; pages without a screener do nothing
// and load no Python.

const MB = 1e6;

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

const hidden = (text) => h("span", { class: "screener-visually-hidden" }, text);

// A step's heading: focus moves to it when the step appears (script only: tabindex -1).
const heading = (id, text) => h("h2", { class: "screener-heading", id, tabindex: "-1" }, text);

const backButton = () =>
  h("button", { type: "button", class: "screener-back", dataset: { action: "back" } }, "Back");

function button(text, { type = "button", class: extra = "", dataset = {} } = {}) {
  return h("button", { type, class: `md-button ${extra}`.trim(), dataset }, text);
}

function todayISO() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function longDate(d = new Date()) {
  return d.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
}

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

class Engine {
  constructor(config, siteRoot) {
    this.state = "loading"; // "loading" | "ready" | "failed"
    this.loaded = 0;
    this.total = 0;
    this.reason = "";
    this.listeners = new Set();
    this.waiting = new Map(); // request id -> {resolve, reject}
    this.queue = []; // requests made before Python was ready
    this.nextId = 1;
    this.timer = 0;
    // Give up on a download that stalls, or a start-up that never ends (loadPyodide does not
    // always reject when something goes wrong).
    this.stallMs = config.timeouts?.stall_ms ?? 30000; // no new bytes for this long: give up
    this.startMs = config.timeouts?.start_ms ?? 30000; // all bytes in, still not ready: give up
    this.start(config, siteRoot);
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
      this.fail("wasm");
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
    } catch {
      URL.revokeObjectURL(url);
      this.fail("worker");
      return;
    }
    this.worker.addEventListener("message", (event) => {
      URL.revokeObjectURL(url);
      this.receive(event.data || {});
    });
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      URL.revokeObjectURL(url);
      this.fail("load", event.message);
    });
    this.worker.postMessage({ type: "init", config: settings });
    this.arm(this.stallMs);
  }

  arm(ms) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fail("stalled"), ms);
  }

  receive(msg) {
    if (msg.type === "progress" && this.state === "loading") {
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
      this.fail("load", msg.message);
    } else if (msg.type === "reply") {
      const pending = this.waiting.get(msg.id);
      if (!pending) return;
      this.waiting.delete(msg.id);
      if (msg.error) pending.reject(new Error(msg.error));
      else pending.resolve(JSON.parse(msg.json));
    }
  }

  fail(reason, detail = "") {
    if (this.state === "failed") return;
    clearTimeout(this.timer);
    this.state = "failed";
    this.reason = reason;
    if (detail) console.warn("The checker could not start:", detail);
    if (this.worker) this.worker.terminate();
    const error = new Error("The checker could not start.");
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
    this.queue.length = 0;
    this.emit();
  }

  // checker.web.step(answers_json, today_iso), as a promise of the parsed reply.
  step(answers) {
    if (this.state === "failed") return Promise.reject(new Error("The checker could not start."));
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, answers: JSON.stringify(answers), today: todayISO() };
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

function fieldsOf(form, qid) {
  const named = (name) => form.querySelectorAll(`[name="${CSS.escape(name)}"]`);
  const day = form.querySelector(`[name="${CSS.escape(qid)}-day"]`);
  const all = [...named(qid)];
  const notSure = all.find((el) => el.type === "checkbox" && el.value === "not_sure");
  if (day) {
    const part = (p) => form.querySelector(`[name="${CSS.escape(qid)}-${p}"]`);
    return { kind: "date", parts: [day, part("month"), part("year")], notSure };
  }
  const select = all.find((el) => el.tagName === "SELECT");
  if (select) return { kind: "select", select };
  const text = all.find((el) => el.type === "text");
  if (text) return { kind: "number", text, notSure };
  if (all.some((el) => el.type === "radio")) return { kind: "single", boxes: all };
  return { kind: "multiple", boxes: all };
}

// The answer in the form, or undefined when nothing is entered. Whether it is valid is the
// checker's call: an impossible date or a word in a number field goes to it as typed.
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
      if (f.notSure?.checked) return "not_sure";
      const raw = f.text.value.trim();
      if (!raw) return undefined;
      return /^-?\d{1,9}$/.test(raw) ? Number(raw) : raw;
    }
    case "date": {
      if (f.notSure?.checked) return "not_sure";
      const [day, month, year] = f.parts.map((p) => p.value.trim());
      if (!day && !month && !year) return undefined;
      const pad = (s) => (/^\d$/.test(s) ? `0${s}` : s);
      return `${year}-${pad(month)}-${pad(day)}`;
    }
  }
  return undefined;
}

function fillAnswer(form, qid, value) {
  if (value === undefined) return;
  const f = fieldsOf(form, qid);
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

function emptyMessage(form, qid) {
  const f = fieldsOf(form, qid);
  const orNotSure = f.notSure ? ", or choose \u201cI don\u2019t know\u201d" : "";
  switch (f.kind) {
    case "multiple":
      return "Choose at least one answer.";
    case "select":
      return "Choose one from the list.";
    case "number":
      return `Enter a number${orNotSure}.`;
    case "date":
      return `Enter the day, month and year${orNotSure}.`;
    default:
      return "Choose one answer.";
  }
}

// Where an error goes: the field its link focuses, the group that shows it, the element its
// message is described on (the fieldset, or the lone input), and where the message sits.
function errorTargets(form, qid) {
  const f = fieldsOf(form, qid);
  const focus = { date: f.parts?.[0], select: f.select, number: f.text }[f.kind] ?? f.boxes[0];
  const group = form.querySelector(".screener-fieldset, .screener-field");
  const fieldset = group.matches("fieldset") ? group : null;
  const hint = group.querySelector(`#${CSS.escape(qid)}-hint`);
  const after = hint ?? group.querySelector("legend, h2");
  return { focus, group, describe: fieldset ?? focus, after, inputs: f.parts ?? [focus] };
}

// --- One mounted screener (one page view) -----------------------------------------------------

class Screener {
  constructor(root, engine, config, siteRoot) {
    this.root = root;
    this.engine = engine;
    this.config = config;
    this.siteRoot = siteRoot;
    this.host = root.querySelector("[data-host]");
    this.status = root.querySelector("[data-status]");
    this.wait = root.querySelector("[data-wait]");
    this.fallback = root.querySelector("[data-fallback]");
    this.first = this.host.querySelector("form[data-question]").dataset.question; // from the build
    this.title = document.title;
    this.reset();
    this.onSubmit = (e) => this.submit(e);
    this.onClick = (e) => this.click(e);
    root.addEventListener("submit", this.onSubmit);
    root.addEventListener("click", this.onClick);
    this.off = engine.on(() => this.engineChanged());
    this.engineChanged();
  }

  reset() {
    this.answers = {};
    this.path = [];
    this.rows = [];
    this.result = null;
    this.seq = (this.seq ?? 0) + 1; // replies to older requests are ignored
    this.waiting = false;
    this.wait.hidden = true;
  }

  destroy() {
    this.reset();
    this.off();
    this.root.removeEventListener("submit", this.onSubmit);
    this.root.removeEventListener("click", this.onClick);
    if (document.title.startsWith("Error: ")) document.title = this.title;
  }

  say(text) {
    // Clear, then set on the next frame, so that the same words are announced again.
    this.status.textContent = "";
    requestAnimationFrame(() => (this.status.textContent = text));
  }

  // -- engine state ------------------------------------------------------------------------

  engineChanged() {
    const e = this.engine;
    this.root.dataset.engine = e.state;
    if (e.state === "failed") {
      this.fallback.hidden = false;
      this.host.hidden = true;
      this.wait.hidden = true;
      const why =
        e.reason === "wasm"
          ? "It needs WebAssembly, which this browser does not have or has turned off."
          : "It did not load in this browser.";
      this.fallback.querySelector("[data-fallback-reason]").textContent = why;
      this.say("The checker cannot run here. Use Check by hand instead.");
      return;
    }
    if (!this.waiting) return;
    if (e.state === "ready") {
      this.wait.hidden = true;
      return;
    }
    const mb = (bytes) => (bytes / MB).toFixed(1);
    const text =
      e.loaded < e.total
        ? `Getting the checker ready: ${mb(e.loaded)} of ${mb(e.total)} MB`
        : "Getting the checker ready: starting up";
    this.wait.querySelector("[data-wait-text]").textContent = text;
    const bar = this.wait.querySelector("progress");
    bar.max = e.total;
    bar.value = e.loaded;
  }

  // -- events ------------------------------------------------------------------------------

  submit(event) {
    event.preventDefault(); // no form here ever submits: form-action 'none' backs this up
    const form = event.target;
    if (form.dataset.step === "check") return this.showResult();
    const qid = form.dataset.question;
    if (!qid) return;
    const value = readAnswer(form, qid);
    if (value === undefined) {
      return this.showErrors(form, [{ question: qid, message: emptyMessage(form, qid) }]);
    }
    this.answers = { ...this.answers, [qid]: value };
    this.send();
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
    const action = target.dataset.action;
    if (target.dataset.change) this.showQuestion(target.dataset.change);
    else if (action === "back") this.back();
    else if (action === "print") window.print();
    else if (action === "restart") this.restart();
  }

  back() {
    const step = this.host.firstElementChild;
    if (step?.matches("[data-outcome]")) return this.showCheck();
    if (step?.matches("[data-step=check]")) return this.showQuestion(this.path.at(-1));
    const index = this.path.indexOf(step?.dataset.question);
    const previous = index === -1 ? this.path.at(-1) : this.path[index - 1];
    if (previous) this.showQuestion(previous);
  }

  restart() {
    this.reset();
    this.showQuestion(this.first);
    this.say("Your answers are cleared. Question 1.");
  }

  async send() {
    const seq = ++this.seq;
    if (this.engine.state !== "ready") {
      this.waiting = true;
      this.wait.hidden = false;
      this.engineChanged();
      this.say("Your answer is kept. The next question appears when the checker is ready.");
    }
    let reply;
    try {
      reply = await this.engine.step(this.answers);
    } catch (error) {
      // Python could not start (engineChanged() already shows the way out), or the checker
      // raised, which it never should: either way, say so and point to Check by hand.
      this.engine.fail("load", error.message);
      return;
    }
    if (seq !== this.seq) return;
    this.waiting = false;
    this.wait.hidden = true;
    this.apply(reply);
  }

  apply(reply) {
    this.answers = reply.answers;
    this.path = reply.path;
    this.rows = reply.rows;
    this.result = reply.result;
    if (reply.errors.length) {
      const mine = reply.errors.filter((e) => e.question === reply.next);
      const current = this.host.querySelector(`form[data-question="${CSS.escape(reply.next)}"]`);
      const form = current ?? this.showQuestion(reply.next, { focus: false });
      return this.showErrors(form, mine.length ? mine : reply.errors);
    }
    if (reply.next) this.showQuestion(reply.next);
    else this.showCheck();
  }

  // -- steps -------------------------------------------------------------------------------

  show(step, heading) {
    this.host.replaceChildren(step);
    this.host.hidden = false;
    if (document.title.startsWith("Error: ")) document.title = this.title;
    heading.focus();
    return step;
  }

  showQuestion(qid, { focus = true } = {}) {
    const template = this.root.querySelector(`template[data-template="${CSS.escape(qid)}"]`);
    const form = template.content.firstElementChild.cloneNode(true);
    const index = this.path.indexOf(qid);
    const number = index === -1 ? this.path.length + 1 : index + 1;
    form.querySelector("[data-caption]").textContent = `Question ${number}`;
    form.querySelector("[data-action=back]").hidden = number === 1;
    fillAnswer(form, qid, this.answers[qid]);
    if (!focus) {
      this.host.replaceChildren(form);
      return form;
    }
    return this.show(form, form.querySelector("h2"));
  }

  showErrors(form, errors) {
    const qid = form.dataset.question;
    const { focus, group, describe, after, inputs } = errorTargets(form, qid);
    const titleId = `${qid}-error-title`;
    const link = (e) =>
      h("a", { href: `#${focus.id}`, dataset: { errorLink: focus.id } }, e.message);
    const summary = h(
      "div",
      {
        class: "screener-error-summary",
        role: "alert",
        tabindex: "-1",
        "aria-labelledby": titleId,
      },
      h("h2", { id: titleId, class: "screener-error-summary__title" }, "There is a problem"),
      h("ul", {}, errors.map((e) => h("li", {}, link(e)))),
    );
    form.querySelector("[data-errors]").replaceChildren(summary);
    form.querySelector(".screener-error-message")?.remove();
    const text = errors.map((e) => e.message).join(" ");
    const messageAttrs = { class: "screener-error-message", id: `${qid}-error` };
    const message = h("p", messageAttrs, hidden("Error: "), text);
    after.after(message);
    group.classList.add("screener--error");
    const described = describe.getAttribute("aria-describedby") || "";
    const ids = new Set(described.split(" ").filter(Boolean));
    ids.add(message.id);
    describe.setAttribute("aria-describedby", [...ids].join(" "));
    for (const input of inputs) input.setAttribute("aria-invalid", "true");
    if (!document.title.startsWith("Error: ")) document.title = `Error: ${this.title}`;
    summary.focus();
  }

  answersList(withChange) {
    const change = (row) =>
      h(
        "dd",
        { class: "screener-summary__actions" },
        h(
          "button",
          { type: "button", class: "screener-link", dataset: { change: row.id } },
          "Change",
          hidden(` your answer to: ${row.question}`),
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
    const title = heading("screener-check-heading", "Check your answers");
    const form = h(
      "form",
      { class: "screener-step", dataset: { step: "check" }, novalidate: true, autocomplete: "off" },
      backButton(),
      title,
      h("p", {}, "Change any answer that is wrong. Then see your result."),
      this.answersList(true),
      button("See your result", { type: "submit", class: "md-button--primary screener-submit" }),
    );
    return this.show(form, title);
  }

  lawLink(reason) {
    const clause = { class: "screener-reason__clause" };
    if (!reason.anchor || !this.config.links?.law) return h("span", clause, reason.clause);
    const href = new URL(`${this.config.links.law}#${reason.anchor}`, this.siteRoot).href;
    // A new tab, so that reading the law does not lose the result (GOV.UK's one exception).
    const attrs = { ...clause, href, target: "_blank", rel: "noopener" };
    return h("a", attrs, reason.clause, hidden(" (opens in new tab)"));
  }

  reasons(r) {
    if (!r.reasons.length) return [];
    const words = { met: "Met", not_met: "Not met", unknown: "Not known" };
    const item = (reason) =>
      h(
        "li",
        { class: `screener-reason screener-reason--${reason.status}` },
        h("span", { class: "screener-reason__status" }, words[reason.status] ?? reason.status),
        " ",
        this.lawLink(reason),
        h("span", { class: "screener-reason__text" }, reason.text),
      );
    return [
      h("h3", {}, "Why"),
      h(
        "p",
        { class: "screener-print-hide" },
        "Each reason names the part of the law it rests on. " +
          "Links open the law in a new tab, so you keep this result.",
      ),
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
        h("p", {}, note.text),
      );
    const section = h(
      "section",
      {
        class: "screener-result",
        "aria-labelledby": title.id,
        dataset: { outcome: r.outcome, flags: r.flags.join(" ") },
      },
      backButton(),
      h("p", { class: "screener-caption" }, "Your result"),
      title,
      h("p", { class: "screener-result__summary" }, r.summary),
      r.flag_notes.map(flag), // in the checker's order: immigration first
      this.reasons(r),
      r.next_steps.length > 0 && [
        h("h3", {}, "What you can do next"),
        h("ol", {}, r.next_steps.map((text) => h("li", {}, text))),
      ],
      h("h3", {}, "Your answers"),
      this.answersList(false),
      h("p", { class: "screener-result__date" }, `Checked on ${longDate()}.`),
      h(
        "div",
        { class: "admonition note screener-notice" },
        h("p", { class: "admonition-title" }, "Not legal advice"),
        h(
          "p",
          {},
          "This is information about the law, not legal advice about your case. " +
            "A lawyer who knows your case can tell you what applies to you.",
        ),
      ),
      h(
        "div",
        { class: "screener-actions" },
        button("Print or save as PDF", {
          class: "md-button--primary",
          dataset: { action: "print" },
        }),
        button("Start again", { dataset: { action: "restart" } }),
      ),
    );
    return this.show(section, title);
  }
}

// --- Per page: Material's document$ (instant navigation), or plain page load -----------------

let engine = null;
let mounted = null;

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
  if (engine?.state === "failed" && engine.reason !== "wasm") engine = null; // try again
  engine ??= new Engine(config, siteRoot);
  mounted = new Screener(root, engine, config, siteRoot);
}

// A page restored from the back/forward cache comes back without the answers it had.
addEventListener("pagehide", () => {
  if (mounted) {
    mounted.reset();
    mounted.showQuestion(mounted.first, { focus: false });
  }
});

if (window.document$?.subscribe) window.document$.subscribe(setUp);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
else setUp();
