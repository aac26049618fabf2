"""The ``tidings`` command: thin wrappers that parse options and call the library.

Every library error becomes one line on stderr and exit status 1 (a traceback
only with ``--debug``).
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from tidings import __version__
from tidings.errors import TidingsError
from tidings.export import FORMATS as EXPORT_FORMATS
from tidings.models import EVENT_TYPES, STATUSES
from tidings.settings import Settings, default_db_path

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    click.echo(f"tidings: error: {message}", err=True)
    sys.exit(1)


def guarded(func: F) -> F:
    """Turn library errors into one clean line (and exit 1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        try:
            return func(*args, **kwargs)
        except TidingsError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted: the store keeps every batch committed so far; run the same command again to complete it")

    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The store (a SQLite file). Default: $TIDINGS_DB, else ./tidings.db.",
    )(func)


def filter_options(func: F) -> F:
    """The event filters (``tidings.filters``: one definition for the CLI and the web) and --limit."""
    from tidings.filters import HELP

    options = [
        click.option("--actor", "actors", multiple=True, help=HELP["actor"]),
        click.option("--country", "countries", multiple=True, help=HELP["country"]),
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False), help=HELP["type"]),
        click.option("--status", type=click.Choice(STATUSES), help=HELP["status"]),
        click.option("--since", help=HELP["since"]),
        click.option("--until", help=HELP["until"]),
        click.option("--place", help=HELP["place"]),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True, help=HELP["min_confidence"]),
        click.option("--limit", type=click.IntRange(1), help="At most this many events."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _load_events(db: Path | None, filters: dict[str, Any]) -> list[Any]:
    """The events the shared filter options select, in date order (values checked before the store opens)."""
    flt = _event_filter(filters)
    store = _open(db)
    try:
        return list(store.events(flt))
    finally:
        store.close()


def _filters(filters: dict[str, Any]) -> Any:
    """The shared filter options, checked by ``tidings.filters.parse``; a bad value is a usage error."""
    from tidings import filters as flt
    from tidings.errors import FilterError

    try:
        return flt.parse(
            actors=filters["actors"],
            countries=filters["countries"],
            type=filters["type_"],
            status=filters["status"],
            since=filters["since"],
            until=filters["until"],
            min_confidence=filters["min_confidence"],
            place=filters["place"],
        )
    except FilterError as exc:
        raise click.BadParameter(exc.reason, param_hint=f"--{exc.option}") from exc


def _event_filter(filters: dict[str, Any]) -> Any:
    """The shared filter options as the store's ``EventFilter`` (with --limit)."""
    return _filters(filters).event_filter(filters["limit"])


def _open(db: Path | None, readonly: bool = True) -> Any:
    from tidings.store import Store

    return Store(db or default_db_path(), readonly=readonly)


class TidingsGroup(click.Group):
    """Bad arguments exit with status 1, as every other failure (CONTRACT.md)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.ClickException as exc:
            exc.show()
            sys.exit(1)
        except click.exceptions.Abort:
            click.echo("tidings: aborted", err=True)
            sys.exit(1)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)


@click.group(cls=TidingsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    envvar="TIDINGS_DATA",
    help="A folder of data files added to the packaged ones (triggers/*.tsv, words/*.tsv, actors.tsv ...). Default: $TIDINGS_DATA.",
)
@click.pass_context
def main(ctx: click.Context, debug: bool, data_dir: Path | None) -> None:
    """tidings: news articles in, a dated, sourced, deduplicated record of political events out."""
    ctx.obj = {"debug": debug, "data_dir": str(data_dir) if data_dir else None}
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if data_dir is not None:
        from tidings import lexicon

        lexicon.use_data_dir(data_dir)


def _progress_bar(total: int | None) -> Any:
    """A progress bar on stderr with the rate and the time left; call the result with the articles done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    bar = Progress(*columns, transient=True)
    task = bar.add_task("ingest", total=total, rate="")

    def advance(n: int) -> None:
        bar.advance(task, n)
        t = bar.tasks[0]
        if t.elapsed:
            bar.update(task, rate=f"{t.completed / t.elapsed:.1f} articles/s")

    return bar, advance


def _with_progress(show: bool, total: Callable[[], int | None], run: Callable[[Any], Any]) -> Any:
    """``run(progress)`` with a progress bar when ``show`` (else ``run(None)``)."""
    if not show:
        return run(None)
    bar, advance = _progress_bar(total())
    with bar:
        return run(advance)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="JSONL metadata for files, by path.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option(
    "--max-bytes", type=click.IntRange(1), default=Settings.max_bytes, show_default=True, help="Largest article accepted, in bytes."
)
@click.option(
    "--batch-size",
    type=click.IntRange(1),
    default=Settings.batch_size,
    show_default=True,
    help="Articles per batch (one transaction each).",
)
@click.option(
    "--workers",
    type=click.IntRange(0),
    default=0,
    help="Worker processes that analyse articles (one spaCy model each); 1: all in this process. Default: one per core.",
)
@click.option(
    "--scheduler",
    envvar="TIDINGS_SCHEDULER",
    metavar="ADDRESS",
    help="Analyse on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786) instead; needs tidings[cluster]."
    " Default: $TIDINGS_SCHEDULER.",
)
@click.option(
    "--shards",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the analyses to this folder as Parquet shards instead of linking them (link them later with `tidings link DIR`).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@db_option
@guarded
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    manifest: Path | None,
    no_progress: bool,
    max_bytes: int,
    batch_size: int,
    workers: int,
    scheduler: str | None,
    shards: Path | None,
    as_json: bool,
    db: Path | None,
) -> None:
    """Read articles (files, folders, - for stdin, .txt/.html/.json/.jsonl) into the store."""
    from tidings.ingest import read_inputs
    from tidings.parallel import executor
    from tidings.pipeline import extract_shards, ingest_paths

    settings = Settings(max_bytes=max_bytes, batch_size=batch_size, data_dir=(ctx.obj or {}).get("data_dir"))
    run = executor(workers, scheduler)
    show = not no_progress and sys.stderr.isatty()

    def total() -> int | None:
        return sum(1 for _ in read_inputs(paths, manifest=manifest, max_bytes=max_bytes)) if "-" not in paths else None

    if shards is not None:
        done = _with_progress(show, total, lambda p: extract_shards(paths, shards, settings, manifest=manifest, progress=p, executor=run))
        if as_json:
            click.echo(json.dumps(done.as_dict(), indent=2))
            return
        click.echo(
            f"read {done.read}: {done.analysed} analysed, {done.duplicate} duplicate, {done.rejected} rejected, {done.mentions} mentions;"
            f" {done.shards} shard(s) written, {done.skipped} already there, in {shards} (link them with `tidings link {shards}`)"
        )
        return
    store = _open(db, readonly=False)
    try:
        summary = _with_progress(show, total, lambda p: ingest_paths(paths, store, settings, manifest=manifest, progress=p, executor=run))
    finally:
        store.close()
    _print_summary(summary, as_json)


def _print_summary(summary: Any, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2))
        return
    click.echo(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, rejected {len(summary.rejected)}")
    if summary.failed:
        click.echo(f"tidings failed on {summary.failed} input(s) (internal-error below; --debug logs the tracebacks): please report them")
    click.echo(f"events: {summary.events_created} new, {summary.events_updated} updated, from {summary.mentions} mentions")
    for r in summary.rejected:
        click.echo(f"  rejected {r.source}: {r.reason}: {r.detail}")


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@db_option
@guarded
def link(folder: Path, no_progress: bool, as_json: bool, db: Path | None) -> None:
    """Link the Parquet shards of `tidings ingest --shards FOLDER` into the store, shard by shard (run again to resume)."""
    from tidings import shards
    from tidings.pipeline import link_shards

    show = not no_progress and sys.stderr.isatty()

    def total() -> int:
        return sum(shards.rows(folder / shards.name(i)) for i in shards.indices(folder))

    store = _open(db, readonly=False)
    try:
        summary = _with_progress(show, total, lambda p: link_shards(folder, store, progress=p))
    finally:
        store.close()
    _print_summary(summary, as_json)


@main.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True)
@db_option
@guarded
def events(fmt: str, db: Path | None, **filters: Any) -> None:
    """List linked events."""
    from tidings import export

    found = _load_events(db, filters)
    if not found:
        click.echo("no event matches these filters (tidings events --help lists them)", err=True)
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in found], indent=2, ensure_ascii=False))
    elif fmt in ("jsonl", "csv"):
        for chunk in export.render(found, fmt):
            click.echo(chunk, nl=False)
    else:
        for e in found:
            who = ", ".join(a.name or a.country or "?" for a in e.actors)
            whom = ", ".join(r.name or r.country or "?" for r in e.recipients)
            where = f" in {e.location.name}" if e.location else ""
            click.echo(
                f"{e.date or '????-??-??':<10}  {e.type:<8} {e.mode or '-':<12} {e.status:<8} {who} -> {whom}{where}  [{len(e.sources)} source(s)] {e.id}"
            )


@main.command()
@filter_options
@click.option("--topic", help="Words the timeline is about.")
@click.option("--max-dates", type=click.IntRange(1), default=20, show_default=True)
@click.option("--per-date", type=click.IntRange(1), default=2, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "timelinejs"]), default="text", show_default=True)
@click.option(
    "--source",
    type=click.Choice(["auto", "events", "sentences"]),
    default="auto",
    show_default=True,
    help="What the timeline is made of. auto: the linked events and the articles' dated sentences together (dates"
    " ranked by both); events: the linked events alone; sentences: the dated sentences alone. With an actor, country"
    " or type filter (auto, events), the dates are those of the matching events.",
)
@db_option
@guarded
def timeline(topic: str | None, max_dates: int, per_date: int, fmt: str, source: str, db: Path | None, **filters: Any) -> None:
    """A dated summary timeline: the most important dates, in date order."""
    from tidings import timeline as tl

    flt = _event_filter(filters)
    store = _open(db)
    try:
        articles = store.counts()["articles"]
        built = tl.choose(
            store.events(flt),
            lambda: store.sentences(filters["since"], filters["until"]),
            by_event=bool(filters["actors"] or filters["countries"] or filters["type_"]),
            source=source,
            max_dates=max_dates,
            per_date=per_date,
            start=filters["since"],
            end=filters["until"],
            topic=topic,
        )
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(tl.to_json(built), indent=2, ensure_ascii=False))
    elif fmt == "timelinejs":
        click.echo(json.dumps(tl.to_timelinejs(built, topic or "tidings timeline"), indent=2, ensure_ascii=False))
    elif built:
        click.echo(tl.to_text(built))
    if not built:
        click.echo(f"tidings: {_nothing_matches(articles, topic, filters)}", err=True)


def _nothing_matches(articles: int, topic: str | None, filters: dict[str, Any]) -> str:
    """Why a timeline is empty, in one line: an empty store, or the options that matched nothing."""
    if not articles:
        return "no timeline: the store has no articles yet (run `tidings ingest` first)"
    given = [f"--topic {topic!r}"] if topic else []
    given += [f"--actor {a!r}" for a in filters["actors"]] + [f"--country {c}" for c in filters["countries"]]
    for option, key in (
        ("type", "type_"),
        ("status", "status"),
        ("since", "since"),
        ("until", "until"),
        ("min-confidence", "min_confidence"),
    ):
        if filters[key]:
            given.append(f"--{option} {filters[key]}")
    where = f"matches {' '.join(given)}" if given else "names a day or reports a dated event"
    return f"no timeline: nothing in the store ({articles} articles) {where}"


@main.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="See the README's table of formats.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output.")
@db_option
@guarded
def export_cmd(fmt: str, output: Path | None, db: Path | None, **filters: Any) -> None:
    """Export the store (or the filtered events) in tidings' formats or the field's (GDELT, ICEWS, POLECAT, ACLED, ...)."""
    from tidings import export

    if fmt in export.BINARY_FORMATS and output is None:
        raise click.UsageError(f"{fmt} is a binary format: give a file with -o")
    flt = _event_filter(filters)
    store = _open(db)
    try:
        found = store.events(flt)
        articles = export.ArticleIndex.from_store(store, found) if fmt in export.NEEDS_ARTICLES else None
    finally:
        store.close()
    kept, left_out = export.eligible(found, fmt)
    if left_out:
        click.echo(f"left out {len(found) - len(kept)} of {len(found)} events: {left_out}", err=True)
    if output is None:
        for chunk in export.render(kept, fmt, articles):
            click.echo(chunk, nl=False)
        return
    tmp = output.with_name(output.name + ".part")
    if fmt in export.BINARY_FORMATS:
        export.write_binary(kept, fmt, tmp)
    else:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            for chunk in export.render(kept, fmt, articles):
                fh.write(chunk)
    tmp.replace(output)
    click.echo(f"wrote {len(kept)} events to {output}", err=True)


@main.group("entities", invoke_without_command=True)
@click.option("--kind", type=click.Choice(["PERSON", "ORG", "COUNTRY"], case_sensitive=False), help="Only people, bodies or countries.")
@click.option("--country", help="Only entities of this country (ISO3).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
@click.pass_context
@guarded
def entities_cmd(ctx: click.Context, kind: str | None, country: str | None, limit: int, fmt: str, db: Path | None) -> None:
    """List the store's people, bodies and countries (most active first); see the subcommands."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is not None:
        return
    store = _open(db)
    try:
        rows = store.entity_rows(kind, country, limit)
    finally:
        store.close()
    if not rows:
        click.echo("no entity matches" + (" these filters" if kind or country else ": the store has none yet (tidings ingest)"), err=True)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in rows:
        click.echo(
            f"{r['id']}  {r['name'] or '-':<28} {r['kind']:<7} {r['country'] or '-':<4} {r['sector'] or '-':<4} {r['events']:>4} event(s)  {r['title'] or ''}"
        )


@entities_cmd.command("show")
@click.argument("name")
@db_option
@click.pass_context
@guarded
def entities_show(ctx: click.Context, name: str, db: Path | None) -> None:
    """Everything the store knows of the entities NAME refers to (name, alias or surname)."""
    store = _open(db or ctx.obj.get("db"))
    try:
        keys = store.entity_keys(name)
        rows = [r for r in store.entity_rows() if r["key"] in keys]
    finally:
        store.close()
    if not rows:
        raise TidingsError(f"no entity called {name!r} in the store")
    click.echo(json.dumps(rows, indent=2, ensure_ascii=False))


@entities_cmd.command("merge")
@click.argument("keep")
@click.argument("drop")
@db_option
@click.pass_context
@guarded
def entities_merge(ctx: click.Context, keep: str, drop: str, db: Path | None) -> None:
    """Merge entity DROP into KEEP (names or ids); later ingests resolve DROP's names to KEEP."""
    from tidings.link import merge_entities

    store = _open(db or ctx.obj.get("db"), readonly=False)
    try:
        keep_key, drop_key = _one_entity(store, keep), _one_entity(store, drop)
        changed = merge_entities(store, keep_key, drop_key)
    finally:
        store.close()
    click.echo(f"merged {drop} into {keep}: {changed} event(s) updated")


@entities_cmd.command("aliases")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.pass_context
@guarded
def entities_aliases(ctx: click.Context, file: Path, db: Path | None) -> None:
    """Load an alias file (CSV: alias,canonical[,country]); applied on the next ingest."""
    import csv as csv_module

    rows: list[tuple[str, str, str | None]] = []
    with file.open(encoding="utf-8", newline="") as fh:
        for number, row in enumerate(csv_module.reader(fh), 1):
            if not row or row[0].startswith("#") or (number == 1 and row[0].strip().lower() == "alias"):
                continue
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise TidingsError(f"{file}, line {number}: needs alias,canonical[,country]")
            rows.append((row[0].strip(), row[1].strip(), row[2].strip().upper() if len(row) > 2 and row[2].strip() else None))
    store = _open(db or ctx.obj.get("db"), readonly=False)
    try:
        added = store.import_aliases(rows)
    finally:
        store.close()
    click.echo(f"{added} alias(es) loaded; they apply from the next ingest")


def _one_entity(store: Any, name: str) -> str:
    if name.startswith("ent_"):
        rows = [r for r in store.entity_rows() if r["id"] == name]
        if rows:
            return str(rows[0]["key"])
    keys = store.entity_keys(name)
    named = [k for k in keys if not k.startswith("country:")]
    if len(named) != 1:
        found = "nothing" if not named else f"{len(named)} entities"
        raise TidingsError(f"{name!r} matches {found}: give a full name or an ent_ id (see 'tidings entities')")
    return str(named[0])


@main.command("eval")
@click.argument("corpus", nargs=-1, required=True)
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True, help="A tidings-gold/1 file.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="JSONL metadata for the corpus files.")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES, case_sensitive=False), help="Score only these types.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@guarded
def eval_cmd(corpus: tuple[str, ...], gold: Path, manifest: Path | None, types: tuple[str, ...], as_json: bool) -> None:
    """Ingest CORPUS into a temporary store and score its events against a gold file."""
    from tidings.evaluate import evaluate

    report, _events = evaluate(corpus, gold, manifest, {t.upper() for t in types} or None)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
        return
    o = report.overall
    click.echo(f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}  (tp {o.tp}, fp {o.fp}, fn {o.fn})")
    click.echo(f"date accuracy {report.date_accuracy:.3f} over {report.date_pairs} matched events; duplicates {len(report.duplicates)}")
    if report.mode_pairs:
        click.echo(f"mode accuracy {report.mode_accuracy:.3f} over {report.mode_pairs} matched events with a gold mode")
    for name, s in sorted(report.by_type.items()):
        if not (s.tp or s.fp or s.fn):
            continue
        click.echo(f"  {name:<9} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    if report.missed:
        click.echo(f"missed: {', '.join(report.missed)}")
    if report.false_positives:
        click.echo(f"false positives: {', '.join(report.false_positives)}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@db_option
@guarded
def serve(host: str, port: int, db: Path | None) -> None:
    """The web interface and JSON API over the store (read-only)."""
    import uvicorn

    from tidings.web import create_app

    path = db or default_db_path()
    _open(path).close()  # a missing or old store fails here, with its message
    click.echo(f"Serving {path} at http://{host}:{port}/  (JSON API: http://{host}:{port}/api; Ctrl+C to stop)")
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    main()
