"""tools/serve.py behaves like GitHub Pages for a project site (no browser needed: a tiny site in a
temporary folder and http.client), and says in one line when its port is taken."""

from __future__ import annotations

import gzip
import http.client
import re
import socket
import subprocess
import sys
import threading

import pytest

from conftest import REPO
from tools.serve import make_server, normalise_base


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "index.html").write_text("<!doctype html><title>home</title>" + "x" * 1000)
    (root / "law").mkdir()
    (root / "law" / "index.html").write_text("<!doctype html><title>law</title>")
    (root / "404.html").write_text("<!doctype html><title>missing</title>")
    (root / "a.wasm").write_bytes(b"\0asm" + bytes(4000))
    (root / "a.zip").write_bytes(b"PK" + bytes(4000))
    (root / "secret.txt").write_text("outside")
    srv = make_server(root, port=0, base="/repo/")
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv.server_address[1]
    srv.shutdown()
    srv.server_close()


def get(port, path, method="GET", **headers):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


@pytest.mark.parametrize(
    "given, base", [("repo", "/repo/"), ("/repo", "/repo/"), ("/", "/"), ("", "/")]
)
def test_base_path_is_normalised(given, base):
    assert normalise_base(given) == base


def test_site_is_served_under_its_base_path(server):
    response, body = get(server, "/repo/")
    assert response.status == 200 and b"<title>home" in body
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.getheader("Cache-Control") == "max-age=600"


def test_folder_without_slash_is_redirected(server):
    response, _ = get(server, "/repo/law")
    assert response.status == 301 and response.getheader("Location") == "/repo/law/"
    response, _ = get(server, "/repo")
    assert response.status == 301 and response.getheader("Location") == "/repo/"


@pytest.mark.parametrize(
    "path", ["/repo/nope", "/", "/index.html", "/repo/../secret.txt", "/repo/%2e%2e/x"]
)
def test_missing_or_outside_gets_404(server, path):
    response, body = get(server, path)
    assert response.status == 404
    if path.startswith("/repo/"):
        assert b"<title>missing" in body


def test_text_and_webassembly_are_gzipped_when_accepted(server):
    for path, ctype in (
        ("/repo/", "text/html; charset=utf-8"),
        ("/repo/a.wasm", "application/wasm"),
    ):
        plain, body = get(server, path)
        packed, gz = get(server, path, **{"Accept-Encoding": "gzip, deflate"})
        assert plain.getheader("Content-Encoding") is None
        assert (
            packed.getheader("Content-Encoding") == "gzip"
            and packed.getheader("Content-Type") == ctype
        )
        assert gzip.decompress(gz) == body and packed.getheader("Vary") == "Accept-Encoding"


def test_zip_is_not_gzipped_again(server):
    response, _ = get(server, "/repo/a.zip", **{"Accept-Encoding": "gzip"})
    assert response.getheader("Content-Encoding") is None
    assert response.getheader("Content-Type") == "application/zip"


def test_etag_revalidation_and_head(server):
    first, _ = get(server, "/repo/law/")
    again, body = get(server, "/repo/law/", **{"If-None-Match": first.getheader("ETag")})
    assert again.status == 304 and body == b""
    head, body = get(server, "/repo/law/", method="HEAD")
    assert head.status == 200 and body == b"" and int(head.getheader("Content-Length")) > 0


# ---------------------------------------------------------------------------------------------
# `make serve` on a port that is taken: one line, no traceback, and a port that is free


@pytest.fixture
def busy_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def serve_script(*args):
    return subprocess.run(
        [sys.executable, "tools/serve.py", *args],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize("check", [["--check"], []], ids=["check", "serve"])
def test_busy_port_is_one_line_naming_a_free_port(busy_port, check):
    done = serve_script(*check, "--host", "127.0.0.1", "--port", str(busy_port), "--dir", "site")
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    match = re.fullmatch(rf"port {busy_port} is busy: run `make serve PORT=(\d+)`\n", done.stderr)
    assert match, done.stderr
    with socket.socket() as sock:  # the port it suggests can be listened on
        sock.bind(("127.0.0.1", int(match[1])))


def test_check_on_a_free_port_exits_0_without_serving():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    done = serve_script("--check", "--host", "127.0.0.1", "--port", str(port))
    assert done.returncode == 0 and done.stderr == "" and done.stdout == ""


def test_make_serve_checks_the_port_before_it_builds():
    done = subprocess.run(
        ["make", "-n", "serve", "PORT=8123"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    lines = done.stdout.splitlines()
    check = next(i for i, line in enumerate(lines) if "serve.py --check" in line)
    build = next(i for i, line in enumerate(lines) if "mkdocs build --strict" in line)
    assert check < build and "--port 8123" in lines[check]
