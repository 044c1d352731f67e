"""What a delegate does first: "im new. what do i need to do first?", "Je suis nouveau, que dois-je faire en
premier ?", "where do I start?".

Answered with the steps the letter sets, in order: register (mandatory, online, by its deadline), then
MyMeetings once the registration is confirmed, the documents, the deadlines, and what is planned for new
delegates; each from the meeting file, in the question's language.
"""

from __future__ import annotations

import re

from bot.context import Context
from bot.i18n import pick
from bot.questions import deadline_intent
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Words that ask what to do first, or where to start.
FIRST_STEPS = ("do first", "first step", "first steps", "faire en premier", "faire d abord", "premiere etape",
               "premieres etapes", "fais quoi en premier", "faire quoi en premier", "quoi faire en premier",
               "where do i start", "where to start", "where should i start", "par ou commencer", "par quoi je commence",
               "par quoi commencer", "par quoi dois je commencer", "par quoi je dois commencer", "par ou dois je commencer", "par quoi faut il commencer", "je commence par quoi", "par quoi on commence", "what do i start with",
               "je fais quoi d abord", "fais quoi d abord", "quoi faire d abord", "faire quoi d abord",
               "je fais quoi en premier", "what should i do first", "what do i do first",
               "par ou je commence", "get started", "getting started", "checklist", "to do list",
               "what do i need to do to take part", "what do i need to do to participate", "que dois je faire pour participer",
               "que faut il faire pour participer", "what do i have to do to join", "what do i need to do to join",
               "the steps to", "what are the steps", "which steps", "quelles sont les etapes", "les etapes pour",
               "steps to get into", "steps to join", "steps to attend", "etapes pour participer",
               "what steps", "steps should i take", "steps do i take", "steps do i need", "steps before",
               "quelles etapes", "etapes avant", "what should i do before", "what do i need to do before",
               "que dois je faire avant", "que faut il faire avant", "how do i prepare", "how should i prepare",
               "comment me preparer", "comment se preparer")
#: The practical topics of the meeting file that make the steps, in order.
STEP_TOPICS = ("registration", "documents", "newcomers")
#: The rule that says who may join the sessions, and through what: the step after registering.
JOINING_RULE = "register-to-participate"


#: "What do I need to do?" asked with nothing after it: what a delegate does, from the start.
_WHAT_TO_DO = re.compile(r"\b(?:what do i need to do|what do i have to do|what should i do|what must i do|what do we need "
                         r"to do|que dois je faire|je dois faire quoi|qu est ce que je dois faire|que faut il faire|"
                         r"on doit faire quoi)(?:\s+(?:now|first|next|maintenant|d abord|en premier))?\s*[?!.]*$")


#: A newcomer ("je suis nouvelle déléguée", "it's my first time", "I'm new").
_NEWCOMER = re.compile(r"\b(?:newcomers?|new delegate|new to (?:this|itu|these)|i m new|im new|i am new|first time|first meeting|"
                       r"nouveau delegue|nouvelle deleguee|nouveaux delegues|je suis nouveau|je suis nouvelle|"
                       r"premiere fois|premiere reunion)\b")
#: How to take part asked ("on fait comment pour participer ?", "how do I participate?", "how do I join?").
_HOW_TO_TAKE_PART = re.compile(r"\b(?:how (?:do|can|should) (?:i|we) (?:participate|take part|join|attend|get in)|how to "
                               r"(?:participate|take part|join|attend)|comment (?:on fait |faire |je fais |puis je |peut on )?"
                               r"(?:pour )?(?:participer|assister|rejoindre|y participer)|on fait comment pour "
                               r"(?:participer|assister|rejoindre))\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The steps in order, or None when the question does not ask where to start."""
    if not q.has(*FIRST_STEPS) and not _WHAT_TO_DO.search(q.folded) \
            and not (_NEWCOMER.search(q.folded) and _HOW_TO_TAKE_PART.search(q.folded)):
        return None  # "je suis nouvelle déléguée, on fait comment pour participer ?": the steps, from the start
    m, lang = ctx.meeting, q.lang
    topics = {t.id: t for t in m.practical}
    colon = " : " if lang == "fr" else ": "
    steps = [(pick(lang, topics[t].title, topics[t].title_fr), _first_sentences(pick(lang, topics[t].text,
                                                                                      topics[t].text_fr)))
             for t in STEP_TOPICS if t in topics]
    joining = next((r for r in m.rules if r.id == JOINING_RULE), None)
    if joining is not None and steps:  # once registered and confirmed, the sessions are joined through MyMeetings
        steps.insert(1, (say("steps.join", lang), pick(lang, joining.summary, joining.summary_fr)))
    lines = [say("steps.intro", lang), *(f"{number}. {title}{colon}{text}"
                                         for number, (title, text) in enumerate(steps, start=1))]
    lines += [say("dl.list.title", lang) + (" :" if lang == "fr" else ":"), *deadline_intent.listed(ctx, lang)]
    return text_answer(m, lang, say("steps.title", lang), *lines)


def _first_sentences(text: str, count: int = 2) -> str:
    """The text's first sentences, enough to say what to do."""
    sentences = [s.strip() for s in text.split(". ") if s.strip()]
    shown = ". ".join(sentences[:count])
    return shown if shown.endswith(".") else shown + "."
