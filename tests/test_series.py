"""Issues of one recurring report are other periods; a copy with one changed figure is not."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check
from crosscheck.settings import Settings

MONTH = (
    "The chain said it had {a} stores open at the end of the month, the company said.\n"
    "Its payroll numbered {b} employees at the end of the month, the company said.\n"
    "It served {c} passengers during the month, the company said.\n"
)


def _conflicts(tmp_path: Path, *texts: str) -> int:
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    paths = sorted(str(p) for p in tmp_path.iterdir())
    return len(check(paths, Settings(one_story=True)).conflicts)


def test_two_issues_of_a_monthly_report_do_not_conflict(tmp_path: Path) -> None:
    # each issue has news of its own, so neither is a copy of the other
    one = MONTH.format(a=412, b=9100, c="1.2 mln") + (
        "Bad weather in the north kept shoppers at home for much of the period.\n"
        "Managers blamed a late Easter and strikes at two ports for the weak demand.\n"
    )
    two = MONTH.format(a=418, b=9240, c="1.4 mln") + (
        "A new loyalty scheme drew families back to the suburban branches.\n"
        "Executives credited warmer weather and an earlier holiday for the stronger trade.\n"
    )
    assert _conflicts(tmp_path, one, two) == 0


def test_a_rewrite_that_keeps_one_sentence_and_changes_its_figure_conflicts(
    tmp_path: Path,
) -> None:
    one = MONTH.format(a=412, b=9100, c="1.2 mln")
    two = (
        "Analysts noted the retailer runs 412 stores across the region.\n"
        "Its payroll numbered 9,400 employees at the end of the month, the company said.\n"
    )
    assert _conflicts(tmp_path, one, two) == 1


def test_issues_worded_a_little_differently_are_still_a_series(tmp_path: Path) -> None:
    # a weekly count's issues vary the verb and a word or two around the same template
    one = (
        "Drilling activity continued to slow last week as the number of active rigs fell "
        "by 38 to a total of 801, against 1,248 working rigs one year ago, the counter said.\n"
        "In Canada, the rig count dropped by 52 to a total of 131 working rigs, against 222 "
        "one year ago.\n"
    )
    # frames (figures masked) about 80 alike: under 85, over SERIES_FRAME_SIMILARITY
    two = (
        "Drilling activity picked up last week with the number of working rigs up by 23 to "
        "a total of 784, against 1,063 rigs a year earlier, the counter said.\n"
        "The Canadian rig count rose by 12 to a total of 143 active rigs, against 230 a "
        "year earlier.\n"
    )
    assert _conflicts(tmp_path, one, two) == 0


def test_two_updates_of_one_toll_are_no_series(tmp_path: Path) -> None:
    # two outlets' headlines fill one template with a toll's updates: one event's figures
    # told again, compared (the compare stage says which is the later)
    one = (
        "Condo collapse: Death toll rises to 4, 159 still missing\n\n"
        "Rescuers cut through concrete at the Surfside site on Friday with sonar and dogs.\n"
    )
    two = (
        "Condo collapse: Death toll rises to 11, 150 still missing\n\n"
        "Crews working through the rubble at Surfside found more victims over the weekend.\n"
    )
    assert _conflicts(tmp_path, one, two) == 2
