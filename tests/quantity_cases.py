"""Real-news sentences and the quantities a careful reader takes from them (the spec
for crosscheck.quantities; used by tests/test_quantity_table.py)."""

from __future__ import annotations

from typing import NamedTuple


class Q(NamedTuple):
    text: str  # the quantity span exactly as written, hedge words included
    low: float | None  # interval the text states; None when open
    high: float | None
    bound: str = "exact"  # exact | approximate | lower | upper | range
    unit: str | None = None
    currency: str | None = None
    rate: str | None = None
    kind: str = "amount"  # amount | age | time
    vague: bool = False


class Case(NamedTuple):
    topic: str
    sentence: str
    quantities: list[Q]  # in order of appearance; [] when nothing is a claim


# Decisions the conventions leave open, made once here:
# - A currency or unit written as a word after the figure is part of the span
#   ("half a billion euros", "50 million US dollars", "61.4 per cent", "12 years").
# - A threshold verb is a hedge and part of the span ("topped 500", "surpassed $3 trillion").
# - "a share", "a barrel" are prices per item: rate is the item ("share"), so a price per
#   share is never compared with a total.
# - "an average of" is not used: an average is a stated figure, not a hedge.
# - A figure whose counted noun is the name of a thing ("three-pointers", "S&P 500",
#   "the 10-year Treasury yield", "No. 23 shirt") is no claim.
# - "from X to Y" after a verb of change ("charge from 10% to 80%") is two figures.

CASES: list[Case] = [
    # --- disasters -------------------------------------------------------------------------
    Case(
        "disaster",
        "At least 1,200 people were killed, officials said.",
        [Q("At least 1,200", 1200, None, "lower")],
    ),
    Case(
        "disaster",
        "A magnitude-5.1 aftershock and a magnitude 6.4 earthquake were felt in the capital.",
        [Q("5.1", 5.1, 5.1, unit="magnitude"), Q("6.4", 6.4, 6.4, unit="magnitude")],
    ),
    Case(
        "disaster",
        "A 7.8-magnitude earthquake struck southern Turkey at 04:17 local time at a depth "
        "of about 18km, the U.S. Geological Survey said.",
        [
            Q("7.8-magnitude", 7.8, 7.8, unit="magnitude"),
            Q("04:17", 4 + 17 / 60, 4 + 17 / 60, kind="time"),
            Q("about 18km", 18, 18, "approximate", unit="km"),
        ],
    ),
    Case(
        "disaster",
        "The death toll from the floods has risen to 147, with dozens more still missing, "
        "the disaster management agency said.",
        [Q("147", 147, 147), Q("dozens", 24, 99, "range", vague=True)],
    ),
    Case(
        "disaster",
        "Rescuers pulled a 62-year-old woman alive from the rubble of an apartment block "
        "some 80 hours after the quake.",
        [
            Q("62-year-old", 62, 62, unit="year", kind="age"),
            Q("some 80 hours", 80, 80, "approximate", unit="hour"),
        ],
    ),
    Case(
        "disaster",
        "Hundreds of thousands of people have been left without power, and more than 2,300 "
        "homes were destroyed.",
        [
            Q("Hundreds of thousands", 200_000, 999_999, "range", vague=True),
            Q("more than 2,300", 2300, None, "lower"),
        ],
    ),
    Case(
        "disaster",
        "The wildfire has burned through 12,400 hectares and was 35 percent contained by "
        "Sunday evening, Cal Fire said.",
        [
            Q("12,400 hectares", 12400, 12400, unit="ha"),
            Q("35 percent", 35, 35, unit="%"),
        ],
    ),
    Case(
        "disaster",
        "An estimated 12,000 people are sheltering in 87 evacuation centres across the province.",
        [Q("An estimated 12,000", 12000, 12000, "approximate"), Q("87", 87, 87)],
    ),
    Case(
        "disaster",
        "Three people were killed and 14 injured when a landslide buried a bus on the "
        "mountain road.",
        [Q("Three", 3, 3), Q("14", 14, 14)],
    ),
    Case(
        "disaster",
        "The cyclone made landfall near Chittagong at around 3 a.m., packing winds of up to "
        "180 km/h (112 mph).",
        [
            Q("around 3 a.m.", 3, 3, "approximate", kind="time"),
            Q("up to 180 km/h", None, 180, "upper", unit="km/h"),
        ],
    ),
    Case(
        "disaster",
        "Officials said between 300 and 400 people were still unaccounted for.",
        [Q("between 300 and 400", 300, 400, "range")],
    ),
    Case(
        "disaster",
        "The UN said the disaster had affected as many as 3.3 million people and destroyed "
        "nearly 40% of the region's crops.",
        [
            Q("as many as 3.3 million", None, 3.3e6, "upper"),
            Q("nearly 40%", 40, 40, "approximate", unit="%"),
        ],
    ),
    Case(
        "disaster",
        "The state government has set aside A$250 million for recovery, with a further "
        "A$75 million in grants to farmers.",
        [
            Q("A$250 million", 2.5e8, 2.5e8, currency="AUD"),
            Q("A$75 million", 7.5e7, 7.5e7, currency="AUD"),
        ],
    ),
    Case(
        "disaster",
        "The 2004 Indian Ocean tsunami remains the deadliest in recorded history.",
        [],
    ),
    Case(
        "disaster",
        "Survivors gathered on March 11 to mark the anniversary of the disaster.",
        [],
    ),
    Case(
        "disaster",
        "The eruption sent an ash column 14 kilometres into the sky, forcing the airport to "
        "close for 36 hours.",
        [
            Q("14 kilometres", 14, 14, unit="km"),
            Q("36 hours", 36, 36, unit="hour"),
        ],
    ),
    Case(
        "disaster",
        "Thousands of residents fled the town as the river rose to 9.4 metres, its highest "
        "level since the 1970s.",
        [
            Q("Thousands", 2000, 9999, "range", vague=True),
            Q("9.4 metres", 9.4, 9.4, unit="m"),
        ],
    ),
    Case(
        "disaster",
        "The death toll topped 500 on Tuesday, and the Red Cross warned it could climb to "
        "anywhere from 1,000 to 1,500.",
        [
            Q("topped 500", 500, None, "lower"),
            Q("anywhere from 1,000 to 1,500", 1000, 1500, "range"),
        ],
    ),
    Case(
        "disaster",
        "A quarter of a million people were evacuated ahead of the storm.",
        [Q("A quarter of a million", 250_000, 250_000)],
    ),
    Case(
        "disaster",
        "Residents of the two villages said they had been given no warning.",
        [],
    ),
    Case(
        "disaster",
        "Scores of bodies have been recovered from the collapsed mine, where up to 70 miners "
        "had been working, local media reported.",
        [
            Q("Scores", 40, 99, "range", vague=True),
            Q("up to 70", None, 70, "upper"),
        ],
    ),
    Case(
        "disaster",
        "The quake was felt 400 km (250 miles) away in Damascus.",
        [Q("400 km", 400, 400, unit="km")],
    ),
    Case(
        "disaster",
        "Over 5,000 buildings collapsed, and rescue teams were working around the clock.",
        [Q("Over 5,000", 5000, None, "lower")],
    ),
    Case(
        "disaster",
        "The fire has scorched more than 1,500 square kilometres of forest.",
        [Q("more than 1,500 square kilometres", 1500, None, "lower", unit="km2")],
    ),
    Case(
        "disaster",
        "An estimated 2.5 million gallons of crude oil spilled into the bay.",
        [Q("An estimated 2.5 million gallons", 2.5e6, 2.5e6, "approximate", unit="gal")],
    ),
    Case(
        "disaster",
        "The UN estimates that 10-12 million people will need food aid before the next harvest.",
        [Q("10-12 million", 1e7, 1.2e7, "range")],
    ),
    Case(
        "disaster",
        "A dozen people were injured when the stage collapsed, and two of the injured were "
        "in a critical condition.",
        [Q("A dozen", 12, 12, "approximate")],
    ),
    Case(
        "disaster",
        "The camp is receiving about 1,500 new arrivals daily, the refugee agency said.",
        [Q("about 1,500", 1500, 1500, "approximate", rate="day")],
    ),
    Case(
        "disaster",
        "One firefighter was killed and one is still missing, the fire service said.",
        [],
    ),
    Case(
        "disaster",
        "Photo 3/12: Rescuers search the rubble in Antakya.",
        [],
    ),
    # --- finance and markets ---------------------------------------------------------------
    Case(
        "finance",
        "The S&P 500 rose 1.2% to 5,123.41, while the Nasdaq Composite added 1.8%.",
        [
            Q("1.2%", 1.2, 1.2, unit="%"),
            Q("5,123.41", 5123.41, 5123.41),
            Q("1.8%", 1.8, 1.8, unit="%"),
        ],
    ),
    Case(
        "finance",
        "The FTSE 100 closed down 0.4 per cent at 7,682.",
        [Q("0.4 per cent", 0.4, 0.4, unit="%"), Q("7,682", 7682, 7682)],
    ),
    Case(
        "finance",
        "The Federal Reserve raised interest rates by a quarter of a percentage point to a "
        "range of 5.25%-5.50%.",
        [
            Q("a quarter of a percentage point", 0.25, 0.25, unit="pp"),
            Q("5.25%-5.50%", 5.25, 5.5, "range", unit="%"),
        ],
    ),
    Case(
        "finance",
        "Brent crude futures settled up 92 cents, or 1.1%, at $85.40.",
        [
            Q("92 cents", 0.92, 0.92, currency="USD"),
            Q("1.1%", 1.1, 1.1, unit="%"),
            Q("$85.40", 85.4, 85.4, currency="USD"),
        ],
    ),
    Case(
        "finance",
        "Japan spent ¥9.8 trillion ($62 billion) propping up the yen last month, Finance "
        "Ministry data showed.",
        [Q("¥9.8 trillion", 9.8e12, 9.8e12, currency="JPY")],
    ),
    Case(
        "finance",
        "Net profit rose to 1.2 bln dlrs, or 75 cts a share, from 980 mln dlrs, or 61 cts a "
        "share, a year earlier.",
        [
            Q("1.2 bln dlrs", 1.2e9, 1.2e9, currency="USD"),
            Q("75 cts", 0.75, 0.75, currency="USD", rate="share"),
            Q("980 mln dlrs", 9.8e8, 9.8e8, currency="USD"),
            Q("61 cts", 0.61, 0.61, currency="USD", rate="share"),
        ],
    ),
    Case(
        "finance",
        "Sales fell 3.4 pct to 12.7 bln stg in the first half.",
        [
            Q("3.4 pct", 3.4, 3.4, unit="%"),
            Q("12.7 bln stg", 1.27e10, 1.27e10, currency="GBP"),
        ],
    ),
    Case(
        "finance",
        "The company said it expects full-year revenue of between $38 billion and $40 billion.",
        [Q("between $38 billion and $40 billion", 3.8e10, 4e10, "range", currency="USD")],
    ),
    Case(
        "finance",
        "Inflation rose from 3.2% in January to 3.5% in March, the statistics office said.",
        [Q("3.2%", 3.2, 3.2, unit="%"), Q("3.5%", 3.5, 3.5, unit="%")],
    ),
    Case(
        "finance",
        "The central bank left its benchmark rate unchanged at 4.35 per cent for a seventh "
        "straight meeting.",
        [Q("4.35 per cent", 4.35, 4.35, unit="%")],
    ),
    Case(
        "finance",
        "Shares in the miner plunged as much as 18% in early trading, wiping almost £2bn off "
        "its market value.",
        [
            Q("as much as 18%", None, 18, "upper", unit="%"),
            Q("almost £2bn", 2e9, 2e9, "approximate", currency="GBP"),
        ],
    ),
    Case(
        "finance",
        "Bitcoin topped $70,000 for the first time on Monday.",
        [Q("topped $70,000", 70000, None, "lower", currency="USD")],
    ),
    Case(
        "finance",
        "The euro slipped 0.3% to $1.0812.",
        [Q("0.3%", 0.3, 0.3, unit="%"), Q("$1.0812", 1.0812, 1.0812, currency="USD")],
    ),
    Case(
        "finance",
        "Germany's economy shrank 0.3 percent in the fourth quarter, and the government now "
        "expects growth of just 0.2 percent this year.",
        [Q("0.3 percent", 0.3, 0.3, unit="%"), Q("0.2 percent", 0.2, 0.2, unit="%")],
    ),
    Case(
        "finance",
        "Unemployment ticked up 0.2 percentage point to 3.9%, with employers adding 175,000 jobs.",
        [
            Q("0.2 percentage point", 0.2, 0.2, unit="pp"),
            Q("3.9%", 3.9, 3.9, unit="%"),
            Q("175,000", 175_000, 175_000),
        ],
    ),
    Case(
        "finance",
        "The fund, which manages some US$1.4 trillion, said its returns averaged 6.1% a year "
        "over the past decade.",
        [
            Q("some US$1.4 trillion", 1.4e12, 1.4e12, "approximate", currency="USD"),
            Q("6.1%", 6.1, 6.1, unit="%", rate="year"),
        ],
    ),
    Case(
        "finance",
        "Shares of Fortune 500 companies have lagged the Russell 2000 since 2021.",
        [],
    ),
    Case(
        "finance",
        "The 10-year Treasury yield rose 5 basis points to 4.32%.",
        [Q("5 basis points", 5, 5, unit="bp"), Q("4.32%", 4.32, 4.32, unit="%")],
    ),
    Case(
        "finance",
        "Investors pulled USD 3.5 billion from emerging-market bond funds in the week to "
        "Wednesday, EPFR data showed.",
        [Q("USD 3.5 billion", 3.5e9, 3.5e9, currency="USD")],
    ),
    Case(
        "finance",
        "Spot gold was up 0.6% at $2,318.50 by 1430 GMT.",
        [
            Q("0.6%", 0.6, 0.6, unit="%"),
            Q("$2,318.50", 2318.5, 2318.5, currency="USD"),
            Q("1430 GMT", 14.5, 14.5, kind="time"),
        ],
    ),
    Case(
        "finance",
        "The pound was down 0.2% at $1.2645 at 0930 GMT.",
        [
            Q("0.2%", 0.2, 0.2, unit="%"),
            Q("$1.2645", 1.2645, 1.2645, currency="USD"),
            Q("0930 GMT", 9.5, 9.5, kind="time"),
        ],
    ),
    Case(
        "finance",
        "Canada's largest pension fund reported net assets of C$632.3 billion, up from "
        "C$590.8 billion a year earlier.",
        [
            Q("C$632.3 billion", 6.323e11, 6.323e11, currency="CAD"),
            Q("C$590.8 billion", 5.908e11, 5.908e11, currency="CAD"),
        ],
    ),
    Case(
        "finance",
        "The Nikkei 225 and the Hang Seng were closed for a holiday on Monday.",
        [],
    ),
    Case(
        "finance",
        "The stock now trades at less than $5, down from a peak of $48.20 in 2021.",
        [
            Q("less than $5", None, 5, "upper", currency="USD"),
            Q("$48.20", 48.2, 48.2, currency="USD"),
        ],
    ),
    Case(
        "finance",
        "Apple's market value fell below $3tn after the results.",
        [Q("below $3tn", None, 3e12, "upper", currency="USD")],
    ),
    Case(
        "finance",
        "The lender booked a £12.5mn charge for bad loans in the quarter.",
        [Q("£12.5mn", 1.25e7, 1.25e7, currency="GBP")],
    ),
    Case(
        "finance",
        "OPEC+ agreed to cut output by 2 million barrels per day, about 2% of global demand.",
        [
            Q("2 million barrels", 2e6, 2e6, unit="bbl", rate="day"),
            Q("about 2%", 2, 2, "approximate", unit="%"),
        ],
    ),
    # --- elections ---------------------------------------------------------------------------
    Case(
        "election",
        "Turnout was 61.4 per cent, down 3.2 percentage points from the last general election.",
        [
            Q("61.4 per cent", 61.4, 61.4, unit="%"),
            Q("3.2 percentage points", 3.2, 3.2, unit="pp"),
        ],
    ),
    Case(
        "election",
        "With 98% of precincts reporting, the senator led by 1,204 votes out of more than "
        "4.2 million cast.",
        [
            Q("98%", 98, 98, unit="%"),
            Q("1,204", 1204, 1204),
            Q("more than 4.2 million", 4.2e6, None, "lower"),
        ],
    ),
    Case(
        "election",
        "The ruling party won 76 of the 150 seats in parliament, falling short of a majority.",
        [Q("76", 76, 76), Q("150", 150, 150)],
    ),
    Case(
        "election",
        "Labour took 33.7% of the vote but won 411 of the 650 seats in the House of Commons.",
        [Q("33.7%", 33.7, 33.7, unit="%"), Q("411", 411, 411), Q("650", 650, 650)],
    ),
    Case(
        "election",
        "A candidate needs 270 electoral votes to win the presidency.",
        [Q("270", 270, 270)],
    ),
    Case(
        "election",
        "Nearly 160 million Americans voted in the 2020 election, according to the Census Bureau.",
        [Q("Nearly 160 million", 1.6e8, 1.6e8, "approximate")],
    ),
    Case(
        "election",
        "The president's approval rating fell to 38%, according to a Reuters/Ipsos poll of "
        "4,413 adults with a margin of error of plus or minus 2 percentage points.",
        [
            Q("38%", 38, 38, unit="%"),
            Q("4,413", 4413, 4413),
            Q("2 percentage points", 2, 2, unit="pp"),
        ],
    ),
    Case(
        "election",
        "Polls opened at 7 a.m. and closed at 8 p.m. local time.",
        [Q("7 a.m.", 7, 7, kind="time"), Q("8 p.m.", 20, 20, kind="time")],
    ),
    Case(
        "election",
        "Some 1.2 million postal ballots were still to be counted on Thursday.",
        [Q("Some 1.2 million", 1.2e6, 1.2e6, "approximate")],
    ),
    Case(
        "election",
        "The Conservatives are projected to win between 280 and 310 seats, an exit poll showed.",
        [Q("between 280 and 310", 280, 310, "range")],
    ),
    Case(
        "election",
        "The party's vote share rose from 12% to 19%, making it the third-largest group in "
        "the chamber.",
        [Q("12%", 12, 12, unit="%"), Q("19%", 19, 19, unit="%")],
    ),
    Case(
        "election",
        "The 2016 election upended political orthodoxy in both parties.",
        [],
    ),
    Case(
        "election",
        "Lawmakers voted to amend Article 5 of the constitution, which sets presidential "
        "term limits.",
        [],
    ),
    Case(
        "election",
        "The two leaders met on the sidelines of the G20 summit in New Delhi.",
        [],
    ),
    Case(
        "election",
        "Campaigns spent upwards of $14 billion on the 2020 races, according to OpenSecrets.",
        [Q("upwards of $14 billion", 1.4e10, None, "lower", currency="USD")],
    ),
    Case(
        "election",
        "A runoff will be held in 21 days if no candidate wins more than 50% of the vote.",
        [
            Q("21 days", 21, 21, unit="day"),
            Q("more than 50%", 50, None, "lower", unit="%"),
        ],
    ),
    Case(
        "election",
        "Election officials said fewer than 500 ballots had been rejected for missing signatures.",
        [Q("fewer than 500", None, 500, "upper")],
    ),
    Case(
        "election",
        "The opposition leader, 58, won 52.3 percent to the president's 45.9 percent.",
        [
            Q("58", 58, 58, unit="year", kind="age"),
            Q("52.3 percent", 52.3, 52.3, unit="%"),
            Q("45.9 percent", 45.9, 45.9, unit="%"),
        ],
    ),
    Case(
        "election",
        "Voters in the state's 67 counties cast about 11 million ballots.",
        [Q("67", 67, 67), Q("about 11 million", 1.1e7, 1.1e7, "approximate")],
    ),
    Case(
        "election",
        "One or two ministers are expected to lose their seats, a couple of party insiders said.",
        [],
    ),
    Case(
        "election",
        "Twenty-seven lawmakers defected to the opposition bloc, leaving the coalition with "
        "a majority of just four.",
        [Q("Twenty-seven", 27, 27), Q("four", 4, 4)],
    ),
    Case(
        "election",
        "Under 40% of eligible voters cast a ballot in the local elections.",
        [Q("Under 40%", None, 40, "upper", unit="%")],
    ),
    Case(
        "election",
        "Voting ends at noon on Sunday, and results are expected at around 9 p.m.",
        [Q("noon", 12, 12, kind="time"), Q("around 9 p.m.", 21, 21, "approximate", kind="time")],
    ),
    # --- sport -------------------------------------------------------------------------------
    Case(
        "sport",
        "Liverpool beat Everton 2-0 at Anfield in front of 52,000 fans.",
        [Q("52,000", 52000, 52000)],
    ),
    Case(
        "sport",
        "Alcaraz won 6-4, 6-3 to reach the final.",
        [],
    ),
    Case(
        "sport",
        "Arsenal came from behind to win 3-1, their 10th straight league victory.",
        [],
    ),
    Case(
        "sport",
        "Kane has scored 36 goals in 32 appearances this season.",
        [Q("36", 36, 36), Q("32", 32, 32)],
    ),
    Case(
        "sport",
        "The club agreed a £100m fee with Real Madrid, plus up to £15m in add-ons.",
        [
            Q("£100m", 1e8, 1e8, currency="GBP"),
            Q("up to £15m", None, 1.5e7, "upper", currency="GBP"),
        ],
    ),
    Case(
        "sport",
        "The 25-year-old signed a five-year contract worth a reported €12 million a year.",
        [
            Q("25-year-old", 25, 25, unit="year", kind="age"),
            Q("five-year", 5, 5, unit="year"),
            Q("€12 million", 1.2e7, 1.2e7, currency="EUR", rate="year"),
        ],
    ),
    Case(
        "sport",
        "Curry made 11 three-pointers and finished with 42 points.",
        [Q("11", 11, 11), Q("42", 42, 42)],
    ),
    Case(
        "sport",
        "Kipyegon broke the world record by almost two seconds.",
        [Q("almost two seconds", 2, 2, "approximate", unit="second")],
    ),
    Case(
        "sport",
        "Root made 112 off 98 balls, including 14 fours and two sixes.",
        [Q("112", 112, 112), Q("98", 98, 98), Q("14", 14, 14), Q("two", 2, 2)],
    ),
    Case(
        "sport",
        "The Formula 1 season will feature a record 24 races.",
        [Q("24", 24, 24)],
    ),
    Case(
        "sport",
        "Verstappen finished 7.2 seconds ahead of Norris, with Leclerc third.",
        [Q("7.2 seconds", 7.2, 7.2, unit="second")],
    ),
    Case(
        "sport",
        "Tickets for the final were priced from $150 to $1,200 and sold out in 90 minutes.",
        [
            Q("from $150 to $1,200", 150, 1200, "range", currency="USD"),
            Q("90 minutes", 90, 90, unit="minute"),
        ],
    ),
    Case(
        "sport",
        "The 2023-24 season ended with City lifting the trophy for a fourth consecutive year.",
        [],
    ),
    Case(
        "sport",
        "The Olympic Stadium, which holds 80,000, will host the athletics.",
        [Q("80,000", 80000, 80000)],
    ),
    Case(
        "sport",
        "She cleared 2.10 metres to win gold, 3cm short of the world record.",
        [Q("2.10 metres", 2.1, 2.1, unit="m"), Q("3cm", 3, 3, unit="cm")],
    ),
    Case(
        "sport",
        "A field of more than 50,000 runners set off at 9:30 a.m.",
        [
            Q("more than 50,000", 50000, None, "lower"),
            Q("9:30 a.m.", 9.5, 9.5, kind="time"),
        ],
    ),
    Case(
        "sport",
        "The quarterback completed 27 of 35 passes and threw three touchdowns.",
        [Q("27", 27, 27), Q("35", 35, 35), Q("three", 3, 3)],
    ),
    Case(
        "sport",
        "Ohtani's 10-year, $700 million contract is the largest in sports history.",
        [
            Q("10-year", 10, 10, unit="year"),
            Q("$700 million", 7e8, 7e8, currency="USD"),
        ],
    ),
    Case(
        "sport",
        "He wore the No. 23 shirt at the 2016 Rio Olympics.",
        [],
    ),
    Case(
        "sport",
        "Injury has kept the 31-year-old out for six weeks.",
        [
            Q("31-year-old", 31, 31, unit="year", kind="age"),
            Q("six weeks", 6, 6, unit="week"),
        ],
    ),
    Case(
        "sport",
        "Hamilton took pole position for the 104th time in his career.",
        [],
    ),
    Case(
        "sport",
        "Norway finished in third place for the second year running.",
        [],
    ),
    Case(
        "sport",
        "The COVID-19 pandemic forced organisers to postpone the Tokyo Games.",
        [],
    ),
    Case(
        "sport",
        "The midfielder signed a four-year deal worth £200,000 a week.",
        [
            Q("four-year", 4, 4, unit="year"),
            Q("£200,000", 200_000, 200_000, currency="GBP", rate="week"),
        ],
    ),
    Case(
        "sport",
        "Police arrested two dozen fans after fighting broke out before kick-off.",
        [Q("two dozen", 24, 24)],
    ),
    # --- science and health ------------------------------------------------------------------
    Case(
        "science",
        "The vaccine was 95% effective at preventing COVID-19 in a trial of more than 43,000 "
        "people.",
        [Q("95%", 95, 95, unit="%"), Q("more than 43,000", 43000, None, "lower")],
    ),
    Case(
        "science",
        "The drug cut the risk of heart attack by 23 per cent over five years, researchers "
        "reported in The Lancet.",
        [Q("23 per cent", 23, 23, unit="%"), Q("five years", 5, 5, unit="year")],
    ),
    Case(
        "science",
        "The outbreak has infected at least 1,847 people and killed 62 since it began, the "
        "WHO said.",
        [Q("at least 1,847", 1847, None, "lower"), Q("62", 62, 62)],
    ),
    Case(
        "science",
        "Researchers followed 12,345 adults aged 40 to 69 for 11 years.",
        [
            Q("12,345", 12345, 12345),
            Q("40 to 69", 40, 69, "range", unit="year", kind="age"),
            Q("11 years", 11, 11, unit="year"),
        ],
    ),
    Case(
        "science",
        "The telescope captured the galaxy as it was some 13.4 billion years ago.",
        [Q("some 13.4 billion years", 1.34e10, 1.34e10, "approximate", unit="year")],
    ),
    Case(
        "science",
        "Global average temperatures were 1.48C above pre-industrial levels last year, "
        "Copernicus said.",
        [Q("1.48C", 1.48, 1.48, unit="°C")],
    ),
    Case(
        "science",
        "The hospital has 1,200 beds, but more than 300 patients were waiting on trolleys on "
        "Monday.",
        [Q("1,200", 1200, 1200), Q("more than 300", 300, None, "lower")],
    ),
    Case(
        "science",
        "The asteroid, roughly 140 metres across, will pass about 7.5 million km from Earth.",
        [
            Q("roughly 140 metres", 140, 140, "approximate", unit="m"),
            Q("about 7.5 million km", 7.5e6, 7.5e6, "approximate", unit="km"),
        ],
    ),
    Case(
        "science",
        "Measles cases in Europe jumped to 58,114 last year from 941 in 2022.",
        [Q("58,114", 58114, 58114), Q("941", 941, 941)],
    ),
    Case(
        "science",
        "The trial enrolled 1,500 patients across 12 countries and ran for 18 months.",
        [
            Q("1,500", 1500, 1500),
            Q("12", 12, 12),
            Q("18 months", 18, 18, unit="month"),
        ],
    ),
    Case(
        "science",
        "Patients on the higher dose lost 15% of their body weight over 68 weeks.",
        [Q("15%", 15, 15, unit="%"), Q("68 weeks", 68, 68, unit="week")],
    ),
    Case(
        "science",
        "Adults over 65 should get a second dose of the updated COVID-19 vaccine, the CDC said.",
        [Q("over 65", 65, None, "lower", unit="year", kind="age")],
    ),
    Case(
        "science",
        "The H5N1 virus has been found in dairy herds in 12 states.",
        [Q("12", 12, 12)],
    ),
    Case(
        "science",
        "The study, published in Nature Medicine in 2023, was funded by the NIH.",
        [],
    ),
    Case(
        "science",
        "Each dose costs around $1,000, and patients need up to three doses a year.",
        [
            Q("around $1,000", 1000, 1000, "approximate", currency="USD"),
            Q("up to three", None, 3, "upper", rate="year"),
        ],
    ),
    Case(
        "science",
        "Global sea levels have risen by 21-24 cm since 1880.",
        [Q("21-24 cm", 21, 24, "range", unit="cm")],
    ),
    Case(
        "science",
        "The probe travelled 6.2 billion kilometres over seven years to reach the asteroid.",
        [
            Q("6.2 billion kilometres", 6.2e9, 6.2e9, unit="km"),
            Q("seven years", 7, 7, unit="year"),
        ],
    ),
    Case(
        "science",
        "Surgeons performed 3,200 transplants last year, up 8% on 2022.",
        [Q("3,200", 3200, 3200), Q("8%", 8, 8, unit="%")],
    ),
    Case(
        "science",
        "The patient was moved to Ward 7 at St Mary's on Tuesday.",
        [],
    ),
    Case(
        "science",
        "Malaria killed an estimated 608,000 people in 2022, the WHO said.",
        [Q("an estimated 608,000", 608_000, 608_000, "approximate")],
    ),
    Case(
        "science",
        "The new variant is at most 10% more transmissible, scientists estimate.",
        [Q("at most 10%", None, 10, "upper", unit="%")],
    ),
    Case(
        "science",
        "Two of the patients were discharged after the first of their check-ups.",
        [],
    ),
    Case(
        "science",
        "Millions of people in England are waiting for hospital treatment, and the backlog "
        "grew by 33,000 last month.",
        [
            Q("Millions", 2e6, 999_999_999, "range", vague=True),
            Q("33,000", 33000, 33000),
        ],
    ),
    # --- conflict and defence ----------------------------------------------------------------
    Case(
        "conflict",
        "Russia launched 120 missiles and 90 drones overnight, Ukraine's air force said, "
        "adding that 114 of them had been shot down.",
        [Q("120", 120, 120), Q("90", 90, 90), Q("114", 114, 114)],
    ),
    Case(
        "conflict",
        "Su-34 and Tu-160 bombers took part in the strikes alongside MiG-31I fighters.",
        [],
    ),
    Case(
        "conflict",
        "The package includes 155mm shells and spare parts for F-16 jets.",
        [],
    ),
    Case(
        "conflict",
        "Congress approved a $61 billion aid package, including about $13.8 billion for weapons.",
        [
            Q("$61 billion", 6.1e10, 6.1e10, currency="USD"),
            Q("about $13.8 billion", 1.38e10, 1.38e10, "approximate", currency="USD"),
        ],
    ),
    Case(
        "conflict",
        "North Korea has sent an estimated 11,000 troops to Russia, with 3,000 more "
        "expected, South Korea's spy agency said.",
        [
            Q("an estimated 11,000", 11000, 11000, "approximate"),
            Q("3,000", 3000, 3000),
        ],
    ),
    Case(
        "conflict",
        "At least 32 civilians, including five children, were killed in the shelling, the "
        "regional governor said.",
        [Q("At least 32", 32, None, "lower"), Q("five", 5, 5)],
    ),
    Case(
        "conflict",
        "The front line stretches for roughly 1,000 km (620 miles).",
        [Q("roughly 1,000 km", 1000, 1000, "approximate", unit="km")],
    ),
    Case(
        "conflict",
        "The military said it had struck more than 150 targets in the past 24 hours.",
        [Q("more than 150", 150, None, "lower"), Q("24 hours", 24, 24, unit="hour")],
    ),
    Case(
        "conflict",
        "The ministry said tens of thousands of reservists would be called up.",
        [Q("tens of thousands", 20000, 99999, "range", vague=True)],
    ),
    Case(
        "conflict",
        "Germany will spend €100 billion to modernise its armed forces, lifting defence "
        "spending above 2% of GDP.",
        [
            Q("€100 billion", 1e11, 1e11, currency="EUR"),
            Q("above 2%", 2, None, "lower", unit="%"),
        ],
    ),
    Case(
        "conflict",
        "NATO leaders reaffirmed their commitment to Article 5 at the summit in Vilnius.",
        [],
    ),
    Case(
        "conflict",
        "Seven soldiers were killed and 19 wounded when their convoy hit a roadside bomb.",
        [Q("Seven", 7, 7), Q("19", 19, 19)],
    ),
    Case(
        "conflict",
        "The brigade was firing up to 6,000 artillery rounds a day at the height of the offensive.",
        [Q("up to 6,000", None, 6000, "upper", rate="day")],
    ),
    Case(
        "conflict",
        "The Pentagon is sending 1,500 additional troops and a Patriot missile battery to "
        "the region.",
        [Q("1,500", 1500, 1500)],
    ),
    Case(
        "conflict",
        "As many as 600 people may have been killed in the attack, a UN official said.",
        [Q("As many as 600", None, 600, "upper")],
    ),
    Case(
        "conflict",
        "The deal calls for a six-week pause, the release of 33 hostages and a pullback of "
        "forces to 700 metres from the border.",
        [
            Q("six-week", 6, 6, unit="week"),
            Q("33", 33, 33),
            Q("700 metres", 700, 700, unit="m"),
        ],
    ),
    Case(
        "conflict",
        "The 82nd Airborne Division and the 1st Armored Division took part in the exercises.",
        [],
    ),
    Case(
        "conflict",
        "Kyiv says it has destroyed 8,900 Russian tanks and 17,800 armoured vehicles since "
        "the start of the invasion.",
        [Q("8,900", 8900, 8900), Q("17,800", 17800, 17800)],
    ),
    Case(
        "conflict",
        "The drone flew about 1,800 kilometres before striking the refinery at 4:20 a.m.",
        [
            Q("about 1,800 kilometres", 1800, 1800, "approximate", unit="km"),
            Q("4:20 a.m.", 4 + 20 / 60, 4 + 20 / 60, kind="time"),
        ],
    ),
    Case(
        "conflict",
        "Troops detained 14 suspected militants and seized 30 rifles, a 9mm pistol and "
        "2,000 rounds of ammunition.",
        [Q("14", 14, 14), Q("30", 30, 30), Q("2,000", 2000, 2000)],
    ),
    Case(
        "conflict",
        "The G7 foreign ministers condemned the strike on Kharkiv.",
        [],
    ),
    Case(
        "conflict",
        "Officials estimate that another 25,000–30,000 troops could be deployed by spring.",
        [Q("25,000–30,000", 25000, 30000, "range")],
    ),
    Case(
        "conflict",
        "The fighting has displaced between 1.5 and 2 million people, aid agencies say.",
        [Q("between 1.5 and 2 million", 1.5e6, 2e6, "range")],
    ),
    Case(
        "conflict",
        "A curfew will run from midnight to 5 a.m. in the capital.",
        [Q("5 a.m.", 5, 5, kind="time")],
    ),
    # --- crime and courts --------------------------------------------------------------------
    Case(
        "crime",
        "A 23-year-old man has been charged with murder after a woman, 34, was found dead at "
        "a flat in east London.",
        [
            Q("23-year-old", 23, 23, unit="year", kind="age"),
            Q("34", 34, 34, unit="year", kind="age"),
        ],
    ),
    Case(
        "crime",
        "Police said the gunman fired at least 30 rounds from a semi-automatic rifle before "
        "he was shot by officers.",
        [Q("at least 30", 30, None, "lower")],
    ),
    Case(
        "crime",
        "He was sentenced to 12 years in prison and ordered to pay $1.5 million in restitution.",
        [
            Q("12 years", 12, 12, unit="year"),
            Q("$1.5 million", 1.5e6, 1.5e6, currency="USD"),
        ],
    ),
    Case(
        "crime",
        "Border officers seized 2.5 tonnes of cocaine with a street value of an estimated £200m.",
        [
            Q("2.5 tonnes", 2.5, 2.5, unit="t"),
            Q("an estimated £200m", 2e8, 2e8, "approximate", currency="GBP"),
        ],
    ),
    Case(
        "crime",
        "Officers arrested 14 people and recovered more than 40 stolen vehicles in raids "
        "across the city.",
        [Q("14", 14, 14), Q("more than 40", 40, None, "lower")],
    ),
    Case(
        "crime",
        "The suspect, described as a white man in his 20s, fled in a silver sedan.",
        [Q("20s", 20, 29, "range", unit="year", kind="age")],
    ),
    Case(
        "crime",
        "Mark Ellis, 52, of Leeds, pleaded guilty and will be sentenced on April 12.",
        [Q("52", 52, 52, unit="year", kind="age")],
    ),
    Case(
        "crime",
        "The shooting happened at about 10:30 p.m. outside a bar on Main Street.",
        [Q("about 10:30 p.m.", 22.5, 22.5, "approximate", kind="time")],
    ),
    Case(
        "crime",
        "The jury deliberated for nine hours before convicting him on all 34 counts.",
        [Q("nine hours", 9, 9, unit="hour"), Q("34", 34, 34)],
    ),
    Case(
        "crime",
        "A woman in her early 30s was taken to hospital with stab wounds.",
        [Q("early 30s", 30, 33, "range", unit="year", kind="age")],
    ),
    Case(
        "crime",
        "Bail was set at $50,000, and he faces up to 20 years in prison if convicted.",
        [
            Q("$50,000", 50000, 50000, currency="USD"),
            Q("up to 20 years", None, 20, "upper", unit="year"),
        ],
    ),
    Case(
        "crime",
        "Protesters gathered outside 10 Downing Street on Saturday.",
        [],
    ),
    Case(
        "crime",
        "A man was shot in front of the hotel at 1335 6th Avenue in Midtown.",
        [],
    ),
    Case(
        "crime",
        "Anyone with information should call police on 101 or Crimestoppers on 0800 555 111.",
        [],
    ),
    Case(
        "crime",
        "The fraud cost investors close to $2 billion, prosecutors said.",
        [Q("close to $2 billion", 2e9, 2e9, "approximate", currency="USD")],
    ),
    Case(
        "crime",
        "The man, aged 41, was arrested at 14:45 at Heathrow airport.",
        [
            Q("41", 41, 41, unit="year", kind="age"),
            Q("14:45", 14.75, 14.75, kind="time"),
        ],
    ),
    Case(
        "crime",
        "A man in his mid-40s and a woman in her late 20s were arrested on suspicion of burglary.",
        [
            Q("mid-40s", 44, 46, "range", unit="year", kind="age"),
            Q("late 20s", 27, 29, "range", unit="year", kind="age"),
        ],
    ),
    Case(
        "crime",
        "The boy, believed to be 10 or 11 years old, died; a 10- or 11-year-old girl was hurt.",
        [
            Q("10 or 11 years old", 10, 11, "range", unit="year", kind="age"),
            Q("10- or 11-year-old", 10, 11, "range", unit="year", kind="age"),
        ],
    ),
    Case(
        "crime",
        "It happened between 12:30-1 a.m., or between 9 and 10 p.m. by another account.",
        [
            Q("between 12:30-1 a.m.", 0.5, 1, "range", kind="time"),
            Q("between 9 and 10 p.m.", 21, 22, "range", kind="time"),
        ],
    ),
    Case(
        "crime",
        "He was shot twice in the back; twice as many people fled, and she was stabbed once.",
        [Q("twice", 2, 2), Q("once", 1, 1)],
    ),
    Case(
        "crime",
        "A friend called police after 4:00 am; a second call came before 11 p.m. Sunday.",
        [
            Q("after 4:00 am", 4, None, "lower", kind="time"),
            Q("before 11 p.m.", None, 23, "upper", kind="time"),
        ],
    ),
    Case(
        "crime",
        "Crews were sent shortly after noon; the market's noon-hour lull followed at 12 noon.",
        [
            Q("shortly after noon", 12, 12, "approximate", kind="time"),
            Q("12 noon", 12, 12, kind="time"),
        ],
    ),
    Case(
        "crime",
        "Two or three men fired, and all five shooting victims were taken to hospitals.",
        [Q("Two or three", 2, 3, "range"), Q("five", 5, 5)],
    ),
    Case(
        "crime",
        "All four of the wounded were released; the two leaders met.",
        [Q("four", 4, 4)],
    ),
    Case(
        "crime",
        "Police said 3 or 30 people may have seen it, and 11 or 10 heard it.",
        [Q("3", 3, 3), Q("30", 30, 30), Q("11", 11, 11), Q("10", 10, 10)],
    ),
    Case(
        "crime",
        "The second victim, believed to be in her mid- to late 50s, died at the scene.",
        [Q("mid- to late 50s", 54, 59, "range", unit="year", kind="age")],
    ),
    Case(
        "crime",
        "Google was hit with a record €4.3bn fine, the European Commission said.",
        [Q("€4.3bn", 4.3e9, 4.3e9, currency="EUR")],
    ),
    Case(
        "crime",
        "Police said no more than 15 officers were on duty when the riot broke out.",
        [Q("no more than 15", None, 15, "upper")],
    ),
    Case(
        "crime",
        "He was charged under Section 18 of the Offences Against the Person Act 1861.",
        [],
    ),
    Case(
        "crime",
        "Three men, aged 19, 22 and 24, have been charged over the attack.",
        [
            Q("Three", 3, 3),
            Q("19", 19, 19, unit="year", kind="age"),
            Q("22", 22, 22, unit="year", kind="age"),
            Q("24", 24, 24, unit="year", kind="age"),
        ],
    ),
    Case(
        "crime",
        "Prosecutors said the gang smuggled some 4,000 migrants across the Channel, charging "
        "up to £3,000 each.",
        [
            Q("some 4,000", 4000, 4000, "approximate"),
            Q("up to £3,000", None, 3000, "upper", currency="GBP", rate="each"),
        ],
    ),
    Case(
        "crime",
        "Officers found a 9mm pistol and a .38 revolver in the car.",
        [],
    ),
    Case(
        "crime",
        "Officers found 40kg of heroin and £250,000 in cash hidden in the van.",
        [
            Q("40kg", 40, 40, unit="kg"),
            Q("£250,000", 250_000, 250_000, currency="GBP"),
        ],
    ),
    Case(
        "crime",
        "It was the 10th time the court had heard the case.",
        [],
    ),
    Case(
        "crime",
        "The trial is due to begin on 3 March 2024 at Southwark Crown Court.",
        [],
    ),
    Case(
        "crime",
        "The Supreme Court declined to rule on the scope of Section 230.",
        [],
    ),
    # --- weather -----------------------------------------------------------------------------
    Case(
        "weather",
        "Temperatures hit 41.2C in Seville on Tuesday, the highest ever recorded in June.",
        [Q("41.2C", 41.2, 41.2, unit="°C")],
    ),
    Case(
        "weather",
        "Up to 200mm of rain could fall in 24 hours, the Met Office warned.",
        [
            Q("Up to 200mm", None, 200, "upper", unit="mm"),
            Q("24 hours", 24, 24, unit="hour"),
        ],
    ),
    Case(
        "weather",
        "The storm brought gusts of more than 100 mph and left 250,000 homes without power.",
        [
            Q("more than 100 mph", 100, None, "lower", unit="mph"),
            Q("250,000", 250_000, 250_000),
        ],
    ),
    Case(
        "weather",
        "Overnight lows will fall to minus 12 degrees Celsius in the north.",
        [Q("minus 12 degrees Celsius", -12, -12, unit="°C")],
    ),
    Case(
        "weather",
        "Phoenix has now gone 31 days in a row above 110F.",
        [Q("31 days", 31, 31, unit="day"), Q("above 110F", 110, None, "lower", unit="°F")],
    ),
    Case(
        "weather",
        "Forecasters expect 10 to 20 cm of snow, with as much as 30 cm on higher ground.",
        [
            Q("10 to 20 cm", 10, 20, "range", unit="cm"),
            Q("as much as 30 cm", None, 30, "upper", unit="cm"),
        ],
    ),
    Case(
        "weather",
        "The hurricane was moving north-west at 15 km/h, about 300 km south of Miami.",
        [
            Q("15 km/h", 15, 15, unit="km/h"),
            Q("about 300 km", 300, 300, "approximate", unit="km"),
        ],
    ),
    Case(
        "weather",
        "Tornadoes killed at least 23 people across three states, the National Weather "
        "Service said.",
        [Q("at least 23", 23, None, "lower"), Q("three", 3, 3)],
    ),
    Case(
        "weather",
        "The drought has left reservoirs at just 27% of capacity.",
        [Q("27%", 27, 27, unit="%")],
    ),
    Case(
        "weather",
        "It was the wettest February since records began in 1836, with 140.3mm of rain.",
        [Q("140.3mm", 140.3, 140.3, unit="mm")],
    ),
    Case(
        "weather",
        "Hailstones up to 5cm across smashed car windscreens.",
        [Q("up to 5cm", None, 5, "upper", unit="cm")],
    ),
    Case(
        "weather",
        "The Met Office issued an amber warning for the M25 and the A1.",
        [],
    ),
    Case(
        "weather",
        "Snowfall of 1.5 metres cut off villages in the Alps for three days.",
        [Q("1.5 metres", 1.5, 1.5, unit="m"), Q("three days", 3, 3, unit="day")],
    ),
    Case(
        "weather",
        "Daytime highs of 35-38C are expected through the weekend.",
        [Q("35-38C", 35, 38, "range", unit="°C")],
    ),
    Case(
        "weather",
        "Some 40 million people are under heat advisories from Texas to Florida.",
        [Q("Some 40 million", 4e7, 4e7, "approximate")],
    ),
    Case(
        "weather",
        "Wind speeds reached 120 km/h (75 mph) on the coast.",
        [Q("120 km/h", 120, 120, unit="km/h")],
    ),
    Case(
        "weather",
        "Interstate 95 was closed in both directions near Exit 74 because of flooding.",
        [],
    ),
    Case(
        "weather",
        "Temperatures have topped 40C on 11 days so far this summer.",
        [
            Q("topped 40C", 40, None, "lower", unit="°C"),
            Q("11 days", 11, 11, unit="day"),
        ],
    ),
    Case(
        "weather",
        "The typhoon forced the cancellation of more than 1,000 flights and left 1.4 million "
        "households without electricity.",
        [Q("more than 1,000", 1000, None, "lower"), Q("1.4 million", 1.4e6, 1.4e6)],
    ),
    Case(
        "weather",
        "Between 2 and 4 inches of rain fell across the region overnight.",
        [Q("Between 2 and 4 inches", 2, 4, "range", unit="in")],
    ),
    Case(
        "weather",
        "Flooding closed stretches of Route 66 in western Oklahoma.",
        [],
    ),
    Case(
        "weather",
        "The 1990s brought a string of mild winters to the region.",
        [],
    ),
    Case(
        "weather",
        "Rainfall exceeded 300mm in parts of the province, with rain falling at 50mm per hour "
        "at its peak.",
        [
            Q("exceeded 300mm", 300, None, "lower", unit="mm"),
            Q("50mm", 50, 50, unit="mm", rate="hour"),
        ],
    ),
    Case(
        "weather",
        "Hundreds of flights were cancelled at Heathrow and Gatwick.",
        [Q("Hundreds", 200, 999, "range", vague=True)],
    ),
    Case(
        "weather",
        "The tornado stayed on the ground for 25 miles, the weather service said.",
        [Q("25 miles", 25, 25, unit="mi")],
    ),
    # --- business and products ---------------------------------------------------------------
    Case(
        "business",
        "The iPhone 16 Pro has a 6.3-inch display and starts at $999 with 128GB of storage.",
        [
            Q("6.3-inch", 6.3, 6.3, unit="in"),
            Q("$999", 999, 999, currency="USD"),
            Q("128GB", 128, 128, unit="GB"),
        ],
    ),
    Case(
        "business",
        "The phone packs a 5,000mAh battery and a 120Hz screen.",
        [Q("5,000mAh", 5000, 5000, unit="mAh"), Q("120Hz", 120, 120, unit="Hz")],
    ),
    Case(
        "business",
        "The company said it would cut 1,500 jobs, about 8% of its workforce.",
        [Q("1,500", 1500, 1500), Q("about 8%", 8, 8, "approximate", unit="%")],
    ),
    Case(
        "business",
        "Tesla delivered 386,810 vehicles in the first quarter, down 8.5% from a year earlier.",
        [Q("386,810", 386_810, 386_810), Q("8.5%", 8.5, 8.5, unit="%")],
    ),
    Case(
        "business",
        "Microsoft will end support for Windows 10 in October 2025, pushing users to Windows 11.",
        [],
    ),
    Case(
        "business",
        "Sony said PS5 shortages had eased ahead of the holiday season.",
        [],
    ),
    Case(
        "business",
        "The Alaska Airlines Boeing 737 MAX 9 was carrying 171 passengers and six crew when "
        "a door plug blew out.",
        [Q("171", 171, 171), Q("six", 6, 6)],
    ),
    Case(
        "business",
        "Airbus delivered 735 jets last year, including 571 from the A320 family.",
        [Q("735", 735, 735), Q("571", 571, 571)],
    ),
    Case(
        "business",
        "Nvidia's market value surpassed $3 trillion for the first time.",
        [Q("surpassed $3 trillion", 3e12, None, "lower", currency="USD")],
    ),
    Case(
        "business",
        "The deal values the company at US$1.7 billion (A$2.6 billion).",
        [Q("US$1.7 billion", 1.7e9, 1.7e9, currency="USD")],
    ),
    Case(
        "business",
        "The retailer will open 50 to 60 new stores next year, each employing between 30 and "
        "40 staff.",
        [Q("50 to 60", 50, 60, "range"), Q("between 30 and 40", 30, 40, "range")],
    ),
    Case(
        "business",
        "The startup now has 1.3 thousand employees in 14 countries.",
        [Q("1.3 thousand", 1300, 1300), Q("14", 14, 14)],
    ),
    Case(
        "business",
        "The airline carried 10,000+ passengers a day on the route last summer.",
        [Q("10,000+", 10000, None, "lower", rate="day")],
    ),
    Case(
        "business",
        "The plant will have a capacity of 1.2 GW and cost C$2.1 billion to build.",
        [Q("1.2 GW", 1.2, 1.2, unit="GW"), Q("C$2.1 billion", 2.1e9, 2.1e9, currency="CAD")],
    ),
    Case(
        "business",
        "The bank agreed to pay NZ$45 million to settle claims it overcharged customers.",
        [Q("NZ$45 million", 4.5e7, 4.5e7, currency="NZD")],
    ),
    Case(
        "business",
        "The union said eleven thousand workers had walked off the job.",
        [Q("eleven thousand", 11000, 11000)],
    ),
    Case(
        "business",
        "The merger will create a group worth half a billion euros, with sales of about "
        "€200 million.",
        [
            Q("half a billion euros", 5e8, 5e8, currency="EUR"),
            Q("about €200 million", 2e8, 2e8, "approximate", currency="EUR"),
        ],
    ),
    Case(
        "business",
        "The chipmaker plans to spend $20bn-$25bn on new capacity.",
        [Q("$20bn-$25bn", 2e10, 2.5e10, "range", currency="USD")],
    ),
    Case(
        "business",
        "The recall covers fewer than 2,000 cars built between 2019 and 2021.",
        [Q("fewer than 2,000", None, 2000, "upper")],
    ),
    Case(
        "business",
        "The car has a range of up to 500km and can charge from 10% to 80% in 18 minutes.",
        [
            Q("up to 500km", None, 500, "upper", unit="km"),
            Q("10%", 10, 10, unit="%"),
            Q("80%", 80, 80, unit="%"),
            Q("18 minutes", 18, 18, unit="minute"),
        ],
    ),
    Case(
        "business",
        "The company moved its headquarters to 1600 Amphitheatre Parkway in 2004.",
        [],
    ),
    Case(
        "business",
        "Regulators fined the company 50 million US dollars for misleading customers.",
        [Q("50 million US dollars", 5e7, 5e7, currency="USD")],
    ),
    Case(
        "business",
        "The 1TB model costs $1,499, and the subscription is $15.49 a month.",
        [
            Q("1TB", 1, 1, unit="TB"),
            Q("$1,499", 1499, 1499, currency="USD"),
            Q("$15.49", 15.49, 15.49, currency="USD", rate="month"),
        ],
    ),
    Case(
        "business",
        "A Boeing 737 and an Airbus A320 were grounded after the incident.",
        [],
    ),
    Case(
        "business",
        "Page 2 of 5",
        [],
    ),
    Case(
        "business",
        "The Swedish plant will produce 500,000 tonnes of green steel annually.",
        [Q("500,000 tonnes", 500_000, 500_000, unit="t", rate="year")],
    ),
    Case(
        "business",
        "The new bottling line can fill 20,000 litres an hour.",
        [Q("20,000 litres", 20000, 20000, unit="l", rate="hour")],
    ),
    Case(
        "business",
        "The 500MW solar farm will be paired with a 1.2GWh battery.",
        [Q("500MW", 500, 500, unit="MW"), Q("1.2GWh", 1.2, 1.2, unit="GWh")],
    ),
    Case(
        "business",
        "Under the deal, cleaners will be paid at least £12.60 an hour.",
        [Q("at least £12.60", 12.6, None, "lower", currency="GBP", rate="hour")],
    ),
    Case(
        "business",
        "The app's founders raised $500k from angel investors before launch.",
        [Q("$500k", 500_000, 500_000, currency="USD")],
    ),
]
