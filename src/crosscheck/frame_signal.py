"""A frame signal as a record: a name, the qualifier it gives a figure, its patterns
before and after the figure, what each pattern's window must hold (a ``normalize.Gate``),
the kinds of figure it applies to, and the examples it must and must not fire on.

The signals of scope (``scope.SIGNALS``) and of aspect (``aspects.ASPECTS``) are both
lists of these; each caller cuts its own windows around the figure and asks
:func:`qualifiers_of` which signals fire. The gates make a window that cannot match cost
a string test, not a search; ``tests/test_gates.py`` checks that every gate passes every
match of its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate, Window

# Text shorter than this is searched without its gates: lowering it for them costs more
# than the searches do (a run of figures leaves clauses of a few characters between them).
GATED_FROM_CHARS = 24


@dataclass(frozen=True)
class Signal:
    """A named frame signal: where it looks, its pattern, and examples of both kinds."""

    name: str
    qualifier: str
    before: re.Pattern[str] | None  # searched in the figure's clause before it
    after: re.Pattern[str] | None  # matched at the start of the text after it
    fires_on: tuple[str, ...]  # sentences with the figure in brackets: "killed [three] and"
    not_on: tuple[str, ...]
    # What every match of ``before`` and of ``after`` needs (see ``normalize.Gate``): a
    # window without it is not searched. None: always searched.
    before_gate: Gate | None = None
    after_gate: Gate | None = None
    # The kinds of figure the signal applies to. None: every kind.
    kinds: frozenset[QuantityKind] | None = None

    def fires(
        self, before: str, after: str, near_before: Window | None, near_after: Window | None
    ) -> bool:
        """Whether the signal fires on a figure with ``before`` and ``after`` it; the
        windows are those texts lowered once for the gates (None: search ungated)."""
        pattern = self.before
        if (
            pattern is not None
            and (
                near_before is None or self.before_gate is None or near_before.may(self.before_gate)
            )
            and pattern.search(before)
        ):
            return True
        pattern = self.after
        return (
            pattern is not None
            and (near_after is None or self.after_gate is None or near_after.may(self.after_gate))
            and pattern.match(after) is not None
        )


def qualifiers_of(
    signals: Iterable[Signal], before: str, after: str, kind: QuantityKind | None = None
) -> set[str]:
    """The qualifiers of the ``signals`` that fire on a figure of ``kind`` (None: a signal
    for every kind is asked) with the text ``before`` and ``after`` it.

    >>> rule = Signal("a tally", "tally", re.compile(r"so far$"), None, (), (),
    ...               before_gate=Gate(holds=("far",)))
    >>> qualifiers_of([rule], "the toll so far", " rose"), qualifiers_of([rule], "so", " far")
    ({'tally'}, set())
    """
    near_before = Window(before) if len(before) >= GATED_FROM_CHARS else None
    near_after = Window(after) if len(after) >= GATED_FROM_CHARS else None
    return {
        signal.qualifier
        for signal in signals
        if (signal.kinds is None or (kind is not None and kind in signal.kinds))
        and signal.fires(before, after, near_before, near_after)
    }


# What a family of signals reads of one claim: its qualifiers, from the claim and the span of
# its figure in its sentence's text (start and end within that text).
ClaimSignals = Callable[[Claim, str, int, int], set[str]]


def add_qualifiers(
    claims: Sequence[Claim], signals: ClaimSignals, only: Collection[str] | None = None
) -> list[Claim]:
    """``claims``, each with the qualifiers ``signals`` reads of it added (sorted, once).

    A claim whose figure lies outside its sentence's text is passed through unchanged, and
    so is one whose counted thing is not in ``only`` (when given: signals of one kind of
    count, "patients", "jobs").
    """
    if only is not None and not any(c.counted in only for c in claims):
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        if only is not None and claim.counted not in only:
            out.append(claim)
            continue
        q = claim.quantity
        text = claim.sentence.text
        start, end = q.start - claim.sentence.start, q.end - claim.sentence.start
        if not 0 <= start <= end <= len(text):
            out.append(claim)
            continue
        new = signals(claim, text, start, end) - set(claim.qualifiers)
        if new:
            claim = claim.model_copy(
                update={"qualifiers": tuple(sorted({*claim.qualifiers, *new}))}
            )
        out.append(claim)
    return out
