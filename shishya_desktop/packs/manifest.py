"""What a pack says about itself: the manifest, its fields and their limits.

The manifest is JSON, signed as it is stored; it is read only after its signature verified.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

FORMAT = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
DATABASE_NAME = "shishya.db"
NAMES = (MANIFEST_NAME, SIGNATURE_NAME, DATABASE_NAME)
# Sizes a sound pack stays far inside; anything larger is refused before it is read.
MAX_MANIFEST = 64 * 1024
MAX_SIGNATURE = 4 * 1024
MAX_DATABASE = 256 * 1024 * 1024
MAX_RATIO = 50  # unpacked / packed: the real database packs about 3:1
VERSION = re.compile(r"^\d+(\.\d+){0,3}$")


@dataclass(frozen=True)
class Manifest:
    content_version: str
    content_date: str
    serial: int
    schema_version: int
    min_app_version: str
    database_sha256: str
    database_size: int
    changes: tuple[str, ...] = field(default=())
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        data = asdict(self)
        data["changes"] = list(self.changes)
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @property
    def folder_name(self) -> str:
        safe = re.sub(r"[^0-9A-Za-z.-]", "_", self.content_version)[:40]
        return f"{self.serial}-{safe}"


def parse(data: bytes) -> Manifest:
    """A manifest from signed bytes; ValueError says which field is wrong."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeError, ValueError) as error:
        raise ValueError(f"not JSON: {error}") from error
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    if raw.get("format") != FORMAT:
        raise ValueError(f"pack format {raw.get('format')!r}; this app reads format {FORMAT}")

    def get(name: str, kind: type) -> object:
        value = raw.get(name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ValueError(f"field {name} is missing or not a {kind.__name__}")
        return value

    changes = raw.get("changes", [])
    if not isinstance(changes, list) or not all(isinstance(c, str) for c in changes):
        raise ValueError("field changes is not a list of text")
    manifest = Manifest(
        content_version=str(get("content_version", str)),
        content_date=str(get("content_date", str)),
        serial=int(get("serial", int)),  # type: ignore[call-overload]
        schema_version=int(get("schema_version", int)),  # type: ignore[call-overload]
        min_app_version=str(get("min_app_version", str)),
        database_sha256=str(get("database_sha256", str)),
        database_size=int(get("database_size", int)),  # type: ignore[call-overload]
        changes=tuple(changes),
    )
    if manifest.serial < 1:
        raise ValueError("serial must be a whole number above 0")
    if not VERSION.match(manifest.min_app_version):
        raise ValueError(f"min_app_version {manifest.min_app_version!r} is not a version")
    if not re.fullmatch(r"[0-9a-f]{64}", manifest.database_sha256):
        raise ValueError("database_sha256 is not a SHA-256")
    if not 0 < manifest.database_size <= MAX_DATABASE:
        raise ValueError(f"database_size {manifest.database_size} is out of range")
    return manifest


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))
