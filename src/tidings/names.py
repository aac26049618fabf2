"""One person however the outlet spells him: a key for transliterated (mostly Arabic-origin) names.

News writes one Arabic name many ways: Gaddafi / Qaddafi / Kadhafi, Mohammed / Mohamed / Muhammad / Mohamad,
Abdul Elah / Abdel Elah / Abdelilah, Jibril / Jebril, Nguesso / Nguessou, Amr / Amre, al-Bakhit / Al Bakhit.
``spelling_key`` folds what these spellings differ in -- the vowels (a run of vowels is one vowel), doubled letters,
"dh" for "d", "q" for "k" and the French "ch" for "sh" (but a diphthong is not a vowel: Hussein is not Hassan), the article "al-"/"el-" inside a name, "Abdul"/"Abdel"/"Abd al-" for "Abd", a silent final "e", the
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
_KIND = {"a": "a", "e": "e", "i": "e", "y": "e", "o": "o", "u": "o"}


def _skeleton(word: str, strict: bool = False) -> str:
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiouy":
        word = word[:-1]  # Amre, Moussa's French-styled spellings
    word = word.replace("dh", "d").replace("ph", "f").replace("gue", "ge").replace("gui", "gi")
    # Qaf is written "q" or "k" (Tariq, Tarek; Shafiq, Shafik), shin "sh" or, in French, "ch" (Chafik, Chokri).
    word = word.replace("q", "k").replace("ch", "sh")
    if strict:
        # Strict: a vowel keeps its kind (a; e or i; o or u): Shokri is Shukri, Bakkar is not Boukar.
        word = _VOWELS.sub(lambda m: "".join(sorted({_KIND[c] for c in m.group(0)})), word)
        return _DOUBLED.sub(r"\1", word)
    # A vowel is any vowel (Jibril, Jebril); a diphthong is not (Hussein, Husayn are not Hassan).
    final = _FINAL.get(word[-1], "")  # a final vowel keeps its kind: Mario is not Maria, Nguessou is Nguesso
    word = _VOWELS.sub(lambda m: "i" if len(m.group(0)) > 1 and set(m.group(0)) & set("eiy") else "a", word)
    if final and word.endswith(("a", "i")):
        word = word[:-1] + final
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=100_000)
def spelling_key(name: str, strict: bool = False) -> str:
    """The given names and the surname, each folded to its consonants ("mahamad|tantawi"); "" for one word.
    ``strict`` keeps the kind of each vowel: for names nobody wrote down by hand (an unknown "Omar Bakkar" is not
    a minister "Oumar Boukar" of a derived dictionary), where the loose key is for the well-known people."""
    words = norm(name).replace("'", "").split()
    words = [w for k, w in enumerate(words) if k == 0 or w not in _PARTICLES]
    if len(words) < 2:
        return ""
    given = _ABD.sub("abd", "".join(words[:-1]))
    return f"{_skeleton(given, strict)}|{_surname(words[-1], strict)}"


def _surname(word: str, strict: bool) -> str:
    surname = _skeleton(word, strict)
    return "k" + surname[1:] if surname[0] in "qg" else surname


@lru_cache(maxsize=100_000)
def surname_key(word: str) -> str:
    """A surname written alone, folded strictly (a vowel keeps its kind): "Gadaffi" is "Gaddafi", "Moubarak" is
    "Mubarak", but "Bashar" is not "Bashir". With no given names to agree, the loose key would join too many;
    "" for a word under five letters, which too many names share once folded."""
    words = [w for w in norm(word).replace("'", "").split() if w not in _PARTICLES]
    if len(words) != 1 or len(words[0]) < 5:
        return ""
    return _surname(words[0], strict=True)


def short_key(name: str) -> str:
    """The first given name and the surname alone ("Mohamad Tantawi" of Mohamed Hussein Tantawi); "" unless the
    name has a middle name to leave out."""
    words = [w for k, w in enumerate(norm(name).replace("'", "").split()) if k == 0 or w not in _PARTICLES]
    if len(words) > 1 and _ABD.fullmatch(words[0]):
        words = [words[0] + words[1], *words[2:]]  # "Abdul Elah" is one given name
    if len(words) < 3:
        return ""
    return spelling_key(f"{words[0]} {words[-1]}")


def strict_key(name: str) -> str:
    """``spelling_key(name, strict=True)``, marked apart from the loose keys in one table."""
    key = spelling_key(name, strict=True)
    return f"strict:{key}" if key else ""


def index(named: list[tuple[list[str], object, bool]]) -> tuple[dict[str, object], dict[str, object]]:
    """Spelling keys -> the one owner of each (``named``: each owner's names and aliases, and whether it is
    well known: a hand-written person, whose loose and short keys count too, not a derived one, whose strict key
    alone does), and short keys -> the one owner; a key two owners share is neither's."""
    spellings: dict[str, object] = {}
    shorts: dict[str, object] = {}
    shared: set[str] = set()
    for names, owner, known in named:
        tables = ((spellings, spelling_key), (spellings, strict_key), (shorts, short_key)) if known else ((spellings, strict_key),)
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
