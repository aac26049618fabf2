"""One person however the outlet spells him: a key for transliterated (mostly Arabic-origin) names.

News writes one Arabic name many ways: Gaddafi / Qaddafi / Kadhafi, Mohammed / Mohamed / Muhammad / Mohamad,
Abdul Elah / Abdel Elah / Abdelilah, Jibril / Jebril, Nguesso / Nguessou, Amr / Amre, al-Bakhit / Al Bakhit.
``spelling_key`` folds what these spellings differ in -- the vowels (a run of vowels is one vowel), doubled letters,
"dh" for "d" (but a diphthong is not a vowel: Hussein is not Hassan), the article "al-"/"el-" inside a name, "Abdul"/"Abdel"/"Abd al-" for "Abd", a silent final "e", the
spaces and hyphens of the given names, and a "Q", "G" or "K" opening the surname -- and keeps what tells people
apart: the consonants of the given names and of the surname (Saif al-Islam and Muammar Gaddafi stay two).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tidings.gazetteer import norm

_PARTICLES = frozenset({"al", "el"})
_ABD = re.compile(r"^abd(?:ul|el|al|ol|ou)?")
_VOWELS = re.compile(r"(?:[aeiou]|(?<=.)y)+")  # y is a vowel inside a word (Husayn), a consonant first (Yasser)
_DOUBLED = re.compile(r"(.)\1+")
_FINAL = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}


def _skeleton(word: str) -> str:
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiouy":
        word = word[:-1]  # Amre, Moussa's French-styled spellings
    word = word.replace("dh", "d").replace("ph", "f").replace("gue", "ge").replace("gui", "gi")
    # A vowel is any vowel (Jibril, Jebril); a diphthong is not (Hussein, Husayn are not Hassan).
    final = _FINAL.get(word[-1], "")  # a final vowel keeps its kind: Mario is not Maria, Nguessou is Nguesso
    word = _VOWELS.sub(lambda m: "i" if len(m.group(0)) > 1 and set(m.group(0)) & set("eiy") else "a", word)
    if final and word.endswith(("a", "i")):
        word = word[:-1] + final
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=100_000)
def spelling_key(name: str) -> str:
    """The given names and the surname, each folded to its consonants ("mahamad|tantawa"); "" for one word."""
    words = norm(name).replace("'", "").split()
    words = [w for k, w in enumerate(words) if k == 0 or w not in _PARTICLES]
    if len(words) < 2:
        return ""
    given = _ABD.sub("abd", "".join(words[:-1]))
    surname = _skeleton(words[-1])
    surname = "k" + surname[1:] if surname[0] in "qg" else surname
    return f"{_skeleton(given)}|{surname}"


def short_key(name: str) -> str:
    """The first given name and the surname alone ("Mohamad Tantawi" of Mohamed Hussein Tantawi); "" unless the
    name has a middle name to leave out."""
    words = [w for k, w in enumerate(norm(name).replace("'", "").split()) if k == 0 or w not in _PARTICLES]
    if len(words) > 1 and _ABD.fullmatch(words[0]):
        words = [words[0] + words[1], *words[2:]]  # "Abdul Elah" is one given name
    if len(words) < 3:
        return ""
    return spelling_key(f"{words[0]} {words[-1]}")


def index(named: list[tuple[list[str], object, bool]]) -> tuple[dict[str, object], dict[str, object]]:
    """Spelling keys -> the one owner of each (``named``: each owner's names and aliases, and whether its short keys
    count: a hand-written person's, not a derived one's, whose middle names are many), and short keys -> the one
    owner; a key two owners share is neither's."""
    spellings: dict[str, object] = {}
    shorts: dict[str, object] = {}
    shared: set[str] = set()
    for names, owner, with_short in named:
        tables = ((spellings, spelling_key), (shorts, short_key)) if with_short else ((spellings, spelling_key),)
        for table, keyer in tables:
            for name in names:
                key = keyer(name)
                if not key:
                    continue
                if table.setdefault(key, owner) is not owner:
                    shared.add(key)
    for key in shared:
        spellings.pop(key, None)
        shorts.pop(key, None)
    for key in list(shorts):
        if key in spellings and spellings[key] is not shorts[key]:
            del shorts[key]  # "Mohamed Tantawi" is someone's full name: not short for anyone else's
    return spellings, shorts
