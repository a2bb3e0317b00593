"""Licenses (issue 24 item 5): the code is MIT (LICENSE, as package.json and pyproject.toml say),
the words on the pages CC BY 4.0; the built site carries both, and beside what it ships from
others (Pyodide, the Python standard library, Material for MkDocs and what Material bundles) the
license texts, listed with their sources in licenses.txt, which every page's footer links to, in
both languages."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from conftest import REPO

LICENSES = REPO / "licenses"
MANIFEST = json.loads((LICENSES / "third-party.json").read_text(encoding="utf-8"))
FOOTER_LINK = re.compile(r'<div class="md-copyright__licenses" data-licenses>(.*?)</div>', re.S)


def test_the_code_is_mit_everywhere_it_says_so():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge" in text
    assert json.loads((REPO / "package.json").read_text())["license"] == "MIT"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == {"text": "MIT"}


def test_the_readme_names_both_licenses():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "](LICENSE)" in readme and "MIT" in readme
    assert "CC BY 4.0" in readme and "](licenses/CC-BY-4.0.txt)" in readme
    assert "](licenses/third-party.json)" in readme


def test_every_license_text_is_in_the_repository_and_is_that_license():
    firsts = {
        "MPL-2.0.txt": "Mozilla Public License Version 2.0",
        "MPL-1.1.txt": "Mozilla Public License Version 1.1",
        "CC-BY-4.0.txt": "Creative Commons Attribution 4.0 International",
    }
    for name, first in firsts.items():
        assert (LICENSES / name).read_text(encoding="utf-8").startswith(first)
    python = (LICENSES / "Python-LICENSE.txt").read_text(encoding="utf-8")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in python
    assert "Martin Donath" in (LICENSES / "mkdocs-material-LICENSE.txt").read_text("utf-8")
    for part in MANIFEST["components"]:
        assert (LICENSES / part["text"]).is_file(), part["name"]
        assert part["source"].startswith("https://")
    names = " ".join(p["name"] for p in MANIFEST["components"])
    for shipped in ("Pyodide", "Python", "Material for MkDocs"):
        assert shipped in names


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site.dir


def test_the_built_site_has_its_own_licenses_and_the_list(site):
    assert (site / "LICENSE.txt").read_bytes() == (REPO / "LICENSE").read_bytes()
    words = (LICENSES / "CC-BY-4.0.txt").read_bytes()
    assert (site / "LICENSE-words.txt").read_bytes() == words
    listing = (site / "licenses.txt").read_text(encoding="utf-8")
    for part in MANIFEST["components"]:
        assert part["name"] in listing
        assert part["source"].split(" ")[0] in listing
    # every text the list names is in the site, and is the license it names
    for path in re.findall(r"(assets/\S+?\.txt)", listing):
        assert (site / path).is_file(), path


def test_the_license_texts_sit_beside_pyodide_and_material(site):
    (pyodide,) = (site / "assets" / "pyodide").iterdir()
    assert (pyodide / "pyodide.asm.wasm").is_file()
    assert list(pyodide.glob("python_stdlib-*.zip"))
    mpl = (LICENSES / "MPL-2.0.txt").read_bytes()
    assert (pyodide / "LICENSE-pyodide.txt").read_bytes() == mpl
    psf = (LICENSES / "Python-LICENSE.txt").read_bytes()
    assert (pyodide / "LICENSE-python.txt").read_bytes() == psf
    material = (LICENSES / "mkdocs-material-LICENSE.txt").read_bytes()
    for folder in ("javascripts", "stylesheets"):
        assert list((site / "assets" / folder).glob("*.min.*"))
        assert (site / "assets" / folder / "LICENSE-mkdocs-material.txt").read_bytes() == material
    assert (site / "assets/javascripts/lunr/LICENSE-lunr-languages.txt").is_file()
    assert (site / "assets/javascripts/workers/LICENSE-lunr.txt").is_file()


@pytest.mark.parametrize(
    "page", ["index.html", "law/index.html", "es/index.html", "es/law/index.html"]
)
def test_every_pages_footer_links_the_licenses_in_its_language(site, page):
    html = (site / page).read_text(encoding="utf-8")
    (footer,) = FOOTER_LINK.findall(html)
    hrefs = re.findall(r'href="([^"]+)"', footer)
    assert len(hrefs) == 3
    for href in hrefs:
        assert (site / page).parent.joinpath(href).resolve().is_file(), href
    assert {Path(h).name for h in hrefs} == {"LICENSE-words.txt", "LICENSE.txt", "licenses.txt"}
    if page.startswith("es/"):
        assert "Puede reutilizar los textos de este sitio" in footer
    else:
        assert "You may reuse the words on this site" in footer
