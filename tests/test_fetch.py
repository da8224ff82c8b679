"""URLs as sources, against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from crosscheck.fetch import Fetcher, FetchFailed, is_url
from crosscheck.ingest import read_source_list, read_sources
from crosscheck.models import SkippedFile
from crosscheck.settings import Settings
from crosscheck.texts import read_texts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ARTICLE = (Path(__file__).resolve().parent / "test_webpage.py").read_text(encoding="utf-8")
PAGE = ARTICLE.split('PAGE = """\\\n', 1)[1].split('"""', 1)[0]


class _Handler(BaseHTTPRequestHandler):
    """Routes of the test server; every request is counted by path."""

    hits: ClassVar[Counter[str]] = Counter()
    conditional: ClassVar[Counter[str]] = Counter()

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        path = self.path
        type(self).hits[path] += 1
        if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
            type(self).conditional[path] += 1
        if path == "/article.html":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, b"", {})
            else:
                self._send(
                    200, PAGE.encode(), {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'}
                )
        elif path == "/dated.html":
            headers = {
                "Content-Type": "text/html",
                "Last-Modified": "Tue, 13 Oct 2026 08:00:00 GMT",
            }
            if self.headers.get("If-Modified-Since") == headers["Last-Modified"]:
                self._send(304, b"", {})
            else:
                self._send(200, PAGE.encode(), headers)
        elif path == "/fresh.html":  # no validators: never cached
            self._send(200, PAGE.encode(), {"Content-Type": "text/html"})
        elif path.startswith("/seed/"):
            name = path.rsplit("/", 1)[1]
            data = next(p for p in SEEDS if p.name.startswith(name)).read_bytes()
            self._send(200, data, {"Content-Type": "text/plain; charset=utf-8"})
        elif path == "/short.txt":
            self._send(
                200, b"Officials said 12,000 troops crossed.\n", {"Content-Type": "text/plain"}
            )
        elif path == "/doc.pdf":
            self._send(200, b"%PDF-1.7 ...", {"Content-Type": "application/pdf"})
        elif path == "/missing":
            self._send(404, b"no", {"Content-Type": "text/html"})
        elif path == "/huge":
            self._send(200, b"x" * 5000, {"Content-Type": "text/plain"})
        elif path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"y" * 5000)
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"z" * 10)
                self.wfile.flush()
                time.sleep(0.2)
        elif path == "/loop":
            self._send(302, b"", {"Location": "/loop"})
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            target = f"/hop/{left - 1}" if left else "/short.txt"
            self._send(301, b"", {"Location": target})
        elif path == "/to-ftp":
            self._send(302, b"", {"Location": "ftp://127.0.0.1/file.txt"})
        elif path == "/gzip":
            body = gzip.compress(PAGE.encode())
            self._send(200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        elif path == "/bomb":
            body = gzip.compress(b"<p>" + b"a" * 2_000_000)
            self._send(200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        else:
            self._send(404, b"", {})

    def _send(self, code: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(code)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


SMALL = Settings(max_file_bytes=1000, fetch_timeout=1.0, max_redirects=2)


def test_is_url() -> None:
    assert is_url("https://example.org/news")
    assert is_url("http://127.0.0.1:8000/a.html")
    assert not is_url("seeds/000.txt")
    assert not is_url("ftp://example.org/a.txt")
    assert not is_url("httpx.txt")


def test_a_page_is_read_with_its_url_as_provenance(server: str) -> None:
    url = f"{server}/article.html"
    sources, skipped = read_sources([url], Settings())
    assert skipped == ()
    (source,) = sources
    assert (source.path, source.url, source.format) == (url, url, "html")
    assert "some 2,300 residents" in source.text
    assert source.line_of(source.text.index("At least 14"))[0] == 15
    assert source.published == "2026-10-14"


def test_redirects_are_followed_and_the_final_url_kept(server: str) -> None:
    sources, skipped = read_sources([f"{server}/hop/1"], SMALL)
    assert skipped == ()
    assert sources[0].path == f"{server}/hop/1"
    assert sources[0].url == f"{server}/short.txt"
    assert sources[0].format == "text"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/doc.pdf", "not a web page or text (content type application/pdf)"),
        ("/huge", "page too large (5,000 bytes; the limit is 1,000)"),
        ("/huge-unannounced", "page too large (more than"),
        ("/slow", "timed out after 1 s"),
        ("/loop", "more than 2 redirects"),
        ("/hop/2", "more than 2 redirects"),
        ("/to-ftp", "redirected to a URL that is not http or https"),
    ],
)
def test_a_failed_fetch_is_a_skipped_source_with_its_reason(
    server: str, path: str, reason: str
) -> None:
    good, bad = f"{server}/short.txt", f"{server}{path}"
    sources, skipped = read_sources([bad, good], SMALL)
    assert [s.path for s in sources] == [good]  # one bad URL never stops the others
    (item,) = skipped
    assert item.path == bad
    assert item.reason.startswith(reason), item.reason


def test_connection_refused_is_a_reason_not_a_traceback() -> None:
    with pytest.raises(FetchFailed, match=r"^cannot fetch: "):
        Fetcher(SMALL).fetch("http://127.0.0.1:9/")  # the discard port: nothing listens


def test_gzip_bodies_are_inflated_within_the_size_cap(server: str) -> None:
    fetched = Fetcher(Settings()).fetch(f"{server}/gzip")
    assert fetched.data == PAGE.encode()
    # 2 KB that inflate to 2 MB: stopped at the cap, not inflated whole.
    with pytest.raises(FetchFailed, match=r"^page too large \(more than 10,000 bytes"):
        Fetcher(Settings(max_file_bytes=10_000)).fetch(f"{server}/bomb")


@pytest.mark.parametrize("path", ["/article.html", "/dated.html"])
def test_cache_asks_again_with_validators_and_serves_304(
    server: str, tmp_path: Path, path: str
) -> None:
    fetcher = Fetcher(Settings(), tmp_path / "pages")
    url = f"{server}{path}"
    first = fetcher.fetch(url)
    second = fetcher.fetch(url)
    assert not first.from_cache
    assert second.from_cache
    assert second.data == first.data == PAGE.encode()
    assert _Handler.conditional[path] >= 1
    assert len(list((tmp_path / "pages").rglob("*.json"))) == 1


def test_no_cache_neither_reads_nor_writes(server: str, tmp_path: Path) -> None:
    cached = Fetcher(Settings(), tmp_path / "pages")
    cached.fetch(f"{server}/article.html")
    before = _Handler.conditional["/article.html"]
    fresh = Fetcher(Settings(), None).fetch(f"{server}/article.html")
    assert not fresh.from_cache
    assert _Handler.conditional["/article.html"] == before  # asked unconditionally


def test_pages_without_validators_are_not_cached(server: str, tmp_path: Path) -> None:
    fetcher = Fetcher(Settings(), tmp_path / "pages")
    fetcher.fetch(f"{server}/fresh.html")
    assert not (tmp_path / "pages").exists()


def test_a_damaged_cache_entry_is_ignored(server: str, tmp_path: Path) -> None:
    fetcher = Fetcher(Settings(), tmp_path / "pages")
    fetcher.fetch(f"{server}/article.html")
    (entry,) = (tmp_path / "pages").rglob("*.json")
    entry.write_text(json.dumps({"format": 1, "url": "elsewhere"}))
    again = fetcher.fetch(f"{server}/article.html")
    assert not again.from_cache
    assert again.data == PAGE.encode()


def test_sources_from_a_file(tmp_path: Path, server: str) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(f"# today's coverage\n\n{server}/seed/000\n  {SEEDS[2]}  \n")
    assert read_source_list(str(listing)) == [f"{server}/seed/000", str(SEEDS[2])]


def test_read_texts_gives_kept_lines_with_html_lines(server: str) -> None:
    found = read_texts([f"{server}/article.html"])
    (page,) = found.sources
    first = page.lines[0]
    assert (first.line, first.text) == (12, "Floods in Port Merran leave 14 dead")
    assert all(line.text in page.text for line in page.lines)
    assert any(region.reason == "page chrome: <nav class='top'>" for region in page.skipped)


# --- the command line ---------------------------------------------------------------------


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_run_on_urls_finds_the_seed_conflict_with_url_provenance(server: str) -> None:
    urls = [f"{server}/seed/{p.name[:3]}" for p in SEEDS]
    done = _cli("run", *urls, f"{server}/missing", "--format", "json")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    (conflict,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert {side["value"] for side in conflict["sides"]} == {"11,000", "12,000"}
    assert all(claim["source"].startswith(server) for claim in conflict["claims"])
    assert report["skipped_files"] == [
        {"path": f"{server}/missing", "reason": "HTTP 404 Not Found"}
    ]


def test_run_sources_from_mixes_paths_and_urls(server: str, tmp_path: Path) -> None:
    listing = tmp_path / "sources.txt"
    lines = [str(p) for p in SEEDS[:2]] + [f"{server}/seed/{p.name[:3]}" for p in SEEDS[2:]]
    listing.write_text("\n".join(lines) + "\n")
    done = _cli("run", "--sources-from", str(listing), "--format", "json", "--no-cache")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert len(report["sources"]) == 5
    assert [f["kind"] for f in report["findings"]].count("conflict") == 1


def test_run_needs_something_to_read() -> None:
    done = _cli("run")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "crosscheck: error: nothing to read: give PATH or URL arguments, or --sources-from FILE"
    )
    missing = _cli("run", "--sources-from", "no-such-list.txt")
    assert missing.returncode == 2
    assert missing.stderr.startswith("crosscheck: error: no-such-list.txt: cannot read the list")


def test_text_command_json_and_text(server: str) -> None:
    url = f"{server}/article.html"
    done = _cli("text", url, "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    (page,) = found["sources"]
    assert page["path"] == page["url"] == url
    assert page["lines"][0] == {"line": 12, "text": "Floods in Port Merran leave 14 dead"}
    assert {"reason", "line", "end_line", "preview"} <= set(page["skipped"][0])
    plain = _cli("text", url, f"{server}/short.txt", f"{server}/doc.pdf")
    assert plain.returncode == 0
    assert plain.stdout.startswith(f"==> {url} <==\nFloods in Port Merran leave 14 dead\n\n")
    assert plain.stdout.endswith(
        f"for help.\n\n==> {server}/short.txt <==\nOfficials said 12,000 troops crossed.\n"
    )
    assert plain.stderr == (
        f"crosscheck: skipped {server}/doc.pdf: "
        "not a web page or text (content type application/pdf)\n"
    )


def test_text_json_is_valid_against_its_schema(server: str) -> None:
    import jsonschema

    done = _cli("text", f"{server}/article.html", str(SEEDS[0]), "--format", "json")
    jsonschema.validate(json.loads(done.stdout), json.loads(_cli("schema", "text").stdout))


def test_text_command_exits_2_when_nothing_could_be_read(server: str) -> None:
    done = _cli("text", f"{server}/missing")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "HTTP 404" in done.stderr


def test_text_of_a_plain_file_leaves_out_its_chrome() -> None:
    done = _cli("text", str(SEEDS[0]), "--format", "json")
    page = json.loads(done.stdout)["sources"][0]
    assert "Read more" not in page["text"]
    assert page["skipped"][0]["reason"].startswith("page chrome")
    assert all(isinstance(line["line"], int) for line in page["lines"])


def test_skipped_file_record_is_the_model() -> None:
    assert SkippedFile(path="x", reason="y").model_dump() == {"path": "x", "reason": "y"}
