"""The one place that knows the order of the stages.

    ingest -> clean -> nlp -> temporal -> actors -> events -> link -> store

1. ``ingest.read_inputs`` reads files, folders, stdin and JSON records;
2. ``clean.prepare`` decodes, extracts, strips boilerplate, dates and checks
   each article (or rejects it, with its reason);
3. ``nlp.parse`` parses a batch of articles with the process's one spaCy
   pipeline (``language``: the model plus the components ``actors`` registers);
4. ``analyse`` turns one parsed article into an ``Analysis``: ``temporal.tag``
   finds its time expressions (with the clause tense the parse gives),
   ``actors.ArticleActors`` its people, bodies, countries and places, and
   ``events.Extractor`` its event mentions; the sentences keep the days they
   name;
5. ``write_batch`` links each mention into the store (``link.link_mention``):
   one transaction per batch, one savepoint per article.

Steps 1 to 4 are per article and need no store (``analyse_batch`` runs them;
its result holds no spaCy object), step 5 is the one writer. Batches are
bounded by a number of articles and a number of characters, so that memory
stays bounded whatever the articles' length.

Steps 2 to 4 run where an executor (``parallel``) puts them: here, on worker
processes or on a Dask cluster, each worker set up once by ``warm``. Step 5
stays here and takes the results in input order, so a parallel ingest gives
the store a serial one gives (the same event ids). Or the two halves run
apart: ``extract_shards`` writes each batch's analyses as a Parquet shard
(``shards``), ``link_shards`` links them later, shard by shard.

An exception while preparing, parsing, analysing or linking one article
undoes that article alone and records it as rejected (``internal-error``,
with the exception); the batch goes on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tidings import actors, clean, events, ingest, lexicon, link, nlp, parallel, shards, temporal
from tidings.errors import InputError
from tidings.events.extractor import BACKGROUND_YEARS, FULL_ARTICLE, mend_present_verbs, note_drop
from tidings.events.model import Models
from tidings.models import Analysis, Article, Candidate, DatedSentence, Event, EventMention, RawInput, Rejection, Tense, Timex
from tidings.settings import Settings
from tidings.store import Store

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
Known = Callable[[Sequence[str]], set[str]]
# The report model learned from full news articles (``extractor.FULL_ARTICLE`` sentences or more): a text of fewer
# sentences (a brief, a codebook's example sentence) is not of that kind, and keeps every mention whatever the
# model's probability.


@dataclass(frozen=True)
class Duplicate:
    """An input whose article is already stored (or earlier in its batch)."""

    source: str
    article_id: str


Result = Analysis | Rejection | Duplicate


@dataclass
class IngestSummary:
    """What one ``tidings ingest`` did."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    events_created: int = 0
    events_updated: int = 0
    mentions: int = 0

    @property
    def failed(self) -> int:
        """Inputs rejected because tidings itself failed on them (``internal-error``)."""
        return sum(1 for r in self.rejected if r.reason == INTERNAL_ERROR)

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new": self.new,
            "duplicate": self.duplicate,
            "rejected": len(self.rejected),
            "failed": self.failed,
            "rejections": [{"source": r.source, "reason": r.reason, "detail": r.detail} for r in self.rejected],
            "events_created": self.events_created,
            "events_updated": self.events_updated,
            "mentions": self.mentions,
        }


INTERNAL_ERROR = "internal-error"


def internal_error(source: str, exc: BaseException, data: str = "") -> Rejection:
    """The rejection of an input tidings failed on; the traceback goes to the debug log."""
    log.debug("internal error on %s", source, exc_info=exc)
    return ingest.reject(source, INTERNAL_ERROR, f"{type(exc).__name__}: {exc}", data or source)


@dataclass(frozen=True)
class StoredIds:
    """The articles stored when an ingest began, as a ``Known`` that can be sent to workers."""

    ids: frozenset[str]

    def __call__(self, ids: Sequence[str]) -> set[str]:
        return {i for i in ids if i in self.ids}


# -- the stages, in order ---------------------------------------------------------
def language() -> Language:
    """The process's spaCy pipeline with the actor rules (loaded once)."""
    return nlp.load(actors.spacy_components())


def trained_models() -> Models:
    """The process's trained models (a missing one: the rules alone decide its part)."""
    return events.model.load()


def warm(settings: Settings) -> None:
    """Load everything ``analyse`` needs, once per process: the user's data files, the spaCy pipeline, the
    trained models.

    Every worker process runs it when it starts (a fresh interpreter knows nothing yet).
    """
    if settings.data_dir:
        lexicon.use_data_dir(settings.data_dir)
    language()
    trained_models()


def batches(items: Iterable[RawInput | Rejection], settings: Settings) -> Iterator[list[RawInput | Rejection]]:
    """Inputs in batches of at most ``batch_size`` articles and about ``batch_chars`` characters."""
    batch: list[RawInput | Rejection] = []
    chars = 0
    for item in items:
        size = len(item.data) if isinstance(item, RawInput) else 0
        if batch and (len(batch) >= settings.batch_size or chars + size > settings.batch_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch


def prepare(item: RawInput, settings: Settings) -> Article | Rejection:
    """``clean.prepare``, with a failure recorded as the input's rejection."""
    try:
        return clean.prepare(item, settings)
    except Exception as exc:
        return internal_error(item.source, exc)


def parse_articles(articles: Sequence[Article], settings: Settings) -> Iterator[tuple[Article, Doc | Rejection]]:
    """Each article with its parse; when the batch fails, each article is parsed alone."""
    model = language()
    try:
        docs = list(nlp.parse(model, [a.text for a in articles], batch_size=settings.batch_size))
    except Exception:
        log.debug("batch parse failed; parsing its %d articles one by one", len(articles), exc_info=True)
        for article in articles:
            try:
                yield article, next(nlp.parse(model, [article.text]))
            except Exception as exc:
                yield article, internal_error(article.source, exc, article.text)
        return
    yield from zip(articles, docs, strict=True)


def analyse(
    article: Article,
    doc: Doc,
    models: Models | None = None,
    oracle: Mapping[int, tuple[str, str]] | None = None,
    collect: Callable[[str, int, object, list[str]], None] | None = None,
) -> Analysis:
    """What one parsed article reports: its event mentions (in linking order) and its dated sentences.

    ``models``: the trained models (the shipped ones by default); ``oracle`` and ``collect`` are for
    development and training (``training/dev.py``, ``training/train.py``).
    """
    nlp.mend_lemmas(doc)
    mend_present_verbs(doc)
    tense_of = nlp.tense_lookup(doc)
    timexes = temporal.tag(doc.text, article.published, tense_of=tense_of)
    written = written_on(article.published, timexes)
    lead = clean.lead_day(article.raw, written)
    if lead is not None and written is not None and lead[0] < written:
        # A wire story filed on the day its dateline names and published a day or two later ("TRIPOLI | Wed Apr 6 ...
        # 7:55 pm EDT" on a page of April 7): its "today" and its weekdays are the filing day's.
        written = lead[0]
    told = article
    if written != article.published:
        # Its dates are read from the day it was written (tagged once more, from that day); its sources keep the date
        # it carries.
        told = replace(article, published=written)
        timexes = temporal.tag(doc.text, written, tense_of=tense_of)
    chosen = trained_models() if models is None else models
    people = actors.ArticleActors(doc, told.published.isoformat() if told.published is not None else None)
    stories = stamped_stories(article)
    main_end = stories[0][0] if stories else len(doc.text)
    entries = clean.entry_stamps(article.raw, article.published) if article.raw else []
    found = events.Extractor(
        told, doc, people, timexes, chosen, oracle, collect, lead_day=lead, within=(0, main_end), entries=entries
    ).mentions()
    for start, end, day in stories:
        if told.published is not None and told.published.year - day.year >= BACKGROUND_YEARS:
            continue  # a story of the site's archive ("updated: ... 2008" on a page of 2011): not the page's news
        # A page of several stories, each under its "updated:" stamp: each is read from its own day.
        own = [
            replace(t, start=t.start + start, end=t.end + start)
            for t in temporal.tag(doc.text[start:end], day, partial(_shifted, tense_of, start))
        ]
        timexes = [t for t in timexes if not start <= t.start < end] + own
        teller = events.Extractor(
            replace(told, published=day), doc, people, own, chosen, oracle, collect, lead_day=(day, 0), within=(start, end)
        )
        found += teller.mentions()
    if told is not article or stories:
        found = [
            replace(m, source=replace(m.source, published=article.published.isoformat() if article.published else None)) for m in found
        ]
    if chosen.reports is not None and sum(1 for _ in doc.sents) >= FULL_ARTICLE:
        found = likely_reports(found, chosen.reports.threshold)
    return Analysis(article, tuple(linking_order(found)), tuple(dated_sentences(doc, timexes)))


# A multi-story page's teaser stamp: "updated: Mon Jul 18 2011 21:41:00" (the day the story below it was written).
MONTHS = {name: n for n, name in enumerate(calendar.month_abbr) if name}
STAMP = re.compile(
    rf"\bupdated: (?:{'|'.join(calendar.day_abbr)}) ({'|'.join(MONTHS)}) (\d{{1,2}}) (\d{{4}}) \d{{1,2}}:\d{{2}}(?::\d{{2}})?"
)
MIN_STAMPS = 2  # one "updated:" line is the page's own; a page of several stamped stories is a digest


def _shifted(tense_of: Callable[[int, int], Tense | None], offset: int, start: int, end: int) -> Tense | None:
    """``tense_of`` for a part of the text that begins at ``offset``."""
    return tense_of(start + offset, end + offset)


def stamped_stories(article: Article) -> list[tuple[int, int, dt.date]]:
    """The stories of a page of several, each stamped "updated: <day> <time>" in the raw page (a site's list of its
    other stories; the clean stage cuts the stamps): (start, end, day) in the cleaned text, a story running from
    its headline (the start of its stamp's line) to the next story's."""
    found: list[tuple[int, dt.date]] = []
    for m in STAMP.finditer(article.raw):
        try:
            day = dt.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
        except ValueError:
            continue
        start = _text_offset(article, article.raw.rfind("\n", 0, m.start()) + 1)
        if not found or start > found[-1][0]:
            found.append((start, day))
    if len(found) < MIN_STAMPS:
        return []
    ends = [s for s, _d in found[1:]] + [len(article.text)]
    return [(s, e, d) for (s, d), e in zip(found, ends, strict=True)]


def _text_offset(article: Article, raw: int) -> int:
    """Where a position of the raw text falls in the cleaned text (the next kept character)."""
    for span in article.offsets:
        if raw < span.raw_end:
            return span.start + max(0, raw - span.raw_start)
    return len(article.text) if article.offsets else raw


STALE_DATE_WEEKDAYS = 3  # past-tense mentions of the weekday after an article's date that show the date is stale
WEEKDAYS = frozenset(name.lower() for name in calendar.day_name)  # the full names only ("Tue." is no cue)


def written_on(published: dt.date | None, timexes: Sequence[Timex]) -> dt.date | None:
    """The day an article was written up to: its publication date, or the day after it when the article tells in
    the past tense, again and again, of that day by its weekday name ("met on Tuesday" in a page dated Monday).

    A news story names a day of the past week by its weekday, not one a week old: many such mentions of the
    weekday after the publication's mean a page updated after the date it carries (a live page, a time zone),
    not a story about a week before."""
    if published is None:
        return None
    week_ago = published - dt.timedelta(days=6)
    stale = [
        t
        for t in timexes
        if t.point is not None
        and t.point.granularity == "day"
        and t.point.start == week_ago
        and t.text.lower().split()[0].rstrip(".") in WEEKDAYS
    ]
    return published + dt.timedelta(days=1) if len(stale) >= STALE_DATE_WEEKDAYS else published


def likely_reports(mentions: Sequence[EventMention], floor: float) -> list[EventMention]:
    """A full article's mentions the report model finds at least ``floor`` likely, and those below it that report
    the same event as one of them (another sentence about a kept event stays one of its sources).

    The floor is the report model's threshold, chosen on the training split's cross-validation
    (``training/train.py``, ``REPORT_FLOOR``).
    """
    kept = [Candidate("", (m,)) for m in mentions if m.confidence >= floor]
    out = []
    for m in mentions:
        if m.confidence >= floor or any(link.score(m, c) is not None for c in kept):
            out.append(m)
        else:
            note_drop(m.source.sentence, m.type, m.trigger, "unlikely report")
    return out


def analyse_batch(items: Sequence[RawInput | Rejection], settings: Settings, known: Known | None = None) -> list[Result]:
    """Steps 2 to 4 for a batch: an ``Analysis``, a ``Rejection`` or a ``Duplicate`` per input, in order.

    ``known`` says which article ids are already stored (they are not parsed again).
    """
    results: list[Result | Article] = []
    seen: set[str] = set()
    for item in items:
        prepared: Article | Rejection | Duplicate = item if isinstance(item, Rejection) else prepare(item, settings)
        if isinstance(prepared, Article):
            article_id = prepared.id
            if article_id in seen:
                prepared = Duplicate(prepared.source, article_id)
            seen.add(article_id)
        results.append(prepared)
    fresh = [r for r in results if isinstance(r, Article)]
    stored = known([a.id for a in fresh]) if known and fresh else set()
    parsed = {article.id: doc for article, doc in parse_articles([a for a in fresh if a.id not in stored], settings)}
    out: list[Result] = []
    for r in results:
        if not isinstance(r, Article):
            out.append(r)
        elif r.id in stored:
            out.append(Duplicate(r.source, r.id))
        else:
            out.append(_analysed(r, parsed[r.id]))
    return out


def _analysed(article: Article, doc: Doc | Rejection) -> Analysis | Rejection:
    if isinstance(doc, Rejection):
        return doc
    try:
        return analyse(article, doc)
    except Exception as exc:
        return internal_error(article.source, exc, article.text)


def write_batch(results: Sequence[Result], store: Store, summary: IngestSummary) -> None:
    """Step 5: one transaction for the batch, a savepoint per article; an article that fails is undone alone."""
    with store.transaction():
        fresh = [r for r in results if isinstance(r, Analysis)]
        stored = store.known_articles([a.article.id for a in fresh])
        for r in results:
            summary.read += 1
            if isinstance(r, Duplicate) or (isinstance(r, Analysis) and r.article.id in stored):
                summary.duplicate += 1
            elif isinstance(r, Rejection):
                _reject(r, store, summary)
            else:
                try:
                    with store.savepoint():
                        created, updated = _write(r, store)
                except Exception as exc:
                    _reject(internal_error(r.article.source, exc, r.article.text), store, summary)
                    continue
                stored.add(r.article.id)
                summary.new += 1
                summary.events_created += created
                summary.events_updated += updated
                summary.mentions += created + updated


def _reject(rejection: Rejection, store: Store, summary: IngestSummary) -> None:
    store.add_rejection(rejection)
    summary.rejected.append(rejection)


def _write(analysis: Analysis, store: Store) -> tuple[int, int]:
    """Store one article and link its mentions; (events created, events updated)."""
    store.add_article(analysis.article)
    store.add_sentences(analysis.article.id, analysis.sentences)
    created = updated = 0
    for mention in analysis.mentions:
        _event_id, new = link.link_mention(mention, store)
        created += new
        updated += not new
    return created, updated


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    settings: Settings = Settings(),
    *,
    manifest: Path | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    exclude: Iterable[Path] = (),
    executor: parallel.Executor | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store`` (see the module docstring).

    ``executor`` runs steps 2 to 4 on the batches (default: here, each batch
    when the previous one is written); step 5 writes their results here, in
    input order, whatever the executor.
    """
    summary = IngestSummary()
    if settings.data_dir:
        lexicon.use_data_dir(settings.data_dir)
    run = executor or parallel.InProcess()
    # Workers cannot ask the store which articles it has: they get the ids it had at the start.
    known: Known = StoredIds(store.article_ids()) if run.remote else store.known_articles
    items = ingest.read_inputs(paths, manifest=manifest, max_bytes=settings.max_bytes, stdin=stdin, exclude=[*exclude, *store.files()])
    with closing(run.map(analyse_batch, batches(items, settings), (settings, known), partial(warm, settings))) as results:
        for batch in results:
            write_batch(batch, store, summary)
            if progress is not None:
                progress(len(batch))
    return summary


# -- extraction and linking as two steps ----------------------------------------------
SHARD_KINDS: dict[str, type] = {"Analysis": Analysis, "Rejection": Rejection, "Duplicate": Duplicate}


@dataclass
class ShardSummary:
    """What ``extract_shards`` did (or one shard of it)."""

    read: int = 0
    analysed: int = 0
    duplicate: int = 0
    rejected: int = 0
    mentions: int = 0
    shards: int = 0
    skipped: int = 0

    def add(self, other: ShardSummary) -> None:
        for name in ("read", "analysed", "duplicate", "rejected", "mentions", "shards", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("read", "analysed", "duplicate", "rejected", "mentions", "shards", "skipped")}


def analyse_to_shard(unit: tuple[int, str, Sequence[RawInput | Rejection]], settings: Settings, folder: str) -> ShardSummary:
    """Steps 2 to 4 for batch ``index`` of the input, written as shard ``index`` of ``folder``."""
    index, key, items = unit
    results = analyse_batch(items, settings)
    shards.write(Path(folder), index, key, results)
    analysed = [r for r in results if isinstance(r, Analysis)]
    return ShardSummary(
        read=len(results),
        analysed=len(analysed),
        duplicate=sum(isinstance(r, Duplicate) for r in results),
        rejected=sum(isinstance(r, Rejection) for r in results),
        mentions=sum(len(a.mentions) for a in analysed),
        shards=1,
    )


def extract_shards(
    paths: Iterable[str],
    folder: Path,
    settings: Settings = Settings(),
    *,
    manifest: Path | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    exclude: Iterable[Path] = (),
    executor: parallel.Executor | None = None,
) -> ShardSummary:
    """Steps 1 to 4 of every article under ``paths``, written to ``folder`` as one Parquet shard per batch.

    A batch whose shard is already there (the same inputs) is skipped: run
    again, a killed extraction goes on where it stopped. ``link_shards`` then
    links the shards into a store.
    """
    summary = ShardSummary()
    if settings.data_dir:
        lexicon.use_data_dir(settings.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    items = ingest.read_inputs(paths, manifest=manifest, max_bytes=settings.max_bytes, stdin=stdin, exclude=exclude)
    count = 0

    def todo() -> Iterator[tuple[int, str, list[RawInput | Rejection]]]:
        nonlocal count
        for index, batch in enumerate(batches(items, settings)):
            count = index + 1
            key = shards.key(batch)
            if shards.done(folder, index, key):
                summary.add(ShardSummary(read=len(batch), skipped=1))
                if progress is not None:
                    progress(len(batch))
                continue
            yield index, key, batch

    run = executor or parallel.InProcess()
    with closing(run.map(analyse_to_shard, todo(), (settings, str(folder)), partial(warm, settings))) as done:
        for shard in done:
            summary.add(shard)
            if progress is not None:
                progress(shard.read)
    for index in shards.indices(folder):
        if index >= count:  # left by an earlier, longer input
            (folder / shards.name(index)).unlink()
    return summary


def link_shards(folder: Path, store: Store, progress: Progress | None = None) -> IngestSummary:
    """Step 5 for the shards ``extract_shards`` wrote: one transaction per shard, in shard order.

    Linking again after an interruption completes the store (linked articles count as duplicates).
    """
    found = shards.indices(folder)
    if not found:
        raise InputError(f"no shards in {folder}: write them with `tidings ingest --shards {folder} PATH...`")
    missing = sorted(set(range(found[-1] + 1)) - set(found))
    if missing:
        raise InputError(
            f"{folder} lacks shard {missing[0]} (and {len(missing) - 1} more): the extraction did not finish;"
            f" run the same `tidings ingest --shards {folder}` command again, then link"
        )
    summary = IngestSummary()
    for index in found:
        results = shards.read(folder / shards.name(index), SHARD_KINDS)
        write_batch(results, store, summary)
        if progress is not None:
            progress(len(results))
    return summary


# -- helpers of the stages ----------------------------------------------------------
def linking_order(mentions: list[EventMention]) -> list[EventMention]:
    """Explicitly dated mentions link first, then inferred dates, then undated ones.

    An undated mention ("the summit between the American and Russian
    presidents") then finds the event its article dates, not a lonely record.
    """
    return sorted(mentions, key=lambda m: (m.date is None, m.date_from_anchor))


def dated_sentences(doc: Doc, timexes: Sequence[Timex]) -> list[DatedSentence]:
    """Every sentence with the days it names (day-precise dates, not "before" or "after" one)."""
    days_at: dict[int, list[str]] = {}
    for tx in timexes:
        if tx.type == "DATE" and tx.point is not None and tx.point.granularity == "day" and tx.mod not in ("AFTER", "BEFORE"):
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None:
                days_at.setdefault(span.start, []).append(tx.point.value)
    out = []
    for index, sent in enumerate(doc.sents):
        days = [d for i in range(sent.start, sent.end) for d in days_at.get(i, ())]
        out.append(DatedSentence(index, sent.start_char, sent.end_char, tuple(dict.fromkeys(days))))
    return out


def actor_mentions(
    corpus: Sequence[str], manifest: Path | None = None, exclude: Iterable[Path] = ()
) -> Iterator[tuple[Article, Doc, actors.ArticleActors]]:
    """Steps 1 to 3 and the actors of step 4, for scoring entities (``evaluate.score_entities``)."""
    settings = Settings()
    articles = [
        a
        for item in ingest.read_inputs(corpus, manifest=manifest, exclude=exclude)
        if not isinstance(item, Rejection) and isinstance(a := prepare(item, settings), Article)
    ]
    for article, doc in parse_articles(articles, settings):
        if not isinstance(doc, Rejection):
            yield article, doc, actors.ArticleActors(doc, article.published.isoformat() if article.published is not None else None)


def extract(text: str, published: str | None = None, title: str | None = None, url: str | None = None) -> list[Event]:
    """The events one article reports, linked within the article only.

    >>> events = extract("Putin met Netanyahu in Moscow on Monday.", published="2018-01-31")  # doctest: +SKIP
    """
    item = RawInput(
        source="<api>", data=text, kind="txt", meta={k: v for k, v in (("published", published), ("title", title), ("url", url)) if v}
    )
    settings = Settings(min_words=1, language="*")
    article = clean.prepare(item, settings)
    if isinstance(article, Rejection):
        return []
    _article, doc = next(parse_articles([article], settings))
    if isinstance(doc, Rejection):
        raise RuntimeError(doc.detail)
    analysis = analyse(article, doc)
    store = Store(":memory:")
    try:
        with store.transaction():
            _write(analysis, store)
        return store.events()
    finally:
        store.close()
