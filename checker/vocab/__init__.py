"""Vocabulary as data, one module per domain: ``time`` (months, weekdays, events, tense
cues), ``numbers`` (number words, hedges, counted things), ``sources`` (cue verbs,
stances, source kinds). Nothing here may name a particular story."""
from checker.vocab.time import *  # noqa: F401,F403 - the time words are the common base
