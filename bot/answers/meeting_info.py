"""``/meeting``: what the meeting is, when, how to join, its language and contacts."""

from __future__ import annotations

from bot.context import Context
from bot.i18n import pick
from bot.i18n_commands import COMMANDS
from bot.locale_names import language_name
from bot.registry import REGISTRY
from bot.models import Meeting
from bot.reply import Day, Field, Line, Moment, Reply, Section

HELP_FR = "Ce qu'est la réunion, ses dates, comment y participer, sa langue et qui contacter."


@REGISTRY.command("meeting", "/meeting [use ID]", help_fr=HELP_FR, reads_only=True)
def meeting(ctx: Context, args: str) -> Reply:
    """What the meeting is, when it runs, how to join, its language and whom to contact."""
    m, lang = ctx.meeting, ctx.lang
    say = COMMANDS.bound(lang)
    country = pick(lang, m.chairman.country or "", m.chairman.country_fr)
    name = pick(lang, m.chairman.name, m.chairman.name_fr)
    chairman = f"{name} ({country})" if country else name
    what = Section(lines=((say("meeting.what", body=pick(lang, m.body, m.body_fr), group=m.study_group, field=pick(lang, m.field, m.field_fr),
                                format=say(f"meeting.format.{m.format}")),),), fields=(
        Field(say("meeting.dates"), (Day(m.start_date), " – ", Day(m.end_date), say("meeting.inclusive"))),
        Field(say("meeting.opens"), (Moment(m.opens_at),)),
        Field(say("meeting.chairman"), (chairman,)),
    ))
    sessions = Section(heading=say("meeting.sessions"),
                       lines=tuple((say("meeting.session", title=pick(lang, s.title, s.title_fr)), Moment(m.local(s.start)))
                                   for s in sorted(m.sessions, key=lambda s: s.start)))
    join = Section(heading=say("meeting.join"), lines=join_lines(m, lang))
    interpretation = say("meeting.interpretation.yes" if m.interpretation else "meeting.interpretation.no")
    language = Section(heading=say("meeting.language"), lines=((say(
        "meeting.language.text", language=language_name(m.working_language, lang),
        interpretation=interpretation),),))
    contact_fields = [Field(say("meeting.email"), (m.contacts.email,))]
    for key, value in (("phone", m.contacts.phone), ("fax", m.contacts.fax), ("web", m.contacts.web)):
        if value:
            contact_fields.append(Field(say(f"meeting.{key}"), (value,)))
    contacts = Section(heading=say("meeting.secretariat"), fields=tuple(contact_fields))
    letter = Section(heading=say("meeting.letter"), lines=(
        (f"{pick(lang, m.reference, m.reference_fr)}, ", Day(m.letter_date),
         say("meeting.signed", who=pick(lang, m.signed_by, m.signed_by_fr)) if m.signed_by else "."),
        (say("meeting.addressed", who="; ".join(m.addressed_to_fr if lang == "fr" and m.addressed_to_fr
                                                 else m.addressed_to)),),
    ) + (((pick(lang, m.schedule_note, m.schedule_note_fr),),) if m.schedule_note else ()))
    return Reply(title=pick(lang, m.title, m.title_fr), sections=(what, sessions, join, language, contacts, letter),
                 footer=say("meeting.footer"))


def join_lines(m: Meeting, lang: str) -> tuple[Line, ...]:
    """How to join, from the file alone: the tool, then the summary of each of its registration rules."""
    say = COMMANDS.bound(lang)
    tool = say("meeting.join.text" if m.format == "virtual" else "meeting.join.remote", tool=m.remote_tool)
    return ((tool,), *((pick(lang, rule.summary, rule.summary_fr),) for rule in m.rules if rule.topic == "registration"))
