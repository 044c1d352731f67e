"""Folding, stems and typo correction."""

from bot.questions.normalize import Corrector, cased_words, fold, read_question, stem, stems, words


def test_accents_case_and_apostrophes_are_folded():
    assert fold("Qu’est-ce que l'INSCRIPTION à Pékin ?") == "qu est ce que l inscription a pekin ?"


def test_words_keep_references_times_and_dotted_names_whole():
    assert words(fold("Point 3h, 10:00, A.5 and ISO/IEC")) == ["point", "3h", "10:00", "a.5", "and", "iso", "iec"]


def test_cased_words_align_with_folded_words():
    raw = "Quelle heure à Pékin pour l'ouverture ?"
    assert [w.lower() for w in cased_words(raw)] == words(fold(raw))


def test_word_families_share_a_stem_in_both_languages():
    assert stem("registration") == stem("register") == stem("registered")
    assert stem("contributions") == stem("contribution")
    assert stems(["bourse", "fellowships"]) == [stem("fellowship")] * 2  # French mapped to English


def test_typos_are_corrected_towards_known_words_only():
    corrector = Corrector(["interpretation", "chairman", "registration", "address"])
    assert corrector.correct("intrepretation") == "interpretation"
    assert corrector.correct("interpretaion") == "interpretation"  # the known word of the same stem
    assert Corrector(["submit", "start"]).correct("sumbit") == "submit"  # two letters swapped
    assert corrector.correct("chariman") == "chairman"
    assert corrector.correct("football") == "football"  # nothing close: left alone
    assert corrector.correct("dress") == "dress"  # "address" is close but starts differently


def test_capitalised_names_inside_a_sentence_are_not_corrected():
    corrector = Corrector(["delai", "interpretation"])
    question = read_question("What time in New Delhi?", "en", corrector)
    assert "delhi" in question.corrected
