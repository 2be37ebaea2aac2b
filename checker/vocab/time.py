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
    "inspection": ("inspection", "inspections", "audit"),
    "hearing": ("hearing", "hearings", "trial", "court hearing", "sentencing", "arraignment"),
    "verdict": ("verdict", "ruling", "judgment", "judgement"),
    "election": ("election", "elections", "vote", "poll", "polls", "ballot", "referendum", "runoff", "run-off"),
    "strike": ("strike", "strikes", "walkout", "stoppage", "industrial action"),
    "recall": ("recall", "recalls"),
    "launch": ("launch", "launches", "release", "rollout", "roll-out", "opening", "inauguration"),
    "earthquake": ("earthquake", "quake", "tremor"),
    "flood": ("flood", "floods", "flooding"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone"),
    "fire": ("fire", "wildfire", "blaze"),
    "attack": ("attack", "attacks", "bombing", "shooting", "raid", "strike attack"),
    "crash": ("crash", "collision", "derailment", "accident"),
    "ceremony": ("ceremony", "ceremonies", "opening ceremony", "closing ceremony"),
    "festival": ("festival", "fair", "exhibition", "expo"),
    "negotiations": ("negotiations", "negotiation"),
    "signing": ("signing", "deal", "agreement", "contract", "transfer"),
    "protest": ("protest", "protests", "demonstration", "demonstrations", "rally", "march"),
    "outbreak": ("outbreak", "epidemic"),
    "closure": ("closure", "shutdown", "lockdown"),
    "arrest": ("arrest", "arrested", "detention"),
    "evacuation": ("evacuation", "evacuations"),
}
EVENT_WORDS = {w: canon for canon, words in EVENT_GROUPS.items() for w in words}

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
# A date right after one of these is when something was said, not when the event happened.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "reported",
    "reports", "wrote", "writes", "tweeted", "posted", "commented", "noted", "explained",
    "warned", "claimed", "announced", "confirmed", "insisted", "argued", "denied", "asked",
    "urged", "called", "suggested", "published", "released", "issued", "indicated", "revealed",
)

FUTURE_CUES = (
    "will", "would", "shall", "is expected", "are expected", "was expected", "were expected",
    "expects", "expected to", "is due", "are due", "is scheduled", "are scheduled",
    "is set to", "are set to", "plans to", "planned", "is to", "are to", "upcoming",
    "next", "going to", "intends", "aims to", "hopes to", "is likely", "could", "may",
)
PAST_CUES = ("was", "were", "had", "did", "ago", "last", "earlier", "previously")
