"""MkDocs hooks (registered under ``hooks:`` in mkdocs.yml): a thin shim over tools/ scripts.

Every step lives in a plain function of ``tools/site_assets.py``, ``tools/sitegen.py`` or
``tools/pack_checker.py``, so moving to a generator without hooks (Zensical) means calling those
functions from a script, not rewriting them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.utils import get_relative_url  # noqa: E402

from checker.questions import catalog  # noqa: E402
from tools import pack_checker, site_assets, sitegen  # noqa: E402

# Links the screener's result and fallback need: name -> source page.
LINKED_PAGES = {"law": "law.md", "by_hand": "check-by-hand.md"}

_plan: site_assets.Plan | None = None  # this build's plan (on_config)
_page_urls: dict[str, str] = {}  # site-relative URL of each linked page (on_files)


def on_config(config):
    global _plan
    theme_dirs = [Path(config.theme.custom_dir), Path(config.docs_dir)]
    _plan = site_assets.Plan.make(theme_dirs, pack_checker.pack())
    for i, script in enumerate(config.extra_javascript):
        if isinstance(script, str):
            config.extra_javascript[i] = _plan.versioned(script)
        else:
            script.path = _plan.versioned(script.path)
    config.extra_css = [_plan.versioned(path) for path in config.extra_css]
    return config


def on_files(files, config):
    _page_urls.clear()
    for name, src in LINKED_PAGES.items():
        file = files.get_file_from_path(src)
        if file is not None:
            _page_urls[name] = file.url
    return files


def on_page_markdown(markdown, page, config, files):
    return sitegen.render(markdown)


def on_post_page(output, page, config):
    if site_assets.SCREENER_MARKER not in output:
        return output
    root = get_relative_url(".", page.url).rstrip("/") + "/"
    screener = site_assets.render_screener(catalog(), _plan.worker_config(root, dict(_page_urls)))
    return output.replace(site_assets.SCREENER_MARKER, screener, 1)


def on_post_build(config):
    site_dir = Path(config.site_dir)
    site_assets.write_assets(_plan, site_dir)
    site_assets.apply_csp(site_dir)
