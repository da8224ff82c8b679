"""Bytes -> text: binary files told apart, encodings found, mojibake repaired.

A file is binary when it starts with a known magic number or holds more than a stray few
NUL bytes in its first 8 KB. Text is decoded by its byte-order mark, else as strict
UTF-8, else by charset-normalizer's guess (Windows-1252 on a tie), else as UTF-8 with
the invalid bytes replaced; each fallback leaves a warning. Mojibake ('cafÃ©') is
repaired line by line, so every line keeps its number.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy
import ftfy.badness

# NUL bytes in the first 8 KB mark a file as binary: the same window git and GNU grep use.
SNIFF_BYTES = 8192
# ... when there are more than a stray few: binary formats are full of NULs, while a text
# exported by a broken tool may carry one or two, which are blanked with a warning.
MIN_BINARY_NULS = 4
BINARY_NUL_SHARE = 0.01

# --- binary detection --------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
)

# UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_REPLACED = "invalid UTF-8 bytes replaced with U+FFFD"
# The commonest legacy encoding of Western news text; preferred when it reads the bytes
# as cleanly as charset-normalizer's own pick (which on short inputs is often an obscure
# code page that happens to decode them, e.g. cp1125 for "caf\xe9").
_WESTERN = "cp1252"


def _mojibake_hint() -> re.Pattern[str]:
    """Two characters that UTF-8 bytes become when read as cp1252 or Latin-1: a lead byte
    (C2-F4) and a continuation byte (80-BF). Text without such a pair cannot hold that
    mojibake, and this check costs a fraction of ftfy's."""
    leads = "".join(chr(b) for b in range(0xC2, 0xF5))
    conts = {chr(b) for b in range(0x80, 0xC0)}
    conts |= {bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - {""}
    return re.compile(f"[{re.escape(leads)}][{re.escape(''.join(sorted(conts)))}]")


_MOJIBAKE_HINT = _mojibake_hint()


def repair_mojibake(text: str) -> tuple[str, int]:
    r"""Text with mojibake ('cafÃ©', 'itâ€™s') repaired line by line with ftfy, and how many
    lines changed. Only the encoding is fixed (no quote or line-break rewriting), and lines
    are repaired one by one, so every line keeps its number.

    >>> repair_mojibake("The cafÃ© said so.\nClean line.")
    ('The café said so.\nClean line.', 1)
    """
    if _MOJIBAKE_HINT.search(text) is None or not ftfy.badness.is_bad(text):
        return text, 0
    lines = text.split("\n")
    repaired = 0
    for i, line in enumerate(lines):
        if ftfy.badness.is_bad(line):
            fixed = ftfy.fix_encoding(line)
            if fixed != line and "\n" not in fixed:
                lines[i] = fixed
                repaired += 1
    return "\n".join(lines), repaired


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file ``data`` is, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, codec in _BOMS if codec != "utf-8"):
        return None  # UTF-16/32 text is full of NUL bytes
    window = data[:SNIFF_BYTES]
    nuls = window.count(b"\x00")
    if nuls and (
        nuls >= max(MIN_BINARY_NULS, len(window) * BINARY_NUL_SHARE)
        or _OTHER_CONTROLS.search(window) is not None
    ):
        return "contains NUL bytes"
    return None


# Control bytes no text format uses (tab, newlines, form feed and escape are allowed).
_OTHER_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """(text, codec, warnings): BOM, then strict UTF-8, then a guess, then UTF-8 replaced."""
    marked = [(bom, codec) for bom, codec in _BOMS if data.startswith(bom)]
    for bom, codec in marked:
        try:
            return data[len(bom) :].decode(codec), _codec_name(codec, bom), []
        except UnicodeDecodeError:
            continue
    if marked:
        bom, codec = marked[0]
        text = data[len(bom) :].decode(codec, errors="replace")
        return text, _codec_name(codec, bom), [f"invalid {codec} bytes replaced with U+FFFD"]

    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    if _mostly_utf8(data, replaced):
        return replaced, "utf-8", [_REPLACED]
    guess = _guess_encoding(data)
    if guess is not None:
        text, codec = guess
        return text, codec, [f"decoded as {codec}; not valid UTF-8"]
    return replaced, "utf-8", [_REPLACED]


def _codec_name(codec: str, bom: bytes) -> str:
    return "utf-8-sig" if bom == codecs.BOM_UTF8 else codec


def _mostly_utf8(data: bytes, replaced: str) -> bool:
    """True when valid multi-byte UTF-8 outnumbers the invalid bytes: a UTF-8 file with a
    few corrupt bytes, which a legacy code page would turn into mojibake throughout."""
    invalid = replaced.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    return non_ascii - invalid > invalid


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess as (text, codec), preferring Windows-1252 on a tie."""
    try:
        matches = charset_normalizer.from_bytes(data)
        best = matches.best()
        if best is None:
            return None
        if any(_WESTERN in m.could_be_from_charset and m.chaos <= best.chaos for m in matches):
            try:
                return data.decode(_WESTERN), _WESTERN
            except UnicodeDecodeError:
                pass
        return str(best), codecs.lookup(best.encoding).name
    except (LookupError, UnicodeError, ValueError):
        return None
