"""Every threshold and tolerance crosscheck uses, named, with the reason for its value."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crosscheck.models import Severity


class FailOn(StrEnum):
    """Which findings make ``crosscheck run`` exit 1."""

    CONFLICT = "conflict"  # conflicts (at or above fail_severity)
    ANY = "any"  # conflicts and compatible findings: anything short of agreement
    NEVER = "never"  # report only; same as --exit-zero


class Settings(BaseModel):
    """Frozen run settings. The CLI builds one; library callers may pass their own."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # --- ingest -------------------------------------------------------------------------
    extensions: tuple[str, ...] = Field(
        default=(
            *(".txt", ".text", ".md", ".markdown", ".html", ".htm"),
            # documentation trees: MDX (Docusaurus, Nextra, Astro), reStructuredText
            # (Sphinx) and AsciiDoc (Antora) are as common there as Markdown
            *(".mdx", ".rst", ".adoc", ".asciidoc"),
        ),
        description="File name endings read when a folder is given.",
    )
    paths: tuple[str, ...] = Field(
        default=(".",),
        description="The corpus `crosscheck hook` reads (the files a commit changes are "
        "checked against it): folders or files, relative to the working folder.",
    )
    exclude: tuple[str, ...] = Field(
        default=(),
        description="Glob patterns (fnmatch, on the path as shown) of files inside the "
        "folders given that are not read, e.g. 'drafts/*' or '*.draft.md'. Files named "
        "one by one are always read.",
    )
    max_file_bytes: int = Field(
        default=20_000_000,
        description="Files larger than this are skipped with a message: news articles and "
        "reports are far smaller, and a bigger file is almost always a data dump or binary.",
    )
    fetch_timeout: float = Field(
        default=30.0,
        gt=0,
        description="Seconds a URL source may take to connect, to answer and to arrive "
        "whole: a news page comes in a few seconds, and a server slower than this would "
        "stall the run; the page is then skipped with the reason.",
    )
    max_redirects: int = Field(
        default=10,
        ge=0,
        description="Redirects followed for a URL source: news sites chain a few (http to "
        "https, a canonical host, a consent page); past ten it is a loop or a tracker chain.",
    )

    # --- copies ---------------------------------------------------------------------------
    shingle_words: int = Field(
        default=5,
        description="Word n-gram size for copy detection: long enough that two independent "
        "articles on one event rarely share many, short enough to survive small edits.",
    )
    copy_min_similarity: float = Field(
        default=0.5,
        description="Two documents that share most of their word n-grams are copies only "
        "if their own words (template lines left out) are also this similar (cosine): "
        "pages of one site that hold little but its template share n-grams, not stories. "
        "Republished copies score 0.8-1.0.",
    )
    copy_containment: float = Field(
        default=0.5,
        description="Share of the smaller document's shingles found in the other for it to "
        "count as a copy. Republished copies score 0.8-1.0 even with edits and trimmed "
        "intros; independent articles on the same story stay under 0.1.",
    )

    # --- stories ----------------------------------------------------------------------------
    corpus: Literal["news", "docs", "auto"] = Field(
        default="auto",
        description="How claims are compared. 'news': within stories (documents about one "
        "event). 'docs': across a wiki or documentation tree, where pages are about many "
        "things, by entity, attribute and time. 'auto': docs when more than half the "
        "sources read as documentation pages (MDX, reStructuredText, AsciiDoc, or Markdown "
        "without a date but with sections or tables); the report says which was used.",
    )
    docs_context_overlap: float = Field(
        default=0.5,
        description="In a docs corpus, two sentences' figures of one entity, attribute and "
        "time are the same claim only if the content words around them (8 a side) overlap "
        "by this share of the fewer: a wiki names one organisation's many sums (prizes, "
        "grants, rounds) with the same counted word, and only the words around the figure "
        "tell them apart.",
    )
    one_story: bool = Field(
        default=False,
        description="Treat every source as one story (a folder known to hold one event's "
        "reports): claims of all sources are compared, as before stories were found.",
    )
    story_similarity: float = Field(
        default=0.16,
        description="Mean similarity (time-weighed TF-IDF cosine, 0-1) a document needs "
        "with a story's members to join it. On 6,335 real shooting reports of 3,659 "
        "incidents, 0.14-0.20 give B-cubed F1 within a point of the best (0.16); above, "
        "reports of one incident split, below, a city's shootings merge.",
    )
    story_small_similarity: float = Field(
        default=0.08,
        description="story-similarity for a corpus of ten documents or fewer (rising with "
        "the log of the size to story-similarity at 1,000): their IDF cannot tell a story's "
        "words from everyone's. In two-document corpora of the labelled cases, 95% of "
        "same-story pairs score over 0.158 and 99% of other pairs under 0.071.",
    )
    story_link_floor: float = Field(
        default=0.04,
        description="Pairs less similar than this are not kept for the linkage: they "
        "cannot lift a story's mean to story-similarity, and keeping them all costs "
        "memory on large corpora.",
    )
    story_same_days: int = Field(
        default=1,
        description="Documents whose days are at most this far apart count their whole "
        "similarity: one day covers reports filed the night of an event and the morning "
        "after.",
    )
    story_time_decay: float = Field(
        default=0.3,
        description="How fast similarity fades with the log of the days between two "
        "documents past story-same-days: a week apart keeps under half, a month the floor. "
        "Different shootings in one city read alike but fall weeks apart.",
    )
    story_far_weight: float = Field(
        default=0.1,
        description="The least share of similarity kept however far apart two documents "
        "are: a near copy published months later can still join.",
    )
    story_undated_weight: float = Field(
        default=0.75,
        description="Share of similarity kept between two documents when time cannot tell "
        "them apart (either has no publication day nor a dated day), in a corpus of 1,000 "
        "documents or more (none kept back at 10 or fewer, in between by the log of the "
        "size): with no dates, look-alike events (two Oscars hosts, two Red Sox signings) "
        "must share more words, but a handful of sources is rarely two look-alike events. "
        "On ECB+ it keeps 33 of 43 topics' two events apart (24 at 1.0), F1 0.894 (0.871); "
        "dated corpora are untouched.",
    )
    story_undated_decade_weight: float = Field(
        default=0.56,
        description="Share of story-undated-weight kept again for each tenfold growth of "
        "the corpus past 1,000 documents: look-alike events grow with the corpus, so "
        "undated pairs need more words. The 6,335 real shooting reports without their "
        "publication dates: B-cubed F1 0.827 (none) -> 0.846 (0.75), 0.845 (0.56; "
        "precision 0.80 -> 0.92), 0.817 (0.42); Reuters-21578's first 4,000 bodies 172 -> "
        "127 conflicts at 0.56. Dated corpora and corpora of 1,000 or fewer are untouched.",
    )
    story_nameless_weight: float = Field(
        default=0.25,
        description="Share of similarity kept between two documents that share no rare "
        "name (a name few documents hold: who or where), in a corpus of 1,000 documents or "
        "more (none held back at 10 or fewer, by the log of the size between): same-kind "
        "reports that name nothing of their own (a wire's earnings tables) are a genre, "
        "not a story. Reuters-21578's first 1,000 bodies: 99 -> 60 conflicts (the weight "
        "had applied only when the second document named no one); GVA B-cubed F1 0.922 -> "
        "0.921, ECB+ 0.897 -> 0.889. Small folders are spared: there, one report often "
        "names nobody. A document that names no one and nothing at all keeps this share "
        "again (a wire's dividend briefs with their headlines lost): Reuters' first 1,000 "
        "bodies 19 -> 17 conflicts, the labelled sets' --mixed runs unchanged.",
    )
    story_other_place_weight: float = Field(
        default=0.5,
        description="Share of similarity kept between two documents whose most-named "
        "countries or bodies differ (a quake in Japan, one in Turkey): reports of one "
        "event name the same country, however alike their other words.",
    )
    story_other_lead_weight: float = Field(
        default=0.25,
        description="Share of similarity kept between two documents that open about "
        "different companies ('Torchmark Corp is raising ...', 'Commercial Credit Co is "
        "raising ...'): a wire's same-kind items about two issuers are two stories. "
        "Reuters-21578's first 1,000 bodies: 48 -> 39 conflicts (0.5: 45, 0.1: 39); GVA and "
        "ECB+ B-cubed F1 and the labelled cases unchanged.",
    )
    story_boilerplate_documents: int = Field(
        default=3,
        description="A line found in more documents than this is the site's (a sign-up "
        "box, a station's slogan), not the story's, and is left out of the profiles, unless "
        "all of them were published within story-syndication-days (a wire story).",
    )
    story_syndication_days: int = Field(
        default=7,
        description="Documents sharing a line that were all published within this many "
        "days of each other are running one story (syndication), not one site's template: "
        "wire copies appear within days, a site's boilerplate over months.",
    )
    story_rare_floor: float = Field(
        default=0.02,
        description="Least part of two documents' cosine their rare terms must make for "
        "the pair to be scored at all: on 6,335 shooting reports this leaves a fifth of "
        "the candidate pairs and the same stories (B-cubed F1 within 0.001).",
    )
    story_roundup_link: float = Field(
        default=1.0,
        description="A document belongs to a second story too (a round-up of two events) "
        "when its similarity to each member of both stories reaches the merge threshold "
        "times this, while the two stories' other members stay apart (crosscheck.roundups). "
        "At 1.0 each pair must be as close as a whole story's mean must be for a document to "
        "join it; a large value (e.g. 99) keeps every document in one story.",
    )
    story_max_postings: int = Field(
        default=50,
        description="Candidate pairs meet through terms held by at most this many "
        "documents: a story's names and rare words are held by few, and commoner words "
        "would pair nearly everyone. On 6,335 shooting reports, 50 or 200 give the same "
        "stories; the cap keeps the cost linear in the corpus.",
    )

    corroborate_documents: int = Field(
        default=1000,
        description="In a corpus of at least this many documents (copies aside), two "
        "undated sources are compared only where they agree on some figure: stories of "
        "undated wire copy grow through a company's or commodity's name into look-alike "
        "events. On all 19,043 Reuters-21578 stories this takes conflicts from 298 to 94; "
        "the labelled real shooting reports, undated and put among 1,000 Reuters stories, "
        "keep 22 of their 24 hits (benchmarks/corroboration.py). Smaller corpora and "
        "dated sources are compared as before.",
    )

    # --- comparison -------------------------------------------------------------------------
    approximate_tolerance: float = Field(
        default=0.10,
        description="Most relative slack granted to a hedged figure ('about', 'an estimated'): "
        "newsroom style rounds such figures to one or two significant digits, i.e. within "
        "about 10%; a hedged figure stated more precisely grants less (see hedge-floor).",
    )
    hedge_floor: float = Field(
        default=0.05,
        description="Least relative slack a hedge grants, however precise the hedged figure: "
        "'approximately $620 million' is rounded to ten million (1.6%), but a reporter's "
        "'about' still stretches a few percent; past 5%, a precise hedged figure and another "
        "figure disagree.",
    )
    equal_tolerance: float = Field(
        default=1e-9,
        description="Relative difference under which two stated figures are the same number "
        "(guards float noise, not rounding: rounding is judged from each figure's precision).",
    )
    rounding_tolerance: float = Field(
        default=0.05,
        description="Largest relative gap that rounding may explain ('8 million' for 8.2 "
        "million): beyond 5%, a round figure is a different figure, not a rounded one.",
    )
    update_min_change: float = Field(
        default=0.2,
        description="Relative change over which figures published one after another (or "
        "stated as a rise) are reported as an update even when their hedges make them "
        "compatible: 'at least 12 dead' then '19 dead' moved by 37%, while 'more than 48,000 "
        "acres' then '48,600' is the hedge met. Tolls that are updated usually move by a "
        "fifth or more.",
    )
    weekday_conflicts: bool = Field(
        default=False,
        description="Report two sources that give one incident different days of the week "
        "('on Sunday' against 'on Saturday') as a conflict. Off by default, and the finding "
        "is shown as compatible: on real shooting reports (benchmarks/real/) weekdays gave "
        "hits on the labelled dev half (6 more on its 94 incidents on 2026-12-06, 3 of them "
        "on 28 labelled blind) but, twice (2026-12-04 and 2026-12-06), 4 false alarms and "
        "no hit on the held-out half: a weekday often dates another moment of the incident "
        "than the other report's.",
    )
    time_hedge_minutes: float = Field(
        default=15.0,
        description="Slack granted to a hedged clock time ('about 10:30 p.m.', 'shortly "
        "after 11'): a quarter of an hour is what such wording stretches to; relative slack "
        "means nothing for a time of day.",
    )
    time_hour_hedge_minutes: float = Field(
        default=30.0,
        description="Slack granted to a whole hour hedged ('around 2 a.m.', 'about 11 "
        "p.m.'): such wording rounds to the hour, so it covers the half hour on each side "
        "('around 2:20' is 'around 2'); 'around 1' and 'around 2' still differ. Labelled "
        "GVA reports treat 'around 2 a.m.' and 'around 2:20 a.m.' as one time.",
    )
    time_side_minutes: float = Field(
        default=30.0,
        description="Slack on its own side granted to a clock time hedged with a direction "
        "('shortly after 20:00', 'shortly before 9 p.m.'): such wording places the moment "
        "within about half an hour after (or before) the time stated, so 'shortly after "
        "20:00' covers 8:18 p.m.; the other side keeps `time_hedge_minutes`.",
    )
    frame_similarity: float = Field(
        default=70.0,
        description="rapidfuzz token_set_ratio (0-100) of the masked frames above which a "
        "claim with no named actor may join a group that has one. Paraphrases of one claim "
        "score 44-67, republished sentences 97-100; 70 admits only near-verbatim frames.",
    )

    # --- exit status ------------------------------------------------------------------------
    fail_on: FailOn = Field(
        default=FailOn.CONFLICT,
        description="Which findings make the run exit 1: 'conflict', 'any' or 'never'.",
    )
    fail_severity: Severity = Field(
        default=Severity.LOW,
        description="The lowest severity of a finding that fails the run; 'low' fails on "
        "every conflict, 'high' only on firm figures that disagree.",
    )
