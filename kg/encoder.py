"""A spaCy component that names entities and tags tokens with a fine-tuned transformer encoder.

The German pipeline's encoder (multilingual-e5-small, fine-tuned by ``scripts/train_de_encoder.py``) is
stored as an ONNX graph with int8 weights and run by ONNX Runtime, so kg needs neither torch nor a
download at run time. The graph takes subword ids and gives, per piece, scores for BIO entity labels and
for STTS tags; a word takes the labels of its first piece.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.scorer import Scorer, get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
LABELS_FILE = "labels.json"
_BOS, _PAD, _EOS = 0, 1, 2  # the XLM-R special pieces
SPACE_TAG = "_SP"
UNKNOWN_TAG = "XY"  # STTS: not a word
NOUN_TAG = "NN"


@Language.factory(
    "kg_encoder_tagger",
    default_config={"window": 256, "batch_size": 32, "threads": 0},
)
def make_encoder_tagger(
    nlp: Language, name: str, window: int, batch_size: int, threads: int
) -> EncoderTagger:
    return EncoderTagger(name, window=window, batch_size=batch_size, threads=threads)


class EncoderTagger:
    """Sets `doc.ents` and `token.tag_` from the encoder, one sentence window at a time."""

    def __init__(self, name: str, window: int = 256, batch_size: int = 32, threads: int = 0) -> None:
        self.name = name
        self.window = window  # subword pieces per encoder input, <s> and </s> included
        self.batch_size = batch_size
        self.threads = threads  # ONNX Runtime's intra-op threads; 0 lets it choose
        self.entity_labels: list[str] = []
        self.tags: list[str] = []
        self._session: Any = None
        self._tokenizer: Any = None
        self._source: Path | None = None  # the directory the model was loaded from
        self._noun_tag = -1  # the index of NOUN_TAG in `tags`

    # ------------------------------------------------------------------ running

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        docs = iter(docs)
        while batch := list(islice(docs, batch_size or self.batch_size)):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: Sequence[Doc]) -> None:
        if self._session is None:
            raise ValueError(f"the component '{self.name}' has no model: load it from disk")
        windows = [window for doc in docs for window in self._windows(doc)]
        entities: dict[int, list[str]] = {id(doc): ["O"] * len(doc) for doc in docs}
        order = sorted(range(len(windows)), key=lambda k: len(windows[k][2]))
        for start in range(0, len(order), self.batch_size):
            group = order[start : start + self.batch_size]
            width = max(len(windows[k][2]) for k in group) + 2
            ids = np.full((len(group), width), _PAD, dtype=np.int64)
            for row, k in enumerate(group):
                pieces = windows[k][2]
                ids[row, : len(pieces) + 2] = [_BOS, *pieces, _EOS]
            entity_scores, tag_scores = self._session.run(
                None, {"input_ids": ids, "attention_mask": (ids != _PAD).astype(np.int64)}
            )
            best_entities, best_tags = entity_scores.argmax(-1), tag_scores.argmax(-1)
            for row, k in enumerate(group):
                doc, words, _, word_ids = windows[k]
                seen: set[int] = set()
                for position, word in enumerate(word_ids):
                    if word in seen:
                        continue
                    seen.add(word)  # a word takes the labels of its first piece
                    token = doc[words[word]]
                    entities[id(doc)][token.i] = self.entity_labels[best_entities[row, position + 1]]
                    tag = self.tags[best_tags[row, position + 1]]
                    if tag == NOUN_TAG and token.text[:1].islower():
                        # German writes nouns with a capital: "das von Deutschland unterstützte Regime"
                        scores = tag_scores[row, position + 1].copy()
                        scores[self._noun_tag] = -np.inf
                        tag = self.tags[int(scores.argmax())]
                    token.tag_ = tag
        for doc in docs:
            for token in doc:
                if token.is_space:
                    token.tag_ = SPACE_TAG
                elif not token.tag_:
                    token.tag_ = UNKNOWN_TAG  # a character that normalises to no piece at all
            spans = bio_spans(entities[id(doc)])
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in spans], default="outside")

    def _windows(self, doc: Doc) -> Iterator[tuple[Doc, list[int], list[int], list[int]]]:
        """Per sentence: the doc, the indices of its non-space tokens, their pieces and each piece's
        word (an index into the token indices). A sentence longer than `window` pieces is read in parts,
        cut between words."""
        sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sentences:
            words = [t.i for t in sent if not t.is_space]
            if not words:
                continue
            encoding = self._tokenizer.encode([doc[i].text for i in words], is_pretokenized=True)
            pieces = encoding.ids
            word_ids = [w if w is not None else 0 for w in encoding.word_ids]
            limit = self.window - 2
            begin = 0
            while begin < len(pieces):
                end = min(begin + limit, len(pieces))
                if end < len(pieces):  # cut before the word that would not fit whole
                    cut = end
                    while cut > begin and word_ids[cut] == word_ids[cut - 1]:
                        cut -= 1
                    end = cut if cut > begin else end
                first = word_ids[begin]
                yield (
                    doc,
                    words[first : word_ids[end - 1] + 1],
                    pieces[begin:end],
                    [w - first for w in word_ids[begin:end]],
                )
                begin = end

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Tag accuracy and entity P/R/F (as spaCy's tagger and NER score them)."""
        examples = list(examples)
        return {**Scorer.score_token_attr(examples, "tag", **kwargs), **get_ner_prf(examples)}

    # ------------------------------------------------------------------ storing

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in (MODEL_FILE, TOKENIZER_FILE):
            if self._source is not None and self._source / name != path / name:
                (path / name).write_bytes((self._source / name).read_bytes())
        (path / LABELS_FILE).write_text(
            json.dumps({"entities": self.entity_labels, "tags": self.tags}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EncoderTagger:
        import onnxruntime
        from tokenizers import Tokenizer

        path = Path(path)
        labels = json.loads((path / LABELS_FILE).read_text(encoding="utf-8"))
        self.entity_labels, self.tags = labels["entities"], labels["tags"]
        self._noun_tag = self.tags.index(NOUN_TAG)
        self._tokenizer = Tokenizer.from_file(str(path / TOKENIZER_FILE))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(path / MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._source = path
        return self


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of BIO labels; an I- with no open entity of its label opens one."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    current = ""
    for i, tag in enumerate([*labels, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and not (prefix == "I" and label == current):
            spans.append((start, i, current))
            start = None
        if prefix in ("B", "I") and start is None:
            start, current = i, label
    return spans
