// Build a slim python_stdlib.zip for the screener, inside Pyodide itself (so bytecode matches).
//   node tools/build/slim_stdlib.mjs CHECKER_ZIP CASES_JSON OUT_ZIP [--source | --minify | --strip-docstrings]
// 1. Loads Pyodide from node_modules with its full standard library, unpacks the checker, and
//    runs tools/build/stdlib_exercise.py the way the worker does (checker.web.step).
// 2. Keeps every module then in sys.modules that came from the standard-library zip.
// 3. Writes OUT_ZIP with those modules as hash-based .pyc (or .py with --source), plus a
//    modules.json listing them beside it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const source = args.includes("--source");
const optimize = args.includes("--strip-docstrings") ? 2 : 0; // drops docstrings and asserts
// --minify: source without comments, and with every docstring emptied (kept as "", so code that
// reads __doc__ still gets a string); rewritten by ast.unparse inside Pyodide.
const minify = args.includes("--minify");
const [checkerZip, casesJson, outZip] = args.filter((a) => !a.startsWith("--"));
const indexURL = path.join(here, "..", "..", "node_modules", "pyodide") + path.sep;
const { loadPyodide } = await import(path.join(indexURL, "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
pyodide.unpackArchive(new Uint8Array(readFileSync(checkerZip)), "zip", {
  extractDir: "/home/pyodide/screener",
});
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/screener')");
pyodide.globals.set("CASES_JSON", readFileSync(casesJson, "utf8"));
pyodide.pyimport("checker.web"); // as the worker does
pyodide.runPython(readFileSync(path.join(here, "stdlib_exercise.py"), "utf8"));

const result = pyodide.runPython(`
import sys
STDLIB = next(p for p in sys.path if p.endswith(".zip"))  # /lib/python3XX.zip
PREFIX = STDLIB + "/"
used = sorted({m.__file__[len(PREFIX):] for m in list(sys.modules.values())
               if isinstance(getattr(m, "__file__", None), str) and m.__file__.startswith(PREFIX)})

import ast, importlib._bootstrap_external as bx, importlib.util, io, json, zipfile
with zipfile.ZipFile(STDLIB) as full:
    names = set(full.namelist())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as slim:
        for name in used:
            data = full.read(name)
            if ${minify ? "True" : "False"}:
                tree = ast.parse(data, PREFIX + name)
                for node in ast.walk(tree):
                    body = getattr(node, "body", None)
                    if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                          ast.AsyncFunctionDef)) and body
                            and isinstance(body[0], ast.Expr)
                            and isinstance(body[0].value, ast.Constant)
                            and isinstance(body[0].value.value, str)):
                        body[0].value.value = ""
                data = (ast.unparse(tree) + "\\n").encode()
                compile(data, name, "exec", dont_inherit=True)  # still valid Python
                entry = name
            elif ${source ? "True" : "False"}:
                entry = name
            else:
                code = compile(data, PREFIX + name, "exec", dont_inherit=True, optimize=${optimize})
                data = bytes(bx._code_to_hash_pyc(code, importlib.util.source_hash(data), False))
                entry = name[:-3] + ".pyc"
            info = zipfile.ZipInfo(entry, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            slim.writestr(info, data)
json.dumps({"modules": used, "zip": list(out.getvalue())})
`);
const { modules, zip } = JSON.parse(result);
writeFileSync(outZip, Buffer.from(zip));
writeFileSync(outZip.replace(/\.zip$/, "") + ".modules.json", JSON.stringify(modules, null, 1));
console.log(JSON.stringify({ modules: modules.length, bytes: zip.length }));
