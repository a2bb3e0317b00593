// The screener's Web Worker: Pyodide with the checker, so the page never waits on Python.
//
// Started by the page from a blob: bootstrap (`import "<this file's URL>"`), so it runs under the
// page's Content-Security-Policy. Messages:
//   page -> worker  {type: "init", config}                  once, as soon as the page opens
//   worker -> page  {type: "progress", loaded, total}       bytes fetched so far (decompressed)
//   worker -> page  {type: "ready", ms} | {type: "failed", message, cause}
//                   cause: "network" (a file did not arrive), "ours" (a file missing from the
//                   site, or the checker failed to start), "browser" (Python would not start)
//   page -> worker  {type: "step", id, answers, today}      answers: JSON text
//   worker -> page  {type: "reply", id, json} | {type: "reply", id, error}
// The worker keeps no answers: each step carries them all, and checker.web.step is pure.
// The papers a result offers have their own messages: see the block at the end of this file.

const APP_DIR = "/home/pyodide/screener";

let booting = null;
let step = null;
let ready = false;
let python = null; // the Pyodide instance, once booted (the papers block below uses it)
let pythonStarted = false; // after this, a failure is the checker's: ours

function failed(message, cause) {
  if (!ready) self.postMessage({ type: "failed", message, cause });
}

// A fetch that never got an answer (offline, cut off) rejects with a TypeError; so does a
// dynamic import() whose file did not arrive.
function causeOf(error) {
  if (pythonStarted) return "ours";
  return error instanceof TypeError && /fetch|import/i.test(error.message) ? "network" : "browser";
}

// Start-up errors that Pyodide leaves unhandled still mean Python will not start.
self.addEventListener("unhandledrejection", (event) => {
  failed(String(event.reason?.message ?? event.reason), causeOf(event.reason));
});

// A worker's policy violations never reach the page's listeners: say them here, where the
// console (and the browser tests, which fail on any console error) will see them.
self.addEventListener("securitypolicyviolation", (e) => {
  const what = `${e.violatedDirective} blocked ${e.blockedURI}`;
  console.error(`securitypolicyviolation in the checker worker: ${what}`);
});

self.addEventListener("message", async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    booting ??= boot(msg.config);
    booting.then(
      (ms) => {
        ready = true;
        self.postMessage({ type: "ready", ms });
      },
      (error) => failed(String(error?.message ?? error), causeOf(error)),
    );
  } else if (msg.type === "step") {
    try {
      await booting;
      self.postMessage({
        type: "reply",
        id: msg.id,
        json: step(msg.answers, msg.today, msg.lang || "en"),
      });
    } catch (error) {
      self.postMessage({ type: "reply", id: msg.id, error: String(error?.message ?? error) });
    }
  }
});

// Count the bytes of the files listed in `sizes` as they arrive (Pyodide fetches the runtime
// with the worker's fetch), and report them at most every 100 ms.
function countDownloads(sizes) {
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  let loaded = 0;
  let last = 0;
  const report = (force) => {
    const now = performance.now();
    if (force || now - last > 100) {
      last = now;
      self.postMessage({ type: "progress", loaded, total });
    }
  };
  const fetchForReal = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : (input.url ?? String(input));
    if (!(url in sizes)) return fetchForReal(input, init);
    // A runtime file that cannot be fetched is the end: say so now. (Pyodide does not always
    // reject when its .wasm fails to arrive; the page would wait for its stall timer.)
    const response = await fetchForReal(input, init).catch((error) => {
      failed(`${url}: ${error.message ?? error}`, "network");
      throw error;
    });
    if (!response.ok) failed(`${url}: HTTP ${response.status}`, "ours"); // not on the site
    if (!response.ok || !response.body) return response;
    const counted = response.body.pipeThrough(
      new TransformStream({
        transform(chunk, controller) {
          loaded += chunk.byteLength;
          report(false);
          controller.enqueue(chunk);
        },
        flush() {
          report(true);
        },
      }),
    );
    const { status, statusText, headers } = response;
    return new Response(counted, { status, statusText, headers });
  };
  report(true);
}

async function boot(config) {
  const started = performance.now();
  countDownloads(config.sizes);
  const checkerZip = fetch(config.checker).then((response) => {
    if (!response.ok) throw new Error(`checker archive: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  checkerZip.catch(() => {}); // reported below, once loadPyodide is done
  const { loadPyodide } = await import(config.pyodide.module);
  const pyodide = await loadPyodide({
    indexURL: config.pyodide.indexURL,
    stdLibURL: config.pyodide.stdLibURL,
    lockFileContents: config.pyodide.lockFileContents,
    packages: [],
    stdout: () => {},
    stderr: (line) => console.warn(line),
  });
  const archive = await checkerZip;
  pythonStarted = true;
  pyodide.unpackArchive(archive, "zip", { extractDir: APP_DIR });
  python = pyodide;
  pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(APP_DIR)})`);
  const web = pyodide.pyimport("checker.web");
  step = (answers, today, lang = "en") => web.step(answers, today, lang);
  step("{}", null); // import and compile everything now, so the first answer is quick
  return Math.round(performance.now() - started);
}

// --- Papers to take away (papers.web, packed in the same zip as the checker) -----------------
// Its own message types, so the screener's messages above stay as they are. papers.web is
// imported on the first request, not at start-up. Messages:
//   page -> worker  {type: "papers", id, call: "list", result, answers, lang}      (JSON texts)
//   page -> worker  {type: "papers", id, call: "make", paper, fields, answers, fmt, today, lang}
//   worker -> page  {type: "papers-reply", id, json}             list, html, or {"error": …}
//   worker -> page  {type: "papers-reply", id, bytes}            the .docx (buffer transferred)
//   worker -> page  {type: "papers-reply", id, error}            Python could not run at all
// Like step(), nothing is kept: every request carries what the paper needs.

let papersWeb = null;

self.addEventListener("message", async (event) => {
  const msg = event.data || {};
  if (msg.type !== "papers") return;
  const reply = (fields) => self.postMessage({ type: "papers-reply", id: msg.id, ...fields });
  try {
    await booting;
    papersWeb ??= python.pyimport("papers.web");
    if (msg.call === "list") {
      reply({ json: papersWeb.papers_for(msg.result, msg.answers, msg.lang) });
      return;
    }
    const lang = msg.lang === "es" ? "es" : "en"; // the page's: an English paper's note follows it
    const made = papersWeb.make(msg.paper, msg.fields, msg.answers, msg.fmt, msg.today, lang);
    if (typeof made === "string") {
      reply({ json: made });
      return;
    }
    const bytes = made.toJs(); // a copy, as a Uint8Array
    made.destroy();
    self.postMessage({ type: "papers-reply", id: msg.id, bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ error: String(error?.message ?? error) });
  }
});
