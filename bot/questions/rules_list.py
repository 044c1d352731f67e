"""The remote-participation rules asked for as a whole: "what are the rules for remote participation?",
"quelles sont les règles pour participer à distance ?" get every rule in short, as ``/rules`` gives them,
never the one rule whose words happen to match best."""

from __future__ import annotations

import re

from bot.context import Context
from bot.i18n import pick
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question, read_question, stem, stems
from bot.questions.replies import text_answer
from bot.questions.vocabulary import STOPWORDS
from bot.reply import Reply

#: Words that ask for rules in general.
RULES_WORDS = ("rules", "rule", "regles", "regle", "guidelines", "consignes", "etiquette", "dos and don ts",
               "code of conduct")

#: Stems that only say which rules: those of remote participation, of this meeting ("the rules for remote
#: participation", "les règles pour participer à distance en ligne").
_GENERAL = frozenset(stems("""rules rule regles regle guidelines consignes etiquette code conduct remote remotely
distance participation participate participating participer participant participants online ligne virtual
virtuelle meeting reunion session sessions seance seances sg17 ce17 main key important general generales list
liste summary resume short shorter bref brief briefly all toutes tous applicable applicables apply applies vigueur force
version quick quickly overview apercu tldr please svp pls plz explain explique expliquer someone somebody anyone
vite fait rapide rapidement koi quoi
quelqu again encore remind rappeler rappel tell dire""".split(), STOPWORDS, languages=False))


_ASKING = frozenset(stems(["what", "which", "quelles", "quels"], languages=False))


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Every rule in short when the question asks for the rules in general; None otherwise."""
    m, lang = ctx.meeting, q.lang
    if not m.rules or not q.has(*RULES_WORDS):
        return None
    parts = re.split(r"\s*[,;]\s*", q.raw)
    with_rules = [part for part in parts if read_question(part, q.lang).has(*RULES_WORDS)]
    words = read_question(parts[0], q.lang).corrected if len(parts) > 1 and with_rules == parts[:1] else q.corrected
    # "explain the rules for remote participation quickly, in a call in 2 min": the first clause names the rules,
    # what follows says why (not "how long before the meeting do you have to register, what's the rule?")
    asked = set(stems(words, STOPWORDS, languages=False)) - _GENERAL - _ASKING
    topics = {stem(rule.topic) for rule in m.rules}
    if asked and len(asked) == 1 and asked <= topics:  # "les règles pour prendre la parole": the floor's rules
        chosen = [rule for rule in m.rules if stem(rule.topic) in asked]
        return text_answer(m, lang, say("rules.all", lang, tool=m.remote_tool or ""),
                           *[pick(lang, rule.text, rule.text_fr) for rule in chosen])
    if asked:
        return None  # "what are the rules on the chat and the registration?": retrieval finds each
    lines = [f"• {pick(lang, rule.summary, rule.summary_fr)}" for rule in m.rules]
    return text_answer(m, lang, say("rules.all", lang, tool=m.remote_tool or ""), *lines, say("rules.more", lang))
