"""The first thing a newcomer does: ask for the deadlines and an agenda sub-item."""


def test_deadlines_before_registration_closes(ask):
    text = ask("/deadlines")
    assert "Fri 24 Jul 2020" in text
    assert "Registration" in text
    assert "in 4 days" in text
    assert "no hour" in text


def test_agenda_sub_item(ask):
    text = ask("/agenda 3h")
    assert "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in text
    assert "Coordination, collaboration and cooperation" in text
