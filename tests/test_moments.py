"""Weekdays read as the day of the incident, and compared by name."""

from __future__ import annotations

import pytest

from crosscheck.models import Quantity, Sentence
from crosscheck.moments import incident_duration, read_weekdays, relate_weekdays, weekday_event


def _weekdays(text: str) -> list[str]:
    s = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    return [q.text for q in read_weekdays(s, text)]


def _event(text: str, day: str) -> str | None:
    at = text.index(day)
    return weekday_event(text, at, at + len(day))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The baby was shot about 4 p.m. Saturday.", ["Saturday"]),
        ("He was arrested on Friday, June 7, in Ohio.", []),  # the date says it
        ("Shops opened early on Black Friday.", []),
        ("Monday's shooting left two dead.", ["Monday"]),
    ],
)
def test_read_weekdays(text: str, days: list[str]) -> None:
    assert _weekdays(text) == days


@pytest.mark.parametrize(
    ("text", "day", "event"),
    [
        ("A baby was shot and severely wounded on Sunday by her father.", "Sunday", "attack"),
        ("They were hurt in a deadly Sunday night shooting.", "Sunday", "attack"),
        (
            "He was cleaning the gun at about 4 p.m. Saturday when it discharged.",
            "Saturday",
            "attack",
        ),
        ("The trial in the 2014 fatal shooting is to begin Tuesday.", "Tuesday", None),
        ("The shooting was reported Thursday at 2:45 p.m.", "Thursday", None),
        ("Marcela was gravely wounded and died Sunday.", "Sunday", "death"),  # hers: a person's
        ("Marcela died Sunday of wounds from Friday's shooting spree.", "Friday", "attack"),
        ("She died Sunday of wounds sustained in Friday's Santa Monica rampage.", "Friday", None),
        ("Two unrelated shootings on Tuesday kept the city on edge.", "Tuesday", None),
        ("Investigators said Monday that the gun was stolen.", "Monday", None),
        ("Police continued an investigation into the fatal shooting Tuesday.", "Tuesday", None),
        ("A man was killed in a shooting Tuesday.", "Tuesday", "attack"),
        ("The sale came before the deal with Hutton was struck Friday.", "Friday", None),
        ("A girl was struck by a stray bullet Monday night.", "Monday", "attack"),
        (
            "The gun discharged, striking their 9-month-old daughter on Saturday.",
            "Saturday",
            "attack",
        ),
        ("Talks went on before striking a deal with Hutton on Friday.", "Friday", None),
        (
            "The shootings follow a Saturday night incident in which a man was shot.",
            "Saturday",
            None,
        ),
        ("They were injured following a deadly Sunday night shooting.", "Sunday", "attack"),
        ("The teen who was hurt was in critical condition on Saturday morning.", "Saturday", None),
        ("Friday afternoon, police received a call about a shooting.", "Friday", "attack"),
        ("On Sunday, the mayor called for stiffer penalties.", "Sunday", None),
    ],
)
def test_weekday_event(text: str, day: str, event: str | None) -> None:
    assert _event(text, day) == event


def day(text: str) -> Quantity:
    """The first weekday read from ``text`` as a sentence of its own."""
    s = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    return read_weekdays(s, text)[0]


def test_small_hours_are_the_night_before() -> None:
    night = day("Two officers were shot Sunday night.")
    small_hours = day("A man was shot early Monday at a truck stop.")
    later = day("A man was shot Monday afternoon.")
    assert relate_weekdays(night, small_hours) == "night"
    assert relate_weekdays(night, later) == "different"


@pytest.mark.parametrize(
    ("text", "figure", "found"),
    [
        ("He went on a 15-minute rampage.", "15", ("attack", "minute")),
        ("It was a thirteen-minute-long shooting spree.", "thirteen", ("attack", "minute")),
        ("The spree lasted 10 minutes, police said.", "10", ("attack", "minute")),
        ("The standoff went on for about three hours.", "three", ("standoff", "hour")),
        ("He served a 15-year sentence.", "15", None),
        ("He waited 10 minutes before the shooting.", "10", None),
    ],
)
def test_incident_duration(text: str, figure: str, found: tuple[str, str] | None) -> None:
    at = text.index(figure)
    assert incident_duration(text, at, at + len(figure)) == found


def test_parts_of_one_day() -> None:
    afternoon = day("Police got a call Friday afternoon.")
    evening = day("A man was shot Friday evening.")
    night = day("It happened Friday night.")
    friday = day("It happened Friday.")
    assert afternoon.text == "Friday afternoon"
    assert relate_weekdays(afternoon, night) == "different"
    assert relate_weekdays(afternoon, evening) == "same"  # one moment told two ways
    assert relate_weekdays(friday, night) == "same"


def test_a_weekday_a_disaster_struck_on_is_no_shootings_day() -> None:
    t = "Some mudslides took place in the predawn hours Monday, catching villagers unaware."
    assert weekday_event(t, t.index("Monday"), t.index("Monday") + 6) is None
    t = "Three people were killed in China, where Morakot struck Sunday."
    assert weekday_event(t, t.index("Sunday"), t.index("Sunday") + 6) is None


def event(text: str) -> str | None:
    """The event the time '9:08 ...' in ``text`` dates (``dated_event``), or None."""
    from crosscheck.grammar import WORD, Token
    from crosscheck.moments import dated_event

    toks = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    at = text.index("9:08")
    found = dated_event(toks, at, at + 9)
    return found[0] if found else None


def test_fired_is_gunfire_when_rounds_or_a_target_follow() -> None:
    assert event("At 9:08 a.m. the girl fired multiple rounds in the hallway.") == "attack"
    assert event("At 9:08 a.m. a man fired at officers from a car.") == "attack"
    assert event("At 9:08 a.m. the coach was fired from his job.") == "resignation"
    # gunfire before "fired", or a few words after it
    assert event("Callers reported shots fired behind the lounge at 9:08 a.m.") == "attack"
    assert event("At 9:08 a.m. shots were being fired near the bus station.") == "attack"
    assert event("At 9:08 a.m. he fired a barrage of bullets at the car.") == "attack"


def test_released_information_is_an_announcement_not_a_launch() -> None:
    assert event("At 9:08 a.m. police released cruiser camera footage.") == "announcement"
    assert event("In a statement released at 9:08 a.m., police named him.") == "announcement"
    assert event("The phone was released at 9:08 a.m. in Tokyo.") == "launch"
    assert event("Seven were shot during a video release party at 9:08 a.m.") != "announcement"


def test_where_it_was_said_dates_nothing_reported_before_it() -> None:
    # the press conference is when the chief spoke, not when the officer was shot
    said = (
        "The officer was shot at 9:08 a.m. Friday, the chief said during a Saturday press"
        " conference."
    )
    assert event(said) is None
    assert event("The man was hit at 9:08 a.m., police told reporters at a briefing.") is None
    # a figure after the attribution, or a conference with no speech verb, keeps its event
    assert event("The chief said at a press conference that began at 9:08 a.m.") == "meeting"
    assert event("The press conference began at 9:08 a.m. on Saturday.") == "meeting"
    # a speech verb with no place of saying: the event after it may still be dated
    assert event("At 9:08 a.m., police said, the shooting began.") == "attack"


def test_a_figure_that_fell_is_no_capture() -> None:
    # 'fell' and 'plunged' with a figure after them are what a figure did
    assert event("Revenue fell 13% to $17.38 billion at 9:08 a.m. on Friday.") is None
    assert event("Cash fell to $11.8 billion from $16.4 billion at 9:08 a.m.") is None
    assert event("Shares plunged 20% at 9:08 a.m.") is None
    # with none, the event they name
    assert event("The city fell to the rebels at 9:08 a.m. on Friday.") == "capture"
    assert event("The bus plunged into a gorge at 9:08 a.m.") == "disaster"


def test_an_event_the_earlier_one_was_for_dates_nothing() -> None:
    # 'for a fire' after the time: what the call was for, not when the fire began
    assert event("Crews were called to a house at 9:08 a.m. for a fire.") == "call"
    assert event("He was arrested at 9:08 a.m. for the shooting.") == "arrest"
    # with no event before the time, the one after it still dates it
    assert event("At 9:08 a.m. came the shooting.") == "attack"


def test_a_purpose_before_the_time_is_not_after_it() -> None:
    # "arrested for June 6 shooting": 'for' comes before the date, so the shooting dates it
    assert event("Abdi was arrested for the 9:08 a.m. shooting of a girl.") == "attack"


def test_a_calls_time_is_nobodys_named() -> None:
    from tests.test_claims import claims_of

    # the place and the speaker named around it made no call
    for text in (
        "She was shot by an officer in southeast Columbus Tuesday after officers were called"
        " to her home just after 4:30 p.m. for a disturbance.",
        "Officers were dispatched to the Walnut Heights area of Columbus on Tuesday afternoon"
        " at 4:36 p.m. when they received a call, interim Chief Michael Woods said.",
    ):
        assert [(c.counted, c.actor) for c in claims_of(text)] == [("time of call", None)]
