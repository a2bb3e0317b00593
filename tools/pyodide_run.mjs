// Run the checker inside Pyodide under Node.js, from node_modules, with no network.
//   node tools/pyodide_run.mjs CHECKER_ZIP ANSWERS_JSON [--stdlib ZIP] [--bench N | --papers]
// ANSWERS_JSON holds a list of {"id", "answers"}; prints a JSON list of {"id", "result"}
// (Result.as_dict()), or with --bench N, the median/min/max milliseconds of one evaluate call.
// With --papers, ANSWERS_JSON holds a list of {"id", "paper", "fields", "answers", "fmt"} and
// it prints a JSON list of {"id", "docx"} (base64 of the bytes) or {"id", "text"}: what
// papers.web.make returns inside Pyodide, as the worker calls it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const stdlib = option("--stdlib");
const bench = option("--bench");
const papers = args.includes("--papers");
if (papers) args.splice(args.indexOf("--papers"), 1);
const [zipPath, answersPath] = args;

const { loadPyodide } = await import(
  path.join(here, "..", "node_modules", "pyodide", "pyodide.mjs")
);
const indexURL = path.dirname(require.resolve("pyodide/pyodide.mjs")) + path.sep;
const options = { indexURL, stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") };
if (stdlib) options.stdLibURL = path.resolve(stdlib);
const pyodide = await loadPyodide(options);
pyodide.unpackArchive(new Uint8Array(readFileSync(zipPath)), "zip", { extractDir: "/home/pyodide" });
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide')");
pyodide.globals.set("CASES_JSON", readFileSync(answersPath, "utf8"));

if (bench) {
  const out = pyodide.runPython(`
import json, time
from checker import evaluate
cases = json.loads(CASES_JSON)
times = []
for _ in range(${Number(bench)}):
    for case in cases:
        start = time.perf_counter()
        evaluate(case["answers"], today="2026-11-29")
        times.append((time.perf_counter() - start) * 1000)
times.sort()
json.dumps({"calls": len(times), "median_ms": times[len(times) // 2], "min_ms": times[0], "max_ms": times[-1]})
`);
  console.log(out);
} else if (papers) {
  const out = pyodide.runPython(`
import base64, json
from papers.web import make
out = []
for c in json.loads(CASES_JSON):
    made = make(c["paper"], json.dumps(c["fields"]), json.dumps(c["answers"]), c["fmt"],
                "2026-11-29", c.get("lang", "en"))
    out.append({"id": c["id"], "docx": base64.b64encode(made).decode()} if isinstance(made, bytes)
               else {"id": c["id"], "text": made})
json.dumps(out)
`);
  console.log(out);
} else {
  const out = pyodide.runPython(`
import json
from checker import evaluate
json.dumps([{"id": c["id"], "result": evaluate(c["answers"], today="2026-11-29").as_dict()}
            for c in json.loads(CASES_JSON)])
`);
  console.log(out);
}
