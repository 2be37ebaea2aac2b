"""Recall of superseded expectations on miniature stories unlike the ones they were missed in.

Mechanisms (each tried in two domains, with near misses that must stay silent):

- a supply restored *to its users* ("expects to restore service to the remaining homes by
  Sunday", "to reconnect supplies to 2,000 households", "service will be restored to affected
  properties") is the supply, which "still without service" (said of homes or customers) or
  "still have no gas" shows unmet; a rail service restored to a line is not a supply;
- a verb of receipt or decision still to come names its object pending ("staff have still not
  received their wages", "the board has still not ruled on the penalty", "has not yet approved
  the budget"); "paid in full by Friday" is a manner, so the wages (the subject) are due;
- a court "expected to hear the case next week" holds a hearing (not "hear the news");
- people "still in temporary accommodation", "remaining in hotels", "still displaced" or "still
  staying with relatives" show their return home unmet;
- "X, which the council said would reopen on Monday, is still closed": the state's subject is
  the noun the relative clause is about;
- "Last modified on Mon 3 Nov 2025" dates an undated page for its expectations.
"""
from __future__ import annotations

from rules import timing as T
from timing_helpers import _kinds, _quotes, _story


def _run(*texts: str):
    return list(T.check(_story(*texts)))


def _superseded_with(found, text: str) -> bool:
    return any(text in q for r in _kinds(found, "superseded") for q in _quotes(r))


# --- a supply restored to its users ------------------------------------------------------------

def test_power_restored_to_homes_then_still_without_power():
    found = _run(
        "Published 3 February 2025\n\nThe storm brought down lines across the valley. The network operator said "
        "it expects to restore power to the remaining households by Wednesday.",
        "Published 14 February 2025\n\nMore than a week later, about 900 households were still without power.")
    assert _superseded_with(found, "by Wednesday")
    assert not _kinds(found, "contradiction")


def test_water_service_restored_to_properties_then_still_without_service():
    found = _run(
        "Published 10 July 2025\n\nAfter the burst main, the water company said service would be restored to "
        "affected properties by the weekend.",
        "Published 18 July 2025\n\nSome 300 properties were still without service on Thursday, the company said.")
    assert _superseded_with(found, "by the weekend")


def test_heating_reconnected_to_flats_then_still_have_no_heating():
    found = _run(
        "Published 2 December 2024\n\nEngineers hope to reconnect heating to 400 flats on the estate by next Friday.",
        "Published 16 December 2024\n\nTwo weeks on, tenants in 120 flats still have no heating.")
    assert _superseded_with(found, "next Friday")


def test_rail_service_restored_to_a_line_is_no_supply():
    found = _run(
        "Published 3 February 2025\n\nThe operator expects to restore service to the coastal line by Wednesday.",
        "Published 14 February 2025\n\nAbout 900 households were still without power after the storm.")
    assert not _kinds(found, "superseded")


# --- the object of a verb of receipt or decision, still to come ----------------------------------

def test_bonuses_paid_in_full_then_staff_have_not_received_them():
    found = _run(
        "Published 6 March 2025\n\nThe liquidators said March bonuses for the shop staff would be paid in full "
        "by Friday 14 March.",
        "Published 28 March 2025\n\nShop workers have still not received their March bonuses, the union said.")
    assert _superseded_with(found, "Friday 14 March")
    assert not _kinds(found, "contradiction")


def test_grants_due_then_farmers_have_yet_to_be_paid_them():
    found = _run(
        "Published 2 April 2025\n\nThe ministry said it would pay the drought grants by 20 April.",
        "Published 5 May 2025\n\nFarmers have yet to be paid their drought grants, growers' groups said.")
    assert _superseded_with(found, "20 April")


def test_penalty_to_be_confirmed_then_board_has_not_ruled_on_it():
    found = _run(
        "Published Monday 9 June 2025\n\nA federation official said the board was expected to confirm the "
        "penalty by the end of the week.",
        "Published 20 June 2025\n\nTen days on, the disciplinary board has still not ruled on the penalty.")
    assert _superseded_with(found, "the end of the week")
    assert not _kinds(found, "contradiction")


def test_budget_to_be_announced_then_council_has_not_approved_it():
    found = _run(
        "Published 3 February 2025\n\nThe council will present its road repair budget by 14 February.",
        "Published 3 March 2025\n\nThe council has not yet approved the road repair budget, officials said.")
    assert _superseded_with(found, "14 February")


def test_a_decision_still_due_inside_the_window_says_nothing():
    found = _run(
        "Published Monday 9 June 2025\n\nThe board was expected to confirm the penalty by the end of the month.",
        "Published 12 June 2025\n\nThe disciplinary board has still not ruled on the penalty.")
    assert not _kinds(found, "superseded")


# --- a court that hears a case -------------------------------------------------------------------

def test_tribunal_expected_to_hear_the_appeal_then_hearing_postponed():
    found = _run(
        "Published 4 September 2025\n\nThe union said it would take the dispute to the employment tribunal, which "
        "is expected to hear the claim next week.",
        "Published 22 September 2025\n\nThe tribunal hearing has been postponed until November.")
    assert _superseded_with(found, "next week")
    assert not _kinds(found, "contradiction")


def test_court_to_hear_the_challenge_then_hearing_delayed():
    found = _run(
        "Published 12 May 2025\n\nThe planning court is due to hear the challenge to the wind farm by the end of May.",
        "Published 10 June 2025\n\nThe hearing was delayed again, campaigners said.")
    assert _superseded_with(found, "the end of May")


def test_hearing_the_news_is_no_hearing():
    found = _run(
        "Published 4 September 2025\n\nFamilies expect to hear the news next week.",
        "Published 22 September 2025\n\nThe tribunal hearing has been postponed until November.")
    assert not _kinds(found, "superseded")


# --- people still away from home -----------------------------------------------------------------

def test_evacuees_to_return_then_still_in_temporary_accommodation():
    found = _run(
        "Published 3 March 2025\n\nEvacuated tenants are expected to return home by the end of the month, the "
        "housing association said.",
        "Published 10 April 2025\n\nTenants of the tower are still in temporary accommodation, the association said.")
    assert _superseded_with(found, "the end of the month")
    assert not _kinds(found, "contradiction")


def test_villagers_to_return_then_remain_in_hotels():
    found = _run(
        "Published 5 August 2025\n\nAuthorities said villagers would return home within two weeks once the "
        "wildfire risk passed.",
        "Published 30 August 2025\n\nMost villagers remain in hotels on the coast, the mayor said.")
    assert _superseded_with(found, "within two weeks")


def test_patients_in_hospital_are_not_displaced():
    found = _run(
        "Published 5 August 2025\n\nPatients are expected to return home within two weeks.",
        "Published 30 August 2025\n\nPatients remain in hospital, the trust said.")
    assert not _kinds(found, "superseded")


# --- a relative clause between the subject and its state -----------------------------------------

def test_bridge_which_was_to_reopen_is_still_closed():
    found = _run(
        "Published 20 October 2025\n\nThe Ashby bridge is due to reopen on 3 November, the county said.",
        "Published 17 November 2025\n\nThe Ashby bridge, which the county said would reopen on 3 November, is "
        "still closed.")
    assert _superseded_with(found, "3 November")
    assert not _kinds(found, "contradiction")


def test_library_which_should_have_reopened_remains_shut():
    found = _run(
        "Published 1 September 2025\n\nThe central library will reopen on 15 September after repairs.",
        "Published 2 October 2025\n\nThe central library, which was meant to reopen last month, remains shut.")
    assert _superseded_with(found, "15 September")


# --- a page dated by its last modification -------------------------------------------------------

def test_last_modified_line_dates_an_undated_page():
    found = _run(
        "Published 2 April 2025\n\nThe ministry said it would pay the drought grants by 20 April.",
        "Farm news | Drought\n\nLast modified on Mon 5 May 2025 07.45 BST\n\nFarmers have still not been paid "
        "their drought grants.")
    assert _superseded_with(found, "20 April")


# --- more ways of telling the same: a wait, a debt, "is yet to", "haven't", "yet to return" -------

def test_invoices_due_then_contractors_still_waiting():
    found = _run(
        "Published 2 June 2025\n\nThe organisers said outstanding invoices would be paid by 30 June.",
        "Published 21 July 2025\n\nSound and lighting contractors are still waiting for their invoices to be "
        "paid, a trade body said.")
    assert _superseded_with(found, "30 June")


def test_rebates_due_then_tenants_still_owed_them():
    found = _run(
        "Published 4 November 2024\n\nThe landlord said rent rebates for affected tenants would be paid within two weeks.",
        "Published 9 December 2024\n\nTenants are still owed their rent rebates, the residents' association said.")
    assert _superseded_with(found, "within two weeks")


def test_transfer_ban_to_be_confirmed_then_regulator_is_yet_to_rule_on_it():
    found = _run(
        "Published Monday 9 June 2025\n\nThe regulator is expected to confirm the sanction by Friday.",
        "Published 30 June 2025\n\nThe regulator is yet to rule on the sanction, and the club has hired lawyers.")
    assert _superseded_with(found, "by Friday")


def test_overtime_due_then_nurses_havent_received_it():
    found = _run(
        "Published 1 August 2025\n\nThe trust said overtime payments for night shifts would be made by 15 August.",
        "Published 2 September 2025\n\nNurses haven't received their overtime payments, the union said.")
    assert _superseded_with(found, "15 August")


def test_evacuees_to_return_then_have_yet_to_return_home():
    found = _run(
        "Published 3 March 2025\n\nEvacuated islanders are expected to return home by the end of the month.",
        "Published 10 April 2025\n\nMost islanders have yet to return home, the council said.")
    assert _superseded_with(found, "the end of the month")


def test_phone_service_restored_to_customers_is_not_the_power():
    found = _run(
        "Published 3 February 2025\n\nThe telecoms firm expects to restore phone service to customers in the "
        "valley by Wednesday.",
        "Published 14 February 2025\n\nAbout 900 households were still without power after the storm.")
    assert not _kinds(found, "superseded")
