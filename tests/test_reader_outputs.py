"""What a reader gets does not change unless someone means it to: every output of
tests/reader_outputs.py (results, the screener's replies, the command line, the papers and the
generated pages, for every example case and its "not sure" variants, in both languages) has
the hash recorded in tests/cases/reader_outputs.json.

A deliberate change of a text changes hashes: look at the outputs it changes
(`python tests/reader_outputs.py --dump DIR` before and after, then `diff -r`), and record the
new hashes with `python tests/reader_outputs.py --write`.
"""

from __future__ import annotations

import json

from reader_outputs import MANIFEST, manifest


def test_every_output_a_reader_gets_is_unchanged():
    recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    now = manifest()
    assert sorted(now) == sorted(recorded), "the set of outputs changed"
    changed = sorted(name for name in now if now[name] != recorded[name])
    assert changed == [], f"{len(changed)} cases changed, the first: {changed[:10]}"
