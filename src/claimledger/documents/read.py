"""Paths and bytes in, Documents or Rejections out, streamed: files, folders (recursive, sorted), `-` for stdin."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from claimledger.documents.model import Document, Rejection
from claimledger.documents.readers import Item, format_of, load_reader, reads_whole, rejection, whole_format
from claimledger.documents.readers.text import SAMPLE, binary_reason
from claimledger.settings import Settings

STDIN = "-"
STDIN_ID = "<stdin>"
_HTML_START = re.compile(rb"\s*<(!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_MARKUP = re.compile(rb"</?(p|div|article|section|span|br|h[1-6]|a|ul|li|table)\b[^>]*>", re.IGNORECASE)
# Errors for which Path.is_file() answers False instead of raising.
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
# Readers that run binary_reason on their own bytes (text, HTML), or hold binary records legitimately
# (WARC archives): the stream is not checked for them beforehand.
CHECK_OWN_BYTES = ("text", "html", "warc")


def read_paths(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Document | Rejection]:
    """Each path in turn: a file, a folder (walked recursively in name order) or `-` (stdin).

    Never raises for bad input: every problem is a Rejection naming the path and the reason.
    """
    settings = settings or Settings()
    for given in paths:
        if str(given) == STDIN:
            yield from read_stdin(settings)
        else:
            yield from _read_path(Path(given), settings)


def read_bytes(data: bytes, name: str, settings: Settings | None = None) -> Iterator[Document | Rejection]:
    """An upload: `data` read as the format its `name` says (id = the name without folders)."""
    settings = settings or Settings()
    if format_of(name) is None:
        yield _unsupported(name)
    elif not data:
        yield rejection(name, "empty")
    elif reads_whole(name) and len(data) > settings.max_bytes:
        yield _too_large(name, len(data), settings)
    else:
        yield from _read_stream(io.BytesIO(data), Path(name).name, name, settings)


def read_stdin(settings: Settings) -> Iterator[Item]:
    """Standard input, whose format is sniffed: WARC, HTML, JSON lines, JSON, else plain text."""
    try:
        data = _stdin_bytes(settings.max_bytes + 1)
    except (OSError, ValueError, AttributeError) as exc:  # AttributeError: no stdin at all (sys.stdin is None)
        yield rejection(STDIN_ID, "unreadable", str(exc))
        return
    if len(data) > settings.max_bytes:
        yield _too_large(STDIN_ID, None, settings)
    elif not data.strip():
        yield rejection(STDIN_ID, "empty")
    else:
        # Each text piped in is its own document: its id carries its content's hash, so a second article
        # piped into the same store is not taken for a new version of the first.
        name = f"stdin-{hashlib.sha256(data).hexdigest()[:12]}"
        yield from _read_stream(io.BytesIO(data), name, STDIN_ID, settings, ending=sniff(data))


def sniff(data: bytes) -> str:
    """The file ending that `data` looks like: ".warc.gz", ".warc", ".html", ".jsonl", ".json" or ".txt"."""
    head = data[:SAMPLE]
    if head.startswith(b"\x1f\x8b"):
        return ".warc.gz" if _gunzip_head(head).startswith(b"WARC/") else ".txt"
    head = head.removeprefix(b"\xef\xbb\xbf")
    if head.startswith(b"WARC/"):
        return ".warc"
    if _HTML_START.match(head) or (head.lstrip().startswith(b"<") and _MARKUP.search(head)):
        return ".html"
    if head.lstrip()[:1] in (b"{", b"["):
        return _json_kind(data)
    return ".txt"


def _json_kind(data: bytes) -> str:
    import json

    first = data.lstrip().split(b"\n", 1)[0]
    try:
        if isinstance(json.loads(first), dict):
            return ".jsonl"
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past Python's stack
        pass
    try:
        return ".json" if isinstance(json.loads(data), (dict, list)) else ".txt"
    except (ValueError, RecursionError):
        return ".txt"


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _stdin_bytes(limit: int) -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read(limit)
        return data
    return str(sys.stdin.read(limit)).encode("utf-8")


def _read_path(path: Path, settings: Settings) -> Iterator[Item]:
    try:
        if path.is_dir():
            yield from _read_folder(path, settings)
        elif not path.exists():
            yield rejection(str(path), "not_found", "no such file or folder")
        elif format_of(path.name) is None:
            yield _unsupported(str(path))
        else:
            yield from read_file(path, settings)
    except OSError as exc:
        yield rejection(str(path), "unreadable", exc.strerror or str(exc))


def _read_folder(folder: Path, settings: Settings) -> Iterator[Item]:
    found = False
    for entry in _walk(str(folder)):
        if isinstance(entry, Rejection):
            yield entry
        else:
            found = True
            yield from read_file(entry, settings)
    if not found:
        yield rejection(str(folder), "no_files", "no .txt, .html, .json, .jsonl or .warc files inside")


def _walk(folder: str) -> Iterator[str | Rejection]:
    """Supported, non-hidden files under `folder` (a path as str(Path) writes it), depth first in name
    order; symlinked folders not followed. Each file comes as str(Path(folder) / name) (no Path built)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield rejection(folder, "unreadable", exc.strerror or str(exc))
        return
    # str(Path(folder) / name): "." is dropped, a root ("/" or "//") takes no second slash.
    prefix = "" if folder == "." else folder if folder.endswith("/") else folder + "/"
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(prefix + name)
        elif entry.is_file() and format_of(name) is not None:
            yield prefix + name


def read_file(path: Path | str, settings: Settings) -> Iterator[Item]:
    """One file of a supported format (a Path, or a str as str(Path) writes it); its size is checked
    before a byte is read."""
    source = str(path)
    name = source.rpartition("/")[2]  # Path(source).name: a str(Path) has no trailing slash
    target = format_of(name)
    try:
        info = _regular_file(source)
        if info is None:
            yield rejection(source, "unreadable", "not a regular file")
        elif info.st_size == 0:
            yield rejection(source, "empty")
        elif whole_format(target):
            if info.st_size > settings.max_bytes:
                yield _too_large(source, info.st_size, settings)
            else:
                data = _read_all(source, info.st_size)
                yield from _read_stream(io.BytesIO(data), name, source, settings, target=target)
        else:
            with open(source, "rb") as stream:
                yield from _read_stream(stream, name, source, settings, target=target)
    except OSError as exc:
        yield rejection(source, "unreadable", exc.strerror or str(exc))


def _read_all(source: str, size: int) -> bytes:
    """The whole file, `size` bytes by its stat: one read, unless it has changed size since."""
    fd = os.open(source, os.O_RDONLY)
    try:
        data = os.read(fd, size + 1)
        if len(data) == size:  # as stat said (asking one byte more tells a grown file): the usual case
            return data
        chunks = [data]
        while data:  # grown (or shrunk) meanwhile: read on to the end, as readall() does
            data = os.read(fd, 1 << 20)
            chunks.append(data)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _regular_file(source: str) -> os.stat_result | None:
    """The file's stat when it is a regular file (symlinks followed), else None; as Path.is_file(), an
    error other than a missing or looping path is raised."""
    try:
        info = os.stat(source)
    except OSError as exc:
        if exc.errno in _MISSING:
            return None
        raise
    except ValueError:  # a NUL byte in the path
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _read_stream(stream: BinaryIO, name: str, source: str, settings: Settings, ending: str = "",
                 target: str | None = None) -> Iterator[Item]:
    """`stream` read as its format: `target` when the caller knows it, else format_of(ending or name)."""
    target = target or format_of(ending or name)
    if target is None:
        yield _unsupported(source)
        return
    reader = load_reader(target)
    if target.partition(":")[0] not in CHECK_OWN_BYTES:
        reason = binary_reason(stream.read(SAMPLE))
        stream.seek(0)
        if reason:
            yield rejection(source, "binary", reason)
            return
    try:
        yield from reader(stream, name, source, settings)
    except Exception as exc:  # noqa: BLE001 - a reader bug on one odd file must not stop the run
        yield rejection(source, "failed", f"reading failed ({exc!r})")


def _unsupported(source: str) -> Rejection:
    ending = Path(source).suffix
    return rejection(source, "unsupported", f"cannot read {ending!r} files" if ending else "no file ending")


def _too_large(source: str, size: int | None, settings: Settings) -> Rejection:
    limit = settings.max_bytes
    detail = f"{size} bytes, over the limit of {limit}" if size is not None else f"more than the limit of {limit} bytes"
    return rejection(source, "too_large", detail)
