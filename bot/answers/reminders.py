"""``/reminders``: the next reminders for everyone; ``status``, ``pause``, ``resume`` for chairs."""

from __future__ import annotations

from bot.answers.refusal import chairs_only
from bot.context import Context
from bot.i18n_session import SESSION
from bot.registry import REGISTRY
from bot.reminders import ledger
from bot.reminders.service import ReminderService
from bot.reply import Line, Moment, Reply, Section

CHAIR_VERBS = ("status", "pause", "resume")


def _service(ctx: Context) -> ReminderService:
    return ReminderService(ctx.meeting, ctx.policy, ctx.store)


HELP_FR = """Les prochains rappels que le bot publiera, à l'heure de la réunion et à la vôtre.

Présidence : `/reminders status` montre ce qui a été publié, a échoué ou a été manqué ;
`/reminders pause` et `/reminders resume` les arrêtent et les relancent.
"""


@REGISTRY.command("reminders", "/reminders [status | pause | resume]", help_fr=HELP_FR)
def reminders(ctx: Context, args: str) -> Reply:
    """The next reminders the bot will post, in meeting time and yours.

    Chairs: `/reminders status` shows what was posted, failed or missed;
    `/reminders pause` and `/reminders resume` stop and restart them.
    """
    say = SESSION.bound(ctx.lang)
    verb = args.strip().lower()
    if verb in CHAIR_VERBS and not ctx.asker.is_chair:
        return chairs_only(ctx.lang, f"reminders {verb}")
    if verb in ("pause", "resume"):
        ledger.set_paused(ctx.store, ctx.meeting.id, verb == "pause")
        done = "rem.paused" if verb == "pause" else "rem.resumed"
        return Reply(title=say(f"{done}.title"), sections=(Section(lines=((say(done),),)),))
    service = _service(ctx)
    if verb == "status":
        paused = ledger.is_paused(ctx.store, ctx.meeting.id)
        status = service.status(ctx.lang)
        lines = ((say("rem.state.paused") if paused else say("rem.state.running"),), *status.lines)
        return Reply(title=say("rem.status.title"), sections=(Section(lines=lines),), ok=not status.damaged)
    if verb:
        return Reply(title=say("rem.title"), ok=False, sections=(Section(lines=((say("rem.usage"),),)),))
    upcoming = service.upcoming(ctx.now)
    if not upcoming:
        return Reply(title=say("rem.title"), sections=(Section(lines=((say("rem.none"),),)),))
    lines: tuple[Line, ...] = tuple((f"{r.title_in(ctx.lang)} — ", say("rem.to_post"), Moment(r.due))
                                    for r in upcoming)
    paused = ledger.is_paused(ctx.store, ctx.meeting.id)
    return Reply(title=say("rem.next", count=len(upcoming)), sections=(Section(lines=lines),),
                 footer=say("rem.paused_footer") if paused else None)
