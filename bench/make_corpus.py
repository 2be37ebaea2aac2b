"""Generate a synthetic news corpus for benchmarks: stories of a few articles, or one big story.

Every story is invented from templates (a domain, made-up places, people and outlets) with
varied wording, figures, hedges, dates and quotes, so that each rule has work to do: most
articles agree, some shift a date by a day, round or hedge a figure, or change a word of a
quote. The output is deterministic for a given seed (``random.Random(seed)``, no clock).

    python bench/make_corpus.py OUT --stories 200 --articles 5 --seed 1
    python bench/make_corpus.py OUT --single-story 500 --seed 1

Layout: OUT/<story>/<NN>_<outlet>.txt, one directory per story; about 3 KB per article,
like the sample articles.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_SYL = ("ka", "lo", "ver", "dan", "mi", "sel", "tor", "ra", "bel", "no", "vik", "sa", "len",
        "do", "mar", "ta", "hal", "ri", "gen", "os", "plo", "ne", "stad", "ber", "ul", "zan")
_FIRST = ("Amina", "Jonas", "Marta", "Ivo", "Leila", "Tomas", "Ines", "Karim", "Sofia", "Piet",
          "Noor", "Elena", "Rafael", "Yara", "Anders", "Mira", "Dario", "Hana", "Oskar", "Lena")
_OUTLET_WORDS = ("Wire", "Gazette", "Herald", "Courier", "Post", "Tribune", "Ledger", "Review",
                 "Chronicle", "Press", "Times", "Observer", "Monitor", "Dispatch")
_OUTLET_ADJ = ("Northern", "Coastal", "Daily", "Evening", "Morning", "Capital", "Valley",
               "Metro", "National", "Regional", "Civic", "Harbour", "Central", "Western")


def _name(rng: random.Random, syllables: int = 2) -> str:
    return "".join(rng.choice(_SYL) for _ in range(syllables)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {_name(rng, rng.choice((2, 3)))}"


def _date_text(d: dt.date, rng: random.Random, weekday: bool = False) -> str:
    month = MONTHS[d.month - 1]
    text = rng.choice((f"{month} {d.day}", f"{d.day} {month}"))
    return f"{WEEKDAYS[d.weekday()]}, {text}" if weekday else text


def _range_text(a: dt.date, b: dt.date, rng: random.Random) -> str:
    month = MONTHS[a.month - 1]
    if a.month == b.month:
        return rng.choice((f"{month} {a.day}-{b.day}", f"{month} {a.day} to {b.day}",
                           f"{a.day} to {b.day} {month}"))
    return f"{month} {a.day} to {MONTHS[b.month - 1]} {b.day}"


def _figure(n: int, rng: random.Random, variant: bool) -> str:
    """A figure as a journalist writes it: digits, hedged, sometimes rounded."""
    if variant:
        mode = rng.random()
        if mode < 0.4:
            n = int(n * rng.choice((1.1, 1.25, 0.8)))  # a different number: a contradiction
        elif mode < 0.7:
            return f"more than {max(1, (n // 100) * 100 or n // 2):,}"
        else:
            return f"nearly {((n // 100) + 1) * 100:,}" if n >= 100 else f"nearly {n + 1}"
    return rng.choice((f"{n:,}", f"some {n:,}", f"about {n:,}", f"{n:,}", f"at least {n:,}"))


# Each domain: event word, figure nouns, fact sentences (with {placeholders}) and colour.
DOMAINS = {
    "flood": dict(
        event="floods", figures=("people died", "people are still missing", "homes were destroyed"),
        facts=(
            "The {event}, which lasted from {range}, swept through towns along the {river} river.",
            "{fig0} in the {event}, the health ministry said on {weekday}.",
            "Another {fig1}, the ministry added, warning that the search could take weeks.",
            "{fig2}, according to the national disaster agency in {place}.",
            "It was the worst flooding in the province since {since}, officials said.",
            "The {river} dam burst late on {date}, sending water into the lower valley.",
        ),
    ),
    "strike": dict(
        event="strike", figures=("workers walked out", "trains were cancelled", "passengers were affected"),
        facts=(
            "The {event} will run from {range}, the {org} union said.",
            "About {fig0} on the first day, according to the union.",
            "The operator said {fig1} across the network on {weekday}.",
            "{fig2}, the transport ministry in {place} estimated.",
            "It is the first national {event} since {since}, when wages were frozen.",
            "Talks between the union and the operator broke down on {date}.",
        ),
    ),
    "recall": dict(
        event="recall", figures=("vehicles are affected", "complaints were filed", "crashes were reported"),
        facts=(
            "The {event}, announced on {date}, covers models built from {range}.",
            "{fig0} worldwide, the carmaker {org} said in a statement.",
            "Regulators in {place} said {fig1} before the {event} was ordered.",
            "{fig2}, according to the road safety agency.",
            "It is the largest {event} for the company since {since}.",
            "Owners will be contacted by letter from {date2}, the company said.",
        ),
    ),
    "trial": dict(
        event="trial", figures=("witnesses testified", "documents were seized", "people were charged"),
        facts=(
            "The {event} in {place} ran from {range}, court records show.",
            "{fig0} for the prosecution, the court said on {weekday}.",
            "Investigators said {fig1} during raids on the offices of {org}.",
            "{fig2} in connection with the case, according to prosecutors.",
            "It was the first corruption {event} of a sitting minister since {since}.",
            "The verdict is expected on {date2}, the judge said.",
        ),
    ),
    "election": dict(
        event="election", figures=("voters cast ballots", "polling stations opened", "observers were deployed"),
        facts=(
            "The {event} was held on {date}, and results were announced on {date2}.",
            "{fig0}, the electoral commission of {place} said.",
            "Officials said {fig1} across the country on {weekday}.",
            "{fig2} by the {org} mission, according to its head.",
            "Turnout was the highest since {since}, the commission said.",
            "Campaigning ran from {range} under new spending limits.",
        ),
    ),
}

COLOUR = (
    "Residents of {place} described the scene to reporters as crews worked through the night.",
    "{person}, a shopkeeper in {place}, said the neighbourhood had never seen anything like it.",
    "Opposition politicians called for an independent review and said answers were overdue.",
    "Aid groups said supplies were reaching most areas, though some roads remained closed.",
    "The government has promised a full report, but gave no date for its publication.",
    "Local officials held a briefing in the town hall, where residents queued for information.",
    "Analysts said the episode would weigh on the governing coalition ahead of the budget debate.",
    "Several families said they had received no information from the authorities for days.",
    "The regional council met in an emergency session and approved additional funding.",
    "Volunteers from neighbouring towns arrived with food, blankets and medicine.",
    "Critics say the warning signs were ignored for years by successive administrations.",
    "The {org} said it would cooperate fully with any inquiry into what went wrong.",
)
QUOTES = (
    "We will not rest until every question has been answered",
    "People want to know who knew what, and when",
    "This was a failure of planning, not of the people on the ground",
    "We are doing everything we can to help those affected",
    "There was no warning, nothing, and then it was too late",
    "The figures will change as we learn more in the coming days",
)
_SWAPS = {"every": "each", "know": "learn", "failure": "fault", "everything": "all",
          "nothing": "none", "change": "rise", "answered": "addressed", "planning": "policy"}


def _vary_quote(q: str, rng: random.Random) -> str:
    words = q.split()
    idx = [i for i, w in enumerate(words) if w.strip(",") in _SWAPS]
    if idx:
        i = rng.choice(idx)
        words[i] = words[i].replace(words[i].strip(","), _SWAPS[words[i].strip(",")])
    return " ".join(words)


class StoryPlan:
    """The facts of one invented story; articles are renderings of it with variations."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.domain = rng.choice(sorted(DOMAINS))
        d = DOMAINS[self.domain]
        self.event = d["event"]
        self.place = _name(rng, 3)
        self.river = _name(rng, 2)
        self.org = _name(rng, 2) + " " + rng.choice(("Group", "Federation", "Union", "Institute"))
        year = rng.randint(2015, 2025)
        self.start = dt.date(year, rng.randint(1, 11), rng.randint(1, 20))
        self.end = self.start + dt.timedelta(days=rng.randint(2, 8))
        self.date = self.start + dt.timedelta(days=rng.randint(0, 2))
        self.date2 = self.end + dt.timedelta(days=rng.randint(3, 20))
        self.since = year - rng.randint(3, 40)
        self.numbers = [rng.choice((rng.randint(12, 99), rng.randint(100, 9999), rng.randint(10000, 990000)))
                        for _ in d["figures"]]
        self.speakers = [_person(rng) for _ in range(3)]
        self.quotes = rng.sample(QUOTES, 3)
        self.slug = f"{self.place.lower()}-{self.domain}"

    def article(self, k: int, n_articles: int) -> tuple[str, str]:
        """(file name, text) of the k-th article; later articles are published later."""
        rng = random.Random(self.rng.random())
        d = DOMAINS[self.domain]
        outlet = f"{rng.choice(_OUTLET_ADJ)} {rng.choice(_OUTLET_WORDS)}"
        abbr = "".join(w[0] for w in outlet.split()).upper() + rng.choice("SXWN")
        published = self.end + dt.timedelta(days=1 + (k * 30) // max(1, n_articles))
        deviant = rng.random() < 0.3  # this article gets one fact wrong
        shift = dt.timedelta(days=1 if deviant and rng.random() < 0.5 else 0)
        fields = {
            "event": self.event, "place": self.place, "river": self.river, "org": self.org,
            "range": _range_text(self.start + shift, self.end + shift, rng),
            "date": _date_text(self.date + shift, rng), "date2": _date_text(self.date2, rng),
            "weekday": WEEKDAYS[(published - dt.timedelta(days=rng.randint(0, 4))).weekday()],
            "since": str(self.since + (1 if deviant and rng.random() < 0.3 else 0)),
            "person": _person(rng),
        }
        for i, (noun, n) in enumerate(zip(d["figures"], self.numbers)):
            fig = _figure(n, rng, deviant and rng.random() < 0.4)
            fields[f"fig{i}"] = f"{fig} {noun}"
        paras = [t.format(**fields) for t in rng.sample(d["facts"], rng.randint(4, len(d["facts"])))]
        paras = [p[0].upper() + p[1:] for p in paras]
        for i, (speaker, quote) in enumerate(zip(self.speakers, self.quotes)):
            if rng.random() < 0.7:
                q = _vary_quote(quote, rng) if deviant and rng.random() < 0.3 else quote
                verb = rng.choice(("said", "told reporters", "said on " + fields["weekday"]))
                paras.insert(rng.randint(1, len(paras)), f"“{q},” {speaker} {verb}.")
        colour = [c.format(**fields) for c in rng.sample(COLOUR, len(COLOUR))]
        body = []
        it = iter(colour)
        for p in paras:
            body.append(p)
            if rng.random() < 0.6:
                body.append(" ".join(next(it, "") for _ in range(rng.randint(1, 2))).strip())
        while sum(len(p) for p in body) < 2700:
            body.append(" ".join(rng.sample(colour, 2)))
        title = f"{self.place} {self.event}: {rng.choice(('questions mount', 'what we know', 'officials under pressure', 'the latest'))}"
        header = rng.choice((
            f" date {published.isoformat()} {self.place}, {abbr} – ",
            f"{title}\n\nPublished {published.day} {MONTHS[published.month - 1]} {published.year}\n\n",
            f"{title} | {outlet}\n\n{WEEKDAYS[published.weekday()]}, {MONTHS[published.month - 1]} {published.day}, {published.year}\n\n",
        ))
        trailer = f"\n\n{outlet} ({abbr})\n" if header.startswith(" date") else "\n"
        text = header + "\n\n".join(b for b in body if b) + trailer
        name = f"{k + 1:02d}_{outlet.lower().replace(' ', '-')}.txt"
        return name, text


def generate(out: str, stories: int = 200, articles: int = 5, single_story: int = 0,
             seed: int = 1) -> tuple[int, int]:
    """Write the corpus under OUT; returns (stories, articles) written."""
    rng = random.Random(seed)
    plans = [StoryPlan(random.Random(rng.random())) for _ in range(1 if single_story else stories)]
    per_story = single_story or articles
    written = 0
    for i, plan in enumerate(plans):
        directory = os.path.join(out, f"{i + 1:04d}-{plan.slug}")
        os.makedirs(directory, exist_ok=True)
        for k in range(per_story):
            name, text = plan.article(k, per_story)
            name = f"{k + 1:03d}{name[2:]}" if per_story >= 100 else name
            with open(os.path.join(directory, name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            written += 1
    return len(plans), written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", help="output directory (created)")
    p.add_argument("--stories", type=int, default=200, help="number of stories (default 200)")
    p.add_argument("--articles", type=int, default=5, help="articles per story (default 5)")
    p.add_argument("--single-story", type=int, default=0, metavar="N",
                   help="write one story of N articles instead")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    s, n = generate(a.out, a.stories, a.articles, a.single_story, a.seed)
    print(f"wrote {n} articles in {s} stories to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
