"""A slim standard library for the screener, traced from what it really imports.

    python tools/build/slim_stdlib.py [--mode source-min|source|pyc|pyc-stripped] [--out FILE]

`build(checker_zip, mode)` runs tools/build/slim_stdlib.mjs (Pyodide under Node.js) and returns the
zip's bytes. Results are cached in build/slim-stdlib/ under a key of everything that can change
them (the checker archive, the exercise, the Pyodide version, the mode), since a trace takes
about 6 s.

Modes: "source-min" (the default) keeps .py files rewritten by `ast.unparse` without comments
and with docstrings emptied (smallest on the wire: 0.43 MB against 2.55 MB for the full zip);
"source" keeps the .py files as they are (0.79 MB); "pyc" ships bytecode compiled inside Pyodide
(1.49 MB); "pyc-stripped" is bytecode without docstrings or asserts (1.27 MB).
The modules kept are listed beside the cached zip (*.modules.json).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "slim-stdlib"
CASES = ROOT / "tests" / "cases" / "examples.json"
MODES = {
    "source-min": ["--minify"],
    "source": ["--source"],
    "pyc": [],
    "pyc-stripped": ["--strip-docstrings"],
}
DEFAULT_MODE = "source-min"


def _key(checker_zip: bytes, mode: str) -> str:
    digest = hashlib.sha256(checker_zip)
    here = Path(__file__).resolve().parent
    for path in (here / "slim_stdlib.mjs", here / "stdlib_exercise.py",
                 ROOT / "node_modules" / "pyodide" / "package.json"):  # fmt: skip
        digest.update(path.read_bytes())
    digest.update(CASES.read_bytes())
    digest.update(mode.encode())
    return digest.hexdigest()[:16]


def _cases_file(tmp: Path) -> Path:
    """The example cases kept in the repository (the exercise runs each one)."""
    return CASES


def build(checker_zip: bytes, mode: str = DEFAULT_MODE) -> bytes:
    cached = CACHE / f"stdlib-{mode}-{_key(checker_zip, mode)}.zip"
    if cached.exists():
        return cached.read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        archive = tmp_path / "checker.zip"
        archive.write_bytes(checker_zip)
        out = tmp_path / "stdlib.zip"
        done = subprocess.run(
            [shutil.which("node") or "node", str(ROOT / "tools" / "build" / "slim_stdlib.mjs"),
             str(archive), str(_cases_file(tmp_path)), str(out), *MODES[mode]],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"slim stdlib trace failed:\n{done.stderr[-3000:]}")
        data = out.read_bytes()
        shutil.copy(tmp_path / "stdlib.modules.json", cached.with_suffix(".modules.json"))
    cached.write_bytes(data)
    return data


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from tools.build.pack_checker import pack

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=sorted(MODES), default=DEFAULT_MODE)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    data = build(pack()[0], args.mode)
    if args.out:
        args.out.write_bytes(data)
    print(f"slim stdlib ({args.mode}): {len(data)} bytes")


if __name__ == "__main__":
    main()
