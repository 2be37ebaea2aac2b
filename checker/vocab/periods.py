"""Vocabulary for vague spans counted from publication ("within days", "within 48 hours").

Such a span is read as "from publication on" only when the clause before it looks forward:
a future cue (checker.vocab.time.FUTURE_CUES) or one of these stems of promising, ordering
or expecting verbs ("promised an offer within days", "must leave within 48 hours"). In a
past narrative ("the protests spread within days") it counts from some earlier event.
"""
FORWARD_STEMS = (
    "promis", "pledg", "vow", "must", "should", "order", "demand", "deadline", "ultimatum",
    "requir", "urg", "ask", "told", "gave", "give", "expect", "due", "plan", "aim", "intend",
    "hope", "need", "warn", "threat", "commit", "agree", "undert", "set",
)
