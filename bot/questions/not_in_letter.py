"""Things delegates ask that the letter never covers, and that other topics' words would otherwise answer.

"Are live captions or sign language provided?" shares "interpretation" with the language rule, and "when will
the meeting report be published?" shares "report" and "meeting" with the dates and the agenda; both get the
honest "the meeting information does not say", naming what it does not say, with the secretariat's address.
"""

from __future__ import annotations

import re

from bot.context import Context
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question, fold
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Access services for deaf or hard-of-hearing participants ("live captions", "sous-titres", "langue des signes").
_ACCESS_SERVICES = re.compile(r"\b(?:captions?|captioning|closed caption\w*|subtitles?|sous titres?|sous titrage|cart|"
                              r"sign language|langue des signes|lsf|asl|transcription en direct|live transcription|"
                              r"real time text|hearing loop|boucle magnetique|malentendant\w*|hard of hearing|deaf|"
                              r"sourde?s?|accessibility|accessibilite)\b")

#: Interpretation or translation asked about, which the language rule answers.
_LANGUAGES_ASKED = re.compile(r"\b(?:interpretation|interpretariat|interpreters?|interpretes?|translation|traduction)\b")
#: Sign language, an access service even when called interpretation ("interprétation en langue des signes").
_SIGNS = re.compile(r"\b(?:sign language|langue des signes|lsf|asl)\b")

#: The report of this very meeting asked for ("when will the meeting report be published?", "le rapport de la
#: réunion sortira quand ?"), not one of the earlier reports the agenda names (March, the 29 May e-plenary).
_THIS_REPORT = re.compile(r"\b(?:(?:meeting s |meeting |final )(?:report|minutes)|(?:report|minutes) of (?:the|this) "
                          r"(?:meeting|session|sg ?17 meeting)|(?:rapport|compte rendu|proces verbal) (?:final )?(?:de la|de "
                          r"cette) (?:reunion|session))\b(?:\s+\w+){0,6}?\s+(?:published|publish|out|available|released|"
                          r"issued|posted|publie|publiee|disponible|sortira|sort|diffuse|diffusee|mis en ligne)\b")
#: This meeting's report or minutes asked to be translated ("le rapport final sera-t-il traduit en français ?"): the
#: letter's languages are the meeting's and the contributions', never the report's.
_REPORT_TRANSLATED = re.compile(r"\b(?:report|minutes|rapport|compte rendu|proces verbal)\b(?:\s+\w+){0,8}?\s+(?:"
                                r"translated|translate|translation|traduit|traduite|traduits|traduction|available in "
                                r"(?:french|spanish|arabic|chinese|russian)|disponible en (?:francais|espagnol|arabe|"
                                r"chinois|russe))\b")
#: The meeting's documents asked to be translated ("les documents seront traduits en français ?", "will the docs be
#: translated?"), not a contribution of one's own (whose deadline says).
_DOCUMENTS_TRANSLATED = re.compile(r"\b(?:documents?|docs?|meeting documents|documentation)\b(?:\s+\w+){0,6}?\s+(?:"
                                   r"translated|traduits?|traduites?|available in (?:french|spanish|arabic|chinese|russian)|"
                                   r"disponibles? en (?:francais|espagnol|arabe|chinois|russe))\b")
#: A deadline or one's own contribution beside the documents translated: the translation deadline answers it.
_A_DEADLINE_ASKED = re.compile(r"\b(?:deadline|date limite|date|by|until|avant|submit|submitted|soumettre|soumis|"
                               r"contributions?|my|mes|mon|nos|our|doivent)\b")
#: A report of one's own ("my Question's meeting report", "notre rapport"), which a delegate submits.
_ONES_OWN_REPORT = re.compile(r"\b(?:my|our|mon|notre|nos|question s|rapporteur s)\s+(?:\w+\s+){0,2}?(?:report|rapport)")
#: An earlier meeting's report, which the agenda names (item 2).
_EARLIER_REPORT = re.compile(r"\b(?:march|mars|may|mai|e plenary|e pleniere|pleniere electronique|last|previous|"
                             r"derniere|precedente|wp|working party|groupe de travail|tsag|gcnt)\b")


#: What an event the agenda only names is about ("c quoi le thème du kaleidoscope 2020 ?", "workshop speakers?"): the
#: agenda names the event, never its theme, programme or speakers.
_EVENT_DETAIL = re.compile(r"\b(?:theme|themes|topic|topics|sujet|sujets|programme|program|speakers?|intervenants?|"
                           r"orateurs?|papers?|articles?)\b(?:\s+\w+){0,4}?\s+(?:kaleidoscope|workshops?|ateliers?|"
                           r"seminars?|seminaires?|tutorials?|tutoriels?)\b|\b(?:kaleidoscope|workshops?|ateliers?|"
                           r"seminars?|seminaires?)\b(?:\s+\w+){0,3}?\s+(?:theme|themes|topic|topics|sujet|speakers?|"
                           r"intervenants?)\b")


#: What a session decided asked ("what was decided at the 29 May e-plenary?", "ce qui a été décidé hier au point
#: 6b"): its outcome, which a letter sent before it cannot give.
_DECIDED = re.compile(r"\b(?:what was decided|what did (?:they|we|the \w+) decide|what were the decisions|decisions? "
                      r"(?:were|was) (?:taken|made)|ce qui a ete decide|qu est ce qui a ete decide|qu a t on decide|"
                      r"quelles? (?:ont ete les )?decisions? (?:ont ete )?prises?|qu est ce qu ils ont decide)\b")


#: The device or app MyMeetings needs asked ("will mymeetings work on my phone? any app to install", "faut-il installer
#: une application ?").
_DEVICE_ASKED = re.compile(r"\b(?:smartphone|tablet|tablette|ipad|iphone|android|laptop|browser|"
                           r"navigateur)\b"
                           r"|\b(?:work|works|run|runs|marche|fonctionne)\s+(?:on|sur)\s+(?:my|a|mon|un)\s+(?:phone|mobile|"
                           r"telephone|portable|cell)\b")
#: Joining by telephone asked ("can I join by phone?"), which has its own answer.
DIAL_IN = re.compile(r"\b(?:dial in|dial-in|by phone|by telephone|par telephone|call in)\b")
#: Recordings of the sessions asked ("will the sessions be recorded?", "les séances seront-elles enregistrées ?", "can i
#: watch later", "pour que je puisse la réécouter après").
_RECORDED_SESSIONS = re.compile(r"\b(?:sessions?|seances?|meetings?|reunions?|plenar\w*|pleniere?s?|"
                                r"discussions?)\s+(?:\w+\s+){0,2}?(?:be\s+|get\s+|been\s+|etre\s+)?(?:recorded|"
                                r"enregistree?s?|enregistrer)\b|"
                                r"\b(?:watch|view|rewatch|replay|listen to|revoir|reecouter|re ecouter|regarder|visionner)"
                                r"(?:\s+(?:it|them|the (?:sessions?|meeting|plenary|recording)|la|les|le|l|la reunion|"
                                r"les seances|ca))?\s+(?:later|afterwards|after(?:wards)?|apres|plus tard|en differe|"
                                r"ensuite)\b|"
                                r"\b(?:recordings?|replays?|rediffusions?|enregistrements?)\s+(?:of|des|de la|du)\s+"
                                r"(?:the\s+)?(?:sessions?|seances?|meetings?|reunions?|plenar\w*)\b")
#: Being seen or dressed a certain way in the sessions, which the letter never mentions.
_CAMERA_OR_DRESS = re.compile(r"\b(?:cameras?|webcams?|camera on|video on|dress code|code vestimentaire|tenue "
                              r"vestimentaire|dress)\b")
#: A fee asked ("is there a registration fee?", "le montant de la contribution financière à verser", "tarif").
_FEE_ASKED = re.compile(r"\b(?:fees?|tarifs?|frais d (?:inscription|participation)|frais de (?:participation|dossier)|"
                        r"montant (?:a verser|a payer|de la contribution)|contribution financiere|financial contribution|"
                        r"cost to (?:attend|participate|register|join)|payante?|a payer pour (?:participer|s inscrire))\b")
#: Travel paid for asked ("who pays my flight?"), which the fellowships rule answers.
_TRAVEL = re.compile(r"\b(?:travel|flight|flights|airfare|ticket|tickets|billet|billets|voyage|hotel|bourses?|"
                     r"fellowships?|per diem)\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"The meeting information does not say" for access services, this meeting's report and what an event the agenda
    only names is about; None otherwise."""
    folded = fold(q.raw)
    m, lang = ctx.meeting, q.lang
    if _ACCESS_SERVICES.search(folded) and (not _LANGUAGES_ASKED.search(folded) or _SIGNS.search(folded)):  # "spanish
        # interpretation or at least subtitles?": the language rule answers, and says what it leaves out
        what = say("oos.access", lang)
    elif _REPORT_TRANSLATED.search(folded) and not _EARLIER_REPORT.search(folded) \
            and not _ONES_OWN_REPORT.search(folded):  # "will the final report be translated into French?": not
        # the meeting's "No" to interpretation
        return text_answer(m, lang, say("oos.title", lang), *_report_translated(ctx, lang), ok=False)
    elif _DOCUMENTS_TRANSLATED.search(folded) and not _A_DEADLINE_ASKED.search(folded):  # "les documents seront
        # traduits en français ?" (not "the deadline for documents to be translated"): not the "No" to
        # interpretation; what the letter says of languages, and the deadline for contributions to be translated
        return text_answer(m, lang, say("oos.title", lang), *_report_translated(ctx, lang, "oos.documents_translated"),
                           ok=False)
    elif _THIS_REPORT.search(folded) and not _EARLIER_REPORT.search(folded) and not _ONES_OWN_REPORT.search(folded):
        what = say("oos.report", lang)
    elif _EVENT_DETAIL.search(folded):
        what = say("oos.event_detail", lang)
    elif _DECIDED.search(folded):  # "ce qui a été décidé hier au point 6b", "what was decided at the 29 May e-plenary"
        what = say("oos.decided", lang)
    elif _DEVICE_ASKED.search(folded) and not DIAL_IN.search(folded) \
            and not re.search(r"\b(?:zoom|teams|webex|skype|gotomeeting)\b", folded):  # "will mymeetings work on my phone? any app
        what = say("oos.devices", lang)  # to install": the letter names the tool, never what it runs on
    elif _RECORDED_SESSIONS.search(folded):  # "les séances seront-elles enregistrées pour ceux qui …?"
        return text_answer(m, lang, say("oos.title", lang), say("oos.recorded", lang, email=m.contacts.email),
                           ok=False)
    elif _CAMERA_OR_DRESS.search(folded):  # "is camera on required in mymeetings? any dress code lol"
        named = " / ".join(f"“{found}”" for found in dict.fromkeys(hit[0] for hit in _CAMERA_OR_DRESS.finditer(folded)))
        return text_answer(m, lang, say("oos.title", lang), say("oos.not_said_of", lang, words=named,
                                                                   email=m.contacts.email), ok=False)
    elif _FEE_ASKED.search(folded) and not _TRAVEL.search(folded):  # "le montant de la contribution financière à
        what = say("oos.fee", lang)  # verser pour participer …": no fee is named, nor its absence
    else:
        return None
    return text_answer(m, lang, say("oos.title", lang), say("oos.part", lang, words=what, email=m.contacts.email),
                       ok=False)


def _report_translated(ctx: Context, lang: str, unsaid: str = "oos.report_translated") -> list[str]:
    """That the letter does not say whether this meeting's report (or its documents) are translated, then what it says
    of languages: the meeting's own (with or without interpretation) and the deadline for contributions to be
    translated."""
    from bot.locale_names import language_name
    from bot.questions.formatting import day

    m = ctx.meeting
    lines = [say(unsaid, lang, email=m.contacts.email),
             say("oos.languages_said" if not m.interpretation else "oos.languages_said.interpreted", lang,
                 language=language_name(m.working_language, lang))]
    translated = [d for d in m.deadlines if "translation" in d.what.lower()]
    if translated:
        lines.append(say("oos.translated_by", lang, day=day(translated[0].date, lang)))
    return lines
