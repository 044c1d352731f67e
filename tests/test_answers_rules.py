"""/rules (remote participation, Annex A) and /info (practical information) on the bundled letter."""

from __future__ import annotations

import pytest

SUMMARIES = [
    "Register to take part; unconfirmed delegates cannot join MyMeetings, which serves every session, decision-making ones included.",
    "When taking the floor, say who you are and which entity you represent.",
    "Remote participation is provided on a best-effort basis.",
    "The meeting is not delayed or interrupted if you cannot connect, listen or be heard.",
    "With poor sound, the chair may interrupt you until the problem is solved.",
    "The meeting chat is part of the meeting; use it to help manage time.",
]


def test_rules_short_lists_each_rule(ask):
    text = ask("/rules")
    assert text.startswith("Remote participation rules (MyMeetings)")
    for summary in SUMMARIES:
        assert f"• {summary}" in text


def test_rules_short_names_the_topics(ask):
    text = ask("/rules")
    for topic in ["floor", "sound", "chat", "registration", "documents", "language", "connection"]:
        assert f"/rules {topic}" in text


@pytest.mark.parametrize("topic, expected", [
    ("floor", "When taking the floor, delegates must identify themselves and indicate the entity they represent."),
    ("sound", "If the voice quality of a remote participant is considered insufficient, the chairman may "
              "interrupt the remote participant and may refrain from giving the participant the floor until "
              "there is indication that the problem is resolved."),
    ("chat", "The chat facility is an integral part of the meeting; its use is encouraged to facilitate "
             "efficient time management during the sessions."),
    ("registration", "Delegates must register to participate in the meeting."),
    ("registration", "including decision-making sessions such as working party and study group plenaries"),
    ("registration", "Registration is mandatory and must be made online"),
    ("documents", "Member contributions must be submitted through the direct document posting system."),
    ("documents", "ITU user account with TIES access"),
    ("language", "The meeting will be held entirely and only in English, without interpretation."),
    ("connection", "Remote participation services are provided on a best-effort basis."),
    ("connection", "the meeting will not be delayed or interrupted because a remote participant is unable to "
                   "connect, listen or be heard, at the discretion of the chairman."),
], ids=["floor", "sound", "chat", "registration rule", "registration all sessions", "registration info",
        "documents", "documents TIES", "language", "connection best effort", "connection no delay"])
def test_rules_topic_in_full(ask, topic, expected):
    assert expected in ask(f"/rules {topic}")


def test_rules_topic_is_case_insensitive(ask):
    assert ask("/rules FLOOR") == ask("/rules floor")


def test_rules_topic_shows_only_that_topic(ask):
    text = ask("/rules floor")
    assert "voice quality" not in text
    assert "chat facility" not in text


def test_rules_by_rule_id(ask):
    assert "voice quality" in ask("/rules poor-sound")


def test_unknown_rules_topic_lists_topics(reply_of, ask):
    assert reply_of("/rules dancing").ok is False
    text = ask("/rules dancing")
    assert "There is no rules topic “dancing”." in text
    assert "Topics: registration, floor, connection, sound, chat, documents, language." in text


# --- /info ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Document submission and access", "Working language", "Registration",
                                   "New delegates", "Fellowships", "Visas"])
def test_info_lists_each_topic(ask, title):
    assert f"• {title}: " in ask("/info")


@pytest.mark.parametrize("topic, expected", [
    ("documents", "Draft TDs (temporary documents) must be sent by e-mail to the study group secretariat "
                  "using the appropriate template."),
    ("documents", "access is restricted to ITU-T Members with an ITU user account with TIES access"),
    ("registration", "at least one month before the meeting starts"),
    ("registration", "As explained in Circular TSB 68, under the ITU-T registration system the focal point "
                     "must approve registration requests"),
    ("registration", "Circular TSB 118 explains how to set up automatic approval of these requests"),
    ("registration", "Some options in the registration form apply only to Member States."),
    ("registration", "Members are encouraged to include women in their delegations whenever possible."),
    ("registration", "Delegates whose registration has not been confirmed will not be able to access the "
                     "MyMeetings remote participation tool."),
    ("newcomers", "Induction sessions for new delegates will be held if the study group chairman deems it "
                  "appropriate."),
    ("fellowships", "No fellowships will be granted"),
    ("visas", "No visa is needed"),
    ("language", "entirely and only in English, without interpretation"),
], ids=["documents TDs", "documents TIES", "registration one month", "registration TSB 68",
        "registration TSB 118", "registration Member States", "registration women",
        "registration unconfirmed", "newcomers", "fellowships", "visas", "language"])
def test_info_topic_in_full(ask, topic, expected):
    assert expected in ask(f"/info {topic}")


@pytest.mark.parametrize("word, title", [
    ("visa", "Visas"), ("fellowship", "Fellowships"), ("VISAS", "Visas"), ("ties", "Document submission and access"),
    ("women", "Registration"), ("interpretation", "Working language"), ("induction", "New delegates"),
], ids=lambda v: v)
def test_info_finds_topic_by_keyword(reply_of, word, title):
    reply = reply_of(f"/info {word}")
    assert reply.ok
    assert reply.title == title


def test_unknown_info_topic_lists_topics(reply_of, ask):
    assert reply_of("/info cocktails").ok is False
    text = ask("/info cocktails")
    assert "There is no practical topic “cocktails”." in text
    assert "Topics: documents, language, registration, newcomers, fellowships, visas." in text


def test_an_unknown_topic_in_a_file_with_no_practical_information_lists_no_empty_topics(meeting, clock):
    from adapters.console.render import TextRenderer
    from bot.core import MeetingBot
    from bot.request import Asker, Request

    bare = meeting.model_copy(update={"practical": []})
    reply = MeetingBot(bare, clock).handle(Request("/info visas", Asker(id="kim", name="kim")))
    text = TextRenderer(bare, None).render(reply)
    assert "Topics: ." not in text
    assert "The meeting file gives none." in text


def _in_french(bot, meeting, text: str) -> str:
    from adapters.console.render import TextRenderer
    from bot.request import Asker, Request

    asker = Asker(id="fr", name="fr", lang="fr")
    return TextRenderer(meeting, None, "fr").render(bot.handle(Request(text, asker)))


@pytest.mark.parametrize("typed", ["son", "sound", "audio"])
def test_a_french_reader_names_a_topic_in_french_or_english_and_reads_its_french_name(bot, meeting, typed):
    text = _in_french(bot, meeting, f"/rules {typed}")
    assert text.startswith("Règles : son")
    assert "le Président peut interrompre ce participant" in text


def test_a_french_reader_is_offered_the_topics_by_their_french_names(bot, meeting):
    text = _in_french(bot, meeting, "/rules")
    for topic in ["parole", "son", "inscription", "langue", "connexion"]:
        assert f"/rules {topic}" in text
    assert "/rules sound" not in text
    unknown = _in_french(bot, meeting, "/rules météo")
    assert "Sujets : inscription, parole, connexion, son, chat, documents, langue." in unknown
