"""Linking without a model: which mentions are one real event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tidings import link, temporal
from tidings.models import Entity, EventMention, Location, SourceRef

NET = Entity("benjamin netanyahu", "Benjamin Netanyahu", "PERSON", "ISR")
PUT = Entity("vladimir putin", "Vladimir Putin", "PERSON", "RUS")
SHO = Entity("sergei shoigu", "Sergei Shoigu", "PERSON", "RUS")
RUS = Entity("country:RUS", None, "COUNTRY", "RUS")


def mention(actors, recipients, date, article="a1", start=0, status="occurred", published="2019-09-12", anchor=False):  # type: ignore[no-untyped-def]
    return EventMention(
        type="CONSULT",
        mode=None,
        status=status,
        actors=tuple(actors),
        recipients=tuple(recipients),
        date=temporal.point_from_value(date),
        location=None,
        source=SourceRef(article, "sentence", start, start + 8, published=published),
        trigger="met",
        date_from_anchor=anchor,
    )


def cand(*mentions: EventMention) -> link.Candidate:
    return link.Candidate("ev_x", tuple(mentions))


def test_same_people_same_day_across_articles() -> None:
    a = mention([NET], [PUT], "2019-09-12", "a1")
    b = mention([PUT], [NET], "2019-09-12", "a2", published="2019-09-13")
    assert link.score(b, cand(a)) is not None


def test_different_day_is_a_different_meeting() -> None:
    assert link.score(mention([NET], [PUT], "2019-04-04"), cand(mention([NET], [PUT], "2019-09-12"))) is None


def test_different_counterpart_is_a_different_meeting() -> None:
    assert link.score(mention([NET], [SHO], "2019-09-12"), cand(mention([NET], [PUT], "2019-09-12"))) is None


def test_month_contains_day() -> None:
    assert link.score(mention([NET], [PUT], "2019-09"), cand(mention([NET], [PUT], "2019-09-12"))) is not None


def test_country_level_mention_joins_the_named_event() -> None:
    trip = mention([NET], [RUS], "2018-01-29")
    meeting = mention([NET], [PUT], "2018-01-29", start=100)
    assert link.score(trip, cand(meeting)) is not None


def test_planned_and_occurred_stay_apart() -> None:
    assert link.score(mention([NET], [PUT], "2019-09-12", status="planned"), cand(mention([NET], [PUT], "2019-09-12"))) is None


def test_undated_joins_a_recent_event_only() -> None:
    undated = mention([NET], [PUT], None, "a2", published="2019-09-20")
    assert link.score(undated, cand(mention([NET], [PUT], "2019-09-12"))) is not None
    late = mention([NET], [PUT], None, "a2", published="2020-03-01")
    assert link.score(late, cand(mention([NET], [PUT], "2019-09-12"))) is None


def test_aggregate_prefers_explicit_precise_dates() -> None:
    explicit = mention([NET], [PUT], "2019-09-12")
    inferred = mention([NET], [PUT], "2019-09-11", start=50, anchor=True)
    coarse = mention([NET], [PUT], "2019-09", start=90)
    event = link.aggregate("ev_1", [coarse, inferred, explicit])
    assert (event.date, event.date_precision) == ("2019-09-12", "day")
    assert len(event.sources) == 3


def test_event_ids_are_stable() -> None:
    m = mention([NET], [PUT], "2019-09-12")
    assert link.event_id(m) == link.event_id(m) and link.event_id(m).startswith("ev_")


def test_a_plan_is_fulfilled_by_the_meeting_a_few_days_later() -> None:
    plan = mention([PUT], [Entity("country:ISR", None, "COUNTRY", "ISR")], "2018-01-30", status="planned")
    held = mention([PUT], [NET], "2018-02-01", "a2")
    assert link.fulfils([held], [plan])
    assert not link.fulfils([mention([PUT], [NET], "2018-03-01", "a2")], [plan])  # a month later: another visit
    assert not link.fulfils([mention([SHO], [NET], "2018-02-01", "a2")], [plan])  # someone else came


def test_conflicting_dates_are_kept_and_shown() -> None:
    monday = mention([NET], [PUT], "2018-01-29")
    also_monday = mention([PUT], [NET], "2018-01-29", "a2")
    tuesday = mention([NET], [PUT], "2018-01-30", "a3", anchor=True)
    event = link.aggregate("ev_1", [monday, also_monday, tuesday])
    assert event.date == "2018-01-29" and event.date_conflicts == ("2018-01-30",)
    assert event.to_dict()["n_outlets"] == 3


def test_two_towns_far_apart_are_two_events() -> None:
    """Shelling in Misrata and fighting in Benghazi on one day, with the same sides, are two events; a town and
    its suburb, or a town and its country, may be one."""
    from dataclasses import replace

    from tidings.models import Location

    misrata, benghazi = Location("Misrata", "LBY", 32.38, 15.09), Location("Benghazi", "LBY", 32.12, 20.07)
    suburb, country = Location("Zawiyat al-Mahjoub", "LBY", 32.35, 15.05), Location("Libya", "LBY")
    a = replace(mention([NET], [PUT], "2019-09-12"), location=misrata)
    assert link.score(replace(mention([NET], [PUT], "2019-09-12", "a2"), location=benghazi), cand(a)) is None
    assert link.score(replace(mention([NET], [PUT], "2019-09-12", "a2"), location=suburb), cand(a)) is not None
    assert link.score(replace(mention([NET], [PUT], "2019-09-12", "a2"), location=country), cand(a)) is not None
    # Two places in different countries, a town or only the country: a rally in Amman is not one in Cairo.
    assert link.score(replace(mention([NET], [PUT], "2019-09-12", "a2"), location=Location("Jordan", "JOR")), cand(a)) is None
    amman = Location("Amman", "JOR", 31.95, 35.93)
    assert link.score(replace(mention([NET], [PUT], "2019-09-12", "a2"), location=amman), cand(replace(a, location=country))) is None


MUB = Entity("hosni mubarak", "Hosni Mubarak", "PERSON", "EGY")
EGY = Entity("country:EGY", None, "COUNTRY", "EGY")
CREW = Entity("harbour tug crew", "Harbour Tug Crew", "ORG", None)
PROTESTERS = Entity("group:protesters|egy", "protesters", "ORG", "EGY")


def typed(kind: str, actors, recipients, date, start):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(mention(actors, recipients, date, "a1", start), type=kind)


def test_same_article_reports_naming_different_people_are_two_events() -> None:
    """'The president stepped down on Friday' and 'the authorities released the crew on Friday', in one article:
    the sides agree country by country, but each names someone of its own and none is the other's."""
    resigned = typed("RETREAT", [MUB], [], "2011-02-11", 0)
    released = typed("RETREAT", [EGY], [CREW], "2011-02-11", 400)
    assert link.score(released, cand(resigned)) is None
    assert link.score(resigned, cand(released)) is None


def test_same_article_group_and_country_still_join() -> None:
    """'The protesters marched' and 'thousands of Egyptians marched' (a country-level side), in one article, are
    one event: neither names anyone of its own."""
    marched = typed("PROTEST", [PROTESTERS], [], "2011-01-25", 0)
    crowd = typed("PROTEST", [EGY], [], "2011-01-25", 300)
    assert link.score(crowd, cand(marched)) is not None


def test_two_calls_by_different_ministers_are_two_meetings() -> None:
    """One article: a president's call with his counterpart, and a defence minister's call with 'Egypt's defence
    minister' (a country-level counterpart). Same day, same countries, different people: two meetings."""
    gates = Entity("robert gates", "Robert Gates", "PERSON", "USA")
    call = mention([Entity("barack obama", "Barack Obama", "PERSON", "USA")], [MUB], "2011-01-25")
    other = mention([gates], [EGY], "2011-01-25", start=600)
    assert link.score(other, cand(call)) is None
    # The same minister reported twice still joins his own call.
    assert link.score(mention([gates], [EGY], "2011-01-25", start=900), cand(other)) is not None


def test_an_undated_background_mention_joins_a_dated_one_only_on_its_participants() -> None:
    """'The protesters marched on Tuesday' and, later in the article, an undated 'Egyptians have marched for
    years': the sides agree only country by country, and the second names no day, so it stays apart; the same
    pair with the day on both joins (the test above), and an undated report naming the same sides joins."""
    marched = typed("PROTEST", [PROTESTERS], [MUB], "2011-01-25", 0)
    background = typed("PROTEST", [EGY], [], None, 300)
    assert link.score(background, cand(marched)) is None
    assert link.score(typed("PROTEST", [PROTESTERS], [MUB], None, 300), cand(marched)) is not None


def test_differently_named_sides_join_only_on_the_same_date() -> None:
    """'The protesters marched on Tuesday' and, later in the article, 'Egyptians have protested this month' (dated to
    the month): the sides agree only country by country, so only the same date would make them one event; the
    same sides named alike still join across the precisions."""
    marched = typed("PROTEST", [PROTESTERS], [], "2011-01-25", 0)
    month = typed("PROTEST", [EGY], [], "2011-01", 300)
    assert link.score(month, cand(marched)) is None
    assert link.score(marched, cand(month)) is None
    assert link.score(typed("PROTEST", [EGY], [], "2011-01-25", 300), cand(marched)) is not None
    assert link.score(typed("PROTEST", [PROTESTERS], [], "2011-01", 300), cand(marched)) is not None


def test_a_day_the_narrative_guesses_inside_the_month_of_a_report_is_the_same_date() -> None:
    """'The government has offered talks' (dated to the month) and, a paragraph on, 'its spokesman offered elections'
    dated only by the story's day: the sides agree country by country, and the day is the article's guess inside
    the month, so they are one offer. A day the sentence names, or a guessed day in another month, stays apart."""
    spokesman = Entity("omar haddad", "Omar Haddad", "PERSON", "EGY")
    month = typed("AGREE", [EGY], [], "2011-04", 0)
    guessed = replace(typed("AGREE", [spokesman], [], "2011-04-05", 300), date_from_anchor=True)
    assert link.score(guessed, cand(month)) is not None
    assert link.score(month, cand(guessed)) is not None
    assert link.score(typed("AGREE", [spokesman], [], "2011-04-05", 300), cand(month)) is None
    assert link.score(replace(guessed, date=temporal.point_from_value("2011-05-05")), cand(month)) is None


def test_a_clash_and_a_deed_between_its_sides_are_two_events() -> None:
    """'Police and protesters clashed on Friday' (both sides acting) and 'police fired tear gas at the protesters on
    Friday' (one side's deed on the other): two events. Two reports of the clash still join."""
    police = Entity("group:police|xyz", "police", "ORG", "XYZ")
    crowd = Entity("group:protesters|xyz", "protesters", "ORG", "XYZ")
    clash = typed("ASSAULT", [police, crowd], [], "2011-01-28", 0)
    fired = typed("ASSAULT", [police], [crowd], "2011-01-28", 300)
    assert link.score(fired, cand(clash)) is None
    assert link.score(clash, cand(fired)) is None
    assert link.score(typed("ASSAULT", [crowd, police], [], "2011-01-28", 600), cand(clash)) is not None


def test_the_counter_attack_on_its_own_day_is_not_the_attack() -> None:
    """'Government troops attacked the rebels on Wednesday' and 'the rebels attacked the troops on Wednesday':
    the same sides, the other way round, on the same day: two events. The same direction still joins."""
    from dataclasses import replace

    troops = Entity("group:government troops|xyz", "government troops", "ORG", "XYZ")
    rebels = Entity("group:rebels|xyz", "rebels", "ORG", "XYZ")
    attack = typed("ASSAULT", [troops], [rebels], "2011-03-02", 0)
    counter = typed("ASSAULT", [rebels], [troops], "2011-03-02", 200)
    assert link.score(counter, cand(attack)) is None
    assert link.score(typed("ASSAULT", [troops], [rebels], "2011-03-02", 200), cand(attack)) is not None
    # A meeting's participants are one set: who met whom is no direction.
    assert link.score(mention([PUT], [NET], "2019-09-12", start=90), cand(mention([NET], [PUT], "2019-09-12"))) is not None
    # A day taken from the article's anchor ('the rebels fired back') is the counter-attack too.
    assert link.score(replace(counter, date_from_anchor=True), cand(attack)) is None
    # An undated report is not told apart by its sides.
    assert link.score(replace(counter, date=None), cand(attack)) is not None


def _resign(date: str | None, article: str, anchor: bool, published: str, start: int = 0) -> EventMention:
    m = mention([NET], [], date, article, start=start, published=published, anchor=anchor)
    return replace(m, type="RETREAT", trigger="stepped down")


def test_a_background_reference_dated_by_its_article_joins_the_act_a_few_days_before() -> None:
    resigned = _resign("2019-09-11", "a1", False, "2019-09-11")
    later = _resign("2019-09-13", "a2", True, "2019-09-13")  # "since he stepped down", dated by its article
    assert link.score(later, cand(resigned)) is not None
    # An explicit date is the reporter's word: a resignation said to be on another day is another event.
    assert link.score(_resign("2019-09-13", "a2", False, "2019-09-13"), cand(resigned)) is None
    # Nor does an inferred date reach back beyond a month, or forward.
    assert link.score(_resign("2019-11-20", "a2", True, "2019-11-20"), cand(resigned)) is None
    assert link.score(_resign("2019-09-09", "a2", True, "2019-09-09"), cand(resigned)) is None


def test_what_a_person_says_again_is_not_joined_on_an_inferred_date() -> None:
    said = replace(mention([NET], [PUT], "2019-09-11"), type="REQUEST", trigger="urged")
    again = replace(mention([NET], [PUT], "2019-09-13", "a2", published="2019-09-13", anchor=True), type="REQUEST", trigger="urged")
    assert link.score(again, cand(said)) is None


def test_two_inferred_dates_in_one_article_are_its_guesses_not_two_occasions() -> None:
    first = replace(mention([NET], [PUT], "2019-09-09", anchor=True), type="REQUEST", trigger="asked")
    again = replace(mention([NET], [PUT], "2019-09-12", start=400, anchor=True), type="REQUEST", trigger="asked")
    assert link.score(again, cand(first)) is not None
    # One date said of the event itself keeps them apart; so does another article.
    said = replace(again, date_from_anchor=False)
    assert link.score(said, cand(first)) is None
    elsewhere = replace(mention([NET], [PUT], "2019-09-12", "a2", published="2019-09-12", anchor=True), type="REQUEST", trigger="asked")
    assert link.score(elsewhere, cand(first)) is None


def test_an_attack_dated_by_the_narrative_far_from_the_others_is_another_attack() -> None:
    """A war story tells many attacks on one day: 'troops shelled the rebels' near the top and, pages later,
    'troops fired on rebel positions' with no day of its own (the narrative's) are two attacks, and so they are when
    the later one names the day too ('on Saturday troops also encircled the port town'). Told again nearby it is
    still the same one; a statement is not serial."""
    from dataclasses import replace

    troops = Entity("group:government troops|xyz", "government troops", "ORG", "XYZ")
    rebels = Entity("group:rebels|xyz", "rebels", "ORG", "XYZ")
    attack = typed("ASSAULT", [troops], [rebels], "2011-03-10", 0)
    far = replace(typed("ASSAULT", [troops], [rebels], "2011-03-10", link.RETOLD_CHARS + 100), date_from_anchor=True)
    far = replace(far, source=replace(far.source, sentence="Troops fired on rebel positions"))
    assert link.score(far, cand(attack)) is None
    assert link.score(replace(far, source=replace(far.source, start=300)), cand(attack)) is not None
    assert link.score(replace(far, date_from_anchor=False), cand(attack)) is None
    said = typed("REQUEST", [troops], [rebels], "2011-03-10", 0)
    assert link.score(replace(said, source=far.source, date_from_anchor=True), cand(said)) is not None


@pytest.mark.parametrize(
    ("typ", "sentence"), [("RETREAT", "The rebels pulled back to the airbase"), ("MOBILIZE", "The army sent more tanks")]
)
def test_a_retreat_or_deployment_dated_by_the_narrative_far_from_the_others_is_another(typ: str, sentence: str) -> None:
    """A war story tells the front's moves as it tells its attacks, many on one day: 'the rebels withdrew from the
    port' near the top and, pages later, 'the rebels pulled back to the airbase' with no day of its own are two
    retreats (so are two deployments), also when the later one names the day. Told nearby it is still the same one."""
    troops = Entity("group:government troops|xyz", "government troops", "ORG", "XYZ")
    rebels = Entity("group:rebels|xyz", "rebels", "ORG", "XYZ")
    first = typed(typ, [rebels], [troops], "2011-03-06", 0)
    far = replace(typed(typ, [rebels], [troops], "2011-03-06", link.RETOLD_CHARS + 100), date_from_anchor=True)
    far = replace(far, source=replace(far.source, sentence=sentence))
    assert link.score(far, cand(first)) is None
    assert link.score(replace(far, source=replace(far.source, start=300)), cand(first)) is not None
    assert link.score(replace(far, date_from_anchor=False), cand(first)) is None


def test_a_person_stepping_down_far_down_the_story_is_the_same_resignation() -> None:
    """A ruler leaves his post once: 'the president stepped down on Friday' near the top and, pages on, 'crowds
    cheered after the president quit' (dated by the narrative) are one retreat, unlike the front's moves."""
    ruler = Entity("ruler of xyz", "Ruler Of Xyz", "PERSON", "XYZ")
    quit_ = typed("RETREAT", [ruler], [], "2011-02-11", 0)
    far = replace(typed("RETREAT", [ruler], [], "2011-02-11", link.RETOLD_CHARS + 100), date_from_anchor=True)
    far = replace(far, source=replace(far.source, sentence="Crowds cheered after the president quit"))
    assert link.score(far, cand(quit_)) is not None
    rebels = Entity("group:rebels|xyz", "rebels", "ORG", "XYZ")
    front = typed("RETREAT", [rebels], [], "2011-02-11", 0)
    assert link.score(replace(far, actors=(rebels,)), cand(front)) is None


def test_a_rally_that_names_its_day_far_down_the_story_is_the_same_rally() -> None:
    """A protest story recaps the day's rally pages on ("On Friday the crowd in the square grew to thousands"): one
    gathering goes on all day, so a far report naming the day joins it; one dated only by the narrative does not
    when it or the rally is placed (it may be another town's rally that day)."""
    crowd = Entity("group:protesters|xyz", "protesters", "ORG", "XYZ")
    leader = Entity("ruler of xyz", "Ruler Of Xyz", "PERSON", "XYZ")
    rally = typed("PROTEST", [crowd], [leader], "2011-02-04", 0)
    far = typed("PROTEST", [crowd], [leader], "2011-02-04", link.RETOLD_CHARS + 100)
    far = replace(far, source=replace(far.source, sentence="On Friday the crowd in the square grew to thousands"))
    assert link.score(far, cand(rally)) is not None
    port = Location("Port Town", "XYZ")
    assert link.score(replace(far, date_from_anchor=True, location=port), cand(rally)) is None
    assert link.score(replace(far, date_from_anchor=True), cand(replace(rally, location=port))) is None


def test_an_unplaced_rally_dated_by_the_narrative_is_the_day_s_rally_the_story_dated() -> None:
    """A protest story says "thousands marched on the palace on Tuesday" near the top and, pages on, "the crowd was
    still singing at dusk", dated only by the narrative and placed nowhere: the day's rally told again, not another.
    When the story gave the rally no day of its own either, both are the narrative's guesses of one day: the same
    sides join, other sides (a party joining the crowd) stay apart. A far report that names a place ("in the port
    city, a few hundred gathered") stays apart."""
    crowd = Entity("group:protesters|xyz", "protesters", "ORG", "XYZ")
    leader = Entity("ruler of xyz", "Ruler Of Xyz", "PERSON", "XYZ")
    rally = typed("PROTEST", [crowd], [leader], "2011-02-08", 0)
    later = replace(typed("PROTEST", [crowd], [leader], "2011-02-08", link.RETOLD_CHARS + 1500), date_from_anchor=True)
    later = replace(later, source=replace(later.source, sentence="The crowd was still singing at dusk"))
    assert link.score(later, cand(rally)) is not None
    guessed = replace(rally, date_from_anchor=True)
    assert link.score(later, cand(guessed)) is not None
    party = Entity("people's party of xyz", "People's Party Of Xyz", "ORG", "XYZ")
    assert link.score(later, cand(replace(guessed, actors=(crowd, party)))) is None
    assert link.score(later, cand(replace(rally, actors=(crowd, party)))) is not None
    assert link.score(replace(later, location=Location("Port Town", "XYZ")), cand(rally)) is None
    # An attack so told stays another attack: a war story tells many on one day.
    troops = Entity("group:government troops|xyz", "government troops", "ORG", "XYZ")
    attack = typed("ASSAULT", [troops], [crowd], "2011-02-08", 0)
    assert link.score(replace(later, type="ASSAULT", actors=(troops,), recipients=(crowd,)), cand(attack)) is None


def test_a_sentence_repeated_word_for_word_far_down_the_page_is_the_same_report() -> None:
    """A live page repeats its teaser ("Troops fire on rebels near the port") pages below: the same sentence, word
    for word, retells the event it first told, however far apart the two copies lie."""
    troops = Entity("group:government troops|xyz", "government troops", "ORG", "XYZ")
    rebels = Entity("group:rebels|xyz", "rebels", "ORG", "XYZ")
    attack = typed("ASSAULT", [troops], [rebels], "2011-03-10", 0)
    far = replace(typed("ASSAULT", [troops], [rebels], "2011-03-10", link.RETOLD_CHARS + 100), date_from_anchor=True)
    far = replace(far, source=replace(far.source, sentence="Troops fire on rebels near the port"))
    assert link.score(far, cand(attack)) is None
    first = replace(attack, source=replace(attack.source, sentence="Troops fire on rebels near the port"))
    assert link.score(far, cand(first)) is not None


def test_a_statement_to_someone_else_in_one_article_is_another_statement() -> None:
    """'The minister urged the president to resign' and, a paragraph on, 'she urged Washington to help': one speaker,
    one day, one article, but two statements, each to its own target. A report naming no one acted on, the same
    target again, or the next sentence still joins; a meeting's participants are one set, and a deed is not a
    statement."""
    usa = Entity("country:USA", None, "COUNTRY", "USA")
    urged = replace(mention([NET], [PUT], "2019-09-12"), type="REQUEST", trigger="urged")
    other = replace(urged, recipients=(usa,), source=replace(urged.source, start=300))
    assert link.score(other, cand(urged)) is None
    assert link.score(replace(other, recipients=()), cand(urged)) is not None
    assert link.score(replace(other, recipients=(PUT,)), cand(urged)) is not None
    # In another article, a country-level report of the same call still joins the named one.
    assert link.score(replace(other, recipients=(RUS,), source=replace(other.source, article_id="a2")), cand(urged)) is not None
    met = mention([NET], [PUT], "2019-09-12")
    assert link.score(replace(met, recipients=(SHO, PUT), source=replace(met.source, start=300)), cand(met)) is not None
    # The next sentence continues the statement (a quote runs on), whoever it names.
    assert link.score(replace(other, recipients=(RUS,), source=replace(urged.source, start=9, end=40)), cand(urged)) is not None
    # A statement to the country and one to its president are two as well; a deed on the country is the deed on him.
    assert link.score(replace(other, recipients=(RUS,)), cand(urged)) is None
    struck = replace(urged, type="ASSAULT", trigger="struck")
    assert link.score(replace(other, recipients=(RUS,), type="ASSAULT", trigger="struck"), cand(struck)) is not None


def test_a_list_in_one_sentence_is_one_deed() -> None:
    """'The president named a deputy, dismissed his cabinet and freed the prisoners on Monday': one sentence, one
    subject, one day, a list of concessions each to its own recipient, which the reader (and the annotation) takes
    as one record. The same items in two sentences, by another actor, or on another day stay apart."""
    cabinet = Entity("egyptian cabinet", "Egyptian Cabinet", "ORGANIZATION", "EGY")
    deputy = Entity("omar suleiman", "Omar Suleiman", "PERSON", "EGY")
    named = replace(mention([MUB], [deputy], "2011-02-07"), type="CONCEDE", trigger="named")
    dismissed = replace(named, recipients=(cabinet,), trigger="dismissed")
    assert link.score(dismissed, cand(named)) is not None
    # The next paragraph's concession to someone else is another statement, as before.
    apart = replace(dismissed, source=replace(named.source, start=300, end=340))
    assert link.score(apart, cand(named)) is None
    # Another actor in the same sentence, or another day, is not an item of the same list.
    assert link.score(replace(dismissed, actors=(SHA,)), cand(named)) is None
    assert link.score(replace(dismissed, date=temporal.point_from_value("2011-02-08")), cand(named)) is None
    # A deed of force listed so ("the army beat the protesters and arrested an opposition leader") is one too.
    protesters = Entity("group:protesters|egy", "protesters", "ORG", "EGY")
    beat = replace(named, type="ASSAULT", actors=(ARMY,), recipients=(protesters,), trigger="beat")
    assert link.score(replace(beat, recipients=(SHA,), trigger="arrested"), cand(beat)) is not None
    assert link.score(replace(beat, recipients=(SHA,), trigger="arrested", source=replace(beat.source, start=900)), cand(beat)) is None


def test_a_quoted_account_of_an_attack_the_story_dated_is_the_same_attack() -> None:
    """A war story dates an attack ("troops shelled the rebels on Tuesday") and, pages on, quotes a witness on it
    ('"They shelled us all night," a fighter said') with no day of its own: testimony on the attack it told, not a
    new one. Unquoted, or when the story gave the attack no day of its own, the far report stays apart. A protest
    story quotes chants, vows and talk of protesting that day: the day's rally, which the quote joins however far."""
    troops = Entity("group:government troops|xyz", "government troops", "ORG", "XYZ")
    rebels = Entity("group:rebels|xyz", "rebels", "ORG", "XYZ")
    attack = typed("ASSAULT", [troops], [rebels], "2011-03-08", 0)
    quote = replace(typed("ASSAULT", [troops], [rebels], "2011-03-08", link.RETOLD_CHARS + 900), date_from_anchor=True, quoted=True)
    quote = replace(quote, source=replace(quote.source, sentence='"They shelled us all night," a fighter said'))
    assert link.score(quote, cand(attack)) is not None
    assert link.score(replace(quote, quoted=False), cand(attack)) is None
    assert link.score(quote, cand(replace(attack, date_from_anchor=True))) is None
    rally = replace(typed("PROTEST", [rebels], [troops], "2011-03-08", 0), location=Location("Port Town", "XYZ"))
    assert link.score(replace(quote, type="PROTEST", recipients=(troops,), actors=(rebels,)), cand(rally)) is not None


def test_an_appeal_by_one_side_is_not_an_appeal_to_it() -> None:
    """'The president urged Egyptians to stay calm' and, in another paper that day, 'protesters in Algiers urged the
    president to quit': the second's people take in all of the first's, but the one who appealed in the first is the
    one appealed to in the second, so two appeals. The same appeal told again, or with its speaker's country as the
    one who spoke, still joins."""
    algerians = Entity("group:protesters|dza", "protesters", "ORG", "DZA")

    def other_paper(actors: list[Entity], recipients: list[Entity]) -> EventMention:
        return replace(mention(actors, recipients, "2011-02-01", "a2", published="2011-02-02"), type="REQUEST")

    appeal = typed("REQUEST", [MUB], [EGY], "2011-02-01", 0)
    assert link.score(other_paper([algerians], [MUB]), cand(appeal)) is None
    assert link.score(other_paper([MUB], [EGY]), cand(appeal)) is not None
    assert link.score(other_paper([EGY], [PROTESTERS]), cand(typed("REQUEST", [MUB], [PROTESTERS], "2011-02-01", 0))) is not None


def test_a_deed_by_a_body_is_not_the_same_deed_by_another_country() -> None:
    """'A firm evacuated its workers' and, a paragraph on, 'China evacuated Chinese workers': the workers are the
    same group, but the side that acted is a company in one and a state of no kin to it in the other."""
    firm = Entity("harbour oil corp", "Harbour Oil Corp", "ORG", "USA")
    workers = Entity("group:workers|chn", "workers", "ORG", "CHN")
    china = Entity("country:CHN", None, "COUNTRY", "CHN")
    by_firm = typed("AID", [firm], [workers], "2011-02-28", 0)
    assert link.score(typed("AID", [china], [workers], "2011-02-28", 300), cand(by_firm)) is None
    assert link.score(typed("AID", [firm], [workers], "2011-02-28", 300), cand(by_firm)) is not None


def test_a_report_naming_one_person_joins_another_article_s_report_naming_him_with_another() -> None:
    """'The vice president announced on television that the president had resigned' names two people acting, and
    'the president stepped down on Friday', in another article, one of them: a man leaves his post once, so the
    report naming him alone is that resignation, not another; so for what he says on that day. Not a report whose
    one person is someone else, nor one of another day."""
    deputy = Entity("deputy of xyz", "Deputy Of Xyz", "PERSON", "EGY")
    announced = replace(typed("RETREAT", [deputy, MUB], [], "2011-02-11", 0), trigger="resignation")
    alone = replace(mention([MUB], [], "2011-02-11", "a2", published="2011-02-12"), type="RETREAT", trigger="stepped down")
    assert link.score(alone, cand(announced)) is not None
    assert link.score(announced, cand(alone)) is not None
    refused = replace(typed("REJECT", [deputy, MUB], [], "2011-02-11", 0), trigger="refused")
    assert link.score(replace(alone, type="REJECT", trigger="refused"), cand(refused)) is not None
    other = Entity("minister of xyz", "Minister Of Xyz", "PERSON", "EGY")
    assert link.score(replace(alone, actors=(other,)), cand(announced)) is None
    assert link.score(replace(alone, type="REJECT", trigger="refused", date=temporal.point_from_value("2011-02-09")), cand(refused)) is None


def test_the_same_person_retreating_in_two_articles_is_one_retreat_whatever_else_each_names() -> None:
    """'A revolt overthrew the president', read with the country the story compares it to, and, in another article,
    'the president stepped down, the vice president announced', naming the one who announced it: each names something
    the other lacks, but a man leaves his post once, so they are one retreat. Not when another man retreats, nor on
    another day both name, nor for a deed a man may do again (an attack by his men)."""
    deputy = Entity("deputy of xyz", "Deputy Of Xyz", "PERSON", "EGY")
    elsewhere = Entity("country:LBY", None, "COUNTRY", "LBY")
    stepped = replace(mention([MUB], [], "2011-02-11", "a1", published="2011-02-11"), type="RETREAT", trigger="stepped down")
    announced = replace(mention([deputy, MUB], [], "2011-02-11", "a1", 200, published="2011-02-11"), type="RETREAT", trigger="announced")
    overthrown = replace(mention([MUB], [elsewhere], "2011-02-11", "a2", published="2011-02-20"), type="RETREAT", trigger="overthrew")
    assert link.score(overthrown, cand(stepped, announced)) is not None
    assert link.score(replace(overthrown, actors=(deputy,)), cand(stepped)) is None
    assert link.score(replace(overthrown, date=temporal.point_from_value("2011-02-01")), cand(stepped, announced)) is None
    attack = [replace(m, type="ASSAULT") for m in (stepped, announced)]
    assert link.score(replace(overthrown, type="ASSAULT"), cand(*attack)) is None


def test_a_sentence_a_later_article_runs_again_word_for_word_is_the_same_report() -> None:
    """A wire paragraph reprinted a week later ("State radio called the move reckless.") names no day, so each copy
    is dated by its own article: the two inferred dates are guesses at one statement, not two statements. A
    reworded sentence, or a copy that names its own day, stays apart as before."""

    def copy(sentence: str, article: str, day: str, anchor: bool = True) -> EventMention:
        m = mention([EGY], [RUS], day, article, published=day, anchor=anchor)
        return replace(m, type="ACCUSE", trigger="called", source=replace(m.source, sentence=sentence))

    first = copy("State radio called the move reckless.", "a1", "2019-09-11")
    assert link.score(copy("State radio called the move  'reckless'.", "a2", "2019-09-18"), cand(first)) is not None
    assert link.score(copy("State radio said the move was reckless.", "a2", "2019-09-18"), cand(first)) is None
    assert link.score(copy("State radio called the move reckless.", "a2", "2019-09-18", anchor=False), cand(first)) is None


def test_one_town_s_attack_told_again_far_down_the_story_is_the_same_attack() -> None:
    """'Troops shelled the rebels in Talbiseh' near the top and, pages on, 'the army's attacks in Talbiseh' on the
    same day are one attack: the same town settles what the distance leaves open. Another town's is another attack,
    and so is a report naming only the country, or one whose event names two towns."""
    troops = Entity("group:government troops|syr", "government troops", "ORG", "SYR")
    rebels = Entity("group:rebels|syr", "rebels", "ORG", "SYR")
    town, other = Location("Talbiseh", "SYR"), Location("Rastan", "SYR", 34.93, 36.73)
    attack = replace(typed("ASSAULT", [troops], [rebels], "2011-05-30", 0), location=town)
    far = replace(typed("ASSAULT", [troops], [rebels], "2011-05-30", link.RETOLD_CHARS + 400), date_from_anchor=True)
    far = replace(far, source=replace(far.source, sentence="The army kept up its attacks"))
    assert link.score(replace(far, location=town), cand(attack)) is not None
    assert link.score(replace(far, location=Location("Talbiseh", "SYR", 34.84, 36.73)), cand(attack)) is not None
    assert link.score(far, cand(attack)) is None
    assert link.score(replace(far, location=other), cand(attack)) is None
    assert link.score(replace(far, location=Location("Syria", "SYR")), cand(replace(attack, location=Location("Syria", "SYR")))) is None
    rastan = replace(attack, location=other, source=replace(attack.source, start=200))
    assert link.score(replace(far, location=town), cand(attack, rastan)) is None


def _threat(actors, recipients, date, article):  # type: ignore[no-untyped-def]
    return replace(mention(actors, recipients, date, article, published="2011-03-08"), type="THREATEN")


def test_a_country_named_in_one_article_is_the_body_another_names() -> None:
    """'The United States warned Libya' this month in one article and 'the White House warned Gaddafi' on the 7th in
    another: each role agrees, one by its country alone, so they are one warning; two bodies that differ stay apart."""
    usa, lby = Entity("country:USA", None, "COUNTRY", "USA"), Entity("country:LBY", None, "COUNTRY", "LBY")
    house = Entity("white house", "White House", "ORG", "USA")
    gaddafi = Entity("muammar gaddafi", "Muammar Gaddafi", "PERSON", "LBY")
    warned = _threat([usa], [gaddafi], "2011-03", "a1")
    assert link.score(_threat([house], [lby], "2011-03-07", "a2"), cand(warned)) is not None
    assert link.score(_threat([house], [gaddafi], "2011-03-07", "a2"), cand(warned)) is not None
    # Both roles named by someone else (another body, another target): another warning.
    state = Entity("state department", "State Department", "ORG", "USA")
    other = _threat([state], [Entity("saif al-islam", "Saif al-Islam", "PERSON", "LBY")], "2011-03-07", "a2")
    assert link.score(other, cand(_threat([house], [gaddafi], "2011-03-07", "a1"))) is None
    # Dates must still agree.
    assert link.score(_threat([house], [lby], "2011-04-07", "a2"), cand(warned)) is None


MUB = Entity("hosni mubarak", "Hosni Mubarak", "PERSON", "EGY")
SHA = Entity("ahmed shafik", "Ahmed Shafik", "PERSON", "EGY")
EGY = Entity("country:EGY", None, "COUNTRY", "EGY")
LBY = Entity("country:LBY", None, "COUNTRY", "LBY")
ARMY = Entity("egyptian army", "Egyptian army", "ORGANIZATION", "EGY")
GAD = Entity("muammar gaddafi", "Muammar Gaddafi", "PERSON", "LBY")


def report(typ: str, actors: list[Entity], recipients: list[Entity], sentence: str, article: str = "a1", start: int = 0) -> EventMention:
    """One report of an event: its own sentence (reports are told apart by their sentences' words)."""
    return replace(
        mention(actors, recipients, "2011-02-11", article, start), type=typ, source=SourceRef(article, sentence, start, start + 8)
    )


def test_a_record_of_many_reports_drops_a_side_only_one_stray_report_gives() -> None:
    reports = [
        report("RETREAT", [MUB], [], "The president stepped down on Friday.", "a1"),
        report("RETREAT", [MUB], [], "Mubarak resigned after weeks of rallies.", "a2"),
        report("RETREAT", [MUB], [], "The old leader quit his post.", "a3"),
        # the misread sentence names the most sides, so it would be the best report
        report("RETREAT", [MUB, GAD], [LBY], "Crowds in Libya cheered as the president in Cairo fell.", "a4"),
    ]
    event = link.aggregate("ev_1", reports)
    assert [e.key for e in event.actors] == ["hosni mubarak"]
    assert event.recipients == ()


def test_a_side_of_the_event_s_own_country_one_report_gives_is_kept() -> None:
    reports = [
        report("RETREAT", [MUB], [], "The president stepped down on Friday.", "a1"),
        report("RETREAT", [MUB], [], "Mubarak resigned after weeks of rallies.", "a2"),
        report("RETREAT", [MUB], [ARMY], "The president handed power to the army.", "a3"),
    ]
    assert [e.key for e in link.aggregate("ev_1", reports).recipients] == ["egyptian army"]


def test_a_record_of_two_reports_keeps_every_side() -> None:
    event = link.aggregate(
        "ev_1",
        [
            report("RETREAT", [MUB], [], "The president stepped down on Friday.", "a1"),
            report("RETREAT", [MUB, GAD], [LBY], "Crowds in Libya cheered as the president in Cairo fell.", "a2"),
        ],
    )
    assert {e.key for e in event.actors} == {"hosni mubarak", "muammar gaddafi"}
    assert [e.key for e in event.recipients] == ["country:LBY"]


KHA = Entity("khalifa bin salman al-khalifa", "Khalifa bin Salman al-Khalifa", "PERSON", "BHR")
CROWD_BHR = Entity("group:protesters|BHR", "protesters", "GROUP", "BHR")
UN = Entity("united nations", "United Nations", "ORGANIZATION", None)


def test_a_record_of_two_reports_keeps_the_better_report_s_side_where_the_other_names_another_country() -> None:
    """A rally in Manama told twice: one report aims it at Bahrain's prime minister, the other (misread) at
    Gaddafi. The two disagree on the target's country, and the record keeps the better report's word."""
    event = link.aggregate(
        "ev_1",
        [
            report("PROTEST", [CROWD_BHR], [KHA, Entity("country:BHR", None, "COUNTRY", "BHR")], "Crowds in Manama marched on the palace."),
            report("PROTEST", [CROWD_BHR], [GAD], "Protesters gathered in Manama as Gaddafi spoke.", "a2"),
        ],
    )
    assert [e.key for e in event.actors] == ["group:protesters|BHR"]
    assert [e.key for e in event.recipients] == ["khalifa bin salman al-khalifa"]


def test_a_record_of_two_reports_keeps_a_side_of_the_same_country_or_of_none() -> None:
    """A side only one of two reports gives is kept beside the other's when it is of the same country (the army
    beside the prime minister, both Egypt's) or of no country (the United Nations)."""
    event = link.aggregate(
        "ev_1",
        [
            report("REQUEST", [MUB], [SHA, EGY], "The president urged his prime minister and the country to act."),
            report("REQUEST", [MUB], [ARMY, UN], "Mubarak asked the army and the United Nations for calm.", "a2"),
        ],
    )
    assert {e.key for e in event.recipients} == {"ahmed shafik", "egyptian army", "united nations"}


def test_a_side_another_report_names_by_its_country_is_kept() -> None:
    reports = [
        report("REQUEST", [MUB], [SHA], "The president urged his new prime minister to act.", "a1"),
        report("REQUEST", [MUB], [EGY], "Mubarak called on Egypt to stay calm.", "a2"),
        report("REQUEST", [MUB], [EGY], "The president asked the country for patience.", "a3"),
    ]
    event = link.aggregate("ev_1", reports)
    assert [e.key for e in event.recipients] == ["ahmed shafik"]  # Egypt itself is redundant beside him


def test_the_only_actor_is_kept_when_no_report_confirms_another() -> None:
    reports = [
        report("ASSAULT", [ARMY], [LBY], "The army shelled the border post.", "a1"),
        report("ASSAULT", [SHO], [LBY], "Shoigu's men struck across the frontier.", "a2", 40),
        report("ASSAULT", [PUT], [LBY], "Putin's forces fired on the town.", "a3", 80),
    ]
    event = link.aggregate("ev_1", reports)
    assert [e.key for e in event.actors] == ["egyptian army"]  # the best report's: no one else is confirmed
    assert [e.key for e in event.recipients] == ["country:LBY"]


def test_a_sentence_printed_twice_is_one_report_and_does_not_confirm_itself() -> None:
    stray = "Crowds in Libya cheered as the president in Cairo fell."
    reports = [
        report("RETREAT", [MUB], [], "The president stepped down on Friday.", "a1"),
        report("RETREAT", [MUB], [], "Mubarak resigned after weeks of rallies.", "a2"),
        report("RETREAT", [MUB], [LBY], stray, "a3"),
        report("RETREAT", [MUB], [LBY], stray, "a4"),
    ]
    assert link.aggregate("ev_1", reports).recipients == ()
