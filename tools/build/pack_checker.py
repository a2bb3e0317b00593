"""Pack checker/ and papers/ into one small, deterministic zip for Pyodide
(`pyodide.unpackArchive`). papers/ (the papers a result calls for) imports checker/, so both
travel together.

Same bytes for the same sources (fixed timestamps, sorted names), so the content hash in the
file name changes only when the checker does.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (ROOT / "checker", ROOT / "papers")
_EPOCH = (1980, 1, 1, 0, 0, 0)


# Catalogs of the languages other than English (checker/i18n.py): a page ships only its own.
CATALOGS = {"es": ROOT / "checker" / "es.py"}


def sources(lang: str | None = None) -> list[Path]:
    """The packages' files; for a page in `lang`, without the other languages' catalogs."""
    skip = {path for code, path in CATALOGS.items() if lang is not None and code != lang}
    return sorted(
        p
        for package in PACKAGES
        for p in package.rglob("*.py")
        if "__pycache__" not in p.parts and p not in skip
    )


def pack(lang: str | None = None) -> tuple[bytes, str]:
    """The zip's bytes and a short sha256 of them (12 hex digits). With `lang`, only that
    language's catalog goes in (English needs none); without, every catalog."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sources(lang):
            info = zipfile.ZipInfo(path.relative_to(ROOT).as_posix(), _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    data = buffer.getvalue()
    return data, hashlib.sha256(data).hexdigest()[:12]


if __name__ == "__main__":
    data, digest = pack()
    print(f"checker-{digest}.zip: {len(data)} bytes")
