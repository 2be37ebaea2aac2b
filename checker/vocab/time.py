"""Vocabulary as data: every word list the extractors match on, in one place.

Nothing here may name a particular story: these are the general words of news copy.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Longest first so that the alternation prefers "September" over "Sep".
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FULL_WEEKDAY_ALTERNATION = "|".join(n.lower() for n in WEEKDAY_NAMES)

NUMBER_WORDS_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}

# Events whose dates are checked. Each group is one canonical event; its words are
# synonyms within news copy (a "trip" and a "visit" of the same person are one event).
EVENT_GROUPS = {
    "visit": ("visit", "visits", "trip", "trips", "tour", "stay"),
    "meeting": ("meeting", "meetings", "met", "meet", "talks", "summit", "summits"),
    "conference": ("conference", "news conference", "press conference", "briefing", "congress", "convention", "forum"),
    "games": ("games", "olympics", "olympic games", "tournament", "championship", "championships", "world cup", "cup final", "final"),
    "match": ("match", "game", "fixture", "derby"),
    "inspection": ("inspection", "inspections", "audit", "audits"),
    # A trial happens once (it opens and closes); its hearings recur.
    "trial": ("trial", "court case", "retrial"),
    "hearing": ("hearing", "hearings", "court hearing", "sentencing", "arraignment"),
    "session": ("session", "sessions", "sitting", "plenary"),
    "verdict": ("verdict", "ruling", "judgment", "judgement"),
    "election": ("election", "elections", "vote", "poll", "polls", "ballot", "referendum", "runoff", "run-off"),
    "strike": ("strike", "strikes", "walkout", "stoppage", "industrial action"),
    "recall": ("recall", "recalls"),
    "launch": ("launch", "launches", "release", "rollout", "roll-out", "opening", "inauguration"),
    "earthquake": ("earthquake", "quake", "tremor", "aftershock"),
    "landslide": ("landslide", "landslides", "mudslide", "mudslides", "landslip", "landslips", "rockslide",
                  "rockslides"),
    "eruption": ("eruption",),
    # a service failure of any system: "the outage", "a power failure", "an IT glitch"
    "outage": ("outage", "outages", "blackout", "blackouts", "power cut", "power cuts", "power outage",
               "power failure", "system failure", "systems failure", "computer failure", "network failure",
               "technical failure", "software failure", "it failure", "it outage", "system outage",
               "network outage", "technical glitch", "computer glitch", "system glitch", "software glitch",
               "it glitch", "system crash", "computer crash"),
    "flood": ("flood", "floods", "flooding", "floodwater", "floodwaters", "inundation", "deluge"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone"),
    "fire": ("fire", "wildfire", "blaze"),
    "attack": ("attack", "attacks", "bombing", "shooting", "raid", "strike attack",
               # a cyber attack and the people behind it: "the hackers had access from..."
               "cyberattack", "cyber-attack", "cyber attack", "ransomware attack", "hack", "intrusion",
               "breach", "data breach", "security breach", "attackers", "hackers", "intruders"),
    "riot": ("riot", "riots", "rioting", "disturbance", "disturbances", "unrest", "uprising", "mutiny"),
    "crash": ("crash", "collision", "derailment", "accident"),
    "ceremony": ("ceremony", "ceremonies", "opening ceremony", "closing ceremony"),
    "festival": ("festival", "fair", "exhibition", "expo"),
    "negotiations": ("negotiations", "negotiation"),
    "signing": ("signing", "deal", "agreement", "contract", "transfer"),
    "protest": ("protest", "protests", "demonstration", "demonstrations", "rally"),
    # a march is one day's walk (not the days of a protest, nor one of a series of protests):
    # "the beekeepers' march on 24 May" and "the march on 23 May" cannot both be right
    "march": ("march", "protest march", "walkout march"),
    "outbreak": ("outbreak", "epidemic"),
    "closure": ("closure", "shutdown", "lockdown"),
    "arrest": ("arrest", "arrested", "detention", "detained"),
    "evacuation": ("evacuation", "evacuations"),
    # a getaway from custody or an enclosure, by noun or verb: "the jailbreak of 3 May",
    # "four inmates escaped on Sunday", "two wolves broke out of the park on Monday"
    "escape": ("escape", "escapes", "escaped", "breakout", "break-out", "breakouts", "jailbreak",
               "jail break", "prison break", "broke out of", "broken out of", "break out of",
               "breaks out of", "escaped from", "absconded", "absconded from"),
}
EVENT_WORDS = {w: canon for canon, words in EVENT_GROUPS.items() for w in words}
# Events that recur within one story (hearings of a trial, rounds of talks, matches of a
# season): a bare "on" date of one is compared only with a date of the same qualified
# occurrence ("the first hearing", "the opening session"); starts and ends still compare.
RECURRING_EVENTS = frozenset((
    "meeting", "hearing", "session", "match", "conference", "negotiations", "protest", "attack",
    "inspection",
))
# Events that last several days: a bare "on" date of one ("the fire on Sunday") is a day
# during it, not its date, so two such dates never contradict; starts, ends, ranges do.
DURATIVE_EVENTS = frozenset((
    "visit", "games", "strike", "flood", "fire", "storm", "festival", "protest", "outbreak",
    "closure", "evacuation", "negotiations", "conference", "inspection", "trial", "outage",
    "riot", "leak",
))
# Verbs of sudden onset: a long event that "struck on Wednesday" began that day, and "the
# blackout of July 17" is named by the day it began (the verb must stand right before the
# date: "the storm hit the coast on Tuesday" may be any day of the storm).
ONSET_VERBS = ("struck", "strikes", "hit", "hits", "happened", "occurred", "occurs", "erupted", "erupts")
# Words that single out one occurrence of an event or one version of a thing.
EVENT_QUALIFIERS = (
    "first", "second", "third", "fourth", "fifth", "final", "opening", "closing", "initial",
    "preliminary", "interim", "provisional", "inaugural", "maiden", "decisive", "deciding",
    "another", "fresh", "further", "next", "latest", "new", "renewed", "repeat", "replacement",
    "annual", "quarterly", "monthly", "weekly", "daily", "last",
)
# Qualifiers that announce another occurrence: "a second strike" is never "the strike".
# Any other qualifier may be left unsaid ("the final results" are "the results").
OCCURRENCE_QUALIFIERS = (
    "second", "third", "fourth", "fifth", "another", "fresh", "further", "next", "latest", "new",
    "renewed", "repeat", "replacement",
    # "the last strike was in 2019": the previous one, never the strike the story is about
    "last",
)
# Words that make an event another sitting of itself ("the rerun of the election", "held
# again on", "the resit"); with "new", "repeat" and "replacement" they are one qualifier
# for the event-dates rule ("the new paper" and "the paper sat again" are one resit).
REPEAT_QUALIFIERS = ("again", "rerun", "re-run", "replay", "resit", "retake", "rematch", "redo")
REPEAT_SAME = ("new", "repeat", "replacement") + REPEAT_QUALIFIERS
# Nouns after an event word that make it a modifier of something else: the "transfer
# window" and the "election campaign" are not the transfer or the election.
EVENT_MODIFIED_NOUNS = (
    "window", "windows", "deadline", "deadlines", "period", "season", "campaign", "market",
    "cutoff", "cut-off", "timetable", "schedule", "calendar", "fund", "committee", "commission",
    "rules", "law", "bill", "ban", "fee", "fees", "talks", "threat", "threats", "plan", "plans",
)
# Words just before a date that make it a bound or a deadline, not the event's date.
WINDOW_CUES = ("by", "deadline", "window", "no later than", "before", "after", "since", "ahead of", "prior to")

# Phrases that make an event word the setting of another action, not the thing dated:
# "met on the sidelines of the summit on Saturday" dates the meeting, not the summit.
EVENT_FRAMES = (
    "on the sidelines of", "sidelines of", "on the margins of", "margins of", "ahead of",
    "on the eve of", "eve of", "in the run-up to", "run-up to", "in the wake of", "wake of",
    "in the aftermath of", "aftermath of", "following", "despite", "amid",
)

# "announced the strike on May 22": the date of the announcement, compared only with other
# announcement dates of the same event.
ANNOUNCE_VERBS = (
    "announced", "announces", "announce", "called", "calls", "declared", "declares",
    "unveiled", "ordered", "orders", "issued", "issues", "confirmed", "confirms",
)

# Verbs that set which end of an event a date denotes.
START_WORDS = (
    "start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "begun",
    "open", "opens", "opened", "opening", "arrive", "arrives", "arrived", "arriving", "arrival",
    "kick off", "kicks off", "kicked off", "launch", "launched", "commence", "commenced",
    "commences", "get underway", "got underway", "gets underway", "starting on", "from",
)
END_WORDS = (
    "end", "ends", "ended", "ending", "conclude", "concludes", "concluded", "close", "closes",
    "closed", "closing", "finish", "finishes", "finished", "wrap up", "wrapped up", "wraps up",
    "depart", "departs", "departed", "leave", "leaves", "left", "until", "through", "till",
)
# Two-word verbs that set the start or end of an event ("the blaze broke out on Saturday",
# "the spill was declared contained on Sunday"); checked as consecutive words.
START_PHRASES = ("broke out", "breaks out", "break out", "broken out", "flared up", "got underway",
                 "caught fire", "catch fire", "catches fire")
END_PHRASES = (
    "declared over", "declared contained", "declared extinguished", "declared ended", "put out",
    "under control",
)
# Single words that end a long-running event (a fire, a spill, an outbreak).
END_EVENT_WORDS = ("contained", "extinguished", "quelled", "suppressed")
# A service back after an interruption, in other words: "the record system was restored" and
# "the records came back online" (and "resumed", "reopened") are one fact to clause alignment.
RESTORE_PHRASES = (
    "came back online", "come back online", "comes back online", "came back", "come back", "comes back",
    "back online", "back in service", "restored", "restores", "restore", "resumed", "resumes", "resume",
    "reopened", "reopens", "reopen", "restarted", "restarts", "restart", "reconnected",
)
# A thing out of service for a period ("the line stayed closed from February 20 to March 16"):
# its restoration ("services on the line resumed on March 16") falls at the period's end.
CLOSURE_WORDS = ("closed", "shut", "suspended", "halted", "offline", "closure", "shutdown", "suspension")
# Verbs that end an order, a ban or an event named after them ("lifted the evacuation order
# on June 12", "called off the strike on May 11"): the date is the event's last day.
LIFT_VERBS = ("lifted", "lifts", "lift", "rescinded", "revoked", "repealed")
# "found the intrusion on the 4th", "the leak was detected on Monday": the date of the
# discovery, compared only with other discovery dates of the same event.
DISCOVER_VERBS = (
    "discovered", "discover", "discovers", "detected", "detect", "detects", "found", "spotted",
    "uncovered", "noticed", "identified",
)
# What is found when something has gone wrong: "discovered the breach", "found the leak",
# "identified the problem", "spotted the fault". A discovery of one of these with a date is
# the discovery of the story's one incident (rules.event_dates), whichever word is used.
INCIDENT_NOUNS = (
    "breach", "breaches", "leak", "leaks", "problem", "problems", "issue", "issues", "fault", "faults",
    "flaw", "flaws", "error", "errors", "glitch", "glitches", "bug", "bugs", "defect", "defects",
    "vulnerability", "vulnerabilities", "exposure", "intrusion", "hack", "compromise", "fraud",
    "irregularity", "irregularities", "discrepancy", "discrepancies", "contamination", "malfunction",
    "crack", "cracks", "anomaly", "anomalies", "incident", "mistake", "oversight", "misconfiguration",
    "spill", "infestation", "outbreak",
    # things found growing, opening or spreading where they should not ("the bloom was first
    # reported on 10 July", "the algae was first spotted on 8 July", "the sinkhole was found")
    "bloom", "blooms", "algae", "cyanobacteria", "slick", "sheen", "sinkhole", "mould", "mold",
    "asbestos", "corrosion", "subsidence",
)
# A date right after one of these is when something was said, not when the event happened.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "reported",
    "reports", "wrote", "writes", "tweeted", "posted", "commented", "noted", "explained",
    "warned", "claimed", "announced", "confirmed", "insisted", "argued", "denied", "asked",
    "urged", "called", "suggested", "published", "released", "issued", "indicated", "revealed",
)
# Events that happen when they are announced: "the recall announced on February 8" and
# "announced the recall on February 8" date the recall itself (unlike "announced the strike").
SELF_ANNOUNCED_EVENTS = ("recall", "verdict", "ban")

# Verbs of a stance on an event, with their own object ("conceded defeat in the election on
# Monday", "admitted fault over the crush"): they date the stance, not the event.
STANCE_VERBS = ("conceded", "admitted", "apologised", "apologized", "blamed", "defended", "condemned",
                "criticised", "criticized", "welcomed", "disputed", "challenged", "acknowledged")

# --- Events outside EVENT_GROUPS (checker/extract/events.py) --------------------------
# A date with no event word is keyed by its clause: the verb (by class) and the head noun
# of its object, or of its subject when the verb has none ("the dam burst on June 5").
# Verbs of one class say the same thing happened; the rest key by their own stem.
VERB_CLASSES = {
    # Light verbs: the noun is the event ("held a vote", "underwent a medical").
    "occur": ("hold", "take place", "happen", "occur", "run", "last", "undergo", "go ahead",
              "stage", "conduct", "carry out", "have", "pass", "complete", "finalise",
              "finalize", "host"),
    "publish": ("publish", "release", "issue", "post", "unveil", "present", "make public", "announce",
                "show",  # "results showed on Monday": the document was out that day
                # a document made public by others or found in public: "the list, leaked on
                # October 4", "which appeared online on Monday", "surfaced online", "went online"
                "leak", "appear online", "surface online", "go online", "turn up online"),
    "declare": ("declare", "proclaim", "impose", "introduce"),
    "lift": ("lift", "revoke", "scrap"),
    "make": ("build", "produce", "make", "manufacture", "assemble"),
    "collapse": ("collapse", "burst", "breach", "fail", "give way", "break", "cave in", "fall in",
                 "come down", "fall down"),
    "reach": ("reach", "break through"),  # "rescuers broke through to the miners": not a collapse
    "sit": ("sit",),  # "the paper was sat on Wednesday": an exam
    "crash": ("collide", "crash", "derail"),  # "two trains collided on Monday": the crash
    "reopen": ("reopen",),  # "the runway reopened on Sunday": a one-off change, like "lift"
    "explode": ("explode", "blow up", "blow apart", "detonate"),
    "sink": ("sink", "capsize"),
    "convict": ("convict", "acquit"),  # "the jury convicted him on Friday": the verdict
    "erupt": ("erupt",),
    "recall": ("recall",),  # "the company recalled 40,000 cars on Monday": the recall
    "blackout": ("lose power", "black out"),  # "homes lost power on Wednesday": the blackout began
    "sentence": ("sentence",),  # "Petrov was sentenced on Thursday": the sentencing
    "walkout": ("walk out", "down tools", "stop work"),  # "teachers walked out on Monday": a strike began
    "vote": ("vote",),  # "members voted on Tuesday to strike": the ballot (only where the story names one)
    "sign": ("sign", "ink", "seal"),
    "approve": ("approve", "adopt", "ratify", "endorse", "vote through"),
    "file": ("file", "lodge", "submit"),
    "resign": ("resign", "quit", "step down"),
    "kill": ("kill", "shoot", "stab", "murder"),
    "die": ("die", "pass away"),
    "hear": ("hear",),
    # "3,000 nurses marched on the ministry on Saturday": the march (only where the story names one)
    "march": ("march",),
    # A sanction: "the rider was banned by the agency on February 6" ("was suspended" is a
    # pause of anything, not kept here).
    "ban": ("ban",),
    # "the pipeline ruptured on 7 March": a leak began (ONSET_CLASSES)
    "rupture": ("rupture", "spring a leak"),
    # "a case was confirmed at the school on Monday", "the virus was first confirmed on": a
    # finding, dated like a discovery (the active "confirmed that" is a statement)
    "confirm": ("confirm",),
    "burgle": ("break into", "burgle", "burglarise", "burglarize"),  # not a collapse: "thieves broke into"
    "record": ("record", "register", "log", "date"),  # "the first death was recorded on 30 July", "dates it to"
    # a fluid running out: "sewage flowed from 15 July to 18 July", "crude gushed on Monday"
    # (the leak family's verbs; "began pouring" is its start)
    "flow": ("flow", "pour", "gush", "spew", "seep", "spill", "discharge", "stream"),
}
# What leaks as a fluid (or holds one): "crude leaked on Monday", "the tank leaked" is a
# leak's start (class "rupture"), not a document made public ("the list leaked on").
LEAKED_SUBSTANCES = ("oil", "crude", "gas", "fuel", "diesel", "petrol", "kerosene", "water", "sewage",
                     "effluent", "slurry", "waste", "chemical", "chemicals", "ammonia", "chlorine", "acid",
                     "radiation", "fluid", "fluids", "liquid", "coolant", "pipeline", "pipe", "pipes", "tank",
                     "tanks", "valve", "well", "reactor", "roof", "dam", "hull", "tanker", "barrel", "barrels")
# Verb classes of things that happen again and again in one story ("a case was confirmed on
# Monday", "five cases were confirmed on Wednesday"): two of their dates are compared only when
# a qualifier says which one ("the first case"), as for RECURRING_EVENTS.
RECURRING_CLASSES = ("confirm",)
# "The outbreak was first confirmed on January 12" is "the first case was confirmed on January
# 9": an outbreak is first confirmed with its first case.
FIRST_CASE_NOUNS = {"outbreak": "case", "epidemic": "case", "cluster": "case"}
# Words between a passive auxiliary and "confirmed" that keep it a finding ("was first
# confirmed", "were officially confirmed"); "first" also says which occurrence.
FINDING_ADVERBS = ("first", "officially", "formally", "initially", "only", "also")
# A part of the day before its date: "in the early hours of Tuesday" is Tuesday, and the
# clause's words are read as if the date stood where the phrase starts.
DAY_PART_HOURS = ("early", "small", "wee", "late")  # "in the <word> hours of <date>"
# Event families (read by the event-dates rule only): nouns of one-off events whose verbs
# are a class of VERB_CLASSES, so that "the collapse happened on Tuesday", "the roof fell in
# on May 5" and "died in the cave-in on May 6" date one event. Names must not be EVENT_GROUPS
# names.
EVENT_FAMILIES = {
    "collapse": ("collapse", "collapses", "cave-in", "cave-ins", "roof fall", "rockfall", "rock fall"),
    "exam": ("exam", "exams", "examination", "examinations"),
    "explosion": ("explosion", "explosions", "blast", "blasts", "detonation"),
    "sinking": ("sinking", "capsizing", "shipwreck"),
    "resignation": ("resignation",),
    # "thieves broke into the gallery on Tuesday" and "the break-in at the gallery on 9 March"
    "break-in": ("break-in", "break-ins", "burglary", "burglaries", "robbery", "heist"),
    # one-off events named by a noun only
    "funeral": ("funeral", "funerals", "funeral service", "burial"),
    "inquest": ("inquest",),
    # a leak of oil, gas or chemicals lasts: "the leak began on Saturday" and "the pipeline
    # ruptured on 7 March" both date its start
    # ("the discharge began on 14 July", "a sewage spillage"; the words for a release of a fluid)
    "leak": ("leak", "leaks", "rupture", "spill", "oil spill", "spills", "spillage", "leakage", "seepage",
             "discharge", "discharges", "outflow"),
}
# Verb class -> the family its clauses are an instance of ("collapse roof" is the collapse,
# "sit paper" the exam) when the story has one such clause noun (rules/event_dates.py).
# Classes that date nothing unless their family's noun is in the story: a committee "sat" on
# many days, rescuers "reached" one group after another, homes "lost power" in waves.
FAMILY_ONLY_CLASSES = ("sit", "reach", "blackout", "overflow", "walkout", "slide", "impact", "vote", "march")
# Classes read from a finite verb only ("voted", "will vote"): "early voting on October 8" and
# "postal voting" are a part of the ballot, not the day it was held.
FINITE_ONLY_CLASSES = ("vote",)
# Past forms that are a collision only with an object ("a jet touched down and struck it", "a
# cargo ship rammed the ferry"; "teachers struck on Monday" is not): class "impact", which
# dates nothing unless the story names the crash ("the collision").
IMPACT_VERBS = ("struck", "rammed")
# Classes whose clauses are one thing whatever their noun, and (ONSET_CLASSES) whose date is
# that thing's first day: "homes lost power" and "power failed" are the blackout's start, "the
# river burst its banks" the flood's, "Petrov was sentenced" the sentencing (people's names
# are not nouns of the clause; the names guard still tells two defendants apart).
FIXED_NOUN_CLASSES = {"blackout": "power", "overflow": "river", "sentence": "sentence", "convict": "verdict",
                      "walkout": "strike", "slide": "hillside", "vote": "ballot"}
# Classes of a sanction named by its own noun: "announced the ban" and "<a source> announced
# on Tuesday" after "X has been banned" key "ban ban", which is the one ban of the story with
# a noun ("the rider was banned": "ban rider") only while every "ban" clause has that noun
# ("fishing was banned" and "alcohol was banned" stay two bans).
SANCTION_CLASSES = ("ban",)
ONSET_CLASSES = ("blackout", "overflow", "walkout", "rupture")
# The subject or object that turns a failure into another class: "power failed" is a
# blackout, "burst its banks" a river overflowing.
NOUN_CLASSES = {
    "collapse": {"power": "blackout", "electricity": "blackout", "grid": "blackout", "lights": "blackout",
                 "supply": "blackout", "bank": "overflow", "banks": "overflow", "hillside": "slide",
                 "slope": "slide", "mountainside": "slide", "hill": "slide", "embankment": "slide",
                 # the ground that gave way, or the slip itself: "the slip came down", "the cliff collapsed"
                 "hillsides": "slide", "slopes": "slide", "mountainsides": "slide", "embankments": "slide",
                 "cliff": "slide", "cliffs": "slide", "cliffside": "slide", "cliff face": "slide",
                 "rockface": "slide", "escarpment": "slide", "slip": "slide", "slips": "slide",
                 "landslip": "slide", "landslide": "slide", "mudslide": "slide", "rockslide": "slide"},
}
# Words of a recurring event group that happen once: a defendant's sentencing is not one of
# the trial's hearings.
ONE_OFF_WORDS = {"sentencing": "sentencing", "final": "final", "cup final": "final"}  # a final is one match, not the tournament
FAMILY_VERB_CLASSES = {
    "collapse": "collapse", "sit": "exam", "crash": "crash", "impact": "crash", "explode": "explosion", "sink": "sinking",
    "resign": "resignation", "convict": "verdict", "erupt": "eruption", "recall": "recall",
    "blackout": "outage", "overflow": "flood", "sentence": "sentencing", "walkout": "strike", "slide": "landslide",
    "vote": "election", "ban": "ban", "rupture": "leak", "burgle": "break-in", "flow": "leak",
    "march": "march",
}
# Heads that only say an activity was organised: "a rescue operation" is the rescue, "the
# relief effort" the relief, "the search mission" the search.
GENERIC_EVENT_HEADS = ("operation", "operations", "effort", "efforts", "mission", "missions", "exercise",
                       "period")  # "the mourning period" is the mourning
# Nouns that name whatever a story is about: "the disaster on May 6", "the accident of 5 May"
# date the story's main event (the event most of its articles date), not a crash as such.
MAIN_EVENT_NOUNS = ("accident", "disaster", "tragedy", "catastrophe", "incident", "mishap", "calamity")
# "plans to file on June 3", "threatened to strike on Monday": an intention before "to"
# dates no fact (the publication-timing rule reads forecasts).
# Verbs that say only that the subject event happened ("the hearing in <a long name> was held
# from March 4 to 6", "the summit took place on"): like a role verb, they date their subject.
OCCURRENCE_VERBS = ("held", "staged", "hosted")
OCCURRENCE_PHRASES = ("took place", "takes place", "take place", "taking place")
# Words right before a date that move an event's effect to it: "the ban is backdated to
# January 30", "with effect from March 1" say when the sanction counts from, not when it
# was imposed (the event's start, compared only with other starts).
EFFECT_CUES = ("backdated to", "back-dated to", "backdated", "retroactive to", "effective from",
               "with effect from", "takes effect", "took effect", "take effect", "effective",
               "into force", "into effect", "in force from", "applies from", "apply from")
# A state that lasts as long as its subject is in effect: "the order that kept residents out
# was in force from August 6 to August 10" is the order's period, like "the order ran from".
IN_FORCE_PHRASES = ("in force", "in effect")
# A rule's start in other words: "the ban came into force on", "the law took effect on", "the
# curfew went into effect on", "the tariff became effective on", "the limit kicked in on" are
# "the ban began on" (checker.extract.events reads them as "began").
ENTRY_INTO_FORCE_PHRASES = (
    "came into force", "comes into force", "come into force", "coming into force",
    "came into effect", "comes into effect", "come into effect", "coming into effect",
    "entered into force", "enters into force", "entered force", "took effect", "takes effect", "take effect",
    "taking effect", "went into effect", "goes into effect", "go into effect", "going into effect",
    "became effective", "becomes effective", "kicked in", "kicks in",
)
INTENTION_WORDS = (
    "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "aim", "aims",
    "aimed", "intend", "intends", "intended", "want", "wants", "wanted", "threaten", "threatens",
    "threatened", "vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledged",
    "try", "tries", "tried", "seek", "seeks", "sought", "expect", "expects", "expected",
    "likely", "unlikely", "set", "due", "ready", "prepared", "preparing",
)
# Irregular past forms and participles, mapped to their base.
IRREGULAR_VERBS = {
    "held": "hold", "holds": "hold", "took": "take", "taken": "take", "ran": "run", "began": "begin",
    "begun": "begin", "burst": "burst", "met": "meet", "won": "win", "lost": "lose",
    "struck": "strike", "hit": "hit", "broke": "break", "broken": "break", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "went": "go", "gone": "go", "came": "come",
    "left": "leave", "saw": "see", "seen": "see", "gave": "give", "given": "give",
    "brought": "bring", "built": "build", "caught": "catch", "drew": "draw", "drawn": "draw",
    "found": "find", "got": "get", "kept": "keep", "led": "lead", "made": "make", "paid": "pay",
    "put": "put", "set": "set", "shut": "shut", "sent": "send", "spent": "spend", "stood": "stand",
    "underwent": "undergo", "sat": "sit", "blew": "blow", "blown": "blow", "undergone": "undergo", "sold": "sell", "bought": "buy",
    "heard": "hear", "shot": "shoot", "fought": "fight", "flew": "fly", "flown": "fly",
    "hung": "hang", "sank": "sink", "sunk": "sink", "froze": "freeze", "frozen": "freeze",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "had": "have",
    "has": "have", "did": "do", "done": "do", "shown": "show", "quit": "quit", "swore": "swear",
    "sworn": "swear", "chose": "choose", "chosen": "choose",
    # the verbs of damage, flight and movement news uses in past narrative ("an explosion tore
    # through a block", "the fire swept through", "residents fled", "the storm shook")
    "tore": "tear", "torn": "tear", "swept": "sweep", "threw": "throw", "thrown": "throw",
    "drove": "drive", "driven": "drive", "shook": "shake", "shaken": "shake", "fled": "flee",
    "sought": "seek", "stole": "steal", "stolen": "steal", "overran": "overrun", "overtook": "overtake",
    "overtaken": "overtake", "withdrew": "withdraw", "withdrawn": "withdraw", "upheld": "uphold",
    "sped": "speed", "rang": "ring", "sprang": "spring", "dug": "dig", "grew": "grow", "grown": "grow",
    "slid": "slide", "hid": "hide", "hidden": "hide",
}
# Auxiliaries and copulas: never the clause's verb ("was arrested", "had been held").
AUXILIARIES = (
    "be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "get", "got", "gets",
)
# Words ending in -ed that are not verbs.
NOT_VERBS_ED = ("hundred", "speed", "need", "bed", "red", "seed", "feed", "shed", "indeed",
                "wed", "creed", "breed", "greed", "sled", "weed", "deed", "embed")
# Function words, pronouns and adverbs: never a head noun.
NON_HEAD_WORDS = frozenset("""
a an the this that these those his her its their our my your some any each every all both
no not of in on at to for from by with about over under between during after before since
until till through into onto upon within without against among around near via per than
and or but as if so because while when where which who whom whose what whether then there
here also only just even still already again later earlier late early soon now today
yesterday tomorrow day days week weeks month months year years time times morning afternoon
evening night he she it they we i you him them us me one ones other others another more
most many much few several such same own very too well back up down out off away ago last
next new after finally formally officially eventually reportedly online offline
""".split())
# Parts of a structure: what happens to "the roof of a haulage tunnel" or "a section of the
# embankment" happens to the tunnel or the embankment ("part of the tunnel collapsed" is
# already the tunnel's collapse), so the head of their "of" phrase keys the clause.
PART_NOUNS = frozenset("""
roof roofs ceiling ceilings wall walls floor floors section sections portion portions stretch span
spans deck decks wing wings side sides segment segments
""".split())
# Nouns of speech and of running updates: recurring, never the event a date belongs to.
NON_EVENT_HEADS = (
    "statement", "statements", "comment", "comments", "remark", "remarks", "message", "tweet",
    "post", "interview", "update", "updates", "figure", "figures", "toll", "tally", "count",
    "number", "numbers", "data", "warning", "warnings", "appeal", "call", "calls", "letter",
)
# Nouns that only measure or frame their "of" complement: "a state of emergency".
LIGHT_NOUNS = (
    "state", "series", "round", "wave", "number", "set", "lot", "part", "kind", "type", "form",
    "start", "end", "beginning", "publication", "release", "announcement", "declaration",
    "signing", "day", "date", "period",
)

FUTURE_CUES = (
    "will", "would", "shall", "is expected", "are expected", "was expected", "were expected",
    "expects", "expected to", "is due", "are due", "is scheduled", "are scheduled",
    "is set to", "are set to", "plans to", "planned", "is to", "are to", "upcoming",
    "next", "going to", "intends", "aims to", "hopes to", "is likely", "could", "'ll", "’ll",
    "expected", "due", "scheduled", "slated", "planned for", "set for", "pending",
)
# Lower-case only: "may" the modal, never "May" the month.
FUTURE_CUES_CASED = ("may", "might")

# Seasons as (first month, last month), northern-hemisphere meteorological seasons; winter
# runs into the next year. "Fall" counts only as "this/next/last fall" or "in the fall".
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
# Words that may follow a season name; any other word makes it a modifier ("the summer
# recess", "the winter games"), which is not a time by itself.
SEASON_FOLLOWERS = (
    "of", "and", "or", "when", "as", "to", "before", "after", "that", "which", "the", "a", "an",
    "with", "for", "in", "on", "at", "by", "is", "was", "will", "would", "if", "but", "so",
    "because", "while", "until", "ahead", "at", "once", "said", "says",
)

# How far "the coming days / weeks / months" reaches from the publication date (days).
# "In the coming weeks" is a few weeks: six at most, as newsrooms use it.
COMING_SPAN_DAYS = {"days": 10, "weeks": 42, "months": 183}
# Duration units in days; an hour-based duration ("48-hour strike") rounds up to days.
DURATION_UNITS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
HOURS_PER_DAY = 24
# Nouns a duration may qualify ("a six-day visit", "a 48-hour strike").
DURATION_NOUNS = (
    "visit", "trip", "tour", "stay", "strike", "walkout", "summit", "conference", "festival",
    "trial", "hearing", "inspection", "mission", "tournament", "event", "campaign",
    "ceasefire", "truce", "shutdown", "closure", "lockdown", "stoppage", "blockade",
    "curfew", "suspension", "outage", "search", "operation", "exercise", "exercises",
    "meeting", "meetings", "talks", "session", "retreat", "fast", "protest", "sit-in",
    "rescue", "effort", "clean-up", "cleanup", "blackout", "evacuation", "heatwave", "siege",
    "manhunt", "mourning", "vigil", "recount", "standoff",
)
PAST_CUES = ("was", "were", "had", "did", "ago", "last", "earlier", "previously")

# --- Expected timing (rules/timing.py) ------------------------------------------------
# "The thing expected": publications and outcomes whose timing news copy forecasts. Each
# group is one canonical thing; its words are synonyms within one story ("its assessment"
# is published as "its report"; an inquiry's "findings" are its report).
EXPECTED_THINGS = {
    "report": ("report", "reports", "assessment", "findings", "conclusions", "white paper"),
    "verdict": ("verdict", "verdicts", "judgment", "judgement", "sentence"),
    # A ruling is often on a motion or request, not the final verdict: kept apart.
    "ruling": ("ruling", "rulings", "rule on", "decide on"),
    "decision": ("decision", "decisions", "approval", "go-ahead"),
    "results": ("results", "result", "vote count", "tally", "outcome"),
    "investigation": ("investigation", "inquiry", "probe", "review", "audit"),
    "figures": ("figures", "data", "statistics"),
    "legislation": ("bill", "law", "legislation", "regulation", "regulations"),
    "repairs": ("repair", "repairs", "fix", "software update", "replacement", "replacements"),
    "compensation": ("compensation", "payout", "payouts", "refund", "refunds"),
}
# Verbs that name an expected thing: "the panel is expected to rule by June" forecasts the
# ruling, "has yet to rule" shows it pending.
EXPECTED_VERBS = {
    "rule": "ruling", "decide": "decision", "sign": "signing", "investigate": "investigation",
    "repair": "repairs", "compensate": "compensation", "legislate": "legislation",
}
# Event words that are verbs or too ambiguous to carry an expectation of their own.
TIMING_EVENT_EXCLUDE = frozenset((
    "met", "meet", "arrested", "arrest", "detained", "game", "final", "march", "may", "fair", "stay",
    "deal", "agreement", "contract", "release", "opening", "talks", "meeting", "meetings",
    "strike attack", "raid", "attack", "attacks", "shooting", "accident", "fire", "blaze",
))
# Words of a firm expectation: the thing is forecast for a time.
EXPECT_CUES = (
    "expected", "expects", "expect", "expecting", "due", "scheduled", "slated", "set to",
    "will", "would", "shall", "plans", "planned", "planning", "plan to", "intends", "aims",
    "aim to", "on track", "promised", "pledged", "vowed", "agreed to", "to host", "to hold",
    "should", "is to", "are to", "was to", "were to", "'ll", "’ll", "timetable", "forecast",
    "upcoming", "estimated", "won't", "won’t", "will not",
)
# When no thing noun is near a window, the clause's subject is the thing ("sailings are
# expected to resume by the weekend"), unless it is one of these: quantities move over
# time, so "prices will rise by June" and "prices won't fall before 2026" are not one thing.
SUBJECT_THING_STOP = (
    "price", "prices", "rate", "rates", "cost", "costs", "level", "levels", "number", "numbers",
    "temperature", "temperatures", "people", "demand", "inflation", "growth", "sales", "share",
    "shares", "value", "values", "total", "amount", "weather", "situation", "things", "work",
)
# Verbs of change: their subject is a quantity, never an expected thing.
CHANGE_VERBS = (
    "rise", "fall", "increase", "decrease", "grow", "drop", "climb", "decline", "ease", "peak",
    "improve", "worsen", "recover", "double", "halve",
)
# Hedges: a possibility, not an expectation; it may agree but never contradicts or lapses.
HEDGE_CUES = (
    "might", "may", "could", "possible", "possibly", "potential", "perhaps", "maybe",
    "discussions about", "talks about", "talks on", "talks for", "talks were underway",
    "ongoing discussions", "hope", "hopes", "hoped", "hoping",
    "suggested", "proposed", "reported that", "rumoured", "speculation",
)
# A later article still shows the thing to come.
PENDING_CUES = (
    "pending", "not yet", "yet to", "still awaited", "still awaiting", "still expected",
    "still being", "still under", "still not", "final stages", "final stage", "finalising",
    "finalizing", "long-awaited", "long awaited", "awaited", "awaiting", "delayed", "delay",
    "delays", "postponed", "postpone", "postponement", "pushed back", "put off", "hold off",
    "held off", "held back", "deferred", "has not been", "have not been", "had not been",
    "was not published", "were not published", "not been published", "not been released",
    "no date", "no new date", "overdue", "missed", "still has not", "still have not",
    "failed to", "has yet", "have yet", "had yet", "not been made", "not been paid",
)
# Only these count as pending for events (a strike "still" going on is happening).
EVENT_PENDING_CUES = (
    "not yet", "yet to", "delayed", "postponed", "pushed back", "put off", "deferred",
    "no date", "no new date", "still not", "has not begun", "have not begun", "not started",
    "called off", "suspended", "on hold", "rescheduled", "failed to",
)
# Delaying words: "hold off on publishing it ahead of X" means "not before X".
DELAY_CUES = (
    "delay", "delayed", "delaying", "postpone", "postponed", "hold off", "held off",
    "put off", "pushed back", "push back", "deferred", "defer", "rescheduled", "pushed for a delay",
)
# A sentence that gives an event's new date: "now scheduled for", "was pushed back to", "has
# been moved to", "the new date": a later article's other day for a still-future event is a
# change of plan, not a conflict with the earlier day.
REVISED_PLAN_CUES = (
    "now", "rescheduled", "re-scheduled", "postponed", "postpone", "postponement", "pushed back",
    "put back", "put off", "moved", "moving", "brought forward", "delayed", "delay", "deferred",
    "new date", "revised", "instead", "rearranged", "re-arranged", "shifted", "changed", "adjourned",
)
NEGATIONS = ("not", "never", "n't", "no earlier", "no sooner")
# Which end of the expected thing a window is about (none found = the whole thing).
THING_START_VERBS = ("begin", "begins", "began", "start", "starts", "started", "open", "opens", "kick off", "commence", "launch",
                     "resume", "resumes", "resumed", "reopen", "reopens", "reopened", "restart", "restarts", "restarted")
THING_END_VERBS = ("end", "ends", "ended", "conclude", "concludes", "close", "closes", "finish", "finishes", "wrap up",
                   "contained", "extinguished", "put out", "declared over", "under control")
# "Continue", "remain", "last": a window about duration, not about when it happens.
THING_CONTINUE_VERBS = ("continue", "continues", "continued", "remain", "remains", "extend", "extended", "persist", "go on")
# The thing happened: a past completion ("the report was published on June 28").
COMPLETION_VERBS = (
    "published", "released", "delivered", "handed down", "announced", "issued", "presented",
    "made public", "came out", "unveiled", "submitted", "returned", "declared", "certified",
)
# Prepositions before an event that bound a window: "before the Games", "after the vote".
EVENT_BOUND_PREPS = ("before", "after", "ahead of", "until", "till", "following", "by", "prior to")

# --- Since-claims (rules/since_claims.py) ---------------------------------------------
# Activities a "since <date>" claim dates, grouped: the words of a group state one fact
# ("talks since 2018" and "negotiating since 2018"). Other words align by their stem.
SINCE_ACTIVITY_GROUPS = {
    "negotiate": ("negotiating", "negotiated", "negotiations", "negotiation", "talks", "talking", "discussions", "discussing"),
    "lead": ("led", "leading", "leads", "headed", "heading", "governed", "governing", "ruled", "ruling", "power", "office", "helm", "charge", "presided", "presiding",
             # "has been governor since": holding a post
             "governor", "president", "mayor", "leader", "chief", "head", "chairman", "chairwoman",
             "chair", "director", "minister", "premier", "coach", "manager", "captain", "ceo"),
    "detain": ("detained", "held", "imprisoned", "jailed", "custody", "arrest", "detention", "prison", "jail"),
    "know": ("known", "knew", "aware"),
    "live": ("lived", "living", "resided", "residing", "based"),
    "work": ("worked", "working", "employed", "served", "serving"),
    "close": ("closed", "shut", "suspended", "halted"),
    # "the code has not been revised / updated / amended since 2007": one activity
    "revise": ("revised", "updated", "amended", "changed", "rewritten", "overhauled",
               "reformed", "modernised", "modernized", "reviewed"),
    "inspect": ("inspected", "checked", "examined", "audited", "surveyed", "tested"),
    "repair": ("repaired", "renovated", "refurbished", "upgraded", "maintained", "restored"),
    # "has owned the club since 2016" and "has been the owner since 2017": one ownership, as
    # verb or noun (the verb's forms are "operate" in checker.vocab.timing)
    "operate": ("owner", "owners", "ownership", "owns", "proprietor", "proprietors", "co-owner"),
    # "has been on sale since 2011", "has been sold since 2014", "marketed since": one product's sale
    "sell": ("sold", "selling", "sale", "marketed", "retailed"),
}
# Documents that announce an event named before them ("the evacuation order", "the recall
# notice", "the closure order"): where a story names one such compound, "the order issued on
# Friday" is its announcement (rules/event_dates.py).
ORDER_NOUNS = ("order", "orders", "notice", "notices", "advisory")
# Running or managing a thing, said of a person ("Holm, who has run the museum since 2015", "she
# has managed the club since 2019"), is holding its top post: one activity with "director since
# 2017" ("lead"); said of a company ("the firm has run the ferry since 2012") it stays "operate".
PERSON_RUN_WORDS = ("run", "running", "runs", "ran", "managed", "managing", "manages")
PERSON_SUBJECT_WORDS = ("who", "he", "she")
# Record claims ("the first visit since 2005") belong to the first-since rule.
RECORD_WORDS = (
    "first", "last", "highest", "lowest", "biggest", "largest", "smallest", "worst", "best",
    "most", "least", "fewest", "strongest", "weakest", "deadliest", "longest", "shortest",
    "only", "record", "earliest", "latest",
)
# Function words skipped when looking for the activity before "since".
SINCE_SKIP = (
    "the", "a", "an", "of", "with", "her", "his", "their", "its", "to", "on", "about", "for",
    "in", "been", "has", "have", "had", "be", "is", "are", "was", "were", "it", "them", "him",
    "there", "that", "this", "those", "these", "then", "ever", "not", "never", "also", "still",
)
# Irregular participles that can carry a since-claim.
SINCE_PARTICIPLES = ("held", "known", "led", "kept", "run", "shut", "begun", "gone", "left", "seen", "built", "stood")
