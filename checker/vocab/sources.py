"""Vocabulary of sourcing: cue verbs and their stance, titles, source words and categories.

Nothing here may name a particular story: these are the general words of news copy. The
extractors in ``checker/extract/quotes.py`` and ``checker/extract/attribution.py`` match on
these lists; tests in ``tests/test_sources.py`` are table-driven over them.
"""
from __future__ import annotations

# Cue verbs -> stance. neutral: reports; distancing: the writer keeps the claim at arm's
# length; estimate: a figure is someone's estimate; denial: the source rejects the claim.
CUE_STANCE: dict[str, str] = {}
for _words, _stance in (
    ("say says said saying tell tells told telling add adds added adding state states stated "
     "warn warns warned warning explain explains explained note notes noted wrote write writes "
     "announce announces announced confirm confirms confirmed report reports reported "
     "repeat repeats repeated continue continued declare declares declared recall recalled "
     "stress stresses stressed emphasise emphasised emphasize emphasized acknowledge "
     "acknowledges acknowledged admit admits admitted reply replies replied respond responds "
     "responded urge urges urged remark remarked observe observed testify testified testifies "
     "concede conceded complain complained counter countered promise promised vow vowed "
     "suggest suggested ask asked indicate indicates indicated show shows showed found "
     "tweeted posted call calls called describe describes described "
     "demand demands demanded demanding propose proposes proposed recorded counted registered "
     "published", "neutral"),
    ("claim claims claimed claiming allege alleges alleged alleging insist insists insisted "
     "maintain maintains maintained contend contends contended assert asserts asserted "
     "charge charges charged accuse accuses accused accusing argue argues argued "
     "believe believes", "distancing"),
    # Verbs of opinion: "Locals suspect ...", "Many fear ...". See SPECULATION_CUES.
    ("suspect suspects fear fears think thinks assume assumes reckon reckons speculate "
     "speculates speculated", "distancing"),
    ("estimate estimates estimated estimating project projects projected predict predicts "
     "predicted forecast forecasts calculate calculates calculated", "estimate"),
    ("deny denies denied denying reject rejects rejected dismiss dismisses dismissed "
     "dispute disputes disputed refute refutes refuted rebut rebutted", "denial"),
):
    for _w in _words.split():
        CUE_STANCE[_w] = _stance
# Cues that are also verbs of going on: "“…,” she continued" speaks; "the factory continued
# operating", "continued to sell" does not (no cue before "to" or an -ing verb).
ASPECTUAL_CUES = frozenset("continue continues continued".split())
# "The fire service put the number of rescuers at 210", "Police placed the toll at 14": an
# estimate cue only when "at" and a figure follow (never "put pressure on").
FIGURE_AT_CUES = frozenset("put puts putting placed places placing".split())
for _w in FIGURE_AT_CUES:
    CUE_STANCE[_w] = "estimate"
# "The court heard that ...", "the inquest heard how ...": testimony given before a body.
# A cue only after one of these nouns and before "that"/"how" ("Residents heard gunfire" is none).
HEARING_BODIES = frozenset(
    "court jury tribunal inquiry inquest hearing committee panel parliament magistrates "
    "judge judges commission trial".split()
)
# Verbs a document states a fact with ("the asset register lists a backlog of £2m", "the
# inspection log records 40 faults", "the accounts detail ..."): cues only after a document's
# head noun (DOCUMENT_HEADS), as "show" and "found" are cues after any subject.
DOCUMENT_CUES = frozenset(
    "list lists listed detail details detailed itemise itemises itemised itemize itemizes "
    "itemized record records logged give gives gave put puts cite cites cited "
    "identify identifies identified reveal reveals revealed".split())
DOCUMENT_HEADS = frozenset(
    "register registers records record data report reports review audit audits survey surveys "
    "study figures statistics log logs logbook ledger ledgers accounts filing filings minutes "
    "inventory database documents document papers memo briefing assessment inspection "
    "inspections tally count census returns budget dossier file files spreadsheet".split())
# (the ones that are no cue after any other subject: "recorded", "put ... at" keep their rules)
DOCUMENT_ONLY_CUES = DOCUMENT_CUES - frozenset(CUE_STANCE)
for _w in DOCUMENT_ONLY_CUES:
    CUE_STANCE[_w] = "neutral"
CUE_STANCE["heard"] = "neutral"
CUE_STANCE["according to"] = "neutral"
CUE_STANCE["pointed out"] = "neutral"
CUE_STANCE["points out"] = "neutral"
CUE_STANCE["point out"] = "neutral"

# Verbs of opinion, not of statement: with an unidentified group as subject ("Locals
# suspect", "Residents believe", "Many fear") the claim is vague, whoever the group is.
# Past forms that are mostly participles ("the suspected leak", "is thought to") are left
# out: the agentless passive is graded by PASSIVE_HEDGES.
SPECULATION_CUES = frozenset(
    "suspect suspects fear fears think thinks believe believes assume assumes reckon reckons "
    "speculate speculates speculated".split()
)
# Subjects of a speculation cue longer than this are clauses, not groups of people.
SPECULATION_MAX_SUBJECT = 4

# Verbs that introduce a direct quotation (a subset: "show", "found"... do not).
QUOTE_CUES = frozenset(
    "say says said tell tells told add adds added state states stated warn warns warned "
    "explain explains explained note notes noted wrote writes announced confirmed "
    "repeat repeats repeated continue continued declare declared recall recalled stress "
    "stressed emphasised emphasized acknowledged admit admitted reply replied respond "
    "responded urge urged remark remarked observe observed testify testified conceded "
    "complained countered promised vowed suggested asked claim claims claimed insist insists "
    "insisted maintained argued argue argues alleged deny denies denied reject rejected "
    "dismissed predicted estimated tweeted posted".split()
)

# Cues that can come before their subject: "…,” said Maria Lopes" ("told X": X is the hearer).
INVERTIBLE_CUES = frozenset(
    "said says added adds wrote writes explained continued recalled insisted asked replied "
    "warned noted stated declared countered".split()
)
# Roles that only an organisation employs: "chief executive of X", "a spokeswoman for X",
# "X's managing director". X is then an organisation, never a person (rules/quotes.py).
EMPLOYEE_ROLES = frozenset(
    "spokesman spokeswoman spokesperson executive chairman chairwoman director manager "
    "official officials president vice-president chief head ceo cfo employee employees "
    "engineer engineers staff".split()
)
# Words in a quotation's passage saying that the speaker relays someone else's words: "said
# Tomas Berg, quoting the mayor", "reading a statement from Horvat" (rules/quotes.py).
RELAY_MARKERS = (
    "quoting", "quoted", "reading", "read out", "read from", "citing", "cited", "relaying",
    "on behalf of", "statement from", "statement by", "statement issued", "message from",
)
# Heads of definite descriptions that can refer back to a named person ("the official said").
PERSON_ROLES = frozenset(
    "official spokesman spokeswoman spokesperson minister director chief commissioner "
    "secretary governor mayor president prosecutor lawyer judge envoy ambassador leader "
    "executive chairman chairwoman manager coach captain analyst expert".split()
)
# Head nouns that make an appositive describe one person: "Varga, the chief engineer who
# inspected the bridge, said" / "Osei, the ministry's head of disease control". A one-word
# capitalised subject followed by such an appositive is a surname, not an institution.
PERSON_NOUNS = PERSON_ROLES | frozenset(
    "officer inspector engineer negotiator auditor head member researcher scientist doctor "
    "surgeon nurse teacher professor economist investigator detective superintendent "
    "commander deputy founder owner resident witness survivor farmer driver worker pilot "
    "player striker defender goalkeeper midfielder candidate lawmaker senator councillor "
    "councilor activist campaigner organiser organizer mediator arbitrator treasurer "
    "registrar coroner administrator chairperson chair partner editor journalist reporter "
    "author historian lecturer student mother father son daughter wife husband widow "
    "widower brother sister grandmother grandfather man woman boy girl veteran fisherman "
    "shopkeeper landlord tenant passenger commuter voter fan supporter parent victim "
    "defendant plaintiff suspect magistrate attorney barrister solicitor counsel "
    "spokesperson vicar priest bishop mayor adviser advisor aide consultant specialist "
    "geologist hydrologist epidemiologist virologist physician pharmacist architect "
    "planner dean rector principal headteacher headmaster headmistress referee umpire "
    "agent broker trader banker accountant lead boss whistleblower employee "
    "firefighter paramedic ranger guard sergeant constable lieutenant colonel general "
    "admiral marshal warden curator master keeper skipper technician mechanic miner "
    "electrician welder plumber carpenter labourer laborer cleaner cook chef waiter porter "
    "guide lifeguard diver climber "
    # trades and posts named before a surname ("site foreman Okafor", "head gardener Lindqvist",
    # "harbourmaster Voss"): the class, as an editor would write them
    "foreman forewoman gardener groundsman groundskeeper caretaker janitor librarian midwife "
    "coxswain harbourmaster harbormaster stationmaster postmaster quartermaster steward "
    "stewardess conductor shepherd beekeeper gamekeeper stonemason surveyor seismologist "
    "meteorologist forecaster volcanologist ecologist biologist chemist botanist zoologist "
    "veterinarian vet dentist pathologist psychologist psychiatrist therapist counsellor "
    "counselor bursar clerk receptionist cashier dispatcher controller signalman lineman "
    "seaman sailor deckhand baker butcher grocer publican innkeeper landlady".split()
)

# Words that never start or make up a speaker's noun phrase.
PRONOUNS = frozenset("he she they it we i".split())
PERSON_PRONOUNS = frozenset("he she".split())

# Titles and role words dropped from a name: "Chief Executive Dr. Ingrid Solberg" -> Ingrid
# Solberg. Matched on the lower-cased word without its full stop.
TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister "
    "president vice prime minister ministers secretary general chief executive officer "
    "director governor mayor senator sen rep representative judge justice prosecutor "
    "attorney lawyer commissioner commander gen lt col maj capt sgt officer inspector "
    "superintendent supt det detective chairman chairwoman chair leader spokesman "
    "spokeswoman spokesperson deputy head coach captain manager king queen prince princess "
    "ambassador envoy high chancellor premier speaker counsel sheriff chancellor dean "
    "foreign interior transport health finance defence defense justice economy education "
    "opposition former acting interim state federal regional national senior junior "
    "assistant associate principal managing founder ceo cfo coo mp mep engineer auditor "
    "treasurer registrar coroner sergeant lieutenant colonel admiral councillor councilor "
    "alderman magistrate archbishop rabbi imam "
    # Abbreviated titles, written with or without their full stop ("Cllr Rooke", "Supt.
    # Hale", "DCI Moran", "Gov. Ames", "Insp Varga"): the whole class, not one of them.
    "cllr clr councilwoman councilman councilmember assemblyman assemblywoman congressman "
    "congresswoman alderwoman insp dci dsi cpl pte brig cdr cmdr adm gov amb "
    "atty hon revd msgr asst".split()
)

# Head words of institution names: "Halden Motors", "Vehicle Safety Authority", "Red Cross".
INSTITUTION_HEADS = frozenset(
    "ministry ministries department office agency authority authorities commission council "
    "committee board bureau service services government administration cabinet parliament "
    "assembly congress senate court tribunal police force army military navy union "
    "federation association alliance party coalition league group company corporation corp "
    "inc ltd plc llc co motors bank fund foundation institute institution university "
    "college school hospital clinic organisation organization programme program mission "
    "network trust society centre center council watch international cross crescent "
    "nations times post herald news press agency wire journal gazette tribune ledger "
    "chronicle review observer courier express daily radio television tv broadcaster "
    "channel airline airlines railway railways industries holdings group consortium "
    "observatory network commission tribunal prosecutors chamber commerce states kingdom campaign "
    "republic emirates cooperative co-operative cooperatives co-operatives".split()
)

# Category of a source from the words of its description (first match wins, in order).
# government, international, ngo, media, police, court, company, expert, document, political,
# public, anonymous, vague, none.
CATEGORY_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("police", frozenset("police policeman policewoman officers constabulary sheriff detective "
                         "detectives gendarmerie coastguard firefighters".split())),
    ("court", frozenset("court courts judge judges tribunal prosecutor prosecutors prosecution "
                        "indictment jury magistrate magistrates defence defense lawyer lawyers "
                        "attorney attorneys counsel testimony".split())),
    ("international", frozenset("nations unicef unhcr interpol international "
                                "multilateral".split())),
    # (not "agency": "the regional fisheries agency" is the state's; a news agency says "news")
    ("media", frozenset("newspaper newspapers journalist journalists reporter reporters "
                        "media broadcaster tv television radio daily post times "
                        "herald gazette tribune wire press news channel outlet "
                        "correspondent".split())),
    ("ngo", frozenset("activists activist campaigners campaigner ngo ngos charity charities "
                      "aid rights watchdog amnesty red cross crescent union unions campaign "
                      "volunteers advocates advocacy groups group".split())),
    ("political", frozenset("opposition party parties lawmaker lawmakers mp mps senator "
                            "senators candidate candidates politician politicians".split())),
    ("company", frozenset("company companies firm firms carmaker manufacturer maker "
                          "corporation corp inc ltd plc llc motors airline operator "
                          "executive ceo chairman shareholders bank retailer supplier "
                          "employer club".split())),
    ("expert", frozenset("analyst analysts expert experts economist economists scientist "
                         "scientists researcher researchers professor academic academics "
                         "engineer engineers doctor doctors think tank study university "
                         "institute".split())),
    ("document", frozenset("data statement report reports documents document records survey "
                           "figures statistics census filing study letter memo "
                           "account register registers log logs logbook ledger ledgers "
                           "inventory database spreadsheet dossier audit audits".split())),
    ("government", frozenset("government ministry minister ministers ministries official "
                             "officials authority authorities regulator agency commission "
                             "governor mayor president premier cabinet spokesman spokeswoman "
                             "spokesperson state council department office administration "
                             "embassy mission military army inspector inspectors inspectorate "
                             "investigator investigators auditor auditors regulators".split())),
    ("public", frozenset("residents resident witnesses witness survivors survivor families "
                         "family commuters commuter passengers owners voters fans "
                         "supporters parents workers farmers locals townsfolk townspeople villagers neighbours "
                         "neighbors people fishermen shopkeepers tenants patients pupils "
                         "students miners protesters demonstrators onlookers bystanders "
                         "relatives customers consumers taxpayers homeowners motorists "
                         "tourists visitors".split())),
)

# Acronyms matched case-sensitively (lower-cased "who" and "un" are ordinary words).
INTERNATIONAL_ACRONYMS = frozenset("UN U.N. WHO IMF NATO EU OSCE UNICEF UNHCR WTO OECD".split())
# Role words: a source's category comes from its institution, not from the role
# ("a company spokesperson" is company, "the regulator's director" is government).
ROLE_WORDS = frozenset(
    "spokesman spokeswoman spokesperson official officials representative representatives "
    "source sources aide aides head director chief executive member members staff "
    "employee employees person people insider insiders".split()
)

# Unnamed individuals standing behind a claim: "sources said", "a senior official".
ANONYMOUS_HEADS = frozenset(
    "source sources insider insiders official officials aide aides diplomat diplomats "
    "person people employee employees".split()
)
# A count of unnamed individuals is no identification: "two people involved in the talks",
# "three officials said" are anonymous like "a person", "one official".
COUNTED_SOURCE_WORDS = frozenset("two three four five six seven eight nine ten".split())
# Markers that make any source anonymous.
ANONYMITY_MARKERS = (
    "condition of anonymity", "not authorised to", "not authorized to", "declined to be named",
    "asked not to be named", "did not want to be named", "requested anonymity",
    "familiar with", "close to the", "anonymously", "declined to be identified",
    "asked not to be identified", "did not want to be identified", "unnamed", "anonymous",
    "who could not be named", "not be named", "not be identified", "on background",
)
# Markers strong enough to make the source of their whole clause anonymous, wherever they
# stand: "A fire official, who spoke on condition of anonymity, said" / "Speaking
# anonymously, a guard said" / "..., said an engineer, who asked not to be named."
CLAUSE_ANONYMITY_MARKERS = (
    "condition of anonymity", "anonymously", "requested anonymity", "asked for anonymity",
    "not authorised to speak", "not authorized to speak", "not authorised to talk",
    "not authorized to talk", "not authorised to comment", "not authorized to comment",
    "declined to be named", "asked not to be named", "did not want to be named",
    "declined to be identified", "asked not to be identified", "did not want to be identified",
    "who could not be named",
)
# Weasel subjects: "some say", "critics claim", "several countries accuse".
VAGUE_HEADS = frozenset(
    "some many others critics observers experts analysts commentators countries nations "
    "governments states people rumours rumors reports speculation opponents detractors "
    "sceptics skeptics".split()
)
VAGUE_QUANTIFIERS = frozenset("some many several various numerous certain other most".split())
# Heads that, after a vague quantifier, are still a described class ("some residents said").
DESCRIBED_CLASSES = frozenset(
    "residents witnesses survivors families commuters passengers owners voters fans supporters "
    "parents workers farmers locals villagers neighbours neighbors activists campaigners "
    "members officers lawmakers doctors engineers fishermen shopkeepers tenants patients "
    "pupils students miners protesters demonstrators onlookers bystanders relatives "
    "customers consumers taxpayers homeowners motorists tourists visitors".split()
) | frozenset(
    # Plural people nouns: "..., inspectors said", "..., rescuers said" name who speaks as
    # surely as "Inspectors said ..." does at the start of a sentence.
    w + ("es" if w.endswith(("s", "ch", "sh")) else "s") for w in PERSON_NOUNS
) | frozenset("rescuers observers monitors volunteers medics responders".split())

# Advocates with no organisation named: "campaigners say", "activists said". Individuals who
# speak for a cause, not as witnesses or office holders, and the reader cannot tell who they
# are: a check-worthy claim resting on them alone is vaguely sourced (like "critics say").
# Plural head nouns; one or two modifiers may precede ("local activists"). Organisations
# ("consumer groups", "charities") stay a class of institution.
UNNAMED_ADVOCATES = frozenset("activists campaigners advocates".split())
# People named only as being from around here ("Locals say", "townspeople believe"): unlike
# "residents" or "witnesses" (who live or saw it), the reader learns nothing of who they are;
# bare, they are a vague source like unnamed advocates. With a determiner they were named before.
UNNAMED_LOCALS = frozenset("locals townsfolk townspeople villagefolk folk".split())
# An outlet's own unnamed sourcing: ", the Courier understands.", ", this newspaper has
# learned.", "We understand that ...": the outlet vouches for a source it does not name.
OUTLET_KNOWLEDGE = ("understands", "has learned", "has learnt", "has been told", "can reveal",
                    "can confirm", "has established")
# Head words of a news outlet's name ("the Courier", "the Evening Standard", "Valley Radio").
OUTLET_HEADS = frozenset(
    "times post herald news press wire journal gazette tribune ledger chronicle review observer "
    "courier express daily radio television tv broadcaster channel star mirror echo mail telegraph "
    "guardian bulletin weekly standard record clarion sentinel argus examiner inquirer dispatch "
    "advertiser citizen mercury globe independent packet leader voice week magazine".split())
OUTLET_SELF = ("this newspaper", "this paper", "this website", "this site", "this station",
               "this programme", "this program", "this magazine", "this outlet", "this publication")
# Cues that ask for something rather than assert it: "groups urged the court to ...", "activists
# called for ..." put no claim of fact on the group.
DIRECTIVE_CUES = frozenset(
    "urge urges urged ask asks asked call calls called demand demands demanded demanding "
    "propose proposes proposed promise promised vow vowed".split())

# Plural groups of people that can stand behind a figure ("Volunteers say 412 ...",
# "..., residents said"), by the kind of source they are for attribution drift
# (rules/attribution_drift.py). Multi-word entries are matched as phrases.
GROUP_SOURCE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ngo", ("volunteers", "volunteer groups", "aid workers", "aid groups", "aid agencies",
             "activists", "campaigners", "rights groups", "charities", "monitors", "observers")),
    ("responders", ("rescuers", "rescue workers", "rescue teams", "rescue crews", "search teams",
                    "search crews", "medics", "paramedics", "first responders", "relief workers")),
    ("expert", ("doctors", "nurses", "health workers", "scientists", "researchers", "analysts",
                "economists", "experts")),
    ("public", ("residents", "witnesses", "locals", "villagers", "survivors", "relatives",
                "families", "parents", "neighbours", "neighbors", "onlookers", "eyewitnesses",
                "protesters", "customers", "passengers", "fans")),
    # staff who speak for themselves, not for their employer: "according to the two night guards"
    ("staff", ("guards", "security guards", "night guards", "staff members", "employees", "workers",
               "miners", "cleaners", "crew members", "keepers", "zookeepers", "technicians",
               "mechanics", "porters", "caretakers", "dockers", "dockworkers",
               # the whole class: staff by any name, and a crew ("crew members told ...")
               "staffers", "crews", "sailors", "seafarers", "deckhands")),
)
# Plural nouns of people that no ending gives away (the others: "-ers", "-ists", "-ians", ...):
# a source phrase that is one of them alone ("Pilots claim", "the guests said", "some inmates
# say") is people speaking for themselves (rules/attribution_drift.py, _PEOPLE_PLURAL).
PEOPLE_PLURALS = frozenset(
    "pilots co-pilots chefs cooks clerks maids lifeguards guests hosts monks nuns priests "
    "pilgrims worshippers cadets recruits teens youths kids children adults elders pupils "
    "students wives husbands widows orphans girls boys men women inmates hostages captives "
    "victims patrons diners athletes players coaches scouts heirs peers tenants "
    "veterans midwives surgeons dentists vets jurors mourners spectators".split())

# Collective nouns for the staff of a place, singular in form: "according to staff in the IT
# department", "the crew said". The kind of source "staff" in GROUP_SOURCE_KINDS.
STAFF_COLLECTIVES = ("staff", "personnel", "crew", "workforce")
# Nouns that give a quantity, not a thing counted: "a total of 143", "the number of".
QUANTITY_NOUNS = frozenset(
    "total number sum tally toll count figure figures estimate estimates majority minority "
    "maximum minimum average handful lot dozens hundreds thousands millions".split()
)

# Agentless passives and adverbs that hedge a claim: "are alleged to", "has been linked to".
PASSIVE_HEDGES = (
    "alleged", "accused", "believed", "said", "thought", "reported", "rumoured", "rumored",
    "suspected", "linked", "blamed", "claimed", "understood", "feared", "suggested",
)
HEDGE_ADVERBS = ("reportedly", "allegedly", "purportedly", "supposedly", "apparently")
# Hedges that make a claim on nobody's authority by themselves, whatever it says: the
# agentless passive followed by "to" ("is understood to have ignored", "is thought to have
# begun", "are said to", "is reported to") or "it is alleged that", and the strong hedging
# adverbs. "apparently" alone is too loose ("apparently unaware") and needs check-worthy
# content, like the other passives ("has been linked to", "were reported").
STRONG_PASSIVE_HEDGES = (
    "alleged", "believed", "said", "thought", "reported", "rumoured", "rumored", "suspected",
    "understood", "feared", "claimed", "presumed", "estimated", "suggested",
)
STRONG_HEDGE_ADVERBS = ("reportedly", "allegedly", "purportedly", "supposedly")

# Check-worthy content (see rules/unsourced.py).
CAUSAL_PHRASES = (
    "caused by", "linked to", "due to", "blamed on", "responsible for", "because of",
    "led to", "leading to", "resulted in", "result of", "triggered by", "attributed to",
    "contributed to",
    # a cause named by what it fed or set off: "the bloom was fed by fertiliser run-off", "a
    # blaze fuelled by dry scrub", "sparked by a discarded cigarette", "stemmed from a leak"
    "fed by", "fuelled by", "fueled by", "sparked by", "brought on by", "set off by",
    "stemmed from", "stems from", "resulted from", "results from",
    # The active voice names the cause as subject: "A cracked weld caused the collapse",
    # "the cause of the outage was ...".
    "caused", "cause of",
)
ACCUSATION_WORDS = (
    "accuse", "accused", "accuses", "accusation", "accusations", "allege", "alleged",
    "alleges", "allegation", "allegations", "allegedly", "genocide", "fraud", "fraudulent",
    "corruption", "corrupt", "bribe", "bribes", "bribery", "embezzle", "embezzled",
    "embezzlement", "launder", "laundered", "laundering", "rigged", "rigging", "stolen",
    "cover-up", "cover up", "torture", "crimes against humanity", "war crimes",
    "ethnic cleansing", "abuses", "negligence", "negligent", "misconduct", "lied",
    "cheated", "inflated", "ties to", "under political pressure", "timed to", "conspiracy",
    "ignored", "manipulated", "persecution", "persecuted",
)
# Papers a business or a person must hold: saying that someone lacks one ("had no valid
# hygiene certificate", "operating without a licence", "its permit had expired") is an
# accusation of breaking the rules, with no accusation word in it (rules/unsourced.py).
COMPLIANCE_NOUNS = (
    "licence", "license", "permit", "certificate", "certification", "registration",
    "insurance", "authorisation", "authorization", "accreditation", "approval", "clearance",
    "visa", "warrant",
)
# Checks and training that people or equipment must have had: saying they were not done ("had
# not been trained", "were never inspected", "has not been serviced since 2019") accuses
# someone of a failure of duty, with no accusation word in it (rules/unsourced.py).
DUTY_PARTICIPLES = (
    "trained", "inspected", "tested", "checked", "maintained", "serviced", "certified",
    "vetted", "audited", "supervised", "screened", "briefed", "qualified", "equipped",
)
# What becomes of a site, a service or a body for good: told bare as a settled future ("The
# depot will be sold.", "The ward is to be closed down.", "Forty posts will be axed.") it is a
# decision someone took, and the sentence names no one who took it (rules/unsourced.py).
# Participles of the passive; "closed"/"shut" only with "down", "for good" or "permanently"
# (a road "will be closed on Sunday" is logistics, not a decision).
FATE_PARTICIPLES = (
    "sold", "sold off", "auctioned", "auctioned off", "privatised", "privatized", "nationalised",
    "nationalized", "demolished", "bulldozed", "torn down", "knocked down", "pulled down",
    "razed", "scrapped", "axed", "abolished", "disbanded", "dissolved", "liquidated",
    "wound up", "mothballed", "decommissioned", "dismantled", "merged", "taken over",
    "bought out", "relocated", "laid off", "made redundant", "shed", "sacked",
    "withdrawn", "discontinued", "phased out", "shut down",
    "closed down", "closed for good", "closed permanently", "permanently closed", "shut for good",
    "shut permanently",
)
# Orders that forbid going on with something: going on "despite the ban", or selling "the
# recalled toys" "after the recall", accuses someone of defying it (rules/unsourced.py).
PROHIBITION_NOUNS = (
    "recall", "ban", "order", "injunction", "suspension", "embargo", "grounding",
    "prohibition", "closure", "moratorium",
)
# Verbs of change, not acts: "prices kept rising despite the ban" defies nothing.
CHANGE_VERBS = frozenset(
    "rise rising fall falling grow growing increase increasing decline declining drop dropping "
    "climb climbing slide sliding spread spreading".split())
# Number words that make a figure when a counted noun follows.
FIGURE_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "dozen", "dozens",
)
# Nouns after a small number word that do not make a checkable figure ("the two sides").
NOT_COUNTED = frozenset(
    "sides ways times things of or and to more other parties' sides' countries' men's".split()
)
# Counted nouns that make even a small figure check-worthy ("nine people were injured").
IMPACT_NOUNS = frozenset(
    "person people death dead victim casualty injured wounded missing case patient child "
    "worker passenger resident family home house vote ballot seat crash accident arrest "
    "prisoner detainee refugee soldier civilian student".split()
)
# Events whose count is a toll: any number of people killed, hurt, missing, arrested... is
# check-worthy, however small ("Three miners were killed", "Two jockeys were injured").
# Event classes of checker/vocab/numbers.py EVENT_CLASSES.
TOLL_EVENTS = frozenset(
    "died injured hospitalised missing arrested detained displaced evacuated rescued "
    "casualties infected ill".split()
)
# Participles that make a bare number a toll: "Fourteen were trapped", "40 have died".
TOLL_PARTICIPLES = frozenset(
    "killed died dead injured hurt wounded missing trapped stranded buried arrested detained "
    "evacuated rescued hospitalised hospitalized drowned displaced".split()
)
# Words before a small number that make it a reference to people already counted, not a
# count: "the two men were killed", "both drivers", "those three officers".
TOLL_REFERENCE_WORDS = frozenset("the these those both all its their his her our other".split())
# "due to be held" is a schedule, not a cause.
NOT_CAUSAL_AFTER_DUE_TO = frozenset(
    "be have hold open start begin take publish meet arrive return release end close resume "
    "make announce give vote sign deliver finish report appear run expire rule decide leave "
    "visit travel present submit".split()
)
# Nouns after which "fraud"/"corruption" names a procedure, not an accusation by the writer.
PROCEDURAL_NOUNS = frozenset(
    "trial trials case cases charge charges investigation investigations probe inquiry court "
    "courts hearing hearings law laws watchdog unit agency commission prosecutor prosecutors "
    "scandal allegations".split()
)

# Contractions, folded before quotations are compared: "don't" and "do not" are one
# wording, not a misquote. Keys are lower case with a straight apostrophe. Ambiguous
# endings ("'s" = is/has, "'d" = would/had) become a marker token that equals either.
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
    "shan't": ("shall", "not"), "ain't": ("am", "not"), "let's": ("let", "us"),
    "y'all": ("you", "all"),
}
CONTRACTION_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("n't", ("not",)), ("'re", ("are",)), ("'ve", ("have",)), ("'ll", ("will",)),
    ("'m", ("am",)), ("'d", ("'d",)), ("'s", ("'s",)),
)
# Words whose "'s" is a verb ("it's", "that's"), not a possessive ("the company's").
CONTRACTING_S = frozenset(
    "it that there here what who where when how he she this everything nothing something "
    "everyone nobody someone let".split()
)
# A marker token from an ambiguous ending and the words it may stand for.
AMBIGUOUS_CONTRACTIONS: dict[str, frozenset[str]] = {
    "'s": frozenset(("is", "has")),
    "'d": frozenset(("would", "had")),
}

# Letters that NFKD does not decompose, spelled as writers without them spell them
# ("Nazlı"/"Nazli", "Sæther"/"Saether", "Øberg"/"Oberg", "Strauß"/"Strauss"). Applied
# after lower-casing (so capitals need no entries; "İ" lower-cases to i + combining dot).
TRANSLITERATION = {
    "ı": "i", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "œ": "oe",
    "ð": "d", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ſ": "s", "ƒ": "f",
    # Apostrophes inside names: "O’Dwyer" = "O'Dwyer".
    "’": "'", "ʼ": "'", "ʻ": "'",
}

# Formulaic lines that many people say in the same words (condolences, apologies, thanks):
# "the same words given to two speakers" is no misattribution when the words are these.
# Matched as folded word sequences anywhere in a quotation.
# Words that say little on their own: a short quotation needs enough words outside these to
# be one speaker's own line (rules/quotes.py: "Nobody's home is worth a life" has four).
QUOTE_FUNCTION_WORDS = frozenset(
    "'s 's 't 're 've 'll 'd 'm a an the this that these those it its it's i me my we us our you your he him his "
    "she her they them their is are was were be been being am has have had do does did will would shall should "
    "can could may might must not no nor and or but so if then than as of in on at to for with by from up out "
    "about into over off just very really too also all any some what which who whom there here now yet still "
    "going get got go make made say said think know want".split())

STOCK_QUOTE_PHRASES = (
    "thoughts are with", "thoughts and prayers", "hearts go out", "heart goes out",
    "deepest condolences", "sincere condolences", "heartfelt condolences", "our condolences",
    "my condolences", "deepest sympathy", "deepest sympathies", "our sympathies",
    "sorry for the", "sorry for any", "apologise for", "apologize for", "we apologise",
    "we apologize", "our apologies", "deeply saddened", "saddened to learn", "saddened by",
    "rest in peace", "thank everyone", "thank all", "we are grateful", "grateful to",
    "no further comment", "no comment", "too early to say", "too early to speculate",
    "investigation is ongoing", "investigation is continuing", "cooperate fully",
    "co-operate fully", "our priority is", "our top priority", "safety is our",
    "we are monitoring the situation", "monitoring the situation closely",
)

# Nouns of a moment or a stretch of time: a phrase after a counted noun that names one ("some 40
# km downstream at its peak", "5,000 protesters at the height of the march", "workers in the
# first week") says when the count held, not which things it counts (rules/attribution_drift.py).
TIME_PHRASE_NOUNS = frozenset(
    "peak height time moment start end outset beginning close climax height worst busiest "
    "day days night nights morning mornings evening evenings afternoon dawn dusk noon midday "
    "midnight weekend week weeks month months year years hour hours minute minutes season "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# Head nouns of a body of members (a union, a staff or trade association): "the Prison Officers'
# Federation", "the Nurses' Association", "the Pilots Association" speak for their members, not
# for the police, the hospitals or the airline their members work for. Kind "ngo" (an association
# of people) unless a word of business leads it ("the Employers' Federation": company).
MEMBER_BODY_HEADS = frozenset(
    "union unions federation association guild confederation syndicate cooperative co-operative".split())
BUSINESS_MEMBER_WORDS = frozenset(
    "employers employer business businesses industry industries trade traders manufacturers "
    "bankers banks insurers retailers exporters importers producers operators companies "
    "firms chamber commerce".split()
)

# Professionals named by who employs them: "city engineers", "government scientists", "the
# council's surveyors", "company lawyers" speak for their employer, not as independent experts
# (speakers._category): the modifier right before the profession gives the kind of source.
STAFF_PROFESSIONS = frozenset(
    "engineer engineers scientist scientists doctor doctors researcher researchers expert "
    "experts analyst analysts economist economists lawyer lawyers surveyor surveyors technician "
    "technicians inspector inspectors geologist geologists chemists chemist statisticians "
    "statistician vets veterinarians planners planner auditors auditor".split()
)
EMPLOYER_MODIFIERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("government", frozenset(
        "city council municipal municipality town county state government ministry federal "
        "regional provincial army military departmental".split())),
    ("company", frozenset("company firm corporate airline utility operator manufacturer".split())),
)

# Verbs of doubt and blame: "Some in the industry question whether ...", "Many doubt ...",
# "Some neighbours blame the company for ...". Cues like the verbs of opinion
# (SPECULATION_CUES): only after a short group subject, never as nouns ("questions remain").
DOUBT_CUES = frozenset("question questions doubt doubts blame blames".split())
# Past forms are cues only after a vague subject ("Some fans questioned whether ..."): "Police
# questioned three men" is an interrogation, not a claim of the police.
VAGUE_ONLY_CUES = frozenset("questioned doubted blamed".split())
for _w in DOUBT_CUES | VAGUE_ONLY_CUES:
    CUE_STANCE[_w] = "distancing"
SPECULATION_CUES = SPECULATION_CUES | DOUBT_CUES | VAGUE_ONLY_CUES

# Breaking a rule, said in so many words: "in breach of regional law", "in violation of the
# permit", "contrary to the regulations" (rules/unsourced.py: an accusation).
BREACH_PHRASES = ("in breach of", "in violation of", "in contravention of", "contrary to the rules",
                  "contrary to regulations", "contrary to the regulations", "contrary to the law",
                  "breached", "violated", "flouted", "illegally", "unlawfully")
# Keeping something from those who must be told: "trained abroad without telling his coach",
# "sold the land without informing the council", "without the knowledge of the board"
# (rules/unsourced.py: an accusation of concealment).
CONCEALMENT_GERUNDS = frozenset(
    "telling informing notifying alerting consulting declaring disclosing reporting "
    "registering".split())
CONSENT_NOUNS = frozenset("permission consent knowledge authority".split())

# Who speaks for one party in a dispute: "Okafor's lawyers", "his attorney", "lawyers for the
# families" are the party's voice, not the court's (speakers._category: "representative").
PARTY_ADVOCATES = frozenset(
    "lawyer lawyers attorney attorneys solicitor solicitors counsel barrister barristers".split())

# Offices every kind of body has: a president, a chief executive or a spokesman of a federation,
# an agency, a club or a company. Alone they tell no kind of source (speakers._category).
GENERIC_OFFICES = frozenset(
    "president vice-president chairman chairwoman chair executive ceo spokesman spokeswoman "
    "spokesperson".split())

# Amounts of people that name nobody: "A number of residents say", "a handful of officials",
# "a few fans" (speakers._classify: vague, like "some residents"); before "of" but "few".
VAGUE_AMOUNTS = frozenset("number handful couple lot few majority minority".split())

# A duration is a claim when it says how long something lasted, bounded by a hedge: "were inside
# for less than six minutes", "spent more than 100 hours underground", "lasted nearly three
# weeks" (rules/unsourced.py). The verbs (and "for") that open such a duration, the hedges that
# bound it, and the words after it that make it a point in time instead ("two hours later").
DURATION_OPENERS = frozenset("for spent spend spends spending lasted lasting lasts last took takes taking".split())
DURATION_HEDGES = frozenset(("more_than", "fewer_than", "at_least", "up_to", "nearly", "just_over"))
DURATION_RELATIVE = frozenset("ago later earlier before after since from of into".split())

# A quotation after a colon takes the clause's person as its speaker ("Ana Ruiz defended the
# record: “…”"), unless the clause says the words are someone else's or written: "read out the
# letter:", "quoted the report:", "pointed to a sign:" (checker/extract/quotes.py).
COLON_NOT_OWN_WORDS = frozenset(
    "read reads reading quoted quoting cited citing letter letters report reports note sign signs "
    "banner banners headline headlines message messages email emails post posts text document "
    "documents placard placards poster posters slogan slogans inscription caption tweet".split())

# Irregular past tenses of taking the floor: the verb of a clause whose subject is the name
# before it ("Ana Ruiz spoke for many:", "Lena Berg took the microphone:", "Berg put it
# bluntly:"); regular ones end in "-ed". Not the verbs that take a person as object ("met",
# "saw", "led", "sent"): "Berg met Ana Ruiz at the port:" names no speaker.
FLOOR_PAST_VERBS = frozenset(
    "spoke wrote took made went came stood sat began put set rose drew thought felt meant swore "
    "broke threw became overcame undertook withdrew".split())

# Verbs of a change whose size a fraction in words gives after "by" ("fallen by a fifth",
# "cut by half", "increased by a third"): a quantified claim (SR401).
# A change by a multiple, told as a verb (rules/unsourced.py): "premiums have roughly doubled",
# "waiting times had more than tripled", "the budget was halved".
MULTIPLE_CHANGE_VERBS = ("doubled", "tripled", "trebled", "quadrupled", "quintupled", "halved")
# (after an auxiliary, with at most two of these between: "have roughly doubled", "has almost halved")
MULTIPLE_CHANGE_HEDGES = ("roughly", "nearly", "almost", "more", "than", "about", "around", "approximately",
                          "effectively", "all", "but", "since", "now", "already", "then", "also", "reportedly")

CHANGE_BY_VERBS = (
    "fallen", "fell", "falls", "fall", "dropped", "drops", "drop", "risen", "rose", "rises", "rise",
    "increased", "increases", "decreased", "decreases", "grown", "grew", "grows", "shrunk", "shrank",
    "shrinks", "cut", "cuts", "reduced", "reduces", "slashed", "declined", "declines", "climbed",
    "climbs", "jumped", "jumps", "plunged", "plummeted", "soared", "slumped", "doubled", "halved",
    "raised", "lowered", "boosted", "dipped",
)

# A record claim told as fact (SR401): "the first statewide shortage since 2014", "the worst
# flooding in 40 years", "the deadliest crash on record", "its highest level ever". Superlatives
# and ordinals measured against a stretch of time: the outlet's comparison with the past.
RECORD_WORDS = (
    "first", "worst", "biggest", "largest", "highest", "lowest", "deadliest", "longest", "shortest",
    "heaviest", "wettest", "driest", "hottest", "coldest", "warmest", "busiest", "costliest",
    "fewest", "most", "least", "greatest", "strongest", "weakest", "steepest", "sharpest", "fastest",
    "slowest", "smallest", "last", "only",
)
RECORD_SPANS = ("since", "in", "on record", "ever", "in living memory", "for")

# Failing a check one must pass (SR401): "had failed part of an inspection in 2023", "failed a
# safety audit", "failed two fire-safety checks", "was rated inadequate".
CHECK_NOUNS = (
    "inspection", "inspections", "audit", "audits", "test", "tests", "check", "checks",
    "assessment", "assessments", "examination", "examinations", "review", "reviews", "survey",
    "surveys", "certification", "evaluation", "evaluations", "drugs test", "safety test",
)

# A defect on record (SR401): "its anemometer had been reported faulty in January", "the lift was
# found to be unsafe", "the valve had been flagged as defective": a known fault is a claim
# someone must stand behind. The verbs that put it on record, then the states of fault.
DEFECT_RECORD_VERBS = (
    "reported", "found", "declared", "flagged", "listed", "logged", "recorded", "certified",
    "judged", "deemed", "rated", "assessed", "condemned", "known", "identified", "noted",
)
DEFECT_STATES = (
    "faulty", "defective", "broken", "unsafe", "unsound", "dangerous", "hazardous", "unstable",
    "unserviceable", "unroadworthy", "unseaworthy", "unairworthy", "inoperable", "inoperative",
    "malfunctioning", "out of order", "out of service", "not working", "damaged", "corroded",
    "cracked", "leaking", "worn", "substandard", "structurally unsound", "beyond repair",
    "unfit for use", "unfit for purpose", "unfit for human habitation", "contaminated",
)

# Calls to action that close a bulletin or a newsletter (SR401 page furniture): "Donate to the
# campaign from £3.", "Subscribe for full access.", "Sign up to our newsletter." Unambiguous
# imperatives open such a sentence; verbs that are also nouns ("Support for the plan fell")
# count only before a word that makes them imperative ("Support us", "Read more").
CALL_TO_ACTION_VERBS = frozenset(
    "donate subscribe sign join follow click tap register download visit contact email text scan "
    "please pledge unsubscribe".split())
CALL_TO_ACTION_NOUN_VERBS = frozenset(
    "support give share read watch listen find get call write order book buy become help tell".split())
CALL_TO_ACTION_NEXT = frozenset(
    "us our your now today here more online".split())

# A broadcast transcript's own staff, named in a speaker label ("PRESENTER:", "JUNE MARLOWE,
# ANCHOR:", "KAY LOMAX (PRESENTER):", "PRESENTER (CATRIN DOWELL):"): their turns are the
# programme's narration, not a guest's words (QT301 reads a guest's turn as her quotation).
BROADCAST_STAFF_ROLES = frozenset(
    "presenter presenters anchor anchors co-anchor host hosts co-host reporter reporters correspondent "
    "correspondents newsreader newscaster announcer interviewer moderator narrator journalist "
    "editor producer commentator voiceover voice-over continuity q question questioner "
    "caller callers audience crosstalk unidentified unknown inaudible".split())

# Words after which a lone capitalised word followed by a verb in the past is the subject of a
# clause: "Some fans believe Oakenshaw stripped the club", "Prosecutors say Marsh diverted the
# money", "after Venn resigned". Such a surname is who a later "he/she said" is, when no other
# person is named nearer (QT301).
CLAUSE_SUBJECT_OPENERS = frozenset(
    "believe believes believed say says said claim claims claimed allege alleges alleged think thinks "
    "thought suspect suspects suspected fear fears feared insist insists insisted argue argues argued "
    "suggest suggests suggested accept accepts accepted deny denies denied admit admits admitted "
    "confirm confirms confirmed that after before when while since until although though because "
    "and but once".split())

# Counted events that are one transfer seen from its two sides (SR402's echoed figures): "the fire
# service received five calls" / "five calls were made"; "the council paid £2m" / "growers
# received £2m"; "the depot shipped 400 pallets" / "the hospital received 400 pallets".
CONVERSE_EVENTS = frozenset(frozenset(p) for p in (
    ("received", "produced"), ("received", "paid"), ("received", "shipped"),
))
