"""The message catalogue: every sentence the question answerer says, in English and French.

Templates use ``str.format`` fields; facts are filled in from the meeting file. The
mechanism is :class:`bot.i18n.Catalogue`, shared with the commands' catalogues.
"""

from __future__ import annotations

from bot.i18n import Catalogue

CATALOGUE: dict[str, tuple[str, str]] = {
    # out of scope
    "oos.title": ("Not in the meeting information", "Absent des informations de la réunion"),
    "fact.home_page": ("The study group home page: {web}", "La page d'accueil de la commission d'études : {web}"),
    "oos.acronym": ("The meeting information does not spell out {acronym}; the secretariat can: {email}",
                    "Les informations de la réunion ne développent pas le sigle {acronym} ; le secrétariat peut vous "
                    "renseigner : {email}"),
    "oos.this_meeting": ("This information is about the {title}.", "Ces informations portent sur la {title}."),
    "oos.other_meeting": ("The meeting information covers only this meeting and says nothing about {other}; ask the "
                          "secretariat: {email}",
                          "Les informations de la réunion ne portent que sur cette réunion et ne disent rien sur "
                          "{other} ; demandez au secrétariat : {email}"),
    "oos.text": ("The meeting information does not say. The secretariat can help: {email}",
                 "Les informations de la réunion ne le précisent pas. Le secrétariat peut vous aider : {email}"),
    "oos.later_meetings": ("This is the next meeting. For the meetings after it, the letter gives no dates{item}; ask "
                           "the secretariat: {email}",
                           "C'est la prochaine réunion. Pour les réunions suivantes, la lettre ne donne aucune "
                           "date{item} ; demandez au secrétariat : {email}"),
    "oos.after_this": ("The letter gives no date or place for the meetings after this one{item}; ask the secretariat: "
                       "{email}",
                       "La lettre ne donne ni date ni lieu pour les réunions qui suivront celle-ci{item} ; demandez au "
                       "secrétariat : {email}"),
    "tm.session_begun": ("Already begun, {ago} ago: {event}. The letter gives no end time, so it may still be on: "
                         "join now, or ask the secretariat: {email}",
                         "Déjà commencée, il y a {ago} : {event}. La lettre ne donne pas d'heure de fin : elle est "
                         "peut-être encore en cours ; rejoignez-la ou demandez au secrétariat : {email}"),
    "tm.session_ahead": ("No: it begins in {left} ({event}).", "Non : elle commence dans {left} ({event})."),
    "cmd.this_meeting": ("Here: {title}, from {start} to {end}.", "Ici : {title}, du {start} au {end}."),
    "oos.later_item": (" (item {ref}, {title}, is on the agenda)", " (le point {ref}, {title}, est à l'ordre du jour)"),
    "oos.stay": ("Nobody travels to this virtual meeting, so the letter recommends no {words}; for anything else, "
                 "ask the secretariat: {email}",
                 "Personne ne se déplace pour cette réunion virtuelle : la lettre ne recommande donc aucun {words} ; "
                 "pour toute autre question, demandez au secrétariat : {email}"),
    "oos.venue": ("Nobody travels to this virtual meeting, so nothing is arranged on site; for anything else, ask "
                  "the secretariat: {email}", "Personne ne se déplace pour cette réunion virtuelle : rien n'est donc "
                  "prévu sur place ; pour toute autre question, demandez au secrétariat : {email}"),
    "oos.which_options": ("The letter does not list which options apply only to Member States; the secretariat can "
                          "tell: {email}", "La lettre n'énumère pas les options réservées aux États Membres ; le "
                          "secrétariat peut vous renseigner : {email}"),
    "oos.languages": ("the languages of translation", "les langues de traduction"),
    "pr.induction_undated": ("No: the letter gives no date or time for the induction sessions for new delegates; they "
                             "are held if the study group chairman deems it appropriate (the secretariat can tell: "
                             "{email}).",
                             "Non : la lettre ne donne ni date ni heure pour les séances d'initiation des nouveaux "
                             "délégués ; elles ont lieu si le président de la commission d'études le juge opportun (le "
                             "secrétariat peut vous renseigner : {email})."),
    "oos.no_date": ("The letter gives no date or time for this; for that, ask the secretariat: {email}",
                    "La lettre ne donne ni date ni heure pour cela ; demandez au secrétariat : {email}"),
    "oos.part": ("The meeting information says nothing about {words}; for that, ask the secretariat: {email}",
                 "Les informations de la réunion ne disent rien sur {words} ; pour cela, demandez au secrétariat : "
                 "{email}"),
    "oos.not_said_of": ("The meeting information does not say anything about {words}; for that, ask the secretariat: "
                        "{email}", "Les informations de la réunion ne précisent rien sur {words} ; pour cela, demandez au "
                        "secrétariat : {email}"),
    "oos.conference": ("The meeting information does not say when or where {event} takes place: it is about this "
                       "study group meeting only. The secretariat can help: {email}",
                       "Les informations de la réunion ne disent pas quand ni où se tient {event} : elles ne portent "
                       "que sur cette réunion de la commission d'études. Le secrétariat peut vous aider : {email}"),
    "oos.decisions": ("The letter does not say who may take part in decisions or vote; it only says that the sessions, "
                      "decision-making ones included, are open to remote participation. The secretariat can help: "
                      "{email}",
                      "La lettre ne dit pas qui peut prendre part aux décisions ou voter ; elle dit seulement que les "
                      "séances, y compris celles où sont prises des décisions, sont ouvertes à la participation à "
                      "distance. Le secrétariat peut vous aider : {email}"),
    "oos.missed": ("The meeting information cannot say what was discussed: the meeting documents are on the study "
                   "group home page (ITU-T Members with TIES access), the agenda's updates in TD3000, and the secretariat "
                   "can help: {email}",
                   "Les informations de la réunion ne peuvent pas dire ce qui a été discuté : les documents de la réunion "
                   "sont sur la page d'accueil de la commission d'études (Membres de l'UIT-T avec accès TIES), les mises "
                   "à jour de l'ordre du jour dans le TD3000, et le secrétariat peut vous aider : {email}"),
    "oos.phone_app": ("The letter names {tool} for remote participation but says nothing of an app for phones; the "
                      "secretariat can tell: {email}",
                      "La lettre indique {tool} pour la participation à distance mais ne dit rien d'une application pour "
                      "téléphone ; le secrétariat peut vous renseigner : {email}"),
    "pr.ties_tool": ("No: {tool} needs a confirmed registration, not a TIES account. {joining}",
                     "Non : {tool} demande une inscription confirmée, pas un compte TIES. {joining}"),
    "pr.ties_tool.asked": ("{tool} needs a confirmed registration, not a TIES account. {joining}",
                           "{tool} demande une inscription confirmée, pas un compte TIES. {joining}"),
    "pr.ties_documents": ("A TIES account is for the meeting documents: {documents}",
                          "Le compte TIES sert aux documents de la réunion : {documents}"),
    "tr.ask_secretariat": ("If it stays unconfirmed, the secretariat can help: {email}",
                           "Si elle reste non confirmée, le secrétariat peut vous aider : {email}"),
    "tr.cannot_connect": ("Only delegates whose registration is confirmed can get into {tool}. The secretariat can "
                          "help: {email}",
                          "Seuls les délégués dont l'inscription est confirmée peuvent accéder à {tool}. Le secrétariat "
                          "peut vous aider : {email}"),
    "oos.dial_in": ("The letter gives no dial-in number: sessions are joined online through {tool}. The secretariat's "
                    "telephone is for questions; it can help: {email}",
                    "La lettre ne donne aucun numéro d'appel : les séances se suivent en ligne avec {tool}. Le téléphone "
                    "du secrétariat sert aux questions ; il peut vous aider : {email}"),
    "oos.decided": ("what a session decided", "ce qu'une séance a décidé"),
    "oos.fee": ("“fee”", "« frais »"),
    "oos.access": ("captions, sign language or other access services", "les sous-titres, la langue des signes ou "
                   "d'autres services d'accessibilité"),
    "oos.event_detail": ("the theme, programme or speakers of the events the agenda names (Kaleidoscope, workshops, "
                         "tutorials): it names them only", "le thème, le programme ou les intervenants des événements que "
                         "l'ordre du jour nomme (Kaleidoscope, ateliers, tutoriels) : il ne fait que les nommer"),
    "cmd.which_for": ("which command shows {topic}?", "c'est quoi la commande pour voir {topic} ?"),
    "oos.signer_unnamed": ("The letter is signed by the {signer}, by title only: it gives no name; the secretariat "
                           "can tell: {email}",
                           "La lettre est signée par le {signer}, sans nom : elle n'en donne aucun ; le secrétariat peut "
                           "vous le dire : {email}"),
    "oos.focal_point_named": ("The letter does not name the focal point: it is the one your administration or "
                              "organization has for the ITU-T registration system; the secretariat can tell you who: "
                              "{email}",
                              "La lettre ne nomme pas le coordonnateur : c'est celui de votre administration ou "
                              "organisation pour le système d'inscription de l'UIT-T ; le secrétariat peut vous dire qui "
                              "c'est : {email}"),
    "oos.study_group": ("The letter does not explain what a study group is in general; the study group's home page "
                        "and the secretariat can: {email}",
                        "La lettre n'explique pas ce qu'est une commission d'études en général ; la page d'accueil de "
                        "la commission d'études et le secrétariat peuvent vous renseigner : {email}"),
    "fact.secretariat_email": ("The study group secretariat's e-mail address: {email}",
                               "Adresse électronique du secrétariat de la commission d'études : {email}"),
    "oos.documents_translated": ("The meeting information does not say whether the meeting documents will be "
                                 "translated; the secretariat can tell: {email}",
                                 "Les informations de la réunion ne disent pas si les documents de la réunion seront "
                                 "traduits ; le secrétariat peut vous le dire : {email}"),
    "oos.report_translated": ("The meeting information does not say whether the report of this meeting will be "
                              "translated; the secretariat can tell: {email}",
                              "Les informations de la réunion ne disent pas si le rapport de cette réunion sera "
                              "traduit ; le secrétariat peut vous le dire : {email}"),
    "oos.languages_said": ("What it says of languages: the meeting is held in {language} only, without interpretation.",
                           "Ce qu'elles disent des langues : la réunion se tient uniquement en {language}, sans "
                           "interprétation."),
    "oos.languages_said.interpreted": ("What it says of languages: the meeting is held in {language}, with "
                                       "interpretation.",
                                       "Ce qu'elles disent des langues : la réunion se tient en {language}, avec "
                                       "interprétation."),
    "oos.translated_by": ("Member contributions are translated when submitted by {day}.",
                          "Les contributions des Membres sont traduites si elles sont soumises au plus tard le {day}."),
    "oos.report": ("when the report of this meeting is published", "la date de publication du rapport de cette "
                   "réunion"),
    "oos.how_to_get": ("The meeting information does not say how to get {what}; the secretariat can help: {email}",
                       "Les informations de la réunion ne disent pas comment obtenir {what} ; le secrétariat peut vous "
                       "aider : {email}"),
    "steps.title": ("First steps", "Premières étapes"),
    "steps.join": ("Joining", "Participation"),
    "steps.intro": ("What the letter asks of a delegate, in order:", "Ce que la lettre demande aux délégués, dans l'ordre :"),
    "cmd.title": ("With the bot", "Avec le bot"),
    "cmd.chairs": ("chairs only", "présidence seulement"),
    "cmd.for_item": ("For item {ref}: `{command}`.", "Pour le point {ref} : `{command}`."),
    "cmd.for_zone": ("For {place}: `{command}`.", "Pour {place} : `{command}`."),
    "cmd.for_break": ("For a {length} break: `{command}`.", "Pour une pause de {length} : `{command}`."),
    "cmd.for_break_until": ("For a break until {time}: `{command}`.", "Pour une pause jusqu'à {time} : `{command}`."),
    "cmd.help": ("Type /help for every command, /help COMMAND for one in full.",
                 "Tapez /help pour toutes les commandes, /help COMMANDE pour une en entier."),
    "rules.all": ("Remote participation rules ({tool})", "Règles de participation à distance ({tool})"),
    "rules.more": ("Each in full: /rules floor, /rules sound, /rules chat, /rules connection, /rules registration, "
                   "/rules documents, /rules language.",
                   "Chacune en entier : /rules floor, /rules sound, /rules chat, /rules connection, "
                   "/rules registration, /rules documents, /rules language."),
    "multi.title": ("Your questions", "Vos questions"),
    "source": ("Source: {reference}", "Source : {reference}"),
    # greetings
    "hello.title": ("Hello", "Bonjour"),
    "hello.text": ("I answer questions about {title}: dates, deadlines, the agenda, the rules, times in your zone. "
                   "Ask in plain words, or type /help for the commands.",
                   "Je réponds aux questions sur : {title} — dates, échéances, ordre du jour, règles, heures dans "
                   "votre fuseau. Posez votre question, ou tapez /help pour les commandes."),
    # facts
    "fact.agenda_note.title": ("Agenda updates", "Mises à jour de l'ordre du jour"),
    "fact.dates.title": ("Meeting dates", "Dates de la réunion"),
    "fact.dates": ("{title}: from {start} to {end} inclusive ({days} days).",
                   "{title} : du {start} au {end} inclus ({days} jours)."),
    "fact.schedule.first": ("The letter gives one hour only: the meeting opens on {day} at {time}; the other "
                            "sessions follow the draft time plan.",
                            "La lettre ne donne qu'une heure : la réunion s'ouvre le {day} à {time} ; les autres "
                            "séances suivent le projet de calendrier."),
    "fact.schedule.hours": ("The letter gives these hours only: {hours}; the other sessions follow the draft time "
                            "plan.",
                            "La lettre ne donne que ces heures : {hours} ; les autres séances suivent le projet de "
                            "calendrier."),
    "fact.schedule.hour": ("{title} on {day} at {time}", "{title} le {day} à {time}"),
    "fact.opens": ("It opens on {day} at {time}.", "Elle s'ouvre le {day} à {time}."),
    "fact.no_end_hour": ("The letter gives the last day but no closing hour.",
                         "La lettre donne le dernier jour mais aucune heure de clôture."),
    "fact.format.title": ("Format", "Format"),
    "fact.format.virtual": ("It is a virtual meeting: everyone takes part remotely, through {tool}; there is no venue.",
                            "C'est une réunion virtuelle : tout le monde participe à distance, via {tool} ; "
                            "il n'y a pas de lieu physique."),
    "fact.format.physical": ("It is a physical meeting.", "C'est une réunion en présentiel."),
    "fact.format.hybrid": ("It is a hybrid meeting: in person, or remotely through {tool}.",
                           "C'est une réunion hybride : en présentiel, ou à distance via {tool}."),
    "fact.tool.title": ("How to join", "Comment participer"),
    "fact.tool": ("Remote participation is through {tool}.", "La participation à distance se fait via {tool}."),
    "fact.language.title": ("Language", "Langue"),
    "fact.language.none": ("The meeting is held in {language} only, without interpretation.",
                           "La réunion se tient uniquement en {language}, sans interprétation."),
    "fact.language.some": ("The working language is {language}, with interpretation.",
                           "La langue de travail est : {language}, avec interprétation."),
    "fact.chairman.title": ("Chairman", "Président"),
    "fact.chairman": ("{role}: {name}{country}.", "{role} : {name}{country}."),
    "fact.reference.title": ("The invitation letter", "La lettre d'invitation"),
    "fact.reference": ("{reference}, dated {date}{signed}.", "{reference}, du {date}{signed}."),
    "fact.signed": (", from the {who}", ", du {who}"),
    "fact.addressed.yes": ("Yes: the letter is addressed to {who}.", "Oui : la lettre s'adresse aux {who}."),
    "fact.addressed.title": ("Who is invited", "Qui est invité"),
    "elig.not_only": ("the letter is also addressed to {who}.", "la lettre s'adresse aussi aux {who}."),
    "elig.ask": ("Whether your organization is one of these (a Sector Member, an Associate, an academic institution), "
                 "the secretariat can confirm: {email}",
                 "Pour savoir si votre organisation en fait partie (Membre de Secteur, Associé, établissement "
                 "universitaire), le secrétariat peut vous le confirmer : {email}"),
    "fact.addressed": ("The letter is addressed to: {who}.", "La lettre s'adresse aux : {who}."),
    "fact.contacts.title": ("Secretariat", "Secrétariat"),
    "fact.contacts": ("E-mail {email}", "Courriel {email}"),
    "fact.phone": ("Telephone {value}", "Téléphone {value}"),
    "fact.fax": ("Fax {value}", "Fax {value}"),
    "fact.web": ("Web {value}", "Web {value}"),
    "fact.schedule.title": ("Time plan (the timetable of the sessions)", "Calendrier (horaire des séances)"),
    "fact.in_english": ("The letter says (in English):", "La lettre indique (en anglais) :"),
    "fact.title.title": ("The meeting", "La réunion"),
    "fact.sector": ("Study Group {number} belongs to {body}: {title}.",
                    "La Commission d'études {number} relève de l'{body} : {title}."),
    "fact.title": ("{title}. Field: {field}.", "{title}. Domaine : {field}."),
    "session": ("{title}: {day} at {time}.", "{title} : {day} à {time}."),
    "field.when": ("When", "Quand"),
    "field.opens": ("Opens", "Ouverture"),
    # deadlines
    "dl.why_translated": ("That deadline ({day}) is for written documents whose translation is requested (“{what}”). "
                          "The sessions themselves are held in "
                          "{language} only, without interpretation. The letter gives no other reason; the secretariat "
                          "can tell: {email}",
                          "Cette échéance ({day}) porte sur des documents écrits dont la traduction est demandée "
                          "(« {what} »). Les séances elles-mêmes se "
                          "tiennent uniquement en {language}, sans interprétation. La lettre ne donne pas d'autre raison ; "
                          "le secrétariat peut vous renseigner : {email}"),
    "dl.title": ("Deadline: {what}", "Échéance : {what}"),
    "dl.list.title": ("Deadlines", "Échéances"),
    "dl.date": ("{what}: {day}.", "{what} : {day}."),
    "dl.how": ("How: {how}.", "Comment : {how}."),
    "dl.who": ("Who: {who}.", "Qui : {who}."),
    "dl.left": ("{left} left (the date counts until the end of that day, {zone}).",
                "Il reste {left} (la date compte jusqu'à la fin de ce jour, {zone})."),
    "dl.left.plain": ("{left} left.", "Il reste {left}."),
    "dl.passed": ("This deadline passed {ago} ago.", "Cette échéance est passée depuis {ago}."),
    "dl.still.yes": ("Yes: {what} is open until {day}. {left} left (until the end of that day, {zone}).",
                     "Oui, c'est encore possible ({what}) jusqu'au {day}. Il reste {left} (jusqu'à la fin de ce jour, "
                     "{zone})."),
    "dl.late.no": ("No, it is not too late: {what} is open until {day}. {left} left (until the end of that day, {zone}).",
                   "Non, il n'est pas trop tard ({what}) : c'est possible jusqu'au {day}. Il reste {left} (jusqu'à la "
                   "fin de ce jour, {zone})."),
    "dl.late.yes": ("Yes, it is too late: the deadline for {what} was {day}; it passed {ago} ago. The letter gives no "
                    "late procedure: contact the secretariat, {email}.",
                    "Oui, il est trop tard : l'échéance « {what} » était le {day} ; elle est passée depuis {ago}. La "
                    "lettre ne prévoit aucune procédure tardive : contactez le secrétariat, {email}."),
    "dl.no_late_rule": ("The letter says nothing of requests made or approved after the deadline; the secretariat can "
                        "tell you: {email}",
                        "La lettre ne dit rien des demandes faites ou approuvées après l'échéance ; le secrétariat "
                        "peut vous renseigner : {email}"),
    "dl.missed": ("The deadline for {what} was {day}; it passed {ago} ago. The letter gives no late procedure: "
                  "contact the secretariat, {email}.",
                  "L'échéance « {what} » était le {day} ; elle est passée depuis {ago}. La lettre ne prévoit aucune "
                  "procédure tardive : contactez le secrétariat, {email}."),
    "dl.still.no": ("No: the deadline for {what} was {day}; it passed {ago} ago. The letter gives no late "
                    "procedure: contact the secretariat, {email}.",
                    "Non : l'échéance « {what} » était le {day} ; elle est passée depuis {ago}. La lettre ne "
                    "prévoit aucune procédure tardive : contactez le secrétariat, {email}."),
    "dl.no_hours": ("The letter gives these dates but no hour. The bot counts each until the end of its day, {zone}; "
                    "for an exact cut-off, ask the secretariat: {email}.",
                    "La lettre donne ces dates mais aucune heure. Le bot compte chacune jusqu'à la fin de son jour, "
                    "{zone} ; pour l'heure exacte, demandez au secrétariat : {email}."),
    "dl.no_hour": ("The letter gives the date ({day}) but no hour. The bot counts it until the end of that day, {zone}; "
                   "for an exact cut-off, ask the secretariat: {email}.",
                   "La lettre donne la date ({day}) mais aucune heure. Le bot la compte jusqu'à la fin de ce jour, "
                   "{zone} ; pour l'heure exacte, demandez au secrétariat : {email}."),
    "dl.hour": ("{what}: {day} at {time}.", "{what} : {day} à {time}."),
    "ask.secretariat": ("For anything the letter does not say, the secretariat can help: {email}",
                        "Pour ce que la lettre ne précise pas, le secrétariat peut vous aider : {email}"),
    "day.title": ("{day}", "{day}"),
    "fact.where_info.title": ("Where to find the meeting's news", "Où trouver les nouvelles de la réunion"),
    "fact.where_info": ("The study group home page: {web}. The draft time plan is posted there and updated before and "
                        "during the meeting; agenda updates are in TD3000.",
                        "La page d'accueil de la commission d'études : {web}. Le projet de calendrier y est publié et mis "
                        "à jour avant et pendant la réunion ; les mises à jour de l'ordre du jour figurent dans le TD3000."),
    "kd.title": ("Key dates", "Dates clés"),
    "day.deadline": ("Deadline: {what} ({day}).", "Échéance : {what} ({day})."),
    "day.weekend.title": ("The weekend", "Le week-end"),
    "day.weekend.inside": ("The meeting runs from {start} to {end} inclusive; these weekend days fall within it: {days}.",
                           "La réunion se tient du {start} au {end} inclus ; ces jours de week-end en font partie : {days}."),
    "day.weekend.unknown": ("The letter does not say on which days sessions are held; the secretariat can tell: {email}",
                            "La lettre ne précise pas quels jours ont des séances ; le secrétariat peut vous le dire : {email}"),
    "day.weekend.none": ("The meeting runs from {start} to {end}; no weekend falls within it.",
                         "La réunion se tient du {start} au {end} ; aucun week-end n'en fait partie."),
    "day.meeting": ("Day {n} of {total} of the meeting.", "Jour {n} sur {total} de la réunion."),
    "day.nothing": ("The letter has nothing on {day}. The secretariat can help: {email}",
                    "La lettre ne prévoit rien le {day}. Le secrétariat peut vous aider : {email}"),
    "day.agenda": ("On the agenda: {label} {title}", "À l'ordre du jour : {label} {title}"),
    "day.no_deadline": ("No deadline falls on {day}.", "Aucune échéance ne tombe le {day}."),
    "dl.planned.no": ("No: {what} ends at {ends}, before {at}. {left} left now; the letter gives no late procedure "
                      "(the secretariat: {email}).",
                      "Non : l'échéance « {what} » prend fin à {ends}, avant {at}. Il reste {left} ; la lettre ne "
                      "prévoit aucune procédure tardive (le secrétariat : {email})."),
    "dl.planned.late": ("Yes, that is too late: {what} ends at {ends}, before {at}. {left} left now; the letter gives "
                        "no late procedure (the secretariat: {email}).",
                        "Oui, c'est trop tard : l'échéance « {what} » prend fin à {ends}, avant {at}. Il reste {left} ; "
                        "la lettre ne prévoit aucune procédure tardive (le secrétariat : {email})."),
    "dl.planned.yes": ("Yes: {what} ends at {ends}, after {at} ({left} left now).",
                       "Oui : l'échéance « {what} » prend fin à {ends}, après {at} (il reste {left})."),
    "dl.planned.not_late": ("No, that is not too late: {what} ends at {ends}, after {at} ({left} left now).",
                            "Non, ce n'est pas trop tard : l'échéance « {what} » prend fin à {ends}, après {at} (il "
                            "reste {left})."),
    "dl.plan.in_time": ("Yes: {planned} is in time; {what} is open until {day} (until the end of that day, Geneva "
                        "time).",
                        "Oui : le {planned}, c'est dans les temps ; l'échéance « {what} » court jusqu'au {day} (jusqu'à "
                        "la fin de ce jour, heure de Genève)."),
    "dl.plan.until_there": ("Only early that day: where you are, {what} ends on {planned} at {there}; after that it is "
                            "too late (the deadline is {day}, Geneva time).",
                            "Seulement en début de journée : chez vous, l'échéance « {what} » prend fin le {planned} à "
                            "{there} ; ensuite, c'est trop tard (l'échéance est le {day}, heure de Genève)."),
    "dl.plan.too_late": ("No: {planned} is too late; the deadline for {what} is {day}. The letter gives no late "
                         "procedure: contact the secretariat, {email}.",
                         "Non : le {planned}, c'est trop tard ; l'échéance « {what} » est le {day}. La lettre ne prévoit "
                         "aucune procédure tardive : contactez le secrétariat, {email}."),
    "dl.still_open_alike": ("Still open: {what}, until {day} ({left} left).",
                            "Encore possible : {what}, jusqu'au {day} (il reste {left})."),
    "ab.title": ("Which do you mean?", "Que voulez-vous dire ?"),
    "ab.text": ("Your question could mean one of these. Reply with its number.",
                "Votre question peut vouloir dire l'une de ces choses. Répondez par son numéro."),
    "ab.expired": ("Reply with a number only after a question I asked back (within ten minutes).",
                   "Répondez par un numéro seulement après une question que je vous ai posée (dans les dix minutes)."),
    "dl.tds_not_dated": ("No: {day} is the deadline for {what}, not for TDs.",
                         "Non : le {day} est l'échéance « {what} », pas celle des TD."),
    "dl.none_for": ("The letter sets no deadline for that. The secretariat can help: {email}",
                    "La lettre ne fixe aucune échéance pour cela. Le secrétariat peut vous aider : {email}"),
    "dl.none": ("The meeting file lists no deadlines.", "Le fichier de la réunion ne donne aucune échéance."),
    "dl.status.ahead": ("in {left}", "dans {left}"),
    "dl.status.passed": ("passed {ago} ago", "passée depuis {ago}"),
    "dl.line": ("{day}: {what} ({status}).", "{day} : {what} ({status})."),
    # agenda
    "ag.title": ("Agenda", "Ordre du jour"),
    "ag.entry": ("{label} {title}", "{label} {title}"),
    "ag.under": ("Under item {parent}: {title}.", "Dans le point {parent} : {title}."),
    "ag.subs": ("Sub-items: {subs}.", "Sous-points : {subs}."),
    "ag.bullets": ("Including: {names}.", "Notamment : {names}."),
    "ag.no_item": ("There is no item {ref}: the agenda has {count} items ({first}–{last}).",
                   "Il n'y a pas de point {ref} : l'ordre du jour compte {count} points ({first} à {last})."),
    "ag.no_sub": ("Item {number} has sub-items {letters}; there is no {ref}.",
                  "Le point {number} a les sous-points {letters} ; il n'y a pas de {ref}."),
    "ag.no_subs": ("Item {number} has no sub-items; there is no {ref}.",
                   "Le point {number} n'a pas de sous-points ; il n'y a pas de {ref}."),
    "ag.count": ("The agenda has {count} items ({first}–{last}) and {subs} sub-items.",
                 "L'ordre du jour compte {count} points ({first} à {last}) et {subs} sous-points."),
    "ag.sub_count": ("Item {ref} has {count} sub-items ({first} to {last}).",
                     "Le point {ref} compte {count} sous-points ({first} à {last})."),
    "ag.listed_count": ("{count}: {names}, as agenda item {label} {title} lists them.",
                        "{count} : {names}, comme les énumère le point {label} {title} de l'ordre du jour."),
    "ag.earlier_meeting": ("The letter dates that earlier meeting only in the title of agenda item {label}, its report.",
                           "La lettre ne date cette réunion antérieure que dans le titre du point {label} de l'ordre du "
                           "jour, son rapport."),
    "ag.found": ("On the agenda for “{topic}”:", "À l'ordre du jour pour « {topic} » :"),
    "ag.found_plain": ("On the agenda:", "À l'ordre du jour :"),
    "ag.not_found.questions": ("The technical work is done in the meetings on Questions (item {label}); the agenda "
                               "does not say which Question covers which topic. The secretariat can tell: {email}",
                               "Les travaux techniques se font dans les réunions des Questions (point {label}) ; "
                               "l'ordre du jour ne dit pas quelle Question traite quel sujet. Le secrétariat peut "
                               "vous renseigner : {email}"),
    "ag.not_found": ("No agenda item mentions “{topic}”.", "Aucun point de l'ordre du jour ne mentionne « {topic} »."),
    "ag.note": ("Note: {note}.", "Note : {note}."),
    "pr.circular_is_for": ("No: the letter cites Circular TSB {number} for this: {clause}.",
                           "Non : la lettre cite la Circulaire TSB {number} pour ceci : {clause}."),
    "q.what_means": ("what does {word} mean?", "que veut dire {word} ?"),
    "ag.where.title": ("Where to find the agenda", "Où trouver l'ordre du jour"),
    "ag.where": ("The agenda is in the invitation letter (see the source below). Here, /agenda shows it, and /agenda 3 "
                 "or /agenda 3h one item.",
                 "L'ordre du jour figure dans la lettre d'invitation (voir la source ci-dessous). Ici, /agenda l'affiche, "
                 "et /agenda 3 ou /agenda 3h un point."),
    "ag.where.web": ("Meeting documents are on the study group's home page: {web}.",
                     "Les documents de la réunion sont sur la page d'accueil de la commission d'études : {web}."),
    "ag.texts_not_listed": ("The letter does not list which texts these are; the secretariat can tell: {email}",
                            "La lettre ne dit pas de quels textes il s'agit ; le secrétariat peut vous le dire : {email}"),
    "ag.premise.redated": ("No: not {claimed}; {label} is “{title}”.", "Non : pas le {claimed} ; le {label} est « {title} »."),
    "ag.premise.no": ("No: {label} is “{title}”.", "Non : le {label} est « {title} »."),
    "ag.premise.elsewhere": ("{topic} is {label} “{title}”.", "{topic} est le {label} « {title} »."),
    "ag.is_at": ("“{title}” is {label}.", "« {title} » est le {label}."),
    "ag.premise.dated": ("The date you give is that of {label}: “{title}”.",
                         "La date indiquée est celle du {label} : « {title} »."),
    "ag.on_the_agenda": ("on the agenda", "dans l'ordre du jour"),
    "visa.for_it": ("for the visa", "pour le visa"),
    "tm.for_me": ("for me", "pour moi"),
    "ag.premise.yes": ("Yes: {label} is “{title}”.", "Oui : le {label} est « {title} »."),
    "ag.when": ("The letter does not say on which day or at what time each item is taken up; the secretariat can "
                "tell: {email}",
                "La lettre ne dit pas quel jour ni à quelle heure chaque point sera traité ; le secrétariat peut vous "
                "renseigner : {email}"),
    "ag.session_none": ("The letter gives no agenda for the {session}; its draft agenda is that of the meeting "
                        "itself (/agenda). The secretariat can tell more: {email}",
                        "La lettre ne donne pas d'ordre du jour pour la {session} ; son projet d'ordre du jour est "
                        "celui de la réunion elle-même (/agenda). Le secrétariat peut vous renseigner : {email}"),
    "ag.sub_label": ("item {ref}", "point {ref}"),
    # times
    "tm.title": ("Times", "Horaires"),
    "rule.floor_queue": ("To ask for the floor in a live session, type `/floor ENTITY` in the meeting's channel: you join "
                         "the speaking queue and the chair gives the floor in turn.",
                         "Pour demander la parole en séance, tapez `/floor ENTITÉ` dans le canal de la réunion : vous "
                         "entrez dans la file des orateurs et la présidence donne la parole à tour de rôle."),
    "tm.not_closed": ("No: the letter calls it an open meeting ({event}).",
                      "Non : la lettre la dit ouverte ({event})."),
    "tm.event": ("{event}: {when_meeting}.", "{event} : {when_meeting}."),
    "tm.none_before": ("The letter schedules nothing before the opening on {day}.",
                       "La lettre ne prévoit rien avant l'ouverture, le {day}."),
    "tm.not_moved": ("The letter sets this time and gives no other; it says nothing of moving it. The secretariat can "
                     "hear a concern: {email}",
                     "La lettre fixe cette heure et n'en donne pas d'autre ; elle ne dit rien d'un changement. Le "
                     "secrétariat peut entendre une demande : {email}"),
    "tm.session_registration": ("The letter does not say whether this meeting needs a registration of its own or "
                                "whether the registration for the study group meeting covers it; the secretariat "
                                "can tell: {email}",
                                "La lettre ne dit pas si cette réunion demande une inscription distincte ou si "
                                "l'inscription à la réunion de la commission d'études la couvre ; le secrétariat "
                                "peut vous renseigner : {email}"),
    "tm.open_to": ("Who may attend: {open_to}. The letter says no more on who is invited; the secretariat can tell: "
                   "{email}",
                   "Qui peut y assister : {open_to}. La lettre n'en dit pas plus sur les invités ; le secrétariat peut "
                   "vous renseigner : {email}"),
    "tm.what_it_is": ("{note} Who may attend: {open_to}. The letter says no more of what it covers or who is invited; "
                      "the secretariat can tell: {email}",
                      "{note} Qui peut y assister : {open_to}. La lettre n'en dit pas plus sur son contenu ni sur les "
                      "invités ; le secrétariat peut vous renseigner : {email}"),
    "tm.own_zone_differs": ("Your own time zone ({mine}) is not on {other} time ({offset}).",
                            "Votre fuseau horaire ({mine}) n'est pas à l'heure de {other} ({offset})."),
    "tm.summer.yes": ("Yes: {place} is on summer time then ({offset}).",
                      "Oui : {place} est à l'heure d'été à ce moment-là ({offset})."),
    "tm.summer.no": ("No: {place} is not on summer time then ({offset}).",
                     "Non : {place} n'est pas à l'heure d'été à ce moment-là ({offset})."),
    "tm.same_clock.no_difference": ("No: {place} keeps the same time as {meeting} then.",
                                    "Non : à {place}, c'est la même heure qu'à {meeting} à ce moment-là."),
    "tm.same_clock.difference": ("Yes: {place} is not on the same time as {meeting} then.",
                                 "Oui : à {place}, ce n'est pas la même heure qu'à {meeting} à ce moment-là."),
    "tm.local_day.yes": ("Yes: that is {there}.", "Oui : c'est {there}."),
    "tm.local_day.no": ("No: that is {there}.", "Non : c'est {there}."),
    "tm.same_clock.yes": ("Yes: {place} keeps the same time as {meeting} then.",
                          "Oui : à {place}, c'est la même heure qu'à {meeting} à ce moment-là."),
    "tm.same_clock.no": ("No: {place} is not on the same time as {meeting} then.",
                         "Non : à {place}, ce n'est pas la même heure qu'à {meeting} à ce moment-là."),
    "tm.began_ago": ("It began {ago} ago.", "Elle a commencé il y a {ago}."),
    "tm.convert.title": ("Time conversion", "Conversion d'heure"),
    "tm.convert": ("{here} on {day} is {there}.", "{here} le {day} correspond à {there}."),
    "tm.next_day.yes": ("Yes: there it is already the next day, {day}.", "Oui : là-bas, c'est déjà le lendemain, {day}."),
    "tm.next_day.same": ("No: there it is still the same day, {day}.", "Non : là-bas, c'est toujours le même jour, {day}."),
    "tm.next_day.before": ("No: there it is still the day before, {day}.", "Non : là-bas, c'est encore la veille, {day}."),
    "tm.convert.yes": ("Yes: {here} on {day} is {there}.", "Oui : {here} le {day} correspond à {there}."),
    "tm.convert.no": ("No: {here} on {day} is {there}, not {claimed}.",
                      "Non : {here} le {day} correspond à {there}, et non à {claimed}."),
    "tm.there": ("That is {there}.", "Soit {there}."),
    "tm.same": ("{place} is on meeting time.", "{place} est à l'heure de la réunion."),
    "tm.yes": ("Yes: {event} is at {there}.", "Oui : {event} est à {there}."),
    "tm.no": ("No: {event} is at {there}, not {claimed}.", "Non : {event} est à {there}, et non {claimed}."),
    "tm.no_day": ("No: {event} is on {day} at {there}, not {claimed}.",
                  "Non : {event} a lieu le {day} à {there}, et non {claimed}."),
    "tm.now": ("It is now {there}.", "Il est maintenant {there}."),
    "tm.unknown_me": ("I do not know your time zone. Name a city or a zone (“in Seoul”, “in Asia/Seoul”, "
                      "“in UTC+9”), or set your zone.",
                      "Je ne connais pas votre fuseau horaire. Indiquez une ville ou un fuseau (« à Séoul », "
                      "« Asia/Seoul », « UTC+9 »)."),
    "tm.unknown_place": ("I do not know the place “{place}”. Use a city or an IANA zone such as Asia/Seoul, or UTC+9.",
                         "Je ne connais pas le lieu « {place} ». Indiquez une ville ou un fuseau IANA comme "
                         "Asia/Seoul, ou UTC+9."),
    "tm.unknown_place.mine": ("I do not know the place “{place}”; here is the time in your saved time zone.",
                              "Je ne connais pas le lieu « {place} » ; voici l'heure dans votre fuseau enregistré."),
    "tm.zone": ("Every time in the meeting information is given in {place} time ({suffix} during the meeting).",
                "Toutes les heures des informations de la réunion sont données à l'heure de {place} ({suffix} pendant "
                "la réunion)."),
    "tm.offset.ahead": ("During the meeting, {place} is {amount} ahead of {meeting}.",
                        "Pendant la réunion, {place} a {amount} d'avance sur {meeting}."),
    "tm.offset.behind": ("During the meeting, {place} is {amount} behind {meeting}.",
                         "Pendant la réunion, {place} a {amount} de retard sur {meeting}."),
    "tm.offset.same": ("During the meeting, {place} keeps the same time as {meeting}.",
                       "Pendant la réunion, {place} est à la même heure que {meeting}."),
    "tm.opening_in": ("what time does the meeting open in {place}?", "à quelle heure s'ouvre la réunion à {place} ?"),
    "tm.session_ends": ("{event} ends at {time}: {length}.", "{event} se termine à {time} : {length}."),
    "tm.session_no_end": ("The letter gives when “{event}” starts, not when it ends nor how long it lasts; the "
                          "secretariat can tell: {email}",
                          "La lettre donne le début de « {event} », mais ni sa fin ni sa durée ; le secrétariat peut vous "
                          "renseigner : {email}"),
    "tm.no_end_hour": ("The letter gives the last day, {day}, but no closing hour, nor when each day's sessions "
                       "end; the secretariat can tell: {email}",
                       "La lettre donne le dernier jour, {day}, mais aucune heure de clôture, ni l'heure de fin des "
                       "séances de chaque jour ; le secrétariat peut vous renseigner : {email}"),
    "tm.group": ("The letter does not say when {group} meets: the draft time plan will, and the secretariat can help: "
                 "{email}", "La lettre ne dit pas quand {group} se réunit : le projet de calendrier le dira, et le "
                 "secrétariat peut vous aider : {email}"),
    "oos.which_group": ("The letter does not say which Question or working party suits your work; the draft agenda "
                        "lists what each covers (`/agenda 6`), and the secretariat can advise: {email}",
                        "La lettre ne dit pas quelle Question ou quel groupe de travail convient à vos travaux ; le "
                        "projet d'ordre du jour indique ce que chacun couvre (`/agenda 6`), et le secrétariat peut "
                        "vous conseiller : {email}"),
    "oos.group_work": ("The letter does not say which Questions {group} handles; item 6 of the agenda has the working "
                       "party meetings (`/agenda 6`), and the secretariat can tell you: {email}",
                       "La lettre ne dit pas de quelles Questions s'occupe le {group} ; le point 6 de l'ordre du jour "
                       "porte sur les réunions des groupes de travail (`/agenda 6`), et le secrétariat peut vous "
                       "renseigner : {email}"),
    "tm.groups": ("The letter does not say when each working party or Question meets: the draft time plan will, and "
                  "the secretariat can help: {email}", "La lettre ne dit pas quand se réunit chaque groupe de travail "
                  "ou Question : le projet de calendrier le dira, et le secrétariat peut vous aider : {email}"),
    "tm.later_day": ("The letter gives the start time of the first day only ({first}, {time}); for {day}, see the "
                     "draft time plan.", "La lettre ne donne l'heure de début que du premier jour ({first}, {time}) ; "
                     "pour le {day}, voir le projet de calendrier."),
    "tm.only_first": ("The letter gives the start time of the first day only ({time}); later sessions follow the "
                      "draft time plan.", "La lettre ne donne l'heure que du premier jour ({time}) ; les séances "
                      "suivantes suivent le projet de calendrier."),
    # countdown
    "cd.title": ("Meeting status", "État de la réunion"),
    "cd.not_missed": ("No, you have not missed it: it is still {left} away.", "Non, vous ne l'avez pas manquée : elle est "
                      "encore dans {left}."),
    "cd.before": ("The meeting opens in {left}, on {day} at {time}.",
                  "La réunion s'ouvre dans {left}, le {day} à {time}."),
    "cd.opened": ("It opened on {day} at {time}.", "Elle s'est ouverte le {day} à {time}."),
    "cd.no_item_live": ("No agenda item has been announced as under discussion here; the chair announces each one "
                        "with /item, and /now shows it.",
                        "Aucun point de l'ordre du jour n'a été annoncé ici comme en discussion ; la présidence annonce "
                        "chaque point avec /item, et /now l'affiche."),
    "cd.open_for": ("That was {ago} ago.", "C'était il y a {ago}."),
    "cd.missed_opening": ("Yes: the opening was {ago} ago.", "Oui : l'ouverture a eu lieu il y a {ago}."),
    "cd.yes": ("Yes. {text}", "Oui. {text}"),
    "cd.during": ("The meeting is under way: day {n} of {total} ({day}). It ends on {end}.",
                  "La réunion est en cours : jour {n} sur {total} ({day}). Elle se termine le {end}."),
    "cd.session_before": ("{event} starts in {left}, on {day} at {time}.",
                          "{event} commence dans {left}, le {day} à {time}."),
    "cd.session_started": ("{event} started {ago} ago, on {day} at {time}; the letter gives no end time.",
                           "{event} a commencé il y a {ago}, le {day} à {time} ; la lettre ne donne pas d'heure de fin."),
    "cd.session_soon": ("Before it: {event}, in {left}, on {day} at {time}.",
                        "Avant elle : {event}, dans {left}, le {day} à {time}."),
    "cd.session_on": ("{event} started {ago} ago, on {day} at {time}.", "{event} a commencé il y a {ago}, le {day} à {time}."),
    "cd.session_past": ("{event} took place on {day} at {time}.", "{event} a eu lieu le {day} à {time}."),
    "cd.days_left": ("{left} meeting days are left, today included ({after} {after_word} after today; the draft time plan tells "
                     "which of them hold sessions).",
                     "Il reste {left} jours de réunion, aujourd'hui compris ({after} {after_word} après aujourd'hui ; le "
                     "projet de plan de gestion du temps indique lesquels ont des séances)."),
    "cd.last_day": ("Today is its last day.", "C'est aujourd'hui son dernier jour."),
    "dl.after_it": ("The letter does not say what is accepted after {date}; ask the secretariat: {email}",
                    "La lettre ne dit pas ce qui est encore accepté après le {date} ; demandez au secrétariat : {email}"),
    "dl.none_for_tds": ("The letter sets no deadline for TDs (temporary documents): drafts are sent by e-mail to the "
                        "study group secretariat.",
                        "La lettre ne fixe aucune échéance pour les TD (documents temporaires) : les projets sont "
                        "envoyés par courriel au secrétariat de la commission d'études."),
    "dl.none_ahead": ("No deadline is still ahead: all of them have passed.",
                      "Aucune échéance n'est encore à venir : toutes sont passées."),
    "cd.after": ("The meeting is over: it ended on {end}.", "La réunion est terminée : elle a pris fin le {end}."),
    # premises
    "pr.title": ("Correction", "Correction"),
    "pr.director_chairs": ("No: {name} ({country}), the chairman of Study Group 17, chairs it; the {signer} signs the "
                           "letter.",
                           "Non : c'est {name} ({country}), président de la Commission d'études 17, qui la préside ; le "
                           "{signer} signe la lettre."),
    "pr.not_director": ("But No: {name} chairs Study Group 17; he is not the Director of the TSB. The letter is signed "
                        "by the {signer}.",
                        "Mais non : {name} préside la Commission d'études 17 ; il n'est pas le directeur du TSB. La "
                        "lettre est signée par le {signer}."),
    "status.unchanged": ("The meeting information says nothing of a cancellation, postponement or move: the meeting "
                         "is announced on these dates.",
                         "Les informations sur la réunion ne parlent d'aucune annulation, d'aucun report ni d'aucun "
                         "changement : la réunion est annoncée à ces dates."),
    "status.news": ("For any news of a change, ask the secretariat: {email}",
                    "Pour toute nouvelle d'un changement, demandez au secrétariat : {email}"),
    "pr.channel.yes": ("Yes: {how}", "Oui : {how}"),
    "pr.channel.no": ("No: {how}", "Non : {how}"),
    "pr.confirm": ("Confirmed", "Confirmé"),
    "pr.checked": ("What the letter says", "Ce que dit la lettre"),
    "pr.offset.no": ("No: in {month} {place} is on {suffix}, not {claimed}.",
                     "Non : en {month}, {place} est à {suffix}, et non {claimed}."),
    "pr.offset.yes": ("Yes: in {month} {place} is on {suffix}.", "Oui : en {month}, {place} est à {suffix}."),
    "pr.offset.then": ("{event}: {local} {place} = {utc} UTC.", "{event} : {local} {place} = {utc} UTC."),
    "oos.who_leads": ("The letter names it under item {label} ({title}) but does not say who leads it; the secretariat "
                      "can tell: {email}",
                      "La lettre le cite au point {label} ({title}) mais ne dit pas qui le dirige ; le secrétariat peut "
                      "vous renseigner : {email}"),
    "oos.devices": ("the devices, connection or app MyMeetings needs (remote participation is provided on a best-effort "
                    "basis)",
                    "les appareils, la connexion ou l'application que demande MyMeetings (la participation à distance "
                    "est assurée au mieux)"),
    "oos.recorded": ("The meeting information does not say whether the sessions are recorded; the secretariat can "
                     "tell: {email}",
                     "Les informations de la réunion ne disent pas si les séances sont enregistrées ; le secrétariat "
                     "peut vous renseigner : {email}"),
    "pr.right_word": ("right?", "c'est bien ça ?"),
    "pr.recap.title": ("Your recap, checked", "Votre récapitulatif, vérifié"),
    "pr.letter_number": ("Note: the letter is {reference}, not {said}.", "À noter : la lettre est la {reference}, et non "
                                                                            "la {said}."),
    "pr.already_open": ("No, not tomorrow: the meeting opened {ago} ago.",
                        "Non, pas demain : la réunion s'est ouverte il y a {ago}."),
    "pr.already_begun": ("No, not tomorrow: “{event}” began {ago} ago.",
                         "Non, pas demain : « {event} » a commencé il y a {ago}."),
    "pr.date.no": ("No: {subject} {day}.", "Non : {subject} {day}."),
    "pr.date.there.no": ("No: where you are, {subject} {day} ({geneva} in {zone}).",
                         "Non : chez vous, {subject} {day} ({geneva} à {zone})."),
    "pr.date.there.yes": ("Yes: where you are, {subject} {day} ({geneva} in {zone}).",
                          "Oui : chez vous, {subject} {day} ({geneva} à {zone})."),
    "dl.lead": ("That is {days} days before the meeting opens ({opening}).",
                "Soit {days} jours avant l'ouverture de la réunion ({opening})."),
    "pr.date.yes": ("Yes: {subject} {day}.", "Oui : {subject} {day}."),
    "pr.date.local": ("Yes, in your time zone: {subject} {day} until the end of that day in Geneva, which is {local} where "
                      "you are.",
                      "Oui, dans votre fuseau horaire : {subject} {day} jusqu'à la fin de ce jour à Genève, soit le {local} "
                      "chez vous."),
    "pr.clock": (", at {time}.", ", à {time}."),
    "pr.clock.not": (", at {time}, not at {claimed}.", ", à {time}, et non à {claimed}."),
    "pr.letter_date.yes": ("Yes: the letter ({reference}) is dated {day}.",
                           "Oui : la lettre ({reference}) est datée du {day}."),
    "pr.letter_is_not": ("No: the invitation letter is {reference}, dated {day}, not Circular TSB {number}; the circular is a text "
                         "the letter cites.", "Non : la lettre d'invitation est la {reference}, datée du {day}, et non "
                         "la Circulaire TSB {number} ; la circulaire est un texte que la lettre cite."),
    "pr.letter_date.no": ("No: the letter ({reference}) is dated {day}.",
                          "Non : la lettre ({reference}) est datée du {day}."),
    "pr.weekday.yes": ("Yes: {date} is a {weekday}.", "Oui : le {date} est un {weekday}."),
    "pr.weekday.no": ("No: {date} is a {weekday}.", "Non : le {date} est un {weekday}."),
    "pr.weekday": ("({claimed} is a {weekday}.)", "(Le {claimed} est un {weekday}.)"),
    "pr.field.no": ("No: Study Group {number} works on {field}, not on {claimed}.",
                    "Non : la Commission d'études {number} travaille sur : {field}, pas sur : {claimed}."),
    "pr.field.yes": ("Yes: Study Group {number} works on {field}.",
                     "Oui : la Commission d'études {number} travaille sur : {field}."),
    "dl.ended_there": ("It ended at {there}: the end of that day, {zone}.",
                       "Elle a pris fin à {there} : la fin de ce jour, {zone}."),
    "dl.today": ("That is today.", "C'est aujourd'hui."),
    "dl.day_there": ("That is {geneva} in {zone}; where you are, it ends {there} at {time} in {place}.",
                     "C'est {geneva} à {zone} ; chez vous, elle prend fin {there} à {time} à {place}."),
    "dl.today_word": ("today", "aujourd'hui"),
    "dl.tomorrow_word": ("tomorrow", "demain"),
    "dl.on_day": ("on {day}", "le {day}"),
    "dl.there": ("Its end in your time zone: {there}.", "Sa fin dans votre fuseau horaire : {there}."),
    "dl.there_place": ("Its end there: {there}.", "Sa fin là-bas : {there}."),
    "dl.there_same": ("{place} is on meeting time then: the end of that day there too.",
                      "{place} est alors à l'heure de la réunion : la fin de ce jour-là aussi."),
    "dl.tomorrow": ("That is tomorrow.", "C'est demain."),
    "oos.name": ("the person's name", "le nom de la personne"),
    "oos.group_chair": ("the chair of {group}", "la présidence de {group}"),
    "oos.next_after_this": ("the next meeting after this one", "la prochaine réunion après celle-ci"),
    "oos.two_groups_chairs": ("the chairs of {first} and {last}", "la présidence de {first} et de {last}"),
    "oos.groups_chairs": ("the chairs of the working parties", "la présidence des groupes de travail"),
    "ag.last_meeting.no": ("No: the agenda gives these dates for the study group's previous meetings:",
                           "Non : l'ordre du jour donne ces dates pour les réunions précédentes de la commission "
                           "d'études :"),
    "ag.last_meeting": ("The letter dates the study group's previous meetings only in the agenda item that reports "
                        "on them:", "La lettre ne date les réunions précédentes de la commission d'études que dans le "
                        "point de l'ordre du jour qui en rend compte :"),
    "fact.tool_built_on": ("The letter names {tool} as the remote participation tool; it does not say what {tool} "
                           "is built on. The secretariat can tell: {email}",
                           "La lettre désigne {tool} comme outil de participation à distance ; elle ne dit pas sur quoi "
                           "{tool} repose. Le secrétariat peut vous renseigner : {email}"),
    "fact.not_tool": ("The meeting is held on {tool}, not {other}.", "La réunion se tient sur {tool}, pas sur {other}."),
    "fact.no_link": ("The letter gives no link to {tool}. The study group home page is {web}, and the secretariat "
                     "can help: {email}", "La lettre ne donne aucun lien vers {tool}. La page d'accueil de la "
                     "commission d'études est {web}, et le secrétariat peut vous aider : {email}"),
    "pr.at": ("It starts at {time}.", "Elle commence à {time}."),
    "pr.in": ("That is in {left}.", "C'est dans {left}."),
    "pr.chair_drops": ("the chairman's own connection dropping", "la perte de connexion du Président lui-même"),
    "pr.group.no": ("No: this is not a meeting of {group}.", "Non : il ne s'agit pas d'une réunion de la {group}."),
    "pr.registration": ("No: registration is mandatory, virtual meeting or not. {rule}",
                        "Non : l'inscription est obligatoire, même pour une réunion virtuelle. {rule}"),
    "pr.in_person_only": ("No: this meeting is entirely virtual, and the letter sets these registration rules for it.",
                          "Non : cette réunion est entièrement virtuelle, et la lettre fixe ces règles d'inscription pour "
                          "elle."),
    "pr.register_needed": ("Yes: registration is mandatory. {how}", "Oui : l'inscription est obligatoire. {how}"),
    "pr.no": ("No: {text}", "Non : {text}"),
    "pr.included": ("Yes: the meeting runs from {start} to {end} inclusive, {days} days in all.",
                    "Oui : la réunion a lieu du {start} au {end} inclus, soit {days} jours en tout."),
    "pr.yes": ("Yes: {text}", "Oui : {text}"),
    "pr.ask_the_secretariat": ("Questions about the meeting go to the study group secretariat: {email}",
                               "Les questions sur la réunion s'adressent au secrétariat de la commission d'études : {email}"),
    "pr.signed.no": ("No: the letter is from the {who}.", "Non : la lettre est du {who}."),
    "pr.span.yes": ("Yes: the meeting runs from {start} to {end} inclusive.",
                    "Oui : la réunion a lieu du {start} au {end} inclus."),
    "pr.span.no": ("No: the meeting runs from {start} to {end} inclusive.",
                   "Non : la réunion a lieu du {start} au {end} inclus."),
    "pr.outside": ("No: the meeting runs from {start} to {end}; {claimed} is outside it.",
                   "Non : la réunion a lieu du {start} au {end} ; le {claimed} est en dehors."),
    "pr.country.no": ("No: the chairman, {name}, is from the {country}.",
                      "Non : le président, {name}, vient de la {country}."),
    "pr.chair.no": ("No: the chairman of the study group is {name} ({country}).",
                    "Non : le président de la commission d'études est {name} ({country})."),
    "pr.chair.yes": ("Yes: the chairman of the study group is {name} ({country}).",
                     "Oui : le président de la commission d'études est {name} ({country})."),
    "pr.country.yes": ("Yes: the chairman, {name}, is from the {country}.",
                       "Oui : le président, {name}, vient de la {country}."),
    "pr.subject.start": ("the meeting starts on", "la réunion commence le"),
    "pr.subject.end": ("the meeting ends on", "la réunion se termine le"),
    "pr.subject.deadline": ("the deadline for {what} is", "l'échéance « {what} » est le"),
    "pr.subject.session": ("{title} is on", "{title} a lieu le"),
}


MESSAGES = Catalogue(CATALOGUE)
"""The question answerer's catalogue."""


def say(key: str, lang: str, **fields: object) -> str:
    """The message ``key`` in ``lang`` (``en`` or ``fr``), with its fields filled in."""
    text = MESSAGES.translate(lang, key, **fields)
    return text.replace("“", "« ").replace("”", " »") if lang == "fr" else text  # French quotes in French
