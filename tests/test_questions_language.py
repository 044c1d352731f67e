"""Language of a question: French or English from its words, else the asker's locale."""

import pytest

from bot.questions.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("c'est quoi le point 3h ?", "fr"),
    ("quand ferme l'inscription ?", "fr"),
    ("Puis-je obtenir une bourse ?", "fr"),
    ("y a t il une interpretation", "fr"),
    ("Can I still register?", "en"),
    ("What time does it start in Pékin?", "en"),
    ("is there interpretation?", "en"),
])
def test_the_question_words_decide(text, lang):
    assert detect_language(text, fallback="en" if lang == "fr" else "fr") == lang


@pytest.mark.parametrize("fallback, expected", [("fr", "fr"), ("en", "en"), ("fr-CA", "fr"), ("de", "en"), ("", "en")])
def test_without_clues_the_asker_locale_decides(fallback, expected):
    assert detect_language("Kaleidoscope?", fallback=fallback) == expected
