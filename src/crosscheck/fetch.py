"""URLs as sources: fetch a page within limits, and cache it by URL and validators.

A fetch has a time limit (for connecting, for each wait, and for the whole body), a
size cap, a redirect limit (to http and https only), and a content-type check (web
pages and text only). Anything that
goes wrong is a :class:`FetchFailed` with a one-line reason, which ingest turns into a
skipped source: one bad URL never stops the others.

With a cache folder, a page that came with an ``ETag`` or a ``Last-Modified`` date is
kept (as JSON, never pickle) and asked for again conditionally: a ``304 Not Modified``
answer is served from the cache. A page without validators is not kept.
"""

from __future__ import annotations

import base64
import email.message
import hashlib
import http.client
import os
import socket
import ssl
import tempfile
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from crosscheck import __version__
from crosscheck.settings import Settings

__all__ = ["FetchFailed", "Fetched", "Fetcher", "is_url"]

# Content types read as a web page, and as plain text or Markdown; any other is refused.
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
# Bytes read from the network at a time: the size cap and the deadline are checked
# between reads.
CHUNK_BYTES = 64 * 1024
# The cache's entry format; entries of another format are ignored.
PAGE_CACHE_FORMAT = 1
USER_AGENT = f"crosscheck/{__version__} (+numeric claim cross-checking)"


def is_url(path: str) -> bool:
    """True for an http or https URL given where a path may be.

    >>> is_url("https://example.org/a"), is_url("HTTP://x"), is_url("news/a.html")
    (True, True, False)
    """
    return path[:8].lower().startswith(("http://", "https://"))


class FetchFailed(Exception):
    """A page could not be fetched; the message is the reason, one line."""


@dataclass(frozen=True)
class Fetched:
    """A fetched page: where it ended up after redirects, its bytes, and what it is."""

    url: str
    data: bytes
    kind: str  # "html", "text" or "markdown"
    from_cache: bool = False


class _Entry(BaseModel):
    """A cached page, stored as JSON."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: int
    url: str
    final_url: str
    kind: str
    etag: str | None
    last_modified: str | None
    sha256: str
    body: str  # base64


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http and https URLs (at most ``max_redirections``)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: email.message.Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise FetchFailed(f"redirected to a URL that is not http or https: {newurl[:80]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as error:
            if "infinite loop" in str(error.msg):
                raise FetchFailed(f"more than {self.max_redirections} redirects") from None
            raise

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _redirects(limit: int) -> _Redirects:
    """A redirect handler that follows at most ``limit`` redirects."""

    class Limited(_Redirects):
        max_redirections = limit
        max_repeats = limit

    return Limited()


class Fetcher:
    """Fetches URLs with the limits of ``settings``; caches pages in ``cache_dir`` (None:
    no cache, as with ``--no-cache``)."""

    def __init__(self, settings: Settings, cache_dir: Path | None = None) -> None:
        self.settings = settings
        self.cache_dir = cache_dir
        self._opener = urllib.request.build_opener(
            _redirects(settings.max_redirects),
            urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        )

    def fetch(self, url: str) -> Fetched:
        """The page at ``url``; raises :class:`FetchFailed` with the reason."""
        cached = self._read_cache(url)
        headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip"}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        request = urllib.request.Request(url, headers=headers)
        deadline = time.monotonic() + self.settings.fetch_timeout
        try:
            response = self._opener.open(request, timeout=self.settings.fetch_timeout)
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == http.client.NOT_MODIFIED and cached is not None:
                return Fetched(
                    cached.final_url, base64.b64decode(cached.body), cached.kind, from_cache=True
                )
            raise FetchFailed(f"HTTP {error.code} {error.reason}".rstrip()) from None
        except FetchFailed:
            raise
        except urllib.error.URLError as error:
            raise FetchFailed(f"cannot fetch: {_why(error.reason)}") from None
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise FetchFailed(f"cannot fetch: {_why(error)}") from None
        with response:
            final_url = response.geturl()
            kind = self._kind(response.headers)
            data = self._body(response, deadline)
        entry_headers = response.headers
        self._write_cache(url, final_url, kind, data, entry_headers)
        return Fetched(final_url, data, kind)

    def _kind(self, headers: email.message.Message) -> str:
        content_type = headers.get_content_type() if headers.get("Content-Type") else ""
        if not content_type or content_type in _HTML_TYPES:
            return "html"
        if content_type in _TEXT_TYPES:
            return _TEXT_TYPES[content_type]
        raise FetchFailed(f"not a web page or text (content type {content_type})")

    def _body(self, response: http.client.HTTPResponse, deadline: float) -> bytes:
        limit = self.settings.max_file_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchFailed(_too_large(int(declared), limit))
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in {"identity", "", "gzip", "x-gzip", "deflate"}:
            raise FetchFailed(f"unsupported content encoding {encoding!r}")
        inflate = None
        if encoding in {"gzip", "x-gzip"}:
            inflate = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            inflate = zlib.decompressobj()
        parts: list[bytes] = []
        size = 0
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FetchFailed(f"timed out after {self.settings.fetch_timeout:g} s")
                _set_timeout(response, remaining)
                chunk = response.read1(CHUNK_BYTES)  # one wait at most, then the clock
                if not chunk:
                    break
                if inflate is not None:
                    # Never more than the cap plus one byte out of one chunk: a small
                    # compressed body cannot expand past the size cap.
                    chunk = inflate.decompress(chunk, limit + 1 - size)
                size += len(chunk)
                parts.append(chunk)
                if size > limit:
                    raise FetchFailed(_too_large(limit, limit, at_least=True))
        except TimeoutError:
            raise FetchFailed(f"timed out after {self.settings.fetch_timeout:g} s") from None
        except (OSError, http.client.HTTPException, zlib.error) as error:
            raise FetchFailed(f"cannot read the response: {_why(error)}") from None
        return b"".join(parts)

    # --- cache -----------------------------------------------------------------------------

    def _file(self, url: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(url.encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _read_cache(self, url: str) -> _Entry | None:
        path = self._file(url)
        if path is None:
            return None
        try:
            entry = _Entry.model_validate_json(path.read_bytes())
            body = base64.b64decode(entry.body, validate=True)
        except (OSError, ValidationError, ValueError):
            return None
        if (
            entry.format != PAGE_CACHE_FORMAT
            or entry.url != url
            or hashlib.sha256(body).hexdigest() != entry.sha256
        ):
            return None
        return entry

    def _write_cache(
        self, url: str, final_url: str, kind: str, data: bytes, headers: email.message.Message
    ) -> None:
        path = self._file(url)
        etag, last_modified = headers.get("ETag"), headers.get("Last-Modified")
        if path is None or not (etag or last_modified):
            return
        entry = _Entry(
            format=PAGE_CACHE_FORMAT,
            url=url,
            final_url=final_url,
            kind=kind,
            etag=etag,
            last_modified=last_modified,
            sha256=hashlib.sha256(data).hexdigest(),
            body=base64.b64encode(data).decode("ascii"),
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return  # a cache that cannot be written is simply not used
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(entry.model_dump_json().encode())
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1"


def _set_timeout(response: http.client.HTTPResponse, seconds: float) -> None:
    """Each read may wait only for what is left of the fetch's time."""
    sock = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(sock, "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.001))


def _why(error: object) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.splitlines()[0]
    text = str(error).strip()
    return (text.splitlines() or [type(error).__name__])[0][:200]


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"page too large ({more}{size:,} bytes; the limit is {limit:,}): "
        "raise the max_file_bytes setting to read it"
    )
