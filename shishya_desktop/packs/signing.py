"""Ed25519 keys and signatures in minisign's file formats, through PyNaCl.

A maintainer can check a pack's signature with the standard tool::

    unzip shishya-content-2026.12.1.shpack manifest.json manifest.json.minisig
    minisign -V -p shishya.pub -m manifest.json

Signatures are minisign's prehashed kind ("ED": Ed25519 over the BLAKE2b-512 of the file) with
its global signature over the trusted comment. Secret keys are minisign's unencrypted form
(``minisign -G -W`` makes one; ``shishya-data keygen`` too). PyNaCl is imported only when a key
or signature is used, never on the start path.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

ALGORITHM = b"Ed"  # key and legacy-signature algorithm
PREHASHED = b"ED"  # signature over BLAKE2b-512 of the message
CHECKSUM = b"B2"
NO_KDF = b"\x00\x00"


class SignatureError(ValueError):
    """A key or signature file is malformed, or a signature does not verify."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes

    @property
    def id_text(self) -> str:
        return self.key_id[::-1].hex().upper()  # minisign prints the id little-endian

    def to_text(self) -> str:
        line = base64.b64encode(ALGORITHM + self.key_id + self.key).decode()
        return f"untrusted comment: minisign public key {self.id_text}\n{line}\n"


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    secret: bytes  # 64 bytes: seed + public key (libsodium's form)

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.key_id, self.secret[32:])

    def to_text(self) -> str:
        checksum = hashlib.blake2b(ALGORITHM + self.key_id + self.secret, digest_size=32).digest()
        blob = (
            ALGORITHM
            + NO_KDF
            + CHECKSUM
            + bytes(32)
            + bytes(8)
            + bytes(8)
            + self.key_id
            + self.secret
            + checksum
        )
        return (
            "untrusted comment: minisign secret key (unencrypted): keep it off the repository "
            "and out of every bundle\n" + base64.b64encode(blob).decode() + "\n"
        )


def _payload(text: str, what: str) -> bytes:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
        raise SignatureError(f"not a minisign {what}")
    try:
        return base64.b64decode(lines[1], validate=True)
    except (binascii.Error, ValueError) as error:
        raise SignatureError(f"not a minisign {what}: {error}") from error


def generate() -> SecretKey:
    from nacl.signing import SigningKey

    signing = SigningKey.generate()
    return SecretKey(os.urandom(8), bytes(signing) + bytes(signing.verify_key))


def read_public_key(text: str) -> PublicKey:
    blob = _payload(text, "public key")
    if len(blob) != 42 or blob[:2] != ALGORITHM:
        raise SignatureError("not an Ed25519 minisign public key")
    return PublicKey(blob[2:10], blob[10:])


def read_secret_key(text: str) -> SecretKey:
    blob = _payload(text, "secret key")
    if len(blob) != 158 or blob[:2] != ALGORITHM or blob[4:6] != CHECKSUM:
        raise SignatureError("not an Ed25519 minisign secret key")
    if blob[2:4] != NO_KDF:
        raise SignatureError(
            "the secret key is password-protected; use an unencrypted key (minisign -G -W, "
            "or shishya-data keygen) kept on the maintainer's offline medium"
        )
    key_id, secret, checksum = blob[54:62], blob[62:126], blob[126:158]
    expected = hashlib.blake2b(ALGORITHM + key_id + secret, digest_size=32).digest()
    # minisign 0.11 writes a zero checksum for unencrypted keys; the seed is checked below.
    if checksum not in (expected, bytes(32)):
        raise SignatureError("the secret key file is damaged (checksum)")
    from nacl.signing import SigningKey

    if bytes(SigningKey(secret[:32]).verify_key) != secret[32:]:
        raise SignatureError("the secret key file is damaged (its two halves do not match)")
    return SecretKey(key_id, secret)


def sign(message: bytes, key: SecretKey, trusted_comment: str) -> str:
    """A minisign signature file (prehashed) for ``message``."""
    from nacl.signing import SigningKey

    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise SignatureError("a trusted comment is one line")
    signing = SigningKey(key.secret[:32])
    digest = hashlib.blake2b(message, digest_size=64).digest()
    signature = signing.sign(digest).signature
    comment = trusted_comment.encode()
    global_signature = signing.sign(signature + comment).signature
    return (
        f"untrusted comment: signature from Shishya key {key.public.id_text}\n"
        + base64.b64encode(PREHASHED + key.key_id + signature).decode()
        + "\n"
        + f"trusted comment: {trusted_comment}\n"
        + base64.b64encode(global_signature).decode()
        + "\n"
    )


def verify(message: bytes, signature_text: str, keys: tuple[PublicKey, ...]) -> PublicKey:
    """The key that signed ``message``; SignatureError when none of ``keys`` did."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    lines = [line.strip() for line in signature_text.splitlines() if line.strip()]
    if len(lines) != 4 or not lines[2].startswith("trusted comment: "):
        raise SignatureError("the signature file is malformed")
    blob = _payload("\n".join(lines[:2]), "signature")
    if len(blob) != 74 or blob[:2] not in (ALGORITHM, PREHASHED):
        raise SignatureError("the signature file is malformed")
    key_id, signature = blob[2:10], blob[10:]
    key = next((k for k in keys if k.key_id == key_id), None)
    if key is None:
        raise SignatureError(f"signed by key {key_id[::-1].hex().upper()}, which is not trusted")
    signed = hashlib.blake2b(message, digest_size=64).digest() if blob[:2] == PREHASHED else message
    try:
        global_signature = base64.b64decode(lines[3], validate=True)
        verifier = VerifyKey(key.key)
        verifier.verify(signed, signature)
        verifier.verify(signature + lines[2][len("trusted comment: ") :].encode(), global_signature)
    except (BadSignatureError, binascii.Error, ValueError) as error:
        raise SignatureError(
            "the signature does not match the file (changed or damaged)"
        ) from error
    return key
