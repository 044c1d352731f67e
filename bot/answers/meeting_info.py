"""``/meeting``: what the meeting is, when, how to join, its language and contacts."""

from __future__ import annotations

from bot.context import Context
from bot.registry import REGISTRY
from bot.reply import Day, Field, Moment, Reply, Section


@REGISTRY.command("meeting", "/meeting")
def meeting(ctx: Context, args: str) -> Reply:
    """What the meeting is, when it runs, how to join, its language and whom to contact."""
    m = ctx.meeting
    what = Section(lines=((f"{m.body} Study Group {m.study_group} ({m.field}), {m.format} meeting.",),), fields=(
        Field("Dates", (Day(m.start_date), " – ", Day(m.end_date), " (inclusive)")),
        Field("Opens", (Moment(m.opens_at),)),
        Field("Chairman", (f"{m.chairman.name} ({m.chairman.country})" if m.chairman.country else m.chairman.name,)),
    ))
    sessions = Section(heading="Sessions with a start time",
                       lines=tuple((f"{s.title}: ", Moment(m.local(s.start))) for s in sorted(m.sessions, key=lambda s: s.start)))
    join = Section(heading="How to join", lines=(
        (f"Remotely, through {m.remote_tool}, for all sessions. Registration is mandatory; "
         f"delegates whose registration is not confirmed cannot reach {m.remote_tool}.",),
    ))
    interpretation = "with interpretation" if m.interpretation else "no interpretation"
    language = Section(heading="Language", lines=((f"{m.working_language} only, {interpretation}.",),))
    contact_fields = [Field("E-mail", (m.contacts.email,))]
    if m.contacts.phone:
        contact_fields.append(Field("Telephone", (m.contacts.phone,)))
    if m.contacts.fax:
        contact_fields.append(Field("Fax", (m.contacts.fax,)))
    if m.contacts.web:
        contact_fields.append(Field("Web", (m.contacts.web,)))
    contacts = Section(heading="Secretariat", fields=tuple(contact_fields))
    letter = Section(heading="The invitation", lines=(
        (f"{m.reference}, ", Day(m.letter_date), f", from the {m.signed_by}." if m.signed_by else "."),
        ("Addressed to: " + "; ".join(m.addressed_to) + ".",),
    ) + (((m.schedule_note,),) if m.schedule_note else ()))
    return Reply(title=m.title, sections=(what, sessions, join, language, contacts, letter),
                 footer="Deadlines: /deadlines · Agenda: /agenda · Rules: /rules · Practical: /info")
