"""Vocabulary of figures: number words, scales, hedges and their bounds, units, the things
news copy counts, and the cues that make a number "not a figure" (ages, clock times...).

Nothing here may name a particular story: these are the general words of news copy.
"""
from __future__ import annotations

from decimal import Decimal

# --- number words -------------------------------------------------------------------------
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers after a number ("1.2 million", "two dozen", "3bn").
SCALE_WORDS = {
    "dozen": Decimal(12), "hundred": Decimal(100), "thousand": Decimal(1000),
    # South Asian scales: "Rs 40 crore" is 400 million rupees, "5 lakh" half a million
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12,
}
# Abbreviated scales glued to digits or after a space: "1m", "3bn", "5k", "$2.5 bln".
SCALE_ABBREVIATIONS = {
    "k": Decimal(1000), "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9, "bln": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12,
}
# Fractions that stand alone ("half of the staff"): read as a percentage.
FRACTION_WORDS = {
    "half": Decimal(50), "a half": Decimal(50), "a third": Decimal("33.3"),
    "one third": Decimal("33.3"), "two thirds": Decimal("66.7"), "two-thirds": Decimal("66.7"),
    "a quarter": Decimal(25), "one quarter": Decimal(25), "three quarters": Decimal(75),
    "three-quarters": Decimal(75),
}
# Fractions before a scale: "half a million".
FRACTION_OF_SCALE = {"half a": Decimal("0.5"), "half": Decimal("0.5"), "a quarter of a": Decimal("0.25"),
                     "three quarters of a": Decimal("0.75"), "three-quarters of a": Decimal("0.75"),
                     "a third of a": Decimal(1) / 3, "two thirds of a": Decimal(2) / 3,
                     "two-thirds of a": Decimal(2) / 3}

# Vague plurals: "hundreds of" is at least two hundred and fewer than a thousand.
VAGUE_QUANTITIES = {
    "dozens": (Decimal(24), Decimal(144)),
    "scores": (Decimal(40), Decimal(200)),
    "hundreds": (Decimal(200), Decimal(1000)),
    "thousands": (Decimal(2000), Decimal(10) ** 6),
    "tens of thousands": (Decimal(20000), Decimal(100000)),
    "hundreds of thousands": (Decimal(200000), Decimal(10) ** 6),
    "millions": (Decimal(2) * 10 ** 6, Decimal(10) ** 9),
    "tens of millions": (Decimal(2) * 10 ** 7, Decimal(10) ** 8),
    "hundreds of millions": (Decimal(2) * 10 ** 8, Decimal(10) ** 9),
    "billions": (Decimal(2) * 10 ** 9, Decimal(10) ** 12),
    # ("a handful of" is no figure: too loose, and often of what still runs, not what stopped)
}
# "several thousand": between two and ten of the scale.
SEVERAL_WORDS = {"several": (2, 10), "a few": (2, 10), "a couple of": (2, 3)}

# --- hedges --------------------------------------------------------------------------------
# Relative tolerance of "about", "some", "an estimated"... and of "nearly" below its figure.
ABOUT_TOLERANCE = Decimal("0.10")

# hedge phrase -> bound kind; matched longest first, just before the number.
#   at_least [x, inf) | more_than (x, inf) | nearly [x - tol, x) | about x +- tol
#   up_to [0, x] | fewer_than [0, x) | just_over (x, x + tol] | most_of [x/2, x) | exact x
# "close to 900" is just under 900 (nearly); "upwards of 5,000" is 5,000 or more (at_least);
# "in excess of 1 million" is more than a million; "the better part of" is most of it.
HEDGES = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "not less than": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "at_least",
    "in excess of": "more_than", "well over": "more_than", "well above": "more_than",
    "above": "more_than", "exceeding": "more_than", "greater than": "more_than",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just short of": "nearly",
    "not quite": "nearly", "just below": "nearly",
    "about": "about", "some": "about", "around": "about", "roughly": "about",
    "an estimated": "about", "estimated": "about", "approximately": "about",
    "approx.": "about", "close to": "nearly", "circa": "about", "an approximate": "about",
    "a reported": "about", "as much as": "up_to",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to", "no more than": "up_to",
    "a maximum of": "up_to", "not more than": "up_to",
    "fewer than": "fewer_than", "less than": "fewer_than", "under": "fewer_than",
    "below": "fewer_than", "well under": "fewer_than", "well below": "fewer_than",
    "just over": "just_over", "just above": "just_over", "slightly more than": "just_over",
    "a little over": "just_over", "a little more than": "just_over", "slightly over": "just_over",
    "slightly above": "just_over", "a shade over": "just_over",
    "a little under": "nearly", "a little less than": "nearly", "slightly under": "nearly",
    "slightly less than": "nearly", "slightly fewer than": "nearly", "just shy of": "nearly",
    "a shade under": "nearly", "just less than": "nearly", "just fewer than": "nearly",
    "north of": "more_than", "more than about": "more_than", "well north of": "more_than",
    "well in excess of": "more_than", "comfortably over": "more_than",
    "south of": "fewer_than", "shy of": "nearly", "a little shy of": "nearly", "close on": "nearly",
    "getting on for": "nearly", "not far short of": "nearly", "just north of": "just_over",
    "just south of": "nearly", "upward of": "at_least",
    "in the region of": "about", "on the order of": "about", "of the order of": "about",
    "something like": "about", "in the neighbourhood of": "about",
    "in the order of": "about", "in the vicinity of": "about", "in the neighborhood of": "about",
    "just about": "about", "approx": "about", "more or less": "about",
    "nigh on": "nearly", "barely": "nearly", "scarcely": "nearly", "a good": "at_least",
    "the better part of": "most_of", "the best part of": "most_of",
    # "not fewer than 300" is at least 300 (never "fewer than" with a stray "not")
    "not fewer than": "at_least", "at the very least": "at_least", "at the least": "at_least",
    "approaching": "nearly", "nearing": "nearly", "not far off": "about", "not far from": "about",
    "well short of": "fewer_than", "short of": "nearly", "a touch over": "just_over", "a touch under": "nearly",
    "a fraction over": "just_over", "a fraction under": "nearly", "marginally over": "just_over",
    "marginally above": "just_over", "marginally under": "nearly", "marginally below": "nearly",
    "a little above": "just_over", "a little below": "nearly", "just beneath": "nearly",
    "somewhere around": "about", "somewhere in the region of": "about", "in the range of": "about",
    "roughly around": "about", "an estimated total of": "about", "some estimated": "about",
    "upwards of some": "at_least", "comfortably more than": "more_than", "far more than": "more_than",
    "many more than": "more_than", "substantially more than": "more_than", "considerably more than": "more_than",
    "far fewer than": "fewer_than", "far less than": "fewer_than", "considerably less than": "fewer_than",
    "considerably fewer than": "fewer_than", "significantly more than": "more_than",
    "significantly fewer than": "fewer_than", "significantly less than": "fewer_than",
    "a whopping": "exact", "a staggering": "exact", "a record": "exact",
    "a mere": "exact",
    "a total of": "exact", "exactly": "exact", "precisely": "exact", "only": "exact",
    "just": "exact", "a further": "exact", "another": "exact", "an additional": "exact",
}
HEDGE_ALTERNATION = "|".join(sorted((h.replace(".", r"\.").replace(" ", r"\s") for h in HEDGES), key=len, reverse=True))
# Hedges written after the figure: "143 or more", "200-plus", "60 or so".
# Those that start with a space are matched as words after the figure (extract/numbers.py).
POST_HEDGES = {
    " or more": "at_least", " or above": "at_least", " and above": "at_least", "plus": "at_least",
    "-plus": "at_least", "+": "at_least", " or so": "about", " or fewer": "up_to", " or less": "up_to",
    " and counting": "at_least",
    # "300-odd" is 300 and some more; "or thereabouts", "give or take" are about it
    "-odd": "at_least", " or thereabouts": "about", " give or take": "about", " or higher": "at_least",
    " or greater": "at_least", " and upwards": "at_least", " or over": "at_least", " or under": "up_to",
    " or below": "up_to",
}
POST_HEDGES = {**POST_HEDGES, **{k.strip(): v for k, v in POST_HEDGES.items()}}  # looked up stripped
# Units a fraction of one may measure ("half a mile", "a quarter of an hour", "three-quarters
# of a tonne"), and the value of each fraction.
UNIT_FRACTION_NOUNS = frozenset(
    "mile kilometre kilometer km metre meter foot inch yard acre hectare tonne ton litre liter gallon "
    "barrel hour day week month year minute second century decade".split())
UNIT_FRACTIONS = {"half a": Decimal("0.5"), "half an": Decimal("0.5"), "a quarter of a": Decimal("0.25"),
                  "a quarter of an": Decimal("0.25"), "three quarters of a": Decimal("0.75"),
                  "three quarters of an": Decimal("0.75"), "a third of a": Decimal(1) / 3,
                  "a third of an": Decimal(1) / 3, "two thirds of a": Decimal(2) / 3,
                  "two thirds of an": Decimal(2) / 3}

# --- units ---------------------------------------------------------------------------------
# A vehicle's own speed: "travelling at 142 km/h", "was doing 142 km/h" (a limit, "slow to 30
# km/h", has no such verb and stays an unnamed amount).
SPEED_UNITS = frozenset(("km/h", "mph"))
MOTION_VERBS = frozenset("travelling traveling doing going moving running speeding driving".split())
PERCENT_WORDS = ("percent", "per cent", "pct", "%", "percentage points")
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
                    # a country's dollar, rupee or real before the digits: "A$40m", "C$2bn", "Rs 40 crore"
                    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
                    "S$": "SGD", "R$": "BRL", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                    "₦": "NGN", "₱": "PHP", "₪": "ILS", "CHF": "CHF"}
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
    "krone": "NOK", "kroner": "NOK", "kronor": "SEK", "krona": "SEK", "rand": "ZAR",
    "ruble": "RUB", "rubles": "RUB", "roubles": "RUB", "lira": "TRY", "liras": "TRY",
    "dinar": "DINAR", "dinars": "DINAR", "pesos": "PESO", "peso": "PESO", "reais": "BRL",
    "real": "BRL", "won": None,  # "won" is a verb far more often than a currency
    # a country's name before the currency: "3 million US dollars" is "$3 million"
    "us dollars": "USD", "us dollar": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
    "swiss francs": "CHF", "norwegian kroner": "NOK", "swedish kronor": "SEK", "danish kroner": "DKK",
    "new zealand dollars": "NZD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "naira": "NGN", "rand": "ZAR", "shillings": "SHS",
    "shilling": "SHS", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "dirhams": "AED", "dirham": "AED", "riyals": "SAR",
    "riyal": "SAR", "cedis": "GHS", "cedi": "GHS", "kwacha": "ZMW", "taka": "BDT",
}
MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "feet": "ft", "foot": "ft", "cm": "cm", "centimetres": "cm", "centimeters": "cm",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "inches": "in", "inch": "in",
    "tonnes": "t", "tons": "t", "tonne": "t", "ton": "t", "kg": "kg", "kilograms": "kg",
    "kilogrammes": "kg", "litres": "l", "liters": "l", "barrels": "bbl", "hectares": "ha", "hectare": "ha", "ha": "ha",
    "acres": "acre", "acre": "acre", "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2",
    "degrees": "deg", "mph": "mph", "km/h": "km/h", "kph": "km/h", "megawatts": "MW", "mw": "MW",
    "magnitude": "magnitude", "megawatt": "MW", "kilogram": "kg", "litre": "l", "liter": "l", "barrel": "bbl",
    # the other common forms, spelled and abbreviated, British and American
    "square kilometre": "km2", "square kilometer": "km2", "sq. km": "km2", "sqkm": "km2", "km2": "km2",
    "square miles": "mi2", "square mile": "mi2", "sq miles": "mi2", "sq mi": "mi2", "sq. miles": "mi2",
    "square metres": "m2", "square meters": "m2", "square metre": "m2", "square meter": "m2", "sq m": "m2",
    "sqm": "m2", "m2": "m2", "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2", "sq. ft": "ft2",
    "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "cubic meter": "m3", "m3": "m3",
    "gallons": "gal", "gallon": "gal", "yards": "yd", "yard": "yd", "nautical miles": "nmi", "nautical mile": "nmi",
    "kilometres-long": "km", "metric tons": "t", "metric tonnes": "t", "lbs": "lb", "lb": "lb",
    "kilos": "kg", "kilo": "kg", "kilogrammes": "kg", "grams": "g", "grammes": "g", "gram": "g",
    "millilitres": "ml", "milliliters": "ml", "ml": "ml", "hectolitres": "hl",
}
# Units of one measure, in the measure's base unit (rules/figures.py compares "2 tonnes" with
# "400 kg", "5 miles" with "8 km", "10 acres" with "4 hectares", "30 mph" with "50 km/h"; a
# conversion is allowed CONVERTED_TOLERANCE for the rounding of a converted figure). Volumes
# stay apart (US and imperial gallons, an oil barrel).
UNIT_BASE = {
    "kg": ("kg", "1"), "t": ("kg", "1000"), "g": ("kg", "0.001"), "lb": ("kg", "0.45359237"),
    "m": ("m", "1"), "km": ("m", "1000"), "cm": ("m", "0.01"), "mm": ("m", "0.001"), "mile": ("m", "1609.344"),
    "ft": ("m", "0.3048"), "in": ("m", "0.0254"), "yd": ("m", "0.9144"), "nmi": ("m", "1852"),
    "ha": ("ha", "1"), "km2": ("ha", "100"), "acre": ("ha", "0.40468564224"), "mi2": ("ha", "258.9988110336"),
    "m2": ("ha", "0.0001"), "ft2": ("ha", "0.000009290304"),
    "km/h": ("km/h", "1"), "mph": ("km/h", "1.609344"),
}
CONVERTED_TOLERANCE = "0.04"

# Units that make a size modifier with a hyphen ("the 19-acre site", "a 500-tonne barge", "a
# 12-mile stretch"): the figure is the size of the noun after it. Not time units ("20-year-old",
# "a 10-day strike" stay compounds).
MEASURE_COMPOUND_UNITS = frozenset(
    "acre hectare tonne ton metre meter mile kilometre kilometer km foot inch kilogram kg litre liter "
    "barrel megawatt yard gallon".split())
TIME_UNITS = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
    "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "decade": "decade", "decades": "decade",
}
# A time-unit figure is compared only when it measures one of these ("12 years in prison").
PENALTY_NOUNS = frozenset(
    "prison jail imprisonment sentence term custody detention ban suspension probation "
    "confinement".split()
)

# One penalty under several names ("12 years in jail", "a sentence of 10 years", "jailed for 10
# years"); a suspended sentence stays apart (QUALIFIERS), and so do bans and probation.
PENALTY_SYNONYMS = {"jail": "prison", "imprisonment": "prison", "sentence": "prison", "term": "prison",
                    "confinement": "prison"}
JAIL_VERBS = frozenset("jailed imprisoned sentenced".split())

# --- exclusions ----------------------------------------------------------------------------
# Words after a number that make it an age, a time of day, an ordinal or a label.
AFTER_EXCLUDE = (
    "year-old", "years-old", "year old", "years old", "-year-old", "yo", "am", "pm", "a.m.",
    "p.m.", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "st", "nd", "rd", "th", "s",
    "hrs",
)
# Words before a number that make it a label, an age, a rank or a time.
BEFORE_EXCLUDE = frozenset(
    "aged age ages no no. number nos. nr. page pages article articles section clause chapter "
    "room flight route highway road bus platform gate seat row level grade line rank ranked "
    "ranking size model version v. vol. volume episode season round stage week day year "
    "paragraph item page line tier phase zone ward district precinct unit lot plot block "
    "apartment apt. suite floor channel code box term decree law resolution act bill "
    "category exit pier terminal building sector wave".split()
)
# Words that make the previous figure a baseline or an increment, not the count itself.
INCREMENT_AFTER = frozenset(("more", "additional", "extra", "further", "fewer", "less"))

# --- polarity and modality -----------------------------------------------------------------
NEGATION_CUES = (
    "not", "n't", "never", "no longer", "neither", "nor", "without", "false", "untrue",
    "no evidence", "no proof", "rather than", "instead of",
)
DENIAL_CUES = (
    "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses",
    "refuted", "refutes", "disputed", "disputes", "contested", "contests", "rebuffed",
)
# The figure is a possibility, forecast or fear, not a count: never a contradiction.
MODAL_CUES = (
    "could", "may", "might", "would", "feared", "fears", "likely", "expected", "forecast",
    "projected", "predicted", "risk", "risks", "potentially", "possibly", "estimate could",
    "threatens", "threatened", "if", "unless", "target", "aims", "aim", "plans", "planned",
    "goal",
    # a threshold, not a count: "the petition needs 10,000 signatures", "requires 2,000 votes"
    "needs", "need", "requires", "require", "threshold", "minimum",
)
# Cues of an estimate rather than a possibility: "repairs are expected to cost roughly £12m",
# "compensation is likely to come to about £18m" give the source's figure for the amount, as
# "will cost in excess of £30m" does; "could cost up to" (a possibility) stays a forecast.
ESTIMATE_CUES = frozenset("expected likely forecast projected predicted".split())
# Verbs that state an amount of money as its total: "came to", "amount to" (event "cost").
COST_LEFT = frozenset((("come", "to"), ("comes", "to"), ("came", "to"), ("coming", "to"), ("amount", "to"),
                       ("amounts", "to"), ("amounted", "to"), ("amounting", "to"), ("run", "to"), ("runs", "to"),
                       ("ran", "to"), ("running", "to")))
# Verbs that put money by for a purpose: "has set aside £2m for a clean-up fund", "earmarked
# $5m", "allocated", "ring-fenced" (event "allocated"; what is later spent is another count).
ALLOCATION_LEFT = frozenset((("set", "aside"), ("sets", "aside"), ("setting", "aside"), ("put", "aside"),
                             ("puts", "aside"), ("putting", "aside")))
# A value reached by change: a later article may carry a newer value, not a contradiction.
CHANGE_CUES = (
    "rose", "risen", "rises", "rise", "rising", "climbed", "climbs", "climbing", "increased",
    "increases", "jumped", "grew", "grown", "soared", "fell", "fallen", "falls", "dropped",
    "drops", "declined", "decreased", "narrowed", "narrows", "widened", "widens", "reached",
    "surged", "swelled", "doubled", "tripled", "revised", "updated", "stands", "hit",
    "narrowing", "shrank", "shrunk", "grown",
)
# Change verbs that also take an object: "the toll hit 50" is a changed value, "the blackout
# hit 400,000 homes" counts the homes the event reached.
OBJECT_CHANGE_VERBS = frozenset("hit hits reached reaches".split())
# Cues in the clause before a figure that make it a baseline: "up from 40", "compared with 12".
BASELINE_CUES = ("up from", "down from", "compared with", "compared to", "against", "versus", "vs", "than")

# --- counted things ------------------------------------------------------------------------
# Event classes: the verb (or noun) that says what happened to the counted thing. Figures
# are compared only within one class; "died" and "injured" are different facts.
EVENT_CLASSES = {
    "died": "died dead death deaths die dies dying killed kill kills killing fatalities fatality "
            "perished drowned fatal fatally deceased perish perishes perishing succumbed murdered slain massacred",
    "injured": "injured injuries injury injuring wounded wounding hurt injure injures maimed",
    # Who was on a vehicle: "carrying some 300 passengers" = "300 passengers were on board"
    # ("licensed to carry 180" is a capacity, found first).
    # What a vehicle carries, in any cargo verb ("a lorry carrying 20 tonnes", "a van
    # transporting 300 parcels"); "loaded with" / "laden with" are CARGO_WITH_VERBS.
    "aboard": "aboard carrying transporting hauling ferrying conveying",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization admitted hospitalise hospitalize hospitalising hospitalizing",
    "missing": "missing unaccounted disappeared disappearance vanished",
    # Removed from a contest or an exam: a count of its own, not the entrants.
    "disqualified": "disqualified disqualification disqualifications expelled barred",
    # Held where they cannot leave (a mine, a lift, floodwater): not yet rescued, not missing.
    "trapped": "trapped trapping stranded stuck marooned entombed",
    # Off the track: "twelve wagons derailed", "at least 30 wagons left the rails" (EVENT_PHRASES).
    "derailed": "derailed derailing derailment",
    "arrested": "arrested arrests arrest custody apprehended nabbed arresting",
    "detained": "detained detention detainees held kept interned internment imprisoned "
                "incarcerated incarceration jailed detain detaining",
    "displaced": "displaced displacement homeless fled flee fleeing uprooted flees uprooting",
    "evacuated": "evacuated evacuation evacuations evacuate evacuating evacuates",
    # Got out of confinement: "three wolves escaped from the park", "12 inmates broke out of the
    # jail" (phrases only: "escaped with minor injuries" were injured; see EVENT_PHRASES).
    "escaped": "escapees",
    # Sent elsewhere by those in charge: "350 inmates have been transferred", "relocated" ("were
    # moved to other prisons": counted.py, passive only; "moved back home" is no transfer).
    # ("resettled", "rehoused" stay unnamed: a story may give them for the same move as
    # "evacuated" or "moved", or for a later stage; unnamed they keep the one-count-per-article
    # alignment of figures/_sole_heads)
    "transferred": "transferred relocated relocating relocation",
    # Back where they came from: "300 families have returned home" is not who was moved out.
    "returned": "returned returning",
    "rescued": "rescued rescue saved plucked winched rescues rescuing",
    "destroyed": "destroyed razed flattened demolished levelled leveled destruction demolition destroy destroys destroying wrecked obliterated",
    "damaged": "damaged damage damaging vandalised vandalized",
    # Robbed in a riot or a break-in: "40 shops were looted", "ten shops were ransacked".
    "looted": "looted ransacked plundered pillaged burgled burglarised burglarized looting",
    "flooded": "flooded inundated submerged swamped",
    # Undoing an event is a count of its own: "power was restored to 380,000 homes" is not the
    # homes cut off, "repaired 30,000 cars" not the cars recalled.
    "restored": "restored reconnected repaired fixed reopened restoring reconnecting",
    "released": "released discharged freed releasing",
    "affected": "affected impacted disrupted affecting impacting",
    "infected": "infected infections infection positive contracted infecting",
    # (the symptoms people report name the illness: "reported stomach cramps, rashes or sore
    # eyes" is falling ill; plural or mass nouns only, never a disease's name)
    "ill": "ill sick sickened sickening illness illnesses symptoms poisoned cramps rashes headaches "
           "vomiting nausea diarrhoea diarrhea",
    "tested": "tested testing tests screened analysed analyzed",
    "pledged": "pledged pledge pledges pledging promised",
    "vaccinated": "vaccinated vaccinations vaccines vaccinate vaccinating inoculated inoculating immunised immunized jabbed",
    "recalled": "recalled recall recalls recalling",
    "sold": "sold sales sell selling sells sale auctioned",
    "shipped": "shipped shipping delivered supplied shipments exported deliveries",
    "produced": "produced built manufactured made manufacturing constructed assembled producing",
    "cast": "cast turnout voted",
    "invalid": "invalid spoiled spoilt void rejected",
    "challenged": "challenged contested disputed",
    "won": "won win wins winning secured",
    "margin": "margin lead led leads majority",
    "received": "received receiving receive took taking take taken accepted accepting accept "
                "pocketed pocketing embezzled embezzling stole stolen siphoned siphoning misappropriated "
                "misappropriating",
    "paid": "paid pay pays paying payments payment fee fees",
    "offered": "offer offers offered offering proposed proposal",
    "earned": "earn earns earned earning earnings salary wage wages",
    # (aircraft or flights kept on the ground are called off: "400 flights were grounded")
    "cancelled": "cancelled canceled cancellation cancellations scrapped grounded cancel cancels cancelling canceling",
    "traced": "traced seized frozen confiscated seizure seizures confiscation impounded seizing confiscating",
    # Got back after a loss: "police recovered 12 of the stolen paintings" is not what was stolen.
    "recovered": "recovered retrieved",
    "sought": "seeking seek sought demanded demanding requested",
    "faces": "faces face facing risks",
    "sentenced": "sentenced sentence jailed sentencing",
    "fined": "fined fine fines fining",
    "cost": "cost costs costing",
    # Money due to a creditor, keyed by the creditor (counted.py): "£3.4m owed to the tax
    # authority" = "the tax authority, owed £2.1m" ("owing to" is "because of": not here).
    "owed": "owed owes owe",
    # Land worked with a product, by area only (AREA_ONLY_EVENTS): "some 330,000 hectares were
    # treated with the insecticide", "sprayed", "dusted" ("treated 40 patients" is no such event).
    "sprayed": "sprayed spraying treated treating fumigated dusted",
    "allocated": "allocated allocating earmarked earmarking ring-fenced budgeted",
    "worth": "worth valued value",
    # What an insurer would pay: "insured for $3.1m", "an insured value of", "valued for
    # insurance at" (counted.py) are one amount, never the sale price or the market value.
    "insured": "insured",
    "raised": "raised raising",
    "spent": "spent spending spend spends",
    "lost": "lost loss losses lose losing",
    "cut": "cut cuts cutting axed laid layoffs redundancies slashed sacked",
    "hired": "hired hiring created hire hires recruited recruiting recruit recruits",
    "protested": "protested protesters demonstrators marched rallied gathered protesting demonstrated demonstrating marching rallying",
    "striking": "striking strikers walked strike walkout stoppage picketed picketing",
    # ("the rally attracted some 5,000"; "drew" only of people: counted.py, DREW_VERBS)
    "attended": "attended attendance spectators watched viewers crowd attending attendees attracted "
                "attracting",
    "scored": "scored goals points",
    "conceded": "conceded conceding",
    "signed": "signed signatures",
    "fired": "fired launched",
    "burned": "burned burnt scorched charred blackened ravaged burning",
    "outage": "outage outages blackout blackouts",
    "complained": "complained complaints complaint complaining",
    "deployed": "deployed deploying dispatched mobilised mobilized sent sending deploy deploys dispatch",
    "resident": "live living reside resides residing",
    # Stages of a prosecution, each its own count: "40 people were charged" is not the 90
    # arrested, nor the 12 convicted.
    # (of money "charged" is a price: NOT_MONEY_EVENTS)
    "charged": "charged indicted",
    # Declared unfit to live in or use: "15 homes have been condemned", "the 11 condemned homes"
    "condemned": "condemned condemning",
    # Taken off duty or out of play pending an inquiry: "at least 11 guards have been suspended",
    # "fewer than eight officers were suspended" ("a suspended sentence" is a qualifier)
    "suspended": "suspended suspending",
    "convicted": "convicted",
    "acquitted": "acquitted cleared",
    # Kept waiting, or sent elsewhere: never the flights cancelled.
    "delayed": "delayed",
    "diverted": "diverted rerouted re-routed",
    # Visited and checked by an inspector: "inspectors visited 400 premises", "400 sites were
    # inspected" (what failed is another count).
    "inspected": "inspected inspecting inspections",
    # Taken by force: "40 pupils were abducted", "kidnapped" (the released, the rescued and the
    # missing are other counts).
    "abducted": "abducted abducting abduction abductions kidnapped kidnapping kidnappings",
    # Put out of a home by a court or a landlord: never the displaced.
    "evicted": "evicted evicting eviction evictions",
    # Kept apart for a disease: "300 passengers were quarantined".
    "quarantined": "quarantined quarantining self-isolating",
    # Gone to the bottom: "40 boats sank", "were sunk", "capsized" (what was damaged or
    # recovered is another count).
    "sank": "sank sunk sinking capsized capsizing scuttled",
    # Closed by those in charge, or shut by an event: "40 schools were shut", "shuttered", "the
    # closure of 30 branches" ("reopened" is restored, a count of its own).
    "closed": "closed closing closure closures shut shuttered shutting",
    # Animals killed on purpose to stop a disease: "30,000 chickens were culled", "slaughtered",
    # "destroyed" stays destroyed and "died" (of the disease) another fact.
    "culled": "culled cull culling slaughtered slaughtering euthanised euthanized",
    # Broken into by an attacker: "200 devices were hacked", "900 accounts were compromised".
    "hacked": "hacked hacking compromised",
}
EVENT_OF = {w: cls for cls, words in EVENT_CLASSES.items() for w in words.split()}
# Adverbs of degree before an event word narrow the count: "12 seriously injured" and "eight
# critically ill" are part of "more than 60 injured / ill", never the same figure.
SEVERITY_ADVERBS = {
    "seriously": "serious", "critically": "serious", "severely": "serious", "gravely": "serious",
    "badly": "serious", "slightly": "slight", "lightly": "slight", "moderately": "moderate",
    "terminally": "terminal", "mentally": "mental", "chronically": "chronic",
}
# Words that report a count without saying what happened: skipped when looking for the event.
NEUTRAL_VERBS = frozenset(
    "reported recorded registered confirmed counted listed logged documented tallied noted "
    "said says estimated believed thought alleged".split()
)
# Nouns that name an event on people: the head becomes "people" with that event.
EVENT_NOUNS = {
    "deaths": "died", "death": "died", "dead": "died", "fatalities": "died", "fatality": "died",
    "injuries": "injured", "injured": "injured", "wounded": "injured", "arrests": "arrested",
    "detainees": "detained", "evacuees": "evacuated", "evacuations": "evacuated",
    "hospitalisations": "hospitalised", "hospitalizations": "hospitalised",
    "infections": "infected", "protesters": "protested", "demonstrators": "protested",
    "strikers": "striking", "spectators": "attended", "viewers": "attended",
    "layoffs": "cut", "redundancies": "cut", "displaced": "displaced", "missing": "missing",
    "homeless": "displaced", "toll": "died", "bodies": "died",
    "casualties": "casualties", "admissions": "hospitalised", "signatures": "signed",
    "complaints": "complained", "outages": "outage", "blackouts": "outage",
}
# Means or agents after an event verb that name a subset: "60 were rescued by helicopter" is
# part of "85 rescued", "killed by police" part of the dead.
BY_MEANS = frozenset(
    "helicopter helicopters boat boats lifeboat lifeboats air sea road ambulance ambulances "
    "coastguard police army navy troops soldiers firefighters rescuers volunteers divers "
    "fishermen neighbours neighbors".split()
)
# Nouns of an event class that are themselves what is counted: "scored 24 goals".
COUNTED_EVENT_NOUNS = frozenset("goals points".split())
# "households without power", "customers who lost electricity": an outage, not a negation.
OUTAGE_VERBS = frozenset("without lost lose losing losses cut".split())
OUTAGE_NOUNS = frozenset("power electricity supply supplies heating gas water service".split())
# Words between an outage verb and its supply noun ("without running water", "lost mains
# power", "without their heating", "cut off from drinking water").
OUTAGE_NOUN_MODIFIERS = frozenset("running mains drinking tap piped clean fresh hot their its any".split())

# Role nouns whose bare count is a deployment: "Roughly 320 firefighters are on the lines" and
# "Upwards of 300 firefighters fought the blaze" count the same crews (event "deployed").
DEPLOYED_HEADS = frozenset(
    "firefighters firemen troops soldiers rescuers volunteers medics paramedics nurses doctors "
    "crews peacekeepers responders lifeguards divers".split()
)
# Names of the people who sit an exam, enter a contest: one thing when the figure says what
# they did to what ("students who sat the paper", "the paper, sat by 84,312 candidates"),
# never otherwise (the students of a university are not a contest's candidates).
FRAME_HEAD_SYNONYMS = {"student": "candidate", "pupil": "candidate", "examinee": "candidate",
                       "entrant": "candidate", "applicant": "candidate"}
# One thing under several names: "households" and "houses" are homes (any event).
HEAD_SYNONYMS = {"household": "home", "house": "home", "dwelling": "home", "troop": "soldier",
                 "fireman": "firefighter", "policeman": "police", "employee": "worker", "staff": "worker",
                 # a budget's missing money under any of its names: "a £38m shortfall", "a
                 # £38.5m gap", "a deficit of £40m", "a £40m black hole", "the funding hole"
                 "gap": "shortfall", "deficit": "shortfall", "hole": "shortfall"}
# Plurals that the -s / -es / -ies rule of checker.extract.counted.singular misreads ("buses"
# is not "buse", "wolves" not "wolve", "crewmen" not a plural in -s), and nouns whose plural is
# the singular ("aircraft", "sheep"): plural (lower case) -> singular.
IRREGULAR_PLURALS = {
    **{w + "men": w + "man" for w in (
        "fire police fisher crew service sales fresh chair spokes country business congress gentle "
        "lay yachts sea work trades watch police fore bats middle lines signal")
       .split()},
    "policewomen": "policewoman", "businesswomen": "businesswoman", "congresswomen": "congresswoman",
    "schoolchildren": "schoolchild", "grandchildren": "grandchild", "stepchildren": "stepchild",
    "buses": "bus", "gases": "gas", "viruses": "virus", "campuses": "campus", "bonuses": "bonus",
    "census": "census", "censuses": "census", "surpluses": "surplus", "circuses": "circus",
    "statuses": "status", "syllabuses": "syllabus", "walruses": "walrus", "octopuses": "octopus",
    "wolves": "wolf", "calves": "calf", "halves": "half", "shelves": "shelf", "loaves": "loaf",
    "thieves": "thief", "wives": "wife", "knives": "knife", "lives": "life", "leaves": "leaf",
    "wharves": "wharf", "hooves": "hoof", "scarves": "scarf", "housewives": "housewife", "midwives": "midwife",
    "geese": "goose", "mice": "mouse", "teeth": "tooth", "oxen": "ox", "lice": "louse",
    "sheep": "sheep", "deer": "deer", "fish": "fish", "salmon": "salmon", "trout": "trout", "cod": "cod",
    "cattle": "cattle", "livestock": "livestock", "poultry": "poultry", "swine": "swine", "bison": "bison",
    "aircraft": "aircraft", "spacecraft": "spacecraft", "hovercraft": "hovercraft", "watercraft": "watercraft",
    "crises": "crisis", "analyses": "analysis", "diagnoses": "diagnosis", "theses": "thesis",
    "hypotheses": "hypothesis", "oases": "oasis", "axes": "axe", "criteria": "criterion",
    "phenomena": "phenomenon", "bacteria": "bacterium", "alumni": "alumnus", "cacti": "cactus",
    "fungi": "fungus", "nuclei": "nucleus", "stimuli": "stimulus", "indices": "index", "appendices": "appendix",
    "matrices": "matrix", "vertices": "vertex",
    "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "volcanoes": "volcano", "torpedoes": "torpedo",
    "echoes": "echo", "vetoes": "veto", "mosquitoes": "mosquito", "tornadoes": "tornado", "dominoes": "domino",
    "embargoes": "embargo", "cargoes": "cargo", "mangoes": "mango",
    "movies": "movie", "cookies": "cookie", "calories": "calorie", "rookies": "rookie", "zombies": "zombie",
    "selfies": "selfie", "goalies": "goalie", "hippies": "hippie", "brownies": "brownie",
    "mps": "mp", "gps": "gp", "ceos": "ceo", "meps": "mep",
    "passers-by": "passer-by", "lookers-on": "looker-on", "mothers-in-law": "mother-in-law",
    "courts-martial": "court-martial", "attorneys-general": "attorney-general",
}
# Compounds whose modifier names the thing better than the head: "heavy fuel oil" and "fuel oil"
# are fuel ("bunker fuel"), never a crude cargo ("crude oil" stays oil). (modifier, head) -> head.
COMPOUND_HEADS = {("fuel", "oil"): "fuel", ("heating", "oil"): "fuel", ("diesel", "oil"): "fuel",
                  ("bunker", "oil"): "fuel", ("jet", "fuel"): "fuel",
                  # the people of a crew or a staff under a generic member noun: "40 crew members",
                  # "12 staff members" (not "family members", "party members": no such count)
                  ("crew", "member"): "crew", ("staff", "member"): "worker",
                  # a farm under its holding: "300 farm holdings" are farms
                  ("farm", "holding"): "farm"}
# Cut off from power, water or gas, a utility's customers are the homes cut off.
OUTAGE_HEADS = frozenset("customer consumer subscriber property premise connection".split())
# A role named by its activity and a generic person noun: "rescue workers" are rescuers.
ROLE_COMPOUNDS = {"rescue": "rescuer", "fire": "firefighter", "police": "police"}
ROLE_COMPOUND_HEADS = frozenset("worker personnel staff officer".split())
# Taking part in an activity: "joined the rescue", "took part in the strike", "involved in
# the search". The people counted are its agents: for an activity whose event class names
# what was done TO people (rescued, evacuated), the role is used instead, or no event at all.
JOIN_VERBS = frozenset("joined join joins joining".split())
PART_VERBS = frozenset("took take takes taking".split())
INVOLVED_VERBS = frozenset("involved participated participating engaged".split())
ACTIVITY_ROLES = {"rescue": ("rescuer", "deployed"), "firefighting": ("firefighter", "deployed")}
# Verbs by which an activity uses people: "the rescue involved some 150 people".
USING_VERBS = frozenset("involved involves involving mobilised mobilized required requires needed employed".split())
AGENT_EVENTS = frozenset("protested striking attended cast signed".split())
ACTIVITY_EVENTS = {"protest": "protested", "protests": "protested", "march": "protested", "rally": "protested",
                   "demonstration": "protested", "demonstrations": "protested", "walkout": "striking"}
# Words after "<figure> <noun>," that add detail rather than another counted noun.
INCLUDING_WORDS = frozenset("including includes mostly mainly many most some all both others".split())
# Phrases after the counted noun that say what happened to it: "5,000 people were out of
# their homes" are evacuees. Matched on the words after the noun (lower case, one space).
EVENT_PHRASES = {
    "on strike": "striking", "on board": "aboard",
    # Came forward to an inquiry, an appeal or a helpline: "90 families have come forward",
    # "150 have been in touch", "witnesses got in touch" ("heard from 140 families": counted.py)
    "come forward": "came forward", "came forward": "came forward", "coming forward": "came forward",
    "been in touch": "came forward", "got in touch": "came forward", "been in contact": "came forward",
    # Sent away from school or work for the day: "500 pupils were sent home" (never deployed)
    "sent home": "sent home", "been sent home": "sent home",
    # Voted at all: "48 per cent of voters turned out" is the turnout
    "turned out": "cast", "turned out to vote": "cast",
    # Who was inside a ground, a hall or a building at the time: "41,200 people were inside
    # the ground when the match was stopped", "some 300 workers were inside the plant".
    "were inside": "present", "in attendance": "attended",
    # "More than 60 pupils had been in the hall", "some 40 children were in the building"
    "were in the": "present", "been in the": "present", "been inside": "present",
    "out of their homes": "evacuated", "out of their houses": "evacuated",
    # Moved out of a place by those in charge: "3,000 people were moved out of the valley"
    # (passive only: "families moved out of the estate" chose to).
    "were moved out": "evacuated", "was moved out": "evacuated", "been moved out": "evacuated",
    "were moved away": "evacuated",
    # Made to leave a place by those in charge: "nearly 1,800 visitors had to leave the park",
    # "were told to leave the building", "were ordered out of the stadium".
    "had to leave the": "evacuated", "were told to leave the": "evacuated",
    "were ordered to leave the": "evacuated", "were ordered out of": "evacuated",
    "were asked to leave the": "evacuated", "were ushered out of": "evacuated",
    # Got out of an enclosure or a prison: "four wolves broke out of the park".
    "broke out of": "escaped", "broken out of": "escaped", "escaped from": "escaped",
    "escaped custody": "escaped", "escaped their": "escaped",
    "forced from their homes": "displaced", "forced out of their homes": "displaced",
    "driven from their homes": "displaced",
    "treated for burns": "injured", "treated for injuries": "injured",
    "treated for smoke inhalation": "injured", "treated for wounds": "injured",
    "tested positive": "infected", "came back positive": "infected",
    "taken ill": "ill", "taken sick": "ill", "fell ill": "ill", "fallen ill": "ill", "become ill": "ill",
    # "struck down by a stomach bug", "came down with norovirus": fell ill
    "struck down": "ill", "came down with": "ill", "come down with": "ill", "went down with": "ill",
    "gone down with": "ill",
    # Care in a hospital counts the hospitalised ("needed hospital treatment", "were treated
    # in hospital"); "remain in hospital" is a stock that falls and stays unnamed.
    "hospital treatment": "hospitalised", "treated in hospital": "hospitalised",
    "treated in a hospital": "hospitalised",
    # Taken out of the water or rubble alive: the rescued.
    "plucked from": "rescued", "pulled from the sea": "rescued", "pulled from the water": "rescued",
    "pulled alive": "rescued", "pulled out alive": "rescued", "brought to safety": "rescued",
    "winched to safety": "rescued", "lifted to safety": "rescued",
    # Standing in water: "1,800 houses were under water" were flooded.
    "under water": "flooded", "were underwater": "flooded", "was underwater": "flooded",
    # Within the scope of a recall: "1.1 million tins are covered by the recall".
    "covered by the recall": "recalled", "included in the recall": "recalled", "affected by the recall": "recalled",
    "part of the recall": "recalled", "subject to the recall": "recalled",
    # Taken off sale: "1.1 million tins have been withdrawn from shops", "pulled from shelves".
    "withdrawn from shops": "recalled", "withdrawn from sale": "recalled", "withdrawn from the market": "recalled",
    "withdrawn from stores": "recalled", "withdrawn from supermarkets": "recalled", "pulled from shelves": "recalled",
    "pulled from the shelves": "recalled", "taken off the shelves": "recalled", "taken off shelves": "recalled",
    # Held by what happened: "at least 14 vehicles were caught in the slip" were trapped, as
    # "nine vehicles were trapped when the slip came down" (see "trapped" in EVENT_CLASSES).
    "were caught in": "trapped", "was caught in": "trapped", "been caught in": "trapped",
    "got caught in": "trapped",
    # Marching in protest: "5,000 people took to the streets" = "20,000 people marched".
    "took to the streets": "protested", "taken to the streets": "protested", "take to the streets": "protested",
    "taking to the streets": "protested",
    # Damaged beyond repair: "300 cars were written off" were destroyed.
    "were written off": "destroyed", "was written off": "destroyed", "been written off": "destroyed",
    # Set on fire: "40 homes were set alight", "set ablaze", "went up in flames".
    "set alight": "burned", "set on fire": "burned", "set ablaze": "burned", "set fire to": "burned",
    "went up in flames": "burned", "gone up in flames": "burned", "burnt out": "burned", "burned out": "burned",
    "burned down": "burned", "burnt down": "burned", "razed to the ground": "destroyed",
    # Entered and robbed: "90 shops were broken into" were burgled (looted).
    "broken into": "looted", "broke into": "looted",
    # Called off: "400 flights were called off" were cancelled.
    "called off": "cancelled",
    # Closed for good or for now: "40 plants were shut down", "closed down", "closed their doors".
    "shut down": "closed", "closed down": "closed", "closed their doors": "closed", "shut their doors": "closed",
    # Killed on purpose: "3,000 pigs were put down".
    "put down": "culled", "put to sleep": "culled",
    "went to the bottom": "sank", "gone to the bottom": "sank",
    # Brought down on purpose: "40 homes were pulled down", "knocked down", "bulldozed".
    "pulled down": "destroyed", "knocked down": "destroyed", "torn down": "destroyed", "bulldozed": "destroyed",
    "reduced to rubble": "destroyed",
    "suffered damage": "damaged", "sustained damage": "damaged", "were left damaged": "damaged",
    "treated at the scene": "injured", "suffered injuries": "injured", "suffered minor injuries": "injured",
    "suffered serious injuries": "injured", "sustained injuries": "injured",
    "fell sick": "ill", "fallen sick": "ill", "were taken sick": "ill",
    "caught the virus": "infected", "caught the disease": "infected",
    "lost their homes": "displaced", "left homeless": "displaced", "made homeless": "displaced",
    "moved to safety": "evacuated", "ordered to leave their homes": "evacuated", "told to leave their homes": "evacuated",
    "pulled from sale": "recalled", "pulled from stores": "recalled",
    "downed tools": "striking", "walked off the job": "striking",
    "taken into custody": "arrested", "found guilty": "convicted", "shot dead": "died",
    "pulled from the rubble": "rescued", "brought out alive": "rescued", "dug out alive": "rescued",
    "lost their lives": "died", "lost his life": "died", "lost her life": "died", "were killed": "died",
    "left the rails": "derailed", "left the tracks": "derailed", "came off the rails": "derailed",
    "came off the tracks": "derailed", "jumped the tracks": "derailed", "jumped the rails": "derailed",
    "come off the rails": "derailed", "left the track": "derailed", "came off the track": "derailed",
    # Lost off a vessel into the water, whatever the verb: "40 containers fell into the water",
    # "42 containers went overboard", "25 containers were lost overboard", "washed overboard",
    # "six passengers were swept into the sea" (what was recovered or is on board is another count).
    "overboard": "overboard",
    "fell into the water": "overboard", "fell into the sea": "overboard", "fell into the river": "overboard",
    "fell into the ocean": "overboard", "fell into the harbour": "overboard", "fell into the harbor": "overboard",
    "fallen into the water": "overboard", "fallen into the sea": "overboard", "fallen into the river": "overboard",
    "went into the water": "overboard", "went into the sea": "overboard", "went into the river": "overboard",
    "gone into the water": "overboard", "gone into the sea": "overboard",
    "toppled into the sea": "overboard", "toppled into the water": "overboard", "plunged into the water": "overboard", "plunged into the sea": "overboard",
    "plunged into the river": "overboard", "swept into the sea": "overboard", "swept into the water": "overboard",
    "washed into the sea": "overboard", "tumbled into the water": "overboard", "tumbled into the sea": "overboard",
    "lost over the side": "overboard", "went over the side": "overboard",
    "fell over the side": "overboard",
    **{f"{verb} off the {vessel}": "overboard"
       for verb in ("fell", "fallen", "toppled", "slid", "slipped", "tumbled", "washed", "swept", "plunged")
       for vessel in ("ship", "vessel", "deck", "barge", "ferry", "boat", "freighter", "tanker", "pontoon")},
    # People told something happened to them are the people notified, whatever the message said
    # ("38,000 players were told they had won", "received letters telling them their data was
    # stolen"): the event inside the message is not theirs. Last: "were told to leave the" wins.
    **{f"{aux} {verb} {nxt}": "notified"
       for aux in ("were", "was", "had been", "have been", "has been")
       for verb in ("told", "informed", "notified", "advised", "texted", "emailed", "contacted")
       for nxt in ("that", "they", "their", "by", "of", "on", "in", "via", "last", "this")},
    **{f"{verb} {thing} {nxt}": "notified"
       for verb in ("received", "got", "were sent", "had received", "have received", "had been sent")
       for thing in ("messages", "letters", "texts", "emails", "e-mails", "notices", "notifications", "a message",
                     "a letter", "a text", "an email", "text messages", "calls", "a call")
       for nxt in ("telling", "saying", "informing", "that", "from", "to")},
}
# Words before a figure that make it a place's population: "home to about 18,000 people".
RESIDENT_LEFT = (("home", "to"), ("population", "of"))
# A depth: "at a depth of 300 metres", "90 feet below the surface", "10 km deep"; one
# measure of its own (never a length, a height or a distance).
LENGTH_UNITS = frozenset("km mile m ft cm mm in yd nmi".split())
DEPTH_LEFT = (("depth", "of"), ("depths", "of"))
DEPTH_AFTER = frozenset("below beneath deep underground underwater".split())  # not "down" ("50 metres down the hill")
# The other dimensions of a thing, by the word after a length: "roughly 8 metres across" and "in
# excess of 20 metres wide" are one width (head and event the dimension); "long", "tall", "high".
DIMENSION_AFTER = {"wide": "width", "across": "width", "broad": "width", "long": "length",
                   "tall": "height", "high": "height"}
DIMENSION_LEFT = {("width", "of"): "width", ("diameter", "of"): "width", ("length", "of"): "length",
                  ("height", "of"): "height"}
# How long until help arrived: "officers arrived within eight minutes", "it took police more
# than 25 minutes to arrive", "the ambulance reached the scene after 40 minutes". One duration
# per responder; responders named differently are one when listed here, unnamed ones none.
ARRIVAL_VERBS = frozenset("arrived arrive arrives arriving reached reach".split())
ARRIVAL_AFTER = (("to", "arrive"), ("to", "reach"), ("to", "get"))
RESPONDERS = {"police": "police", "officers": "police", "officer": "police", "detectives": "police",
              "ambulance": "ambulance", "ambulances": "ambulance", "paramedics": "ambulance",
              "firefighters": "fire", "firemen": "fire", "engines": "fire", "brigade": "fire",
              "lifeboat": "lifeboat", "coastguard": "coastguard", "rescuers": "rescuers", "help": "help"}
# How long an activity lasted: "the search lasted 12 hours", "the siege went on for nine days",
# "repairs took three weeks", "a 14-hour blaze", "the three-day strike". Keyed by the activity
# (head the noun, event "lasted"): one activity's length is one fact; two activities never meet.
DURATION_NOUNS = frozenset(
    """search siege operation repair repairs blaze fire rescue strike walkout stoppage standoff stand-off
    talks trial hearing closure outage blackout shutdown evacuation lockdown journey flight delay delays wait
    meeting debate negotiations deliberations surgery match game clean-up cleanup investigation inquiry
    recovery restoration works occupation protest sit-in hunt manhunt chase pursuit flood flooding storm
    heatwave drought curfew ban suspension session marathon ordeal battle fight""".split())
DURATION_VERBS = frozenset("lasted lasting lasts last took take takes taking".split())
# Verbs of an activity whose length is told by "for": "the jury deliberated for nine hours" is
# how long the deliberations went on, as "after 14 hours of deliberation" (keyed by the noun).
ACTIVITY_DURATION_VERBS = {
    "deliberated": "deliberation", "deliberating": "deliberation",
    "negotiated": "negotiation", "negotiating": "negotiation",
    "debated": "debate", "debating": "debate",
    "searched": "search", "searching": "search",
    "testified": "testimony", "testifying": "testimony",
    "questioned": "questioning", "interrogated": "questioning",
    "struck": "strike", "striking": "strike",
    "protested": "protest", "protesting": "protest",
    "operated": "operation", "sheltered": "shelter", "queued": "wait", "queuing": "wait",
    "waited": "wait", "waiting": "wait",
}
# "14 hours of deliberation": the noun after "of" is the activity (singular, as its verb maps).
ACTIVITY_DURATION_NOUNS = {
    "deliberation": "deliberation", "deliberations": "deliberation", "negotiation": "negotiation",
    "negotiations": "negotiation", "talks": "negotiation", "debate": "debate", "testimony": "testimony",
    "questioning": "questioning", "interrogation": "questioning", "searching": "search",
    "search": "search", "surgery": "operation", "strike": "strike",
    "protest": "protest", "protests": "protest", "waiting": "wait", "delays": "wait", "delay": "wait",
}
# two-word verbs of lasting: "went on for", "ran for", "continued for", "dragged on for"
DURATION_PAIRS = frozenset((("went", "on"), ("go", "on"), ("goes", "on"), ("going", "on"), ("dragged", "on"),
                            ("drags", "on"), ("ran", "for"), ("run", "for"), ("continued", "for"), ("raged", "for"),
                            ("burned", "for"), ("burnt", "for"), ("burning", "for"), ("raged", "on")))
DURATION_COMPOUND_UNITS = frozenset("hour day week month minute".split())
DURATION_EVENT = "lasted"
# Events whose word means something else of an amount of money: "charged up to £600 per essay".
NOT_MONEY_EVENTS = frozenset(("charged",))
# ... and events whose word of money means another event: "diverted $3.2m in donations" is
# money taken, as "siphoned" or "embezzled" (a flight is diverted; an amount is taken).
MONEY_EVENTS = {"diverted": "received"}
# Charges in court ("counts", "charges") are faced from the indictment on: "faces 14 counts"
# is "charged with 14 counts"; what the jury convicted on is another stage.
CHARGE_HEADS = frozenset(("count", "charge"))
CHARGE_FACING_EVENTS = frozenset(("faces",))
# A surface an area lies on ("12 square kilometres of water", "of open sea", "of land") is no
# kind of thing counted: the area itself is the figure, named by its subject ("the bloom").
SURFACE_NOUNS = frozenset("water waters sea seawater lake ocean land ground surface coast coastline "
                          "seabed seafloor territory countryside terrain shoreline beach".split())
# Participles after which "with" is no having: "charged with 16 counts", "credited with",
# "faced with", "presented with" (the verb's object, not what the subject holds).
NOT_HAVING_WITH = frozenset("charged credited faced presented hit slapped accused tasked "
                            "saddled associated connected linked".split())
# ... and before which a compound ("a 14-hour blaze", "the 30-hour search") gives how long it went
# on: things whose length is told after the fact. "A 10-day strike", "a two-week ban", "a
# three-day hearing" are announced lengths, and stay compounds.
DURATION_COMPOUND_NOUNS = frozenset(
    """search siege blaze fire rescue operation standoff stand-off manhunt hunt chase pursuit ordeal
    battle outage blackout delay wait""".split())
# "valued for insurance at 1 million" is the insured amount, not the market value.
INSURANCE_WORDS = frozenset(("insured", "insurance"))
# Leaving with something is taking it: "the gang escaped with 40 watches", "made off with
# 2 million euros" count what was taken (the "received" class: stolen, taken, embezzled).
# "a truck loaded with 48,000 doses", "a ship laden with 2,000 tonnes": the cargo aboard (the
# verb after the figure is the vehicle's: "a van packed with 300 parcels was stolen").
CARGO_WITH_VERBS = frozenset("loaded laden packed filled stocked crammed stacked piled".split())
TAKEN_WITH_VERBS = frozenset("escaped escape escaping fled flee fleeing off away".split())
# "off" and "away" only after these ("made off with", "got away with"; not "paid off with").
TAKEN_WITH_PARTICLE_VERBS = frozenset("made make makes making ran run runs running got get gets getting".split())
# Events of a place rather than of the story's event (a population): two such figures are
# compared only when both sentences name the same place ("the Nkhwazi camp", "the Nkwazi
# camp"); "the village, home to 800 people" and "the town, home to 12,000" are not.
PLACE_EVENTS = frozenset(("resident",))
# What a breach exposes: "the personal details of 640,000 customers" counts the customers
# affected; a specific item ("the account numbers of 41,000 customers") narrows the count.
DATA_NOUNS = frozenset(
    "details data information records numbers passwords addresses passports identities "
    "credentials".split()
)
# "records" hold any data: "the records of 120,000 patients" are their data.
GENERIC_DATA_NOUNS = frozenset("details data information records".split())
# A penalty in money is a fine, however it is paid: "fined 1.8 million euros" and "paid a
# 1.3 million euro penalty" are one fact.
FINE_NOUNS = frozenset("fine fines penalty penalties".split())
# Verbs of having before a figure: "which has 2.1 million customers" is a stock, never the
# count of an event. An organisation's holdings are one too: "runs 210 branches", "operates
# 80 stores", "owns 12 hotels" count all it has, never the ones an event touched ("opened 40
# branches on Sunday", "closed 30 stores").
HAVING_WORDS = frozenset(
    "has have had having holds hold with employs represents represent representing "
    "runs operates owns operating owning".split()
)
# A first- or second-person possessive right before a figure names the speaker's own set: "the
# evacuation order for our two villages" (a group's bulletin) is not the four villages evacuated
# (qualifier "owned": compared only with another such set). "Its 900 employees", "their 40
# branches" are the whole and stay unqualified.
POSSESSIVE_DETERMINERS = frozenset("our my your".split())
# Two-word verbs of representing: "the union, which speaks for nearly 900 pilots" is a stock,
# as "represents more than 1,100 pilots" is.
HAVING_PAIRS = frozenset((("speaks", "for"), ("speak", "for"), ("speaking", "for")))
# A licensed or designed capacity ("licensed to carry 180 passengers", "a capacity of 500
# people") is a limit, not a count of the event: its own class, never lent to bare figures.
CAPACITY_LEFT = (("to", "carry"), ("to", "hold"), ("to", "take"), ("to", "seat"), ("capacity", "of"),
                 ("capacity", "for"))
CAPACITY_CUES = frozenset("licensed certified designed permitted authorised authorized approved rated".split())
# "the average teacher's pay", "monthly pay": the noun pay is earnings, not a payment made.
PAY_NOUNS = frozenset("pay".split())
PAY_NOUN_BEFORE = frozenset(
    "average median basic monthly annual yearly weekly starting typical mean take-home gross net "
    "their his her its our the".split()
)
# "a pay rise", "a pay deal": pay only modifies the noun; the verb before it is the event.
PAY_COMPOUND_NOUNS = frozenset("rise rises raise raises increase increases hike hikes award deal offer claim".split())
# "a pay rise of 6%", "a wage increase of 3%": the figure is the offered rise, not a change.
PAY_RISE_NOUNS = frozenset("pay wage wages salary salaries".split())
# An offer that replaced another ("the improved offer of 8 percent"): never contradicts the first.
REVISED_CUES = frozenset("improved revised new sweetened better higher latest fresh enhanced increased "
                         "updated amended second third".split())
# Rates of earnings ("42,300 crowns a month"): a monthly and a yearly figure never align.
RATE_PERIODS = {"month": "monthly", "year": "yearly", "week": "weekly", "day": "daily", "hour": "hourly",
                "annum": "yearly"}
RATE_WORDS = {"monthly": "monthly", "annually": "yearly", "yearly": "yearly", "weekly": "weekly",
              "hourly": "hourly", "daily": "daily"}

# "85 people were taken to hospital": hospitalised, although "taken" alone reads as received.
TO_HOSPITAL_VERBS = frozenset("taken rushed brought admitted airlifted flown sent transferred".split())
HOSPITAL_NOUNS = frozenset(("hospital", "hospitals"))

# --- cumulative tallies ------------------------------------------------------------------------
# Counts that only grow while a story unfolds: a larger figure in a LATER article is an update
# (the toll rose), not a contradiction. Events of EVENT_CLASSES and counted heads (singular).
# Not here: stocks that also fall (people displaced or in hospital now, people detained), so
# "nearly 8,000 displaced" then "at least 12,000 displaced" a day later is still reported.
CUMULATIVE_EVENTS = frozenset(
    "died injured arrested evacuated transferred infected rescued casualties signed raised complained burned "
    "ill tested pledged disqualified notified".split()
)
# Words that say a tally is still being counted when it is stated ("have died", "has now
# tested", "so far", "since the alert", "had burned by Tuesday"). The injured of one event
# (HARM_EVENTS) are a later update only when one of the two sentences says the count was still
# open; "nearly 20 passengers were hurt" then "31 passengers were injured in the collision"
# are two accounts of a finished event and are compared as usual. Tallies of a process
# (cases, signatures, arrests, samples tested, pledges) grow by nature and need no cue.
ONGOING_CUES = frozenset(
    "has have had now far since by until toll total rose risen climbed climbing rising reached "
    "updated latest date continue continues continued counting".split()
)
# Words that make a count what is LEFT at a later time ("20,000 homes were still without
# power", "12 remain missing", "the remaining 300", "have yet to be reconnected"): never
# compared with the count at the peak ("400,000 homes lost power"), a different fact.
RESIDUAL_CUES = frozenset("still remain remains remained remaining yet currently".split())
# Deaths are not here: a death toll rises after the event (bodies found, the injured die), so
# a later, larger toll stays an update in any wording.
HARM_EVENTS = frozenset(("injured",))
# Verbs that send a team: a small count with one of them is still a fact ("sent five
# investigators"); without one, "the two sides", "seven defendants" are not tallies.
DISPATCH_VERBS = frozenset("sent sending dispatched deployed deploying mobilised mobilized".split())
# Events of a named giver: two pledges are compared only when both sentences name the same
# giver ("the Western Development Bank pledged ..." and "pledges from the bank").
GIVER_EVENTS = frozenset(("pledged",))
CUMULATIVE_HEADS = frozenset(
    "toll case infection death injury casualty arrest evacuee complaint claim signature "
    "donation pledge application report sighting victim patient".split()
)
# Nouns of the people a tally is about, not of the event: "patients", "victims" grow only as
# the tally of a growing event does ("patients infected", "victims who died"). With another
# event or none ("patients affected by the shortage", "patients on the waiting list", "the
# victims named by police") they are a count like any other, and a later larger one disputes.
ROLE_TALLY_HEADS = frozenset("victim patient".split())

# --- time anchors ------------------------------------------------------------------------------
# A figure whose clause names another time ("in 2011", "last year's outbreak", "the previous
# fire") counts another event; it aligns only with figures anchored on the same time.
ANCHOR_PREPOSITIONS = frozenset("in during of the throughout".split())
PAST_ANCHOR_WORDS = frozenset("previous earlier prior former last".split())
# "That epidemic killed more than 200 people": a demonstrative of distance before an event
# noun points back to another event (the current one is "the" or "this" outbreak).
DISTANT_DEMONSTRATIVES = frozenset(("that", "those"))
# Nouns of an event that "previous/earlier/last ..." may name ("the previous outbreak").
PAST_EVENT_NOUNS = frozenset(
    "outbreak epidemic pandemic fire wildfire blaze flood floods flooding storm hurricane "
    "cyclone typhoon quake earthquake eruption disaster crash accident collapse attack "
    "election vote poll referendum season campaign strike walkout recall breach leak hack "
    "crisis war conflict tournament championship final edition race trial case scandal "
    "tragedy incident spill drought heatwave famine".split()
)
# Periods "that" points back to: "That year, 31 miners died", "that summer". Not "that day"
# or "that night", which often are the current event's.
PAST_TIME_NOUNS = frozenset("year summer winter spring autumn decade".split())
# Events that happen once (a fine, a fee): their year belongs to them, so "fined 1.8 million
# in 2021" still aligns with an undated "a 1.3 million fine" (but not with another year's).
# A substance measured by volume or weight that got out ("an estimated 4,000 barrels of crude
# had escaped", "more than 6,000 barrels leaked into the river", "2 million litres of sewage
# were discharged", "some 9,000 barrels of crude entered the river"): one event, "spilled".
SPILL_UNITS = frozenset(("bbl", "l", "t", "kg", "gal", "m3", "ml"))
SPILL_VERBS = frozenset(
    "spilled spilt spill spills spilling leaked leak leaks leaking escaped escaping seeped seeping "
    "gushed spewed released discharged dumped vented".split())
# Verbs of motion that are a spill only into a place: "entered the river", "flowed into the sea".
SPILL_MOTION_VERBS = frozenset("entered flowed poured washed ran drained went reached streamed overflowed".split())
# A measured amount after "<noun> of" is that noun's ("a jackpot of £6.2m", "gusts of 60 km/h"),
# except nouns that name no thing of their own: "a total of £3m", "an area of 300 ha".
GENERIC_MEASURE_NOUNS = frozenset(
    "total sum amount area volume quantity equivalent average maximum minimum figure excess upwards "
    "region range order tune value worth distance length stretch height depth width rate speed level "
    "most some all any each many part half third quarter lot lots plenty number".split())
# "£250,000 last week", "this year": the words that make a period noun a time, never a head.
TIME_DEICTICS = frozenset("last this next that every each".split())
SPILL_SKIP = frozenset("had has have was were is are been being already then also".split())
# Area units: land is "burned", "scorched" or "destroyed" by a fire: one event.
# A mass that came down (a landslide, a collapse, a rockfall): "an estimated 40,000 tonnes of earth
# and rock fell onto the road", "some 38,000 tonnes of material came down", "2,000 tonnes of
# rubble collapsed into the street" are one event, "fell"; a verb of motion only with "down".
FALL_UNITS = frozenset(("t", "kg"))
FALL_VERBS = frozenset("fell fallen falls falling collapsed slid slumped tumbled toppled cascaded".split())
FALL_DOWN_VERBS = frozenset("came come comes coming crashed crashing poured pouring rained slipped sliding rolled".split())
# Simple past forms of irregular verbs: never part of the noun phrase after a figure ("38,000
# tonnes of material came down", "12 wagons fell into the river", "300 people went home").
IRREGULAR_PAST = frozenset(
    "came fell went ran rose grew began broke sank flew drove blew slid struck swept stood caught "
    "brought fought took gave got saw told became shook froze swam wore tore threw drew rode".split())
AREA_UNITS = frozenset(("ha", "acre", "km2", "mi2", "m2", "ft2"))
AREA_ONLY_EVENTS = frozenset(("sprayed",))
# The shocks whose size is a magnitude ("a magnitude 6.4 earthquake"): counted.py
QUAKE_NOUNS = frozenset("earthquake earthquakes quake quakes tremor tremors aftershock aftershocks".split())
# A post with no one in it is a vacancy, however the story words it: "40 posts are vacant",
# "60 vacant midwife posts", "38 vacancies", "unfilled roles" (a stock the hospital "has" or
# "carries", never posts cut or created).
VACANT_WORDS = frozenset("vacant unfilled empty".split())
# Verbs by which an order, a recall or a ban states what it takes in: "the evacuation order
# issued Jan. 16 covers 32 homes" counts the homes evacuated (the event its subject names).
COVER_VERBS = frozenset("covers covered covering affects affected applies applied includes included".split())
VACANCY_HEADS = frozenset("post job position role vacancy".split())
# "The festival drew 80,000 people" is its attendance; "1,200 households drew water" is not.
DREW_VERBS = frozenset("drew draws drawing".split())
AREA_EVENTS = frozenset(("burned", "destroyed"))
ONE_OFF_EVENTS = frozenset("fined paid cost worth sentenced offered sought earned".split())
# Heads that stand for any countable thing already named ("80,000 of them", "12,500 others").
ANAPHORIC_HEADS = frozenset("them those others ones units parts items pieces these".split())
# Heads that stand for any group of people ("a million people" = "one million <group>").
PERSON_HEADS = frozenset("people persons individuals inhabitants".split())
# "licensed to carry 1800 passengers": a four-digit number before one of these plural nouns,
# after a verb, counts them; "the 2011 floods", "in 1994 people" stay years.
YEAR_LIKE_COUNT_NOUNS = frozenset(
    "people passengers persons residents workers homes houses households customers patients "
    "visitors spectators students pupils teachers members soldiers troops refugees migrants".split()
)
YEAR_BEFORE_WORDS = frozenset(
    "the a an in of since by from until till to before after during its their his her our this "
    "that these those and or than until between".split()
)
# Past participles not ending in -ed: "had their flights cut", "the paper, sat by 84,000
# candidates" (the "-ed" ones are recognised by their ending).
IRREGULAR_PARTICIPLES = frozenset(
    "sat taken stolen frozen cut shut held hit broken seen given written run sold lost put set "
    "won read made left kept spent paid sent built beaten driven shown thrown torn worn chosen "
    "drawn known grown withdrawn overturn overturned".split()
)
# Events of care or illness: "with <condition>" after their noun says why ("admitted 1,240
# people with heat-related illness"), not which people; "people with disabilities
# evacuated" keeps its qualifier.
CONDITION_EVENTS = frozenset("hospitalised ill injured infected".split())
# Words that open a relative clause which narrows what is counted: "customers whose bank
# details were exposed" are not "customers affected".
RELATIVE_QUALIFIERS = frozenset("whose with without who that which where".split())
# Adjectives that change what is counted: "suspected cases" and "confirmed cases" differ.
QUALIFIERS = frozenset(
    "suspected confirmed probable possible new additional total active recovered "
    "foreign domestic local international civilian military adult child children "
    "registered eligible valid invalid postal early suspended".split()
)
# Scope words: "412,000 worldwide" and "80,000 in Europe" count different sets.
SCOPE_WORDS = frozenset("worldwide globally nationwide internationally overall abroad locally".split())
# Words that can never be the counted noun (function words, verbs of saying...).
NOT_HEAD = frozenset(
    "the a an of in on at by for from to with and or but as than that this these those "
    "which who whom whose what when where while was were is are be been being has have had "
    "will would could should may might can must do did does not no per each every all any "
    "its their his her our your my said says say told according more less most least about "
    "some other another such same new so also still just only yet further there here it he "
    "she they we you i across around over under after before since during until into onto "
    "out up down off like among between within without against toward towards via outside "
    "inside times remain remained through throughout despite beyond once unless if because although though "
    "whereas whether".split()
)
# Words on the left that link a noun to its figure: "turnout was 61%", "a toll of 143".
LINK_WORDS = frozenset(
    "was were is are stood stands reached reaching rose risen climbed hit totalled totaled "
    "totals numbered numbers of at to worth valued put estimated be been became becomes "
    "remained remains".split()
)
# Nouns a figure may follow with a link word: "turnout was 61%", "a toll of 143", "a
# contract worth 380 million". Only these: "a mother of four" is not a count of mothers.
LEFT_HEADS = frozenset(
    "toll turnout margin lead majority total number count tally figure rate share budget cost "
    "costs value price fine fines bill contract deal salary loss losses profit profits revenue "
    "revenues debt population attendance crowd score sentence penalty compensation damages "
    "bail ransom bonus award reward payout settlement investment aid fund funding package fee "
    "subsidy deficit shortfall overspend overrun surplus income turnover sales exports imports output production "
    "unemployment inflation growth rise increase drop fall decline".split()
)
# Spelling variants: heads matching at this difflib ratio are one thing (Uighur/Uyghur).
HEAD_SIMILARITY = 0.8
HEAD_SIMILARITY_SKELETON = 0.7

# --- "first since" and superlatives --------------------------------------------------------
# Words that open a "first/largest ... since YEAR" claim, grouped by meaning.
# Superlatives of one scale are one class: size or strength (largest, strongest, most
# powerful) and severity (worst, deadliest, most severe). The two classes stay apart: a quake
# can be the strongest since 1988 and the deadliest since 1962. "most X" is one space apart.
SUPERLATIVES = {
    "first": "first",
    "largest": "largest", "biggest": "largest", "greatest": "largest", "highest": "highest",
    "strongest": "largest", "most powerful": "largest", "most intense": "largest",
    "lowest": "lowest", "smallest": "smallest",
    "worst": "worst", "deadliest": "worst", "most severe": "worst", "most serious": "worst",
    "most destructive": "worst", "most damaging": "worst", "most devastating": "worst",
    "heaviest": "heaviest", "longest": "longest",
    "warmest": "warmest", "hottest": "warmest", "coldest": "coldest", "wettest": "wettest",
    "driest": "driest", "fastest": "fastest", "best": "best",
}
# "first half", "first quarter", "first-hand": not a "first since" claim.
FIRST_NOT = frozenset("half quarter round leg stage day week month year time's hand".split())
# Modifiers of one meaning in a "first X since" claim: "the first fatal accident" is "the first
# deadly accident". Hyphenated modifiers also match by their parts ("boil-water notice", "boil
# notice").
MODIFIER_SYNONYMS = {"deadly": "fatal", "lethal": "fatal", "fatal": "fatal", "killer": "fatal"}
# Prepositions that open a claim whose head is elided and is the subject: "the quake was the
# most powerful in the province since 1962", "the escape is the first from the zoo since 2001",
# "the win was the first for the club since 1990" (after a copula only: rules/first_since.py).
ELIDED_SUBJECT_PREPOSITIONS = frozenset("in on at across along within anywhere to from for".split())
# Nouns that name one kind of event in a "first X since" claim.
SINCE_SYNONYMS = (
    frozenset("failure collapse burst breach break rupture".split()),
    # A structure coming down: "the first collapse at the mine", "the first roof fall there",
    # "the first cave-in" (not "failure": a fall is no burst).
    frozenset("collapse fall cave-in rockfall".split()),
    # Property taken: "the first theft from the gallery", "its first burglary", "a robbery".
    frozenset("theft thefts burglary burglaries robbery robberies heist break-in".split()),
    frozenset("trial tried prosecution prosecuted".split()),
    frozenset("visit trip tour".split()),
    frozenset("strike walkout stoppage".split()),
    frozenset("win victory triumph".split()),
    frozenset("defeat loss".split()),
    frozenset("recall recalled".split()),
    frozenset("signing signed transfer".split()),
    frozenset("election vote ballot poll".split()),
    frozenset("attack bombing".split()),
    frozenset("earthquake quake tremor".split()),
    frozenset("flood flooding floods".split()),
    frozenset("eruption erupted".split()),
    frozenset("execution executed".split()),
    frozenset("evacuation evacuated evacuate evacuations emptied".split()),
    frozenset("investigation inquiry probe".split()),
    # "the first full closure of a bridge" and "the first time a crossing has been shut"
    frozenset("closure closed shut shutdown".split()),
    frozenset("request requested appeal".split()),
)
# "a formal investigation, its first into a bank since 2016": a preposition right after
# "first" means the head is elided and named before the comma.
ELIDED_HEAD_PREPOSITIONS = frozenset("into of by against on in for at to from with over".split())
# Prepositions that introduce the object of a "first X" event: "investigation of a bank"
# (not "by": "an inquiry by the watchdog" names the agent).
OBJECT_PREPOSITIONS = frozenset("of into against on for at in".split())
# "The decision to request aircraft was the first since 2018": the verb is the event.
DECISION_NOUNS = frozenset("decision move plan choice order bid call vote attempt".split())
# Heads too vague to align two "first ... since" claims on their own ("the first time").
GENERIC_SINCE_HEADS = frozenset("time thing one event case incident step move day week month year".split())
# Modifiers that do not change which "first" is meant: "the first full evacuation" is "the
# first evacuation"; other modifiers must agree ("first home win" is not "first away win").
TOLERATED_MODIFIERS = frozenset(
    "full complete formal official whole entire total nationwide national countrywide major "
    "big large large-scale significant serious real genuine proper outright such".split()
)
# Relative forms: "in a decade", "in a generation".
SINCE_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "generation": 25, "generations": 25, "century": 100}


# --- one count per article: which events say the same thing ---------------------------------
# A noun the story counts with one value per article (rules/figures.py _sole_heads) is one fact
# whatever verb each article gives it ("clinics were affected", "clinics reported
# cancellations", "a truck holding 50,000 doses", "carrying 48,000 doses"), unless the verbs are
# known to be different roles or stages of the counted things: the events below. A figure with
# one of them is compared across events only with the same event ("500 homes damaged" and "50
# homes destroyed"; "14 injured" and "3 died"; "200 jobs created" and "300 jobs cut").
DISTINCT_STAGE_EVENTS = frozenset(
    "died injured hospitalised ill infected missing trapped rescued evacuated displaced returned "
    "released arrested detained sentenced escaped tested vaccinated recovered restored damaged "
    "destroyed flooded burned looted derailed cast invalid signed won conceded scored fired hired "
    "cut lost pledged paid cost spent earned fined raised sold produced shipped recalled traced "
    "transferred striking protested attended complained challenged disqualified outage insured "
    "margin worth offered sought received resident participated capacity size notified casualties "
    "deployed overboard arrived fell spilled represent listed culled sank lasted charged convicted acquitted delayed diverted abducted evicted quarantined".split())
# Distinct stages that are one fact for a thing counted once per article: "the fire destroyed 300
# homes" and "some 120 homes burned" (as AREA_EVENTS for land). Not "arrested" and "detained":
# "detained" also holds the jailed and the interned.
SAME_FACT_EVENTS = {"burned": "destroyed"}
# Events that take in every narrower one: "120 clinics were affected" includes the clinics that
# cancelled, closed or ran out. A narrower count may be smaller than the umbrella's (never a
# contradiction) but not larger ("125 clinics cancelled" against "fewer than 60 affected").
UMBRELLA_EVENTS = frozenset(("affected",))

# Units of a physical amount (length, area, volume, weight): a figure of one of them with no
# noun and no event ("the company put the volume at up to 45m litres", "the search covers
# about 40 sq km") is still the story's measure in that unit when every article gives that unit
# one value (rules/figures.py _bare_measures). Not rates, power or magnitudes.
BARE_MEASURE_UNITS = frozenset("acre bbl cm ft ha in kg km km2 l m mile mm t mi2 m2 ft2 m3 gal yd nmi lb".split())
