"""Spanish catalog: each English text of the checker, word for word as the code writes it, and
its Spanish. Words follow the project's Spanish glossary (tools/spanish_glossary.py).
Usted form; short sentences; statute quotes stay in English."""

from __future__ import annotations

CATALOG: dict[str, str] = {}
