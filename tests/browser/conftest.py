"""Browser fixtures: one strict build per session (``built_site`` in tests/conftest.py, with
``site_url`` equal to the served address, port included, so instant navigation engages), served
under a sub-path on 127.0.0.1 like GitHub Pages, and one Debian chromium for every test.

Every page a test opens is watched: each request is logged (``watch.requests``), and a console
error, an uncaught exception or a ``securitypolicyviolation`` fails the test at teardown unless
the test said it expects one (``watch.expect_console(pattern)``).

A browser that cannot start is a failure, never a skip, here and in CI.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import pytest

from tools.serve import make_server

from .drive import CHROMIUM, CHROMIUM_ARGS

# Reported by the page to the test through the console (the test's own listener, not the site's).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  const what = e.blockedURI || "inline";
  console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${what}`);
});
"""


@dataclass
class Request:
    url: str
    method: str
    body: bytes | None
    resource_type: str


@dataclass
class Watch:
    """What happened in one browser context."""

    requests: list[Request] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    expected: list[re.Pattern] = field(default_factory=list)

    def expect_console(self, pattern: str) -> None:
        self.expected.append(re.compile(pattern))

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(e.search(p) for e in self.expected)]


@pytest.fixture(scope="session")
def site_server(built_site):
    server = make_server(built_site.dir, port=built_site.port, base=built_site.base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield built_site
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
    except Exception as error:  # a missing or broken Playwright is a failure, never a skip
        pytest.fail(f"Playwright could not start: {error}")
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as error:
        playwright.stop()
        pytest.fail(f"{CHROMIUM} could not start (install Debian's chromium): {error}")
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def context_factory(browser, site_server):
    """New, empty browser contexts (fresh profile: no cache, no storage), each watched."""
    made = []

    def make(**options):
        options.setdefault("viewport", {"width": 1024, "height": 800})
        options.setdefault("service_workers", "block")
        context = browser.new_context(**options)
        watch = Watch()

        def on_request(request):
            try:
                body = request.post_data_buffer
            except Exception:  # a body Playwright cannot read still counts as a body
                body = b"?"
            watch.requests.append(Request(request.url, request.method, body, request.resource_type))

        def on_page(page):
            page.on("pageerror", lambda error: watch.problems.append(f"uncaught: {error}"))

        context.on("request", on_request)
        context.on("console", watch._console)
        context.on("page", on_page)
        context.add_init_script(CSP_LISTENER)
        made.append((context, watch))
        return context, watch

    yield make
    problems = []
    for context, watch in made:
        problems += watch.unexpected()
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def watched(context_factory):
    """A page in a fresh context, and its watch."""
    context, watch = context_factory()
    return context.new_page(), watch


@pytest.fixture
def site(site_server):
    return site_server
