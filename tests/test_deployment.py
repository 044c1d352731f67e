"""The deployment config's meetings: list, checked and wired (adapters/deployment.py, bot/deployment/entries.py)."""

from __future__ import annotations

import pytest

from adapters.deployment import DeploymentError, load_served, merged_discord, merged_slack, plan
from adapters.file_check import check_file
from bot.config import BUNDLED_MEETING
from bot.deployment.entries import DeploymentConfig
from bot.deployment.router import ChairRule
from bot.loader import LoadError, load_model
from deployment_support import DATA, SG5, SG13, SG17, THREE, three_served

DEPLOYMENTS = DATA / "deployments"


def config_of(name: str) -> DeploymentConfig:
    path = DEPLOYMENTS / name
    return load_model(path, DeploymentConfig).resolved(path.parent)


def test_an_old_single_meeting_config_is_a_list_of_one():
    config = load_model(DATA / "configs" / "valid.yaml", DeploymentConfig).resolved(DATA / "configs")
    (entry,) = config.served()
    assert entry.meeting == config.meeting and entry.slack == config.slack and entry.discord == config.discord
    assert entry.rooms == {}


@pytest.mark.parametrize("name, problem", [
    ("meeting_and_meetings.yaml", "meeting: with meetings:, give these inside each meeting of the list"),
    ("two_discord_servers.yaml", "the bot joins one Discord server"),
    ("room_id_with_a_space.yaml", "room 'WP 1': a room id is lower-case letters"),
], ids=["both forms", "two Discord servers", "bad room id"])
def test_a_config_that_cannot_be_served_is_refused_with_a_clear_line(name, problem):
    with pytest.raises(LoadError) as error:
        load_model(DEPLOYMENTS / name, DeploymentConfig)
    assert problem in str(error.value)
    assert str(DEPLOYMENTS / name) in str(error.value)


@pytest.mark.parametrize("name, problem", [
    ("undeclared_room.yaml", "rooms: wp9: the meeting file declares no room wp9 (its rooms: wp1, wp2, wp3)"),
    ("channel_in_two_rooms.yaml", "slack channel C13SHARED is given to both fictional-sg13-2020-08 room wp1 and "
                                  "fictional-sg13-2020-08 room wp2"),
    ("same_meeting_twice.yaml", "fictional-sg5-2020-11.yaml: the same meeting file is listed twice under meetings:"),
], ids=["undeclared room", "channel in two rooms", "same meeting twice"])
def test_rooms_and_channels_that_do_not_fit_the_meeting_files_are_refused(name, problem):
    with pytest.raises(DeploymentError, match=".") as error:
        plan(load_served(config_of(name)))
    assert problem in str(error.value)


def test_meetings_may_share_a_reminder_channel():
    layout = plan(load_served(config_of("shared_reminder_channel.yaml")))
    assert layout.slack_reminders == {SG17: ["CGENERAL"], SG5: ["CGENERAL"]}


def test_the_plan_routes_every_channel_to_its_meeting_and_room():
    layout = plan(three_served())
    assert layout.channels[("slack", "C13WP2")] == (SG13, "wp2")
    assert layout.channels[("discord", "1311")] == (SG13, "wp1")
    assert layout.channels[("slack", "C17GEN")] == (SG17, None)
    assert layout.slack_sessions[f"{SG13}/wp1"] == ["C13WP1"] and layout.slack_sessions[SG13] == ["C13PLEN"]
    assert layout.chairs[("slack", (SG13, "wp1"))] == ChairRule(frozenset({"U13CHAIR", "U13WP1CHAIR"}))
    assert layout.chairs[("discord", (SG13, "wp2"))].groups == {"SG13 Chair", "WP2 Chair"}


def test_the_platforms_see_every_meetings_channels_and_chairs():
    served = three_served()
    slack, discord = merged_slack(served), merged_discord(served)
    assert {"C17PLEN", "C13PLEN", "C13WP1", "C5PLEN"} <= set(slack.session_channels)
    assert slack.reminder_channels == ["C17GEN", "C13GEN", "C5GEN"]
    assert {"U17CHAIR", "U13WP1CHAIR", "U5CHAIR"} <= set(slack.chairs)
    assert discord.guild_id == 1000 and {"SG17 Chair", "WP1 Chair"} <= set(discord.chair_roles)


def test_a_single_meeting_keeps_its_own_platform_config_unchanged():
    config = DeploymentConfig(meeting=BUNDLED_MEETING)
    served = load_served(config)
    assert merged_slack(served) is served[0].entry.slack
    assert plan(served).chairs == {}  # nobody's chair status is narrowed


def test_a_meetings_own_reminders_win_over_the_deployments():
    config = load_model(THREE, DeploymentConfig).resolved(THREE.parent)
    sg5 = config.served()[2]
    assert config.policy_of(sg5).deadlines == ["1d"] and config.policy_of(config.served()[0]).deadlines == \
        ["7d", "1d", "0d 09:00"]


def test_check_follows_every_meeting_of_the_list():
    assert check_file(str(THREE)).errors == []
    (problem,) = check_file(str(DEPLOYMENTS / "undeclared_room.yaml")).errors
    assert str(problem).startswith(f"{DEPLOYMENTS / 'undeclared_room.yaml'}:2: meetings: ")
    assert "declares no room wp9 (its rooms: wp1, wp2, wp3)" in str(problem)
