"""Getting a source's bytes: from the web (`get`, urllib) or from a folder of saved pages
(`Fixtures`, for the tests and for trying the watch with no network).

Any failure to get the page (no answer, an HTTP error, a time-out, a page too large) is
`Unreachable`: the watch reports the source as unreachable, never as changed.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

TIMEOUT_S = 30
TRIES = 2
WAIT_S = 5  # between two tries
MAX_BYTES = 20_000_000  # a section or a search is far smaller; anything larger is not the page
USER_AGENT = "fedfirstoffender-law-watch/1 (weekly check of the sources a legal-aid site quotes)"

Fetch = Callable[[str], bytes]


class Unreachable(Exception):
    """The page could not be had: the message says why (shown in the report)."""


def get(url: str) -> bytes:
    """The body of `url` (HTTPS only), tried twice; raises `Unreachable`."""
    if not url.startswith("https://"):
        raise Unreachable(f"not an https address: {url}")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xml,*/*"}
    )
    problem = ""
    for attempt in range(TRIES):
        if attempt:
            time.sleep(WAIT_S)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310
                body = response.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as error:
            problem = f"HTTP {error.code}"
            if error.code < 500 and error.code != 429:
                break  # a 404 or 403 will not mend in five seconds
            continue
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            problem = str(getattr(error, "reason", error)) or type(error).__name__
            continue
        if len(body) > MAX_BYTES:
            raise Unreachable(f"larger than {MAX_BYTES} bytes")
        return body
    raise Unreachable(problem or "no answer")


class Fixtures:
    """Saved pages instead of the web: ``index.json`` in `folder` maps each address to a file
    in that folder, or to null for a source that is down."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.index: dict[str, str | None] = json.loads(
            (self.folder / "index.json").read_text(encoding="utf-8")
        )

    def __call__(self, url: str) -> bytes:
        name = self.index.get(url)
        if name is None:
            raise Unreachable("no answer (saved as down)" if url in self.index else "no answer")
        return (self.folder / name).read_bytes()
