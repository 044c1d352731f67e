"""``/rules`` and ``/info``: remote-participation rules and the letter's practical information."""

from __future__ import annotations

from typing import Callable

from bot.context import Context
from bot.i18n import pick
from bot.i18n_commands import COMMANDS
from bot.registry import REGISTRY
from bot.reply import Line, Reply, Section


RULE_RELATED_INFO = ("registration", "documents", "language")


#: The topics' French names, shown to a French reader and understood from anyone ("/rules son").
TOPIC_NAMES_FR = {"floor": "parole", "sound": "son", "chat": "chat", "registration": "inscription",
                  "documents": "documents", "language": "langue", "connection": "connexion"}
#: Other words a reader may type for a topic.
_TOPIC_ALIASES = {"audio": "sound", "micro": "sound", "microphone": "sound", "langues": "language",
                  "interpretation": "language", "interprétation": "language", "connexions": "connection",
                  "register": "registration", "inscriptions": "registration", "document": "documents",
                  "speaking": "floor", "speakers": "floor", "prise de parole": "floor"}


def topic_name(topic: str, lang: str) -> str:
    """A topic as a reader in ``lang`` names it ("son" for sound in French)."""
    return TOPIC_NAMES_FR.get(topic, topic) if lang == "fr" else topic


def _topic_meant(typed: str) -> str:
    """The topic a reader typed, in English or French ("son" and "audio" are sound)."""
    by_french = {french: english for english, french in TOPIC_NAMES_FR.items()}
    return by_french.get(typed) or _TOPIC_ALIASES.get(typed) or typed


def _topics(ctx: Context) -> list[str]:
    topics = [rule.topic for rule in ctx.meeting.rules]
    topics += [topic.id for topic in ctx.meeting.practical if topic.id in RULE_RELATED_INFO]
    return list(dict.fromkeys(topics))


RULES_HELP_FR = """Les règles de participation à distance, en bref ; ou un sujet en entier.

Sujets : parole, son, chat, inscription, documents, langue, connexion (les noms anglais marchent aussi).
"""


@REGISTRY.command("rules", "/rules [floor | sound | chat | registration | documents | language | connection]",
                  help_fr=RULES_HELP_FR, reads_only=True)
def rules(ctx: Context, args: str) -> Reply:
    """The remote-participation rules, short; or one topic in full.

    Topics: floor, sound, chat, registration, documents, language, connection.
    """
    # Rules have no French summary: in French, each rule's French text stands in for it.
    say, lang = COMMANDS.bound(ctx.lang), ctx.lang
    topic = _topic_meant(" ".join(args.split()).lower())
    meeting = ctx.meeting
    shown = [topic_name(name, lang) for name in _topics(ctx)]
    if not topic:
        lines = tuple((f"• {pick(lang, rule.summary, rule.summary_fr)}",) for rule in meeting.rules)
        return Reply(title=say("rules.title", tool=meeting.remote_tool),
                     sections=(Section(lines=lines),),
                     footer=say("rules.footer", topics=" | /rules ".join(shown)))
    chosen = [rule for rule in meeting.rules if rule.topic == topic or rule.id == topic]
    info = [item for item in meeting.practical if item.id == topic or topic in item.keywords]
    if not chosen and not info:
        return Reply(title=say("rules.unknown.title"), ok=False, sections=(Section(lines=(
            (say("rules.unknown", topic=args.strip()),),
            (_topic_list(say, shown),))),))
    sections = [Section(heading=pick(lang, rule.summary, rule.summary_fr),
                        lines=((pick(lang, rule.text, rule.text_fr),),)) for rule in chosen]
    sections += [Section(heading=pick(lang, item.title, item.title_fr),
                         lines=((pick(lang, item.text, item.text_fr),),)) for item in info]
    return Reply(title=say("rules.topic", topic=topic_name(topic, lang)), sections=tuple(sections))


def _topic_list(say: Callable[..., str], topics: list[str]) -> str:
    """``Topics: a, b.``, or that the file gives none (never ``Topics: .``)."""
    return say("rules.topics", topics=", ".join(topics)) if topics else say("rules.no_topics")


INFO_HELP_FR = """Les informations pratiques de la lettre : documents, inscription, nouveaux délégués, bourses, visas.

`/info` liste les sujets avec leur première phrase ; `/info visas` en montre un en entier.
"""


@REGISTRY.command("info", "/info [documents | registration | newcomers | fellowships | visas | language]",
                  help_fr=INFO_HELP_FR, reads_only=True)
def info(ctx: Context, args: str) -> Reply:
    """Practical information from the letter: documents, registration, newcomers, fellowships, visas.

    `/info` lists the topics with their first sentence; `/info visas` shows one in full.
    """
    say, lang = COMMANDS.bound(ctx.lang), ctx.lang
    topic = args.strip().lower()
    practical = ctx.meeting.practical
    if not topic:
        lines: tuple[Line, ...] = tuple(
            (say("info.line", title=pick(lang, item.title, item.title_fr),
                 first=pick(lang, item.text, item.text_fr).split('. ')[0].rstrip('.')),)
            for item in practical)
        return Reply(title=say("info.title"), sections=(Section(lines=lines),),
                     footer=say("info.footer", topics=" | /info ".join(item.id for item in practical)))
    chosen = [item for item in practical if item.id == topic or topic in item.keywords
              or topic.rstrip("s") == item.id.rstrip("s")]
    if not chosen:
        return Reply(title=say("rules.unknown.title"), ok=False, sections=(Section(lines=(
            (say("info.unknown", topic=args.strip()),),
            (_topic_list(say, [item.id for item in practical]),))),))
    return Reply(title=pick(lang, chosen[0].title, chosen[0].title_fr),
                 sections=tuple(Section(heading=pick(lang, i.title, i.title_fr) if len(chosen) > 1 else None,
                                                               lines=((pick(lang, i.text, i.text_fr),),))
                                                       for i in chosen))
