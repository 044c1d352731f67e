"""Follow-up questions: "and in New York?", "et pour l'inscription ?", "what about h?", "which
country is he from?" read against the asker's previous question in the same conversation.

The previous question (its text and the agenda reference it named) is kept in the store for
:data:`bot.conversation.KEPT` per person and platform, so a follow-up works across restarts and processes. A
question is read as a follow-up only when it looks like one (it starts with "and"/"et"/"what
about", or points back with "it"/"he"/"celle"), and the merged reading is used only when it
answers where the question alone would not.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from bot.agenda_ref import AgendaRef, parse_ref
from bot.questions.claims import WEEKDAY_NAMES
from bot.questions.normalize import Question, fold, stem
from bot.questions import vocabulary as v
from bot.questions.vocabulary import END, START, TIME
from bot.conversation import Previous

_OPENERS = re.compile(r"^(?:(?:ok|okay|noted|thanks|thank you|thx|tks|ty|merci|mrc|mci|d accord|parfait|super|great|got it|i see|"
                      r"compris|entendu|cheers|ta|cool|perfect|awesome|genial)[\s,.!]+)*(?:and|et|puis(?!\s+(?:je|j|on|tu|nous|vous)\b)|also|aussi|what about|how about|et pour|et pour le|et pour la|et pour les|"
                      r"et concernant|same for|pareil pour|meme chose pour|and for|and what about)\b")
#: Words and phrases that point back at something said before ("y a-t-il", "is it" point at nothing).
_POINTING_PHRASES = ("under it", "in it", "about it", "of it", "for it", "from it", "on it", "to it", "with it", "is he", "he is", "is she",
                     "she is", "they", "them", "those", "these", "celui", "celle", "celles", "ceux", "ca", "cela",
                     "dessous", "dessus", "dedans", "lui", "leur", "that one", "this one", "his", "her", "join it",
                     "attend it", "it open", "about that", "of that", "for that", "is that", "that in", "c est a quelle",
                     "that day", "ce jour la", "same day", "meme jour", "end it", "stop it", "cancel it", "finish it",
                     "extend it", "change it", "move it", "la terminer", "l arreter", "l annuler", "la prolonger")
_POINTING = frozenset(w for phrase in _POINTING_PHRASES for w in phrase.split())
#: How a question about one sub-item may open ("what's n?", "c'est quoi le b ?") besides "and", "what about".
_ASKS_WHAT = r"(?:(?:and|et)\s+)?(?:what s|whats|what is|c est quoi|cest quoi|c quoi|c koi|c est koi|cest koi|qu est ce que|quid de|what does)\s+"
_LETTER = re.compile(r"^(?:(?:and|n|et)\s+(?=what about|how about|quid))?(?:and|et|puis|pis|what about|how about|et pour|and for|" + _ASKS_WHAT + r")?\s*(?:(?:the|le|la)\s+)?(?:sub item\s+|"
                     r"subitem\s+|item\s+|point\s+|sous point\s+)?\(?([a-z])\)?\s*(?:then|alors|again|exactly|exactement|please|pls|svp|"
                     r"donc|c est quoi|c quoi|c koi|c est quoi alors|is what|is about what)?$")  # "et le point b ?", "what's item r
# then?", "et le k c quoi"
#: A letter named last after "under"/"in"/"of" ("which JCAs are under f?" after item 4, "les CG du f, c'est lesquels ?"
#: after item 2): that sub-item.
_UNDER_LETTER = re.compile(r"\b(?:under|in|sous|dans|de|du|of)\s+(?:the\s+|le\s+)?(?:sub item\s+|item\s+|point\s+|sous point\s+)?"
                           r"\(?([a-z])\)?(?:$|\s*,?\s*(?=(?:c est|ce sont|are|is|which|what|lesquel\w*|quoi)\b))")
#: An item's number named last after "under"/"sous" ("what's under 4?", "et sous le 4 ?"): that item, of the agenda
#: asked about before.
_UNDER_NUMBER = re.compile(r"\b(?:under|in|sous|dans)\s+(?:the\s+|le\s+|la\s+|l\s+)?(?:item\s+|point\s+)?(\d{1,2})$")
#: Question words of the previous question left out when it only lends its topic to a new question.
_ASKING = frozenset("when what which who how where why quand quel quelle quels quelles qui comment ou pourquoi "
                    "est ce c is are does do time heure date".split())


#: Start, end and time words of the previous question, left out too: the new question asks its own.
_TIMING = frozenset(w for phrase in (*START, *END, *TIME) for w in phrase.split())
#: Start and end words alone ("opens", "closes", "finit"): what a question asking only "what time?" still asks of.
_START_END = frozenset(w for phrase in (*START, *END) for w in phrase.split()) - frozenset(
    w for phrase in TIME for w in phrase.split()) - frozenset("on off se va goes last lasts until jusqu over run runs "
                                                             "dernier dure kick".split())


_PLACE_WORDS = frozenset("in at for a en au aux dans pour".split())


#: Pointing words that always mean the previous question's subject, even when the follow-up could be answered
#: alone ("what time is that in Buenos Aires?" after the management team meeting is not the opening).
#: Asking only which agenda item, with no topic of its own ("under which agenda item?"): the previous question's.
ASKS_WHICH_ITEM = ("under which agenda item", "under which item", "which agenda item", "sous quel point",
                   "quel point de l ordre du jour", "a quel point")
POINTS_AT_WHAT_WAS_SAID = ("is that", "that in", "is it in", "c est a quelle heure", "ca fait quelle heure", "exactly",
                           *ASKS_WHICH_ITEM,
                           "exactement", "precisely", "precisement", "lesquels", "lesquelles", "of these", "of those", "of them",
                           "parmi elles", "parmi eux", "parmi celles ci", "parmi ceux ci", "parmi ces")


def points_back(q: Question) -> bool:
    """Whether the question points at something said before ("under it", "is he", "celle-ci", "il vient
    d'où ?")."""
    opens_with_him = len(q.tokens) > 1 and q.tokens[0] in ("il", "elle", "he", "she") and q.tokens[1] not in (
        "y", "faut", "s") and q.tokens[:2] != ("il", "est")  # "il y a", "il faut", "il est possible" point nowhere
    return opens_with_him or q.has(*_POINTING_PHRASES)


def looks_like_follow_up(q: Question) -> bool:
    """Whether the question opens like a follow-up or points back at something said before."""
    return opens_as_follow_up(q) or points_back(q) or len(q.tokens) <= 3 or not names_a_topic(q) \
        or bool(_UNDER_LETTER.search(q.folded.rstrip(" ?!."))) \
        or (len(q.tokens) <= 5 and q.has(*POINTS_AT_WHAT_WAS_SAID))  # "which CGs exactly?"


#: "Though" closing a short question ("end of day where though", "when though?"): it asks more of the answer before.
_THOUGH_LAST = re.compile(r"^(?:\S+\s+){0,5}\S+\s+though\s*[?!.]*$")


def opens_as_follow_up(q: Question) -> bool:
    """Whether the question starts like a follow-up ("and …", "et pour …", "what about …"), or closes like one ("…
    where though")."""
    if _OPENERS.match(q.folded):
        return True
    if _SO_IT_IS.match(fold(q.raw)):  # "so is it tuesday morning for me or monday night?": days and times only
        return all(t in _DAYS_AND_TIMES or t in v.STOPWORDS or t.isdigit() for t in q.tokens) \
            and not set(q.tokens) & v.IDENTITY  # (not "so is it free to attend?", a question of its own)
    return bool(_THOUGH_LAST.search(fold(q.raw))) and not names_a_topic(q) and not set(q.tokens) & v.IDENTITY
    # "end of day where though" (not "when is the meeting though?")


#: Days and parts of days, which a follow-up may say without a topic ("tuesday morning or monday night?").
_DAYS_AND_TIMES = frozenset("monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
                            "samedi dimanche morning afternoon evening night tonight today tomorrow matin apres midi soir "
                            "nuit aujourd hui demain am pm me moi for pour or ou so is it c est donc alors here ici "
                            "my mon time heure local locale".split())


#: "So is it …?" of what was just answered ("so is it tuesday morning for me or monday night?", "donc c'est lundi ?").
_SO_IT_IS = re.compile(r"^(?:so|alors|donc|ok so)\s+(?:is it|it s|it is|will it be|that s|that is|c est|ce sera|ca fait)\b")


def letter_of(q: Question, previous: Previous) -> AgendaRef | None:
    """"and h?" after item 3: sub-item 3 h; "and 10?" after item 9: item 10."""
    written = fold(q.raw).rstrip(" ?!.")  # as written: "and n?" is sub-item n, not chat's "n" for "and"
    if previous.ref is None:
        return None
    number = _NUMBER.match(written)
    if number is not None and previous.ref.letter is None:
        return AgendaRef(int(number[1]), None)
    under = _UNDER_NUMBER.search(written)
    if under is not None:  # "et qu'est-ce qu'il y a sous le 4 ?" after /agenda 3: item 4
        return AgendaRef(int(under[1]), None)
    match = _LETTER.match(written) or _UNDER_LETTER.search(written)
    if match is None:
        return None
    return AgendaRef(previous.ref.number, match[1])


def letters_of(q: Question, previous: Previous) -> list[AgendaRef]:
    """"and d and e?", "d, e ?" after item 6: sub-items 6 d and 6 e ([] unless two or more letters alone)."""
    written = fold(q.raw).rstrip(" ?!.")
    if previous.ref is None or not _LETTERS.match(written):
        return []
    letters = re.findall(r"(?<![a-z])\(?([a-z])\)?(?![a-z])", _OPENING_WORDS.sub("", written))
    return [AgendaRef(previous.ref.number, letter) for letter in letters] if len(letters) >= 2 else []


#: Two or more sub-item letters alone, joined by "and", "et", "&" or commas ("and d and e?", "et d, e ?").
_LETTERS = re.compile(r"^(?:and|et|what about|how about|et pour|and for)?\s*(?:(?:sub items|subitems|items|points|"
                      r"sous points)\s+)?\(?[a-z]\)?(?:\s*(?:,|and|et|&|/)\s*\(?[a-z]\)?)+$")
#: The words a follow-up opens with, left out before its letters are read.
_OPENING_WORDS = re.compile(r"^(?:and|et|what about|how about|et pour|and for)\s+|\b(?:and|et|sub items|subitems|items|"
                            r"points|sous points)\b")


#: An item's number alone after another item ("and 10?", "et le 5 ?").
_NUMBER = re.compile(r"^(?:and|et|puis|what about|how about|et pour)\s*(?:the\s+|le\s+|la\s+|item\s+|point\s+)?"
                     r"(\d{1,2})$")
#: The entry beside the one asked before ("and the one before?", "et le suivant ?").
_BESIDE = re.compile(r"^(?:and|et|what about|how about)?\s*(?:the\s+|le\s+|la\s+|l\s+|celui\s+|celle\s+)?"
                     r"(?:(?P<before>one before|item before|previous(?: one| item)?|precedent|d avant|avant)|"
                     r"(?P<after>one after|item after|next(?: one| item| sub item| subitem| point)?|suivant|d apres|apres|"
                     r"sous point suivant|point suivant))"
                     r"(?:\s+(?:it|that|this|that one|this one|ca|cela|celui ci|celui la))?$")  # "and the one after it?"


def beside(q: Question, previous: Previous) -> int:
    """-1 or 1 when the question asks for the entry before or after the previous question's agenda entry
    ("and the one before?", "et le suivant ?"); 0 otherwise."""
    if previous.ref is None:
        return 0
    match = _BESIDE.match(fold(q.raw).rstrip(" ?!."))
    if match is None:  # "Which regional groups are listed under the next sub-item?": asked of the one after
        inside = _BESIDE_INSIDE.search(fold(q.raw))
        return 0 if inside is None else (-1 if inside["before"] or inside["before2"] else 1)
    return -1 if match["before"] else 1


#: The entry beside the previous one named inside a longer question ("… listed under the next sub-item?", "… dans le
#: sous-point suivant ?").
_BESIDE_INSIDE = re.compile(r"^(?:which|what|quels?|quelles?|c est quoi|qu est ce qu)\b.*\b(?:under|in|of|for|dans|sous|du|de)\s+(?:the\s+|le\s+|la\s+)?(?:(?P<before>previous|"
                            r"preceding)\s+(?:sub item|subitem|item|point)|(?P<after>next|following)\s+(?:sub item|"
                            r"subitem|item|point)|(?:sous point|point)\s+(?:(?P<before2>precedent)|suivant))\b")


@lru_cache(maxsize=1)
def _skeleton_words() -> frozenset[str]:
    """The words that ask (when, how, deadline…) or name the meeting, never a topic."""
    phrases = [*TIME, *START, *END, *v.DEADLINE, *v.WHEN_WORDS, *v.HOUR, *v.STILL, *v.MANNER, *v.COUNTDOWN,
               *v.FOR_ME, *_ASKING, *v.STOPWORDS, *v.IDENTITY]
    return frozenset(w for phrase in phrases for w in phrase.split()) - _TOPICS


#: Deadline words that name what is due rather than ask for a date: a follow-up replaces them.
_TOPICS = frozenset("register registration registering enrol submit submission inscrire inscription inscrit "
                    "soumettre soumission".split())


def names_a_topic(q: Question) -> bool:
    """Whether the follow-up brings a topic of its own ("and for contributions?"), not only asking words."""
    asking = _skeleton_words() | _POINTING | _TOPIC_FREE
    if _DAY_WHERE_ONE_IS.search(q.folded):
        asking = asking | frozenset(WEEKDAY_NAMES) | _PARTS_OF_A_DAY  # "c le dimanche soir pour nous alors ?", "so its
        # sunday night for me? not monday?": a day claimed where the
        # asker is, of what was asked before, not the Sunday session
    return any(t not in asking or t in _SESSION_NOUNS  # "and the opening?": a session of its own
               for t in re.findall(r"\b[a-z][a-z0-9]*\b", _OPENERS.sub("", q.folded)))


#: Parts of a day said with a weekday ("sunday night", "lundi matin").
_PARTS_OF_A_DAY = frozenset("night evening morning afternoon nuit soir matin midi apres not pas".split())


def claims_a_day_where_one_is(q: Question) -> bool:
    """Whether the question says a weekday where the asker is ("attends c le dimanche soir pour nous alors ?")."""
    return bool(_DAY_WHERE_ONE_IS.search(q.folded))


#: A weekday said to be the day where the asker is ("c le dimanche soir pour nous", "it's sunday night for me"), not a
#: question on that day ("is there anything on Sunday for us?").
_DAY_WHERE_ONE_IS = re.compile(r"\b(?:c est|c|cest|is|it s|its|it is|est|sera|will be|that s|thats)\s+(?:le\s+|on\s+|on the\s+)?"
                               r"(?:" + "|".join(WEEKDAY_NAMES) + r")\b(?:\s+\w+){0,2}?\s+(?:pour (?:nous|moi)|for (?:us|me)|"
                               r"here|ici|chez (?:nous|moi)|my time|our time|local time|heure locale)\b"
                               r"|\b(?:pour (?:nous|moi)|for (?:us|me)|chez (?:nous|moi)|here|ici)\s+(?:c est|c|cest|it s|its|"
                               r"it is|est|that s|thats|ce sera|it will be)\s+(?:le\s+|on\s+|on the\s+)?(?:"
                               + "|".join(WEEKDAY_NAMES) + r")\b")  # "donc pour moi c le lundi 24 au soir ?"


#: Words that neither ask nor name a topic ("do it", "that one").
_TOPIC_FREE = frozenset("do it one thing that so then ok okay alors donc faire fait attends attend wait hold".split())


#: Start and end words that name a session rather than ask when ("the opening", "la clôture").
_SESSION_NOUNS = frozenset("opening closing ouverture cloture".split())


#: Month and weekday names, written with a capital but no place ("the 17-26 March meeting").
_CALENDAR_NAMES = frozenset("january february march april may june july august september october november december "
                            "monday tuesday wednesday thursday friday saturday sunday".split())


#: Words after "at"/"in" that ask rather than name a place ("at which hour?", "à quelle heure ?").
_ASKING_AFTER_A_PREPOSITION = frozenset("which what what time hour time quel quelle heure quelles moment when quand".split())
#: The asker's own place said ("pour moi", "for me", "chez moi", "here"), and a follow-up that asks only that.
_MINE = re.compile(r"\b(?:pour moi|for me|chez moi|for us|pour nous|chez nous|here|ici)\b")
_ONLY_MINE = re.compile(r"^(?:and |et |what about |how about )?(?:pour moi|for me|chez moi|for us|pour nous|chez nous|"
                        r"here|ici)\s*[?!.]*$")


def without_opener(q: Question) -> str:
    """The follow-up's own words as written, without its opener ("and the e-plenary?" → "the e plenary")."""
    return _OPENERS.sub("", fold(q.raw)).strip()


def with_topic_replaced(q: Question, previous: Previous, moved: bool = False) -> str:
    """"and for contributions?" after "when is the registration deadline?": the previous question's
    asking words (and the places it named) with the follow-up's topic in place of its own."""
    current = _OPENERS.sub("", q.folded).strip()
    asking = _skeleton_words()
    own_timing = {w.strip("?!.,;:") for w in current.split()} & (_TIMING - _ASKING - v.STOPWORDS)
    if own_timing - _SESSION_NOUNS:  # "et elle se termine quand ?": its own start/end/time words replace the old
        # ("what's that in Delhi?" has none: "what" only asks; "and the opening itself?" names a session, and the
        # previous "what time" still asks)
        asking = asking - _TIMING
    cased = _OWN_ZONE_SAID.sub(" ", previous.text).split()  # "I'm on Hawaii-Aleutian time": the asker's own zone, no
    # place to carry over
    kept = [w for w in fold(previous.text).split() if w.strip("?!.,;:") in asking]
    ending = _ENDS_WITH_PLACE.search(current)
    own_place = ending is not None and not _ONLY_MINE.search(current) \
        and not set(ending[0].strip(" ?!.").split()[1:]) & _ASKING_AFTER_A_PREPOSITION  # "et pour une collègue qui
    if own_place:  # sera à Sydney ?": that place, not the asker's own ("pour moi") nor the places said before (nor
        kept = [w.strip("?!.,;:") for w in _MINE.sub(" ", " ".join(kept)).split()  # the words that led to them, nor
                if w.strip("?!.,;:") not in ("a", "in", "at", "en", "au", "aux", "from", "depuis", "merci", "beaucoup",
                                             "thanks", "thank", "bonjour", "hello", "hi")]  # the courtesies: one question
    places = [w.strip("?!.,;:") for w in cased[1:] if w[:1].isupper() and fold(w).strip("?!.,;:") not in asking
              and not re.search(r"[A-Z]{2}", w) and not moved and not own_place
              and fold(w).strip("?!.,;:") not in _CALENDAR_NAMES]  # "Sydney", not "IETF" nor "March"; none when the follow-up names
    # its own place ("what about Lima?" after "… 6:30 here in Newfoundland, right?")
    # nor "JCAs"
    if previous.ref is not None and not parse_ref(current) and (points_back(q) or q.has(*POINTS_AT_WHAT_WAS_SAID)):
        current = f"{current} item {previous.ref}"  # "which CGs exactly?" after item 2f: those of item 2f
    if set(kept) & (_TIMING - _ASKING) and not set(current.split()) & _PLACE_WORDS:
        current = f"in {current}"  # "and New York?" after a time question: a place
    where = _PLACE_TAIL.search(fold(previous.text))
    if where is not None and not places and not _ENDS_WITH_PLACE.search(current):  # "what time does it start in
        places = [where[0].strip(" ?!.")]  # moscow?" then "and the sunday meeting?": still in Moscow
    if not places and not _ENDS_WITH_PLACE.search(current):
        places = [f"in {name}" for name in _places_before_time(fold(previous.text))[:1]]  # "Dubai time for the
        # opening pls" then "and the management team meeting?": still Dubai time
    return " ".join([*kept, *places, current])


#: A follow-up that ends naming where ("what's that in Delhi?", "et à Lomé ?", "and for Tokyo?").
#: A place's time asked of what was said ("Shenzhen time for that?", "and in lagos time?", "heure de Dakar ?").
_PLACE_TIME_FOR_IT = re.compile(r"^(?:and |et |ok |so )?(?:in |a )?(?!what\b|which\b|quelle\b)[a-z]+(?: [a-z]+)? time"
                                r"(?: (?:for|of) (?:that|it|this|them))?\s*[?!.]*\s*$")
#: A day named relative to today ("today", "demain"): a follow-up naming one replaces the previous question's.
_RELATIVE_DAY = re.compile(r"\b(?:today|tomorrow|yesterday|tonight|aujourd hui|demain|hier|ce soir)\b")
#: A place alone, or its hour asked in French ("London?", "et en heure de Luxembourg ?", "heure de Dakar ?").
_PLACE_ALONE = re.compile(r"^(?:and |et |ok |so )?(?:(?:en |a l )?heure (?:de |d )|(?:in |a |au |en ))?([a-z]+(?: [a-z]+)?)"
                          r"(?: time)?\s*[?!.]*\s*$")
#: A place alone after a follow-up's opener ("what about Lima?", "and Dakar?", "et pour Nouméa ?").
_A_PLACE_AFTER_AN_OPENER = re.compile(r"^(?:what about|how about|and what about|and|et|et pour|and for)\s+([a-z]+(?: [a-z]+)?)"
                                      r"\s*[?!.]*\s*$")
_ENDS_WITH_PLACE = re.compile(r"\b(?:in|at|for|a|au|aux|en|pour)\s+[a-z]+(?:\s[a-z]+)?\s*[?!.]*\s*$")
#: A time zone by its IANA name, last ("and in Pacific/Chatham?", "et en America/Toronto ?").
_ENDS_WITH_A_ZONE = re.compile(r"\b(?:in|at|for|a|au|en|pour)\s+[a-z]+/[a-z]+(?: [a-z]+){0,2}(?:/[a-z]+)?\s*[?!.]*\s*$")
# (folding writes "New_York" as "new york")
#: The same, with a name of up to four words ("and in Ho Chi Minh City?"), for a follow-up that moves to a place.
_ENDS_WITH_A_LONG_PLACE = re.compile(r"\b(?:in|at|for|a|au|aux|en|pour)\s+[a-z]+(?:\s[a-z]+){0,3}\s*[?!.]*\s*$")


#: A place's time, named by the place before "time" ("Dubai time for the opening", "new york time?").
_PLACE_BEFORE_TIME = re.compile(r"\b((?:[a-z]+ )?[a-z]+) time\b")


def _places_before_time(folded: str) -> list[str]:
    """The places named before "time" in a folded question ("dubai time for the opening" gives "dubai")."""
    from bot.questions.places import find_place  # the city table is loaded only when a place is asked

    found = []
    for match in _PLACE_BEFORE_TIME.finditer(folded):
        words_ = match[1].split()
        name = next((" ".join(words_[i:]) for i in range(len(words_)) if find_place(" ".join(words_[i:]))), None)
        if name is not None and name not in v.STOPWORDS:
            found.append(name)
    return found


#: The place a previous time question ended with ("… start in moscow?").
_PLACE_TAIL = re.compile(r"\b(?:in|a|au|aux|en)\s+[a-z]+(?:\s[a-z]+)?\s*[?!.]*\s*$")


#: UTC or GMT, with or without an offset, at the end ("in utc?", "en UTC+1 ?").
_ENDS_WITH_UTC = re.compile(r"\b(?:in|en|a)\s+(?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?: time)?\s*[?!.]*\s*$")


#: Whom a time is asked for, said last ("… for the chairman?", "… pour mon collègue ?").
_FOR_SOMEONE_LAST = re.compile(r"\s+(?:for|pour)\s+(?:the|my|our|a|le|la|mon|ma|notre|nos|mes|un|une)\s+(?:\w+\s+)?"
                               r"(?:chair|chairman|chairperson|president|colleague|colleagues|boss|team|head|delegate|"
                               r"delegation|minister|director|collegue|collegues|chef|equipe|delegue|ministre|"
                               r"directeur|directrice)\s*[?!.]*$")


def changes_place(q: Question, known_stems: Collection[str]) -> bool:
    """Whether the follow-up only moves the previous question to a place, a word the meeting never uses after
    "in"/"à" ("what's that in Delhi?", not "and for contributions?"): the whole previous question is meant."""
    for_someone = _FOR_SOMEONE_LAST.search(q.folded)
    if for_someone is not None:  # "what's that in seoul for the chairman?": the place, whoever it is for
        folded = q.folded[:for_someone.start()].rstrip() + " ?"
        q = replace(q, folded=folded, tokens=tuple(folded.rstrip(" ?").split()))
    if _ENDS_WITH_A_ZONE.search(q.folded) or _ENDS_WITH_UTC.search(q.folded):
        return True  # "And in Pacific/Chatham?", "in utc?": a time zone by its name
    named = _A_PLACE_AFTER_AN_OPENER.match(q.folded)
    if named is not None and (len(named[1].split()) >= 2 or not any(
            stem(v.SYNONYMS.get(w, w)) in known_stems or stem(w) in known_stems for w in named[1].split())):  # "and new
        # york?": a name of two words, one of which ("new") the meeting also uses
        from bot.questions.places import find_place  # the city table is loaded only when a place is asked
        if find_place(named[1]) is not None:
            return True  # "what about Lima?", "et Dakar ?": only a place, after an opener
    match = _ENDS_WITH_PLACE.search(q.folded)
    longer = _ENDS_WITH_A_LONG_PLACE.search(q.folded)
    if longer is not None and longer[0] != (match[0] if match else None):  # "and in Ho Chi Minh City?": a name of
        from bot.questions.places import find_place  # more than two words, when it is one
        if find_place(" ".join(re.findall(r"[a-z]+", longer[0])[1:])) is not None:
            match = longer
    if match is not None and q.lang == "en" and match[0].startswith("a "):
        return False  # "tell me a joke": the English article, not "à"
    said = [w for w in re.findall(r"[a-z]+", match[0])[1:] if w != "time"] if match else []  # "in toronto time?"
    if match is None or len(q.tokens) - len(said) > 6:
        return False
    if len(said) >= 2:  # "et à New York ?": a city of two words, one of which ("new") the meeting also uses
        from bot.questions.places import find_place  # the city table is loaded only when a place is asked
        if find_place(" ".join(said)) is not None:
            return True
    if len(said) == 1 and len(q.tokens) <= 4:  # "et a paris ?": a city of a million or more, though its name's
        from bot.questions.places import find_place  # stem is a word the meeting uses ("pari")
        from bot.questions.zones import BIG_CITY

        place = find_place(said[0])
        if place is not None and place.population >= BIG_CITY:
            return True
    return not any(stem(v.SYNONYMS.get(w, w)) in known_stems or stem(w) in known_stems for w in said)


def place_named(q: Question) -> str | None:
    """The place a question made of a place alone names ("and in New York?" gives "new york"), as folded."""
    match = _ENDS_WITH_A_LONG_PLACE.search(q.folded) or _PLACE_ALONE.match(q.folded)
    if match is None:
        return None
    named = [w for w in re.findall(r"[a-z]+", match[0]) if w not in ("in", "at", "for", "a", "au", "aux", "en", "pour",
                                                                       "and", "et", "time", "heure", "de", "d")]
    return " ".join(named) or None


def only_a_place(q: Question, known_stems: Collection[str]) -> bool:
    """Whether the question asks only when, in a place ("what time in São Paulo?", "quelle heure à Lomé ?"):
    alone it is the opening's time; after a question on another session it is that session's."""
    if _PLACE_TIME_FOR_IT.match(q.folded) and changes_place(q, known_stems):
        return True  # "Shenzhen time for that?", "and lagos time?"
    alone = _PLACE_ALONE.match(q.folded)
    if alone is not None and not any(stem(w) in known_stems for w in alone[1].split()):
        from bot.questions.places import find_place  # the city table is loaded only when a place is asked
        return find_place(alone[1]) is not None  # "London?", "et en heure de Luxembourg ?" after a session
    match = _ENDS_WITH_PLACE.search(q.folded)
    if match is None or not changes_place(q, known_stems):
        return False
    asking = _skeleton_words() | _POINTING | _TOPIC_FREE
    return all(t in asking for t in re.findall(r"[a-z]+", _OPENERS.sub("", q.folded[:match.start()])))


def merged(q: Question, previous: Previous, moved: bool = False) -> str:
    """The follow-up read with what it leaves out: the previous question's topic, or the whole previous
    question when the follow-up only changes a detail ("and in Seoul?"; "and tomorrow?" after today's: tomorrow's)."""
    current = _OPENERS.sub("", q.folded).strip()
    moment = _AFTER_A_CLOCK.sub("", _BEFORE_A_CLOCK.sub("", current.rstrip(" ?!.")))
    clock = _A_CLOCK.fullmatch(moment)  # "and if i do it at 2am?", "and tomorrow at 5am my time?"
    if clock is not None and len(_A_CLOCK.findall(previous.text)) == 1:  # "and 09:30?" after "what's 15:00 Geneva on
        day = _RELATIVE_DAY.search(current)  # Tue 25 Aug in my time?": the same asked of another clock (and of
        base = _RELATIVE_DAY.sub(" ", previous.text) if day else previous.text  # another day, when one is said)
        return _A_CLOCK.sub(clock[0], base) + (f" {day[0]}" if day else "")
    if _RELATIVE_DAY.search(current):
        previous = replace(previous, text=_RELATIVE_DAY.sub(" ", fold(previous.text)))
    if previous.ref is not None and not parse_ref(current):
        current = f"{current} item {previous.ref}"
    asks_anew = not moved and (any(t in _ASKING for t in current.split()) or "how" in current or "comment" in current)
    if asks_anew:
        said = {t.strip("?!.,;:") for t in current.split()}
        left_out = _TIMING if said & _START_END else _TIMING - _START_END  # "what time exactly here?" after "reg
        # closes tmrw right?": the closing asked anew, at what time; "et elle finit quand ?": its own end, not the start
        topic = " ".join(t for t in fold(previous.text).split() if t not in _ASKING and t not in left_out
                         and not (previous.ref is not None and parse_ref(t.strip("?!.,;:")))  # the item is in already
                         and t.strip("?!.,;:") not in _CLAIM_OF_ITS_OWN and not t.strip("?!.,;:").isdigit())  # "la
        # réunion commence le lundi 24 août, c'est ça ?" then "et elle finit quand ?": the meeting, not the date
        if topic and _IT.search(current.rstrip(" ?!.")):  # "how do i end it early?" after "/break 15m": "it" is the
            return _IT.sub(f" {topic} ", current, count=1).strip()  # break, in its place
        return f"{current} {topic}"
    before = previous.text.rstrip(" ?!.")
    if _MISSED_ASKED_NOW.search(current):  # "missed it?" after "still time 2 submit contrib??": whether it was missed,
        before = re.sub(r"(?i)\b(?:still|encore|toujours)\b", " ", before)  # not whether there is still time
    if moved and _CLAIMED_AT_THE_END.search(before):  # "what about Lima?" after "it opens at 11:00 Geneva time, which
        before = _CLAIMED_AT_THE_END.sub("", before)  # is 6:30 here, right?": the question, without the claim of here
        before = _LOCAL_CLAIM.sub(" ", before)  # "l'ouverture c'est à 23h dimanche chez nous": the opening, not Sunday
    if moved and not _PLACE_AT_THE_END.search(f" {current.rstrip(' ?!.')}"):
        current = f"in {current}"  # "and Honiara?": in Honiara, in place of the place asked before
    if moved:  # "what time does it open in hanoi", "and in manila?"; "… a Papeete ?", "et a Nuku'alofa aux Tonga ?": the
        before = _PLACE_AT_THE_END.sub("", before)  # new place instead of the old one, not beside it
        before = _without_a_place_at_the_end(before)  # "opening time new york?" then "and mexico city": no "in"
    return f"{before} {current}"


#: What may come before a clock that alone changes the question before ("and at 2am?", "and if i do it at 2am?",
#: "et si je l'envoie vers 23h ?").
_BEFORE_A_CLOCK = re.compile(r"^(?:(?:if|si) (?:i|we|je|j|on|nous) (?:do|send|submit|upload|post|fais|le fais|envoie|l envoie|"
                             r"soumets|le soumets|poste|le poste)(?: it| that| ca| mine| la mienne)? )?(?:(?:tomorrow|tonight|"
                             r"today|demain|ce soir|aujourd hui) )?(?:at |a |vers |around )?")
#: What may follow such a clock ("… 5am my time", "… 23h chez moi", "… 5am tomorrow").
_AFTER_A_CLOCK = re.compile(r"(?: (?:my time|my local time|local time|here|chez moi|ici|heure locale|for me|pour moi|"
                            r"tomorrow|tonight|demain|ce soir))+$")


#: Last words that end a question without naming a place, whatever towns bear the name.
_NO_PLACE_AT_THE_END = frozenset("time heure here ici now today please pls svp thanks merci me moi us nous".split())


def _without_a_place_at_the_end(text: str) -> str:
    """The text less the place its last one to three words name, when they name one ("opening time new york")."""
    from bot.questions.places import find_place  # the city table is loaded only when a place is asked

    words_ = text.split()
    if words_ and fold(words_[-1]).strip(" ?!.") in _NO_PLACE_AT_THE_END:
        return text  # "… and dont give me geneva time": "time" is no town (there is one called Time, in Norway)
    for size in (3, 2, 1):
        if len(words_) > size + 1 and find_place(fold(" ".join(words_[-size:])).strip(" ?!.")) is not None:
            return " ".join(words_[:-size])
    return text


#: Whether something was missed asked ("missed it?", "too late?", "c'est raté ?").
_MISSED_ASKED_NOW = re.compile(r"\b(?:missed|too late|rate|trop tard|loupe)\b")
#: The asker's own zone said ("I'm on Hawaii-Aleutian time", "we are on Eastern time").
_OWN_ZONE_SAID = re.compile(r"(?i)\b(?:i'?m|i am|we'?re|we are)\s+on\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+time\b")
#: What a claim adds at its end: what it makes of the time where the asker is, and its confirming tail (", which is 6:30
#: here in Newfoundland, right").
_CLAIMED_AT_THE_END = re.compile(r"(?:,?\s*(?:which is|which would be|that is|that's|that s|so|soit|ce qui fait|ce qui "
                                 r"donne|donc)\b[^?]*?)?,?\s*\b(?:right|correct|yes|non|c'est ça|c'est bien ça|"
                                 r"n'est-ce pas|isn't it|true)\s*$", re.IGNORECASE)
#: A clock or weekday the asker claimed of their own place ("23h dimanche chez nous", "6:30 here"), not a Geneva clock.
_LOCAL_CLAIM = re.compile(r"(?:\b(?:at|à|a|on|le|vers)\s+)?(?<![\d:/])\d{1,2}(?:\s*[:h.]\s*\d{2}|\s*h\b|\s*[ap]\.?\s?m\b)(?:\s*[ap]\.?\s?m\b)?"
                          r"(?!\s*(?:geneva|genève|geneve|gva|cest|heure de gen|utc|gmt))|(?:\b(?:on|le)\s+)?\b(?:" + "|".join(WEEKDAY_NAMES) +
                          r")\b|\b(?:chez (?:nous|moi)|here|ici|for me|for us|pour (?:nous|moi))\b", re.IGNORECASE)
#: The day and the confirming tail of a previous claim, which a follow-up asking anew does not claim again.
_CLAIM_OF_ITS_OWN = frozenset(v.MONTHS) | frozenset(WEEKDAY_NAMES) | {"right", "correct", "ca", "yes", "oui", "non", "no"}


#: A clock as written ("09:30", "9h30", "14 h", "3 pm"), which a follow-up of a clock alone puts in its place.
_A_CLOCK = re.compile(r"(?<![\d:/])\d{1,2}(?:\s*[:h.]\s*\d{2}|\s*h\b|\s*[ap]\.?\s?m\b)(?:\s*[ap]\.?\s?m\b)?",
                      re.IGNORECASE)
#: "it" as the object of a verb in a follow-up that asks anew ("how do i end it early?"), which stands for the
#: previous question's topic.
_IT = re.compile(r"(?<=\w)\s+it\s+(?=\w)")
#: A place said last ("… in hanoi", "… à Dakar"), which a follow-up naming another place replaces.
_PLACE_AT_THE_END = re.compile(r"(?:^|\s+)(?:in|at|a|à|en|au)\s+(?!(?:quelle|what|which)\b)[\w'’-]+"
                               r"(?:\s+(?!(?:a|à|in|at|en)\b)[\w'’-]+){0,2}$|,?\s+(?:en\s+)?heure\s+(?:de|d'|d’)\s*[\w'’-]+"
                               r"(?:\s+[\w'’-]+)?$", re.IGNORECASE)  # "…, heure de Genève ?"
