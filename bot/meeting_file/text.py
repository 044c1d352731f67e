"""Reading a meeting file or a config as text, safely: a regular file only, never more than a limit.

A FIFO would make a plain ``read`` wait forever and ``/dev/zero`` would fill the memory before
any size check; so the file is opened without waiting, its kind checked on the open descriptor,
and at most one byte more than the limit is read. The text must be UTF-8 without NUL bytes and
without the control characters YAML refuses, each reported at its own line.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

# What YAML 1.1 (PyYAML's reader) refuses in a stream: C0 controls but tab, LF, CR; DEL and C1 but NEL.
_NOT_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")

_KINDS = ((stat.S_ISDIR, "it is a folder, not a file"), (stat.S_ISFIFO, "it is a pipe (FIFO), not a regular file"),
          (stat.S_ISCHR, "it is a device, not a regular file"), (stat.S_ISBLK, "it is a device, not a regular file"),
          (stat.S_ISSOCK, "it is a socket, not a regular file"))


class TextProblem(Exception):
    """Why a file cannot be read as text: the line it is on (0 when none) and what is wrong."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.field = field
        self.message = message


def _refuse_kind(mode: int) -> None:
    for is_kind, message in _KINDS:
        if is_kind(mode):
            raise TextProblem(0, "file", f"cannot read: {message}")
    if not stat.S_ISREG(mode):
        raise TextProblem(0, "file", "cannot read: not a regular file")


def _too_large(limit: int) -> TextProblem:
    return TextProblem(0, "file", f"too large (more than {limit:,} bytes)")


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`TextProblem` otherwise."""
    try:
        _refuse_kind(os.stat(path).st_mode)  # a clear word for a folder or a FIFO before opening it
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise TextProblem(0, "file", f"cannot read: {error.strerror or error}") from None
    except ValueError:  # a NUL character in the path
        raise TextProblem(0, "file", "cannot read: the file name holds a NUL character") from None
    try:
        info = os.fstat(descriptor)
        _refuse_kind(info.st_mode)  # what was opened, should the name point elsewhere by now
        if info.st_size > limit:
            raise _too_large(limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise TextProblem(0, "file", f"cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if size > limit:
        raise _too_large(limit)
    return b"".join(chunks)


def decode_text(raw: bytes) -> str:
    """UTF-8 text without NUL bytes or control characters; :class:`TextProblem` at the first bad line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TextProblem(line, "file", "not UTF-8 text (is it a binary file?)") from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise TextProblem(line, "file", "not a text file (contains NUL bytes)")
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        start = bad.start()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        code = ord(bad.group())
        escape = f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}"
        raise TextProblem(line, "yaml", f"control character U+{code:04X} in column {column}: remove it, "
                                        f"or write it as {escape} inside double quotes")
    return text


def read_text(path: Path, limit: int) -> str:
    """Read a regular file of at most ``limit`` bytes as checked UTF-8 text."""
    return decode_text(read_capped(path, limit))
