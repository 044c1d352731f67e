"""``/reminders``: the next reminders for everyone; ``status``, ``pause``, ``resume`` for chairs."""

from __future__ import annotations

from bot.context import Context
from bot.registry import REGISTRY
from bot.reminders import ledger
from bot.reminders.service import ReminderService
from bot.reply import Line, Moment, Reply, Section

CHAIR_VERBS = ("status", "pause", "resume")


def _service(ctx: Context) -> ReminderService:
    return ReminderService(ctx.meeting, ctx.policy, ctx.store)


@REGISTRY.command("reminders", "/reminders [status | pause | resume]")
def reminders(ctx: Context, args: str) -> Reply:
    """The next reminders the bot will post, in meeting time and yours.

    Chairs: `/reminders status` shows what was posted, failed or missed;
    `/reminders pause` and `/reminders resume` stop and restart them.
    """
    verb = args.strip().lower()
    if verb in CHAIR_VERBS and not ctx.asker.is_chair:
        return Reply(title="Chairs only", ok=False, sections=(Section(lines=(
            (f"Only a chair can use /reminders {verb}. Nothing was changed.",),)),))
    if verb in ("pause", "resume"):
        ledger.set_paused(ctx.store, ctx.meeting.id, verb == "pause")
        state = "paused: none will be posted until /reminders resume" if verb == "pause" else \
            "resumed (reminders that fell due while paused are posted late within the grace window)"
        return Reply(title=f"Reminders {verb}d", sections=(Section(lines=((f"Reminders are {state}.",),)),))
    service = _service(ctx)
    if verb == "status":
        paused = ledger.is_paused(ctx.store, ctx.meeting.id)
        lines = (("Paused." if paused else "Running.",),) + service.status_lines()
        return Reply(title="Reminders: status", sections=(Section(lines=lines),))
    if verb:
        return Reply(title="Reminders", ok=False, sections=(Section(lines=(
            ("Use /reminders, or (chairs) /reminders status | pause | resume.",),)),))
    upcoming = service.upcoming(ctx.now)
    if not upcoming:
        return Reply(title="Reminders", sections=(Section(lines=(("No reminders are left for this meeting.",),)),))
    lines: tuple[Line, ...] = tuple((Moment(r.due), f" — {r.reply.title}") for r in upcoming)
    paused = ledger.is_paused(ctx.store, ctx.meeting.id)
    return Reply(title=f"Next reminders ({len(upcoming)})", sections=(Section(lines=lines),),
                 footer="Reminders are paused by the chair." if paused else None)
