"""The public Python API: its names, and what they return."""

from __future__ import annotations

import pytest

import tidings
from tidings import temporal

DOCUMENTED = {"extract", "temporal", "Event", "Entity", "Location", "SourceRef", "TimePoint", "Timex", "__version__"}


# Sentences of no event that make a short story a full article (eight sentences or more), whose conditions, questions
# and speculation the extractor drops rather than codes as hypothetical.
BORDER_CALM = (
    "Officials in Nairobi gave no details of the damage.",
    "The border has been tense for weeks.",
    "Traders in Mandera said business had slowed.",
    "Aid groups called for calm.",
    "Rain is expected in the region next month.",
    "The two countries share a long border.",
)


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: the shipped report model set aside, so a test sees what the rules report, not what the model
    would keep."""
    import dataclasses

    from tidings import pipeline

    shipped = pipeline.trained_models()
    monkeypatch.setattr(pipeline, "trained_models", lambda: dataclasses.replace(shipped, reports=None))


def test_exported_members_are_the_documented_ones() -> None:
    assert set(tidings.__all__) == DOCUMENTED
    for name in tidings.__all__:
        assert hasattr(tidings, name)


def test_extract_one_article(nlp: object) -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu met with Russian President Vladimir Putin Thursday in Sochi, "
        "to discuss regional security. During his visit, Netanyahu also met with Russian Defence Minister Sergei Shoigu."
    )
    events = tidings.extract(text, published="2019-09-12")
    found = sorted((e.date, tuple(sorted(p.name or "" for p in e.actors + e.recipients))) for e in events)
    assert found == [
        ("2019-09-12", ("Benjamin Netanyahu", "Sergei Shoigu")),
        ("2019-09-12", ("Benjamin Netanyahu", "Vladimir Putin")),
    ]
    putin = next(e for e in events if any(p.name == "Vladimir Putin" for p in e.recipients))
    d = putin.to_dict()
    assert d["type"] == "CONSULT" and d["mode"] == "visit" and d["status"] == "occurred"
    assert d["location"]["name"] == "Sochi" and d["location"]["country"] == "RUS"
    assert d["actors"][0]["country"] == "ISR" and d["recipients"][0]["title"] == "President"
    assert text[d["sources"][0]["start"] : d["sources"][0]["end"]] == d["sources"][0]["sentence"]


def test_extract_planned_and_phone(nlp: object) -> None:
    events = tidings.extract(
        "Ben-Shabbat and Russian Security Council Secretary Nikolai Patrushev spoke by phone on Friday. "
        "Patrushev will visit Jerusalem on Monday for talks with Israeli officials.",
        published="2020-07-04",
    )
    by_status = {e.status: e for e in events}
    assert by_status["occurred"].mode == "phone" and by_status["occurred"].date == "2020-07-03"
    assert by_status["planned"].date == "2020-07-06"


def test_temporal_contract() -> None:
    point = temporal.resolve("last Thursday", "2018-02-02")
    assert point is not None and point.value == "2018-01-25" and point.granularity == "day"
    assert temporal.resolve("Monday", "2018-02-02", tense="future").value == "2018-02-05"  # type: ignore[union-attr]
    timexes = temporal.tag("They met Thursday.", "2018-02-02")
    assert [(t.text, t.type, t.value, t.mod) for t in timexes] == [("Thursday", "DATE", "2018-02-01", None)]


STATUS_CASES = [
    ("Russian President Vladimir Putin cancelled his visit to Israel on Monday.", "2020-03-03", ["cancelled"]),
    ("The meeting between Trump and Putin in Helsinki was called off on Friday.", "2018-07-14", ["cancelled"]),
    ("The Kremlin denied that Putin had met Netanyahu in Sochi last week.", "2019-09-20", ["denied"]),
    ("If Netanyahu met Putin in Moscow, the two would discuss Syria.", "2019-09-20", ["hypothetical"]),
    ("Netanyahu did not meet Putin in Moscow on Thursday.", "2019-09-20", []),
    # a deed of force denied is reported by the denial, not as an attack or an arrest
    ("The Syrian government denied that its troops had shelled the town of Deraa on Monday.", "2019-09-20", []),
    ("Kenyan police denied arresting the two reporters in Nairobi on Tuesday.", "2019-09-20", []),
    ("Netanyahu will meet Putin in Moscow on Thursday.", "2019-09-16", ["planned"]),
    ("Netanyahu met Putin in Moscow on Thursday.", "2019-09-20", ["occurred"]),
    # a yes-no question asks whether it happened; a wh-question takes it as given
    ("Did Netanyahu meet Putin in Moscow on Thursday?", "2019-09-20", ["hypothetical"]),
    ("Why did Netanyahu meet Putin in Moscow on Thursday?", "2019-09-20", ["occurred"]),
    # a statement asked back (an interviewer's question) asks too; a reported statement with a question mark reports
    ("So, Netanyahu met Putin in Moscow on Thursday?", "2019-09-20", ["hypothetical"]),
    ("Netanyahu said he met Putin on Thursday?", "2019-09-20", ["occurred"]),
    # a want asked back is asked too
    ("So Kenya wants Somalia to free the journalists?", "2024-05-17", ["hypothetical"]),
    ("Kenya wants Somalia to free the journalists.", "2024-05-17", ["occurred"]),
    # a yes-no question asked above the event's clause ("going to", "do you think") asks about it too
    ("Is Kenya going to arrest the journalists?", "2024-05-17", ["hypothetical"]),
    ("KING: Are the rebels going to attack Tripoli?", "2024-05-17", ["hypothetical"]),
    # a scenario the reader is asked to picture, a precaution's "in case", a guess: nothing is reported
    ("Imagine that Kenya arrested the journalists.", "2024-05-17", ["hypothetical"]),
    ("Suppose Kenyan troops attack Somali fighters near Mandera.", "2024-05-17", ["hypothetical"]),
    ("Kenya has troops ready in case Somali fighters attack the border.", "2024-05-17", ["hypothetical"]),
    ("It seems possible that Kenya arrested the journalists.", "2024-05-17", ["hypothetical"]),
    ("Kenyan troops possibly attacked the Somali fighters on Monday.", "2024-05-17", ["hypothetical"]),
    ("Kenyan troops probably attacked the Somali fighters on Monday.", "2024-05-17", ["occurred"]),
    # what one ought to do or is pressed to do is not done; what one was pressed to do in the past was
    ("What Kenya must do is release the journalists.", "2024-05-17", ["hypothetical"]),
    ("Kenya has no choice but to release the journalists.", "2024-05-17", ["hypothetical"]),
    ("Kenya had no choice but to release the journalists on Monday.", "2024-05-17", ["occurred"]),
    # "ought" heads its clause in the parse ("ought" -> "to apologise"): a duty or a reproach, as "should" is, not a deed
    ("Kenya ought to have apologised to Somalia for the raid.", "2024-05-17", ["hypothetical"]),
    ("Kenya should have apologised to Somalia for the raid.", "2024-05-17", ["hypothetical"]),
    ("Kenya ought to withdraw its troops from Somalia.", "2024-05-17", []),
]


@pytest.mark.parametrize(("text", "published", "statuses"), STATUS_CASES)
def test_status(nlp: object, text: str, published: str, statuses: list[str]) -> None:
    assert [e.status for e in tidings.extract(text, published=published)] == statuses


def _coded(text: str, published: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    def who(entities: tuple[tidings.Entity, ...]) -> tuple[str, ...]:
        return tuple(sorted(e.name or f"/{e.country}" for e in entities))

    return sorted((e.type, e.status, who(e.actors), who(e.recipients)) for e in tidings.extract(text, published=published))


# Invented sentences, one construction each; the per-type scores are in the gate (tests/data/plover).
CODING_CASES = [
    # compound actors are one event
    (
        "France and Germany accused Russia on Monday of jamming satellite signals over the Baltic.",
        [("ACCUSE", "occurred", ("/DEU", "/FRA"), ("/RUS",))],
    ),
    # passive: the "by" phrase acts
    ("Chile was criticised by Peru on Tuesday over the fishing dispute in the Pacific.", [("ACCUSE", "occurred", ("/PER",), ("/CHL",))]),
    # reported speech: a demand
    (
        "Egypt said on Friday that Ethiopia must stop filling the dam until a deal is reached.",
        [("REQUEST", "occurred", ("/EGY",), ("/ETH",))],
    ),
    # the same verb, two types, told apart by what is sent
    ("Norway sent food and medicine to Sudan on Monday.", [("AID", "occurred", ("/NOR",), ("/SDN",))]),
    ("Norway sent troops to Estonia on Monday.", [("MOBILIZE", "occurred", ("/NOR",), ())]),
    # warplanes sent abroad are forces moved (MOBILIZE), as troops are
    ("Norway sent fighter aircraft to Estonia on Monday.", [("MOBILIZE", "occurred", ("/NOR",), ())]),
    # what is demanded is not an event of its own
    (
        "The United Nations urged Armenia and Azerbaijan on Monday to sign a peace treaty.",
        [("REQUEST", "occurred", ("United Nations",), ("/ARM", "/AZE"))],
    ),
    # a threat's content is not an attack; what it threatens names its target
    ("Iran threatened on Tuesday to strike American bases in the Gulf.", [("THREATEN", "occurred", ("/IRN",), ("/USA",))]),
    # war promised to someone threatens it; swearing to do harm is vowing it
    ("Iran promised Israel a long war on Tuesday.", [("THREATEN", "occurred", ("/IRN",), ("/ISR",))]),
    ("Syria swore on Monday to punish Turkey for the raid.", [("THREATEN", "occurred", ("/SYR",), ("/TUR",))]),
    # a warning delivered to someone threatens it; a travel advisory "issued" to travellers does not
    ("Turkey delivered a stern warning to Syria on Monday.", [("THREATEN", "occurred", ("/TUR",), ("/SYR",))]),
    ("Britain issued a warning to travellers on Monday about the outbreak in Mexico.", []),
    # opposing a course of action rejects it; opposing a government is no event
    ("China said on Monday that it opposed the sanctions plan.", [("REJECT", "occurred", ("/CHN",), ())]),
    # a light verb carries the noun
    ("Japan imposed sanctions on North Korea on Friday.", [("SANCTION", "occurred", ("/JPN",), ("/PRK",))]),
    # negation and a non-factual governor: nothing happened
    ("Israel will not allow Iran to deploy missiles in Syria, Netanyahu said on Monday.", []),
    ("Greece did not expel the Turkish diplomats on Thursday.", []),
    # future
    ("Italy will send warships to the Red Sea next week, the defence minister said on Monday.", [("MOBILIZE", "planned", ("/ITA",), ())]),
    # metaphors and advice are not conflict: "hit by falling exports", "warned countries to be on alert"
    ("Mexico was hit by plunging exports and oil revenues in the first quarter.", []),
    ("The World Health Organization warned countries on Friday to be on alert for unusual flu outbreaks.", []),
    # "called X on Saturday" is a call, not "called on X"; "called for" is a demand
    (
        "Palestinian President Mahmoud Abbas called Egyptian President Hosni Mubarak on Saturday.",
        [("CONSULT", "occurred", ("Mahmoud Abbas",), ("Hosni Mubarak",))],
    ),
    ("The Arab League called for a ceasefire in Libya on Sunday.", [("REQUEST", "occurred", ("Arab League",), ("/LBY",))]),
    # "whether" makes it hypothetical
    (
        "The coalition would have to decide whether to bomb Sirte, a French official said on Monday.",
        [("ASSAULT", "hypothetical", (), ("/LBY",))],
    ),
    # a warning of what the speaker will do is a threat; a warning about the state of things is not
    ("Turkey warned Greece on Monday that it would not allow drilling near its islands.", [("THREATEN", "occurred", ("/TUR",), ("/GRC",))]),
    ("The IMF warned on Monday that food prices remained high across Africa.", []),
    # a wire story's credit is not a participant; "Western warplanes" are not the article's own country's
    (
        "TRIPOLI (Reuters) - Western warplanes bombed the tanks of Libyan government forces near Ajdabiyah on Friday.",
        [("ASSAULT", "occurred", (), ("Libyan forces",))],
    ),
    # several countries the phrase does not name are one participant of no country, not the article's own
    (
        "Western powers demanded the surrender of Muammar Gaddafi on Tuesday.",
        [("REQUEST", "occurred", ("Western powers",), ("Muammar Gaddafi",))],
    ),
    (
        "Libyan rebels pressed foreign governments on Monday to release Libyan funds frozen abroad.",
        [("REQUEST", "occurred", ("Libyan rebels",), ("foreign governments",))],
    ),
    (
        "Muammar Gaddafi accused the West on Sunday of wanting to steal Libya's oil.",
        [("ACCUSE", "occurred", ("Muammar Gaddafi",), ("Western powers",))],
    ),
    # the parser hangs the verb after a name's appositive on the name as a reduced relative; it is the name's act
    (
        "Amr Moussa, head of the Arab League, called Monday for a peaceful transition of power in Egypt.",
        [("REQUEST", "occurred", ("Amr Moussa",), ("/EGY",))],
    ),
    # ... and on the last noun of a relative clause that sets the subject off: still the subject's act
    (
        "The United States, which has already frozen Libyan assets, called on Friday for an immediate ceasefire in Libya.",
        [("REQUEST", "occurred", ("/USA",), ("/LBY",))],
    ),
    # a condemnation of a deed whose doer the sentence leaves unnamed is said, with no one accused
    ("Sweden's foreign minister Carl Bildt condemned the bombing on Monday.", [("ACCUSE", "occurred", ("Carl Bildt",), ())]),
    ("The Dutch government expressed concern on Friday about the arrests.", [("ACCUSE", "occurred", ("/NLD",), ())]),
    # what a subject wins or receives from someone is done to the subject, by the one it comes from
    ("Libya's rebels won diplomatic recognition from Italy on Tuesday.", [("SUPPORT", "occurred", ("/ITA",), ("Libyan rebels",))]),
    # a speech the parser takes for the subject of the participle that tells what it says: its maker speaks
    (
        "Gaddafi makes a speech on state radio calling on Libyans to march on Benghazi.",
        [("REQUEST", "occurred", ("Muammar Gaddafi",), ("Libyan people",))],
    ),
    # "his government" is the government of the man "his" stands for, not the story's country
    (
        "Australian Foreign Minister Kevin Rudd said on Monday that his government asked the United Nations to act over Libya.",
        [("REQUEST", "occurred", ("Kevin Rudd",), ("United Nations",))],
    ),
    # a capital after a preposition of setting is where the strike was, not a second attacker
    (
        "The government said on Monday that a NATO strike in Tripoli had killed Saif al-Arab Gaddafi.",
        [("ASSAULT", "occurred", ("NATO",), ("Saif al-Arab Gaddafi",))],
    ),
    # "at their meeting in Luxembourg" is where, not with whom; the ministers at it meet (a multilateral CONSULT)
    (
        "EU foreign ministers agreed at their meeting in Luxembourg on Monday to assist the Libyan rebels.",
        [("AGREE", "occurred", ("European Union",), ("Libyan rebels",)), ("CONSULT", "occurred", ("European Union",), ())],
    ),
    # a spokesman or commander named with his group's word acts for the group as well as himself
    (
        "Libyan rebel spokesman Abdel Hafiz Ghoga urged NATO on Sunday to step up its strikes.",
        [("REQUEST", "occurred", ("Abdel Hafiz Ghoga", "Libyan rebels"), ("NATO",))],
    ),
    # a state act told without its agent is the state its sentence sets it in, not that of the foreigners it is done to
    (
        "The American reporter Mark Jones was detained for 15 hours on Monday after landing at a Tunisian airport.",
        [("COERCE", "occurred", ("/TUN",), ("/USA", "Mark Jones"))],
    ),
    (
        "Libya's former oil minister was arrested on Monday evening, a Tunisian Interior Ministry official said.",
        [("COERCE", "occurred", ("/TUN",), ("/LBY",))],
    ),
    # a quoted "we" of a speaker named with his group's word is the speaker and his group
    (
        '"We shelled the airport at dawn," rebel commander Ahmed Salem said on Sunday.',
        [("ASSAULT", "occurred", ("Ahmed Salem", "rebels"), ())],
    ),
    # a demand for someone's going is made of the one to go; a regime to fall stands for its leader
    (
        "The protesters demanded change in Yemen and called for the fall of President Ali Abdullah Saleh's regime on Friday.",
        [("REQUEST", "occurred", ("protesters",), ("Ali Abdullah Saleh",))],
    ),
    (
        "Yemeni President Ali Abdullah Saleh addressed the nation on Thursday. On Friday, thousands of protesters in Sanaa"
        " demanded the removal of the regime.",
        [("REQUEST", "occurred", ("protesters",), ("Ali Abdullah Saleh",))],
    ),
    # a country's interim rulers are its known transitional body, even where the article never named it
    (
        "Libya's interim government demanded on Monday that Niger hand over Saadi Gaddafi.",
        [("REQUEST", "occurred", ("National Transitional Council",), ("/NER",))],
    ),
    # "its" before troops is the country or body its sentence named before it
    (
        "Britain's military said its Apache helicopters had attacked two vehicles near Tripoli on Wednesday.",
        [("ASSAULT", "occurred", ("British forces",), ("/LBY",))],
    ),
    # troops the rebels of a country face are that country's, wherever the story is told from
    (
        "In London, British officials said on Monday that Libyan rebels had captured 20 soldiers.",
        [("COERCE", "occurred", ("Libyan rebels",), ("Libyan forces",))],
    ),
    # a country's name the NER left out after a chronology's dash; a plural the tagger took for a name; "Gulf states"
    (
        "March 10 - France recognizes the National Transitional Council as Libya's legitimate government.",
        [("SUPPORT", "occurred", ("/FRA",), ("National Transitional Council",))],
    ),
    # an accusation of a leader's forces is aimed at the leader too
    (
        "Rebels accused Gaddafi's forces on Sunday of shelling Misrata.",
        [("ACCUSE", "occurred", ("Libyan rebels",), ("Gaddafi forces", "Muammar Gaddafi"))],
    ),
    ("Gulf Arab states urged Syria on Monday to stop the killing.", [("REQUEST", "occurred", ("Gulf Cooperation Council",), ("/SYR",))]),
    # markets and diseases do not act, and a nationality that modifies them names no one
    ("Portuguese bond yields rose up nine basis points on Monday.", []),
    ("The Spanish flu killed millions of people in 1918.", []),
    # a plea in court is no request; speaking to a news agency is no meeting
    ("The former minister pleaded not guilty in Cairo on Monday.", []),
    ("Mahmoud Abbas spoke to Reuters in Ramallah on Monday.", []),
    # "fire" a minister, "capture" hearts: no attack, no seizure; a time after "on" is no target
    ("On February 27, the French president fired his foreign minister.", []),
    ("The band's ballad captured the most hearts in the vote on Sunday.", []),
    ("Soldiers fired tear gas at protesters in Sanaa on Friday.", [("ASSAULT", "occurred", ("Yemeni forces",), ("protesters",))]),
    # a participle joined by "and" shares the passive: the activists are jailed, not jailing
    (
        "Dozens of activists were rounded up and jailed by Syrian police on Monday.",
        [("COERCE", "occurred", ("Syrian police",), ("activists",))],
    ),
    # a place that falls to a side is taken by it, from the other side of the war or else from its state; not a
    # price that falls to a low, nor a task that falls to an official
    ("The town of Zintan fell to the rebels on Sunday.", [("COERCE", "occurred", ("Libyan rebels",), ("/LBY",))]),
    (
        "Gaddafi's forces said on Sunday that the town of Zintan fell to the rebels.",
        [("COERCE", "occurred", ("Libyan rebels",), ("Gaddafi forces",))],
    ),
    ("Share prices fell to their lowest level in a year on Monday.", []),
    ("The task of forming a government fell to the prime minister on Sunday.", []),
    # control of a place held, not of the economy
    ("Libyan rebels said on Tuesday they have control of the whole of Misrata.", [("COERCE", "occurred", ("Libyan rebels",), ("/LBY",))]),
    ("The central bank is in control of the economy, the minister said on Monday.", []),
    # a clause that says who someone is, not what happened: "who seized power in a coup"
    (
        "Assimi Goita, who seized power in Mali in a coup, met Russian President Vladimir Putin in Moscow on Monday.",
        [("CONSULT", "occurred", ("Assimi Goita",), ("Vladimir Putin",))],
    ),
    # a short text reports what it says, however old (a full article's background is dropped: see below)
    (
        "In 1986, American warplanes bombed Gaddafi's compound in Tripoli.",
        [("ASSAULT", "occurred", ("American forces",), ("Gaddafi forces",))],
    ),
    # what the speakers say they themselves must do asks no one; "had yet to" tells what is not done
    ('"We must do more for the refugees," the Kenyan foreign minister Raychelle Omamo said on Monday.', []),
    ("Kenya said on Monday that it must do more for the refugees.", []),
    (
        "The Kenyan foreign minister said on Monday that Somalia must do more for the refugees.",
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    ("Ethiopia said on Monday that the rebels had yet to leave the town.", []),
    # not done: "has yet to", "failed to"
    ("Algeria has yet to recognize the National Transitional Council.", []),
    ("Libya's interim leaders failed to agree on a new cabinet on Sunday.", []),
    ("Libya's interim leaders agreed on a new cabinet on Sunday.", [("AGREE", "occurred", ("/LBY",), ())]),
    # a word in another sense: "demonstrated its drones", "gathered evidence", "organized a flight", "met resistance"
    ("The Kenyan army demonstrated its new drones in Nairobi on Monday.", []),
    (
        "Kenyan students demonstrated in Nairobi on Monday against the tax bill.",
        [("PROTEST", "occurred", ("protesters", "students"), ("/KEN",))],
    ),
    ("Kenyan police gathered evidence in Nairobi on Monday.", []),
    (
        "Hundreds of Kenyan students gathered in Nairobi on Monday to protest against the tax bill.",
        [("PROTEST", "occurred", ("protesters", "students"), ("/KEN",))],
    ),
    ("The Kenyan government organized an extra flight for its citizens on Monday.", []),
    ("Kenyan students organized protests in Nairobi on Monday.", [("PROTEST", "occurred", ("protesters", "students"), ("/KEN",))]),
    ("Libyan rebels met stiff resistance from Gaddafi forces in Brega on Monday.", []),
    ("Libyan rebels met Egyptian officials in Brega on Monday.", [("CONSULT", "occurred", ("/EGY",), ("Libyan rebels",))]),
    # a strike in war is an attack, not a walkout
    ("NATO warplanes struck twice near Tripoli on Monday.", []),
    ("Kenyan teachers struck in Nairobi on Monday over pay.", [("PROTEST", "occurred", ("protesters",), ("/KEN",))]),
    # whoever takes to the streets without an office or a force is one of the protesters
    (
        "Ahmed Salem, a teacher, protested outside parliament in Sanaa on Sunday.",
        [("PROTEST", "occurred", ("Ahmed Salem", "protesters"), ("/YEM",))],
    ),
    # a demand made for years is a stance, not one event
    ("The United States has urged Egypt for years to lift the emergency law.", []),
    ("The United States urged Egypt on Monday to lift the emergency law.", [("REQUEST", "occurred", ("/USA",), ("/EGY",))]),
    # a talk with one's own family is private
    ("Kenyan President William Ruto met his brother in Nairobi on Monday.", []),
    # giving or hosting in a full article's plain present is a standing arrangement; the same on a day is an act
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. Kenya gives food aid to Somalia.",
        [],
    ),
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. Kenya hosted the Somali president on Monday.",
        [("CONSULT", "occurred", ("/SOM",), ("/KEN",))],
    ),
    # a naming verb in a full article's plain present is a standing view; the same said on a day is an accusation
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. The Kenyan president describes the Somali militants as criminals.",
        [],
    ),
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. The Kenyan president described the Somali militants as "
        "criminals on Monday.",
        [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))],
    ),
    # a demand told as what a side "is demanding", at no time, is its standing aim; one made on a day is news
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. Kenyan opposition leaders are demanding a new constitution.",
        [],
    ),
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. Kenyan opposition leaders demanded a new constitution on "
        "Monday.",
        [("REQUEST", "occurred", ("Kenyan opposition",), ())],
    ),
    # what a side "has been doing", at no time, is background; the same on a day is a deed
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. Kenya has been pressing Somalia to hold elections.",
        [],
    ),
    (
        "Kenya and Somalia have long shared a border. Both countries depend on trade. Officials meet often. Nairobi is "
        "a busy city. Traders cross daily. Roads are poor. Fuel is costly. Kenya pressed Somalia on Monday to hold elections.",
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    # a post left by officials the text does not name is no retreat a record codes; a named minister's is
    ("Three Kenyan ministers resigned on Monday after the protests.", []),
    ("Kenyan Foreign Minister Musalia Mudavadi resigned on Monday.", [("RETREAT", "occurred", ("Wycliffe Musalia Mudavadi",), ())]),
    # what one would force or persuade someone to do is an aim; "forced him to resign" tells it was done
    (
        "Kenya sent troops to Somalia on Monday to force the militants to withdraw from Kismayo.",
        [("MOBILIZE", "occurred", ("/KEN",), ("/SOM",))],
    ),
    ("There is no easy way of forcing the Somali president to resign.", []),
    ("Protests forced the Somali president to resign on Monday.", [("RETREAT", "occurred", ("/SOM",), ())]),
    # a journey to a country by a private person meets no one there; an official's is a visit
    ("Omar Haddad, a baker from Alexandria, arrived in Kenya on Monday.", []),
    # so is a trip by students, workers or refugees: they go abroad to study, work or flee, not to meet anyone
    ("Kenyan students fell ill on Monday after a school trip to Uganda.", []),
    ("Dozens of Kenyan workers arrived in Uganda on Monday.", []),
    (
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Egypt on Monday for talks.",
        [("CONSULT", "occurred", ("Wycliffe Musalia Mudavadi",), ("/EGY",))],
    ),
    # speaking "on condition of anonymity", speaking out, talking of something: no one is talked with
    ("The Kenyan foreign minister, speaking on condition of anonymity, said the talks had failed.", []),
    ("The Somali president spoke out against Kenya on Monday.", []),
    ("The Kenyan president spoke with the Somali president on Monday.", [("CONSULT", "occurred", ("/KEN",), ("/SOM",))]),
    # telling the press is no request, unless what is told is a demand
    ("Somali officials told reporters on Monday to expect more fighting in Mogadishu.", []),
    (
        "The Kenyan foreign minister told Reuters on Monday that Somalia must do more for the refugees.",
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    # "call" that names a thing or counts on a resource asks no one; a document's text is not its authors' demand
    ('The Kenyan foreign minister called the situation "very tense on the ground" on Monday.', []),
    (
        "The Kenyan foreign minister called on Somalia on Monday to free the journalists.",
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    ("The Somali president can call on 10,000 troops in Mogadishu.", []),
    # a condition opened by its auxiliary ("should he enter") makes a reported "would" hypothetical, as "if" does
    (
        "Kenya said on Monday it would arrest Hassan Sheikh Mohamud should he enter Kenya.",
        [("COERCE", "hypothetical", ("/KEN",), ("Hassan Sheikh Mohamud",))],
    ),
    ("Kenya said on Monday it would arrest Hassan Sheikh Mohamud.", [("COERCE", "planned", ("/KEN",), ("Hassan Sheikh Mohamud",))]),
    (
        "Kenyan activists call on President Hassan Sheikh Mohamud to free the journalists.",
        [("REQUEST", "occurred", ("activists",), ("Hassan Sheikh Mohamud",))],
    ),
    (
        "Kenyan President William Ruto said on Monday he had told Hassan Sheikh Mohamud that he must free the journalists.",
        [("REQUEST", "occurred", ("William Ruto",), ("Hassan Sheikh Mohamud",))],
    ),
    ("A UN Security Council resolution on Saturday called for a freeze on the Somali militia's assets.", []),
    (
        "The UN Security Council called on Saturday for a freeze on the Somali militia's assets.",
        [("REQUEST", "occurred", ("UN Security Council",), ("Somali forces",))],
    ),
    # a recognition that describes the one recognized is background
    (
        "The Somali council, recognized by Kenya as the legitimate government, met the Kenyan president in Mogadishu on Monday.",
        [("CONSULT", "occurred", ("Somali council",), ("/KEN",))],
    ),
    (
        "Kenya recognized the Somali council on Monday as the legitimate government.",
        [("SUPPORT", "occurred", ("/KEN",), ("Somali council",))],
    ),
    # advice against a happening threatens no one; an ongoing "working with" is a relation, not an act
    ("A Kenyan activist warned on Monday against taking too long to hold elections.", []),
    ("Kenya warned Somalia on Monday against attacking its border posts.", [("THREATEN", "occurred", ("/KEN",), ("/SOM",))]),
    ("The World Bank has been working with Somalia on economic reforms.", []),
    # said again and again: "have long called on", "has repeatedly urged" is a stance, not one day's demand
    ("Kenya has long called on Somalia to free the journalists.", []),
    ("Kenya has called on Somalia to free the journalists.", [("REQUEST", "occurred", ("/KEN",), ("/SOM",))]),
    # a past tense the parser hung on the sentence's only noun as a reduced relative ("the rebels [who were] called
    # on ...") is the sentence's verb, and that noun its subject, who alone acts
    ("The rebels called on the government to resign.", [("REQUEST", "occurred", ("rebels",), ("Government",))]),
    ("Kenyan rebels called on the government to negotiate.", [("REQUEST", "occurred", ("Kenyan rebels",), ("/KEN",))]),
    ("Kenya worked with Somalia on Monday to secure the border.", [("COOPERATE", "occurred", ("/KEN",), ("/SOM",))]),
    # what someone thinks others want has not happened: a belief, as "believe" is, no report
    ('"I think most Kenyans want the Somali president to resign," Kenyan opposition leader Raila Odinga said on Monday.', []),
    # a crowd that disperses by itself is not dispersed; rallying one's supporters raises them, it is no rally
    (
        "Kenyan protesters marched to the parliament on Monday before dispersing.",
        [("PROTEST", "occurred", ("protesters",), ("/KEN",))],
    ),
    ("The Kenyan opposition leader left Nairobi on Monday to rally his supporters in the west.", []),
    ("Kenyan opposition supporters rallied outside parliament on Monday.", [("PROTEST", "occurred", ("supporters",), ())]),
    # an armed side that marches or blocks a road moves or holds ground; soldiers who march to protest do protest
    ("Somali rebels blocked the main highway south of Mogadishu on Thursday.", []),
    ("Somali rebels marched into the port town of Kismayo on Thursday.", []),
    (
        "Kenyan soldiers marched through Nairobi on Monday to protest against unpaid wages.",
        [("PROTEST", "occurred", ("Kenyan forces",), ("/KEN",))],
    ),
    # "back" is a standing alignment ("backed by", "has backed the rebels", "will back any decision"), not a coded act;
    # backing a bid, a candidacy or an application is
    ("Kenya has backed the Somali council for years, and its lawmakers backed the plan on Monday.", []),
    ("Kenya endorsed the Somali council on Monday.", [("SUPPORT", "occurred", ("/KEN",), ("Somali council",))]),
    ("Kenya backed Somalia's bid to join the bloc on Monday.", [("SUPPORT", "occurred", ("/KEN",), ("/SOM",))]),
    # approving a request answers it: the approver backs the one who asked, it asks nothing itself
    ("Kenya approved Somalia's request to join the bloc on Monday.", [("SUPPORT", "occurred", ("/KEN",), ("/SOM",))]),
    # an ultimatum ("until Friday to surrender or face force") threatens those given the term; they have not yielded
    (
        "Kenyan President William Ruto on Monday gave Somali militants until Friday to surrender or face military force.",
        [("THREATEN", "occurred", ("William Ruto",), ("/SOM",))],
    ),
    # "either you do it or we will ...": the speaker's act set as the price of the other's failing is a threat, made now
    (
        '"Either Kenya does its work properly or we will ask the Security Council to act," said Somali army chief Ali Hassan.',
        [("THREATEN", "occurred", ("Ali Hassan",), ("/KEN",))],
    ),
    # what "they" want, said inside a quote of someone else, is a motive the speaker imputes: no one demands it
    (
        'Kenyan police fired on protesters in Nairobi on Monday. "They want us to go home," opposition leader Raila Odinga said.',
        [("ASSAULT", "occurred", ("Kenyan police",), ("protesters",))],
    ),
    # "embrace" with no object is a hug, not support ("embraced the protest movement" is); what is celebrated is the
    # news (the resignation), the celebration no protest
    (
        "Kenyans embrace on Friday night while celebrating President Uhuru Kenyatta's resignation.",
        [("RETREAT", "occurred", ("Uhuru Kenyatta",), ())],
    ),
    # a vow to keep power refuses the demand to give it up; it promises nothing
    (
        "Somali President Hassan Sheikh Mohamud pledged on Tuesday to stay in power at any cost.",
        [("REJECT", "occurred", ("Hassan Sheikh Mohamud",), ())],
    ),
    # what an analyst or a scholar says, believes or says someone must do is a view of the news; an official's is news
    ("Kenyan troops shelled the port of Kismayo on Monday, analysts say.", []),
    ('"Somalia must free the journalists," said Anna Berg, a Horn of Africa expert at Leeds University.', []),
    ("Senior policy fellow Anna Berg said on Monday that Kenya should send troops to Somalia.", []),
    (
        '"Somalia must free the journalists," the Kenyan foreign minister said on Monday.',
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    # a private person's remark (a pensioner's, a shopkeeper's) is colour; what a witness says was done is news
    ('"Kenyan troops will shell our street again," said Amina Yusuf, a 58-year-old pensioner in Kismayo.', []),
    ('"The Kenyan army are criminals and liars," said Amina Yusuf, a 58-year-old pensioner in Kismayo.', []),
    (
        '"The Kenyan army are criminals and liars," said Amina Yusuf, a 58-year-old teacher in Kismayo.',
        [("ACCUSE", "occurred", ("Amina Yusuf",), ("Kenyan forces",))],
    ),
    (
        '"Kenyan troops shelled our street on Monday," said Amina Yusuf, a 58-year-old pensioner in Kismayo.',
        [("ASSAULT", "occurred", ("Kenyan forces",), ("Amina Yusuf",))],
    ),
    # experts of a body speak for it
    (
        "A panel of U.N. experts said on Monday that Somalia must free the journalists.",
        [("REQUEST", "occurred", ("United Nations",), ("/SOM",))],
    ),
    ("Kenyan troops shelled the port of Kismayo on Monday.", [("ASSAULT", "occurred", ("Kenyan forces",), ("/SOM",))]),
    # "expected to", "due to" are plans, "hope to" a wish; a brief's "will refuse" is planned (a full article's: below)
    ("Kenya will refuse to sign the treaty, the Kenyan president said on Monday.", [("REJECT", "planned", ("/KEN",), ())]),
    ("Kenyan opposition supporters are expected to gather in Nairobi on Friday.", [("PROTEST", "planned", ("supporters",), ())]),
    ("Kenyan opposition supporters hope to gather in Nairobi on Friday.", [("PROTEST", "hypothetical", ("supporters",), ())]),
    # a call for a protest also announces it, planned by the callers' side; a call to gather for prayers is no protest
    (
        "The Kenyan opposition party called on its supporters to march in Nairobi on Friday.",
        [
            ("PROTEST", "planned", ("Kenyan opposition", "protesters"), ("/KEN",)),
            ("REQUEST", "occurred", ("Kenyan opposition",), ("supporters",)),
        ],
    ),
    (
        "Kenyan opposition leaders called for a rally in Nairobi on Friday in support of the uprisings in Somalia.",
        [("PROTEST", "planned", ("Kenyan opposition", "protesters"), ("/KEN",)), ("REQUEST", "occurred", ("Kenyan opposition",), ())],
    ),
    (
        "Kenyan church leaders urged their followers to gather in Nairobi on Friday for prayers.",
        [("REQUEST", "occurred", ("/KEN",), ("supporters",))],
    ),
    ("The Kenyan foreign minister is due on Tuesday to travel to Somalia.", [("CONSULT", "planned", ("/KEN",), ("/SOM",))]),
    # "called for X to do": the parser hangs "for" on the infinitive; whom the clause asks is the one asked
    ("Kenya called on Monday for Somalia to free the journalists.", [("REQUEST", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya pressed on Monday for Somalia to free the journalists.", [("REQUEST", "occurred", ("/KEN",), ("/SOM",))]),
    # blame said other ways: disputing someone's claim, railing or hitting out at them, voicing alarm over what they did
    ("Kenya disputed a claim by Somalia on Monday about the border.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    (
        "Kenyan lawmakers railed against Somalia on Monday over the border raids.",
        [("ACCUSE", "occurred", ("Kenyan lawmakers",), ("/SOM",))],
    ),
    ("Kenya hit out at Somalia on Monday over the border raids.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya voiced alarm on Monday over Somalia's border raids.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya voiced concern on Monday that Somalia was arming the militias.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    # describing someone as something bad blames them; a neutral description does not
    ("Kenya on Monday described the Somali government as a gang of thugs.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya on Monday described the talks with Somalia as useful.", []),
    # calling someone's act by a word of blame blames them (a neutral word does not); pointing the finger blames too
    ("Kenya on Monday called the Somali raids blatant interference.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya on Monday called the talks with Somalia useful.", []),
    ("Kenya on Monday pointed the finger at Somalia over the border raids.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    # scolding someone criticises them; questioning how they act does too, questioning a suspect does not
    ("Kenya on Monday scolded Somalia for not policing the border.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya on Monday questioned Somalia's handling of the border raids.", [("ACCUSE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenyan police on Monday questioned the Somali suspects about the raids.", []),
    # pushing back against demands refuses them; pushing a force back repels it
    ("Kenya pushed back on Monday against Somalia's demands.", [("REJECT", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya pushed back on Monday on Somalia's demands for a new border.", [("REJECT", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenyan troops pushed the Somali militia back on Monday.", []),
    # razing or demolishing homes is ASSAULT `destroy' (PLOVER manual: demolition of housing settlements)
    ("Kenyan soldiers demolished homes in a Somali village on Monday.", [("ASSAULT", "occurred", ("Kenyan forces",), ("/SOM",))]),
    # striking a deal agrees (striking a camp attacks); setting fire to a building attacks its holder
    ("Kenya struck a deal with Somalia on Monday to reopen the border.", [("AGREE", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenyan troops struck a militia camp in Somalia on Monday.", [("ASSAULT", "occurred", ("Kenyan forces",), ("/SOM",))]),
    ("Protesters set fire to a police station in Nairobi on Monday.", [("ASSAULT", "occurred", ("protesters",), ("Kenyan police",))]),
    # pressure stepped up on someone asks them; confidence declared in someone supports them
    ("Kenya stepped up the pressure on Somalia on Monday.", [("REQUEST", "occurred", ("/KEN",), ("/SOM",))]),
    (
        "The Kenyan president on Monday declared his confidence in the Somali government.",
        [("SUPPORT", "occurred", ("/KEN",), ("/SOM",))],
    ),
    # defending someone's work, mission or record supports them
    ("Kenya on Monday defended the work of the Somali government.", [("SUPPORT", "occurred", ("/KEN",), ("/SOM",))]),
    # a sum frozen "in assets" is assets frozen; funds released to someone aid them
    ("Kenya froze $30 million in assets of the Somali government on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya released frozen funds to the Somali government on Monday.", [("AID", "occurred", ("/KEN",), ("/SOM",))]),
    # a demand on pain of harm threatens; a demand to leave within a term expels; an ask to leave asks
    (
        "Kenya on Monday urged Somalia to pull back its troops or suffer heavy losses.",
        [("THREATEN", "occurred", ("/KEN",), ("/SOM",))],
    ),
    (
        "Kenya on Monday asked the Somali envoy to leave the country within 72 hours.",
        [("SANCTION", "occurred", ("/KEN",), ("/SOM",))],
    ),
    ("Kenya on Monday urged Somalia to leave the disputed islands.", [("REQUEST", "occurred", ("/KEN",), ("/SOM",))]),
    # "said X must ...": a deed that must stop asks its doer; what must be done to someone asks no one named
    (
        "Kenya said on Monday that the Somali raids on its border posts must stop.",
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    ("Kenya said on Monday that Somalia needs to be treated with caution.", []),
    # crowds flooding into a square or packing the streets protest
    (
        "Thousands of Kenyan protesters flooded into the main square of Nairobi on Monday.",
        [("PROTEST", "occurred", ("protesters",), ("/KEN",))],
    ),
    ("Thousands of opposition supporters packed the streets of Nairobi on Monday.", [("PROTEST", "occurred", ("supporters",), ())]),
    # force or live ammunition used against people attacks them
    (
        "Kenyan police used live ammunition against protesters in Nairobi on Monday.",
        [("ASSAULT", "occurred", ("Kenyan police",), ("protesters",))],
    ),
    # a consulate closed reduces relations; weapons sales banned to a country are an embargo
    ("Kenya closed the Somali consulate in Mombasa on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya banned all weapons sales to Somalia on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/SOM",))]),
    # aid, arms sales and cooperation stopped, cut, frozen or scaled back are one class (CAMEO 16 -> SANCTION)
    ("Germany halted arms deliveries to Saudi Arabia on Monday.", [("SANCTION", "occurred", ("/DEU",), ("/SAU",))]),
    ("Japan cut arms sales to Myanmar on Monday.", [("SANCTION", "occurred", ("/JPN",), ("/MMR",))]),
    ("Kenya froze cooperation with Somalia on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/SOM",))]),
    ("Kenya scaled back aid to Somalia on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/SOM",))]),
    # the "he" of a clause an unnamed officer reports is that officer
    ("The Egyptian foreign minister said on Monday he would visit Moscow.", [("CONSULT", "planned", ("/EGY",), ("/RUS",))]),
    ("The Egyptian foreign minister said on Monday he would step down.", [("RETREAT", "planned", ("/EGY",), ())]),
    # flights, sales or exports suspended are cut off like relations; an embassy closed in a city leaves its country
    ("Peru suspended flights from Chile on Monday.", [("SANCTION", "occurred", ("/PER",), ("/CHL",))]),
    ("Norway suspended the sale of arms to Turkey on Monday.", [("SANCTION", "occurred", ("/NOR",), ("/TUR",))]),
    ("Canada closed its embassy in Caracas on Friday.", [("SANCTION", "occurred", ("/CAN",), ("/VEN",))]),
    # a no-fly zone imposed or authorised over a country restricts it, as an embargo does
    ("France imposed a no-fly zone over Syria on Monday.", [("SANCTION", "occurred", ("/FRA",), ("/SYR",))]),
    (
        "The Security Council voted on Monday to authorize a no-fly zone over Yemen.",
        [("SANCTION", "occurred", ("UN Security Council",), ("/YEM",))],
    ),
    # resistance put up against a force fights it
    (
        "Somali militants put up fierce resistance against Kenyan troops in Kismayo on Monday.",
        [("ASSAULT", "occurred", ("/SOM",), ("Kenyan forces",))],
    ),
    # a second statement joined to a first is said too, not what the first says; a bare infinitive joined to what
    # is urged is more of what is urged
    (
        "Kenya accused Somalia on Monday of arming the militias and urged Ethiopia to close its border.",
        [("ACCUSE", "occurred", ("/KEN",), ("/SOM",)), ("REQUEST", "occurred", ("/KEN",), ("/ETH",))],
    ),
    (
        "Kenya urged Somalia on Monday to open its ports, crack down on the militias and hold elections.",
        [("REQUEST", "occurred", ("/KEN",), ("/SOM",))],
    ),
    # a call for foreign force that names no one asked is made of the United Nations; one that names whom it asks
    # is made of them, and a call for an end to a no-fly zone asks for no force
    (
        "The Syrian National Council called on Monday for air strikes against government artillery in Homs.",
        [("REQUEST", "occurred", ("Syrian National Council",), ("United Nations",))],
    ),
    (
        "The Syrian National Council urged Turkey on Monday to impose a no-fly zone over the north.",
        [("REQUEST", "occurred", ("Syrian National Council",), ("/TUR",))],
    ),
    # taking or securing a town, an airport or a crossing occupies it (COERCE); taking people somewhere or securing a
    # loan does not
    ("Kenyan troops took the port town of Kismayo on Monday.", [("COERCE", "occurred", ("Kenyan forces",), ("/SOM",))]),
    ("Kenyan troops secured the airport of Kismayo on Monday.", [("COERCE", "occurred", ("Kenyan forces",), ("/SOM",))]),
    ("Kenyan officials took reporters to the port on Monday.", []),
    ("Kenya secured a loan from the World Bank on Monday.", []),
    # seizing a lead, a role or a chance takes nothing from anyone: no COERCE
    ("Kenyan troops seized the port of Kismayo on Monday.", [("COERCE", "occurred", ("Kenyan forces",), ("/SOM",))]),
    ("Kenya moved fast on Monday to seize back the initiative.", []),
    # a town a force tries to take, or will take once something happens, is not taken
    ("Kenyan troops massed on Monday to try to take back the port of Kismayo.", []),
    ("Somali officials fear reprisals once Kenyan troops capture the port of Kismayo.", []),
    ("Kenyan troops took command of the operation on Monday.", []),
    # talks held in a foreign country are held with its host; a speech given there is no talk with it
    (
        "Peruvian Foreign Minister Rafael Roncagliolo held talks in Chile on Tuesday.",
        [("CONSULT", "occurred", ("Rafael Roncagliolo",), ("/CHL",))],
    ),
    ("Peruvian Foreign Minister Rafael Roncagliolo spoke in Chile on Tuesday.", []),
    # an armed force entering, advancing on or encircling a place attacks it; tourists entering and prices advancing do not
    ("Libyan rebels entered the town of Brega on Saturday.", [("ASSAULT", "occurred", ("Libyan rebels",), ("/LBY",))]),
    ("Thousands of tourists entered Egypt on Monday.", []),
    ("Syrian troops encircled the town of Deraa on Monday.", [("ASSAULT", "occurred", ("Syrian forces",), ("/SYR",))]),
    ("Government troops advanced toward Misrata on Sunday.", [("ASSAULT", "occurred", ("Libyan forces",), ("/LBY",))]),
    ("Oil prices advanced on Monday.", []),
    # a force that thrusts or drives toward a place attacks it as one that advances; a family driving to the coast does not
    ("Somali insurgents thrust westwards to the port of Kismayo on Monday.", [("ASSAULT", "occurred", ("Somali rebels",), ("/SOM",))]),
    ("Syrian troops drove north toward the town of Deraa on Monday.", [("ASSAULT", "occurred", ("Syrian forces",), ("/SYR",))]),
    ("A Syrian family drove north toward the town of Deraa on Monday.", []),
    # a force driven back or pushed out of a town is repelled; a leader pushed out of power is ousted, not attacked
    (
        "Somali insurgents drove back Kenyan troops near Kismayo on Monday.",
        [("ASSAULT", "occurred", ("Somali rebels",), ("Kenyan forces",))],
    ),
    ("Kenyan troops pushed Somali insurgents out of Kismayo on Monday.", [("ASSAULT", "occurred", ("Kenyan forces",), ("Somali rebels",))]),
    ("Street protests pushed the prime minister out of power on Monday.", []),
    # talks entered with someone are talks, whoever enters them
    ("Egypt entered into talks with Israel on Monday.", [("CONSULT", "occurred", ("/EGY",), ("/ISR",))]),
    # a conjoined clause's own subject acts in it, though the parser hangs it on the first clause's object
    (
        "Chile expelled the Peruvian ambassador on Monday and Bolivia condemned the decision.",
        [("ACCUSE", "occurred", ("/BOL",), ("/CHL",)), ("SANCTION", "occurred", ("/CHL",), ("/PER",))],
    ),
    # the possessor of an arrest is who was arrested, unless an "of" phrase names him
    ("Charles Taylor's arrest on Monday angered Liberia.", []),
    ("An Ivorian court confirmed Laurent Gbagbo's arrest on Monday.", [("COERCE", "occurred", ("court",), ("Laurent Gbagbo",))]),
    (
        "Kenyan police's arrest of two Somali reporters on Tuesday angered Somalia.",
        [("COERCE", "occurred", ("Kenyan police",), ("journalists",))],
    ),
]

# Participants as a reader resolves them, in a short story of one war (invented sentences).
STORY_CASES = [
    # a town the gazetteer does not know, used as a place, stands for the side holding it; a person stays himself
    (
        "Libyan rebels fought Muammar Gaddafi forces near Bin Kasra on Sunday. Libyan rebels were forced to retreat from Bin Kasra on Monday.",
        ("RETREAT", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Libyan rebels captured Omar Bakkar on Monday.",
        ("COERCE", ("Libyan rebels",), ("Omar Bakkar",)),
    ),
    # captured with no agent named: the other side of the article's war took them
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Seven Gaddafi soldiers were captured on Monday.",
        ("COERCE", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    # a third party in a clause told alongside the attack ("as", "while") watches; it is not the one hit
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Rebel fighters attacked the compound on Monday as NATO warplanes flew overhead.",
        ("ASSAULT", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Rebel fighters attacked the compound on Monday while NATO jets circled above.",
        ("ASSAULT", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    # a name joined by "and" to a date starts the next clause; a news agency shown the wreckage was not shot at
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. The rebels said they had shot down a helicopter on Monday and Reuters was shown the wreckage.",
        ("ASSAULT", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    # a leader's forces are his country's, not the country of the news agency the sentence names
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Rebels told Reuters Gaddafi's forces fired rockets into the city on Monday.",
        ("ASSAULT", ("Gaddafi forces",), ("Libyan rebels",)),
    ),
    # a weapon's make is not whom it hits
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Gaddafi troops fired Grad rockets on Monday.",
        ("ASSAULT", ("Gaddafi forces",), ("Libyan rebels",)),
    ),
    # a rebel fighter speaks for the rebels, as a spokesman or commander does
    (
        'Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. "We shelled the airport on Monday," said rebel fighter Omar Bakkar.',
        ("ASSAULT", ("Libyan rebels", "Omar Bakkar"), ("Gaddafi forces",)),
    ),
    # a fight told with one side only is with the other side of the article's war
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. The rebels clashed near Brega on Monday.",
        ("ASSAULT", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    # a name before a word for a place ("the Sarra area") or after "the prison of" is a place held by the other side
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. Oil wells in the Sarra area were shelled by"
        " Gaddafi's artillery on Monday.",
        ("ASSAULT", ("Gaddafi forces",), ("Libyan rebels",)),
    ),
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. On Monday rebel fighters stormed the prison of Bir Hakim.",
        ("ASSAULT", ("Libyan rebels",), ("Gaddafi forces",)),
    ),
    # a country at war with its rebels attacks with its leader's forces
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. On Monday Libya bombed civilians in Misrata.",
        ("ASSAULT", ("Gaddafi forces",), ("civilians",)),
    ),
    # a side does not attack itself: the people its own regime shells are the other side
    (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. A NATO commander said on Monday that Libyans in"
        " Misrata were being shelled by the Gaddafi regime.",
        ("ASSAULT", ("Gaddafi forces",), ("Libyan rebels",)),
    ),
    # a capital the rebels appeal to stands for its government, not for where the rebels are
    (
        "Rebels in Benghazi fought Gaddafi's forces near Brega on Monday. Rebel forces appealed to Washington on Tuesday to"
        " impose a no-fly zone over Libya.",
        ("REQUEST", ("Libyan rebels",), ("/USA",)),
    ),
    # "the nation" is the country named last before it
    (
        "Tunisia has been in turmoil for weeks. On Friday the nation charged former president Ben Ali with fraud.",
        ("ACCUSE", ("/TUN",), ("Zine El Abidine Ben Ali",)),
    ),
    # ... but not another argument of its own verb (Egypt of March 2011, dealt with, is its ruling military council)
    (
        "Egypt was calm on Saturday. Spain will send no more weapons to the country.",
        ("AID", ("/ESP",), ("Supreme Council of the Armed Forces",)),
    ),
    # "the country's vice president" is the country's, as "Egypt's vice president" is
    (
        "Omar Suleiman was named vice president on Saturday. The Muslim Brotherhood said on Sunday it met with the country's"
        " vice president.",
        ("CONSULT", ("Muslim Brotherhood",), ("Omar Suleiman",)),
    ),
    # "its neighbour Egypt": Egypt acts, not what "its" stands for
    (
        "Libya's rebel council opened an office in Benghazi. On Tuesday its neighbour Egypt recognized the National"
        " Transitional Council as the legitimate authority.",
        ("SUPPORT", ("Supreme Council of the Armed Forces",), ("National Transitional Council",)),  # Egypt's rulers of 2011
    ),
    # a city the NER glued to the name after it ("in Alexandria Mubarak's") is a place, and the man stays himself
    (
        "Supporters of the president clashed with protesters in Alexandria Mubarak's speech will only prolong the crisis, an"
        " opposition leader said. President Hosni Mubarak spoke on state television on Tuesday. Obama spoke with Mubarak on Wednesday.",
        ("CONSULT", ("Barack Obama",), ("Hosni Mubarak",)),
    ),
    # exiles and army units are groups of their country, named as the news names them
    (
        "Libyan exiles in London accused Muammar Gaddafi on Monday of ordering the killings.",
        ("ACCUSE", ("Libyan exiles",), ("Muammar Gaddafi",)),
    ),
    ("Libyan army units defected to the rebels in Benghazi on Tuesday.", ("RETREAT", ("Libyan army units",), ("Libyan rebels",))),
]


def test_a_sides_word_before_a_name_puts_him_on_that_side(nlp: object) -> None:
    """ "Rebel Omar Abdel Salam accused NATO": the man acts for the rebels, too, as a reader takes him."""
    text = "Libyan rebels held Brega on Monday. Rebel Omar Abdel Salam accused NATO on Tuesday of doing too little to protect Misrata."
    assert [(a, r) for t, _s, a, r in _coded(text, "2011-03-10") if t == "ACCUSE"] == [(("Libyan rebels", "Omar Abdel Salam"), ("NATO",))]


def test_a_man_and_his_own_side_are_no_meeting(nlp: object) -> None:
    """ "Opposition spokesman X, visiting the west, said": the spokesman and the side he speaks for are one party, not two
    that meet."""
    text = "Libyan rebels held Brega on Monday. Opposition spokesman Khalid Mansour, visiting the west, said the front was calm on Tuesday."
    assert not [t for t, _s, _a, _r in _coded(text, "2011-03-10") if t == "CONSULT"]


def test_a_third_person_in_a_quote_is_not_its_speaker(nlp: object) -> None:
    """'"They kept marching until he fled the country," Karim said': the speaker says "I" of himself, so the "he" of
    his own words is someone else, and Karim flees nowhere."""
    text = (
        "Protests spread across Tunisia in January. Ahmed Karim, a teacher, joined them. "
        '"They kept marching until he fled the country," Karim said of the president.'
    )
    coded = _coded(text, "2011-03-10")
    assert not [a for t, _s, a, _r in coded if t == "RETREAT" and "Ahmed Karim" in a]
    assert [t for t, _s, _a, _r in coded].count("PROTEST") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on in Libya. Rebel spokesman Ali Salem said on Friday that a militia commander had confessed that his"
        " men had attacked the convoy.",
        "Fighting went on in Libya. Rebel minister Ali Salem told reporters on Friday that an allied commander had been detained"
        " and had admitted that his guards had carried out the killing.",
    ],
)
def test_a_possessive_under_an_unnamed_persons_clause_is_his(nlp: object, text: str) -> None:
    """ "X said a militia commander had confessed that his men attacked": the men are the commander's, whom the text
    does not name, not the speaker's: no attack by the speaker."""
    assert not [a for t, _s, a, _r in _coded(text, "2011-03-10") if t == "ASSAULT" and "Ali Salem" in a]


@pytest.mark.parametrize(("text", "coded"), STORY_CASES)
def test_story_participants(nlp: object, text: str, coded: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    typ, actors, recipients = coded
    assert [(a, r) for t, _s, a, r in _coded(text, "2011-03-10") if t == typ] == [(actors, recipients)]


# Demands naming no one asked: those to be freed or spared are not asked; the story's government, or the one the
# speaker has just talked with, is (invented sentences).
HELD_DEMAND_CASES = [
    # the people to be released are the deed's patients: a country's own opposition asks its government
    (
        "Kenyan police arrested twenty students in Nairobi on Monday. On Tuesday the Kenyan opposition demanded the release"
        " of the students.",
        (("Kenyan opposition",), ("/KEN",)),
    ),
    ("The Kenyan opposition called on Tuesday for the release of the jailed students and activists.", (("Kenyan opposition",), ("/KEN",))),
    # a foreign group's call for the protection of civilians is made of the country they are in
    ("Human Rights Watch on Tuesday urged the protection of civilians in Kenya.", (("Human Rights Watch",), ("/KEN",))),
    # a demand of a country's own people, naming no one, is put to its government
    ("The Kenyan opposition on Tuesday demanded a new constitution and fresh elections.", (("Kenyan opposition",), ("/KEN",))),
    ("Kenyan lawmakers on Tuesday called for an inquiry into the shootings.", (("Kenyan lawmakers",), ("/KEN",))),
    # "X step down": X is asked
    ("Kenyan opposition leaders called on Tuesday for President Mwai Kibaki to step down.", (("Kenyan opposition",), ("Mwai Kibaki",))),
    # "the president" a country's own people want gone is theirs, not the story's most named president
    (
        "U.S. President Barack Obama spoke on Monday about the unrest in Kenya. President Mwai Kibaki has led Kenya since"
        " 2002. Kenyan opposition groups are calling for the president to step down.",
        (("Kenyan opposition",), ("Mwai Kibaki",)),
    ),
    (
        "U.S. President Barack Obama spoke on Monday about the unrest in Kenya. President Mwai Kibaki has led Kenya since"
        " 2002. Thousands of Kenyan protesters demanded that the president resign.",
        (("protesters",), ("Mwai Kibaki",)),
    ),
    # an appeal for calm is made to everyone, not to the government
    ("The Kenyan opposition called for calm on Tuesday.", (("Kenyan opposition",), ())),
    # the readout of a call: what the caller asked for is asked of the one called
    (
        "Norwegian Foreign Minister Jonas Gahr Store spoke with Kenyan President Mwai Kibaki by phone on Monday. Store also called"
        " for the immediate release of journalists and activists, his office said.",
        (("Jonas Gahr Store",), ("Mwai Kibaki",)),
    ),
]


@pytest.mark.parametrize(("text", "sides"), HELD_DEMAND_CASES)
def test_a_demand_is_made_of_whoever_can_grant_it(nlp: object, text: str, sides: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    """ "Called for the release of the detainees" asks whoever holds them, never the detainees: the government of the
    demanders' own country, the story's country for a foreign voice, or the one the speaker has just talked with."""
    assert [(a, r) for t, _s, a, r in _coded(text, "2011-03-10") if t == "REQUEST"] == [sides]


@pytest.mark.parametrize(
    "text",
    [
        '"We call for specific attacks on strongholds of these militias," said council spokesman Hassan Dahir on Tuesday.',
        "Somali rebels on Tuesday called for air strikes against the militias' bases.",
    ],
)
def test_the_targets_of_a_called_for_attack_are_not_asked(nlp: object, text: str) -> None:
    """ "Called for air strikes on the militias' strongholds" asks whoever would strike (the UN, NATO), never the
    targets, as the real-news gold codes every such call: no one is named here, so no one is asked."""
    coded = [(t, r) for t, _s, _a, r in _coded(text, "2011-03-10") if t == "REQUEST"]
    assert coded and all(not any("militia" in name.lower() or "forces" in name.lower() for name in r) for _t, r in coded)


def test_a_call_for_a_protest_asks_no_government(nlp: object) -> None:
    """ "Activists called for protests on Friday": a call made to one's followers, not a demand of the government."""
    coded = _coded("Kenyan activists called for protests in Nairobi on Friday.", "2011-03-10")
    assert [r for t, _s, _a, r in coded if t == "REQUEST"] == [()]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The Kenyan president met the opposition leaders on Tuesday and asked them to end the boycott.", ("Kenyan opposition",)),
        ("The Kenyan president met the opposition leaders on Tuesday, urging them to end the boycott.", ("Kenyan opposition",)),
    ],
)
def test_an_object_them_of_a_shared_subject_is_the_one_acted_on(nlp: object, text: str, asked: tuple[str, ...]) -> None:
    """ "Met the leaders and asked them to ...": the subject does both, so "them" is whom the first verb acts on."""
    assert [r for t, _s, _a, r in _coded(text, "2011-03-10") if t == "REQUEST"] == [asked]


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("China condemned the U.S.-led strikes on Syria on Tuesday.", ("/USA",)),
        ("China condemned the U.N.-led raids on the port on Tuesday.", ("United Nations",)),
    ],
)
def test_a_one_word_led_by_names_the_deeds_doer(nlp: object, text: str, judged: tuple[str, ...]) -> None:
    """ "Condemned the U.S.-led strikes on Syria": the tokenizer keeps "U.S.-led" whole; the one judged is who led the
    strikes, not the country struck."""
    assert [r for t, _s, _a, r in _coded(text, "2011-03-10") if t == "ACCUSE"] == [judged]


@pytest.mark.parametrize(("text", "coded"), CODING_CASES)
def test_event_coding(nlp: object, text: str, coded: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert _coded(text, "2024-05-17") == coded


def test_a_dropped_content_is_logged(nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """What is asked or attempted ("urged Armenia to sign", "efforts to attack") is dropped as a report's content, and
    training/dev.py's log says so (else its missed events read as words with no draft at all)."""
    from tidings.events import extractor

    log: list[tuple[str, str, str, str]] = []
    monkeypatch.setattr(extractor, "DROP_LOG", log)
    tidings.extract("The United Nations urged Armenia on Monday to sign a peace treaty.", published="2024-05-17")
    tidings.extract("Kenya condemned efforts to attack Somalia on Monday.", published="2024-05-17")
    reasons = {(typ, trigger, reason) for _s, typ, trigger, reason in log}
    assert ("COOPERATE", "sign", "content: what is asked, refused or not done") in reasons
    assert ("ASSAULT", "attack", "content: an infinitive on a noun") in reasons


def test_a_full_articles_reported_promise_is_made_as_it_is_said(nlp: object, rules_only: None) -> None:
    """In a news story "said Kenya would honor its treaty" is a promise made that day; an act to come stays planned
    (the rules' statuses, without the report model's floor)."""
    story = " ".join(
        [
            "The Kenyan army chief said on Monday that Kenya would honor its treaty with Somalia.",
            "Kenya said on Monday it would send food to Somalia.",
            "The border has been calm for a week.",
            "Traders in Mandera said business had picked up.",
            "Officials in Nairobi gave no details of the shipments.",
            "Aid groups welcomed the news.",
            "Rain is expected in the region next month.",
            "The two countries share a long border.",
        ]
    )
    events = tidings.extract(story, published="2024-05-17")
    assert sorted((e.type, e.status) for e in events if e.type in ("AGREE", "AID")) == [("AGREE", "occurred"), ("AID", "planned")]


def test_a_full_articles_plans_in_the_making_are_planned(nlp: object, rules_only: None) -> None:
    """What is still being planned, arranged or is yet to be said lies ahead: "is planning to arrest", "are
    organizing a march", "marches are planned", "will say he will not seek another term" are planned; a statement
    going on now ("is saying he will not seek") is made, and a commitment in quoted words ("Kenya will recognize")
    is made as it is spoken (the rules' statuses, without the report model's floor)."""
    filler = [
        "The border has been calm for a week.",
        "Traders in Mandera said business had picked up.",
        "Officials in Nairobi gave no details.",
        "Aid groups welcomed the news.",
        "Rain is expected in the region next month.",
        "The two countries share a long border.",
        "Schools in the north reopened.",
    ]
    cases = [
        ("The Kenyan government is planning to arrest opposition leaders in Nairobi.", ("COERCE", "planned")),
        ("The Kenyan army is preparing to attack Somali fighters near Mandera.", ("ASSAULT", "planned")),
        ("Kenyan students said they were organizing a march against the president in Nairobi.", ("PROTEST", "planned")),
        ("Large demonstrations against the Kenyan president are planned for Nairobi and Mombasa.", ("PROTEST", "planned")),
        ("Kenyan President William Ruto will say on Tuesday that he will not seek another term, aides said.", ("CONCEDE", "planned")),
        ("Kenyan President William Ruto is saying he will not seek another term.", ("CONCEDE", "occurred")),
        (
            '"Until elections are held, Kenya will recognize the Somali government as the legitimate authority in Somalia."',
            ("SUPPORT", "occurred"),
        ),
    ]
    for sentence, expected in cases:
        events = tidings.extract(" ".join([sentence, *filler]), published="2024-05-17")
        assert [(e.type, e.status) for e in events] == [expected], sentence


def test_a_full_articles_background_years_back_is_not_news(nlp: object) -> None:
    """In a full article an act dated two years or more before publication is background; today's act stays."""
    story = " ".join(
        [
            "American warplanes bombed Gaddafi's compound in Tripoli on Monday.",
            "The strike came after weeks of fighting in the east of the country.",
            "Residents said the explosions shook the city for an hour.",
            "In 1986, American warplanes bombed Gaddafi's compound in Tripoli.",
            "Officials in Washington gave no details of the targets.",
            "The Libyan government said several people had been hurt.",
            "Oil prices rose after the news.",
            "Diplomats expect more strikes in the coming days.",
            "The alliance has flown hundreds of missions since March.",
        ]
    )
    events = tidings.extract(story, published="2011-04-20")
    assert [e.date for e in events if e.type == "ASSAULT"] == ["2011-04-18"]


def test_a_digest_pages_stories_are_read_from_their_own_stamps(nlp: object) -> None:
    """A page that lists a site's other stories, each under an "updated: <day> <time>" stamp, tells each from its
    stamp's day: "on Thursday" under a March stamp is that week's Thursday, not the one before the page's date."""
    story = "\n\n".join(
        [
            "Kenyan police arrested twelve protesters in Nairobi on Monday.",
            "Somali troops attack border town updated: Fri Mar 08 2024 10:12:00 Somali troops attacked the border town of Dolow on Thursday.",
            "Journalists held in Addis Ababa updated: Tue Feb 13 2024 09:30:00 Ethiopian police arrested ten journalists in Addis Ababa on Monday.",
        ]
    )
    events = tidings.extract(story, published="2024-05-15")
    dated = {(e.type, e.sources[0].sentence.split()[0], e.date) for e in events}
    assert {("COERCE", "Kenyan", "2024-05-13"), ("ASSAULT", "Somali", "2024-03-07"), ("COERCE", "Ethiopian", "2024-02-12")} <= dated


def test_a_digest_pages_archived_stories_are_not_its_news(nlp: object) -> None:
    """A story the page lists under a stamp two or more calendar years before the page is from the site's archive:
    what it tells is not the page's news (the background of a full article, ``BACKGROUND_YEARS``)."""
    story = "\n\n".join(
        [
            "Kenyan police arrested twelve protesters in Nairobi on Monday.",
            "Somali troops attack border town updated: Fri Mar 08 2024 10:12:00 Somali troops attacked the border town of Dolow on Thursday.",
            "Journalists held in Addis Ababa updated: Sat Feb 13 2021 09:30:00 Ethiopian police arrested ten journalists in Addis Ababa on Monday.",
        ]
    )
    events = tidings.extract(story, published="2024-05-15")
    assert {(e.type, e.sources[0].sentence.split()[0]) for e in events} == {("COERCE", "Kenyan"), ("ASSAULT", "Somali")}


def test_a_short_texts_state_actor_named_by_office_alone_acts_with_no_country(nlp: object) -> None:
    """A sentence alone gives "the police", "the cabinet" or "the governor" no country, and a reader still codes the
    event: the actor is the office, country unknown; a group named by a common noun is no town of that name."""
    coded = {}
    for text in (
        "Riot police detained forty students on Tuesday.",
        "The cabinet refused to scrap the fuel subsidy.",
        "The governor apologized for the delays.",
    ):
        events = tidings.extract(text, published="2024-05-15")
        coded[text.split()[1]] = [(e.type, [(a.kind, a.country, a.sector) for a in e.actors]) for e in events]
    assert coded == {
        "police": [("COERCE", [("ORG", None, "COP")])],
        "cabinet": [("REJECT", [("ORG", None, "GOV")])],
        "governor": [("CONCEDE", [("PERSON", None, "GOV")])],
    }


def test_a_full_articles_state_actor_with_no_country_is_no_one(nlp: object) -> None:
    """In a full article the story gives an office its country; one the story never places stays uncoded."""
    story = " ".join(
        [
            "The cabinet refused on Monday to scrap the fuel subsidy.",
            "The subsidy costs a great deal every year.",
            "Drivers queued at filling stations through the night.",
            "Some stations ran dry by the morning.",
            "Economists said prices would rise before the harvest.",
            "Bakers warned that bread could cost more.",
            "Shops in the old town closed early.",
            "Rain is expected later in the week.",
        ]
    )
    events = tidings.extract(story, published="2024-05-15")
    assert [e.type for e in events if e.type == "REJECT"] == []


# Five sentences of no event: with three of a test's own, a full article (``FULL_ARTICLE`` sentences).
_QUIET_TAIL = (
    "Engineers said repairs would take a month.",
    "Traders in the market town feared for their stock.",
    "Some shops closed early.",
    "Rain is expected later in the week.",
    "The river is already high.",
)


def test_a_short_texts_group_of_no_country_acts_as_itself(nlp: object) -> None:
    """A sentence alone lets a group the article stage never places act ("militants", "rights groups", "the ruling
    party"), country unknown, whatever country the sentence names; a full article does not."""
    coded = {}
    for text in (
        "Militants blew up a bridge near the border.",
        "Human rights groups called on Chile to free the detained journalists.",
        "The election commission barred two opposition candidates from standing.",
    ):
        events = tidings.extract(text, published="2024-05-15")
        coded[text.split()[-1]] = [(e.type, [(a.name, a.country, a.sector) for a in e.actors]) for e in events]
    assert coded == {
        "border.": [("ASSAULT", [("militants", None, "REB")])],
        "journalists.": [("REQUEST", [("rights groups", None, "NGO")])],
        "standing.": [("COERCE", [("election commission", None, "GOV")])],
    }
    story = " ".join(
        [
            "Militants blew up a bridge near the border on Monday.",
            "The bridge carried most of the region's freight.",
            "Lorries queued for miles on the old road.",
            *_QUIET_TAIL,
        ]
    )
    assert [e.type for e in tidings.extract(story, published="2024-05-15")] == []


def test_a_short_texts_attack_by_no_one_named_is_its_report(nlp: object) -> None:
    """A sentence alone whose weapon or attack is the subject, or whose victim had the deed done to him, reports an
    attack, attacker unknown; a toll stays none, and so does such an attack in a full article."""
    found = {}
    for text in (
        "A parcel bomb exploded at the post office.",
        "A rocket attack killed four policemen near the airport.",
        "The mayor was assassinated outside his home.",
        "Nine rebels were killed in the mountains.",
    ):
        events = tidings.extract(text, published="2024-05-15")
        found[text.split()[1]] = [(e.type, list(e.actors)) for e in events]
    assert found == {"parcel": [("ASSAULT", [])], "rocket": [("ASSAULT", [])], "mayor": [("ASSAULT", [])], "rebels": []}
    story = " ".join(
        [
            "A parcel bomb exploded at the post office on Monday.",
            "The building was empty at the time.",
            "Its windows were blown out.",
            *_QUIET_TAIL,
        ]
    )
    assert [e.type for e in tidings.extract(story, published="2024-05-15")] == []


def test_a_short_texts_undated_event_noun_is_its_report(nlp: object) -> None:
    """A sentence alone reports the event its main verb carries, dated or not ("staged a hunger strike", "set up
    a blockade"); an event noun further down the clause is a reference to it, as in a full article."""
    found = {}
    for text in (
        "Students in Chile staged a hunger strike over tuition fees.",
        "Demonstrations against the new tax swept Lima.",
        "Protesters in Peru asked about the recent strikes.",
    ):
        found[text.split()[0]] = sorted({e.type for e in tidings.extract(text, published="2024-05-15")})
    assert found == {"Students": ["PROTEST"], "Demonstrations": ["PROTEST"], "Protesters": []}


def test_support_that_names_no_one_is_no_event(nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Uganda recognizes states, not governments": a principle, no one backed (the rules alone would take the
    recognition's country from the story); the recognition of a council the sentence names stays."""
    from tidings import pipeline
    from tidings.events.model import Models

    monkeypatch.setattr(pipeline, "trained_models", lambda: Models())
    text = 'Kenya recognized the Somali rebel council on Thursday. "Uganda recognizes states, not governments," a Ugandan spokesman said.'
    events = tidings.extract(text, published="2024-05-15")
    assert [(e.type, [a.country for a in e.actors]) for e in events] == [("SUPPORT", ["KEN"])]


def test_a_report_in_an_after_clause_takes_no_time_from_outside_it(nlp: object) -> None:
    """ "A day after the president resigned, shops readied themselves for Sunday": Sunday is the main clause's time,
    and the resignation came before it; with no other time, the report is dated to the publication's month."""
    text = "A day after Kenyan President William Ruto resigned, shopkeepers in Nairobi readied themselves for Sunday."
    assert [(e.type, e.date) for e in tidings.extract(text, published="2024-05-17")] == [("RETREAT", "2024-05")]


def test_a_report_chained_to_a_time_clause_by_before_is_dated_by_it(nlp: object) -> None:
    """ "until March 2006, when he vanished before police arrested him": the arrest followed the vanishing, in that
    month too (a day is not carried over: "before" tells another day)."""
    text = "The rebel leader lived in exile in Uganda until March 2006, when he vanished before Kenyan police arrested him at the border."
    assert [(e.type, e.date) for e in tidings.extract(text, published="2011-07-20")] == [("COERCE", "2006-03")]


def test_a_full_articles_condition_or_question_is_not_news(nlp: object, rules_only: None) -> None:
    """In a full article the event of an "if" clause reports nothing (no second attack happened; no protests spread, an
    event said by a noun), nor does a yes-no question (an interviewer's statement asked back); the act a condition
    conditions stays hypothetical, and the day's attack occurred. A short text's condition and question stay
    hypothetical (a brief codes them)."""
    story = " ".join(
        [
            "Somali forces attacked a Kenyan border post near Mandera on Monday.",
            "The Kenyan army chief said Kenya would close the border if Somali forces attacked Kenyan troops again.",
            "So Kenya wants Somalia to free the prisoners?",
            "Kenyan diplomats fear that the Somali government will fall if protests against its president spread to Mogadishu.",
            *BORDER_CALM,
        ]
    )
    events = tidings.extract(story, published="2024-05-14")
    assert sorted((e.type, e.status) for e in events) == [("ASSAULT", "occurred"), ("COERCE", "hypothetical")]


def test_a_full_articles_questions_scenarios_and_views_are_not_news(nlp: object, rules_only: None) -> None:
    """In a full article an anchor's yes-no question, a columnist's "imagine", an "in case" precaution, a guess
    ("maybe", "it is likely that"), an argued view ("it is obvious that") and advice ("what he should do is") report
    nothing; the day's attack and the measure taken stand."""
    story = " ".join(
        [
            "Somali forces attacked a Kenyan border post near Mandera on Monday.",
            "BLITZER: Do you think Kenyan troops will attack the Somali camps?",
            "Imagine Kenyan troops attacked the Somali camps.",
            "Kenya closed the border on Tuesday in case Somali forces attack the post again.",
            "Maybe the people of Mandera will rise up against the Somali government.",
            "It is likely that Kenya arrested the Somali fighters.",
            "It is obvious that Somalia has been providing weapons to the fighters.",
            "What the Kenyan president should do is meet the Somali president.",
            "Officials in Nairobi gave no details of the damage.",
            "Traders in Mandera said business had slowed.",
        ]
    )
    events = tidings.extract(story, published="2024-05-14")
    assert sorted((e.type, e.status) for e in events) == [("ASSAULT", "occurred"), ("COERCE", "occurred")]


def test_modes_contexts_and_topics(nlp: object) -> None:
    [event] = tidings.extract("Russian missiles struck the Ukrainian city of Odesa on Thursday, damaging the port.", published="2024-05-17")
    assert event.type == "ASSAULT" and event.mode == "aerial" and "military" in event.contexts
    [aid] = tidings.extract("The World Bank approved a $2 billion loan to Kenya on Friday to support its budget.", published="2024-05-17")
    assert aid.type == "AID" and aid.mode == "economic"
    [talk] = tidings.extract(
        "French President Emmanuel Macron spoke by phone with Iranian President Masoud Pezeshkian on Monday about the nuclear programme.",
        published="2024-05-17",
    )
    assert talk.mode == "phone" and "nuclear" in talk.contexts and "nuclear programme" in talk.topics
    [call] = tidings.extract(
        "Palestinian President Mahmoud Abbas called Egyptian President Hosni Mubarak on Saturday.", published="2024-05-17"
    )
    assert call.type == "CONSULT" and call.mode == "phone"


def test_a_user_data_directory_adds_triggers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tidings import lexicon

    text = "CAIRO, Feb 2, 2011\n\nEgypt's foreign minister Ahmed Aboul Gheit excoriated Iran on Wednesday over its remarks on the protests."
    assert not [e for e in tidings.extract(text) if e.type == "ACCUSE"]
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers" / "accuse.tsv").write_text("# more ACCUSE verbs\nverb\texcoriate\t\tsubj\tdobj\n", encoding="utf-8")
    lexicon.use_data_dir(tmp_path)
    try:
        found = [e for e in tidings.extract(text) if e.type == "ACCUSE"]
    finally:
        lexicon.use_data_dir(None)
    assert found and found[0].recipients[0].country == "IRN"
    assert not [e for e in tidings.extract(text) if e.type == "ACCUSE"]


def test_a_chronology_line_is_dated_by_the_date_that_heads_it(nlp: object) -> None:
    """A factbox's lines tell the past in the present tense; a day named without its year lies before the story."""
    text = (
        "Key dates of the crisis.\n"
        "Oct. 12 - Kenya accuses Somalia of sheltering the gunmen.\n"
        "March 3 - The EU imposes sanctions on Eritrea over the border clashes.\n"
    )
    coded = sorted((e.type, e.date) for e in tidings.extract(text, published="2023-11-20"))
    assert coded == [("ACCUSE", "2023-10-12"), ("SANCTION", "2023-03-03")]


def test_a_chronology_line_moves_the_story_to_its_heading_not_to_a_day_it_names(nlp: object) -> None:
    """The day a line's text names is background to the line; an undated line after it is told on the heading's day."""
    text = (
        "Key dates of the crisis.\n"
        "Nov. 14 - Kenya says its soldiers were ambushed on Nov. 10 near the border.\n"
        "- Kenya accuses Somalia of sheltering the gunmen.\n"
    )
    coded = sorted((e.type, e.date) for e in tidings.extract(text, published="2023-11-20") if e.type == "ACCUSE")
    assert coded == [("ACCUSE", "2023-11-14")]


def test_a_year_of_the_background_dates_what_follows_until_the_story_returns_to_the_present(nlp: object) -> None:
    """Told in the past after "in 1986", a deed is of that year, not of the story's Monday; the present perfect is
    the story's own time again (the publication month, as a present perfect with no time of its own is dated)."""
    text = (
        "Rebels said on Monday that they had taken the port. "
        "The colonel's palace was bombed by American jets in 1986. "
        "Washington accused Tripoli of sponsoring a bombing in Berlin. "
        "The rebels have accused the government of shelling the port."
    )
    coded = sorted(e.date for e in tidings.extract(text, published="2023-06-07") if e.type == "ACCUSE")
    assert coded == ["1986", "2023-06"]


def test_an_attack_on_a_place_of_ones_own_country_hits_the_other_side(nlp: object) -> None:
    """A city is where, not whom: in a civil war the side that holds it is hit, and the city is the place."""
    text = "Libyan rebels said on Monday they held the port. Libyan troops shelled Misrata on Tuesday. Rebels attacked Brega on Wednesday."
    coded = sorted(
        (e.type, tuple(a.name for a in e.actors), tuple(r.name for r in e.recipients), e.location.name if e.location else None)
        for e in tidings.extract(text, published="2023-06-01")
    )
    assert coded == [
        ("ASSAULT", ("Libyan forces",), ("Libyan rebels",), "Misrata"),
        ("ASSAULT", ("Libyan rebels",), ("Libyan forces",), "Brega"),
    ]


def test_a_month_is_no_place(nlp: object) -> None:
    """ "in early March" is a time, though March is also a town in England."""
    [call] = tidings.extract("Levy telephoned Sarkozy from Benghazi in early March.", published="2011-04-01")
    assert call.type == "CONSULT" and (call.location is None or call.location.name != "March")


def test_a_un_official_takes_no_nationality_from_his_sentence(nlp: object) -> None:
    """Ban Ki-moon is known to the gazetteer without a country: "Tunisian" elsewhere in his sentence is not his."""
    text = (
        "Tunisian opposition leaders joined the ruling party Monday in a new government, while U.N. "
        "Secretary-General Ban Ki-moon urged the government to hold elections."
    )
    [request] = [e for e in tidings.extract(text, published="2011-01-31") if e.type == "REQUEST"]
    assert [(a.name, a.country) for a in request.actors] == [("Ban Ki-moon", None)]


def test_a_country_that_acts_is_no_place_for_a_group(nlp: object) -> None:
    """ "Qatar recognised the rebels": the rebels are the article's Libyan rebels, not Qatar's."""
    text = (
        "Libyan rebels took Ajdabiya on Sunday. Qatar became the first Arab country to recognize the rebels "
        "as the sole legitimate representative of the Libyan people on Monday."
    )
    [support] = [e for e in tidings.extract(text, published="2011-03-29") if e.type == "SUPPORT"]
    assert [(r.name, r.country) for r in support.recipients] == [("Libyan rebels", "LBY")]


def _sides(
    text: str, published: str, typ: str, date: str | None = None
) -> list[tuple[list[tuple[str | None, str | None]], list[tuple[str | None, str | None]]]]:
    """(actors, recipients) as (name, country) of each event of type ``typ`` (and, if given, on ``date``)."""
    return [
        ([(a.name, a.country) for a in e.actors], [(r.name, r.country) for r in e.recipients])
        for e in tidings.extract(text, published=published)
        if e.type == typ and (date is None or e.date == date)
    ]


UGANDA_LEAD = "Ugandan President Yoweri Museveni addressed parliament on Monday. "  # invented text


@pytest.mark.parametrize(
    "sentence",
    [
        "Clashes broke out in Kampala on Tuesday between hundreds of pro- and anti-government demonstrators.",
        "Clashes broke out in Kampala on Tuesday between pro-government and anti-government demonstrators.",
        "Clashes between pro-Museveni and anti-Museveni demonstrators erupted in Kampala on Tuesday.",
    ],
)
def test_a_clash_of_pro_and_anti_crowds_has_both_sides(nlp: object, sentence: str) -> None:
    """ "pro- and anti-government demonstrators": two sides, the ruler's supporters and those against him, both
    acting in the clash; the ruler himself is neither."""
    [(actors, recipients)] = _sides(UGANDA_LEAD + sentence, "2011-02-16", "ASSAULT")
    assert sorted(actors) == [("Museveni supporters", "UGA"), ("protesters", "UGA")] and recipients == []


def test_supporters_of_the_president_are_his_supporters_in_a_clash(nlp: object) -> None:
    """ "supporters of the president" are one side ("Museveni supporters"), not the president beside some supporters."""
    text = UGANDA_LEAD + "Protesters and supporters of the president clashed in Kampala on Tuesday."
    [(actors, recipients)] = _sides(text, "2011-02-16", "ASSAULT")
    assert sorted(actors) == [("Museveni supporters", "UGA"), ("protesters", "UGA")] and recipients == []


def test_the_two_sides_of_a_clash_are_those_named_before(nlp: object) -> None:
    """ "The two sides clashed again": the two groups the sentence before joins by "and"."""
    text = "Police and protesters faced off in Kampala on Monday. The two sides clashed again on Tuesday."
    [(actors, recipients)] = _sides(text, "2011-02-16", "ASSAULT", "2011-02-15")
    assert sorted(actors) == [("Ugandan police", "UGA"), ("protesters", "UGA")] and recipients == []
    assert _sides("The two sides clashed in Kampala on Tuesday.", "2011-02-16", "ASSAULT") == []


def test_the_side_named_first_acts_on_the_other_its_phrase_brings_in(nlp: object) -> None:
    """ "fired by Gaddafi loyalists at NTC positions": the other side of the war, parsed into the attackers' phrase,
    is whom they fire at, not a second attacker; a clash with no side first keeps both as actors."""
    text = (
        "NTC fighters pushed toward Bani Walid. Witnesses said barrages of shells had been fired by Gaddafi loyalists at "
        "NTC positions late on Monday."
    )
    [(actors, recipients)] = _sides(text, "2011-09-20", "ASSAULT")
    assert actors == [("Gaddafi forces", "LBY")] and recipients == [("National Transitional Council", "LBY")]
    text = "NTC fighters pushed toward Bani Walid. Gaddafi loyalists and NTC fighters clashed near the town on Monday."
    clashes = _sides(text, "2011-09-20", "ASSAULT")
    assert clashes and all(recipients == [] and len(actors) == 2 for actors, recipients in clashes)


def test_a_nationality_that_locates_a_place_or_makes_a_weapon_is_no_side(nlp: object) -> None:
    """ "near the Tunisian border", "Russian-made rockets": a nationality that says where a town is or where a weapon
    was made is no one an attack strikes; the town stands for the other side of the war."""
    war = "Libyan rebels fought Muammar Gaddafi's forces near Brega on Monday. "
    text = war + "The rebels said they would attack the town of Ghezaia near the Tunisian border on Tuesday."
    assert _sides(text, "2011-04-20", "ASSAULT") == [([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")])]
    text = war + "Rebels told reporters Gaddafi's forces fired Russian-made rockets into Misrata on Tuesday."
    assert _sides(text, "2011-04-20", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]


def test_a_leaders_supporters_who_attack_in_his_war_are_his_forces(nlp: object) -> None:
    """ "Gaddafi's supporters fired rockets" in a story of Libya's rebels: his armed side; supporters who attack where
    no rebels are named stay his supporters."""
    text = "Libyan rebels fought Muammar Gaddafi's forces near Brega on Monday. Gaddafi's supporters fired rockets at Misrata on Tuesday."
    assert _sides(text, "2011-04-20", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]
    text = "Egyptian President Hosni Mubarak spoke on Monday. Mubarak supporters attacked protesters in Cairo on Wednesday."
    assert [a for a, _r in _sides(text, "2011-02-02", "ASSAULT")] == [[("Mubarak supporters", "EGY")]]


def test_a_fight_of_a_leaders_fighters_is_not_his_own(nlp: object) -> None:
    """ "fighters loyal to Gaddafi fought in the ousted leader's hometown": his fighters are the side, not he beside
    them, and they fight the council that governs."""
    text = (
        "NTC fighters pushed into Sirte on Wednesday. Fighters loyal to Muammar Gaddafi fought a last-ditch battle in "
        "a shrinking pocket of resistance in the ousted leader's hometown Sirte on Thursday."
    )
    assert _sides(text, "2011-10-14", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("National Transitional Council", "LBY")])]


def test_a_retreat_is_from_the_side_left_not_the_place(nlp: object) -> None:
    """ "fled their camp outside Tripoli": a side that leaves a place of its own country leaves the other side of the
    war; "fled to Britain": an official who flees abroad leaves his leader, not the country he reaches."""
    text = (
        "Libyan rebels took most of Tripoli this week as Muammar Gaddafi's forces collapsed. When Gaddafi's soldiers "
        "fled their camp outside Tripoli on Tuesday, they left behind their uniforms."
    )
    [(actors, recipients)] = _sides(text, "2011-08-28", "RETREAT")
    assert actors == [("Gaddafi forces", "LBY")] and recipients == [("Libyan rebels", "LBY")]
    text = "Libyan leader Muammar Gaddafi vowed to fight on. Libyan Foreign Minister Moussa Koussa fled to Britain last week."
    [(actors, recipients)] = _sides(text, "2011-04-04", "RETREAT")
    assert actors == [("Moussa Koussa", "LBY")] and recipients == [("Muammar Gaddafi", "LBY")]
    text = (
        "Tunisian protesters marched in Tunis for weeks. Tunisian President Zine El Abidine Ben Ali fled to Saudi Arabia "
        "on Friday after weeks of protests."
    )
    [(_actors, recipients)] = _sides(text, "2011-01-20", "RETREAT")
    assert (None, "SAU") not in recipients  # the leader himself leaves no one he served, and the country reached is no side


def test_forces_who_flee_abroad_leave_their_leader_not_the_country_reached(nlp: object) -> None:
    """ "Gaddafi's generals fled across the desert to Niger": a state's force that flees abroad leaves the leader it
    served; the country it reaches is where it went, not a side."""
    text = "Libyan leader Muammar Gaddafi vowed to fight on. Gaddafi's troops fled across the desert to Niger on Tuesday."
    found = _sides(text, "2011-09-08", "RETREAT")
    assert found and all((None, "NER") not in recipients for _actors, recipients in found)
    assert ("Muammar Gaddafi", "LBY") in found[0][1]


def test_terms_opened_by_provided_or_on_condition_report_nothing(nlp: object, rules_only: None) -> None:
    """In a full article a clause opened by "provided (that)" or "on condition that" states terms, as "if" does: the
    acceptance it names is not reported; the measure offered on those terms stays (planned)."""
    story = " ".join(
        [
            "Somali forces attacked a Kenyan border post near Mandera on Monday.",
            "Kenya will lift the blockade of the port provided the Somali government accepts a ceasefire.",
            "Kenya will reopen the border on condition that the Somali government accepts a ceasefire.",
            *BORDER_CALM,
            "Kenya has sent more troops to the area.",
        ]
    )
    events = tidings.extract(story, published="2024-05-14")
    assert not [e for e in events if e.type == "AGREE"]
    assert ("CONCEDE", "planned") in {(e.type, e.status) for e in events}


def test_a_leaders_stronghold_is_held_by_his_forces(nlp: object) -> None:
    """ "overran Gaddafi's compound", "hit by Gaddafi's artillery": the side is Gaddafi's forces, not Gaddafi;
    "the stronghold" alone names no one."""
    text = "Libyan rebels overran Muammar Gaddafi's compound in Tripoli on Tuesday."
    [(actors, recipients)] = _sides(text, "2011-08-24", "COERCE")
    assert actors == [("Libyan rebels", "LBY")] and recipients == [("Gaddafi forces", "LBY")]
    text = "The town of Misrata was shelled by Muammar Gaddafi's artillery on Tuesday, rebels said."
    [(actors, _recipients)] = _sides(text, "2011-04-06", "ASSAULT")
    assert actors == [("Gaddafi forces", "LBY")]


def test_a_clause_after_a_preposition_takes_the_subject_of_its_verb(nlp: object) -> None:
    """ "struggled ... since taking control": the rebels took control; "wants to end a freeze by meeting Obama"
    is a wish, not a meeting."""
    text = "The Libyan rebels have struggled to revive exports since seizing the eastern oil port of Brega on Tuesday."
    [(actors, _recipients)] = _sides(text, "2011-08-20", "COERCE")
    assert actors == [("Libyan rebels", "LBY")]
    wish = [
        e
        for e in tidings.extract("Raul Castro wants to end the freeze by meeting Barack Obama.", published="2009-04-01")
        if e.type == "CONSULT"
    ]
    assert [e.status for e in wish] == ["hypothetical"]


def test_a_state_act_told_without_its_agent_is_the_governments(nlp: object) -> None:
    """ "Wael Ghonim was released", "the arrest of Fethi Tarbel": the authorities of the place where it happens;
    a toll ("were killed") stays without an attacker, and a named agent is kept."""
    text = "Google executive Wael Ghonim was released on Monday in Cairo after 12 days in detention."
    [(actors, recipients)] = _sides(text, "2011-02-08", "RETREAT")
    assert actors == [(None, "EGY")] and "Wael Ghonim" in [name for name, _country in recipients]
    text = "Zimbabwean police arrested 46 activists in Harare on Saturday."
    [(actors, _recipients)] = _sides(text, "2011-02-21", "COERCE")
    assert actors == [("Zimbabwean police", "ZWE")]
    assert _sides("Six protesters were killed in Cairo on Friday.", "2011-01-29", "ASSAULT") == []


def test_a_title_with_its_complement_is_its_holder(nlp: object) -> None:
    """ "the secretary of state", "the secretary": the one person of the article who holds the title."""
    text = (
        "Secretary of State Hillary Clinton arrived in Cairo on Monday. "
        "On Tuesday the secretary of state accused Hosni Mubarak of stalling."
    )
    [(actors, _recipients)] = _sides(text, "2011-02-02", "ACCUSE")
    assert actors == [("Hillary Clinton", "USA")]


def test_a_rulers_noun_or_an_epithet_before_the_leader_names_the_leader(nlp: object) -> None:
    """ "Syria's strongman", "the veteran leader": the article's leader of that country, as "the leader" is."""
    text = (
        "President Bashar al-Assad spoke in Damascus on Sunday. On Monday Syria's longtime strongman accused Turkey of arming the rebels."
    )
    [(actors, _recipients)] = _sides(text, "2011-06-20", "ACCUSE")
    assert actors == [("Bashar al-Assad", "SYR")]
    text = "President Bashar al-Assad spoke in Damascus on Sunday. On Monday the veteran leader accused Turkey of arming the rebels."
    [(actors, _recipients)] = _sides(text, "2011-06-20", "ACCUSE")
    assert actors == [("Bashar al-Assad", "SYR")]


def test_the_ousted_leader_is_the_one_whose_rule_had_ended(nlp: object) -> None:
    """ "the ousted leader", "the deposed ruler": the article's leader once the dictionary says his rule had ended by
    the story's day; before it, no one (he is still "the leader")."""
    text = "Hosni Mubarak stayed in Sharm el-Sheikh on Monday. On Tuesday the ousted leader urged his supporters to stay calm."
    [(actors, _recipients)] = _sides(text, "2011-04-12", "REQUEST")
    assert actors == [("Hosni Mubarak", "EGY")]
    text = "Hosni Mubarak stayed in Cairo on Monday. On Tuesday the ousted leader urged his supporters to stay calm."
    assert [actors for actors, _recipients in _sides(text, "2011-01-25", "REQUEST")] != [[("Hosni Mubarak", "EGY")]]


def test_the_leader_of_a_named_body_is_its_officer_not_the_countrys_leader(nlp: object) -> None:
    """ "the leader of the National Transitional Council": the person whose title names the council, not Gaddafi."""
    text = (
        "Muammar Gaddafi spoke on state television on Sunday. Mustafa Abdel Jalil, chairman of the National "
        "Transitional Council, flew to Doha. On Tuesday a Chinese envoy met the leader of the National Transitional "
        "Council in Doha."
    )
    meetings = _sides(text, "2011-06-21", "CONSULT")
    assert any(("Mustafa Abdel Jalil", "LBY") in recipients for _actors, recipients in meetings)
    assert not any(("Muammar Gaddafi", "LBY") in actors + recipients for actors, recipients in meetings)


def test_a_counterpart_is_who_holds_the_owners_title_in_that_country(nlp: object) -> None:
    """ "the foreign minister ... his Syrian counterpart": the Syrian foreign minister the article names."""
    text = (
        "Foreign Minister Walid al-Moualem flew to Ankara on Monday. "
        "Turkish Foreign Minister Ahmet Davutoglu urged his Syrian counterpart on Tuesday to withdraw the tanks from Hama."
    )
    [(actors, recipients)] = _sides(text, "2011-08-09", "REQUEST")
    assert actors == [("Ahmet Davutoglu", "TUR")] and recipients == [("Walid Mualem", "SYR")]


def test_the_leaders_of_two_nationalities_are_each_countrys_leader(nlp: object) -> None:
    """ "The French and British leaders" after both are named: Sarkozy and Cameron, not two countries."""
    text = (
        "President Nicolas Sarkozy and Prime Minister David Cameron spoke in London on Monday. "
        "The French and British leaders urged Gaddafi on Tuesday to step down."
    )
    [(actors, _recipients)] = _sides(text, "2011-03-29", "REQUEST")
    assert sorted(actors) == [("David Cameron", "GBR"), ("Nicolas Sarkozy", "FRA")]


def test_a_state_act_that_describes_someone_is_no_event(nlp: object) -> None:
    """ "an Israeli-American woman jailed in Russia" says who she is; "activists arrested last week" reports."""
    text = "The case of Naama Issachar, an Israeli-American woman jailed in Russia on drug charges, came up in the talks on Thursday."
    assert _sides(text, "2020-01-24", "COERCE") == []
    text = "Political activists arrested in Zimbabwe last week were charged with treason on Monday."
    assert [actors for actors, _recipients in _sides(text, "2011-02-22", "COERCE")] == [[(None, "ZWE")]]


def test_a_which_clause_on_a_named_state_describes_it(nlp: object) -> None:
    """ "Britain, which has endorsed the rebels, sent jets": the clause says who Britain is (SUPPORT is not reported);
    with a day of its own ("which on Monday endorsed the rebels") it is news."""
    text = "Britain, which has endorsed the rebels, sent more jets to the region on Tuesday."
    assert not _sides(text, "2011-03-30", "SUPPORT")
    assert _sides(text, "2011-03-30", "MOBILIZE")
    text = "Britain, which on Monday endorsed the rebels, sent more jets to the region on Tuesday."
    assert [actors for actors, _r in _sides(text, "2011-03-30", "SUPPORT")] == [[(None, "GBR")]]


def test_a_span_of_weeks_ago_gives_a_describing_clause_no_day_of_its_own(nlp: object) -> None:
    """ "Britain, which endorsed the rebels two weeks ago": weeks or months counted back place the deed only loosely,
    so the clause still says who Britain is; "three days ago" names a day, and the clause is news."""
    text = "Britain, which endorsed the rebels two weeks ago, sent more jets to the region on Tuesday."
    assert not _sides(text, "2011-03-30", "SUPPORT")
    assert _sides(text, "2011-03-30", "MOBILIZE")
    text = "Britain, which endorsed the rebels three days ago, sent more jets to the region on Tuesday."
    assert [actors for actors, _r in _sides(text, "2011-03-30", "SUPPORT")] == [[(None, "GBR")]]


def test_a_country_that_owns_or_is_talked_about_gives_no_group_its_country(nlp: object) -> None:
    """ "Venezuela's leader spoke after rebels overran ...": the article's Libyan rebels; rebels talked about in
    Doha stay Libyan; "police in Algeria" are Algeria's, and so are the protesters they arrest there."""
    text = "Libyan rebels took Brega on Monday. Venezuela's socialist leader spoke after rebels overran Gaddafi's compound on Tuesday."
    [(actors, _recipients)] = _sides(text, "2011-08-24", "COERCE")
    assert actors == [("Libyan rebels", "LBY")]
    text = "Libyan rebels took Brega on Monday. Rebel officials in Doha said on Tuesday that Qatar is supplying the rebels with arms."
    [(_actors, recipients)] = _sides(text, "2011-04-13", "AID")
    assert recipients == [("Libyan rebels", "LBY")]
    text = "Egyptian protesters marched on Monday. Police in Algeria arrested 100 protesters on Saturday."
    [(actors, recipients)] = _sides(text, "2011-02-13", "COERCE")
    assert actors == [("Algerian police", "DZA")] and recipients == [("protesters", "DZA")]


def test_unnamed_courts_and_prosecutors_are_groups_of_their_country(nlp: object) -> None:
    """ "Prosecutors in Zimbabwe", "Italian prosecutors": named as the gold names unnamed groups that matter."""
    [(actors, _recipients)] = _sides(
        "Prosecutors in Zimbabwe dropped treason charges on Monday against six activists.", "2011-03-08", "CONCEDE"
    )
    assert actors == [("Zimbabwean prosecutors", "ZWE")]
    [(actors, _recipients)] = _sides(
        "Italian prosecutors accused CIA agents on Monday of kidnapping a cleric in Milan.", "2005-06-28", "ACCUSE"
    )
    assert actors == [("Italian prosecutors", "ITA")]


def test_a_company_or_make_that_names_a_thing_is_no_participant(nlp: object) -> None:
    """ "Coca-Cola trucks": the company's goods; "Mirage jets": a make of aircraft, not a body."""
    text = "Libyan police seized Coca-Cola trucks in Tripoli on Monday."
    assert all("Coca-Cola" not in [n for n, _c in recipients] for _a, recipients in _sides(text, "2006-01-10", "COERCE"))
    for actors, _recipients in _sides("Mirage jets bombed Gaddafi's tanks near Benghazi on Saturday.", "2011-03-20", "ASSAULT"):
        assert "Mirage" not in [n for n, _c in actors]


def test_a_plural_capitalised_by_the_start_of_its_sentence_is_no_body(nlp: object) -> None:
    """ "Warplanes pounded ...": a common noun the NER takes for an organization because it opens the sentence;
    the attack is the country's forces', not a body called Warplanes."""
    [(actors, recipients)] = _sides("Warplanes pounded the rebel-held port of Misrata on Sunday, residents said.", "2011-03-20", "ASSAULT")
    assert actors == [("Libyan forces", "LBY")] and recipients == [("Libyan rebels", "LBY")]


def test_an_international_body_that_meets_is_a_multilateral_consultation(nlp: object) -> None:
    """ "NATO defense ministers met in Brussels": the members of one body meet; one person alone does not."""
    [event] = [
        e for e in tidings.extract("NATO defense ministers met in Brussels on Wednesday.", published="2011-06-09") if e.type == "CONSULT"
    ]
    assert [a.name for a in event.actors] == ["NATO"] and event.mode == "multilateral" and event.date == "2011-06-08"
    assert [e for e in tidings.extract("Amr Moussa met in Cairo on Wednesday.", published="2011-06-09") if e.type == "CONSULT"] == []


def test_those_at_a_bodys_talks_take_part_in_them(nlp: object) -> None:
    """ "EU ministers are to consider new measures at talks": the parser may hang "at talks" on the object;
    the body whose members are at the talks meets. One person at a meeting is no consultation."""
    [event] = [
        e
        for e in tidings.extract(
            "EU foreign ministers are to consider new measures at talks in Luxembourg on Thursday.", published="2011-03-08"
        )
        if e.type == "CONSULT"
    ]
    assert [a.name for a in event.actors] == ["European Union"] and event.status == "planned" and event.date == "2011-03-10"
    assert event.mode == "multilateral" and not event.recipients
    alone = tidings.extract("Catherine Ashton spoke at a meeting in Brussels on Monday.", published="2011-05-20")
    assert [e for e in alone if e.type == "CONSULT"] == []


def test_a_countrys_title_is_the_person_of_the_article_who_holds_it(nlp: object) -> None:
    """ "Egypt's president" after "President Hosni Mubarak" is Mubarak."""
    text = "President Hosni Mubarak spoke on Friday. President Barack Obama called Egypt's president on Saturday and urged him to show restraint."
    [(actors, recipients)] = _sides(text, "2011-01-29", "REQUEST")
    assert actors == [("Barack Obama", "USA")] and recipients == [("Hosni Mubarak", "EGY")]


def test_a_title_the_article_gave_in_a_predicate_names_its_holder(nlp: object) -> None:
    """ "appointed X as the new prime minister", "X, who is the justice minister": the title later names X, of his
    country only; two people given the title name no one."""
    text = (
        "King Abdullah appointed Marouf al-Bakhit as the country's new prime minister on Tuesday. "
        "On Friday protesters marched against Jordan's new prime minister."
    )
    [(_actors, recipients)] = _sides(text, "2011-02-04", "PROTEST")
    assert recipients == [("Marouf al-Bakhit", "JOR")]
    text = "Mustafa Abdel Jalil, who is the justice minister, spoke on Sunday. On Monday the justice minister resigned in protest."
    [(actors, _recipients)] = _sides(text, "2011-02-22", "RETREAT")
    assert actors == [("Mustafa Abdel Jalil", "LBY")]
    text = "Mustafa Abdel Jalil, who is the justice minister, spoke on Sunday. On Monday Egypt's justice minister resigned in protest."
    assert all(("Mustafa Abdel Jalil", "LBY") not in actors for actors, _r in _sides(text, "2011-02-22", "RETREAT"))
    text = (
        "Ahmed Said was named justice minister in March. Omar Farid was named justice minister in May. "
        "On Monday the justice minister resigned in protest."
    )
    assert all(not {name for name, _c in actors} & {"Ahmed Said", "Omar Farid"} for actors, _r in _sides(text, "2011-06-20", "RETREAT"))


def test_a_noun_that_a_verb_says_happened_is_a_report(nlp: object) -> None:
    """ "Clashes ... erupted on Wednesday", "there were clashes Wednesday night between ...": dated by the verb's
    clause; "there were no clashes" reports none."""
    for text in (
        "Violent clashes between security forces and protesters erupted in Suez on Wednesday.",
        "There were violent clashes Wednesday night between security forces and protesters in Suez.",
    ):
        [event] = [e for e in tidings.extract(text, published="2011-01-28") if e.type == "ASSAULT"]
        assert event.date == "2011-01-26" and {a.name for a in event.actors} == {"Egyptian security forces", "protesters"}
    assert [e for e in tidings.extract("There were no clashes on Wednesday between police and protesters.", published="2011-01-28")] == []


def test_weapons_turned_on_people_and_buildings_torched_are_attacks(nlp: object) -> None:
    [(actors, recipients)] = _sides("Police turned water cannons and tear gas on protesters in Cairo on Tuesday.", "2011-01-26", "ASSAULT")
    assert actors == [("Egyptian police", "EGY")] and recipients == [("protesters", "EGY")]
    assert _sides("The government turned to the army on Tuesday.", "2011-01-26", "ASSAULT") == []
    [(actors, _recipients)] = _sides("Demonstrators torched a police station in Suez on Friday.", "2011-01-29", "ASSAULT")
    assert actors == [("protesters", "EGY")]


def test_planes_that_strike_at_a_town_attack_it_and_a_quake_strikes_no_one(nlp: object) -> None:
    [(actors, _recipients)] = _sides("NATO war planes struck at Sirte for a third day on Sunday.", "2011-08-29", "ASSAULT")
    assert actors == [("NATO", None)]
    assert [
        e for e in tidings.extract("A magnitude 7.1 quake struck 100 miles south of Concepcion on Sunday.", published="2011-01-03")
    ] == []
    [(actors, _recipients)] = _sides("Thousands of textile workers struck on Monday in Mahalla.", "2011-02-08", "PROTEST")
    assert [name for name, _country in actors] == ["workers"]


def test_an_aim_that_describes_someone_is_no_event(nlp: object) -> None:
    """ "Rebels seeking to topple the ruler", "troops fighting to retake the port", "powers bent on overthrowing
    him": who they are and what they strive for, not a toppling, a capture or an overthrow that happened."""
    for text in (
        "Rebels fighting to overthrow President Ali Abdullah Saleh said on Monday that six of their men were killed.",
        "Parliament on Monday voted to arm rebels seeking to topple President Ali Abdullah Saleh.",
        "Opponents bent on overthrowing President Ali Abdullah Saleh gathered in Sanaa on Monday.",
    ):
        assert [e for e in tidings.extract(text, published="2011-06-29") if e.type == "RETREAT"] == [], text


def test_what_an_attack_is_for_or_someones_aim_is_no_attack(nlp: object) -> None:
    """ "Strike sorties that aim to find and hit targets" tells what such sorties are for; "their strategy has been to
    shell the port", "his aim was to kill" tell an aim: no attack, planned or done. The shelling told is one."""
    for text in (
        "NATO flew 90 sorties over Libya on Tuesday, 40 of them strike sorties that aim to find and hit targets.",
        "Gaddafi's forces were pushed out of the centre of Misrata last week. Their strategy has been to shell the port from afar.",
        "Gaddafi's aim on that day was to kill as many of the rebels in Misrata as he could.",
    ):
        # (the forces pushed out of the centre are repelled, an attack of its own: not the aim's)
        aimed = [
            e for e in tidings.extract(text, published="2011-07-26") if e.type == "ASSAULT" and "pushed out" not in e.sources[0].sentence
        ]
        assert aimed == [], text
    text = "Gaddafi's forces were pushed out of the centre of Misrata last week. They shelled the port on Tuesday."
    told = [e for e in tidings.extract(text, published="2011-07-26") if e.type == "ASSAULT" and "pushed out" not in e.sources[0].sentence]
    assert [e.status for e in told] == ["occurred"]


def test_going_on_is_a_protest_only_on_strike_or_a_march(nlp: object) -> None:
    """ "Went on strike", "went on a hunger strike", "went on a march" are protests (of that mode); fighting that
    "was going on" and protests that "go on" are not a new protest."""
    modes = [(e.type, e.mode) for e in tidings.extract("Dock workers in Suez went on strike on Monday.", published="2011-02-09")]
    assert modes == [("PROTEST", "strike")]
    modes = [(e.type, e.mode) for e in tidings.extract("Students in Cairo went on a march on Monday.", published="2011-02-09")]
    assert modes == [("PROTEST", "demonstrate")]
    for text in (
        "Heavy fighting was going on in Zawiya on Monday between rebels and government troops.",
        "The longer the sit-ins go on, the weaker the cabinet becomes, an analyst said on Monday.",
    ):
        assert [e for e in tidings.extract(text, published="2011-02-09") if e.type == "PROTEST"] == []


def test_riot_police_opening_a_sentence_are_police_and_happening_now(nlp: object) -> None:
    """ "Riot police" is no person ("Riot" is a surname in the dictionary: Pussy Riot), and "are using tear gas"
    is happening, not planned; "is meeting ... on Thursday" ahead still is. Tear gas used on a crowd is an ASSAULT
    (PLOVER's crowd-control mode), not the COERCE of dispersing it."""
    text = (
        "Russian police detained activists in Moscow on Thursday. Riot police are using tear gas to disperse "
        "protesters in the Egyptian city of Suez, state TV in Egypt reported Friday."
    )
    events = [e for e in tidings.extract(text, published="2011-01-28") if "Suez" in e.sources[0].sentence]
    assert [(e.type, e.status, [(a.name, a.country) for a in e.actors]) for e in events] == [
        ("ASSAULT", "occurred", [("Egyptian police", "EGY")])
    ]
    [plan] = tidings.extract("Netanyahu is meeting Putin on Thursday.", published="2011-01-28")
    assert plan.status == "planned" and plan.date == "2011-02-03"


def test_a_relative_is_not_the_person_he_belongs_to(nlp: object) -> None:
    """ "killed Gaddafi's youngest son" hits the son, not Gaddafi; a relative named by a first name takes the
    family name and country ("Gaddafi's son Khamis": Khamis Gaddafi); "another of X's cousins" is one cousin."""
    text = "A NATO strike on a house in Tripoli killed Muammar Gaddafi's youngest son on Saturday."
    [(_actors, recipients)] = _sides(text, "2011-05-01", "ASSAULT")
    assert recipients == [("Muammar Gaddafi's son", "LBY")]
    [(_actors, recipients)] = _sides("A NATO air strike killed Gaddafi's son Khamis on Thursday.", "2011-06-10", "ASSAULT")
    assert recipients == [("Khamis Gaddafi", "LBY")]
    [(_actors, recipients)] = _sides("Rebels said they had captured Gaddafi's son Saif al-Islam.", "2011-08-22", "COERCE")
    assert recipients == [("Saif al-Islam Gaddafi", "LBY")]
    text = "Mutassim Gaddafi had assaulted another of Mohammed Gaddafi's cousins."
    [(actors, recipients)] = _sides(text, "2011-03-01", "ASSAULT")
    assert actors == [("Mutassim Gaddafi", "LBY")] and recipients == [("Mohammed Gaddafi's cousin", "LBY")]


def test_an_unnamed_son_is_the_one_of_his_family_the_article_names(nlp: object) -> None:
    """ "Gaddafi's son", "Gaddafi son" (a headline) left unnamed are the one other Gaddafi the article names; not when
    it names two, nor "his youngest son" (one told from his brothers), nor the ruler for a son's "his son"."""
    text = "Saif al-Islam Gaddafi spoke on television on Sunday. On Monday Gaddafi's son threatened the protesters with civil war."
    [(actors, _recipients)] = _sides(text, "2011-02-21", "THREATEN")
    assert actors == [("Saif al-Islam Gaddafi", "LBY")]
    text = "Gaddafi's son Saif al-Islam Gaddafi spoke on television on Sunday. Gaddafi son warns of civil war."
    [(actors, _recipients)] = _sides(text, "2011-02-21", "THREATEN")
    assert actors == [("Saif al-Islam Gaddafi", "LBY")]
    text = "Saif al-Islam Gaddafi and Khamis Gaddafi spoke on Sunday. On Monday Gaddafi's son threatened the protesters."
    [(actors, _recipients)] = _sides(text, "2011-02-21", "THREATEN")
    assert actors == [("Muammar Gaddafi's son", "LBY")]
    text = "Saif al-Islam Gaddafi spoke on Friday. A NATO strike on a house in Tripoli killed Muammar Gaddafi's youngest son on Saturday."
    [(_actors, recipients)] = _sides(text, "2011-05-01", "ASSAULT")
    assert recipients == [("Muammar Gaddafi's son", "LBY")]
    text = "Hosni Mubarak spoke on Friday. Gamal Mubarak resigned from the party on Saturday. On Sunday his son criticised the protesters."
    [(actors, _recipients)] = _sides(text, "2011-02-06", "ACCUSE")
    assert ("Hosni Mubarak", "EGY") not in actors


def test_he_is_not_someone_a_quoted_speaker_talks_about(nlp: object) -> None:
    """Outside a quote, "he" goes back past the people the quote names; a sentence's "he" is the sentence
    before's subject, else the first person it names, before an older subject."""
    text = (
        "Gaddafi's son Saif al-Islam Gaddafi appeared on national television on Sunday. "
        '"Our spirits are high and the leader Muammar Gaddafi is leading the battle in Tripoli," he said. '
        "Wagging a finger at the camera, he blamed Libyan exiles for the violence."
    )
    [(actors, _recipients)] = _sides(text, "2011-02-21", "ACCUSE")
    assert actors == [("Saif al-Islam Gaddafi", "LBY")]
    text = (
        "Muammar Gaddafi urged his supporters to fight on. "
        "Interim prime minister Mahmoud Jibril, arrives in Tripoli on his first visit since it was taken. "
        "He also threatens to resign if infighting erupts."
    )
    assert [actors for actors, _r in _sides(text, "2011-09-08", "THREATEN")] == [[("Mahmoud Jibril", "LBY")]]


def test_he_goes_on_about_the_he_of_the_sentence_before(nlp: object) -> None:
    """A "he" with no name in the sentence before takes that sentence's own "he", and the subject of its main clause
    before a subject below it."""
    text = (
        "Opposition leader Khaled Nasser led the march through Cairo on Friday. "
        "He told the crowd that Prime Minister Omar Haddad must resign. "
        "Later he accused the police of beating students."
    )
    [(actors, _recipients)] = _sides(text, "2011-02-04", "ACCUSE")
    assert [name for name, _country in actors] == ["Khaled Nasser"], actors


def test_news_media_speak_but_do_not_act(nlp: object) -> None:
    """A medium is no actor of an arrest, an attack or a march ("CNN has also reported on the Palestinian Authority
    breaking up two rallies"), but it accuses, demands, rejects ("Al Jazeera accused Egypt of jamming its signal")."""
    text = "CNN has also reported on the Palestinian Authority breaking up two attempts to stage small rallies."
    assert all("CNN" not in [a.name for a in e.actors] for e in tidings.extract(text, published="2011-01-31"))
    [(actors, recipients)] = _sides("Al Jazeera accused Egypt of jamming its signal on Thursday.", "2011-02-03", "ACCUSE")
    assert actors == [("Al Jazeera", "QAT")] and recipients == [(None, "EGY")]


def test_he_under_a_clause_about_an_unnamed_person_is_that_person(nlp: object) -> None:
    """ "the gunman showed no emotion as he killed 13 people": he is the gunman, not the man named before."""
    text = "Ted Coukoulis was wounded in 2009. A survivor testified Monday that the gunman showed no emotion as he killed 13 people."
    assert all("Ted Coukoulis" not in [a.name for a in e.actors] for e in tidings.extract(text, published="2011-01-31"))
    [(actors, _recipients)] = _sides("Netanyahu met Putin on Monday. He said Abbas smiled as he signed the deal.", "2011-01-31", "CONSULT")
    assert actors == [("Benjamin Netanyahu", "ISR")]


def test_a_groups_weapons_are_that_group(nlp: object) -> None:
    """ "Rebel tanks", "police snipers", "opposition jets": the troops or weapons of the group the modifier names."""
    [(actors, _r)] = _sides("Rebel tanks fired at the town of Tiji in Libya on Saturday.", "2011-07-30", "ASSAULT")
    assert [name for name, _c in actors] == ["Libyan rebels"]
    [(actors, _r)] = _sides("Police snipers fired on protesters in Benghazi on Saturday.", "2011-02-20", "ASSAULT")
    assert actors == [("Libyan police", "LBY")]
    [(actors, _r)] = _sides("Libyan army tanks shelled Misrata on Saturday.", "2011-04-16", "ASSAULT")
    assert actors == [("Libyan forces", "LBY")]


def test_shots_into_the_air_attack_no_one(nlp: object) -> None:
    """ "fired shots into the air" celebrates or warns; "fired at protesters" attacks them."""
    text = "A crowd in Benghazi chanted slogans and fired shots into the air on Tuesday."
    assert _sides(text, "2011-03-01", "ASSAULT") == []
    [(actors, recipients)] = _sides("Gaddafi forces fired on protesters in Benghazi on Tuesday.", "2011-03-01", "ASSAULT")
    assert actors == [("Gaddafi forces", "LBY")] and recipients == [("protesters", "LBY")]


def test_a_person_who_names_a_group_is_not_one_of_its_members(nlp: object) -> None:
    """ "supporters of Mubarak", "troops loyal to Gaddafi": the group acts, not the man it is loyal to."""
    text = "In Alexandria on Tuesday, protesters clashed with supporters of Mubarak, leaving 12 people injured."
    [(actors, recipients)] = _sides(text, "2011-02-01", "ASSAULT")
    assert ("Hosni Mubarak", "EGY") not in actors + recipients and ("Mubarak supporters", "EGY") in recipients
    text = "Troops loyal to Muammar Gaddafi shelled the rebel-held city of Misrata on Wednesday."
    [(actors, _r)] = _sides(text, "2011-04-20", "ASSAULT")
    assert ("Muammar Gaddafi", "LBY") not in actors


def test_a_new_governments_forces_are_the_transitional_body(nlp: object) -> None:
    """ "interim government forces" are the transitional council's; "government forces" are too once the article calls
    the council its country's government ("Libya's interim government"), but not while it is the rebels' claim."""
    text = "Interim government forces withdrew from the town of Bani Walid on Sunday after a day of heavy fighting."
    [(actors, _r)] = _sides(text, "2011-09-19", "RETREAT")
    assert actors == [("National Transitional Council", "LBY")]
    text = "Libya's interim government named a new army chief. Government forces shelled the town of Sirte on Tuesday."
    [(actors, _r)] = _sides(text, "2011-10-05", "ASSAULT")
    assert actors == [("National Transitional Council", "LBY")]
    text = "Libya's rebel interim government met in Benghazi. Government forces shelled the town of Misrata on Tuesday."
    [(actors, _r)] = _sides(text, "2011-04-05", "ASSAULT")
    assert ("National Transitional Council", "LBY") not in actors


def test_rebels_who_took_power_are_named_by_their_body(nlp: object) -> None:
    """The rebels of a country whose rebel council governs by the article's day (``data/governing_bodies.tsv``) are
    that council, and so is the country acting; an article of the war's earlier months keeps "rebels" and the
    country; another country's rebels keep theirs."""
    text = "Libyan rebels shelled the town of Sirte on Tuesday."
    [(actors, _r)] = _sides(text, "2011-10-05", "ASSAULT")
    assert actors == [("National Transitional Council", "LBY")]
    [(actors, _r)] = _sides(text, "2011-05-10", "ASSAULT")
    assert actors == [("Libyan rebels", "LBY")]
    text = "Syrian rebels shelled the town of Homs on Tuesday."
    [(actors, _r)] = _sides(text, "2011-10-05", "ASSAULT")
    assert actors == [("Syrian rebels", "SYR")]
    text = "Libya asked Niger on Monday to hand over a son of Muammar Gaddafi."
    assert [a for a, _r in _sides(text, "2011-10-05", "REQUEST")] == [[("National Transitional Council", "LBY")]]
    assert [a for a, _r in _sides(text, "2011-05-10", "REQUEST")] == [[(None, "LBY")]]


def test_a_ruling_military_council_is_the_military_in_political_deeds(nlp: object) -> None:
    """While a council of the armed forces governs its country (``data/governing_bodies.tsv``), "the military" or
    "the generals" that appeal or pledge are that council; troops who detain people stay the army, and so does the
    military of days before the council took power."""
    text = "Egypt's military urged workers on Saturday to return to their jobs."
    [(actors, _r)] = _sides(text, "2011-02-12", "REQUEST")
    assert actors == [("Supreme Council of the Armed Forces", "EGY")]
    [(actors, _r)] = _sides(text, "2011-02-05", "REQUEST")
    assert actors == [("Egyptian forces", "EGY")]
    text = "Egypt's generals urged workers on Sunday to return to their jobs."
    [(actors, _r)] = _sides(text, "2011-02-13", "REQUEST")
    assert actors == [("Supreme Council of the Armed Forces", "EGY")]
    text = "Egyptian soldiers detained three men in Cairo on Saturday."
    for actors, _r in _sides(text, "2011-02-12", "COERCE"):
        assert ("Supreme Council of the Armed Forces", "EGY") not in actors


def test_forces_loyal_to_a_body_are_the_bodys(nlp: object) -> None:
    """ "forces loyal to Libya's ruling council" are the council's, as "troops loyal to Gaddafi" are Gaddafi's."""
    text = "Forces loyal to Libya's ruling National Transitional Council shelled the town of Sirte on Sunday."
    [(actors, _r)] = _sides(text, "2011-10-17", "ASSAULT")
    assert actors == [("National Transitional Council", "LBY")]


def test_once_a_council_governs_the_old_regime_fights_it(nlp: object) -> None:
    """An attack by the old leader's forces with no one named as hit: once the article calls the transitional council
    its country's government, the other side is the council, not "rebels"; a report of the war's first months (dated
    long before the article) keeps the sides of its days."""
    text = "Libya's interim government promised elections on Monday. Muammar Gaddafi's forces shelled the town of Sirte on Tuesday."
    [(actors, recipients)] = _sides(text, "2011-10-05", "ASSAULT")
    assert actors == [("Gaddafi forces", "LBY")] and recipients == [("National Transitional Council", "LBY")]
    text = "Interim government forces left Bani Walid on Sunday. Muammar Gaddafi's forces shelled the town of Sirte on Monday."
    assert _sides(text, "2011-09-20", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("National Transitional Council", "LBY")])]
    text = "Libya's interim government promised elections on Monday. Muammar Gaddafi's forces shelled the town of Misrata on March 20."
    [(_a, recipients)] = _sides(text, "2011-10-05", "ASSAULT")
    assert ("National Transitional Council", "LBY") not in recipients


def test_once_a_council_governs_the_country_that_acts_is_the_council(nlp: object) -> None:
    """Once the article calls the transitional council its country's government, the country that asks or is visited
    is the council; a country left (a place) stays the country, and so does a report of the war's first months."""
    lead = "Libya's interim government promised elections on Monday. "
    [(actors, recipients)] = _sides(lead + "Libya asked Niger on Tuesday to hand over Saadi Gaddafi.", "2011-10-05", "REQUEST")
    assert actors == [("National Transitional Council", "LBY")] and recipients == [(None, "NER")]
    for actors, recipients in _sides(lead + "Aisha Gaddafi fled Libya for Algeria on Tuesday.", "2011-10-05", "RETREAT"):
        assert ("National Transitional Council", "LBY") not in actors + recipients
    for actors, _r in _sides(lead + "Libya asked Italy on March 2 to stop the air strikes.", "2011-10-05", "REQUEST"):
        assert actors == [(None, "LBY")]


def test_an_attack_beaten_back_is_two_deeds(nlp: object) -> None:
    """ "the rebels beat back an advance by Gaddafi's troops": the advance (the troops on the rebels) and its repulse
    (the rebels on the troops), each side acting on the other, not one event with both sides acting."""
    text = "Rebels in Benghazi said on Saturday they had beaten back an advance by Muammar Gaddafi's troops."
    sides = _sides(text, "2011-03-19", "ASSAULT")
    assert sorted(sides) == [
        ([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")]),
        ([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")]),
    ]


def test_a_repulse_is_one_sides_deed_on_the_other(nlp: object) -> None:
    """ "the rebels repelled an assault by Gaddafi's troops": the repulse (the rebels on the troops) besides the
    assault it befell; "fought off" tells a fight from one side, not one with both sides acting."""
    text = "Rebels in Misrata said on Tuesday they had repelled an assault by Muammar Gaddafi's troops."
    assert sorted(_sides(text, "2011-04-20", "ASSAULT")) == [
        ([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")]),
        ([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")]),
    ]
    text = "Libyan rebels said on Tuesday they had fought off Muammar Gaddafi's troops in Misrata."
    assert _sides(text, "2011-04-20", "ASSAULT") == [([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")])]


def test_the_target_of_a_deed_named_as_the_subject_is_not_its_doer(nlp: object) -> None:
    """ "an air strike on Gaddafi's tanks killed five soldiers": the strike's target is whom it hit, not who struck
    (the tanks' owners were read as the attackers, the rebels as their target); "a British air strike against the
    oilfield, which killed three guards": the oilfield did not kill them."""
    text = (
        "Libyan rebels fought Muammar Gaddafi's forces near Misrata on Monday. "
        "An air strike on Gaddafi's tanks near Misrata killed five soldiers on Tuesday."
    )
    [(actors, recipients)] = _sides(text, "2011-04-20", "ASSAULT", "2011-04-19")
    assert ("Gaddafi forces", "LBY") not in actors and ("Gaddafi forces", "LBY") in recipients
    text = "Libyan officials said a British air strike against the Sarir oilfield, which killed three guards, hit the field on Tuesday."
    strikes = _sides(text, "2011-04-20", "ASSAULT")
    assert strikes and all(actors == [(None, "GBR")] for actors, _recipients in strikes)


def test_a_guessed_recipient_is_not_the_actors_own_country(nlp: object) -> None:
    """ "The Russian Foreign Ministry urged the council to honour contracts signed with Russia": the council is not
    named, and Russia is the ministry's own country, so the request has no recipient rather than Russia."""
    text = "The Russian Foreign Ministry urged the council to honour contracts signed with Russia."
    for _actors, recipients in _sides(text, "2011-09-01", "REQUEST"):
        assert (None, "RUS") not in recipients


def test_a_judgement_of_a_deed_is_aimed_at_its_doer(nlp: object) -> None:
    """ "condemned the air strikes", "criticised the decision", "condemned the violence that broke out when troops
    attacked": a condemnation or a criticism of a deed is aimed at whoever did it, named in the deed's own clause or
    in the report just before."""
    coded = _coded("Israeli jets bombed targets in Gaza on Sunday. Egypt condemned the air strikes on Monday.", "2014-07-15")
    assert ("ACCUSE", "occurred", ("/EGY",), ("Israeli forces",)) in coded, coded
    coded = _coded("Kenya deported two Somali clerics on Monday. Somalia criticised the decision on Tuesday.", "2015-03-05")
    assert ("ACCUSE", "occurred", ("/SOM",), ("/KEN",)) in coded, coded
    text = "Jordan on Friday condemned the violence that broke out on Thursday when Syrian troops attacked the marchers."
    assert _coded(text, "2012-05-12") == [("ACCUSE", "occurred", ("/JOR",), ("Syrian forces",))]


def test_saying_someone_is_to_blame_for_a_deed_accuses_him(nlp: object) -> None:
    """ "said the Taliban were to blame for the bombing", "said the ministry was behind the detentions": the speaker
    lays the deed at the subject's door (ACCUSE); a duty ("responsible for security") or a guess ("may have been to
    blame") accuses no one."""
    coded = _coded("A police spokesman said on Tuesday that the Taliban were to blame for the bombing in Kabul.", "2012-02-10")
    assert [(a, r) for t, _s, a, r in coded if t == "ACCUSE"] == [(("Afghan police",), ("Taliban",))], coded
    coded = _coded("U.S. officials said on Monday that Egypt's Interior Ministry was behind the detentions of journalists.", "2011-02-08")
    assert [(a, r) for t, _s, a, r in coded if t == "ACCUSE"] == [(("/USA",), ("Egyptian Interior Ministry",))], coded
    # a content clause inside the clause said: "said they had evidence that ..."
    coded = _coded(
        "French officials said on Friday that they had evidence that the Syrian army was behind the shelling of Homs.", "2012-02-10"
    )
    assert [(a, r) for t, _s, a, r in coded if t == "ACCUSE"] == [(("/FRA",), ("Syrian forces",))], coded
    for text in (
        "The ministry said on Tuesday the police were responsible for security at the stadium.",
        "A commander said on Tuesday that the Islamists may have been to blame.",
    ):
        assert not [c for c in _coded(text, "2012-02-10") if c[0] == "ACCUSE"], text


def test_a_protest_is_against_the_ruler_of_the_day_as_well_as_the_leader_the_article_names(nlp: object) -> None:
    """A story that names the prime minister more than the president: its country's protests are against both."""
    text = (
        "Egyptian Prime Minister Ahmed Nazif met bankers on Monday. Nazif spoke on Monday. "
        "Thousands of protesters marched in Cairo on Tuesday."
    )
    assert _coded(text, "2011-01-26") == [("PROTEST", "occurred", ("protesters",), ("Ahmed Nazif", "Hosni Mubarak"))]


def test_a_protest_is_against_the_target_it_names_not_the_head_of_state_by_a_guess(nlp: object) -> None:
    """ "rallied against the prime minister": the one its "against" phrase names, not also the president; "against
    the government": its country's rulers; "against rising food prices": its country, not a leader it never names."""
    text = (
        "Egyptian Prime Minister Ahmed Shafik met bankers on Monday. "
        "Thousands of Egyptians rallied in Cairo on Tuesday against the prime minister."
    )
    assert _coded(text, "2011-02-10") == [("PROTEST", "occurred", ("protesters",), ("Ahmed Shafik",))]
    text = "Thousands of Egyptians rallied in Cairo on Tuesday against the government."
    assert _coded(text, "2011-02-10") == [("PROTEST", "occurred", ("protesters",), ("Hosni Mubarak",))]
    text = "Thousands of Egyptians rallied in Cairo on Tuesday against rising food prices."
    assert _coded(text, "2011-02-10") == [("PROTEST", "occurred", ("protesters",), ("/EGY",))]


def test_a_rally_abroad_in_solidarity_is_against_the_other_countrys_ruler_not_the_hosts(nlp: object) -> None:
    """A rally in Paris in solidarity with Egypt's protesters is against Egypt's ruler, never France's president."""
    text = (
        "Thousands of Egyptian protesters marched in Cairo on Monday. Egyptian protesters demanded change. "
        "Hundreds of people rallied in Paris on Tuesday in solidarity with the Egyptian protesters."
    )
    sides = _sides(text, "2011-02-03", "PROTEST", "2011-02-01")
    assert sides and all(recipients == [("Hosni Mubarak", "EGY")] for _actors, recipients in sides)


def test_an_uprisings_refusal_naming_no_one_is_aimed_at_the_ruler(nlp: object) -> None:
    """ "The rebels refused to hold talks": rebels or an opposition who refuse or threaten, naming no one, do so
    against the ruler they rise against."""
    text = "Syrian rebels fought government troops near Aleppo on Monday. The rebels refused on Tuesday to hold talks."
    assert _sides(text, "2012-08-15", "REJECT") == [([("Syrian rebels", "SYR")], [("Bashar al-Assad", "SYR")])]


def test_a_foreign_countrys_own_forces_strike_the_side_of_the_articles_country(nlp: object) -> None:
    """ "Britain said its jets bombed two tanks" in a story of Libya's war: Britain and its forces strike Gaddafi's."""
    text = (
        "Gaddafi's forces shelled Misrata on Tuesday. Libyan rebels fought Gaddafi's forces near Sirte on Tuesday. "
        "Britain said its jets bombed two tanks near Sirte on Wednesday."
    )
    assert ([("British forces", "GBR")], [("Gaddafi forces", "LBY")]) in _sides(text, "2011-06-10", "ASSAULT")


def test_an_official_who_resigns_leaves_the_leader_he_served(nlp: object) -> None:
    """ "The justice minister resigned": an official who quits leaves his country's leader."""
    text = "Muammar Gaddafi spoke on state television on Monday. Libyan Justice Minister Mustafa Abdel Jalil resigned on Tuesday."
    assert _sides(text, "2011-02-23", "RETREAT") == [([("Mustafa Abdel Jalil", "LBY")], [("Muammar Gaddafi", "LBY")])]


def test_a_word_to_rebels_is_to_their_council_too(nlp: object) -> None:
    """ "Ban urged the rebels to accept a ceasefire" where the article names the rebels' council: the rebels and the
    council that speaks for them."""
    text = (
        "Libyan rebels attacked Brega on Sunday. The rebels' National Transitional Council met in Benghazi on Monday. "
        "Libyan rebels advanced on Monday. Ban Ki-moon urged the rebels on Tuesday to accept a ceasefire."
    )
    requests = _sides(text, "2011-05-10", "REQUEST")
    assert requests == [([("Ban Ki-moon", None)], [("Libyan rebels", "LBY"), ("National Transitional Council", "LBY")])]


def test_the_owner_of_what_is_frozen_or_hit_is_acted_on(nlp: object) -> None:
    """ "froze assets belonging to Mubarak": the owner of what a sanction freezes is its recipient."""
    assert _coded("Switzerland froze assets belonging to Hosni Mubarak on Friday.", "2011-02-12") == [
        ("SANCTION", "occurred", ("/CHE",), ("Hosni Mubarak",))
    ]


def test_a_demand_on_a_leaders_forces_is_on_the_leader_too(nlp: object) -> None:
    """ "Obama called on Gaddafi's forces to pull back": a demand on the forces loyal to a leader is on him too."""
    text = (
        "Muammar Gaddafi spoke on Monday. Gaddafi's forces shelled Misrata on Monday. "
        "Barack Obama called on Gaddafi's forces on Tuesday to pull back from Misrata."
    )
    assert _sides(text, "2011-03-20", "REQUEST") == [([("Barack Obama", "USA")], [("Gaddafi forces", "LBY"), ("Muammar Gaddafi", "LBY")])]


def test_agreeing_with_a_view_is_no_agreement(nlp: object) -> None:
    """ "NATO allies agree Gaddafi must go", "They agree, but ..." share a view; "agreed to set up a contact group",
    "agreed with Fatah to form a government" commit to an act."""
    assert _sides("NATO allies agree Gaddafi must go, officials said on Wednesday.", "2011-06-08", "AGREE") == []
    assert _sides("The leaders agreed NATO should play a key role.", "2011-03-22", "AGREE") == []
    [(actors, recipients)] = _sides("Hamas agreed with Fatah on Tuesday to form a unity government.", "2011-04-27", "AGREE")
    assert [a for a, _c in actors] == ["Hamas"] and [r for r, _c in recipients] == ["Fatah"]


def test_an_offer_is_an_agreement_only_of_an_act_or_a_settlement(nlp: object) -> None:
    """ "offered talks to the rebels", "offered on Thursday to mediate" are offers of PLOVER's AGREE; "offered no
    hint", "offered mocking reminders" offer nothing of the kind."""
    [(actors, recipients)] = _sides("Gaddafi offered talks to the rebels on Saturday.", "2011-04-30", "AGREE")
    assert actors == [("Muammar Gaddafi", "LBY")] and recipients == [("Libyan rebels", "LBY")]  # the rebels Gaddafi faces
    assert len(_sides("Qatar offered on Thursday to mediate between Rwanda and Congo.", "2023-02-16", "AGREE")) == 1
    assert _sides("Bernanke offered no hint that the bank would change course on Tuesday.", "2011-03-01", "AGREE") == []


def test_what_someone_wants_done_has_not_happened(nlp: object) -> None:
    """A verb with its own subject in the bare form is wished or set as a condition: "adamant that Gaddafi step
    down", "the push for Mubarak to step down", "they want Gaddafi to step down"; "Mubarak stepped down" happened."""
    for text in (
        "The rebels are adamant that Gaddafi step down.",
        "ElBaradei says the push for Mubarak to step down is non-negotiable.",
        "They want Gaddafi to step down.",
    ):
        assert _sides(text, "2011-04-20", "RETREAT") == [], text
    assert _sides("Hosni Mubarak stepped down on Friday.", "2011-02-12", "RETREAT") == [([("Hosni Mubarak", "EGY")], [])]


def test_a_foreign_appeal_naming_no_one_is_addressed_to_the_articles_country(nlp: object) -> None:
    """ "The State Department called for restraint" in a story about Egypt is an appeal to Egypt; an Egyptian
    voice's appeal is not addressed to its own country."""
    text = (
        "Egyptian police fired tear gas at protesters in Cairo on Tuesday. Egypt's government banned the protests. "
        "U.S. State Department spokesman P.J. Crowley called for restraint on Wednesday."
    )
    requests = _sides(text, "2011-01-26", "REQUEST")
    assert ([("P.J. Crowley", "USA")], [(None, "EGY")]) in requests, requests
    text = "Egyptian police fired tear gas at protesters in Cairo on Tuesday. Mohamed ElBaradei called for calm on Wednesday."
    assert all((None, "EGY") not in recipients for _actors, recipients in _sides(text, "2011-01-26", "REQUEST"))


def test_a_reported_would_without_a_condition_is_a_plan(nlp: object) -> None:
    """ "Britain said it would supply body armour": a plan, as a reader takes it; "would ... if" stays a condition."""
    [aid] = [
        e
        for e in tidings.extract("Britain said on Wednesday it would supply body armor to the Libyan rebels.", published="2011-04-13")
        if e.type == "AID"
    ]
    assert aid.status == "planned"
    text = "Egypt would close the border if Hamas fired rockets again, Egyptian Foreign Minister Ahmed Aboul Gheit said on Monday."
    events = tidings.extract(text, published="2011-01-10")
    assert events and all(e.status == "hypothetical" for e in events), [(e.type, e.status) for e in events]


def test_a_leaders_attack_is_his_forces(nlp: object) -> None:
    """ "Gaddafi launched an assault on the rebels": the gold codes a leader's attacks as his forces' ("Gaddafi forces");
    a person who leads no country in the article keeps his name."""
    text = (
        "Libyan leader Muammar Gaddafi spoke on state television on Sunday. "
        "Gaddafi launched an assault on the rebels in Brega on Monday, witnesses said."
    )
    sides = _sides(text, "2011-03-08", "ASSAULT")
    assert sides and all(("Gaddafi forces", "LBY") in actors for actors, _recipients in sides), sides
    sides = _sides("Nidal Hasan opened fire on soldiers at Fort Hood on Thursday.", "2009-11-06", "ASSAULT")
    assert sides and all(("Nidal Hasan", "USA") in actors or ("Nidal Hasan", None) in actors for actors, _r in sides), sides


def test_a_subject_the_parser_gives_to_a_participle_is_the_verbs(nlp: object) -> None:
    """ "Jalil, trying to soothe public anger, urged militias ...": the parser hangs the subject on "trying"; it is
    the subject of "urged", and "Rebel leader" is his title, not the rebels as a second actor."""
    text = "Rebel leader Mustafa Abdul-Jalil, trying to soothe public anger and avert a feud, urged militias to lay down their arms."
    sides = _sides(text, "2011-08-20", "REQUEST")
    assert [actors for actors, _r in sides] == [[("Mustafa Abdel Jalil", "LBY")]], sides


def test_the_object_of_a_verb_of_causing_does_what_its_infinitive_says(nlp: object) -> None:
    """ "leading Ukraine to call on the EU": Ukraine calls, not Russia, who cut the gas (object control)."""
    text = "Russia cut gas supplies on Monday, leading Ukraine to call on the European Union for help."
    assert [actors for actors, _r in _sides(text, "2011-05-03", "REQUEST")] == [[(None, "UKR")]]


def test_an_official_who_says_what_his_country_does_is_its_actor(nlp: object) -> None:
    """ "Lavrov said Moscow rejected ...": the minister rejects for Russia; a foreigner who says it reports it."""
    text = "Sergei Lavrov said on Monday that Moscow rejected any military intervention in Syria."
    assert [actors for actors, _r in _sides(text, "2011-05-03", "REJECT")] == [[("Sergey Lavrov", "RUS")]]
    text = "An American diplomat said on Monday that Moscow rejected any military intervention in Syria."
    assert [actors for actors, _r in _sides(text, "2011-05-03", "REJECT")] == [[(None, "RUS")]]


def test_a_speaker_speaks_for_his_own_side(nlp: object) -> None:
    """The side a speaker speaks for, as a reader takes it: "he added that Libya would continue to honor ..." (the
    verb under the reported one), a speaker of no known country ("Mansour said Egypt would honor ..."; not an
    official of an international body), "his country" in his reported clause, and "he added" after an unnamed
    officer spoke (that officer, not the man he talked about)."""
    text = (
        "Ali Tarhouni, the rebels' oil minister, spoke in Benghazi on Wednesday. He added that Libya would continue to honor its contracts."
    )
    assert [actors for actors, _r in _sides(text, "2011-06-10", "AGREE")] == [[("Ali Tarhouni", "LBY")]]
    text = "Khaled Mansour, the army's chief of staff, said on Sunday that Egypt would honor its treaties with Israel."
    # The story's country is now his (nothing else says where he is from), so he speaks for Egypt as its own man.
    assert [actors for actors, _r in _sides(text, "2011-06-10", "AGREE")] == [[("Khaled Mansour", "EGY")]]
    text = "Ban Ki-moon said on Sunday that Libya would honor its promises to the United Nations."
    assert [actors for actors, _r in _sides(text, "2011-06-10", "AGREE")] == [[(None, "LBY")]]
    text = (
        "Muammar Gaddafi spoke on television on Tuesday. "
        "Spain's foreign minister said on Wednesday that his country now recognized the National Transitional Council."
    )
    assert [actors for actors, _r in _sides(text, "2011-06-10", "SUPPORT")] == [[(None, "ESP")]]
    text = (
        '"Both sides must now do their part," a senior State Department official said. '
        "Omar Suleiman had made useful remarks about a dialogue, the senior official said. "
        "He added that the Egyptian government should let the opposition bring its own ideas."
    )
    assert [actors for actors, _r in _sides(text, "2011-02-05", "REQUEST")] == [[("State Department", "USA")]]


def test_an_unnamed_officer_is_the_speaker_the_next_sentence_quotes_by_name(nlp: object) -> None:
    """ "A spokesman for the rebels accused NATO. '...,' Ahmed Bani said.": the spokesman is Ahmed Bani, besides the
    rebels he speaks for; a quoted speaker of another country is someone else."""
    text = (
        'A spokesman for the Libyan rebels accused NATO on Monday of moving too slowly. "We are losing people every day," Ahmed Bani said.'
    )
    # Nothing but the story says where Ahmed Bani is from: he is of its country, Libya.
    assert [actors for actors, _r in _sides(text, "2011-05-03", "ACCUSE")] == [[("Libyan rebels", "LBY"), ("Ahmed Bani", "LBY")]]
    text = 'A U.S. envoy urged Mubarak on Monday to step down. "I will not leave," Hosni Mubarak said.'
    assert [actors for actors, _r in _sides(text, "2011-02-03", "REQUEST")] == [[(None, "USA")]]


def test_a_modal_of_advice_or_possibility_is_hypothetical(nlp: object) -> None:
    """ "should urge", "may well protest", "must press": said of what has not been done (said by an analyst, it is
    no event at all: see the commentary cases)."""
    for text in (
        "The United States should urge Mubarak to step down.",
        "Libyans may well protest against the new government if it fails to deliver.",
        "Obama must now press Mubarak to leave.",
    ):
        events = tidings.extract(text, published="2011-02-03")
        assert events and all(e.status == "hypothetical" for e in events), (text, [(e.type, e.status) for e in events])


def test_a_negated_acceptance_is_a_refusal(nlp: object) -> None:
    """ "would not step down", "would not accept", "will not bow to demands": REJECT, said when it is said; a
    condition ("if he does not step down") is no refusal."""
    for text, actor in (
        ("Muammar Gaddafi said on Tuesday he would not step down.", ("Muammar Gaddafi", "LBY")),
        ("Hosni Mubarak will not bow to demands that he quit, the minister said on Tuesday.", ("Hosni Mubarak", "EGY")),
    ):
        [reject] = [e for e in tidings.extract(text, published="2011-02-01") if e.type == "REJECT"]
        assert reject.status == "occurred" and [(a.name, a.country) for a in reject.actors] == [actor], text
    text = "If Muammar Gaddafi does not step down, NATO will keep up its strikes."
    assert not [e for e in tidings.extract(text, published="2011-04-01") if e.type == "REJECT"]


def test_a_no_said_to_something_is_a_refusal(nlp: object) -> None:
    """ "said no to foreign peacekeepers" refuses them (REJECT, as "rejected" does); a bare "said no" names nothing
    refused, and "said that no troops would come" is no refusal of anything."""
    text = "The National Transitional Council said no to foreign peacekeepers on Tuesday."
    assert [actors for actors, _r in _sides(text, "2011-09-01", "REJECT")] == [[("National Transitional Council", "LBY")]]
    for text in ("Greece said no on Tuesday.", "Greece said on Tuesday that no troops would come to the island."):
        assert not [e for e in tidings.extract(text, published="2011-09-01") if e.type == "REJECT"], text


def test_a_reported_refusal_is_the_speakers(nlp: object) -> None:
    """ "His son said the Libyan leader would never step down": the son refuses, as he says it, whoever the clause
    names; a speaker who says "we" speaks for the side his clause names."""
    text = "Saif al-Islam Gaddafi told reporters on Monday that the Libyan leader would never step down."
    assert [actors for actors, _r in _sides(text, "2011-03-01", "REJECT")] == [[("Saif al-Islam Gaddafi", "LBY")]]
    text = '"The rebels will not negotiate with Gaddafi," Mahmoud Jibril said on Monday.'
    assert [actors for actors, _r in _sides(text, "2011-07-01", "REJECT")] == [[("Mahmoud Jibril", "LBY")]]


def test_a_reported_verdict_on_a_deed_is_an_accusation(nlp: object) -> None:
    """ "said the strike was illegal", "said it was unacceptable that X ...": the speaker accuses the deed's doer; a
    negated or hypothetical verdict ("was not illegal", "would be unacceptable") accuses no one."""
    text = "The Russian foreign minister said on Friday the NATO strike was illegal."
    assert _sides(text, "2011-05-02", "ACCUSE") == [([(None, "RUS")], [("NATO", None)])]
    text = "British Foreign Secretary William Hague said on Monday it was unacceptable that Gaddafi was shelling his own cities."
    assert ([("William Hague", "GBR")], [("Muammar Gaddafi", "LBY")]) in _sides(text, "2011-04-12", "ACCUSE")
    # a clause telling that someone commits a crime accuses its subject; one telling a lawful act, or denying, does not
    text = "Amnesty International said on Monday that Syrian forces had committed atrocities and were using human shields in Homs."
    assert _sides(text, "2012-02-06", "ACCUSE") == [([("Amnesty International", None)], [("Syrian forces", "SYR")])]
    for text in (
        "Amnesty International said on Monday that Syrian forces had not committed atrocities in Homs.",
        "Amnesty International said on Monday that Syrian forces were using tanks in Homs.",
    ):
        assert not _sides(text, "2012-02-06", "ACCUSE"), text
    # a verdict on a "for X to do Y" clause accuses X
    text = "It was a grave mistake for Hungary to close its border to refugees, the Austrian foreign minister said on Monday."
    assert _sides(text, "2015-09-14", "ACCUSE") == [([(None, "AUT")], [(None, "HUN")])]
    for text in (
        "The Russian foreign minister said on Friday the NATO strike was not illegal.",
        "William Hague said on Monday a NATO strike would be unacceptable.",
    ):
        assert not _sides(text, "2011-05-02", "ACCUSE"), text


def test_force_kept_in_reserve_is_a_threat(nlp: object) -> None:
    """ "all options are on the table", "not taking any options off the table", "did not rule out using force":
    THREATEN; "did not rule out new talks" threatens nothing."""
    text = "The State Department said on Monday that all options were on the table in Libya."
    assert _sides(text, "2011-03-01", "THREATEN") == [([("State Department", "USA")], [(None, "LBY")])]
    for text in (
        "The White House said it was not taking any options off the table.",
        "Libyan Foreign Minister Moussa Koussa did not rule out using force on Monday.",
    ):
        assert _sides(text, "2011-03-01", "THREATEN"), text
    assert not _sides("Moussa Koussa did not rule out new talks on Monday.", "2011-03-01", "THREATEN")


def test_a_rulers_threat_naming_no_one_is_aimed_at_the_other_side(nlp: object) -> None:
    """ "he threatened a long war": a ruler's threat that names no one, in a country at war with its rebels, is aimed
    at the other side of that war; a ruler facing no rebels threatens no one the text names."""
    text = "Libyan rebels took the town of Zawiya on Monday. Muammar Gaddafi threatened on Tuesday to wage a long war."
    assert _sides(text, "2011-08-24", "THREATEN") == [([("Muammar Gaddafi", "LBY")], [("Libyan rebels", "LBY")])]
    text = "Hosni Mubarak threatened on Tuesday to wage a long war."
    assert _sides(text, "2011-02-01", "THREATEN") == [([("Hosni Mubarak", "EGY")], [])]


def test_a_truce_one_side_declares_is_with_the_other_side(nlp: object) -> None:
    """ "the council declared a two-day truce": AGREE, with the other side of the article's war."""
    war = "Libyan rebels took Zawiya from Muammar Gaddafi on Monday. "
    text = war + "The National Transitional Council declared a two-day truce on Tuesday."
    assert _sides(text, "2011-08-24", "AGREE") == [([("National Transitional Council", "LBY")], [("Gaddafi forces", "LBY")])]
    text = war + "Muammar Gaddafi declared a ceasefire on Tuesday."
    assert _sides(text, "2011-08-24", "AGREE") == [([("Muammar Gaddafi", "LBY")], [("Libyan rebels", "LBY")])]


def test_a_verdict_on_what_is_proposed_is_a_rejection(nlp: object) -> None:
    """ "said military intervention would be unacceptable": the speaker rejects what is proposed (REJECT)."""
    assert _sides("Russia said military intervention would be unacceptable.", "2011-03-01", "REJECT") == [([(None, "RUS")], [])]
    assert not _sides("Russia said military intervention would not be unacceptable.", "2011-03-01", "REJECT")


def test_a_force_moving_abroad_is_a_mobilization(nlp: object) -> None:
    """ "was moving ships and planes closer to Libya", "warplanes were moving toward Libya" (``@subj:W``: what moves
    is a force): MOBILIZE on the country it moves toward."""
    for text in (
        "The United States said on Monday it was moving ships and planes closer to Libya.",
        "Warplanes from Qatar were moving toward Libya on Monday.",
    ):
        sides = _sides(text, "2011-03-01", "MOBILIZE")
        assert sides and all(recipients == [(None, "LBY")] for _a, recipients in sides), (text, sides)
    assert not _sides("The talks moved toward a deal on Monday.", "2011-03-01", "MOBILIZE")


def test_a_foreign_refusal_naming_no_one_addresses_the_storys_country(nlp: object) -> None:
    """ "Italy on Tuesday rejected the proposal" in a story about Libya: a foreign power's refusal (a promise, a
    threat) that names no one is addressed to the country the story is about."""
    text = (
        "Libyan rebels fought Muammar Gaddafi's forces near Brega in Libya on Monday. Libya's capital Tripoli was calm. "
        "Italy on Tuesday rejected the proposal."
    )
    assert _sides(text, "2011-03-01", "REJECT") == [([(None, "ITA")], [(None, "LBY")])]
    text = text.replace("Italy on Tuesday rejected the proposal.", "France withdrew its ambassador on Tuesday.")
    assert _sides(text, "2011-03-01", "RETREAT") == [([(None, "FRA")], [(None, "LBY")])]


def test_dropping_an_insistence_is_a_concession(nlp: object) -> None:
    """ "dropped their insistence that Gaddafi leave": a demand eased (CONCEDE)."""
    text = "France and Britain on Tuesday dropped their insistence that Gaddafi leave Libya."
    assert _sides(text, "2011-07-12", "CONCEDE") == [([(None, "FRA"), (None, "GBR")], [("Muammar Gaddafi", "LBY")])]


def test_a_reported_obligation_is_a_request(nlp: object) -> None:
    """ "said the rebels have to give up their arms", "said the Security Council should launch sanctions": the
    speaker asks it of the clause's subject."""
    text = "Libyan government spokesman Moussa Ibrahim said on Monday the rebels have to give up their arms."
    sides = _sides(text, "2011-04-11", "REQUEST")
    assert any(("Libyan rebels", "LBY") in recipients for _a, recipients in sides), sides
    text = "German Foreign Minister Guido Westerwelle said the U.N. Security Council should launch fresh sanctions."
    sides = _sides(text, "2011-03-01", "REQUEST")
    assert ([("Guido Westerwelle", "DEU")], [("UN Security Council", None)]) in sides, sides


def test_what_someone_should_do_is_asked_not_done(nlp: object) -> None:
    """ "said the president should step down", "he will have to give up power": a demand's content, no retreat; a
    reproach about the past ("should have resigned") and a plain "resigned" still are one."""
    text = "A senior Russian diplomat said on Tuesday that Libyan leader Muammar Gaddafi should step down."
    assert not _sides(text, "2011-03-02", "RETREAT")
    assert _sides(text, "2011-03-02", "REQUEST")
    text = "Yemeni President Ali Abdullah Saleh will have to give up power soon, the French foreign minister said on Monday."
    assert not _sides(text, "2011-04-05", "RETREAT")
    text = "Yemeni President Ali Abdullah Saleh resigned on Monday."
    assert _sides(text, "2011-04-05", "RETREAT") == [([("Ali Abdullah Saleh", "YEM")], [])]


def test_a_passive_verb_sharing_a_subject_is_still_passive(nlp: object) -> None:
    """ "Syria began a curfew and residents were told to stay indoors", "activists gathered and were arrested": a verb
    with its own passive auxiliary is passive though the parser gives it the subject of the clause it joins; that
    subject is the one told or arrested, not the one who tells or arrests."""
    text = "Syria began a curfew on Monday and residents were told to stay indoors for three days."
    assert not _sides(text, "2011-04-26", "REQUEST")
    text = "The Yemeni government said on Sunday the capital was calm. Soldiers had been and are urged to show restraint."
    assert not _sides(text, "2011-03-06", "REQUEST")
    text = "Dozens of activists gathered outside the ministry in Cairo on Monday and were arrested."
    assert all(("activists", "EGY") not in actors for actors, _r in _sides(text, "2011-02-14", "COERCE"))


def test_what_ones_own_country_should_do_is_no_request(nlp: object) -> None:
    """ "a senator said the United States should stay out", "the department said citizens should leave": a view of
    what one's own country ought to do, or advice to its people, asks no other side; a demand on one's own
    government ("the U.S. government needs to listen") and a demand on a foreign leader still are requests."""
    for text in (
        "U.S. Senator Jane Miller said on Tuesday that the United States should stay out of the war in Libya.",
        "The State Department said on Monday that American citizens should leave Egypt as soon as possible.",
    ):
        assert not _sides(text, "2011-03-08", "REQUEST"), text
    text = "U.S. Senator Jane Miller said on Tuesday that the U.S. government needs to listen to the protesters."
    assert _sides(text, "2011-03-08", "REQUEST") == [([("Jane Miller", "USA")], [(None, "USA")])]
    text = "A senior Russian diplomat said on Tuesday that Libyan leader Muammar Gaddafi should step down."
    assert _sides(text, "2011-03-02", "REQUEST")


def test_an_obligation_told_to_the_press_is_not_asked_of_the_press(nlp: object) -> None:
    """'"They should all go home," a commander told Reuters', "a fisherman told Reuters he had to leave his boat":
    an obligation said to a news agency; the agency is asked nothing."""
    for text in (
        '"They should all go home now," a rebel commander told Reuters in Benghazi on Friday.',
        "A fisherman in Misrata told Reuters on Friday that he had to leave his boat in the harbour.",
    ):
        sides = _sides(text, "2011-04-22", "REQUEST")
        assert all(name != "Reuters" for _a, recipients in sides for name, _c in recipients), sides


def test_the_source_of_a_report_is_no_side(nlp: object) -> None:
    """ "shot dead by police, according to Reuters": who tells of an attack is not whom it struck."""
    text = "Ten people were shot dead by Syrian police in Homs on Sunday, according to Reuters."
    sides = _sides(text, "2011-04-18", "ASSAULT")
    assert sides and all(name != "Reuters" for _a, recipients in sides for name, _c in recipients), sides


def test_a_news_outlets_reporters_are_journalists(nlp: object) -> None:
    """ "detained two NBC reporters", "three ABC journalists": a network's people are journalists, not the network
    (a news medium is no side)."""
    held = _sides("Syrian police detained two NBC reporters in Damascus on Monday.", "2011-04-18", "COERCE")
    assert held == [([("Syrian police", "SYR")], [("journalists", "SYR")])]


def test_a_toppled_leader_is_the_one_who_retreats(nlp: object) -> None:
    """ "The uprising toppled Ben Ali", "Saleh was overthrown", "Mubarak's ouster": the leader leaves power (RETREAT
    with him as its actor), not those who brought him down."""
    lead = "Tunisian President Zine El Abidine Ben Ali spoke on Thursday. "
    assert _sides(lead + "A popular uprising toppled Ben Ali on Friday.", "2011-01-15", "RETREAT") == [
        ([("Zine El Abidine Ben Ali", "TUN")], [])
    ]
    assert _sides(lead + "Ben Ali was overthrown by protesters on Friday.", "2011-01-15", "RETREAT") == [
        ([("Zine El Abidine Ben Ali", "TUN")], [])
    ]
    text = "Egyptian President Hosni Mubarak spoke on Thursday. Crowds in Cairo celebrated Mubarak's ouster on Friday."
    assert _sides(text, "2011-02-12", "RETREAT") == [([("Hosni Mubarak", "EGY")], [])]


def test_a_leaders_ousting_is_his_retreat(nlp: object) -> None:
    """ "The ousting of Ben Ali": the noun tells the leader's going as "ouster" does (RETREAT, he is its actor)."""
    text = "Tunisian President Zine El Abidine Ben Ali spoke on Thursday. The ousting of Ben Ali on Friday ended his long rule."
    assert _sides(text, "2011-01-15", "RETREAT") == [([("Zine El Abidine Ben Ali", "TUN")], [])]


def test_appreciation_expressed_and_support_offered_are_support(nlp: object) -> None:
    """PLOVER SUPPORT ("commend", "express support for"): appreciation or gratitude expressed or voiced to someone
    commends them; support offered "of" a government backs it. Material support offered for a task names no one
    backed."""
    kenya_uganda = [([(None, "KEN")], [(None, "UGA")])]
    assert _sides("Kenya expressed its appreciation to Uganda on Monday.", "2013-04-02", "SUPPORT") == kenya_uganda
    assert _sides("Kenya voiced its gratitude to Uganda on Monday.", "2013-04-02", "SUPPORT") == kenya_uganda
    offered = _sides("Kenya offered its support of the Somali government on Monday.", "2013-04-02", "SUPPORT")
    assert offered == [([(None, "KEN")], [(None, "SOM")])]
    assert not _sides("Kenya offered logistical support for the mission on Monday.", "2013-04-02", "SUPPORT")


def test_defying_a_curfew_is_no_refusal_defying_pressure_is(nlp: object) -> None:
    """ "defied international pressure to step down" refuses what others ask (REJECT); "defied a curfew", "defied
    the ban" is how a crowd protests, no refusal."""
    text = "Ivorian leader Laurent Gbagbo has defied international pressure to step down."
    assert _sides(text, "2011-03-02", "REJECT") == [([("Laurent Gbagbo", "CIV")], [])]
    for text in ("Thousands of people in Cairo defied a government curfew on Friday.", "Protesters in Algiers defied the ban on Saturday."):
        assert not _sides(text, "2011-02-05", "REJECT")


def test_a_participle_on_the_subject_names_another_events_place(nlp: object) -> None:
    """ "EU foreign ministers, meeting in Luxembourg, agreed to recognise the rebels": Luxembourg is where they
    met, neither an actor of the agreement nor the rebels' country."""
    text = (
        "Libya's rebels held Benghazi on Monday. "
        "EU foreign ministers, meeting in Luxembourg, agreed to recognise the rebels as Libya's legitimate representatives."
    )
    sides = _sides(text, "2011-04-12", "AGREE")
    assert sides and all((None, "LUX") not in actors + recipients for actors, recipients in sides), sides
    assert all(name != "Luxembourg rebels" for actors, recipients in sides for name, _c in actors + recipients), sides


def test_attacks_named_by_the_codebooks_verbs(nlp: object) -> None:
    """PLOVER's ASSAULT and AID verbs as the news says them: "destroyed", "bombarded", "laid siege to",
    "dispatched fuel to"."""
    text = "Gaddafi's forces bombarded Misrata on Sunday and laid siege to Zintan."
    assert all(("Gaddafi forces", "LBY") in actors for actors, _r in _sides(text, "2011-04-18", "ASSAULT"))
    assert _sides(text, "2011-04-18", "ASSAULT")
    text = "British aircraft destroyed Libyan government ammunition bunkers near Sabha on Friday."
    assert _sides(text, "2011-09-03", "ASSAULT")
    text = "Turkey dispatched the first cargo of fuel to the rebels in Benghazi on Monday."
    assert _sides(text, "2011-05-02", "AID") == [([(None, "TUR")], [("Libyan rebels", "LBY")])]


def test_a_noun_takes_the_date_of_the_verb_it_hangs_on(nlp: object) -> None:
    """ "Zuma will visit Tripoli next week for talks with Gaddafi, the presidency said on Wednesday": the talks
    are the visit's, next week, not the statement's Wednesday."""
    text = (
        "South African President Jacob Zuma will visit Tripoli next week for talks with Libyan leader Muammar Gaddafi, "
        "the presidency said in a statement on Wednesday."
    )
    consults = [e for e in tidings.extract(text, published="2011-05-25") if e.type == "CONSULT"]
    assert consults and all(e.date == "2011-W22" for e in consults), [(e.date, e.status) for e in consults]


def test_a_body_described_again_is_that_body(nlp: object) -> None:
    """ "Libya's ruling council", "the transitional administration", "the rebel leadership" after the National
    Transitional Council are the council, as "Libya's new rulers" are before it; "Jordan's new government" is
    Jordan's (it has no transitional body); "the federal government" is no agency with "Federal" in its name."""
    lead = "The National Transitional Council met in Benghazi, Libya, on Thursday. "
    [(actors, _r)] = _sides(lead + "Libya's ruling council demanded them back for trial on Friday.", "2011-09-10", "REQUEST")
    assert actors == [("National Transitional Council", "LBY")]
    [(actors, _r)] = _sides(
        lead + "The transitional administration called for help in reforming the judiciary on Friday.", "2011-09-10", "REQUEST"
    )
    assert actors == [("National Transitional Council", "LBY")]
    [(actors, _r)] = _sides(lead + "The rebel leadership ruled out compromise with Gaddafi's followers on Friday.", "2011-09-10", "REJECT")
    assert actors == [("National Transitional Council", "LBY")]
    # "new" or "ruling" said of a definite government says it too, where the article never named the council
    [(actors, _r)] = _sides("Libya's new rulers demanded on Friday that Niger hand over Saadi Gaddafi.", "2011-09-10", "REQUEST")
    assert actors == [("National Transitional Council", "LBY")]
    [(actors, _r)] = _sides("Jordan's new government demanded on Friday that the banks lower their rates.", "2011-09-10", "REQUEST")
    assert actors == [(None, "JOR")]
    text = "The Federal Bureau of Investigation opened a case in Libya on Monday. Gov. Ed Rendell urged the federal government to pursue the case on Friday."
    [(_a, recipients)] = _sides(text, "2011-04-01", "REQUEST")
    assert ("Federal Bureau of Investigation", "USA") not in recipients


def test_an_attack_with_no_target_named_hits_the_other_side(nlp: object) -> None:
    """ "Gaddafi forces were hitting us": the side the article's war sets against them; "NATO warplanes bombed
    targets near Brega" in a story about Libya: Gaddafi's forces."""
    text = 'Libyan rebels took Ajdabiya on Tuesday. "Gaddafi forces were hitting us heavily with rockets and mortars," a rebel commander said on Friday.'
    [(actors, recipients)] = _sides(text, "2011-04-01", "ASSAULT")
    assert actors == [("Gaddafi forces", "LBY")] and recipients == [("Libyan rebels", "LBY")]
    text = "Muammar Gaddafi's forces shelled Misrata on Thursday. NATO warplanes bombed targets near Brega on Friday, the alliance said."
    nato = [sides for sides in _sides(text, "2011-04-01", "ASSAULT") if sides[0] == [("NATO", None)]]
    assert nato == [([("NATO", None)], [("Gaddafi forces", "LBY")])]


def test_the_weapons_a_side_fires_are_no_target(nlp: object) -> None:
    """ "Gaddafi forces have been firing artillery": the artillery, read as Libya's forces, is the attackers' own; the
    fire falls on the other side of the article's war, not on "Libyan forces"."""
    lead = "Libyan rebels held the port of Misrata on Monday. "
    text = lead + '"Gaddafi forces have been firing artillery all day," a rebel commander said on Friday.'
    assert _sides(text, "2011-04-08", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]
    text = lead + "Gaddafi's troops fired artillery and rockets on Friday, a rebel spokesman said."
    assert _sides(text, "2011-04-08", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]


def test_an_unnamed_relative_is_of_his_family(nlp: object) -> None:
    """ "his family", "Gaddafi's youngest son": a relative the article gives no name is of the family as news names it
    ("the Mubarak family", "the Gaddafi family")."""
    cases = [
        ("Switzerland froze the assets of Hosni Mubarak and his family on Friday.", "2011-02-12", "SANCTION", "Mubarak family"),
        (
            "A NATO air strike on a house in Tripoli killed Muammar Gaddafi's youngest son on Saturday.",
            "2011-05-01",
            "ASSAULT",
            "Gaddafi family",
        ),
    ]
    for text, published, typ, family in cases:
        events = tidings.extract(text, published=published)
        relatives = [r for e in events if e.type == typ for r in e.recipients if r.key.startswith("kin:")]
        assert [r.aliases for r in relatives] == [(family,)]


def test_an_attack_on_one_side_with_no_attacker_named_comes_from_the_other(nlp: object) -> None:
    """ "Rebel positions were bombarded": the side the article's war sets against the rebels; a toll with no side
    ("twelve people were killed") stays no attack."""
    text = "Libyan rebels took Ajdabiya on Tuesday. Gaddafi forces shelled Misrata on Wednesday. Rebel positions were bombarded near Brega on Friday."
    assert _sides(text, "2011-03-27", "ASSAULT", "2011-03-25") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]
    assert _sides("Twelve people were killed in Cairo on Friday.", "2011-04-01", "ASSAULT") == []


def test_a_crowd_for_a_leader_is_his_supporters(nlp: object) -> None:
    """ "pro-Gaddafi demonstrators" are Gaddafi's supporters; "Anti-Gaddafi protesters" (the NER takes "Anti" into
    the name) stay protesters; "thousands of Egyptians are demanding" are Egypt's protesters."""
    [(actors, _r)] = _sides("Pro-Gaddafi demonstrators rallied in Tripoli on Sunday.", "2011-02-20", "PROTEST")
    assert actors == [("Gaddafi supporters", "LBY")]
    [(actors, _r)] = _sides("Anti-Gaddafi protesters marched in Benghazi on Sunday.", "2011-02-20", "PROTEST")
    assert actors == [("protesters", "LBY")]
    text = "Thousands of Egyptians are demanding an end to President Hosni Mubarak's 30-year rule."
    [(actors, _r)] = _sides(text, "2011-02-20", "REQUEST")
    assert actors == [("protesters", "EGY")]
    [(actors, _r)] = _sides("Egypt demanded the return of the antiquities on Friday.", "2011-02-05", "REQUEST")
    assert actors == [(None, "EGY")]


def test_rebels_taking_a_town_take_it_from_the_leaders_forces(nlp: object) -> None:
    """ "NTC forces captured the hospital at Sirte" in a story whose leader is Gaddafi: from Gaddafi's forces,
    though the story does not name them."""
    text = "Libyan leader Muammar Gaddafi spoke on television on Saturday. NTC forces captured the main hospital at Sirte on Sunday."
    [(actors, recipients)] = _sides(text, "2011-04-11", "COERCE")
    assert actors == [("National Transitional Council", "LBY")] and recipients == [("Gaddafi forces", "LBY")]


def test_who_took_part_in_talks_a_clause_hangs_on(nlp: object) -> None:
    """ "ended three days of talks in Egypt", "said after talks with Libya's prime minister": the verb's subject
    took part; "Libya's prime minister", with no name, is Libya's; "Putin's envoy" is still not Putin."""
    text = "UN envoy Abdul Elah al-Khatib said on Monday after talks with Libya's prime minister that a ceasefire was needed."
    [(actors, recipients)] = _sides(text, "2011-05-31", "CONSULT")
    # The dictionary's person, however spelt (names.spelling_key); his country is the derived dictionary's (he was
    # Jordan's foreign minister), as for the dictionary's own spelling: not what this test is about.
    assert [name for name, _country in actors] == ["Abdel Elah al-Khatib"] and recipients == [(None, "LBY")]
    text = "Khatib held talks with Libya's prime minister on Monday."
    [(_a, recipients)] = _sides(text, "2011-05-31", "CONSULT")
    assert recipients == [(None, "LBY")]
    assert _sides("Putin's special envoy met Netanyahu on Monday.", "2011-05-31", "CONSULT") == []


def _dated(text: str, published: str, typ: str) -> list[str | None]:
    return [e.date for e in tidings.extract(text, published=published) if e.type == typ]


def test_they_in_a_reported_clause_is_first_the_speakers(nlp: object) -> None:
    """ "thousands of people in the square saying that they will continue to protest": "they" are the people who
    say it, not the police of the sentence before; "the rebels said they had captured the town" likewise."""
    text = (
        "Police fired tear gas at the crowd on Tuesday. "
        "There are still thousands of people in the square saying that they will continue to protest."
    )
    assert all(a[0] != "police" for actors, _r in _sides(text, "2011-03-09", "PROTEST") for a in actors)
    text = "Egyptian police fired tear gas at protesters in Cairo on Tuesday. The rebels said they had captured Brega on Monday."
    assert [a for a, _r in _sides(text, "2011-03-09", "COERCE")] == [[("Libyan rebels", "LBY")]]


def test_an_event_arranged_for_a_day_is_planned_for_that_day(nlp: object) -> None:
    """ "a march is planned for Tuesday", "there is a rally planned for tomorrow": the noun reports a planned event,
    dated by the participle that arranges it, not by the day the story had reached; "no march is planned" is none."""
    lead = "Egyptian protesters marched against President Hosni Mubarak in Cairo on Sunday. "
    events = tidings.extract(lead + "Opposition groups said a large demonstration is planned for Tuesday.", published="2011-03-10")
    assert [(e.status, e.date) for e in events if e.type == "PROTEST" and e.status == "planned"] == [("planned", "2011-03-15")]
    events = tidings.extract(lead + "There is a large rally planned for tomorrow, activists said.", published="2011-03-10")
    assert [(e.status, e.date) for e in events if e.type == "PROTEST" and e.status == "planned"] == [("planned", "2011-03-11")]
    events = tidings.extract(lead + "No demonstration is planned for Tuesday, activists said.", published="2011-03-10")
    assert [e.status for e in events if e.type == "PROTEST"] == ["occurred"]


def test_a_noun_a_verb_says_happened_is_a_report(nlp: object) -> None:
    """ "State television reported fierce clashes ... on Wednesday night": the clashes are dated by the verb's
    clause; "clashes erupted" with no time expression, like a verb in the past, by the publication's month; "took
    part in a demonstration" is a protest. A passing reference ("asked about the clashes") still reports nothing."""
    text = "State television reported fierce clashes between police and protesters in Suez on Wednesday night."
    assert _dated(text, "2011-01-27", "ASSAULT") == ["2011-01-26"]
    assert _dated("Fierce clashes between police and protesters erupted in Suez.", "2011-01-27", "ASSAULT") == ["2011-01"]
    text = "About 100 people took part in a demonstration in Sanaa against President Ali Abdullah Saleh."
    [(actors, recipients)] = _sides(text, "2011-01-29", "PROTEST")
    assert actors == [("protesters", "YEM")] and recipients == [("Ali Abdullah Saleh", "YEM")]
    assert _dated("Reporters asked Clinton about the clashes between police and protesters.", "2011-01-27", "ASSAULT") == []


def test_a_present_perfect_told_as_just_done_is_of_the_publications_day(nlp: object) -> None:
    """ "Troops have now withdrawn": done by the time of writing, the publication's day; with no "now" or "just" a
    present perfect names no past day, and the brief dates it by the publication's month."""
    assert _dated("Kenyan troops have now withdrawn from the border town of Mandera.", "2024-05-17", "RETREAT") == ["2024-05-17"]
    assert _dated("Kenyan troops have withdrawn from the border town of Mandera.", "2024-05-17", "RETREAT") == ["2024-05"]


def test_a_present_perfect_is_dated_by_its_trailing_attribution(nlp: object) -> None:
    """ "X has refused ..., the prime minister said on Tuesday", "..., the minister was quoted as saying on Tuesday":
    the attribution after a present perfect is its telling, and its day dates the deed done by then, however the
    parse hangs the attribution on the clause."""
    text = "Tanzania has refused to hand two jets back to Uganda, the Tanzanian prime minister said on Tuesday."
    assert _dated(text, "2024-05-17", "REJECT") == ["2024-05-14"]
    text = "Uganda has sent fighter jets to a base in Kenya, its defence minister was quoted as saying on Tuesday."
    assert _dated(text, "2024-05-17", "MOBILIZE") == ["2024-05-14"]


def test_a_time_inside_an_aside_does_not_date_the_sentence_around_it(nlp: object) -> None:
    """ "arrested him -- the vendor died on May 4 -- but ...": a time inside an aside set off by a pair of dashes or by
    brackets belongs to the aside's own statement; the report outside it, with no time of its own, is dated by the
    publication's month. A time outside the aside still dates the sentence's report."""
    text = "Kenyan police arrested the opposition leader Raila Odinga in Nairobi — the vendor died on May 4 — but the protests went on."
    assert _dated(text, "2024-05-17", "COERCE") == ["2024-05"]
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala (the two last met on May 4) to discuss the border."
    )
    assert _dated(text, "2024-05-17", "CONSULT") == ["2024-05"]
    text = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday -- a week after the border closed -- to discuss trade."
    assert _dated(text, "2024-05-17", "CONSULT") == ["2024-05-14"]


def test_a_time_in_a_since_clause_dates_only_that_clause(nlp: object) -> None:
    """ "promised to reopen the border, closed since the fighting began three months ago": the time bounds the
    period of the closure and does not date the promise (the publication's month does); an event inside the "since"
    clause keeps the clause's own day."""
    text = (
        "The Kenyan government promised to reopen the border with Somalia, closed since the fighting began three months ago, within days."
    )
    assert _dated(text, "2024-05-17", "AGREE") == ["2024-05"]
    assert _dated("Kenyan troops have held the town of Mandera since they seized it on Tuesday.", "2024-05-17", "COERCE") == ["2024-05-14"]


def test_a_day_in_a_question_does_not_move_the_narrative(nlp: object) -> None:
    """ "Asked if the clashes meant Saturday's deadline had been scrapped": a day in a question (or a condition) is
    put, not told, and the next sentence is not dated by it; a day a sentence tells of still is."""
    story = (
        "Somali militants attacked the Kenyan town of Garissa, officials said.\n\n{}\n\n"
        "Kenyan President William Ruto urged Somalia to rein in the militants."
    )
    asked = "Asked if the clashes meant Saturday's ceasefire deadline had been scrapped, the commander said it had."
    assert _dated(story.format(asked), "2024-05-17", "REQUEST") == ["2024-05"]
    told = "The commander said the ceasefire collapsed on Saturday."
    assert _dated(story.format(told), "2024-05-17", "REQUEST") == ["2024-05-11"]


def test_an_attack_its_target_suffered_is_a_report_against_it(nlp: object) -> None:
    """ "The rebels withstood an offensive by Gaddafi's forces on Wednesday", "Misrata faced heavy shelling on Tuesday":
    the noun reports an attack, dated by the verb's clause, made on the verb's subject; "did not face any attack"
    reports none."""
    text = "Libyan rebels withstood a fierce offensive by Gaddafi's forces near Brega on Wednesday."
    assert _dated(text, "2011-03-04", "ASSAULT") == ["2011-03-02"]
    assert _sides(text, "2011-03-04", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]
    text = "The besieged town of Misrata faced heavy shelling by government troops on Tuesday."
    assert _dated(text, "2011-04-07", "ASSAULT") == ["2011-04-05"]
    assert _dated("Rebel fighters in Zawiyah did not face any attack by Gaddafi's forces on Wednesday.", "2011-03-04", "ASSAULT") == []


def test_a_toll_in_an_event_reports_it(nlp: object) -> None:
    """ "Six rebels were killed in their offensive on Brega", "three people died in the clashes": people killed or
    wounded in an event report it, even when a possessive or "the" names it; "those killed in the clashes" (a
    participle on a noun) only remembers it."""
    text = "Six rebels were killed and 40 wounded in their offensive on Brega, doctors said on Thursday."
    assert [actors for actors, _r in _sides(text, "2011-08-12", "ASSAULT")] == [[("Libyan rebels", "LBY")]]
    lead = "Egyptian police fired tear gas at protesters in Cairo on Tuesday. "
    text = lead + "Three people died in the clashes between protesters and police, officials said."
    assert ([("protesters", "EGY"), ("Egyptian police", "EGY")], []) in _sides(text, "2011-01-26", "ASSAULT", "2011-01-25")
    text = lead + "Mourners remembered those killed in the clashes between protesters and police."
    assert _sides(text, "2011-01-26", "ASSAULT") == [([("Egyptian police", "EGY")], [("protesters", "EGY")])]


def test_loyalists_at_a_rally_are_supporters_against_no_one(nlp: object) -> None:
    """ "Loyalists poured into the streets": the leader's supporters at a rally, not his troops, and not protesting
    against him; their shots "into the air" (which the parser hangs on the next noun) hit no one."""
    text = (
        "Muammar Gaddafi spoke on state television on Saturday. Loyalists poured into the streets of Tripoli on Sunday, "
        "firing into the air and holding portraits of the leader."
    )
    assert _sides(text, "2011-03-07", "PROTEST") == [([("Gaddafi supporters", "LBY")], [])]
    assert _sides(text, "2011-03-07", "ASSAULT") == []


def test_a_crowd_out_in_support_of_the_leader_is_his_supporters(nlp: object) -> None:
    """ "rallied in support of President Saleh", "rallied to support their leader": a show of support for the
    country's leader is his supporters', against no one; support for a group ("the rebels") leaves a protest."""
    text = "Yemeni President Ali Abdullah Saleh spoke on Thursday. Hundreds of people rallied in Sanaa on Friday in support of President Ali Abdullah Saleh."
    assert _sides(text, "2011-02-05", "PROTEST") == [([("Saleh supporters", "YEM")], [])]
    text = "Libyan leader Muammar Gaddafi spoke on state television on Thursday. In Tripoli, thousands rallied on Friday to support their leader."
    assert _sides(text, "2011-03-20", "PROTEST") == [([("Gaddafi supporters", "LBY")], [])]
    text = "Libyan leader Muammar Gaddafi spoke on state television on Thursday. In Benghazi, thousands rallied on Friday in support of the rebels."
    [(actors, _r)] = _sides(text, "2011-03-20", "PROTEST")
    assert actors == [("protesters", "LBY")]
    text = "Libyan leader Muammar Gaddafi spoke on state television on Thursday. In Benghazi, thousands rallied on Friday to support Gaddafi's ouster."
    [(actors, _r)] = _sides(text, "2011-03-20", "PROTEST")
    assert actors == [("protesters", "LBY")]


def test_we_in_a_quote_is_the_speaker_named_where_the_quote_closes_or_before_it(nlp: object) -> None:
    """ "...," Crowley said. "We continue to urge ...": the official named at the close of the quote before; a
    quote that runs on over paragraphs is the one named where it closes; an unnamed "he" speaks for no one."""
    text = (
        '"We are closely monitoring the situation," State Department spokesman P.J. Crowley said on Thursday.\n\n'
        '"We continue to urge Egyptian authorities to show restraint."'
    )
    # the body his title names speaks in his "we" too
    assert _sides(text, "2011-01-28", "REQUEST") == [([("P.J. Crowley", "USA"), ("State Department", "USA")], [(None, "EGY")])]
    text = (
        'Foreign Minister Moussa Koussa spoke on Friday. "This is a hard time.\n\n'
        "We urge the United Nations to send observers to Libya.\n\n"
        'They must come soon," Koussa said.'
    )
    [(actors, _r)] = _sides(text, "2011-03-19", "REQUEST")
    assert actors == [("Moussa Koussa", "LBY")]
    text = 'A fighter spoke to Reuters on Friday.\n\n"We urge NATO to bomb the town," he said.'
    assert _sides(text, "2011-03-19", "REQUEST") == []


def test_a_city_spelled_with_an_apostrophe() -> None:
    from tidings import gazetteer

    city = gazetteer.load().city("Sana'a")
    assert city is not None and city.country == "YEM"


def test_his_forces_are_the_leaders_forces_not_the_man(nlp: object) -> None:
    """ "Gaddafi ... His forces shelled Misrata": Gaddafi's forces, once (not Gaddafi and the country's forces);
    "his supporters" of a leader are his supporters; a commander's "his forces" are not a group of his own."""
    text = "Libyan leader Muammar Gaddafi spoke on Friday. His forces shelled Misrata on Saturday."
    [(actors, _r)] = _sides(text, "2011-03-28", "ASSAULT")
    assert actors == [("Gaddafi forces", "LBY")]
    text = "President Hosni Mubarak appeared on television on Friday. His supporters attacked protesters in Tahrir Square on Wednesday."
    [(actors, _r)] = _sides(text, "2011-02-04", "ASSAULT")
    assert actors == [("Mubarak supporters", "EGY")]
    text = "Rebel commander Abdel Fattah Younes said his forces captured Brega on Sunday."
    [(actors, _r)] = _sides(text, "2011-03-28", "COERCE")
    assert ("Abdel Fattah Younes", "LBY") in actors and not any(
        name and "Younes" in name and name != "Abdel Fattah Younes" for name, _c in actors
    )


def test_a_bodys_own_meeting_and_officials_gathering_are_meetings(nlp: object) -> None:
    """ "a meeting in Turkey of the Libya contact group", "an EU foreign ministers' meeting": the body's members
    meet (multilateral), even where the parser hangs "of the contact group" on "Turkey"; ministers who gather
    meet, they do not protest; a summit one only attends on the sidelines of is no meeting of its own."""
    text = "Foreign ministers gathered at a meeting in Turkey of the Libya contact group on Friday."
    events = tidings.extract(text, published="2011-07-16")
    assert [(e.type, e.mode, [a.name for a in e.actors]) for e in events] == [("CONSULT", "multilateral", ["Libya Contact Group"])]
    text = "Frattini spoke before an EU foreign ministers' meeting in Luxembourg on Monday."
    assert _sides(text, "2011-06-21", "CONSULT") == [([("European Union", None)], [])]
    text = "Obama met Medvedev on the sidelines of the G20 summit on Monday."
    assert _sides(text, "2011-06-21", "CONSULT") == [([("Barack Obama", "USA")], [("Dmitry Medvedev", "RUS")])]
    assert _sides("Thousands of protesters gathered in Tahrir Square on Friday.", "2011-02-05", "PROTEST") != []


def test_the_place_of_another_verb_is_not_the_rebels(nlp: object) -> None:
    """ "agreed at their meeting in Luxembourg to assist the rebels": Luxembourg is where the ministers met; the
    rebels are the ones the article's sentences about rebels place in Libya."""
    text = (
        "Rebels took the oil town of Brega on Sunday, in eastern Libya.\n\n"
        "EU foreign ministers agreed at their meeting in Luxembourg on Monday to assist the rebels."
    )
    recipients = [r for _actors, rs in _sides(text, "2011-06-21", "AGREE") for r in rs]
    assert ("Libyan rebels", "LBY") in recipients and not any(name and "Luxembourg" in name for name, _ in recipients)


def test_a_page_that_tells_of_the_day_after_its_date_is_read_from_that_day(nlp: object) -> None:
    """A page dated Monday that tells, again and again, what happened "on Tuesday" was written on Tuesday (a live
    page, a time zone): its Tuesday is the next day, not a week before; once, it is the Tuesday before."""
    text = (
        "The Jordanian foreign minister met the Egyptian president in Cairo on Tuesday. "
        "Police arrested ten protesters in Suez on Tuesday. "
        "Thousands of protesters marched in Alexandria on Tuesday."
    )
    events = tidings.extract(text, published="2012-03-05")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and all(e.date == "2012-03-06" for e in meetings), [(e.type, e.date) for e in events]
    assert all(s.published == "2012-03-05" for e in events for s in e.sources)
    once = tidings.extract(text.split(". ")[0] + ".", published="2012-03-05")
    assert [e.date for e in once if e.type == "CONSULT"] == ["2012-02-28"]


def test_the_sides_a_verb_carries_are_its_event_nouns(nlp: object) -> None:
    """ "reported clashes ... between police and protesters": the parser hangs the sides on the verb; they are the
    clash's (a mutual event: every side acts)."""
    text = "State television reported violent clashes on Wednesday night between police and protesters in Alexandria."
    [(actors, recipients)] = _sides(text, "2011-04-05", "ASSAULT")
    assert {name for name, _country in actors} == {"Egyptian police", "protesters"} and recipients == []


def test_common_phrasings_of_force_are_triggers(nlp: object) -> None:
    """ "lobbed tear gas at", "closed its border with", "fought off": an attack, a coercion, an attack."""
    [(actors, recipients)] = _sides("Riot police lobbed tear gas at protesters in Sanaa on Friday.", "2011-04-05", "ASSAULT")
    assert actors == [("Yemeni police", "YEM")] and recipients == [("protesters", "YEM")]
    [(actors, recipients)] = _sides("Algeria closed its border with Libya on Monday.", "2011-04-05", "COERCE")
    assert actors == [(None, "DZA")] and recipients == [(None, "LBY")]
    [(actors, _recipients)] = _sides("Rebel fighters fought off Gaddafi's forces near Brega on Monday.", "2011-04-05", "ASSAULT")
    assert ("Libyan rebels", "LBY") in actors


def test_a_crowd_attacked_without_an_attacker_named_was_attacked_by_the_forces_just_named(nlp: object) -> None:
    """ "Two protesters were shot dead" after the police are named: the police's attack on the protesters; alone,
    a toll without an attacker."""
    text = "Yemeni police surrounded the university in Sanaa on Thursday. Two protesters were shot dead on Friday, witnesses said."
    [(actors, recipients)] = _sides(text, "2011-04-05", "ASSAULT")
    assert actors == [("Yemeni police", "YEM")] and recipients == [("protesters", "YEM")]
    assert _sides("Two protesters were shot dead in Sanaa on Friday, witnesses said.", "2011-04-05", "ASSAULT") == []


def test_an_air_strike_is_no_shot_into_the_air(nlp: object) -> None:
    """ "killed six civilians in an air strike": "air" modifies the strike, the attack is aimed; "fired into the
    air" aims at no one."""
    text = "Russian jets killed six civilians in an air strike on Idlib on Monday, a monitor said."
    assert _sides(text, "2019-05-07", "ASSAULT") == [([("Russian forces", "RUS")], [("civilians", "SYR")])]
    assert _sides("Soldiers fired into the air in Minsk on Monday to scatter the crowd.", "2020-08-11", "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Mobile phone networks were shut down across Belarus on Sunday.", [[(None, "BLR")]]),
        ("Access to Facebook was blocked in Uganda on Tuesday.", [[(None, "UGA")]]),
        ("Two schools in Minsk were shut on Monday.", []),
        ("The oil field in Sirte was shut down on Monday.", []),
    ],
)
def test_a_means_of_communication_shut_without_its_agent_is_the_governments(
    nlp: object, text: str, actors: list[list[tuple[str | None, str | None]]]
) -> None:
    """ "the internet has been shut down", "Facebook was blocked": a blackout is the government's act; a school
    or an oil field shut is not."""
    assert [a for a, _recipients in _sides(text, "2020-08-11", "COERCE")] == actors


def test_a_hyphenated_cease_fire_announced_is_an_agreement(nlp: object) -> None:
    """ "announced a cease-fire": the parser splits the word ("cease" + "fire"); it is AGREE, as "ceasefire" is."""
    [(actors, _recipients)] = _sides("Libya's government announced a cease-fire on Sunday.", "2011-03-21", "AGREE")
    assert actors == [(None, "LBY")]


@pytest.mark.parametrize(
    ("text", "typ", "people"),
    [
        ("Chile's army urged the public on Sunday to respect the curfew.", "REQUEST", ("Chilean people", "CHL")),
        ("The Peruvian health ministry urged citizens on Monday to wash their hands.", "REQUEST", ("Peruvian people", "PER")),
        ("Kenya's president called on Kenyans on Monday to stay calm.", "REQUEST", ("Kenyan people", "KEN")),
        # a day after the object: the parser tags "public" an adjective
        ("Kenya's interior minister urged the public Sunday to obey the curfew.", "REQUEST", ("Kenyan people", "KEN")),
        ("Obama praised the Tunisian people on Friday.", "SUPPORT", ("Tunisian people", "TUN")),
    ],
)
def test_an_appeal_to_the_public_addresses_the_countrys_people(nlp: object, text: str, typ: str, people: tuple[str, str]) -> None:
    """ "urged the public", "called on Kenyans", "praised the Tunisian people": the country's people as a whole (also
    called its citizens), not its state; "people returning from Peru" are some people, no one's people."""
    [(_actors, recipients)] = _sides(text, "2024-05-17", typ)
    assert recipients == [people]
    assert not _sides("The ministry advised people returning from Peru on Monday to stay home.", "2024-05-17", "REQUEST")


def test_an_ask_is_made_of_its_addressee_not_of_whom_it_talks_about(nlp: object) -> None:
    """ "urged the new cabinet to free the students": the cabinet is asked, even when the text does not resolve it;
    the students the ask talks about are not."""
    text = "Police fired tear gas at protesters in Tunis on Monday. The French minister urged the new cabinet on Tuesday to free the jailed students."
    sides = _sides(text, "2011-01-20", "REQUEST")
    assert sides and all(name != "students" for _actors, recipients in sides for name, _country in recipients)


def test_a_fight_told_from_one_side_has_its_subject_act_on_the_other(nlp: object) -> None:
    """ "Police clashed with students": the subject acts, the "with" side is acted on; "clashes between police and
    protesters" name no side first, so both act."""
    [(actors, recipients)] = _sides("Police clashed with students in Khartoum on Sunday.", "2011-03-01", "ASSAULT")
    assert actors == [("Sudanese police", "SDN")] and recipients == [("students", "SDN")]
    [(actors, recipients)] = _sides("Clashes between police and protesters erupted in Cairo on Sunday.", "2011-03-01", "ASSAULT")
    assert sorted(a for a, _c in actors) == ["Egyptian police", "protesters"] and recipients == []


def test_a_date_that_describes_a_noun_does_not_move_the_narrative(nlp: object) -> None:
    """The day a story has reached is the day its main clause tells of: a date that names a noun ("a March 3
    meeting") or sits in a clause about one ("a revolt that began on February 15") is background, and the next
    undated report keeps the story's day."""
    text = (
        "Rebels captured the town of Zawiya on Monday. "
        "The minister recalled a March 3 meeting with Italian officials in Rome. "
        "Italy's foreign minister urged Gaddafi to step down."
    )
    assert _dated(text, "2011-04-20", "REQUEST") == ["2011-04-18"]
    text = (
        "Government troops retook the port of Brega on Tuesday, six weeks into a revolt that began on February 15. "
        "The United Nations urged both sides to stop the fighting."
    )
    assert _dated(text, "2011-03-30", "REQUEST") == ["2011-03-29"]


def test_a_day_named_in_a_plan_or_a_forecast_does_not_move_the_narrative(nlp: object) -> None:
    """The story reaches a day it tells in the past: a day named under a modal ("today could prove decisive") or in
    a plan told in the present ("another march is planned Friday") is no day of the story, and the next undated
    report keeps the day it had reached."""
    for aside in ("Many in the square feel that today could prove decisive.", "Another march is planned Friday after noon prayers."):
        text = f"The president spoke to the nation late on Thursday. {aside} Suleiman told the protesters to go home."
        assert _dated(text, "2011-02-11", "REQUEST") == ["2011-02-10"], aside


def test_a_day_ahead_of_an_awaited_event_does_not_move_the_narrative(nlp: object) -> None:
    """ "ahead of a meeting of ministers on Thursday": the meeting was still to come, its day lies ahead and is no day
    the story has reached."""
    text = (
        "Rebels shelled the port of Brega on Monday. "
        "Diplomats drafted new sanctions ahead of a meeting of foreign ministers on Thursday. "
        "Italy's foreign minister urged Gaddafi to step down."
    )
    assert _dated(text, "2011-06-21", "REQUEST") == ["2011-06-20"]


def test_a_day_that_opens_a_period_does_not_move_the_narrative(nlp: object) -> None:
    """ "Since NATO took over on March 31, the United States has flown 755 sorties": the day a period began is no day
    the story has reached; the next undated report keeps the story's day."""
    text = (
        "Rebels shelled the port of Brega on Sunday. "
        "Since NATO took over the operation on March 31, the United States has flown 755 sorties. "
        "Italy's foreign minister urged Gaddafi to step down."
    )
    assert _dated(text, "2011-06-24", "REQUEST") == ["2011-06-19"]
    # the day under "until", also with a word before it ("until late Tuesday")
    text = (
        "Rebels shelled the port of Brega on Sunday. The curfew in Tripoli stayed in force until late Tuesday. "
        "Italy's foreign minister urged Gaddafi to step down."
    )
    assert _dated(text, "2011-06-24", "REQUEST") == ["2011-06-19"]


@pytest.mark.parametrize(
    ("report", "typ"),
    [
        ("The National Transitional Council has called on Italy to send police trainers.", "REQUEST"),
        ("Italy and France have been discussing aid with the National Transitional Council.", "CONSULT"),
        ("The rebels have said they would not negotiate with Gaddafi.", "REJECT"),
    ],
)
def test_a_deed_in_the_present_perfect_is_not_dated_by_the_narrative(nlp: object, report: str, typ: str) -> None:
    """The present perfect names no past day: a report in the present perfect (its progressive, or a refusal under
    "have said") with no time of its own takes the publication month, as the brief has it, whether the story's last
    day lies in an earlier month or in the publication's own; told in the simple past, it keeps the story's day."""
    text = f"Rebels shelled the port of Brega on August 27. {report}"
    assert _dated(text, "2011-09-02", typ) == ["2011-09"]
    text = f"Rebels shelled the port of Brega on Thursday. {report}"
    assert _dated(text, "2011-09-02", typ) == ["2011-09"]
    text = "Rebels shelled the port of Brega on August 27. The National Transitional Council called on Italy to send police trainers."
    assert _dated(text, "2011-09-02", "REQUEST") == ["2011-08-27"]


def test_a_wire_storys_dateline_is_its_leads_day(nlp: object) -> None:
    """ "CAIRO | Tue Feb 1, 2011 3:12pm EST CAIRO (Reuters) -": the day a wire story was filed is the day its lead tells
    of, until the story names another; the dateline is cut from the text, so it is read from the page. Without a
    dateline, or with one days older than the publication (another story's), a report in the past with no time
    expression takes the publication month."""
    lead = "Egypt's army urged protesters to go home, state television said. Kenya's president praised the army."
    assert _dated(f"CAIRO | Tue Feb 1, 2011 3:12pm EST CAIRO (Reuters) - {lead}", "2011-02-02", "SUPPORT") == ["2011-02-01"]
    assert _dated(lead, "2011-02-02", "SUPPORT") == ["2011-02"]
    assert _dated(f"CAIRO | Tue Jan 25, 2011 3:12pm EST CAIRO (Reuters) - {lead}", "2011-02-02", "SUPPORT") == ["2011-02"]


def test_a_wire_story_stamped_in_the_small_hours_east_of_utc_is_read_from_the_day_before(nlp: object) -> None:
    """ "TRIPOLI | Wed Apr 6, 2011 4:03am IST": filed late on April 5 (UTC), so its lead tells of April 5 and a quote's
    "today" is April 5 too, though the page carries April 6."""
    text = (
        "TRIPOLI | Wed Apr 6, 2011 4:03am IST TRIPOLI (Reuters) - Rebels shelled the port of Brega on Monday. "
        '"There was heavy shelling today," a rebel said. Kenya\'s president praised the rebels.'
    )
    assert _dated(text, "2011-04-06", "SUPPORT") == ["2011-04-05"]


def test_a_present_perfect_is_dated_only_through_the_verb_it_is_reported_by(nlp: object) -> None:
    """English names no past day with the present perfect: a day in another clause of its sentence ("using them on
    Saturday") is that clause's, and the deed takes the publication month; the day of the verb that reports it
    ("state television reported on Monday") dates it."""
    text = "The United States has also deployed drones to Libya, using them for the first time on Saturday to strike a rocket launcher."
    assert _dated(text, "2011-04-24", "MOBILIZE") == ["2011-04"]
    text = "Nearly 2,000 escaped prisoners have been arrested by the police, state television reported on Monday."
    assert _dated(text, "2011-02-02", "COERCE") == ["2011-01-31"]


def test_the_story_reaches_the_day_of_its_sentences_own_clause(nlp: object) -> None:
    """ "Troops retook the town on Tuesday, two days after rebels seized it on Sunday": the narrative moves to Tuesday,
    the main clause's day, not to the Sunday a later clause names; the next undated report is Tuesday's."""
    text = (
        "Rebels shelled Brega on Sunday. Government forces retook the town on Tuesday, two days after rebels seized it "
        "on Sunday. Government troops arrested ten rebels."
    )
    assert _dated(text, "2011-03-10", "COERCE")[-1] == "2011-03-08"


@pytest.mark.parametrize("bound", ["until the fall elections", "until September"])
def test_a_time_that_bounds_a_period_does_not_date_the_main_clause(nlp: object, bound: str) -> None:
    """ "Protesters demanded that he step down, with a caretaker government running the country until the fall
    elections": the time in the phrase of "until" ends a period another clause tells of; the demand keeps the
    story's day."""
    text = (
        "Police fired tear gas at protesters in Cairo on Wednesday. "
        f"Protesters demanded that Mubarak step down, with a caretaker government running the country {bound}."
    )
    assert _dated(text, "2011-02-03", "REQUEST") == ["2011-02-02"]


def test_a_weekday_on_a_noun_dates_rather_than_names(nlp: object) -> None:
    """ "after Friday prayers": a weekday on a noun is a day of the story's week, so it dates the report; a year on a
    noun ("after the 1986 bombing") names another event, and the report keeps the story's day."""
    text = "Rebels shelled the port of Brega on Wednesday. Hundreds of protesters chanted against Gaddafi in Benghazi after {}."
    assert _dated(text.format("Friday prayers"), "2011-03-04", "PROTEST") == ["2011-03-04"]
    assert _dated(text.format("the 1986 bombing"), "2011-03-04", "PROTEST") == ["2011-03-02"]


def test_a_plan_set_for_a_bare_weekday_is_set_for_the_coming_one(nlp: object) -> None:
    """ "The envoy was due on Tuesday to fly to Beijing": a plan told in the past tense still lies ahead of the report,
    so its bare weekday is the coming one, not last week's; a deed told in the past keeps last week's."""
    lead = "Rebels shelled the port of Brega on Sunday. "
    text = lead + "Rebel envoy Ali Essawi was due on Tuesday to travel to China for talks with Chinese officials."
    assert _dated(text, "2011-06-20", "CONSULT") == ["2011-06-21"]
    text = lead + "Rebel envoy Ali Essawi met Chinese officials in Beijing on Tuesday."
    assert _dated(text, "2011-06-20", "CONSULT") == ["2011-06-14"]


def test_a_weekday_in_a_past_plans_own_clause_is_the_day_it_was_set_for(nlp: object) -> None:
    """ "The envoy was scheduled to meet the minister on Monday", told on Tuesday: the weekday is in the planned deed's
    own clause, under a plan told in the past, so it is the Monday just gone; told in the present ("is scheduled"),
    the plan lies ahead and the weekday is the coming one."""
    text = "The UN envoy to Libya {} scheduled to meet Tunisia's foreign minister on Monday."
    assert _dated(text.format("was"), "2011-08-16", "CONSULT") == ["2011-08-15"]
    assert _dated(text.format("is"), "2011-08-16", "CONSULT") == ["2011-08-22"]


def test_a_year_on_the_events_own_noun_dates_it(nlp: object) -> None:
    """ "after Berlusconi's 2008 visit to Tripoli": a year that names the noun the event word is dates that event (a
    year on another noun, "the 1986 bombing", names another event and dates nothing)."""
    text = "Rebels shelled the port of Brega on Sunday. The gas deal was signed a year after Silvio Berlusconi's 2008 visit to Tripoli."
    assert _dated(text, "2011-09-07", "CONSULT") == ["2008"]


def test_a_report_in_the_present_perfect_is_not_dated_by_a_day_ahead(nlp: object) -> None:
    """ "The opposition has called on its supporters to rally next Friday": the present perfect tells a deed done by
    the time of writing, so a day after the publication is the day of what is called for; the call, with no time of
    its own, takes the publication month (the brief's convention), not the story's day."""
    text = "Police fired tear gas at protesters in Cairo on Tuesday. The opposition has called on its supporters to rally in Cairo next Friday."
    assert _dated(text, "2011-01-27", "REQUEST") == ["2011-01"]


def test_the_time_of_what_is_called_for_does_not_date_the_call(nlp: object) -> None:
    """ "The party has called for its followers to march after prayers on Friday", "urged Egyptians to march on
    Sunday", "accused Mexico of the attack on Monday": a time in what a statement asks for or charges is the time of
    that deed; the statement keeps the story's day (in the present perfect, the publication month)."""
    lead = "Police fired tear gas at protesters in Cairo on Wednesday. "
    text = lead + "The Muslim Brotherhood has called for its followers to demonstrate after prayers on Friday."
    assert _dated(text, "2011-01-27", "REQUEST") == ["2011-01"]
    text = lead + "Mohamed ElBaradei urged Egyptians to march in Suez on Sunday."
    assert _dated(text, "2011-01-27", "REQUEST") == ["2011-01-26"]
    text = lead + "Castro accused Mexico of the attack on Monday."
    assert _dated(text, "2011-01-27", "ACCUSE") == ["2011-01-26"]


def test_a_call_for_protests_announces_them_and_is_reported_now(nlp: object) -> None:
    """ "are calling for mass protests on Saturday", "called for protests after prayers on Friday": a call for
    protests announces them, planned by the callers for the day named; the call itself is reported now (a present
    progressive call is no plan, and the protest's day is not the call's)."""
    text = "Kenyan opposition groups are calling for a rally on Saturday."
    events = {(e.type, e.status, e.date) for e in tidings.extract(text, published="2011-02-02")}
    assert ("REQUEST", "occurred", "2011-02") in events, events
    assert ("PROTEST", "planned", "2011-02-05") in events, events
    text = "The Kenyan opposition has called for protests after prayers on Friday."
    events = {(e.type, e.status, e.date) for e in tidings.extract(text, published="2011-02-02")}
    assert ("PROTEST", "planned", "2011-02-04") in events, events
    assert _sides(text, "2011-02-02", "PROTEST")[0][0][0] == ("Kenyan opposition", "KEN")
    text = "Kenyan opposition groups urged an end to the protests."
    assert not [e for e in tidings.extract(text, published="2011-02-02") if e.type == "PROTEST"]


def test_a_time_in_a_clause_the_event_follows_does_not_date_it(nlp: object) -> None:
    """ "After rebels seized Ajdabiya on Friday, NATO warplanes bombed ...": the time of the clause an event follows
    (or precedes) is that clause's; the event keeps the story's day."""
    lead = "Rebel leaders met NATO envoys in Benghazi on Sunday. "
    text = lead + "After rebels seized the town of Ajdabiya on Friday, NATO warplanes bombed Gaddafi forces near Brega."
    assert _dated(text, "2011-04-12", "ASSAULT") == ["2011-04-10"]
    assert _dated(text, "2011-04-12", "COERCE") == ["2011-04-08"]
    text = lead + "NATO warplanes bombed Gaddafi forces near Brega before rebels seized the town of Ajdabiya on Friday."
    assert _dated(text, "2011-04-12", "ASSAULT") == ["2011-04-10"]
    # The other way round: an event told in the clause that another follows precedes that other's day.
    text = "Rebel leaders met NATO envoys in Benghazi on Friday. "
    text += "NATO warplanes bombed Gaddafi forces near Brega on Sunday after rebels seized the town of Ajdabiya."
    assert _dated(text, "2011-04-12", "COERCE") == ["2011-04-08"]


def test_a_gerund_after_after_is_a_clause_the_event_follows(nlp: object) -> None:
    """ "condemned him in a statement after visiting the border on Monday": a time in a gerund after "after" or "before" is
    that deed's, as in a full "after" clause; the statement keeps the story's day."""
    lead = "Rebels met NATO envoys in Benghazi on Wednesday. "
    text = lead + "Ban Ki-moon condemned Gaddafi in a statement after visiting the Libyan border on Monday."
    assert _dated(text, "2011-03-03", "ACCUSE") == ["2011-03-02"]
    text = lead + "After visiting the Libyan border on Monday, Ban Ki-moon condemned Gaddafi."
    assert _dated(text, "2011-03-03", "ACCUSE") == ["2011-03-02"]
    text = lead + "Ban Ki-moon condemned Gaddafi in a statement on Monday."
    assert _dated(text, "2011-03-03", "ACCUSE") == ["2011-02-28"]


def test_a_day_on_the_update_a_call_was_made_in_dates_the_call(nlp: object) -> None:
    """ "called on protesters to go home in a Saturday update": the day names the update the call was made in, not
    the going home asked for, so it dates the call (where the parse hangs the phrase on the content)."""
    text = "Protesters clashed with police in Cairo on Friday. The army called on protesters to go home in a Saturday update."
    assert _dated(text, "2011-01-31", "REQUEST") == ["2011-01-29"]


def test_a_background_deed_in_the_past_perfect_is_not_the_narratives_day(nlp: object) -> None:
    """ "The rebels had surrendered the town": the article's own past perfect tells of a deed before the day the story
    has reached; one reported under a verb of saying is the report's backshifted past and keeps that day."""
    lead = "Egyptian police arrested 20 protesters in Cairo on Thursday. "
    assert _dated(lead + "The rebels had surrendered the town to the army.", "2011-04-08", "RETREAT") == ["2011-04"]
    said = lead + "Witnesses said the rebels had surrendered the town to the army."
    assert _dated(said, "2011-04-08", "RETREAT") == ["2011-04-07"]


def test_a_deadline_does_not_date_the_order(nlp: object) -> None:
    """ "The army ordered protesters to leave the square by Friday": a time after "by" is the deadline of what is
    ordered, not the day of the order, which keeps the story's day."""
    text = "Police fired tear gas at protesters in Cairo on Tuesday. The army ordered protesters to leave the square by Friday."
    assert _dated(text, "2011-03-09", "COERCE") == ["2011-03-08"]


def test_an_event_in_a_clause_on_a_time_expression_happened_then(nlp: object) -> None:
    """ "a civil war since February, when thousands rose up": the clause on the time tells what happened then, the
    start of the period too, not on the day the story has reached."""
    text = (
        "Rebels shelled the port of Brega on Sunday. "
        "The country has been torn by conflict since February, when thousands of protesters rose up against Gaddafi."
    )
    assert _dated(text, "2011-07-11", "PROTEST") == ["2011-02"]


def test_a_sentence_dated_only_by_a_beginning_tells_its_history(nlp: object) -> None:
    """ "Protests that began on February 15 turned into war after troops opened fire": with no date of its own, the
    sentence tells the history of what began then, in that month; a beginning in the story's own month leaves the
    story's day."""
    history = "Protests that began on February 15 turned into a civil war after Gaddafi's troops opened fire on the marchers."
    text = f"Rebels shelled the port of Brega on Sunday. {history}"
    assert _dated(text, "2011-04-05", "ASSAULT") == ["2011-02", "2011-04-03"]
    recent = "Protests that began on April 1 grew after Gaddafi's troops opened fire on the marchers."
    assert _dated(f"Rebels shelled the port of Brega on Sunday. {recent}", "2011-04-05", "ASSAULT") == ["2011-04-03"] * 2


def test_a_beginning_in_an_earlier_month_does_not_take_the_narrative_back(nlp: object) -> None:
    """ "An uprising that began on March 2 turned into a war": a day in a clause about a noun, in a month before the
    publication's, is the story's history; the next undated report keeps the day the story had reached, not that
    beginning (one in the publication's own month still moves it)."""
    history = "The uprising that began on March 2 turned into a long war after the army fired on the crowds."
    text = f"Rebels shelled the port of Brega on Sunday. {history} The Arab League urged the army to stop the shelling."
    assert _dated(text, "2011-04-05", "REQUEST") == ["2011-04-03"]
    recent = "The uprising that began on April 1 grew after the army fired on the crowds."
    text = f"Rebels shelled the port of Brega on Sunday. {recent} The Arab League urged the army to stop the shelling."
    assert _dated(text, "2011-04-05", "REQUEST") == ["2011-04-01"]


def test_an_event_counted_back_from_its_clause_is_dated_that_many_days_before(nlp: object) -> None:
    """ "Crowds cleaned the square on Saturday, a day after the president resigned": the resignation is dated the
    day before the clause it hangs on (its own day, not the day it is told on); "two days after" two days before;
    a day the clause prepares for ("readied themselves for Sunday") is no day of it: the story's day counts."""
    text = "Crowds cleaned the central square on Saturday, a day after President Hosni Mubarak resigned."
    assert _dated(text, "2011-02-13", "RETREAT") == ["2011-02-11"]
    text = "Two days after rebels seized the town of Brega, NATO bombed its airport on Friday."
    assert _dated(text, "2011-04-09", "COERCE") == ["2011-04-06"]
    text = "Crowds cleaned the central square on Saturday, a week after President Hosni Mubarak resigned."
    assert _dated(text, "2011-02-20", "RETREAT") == ["2011-02-12"]
    text = (
        "Protesters marched in Cairo on Saturday. "
        "A day after President Hosni Mubarak stepped down, shopkeepers readied themselves for Sunday."
    )
    assert _dated(text, "2011-02-13", "RETREAT") == ["2011-02-11"]
    # A verb joined to the counted-back one shares its day.
    text = "The minister spoke on Tuesday, a day after the United States moved warships closer to Libya and froze Libyan assets."
    assert _dated(text, "2011-03-02", "SANCTION") == ["2011-02-28"]
    # A gerund owned up to or begun in the counted-back clause is dated with it, also where the parser hangs the
    # clause on the measure ("a day") rather than on the verb.
    text = "Kenya summoned the Ugandan ambassador on Monday, a day after Uganda admitted bombing a village near the border."
    assert _dated(text, "2011-06-21", "ASSAULT") == ["2011-06-19"]
    text = "Rebels said on Tuesday they had retaken the port, two days after Kenyan troops began shelling the town."
    assert _dated(text, "2011-06-21", "ASSAULT") == ["2011-06-19"]


def test_a_visit_named_as_the_time_of_a_deed_is_dated_as_the_deed(nlp: object) -> None:
    """ "fighting flared on Monday during Sarkozy's visit to Algeria", "pledged more strikes at his first meeting with
    Jalil": a visit or meeting that gives the time of a deed took place then, though "his" makes it a reference."""
    text = "Fighting flared in the north on Monday during Nicolas Sarkozy's visit to Algeria."
    assert _dated(text, "2011-03-22", "CONSULT") == ["2011-03-21"]
    text = (
        "Rebels shelled the port on Monday. "
        "In Paris, Nicolas Sarkozy pledged more air strikes at his first meeting with the rebel leader Mustafa Abdel Jalil."
    )
    assert _dated(text, "2011-04-20", "CONSULT") == ["2011-04-18"]


def test_a_refusal_and_a_report_in_the_progressive_take_the_publication_month(nlp: object) -> None:
    """ "say he will not step down" is a refusal made as it is said, "are demanding" goes on as it is told: with
    no time expression of their own both are dated like any undated report, by the publication's month."""
    assert _dated("Yemeni officials say President Ali Abdullah Saleh will not step down.", "2011-03-10", "REJECT") == ["2011-03"]
    assert _dated("President Ali Abdullah Saleh says he will not seek another term.", "2011-03-10", "CONCEDE") == ["2011-03"]
    text = "Thousands of Yemenis are demanding an end to President Ali Abdullah Saleh's rule."
    assert _dated(text, "2011-03-10", "REQUEST") == ["2011-03"]


def test_a_force_sent_abroad_is_aimed_at_the_country_it_heads_for(nlp: object) -> None:
    """ "sent warships toward Libya", "moved ships closer to Libya": the country the force moves on is its recipient;
    a side of a war that sends fighters, with no destination abroad, moves against the other side."""
    text = "The United States sent two warships toward Libya on Monday, officials said."
    assert _sides(text, "2011-03-01", "MOBILIZE") == [([(None, "USA")], [(None, "LBY")])]
    text = "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. The rebels dispatched hundreds of fighters into the desert on Monday."
    assert _sides(text, "2011-03-10", "MOBILIZE") == [([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")])]


def test_a_town_seized_is_taken_from_the_other_side(nlp: object) -> None:
    """ "rebels seized several towns": the side holding them, as the article's war sets it against the taker."""
    text = "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. The rebels seized three small towns on Monday."
    assert ([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")]) in _sides(text, "2011-03-10", "COERCE")


def test_a_towns_centre_taken_is_the_town_taken_and_one_almost_taken_is_not(nlp: object) -> None:
    """ "Took the centre of Zawiyah", "have taken the harbour zone of Brega" occupy the town (PLOVER
    COERCE), taken from the other side; "had almost taken the port" tells that the other side still holds it."""
    war = "Libyan rebels fought Muammar Gaddafi forces near {0} on Sunday. "
    for town, text in (
        ("Zawiyah", "Rebel fighters took the centre of Zawiyah on Monday."),
        ("Brega", "Rebel units have taken the harbour zone of Brega."),
    ):
        sides = _sides(war.format(town) + text, "2011-07-26", "COERCE")
        assert ([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")]) in sides, text
    text = war.format("Zliten") + "The rebels said they had almost taken the port of Zliten on Monday."
    assert _sides(text, "2011-07-26", "COERCE") == []


def test_a_crowds_demand_is_put_to_its_government_and_leader(nlp: object) -> None:
    """ "protesters demanded change": the government and the leader the article names, as a reader takes it."""
    text = "President Hosni Mubarak spoke on television on Monday. Thousands of protesters in Cairo demanded change on Tuesday."
    [(actors, recipients)] = _sides(text, "2011-02-02", "REQUEST")
    assert actors == [("protesters", "EGY")] and recipients == [("Hosni Mubarak", "EGY")]


def test_a_leader_facing_protests_answers_the_protesters(nlp: object) -> None:
    """ "as long as Mubarak refuses to leave", "he pledged reforms": in a story of protests against him, a leader's
    refusal or promise with no one named is addressed to the protesters."""
    text = (
        "Protesters in Cairo marched against President Hosni Mubarak on Monday. Protesters camped in Tahrir Square. "
        "Mubarak refused to resign on Tuesday."
    )
    assert _sides(text, "2011-02-02", "REJECT") == [([("Hosni Mubarak", "EGY")], [("protesters", "EGY")])]


def test_the_regimes_officials_facing_protests_answer_the_protesters(nlp: object) -> None:
    """ "his son promised dialogue", "the vice president urged calm": in a story of protests, a promise or an appeal
    with no one named, by officials of the regime the protests are against, is addressed to the protesters; the
    country named as a whole is not taken for its officials."""
    lead = "Protesters in Tripoli marched against Muammar Gaddafi on Sunday. Protesters camped outside the courthouse. "
    text = lead + "Saif al-Islam Gaddafi promised dialogue and higher wages on Monday."
    assert _sides(text, "2011-02-21", "AGREE") == [([("Saif al-Islam Gaddafi", "LBY")], [("protesters", "LBY")])]
    text = lead + "Saif al-Islam Gaddafi urged calm on Monday."
    assert _sides(text, "2011-02-21", "REQUEST") == [([("Saif al-Islam Gaddafi", "LBY")], [("protesters", "LBY")])]
    text = lead + "Libya promised dialogue and higher wages on Monday."
    assert all(("protesters", "LBY") not in recipients for _a, recipients in _sides(text, "2011-02-21", "AGREE"))


def test_a_states_force_in_a_protest_story_falls_on_the_protesters(nlp: object) -> None:
    """ "the police shut down a demonstration", "security forces cracked down": with no one named, in a story of
    protests, the protesters are acted on."""
    text = (
        "Thousands of protesters marched in Cairo on Monday. Protesters camped in Tahrir Square. "
        "Egyptian security forces cracked down hard on Tuesday. The Interior Ministry threatened to use force on Tuesday."
    )
    assert _sides(text, "2011-02-02", "COERCE") == [([("Egyptian security forces", "EGY")], [("protesters", "EGY")])]
    assert _sides(text, "2011-02-02", "THREATEN") == [([("Egyptian Interior Ministry", "EGY")], [("protesters", "EGY")])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Libyan rebels captured Garyan on Monday.",
        "The rebels took control of Jufra on Monday.",
        "Libyan rebels were forced to retreat from Bin Jawad on Monday.",
        "Rebel tanks fired at Tiji, where 500 government troops are stationed, on Monday.",
    ],
)
def test_a_town_unknown_to_the_gazetteer_stands_for_its_holder(nlp: object, sentence: str) -> None:
    """ "captured Garyan", "took control of Jufra", "retreat from Bin Jawad", "Tiji, where troops are stationed": a
    town the NER takes for a name is held by the other side of the article's war, not a person acted on."""
    text = "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. " + sentence
    monday = [sides for typ in ("ASSAULT", "COERCE", "RETREAT") for sides in _sides(text, "2011-03-10", typ, "2011-03-07")]
    assert monday == [([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")])], monday


def test_a_sides_own_forces_are_its_own(nlp: object) -> None:
    """ "the rebels said their forces had attacked", "the council says its forces have seized": the rebels' and the
    council's own fighters, not their country's army; a country's "its helicopters" stay its forces."""
    text = "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. The rebels said on Monday their forces had attacked army checkpoints near Zawiyah."
    assert _sides(text, "2011-03-10", "ASSAULT", "2011-03-07") == [([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")])]
    text = "Britain's military said on Monday its helicopters had attacked Gaddafi forces near Brega."
    assert _sides(text, "2011-03-10", "ASSAULT") == [([("British forces", "GBR")], [("Gaddafi forces", "LBY")])]


def test_a_refusal_answers_whoever_made_the_request(nlp: object) -> None:
    """ "Malta rejected the request": the one who made the request the story told just before, as a reader takes it."""
    text = "Libya asked Malta on Monday to return two fighter jets. Malta rejected the request on Tuesday."
    assert _sides(text, "2011-02-25", "REJECT") == [([(None, "MLT")], [(None, "LBY")])]


def _types(text: str, published: str) -> list[str]:
    """The types of the events extracted from text, sorted."""
    return sorted(e.type for e in tidings.extract(text, published=published))


def test_a_codebook_pattern_gives_its_type_only_with_its_object(nlp: object) -> None:
    """PETRARCH2's verb patterns (derived.tsv): "rushed aid" is AID, "traded accusations" ACCUSE, "looked into the
    allegations" ACCUSE; the same verbs with other objects are none of these ("rushed to the meeting", "traded goods",
    "looked into the crowd")."""

    assert "AID" in _types("Japan rushed aid to Pakistan on Monday after the floods.", "2010-08-20")
    assert "AID" not in _types("Japan's envoy rushed to the meeting with Pakistan on Monday.", "2010-08-20")
    assert "ACCUSE" in _types("India traded accusations with Pakistan on Sunday over the shelling in Kashmir.", "2010-08-20")
    assert "ACCUSE" not in _types("India traded rice with Pakistan on Sunday.", "2010-08-20")
    assert "ACCUSE" in _types("Kenya's anti-graft commission looked into allegations against Uganda on Monday.", "2010-08-20")
    assert "ACCUSE" not in _types("Kenyan police looked into the crowd at the border with Uganda on Monday.", "2010-08-20")


def test_a_partisan_leader_is_not_the_leader_protests_are_against(nlp: object) -> None:
    """ "opposition leader Mohamed ElBaradei" leads a part of Egypt, not its state: a crowd that protests with no
    target named protests against its president (named by the article, else the one of the day), never against him."""
    text = (
        "Opposition leader Mohamed ElBaradei returned to Cairo on Thursday. ElBaradei said he would join the crowds. "
        "Thousands of Egyptians protested in Suez on Friday."
    )
    assert _sides(text, "2011-01-29", "PROTEST") == [([("protesters", "EGY")], [("Hosni Mubarak", "EGY")])]
    text = (
        "Opposition leader Mohamed ElBaradei returned to Cairo on Thursday. President Hosni Mubarak stayed silent. "
        "Thousands of Egyptians protested in Suez on Friday."
    )
    assert _sides(text, "2011-01-29", "PROTEST") == [([("protesters", "EGY")], [("Hosni Mubarak", "EGY")])]


def test_a_protest_named_against_someone_is_against_him(nlp: object) -> None:
    """ "anti-Mubarak rallies": the protest's target is the man its name is against, wherever it is held."""
    text = "President Hosni Mubarak spoke on Monday. Anti-Mubarak rallies were held in Toronto and Montreal on Saturday."
    sides = _sides(text, "2011-02-06", "PROTEST")
    assert sides and all(("Hosni Mubarak", "EGY") in recipients for _actors, recipients in sides), sides


def test_a_countrys_protests_are_against_its_ruler_of_the_day(nlp: object) -> None:
    """Protests in a country are against the one who rules it that day, though the article never names him
    (the actor dictionary's dated offices: Tunisia in early January 2011 is Ben Ali's)."""
    sides = _sides("Thousands of people protested in the Tunisian town of Sfax on Monday.", "2011-01-11", "PROTEST")
    assert sides and all(("Zine El Abidine Ben Ali", "TUN") in recipients for _actors, recipients in sides), sides


def test_a_rally_abroad_in_a_story_of_an_uprising_is_against_its_ruler(nlp: object) -> None:
    """A solidarity rally abroad, in a story of a country's uprising, is against the ruler the uprising is against."""
    text = (
        "Protesters filled the streets of Cairo again on Friday. The protesters want President Hosni Mubarak to go, "
        "and the protesters say they will stay. Hundreds of students rallied in Paris on Saturday in solidarity."
    )
    sides = [s for s in _sides(text, "2011-02-06", "PROTEST") if ("protesters", "FRA") in s[0] or (None, "FRA") in s[1]]
    assert sides and all(("Hosni Mubarak", "EGY") in recipients for _actors, recipients in sides), sides


def test_a_rally_abroad_is_against_the_ruler_of_the_uprising_whose_protesters_are_named(nlp: object) -> None:
    """A rally in the country a story names most is still a rally abroad when the story keeps naming another
    country's protesters: it is against the ruler of their uprising (besides the host country's)."""
    text = (
        "Hundreds of Egyptian-Americans rallied in Chicago on Saturday. Americans in Chicago, New York and Washington "
        "joined them. The protesters in Cairo want President Hosni Mubarak to go, and the protesters in Cairo say they "
        "will stay. The United States watched. Protesters also gathered in Dallas on Saturday."
    )
    sides = [s for s in _sides(text, "2011-02-06", "PROTEST") if ("protesters", "USA") in s[0]]
    assert sides and all(("Hosni Mubarak", "EGY") in recipients for _actors, recipients in sides), sides


def test_those_a_condemned_attack_befell_are_not_the_accused(nlp: object) -> None:
    """ "condemned the attacks on reporters in Egypt": the reporters were attacked, not accused."""
    sides = _sides("The French foreign minister condemned the attacks on reporters in Egypt on Friday.", "2011-02-04", "ACCUSE")
    assert sides and all(("journalists", "EGY") not in r and (None, "EGY") in r for _a, r in sides), sides


AIMED_AT_CASES = [
    # the country an attack or an aggression was made on is its victim, not the condemned (no doer named: no one)
    ("Venezuela condemned the aggression on Libya on Sunday.", "2011-03-20", [(["/VEN"], [])]),
    ("Iran on Monday condemned the shelling of Misrata.", "2011-04-18", [(["/IRN"], [])]),
    ("Turkey condemned the attacks against Kurdish civilians on Monday.", "2011-03-21", [(["/TUR"], [])]),
    # the doer named beside the deed still is the one condemned
    ("Iran condemned the American attack on Syria on Monday.", "2013-09-02", [(["/IRN"], ["/USA"])]),
    # the owner or author of criticised words or of a failure is their target; what they are about is not
    ("Mexico on Monday criticized Obama's failure to explain his policy on Syria.", "2013-09-02", [(["/MEX"], ["Barack Obama"])]),
    (
        "The Turkish prime minister on Tuesday disputed a recent remark by U.S. Secretary of State Hillary Clinton that the "
        "Syrian government was stable.",
        "2011-03-29",
        [(["Recep Tayyip Erdogan"], ["Hillary Clinton"])],
    ),
    # the one a plot is said to be against is not the accused
    (
        "Dozens of union members were rounded up in Zimbabwe last week. Prosecutors on Wednesday accused them of "
        "plotting a revolt against President Robert Mugabe.",
        "2011-02-23",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), AIMED_AT_CASES)
def test_a_criticism_is_aimed_at_the_doer_or_author_not_the_victim_or_topic(
    nlp: object, text: str, published: str, expected: list[tuple[list[str], list[str]]]
) -> None:
    """A condemnation, a criticism or a dispute targets whoever did the deed or said the words it judges: never those
    the deed befell ("the aggression on Libya", "a revolt against the president") nor what the words are about."""
    events = tidings.extract(text, published=published)
    found = [
        ([a.name or f"/{a.country}" for a in e.actors], [r.name or f"/{r.country}" for r in e.recipients])
        for e in events
        if e.type == "ACCUSE"
    ]
    assert found == expected


def test_a_head_of_state_does_not_act_on_his_own_country(nlp: object) -> None:
    """ "President Obama eased curbs on Cuban Americans": Cuba is acted on, not the United States he heads."""
    sides = _sides("President Barack Obama eased curbs on Cuban Americans who send money to Cuba on Monday.", "2011-02-08", "CONCEDE")
    assert sides and all((None, "USA") not in r and (None, "CUB") in r for _a, r in sides), sides


def test_a_side_of_a_conflict_is_of_the_country_whose_council_the_article_names(nlp: object) -> None:
    """Rebels the article names with no nationality are of the country whose rebel council it names, not of the
    foreign country that backs them and that their sentences name more often."""
    text = (
        "Qatar sent four tankers of fuel to the rebels on Monday, a Qatari official said in Doha. The rebels hold "
        "Benghazi. The National Transitional Council thanked the emir of Qatar on Tuesday."
    )
    assert _sides(text, "2011-04-10", "AID") == [([(None, "QAT")], [("Libyan rebels", "LBY")])]


def test_the_opposition_of_a_story_of_rebels_is_the_rebels(nlp: object) -> None:
    """One side, one name: in a story of a country's rebels, "the opposition" that captures a town is those rebels,
    and what it takes is held by the other side of the war."""
    text = (
        "Libyan rebels said on Monday they were advancing on Brega. The rebels said forces loyal to Muammar Gaddafi "
        "had retreated. A rebel spokesman said on Tuesday the opposition had captured the eastern districts of Brega."
    )
    assert _sides(text, "2011-04-10", "COERCE") == [([("Libyan rebels", "LBY")], [("Gaddafi forces", "LBY")])]


def test_a_quoted_we_of_a_bodys_spokesman_is_the_body(nlp: object) -> None:
    """ "'We urge ...,' council spokesman X said": the speaker's "we" is the body whose name ends in his title's
    word, the one council the article names."""
    text = (
        "The National Transitional Council met in Benghazi on Monday. "
        '"We urge the United Nations to protect civilians," council spokesman Ahmed Salem said on Tuesday.'
    )
    [(actors, _recipients)] = _sides(text, "2011-03-10", "REQUEST")
    assert ("National Transitional Council", "LBY") in actors, actors


def test_a_son_of_someone_is_the_son_the_article_names(nlp: object) -> None:
    """ "A son of the Libyan leader promised reforms": the son acts, not his father; he is the one other person of
    the family the article names, else "his son"."""
    text = (
        "A son of Libyan leader Muammar Gaddafi promised a program of reforms on Sunday. "
        "Saif al-Islam Gaddafi spoke on state television for forty minutes."
    )
    sides = _sides(text, "2011-02-21", "AGREE")
    assert sides and all(actors == [("Saif al-Islam Gaddafi", "LBY")] for actors, _recipients in sides), sides


def test_a_full_articles_speculation_is_not_news(nlp: object, rules_only: None) -> None:
    """In a full article what someone might, could or should do is a guess or advice, not a report ("the general
    might already have fled", "the council should urge the army to stand down"); the day's arrest stays. A short
    text keeps its modal as a hypothetical (see the modal cases)."""
    story = " ".join(
        [
            "Police in Bamako arrested two opposition leaders on Monday.",
            "Some diplomats say the deposed general might already have fled to Niger.",
            "The African Union should urge the army to hand power to civilians, a lawyer in Dakar said.",
            "Officials in Bamako gave no details of the charges.",
            "The capital has been tense for weeks.",
            "Traders in the main market said business had slowed.",
            "Rain is expected in the region next month.",
            "The two countries share a long border.",
        ]
    )
    events = tidings.extract(story, published="2024-05-14")
    assert sorted((e.type, e.status) for e in events) == [("COERCE", "occurred")]


def test_a_private_persons_deed_or_view_is_no_political_event(nlp: object) -> None:
    """A person the text gives no office, party, force or group does no political violence ("a man shot his
    neighbours": a crime) and makes no demand of a state when he says what it must do (a passer-by's view); soldiers
    who shoot and a minister who says a state must act do."""
    assert _sides("Tom Brennan shot dead two neighbours in Leeds on Sunday.", "2024-05-14", "ASSAULT") == []
    assert _sides("Syrian soldiers shot dead two protesters in Homs on Sunday.", "2024-05-14", "ASSAULT") == [
        ([("Syrian forces", "SYR")], [("protesters", "SYR")])
    ]
    assert _sides("Karim Saleh, a shopkeeper in Tunis, said on Monday that Tunisia must free the students.", "2024-05-14", "REQUEST") == []
    text = "French Foreign Minister Catherine Colonna said on Monday that Tunisia must free the students."
    assert _sides(text, "2024-05-14", "REQUEST") == [([("Catherine Colonna", "FRA")], [(None, "TUN")])]


def test_warning_shots_attack_no_one(nlp: object) -> None:
    """ "fired warning shots" warns, as shots into the air do; shots at the crowd attack it."""

    assert "ASSAULT" not in _types("Syrian soldiers fired warning shots in Homs on Monday.", "2024-05-14")
    assert "ASSAULT" in _types("Syrian soldiers fired warning shots at protesters in Homs on Monday.", "2024-05-14")


def test_advice_is_a_request_only_of_what_to_do_and_no_one_asks_himself(nlp: object) -> None:
    """ "advised civilians to keep away" asks something of them; officers sent "to advise the rebels" counsel them (their
    job, no demand). "had to ask itself whether ..." asks no one else."""

    def requests(text: str) -> int:
        return sum(e.type == "REQUEST" for e in tidings.extract(text, published="2024-05-14"))

    assert requests("The NATO commander advised Libyan civilians on Monday to keep away from the front.") == 1
    assert requests("Britain said on Monday it had sent military officers to Benghazi to advise Libyan rebels.") == 0
    assert requests("The Libyan army asked Tunisia on Monday to close the border.") == 1
    assert requests("On Monday the Libyan army had to ask itself whether Tunisia would close the border.") == 0


def test_a_thing_asked_for_or_information_asked_is_no_request(nlp: object) -> None:
    """ "the jets requested by France" describes the jets (the ask is background) and "requested briefings" asks for
    information; "France requested jets from NATO" and "asked Tunisia to close the border" are demands made that day."""

    def requests(text: str) -> int:
        return sum(e.type == "REQUEST" for e in tidings.extract(text, published="2024-05-14"))

    assert requests("The jets requested by France were not needed, NATO said on Monday.") == 0
    assert requests("President Obama requested briefings from the Pentagon on Monday.") == 0
    assert requests("France requested jets from NATO on Monday.") == 1
    assert requests("The Libyan army asked Tunisia on Monday to close the border.") == 1


def test_a_place_or_a_weapon_struck_is_no_walkout(nlp: object) -> None:
    """ "flu-struck Mexico" was struck (a participle that describes a noun) and "the bomb which struck the base" is a
    weapon, not workers on strike; "dock workers struck over pay" walked out."""

    assert "PROTEST" in _types("Dock workers in Piraeus struck on Monday over pay.", "2024-05-14")
    assert "PROTEST" not in _types("Tourists are avoiding flu-struck Mexico, officials in Cancun said on Monday.", "2024-05-14")
    assert "PROTEST" not in _types("Rebels said the bomb which struck inside the base on Monday had landed in a field.", "2024-05-14")


def test_toppling_as_an_aim_or_a_part_played_is_no_fall(nlp: object) -> None:
    """ "aiming to topple the president", "plotting to overthrow him": a verb of removing a ruler in the infinitive
    tells an aim, not his fall; "rebels toppled the president on Monday" reports it."""

    def retreats(text: str) -> int:
        return sum(e.type == "RETREAT" for e in tidings.extract(text, published="2011-08-29"))

    assert retreats("Rebel fighters swept into the capital on Monday aiming to topple President Ali Abdullah Saleh.") == 0
    assert retreats("Rebels toppled President Ali Abdullah Saleh on Monday.") == 1


def test_a_crowd_gathered_for_its_own_purpose_does_not_protest(nlp: object) -> None:
    """ "Fans gathered to watch the final", "places where crowds gather", "ministers gather for a meeting": no protest;
    a crowd of protesters that gathers, or gathers to demand something, does protest."""

    def protests(text: str) -> int:
        return sum(e.type == "PROTEST" for e in tidings.extract(text, published="2011-02-12"))

    assert protests("Thousands of fans gathered at the stadium in Cairo on Friday to watch the final.") == 0
    assert protests("Health officials on Monday told people to stay away from places where crowds gather.") == 0
    assert protests("Shops in Cairo close early during Ramadan, when families gather to break their fast.") == 0
    assert protests("Thousands of protesters gathered in Tahrir Square on Friday.") == 1
    assert (
        protests("Thousands of protesters gathered in Tahrir Square on Friday to demand the resignation of President Hosni Mubarak.") == 1
    )


def test_a_celebration_of_something_is_no_protest(nlp: object) -> None:
    """ "Crowds celebrated the president's resignation", "fighters celebrated the fall of the town": what is celebrated
    is the news, not a protest or an accusation; a crowd celebrating in the streets, with no object, still gathers."""

    assert "PROTEST" not in _types(
        "Thousands of Egyptians in Alexandria celebrated the resignation of the president on Friday.", "2011-02-12"
    )
    assert "ACCUSE" not in _types(
        "Rebel fighters in Misrata on Friday celebrated the capture of the airport from Gaddafi's forces.", "2011-02-12"
    )
    assert "PROTEST" not in _types("Hundreds of guests met in a Cairo hotel on Friday to celebrate a wedding.", "2011-02-12")
    assert "PROTEST" in _types("Thousands of protesters celebrated in Tahrir Square on Friday.", "2011-02-12")


def test_force_on_ones_own_people_said_as_ongoing_is_a_charge_not_an_attack(nlp: object) -> None:
    """ "The regime continues to shell its own citizens": what a ruler goes on doing to his people is the speaker's
    charge, not one attack; an attack on them on a day is one."""

    def assaults(text: str) -> int:
        return sum(e.type == "ASSAULT" for e in tidings.extract(text, published="2011-03-02"))

    assert assaults('"The Libyan regime continues to shell its own citizens in Misrata," the envoy told reporters on Wednesday.') == 0
    assert assaults('"The army is bombing its own population every day," a French minister said on Wednesday.') == 0
    assert assaults("Gaddafi forces fired on their own people in Benghazi on Sunday.") == 1


def test_what_the_people_attacked_or_arrested_were_doing_is_no_event_of_its_own(nlp: object) -> None:
    """ "an assault on civilians protesting his rule", "arrested while protesting": the attack or the arrest is
    reported; the protest only says who the people were or what they were doing. A march whose marchers demand
    something is still a protest."""

    assert _types("Gaddafi forces launched an assault on civilians protesting his rule on Friday.", "2011-02-12") == ["ASSAULT"]
    assert _types("His brothers were arrested in Cairo on Friday while protesting against Mubarak.", "2011-02-12") == ["COERCE"]
    assert "PROTEST" in _types(
        "Thousands of protesters marched in Cairo on Friday demanding the resignation of President Hosni Mubarak.", "2011-02-12"
    )


def test_a_writ_is_not_the_deed_and_a_resolution_rules_no_one(nlp: object) -> None:
    """ "The court issues arrest warrants" (parsed as the verb "arrest") names a writ, not an arrest; "the resolution
    bars an occupation force" is what a text rules, not force used; "police arrest three men" is an arrest."""

    def coerced(text: str) -> int:
        return sum(e.type == "COERCE" for e in tidings.extract(text, published="2011-07-12"))

    assert coerced("June 27 - The ICC issues arrest warrants for Gaddafi and his son Saif al-Islam.") == 0
    assert coerced("The U.N. resolution bars an occupation force in Libya, diplomats said on Friday.") == 0
    assert coerced("Police arrest three men in Cairo on Friday.") == 1


def test_a_warrant_or_indictment_issued_accuses_whom_it_names(nlp: object) -> None:
    """A court issuing an arrest warrant or an indictment charges someone (PLOVER ACCUSE), in a timeline's present
    tense the parser misreads ("issues" a noun, "arrest" a verb) as well as in the past tense; a verdict issued
    charges no one."""

    def accused(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        return [(a, r) for t, _s, a, r in _coded(text, "2011-12-02") if t == "ACCUSE"]

    coded = accused("July 8 - The ICC issues arrest warrants for Joseph Kony and two of his commanders.")
    assert coded == [(("International Criminal Court",), ("Joseph Kony",))], coded
    coded = accused("Interpol issued arrest warrants on Tuesday for Hosni Mubarak and his son Gamal.")
    assert coded == [(("Interpol",), ("Gamal Mubarak", "Hosni Mubarak"))], coded
    coded = accused("The court issued an indictment on Tuesday against Charles Taylor.")
    assert [r for _a, r in coded] == [("Charles Taylor",)], coded
    assert accused("The court issued its verdict on Tuesday.") == []


def test_conceding_a_fact_yields_nothing(nlp: object) -> None:
    """ "conceded that the forces were proving elusive" admits a fact; "conceded defeat" yields, and so does admitting
    one's own deed of force ("conceded that its soldiers had shot two protesters")."""

    def concessions(text: str) -> int:
        return sum(e.type == "CONCEDE" for e in tidings.extract(text, published="2011-04-28"))

    assert concessions("NATO commanders conceded on Tuesday that Gaddafi forces were proving an elusive target.") == 0
    assert concessions("Laurent Gbagbo conceded defeat on Tuesday.") == 1
    assert concessions("The Nigerian army conceded on Monday that its soldiers had shot two protesters in Lagos.") == 1
    # what is admitted is the clause's verb or its subject, not a word deeper in it, nor a clause misparsed before it
    assert concessions("Lifting the siege was the army's aim, but officials conceded that the rebels were a stubborn foe.") == 0


def test_a_deed_told_in_the_past_happened_whatever_term_it_sets(nlp: object) -> None:
    """ "ordered the closure of schools until May 6": the order was given (before the story), May 6 is the term it
    sets; "will close the schools on May 6" is a plan."""
    [order] = [
        e for e in tidings.extract("Mexican authorities ordered the closure of schools in the capital until May 6.", published="2009-04-28")
    ]
    assert (order.type, order.status, order.date) == ("COERCE", "occurred", "2009-04")


def test_who_fights_an_uprising_opposes_it(nlp: object) -> None:
    """ "The president is fighting an uprising": he is no protester; "fought a battle" is still combat."""

    assert "PROTEST" not in _types("President Ali Abdullah Saleh is fighting an uprising by tribesmen in the south of Yemen.", "2011-04-28")
    assert _types("Libyan rebels fought a fierce battle with Gaddafi forces in Brega on Monday.", "2011-04-28") == ["ASSAULT"]


def test_a_market_that_rallies_or_shoots_up_neither_protests_nor_attacks(nlp: object) -> None:
    """ "Treasuries rallied", "crude futures shot up to $120 a barrel": markets move; protesters who rally against
    fuel prices protest."""

    assert "PROTEST" not in _types("U.S. Treasuries rallied on Monday as investors in New York fled Egyptian stocks.", "2011-02-14")
    assert "ASSAULT" not in _types(
        "But after shooting up to close to $120 a barrel on Thursday, Brent crude futures ended the day at $112.", "2011-02-14"
    )
    assert "PROTEST" in _types("Thousands of protesters rallied against high fuel prices in Cairo on Friday.", "2011-02-14")
    # a rally said by a noun: what it is a rally of names a market, whatever verb carries it
    assert "PROTEST" not in _types(
        '"We have had a strong Treasuries rally this week," a fund manager in London said on Monday.', "2011-02-14"
    )
    assert "PROTEST" not in _types("The bond rally in New York continued on Monday as investors fled Egyptian stocks.", "2011-02-14")
    assert "PROTEST" in _types("Thousands of workers held a fuel price rally in Cairo on Friday.", "2011-02-14")


def test_blaming_a_thing_accuses_no_one(nlp: object) -> None:
    """ "Blamed the weather for the delay": a thing is blamed, no one is accused, whoever the "for" phrase names;
    "blamed the bombing on the rebels" and "blamed Kenya for the raid" accuse."""
    assert "ACCUSE" not in _types("A Kenyan army officer blamed the weather for a lack of Somali air strikes on Monday.", "2011-02-14")
    assert "ACCUSE" in _types("Somalia blamed Kenya for the raid on the border post on Monday.", "2011-02-14")
    assert "ACCUSE" in _types("Somalia blamed the bombing on Kenyan rebels on Monday.", "2011-02-14")


def test_a_quotes_picture_of_what_a_side_is_doing_is_no_deed(nlp: object) -> None:
    """ "The army is retreating," "he is shelling our towns," in a quote, at no time of its own: the speaker's picture
    of what a side does these days, no one deed; a witness's "right now", a deed done to the speaker ("shelling our
    villages") and a quoted deed of a day are reports."""
    assert "RETREAT" not in _types('"The Somali army is retreating," the Kenyan general told his troops on Monday.', "2011-02-14")
    assert "ASSAULT" not in _types(
        '"Our president is a problem, he is bombing Somalia," a Kenyan opposition leader said on Monday.', "2011-02-14"
    )
    assert "ASSAULT" in _types('"Somali troops are shelling our villages," a Kenyan elder said on Monday.', "2011-02-14")
    assert "ASSAULT" in _types('"Somali troops are shelling our village right now," a Kenyan elder said on Monday.', "2011-02-14")
    assert "ASSAULT" in _types('"Somali troops shelled our village on Monday," a Kenyan elder said.', "2011-02-14")


def test_a_country_that_explodes_is_in_turmoil_not_attacked(nlp: object) -> None:
    """ "Kenya will explode": a figure of speech for unrest, no attack; a bomb that explodes, or one set off by
    militants, is one."""
    assert "ASSAULT" not in _types("The opposition leader said on Monday that Kenya would explode.", "2011-02-14")
    assert "ASSAULT" not in _types('His message on Monday read: "Kenya will explode."', "2011-02-14")
    assert "ASSAULT" in _types("Somali militants exploded a bomb in Nairobi on Monday, killing three policemen.", "2011-02-14")


def test_a_forecast_of_a_deed_is_no_plan_of_its_doer(nlp: object) -> None:
    """ "Is expected to endorse", "looked set to crush": someone's forecast, no event; "said it would endorse" is the
    doer's own announcement."""

    assert "SUPPORT" not in _types(
        "NATO members are expected to endorse the French plan for Libya at a meeting in Brussels on Wednesday.", "2011-10-24"
    )
    assert "ASSAULT" not in _types("The army looked set to crush the rebels in Misrata within days.", "2011-10-24")
    assert "SUPPORT" in _types("Italy said on Monday it would endorse the French plan for Libya.", "2011-10-24")


def test_a_plant_shut_down_is_an_outage_not_coercion(nlp: object) -> None:
    """ "The company shut its pipelines", "forced several refineries to shut": an economic outage; "the government shut
    down the internet" is coercion."""

    assert "COERCE" not in _types(
        "The Texas company shut its main fuel pipelines on Tuesday as a precaution after the storm.", "2011-08-24"
    )
    assert "COERCE" in _types("The Egyptian government shut down the internet on Thursday.", "2011-08-24")


def test_strikes_an_alliance_makes_are_no_walkout(nlp: object) -> None:
    """ "NATO strikes" are air strikes by an alliance, no protest; "dock workers' strikes" are."""

    assert "PROTEST" not in _types("Farmers near the coast in Libya worry about the price of fuel and about NATO strikes.", "2011-07-30")
    assert "PROTEST" in _types("Dock workers in Marseille went on strike on Friday against the pension reform.", "2011-07-30")


def test_a_craft_a_defection_or_the_press_is_no_visit(nlp: object) -> None:
    """ "Warplanes flew over the city", "defected and flew to Rome", "spoke to reporters": no meeting; "the minister
    flew to Rome for talks with Berlusconi" is a visit."""

    assert "CONSULT" not in _types("French warplanes flew low over the port of Misrata on Tuesday.", "2011-04-20")
    assert "CONSULT" not in _types("A Libyan general defected on Tuesday and flew to Rome.", "2011-04-20")
    assert "CONSULT" not in _types("The Libyan oil minister spoke to reporters in Vienna on Tuesday.", "2011-04-20")
    assert "CONSULT" in _types("The Libyan foreign minister flew to Rome on Tuesday for talks with Silvio Berlusconi.", "2011-04-20")


def test_a_relative_clause_describes_through_the_verbs_it_takes_on(nlp: object) -> None:
    """ "Algeria, which has been a lifeline but has begun to crack down on smuggling": a relative clause tells who
    someone is, through the verbs its verb takes on or is joined to; "Algeria cracked down on smuggling on Monday"
    is news."""

    text = "The trucks take the desert road to Algeria, which has been a lifeline for the town but has begun to crack down on smugglers."
    assert "COERCE" not in _types(text, "2011-08-11")
    assert "COERCE" in _types("Algerian police cracked down on smugglers near the border with Libya on Monday.", "2011-08-11")


def test_force_on_terms_is_a_threat_not_a_planned_deed(nlp: object) -> None:
    """ "Will attack the town if the talks fail": force on terms, no deed planned; "will attack the town on Sunday" is
    a plan."""

    def force(text: str) -> list[str]:
        return sorted(e.type for e in tidings.extract(text, published="2011-08-28") if e.type in ("ASSAULT", "COERCE"))

    assert force("The rebels said on Friday they will attack the town on Sunday if the talks fail.") == []
    assert force("The rebels said on Friday they will attack the town on Sunday.") == ["ASSAULT"]


def test_rejecting_a_view_is_a_disagreement_not_a_refusal(nlp: object) -> None:
    """ "Rejected the idea that sanctions work": a disagreement; "rejected the peace plan" and "rejected the idea of
    talks" refuse."""

    assert "REJECT" not in _types(
        "The Egyptian opposition leader on Monday rejected the idea that Islamists will take over the country.", "2011-04-11"
    )
    assert "REJECT" in _types("The Libyan rebels on Monday rejected the African Union peace plan.", "2011-04-11")
    assert "REJECT" in _types("The Libyan rebels on Monday rejected the idea of talks with Gaddafi.", "2011-04-11")


def test_a_body_named_before_an_attack_or_a_sanction_is_its_actor(nlp: object) -> None:
    """ "a NATO strike", "EU sanctions": the body that names the act did it (as "Israeli strikes" names Israel)."""
    found = _sides("A NATO air strike hit an ammunition depot near Sirte on Sunday.", "2011-08-30", "ASSAULT")
    assert found and all(("NATO", None) in actors for actors, _recipients in found)
    [(actors, _recipients)] = _sides("Fresh EU sanctions were imposed on Syria on Monday.", "2011-09-06", "SANCTION")
    assert ("European Union", None) in actors


def test_a_relative_clause_tells_what_its_owner_or_the_attack_did(nlp: object) -> None:
    """ "NATO, whose jets bombed ...": the owner's jets are its own; "a strike on a farmhouse that killed four":
    the strike killed them, not the farmhouse."""
    found = _sides("Rebels waited for NATO, whose jets bombed a tank column near Brega on Sunday.", "2011-08-30", "ASSAULT")
    assert found and all(("NATO", None) in actors for actors, _recipients in found)
    found = _sides("A NATO strike on a farmhouse that killed four guards was reported on Sunday.", "2011-08-30", "ASSAULT")
    assert found and all(("NATO", None) in actors for actors, _recipients in found)


def test_it_that_opens_a_bodys_report_is_the_body(nlp: object) -> None:
    """ "Kenya, whose navy ..., said it was sending troops": "it" is the one who says so, not the last body named."""
    [(actors, _recipients)] = _sides(
        "Kenya, whose navy patrols the coast, said on Monday it was sending troops to the Somali border.", "2011-10-18", "MOBILIZE"
    )
    assert actors == [(None, "KEN")]


def test_a_speech_act_joined_to_what_was_said_is_the_speakers(nlp: object) -> None:
    """ "Kenya said the border was calm and urged ...": the parser joins "urged" to "was"; Kenya urged."""
    [(actors, _recipients)] = _sides(
        "Kenya said on Monday the northern border was calm and urged Somalia to withdraw its militias.", "2011-10-18", "REQUEST"
    )
    assert actors == [(None, "KEN")]


def test_a_legislature_named_by_its_head_noun_is_a_body_that_acts(nlp: object) -> None:
    """ "Congress criticised", "the House of Representatives rejected": the US legislature acts; "Congress" stays
    part of a longer name ("the Indian National Congress")."""
    [(actors, _recipients)] = _sides("Congress criticised the president on Tuesday over the air strikes.", "2011-06-08", "ACCUSE")
    assert actors == [("US Congress", "USA")]
    [(actors, _recipients)] = _sides("The House of Representatives rejected the war funding bill on Friday.", "2011-06-25", "REJECT")
    assert actors == [("US House of Representatives", "USA")]
    [(actors, _recipients)] = _sides("The Indian National Congress condemned the bombing on Tuesday.", "2011-06-08", "ACCUSE")
    assert [name for name, _country in actors] == ["Indian National Congress"]


def test_a_seat_of_government_that_acts_is_its_government(nlp: object) -> None:
    """ "The Kremlin accused Georgia", "the White House rejected": the seat stands for its government where it acts
    (subject, agent, possessor); "talks at the White House" keep it a place."""
    [(actors, _recipients)] = _sides("The Kremlin accused Georgia on Monday of shelling the town.", "2008-08-12", "ACCUSE")
    assert [country for _name, country in actors] == ["RUS"]
    [(actors, _recipients)] = _sides("The White House rejected the offer of talks on Tuesday.", "2011-06-08", "REJECT")
    assert [country for _name, country in actors] == ["USA"]
    [(actors, recipients)] = _sides("Obama met Cameron at the White House on Friday.", "2011-06-10", "CONSULT")
    assert "White House" not in [name for name, _country in actors + recipients]


def test_a_persons_opponents_or_officials_are_not_the_person(nlp: object) -> None:
    """ "Abbas's opponents accused him", "former Abbas aides fled": not Abbas; a body's officers speak for it ("NATO
    officials")."""
    text = "Mahmoud Abbas spoke in Ramallah on Monday. Abbas's opponents accused him on Tuesday of rigging the vote."
    assert all(("Mahmoud Abbas" not in [n for n, _c in actors]) for actors, _r in _sides(text, "2011-03-09", "ACCUSE"))
    [(actors, _recipients)] = _sides("NATO officials accused Syria on Tuesday of hiding missiles.", "2011-03-09", "ACCUSE")
    assert actors == [("NATO", None)]


def test_a_sides_officer_named_by_the_words_of_his_office_is_its_holder(nlp: object) -> None:
    """ "the rebel trade minister" after "rebel Trade and Industry Minister Omar Haddad": Haddad."""
    text = (
        "Libyan rebel Trade and Industry Minister Omar Haddad spoke in Benghazi on Monday. "
        "The rebel trade minister accused Italy on Tuesday of blocking the fuel shipments."
    )
    [(actors, _recipients)] = _sides(text, "2011-05-11", "ACCUSE")
    assert actors == [("Omar Haddad", "LBY")]


def test_a_leaders_forces_fight_the_rebel_council_when_no_rebels_are_named(nlp: object) -> None:
    """ "Gaddafi troops fired rockets" in a story that names the rebels' council and not the rebels: the leader's
    loyal forces attack the council's side, as the council's forces attack his."""
    text = (
        "The National Transitional Council said on Monday its fighters had reached Sirte. Muammar Gaddafi is in hiding. "
        "The National Transitional Council named a new commander on Monday. Forces loyal to Muammar Gaddafi fired "
        "rockets near Sirte on Tuesday."
    )
    assert _sides(text, "2011-09-20", "ASSAULT") == [([("Gaddafi forces", "LBY")], [("National Transitional Council", "LBY")])]


def test_a_states_force_on_a_gathering_falls_on_the_protesters(nlp: object) -> None:
    """ "used tear gas to disperse a demonstration", "broke up a rally": a state's force on a gathering falls on its
    people, the protesters, in any story; a gathering a relative clause names is not what the deed acts on."""
    text = "Algerian police used tear gas to disperse a demonstration in Algiers on Monday."
    assert _sides(text, "2011-02-15", "ASSAULT") == [([("Algerian police", "DZA")], [("protesters", "DZA")])]
    text = "Tunisian police broke up a rally in Tunis on Monday."
    assert _sides(text, "2011-02-15", "COERCE") == [([("Tunisian police", "TUN")], [("protesters", "TUN")])]
    text = "Algerian police arrested a man who had joined the protests on Monday."
    assert _sides(text, "2011-02-15", "COERCE") == [([("Algerian police", "DZA")], [])]


def test_a_quoted_us_attacked_is_the_other_side_of_the_war(nlp: object) -> None:
    """A quoted us ('"Gaddafi's forces are shelling us," said a resident'): the "us" of someone the article gives no side is the
    side the attackers fight in the article's war, besides the speaker."""
    text = (
        "Libyan rebels fought Muammar Gaddafi forces near Zliten on Sunday. The rebels hold Misrata. "
        '"Gaddafi\'s forces are shelling us with rockets," said Ali Mansour, a shopkeeper, on Monday.'
    )
    [(actors, recipients)] = _sides(text, "2011-04-12", "ASSAULT", "2011-04-11")
    assert actors == [("Gaddafi forces", "LBY")] and ("Libyan rebels", "LBY") in recipients, (actors, recipients)


def test_the_leader_named_beside_a_defector_is_the_one_he_leaves(nlp: object) -> None:
    """ "Koussa, once a close ally of Gaddafi, has defected to Britain": the leader the apposition names is the one
    left, not a second defector, and not the country the defector went to."""
    text = (
        "Libyan leader Muammar Gaddafi spoke on state television on Monday. "
        "Libyan Oil Minister Shukri Ghanem, a longtime aide of Gaddafi, defected to Tunisia on Tuesday."
    )
    assert _sides(text, "2011-05-20", "RETREAT") == [([("Shukri Ghanem", "LBY")], [("Muammar Gaddafi", "LBY")])]


def test_the_country_of_a_fights_town_is_no_side_of_it(nlp: object) -> None:
    """ "Gaddafi's fighters fought a battle in Sirte": the country of the town the fight is in is no second side
    beside the fighters; told with one side only, the fight is with the other side of the article's war."""
    text = (
        "Libyan rebels said on Monday they were advancing on Sirte. The rebels hold Misrata. "
        "Fighters loyal to Muammar Gaddafi fought a fierce battle in Sirte on Tuesday."
    )
    assert _sides(text, "2011-04-10", "ASSAULT", "2011-04-05") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]


def test_a_target_named_for_a_side_is_that_sides(nlp: object) -> None:
    """ "attacked rebel checkpoints", "struck at rebel control of the road": a target named for an armed side of the
    attackers' country is that side's, though the article names no rebels among its most named."""
    text = "Libyan leader Muammar Gaddafi spoke on Monday. His forces attacked rebel checkpoints near Brega on Tuesday."
    assert _sides(text, "2011-04-10", "ASSAULT", "2011-04-05") == [([("Gaddafi forces", "LBY")], [("Libyan rebels", "LBY")])]


def test_a_crackdown_that_names_no_one_falls_on_the_protesters(nlp: object) -> None:
    """ "security forces cracked down hard": a state's crackdown with no object falls on dissent, its protesters, in
    any story; "cracked down on corruption" (any phrase after it) names what it falls on."""
    text = "Protests spread across Iran this week. Iranian security forces cracked down hard."
    assert _sides(text, "2011-02-15", "COERCE") == [([("Iranian security forces", "IRN")], [("protesters", "IRN")])]


def test_force_forsworn_on_someone_is_a_pledge(nlp: object) -> None:
    """ "The army said it would not open fire on the protesters": a pledge to refrain from force, made when said
    (AGREE, occurred); "its planes would not open fire" spares no one, and opening fire is an attack."""
    text = "Kenya's army said on Monday it would not open fire on the protesters in Nairobi."
    events = [e for e in tidings.extract(text, published="2016-05-16") if e.type == "AGREE"]
    assert [(e.status, [a.country for a in e.actors], [r.name for r in e.recipients]) for e in events] == [
        ("occurred", ["KEN"], ["protesters"])
    ]
    assert not _sides("Kenya's army said on Monday its planes would not open fire.", "2016-05-16", "AGREE")
    assert not _sides("Kenya's army opened fire on the protesters in Nairobi on Monday.", "2016-05-16", "AGREE")


def test_an_event_with_one_side_at_both_ends_is_dropped(nlp: object) -> None:
    """ "Kenya's internet was shut down": the state read as acting on itself names no one the deed was done to, and
    a shutdown with no target is not a dyadic event; a target named apart from the state keeps it."""
    assert not [e for e in tidings.extract("Kenya's internet was shut down on Friday.", published="2011-01-29") if e.type == "COERCE"]
    kept = tidings.extract("A blogger was arrested during the unrest in Kenya on Friday.", published="2011-01-29")
    assert [(e.type, e.date) for e in kept] == [("COERCE", "2011-01-28")]


def test_a_happening_that_threatens_or_offers_is_no_threat_or_offer(nlp: object) -> None:
    """ "Protests threatened to split the country", "the uprisings threatening his grip", "the vote offers a mandate": a
    happening or a thing that threatens or offers is a risk or a provision, no one threatens; a leader's threat stays."""

    def made(text: str) -> list[str]:
        return sorted(e.type for e in tidings.extract(text, published="2011-03-20") if e.type in ("THREATEN", "AGREE"))

    assert made("Saif al-Islam said on Monday that the protests against his father's rule threatened to split Libya.") == []
    assert made("The uprisings in Tunisia and Egypt have shaken the Arab world, threatening the grip of Gaddafi on Libya.") == []
    assert made("Gaddafi on Monday threatened to take the war to Europe.") == ["THREATEN"]
    assert made("France on Monday offered to send aid to the rebels.") == ["AGREE"]


def test_a_signed_commentary_reports_no_event(nlp: object) -> None:
    """An opinion piece that says its opinions are its author's own argues a view: the events it recalls serve the
    argument (the annotation brief codes no commentator's opinions); the same lines in a news story are reports."""
    story = "Kenyan police beat a protester in Nairobi on Monday. The army arrested dozens of students on Tuesday."
    assert {e.type for e in tidings.extract(story, published="2016-05-18")} == {"ASSAULT", "COERCE"}
    signed = story + " The opinions expressed in this commentary are solely those of Jane Doe."
    assert tidings.extract(signed, published="2016-05-18") == []


def test_an_event_with_no_political_side_is_dropped(nlp: object) -> None:
    """Companies rejecting offers or signing contracts and private people talking: no one in them is a state, an
    office, a party, a force or a group, so no PLOVER record codes them; one coded side keeps the event."""

    def made(text: str) -> list[str]:
        return sorted(e.type for e in tidings.extract(text, published="2011-03-08"))

    assert made("Microsoft rejected Yahoo's offer on Monday.") == []
    assert made("Lufthansa and Ryanair signed a contract on Monday.") == []
    assert made("Jane Doe spoke with John Smith on Monday about the film.") == []
    assert made("Microsoft rejected the Egyptian government's offer on Monday.") == ["REJECT"]
    assert made("The French government rejected Russia's offer on Monday.") == ["REJECT"]


def test_a_government_or_an_international_body_does_not_protest(nlp: object) -> None:
    """ "Western powers began the strikes", "the ministry put the size of the demonstration at 10,000": a government
    or an international body takes no part in a street protest; students, or police marching for their pay, do."""

    def made(text: str) -> list[str]:
        return sorted(e.type for e in tidings.extract(text, published="2016-05-18") if e.type == "PROTEST")

    assert made("Western powers began the strikes against Kenya on Saturday.") == []
    assert made("The Kenyan Interior Ministry put the size of Tuesday's demonstration in Nairobi at 10,000.") == []
    assert made("Thousands of students demonstrated in Nairobi on Tuesday against the government.") == ["PROTEST"]
    assert made("Hundreds of police officers demonstrated outside the Interior Ministry in Nairobi on Sunday to demand higher wages.") == [
        "PROTEST"
    ]


def test_we_will_protest_in_a_quote_is_a_vow(nlp: object) -> None:
    """'"We will march again and again," a student said': the speakers' own resolve, not a protest announced for a
    day; the same plan reported of the students, or by their union, stays a planned protest."""

    def made(text: str) -> list[tuple[str, str]]:
        return sorted((e.type, e.status) for e in tidings.extract(text, published="2016-05-18") if e.type == "PROTEST")

    assert made('"We will march again and again until they listen," a student told reporters in Nairobi on Tuesday.') == []
    assert made("Students in Nairobi said on Tuesday they will march against the government on Friday.") == [("PROTEST", "planned")]
    assert made("Kenyan students will march against the government in Nairobi on Friday, their union said on Tuesday.") == [
        ("PROTEST", "planned")
    ]


def test_refugees_and_relatives_who_flee_are_no_retreat(nlp: object) -> None:
    """ "Ethiopian worker Tesfaye Bekele fled the civil war", "his wife and two daughters fled to Kenya": a worker
    named with his trade, a leader's relatives, anyone who flees a war itself are people escaping it; an army or
    a minister who flees retreats."""

    def made(text: str) -> list[str]:
        return [e.type for e in tidings.extract(text, published="2014-03-12") if e.type == "RETREAT"]

    assert made("Ethiopian worker Tesfaye Bekele fled the civil war in South Sudan on Monday.") == []
    assert made("Three years ago Machar's wife, two sons and a daughter fled to Kenya.") == []
    assert made("The president's cousin and other family members fled to Uganda on Monday.") == []
    assert made("Government troops fled Bor on Monday as rebel fighters advanced.") == ["RETREAT"]


def test_a_force_sent_to_evacuate_is_no_mobilization(nlp: object) -> None:
    """ "Sent two warships to help in the evacuation", "to bring its traders out of the town": ships, troops or planes
    sent to carry people out mobilize against no one; a force sent to fight still mobilizes."""

    def made(text: str) -> list[str]:
        return [e.type for e in tidings.extract(text, published="2014-01-08") if e.type == "MOBILIZE"]

    assert made("Kenya sent two warships to the Somali coast on Tuesday to help in the evacuation.") == []
    assert made("Ethiopia sent troops to Somalia on Tuesday to bring its traders out of Baidoa.") == []
    assert made("Uganda deployed transport planes on Tuesday to rescue aid workers trapped in Bor.") == []
    assert made("Uganda deployed troops to Juba on Tuesday to fight the rebels.") == ["MOBILIZE"]


def test_a_person_named_inside_the_object_is_not_the_object(nlp: object) -> None:
    """ "Released a statement denying any tie to a rancher's land": a person named in a clause inside the object is
    not the one released; the person released, or a person's relative captured, still is."""

    def made(text: str) -> list[str]:
        return sorted(e.type for e in tidings.extract(text, published="2009-04-28") if e.type in ("RETREAT", "COERCE"))

    text = "A U.S. firm released a statement on Monday denying any tie between the disease and Juan Perez's ranch in Mexico."
    assert made(text) == []
    assert made("Police in Caracas released Pedro Alvarez on Monday.") == ["RETREAT"]
    assert made("Rebels captured Gaddafi's son on Monday near Bani Walid.") == ["COERCE"]


def test_a_second_person_possessive_is_no_third_person(nlp: object) -> None:
    """An interviewer asks an ambassador whether he was told to complain "on behalf of your government": "your" is
    resolved as no "he" or "she" is (it used to fail the whole transcript with a KeyError when the sentences
    before were read for it)."""
    text = (
        "Ambassador Sameh Shoukry met Secretary Clinton in Washington on Monday.\n\n"
        "He said the talks went well.\n\n"
        "HOST: Have you been asked to convey any anger to the U.S. government on behalf of your government?\n\n"
        "SHOUKRY: No, not at all."
    )
    events = tidings.extract(text, published="2011-02-01")
    assert any(e.type == "CONSULT" for e in events)


def test_stopping_aid_or_talks_reduces_relations(nlp: object) -> None:
    """CAMEO 162 and 164 (PLOVER SANCTION): aid cut or frozen, talks broken off or suspended."""
    assert _coded("Denmark cut its development aid to Tanzania on Monday.", "2019-03-12") == [
        ("SANCTION", "occurred", ("/DNK",), ("/TZA",))
    ]
    assert _coded("Japan froze its loans to Myanmar on Tuesday.", "2019-03-12") == [("SANCTION", "occurred", ("/JPN",), ("/MMR",))]
    # the talks themselves stay a CONSULT of their own
    assert "SANCTION" in [c[0] for c in _coded("Turkey broke off its talks with Greece on Friday.", "2019-03-12")]
    assert "SANCTION" in [c[0] for c in _coded("Egypt suspended negotiations with Ethiopia on Wednesday.", "2019-03-12")]


def test_assassinations_rapes_and_bombs_set_off_are_assaults(nlp: object) -> None:
    """CAMEO 1821, 183, 185 and 186 (PLOVER ASSAULT): the codebook's own names for violence."""
    text = "Taliban gunmen tried to assassinate the governor of Helmand on Monday."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["ASSAULT"]
    text = "Boko Haram militants set off a bomb at a market in Maiduguri on Sunday."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["ASSAULT"]
    assert [c[0] for c in _coded("North Korea detonated a nuclear device on Tuesday, Seoul said.", "2019-03-12")] == ["ASSAULT"]


def test_an_inquiry_opened_or_a_suit_brought_is_an_accusation(nlp: object) -> None:
    """CAMEO 090-094 and 115 (PLOVER ACCUSE, investigate and allege): an inquiry opened into a deed, a suit brought."""
    text = "Kenya opened an inquiry into the killings by Somali troops on Monday."
    assert "ACCUSE" in [c[0] for c in _coded(text, "2019-03-12")]
    assert [c[0] for c in _coded("Ukraine filed a lawsuit against Russia at the court in The Hague on Monday.", "2019-03-12")] == ["ACCUSE"]
    # an inquiry only announced or called for is not yet one
    assert "ACCUSE" not in [c[0] for c in _coded("Kenya wants an inquiry into the killings, its minister said on Monday.", "2019-03-12")]


def test_outsiders_let_in_is_a_retreat(nlp: object) -> None:
    """CAMEO 086 and 0861-0863 (PLOVER RETREAT, access): inspectors, observers or aid let in."""
    assert "RETREAT" in [c[0] for c in _coded("Syria allowed a UN aid convoy into Douma on Tuesday.", "2019-03-12")]
    assert "RETREAT" in [c[0] for c in _coded("Venezuela let European observers into the country on Monday.", "2019-03-12")]


def test_joint_drills_and_vehicles_sent_to_a_side(nlp: object) -> None:
    """CAMEO 062 and 072 (PLOVER COOPERATE, AID): joint military drills held; armoured vehicles or missiles sent."""
    text = "The Japanese army held joint drills with Australian troops near Darwin on Monday."
    assert "COOPERATE" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "Canada delivered armoured vehicles to the Iraqi army on Tuesday."
    assert "AID" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "Britain sent anti-tank missiles to Ukraine on Friday."
    assert "AID" in [c[0] for c in _coded(text, "2019-03-12")]


def test_asylum_intelligence_warnings_and_arms_handed_over_with_named_sides(nlp: object) -> None:
    """CAMEO 075, 064, 130, 0873 and 115 (PLOVER AID, COOPERATE, THREATEN, RETREAT, ACCUSE), each side named."""
    assert "AID" in [c[0] for c in _coded("Sweden gave asylum to three Iranian dissidents on Monday.", "2019-03-12")]
    text = "Jordan provided intelligence to Iraqi commanders on Tuesday."
    assert "COOPERATE" in [c[0] for c in _coded(text, "2019-03-12")]
    assert "THREATEN" in [c[0] for c in _coded("Russia warned Norway of consequences on Friday.", "2019-03-12")]
    text = "Maoist rebels handed over their weapons to Nepal's army on Sunday."
    assert "RETREAT" in [c[0] for c in _coded(text, "2019-03-12")]
    # a case or complaint filed is brought then, dated or not; a request filed is no accusation
    assert [c[0] for c in _coded("Qatar filed a case against the Emirates at the world court.", "2019-03-12")] == ["ACCUSE"]
    assert "ACCUSE" not in [c[0] for c in _coded("The former minister filed a request for asylum in Norway.", "2019-03-12")]


def test_it_of_a_clause_a_capital_announces_is_the_capital(nlp: object) -> None:
    """CAMEO 033 (PLOVER AGREE, as the export codes a planned AID): "it" of what a capital announces it will do is
    the capital's government, as when it says so."""
    events = tidings.extract("Berlin announced it would send aid to Lebanon.", published="2019-03-12")
    assert [(e.type, e.status, [a.country for a in e.actors]) for e in events] == [("AID", "planned", ["DEU"])]


def test_codebook_modes_of_the_cooperative_and_reducing_types(nlp: object) -> None:
    """PLOVER's modes named by other words: demands given in to or accepted and measures rescinded (CONCEDE), arms laid
    down and a pullback of troops (RETREAT), rebels armed and refuge granted (AID), solidarity and backing (SUPPORT),
    aid cut off and envoys recalled (SANCTION), a court order defied (REJECT), an indictment (ACCUSE), mediation
    (CONSULT)."""
    assert _coded("Peru gave in to the miners' demands on Tuesday.", "2019-03-12") == [("CONCEDE", "occurred", ("/PER",), ())]
    assert [c[0] for c in _coded("Chile accepted the opposition's demands on Sunday.", "2019-03-12")] == ["CONCEDE"]
    assert [c[0] for c in _coded("Canada rescinded its sanctions on Belarus on Monday.", "2019-03-12")] == ["CONCEDE"]
    assert [c[0] for c in _coded("Colombia's ELN rebels laid down their weapons on Friday.", "2019-03-12")] == ["RETREAT"]
    assert "RETREAT" in [c[0] for c in _coded("Bolivians cheered the pullback of Chilean troops from the border.", "2019-03-12")]
    assert _coded("Iran armed the Houthi rebels in 2015.", "2019-03-12") == [("AID", "occurred", ("/IRN",), ("Houthis",))]
    assert [c[0] for c in _coded("Kenya granted refuge to 300 Somali soldiers on Monday.", "2019-03-12")] == ["AID"]
    text = "Students in Nairobi expressed solidarity with Ugandans on Friday."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["SUPPORT"]
    text = "The Arab League lent its backing to the Sudanese opposition on Wednesday."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["SUPPORT"]
    assert _coded("Sweden cut off aid to Zambia on Monday.", "2019-03-12") == [("SANCTION", "occurred", ("/SWE",), ("/ZMB",))]
    text = "Qatar recalled its ambassador from Chad on Thursday."
    assert _coded(text, "2019-03-12") == [("SANCTION", "occurred", ("/QAT",), ("/TCD",))]
    assert [c[0] for c in _coded("Zambia defied a court order on Monday.", "2019-03-12")] == ["REJECT"]
    assert [c[0] for c in _coded("A Kenyan court indicted Senator Mike Sonko on Monday.", "2019-03-12")] == ["ACCUSE"]
    assert [c[0] for c in _coded("Norway is mediating between Colombia and the ELN rebels.", "2019-03-12")] == ["CONSULT"]
    # "gave birth in a clinic" gives in to no one; "had given in to the crowd" yields to no demand
    assert _coded("Peru's first lady gave birth in a clinic in Lima on Monday.", "2019-03-12") == []


def test_a_ruler_dismissing_his_own_government_concedes(nlp: object) -> None:
    """ "Kabila dismissed his government after a week of strikes", "the emir sacked the cabinet": a ruler yields to
    those who demanded it (PLOVER CONCEDE); tear gas fired near the cabinet office is an attack, and demands dismissed
    are refused."""
    text = "President Kabila dismissed his government on Monday after a week of strikes in Kinshasa."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["CONCEDE"]
    assert [c[0] for c in _coded("Facing protests, the Emir of Kuwait sacked the cabinet on Sunday.", "2019-03-12")] == ["CONCEDE"]
    text = "The police fired tear gas at protesters outside the cabinet office on Monday."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["ASSAULT"]
    assert [c[0] for c in _coded("The minister dismissed the opposition's demands on Monday.", "2019-03-12")] == ["REJECT"]


def test_hijackings_gun_battles_raids_and_unconventional_weapons_are_assaults(nlp: object) -> None:
    """CAMEO 181, 190, 193, 195 and 204 (PLOVER ASSAULT): the modes the codebook names, each a plain phrasing."""
    assert "ASSAULT" in [c[0] for c in _coded("Somali gunmen hijacked a Kenyan fishing boat on Monday.", "2019-03-12")]
    text = "Yemeni soldiers and Houthi rebels exchanged fire near Hodeidah on Tuesday."
    assert "ASSAULT" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "A gunbattle broke out between Afghan police and Taliban fighters in Kunduz on Sunday."
    assert "ASSAULT" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "Saudi warplanes carried out raids on Houthi positions near Sanaa on Friday."
    assert "ASSAULT" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "Iraqi forces used chemical weapons against Kurdish villagers, the report said on Monday."
    assert "ASSAULT" in [c[0] for c in _coded(text, "2019-03-12")]
    # an attack named by its weapon is coded with no attacker, as one named by its deed ("gunmen killed")
    text = "A roadside bomb killed four Malian soldiers near Gao on Wednesday."
    assert "ASSAULT" in [c[0] for c in _coded(text, "2019-03-12")]
    # the parser reads "raped" as "rap": a victim's noun makes it the assault, not a rebuke
    assert "ASSAULT" in [c[0] for c in _coded("Sudanese militiamen raped women in Darfur on Monday.", "2019-03-12")]
    assert "ASSAULT" not in [c[0] for c in _coded("Kenya's president rapped the opposition on Monday.", "2019-03-12")]


def test_sealing_off_and_blockading_a_port_are_coercion(nlp: object) -> None:
    """CAMEO 191 (PLOVER COERCE, restrict movement): a place sealed off, ports blockaded, a blockade declared."""
    text = "Indian troops sealed off the old city of Srinagar on Monday."
    assert "COERCE" in [c[0] for c in _coded(text, "2019-03-12")]
    assert "COERCE" in [c[0] for c in _coded("The Turkish navy blockaded Cypriot ports on Tuesday.", "2019-03-12")]
    text = "Ethiopia declared a blockade on the Tigray region on Friday."
    assert "COERCE" in [c[0] for c in _coded(text, "2019-03-12")]


def test_a_road_or_a_service_cut_is_coercion_shut_to_the_other_side(nlp: object) -> None:
    """PLOVER COERCE `restrict' (CAMEO 191): a road, a supply route or a service cut restricts movement and supply.
    In a war the road is shut to the side holding it, not to the country it leads to; prices and budgets cut are no
    coercion."""
    assert _coded("Ethiopia cut the internet in the Tigray region on Friday.", "2011-08-16") == [("COERCE", "occurred", ("/ETH",), ())]
    text = "Syrian troops cut power and water to the town of Deraa on Monday."
    assert _coded(text, "2011-08-16") == [("COERCE", "occurred", ("Syrian forces",), ())]
    text = "Libyan rebels fighting Muammar Gaddafi's forces cut the coastal highway to Tunisia on Sunday."
    assert _coded(text, "2011-08-16") == [("COERCE", "occurred", ("Libyan rebels",), ("Gaddafi forces",))]
    assert _coded("The Kenyan government cut fuel prices on Monday.", "2011-08-16") == []
    assert _coded("Tunisia cut its budget deficit last year.", "2011-08-16") == []


def test_barricades_blockades_and_pickets_by_a_crowd_are_protests(nlp: object) -> None:
    """CAMEO 1441-1444 and 143 (PLOVER PROTEST, obstruct and strike): a crowd that barricades, blockades or blocks
    a place protests; police who block an entrance do not."""
    text = "Chilean students barricaded the main avenue in Santiago on Monday."
    assert "PROTEST" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "Protesters blockaded the parliament in Tbilisi on Tuesday."
    assert "PROTEST" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "French farmers blocked the ministry in Paris on Wednesday."
    assert "PROTEST" in [c[0] for c in _coded(text, "2019-03-12")]
    text = "Greek police blocked the entrance to the ministry in Athens on Wednesday."
    assert "PROTEST" not in [c[0] for c in _coded(text, "2019-03-12")]


def test_a_short_texts_statement_of_intent_is_an_agreement(nlp: object) -> None:
    """CAMEO 03x (PLOVER AGREE): a short text's "said it would open the border", "vowed to hold a referendum" express
    an intent, said now; an intended attack or words to be said are no such pledge, nor is a full article's plan."""
    coded = _coded("Chile's government said on Monday it would reopen the border crossing.", "2019-03-12")
    assert [(c[0], c[1], c[2]) for c in coded] == [("AGREE", "occurred", ("/CHL",))]
    assert "AGREE" in [c[0] for c in _coded("The Bolivian opposition vowed to hold a referendum on the constitution.", "2019-03-12")]
    assert "AGREE" not in [c[0] for c in _coded("Chile's army vowed to crush the rebellion in the south.", "2019-03-12")]
    assert "AGREE" not in [c[0] for c in _coded("Chile's president said he would stress the need for calm.", "2019-03-12")]
    filler = " ".join(f"Traffic was light on road {n} that morning." for n in range(8))
    full = "Chile's government said on Monday it would reopen the border crossing. " + filler
    assert "AGREE" not in [c[0] for c in _coded(full, "2019-03-12")]


def test_a_short_texts_accusation_of_no_one_and_a_bodys_report(nlp: object) -> None:
    """CAMEO 110-112 (PLOVER ACCUSE): a short text's "voiced concern over the vote" or "alleged that funds were stolen"
    is reported with the accuser alone; a body's report that accuses speaks for the body. An accused left as a
    pronoun, a report of no body named, or a resolution's wording are not."""
    coded = _coded("The Ghanaian electoral commission voiced concern over the vote count.", "2019-03-12")
    assert [(c[0], c[3]) for c in coded] == [("ACCUSE", ())]
    assert [c[0] for c in _coded("The Ghanaian opposition alleged that the ministers had stolen public money.", "2019-03-12")] == ["ACCUSE"]
    assert not _coded("The Ghanaian minister also hit out at those behind the riots.", "2019-03-12")
    coded = _coded("The UN report accused Sudan's army of torturing prisoners.", "2019-03-12")
    assert [(c[0], c[2]) for c in coded] == [("ACCUSE", ("United Nations",))]
    assert not _coded("The report accused Sudan's army of torturing prisoners.", "2019-03-12")


def test_declining_a_deed_is_refusing_it(nlp: object) -> None:
    """CAMEO 124 (PLOVER REJECT): "declined to ease the curbs" refuses the concession, as "refused to" does; declining
    to speak to the press or to comment refuses nothing."""
    text = "Peru's government declined to lift the restrictions on foreign media on Monday."
    assert [c[0] for c in _coded(text, "2019-03-12")] == ["REJECT"]
    assert [c[0] for c in _coded("Peru's government declined to ease the trade embargo on Monday.", "2019-03-12")] == ["REJECT"]
    assert not _coded("Peru's interior minister declined to comment on the talks on Monday.", "2019-03-12")


def test_a_deed_done_despite_a_demand_refuses_it(nlp: object) -> None:
    """CAMEO 12x (PLOVER REJECT): "kept up the strike despite the appeal" refuses the appeal, by the one who kept on."""
    coded = _coded("The Peruvian teachers' union continued its strike despite the government's appeal.", "2019-03-12")
    assert "REJECT" in [c[0] for c in coded]


def test_a_verb_the_lemmatizer_misreads_keeps_its_own_lemma(nlp: object) -> None:
    """The lemmatizer reads "staged" as "stag" and "waged" as "wag": the verb's own lemma is restored, so a strike
    or a protest staged by a crowd is a protest by the crowd."""
    coded = _coded("Dock workers staged a strike in Rotterdam on Monday.", "2019-03-12")
    assert [c[0] for c in coded] == ["PROTEST"] and "workers" in [a.lower() for a in coded[0][2]]
    coded = _coded("Chilean students staged a protest in Santiago on Monday.", "2019-03-12")
    assert [c[0] for c in coded] == ["PROTEST"]


def test_a_word_the_tables_list_keeps_its_derived_lines() -> None:
    """A hand line of one sense ("halted aid to X": SANCTION) does not hide the derived lines of the word's other
    senses: both count, the hand ones first."""
    from tidings.events.extractor import triggers

    halt = triggers()[("verb", "halt")]
    assert halt[0].type == "SANCTION" and {"SANCTION", "RETREAT"} <= {t.type for t in halt}
    assert {t.type for t in triggers(derived=False)[("verb", "halt")]} == {"SANCTION"}


def test_halting_or_ending_aid_or_mediation_is_a_sanction(nlp: object) -> None:
    """CAMEO 162 and 165 (PLOVER SANCTION): aid halted, a mediation ended; talks that end are no sanction."""
    coded = _coded("Sweden halted its budget support to Zambia on Monday.", "2019-03-12")
    assert [(c[0], c[3]) for c in coded] == [("SANCTION", ("/ZMB",))]
    coded = _coded("Qatar ended its mediation between Sudan and Chad on Monday.", "2019-03-12")
    assert [c[0] for c in coded] == ["SANCTION"]
    assert "SANCTION" not in [c[0] for c in _coded("Iran and Oman ended two days of talks in Muscat.", "2019-03-12")]


def test_a_quoted_we_of_a_speaker_with_no_side_is_the_side_whose_statement_it_follows(nlp: object) -> None:
    """ "Rebel fighters said ... '... We are attacking ...,' said X, a spokesman in Y": a speaker the text gives no side
    of his own speaks for the group whose statement the quote follows, over his own earlier quote; a minister of a
    country does not speak for a body of none."""
    text = (
        "Libyan rebels held Brega on Monday. Rebel fighters claimed on Tuesday that the war was going their way.\n\n"
        '"Every day we get more guns.\n\nWe are attacking the army posts," said Ali Mansour, a spokesman in Ajdabiya.'
    )
    [(actors, _r)] = _sides(text, "2011-03-10", "ASSAULT")
    assert ("Libyan rebels", "LBY") in actors, actors
    text = (
        "The Supreme Council of the Armed Forces said on Saturday it would hand power to an elected government. "
        '"The council will keep its promises," General Hassan Farid said on television.\n\n'
        '"We ask the police to protect the people."'
    )
    [(actors, _r)] = _sides(text, "2011-02-12", "REQUEST")
    assert ("Supreme Council of the Armed Forces", "EGY") in actors, actors
    text = (
        "NATO said on Monday it would keep up its strikes on Libya. French Foreign Minister Alain Juppe spoke in Paris.\n\n"
        'Juppe said: "We ask the alliance to spare civilians."'
    )
    assert all(("NATO", None) not in actors for actors, _r in _sides(text, "2011-04-12", "REQUEST"))


def test_a_visiting_guest_met_the_one_who_speaks_to_him(nlp: object) -> None:
    """ "told visiting President Museveni", "told his visiting Libyan counterpart": the guest visited the speaker (a
    CONSULT visit, the guest its actor), not something told; an unnamed counterpart is his country."""
    text = "Kenyan President William Ruto told visiting Ugandan President Yoweri Museveni on Monday that the border would reopen."
    assert _sides(text, "2024-05-14", "CONSULT") == [([("Yoweri Museveni", "UGA")], [("William Ruto", "KEN")])]
    text = "Chinese Foreign Minister Yang Jiechi told his visiting Libyan counterpart on Monday that a ceasefire was needed."
    assert _sides(text, "2024-05-14", "CONSULT") == [([(None, "LBY")], [("Yang Jiechi", "CHN")])]


def test_a_visit_told_on_a_past_verb_is_not_dated_ahead(nlp: object) -> None:
    """A noun hanging on a verb in the simple past is told as done: a month after the publication, in what the
    speaker hopes for, is not its date; a day before the publication still is."""
    ahead = "Alain Juppe told reporters on a visit to Cairo, and said he hoped to speak for France at a summit in June."
    [visit] = [e for e in tidings.extract(ahead, published="2011-05-17") if e.type == "CONSULT"]
    assert visit.date != "2011-06"
    before = "Alain Juppe told reporters on a visit to Cairo on Monday, and said he hoped to speak for France at a summit."
    [visit] = [e for e in tidings.extract(before, published="2011-05-17") if e.type == "CONSULT"]
    assert visit.date == "2011-05-16"


def test_people_of_a_country_who_demand_are_its_protesters(nlp: object) -> None:
    """ "thousands of Egyptians who are demanding that X go": the relative clause's "who" is the crowd of people its
    noun names, so they are the country's protesters, not the country."""
    text = "Protests went on in Cairo on Monday. Police faced thousands of Egyptians who were demanding that Mubarak resign."
    sides = _sides(text, "2011-02-01", "REQUEST")
    assert sides and all(("protesters", "EGY") in actors and (None, "EGY") not in actors for actors, _r in sides), sides


def test_it_of_a_source_quoted_as_saying_is_the_source_not_the_outlet(nlp: object) -> None:
    """ "The channel quoted sources in the council as saying it rejected ...": "it" is the council the sources are
    in, not the outlet that quotes them."""
    text = (
        "Fighting raged in Libya on Sunday. Al Jazeera quoted sources from the rebel interim council "
        "as saying it rejected Gaddafi's offer on Monday."
    )
    [(actors, _r)] = _sides(text, "2011-05-10", "REJECT")
    assert actors == [("National Transitional Council", "LBY")], actors


def test_a_rulers_government_is_his_country(nlp: object) -> None:
    """ "sanctions on Gaddafi's government", "the Obama administration urged", "the government of Hosni Mubarak": a
    government named after its ruler acts as a whole, so it is the ruler's country (no name), as the gold codes
    "the Egyptian government"; "his father's government" too."""
    text = "Libyan leader Muammar Gaddafi vowed to fight on. On Monday Japan imposed sanctions on Gaddafi's government."
    [(_a, recipients)] = _sides(text, "2011-05-10", "SANCTION")
    assert recipients == [(None, "LBY")], recipients
    [(actors, recipients)] = _sides("The Obama administration urged Mubarak on Tuesday to begin reforms.", "2011-02-10", "REQUEST")
    assert actors == [(None, "USA")] and recipients == [("Hosni Mubarak", "EGY")], (actors, recipients)
    [(actors, recipients)] = _sides("Gaddafi's government condemned the British decision on Monday.", "2011-03-10", "ACCUSE")
    assert actors == [(None, "LBY")] and recipients == [(None, "GBR")], (actors, recipients)
    [(actors, recipients)] = _sides("The Gaddafi government accused NATO on Tuesday of killing civilians.", "2011-08-10", "ACCUSE")
    assert actors == [(None, "LBY")] and recipients == [("NATO", None)], (actors, recipients)
    text = "Senator John McCain urged the Obama administration on Friday to recognize the council."
    [(_a, recipients)] = _sides(text, "2011-06-10", "REQUEST")
    assert recipients == [(None, "USA")], recipients
    text = "Rights groups accused the government of President Hosni Mubarak on Monday of torturing prisoners."
    [(_a, recipients)] = _sides(text, "2011-02-10", "ACCUSE")
    assert recipients == [(None, "EGY")], recipients
    text = "Muammar Gaddafi's son Saif al-Islam spoke in Tripoli. His father's government accused France on Monday of lying."
    [(actors, _r)] = _sides(text, "2011-03-10", "ACCUSE")
    assert actors == [(None, "LBY")], actors


def test_a_rulers_government_beside_its_own_country_or_after_it_fell_is_the_ruler(nlp: object) -> None:
    """The ruler tells his government apart where the bare country would not: beside a side of the same country
    (the rebels, a domestic critic: a country is dropped as a double of a named side of it) and once another body
    governs the country (the old regime is not the country's government of the day); a regime to fall stays him."""
    text = "Libya's rebels fought on. A Gaddafi government spokesman denied negotiating with the rebel council on Tuesday."
    [(actors, _r)] = _sides(text, "2011-08-16", "CONSULT")
    assert ("Muammar Gaddafi", "LBY") in actors, actors
    text = (
        "Libya's interim government promised elections on Monday. On Tuesday Japan imposed sanctions on the government of "
        "now-ousted leader Muammar Gaddafi."
    )
    [(_a, recipients)] = _sides(text, "2011-09-29", "SANCTION")
    assert recipients == [("Muammar Gaddafi", "LBY")], recipients
    text = "The protesters called for the fall of President Ali Abdullah Saleh's regime on Friday."
    [(_a, recipients)] = _sides(text, "2011-02-10", "REQUEST")
    assert recipients == [("Ali Abdullah Saleh", "YEM")], recipients


# Titles resolved by the story's day and country: whom "the president", "the minister" name.
TITLE_CASES = [
    # a country's title, when the article names no holder: the dictionary's holder of that title on the day
    ("Turkey's prime minister urged Gaddafi on Monday to step down.", ("REQUEST", ("Recep Tayyip Erdogan",), ("Muammar Gaddafi",))),
    # a person's title is the one he held on the day: Biden was the vice president in 2011
    (
        "Joe Biden met Libyan rebels in Washington on Monday. On Tuesday the vice president criticized Gaddafi.",
        ("ACCUSE", ("Joe Biden",), ("Gaddafi forces", "Muammar Gaddafi")),
    ),
    # a holder named before the title wins over one named more often after it
    (
        "President Barack Obama met Libyan rebels in Washington on Monday. On Tuesday the president criticized Gaddafi."
        " French President Nicolas Sarkozy met the rebels in Paris. Sarkozy praised their courage. Sarkozy called Cameron.",
        ("ACCUSE", ("Barack Obama",), ("Gaddafi forces", "Muammar Gaddafi")),
    ),
]


@pytest.mark.parametrize(("text", "coded"), TITLE_CASES)
def test_a_title_names_the_holder_of_its_day_and_country(
    nlp: object, text: str, coded: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    typ, actors, recipients = coded
    assert [(a, r) for t, _s, a, r in _coded(text, "2011-03-10") if t == typ] == [(actors, recipients)]


def test_a_rulers_noun_names_the_dictionarys_long_ruler(nlp: object) -> None:
    """Of an article that names no one: "Tunisia's longtime strongman" in February 2011 is Ben Ali, the long ruler
    whose rule had just ended (the prime minister then in office is no strongman); "Qatar's ruler" is the emir in
    office, not its prime minister."""
    text = "Protests forced Tunisia's longtime strongman to flee to Saudi Arabia."
    assert [a for a, _r in _sides(text, "2011-02-01", "RETREAT")] == [[("Zine El Abidine Ben Ali", "TUN")]]
    text = "Qatar's ruler met Barack Obama in Washington on Thursday."
    assert ("Hamad ibn Khalifah al-Thani", "QAT") in [p for a, r in _sides(text, "2011-04-15", "CONSULT") for p in a + r]


def test_a_past_holder_is_no_holder_of_the_day(nlp: object) -> None:
    """ "former Prime Minister Benazir Bhutto" in a 2011 story: the dictionary says her office ended in 1996, so "the
    prime minister" of that story is not her."""
    text = "Pakistanis remembered former Prime Minister Benazir Bhutto on Sunday. On Monday the prime minister criticized India."
    assert not [a for _t, _s, a, _r in _coded(text, "2011-03-10") if "Benazir Bhutto" in a]


def test_an_officer_of_another_country_is_not_the_title_of_a_sentence_on_two_others(nlp: object) -> None:
    """An Israeli minister named before is no one's "the minister" in a sentence that names only the U.S. and Egypt."""
    text = (
        "Israeli Defense Minister Ehud Barak visited Amman on Sunday. On Monday U.S. Defense Secretary Robert Gates"
        " telephoned Egyptian Field Marshal Mohamed Hussein Tantawi, his third call with the minister."
    )
    calls = [(a, r) for _t, _s, a, r in _coded(text, "2011-03-10") if "Robert M. Gates" in a]
    assert calls == [(("Robert M. Gates",), ("Mohamed Hussein Tantawi",))]


def test_a_finite_clause_after_told_asks_nothing(nlp: object) -> None:
    """ "told Reuters shells had been landing" reports what was seen; "told the Taliban to lay down" asks."""
    seen = "A rebel fighter in the village, Ahmed Ali, told Reuters shells had been landing repeatedly over the past day."
    assert [e for e in tidings.extract(seen, published="2011-03-01") if e.type == "REQUEST"] == []
    asked = "Hamid Karzai told the Taliban to lay down their arms."
    assert [(t, a, r) for t, _s, a, r in _coded(asked, "2011-03-01") if t == "REQUEST"] == [("REQUEST", ("Hamid Karzai",), ("Taliban",))]


def test_an_ask_kept_up_is_made_and_one_told_with_a_future_deed_is_planned(nlp: object) -> None:
    kept = "Several opposition leaders said they will continue to demand Mubarak's resignation."
    assert [e.status for e in tidings.extract(kept, published="2011-03-01") if e.type == "REQUEST"] == ["occurred"]
    ahead = "Ayman Nour will join the protests on Friday, calling on President Hosni Mubarak to resign."
    assert [e.status for e in tidings.extract(ahead, published="2011-03-01") if e.type == "REQUEST"] == ["planned"]


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # a participle of saying beside a condemnation is a second statement: its demand is the speaker's
        (
            "Mohamed ElBaradei condemned the speech on Tuesday, saying Hosni Mubarak needed to step aside.",
            ("Mohamed ElBaradei",),
            ("Hosni Mubarak",),
        ),
        # a verb of saying joined by "and" speaks for the subject of the verb it joins
        (
            "Barack Obama praised the Egyptian army on Friday and said it now needs to guarantee a fair transition.",
            ("Barack Obama",),
            ("Egyptian forces",),
        ),
    ],
)
def test_a_demand_reported_by_a_second_verb_of_saying(nlp: object, text: str, actors: tuple[str, ...], recipients: tuple[str, ...]) -> None:
    """The speaker of a reported obligation is the subject the verb of saying shares with the verb it hangs on."""
    requests = [(a, r) for t, s, a, r in _coded(text, "2011-02-12") if t == "REQUEST" and s == "occurred"]
    assert requests == [(actors, recipients)]


def test_he_told_a_body_is_someone_else_not_the_body(nlp: object) -> None:
    """ "told the Arab League that he must step down": "he" cannot be the body told, so the body is asked nothing."""
    coded = _coded("Hillary Clinton told the Arab League on Monday that he must step down.", "2011-02-12")
    assert not [r for t, _s, _a, r in coded if t == "REQUEST" and r == ("Arab League",)]
    # a person told is still the one obliged
    coded = _coded("Barack Obama said on Monday that he told Hosni Mubarak that he must act.", "2011-02-12")
    assert [(a, r) for t, _s, a, r in coded if t == "REQUEST"] == [(("Barack Obama",), ("Hosni Mubarak",))]


def test_a_clause_told_with_its_own_tense_is_no_request(nlp: object) -> None:
    """ "told Reuters shells had been landing": what is told, with its own tense, is no infinitive of what is asked."""
    text = "A rebel fighter in the town, Ali Hassan, told Reuters shells had been landing repeatedly over the past day from forces positioned nearby."
    assert not [t for t, _s, _a, _r in _coded(text, "2011-02-12") if t == "REQUEST"]


def test_bare_protesters_are_not_the_leader_s_supporters(nlp: object) -> None:
    # The supporters' alias keeps the text's words ("Pro-Mubarak protesters"): a bare "Protesters" elsewhere shares
    # only its last word and stays the protesters.
    events = tidings.extract(
        "Pro-Mubarak protesters clashed with opponents of the government in Cairo on Wednesday. "
        "Protesters attacked the police in Tahrir Square on Thursday.",
        published="2011-02-03",
    )
    attack = next(e for e in events if e.date == "2011-02-03")
    assert [p.name for p in attack.actors] == ["protesters"]
    assert all(p.name != "Mubarak supporters" for e in events if e.date == "2011-02-03" for p in e.actors)


def test_a_crowd_marching_along_a_street_is_the_protesters_not_the_street(nlp: object) -> None:
    events = tidings.extract(
        "Protests against President Hosni Mubarak spread across Egypt on Tuesday. Thousands marching along the Corniche "
        'on the banks of the Nile towards Tahrir Square chanted "Down with Mubarak!" on Wednesday.',
        published="2011-02-03",
    )
    marched = [e for e in events if e.date == "2011-02-02"]
    assert marched and all([p.name for p in e.actors] == ["protesters"] for e in marched)


def test_their_goes_back_to_the_plural_subject_of_its_own_sentence(nlp: object) -> None:
    """ "some Syrians ..., urging their relatives": "their" is the Syrians the sentence names, not the ministry the
    clause before it names; the plural subject it goes back to names no one else, so the appeal is to no body."""
    text = (
        "Syria's Interior Ministry said on Monday that all rallies were banned, but some Syrians went from house to "
        "house in Homs on Monday, urging their relatives to join the protest."
    )
    requests = [(a, r) for t, _s, a, r in _coded(text, "2011-02-12") if t == "REQUEST"]
    assert requests == [(("/SYR",), ())]


def test_they_is_the_crowd_of_its_sentence_not_a_body_named_before(nlp: object) -> None:
    """ "Hundreds of Jordanians rallied ... as they accused Riyadh": the accusers are the Jordanians, not the
    Brotherhood the sentence before names."""
    text = (
        "The Muslim Brotherhood called for calm on Wednesday. Hundreds of Jordanians rallied outside the Saudi embassy "
        "in Amman on Wednesday as they accused Riyadh of jailing their relatives."
    )
    accusations = [(a, r) for t, _s, a, r in _coded(text, "2011-02-12") if t == "ACCUSE"]
    assert accusations == [(("/JOR",), ("/SAU",))]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The rebel commander vowed revenge against the army on Tuesday.", "rebels"),
        ("Russia said on Friday it reserved the right to respond to the NATO deployment.", "country:RUS"),
    ],
)
def test_codebook_threats_from_petrarch_patterns(nlp: object, text: str, actor: str) -> None:
    """CAMEO 13x patterns for the verb their comment names (derived.tsv, --codebook-types THREATEN): vowing revenge
    and reserving the right to respond are threats."""
    events = [e for e in tidings.extract(text, published="2021-03-01") if e.type == "THREATEN"]
    assert events, text
    assert any(actor in a.key for e in events for a in e.actors)


def test_a_live_blogs_entry_stamps_set_each_entrys_day(nlp: object) -> None:
    """A live blog's entries, newest first, each under "(Update <local time>, <ET time>)": an entry's events happened
    on its stamp's day (ET, the page's zone), not on the day the entry above it names; a stamp whose clock is later
    than the one above it is the day before (the blog crossed back past midnight)."""
    text = (
        "Police clash with protesters in Cairo\n\n"
        "(Update 12:40 a.m. Wednesday in Cairo, 5:40 p.m. ET Tuesday)\n"
        "Egyptian police arrested 40 protesters in Alexandria on Monday, the Interior Ministry said.\n\n"
        "(Update 11:20 p.m. Cairo, 4:20 p.m. ET)\n"
        "French Foreign Minister Michele Alliot-Marie met Egyptian Prime Minister Ahmed Shafik in Cairo.\n\n"
        "(Update 1:05 a.m. Cairo, 6:05 p.m. ET)\n"
        "UN Secretary-General Ban Ki-moon urged the Egyptian government to free the detained protesters.\n"
    )
    dates = {e.type: e.date for e in tidings.extract(text, published="2011-02-02")}
    assert dates == {"COERCE": "2011-01-31", "CONSULT": "2011-02-01", "REQUEST": "2011-01-31"}


def test_place_on_whom_a_deed_is_done_to_is_where(nlp: object) -> None:
    """ "Clashed with rebels in Brega": the parser hangs the place on the rebels, yet it is where the clash was."""
    events = tidings.extract("Government troops clashed with rebels in Brega on Monday.", published="2011-03-20")
    clash = next(e for e in events if e.type == "ASSAULT")
    assert clash.location is not None and clash.location.name == "Brega" and clash.location.country == "LBY"


def test_a_present_tense_verb_read_as_a_plural_noun_is_a_verb(nlp: object) -> None:
    # A chronology's present tense: the tagger reads "defects" as a plural noun; with a subject and no article it is
    # the verb, and the defection is reported.
    events = tidings.extract("Interior Minister Karim Mansour defects and flies to Malta.", published="2012-03-10")
    assert [(e.type, [a.name for a in e.actors]) for e in events if e.type == "RETREAT"] == [("RETREAT", ["Karim Mansour"])]


def test_a_plural_noun_with_an_article_or_a_number_stays_a_noun(nlp: object) -> None:
    from tidings.events.extractor import mend_present_verbs

    for text in ("The inspectors found two defects in the new bridge.", "The engineers listed the defects of the bridge."):
        doc = mend_present_verbs(nlp(text))  # type: ignore[operator]
        assert [t.tag_ for t in doc if t.lower_ == "defects"] == ["NNS"]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        # an adjective of inability or of a disposition to act: what is not, or not yet, done
        ("The rebels were unable to attack Gaddafi's troops on Monday.", "ASSAULT"),
        ("Government forces eager to shoot protesters in Homs were deployed on Monday.", "ASSAULT"),
        # a gerund after a noun of prospect: what may come
        ("Libyan rebels have little prospect of attacking Gaddafi's forces in Sirte this month.", "ASSAULT"),
        # "once" before the verb: formerly, who someone is
        (
            "Gaddafi, once condemned by Washington as a sponsor of terror, met Italian Prime Minister Silvio Berlusconi in Rome on Monday.",
            "ACCUSE",
        ),
        # a blow dealt: a setback, no criticism
        ("The resignation of Prime Minister Ahmed Shafik dealt a blow to Hosni Mubarak on Friday.", "ACCUSE"),
        # "agree" with a clause: a view shared
        ("Most people questioned in London agreed they would like to see Gaddafi removed.", "AGREE"),
        # a happening that reinforces an impression mobilizes no one
        ("The defection of the interior minister on Monday reinforced the image of a crumbling regime.", "MOBILIZE"),
        # a participle of speaking that sets the scene for a statement is no talk with anyone
        ("Speaking in Benghazi on Monday, rebel spokesman Abdel Hafiz Ghoga said the rebels would take Brega.", "CONSULT"),
    ],
)
def test_what_is_no_report_of_a_deed_done(nlp: object, text: str, typ: str) -> None:
    assert typ not in _types(text, "2011-03-30")


def test_the_deeds_those_no_reports_stand_beside_are_kept(nlp: object) -> None:
    """The same deeds told as done are reported: "attacked", "captured", "once again condemned", "agreed to take"."""
    assert "ASSAULT" in _types("The rebels attacked Gaddafi's troops on Monday.", "2011-03-30")
    assert "ACCUSE" in _types("Prime Minister Ahmed Shafik criticized Hosni Mubarak on Friday.", "2011-03-30")
    assert "ACCUSE" in _types("Washington once again condemned Gaddafi on Monday as a sponsor of terror.", "2011-03-30")
    # "once" before the clause's subject is the conjunction ("as soon as"), even where the parser reads an adverb
    assert "COERCE" in _types("Once rebels seized Brega on Monday, NATO jets bombed government tanks.", "2011-03-30")
    assert "AGREE" in _types("NATO agreed on Sunday to take command of the operations in Libya.", "2011-03-30")
    talk = "Speaking with Syrian President Bashar al-Assad by phone on Monday, Turkish Foreign Minister Ahmet Davutoglu said the killing must stop."
    assert "CONSULT" in _types(talk, "2011-03-30")


def test_a_deed_agreed_in_a_clause_is_coded_for_itself(nlp: object) -> None:
    """ "The cabinet agreed that Italy would freeze the assets": no deal with anyone, the freeze decided is the report."""
    coded = _coded("The Italian cabinet agreed on Monday that Italy would freeze the assets of the Libyan government.", "2011-03-30")
    assert [(t, a, r) for t, _s, a, r in coded] == [("SANCTION", ("/ITA",), ("/LBY",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER ASSAULT `abduct' (kidnap, abduct, hijack), not COERCE `arrest'
        ("Gunmen kidnapped two aid workers in northern Mali on Monday.", "ASSAULT"),
        # PLOVER ASSAULT `destroy': demolition of homes is destruction as the intention
        ("Israeli troops demolished the houses of three suspected militants on Monday.", "ASSAULT"),
        # PLOVER RETREAT: surrender to an armed side gives up the fight; yielding to demands stays CONCEDE
        ("Two hundred government soldiers surrendered to the rebels on Monday.", "RETREAT"),
        ("The rebels surrendered to the government's demands on Monday.", "CONCEDE"),
        # PLOVER RETREAT `release': a leader set free
        ("Police released the opposition leader on Friday.", "RETREAT"),
        # PLOVER RETREAT `access': inspectors let in, peacekeepers' deployment accepted
        ("Syria allowed UN chemical inspectors to enter the site on Monday.", "RETREAT"),
        ("Lebanon accepted the deployment of UN peacekeepers in the south.", "RETREAT"),
        # CAMEO 153 -> MOBILIZE `police'
        ("Egyptian authorities sent riot police into the square on Friday.", "MOBILIZE"),
    ],
)
def test_plover_type_conventions(nlp: object, text: str, expected: str) -> None:
    """The PLOVER manual's conventions for the types of deeds CAMEO and news word differently (one line or rule each
    in the trigger tables and the extractor)."""
    assert expected in [e.type for e in tidings.extract(text, published="2015-03-02")], text


def test_a_released_statement_is_no_release(nlp: object) -> None:
    """Releasing a thing is no release of anyone (RETREAT `release' needs a person or a captive's word)."""
    assert not [e for e in tidings.extract("Police released a statement on Friday.", published="2015-03-02") if e.type == "RETREAT"]


def _recipients(text: str, typ: str) -> list[tuple[str, ...]]:
    """The recipients (names, else "/ISO3") of the events of one type a short 2011 story reports."""
    return [r for t, _s, _a, r in _coded(text, "2011-03-10") if t == typ]


def test_a_judged_deed_is_aimed_at_whom_the_judge_then_asks(nlp: object) -> None:
    """ "Condemned the shelling of Misrata and called on Gaddafi's forces to ...": the town shelled is not the one
    condemned; the side asked, in the joined clause, to stop it is."""
    text = (
        "Libyan leader Muammar Gaddafi spoke on Monday. The United States on Wednesday condemned the shelling of Misrata"
        " and called on Gaddafi's forces to let aid ships in."
    )
    assert _recipients(text, "ACCUSE") == [("Gaddafi forces", "Muammar Gaddafi")]


def test_a_split_for_to_clause_names_whom_it_asks(nlp: object) -> None:
    """ "Called for supporters of Gaddafi to abandon him": the parser leaves "supporters" the object of "for" and
    hangs the infinitive on "called"; the supporters are still the ones asked."""
    text = (
        "Libyan leader Muammar Gaddafi spoke on Monday. The French and British leaders on Tuesday called for supporters of"
        " Gaddafi to abandon him and asked Libyans opposing him to join talks."
    )
    (recipients,) = _recipients(text, "REQUEST")
    assert "Gaddafi supporters" in recipients


def test_a_description_beside_a_thing_attacked_is_not_the_target(nlp: object) -> None:
    """ "Shelled the port, a lifeline for trapped civilians": those the port serves were not shelled; the place
    stands for the side holding it."""
    text = (
        "Libyan rebels held Brega on Monday. A rebel spokesman said Gaddafi's troops had shelled the port, a lifeline for"
        " trapped civilians, on Tuesday."
    )
    assert _recipients(text, "ASSAULT") == [("Libyan rebels",)]


def test_a_tally_since_a_date_is_no_one_deed(nlp: object) -> None:
    """ "Its jets have flown 400 strike sorties since May 2" and "at least 60 people have been killed by the army since
    Sunday" sum many deeds over a span (a running total), and a deed told inside the counted thing is part of it; the
    same deeds told as one day's ("bombed the depot on Tuesday") stay."""
    tally = "Since the alliance took over on May 2, Ruritania's air force has conducted 400 strike sorties, including 90 in which its jets bombed targets."
    assert "ASSAULT" not in _types(tally, "2011-06-10")
    assert "ASSAULT" not in _types("Ruritanian troops have killed at least 60 protesters since Sunday, the opposition said.", "2011-06-10")
    assert "ASSAULT" in _types("Ruritanian troops killed 60 protesters in the capital on Sunday, the opposition said.", "2011-06-10")


def test_a_when_clause_cut_to_its_participle_tells_a_habit(nlp: object) -> None:
    """ "When threatened, the general attacks": a "when" clause with no subject of its own on a verb in the plain
    present tells what someone does whenever it happens, no deed; "when he was threatened on Monday, he attacked", or
    a past main verb, tells one."""
    from tidings.events.extractor import _generic_when

    def when_clause(text: str, word: str) -> bool:
        doc = nlp(text)  # type: ignore[operator]
        return _generic_when(next(t for t in doc if t.text == word))

    assert when_clause("When threatened, the general attacks his critics.", "threatened")
    assert not when_clause("When he was threatened on Monday, the general attacked his critics.", "threatened")
    assert not when_clause("When threatened, the general attacked his critics on Monday.", "threatened")


def test_a_town_no_table_knows_is_still_where_the_deed_was_done(nlp: object) -> None:
    """A town the gazetteer lacks, named where an attack happened, is the event's place, with the country of its
    sentence; a surname the article gives a person is no place; and one day's shelling of that town told again far
    down the story is one event, while another town's is another."""
    events = tidings.extract("Syrian troops shelled rebels in Talbiseh on Monday.", published="2011-06-01")
    assert [(e.location.name, e.location.country) if e.location else None for e in events] == [("Talbiseh", "SYR")]
    events = tidings.extract(
        "Khaled Talbiseh, a local official, said Syrian troops shelled rebels in Talbiseh on Monday.", published="2011-06-01"
    )
    assert events and all(e.location is None for e in events)
    filler = " ".join(["The finance minister said the budget would be published next month and taxes would not rise."] * 8)
    again = tidings.extract(
        f"Syrian troops shelled rebels in Talbiseh on Monday. {filler} Syrian troops also shelled rebels in Talbiseh, residents said.",
        published="2011-06-01",
    )
    assert [len(e.sources) for e in again] == [2]
    other = tidings.extract(
        f"Syrian troops shelled rebels in Talbiseh on Monday. {filler} Syrian troops also shelled rebels in Rastan, residents said.",
        published="2011-06-01",
    )
    assert sorted(e.location.name for e in other if e.location) == ["Rastan", "Talbiseh"]


@pytest.mark.parametrize(
    "speaker",
    [
        "NATO spokeswoman Carmen Romero said on Tuesday",
        "A NATO spokeswoman, Carmen Romero, said on Tuesday",
        "Carmen Romero, a spokeswoman for NATO, said on Tuesday",
    ],
)
def test_a_quoted_we_of_a_named_bodys_spokeswoman_is_the_body(nlp: object, speaker: str) -> None:
    """ "NATO spokeswoman X said: 'We have bombed ...'": the "we" of an officer whose title names a body (before its
    head, as its appositive or after "for") is that body's, not only the officer's."""
    text = f'Fighting went on in Libya on Monday. {speaker}: "We have bombed 40 tanks in the past week."'
    assaults = [(a, r) for t, _s, a, r in _coded(text, "2011-04-10") if t == "ASSAULT"]
    assert [a for a, _r in assaults] == [("Carmen Romero", "NATO")], assaults


def test_a_bodys_spokeswomans_we_strikes_the_storys_country(nlp: object) -> None:
    """A strike a body's officer reports in the first person is the body's, so it falls on the country the story is
    about as "NATO aircraft struck" does: the officer does not keep the body from counting as the armed side."""
    text = 'Libyan rebels held Brega on Monday. NATO spokesman Carmen Romero said on Tuesday: "We have conducted 300 sorties."'
    assert ("ASSAULT", "occurred", ("Carmen Romero", "NATO"), ("/LBY",)) in _coded(text, "2011-04-10")


def test_a_spokeswoman_and_her_body_are_no_meeting(nlp: object) -> None:
    """ "'We said we would consult ...,' NATO spokeswoman X said": the officer and the body she speaks for are one
    party, so consultations with no one else named are no meeting."""
    text = (
        "Fighting went on in Libya on Monday. "
        '"We said that we would consult closely with the United Nations and the council and that process of consultations '
        'is ongoing," NATO spokeswoman Carmen Romero said on Tuesday.'
    )
    assert not [t for t, _s, _a, _r in _coded(text, "2011-04-10") if t == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a criticism told before is words about the deed, not the deed judged
        ("Britain voiced concern on Monday about the violence in Yemen. France condemned the violence on Tuesday.", ()),
        ("Britain criticised the government of Yemen on Monday. France condemned the move on Tuesday.", ()),
        # a deed told before is the one "the move" judges
        ("Britain sent two warships toward Libya on Monday. Libya condemned the move on Tuesday.", ("/GBR",)),
    ],
)
def test_a_judged_deed_goes_back_to_a_deed_not_to_a_criticism(nlp: object, text: str, recipients: tuple[str, ...]) -> None:
    """ "France condemned the move": the doer guessed from the report just before is that of a deed, never of an
    earlier criticism (whose speaker did not do what is condemned)."""
    judged = [r for t, _s, a, r in _coded(text, "2011-04-10") if t == "ACCUSE" and a in (("/FRA",), ("/LBY",))]
    assert judged == [recipients], judged


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # "like Uganda": the country likened to the deed's doer is no doer beside it
        ("Kenya, like Uganda, expelled the Ethiopian envoy on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/ETH",))]),
        # "following Uganda's lead": the model followed is no side either
        ("Kenya, following Uganda's lead, expelled the Ethiopian envoy on Monday.", [("SANCTION", "occurred", ("/KEN",), ("/ETH",))]),
        # "inspired by Uganda": what inspired the protesters is not among them
        (
            "Protesters in Nairobi, inspired by Uganda, demanded on Monday that the president resign.",
            [("REQUEST", "occurred", ("protesters",), ("/KEN",))],
        ),
    ],
)
def test_a_country_compared_to_is_no_side(nlp: object, text: str, coded: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]) -> None:
    """A comparison or a model ("like X", "as in X", "following X's example", "inspired by X") names what a deed is
    likened to, not who takes part in it."""
    assert _coded(text, "2024-05-17") == coded


def test_a_hyphenated_likeness_names_no_side(nlp: object) -> None:
    """ "Plotting an Egyptian-style uprising": the uprising is like Egypt's, and Egypt takes no part in the arrest."""
    text = "Activists arrested in Zambia last week and accused of plotting an Egyptian-style uprising appeared in court on Monday."
    coded = _coded(text, "2011-03-10")
    assert ("COERCE", "occurred", ("/ZMB",), ("activists",)) in coded
    assert not [t for t, _s, a, r in coded if "/EGY" in a + r]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # "in a letter to X": the letter's addressee is asked, not the side the thing asked names
        ("In a letter to the African Union on Monday, Kenya appealed for help against the Somali militants.", ("African Union",)),
        ("In a message to the European Union on Monday, Serbia urged an end to the sanctions on Belarus.", ("European Union",)),
        # "sent a letter to X calling for ...": the call the letter carries
        ("Kenya sent a letter to the African Union on Monday calling for an end to the fighting in Somalia.", ("African Union",)),
        # the one the verb itself addresses still is asked, whoever the letter went to
        ("In a letter to the African Union on Monday, Kenya urged Uganda to close its border with Somalia.", ("/UGA",)),
    ],
)
def test_a_request_in_a_letter_asks_its_addressee(nlp: object, text: str, recipients: tuple[str, ...]) -> None:
    """An appeal made in a letter or a message sent to someone asks the one it is sent to, unless the verb names whom
    it asks itself."""
    assert _coded(text, "2024-05-20") == [("REQUEST", "occurred", ("/KEN",) if "Kenya" in text else ("/SRB",), recipients)]


def test_who_is_asked_in_a_that_clause_or_named_as_the_force(nlp: object) -> None:
    """ "requested that NATO help": the subject of what is requested is asked, as with "demanded that"; "called for
    NATO air strikes": the force named to strike is asked besides the United Nations, which authorises force."""
    text = "Kenya formally requested on Monday that NATO help the Somali government."
    assert _coded(text, "2024-05-20") == [("REQUEST", "occurred", ("/KEN",), ("NATO",))]
    text = "Kenya called on Monday for NATO air strikes on the militants in Somalia."
    assert _coded(text, "2024-05-20") == [("REQUEST", "occurred", ("/KEN",), ("NATO", "United Nations"))]


def test_a_side_found_on_both_sides_stays_where_it_stands_with_fewer() -> None:
    """One side on both sides of a deed is a reading error: an army that drives rebels out is not driven out, and the
    owner of a convoy a strike hits is not among the strikers. The side stays where it stands with fewer others, and
    stays on both when the two sides are as large (nothing tells which reading is wrong)."""
    from tidings.events.extractor import _one_side_each
    from tidings.models import Entity

    army = Entity("group:army", "Kenyan forces", "ORG", "KEN", "MIL")
    rebels = Entity("group:rebels", "rebels", "ORG", "KEN", "REB")
    jets = Entity("country:FRA", None, "COUNTRY", "FRA")
    convoy = Entity("group:convoy", "Gaddafi forces", "ORG", "LBY", "MIL")
    drove = _one_side_each("ASSAULT", [army], [rebels, army])
    assert [e.key for e in drove[0]] == ["group:army"] and [e.key for e in drove[1]] == ["group:rebels"]
    struck = _one_side_each("ASSAULT", [jets, convoy], [convoy])
    assert [e.key for e in struck[0]] == ["country:FRA"] and [e.key for e in struck[1]] == ["group:convoy"]
    tied = _one_side_each("ASSAULT", [army, rebels], [rebels, jets])
    assert [e.key for e in tied[0]] == ["group:army", "group:rebels"] and [e.key for e in tied[1]] == ["group:rebels", "country:FRA"]
    assert _one_side_each("CONSULT", [army], [rebels, army]) == ([army], [rebels, army])


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # those set off beside the subject with "with" or "along with" act with it, not upon the one acted on
        ("Kenya, with Uganda and Tanzania, condemned the raid on Monday.", ("/KEN", "/TZA", "/UGA")),
        ("Chile, along with Peru, condemned the raid on Monday.", ("/CHL", "/PER")),
        # "joined X in urging": X urges too
        ("Kenya joined Uganda on Monday in urging the council to act.", ("/KEN", "/UGA")),
        # a country subject joined to another is the antecedent of "they", not a place
        ("Kenya and Uganda said on Monday they demanded a ceasefire.", ("/KEN", "/UGA")),
        # coordinated nationalities on one plural noun: the group of each country
        ("Kenyan and Ugandan protesters marched on Monday.", ("protesters", "protesters")),
        # a possessive shared by two countries: the protesters of each
        ("Kenya and Uganda's protesters demanded the release of prisoners on Monday.", ("protesters", "protesters")),
    ],
)
def test_coordinated_sides_all_act(nlp: object, text: str, actors: tuple[str, ...]) -> None:
    """Several sides named together act together: a subject's companions, those "joined in" a deed, a coordinated
    antecedent of "they" and nationalities joined on one noun are each an actor."""
    found = [e for e in tidings.extract(text, published="2024-05-15") if e.type in ("ACCUSE", "REQUEST", "PROTEST")]
    assert [tuple(sorted(a.name or f"/{a.country}" for a in e.actors)) for e in found] == [actors]


def test_coordinated_nationalities_give_each_countrys_group(nlp: object) -> None:
    """ "Kenyan and Ugandan protesters": the protesters of each country, not of the first alone."""
    (event,) = [
        e for e in tidings.extract("Kenyan and Ugandan protesters marched on Monday.", published="2024-05-15") if e.type == "PROTEST"
    ]
    assert sorted(a.country or "" for a in event.actors) == ["KEN", "UGA"]


def test_envoys_of_two_countries_to_a_body_act_for_their_countries(nlp: object) -> None:
    """ "Kenyan and Ugandan U.N. envoys": each country's envoy (its named ambassador when the article names him), not
    the body they are posted to."""
    text = "Kenyan Ambassador John Mwangi spoke on Monday. Kenyan and Ugandan U.N. envoys sharply criticized the African Union on Tuesday."
    (event,) = [e for e in tidings.extract(text, published="2024-05-15") if e.type == "ACCUSE"]
    assert sorted(a.name or f"/{a.country}" for a in event.actors) == ["/UGA", "John Mwangi"]
    assert [a.name for a in event.recipients] == ["African Union"]


def test_those_among_whom_someone_is_counted_act(nlp: object) -> None:
    """ "Senators X and Y were among those calling for Z to resign": they called for it."""
    text = "Senators John Harlan and Mary Keene were among those calling for Governor Tom Reyes to resign on Monday."
    found = [e for e in tidings.extract(text, published="2024-05-15") if e.type == "REQUEST"]
    assert [sorted(a.name or "" for a in e.actors) for e in found] == [["John Harlan", "Mary Keene"]]


def test_those_among_whom_a_verbless_line_counts_someone_act(nlp: object) -> None:
    """ "Senators X and Y among those calling for Z to resign": a line with no verb counts the names it opens with
    among those who called."""
    text = "Senators John Harlan and Mary Keene among those calling for Governor Tom Reyes to resign on Monday."
    found = [e for e in tidings.extract(text, published="2024-05-15") if e.type == "REQUEST"]
    assert [sorted(a.name or "" for a in e.actors) for e in found] == [["John Harlan", "Mary Keene"]]
    assert [[r.name for r in e.recipients] for e in found] == [["Tom Reyes"]]


def test_a_decree_does_what_its_participle_says_through_its_signer(nlp: object) -> None:
    """ "signed a decree freezing the assets of X": who signed the decree freezes them (as who issues a statement
    urging calm urges it); the participle has no subject of its own."""
    text = "Kenyan President Tom Reyes signed a decree on Monday freezing the assets of opposition leader John Harlan."
    found = [e for e in tidings.extract(text, published="2024-05-15") if e.type == "SANCTION"]
    assert [([a.name for a in e.actors], [r.name for r in e.recipients]) for e in found] == [(["Tom Reyes"], ["John Harlan"])]


def test_a_person_sent_to_meet_someone_meets_them(nlp: object) -> None:
    """ "sent former ambassador X to Kampala to meet Y": the envoy meets Y, not the one who sent him."""
    text = "Kenyan President Tom Reyes sent former ambassador John Harlan to Kampala on Monday to meet Ugandan President Mary Keene."
    found = [e for e in tidings.extract(text, published="2024-05-15") if e.type == "CONSULT"]
    assert [([a.name for a in e.actors], [r.name for r in e.recipients]) for e in found] == [(["John Harlan"], ["Mary Keene"])]


def test_each_judged_deed_of_a_coordination_names_its_doer(nlp: object) -> None:
    """ "condemned the NATO air strikes and the French raids": the doers of both deeds are judged."""
    text = "Russia condemned the NATO air strikes and the French raids on Tuesday."
    (event,) = [e for e in tidings.extract(text, published="2011-05-14") if e.type == "ACCUSE"]
    assert sorted(r.name or f"/{r.country}" for r in event.recipients) == ["/FRA", "NATO"]


def test_a_protest_called_for_a_weekday_after_the_call_is_that_days(nlp: object) -> None:
    """ "On Thursday the party called for marches after Friday prayers": the protest is set for the Friday after the
    call's day, not the one a week after the publication."""
    text = "On Thursday the Kenyan opposition called for its followers to demonstrate after Friday's weekly prayers."
    dates = {e.type: e.date for e in tidings.extract(text, published="2011-01-29")}
    assert dates["REQUEST"] == "2011-01-27"
    assert dates["PROTEST"] == "2011-01-28"


def test_a_persons_party_is_the_party_the_article_named(nlp: object) -> None:
    """ "Mubarak urged his party": his party is the party named before it, not Mubarak himself; with no party named
    the request has no recipient to guess."""
    text = (
        "Egyptian President Hosni Mubarak heads the National Democratic Party. "
        "On Monday Mubarak urged his party to hold talks with the opposition."
    )
    assert _sides(text, "2011-02-01", "REQUEST") == [([("Hosni Mubarak", "EGY")], [("National Democratic Party", None)])]
    text = "Mubarak urged his party on Monday to hold talks with the opposition."
    assert all(("National Democratic Party", None) not in r for _a, r in _sides(text, "2011-02-01", "REQUEST"))


def _sorted_types(text: str) -> list[str]:
    return sorted(e.type for e in tidings.extract(text, published="2011-04-10"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a participle describing a thing tells what it is; the deed itself is reported where it is dated
        ("NATO jets on Monday patrolled the no-fly zone ordered by the Security Council over Libya.", []),
        ("The Security Council imposed a no-fly zone over Libya on Thursday.", ["SANCTION"]),
        # "met by/with" a crowd or a thing is the receiving end of a deed; officials who meet a visitor hold a meeting
        ("The African Union envoy was met in Benghazi on Sunday by thousands of Libyan demonstrators.", []),
        ("The French foreign minister was met at the airport by Libyan officials on Sunday.", ["CONSULT"]),
        # a vehicle is no visitor; a minister is
        ("A Turkish tanker arrived in Libya on Thursday.", []),
        ("The Turkish foreign minister arrived in Libya on Thursday.", ["CONSULT"]),
        # a promise about an impersonal future is a forecast; one about what a side will do is a pledge
        ("Libya's oil minister promised Italy on Monday that more Libyan oil would come online soon.", []),
        ("Libya's oil minister promised Italy on Monday that Libya would pump more oil.", ["AGREE"]),
        # a refusal aimed at a view is a disagreement; a refused proposal is a rejection
        ("Egypt's president refused on Monday to accept the American view that reform was urgent.", []),
        ("Egypt's president refused on Monday to accept the American proposal.", ["REJECT"]),
    ],
)
def test_words_that_report_no_deed_of_their_type(nlp: object, text: str, kept: list[str]) -> None:
    """A participle on a thing, "met by demonstrators", a tanker that arrives, a promise that oil will flow and a refusal
    to accept a view are no new event; the deeds they resemble are."""
    assert _sorted_types(text) == kept


@pytest.mark.parametrize(
    ("text", "attitude"),
    [
        ("They had given up war as a means to settle disputes.", True),
        ("The villagers gave up hope.", True),
        ("Libya gave up its weapons programme.", False),
        ("The rebels gave up the town.", False),
    ],
)
def test_giving_up_a_feeling_or_practice_is_no_concession(nlp: object, text: str, attitude: bool) -> None:
    """ "gave up hope", "given up war as a means": a feeling or a practice in general, not a thing held or a claim."""
    from tidings.events.extractor import _gives_up_an_attitude
    from tidings.pipeline import language

    verb = next(t for t in language()(text) if t.lemma_ == "give")
    assert _gives_up_an_attitude(verb) is attitude


def test_an_ing_noun_after_and_in_a_judged_list_names_its_doer(nlp: object) -> None:
    """ "blamed air strikes and shelling by X": "shelling", parsed as a verb, is the list's next deed; X is blamed."""
    text = "Libyan loyalists blamed NATO air strikes and shelling by France for the deaths of civilians on Monday."
    (event,) = [e for e in tidings.extract(text, published="2011-10-14") if e.type == "ACCUSE"]
    assert sorted(r.name or f"/{r.country}" for r in event.recipients) == ["/FRA", "NATO"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Amnesty International, Human Rights Watch and Oxfam said their staff were held. "
            "All three groups called for the release of their workers on Monday.",
            ["Amnesty International", "Human Rights Watch", "Oxfam"],
        ),
        # an indefinite count names new groups, not those named before
        (
            "Amnesty International, Human Rights Watch and Oxfam said their staff were held. "
            "Three groups called for the release of their workers on Monday.",
            None,
        ),
    ],
)
def test_a_definite_count_of_groups_refers_back_to_those_named(nlp: object, text: str, actors: list[str] | None) -> None:
    """ "All three groups called for ...": the last three bodies named, as "the two" are the last two people."""
    found = [sorted(e.name or "" for e in ev.actors) for ev in tidings.extract(text, published="2011-02-08") if ev.type == "REQUEST"]
    assert found == ([actors] if actors is not None else [])


def _recipients_of(text: str, published: str, words: str) -> list[list[tuple[str | None, str | None]]]:
    """The recipients of each event whose sentence holds ``words``, as (name, country) pairs."""
    return [
        [(p.name, p.country) for p in e.recipients] for e in tidings.extract(text, published=published) if words in e.sources[0].sentence
    ]


def test_a_bare_title_names_the_story_countrys_office_holder(nlp: object) -> None:
    # a title of no stated country, in a story about Egypt, names Egypt's president of the day, never the word itself
    found = _recipients_of(
        "CAIRO (Reuters) - Thousands of Egyptians marched on Friday. The opposition called on the president to step down on Monday.",
        "2011-02-10",
        "called on the president",
    )
    assert found == [[("Hosni Mubarak", "EGY")]]


def test_a_bare_title_is_not_a_foreign_holder_named_far_before(nlp: object) -> None:
    text = (
        "President Barack Obama urged restraint in Egypt on Thursday. Police fired tear gas at crowds in Cairo on Friday. "
        "The army deployed tanks in the Egyptian capital on Friday. Protesters burned a police station in Suez on Saturday. "
        "Thousands of Egyptians marched in Alexandria on Saturday. Protesters demanded on Sunday that the president step down."
    )
    assert _recipients_of(text, "2011-02-01", "the president step down") == [[("Hosni Mubarak", "EGY")]]


def test_a_bare_title_goes_on_about_a_foreign_holder_just_named(nlp: object) -> None:
    text = (
        "Thousands of Egyptians marched in Cairo on Friday. President Barack Obama spoke on Saturday. "
        "The president urged Egypt to release the detained journalists."
    )
    acted = [[p.name for p in e.actors] for e in tidings.extract(text, published="2011-02-01") if "urged Egypt" in e.sources[0].sentence]
    assert acted == [["Barack Obama"]]


def test_a_vice_president_is_not_the_president(nlp: object) -> None:
    found = _recipients_of(
        "Thousands of Egyptians marched in Cairo on Friday. The opposition called on the vice president to resign on Monday.",
        "2011-02-10",
        "vice president",
    )
    assert all(name not in ("Hosni Mubarak", "Vice President", "President") for pairs in found for name, _iso in pairs)


def test_a_pronoun_goes_back_to_a_title_of_its_own_sentence(nlp: object) -> None:
    # "he" of the last sentence is the Libyan leader named by his title there, not the rebel chief of the sentence before
    text = (
        "Rebels took the town of Zlitan on Monday. Muammar Gaddafi spoke on state television on Tuesday. "
        "NATO jets struck targets near Tripoli overnight. Fighting went on in Brega on Tuesday. "
        "Rebels shelled army positions near Misrata on Wednesday. Aid ships reached Benghazi on Wednesday. "
        "Rebel chief Mustafa Abdel Jalil met French officials in Paris on Wednesday. "
        "The rebel council rejected any deal with the Libyan leader on Thursday, insisting that he must quit."
    )
    found = _recipients_of(text, "2011-07-22", "Libyan leader")
    assert found and all(("Muammar Gaddafi", "LBY") in pairs for pairs in found)
    assert all(name != "Mustafa Abdel Jalil" for pairs in found for name, _iso in pairs)


def _sides_of(text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The actors and recipients of each event of one type extracted from ``text``."""
    events = tidings.extract(text, published="2011-10-22")
    return [
        ([p.name or f"/{p.country}" for p in e.actors], [p.name or f"/{p.country}" for p in e.recipients]) for e in events if e.type == typ
    ]


def test_they_after_people_at_a_place_like_body_are_the_people(nlp: object) -> None:
    text = "Thousands of students rallied at Sanaa University on Monday. They demanded that President Saleh step down."
    found = _sides_of(text, "REQUEST")
    assert found and all("Sanaa University" not in actors for actors, _r in found)
    assert found[0][0] == ["students"]


def test_his_opponents_are_not_him_nor_his_forces(nlp: object) -> None:
    found = _sides_of("Gaddafi spoke on Monday. His opponents attacked the town on Tuesday.", "ASSAULT")
    assert all(not {"Muammar Gaddafi", "Gaddafi forces"} & set(actors) for actors, _r in found)
    forces = _sides_of("Gaddafi spoke on Monday. His forces attacked the town on Tuesday.", "ASSAULT")
    assert forces and forces[0][0] == ["Gaddafi forces"]


def test_a_relative_pronoun_under_a_reporting_verb_stands_for_its_noun(nlp: object) -> None:
    text = "A rebel spokesman said on Monday there was concern for 40,000 prisoners who he said had been detained by Gaddafi forces."
    assert _sides_of(text, "COERCE") == [(["Gaddafi forces"], ["prisoners"])]


@pytest.mark.parametrize(
    "text",
    [
        "The Yemeni opposition insists Ali Abdullah Saleh resign and leave Yemen.",
        "France insisted on Monday that Ali Abdullah Saleh step down.",
        "The Yemeni opposition stressed on Monday that Ali Abdullah Saleh leave the country.",
    ],
)
def test_a_mandative_subjunctive_reported_is_a_request(nlp: object, text: str) -> None:
    """ "insists Saleh resign", "insisted that Saleh step down": the bare form with its own subject under a verb of
    saying is what the speaker demands of that subject, said now; the resignation itself is not coded."""
    coded = _coded(text, "2011-03-14")
    assert [r for t, s, _a, r in coded if t == "REQUEST" and s == "occurred"] == [("Ali Abdullah Saleh",)]
    assert not [t for t, _s, _a, _r in coded if t == "RETREAT"]


def test_a_statement_of_fact_in_a_reported_clause_is_no_request(nlp: object) -> None:
    """ "insists Saleh remains" (the -s form) or "insisted Saleh stayed" tells a fact, not a demand."""
    for text in (
        "The Yemeni opposition insists Ali Abdullah Saleh remains in Sanaa.",
        "The Yemeni opposition insisted Ali Abdullah Saleh stayed in Sanaa.",
    ):
        assert not [t for t, _s, _a, _r in _coded(text, "2011-03-14") if t == "REQUEST"]


def _np_sides(events: list[tidings.Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.name or a.country or "" for a in e.actors], [r.name or r.country or "" for r in e.recipients]) for e in events]


def test_participle_set_off_on_a_subject_names_no_participant(nlp: object) -> None:
    """ "as the group, meeting in Istanbul, recognized ...": the group acts; the city of its meeting is no side."""
    events = tidings.extract(
        "Her announcement came on Friday as the Libya Contact Group, meeting in Istanbul, formally recognized the "
        "National Transitional Council.",
        published="2011-07-15",
    )
    assert ("SUPPORT", ["Libya Contact Group"], ["National Transitional Council"]) in _np_sides(events)


def test_members_of_a_body_are_the_group_named_by_it(nlp: object) -> None:
    """ "lawmakers from the Conservative Party" are Conservative lawmakers: the head of the phrase, not the party."""
    events = tidings.extract("Several lawmakers from the Conservative Party called for a vote on Monday.", published="2011-04-19")
    actors = [a for e in events if e.type == "REQUEST" for a in e.actors]
    assert [a.name for a in actors] == ["lawmakers"]
    assert "Conservative lawmakers" in actors[0].aliases


def test_a_relative_who_only_owns_the_head_is_no_participant(nlp: object) -> None:
    """ "his father's enemies" are the enemies: the father is no recipient."""
    events = tidings.extract(
        "Saif al-Islam Gaddafi spoke in Tripoli on Monday. He mocked his father's enemies on Monday.", published="2011-08-23"
    )
    assert not any("father" in (p.name or "") for e in events for p in (*e.actors, *e.recipients))


def test_western_on_a_deed_of_force_names_its_doer(nlp: object) -> None:
    """ "Western air strikes" are struck by Western powers, as "French air strikes" by France."""
    events = tidings.extract("Western air strikes hit Gaddafi's tanks near Brega on Saturday.", published="2011-04-10")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("ASSAULT", ["Western powers"])]


def test_shooting_a_picture_is_no_attack(nlp: object) -> None:
    """ "shot a video", "shooting footage": the camera's sense of "shoot" has a picture for its object; "shot a
    protester" attacks one."""
    assert "ASSAULT" not in _types("Syrian soldiers shot a video of the square in Homs on Monday.", "2011-05-10")
    assert "ASSAULT" not in _types("Syrian soldiers were shooting footage in Homs on Monday.", "2011-05-10")
    assert "ASSAULT" in _types("Syrian soldiers shot a protester in Homs on Monday.", "2011-05-10")


def test_a_company_acting_toward_a_country_only_is_no_political_event(nlp: object) -> None:
    """A body the gazetteer does not know (a company) with only a country at the other end is business: "Zorvex
    Holdings urged Germany to buy more gas" codes nothing, while a known government's appeal to Germany does."""
    assert "REQUEST" not in _types("Zorvex Holdings urged Germany on Monday to buy more gas.", "2011-05-10")
    assert "REQUEST" in _types("France urged Germany on Monday to buy more gas.", "2011-05-10")


def test_a_private_person_charged_with_a_common_crime_is_no_political_event(nlp: object) -> None:
    """An arrest or a verdict against someone the article gives no office, party or group, for a common crime, is a
    police or court case; a charge of treason against activists is a political one."""
    for text in (
        "Police arrested John Marlow on Monday and charged him with murder.",
        "John Marlow and Peter Hale were convicted of assault in a state court on Monday.",
    ):
        assert not [t for t, _s, _a, _r in _coded(text, "2011-05-10") if t in ("COERCE", "ACCUSE")], text
    coded = _coded("Police arrested six activists on Monday and charged them with treason.", "2011-05-10")
    assert [t for t, _s, _a, _r in coded if t in ("COERCE", "ACCUSE")]


def test_a_deed_as_the_subject_of_a_guess_is_not_reported(nlp: object) -> None:
    """ "Sending troops would be a mistake": a deed named as what a "would", "could" or "might" clause is about is
    weighed, not done; "the talks may also cover trade" speaks of talks that are held."""
    assert "MOBILIZE" not in _types("Sending troops to the border would be a mistake, the minister said on Monday.", "2011-05-10")
    assert "MOBILIZE" in _types("Egypt sent troops to the border on Monday.", "2011-05-10")
    assert "AID" not in _types("Sending weapons to the rebels could help end the war, France said on Monday.", "2011-05-10")
    assert "AID" in _types("France sent weapons to the rebels on Monday.", "2011-05-10")


def test_executing_people_named_by_a_common_noun_is_an_assault(nlp: object) -> None:
    """ "executed five prisoners": a person need not be named to be executed (PLOVER ASSAULT); the verb's other
    sense, carrying out a thing ("executed the plan"), stays no event."""
    assert _sides_of("Gaddafi forces executed five prisoners in Tripoli on Monday.", "ASSAULT") == [(["Gaddafi forces"], ["prisoners"])]
    assert not _sides_of("Gaddafi forces executed the plan in Tripoli on Monday.", "ASSAULT")


def test_its_goes_back_to_its_own_clauses_subject(nlp: object) -> None:
    """ "The Kenyan government will begin evacuating its citizens": "its" is the subject's, even when the subject is
    only a group noun and a body was named nearer before."""
    text = "The Muslim Brotherhood called for new protests in Cairo on Sunday. The Kenyan government will begin evacuating its citizens from Egypt on Monday."
    [(_actors, recipients)] = _sides(text, "2011-02-06", "AID")
    assert ("Muslim Brotherhood", "EGY") not in recipients


def test_an_opening_they_goes_on_about_the_plural_subject_before(nlp: object) -> None:
    """ "Foreign ministers of the African Union met ... They urged ...": a sentence's opening "they" carries on the
    plural subject of the sentence before, not the body that was a subject further back."""
    text = (
        "Kenyan students marched in Nairobi on Monday. The Kenyan army agreed to a truce on Tuesday. "
        "Foreign ministers of the African Union met in Addis Ababa in May. They urged the Kenyan army on Tuesday to free the students."
    )
    assert [a for a, _r in _sides(text, "2011-06-06", "REQUEST")] == [[("African Union", None)]]


def _sides_by_sentence(text: str, published: str) -> dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...]]]]:
    """Each event's type and its sides as name/country, by the first words of its sentence."""

    def who(entities: tuple[tidings.Entity, ...]) -> tuple[str, ...]:
        return tuple(sorted(f"{e.name or ''}/{e.country}" for e in entities))

    out: dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...]]]] = {}
    for e in tidings.extract(text, published=published):
        out.setdefault(" ".join(e.sources[0].sentence.split()[:3]), []).append((e.type, who(e.actors), who(e.recipients)))
    return out


# A round-up turns to another country ("In Uganda, ..."): the bare groups of that paragraph are its own (invented text).
ROUND_UP = (
    "Kenyan protesters demanded that President Mwai Kibaki step down on Tuesday. Kenyan police fired tear gas at crowds"
    " in Nairobi.\n\nIn Uganda, thousands of protesters marched through the capital on Wednesday. Police beat the"
    " protesters with batons.\n\nPolice arrested dozens of protesters on Thursday."
)


def test_a_scene_opener_gives_the_paragraphs_bare_groups_its_country(nlp: object) -> None:
    found = _sides_by_sentence(ROUND_UP, "2011-02-02")
    assert found["Police beat the"] == [("ASSAULT", ("Ugandan police/UGA",), ("protesters/UGA",))]
    # the protest is the scene country's own, against its own ruler, not the main country's
    [(typ, actors, recipients)] = found["In Uganda, thousands"]
    assert typ == "PROTEST" and actors == ("protesters/UGA",) and all(r.endswith("/UGA") for r in recipients)
    # a new paragraph leaves the scene: the story's own police again
    assert found["Police arrested dozens"] == [("COERCE", ("Kenyan police/KEN",), ("protesters/KEN",))]


@pytest.mark.parametrize(
    "text",
    [
        # an opener that names the main country's own people sets no scene: the story is still the main country's
        "Kenyan protesters demanded that President Mwai Kibaki step down on Tuesday. Kenyan police fired tear gas at crowds"
        " in Nairobi.\n\nIn Washington, President Barack Obama spoke with Kibaki on Wednesday. Police beat the protesters"
        " with batons.",
        # a sentence that names the main country's place ends the scene
        "Kenyan protesters demanded that President Mwai Kibaki step down on Tuesday. Kenyan police fired tear gas at crowds"
        " in Nairobi.\n\nIn Uganda, thousands of protesters marched through the capital on Wednesday. Police beat the"
        " protesters with batons in Nairobi.",
    ],
)
def test_no_scene_shift_keeps_the_storys_country(nlp: object, text: str) -> None:
    assert _sides_by_sentence(text, "2011-02-02")["Police beat the"] == [("ASSAULT", ("Kenyan police/KEN",), ("protesters/KEN",))]


# A round-up turns to another country without an opener: a sentence set in a town abroad, named alone, sets the
# scene for its paragraph's bare groups; a country named as a likeness ("as in Uganda") sets none (invented text).
KENYA_LEAD = (
    "Kenyan protesters demanded that President Mwai Kibaki step down on Tuesday. Kenyan police fired tear gas at crowds in Nairobi.\n\n"
)


def test_a_sentence_set_in_a_town_abroad_gives_its_paragraphs_bare_groups_that_country(nlp: object) -> None:
    text = (
        KENYA_LEAD + "About 100 people took part in a demonstration in Kampala on Wednesday, a reporter said. The reporter"
        " said police beat the protesters with batons.\n\nPolice arrested dozens of protesters on Thursday."
    )
    found = _sides_by_sentence(text, "2011-02-02")
    assert found["The reporter said"] == [("ASSAULT", ("Ugandan police/UGA",), ("protesters/UGA",))]
    # the protest there is that country's own: not against the ruler of the story's uprising
    [(typ, actors, recipients)] = found["About 100 people"]
    assert typ == "PROTEST" and actors == ("protesters/UGA",) and not any(r.endswith("/KEN") for r in recipients)
    # a new paragraph is the story's own country again
    assert found["Police arrested dozens"] == [("COERCE", ("Kenyan police/KEN",), ("protesters/KEN",))]


def test_a_group_placed_by_its_own_clause_takes_that_country(nlp: object) -> None:
    # the sentence names the story's country too, but the police's own clause places them in a town abroad
    text = KENYA_LEAD + "The Kenyan protests inspired students in Kampala, and police fired tear gas at crowds in Kampala on Monday."
    assert ("ASSAULT", ("Ugandan police/UGA",), ("protesters/UGA",)) in _sides_by_sentence(text, "2011-02-02")["The Kenyan protests"]


def test_a_countrys_named_police_set_the_scene_of_their_clash(nlp: object) -> None:
    text = KENYA_LEAD + "Ugandan police clashed with protesters who took to the streets of the capital on Saturday."
    found = _sides_by_sentence(text, "2011-02-02")["Ugandan police clashed"]
    assert ("ASSAULT", ("Ugandan police/UGA",), ("protesters/UGA",)) in found
    assert all(not any(p.endswith("/KEN") for p in (*actors, *recipients)) for _t, actors, recipients in found)


def test_a_country_named_as_a_likeness_sets_no_scene(nlp: object) -> None:
    text = KENYA_LEAD + "The unrest is as large as in Uganda, a reporter said. Police arrested dozens of protesters on Thursday."
    assert _sides_by_sentence(text, "2011-02-02")["Police arrested dozens"] == [("COERCE", ("Kenyan police/KEN",), ("protesters/KEN",))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government troops encircled the city of Zlitan on Monday.", "Zlitan"),
        ("Rebel fighters seized the oil port of Brega on Sunday.", "Brega"),
        ("Government troops attacked rebels near Zawiyah on Monday.", "Zawiyah"),
        ("Government troops shelled rebels outside Ajdabiya on Monday.", "Ajdabiya"),
        ("The army deployed tanks around Benghazi on Monday.", "Benghazi"),
        ("Police arrested dozens of protesters outside the parliament building in Cairo on Monday.", "Cairo"),
    ],
)
def test_a_town_a_deed_is_done_to_or_near_is_its_place(nlp: object, text: str, place: str) -> None:
    """A town named by its kind as the object of a deed of force ("encircled the city of Zlitan"), or in a "near",
    "outside" or "around" phrase, is where the deed was done: the linker keeps apart two towns' battles by it."""
    events = tidings.extract(text, published="2011-03-20")
    assert events and events[0].location is not None and events[0].location.name == place


def test_a_town_the_ner_takes_for_a_person_is_a_town_after_town_of(nlp: object) -> None:
    """ "The town of Bin Jawad": the grammar names a town, whatever the NER read the name as (no town elsewhere
    sharing one of its words)."""
    events = tidings.extract("Libyan rebels captured the town of Bin Jawad on Monday.", published="2011-03-20")
    taken = next(e for e in events if e.type == "COERCE")
    assert taken.location is not None and taken.location.name == "Bin Jawad" and taken.location.country == "LBY"


def test_control_of_an_army_is_no_place(nlp: object) -> None:
    """ "Control of" names a place only when a place is named: not the thing controlled."""
    events = tidings.extract("The generals took control of the army on Monday.", published="2011-03-20")
    assert all(e.location is None for e in events)


def test_two_towns_battles_told_side_by_side_are_two_events(nlp: object) -> None:
    """One side's encirclement of one town and its shelling of another on the same day are two deeds: the town each
    is done to is its place, and the linker keeps far-apart places apart."""
    events = tidings.extract(
        "Government troops encircled the city of Zlitan on Saturday. Government troops also shelled rebels near Misrata on Saturday.",
        published="2011-06-12",
    )
    assert sorted(e.location.name for e in events if e.type == "ASSAULT" and e.location) == ["Misrata", "Zlitan"]


RECAP_DATES = [
    # a deed told over a span of no stated length is a recap, not a deed of the day the story has reached
    (
        "Police arrested dozens of activists in Cairo on Monday. In recent weeks, the government accused the opposition of plotting a coup.",
        "ACCUSE",
        "2011-02",
    ),
    (
        "Police arrested dozens of activists in Cairo on Monday. The government accused the opposition of plotting a coup for months.",
        "ACCUSE",
        "2011-02",
    ),
    # a counted stretch of hours may lie within that day
    ("Police arrested dozens of activists in Cairo on Monday. Mubarak met Joe Biden for several hours.", "CONSULT", "2011-01-31"),
    # the simple present of news tells the news of the day; the simple past with no time, the publication's month
    ("Biden says Mubarak should listen to the protesters.", "REQUEST", "2011-02-04"),
    ("Biden said Mubarak should listen to the protesters.", "REQUEST", "2011-02"),
    ("Biden often says Mubarak should listen to the protesters.", "REQUEST", "2011-02"),
]


@pytest.mark.parametrize(("text", "kind", "date"), RECAP_DATES)
def test_recaps_and_the_news_present_are_dated_by_their_tense(nlp: object, text: str, kind: str, date: str) -> None:
    events = [e for e in tidings.extract(text, published="2011-02-04") if e.type == kind]
    assert [e.date for e in events] == [date]


def test_war_craft_that_strike_are_a_military_deed_of_their_operator(nlp: object) -> None:
    """ "NATO aircraft struck a depot": a weapon or war craft as the subject makes a strike military without other
    war words; "British Tornado aircraft" (one name to the NER) are Britain's, as "British warplanes" are."""
    [(actors, _r)] = _sides("NATO aircraft struck an ammunition depot near Brega on Tuesday.", "2011-04-06", "ASSAULT")
    assert actors == [("NATO", None)]
    [(actors, _r)] = _sides("NATO jets hit a radar site near Sirte on Tuesday.", "2011-04-06", "ASSAULT")
    assert actors == [("NATO", None)]
    text = "The Defence Ministry said British Tornado aircraft destroyed government ammunition bunkers in the Sabha area on Monday."
    [(actors, _r)] = _sides(text, "2011-03-29", "ASSAULT")
    assert [c for _n, c in actors] == ["GBR"]
    # no war craft and no war words: a blow of fortune, not a strike
    assert _sides("Falling exports hit the economy hard on Tuesday.", "2011-04-06", "ASSAULT") == []


def test_a_ship_named_with_its_navys_prefix_acts_for_its_state(nlp: object) -> None:
    """ "USS Barry" is a United States Ship: the side that moves or fires is its state, as the gold codes it."""
    [(actors, _r)] = _sides(
        "The destroyer USS Barry moved toward the Libyan coast on Tuesday, the Pentagon said.", "2011-03-02", "MOBILIZE"
    )
    assert actors == [(None, "USA")]
    [(actors, _r)] = _sides("The USS Barry fired cruise missiles at air defence sites near Tripoli on Saturday.", "2011-03-20", "ASSAULT")
    assert actors == [(None, "USA")]


def test_a_by_agent_makes_a_participle_tagged_as_past_a_passive(nlp: object) -> None:
    """ "... including a boy shot on his doorstep by government troops": the tagger reads "shot" as a past tense with
    the people before it as subject; its "by" agent is the attacker, those before it are the ones shot."""
    text = (
        "The video showed wounded fighters and civilians in the town hospital, including a 10-year-old boy reportedly shot"
        " on his doorstep by government troops."
    )
    [(actors, recipients)] = _sides(text, "2011-03-07", "ASSAULT")
    assert "civilians" not in [n for n, _c in actors] and "civilians" in [n for n, _c in recipients]


def test_an_object_it_after_a_town_is_the_town(nlp: object) -> None:
    """ "advanced on Zintan, shelling it": "it" is the town just named, held by the other side, not a body the
    story named sentences before (NATO)."""
    text = (
        "NATO said it would keep up its strikes. Thousands of Gaddafi troops advanced on Zintan on Wednesday, shelling it"
        " from three sides and killing at least 12 rebels."
    )
    found = _sides(text, "2011-06-09", "ASSAULT")
    assert found and all("NATO" not in [n for n, _c in recipients] for _a, recipients in found)


@pytest.mark.parametrize(
    ("text", "published", "asked"),
    [
        # "both sides", "all parties" of a civil war: its leader (and his forces) and the rebels, not the country
        (
            "Libyan rebels clashed with forces loyal to Muammar Gaddafi near Brega on Sunday. "
            "The Arab League called on both sides on Monday to agree to a truce.",
            "2011-04-05",
            {"Muammar Gaddafi", "Gaddafi forces", "Libyan rebels"},
        ),
        (
            "Libyan rebels clashed with forces loyal to Muammar Gaddafi near Brega on Sunday. "
            "The Arab League called on Monday for all parties to agree to a truce.",
            "2011-04-05",
            {"Muammar Gaddafi", "Gaddafi forces", "Libyan rebels"},
        ),
        # in a story of protests, "all sides" are the ruler and the protesters
        (
            "Thousands of protesters rallied against President Ali Abdullah Saleh in Sanaa on Tuesday. "
            "The European Union urged all sides on Wednesday to show restraint.",
            "2011-02-24",
            {"Ali Abdullah Saleh", "protesters"},
        ),
        # "authorities in Niger" are Niger's, whatever country the story is about
        (
            "Libyan rebels clashed with forces loyal to Muammar Gaddafi near Brega on Sunday. "
            "The United States urged authorities in Niger on Monday to detain any fleeing officials.",
            "2011-09-06",
            {"/NER"},
        ),
        # warrants are asked of the court that issues them
        (
            "International Criminal Court prosecutor Fatou Bensouda said on Tuesday she will request arrest warrants"
            " for three militia commanders.",
            "2013-03-06",
            {"International Criminal Court"},
        ),
    ],
)
def test_a_request_of_an_addressee_no_name_gives(nlp: object, text: str, published: str, asked: set[str]) -> None:
    """Whom a request is made of when its addressee is a phrase that names no one: all the sides of the story's
    conflict, the country a government noun's "in" names, the court a request for warrants goes to."""
    requests = [r for t, _s, _a, r in _coded(text, published) if t == "REQUEST"]
    assert requests and set(requests[-1]) == asked


def test_a_call_made_for_the_first_time_asks_the_one_its_clause_names(nlp: object) -> None:
    """ "Called for the first time for Kibaki to step down": the parser hangs the "for ... to" clause on "time"; it is
    still the call's content, asked of Kibaki."""
    text = "Opposition leaders called on Tuesday for the first time for President Mwai Kibaki to step down."
    assert [r for t, _s, _a, r in _coded(text, "2011-03-10") if t == "REQUEST"] == [("Mwai Kibaki",)]


def test_whom_a_side_is_against_is_not_in_it(nlp: object) -> None:
    """ "The Contact Group of allies against Gaddafi called on ...": an "against" phrase in the subject names the
    side it opposes, never one of those who act."""
    text = "The Contact Group of allies against Gaddafi called on Libyans on Monday to avoid reprisals."
    assert [a for t, _s, a, _r in _coded(text, "2011-08-10") if t == "REQUEST"] == [("Contact Group",)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Kenyan opposition leader Raila Odinga said on Tuesday he wanted the resignation of President Mwai Kibaki.",
            (("Raila Odinga",), ("Mwai Kibaki",)),
        ),
        (
            "Kenyan protesters want the ouster of President Mwai Kibaki, opposition leader Raila Odinga said on Tuesday.",
            (("protesters",), ("Mwai Kibaki",)),
        ),
    ],
)
def test_wanting_someones_going_is_a_demand_of_him(nlp: object, text: str, sides: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    """ "Wanted the resignation of the president": a demand that he go, made of him, as "called for his ouster" is."""
    assert [(a, r) for t, _s, a, r in _coded(text, "2011-03-10") if t == "REQUEST"] == [sides]


def test_not_wanting_someones_going_is_no_demand(nlp: object) -> None:
    text = "Kenyan opposition leader Raila Odinga said on Tuesday he did not want the resignation of President Mwai Kibaki."
    assert [t for t, _s, _a, _r in _coded(text, "2011-03-10") if t == "REQUEST"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway urged the authorities in Kenya on Tuesday to hold new elections. Uganda closed its border.",
        "Norway urged the government in Nairobi on Tuesday to free the jailed students.",
    ],
)
def test_a_government_placed_by_an_in_phrase_is_that_countrys(nlp: object, text: str) -> None:
    """ "Urged the authorities in Kenya": the "in" phrase says whose government it is, as "Kenyan authorities" would,
    also when the parser hangs it on the verb."""
    assert [r for t, _s, _a, r in _coded(text, "2011-03-10") if t == "REQUEST"] == [("/KEN",)]


def test_a_rebel_modifier_names_who_attacked(nlp: object) -> None:
    """ "Rebel raids killed six soldiers": the rebels raided, as "rebel fighters" would have."""
    text = "Libyan rebels held the port on Sunday. Rebel raids killed six soldiers near the airport on Monday."
    assert [a for t, _s, a, _r in _coded(text, "2011-03-10") if t == "ASSAULT"] == [("Libyan rebels",)]


def test_supporters_of_a_deposed_leader_are_his_supporters(nlp: object) -> None:
    """ "Supporters of the deposed leader Muammar Gaddafi fired on ...": Gaddafi's supporters attacked, not anonymous ones."""
    text = "Supporters of the deposed leader Muammar Gaddafi fired on a rebel checkpoint in Sirte on Monday."
    actors = [a for t, _s, a, _r in _coded(text, "2011-10-10") if t == "ASSAULT"]
    assert len(actors) == 1 and "Gaddafi supporters" in actors[0], actors
