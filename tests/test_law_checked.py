""" "Law checked on": one date, `checker.law.LAW_CHECKED`, and everywhere it is shown is that date
(issue 23 item 4): the result in both languages, each paper's footer (the Word file's and the
printed one), and the screener's root as ``data-law-checked``."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile

import pytest

from checker import evaluate, law
from checker.i18n import LANGS, day_text
from checker.questions import catalog
from checker.web import result_view, step
from conftest import load_cases
from papers import catalog as papers_catalog
from papers import web
from tools.build import site_assets

CASES = load_cases()
TODAY = dt.date(2026, 11, 29)  # the example cases' day (tests/test_cases.py)


@pytest.mark.parametrize("lang", LANGS)
def test_every_result_shows_the_constant_in_the_readers_language(lang):
    words = day_text(law.LAW_CHECKED, lang)
    for case in CASES:
        view = result_view(evaluate(case["answers"], _today(case), lang), lang)
        assert view["law_checked"]["date"] == law.LAW_CHECKED.isoformat()
        assert words in view["law_checked"]["text"]
    assert law.law_checked_text("en") == f"Law checked on {day_text(law.LAW_CHECKED)}."
    es_words = day_text(law.LAW_CHECKED, "es")
    assert law.law_checked_text("es") == f"Última revisión de la ley: {es_words}."


def test_the_browser_gets_it_through_step():
    replies = [
        json.loads(step(json.dumps(c["answers"]), TODAY.isoformat(), "es")) for c in CASES[:10]
    ]
    results = [r["result"] for r in replies if r["result"]]
    assert results
    assert all(r["law_checked"] == law.law_checked_view("es") for r in results)


def test_the_page_script_shows_the_line_the_checker_sends():
    script = (site_assets.ROOT / "site-overrides" / site_assets.PAGE_SCRIPT).read_text("utf-8")
    assert re.search(r"r\.law_checked && h\(\"p\", \{[^}]*\}, r\.law_checked\.text\)", script)


def test_the_screeners_root_carries_the_date():
    html = site_assets.render_screener(catalog("en"), {"root": "../", "links": {"by_hand": "x/"}})
    (root,) = re.findall(r'<div class="screener" data-screener ([^>]*)>', html)
    assert f'data-law-checked="{law.LAW_CHECKED.isoformat()}"' in root


@pytest.mark.parametrize("paper_id", sorted(papers_catalog.PAPERS))
def test_each_papers_footer_carries_it(paper_id):
    line = law.law_checked_text("en")  # the papers are in English, the court's language
    made = web.make(paper_id, "{}", "{}", "docx", law.LAW_CHECKED.isoformat())
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        footer = archive.read("word/footer1.xml").decode("utf-8")
    assert line in footer and "PAGE" in footer
    printed = json.loads(web.make(paper_id, "{}", "{}", "html", law.LAW_CHECKED.isoformat()))
    assert f'<p class="paper-footer">{line}</p>' in printed["html"]


def _today(case):
    return TODAY
