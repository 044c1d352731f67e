"""Building the question answerer's replies: titled, in one language, citing the letter."""

from __future__ import annotations

from bot.models import Meeting
from bot.questions.messages import say
from bot.reply import Field, Line, Reply, Section


def source(meeting: Meeting, lang: str) -> str:
    """``Source: TSB Collective letter 9/17 (SG 17/XY)`` in the reply's language."""
    reference = meeting.reference_fr if lang == "fr" and meeting.reference_fr else meeting.reference
    return say("source", lang, reference=reference)


def answer(meeting: Meeting, lang: str, title: str, lines: list[Line] | tuple[Line, ...],
           fields: tuple[Field, ...] = (), ok: bool = True) -> Reply:
    """A private reply with one section and the letter as its source."""
    return Reply(title=title, sections=(Section(lines=tuple(lines), fields=fields),),
                 footer=source(meeting, lang), ok=ok, lang=lang)


def text_answer(meeting: Meeting, lang: str, title: str, *texts: str, ok: bool = True) -> Reply:
    """A reply of plain sentences, one per line."""
    return answer(meeting, lang, title, [(t,) for t in texts], ok=ok)


GREETINGS = frozenset({"hello", "hi", "hey", "bonjour", "salut", "bonsoir", "good morning", "good afternoon",
                       "good evening", "thanks", "thank you", "merci"})


FRENCH_GREETINGS = frozenset({"bonjour", "salut", "bonsoir", "merci"})


def greeting(meeting: Meeting, lang: str, folded: str) -> Reply | None:
    """A short hello (or thanks) answered with what the bot can do; None for anything else."""
    words = " ".join(folded.replace("!", " ").replace(".", " ").replace(",", " ").split())
    if words not in GREETINGS and not any(words == f"{g} bot" or words == f"{g} meetingbot" for g in GREETINGS):
        return None
    if words.split()[0] in FRENCH_GREETINGS:
        lang = "fr"
    title = meeting.title_fr if lang == "fr" and meeting.title_fr else meeting.title
    return Reply(title=say("hello.title", lang), lang=lang, sections=(Section(lines=(
        (say("hello.text", lang, title=title),),)),))


def out_of_scope(meeting: Meeting, lang: str) -> Reply:
    """The honest "the meeting information does not say", with the secretariat's e-mail."""
    return Reply(title=say("oos.title", lang), ok=False, lang=lang, sections=(Section(lines=(
        (say("oos.text", lang, email=meeting.contacts.email),),)),))
