"""French written as it sounds: the key of how a word sounds, and the known word an unknown one sounds like."""

from __future__ import annotations

import pytest

from bot.questions.normalize import Corrector, stem
from bot.questions.phonetic import SoundIndex, french_key, keys_of


@pytest.mark.parametrize("written, known", [
    ("fransai", "francais"), ("angle", "anglais"), ("heur", "heure"), ("inscri", "inscrit"), ("encor", "encore"),
    ("domene", "domaine"), ("ekip", "equipe"), ("dimanch", "dimanche"), ("documan", "documents"),
    ("contribusion", "contribution"), ("komen", "comment"),
])
def test_a_word_written_as_it_sounds_has_the_known_word_s_key(written, known):
    assert french_key(written) in keys_of(known)


@pytest.mark.parametrize("one, other", [("reunion", "inscription"), ("seance", "session"), ("date", "delai")])
def test_words_that_sound_different_have_different_keys(one, other):
    assert not keys_of(one) & keys_of(other)


def test_a_key_shared_by_words_of_different_stems_names_neither():
    index = SoundIndex({"compte", "conte", "heure"}, stem)  # both "kO": a count or a tale
    assert index.sounds_like("konte") is None
    assert index.sounds_like("heur") == "heure"


def test_the_corrector_reads_sounds_in_french_only_and_keeps_inflections():
    corrector = Corrector({"equipe", "inscription", "personne", "documents"})
    assert corrector.correct("lekip", "fr") == "equipe"  # "l'équipe" with its article glued on
    assert corrector.correct("documan", "fr") == "documents"
    assert corrector.sounds_like("personnes") is None  # a plural the stems read: never the singular concept
    assert corrector.correct("lekip", "en") == "lekip"
