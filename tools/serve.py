"""A small static server for the built site, shaped like GitHub Pages for a project site.

    python tools/serve.py --dir site --host 127.0.0.1 --port 8000 --base /REPO/

A port that is taken (or an address this machine does not have) is one line on stderr and exit
status 1; ``--check`` only checks that, so ``make serve`` can say it before it builds.

What it copies from GitHub Pages: the site lives under a sub-path (``/REPO/``); a folder is served
by its ``index.html`` and a folder URL without its trailing slash is redirected to it; a missing
file gets the site's ``404.html`` with status 404; compressible types are gzipped when the client
accepts it; ``Cache-Control: max-age=600`` with an ``ETag`` (a matching ``If-None-Match`` gets 304).
Anything outside the base path is a plain 404. Only GET and HEAD.

Tests and the benchmark import ``make_server`` and run it in a thread.
"""

from __future__ import annotations

import argparse
import email.utils
import errno
import gzip
import hashlib
import mimetypes
import socket
import sys
import threading
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
}
# Types GitHub Pages' CDN compresses (text, JSON, SVG, WebAssembly); zips and images are left alone.
COMPRESSIBLE = ("text/", "application/json", "application/xml", "image/svg+xml", "application/wasm")
MAX_AGE = 600


class _GzipCache:
    """Gzipped bodies, compressed once per file version (path, size, mtime)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[Path, tuple[tuple[int, int], bytes]] = {}

    def get(self, path: Path, body: bytes, stamp: tuple[int, int]) -> bytes:
        with self._lock:
            hit = self._items.get(path)
            if hit and hit[0] == stamp:
                return hit[1]
        packed = gzip.compress(body, compresslevel=6, mtime=0)
        with self._lock:
            self._items[path] = (stamp, packed)
        return packed


class SiteHandler(BaseHTTPRequestHandler):
    """Serves ``root`` under ``base`` (both set with functools.partial in ``make_server``)."""

    server_version = "site"
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, root: Path, base: str, cache: _GzipCache, quiet: bool, **kw):
        self.root, self.base, self.cache, self.quiet = root, base, cache, quiet
        super().__init__(*args, **kw)

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's name)
        if not self.quiet:
            super().log_message(format, *args)

    def do_HEAD(self) -> None:  # noqa: N802 (http.server's name)
        self._serve(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._serve(head=False)

    def _resolve(self, url_path: str) -> tuple[Path | None, str | None]:
        """The file for ``url_path``, or a redirect target, or (None, None) for 404."""
        if not url_path.startswith(self.base):
            if url_path + "/" == self.base:
                return None, self.base
            return None, None
        rel = unquote(url_path[len(self.base) :])
        target = (self.root / rel).resolve()
        if target != self.root and self.root not in target.parents:
            return None, None
        if target.is_dir():
            if not url_path.endswith("/"):
                return None, url_path + "/"
            target = target / "index.html"
        return (target, None) if target.is_file() else (None, None)

    def _serve(self, head: bool) -> None:
        url_path = urlsplit(self.path).path
        path, redirect = self._resolve(url_path)
        if redirect:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = HTTPStatus.OK
        if path is None:
            status = HTTPStatus.NOT_FOUND
            path = self.root / "404.html"
            if not path.is_file():
                self.send_error(HTTPStatus.NOT_FOUND)
                return
        stat = path.stat()
        stamp = (stat.st_size, stat.st_mtime_ns)
        body = path.read_bytes()
        ctype = TYPES.get(path.suffix.lower()) or (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        )
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        compress = ctype.startswith(COMPRESSIBLE) and len(body) > 256
        if compress and gzip_ok:
            body = self.cache.get(path, body, stamp)
            etag = etag[:-1] + '-gz"'
        if status == HTTPStatus.OK and self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", f"max-age={MAX_AGE}")
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if compress:
            self.send_header("Vary", "Accept-Encoding")
            if gzip_ok:
                self.send_header("Content-Encoding", "gzip")
        if status == HTTPStatus.OK:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
            self.send_header("Cache-Control", f"max-age={MAX_AGE}")
        self.end_headers()
        if not head:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client went away (a cancelled or blocked request): nothing to do


def normalise_base(base: str) -> str:
    """``REPO``, ``/REPO`` and ``/REPO/`` all mean ``/REPO/``; empty means the root."""
    base = "/" + base.strip("/")
    return base if base == "/" else base + "/"


def make_server(
    directory: str | Path, host: str = "127.0.0.1", port: int = 0, base: str = "/", quiet=True
) -> ThreadingHTTPServer:
    """A server for ``directory`` under ``base``; port 0 picks a free port (see server_address)."""
    handler = partial(
        SiteHandler,
        root=Path(directory).resolve(),
        base=normalise_base(base),
        cache=_GzipCache(),
        quiet=quiet,
    )
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def next_free_port(host: str, port: int, tries: int = 50) -> int | None:
    """The first port after ``port`` that ``host`` can listen on, or None."""
    for candidate in range(port + 1, min(port + 1 + tries, 65536)):
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
            try:
                sock.bind((host, candidate))
            except OSError:
                continue
            return candidate
    return None


def cannot_listen(host: str, port: int, error: OSError) -> str:
    """One line saying why the server cannot listen on ``host:port``, and what to type instead."""
    if error.errno == errno.EADDRINUSE:
        free = next_free_port(host, port)
        advice = f": run `make serve PORT={free}`" if free else ": choose another with PORT=..."
        return f"port {port} is busy{advice}"
    if error.errno == errno.EACCES:
        return f"port {port} needs root: run `make serve PORT=8000` (any port above 1023)"
    if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
        return f"cannot listen on {host}: use HOST=127.0.0.1 or an address of this machine"
    return f"cannot listen on {host}:{port}: {error.strerror or error}"


def listen(directory: str | Path, host: str, port: int, base: str) -> ThreadingHTTPServer:
    """``make_server``, or exit with status 1 and one line on stderr (no traceback)."""
    try:
        return make_server(directory, host, port, base, quiet=False)
    except OSError as error:
        print(cannot_listen(host, port, error), file=sys.stderr)
        raise SystemExit(1) from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="site")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--base", default="/")
    parser.add_argument(
        "--check", action="store_true", help="only check that HOST:PORT is free, then exit"
    )
    args = parser.parse_args(argv)
    server = listen(args.dir, args.host, args.port, args.base)
    if args.check:
        server.server_close()
        return
    host, port = server.server_address[:2]
    print(f"Serving {args.dir} on http://{host}:{port}{normalise_base(args.base)}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
