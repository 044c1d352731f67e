"""The bot's own words, folded (no accents, lower case), in English and French.

These are words about meetings in general (a deadline, an agenda item, a start
time), never facts about one meeting: the facts come from the meeting file.
"""

from __future__ import annotations

import re

from bot.questions.lexicon import FILLERS, IDENTITY, concept_synonyms


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS_EN = _set("""
a an the is are was were be been am do does did doing done can could should would will shall may might must
i me my we our you your it its it s this that these those there here what which who whom whose how why
of to in on at by for from with about into over under as and or but if so than then too very just also
any some all no not yes please tell know need want get got have has had let us give say said
whether still ok okay right true correct isn t don s re ve ll d hi hello thanks thank
whats where s find obtain possible going go able allowed happen happens anything something someone
like apply applying available provide provided offer offered give given get getting use used make
cant im ive doesnt didnt wont isnt youre thats until till vs versus instead rather
""")

STOPWORDS_FR = _set("""
lorsque lorsqu connaitre souhaiterais souhaite aimerais evoque evoquee evoquees evoques evoquer evoquera evoqueront le la les l un une des de du d au aux a et ou mais donc or ni car en dans sur sous par pour avec sans
je j me m moi cest tu te t toi il elle on nous vous ils elles se s ce c ca cela ceci celui celle ceux
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs qui que qu quoi quel quelle quels quelles
est sont suis es etre ete eu eue eus eues fait faire peut peux puis pouvons pouvez doit dois dit dire y a ai as avons avez ont
ne pas plus encore bien oui non si est ce svp merci bonjour alors tout tous toute toutes
obtenir avoir besoin faut falloir savoir trouver trouve trouvent trouvez possible peut etre vrai aller va dois existe il y
acceder consulter disponible disponibles prevu prevue fourni fournie offert demander entre
lequel laquelle lesquels lesquelles auquel duquel prevues prevus prevoit prevoient prevoir prevoyez prevoyons
""")

#: Where the meeting stands, asked with words that could also read as a deadline's "still".
STATUS = ("middle of the meeting", "right now", "running these days", "is the meeting running", "these days", "still in session", "in session", "still going", "still on", "still running", "still happening", "ongoing",
          "en cours", "toujours en cours", "encore en cours", "already over", "already started", "in progress",
          "started already", "is it started", "already open", "open already", "already opened", "opened already",
          "is the meeting open", "has the meeting opened", "has it opened", "deja ouverte", "deja ouvert",
          "live now", "live right now", "en direct maintenant", "c est maintenant", "is it now", "is it on now")

STOPWORDS = STOPWORDS_EN | STOPWORDS_FR | FILLERS | IDENTITY

#: Words that say the question is in French (folded); accents count too, see language.py.
FRENCH_MARKERS = _set("""
le la les du des une est quel quelle quels quelles quand comment pourquoi ou je puis peux est ce c qu
pour avec sans dans sur reunion heure point inscription date limite y t il elle commence termine fin
debut seance ordre jour combien encore bourse langue anglais moi mon ma mes suis
qui et par cest quon jai nest sinscrit sinscrire dois faut aussi avec prochaine prochain echeance echeances
nous vous crois pense utilise utilisons utiliser sera seront sont avons avez aux au cette ces mais oui non un de soumet soumettre soumettons projet peut participer personne presentiel
que veut dire quoi
chui jsuis jdois jpeux jveux koi nouveau nouvelle faire premier premiere
stp svp toutes tous tout merci bonjour bonsoir salut pas
en francais dispo disponible
ouverture cloture fermeture janvier fevrier avril juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche demain hier aujourd ajd
decalage horaire geneve
""")
#: Politeness and greeting words that say the language on their own ("deadline contrib svp"): they count twice.
STRONG_MARKERS = _set("""
stp svp merci bonjour bonsoir salut please thanks thank hello
""")

ENGLISH_MARKERS = _set("""
the is are what when where which who how can could do does did i my me it in at of for to letter letters
meeting time start end item register registration still deadline there any will by you your and plenary plenaries
same as submit send should need have has with from this that we our be not if or so about please thanks
opening today tomorrow yesterday june july august september monday tuesday wednesday thursday friday saturday sunday
""")

# --- intent words ------------------------------------------------------------------------------

DEADLINE = _set("""
deadline deadlines due late latest cutoff close closes closed closing still last submit submission
register registration registering enrol echeance echeances limite tard dernier derniere inscrire inscription
inscrit soumettre soumission ferme fermeture cloture clos encore delai delais dues
""")
STILL = ("still", "can i", "may i", "too late", "is it late", "is it possible", "puis je", "encore",
         "trop tard", "est il possible", "peut on", "je peux", "peux je", "possible de")
HOUR = ("what hour", "what time", "which hour", "at what time", "hour", "o clock", "midnight", "noon",
        "heure", "a quelle heure", "minuit", "midi", "cet", "cest", "utc", "gmt", "time of day")
AGENDA = ("item", "items", "sub item", "subitem", "agenda", "point", "points", "sous point", "odj",
          "ordre du jour", "discussed", "covers", "cover", "couvre", "couvrent", "traite", "aborde", "come up", "comes up", "covered",
          "dealt with", "handled", "parle t on", "parle t on de", "on parle")
COUNT = ("how many", "number of", "combien de", "combien d", "combien y a t il", "combien y en a t il")
START = ("start", "starts", "starting", "begin", "begins", "beginning", "open", "opens", "opening", "kick off", "kicks off",
         "kickoff", "kicking off", "opener",
         "commence", "commencent", "debut", "debute", "ouverture", "ouvre", "demarre", "ouvrira", "ouvriront",
         "commencera", "commenceront", "debutera", "debuteront", "demarrera")
END = ("end", "ends", "ending", "finish", "finishes", "finishing", "close", "closes", "closing", "last day", "over", "conclude",
       "termine", "finit", "fini", "finie", "terminee", "fin", "cloture", "dernier jour", "achève", "acheve", "runs until", "run until",
       "lasts until", "last until", "goes until", "goes on until", "va jusqu", "dure jusqu", "se termine", "termineront",
       "terminera", "finiront", "finira", "acheveront", "achevera")
TIME = ("what time", "which time", "time", "when", "hour", "o clock", "local", "heure", "quand",
        "a quelle heure", "horaire", "what day", "which day", "quel jour")
FOR_ME = ("for me", "my time", "my zone", "my time zone", "my timezone", "local time", "my local",
          "where i am", "where i live", "pour moi", "chez moi", "mon heure", "mon fuseau", "heure locale",
          "mon heure locale", "ici")
#: Days and parts of a day said relative to now, known words so that no typo correction turns them into another
#: ("demain" is not "demandée").
RELATIVE_DAY_WORDS = ("demain", "hier", "aujourd hui", "apres demain", "avant hier", "tomorrow", "yesterday", "today",
                      "tonight", "matin", "matinee", "soir", "soiree", "midi", "morning", "evening", "afternoon")
NOW_WORDS = ("il est quelle heure", "quelle heure il est", "quelle heure est il actuellement", "what time is it", "what day is it", "what date is it", "quel jour sommes nous", "quel jour on est", "quel jour est on", "on est quel jour", "quelle heure est il", "time is it now", "current time", "heure actuelle")
COUNTDOWN = ("how long until", "how long is it until", "how long is it till", "how long is it before", "how long to",
             "in how long", "how long do i have before", "how long do we have before",
             "how much time do i have before", "how much time do we have before", "did i miss the meeting", "how many more days", "how many days more", "combien de jours encore", "encore combien de jours", "combien de jours reste", "is sg17 still running", "still running", "je l ai rate", "ai je tout rate", "did i miss the sg17", "have i missed the meeting", "did we miss the meeting", "ai je rate la reunion", "j ai rate la reunion", "how long to go", "how long left", "how long till", "how long til", "how long before", "how many hours until",
             "how many hours till", "how many hours left", "how many hours before", "how many hours to go",
             "how many minutes until", "how many minutes till", "how many minutes left", "how many minutes before",
             "combien d heures avant", "combien d heures reste", "combien de minutes avant", "how many hours from now",
             "in how many hours", "in how many minutes", "in how many min", "in how many mins", "in how many hrs",
             "how many min until", "how many mins until", "how many mins left", "how many min left",
             "hours remain", "days remain", "minutes remain", "remain until", "remaining until", "left until",
             "starts in how many", "opens in how many", "begins in how many", "start in how many",
             "commence dans combien", "dans combien de min", "dans combien d heures", "dans combien de minutes", "how many days", "how many day", "how much time", "how soon", "days left", "day left",
             "dans combien", "combien de jours", "combien de temps", "reste t il", "jours restants",
             "has it started", "has the meeting started", "is it over", "in progress", "started already",
             "starting now", "c tu commence", "c est tu commence", "ca tu commence", "ca a tu commence",
             "live now", "live right now", "en direct maintenant", "will i make the opening", "will i make it",
             "make it in time", "make it on time", "am i late for", "am i too late for the opening",
             "suis je en retard", "serai je a l heure", "arriver a temps pour l ouverture",
             "is it started", "under way", "underway", "is the meeting over", "terminee",
             "finie", "has it ended", "is it finished", "is the meeting finished",
             "already started", "deja commence", "est ce fini", "c est fini", "est terminee", "a commence",
             "already open", "open already", "already opened", "opened already", "is the meeting open",
             "has the meeting opened", "has it opened", "deja ouverte", "deja ouvert",
             "started yet", "en cours", "is it on", "mid meeting", "happening now", "still in session", "in session", "still going",
             "still on", "still running", "still happening", "ongoing", "still ongoing", "toujours en cours",
             "encore en cours", "a t elle commence", "est elle terminee", "deja fini", "already over", "ended",
             "starting soon", "start soon", "soon", "bientot", "about to start", "va commencer", "deja commence",
             "start today", "starts today", "open today", "opens today", "commence aujourd hui", "aujourd hui",
             "today", "middle of the meeting", "right now", "days are left", "days left", "meeting days",
             "jours restent", "jours de reunion", "running these days", "is the meeting running", "continue demain",
             "continues tomorrow", "go on tomorrow", "goes on tomorrow", "still on tomorrow", "reprend demain")
#: "How" questions: the manner of doing something, not its date ("how do I register?", "par quel moyen ?").
MANNER = ("how do", "how can", "how should", "how to", "how does", "how will", "by e mail", "by email", "by mail",
          "which system", "what system", "which tool", "what tool", "which form", "what form", "where do",
          "where can", "where is", "comment", "par quel moyen", "quel moyen", "quel systeme", "quel outil",
          "par courriel", "par e mail", "par mail", "ou trouver", "ou se trouve", "can i send", "can i email",
          "can i e mail", "who approves", "who must approve", "qui approuve", "qui doit approuver", "the procedure",
          "the procedures", "the process", "la procedure", "les procedures", "la demarche", "les demarches",
          "les modalites", "modalites")
#: Asking for a way to reach the secretariat (its number, address or page), not how to do something.
CONTACT_ASKED = ("fax", "phone number", "telephone number", "phone", "telephone", "url", "website", "web site",
                 "secretariat email", "secretariat s email", "secretariat e mail", "email of the secretariat",
                 "courriel du secretariat", "mail du secretariat", "email du secretariat",
                 "web page", "webpage", "email address", "e mail address", "mail address", "numero de telephone",
                 "numero de fax", "adresse e mail", "adresse electronique", "adresse mail", "site web", "site internet",
                 "adresse de la page", "lien de la page", "lien vers la page", "url de la page", "home page address",
                 "address of the home page", "link to the home page", "homepage link", "home page link",
                 "url of the home page", "homepage url", "home page url", "adresse du site", "le site de la",
                 "le site du", "site de la ce", "site de la commission", "lien du site", "what s the address",
                 "whats the address", "what is the address", "which address", "quelle adresse", "quelle est l adresse",
                 "c est quoi l adresse", "l adresse c est", "address to send", "adresse pour envoyer")
#: Words that ask for a date or what is left of one.
WHEN_WORDS = ("when", "what date", "which date", "date", "deadline", "deadlines", "due", "by when", "until when",
              "how long", "how many days", "too late", "still", "last day", "latest", "quand", "quelle date",
              "date limite", "echeance", "jusqu", "trop tard", "encore", "combien de jours", "dernier delai")

#: Words that open a question asking what, which, when…: never answered "Yes"/"No".
WH_WORDS = frozenset("what whats which when who where how why quel quelle quels quelles qu que quoi comment quand ou "
                     "pourquoi".split())
#: Words that ask for a claim to be confirmed ("…, right?", "c'est bien ça ?").
CONFIRMING = ("right", "correct", "hein", "yeah", "yep", "innit", "isn t it", "is that so", "n est ce pas", "c est bien", "c est ca", "c bien", "cest bien", "c ca", "cest ca", "vrai",
              "confirm", "confirmer", "confirmez", "yes", "oui", "si je ne m abuse", "sauf erreur", "if i m not mistaken",
              "if im not mistaken", "unless i m mistaken")
#: Month names, English then French, as folded (the same month at index i and i + 12).
MONTHS = ("january february march april may june july august september october november december janvier fevrier "
          "mars avril mai juin juillet aout septembre octobre novembre decembre").split()
YES_NO_PREFIX = ("is", "are", "does", "do", "did", "will", "est ce", "c est", "il y a")

#: General French words mapped to the English word of the same meaning, so either language finds
#: the other's text (applied to the knowledge and to questions alike, before stemming).
SYNONYMS: dict[str, str] = concept_synonyms() | {
    "prolongation": "continuation", "prolonger": "continuation", "nomme": "nomination", "nommer": "nomination",
    "nommes": "nomination", "nommee": "nomination", "nommees": "nomination", "nomment": "nomination",
    "renouvellement": "continuation", "dissoudre": "dissolution", "suppression": "dissolution",
    "voyage": "travel", "voyager": "travel", "deplacement": "travel", "deplacements": "travel",
    "decide": "deem", "decides": "deem", "decided": "deem", "decident": "deem", "deems": "deem", "deem": "deem",
    "etablissement": "establishment", "etablissements": "establishment", "etablir": "establishment",
    "prep": "preparation", "preps": "preparation", "mise en place": "establishment", "setup": "establishment", "creer": "establishment", "create": "establishment", "creating": "establishment",
    "terminate": "termination", "terminating": "termination", "terminated": "termination", "disband": "termination",
    "disbanding": "termination", "shut down": "termination", "wind up": "termination", "closure": "termination",
    "dissoudre": "termination", "dissolution": "termination", "ending": "termination", "fin": "termination",
    "creation": "establishment", "created": "establishment",
    "traduire": "translation", "traduction": "translation", "traduites": "translation", "traduite": "translation",
    "bourse": "fellowship", "bourses": "fellowship", "inscrire": "registration", "inscription": "registration",
    "president": "chairman", "presidente": "chairman", "preside": "chairman", "interprete": "interpretation",
    "courriel": "email", "telephone": "phone", "anglais": "english", "langue": "language",
    "nouveaux": "new", "delegues": "delegates", "visas": "visa", "ordre": "agenda",
}


#: A working party or Question named by its number, as the asker wrote it ("WP2", "Q10/17", "Question 4/17",
#: "groupe de travail 1"): its chair and its own meetings are not in a study group's invitation letter.
GROUP_WRITTEN = re.compile(r"(?i)\b(?:wp ?\d|working party ?\d|q ?\d{1,2}(?:/\d{2})?|question \d{1,2}(?:/\d{2})?|"
                           r"groupe de travail ?\d|gt ?\d)\b")


#: Asking whether something is needed at all ("is registration mandatory?", "l'inscription est obligatoire ?").
WHETHER_NEEDED = ("mandatory", "obligatoire", "obligatory", "compulsory", "required", "requise", "necessary",
                  "necessaire")
