"""``shishya-data pack``: a signed pack from a built database.

The pack is a zip holding exactly ``manifest.json``, its minisign signature and ``shishya.db``;
the manifest carries the database's SHA-256 and size, so one signature covers everything.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from .. import __version__
from ..catalog import Catalog
from ..catalog.schema import SCHEMA_VERSION
from ..safe_write import write_file
from . import signing
from .manifest import DATABASE_NAME, MANIFEST_NAME, SIGNATURE_NAME, Manifest

FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # entry dates in the zip: the same database packs the same


def make_pack(
    database: Path,
    secret_key: signing.SecretKey,
    out: Path,
    *,
    serial: int | None = None,
    changes: Sequence[str] = (),
    min_app_version: str = __version__,
) -> Manifest:
    """Check ``database`` as the app would, then write the signed pack to ``out``."""
    with Catalog.open(database) as catalog:
        catalog.verify()
        info = catalog.info()
    data = database.read_bytes()
    manifest = Manifest(
        content_version=info.version,
        content_date=info.date,
        serial=serial if serial is not None else int(time.time()),
        schema_version=SCHEMA_VERSION,
        min_app_version=min_app_version,
        database_sha256=hashlib.sha256(data).hexdigest(),
        database_size=len(data),
        changes=tuple(changes) or (f"Content {info.version} of {info.date}.",),
    )
    manifest_bytes = manifest.to_bytes()
    comment = f"shishya content {manifest.content_version} serial {manifest.serial}"
    signature = signing.sign(manifest_bytes, secret_key, comment).encode()
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as pack:
        for name, payload in (
            (MANIFEST_NAME, manifest_bytes),
            (SIGNATURE_NAME, signature),
            (DATABASE_NAME, data),
        ):
            entry = zipfile.ZipInfo(name, FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            pack.writestr(entry, payload)
    write_file(out, buffer.getvalue())
    return manifest
