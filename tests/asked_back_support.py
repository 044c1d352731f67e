"""A meeting where a plain question is asked back: two FAQ entries that the word "coffee" alone fits equally.

Used by the adapter tests of asking back (buttons on Slack and Discord). ``hostile`` puts mentions and
markup into the readings' labels, as a careless or malicious meeting file could.
"""

from __future__ import annotations

from bot.models import Meeting

AMBIGUOUS = "coffee?"  # the coffee corner, or the coffee break?
CORNER_ANSWER = "#coffee"  # in the answer to the coffee corner only
BREAK_ANSWER = "calls coffee breaks"  # in the answer to the coffee break only
HOSTILE = "<!channel> @here <@U0BOSS> <@700000000000000020> *bold* `code` &amp; <https://evil.example|click>"


def coffee_meeting(meeting: Meeting, hostile: bool = False) -> Meeting:
    """``meeting`` with the two coffee FAQ entries; with ``hostile``, both questions end with :data:`HOSTILE`."""
    tail = f" {HOSTILE}" if hostile else ""
    faq = [{"question": f"Where is the coffee corner?{tail}", "question_fr": "Où est le coin café ?",
            "answer": "The coffee corner is the chat room #coffee.", "answer_fr": "Le coin café est le salon #café.",
            "keywords": ["coffee", "corner"]},
           {"question": f"When is the coffee break?{tail}", "question_fr": "Quand est la pause café ?",
            "answer": "The chair calls coffee breaks.", "answer_fr": "Le président annonce les pauses café.",
            "keywords": ["coffee", "break"]}]
    return meeting.model_copy(update={"id": "coffee-meeting", "faq": [*meeting.faq, *faq]})
