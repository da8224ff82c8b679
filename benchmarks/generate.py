"""Generate a deterministic corpus of synthetic news articles for benchmarking crosscheck.

    python benchmarks/generate.py /tmp/bench/c300 --docs 300 [--seed 1] [--same-event]
        [--known-places]

Articles are grouped by event (3-8 articles each, across many topics). Every article about
an event reports some of that event's number-bearing claims, each through one of several
paraphrased frames, between filler sentences. A known share of the figures is perturbed,
so conflicts exist, and some articles are syndicated copies of another. ``--same-event``
makes every article report one troop-deployment event: one huge alignment block.
Places are made up ("Region 17", "Karvesh Province") unless ``--known-places`` sets each
event in a real country, which crosscheck recognises as an actor.

Only the standard library is used and every choice comes from ``random.Random(seed)``, so
the same arguments write byte-identical files. ``OUTDIR/manifest.json`` records what was
written (documents, bytes, seed, perturbed figures, copies).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

# --- corpus shape ------------------------------------------------------------------------

# Articles per event: a story covered by a handful of outlets, as in a news aggregator.
MIN_ARTICLES_PER_EVENT = 3
MAX_ARTICLES_PER_EVENT = 8
# Body length in words: a typical wire story runs 400-900 words (about 3-6 KB).
MIN_WORDS = 400
MAX_WORDS = 900
# Share of claim mentions whose figure is perturbed: the conflicts the tool should find.
PERTURB_SHARE = 0.10
# A perturbed figure is off by 12-45% either way: clearly a different figure, not rounding.
PERTURB_MIN = 0.12
PERTURB_MAX = 0.45
# Share of articles that are syndicated copies of an earlier article on the same event.
COPY_SHARE = 0.08
# Sentences per paragraph: wire copy uses short paragraphs.
MIN_PARAGRAPH_SENTENCES = 1
MAX_PARAGRAPH_SENTENCES = 4
# Share of body sentences that carry one of the event's claims (the rest are filler);
# news prose is mostly context, quotes and background around a few key figures.
CLAIM_SENTENCE_SHARE = 0.15
# Significant digits kept when a figure is drawn or perturbed: reported figures are round.
SIGNIFICANT_DIGITS = 2
# Regions are numbered 1..REGION_COUNT, so events in different regions do not share a place.
REGION_COUNT = 400
# First publication year of the corpus; events are spread over PUBLICATION_YEARS years.
FIRST_YEAR = 2021
PUBLICATION_YEARS = 4
DAYS_IN_SHORTEST_MONTH = 28

# --- vocabulary --------------------------------------------------------------------------

OUTLETS = (
    "Daily Ledger", "Morning Courier", "Evening Standard Review", "The Harbour Post",
    "Continental Wire", "Northern Gazette", "Valley Herald", "Metro Observer",
    "Global Dispatch", "The Plain Dealer Weekly", "Coastal Times", "Capital Report",
    "Frontier Journal", "Union Tribune Online", "Lakeside Chronicle", "The Bulletin",
)  # fmt: skip
SYLLABLES = (
    "kar", "ves", "ol", "len", "dra", "mir", "tan", "bel", "os", "quin", "rud", "sal",
    "vor", "nik", "ash", "ter", "lio", "gan", "pel", "zar", "mon", "ibe", "cor", "dun",
)  # fmt: skip
FIRST_NAMES = (
    "Anna", "Marek", "Lucia", "Tomas", "Amira", "Jonas", "Priya", "Daniel", "Sofia",
    "Kwame", "Elena", "Omar", "Hana", "Victor", "Leila", "Pavel", "Grace", "Ibrahim",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
# Real country names (in crosscheck's entity lexicon) for --known-places.
COUNTRIES = (
    "Chile", "Peru", "Brazil", "Argentina", "Mexico", "Canada", "Nigeria", "Kenya",
    "Ethiopia", "Egypt", "Morocco", "Ghana", "Turkey", "Iran", "Iraq", "Pakistan", "India",
    "Nepal", "Bangladesh", "Indonesia", "Vietnam", "Thailand", "Japan", "Philippines",
    "Australia", "France", "Germany", "Italy", "Spain", "Poland", "Romania", "Greece",
    "Sweden", "Norway", "Ukraine", "Georgia", "Colombia", "Bolivia", "Ecuador", "Sudan",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SPEAKERS = (
    "Local residents", "Several analysts", "Aid workers", "A senior official",
    "Opposition lawmakers", "Community leaders", "Independent observers", "The ministry",
    "Regional authorities", "A spokesperson for the agency", "Witnesses", "Diplomats",
    "Economists", "Union representatives", "Hospital staff", "Industry groups",
    "A government adviser", "Critics of the plan", "Supporters of the measure",
    "Researchers who studied the matter", "Neighbours", "Volunteers at the scene",
)  # fmt: skip
VERBS = (
    "said", "warned", "noted", "argued", "cautioned", "insisted", "suggested",
    "acknowledged", "told reporters", "wrote in a statement", "conceded", "stressed",
    "predicted", "complained", "added", "maintained",
)  # fmt: skip
CLAUSES = (
    "the situation remained uncertain",
    "more information would be released in the coming days",
    "the response had been slower than many had hoped",
    "questions about accountability would not go away quickly",
    "the decision had been taken without proper consultation",
    "it was too early to draw firm conclusions",
    "lessons from earlier crises had not been learned",
    "coordination between agencies had improved markedly",
    "the pressure on local services was becoming hard to manage",
    "the full picture would only emerge after an independent review",
    "public confidence had been shaken by the events of the past week",
    "there was little appetite for another round of talks",
    "the cost of inaction would be far higher in the long run",
    "officials had underestimated the scale of the problem",
    "the plan relied on assumptions that were hard to test",
    "ordinary families were bearing the brunt of the disruption",
    "the authorities had promised a transparent investigation",
    "they expected the debate to continue well into next year",
    "the outcome would shape policy for a generation",
    "the story was far from over",
    "people were still trying to make sense of what had happened",
    "a clearer strategy was urgently needed",
    "the numbers told only part of the story",
    "several key questions remained unanswered",
)  # fmt: skip
TAILS = (
    "", "", "", " on {weekday}", " in a statement on {weekday}", " during a briefing",
    ", speaking on condition of anonymity", " in an interview", " late on {weekday}",
    " at a news conference in the capital", " in remarks broadcast on national television",
)  # fmt: skip
STANDALONE = (
    "It was not immediately clear how the figures had been compiled.",
    "The {noun} in {place} has drawn renewed attention to {issue}.",
    "Footage shared online appeared to show the extent of the {noun}.",
    "Officials in {place} did not respond to requests for comment.",
    "The {noun} comes at a difficult moment for the government.",
    "Few people in {place} expected events to unfold so quickly.",
    "Questions about {issue} have been raised repeatedly in recent years.",
    "The latest developments follow weeks of speculation about {issue}.",
    "Observers say the {noun} could have lasting consequences for {place}.",
    "Several international bodies have called for calm and restraint.",
    "Reporters who visited {place} described a tense but orderly scene.",
    "A full account of the {noun} is expected to be published later this year.",
    "Background: the debate over {issue} has divided opinion for decades.",
    "Many residents of {place} say they learned of the {noun} from social media.",
    "The government has faced criticism over its handling of {issue}.",
    "Markets and diplomats alike were watching the {noun} closely.",
    "Some of the details could not be independently verified.",
    "The mood in {place} was described by one resident as anxious but determined.",
)  # fmt: skip


@dataclass(frozen=True)
class ClaimSpec:
    """One figure an event has, and the frames reporters use to state it ({n} is the figure)."""

    low: int
    high: int
    form: str  # how the figure is written: count, money_m, money_bn, percent, km
    frames: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """A kind of story: its event noun, what it raises, headlines and claims."""

    name: str
    noun: str
    issues: tuple[str, ...]
    headlines: tuple[str, ...]
    claims: tuple[ClaimSpec, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "disaster",
        "earthquake",
        ("building codes", "emergency preparedness", "disaster relief funding"),
        ("Powerful earthquake strikes {place}", "Rescuers search rubble after {place} quake"),
        (
            ClaimSpec(
                50,
                3000,
                "count",
                (
                    "At least {n} people were killed in the earthquake in {place}, officials said.",
                    "The earthquake in {place} killed at least {n} people, according to officials.",
                    "Officials said the death toll from the {place} quake stood at {n} people.",
                ),
            ),
            ClaimSpec(
                200,
                9000,
                "count",
                (
                    "More than {n} people were injured when the quake struck {place}.",
                    "Hospitals in {place} treated {n} people injured in the earthquake.",
                    "Some {n} people were injured in the earthquake, the health ministry said.",
                ),
            ),
            ClaimSpec(
                1000,
                90000,
                "count",
                (
                    "About {n} buildings were damaged or destroyed across {place}.",
                    "The quake damaged roughly {n} buildings in {place}, engineers estimated.",
                ),
            ),
            ClaimSpec(
                5000,
                400000,
                "count",
                (
                    "Around {n} residents were evacuated from {place} after the quake.",
                    "Authorities evacuated {n} residents from the worst-hit parts of {place}.",
                ),
            ),
        ),
    ),
    Topic(
        "flood",
        "flooding",
        ("climate adaptation", "river defences", "land use planning"),
        ("Deadly floods sweep through {place}", "Rising waters force evacuations in {place}"),
        (
            ClaimSpec(
                10,
                900,
                "count",
                (
                    "The floods in {place} have killed {n} people, the disaster agency said.",
                    "At least {n} people died in the flooding in {place}.",
                    "Flooding killed {n} people in {place}, according to the disaster agency.",
                ),
            ),
            ClaimSpec(
                2000,
                600000,
                "count",
                (
                    "Some {n} people were displaced by the flooding in {place}.",
                    "The floods displaced {n} people across {place}, aid groups said.",
                ),
            ),
            ClaimSpec(
                10,
                900,
                "money_m",
                (
                    "Damage from the floods in {place} was estimated at {n}.",
                    "Insurers put the cost of the flood damage in {place} at {n}.",
                ),
            ),
        ),
    ),
    Topic(
        "election",
        "election",
        ("electoral reform", "voter turnout", "campaign finance"),
        ("{actor} claims victory in {place} election", "Voters in {place} head to the polls"),
        (
            ClaimSpec(
                35,
                85,
                "percent",
                (
                    "Turnout in the {place} election reached {n}, the electoral commission said.",
                    "The electoral commission said turnout was {n} in {place}.",
                ),
            ),
            ClaimSpec(
                100000,
                9000000,
                "count",
                (
                    "{actor} won {n} votes in the election, official results showed.",
                    "Official results gave {actor} {n} votes.",
                    "{actor} received {n} votes, according to the official count.",
                ),
            ),
            ClaimSpec(
                40,
                400,
                "count",
                (
                    "{actor} secured {n} seats in the new parliament.",
                    "The party led by {actor} won {n} seats, results showed.",
                ),
            ),
        ),
    ),
    Topic(
        "finance",
        "merger",
        ("market concentration", "shareholder rights", "regulatory oversight"),
        ("{actor} agrees takeover deal", "Shares jump as {actor} announces acquisition"),
        (
            ClaimSpec(
                1,
                90,
                "money_bn",
                (
                    "{actor} agreed to buy its rival for {n}, the companies said.",
                    "The deal values the target at {n}, {actor} said in a filing.",
                    "{actor} will pay {n} for the business under the agreement.",
                ),
            ),
            ClaimSpec(
                500,
                40000,
                "count",
                (
                    "The combined company will employ {n} workers, {actor} said.",
                    "{actor} said the merged group would have about {n} workers.",
                ),
            ),
            ClaimSpec(
                3,
                45,
                "percent",
                (
                    "Shares of {actor} rose {n} on the news.",
                    "{actor} stock gained {n} after the announcement.",
                ),
            ),
        ),
    ),
    Topic(
        "sport",
        "final",
        ("player welfare", "ticket prices", "broadcasting rights"),
        ("{actor} win dramatic final", "Record crowd watches {actor} lift the trophy"),
        (
            ClaimSpec(
                20000,
                95000,
                "count",
                (
                    "A crowd of {n} spectators watched the final in {place}.",
                    "The final in {place} drew {n} spectators, organisers said.",
                    "Organisers said {n} spectators attended the match in {place}.",
                ),
            ),
            ClaimSpec(
                2,
                60,
                "money_m",
                (
                    "{actor} received prize money of {n} for the title.",
                    "The title earned {actor} prize money worth {n}.",
                ),
            ),
        ),
    ),
    Topic(
        "science",
        "study",
        ("research funding", "open data", "scientific reproducibility"),
        ("New study from {place} challenges earlier findings", "Scientists report {place} results"),
        (
            ClaimSpec(
                300,
                90000,
                "count",
                (
                    "The study followed {n} participants in {place} over several years.",
                    "Researchers in {place} tracked {n} participants for the study.",
                    "A total of {n} participants took part in the {place} study.",
                ),
            ),
            ClaimSpec(
                5,
                60,
                "percent",
                (
                    "Participants who exercised had a risk that was {n} lower, the authors found.",
                    "The authors reported a risk reduction of {n} among those who exercised.",
                ),
            ),
            ClaimSpec(
                1,
                90,
                "money_m",
                (
                    "The project in {place} was funded with a grant of {n}.",
                    "Funding for the {place} project totalled {n}.",
                ),
            ),
        ),
    ),
    Topic(
        "conflict",
        "offensive",
        ("civilian protection", "arms exports", "ceasefire monitoring"),
        ("Fighting intensifies near {place}", "{actor} sends more troops to {place}"),
        (
            ClaimSpec(
                1000,
                60000,
                "count",
                (
                    "{actor} has deployed {n} troops to the front near {place}, officials said.",
                    "Officials said {actor} sent {n} troops to {place}.",
                    "About {n} troops from {actor} were moved to {place}, intelligence shows.",
                ),
            ),
            ClaimSpec(
                20,
                3000,
                "count",
                (
                    "At least {n} civilians were killed in the fighting around {place}.",
                    "The fighting around {place} has killed {n} civilians, monitors said.",
                ),
            ),
            ClaimSpec(
                5,
                400,
                "km",
                (
                    "The front line near {place} stretches for {n}, military analysts said.",
                    "Analysts said the front near {place} now runs for {n}.",
                ),
            ),
        ),
    ),
    Topic(
        "health",
        "outbreak",
        ("vaccine supply", "hospital capacity", "public health spending"),
        ("Health officials race to contain {place} outbreak", "Cases climb in {place} outbreak"),
        (
            ClaimSpec(
                100,
                80000,
                "count",
                (
                    "Health officials have confirmed {n} cases in the outbreak in {place}.",
                    "The outbreak in {place} has grown to {n} confirmed cases.",
                    "There have been {n} confirmed cases in {place}, the health ministry said.",
                ),
            ),
            ClaimSpec(
                5,
                900,
                "count",
                (
                    "The outbreak has killed {n} people in {place}.",
                    "At least {n} people have died in the {place} outbreak, officials said.",
                ),
            ),
            ClaimSpec(
                10000,
                2000000,
                "count",
                (
                    "Authorities plan to vaccinate {n} people in {place} this month.",
                    "A campaign to vaccinate {n} people in {place} begins this week.",
                ),
            ),
        ),
    ),
    Topic(
        "transport",
        "strike",
        ("public transport investment", "labour law", "wage bargaining"),
        ("Rail strike halts services across {place}", "Commuters stranded as {place} strike"),
        (
            ClaimSpec(
                2000,
                90000,
                "count",
                (
                    "About {n} rail workers walked out in {place}, the union said.",
                    "The union said {n} rail workers joined the strike in {place}.",
                ),
            ),
            ClaimSpec(
                200,
                9000,
                "count",
                (
                    "The strike forced the cancellation of {n} trains in {place}.",
                    "Operators cancelled {n} trains across {place} because of the strike.",
                ),
            ),
            ClaimSpec(
                2,
                15,
                "percent",
                (
                    "The union is demanding a pay rise of {n} for its members.",
                    "Workers in {place} want a pay rise of {n}, union leaders said.",
                ),
            ),
        ),
    ),
)

# --same-event: one troop-deployment event reported by every article.
SAME_EVENT_TOPIC = "conflict"
SAME_EVENT_REGION = 17


@dataclass(frozen=True)
class Event:
    """One story: its topic, place, actor, date and the true figure of each claim."""

    topic: Topic
    place: str
    actor: str
    date: tuple[int, int, int]
    figures: tuple[int, ...]


@dataclass
class Tally:
    """What the generator wrote, for the manifest."""

    mentions: int = 0
    perturbed: int = 0
    copies: int = 0
    words: int = 0


def name(rng: random.Random, parts: int) -> str:
    """A pronounceable made-up name from ``parts`` syllables."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def round_figure(value: float) -> int:
    """``value`` rounded to SIGNIFICANT_DIGITS significant digits, at least 1."""
    whole = max(1, round(value))
    digits = len(str(whole))
    step = 10 ** max(0, digits - SIGNIFICANT_DIGITS)
    return max(1, round(whole / step) * step)


def write_figure(value: int, form: str) -> str:
    """The figure as a reporter would write it."""
    if form == "percent":
        return f"{value}%"
    if form == "money_m":
        return f"${value} million"
    if form == "money_bn":
        return f"${value} billion"
    if form == "km":
        return f"{value} kilometres"
    return f"{value:,}"


def make_event(rng: random.Random, topic: Topic, region: int, known_places: bool) -> Event:
    """An event of ``topic`` with fresh figures."""
    if known_places:
        place = COUNTRIES[region % len(COUNTRIES)]
    elif rng.random() < 0.5:
        place = f"Region {region}"
    else:
        place = f"{name(rng, 2)} Province"
    actor = name(rng, rng.choice((2, 3)))
    if topic.name == "sport":
        actor = f"{actor} United"
    date = (
        FIRST_YEAR + rng.randrange(PUBLICATION_YEARS),
        rng.randrange(len(MONTHS)) + 1,
        rng.randrange(DAYS_IN_SHORTEST_MONTH) + 1,
    )
    figures = tuple(round_figure(rng.uniform(spec.low, spec.high)) for spec in topic.claims)
    return Event(topic, place, actor, date, figures)


def perturb(rng: random.Random, value: int) -> int:
    """A clearly different figure: ``value`` moved 12-45% up or down, then rounded."""
    factor = rng.uniform(PERTURB_MIN, PERTURB_MAX)
    moved = value * (1 + factor) if rng.random() < 0.5 else value * (1 - factor)
    result = round_figure(moved)
    return result if result != value else value + 1


def filler(rng: random.Random, event: Event) -> str:
    """A sentence without figures: a quote-like remark or a line of context."""
    slots = {
        "weekday": rng.choice(WEEKDAYS),
        "place": event.place,
        "noun": event.topic.noun,
        "issue": rng.choice(event.topic.issues),
    }
    if rng.random() < 0.35:
        return rng.choice(STANDALONE).format(**slots)
    tail = rng.choice(TAILS).format(**slots)
    return f"{rng.choice(SPEAKERS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}{tail}."


def claim_sentence(rng: random.Random, event: Event, index: int, tally: Tally) -> str:
    """One of the event's claims in one of its frames, its figure perturbed now and then."""
    spec = event.topic.claims[index]
    value = event.figures[index]
    tally.mentions += 1
    if rng.random() < PERTURB_SHARE:
        value = perturb(rng, value)
        tally.perturbed += 1
    frame = rng.choice(spec.frames)
    return frame.format(n=write_figure(value, spec.form), place=event.place, actor=event.actor)


def article(rng: random.Random, event: Event, outlet: str, tally: Tally) -> str:
    """A full article about ``event`` as published by ``outlet``."""
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    year, month, day = event.date
    reporter = f"{rng.choice(FIRST_NAMES)} {name(rng, 2)}"
    headline = rng.choice(event.topic.headlines).format(place=event.place, actor=event.actor)
    head = [headline, "", f"By {reporter}, {outlet}", f"{MONTHS[month - 1]} {day}, {year}", ""]
    order = list(range(len(event.topic.claims)))
    rng.shuffle(order)
    # Every article leads with a claim, then mixes the rest of its claims into the filler.
    sentences = [claim_sentence(rng, event, order[0], tally)]
    words = len(sentences[0].split())
    pending = order[1:]
    while words < target:
        if rng.random() < CLAIM_SENTENCE_SHARE:
            index = pending.pop(0) if pending else rng.randrange(len(event.topic.claims))
            sentence = claim_sentence(rng, event, index, tally)
        else:
            sentence = filler(rng, event)
        sentences.append(sentence)
        words += len(sentence.split())
    tally.words += words
    paragraphs = []
    while sentences:
        size = rng.randint(MIN_PARAGRAPH_SENTENCES, MAX_PARAGRAPH_SENTENCES)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    return "\n".join(head) + "\n" + "\n\n".join(paragraphs) + "\n"


def syndicate(rng: random.Random, original: str, outlet: str, tally: Tally) -> str:
    """A republished copy: new byline, the last paragraph trimmed, a credit line added."""
    lines = original.rstrip("\n").split("\n")
    origin = lines[2].split(", ", 1)[1]
    lines[2] = f"{lines[2].split(',', 1)[0]}, {outlet}"
    body = "\n".join(lines)
    cut = body.rfind("\n\n")
    if cut > len(body) // 2 and rng.random() < 0.7:
        body = body[:cut]
    tally.copies += 1
    tally.words += len(body.split())
    return f"{body}\n\nThis article was first published by {origin}.\n"


def plan_events(
    rng: random.Random, docs: int, same_event: bool, known_places: bool
) -> list[tuple[Event, int]]:
    """Events and how many articles each gets, adding up to ``docs``."""
    if same_event:
        topic = next(t for t in TOPICS if t.name == SAME_EVENT_TOPIC)
        return [(make_event(rng, topic, SAME_EVENT_REGION, known_places), docs)]
    plan: list[tuple[Event, int]] = []
    left = docs
    count = 0
    while left > 0:
        size = min(left, rng.randint(MIN_ARTICLES_PER_EVENT, MAX_ARTICLES_PER_EVENT))
        topic = TOPICS[rng.randrange(len(TOPICS))]
        plan.append((make_event(rng, topic, count % REGION_COUNT + 1, known_places), size))
        left -= size
        count += 1
    return plan


def generate(
    outdir: Path, docs: int, seed: int, same_event: bool, known_places: bool = False
) -> dict[str, object]:
    """Write ``docs`` articles and the manifest into ``outdir``; return the manifest."""
    rng = random.Random(seed)
    outdir.mkdir(parents=True, exist_ok=True)
    if any(outdir.iterdir()):
        # Files of an earlier corpus would be benchmarked with this one.
        raise SystemExit(f"{outdir}: not empty; give a new or empty folder")
    tally = Tally()
    total_bytes = 0
    number = 0
    plan = plan_events(rng, docs, same_event, known_places)
    for event_number, (event, size) in enumerate(plan):
        written: list[str] = []
        for _ in range(size):
            outlet = rng.choice(OUTLETS)
            if written and rng.random() < COPY_SHARE:
                text = syndicate(rng, rng.choice(written), outlet, tally)
            else:
                text = article(rng, event, outlet, tally)
            written.append(text)
            data = text.encode("utf-8")
            slug = outlet.lower().replace(" ", "-")
            path = outdir / f"{number:05d}_e{event_number:04d}_{slug}.txt"
            path.write_bytes(data)
            total_bytes += len(data)
            number += 1
    manifest: dict[str, object] = {
        "docs": docs,
        "bytes": total_bytes,
        "seed": seed,
        "same_event": same_event,
        "known_places": known_places,
        "events": len(plan),
        "claim_mentions": tally.mentions,
        "perturbed": tally.perturbed,
        "copies": tally.copies,
        "average_words": round(tally.words / docs) if docs else 0,
    }
    (outdir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="Folder to write (created if missing).")
    parser.add_argument("--docs", type=int, required=True, help="Number of articles.")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
    parser.add_argument(
        "--same-event", action="store_true", help="Every article reports the same event."
    )
    parser.add_argument(
        "--known-places",
        action="store_true",
        help="Set events in real countries (which crosscheck knows as actors) instead of "
        "made-up regions.",
    )
    args = parser.parse_args()
    manifest = generate(args.outdir, args.docs, args.seed, args.same_event, args.known_places)
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
