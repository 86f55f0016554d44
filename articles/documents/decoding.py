"""Turn untrusted bytes into normalised text, or refuse them with a clear reason."""

import re

from .data import DocumentError

MAX_DOCUMENT_BYTES = 2_000_000
_BOMS = (b"\xef\xbb\xbf",)
# Control characters other than tab, newline, vertical tab and form feed (\r is gone by then).
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0d-\x1f]")


def decode(raw: bytes) -> str:
    """Return the text of `raw` with \\n line endings; raise DocumentError if it is not text."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"file is {len(raw) / 1_000_000:.1f} MB, over the "
            f"{MAX_DOCUMENT_BYTES / 1_000_000:g} MB limit"
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("file is UTF-16 text, expected UTF-8")
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise DocumentError(f"binary file (NUL byte at offset {offset})")
    if raw.startswith(_BOMS[0]):
        raw = raw[len(_BOMS[0]):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        raise DocumentError(f"not UTF-8 text (byte 0x{bad:02x} at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("empty file")
    controls = len(_CONTROL_CHARACTERS.findall(text))
    if controls > max(8, len(text) // 100):
        raise DocumentError(f"binary-looking file ({controls} control characters)")
    return text
