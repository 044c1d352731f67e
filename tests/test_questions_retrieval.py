"""Ranked retrieval: BM25 ordering and the confidence below which the bot does not answer."""

from bot.questions.retrieval import Ranker, confident


def ranker() -> Ranker:
    return Ranker([["visa", "travel"], ["fellow", "travel", "grant"], ["regist", "form", "online"]])


def test_the_document_with_the_rare_word_ranks_first():
    best = ranker().rank(["visa"])[0]
    assert best.index == 0 and confident(best)


def test_a_question_of_unknown_words_matches_nothing():
    assert ranker().rank(["wifi", "passwo"]) == []


def test_unknown_words_outweigh_a_shared_word():
    best = ranker().rank(["lunch", "travel"])[0]
    assert not confident(best)
