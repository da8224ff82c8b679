"""The HTML report: one self-contained, deterministic page whose source text can do nothing
but be read.

The page is checked as text (structure, escaping, the Content-Security-Policy) and in a real
headless Chromium (Debian's package): the seeds report's conflict card, no console errors,
the filters and their URL fragment, links into the source texts, a hostile source that
tries to run script, and WCAG AA contrast of every text element in both colour schemes.
`.ci/run` installs Chromium, so in CI (``CI`` set) a missing browser fails the tests
instead of skipping them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import chdir
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest

from crosscheck.ingest import read_sources
from crosscheck.models import Report
from crosscheck.pipeline import check
from crosscheck.render.html import _HIDDEN, render_html, segments, shown
from crosscheck.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
from chromium import Browser, find_chromium

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = "report-seeds.png"

# A source that tries everything: a script, a closing tag of the elements text might sit
# in, a javascript: link, an event handler, a comment, bidi overrides and isolates, and
# zero-width characters. Each script would set window.__pwned.
HOSTILE = (
    "Floods in Karvesh\n\n"
    "Officials said 11,000 people fled the <script>window.__pwned=1</script> flooding in "
    'Karvesh on Monday, see <a href="javascript:window.__pwned=2">javascript:window.__pwned=3'
    '</a> </textarea><img src=x onerror="window.__pwned=4"></script><script>window.__pwned=5'
    "</script><!-- and \u202eEXE.TXT\u202c with\u200bzero\u2066width\u2069 ]]> </style>.\n\n"
    "The agency said the flood was the worst in Karvesh for decades.\n"
)
OTHER = (
    "Floods in Karvesh\n\n"
    "Officials said 12,000 people fled the flooding in Karvesh on Monday, the agency said.\n\n"
    "The agency said the flood was the worst in Karvesh for decades.\n"
)
# A file name can be hostile too.
HOSTILE_NAME = "<img src=x onerror=window.__pwned=6>\u202etxt.txt"


def _seeds() -> tuple[Report, str]:
    with chdir(ROOT):  # relative paths, as a user in the repository would give them
        report = check(["seeds"])
        sources, _ = read_sources(["seeds"], Settings())
    return report, render_html(report, sources)


@pytest.fixture(scope="module")
def seeds() -> tuple[Report, str]:
    return _seeds()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / HOSTILE_NAME).write_text(OTHER, encoding="utf-8")
    page = folder.parent / "hostile.html"
    done = _cli("run", str(folder), "--format", "html", "--output", str(page), cwd=folder)
    assert done.returncode == 1, done.stderr  # one conflict: 11,000 vs 12,000
    return page


def _cli(
    *args: str, cwd: Path = ROOT, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        capture_output=True,
        input=stdin,
        cwd=cwd,
        check=False,
    )


class _Page(HTMLParser):
    """Every start tag with its attributes, and the text of each <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))
            self.raw.append((tag, dict(attrs), ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            tag, attrs, text = self.raw[-1]
            self.raw[-1] = (tag, attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == self._open[0]:
            self._open = None


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


# --- the page as text -------------------------------------------------------------------


def test_the_page_is_self_contained_and_only_its_own_code_runs(
    seeds: tuple[Report, str],
) -> None:
    page = _parse(seeds[1])
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"link", "img", "iframe", "object", "embed", "base", "svg", "audio", "video"}
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs, tag  # the policy would block it
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
    scripts = [(attrs, text) for tag, attrs, text in page.raw if tag == "script"]
    code = [text for attrs, text in scripts if "type" not in attrs]
    assert len(code) == 1
    assert all(attrs.get("type") == "application/json" for attrs, _ in scripts[1:])
    (style,) = [text for tag, _, text in page.raw if tag == "style"]
    policy = next(
        attrs["content"]
        for tag, attrs in page.tags
        if attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None and "default-src 'none'" in policy
    for text, directive in ((style, "style-src"), (code[0], "script-src")):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    assert "http://" not in style + code[0] and "https://" not in style + code[0]
    assert "@import" not in style and "url(" not in style and "@font-face" not in style


def test_the_conflict_card_shows_both_figures_and_every_claim(seeds: tuple[Report, str]) -> None:
    report, page = seeds
    card = page[page.index('<article class="card"') : page.index("</article>")]
    assert "<mark>11,000</mark>" in card and "<mark>12,000</mark>" in card
    assert "<mark>an estimated 12,000</mark>" in card and "<mark>up to 12,000</mark>" in card
    (conflict,) = report.conflicts
    for claim in conflict.claims:
        assert f">{claim.source}:{claim.line}</a>" in card
    # The republished copy is folded under its original, without repeating its sentence.
    copies = card[card.index('<details class="copies">') :]
    copies = copies[: copies.index("</details>")]
    assert "seeds/001_5bf60654a78975c2.txt:11" in copies
    assert "copy of seeds/000_f329a0b33699e6f3.txt" in copies
    assert "<blockquote>" not in copies
    assert "1 independent source" in card and "3 independent sources" in card


def test_claims_link_to_their_line_and_the_line_marks_the_figure(
    seeds: tuple[Report, str],
) -> None:
    report, page = seeds
    numbers = {s.path: i for i, s in enumerate(report.sources, 1)}
    (conflict,) = report.conflicts
    texts = _texts(page)
    for claim in conflict.claims:
        number = numbers[claim.source]
        assert f'href="#source-{number}-L{claim.line}"' in page
        lines = {item[0]: item for item in texts[number] if isinstance(item, list)}
        runs = lines[claim.line][2:]
        marked = [run for run in runs if isinstance(run, list) and run[1]]
        assert [claim.quantity.text, f"#finding-{conflict.id}", None] in marked


def _texts(page: str) -> dict[int, list[object]]:
    """Each source's text data, by source number."""
    return {
        int(attrs["id"].removeprefix("text-")): json.loads(text)  # type: ignore[union-attr]
        for tag, attrs, text in _parse(page).raw
        if tag == "script" and attrs.get("type") == "application/json"
    }


def test_skipped_regions_are_listed_and_kept_in_place(seeds: tuple[Report, str]) -> None:
    page = seeds[1]
    assert "lines 33–36: page chrome: Read more:" in page
    assert "line 1: page chrome: top of page" in page
    gaps = [item for item in _texts(page)[1] if isinstance(item, dict)]
    assert gaps == [{"from": 33, "to": 36, "why": "page chrome: Read more:"}]
    lines = [item[0] for item in _texts(page)[1] if isinstance(item, list)]
    assert 33 not in lines and 37 in lines  # the chrome's lines are not shown as text


def test_header_counts_stories_settings_and_version(seeds: tuple[Report, str]) -> None:
    report, page = seeds
    assert "<strong>1</strong> conflict</a>" in page
    assert "<strong>3</strong> agreements</a>" in page
    assert "5 sources (4 independent) in 1 story" in page
    assert "<code>approximate-tolerance</code>" in page
    assert "crosscheck 0.1.0, report format version 2" in page
    assert f"S1 {report.stories[0].label} (5)" in page
    changed = render_html(report, (), settings=Settings(approximate_tolerance=0.2))
    assert (
        'class="changed"><td><code>approximate-tolerance</code></td><td><code>0.2</code>' in changed
    )


def test_agreements_are_folded_and_an_updated_figure_shows_its_latest_value(
    seeds: tuple[Report, str],
) -> None:
    report, page = seeds
    assert page.count('<details class="finding"') == 3
    conflict = report.conflicts[0].model_copy(update={"latest": "12,000"})
    updated = render_html(report.model_copy(update={"findings": (conflict,)}))
    assert "latest value: <strong>12,000</strong>" in updated
    assert "Its text was not read again for this page." in updated


def test_a_source_changed_since_the_check_is_listed_without_its_text(
    seeds: tuple[Report, str], tmp_path: Path
) -> None:
    report = seeds[0]
    with chdir(ROOT):
        sources, _ = read_sources(["seeds"], Settings())
    changed = [sources[0].model_copy(update={"sha256": "0" * 64}), *sources[1:]]
    page = render_html(report, changed)
    assert "It changed after it was checked: its text is not shown." in page
    assert 1 not in _texts(page) and 2 in _texts(page)
    assert 'href="#source-1"' in page  # the claim links to the source, not to a line


def test_the_same_input_gives_the_same_bytes(seeds: tuple[Report, str], tmp_path: Path) -> None:
    assert _seeds()[1] == seeds[1]
    first, second = tmp_path / "1.html", tmp_path / "2.html"
    for out in (first, second):
        done = _cli("run", "seeds", "--format", "html", "--output", str(out), "--no-cache")
        assert done.returncode == 1, done.stderr
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"<!DOCTYPE html>")


def test_stdin_is_read_once_and_shown(tmp_path: Path) -> None:
    data = (ROOT / "seeds" / "000_f329a0b33699e6f3.txt").read_bytes()
    done = _cli("run", "-", "seeds/002_68e22d54fa39ff2c.txt", "--format", "html", stdin=data)
    assert done.returncode == 1, done.stderr
    page = done.stdout.decode()
    assert "<mark>11,000</mark>" in page
    texts = _texts(page)
    assert any(
        item[2:3] == ["Soon after, a deployment of "] for item in texts[1] if isinstance(item, list)
    )


def test_template_ships_with_the_package() -> None:
    folder = files("crosscheck.render") / "templates"
    for name in ("report.html.j2", "report.css", "report.js"):
        assert (folder / name).is_file(), name


def test_hidden_characters_are_every_control_format_and_separator() -> None:
    expected = {
        chr(c)
        for c in range(0x110000)
        if unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs", "Zl", "Zp")
        and chr(c) not in "\t\n\xad"
    }
    found = {chr(c) for c in range(0x110000) if _HIDDEN.fullmatch(chr(c))}
    assert expected <= found
    # Beyond them, only code points this Python's Unicode leaves unassigned (format
    # characters of later versions, e.g. Egyptian hieroglyph controls U+13439-1343F).
    assert {unicodedata.category(c) for c in found - expected} <= {"Cn"}


def test_invisible_characters_become_visible_codes() -> None:
    runs = segments("a\u202eb\u200bc\x00", mark="")
    assert [(s.text, s.hidden) for s in runs] == [
        ("a", None),
        ("U+202E", "RIGHT-TO-LEFT OVERRIDE"),
        ("b", None),
        ("U+200B", "ZERO WIDTH SPACE"),
        ("c", None),
        ("U+0000", "control character 0x00"),
    ]
    assert all(s.mark == "" for s in runs)
    assert shown("a\u2066b\u2069") == "a[U+2066]b[U+2069]"


def test_hostile_source_is_text_in_the_page(hostile: Path) -> None:
    page = hostile.read_text(encoding="utf-8")
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        assert tag not in ("img", "textarea", "iframe"), (tag, attrs)
        assert "src" not in attrs and not any(name.startswith("on") for name in attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
    assert sum(1 for tag, attrs, _ in parsed.raw if tag == "script" and "type" not in attrs) == 1
    for char in "\u202e\u202c\u200b\u2066\u2069":
        assert char not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page  # in the card
    assert "&lt;img src=x onerror=window.__pwned=6&gt;[U+202E]txt.txt" in page  # the path
    texts = json.dumps(_texts(page), ensure_ascii=False)
    assert "<script>window.__pwned=1</script>" in texts  # in the source text, as data
    assert r"\u003cscript\u003ewindow.__pwned=1" in page  # which the HTML parser cannot end


# --- in Chromium ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs it (Debian package chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with Browser(executable) as opened:
        yield opened


@pytest.fixture(scope="module")
def seeds_file(seeds: tuple[Report, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "seeds.html"
    path.write_text(seeds[1], encoding="utf-8")
    return path


def _open(browser: Browser, path: Path, fragment: str = "", dark: bool = False) -> None:
    browser.dark(dark)
    browser.events.clear()
    browser.open(path, fragment)


def _open_all(browser: Browser) -> None:
    """Open every folded section; wait for their toggle events (which show source texts)."""
    browser.evaluate(
        "document.querySelectorAll('details').forEach(d => d.open = true); "
        "new Promise(done => setTimeout(done, 100))"
    )


def test_chromium_shows_the_seeds_conflict_without_errors(
    browser: Browser, seeds_file: Path, tmp_path: Path
) -> None:
    _open(browser, seeds_file)
    card = browser.evaluate("document.querySelector('article.card').innerText")
    assert "11,000" in card and "12,000" in card
    assert "North Korean troops" in card
    figures = browser.evaluate(
        "Array.from(document.querySelectorAll('article.card .side .value'), e => e.textContent)"
    )
    assert figures == ["11,000", "12,000"]
    assert browser.evaluate("document.getElementById('filters').hidden") is False
    shot = tmp_path / SCREENSHOT
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert browser.errors() == []


def test_chromium_filters_keep_their_state_in_the_fragment(
    browser: Browser, seeds_file: Path
) -> None:
    _open(browser, seeds_file)
    visible = "Array.from(document.querySelectorAll('[data-finding]:not([hidden])')).length"
    assert browser.evaluate(visible) == 4
    # The keyboard: "/" goes to the search box; typing filters; Escape clears it.
    browser.call("Input.dispatchKeyEvent", type="keyDown", key="/", text="/")
    browser.call("Input.dispatchKeyEvent", type="keyUp", key="/")
    assert browser.evaluate("document.activeElement.name") == "q"
    browser.call("Input.insertText", text="troops")
    assert browser.evaluate(visible) == 1
    assert browser.evaluate("location.hash") == "#q=troops"
    assert (
        browser.evaluate("document.getElementById('shown').textContent")
        == "Showing 1 of 4 findings."
    )
    browser.call(
        "Input.dispatchKeyEvent",
        type="keyDown",
        key="Escape",
        code="Escape",
        windowsVirtualKeyCode=27,
    )
    assert browser.evaluate(visible) == 4
    assert browser.evaluate("location.hash") == ""
    # Tab reaches the kind boxes and space toggles one.
    browser.evaluate("document.querySelector('input[value=conflict]').focus()")
    browser.call("Input.dispatchKeyEvent", type="keyDown", key=" ", code="Space", text=" ")
    browser.call("Input.dispatchKeyEvent", type="keyUp", key=" ", code="Space")
    assert browser.evaluate(visible) == 3
    assert browser.evaluate("location.hash") == "#kind=compatible%2Cagreement"
    # A link with the state opens with it.
    _open(browser, seeds_file, "kind=conflict&severity=high&q=11%2C000")
    assert browser.evaluate(visible) == 1
    assert browser.evaluate("document.querySelector('input[value=agreement]').checked") is False
    assert browser.evaluate("document.querySelector('input[name=q]').value") == "11,000"
    _open(browser, seeds_file, "source=3&story=S1")
    assert browser.evaluate(visible) == 3  # source 3 (002) is in the conflict and 2 agreements
    assert browser.evaluate("document.querySelectorAll('details.source:not([hidden])').length") == 1
    assert browser.errors() == []


def test_chromium_claim_links_open_the_source_at_the_line(
    browser: Browser, seeds_file: Path
) -> None:
    _open(browser, seeds_file)
    browser.evaluate("document.querySelector('article.card a.where').click()")
    assert browser.evaluate("location.hash") == "#source-1-L12"
    assert browser.evaluate("document.getElementById('source-1').open") is True
    line = browser.evaluate("document.querySelector('#source-1-L12').innerText")
    assert "11,000 North Korean troops" in line
    assert browser.evaluate(
        "document.querySelector('#source-1-L12 a.fig').getAttribute('href')"
    ).startswith("#finding-")
    # Opened from a link, on a page load.
    _open(browser, seeds_file, "source-4-L1")
    assert browser.evaluate("document.getElementById('source-4').open") is True
    assert browser.evaluate("document.querySelector(':target').id") == "source-4-L1"
    assert browser.errors() == []


def test_chromium_runs_nothing_from_a_hostile_source(browser: Browser, hostile: Path) -> None:
    _open(browser, hostile)
    _open_all(browser)
    assert browser.evaluate("window.__pwned === undefined")
    assert browser.evaluate("document.querySelectorAll('img, iframe, textarea').length") == 0
    assert browser.evaluate("document.querySelectorAll('script:not([type])').length") == 1
    hrefs = browser.evaluate(
        "Array.from(document.querySelectorAll('[href]'), a => a.getAttribute('href'))"
    )
    assert all(href.startswith("#") for href in hrefs)
    # As text in the card and in the source's text. (innerText leaves out what the browser
    # skipped laying out, off screen: the texts' DOM is read as it is.)
    card = browser.evaluate("document.querySelector('article.card').innerText")
    texts = browser.evaluate("document.getElementById('sources').textContent")
    assert "<script>window.__pwned=1</script>" in card
    assert "<script>window.__pwned=1</script>" in texts
    text = card + texts
    assert 'href="javascript:window.__pwned=2"' in text
    assert "U+202E" in text and "U+200B" in text and "U+2066" in text
    for char in "\u202e\u202c\u200b\u2066\u2069":
        assert char not in text
    assert "<img src=x onerror=window.__pwned=6>[U+202E]txt.txt" in text
    # Following links and filtering runs nothing either.
    browser.evaluate("location.hash = '#source-1-L3'; 0")
    browser.evaluate(
        "const q = document.querySelector('input[name=q]'); q.value = '<script>'; "
        "q.dispatchEvent(new Event('input', {bubbles: true})); 0"
    )
    assert browser.evaluate("window.__pwned === undefined")
    assert browser.errors() == []


# WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text (24px, or 18.66px bold).
CONTRAST = r"""
(() => {
  const rgb = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const lum = (c) => {
    const f = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const over = (top, under) =>
    [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let base = [255, 255, 255, 1];
    for (const layer of layers.reverse()) base = over(layer, base);
    return base;
  };
  const failures = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || seen.has(el) || !el.getClientRects().length) continue;
    if (el.closest('script, style, [hidden]')) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const fg = over(rgb(style.color), background(el));
    const bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    checked += 1;
    if (ratio < (large ? 3 : 4.5)) {
      const what = node.textContent.trim().slice(0, 30);
      failures.push(`${el.tagName.toLowerCase()}.${el.className} "${what}" ${ratio.toFixed(2)}`);
    }
  }
  return {checked, failures};
})()
"""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_chromium_every_text_passes_wcag_aa_contrast(
    browser: Browser, seeds_file: Path, hostile: Path, dark: bool
) -> None:
    for page in (seeds_file, hostile):
        _open(browser, page, dark=dark)
        _open_all(browser)
        browser.evaluate("location.hash = '#source-1-L3'; 0")  # a line highlighted as target
        browser.evaluate("document.querySelector('input[name=q]').value = ''; 0")
        result = browser.evaluate(CONTRAST)
        assert result["checked"] > 100
        assert result["failures"] == []
    scheme = browser.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    assert scheme is dark
    assert browser.errors() == []


def test_chromium_prints_the_findings_open(browser: Browser, seeds_file: Path) -> None:
    _open(browser, seeds_file)
    # Listening after the page's own listener: sees what it did before printing.
    browser.evaluate(
        "addEventListener('beforeprint', () => { window.openWhenPrinted = "
        "document.querySelectorAll('details.finding[open]').length; }); 0"
    )
    pdf = base64.b64decode(browser.call("Page.printToPDF")["data"])
    assert pdf.startswith(b"%PDF")
    assert browser.evaluate("window.openWhenPrinted") == 3
    assert browser.evaluate("document.querySelectorAll('details.finding[open]').length") == 0
    browser.call("Emulation.setEmulatedMedia", media="print")
    assert (
        browser.evaluate("getComputedStyle(document.getElementById('filters')).display") == "none"
    )
    # The sources are listed, their texts left out.
    assert (
        browser.evaluate("getComputedStyle(document.getElementById('source-1')).display") != "none"
    )
    assert browser.evaluate("getComputedStyle(document.querySelector('.text')).display") == "none"
    browser.call("Emulation.setEmulatedMedia", media="")
    assert browser.errors() == []


def test_the_hook_writes_html_too(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    for path in (ROOT / "seeds").iterdir():
        (tmp_path / "seeds" / path.name).write_bytes(path.read_bytes())
    (tmp_path / "crosscheck.toml").write_text('paths = ["seeds"]\n')
    done = _cli("hook", "seeds/002_68e22d54fa39ff2c.txt", "--format", "html", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    page = done.stdout.decode()
    assert page.startswith("<!DOCTYPE html>") and "<mark>12,000</mark>" in page
    assert 3 in _texts(page)
