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

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (ROOT / "checker", ROOT / "papers")
_EPOCH = (1980, 1, 1, 0, 0, 0)


def sources() -> list[Path]:
    return sorted(
        p for package in PACKAGES for p in package.rglob("*.py") if "__pycache__" not in p.parts
    )


def pack() -> tuple[bytes, str]:
    """The zip's bytes and a short sha256 of them (12 hex digits)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sources():
            info = zipfile.ZipInfo(path.relative_to(ROOT).as_posix(), _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    data = buffer.getvalue()
    return data, hashlib.sha256(data).hexdigest()[:12]


if __name__ == "__main__":
    data, digest = pack()
    print(f"checker-{digest}.zip: {len(data)} bytes")
