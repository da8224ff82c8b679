"""Sectors: an industry's jobs are a part of the economy's."""

from __future__ import annotations

import pytest
from tests.test_claims import claims_of

from crosscheck.sectors import sector_of, with_sectors


@pytest.mark.parametrize(
    ("text", "figure", "sector"),
    [
        ("Retail trade added 43,400 jobs after a loss.", "43,400", "retail trade"),
        ("Leisure and hospitality gained 43,000 jobs.", "43,000", "leisure and hospitality"),
        (
            "Leisure gained 4,000 jobs; professional business services added 28,000 jobs.",
            "28,000",
            "professional business services",
        ),
        ("U.S. employers added 256,000 jobs in December.", "256,000", None),
        ("U.S. added 256,000 jobs in December.", "256,000", None),
        ("The company said it would cut 1,200 jobs.", "1,200", None),
        # a relative clause's subject is the noun phrase before its comma
        (
            "Growth continued in professional, scientific, and technical services, which "
            "added 23,000 jobs in June.",
            "23,000",
            "technical services",
        ),
        ("The U.S. economy, which added 209,000 jobs, slowed.", "209,000", None),
    ],
)
def test_the_sector_a_jobs_count_is_of(text: str, figure: str, sector: str | None) -> None:
    assert sector_of(text, text.index(figure)) == sector


def test_a_sector_is_a_segment_of_its_own() -> None:
    claims = with_sectors(claims_of("Manufacturing experienced a loss of 13,000 jobs."))
    qualifiers = next(c.qualifiers for c in claims if c.quantity.text == "13,000")
    assert {"segment", "of manufacturing"} <= set(qualifiers)
