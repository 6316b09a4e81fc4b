"""A ZIP builder that can lie: each test breaks exactly one thing (a name, a flag, a size).

Shared by the package tests and the import tests.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

LOCAL = struct.Struct("<4s5H3L2H")
CENTRAL = struct.Struct("<4s6H3L5H2L")
END = struct.Struct("<4s4H2LH")
REGULAR = 0o100644 << 16


@dataclass(frozen=True)
class Entry:
    name: str
    content: bytes
    method: int = 8
    flags: int = 0
    external_attr: int = REGULAR
    declared_size: int | None = None  # uncompressed size written in both headers
    compressed_size: int | None = None  # compressed size written in both headers
    local_name: str | None = None  # a local header that disagrees with the directory
    padding_before: bytes = b""

    def stored_bytes(self) -> bytes:
        if self.method == 8:
            compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            return compressor.compress(self.content) + compressor.flush()
        return self.content


def local_record(entry: Entry, data: bytes) -> bytes:
    name = (entry.local_name or entry.name).encode("latin-1")
    size = len(entry.content) if entry.declared_size is None else entry.declared_size
    compressed = len(data) if entry.compressed_size is None else entry.compressed_size
    return LOCAL.pack(b"PK\x03\x04", 20, entry.flags, entry.method, 0, 0x5821,
                       zlib.crc32(entry.content), compressed, size, len(name), 0) + name + data


def central_record(entry: Entry, data: bytes, offset: int) -> bytes:
    name = entry.name.encode("latin-1")
    size = len(entry.content) if entry.declared_size is None else entry.declared_size
    compressed = len(data) if entry.compressed_size is None else entry.compressed_size
    return CENTRAL.pack(b"PK\x01\x02", (3 << 8) | 20, 20, entry.flags, entry.method, 0,
                         0x5821, zlib.crc32(entry.content), compressed, size, len(name), 0, 0,
                         0, 0, entry.external_attr, offset) + name


def end_record(count: int, directory: bytes, offset: int, comment: bytes = b"") -> bytes:
    return END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), offset,
                     len(comment)) + comment


def build_zip(entries: list[Entry], comment: bytes = b"") -> bytes:
    body = bytearray()
    directory = bytearray()
    for entry in entries:
        body += entry.padding_before
        data = entry.stored_bytes()
        directory += central_record(entry, data, len(body))
        body += local_record(entry, data)
    return bytes(body + directory + end_record(len(entries), directory, len(body), comment))
