"""Ranked retrieval over the knowledge: BM25 on stems, with a confidence measure.

The confidence of a match is the share of the question's information (its words
weighted by rarity, words the meeting never uses weighing most) that the matched
entry covers. Below :data:`THRESHOLD` the bot says it does not know.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

THRESHOLD = 0.45
UNKNOWN_FACTOR = 1.0
K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class Match:
    """A ranked entry: its position in the index, its BM25 score and the confidence of the match."""

    index: int
    score: float
    confidence: float


class Ranker:
    """BM25 over documents given as lists of stems."""

    def __init__(self, documents: list[list[str]]) -> None:
        self.documents = [Counter(doc) for doc in documents]
        self.lengths = [len(doc) for doc in documents]
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        frequency: Counter[str] = Counter()
        for doc in self.documents:
            frequency.update(doc.keys())
        count = len(self.documents)
        #: In how many documents each term occurs.
        self.frequency = dict(frequency)
        self.idf = {term: math.log(1 + (count - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}
        self.unknown_weight = UNKNOWN_FACTOR * max(self.idf.values(), default=1.0)

    def weight(self, term: str) -> float:
        """How much a question word tells: its IDF, or the most for a word no entry uses."""
        return self.idf.get(term, self.unknown_weight)

    def score(self, query: list[str], index: int) -> float:
        """BM25 score of one document for the query."""
        doc, length = self.documents[index], self.lengths[index]
        total = 0.0
        for term in set(query):
            tf = doc.get(term, 0)
            if tf:
                norm = tf + K1 * (1 - B + B * length / self.average)
                total += self.idf[term] * tf * (K1 + 1) / norm
        return total

    def coverage(self, query: list[str], index: int) -> float:
        """The weighted share of the query's words that the document contains."""
        terms = set(query)
        if not terms:
            return 0.0
        doc = self.documents[index]
        found = sum(self.weight(t) for t in terms if t in doc)
        return found / sum(self.weight(t) for t in terms)

    def rank(self, query: list[str], limit: int = 5, allowed: set[int] | None = None) -> list[Match]:
        """The best documents for the query, best first; only those with some score."""
        candidates = allowed if allowed is not None else range(len(self.documents))
        scored = [(self.score(query, i), i) for i in candidates]
        scored = [(s, i) for s, i in scored if s > 0]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return [Match(i, s, self.coverage(query, i)) for s, i in scored[:limit]]


def confident(match: Match | None, threshold: float = THRESHOLD) -> bool:
    """Whether a match is good enough to answer with."""
    return match is not None and match.confidence >= threshold


def best(matches: list[Match], threshold: float = THRESHOLD) -> Match | None:
    """Of the matches sure enough, the one covering most of the question (by quarters), then scoring highest."""
    sure = [m for m in matches if m.confidence >= threshold]
    return max(sure, key=lambda m: (coverage_band(m), m.score)) if sure else None


def coverage_band(match: Match) -> int:
    """How much of the question a match covers, in bands of a tenth: readings in one band are ranked by score."""
    return int(match.confidence * 10 + 1e-9)
