"""The site built and browsed on this machine: shared by the tests and the benchmark.

One place for the sub-path the site is served under, a free loopback port, the strict build
with `site_url` equal to the served address (port included, or Material's instant navigation
silently turns every click into a full page load), and Debian's chromium with its flags.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "/fedfirstoffender/"  # like a GitHub Pages project site: /REPO/
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def url(port: int) -> str:
    return f"http://127.0.0.1:{port}{BASE}"


def build(out: Path, port: int, stdlib: str | None = None, timeout: int = 900):
    """`mkdocs build --strict` into `out` for http://127.0.0.1:PORT/BASE; the finished process.

    `stdlib` sets SCREENER_STDLIB (the standard library's form, see tools/build/site_assets.py).
    """
    # NO_MKDOCS_2_WARNING: Material's end-of-life banner, silenced as in the Makefile.
    env = {**os.environ, "SITE_URL": url(port), "NO_MKDOCS_2_WARNING": "1"}
    if stdlib:
        env["SCREENER_STDLIB"] = stdlib
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
