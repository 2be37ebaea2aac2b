"""Vocabulary of expected timing (the publication-timing rule): which word of a forecast
names the thing expected. Nothing here may name a particular story."""

# "Customers will receive letters by Friday": with these verbs the expected thing is the
# object, not the subject (the letters are due, not the customers).
RECEIPT_VERBS = (
    "receive", "receives", "be sent", "be given", "be issued", "be offered",
    "be mailed", "be emailed", "be paid",
)
# Prepositions that end a subject's head noun: "Letters to those affected will...",
# "A first consignment of doses is due...": the head is the word before them.
SUBJECT_PREPOSITIONS = (
    "of", "to", "for", "from", "in", "on", "at", "with", "into", "about", "by", "under", "over",
)
# A negated expectation before the thing: "did not expect the inquiry to report before
# October" is a lower bound, like "the inquiry will not report before October".
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
