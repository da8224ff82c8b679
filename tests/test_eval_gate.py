"""The accuracy gate: precision and recall of conflict findings on the labelled cases."""

from __future__ import annotations

import tomllib
from pathlib import Path

from crosscheck.evaluate import evaluate, load_cases, read_minimums

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_labelled_cases_meet_the_gate() -> None:
    minimums = read_minimums(FIXTURES / "minimums.toml")
    result = evaluate(FIXTURES)
    detail = "\n".join(
        f"{case.case}: missed {len(case.misses)}, false alarms {list(case.false_alarms)}"
        for case in result.cases
        if case.misses or case.false_alarms
    )
    assert result.precision >= minimums["precision"], detail
    assert result.recall >= minimums["recall"], detail


def test_every_case_is_well_formed_with_hard_negatives() -> None:
    for case in load_cases(FIXTURES):
        sources = [p for p in case.path.iterdir() if p.suffix in {".txt", ".md", ".html"}]
        assert 2 <= len(sources) <= 8, case.path.name
        assert case.no_conflicts, f"{case.path.name} has no hard negatives"


def test_gate_is_only_ever_raised() -> None:
    data = tomllib.loads((FIXTURES / "minimums.toml").read_text())
    # The floor the gate started from; raising the gate means raising these too.
    assert data["precision"] >= 0.95 and data["recall"] >= 0.90


def test_an_article_two_cases_hold_is_one_document_in_a_mixed_run(tmp_path: Path) -> None:
    """A first-night story of two shootings may sit in both incidents' cases: in a mixed
    run its conflict with a case's other report is that case's hit, not a conflict
    across cases."""
    shared = (
        "Two shot in Dayton overnight\nPublished: 2016-06-02\n\n"
        "Police said Ann Cole, 20, was arrested in the Elm Street shooting on Wednesday.\n\n"
        "In a separate case, a man was found dead in a car in Xenia, police said.\n"
    )
    elm = (
        "Woman charged in Elm Street shooting\nPublished: 2016-06-03\n\n"
        "Ann Cole, 19, was charged on Thursday in the Elm Street shooting in Dayton.\n"
    )
    xenia = (
        "Body found in car in Xenia\nPublished: 2016-06-02\n\n"
        "A man was found dead in a parked car in Xenia on Wednesday, Greene County deputies "
        "said; the coroner will name him after an autopsy at the county morgue.\n"
    )
    label = '[[conflict]]\nwhy = "her age"\nclaims = { "shared.txt" = "20", "elm.txt" = "19" }\n'
    for case, files, expected in (
        ("elm", {"shared.txt": shared, "elm.txt": elm}, label),
        ("xenia", {"shared.txt": shared, "xenia.txt": xenia}, ""),
    ):
        (tmp_path / case).mkdir()
        (tmp_path / case / "expected.toml").write_text(f'about = "{case}"\n{expected}')
        for name, text in files.items():
            (tmp_path / case / name).write_text(text)
    alone, mixed = evaluate(tmp_path), evaluate(tmp_path, mixed=True)
    assert (alone.hits, alone.false_alarms) == (1, 0)
    assert (mixed.hits, mixed.false_alarms) == (1, 0)
