"""What the information commands and the core say, in English and French.

Keys are prefixed with the command (``agenda.``, ``dl.`` …) or ``core.`` for the core's
own hints and refusals. English templates are the bot's English replies, word for word.
"""

from __future__ import annotations

from bot.i18n import Catalogue

COMMANDS = Catalogue({
    # the core
    "core.empty": ("Type /help to see what I can answer.", "Tapez /help pour voir ce à quoi je peux répondre."),
    "core.too_long": ("That message is too long ({count} characters), so it was not read: please ask in at most "
                      "{limit} characters.",
                      "Ce message est trop long ({count} caractères) ; il n'a pas été lu : posez votre question en "
                      "{limit} caractères au plus."),
    "core.chairs_only.title": ("Chairs only", "Réservé à la présidence"),
    "core.chairs_only": ("Only a chair can use /{command}. Nothing was changed.",
                         "Seule la présidence peut utiliser /{command}. Rien n'a été modifié."),
    "core.failed": ("Sorry, /{command} failed on my side. The secretariat can help: {email}",
                    "Désolé, /{command} a échoué de mon côté. Le secrétariat peut vous aider : {email}"),
    "core.damaged": ("The saved state of this meeting is damaged ({what}), so I changed nothing. The operator can "
                     "run `meetingbot doctor` to see what is damaged; the secretariat can help: {email}",
                     "L'état enregistré de cette réunion est endommagé ({what}) ; je n'ai rien modifié. L'opérateur "
                     "peut lancer `meetingbot doctor` pour voir ce qui est endommagé ; le secrétariat peut vous "
                     "aider : {email}"),
    "core.unavailable": ("The state store is unavailable, so nothing was changed: try again in a moment.",
                         "Le stockage de l'état est indisponible, donc rien n'a été modifié : réessayez dans un "
                         "instant."),
    "core.unknown": ("There is no command /{command}.{guess} Type /help for the list.",
                     "Il n'y a pas de commande /{command}.{guess} Tapez /help pour la liste."),
    "core.guess": (" Did you mean {names}?", " Vouliez-vous dire {names} ?"),
    "core.or": (" or ", " ou "),
    "core.plain_failed": ("I answer commands such as /deadlines, /agenda 3h, /rules or /meeting; type /help for "
                          "the list. For anything else, the secretariat: {email}",
                          "Je réponds à des commandes comme /deadlines, /agenda 3h, /rules ou /meeting ; tapez "
                          "/help pour la liste. Pour tout le reste, le secrétariat : {email}"),
    # /meeting
    "meeting.what": ("{body} Study Group {group} ({field}), {format} meeting.",
                     "{body}, Commission d'études {group} ({field}), réunion {format}."),
    "meeting.format.virtual": ("virtual", "virtuelle"),
    "meeting.format.physical": ("physical", "en présentiel"),
    "meeting.format.hybrid": ("hybrid", "hybride"),
    "meeting.dates": ("Dates", "Dates"),
    "meeting.inclusive": (" (inclusive)", " (inclus)"),
    "meeting.opens": ("Opens", "Ouverture"),
    "meeting.chairman": ("Chairman", "Président"),
    "meeting.sessions": ("Sessions with a start time", "Séances avec une heure de début"),
    "meeting.session": ("{title}: ", "{title} : "),
    "meeting.join": ("How to join", "Comment participer"),
    "meeting.join.text": ("Remotely, through {tool}.", "À distance, via {tool}."),
    "meeting.join.remote": ("Remote participation: through {tool}.", "Participation à distance : via {tool}."),
    "meeting.language": ("Language", "Langue"),
    "meeting.language.text": ("{language} only, {interpretation}.", "Uniquement en {language}, {interpretation}."),
    "meeting.interpretation.yes": ("with interpretation", "avec interprétation"),
    "meeting.interpretation.no": ("no interpretation", "sans interprétation"),
    "meeting.email": ("E-mail", "Courriel"),
    "meeting.phone": ("Telephone", "Téléphone"),
    "meeting.fax": ("Fax", "Fax"),
    "meeting.web": ("Web", "Web"),
    "meeting.secretariat": ("Secretariat", "Secrétariat"),
    "meeting.letter": ("The invitation", "La lettre d'invitation"),
    "meeting.signed": (", from the {who}.", ", signée par : {who}."),
    "meeting.addressed": ("Addressed to: {who}.", "Destinataires : {who}."),
    "meeting.footer": ("Deadlines: /deadlines · Agenda: /agenda · Rules: /rules · Practical: /info",
                       "Échéances : /deadlines · Ordre du jour : /agenda · Règles : /rules · "
                       "Informations pratiques : /info"),
    # /agenda
    "agenda.footer": ("Type /agenda 3 for an item, /agenda 3h for a sub-item, /agenda full for all.",
                      "Tapez /agenda 3 pour un point, /agenda 3h pour un sous-point, /agenda full pour tout."),
    "agenda.overview": ("{title} ({count} items)", "{title} ({count} points)"),
    "agenda.entry": ("Agenda item {label} {title}", "Point {label} {title}"),
    "agenda.under": ("Under item {label} {title}", "Dans le point {label} {title}"),
    "agenda.nothing": ("Nothing in the agenda matches “{text}”.",
                       "Rien dans l'ordre du jour ne correspond à « {text} »."),
    "agenda.closest": ("Closest matches:", "Les plus proches :"),
    "agenda.count": ("The agenda has {count} items; type /agenda to see them.",
                     "L'ordre du jour compte {count} points ; tapez /agenda pour les voir."),
    "agenda.not_found": ("Not in the agenda", "Absent de l'ordre du jour"),
    "agenda.matching": ("Agenda entries matching “{text}” ({count})",
                        "Points de l'ordre du jour correspondant à « {text} » ({count})"),
    "agenda.no_item": ("There is no item {number}: the agenda has {count} items ({first}–{last}).",
                       "Il n'y a pas de point {number} : l'ordre du jour compte {count} points ({first} à {last})."),
    "agenda.no_subs": ("Item {number} has no sub-items.", "Le point {number} n'a pas de sous-points."),
    "agenda.no_sub": ("Item {number} has sub-items {letters}; there is no {label}.",
                      "Le point {number} a les sous-points {letters} ; il n'y a pas de {label}."),
    # /deadlines
    "dl.passed": ("passed {ago} ago", "passée depuis {ago}"),
    "dl.in": ("in {left}", "dans {left}"),
    "dl.in_day": ("in {left} (until the end of that day, {zone})", "dans {left} (jusqu'à la fin de ce jour, {zone})"),
    "dl.date": ("Date", "Date"),
    "dl.how": ("How", "Comment"),
    "dl.who": ("Who", "Qui"),
    "dl.when": ("When", "Quand"),
    "dl.ends_here": ("Where you are", "Chez vous"),
    "dl.ends_at": ("ends {at}", "prend fin {at}"),
    "dl.no_hour": ("The letter gives the date but no hour.", "La lettre donne la date mais aucune heure."),
    "dl.title": ("Deadlines", "Échéances"),
    "dl.none": ("The meeting file lists no deadlines.", "Le fichier de la réunion ne donne aucune échéance."),
    "dl.bad_arg": ("/deadlines takes no argument except “all”.",
                   "/deadlines n'accepte aucun argument sauf « all » (ou « toutes »)."),
    "dl.footer": ("Dates are in {zone}. Questions: {email}", "Dates : {zone}. Questions : {email}"),
    "dl.all": ("All deadlines ({ahead} ahead, {passed} passed)",
               "Toutes les échéances (à venir : {ahead} ; passées : {passed})"),
    "dl.all_passed": ("All deadlines of this meeting have passed.",
                      "Toutes les échéances de cette réunion sont passées."),
    "dl.all_passed.title": ("Deadlines: all passed", "Échéances : toutes passées"),
    "dl.already.one": ("1 deadline has already passed: /deadlines all. ",
                       "1 échéance est déjà passée : /deadlines all. "),
    "dl.already.many": ("{count} deadlines have already passed: /deadlines all. ",
                        "{count} échéances sont déjà passées : /deadlines all. "),
    "dl.upcoming": ("Upcoming deadlines ({count})", "Échéances à venir ({count})"),
    # /rules and /info
    "rules.title": ("Remote participation rules ({tool})", "Règles de participation à distance ({tool})"),
    "rules.footer": ("One topic in full: /rules {topics}", "Un sujet en entier : /rules {topics}"),
    "rules.unknown.title": ("Unknown topic", "Sujet inconnu"),
    "rules.unknown": ("There is no rules topic “{topic}”.", "Il n'y a pas de sujet « {topic} » dans les règles."),
    "rules.topics": ("Topics: {topics}.", "Sujets : {topics}."),
    "rules.no_topics": ("The meeting file gives none.", "Le fichier de la réunion n'en donne aucun."),
    "rules.topic": ("Rules: {topic}", "Règles : {topic}"),
    "info.title": ("Practical information", "Informations pratiques"),
    "info.line": ("• {title}: {first}.", "• {title} : {first}."),
    "info.footer": ("One topic in full: /info {topics}", "Un sujet en entier : /info {topics}"),
    "info.unknown": ("There is no practical topic “{topic}”.", "Il n'y a pas de sujet pratique « {topic} »."),
    # /time and /timezone
    "time.which": ("Which time zone?", "Quel fuseau horaire ?"),
    "time.give": ("Give a zone: /time Asia/Seoul, /time America/New_York, /time UTC+9.",
                  "Indiquez un fuseau : /time Asia/Seoul, /time America/New_York, /time UTC+9."),
    "time.unknown.title": ("Unknown time zone", "Fuseau horaire inconnu"),
    "time.unknown": ("I do not know the time zone “{name}”. Use an IANA name such as Asia/Seoul, a city, or UTC+9.",
                     "Je ne connais pas le fuseau horaire « {name} ». Indiquez un nom IANA comme Asia/Seoul, "
                     "une ville, ou UTC+9."),
    "time.did_you_mean": ("Did you mean: {names}?", "Vouliez-vous dire : {names} ?"),
    "time.title": ("Meeting times in {zone}", "Horaires de la réunion, heure de {zone}"),
    "time.footer": ("The letter gives the start time of the first day only; later sessions follow the draft time "
                    "plan on {web}.", "La lettre ne donne l'heure de début que du premier jour ; les séances "
                    "suivantes suivent le projet de calendrier publié sur {web}."),
    "time.group_page": ("the study group page", "la page de la commission d'études"),
    "tz.title": ("Your time zone", "Votre fuseau horaire"),
    "tz.none": ("No zone is set for you. Set one: /timezone Asia/Seoul (or UTC+9).",
                "Aucun fuseau n'est enregistré pour vous. Choisissez-en un : /timezone Asia/Seoul (ou UTC+9)."),
    "tz.current": ("{zone} ({name}). The meeting opens ", "{zone} ({name}). La réunion s'ouvre le "),
    "tz.forgotten.title": ("Time zone forgotten", "Fuseau horaire oublié"),
    "tz.forgotten": ("Times are shown in meeting time only.",
                     "Les heures sont affichées à l'heure de la réunion uniquement."),
    "tz.saved.title": ("Time zone saved", "Fuseau horaire enregistré"),
    "tz.saved": ("Your zone is now {zone}. The meeting opens ", "Votre fuseau est désormais {zone}. "
                 "La réunion s'ouvre le "),
    "tz.saved.end": (" — shown in meeting time and in yours.", " — à l'heure de la réunion et à la vôtre."),
    "tz.saved.at": ("{meeting} = {yours}", "{meeting} = {yours}"),
    # /help and /calendar
    "help.unknown.title": ("Unknown command", "Commande inconnue"),
    "help.unknown": ("There is no command /{command}. Type /help for the list.",
                     "Il n'y a pas de commande /{command}. Tapez /help pour la liste."),
    "help.not_a_name": ("“{text}” is no command name: give one such as /help agenda, or /help alone for the list.",
                        "« {text} » n'est pas un nom de commande : donnez-en un comme /help agenda, ou /help seul pour "
                        "la liste."),
    "help.chairs_only": ("Chairs only.", "Réservé à la présidence."),
    "help.for_chairs": ("For chairs", "Pour la présidence"),
    "help.title": ("{title}: commands", "{title} : commandes"),
    "help.footer": ("You can also ask in plain words. /help COMMAND for details.",
                    "Vous pouvez aussi poser vos questions en toutes lettres. /help COMMANDE pour le détail."),
    "calendar.title": ("Meeting calendar", "Calendrier de la réunion"),
    "calendar.events": ("The attached file {file} holds {count} events: the meeting days, each session with a start "
                        "time, and each deadline (all-day). Open it, or import it into your calendar.",
                        "Le fichier joint {file} contient {count} événements : les jours de la réunion, chaque séance "
                        "avec une heure de début et chaque échéance (journée entière). Ouvrez-le ou importez-le dans "
                        "votre agenda."),
    "calendar.again": ("Importing it again updates the events instead of duplicating them.",
                       "L'importer à nouveau met à jour les événements au lieu de les dupliquer."),
})
"""The information commands' and the core's catalogue."""
