"""The law watch: are the official sources the site rests on still saying what they said?

For each source listed in ``docs-dev/legal-sources.json`` (the statutes in the official U.S.
Code, the regulations in the eCFR, the Justice Department's marijuana-pardon certificate page, a
Federal Register search for marijuana scheduling), `watch.run` fetches the page (`fetch`),
reduces it to the words that matter, never the page's navigation (`reduce`), hashes those words
and compares the hash with the one recorded. For the statutes it also checks that every sentence
quoted on ``docs/law.md`` and ``docs/law.es.md`` is still in the official text (`quotes`).

It reports each source as changed, unchanged, not yet seen, unreadable or unreachable, with the
pages and rules to review; it never edits the site. `issues` turns a report into one GitHub issue
per source to review (the weekly workflow, ``.github/workflows/law-watch.yml``).

Standard library only: the workflow runs it with the runner's own Python, nothing installed.
Run it as ``make law-watch`` or ``python3 -m tools.watch --help``.
"""
