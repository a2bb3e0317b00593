"""The law watch (tools/watch) against saved pages in tests/watch/, with no network: a changed
statute is reported changed with what to review; the same words under a new menu are unchanged;
a source that is down is unreachable, not changed; a quotation on the law pages that is no longer
in the official text is caught; and `make law-watch` runs the same way."""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO
from tools.watch import __main__ as cli
from tools.watch import fetch, issues, quotes, reduce, watch

FIXTURES = REPO / "tests" / "watch"
TODAY = dt.date(2026, 12, 5)
S3607 = "usc-18-3607"
DOJ = "doj-marijuana-pardon-certificate"


@pytest.fixture
def data() -> dict:
    return watch.load(watch.SOURCES)


class Saved(fetch.Fixtures):
    """The saved pages, with some addresses answered by other files (or down)."""

    def __init__(self, **swaps: str | None) -> None:
        super().__init__(FIXTURES)
        self.swaps = swaps

    def __call__(self, url: str) -> bytes:
        for source_id, name in self.swaps.items():
            if url == _source(watch.load(watch.SOURCES), source_id)["url"]:
                if name is None:
                    raise fetch.Unreachable("no answer (test)")
                return (FIXTURES / name).read_bytes()
        return super().__call__(url)


def _source(data: dict, source_id: str) -> dict:
    return next(s for s in data["sources"] if s["id"] == source_id)


def _outcome(report: watch.Report, source_id: str) -> watch.Outcome:
    return next(o for o in report.outcomes if o.source["id"] == source_id)


def _recorded(data: dict) -> dict:
    """The data file as it is after a reviewer recorded the saved pages."""
    seen = copy.deepcopy(data)
    watch.record(seen, watch.run(seen, Saved(), today=dt.date(2026, 11, 1)))
    return seen


# --- The data file -----------------------------------------------------------------------------


def test_the_data_file_lists_every_source_the_issue_names_with_what_rests_on_it(data):
    formats = {s["id"]: s["format"] for s in data["sources"]}
    assert formats[S3607] == formats["usc-21-844"] == "uscode-html"
    assert {"cfr-28-16-c", "cfr-28-76-41"} <= {i for i, f in formats.items() if f == "ecfr-xml"}
    assert formats[DOJ] == "html-page"
    assert formats["fr-marijuana-scheduling"] == "federal-register-json"
    assert _source(data, "cfr-28-16-c")["select"]["sections"] == [f"16.3{i}" for i in range(5)]
    for source in data["sources"]:
        assert source["url"].startswith("https://")
        assert set(source) >= {"sha256", "last_seen_unchanged", "review"}
        for page in source["review"]["pages"]:
            assert (REPO / page).is_file(), page
        assert source["review"]["rules"]
    # Nothing could be fetched here: no hash is recorded yet (the first live run shows them).
    assert all(s["sha256"] is None and s["last_seen_unchanged"] is None for s in data["sources"])


def test_every_quotation_of_the_official_code_on_the_law_pages_is_watched(data):
    watched = {s["url"] for s in data["sources"] if s.get("quotes")}
    found = quotes.site_quotes(REPO / "docs")
    official = [q for q in found if "uscode.house.gov" in q.url]
    # The only other quotations are those on when § 3607 took effect (a note, not the Code).
    others = {q.url for q in found if q not in official}
    assert others == {"https://www.law.cornell.edu/uscode/text/18/3551.html"}
    assert len(official) > len(found) / 2
    assert {q.url for q in official} <= watched
    assert {q.page for q in official} == {"docs/law.md", "docs/law.es.md"}


# --- Reducing pages to their words -------------------------------------------------------------


def test_a_code_section_is_reduced_to_its_heading_text_and_source_credit():
    page = (FIXTURES / "usc-18-3607.html").read_bytes()
    reduced = reduce.reduce("uscode-html", page, {"title": 18, "section": "3607"})
    lines = reduced.words.splitlines()
    assert lines[0] == "§3607. Special probation and expungement procedures for drug possessors"
    assert lines[1].startswith("(a) Pre-judgment Probation.—If a person found guilty")
    assert lines[-1].startswith("(Added Pub. L. 98–473")
    for not_law in ("Office of the Law Revision Counsel", "Amendments", "Current through", "menu"):
        assert not_law not in reduced.words
    assert "Added Pub. L." not in reduced.quotable  # quotations are checked on the statute only


def test_a_page_without_the_sections_markers_is_unreadable_not_changed(data):
    page = b"<html><body><main><p>Site maintenance: back soon.</p></main></body></html>"
    with pytest.raises(reduce.Unreadable):
        reduce.reduce("uscode-html", page, {"title": 18, "section": "3607"})
    seen = _recorded(data)

    class Maintenance(Saved):
        def __call__(self, url: str) -> bytes:
            return page if url == _source(seen, S3607)["url"] else super().__call__(url)

    outcome = _outcome(watch.run(seen, Maintenance(), today=TODAY), S3607)
    assert outcome.status == watch.UNREADABLE and outcome.needs_review


def test_the_uslm_xml_of_a_section_reduces_to_the_same_statute_words():
    """The OLRC's XML (a title's download) read for the same section: its statute words are the
    HTML page's, so the quotation check works on either."""
    html_words = reduce.reduce(
        "uscode-html",
        (FIXTURES / "usc-18-3607.html").read_bytes(),
        {"title": 18, "section": "3607"},
    ).quotable
    statute = html_words.split("\n", 1)[1]
    a, rest = statute.split("\n(1) ", 1)
    xml = (
        '<uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0"><main><title>'
        '<section identifier="/us/usc/t18/s3607"><num value="3607">§ 3607.</num>'
        "<heading> Special probation</heading>"
        '<subsection identifier="/us/usc/t18/s3607/a"><num value="a">(a)</num>'
        f"<heading> {a[4:].split('—')[0]}—</heading><chapeau>{a.split('—', 1)[1]}</chapeau>"
        f"<paragraph><num>(1)</num><content> {rest.split(chr(10))[0]}</content></paragraph>"
        "</subsection>"
        "<sourceCredit>(Added Pub. L. 98–473.)</sourceCredit>"
        "<notes><note><heading>Amendments</heading><p>Not the law.</p></note></notes>"
        "</section></title></main></uscDoc>"
    ).encode()
    reduced = reduce.reduce("uslm-xml", xml, {"title": 18, "section": "3607"})
    assert "(a) Pre-judgment Probation.—If a person" in reduce.flat(reduced.quotable)
    assert "(1) has not, prior to the commission" in reduce.flat(reduced.quotable)
    assert "Not the law" not in reduced.words and "Added Pub. L. 98–473" in reduced.words
    assert "Added" not in reduced.quotable


def test_ecfr_sections_are_read_and_a_missing_one_is_unreadable():
    xml = (FIXTURES / "ecfr-28-16-c.xml").read_bytes()
    sections = [f"16.3{i}" for i in range(5)]
    words = reduce.reduce("ecfr-xml", xml, {"sections": sections}).words
    assert words.startswith("§ 16.30 Purpose and scope.")
    assert "with italic words inside it" in words and "§ 16.34 Procedure" in words
    assert "PART 16" not in words  # the part's heading is not a section's words
    with pytest.raises(reduce.Unreadable):
        reduce.reduce("ecfr-xml", xml, {"sections": [*sections, "16.35"]})


def test_the_ecfr_address_carries_the_date_the_title_is_up_to_date_as_of(data):
    asked: list[str] = []

    def recording(url: str) -> bytes:
        asked.append(url)
        return Saved()(url)

    watch.check_source(_source(data, "cfr-28-76-41"), recording, [])
    assert asked[0] == "https://www.ecfr.gov/api/versioner/v1/titles.json"
    assert "/full/2026-12-02/title-28.xml?part=76&section=76.41" in asked[1]


def test_a_new_federal_register_document_is_a_change(data):
    seen = _recorded(data)
    report = watch.run(seen, Saved(**{"fr-marijuana-scheduling": "fr-search-new.json"}))
    outcome = _outcome(report, "fr-marijuana-scheduling")
    assert outcome.status == watch.CHANGED
    assert "2026-12-01 2026-00003 Notice" in outcome.words


# --- The four cases of the issue ---------------------------------------------------------------


def test_a_changed_statute_is_reported_changed_with_the_pages_and_rules_to_review(data):
    seen = _recorded(data)
    report = watch.run(seen, Saved(**{S3607: "usc-18-3607-amended.html"}), today=TODAY)
    outcome = _outcome(report, S3607)
    assert outcome.status == watch.CHANGED and outcome.needs_review
    assert outcome.sha256 != _source(seen, S3607)["sha256"]
    assert report.needs_review
    text = report.text()
    assert "18 U.S.C. § 3607 (special probation and expungement): CHANGED" in text
    assert "docs/law.md" in text and "checker/rules.py" in text
    # the other sources read the same words as recorded
    assert _outcome(report, "usc-21-844").status == watch.UNCHANGED
    # and the quotation of "one year" on the law pages is no longer the official text
    missing = {(m.quote.page, m.missing) for m in outcome.mismatches}
    assert any("not more than one year" in piece for _, piece in missing)
    assert {page for page, _ in missing} == {"docs/law.md", "docs/law.es.md"}
    # the change is not recorded until a reviewer accepts it
    before = copy.deepcopy(seen)
    assert S3607 not in watch.record(seen, report)
    assert _source(seen, S3607) == _source(before, S3607)


def test_the_same_words_under_new_navigation_are_unchanged(data):
    seen = _recorded(data)
    report = watch.run(
        seen,
        Saved(**{DOJ: "doj-certificate-new-nav.html", S3607: "usc-18-3607-new-page.html"}),
        today=TODAY,
    )
    assert _outcome(report, DOJ).status == watch.UNCHANGED
    assert _outcome(report, S3607).status == watch.UNCHANGED
    assert not report.needs_review
    # ...and a changed sentence in the same place is a change
    closed = watch.run(seen, Saved(**{DOJ: "doj-certificate-closed.html"}), today=TODAY)
    assert _outcome(closed, DOJ).status == watch.CHANGED
    assert "no longer accepts requests" in _outcome(closed, DOJ).words


def test_a_source_that_is_down_is_unreachable_not_changed(data):
    seen = _recorded(data)
    report = watch.run(seen, Saved(**{S3607: None, DOJ: None}), today=TODAY)
    for source_id in (S3607, DOJ):
        outcome = _outcome(report, source_id)
        assert outcome.status == watch.UNREACHABLE and not outcome.needs_review
        assert outcome.problem
    assert not report.needs_review
    assert "Not checked this time (unreachable): 18 U.S.C. § 3607" in report.text()
    # recording keeps what was known: the old hash and the old date
    kept = copy.deepcopy(seen)
    watch.record(seen, report)
    assert _source(seen, S3607) == _source(kept, S3607) and _source(seen, DOJ) == _source(kept, DOJ)


def test_a_quoted_sentence_that_no_longer_matches_is_reported(data, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in quotes.PAGES:
        shutil.copy(REPO / "docs" / name, docs / name)
    page = docs / "law.md"
    text = page.read_text(encoding="utf-8")
    wrong = text.replace(
        "shall be retained by the Department of Justice solely",
        "shall be kept by the Department of Justice solely",
    )
    assert wrong != text
    page.write_text(wrong, encoding="utf-8")
    report = watch.run(data, Saved(), docs=docs, today=TODAY)
    outcome = _outcome(report, S3607)
    assert outcome.status == watch.NOT_YET_SEEN  # the official words themselves are fine
    (mismatch,) = outcome.mismatches
    assert mismatch.quote.page == "docs/law.md"
    assert wrong.splitlines()[mismatch.quote.line - 1].startswith("> **(b) Record of Disposition")
    assert "kept by the Department" in mismatch.missing
    assert outcome.needs_review and report.needs_review
    assert "NOT IN THE OFFICIAL TEXT: docs/law.md:" in report.text()
    # the site as it is quotes the saved official words exactly
    clean = watch.run(data, Saved(), today=TODAY)
    assert all(not o.mismatches for o in clean.outcomes)
    assert _outcome(clean, S3607).quotes_checked == 26


def test_a_shortened_quotation_matches_only_with_its_pieces_in_order():
    quote = quotes.Quote("docs/law.md", 1, "", "(1) possesses a firearm ... in violation; (2) x")
    assert quotes.check(quote, "(1) possesses a firearm as defined in violation; (2) x") is None
    assert quotes.check(quote, "(1) possesses a firearm in violation; (2) x y") is None
    missing = quotes.check(quote, "(2) x (1) possesses a firearm in violation;")
    assert missing is not None and missing.missing == "in violation; (2) x"
    assert quotes.check(quote, "(1) possesses a gun in violation; (2) x") is not None


# --- Recording, the command line and make ------------------------------------------------------


def test_record_writes_hashes_and_dates_and_the_cli_exits_by_what_needs_review(data, tmp_path):
    sources = tmp_path / "legal-sources.json"
    watch.save(data, sources)
    args = ["--sources", str(sources), "--fixtures", str(FIXTURES), "--today", "2026-12-05"]
    assert cli.main([*args, "--record"]) == 0
    seen = json.loads(sources.read_text(encoding="utf-8"))
    assert _source(seen, S3607)["last_seen_unchanged"] == "2026-12-05"
    assert len(_source(seen, S3607)["sha256"]) == 64
    assert _source(seen, "usc-18-3565")["sha256"] is None  # down in the saved pages
    # a statute that then changes: exit 1, and --accept records it after review
    amended = tmp_path / "amended"
    shutil.copytree(FIXTURES, amended)
    shutil.copy(FIXTURES / "usc-18-3607-amended.html", amended / "usc-18-3607.html")
    args[3] = str(amended)
    report_file = tmp_path / "report.json"
    assert cli.main([*args, "--json", str(report_file)]) == 1
    report = json.loads(report_file.read_text(encoding="utf-8"))
    (changed,) = [s for s in report["sources"] if s["needs_review"]]
    assert changed["id"] == S3607 and changed["status"] == "changed"
    assert cli.main([*args, "--record", "--accept", S3607]) == 1  # the quotes still differ
    assert json.loads(sources.read_text())["sources"][0]["sha256"] == _source(seen, S3607)["sha256"]


def test_make_law_watch_runs_against_the_saved_pages():
    done = subprocess.run(
        ["make", "-s", "law-watch", "WATCH_ARGS=--fixtures tests/watch --today 2026-12-05"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "18 U.S.C. § 3607 (special probation and expungement): NOT YET SEEN" in done.stdout
    assert "quotations on the law pages: 26 of 26 match the official text" in done.stdout
    assert "UNREACHABLE" in done.stdout


# --- Issues ------------------------------------------------------------------------------------


def test_one_issue_per_source_to_review_opened_or_updated(data):
    seen = _recorded(data)
    report = watch.run(
        seen,
        Saved(**{S3607: "usc-18-3607-amended.html", DOJ: None}),
        today=TODAY,
    ).as_dict()
    calls: list[tuple[list[str], str | None]] = []
    existing = [{"number": 7, "title": "Law watch: " + _source(seen, S3607)["title"]}]

    def fake_gh(args, stdin):
        calls.append((list(args), stdin))
        return json.dumps(existing) if args[:2] == ["issue", "list"] else ""

    assert issues.file_issues(report, fake_gh) == [f"updated #7: {existing[0]['title']}"]
    edit = next(stdin for args, stdin in calls if args[:2] == ["issue", "edit"])
    assert "**changed**" in edit and "Page: `docs/law.md`" in edit
    assert "not more than two years" in edit  # the words read this week
    assert not any(args[:2] == ["issue", "create"] for args, _ in calls)
    # with no open issue: one new issue, for the changed source only (not for the one down)
    existing.clear()
    calls.clear()
    assert issues.file_issues(report, fake_gh) == [
        f"opened: Law watch: {_source(seen, S3607)['title']}"
    ]
    (create,) = [args for args, _ in calls if args[:2] == ["issue", "create"]]
    assert create[create.index("--title") + 1] == "Law watch: " + _source(seen, S3607)["title"]


def test_the_watch_uses_only_the_standard_library():
    for path in sorted((REPO / "tools" / "watch").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith(("import ", "from ")) and not line.startswith("from ."):
                module = line.split()[1].split(".")[0]
                assert module in {"__future__", *__import__("sys").stdlib_module_names}, line


def test_fixture_index_covers_every_source(data):
    index = json.loads((FIXTURES / "index.json").read_text(encoding="utf-8"))
    for source in data["sources"]:
        assert source["url"].replace("{date}", "2026-12-02") in index
    assert all(name is None or (FIXTURES / name).is_file() for name in index.values())
    assert Path(FIXTURES / "index.json").is_file()
