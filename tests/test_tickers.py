"""The company a document opens about, named with its ticker; and openings that name none."""

from __future__ import annotations

import pytest

from crosscheck.tickers import ticker_company


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("Shares of Amazon (AMZN 3.43%) jumped 7.1% in after-hours trading.", "amazon"),
        ("Microsoft (MSFT -1.30%) posted its latest earnings report on Jan. 30.", "microsoft"),
        ("Alphabet Inc (NASDAQ: GOOG), the parent company of Google, fell 7%.", "alphabet"),
        (
            "Capital One Financial Corp. (NYSE: COF) agreed to buy Discover.",
            "capital one financial",
        ),
        # an acronym in brackets, a number, no bracket: no ticker
        ("The World Health Organization (WHO) said on Monday that cases rose.", None),
        ("The Federal Bureau of Investigation (FBI) said two were killed.", None),
        ("Police said the gunman (22) opened fire at the mall.", None),
        ("Revenue grew 11% to $76.69 billion in the quarter.", None),
    ],
)
def test_ticker_company(opening: str, company: str | None) -> None:
    assert ticker_company(opening) == company
