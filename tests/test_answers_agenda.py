"""/agenda against the bundled SG17 agenda: overview, full, one item, one sub-item, search, unknowns."""

from __future__ import annotations

import pytest

ITEMS = [
    "1. Opening of the meeting and welcome",
    "2. Results from the last SG17 meeting",
    "3. Coordination, collaboration and cooperation",
    "4. Working arrangements for this meeting",
    "5. General matters",
    "6. Programme for this meeting (working party meetings and meetings on Questions)",
    "7. Future meetings of SG17",
    "8. Information from Vice-Chairmen and Working Party Chairmen",
    "9. Any other business",
    "10. Closing",
]
H3 = "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1"


def test_overview_lists_the_ten_items_in_order(ask):
    text = ask("/agenda")
    assert "Agenda for Plenary Meeting of ITU-T SG17, Geneva, 24 Aug-3 Sep 2020 (10 items)" in text
    positions = [text.index(item) for item in ITEMS]
    assert positions == sorted(positions)


def test_overview_hides_sub_items(ask):
    assert H3 not in ask("/agenda")


def test_overview_mentions_td3000(ask):
    assert "Updates to the agenda can be found in TD3000" in ask("/agenda")


@pytest.mark.parametrize("word", ["full", "all", "FULL"])
def test_full_agenda_has_every_entry(ask, word):
    text = ask(f"/agenda {word}")
    for expected in ITEMS + [
        "2 a) Reports of the 17-26 March 2020 SG17 meeting", H3, "4 i) Tutorials for this meeting",
        "5 f) Kaleidoscope", "6 r) Highlights of achievements", "• CG-xss", "• CG-wtsa20-prep",
        "• CG-SECAD", "• JCA-IdM", "• JCA-CoP", "• SG17RG-AFR", "• SG17RG-ARB",
    ]:
        assert expected in text


def test_full_agenda_keeps_agenda_order(ask):
    text = ask("/agenda full")
    order = ["2 g)", "3. Coordination", "3 a)", "3 n)", "4. Working", "6 r)", "7. Future", "10. Closing"]
    positions = [text.index(mark) for mark in order]
    assert positions == sorted(positions)


def test_item_3_shows_all_its_sub_items(ask):
    text = ask("/agenda 3")
    assert text.startswith("Agenda item 3. Coordination, collaboration and cooperation")
    for expected in ["3 a) Joint coordination activities (JCAs) and Focus groups (FGs)",
                     "3 b) Relations with other lead study groups", H3, "3 i) Collaboration with IETF",
                     "3 l) A.5 qualification of UPU", "3 n) Reports on other liaison and collaboration activities"]:
        assert expected in text
    assert "4 a)" not in text


@pytest.mark.parametrize("form", ["3h", "3 h", "3.h", "3(h)", "3h)", "item 3h", "Item 3 (H)", "point 3h)", "3H"])
def test_sub_item_3h_in_every_form(ask, form):
    text = ask(f"/agenda {form}")
    assert text.startswith(f"Agenda item {H3}")
    assert "Under item 3. Coordination, collaboration and cooperation" in text
    assert "3 i)" not in text


def test_sub_item_with_bulleted_entries(ask):
    text = ask("/agenda 2f")
    assert "2 f) Reports from the Correspondence Groups" in text
    assert "Under item 2. Results from the last SG17 meeting" in text
    for name in ["CG-xss", "CG-wtsa20-prep", "CG-SECAD"]:
        assert f"• {name}" in text


def test_item_without_sub_items(ask):
    text = ask("/agenda 10")
    assert text.startswith("Agenda item 10. Closing")


@pytest.mark.parametrize("words, expected", [
    ("jtc", H3),
    ("IETF", "3 i) Collaboration with IETF"),
    ("Kaleidoscope", "5 f) Kaleidoscope"),
    ("JCA-IdM", "4 f) SG17 JCAs"),
    ("CG-xss", "2 f) Reports from the Correspondence Groups"),
    ("SG17RG-ARB", "4 g) SG17 Regional Groups"),
    ("IPR", "5 b) IPR information"),
], ids=lambda v: v if len(v) < 15 else None)
def test_search_with_one_match_shows_the_entry(ask, words, expected):
    assert ask(f"/agenda {words}").startswith(f"Agenda item {expected}")


def test_search_with_several_matches_lists_them(ask):
    text = ask("/agenda collaboration with")
    assert "Agenda entries matching “collaboration with”" in text
    for expected in ["3 c) Collaboration with ITU-D", "3 d) Collaboration with ITU-R", H3,
                     "3 i) Collaboration with IETF", "3 j) Collaboration with ETSI",
                     "3 k) Collaboration with the SDL Forum Society"]:
        assert expected in text


def test_item_11_does_not_exist(reply_of, ask):
    assert reply_of("/agenda 11").ok is False
    text = ask("/agenda 11")
    assert "There is no item 11: the agenda has 10 items (1–10)." in text


def test_sub_item_3z_does_not_exist(ask):
    text = ask("/agenda 3z")
    assert "Item 3 has sub-items a–n; there is no 3 z)." in text
    assert "10 items" in text


def test_sub_item_of_item_without_sub_items(ask):
    assert "Item 1 has no sub-items." in ask("/agenda 1a")


def test_typo_gets_closest_matches(reply_of, ask):
    assert reply_of("/agenda Kaleidoskope").ok is False
    text = ask("/agenda Kaleidoskope")
    assert "Nothing in the agenda matches “Kaleidoskope”." in text
    assert "Closest matches:" in text
    assert "5 f) Kaleidoscope" in text


def test_typo_in_title_suggests_intended_entry_first(ask):
    lines = ask("/agenda Colaboration with IETF").splitlines()
    assert lines[lines.index("Closest matches:") + 1].strip() == "3 i) Collaboration with IETF"


@pytest.mark.parametrize("junk", ["0", "zzzqqq", "999", "3hh", "<!channel>", "((("],
                         ids=["zero", "junk word", "item 999", "two letters", "mention", "parens"])
def test_junk_gets_a_helpful_answer(reply_of, ask, junk):
    reply = reply_of(f"/agenda {junk}")
    assert reply.ok is False
    assert "The agenda has 10 items; type /agenda to see them." in ask(f"/agenda {junk}")


def test_agenda_without_slash_and_in_capitals(ask):
    assert ask("AGENDA 3h").startswith(f"Agenda item {H3}")


@pytest.mark.parametrize("text, expected", [
    ("agenda item about IETF?", "3 i) Collaboration with IETF"),
    ("rules for remote participation pls", "Remote participation rules (MyMeetings)"),
    ("agenda 99", "There is no item 99"),
])
def test_words_that_only_begin_like_a_command_are_read_as_the_question_they_are(ask, text, expected):
    """Without its slash, a read-only command that cannot answer hands the message to the question reader."""
    assert expected in ask(text)
