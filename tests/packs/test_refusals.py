"""Every refusal: a clear message, the reason code, and nothing changed in the content folder."""

from __future__ import annotations

import errno
import os
import sys
import zipfile
from pathlib import Path

import pytest

from shishya_desktop.packs import signing
from shishya_desktop.packs import store as store_module
from shishya_desktop.packs.errors import PackError
from shishya_desktop.packs.store import ContentStore
from tests.pack_fixtures import REAL_DB, read_entries, signed_entries, snapshot, write_zip


@pytest.fixture
def installed(store: ContentStore, pack_factory) -> ContentStore:  # type: ignore[no-untyped-def]
    """A content folder with one pack (serial 10) already installed."""
    store.install(pack_factory(10))
    return store


def refused(store: ContentStore, pack: Path, reason: str) -> PackError:
    before = snapshot(store.root)
    with pytest.raises(PackError) as caught:
        store.install(pack)
    assert caught.value.reason == reason, (caught.value.reason, str(caught.value))
    assert "Nothing was changed." in str(caught.value)
    assert "Traceback" not in str(caught.value) + caught.value.details
    assert snapshot(store.root) == before
    return caught.value


def test_tampered_byte_in_the_manifest(installed, pack_factory, tmp_path) -> None:
    """One changed byte in the signed manifest: the signature no longer matches."""
    entries = read_entries(pack_factory(20))
    entries["manifest.json"] = entries["manifest.json"].replace(b'"serial": 20', b'"serial": 29')
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "bad-signature")
    assert "changed or damaged after it was signed" in str(error)


def test_tampered_byte_in_the_database(installed, pack_factory, tmp_path) -> None:
    """One changed byte in the database: its hash is not the signed one."""
    entries = read_entries(pack_factory(20))
    data = bytearray(entries["shishya.db"])
    data[len(data) // 2] ^= 0xFF
    entries["shishya.db"] = bytes(data)
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "hash")
    assert "not the one that was signed" in str(error)


def test_wrong_key(installed, pack_factory, tmp_path) -> None:
    """Signed by a key the app does not know."""
    stranger = signing.generate()
    database = read_entries(pack_factory(20))["shishya.db"]
    entries = signed_entries(database, stranger, serial=20)
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "wrong-key")
    assert "not signed by the Shishya team" in str(error)
    assert stranger.public.id_text in error.details


def test_unsigned(installed, pack_factory, tmp_path) -> None:
    entries = read_entries(pack_factory(20))
    del entries["manifest.json.minisig"]
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "unsigned")
    assert "not signed" in str(error)


def test_replayed_older_pack(installed, pack_factory) -> None:
    """A genuine but older pack is a downgrade: refused with the reason."""
    error = refused(installed, pack_factory(5), "older")
    assert "older than content already installed" in str(error)
    assert "Restore previous content" in str(error)


def test_same_serial_again(installed, pack_factory) -> None:
    error = refused(installed, pack_factory(10), "same-serial")
    assert "already installed" in str(error)


def test_pack_needing_a_newer_app(installed, pack_factory) -> None:
    error = refused(installed, pack_factory(20, min_app_version="99.0"), "app-too-old")
    assert "needs Shishya 99.0 or newer" in str(error)


def test_pack_for_another_schema(installed, test_key, tmp_path) -> None:
    entries = signed_entries(REAL_DB.read_bytes(), test_key[0], serial=20, schema=99)
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "schema")
    assert "Update Shishya first" in str(error)


def test_serial_is_checked_before_the_app_version(installed, pack_factory) -> None:
    """In the issue's order: an old pack that also needs a newer app is refused as old."""
    refused(installed, pack_factory(5, min_app_version="99.0"), "older")


@pytest.mark.parametrize("name", ["../x", "content/../../x", "..\\x"])
def test_entry_pointing_outside(installed, tmp_path, name) -> None:
    entries = {"manifest.json": b"{}", name: b"x"}
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "unsafe-name")
    assert "points outside its folder" in str(error)


@pytest.mark.parametrize("name", ["/etc/passwd", "C:/Windows/x", "C:\\Windows\\x"])
def test_absolute_path(installed, tmp_path, name) -> None:
    entries = {"manifest.json": b"{}", name: b"x"}
    refused(installed, write_zip(tmp_path / "t.shpack", entries), "unsafe-name")


def test_link_entry(installed, pack_factory, tmp_path) -> None:
    entries = read_entries(pack_factory(20))
    error = refused(
        installed, write_zip(tmp_path / "t.shpack", entries, symlink="shishya.db"), "link"
    )
    assert "link" in str(error)


def test_unexpected_entry(installed, pack_factory, tmp_path) -> None:
    entries = read_entries(pack_factory(20)) | {"run-me.exe": b"MZ"}
    refused(installed, write_zip(tmp_path / "t.shpack", entries), "unexpected-name")


def test_huge_entry_zip_bomb(installed, test_key, tmp_path) -> None:
    """20 MB of zeros packs to a few KB: refused from the zip's header, before unpacking."""
    entries = signed_entries(bytes(20 * 1024 * 1024), test_key[0], serial=20)
    pack = write_zip(tmp_path / "bomb.shpack", entries)
    assert pack.stat().st_size < 100_000
    error = refused(installed, pack, "too-large")
    assert "would unpack to 20,971,520 bytes" in str(error)


def test_lying_size_header(installed, pack_factory, tmp_path) -> None:
    """A header that understates the database: the read stops at the declared size."""
    pack = tmp_path / "lying.shpack"
    pack.write_bytes(pack_factory(20).read_bytes())
    with zipfile.ZipFile(pack) as archive:
        entry = archive.getinfo("shishya.db")
        offset, size = entry.header_offset, entry.file_size
    data = bytearray(pack.read_bytes())
    # The central directory's uncompressed size of shishya.db, shrunk by a page.
    needle = size.to_bytes(4, "little")
    position = data.rfind(needle)
    assert position > offset
    data[position : position + 4] = (size - 4096).to_bytes(4, "little")
    pack.write_bytes(bytes(data))
    error = refused(installed, pack, "damaged")
    assert "damaged or cut short" in str(error)


def test_truncated_zip(installed, pack_factory, tmp_path) -> None:
    data = pack_factory(20).read_bytes()
    pack = tmp_path / "cut.shpack"
    pack.write_bytes(data[: len(data) // 2])
    error = refused(installed, pack, "damaged")
    assert "damaged or cut short" in str(error)


def test_not_a_zip_and_missing_file(installed, tmp_path) -> None:
    (tmp_path / "x.shpack").write_text("hello")
    refused(installed, tmp_path / "x.shpack", "damaged")
    refused(installed, tmp_path / "nothing.shpack", "missing")


def test_signed_but_damaged_database(installed, test_key, tmp_path) -> None:
    """Hash and size match the manifest, but the database fails SQLite's and the app's checks."""
    data = bytearray(REAL_DB.read_bytes())
    data[len(data) // 3 : len(data) // 3 + 4096] = bytes(4096)
    entries = signed_entries(bytes(data), test_key[0], serial=20)
    error = refused(installed, write_zip(tmp_path / "t.shpack", entries), "database-check")
    assert "does not pass Shishya's checks" in str(error)


def test_database_not_the_labelled_content(installed, test_key, tmp_path) -> None:
    entries = signed_entries(REAL_DB.read_bytes(), test_key[0], serial=20, version="2099.1")
    refused(installed, write_zip(tmp_path / "t.shpack", entries), "database-check")


class _FullDisk:
    """A file whose writes fail with ENOSPC once a megabyte is written."""

    def __init__(self, stream):  # type: ignore[no-untyped-def]
        self._stream, self._written = stream, 0

    def write(self, data: bytes) -> int:
        self._written += len(data)
        if self._written > 1024 * 1024:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._stream.write(data)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._stream, name)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


def test_full_disk_while_unpacking(installed, pack_factory, monkeypatch) -> None:
    real_open = open

    def full_open(path, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        stream = real_open(path, mode, *args, **kwargs)
        return _FullDisk(stream) if "w" in mode else stream

    monkeypatch.setattr(store_module, "open", full_open, raising=False)
    error = refused(installed, pack_factory(20), "disk-full")
    assert "The disk is full." in str(error)
    assert not list(installed.packs.glob(".incoming-*"))


def test_read_only_machine_wide_folder(pack_factory, machine_dir, monkeypatch) -> None:
    """An admin's folder a student cannot write: a message naming the admin, nothing written."""
    machine = ContentStore(machine_dir / "content", "machine")
    machine_dir.mkdir()
    machine_dir.chmod(0o555)
    if sys.platform == "win32" or os.geteuid() == 0:
        # Root (and Windows, which ignores the mode bits of folders) writes anyway: refuse as
        # the system would for a student.
        real_mkdir = Path.mkdir

        def mkdir(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if str(self).startswith(str(machine_dir)):
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_mkdir(self, *args, **kwargs)

        monkeypatch.setattr(Path, "mkdir", mkdir)
    try:
        with pytest.raises(PackError) as caught:
            machine.install(pack_factory(20))
        assert caught.value.reason == "read-only"
        assert "needs an administrator" in str(caught.value)
        assert "Nothing was changed." in str(caught.value)
        assert list(machine_dir.iterdir()) == []
    finally:
        machine_dir.chmod(0o755)
