"""``/rules`` and ``/info``: remote-participation rules and the letter's practical information."""

from __future__ import annotations

from bot.context import Context
from bot.registry import REGISTRY
from bot.reply import Line, Reply, Section


RULE_RELATED_INFO = ("registration", "documents", "language")


def _topics(ctx: Context) -> list[str]:
    topics = [rule.topic for rule in ctx.meeting.rules]
    topics += [topic.id for topic in ctx.meeting.practical if topic.id in RULE_RELATED_INFO]
    return list(dict.fromkeys(topics))


@REGISTRY.command("rules", "/rules [floor | sound | chat | registration | documents | language | connection]")
def rules(ctx: Context, args: str) -> Reply:
    """The remote-participation rules, short; or one topic in full.

    Topics: floor, sound, chat, registration, documents, language, connection.
    """
    topic = args.strip().lower()
    meeting = ctx.meeting
    if not topic:
        lines = tuple((f"• {rule.summary}",) for rule in meeting.rules)
        return Reply(title=f"Remote participation rules ({meeting.remote_tool})",
                     sections=(Section(lines=lines),),
                     footer="One topic in full: /rules " + " | /rules ".join(_topics(ctx)))
    chosen = [rule for rule in meeting.rules if rule.topic == topic or rule.id == topic]
    info = [item for item in meeting.practical if item.id == topic or topic in item.keywords]
    if not chosen and not info:
        return Reply(title="Unknown topic", ok=False, sections=(Section(lines=(
            (f"There is no rules topic “{args.strip()}”.",),
            ("Topics: " + ", ".join(_topics(ctx)) + ".",))),))
    sections = [Section(heading=rule.summary, lines=((rule.text,),)) for rule in chosen]
    sections += [Section(heading=item.title, lines=((item.text,),)) for item in info]
    return Reply(title=f"Rules: {topic}", sections=tuple(sections))


@REGISTRY.command("info", "/info [documents | registration | newcomers | fellowships | visas | language]")
def info(ctx: Context, args: str) -> Reply:
    """Practical information from the letter: documents, registration, newcomers, fellowships, visas.

    `/info` lists the topics with their first sentence; `/info visas` shows one in full.
    """
    topic = args.strip().lower()
    practical = ctx.meeting.practical
    if not topic:
        lines: tuple[Line, ...] = tuple((f"• {item.title}: {item.text.split('. ')[0].rstrip('.')}.",)
                                        for item in practical)
        return Reply(title="Practical information", sections=(Section(lines=lines),),
                     footer="One topic in full: /info " + " | /info ".join(item.id for item in practical))
    chosen = [item for item in practical if item.id == topic or topic in item.keywords
              or topic.rstrip("s") == item.id.rstrip("s")]
    if not chosen:
        return Reply(title="Unknown topic", ok=False, sections=(Section(lines=(
            (f"There is no practical topic “{args.strip()}”.",),
            ("Topics: " + ", ".join(item.id for item in practical) + ".",))),))
    return Reply(title=chosen[0].title, sections=tuple(Section(heading=i.title if len(chosen) > 1 else None,
                                                               lines=((i.text,),)) for i in chosen))
