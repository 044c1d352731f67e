"""Normalisation of a question: accents and case folded, words split, stems, typos corrected.

Everything downstream (intents, retrieval) works on the *folded* text: lower case,
no accents, apostrophes and hyphens turned into spaces, so ``Qu'est-ce que l'inscription ?``
and ``qu est ce que l inscription`` read the same.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable

from bot.questions.phonetic import SoundIndex
from bot.questions.lexicon import (CHAT_PHRASES, CHAT_SPELLINGS, ENGLISH_RESPELLINGS, FRENCH_RESPELLINGS, PHRASE_WORDS,
                                   name_concepts)
from bot.questions.vocabulary import SYNONYMS

_CHAT_PHRASE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(CHAT_PHRASES, key=len, reverse=True))) + r")\b")
_PHRASE_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(PHRASE_WORDS, key=len, reverse=True))) + r")\b")
_SECTOR = re.compile(r"\b(itu|uit) ([tdr])\b")
_SECTOR_CASED = re.compile(r"\b(itu|uit) ([tdr])\b", re.IGNORECASE)


def _joined_sector(match: re.Match[str]) -> str:
    """"ITU D" or "UIT D" as one cased word, "ITUD", as folding makes it "itud"."""
    return ("ITU" if match[1].isupper() else "itu") + match[2]


_WORD = re.compile(r"[a-z0-9]+(?:[.:][a-z0-9]+)*")
_WORD_CASED = re.compile(r"[a-zA-Z0-9]+(?:[.:][a-zA-Z0-9]+)*")
STEM_LENGTH = 6
ELIDED = frozenset("cdjlmnst")  # French letters elided before a vowel: l'inscription, d'accès, qu'est
TYPO_CUTOFF = 80.0
SHORT_TYPO_CUTOFF = 90.0  # "world" is no typo of "word"
CORRECTIONS_KEPT = 8192  # words whose correction a corrector keeps (a few hundred kB at most)


_SPACES = re.compile(r"\s+")
_APOSTROPHES_AND_DASHES = re.compile(r"[’'`´‘\-–—_]")


@lru_cache(maxsize=4096)
def fold(text: str, lower: bool = True) -> str:
    """Lower case, accents removed, apostrophes and dashes as spaces: ``Pékin’s`` → ``pekin s``.

    Kept for the last few thousand texts: every intent folds the same message and the same word lists again."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.lower() if lower else bare
    bare = bare.replace("œ", "oe").replace("æ", "ae")
    bare = _APOSTROPHES_AND_DASHES.sub(" ", bare)
    bare = _SECTOR.sub(r"itu\2", bare) if lower else _SECTOR_CASED.sub(_joined_sector, bare)  # ITU-D, UIT-R: one
    # word, like the agenda's (and one cased word too, so that cased words stay one for one with the folded ones)
    return _SPACES.sub(" ", bare).strip()


def words(text: str) -> list[str]:
    """The words of already folded text, in order (``3h``, ``10:00`` and ``a.5`` stay whole)."""
    return _WORD.findall(text)


def cased_words(raw: str) -> list[str]:
    """The same words as ``words(fold(raw))``, one for one, keeping their case (for proper names)."""
    return _WORD_CASED.findall(fold(raw, lower=False))


def stem(word: str) -> str:
    """A crude, language-neutral stem: the first six letters, without a plural ``s``/``x``.

    ``registration``, ``register`` and ``registered`` all give ``regist``;
    ``inscription`` and ``inscrire`` give ``inscri``; a late typo keeps its stem.
    """
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_LENGTH]


_GROUP_NAME = re.compile(r"(?:sg|ce)\d+")


def stems(tokens: Iterable[str], stopwords: frozenset[str] = frozenset(), languages: bool = True) -> list[str]:
    """Stems of the tokens that are not stopwords (nor a group's name such as ``sg17``, when
    stopwords are given), French words mapped to English first, and language names ("japonais") to
    ``language`` unless ``languages`` is false (the bot's own word lists, built at import: Babel's
    names are loaded by the first question, never by commands)."""
    names = name_concepts() if languages else {}
    return [stem(SYNONYMS.get(t) or names.get(t, t)) for t in tokens
            if t not in stopwords and not (stopwords and _GROUP_NAME.fullmatch(t))]


class Corrector:
    """Fixes typos against a vocabulary of known words, with rapidfuzz."""

    def __init__(self, vocabulary: Iterable[str], protected: Iterable[str] = ()) -> None:
        self.vocabulary = sorted({w for w in vocabulary if len(w) >= 3})
        self._known = set(self.vocabulary) | set(protected)
        self._common = sorted(w for w in protected if len(w) >= 6 and w.isalpha())  # "sesion" is "session"
        self._by_stem: dict[str, list[str]] = {}
        self._by_letters: dict[str, str] = {}
        for w in self.vocabulary:
            self._by_stem.setdefault(stem(w), []).append(w)
            self._by_letters.setdefault("".join(sorted(w)), w)
        self._sounds: SoundIndex | None = None  # built by the first French question with an unknown word
        self._corrections: dict[tuple[str, str], str] = {}  # words already corrected: each message is read twice

    def knows(self, word: str) -> bool:
        """Whether the word is one of the known words (the meeting's, the bot's word lists)."""
        return word in self._known

    def sounds_like(self, word: str) -> str | None:
        """The known French word an unknown one is written as it sounds ("fransai", "lekip": l'équipe), if any."""
        if word in self._known or len(word) < 3 or not word.isalpha():
            return None
        if self._sounds is None:
            self._sounds = SoundIndex(self._known, stem)
        found = self._sounds.sounds_like(word)
        if found is None and word[0] in ELIDED and len(word) > 4:
            found = self._sounds.sounds_like(word[1:])  # "lekip", "minscri": the elided article or pronoun glued on
        if found is not None and stem(found) == stem(word):
            return None  # "personnes", "inscrites": an inflection that the stems already read (and "personne" alone
            # would be the in-person concept)
        return found

    def correct(self, word: str, lang: str = "en") -> str:
        """The closest known word when ``word`` is unknown and close enough; else ``word`` itself. In French, a
        word written as it sounds is read as the known word it sounds like first."""
        key = (word, lang)
        corrected = self._corrections.get(key)
        if corrected is None:
            if len(self._corrections) >= CORRECTIONS_KEPT:
                self._corrections.clear()
            corrected = self._corrections[key] = self._correct(word, lang)
        return corrected

    def _correct(self, word: str, lang: str) -> str:
        """``correct`` worked out, nothing kept."""
        if lang == "fr":
            sound = self.sounds_like(word)
            if sound is not None:
                return sound
        if word in self._known or len(word) < 4 or not word.isalpha():
            return word
        if len(word) == 4:  # "tema": only two letters swapped, nothing looser, in a word this short
            swapped = self._by_letters.get("".join(sorted(word)))
            return swapped if swapped is not None and swapped[0] == word[0] and swapped != word else word
        if word[0] in ELIDED and word[1:] in self._known:
            return word[1:]  # "linscription": l'inscription without its apostrophe
        from rapidfuzz import fuzz, process  # imported by the first typo: 4 MB that commands never need

        same_stem = self._by_stem.get(stem(word))
        if same_stem is not None:  # "inscripton": the known word of that stem it is closest to, if close
            match = process.extractOne(word, same_stem, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            return match[0] if match else word
        swapped = self._by_letters.get("".join(sorted(word)))
        if swapped is not None and swapped[0] == word[0]:
            return swapped  # "sumbit", "strat": two letters swapped
        from rapidfuzz.distance import Levenshtein

        one_off = process.extractOne(word, self.vocabulary, scorer=Levenshtein.distance, score_cutoff=1) \
            if len(word) >= 6 else None  # "delhi" is no typo of "delai"
        if one_off is not None and one_off[0][:2] == word[:2] and one_off[0][-1] == word[-1]:  # not dinner→donner
            return one_off[0]  # "bource": one letter wrong
        common = process.extractOne(word, self._common, scorer=Levenshtein.distance, score_cutoff=1) \
            if len(word) >= 6 else None
        if common is not None and common[0][0] == word[0]:
            return common[0]  # "sesion", "availabe": a common word, one letter wrong, that names no topic

        cutoff = TYPO_CUTOFF if len(word) >= 7 else SHORT_TYPO_CUTOFF
        match = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        if match is None:
            return word
        best = match[0]
        return best if abs(len(best) - len(word)) <= 2 and best[0] == word[0] else word


@dataclass(frozen=True)
class Question:
    """A question read once: its original text, its language, and its folded, corrected forms."""

    raw: str
    lang: str
    folded: str
    tokens: tuple[str, ...]
    corrected: tuple[str, ...]
    #: Tokens written as names (capitalised after the first word, or in capitals): ``Guinée``, ``ARPT``.
    names: frozenset[str] = frozenset()

    @cached_property
    def text(self) -> str:
        """The corrected, folded text, for intent patterns."""
        return " ".join(self.corrected)

    @cached_property
    def _runs(self) -> frozenset[str]:
        """Every run of up to ``RUN_WORDS`` words of the corrected and of the folded text, for ``has``."""
        runs = set()
        for words_read in (self.corrected, self.tokens):
            for length in range(1, RUN_WORDS + 1):
                runs.update(" ".join(words_read[start:start + length]) for start in range(len(words_read) - length + 1))
        return frozenset(runs)

    def has(self, *phrases: str) -> bool:
        """Whether any phrase (folded, whole words) occurs in the corrected or the folded text."""
        if not self._runs.isdisjoint(phrases):
            return True
        longer = _longer_phrases(phrases)
        return bool(longer) and any(f" {p} " in f" {self.text} " or f" {p} " in f" {' '.join(self.tokens)} "
                                    for p in longer)


#: The longest phrase ``Question.has`` finds among a question's runs of words; longer ones are searched for.
RUN_WORDS = 4


@lru_cache(maxsize=1024)
def _longer_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases of more than ``RUN_WORDS`` words (the bot's word lists: a few hundred tuples)."""
    return tuple(p for p in phrases if p.count(" ") >= RUN_WORDS)


#: "When I take the floor, what must I say?": a "when" that opens a clause before the question word asks no date.
_WHEN_CLAUSE = re.compile(r"\b(when|quand|lorsque|lorsqu) (i|we|you|they|he|she|je|j|on|nous|vous|the|it|la|le|il|elle)\b")
#: The asker's own guess after the question ("…? like 12 to 15 geneva every day or?", "…? genre 9h-12h ?"): an
#: example of the answer expected, no topic of its own.
_GUESS_AFTER = re.compile(r"\?\s*(?:like|e g|eg|for example|for instance|par exemple|genre|style)\b[^?!.]*[?!.]*\s*$")
#: Speaking as the head of a delegation ("as head of delegation", "en tant que chef de délégation"): who asks.
_AS_HEAD = re.compile(r"\b(?:as|en tant que|comme)\s+(?:the |a |le |la )?(?:head|chef|chief|cheffe)\s+(?:of|de)\s+"
                      r"(?:the |our |my |la |notre |ma )?(?:delegation|national delegation)\b")
#: Who the asker is, by trade ("I'm a university researcher", "je suis doctorante"): context, never a topic asked.
_I_AM_A = re.compile(r"\b(?:i m|im|i am|je suis|we are|nous sommes)\s+(?:a |an |un |une |des )?(?:[a-z]+ ){0,2}?"
                     r"(?:researcher|researchers|student|students|professor|academic|engineer|consultant|lawyer|"
                     r"journalist|intern|phd|postdoc|lecturer|scientist|developer|analyst|chercheur|chercheuse|"
                     r"chercheurs|etudiant|etudiante|etudiants|professeur|professeure|ingenieur|ingenieure|juriste|"
                     r"journaliste|stagiaire|doctorant|doctorante|analyste|enseignant|enseignante)\b")
#: Clocks the asker guesses inside the question ("something like 9:30-12:30 and 14:30-17:30"): an example of the
#: answer expected, never a time claimed of the opening.
_CLOCKS_GUESSED = re.compile(r"\b(?:something like|e g|eg|for example|genre|quelque chose comme|par exemple)\s+"
                             r"\d{1,2}(?:[:h.]\d{2})?(?:(?:\s*(?:-|to|a|–)\s*|\s+)\d{1,2}(?:[:h.]\d{2})?)?"
                             r"(?:\s*(?:,|and|et|&)\s*\d{1,2}(?:[:h.]\d{2})?(?:(?:\s*(?:-|to|a|–)\s*|\s+)\d{1,2}"
                             r"(?:[:h.]\d{2})?)?)*")
#: The asker's own clock, said as where they stand ("its like 3:30am here", "il est 4h ici"): the time now, never a
#: time claimed of the meeting.
_CLOCK_HERE_NOW = re.compile(r"\b(?:it[’']?s|it is|il est|c[’']?est)\s+(?:like |about |around |already |now |nearly |"
                             r"almost |just |deja |presque |genre |environ )*\d{1,2}(?:[:h.]\d{2}|h)?\s*(?:am|pm|a\.m\.|"
                             r"p\.m\.|du mat|du matin|du soir|de l apres midi)?\s+(?:here|now|right now|rn|over here|"
                             r"where i am|for me|ici|chez moi|maintenant|"
                             r"pour moi)\b", re.IGNORECASE)


def without_guessed_clocks(raw: str) -> str:
    """The question without the clocks the asker only guesses ("…, something like 9:30-12:30?") and without the
    asker's own clock ("its like 3:30am here lol, what time does it open for me?")."""
    return _CLOCK_HERE_NOW.sub(" ", re.sub(_CLOCKS_GUESSED.pattern, " ", raw, flags=re.IGNORECASE))


#: A yes/no question with a "when I …" clause after its verb ("do I have to say my name when I speak?", "faut-il
#: s'identifier quand on prend la parole ?"): the clause says when, the question asks whether.
_YES_NO_THEN_WHEN = re.compile(r"(?:^|[.!?]\s*)(?:do|does|should|must|can|could|may|shall|will|would|have|has|am|faut il|"
                               r"dois je|doit on|doit il|est ce qu?e?|puis je|peut on|peux je|je dois|on doit|il faut)\b"
                               r"[^.?!]{1,60}?(?<!know )(?<!tell me )(?<!tell us )(?<!say )(?<!sais )(?<!savez vous )"
                               r"(?<!dire )\b(?:when|quand|lorsque|lorsqu) (?:i|we|they|je|j|on|nous)\b")
_OTHER_ASKING = re.compile(r"\b(?:what|which|how|who|que|quoi|comment|quel|quelle|quels|quelles)\b")
#: "Quand je prends la parole, je dois me présenter ?": a "when I …" clause, then a yes/no question of its own.
_WHEN_THEN_YES_OR_NO = re.compile(r"^(?:when|quand|lorsque|lorsqu) (?:i|we|je|j|on|nous)\b[^,?]{3,80},\s*(?:do|should|must|"
                                  r"can|may|shall|is|are|does|have|je|j|dois|faut|est ce|puis|peut|on|il faut)\b"
                                  r"|^(?:when|quand|lorsque) (?:i|we|je|on)\b[^,?]{3,60}?\s(?:do|should|must|shall|dois|"
                                  r"faut il) (?:i|we|je|on)?\b")  # "when i take the floor do i have to say …"


#: "What do I say before I speak?": saying something when speaking asks what to state on taking the floor.
_SAYING = re.compile(r"\b(?:say|state|mention|announce|give|provide|dire|dis|dise|disent|indiquer|annoncer|mentionner|"
                     r"preciser|donner|fournir|obligations?|rules?|regles?|requirements?|exigences?|etiquette|"
                     r"protocol|protocole|formalit(?:y|ies|e|es)|conventions?|usages?)\b"
                     r"|\b(?:what|que)\b.{0,30}\b(?:do|faire)\b")  # "que dois-je faire lorsque je prends la parole ?"
#: What a speaker says of themselves: their name, organisation, entity or country.
_ONESELF_WORDS = r"(?:name|names|organisation|organization|org|orga|organisme|affiliation|company|entity|entite|nom|" \
                 r"country|pays)"
_ONESELF = re.compile(rf"\b{_ONESELF_WORDS}\b")
#: One's own name or organisation said aloud ("do I need to say my name and org?"), outside registering: identifying.
_OWN_DETAILS = re.compile(rf"\b(?:my|our|mon|ma|notre|nos|mes)\s+{_ONESELF_WORDS}\b")
_REGISTERING = re.compile(r"\b(?:regist\w*|inscri\w*|form|formulaire|focal)\b")
_REMOTELY = re.compile(r"\b(?:remotely|remote|online|a distance|en ligne|on the mic|on mic|at the mic|au micro|mic|"
                       r"microphone|micro)\b")  # every speaker is remote, and speaks into a microphone
_SPEAKING = re.compile(r"\b(?:floor|speak|speaks|speaking|talk|talks|talking|intervene|intervening|intervention|parler|"
                       r"parle|parole|intervenir)\b")


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\btsbsg\d+\b", re.IGNORECASE)  # or a study group's mailbox alone
#: The six languages of the UN by their codes, as written in pairs ("FR/EN interpretation", "en-fr").
_LANGUAGE_CODES = {
    "en": {"en": "english", "fr": "french", "es": "spanish", "ar": "arabic", "ru": "russian", "zh": "chinese"},
    "fr": {"en": "anglais", "fr": "francais", "es": "espagnol", "ar": "arabe", "ru": "russe", "zh": "chinois"},
}
_LANGUAGE_PAIR = re.compile(r"\b(en|fr|es|ar|ru|zh)\s*[/-]\s*(en|fr|es|ar|ru|zh)\b")


#: Who asks, said before the question ("as an ITU-T Associate delegate, what do I need …?", "en tant que
#: rapporteur, …"): the role says who asks, not what.
_AS_A_ROLE = re.compile(r"^(?:as|en tant que|comme)\s+(?:an?|the|un|une|le|la|l|our|my|notre)?\s*(?:[\w-]+\s+){0,4}?"
                        r"(?:delegate|delegates|member|associate|newcomer|participant|academic|researcher|engineer|"
                        r"delegation|delegue|deleguee|membre)\s*,\s*(?=\S)")  # not a chair or a rapporteur: the
# agenda has items of their own ("as vice-chair, when do I report?" is item 8)


#: Whom the asker represents, said before what they ask ("je représente un Membre du Secteur et je souhaiterais
#: savoir …", "I represent the Kenyan regulator, and …"): who asks, not the topic.
_I_REPRESENT = re.compile(r"\b(?:je represente|nous representons|i represent|we represent|i m representing|"
                          r"im representing)\s+(?:[\w]+\s+){0,5}?[\w]+(?=\s*[,.;!]|\s+(?:et|and)\s)")


#: "What is SG17 (actually) about?": the study group's field, when the question ends there.
_GROUP_ABOUT = re.compile(r"\b((?:sg|ce) ?\d{1,2}|study group \d{1,2}|the study group)\s+(?:actually |really |all "
                          r"|exactly )?about(?: exactly| really| actually| again| then)?\s*(?=[?.!]|$)")

#: "Sur quel thème porte la CE17 ?", "la CE17 porte sur quoi ?": the study group's field, in French.
_GROUP_ABOUT_FR = re.compile(
    r"\b(?:sur (?:quel|quels|quelle|quelles) (?:theme|themes|sujet|sujets|domaine|domaines|thematique|thematiques)|"
    r"sur quoi)\s+port(?:e|ent|era|eront)(?: t elle| t il)?\s+(?:la |le |cette )?"
    r"(?P<a>(?:sg|ce) ?\d{1,2}|commission d etudes(?: \d{1,2})?|reunion)\b"
    r"|\b(?P<b>(?:sg|ce) ?\d{1,2}|commission d etudes(?: \d{1,2})?|reunion)\s+port(?:e|ent|era)\s+sur\s+quoi\b")

#: Added to a question that asks what a speaker says of themselves ("my name only or also my organisation?"), so that
#: the floor rule's words are there, and so that the engine can tell it was read so.
SPEAKER_DETAILS_ASKED = " identify floor"
#: What goes on now, in French ("ça se passe quoi maintenant ?", "ce qui se passe en ce moment"): the item discussed
#: (unlike "comment ça se passe pour l'inscription ?", a way of asking how).
_HAPPENING_NOW = re.compile(r"\b(?:qu est ce qui |que |ca |il |ce qui )?se passe(?: t il)?(?: quoi)? "
                            r"(?=maintenant\b|en ce moment\b|actuellement\b)")
#: What one takes the floor for ("take the floor to support a contribution", "prendre la parole pour présenter ma
#: contribution"): the reason for speaking, not a topic asked; taking the floor is.
_FLOOR_FOR = re.compile(r"\b(floor|parole)\s+(?:to|in order to|pour|afin de)\s+(?:support|present|introduce|comment|raise|"
                        r"make|defend|oppose|object|propose|explain|soutenir|presenter|appuyer|commenter|defendre|"
                        r"proposer|expliquer|s opposer)\b[^.?!;]*")
#: A microphone or headset broken ("my mic just broke", "mon micro est cassé"): a sound problem, unless the chat is
#: what the message asks about ("can I type in the chat instead? mic broken").
_BROKEN_MIC = re.compile(r"\b(?P<what>mic|mike|micro|microphone|headset|casque|audio)\b(?P<between>(?:\s+\w+){0,3}?)\s+"
                         r"(?:broke|broken|died|dead|casse|cassee|lache|mort)\b")
#: The chat named, or typing in it ("can I type my comment instead?").
_CHAT_NAMED = re.compile(r"\b(?:chat|tchat|type|typing|ecrire|taper)\b")
#: "c commencé ?", "c fini ?" in chat spelling: whether it has begun or ended ("c'est commencé ?"), not "ça commence
#: quand ?".
_C_BEGUN = re.compile(r"\bc (?=(?:deja )?(?:commence|fini|termine|parti|lance)\s*(?:deja\s*)?(?:[?!.]|$))")
#: Chat's "b4" for "before", written with a digit (the chat spellings are of letters only).
_BEFORE_IN_CHAT = re.compile(r"\bb4\b")
#: "pdt" in French chat: the chairman after an article ("le pdt", "au pdt"), else "pendant" ("pdt 20 min").
_PDT = re.compile(r"\b(?:(le|du|au|un|notre|votre|ce|leur|son|mon) )?pdt\b")
#: A part of a month ("fin août", "début septembre", "end of August", "late August"): when, not an end or a start.
_PART_OF_A_MONTH = re.compile(r"(?<!jusqu a )(?<!jusqu a la )(?<!avant )(?<!avant la )(?<!d ici )(?<!d ici la )\b"
                              r"(?:(?:a )?la )?(?:fin|debut|mi)(?: de| d)? (?=(?:janvier|fevrier|mars|avril|mai|juin|"
                              r"juillet|aout|septembre|octobre|novembre|decembre)\b)|\b(?:late|early|mid) (?=(?:january|"
                              r"february|march|april|may|june|july|august|september|october|november|december)\b)")
# ("till the end of august" and "jusqu'à fin août" stay: a date claimed as a deadline)
#: What the asker heard said ("j'ai entendu fin août", "I heard it was moved"): hearsay, no sound.
_HEARSAY = re.compile(r"\b(?:j ai|on m a|on a|i ve|i have|i|we|nous avons)\s+(?:entendu|heard)(?:\s+(?:dire|parler|que|qu|"
                      r"that|about|it|somewhere))?\b(?!\s+(?:me|moi|nothing|rien|the others|les autres))")
#: A permission asked in French ("il a le droit de faire ça ?", "ils ont le droit de me couper ?"): may, not the
#: intellectual property rights of agenda item 5 b). Who may take part or vote keeps its own words.
_RIGHT_TO = re.compile(r"\b(?:a|as|ont|avez|avons|aura|aurait|auront) le droit (?:de |d )"
                       r"(?!participer|assister|m inscrire|s inscrire|prendre part|vote|voter)")
#: Saying one is new ("first time delegate here", "je suis nouveau"): who asks, when another thing is asked.
_NEW_HERE = re.compile(r"\b(?:(?:a )?first time (?:delegate|participant|attendee)(?: here)?|first timer here|"
                       r"first time (?:on|in) (?:this|the) (?:server|channel|workspace|slack|discord|chat)|"
                       r"(?:i m |im |i am )?(?:new|quite new|very new|brand new) to (?:all )?(?:this|itu|itu t|sg17)|"
                       r"(?:i m|im|i am) (?:new|a newcomer|a first timer|a newbie)(?: here| to itu(?: t)?| to sg17)?|new here|"
                       r"(?:total |complete )?newbie here|"
                       r"je suis (?:nouveau|nouvelle)(?: ici| a l uit)?)\b")
#: What a newcomer may ask that has its own answer: registering, MyMeetings, deadlines, documents, times.
_ASKS_ANOTHER_THING = re.compile(r"\b(?:regist\w*|inscri\w*|mymeetings|deadline\w*|echeance\w*|contribution\w*|dates?|"
                                 r"study group|what is it about|about|"
                                 r"documents?|agenda|ordre du jour|interpretation|time|heure|when|quand|tds?)\b")


#: Whose side the asker speaks for ("from the Finnish side", "du côté marocain"): a nationality, never a language asked.
_SIDE = re.compile(r"\b(?:from|on) (?:the|our) [a-z]+ side\b|\bdu cote [a-z]+\b|\bde notre cote\b")


#: "Planned" said of something already named ("any tutorials planned?", "sessions planned for this meeting"): it asks
#: whether there is one, unlike "planned rapporteur group meetings", an agenda title's own word.
_SAID_OF_IT = re.compile(r"\bplanned\b(?=\s*(?:[?!.,;:]|$|(?:at|for|during|in|on|this|today|tomorrow|next|to|by|"
                         r"there|soon|yet|already|or|and|which|what|where|when)\b))")


#: Which agenda item something is under, asked ("under which agenda item are …", "which item covers …").
_UNDER_WHICH_ITEM = re.compile(r"\b(?:which|what|quel|quelle|sous quel|dans quel) (?:agenda )?(?:item|items|point|"
                               r"points|sub item|sous point)\b")


#: Meetings said to be planned ("rapporteur group e-meetings planned"), as an agenda title names them.
_MEETINGS_PLANNED = re.compile(r"\bmeetings?\b(?:\s+\w+){0,3}\s+planned\b")


#: "in general", "en général" said of the asking ("c'est quoi le point 6 en général ?"), not the agenda's "General
#: matters" ("what's in general matters?").
_IN_GENERAL = re.compile(r"\b(?:in|en) general\b(?!\s+(?:matters?|questions?|assembly|secretariat|items?|points?))")
#: "hwo", "hw0": the letters of both "who" and "how"; before "is", "was", "are" or a verb of a role it asks who
#: ("hwo is the chiarman"), else how ("hwo do i register").
_WHO_OR_HOW = re.compile(r"\b(?:hwo|woh|ohw)\b(?:(?=\s+(?:is|s|was|are|were|signed|signs|chairs|leads|runs|chaired)\b)"
                         r"(?P<who>)|)")


#: A French word with its elided article or pronoun glued on ("lheure", "linscription", "jai"): split when the rest
#: is a known word and the whole is not.
_GLUED_ELISION = re.compile(r"\b(qu|[ldjmnst])(h?[aeiouy][a-z]{3,})\b")


#: Who is cut off when a speaker is ("can the chair cut off my mic?", "cut me off"): no deadline's cut-off.
_CUT_OFF_SPEAKING = re.compile(r"\b(?:chair|chairman|president|mic|microphone|audio|sound|voice|speaker|speaking|"
                               r"participant|participants|interrupt)\b|\bcut (?:me|him|her|them|us|you) off\b")


#: "LA", "L.A." written in capitals in an English question: Los Angeles (never French "la").
_LOS_ANGELES = re.compile(r"(?<![\w.])(?:LA|L\.A\.?)(?![\w])")


#: "+" between the parts of one moment ("what time + day is that for me").
TIME_PLUS_DAY = re.compile(r"\b(time|day|date|hour|heure|jour)\s\+\s(time|day|date|hour|heure|jour)\b")
#: A weekday before "le" and its day, as Québec French says it ("samedi le 22").
_WEEKDAY_THEN_LE = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) le (\d{1,2})\b")


#: "Close" said of a place ("which hotels are close?", "close to the ITU"), not of an ending.
_NEARBY = re.compile(r"\b(?:is|are)\s+(?:\w+\s+)?close(?=\s*(?:[?.!]|$|by\b|to\b))|\bclose(?= (?:to|by)\b(?! the (?:deadline|end)))")


#: The shortest word two typed halves are joined into ("dead line" → "deadline").
JOINED_AT_LEAST = 6
#: Prefixes written apart with a hyphen ("sub-item", "co-chair"): the words stay as written.
_PREFIXES = frozenset({"sub", "co", "pre", "re", "non", "vice", "inter", "anti", "multi", "self", "auto"})


def _one_letter_off(written: str, known: str) -> bool:
    """Whether a known word is one letter away from the written one ("contrabutions": "contributions"; not
    "deleste", from "ciudad del este", two away from "deleted")."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(written, known) <= 1


def _split_words_joined(tokens: tuple[str, ...], corrector: Corrector, lang: str) -> tuple[str, ...]:
    """Two neighbouring words joined when one is unknown and together they make a known word ("on line"), or when
    both are unknown and together they are a typo of one ("contra butions"); words the bot knows both of stay apart
    ("new york", "any way")."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        first = tokens[index]
        second = tokens[index + 1] if index + 1 < len(tokens) else ""
        both = first + second
        unknown = [not corrector.knows(first), not corrector.knows(second)]
        if len(first) >= 2 and len(second) >= 2 and both.isalpha() and len(both) >= JOINED_AT_LEAST and any(unknown) \
                and first not in _PREFIXES \
                and (corrector.knows(both) or all(unknown) and _one_letter_off(both, corrector.correct(both, lang))
                     and corrector.knows(corrector.correct(both, lang))):
            joined.append(corrector.correct(both, lang))
            index += 2
        else:
            joined.append(first)
            index += 1
    return tuple(joined)


def read_question(raw: str, lang: str, corrector: Corrector | None = None) -> Question:
    """Fold, split and correct a question whose language is already known."""
    if lang == "en" and not raw.isupper():
        raw = _LOS_ANGELES.sub("Los Angeles", raw)  # "LA time for the opening?"
    folded = re.sub(r"\bw/o\b", "without", fold(_ADDRESS.sub(" the secretariat ", raw)))  # "docs w/o translation";
    # an e-mail address is whom one writes to, not a topic of its own words
    names = _LANGUAGE_CODES.get(lang, _LANGUAGE_CODES["en"])
    folded = _LANGUAGE_PAIR.sub(lambda m: f"{names[m[1]]} {names[m[2]]}", folded)
    folded = _WHO_OR_HOW.sub(lambda m: "who" if m["who"] is not None else "how", folded)
    if lang == "fr":  # "le pdt", "pdt 20 min" (in English, PDT is Pacific time)
        folded = _PDT.sub(lambda m: f"{m[1]} president" if m[1] else "pendant", folded)
    folded = _BEFORE_IN_CHAT.sub("before", folded)  # "how long b4 it starts"
    folded = " ".join(re.sub(r"[a-z]+", lambda m: CHAT_SPELLINGS.get(m[0], m[0]), folded).split())
    folded = _HAPPENING_NOW.sub("discute ", folded)
    folded = _RIGHT_TO.sub("peut ", folded)
    folded = _PART_OF_A_MONTH.sub(" ", folded)
    folded = _HEARSAY.sub(" ", folded)
    folded = _C_BEGUN.sub("c est ", folded)
    if not _CHAT_NAMED.search(folded):
        folded = _BROKEN_MIC.sub(lambda m: f"{m['what']}{m['between']} poor", folded)  # "ça se passe quoi maintenant ?": what is discussed now
    folded = _WEEKDAY_THEN_LE.sub(r"le \1 \2", folded)  # Québec "samedi le 22": "le samedi 22"
    folded = TIME_PLUS_DAY.sub(r"\1 and \2", folded)  # "what time + day is that for me": time and day
    folded = _NEARBY.sub(lambda m: m[0].replace("close", "near"), folded)  # "which hotels are close?": near, no ending
    folded = _GUESS_AFTER.sub("?", folded)  # "the daily session hours? like 12 to 15 every day or?": the asker's guess
    folded = _CLOCKS_GUESSED.sub(" ", folded)  # "the daily session hours, something like 9:30-12:30 and 14:30-17:30?"
    folded = _CHAT_PHRASE.sub(" ", _AS_A_ROLE.sub("", _SIDE.sub(" ", _IN_GENERAL.sub(" ", _I_REPRESENT.sub(" ", folded)))))
    folded = _I_AM_A.sub(" ", folded)  # "I'm a university researcher in Greece, can I …": who asks, no topic
    folded = _AS_HEAD.sub(" ", folded)  # "…, as head of delegation I need to plan": who asks, not the chairman
    if _NEW_HERE.search(folded) and _ASKS_ANOTHER_THING.search(_NEW_HERE.sub(" ", folded)):
        folded = _NEW_HERE.sub(" ", folded)  # "first time delegate here, how do i register?": who asks, not the topic
    if not _CUT_OFF_SPEAKING.search(folded):
        folded = re.sub(r"\bcut off\b", "cutoff", folded)  # "registration cut-off?": a deadline's, not a speaker's
    folded = _PHRASE_WORD.sub(lambda m: PHRASE_WORDS[m[0]], folded)
    folded = _GROUP_ABOUT.sub(lambda m: f"{m[1]} field", folded if _UNDER_WHICH_ITEM.search(folded)
                              and _MEETINGS_PLANNED.search(folded) else _SAID_OF_IT.sub(" ", folded))  # "under which
    # agenda item are rapporteur meetings planned?": the agenda title's own word ("Planned Rapporteur group meetings")
    folded = _GROUP_ABOUT_FR.sub(lambda m: f"{m['a'] or m['b']} field", folded)
    folded = _FLOOR_FOR.sub(r"\1", folded)
    if (_SAYING.search(folded) or re.search(r"\bidentify\b", folded)) and (
            _SPEAKING.search(folded) or (_OWN_DETAILS.search(folded) and not _REGISTERING.search(folded))):  # every speaker is remote: "remotely" adds nothing
        folded = _ONESELF.sub("identify", _REMOTELY.sub(" ", folded)) + SPEAKER_DETAILS_ASKED  # "my name only or
        # also my organisation?": what one says of oneself is the identifying
    if _OTHER_ASKING.search(folded) or _WHEN_THEN_YES_OR_NO.search(folded) or _YES_NO_THEN_WHEN.search(folded):
        # another word asks ("faut-il s'identifier quand on prend la parole ?"): "when I …" only
        # says when
        folded = _WHEN_CLAUSE.sub(lambda m: ("as " if m[1] == "when" else "si ") + m[2], folded)
    respelling = FRENCH_RESPELLINGS if lang == "fr" else ENGLISH_RESPELLINGS
    elided = {letter.lower() for letter in re.findall(r"\b(\w)['’]\w", raw)}  # "N'Djamena": a name, not chat's "n"
    folded = re.sub(r"(?<![\w/])(?<!\d )[a-z]+(?![\w/)])",
                    lambda m: m[0] if m[0] in elided else respelling.get(m[0], m[0]), folded)
    folded = " ".join(folded.split())
    if lang == "fr" and corrector is not None:  # "lheure d ouverture", "linscription": the article glued on
        folded = _GLUED_ELISION.sub(lambda m: f"{m[1]} {m[2]}" if not corrector.knows(m[0]) and corrector.knows(m[2])
                                    else m[0], folded)
    tokens = tuple(words(folded))
    if corrector is not None:
        tokens = _split_words_joined(tokens, corrector, lang)  # "dead line", "contra butions"
    cased = cased_words(raw)
    written = frozenset(fold(w) for i, w in enumerate(cased)
                        if (i > 0 and w[:1].isupper()) or (len(w) > 1 and w.isupper()))  # proper names stay as written
    corrected = tuple(t if t in written or not corrector else corrector.correct(t, lang) for t in tokens)
    return Question(raw=raw, lang=lang, folded=folded, tokens=tokens, corrected=corrected, names=written)
