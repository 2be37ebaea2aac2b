"""Figures (NU201): a sweep of the classes figure alignment relies on, completed from news English
rather than from one story's misses. Every sentence here is invented; each class is probed in at
least two domains.

- what happened to the counted things (the event classes of checker/vocab/numbers.py): synonyms,
  inflections and phrasal verbs ("wrecked", "apprehended", "inoculated", "shut down", "called off",
  "set alight", "broken into", "put down", "capsized");
- the counted nouns: irregular plurals ("buses", "wolves", "firemen", "schoolchildren"), compounds
  ("crew members", "farm holdings") and the names a story gives one count ("boats", "vessels",
  "ships"; "planes", "aircraft"; "inmates", "prisoners");
- what must stay apart: families, households and homes are never "people"; damaged is not
  destroyed; culled is not died; arrested is not charged.
"""
from decimal import Decimal

import pytest

from figure_helpers import counted, verdict

# --- events: what happened to the counted things ----------------------------------------------
EVENTS = [
    # wrecked / written off: destroyed (cars, homes)
    ("Some 40 cars were wrecked in the pile-up.", "destroyed"),
    ("About 90 homes were wrecked by the tornado.", "destroyed"),
    # apprehended: arrested (football, border)
    ("Police apprehended 12 suspects after the match.", "arrested"),
    ("Officers said 30 men were apprehended at the border.", "arrested"),
    # inoculated / immunised: vaccinated (hospital staff, schools)
    ("About 400 nurses were inoculated on Monday.", "vaccinated"),
    ("Some 2,000 pupils were immunised against measles.", "vaccinated"),
    # contracted: infected; poisoned: ill
    ("Some 12 crew members contracted malaria.", "infected"),
    ("Some 300 guests were poisoned at the banquet.", "ill"),
    ("About 80 diners were poisoned by the oysters.", "ill"),
    # shut / shuttered / shut down: closed (retail, health, industry)
    ("About 40 stores were shut on Monday.", "closed"),
    ("Some 30 clinics were shuttered after the cuts.", "closed"),
    ("About 40 factories were shut down last year.", "closed"),
    # culled / slaughtered / put down: culled (poultry, pigs)
    ("About 30,000 chickens were culled at the farm.", "culled"),
    ("Some 4,000 pigs were slaughtered to contain the fever.", "culled"),
    ("Some 3,000 pigs were put down.", "culled"),
    # hacked / compromised (devices, accounts)
    ("Some 200 devices were hacked.", "hacked"),
    ("About 90,000 accounts were compromised in the breach.", "hacked"),
    # set alight / went up in flames: burned (riots, wildfire)
    ("About 40 homes were set alight in the riots.", "burned"),
    ("Some 300 hectares of forest went up in flames.", "burned"),
    # broken into / burgled: looted (shops, pharmacies)
    ("About 40 shops were broken into overnight.", "looted"),
    ("Some 12 pharmacies were burgled over the weekend.", "looted"),
    # called off / grounded: cancelled (aviation, sport)
    ("Some 400 flights were called off on Friday.", "cancelled"),
    ("About 60 matches were called off because of the snow.", "cancelled"),
    ("More than 300 flights were grounded by the strike.", "cancelled"),
    # recruited: hired (health, schools)
    ("Some 200 nurses were recruited this year.", "hired"),
    ("About 300 teachers were recruited for the new schools.", "hired"),
    # picketed: striking; vandalised: damaged; freed: released
    ("About 300 workers picketed the depot.", "striking"),
    ("Some 40 buses were vandalised overnight.", "damaged"),
    ("Some 15 bus shelters were vandalized in the town.", "damaged"),
    ("About 12 hostages were freed on Sunday.", "released"),
    # entombed / marooned: trapped (mining, tourism)
    ("Some 40 miners were entombed underground.", "trapped"),
    ("About 300 tourists were marooned on the island.", "trapped"),
    # impounded: traced (seized)
    ("Some 300 cars were impounded by police.", "traced"),
    ("Customs officers impounded 40 containers at the port.", "traced"),
    # sank / capsized (fishing, ferries)
    ("Some 40 boats sank in the storm.", "sank"),
    ("About 12 fishing vessels capsized off the coast.", "sank"),
]


@pytest.mark.parametrize("text,event", EVENTS)
def test_event_words(text, event):
    assert counted(text).event == event


# --- counted nouns ---------------------------------------------------------------------------------
HEADS = [
    ("About 40 buses were damaged in the fire.", "bus"),
    ("Some 3 wolves escaped from the park.", "wolf"),
    ("Some 30 schoolchildren were hurt.", "schoolchild"),
    ("Some 40 policemen were injured.", "police"),
    ("Some 40 firemen were deployed.", "firefighter"),
    ("About 40 crew members were rescued.", "crew"),
    ("About 300 farm holdings were flooded.", "farm"),
    ("Some 20 calves died in the barn fire.", "calf"),
    ("About 40 gases were listed.", "gas"),
]


@pytest.mark.parametrize("text,head", HEADS)
def test_head_nouns(text, head):
    assert counted(text).head == head


ONE_COUNT = [
    # boats, vessels, ships (storm, harbour)
    ("Some 40 ships were damaged in the storm.", "More than 90 vessels were damaged in the storm."),
    ("About 12 boats were damaged in the harbour fire.", "More than 40 ships were damaged in the harbour fire."),
    # planes, aircraft (airport, air show)
    ("About 12 planes were damaged by the hail.", "More than 40 aircraft were damaged by the hail."),
    # lorries, trucks (motorway, port)
    ("About 40 lorries were stuck on the motorway.", "More than 90 trucks were stuck on the motorway."),
    # inmates, prisoners (jail, detention centre)
    ("Some 40 inmates escaped from the jail.", "More than 90 prisoners escaped from the jail."),
    # crew members, sailors, crewmen (shipping, fishing)
    ("About 40 crew members were rescued.", "More than 90 sailors were rescued."),
    ("About 4 crewmen were rescued from the trawler.", "More than 9 crew were rescued from the trawler."),
    # firms, companies, businesses (outage, tax)
    ("Some 300 firms were affected by the outage.", "More than 900 companies were affected by the outage."),
    ("About 40 businesses were fined for late returns.", "More than 90 firms were fined for late returns."),
    # physicians, doctors; legislators, lawmakers; holidaymakers, tourists
    ("Some 30 physicians signed the letter.", "More than 90 doctors signed the letter."),
    ("Some 30 lawmakers voted against the bill.", "More than 90 legislators voted against the bill."),
    ("Some 300 holidaymakers were stranded.", "More than 900 tourists were stranded."),
    # schoolchildren, pupils
    ("Some 30 schoolchildren were hurt.", "More than 90 pupils were hurt."),
    # a singular and an irregular plural
    ("About 40 buses were damaged in the depot fire.", "More than 90 buses were damaged in the depot fire."),
]


@pytest.mark.parametrize("a,b", ONE_COUNT)
def test_one_count_under_two_names(a, b):
    assert verdict("fig", a, b) == "contradiction"


# two wordings of one event, with a second figure in each article so that the noun is not counted
# once per article (the event words alone must align them)
TWO_WORDINGS = [
    ("Some 40 homes were wrecked by the storm. Another 300 homes were left without power.",
     "At least 90 homes were destroyed by the storm. Some 300 homes were left without power."),
    ("About 400 nurses were inoculated on Monday. The trust employs 9,000 nurses.",
     "More than 900 nurses were vaccinated on Monday. The trust employs 9,000 nurses."),
    ("Some 400 flights were called off on Friday. The airport handles 1,200 flights a day.",
     "More than 900 flights were cancelled on Friday. The airport handles 1,200 flights a day."),
    ("About 30,000 hens were culled. The farm keeps 90,000 hens.",
     "More than 60,000 hens were slaughtered. The farm keeps 90,000 hens."),
]


@pytest.mark.parametrize("a,b", TWO_WORDINGS)
def test_two_wordings_of_one_event(a, b):
    assert verdict("fig", a, b) == "contradiction"


# --- kept apart -------------------------------------------------------------------------------------
APART = [
    # families, households and homes are not people
    ("About 300 families were evacuated.", "More than 2,000 people were evacuated."),
    ("About 300 homes were evacuated.", "More than 2,000 people were evacuated."),
    ("About 300 households were told to leave the valley.", "More than 2,000 people were told to leave the valley."),
    ("Some 40 families were rehoused after the fire.", "More than 200 people were rehoused after the fire."),
    # patients moved are not nurses on duty
    ("Some 40 patients were moved to other hospitals.", "More than 90 nurses were on duty."),
    # damaged is not destroyed, culled is not died, sank is not damaged
    ("About 40 homes were damaged in the storm.", "More than 90 homes were wrecked in the storm."),
    ("About 30,000 chickens were culled at the farm.", "More than 90,000 chickens died at the farm."),
    ("Some 40 boats sank in the storm.", "More than 90 boats were damaged in the storm."),
    # arrested is not charged; closed is not reopened
    ("Some 40 people were arrested.", "More than 90 people were charged."),
    ("Some 40 schools were shut on Monday.", "More than 90 schools reopened on Monday."),
]


@pytest.mark.parametrize("a,b", APART)
def test_kept_apart(a, b):
    assert verdict("fig", a, b) != "contradiction"


def test_people_still_join_the_residents():
    # the population as a whole is still the people of the event
    assert verdict("fig", "About 300 residents were evacuated.",
                   "More than 2,000 people were evacuated.") == "contradiction"


# --- hedges and number forms ----------------------------------------------------------------------
from checker.extract.numbers import extract_figures  # noqa: E402


def _first(text):
    return extract_figures(text)[0]


HEDGED = [
    # (sentence, hedge kind) in two domains each
    ("Not fewer than 300 people were evacuated.", "at_least"),
    ("Not fewer than 40 schools closed.", "at_least"),
    ("At the very least 300 homes lost power.", "at_least"),
    ("At the very least 12 firms were fined.", "at_least"),
    ("Approaching 300 people were evacuated.", "nearly"),
    ("Nearing 2,000 fans had been inside the ground.", "nearly"),
    ("Well short of 300 nurses walked out.", "fewer_than"),
    ("Well short of 40 ships made it to port.", "fewer_than"),
    ("Not far off 300 people were evacuated.", "about"),
    ("A touch over 300 people voted.", "just_over"),
    ("Marginally over 40 percent of voters turned out.", "just_over"),
    ("Significantly more than 300 people were evacuated.", "more_than"),
    ("Far fewer than 300 people were evacuated.", "fewer_than"),
    ("The 300-odd staff were told to go home.", "at_least"),
    ("Some 1,200 people or thereabouts were stranded.", "about"),
    ("A crowd of 40,000 or higher is expected.", "at_least"),
]


@pytest.mark.parametrize("text,hedge", HEDGED)
def test_hedges(text, hedge):
    assert _first(text).hedge == hedge


def test_not_fewer_than_contradicts_fewer_than():
    assert verdict("fig", "Not fewer than 300 people were evacuated.",
                   "Fewer than 200 people were evacuated.") == "contradiction"
    assert verdict("fig", "Not fewer than 40 schools were closed by the storm.",
                   "Fewer than 20 schools were closed by the storm.") == "contradiction"


NUMBER_FORMS = [
    ("One and a half million people were evacuated.", 1500000, None),
    ("Two and a half million litres of sewage leaked.", 2500000, "l"),
    ("He was jailed for two and a half years.", Decimal("2.5"), "time:year"),
    ("The slick stretched 3 and a half miles.", Decimal("3.5"), "mile"),
    ("Police sealed off half a mile of the seafront.", Decimal("0.5"), "mile"),
    ("The queue lasted half an hour.", Decimal("0.5"), "time:hour"),
    ("A quarter of a mile of track was washed away.", Decimal("0.25"), "mile"),
    ("Three-quarters of a tonne of cannabis was seized.", Decimal("0.75"), "t"),
    ("Funding of A$40m was announced.", 40000000, "AUD"),
    ("The road will cost C$2bn.", 2000000000, "CAD"),
    ("The budget is Rs 40 crore.", 400000000, "INR"),
    ("Each family gets 5 lakh rupees.", 500000, "INR"),
    ("The club paid HK$2.5 billion.", 2500000000, "HKD"),
    ("About 4,000 gallons of oil leaked.", 4000, "gal"),
    ("Searchers covered 40 square miles.", 40, "mi2"),
    ("The warehouse covers 9,000 square metres.", 9000, "m2"),
    ("Some 300 cubic metres of mud was removed.", 300, "m3"),
]


@pytest.mark.parametrize("text,value,unit", NUMBER_FORMS)
def test_number_forms(text, value, unit):
    f = _first(text)
    assert f.value == value and f.unit == unit


def test_half_a_mile_is_no_percentage():
    assert _first("An exclusion zone of half a mile was set up.").unit == "mile"
    assert _first("Half the staff left.").unit == "percent"  # still a share of a group


# --- amounts that are not counts: sizes and durations -----------------------------------------
SIZES = [
    ("Police set up a 2km exclusion zone.", "Police set up a 5km exclusion zone."),
    ("A 300-metre cordon was set up around the building.", "A 500-metre cordon was set up around the building."),
    ("Residents within a 3-mile radius were evacuated.", "Residents within a 10-mile radius were evacuated."),
    ("An exclusion zone of half a mile was set up around the well.",
     "An exclusion zone of two miles was set up around the well."),
    ("Farms inside a 3km buffer zone were tested for bird flu.", "Farms inside a 10km buffer zone were tested for bird flu."),
]


@pytest.mark.parametrize("a,b", SIZES)
def test_size_of_an_area(a, b):
    assert verdict("fig", a, b) == "contradiction"


SIZES_APART = [
    # two different areas, two different units: never one measure
    ("Police set up a 2km exclusion zone.", "Police set up a 5km cordon."),
    ("Police set up a 2km exclusion zone.", "Police set up a 200-metre cordon."),
    ("A 2km exclusion zone was set up around the plant.", "The 40-hectare site was sealed off."),
]


@pytest.mark.parametrize("a,b", SIZES_APART)
def test_two_areas_stay_apart(a, b):
    assert verdict("fig", a, b) == "none"


DURATIONS = [
    ("The search lasted 12 hours.", "The search lasted 40 hours."),
    ("The siege lasted three days.", "The siege went on for nine days."),
    ("Firefighters battled a 14-hour blaze.", "The blaze burned for 40 hours."),
    ("After a 12-hour search, the boy was found.", "The search lasted three hours."),
    ("The repairs will take three weeks.", "The repairs will take nine weeks."),
    ("The 30-hour siege ended at dawn.", "The siege lasted 12 hours."),
]


@pytest.mark.parametrize("a,b", DURATIONS)
def test_duration_of_an_activity(a, b):
    assert verdict("fig", a, b) == "contradiction"


DURATIONS_APART = [
    ("The strike lasted three days.", "The siege lasted nine days."),
    ("The search lasted 12 hours.", "The blackout lasted 40 hours."),
]


@pytest.mark.parametrize("a,b", DURATIONS_APART)
def test_two_activities_stay_apart(a, b):
    assert verdict("fig", a, b) == "none"


def test_announced_compounds_stay_compounds():
    assert extract_figures("The 10-day strike ended.") == ()
    assert extract_figures("A two-week ban was imposed.") == ()


# --- justice, transport, inspections; phrasal events -------------------------------------------------
EVENTS_2 = [
    ("Some 40 protesters were charged with public order offences.", "charged"),
    ("About 12 directors were charged with fraud.", "charged"),
    ("Some 30 officers were convicted of misconduct.", "convicted"),
    ("Some 30 defendants were found guilty of fraud.", "convicted"),
    ("About 40 flights were delayed by the fog.", "delayed"),
    ("Some 300 trains were delayed after the signal failure.", "delayed"),
    ("About 40 flights were diverted to other airports.", "diverted"),
    ("Some 12 ships were rerouted around the cape.", "diverted"),
    ("About 400 restaurants were inspected last year.", "inspected"),
    ("Some 40 care homes were inspected after the deaths.", "inspected"),
    ("About 40 villagers were murdered by the gunmen.", "died"),
    ("Some 12 civilians were slain in the raid.", "died"),
    ("About 40 homes were pulled down to make way for the road.", "destroyed"),
    ("Some 12 tower blocks were knocked down.", "destroyed"),
    ("About 40 passengers suffered minor injuries.", "injured"),
    ("Some 12 workers were treated at the scene.", "injured"),
    ("About 300 families lost their homes in the quake.", "displaced"),
    ("Some 2,000 people were left homeless by the floods.", "displaced"),
    ("About 400 dockers downed tools on Monday.", "striking"),
    ("Some 40 fans were taken into custody.", "arrested"),
    ("About 12 miners were pulled from the rubble.", "rescued"),
    ("Some 40 people were dug out alive.", "rescued"),
]


@pytest.mark.parametrize("text,event", EVENTS_2)
def test_event_words_2(text, event):
    assert counted(text).event == event


def test_charged_of_money_is_a_price():
    assert counted("The firm charged up to £600 per essay.").event != "charged"
    assert counted("The garage charged £40 for each test.").event != "charged"


APART_2 = [
    ("Some 40 protesters were charged.", "More than 90 protesters were arrested."),
    ("Some 40 flights were delayed on Friday.", "More than 90 flights were cancelled on Friday."),
    ("Some 40 flights were diverted on Friday.", "More than 90 flights were delayed on Friday."),
    ("Some 40 defendants were convicted.", "More than 90 defendants were charged."),
]


@pytest.mark.parametrize("a,b", APART_2)
def test_kept_apart_2(a, b):
    assert verdict("fig", a, b) != "contradiction"


ONE_COUNT_2 = [
    ("Some 300 motorists were stranded on the motorway.", "More than 900 drivers were stranded on the motorway."),
    ("Some 3,000 ballots were rejected.", "More than 9,000 votes were rejected."),
    ("Some 30 MPs voted against the bill.", "More than 90 lawmakers voted against the bill."),
    ("Some 300 roles will go at the bank.", "More than 900 jobs will go at the bank."),
]


@pytest.mark.parametrize("a,b", ONE_COUNT_2)
def test_one_count_under_two_names_2(a, b):
    assert verdict("fig", a, b) == "contradiction"


# --- money under several names ---------------------------------------------------------------------
MONEY = [
    ("Compensation of £1.2m was paid to the families.", "A payout of £3m was paid to the families."),
    ("The council agreed a £1.2m settlement with the families.", "The council agreed a £3m payout with the families."),
    ("The insurer made a $4m payout to the farmers.", "The insurer paid $9m in compensation to the farmers."),
]


@pytest.mark.parametrize("a,b", MONEY)
def test_one_amount_under_two_names(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_settlements_counted_are_no_money():
    # a count of settlements (villages) is never renamed
    assert verdict("fig", "Some 40 settlements were flooded.", "More than 90 settlements were flooded.") == "contradiction"
    assert verdict("fig", "Some 40 settlements were flooded.", "Compensation of £90m was paid.") == "none"


# --- more classes: abductions, evictions, quarantine; inflections -----------------------------------
EVENTS_3 = [
    ("Gunmen abducted 40 pupils from the school.", "abducted"),
    ("Some 12 aid workers were kidnapped near the border.", "abducted"),
    ("About 300 families were evicted from the estate.", "evicted"),
    ("Some 40 traders were evicted from the market.", "evicted"),
    ("About 300 passengers were quarantined on the ship.", "quarantined"),
    ("Some 40 staff were quarantined after the outbreak.", "quarantined"),
    ("The bank sacked 300 staff last year.", "cut"),
    ("The club sacked 12 coaches in a decade.", "cut"),
]


@pytest.mark.parametrize("text,event", EVENTS_3)
def test_event_words_3(text, event):
    assert counted(text).event == event


APART_3 = [
    ("Some 40 pupils were abducted on Monday.", "More than 90 pupils were released on Monday."),
    ("Some 40 families were evicted from the estate.", "More than 90 families were displaced from the estate."),
    ("Some 40 passengers were quarantined.", "More than 90 passengers were infected."),
]


@pytest.mark.parametrize("a,b", APART_3)
def test_kept_apart_3(a, b):
    assert verdict("fig", a, b) != "contradiction"


# --- distinct stages that are one fact for a noun counted once per article -------------------------
def test_burned_and_destroyed_homes_are_one_fact():
    assert verdict("fig", "The fire destroyed 300 homes.", "Some 120 homes burned in the fire.") == "contradiction"
    assert verdict("fig", "The wildfire destroyed 30 farm buildings, officials said.",
                   "At least 90 farm buildings were burned by the wildfire.") == "contradiction"


def test_damaged_and_destroyed_stay_two_facts():
    assert verdict("fig", "About 40 homes were damaged in the fire.",
                   "More than 90 homes were destroyed in the fire.") == "none"
