"""Who says so: the speaker of each sentence, from reported speech and quotations.

"…, so der Kreml", "Dem Pressesprecher zufolge", "laut X", "according to X", "X erklärte, dass …",
"X said …", and quotations introduced by "X fügte hinzu:" in the sentence or paragraph before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Found, holder_in_apposition
from kg.extract.relations import QUOTES, group_named_before, lemma_of, unnamed_role_phrase
from kg.model import ActorType


class SpeakerFinder:
    def __init__(self, doc: Doc, mentions: dict[int, Found], lexicon: Lexicon) -> None:
        self.doc, self.by_token, self.lexicon = doc, mentions, lexicon
        self.quote_speaker: Found | None = None
        self.last_person: Found | None = None
        self.current: Found | None = None  # the speaker whose words the text is reporting
        self.open_quote = False

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
        # "Kirby: China hat beschlossen, …": a headline names its speaker before a colon
        words = [t for t in tokens if not t.is_space]
        colon = next((k for k, t in enumerate(words[:6]) if t.text == ":"), None)
        if colon is not None and colon + 1 < len(words):
            named = {id(f): f for t in words[:colon] if (f := self._mention_at(t.i)) is not None}
            heads = [f for f in named.values() if f.kind == "person" or f.type is ActorType.GOVERNMENT_BODY]
            if (
                len(named) == 1
                and heads
                and all(t.i in self.by_token or t.pos_ in {"PROPN", "NOUN"} for t in words[:colon])
            ):
                return heads[0]
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
        for k, token in enumerate(tokens[:-1]):
            if lemma_of(token) in lex.impersonal_speech and tokens[k + 1].lower_ == "es":
                f = self._impersonal_source(sent, token)
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

    def _clause_start(self, sent: Span, verb: Token) -> int:
        """Where the clause of `verb` begins: after the last comma, colon, semicolon or quote before it."""
        start = verb.i
        while start > sent.start and self.doc[start - 1].text not in {",", ";", ":"} | QUOTES:
            start -= 1
        return start

    def _impersonal_source(self, sent: Span, verb: Token) -> Found | None:
        """The source of "hieß es" in its clause: after it ("hieß es in einer Mitteilung des
        Außenministeriums"), else before it ("Aus dem Kreml hieß es")."""
        doc, stops = self.doc, {",", ";", ":"} | QUOTES
        end = verb.i + 2
        while end < min(sent.end, verb.i + 12) and doc[end].text not in stops:
            end += 1
        return self._first_mention(verb.i + 2, end) or self._first_mention(
            self._clause_start(sent, verb), verb.i
        )

    def _is_speech_verb(self, token: Token, rest: list[str]) -> bool:
        lemma = self.lexicon.lemma(token)
        verbs = self.lexicon.speech_verbs.get(lemma, []) + self.lexicon.speech_verbs.get(token.lower_, [])
        # The German tagger reads some finite verbs as adjectives ("Dazu erläuterte Zhao …").
        misread = self.lexicon.lang == "de" and token.pos_ == "ADJ" and token.text.islower()
        if token.pos_ and token.pos_ not in {"VERB", "AUX"} and not misread:
            return False
        return any(v.particle is None or v.particle in rest for v in verbs)

    def _speech_subject(self, sent: Span, verb: Token) -> Found | None:
        doc, lex = self.doc, self.lexicon
        if lex.lang == "en" and sent.doc.has_annotation("DEP"):
            while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                verb = verb.head  # "Russia rejected the proposal and said …": the first verb's subject
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    if child.lower_ in lex.pronouns_person:
                        return self.last_person
                    if child.i not in self.by_token and child.lemma_.lower() in lex.source_nouns:
                        return self.current  # '"…," a statement said': the source speaking before
                    if child.i not in self.by_token and child.lemma_.lower() in self.lexicon.group_nouns:
                        # "the Palestinian group said": the group named before, not the nationality
                        group = group_named_before(self.by_token, child.i)
                        if group is not None:
                            return group
                    if self.lexicon.role_suffix(child.text) is not None:
                        holder = holder_in_apposition(child, self.by_token)
                        if holder is not None and holder.actor is not None:
                            return holder  # "the foreign minister of Poland, Radoslaw Sikorski, said"
                    for t in [child, *child.subtree]:
                        f = self._mention_at(t.i)
                        if f is not None:
                            return f
            return None
        # German: the subject right after the verb (inverted: "… erklärte Juri Uschakow"), else before
        # it; a verb right after a comma ends an apposition ("Jake Sullivan, der Berater, erklärte"),
        # so there the subject before it comes first.
        after_comma = verb.i - 1 > sent.start and doc[verb.i - 1].text == ","
        if after_comma:
            # only an apposition has no verb: "…, die Todesstrafe abzuschaffen, teilte das EDA mit" is
            # said by the name after the verb
            start = self._clause_start(sent, doc[verb.i - 1])
            after_comma = not any(t.pos_ in {"VERB", "AUX"} for t in doc[start : verb.i - 1])
        finite = self._finite_before(sent, verb) or verb
        pronoun = self._pronoun_subject(sent, finite)
        if pronoun is not None:
            # "Sie warnte Russland": the pronoun speaks, not the name after the verb
            return self.last_person if pronoun.lower_ in lex.pronouns_person else None
        states = unnamed_role_phrase(doc[self._clause_start(sent, finite) : finite.i], lex, self.by_token)
        if states is not None:
            # "Der iranische Präsident warnte den Westen": an official no name tells speaks, not the West
            return states[0] if states else None
        holder = self._role_holder(sent, verb) or self._as_clause_subject(sent, verb)
        if holder is not None:
            return holder
        finite = self._finite_before(sent, verb)
        if finite is not None:
            # "Die Nato hat Russland … gewarnt": the subject stands at the finite verb, not the participle
            holder = self._fronted_subject(sent, finite) or self._subject_after(sent, finite)
            if holder is not None:
                return holder
        if after_comma:
            return self._subject_before(sent, verb) or self._subject_after(sent, verb)
        return (
            self._fronted_subject(sent, verb)
            or self._subject_after(sent, verb)
            or self._subject_before(sent, verb)
        )

    def _pronoun_subject(self, sent: Span, verb: Token) -> Token | None:
        """A German pronoun subject of a verb: first in its clause right before it ("Sie warnte …") or
        right after it ("Am Montag warnte sie …")."""
        doc, lex = self.doc, self.lexicon
        pronouns = lex.pronouns_person | lex.pronouns_thing
        before = verb.i - 1
        if (
            before >= sent.start
            and doc[before].lower_ in pronouns
            and (before == sent.start or doc[before - 1].text in {",", ";", ":"} | QUOTES)
        ):
            return doc[before]
        after = verb.i + 1
        if after < sent.end and doc[after].lower_ in pronouns and before >= sent.start:
            return doc[after]
        return None

    def _finite_before(self, sent: Span, verb: Token) -> Token | None:
        """The finite auxiliary or modal of a participle or infinitive, earlier in its clause."""
        if verb.tag_ not in {"VVPP", "VVINF", "VVIZU"}:
            return None
        for k in range(verb.i - 1, sent.start - 1, -1):
            token = self.doc[k]
            if token.text in {",", ";", ":"} | QUOTES:
                return None
            if token.tag_ in {"VAFIN", "VMFIN"}:
                return token
        return None

    def _fronted_subject(self, sent: Span, verb: Token) -> Found | None:
        """German main clauses put the verb second: a clause that opens with a name right before the
        verb has its subject there ("Die Nato warnte Russland …"), not after it."""
        doc = self.doc
        start = self._clause_start(sent, verb)
        if start == verb.i or any(
            doc[k].pos_ not in {"DET", "ADJ", "PROPN", "NOUN"} for k in range(start, verb.i)
        ):
            return None
        f = self._mention_at(verb.i - 1)
        if f is None or f.modifier or f.kind == "adjective" or self._in_phrase(f):
            return None
        return f

    def _subject_after(self, sent: Span, verb: Token) -> Found | None:
        doc, lex = self.doc, self.lexicon
        k = verb.i + 1
        while k < min(sent.end, verb.i + 4) and doc[k].pos_ in {"DET", "ADJ", "ADV"}:
            k += 1
        named = k + 1 < sent.end and self._mention_at(k + 1) is not None  # "… Sprecher Zhao Lijian"
        if k < sent.end and k > verb.i + 1 and not named:
            # "sagte der iranische Außenminister": an official no name tells speaks for the state
            states = unnamed_role_phrase(doc[verb.i + 1 : k + 1], lex, self.by_token)
            if states:
                return states[0]
        if k < sent.end:
            f = self._mention_at(k)
            if f is not None and not f.modifier and f.kind != "adjective":
                return f
            if doc[k].lower_ in lex.pronouns_person:
                return self.last_person
        return None

    def _as_clause_subject(self, sent: Span, verb: Token) -> Found | None:
        """ "Wie das Verteidigungsministerium mitteilte, …": the subject of an "as … said" clause."""
        start = self._clause_start(sent, verb)
        if self.doc[start].lower_ not in self.lexicon.as_said:
            return None
        return self._first_mention(start + 1, verb.i)

    def _role_holder(self, sent: Span, verb: Token) -> Found | None:
        """A role phrase right after the verb with its holder: "sagte die Sprecherin des Weißen Hauses, Sarah
        Sanders" is Sanders speaking, not the White House."""
        doc, k = self.doc, verb.i + 1
        while k < sent.end and doc[k].pos_ in {"DET", "ADJ"}:
            k += 1
        if k >= sent.end or self.lexicon.role_suffix(doc[k].text) is None:
            return None
        for j in range(k + 1, min(sent.end, k + 10)):
            f = self._mention_at(j)
            if f is None or f.kind != "person" or f.role is None:
                continue
            # in apposition, or named right after the role: "der Sprecher des Außenministeriums Lin Jian"
            if doc[j - 1].text == "," or (f.role_evidence is not None and f.role_evidence[0] <= doc[k].idx):
                return f
        return None

    def _subject_before(self, sent: Span, verb: Token) -> Found | None:
        doc, lex = self.doc, self.lexicon
        i = verb.i
        j = i - 1
        if j > sent.start and doc[j].text == ",":
            # Over the apposition: back to the comma that opens it.
            k = j - 1
            while k > sent.start and doc[k].text not in {",", ":", ";"} | QUOTES:
                k -= 1
            if k > sent.start and doc[k].text == "," and doc[k + 1].pos_ in {"DET", "NOUN"}:
                j = k - 1
        while j >= sent.start and doc[j].text not in {",", ":", ";"} | QUOTES:
            f = self._mention_at(j)
            if f is not None and not f.modifier and f.kind != "adjective" and not self._in_phrase(f):
                return f
            if doc[j].lower_ in lex.pronouns_person and j == sent.start:
                return self.last_person
            j -= 1
        j = i + 1
        while j < sent.end and doc[j].text not in {",", ":", ";"} | QUOTES and j < i + 8:
            f = self._mention_at(j)
            if f is not None and not f.modifier and f.kind != "adjective":
                # "sagte der Generalsekretär in Brüssel": where one speaks is not who
                return None if self._placed(f) else f
            if doc[j].lower_ in lex.pronouns_person:
                return self.last_person
            j += 1
        return None

    def _placed(self, f: Found) -> bool:
        """A mention right after a preposition, over articles, adjectives and names only ("in Brüssel",
        "über das von Frankreich unterstützte Mali"): where or about whom one speaks, not who speaks."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        for j in range(span.start - 1, max(span.sent.start, span.start - 6) - 1, -1):
            if self.doc[j].lower_ in self.lexicon.prepositions:
                return True
            if self.doc[j].pos_ not in {"DET", "ADJ", "PROPN"}:
                return False
        return False

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
        if first in QUOTES and self.quote_speaker is not None:
            return self.quote_speaker
        if paragraph_start:
            self.quote_speaker = None
        return None

    def of(self, sent: Span, paragraph_start: bool) -> Found | None:
        """The speaker of `sent`, carried on through a quotation that runs over several sentences and
        through German reported speech: sentences in the subjunctive ("Die Schweiz sei solidarisch …")
        go on reporting the words of the speaker named before."""
        # A quotation does not run on into a new paragraph unless that opens it again: an unbalanced
        # mark ('Weiter berichtet RT: "In einem Briefing …') must not turn the article inside out.
        in_quote = self.open_quote and not paragraph_start
        self.open_quote = _open_after(sent.text, in_quote)
        quoted = self.quoted(sent, paragraph_start)
        own = self.speaker(sent)
        if own is not None:
            self.current = own
        elif in_quote and self.current is not None:
            own = self.current
        elif quoted is not None:
            own = self.current = quoted
        elif self.current is not None and self._reported(sent):
            own = self.current
        else:
            self.current = None
        return own

    def give_back(self, sentences: list[Span], said: list[Found | None]) -> None:
        """A sentence opening with a demonstrative and a speech verb ("Dies bekräftigte Zhao …") names
        the speaker of the sentence before it."""
        for k in range(1, len(sentences)):
            sent = sentences[k]
            if said[k] is None or said[k - 1] is not None or len(sent) < 2:
                continue
            if any(self._disputes(t) for t in sent):
                continue  # "Peking bestreitet das": whoever denies it did not say it
            rest = [t.lower_ for t in sent[2:]]  # "Das kündigte X an": the particle comes later
            if sent[0].lower_ in self.lexicon.demonstratives and self._is_speech_verb(sent[1], rest):
                said[k - 1] = said[k]
            elif self._only_attribution(sent):
                said[k - 1] = said[k]  # '"… world markets" Mr. | Blinken said.': split after a title

    def _disputes(self, token: Token) -> bool:
        """A verb that denies, rejects or criticises what it refers to."""
        relations = {r for _, r in self.lexicon.verbs.get(self.lexicon.lemma(token), [])}
        return token.pos_ in {"VERB", "AUX", "ADJ"} and bool(relations & {"denies", "rejects", "criticizes"})

    def _only_attribution(self, sent: Span) -> bool:
        """A sentence that says nothing but who spoke: "Mr. Blinken said in a statement." (one speech
        verb, no other verb, no actor but the speaker, no complement)."""
        words = [t for t in sent if not t.is_punct and not t.is_space]
        verbs = [t for t in words if t.pos_ in {"VERB", "AUX"}]
        if not words or len(words) > 10 or len(verbs) != 1 or not self._is_speech_verb(verbs[0], []):
            return False
        actors = {self._mention_at(t.i).actor for t in words if self._mention_at(t.i) is not None}
        complement = any(t.lower_ in self.lexicon.complementizers for t in words)
        # Nouns only in a phrase like "in a statement", none as an object ("bestätigt die Zusammenarbeit").
        objects = [
            t
            for t in words
            if t.pos_ == "NOUN" and self._mention_at(t.i) is None and not self._after_preposition(t)
        ]
        return len(actors) == 1 and not complement and not objects

    def _after_preposition(self, token: Token) -> bool:
        j = token.i - 1
        while j >= 0 and self.doc[j].pos_ in {"DET", "ADJ"}:
            j -= 1
        return j >= 0 and self.doc[j].pos_ == "ADP"

    def _reported(self, sent: Span) -> bool:
        """German indirect speech: a finite verb in the subjunctive I ("sei", "habe", "lehne … ab")."""
        if self.lexicon.lang != "de":
            return False
        for token in sent:
            if token.tag_ not in {"VVFIN", "VAFIN", "VMFIN"}:
                continue
            # The lookup table's own lemma: where it has none, the word itself.
            word, lemma = token.lower_, (token.lemma_ or token.text).lower()
            if word in {"sei", "seien", "seiest"}:
                return True
            if word.endswith("e") and (lemma == word + "n" or (lemma == word and not word.endswith("te"))):
                return True
        return False


def _open_after(text: str, inside: bool) -> bool:
    """Whether a quotation is still open at the end of `text`, given whether it was at its start.
    "„" always opens; the other marks close an open quotation and open one otherwise."""
    for char in text:
        if char == "„":
            inside = True
        elif char in QUOTES:
            inside = not inside
    return inside
