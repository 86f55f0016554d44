"""Parse numbers as written in French and English prose: digits, number words, scale words.

Regex fragments here are shared by the figure patterns; parsing functions turn a matched
fragment into a float. text2num is only ever called on an isolated run of number words.
"""

import re

from text_to_num import text2num

# Digits with optional thousands groups (space, U+00A0, U+202F or comma) and a decimal part.
# "2019 120" is not joined: the first group of a grouped number has 1 to 3 digits.
NUM = r"(?:\d{1,3}(?:(?:[ \u00a0\u202f]|,)\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"

_FR_UNITS = (
    "une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    "quinze|seize|dix-sept|dix-huit|dix-neuf|vingts?|trente|quarante|cinquante|"
    "soixante|septante|octante|nonante|cents?|mille"
)
_EN_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand"
)
# A run of French number words: "soixante-douze", "vingt et un", "quatre-vingt-dix".
FR_WORDS = rf"(?:(?:{_FR_UNITS})(?:(?:-et-|\s+et\s+|-|\s+)(?:{_FR_UNITS}))*)"
EN_WORDS = rf"(?:(?:{_EN_UNITS})(?:(?:-|\s+and\s+|\s+)(?:{_EN_UNITS}))*)"
WORDS = rf"(?:{FR_WORDS}|{EN_WORDS})"

_EN_SET = set(_EN_UNITS.split("|"))

# Words that multiply the number before them.
SCALES = {
    "mille": 1e3,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "md€": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
}
SCALE_WORDS = r"(?:millions?|milliards?|billions?|trillions?|thousand|mille)"

# Fraction denominators: "un client sur trois", "one in four", "deux tiers".
DENOMINATORS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
FRACTION_WORDS = {
    "moitié": 2,
    "half": 2,
    "tiers": 3,
    "third": 3,
    "thirds": 3,
    "quart": 4,
    "quarts": 4,
    "quarter": 4,
    "quarters": 4,
    "cinquième": 5,
    "cinquièmes": 5,
    "fifth": 5,
    "fifths": 5,
    "dixième": 10,
    "dixièmes": 10,
    "tenth": 10,
    "tenths": 10,
}
VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5)}

_WS = re.compile(r"[\s\u00a0\u202f]+")


def parse_digits(text: str, scale: str = "") -> float:
    """Read "48,2", "10 000", "2,383", "3.2" or "3 199 780" as a float.

    A comma followed by exactly three digits is a thousands separator; otherwise a comma
    is a decimal mark (French style). Before a French scale word ("4,876 milliards", "5,112
    millions") it is a decimal mark too: nobody writes 4 876 milliards; the English "1,500
    million" keeps its thousands.
    """
    s = _WS.sub("", text)
    if re.fullmatch(r"\d{1,3},\d{3}", s) and re.match(r"(?i:milliards?|millions)\b", scale.strip()):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", ""))  # "85.000": a dot between groups of three, no decimals
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    else:
        s = s.replace(",", ".")
    if s.count(".") > 1:
        s = s.replace(".", "")
    return float(s)


def parse_words(text: str) -> int | None:
    """Read a run of number words ("vingt-trois", "eight", "un") or return None."""
    words = _WS.sub(" ", text.strip().lower())
    if words in ("a", "an"):
        return 1
    lang = "en" if words.split(" ")[0].split("-")[0] in _EN_SET else "fr"
    try:
        return text2num(words, lang)
    except ValueError:
        return None


def parse_number(text: str) -> float | None:
    """Read digits or number words."""
    text = text.strip()
    if text and text[0].isdigit():
        return parse_digits(text)
    value = parse_words(text)
    return None if value is None else float(value)


def scale_of(word: str) -> float:
    """Return the factor for a scale word ("milliard" -> 1e9), 1 if unknown."""
    return SCALES.get(word.lower().rstrip("."), 1.0)


def fraction_percent(numerator: float, denominator: float) -> float:
    """Turn "one in three" into 33.3 (percent, one decimal)."""
    return round(100.0 * numerator / denominator, 1)


def denominator_of(word: str) -> int | None:
    """Read a denominator written in digits or words."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return DENOMINATORS.get(word)
