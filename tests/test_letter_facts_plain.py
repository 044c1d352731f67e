"""Every fact of TSB Collective letter 9/17 asked in plain words: two natural ways in English and two in
French each, the twins of tests/test_letter_facts.py (which asks them by command).

The expected texts are facts of the letter (a date, an hour, a name, a rule's key words), in the answer's
language, not the bot's phrasing. Asked on 20 July 2020, 10:00 Geneva (the ``ask`` fixture's clock).
"""

from __future__ import annotations

import pytest

# (fact, expected in an English answer (or alternatives), two English questions, expected in a French answer,
#  two French questions)
TWINS = [
    ("meeting dates", "3 September 2020", ("when is the SG17 meeting?", "what are the meeting dates?"),
     "3 septembre 2020", ("quand a lieu la réunion de la CE 17 ?", "la réunion dure du combien au combien ?")),
    ("opening day and hour", "11:00", ("what time does the meeting open on the first day?",
                                      "when does the first session start?"),
     "11:00", ("à quelle heure commence la réunion le premier jour ?", "la séance d'ouverture est à quelle heure ?")),
    ("management team meeting", "23 August", ("when is the open extended management team meeting?",
                                              "is there a meeting on Sunday 23rd?"),
     "23 août", ("quand se tient la réunion de l'équipe de direction ?", "il y a une réunion le dimanche 23 ?")),
    ("virtual", "virtual", ("is the meeting in Geneva or online?", "do I have to travel for this meeting?"),
     "virtuel", ("la réunion est-elle en présentiel ?", "faut-il se déplacer à Genève ?")),
    ("MyMeetings", "MyMeetings", ("which tool do we use to join remotely?", "how do I connect to the sessions?"),
     "MyMeetings", ("quel outil pour participer à distance ?", "comment se connecter aux séances ?")),
    ("English only, no interpretation", "without interpretation",
     ("will there be interpretation?", "what language is the meeting held in?"),
     "sans interprétation", ("y aura-t-il de l'interprétation ?", "dans quelle langue se tient la réunion ?")),
    ("no fellowships", "No fellowships", ("are fellowships available?", "can I get ITU funding to attend?"),
     "Aucune bourse", ("peut-on avoir une bourse ?", "l'UIT finance-t-elle la participation ?")),
    ("no visa", "visa", ("do I need a visa?", "should I apply for a Swiss visa?"),
     "visa", ("faut-il un visa ?", "dois-je demander un visa suisse ?")),
    ("chairman", "Heung-Youl Youm", ("who is the chairman of SG17?", "who chairs the study group?"),
     "Heung-Youl Youm", ("qui préside la commission d'études 17 ?", "c'est qui le président ?")),
    ("chairman's country", "Republic of Korea", ("which country is the chairman from?", "where is the chair from?"),
     "République de Corée", ("de quel pays vient le président ?", "le président est de quelle nationalité ?")),
    ("translation deadline", "24 June 2020",
     ("when are contributions needing translation due?", "deadline for contributions to be translated?"),
     "24 juin 2020", ("date limite pour les contributions à traduire ?",
                      "quand soumettre une contribution qui doit être traduite ?")),
    ("registration deadline", "24 July 2020", ("when is the registration deadline?", "by when must I register?"),
     "24 juillet 2020", ("quelle est la date limite d'inscription ?", "jusqu'à quand peut-on s'inscrire ?")),
    ("contributions deadline", "11 August 2020", ("when are contributions due?", "last day to submit a contribution?"),
     "11 août 2020", ("date limite des contributions ?", "jusqu'à quand soumettre une contribution ?")),
    ("no hour given", "no hour", ("at what time does registration close on 24 July?",
                                  "what hour is the contribution cut-off?"),
     "aucune heure", ("à quelle heure ferme l'inscription ?", "l'échéance des contributions est à quelle heure ?")),
    ("how to register", "registration form", ("how do I register?", "where do I sign up for the meeting?"),
     "formulaire", ("comment s'inscrire ?", "où est le formulaire d'inscription ?")),
    ("registration mandatory", ("mandatory", "must register"),
     ("is registration mandatory?", "do I have to register to take part?"),
     ("obligatoire", "doivent s'inscrire"), ("l'inscription est-elle obligatoire ?", "faut-il s'inscrire pour participer ?")),
    ("focal point approves", "focal point", ("who approves my registration?", "who must approve registration requests?"),
     "coordonnateur", ("qui approuve mon inscription ?", "qui doit valider les demandes d'inscription ?")),
    ("automatic approval TSB 118", "118", ("how can approvals be made automatic?", "which circular explains automatic approval?"),
     "118", ("comment rendre l'approbation automatique ?", "quelle circulaire pour l'approbation automatique ?")),
    ("unconfirmed cannot join", "MyMeetings", ("if my registration is not confirmed can I join MyMeetings?",
                                               "what happens if my registration isn't confirmed?"),
     "MyMeetings", ("si mon inscription n'est pas confirmée, puis-je accéder à MyMeetings ?",
                    "que se passe-t-il si mon inscription n'est pas confirmée ?")),
    ("women in delegations", "women", ("does the letter say anything about women in delegations?",
                                       "any guidance on gender balance in delegations?"),
     "femmes", ("la lettre parle-t-elle des femmes dans les délégations ?", "faut-il des femmes dans la délégation ?")),
    ("contributions by direct posting", "direct document posting",
     ("how do I submit a contribution?", "can I email my contribution to the secretariat?"),
     "publication", ("comment soumettre une contribution ?", "puis-je envoyer ma contribution par courriel ?")),
    ("TD drafts by e-mail with template", "template", ("how do I send a draft TD?", "how are draft TDs submitted?"),
     "gabarit", ("comment envoyer un projet de TD ?", "les projets de TD se soumettent comment ?")),
    ("documents need TIES", "TIES", ("how can I access the meeting documents?", "do I need an account to read the documents?"),
     "TIES", ("comment accéder aux documents de la réunion ?", "faut-il un compte pour lire les documents ?")),
    ("newcomers' sessions", "new delegates", ("are there sessions for new delegates?", "any induction for newcomers?"),
     "nouveaux délégués", ("y a-t-il des séances pour les nouveaux délégués ?", "une présentation pour les débutants ?")),
    ("identify when taking the floor", "entity", ("what must I say when I take the floor?",
                                                 "do I have to say who I represent when speaking?"),
     "entité", ("que dois-je dire en prenant la parole ?", "faut-il indiquer qui on représente quand on parle ?")),
    ("best effort", "best-effort", ("is remote participation guaranteed?", "how reliable is the remote service?"),
     "au mieux", ("la participation à distance est-elle garantie ?", "le service à distance est-il fiable ?")),
    ("not delayed", "not be delayed", ("will the meeting wait if I cannot connect?",
                                       "will they delay the session if my connection fails?"),
     "retardée", ("la réunion attendra-t-elle si je n'arrive pas à me connecter ?",
                  "la séance sera-t-elle retardée si ma connexion tombe ?")),
    ("chair may interrupt poor sound", "interrupt", ("what if my audio quality is poor?",
                                                      "can the chair cut me off if my sound is bad?"),
     "interrompre", ("que se passe-t-il si mon son est mauvais ?", "le président peut-il me couper si le son est mauvais ?")),
    ("chat is part of the meeting", "integral part", ("what is the chat for?", "is the chat part of the meeting?"),
     "fait partie", ("à quoi sert le chat ?", "l'outil de discussion fait-il partie de la réunion ?")),
    ("contacts: e-mail", "tsbsg17@itu.int", ("what is the secretariat's e-mail?", "how do I contact the secretariat?"),
     "tsbsg17@itu.int", ("quel est le courriel du secrétariat ?", "comment contacter le secrétariat ?")),
    ("contacts: phone and fax", "+41 22 730 5853", ("what is the fax number?", "secretariat fax?"),
     "+41 22 730 5853", ("quel est le numéro de fax ?", "le fax du secrétariat ?")),
    ("letter reference and date", "9/17", ("what is the reference of the invitation letter?", "which collective letter is it?"),
     "9/17", ("quelle est la référence de la lettre ?", "c'est quelle lettre collective ?")),
    ("draft time plan", "time plan", ("is there a timetable for the sessions?", "where is the schedule of sessions?"),
     "calendrier", ("y a-t-il un calendrier des séances ?", "où trouver le programme des séances ?")),
    ("agenda updates in TD3000", "TD3000", ("where are the agenda updates?", "which TD has the latest agenda?"),
     "TD3000", ("où sont les mises à jour de l'ordre du jour ?", "quel TD contient l'ordre du jour à jour ?")),
    ("agenda item 3h", "JTC 1", ("what is agenda item 3h?", "what's under 3 h?"),
     "JTC 1", ("c'est quoi le point 3h ?", "que couvre le point 3 h ?")),
    ("bulleted names: JCA-IdM", "4 f)", ("where does JCA-IdM come up on the agenda?", "which item covers JCA-IdM?"),
     "4 f)", ("à quel point parle-t-on de JCA-IdM ?", "JCA-IdM est sous quel point ?")),
]

CASES = [(fact, question, expected, lang)
         for fact, en_expected, en, fr_expected, fr in TWINS
         for lang, questions, expected in (("en", en, en_expected), ("fr", fr, fr_expected))
         for question in questions]


@pytest.mark.parametrize("fact, question, expected, lang", CASES,
                         ids=[f"{fact} [{lang}] {question}" for fact, question, _, lang in CASES])
def test_a_fact_of_the_letter_asked_in_plain_words(ask, fact, question, expected, lang):
    text = ask(question, user=f"asker-{hash(question)}")
    assert any(one in text for one in ((expected,) if isinstance(expected, str) else expected)), text


def test_every_fact_is_asked_two_ways_in_each_language():
    assert all(len(en) == 2 and len(fr) == 2 for _, _, en, _, fr in TWINS)
    assert len(TWINS) >= 35
