"""The trained report model: it ships, its probability is each mention's confidence, and the training code's
calibration does what it says (``training/train.py``)."""

from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from types import ModuleType

import numpy as np
import pytest

import tidings
from tests.conftest import ROOT
from tidings.events import model


@pytest.fixture(scope="module")
def train() -> ModuleType:
    sys.path.insert(0, str(ROOT / "training"))
    spec = importlib.util.spec_from_file_location("train", ROOT / "training" / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_report_model_ships_small_with_its_floor(train: ModuleType) -> None:
    reports = model.load().reports
    assert reports is not None, "data/models/reports.npz is missing: run make train"
    assert reports.classes == ("drop", "keep")
    assert reports.threshold == train.REPORT_FLOOR  # a full article's mention below it is dropped
    size = resources.files("tidings.data").joinpath(model.REPORT_FILE).read_bytes()
    assert len(size) < 1_000_000


def test_confidence_ranks_a_dated_meeting_above_a_background_accusation(nlp: object) -> None:
    meeting = tidings.extract("Putin met Netanyahu in Moscow on Thursday to discuss Syria.", published="2018-02-01")
    background = tidings.extract("Diplomats said Iran had accused Israel of sabotage.", published="2018-02-01")
    assert [e.type for e in meeting] == ["CONSULT"]
    assert [e.type for e in background] == ["ACCUSE"]
    assert 0.0 < background[0].confidence < meeting[0].confidence < 1.0


def test_a_full_articles_unlikely_mention_is_dropped_a_briefs_is_kept(nlp: object) -> None:
    """The report model learned from full news articles: in one, a mention below its floor is dropped; a brief (a
    text of a few sentences, as a codebook record) keeps every mention, with the model's probability."""
    floor = model.load().reports.threshold  # type: ignore[union-attr]
    background = "Iran has threatened Israel in past years."
    brief = tidings.extract(background, published="2018-02-01")
    assert [(e.type, e.status) for e in brief] == [("THREATEN", "occurred")]
    assert brief[0].confidence < floor
    filler = " ".join(f"The weather in the capital was mild on day {i} of the month." for i in range(1, 9))
    article = f"Putin met Netanyahu in Moscow to discuss Syria. {filler} {background}"
    assert [e.type for e in tidings.extract(article, published="2018-02-01")] == ["CONSULT"]


def test_calibration_recovers_a_known_scaling(train: ModuleType) -> None:
    rng = np.random.default_rng(3)
    z = rng.normal(0, 3, 20000)  # an overconfident model's logits
    truth = 1 / (1 + np.exp(-(0.4 * z - 0.5)))
    ys = (rng.random(len(z)) < truth).astype(np.float64)
    a, b = train.calibration(1 / (1 + np.exp(-z)), ys)
    assert a == pytest.approx(0.4, abs=0.03)
    assert b == pytest.approx(-0.5, abs=0.06)


def test_calibrated_model_folds_the_scaling_into_its_weights(train: ModuleType) -> None:
    rng = np.random.default_rng(5)
    rows = np.arange(0, 40, 2, dtype=np.int64)
    raw = model.LinearModel(("drop", "keep"), rows, rng.normal(0, 1, (20, 2)).astype(np.float32), np.array([0.2, -0.1], np.float32), 0.0)
    scaled = train.calibrated(raw, 0.5, -0.3, 0.2)
    assert scaled.threshold == 0.2
    for keys in (rows[:3], rows[5:12], np.array([], np.int64)):
        p = float(raw.proba_hashed(keys)[1])
        expected = 1 / (1 + np.exp(-(0.5 * np.log(p / (1 - p)) - 0.3)))
        assert float(scaled.proba_hashed(keys)[1]) == pytest.approx(expected, rel=1e-4)


def test_the_report_model_takes_smaller_steps_than_the_others(train: ModuleType) -> None:
    """Its examples are few and sparse: its AdaGrad step is smaller (``REPORT_RATE``), so one pass moves it less."""
    rows = [(0, np.array([1, 2]), 1), (1, np.array([1, 3]), 0), (2, np.array([2, 3]), 1)]
    report = train.averaged_model(rows, model.REPORTS, 0, 1, bags=1)
    other = train.model_of(rows, model.REPORTS, 0.0, 0, 1)
    assert train.REPORT_RATE < train.RATE
    assert 0 < np.abs(report.weights).max() < np.abs(other.weights).max()


def test_reference_tells_how_the_sentence_names_a_participant(nlp: object) -> None:
    """A participant named ("Putin"), met through a pronoun ("He"), by other words ("the president") or not in the
    sentence at all: the report model weighs each differently (a pronoun or an absent one is resolved less surely)."""
    from tidings.models import Entity

    putin = Entity("vladimir putin", "Vladimir Putin", "PERSON", "RUS", "GOV", "President", ("Putin",))
    doc = nlp("He met the president and Putin.")  # type: ignore[operator]
    assert model.reference(doc[0:1], putin) == "pron"
    assert model.reference(doc[2:4], putin) == "words"
    assert model.reference(doc[5:6], putin) == "name"
    assert model.reference(None, putin) == "away"


def _mention(typ: str, start: int, *keys: str) -> tidings.models.EventMention:
    from tidings.models import Entity, EventMention, SourceRef

    people = tuple(Entity(k, k.title(), "PERSON", "RUS") for k in keys)
    return EventMention(typ, None, "occurred", people[:1], people[1:], None, None, SourceRef("a", "s", start, start + 10), "met")


def test_article_features_count_a_story_told_again() -> None:
    """News is told again (headline, lede, body), an aside once: the features count the article's other mentions of
    the type that share a participant, say whether this one is the first, and count its sentence's others."""
    lede, again, aside, beside = _mention("CONSULT", 0, "ann", "bob"), _mention("CONSULT", 50, "bob", "cy"), _mention("CONSULT", 90, "dee", "eve"), _mention("ACCUSE", 90, "dee", "eve")  # fmt: skip
    told = [lede, again, aside, beside]
    assert {"nshare=1", "first_of=True", "nsent=0", "nart=2"} <= set(model.article_features(lede, told))
    assert {"nshare=1", "first_of=False"} <= set(model.article_features(again, told))
    assert {"nshare=0", "first_of=True", "nsent=1", "t|nshare=CONSULT|0"} <= set(model.article_features(aside, told))


def test_a_full_articles_report_features_see_the_whole_article(nlp: object) -> None:
    """The report features of a mention are drawn once the article is read: a meeting told in the lede and again
    later counts its retelling, the retelling knows it is not the first."""
    from tidings.events.model import Models
    from tidings.models import RawInput
    from tidings.pipeline import analyse, parse_articles, prepare
    from tidings.settings import Settings

    filler = " ".join(f"The weather in the capital was mild on day {i} of the month." for i in range(1, 9))
    text = f"Putin met Netanyahu in Moscow on Thursday. {filler} Netanyahu met Putin for three hours."
    article = prepare(RawInput("a.txt", text, "txt", {"published": "2018-02-02"}), Settings())
    [(article, doc)] = parse_articles([article], Settings())  # type: ignore[list-item]
    seen: list[list[str]] = []
    analyse(article, doc, Models(), None, lambda kind, _i, _what, feats: seen.append(feats) if kind == "report" else None)
    assert len(seen) == 2
    assert [("first_of=True" in f, "nshare=1" in f) for f in seen] == [(True, True), (False, True)]
