"""Command line: parse arguments -> Settings -> check() -> render -> exit code."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from crosscheck import __version__

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


@app.command()
def run(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders of .txt, .md, .html; '-' for stdin.")
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to FILE instead of stdout."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when conflicts are found.")
    ] = False,
    stdin_name: Annotated[
        str, typer.Option("--stdin-name", help="Name for '-' in the report.")
    ] = "-",
) -> None:
    """Cross-check the numeric claims of PATHS; exit 1 if any conflict is found."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.pipeline import check

    try:
        stdin = sys.stdin.buffer if "-" in paths else None
        report = check(paths, stdin=stdin, stdin_name=stdin_name)
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if format is Format.json:
        from crosscheck.render.json import render_json

        _emit(render_json(report), output)
    else:
        from io import StringIO

        from crosscheck.render.terminal import make_console, render_terminal

        if output is None:
            render_terminal(report, make_console())
        else:
            buffer = StringIO()
            render_terminal(report, make_console(buffer, width=100, color=False))
            _emit(buffer.getvalue(), output)
    raise typer.Exit(0 if exit_zero else report.exit_code)


@app.command()
def claims(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders of .txt, .md, .html; '-' for stdin.")
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
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
    if format is Format.json:
        from crosscheck.render.json import render_json

        _emit(render_json(found), output)
    else:
        from io import StringIO

        from crosscheck.render.terminal import make_console, render_claims

        if output is None:
            render_claims(found, make_console())
        else:
            buffer = StringIO()
            render_claims(found, make_console(buffer, width=100, color=False))
            _emit(buffer.getvalue(), output)


@app.command("eval")
def eval_(
    folder: Annotated[Path, typer.Argument(help="A folder of labelled cases (fixtures/).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    gate: Annotated[
        Path | None,
        typer.Option(
            "--gate", help="A TOML file of minimum precision and recall; exit 1 below them."
        ),
    ] = None,
) -> None:
    """Score conflict findings on labelled cases: precision, recall, F1, misses, false alarms."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.evaluate import evaluate, read_minimums

    try:
        minimums = read_minimums(gate) if gate else None
        result = evaluate(folder)
    except CrosscheckError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except (OSError, KeyError, ValueError) as error:
        typer.echo(f"crosscheck: error: {gate}: cannot read the gate: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if format is Format.json:
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


class SchemaName(StrEnum):
    report = "report"
    claims = "claims"


@app.command()
def schema(
    name: Annotated[
        SchemaName,
        typer.Argument(help="'report' (run --format json) or 'claims' (claims --format json)."),
    ] = SchemaName.report,
) -> None:
    """Print the JSON Schema of what `run --format json` (or `claims --format json`) writes."""
    from crosscheck.models import ClaimList, Report
    from crosscheck.render.json import schema as record_schema

    typer.echo(record_schema(ClaimList if name is SchemaName.claims else Report), nl=False)


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
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> None:
    """Console-script entry point."""
    app()
