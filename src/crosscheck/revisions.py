"""How a conflict between reports of one toll reads when its figures follow one another in
publication order: a figure updated over time, not two sources contradicting each other at
one moment.

A toll rises over days (16 dead in the first report, 23 the next morning, 41 two days
later). The labelled sets count such an update as a conflict, since an editor must see the
latest figure, so it stays one; but it is reported with the lowest severity, and its reason
gives the order and the latest figure (``compare._update``). Sources that disagree at one
moment ("78 dead", said one governor; "28", said the other, the same day), or whose dates
are unknown, keep the severity their figures earn. Probe 16 (14 disasters and accidents)
shows both kinds: most of its real conflicts are tolls over time, a few are same-day
disagreements.
"""

from __future__ import annotations

from crosscheck.models import Kind, Severity
from crosscheck.relations import Verdict

# The mark ``compare._update`` leaves on a history read from publication dates (a history
# read from a stated rise, "the toll rose to 19", says "stated as a rise" instead).
_PUBLISHED = "(published "


def over_time(worst: Verdict, update: tuple[str, str] | None) -> Verdict:
    """``worst`` with the lowest severity when it is a conflict whose sides follow one
    another in publication order (``update``: the latest value and the dated history);
    else ``worst`` unchanged.

    >>> v = Verdict(Kind.CONFLICT, Severity.HIGH, "different figures")
    >>> dated = "116 (published 2024-07-02) then 121 (published 2024-07-03)"
    >>> over_time(v, ("121", dated)).severity
    <Severity.LOW: 'low'>
    >>> over_time(v, ("121", "116 then 121 (stated as a rise)")).severity
    <Severity.HIGH: 'high'>
    >>> over_time(v, None).severity
    <Severity.HIGH: 'high'>
    """
    if worst.kind is not Kind.CONFLICT or update is None or _PUBLISHED not in update[1]:
        return worst
    return Verdict(Kind.CONFLICT, Severity.LOW, worst.why)
