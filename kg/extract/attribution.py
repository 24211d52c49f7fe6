"""Who says so: the speaker of each sentence, from reported speech and quotations.

"…, so der Kreml", "Dem Pressesprecher zufolge", "laut X", "according to X", "X erklärte, dass …",
"X said …", and quotations introduced by "X fügte hinzu:" in the sentence or paragraph before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Found

_QUOTES = set('"„“”«»')


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


class SpeakerFinder:
    def __init__(self, doc: Doc, mentions: dict[int, Found], lexicon: Lexicon) -> None:
        self.doc, self.by_token, self.lexicon = doc, mentions, lexicon
        self.quote_speaker: Found | None = None
        self.last_person: Found | None = None

    def _mention_at(self, i: int) -> Found | None:
        f = self.by_token.get(i)
        return f if f is not None and f.actor is not None else None

    def _first_mention(self, start: int, end: int) -> Found | None:
        for i in range(start, end):
            f = self._mention_at(i)
            if f is not None and not f.modifier and f.kind != "adjective":
                return f
        return None

    def speaker(self, sent: Span) -> Found | None:
        doc, lex = self.doc, self.lexicon
        tokens = list(sent)
        lowers = [t.lower_ for t in tokens]
        # "…, so der Kreml": the whole sentence is the Kremlin's.
        for k, token in enumerate(tokens):
            if token.lower_ in lex.attribution_so and k > 0 and tokens[k - 1].text == ",":
                f = self._first_mention(token.i + 1, min(sent.end, token.i + 5))
                if f is not None:
                    return f
            if token.lower_ in lex.attribution_after and k > 0:
                f = self._mention_at(token.i - 1)
                if f is not None:
                    return f
        text = sent.text.lower()
        for marker in lex.attribution_before:
            at = text.find(marker + " ")
            if at >= 0:
                span = doc.char_span(
                    sent.start_char + at + len(marker) + 1, sent.end_char, alignment_mode="expand"
                )
                if span is not None:
                    f = self._first_mention(span.start, min(span.end, span.start + 5))
                    if f is not None:
                        return f
        # A speech verb with its subject: "Kirby sagte, dass …", "Er erklärte: …".
        for k, token in enumerate(tokens):
            if not self._is_speech_verb(token, lowers[k + 1 :]):
                continue
            who = self._speech_subject(sent, token)
            if who is None:
                continue
            if sent.text.rstrip().endswith(":"):
                self.quote_speaker = who
            return who
        return None

    def _is_speech_verb(self, token: Token, rest: list[str]) -> bool:
        lemma = _lemma(token)
        verbs = self.lexicon.speech_verbs.get(lemma, []) + self.lexicon.speech_verbs.get(token.lower_, [])
        if token.pos_ and token.pos_ not in {"VERB", "AUX"}:
            return False
        return any(v.particle is None or v.particle in rest for v in verbs)

    def _speech_subject(self, sent: Span, verb: Token) -> Found | None:
        doc, lex = self.doc, self.lexicon
        if lex.lang == "en" and sent.doc.has_annotation("DEP"):
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    if child.lower_ in lex.pronouns_person:
                        return self.last_person
                    for t in [child, *child.subtree]:
                        f = self._mention_at(t.i)
                        if f is not None:
                            return f
            return None
        # German: the subject right after the verb (inverted: "… erklärte Juri Uschakow"), else before it.
        i = verb.i
        k = i + 1
        while k < min(sent.end, i + 4) and doc[k].pos_ in {"DET", "ADJ", "ADV"}:
            k += 1
        if k < sent.end:
            f = self._mention_at(k)
            if f is not None and not f.modifier and f.kind != "adjective":
                return f
            if doc[k].lower_ in lex.pronouns_person:
                return self.last_person
        j = i - 1
        while j >= sent.start and doc[j].text not in {",", ":", ";"} | _QUOTES:
            f = self._mention_at(j)
            if f is not None and not f.modifier and f.kind != "adjective" and not self._in_phrase(f):
                return f
            if doc[j].lower_ in lex.pronouns_person and j == sent.start:
                return self.last_person
            j -= 1
        j = i + 1
        while j < sent.end and doc[j].text not in {",", ":", ";"} | _QUOTES and j < i + 8:
            f = self._mention_at(j)
            if f is not None and not f.modifier and f.kind != "adjective":
                return f
            if doc[j].lower_ in lex.pronouns_person:
                return self.last_person
            j += 1
        return None

    def _in_phrase(self, f: Found) -> bool:
        """A mention inside a prepositional phrase ('zwischen Xi und Putin') is no subject."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        for j in range(span.start - 1, max(span.sent.start, span.start - 5) - 1, -1):
            word = self.doc[j].lower_
            if word in self.lexicon.prepositions:
                return True
            if self.doc[j].pos_ not in {"DET", "ADJ", "PROPN", "CCONJ", "NOUN"} and word not in {
                "und",
                "and",
            }:
                return False
        return False

    def quoted(self, sent: Span, paragraph_start: bool) -> Found | None:
        """The speaker of a sentence that is a quotation following 'X fügte hinzu:'."""
        first = sent.text.lstrip()[:1]
        if first in _QUOTES and self.quote_speaker is not None:
            return self.quote_speaker
        if paragraph_start:
            self.quote_speaker = None
        return None
