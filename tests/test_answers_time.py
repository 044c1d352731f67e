"""/time ZONE: the meeting's key times in another zone, and clear answers for unknown or missing zones."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("zone, opening, management", [
    ("Asia/Seoul", "Mon 24 Aug 2020, 18:00 Seoul (KST, UTC+9)", "Sun 23 Aug 2020, 18:00 Seoul (KST, UTC+9)"),
    ("Asia/Shanghai", "Mon 24 Aug 2020, 17:00 Shanghai (CST, UTC+8)", "Sun 23 Aug 2020, 17:00 Shanghai"),
    ("America/New_York", "Mon 24 Aug 2020, 05:00 New York (EDT, UTC-4)", "Sun 23 Aug 2020, 05:00 New York"),
    ("America/Los_Angeles", "Mon 24 Aug 2020, 02:00 Los Angeles (PDT, UTC-7)", "Sun 23 Aug 2020, 02:00 Los Angeles"),
    ("UTC", "Mon 24 Aug 2020, 09:00 UTC", "Sun 23 Aug 2020, 09:00 UTC"),
    ("Pacific/Honolulu", "Sun 23 Aug 2020, 23:00 Honolulu (HST, UTC-10)", "Sat 22 Aug 2020, 23:00 Honolulu"),
    ("UTC+9", "Mon 24 Aug 2020, 18:00 UTC+9", "Sun 23 Aug 2020, 18:00 UTC+9"),
    ("UTC+5:30", "Mon 24 Aug 2020, 14:30 UTC+5:30", "Sun 23 Aug 2020, 14:30 UTC+5:30"),
    ("asia/seoul", "Mon 24 Aug 2020, 18:00 Seoul (KST, UTC+9)", "Sun 23 Aug 2020, 18:00 Seoul"),
], ids=lambda v: v if "," not in v else None)
def test_key_times_in_zone(ask, zone, opening, management):
    text = ask(f"/time {zone}")
    assert f"Opening of the SG17 meeting: {opening}  =  11:00 Geneva (CEST, UTC+2)" in text
    assert f"Open extended SG17 management team meeting: {management}" in text


def test_title_names_the_zone(reply_of):
    assert reply_of("/time Asia/Seoul").title == "Meeting times in Seoul"


def test_footer_says_only_the_first_day_has_a_stated_time(ask):
    text = ask("/time Asia/Seoul")
    assert "The letter gives the start time of the first day only" in text
    assert "http://itu.int/go/tsg17" in text


def test_no_zone_uses_the_askers_zone(ask):
    assert "Mon 24 Aug 2020, 18:00 Tokyo (JST, UTC+9)" in ask("/time", tz="Asia/Tokyo")


def test_no_zone_and_no_asker_zone_asks_for_one(reply_of, ask):
    assert reply_of("/time").ok is False
    text = ask("/time")
    assert "Which time zone?" in text
    assert "/time Asia/Seoul" in text


@pytest.mark.parametrize("zone, suggestion", [
    ("Asia/Seol", "Asia/Seoul"),
    ("Europe/Zurik", "Europe/Zurich"),
], ids=["typo", "European typo"])
def test_unknown_zone_gets_suggestions(reply_of, ask, zone, suggestion):
    assert reply_of(f"/time {zone}").ok is False
    text = ask(f"/time {zone}")
    assert f"I do not know the time zone “{zone}”" in text
    assert "Did you mean:" in text
    assert suggestion in text


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "UTC+15", "xyz"])
def test_unknown_zone_is_a_clear_message(reply_of, ask, zone):
    reply = reply_of(f"/time {zone}")
    assert reply.ok is False
    assert reply.title == "Unknown time zone"
    assert "Use an IANA name such as Asia/Seoul, a city, or UTC+9." in ask(f"/time {zone}")


@pytest.mark.parametrize("typed, opening", [
    ("Lima", "Mon 24 Aug 2020, 04:00 Lima (UTC-5)"),
    ("Seoul", "Mon 24 Aug 2020, 18:00 Seoul (KST, UTC+9)"),
    ("new york", "Mon 24 Aug 2020, 05:00 New York City (EDT, UTC-4)"),
    ("Mumbai", "Mon 24 Aug 2020, 14:30 Mumbai (IST, UTC+5:30)"),
    ("São Paulo", "Mon 24 Aug 2020, 06:00 São Paulo (UTC-3)"),
    ("Lima, Peru", "Mon 24 Aug 2020, 04:00 Lima (UTC-5)"),
    ("Lima Peru", "Mon 24 Aug 2020, 04:00 Lima (UTC-5)"),
    ("Peru", "Mon 24 Aug 2020, 04:00 Peru (UTC-5)"),
    ("San José, Costa Rica", "Mon 24 Aug 2020, 03:00 San José (CST, UTC-6)"),
], ids=lambda v: v if "Mon" not in v else None)
def test_a_city_names_its_zone(ask, reply_of, typed, opening):
    assert reply_of(f"/time {typed}").ok
    assert f"Opening of the SG17 meeting: {opening}  =  11:00 Geneva" in ask(f"/time {typed}")


@pytest.mark.parametrize("typed, opening", [
    ("EST", "05:00 New York (EDT, UTC-4)"),  # New York's clock in August, not pytz's fixed UTC-5 "EST"
    ("pst", "02:00 Los Angeles (PDT, UTC-7)"),
    ("CEST", "11:00 Paris (CEST, UTC+2)"),
    ("JST", "18:00 Tokyo (JST, UTC+9)"),
], ids=lambda v: v if " " not in v else None)
def test_a_zone_abbreviation_reads_as_the_zone_in_season(ask, typed, opening):
    assert f"Opening of the SG17 meeting: Mon 24 Aug 2020, {opening}" in ask(f"/time {typed}")


def test_an_ambiguous_abbreviation_is_not_guessed(reply_of):
    assert reply_of("/time CST").ok is False  # Chicago or China


def test_explicit_zone_wins_over_askers_zone(ask):
    assert "18:00 Seoul" in ask("/time Asia/Seoul", tz="America/New_York")


def test_an_unknown_abbreviation_is_no_city_s_code(reply_of):
    assert reply_of("/time XYZQ").ok is False


def test_pet_is_peru_time(ask):
    assert "Opening of the SG17 meeting: Mon 24 Aug 2020, 04:00 Lima" in ask("/time PET")


def test_a_saved_zone_s_confirmation_shows_the_opening_in_that_zone(ask):
    text = ask("/timezone EST", tz="America/Lima")  # the asker's former zone is Lima's
    assert "Your zone is now New York" in text and "= 05:00 New York (EDT, UTC-4)" in text and "Lima" not in text


def test_a_saved_zone_s_confirmation_dates_the_opening_where_it_falls_on_another_day(ask):
    assert "= Sun 23 Aug 2020, 23:00 Tahiti (UTC-10)" in ask("/timezone Pacific/Tahiti")
    assert "= 18:00 Seoul (KST, UTC+9)" in ask("/timezone Asia/Seoul")  # the same day: the clock alone


@pytest.mark.parametrize("typed, zone, shown", [
    ("Europe/Geneva", "Europe/Zurich", "Geneva"),
    ("Asia/Mumbai", "Asia/Kolkata", "Mumbai"),
    ("Africa/Abuja", "Africa/Lagos", "Abuja"),
])
def test_a_zone_named_after_a_city_without_a_zone_of_its_own_is_that_citys_zone(typed, zone, shown):
    from bot.answers.zone_lookup import zone_named

    named = zone_named(typed)
    assert named is not None and (named.stored, named.label) == (zone, shown)


def test_a_region_and_a_city_of_another_region_is_no_zone():
    from bot.answers.zone_lookup import zone_named

    assert zone_named("Europe/Tokyo") is None
