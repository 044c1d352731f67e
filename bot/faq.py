"""The optional ``faq:`` section of a meeting file: question/answer pairs the secretariat adds."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class FaqEntry(BaseModel):
    """One question the secretariat answers in the meeting file, in English and optionally French."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    question: str = Field(min_length=3)
    answer: str = Field(min_length=1)
    question_fr: str | None = None
    answer_fr: str | None = None
    keywords: list[str] = []

    @model_validator(mode="after")
    def _french_pairs(self) -> "FaqEntry":
        if self.question_fr and not self.answer_fr:
            raise ValueError("`question_fr` needs `answer_fr` too")
        return self

    def answer_in(self, lang: str) -> str:
        """The answer in ``lang`` when the file has it, else in English."""
        return self.answer_fr if lang == "fr" and self.answer_fr else self.answer
