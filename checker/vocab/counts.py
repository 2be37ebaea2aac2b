"""Vocabulary of figure alignment (the figures rule): which counted nouns and events name one
count, and which words make a figure a rate. Nothing here may name a particular story.

Kept apart from checker/vocab/numbers.py, which the shared extractors read: these entries only
change how the figures rule groups figures that were already extracted.
"""

# Count nouns that news copy uses interchangeably for one count (singular, lower case) ->
# the name the figures rule aligns them under. "4,000 passengers were stranded" and "12,000
# travellers were left stranded"; "the carmaker is recalling 120,000 cars" and "the recall
# covers 400,000 vehicles"; "1,200 jobs" and "900 posts".
COUNT_HEAD_SYNONYMS = {
    "traveller": "passenger", "traveler": "passenger",
    "car": "vehicle",
    "post": "job", "position": "job", "redundancy": "job",
    "spectator": "fan",
    "shop": "store",
    "demonstrator": "protester", "marcher": "protester",
    "elector": "voter",
    "fatality": "death",
    "baby": "infant", "newborn": "infant",
    # a motor fuel under its own name: "5,000 litres of diesel leaked" and "800 litres of fuel
    # escaped" ("oil" stays apart: a crude cargo is not a ship's fuel)
    "diesel": "fuel", "petrol": "fuel", "gasoline": "fuel", "kerosene": "fuel", "paraffin": "fuel",
    # livestock under the singular and the collective: "40 cows died", "90 cattle were killed"
    "cow": "cattle", "hog": "pig", "swine": "pig",
    # an amount to pay: "the repair bill is put at £12m" and "repairs will cost £30m"
    "bill": "cost", "costs": "cost",
    # craft on the water under any name: "40 boats sank", "90 vessels were lost", "ships damaged"
    "boat": "vessel", "ship": "vessel",
    # craft in the air: "12 planes were grounded", "40 aircraft", "jets", "airliners"
    "plane": "aircraft", "airplane": "aircraft", "aeroplane": "aircraft", "airliner": "aircraft", "jet": "aircraft",
    # a goods vehicle under its British, American and trade names (never a car: "vehicle" is the
    # umbrella a story may split into cars and lorries)
    "truck": "lorry", "hgv": "lorry",
    "automobile": "vehicle", "motorcar": "vehicle",
    # the pupils of a school under the British, American and generic names
    "schoolchild": "pupil", "schoolboy": "pupil", "schoolgirl": "pupil",
    # the people held in a prison
    "inmate": "prisoner", "convict": "prisoner",
    # hostages under the captor's word
    "captive": "hostage",
    # the people of a ship's company: "40 crew members", "90 sailors", "12 crewmen", "seafarers"
    "crewman": "crew", "crewmember": "crew", "sailor": "crew", "seaman": "crew", "seafarer": "crew",
    "mariner": "crew",
    # a firm under any of its names
    "firm": "company", "business": "company",
    # one profession under two names
    "physician": "doctor", "legislator": "lawmaker", "parliamentarian": "lawmaker",
    "holidaymaker": "tourist", "vacationer": "tourist", "holiday-maker": "tourist",
    "labourer": "worker", "laborer": "worker", "staffer": "worker",
    "client": "customer", "supporter": "fan",
    "policewoman": "police", "cop": "police", "serviceman": "soldier", "servicemen": "soldier",
    "apartment": "flat", "residence": "home",
    "motorist": "driver", "retiree": "pensioner", "ballot": "vote", "role": "job", "enterprise": "company",
    "mp": "lawmaker", "ewe": "sheep",
    # the people of a place under its plain synonyms ("villagers", "locals" may be a part of them)
    "inhabitant": "resident", "townspeople": "resident", "townsfolk": "resident",
    "tire": "tyre",
    # crude is oil; a bike a bicycle
    "crude": "oil", "bike": "bicycle", "cycle": "bicycle",
    # a prison's guards under their other names ("officers" stays apart: a police story's too)
    "warder": "guard", "jailer": "guard", "jailor": "guard",
}
# What came down in a landslide, a collapse or a rockfall, weighed ("40,000 tonnes of earth and rock
# fell", "15,000 tonnes of material fell", "2,000 tonnes of rubble came down"): one mass, whatever
# the noun, for the event "fell" only (a quarry's "rock" and "soil" sold are two things).
FALLEN_MASS_HEADS = frozenset(
    "material earth rock rocks soil mud debris rubble spoil sediment stone stones boulder boulders "
    "clay gravel sand snow ice masonry concrete".split())
FALLEN_MASS = "debris"

# Nouns that count people through what befell them: "fewer than ten cases of illness" counts
# the people who fell ill. With a person event, such a figure joins the one named group of
# people the story gives that event ("14 infants fell ill"); with two or none it stays apart.
PERSON_CASE_HEADS = frozenset(("case",))
# Men or women: with a person event, the one named group of people the story gives that event
# ("Eleven men were trapped" are the "11 miners trapped"), when the story counts no other sex
# for it ("three women were trapped" beside "11 men trapped" is a part: both stay apart).
GENERIC_PERSON_HEADS = frozenset(("man", "woman"))
# The young under a generic name, and the groups of them a school counts: with a person event
# (or people present), "some 40 children" are the one school group the event names ("40
# pupils"), when it names no other ("12 teachers" beside them is another group, not young).
MINOR_HEADS = frozenset(("child", "kid", "youngster"))
SCHOOL_HEADS = frozenset(("pupil", "student", "schoolchild", "schoolboy", "schoolgirl"))

# Things one wins or receives, whatever the verb: "won 52,340 votes", "received 61,200 votes",
# "took 38 seats", "secured 38 seats". For these heads the verbs below are one event.
ACQUIRED_HEADS = frozenset("vote seat medal point mandate".split())
ACQUIRE_EVENTS = frozenset("won received".split())
ACQUIRE_EVENT = "won"

# The period of a rate after a figure's noun: "40,000 passengers a day", "1,200 jobs a year",
# "300 flights per day". A rate is never compared with a count, nor with another period.
RATE_PERIODS = ("day", "night", "week", "weekend", "month", "year", "hour", "minute", "season", "shift")
RATE_ADVERBS = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
                "annually": "year", "yearly": "year", "hourly": "hour"}
# Words after "a year", "a day" that make it a time, not a rate: "a year ago", "a day later".
RATE_NOT_AFTER = frozenset("ago earlier later after before since from on of into".split())
# "a year in prison", "a week in hospital", "three days in a row": after "in", these words make
# the period a time spent, not a rate ("1.5 million crowns a day in lost trade" is a rate).
RATE_NOT_AFTER_IN = frozenset("prison jail custody detention hospital office court power charge a which".split())
# ... and words right before "a day in" that make it a stretch of time: "spent a day in talks",
# "for a week in March".
RATE_NOT_BEFORE_IN = frozenset("spent spend spends spending for took take takes lasted lasts after within".split())
# A typical period named after (or before) the figure makes it a rate: "40,000 vehicles cross
# the bridge on an ordinary weekday", "On a normal day, 3,000 people use the ferry", "in an
# average year the port handles ...". The adjectives, and the period each word names.
TYPICAL_PERIOD_ADJECTIVES = ("ordinary", "normal", "typical", "average", "usual", "regular", "busy", "quiet")
TYPICAL_PERIODS = {"day": "day", "weekday": "day", "working day": "day", "workday": "day", "night": "night",
                   "week": "week", "weekend": "weekend", "month": "month", "year": "year", "season": "season"}

# Verbs of a capacity right before a figure: "the stadium holds 52,000 spectators", "the hall
# seats 800", "the ship can carry 1,200 passengers". A limit, never the people who came.
CAPACITY_VERBS = frozenset("holds hold seats accommodates accommodate sleeps".split())
CAPACITY_MODALS = frozenset("can could".split())  # "can hold", "could take"
CAPACITY_AFTER_MODAL = frozenset("hold take seat carry accommodate house".split())

# Words that make a count a running tally over several days ("has cancelled 4,000 flights since
# the strike began", "so far", "to date"): one day's count is a part of it. A bare present
# perfect ("have been recalled") or a total ("a total of 1,200 nurses walked out") is not enough:
# it may report the one day's action.
RUNNING_MARKERS = ("so far", "to date", "since", "over the past", "over the last", "cumulative")

# Jobs lost under several wordings: "will lay off 1,200 workers", "will shed 3,000 jobs", "3,000
# job cuts", "1,200 workers will lose their jobs" are one count of jobs cut. The verbs before the
# figure (one or two words) and the people or jobs they count:
JOB_CUT_BEFORE = frozenset(("lay off", "laid off", "laying off", "lays off", "shed", "sheds", "shedding",
                            "axe", "axed", "axes", "axing", "cut", "cuts", "cutting", "eliminate", "eliminated"))
JOB_CUT_AFTER = ("lose their jobs", "lost their jobs", "losing their jobs", "will be laid off", "were laid off",
                 "are to be laid off", "to be laid off", "would be laid off",
                 "made redundant", "lose their posts", "lost their posts", "face redundancy",
                 # any tense of "laid off" and its synonyms: "have been laid off", "are being let go"
                 "laid off", "let go", "been sacked", "were sacked", "are sacked", "been dismissed",
                 "were dismissed", "been fired", "were fired", "face the sack", "face the axe",
                 "lose their livelihoods", "been axed", "were axed", "face redundancies")
JOB_HEADS = frozenset("job worker employee staff people redundancy post position".split())
JOB_CUT = ("job", "cut")

# Places and dwellings counted by a person event ("four villages were evacuated", "300 homes
# were evacuated"): not a name for the people of that event, so they never make "3,500 people
# were evacuated" ambiguous between them and "more than 3,000 residents".
PLACE_HEADS = frozenset(
    "village town city hamlet district neighbourhood neighborhood suburb settlement municipality province region "
    "home house household building flat apartment street area zone camp school hospital farm property "
    "block estate road island".split())
# Units of several people: "2,000 people were evacuated" never counts the "300 families" (or
# households, couples, groups) evacuated, whatever else the story names.
PEOPLE_UNIT_HEADS = frozenset("family household couple group team party delegation unit gang crowd".split())
# The people of a place as a whole: "3,500 people were evacuated" is "more than 3,000 residents
# were evacuated" once the places evacuated are set aside; a sub-group ("400 pupils") is not.
POPULATION_HEADS = frozenset("resident inhabitant villager local citizen townspeople townsfolk evacuee".split())

# Two-word verbs that say what one word says, added to a figure's context words so that two
# wordings of one act share one: "will have to give up 180,000 euros" and "will forfeit more
# than 170,000 euros". (Single words compare by stem: "forfeit", "forfeited".)
CONTEXT_PHRASES = {
    ("give", "up"): "forfeit", ("gave", "up"): "forfeit", ("giving", "up"): "forfeit", ("given", "up"): "forfeit",
    ("hand", "back"): "forfeit", ("handed", "back"): "forfeit", ("handing", "back"): "forfeit",
}

# Verbs of passing through or over a place: with one period on both figures ("40,000 vehicles a
# day used the bridge", "30,000 vehicles a day crossed it") they count one traffic, when the
# two sentences name no different places.
TRAFFIC_VERBS = frozenset("use used uses using cross crossed crosses crossing travel travelled traveled travels "
                          "pass passed passes ride rode rides board boarded".split())

# "All his results from the season are annulled. That covers more than 20 races": a figure
# whose clause is a demonstrative and a verb of extent counts what the sentence before is
# about (its subject governs the figure, its words are the figure's context).
DEMONSTRATIVE_SUBJECTS = ("that", "this", "it", "these", "those")
EXTENT_VERBS = ("covers", "covered", "includes", "included", "involves", "involved", "spans", "spanned",
                "affects", "affected", "concerns", "concerned")

# Irregular forms that _shared_context cannot reduce by their ending: "the rocket flew for 87
# seconds" and "more than 140 seconds into its flight" say the same thing around the figure.
IRREGULAR_CONTEXT_STEMS = {
    "flew": "fly", "flown": "fly", "flight": "fly", "flights": "fly", "flies": "fly", "flying": "fly",
    "broke": "break", "broken": "break", "breaks": "break", "breaking": "break",
    "fell": "fall", "fallen": "fall", "falls": "fall", "falling": "fall",
    "sank": "sink", "sunk": "sink", "sinking": "sink", "sinks": "sink",
    "ran": "run", "running": "run", "runs": "run",
    "rose": "rise", "risen": "rise", "rising": "rise", "rises": "rise",
    "drove": "drive", "driven": "drive", "driving": "drive", "drives": "drive",
    "swam": "swim", "swum": "swim", "swimming": "swim", "swims": "swim",
    "froze": "freeze", "frozen": "freeze", "freezing": "freeze",
    "shook": "shake", "shaken": "shake", "shaking": "shake",
    # Representing a membership: "represents 1,100 pilots", "speaks for 900 pilots".
    "represents": "represent", "represent": "represent", "representing": "represent",
    "speaks": "represent", "speak": "represent", "speaking": "represent",
}

# Words that open the period of a rate after a figure: "90 million litres a day", "£40 per
# week", "300 each month". The period is never the counted noun.
RATE_DETERMINERS = frozenset("a an per each every".split())
# Things that are stored, not people: "held", "kept" of them is where they are ("1.2m records
# were held in the folder", "files kept on the server"), never a detention.
STORED_HEADS = frozenset("""record file document data email message account image photo photograph
    item object artefact artifact specimen sample box crate container parcel package bottle
    vehicle car bag""".split())
STORED_VERBS = frozenset("held kept stored housed".split())
# Containers of entries: people or things "held", "kept" on or in them are listed, never
# detained ("a waiting list holding 3,000 patients", "kept 400 names on the register").
LISTING_NOUNS = frozenset("""list lists waitlist waitlists register registers registry database databases
    roll rolls books payroll backlog backlogs queue queues caseload caseloads index spreadsheet ledger
    roster rota directory inventory file files""".split())
# What a measured quantity with no noun of its own measures, named as its clause's subject
# ("leakage from the network is 90 million litres a day", "output at the mine reached 40,000
# tonnes", "emissions came to 3 million tonnes"): flows, volumes and amounts of a process.
MEASURED_NOUNS = frozenset("""leakage leak leaks loss losses wastage waste demand consumption use usage
    output production yield harvest supply supplies capacity throughput flow flows inflow outflow
    discharge discharges emissions emission abstraction extraction withdrawal withdrawals intake
    imports exports import export sales generation rainfall precipitation spill spillage release
    releases shortfall deficit surplus reserve reserves storage stock stocks catch
    bloom blooms slick slicks plume plumes sheen""".split())
# Jobs that go, under any verb of their going or their being at stake: "Fewer than 450 jobs
# will go", "600 posts are on the line", "300 roles are at risk", "200 jobs are to be axed",
# "the loss of 640 jobs". The nouns of a job, and the predicates after them (no modal of
# possibility: "could go" is a fear):
JOB_NOUNS = frozenset("job jobs post posts position positions role roles".split())
JOB_GONE_PREDICATES = (r"(?:(?:will|would|are|is|were|was|are\s{1,2}set|are\s{1,2}due)\s{1,2})?"
                       r"(?:(?:have|has|had)\s{1,2}(?:gone|been\s{1,2}(?:lost|cut|axed|shed|scrapped|eliminated))|"
                       r"(?:to\s{1,2})?go|going|be\s{1,2}(?:lost|cut|axed|shed|scrapped|eliminated)|"
                       r"(?:to\s{1,2}be\s{1,2})(?:lost|cut|axed|shed|scrapped|eliminated)|"
                       r"on\s{1,2}the\s{1,2}line|at\s{1,2}risk|under\s{1,2}threat|disappear|vanish)")
# Words that open a parenthetical between a verb and its figure ("put the cost of repairs,
# including six months of monitoring, at £3.5m"): the figure's clause runs around it.
PARENTHETICAL_OPENERS = frozenset("including excluding plus minus besides not".split())
# Past verbs of saying whose reported "will" becomes "would" ("told the committee the bill
# would be £1.2m", "said the repairs would cost £3m"): a statement, not a possibility.
REPORTED_PAST = frozenset("said told announced confirmed stated added explained estimated reported informed "
                          "wrote testified insisted".split())
# An amount paid to each one of a set ("£50 each", "$200 apiece", "€30 per household", "£10 a
# head"): a rate per recipient, never compared with a total ("received $9m in grants").
PER_RECIPIENT_WORDS = frozenset("each apiece".split())
RECIPIENT_NOUNS = frozenset("""person head capita customer household family worker employee passenger
    resident child pupil student member home property claimant victim patient account user
    subscriber policyholder shareholder taxpayer""".split())

# Areas drawn around a place, measured by a length or an area ("a 2km exclusion zone", "a cordon
# of 200 metres", "residents within a 3-mile radius", "a 400-metre safety perimeter"): the figure
# is the size of that area, whatever its clause says happened (an evacuation inside it). Each
# noun is its own measure: a cordon and an exclusion zone may be two areas of one story.
EXTENT_NOUNS = frozenset("zone cordon radius perimeter buffer exclusion".split())
EXTENT_UNITS = frozenset("km mile m ft yd nmi km2 mi2 m2 ft2 ha acre".split())
EXTENT_EVENT = "size"

# Names of one amount of money, for figures in a currency only ("a £3m payout", "compensation of
# £1.2m", "a £1.2m settlement with the families"; "40 settlements were flooded" is no money).
# A budget is never its cost, a grant never all the funding, a contract never another deal.
MONEY_HEAD_SYNONYMS = {"payout": "compensation", "pay-out": "compensation", "settlement": "compensation",
                       "compensation": "compensation", "reparation": "compensation", "reparations": "compensation",
                       "ransom": "ransom", "ransom demand": "ransom",
                       "overspend": "overrun", "overrun": "overrun", "cost overrun": "overrun",
                       "bonus": "bonus", "bonuses": "bonus"}
