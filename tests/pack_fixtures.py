"""Throwaway signing keys (trusted by every test), packs made from the real database."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from shishya_desktop.catalog.schema import SCHEMA_VERSION
from shishya_desktop.packs import keys, signing
from shishya_desktop.packs.make import make_pack
from shishya_desktop.packs.manifest import Manifest
from shishya_desktop.packs.store import ContentStore
from tests.conftest import REPO
from tests.resealed import reseal

REAL_DB = REPO / "data" / "shishya.db"
NEWER = "2026.12.1"


@pytest.fixture(scope="session")
def test_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[signing.SecretKey, Path]:
    key = signing.generate()
    folder = tmp_path_factory.mktemp("keys")
    (folder / "test.pub").write_text(key.public.to_text(), encoding="utf-8")
    (folder / "test.key").write_text(key.to_text(), encoding="utf-8")
    return key, folder


@pytest.fixture(autouse=True)
def trust_test_key(monkeypatch: pytest.MonkeyPatch, test_key) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(keys.EXTRA_KEY_VARIABLE, str(test_key[1] / "test.pub"))


@pytest.fixture(scope="session")
def newer_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real database, labelled as a newer release."""
    out = tmp_path_factory.mktemp("newer") / "shishya.db"
    shutil.copyfile(REAL_DB, out)
    with sqlite3.connect(out) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_version'", (NEWER,))
        connection.execute("UPDATE meta SET value = '2026-12-01' WHERE key = 'content_date'")
    connection.close()
    reseal(out)
    return out


@pytest.fixture(scope="session")
def pack_factory(tmp_path_factory, test_key, newer_db) -> Callable[..., Path]:  # type: ignore[no-untyped-def]
    """``pack(serial, db=…, min_app_version=…)``: a signed pack, made once per session."""
    folder = tmp_path_factory.mktemp("packs")
    made: dict[tuple[object, ...], Path] = {}

    def pack(serial: int, db: Path | None = None, **options: str) -> Path:
        database = db or newer_db
        key = (serial, str(database), tuple(sorted(options.items())))
        if key not in made:
            out = folder / f"pack-{len(made)}.shpack"
            make_pack(database, test_key[0], out, serial=serial, **options)  # type: ignore[arg-type]
            made[key] = out
        return made[key]

    return pack


@pytest.fixture
def store(user_home: Path) -> ContentStore:
    return ContentStore(user_home / "content", "user")


def read_entries(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(out: Path, entries: dict[str, bytes], *, symlink: str = "") -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o120777 if name == symlink else 0o644) << 16
            archive.writestr(info, data)
    return out


def signed_entries(
    database: bytes,
    key: signing.SecretKey,
    serial: int = 5,
    version: str = NEWER,
    schema: int = SCHEMA_VERSION,
) -> dict[str, bytes]:
    """A pack's entries signed with ``key`` around any bytes as the database."""
    manifest = Manifest(
        content_version=version,
        content_date="2026-12-01",
        serial=serial,
        schema_version=schema,
        min_app_version="0.1",
        database_sha256=hashlib.sha256(database).hexdigest(),
        database_size=len(database),
    ).to_bytes()
    return {
        "manifest.json": manifest,
        "manifest.json.minisig": signing.sign(manifest, key, "test").encode(),
        "shishya.db": database,
    }


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: "nothing changed" means this is equal."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
