"""Agenda questions: "c'est quoi le point 3h ?", "item 11", "which item covers the IETF",
"is there an item on Kaleidoscope", "how many items", "is item 3h about the IETF?"."""

from __future__ import annotations

import re

from bot.agenda_ref import AgendaRef, parse_ref
from bot.context import Context
from bot.models import AgendaEntry, Meeting
from bot.questions.claims import AN_OFFSET_AFTER, calendar_words
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.clauses import asked_sentence, asking_clauses, opens_with_a_wh_word, points_back, questions_in
from bot.questions.normalize import Question, cased_words, fold, read_question, stem, stems, words
from bot.questions.replies import text_answer
from bot.questions.vocabulary import AGENDA, CONFIRMING, COUNT, MONTHS, STOPWORDS, SYNONYMS, WH_WORDS, YES_NO_PREFIX
from bot.reply import Reply

_REF = re.compile(r"\b(?:item|items|point|points|sub item|subitem|sous point|agenda)\s*(?:n(?:o|r)?\s*)?"
                  r"(\d{1,3}(?:\s*\.?\s*\(?[a-z]\)|[a-z]\b|\s*\.\s*[a-z]\b|\s+[a-z](?=\s*(?:[?!,.]|$)|"
                  r"\s+(?:c est quoi|c est qui|what|is about|stands|means|then|alors|exactly|exactement|svp|pls|please|"
                  r"de l ordre|de l odj|dans l ordre|of the agenda|on the agenda|in the agenda|concerne|"
                  r"couvre|covers|deals|refers)\b)|\s+[b-z](?=\s+(?:porte|portent)\b))?)"  # "3 k porte", not "5 a porté"
                  r"(?!\s*\d)")  # "point 6 r c quoi": 6 r
_BARE = re.compile(r"^\s*(?:what is|what s|c est quoi|qu est ce que)?\s*(\d{1,2}\s*\(?[a-z]\)?)\s*$")
#: An item said to be "relatif à" something ("le point relatif à Kaleidoscope"): what it is on ("relatif" shares its
#: stem with "relations", a topic).
_ITEM_RELATIVE_TO = re.compile(r"(?i)\b(point|item|sous-point|sous point)\s+relati(?:f|ve|fs|ves)\s+(?:[àa]ux?|[àa])\b")
#: Words that say what is asked of the agenda, not what it is about.
ASKING = frozenset(stems("""item items point points sub subitem sous agenda ordre jour topic discussed discuss cover
when quand held eu
parler parle parlera
covers covered about traite aborde concerne which what quel quelle quels there any mention mentions include
includes listed list number many combien how is about deal deals dealing sur parle discute lequel laquelle
y a t il est ce que qu what s whats under sous reported report handled treated traitee traite dealt come comes
parle parler discuss discusse discutee discutees evoque evoquee evoquees evoques evoquer evoquera evoqueront
voir see view show shown afficher consulter montrer montre
parties names name groups noms figure figurent top level niveau principaux principales main just only seulement
concernant consacre dedie
two three four five six seven eight nine ten eleven twelve deux trois quatre cinq sept huit neuf dix onze douze
short shortly version brief briefly bref overview quick quickly nutshell tldr essentiel rapide rapidement
""".split(), languages=False))


#: A sub-item written on its own anywhere in a question: ``2a pls``, ``what is under 2b?``, ``6e, what's that``.
_LOOSE = re.compile(r"(?<![\w:.])(\d{1,2})\s?([a-z])(?!\w|:\d|\s\d)")  # not "un 5 à 7" (an evening drink), "10 a 12"
#: Words after "5G" that make it the mobile network ("5G security", "5G networks", "réseaux 5G" aside).
_NETWORK_AFTER = re.compile(r"\s+(?:network|networks|security|securite|reseau|reseaux|technology|technologie|"
                            r"deployment|deploiement|mobile|nr|core|slicing)\b")
#: A study group said to work on something ("SG17 works on 5G", "is SG17 about 5G?", "the 5G group").
_GROUP_ON_A_FIELD = re.compile(r"\b(?:sg|ce)\s?\d{1,2}\b.*\b(?:on|about|in|sur|the)\s+\dg\b|\b\dg\s+(?:group|groupe|study group)\b")
#: A word that names an agenda entry ("item 5g", "le point 5 g").
_AN_ITEM_WORD = re.compile(r"\b(?:item|items|point|points|sub item|sous point|agenda|ordre du jour)\b")
#: Words after ``8h`` that make it a time somewhere ("8h in lisbon", "9h geneva", "8h heure de Paris").
_PLACE_AFTER = re.compile(r"\s+(?:(?:in|a|en)(?! (?:french|english|francais|anglais|full|detail|details|short)\b)|geneva|"
                          r"geneve|utc|gmt|cet|cest|local|heure|here|there|ici|chez|my time|your time)\b")
#: Words around ``11h``/``3 h`` that make it a time of day, not sub-item h.
_CLOCK_CONTEXT = re.compile(r"\b(?:a|at|vers|from|des|jusqu|avant|apres|heure|heures|time|start|starts|commence|"
                            r"debut|ouvre|fini|finit|until|by|before|after|il est|it s|it is)\s+$")  # "il est 10h …"


def _loose_refs(folded: str, items: int) -> list[AgendaRef]:
    """Sub-items written on their own anywhere in the question, in order, each once; times of day aside."""
    found = []
    folded = _BRACKETED_LETTER.sub(r"\1\2", folded)  # "2(c) and 2(d)": as "2c and 2d"
    for match in _LOOSE.finditer(folded):
        number, letter = int(match[1]), match[2]
        if not 1 <= number <= items:
            continue
        if re.search(r"(?:utc|gmt)\s*\+?\s*$|\+\s*$", folded[:match.start()]):
            continue  # "nous sommes à UTC+1 à Dakar": an offset, not sub-item 1 a
        if letter == "h" and (_CLOCK_CONTEXT.search(folded[:match.start()]) or _PART_OF_DAY.match(folded[match.end():]) or
                              AN_OFFSET_AFTER.match(folded[match.end():]) or
                              re.match(r"\s?\d", folded[match.end():]) or _PLACE_AFTER.match(folded[match.end():])
                              or len(re.findall(r"\b\d{1,2}\s?h\b", folded)) > 1
                              or _DURATION_AFTER.match(folded[match.end():])):
            continue  # "à 11h", "3h30", "8h in lisbon", "9h geneva … 8h": a time of day; "on est 9h devant": hours apart
        if letter in ("a", "p") and re.match(r"\.?\s?m\b", folded[match.end():]):
            continue  # "it is now 3 a.m. on 12 August": a clock, not sub-item 3 a
        if letter == "c" and re.match(r"\s+est\b", folded[match.end():]):
            continue  # "le 6 c'est quoi ?": "c'est", not sub-item c
        if letter == "e" and _ORDINAL_OF.match(folded[match.end():]):
            continue  # "et pour le 2e jour ?": the second day, not sub-item 2 e
        if (number, letter) in ((5, "g"), (4, "g"), (3, "g")) and (
                re.search(r"\b(?:la|de|en)\s+$", folded[:match.start()]) or _NETWORK_AFTER.match(folded[match.end():])
                or _GROUP_ON_A_FIELD.search(folded) and not _AN_ITEM_WORD.search(folded)):
            continue  # "une session sur la 5G", "4G networks", "SG17 works on 5G, right?": a mobile generation
        found.append(AgendaRef(number, letter))
    return list(dict.fromkeys(found))


#: An either-or question's "or" ("is 3k about the SDL forum or the UPU?"), not "or not", "or so", "ou pas".
_EITHER_OR = re.compile(r"\s(?:or|ou)\s(?!(?:not|pas|something|so|anything|autre|quoi)\b)")
#: A sub-item's letter in brackets after its item's number ("2(c)", "6 (o)").
_BRACKETED_LETTER = re.compile(r"\b(\d{1,2})\s?\(([a-z])\)")
#: A part of the day after "4 h" ("4 h de l'après-midi", "8 h du matin"): a time of day, not sub-item h.
_PART_OF_DAY = re.compile(r"\s+(?:de l apres midi|de l apresmidi|du matin|du mat|du soir|de la nuit|in the (?:morning|afternoon|"
                          r"evening)|icitte|ici|here|local)\b")
#: What a French ordinal ("2e", "3e") counts: days, sessions, weeks — never an agenda letter.
_ORDINAL_OF = re.compile(r"\s*(?:jour|jours|journee|seance|seances|session|sessions|semaine|day|week|reunion|fois|"
                         r"partie|delegue|point)\b")


#: What a number of hours is said of ("3h blocks", "3h sessions", "2h long", "3h par jour"): a duration, no sub-item.
_DURATION_AFTER = re.compile(r"\s+(?:blocks?|slots?|sessions?|seances?|chunks?|long|each|straight|max|maximum|per day|a day|"
                             r"par jour|de suite|d affilee|de pause|break|breaks|pause|pauses)\b")


def _loose_ref(folded: str, items: int) -> AgendaRef | None:
    refs = _loose_refs(folded, items)
    return refs[0] if refs else None


#: "item 7, 8, 9 and 10", "6b and 6c", "points 3 et 4", "item 8, and 6j", "2c an 2d": several references in one question.
_LIST = re.compile(r"\b(?:items?|points?|sub items?|sous points?)?\s*(\d{1,2}(?:\s?[a-z]\b)?)((?:(?:(?:\s*(?:,|and|an|et|&|vs|or|ou|puis)\s*)+|"
                   r"\s+(?=\d{1,2}\b))"  # "items 7 8 and 9?": numbers side by side too
                   r"(?:(?:the|le|la|l)\s+)?(?:item|point)?\s*\d{1,2}(?:\s?[a-z]\b(?!\s+est\b))?)+)")
#: (a letter is no sub-item before "est": "le point 10 c'est quoi ?")


#: A span of items: "items 7 to 10", "points 7 à 10", "items 7-10", "item 3 through 5".
_RANGE = re.compile(r"\b(?:items?|points?)\s+(\d{1,2})\s*(?:to|through|thru|until|till|a|à|au|jusqu au|-|–)\s*(\d{1,2})\b(?!\s?[a-z]\b)")


#: A span of sub-items of one item: "6j through 6r", "3a-3d", "6 a to i", "points 4a à 4c".
_SUB_RANGE = re.compile(r"\b(\d{1,2})\s?([a-z])\s*(?:(?:to|through|thru|until|till|a|au|jusqu au)\b|-|–)\s*(?:(\d{1,2})\s?)?"
                        r"([a-z])\b")


def _sub_range(q: Question, items: int) -> list[AgendaRef]:
    """The sub-items of a span written with their letters, in order; [] when the question writes none."""
    span = _SUB_RANGE.search(q.folded) or _SUB_RANGE.search(q.raw.lower())
    if span is None or (span[3] is not None and span[3] != span[1]) or not 1 <= int(span[1]) <= items \
            or span[2] >= span[4]:
        return []
    return [AgendaRef(int(span[1]), letter) for letter in map(chr, range(ord(span[2]), ord(span[4]) + 1))]


def refs_listed(q: Question, items: int) -> list[AgendaRef]:
    """The references a question lists together ("item 7, 8, 9 and 10?", "the difference between 6b and 6c"),
    in order, when there are two or more; [] otherwise."""
    span = _RANGE.search(q.folded) or _RANGE.search(q.raw.lower())
    if span is not None and 1 <= int(span[1]) < int(span[2]) <= items:  # "items 7 to 10", "points 7 à 10", "7-10"
        spanned = [AgendaRef(number, None) for number in range(int(span[1]), int(span[2]) + 1)]
        rest = (q.folded if _RANGE.search(q.folded) else q.raw.lower()).replace(span[0], " ")
        before = [ref for ref in (parse_ref(text.replace(" ", "")) for text in re.findall(r"\b\d{1,2}\s?[a-z]\b", rest))
                  if ref is not None and ref.letter is not None and 1 <= ref.number <= items]  # "c'est quoi le 6r ? et
        return list(dict.fromkeys(before + spanned))  # … les titres des points 7 à 10": 6 r too
    letters = _sub_range(q, items)
    if len(letters) >= 2:  # "6j through 6r?": every sub-item between them
        return letters
    side_by_side = _side_by_side(q.folded, items)
    if len(side_by_side) >= 2:
        return _with_the_rest_listed(q.folded, items, side_by_side)  # "4a 4b 4c and 6i quickly": 6 i too
    asked_apart = _loose_refs(q.folded, items)
    if len(asked_apart) >= 2:  # "what's 3f, and what's 3a?"
        return _with_the_rest_listed(q.folded, items, asked_apart)  # "point 8, 2e et 5g c koi ?": 8 too
    letters_after = _LETTERS_AFTER.search(q.folded)
    if letters_after is not None:  # "le point 2 c et d ?", "6b, c and d": sub-items of one item
        number = letters_after[1]
        refs = [parse_ref(f"{number}{letter}") for letter in [letters_after[2], *re.findall(r"\b[a-z]\b",
                                                                                             letters_after[3])]]
        kept = [ref for ref in refs if ref is not None and 1 <= ref.number <= items]
        if len(kept) >= 2:
            return list(dict.fromkeys(kept))
    return _listed(q.folded, items)


def _with_the_rest_listed(folded: str, items: int, found: list[AgendaRef]) -> list[AgendaRef]:
    """The references found, with the others the question lists beside them, in the order written."""
    every = list(dict.fromkeys([*found, *_loose_refs(folded, items), *_listed(folded, items)]))
    if len(every) == len(found):
        return found

    def written_at(ref: AgendaRef) -> int:
        at = re.search(rf"\b{ref.number}\s?{ref.letter or ''}\b(?!\s?[a-z]\b)" if ref.letter is None
                       else rf"\b{ref.number}\s?\(?{ref.letter}\b", folded)
        return at.start() if at else len(folded)
    return sorted(every, key=written_at)


def _listed(folded: str, items: int) -> list[AgendaRef]:
    """The references of a list written with commas and "and" ("item 7, 8, 9 and 10", "6b and 6c"); [] unless two
    or more."""
    match = _LIST.search(folded)
    if match is None or not re.search(r"\b(?:item|items|point|points|sub items?|sous points?)\b|\d[a-z]\b", folded):
        return []
    if re.search(r"\d\s+\d", match[0]) and not re.match(r"(?:items?|points?|sub items?|sous points?)\b", match[0].strip()):
        return []  # "testing 1 2 - what's 4b?": numbers side by side are a list only after "items"
    found = [parse_ref(text.replace(" ", "")) for text in re.findall(r"\d{1,2}(?:\s?[a-z]\b(?!\s+est\b))?", match[0])]
    refs = [ref for ref in found if ref is not None and 1 <= ref.number <= items]
    return list(dict.fromkeys(refs)) if len(refs) >= 2 else []


#: Letters listed after one sub-item, of the same item: "2 c et d", "6b, c and d".
_LETTERS_AFTER = re.compile(r"\b(\d{1,2})\s?([a-z])((?:\s*(?:,|\bet\b|\band\b|&)\s*[a-z]\b)+)"
                            r"(?=\s*(?:[?!.,;]|$|c est\b|what|qu|quoi))")


#: Sub-items written side by side, with nothing between them but spaces or slashes: "4d 4e 4h?", "3e/3f".
_SIDE_BY_SIDE = re.compile(r"^(?:[^\d]*?)((?:\d{1,2}[a-z](?:\s*/\s*|\s+(?:puis\s+|pis\s+|then\s+|plus\s+)?)){1,}"
                           r"\d{1,2}[a-z])\b")  # "3e 3f 3g pis 3k c quoi?"


def _side_by_side(folded: str, items: int) -> list[AgendaRef]:
    """Sub-items written one after the other ("4d 4e 4h?"), in order; [] when fewer than two."""
    match = _SIDE_BY_SIDE.search(folded)
    if match is None or _CLOCK_CONTEXT.search(folded[:match.start(1)]):
        return []
    refs = [parse_ref(text) for text in re.findall(r"\d{1,2}[a-z]", match[1])]
    return list(dict.fromkeys(r for r in refs if r is not None and 1 <= r.number <= items))


#: Items asked under an item's number: "items under 5?", "les sous-points du 6", "sub-items of 4".
_UNDER_ITEM = re.compile(r"\b(?:items?|sub items?|subitems?|points?|sous points?)\s+(?:under|of|in|for|sous|du|de|dans)\s+"
                         r"(?:item\s+|point\s+|le\s+|the\s+)?(\d{1,2})\b(?!\s?[a-z]\b)"
                         r"|^(?:and |et )?(?:what s|whats|what is|what|c est quoi|qu y a t il|quoi)\s+(?:is\s+|il y a\s+)?"
                         r"(?:under|sous)\s+(?:le\s+)?(\d{1,2})\s*[?!.]*$")  # "what's under 4?": its sub-items


def find_ref(q: Question, items: int = 99) -> AgendaRef | None:
    """The agenda reference the question names (``point 3h``, ``item 3 (h)``, ``item 11``, or a
    sub-item such as ``2a`` on its own anywhere in the question), if any."""
    match = _REF.search(q.folded) or _BARE.match(q.folded) or _UNDER_ITEM.search(q.folded) \
        or _UNDER_A_NUMBER_FOR.search(q.folded)
    if match:
        return parse_ref(match[1] or match[2])
    return _loose_ref(q.folded, items)


#: An item named by "under" and its number before what is asked of it ("whats under 6 for liaison stmts …?").
_UNDER_A_NUMBER_FOR = re.compile(r"\b(?:under|sous)\s+(?:item\s+|point\s+|le\s+)?(\d{1,2})()\s+(?:for|about|on|pour|sur|"
                                 r"concernant)\b")

_GROUP = re.compile(r"(?:sg|ce)\d+")

#: Words that ask the agenda itself (unlike "point", which may be a "focal point").
EXPLICIT = ("agenda", "ordre du jour", "odj", "item", "items", "sub item", "sous point", "agenda item")
#: Asking under which item, without naming the agenda ("IETF liaison is discussed under?").
UNDER_ASKED = ("discussed under", "covered under", "handled under", "falls under", "fall under", "comes under",
               "come under", "dealt with under", "goes under", "go under", "traite sous", "discute sous",
               "quel point", "c est quel point", "which item", "what item", "quel sous point")
#: Asking where something is discussed, without naming the agenda ("where are relations with ITU-D handled?", "où sont
#: traitées les relations avec l'UIT-D ?").
_WHERE_DISCUSSED = re.compile(r"\b(?:where|ou|in which|dans quel|dans quelle)\b.*\b(?:discussed|covered|handled|"
                              r"dealt with|traite|traitee|traitees|traites|aborde|abordee|abordees|abordes|discute|"
                              r"discutee|discutees|discutes|take up|takes up|taken up|taking up|come up|comes up|"
                              r"examined|considered|examine|examinee|examinees|examines|decide|decided|decides|decider|"
                              r"decidera|decide t on|decidons)\b")  # "where do we decide on correspondence groups …?"
#: Asking where something is taken up ("where do we take up the GSC?", "where is the CTO meeting considered?").
_TAKEN_UP = re.compile(r"\b(?:where|in which|under which|ou|dans quel|dans quelle|sous quel)\b.*\b(?:take up|takes up|"
                       r"taken up|taking up|considered|examined|examine|examinee|examinees|examines|decide|decided|"
                       r"decides|decider|decidera|decide t on|decidons)\b")
FIRST = ("first", "premier", "premiere", "1st")
LAST = ("last", "final", "dernier", "derniere")
#: The agenda's last items, or those after an item ("the last items after item 6", "les derniers points").
LAST_ITEMS = ("last items", "final items", "remaining items", "last few items", "closing items", "items after",
              "last two items", "last 2 items", "last three items", "last 3 items", "deux derniers points",
              "trois derniers points",
              "derniers points", "points restants", "points apres", "points suivants", "items that follow",
              "last agenda items", "last two agenda items", "last 2 agenda items", "last three agenda items",
              "final agenda items", "last few agenda items", "derniers points de l ordre du jour",
              "deux derniers points de l ordre du jour")
LAST_FEW = 3
#: The agenda's note named ("the agenda updates", "les mises à jour de l'ordre du jour", "TD3000"): what it answers.
_THE_NOTE_NAMED = ("update", "updates", "updated agenda", "mise a jour", "mises a jour", "td3000")
#: "After 6", "après le 6": the items after that number.
_AFTER_NUMBER = re.compile(r"\b(?:after|apres)\s+(?:item\s+|point\s+|le\s+|le point\s+)?(\d{1,2})\b(?!\s*[a-z]\b|\s*(?:pm|am|h|"
                           r"hours?|heures?|days?|jours?|min|minutes?|weeks?|semaines?|o clock)\b)")
#: Stems of the words that name an item by its place in the list, never a topic ("the last one", "first item").
_PLACE_WORDS = frozenset(stems("last first final one dernier derniere premier premiere".split(), languages=False))
#: The agenda's first or last item asked by its place: "last agenda item?", "le dernier point de l'ordre du jour".
FIRST_ITEM = ("first item", "first agenda item", "first point", "premier point", "1st item")
LAST_ITEM = ("last item", "last agenda item", "final item", "final agenda item", "last point", "dernier point",
             "closing item", "last one", "final one", "the last of them")


def _ordinal_child(ctx: Context, q: Question, entry: AgendaEntry) -> AgendaEntry | None:
    """"the last sub-item under item 6", "le premier sous-point du point 3": that sub-item, else None."""
    if entry.parsed.letter is not None or not q.has("sub item", "subitem", "sous point", "sub items", "sous points",
                                                    "sub point", "subpoint"):
        return None
    children = ctx.agenda.children(entry)
    if children and q.has(*LAST):
        return children[-1]
    if children and q.has(*FIRST):
        return children[0]
    return None


#: "after 5g", "what comes after 3n?", "le point avant le 5": the entry after or before the one named, asked
#: right before its reference ("remind me what 6m is before I announce it" asks 6m itself).
_NEIGHBOUR = re.compile(r"\b(?P<way>after|apres|following|follows|before|avant|preceding|precedes)\s+"
                        r"(?:(?:the|le|la|l|item|point|sub item|sous point|agenda)\s+)*(?P<ref>\d{1,2}(?:\s?[a-z]\b)?)")
_AFTER_WORDS = frozenset({"after", "apres", "following", "follows"})
#: A number of items claimed ("the agenda has 12 items, right?", "l'ordre du jour a 12 points ?").
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
                 "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
_COUNT_CLAIMED = re.compile(r"\b(?:has|have|a|compte|with|avec)\s+(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+"
                            r"(?:agenda\s+)?(?:items|points)\b")

#: An entry asked beside another named by its title ("what comes right before closing?", "quel point vient après
#: kaleidoscope ?").
_BESIDE_TITLE = re.compile(r"\b(?:comes?|coming|vient|what s|whats|next|which item|quel point|is)\b(?: right| just| juste)?\s+"
                           r"(?P<way>after|apres|before|avant)\b")


_NEXT_WORDS = frozenset({"next", "suivant", "suivante", "ensuite"})


def _neighbour(ctx: Context, q: Question, entry: AgendaEntry) -> AgendaEntry | None:
    """The entry right after (or before) the one named, in agenda order: after "3 n)" comes "4.", after "5 g)"
    "6."; None when neither is asked or there is none."""
    asked = _NEIGHBOUR.search(q.folded)
    if asked is None:
        return beside(ctx, entry, 1) if _WHAT_COMES_NEXT.search(q.folded) else None  # "we're on item 5 now,
        # what's next?"
    return beside(ctx, entry, 1 if asked["way"] in _AFTER_WORDS else -1)


#: The next entry asked of the one named ("we're on item 5 now, what's next?", "on est au point 3, et ensuite ?").
_WHAT_COMES_NEXT = re.compile(r"\b(?:what s|whats|what is|what comes|and|et|c est quoi|quoi)\s+(?:the\s+)?next\b|"
                              r"\bnext one\b|\bet ensuite\b|\bet apres\b|\bqu est ce qui suit\b|\bquel est le suivant\b|"
                              r"\bwhat follows\b|\bc est quoi la suite\b")


def beside(ctx: Context, entry: AgendaEntry, step: int) -> AgendaEntry | None:
    """The entry ``step`` places after (or, negative, before) ``entry`` in agenda order: an item among the items,
    a sub-item among every entry (after "3 n)" comes "4."); None past either end."""
    order = ctx.agenda.items() if entry.parsed.letter is None else ctx.agenda.entries
    at = next((i for i, e in enumerate(order) if e is entry), None)
    if at is None or not 0 <= at + step < len(order):
        return None
    return order[at + step]


def label(entry: AgendaEntry) -> str:
    """How the agenda prints a reference: ``3 h)`` or ``3.``."""
    return entry.parsed.label


def sub_label(entry: AgendaEntry) -> str:
    """A reference as said in a sentence ("item 3 h)", "item 3"): the agenda's, without an item's full stop."""
    return entry.parsed.label.rstrip(".")


def describe(ctx: Context, entry: AgendaEntry, lang: str) -> list[str]:
    """An entry with its parent, its sub-items and its bulleted names."""
    lines = [say("ag.entry", lang, label=label(entry), title=entry.title_in(lang))]
    parent = ctx.agenda.parent(entry)
    if parent is not None:
        lines.append(say("ag.under", lang, parent=parent.ref, title=parent.title_in(lang)))
    children = ctx.agenda.children(entry) if entry.parsed.letter is None else []
    if children:
        lines.append(say("ag.subs", lang, subs="; ".join(
            f"{label(c)} {c.title_in(lang)}" + (f" ({', '.join(c.entries)})" if c.entries else "") for c in children)))
    if entry.entries:
        lines.append(say("ag.bullets", lang, names=", ".join(entry.entries)))
    return lines


def _names(entry: AgendaEntry) -> list[str]:
    """An entry's bulleted names, as one indented line, if it has any."""
    return [f"  ({', '.join(entry.entries)})"] if entry.entries else []


def _missing(ctx: Context, ref: AgendaRef, lang: str) -> str:
    items = ctx.agenda.items()
    parent = ctx.agenda.get(AgendaRef(ref.number))
    if parent is None:
        return say("ag.no_item", lang, ref=ref.number, count=len(items), first=items[0].ref, last=items[-1].ref)
    subs = ctx.agenda.children(parent)
    if not subs:
        return say("ag.no_subs", lang, number=ref.number, ref=ref.label)
    letters = f"{subs[0].parsed.letter}–{subs[-1].parsed.letter}" if len(subs) > 1 else str(subs[0].parsed.letter)
    return say("ag.no_sub", lang, number=ref.number, letters=letters, ref=ref.label)


#: The agenda's items asked as a list ("the main items of the draft agenda", "les grands points du projet d'ordre du
#: jour", "what's on the draft agenda?").
_ITEMS_LISTED = ("items", "item", "points", "point", "what s on", "whats on", "contents", "contenu", "main", "principaux",
                 "grands", "list", "liste", "summary", "resume", "overview")


def topic_words(q: Question, ref: AgendaRef | None) -> tuple[list[str], str]:
    """The stems that say what the question is about, and those words as the asker wrote them."""
    raw = cased_words(q.raw)
    as_written = {fold(w): w for w in re.findall(r"\w+", q.raw)}  # each word with its accents, found by its folding
    as_written.update({re.sub(r"\W", "", fold(w)): w for w in re.findall(r"\w+(?:-\w+)+", q.raw)})  # "ITU-D", read "itud"
    kept_stems, shown = [], []
    for index, token in enumerate(q.corrected):
        s = stem(SYNONYMS.get(token, token))
        following = q.corrected[index + 1:index + 4]
        if token in STOPWORDS or s in ASKING or (ref is not None and parse_ref(token)) or token.isdigit() \
                or _GROUP.fullmatch(token):  # "the SG17 plenary": the group names no agenda topic
            continue
        if token in ("draft", "projet") and any(word in ("agenda", "ordre", "odj") for word in following) \
                and q.has(*_ITEMS_LISTED):
            continue  # "the main items of the draft agenda": the agenda itself (not 4 h, "SG17 Projects")
        kept_stems.append(s)
        written = raw[index] if len(raw) == len(q.corrected) else token  # a phrase read as one word shifts them
        shown.append(as_written.get(fold(written), written))
    return kept_stems, " ".join(shown)


#: The weighted share of the topic words an agenda entry must hold to be named as covering it.
SEARCH_COVERAGE = 0.6


def search(kb: Knowledge, query: list[str]) -> list[AgendaEntry]:
    """Agenda entries the words fit, best first: most of the words (weighted by rarity) must be in the entry."""
    allowed = {i for i, e in enumerate(kb.entries) if e.kind == "agenda"}
    matches = [m for m in kb.ranker.rank(query, limit=5, allowed=allowed) if m.confidence >= SEARCH_COVERAGE]
    by_ref = {e.ref: e for e in kb.meeting.agenda.items}
    return [by_ref[kb.entries[m.index].key] for m in matches]


def _on_the_agenda(kb: Knowledge, query: list[str]) -> list[str]:
    """The query's words that some agenda entry holds (not "understand", "statement" said around a claim)."""
    held = [i for i, e in enumerate(kb.entries) if e.kind == "agenda"]
    return [t for t in query if any(t in kb.ranker.documents[i] for i in held)]


#: Words that ask about the agenda itself, and name nothing on it.
_ABOUT_THE_AGENDA = frozenset("ordre agenda items points figure figurent quelle quelles which where there listed "
                              "appears appear".split())


def _by_words_as_written(found: list[AgendaEntry], q: Question) -> list[AgendaEntry]:
    """The entries found, less those that hold at least two fewer of the question's words, as written, than the best
    ("quel rapport de e-plénière ?": 2 b holds "rapport" and "plénière"; 6 o only "Rapporteur", which stems alike)."""
    asked = {w for w in words(fold(q.raw)) if len(w) >= 5 and w not in _ABOUT_THE_AGENDA}  # "plénière" too, which
    # names no topic elsewhere
    held = [len(asked & set(words(fold(" ".join([e.title, e.title_fr or "", *e.entries]))))) for e in found]
    best = max(held, default=0)
    return [e for e, count in zip(found, held) if count >= best - 1] if best >= 2 else found


#: The agenda's note points to where something is ("updates … can be found in TD3000"): asking where, or in
#: which document, is asking the note.
NOTE_POINTS_TO = ("document documents doc docs find found trouver trouvent trouve located see voir voit consulter published "
                  "prendre connaissance")


def _note_and_titles(kb: Knowledge) -> tuple[set[str], set[str]]:
    """The stems of the agenda's note and of all its titles, worked out once per meeting."""
    cached = kb.memo.get("agenda_note_and_titles")
    if cached is None:
        m = kb.meeting
        note = set(stems(words(fold(f"{m.agenda.note} {m.agenda.note_fr or ''} {NOTE_POINTS_TO}")), STOPWORDS))
        titles = set(stems(words(fold(" ".join(f"{e.title} {e.title_fr or ''}" for e in m.agenda.items))),
                           STOPWORDS))
        cached = kb.memo["agenda_note_and_titles"] = (note, titles)
    return cached  # type: ignore[return-value]


def own_stems(entry: AgendaEntry) -> set[str]:
    """The stems of an item's titles (English and French) and of the names it lists."""
    return set(stems(words(fold(" ".join([entry.title, entry.title_fr or "", *entry.entries]))), STOPWORDS))


def _an_item_holds(kb: Knowledge, query: list[str]) -> bool:
    """Whether an item holds every word of a question of two words or more."""
    return len(set(query)) >= 2 and any(set(query) <= own_stems(e) for e in search(kb, query))


def _about_note(kb: Knowledge, query: list[str]) -> bool:
    """Whether the question asks about the agenda's note ("where are the agenda updates?", "TD3001?"):
    all its words are in the note, or it shares a word with the note that no agenda title has."""
    note, titles = _note_and_titles(kb)
    if set(query) <= note:
        return True
    if set(query) & (note - titles):
        return True
    numbered = [term for term in note if any(ch.isdigit() for ch in term)]  # TD3000
    if any(len(term) >= 2 and n.startswith(term) for term in query for n in numbered):
        return True  # "which TD has the latest agenda?"
    shape = {re.sub(r"\d+", "#", term) for term in numbered}
    return any(re.sub(r"\d+", "#", term) in shape for term in query)  # "TD3001?" beside the note's TD3000


def _note(m: Meeting, lang: str) -> str:
    return (m.agenda.note_fr or m.agenda.note or "") if lang == "fr" else (m.agenda.note or "")


#: The agenda's own note asked for ("quelle est la note placée en tête de l'annexe B ?", "what does the note on the
#: agenda say?").
_THE_NOTE_ASKED = re.compile(r"\bnote\b(?:\s+\w+){0,8}?\s+(?:annex|annexe|agenda|ordre du jour)\b|\b(?:annex|annexe|"
                             r"agenda|ordre du jour)\b(?:\s+\w+){0,4}?\s+note\b")


def agenda_note(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The agenda's note, when the question asks for it ("the note at the head of Annex B?"); None otherwise."""
    note = _note(ctx.meeting, q.lang)
    if not note or not _THE_NOTE_ASKED.search(q.folded):
        return None
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), note)


#: A document number as written in a question or a note ("TD 3001", "td3000").
_DOCUMENT_NUMBER = re.compile(r"\btd\s?(\d{2,5})\b", re.IGNORECASE)


def _note_checked(m: Meeting, q: Question) -> list[str]:
    """The agenda's note, after a "No:" when the question names another document than the note's ("agenda updates
    are in TD 3001?": TD3000) or a "Yes:" when it names the same one and asks to confirm."""
    note = _note(m, q.lang)
    claimed, noted = _DOCUMENT_NUMBER.search(q.folded), _DOCUMENT_NUMBER.search(m.agenda.note or "")
    if claimed is None or noted is None:
        return [say("ag.note", q.lang, note=note)]
    verdict = "pr.yes" if claimed[1] == noted[1] else "pr.no"
    return [say(verdict, q.lang, text=f"{note[:1].lower()}{note[1:]}.")]


#: Who asks, said first ("hi, I'm from ARCEP Togo, whats the agenda", "bonjour, je suis de l'ANRT, …"): no topic.
_WHO_ASKS_FIRST = re.compile(r"^(?:(?:hi|hello|hey|bonjour|salut|good morning)\b[\s,!.]*)?(?:(?:i[’']?m|im|i am|we[’']?re|"
                             r"we are) from|(?:je suis|nous sommes) (?:de|du|d[’'])|i represent|je représente|"
                             r"je represente)\b[^,.;!?]*[,.;!?]\s*", re.IGNORECASE)


#: The agenda asked about as a document: who drew it up, whether it is a draft ("is the agenda final or draft?",
#: "which chair approved the agenda", "l'ordre du jour est-il définitif ?").
THE_AGENDA_ITSELF = re.compile(
    r"\b(?:agenda|ordre du jour|odj)\s+(?:is |est |is it |est il |still |encore |already |deja |)*(?:final|finale|"
    r"definitive?|definitif|draft|provisional|provisoire|a draft|un projet|approved|approuve|agreed|valide)\b"
    r"|\b(?:who|qui|chair|president|presidente)\b(?:\s+\w+){0,3}\s+(?:approved|approves|approve|prepared|drafted|"
    r"drew up|agreed|approuve|a approuve|etabli|a etabli|prepare|a prepare|redige|a redige)\s+(?:the |l |le )?"
    r"(?:draft |projet d |projet de )?(?:agenda|ordre du jour|odj)\b"
    r"|\b(?:agenda|ordre du jour|odj)\s+(?:was |is |has been |a ete |est |been )?(?:prepared|drafted|drawn up|drew up|"
    r"agreed|established|written|set|prepare|etabli|redige|elabore|fixe)\b")  # "the draft agenda was prepared by TSB
# alone …?": who drew it up, not an item naming TSB


#: Who chairs or leads asked ("who chairs SG17 overall?", "qui préside la réunion ?"), a person of the meeting.
_WHO_CHAIRS = re.compile(r"^(?:and |et |so )?(?:who|qui)\s+(?:chairs|is chairing|leads|presides|is the chair|is the chairman|"
                         r"preside|est le president|est la presidente|dirige)\b")
#: What a word means asked ("what is that", "what does TAP mean", "stands for", "que veut dire", "ça signifie quoi").
ASKS_WHAT_IT_MEANS = re.compile(r"\b(?:what is that|what s that|whats that|what does \w+ mean|what does \w+ stand for|"
                                 r"stand for|stands for|que veut dire|veut dire quoi|ca veut dire)\b|\b\w+ (?:mean|means)\s*[?!.]*$")


def acronyms_asked_of(ctx: Context, q: Question, ref: AgendaRef | None) -> list[str]:
    """The acronyms of the referenced entry's title whose meaning the question asks ("item 2c says AAP what is that":
    AAP); [] when no entry is named or no meaning is asked."""
    entry = ctx.agenda.get(ref) if ref is not None else None
    if entry is None or not ASKS_WHAT_IT_MEANS.search(q.folded):
        return []
    return [word for word in re.findall(r"\b[A-Z]{2,6}\b", q.raw) if word in entry.title and word not in ("SG", "ITU")]


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The reply to an agenda question, or None when the question is not about the agenda."""
    who = _WHO_ASKS_FIRST.match(q.raw)
    if who is not None and len(q.raw[who.end():].split()) >= 2:
        q = read_question(q.raw[who.end():], q.lang, kb.corrector)
    if _ITEM_RELATIVE_TO.search(q.raw):  # "Le point relatif à Kaleidoscope, c'est lequel ?": "relatif à" says what
        on = "sur" if q.lang == "fr" else "on"  # the item is on, as "sur" ("the item relative to X": "on X")
        q = read_question(_ITEM_RELATIVE_TO.sub(rf"\1 {on}", q.raw), q.lang, kb.corrector)
    m, lang = ctx.meeting, q.lang
    title = say("ag.title", lang)
    listed = refs_listed(q, len(ctx.agenda.items()))
    if listed and all(ctx.agenda.get(r) is not None for r in listed):  # "item 7, 8, 9 and 10?", "6b and 6c"
        checked = _each_claim_checked(ctx, q, kb) if _asks_yes_or_no(q) else None
        if checked is not None:  # "JTC 1 is under 3h and ETSI under 3i, right?": each claim checked
            return text_answer(m, lang, title, *checked)
        lines = [line for r in listed for line in describe(ctx, ctx.agenda.get(r), lang)[:1] + _names(ctx.agenda.get(r))]
        return text_answer(m, lang, title, *lines)
    ref = find_ref(q, len(ctx.agenda.items()))
    from bot.questions.time_intent import NEXT_SESSION  # the time intent imports this module

    if ref is None and q.has(*NEXT_SESSION) and ctx.meeting.sessions \
            and not re.search(r"\b(?:items?|points?|sub items?|agenda|ordre du jour)\b", fold(q.raw)):  # as written
        return None  # "c'est quoi le prochain truc au programme ?": the next session, not items named "prochaine"
    if ref is None and q.has("annex", "annexe", "annexes", "annexed"):
        return None  # "dans quelle annexe se trouve le projet d'ordre du jour ?": the letter's annexes are asked
    if ref is None and THE_AGENDA_ITSELF.search(q.folded):
        return None  # "which chair approved the agenda, and is it final or draft?": the agenda as a document
    if q.has(*LAST_ITEMS) and not q.has("sub item", "subitem", "sous point", "first and", "premier et", "premiers et"):
        # "the last items after item 6?" (not "the first and last items")
        items = ctx.agenda.items()
        few = 2 if q.has("two", "2", "deux") else LAST_FEW
        after = _AFTER_NUMBER.search(q.folded)
        since = ref.number if ref is not None else int(after[1]) if after else None  # "the last items after 6?"
        later = [e for e in items if since is not None and e.parsed.number > since and not q.has("two", "deux")] \
            or items[-few:]
        return text_answer(m, lang, title, *[line for e in later for line in describe(ctx, e, lang)[:1]])
    if ref is None and (_asks_elsewhere(q, kb) or q.has(*FORMAT_ASKED)):
        return None  # "Booking agendas for 2 delegates - is registration still possible?": the agenda is context;
        # "the agenda header says Geneva, so it's a physical meeting?": the meeting's format is asked
    beside_ref = _NEIGHBOUR.search(q.folded)
    if ref is None and beside_ref is not None and q.has(*AGENDA):  # "le point avant le 5 ?"
        ref = parse_ref(beside_ref["ref"].replace(" ", ""))
    if ref is None and not q.has(*AGENDA) and not _TAKEN_UP.search(q.folded):  # "where do we take up the CTO
        return None  # meeting?" asks where on the agenda
    if acronyms_asked_of(ctx, q, ref):
        return None  # "item 2c says AAP what is that": what the acronym means, not the item again
    if ref is not None and ref.letter is None and q.has(*HOUR_ASKED) and not q.has("and", "et") and _OPENS_OR_CLOSES.match(
            fold(getattr(ctx.agenda.get(ref), "title", "") or "")):  # "At what hour will the closing (item 10) take
        return None  # place?": the meeting's opening or closing hour, which the times answer (or say is not given)
    asked_sentences = questions_in(q.raw)
    if ref is not None and len(asked_sentences) == 1 and "?" in q.raw \
            and find_ref(read_question(asked_sentences[0], q.lang), len(ctx.agenda.items())) is None \
            and not read_question(asked_sentences[0], q.lang).has(*AGENDA) \
            and _WHO_CHAIRS.match(fold(asked_sentences[0])):
        return None  # "who chairs SG17 overall? I'll hand over to him after item 1": a person asked, the item is context
    if ref is not None and _ref_is_context(q, ref, kb):
        return None  # "I'd like to make an intervention on item 3h, how do I ask to speak?": the floor is asked
    asking = _asking_sentence_of(q, ref, kb)
    query, shown = topic_words(asking, ref)
    known = [term for term in query if term in kb.ranker.idf]
    named = q.names - set(calendar_words())  # "the 29 June e-plenary": a month is no name
    if known and len(known) < len(query) and not named & set(q.tokens) - set(kb.vocabulary):
        query = known  # "is IPR on the agenda somewhere?", "GSC falls under which item": everyday words aside
        shown = " ".join(w for w in shown.split() if stem(SYNONYMS.get(fold(w), fold(w))) in known)
    if ref is not None:
        entry = ctx.agenda.get(ref)
        if entry is None:  # "agenda item 11 is AOB right?": no item 11, and where AOB is
            found = search(kb, query) if query else []
            elsewhere = [say("ag.is_at", lang, title=found[0].title_in(lang), label=say(
                "ag.sub_label", lang, ref=sub_label(found[0])).rstrip(".)"))] if found else []
            return text_answer(m, lang, title, _missing(ctx, ref, lang), *elsewhere)
        next_to = _neighbour(ctx, asking, entry)
        if next_to is not None:  # "item after 5g?", "what comes after 3n?"
            return text_answer(m, lang, title, *describe(ctx, next_to, lang))
        ordinal = _ordinal_child(ctx, q, entry)
        if ordinal is not None:
            children = ctx.agenda.children(entry)
            count = [say("ag.sub_count", lang, ref=entry.ref, count=len(children), first=f"{entry.ref} {children[0].parsed.letter}",
                         last=f"{entry.ref} {children[-1].parsed.letter}")] if q.has(*COUNT) and children else []  # "how many
            # sub-items does item 6 have and what's the last one?"
            return text_answer(m, lang, title, *count, *describe(ctx, ordinal, lang))
        if query:  # "is item 3h about the IETF?": check the claim
            if entry in search(kb, query) and (q.tokens[:1] and q.tokens[0] in WH_WORDS or not _asks_yes_or_no(q)):
                return text_answer(m, lang, title, *describe(ctx, entry, lang))  # "which CGs in item 2f?", "item 4
                # working arrangements - what are the sub-items?": no "Yes" where none was asked
            either = _EITHER_OR.split(asking.folded)
            if entry in search(kb, query) and len(either) == 2:  # "is 3k about the SDL forum or the UPU?": which of
                # the two it is about, and where the other is; no "Yes" to an either-or question
                other, _ = topic_words(read_question(either[1], lang), ref)
                elsewhere = [e for e in search(kb, [t for t in other if t in kb.ranker.idf]) if e is not entry][:1]
                return text_answer(m, lang, title, *describe(ctx, entry, lang)[:1],
                                   *(say("ag.is_at", lang, title=e.title_in(lang), label=say(
                                       "ag.sub_label", lang, ref=sub_label(e)).rstrip(".)")) for e in elsewhere))
            if entry in search(kb, query):
                return text_answer(m, lang, title, say("ag.premise.yes", lang, label=say(
                    "ag.sub_label", lang, ref=sub_label(entry)), title=entry.title_in(lang)), *describe(ctx, entry, lang)[1:])
            found = search(kb, query) or search(kb, _on_the_agenda(kb, query)) \
                or (_named_by_one_word(kb, query, entry) if _asks_yes_or_no(q) else [])  # "I understand that item 3j
            # is the collaboration with IETF. Is that right? I want to prepare a short statement.": IETF's
            under = [e for e in found if ctx.agenda.parent(e) is entry]
            exact = [e for e in found if e not in under and {t for t in own_stems(e) if not t.isdigit()} == set(query)]
            said = set(stems(q.corrected, STOPWORDS))
            best_elsewhere = bool(found) and found[0] not in under and found[0] is not entry \
                and set(query) <= own_stems(found[0]) \
                and all(len(said & own_stems(found[0])) > len(said & own_stems(e)) for e in under)  # "the reports of the interim Rapporteur group meetings come
            # under item 6, right?": 2 e says all of it, 6 n only "interim" (interregnum) Rapporteurs
            claimed_wrong = (bool(exact) or best_elsewhere) and _asks_yes_or_no(q)  # "item 6 is future meetings
            # right?": item 7 is titled so, whatever sub-item of 6 also speaks of future meetings
            if under and not claimed_wrong:  # "the regional groups under item 4", "which correspondence groups report
                # under item 2?"
                each = _each_topic_under(query, under) if q.has("and", "et", "&") else []
                if len(each) < 2 and q.has("and", "et", "&") and not _asks_yes_or_no(q):
                    # "dans le point 6, … les groupes par correspondance et les nouvelles work items ?": each topic's
                    # sub-item of that item (6 p, 6 f), not only those the whole query found
                    topical = [next(e for e in entries if ctx.agenda.parent(e) is entry)
                               for _, entries, _ in _each_topic(kb, q)
                               if any(ctx.agenda.parent(e) is entry for e in entries)]
                    each = [e for i, e in enumerate(topical) if e not in topical[:i]]
                if len(each) >= 2:  # "point 3: collaboration avec l'UIT-D et l'UIT-R c'est où ?": 3 c and 3 d
                    return text_answer(m, lang, title, *[line for e in each for line in describe(ctx, e, lang)[:1]])
                return text_answer(m, lang, title, *describe(ctx, under[0], lang))
            if found and _asks_yes_or_no(q):
                best = exact[0] if exact else found[0]
                lines = [say("ag.premise.no", lang, label=say("ag.sub_label", lang, ref=sub_label(entry)),
                             title=entry.title_in(lang)),
                         say("ag.premise.elsewhere", lang, topic=shown, label=say(
                             "ag.sub_label", lang, ref=sub_label(best)), title=best.title_in(lang)),
                         *[say("ag.entry", lang, label=label(e), title=e.title_in(lang)) for e in under[:1]]]
                return text_answer(m, lang, title, *lines)
        return text_answer(m, lang, title, *describe(ctx, entry, lang))
    items = ctx.agenda.items()
    first_and_last = q.has("first and last", "premier et dernier", "premier et le dernier") \
        or q.has(*FIRST_ITEM) and q.has(*LAST_ITEM)  # "What's the first agenda item, and what's the last one?"
    if items and (q.has(*LAST_ITEM) or q.has(*FIRST_ITEM) or first_and_last) \
            and not q.has("sub item", "subitem", "sous point"):
        chosen = [items[0], items[-1]] if first_and_last else [items[-1] if q.has(*LAST_ITEM) else items[0]]
        topic, _ = topic_words(q, None)
        named = [e for e in (search(kb, [t for t in topic if t not in _PLACE_WORDS]) if topic else [])[:1]
                 if e not in chosen]  # "AOB is which item number, and what's the last one?": that one too
        chosen = named + chosen
        counted = [say("ag.count", lang, count=len(items), first=items[0].ref, last=items[-1].ref,
                       subs=len(ctx.agenda.entries) - len(items))] if q.has(*COUNT) else []  # "how many items, and
        # what's the last one?": the count too
        return text_answer(m, lang, title, *counted, *[line for e in chosen for line in describe(ctx, e, lang)[:1]])
    claimed = _COUNT_CLAIMED.search(q.folded)
    if claimed and items:  # "l'ordre du jour a 12 points c'est ça ?": the count claimed, checked
        subs = len(ctx.agenda.entries) - len(items)
        count = say("ag.count", lang, count=len(items), first=items[0].ref, last=items[-1].ref, subs=subs)
        number = int(claimed[1]) if claimed[1].isdigit() else _NUMBER_WORDS[claimed[1]]  # "the agenda has twelve
        verdict = say("pr.yes" if number == len(items) else "pr.no", lang, text=count[:1].lower() + count[1:])  # items right"
        return text_answer(m, lang, title, verdict)
    if q.has(*COUNT):
        subs = len(ctx.agenda.entries) - len(items)
        return text_answer(m, lang, title, say("ag.count", lang, count=len(items), first=items[0].ref,
                                               last=items[-1].ref, subs=subs),
                           *[say("ag.entry", lang, label=label(e), title=e.title_in(lang)) for e in items])
    if not query and not q.has(*EXPLICIT):
        return None  # "what area does SG17 cover?": "cover" alone does not ask for the agenda
    if not query:
        lines = [say("ag.entry", lang, label=label(e), title=e.title_in(lang)) for e in ctx.agenda.items()]
        if m.agenda.note:
            lines.append(say("ag.note", lang, note=_note(m, lang)))
        return text_answer(m, lang, m.agenda.title_in(lang), *lines)
    if m.agenda.note and _about_note(kb, query) and not _an_item_holds(kb, query):  # not "TDs to facilitate our
        # work, what item": item 5 a holds every word
        each = _each_topic(kb, q) if _JOINED.search(q.raw) and not q.has(*_THE_NOTE_NAMED) else []
        if len({entries[0].ref for _, entries, _ in each}) >= 2:  # "Which items deal with liaison statements, with
            return text_answer(m, lang, title, *[line for topic, entries, _ in each for line in  # highlights …, and
                                                 [say("ag.found", lang, topic=topic), _found_line(entries[0], lang)]])
            # with TDs to facilitate our work?": each thing listed, under its item
        return text_answer(m, lang, title, *_note_checked(m, q))
    if q.tokens[:1] in (("who",), ("qui",)) and _other_entry_fits(kb, query):
        return None  # "qui a préparé le projet d'ordre du jour ?": a person, whom another entry names (not 4 h,
        # "Projets de la CE 17")
    found = _by_words_as_written(search(kb, query), q)
    if not found and _SINCE_THE_LAST.search(q.folded):  # "un point sur les Recommandations approuvées selon l'AAP
        since = set(stems(words(_SINCE_THE_LAST.search(q.folded)[0]), STOPWORDS))  # depuis la dernière réunion ?":
        trimmed = [term for term in query if term not in since]  # the time said, no topic
        found = _by_words_as_written(search(kb, trimmed), q) if trimmed else []
        query = trimmed if found else query
    alone = asked_sentence(q.raw, min_words=4) if not found and ref is None else None
    if alone is not None and not points_back(alone):  # "Our draft Recommendation references an IEEE specification.
        # Which agenda item covers the justification for normative references …?": the asking sentence's topic alone
        alone_query, alone_shown = topic_words(read_question(alone, lang, kb.corrector), None)
        alone_query = [term for term in alone_query if term in kb.ranker.idf]
        found = search(kb, alone_query) if alone_query else []
        if found:
            query, shown = alone_query, alone_shown
    asks_who = q.tokens[:1] in (("who",), ("qui",)) and not q.has("where in the agenda", "where on the agenda",
                                                                     "which item", "what item", "quel point")
    if found and asks_who and not found[0].entries and "," not in found[0].title.partition("(")[2]:
        return None  # "who agreed the draft agenda with TSB?": an item's title names no person (6 l names TSB)
    if not found and _BESIDE_TITLE.search(asking.folded):  # "whats next after the opening item?": "next" only says
        found = search(kb, [t for t in query if t not in _NEXT_WORDS]) or []  # which way, it names no item
    way = _BESIDE_TITLE.search(asking.folded) if found else None
    neighbour = beside(ctx, found[0], 1 if way["way"] in _AFTER_WORDS else -1) if way else None
    if neighbour is not None:  # "what comes right before closing on the agenda?": 9, before 10 "Closing"
        return text_answer(m, lang, title, *describe(ctx, neighbour, lang))
    each = _each_topic(kb, q) if len(found) == 1 and _TWO_NAMED.search(q.folded) else []
    if len({entries[0].ref for _, entries, _ in each}) >= 2:  # "anything on the agenda about ETSI or the SDL Forum?":
        return text_answer(m, lang, title, *[line for topic, entries, _ in each for line in  # each, under its item
                                             [say("ag.found", lang, topic=topic), _found_line(entries[0], lang)]])
    if not found:
        each = _each_topic(kb, q)
        if each:  # "GSC and CTO meeting are under which items?"
            return text_answer(m, lang, title, *[line for topic, entries, _ in each for line in
                                                 [say("ag.found", lang, topic=topic), _found_line(entries[0], lang)]])
        named_terms = [term for term in query if term in set(stems(q.names & set(q.tokens), STOPWORDS))]
        found = search(kb, [max(named_terms, key=kb.ranker.weight)]) \
            if len(query) >= 2 and named_terms and (q.has(*EXPLICIT) or q.has(*UNDER_ASKED)
                                                    or _WHERE_DISCUSSED.search(q.folded)) and not asks_who else []
        if found:  # "does SG17 work with the IETF? is it on the agenda?": the name written alone
            return text_answer(m, lang, title, *describe(ctx, found[0], lang))
        if not q.has(*EXPLICIT) or _other_entry_fits(kb, query) or asks_who:
            return None  # "focal point", "point de vue": not asked of the agenda; "who was the draft agenda agreed
            # with?": asked of the agenda as a whole, which another entry answers
        alone = {term: search(kb, [term]) for term in query if term in kb.ranker.idf} if len(query) <= 3 else {}
        found_alone = [(term, entries) for term, entries in alone.items() if entries]
        titled = bool(found_alone) and _titled_as_written(q, found_alone[0][1][0])
        if len(found_alone) == 1 and len(found_alone[0][1]) <= 2 and titled:  # "is there a tutorial for newcomers on
            # the agenda?":
            return text_answer(m, lang, title, *describe(ctx, found_alone[0][1][0], lang))  # 4 i, "Tutorials"; the
            # rest of the words name no item (never "no item mentions" of a word one does)
        programme = search(kb, stems(["programme", "meetings", "questions"], STOPWORDS))  # where the technical work
        where = [say("ag.not_found.questions", lang, label=programme[0].parsed.label.rstrip("."), email=m.contacts.email)] \
            if programme and programme[0].parsed.letter is None else []  # of the Questions is done
        return text_answer(m, lang, title, say("ag.not_found", lang, topic=shown), *where, ok=False)
    each = _each_topic(kb, q) if _JOINED.search(q.raw) else []
    if len({entries[0].ref for _, entries, _ in each}) >= 2 and (
            _CONTRASTED.search(q.raw) or any(found[0] not in search(kb, known) or found[0] is not entries[0]
                                             for _, entries, known in each)):
        # "appointment of interregnum rapporteurs which item, and dismissals?": one entry does not hold both
        chosen = _one_each([entries for _, entries, _ in each], found)
        return text_answer(m, lang, title, *[line for (topic, _, _), entry in zip(each, chosen) for line in [
            say("ag.found", lang, topic=topic), _found_line(entry, lang)]])
    if q.has("sub item", "sub items", "subitem", "subitems", "sous point", "sous points") and found[0].parsed.letter is None:
        return text_answer(m, lang, title, *describe(ctx, found[0], lang))  # "sub-items under general matters?"
    as_asked = shown.strip() and all(fold(w) in fold(q.raw) for w in shown.split())  # not the words a phrase was
    # read as ("the other ITU sectors": ITU-D and ITU-R)
    lines = [say("ag.found", lang, topic=shown) if as_asked else say("ag.found_plain", lang)]
    lines += [_found_line(e, lang) for e in found[:3]]
    if len(found) == 1:  # "which earlier meeting's report is on the agenda?": item 2, and the reports under it
        lines += describe(ctx, found[0], lang)[1:]
    return text_answer(m, lang, title, *lines)


#: Where claims joined in one question part ("JTC 1 is under 3h and ETSI under 3i, right?").
_CLAIMS_APART = re.compile(r"\s*(?:,|;|\band\b|\bet\b)\s*", re.IGNORECASE)


#: The words that end a claim to have it checked ("…, right?", "…, non ?"), each given to every part checked.
_CONFIRM_TAILS = ("right", "correct", "non", "c est ca", "n est ce pas", "oui")


def _each_claim_checked(ctx: Context, q: Question, kb: Knowledge) -> list[str] | None:
    """Each of several claims of an item's topic checked on its own ("JTC 1 is under 3h" yes, "ETSI under 3i" no:
    3 j); None unless every part names one item and a topic."""
    pieces = [p for p in _CLAIMS_APART.split(q.raw.rstrip(" ?!.")) if p.strip()]
    if len(pieces) < 2:
        return None
    confirm = next((w for w in _CONFIRM_TAILS if q.has(w)), "")
    lines: list[str] = []
    for piece in pieces:
        part = read_question(f"{piece} {confirm}?".replace("  ", " "), q.lang, kb.corrector)
        ref = find_ref(part, len(ctx.agenda.items()))
        if ref is None or not topic_words(part, ref)[0]:
            if fold(piece).strip() in (*_CONFIRM_TAILS, "is that right"):
                continue  # "…, right?": the tail that asks for the check, no claim of its own
            return None
        reply = answer(ctx, part, kb)
        if reply is None:
            return None
        lines += [text for section in reply.sections for line in section.lines for text in line if isinstance(text, str)]
    return lines


def _each_topic_under(query: list[str], under: list[AgendaEntry]) -> list[AgendaEntry]:
    """The sub-items that each distinctive word of the query names (a word found in one or two of them, not in all),
    in agenda order: "collaboration with ITU-D and ITU-R" under item 3 is 3 c and 3 d."""
    found: list[AgendaEntry] = []
    for term in dict.fromkeys(query):
        holding = [e for e in under if term in own_stems(e)]
        if 1 <= len(holding) <= 2:
            found += [e for e in holding if e not in found]
    return sorted(found, key=under.index)


def _named_by_one_word(kb: Knowledge, query: list[str], entry: AgendaEntry) -> list[AgendaEntry]:
    """The one other entry that a word of the query names alone ("3h is the IETF liaison item, right?": "IETF" is
    3 i, whatever "liaison" also names), when the query as a whole fits none; [] otherwise."""
    alone: dict[str, AgendaEntry] = {}
    for term in query:
        found = search(kb, [term])
        if len(found) == 1 and found[0] is not entry:
            alone[found[0].ref] = found[0]
    return list(alone.values()) if len(alone) == 1 else []


#: A topic said to be under an item ("kaleidoscope c'est le point 6f", "l'IETF est au point 3h", "X is under 3 i").
_SAID_TO_BE_AN_ITEM = re.compile(r"\b(?:c est|cest|est|is|sont|are|s)\s+(?:bien\s+)?(?:le |au |dans le |sous le |under |in |"
                                 r"at |item |point )?(?:point|item|sub item|sous point|\d)")


#: A question tag closing a claim ("JCA-IdM c dans le 3a non ?", "c'est le 6 f, ou pas ?").
_TAG_NO = re.compile(r"\b(?:non|nn|ou pas|no)\s*[?!.]*$")


def _asks_yes_or_no(q: Question) -> bool:
    """Whether the question asks for a yes or a no ("is item 3h about the IETF?", "c'est le point 6 ?"), unlike
    "I need the full list of item 4 sub-items"."""
    if q.has("c est quoi", "c quoi", "qu est ce que", "qu est ce qu", "what is", "what s", "whats") \
            and not q.has(*CONFIRMING):
        return False  # "c'est quoi le point 3 e ?" asks what it is
    if _WHICH_ONE_ASKED.search(q.folded) and not q.has(*CONFIRMING):
        return False  # "le point 3 k porte sur quelle organisation ?" asks which, not whether
    sentences = [q.folded] + [fold(clause) for clause in asking_clauses(q.raw, commas=False)]  # "A.5 justification
    # … — is that 3l or something else?"
    return q.has(*CONFIRMING) or any(sentence.startswith(f"{prefix} ") for sentence in sentences
                                     for prefix in YES_NO_PREFIX) or bool(_ITEM_SAID_TO_BE.match(q.folded)) \
        or bool(_TAG_NO.search(q.folded)) \
        or bool(_PLEASE_CONFIRM.search(fold(q.raw))) \
        or bool(_SAID_TO_BE_AN_ITEM.search(q.folded)) and not opens_with_a_wh_word(q.folded) \
        and q.raw.rstrip().endswith("?")  # "…, kindly confirm.": read as a plea, still asks yes or no; "kaleidoscope
    # c'est le point 6f ?": a topic said to be an item


#: Asking at what hour ("at what hour", "what time", "à quelle heure").
HOUR_ASKED = ("what hour", "what time", "at what time", "which hour", "quelle heure", "a quelle heure", "heure exacte")
#: An agenda item that is the meeting's own opening or closing ("Opening", "Closing", "Clôture").
_OPENS_OR_CLOSES = re.compile(r"(?:opening|closing|ouverture|cloture)\b")
#: Which thing an item is about, asked ("porte sur quelle organisation ?", "is about which body?").
_WHICH_ONE_ASKED = re.compile(r"\b(?:sur|about|on|concerne|avec|with|de|to|for|pour)\s+(?:quel|quelle|quels|quelles|which|"
                              r"what)\b")
#: A plea to confirm, which reading drops as chat ("kindly confirm", "pls confirm", "merci de confirmer").
_PLEASE_CONFIRM = re.compile(r"\b(?:kindly|please|pls|plz) confirm\b|\bmerci de (?:me )?confirmer\b|\bpouvez vous confirmer\b")
#: An item said to be about something, asked by its tone alone ("le point 3i porte sur l'ETSI ?", "item 6 covers
#: the CGs?").
_ITEM_SAID_TO_BE = re.compile(r"^(?:le |l |the )?(?:agenda |ordre du jour |odj )?(?:point|item|sous point|sub item)?\s*"
                              r"\d{1,2}\s?\(?[a-z]?\)?\s+"
                              r"(?:(?:de l ordre du jour|du projet d ordre du jour|of the agenda|on the agenda)\s+)?(?:porte|concerne|"
                              r"traite|parle|covers|deals|is about|est sur|est l|est le|est la|"
                              r"is(?! (?:what|which|where|when|who|how|about what)\b)|c est(?! quoi\b)|cest(?! quoi\b)|"
                              r"c(?= [a-z])(?! (?:quoi|koi|qui|quand|ou)\b))\b[^?]*\?\s*$")  # "le point 3h c l ietf non?"  # "agenda 3k is IETF collab?"


def _one_each(candidates: list[list[AgendaEntry]], found: list[AgendaEntry]) -> list[AgendaEntry]:
    """One entry for each topic, in the topics' order: a topic with fewer candidates chooses first, each takes
    one the whole question also fits when it can, and no two topics take the same entry while another is left."""
    chosen: dict[int, AgendaEntry] = {}
    for index in sorted(range(len(candidates)), key=lambda i: len(candidates[i])):
        ranked = sorted(candidates[index], key=lambda e: e not in found)  # stable: best first within each group
        free = [e for e in ranked if e not in chosen.values()]
        chosen[index] = (free or ranked)[0]
    return [chosen[index] for index in range(len(candidates))]


#: Two topics set side by side ("next meeting vs later", "JCAs and focus groups").
_JOINED = re.compile(r"\s(?:and|et|&|\+|vs\.?|versus)\s", re.IGNORECASE)
#: Two topics set against each other: each is its own entry ("planned for the next meeting vs later").
_CONTRASTED = re.compile(r"\s(?:vs\.?|versus|compared to|par rapport a)\s", re.IGNORECASE)


#: Words that ask how the meeting is held, whatever the agenda's header says.
FORMAT_ASKED = ("physical", "physically", "in person", "en personne", "presentiel", "en presentiel", "on site", "onsite",
                "sur place", "hybrid", "hybride", "remote option", "face to face", "flight", "flights", "book my",
                "hotel", "travel", "vol", "billet")


def _asks_elsewhere(q: Question, kb: Knowledge) -> bool:
    """Whether the sentence that asks, apart from its context, names no agenda word, nor does a question after it
    ("where do recs for approval go vs recs for consent? two different items yeah?" asks for items)."""
    asking = asked_sentence(q.raw)
    if asking is not None and not topic_words(read_question(asking, q.lang, kb.corrector), None)[0]:
        return False  # "A.5 shows up twice in the agenda - where exactly?": "where exactly" asks of the words before
    return asking is not None and not any(read_question(sentence, q.lang, kb.corrector).has(*AGENDA)
                                          for sentence in [asking, *questions_in(q.raw)])


#: A sentence that opens on what was said before it ("is that 3l or something else?", "c'est le 6d ça ?").
_THAT_IS = re.compile(r"^(?:is|was) (?:that|this|it)\b|^(?:c est|ca c est|that s|thats|this is|est ce)\b(?! quoi)")


#: Words in brackets after the question mark, closing the message: an aside on why it is asked.
_ASIDE_AFTER = re.compile(r"\?\s*\([^()]*\)\s*$")


def _asking_sentence_of(q: Question, ref: AgendaRef | None, kb: Knowledge) -> Question:
    """The sentence that asks about the reference, when the message has others ("what's under item 2? we missed
    the March meeting": the March meeting is context, not a topic to find under item 2); else the question."""
    if ref is None:
        aside = _ASIDE_AFTER.search(q.raw)  # "where do they discuss leadership positions? (asking for our candidate
        # for vice-chair)": the words in brackets after the question say why it is asked
        return read_question(q.raw[:aside.start() + 1], q.lang, kb.corrector) if aside else q
    for clause in asking_clauses(q.raw, commas=False):
        sentence = read_question(clause, q.lang, kb.corrector)
        if find_ref(sentence) == ref:
            return q if points_back(clause) or _THAT_IS.match(fold(clause)) else sentence  # "A.5 justification …
            # — is that 3l?": "that" is the words before, the topic to check under 3 l
    return q


#: How a comma clause asks how to do something ("how do I ask to speak?", "comment demander la parole ?").
_ASKS_HOW = re.compile(r"^(?:how (?:do|can|should|would|will) (?:i|we)|comment (?:je|on|nous|faire|demander|puis je|dois je|"
                       r"peut on|doit on))\b")


def _ref_is_context(q: Question, ref: AgendaRef, kb: Knowledge) -> bool:
    """Whether the item is only where the asker will speak and a clause after it asks how to do something else
    that the meeting information answers ("on item 3h, how do I ask for the floor?")."""
    for clause in asking_clauses(q.raw):
        if not _ASKS_HOW.match(fold(clause)):
            continue
        sentence = read_question(clause, q.lang, kb.corrector)
        if find_ref(sentence) is not None or sentence.has(*AGENDA):
            return False
        query = stems(sentence.corrected, STOPWORDS)
        return bool(query) and _other_entry_fits(kb, query)
    return False


#: A time said from the last meeting on ("depuis la dernière réunion", "since the last meeting").
_SINCE_THE_LAST = re.compile(r"\b(?:depuis|since)\s+(?:la\s+|le\s+|the\s+|our\s+)?(?:(?:derniere|dernier|last|previous|"
                             r"precedente)\s+(?:(?:sg|ce)\s?\d+\s+)?(?:reunion|meeting|session|seance|one)|"
                             + "|".join(MONTHS) + r")\b")  # "was there an e-plenary since march?"
#: Two things named together ("ETSI or the SDL Forum", "l'IETF et l'ETSI").
_TWO_NAMED = re.compile(r"\w\s+(?:or|ou|and|et|&)\s+(?:the\s+|l\s+|le\s+|la\s+)?\w")


def _other_entry_fits(kb: Knowledge, query: list[str]) -> bool:
    """Whether an entry other than an agenda item holds every word of the question's topic."""
    allowed = {i for i, e in enumerate(kb.entries) if e.kind != "agenda"}
    return any(match.confidence >= 0.99 for match in kb.ranker.rank(query, limit=3, allowed=allowed))


def _found_line(entry: AgendaEntry, lang: str) -> str:
    """An entry found for a topic, with its bulleted names."""
    return say("ag.entry", lang, label=label(entry), title=entry.title_in(lang)) + \
        (f" ({', '.join(entry.entries)})" if entry.entries else "")


#: What joins two topics asked together ("GSC and CTO", "special sessions and tutorials", "IETF et ETSI").
_AND = re.compile(r"\s(?:and|et|&|\+|vs\.?|versus|ainsi que|as well as|de meme que|de même que)\s|\s*/\s*|\s(?:or|ou)\s(?!(?:not|pas|something|so|anything|autre|quoi)\b)")


_JOINING = re.compile(f"({_AND.pattern})")


def _joined_in_titles(meeting: Meeting) -> frozenset[tuple[str, str]]:
    """Pairs of words an agenda title joins by "and"/"or" ("consent or determination", "approval or agreement"):
    a question that writes them so names one topic, not two."""
    pairs = set()
    for entry in meeting.agenda.items:
        for title in (entry.title, entry.title_fr or ""):
            said = words(fold(title))
            pairs |= {(said[i - 1], said[i + 1]) for i in range(1, len(said) - 1) if said[i] in ("and", "or", "et", "ou")}
    return frozenset(pairs)


def _topics_joined(text: str, meeting: Meeting) -> list[str]:
    """The text split where "and"/"or" joins two topics, not where it joins two words an agenda title joins too
    ("… and those for consent or determination?": two topics, the second 6 c's own words)."""
    pieces = _JOINING.split(text)
    joined = _joined_in_titles(meeting)
    parts = [pieces[0]]
    for joiner, part in zip(pieces[1::2], pieces[2::2]):
        last, first = words(fold(parts[-1]))[-1:], words(fold(part))[:1]
        if last and first and (last[0], first[0]) in joined:
            parts[-1] += joiner + part
        else:
            parts.append(part)
    if _A_LIST.search(text):  # "nominations/révocations, réunions prévues des groupes du rapporteur, et groupes de
        parts = [piece for part in parts for piece in part.split(",")]  # correspondance": each listed
    return [part for part in parts if part.strip(" ,.;:?")]


def _by_phrase(entries: list[AgendaEntry], part: str) -> list[AgendaEntry]:
    """The entries found for a topic, those whose title says more of its words in the same order first ("programme
    de travail des Questions": 6 i's own words, before item 6's "programme … groupes de travail … Questions")."""
    said = words(fold(part))
    pairs = {pair for pair in zip(said, said[1:]) if not set(pair) <= STOPWORDS}

    def in_order(entry: AgendaEntry) -> int:
        held = set()
        for title in (entry.title, entry.title_fr or ""):
            written = words(fold(title))
            held |= set(zip(written, written[1:])) & pairs
        return len(held)
    return sorted(entries, key=in_order, reverse=True) if len(pairs) >= 2 else entries


#: A list of three or more, its last joined by "and"/"et" after a comma ("A, B, et C").
_A_LIST = re.compile(r",[^,]+,\s*(?:and|et)\s|,[^,]+\s(?:and|et)\s")  # "A, B, and C", "A, B and C"


def _titled_as_written(q: Question, entry: AgendaEntry) -> bool:
    """Whether a word of five letters or more, as the question writes it, starts a word of the entry's titles
    ("tutorial": "Tutorials"; not "mises": "mis à jour")."""
    title_words = words(fold(f"{entry.title} {entry.title_fr or ''}"))
    return any(len(w) >= 5 and any(t.startswith(w) for t in title_words) for w in words(fold(q.raw)))


def _acronyms(kb: Knowledge) -> frozenset[str]:
    """The stems of the names the agenda's titles write in capitals (IETF, ETSI, GSC, UPU), worked out once."""
    cached = kb.memo.get("agenda_acronyms")
    if cached is None:
        written = {w for e in kb.meeting.agenda.items for w in re.findall(r"\b[A-Z][A-Z0-9]{1,}\b", e.title)}
        cached = kb.memo["agenda_acronyms"] = frozenset(stems([fold(w) for w in written], STOPWORDS))
    return cached  # type: ignore[return-value]


def _each_topic(kb: Knowledge, q: Question) -> list[tuple[str, list[AgendaEntry], list[str]]]:
    """Topics joined by "and" found one by one, when each is under some entry ("GSC and CTO meeting are under
    which items?"): each topic as written with its entries (best first) and its known words; [] unless every topic
    is found. The asking
    sentence alone is tried too, so that context does not hide it ("Which regional groups are on the
    agenda? We're from the Saudi delegation.")."""
    texts = [q.raw] + asking_clauses(q.raw, commas=False)
    for text in texts:
        parts = _topics_joined(text, kb.meeting)
        found = []
        for part in parts:
            part_q = read_question(part, q.lang, kb.corrector)
            query, shown = topic_words(part_q, None)
            known = [term for term in query if term in kb.ranker.idf]
            if not known:
                continue  # "… are they on the agenda and where?": "where" names no topic
            entries = search(kb, known)
            if not entries and len(known) >= 3 and len(parts) > 1:  # "…, and those proposed for consent or
                # determination": one word aside, the others name one entry, whichever word is left out
                fits = {term: search(kb, [t for t in known if t != term]) for term in known}
                tops = {fit[0].ref for fit in fits.values() if fit}
                if len(tops) == 1:
                    term = next(term for term, fit in fits.items() if fit)
                    known, entries = [t for t in known if t != term], fits[term]
            named = [t for t in known if t in _acronyms(kb)]
            if not entries and len(known) == 2 and len(parts) > 1 and len(named) == 1 \
                    and search(kb, [t for t in known if t not in named]):  # "which item for ietf liaison
                entries = search(kb, named)  # and etsi?": the name (IETF, 3 i) says the topic, "liaison" only how it is
                known = named if entries else known  # worked with
            if not entries:
                break
            if len(parts) > 1:  # "… de son rôle de commission d'études directrice": 4 e holds those words as written,
                entries = _by_words_as_written(_by_phrase(entries, part), part_q)  # 3 f only "directeurs"
            found.append((shown, entries, known))
        else:
            if found:
                return found
    return []


#: A report or its minutes asked about ("the March meeting report?", "rapport de la réunion de mars ?").
_A_REPORT = re.compile(r"\b(?:report|reports|rapport|rapports|minutes|compte rendu)\b")


#: An e-plenary named ("e-plenary", "e-plénière", "plénière électronique"), as the question reads it.
_E_PLENARY = re.compile(r"\be (?:electronic plenary|electronique pleniere)\b|\bpleniere electronique\b")
#: An e-plenary still to come ("the next e-plenary", "une prochaine e-plénière").
_TO_COME = re.compile(r"\b(?:next|upcoming|future|coming|prochaine?s?|future?s?|a venir)\b")


def e_plenary(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The agenda entry that reports on the study group's e-plenary, when the question names an e-plenary and no
    agenda item ("il y a eu une e-plénière au printemps ?": 2 b, the 29 May e-plenary); None for one to come, which
    the letter does not announce, or when an item is named."""
    said = " ".join(q.corrected)
    if not _E_PLENARY.search(said) or _TO_COME.search(q.folded) or find_ref(q, len(ctx.agenda.items())) is not None:
        return None
    reports = [entry for entry in ctx.agenda.entries if re.search(r"\be-plenary\b", entry.title, re.IGNORECASE)]
    if len(reports) != 1:
        return None
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), *describe(ctx, reports[0], q.lang))


def how_many_listed(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """How many of the things an agenda entry lists ("how many correspondence groups are there?", "y en a combien de
    groupes de corresp et c lesquels ?"): their number, the things and the entry; None unless a count is asked of
    things one entry lists."""
    if not q.has(*COUNT) and not re.search(r"\b(?:y en a combien|il y en a combien|combien y en a)\b", q.folded):
        return None
    query, _ = topic_words(q, None)
    counted = re.search(r"\b(?:how many|combien de|combien d|number of|nombre de)\s+(\w+)", q.folded)
    counting = set(stems(list(_COUNT_WORDS), STOPWORDS))
    query = [term for term in query if term in kb.ranker.idf and term not in counting]
    listing = [entry for entry in (search(kb, query) if query else []) if len(entry.entries) >= 2]  # not 6 p
    # ("Establishment … of correspondence groups"), which lists none: 2 f, which lists them
    if not listing:
        return None
    entry = listing[0]
    listed = set(stems(words(fold(" ".join(entry.entries))), STOPWORDS))
    title = set(stems(words(fold(f"{entry.title} {entry.title_fr or ''}")), STOPWORDS))
    if not set(query) & (title - listed) or set(query) & {"item", "point", "agenda"}:
        return None  # "how many agenda items?": the agenda's own count
    if counted is not None and not set(stems([counted[1]], STOPWORDS)) & title:
        return None  # "How many delegates from the Arab regional group …?": delegates counted, not groups
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang),
                       say("ag.listed_count", q.lang, count=len(entry.entries), names=", ".join(entry.entries),
                           label=sub_label(entry), title=entry.title_in(q.lang)))


#: The words that ask a count ("how many", "combien", "number"), no topic.
_COUNT_WORDS = ("how", "many", "number", "combien", "nombre", "total", "there")


def dates_of_an_earlier_meeting(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """When an earlier meeting named by its month was held ("when was the march meeting?", "what were those dates
    again" after its report): the letter dates it only in the title of the agenda entry with its report (2 a, "17-26
    March 2020"), which the answer gives; None unless exactly one entry names that month."""
    folded = f"{fold(q.raw)} | {q.folded}"  # as written and as read ("march mtg": the March meeting)
    if not _DATES_ASKED.search(folded):
        return None
    months = [month for month in MONTHS if re.search(rf"\b{month} (?:\d{{4}} )?(?:sg ?17 |ce ?17 )?(?:meeting|e plenary|"
                                                      rf"reunion|session|plenary|one)\b|\bcelle de {month}\b|\b(?:meeting|reunion|e plenary|"
                                                      rf"session)(?: (?:de la|of the|du|of) (?:sg ?17|ce ?17))? (?:of |de |du |in |en )?"
                                                      rf"{month}\b", folded)]  # "une réunion de la CE17 en mars"
    this_meeting = {MONTHS[ctx.meeting.start_date.month - 1], MONTHS[ctx.meeting.end_date.month - 1],
                    MONTHS[ctx.meeting.start_date.month + 11], MONTHS[ctx.meeting.end_date.month + 11]}
    if len(months) != 1 or months[0] in this_meeting:
        return None
    if months[0] == "may" and not re.search(r"\bMay\b", q.raw) and not re.search(r"\b(?:the|in|of|de|du|en) may\b", folded):
        return None  # "When may meeting documents be downloaded?": the verb, no month
    fits = [entry for entry in ctx.agenda.entries if _A_REPORT.search(fold(f"{entry.title} {entry.title_fr or ''}"))
            and re.search(rf"\b{months[0]}\b", fold(f"{entry.title} {entry.title_fr or ''}"))]
    if len(fits) != 1:
        return None
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), *describe(ctx, fits[0], q.lang)[:1],
                       say("ag.earlier_meeting", q.lang, label=sub_label(fits[0])))


#: The dates of a meeting asked ("when was …", "what were those dates", "c'était quand …").
_DATES_ASKED = re.compile(r"\b(?:when|dates?|quand|held|took place|a eu lieu|s est tenue|etait quand)\b")


def report_of_a_month(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The agenda entry of the report of the meeting held in the month the question names ("the March meeting
    report?": 2 a, "rapport de la réunion de mai ?": 2 b), when exactly one entry's title names a report and that
    month; None otherwise ("the report is due in August" names no report's meeting)."""
    folded = fold(q.raw)
    if not _A_REPORT.search(folded) or re.search(r"\b(?:download|telecharger|get a copy|obtenir|read|lire)\b", folded):
        return None  # "where can I download the report of the March meeting …?": the documents, not the agenda
    months = [month for month in MONTHS if re.search(rf"(?:\b(?:of|de|du|from|in|en) (?:the |la |l )?(?:\w+ ){{0,3}}"
                                                      rf"{month}\b|\b{month} (?:\d{{4}} )?(?:meeting|e plenary|"
                                                      rf"reunion|session))", folded)]
    if not 1 <= len(months) <= 2 or find_ref(q, len(ctx.agenda.items())) is not None \
            or re.search(r"\bsince\b|\bdepuis\b", folded):
        return None  # "2b is the report of the March meeting, right?": the item named is checked elsewhere; "held
        # since March" names no meeting
    found = []
    for month in months:  # "… the report of the March meeting and the one of the 29 May e-plenary?": 2 a and 2 b
        fits = [entry for entry in ctx.agenda.entries if _A_REPORT.search(fold(f"{entry.title} {entry.title_fr or ''}"))
                and re.search(rf"\b{month}\b", fold(f"{entry.title} {entry.title_fr or ''}"))]
        if len(fits) != 1:
            return None
        found.append(fits[0])
    if len(found) == 1:
        return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), *describe(ctx, found[0], q.lang))
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang),
                       *[line for entry in found for line in describe(ctx, entry, q.lang)[:1]])
