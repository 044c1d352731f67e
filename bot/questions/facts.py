"""Facts of the meeting file written as answers in English and French, and the general words
each kind of fact is asked with ("chair", "président", "venue", "lieu", …)."""

from __future__ import annotations


import datetime as dt
from typing import Callable, Optional

from bot.locale_names import language_name
from bot.models import Meeting
from bot.questions.formatting import clock, day, zone_suffix
from bot.questions.messages import say
from bot.reply import Line

Built = Optional[tuple[tuple[str, str], tuple[Line, ...], tuple[Line, ...]]]

#: General words people use for each kind of fact (folded, both languages); no meeting facts here.
KIND_WORDS: dict[str, str] = {
    "dates": "when dates date start begin end finish last long days duration held take place week "
             "quand dates date debut commence fin termine finit dure duree jours lieu deroule semaine",
    "format": "virtual online remote in person physical venue where location place hotel room travel onsite "
              "virtuelle virtuel en ligne distance presentiel lieu ou salle hotel deplacement sur place hybrid hybride "
              "mixte",
    "tool": "join connect connection tool platform link attend participate remotely dial online meeting "
            "rejoindre connecter connexion outil plateforme lien participer assister reunion",
    "language": "language languages english french interpretation interpreter interpreted translation speak "
                "working langue langues anglais francais interpretation interprete traduction parler travail",
    "chairman": "chair chairman chairperson chairs presides president leads head who country from name "
                "president presidente preside dirige qui pays",
    "reference": "reference letter number circular invitation collective ref sent issued dated date when quand "
                 "reference lettre numero circulaire invitation collective signed sign signature director signe directeur datee "
                 "envoyee",
    "addressed": "who invited invitation addressed participate members eligible attend audience letter collective lettre "
                 "qui invite invites adresse destinataires membres participer concerned concerne concernes concernee "
                 "apply applies",
    "contacts": "contact email e mail mail phone telephone fax web website secretariat address reach help "
                "contact courriel telephone fax site secretariat adresse joindre aide",
    "schedule": "schedule time plan timetable programme calendar daily sessions "
                "calendrier horaire programme emploi temps",
    "title": "what meeting about subject study group field topic purpose title official "
             "quoi reunion sujet objet commission etudes domaine titre officiel intitule",
    "rule": "rule rules regle regles",
    "deadline": "deadline due date by when submit echeance date limite quand",
    "session": "session start time seance commence heure",
    "agenda": "agenda item point ordre jour",
    "agenda_note": "agenda ordre jour update updates latest revised mise jour draft projet changes amended modifications",
}


def fact_words(kind: str) -> str:
    """The general words of a kind of fact."""
    return KIND_WORDS.get(kind, "")


def meeting_clock(meeting: Meeting, instant: dt.datetime, lang: str = "en") -> str:
    """``11:00 Geneva (CEST, UTC+2)``: an instant in meeting time (``Genève`` in French)."""
    return f"{clock(instant, meeting.tz)} {meeting.zone_label(lang)} ({zone_suffix(instant, meeting.tz)})"


def later_day_lines(meeting: Meeting, later: dt.date, lang: str) -> list[str]:
    """That the letter gives the first day's start hour only, for a later meeting day, then the time plan's note
    ("what time do we start tomorrow?", "day 2 what time does it start today")."""
    note = (meeting.schedule_note_fr or meeting.schedule_note) if lang == "fr" else meeting.schedule_note
    return [say("tm.later_day", lang, day=day(later, lang), first=day(meeting.start_date, lang),
                time=meeting_clock(meeting, meeting.opens_at, lang)), *([note] if note else [])]


def _both(key: str, meeting: Meeting, **fields: object) -> tuple[str, str]:
    return say(key, "en", **fields), say(key, "fr", **fields)


def dates_line(m: Meeting, lang: str) -> str:
    """``Virtual meeting of …: from Monday 24 August 2020 to Thursday 3 September 2020 inclusive (11 days).``"""
    title = m.title_fr if lang == "fr" and m.title_fr else m.title
    return say("fact.dates", lang, title=title, start=day(m.start_date, lang), end=day(m.end_date, lang),
               days=(m.end_date - m.start_date).days + 1)


def opens_line(m: Meeting, lang: str) -> str:
    """``It opens on Monday 24 August 2020 at 11:00 Geneva (CEST, UTC+2).``"""
    return say("fact.opens", lang, day=day(m.opens_at.date(), lang), time=meeting_clock(m, m.opens_at, lang))


def _dates(m: Meeting) -> Built:
    lines = [((dates_line(m, lang),), (opens_line(m, lang),), (say("fact.no_end_hour", lang),)) for lang in ("en", "fr")]
    return _both("fact.dates.title", m), lines[0], lines[1]


def _format(m: Meeting) -> Built:
    en, fr = _both(f"fact.format.{m.format}", m, tool=m.remote_tool)
    return _both("fact.format.title", m), ((en,),), ((fr,),)


def _tool(m: Meeting) -> Built:
    en, fr = _both("fact.tool", m, tool=m.remote_tool)
    return _both("fact.tool.title", m), ((en,),), ((fr,),)


def _language(m: Meeting) -> Built:
    key = "fact.language.some" if m.interpretation else "fact.language.none"
    en = say(key, "en", language=m.working_language)
    fr = say(key, "fr", language=language_name(m.working_language, "fr"))
    return _both("fact.language.title", m), ((en,),), ((fr,),)


def _chairman(m: Meeting) -> Built:
    person = m.chairman
    country = f" ({person.country})" if person.country else ""
    country_fr = f" ({person.country_fr or person.country})" if person.country else ""
    en = say("fact.chairman", "en", role=person.role, name=person.name, country=country)
    fr = say("fact.chairman", "fr", role=person.role_fr or person.role, name=person.name_fr or person.name,
             country=country_fr)
    return _both("fact.chairman.title", m), ((en,),), ((fr,),)


def _reference(m: Meeting) -> Built:
    lines = []
    for lang in ("en", "fr"):
        who = (m.signed_by_fr or m.signed_by) if lang == "fr" else m.signed_by
        signed = say("fact.signed", lang, who=who) if who else ""
        reference = m.reference_fr if lang == "fr" and m.reference_fr else m.reference
        lines.append(((say("fact.reference", lang, reference=reference, date=day(m.letter_date, lang),
                           signed=signed),),))
    return _both("fact.reference.title", m), lines[0], lines[1]


def _addressed(m: Meeting) -> Built:
    en = say("fact.addressed", "en", who="; ".join(m.addressed_to))
    fr = say("fact.addressed", "fr", who="; ".join(m.addressed_to_fr or m.addressed_to))
    return _both("fact.addressed.title", m), ((en,),), ((fr,),)


def _contacts(m: Meeting) -> Built:
    out = []
    for lang in ("en", "fr"):
        lines: list[Line] = [(say("fact.contacts", lang, email=m.contacts.email),)]
        for name in ("phone", "fax", "web"):
            value = getattr(m.contacts, name)
            if value:
                lines.append((say(f"fact.{name}", lang, value=value),))
        out.append(tuple(lines))
    return _both("fact.contacts.title", m), out[0], out[1]


def _schedule(m: Meeting) -> Built:
    if not m.schedule_note:
        return None
    fr: tuple[Line, ...] = (((m.schedule_note_fr,),) if m.schedule_note_fr else
                             ((say("fact.in_english", "fr"),), (m.schedule_note,)))
    return _both("fact.schedule.title", m), ((m.schedule_note,),), fr


def _title(m: Meeting) -> Built:
    en = say("fact.title", "en", title=m.title, field=m.field)
    fr = say("fact.title", "fr", title=m.title_fr or m.title, field=m.field_fr or m.field)
    return _both("fact.title.title", m), ((en,),), ((fr,),)


def _agenda_note(m: Meeting) -> Built:
    if not m.agenda.note:
        return None
    return _both("fact.agenda_note.title", m), ((m.agenda.note,),), ((m.agenda.note_fr or m.agenda.note,),)


FACT_BUILDERS: dict[str, Callable[[Meeting], Built]] = {
    "dates": _dates, "format": _format, "tool": _tool, "language": _language, "chairman": _chairman,
    "reference": _reference, "addressed": _addressed, "contacts": _contacts, "schedule": _schedule,
    "title": _title, "agenda_note": _agenda_note,
}
