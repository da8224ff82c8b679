"""Command line: parse arguments -> Settings -> check() -> render -> exit code."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO

import typer

from crosscheck import __version__
from crosscheck.console import EXIT_INTERRUPTED, INTERRUPTED
from crosscheck.models import Kind
from crosscheck.settings import FailOn

if TYPE_CHECKING:
    from crosscheck.cache import Cache
    from crosscheck.fetch import Fetcher
    from crosscheck.models import Report
    from crosscheck.render.terminal import Update
    from crosscheck.settings import Settings

app = typer.Typer(
    name="crosscheck",
    help="Find where several reports of the same events disagree on numbers.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)

EXIT_USAGE = 2


class Format(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"
    markdown = "markdown"
    html = "html"


class ListFormat(StrEnum):
    """Formats of `claims` and `eval`: a list or a score, not a report of findings."""

    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Find where several reports of the same events disagree on numbers."""


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


PathsArg = Annotated[
    list[str], typer.Argument(help="Files or folders of .txt, .md, .html; '-' for stdin.")
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", envvar="CROSSCHECK_FORMAT", help="Output format."),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout."),
]
StdinNameOpt = Annotated[str, typer.Option("--stdin-name", help="Name for '-' in the output.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: the nearest crosscheck.toml or pyproject.toml "
        "with [tool.crosscheck], from the current folder up).",
    ),
]
ColorOpt = Annotated[
    Color, typer.Option("--color", help="Colour in the text report (NO_COLOR is honoured).")
]

JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for reading sources (default: all cores)."
    ),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option("--no-cache", help="Neither read nor write the cache (~/.cache/crosscheck)."),
]

SourcesArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or folders of .txt, .md, .html; http(s) URLs of web pages; '-' for stdin.",
        show_default=False,
    ),
]
SourcesFromOpt = Annotated[
    Path | None,
    typer.Option("--sources-from", help="Also read the paths and URLs listed in FILE, one a line."),
]


class Engine(StrEnum):
    """Where `run` computes: worker processes on this machine, or a Dask cluster."""

    local = "local"
    dask = "dask"


EngineOpt = Annotated[
    Engine,
    typer.Option(
        "--engine",
        envvar="CROSSCHECK_ENGINE",
        help="local: worker processes here; dask: a Dask cluster, --scheduler's or a local "
        "one of --jobs processes (pip install 'crosscheck-claims[dask]').",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        envvar="CROSSCHECK_SCHEDULER",
        help="Address of the Dask scheduler for --engine dask (tcp://host:8786).",
        show_default=False,
    ),
]

# Runs with more sources than this show a progress bar on stderr (when it is a terminal).
PROGRESS_MIN_SOURCES = 20


@app.command()
def run(
    paths: SourcesArg = None,
    format: FormatOpt = Format.text,
    output: OutputOpt = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when conflicts are found.")
    ] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Which findings exit 1: conflict (default), any, never."),
    ] = None,
    focus: Annotated[
        list[str] | None,
        typer.Option("--focus", help="Report only findings involving this source (repeatable)."),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            help="Focus on the sources changed since this git revision (git diff REF).",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Leave out findings this baseline file accepts."),
    ] = None,
    update_baseline: Annotated[
        bool,
        typer.Option("--update-baseline", help="Write every current finding to --baseline."),
    ] = False,
    config: ConfigOpt = None,
    color: ColorOpt = Color.auto,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Text report: conflicts only, no notes.")
    ] = False,
    one_story: Annotated[
        bool,
        typer.Option(
            "--one-story",
            help="Treat all sources as one story: compare every claim with every source's, "
            "for a folder known to report one event (config key one-story).",
        ),
    ] = False,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    stdin_name: StdinNameOpt = "-",
    sources_from: SourcesFromOpt = None,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
) -> None:
    """Cross-check the numeric claims of PATHS; exit 1 if any conflict is found.

    Sources are grouped into stories (documents about one event) and claims are compared
    only within a story; see `crosscheck stories`."""
    from crosscheck import outcome, pipeline
    from crosscheck.errors import CrosscheckError

    try:
        paths = _sources(paths, sources_from)
        if update_baseline and baseline is None:
            raise _usage("--update-baseline needs --baseline FILE")
        if scheduler and engine is not Engine.dask:
            raise _usage("--scheduler needs --engine dask")
        overrides: dict[str, object] = {"fail_on": FailOn.NEVER if exit_zero else fail_on}
        if one_story:
            overrides["one_story"] = True
        settings = _settings(config, overrides)
        focus_paths = list(focus or [])
        if changed_since is not None:
            focus_paths += _changed_files(changed_since, paths)
        stdin = sys.stdin.buffer if "-" in paths else None
        if stdin is not None and format is Format.html:
            stdin = BytesIO(stdin.read())  # read twice: checked, then shown
        fetcher = _fetcher(settings, no_cache)
        with _progress(quiet) as progress:
            check = pipeline.check if engine is Engine.local else _dask_check(scheduler, quiet)
            report = check(
                paths,
                settings,
                stdin=stdin,
                stdin_name=stdin_name,
                progress=progress,
                jobs=_jobs(jobs),
                cache=None if no_cache else _cache(settings),
                fetcher=fetcher,
            )
        if update_baseline and baseline is not None:
            _emit(outcome.baseline_text(report), baseline)
            accepted = sum(f.kind is not Kind.AGREEMENT for f in report.findings)
            typer.echo(f"crosscheck: wrote {accepted} findings to {baseline}", err=True)
            raise typer.Exit(0)
        if baseline is not None:
            report = outcome.suppress(report, outcome.read_baseline(baseline))
        if focus is not None or changed_since is not None:
            report = outcome.focus(report, focus_paths)
        page = None
        if format is Format.html:
            page = _html(report, paths, settings, stdin, stdin_name, fetcher)
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    _write_report(report, format, output, color, quiet, page)
    raise typer.Exit(outcome.exit_status(report, settings))


@app.command()
def hook(
    files: Annotated[list[str], typer.Argument(help="The changed files (pre-commit passes them).")],
    format: FormatOpt = Format.text,
    config: ConfigOpt = None,
    color: ColorOpt = Color.auto,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """For pre-commit: check the corpus (config key `paths`, default '.') and report only
    findings that involve FILES; exit 1 on a conflict."""
    from crosscheck import outcome, pipeline
    from crosscheck.errors import CrosscheckError

    try:
        settings = _settings(config, {})
        cache = None if no_cache else _cache(settings)
        report = pipeline.check(list(settings.paths), settings, jobs=_jobs(jobs), cache=cache)
        report = outcome.focus(report, files)
        page = None
        if format is Format.html:
            page = _html(report, list(settings.paths), settings, None, "-", None)
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    _write_report(report, format, None, color, False, page)
    raise typer.Exit(outcome.exit_status(report, settings))


def _write_report(
    report: Report,
    format: Format,
    output: Path | None,
    color: Color,
    quiet: bool,
    page: str | None = None,
) -> None:
    if page is not None:
        _emit(page, output)
        return
    if format is not Format.text:
        _emit(_render_machine(report, format), output)
        return
    from io import StringIO

    from crosscheck.render.terminal import make_console, render_terminal

    if output is None:
        render_terminal(report, make_console(color=_color(color)), quiet=quiet)
    else:
        buffer = StringIO()
        render_terminal(report, make_console(buffer, width=100, color=False), quiet=quiet)
        _emit(buffer.getvalue(), output)


def _html(
    report: Report,
    paths: list[str],
    settings: Settings,
    stdin: BinaryIO | None,
    stdin_name: str,
    fetcher: Fetcher | None,
) -> str:
    """The HTML page. The report does not carry the sources' texts, so they are read
    again (stdin from the copy kept of it); the page leaves out a text whose bytes changed
    since the check."""
    from crosscheck.ingest import read_sources
    from crosscheck.render.html import render_html

    if stdin is not None:
        stdin.seek(0)
    sources, _ = read_sources(paths, settings, stdin=stdin, stdin_name=stdin_name, fetcher=fetcher)
    return render_html(report, sources, settings=settings, version=__version__)


def _render_machine(report: Report, format: Format) -> str:
    """The report in a machine format; for `github`, also the job summary."""
    if format is Format.json:
        from crosscheck.render.json import render_json

        return render_json(report)
    if format is Format.jsonl:
        from crosscheck.render.jsonl import render_jsonl

        return render_jsonl(report)
    if format is Format.sarif:
        from crosscheck.render.sarif import render_sarif

        return render_sarif(report)
    if format is Format.markdown:
        from crosscheck.render.markdown import render_markdown

        return render_markdown(report)
    from crosscheck.render.github import render_github, step_summary

    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(report))
        except OSError as error:
            typer.echo(f"crosscheck: cannot append to $GITHUB_STEP_SUMMARY: {error}", err=True)
    return render_github(report)


def _sources(paths: list[str] | None, sources_from: Path | None) -> list[str]:
    """The sources given as arguments and listed in --sources-from FILE."""
    from crosscheck.ingest import read_source_list

    found = [*(paths or []), *(read_source_list(str(sources_from)) if sources_from else [])]
    if not found:
        raise _usage("nothing to read: give PATH or URL arguments, or --sources-from FILE")
    return found


def _fetcher(settings: Settings, no_cache: bool) -> Fetcher:
    """Fetches URL sources; pages are cached beside the results unless --no-cache."""
    from crosscheck.cache import default_dir
    from crosscheck.fetch import Fetcher

    return Fetcher(settings, None if no_cache else default_dir() / "pages")


def _dask_check(scheduler: str | None, quiet: bool) -> Callable[..., Report]:
    """`pipeline.check` on a Dask cluster, telling stderr where its dashboard is."""
    from functools import partial

    from crosscheck import distributed

    def dashboard(link: str) -> None:
        if not quiet:
            typer.echo(f"crosscheck: Dask dashboard at {link}", err=True)

    def check(*args: Any, jobs: int, **kwargs: Any) -> Report:
        return distributed.check(*args, workers=jobs, stages=kwargs.get("progress"), **kwargs)

    return partial(check, scheduler=scheduler, dashboard=dashboard)


def _jobs(jobs: int | None) -> int:
    return jobs or os.cpu_count() or 1


def _cache(settings: Settings) -> Cache:
    from crosscheck.cache import Cache, default_dir

    return Cache(default_dir(), settings)


def _color(color: Color) -> bool | None:
    return {Color.auto: None, Color.always: True, Color.never: False}[color]


def _settings(config: Path | None, overrides: dict[str, object]) -> Settings:
    from crosscheck.config import find_config, load_settings

    if config is not None and not config.is_file():
        raise _usage(f"{config}: no such configuration file")
    return load_settings(config or find_config(Path.cwd()), overrides)


def _usage(message: str) -> Exception:
    from crosscheck.errors import InputError

    return InputError(message)


def _changed_files(ref: str, paths: list[str]) -> list[str]:
    """Files changed since ``ref`` (and files git does not track yet), relative to here."""
    import subprocess

    commands = (
        ["git", "diff", "--name-only", "--relative", "--diff-filter=d", ref, "--"],
        ["git", "ls-files", "--others", "--exclude-standard"],
    )
    changed: list[str] = []
    for command in commands:
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as error:
            raise _usage(f"--changed-since needs git: {error}") from None
        if done.returncode != 0:
            why = (done.stderr.strip().splitlines() or ["git failed"])[0]
            raise _usage(f"--changed-since {ref}: {why}")
        changed += [line for line in done.stdout.splitlines() if line]
    return changed


@contextmanager
def _progress(quiet: bool) -> Iterator[Update | None]:
    """A progress bar on stderr for long runs, only when stderr is a terminal (a line
    per stage: the dask engine tells its later stages too)."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from crosscheck.render.terminal import progress_bar

    with progress_bar(PROGRESS_MIN_SOURCES) as update:
        yield update


@app.command()
def claims(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders of .txt, .md, .html; '-' for stdin.")
    ],
    format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the list to FILE instead of stdout."),
    ] = None,
    stdin_name: Annotated[
        str, typer.Option("--stdin-name", help="Name for '-' in the output.")
    ] = "-",
) -> None:
    """List every claim read from PATHS, with its sentence, place and quantity."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.pipeline import list_claims

    try:
        stdin = sys.stdin.buffer if "-" in paths else None
        found = list_claims(paths, stdin=stdin, stdin_name=stdin_name)
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if format is ListFormat.json:
        from crosscheck.render.json import render_json

        _emit(render_json(found), output)
    else:
        from crosscheck.render.terminal import render_claims

        _emit_terminal(lambda console: render_claims(found, console), output)


@app.command()
def stories(
    paths: PathsArg,
    format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.text,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    stdin_name: StdinNameOpt = "-",
) -> None:
    """List the stories PATHS are grouped into: each story's sources, and what joined them
    (the names and terms they share, and the days both are about)."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.pipeline import list_stories

    try:
        settings = _settings(config, {})
        stdin = sys.stdin.buffer if "-" in paths else None
        with _progress(quiet=False) as progress:
            found = list_stories(
                paths,
                settings,
                stdin=stdin,
                stdin_name=stdin_name,
                progress=progress,
                jobs=_jobs(jobs),
                cache=None if no_cache else _cache(settings),
            )
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if format is ListFormat.json:
        from crosscheck.render.json import render_json

        _emit(render_json(found), output)
        return
    from crosscheck.render.terminal import render_stories

    _emit_terminal(lambda console: render_stories(found, console), output)


@app.command("eval")
def eval_(
    folder: Annotated[Path, typer.Argument(help="A folder of labelled cases (fixtures/).")],
    format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.text,
    gate: Annotated[
        Path | None,
        typer.Option(
            "--gate", help="A TOML file of minimum precision and recall; exit 1 below them."
        ),
    ] = None,
    mixed: Annotated[
        bool,
        typer.Option(
            "--mixed",
            help="Check every case's sources in one run, as one folder of many stories, and "
            "score each case on the findings about its sources.",
        ),
    ] = False,
) -> None:
    """Score conflict findings on labelled cases: precision, recall, F1, misses, false alarms."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.evaluate import evaluate, read_minimums

    try:
        minimums = read_minimums(gate) if gate else None
        result = evaluate(folder, mixed=mixed)
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except (OSError, KeyError, ValueError) as error:
        typer.echo(f"crosscheck: error: {gate}: cannot read the gate: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if format is ListFormat.json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        from crosscheck.render.terminal import make_console, render_evaluation

        render_evaluation(result, make_console())
    below = minimums is not None and (
        result.precision < minimums["precision"] or result.recall < minimums["recall"]
    )
    if below:
        typer.echo(f"crosscheck: below the gate in {gate}: {minimums}", err=True)
    raise typer.Exit(1 if below else 0)


@app.command()
def text(
    paths: SourcesArg = None,
    format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.text,
    output: OutputOpt = None,
    sources_from: SourcesFromOpt = None,
    config: ConfigOpt = None,
    no_cache: NoCacheOpt = False,
    stdin_name: StdinNameOpt = "-",
) -> None:
    """Print the text read from each source (JSON: each kept line with its line in the
    file, and what was skipped, with the reason)."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.texts import read_texts

    try:
        paths = _sources(paths, sources_from)
        settings = _settings(config, {})
        stdin = sys.stdin.buffer if "-" in paths else None
        found = read_texts(
            paths,
            settings,
            stdin=stdin,
            stdin_name=stdin_name,
            fetcher=_fetcher(settings, no_cache),
        )
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if format is ListFormat.json:
        _emit(found.model_dump_json(indent=2) + "\n", output)
    else:
        from crosscheck.render.texts import render_texts

        for item in found.skipped_files:
            typer.echo(f"crosscheck: skipped {item.path}: {item.reason}", err=True)
        _emit(render_texts(found), output)
    raise typer.Exit(0 if found.sources else EXIT_USAGE)


class SchemaName(StrEnum):
    report = "report"
    claims = "claims"
    text = "text"


@app.command()
def schema(
    name: Annotated[
        SchemaName,
        typer.Argument(
            help="'report' (run --format json), 'claims' or 'text' (their --format json)."
        ),
    ] = SchemaName.report,
) -> None:
    """Print the JSON Schema of what `run --format json` (or `claims`, `text`) writes."""
    from crosscheck.models import ClaimList, Record, Report
    from crosscheck.render.json import schema as record_schema

    model: type[Record] = Report
    if name is SchemaName.claims:
        model = ClaimList
    elif name is SchemaName.text:
        from crosscheck.texts import TextList

        model = TextList
    typer.echo(record_schema(model), nl=False)


def _emit_terminal(render: Callable[[Any], None], output: Path | None) -> None:
    """A terminal rendering on stdout, or written to ``output`` plain, 100 columns wide."""
    from io import StringIO

    from crosscheck.render.terminal import make_console

    if output is None:
        render(make_console())
        return
    buffer = StringIO()
    render(make_console(buffer, width=100, color=False))
    _emit(buffer.getvalue(), output)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    # Write atomically: a reader never sees a half-written report.
    directory = output.parent if str(output.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{output.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        # mkstemp makes the file private (0600); a report is as readable as any new file
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> None:
    """Console-script entry point: usage errors are one line on stderr, exit 2, as linters
    do; Ctrl-C exits 130 without a traceback."""
    # typer vendors click in some versions: find its UsageError through a public subclass.
    usage_error: type[Exception] = next(
        c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
    )
    try:
        code = app(standalone_mode=False)
    except usage_error as error:
        ctx = getattr(error, "ctx", None)
        if type(error).__name__ == "NoArgsIsHelpError" and ctx is not None:
            typer.echo(ctx.get_help(), err=True)  # bare `crosscheck`: the help, on stderr
        else:
            where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            message = getattr(error, "format_message", error.__str__)()
            typer.echo(f"crosscheck: error: {message}{where}", err=True)
        code = EXIT_USAGE
    except (typer.Abort, KeyboardInterrupt):
        code = EXIT_INTERRUPTED
    if code == EXIT_INTERRUPTED:  # typer returns Ctrl-C as this code, without a word
        typer.echo(INTERRUPTED, err=True)
    raise SystemExit(code if isinstance(code, int) else 0)
