"""Turn untrusted bytes into normalised text, or refuse them with a clear reason.

UTF-8 is expected. UTF-16 and UTF-32 with a byte-order mark are decoded: the mark
says which they are. Any other file that is not UTF-8 is refused, never guessed:
Windows-1252, Latin-1, Latin-9 and Mac Roman share most bytes, and a wrong guess
would publish mangled accents. When the bytes read as French Windows-1252 text,
the reason says so, so the editor knows to re-save the file as UTF-8.
"""

import re

from .data import DocumentError

MAX_DOCUMENT_BYTES = 2_000_000
_UTF8_BOM = b"\xef\xbb\xbf"
# UTF-32 first: its little-endian mark begins with the UTF-16 one.
_UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters other than tab, newline, vertical tab and form feed (\r is gone by then).
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0d-\x1f]")
# What a French text saved as Windows-1252 holds beyond ASCII; a byte decoding to
# anything else (Ž, ½, ¤...) means another code page, and the reason gives no hint.
_FRENCH_WINDOWS_1252 = set("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’‘“”«»–—…€°•\u00a0")


def decode(raw: bytes) -> str:
    """Return the text of `raw` with \\n line endings; raise DocumentError if it is not text."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"fichier de {len(raw) / 1_000_000:.1f} Mo, au-delà de la limite de {MAX_DOCUMENT_BYTES / 1_000_000:g} Mo"
        )
    for bom, encoding in _UNICODE_BOMS:
        if raw.startswith(bom):
            text = _decode_unicode(raw[len(bom) :], encoding)
            break
    else:
        text = _decode_8bit(raw)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("fichier vide")
    controls = len(_CONTROL_CHARACTERS.findall(text))
    if controls > max(8, len(text) // 100):
        raise DocumentError(f"fichier qui semble binaire ({controls} caractères de contrôle)")
    return text


def _decode_unicode(raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", " LE").replace("-BE", " BE")
        raise DocumentError(f"texte {name} invalide (position {exc.start})") from None
    if "\x00" in text:
        raise DocumentError(f"fichier binaire (caractère NUL à la position {text.index(chr(0))})")
    return text


def _decode_8bit(raw: bytes) -> str:
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise DocumentError(f"fichier binaire (octet NUL à la position {offset})")
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = " : sans doute du Windows-1252, à réenregistrer en UTF-8" if _looks_french_windows_1252(raw) else ""
        bad = raw[exc.start]
        raise DocumentError(
            f"texte qui n'est pas en UTF-8 (octet 0x{bad:02x} à la position {exc.start}){hint}"
        ) from None


def _looks_french_windows_1252(raw: bytes) -> bool:
    """Tell whether every non-ASCII byte reads as a French letter or sign in Windows-1252."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
        return False
    return all(ch in _FRENCH_WINDOWS_1252 for ch in set(re.findall(r"[^\x00-\x7f]", text)))
