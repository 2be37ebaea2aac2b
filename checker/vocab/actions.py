"""Vocabulary of actions written as a verb or as its noun (checker.extract.events.action_key).

"The prison was locked down from" and "a lockdown of the prison from" are one action on one
thing; these lists say which words before "of" are not actions at all.
"""

# Nouns before "of" that measure, place or report, not act: "three days of", "the results
# of", "the site of", "the head of". (Light nouns and non-event heads of checker.vocab.time
# are added where the list is used.)
NOT_ACTION_NOUNS = (
    "day", "days", "night", "nights", "week", "weeks", "fortnight", "month", "months", "year", "years",
    "hour", "hours", "results", "result", "findings", "site", "scene", "rest", "most", "half", "all", "some",
    "none", "many", "members", "part", "parts", "side", "top", "middle", "heart", "centre", "center", "area",
    "areas", "edge", "head", "chief", "director", "minister", "spokesman", "spokeswoman", "spokesperson",
    "owner", "operator", "course", "cost", "costs", "details", "scope", "length", "duration", "news",
)
# Particles that make one action of a verb ("locked down" is a lockdown, "shut down" a shutdown).
ACTION_PARTICLES = ("down", "off", "out", "up")
# "its audit of the data centre, which ran from": the relative clause of a period.
PERIOD_VERBS = ("ran", "lasted", "continued")
# Stems of one action in other words (checker.extract.events.stem of the verb, with its
# particle; the noun's verb stem): "schools were shut" is their closure, "a shutdown of the
# plant" its closure, "production was halted" its suspension.
ACTION_SYNONYMS = {
    "shut": "clos", "shutdown": "clos", "closedown": "clos",
    "halt": "suspend",
}
# Light verbs: their object is no thing acted on ("took place from", "spent days from",
# "kept residents out from"), so they key no action.
LIGHT_ACTION_VERBS = ("take", "took", "taken", "have", "had", "make", "made", "give", "gave", "given", "get",
                      "got", "spend", "spent", "see", "saw", "seen", "do", "did", "done", "keep", "kept",
                      "leave", "left", "put", "let")
# States that are an action's result, after "was"/"were"/"remained": "the website was offline
# from" is its shutdown, as "a shutdown of the website from" (the key of a closure).
ACTION_STATES = {"offline": "clos", "unavailable": "clos", "inaccessible": "clos"}
# Heads that only say what kind of installation a thing is: "the building's alarm system" is
# acted on as the alarm ("the alarm upgrade"), "the water network" as the water.
GENERIC_THING_HEADS = ("system", "systems", "network", "networks", "equipment", "installation", "installations")
# Adverbs made of "a-" and a verb or noun: "the ship ran aground" is its grounding, "the
# barn was set ablaze" its burning, "the boat drifted ashore" its coming ashore
# (checker.extract.events.event_stem reads the word after "a").
A_ADVERBS = ("aground", "ashore", "adrift", "afloat", "ablaze", "aflame", "awash", "astray", "aloft")
# Words shaped like an event form (-ing, -ion, -ment) that name no event: prepositions,
# numbers, times of day, places and groups.
NOT_EVENT_FORMS = (
    "according", "including", "following", "during", "regarding", "concerning", "notwithstanding",
    "pending", "morning", "evening", "building", "buildings", "ceiling", "nothing", "something",
    "anything", "everything", "million", "millions", "billion", "billions", "trillion", "union",
    "nation", "region", "opinion", "station", "position", "population", "religion", "question",
    "department", "government", "parliament", "management", "environment", "apartment", "equipment",
    "statement", "comment", "moment", "percent", "per cent", "region", "mission", "commission",
    "committee", "spokeswoman", "spokesperson", "nature", "future", "picture", "culture", "feature",
    "figure", "temperature", "procedure", "structure", "measure", "pressure", "sing", "king", "ring",
)
# People sent to do a job: "search teams worked at the site from", "rescue crews searched
# the debris from" (checker.extract.events.activity_key).
WORKER_NOUNS = (
    "team", "teams", "crew", "crews", "party", "parties", "squad", "squads", "unit", "units", "workers",
    "worker", "staff", "engineers", "engineer", "divers", "diver", "rescuers", "searchers", "volunteers",
    "firefighters", "officers", "police", "troops", "soldiers", "specialists", "contractors", "technicians",
    "investigators", "inspectors", "experts", "personnel", "responders",
)
# Verbs that say only that workers were at their job: "search teams worked at the site from".
WORK_VERBS = ("worked", "operated", "toiled", "laboured", "labored", "were deployed", "were at work",
              "continued", "carried on", "kept going", "stayed")
# States an organisation, a place or a thing is put into, and leaves: "the company went into
# administration on", "entered receivership", "was placed in special measures", "filed for
# bankruptcy", "the city went into lockdown", "the ship entered service". The date is the
# entry into the state (one event whatever verb carries it: checker.extract.events
# ``state_entered``); leaving it ("came out of administration", "emerged from bankruptcy",
# "left special measures") is another. Value: the key of the state (variants share one).
ENTERED_STATES = {
    "administration": "administration", "voluntary administration": "administration",
    "special administration": "administration", "receivership": "receivership",
    "administrative receivership": "receivership", "liquidation": "liquidation",
    "voluntary liquidation": "liquidation", "compulsory liquidation": "liquidation",
    "provisional liquidation": "liquidation", "bankruptcy": "bankruptcy", "bankruptcy protection": "bankruptcy",
    "chapter 11": "bankruptcy", "chapter 7": "bankruptcy", "chapter 11 bankruptcy": "bankruptcy",
    "chapter 11 protection": "bankruptcy", "insolvency": "insolvency", "examinership": "examinership",
    "creditor protection": "creditor protection", "special measures": "special measures",
    "lockdown": "lockdown", "quarantine": "quarantine", "recession": "recession", "default": "default",
    "hiding": "hiding", "custody": "custody", "care": "care", "service": "service",
    "production": "production", "orbit": "orbit", "foster care": "care", "protective custody": "custody",
    "stand-by": "standby",
    "standby": "standby", "hibernation": "hibernation", "safe mode": "safe mode",
}
# Verbs (with their particle) that put something into a state: "went into", "was placed in",
# "entered", "collapsed into", "filed for" (all forms are written out: no verb stemmer here).
ENTER_STATE_VERBS = (
    "enter", "enters", "entered", "entering",
    "go into", "goes into", "went into", "gone into", "going into",
    "fall into", "falls into", "fell into", "fallen into", "falling into",
    "collapse into", "collapses into", "collapsed into", "collapsing into",
    "plunge into", "plunges into", "plunged into", "plunging into",
    "slip into", "slips into", "slipped into", "slipping into",
    "slide into", "slides into", "slid into", "sliding into",
    "tip into", "tips into", "tipped into", "tipping into",
    "move into", "moves into", "moved into", "moving into",
    "place in", "places in", "placed in", "placing in", "place into", "placed into",
    "put in", "puts in", "putting in", "put into", "putting into",
    "force into", "forced into", "forces into", "push into", "pushed into", "pushes into",
    "send into", "sent into", "sends into", "taken into", "took into", "take into", "takes into",
    "brought into", "bring into", "brings into",
    "file for", "files for", "filed for", "filing for", "apply for", "applies for", "applied for",
    "seek", "seeks", "sought", "declare", "declares", "declared", "declaring",
)
# Verbs that take something out of a state: "came out of administration", "emerged from
# bankruptcy", "exited lockdown", "was taken out of special measures".
EXIT_STATE_VERBS = (
    "exit", "exits", "exited", "exiting", "leave", "leaves", "left", "leaving",
    "come out of", "comes out of", "came out of", "coming out of",
    "emerge from", "emerges from", "emerged from", "emerging from",
    "taken out of", "take out of", "took out of", "brought out of", "bring out of",
    "removed from", "remove from", "released from", "release from", "lifted out of", "moved out of",
    "exited from", "pulled out of",
)
# Of those, the verbs that take their object before the particle: "regulators placed the bank
# into administration", "the virus plunged the economy into recession".
ENTER_STATE_TRANSITIVE = ("place", "places", "placed", "placing", "put", "puts", "putting", "force", "forces",
                          "forced", "forcing", "push", "pushes", "pushed", "pushing", "send", "sends", "sent",
                          "sending", "take", "takes", "took", "taken", "taking", "bring", "brings", "brought",
                          "bringing", "plunge", "plunges", "plunged", "plunging", "tip", "tips", "tipped", "tipping")
# Verbs that say one thing of the story's main event (checker.extract.events.main_verb_event):
# when a headline's verb ("Federation voids cup tie", "refinery halt") is one of a class, another
# article's verb of the class dates the same event ("scrapped the draw", "annulled the
# result"; "stopped refining diesel", "output was paused"). Past forms, written out.
MAIN_EVENT_VERB_CLASSES = {
    "halt": ("halted", "stopped", "paused", "suspended", "ceased", "froze", "frozen", "idled", "shut",
             "discontinued", "interrupted"),
    "void": ("voided", "scrapped", "annulled", "nullified", "invalidated", "cancelled", "canceled",
             "quashed", "rescinded", "revoked", "overturned", "declared void", "struck down"),
}
MAIN_EVENT_VERB_CLASSES.update({
    # taking what is not yours: "the truck was stolen", "thieves made off with the lorry"
    "steal": ("stolen", "stole", "robbed", "looted", "burgled", "burglarized", "burglarised", "hijacked",
              "snatched", "pilfered", "plundered", "ransacked", "carjacked", "made off with",
              "drove off with", "driven off with", "got away with", "took off with", "ran off with"),
    # a part that let go of what held it: "a chair came off the lift", "the wheel detached"
    "detach": ("detached", "came off", "come off", "came loose", "come loose", "broke off", "broken off",
               "broke away", "broke loose", "sheared off", "snapped off", "fell off", "came away",
               "separated", "dislodged", "unhooked", "uncoupled"),
    # a vote that says no: "the council rejected the budget", "the plan was voted down"
    "reject": ("rejected", "defeated", "voted down", "threw out", "thrown out", "turned down",
               "vetoed", "voted against", "shot down", "overruled"),
})
# Of those, the decisions: they take effect when announced, so "announced on Monday that it had
# voided the draw" dates the voiding ("the board announced on Friday that it had rejected the
# bid"); a theft or a stoppage announced is not dated by its announcement.
DECISION_VERB_CLASSES = ("void", "reject")
# Acts a ruling body takes by announcing them: "the agency suspended the pesticide on Monday",
# "the suspension of the vaccine, announced on 15 May", "the league's decision, announced on
# Tuesday, to suspend the club". A halt's or a ban's announcement days are compared with one
# another (a halt of a service "announced on Friday" may begin on Monday, so never with its
# own day); a decision's (DECISION_VERB_CLASSES) is its own day.
ANNOUNCED_ACT_CLASSES = ("halt", "void", "reject", "ban")
# Nouns of a decision whose infinitive names the act: "the decision to suspend", "its move to ban".
DECISION_NOUNS = ("decision", "move", "order", "ruling")
# Heads of the bodies whose acts of those classes are decisions: "the Crop Protection Agency
# suspended", "the regulator banned", "the federation voided" (a company "halted output" is
# a stoppage, dated by its own day).
RULING_BODY_HEADS = (
    "agency", "authority", "authorities", "regulator", "regulators", "ministry", "minister", "government",
    "council", "court", "judge", "judges", "commission", "commissioner", "watchdog", "federation", "league",
    "board", "tribunal", "parliament", "inspectorate", "department", "cabinet", "executive", "governor",
    "mayor", "secretary", "association", "body", "bodies", "panel", "committee", "assembly", "senate",
)
# Nouns of those classes whose form is not their verb's ("the theft", "the heist", "budget
# defeat"): a headline's noun and another lede's verb of one class are the story's main event.
MAIN_EVENT_NOUN_CLASSES = {
    "steal": ("theft", "thefts", "robbery", "robberies", "heist", "heists", "burglary", "burglaries",
              "hijacking", "hijack", "looting", "carjacking", "break-in", "raid"),
    "reject": ("defeat", "rejection", "veto"),
}
# Words before a past participle that make it a state still holding on the date, not the
# event that began it: "output was still halted on June 20".
STATE_STILL_WORDS = ("still", "remained", "remains", "stayed", "stays", "continued", "continues")
# Ordering an inquiry is announcing it: "the minister ordered an independent review on Tuesday",
# "the council on Monday commissioned an inquiry into the flooding" and "a review was ordered
# on 3 March" date the inquiry's announcement, one key with "the review, announced on 3 March"
# (any other object of these verbs dates nothing: "ordered 40 buses", "ordered the evacuation").
COMMISSION_VERBS = ("ordered", "orders", "order", "commissioned", "commissions", "commission")
INQUIRY_NOUNS = ("review", "reviews", "inquiry", "inquiries", "enquiry", "enquiries", "investigation",
                 "investigations", "probe", "probes", "inquest", "study", "evaluation", "examination")
