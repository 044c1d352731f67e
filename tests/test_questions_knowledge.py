"""The knowledge index comes from the meeting file only, is cached per meeting, and reads an optional FAQ."""

import pytest
from pydantic import ValidationError

from bot.models import Meeting
from bot.questions.faq import FaqEntry, faq_of
from bot.questions.knowledge import build_entries, knowledge_for
from tests.qa_support import ask_text


def test_every_part_of_the_file_becomes_findable(meeting):
    kinds = {(e.kind, e.key) for e in build_entries(meeting)}
    assert ("practical", "fellowships") in kinds and ("rule", "poor-sound") in kinds
    assert ("deadline", "registration") in kinds and ("session", "management-team") in kinds
    assert ("agenda", "3h") in kinds and ("fact", "chairman") in kinds


def test_the_index_is_built_once_per_meeting(meeting):
    assert knowledge_for(meeting) is knowledge_for(meeting)


def test_facts_are_answered_from_the_file_not_from_code(meeting):
    renamed = meeting.model_copy(update={"remote_tool": "OtherTool", "chairman": meeting.chairman.model_copy(
        update={"name": "Ms Ada Example"})})
    assert "OtherTool" in ask_text(renamed, "How do I join the meeting remotely?")
    assert "Ms Ada Example" in ask_text(renamed, "Who is the chairman?")


class MeetingWithFaq(Meeting):
    """What bot.models.Meeting looks like once the `faq` field is added."""

    faq: list[FaqEntry] = []


def test_a_faq_section_adds_answers_in_both_languages(meeting):
    data = meeting.model_dump()
    data["faq"] = [{"question": "Is there a social event?", "answer": "No social event is planned.",
                    "question_fr": "Y a-t-il un événement social ?", "answer_fr": "Aucun événement social n'est prévu.",
                    "keywords": ["social", "event", "dinner"]}]
    with_faq = MeetingWithFaq.model_validate(data | {"id": "faq-meeting"})
    assert len(faq_of(with_faq)) == 1
    assert "No social event" in ask_text(with_faq, "Is there a social event?")
    assert "Aucun événement social" in ask_text(with_faq, "Y a-t-il un événement social ?")
    assert "does not say" in ask_text(meeting, "Is there a social event?")


def test_a_french_faq_question_needs_a_french_answer():
    with pytest.raises(ValidationError):
        FaqEntry(question="Is there X?", answer="No.", question_fr="Y a-t-il X ?")
