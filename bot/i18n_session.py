"""What the live-session commands say to the asker, in English and French: ``/now``, ``/floor``,
the chair's commands, the time-budget alert to the chair who set it, ``/reminders``, and the
Markdown minutes of ``meetingbot minutes --lang``.

Announcements to a whole channel are not here: they stay in the meeting's working
language (:data:`bot.i18n.WORKING_LANGUAGE`), since one message serves every reader.
"""

from __future__ import annotations

from bot.i18n import Catalogue

SESSION = Catalogue({
    # /now
    "now.title": ("Now", "Maintenant"),
    "now.session": ("Now: {session}", "Maintenant : {session}"),
    "now.opens_in": ("The meeting opens in {left}: ", "La réunion s'ouvre dans {left} : "),
    "now.before": ("Before that: {title}, ", "Avant cela : {title}, "),
    "now.began": ("Today: {title} began at ", "Aujourd'hui : {title} a commencé à "),
    "now.began_no_end": (" ({ago} ago; the letter gives no end time).",
                         " (il y a {ago} ; la lettre ne donne pas d'heure de fin)."),
    "now.in": (" (in {left}).", " (dans {left})."),
    "now.on": ("The meeting is on: day {day} of {total} (", "La réunion est en cours : jour {day} sur {total} ("),
    "now.ends": ("). It ends on ", "). Elle se termine le "),
    "now.over": ("The meeting is over: it ran from ", "La réunion est terminée : elle a eu lieu du "),
    "now.to": (" to ", " au "),
    "now.break_until": ("On a break until ", "En pause jusqu'à "),
    "now.not_resumed": (" (the chair has not resumed yet).", " (la présidence n'a pas encore repris la séance)."),
    "now.break_since": ("On a break since ", "En pause depuis "),
    "now.before_break": ("Before the break: ", "Avant la pause : "),
    "now.discussing": ("Under discussion: ", "En discussion : "),
    "now.since": ("Since ", "Depuis "),
    "now.ago": (" ({ago} ago).", " (il y a {ago})."),
    "now.budget_until": ("Time budget until ", "Temps imparti jusqu'à "),
    "now.budget_left": (" ({left} left).", " (il reste {left})."),
    "now.budget_over": ("Time budget ran out at ", "Le temps imparti a pris fin à "),
    "now.budget_over_by": (" ({over} over).", " (dépassé de {over})."),
    "now.next": ("Next: {label} {title}", "Ensuite : {label} {title}"),
    "now.no_item": ("No item has been announced yet in this session.",
                    "Aucun point n'a encore été annoncé dans cette séance."),
    "now.queue": ("Speaker queue: {count} waiting (/floor list).",
                  "File des orateurs : {count} en attente (/floor list)."),
    "now.none_open": ("No session is open right now: the chair has announced no item yet.",
                      "Aucune séance n'est ouverte en ce moment : la présidence n'a encore annoncé aucun point."),
    "now.closed": ("No session is open. Last item discussed: ", "Aucune séance n'est ouverte. Dernier point discuté : "),
    "now.until": ("{label} {title}, until ", "{label} {title}, jusqu'au "),
    "now.left_open": ("The session “{session}” was never adjourned; it ended with the meeting. "
                      "Last item discussed: ",
                      "La séance « {session} » n'a jamais été levée ; elle a pris fin avec la réunion. "
                      "Dernier point discuté : "),
    "now.left_overnight": ("The session “{session}” was never adjourned, and no session has been opened today "
                           "yet. Last item discussed: ",
                           "La séance « {session} » n'a jamais été levée, et aucune séance n'a encore été ouverte "
                           "aujourd'hui. Dernier point discuté : "),
    "now.left_open_since": ("{label} {title}, from ", "{label} {title}, depuis le "),
    "now.clock": ("Current time: ", "Heure actuelle : "),
    # /floor
    "floor.no_session.title": ("No session is open", "Aucune séance n'est ouverte"),
    "floor.no_session": ("You can ask for the floor on the meeting's days, or once the chair opens a session.",
                         "Vous pourrez demander la parole les jours de la réunion, ou quand la présidence aura ouvert "
                         "une séance."),
    "floor.entity.title": ("Which entity?", "Quelle entité ?"),
    "floor.entity": ("The rules ask every speaker to say which entity they represent: /floor ENTITY (e.g. /floor "
                     "Republic of Korea). It is remembered for next time.",
                     "Les règles demandent à chaque orateur d'indiquer l'entité qu'il représente : /floor ENTITÉ "
                     "(par ex. /floor République de Corée). Elle est retenue pour la prochaine fois."),
    "floor.already.title": ("Already in the queue", "Déjà dans la file"),
    "floor.already": ("You are number {position} of {count}; /floor cancel to leave the queue.",
                      "Vous êtes numéro {position} sur {count} ; /floor cancel pour quitter la file."),
    "floor.asked.title": ("You asked for the floor", "Vous avez demandé la parole"),
    "floor.asked": ("You are number {position} in the queue, as {who}.",
                    "Vous êtes numéro {position} dans la file, en tant que {who}."),
    "floor.asked.before_session": ("No session is open yet; you keep your place, and the chair gives the floor in "
                                   "turn.", "Aucune séance n'est encore ouverte ; vous gardez votre place, et la "
                                   "présidence donne la parole dans l'ordre."),
    "floor.asked.rule": ("When you speak, say who you are and your entity. /floor cancel to leave the queue.",
                         "Quand vous parlez, dites qui vous êtes et quelle entité vous représentez. "
                         "/floor cancel pour quitter la file."),
    "floor.not_queued.title": ("Not in the queue", "Pas dans la file"),
    "floor.not_queued": ("You had not asked for the floor.", "Vous n'aviez pas demandé la parole."),
    "floor.withdrawn.title": ("Request withdrawn", "Demande retirée"),
    "floor.withdrawn": ("You are no longer in the speaker queue.", "Vous n'êtes plus dans la file des orateurs."),
    "floor.queue.title": ("Speaker queue", "File des orateurs"),
    "floor.queue.count": ("Speaker queue ({count})", "File des orateurs ({count})"),
    "floor.queue.empty": ("Nobody is waiting for the floor.", "Personne n'attend la parole."),
    "floor.queue.line": ("{n}. {who}, waiting {waited}", "{n}. {who}, en attente depuis {waited}"),
    "floor.nobody.title": ("Nobody is waiting", "Personne n'attend"),
    "floor.nobody": ("The speaker queue is empty.", "La file des orateurs est vide."),
    "floor.given.title": ("Floor given", "Parole donnée"),
    "floor.given": ("Announced: the floor goes to {who}.", "Annoncé : la parole est à {who}."),
    "floor.given.local": ("The floor goes to {who}. Not announced on Slack or Discord (no platform in this process).",
                          "La parole est à {who}. Non annoncé sur Slack ni Discord (aucune plateforme dans ce "
                          "processus)."),
    "floor.mention": ("An entity cannot hold a mention of people or channels; nothing was changed.",
                      "Une entité ne peut pas contenir de mention de personnes ou de canaux ; rien n'a changé."),
    "floor.cleared.title": ("Queue cleared", "File vidée"),
    "floor.cleared.one": ("1 request removed.", "1 demande retirée."),
    "floor.cleared.many": ("{count} request(s) removed.", "{count} demande(s) retirée(s)."),
    # the chair's commands (their confirmations; the announcements stay in the working language)
    "chair.item_changed": ("Item changed", "Point changé"),
    "chair.announced_item": ("Announced in the session channel(s): {label} {title}.",
                             "Annoncé dans le(s) canal(aux) de séance : {label} {title}."),
    "chair.ended_overnight": ("“{name}” was never adjourned; it is ended where it stood (the minutes give its "
                              "last item no end time), so today's items go into today's session.",
                              "« {name} » n'a jamais été levée ; elle est close là où elle en était (le compte "
                              "rendu ne donne pas d'heure de fin à son dernier point), et les points d'aujourd'hui "
                              "vont dans la séance d'aujourd'hui."),
    "chair.budget_set": ("Time budget: {length}, until ", "Temps imparti : {length}, jusqu'à "),
    "chair.budget_reminded": ("; you alone are reminded when it runs out.",
                              " ; vous seul(e) serez averti(e) quand il sera écoulé."),
    "chair.resumes_at": ("The session resumes at ", "La séance reprend à "),
    "chair.break_ended": ("This ends the break.", "Cela met fin à la pause."),
    "chair.opened_implicit": ("Opened “{name}” (name sessions with /session start NAME).",
                              "« {name} » est ouverte (nommez les séances avec /session start NOM)."),
    "chair.which_item": ("Which item?", "Quel point ?"),
    "chair.give_ref": ("Give a reference: /item 3h (optionally /item 3h 15m).",
                       "Indiquez une référence : /item 3h (éventuellement /item 3h 15m)."),
    "chair.unchanged": ("Nothing changed", "Rien n'a changé"),
    "chair.already_current": ("{label} {title} is already under discussion (since ",
                              "{label} {title} est déjà en discussion (depuis "),
    "chair.budget_kept": ("Its time budget stays: until ", "Son temps imparti reste : jusqu'à "),
    "chair.not_ref": ("“{text}” is not an agenda reference.", "« {text} » n'est pas une référence de l'ordre du jour."),
    "chair.closest": ("Closest: {names}.", "Les plus proches : {names}."),
    "chair.see_agenda": ("Type /agenda to see the items.", "Tapez /agenda pour voir les points."),
    "chair.no_current": ("No item is under discussion yet; /item REF or /next to start.",
                         "Aucun point n'est encore en discussion ; /item RÉF ou /next pour commencer."),
    "chair.gone": ("Item {ref} is no longer in the agenda; use /item REF.",
                   "Le point {ref} n'est plus à l'ordre du jour ; utilisez /item RÉF."),
    "chair.last": ("{label} {title} is the last entry of the agenda.",
                   "{label} {title} est la dernière entrée de l'ordre du jour."),
    "chair.first": ("{label} {title} is the first entry of the agenda.",
                    "{label} {title} est la première entrée de l'ordre du jour."),
    "chair.bad_duration": ("“{text}” is not a duration such as 15m or 1h30, nor a later time today such as 14:00.",
                           "« {text} » n'est ni une durée comme 15m ou 1h30, ni une heure plus tard aujourd'hui comme 14h00."),
    "chair.budget_too_long": ("A time budget of {length} is too long: a budget is {longest} at most.",
                              "Un temps imparti de {length} est trop long : {longest} au plus."),
    "chair.bad_budget": ("“{text}” is not a time budget.", "« {text} » n'est pas un temps imparti valable."),
    "chair.budget_how": ("Write the budget after the reference, from 1 minute to {longest}: /item {ref} 15m or "
                         "/item {ref} 1h30m (or /item {ref} alone, without a budget).",
                         "Écrivez le temps imparti après la référence, d'une minute à {longest} : /item {ref} 15m "
                         "ou /item {ref} 1h30m (ou /item {ref} seul, sans temps imparti)."),
    "chair.break_too_long": ("A break of {length} is too long: a break lasts {longest} at most. Give a shorter one "
                             "(e.g. /break 15m), /break alone to resume when you say so, or /adjourn to end the "
                             "session.",
                             "Une pause de {length} est trop longue : une pause dure {longest} au plus. Indiquez-en "
                             "une plus courte (par ex. /break 15m), /break seul pour reprendre quand vous le direz, "
                             "ou /adjourn pour lever la séance."),
    "chair.no_session": ("No session is open.", "Aucune séance n'est ouverte."),
    "chair.break.title": ("Break announced", "Pause annoncée"),
    "chair.break": ("Announced in the session channel(s). /resume to go back to the item.",
                    "Annoncée dans le(s) canal(aux) de séance. /resume pour revenir au point."),
    "chair.break_no_item": ("Announced in the session channel(s). /resume to end the break.",
                            "Annoncée dans le(s) canal(aux) de séance. /resume pour mettre fin à la pause."),
    "chair.break_no_item.local": ("Not announced on Slack or Discord (no platform in this process). /resume to end "
                                  "the break.",
                                  "Non annoncée sur Slack ni Discord (aucune plateforme dans ce processus). /resume "
                                  "pour mettre fin à la pause."),
    "chair.not_on_break": ("The session is not on a break.", "La séance n'est pas en pause."),
    "chair.resumed.title": ("Resumed", "Reprise"),
    "chair.announced": ("Announced in the session channel(s).", "Annoncé dans le(s) canal(aux) de séance."),
    # the same, from the console or `ask`: nothing reaches a platform from there
    "chair.announced_item.local": ("Not announced on Slack or Discord (no platform in this process): {label} {title}.",
                                   "Non annoncé sur Slack ni Discord (aucune plateforme dans ce processus) : "
                                   "{label} {title}."),
    "chair.break.local": ("Not announced on Slack or Discord (no platform in this process). /resume to go back "
                          "to the item.",
                          "Non annoncée sur Slack ni Discord (aucune plateforme dans ce processus). /resume pour "
                          "revenir au point."),
    "chair.announced.local": ("Not announced on Slack or Discord (no platform in this process).",
                              "Non annoncé sur Slack ni Discord (aucune plateforme dans ce processus)."),
    "chair.adjourned.local": ("Not announced on Slack or Discord (no platform in this process). `meetingbot "
                              "minutes` has the timeline.",
                              "Non annoncé sur Slack ni Discord (aucune plateforme dans ce processus). `meetingbot "
                              "minutes` donne le déroulé."),
    "chair.adjourned.title": ("Session adjourned", "Séance levée"),
    "chair.adjourned": ("Announced in the session channel(s). `meetingbot minutes` has the timeline.",
                        "Annoncé dans le(s) canal(aux) de séance. `meetingbot minutes` donne le déroulé."),
    "chair.which": ("Which?", "Laquelle ?"),
    "chair.session_mention": ("A session's name cannot hold a mention of people or channels (@everyone, @here, "
                              "<!channel>): the announcement would notify everyone. No session was opened.",
                              "Le nom d'une séance ne peut pas contenir de mention de personnes ou de canaux "
                              "(@everyone, @here, <!channel>) : l'annonce préviendrait tout le monde. Aucune séance "
                              "n'a été ouverte."),
    "chair.session_usage": ("Use /session start [NAME] or /session end.",
                            "Utilisez /session start [NOM] ou /session end."),
    "chair.still_open": ("“{name}” is still open; /adjourn it first.",
                         "« {name} » est encore ouverte ; levez-la d'abord avec /adjourn."),
    "chair.session_opened.title": ("Session opened", "Séance ouverte"),
    "chair.session_opened": ("“{name}” is open. /item REF to announce the first item.",
                             "« {name} » est ouverte. /item RÉF pour annoncer le premier point."),
    "chair.session_of": ("Session of {date}", "Séance du {date}"),
    # the time-budget alert, to the chair who set the budget alone (in that chair's language)
    "budget.title": ("Time is up for item {ref}", "Le temps imparti au point {ref} est écoulé"),
    "budget.ran_out": ("The time budget ran out at ", "Le temps imparti a pris fin à "),
    "budget.how": ("/next to move on, or /item {ref} 10m to give it more time.",
                   "/next pour passer à la suite, ou /item {ref} 10m pour lui donner plus de temps."),
    # /reminders
    "rem.paused.title": ("Reminders paused", "Rappels suspendus"),
    "rem.paused": ("Reminders are paused: none will be posted until /reminders resume.",
                   "Les rappels sont suspendus : aucun ne sera publié avant /reminders resume."),
    "rem.resumed.title": ("Reminders resumed", "Rappels repris"),
    "rem.resumed": ("Reminders are resumed (reminders that fell due while paused are posted late within the grace "
                    "window).", "Les rappels reprennent (ceux arrivés à échéance pendant la suspension sont "
                    "publiés en retard, dans le délai de grâce)."),
    "rem.status.title": ("Reminders: status", "Rappels : état"),
    "rem.state.paused": ("Paused.", "Suspendus."),
    "rem.state.running": ("Running.", "Actifs."),
    "rem.counts": ("{posted} posted, {claimed} claimed, {failed} failed, {missed} missed.",
                   "Publiés : {posted} ; en cours : {claimed} ; en échec : {failed} ; manqués : {missed}."),
    "rem.before_serving": ("{count} fell due before the bot first served this meeting and were never its to post (from ",
                           "{count} sont arrivés à échéance avant que le bot ne serve cette réunion et n'étaient pas "
                           "à publier (depuis le "),
    "rem.damaged": ("• damaged: {what} ({problem}); left as it is, neither posted again nor overwritten. The "
                    "operator can run `meetingbot doctor` to see what is damaged.",
                    "• endommagé : {what} ({problem}) ; laissé tel quel, ni republié ni écrasé. L'opérateur peut "
                    "lancer `meetingbot doctor` pour voir ce qui est endommagé."),
    "rem.title": ("Reminders", "Rappels"),
    "rem.usage": ("Use /reminders, or (chairs) /reminders status | pause | resume.",
                  "Utilisez /reminders, ou (présidence) /reminders status | pause | resume."),
    "rem.none": ("No reminders are left for this meeting.", "Il ne reste aucun rappel pour cette réunion."),
    "rem.next": ("Next reminders ({count})", "Prochains rappels ({count})"),
    "rem.paused_footer": ("Reminders are paused by the chair.", "Les rappels sont suspendus par la présidence."),
    # the reminders' titles: posted in the working language, listed by /reminders in the asker's
    "rem.deadline": ("Deadline {when}: {what}", "Échéance {when} : {what}"),
    "rem.session": ("{title} {when}", "{title} {when}"),
    "rem.when.today": ("today", "aujourd'hui"),
    "rem.when.tomorrow": ("tomorrow", "demain"),
    "rem.when.days": ("in {count} days", "dans {count} jours"),
    "rem.when.hours": ("in {count} hours", "dans {count} heures"),
    "rem.when.minutes": ("in {count} minutes", "dans {count} minutes"),
    "rem.when.minute": ("in 1 minute", "dans 1 minute"),
    "rem.when.now": ("starting now", "commence maintenant"),
    "rem.when.ago": ("started {ago} ago", "a commencé il y a {ago}"),
    "rem.to_post": ("to be posted ", "à publier le "),
    # the Markdown minutes (`meetingbot minutes`; its JSON is data and stays as it is)
    "min.title": ("# Minutes: {title}", "# Déroulé des séances : {title}"),
    "min.zone": ("{reference}. Times are {name} ({zone}).",
                 "{reference}. Les heures sont celles de {name} ({zone})."),
    "min.none": ("No item has been announced yet.", "Aucun point n'a encore été annoncé."),
    "min.head": ("| Item | Title | Start | End | Duration | Announced by | Speakers |",
                 "| Point | Titre | Début | Fin | Durée | Annoncé par | Orateurs |"),
    "min.break": ("*Break*", "*Pause*"),
    "min.running": ("(running)", "(en cours)"),
    "min.unadjourned": ("(never adjourned)", "(séance jamais levée)"),
    "min.open_since": ("(open since {date}, {time})", "(en cours depuis le {date}, {time})"),
})
"""The live-session commands' catalogue."""

CHAIR_HELP_FR: dict[str, str] = {
    "item": """Annonce le point en discussion, par ex. `/item 3h`, ou `/item 3h 15m` avec un temps imparti.

    Toutes les formes de référence conviennent (`3 h`, `3.h`, `3(h)`). Avec un temps imparti (d'une
    minute à 12 heures), vous seul(e) êtes prévenu(e) quand il est écoulé ; changer de point l'annule.
    """,
    "next": "Passe à l'entrée suivante de l'ordre du jour (points et sous-points dans l'ordre) et l'annonce.",
    "prev": "Revient à l'entrée précédente de l'ordre du jour et l'annonce.",
    "break": """Annonce une pause, par ex. `/break 15m` ; l'annonce dit quand la séance reprend.

    Une durée (`15m`, `1h30`, `20'`) ou une heure d'aujourd'hui (`/break 14:00`, `/break 11h30` : jusqu'à cette
    heure de la réunion). Une pause dure 12 heures au plus ; `/break` seul dure jusqu'à votre `/resume`.
    """,
    "resume": "Met fin à la pause et revient au point qui était en discussion.",
    "adjourn": "Lève la séance ; l'annonce le dit et la file des orateurs est vidée.",
    "session": "Ouvre une séance nommée, par ex. `/session start Plénière, jour 1` ; `/session end` la lève.",
}
"""The French help of the chair's commands (their English help is each handler's docstring)."""
