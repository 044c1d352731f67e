"""Every fact of TSB Collective letter 9/17, got from the bot with one command.

The expected texts are written from the letter itself (seeds/000_07774c5d5e4a87a5.txt), not read
from the meeting file, so a wrong or missing fact in the YAML is caught here.
"""

from __future__ import annotations

import pytest

# (fact, command, expected substring of the console reply)
IDENTITY = [
    ("body and study group", "/meeting", "ITU-T Study Group 17"),
    ("field is security", "/meeting", "Study Group 17 (Security)"),
    ("reference TSB Collective letter 9/17", "/meeting", "TSB Collective letter 9/17"),
    ("reference SG 17/XY", "/meeting", "SG 17/XY"),
    ("letter dated 8 June 2020", "/meeting", "Mon 8 Jun 2020"),
    ("signed by the TSB Director", "/meeting", "Director of the Telecommunication Standardization Bureau"),
    ("virtual meeting", "/meeting", "virtual meeting"),
    ("24 Aug - 3 Sep 2020 inclusive", "/meeting", "Mon 24 Aug 2020 – Thu 3 Sep 2020 (inclusive)"),
    ("starts 11:00 Geneva time on the first day", "/meeting", "Opens: Mon 24 Aug 2020, 11:00 Geneva"),
    ("management team meeting Sun 23 Aug 11:00", "/meeting",
     "Open extended SG17 management team meeting: Sun 23 Aug 2020, 11:00 Geneva"),
    ("remote participation through MyMeetings", "/meeting", "through MyMeetings"),
    ("English only", "/meeting", "English only"),
    ("no interpretation", "/meeting", "no interpretation"),
    ("chairman Heung-Youl Youm", "/meeting", "Heung-Youl Youm"),
    ("chairman from the Republic of Korea", "/meeting", "Heung-Youl Youm (Republic of Korea)"),
    ("addressed to Member State administrations", "/meeting", "Administrations of Member States of the Union"),
    ("addressed to Sector Members", "/meeting", "ITU-T Sector Members"),
    ("addressed to Associates in SG17", "/meeting", "ITU-T Associates participating in the work of Study Group 17"),
    ("addressed to academia", "/meeting", "academic institutions participating in the work of ITU-T"),
    ("draft time plan on the home page", "/meeting",
     "A draft time plan will be available on the study group home page and will be updated frequently"),
    ("no fellowships (letter body)", "/info fellowships", "No fellowships will be granted"),
]

DEADLINES = [
    ("deadline 24 June 2020", "/deadlines all", "Date: Wed 24 Jun 2020"),
    ("24 June is for contributions needing translation", "/deadlines all",
     "Submission of ITU-T Member contributions for which translation is requested"),
    ("deadline 24 July 2020", "/deadlines all", "Date: Fri 24 Jul 2020"),
    ("24 July is registration", "/deadlines all", "## Registration"),
    ("registration through the online form on the home page", "/deadlines all",
     "Through the online registration form on the study group home page"),
    ("deadline 11 August 2020", "/deadlines all", "Date: Tue 11 Aug 2020"),
    ("11 August is for Member contributions", "/deadlines all", "## Submission of ITU-T Member contributions\n"),
    ("contributions through the direct posting system", "/deadlines all",
     "How: Through the direct document posting system"),
    ("the letter gives no hour", "/deadlines all", "The letter gives the date but no hour."),
]

PRACTICAL = [
    ("contributions via direct document posting", "/info documents",
     "Member contributions must be submitted through the direct document posting system."),
    ("TD drafts by e-mail with the template", "/info documents",
     "Draft TDs (temporary documents) must be sent by e-mail to the study group secretariat using the "
     "appropriate template."),
    ("documents on the home page", "/info documents", "Meeting documents are available from the study group home page"),
    ("document access needs TIES", "/info documents", "ITU user account with TIES access"),
    ("working language English only", "/info language", "entirely and only in English, without interpretation"),
    ("registration mandatory", "/info registration", "Registration is mandatory"),
    ("registration online", "/info registration", "must be made online, through the registration form"),
    ("registration one month before", "/info registration", "at least one month before the meeting starts"),
    ("focal point approval per TSB 68", "/info registration",
     "As explained in Circular TSB 68, under the ITU-T registration system the focal point must approve"),
    ("automatic approval per TSB 118", "/info registration",
     "Circular TSB 118 explains how to set up automatic approval"),
    ("some options only for Member States", "/info registration",
     "Some options in the registration form apply only to Member States."),
    ("women in delegations", "/info registration", "include women in their delegations whenever possible"),
    ("unconfirmed cannot reach MyMeetings", "/info registration",
     "registration has not been confirmed will not be able to access the MyMeetings"),
    ("newcomers sessions", "/info newcomers", "Induction sessions for new delegates"),
    ("newcomers sessions if the chairman deems it", "/info newcomers", "if the study group chairman deems it appropriate"),
    ("no fellowships", "/info fellowships", "No fellowships will be granted"),
    ("no visas", "/info visas", "No visa is needed"),
]

REMOTE_RULES = [
    ("MyMeetings for all sessions incl. decisions", "/rules registration",
     "Remote participation is provided through MyMeetings for all sessions, including decision-making sessions"),
    ("delegates must register", "/rules registration", "Delegates must register to participate in the meeting."),
    ("identify yourself and your entity", "/rules floor",
     "delegates must identify themselves and indicate the entity they represent"),
    ("best effort", "/rules connection", "provided on a best-effort basis"),
    ("no delay for a participant who cannot connect", "/rules connection",
     "the meeting will not be delayed or interrupted because a remote participant is unable to connect, "
     "listen or be heard, at the discretion of the chairman"),
    ("chair may interrupt poor sound", "/rules sound",
     "the chairman may interrupt the remote participant and may refrain from giving the participant the floor "
     "until there is indication that the problem is resolved"),
    ("chat is part of the meeting", "/rules chat", "The chat facility is an integral part of the meeting"),
    ("chat for time management", "/rules chat", "to facilitate efficient time management during the sessions"),
]

CONTACTS = [
    ("e-mail", "/meeting", "tsbsg17@itu.int"),
    ("telephone", "/meeting", "+41 22 730 6206"),
    ("fax", "/meeting", "+41 22 730 5853"),
    ("web", "/meeting", "http://itu.int/go/tsg17"),
]

AGENDA_HEAD = [
    ("agenda title", "/agenda", "Agenda for Plenary Meeting of ITU-T SG17"),
    ("agenda place and dates", "/agenda", "Geneva, 24 Aug-3 Sep 2020"),
    ("agenda has 10 items", "/agenda", "(10 items)"),
    ("updates in TD3000", "/agenda", "Updates to the agenda can be found in TD3000"),
]

# Annex B, as printed in the letter.
ITEMS = {
    "1": "Opening of the meeting and welcome",
    "2": "Results from the last SG17 meeting",
    "3": "Coordination, collaboration and cooperation",
    "4": "Working arrangements for this meeting",
    "5": "General matters",
    "6": "Programme for this meeting (working party meetings and meetings on Questions)",
    "7": "Future meetings of SG17",
    "8": "Information from Vice-Chairmen and Working Party Chairmen",
    "9": "Any other business",
    "10": "Closing",
}
SUB_ITEMS = {
    "2a": "Reports of the 17-26 March 2020 SG17 meeting",
    "2b": "Report of the 29 May SG17 e-plenary",
    "2c": "Result of Recommendations consented under AAP",
    "2d": "Result of the Member States consultation for Recommendations determined under TAP",
    "2e": "Reports of the interim Rapporteur group meetings",
    "2f": "Reports from the Correspondence Groups",
    "2g": "Workshops and seminars of interest to SG17",
    "3a": "Joint coordination activities (JCAs) and Focus groups (FGs)",
    "3b": "Relations with other lead study groups",
    "3c": "Collaboration with ITU-D",
    "3d": "Collaboration with ITU-R",
    "3e": "Global Standards Collaboration (GSC)",
    "3f": "CTO meeting",
    "3g": "Memorandum of Understanding on e-business (IEC, ISO, ITU-T, UN/ECE)",
    "3h": "Collaboration with IEC, ISO and ISO/IEC JTC 1",
    "3i": "Collaboration with IETF",
    "3j": "Collaboration with ETSI",
    "3k": "Collaboration with the SDL Forum Society",
    "3l": "A.5 qualification of UPU",
    "3m": "Interaction with other industry consortia and forums",
    "3n": "Reports on other liaison and collaboration activities",
    "4a": "SG17 organization for this meeting",
    "4b": "Special Sessions",
    "4c": "Handling of input documents",
    "4d": "Texts proposed for action and proposed new work items",
    "4e": "SG17 Lead Study Group activities",
    "4f": "SG17 JCAs",
    "4g": "SG17 Regional Groups",
    "4h": "SG17 Projects",
    "4i": "Tutorials for this meeting",
    "5a": "TDs to facilitate our work",
    "5b": "IPR information",
    "5c": "Leadership positions",
    "5d": "SG17 activities in support of WTSA-16 Resolutions, PP-18 Resolutions and WTDC-17 Resolutions",
    "5e": "SG17 Webpages",
    "5f": "Kaleidoscope",
    "5g": "Future SG17 organized outreach events (workshops, summits, seminars)",
    "6a": "Meeting reports including action plans updated for the next and future SG17 meetings",
    "6b": "Recommendations and other texts for approval or agreement at this SG17 meeting",
    "6c": "Recommendations for consent or determination at this SG17 meeting",
    "6d": "A.5 justification for normative references other than ITU, ISO, IEC in Recommendations",
    "6e": "A.25 justification for incorporation of text in Recommendations",
    "6f": "New work items to be added and work items to be deleted from the work programme",
    "6g": "Recommendations planned for consent or determination or agreement at the next SG17 meeting",
    "6h": "Recommendations planned for consent or determination or agreement later in next study period",
    "6i": "Updated Question Work Programme including Editors, Summaries and other updates for Recommendations "
          "and other texts under development",
    "6j": "Manuals, roadmaps and wikis",
    "6k": "Liaison statements",
    "6l": "Requests to TSB to initiate A.4 (consortia/forums), A.5 (referenced organizations) or A.6 (SDOs) "
          "qualifications",
    "6m": "Appointments/dismissals of SG17 positions",
    "6n": "Appointment of interregnum Rapporteurs and Associate Rapporteurs",
    "6o": "Planned Rapporteur group (e-)meetings (alone, joint or collocated), and other activities",
    "6p": "Establishment, continuation, or termination of correspondence groups",
    "6q": "Other items for SG17 agreement",
    "6r": "Highlights of achievements",
}
BULLETS = {
    "2f": ["CG-xss", "CG-wtsa20-prep", "CG-SECAD"],
    "4f": ["JCA-IdM", "JCA-CoP"],
    "4g": ["SG17RG-AFR", "SG17RG-ARB"],
}

AGENDA = (
    [(f"item {ref} {title}", "/agenda", f"{ref}. {title}") for ref, title in ITEMS.items()]
    + [(f"sub-item {ref} {title}", f"/agenda {ref}", f"{ref[:-1]} {ref[-1]}) {title}")
       for ref, title in SUB_ITEMS.items()]
    + [(f"{name} under {ref}", f"/agenda {ref}", f"• {name}") for ref, names in BULLETS.items() for name in names]
)

FACTS = IDENTITY + DEADLINES + PRACTICAL + REMOTE_RULES + CONTACTS + AGENDA_HEAD + AGENDA


@pytest.mark.parametrize("command, expected", [(c, e) for _, c, e in FACTS], ids=[fact for fact, _, _ in FACTS])
def test_letter_fact(ask, command, expected):
    assert expected in ask(command)


def test_every_sub_item_of_the_letter_is_in_the_full_agenda_and_nothing_else(reply_of):
    lines = [seg.strip() for seg in reply_of("/agenda full").segments() if isinstance(seg, str) and seg.strip()]
    entries = [line for line in lines if line[:1].isdigit()]
    expected = [f"{ref}. {title}" for ref, title in ITEMS.items()] + \
               [f"{ref[:-1]} {ref[-1]}) {title}" for ref, title in SUB_ITEMS.items()]
    assert sorted(entries) == sorted(expected)
