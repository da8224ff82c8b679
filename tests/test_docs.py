"""Documents about many things: entity-keyed claims (docs.py) and tables read as records
(tables.py), and the docs golden cases (fixtures-docs/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import check
from crosscheck.doc_entities import GUESSED, UNOWNED, EntityIndex
from crosscheck.doc_figures import is_identifier
from crosscheck.doc_times import price_unit
from crosscheck.docs import align_docs, assign_entities, corpus_mode, is_doc_like, stamp_times
from crosscheck.evaluate import evaluate, read_minimums
from crosscheck.ingest import load_source, read_sources
from crosscheck.models import Source
from crosscheck.reads import read_claims
from crosscheck.settings import Settings

DOCS_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures-docs"
DEFAULTS = Settings()


def load(text: str, path: str) -> Source:
    source = load_source(path, text.encode(), DEFAULTS)
    assert isinstance(source, Source), source
    return source


def claims_of(text: str, path: str = "docs/page.mdx") -> list[tuple[str, str | None]]:
    read = read_claims(load(text, path))
    return [(c.quantity.text, c.when) for c in read.claims]


def test_corpus_mode() -> None:
    page = load("# Acme\n\nAcme has 320 employees.\n", "a.mdx")
    article = load("Acme said on Monday it has 320 employees.\n", "a.txt")
    assert corpus_mode([page, page, article], "auto") == "docs"
    assert corpus_mode([page, article, article], "auto") == "news"
    assert corpus_mode([page], "news") == "news"


def test_front_matter_with_a_title_and_no_date_is_a_docs_page() -> None:
    # a docs site's reference page: front matter titles it, nothing dates it, few headings
    page = load("---\ntitle: Inbound Parse\nweight: 0\n---\n\nThe limit is 20MB.\n", "p.md")
    post = load("---\ntitle: Flood toll rises\ndate: 2024-05-02\n---\n\n12 people died.\n", "n.md")
    article = load("# Flood toll rises\n\n12 people died.\n", "a.md")
    assert is_doc_like(page)
    assert not is_doc_like(post)
    assert not is_doc_like(article)


def test_each_figure_gets_its_own_plan() -> None:
    text = "Each deployment has 1GB of storage on the Free plan and 100GB on a paid plan.\n"
    assert dict(claims_of(text)) == {"1GB": "plan free", "100GB": "plan paid"}


def test_logs_kept_per_plan_without_the_word_plan() -> None:
    text = "Logs are kept 7 days on Hobby, 30 days on Pro.\n"
    assert dict(claims_of(text)) == {"7 days": "plan hobby", "30 days": "plan pro"}


def test_price_unit() -> None:
    assert price_unit("$20/vCPU-month", 3) == "vcpu-month"
    assert price_unit("$10 per GB-month", 3) == "gb-month"
    assert price_unit("$20 / mo", 3) == "month"
    assert price_unit("$20 in fees", 3) is None


def test_time_of_a_figure() -> None:
    text = "Acme raised $50 million in April 2025 and $10 million in 2023.\n"
    source = load(text, "a.mdx")
    claims = [c.model_copy(update={"when": None}) for c in read_claims(source).claims]
    stamped = {c.quantity.text: c.when for c in stamp_times(claims, source.text)}
    assert stamped["$50 million"] == "2025-04"
    assert stamped["$10 million"] == "2023"


def test_table_cells_are_claims_about_row_and_column() -> None:
    text = (
        "# Labs\n\n| Organization | Annual Budget ($M) | Staff |\n|---|---|---|\n"
        "| [Acme Lab](/orgs/acme-lab) | 12 | 40 |\n| Beta Lab | 5 | 20 |\n| Total | 17 | 60 |\n"
    )
    claims = read_claims(load(text, "labs.mdx")).claims
    cells = {(c.entity, c.counted, c.quantity.value) for c in claims}
    assert ("acme-lab", "annual budget", 12_000_000) in cells  # units from the header
    assert ("beta-lab", "staff", 20) in cells
    assert not any(c.quantity.value == 17_000_000 for c in claims)  # a total is no record
    assert not any(c.sentence.text.startswith("|") for c in claims)


def test_words_in_a_cell_qualify_its_figure() -> None:
    text = (
        "| Institution | Budget |\n|---|---|\n| Acme Institute | £100M (5yr) |\n"
        "| Beta Institute | ≈£40M (est.) |\n"
    )
    whens = {c.entity: c.when for c in read_claims(load(text, "x.mdx")).claims}
    assert whens["acme-institute"] == "[5yr]"
    assert whens["beta-institute"] is None


def test_plan_table_on_a_pricing_page_is_about_the_product() -> None:
    text = "# Pricing\n\n| Plan | Branches per project |\n|---|---|\n| Pro | 5,000 |\n"
    (claim,) = read_claims(load(text, "pricing.mdx")).claims
    assert (claim.entity, claim.when, claim.counted) == ("", "plan pro", "branches per project")


def test_incidental_numbers_are_not_compared(tmp_path: Path) -> None:
    (tmp_path / "a.mdx").write_text(
        "# Acme\n\nSee [issue 4512](https://x.org/issues/4512) and version 2.3.1.\n\n"
        "1. First\n2. Second\n\n```\nlimit = 9000\n```\n\nAcme Corp has 320 employees.[^1]\n\n"
        "[^1]: Report 2024, page 33.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Beta\n\nSee [issue 4519](https://x.org/issues/4519) and version 2.4.0.\n\n"
        "1. First\n2. Second\n3. Third\n\n```\nlimit = 7000\n```\n\nBeta Corp has 90 employees.\n"
    )
    report = check([str(tmp_path)])
    assert report.corpus == "docs"
    assert report.conflicts == ()


@pytest.mark.parametrize("case", sorted(p.name for p in DOCS_FIXTURES.iterdir() if p.is_dir()))
def test_docs_cases_are_well_formed(case: str) -> None:
    folder = DOCS_FIXTURES / case
    assert (folder / "expected.toml").is_file()
    assert 2 <= sum(1 for p in folder.iterdir() if p.name != "expected.toml") <= 8


def test_docs_golden_cases_meet_their_gate() -> None:
    minimums = read_minimums(DOCS_FIXTURES / "minimums.toml")
    result = evaluate(DOCS_FIXTURES)
    detail = "\n".join(
        f"{case.case}: missed {len(case.misses)}, false alarms {list(case.false_alarms)}"
        for case in result.cases
        if case.misses or case.false_alarms
    )
    assert result.precision >= minimums["precision"], detail
    assert result.recall >= minimums["recall"], detail


def test_reading_in_workers_gives_the_same_sources(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"p{i:02}.mdx").write_text(f"# Page {i}\n\nAcme has {i * 10} employees.\n")
    (tmp_path / "bad.mdx").write_bytes(b"\x00\x01\x02" * 10)
    one = read_sources([str(tmp_path)], DEFAULTS, jobs=1)
    two = read_sources([str(tmp_path)], DEFAULTS, jobs=2)
    assert one == two
    assert len(one[0]) == 40 and [s.path for s in one[1]] == [str(tmp_path / "bad.mdx")]


def entities_of(pages: dict[str, str]) -> dict[tuple[str, str], str | None]:
    """(page, figure) -> the entity each claim is given, across a small tree."""
    sources = [load(text, path) for path, text in pages.items()]
    reads = [read_claims(s) for s in sources]
    index = EntityIndex.build(sources)
    return {
        (r.source.path, c.quantity.text): c.entity
        for r in reads
        for c in assign_entities(r.claims, r.source, index)
    }


def test_a_sentence_naming_nothing_is_about_the_page() -> None:
    found = entities_of(
        {
            "acme.mdx": "# Acme\n\nIt raised $50 million in 2024.\n\nAcme has 300 staff.\n",
            "beta.mdx": "# Beta\n\nTotal funding was $9 million.\n",
        }
    )
    # named by nothing or by a pronoun: the page's subject by default, which is not known
    # across entities
    assert found[("acme.mdx", "$50 million")] == GUESSED + "acme"
    assert found[("beta.mdx", "$9 million")] == GUESSED + "beta"


def test_a_sentence_naming_another_thing_after_its_figure_is_not_guessed() -> None:
    page = "# Fraud\n\nA $25 million theft from Arup Group shocked everyone.\n"
    found = entities_of(
        {"fraud.mdx": page, "arup.mdx": "# Arup Group\n\nArup Group has 18,000 staff.\n"}
    )
    assert found[("fraud.mdx", "$25 million")] == UNOWNED


def test_a_name_after_a_preposition_is_not_the_subject() -> None:
    found = entities_of(
        {
            "queues.md": "# Queues\n\nOn Railway, the setup is two services in one project.\n",
            "railway.md": "# Railway\n\nRailway has 40 regions.\n",
        }
    )
    assert found[("queues.md", "two")] == UNOWNED


def test_a_figure_after_a_turn_of_the_sentence_is_the_later_name() -> None:
    found = entities_of(
        {
            "a.mdx": "# Revenue\n\nOpenAI grew to $13B in revenue, while Anthropic grew to $9B.\n",
            "openai.mdx": "# OpenAI\n\nOpenAI has 3,000 staff.\n",
            "anthropic.mdx": "# Anthropic\n\nAnthropic has 1,500 staff.\n",
        }
    )
    assert found[("a.mdx", "$13B")] == "openai"
    assert found[("a.mdx", "$9B")] == "anthropic"


def test_a_page_is_the_entity_its_links_name_it_by() -> None:
    found = entities_of(
        {
            "people/vitalik-buterin-philanthropy.mdx": "---\ntitle: Vitalik Buterin (Funder)\n---\n"
            "His donation of $665.8 million in 2021 was large.\n",
            "fli.mdx": "# FLI\n\nSee [his giving](/people/vitalik-buterin-philanthropy).\n",
        }
    )
    key = ("people/vitalik-buterin-philanthropy.mdx", "$665.8 million")
    assert found[key] == GUESSED + "vitalik-buterin-philanthropy"  # 'His': by default


def test_a_supposed_figure_is_not_compared(tmp_path: Path) -> None:
    text = "# {0}\n\nSo if you are on the Pro plan and deploy {1} replicas, you get 72 vCPU.\n"
    (tmp_path / "a.md").write_text(text.format("Guide A", 3))
    (tmp_path / "b.md").write_text(text.format("Guide B", 5))
    (tmp_path / "c.md").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    assert check([str(tmp_path)]).conflicts == ()


def test_an_instruction_to_the_reader_is_not_compared(tmp_path: Path) -> None:
    text = "# {0}\n\nChoose a volume size ({1} GB is a reasonable starting point).\n"
    (tmp_path / "a.mdx").write_text(text.format("Guide A", 1))
    (tmp_path / "b.mdx").write_text(text.format("Guide B", 2))
    assert check([str(tmp_path)]).conflicts == ()


def test_two_pages_subjects_by_default_meet_by_many_words(tmp_path: Path) -> None:
    said = "Globally, legislative mentions of AI rose {0}% across 75 countries since 2023."
    (tmp_path / "a.mdx").write_text("# Regulation debate\n\n" + said.format("21.3") + "\n")
    (tmp_path / "b.mdx").write_text("# Governance views\n\n" + said.format("27.7") + "\n")
    # a template's field, which each page fills for its own subject, does not meet
    field = "Estimated adequate funding level: about ${0}M annually across all labs and groups."
    (tmp_path / "c.mdx").write_text("# Reward hacking\n\n" + field.format(150) + "\n")
    (tmp_path / "d.mdx").write_text("# Tradeoff research\n\n" + field.format(30) + "\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["21.3%", "27.7%"]]


def test_sibling_pages_filling_one_template_each_state_their_own(tmp_path: Path) -> None:
    # each page's subject by default, in a template's few words: not one claim
    said = "## Pricing\n\nThe first {0} creations per month are free.\n"
    (tmp_path / "api-keys.mdx").write_text("# API keys\n\n" + said.format("1000"))
    (tmp_path / "m2m-tokens.mdx").write_text("# M2M tokens\n\n" + said.format("2,500"))
    assert check([str(tmp_path)]).conflicts == ()
    # more words, or a figure besides, tie two topics' pages to one fact about the world
    fact = "Globally, legislative mentions of AI rose {0}% since 2023, a ninefold increase.\n"
    (tmp_path / "c.mdx").write_text("# Regulation debate\n\n" + fact.format("21.3"))
    (tmp_path / "d.mdx").write_text("# Governance views\n\n" + fact.format("27.7"))
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["21.3%", "27.7%"]]


def test_a_tool_every_sibling_guides_title_names_owns_none_of_their_figures(
    tmp_path: Path,
) -> None:
    # each guide sets the tool up for its own integration: the count is the page's
    about = {
        "kafka": ("Kafka", "Kafka topics stream records to the index as they arrive."),
        "s3": ("Amazon S3", "Buckets hold CSV and JSON files that the flow reads daily."),
        "pg": ("PostgreSQL", "Rows of a table are read by a query and sent in batches."),
    }
    counts = {"kafka": "three", "s3": "three", "pg": "two"}
    guide = "---\ntitle: Connect {0} to Searchly with Kestra\n---\n\n{1}\n\n{2}\n"
    for name, (title, said) in about.items():
        setup = f"A running Kestra with {counts[name]} plugins installed."
        (tmp_path / f"{name}.mdx").write_text(guide.format(title, said, setup))
    assert check([str(tmp_path)]).conflicts == ()
    # the tool's own facts, on pages whose titles do not share it, are still the tool's
    page = "---\ntitle: {0}\n---\n\n{1}\n\nA default Kestra install ships with {2} plugins.\n"
    for name, figure in (("kafka", "12"), ("s3", "12"), ("pg", "15")):
        (tmp_path / f"{name}.mdx").write_text(page.format(*about[name], figure))
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["12", "12", "15"]]


def test_a_source_files_line_in_a_generated_reference_is_no_figure() -> None:
    # an API reference generated from code cites the line each type is defined on
    text = (
        "# Node types\n\nThe type is defined in [types.ts:316](https://github.com/o/r/blob/"
        "c0ffee/lib/ts/types.ts#L316), and the handler serves 120 tenants.\n"
    )
    claims = read_claims(load(text, "node.mdx")).claims
    said = {c.quantity.text: is_identifier(c) for c in claims}
    assert said == {"316": True, "120": False}


def test_a_pages_own_template_identifies_no_claim(tmp_path: Path) -> None:
    # one page says the same words of two charts: the words say which chart on no page
    chart = "The chart covers the last {0} and it is updated every 10 seconds.\n"
    (tmp_path / "charts.mdx").write_text(
        "# Metrics and charts\n\n## Throughput\n\n"
        + chart.format("1 hour")
        + "\n## Latency\n\n"
        + chart.format("24 hours")
    )
    (tmp_path / "other.mdx").write_text("# Usage\n\n" + chart.format("6 hours"))
    assert check([str(tmp_path)]).conflicts == ()


def test_an_unnamed_study_is_known_by_the_figures_it_is_described_with(tmp_path: Path) -> None:
    (tmp_path / "a.mdx").write_text(
        "# Survey results\n\nOf 3,567 respondents, 1,316 answered the FTX section and 300 "
        "completed a separate FTX survey.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Responses\n\nA total of 3,567 respondents completed the broader EA Survey; of "
        "these, 1,012 agreed to answer the FTX section.\n"
    )
    (tmp_path / "c.mdx").write_text(
        "# Other\n\nOf 2,100 respondents, 1,500 answered the FTX section and 300 completed "
        "a separate FTX survey.\n"
    )
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["1,012", "1,316"]]


def test_a_link_in_lower_case_to_a_topics_page_names_no_owner() -> None:
    limits = "---\ntitle: System limits\n---\n\nEvery instance allows 1,000 users.\n"
    found = entities_of(
        {
            "system-limits.mdx": limits,
            "invite.mdx": "---\ntitle: Create invitation\n---\n\nThis endpoint is "
            "[rate limited](system-limits) to 100 requests per hour.\n",
            "deepfakes.mdx": "---\ntitle: Deepfakes\n---\n\nFraud cases rose 30% in 2024.\n",
            "fraud.mdx": "---\ntitle: Fraud\n---\n\nThe [deepfakes](deepfakes) market grew "
            "40% in 2024.\n",
        }
    )
    # a common phrase linked to the page on the topic: the endpoint's page owns its limit
    assert found[("invite.mdx", "100")] == GUESSED + "create-invitation"
    # a topic's own name, in lower case, still names it
    assert found[("fraud.mdx", "40%")] == "deepfakes"


def test_a_name_describing_the_next_one_is_not_the_subject() -> None:
    found = entities_of(
        {
            "fli.mdx": "# FLI\n\nIn 2021, Ethereum co-founder Vitalik Buterin donated $665.8 "
            "million to FLI.\n",
            "vb.mdx": "---\ntitle: Vitalik Buterin (Funder)\n---\nHe gave $1 million in 2018.\n",
            "eth.mdx": "# Ethereum\n\nEthereum has 9,000 nodes.\n",
        }
    )
    assert found[("fli.mdx", "$665.8 million")] == "vitalik-buterin-funder"


def test_a_page_stating_a_claim_twice_disputes_the_copy_of_its_other_figure(
    tmp_path: Path,
) -> None:
    # the partner's copy pairs with the page's unchanged statement; the changed one joins
    # them, and the page that states both figures disputes the one that states one
    (tmp_path / "a.mdx").write_text(
        "# Compute metrics\n\nTraining runs grew fourfold a year while chips got cheaper "
        "and denser.\n\nUS private AI investment reached $141.8 billion in 2024, "
        "nearly 12 times China's $9.3 billion.\n\n## Later\n\nUS private AI investment "
        "reached $109.1 billion in 2024, nearly 12 times China's $9.3 billion.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Race\n\nAlignment research lags behind, with few researchers and modest "
        "budgets at the largest labs.\n\nU.S. private AI investment reached $109.1 billion "
        "in 2024, nearly 12 "
        "times China's $9.3 billion.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [
        ["$109.1 billion", "$109.1 billion", "$141.8 billion"]
    ]


def test_a_count_around_a_share_is_not_the_share(tmp_path: Path) -> None:
    # '56 papers' is within 1% of '55.54%', but a count is not a share: the pages' shares
    # meet by the figures around them (56, 95%, 48.87, 62.10)
    sentence = (
        "A meta-analysis of 56 papers found overall human deepfake detection accuracy was "
        "{0}% (95% CI [48.87, 62.10]), not significantly better than chance.\n"
    )
    (tmp_path / "a.mdx").write_text(
        "# Authentication\n\n**Key finding:** " + sentence.format("72.20")
    )
    (tmp_path / "b.mdx").write_text(
        "# Fraud\n\nPublished in Computers in Human Behavior Reports (November 2024), "
        + sentence.format("55.54")
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["55.54%", "72.20%"]]


def test_a_lead_in_label_is_the_subject_only_when_no_name_follows_it() -> None:
    found = entities_of(
        {
            "investors.mdx": "# Investors\n\n**Data Exhaustion:** Epoch AI estimates the stock of "
            "public text at around 300 trillion tokens.\n\n- **OpenAI**: 60% of consumer AI "
            "chat market, $100B valuation.\n\n**Cloud:** AWS, Azure, Google "
            "Cloud (68% market share)\n",
            "openai.mdx": "# OpenAI\n\nOpenAI has 3,000 staff.\n",
            "labs.mdx": "# Labs\n\nThe largest is [OpenAI](/openai).\n",
            "epoch-ai.mdx": "# Epoch AI\n\nEpoch AI has 30 staff.\n",
        }
    )
    assert found[("investors.mdx", "$100B")] == "openai"
    assert found[("investors.mdx", "around 300 trillion")] == "epoch-ai"
    assert found[("investors.mdx", "68%")] == UNOWNED


def test_dates_of_two_events_are_not_one_claim(tmp_path: Path) -> None:
    (tmp_path / "a.mdx").write_text(
        "# Coordination\n\nThe Council of Europe's Framework Convention on AI, adopted in May "
        "2024, represents the first legally binding international AI treaty.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Cyberweapons\n\nCurrent state: The Council of Europe Framework Convention on AI "
        "(signed September 2024) is the first binding international AI treaty, but major "
        "cyber powers are not signatories.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    assert check([str(tmp_path)]).conflicts == ()


def test_a_month_qualifier_is_the_figure_s_time_not_another_claim(tmp_path: Path) -> None:
    (tmp_path / "ftx-future-fund.mdx").write_text(
        "# FTX Future Fund\n\nBetween February and August 2022, the fund awarded "
        "approximately $32 million to AI safety projects.\n"
    )
    (tmp_path / "epistemics.mdx").write_text(
        "# Epistemics\n\nThe [FTX Future Fund](/ftx-future-fund) had donated approximately "
        "$42 million to AI safety projects from February to August 2022.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [
        ["approximately $32 million", "approximately $42 million"]
    ]


def test_a_versioned_name_opening_a_sentence_is_a_name_and_a_date_ends_one() -> None:
    found = entities_of(
        {
            "a.mdx": "# Awareness\n\nReleased January 2026, Petri 2.0 applies a realism "
            "classifier, achieving a 61.5% median relative drop in evaluation awareness.\n",
            "b.mdx": "# Approaches\n\nPetri 2.0 (January 2026) introduced a realism classifier, "
            "achieving a 47.3% median relative drop in evaluation awareness.\n",
        }
    )
    assert found[("a.mdx", "61.5%")] == found[("b.mdx", "47.3%")] == "petri-20"


def test_a_name_between_a_figure_and_its_noun_is_not_what_it_counts(tmp_path: Path) -> None:
    # '$1.25 million FTX Foundation grant' is a grant, as '$1.62 million grant' is
    (tmp_path / "acme.mdx").write_text(
        "# Acme\n\nAcme received a $1.62 million grant for interpretability research in 2022.\n"
    )
    (tmp_path / "funding.mdx").write_text(
        "# Funding\n\nIn 2022, Acme received a $1.25 million FTX Foundation grant for "
        "interpretability research.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [
        ["$1.25 million", "$1.62 million"]
    ]


def test_a_change_frame_is_not_what_a_figure_counts(tmp_path: Path) -> None:
    # 'a 183% year-over-year increase' is an increase, as '141% increase' is
    (tmp_path / "a.mdx").write_text(
        "# Opposition\n\nIndustry lobbying grew, with 648 companies lobbying on AI in 2024 "
        "versus 458 in 2023, a 183% year-over-year increase in companies spending on it.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Governance\n\n648 companies spent on AI lobbying in 2024 (vs. 458 in 2023, 141% "
        "increase in companies spending).\n"
    )
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["141%", "183%"]]


def test_a_port_is_not_a_count(tmp_path: Path) -> None:
    # two guides' example apps listen on different ports; 8080 named in both identifies
    # nothing
    (tmp_path / "a.mdx").write_text(
        "# Troubleshooting\n\nPort mismatch: your app listens on 3000, but the service "
        "expects 8080.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Launch\n\nMy Flask app listens on port 4999, not the more common port 8080 (the "
        "default).\n"
    )
    assert check([str(tmp_path)]).conflicts == ()


def test_a_capitalised_hyphenated_adjective_is_not_a_name() -> None:
    found = entities_of(
        {
            "cyber.mdx": "# Cyber Defense\n\nA bank deployed AI-powered fraud detection, "
            "reducing account takeover incidents from 18,500 to 6,500 annually.\n",
            "brands.mdx": "# Brands\n\nLast year Coca-Cola sold 2,000 crates.\n",
        }
    )
    # 'AI-powered' describes the detection: the sentence names nothing, so the figure is
    # the page's by default; 'Coca-Cola', capitalised in each part, stays a name
    assert found[("cyber.mdx", "from 18,500 to 6,500")] == GUESSED + "cyber-defense"
    assert found[("brands.mdx", "2,000")] == "coca-cola"


def test_a_name_s_version_number_is_not_compared(tmp_path: Path) -> None:
    # 'the latest Core 1 version' names a release, as 'port 8080' names a port
    (tmp_path / "a.mdx").write_text(
        "# Upgrading to Core 2\n\nBefore upgrading, update your SDKs to the latest Core 1 "
        "version.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Upgrading to Core 3\n\nBefore upgrading, check that your SDKs are on the latest "
        "Core 2 version.\n"
    )
    assert check([str(tmp_path)]).conflicts == ()


def test_one_shared_figure_of_two_digits_identifies_a_sentence(tmp_path: Path) -> None:
    # neither sentence has an owner (a judge, a company after 'approved'); '98% of
    # creditors' and the words around the figures say they are one claim
    (tmp_path / "a.mdx").write_text(
        "# Bankruptcy\n\nIn October 2024, a Delaware judge approved FTX's plan, with 98% of "
        "creditors set to receive 119% of the value of their November 2022 claims.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Warning signs\n\nBy October 2024, a Delaware judge approved FTX's plan, under "
        "which 98% of creditors were to receive 143% of the value of their November 2022 claims.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["119%", "143%"]]


def test_an_interval_s_level_identifies_nothing(tmp_path: Path) -> None:
    # two studies' sentences that share only '95% CI' are not one claim: the level of an
    # interval is said beside many studies' figures
    (tmp_path / "a.mdx").write_text(
        "# Detection\n\nResearchers at Oxford found detection accuracy of 62% (95% "
        "CI: 55-69%) across studies.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Fraud\n\nResearchers at Stanford found detection accuracy of 48% (95% CI: "
        "40-56%) across studies.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    assert check([str(tmp_path)]).conflicts == ()


def test_a_year_inside_a_name_is_not_a_time(tmp_path: Path) -> None:
    # 'the Stanford HAI 2025 AI Index' names a report; the figures are of 2024 on both pages
    (tmp_path / "a.mdx").write_text(
        "# Compute metrics\n\nTraining runs grew fourfold a year while chips got cheaper and "
        "denser.\n\nUS private AI investment reached $109.1 billion in 2024, nearly 12 times "
        "China's $12.1 billion, according to the Stanford HAI 2025 AI Index.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Race\n\nAlignment research lags behind, with few researchers and modest budgets at "
        "the largest labs.\n\nU.S. private AI investment reached $109.1 billion in 2024, "
        "nearly 12 times China's $9.3 billion.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [
        ["$12.1 billion", "$9.3 billion"]
    ]


def test_the_start_of_a_change_is_counted_per_the_time_its_end_is(tmp_path: Path) -> None:
    # 'from 24,050 to approximately 6,500 annually': both are incidents a year, so the
    # first meets another page's yearly count of the same incidents
    (tmp_path / "a.mdx").write_text(
        "# Cyber defense\n\nDefenders patch faster when tools find flaws first.\n\nA major "
        "financial institution deployed AI-powered fraud detection and account protection, "
        "reducing account takeover incidents from 24,050 to approximately 6,500 annually\u2014a "
        "65% reduction.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Cyberweapons\n\nOffensive tools spread quickly once released.\n\nSecurity firm "
        "Memcyco documented a global bank facing approximately 18,500 Account Takeover "
        "incidents annually from AI-driven phishing campaigns.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [
        ["24,050", "approximately 18,500"]
    ]


def test_figures_two_sentences_share_count_as_shared_words(tmp_path: Path) -> None:
    # a study described on two pages: 'more than 2 points on a 100-point' scale is shared
    # besides three words, and each page's figure is its page's by default
    (tmp_path / "a.mdx").write_text(
        "# X epistemics\n\nFeeds rank posts by engagement.\n\nA 10-day experiment with 1,633 "
        "volunteers during the 2024 U.S. presidential campaign provided causal evidence that "
        "exposure to partisan hostility shifts out-party animosity by more than 2 points on "
        "a 100-point feeling thermometer.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Erosion of agency\n\nPeople defer to ranked choices.\n\nA 2024 field experiment "
        "with 1,256 participants during the US presidential campaign found that reranking "
        "content shifted out-party feelings by more than 2 points on a 100-point scale.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["1,256", "1,633"]]


def test_a_scenario_is_compared_with_other_pages_scenarios(tmp_path: Path) -> None:
    # the same 'if' about the world on two pages, with two figures for its condition; the
    # reader's own choices ('if you deploy 3 replicas') stay uncompared
    (tmp_path / "a.mdx").write_text(
        "# Anthropic IPO\n\nBankers weigh the listing against private rounds.\n\nIf OpenAI "
        "closes its $100B round at $1079B, it would trade at 41x, well above Anthropic's "
        "current multiple.\n\nSo if you deploy 3 replicas, you get 72 vCPU of capacity.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Anthropic valuation\n\nSecondary sales price the shares often.\n\nIf OpenAI closes "
        "its $100B round at $830B, OpenAI would trade at 41x, above Anthropic's current "
        "multiple.\n\nSo if you deploy 5 replicas, you get 72 vCPU of capacity.\n"
    )
    (tmp_path / "c.mdx").write_text("# C\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["$1079B", "$830B"]]


def test_a_sentence_stating_both_figures_is_not_the_copy_of_either(tmp_path: Path) -> None:
    # 'Your subscription fee ($5 Hobby, $20 Pro)' states the $5 the other page gives: its
    # $20 is not another value of that $5, though the two share words and a figure
    (tmp_path / "a.md").write_text(
        "# Plans\n\n## Hobby\n\n## Pro\n\n## FAQ\n\nNo. The Hobby Plan is $5 a month, and it "
        "includes a resource usage credit of $5. Even if you do not use the $5 in usage (CPU, "
        "Memory, egress), you always pay the $5 subscription fee.\n"
    )
    (tmp_path / "b.md").write_text(
        "# Understanding your bill\n\n## Fees\n\n## Usage\n\n## Credits\n\nYour subscription "
        "fee ($5 Hobby, $20 Pro) is a minimum usage commitment. It covers your first $5 or "
        "$20 of resource usage each month.\n"
    )
    assert check([str(tmp_path)]).conflicts == ()


def test_a_figure_in_brackets_after_a_name_is_that_name_s() -> None:
    # a list of grantees with their sums: each sum is its grantee's, even after a label or
    # a preposition, so the list is not one claim of several names
    found = entities_of(
        {
            "grants.mdx": "# Grants\n\nRecent grants: Acme Labs ($2.5M), Zeta Group ($1.1M).\n"
            "Most went to Zeta Group ($0.9M).\n",
            "acme.mdx": "# Acme Labs\n\nAcme Labs has 40 staff.\n",
            "zeta.mdx": "# Zeta Group\n\nZeta Group has 12 staff.\n",
        }
    )
    assert found[("grants.mdx", "$2.5M")] == "acme-labs"
    assert found[("grants.mdx", "$1.1M")] == "zeta-group"
    assert found[("grants.mdx", "$0.9M")] == "zeta-group"


def test_a_span_of_years_is_the_time_of_each_year_in_it(tmp_path: Path) -> None:
    # '2024-25' covers 2024: the same grants, stated for the span and for its first year;
    # a span that does not cover the other's year is another time
    (tmp_path / "a.mdx").write_text(
        "# Funding\n\nKey 2024-25 grants: Acme Labs ($8.5M), Zeta Group ($6.2M), "
        "Nova Institute ($4.1M).\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Comparisons\n\nKey 2024 grants include Acme Labs ($11.1M), Zeta Group ($6.2M), "
        "and Nova Institute ($4.1M).\n"
    )
    (tmp_path / "c.mdx").write_text(
        "# Older\n\nKey 2021-22 grants: Acme Labs ($3.5M), Zeta Group ($1.2M), "
        "Nova Institute ($0.4M).\n"
    )
    (tmp_path / "acme.mdx").write_text("# Acme Labs\n\nAcme Labs has 40 staff.\n")
    (tmp_path / "zeta.mdx").write_text("# Zeta Group\n\nZeta Group has 12 staff.\n")
    (tmp_path / "nova.mdx").write_text("# Nova Institute\n\nNova Institute has 9 staff.\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["$11.1M", "$8.5M"]]


def test_two_names_joined_by_a_slash_own_a_figure_together(tmp_path: Path) -> None:
    # 'Acme Trust/Beta Fund' is one funder under two names: its figure meets a page that
    # names only one of them; 'before the collapse in November 2022' dates the collapse,
    # not the grants, so both figures are undated
    (tmp_path / "a.mdx").write_text(
        "# Absorption\n\nAcme Trust/Beta Fund committed $208M in grants before the collapse "
        "in November 2022.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Funders\n\nBeta Fund's collapse eliminated $160M in committed grants.\n"
    )
    (tmp_path / "c.mdx").write_text(
        "# Others\n\nGamma Fund committed $90M in grants to AI safety groups.\n"
    )
    (tmp_path / "d.mdx").write_text("# D\n\n## One\n\n## Two\n\n## Three\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["$160M", "$208M"]]
    assert conflicts[0].entity == "beta-fund"


def test_a_possessive_ends_an_unknown_name() -> None:
    found = entities_of({"a.mdx": "# A\n\nBeta Fund's collapse eliminated $160M in grants.\n"})
    assert found[("a.mdx", "$160M")] == "beta-fund"


def test_other_names_leave_out_the_owner() -> None:
    from crosscheck.docs import other_names
    from crosscheck.models import Bound, Claim, Quantity, Sentence

    t = "Claude Opus 4.5 achieved 80.9% on SWE-bench Verified and ran for hours."
    s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    at = t.index("80.9%")
    q = Quantity(
        text="80.9%", start=at, end=at + 5, value=80.9, low=80.9, high=80.9, bound=Bound.EXACT
    )
    claim = Claim(
        source="a", sentence=s, quantity=q, counted=None, counted_text=None, actor=None,
        frame="", entity="claude-opus-4-5",
    )  # fmt: skip
    assert other_names(claim) == frozenset({"swe-bench-verified"})


def test_a_name_both_sentences_write_besides_the_owner_weighs_more(tmp_path: Path) -> None:
    # one model's score said in two ways, sharing only the benchmark's name ('Zeno-Bench
    # Verified') and few other words: the name both write besides the owner's is what
    # the score is of; two shared words without a shared name ('verified', 'leaderboard')
    # are no one claim, and a figure beside it (the other model's 49%) does not meet by it
    (tmp_path / "model.mdx").write_text(
        "# Acme Model\n\nAcme Model achieved 80.9% on Zeno-Bench Verified and demonstrated "
        "long autonomous work.\n"
    )
    (tmp_path / "horizon.mdx").write_text(
        "# Long horizon\n\nZeno-Bench Verified: Acme Model at 83.1%, Beta Model at 49% "
        "(Scale leaderboard).\n"
    )
    (tmp_path / "other.mdx").write_text(
        "# Other\n\nAcme Model reached 61% verified accuracy on the Kappa Suite, per the "
        "leaderboard.\n"
    )
    (tmp_path / "beta.mdx").write_text("# Beta Model\n\nBeta Model has 12 layers.\n")
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["80.9%", "83.1%"]]


def test_a_quoted_title_the_index_does_not_know_owns_nothing() -> None:
    # 'the "Stop Giant Models" open letter' names a work of the page's subject, not an
    # owner of its own; a quoted name the corpus knows is still that name
    found = entities_of(
        {
            "acme.mdx": '# Acme Institute\n\nThe 2023 "Stop Giant Models" open letter garnered '
            "over 33,000 signatures.\n",
            "beta.mdx": '# Beta\n\nThe "Zeta Group" raised $5 million.\n',
            "zeta.mdx": "# Zeta Group\n\nZeta Group has 12 staff.\n",
        }
    )
    assert found[("acme.mdx", "over 33,000")] == GUESSED + "acme-institute"
    assert found[("beta.mdx", "$5 million")] == "zeta-group"


def test_a_list_lead_in_s_time_dates_its_items() -> None:
    # 'Current scale (as of November 2025):' dates the list below it; a paragraph after a
    # blank line, or a list under a lead-in naming no time, is not dated by it
    text = (
        "# NAO\n\nCurrent scale (as of November 2025):\n"
        "- 31 sampling sites across 19 cities\n- 60 billion read pairs sequenced weekly\n\n"
        "It also spent $5 million on equipment.\n\nPartners include:\n- 12 labs in Europe\n"
    )
    found = dict(claims_of(text))
    assert found["60 billion"] == "2025-11"
    assert found["31"] == "2025-11"
    assert found["$5 million"] is None
    assert found["12"] is None


def test_a_section_s_figure_naming_nothing_is_its_opening_subject_s() -> None:
    # the first sentence of a section opens with its subject ('The Zeta Group ...'): a
    # figure below that names nothing is that subject's by default, not the page's; a
    # section whose first sentence opens otherwise leaves it the page's
    found = entities_of(
        {
            "scope.mdx": "# Scope\n\n## Surveillance\n\nThe Zeta Group runs sampling sites.\n\n"
            "Current scale:\n- 60 billion read pairs sequenced weekly\n\n## Other\n\n"
            "Most sites are small, said Zeta Group.\n\n- 12 sites closed\n",
            "zeta.mdx": "# Zeta Group\n\nZeta Group has 12 staff.\n",
        }
    )
    assert found[("scope.mdx", "60 billion")] == GUESSED + "zeta-group"
    assert found[("scope.mdx", "12")] == GUESSED + "scope"


def test_a_sentence_stating_the_other_s_figure_is_not_its_pair(tmp_path: Path) -> None:
    # both pages tell one prize round's 8 winners and 25 entrants: '8 people' and '25
    # people' are not one claim, as each sentence states the other's figure too
    (tmp_path / "a.mdx").write_text(
        "# Zeta Group\n\nZeta Group's first round distributed $70,000 among 8 people from "
        "30 proposals by 25 submitters.\n"
    )
    (tmp_path / "b.mdx").write_text(
        "# Prize\n\nZeta Group's first round evaluated 30 proposals from 25 people, awarding "
        "$70,000 to 8 contributors.\n"
    )
    assert check([str(tmp_path)]).conflicts == ()


@pytest.mark.parametrize(
    ("other", "disputed"),
    [("42,900+", True), ("over 33,400", False), ("over 40,000", False)],
)
def test_two_precise_lower_bounds_of_a_page_are_counts(
    tmp_path: Path, other: str, disputed: bool
) -> None:
    # a reference page's 'over 33,000' is the count it knew, rounded down: '42,900+' on
    # another page is another count (one page is stale); a round floor ('over 40,000') or
    # one within the last stated digit ('over 33,400') is not
    (tmp_path / "a.mdx").write_text(
        "# Zeta Group\n\nZeta Group's open letter of 2023 garnered over 33,000 signatures "
        "from researchers.\n"
    )
    (tmp_path / "b.mdx").write_text(
        f"# Letters\n\nZeta Group's open letter of 2023 garnered {other} signatures from "
        "researchers.\n"
    )
    findings = check([str(tmp_path)]).findings
    assert [f.kind.value for f in findings] == ["conflict" if disputed else "compatible"]


def test_a_function_word_opening_the_sentence_is_not_part_of_a_name() -> None:
    # 'The Zeta Lab 2023 survey': the capital of 'The' is the sentence's, so the name the
    # corpus links is still found after it; a capitalised word inside the sentence still
    # makes a longer name ('the Great Zeta Lab Prize' is not Zeta Lab's)
    found = entities_of(
        {
            "survey.mdx": "# Surveys\n\nThe Zeta Lab 2023 survey of 2,788 researchers asked "
            "about timelines.\n\nIt cited the Great Zeta Lab study of 1,412 people.\n",
            "links.mdx": "# Links\n\nFunding went to [Zeta Lab](/zeta-lab) and to "
            "[Zeta Lab](/zeta-lab) again.\n",
            "zeta-lab.mdx": "# Zeta Lab\n\nZeta Lab has 12 staff.\n",
        }
    )
    assert found[("survey.mdx", "2,788")] == "zeta-lab"
    assert found[("survey.mdx", "1,412")] != "zeta-lab"


def test_a_page_s_name_by_default_leaves_the_sentence_its_words() -> None:
    # a figure naming nothing is the page's by default: a word of the page's name the
    # sentence writes alone ('detection' on 'Zeta Detection') is the sentence's own word;
    # the first words of the name written together ('zeta detection') name the page
    from crosscheck.doc_words import context_words

    text = (
        "# Zeta Detection\n\nThe best automated detection systems show drops of 45-50% on "
        "real-world content.\n\nZeta detection tools show drops of 30% on real-world "
        "content.\n"
    )
    found = {
        c.quantity.text: context_words(c)
        for c in assign_entities(
            read_claims(load(text, "zeta.mdx")).claims,
            load(text, "zeta.mdx"),
            EntityIndex.build([load(text, "zeta.mdx")]),
        )
    }
    assert "detection" in found["45-50%"]
    assert "detection" not in found["30%"]


def test_a_rate_schedule_qualifies_a_price(tmp_path: Path) -> None:
    # 'bill at VM rates: $50 per GB' is a price of another schedule than a service's $10
    # per GB; two pages' VM rates are still compared
    (tmp_path / "agents.md").write_text(
        "# Agents\n\n## Setup\n\n## Limits\n\n## Pricing\n\nAgents run on virtual machines "
        "and bill at VM rates: $50 per GB of memory per month, prorated to the minute.\n"
    )
    (tmp_path / "compare.md").write_text(
        "# Compare\n\n## Us\n\n## Them\n\n## Pricing\n\nServices run on containers "
        "and bill at usage rates: $10 per GB of memory per month, prorated to the minute.\n"
    )
    (tmp_path / "vms.md").write_text(
        "# Sandboxes\n\n## Creating one\n\n## Files\n\n## Billing\n\nEach sandbox is a "
        "small virtual machine, charged at VM rates: $40 per GB of memory per month while "
        "it runs.\n"
    )
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["$40", "$50"]]


def test_a_title_several_pages_share_names_none_of_them(tmp_path: Path) -> None:
    # the Kotlin and Swift guides are both titled 'Setup': each is its file name, so the
    # one's 'two ways' and the other's 'three ways' are two things' counts; a page whose
    # title is its own keeps it
    found = entities_of(
        {
            "guides/kotlin-setup.mdx": "---\ntitle: Setup\n---\n\nSetup can be done in one of "
            "two ways.\n",
            "guides/swift-setup.mdx": "---\ntitle: Setup\n---\n\nSetup can be done in one of "
            "three ways.\n",
            "billing.mdx": "---\ntitle: Billing\n---\n\nBilling runs in 2 regions.\n",
        }
    )
    assert found[("guides/kotlin-setup.mdx", "two")] == GUESSED + "kotlin-setup"
    assert found[("guides/swift-setup.mdx", "three")] == GUESSED + "swift-setup"
    assert found[("billing.mdx", "2")] == GUESSED + "billing"
    text = "---\ntitle: Setup\n---\n\n## Install\n\nYou can turn on signals in one of {0} ways.\n"
    (tmp_path / "kotlin-setup.mdx").write_text(text.format("two"))
    (tmp_path / "swift-setup.mdx").write_text(text.format("three"))
    assert check([str(tmp_path)]).conflicts == ()


def test_a_run_of_choices_is_not_compared(tmp_path: Path) -> None:
    # a time picker's and a sync schedule's choices: each figure is a value to pick, not a
    # fact, and the runs they share do not make two pages' sentences one claim
    picker = (
        "# {0}\n\n## Overview\n\nWith the time picker, you can specify a time period (last "
        "10 minutes, 1 hour, 24 hours, {1}, 2 weeks, or a custom date range) for which "
        "you'd like to see data.\n"
    )
    (tmp_path / "a.mdx").write_text(picker.format("Delivery", "7 days"))
    (tmp_path / "b.mdx").write_text(picker.format("Sources", "3 days"))
    schedule = "# {0}\n\n## Sync\n\nSelect one of: 15 minutes, 30 minutes, 1 hour, {1}.\n"
    (tmp_path / "c.mdx").write_text(schedule.format("Reverse ETL", "1 day"))
    (tmp_path / "d.mdx").write_text(schedule.format("Linked Events", "2 days"))
    assert check([str(tmp_path)]).conflicts == ()


def test_kinds_of_a_thing_count_that_thing(tmp_path: Path) -> None:
    # 'two different types of connection modes' counts modes, not the three connection
    # types the Destinations page lists; two pages counting types of modes still meet
    (tmp_path / "destinations.mdx").write_text(
        "---\ntitle: Destinations Overview\n---\n\nDestinations receive data.\n\n"
        "## Connection types\nAcme has three destination connection types:\n* Storage\n"
        "* Reverse ETL\n* Event streams\n"
    )
    library = (
        "---\ntitle: {0}\n---\n\n{1}\n\n## Destinations\n[Destinations](/docs/destinations/) "
        "are the business tools that Acme sends your data to.\n\nAcme offers support for "
        "{2} different types of destination connection modes: {3}.\n"
    )
    (tmp_path / "kotlin.mdx").write_text(
        library.format("Kotlin", "The Kotlin library tracks events.", "two", "cloud and device")
    )
    assert check([str(tmp_path)]).conflicts == ()
    (tmp_path / "swift.mdx").write_text(
        library.format("Swift", "Swift apps send screens.", "three", "cloud, device and edge")
    )
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["three", "two"]]


def test_the_line_a_change_names_does_not_keep_two_pages_apart(tmp_path: Path) -> None:
    # 'a 368% increase in wealth' names its measure after it, the other page before it: one
    # fact, a line read on one side only (soft in news; no block of its own here)
    said = (
        "Since 2010 the living pledgers of the giving pledge saw {0} while their giving lagged"
        " far behind.\n"
    )
    a, b = "their wealth increase 283%", "a 368% increase in wealth"
    (tmp_path / "a.mdx").write_text("# Giving pledge\n\n" + said.format(a))
    (tmp_path / "b.mdx").write_text("# Philanthropy\n\n" + said.format(b))
    conflicts = check([str(tmp_path)]).conflicts
    assert [sorted(c.quantity.text for c in f.claims) for f in conflicts] == [["283%", "368%"]]


def test_two_tables_prose_cells_of_different_columns_are_different_attributes(
    tmp_path: Path,
) -> None:
    # each product's limits table: a plan's limit in one column, how to raise it in another
    table = (
        "# {0} limits\n\n{0} is billed by usage.\n\n"
        "Plan | {0} Limit | How to increase your limit\n---- | ---- | ----\n"
        "Business | {1} | {2}\n"
    )
    sales = "Contact your sales rep to upgrade your plan to a custom limit for your workspace"
    limit = "{0} x the number of MTUs or {1} x the number of monthly API calls per workspace"
    (tmp_path / "audiences.md").write_text(
        table.format("Audiences", limit.format("40", "0.4"), sales)
    )
    (tmp_path / "events.md").write_text(
        table.format(
            "Events",
            "A trial version with one entity for every space in your workspace",
            "Contact your sales rep to unlock more rows: " + limit.format("10", "0.1"),
        )
    )
    assert check([str(tmp_path)]).conflicts == ()


def test_sibling_pages_copying_one_passage_state_one_fact() -> None:
    # a passage copied onto two pages (a site's llms-full.txt copies every page): its
    # figure is one fact, however few its own words ('document', 'contain', 'characters')
    passage = (
        "# {0}\n\nYou can index an unlimited number of documents, though the entire "
        "database has a storage cap. Each document can contain up to {1} characters.\n"
    )
    other = passage.replace("though the entire database has", "and every document has")

    def words_pass(second: str) -> list[list[str]]:
        sources = [load(passage.format("FAQ", "1,500"), "faq.md"), load(second, "limits.md")]
        index = EntityIndex.build(sources)
        claims = [
            c
            for source in sources
            for c in assign_entities(read_claims(source).claims, source, index)
            if c.counted == "character"
        ]
        groups = align_docs(claims, DEFAULTS.docs_context_overlap, by_words=True)
        return [[c.quantity.text for c in group] for group in groups]

    assert words_pass(passage.format("Search limits", "1,950")) == [["up to 1,500", "up to 1,950"]]
    # another sentence before it: a template's few words, each page's own
    assert words_pass(other.format("Search limits", "1,950")) == []
