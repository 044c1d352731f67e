"""The page's own words, in English and French (the meeting file's texts come in its own two languages)."""

from __future__ import annotations

from bot.i18n import Catalogue

WORDS = Catalogue({
    "site": ("Meetings", "Réunions"),
    "meetings_intro": ("The meetings this bot serves, current and coming first.",
                       "Les réunions que sert ce robot, en cours et à venir d'abord."),
    "no_meetings": ("No meeting is served.", "Aucune réunion n'est servie."),
    "dates": ("{start} to {end}", "du {start} au {end}"),
    "state_before": ("coming", "à venir"),
    "state_during": ("now", "en cours"),
    "state_after": ("over", "terminée"),
    "live_page": ("Live page", "Page en direct"),
    "calendar": ("Calendar (iCalendar)", "Calendrier (iCalendar)"),
    "subscribe": ("Subscribe to the calendar", "S'abonner au calendrier"),
    "language": ("Language", "Langue"),
    "skip": ("Skip to the item under discussion", "Aller au point en discussion"),
    "meeting_time": ("Times are {zone} time ({name}); your own time follows where your browser gives it.",
                     "Les heures sont celles de {zone} ({name}) ; la vôtre suit quand votre navigateur la donne."),
    "now_heading": ("Now", "En ce moment"),
    "room": ("Room: {room}", "Salle : {room}"),
    "main_room": ("Meeting room", "Salle de réunion"),
    "discussing": ("Under discussion", "En discussion"),
    "before_break": ("Before the break", "Avant la pause"),
    "under": ("Under item {label} {title}", "Au point {label} {title}"),
    "since": ("Since", "Depuis"),
    "break": ("Break", "Pause"),
    "break_until": ("On a break; the session resumes at", "En pause ; la séance reprend à"),
    "break_since": ("On a break since", "En pause depuis"),
    "next": ("Next", "Ensuite"),
    "no_item": ("The session is open; no item has been announced yet.",
                "La séance est ouverte ; aucun point n'a encore été annoncé."),
    "closed": ("No session is open.", "Aucune séance n'est ouverte."),
    "last_item": ("Last item discussed: {label} {title}, until", "Dernier point discuté : {label} {title}, jusqu'à"),
    "queue": ("Speaker queue", "File des orateurs"),
    "queue_empty": ("Nobody is waiting for the floor.", "Personne n'attend la parole."),
    "opens": ("The meeting opens", "La réunion s'ouvre"),
    "day_of": ("Day {day} of {total}; the meeting ends", "Jour {day} sur {total} ; la réunion se termine"),
    "over": ("The meeting is over.", "La réunion est terminée."),
    "agenda": ("Agenda", "Ordre du jour"),
    "current": ("under discussion", "en discussion"),
    "deadlines": ("Deadlines", "Échéances"),
    "no_hour": ("the letter gives no hour: the end of that day counts",
                "la lettre ne donne pas d'heure : la fin de ce jour compte"),
    "passed": ("passed", "passée"),
    "sessions": ("Sessions", "Séances"),
    "updated": ("Page as of", "Page à jour au"),
    "refresh": ("This page updates by itself; without JavaScript, reload it.",
                "Cette page se met à jour seule ; sans JavaScript, rechargez-la."),
    "not_found": ("No meeting {id} here.", "Pas de réunion {id} ici."),
    "see_meetings": ("See the meetings", "Voir les réunions"),
    "yours": ("your time", "votre heure"),
    "in": ("in", "dans"),
    "ago": ("ago", "il y a"),
})
"""Every word the pages and the page's script show."""

SCRIPT_WORDS = ("yours", "passed", "current")
"""The words the page's script needs, handed to it in the page (no inline script: CSP)."""
