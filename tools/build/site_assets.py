"""What the build adds to the site for the screener, and the Content-Security-Policy of every page.

The MkDocs hook (`tools/build/mkdocs_hooks.py`) only calls the functions here, so the same steps
can be driven by another generator later. In build order:

1. `Plan.make()` decides once per build what ships: the Pyodide runtime files (copied from the
   pinned npm package into a versioned folder, ``assets/pyodide/<version>/``), a slim standard
   library traced from the screener's own imports (``python_stdlib-<sha>.zip``), the checker zip
   (``assets/checker/checker-<sha>.zip``, content-hashed by `tools/build/pack_checker.py`) and a
   content hash for each local script and style sheet (added as ``?v=`` so a cached old file
   is never mixed with a new page: GitHub Pages caches for 10 minutes).
2. `render_screener()` writes the screener into the check page's HTML, in the page's language:
   the first question as a live form, every question as a ``<template>`` (rendered here, once,
   from `checker.questions.catalog(lang)`; the page script only clones them), and the worker's
   settings in a ``data-config`` attribute (not an inline ``<script>``: Material's instant
   navigation re-runs inline scripts of the content as JavaScript). The settings carry the
   page's ``lang``, and the interview map (tools/build/interview_map.py: which question follows
   which answer, computed from checker/) with its walker, so that the page shows the next question
   while Python loads; the markup contract (``data-question``, names, answer codes) is the same
   in every language. `preload_links()` adds ``<link rel="modulepreload">`` for the page script,
   the walker, the worker and Pyodide's loader to the check page's head, so that the worker's
   first files are in the HTTP cache when it asks for them.
3. `write_assets()` copies the runtime and writes the checker zip into the built site.
4. `apply_csp()` hashes every inline script of every built page and writes one policy into the
   ``<meta http-equiv="Content-Security-Policy">`` that ``site-overrides/main.html`` emits. The
   policy is the same on every page: instant navigation swaps ``<head>`` tags that differ, and a
   second CSP meta would add a second policy (both apply), so per-page hash lists could block a
   script that one page allows and the other does not.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.i18n import DEFAULT
from checker.law import LAW_CHECKED
from checker.questions import by_id
from checker.web import empty_message
from tools.build import interview_map, screener_texts
from tools.lang.site_i18n import ENGLISH_GLOSS, t

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
PYODIDE_PACKAGE = NODE_MODULES / "pyodide"
# The files the worker loads. Not the lock file (the worker passes `lockFileContents`), not the
# packages (the checker needs none), not the classic-script loader (314 needs a module worker).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# The standard library ships slim: only the modules the screener imports, traced inside Pyodide
# by tools/build/slim_stdlib.py, under a content-hashed name. SCREENER_STDLIB picks the form
# (source-min, source, pyc, pyc-stripped, or full: the package's own python_stdlib.zip) for
# the benchmark.
STDLIB_ENV = "SCREENER_STDLIB"

SCREENER_MARKER = "<!-- screener -->"
PAGE_SCRIPT = "assets/screener/screener.js"
WALKER = "assets/screener/interview.mjs"
WORKER = "assets/screener/worker.mjs"
STALL_MS = 30_000  # no new bytes for this long while downloading: show the way out
START_MS = 30_000  # every byte in, Python still not ready after this long: the same
CSP_PLACEHOLDER = "__SITE_CSP__"
POLICY = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),  # + the inline scripts' hashes
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self' blob:"),  # Material's search worker; the screener's blob bootstrap
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'none'"),  # no form ever submits: answers never leave the page
)

_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]+)""", re.I)
_EXECUTABLE_TYPES = {"", "module", "text/javascript", "application/javascript"}


def short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


@dataclass(frozen=True)
class ShippedFile:
    path: str  # site-relative, POSIX
    size: int  # bytes, uncompressed: the worker counts decompressed bytes for its progress


@dataclass(frozen=True)
class Plan:
    """What this build ships for the screener; decided once (see module docstring)."""

    pyodide_version: str
    pyodide_dir: str  # site-relative folder, ends with "/"
    pyodide_files: tuple[ShippedFile, ...]
    lock_info: dict[str, Any]
    checker_zip: bytes
    checker: ShippedFile
    stdlib_zip: bytes
    stdlib: ShippedFile
    versions: dict[str, str] = field(default_factory=dict)  # site path -> content hash
    # One checker zip per page language: each carries only its own language's catalog, so a
    # reader downloads the texts of the language they read (tools/build/pack_checker.py).
    by_lang: dict[str, tuple[ShippedFile, bytes]] = field(default_factory=dict)
    # The interview map (tools/build/interview_map.py), the same in every language.
    interview: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def make(
        cls,
        theme_dirs: list[Path],
        checker_zip: tuple[bytes, str],
        by_lang: dict[str, tuple[bytes, str]] | None = None,
    ) -> Plan:
        package = json.loads((PYODIDE_PACKAGE / "package.json").read_text("utf-8"))
        version = package["version"]
        folder = f"assets/pyodide/{version}/"
        files = tuple(
            ShippedFile(folder + name, (PYODIDE_PACKAGE / name).stat().st_size)
            for name in PYODIDE_FILES
        )
        lock = json.loads((PYODIDE_PACKAGE / "pyodide-lock.json").read_text("utf-8"))
        data, digest = checker_zip
        stdlib = _stdlib(data)
        versions: dict[str, str] = {}
        for theme_dir in theme_dirs:
            for path in sorted(theme_dir.rglob("*")):
                if path.suffix in (".js", ".mjs", ".css") and path.is_file():
                    versions[path.relative_to(theme_dir).as_posix()] = short_hash(path.read_bytes())
        return cls(
            pyodide_version=version,
            pyodide_dir=folder,
            pyodide_files=files,
            lock_info=lock["info"],
            checker_zip=data,
            checker=ShippedFile(f"assets/checker/checker-{digest}.zip", len(data)),
            stdlib_zip=stdlib,
            stdlib=ShippedFile(f"{folder}python_stdlib-{short_hash(stdlib)}.zip", len(stdlib)),
            versions=versions,
            by_lang={
                lang: (ShippedFile(f"assets/checker/checker-{lang}-{sha}.zip", len(zip_)), zip_)
                for lang, (zip_, sha) in (by_lang or {}).items()
            },
            interview=interview_map.load(),
        )

    def checker_for(self, lang: str) -> ShippedFile:
        """The checker zip a page in `lang` loads (the one with every catalog if none is)."""
        return self.by_lang[lang][0] if lang in self.by_lang else self.checker

    def versioned(self, path: str) -> str:
        """``path?v=<hash>`` for a local asset this build knows, else ``path`` unchanged."""
        digest = self.versions.get(path.split("?", 1)[0])
        return f"{path}?v={digest}" if digest and "?" not in path else path

    def file(self, name: str) -> ShippedFile:
        return next(f for f in self.pyodide_files if f.path.endswith("/" + name))

    def worker_config(
        self, root: str, links: dict[str, str], lang: str = DEFAULT
    ) -> dict[str, Any]:
        """The page script's settings. Paths are relative to the site root; ``root`` is the site
        root relative to the page (the script resolves it against the page's address); ``lang``
        is the page's language, the one the checker answers in."""
        return {
            "root": root,
            "lang": lang,
            # Every word the page script shows, in the page's language
            # (tools/build/screener_texts.py).
            "texts": screener_texts.texts(lang),
            "worker": self.versioned(WORKER),
            "pyodide": {
                "module": self.file("pyodide.mjs").path,
                "indexURL": self.pyodide_dir,
                "stdLibURL": self.stdlib.path,
                # The real lock file lists ~300 packages the checker never loads; its `info`
                # is all that start-up checks, so the worker skips fetching the 120 KB file.
                "lockFileContents": {"info": self.lock_info, "packages": {}},
            },
            "checker": self.checker_for(lang).path,
            # The papers a result offers (papers.js, imported by the result when it shows).
            "papers": self.versioned("assets/screener/papers.js"),
            # Which question comes next while Python loads: the map computed from checker/ and
            # the page's walker for it (imported on the check page only).
            "interview": {"walker": self.versioned(WALKER), "map": self.interview},
            # Bytes the worker fetches (decompressed), for "Getting the checker ready: x of y MB".
            "sizes": {
                f.path: f.size
                for f in (
                    self.file("pyodide.asm.wasm"),
                    self.stdlib,
                    self.checker_for(lang),
                )
            },
            "links": links,
            # Give up when the download stalls, or when Python does not start once every byte
            # is in (without 'wasm-unsafe-eval', loadPyodide never settles).
            "timeouts": {"stall_ms": STALL_MS, "start_ms": START_MS},
        }

    def preload_links(self, root: str) -> str:
        """For the check page's ``<head>``: ``modulepreload`` links to the page script, the
        interview walker, the worker and Pyodide's loader (small files: the big ones would be
        fetched twice if the worker asked for them before the preload ended). ``root`` is the
        site root relative to the page."""
        paths = [
            self.versioned(PAGE_SCRIPT),
            self.versioned(WALKER),
            self.versioned(WORKER),
            self.file("pyodide.mjs").path,
        ]
        # Only where scripts run: a reader without JavaScript fetches none of it.
        return "".join(
            f'<link rel="modulepreload" href="{_e(root + p)}" media="(scripting: enabled)">'
            for p in paths
        )


# ---------------------------------------------------------------------------------------------
# The question forms (GOV.UK question pages: the question is the heading, hints in plain words)

_e = html.escape
SELECT_ABOVE = 12  # a single choice with more options than this is a <select>, not radios
CONTINUE = "Continue"
NOT_SURE = "not_sure"


WHERE = "Where to find it:"


def _said(text: str) -> str:
    """`text` escaped, with the English a catalog quotes beside its Spanish marked lang="en"."""
    return ENGLISH_GLOSS.sub(r'(<span lang="en">\1</span>)', _e(text))


def _hint(qid: str, text: str, where: str = "", lang: str = DEFAULT) -> str:
    """The hint under a question, and where the answer is written down (`Question.where`)."""
    if not text:
        return ""
    label = _e(t(WHERE, lang))
    found = f'<span class="screener-where">{label} {_said(where)}</span>' if where else ""
    return f'<div class="screener-hint" id="{_e(qid)}-hint">{_said(text)}{found}</div>'


def _heading(
    q: dict[str, Any], number: int, label_for: str | None = None, lang: str = DEFAULT
) -> str:
    text = _e(q["text"])
    if label_for:
        text = f'<label for="{_e(label_for)}">{text}</label>'
    caption = _e(t("Question {number}", lang, number=number))
    return (
        f'<h2 class="screener-heading" id="{_e(q["id"])}-heading" tabindex="-1">'
        f'<span class="screener-caption" data-caption>{caption}</span> {text}</h2>'
    )


def _described(*ids: str) -> str:
    ids = tuple(i for i in ids if i)
    return f' aria-describedby="{_e(" ".join(ids))}"' if ids else ""


def _choice(qid: str, kind: str, option: dict[str, Any]) -> str:
    oid = f"{qid}-{option['value']}"
    hint = option.get("hint") or ""
    hint_id = f"{oid}-hint" if hint else ""
    return (
        f'<div class="screener-choice">'
        f'<input type="{kind}" id="{_e(oid)}" name="{_e(qid)}" value="{_e(option["value"])}"'
        f"{_described(hint_id)}>"
        f'<label for="{_e(oid)}">{_e(option["label"])}</label>'
        + (f'<div class="screener-hint" id="{_e(hint_id)}">{_said(hint)}</div>' if hint else "")
        + "</div>"
    )


def _not_sure_box(qid: str, lang: str = DEFAULT) -> str:
    return f'<p class="screener-or">{_e(t("or", lang))}</p>' + _choice(
        qid, "checkbox", {"value": NOT_SURE, "label": t("I don't know", lang)}
    )


def _fieldset(q: dict[str, Any], number: int, body: str, lang: str = DEFAULT) -> str:
    hint_id = f"{q['id']}-hint" if q.get("hint") else ""
    return (
        f'<fieldset class="screener-fieldset"{_described(hint_id)}>'
        f'<legend class="screener-legend">{_heading(q, number, lang=lang)}</legend>'
        f"{_hint(q['id'], q.get('hint', ''), q.get('where', ''), lang)}{body}</fieldset>"
    )


def _body(q: dict[str, Any], number: int, lang: str = DEFAULT) -> str:
    qid, kind = q["id"], q["kind"]
    hint_id = f"{qid}-hint" if q.get("hint") else ""
    hint = _hint(qid, q.get("hint", ""), q.get("where", ""), lang)
    if kind == "single" and len(q["options"]) > SELECT_ABOVE:
        options = "".join(
            f'<option value="{_e(o["value"])}">{_e(o["label"])}</option>' for o in q["options"]
        )
        return (
            f'<div class="screener-field">{_heading(q, number, label_for=qid, lang=lang)}{hint}'
            f'<select class="screener-select" id="{_e(qid)}" name="{_e(qid)}"{_described(hint_id)}>'
            f'<option value="">{_e(t("Choose one", lang))}</option>{options}</select></div>'
        )
    if kind in ("single", "multiple"):
        kind_input = "radio" if kind == "single" else "checkbox"
        choices = "".join(_choice(qid, kind_input, o) for o in q["options"])
        return _fieldset(q, number, f'<div class="screener-choices">{choices}</div>', lang)
    if kind == "date":
        parts = "".join(
            f'<div class="screener-date__part">'
            f'<label for="{_e(qid)}-{part}">{_e(t(label, lang))}</label>'
            f'<input class="screener-input screener-input--{width}" id="{_e(qid)}-{part}" '
            f'name="{_e(qid)}-{part}" type="text" inputmode="numeric" spellcheck="false"></div>'
            for part, label, width in (
                ("day", "Day", 2),
                ("month", "Month", 2),
                ("year", "Year", 4),
            )
        )
        not_sure = _not_sure_box(qid, lang) if q.get("allow_not_sure") else ""
        return _fieldset(q, number, f'<div class="screener-date">{parts}</div>{not_sure}', lang)
    if kind == "number":
        field_ = (
            f'<input class="screener-input screener-input--3" id="{_e(qid)}" name="{_e(qid)}" '
            f'type="text" inputmode="numeric" spellcheck="false"{_described(hint_id)}>'
        )
        not_sure = _not_sure_box(qid, lang) if q.get("allow_not_sure") else ""
        return (
            f'<div class="screener-field">{_heading(q, number, label_for=qid, lang=lang)}'
            f"{hint}{field_}{not_sure}</div>"
        )
    raise ValueError(f"question {qid!r}: unknown kind {kind!r}")


def render_question(q: dict[str, Any], number: int = 1, lang: str = DEFAULT) -> str:
    """One step: ``<form data-question="ID">`` with its only submit button (markup contract).
    `q` comes from `checker.questions.catalog(lang)`; the build's own words are in `lang` too.
    ``data-empty`` is what to say when Continue is pressed with nothing entered (the checker's
    words, shown at once, even before Python is ready). No Back link here: the screener has one
    above every step (GOV.UK: at the top, away from Continue)."""
    empty = empty_message(by_id(lang)[q["id"]], lang)
    return (
        f'<form class="screener-step" data-question="{_e(q["id"])}" data-empty="{_e(empty)}" '
        'novalidate autocomplete="off">'
        f'<div class="screener-errors" data-errors></div>'
        f"{_body(q, number, lang)}"
        f'<button type="submit" class="md-button md-button--primary screener-submit">'
        f"{_e(t(CONTINUE, lang))}</button></form>"
    )


# Why the checker cannot go on, in words that fit the cause (the page picks one and moves focus
# to it). Each: the title, then what happened and what to do.
FALLBACKS = {
    "network": (
        "The checker did not download",
        "Part of it did not arrive. Check your internet connection, then reload this page.",
    ),
    "browser": (
        "The checker cannot run in this browser",
        "It needs WebAssembly, which this browser does not have or has turned off.",
    ),
    "ours": (
        "Something went wrong on our side",
        "The checker stopped working. This is our mistake, not yours. "
        "Your answers were not sent anywhere.",
    ),
}


def _fallback(by_hand: str, lang: str = DEFAULT) -> str:
    causes = "".join(
        f'<div data-fallback-cause="{_e(cause)}" hidden>'
        f'<p class="admonition-title">{_e(t(title, lang))}</p><p>{_e(t(text, lang))}</p></div>'
        for cause, (title, text) in FALLBACKS.items()
    )
    return (
        '<div class="admonition warning screener-fallback" data-fallback tabindex="-1" hidden>'
        f"{causes}<p>"
        + t(
            '<a href="{by_hand}">Check by hand</a> asks the same questions on one page. '
            "It works in any browser, with nothing to load.",
            lang,
            by_hand=_e(by_hand),
        )
        + "</p></div>"
    )


def render_screener(
    catalog: list[dict[str, Any]], config: dict[str, Any], lang: str = DEFAULT
) -> str:
    """The screener's HTML: a status line (aria-live), the Back link (hidden on question 1), the
    first question live, the loading and fallback notes (hidden until needed), and every
    question as a ``<template>``; in `lang`."""
    first = next(q for q in catalog if q.get("first"))
    templates = "".join(
        f'<template data-template="{_e(q["id"])}">{render_question(q, lang=lang)}</template>'
        for q in catalog
    )
    by_hand = config["root"] + config["links"]["by_hand"]
    ready = _e(t("Getting the checker ready", lang))
    words = screener_texts.texts(lang)  # the page script's words, in `lang`
    # Keeping answers (in the page from the start, so that nothing shifts when the script
    # runs): a line at the top of the interview, and "Open saved answers" under question 1.
    keep_note = f'<p class="screener-keep-note">{_e(words["keep_note"])}</p>'
    opener = (
        '<div class="screener-open" data-open-block>'
        f'<label class="screener-open__label" for="screener-open-answers">'
        f"{_e(words['open_label'])}</label>"
        f'<p class="screener-hint" id="screener-open-answers-hint">{_e(words["open_hint"])}</p>'
        '<input type="file" id="screener-open-answers" accept=".json,application/json" '
        'data-open-answers aria-describedby="screener-open-answers-hint '
        'screener-open-answers-error">'
        '<p class="screener-open__error" id="screener-open-answers-error" role="alert"></p>'
        "</div>"
    )
    return (
        f'<div class="screener" data-screener data-law-checked="{LAW_CHECKED.isoformat()}" '
        f'data-config="{_e(json.dumps(config))}">'
        '<div class="screener-status screener-visually-hidden" data-status role="status"'
        ' aria-live="polite"></div>'
        f"{keep_note}"
        '<div class="screener-nav">'
        '<button type="button" class="screener-back" data-action="back" hidden>'
        f"{_e(t('Back', lang))}</button></div>"
        f'<div class="screener-host" data-host>{render_question(first, lang=lang)}</div>'
        f"{opener}"
        '<div class="screener-wait" data-wait hidden>'
        f"<p data-wait-text>{ready}</p>"
        f'<progress aria-label="{ready}"></progress>'
        "<p>"
        + _e(t("Your answers are kept. The next question appears when the checker is ready.", lang))
        + "</p></div>"
        f"{_fallback(by_hand, lang)}{templates}</div>"
    )


# ---------------------------------------------------------------------------------------------
# Files into the built site


def write_assets(plan: Plan, site_dir: Path) -> None:
    """Copy the Pyodide runtime into its versioned folder; write the checker zip and the
    standard library (both content-hashed)."""
    for shipped in plan.pyodide_files:
        target = site_dir / shipped.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PYODIDE_PACKAGE / Path(shipped.path).name, target)
    shipped_zips = [(plan.stdlib, plan.stdlib_zip), *plan.by_lang.values()]
    if not plan.by_lang:  # one zip with every catalog, when no page language asks for its own
        shipped_zips.append((plan.checker, plan.checker_zip))
    for shipped, data in shipped_zips:
        target = site_dir / shipped.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    write_licenses(plan, site_dir)


# ---------------------------------------------------------------------------------------------
# Licenses: the site's own (code MIT, words CC BY 4.0) and those of what it ships from others

LICENSES = ROOT / "licenses"
LICENSE_LIST = "licenses.txt"  # at the site's root; every page's footer links to it
CODE_LICENSE = "LICENSE.txt"  # the repository's LICENSE (MIT)
WORDS_LICENSE = "LICENSE-words.txt"  # CC BY 4.0


def _license_values(plan: Plan) -> dict[str, str]:
    from importlib.metadata import version

    return {
        "pyodide": plan.pyodide_version,
        "pyodide_dir": plan.pyodide_dir,
        "python": str(plan.lock_info.get("python", "")),
        "material": version("mkdocs-material"),
    }


def write_licenses(plan: Plan, site_dir: Path) -> None:
    """Each third-party license text (licenses/third-party.json) beside the files it covers and
    in ``assets/licenses/``; the site's own licenses; and the list, ``licenses.txt``."""
    manifest = json.loads((LICENSES / "third-party.json").read_text("utf-8"))
    values = _license_values(plan)
    folder = site_dir / "assets" / "licenses"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "LICENSE", site_dir / CODE_LICENSE)
    shutil.copyfile(LICENSES / "CC-BY-4.0.txt", site_dir / WORDS_LICENSE)
    lines = [
        "Licenses of this site and of the software it ships",
        "(Licencias de este sitio y de los programas de otros que incluye)",
        "",
        f"The words on these pages: Creative Commons Attribution 4.0 (CC BY 4.0), {WORDS_LICENSE}.",
        "The statute text quoted on them is public domain.",
        f"The site's own code: MIT License, {CODE_LICENSE}.",
        "",
        "Software from others that the site ships:",
    ]
    for part in manifest["components"]:
        fill = {key: str(part[key]).format(**values) for key in part if key != "beside"}
        shutil.copyfile(LICENSES / part["text"], folder / fill["as"])
        places = [f"assets/licenses/{fill['as']}"]
        for beside in part["beside"]:
            where = site_dir / beside.format(**values)
            where.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(LICENSES / part["text"], where / fill["as"])
            places.append(f"{beside.format(**values).rstrip('/')}/{fill['as']}")
        lines += [
            "",
            f"- {fill['name']}, {fill['version']}",
            f"  License: {fill['license']}. Text: {', '.join(places)}",
            f"  Files: {fill['files']}",
            f"  Source: {fill['source']}",
        ]
        if fill.get("note"):
            lines.append(f"  Note: {fill['note']}")
    (site_dir / LICENSE_LIST).write_text("\n".join(lines) + "\n", "utf-8")


def _stdlib(checker_zip: bytes) -> bytes:
    import os

    from tools.build import slim_stdlib

    mode = os.environ.get(STDLIB_ENV, slim_stdlib.DEFAULT_MODE)
    if mode == "full":
        return (PYODIDE_PACKAGE / "python_stdlib.zip").read_bytes()
    if mode not in slim_stdlib.MODES:
        raise ValueError(f"{STDLIB_ENV} must be full or one of {sorted(slim_stdlib.MODES)}")
    return slim_stdlib.build(checker_zip, mode)


# ---------------------------------------------------------------------------------------------
# Content-Security-Policy


def inline_script_hashes(page_html: str) -> set[str]:
    """CSP source expressions (``'sha256-…'``) for the inline scripts a browser would run."""
    hashes = set()
    for match in _SCRIPT.finditer(page_html):
        attrs = match.group("attrs") or ""
        if re.search(r"\ssrc\s*=", attrs, re.I):
            continue
        kind = _TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") not in _EXECUTABLE_TYPES:
            continue  # a data block such as Material's <script type="application/json">
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


def policy(hashes: set[str]) -> str:
    parts = []
    for directive, sources in POLICY:
        if directive == "script-src" and hashes:
            sources = f"{sources} {' '.join(sorted(hashes))}"
        parts.append(f"{directive} {sources}")
    return "; ".join(parts)


def apply_csp(site_dir: Path) -> str:
    """Write the site's policy into every built page; return it. Fails loudly on a page with a
    ``<head>`` but no placeholder (a template that lost the meta tag would ship no policy)."""
    pages = sorted(site_dir.rglob("*.html"))
    texts = {path: path.read_text("utf-8") for path in pages}
    hashes: set[str] = set()
    for text in texts.values():
        hashes |= inline_script_hashes(text)
    csp = policy(hashes)
    missing = [
        str(p.relative_to(site_dir))
        for p, t in texts.items()
        if CSP_PLACEHOLDER not in t and "<head" in t  # a head-less redirect stub needs none
    ]
    if missing:
        raise RuntimeError(f"no CSP placeholder in: {', '.join(missing)}")
    for path, text in texts.items():
        path.write_text(text.replace(CSP_PLACEHOLDER, html.escape(csp, quote=False)), "utf-8")
    return csp
