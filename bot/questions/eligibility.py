"""Who may take part, asked of a kind of organization: "is this meeting only for governments? we're a tiny telco",
"can a private company attend?", "on est un petit opérateur, on peut participer ?".

Answered with those the letter is addressed to (Member States' administrations, Sector Members, Associates,
Academia); a claim that only governments are invited is corrected first. Never read as a claim about the meeting
("private" is the company's, not the meeting's) nor as a time question ("can we participate?").
"""

from __future__ import annotations

import re

from bot.context import Context
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Kinds of organization or person a delegate names when asking whether they may take part.
_KINDS = (r"(?:private (?:company|companies|sector|firm|firms)|compan(?:y|ies)|firms?|operators?|telcos?|carriers?|"
          r"vendors?|manufacturers?|start ?ups?|industry|non members?|ngos?|universit(?:y|ies)|academics?|researchers?|"
          r"consultants?|entreprises?(?: privees?)?|societes?(?: privees?)?|operateurs?|constructeurs?|fabricants?|"
          r"universites?|chercheurs?|non membres?|ong|secteur prive)")

#: Taking part ("attend", "participate", "join", "take part", "participer", "assister").
_TAKE_PART = r"(?:attend|participate|join|take part|be there|come|participer|assister|venir|rejoindre|y aller)"

#: The meeting itself said to be only for governments ("is this meeting only for governments?", "la réunion est
#: réservée aux États membres ?"), not a part of it ("are some form options reserved for Member States?").
_GOVERNMENTS = (r"(?:governments?|gouvernements?|member states?|etats? membres?|administrations?|states|etats|"
                r"ministr(?:y|ies)|ministeres?|regulators?|regulateurs?)")
_ONLY_GOVERNMENTS = re.compile(rf"\b(?:meeting|reunion|sg ?17|ce ?17|conference|invitation|letter|lettre|this|it|c est|"
                               rf"elle)\s+(?:\w+\s+){{0,2}}?"
                               rf"(?:only|just|reserved|restricted|limited|seulement|uniquement|reservee?s?|limitee?s?)\s+"
                               rf"(?:for|to|pour|aux?|a)\s+(?:the\s+|les\s+)?{_GOVERNMENTS}\b"
                               rf"|\b(?:meeting|reunion|sg ?17|ce ?17|conference|invitation|letter|lettre|this|it|c est|"
                               rf"elle)\s+(?:\w+\s+){{0,2}}?(?:for|pour|aux?)\s+(?:the\s+|les\s+)?{_GOVERNMENTS}\s+"
                               rf"(?:only|seulement|uniquement)\b")  # "is this invitation for governments only?"

#: Whether a kind of organization may take part, or the meeting is only for governments.
_ASKED = re.compile(
    _ONLY_GOVERNMENTS.pattern
    + rf"|\b(?:can|could|may|are|is)\s+(?:an?\s+|our\s+|my\s+)?{_KINDS}\s+(?:\w+\s+){{0,2}}?(?:allowed to\s+|able to\s+)?"
    rf"{_TAKE_PART}\b"
    rf"|\b(?:we re|we are|i m|i am|on est|nous sommes|je suis)\s+(?:an?\s+|un\s+|une\s+)?(?:\w+\s+){{0,2}}?{_KINDS}\b"
    rf".{{0,80}}\b(?:can|may|could|allowed|peut|peux|pouvons|pourra|pourrons)\b.{{0,20}}\b{_TAKE_PART}\b"
    rf"|\b(?:un|une|les)\s+{_KINDS}\s+(?:peut|peuvent|pourra|pourront)\s+(?:elle\s+|il\s+|ils\s+|elles\s+)?{_TAKE_PART}\b")

#: A part of the meeting named, whose own answer says who may attend it ("… la réunion du dimanche ?", "… the
#: e-plenary on 29 May?").
_A_PART_NAMED = re.compile(r"\b(?:sunday|dimanche|management|direction|e plenary|pleniere|plenary|session|seance|item|"
                           r"point|workshop|atelier)\b")


#: Words that ask about a condition of taking part other than who is invited (registration, the tool).
_OTHER_CONDITION = ("register", "registered", "registering", "registration", "inscription", "inscrire", "inscrit",
                    "without", "sans", "confirmed", "confirmee", "pending", "visa", "fee", "fees", "frais", "pay", "payer")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Those the letter is addressed to, when whether a kind of organization may take part is asked; else None."""
    m = ctx.meeting
    if not m.addressed_to or not _ASKED.search(q.folded) or q.has(*_OTHER_CONDITION) \
            or (m.remote_tool and m.remote_tool.lower() in q.folded) or _A_PART_NAMED.search(q.folded):
        return None  # "can our company join MyMeetings without registering?": registration, not who is invited;
        # "une entreprise peut-elle participer à la réunion du dimanche ?": that session's own answer
    listed = m.addressed_to_fr if q.lang == "fr" and len(m.addressed_to_fr) == len(m.addressed_to) else m.addressed_to
    lines = [say("fact.addressed", q.lang, who="; ".join(listed))]
    if _ONLY_GOVERNMENTS.search(q.folded) and len(listed) > 1:
        lines.insert(0, say("pr.channel.no", q.lang, how=say("elig.not_only", q.lang, who="; ".join(listed[1:]))))
    return text_answer(m, q.lang, say("fact.addressed.title", q.lang), *lines,
                       say("elig.ask", q.lang, email=m.contacts.email))
