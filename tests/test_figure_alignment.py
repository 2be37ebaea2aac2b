"""Figure alignment across wordings and times (NU201 figures, SR402 attribution drift).

Each mechanism is tested on variants from several domains plus near-miss negatives that must
stay apart: the month May is no modal; a count of what is LEFT ("still without power",
"remain missing") never meets the peak count; an opening "During the 2003 heatwave," dates
the figure; "the blackout hit 400,000 homes" counts homes; the noun of the frame ("the paper,
sat by 84,312 candidates", "had their paper annulled") narrows an event-less count; "with
<condition>" never narrows a care count; one thing under several names (households, houses,
customers cut off = homes; rescue workers = rescuers; people taking part in the rescue);
listed nouns are a union; one contradiction per pair of articles.
"""
import pytest

from checker.engine import check_texts
from checker.extract.counted import annotate
from checker.extract.dates import extract_times
from checker.extract.numbers import extract_figures
from rules import attribution_drift, figures

RULES = (figures.RULE, attribution_drift.RULE)


def counted(text: str, quote: str):
    spans = [(t.start_offset, t.end_offset) for t in extract_times(text, None)]
    for f in annotate(text, extract_figures(text, spans)):
        if f.text == quote:
            return f.counted
    raise AssertionError(f"{quote!r} not a figure of {text!r}")


def verdict(a: str, b: str, da: str = "12 June 2024", db: str = "12 June 2024") -> str:
    out = check_texts({"a.txt": f"Published {da}\n\n{a}", "b.txt": f"Published {db}\n\n{b}"},
                      story="s", rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


# --- the month May is not the modal "may" -------------------------------------------------------
@pytest.mark.parametrize("text,quote", [
    ("The rescue, which ran from May 6 to May 10, involved some 150 rescuers.", "some 150"),
    ("The trial, adjourned on 5 May, heard 40 witnesses.", "40"),
    ("The strike began in May, and 3,000 workers walked out.", "3,000"),
    ("The roof fell in on May 5, trapping at least 12 miners.", "at least 12"),
])
def test_month_may_is_not_a_possibility(text, quote):
    assert counted(text, quote).modality is None


@pytest.mark.parametrize("text,quote", [
    ("The toll may rise to 500, officials said.", "500"),
    ("The company said it may cut up to 2,000 jobs in May.", "up to 2,000"),
])
def test_modal_may_still_is(text, quote):
    assert counted(text, quote).modality == "possible"


# --- residual counts ("still", "remain", "yet to") -------------------------------------------
@pytest.mark.parametrize("text,quote", [
    ("Some 20,000 homes were still without power on Monday.", "Some 20,000"),
    ("About 40,000 cars have yet to be repaired.", "About 40,000"),
    ("Twelve people remain missing, the coastguard said.", "Twelve"),
    ("The remaining 300 strikers returned on Friday.", "300"),
    ("Some 5,000 residents continue to live in shelters.", "Some 5,000"),
    ("About 8,000 homes continued without water on Sunday.", "About 8,000"),
    ("Some 40 patients are currently in hospital.", "Some 40"),
])
def test_residual_counts(text, quote):
    assert counted(text, quote).residual


@pytest.mark.parametrize("text,quote", [
    ("Eleven people died and seven are still missing.", "Eleven"),  # the "still" is the seven's
    ("Nearly 300,000 homes lost power within an hour.", "Nearly 300,000"),
    ("Officials still say 143 people died in the floods.", "143"),
    ("The ministry still puts the toll at 143.", "143"),
])
def test_not_residual(text, quote):
    assert not counted(text, quote).residual


@pytest.mark.parametrize("a,b,expected", [
    # peak vs what is left: never compared
    ("Nearly 300,000 homes lost power on Tuesday.", "Some 20,000 households remain without power.", "none"),
    ("At least 400,000 homes lost power on Tuesday.", "Power has yet to be restored to 20,000 homes.", "none"),
    ("The recall covers 120,000 cars.", "About 40,000 cars have yet to be repaired.", "none"),
    ("Eleven people died and seven are still missing.", "Fourteen people are missing after the collapse.", "none"),
    # what is left, on the same day, in both: compared
    ("Some 20,000 homes were still without power on Monday.", "About 35,000 homes remained without power on Monday.",
     "contradiction"),
    ("Twelve people are still missing, police said.", "Twenty people remain missing, the coastguard said.", "contradiction"),
])
def test_residual_vs_peak(a, b, expected):
    assert verdict(a, b) == expected


# --- an opening phrase names another time --------------------------------------------------------
@pytest.mark.parametrize("text,quote,anchor", [
    ("During the 2003 heatwave, 48 people died in the city.", "48", "2003"),
    ("In the 2010 floods, 48 people died in the valley.", "48", "2010"),
    ("Throughout the 2015 season, 12 riders were injured.", "12", "2015"),
    ("During last year's strike, 5,000 workers walked out.", "5,000", "last year"),
    ("During the previous recall, 30,000 cars were returned.", "30,000", "previous"),
])
def test_opening_phrase_anchor(text, quote, anchor):
    assert counted(text, quote).anchor == anchor


@pytest.mark.parametrize("text,quote,anchor", [
    ("It is the worst heatwave since 2003, when 48 people died in the city.", "48", "2003"),
    ("It was the first strike since 2019, when 5,000 workers walked out.", "5,000", "2019"),
    ("That summer, 48 people died in the city.", "48", "previous"),
    ("That year, 31 miners died in a gas explosion.", "31", "previous"),
    ("In that year alone, 31 miners died.", "31", "previous"),
])
def test_when_clause_and_that_year_anchor(text, quote, anchor):
    assert counted(text, quote).anchor == anchor


@pytest.mark.parametrize("text,quote", [
    ("The strike, called when 5,000 workers walked out, continues.", "5,000"),
    ("That night, 300 people slept outside.", "300"),  # "that night" is often the current event's
    # the when-clause dates the allegations, not the figure inside their that-clause
    ("Talks have run since March 2019, when reports surfaced that an estimated 4,000 workers were unpaid.",
     "an estimated 4,000"),
])
def test_no_anchor(text, quote):
    assert counted(text, quote).anchor is None


@pytest.mark.parametrize("a,b,expected", [
    ("The river last burst its banks in 2010. Then, 300 homes were flooded.", "Some 40 homes were flooded on Monday.", "none"),
    ("The last big strike was in 2019. At the time, 5,000 workers walked out.",
     "Some 1,200 workers went on strike on Monday.", "none"),
    ("The river burst its banks on Sunday. Then, 300 homes were flooded.", "Some 40 homes were flooded on Sunday.",
     "contradiction"),
    ("It is the worst heatwave since 2003, when 48 people died in the city.", "Fourteen people have died in the heat.",
     "none"),
])
def test_time_carried_from_the_previous_sentence(a, b, expected):
    assert verdict(a, b) == expected


def test_opening_phrase_without_a_time_is_no_anchor():
    assert counted("During the night, 48 people were rescued.", "48").anchor is None


@pytest.mark.parametrize("a,b", [
    ("During the 2003 heatwave, 48 people died in the city.", "Fourteen people have died of heat-related causes this week."),
    ("During the 2019 strike, 5,000 workers walked out.", "Some 1,200 workers went on strike on Monday."),
    ("In the 2010 floods, 48 people died in the valley.", "Fourteen people have died in the floods."),
])
def test_earlier_event_never_meets_the_current_toll(a, b):
    assert verdict(a, b) == "none"


# --- a change verb with an object ------------------------------------------------------------
@pytest.mark.parametrize("text,quote,modality", [
    ("The blackout hit 400,000 homes, the tenants' association said.", "400,000", None),
    ("The outbreak has reached 30 countries.", "30", None),
    ("The death toll hit 50, officials said.", "50", "change"),
    ("Unemployment reached 2 million people.", "2 million", "change"),
])
def test_hit_with_an_object(text, quote, modality):
    assert counted(text, quote).modality == modality


# --- events: trapped, disqualified, on strike, taking part -----------------------------------
@pytest.mark.parametrize("text,quote,head,event", [
    ("A total of 14 miners were trapped, the mining office said.", "A total of 14", "miner", "trapped"),
    ("Fourteen were trapped, according to the union.", "Fourteen", "people", "trapped"),
    ("Some 30 passengers were stranded in the carriage.", "Some 30", "passenger", "trapped"),
    ("At least 340 candidates have been disqualified so far.", "At least 340", "candidate", "disqualified"),
    ("Three riders were disqualified after the stage.", "Three", "rider", "disqualified"),
    ("More than 4,000 nurses went on strike on Monday.", "More than 4,000", "nurse", "striking"),
    ("Some 1,200 nurses joined the strike on Monday.", "Some 1,200", "nurse", "striking"),
    ("About 200 people took part in the protest.", "About 200", "people", "protested"),
    ("More than 300 people took part in the rescue.", "More than 300", "rescuer", "deployed"),
    ("Around 400 volunteers joined the rescue effort.", "Around 400", "volunteer", "deployed"),
    ("The operation involved some 150 rescue workers.", "some 150", "rescuer", "deployed"),
    # a participle clause before the main verb: the main verb says what happened
    ("Three people involved in the crash were injured.", "Three", "people", "injured"),
    ("Some 200 people who joined the march were detained.", "Some 200", "people", "detained"),
    ("Some 60 fire personnel were on site.", "Some 60", "firefighter", "deployed"),
])
def test_counted_events(text, quote, head, event):
    c = counted(text, quote)
    assert (c.head, c.event) == (head, event)


# --- one thing, several names ------------------------------------------------------------------
@pytest.mark.parametrize("a,b,expected", [
    ("More than 200 rescuers were working in shifts, the fire service said.",
     "The operation involved some 150 rescue workers, officials said.", "contradiction"),
    ("More than 300 people took part in the rescue, the fire service said.",
     "Some 150 rescuers worked through the night.", "contradiction"),
    ("Nearly 300,000 homes lost power within an hour.", "The storm left 400,000 households without electricity.",
     "contradiction"),
    ("Nearly 300,000 homes lost power on Tuesday.", "Some 450,000 customers were without power at the peak.",
     "contradiction"),
    ("Power was cut to 400,000 homes on Tuesday.", "Nearly 300,000 homes lost power on Tuesday.", "contradiction"),
    ("The rescue, which ran from May 6 to May 10, involved some 150 people.", "More than 200 rescuers worked in shifts.",
     "contradiction"),
    ("The rescue effort drew on 300 people, officials said.", "About 120 rescuers took part, officials said.",
     "contradiction"),
    ("Some 3,400 houses were destroyed by the quake.", "More than 5,000 homes were destroyed by the quake.",
     "contradiction"),
    ("About 200 people took part in the protest, police said.",
     "More than 2,000 protesters marched through the city, organisers said.", "contradiction"),
    ("Some 1,200 nurses joined the strike on Monday.", "More than 4,000 nurses went on strike on Monday.",
     "contradiction"),
    ("The final was watched by 40,000 spectators.", "Some 25,000 spectators attended the final.", "contradiction"),
    ("More than 2,000 police officers were deployed for the match.", "Some 800 police were deployed for the match.",
     "contradiction"),
    ("Some 3,000 troops were sent to the border.", "More than 5,000 soldiers were sent to the border.", "contradiction"),
    ("About 2,000 employees walked out on Monday.", "More than 4,000 workers walked out on Monday.", "contradiction"),
    # exam takers under any name, when the figure says what they sat
    ("The paper was sat by 84,312 candidates.", "More than 100,000 students sat the paper.", "contradiction"),
    ("Some 9,000 pupils sat the entrance exam.", "The entrance exam was sat by 12,500 candidates.", "contradiction"),
])
def test_synonyms_align(a, b, expected):
    assert verdict(a, b) == expected


@pytest.mark.parametrize("a,b", [
    # the rescuers are not the rescued
    ("About 150 rescue workers searched the rubble.", "At least 40 people were rescued from the rubble."),
    ("Some 150 people were rescued from the flats.", "Around 400 volunteers joined the rescue effort."),
    ("Some 150 people were rescued from the flats.", "More than 300 people took part in the rescue."),
    # homes destroyed vs households affected; customers cut off vs customers compensated
    ("Some 3,000 homes were destroyed by the floods.", "More than 10,000 households were affected by the floods."),
    ("Some 400,000 customers lost power, the utility said.", "Some 12,000 customers were compensated."),
    ("The utility, which has 2.1 million customers, said supply was restored.", "Some 300,000 homes lost power."),
    # a list counts its union
    ("More than 9,000 rescue workers, soldiers and police officers were deployed.", "Some 250 rescuers were deployed."),
    ("More than 2,000 homes and businesses lost power.", "Some 400 homes lost power."),
    ("About 2,000 army officers were deployed.", "Some 800 police were deployed."),
    ("About 300 staff were evacuated from the plant.", "Some 40 workers were injured at the plant."),
    # students and candidates are one only in a frame: what they sat
    ("Some 9,000 students attend the university.", "The entrance exam was sat by 12,500 candidates."),
    ("More than 100,000 students sat the paper.", "Some 12,000 candidates stood in the election."),
    ("The rescue involved some 150 people.", "Some 150 people were rescued."),
    ("The trial involved some 150 people.", "More than 200 rescuers worked in shifts."),
    # undoing an event is another count
    ("Power was restored to 380,000 homes by Friday.", "Nearly 300,000 homes lost power on Tuesday."),
    ("The carmaker has repaired 30,000 cars so far.", "The carmaker recalled 80,000 cars."),
    ("Police released 40 protesters on Sunday.", "More than 300 protesters were detained on Saturday."),
    # taking part in a scheme is not losing money in it
    ("The court was told 40 investors joined the scheme.", "Some 400 investors lost money in the scheme."),
])
def test_different_things_stay_apart(a, b):
    assert verdict(a, b) == "none"


def test_a_list_after_a_comma_needs_and():
    assert counted("The operation involved some 150 rescue workers, officials said.", "some 150").head == "rescuer"
    assert counted("More than 200 rescuers, including teams from two regions, are working.", "More than 200").head == "rescuer"
    assert counted("Some 9,000 rescue workers, soldiers and police officers were deployed.", "Some 9,000").head is None


# --- the frame noun of an event-less count ----------------------------------------------------
@pytest.mark.parametrize("text,quote,qual", [
    ("The paper, sat on Wednesday by 84,312 candidates, will be set again.", "84,312", "paper"),
    ("The leaked paper was sat on June 11 by 84,312 candidates.", "84,312", "paper"),
    ("More than 100,000 candidates had their mathematics paper annulled.", "More than 100,000", "paper"),
    ("Some 500 investors had their savings wiped out.", "Some 500", "saving"),
    ("The route, used by 30,000 commuters a day, was closed.", "30,000", "route"),
    ("Some 41,000 customers had their account numbers exposed.", "Some 41,000", "number"),
])
def test_frame_noun(text, quote, qual):
    assert qual in counted(text, quote).qualifiers


@pytest.mark.parametrize("a,b,expected", [
    ("The paper, sat on Wednesday by 84,312 candidates, will be set again, the ministry said.",
     "More than 100,000 candidates had their mathematics paper annulled.", "contradiction"),
    ("The court heard that 320 investors had their savings wiped out.",
     "Some 500 investors had their savings wiped out, prosecutors said.", "contradiction"),
    ("The route, used by 30,000 commuters a day, was closed.", "The route is used by 45,000 commuters.", "contradiction"),
    # another frame noun: another count
    ("The court heard that 320 investors had their savings wiped out.",
     "Some 500 investors had their pensions frozen, prosecutors said.", "none"),
    ("The paper was sat by 84,312 candidates.", "At least 340 candidates were disqualified.", "none"),
    # the same object, the same verb: one count; another verb: another count
    ("More than 12,000 students sat the entrance exam.", "The entrance exam was sat by 9,000 students.", "contradiction"),
    ("Some 12,000 students who sat the exam will get new results.", "The exam was sat by 9,000 students.",
     "contradiction"),
    ("Some 12,000 students sat the exam.", "About 3,000 students boycotted the exam.", "none"),
    ("Some 12,000 students sat the exam.", "The exam was boycotted by 3,000 students.", "none"),
    ("The court heard that 320 investors had their savings wiped out.",
     "Some 500 investors had their savings frozen, prosecutors said.", "none"),
    # a shared object (one flight, one paper): what happened to it happened to all who had it
    ("More than 300 passengers had their flight cancelled.", "The flight was booked by 180 passengers.", "contradiction"),
])
def test_frame_noun_alignment(a, b, expected):
    assert verdict(a, b) == expected


# --- "with <condition>" in care counts ----------------------------------------------------------
@pytest.mark.parametrize("a,b,expected", [
    ("Hospitals have admitted 1,240 people with heat-related illness.",
     "More than 1,500 people were admitted to hospital with heat illness.", "contradiction"),
    ("At least 14 people were admitted to hospital with stomach illness.",
     "Some 15 people were admitted to hospital during the outbreak.", "agreement"),
    ("Hospitals have admitted 85 people with smoke inhalation.", "More than 200 people were admitted to hospital.",
     "contradiction"),
    # a qualifier of people outside care still narrows
    ("Some 300 people with disabilities were evacuated.", "More than 5,000 people were evacuated.", "none"),
])
def test_condition_is_not_a_narrower_set(a, b, expected):
    assert verdict(a, b) == expected


# --- one contradiction per pair of articles ----------------------------------------------------
def test_one_contradiction_per_article_pair():
    texts = {
        "01.txt": "Published 12 June 2025\n\nThe paper, sat on Wednesday by 84,312 candidates, will be set again.",
        "03.txt": "Published 13 June 2025\n\nMore than 100,000 candidates had their mathematics paper annulled.",
        "05.txt": "Published 20 June 2025\n\nThe leaked paper was sat on June 11 by 84,312 candidates.",
    }
    out = [f for f in check_texts(texts, story="s", rules=(figures.RULE,)) if f.kind == "contradiction"]
    pairs = sorted(tuple(sorted(c.path[:2] for c in f.claims)) for f in out)
    assert pairs == [("01", "03"), ("03", "05")]


# --- attribution drift on the new alignments ----------------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("A total of 14 miners were trapped, the State Mining Office said in a statement.",
     "Fourteen were trapped, according to the miners' union."),
    ("The paper, sat on Wednesday by 84,312 candidates, will be set again, the ministry said.",
     "The leaked paper was sat on June 11 by 84,312 candidates, according to the national students' union."),
])
def test_drift_on_new_alignments(a, b):
    out = check_texts({"a.txt": f"Published 7 May 2025\n\n{a}", "b.txt": f"Published 9 May 2025\n\n{b}"},
                      story="s", rules=RULES)
    assert [f for f in out if f.code == "SR402" and f.kind == "contradiction"]


# --- more domains: legislatures, courts, sport, utilities -----------------------------------
@pytest.mark.parametrize("a,b,expected", [
    ("Some 400,000 homes had their power cut on Tuesday.", "Nearly 300,000 homes lost power on Tuesday.", "contradiction"),
    ("Some 20,000 homes had their power restored on Friday.", "Nearly 300,000 homes lost power on Tuesday.", "none"),
    ("The bill was backed by 200 MPs.", "More than 250 MPs backed the bill.", "contradiction"),
    ("The bill was backed by 200 MPs.", "The bill was opposed by 150 MPs.", "none"),
    ("About 70 judges signed the letter.", "More than 300 judges signed the letter.", "contradiction"),
    ("About 70 judges signed the letter.", "More than 300 lawyers signed the letter.", "none"),
    ("Some 1,500 fans were arrested after the match.", "Some 40,000 fans attended the match.", "none"),
    ("More than 300 officers were injured during the riots.", "Some 2,000 police were deployed during the riots.", "none"),
    ("Some 60 firefighters fought the blaze.", "About 200 residents fought the decision.", "none"),
    ("Some 5,000 residents were allowed to return home.", "About 12,000 residents were evacuated.", "none"),
    ("About 3,000 workers returned to work on Monday.", "More than 10,000 workers went on strike.", "none"),
])
def test_more_domains(a, b, expected):
    assert verdict(a, b) == expected


# --- attribution drift: a named source's kind from the article's own description of it ----------
def drift(a: str, b: str) -> list:
    out = check_texts({"a.txt": f"Published 7 May 2025\n\n{a}", "b.txt": f"Published 9 May 2025\n\n{b}"},
                      story="s", rules=RULES)
    return [f for f in out if f.code == "SR402" and f.kind == "contradiction"]


@pytest.mark.parametrize("a,b", [
    # "Ostrand Grid" is "the grid operator" in its own article: a company
    ("Engineers worked through the night, the grid operator said. It cut power to some 400,000 homes, "
     "Ostrand Grid said in a statement.",
     "The blackout hit 400,000 homes, according to the Orsava tenants' association, which is collecting complaints."),
    ("Trains stopped for hours, the rail operator said. Some 12,000 passengers were stranded, Kelder Rail said.",
     "Some 12,000 passengers were stranded, according to the passengers' association."),
    # a directorate is the state
    ("It was licensed to carry 180 passengers, according to the Maritime Safety Directorate's register.",
     "The ferry was licensed to carry 180 passengers, the seafarers' union said."),
])
def test_drift_with_named_sources(a, b):
    assert drift(a, b)


@pytest.mark.parametrize("a,b", [
    # a person's name says nothing of the kind of source: no drift
    ("Some 12,000 passengers were stranded, Anna Berg said.",
     "Some 12,000 passengers were stranded, according to the passengers' association."),
    # Kelder Rail's own article does not describe it: its kind is unknown (the other article's
    # "rail operator" is not evidence about it)
    ("Some 12,000 passengers were stranded, Kelder Rail said.",
     "Some 12,000 passengers were stranded, according to the rail operator."),
])
def test_no_drift_without_kinds(a, b):
    assert not drift(a, b)


# --- courts, elections, sport: names of one penalty, a dated subject, counted event nouns -------
@pytest.mark.parametrize("a,b,expected", [
    ("He was sentenced to 12 years in prison.", "He was jailed for 10 years.", "contradiction"),
    ("He was jailed for 10 years.", "He received a sentence of 14 years.", "contradiction"),
    ("He was given a two-year suspended sentence.", "He was jailed for 10 years.", "none"),
    ("He was banned from driving for 10 years.", "He was jailed for 4 years.", "none"),
    ("He was detained for 10 days.", "He was jailed for 4 years.", "none"),
    ("He was sentenced to 12 years in prison.", "He faces 12 years in jail after the verdict.", "none"),
    ("Turnout at the May 5 vote was 61 percent.", "Turnout was 48 percent, the commission said.", "contradiction"),
    ("Turnout in the 2024 election was 61 percent.", "Turnout was 48 percent, the commission said.", "contradiction"),
    ("Turnout in the 2019 election was 61 percent.", "Turnout was 48 percent, the commission said.", "none"),
    ("The striker has scored 24 goals this season.", "The striker has scored 31 goals this season.", "contradiction"),
    ("The striker has scored 24 goals this season.", "The team has conceded 31 goals this season.", "none"),
])
def test_courts_elections_sport(a, b, expected):
    assert verdict(a, b) == expected


def test_a_comma_after_a_number_ends_its_noun_phrase():
    # "rose to 52, officials said": the officials are the source, not the counted thing
    c = counted("The death toll from Sunday's floods rose to 52, officials said.", "52")
    assert c.head != "official"
    # an appositive year before the figure still dates it
    assert counted("The last national strike, in 2011, lasted 11 days and closed some 1,800 schools.",
                   "some 1,800").anchor == "2011"


@pytest.mark.parametrize("a,b,expected", [
    ("Rescue workers pulled 85 people from the water.", "Some 60 people were rescued by helicopter.", "none"),
    ("Some 60 people were rescued by helicopter.", "More than 120 people were rescued by helicopter.", "contradiction"),
    ("At least 12 protesters were killed by police.", "More than 90 people died in the clashes.", "none"),
    ("About 200 residents were evacuated by boat.", "More than 1,000 residents were evacuated.", "none"),
    # a cause is no means: the quake's dead are all the dead
    ("Some 40 people were killed by the quake.", "More than 90 people died in the quake.", "contradiction"),
])
def test_by_means_narrows(a, b, expected):
    assert verdict(a, b) == expected


def test_a_figure_contradiction_across_many_articles_stays_one_finding():
    from checker.engine import check_texts
    from rules.figures import MAX_PAIRWISE_ARTICLES, RULE

    def story(n):
        return {f"{i:02d}.txt": f"Published 20 March 2024\n\n{'About 200' if i % 2 else 'More than 900'} people died in the flood, officials said."
                for i in range(n)}

    def contradictions(n):
        return [f for f in check_texts(story(n), rules=(RULE,)) if f.kind == "contradiction"]

    assert len(contradictions(4)) == 4
    big = contradictions(MAX_PAIRWISE_ARTICLES + 2)
    assert len(big) == 1 and len({c.article for c in big[0].claims}) == MAX_PAIRWISE_ARTICLES + 2


# --- a fronted partitive ("Of the injured, 11 were ...") counts a part of the group ---------------
@pytest.mark.parametrize("text,quote", [
    ("Of the injured, 11 were in a serious condition, the hospital said.", "11"),
    ("Of the dead, 12 were children, the coroner said.", "12"),
    ("Among those arrested, 40 were foreign nationals, police said.", "40"),
    ("Of the evacuated, 300 were tourists staying in beach hotels.", "300"),
])
def test_fronted_partitive_is_a_part(text, quote):
    c = counted(text, quote)
    assert c.modality == "part"


@pytest.mark.parametrize("text,quote,event", [
    ("Of the injured, 11 were taken to hospital, officials said.", "11", "hospitalised"),
    ("At least 60 people were injured in the blast, officials said.", "At least 60", "injured"),
    ("In the end, 40 people were arrested after the match.", "40", "arrested"),
])
def test_not_a_partitive(text, quote, event):
    c = counted(text, quote)
    assert c.modality is None and c.event == event


@pytest.mark.parametrize("a,b,expected", [
    ("Of the injured, 11 were in a serious condition, the hospital said.",
     "Nearly 40 people were hurt when the tank went up, officials said.", "none"),
    ("Of the dead, 12 were children, the coroner said.",
     "At least 30 people died in the flood, the coroner said.", "none"),
    ("Among those arrested, 9 were minors, police said.",
     "Police arrested 40 people after the final, police said.", "none"),
    # a near miss: the part never hides the totals themselves
    ("At least 60 people were injured in the blast, officials said.",
     "Nearly 40 people were hurt in the blast, officials said.", "contradiction"),
])
def test_partitive_never_meets_the_total(a, b, expected):
    assert verdict(a, b) == expected


# --- a possessive figure owning data ("120,000 patients' records were stolen") is affected ------
@pytest.mark.parametrize("text,quote,qual", [
    ("More than 120,000 patients' records were stolen in the attack.", "More than 120,000", ()),
    ("Some 40,000 voters' personal details were exposed by the leak.", "Some 40,000", ()),
    ("About 3,000 customers' passwords were posted online.", "About 3,000", ("password",)),
    ("Nearly 9,000 employees' tax records were copied by the intruders.", "Nearly 9,000", ()),
])
def test_possessive_data_is_affected(text, quote, qual):
    c = counted(text, quote)
    assert c.event == "affected" and c.qualifiers == qual


@pytest.mark.parametrize("text,quote", [
    ("About 3,000 customers' cars were recalled by the maker.", "About 3,000"),
    ("Some 500 workers' jobs were cut at the plant.", "Some 500"),
])
def test_possessive_without_data_is_not_affected(text, quote):
    assert counted(text, quote).event != "affected"


@pytest.mark.parametrize("a,b,expected", [
    ("The personal data of up to 90,000 patients may have been copied, the trust said.",
     "More than 120,000 patients' records were stolen in the attack.", "contradiction"),
    ("The personal details of about 40,000 voters were exposed, the commission said.",
     "Some 40,000 voters' records were leaked, officials said.", "agreement"),
    # near miss: passwords are a narrower set than the data of everyone affected
    ("The personal data of up to 90,000 customers were copied, the bank said.",
     "About 3,000 customers' passwords were posted online, the bank said.", "none"),
])
def test_possessive_data_aligns(a, b, expected):
    assert verdict(a, b) == expected


def _drift(a: str, b: str) -> bool:
    out = check_texts({"a.txt": f"Published 7 May 2025\n\n{a}", "b.txt": f"Published 9 May 2025\n\n{b}"},
                      story="s", rules=RULES)
    return any(f.code == "SR402" and f.kind == "contradiction" for f in out)


# --- drift: "3 million US dollars" is "$3 million"; "a ransom of" names the amount; an
# association whose apostrophe the source extractor dropped is still an association ------------
@pytest.mark.parametrize("a,b", [
    ("The gang demanded a ransom of $3 million in cryptocurrency, police said.",
     "The gang is demanding 3 million US dollars, according to a post on its leak site."),
    ("The kidnappers demanded a ransom of $500,000, the foreign ministry said.",
     "The kidnappers demanded 500,000 US dollars, according to the victim's family."),
    ("About 350 homes were damaged by the storm, the mayor's office said.",
     "A total of 350 homes were damaged, according to the national insurers' association."),
    ("Some 1,200 nurses walked out on Monday, the health ministry said.",
     "A total of 1,200 nurses walked out, according to the nurses' union."),
])
def test_drift_money_names_and_associations(a, b):
    assert _drift(a, b)


@pytest.mark.parametrize("a,b", [
    # same kind of source: no drift
    ("The gang demanded a ransom of $3 million, police said.",
     "The gang is demanding 3 million US dollars, the interior ministry said."),
    # a Canadian dollar is not a US dollar: the figures never align
    ("The club paid a fee of 3 million dollars, the league said.",
     "The club paid 3 million Canadian dollars, according to the players' union."),
    # "this association" is no association of people
    ("About 350 homes were damaged, the mayor's office said.",
     "About 350 homes were damaged, this association of the mayor's office said."),
])
def test_no_drift_near_misses(a, b):
    assert not _drift(a, b)


@pytest.mark.parametrize("text,quote,unit", [
    ("The gang is demanding 3 million US dollars.", "3 million US dollars", "USD"),
    ("The bank moved 40 million Swiss francs abroad.", "40 million Swiss francs", "CHF"),
    ("The club paid 3 million Canadian dollars.", "3 million Canadian dollars", "CAD"),
])
def test_country_currency_units(text, quote, unit):
    spans = [(t.start_offset, t.end_offset) for t in extract_times(text, None)]
    f = next(f for f in extract_figures(text, spans) if f.text == quote)
    assert f.unit == unit


# --- who was aboard: "carrying some 300 passengers" = "300 passengers were on board" -----------
@pytest.mark.parametrize("a,b,expected", [
    ("The train, carrying some 300 passengers, derailed on a curve.",
     "Nearly 300 passengers were on board the train when it derailed.", "agreement"),
    ("The ferry, carrying about 120 passengers, ran aground off the island.",
     "At least 200 passengers were on board the ferry when it ran aground.", "contradiction"),
    ("A coach carrying 45 pupils overturned on the motorway.",
     "Some 45 pupils were on board the coach, police said.", "agreement"),
    # near misses: a capacity and the injured are other facts
    ("The ferry is licensed to carry 600 passengers.",
     "About 120 passengers were on board when it ran aground.", "none"),
    ("Some 300 passengers were on board the train.",
     "About 40 passengers were injured when the train derailed.", "none"),
])
def test_aboard(a, b, expected):
    assert verdict(a, b) == expected


# --- a vehicle's speed ("travelling at 142 km/h" = "was doing 142 km/h"); a limit is not it ---
@pytest.mark.parametrize("a,b,expected", [
    ("The bus was travelling at 95 km/h when it left the road, police said.",
     "The bus was doing 95 km/h as it entered the bend, the drivers said.", "agreement"),
    ("The lorry was travelling at 70 mph on the bridge.", "The lorry was going 40 mph on the bridge.", "contradiction"),
    # near misses: a limit and a slowdown are other amounts
    ("The train was travelling at 142 km/h on the curve.", "The limit on the curve is 80 km/h.", "none"),
    ("The ferry was travelling at 30 km/h in the harbour.", "Drivers must slow to 50 km/h on the bridge.", "none"),
])
def test_vehicle_speed(a, b, expected):
    assert verdict(a, b) == expected


@pytest.mark.parametrize("a,b", [
    ("The train was travelling at 142 km/h, according to data from the train's recorder released by the rail accident investigation commission on Monday.",
     "The train drivers' union says the train was doing 142 km/h as it entered the curve."),
    ("The coach was travelling at 95 km/h, according to figures from the tachograph published by the national transport safety agency on Friday.",
     "The coach was doing 95 km/h, the passengers' association said."),
])
def test_drift_with_a_long_according_to_source(a, b):
    assert _drift(a, b)


@pytest.mark.parametrize("a,b", [
    # a document with no publisher named stays neutral
    ("Some 4,200 people were displaced, according to census data.",
     "About 4,200 people were displaced, the interior ministry said."),
    # the document's publisher is the same kind as the other source
    ("Some 4,200 people were displaced, according to data released by the interior ministry.",
     "About 4,200 people were displaced, the regional government said."),
])
def test_no_drift_for_documents(a, b):
    assert not _drift(a, b)
