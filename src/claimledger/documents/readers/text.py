"""Plain text: tell text from binary, detect the encoding, honour a first-line `date YYYY-MM-DD` header."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from claimledger.documents.finish import finish
from claimledger.documents.model import Known
from claimledger.documents.readers import Item, dated, rejection
from claimledger.errors import REJECTIONS
from claimledger.settings import Settings

# Byte-order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Signatures of common non-text files, for a message that names what was found.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive (or an Office file)"),
    (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"), (b"\xd0\xcf\x11\xe0", "old Office file"),
    (b"RIFF", "audio/video or WebP file"), (b"7z\xbc\xaf", "7-Zip archive"), (b"Rar!", "RAR archive"),
    (b"\xfd7zXZ", "xz archive"), (b"(\xb5/\xfd", "zstd archive"), (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3 audio"), (b"OggS", "Ogg audio"), (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"),
    (b"\x00asm", "WebAssembly"),
)
SAMPLE = 8192  # bytes looked at to tell text from binary: enough for a few paragraphs
# Share of C0 control bytes (other than tab, newlines, form feed, escape) above which a file is binary.
# Text in any 8-bit or UTF-8 encoding has essentially none; compressed or image data has ~10%.
CONTROL_SHARE = 0.02
# Share of NUL bytes on one parity above which BOM-less data is read as UTF-16 (ASCII-heavy text has ~100%).
UTF16_NULS = 0.3
# Mostly-UTF-8 data with a few bad bytes is UTF-8 with damage, not a legacy encoding: at least this many
# valid non-ASCII characters per undecodable byte.
UTF8_DAMAGE_RATIO = 2
# Encodings the web uses, most used first (W3Techs' usage survey); ties between equally good
# candidates from charset-normalizer go to the more common one, and rare DOS code pages are never guessed.
WEB_ENCODINGS = (
    "cp1252", "latin_1", "cp1251", "shift_jis", "gb2312", "euc_kr", "euc_jp", "gbk", "iso8859_2", "cp1250",
    "iso8859_15", "cp1256", "iso8859_9", "big5", "cp1254", "cp874", "koi8_r", "cp1253", "cp1255", "cp1257",
    "cp1258", "iso8859_7", "iso8859_5", "koi8_u", "cp866", "gb18030", "mac_cyrillic", "mac_roman",
    "iso8859_4", "iso8859_13", "iso8859_16", "iso8859_3", "iso8859_6", "iso8859_8", "iso8859_10", "iso2022_jp",
)
_BOM_MARKS = tuple(bom for bom, _ in BOMS)
_MAGIC_MARKS = tuple(magic for magic, _ in MAGIC)
_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b")
_NON_SPACE = re.compile(r"\S").search
_HEADER = re.compile(r"\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])\s*", re.IGNORECASE)


class Decoded(NamedTuple):
    """Decoded text, the codec that decoded it and any warning about damaged bytes."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def read_text(stream: BinaryIO, id: str, source: str, settings: Settings) -> Iterator[Item]:
    """A .txt file: one document."""
    yield text_document(stream.read(), id, source, settings)


def text_document(data: bytes, id: str, source: str, settings: Settings) -> Item:
    """Bytes of plain text -> a Document (text = all decoded characters, body after any header)."""
    reason = binary_reason(data)
    if reason:
        return rejection(source, "binary", reason)
    decoded = decode(data)
    start, known, warnings = date_header(decoded.text)
    if _NON_SPACE(decoded.text, start) is None:  # nothing but white space (as str.strip() sees it) after the header
        return rejection(source, "empty", "no text" if start == 0 else "only a date header")
    return finish(id, decoded.text, source, start=start, known=known, encoding=decoded.encoding,
                  warnings=decoded.warnings + warnings, settings=settings)


def date_header(text: str) -> tuple[int, Known | None, tuple[str, ...]]:
    """(where the body starts, the header's date as Known, warnings) for an optional `date YYYY-MM-DD` token.

    Only the token and the whitespace after it are skipped: some files carry body text on the same line.
    """
    match = _HEADER.match(text)
    if match is None:
        return 0, None, ()
    known, warnings = dated(Known(), match.group(1), "header line 'date YYYY-MM-DD'")
    if warnings:
        return 0, None, ("header " + warnings[0],)
    return match.end(), known, ()


def binary_reason(data: bytes) -> str | None:
    """Why `data` is not text (a file signature, NUL bytes, control characters), or None if it reads as text."""
    head = data[:SAMPLE]
    nuls = b"\x00" in head
    if head.startswith(_BOM_MARKS) or (nuls and utf16_without_bom(head)):  # BOM-less UTF-16 has NULs
        return None
    if head.startswith(_MAGIC_MARKS):
        return next(f"looks like a {what}" for magic, what in MAGIC if head.startswith(magic))
    if nuls:
        return "contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROLS))  # how many bytes are in _CONTROLS
    if head and controls / len(head) > CONTROL_SHARE:
        return f"{controls} control characters in the first {len(head)} bytes"
    return None


def bom_encoding(data: bytes) -> str | None:
    return next((codec for bom, codec in BOMS if data.startswith(bom)), None)


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs sit on one byte parity only, as in BOM-less UTF-16 text."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0) / pairs
    odd = head[1 : pairs * 2 : 2].count(0) / pairs
    if odd > UTF16_NULS and even == 0:
        return "utf-16-le"
    if even > UTF16_NULS and odd == 0:
        return "utf-16-be"
    return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode: a BOM, else strict UTF-8, else `declared` (e.g. an HTML charset), else charset-normalizer.

    When nothing decodes cleanly the text is decoded with U+FFFD replacements and a warning says so.
    """
    if data.startswith(_BOM_MARKS):
        for bom, codec in BOMS:
            if data.startswith(bom):
                return _strict_or_replace(data[len(bom):], codec)  # the mark itself is not text
    utf16 = utf16_without_bom(data[:SAMPLE]) if data.find(b"\x00", 0, SAMPLE) >= 0 else None
    if utf16:
        return _strict_or_replace(data, utf16)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")  # valid UTF-8 is never guessed at
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return Decoded(data.decode(declared), _codec_name(declared))
        except (UnicodeDecodeError, LookupError):
            pass
    damaged = data.decode("utf-8", "replace")
    if _mostly_utf8(damaged):
        return Decoded(damaged, "utf-8", (_undecodable(damaged.count("\ufffd"), "utf-8"),))
    guess = guess_encoding(data)
    if guess:
        return _strict_or_replace(data, guess)
    return Decoded(damaged, "utf-8", (_undecodable(damaged.count("\ufffd"), "utf-8"),))


# Windows-1252's typographic punctuation: curly quotes, dashes, the ellipsis. Text whose only non-ASCII bytes are
# these, its double quotes paired, is English with curly quotes; charset-normalizer may prefer Mac Roman, which
# reads the same bytes as letters ('\x93We counted\x94' as "ìWe countedî").
_CP1252_PUNCTUATION = frozenset(b"\x85\x91\x92\x93\x94\x96\x97")
_ASCII = bytes(range(128))
_APOSTROPHE = re.compile(rb"[A-Za-z]\x92[A-Za-z]")
_DASH_IN_WORD = re.compile(rb"[A-Za-z][\x96\x97][A-Za-z]")


def guess_encoding(data: bytes) -> str | None:
    """The best of charset-normalizer's web-encoding candidates: least chaos, most coherence, most common."""
    high = set(data.translate(None, _ASCII))  # (the non-ASCII bytes, found in C)
    if high and high <= _CP1252_PUNCTUATION and data.count(b"\x93") == data.count(b"\x94") \
            and (b"\x93" in data or _APOSTROPHE.search(data)) and not _DASH_IN_WORD.search(data):
        return "cp1252"  # (quotes or an apostrophe say so; 0x96/0x97 inside a word are Mac letters: "Ni\x96o")
    from charset_normalizer import from_bytes

    best: tuple[float, float, int] | None = None
    chosen = None
    for match in from_bytes(data, cp_isolation=list(WEB_ENCODINGS)):
        aliases = [c for c in match.could_be_from_charset if c in WEB_ENCODINGS] or [match.encoding]
        codec = min(aliases, key=_rank)
        key = (round(match.chaos, 2), -round(match.coherence, 2), _rank(codec))
        if best is None or key < best:
            best, chosen = key, codec
    return chosen


def _rank(codec: str) -> int:
    return WEB_ENCODINGS.index(codec) if codec in WEB_ENCODINGS else len(WEB_ENCODINGS)


def _strict_or_replace(data: bytes, codec: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        return Decoded(text, codec, (_undecodable(text.count("\ufffd"), codec),))


def _mostly_utf8(text: str) -> bool:
    bad = text.count("\ufffd")
    good = len(re.findall(r"[^\x00-\x7f\ufffd]", text))
    return good >= UTF8_DAMAGE_RATIO * bad and good > 0


def _undecodable(count: int, codec: str) -> str:
    return f"undecodable: {count} byte sequences are not valid {codec}: " + REJECTIONS["undecodable"]


def _codec_name(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return name
