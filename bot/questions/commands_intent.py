"""Questions about the bot's own commands: "how do I give a 15 min break with the bot?", "quelle commande pour
voir les échéances ?", "how do I tell the bot my time zone?", "comment je donne la parole au suivant ?".

Answered with the command that does it and what it does, in the question's language; the meeting file has
nothing to say about the bot, so without this these questions got "the meeting information does not say".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.agenda_ref import AgendaRef
from bot.context import Context
from bot.questions import clauses
from bot.questions.knowledge import Knowledge
from bot.questions.formatting import day
from bot.questions.messages import say
from bot.questions.normalize import Question, fold, read_question
from bot.reply import Reply, Section

if TYPE_CHECKING:
    from bot.registry import Command


@dataclass(frozen=True)
class CommandTopic:
    """What a command does, the words that ask for it, and whether asking how to do it names the bot already
    (announcing an item or giving a break is done with the bot, whoever is asked)."""

    words: tuple[str, ...]
    en: str
    fr: str
    bot_only: bool = False
    verbs: tuple[str, ...] = ()  # with ``objects``: a verb and its object anywhere in the question ("close the
    objects: tuple[str, ...] = ()  # Question session") name the topic too
    asks: tuple[str, ...] = ()  # words that ask for this topic's command only ("how do I know what is discussed?",
    # but not "how do I know when the break ends?")
    verbs_need_bot: bool = False  # a verb and its object name the topic only in a question that names the bot
    # ("make you show jakarta times on discord", not "how do I see the times in Jakarta?")

    def named_in(self, q: Question, names_bot: bool = False) -> bool:
        """Whether the question names this topic (``names_bot``: the question names the bot or a platform)."""
        return q.has(*self.words) or bool(self.verbs and (names_bot or not self.verbs_need_bot)
                                          and q.has(*self.verbs) and q.has(*self.objects))


#: Words that name a session of the meeting, the object of opening or closing one.
SESSION_WORDS = ("session", "sessions", "seance", "seances", "sitting")

#: The meetings this bot serves ("which command lists the meetings?", "what meeting are you configured for?").
MEETINGS_TOPIC = CommandTopic(("meetings served", "meetings it serves", "meetings the bot serves", "meetings you serve",
                  "all the meetings", "all meetings", "every meeting", "reunions servies", "toutes les reunions",
                  "reunions que le bot", "reunions du bot", "configured for", "configured", "set up for",
                  "what meeting are you", "which meeting are you", "what meetings do you", "which meetings do you",
                  "configure pour", "configure", "quelle reunion sers"),
                 "`/meetings` lists the meetings this bot serves, each with its dates and when it opens in your zone.",
                 "`/meetings` liste les réunions que ce bot sert, chacune avec ses dates et son heure d'ouverture "
                 "dans votre fuseau.", True)


#: In order: the first topic whose words the question has is the one answered (the queue's next before the queue;
#: a calendar "file" before the floor's French "file").
TOPICS = (
    CommandTopic(("break", "breaks", "pause"),
                 "`/break 15m` (chairs) announces a break and when the session resumes (`/break` alone lasts until "
                 "`/resume`); `/resume` goes back to the item.",
                 "`/break 15m` (présidence) annonce une pause et l'heure de reprise (`/break` seul dure jusqu'à "
                 "`/resume`) ; `/resume` revient au point.", True),
    CommandTopic(("announce", "annoncer", "annonce", "item we re on", "item we are on", "next agenda item", "next item",
                  "now on item", "we re on item", "we are on item", "tell everyone", "let everyone know",
                  "time limit", "time budget", "minute budget", "minutes budget", "hour budget", "hours budget",
                  "budget for item", "budget for the item", "budget pour le point", "a budget of", "put item", "open item", "start item", "ouvrir le point", "temps imparti", "time s up", "time is up", "times up",
                  "runs out", "run out", "minutes to item", "minutes for item", "min for item", "min to item",
                  "minutes au point", "minutes pour le point", "temps alloue", "temps est ecoule", "temps ecoule",
                  "time for an item", "time for the item", "time allotted", "time allocated", "allotted time",
                  "temps d un point", "temps du point", "duree du point",
                  "move on", "point suivant", "passer au point", "passer au suivant", "previous item", "previous agenda item",
                  "move back", "go back", "point precedent", "revenir au point", "revenir en arriere"),
                 "`/item 3h [15m]` (chairs) announces the item under discussion in the session channel, with an "
                 "optional time budget (1 minute to 12 hours; you are told when it runs out); `/next` and `/prev` move "
                 "along the agenda.",
                 "`/item 3h [15m]` (présidence) annonce le point en discussion dans le canal de la séance, avec un "
                 "temps imparti facultatif (d'une minute à 12 heures ; vous êtes averti quand il est écoulé) ; `/next` "
                 "et `/prev` avancent ou reculent dans l'ordre du jour.", True),
    CommandTopic(("being discussed", "discussed right now", "discussed now", "under discussion", "right now",
                  "en discussion", "en cours de discussion", "happening now", "current item", "point en cours",
                  "discute maintenant", "currently discussed", "discute now", "quel item est discute",
                  "quel point est discute", "which item is discussed", "what item is discussed"),
                 "`/now` shows the item under discussion and since when, a break and until when, and the next item.",
                 "`/now` montre le point en discussion et depuis quand, une pause et jusqu'à quand, et le point "
                 "suivant.", True, asks=("know", "savoir", "find out", "tell which", "follow", "suivre")),
    CommandTopic(("calendar", "calendrier", "outlook", "ics", "google agenda", "agenda outlook", "mon agenda",
                  "google cal", "my cal", "gcal", "ical", "icalendar", "mon cal"),
                 "`/calendar` sends the sessions and deadlines as an `.ics` file for your calendar.",
                 "`/calendar` envoie les séances et les échéances dans un fichier `.ics` pour votre agenda.", True),
    CommandTopic(("start a session", "start the session", "open a session", "open the session", "session named",
                  "named session", "begin a session", "begin the session", "ouvrir une seance", "ouvrir la seance",
                  "demarrer une seance", "demarrer la seance", "commencer une seance", "commencer la seance",
                  "lancer une seance", "lancer la seance"),
                 "`/session start NAME` (chairs) opens a named session in the channel (`/item` opens one by itself when "
                 "none is open); `/session end` or `/adjourn` ends it.",
                 "`/session start NOM` (présidence) ouvre une séance nommée dans le canal (`/item` en ouvre une d'office "
                 "s'il n'y en a pas) ; `/session end` ou `/adjourn` la clôt.", True,
                 ("start", "open", "begin", "ouvrir", "demarrer", "commencer", "lancer"), SESSION_WORDS),
    CommandTopic(("close the session", "end the session", "adjourn", "clore la seance", "terminer la seance",
                  "termine la seance", "ajourne", "ajourner", "ajourne la seance",
                  "cloturer la seance", "cloturer", "fin de seance",
                  "fermer la seance", "lever la seance", "leve la seance", "close a session", "end a session",
                  "finish the session"),
                 "`/adjourn` (chairs) ends the session: the speaker queue is cleared and the session's summary kept; "
                 "`/session start NAME` opens a named session.",
                 "`/adjourn` (présidence) clôt la séance : la file des orateurs est vidée et le résumé de la séance "
                 "conservé ; `/session start NOM` ouvre une séance nommée.", True,
                 ("close", "end", "finish", "wrap up", "adjourn", "clore", "cloturer", "terminer", "termine", "fermer", "ferme",
                  "lever", "leve", "clot", "clos", "cloture"), SESSION_WORDS),
    CommandTopic(("next in the queue", "next speaker", "give the floor", "gives the floor", "giving the floor",
                  "next person", "next in line", "suivant", "donne la parole",
                  "donner la parole", "floor next", "clear the queue", "empty the queue", "vider la file",
                  "empty the speaker queue", "clear the speaker queue", "empty the speakers queue",
                  "vider la liste", "clear the speaker", "floor clear", "hand the floor", "pass the floor",
                  "wipe the queue", "wipe the speaker queue", "reset the queue",
                  "passer la parole", "passe la parole", "passes la parole", "passe au suivant"),
                 "`/floor next` (chairs) gives the floor to the first in the queue; `/floor clear` empties it.",
                 "`/floor next` (présidence) donne la parole au premier de la file ; `/floor clear` la vide.", True,
                 ("empty", "clear", "vider", "vide", "videz", "flush", "reset", "wipe"), ("queue", "file", "speaker list",
                                                                          "speakers list")),
    CommandTopic(("cancel my request", "cancel my floor", "withdraw my request", "cancel the request", "leave the queue",
                  "remove me from the queue", "out of the queue", "annuler ma demande", "retirer ma demande",
                  "retire ma demande", "annule ma demande", "retirer mon nom", "withdraw from the queue",
                  "quitter la file", "sortir de la file"),
                 "`/floor cancel` takes you out of the speaker queue; `/floor list` shows who is waiting.",
                 "`/floor cancel` vous retire de la file des orateurs ; `/floor list` montre qui attend.", True,
                 ("get off", "take off", "off the", "drop out", "drop off", "remove me", "remove my", "take me out",
                  "take my name", "cancel", "withdraw", "leave", "quit", "unqueue", "me retirer", "retirer mon",
                  "retirez moi", "sortir de", "annuler", "enlever mon", "enlevez moi"),
                 ("queue", "speaking list", "speaker list", "speakers list", "file", "liste des orateurs")),
    CommandTopic(("speaker queue", "speakers queue", "speaker list", "speakers list", "list the queue", "see the queue",
                  "waiting to speak", "who s waiting", "who is waiting", "qui attend", "waiting for the floor",
                  "file des orateurs", "liste des orateurs", "file d attente des orateurs"),
                 "`/floor list` shows the speaker queue with waiting times; `/floor ENTITY` puts you in it, "
                 "`/floor cancel` takes you out.",
                 "`/floor list` montre la file des orateurs et les temps d'attente ; `/floor ENTITÉ` vous y inscrit, "
                 "`/floor cancel` vous en retire.", True),
    CommandTopic(("floor", "speak", "parole", "queue", "file"),
                 "`/floor ENTITY` asks for the floor (your entity is remembered); `/floor list` shows the queue, "
                 "`/floor cancel` leaves it.",
                 "`/floor ENTITÉ` demande la parole (votre entité est retenue) ; `/floor list` montre la file, "
                 "`/floor cancel` vous en retire."),
    CommandTopic(("my time zone", "my timezone", "my zone", "mon fuseau", "set the time zone", "time zone", "timezone",
                  "fuseau", "i am in", "i m in", "im in", "where i am", "remember where", "remember im", "remember i m",
                  "remember i am", "je suis a", "my city", "ma ville", "show times",
                  "zone", "tell it mine", "other zone",
                  "show the times", "times in my", "mon heure locale", "my local time", "tell the bot i am",
                  "tell the bot i m", "tell you i am", "tell the bot my", "tell you my", "dire au bot", "dis au bot",
                  "dit au bot", "indiquer au bot", "indique au bot", "signaler au bot", "tell the bot where",
                  "let the bot know", "voir les horaires",
                  "horaires de la reunion a", "les horaires a", "l heure a", "times in", "the time in", "heures a",
                  "heures en heure de", "les heures en", "heure de chez moi", "en heure locale"),
                 "`/timezone ZONE` remembers your time zone (for example `/timezone Asia/Seoul`, or a city: `/timezone "
                 "Lima`); `/time ZONE` shows the meeting's key times in a zone or a city.",
                 "`/timezone ZONE` retient votre fuseau horaire (par exemple `/timezone Europe/Paris`, ou une ville : "
                 "`/timezone Dakar`) ; `/time ZONE` montre les heures clés de la réunion dans un fuseau ou une ville.", True,
                 ("show", "shows", "display", "convert", "see", "get", "give", "list", "afficher", "affiche", "montrer", "montre",
                  "voir", "convertir", "vois", "voit"), ("times", "hours", "heures", "local time", "heure locale", "l heure",
                                                         "the time"), verbs_need_bot=True),
    CommandTopic(("reminder", "reminders", "rappel", "rappels", "notification", "notifications"),
                 "`/reminders` lists the next reminders the bot will post, with when each will be posted; "
                 "`/reminders status` (chairs) what was posted, failed or missed; `/reminders pause` and `resume`.",
                 "`/reminders` liste les prochains rappels que le bot publiera, avec leur heure ; `/reminders status` "
                 "(présidence) ce qui a été publié, a échoué ou a été manqué ; `/reminders pause` et `resume`.", True),
    MEETINGS_TOPIC,
    CommandTopic(("deadline", "deadlines", "echeance", "echeances", "date limite", "dates limites"),
                 "`/deadlines` shows the deadlines still ahead with the time left; `/deadlines all` every one.",
                 "`/deadlines` montre les échéances à venir et le temps restant ; `/deadlines all` toutes."),
    CommandTopic(("agenda", "ordre du jour", "item", "point"),
                 "`/agenda` lists the items; `/agenda 3` an item and its sub-items; `/agenda 3h` one sub-item; "
                 "`/agenda full` everything.",
                 "`/agenda` liste les points ; `/agenda 3` un point et ses sous-points ; `/agenda 3h` un sous-point ; "
                 "`/agenda full` tout."),
    CommandTopic(("rules", "regles"),
                 "`/rules` gives the remote-participation rules in short; `/rules floor` one topic in full.",
                 "`/rules` donne les règles de participation à distance en bref ; `/rules floor` un sujet en entier."),
)

#: The topic of giving a break, whose answer also gives the command for the length asked.
GIVE_A_BREAK = TOPICS[0]
#: The topic of announcing an item, whose answer also gives the command for the item and budget asked.
ANNOUNCE_ITEM = next(topic for topic in TOPICS if topic.en.startswith("`/item"))
#: The topic of reading the agenda, whose answer also gives the command for the entry named.
AGENDA_TOPIC = next(topic for topic in TOPICS if topic.en.startswith("`/agenda`"))
#: The topic of one's time zone, whose answer also gives the command for the place named.
ZONE_TOPIC = next(topic for topic in TOPICS if topic.en.startswith("`/timezone"))

#: Words that name the bot or its commands.
NAMES_THE_BOT = ("bot", "the bot", "assistant", "chatbot", "make you", "get you to", "on the channel", "in the channel", "dans le canal", "command", "commands", "commande", "commandes", "slash", "meetingbot", "le bot", "cmd")
#: The chat platforms the bot runs on: asking how to do something there asks for the bot's command.
_PLATFORM = re.compile(r"\b(?:discord|slack)\b")
#: Words that ask how to do something.
ASKS_HOW = ("how i", "how set", "how see", "how get", "how change", "how make", "how add", "how do i", "how can i", "how may i", "how might i", "how could i", "how shall i", "how to", "how do we", "how can we", "how can delegates", "how do delegates",
            "how does one", "comment", "which command", "what command", "which bot command", "what bot command",
            "which slash command", "what slash command", "quelle commande du bot", "quelle commande", "is there a command",
            "y a t il une commande", "the command", "la commande", "commande pour", "command for", "command to",
            "cmd to", "cmd for", "cmd pour", "can i get", "can i add", "can i import", "puis je avoir",
            "est ce que je peux avoir", "est ce que je peux mettre", "can the bot", "could the bot", "does the bot",
            "can you", "could you", "le bot peut", "est ce que le bot", "peux tu", "pouvez vous", "how does",
            "how would", "how should", "how will", "je peux", "puis je", "tu peux", "vous pouvez", "on peut", "peut on", "c est possible",
            "est ce possible", "is it possible", "possible to", "possible de", "syntax", "syntaxe", "what do i type",
            "what should i type", "what to type", "is there a way", "any way to", "y a t il un moyen",
            "existe t il un moyen", "un moyen de", "que dois je taper", "quoi taper", "que taper", "je tape quoi")
#: A message that only names the commands ("commands?", "commandes ?").
COMMANDS_ALONE = frozenset({"commands", "command", "commandes", "commande", "cmds", "cmd", "bot commands", "slash commands",
                            "command list", "list of commands", "liste des commandes", "les commandes", "the commands"})
#: Asking what the bot can do at all.
ASKS_ALL = ("commands do you have", "what commands", "which commands", "every command", "all commands",
            "all the commands", "all your commands", "each command", "toutes les commandes", "chaque commande", "list of commands", "list the commands",
            "what can you do", "what can the bot do", "what can this bot do", "quelles commandes", "liste des commandes",
            "que sais tu faire", "que peux tu faire", "que peut faire le bot", "tes commandes", "your commands")


#: Doing something a chair or a delegate does with the bot ("give a break", "announce the item", "tell my zone",
#: "get the sessions in my calendar").
ACTIONS = ("enregistrer", "definir", "regler", "memoriser", "changer", "give", "giving", "start", "call", "announce", "set", "tell", "put", "add", "get", "save", "import", "donner",
           "move", "go to", "passer", "passe", "je passe", "wipe", "cloturer",
           "close", "end", "finish", "adjourn", "clore", "terminer", "fermer", "lever",
           "donne", "lancer", "annoncer", "mettre", "ajouter", "avoir", "j ai", "indiquer", "faire", "importer", "send",
           "envoyer", "export", "exporter", "download", "telecharger", "mets", "met", "ajoute", "importe", "see",
           "show", "view", "voir", "afficher", "termine", "ajourne", "cancel", "withdraw", "leave", "remove", "annuler",
           "retirer", "quitter", "check", "verifier", "vide", "videz", "vois", "voit", "consulter", "open", "ouvrir", "demarrer", "commencer", "begin", "receive",
           "recevoir", "veux", "voudrais", "want", "would like", "regler", "configure", "configurer", "change",
           "changer", "modifier", "update", "definir", "set up", "clear", "empty", "vider", "list", "lister", "retire",
           "annule", "check", "resume", "reprendre", "reprend", "restart", "continue", "pause", "suspend",
           "suspendre", "stop", "arreter", "leve", "lever", "turn off", "turn on", "desactiver", "activer", "bring",
           "come back", "back to", "revenir", "ramener", "hand", "pass", "go back", "undo", "empty", "take", "get off",
           "drop", "enlever", "obtenir", "obtain", "recuperer", "grab", "import", "importer", "importe")

#: The deadlines, and asking for all of them ("list all the key deadlines", "toutes les échéances").
_THE_DEADLINES = ("deadlines", "echeances", "dates limites", "key dates", "dates cles")
_EVERY_ONE = ("list", "all", "every", "key", "lister", "liste", "toutes", "tous", "principales", "cles")

#: Wishing to know something, said to the bot: a question, not something to do with the bot.
_WISHES_TO_KNOW = ("would like to know", "like to know", "want to know", "wanted to know", "voudrais savoir",
                   "aimerais savoir", "veux savoir", "souhaiterais savoir", "souhaite savoir", "voulais savoir")
_WISHING = frozenset({"want", "would like", "veux", "voudrais"})

#: Asking whether one may do something ("can I open a named session with the bot?").
_CAN_I = ("can i", "could i", "may i", "can we", "could we", "can the chair", "puis je", "je peux", "peut on", "on peut")
#: Asking whether something exists ("is there a calendar file …?", "y a-t-il un fichier .ics ?").
_IS_THERE = ("is there", "are there", "any", "y a t il", "existe t il", "do you have", "avez vous", "est ce qu il y a")
#: Words only the bot's commands use: a question with them is about the bot ("what's the max time budget?").
BOT_OWN_WORDS = ("time budget", "temps imparti", "speaker queue", "speakers queue", "file des orateurs")

#: "how cancel my floor request", "how leave the queue": a how with its verb right after it, as chat drops "do I";
#: or after whoever does it ("how can people get the sessions into Outlook?", "how do our delegates see the times?").
_HOW_DOING = re.compile(r"\bhow (?:(?:can|could|do|does|should|would|will|may) (?:\w+ ){1,2}?)?(?:"
                        + "|".join(sorted((a for a in ACTIONS if " " not in a), key=len, reverse=True)) + r")\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The command that does what is asked, or None when the question is not about using the bot."""
    lang = q.lang
    if q.has(*ASKS_ALL) or fold(q.raw).strip(" ?!.") in COMMANDS_ALONE:  # "what commands do you have?", "commands?":
        # every command once, as /help lists them
        return _about_the_bot(lang, [*every_command(lang), say("cmd.help", lang)])
    if q.has(*RUN_A_SESSION):  # "how do I run a session with the bot? step by step": the chairs' commands, in order
        return _about_the_bot(lang, [*every_command(lang, chairs_only=True), say("cmd.help", lang)])
    named = commands_named(q.raw) if not q.raw.lstrip().startswith("/") else []  # "/agenda 3h" itself is no question
    if named and not asks_how(q) or len(named) > 1:  # "what does /adjourn do?", "can delegates use /next or
        # /break?": each command named, in full
        return _about_the_bot(lang, [*(_in_full(command, lang) for command in named), say("cmd.help", lang)])
    if q.has(*_THE_DEADLINES) and q.has(*_EVERY_ONE) and not named \
            and not q.has(*NAMES_THE_BOT, "command", "commands", "commande", "commandes", "into", "dans mon", "calendar file",
                          "ics", "import", "importer", "fichier",
                          "dans notre", "how", "comment"):
        return None  # "can you list all the key deadlines w/ dates pls, need to put them in 3 calendars": the
        # deadlines are asked, the calendar is why
    parts = [read_question(part, lang, kb.corrector) for part in clauses.questions_in(q.raw)]
    if not parts or (len(parts) == 1 and fold(parts[0].raw).strip(" ?") == fold(q.raw).strip(" ?")):
        parts = [q]
    elif _JOINED.search(q.raw):
        parts.append(q)  # "how do i get the sessions + deadlines into my outlook calendar?": one question, its "+" a
        # joining word
    if len(parts) > 1 and any(asks_how(part) and part.has(*NAMES_THE_BOT) for part in parts) \
            or parts != [q] and any(_asks_for_a_command_alone(part) for part in parts):
        parts.append(q)  # "what's under discussion right now? which command shows it": "it" is the first's; "As
        # chair I want to announce item 3h with a 20 minute budget. Which command?": what the command does is told
        # before the question
    # "could you list all the key deadlines? I want to put them in our calendar": the asking sentence says what is
    # wanted, the other why
    halves = _AND_HOW.split(q.raw)
    first_half = _topic_asked(read_question(halves[0], lang, kb.corrector)) if len(halves) > 1 else None
    topic = first_half or next((t for t in map(_topic_asked, parts) if t is not None), None)  # "quelle commande pour
    # les échéances, et laquelle pour le point en cours ?": the first half's first
    if topic is None:
        return _about_the_bot(lang, [*(_in_full(c, lang) for c in named), say("cmd.help", lang)]) if named else None
    lines = [topic.fr if lang == "fr" else topic.en]
    for other in _other_topics_joined(q, topic, kb):  # "how do delegates ask for the floor, and how does the chair
        # then give it to the next person?": the queue, and the chair's next
        lines.append(other.fr if lang == "fr" else other.en)
    if topic is ANNOUNCE_ITEM:  # "announce item 6b with a 20 minute budget, syntax?": the command for that very item
        lines += _item_command(ctx, q, lang)
    if topic is GIVE_A_BREAK:  # "how do i announce a 10 min coffee break?": the command for that very length
        lines += _break_command(q, lang)
    if topic is ZONE_TOPIC:  # "how can i make you show times in vancouver time always?": the command for that place
        lines += _zone_command(q, kb, lang)
    if topic is AGENDA_TOPIC:  # "which command would show me sub-item 6k only?": the command for that very entry
        lines += _agenda_command(ctx, q, lang)
    if topic is MEETINGS_TOPIC:  # "what meeting are you configured for?": this conversation's meeting too
        m = ctx.meeting
        lines.append(say("cmd.this_meeting", lang, title=(m.title_fr or m.title) if lang == "fr" else m.title,
                         start=day(m.start_date, lang), end=day(m.end_date, lang)))
    return _about_the_bot(lang, [*lines, say("cmd.help", lang)])


#: A command typed in a sentence: "/adjourn", "/break 14:00" (never "SG/17" or "1/17").
_SLASH_COMMAND = re.compile(r"(?<![\w/])/([a-z][a-z_]*)\b", re.IGNORECASE)


def commands_named(text: str) -> list["Command"]:
    """The bot's commands a question names by their slash name, each once, in the order named."""
    import bot.core  # noqa: F401  (registers every command; imported here, as the core imports this module)
    from bot.registry import REGISTRY
    found: list[Command] = []
    for name in _SLASH_COMMAND.findall(text):
        command = REGISTRY.find(name)
        if command is not None and command not in found:
            found.append(command)
    return found


def _in_full(command: "Command", lang: str) -> str:
    """A command's usage and whole help, in ``lang``, and whether chairs alone may use it."""
    text = " ".join(command.help_in(lang).split())
    return f"{command.usage} — {text}" + (f" ({say('cmd.chairs', lang)})" if command.chair_only else "")


#: Things joined by a sign, not two questions ("the sessions + deadlines", "agenda & deadlines").
_JOINED = re.compile(r"\w\s*[+&]\s*\w")


def _zone_command(q: Question, kb: Knowledge, lang: str) -> list[str]:
    """The ``/timezone`` command for the place the question names; none when it names none."""
    from bot.questions.zones import targets_in, zone_name  # the city table is loaded only when a place is asked
    targets, _ = targets_in(q, None, kb.vocabulary)
    named = [(t.label, zone_name(t.zone)) for t in targets if t.zone is not None and not t.mine]
    return [line for label, name in named[-1:] if name for line in (  # "quelle commande pour voir l'heure d'ouverture à
        # Bamako ?": the times there now, and how to keep that zone
        say("cmd.for_zone", lang, place=label, command=f"/time {label}"),
        say("cmd.for_zone", lang, place=label, command=f"/timezone {name}"))]


def _break_command(q: Question, lang: str) -> list[str]:
    """The ``/break`` command for the length the question gives, or for the time it lasts until ("une pause
    jusqu'à 14h": `/break 14:00`); none when it gives neither."""
    until = _UNTIL_CLOCK.search(q.folded)
    if until is not None and int(until[1]) < 24:
        time = f"{int(until[1]):02d}:{until[2] or until[3] or '00'}"
        return [say("cmd.for_break_until", lang, time=time, command=f"/break {time}")]
    length = _BUDGET.search(q.folded)
    if length is None:
        return []
    unit = "m" if length[2].startswith("m") else "h"
    if lang == "fr":
        shown = f"{length[1]} min" if unit == "m" else f"{length[1]} h"
    else:
        shown = f"{length[1]}-minute" if unit == "m" else f"{length[1]}-hour"
    return [say("cmd.for_break", lang, length=shown, command=f"/break {length[1]}{unit}")]


#: A break said to last until a time of day ("jusqu'à 14h", "until 14:30", "till 2 pm" aside).
_UNTIL_CLOCK = re.compile(r"\b(?:jusqu a|jusqu au|until|till|untill)\s+(\d{1,2})(?:\s*h\s*(\d{2})?\b|:(\d{2})\b)")
#: A time budget said in minutes or hours ("a 20 minute budget", "pour 15 min", "1h").
_BUDGET = re.compile(r"(?<![\d.,])\b(\d{1,3})\s*(min|mins|minute|minutes|m|h|hr|hrs|hour|hours|heure|heures)\b")


#: A budget said in words ("one and a half hours", "une heure et demie", "half an hour"), in minutes; the longer first.
_WORDED_BUDGETS = ((re.compile(r"\b(?:one and a half hours?|an hour and a half|one hour and a half|1\.5 ?h(?:ours?|rs?)?|"
                               r"une heure et demie|1h30)\b"), 90),
                   (re.compile(r"\b(?:two hours|deux heures)\b"), 120),
                   (re.compile(r"\b(?:half an hour|half hour|a half hour|une demi heure|demi heure)\b"), 30),
                   (re.compile(r"\b(?:quarter of an hour|quart d heure)\b"), 15),
                   (re.compile(r"\b(?:an hour|one hour|une heure)\b"), 60))


#: A length said of when something happens, not of how long it lasts ("in an hour", "two hours after the opening").
_NOT_A_BUDGET = re.compile(r"\b(?:in|within|after|before|dans|apres|avant|d ici)\s+$")
_WHEN_NOT_HOW_LONG = re.compile(r"\s+(?:after|before|later|from now|apres|avant|plus tard)\b")


def _item_command(ctx: Context, q: Question, lang: str) -> list[str]:
    """The ``/item`` command for the agenda entry the question names, with its budget; none when no entry is named."""
    ref = _entry_named(ctx, q)
    if ref is None:
        return []
    own = rf"\b{ref.number}\s*\(?{ref.letter}\)?(?!\w)" if ref.letter else rf"\b{ref.number}\b(?!\s*(?:min|m|h)\b)"
    rest = re.sub(own, " ", q.folded, count=1)
    budget = _BUDGET.search(rest)  # "announce 3h": the item, no budget
    unit = "" if budget is None else ("m" if budget[2].startswith("m") else "h")
    worded = next((minutes for pattern, minutes in _WORDED_BUDGETS for found in [pattern.search(rest)]
                   if found and not _NOT_A_BUDGET.search(rest[:found.start()])
                   and not _WHEN_NOT_HOW_LONG.match(rest[found.end():])), None)  # not "item 4 starts in an hour"
    said = f" {budget[1]}{unit}" if budget else f" {worded}m" if worded else ""  # "a one and a half hour budget": 90m
    command = f"/item {ref}{said}"
    return [say("cmd.for_item", lang, ref=str(ref), command=command)]


def _agenda_command(ctx: Context, q: Question, lang: str) -> list[str]:
    """The ``/agenda`` command for the agenda entry the question names; none when no entry is named."""
    ref = _entry_named(ctx, q)
    return [say("cmd.for_item", lang, ref=str(ref), command=f"/agenda {ref}")] if ref is not None else []


def _entry_named(ctx: Context, q: Question) -> AgendaRef | None:
    """The reference of the agenda entry the question names, when the agenda has it."""
    from bot.questions.agenda_intent import find_ref  # the agenda's reading of references (it imports this module)
    ref = find_ref(q, len(ctx.agenda.items()))
    return ref if ref is not None and ctx.agenda.get(ref) is not None else None


#: Running a whole session with the bot: every chair command is asked.
RUN_A_SESSION = ("run a session", "run the session", "run a meeting session", "chair a session", "chair the session",
                 "run my session", "animer une seance", "animer la seance", "mener une seance", "mener la seance",
                 "conduire une seance", "conduire la seance", "diriger une seance", "diriger la seance",
                 "presider une seance", "presider la seance")


def every_command(lang: str, chairs_only: bool = False) -> list[str]:
    """Each command's usage and what it does, those for everyone first, in the asker's language (``chairs_only``:
    the chairs' own, in the order a session uses them)."""
    import bot.core  # noqa: F401  (registers every command; imported here, as the core imports this module)
    from bot.registry import REGISTRY
    chairs = say("cmd.chairs", lang)
    commands = sorted(REGISTRY.all(), key=lambda c: c.chair_only)
    if chairs_only:
        commands = [c for c in commands if c.chair_only]
    return [f"{c.usage} — {c.summary_in(lang)}" + (f" ({chairs})" if c.chair_only else "") for c in commands]


#: "…, and how …", "… et comment …": a second how-question joined to the first in one sentence.
_AND_HOW = re.compile(r",?\s+(?:and|et)\s+(?=(?:how|what|which|comment|quel|quelle|laquelle|lequel|lesquelles|lesquels)\b)", re.IGNORECASE)


#: "Which one" said of a command asked before ("…, and which one shows …", "…, et laquelle pour …").
_WHICH_ONE = re.compile(r"^\s*(?:which one|which|laquelle|lequel|lesquelles|lesquels)\s+", re.IGNORECASE)


def _other_topics_joined(q: Question, first: CommandTopic, kb: Knowledge) -> list[CommandTopic]:
    """The command topics asked in how-questions joined to the first by "and how" that differ from it."""
    halves = _AND_HOW.split(q.raw)
    if len(halves) < 2:
        return []
    found = []
    for half in halves[1:]:
        topic = _topic_asked(read_question(half, q.lang, kb.corrector)) \
            or _topic_asked(read_question(f"{'commande' if q.lang == 'fr' else 'which command'} "
                                          f"{_WHICH_ONE.sub('', half)}", q.lang, kb.corrector))
        # "…, et laquelle pour savoir quel point est en cours ?": "laquelle" is a command, as the first half asks
        if topic is not None and topic is not first and topic not in found:
            found.append(topic)
    return found


#: Asking the bot itself to do something ("can you show times in Vancouver?"), which a polite request to be told
#: something also opens with ("Could you kindly indicate at what time the sessions run?").
_ASKED_OF_YOU = ("can you", "could you", "peux tu", "pouvez vous", "tu peux", "vous pouvez")
_TO_BE_TOLD = re.compile(r"\b(?:can|could|would) you (?:please |kindly |pls |plz )*(?:indicate|tell|let me know|confirm|"
                         r"say|explain|clarify|advise|inform|remind)\b|\b(?:pouvez vous|pourriez vous|peux tu|pourrais tu) "
                         r"(?:s il vous plait |svp |stp )?(?:m |nous )?(?:indiquer|dire|confirmer|preciser|rappeler|"
                         r"expliquer)\b")


def asks_how(q: Question) -> bool:
    """Whether the question asks how to do something: "how do I …", "comment …", or chat's bare "how cancel …"; not
    a polite request to be told ("could you kindly indicate at what time …")."""
    phrases = [phrase for phrase in ASKS_HOW if q.has(phrase)]
    if phrases and all(phrase in _ASKED_OF_YOU for phrase in phrases) and _TO_BE_TOLD.search(q.folded):
        return bool(_HOW_DOING.search(q.folded))
    return bool(phrases) or bool(_HOW_DOING.search(q.folded)) or bool(_HOW_LAST.search(q.folded))


#: "How?" asked after what is to be done ("need to wipe the speaker queue before the next item, how?", "…, comment ?").
_HOW_LAST = re.compile(r"(?:^|\s)(?:how|comment)\s*\??\s*$")


#: Asking for a command by that word alone ("Which command?", "quelle commande ?", "syntax?").
_FOR_A_COMMAND = ("which command", "what command", "quelle commande", "the command", "la commande", "syntax", "syntaxe",
                  "what do i type", "que dois je taper", "je tape quoi")


def _asks_for_a_command_alone(part: Question) -> bool:
    """Whether a sentence asks for a command and names nothing it would do ("Which command?", "what's the
    syntax?"): what it is for was said in the sentences before."""
    return part.has(*_FOR_A_COMMAND) and _topic_asked(part) is None


#: The bot's reminders asked about ("which reminders will it post next?", "les prochains rappels du bot ?"); not a
#: "petit rappel" that opens a question.
_REMINDERS_ASKED = re.compile(r"\breminders?\b.{0,40}\b(?:next|upcoming|coming|scheduled|planned|will|post|posts|posted|"
                              r"send|sends|sent|go out|goes out)\b|\b(?:next|upcoming|scheduled|which|what|any) reminders?\b|"
                              r"\b(?:prochains?|quels?) rappels?\b|\brappels? (?:du bot|prevus|programmes|a venir)\b")


#: The bot's own set-up asked ("what meeting are you configured for?").
_CONFIGURED = ("configured", "configured for", "set up for", "configure", "configure pour")


def _topic_asked(q: Question) -> CommandTopic | None:
    """The command topic that the question asks how to do with the bot, or None: asked how, or asked of the bot
    itself ("go back to previous item with the bot?", "can I open a named session with the bot?"), or in the bot's
    own words ("what's the max time budget?")."""
    said_to_the_bot = q.has(*NAMES_THE_BOT) or bool(_PLATFORM.search(fold(q.raw)))  # not any "/" ("add/delete")
    names_bot = said_to_the_bot or "/" in q.raw.replace("/17", "")
    acts = q.has(*ACTIONS) and not (q.has(*_WISHES_TO_KNOW) and not q.has(*(a for a in ACTIONS if a not in _WISHING)))
    # "how do I give a break?", not "how do I know when the break ends?" nor "Dear bot, I would like to know which
    # agenda item covers liaison statements"
    if _REMINDERS_ASKED.search(q.folded):
        said_to_the_bot = names_bot = True  # "which reminders will it post next?": the bot's own reminders
    if q.has(*_CONFIGURED) and q.has("you", "tu", "vous", "bot"):
        said_to_the_bot = names_bot = True  # "what meeting are you configured for?": the bot's own set-up
    if not (asks_how(q) or said_to_the_bot and (acts or q.has(*_CAN_I) or _REMINDERS_ASKED.search(q.folded)
                                               or q.has(*_CONFIGURED))
            or q.has(*BOT_OWN_WORDS)
            or q.has(*_IS_THERE) and any(t.bot_only and t.named_in(q) for t in TOPICS)):  # "is there a calendar file
        return None  # I can import into Outlook?": what only the bot gives
    named = [t for t in TOPICS if t.named_in(q, names_bot) and (names_bot or t.bot_only and (acts or q.has(*t.asks)))]
    doing = {word for found in DOING.findall(q.folded) for word in found if word}
    by_noun = [t for t in named if q.has(*(w for w in t.words if w not in doing)) or t.verbs and q.has(*t.verbs)]
    return (by_noun or named or [None])[0]  # "how do I pause the reminders?": the reminders, "pause" only the doing


#: A topic's word used as a verb on another topic's object ("pause the reminders", not "annoncer une pause").
DOING = re.compile(r"\b(pause)(?= (?:the|my|our|all|these|those|them|it)\b)|(?<=\ben )(pause)(?= ?$|\W| (?:les|le|la|ces|"
                   r"tous)\b)")  # "pause the reminders", "les mettre en pause"


def _about_the_bot(lang: str, lines: list[str]) -> Reply:
    """A reply about the bot itself: in the question's language, and citing no letter (the letter says nothing of
    the bot)."""
    return Reply(title=say("cmd.title", lang), sections=(Section(lines=tuple((line,) for line in lines)),), lang=lang)
