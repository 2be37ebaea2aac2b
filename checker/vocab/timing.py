"""Vocabulary of expected timing (the publication-timing rule): which word of a forecast
names the thing expected. Nothing here may name a particular story."""

# "Customers will receive letters by Friday": with these verbs the expected thing is the
# object, not the subject (the letters are due, not the customers).
RECEIPT_VERBS = (
    "receive", "receives", "be sent", "be given", "be issued", "be offered",
    "be mailed", "be emailed", "be paid",
    # verbs of making known or handing out: the thing due is what is announced or awarded
    # ("the administrators are expected to announce job cuts by Friday", "the council will
    # award the contract by 1 November"), not the body that acts
    "announce", "award", "issue", "unveil", "confirm", "grant", "allocate", "hand out",
    # verbs of sending: what is sent is due ("the council expects to send out tax bills by 7
    # March", "the insurer will dispatch the cheques within a week")
    "send", "sends", "dispatch", "dispatches", "deliver", "delivers", "distribute", "distributes",
    "mail", "mails", "be delivered", "be dispatched", "be distributed", "be posted",
    # verbs of putting a proposal before a body: what is put is due ("she would put a revised
    # budget to councillors within a week", "the board will table a new offer by Friday")
    "present", "presents", "table", "tables", "submit", "submits", "put", "puts", "lay", "lays",
    # verbs of paying, handing over, producing or finishing: what is paid, handed over, made or
    # finished is due ("the council will pay the grants by March 20" ... "the grants have still
    # not been paid"; "the builder pledged to complete the stand by May"; "the firm will fit
    # new alarms within a month"; "the agency promised to publish the data by Friday")
    "pay", "pays", "repay", "repays", "pay out", "pays out", "refund", "refunds", "hand over", "hands over",
    "hand back", "hands back", "release", "releases", "publish", "publishes", "provide", "provides", "install",
    "installs", "fit", "fits", "replace", "replaces", "complete", "completes", "finish", "finishes",
    "build", "builds", "finalise", "finalises", "finalize", "finalizes", "settle", "settles", "rehouse",
    "rehouses", "relocate", "relocates", "reimburse", "reimburses", "remove", "removes", "demolish", "demolishes",
)  # (not "return": "services will return to normal"; nor "file", "supply" or "produce")
# "Patients will be contacted by letter by Friday": the means of contact is a thing due too
# (the letters), as in "patients will be sent letters". Participles of contacting, and each
# means with the name its thing takes ("letters to patients began going out").
CONTACT_PARTICIPLES = ("contacted", "notified", "informed", "told", "written to", "invited", "advised",
                       "alerted", "warned", "reminded", "summoned")
CONTACT_MEANS = {"letter": "letter", "post": "letter", "mail": "letter", "email": "email", "e-mail": "email",
                 "text message": "text", "text": "text", "sms": "text", "phone": "call", "telephone": "call"}
# The nouns of those verbs head a subject that names their object: "the award of the
# contract has been pushed back", "the announcement of job cuts was delayed" date the contract
# and the job cuts.
ANNOUNCING_NOUNS = (
    "announcement", "award", "awarding", "issuing", "issuance", "unveiling", "confirmation",
    "granting", "allocation",
    # nouns of starting, ending or handing over a thing name it too: "the reopening of the
    # runway has been pushed back", "restoration of the water supply was delayed", "the lifting
    # of the notice has been put off", "the handover of the keys was postponed"
    "reopening", "re-opening", "restoration", "resumption", "restart", "lifting", "completion",
    "handover", "hand-over", "refloating", "reconnection", "reinstatement", "removal", "clearance",
)
# Prepositions that end a subject's head noun: "Letters to those affected will...",
# "A first consignment of doses is due...": the head is the word before them.
SUBJECT_PREPOSITIONS = (
    "of", "to", "for", "from", "in", "on", "at", "with", "into", "about", "by", "under", "over",
    "near", "outside",  # "the mine near Karst remains closed": places
)
# A negated expectation before the thing: "did not expect the inquiry to report before
# October" is a lower bound, like "the inquiry will not report before October".
# Verbs of doubting a reported clause: "analysts doubt that the stadium could open before
# January" is "not before January" (a negated expectation), of the reported clause's subject.
DOUBT_VERBS = ("doubt", "doubts", "doubted", "doubting", "question whether", "questions whether",
               "questioned whether")
NEGATED_EXPECT_VERBS = ("expect", "expects", "expected", "anticipate", "anticipates", "anticipated", "foresee", "foresees")
# Head nouns of events outside the event vocabulary that name one kind of thing: "a
# chlorination drive ran from..." and "the chlorination campaign ran..." are one event.
EVENT_NOUN_SYNONYMS = {
    "drive": "campaign", "blitz": "campaign", "crackdown": "campaign",
    "probe": "investigation", "inquiry": "investigation",
    "shutdown": "closure",
}
# Verbs that, like "announced", date the announcement of an event, not the event: "the
# breach, which the bank disclosed on Wednesday" says when it was made public.
MORE_ANNOUNCE_VERBS = ("disclosed", "discloses", "disclose")
# Qualifiers that name one version of a thing under different words: the "interim report"
# and the "preliminary report" are the same publication.
QUALIFIER_SYNONYMS = {"interim": "preliminary", "initial": "preliminary", "provisional": "preliminary"}
# "hoped to host a conference before X": the speaker's own intent, a forecast like "plans
# to"; "hopes the report will be out" stays a hedge.
HOPE_WORDS = ("hope", "hopes", "hoped", "hoping")
# A revised timing: "is now scheduled for March 18", "was pushed back to May". The later
# statement is news of a change (a timeline), not a second source disagreeing.
# "Is now expected in September" is not one: a day after "by the end of June", from another
# source, it is a disagreement (the later article may still supersede once the window closed).
REVISION_CUES = (
    "now scheduled", "now set for", "now slated", "pushed back to",
    "pushed back until", "moved to", "moved back to", "rescheduled for", "rescheduled to",
    "put back to", "delayed to", "delayed until",
    # round 19: more ways of telling a new date ("the ruling is now due on May 4", "a new target
    # date of June", "the deadline has been extended to April 30", "was brought forward to Friday")
    "now due", "now planned", "now pencilled in", "now penciled in", "now timetabled", "now pencilled",
    "new date", "new target date", "new deadline", "revised date", "revised deadline", "revised timetable",
    "rearranged for", "re-arranged for", "brought forward to", "moved forward to", "deadline was extended",
    "deadline has been extended", "deadline had been extended", "extended the deadline", "put back until",
    "postponed to", "postponed until", "deferred to", "deferred until", "adjourned to", "adjourned until",
)
# Verbs that name a next step of a story as the thing expected: "the board will interview
# the crew in the coming days" ... "the captain has yet to be interviewed".
NEXT_STEP_VERBS = {
    "interview": "interview", "question": "interview", "inspect": "inspection",
    "examine": "examination", "test": "testing", "audit": "audit", "compensate": "compensation", "evacuate": "evacuation",
    "certify": "certification", "approve": "approval", "ratify": "ratification",
    # verbs of review name the review itself, as their nouns do ("will review the licence on
    # July 15" ... "the review has been postponed"): the same class as "investigate"
    "review": "investigation", "reexamine": "investigation", "re-examine": "investigation",
    "reconsider": "investigation",
    # contacting the people concerned is a step of its own, shown unmet by those who "have
    # not heard from" the body or "have not been contacted" ("the university will contact all
    # named students by Friday", "the bank will notify affected customers within two weeks")
    "contact": "contact", "notify": "contact",
    # a body that will vote names its vote, as the noun does ("the cabinet will vote on the
    # funding at its meeting next week" ... "the cabinet vote has been postponed")
    "vote": "election", "ballot": "election",
    # round 19: more next steps named by their verb ("the club will name a new manager by Friday" ...
    # "the club has still not named a successor"; "the council will appoint an operator by
    # March" ... "has yet to appoint"; not "demolish", whose object the action reading keeps:
    # "the gasholder (demolish)")
    "name": "naming", "identify": "naming", "appoint": "appointment",
    "rehouse": "rehousing", "reimburse": "compensation", "refund": "compensation",
    # round 21: an appearance before a committee or court is named by its verb ("the minister is
    # due to appear before the committee on Thursday" ... "his appearance, promised for
    # Thursday, has been put back"; "will testify" ... "the testimony has been delayed"), not
    # "would appear to", "appears that" (see APPEAR_NOT_AFTER)
    "appear": "appearance", "testify": "appearance",
}  # (nor "charge": a fee charged is no criminal charge)
# "Many of the students named have still not heard from the university", "customers have not
# been contacted", "families are still waiting to hear from the council": the contact is pending.
NOT_CONTACTED_CUES = (
    "not heard from", "not heard back", "not yet heard from", "not heard anything", "yet to hear from",
    "waiting to hear from", "waiting to hear back", "not been contacted", "not yet been contacted",
    "yet to be contacted", "not been notified", "not yet been notified", "yet to be notified",
)
# Verbs whose object is the thing, dated by its end or start: "expected to lift the notice
# by the weekend" is the end of the notice; "to reopen the bridge by Friday" its start.
OBJECT_END_VERBS = ("lift", "lifts", "lifted", "end", "ends", "scrap", "withdraw", "rescind", "revoke", "clear")
OBJECT_START_VERBS = ("reopen", "reopens", "restore", "restores", "resume", "resumes", "open", "opens",
                      "restart", "restarts")
# A state that still holds: "the notice remains in force", "the bridge remains closed".
# Its subject is a thing still pending (the end of the notice, the reopening of the bridge).
# People still where they were: "eleven residents still live at the home" (see MOVE_OUT_VERBS).
STILL_THERE_CUES = ("still live", "still lives", "still living", "still housed", "still accommodated")
STATE_PENDING_CUES = (
    "remains in force", "remain in force", "remained in force", "remains in place",
    "remain in place", "remained in place", "remains in effect", "remain in effect",
    "remains closed", "remain closed", "remained closed", "remains shut", "remain shut",
    "remains suspended", "remain suspended", "still in force", "still in place", "still in effect",
    "still closed", "still shut",
    # a state whose end has been put off with no new date: "the curfew has been extended until
    # further notice", "the road closure was extended indefinitely"
    "extended until further notice", "extended indefinitely", "prolonged until further notice",
    "prolonged indefinitely", "suspended until further notice", "suspended indefinitely",
    "closed until further notice", "shut until further notice", "closed indefinitely", "shut indefinitely",
    "in force until further notice", "in place until further notice", "in effect until further notice",
    # a thing due still not paid or finished: "the grants remain unpaid", "the new stand
    # remains unfinished", "the sea wall is still incomplete"
    "remains unpaid", "remain unpaid", "remained unpaid", "still unpaid", "remains unfinished",
    "remain unfinished", "still unfinished", "remains incomplete", "remain incomplete", "still incomplete",
    *STILL_THERE_CUES,
)
# People to be moved, rehoused or evacuated by a time who are still where they were ("eleven
# residents still live at the home", "tenants are still living in the tower") show the move
# unmet, not anything else forecast of them: the verbs of that move.
MOVE_OUT_VERBS = ("move", "moved", "rehouse", "rehoused", "relocate", "relocated", "evacuate", "evacuated",
                  "transfer", "transferred", "resettle", "resettled", "decant", "decanted")
# "Not a single container home has arrived", "no tents have been delivered": none of the
# thing expected has come, whatever the thing is.
ARRIVAL_VERBS = (
    "arrived", "appeared", "come", "reached", "been delivered", "been installed", "been built",
    "been handed out", "been distributed", "been paid", "been made", "been opened", "been set up",
    # "no agreement has been reached", "no deal has yet been signed", "no decision has been
    # taken": a thing concluded, published or restored, none of it yet
    "been reached", "been agreed", "been signed", "been struck", "been finalised", "been finalized",
    "been concluded", "been completed", "been approved", "been taken", "been published", "been released",
    "been issued", "been restored", "been reopened", "been lifted",
)
# Phrasal verbs of one-off events, by class: "rescuers called off the search on Friday" and
# "the search was called off on Friday" both date ``cancel search``.
PHRASAL_EVENT_VERBS = {
    "call off": "cancel", "set up": "establish", "shut down": "close", "close down": "close",
    "hand out": "distribute", "give out": "distribute", "pull out": "withdraw",
    "wind down": "end", "wind up": "end", "put out": "extinguish", "sign off": "approve",
    "open up": "open", "bring in": "introduce", "roll out": "introduce", "take over": "take over",
}
# "The ferry service still has not restarted": the subject of a wait is a thing pending,
# unless the wait is only for words ("the minister has yet to comment").
SUBJECT_PENDING_CUES = (
    "still has not", "still have not", "has still not", "have still not", "has not yet",
    "have not yet", "has yet to", "have yet to", "still hasn't", "still haven't", "still hasn’t",
    "still haven’t", "hasn't yet", "haven't yet", "hasn’t yet", "haven’t yet",
)
NO_NEWS_VERBS = ("comment", "commented", "respond", "responded", "say", "said", "speak", "spoken",
                 "explain", "explained", "confirm", "confirmed", "reply", "replied", "answer",
                 "answered", "react", "reacted", "return", "returned")
# Offers and proposals are forecast like publications: "would present a revised offer by
# mid-March" and "will not table an improved pay offer before May" name one thing.
MORE_EXPECTED_THINGS = {
    "offer": ("offer", "offers", "counter-offer", "counter-offers", "counteroffer", "proposal", "proposals"),
    # "would present a new safety plan in April": a plan published is a thing (the noun only:
    # "plans to" is a verb of intent).
    "plan": ("plan", "action plan", "recovery plan"),
    # A ban is lifted or stays in place: "the fishing ban will stay in place until the end of the
    # year" ... "the ban on fishing will be lifted next week" (a noun too short for a subject).
    "ban": ("ban", "bans", "embargo", "moratorium"),
    # Pictures an authority promises to release: "police expect to release CCTV images by
    # Friday" ... "police have yet to release any images".
    "images": ("images", "still images", "stills", "footage", "cctv footage", "cctv images", "photographs",
               "photofit", "e-fit", "e-fits"),
    # A repeat of a voided or abandoned occurrence is a thing of its own, promised for a day:
    # "a rerun of the voided draw will take place on March 14" ... "the rerun promised for
    # March 14 has not been held"; "a replay of the abandoned final", "a retrial".
    "rerun": ("rerun", "reruns", "re-run", "re-runs", "replay", "replays", "rematch", "rematches",
              "retrial", "retrials", "revote", "re-vote", "re-ballot", "resit", "resits", "re-sit",
              "retake", "retakes", "re-examination", "redraw", "re-draw", "recount", "recounts",
              "repeat vote", "repeat election", "repeat ballot", "fresh vote", "fresh ballot"),
    # The documents that set up or steer an inquiry or a rule are published like a report, but
    # they are not its report: "the terms of reference are due to be published this week" ...
    # "had still not been published"; "new guidance for schools will be issued by Friday".
    # Charges a prosecutor brings are a step promised like a report: "prosecutors expect to file
    # formal charges within two weeks" ... "prosecutors have yet to file charges"; "the CPS will
    # make a charging decision by March". Only with a word that makes them criminal (a bare
    # "charges" may be a fee: "parking charges will rise in April").
    "charges": ("formal charges", "criminal charges", "file charges", "bring charges", "press charges",
                "lay charges", "filed charges", "brought charges", "pressed charges", "laid charges",
                "charging decision", "charging decisions", "indictment", "indictments"),
    "terms of reference": ("terms of reference", "remit"),
    "guidance": ("guidance", "guidelines", "code of practice", "codes of practice"),
    "appearance": ("appearance", "appearances", "testimony"),
}
# Verbs that keep an event from happening: "hopes of averting the strike faded on Wednesday"
# does not date the strike (what the date dates is the fading of the hopes).
PREVENTIVE_VERBS = ("avert", "averting", "averted", "prevent", "preventing", "prevented",
                    "avoid", "avoiding", "avoided", "forestall", "forestalling", "head off", "heading off")
# "The inquiry would report by the end of next week", "the panel is due to report within a
# month": the verb names the report (its base form only: "police reported" is no forecast).
REPORT_VERBS = ("report",)
# A place kept closed: "the mine will stay closed until at least the end of June" forecasts
# its reopening, not before that time ("at least") or at it.
CLOSED_STATE_VERBS = ("remain", "remains", "stay", "stays", "be", "is", "are", "be kept", "is kept", "are kept")
CLOSED_STATE_WORDS = (
    "closed", "shut", "suspended", "halted", "offline", "out of service", "out of action",
    "off limits", "out of bounds", "grounded", "on hold",
    "down",  # "the booking system is still down"
)
# Activities whose restart is their place reopening: "production at the mine will resume
# next week" is the mine reopening ("efforts", "repairs" or "work" at a place are not).
PLACE_ACTIVITY_NOUNS = (
    "production", "operations", "operation", "services", "service", "flights", "trains",
    "sailings", "classes", "lessons", "trading", "traffic", "mining", "output", "business",
    "shipments", "deliveries", "teaching", "play", "racing", "matches",
)
# "Some 20,000 homes were still without power": a supply still not restored. These nouns,
# after "without" or as the subject of a restoring ("power will be restored by Sunday"), are
# one thing: the supply.
SUPPLY_NOUNS = ("power", "electricity", "water", "gas", "heating", "supply", "supplies", "internet", "broadband")
RESTORE_CUES = ("restored", "restore", "reconnected", "reconnect", "back on", "switched back on", "turned back on")
# Verbs of a state that still holds, and the states that keep a place or service from
# working: "the ferry service continues to be suspended", "the line is still closed". Every
# pair is an unmet reopening (generated with CLOSED_STATE_WORDS).
STILL_STATE_VERBS = ("continues to be", "continue to be", "is still", "are still", "stays", "stay", "remain", "remains")
# Verbs of a restart that has not come: "production at the mine has not resumed", "power has
# not been restored". Their subject is still pending.
RESTART_PARTICIPLES = ("resumed", "reopened", "restarted", "restored", "reconnected", "returned to normal")
# Verbs of a thing coming about that has not come: "the scheme has not opened", "the rerun has
# not been held", "refunds have not yet begun", "the new ward has still not opened its doors".
# Their subject is still pending, like a restart that has not come.
NOT_YET_PARTICIPLES = (
    "opened", "begun", "started", "commenced", "launched", "arrived", "come", "happened",
    "taken place", "gone ahead", "been held", "been staged", "been launched", "been opened",
    "been started", "been paid", "been paid out", "been made", "been delivered", "been introduced",
    "been set up", "been rolled out", "come into force", "taken effect",
    # round 19: a thing due that has not been done to its subject ("the boil-water notice has not
    # been lifted", "the stand has not been completed", "the grants have not been paid out",
    # "the hull has not been repaired", "customers have not been refunded")
    "lifted", "completed", "finished", "finalised", "finalized", "published", "released", "issued",
    "repaired", "fixed", "refunded", "reimbursed", "compensated", "refloated", "installed", "fitted",
    "replaced", "cleared", "removed", "handed over", "returned", "rehoused", "rebuilt", "reinstated",
    "settled", "resolved", "delivered", "distributed", "sent out", "dispatched", "posted",
)
# A wait for the thing, which names it as its object: "owners are still waiting for
# replacement parts", "customers continue to wait for refunds".
MORE_PENDING_CUES = (
    "still waiting", "still wait", "continue to wait", "continues to wait", "still unable",
    "has not published", "have not published", "had not published", "has not released",
    "have not released", "had not released", "still no sign of", "remains unpublished",
    "remain unpublished", "still working on",
    # round 19: every common way of telling a thing still to come ("the report is still to be
    # published", "no date has been set", "the grants remain unpaid", "the stand remains
    # unfinished", "the works are behind schedule", "the hearing has not taken place")
    "is still to", "are still to", "remains to be", "remain to be", "has still to", "have still to",
    "no date has been set", "no date has yet been set", "no new date has been set", "no date set",
    "no new date set", "no timetable", "no timeline", "no firm date", "no date yet",
    "still unpaid", "remain unpaid", "remains unpaid", "gone unpaid", "still outstanding",
    "still unfinished", "remains unfinished", "remain unfinished", "still incomplete",
    "remains incomplete", "remain incomplete", "not been completed", "not yet been completed",
    "not been finished", "not yet finished", "not been set",
    "has not taken place", "have not taken place", "had not taken place", "has not happened",
    "have not happened", "did not happen", "never happened", "did not materialise",
    "did not materialize", "has not materialised", "has not materialized", "not been announced",
    "not yet been announced", "not been decided", "still undecided", "remains undecided",
    "not been reached", "not yet been reached", "still under review", "still being considered",
)  # not "no sign of" ("the report found no sign of negligence") nor "never appeared" (a witness)
# "Evacuees are still unable to return home": the subject has not got what was expected.
UNABLE_CUES = ("still unable to", "remain unable to", "remains unable to", "still not able to", "still cannot", "still can't", "still can’t")

# Names of one kind of place that stories use interchangeably for the same site ("the
# Haldorf factory" ... "the plant will stay shut"): a name -> the one it is aligned as.
# Kinds of place that follow a proper name to name one place ("Harrowfield Academy", "the
# Brenholm Bridge", "Aurelian Hall Museum"): the place is also named by the proper name alone
# ("Officials expect Harrowfield to reopen on Monday"), so its first name word is the thing.
PLACE_TYPE_NOUNS = (
    "academy", "school", "college", "university", "hospital", "clinic", "museum", "gallery", "library",
    "station", "bridge", "tunnel", "mine", "plant", "factory", "port", "harbour", "harbor", "airport",
    "stadium", "arena", "theatre", "theater", "centre", "center", "hall", "park", "prison", "market",
    "pier", "dam", "refinery", "terminal",
)

PLACE_SYNONYMS = {
    "factory": "plant", "factories": "plant",
    "harbour": "port", "harbours": "port", "harbor": "port", "harbors": "port",
    # "Schools will reopen on Monday" ... "classes will not resume before next week"
    "schools": "school", "classes": "school", "lessons": "school",
    # "St Aldric's Academy" is the school the other articles name
    "academy": "school", "academies": "school",
}

# "The court ordered the plant to remain closed until May": with these verbs the place kept
# closed is the object, not the subject (the court is not closed).
ORDER_VERBS = (
    "order", "orders", "ordered", "ordering", "tell", "tells", "told", "instruct", "instructs",
    "instructed", "require", "requires", "required", "force", "forces", "forced", "direct",
    "directs", "directed", "compel", "compels", "compelled", "allow", "allows", "allowed",
)

# A return to normal: "flights should be back to normal by Wednesday", "normal schedules will
# not return before the weekend", "trains will be running normally by Monday". Subjects that
# name the whole operation rather than one activity: they align with any activity's return.
NORMAL_GENERIC_SUBJECTS = (
    "schedule", "service", "operation", "timetable", "network", "system", "activity",
)  # not "life" or "things": "life in the town will not return to normal" is no timetable
# Verbs of a disruption that shows normal service not yet back: "the airline cancelled 58
# flights on Thursday", "dozens of trains were cancelled on Tuesday".
DISRUPTION_VERBS = (
    "cancelled", "canceled", "grounded", "suspended", "disrupted", "scrapped", "axed", "halted",
    "called off",
)
# Verbs of a supply cut: "supplies were cut from July 14 to July 21" dates the cut, not the
# supply (its restoration is the cut's end).
SUPPLY_CUT_VERBS = ("cut", "cut off", "interrupted", "disrupted", "lost", "suspended", "halted", "shut off",
                    "switched off", "turned off", "disconnected")
# Activities a disruption hits, besides a place's activities (PLACE_ACTIVITY_NOUNS).
DISRUPTED_NOUNS = (
    "departures", "arrivals", "buses", "ferries", "connections", "journeys", "routes",
    "crossings",
)

# Words for the whole of a service restored in full: "to have full services restored by the
# end of next week", "to restore full operations by Friday" (a return to normal).
FULL_SERVICE_NOUNS = ("service", "services", "operations", "operation", "capacity", "schedule", "schedules",
                      "timetable", "timetables")
# A return to normal still to come: "clinics are still running at reduced capacity", "trains
# are not yet back to normal", "the network has yet to return to normal".
REDUCED_WORDS = ("reduced", "limited", "partial", "emergency", "skeleton")

# Heads that name a part of their "of" complement: "the undamaged part of the plant could
# partially reopen in April" forecasts the plant ("half of the flights", "the rest of the line").
PARTITIVE_HEADS = ("part", "parts", "half", "section", "sections", "rest", "remainder", "bulk", "portion",
                   "portions", "majority", "most", "some", "much", "stretch", "stretches", "segment")

# Kinds of one event noun: "the appeal hearing" and "the sentencing hearing" are two hearings
# (a hearing with no kind may be either). Read like a qualifier ("the final results").
KIND_QUALIFIERS = (
    "appeal", "bail", "sentencing", "extradition", "custody", "disciplinary", "committal", "plea",
    "parole", "asylum", "pre-trial", "pretrial", "inquest", "tribunal",
)
# Event words that are a kind of their event ("sentencing" is a hearing): their own qualifier.
KIND_WORDS = {"sentencing": "sentencing", "arraignment": "arraignment", "inquest": "inquest"}

# Steps taken on a thing that are neither its start, its end nor its publication: "the ban
# will be reviewed in six months" says nothing of when the ban starts or ends.
OTHER_STEP_VERBS = (
    "reviewed", "review", "debated", "debate", "discussed", "discuss", "challenged", "challenge",
    "amended", "amend", "examined", "considered", "consider", "assessed", "assess", "evaluated",
    "revisited", "reconsidered", "reconsider", "renewed", "renew", "extended", "extend", "tightened",
    "relaxed", "eased", "updated",
)
# Who or what a place reopens to, naming all its users: "will reopen to traffic on Monday". Any
# other ("to lorries", "to pedestrians", "at night") is a partial reopening or closure.
WHOLE_USERS = ("traffic", "the public", "public", "passengers", "visitors", "customers", "users", "all traffic",
               "everyone", "business",
               # "closed in both directions", "in each direction", "on either side": all of it
               "both", "each", "either")
# Supplies by kind: "power" and "electricity" are one, "water" and "gas" others ("supplies" alone
# may be any).
SUPPLY_KINDS = {
    "power": "power", "electricity": "power", "water": "water", "gas": "gas", "heating": "heating",
    "internet": "internet", "broadband": "internet",
    # services restored to homes that are no utility supply of the kinds above: "restore phone
    # service to customers" is not the power
    "phone": "phone", "telephone": "phone", "mobile": "phone", "cellular": "phone", "landline": "phone",
    "cable": "television", "television": "television", "tv": "television", "bus": "transport",
    "rail": "transport", "train": "transport", "ferry": "transport", "postal": "post", "mail": "post",
    "bin": "waste", "refuse": "waste", "waste": "waste", "sewage": "sewerage", "sewer": "sewerage",
    "sewerage": "sewerage",
}
# Qualifiers that a thing without them does not match: "full production will not resume before
# the summer" is not "production will restart next week".
EXTENT_QUALIFIERS = ("full", "partial")
# A pronoun that carries a thing over from the sentence before, told still to come: "The
# board promised its findings by March 3. It has not appeared, and ..." (the clause must end
# there: "it has not been published whether" is no such statement, "it is still" a state).
PRONOUN_SUBJECTS = ("it", "they")
PRONOUN_PENDING_PHRASES = (
    "has not appeared", "have not appeared", "has not yet appeared", "have not yet appeared",
    "has still not appeared", "have still not appeared", "has yet to appear", "have yet to appear",
    "has not come out", "have not come out", "has yet to come out",
    "has not been published", "have not been published", "has not yet been published",
    "has still not been published", "has yet to be published", "have yet to be published",
    "has not been released", "have not been released", "has not yet been released",
    "has still not been released", "has yet to be released",
    "has not been delivered", "have not been delivered", "has not yet been delivered",
    "has still not been delivered", "has yet to be delivered",
    "has not been issued", "has not yet been issued", "has yet to be issued",
    "has not been handed over", "has not yet been handed over", "has yet to be handed over",
    "has not been presented", "has not yet been presented", "has yet to be presented",
    "is still pending", "are still pending", "is still awaited", "are still awaited",
    "is still outstanding", "are still outstanding", "remains unpublished", "remain unpublished",
    "is overdue", "are overdue", "is now overdue",
    "did not appear", "never appeared", "has not materialised", "has not materialized",
    "have not materialised", "have not materialized", "was not published", "were not published",
    "was never published", "never came", "did not come",
)
# A fire told still burning, after a forecast of its end ("expected to be contained by
# Sunday"): its end has not come. States of the fire, after "is/are/remains still" (present)
# or "was/were still" (past: read only with the day it held on).
FIRE_PENDING_STATES = ("burning", "raging", "spreading", "blazing", "out of control", "uncontained")
# Verbs after "continues to" / "continued to".
FIRE_PENDING_VERBS = ("burn", "rage", "spread")
# Participles after "has not been" / "has yet to be" / "is not yet".
FIRE_END_PARTICIPLES = ("contained", "extinguished", "put out", "brought under control", "under control")
# A pronoun that opens a forecast carries over the one thing of the sentence before:
# "Consultants are preparing a report on the hangers. It is expected by September 30." Only
# these forms, with the time right after them ("it is expected to rain" names no thing).
PRONOUN_EXPECT_WORDS = ("expected", "due", "scheduled", "slated", "likely", "promised")  # not "set" ("it is set in 1920")
PRONOUN_COME_VERBS = ("be", "come", "appear", "arrive")
PRONOUN_READY_WORDS = (
    "published", "released", "ready", "completed", "delivered", "handed over", "presented",
    "made public", "finished", "issued", "out", "announced", "known",
)
# Events that last (their words in the event vocabulary, as canonical names) and the words that
# tell one still going on: "the strike entered its second week on Monday", "the protests
# continue", "the evacuation is still in force". After a forecast of the event's end they show
# it unmet (a fire has its own states above). Present forms need no day; past ones do.
ONGOING_EVENTS = ("strike", "protest", "outbreak", "riot", "closure", "evacuation")
ONGOING_EXCLUDED_WORDS = ("march", "rally")  # the month; a market's rally
ONGOING_PRESENT = (
    "is still going on", "are still going on", "is still under way", "are still under way",
    "is still underway", "are still underway", "is still continuing", "are still continuing",
    "continues", "continue", "enters its", "enter their", "is in its", "are in their", "drags on", "drag on",
    "shows no sign of ending", "show no sign of ending",
)
ONGOING_PAST = (
    "was still going on", "were still going on", "was still under way", "were still under way",
    "was still underway", "were still underway", "continued", "entered its", "entered their", "was in its",
    "were in their", "dragged on",
)

# A plan's participle before "for" and a time ("planned for September", "scheduled for the
# spring", "pencilled in for late 2025"): the time is when the thing is expected.
PLANNED_FOR_CUES = (
    "planned", "scheduled", "slated", "set", "pencilled in", "penciled in", "earmarked",
    "timetabled", "rescheduled", "provisionally planned",
)

# More activities a since-claim can date (merged into SINCE_ACTIVITY_GROUPS by the since-claims
# rule; a word already grouped there keeps its group): running a business or a site ("has
# operated the mine since", "has run the quarry since"), making a product ("has produced
# ... since", "has made ... since"), and holding a post by its noun ("in post since", "in
# the role since").
SINCE_MORE_ACTIVITY_GROUPS = {
    "operate": ("operated", "operating", "operates", "run", "running", "runs", "ran", "owned", "owning",
                "managed", "managing"),
    "make": ("made", "making", "produced", "producing", "manufactured", "manufacturing"),
    "lead": ("post", "role", "job", "position"),
}

# A failed attempt at the thing, told before a new window in the same sentence ("a first
# attempt to refloat the ship failed, and it is now planned for the weekend", "after the bid
# to restart the reactor was abandoned, engineers expect to try again in May"): the window is
# a revision (later news), like a delay. Attempt nouns, and the ways an attempt fails.
ATTEMPT_NOUNS = ("attempt", "attempts", "bid", "bids", "effort", "efforts", "operation")
ATTEMPT_FAILED = (
    "failed", "fail", "fails", "was abandoned", "were abandoned", "was called off", "were called off",
    "was aborted", "were aborted", "was unsuccessful", "were unsuccessful", "proved unsuccessful",
    "came to nothing", "fell through", "was suspended", "was halted", "had to be abandoned",
    "had to be called off", "had to be aborted", "did not succeed", "didn't succeed", "did not work",
)
FAILED_ATTEMPT_ADJECTIVES = ("failed", "unsuccessful", "abortive", "aborted", "abandoned", "botched")

# The end of a restoration is the return to normal: "expects to finish restoring the system
# by Wednesday", "aims to complete the restoration of services by Friday", "hopes to wrap up
# reconnecting the network by the weekend". Verbs of completing, and the acts of restoring
# (gerund and noun forms) after them.
COMPLETE_VERBS = ("finish", "finishes", "finishing", "complete", "completes", "completing", "wrap up", "wraps up",
                  "wrapping up", "conclude", "concludes", "concluding")
# The end of a process still to run, not of a state already in force ("lifted", "ended"): a
# thing "completed by the end of July" has not begun yet if it "will not begin before September".
COMPLETED_FORMS = (*COMPLETE_VERBS, "finished", "completed", "concluded", "wrapped up", "completion",
                   "be done", "been done", "finalised", "finalized", "finalise", "finalize")
RESTORING_ACTS = ("restoring", "the restoration of", "restoration of", "reconnecting", "the reconnection of",
                  "reinstating", "the reinstatement of", "bringing back", "recovering", "the recovery of",
                  "rebuilding", "bringing back online", "bringing online")

# Kinds of thing a proper name may stand for, read where the story writes the name with its
# kind ("the K4 motorway", "container ship Tessaly Crown", "the Corran bridge"): "The K4
# reopened on Saturday" is then the motorway reopening. Places (PLACE_TYPE_NOUNS), routes,
# and craft.
NAMED_ROUTE_NOUNS = ("motorway", "road", "highway", "freeway", "expressway", "bypass", "railway", "line", "route",
                     "canal", "pipeline", "crossing", "runway", "channel", "link")
NAMED_CRAFT_NOUNS = ("ship", "vessel", "ferry", "tanker", "freighter", "trawler", "barge", "yacht", "liner",
                     "cruise ship", "container ship", "cargo ship", "boat", "submarine", "train", "aircraft",
                     "plane", "jet", "airliner", "rocket", "satellite", "probe", "spacecraft", "reactor", "rig",
                     "platform")

# Parts of a route or a building whose reopening is the place's partial reopening: "one lane
# is expected to reopen on Wednesday", "the northbound carriageway will reopen by Friday", "two
# platforms reopened on Monday", "the east wing will reopen next week".
PART_NOUNS = ("lane", "lanes", "carriageway", "carriageways", "hard shoulder", "platform", "platforms",
              "track", "tracks", "bore", "span", "wing", "wings", "ward", "wards", "floor", "floors",
              "entrance", "entrances", "slip road", "slip roads", "footpath", "walkway", "concourse")

# A thing named as the object of an action ("salvors expect to refloat the barge by Thursday",
# "tugs towed the barge clear on Tuesday") or as the subject of its passive ("the barge is
# expected to be refloated", "the barge was refloated on March 17") is dated as that action
# on that object. Verbs too light or too general to name an action, and verbs other readings
# already take (starting, ending, publishing, cues):
LIGHT_ACTION_VERBS = (
    "be", "have", "get", "make", "take", "give", "do", "see", "keep", "put", "let", "go", "come", "say", "tell",
    "hold", "find", "know", "show", "use", "try", "call", "ask", "need", "want", "require", "allow", "cause",
    "affect", "involve", "include", "name", "base", "locate", "expect", "plan", "schedule", "hope", "aim",
    "intend", "delay", "postpone", "report", "publish", "release", "announce", "issue", "present", "submit",
    "decide", "rule", "meet", "host", "visit", "start", "begin", "end", "finish", "complete", "open", "reopen",
    "close", "shut", "resume", "restore", "restart", "lift", "scrap", "withdraw", "continue", "estimate",
    "consider", "discuss", "review", "study", "examine", "question", "interview", "charge", "injure", "kill",
    "hit", "damage", "reach", "receive", "send", "pay", "cost", "raise", "cut", "increase", "reduce",
    "hire", "sign", "approve", "reject", "vote", "elect", "appoint",
)

# Generic nouns for the story's place: "the building would remain closed until at least 24
# March" in a story about a museum is the museum (joined to the place most articles date).
GENERIC_PLACE_NOUNS = ("building", "buildings", "premises", "site", "venue", "facility", "complex", "property")

# The finite verb of a clause told in the past with an irregular form ("Letters only began
# arriving on October 17", "the first trains ran on Monday", "the ferry came back into service
# on May 2"): the clause's subject is read before it, as before a regular "-ed" verb.
IRREGULAR_PAST_VERBS = ("began", "begun", "went", "came", "ran", "got", "took", "sent", "rose", "fell", "broke",
                        "spoke", "woke", "held", "met", "paid", "sold", "shut", "won", "lost", "gave", "saw",
                        "drew", "flew", "grew", "threw", "wrote", "struck", "hung", "swung", "stood", "sank")

# Adverbs between a subject and its verb ("the portal finally reopened", "refund cheques only
# began arriving", "work eventually resumed"): never the subject's head.
PREVERBAL_ADVERBS = ("only", "finally", "eventually", "ultimately", "still", "already", "also", "just", "then",
                     "now", "first", "soon", "later", "again", "quietly", "partly", "partially", "fully",
                     "belatedly", "initially", "originally", "briefly", "formally", "officially", "duly",
                     "gradually", "slowly", "quickly", "swiftly", "promptly", "subsequently", "reportedly",
                     "apparently", "since", "never", "ever", "even", "at last")

# A past participle opening an appositive after a subject ("The portal, taken offline on
# Tuesday, is expected to reopen", "The bridge, damaged in the storm, will reopen"): read like
# a relative clause, the subject stands before it. Irregular participles, the regular ones
# end in "-ed":
IRREGULAR_PARTICIPLES = ("taken", "shut", "hit", "struck", "broken", "built", "brought", "caught", "closed",
                         "cut", "given", "held", "kept", "left", "lost", "made", "put", "run", "seen", "sent",
                         "set", "shaken", "spent", "stolen", "sunk", "thrown", "torn", "worn", "written", "split",
                         "frozen", "hidden", "known", "driven", "done", "gone", "withdrawn", "overrun", "undone")

# "Letters to all affected taxpayers", "payments to eligible households": after "to" a
# quantifier or an adjective names the recipients, not a destination that picks some of the
# things ("flights to the island").
RECIPIENT_QUANTIFIERS = ("all", "every", "each", "those", "some", "most", "many", "any", "both", "its", "their",
                         "his", "her", "our", "your", "eligible", "affected", "existing", "remaining", "individual",
                         "registered", "local", "current", "former", "new")

# Hedge adjectives that, after a determiner, describe a noun ("a decision on a possible buyer
# is not expected before May", "talks with a potential partner are due next week"): they
# hedge that noun, not the timing of another thing the sentence forecasts.
ATTRIBUTIVE_HEDGES = ("possible", "potential", "proposed", "suggested", "rumoured", "prospective", "likely")
ATTRIBUTIVE_DETERMINERS = ("a", "an", "the", "any", "its", "their", "his", "her", "our", "this", "that", "one")

# --- Expectation phrases swept (round 19) ---------------------------------------------
# More words of a firm expectation, beside checker.vocab.time.EXPECT_CUES (merged by the
# publication-timing rule): "the repairs are on course to be finished by May", "the board is
# poised to rule within days", "the inquiry is supposed to report by June", "the council has
# committed to paying the grants by March", "the club is targeting a reopening in April",
# "the insurer has until Friday to pay", "the operator must restore services by Sunday".
MORE_EXPECT_CUES = (
    "on course", "on schedule", "ahead of schedule", "poised to", "supposed to", "meant to", "ought to",
    "committed to", "commits to", "commit to", "undertook to", "undertaken to", "undertakes to",
    "undertake to", "anticipate", "anticipates", "anticipated", "anticipating", "envisage", "envisages",
    "envisaged", "envision", "envisions", "envisioned", "foresee", "foresees", "target", "targets",
    "targeting", "targetting", "targeted", "deadline", "must", "has until", "have until", "had until",
    "preparing to", "prepares to", "prepare to", "working towards", "working toward", "in line to",
    "promise", "promises", "promising", "pledge", "pledges", "pledging", "vow", "vows", "intend",
    "intended", "intending", "aim", "aimed", "aiming", "projected", "predicted", "predicts", "forecasts",
    "required to", "obliged to", "obligated to", "ordered to", "instructed to", "determined to",
    "guaranteed", "guarantees", "assured", "is bound to", "are bound to",
)
# The words among them that make a sentence's year-less date a forecast as "will" does (the
# date reader's own future words lack them): "the report must be published by March 20" is
# next March 20, not last. Not before "have" ("should have been published by March 20").
MORE_FUTURE_CUES = (
    "should", "must", "ought to", "on course", "on schedule", "poised to", "supposed to", "meant to",
    "committed to", "undertook to", "undertaken to", "anticipates", "anticipate", "envisages", "envisage",
    "targeting", "targetting", "targets", "deadline", "preparing to", "required to", "obliged to",
    "ordered to", "determined to", "pledged", "promised", "vowed", "on track", "aims", "intends",
)  # (not "has until": a day after "until" is ahead already)
# Vague futures, as a window from publication of this many days at most ("the report will be
# published soon", "payments should arrive shortly", "a ruling is expected imminently", "in a
# matter of days", "in the weeks ahead"). Generous: a window this long contradicts only a
# lower bound well beyond it, and is shown unmet only once it has surely closed.
VAGUE_FUTURE_DAYS = {
    "soon": 42, "very soon": 21, "shortly": 21, "imminently": 10, "imminent": 10, "any day now": 10,
    "any day": 10, "before long": 42, "in the near future": 42, "in the very near future": 21,
    "in the not too distant future": 92, "in the not-too-distant future": 92, "in short order": 21,
    "in a matter of days": 10, "in a matter of weeks": 42, "in a matter of months": 183,
    "within a matter of days": 10, "within a matter of weeks": 42, "within a matter of months": 183,
    "in a few days": 10, "in a few days' time": 10, "in a few weeks": 42, "in a few weeks' time": 42,
    "in a few months": 183, "in the days ahead": 10, "in the weeks ahead": 42, "in the months ahead": 183,
    "in the days to come": 10, "in the weeks to come": 42, "in the months to come": 183,
    "over the coming days": 10, "over the coming weeks": 42, "over the coming months": 183,
    "within the coming days": 10, "within the coming weeks": 42, "within the next few days": 10,
    "within the next few weeks": 42, "in the next day or two": 3, "within a day or two": 3,
    "in a day or two": 3, "in the next couple of days": 3, "within the next couple of days": 3,
    "in the next couple of weeks": 14, "within a couple of weeks": 14, "in a couple of weeks": 14,
    "within a couple of days": 3, "in a couple of days": 3,
}
# "Soon after the crash", "as soon as possible", "shortly before midnight": not a forecast.
VAGUE_FUTURE_NOT_AFTER = ("after", "afterwards", "afterward", "before", "thereafter", "as", "enough", "than")
VAGUE_FUTURE_NOT_BEFORE = ("as", "how", "too", "so")
# Open lower bounds the date reader leaves alone: "no earlier than June", "no sooner than
# the spring" (read as "not before June").
OPEN_LOWER_BOUNDS = ("no earlier than", "no sooner than", "not earlier than", "not sooner than")
# Quarters of a year ("by the end of the quarter", "in the third quarter", "in Q3"): first months.
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "final": 4, "last": 4}
# Parts of a season ("by the end of the summer", "at the start of the autumn"): which of its
# three months ("end" the last, "start" the first, "middle" the second).
SEASON_PARTS = {"end": 2, "close": 2, "start": 0, "beginning": 0, "middle": 1}

# Past participles of delaying a thing, beside "postponed", "delayed", "pushed back", "put off",
# "deferred", "rescheduled" (the rule's own): "the hearing has been adjourned until June", "the
# repairs have slipped to the summer", "the scheme has been shelved", "the opening was put back to May".
MORE_DELAY_FORMS = ("adjourned", "shelved", "put back", "put on hold", "placed on hold", "put on ice",
                    "kicked into the long grass", "slipped back", "slipped to", "slipped until", "slipped into")
# (not "held up", "set back", "pushed out" nor a bare "slipped": "protesters held up signs",
# "the house is set back from the road", "shares slipped")
# A supply restored to its users: "expects to restore service to the remaining homes by
# Sunday", "hopes to reconnect supplies to 2,000 households by Wednesday", "service will be
# restored to affected properties by the weekend". "Service" is the supply only when it goes
# to homes or their like (a rail service is restored to a line, not to households); so are
# those "still without service" and the homes that "still have no gas".
SUPPLY_SERVICE_NOUNS = ("service", "services")
SUPPLY_RESTORE_VERBS = ("restore", "restores", "reconnect", "reconnects", "resume", "resumes", "reinstate",
                        "reinstates", "turn back on", "switch back on", "bring back", "reconnected", "restored")
SUPPLY_RECIPIENTS = (
    "homes", "home", "households", "household", "houses", "properties", "property", "premises", "customers",
    "residents", "businesses", "flats", "apartments", "addresses", "consumers", "subscribers", "dwellings",
    "buildings", "tenants", "users", "accounts", "meters",
)
# A verb of receiving, paying, handing over or deciding, negated or still to come: its object
# is the thing still pending ("staff have still not received their October wages", "farmers
# have yet to be paid their grants", "the tribunal has not ruled on the appeal", "the board
# has still not decided on the penalty", "the council has not yet approved the budget").
# Each form as written after "has not", "has yet to", "have still not (been)".
PENDING_OBJECT_VERBS = (
    "received", "receive", "got", "get", "been given", "be given", "been sent", "be sent", "been issued",
    "be issued", "been offered", "be offered", "been paid", "be paid", "been awarded", "be awarded",
    "been refunded", "be refunded", "been handed", "be handed",
    "paid", "pay", "paid out", "pay out", "repaid", "repay", "refunded", "refund", "reimbursed", "reimburse",
    "sent out", "send out", "handed over", "hand over", "issued", "issue", "delivered", "deliver",
    "finalised", "finalise", "finalized", "finalize", "settled", "settle", "approved", "approve",
    "ratified", "ratify", "signed off", "sign off", "signed off on", "sign off on",
    "ruled on", "rule on", "ruled upon", "rule upon", "decided on", "decide on", "decided upon", "decide upon",
    "voted on", "vote on", "adjudicated on", "adjudicate on", "pronounced on", "pronounce on",
    "made a decision on", "make a decision on", "reached a decision on", "reach a decision on",
    "made a ruling on", "make a ruling on", "issued a ruling on", "issue a ruling on",
    # charges still to be brought: "prosecutors have yet to file charges", "police have still
    # not brought charges", "the DA has not laid any charges" (see PENDING_OBJECT_CANONS)
    "filed", "file", "brought", "bring", "pressed", "press", "laid", "lay",
)
# The object of a pending verb that names a thing other than its bare head: after "file",
# "bring", "press", "lay" (PENDING_OBJECT_VERBS) "charges" are criminal charges (the "charges"
# of MORE_EXPECTED_THINGS), not a fee.
PENDING_OBJECT_CANONS = {"charge": "charges", "charges": "charges"}
# An action that is an event of its own: a court "expected to hear the case next week" holds a
# hearing, one "to try the case in March" a trial (the verb's stem -> the event, and the
# canonical objects that make it one: "hear from the minister" or "hear the news" is none).
ACTION_EVENTS = {
    "hear": "hearing", "try": "trial", "tri": "trial",
}
ACTION_EVENT_OBJECTS = (
    "case", "appeal", "challenge", "claim", "application", "petition", "complaint", "lawsuit", "suit", "motion",
    "objection", "evidence", "argument", "submission", "dispute", "matter", "charge", "action", "request",
    "review", "investigation", "defendant", "accused", "injunction", "bid", "legal challenge", "referral",
    "prosecution", "arguments", "submissions", "charges",
)
# People still away from home: "residents are still in temporary accommodation", "displaced
# families remain in hotels", "40 households are still living in emergency shelters",
# "villagers are still displaced", "most are still staying with relatives". Their return home
# (their subject, forecast by "expected to return home by ...") is still to come. A place of
# DISPLACED_PLACES needs no modifier; a generic one needs one of DISPLACED_MODIFIERS ("in
# temporary homes", not "in their homes").
DISPLACED_STATE_VERBS = ("still", "remain", "remains", "remained", "continue to be", "continues to be",
                         "continued to be")
DISPLACED_LIVING = ("living", "staying", "housed", "sheltering", "accommodated", "lodged", "put up",
                    "being housed", "being accommodated", "being put up", "camped", "camping")
DISPLACED_PLACES = ("hotels", "hotel", "shelters", "shelter", "hostels", "hostel", "motels", "motel", "camps",
                    "camp", "tents", "caravans", "B&Bs", "bed and breakfasts", "bed-and-breakfasts",
                    "evacuation centres", "evacuation centers", "rest centres", "rest centers", "relief camps")
DISPLACED_MODIFIERS = ("temporary", "emergency", "makeshift", "interim", "alternative", "short-term",
                       "stopgap", "rented", "evacuation", "relief")
DISPLACED_GENERIC = ("accommodation", "housing", "homes", "quarters", "lodgings", "centres", "centers", "halls",
                     "premises", "flats", "apartments", "properties", "dwellings", "units", "rentals")
DISPLACED_STATES = ("displaced", "homeless", "evacuated", "unable to go home", "unable to return",
                    "out of their homes", "away from their homes", "away from home", "out of home")
DISPLACED_WITH = ("relatives", "friends", "family", "families", "neighbours", "neighbors", "family members")
# Heads too general to name a thing whose noun modifier names it: "repair work on the pier is
# expected to start next week" ... "the repair work still has not started" (the repair);
# "demolition works", "construction work", "resurfacing work".
WORK_HEADS = ("work", "works")
# What follows "appear" when it is a verb of seeming, not of appearing before a body: "would
# appear to have", "it would appear that", "will appear as a witness" (a role).
APPEAR_NOT_AFTER = ("to", "that", "as", "likely", "unlikely", "set", "certain", "increasingly")
