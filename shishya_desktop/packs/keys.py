"""The public keys whose packs Shishya trusts: built into the app, never a secret key.

The matching secret key lives on the maintainers' offline medium only (see docs/CONTENT_PACKS.md).
``SHISHYA_TRUST_KEY_FILE`` names one more public key file to trust; the tests use it with keys
they make and throw away. It gives no one more than they already have: a per-user install only
changes what that user sees (as ``--db`` does), and the machine-wide folder needs an admin.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .signing import PublicKey, SignatureError, read_public_key

BUILT_IN = (
    # Shishya content release key 1 (made 2026-12-01).
    "untrusted comment: minisign public key 621B494F580A16A2\n"
    "RWSiFgpYT0kbYrdvzat3osPRpbrfCFfaN7xsRRL9hDjs39s5sNc8souV\n",
)
EXTRA_KEY_VARIABLE = "SHISHYA_TRUST_KEY_FILE"


def trusted_keys() -> tuple[PublicKey, ...]:
    keys = [read_public_key(text) for text in BUILT_IN]
    extra = os.environ.get(EXTRA_KEY_VARIABLE)
    if extra:
        # An unreadable extra key trusts nothing more.
        with contextlib.suppress(OSError, UnicodeError, SignatureError):
            keys.append(read_public_key(Path(extra).read_text(encoding="utf-8")))
    return tuple(keys)
