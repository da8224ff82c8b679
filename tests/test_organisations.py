"""Which company a figure is about: names with a legal form, the owner of a figure."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.organisations import _FORM, organisation_subject, share_deal, shares_issuer
from crosscheck.pipeline import check
from crosscheck.settings import Settings

ISSUE = "{name} is raising {amount} mln dlrs through an offering of notes due 1997, said lead manager Kidder Peabody.\n"  # noqa: E501


def _conflicts(tmp_path: Path, a: str, b: str) -> int:
    for n, text in enumerate((a, b)):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    paths = sorted(str(p) for p in tmp_path.iterdir())
    return len(check(paths, Settings(one_story=True)).conflicts)


def test_two_issuers_figures_are_two_claims(tmp_path: Path) -> None:
    a = ISSUE.format(name="Torchmark Corp", amount=200)
    b = ISSUE.format(name="Commercial Credit Co", amount=150)
    assert _conflicts(tmp_path, a, b) == 0


def test_one_issuer_in_two_legal_forms_is_one_company(tmp_path: Path) -> None:
    a = ISSUE.format(name="Torchmark Corp", amount=200)
    b = "Torchmark Corporation is raising 250 mln dlrs in a sale of debentures, the insurer said.\n"
    assert _conflicts(tmp_path, a, b) == 1


def test_the_owner_of_a_figure_comes_before_the_speaker() -> None:
    t = "Rating Agency Corp said it cut 350 mln dlrs of senior debt of Paccar Inc."
    assert organisation_subject(t, t.index("350"), t.index(" of senior")) == "paccar"
    t = "Rating Agency Corp said Orion Holdings holds 500,000 shares of Paccar Inc."
    assert organisation_subject(t, t.index("500,000"), t.index(" shares")) == "orion"


# A name does not end in a legal form ("Bhd", "Ltd", "Inc" are forms, not names: "Bhd Corp"
# names no company), so generated names that do are left out.
NAMES = (
    st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=3)
    .map(" ".join)
    .filter(lambda name: not _FORM.fullmatch(name.split()[-1]))
)


@given(NAMES, st.sampled_from(["Corp", "Inc", "Ltd", "Plc", "AG", "Holdings"]))
def test_a_named_company_before_the_figure_is_its_subject(name: str, form: str) -> None:
    text = f"{name} {form} said it sold 40 mln dlrs of bonds to the public."
    start = text.index("40")
    assert organisation_subject(text, start, start + 11) == name.lower()


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_any_text_gives_a_key_or_none(text: str, start: int, length: int) -> None:
    found = organisation_subject(text, min(start, len(text)), min(start + length, len(text)))
    assert found is None or (found and found == found.lower())


def test_shares_of_two_companies_are_two_claims(tmp_path: Path) -> None:
    # one named holder (a stake whose holder is not named is not compared: below)
    a = "Dart Group Corp said it holds 1,483,886 Prime Medical shares after buying more.\n"
    b = "Dart Group Corp said it holds 365,375 Computer Memories shares, a filing showed.\n"
    assert _conflicts(tmp_path, a, b) == 0
    b = "Dart Group Corp said it holds 1,365,375 Prime Medical shares, a filing showed.\n"
    assert _conflicts(tmp_path, a, b) == 1


def test_counts_of_shares_of_different_deals_are_different_claims(tmp_path: Path) -> None:
    a = "Harris Associates said it raised its stake in Cyclops Corp to 437,425 shares.\n"
    b = "Harris Associates said Cyclops Corp filed for an offering of 1.2 mln shares.\n"
    assert _conflicts(tmp_path, a, b) == 0


def test_a_stake_whose_holder_is_not_named_is_not_compared(tmp_path: Path) -> None:
    a = "A group of investment firms said it lowered its stake in Cyclops Corp to 260,500 shares.\n"
    b = "Harris Associates L.P. said it cut its stake in Cyclops Corp to 437,425 shares.\n"
    assert _conflicts(tmp_path, a, b) == 0
    c = "Harris Associates L.P. said it has cut its stake in Cyclops Corp to 400,000 shares.\n"
    assert _conflicts(tmp_path, b, c) == 1


def test_the_old_value_of_a_change_of_shares_is_the_same_kind_and_previous() -> None:
    t = "It raised its stake in Wrather Corp to 816,000 shares, or 11.3 pct of the total outstanding from 453,300 shares."  # noqa: E501
    old = t.index("453,300")
    assert share_deal(t, old, old + 7) == "held"
    assert shares_issuer(t, old, old + 7) == "wrather"
