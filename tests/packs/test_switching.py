"""Installing, switching, restoring, and what the app opens: the pointer, packs kept, fallbacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from shishya_desktop import paths
from shishya_desktop.app import _Opening, content_choices
from shishya_desktop.catalog import Catalog
from shishya_desktop.packs.errors import PackError
from shishya_desktop.packs.pointer import POINTER_NAME, read_pointer
from shishya_desktop.packs.store import ContentStore
from tests.conftest import REPO
from tests.pack_fixtures import NEWER, REAL_DB

BUNDLED_VERSION = Catalog.open(REAL_DB).info().version


def opened() -> tuple[str, _Opening]:
    opening = _Opening(content_choices(None))
    catalog = opening.result()
    version = catalog.info().version
    catalog.close()
    return version, opening


def test_install_restore_install_again(store: ContentStore, pack_factory) -> None:
    """Install → the app opens it; restore → bundled again; a newer pack installs after."""
    assert opened()[0] == BUNDLED_VERSION
    first = store.install(pack_factory(10))
    version, opening = opened()
    assert version == NEWER and opening.in_use.entry == first
    assert opening.in_use.where == "user"

    pointer = store.restore_previous()
    assert pointer.current is None and pointer.previous.serial == 10
    assert opened()[0] == BUNDLED_VERSION
    # "Restore previous" again goes forward to the pack it kept.
    assert store.restore_previous().current.serial == 10
    assert opened()[0] == NEWER
    store.restore_previous()

    second = store.install(pack_factory(11, db=REAL_DB))
    assert opened()[1].in_use.entry == second
    pointer = read_pointer(store.root)
    assert pointer.previous is None and pointer.highest_serial == 11  # bundled was current
    with pytest.raises(PackError, match="older"):
        store.install(pack_factory(10))


def test_only_current_and_previous_are_kept(store: ContentStore, pack_factory) -> None:
    for serial in (10, 11, 12):
        store.install(pack_factory(serial))
    kept = sorted(p.name for p in store.packs.iterdir())
    assert kept == [f"11-{NEWER}", f"12-{NEWER}"]
    assert read_pointer(store.root).previous.serial == 11


def test_the_newest_of_machine_and_user_content_wins(store, pack_factory, machine_dir) -> None:
    ContentStore(machine_dir / "content", "machine").install(pack_factory(12, db=REAL_DB))
    store.install(pack_factory(10))
    assert opened()[1].in_use.where == "machine"
    assert [c.where for c in content_choices(None)] == ["machine", "user", "bundled"]


def test_bundled_fallback_when_the_pack_is_missing_or_damaged(store, pack_factory) -> None:
    """The pointer names a pack whose database is gone, then one that is damaged: bundled."""
    installed = store.install(pack_factory(10))
    database = store.packs / installed.folder / "shishya.db"
    database.write_bytes(database.read_bytes()[:5000])
    version, opening = opened()
    assert version == BUNDLED_VERSION and opening.in_use.where == "bundled"
    assert "damaged" in opening.in_use.passed_over[0]
    shutil.rmtree(store.packs)
    assert opened()[0] == BUNDLED_VERSION


def test_bundled_fallback_when_the_pointer_is_damaged(store, pack_factory) -> None:
    store.install(pack_factory(10))
    (store.root / POINTER_NAME).write_text('{"current": {"folder": "../../etc"', encoding="utf-8")
    version, opening = opened()
    assert version == BUNDLED_VERSION and "damaged" in opening.in_use.passed_over[0]
    # The serials of the packs on disk still count: a replay is refused.
    with pytest.raises(PackError, match="already installed"):
        store.install(pack_factory(10))


def test_given_database_wins(store, pack_factory) -> None:
    store.install(pack_factory(10))
    assert [c.where for c in content_choices(REAL_DB)] == ["given"]


def test_switch_while_the_database_is_held_open(store, pack_factory) -> None:
    """The open database is never overwritten: it keeps reading through install and restore."""
    store.install(pack_factory(10))
    with Catalog.open(opened()[1].in_use.path) as held:
        store.install(pack_factory(11))
        store.restore_previous()
        store.install(pack_factory(12))
        assert held.info().version == NEWER and held.career_summaries()
    assert opened()[1].in_use.entry.serial == 12


KILLER = """
import os, signal, sys
from shishya_desktop.packs import store
def die(*args, **kwargs):
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(9)  # Windows: ends at once too, no cleanup runs
store.ContentStore._write_pointer = die
store.ContentStore(sys.argv[1]).install(sys.argv[2])
"""


def test_killed_between_unpacking_and_switching(store, pack_factory) -> None:
    """A kill after the pack is unpacked and checked, before the pointer: the old content
    still opens, and the same pack installs cleanly afterwards."""
    store.install(pack_factory(10))
    pointer_before = (store.root / POINTER_NAME).read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", KILLER, str(store.root), str(pack_factory(11))],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode in (-9, 9), result.stderr
    assert (store.root / POINTER_NAME).read_bytes() == pointer_before
    assert opened()[1].in_use.entry.serial == 10
    assert store.install(pack_factory(11)).serial == 11
    assert sorted(p.name for p in store.packs.iterdir()) == [f"10-{NEWER}", f"11-{NEWER}"]


def shishya(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shishya_desktop", *args],
        cwd=REPO,
        env=os.environ | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_command_line_pack_update_restore(tmp_path, test_key, user_home) -> None:
    """shishya-data pack makes a pack; shishya update installs it; --silent prints nothing."""
    out = tmp_path / f"shishya-content-{BUNDLED_VERSION}.shpack"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "shishya_desktop.catalog.cli",
            "pack",
            "--key",
            str(test_key[1] / "test.key"),
            "--out",
            str(out),
            "--serial",
            "7",
            "--change",
            "Fees of 2027 for NEET colleges.",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["manifest.json", "manifest.json.minisig", "shishya.db"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["serial"] == 7 and manifest["changes"] == ["Fees of 2027 for NEET colleges."]

    done = shishya("update", str(out))
    assert done.returncode == 0, done.stderr
    assert f"installed content {BUNDLED_VERSION}" in done.stdout
    again = shishya("update", str(out), "--silent", "--log", str(tmp_path / "log.txt"))
    assert again.returncode == 1 and again.stdout == again.stderr == ""
    assert "already installed" in (tmp_path / "log.txt").read_text(encoding="utf-8")
    status = shishya("content")
    assert "user current: " + BUNDLED_VERSION in status.stdout
    assert shishya("restore-content").returncode == 0
    assert shishya("restore-content", "--all-users").returncode == 1  # nothing there


def test_pack_refuses_a_password_protected_or_missing_key(tmp_path) -> None:
    from shishya_desktop.catalog.cli import main

    assert main(["pack", "--key", str(tmp_path / "none.key"), "--out", str(tmp_path / "p")]) == 2
    assert not (tmp_path / "p").exists()


def test_keygen_writes_a_pair_and_never_overwrites(tmp_path, capsys) -> None:
    from shishya_desktop.catalog.cli import main
    from shishya_desktop.packs import signing

    assert main(["keygen", "--out", str(tmp_path)]) == 0
    secret = signing.read_secret_key((tmp_path / "shishya-content.key").read_text())
    public = signing.read_public_key((tmp_path / "shishya-content.pub").read_text())
    assert secret.public == public
    assert (tmp_path / "shishya-content.key").stat().st_mode & 0o077 == 0
    assert main(["keygen", "--out", str(tmp_path)]) == 2


@pytest.mark.skipif(shutil.which("minisign") is None, reason="needs minisign")
def test_minisign_verifies_our_signature_and_signs_for_us(pack_factory, test_key, tmp_path):
    """The standard tool accepts a pack's signature; a key made by minisign -G -W signs packs."""
    with zipfile.ZipFile(pack_factory(10)) as archive:
        archive.extractall(tmp_path)
    checked = subprocess.run(
        [
            "minisign",
            "-V",
            "-p",
            str(test_key[1] / "test.pub"),
            "-m",
            str(tmp_path / "manifest.json"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr
    assert "Signature and comment signature verified" in checked.stdout + checked.stderr
    from shishya_desktop.packs import signing

    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
        check=True,
        capture_output=True,
        timeout=30,
    )
    key = signing.read_secret_key((tmp_path / "m.key").read_text())
    public = signing.read_public_key((tmp_path / "m.pub").read_text())
    message = b"manifest bytes"
    assert signing.verify(message, signing.sign(message, key, "c"), (public,)) == public


def test_built_in_key_is_a_public_key_and_no_secret_is_in_the_repo() -> None:
    """The app carries public keys only (keys.pub, for minisign -V, is the first); no tracked
    file holds a secret key."""
    from shishya_desktop.packs import keys, signing

    built_in = [signing.read_public_key(text) for text in keys.BUILT_IN]
    shipped = (REPO / "shishya_desktop" / "packs" / "keys.pub").read_text(encoding="utf-8")
    assert signing.read_public_key(shipped) == built_in[0]
    found = subprocess.run(
        ["git", "grep", "-l", "-E", "minisign (encrypted )?secret key$|^RWQAA"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert found.stdout.split() == [], found.stdout
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True)
    assert not [n for n in tracked.stdout.split() if n.endswith((".key", ".shpack"))]


def test_machine_and_user_locations() -> None:
    assert paths.user_content_dir() == paths.user_dir() / "content"
    assert paths.machine_content_dir().parent == paths.machine_dir()
    assert [w for w, _ in paths.content_folders()] == ["machine", "user"]
