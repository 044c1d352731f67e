"""How people word questions about a meeting, in English and French: the filler words that tell
nothing about the topic, and the many words for each of the few things a meeting letter speaks of.

Retrieval weighs a question's words by how much they tell; a word the meeting never uses weighs
most, so that a question about something the letter does not cover is not answered from a fact
that merely shares a word with it. Filler ("pls", "exactly", "cette", "svp") must not count as
such a word, and a delegate's own word for a known thing ("audio" for sound, "website" for web,
"bourse" for fellowship) must count as the known thing. Both lists are about meetings in general:
no fact of one meeting is written here.
"""

from __future__ import annotations

from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words (folded: lower case, no accents) that carry no topic, in either language.
FILLERS = _words("""
mine yours yesterday hier mdr veille lendemain concerned concernee concernees concernes locale locales
actually between ici difference differences decalage assume again all already also itself myself ourselves yourself themselves once whole entire juste matters matter raise raised raising soulever exact page pages fit them n s m t j l d c qu depuis avant before apres after good during vers pendant sujet entierement propos quant comment sommes etes suis etait serait seront auront avons avez ont vont allons allez fais peuvent devons devez doivent fallait faudra voulons voulez veut delegate delegates delegation delegations delegue delegues deleguee deleguees participant participants attendee attendees session sessions seance seances office bureau bit peu he she him his her hers they them their theirs we us swiss suisse switzerland petite petit small big grande grand parfois sometimes often souvent instable unstable arrive arriver parviens parvenir plait publiees publiee publie published made faisable faisables realisable jouable hello bonsoir morning afternoon evening matin matinee soir soiree min mins box role fill remplir rappeler rappel lister liste recap overview resumer single consigne consignes guideline guidelines socializing socialising plenary plenaries pleniere plenieres recommend recommends recommended recommander recommandez conseillez conseille conseilles suggest suggests suggested near nearby proche pres come comes coming up pick choose select choisir boss colleague colleagues manager ministry want wants report presented presenting egalement modalite modalites procedure procedures services assure assures assuree assurees voir lire ecrire read write vient viens venez feront fera uni folks nobody terrible student students etudiant etudiants convening convene convened convoque convoquant forthcoming upcoming watch watching absent absente absents greyed grayed grise grisee grises hasn wasn isn aren doesn didn won wouldn couldn shouldn haven weren ans answer sert servir purpose utilite useful lol key main important principal principale principales major relevant list although always anybody anyone anyway anywhere around ask asked asking
basically because being besides both bring briefly btw but cannot come coming currently dear regards sincerely everybody saying cordialement salutations advance avance
definitely does doesn done each either else enough even ever every everyone exact exactly expect
expected fine follow following further gonna got guess guys guidance hear help here hey hi however sir sirs madam maam mam monsieur madame messieurs mesdames
idea ideally indeed info information just keep kind kindly know known let like likely look looking
lot lots many maybe mean means meant number numbers numero out off side take takes took taking taken add adds mention mentioned might mind more most much need needed needs
properly correctly correctement nope noted now ok okay one ones only other others otherwise own particular people perhaps plan
planning pls plz please precisely pretty probably q quick quickly quite rather re really
regarding remind reminder right same say says see seem seems seen should simply since so some
someone something sometimes sorry sort stated states stuff such suppose supposed sure take tell
thank thanks that thing things think those though thx told totally true try trying u ur usual
usually want wanted way well whatever while via goes normal normale normally normalement regular ordinary problem problems probleme problemes trouble happening discuss discussed discussing discusses headings heading titles intitules receive receives receiving obliged grateful appreciate considerable wonder wondering would yeah yes yet first abord fully completely totally wholly purely particulier particuliere particulierement facon maniere bullet bullets puces exacte exactes precise precises rude polite impolite considered acceptable appropriate specific specifique actual partir respecter function functions feature features fonction fonctions
inshallah inchallah insha allah inshaallah mashallah arrange chez pantoute brother bro timing timings grave serious overall globalement droit gens
fonctionnalite fonctionnalites tient tiendra tenue deroule deroulera giving somewhere quelque part detailed detaille detaillee detailles detaillees block blocked company companies grands grandes two three four five deux trois quatre cinq week weeks semaine semaines retenir noter several various plusieurs preparing prepare preparer minister ministre ministere wish wishes wishing souhaite souhaitons souhaiterait souhaiterions adieu salut coucou tantot
actuellement ainsi alors apres aura auront aussi autre autres avait avez avoir beaucoup bien bon
bonne ca car cas ce cela celle celles celui ces cet cette chaque chose choses comme concernant moyen moyens accede acceder accedent necessitant necessite necessitent
dit dites doit doivent donc dont deja elle elles encore ensuite est etait etre exactement faut
fois font genre juste la leur lors mais meme merci moins ne nous on par parce peu peut peuvent
plutot pourquoi pourrait pourrais pourriez pouvez pouvons precisement quelqu quelque quelques
question rapide rapidement sais sait savez savoir selon sera seront serait si soit stp svp sur
surtout toujours tres trop trouve trouver urgent vais veux voila voudrais vouloir vraiment
assume assumed assuming believe believed presume presumably imagine imagined reckon crois croyais pense pensais imagine imaginais presume presumais
show shows showing display displays affiche afficher affichez montre montrer montrez
hola ciao hallo ola salam salaam namaste konnichiwa merhaba shalom jambo habari aloha kia ora
run runs put donner donne donnez
risque risquent risquer passer saute sauter exemple example bot twice thrice appears appear apparait apparaissent couvre couvrent couvrir finalement asks
""")

#: Words that name the meeting or its body rather than a topic ("SG17", "study group", "réunion", "UIT").
IDENTITY = _words("""
sg ce study group groups commission etudes meeting meetings reunion reunions conference conferences itu uit itut uitt meet meets reunit reunissent
reunir
""")

#: Words that mean the same as a word the meeting's own text uses (the key), both languages, folded.
CONCEPTS: dict[str, str] = {
    "phone": "telephone tel phones telephoner appeler call calling",
    "web": "website websites webpage webpages url site sites homepage link lien liens",
    "email": "mail mails courriel courriels mel emails",
    "fax": "telecopie telecopieur",
    "secretariat": "secretariats secretary secretaire",
    "women": "balance equilibre woman female females gender femme femmes feminine parite diversity composition men male man "
             "hommes homme masculine masculin feminin",
    "sound": "audio voice voix audible inaudible hear heard hearing micro mic microphone son sonore entendu entends "
             "entend",
    "interrupt": "cut mute muted stop stopped interrompre interrompu coupe couper interruption refuse refuses refused "
                 "refuser refrain",
    "delay": "delayed wait waiting waits postpone postponed retard retarde retardee attendre attendra pause paused pausing "
             "reporter reportee suspend suspended suspendue suspendre attendant hold",
    "connect": "connection connexion connecter connecte login logon log reconnect disconnected deconnecte access "
               "acces entrer enter drop dropped dropout coupure wifi network reseau dies died crash crashes crashed freezes frozen "
               "lose loses losing lost perds perd perdre perdu drops tombe tombee tombent plante plantage flaky unstable "
               "internet slow lent lente",
    "chat": "chats tchat messaging messagerie clavardage type typing typed chatbox bavarder papoter chatting chatter "
            "chitchat",
    "tool": "zoom teams webex skype gotomeeting interprefy kudo",
    "integral": "official officiel officielle integrale",
    "poor": "bad mal mauvais mauvaise faible insufficient insuffisant insuffisante breaking choppy garbled crackling "
            "understand understood incomprehensible crackly crackle crackles muffled distorted fuzzy noisy gresille "
            "gresillement gresillait gresillaient gresillent crepite crepitait hache pourri pourrie",
    "field": "mandate mandat area domain domaine scope focus occupe occuper occupent deals handles responsible charge theme themes "
             "thematique",
    "open": "closed fermee private privee public publique",
    "participate": "attend attending attendance participer participation join presence listen listening "
                   "listener listeners ecouter ecoute observer observe",
    "draft": "projet projets",
    "mandatory": "optional facultatif facultative obligatoire compulsory required requis",
    "identify": "identification identifier introduce yourself nommer presenter presente announce state indiquer "
                "indique",
    "floor": "speak speaks speaking speaker speakers intervene intervention interventions parole "
             "mic talk talking parler parle intervenir interviens",
    "focal": "coordinator coordinateur coordonnateur",
    "approve": "approval approves approved approuver approuve approbation validate validation valider valide",
    "automatic": "automatically auto automatique automatiquement",
    "confirmed": "confirm confirmation confirme confirmee pending attente unconfirmed",
    "newcomers": "newcomer induction onboarding beginner beginners novice novices orientation newbie newbies "
                 "intro introductory initiation timer timers debutant debutants briefing briefings",
    "fellowship": "fellowships bourse bourses funding funded grant grants sponsorship stipend financement "
                  "finance financial subsidy developing developpement ticket tickets billet billets airfare sponsor "
                  "sponsors sponsored bursary bursaries scholarship scholarships",
    "visa": "visas embassy embassies consulate consulat ambassade",
    "interpretation": "channel channels canal canaux interpreter interpreters interpreting interpreted simultaneous interprete interpretes "
                      "interpretariat",
    "english": "anglais anglaise",
    "language": "langue langues languages",
    "documents": "document docs doc papers fichiers",
    "td": "tds",
    "academia": "university universities universite universites academic academics academique academiques",
    "establishment": "establish establishing etablir setup",
    "download": "downloads downloading telecharger telecharge telechargement recuperer recupere retrieve",
    "contribution": "contributions contrib contribs",
    "submit": "send sending envoyer envoie envoyer envoye envoyee envoyees envoyes sent upload uploading post posting soumettre soumets soumet depose "
              "deposer",
    "registration": "register registering registered inscription inscrire inscrit inscrits enrol enroll "
                    "enrolment signup sign",
    "template": "gabarit modele templates",
    "chairman": "chair chairs chairing chaired chairperson chairwoman president presidente preside "
                "presider presidence",
    "country": "pays nationality nationalite",
    "management": "direction leadership",
    "month": "mois months",
    "schedule": "timetable calendrier horaire horaires planning timeplan",
    "agenda": "ordre odj",
    "updates": "update updated mise mises maj revised revision latest change changes changed modifie modifier "
               "modifiee",
    "virtual": "virtuelle virtuel online ligne",
    "venue": "hq cicg building buildings batiment salle headquarters siege badge badges entrance entree premises locaux",
    "travel": "voyage voyager deplacement deplacements trip book booked reserve reservation "
              "flight flights avion reserver",
    "hotel": "hotels accommodation accommodations lodging logement logements hebergement hebergements",
    "translation": "traduire traduction traduites traduite translated translate",
    "last": "previous earlier prior preceding precedente precedent anterieure anterieures anterieur anterieurs",
    "security": "securite",
    "best": "effort guaranteed guarantee garanti garantie reliable fiable",
    "members": "member membre membres",
    "itu": "uit",
    "iec": "cei",
    "wtsa": "amnt",
    "wtdc": "cmdt",
    "memorandum": "mou protocole",
    "special": "speciale speciales",
    "collaboration": "cooperation cooperate collaborate collaborer",
    "divers": "diverses diverse",
    "afr": "africa african afrique africain africaine africains africaines",
}


def concept_synonyms() -> dict[str, str]:
    """Each word of :data:`CONCEPTS` mapped to the meeting's word it means."""
    mapping: dict[str, str] = {}
    for canonical, variants in CONCEPTS.items():
        for variant in variants.split():
            mapping.setdefault(variant, canonical)
    return mapping


#: Words kept as written, never corrected into a near word of the meeting's ("pauses" is no "pause" of the meeting,
#: which the letter says is never delayed; "passed" is no "paused").
KEPT_AS_WRITTEN = frozenset({"pauses", "breaks", "passed", "pasted", "caused", "paused", "intern", "interns", "internship",
                             "internships", "international", "interne", "internes", "porte", "portent", "portera",
                             "reported", "dise", "disent", "present", "presents", "premier", "premiers",
                             "premieres", "franchement", "honnetement"})  # "are Focus Groups reported?" is no "reportée"; "en premier" no "premises"


#: Chat spellings and short forms, read as the word meant before anything else ("wat tiem" → "what time").
CHAT_SPELLINGS: dict[str, str] = {
    "admissible": "eligible", "admissibles": "eligible", "eligibles": "eligible",
    "smth": "something", "sth": "something", "smthg": "something",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "dmain": "demain",
    "nentends": "n entends", "nentend": "n entend", "jentends": "j entends", "pdnt": "pendant", "rego": "registration", "incl": "inclusive", "excl": "exclusive", "atm": "at the moment", "rn": "right now", "quil": "qu il", "qqch": "quelque chose", "qqc": "quelque chose", "kelk": "quelque", "yo": "", "chu": "je suis", "thru": "through", "cant": "can t", "isnt": "isn t", "doesnt": "doesn t", "didnt": "didn t", "wasnt": "wasn t", "arent": "aren t", "couldnt": "couldn t", "havent": "haven t", "wont": "won t",
    "chui": "je suis", "jsuis": "je suis", "jdois": "je dois", "jpeux": "je peux", "kesk": "qu est ce qu", "keske": "qu est ce que", "kesske": "qu est ce que", "kestion": "question", "jm": "je m", "jme": "je me", "jvais": "je vais", "jsais": "je sais", "jcomprends": "je comprends",
    "jveux": "je veux", "jenvoi": "j envoie", "jenvoie": "j envoie", "jenvois": "j envoie", "wat": "what", "wich": "which", "whic": "which", "whcih": "which", "wher": "where", "whr": "where", "ok": "", "okay": "", "alright": "", "tho": "", "though": "", "wht": "what", "whta": "what", "whn": "when", "wen": "when", "wehn": "when", "tiem": "time",
    "tmie": "time", "strat": "start", "sumbit": "submit", "ya": "y a", "teh": "the", "ther": "there", "thr": "there", "hw": "how", "ur": "your", "mtg": "meeting", "mtgs": "meetings", "corresp": "correspondance", "diffrence": "difference", "differnce": "difference", "diference": "difference", "mtngs": "meetings", "mtng": "meeting", "meetng": "meeting", "agnda": "agenda", "itme": "item",
    "whos": "who is", "circ": "circular", "circs": "circulars", "dl": "deadline", "deadln": "deadline", "interp": "interpretation", "regn": "registration",
    "qd": "quand", "kan": "quand", "kand": "quand", "parol": "parole", "kel": "quel", "kelle": "quelle", "koi": "quoi", "pr": "pour", "ds": "dans",
    "tjrs": "toujours", "tjs": "toujours", "infos": "information", "inscr": "inscription", "reu": "reunion",
    "reg": "registration", "regs": "registration", "mgmt": "management", "grp": "group", "grps": "groups", "tz": "time zone", "tzs": "time zones", "pis": "puis", "cb": "combien", "cbn": "combien", "cmb": "combien", "cmbn": "combien", "cbien": "combien", "itm": "item", "itms": "items", "rulez": "rules", "slt": "salut", "bjr": "bonjour", "trad": "traduction", "trads": "traduction", "mgt": "management", "ppl": "people",
    "kels": "quels", "kelles": "quelles", "tt": "tout", "ddl": "deadline", "ddls": "deadlines", "contrib": "contribution", "contribs": "contributions", "docs": "documents",
    "avail": "available", "hrs": "hours", "nr": "number", "yr": "year", "aob": "any other business",
    "tonite": "tonight", "2nite": "tonight",
    "cg": "correspondence group", "cgs": "correspondence groups", "subitems": "sub items", "subitem": "sub item",
    "stmt": "statement", "stmts": "statements", "qual": "qualification", "quals": "qualifications",
    "recs": "recommendations", "corresp": "correspondance", "rdv": "reunion", "maj": "mise a jour",
    "wp": "working party", "wps": "working parties", "strt": "start", "srart": "start", "alrdy": "already", "alredy": "already", "allready": "already", "alrady": "already", "ki": "qui", "ke": "que", "fo": "faut", "avan": "avant", "komen": "comment", "koman": "comment",
    "komence": "commence", "tak": "take", "flor": "floor", "flour": "floor", "quon": "qu on", "jai": "j ai", "jen": "j en", "nest": "n est", "sinscrit": "s inscrit",
    "sinscrire": "s inscrire", "linscription": "l inscription", "lang": "langue", "pq": "pourquoi", "pk": "pourquoi", "bcp": "beaucoup", "qqn": "quelqu un", "cmd": "command", "cmde": "commande", "cmt": "comment", "pt": "point", "pts": "points", "aujourdhui": "aujourd hui", "ajourdhui": "aujourd hui",
    "kote": "ou", "jwenn": "trouver", "pou": "pour", "enskri": "inscrire", "enskripsyon": "inscription", "kijan": "comment", "konbyen": "combien", "kile": "quand", "odj": "ordre du jour", "gotta": "have to",
    "gonna": "going to", "wanna": "want to",
}


#: Chat phrases that carry no question ("hi all", "first time here", "quick question"), removed before reading.
CHAT_PHRASES = (
    "salut tout le monde", "bonjour tout le monde", "bonsoir tout le monde", "hello tout le monde", "hi everyone",
    "hello everyone", "hi everybody", "hello everybody", "morning everyone", "morning all",
    "first time doing this", "first time doing it", "my first time", "its my first time", "it s my first time",
    "c est ma premiere fois", "c ma premiere fois", "premiere fois pour moi",  # "how do i register, first time doing
    # this": said of oneself, never the induction sessions asked
    "since its virtual", "since it s virtual", "since it is virtual", "as it s virtual", "as its virtual",
    "because it s virtual", "because its virtual", "since it s online", "since its online", "since it is online",
    "puisque c est virtuel", "comme c est virtuel", "vu que c est virtuel", "puisque c est en ligne",
    "pourriez vous m indiquer", "pouvez vous m indiquer", "pourriez vous indiquer", "pouvez vous indiquer",
    "merci de m indiquer", "merci d indiquer", "indiquez moi", "je vous prie", "je vous en prie",
    "i am running late", "i m running late", "im running late", "running late", "je suis en retard", "could you tell me", "can you tell me",
    "could you please tell me", "please tell me", "pls tell me",
    "could you kindly confirm", "could you please confirm", "could you confirm", "can you confirm", "please confirm",
    "pls confirm", "kindly confirm", "pourriez vous me confirmer", "pouvez vous me confirmer", "pourriez vous confirmer",
    "pouvez vous confirmer", "merci de confirmer", "merci de me confirmer", "good morning", "good afternoon",
    "good evening", "good day", "as wp chair", "as a wp chair", "as the wp chair", "as a working party chair",
    "as working chair", "as a working chair", "as the working chair", "as working party chair",
    "que se passe t il", "qu est ce qui se passe", "ca se passe", "se passe", "this year", "cette annee",
    "these days", "nowadays", "for the moment", "pour le moment", "this time", "cette fois", "this summer", "cet ete", "the letter says", "letter says", "according to the letter", "la lettre dit", "la lettre indique",
    "selon la lettre", "d apres la lettre",
    "kindly revert", "please revert", "pls revert", "revert back", "revert asap", "kindly do the needful",
    "please do the needful", "do the needful", "kindly advise", "please advise", "pls advise",
    "at your earliest convenience", "at your earliest", "earliest convenience", "respected sir madam", "respected sir",
    "dear sir madam", "dear sir or madam", "au plus tot", "dans les meilleurs delais",
    "need to block my calendar", "to block my calendar", "block my calendar", "block the dates", "for my calendar",
    "bloquer mon agenda", "bloquer les dates", "pour mon agenda", "pour le mettre dans l agenda du directeur",
    "pour le mettre dans l agenda du ministre", "pour le mettre dans l agenda", "pour les mettre dans l agenda",
    "pour le mettre dans mon agenda", "pour le mettre dans son agenda", "pour l inscrire dans l agenda",
    "to put it in my calendar", "to put it in the calendar", "to put them in my calendar",
    "hi all", "hello all", "hi everyone", "hello everyone", "hey all", "first time at an itu meeting", "first time in itu meeting", "first time in an itu meeting",
    "first time in itu",
    "first time at itu", "first time here", "new here", "quick question", "quick q", "just wondering",
    "sorry for the silly question", "sorry for silly question", "sorry for the stupid question", "sorry for the dumb "
    "question", "sorry for the basic question", "silly question", "stupid question", "dumb question", "basic question",
    "desole pour la question bete", "question bete", "question idiote", "avec precision", "de maniere precise",
    "de facon precise",
    "for my report", "need the name for my report", "c est ma premiere participation", "ma premiere participation",
    "my first time", "my first meeting", "my first itu meeting", "ma premiere reunion", "ma premiere fois",
    "does the letter say anything about", "does the letter say anything on", "does the letter mention",
    "does the letter from tsb say", "does the tsb letter say", "the letter from tsb says", "does the letter say",
    "does the invitation say", "does the invitation letter say", "la lettre du tsb dit",
    "la lettre dit elle quelque chose a ce sujet", "la lettre dit elle quelque chose sur", "la lettre dit elle",
    "est ce que la lettre dit quelque chose sur", "is there anything about", "y a t il quelque chose sur",
    "la lettre parle t elle de", "la lettre parle t elle des", "la lettre parle t elle du", "la lettre parle de",
    "does the letter talk about", "does the letter mention anything about", "my boss wants to know", "merci d avance", "thanks in advance",
    "chair here", "chairman here", "rapporteur here", "rapporteur q", "rapporteur question", "newbie q",
    "newbie question", "noob question", "noob q", "question de debutant", "question de novice", "as chair", "as a chair", "as the chair", "bonjour a tous",
    "salut a tous", "ca joue", "comment ca va", "quand meme", "tout de meme",
)


@lru_cache(maxsize=1)
def name_concepts() -> dict[str, str]:
    """Names of languages ("japanese", "japonais") mapped to ``language``: one-word names from Babel's
    English and French data, built on first use."""
    from babel import Locale

    from bot.questions.normalize import fold

    mapping: dict[str, str] = {}
    for code in ("en", "fr"):
        for name in Locale(code).languages.values():
            folded = fold(name)
            if " " not in folded and len(folded) >= 4 and folded.isalpha():
                mapping.setdefault(folded, "language")
    for name in _OTHER_LANGUAGE_NAMES:  # names people use that Babel's lists do not ("farsi" for Persian)
        mapping.setdefault(name, "language")
    return mapping


#: Languages' everyday names missing from Babel's lists.
_OTHER_LANGUAGE_NAMES = ("farsi", "mandarin", "cantonese", "flemish", "castilian", "castillan")


@lru_cache(maxsize=2)
def country_names(every: bool = False) -> dict[str, str]:
    """Country names (folded, English and French, as Babel writes them) → their territory code; less those that are
    words of the meeting itself ("Switzerland", the host's) unless ``every`` (after a town's name, "Sion,
    Switzerland", a country name is only where the town lies), and those that are everyday words ("Chad", "réunion")."""
    from babel import Locale

    from bot.questions.normalize import fold

    names: dict[str, str] = {}
    common = _words("reunion la_reunion jersey chad georgia jordan") | (frozenset() if every else FILLERS | IDENTITY)
    for code in ("en", "fr"):
        for territory, name in Locale(code).territories.items():
            folded = fold(name)
            if territory.isalpha() and folded.replace(" ", "_") not in common:  # countries, not regions; "la réunion" is a meeting
                names.setdefault(folded, territory)
    for short, territory in COUNTRY_SHORT_NAMES.items():
        names.setdefault(short, territory)
    return names


#: Countries delegates write by a short or everyday name Babel does not give ("UK time", "UAE").
COUNTRY_SHORT_NAMES = {"uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "grande bretagne": "GB",
                       "uae": "AE", "emirates": "AE", "emirats": "AE", "eau": "AE", "drc": "CD", "rdc": "CD",
                       "ivory coast": "CI", "holland": "NL", "hollande": "NL", "south korea": "KR",
                       "coree du sud": "KR", "korea": "KR", "coree": "KR", "saudi": "SA", "ksa": "SA", "arabie": "SA", "turkey": "TR",
                       "png": "PG", "papua": "PG", "papouasie": "PG", "myanmar": "MM", "burma": "MM", "birmanie": "MM",
                       "falklands": "FK", "malvinas": "FK", "malouines": "FK"}

#: Phrases read as one word before anything else: "first time" is a newcomer, not the first day's time.
PHRASE_WORDS: dict[str, str] = {
    "programme heure par heure": "timetable", "heure par heure": "timetable", "programme des seances": "timetable",
    "planning des seances": "timetable", "planning detaille": "timetable", "planning de la reunion": "timetable",
    "planning des sessions": "timetable", "planning de la semaine": "timetable", "un planning ?": "un timetable ?",  # French "planning" is a schedule, not the
    # English "planning to"
    "genre divers": "any other business", "questions diverses": "any other business",
    "du mat": "du matin", "h du mat": "h du matin",  # "il est 7h du mat chez moi": chat's "matin"
    "annex b final": "agenda final", "annexe b definitive": "ordre du jour definitif",  # Annex B is the draft agenda
    "annexe b definitif": "ordre du jour definitif", "annex b a draft": "agenda a draft",
    "moved on to the next speaker": "interrupted me", "moved to the next speaker": "interrupted me",
    "went to the next speaker": "interrupted me",
    "prochaines reunions": "reunions futures", "next meetings": "future meetings", "upcoming meetings": "future meetings",
    "is concerned by this letter": "is invited by this letter", "are concerned by this letter": "are invited by this letter",
    "est concerne par cette lettre": "est invite par cette lettre", "sont concernes par cette lettre":
    "sont invites par cette lettre",  # "who is concerned by this letter?": whom it invites ("concerned" alone
    # names nothing: "which JCAs are concerned?", "qui est concerné par la date limite du 24 juin ?")
    "could you please share": "", "could you share": "", "can you share": "", "please share": "",
    "pourriez vous partager": "", "pouvez vous partager": "",  # "Could you please share the link to the home page?":
    # a request, no topic ("can two of us share one login?" keeps it)
    "joint coordination activities": "jcas", "joint coordination activity": "jca",
    "activites de coordination conjointe": "jca",
    "sur quel sujet travaille": "quel est le theme de", "sur quels sujets travaille": "quel est le theme de",
    "travaille sur quel sujet": "a quel theme", "what does sg17 work on": "what is the field of sg17",
    "ca parle de quoi": "c est quoi le theme", "de quoi ca parle": "c est quoi le theme",
    "ca traite de quoi": "c est quoi le theme", "elle traite de quoi": "c est quoi le theme",
    "elle parle de quoi": "c est quoi le theme",  # "c'est quoi la CE 17 ? ça parle de quoi ?": its field, not the floor
    "que dit la lettre au sujet de": "", "que dit la lettre sur": "", "que dit la lettre a propos de": "",
    "what does the letter say about": "", "what does the letter say on": "",
    "does the letter say anything about": "", "la lettre dit quelque chose sur": "",
    "la lettre dit elle quelque chose sur": "", "guidance in the letter": "guidance",  # the letter as the source
    "in the letter about": "about", "dans la lettre sur": "sur",  # asked, not as the topic (batch 210)
    "en 1 phrase": "", "en une phrase": "", "in one sentence": "", "in 1 sentence": "", "in a sentence": "",
    "modalites de travail": "organisation des travaux", "organisation du travail": "organisation des travaux",
    "meetings after this one": "future meetings", "reunions suivantes": "reunions futures",
    "english required": "english language", "english mandatory": "english language", "english needed": "english language",
    "english necessary": "english language", "anglais obligatoire": "anglais langue", "anglais est obligatoire":
    "anglais langue", "anglais requis": "anglais langue", "anglais necessaire": "anglais langue",
    "c kel": "c est quel", "c kelle": "c est quelle", "c quel": "c est quel", "c quelle": "c est quelle",
    "g pa compri": "", "g pas compris": "", "j ai pas compris": "", "jai pas compris": "",
    "j ai rien compris a cette lettre": "", "j ai rien compris a la lettre": "", "je n ai rien compris a cette lettre": "",
    "je n ai rien compris a la lettre": "", "j ai rien compris": "", "je n ai rien compris": "", "franchement": "",
    "i didn t understand the letter": "", "i don t understand this letter": "", "i don t understand the letter": "",
    "c koi": "c est quoi", "c quoi": "c est quoi", "c kwa": "c est quoi", "c quand": "c est quand", "c kan": "c est quand",
    "put in our delegation": "composition", "include in our delegation": "composition", "put in the delegation":
    "composition", "include in the delegation": "composition", "composition of our delegation": "composition",
    "composition de notre delegation": "composition", "composition de la delegation": "composition",
    "mettre dans notre delegation": "composition", "inclure dans notre delegation": "composition",
    "before day 1": "before the opening", "before day one": "before the opening", "before the first day": "before the opening",
    "avant le jour 1": "avant l ouverture", "avant le premier jour": "avant l ouverture",
    "quel est le premier jour": "quel est le first day", "quel est le dernier jour": "quel est le last day",
    "c est quand le dernier jour": "c est quand le last day", "c est quand le premier jour": "c est quand le first day",
    "cutoff moment": "cutoff time", "exact moment": "exact time", "deadline moment": "deadline time",
    "first time": "newcomer", "first timer": "newcomer", "first timers": "newcomer", "premiere fois": "newcomer",
    "premiere participation": "newcomer", "take the floor": "floor", "taking the floor": "floor",
    "took the floor": "floor", "takes the floor": "floor", "saying who he is": "identify", "saying who she is": "identify",
    "saying who they are": "identify", "say who he is": "identify", "say who they are": "identify",
    "faut que je dise quoi": "que dois je dire", "je dise quoi": "je dois dire quoi",
    "tonight": "today", "this evening": "today", "ce soir": "aujourd hui", "cette nuit": "aujourd hui",
    "nouveaux delegues": "newcomer", "nouveau delegue": "newcomer", "nouvelles deleguees": "newcomer",
    "nouvelle deleguee": "newcomer", "new delegates": "newcomer", "new delegate": "newcomer",
    "e meetings": "meetings", "e meeting": "meeting", "electronic meetings": "meetings",
    "not listed": "other business", "not on the agenda": "other business", "pas a l ordre du jour": "divers",
    "posted": "available", "publies": "disponibles",
    "deal with": "deals with", "dealing with": "deals with", "traite de quoi": "field", "ca traite de quoi": "field", "travaille sur quoi": "field",
    "s occupe de quoi": "field", "vient d ou": "pays", "vient de quel pays": "pays", "viens d ou": "pays",
    "what weekday": "what day", "which weekday": "which day", "what day of the week": "what day",
    "which day of the week": "which day", "quel jour de la semaine": "quel jour",
    "l an dernier": "l annee precedente", "l annee derniere": "l annee precedente",
    "mises en ligne": "publiees", "mis en ligne": "publies", "mise en ligne": "publiee", "mettre en ligne": "publier",
    "ouvert a tout le monde": "accessible a tous", "ouverts a tout le monde": "accessibles a tous",
    "ouvert a tous": "accessible a tous", "ouverts a tous": "accessibles a tous",
    "ouverte a tout le monde": "ouverte a tous", "ouvertes a tout le monde": "ouvertes a tous",
    "ordre du jour a jour": "ordre du jour updated", "ordre du jour mis a jour": "ordre du jour updated",
    "before the next item": "beforehand", "before the next agenda item": "beforehand",
    "avant le prochain point": "avant", "avant le point suivant": "avant",
    "quoi comme": "quel", "koi comme": "quel", "kwa comme": "quel",
    "dead line": "deadline", "dead lines": "deadlines", "dead-line": "deadline",
    "date butoir": "date limite", "dates butoirs": "dates limites", "dates butoir": "dates limites",
    "outside itut membership": "non members", "outside the itut membership": "non members",
    "outside itu membership": "non members", "outside the membership": "non members", "outside membership": "non members",
    "wait what": "what", "wait so": "so", "focus groups": "fgs",
    "focus group": "fgs", "groupes specialises": "fgs", "aob": "any other business",
    "is there any time for": "is there", "is there time for": "is there", "any time left for": "any",
    "topics that are not on the agenda": "other business", "topics not on the agenda": "other business",
    "issues not on the agenda": "other business", "other topics": "any other business", "other matters": "any other business", "questions diverses": "divers",
    "points divers": "divers", "hors ordre du jour": "divers", "region arabe": "arb", "arab region": "arb", "region afrique": "afr",
    "pays arabes": "arb", "arab countries": "arb", "arab states": "arb", "etats arabes": "arb",  # not "arabe" alone:
    "pays africains": "afr", "african countries": "afr",  # the language ("interprétation en arabe ?")
    "africa region": "afr", "african region": "afr", "region africaine": "afr", "en presentiel": "in person", "physiquement": "in person", "physically": "in person",
    "sur place": "in person", "on site": "in person", "onsite": "in person", "au siege de l uit": "in person in geneva",
    "siege de l uit": "in person in geneva", "itu headquarters": "in person in geneva", "itu hq": "in person in geneva",
    "le lieu de la reunion": "venue", "lieu de la reunion": "venue", "confirmer le lieu": "confirmer venue",
    "l adresse de la reunion": "venue", "confirmer l adresse": "confirmer venue", "the address of the meeting": "venue",
    "meeting address": "venue", "venue address": "venue", "address of the venue": "venue",
    "how late do sessions": "until what time do sessions", "how late do the sessions": "until what time do the sessions",
    "how late does the session": "until what time does the session", "how late will sessions": "until what time will sessions",
    "how late will the sessions": "until what time will the sessions", "how late does it go": "until what time does it go",
    "how late does it run": "until what time does it run", "how late do we go": "until what time do we go",
    "established in agreement": "agreed", "drawn up in agreement": "agreed", "prepared in agreement": "agreed",
    "etabli en accord": "agreed", "elabore en accord": "agreed", "etabli en concertation": "agreed",
    "dernier jour de la reunion": "last day of the meeting", "derniere journee de la reunion": "last day of the meeting",
    "derniere journee de reunion": "last day of the meeting", "dernier jour de reunion": "last day of the meeting",
    "l ensemble des echeances": "toutes les echeances", "ensemble des echeances": "toutes les echeances",
    "premier jour de la reunion": "first day of the meeting", "premiere journee de la reunion": "first day of the meeting",
    "what day of the meeting is it": "what day of the meeting is it today", "which day are we on": "which day of the "
    "meeting is it today", "what day are we on": "which day of the meeting is it today", "what day are we at":
    "which day of the meeting is it today", "which day are we at": "which day of the meeting is it today",
    "on est quel jour": "c est quel jour de la reunion aujourd hui", "on est a quel jour": "c est quel jour de la "
    "reunion aujourd hui", "on est rendu a quelle journee": "c est quel jour de la reunion aujourd hui",
    "on est a quelle journee": "c est quel jour de la reunion aujourd hui", "quelle journee": "quel jour",
    "on est a quoi comme jour": "c est quel jour de la reunion aujourd hui",
    "on est a koi comme jour": "c est quel jour de la reunion aujourd hui",
    "le cas echeant": "si oui", "si le cas echeant": "si oui",
    "l adresse": "venue",  # "me confirmer l'adresse ?" of a meeting: its venue; the addresses below stay as they are
    "l adresse de la page": "le site web de la page", "l adresse web": "le site web", "l adresse internet": "le site web",
    "l adresse du site": "le site", "l adresse url": "le site web", "l adresse mail": "l adresse mail",
    "l adresse e mail": "l adresse e mail", "l adresse email": "l adresse email", "l adresse electronique": "l adresse electronique",
    "l adresse de courriel": "l adresse de courriel", "l adresse du secretariat": "l adresse du secretariat",
    "l adresse courriel": "l adresse courriel", "presentiel": "in person", "irl": "in person", "in real life": "in person", "f2f": "in person", "face to face": "in person",
    "identity management": "idm", "gestion des identites": "idm", "gestion de l identite": "idm",
    "gestion d identite": "idm", "child online protection": "cop", "protection en ligne des enfants": "cop",
    "this bot for": "this for", "ce bot est pour": "c est pour", "ce bot sert": "c est pour",
    "prendre la parole": "floor", "prendre la parole a distance": "floor", "take the floor remotely": "floor",
    "we talk about": "we discuss", "talked about": "discussed",
    "speak remotely": "floor", "parler a distance": "floor", "intervenir a distance": "floor",
    "take the floor from home": "floor", "prendre la parole depuis chez moi": "floor", "raise my hand": "floor", "raise hand": "floor", "raise a hand": "floor",
    "lever la main": "floor", "lever le doigt": "floor", "takes the floor": "floor", "took the floor": "floor", "take floor": "floor",
    # "i want to say something", "when they give me the mic": speaking in the meeting (batch 211)
    "say something": "speak", "dire quelque chose": "parler", "give me the mic": "give me the floor",
    "gives me the mic": "gives me the floor", "me donne le micro": "me donne la parole",
    "me donnent le micro": "me donnent la parole", "me passe le micro": "me donne la parole",
    # "the boss of the group": its chairman; "the big meeting": the meeting itself (batch 211)
    "boss of the group": "chairman", "boss of the study group": "chairman", "boss of sg17": "chairman",
    "group boss": "chairman", "chef du groupe": "president", "chef de la commission": "president",
    # "who is the boss of the meeting, the person who runs the whole thing?": its chairman (batch 241)
    "boss of the meeting": "chairman of the meeting", "boss of this meeting": "chairman of the meeting",
    "meeting boss": "meeting chairman", "chef de la reunion": "president de la reunion",
    "chef de cette reunion": "president de la reunion", "runs the meeting": "chairs the meeting",
    "runs the whole thing": "chairs the meeting", "in charge of the meeting": "chairing the meeting",
    "decides who talks": "chairs", "decides who speaks": "chairs", "decide qui parle": "preside",
    # "my paper", "a paper about IoT": a delegate's written input to the meeting, its contribution (batch 241)
    "my paper": "my contribution", "our paper": "our contribution", "a paper": "a contribution",
    "the paper": "the contribution", "my papers": "my contributions", "our papers": "our contributions",
    "mon papier": "ma contribution", "notre papier": "notre contribution", "mon article": "ma contribution",
    "the person who": "who", "a person who": "who", "la personne qui": "qui", "une personne qui": "qui",  # not "in person"
    "resume de l ordre du jour": "ordre du jour", "resume de l odj": "ordre du jour",  # the agenda in short
    "in the zoom": "in the meeting", "on the zoom call": "in the meeting", "dans le zoom": "dans la reunion",  # where
    # the asker is ("im in the zoom right now and i want to say something"), not the tool asked of
    "prochain meeting": "prochaine reunion", "prochaine meeting": "prochaine reunion",  # French chat's "meeting"
    "dernier meeting": "derniere reunion", "le meeting": "la reunion", "du meeting": "de la reunion",
    # not hearing the others, and the meeting going on all the same (batch 210): the rule that it is not delayed
    "n entends pas": "ne parviens pas a ecouter", "entend pas": "parviens pas a ecouter",
    "entends pas": "parviens pas a ecouter", "carry on": "not delayed", "keep going": "not delayed",
    "go on without me": "not delayed", "continue without me": "not delayed", "continuent quand meme": "pas retardee",
    "continue quand meme": "pas retardee", "continuer sans moi": "pas retardee", "continuent sans moi": "pas retardee",
    "ma co saute": "ma connexion coupe", "ma co coupe": "ma connexion coupe", "ma co plante": "ma connexion coupe",
    "ils continuent": "pas retardee", "they continue": "not delayed", "do they wait": "delayed",
    "ils attendent": "retardee",
    # listening only, as a way of taking part ("dois-je m'inscrire même si je compte seulement écouter ?"): following
    # the sessions, not the rule on being unable to listen (batch 212)
    "seulement ecouter": "seulement suivre", "juste ecouter": "juste suivre", "ecouter seulement": "suivre seulement",
    "only listen": "only follow", "just listen": "just follow", "listen only": "follow only",
    "je compte": "je vais", "nous comptons": "nous allons", "on compte": "on va",  # intending, no account
    "big meeting": "meeting", "grande reunion": "reunion", "grosse reunion": "reunion",
    "take the word": "floor", "taking the word": "floor", "prends la parole": "floor", "prend la parole": "floor",
    "prennent la parole": "floor", "prenons la parole": "floor", "prenez la parole": "floor", "prenant la parole": "floor",
    "prenne la parole": "floor",
    "prenez la parole": "floor", "prenons la parole": "floor", "demander la parole": "floor",
    "ask for the floor": "floor", "given the floor": "floor", "get the floor": "floor", "have the floor": "floor",
    "projet de calendrier": "timeplan", "calendrier provisoire": "timeplan", "programme provisoire": "timeplan",
    "un son": "sound", "son inaudible": "sound inaudible", "to whom": "addressed", "addressed to": "addressed invited",
    "m adresser": "contact", "je m adresse": "contact", "dois je m adresser": "contact", "s adresser": "contact",
    "nous adresser": "contact", "vous adresser": "contact", "adressee a": "addressed invited", "s adresse": "addressed invited", "s adressent": "addressed invited", "adresse a": "addressed invited", "sent to": "addressed invited", "le son": "sound", "du son": "sound", "au son": "sound", "mon son": "sound",
    "mauvais son": "poor sound", "son est": "sound est", "time plan": "timeplan",
    "work on": "field", "works on": "field", "working on": "field", "travaille sur": "field",
    "travaillent sur": "field", "get hold of": "obtain", "got hold of": "obtain", "questions diverses": "divers", "sign off": "approve", "signs off": "approve", "goes down": "drop", "go down": "drop",
    "went down": "drop", "autres questions": "divers", "aob": "any other business", "draft schedule": "timeplan", "setting up": "setup", "set up a": "setup a",
    "set up or close": "setup or closure", "set up or closed": "setup or closure", "set up or closing": "setup or closure",
    "set up or end": "setup or closure", "sets up or closes": "setup or closure", "being set up": "being setup",
    "closing plenary": "plenary", "closing session": "session", "pleniere de cloture": "pleniere",
    "seance de cloture": "seance", "need to register": "mandatory register", "have to register": "mandatory register",
    "must register": "mandatory register", "must i register": "mandatory register", "required to register":
    "mandatory register", "need to be registered": "mandatory register", "have to be registered": "mandatory register",
    "faut il s inscrire": "mandatory inscrire", "faut il etre inscrit": "mandatory inscrire",
    "doit on s inscrire": "mandatory inscrire", "dois je m inscrire": "mandatory inscrire",
    "working party": "working", "working parties": "working", "groupe de travail": "working",
    "groupes de travail": "working", "protocole d accord": "memorandum", "jtc 1": "jtc",
    "en 1er": "en premier", "1ere etape": "premiere etape", "1ere chose": "premiere chose",
    "une prise de parole": "prendre la parole", "prise de parole": "prendre la parole",
    "prises de parole": "prendre la parole",
    "me suis enregistre": "me suis inscrit", "me suis enregistree": "me suis inscrite", "m enregistrer": "m inscrire",
    "s enregistrer": "s inscrire", "nous enregistrer": "nous inscrire",
    "s agit il d une": "est ce une", "s agit il d un": "est ce un", "il s agit d une": "c est une",
    "il s agit d un": "c est un",
    "m ont attendu": "m ont attendre", "m ont attendue": "m ont attendre", "nous ont attendus": "nous ont attendre",
    "on m a attendu": "on m a attendre", "vont m attendre": "vont attendre",  # waited for, not "expected"
    "c est mort": "c est trop tard", "c mort": "c est trop tard", "cest mort": "c est trop tard",
    "c est foutu": "c est trop tard", "c foutu": "c est trop tard", "c est fichu": "c est trop tard",
    "retirer la parole": "couper la parole", "enlever la parole": "couper la parole",
    "retirer le micro": "couper le micro", "take the floor away": "cut", "take away the floor": "cut",
    "mute my mic": "muting", "mute my microphone": "muting", "mute myself": "muting", "mute our mic": "muting",
    "mute my audio": "muting", "stay muted": "muting", "be muted": "muting", "keep my mic muted": "muting",
    "couper mon micro": "muting", "couper son micro": "muting", "couper le micro": "muting",
    "couper mon microphone": "muting", "mettre en sourdine": "muting", "micro coupe": "muting", "me mettre en muet": "muting",
    "lettre date": "lettre datee", "date of the letter": "letter dated", "date of the invitation letter": "letter dated",
    "date de la lettre": "lettre datee", "letter s date": "letter dated", "date la lettre": "datee la lettre", "lettre est datee": "lettre datee", "letter date": "letter dated",
    "hear me properly": "hear me poor", "hear me well": "hear me poor", "hear me clearly": "hear me poor",
    "m entendre correctement": "m entendre mal", "m entendre bien": "m entendre mal", "m entend pas bien": "m entend mal",
    "groups report": "groups reports", "groups reporting": "groups reports", "cgs report": "cgs reports",
    "groups will report": "groups reports", "cgs will report": "cgs reports", "groups to report": "groups reports",
    "report back": "reports", "reporting back": "reports", "rapportent": "rapports",
    "une partie des": "des", "une partie du": "du", "une partie de": "de",
    "chat box in the remote tool": "chat", "chat in the remote tool": "chat", "chat in the tool": "chat",
    "chat dans l outil de participation a distance": "chat", "chat dans l outil": "chat", "chat in mymeetings": "chat",
    "chat de mymeetings": "chat", "chat dans mymeetings": "chat",
    "sous titres": "subtitles", "sous titrage": "subtitles", "sous titre": "subtitles",
    "il fait quel temps": "meteo", "quel temps fait il": "meteo", "quel temps il fait": "meteo", "la meteo": "meteo",
    "unmute my mic": "floor", "unmute my microphone": "floor", "unmute myself": "floor", "unmute": "floor",
    "activer mon micro": "floor", "ouvrir mon micro": "floor", "allumer mon micro": "floor", "active mon micro": "floor",
    "who can attend": "who addressed invited attend", "who may attend": "who addressed invited attend",
    "who can participate": "who addressed invited participate", "who may participate": "who addressed invited participate",
    "who can join": "who addressed invited join", "who may join": "who addressed invited join",
    "who is allowed to attend": "who addressed invited attend", "who is allowed to participate": "who addressed invited participate",
    "qui peut participer": "qui addressed invited participer", "qui peut assister": "qui addressed invited assister",
    "qui peut y participer": "qui addressed invited y participer", "qui peut y assister": "qui addressed invited y assister",
    "meeting open to": "meeting addressed invited", "sg17 open to": "sg17 addressed invited",
    "reunion ouverte a": "reunion addressed invited", "reunion ouverte au": "reunion addressed invited",
    "reunion est elle ouverte a": "reunion addressed invited", "reunion est elle ouverte au": "reunion addressed invited",
    "me presenter": "identify", "me presente": "identify", "nous presenter": "identify", "se presenter": "identify",
    "introduce myself": "identify", "introduce ourselves": "identify",
    "still have time": "still", "have time": "still", "enough time": "still", "encore le temps": "encore",
    "ai je le temps": "encore", "j ai le temps": "encore",
    "des pauses": "pauses", "les pauses": "pauses", "pause cafe": "pauses", "pause dejeuner": "pauses",
    "pause dej": "breaks", "pause midi": "breaks", "pause de midi": "breaks", "pause repas": "breaks",
    "coffee break": "breaks", "coffee breaks": "breaks", "lunch break": "breaks", "lunch breaks": "breaks",
    "any breaks": "breaks", "breaks planned": "breaks", "pauses prevues": "pauses",
    "present physiquement": "in person", "presente physiquement": "in person", "presents physiquement": "in person",
    "physically present": "in person", "etre present": "in person", "etre presente": "in person",
    "each day": "daily", "every day": "daily", "per day": "daily", "chaque jour": "daily", "par jour": "daily",
    "a cote": "", "on the side": "", "side chatter": "chatter",
    "derniere version": "updates", "latest version": "updates", "last version": "updates",
    "most recent version": "updates", "version la plus recente": "updates", "version a jour": "updates",
    "up to date version": "updates", "current version": "updates",
    "working with": "collaboration", "work with": "collaboration", "travailler avec": "collaboration",
    "other itu sectors": "itud itur", "the other sectors": "itud itur", "other sectors": "itud itur",
    "autres secteurs": "collaboration itud itur", "autres secteurs de l uit": "collaboration itud itur",
    "sous titres automatiques": "subtitles", "sous titres": "subtitles", "automatic captions": "subtitles",
    "auto captions": "subtitles", "live captions": "subtitles", "closed captions": "subtitles", "captioning": "subtitles",
    "its late here": "", "it s late here": "", "late here": "", "late at night": "", "late night": "",
    "il est tard": "", "area of work": "field", "areas of work": "field", "field of work": "field",
    "wp and sg plenaries": "decision making sessions", "sg and wp plenaries": "decision making sessions",
    "working party and study group plenaries": "decision making sessions", "wp plenaries": "decision making sessions",
    "sg plenaries": "decision making sessions", "plenieres des groupes de travail": "decision making sessions",
    "in the middle of": "during", "au milieu de": "pendant", "au milieu d": "pendant", "en plein milieu de": "pendant",
    "secretary general": "gensecretary", "secretary generals": "gensecretary", "sec gen": "gensecretary",
    "secretaire general": "gensecretary", "secretaire generale": "gensecretary",
    "take place today": "on today", "take place tomorrow": "on tomorrow", "takes place today": "on today",
    "takes place tomorrow": "on tomorrow", "taking place today": "on today", "taking place tomorrow": "on tomorrow",
    "held today": "on today", "held tomorrow": "on tomorrow", "being held today": "on today",
    "being held tomorrow": "on tomorrow", "a lieu aujourd hui": "c est aujourd hui", "a lieu demain": "c est demain",
    "a t elle lieu aujourd hui": "c est aujourd hui", "a t elle lieu demain": "c est demain",
    "a t il lieu aujourd hui": "c est aujourd hui", "a t il lieu demain": "c est demain",
    "aura lieu aujourd hui": "c est aujourd hui", "aura lieu demain": "c est demain",
    "aura t elle lieu aujourd hui": "c est aujourd hui", "aura t elle lieu demain": "c est demain",
    "se deroule aujourd hui": "c est aujourd hui", "se deroule demain": "c est demain",
    "se deroule t elle aujourd hui": "c est aujourd hui", "se deroule t elle demain": "c est demain",
    "times are late": "", "hours are late": "", "are late for me": "", "is late for me": "",
    "study group on what": "study group field", "works on what": "field", "working on what": "field",
    "domaine de travail": "field", "domaine d activite": "field", "dans les grandes lignes": "en bref",
    "les grandes lignes": "en bref", "grandes lignes": "en bref",
    "the last moment": "deadline", "last moment for": "deadline", "last minute for": "deadline",
    "last moment i can": "deadline", "last moment to": "deadline", "latest moment i can": "deadline",
    "latest i can": "deadline", "dernier moment pour": "deadline", "au plus tard quand": "deadline",
    "en ce moment": "maintenant", "at the moment": "now",
    "suivre la reunion": "participer a la reunion", "suivre les debats": "participer aux debats",
    "suivre les seances": "participer aux seances", "follow the meeting": "participate in the meeting",
    "follow the sessions": "participate in the sessions",
    "wear can i": "where can i", "wear do i": "where do i", "wear is": "where is", "wear are": "where are",
    "internet is bad": "internet", "bad internet": "internet", "bad connection": "connection",
    "connection is bad": "connection", "poor connection": "connection", "weak connection": "connection",
    "poor internet": "internet", "mauvaise connexion": "connexion", "connexion mauvaise": "connexion",
    "cannot hear me": "poor sound", "can t hear me": "poor sound", "cant hear me": "poor sound",
    **{f"{cannot} hear {whom} {how}": "poor sound" for cannot in ("cannot", "can t", "cant", "can not")
       for whom in ("him", "her", "them", "us") for how in ("well", "properly", "clearly", "very well")},
    "ne l entend pas bien": "son mauvais", "ne les entend pas bien": "son mauvais", "ne nous entend pas bien": "son mauvais",
    "ne m entend pas": "son mauvais", "ne m entendent pas": "son mauvais",
    **{f"{whose} direction{what}": f"{whose} hierarchie" for whose in ("ma", "notre", "sa", "leur", "votre", "nos")
       for what in ("", " generale")},  # "ma demande à ma direction": the asker's superiors, not the management team
    "direction generale": "hierarchie",
    **{f"{kind} {what}": f"{what} without translation" for what in ("contributions", "contribution")
       for kind in ("normal", "regular", "ordinary", "usual", "standard")},  # not "normalisation"
    **{f"{what} {kind}": f"{what} sans traduction" for what in ("contributions", "contribution")
       for kind in ("normale", "normales", "ordinaire", "ordinaires", "habituelle", "habituelles", "classique",
                    "classiques", "standard", "simple", "simples")},  # "les contributions normales": not "normalisation"
    "contribution financiere": "frais", "contributions financieres": "frais", "financial contribution": "fee",
    "montant a verser": "frais", "somme a verser": "frais",  # money, not a contribution to the meeting's work
    "son est pourri": "son est mauvais", "son pourri": "son mauvais", "son nul": "son mauvais",
    "pour les nouveaux": "pour les newcomer", "pour les nouveaux delegues": "pour les newcomer",
    "pour les nouveaux participants": "pour les nouveaux participants", "for the new ones": "for new delegates",
    "un truc": "quelque chose", "un truc special": "quelque chose",
    "for newbies": "for new delegates", "pour les debutants": "pour les nouveaux delegues",
    "cannot hear": "cannot connect", "can t hear": "cannot connect", "cant hear": "cannot connect",
    "can not hear": "cannot connect", "n entend pas": "ne peut pas connecter", "n entendent pas": "ne peuvent pas connecter",
    "meeting goes on": "meeting delayed", "meeting go on": "meeting delayed", "meeting continues": "meeting delayed",
    "meeting carries on": "meeting delayed",
    "qui a prepare": "qui a redige", "qui prepare": "qui redige", "who prepares": "who drafts",
    "page limit": "maximum length", "pages limit": "maximum length", "size limit": "maximum length",
    "time limit": "time budget", "time limits": "time budget",  # a speaking time, no "date limite"
    "la pi": "la propriete intellectuelle", "de pi": "de propriete intellectuelle", "puisqu il": "comme il",
    "puisqu on": "comme on", "puisque": "comme",
    "numero de tel": "numero de telephone", "no de tel": "numero de telephone", "num de tel": "numero de telephone",
    "tel number": "telephone number", "tel no": "telephone number",
    "documents d entree": "documents soumis", "document d entree": "document soumis",  # 4 c, not a venue's "entrée"
    "word limit": "maximum length", "length limit": "maximum length", "character limit": "maximum length",
    "limite de pages": "maximum length", "limite de taille": "maximum length", "limite de mots": "maximum length",
    "close to": "near", "closer to": "near", "organiser mon agenda": "", "organiser notre agenda": "",
    "organize my agenda": "", "plan my agenda": "", "organise my agenda": "",
    "team lead": "colleague", "team leader": "colleague", "team leads": "colleagues", "team leaders": "colleagues",
    "chef d equipe": "colleague", "notre chef": "colleague", "mon chef": "colleague",
    "my team": "my colleagues", "our team": "our colleagues", "mon equipe": "mes collegues",
    "notre equipe": "nos collegues",
    "e plenary": "e electronic plenary", "e plenaries": "e electronic plenary", "e pleniere": "e electronique pleniere",
    "e plenieres": "e electronique pleniere", "eplenary": "e electronic plenary",
    "du quel date a quel date": "de quelle date a quelle date", "de quel date a quel date": "de quelle date a quelle date",
    "du quelle date a quelle date": "de quelle date a quelle date", "c du": "c est du",
    "c fini": "c est fini", "c termine": "c est termine", "c quand": "c est quand", "c ouvert": "c est ouvert",
    "filled in": "", "filled out": "", "last week": "", "la semaine derniere": "", "j ai rempli": "",
    "doesnt work": "cannot access", "doesn t work": "cannot access", "does not work": "cannot access",
    "not working": "cannot access", "ne marche pas": "cannot access", "ne fonctionne pas": "cannot access",
    "new correspondence group": "establishment correspondence group",
    "new correspondence groups": "establishment correspondence groups",
    "create a correspondence group": "establishment correspondence group",
    "nouveau groupe de correspondance": "establishment groupe de correspondance",
    "creer un groupe de correspondance": "establishment groupe de correspondance",
    "ouvrir les documents": "acces documents", "ouvrir les docs": "acces documents", "open the documents":
    "access documents", "open the docs": "access documents", "open documents": "access documents",
    **{f"{verb} {the}{what}": "access documents" for verb in ("read", "see", "view", "download") for the in ("the ", "")
       for what in ("contributions", "documents", "docs", "tds")},  # "can academia members read the contributions?"
    **{f"{verb} {the}{what}": "acces documents" for verb in ("lire", "voir", "consulter", "telecharger")
       for the in ("les ", "") for what in ("contributions", "documents", "docs", "td")},
    "for an hour": "", "for one hour": "", "for a few hours": "", "for an hour or two": "", "pendant une heure": "",
    "une heure ou deux": "", "listen in": "listen", "who i am": "identify", "qui je suis": "identify",
    "which address": "which email contacts", "what address": "what email contacts", "quelle adresse": "quelle email contacts",
    "running order": "agenda", "temp doc": "td", "temp docs": "tds", "temporary doc": "td", "revisions to":
    "updates to", "deputy chairs": "vice chairmen", "deputy chair": "vice chairman", "working party heads":
    "working party chairmen", "universal postal union": "upu", "union postale universelle": "upu", "postal union": "upu", "flakes out": "drops", "flake out": "drop",
    "does the system show": "does the tool show", "the system shows": "the tool shows", "system show": "tool show",
    "le systeme affiche": "l outil affiche", "le systeme montre": "l outil montre",
    "put my name down": "register", "put our names down": "register", "sign up": "register", "signing up": "register",
    "which tongue": "which language", "what tongue": "what language", "render them into": "translated into",
    "jusqu a present": "", "jusqu ici": "", "a present": "maintenant", "so far": "",
    "a la place": "instead", "a sa place": "instead", "au lieu de ca": "instead",
    "depuis un telephone": "depuis un appareil", "depuis mon telephone": "depuis un appareil",
    "sur mon telephone": "sur un appareil", "sur un telephone": "sur un appareil", "from a phone": "from a device",
    "from my phone": "from a device", "on my phone": "on a device", "on a phone": "on a device",
    "avec mon telephone": "avec un appareil", "avec un telephone": "avec un appareil",
    "aob slot": "any other business item", "business slot": "business item", "c est ben": "c est bien",
    "cest ben": "c est bien", "c ben": "c est bien",
    "qui invite": "qui signe", "qui nous invite": "qui signe", "qui invitent": "qui signe", "who invites": "who signed",
    "who is inviting": "who signed", "who s inviting": "who signed", "who is inviting us": "who signed",
    "m y prendre": "", "s y prendre": "", "nous y prendre": "", "y prendre": "",
    "wraps up": "ends", "wrap up": "end", "wrapping up": "ending", "wrapped up": "ended", "winds up": "ends",
    "wind up": "end", "finishes up": "finishes", "now concluded": "ended", "concluded": "ended", "conclude": "end",
    "concludes": "ends", "came to an end": "ended", "come to an end": "ended",
    "raise my hand": "floor", "raise your hand": "floor", "raise hand": "floor", "raise the hand": "floor",
    "lever la main": "floor", "lever ma main": "floor", "leve la main": "floor",
    "take the mic": "floor", "taking the mic": "floor", "have the mic": "floor", "get the mic": "floor",
    "grab the mic": "floor", "grabbing the mic": "floor", "grab the microphone": "floor", "take the microphone": "floor",
    "get the microphone": "floor", "have the microphone": "floor", "hold the mic": "floor", "on the mic": "floor",
    "prendre le micro": "floor", "prends le micro": "floor", "prend le micro": "floor",
    "au programme": "a l ordre du jour", "on the programme": "on the agenda", "on the program": "on the agenda",
    "discord": "platform", "slack": "platform",  # where the bot runs, not the meeting: asked as a platform
    "quel outil": "quel outil plateforme", "c quel outil": "quel outil plateforme",
    "c est quel outil": "quel outil plateforme", "l outil utilise": "l outil plateforme utilise",
    "outil utilise": "outil plateforme utilise", "the tool used": "the tool platform used", "which tool": "which tool platform", "what tool": "what tool platform",
    "goes t il": "goes until", "goes till": "goes until", "runs t il": "runs until", "runs till": "runs until",
    "lasts t il": "lasts until", "lasts till": "lasts until", "open t il": "open until", "open till": "open until",
    "t il when": "until when", "till when": "until when", "from when till when": "from when to when",
    "from when t il when": "from when to when", "from when until when": "from when to when",
    "mis a jour": "updated", "mise a jour": "update", "mises a jour": "updates",
    "avant de parler": "floor", "avant de prendre la parole": "floor", "before speaking": "floor",
    "before i speak": "floor", "intervenir": "floor",
    "il faut etre inscrit": "mandatory inscrire", "faut etre inscrit": "mandatory inscrire",
    "rec": "recommendation",
    "at the end": "", "a la fin": "", "focal point": "focal", "focal points": "focal", "point focal": "focal",
    "points focaux": "focal",
    "day by day": "daily", "jour par jour": "daily", "week end": "weekend", "week ends": "weekend", "weekends": "weekend",
}

#: Bodies the agenda names by their acronym, asked by their full names ("Where on the agenda would the Specification
#: and Description Language be discussed?"): the acronym the agenda writes.
PHRASE_WORDS.update({
    "specification and description language": "sdl", "specification description language": "sdl",
    "internet engineering task force": "ietf",
    "european telecommunications standards institute": "etsi", "institut europeen des normes de telecommunication": "etsi",
    "international electrotechnical commission": "iec", "commission electrotechnique internationale": "cei",
    "international organization for standardization": "iso", "organisation internationale de normalisation": "iso",
    "universal postal union": "upu", "union postale universelle": "upu",
    "joint technical committee 1": "jtc 1", "joint technical committee": "jtc 1",
})


#: Agenda items numbered in words ("point six r ?", "item three h"): the item's number in figures.
_ITEM_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}
#: French number words after "point" that are no other word there ("à quel point", "un point un peu urgent", "un point
#: neuf": "un" and "neuf" are words of their own; so is "sept", a month): these alone, and every one before a letter.
_POINT_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "huit": 8, "dix": 10}
_POINT_NUMBERS_BEFORE_A_LETTER = {**_POINT_NUMBERS, "un": 1, "sept": 7, "neuf": 9}
PHRASE_WORDS.update({f"{noun} {word}": f"{noun} {number}" for noun in ("item", "agenda item")
                     for word, number in _ITEM_NUMBERS.items()})
PHRASE_WORDS.update({f"le point {word}": f"le point {number}" for word, number in _POINT_NUMBERS.items()})
PHRASE_WORDS.update({f"point {word} {letter}": f"point {number} {letter}" for word, number in
                     _POINT_NUMBERS_BEFORE_A_LETTER.items() for letter in "bcdefghijklmnopqr"})  # not "a", the folded "à"
#: Ordinals before "point" or "item" ("le troisième point de l'ordre du jour", "the third agenda item"): that item.
_ORDINALS = {"deuxieme": 2, "second": 2, "2nd": 2, "2e": 2, "troisieme": 3, "third": 3, "3rd": 3, "3e": 3,
             "quatrieme": 4, "fourth": 4, "4th": 4, "4e": 4, "cinquieme": 5, "fifth": 5, "5th": 5, "5e": 5,
             "sixieme": 6, "sixth": 6, "6th": 6, "6e": 6, "septieme": 7, "seventh": 7, "7th": 7, "7e": 7,
             "huitieme": 8, "eighth": 8, "8th": 8, "8e": 8, "neuvieme": 9, "ninth": 9, "9th": 9, "9e": 9,
             "dixieme": 10, "tenth": 10, "10th": 10, "10e": 10}
PHRASE_WORDS.update({f"{article} {ordinal} {noun}": f"{article} {noun} {number}" for ordinal, number in _ORDINALS.items()
                     for article, noun in (("le", "point"), ("the", "item"), ("the", "agenda item"), ("the", "point"))})
# (with "the"/"le" only: "Second point: can I speak French?", "j'ai un deuxième point" name no item)

#: French words that read as another English word once accents are gone ("attend" is "waits", not "attends").
FRENCH_RESPELLINGS: dict[str, str] = {"lodj": "l odj", "lordre": "l ordre", "jusqua": "jusqu a", "jusquau": "jusqu au", "icitte": "ici", "pi": "puis", "til": "t il", "ajd": "aujourd hui", "auj": "aujourd hui", "dir": "direction", "cest": "c est", "rate": "missed", "rater": "missed", "attend": "attendre", "attendent": "attendre", "attendra": "attendre",
                                      "coute": "cost", "coutent": "cost", "cout": "cost", "couts": "costs",
                                      "payant": "paid", "payante": "paid", "gratuit": "free", "gratuite": "free",
                                      "televerser": "envoyer", "televerse": "envoie", "televerses": "envoies",
                                      "poster": "envoyer", "uploader": "envoyer"}  # upload

#: English chat shorthand that would be a French word or letter otherwise, read only in English questions.
ENGLISH_RESPELLINGS: dict[str, str] = {"til": "until", "n": "and", "r": "are", "u": "you", "w": "with", "o": "out", "dos": "does",
                                       "comment": "remark", "comments": "remarks", "commenting": "remarking",
                                       "di": "the", "fi": "for", "mi": "me", "enh": "eh", "dem": "them", "wah": "what"}
# "di", "fi", "mi", "dem", "wah": Caribbean English ("SG17 is di IoT study group enh?", "5am fi mi")
# English "comments" are remarks, never French "comment" (how) nor, stemmed, "commence"
