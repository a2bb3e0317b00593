// Papers to take away: the papers a result calls for, made in the checker's worker
// (papers.web, in Pyodide) from what the reader types here, on this device.
//
// It knows no law: which papers, their fields, labels and words all come from Python. Nothing
// is sent or stored: the form is never submitted (form-action 'none' backs this up), a Word file
// reaches the browser through a blob: URL, and the print view lives in the page, inside the
// result, so it goes when the result goes.
//
//   renderPapers(resultElement, view, call, answers)
//     resultElement: the result's element; view: the result ({outcome, flags});
//     call(message) -> Promise of the worker's reply (workerCall below makes one);
//     answers: the screener's answers (they prefill the form; the papers' words follow them).
//     Adds a section before [data-papers-slot] (or before .screener-actions, or at the end) when
//     the result calls for any paper. Once per result element: a second call gives the first
//     call's promise. Resolves to the section, or null.
//   papersOf(resultElement) -> that promise, or undefined when renderPapers was not called.
//   workerCall(worker) -> call: talks to the "papers" block of worker.mjs.
//
// Markup read by outside checks: form[data-paper-form], button[data-paper=ID] (downloads
// ID.docx), button[data-paper-print=ID] (opens the print view: the paper on screen, with
// "Print this paper", which prints that paper alone), [data-papers] on the section.

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// One catalog per language, same keys (tests/test_papers.py checks them). The papers themselves
// are in English, the court's language; the Spanish page says so.
export const TEXT = {
  en: {
    heading: "Papers you can take away",
    intro:
      "Here are drafts of the papers for this step, filled in with what you type below. " +
      "They are made on this device: nothing you type is sent anywhere or kept.",
    optional:
      "Everything is optional. Anything you leave blank stays a line you can fill in by hand. " +
      "None of these papers needs a Social Security number: do not type one.",
    language: "",
    check:
      "Each paper is a draft. Check it with a lawyer or the clerk of the court before you " +
      "file it or send it.",
    form: "Details for the papers",
    download: "Download",
    wordFile: "(Word file)",
    print: "View and print",
    previewTitle: "Print view",
    printAgain: "Print this paper",
    close: "Close the print view",
    making: "Making the paper…",
    downloaded: "{file} is ready. Look for it in your downloads.",
    shown: "The print view is open below.",
    failed: "Sorry, this paper could not be made here. The steps above still apply.",
    noBox:
      "The printout leaves out the grey box at the top of this paper: read it here before " +
      "you print.",
    headers:
      'In the print window, turn off "Headers and footers" (in Chrome and Edge it is under ' +
      '"More settings"), so that the site\'s name, the date and the web address are not ' +
      "printed on the paper. The paper numbers its own pages.",
  },
  es: {
    heading: "Papeles que puede llevarse",
    intro:
      "Aquí tiene borradores de los papeles para este paso, con lo que usted escriba abajo. " +
      "Se hacen en este dispositivo: nada de lo que escribe se envía ni se guarda.",
    optional:
      "Todo es opcional. Lo que deje en blanco queda como una línea para llenar a mano. " +
      "Ninguno de estos papeles necesita un número de Seguro Social: no lo escriba.",
    language:
      "Los papeles para el tribunal están en inglés, el idioma del tribunal. Cada uno tiene " +
      "una copia en español para leer antes de firmar: no presente esa copia. La carta y las " +
      "preguntas para su abogado también están en español. Escriba los datos como aparecen " +
      "en sus papeles del tribunal.",
    check:
      "Cada papel es un borrador. Revíselo con un abogado o con la secretaría del tribunal " +
      "antes de presentarlo o enviarlo, y quite el recuadro gris de arriba antes de " +
      "presentarlo.",
    form: "Datos para los papeles",
    download: "Descargar",
    wordFile: "(archivo de Word)",
    print: "Ver e imprimir",
    previewTitle: "Vista para imprimir",
    printAgain: "Imprimir este papel",
    close: "Cerrar la vista para imprimir",
    making: "Preparando el papel…",
    downloaded: "{file} está listo. Búsquelo en sus descargas.",
    shown: "La vista para imprimir está abierta abajo.",
    failed:
      "Lo sentimos: este papel no se pudo preparar aquí. Los pasos de arriba siguen valiendo.",
    noBox:
      "Al imprimir, el recuadro gris de arriba no sale en el papel: léalo aquí antes de " +
      "imprimir.",
    headers:
      'En la ventana de impresión, quite "Encabezados y pies de página" (en Chrome y Edge ' +
      'está en "Más opciones de configuración"), para que el nombre del sitio, la fecha y la ' +
      "dirección web no salgan en el papel. El papel numera sus propias páginas.",
  },
};

function language() {
  return (document.documentElement.lang || "en").toLowerCase().startsWith("es") ? "es" : "en";
}

function todayISO() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

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

// --- Talking to the worker --------------------------------------------------------------------

const callers = new WeakMap();

export function workerCall(worker) {
  if (callers.has(worker)) return callers.get(worker);
  let next = 1;
  const waiting = new Map();
  worker.addEventListener("message", (event) => {
    const msg = event.data || {};
    if (msg.type !== "papers-reply" || !waiting.has(msg.id)) return;
    const { resolve, reject } = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.error) reject(new Error(msg.error));
    else resolve(msg);
  });
  const call = (message) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...message, type: "papers", id });
    });
  callers.set(worker, call);
  return call;
}

// A reply's JSON, or an Error when Python said something went wrong.
function parsed(reply) {
  const data = JSON.parse(reply.json);
  if (data.error) throw new Error(data.error);
  return data;
}

// --- The section ------------------------------------------------------------------------------

const rendering = new WeakMap(); // result element -> the promise of its section (or null)

// The papers section a result has or is getting: the promise renderPapers gave, or undefined.
export function papersOf(resultElement) {
  return rendering.get(resultElement);
}

export function renderPapers(resultElement, view, call, answers = {}) {
  if (!resultElement || !view) return Promise.resolve(null);
  if (!rendering.has(resultElement)) {
    rendering.set(resultElement, render(resultElement, view, call, answers));
  }
  return rendering.get(resultElement);
}

async function render(resultElement, view, call, answers) {
  const lang = language();
  let papers;
  try {
    const result = JSON.stringify({ outcome: view.outcome, flags: view.flags ?? [] });
    const reply = await call({ call: "list", result, answers: JSON.stringify(answers), lang });
    papers = parsed(reply).papers;
  } catch (error) {
    console.warn("The papers could not be listed:", error.message);
    return null;
  }
  if (!papers.length || !resultElement.isConnected) return null;
  const section = new PapersSection(papers, answers, call, TEXT[lang]).element;
  const slot =
    resultElement.querySelector("[data-papers-slot]") ??
    resultElement.querySelector(".screener-actions");
  if (slot) slot.before(section);
  else resultElement.append(section);
  return section;
}

class PapersSection {
  constructor(papers, answers, call, text) {
    this.answers = answers;
    this.call = call;
    this.t = text;
    this.busy = false;
    this.form = this.buildForm(papers);
    this.status = h("p", { class: "screener-papers__status", role: "status" });
    this.previewBody = h("div", { class: "papers-sheet" });
    this.noBox = h("p", {}, text.noBox);
    this.printNotes = h(
      "div",
      { class: "screener-papers__print-notes" },
      this.noBox,
      h("p", {}, text.headers),
    );
    this.previewHeading = h(
      "h4",
      { class: "screener-papers__preview-title", id: "screener-papers-preview", tabindex: "-1" },
      text.previewTitle,
    );
    const action = (name, primary, label) =>
      h(
        "button",
        { type: "button", class: `md-button${primary}`, dataset: { papersAction: name } },
        label,
      );
    this.preview = h(
      "div",
      {
        class: "screener-papers__preview",
        role: "region",
        "aria-labelledby": this.previewHeading.id,
        hidden: true,
      },
      this.previewHeading,
      h(
        "div",
        { class: "screener-papers__preview-actions" },
        action("print", " md-button--primary", text.printAgain),
        action("close", "", text.close),
      ),
      this.printNotes,
      this.previewBody,
    );
    this.element = h(
      "section",
      {
        class: "screener-papers",
        "aria-labelledby": "screener-papers-heading",
        dataset: { papers: "" },
      },
      h("h3", { id: "screener-papers-heading" }, text.heading),
      h("p", {}, text.intro),
      text.language && h("p", {}, text.language),
      h("p", {}, text.optional),
      this.form,
      h("ul", { class: "screener-papers__list" }, papers.map((p) => this.item(p))),
      h("p", { class: "screener-papers__check" }, text.check),
      this.status,
      this.preview,
    );
    this.element.addEventListener("click", (event) => this.click(event));
    // While a print view is open, the page's title is the paper's, so that a browser that
    // prints its header prints no site name on a court paper.
    window.addEventListener("beforeprint", () => {
      if (this.preview.hidden || !this.paperTitle) return;
      this.pageTitle = document.title;
      document.title = this.paperTitle;
    });
    window.addEventListener("afterprint", () => {
      if (this.pageTitle !== undefined) document.title = this.pageTitle;
      this.pageTitle = undefined;
    });
  }

  buildForm(papers) {
    const fields = new Map(); // one input per field, in the order the papers first ask for it
    for (const paper of papers) {
      for (const f of paper.fields) if (!fields.has(f.name)) fields.set(f.name, f);
    }
    const input = (f) => {
      const id = `screener-papers-${f.name}`;
      const hint = f.hint ? h("div", { class: "screener-hint", id: `${id}-hint` }, f.hint) : null;
      const list = f.options.length ? `${id}-options` : null;
      return h(
        "div",
        { class: "screener-field" },
        h("label", { for: id }, f.label),
        hint,
        h("input", {
          class: "screener-input screener-papers__input",
          type: "text",
          id,
          name: f.name,
          value: f.value,
          autocomplete: "off",
          spellcheck: "false",
          list,
          "aria-describedby": hint ? hint.id : null,
        }),
        list && h("datalist", { id: list }, f.options.map((o) => h("option", { value: o }))),
      );
    };
    const form = h(
      "form",
      {
        class: "screener-papers__form",
        novalidate: true,
        autocomplete: "off",
        "aria-label": this.t.form,
        dataset: { paperForm: "" },
      },
      [...fields.values()].map(input),
    );
    form.addEventListener("submit", (event) => event.preventDefault()); // never submitted
    return form;
  }

  item(paper) {
    const title = hidden(`: ${paper.title}`);
    return h(
      "li",
      { class: "screener-papers__paper" },
      // A court paper's title is English, the court's language; a Spanish copy's (ID_es) is not.
      h(
        "h4",
        { class: "screener-papers__title", lang: paper.id.endsWith("_es") ? "es" : "en" },
        paper.title,
      ),
      h("p", { class: "screener-papers__summary" }, paper.summary),
      h(
        "div",
        { class: "screener-papers__buttons" },
        h(
          "button",
          {
            type: "button",
            class: "md-button md-button--primary",
            dataset: { paper: paper.id, filename: paper.filename },
          },
          this.t.download,
          title.cloneNode(true),
          ` ${this.t.wordFile}`,
        ),
        h(
          "button",
          { type: "button", class: "md-button", dataset: { paperPrint: paper.id } },
          this.t.print,
          title,
        ),
      ),
    );
  }

  // What the reader typed: every field of the form, blanks included (a blank stays a line).
  fields() {
    return Object.fromEntries(
      [...this.form.querySelectorAll("input[name]")].map((input) => [input.name, input.value]),
    );
  }

  say(text) {
    this.status.textContent = "";
    requestAnimationFrame(() => (this.status.textContent = text));
  }

  async make(paper, fmt) {
    this.say(this.t.making);
    const reply = await this.call({
      call: "make",
      paper,
      fields: JSON.stringify(this.fields()),
      answers: JSON.stringify(this.answers),
      fmt,
      today: todayISO(),
      lang: language(),
    });
    if (fmt === "docx" && reply.bytes) return reply.bytes;
    return parsed(reply);
  }

  async click(event) {
    const button = event.target.closest("button");
    if (!button || this.busy) return;
    const { paper, filename, paperPrint, papersAction } = button.dataset;
    if (papersAction === "print") return window.print();
    if (papersAction === "close") return this.closePreview();
    if (!paper && !paperPrint) return;
    this.busy = true;
    try {
      if (paper) await this.download(paper, filename);
      else await this.showPreview(paperPrint, button);
    } catch (error) {
      console.warn("The paper could not be made:", error.message);
      this.say(this.t.failed);
    } finally {
      this.busy = false;
    }
  }

  async download(paper, filename) {
    const bytes = await this.make(paper, "docx");
    if (!(bytes instanceof Uint8Array)) throw new Error("no file came back");
    const url = URL.createObjectURL(new Blob([bytes], { type: DOCX }));
    const link = h("a", { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has the file once the click is handled; free the memory a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.say(this.t.downloaded.replace("{file}", filename));
  }

  async showPreview(paper, button) {
    const { html, title } = await this.make(paper, "html");
    // Trusted markup: papers.html escapes every typed value; no script or style attribute.
    this.previewBody.innerHTML = html;
    this.paperTitle = title;
    this.noBox.hidden = !this.previewBody.querySelector(".paper--court");
    // Printed, the law's date stands beside the page number in each page's foot (papers.css
    // reads it in @page), as in the Word file, instead of a last line of its own.
    const footer = this.previewBody.querySelector(".paper-footer")?.textContent;
    const root = document.documentElement.style;
    if (footer) root.setProperty("--paper-footer", JSON.stringify(`${footer} · `));
    else root.removeProperty("--paper-footer");
    this.preview.hidden = false;
    this.opener = button;
    this.previewHeading.focus();
    this.say(this.t.shown);
  }

  closePreview() {
    this.preview.hidden = true;
    this.previewBody.replaceChildren();
    document.documentElement.style.removeProperty("--paper-footer");
    this.opener?.focus();
  }
}
