"""Read the many ways static-site generators write a date, into aware datetimes."""

import re
from datetime import UTC, date, datetime, timedelta, timezone

_NUMERIC = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
)
_SLASHED = re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})")
_MONTHS = {
    "jan": 1,
    "janv": 1,
    "janvier": 1,
    "january": 1,
    "feb": 2,
    "fev": 2,
    "fevr": 2,
    "fevrier": 2,
    "february": 2,
    "mar": 3,
    "mars": 3,
    "march": 3,
    "apr": 4,
    "avr": 4,
    "avril": 4,
    "april": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "juin": 6,
    "june": 6,
    "jul": 7,
    "juil": 7,
    "juillet": 7,
    "july": 7,
    "aug": 8,
    "aout": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "septembre": 9,
    "september": 9,
    "oct": 10,
    "octobre": 10,
    "october": 10,
    "nov": 11,
    "novembre": 11,
    "november": 11,
    "dec": 12,
    "decembre": 12,
    "december": 12,
}
_WORDY = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<m1>[a-zéû]+)\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[a-zéû]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))"
)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?,?\s+(?=\d)")
_FILENAME_DATE = re.compile(r"(?:^|/)(\d{4})-(\d{2})-(\d{2})[-_]")


def parse_date(value) -> datetime | None:
    """Return an aware datetime for `value`, or None when it is not a recognisable date.

    Dates alone become midnight UTC; times without a zone are taken as UTC. Slashed
    dates are day first (12/03/2024 is 12 March), unless only month first can be right.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    text = str(value).strip()
    try:
        return _parse_text(text)
    except (ValueError, OverflowError):
        return None


def _parse_text(text: str) -> datetime | None:
    lowered = text.lower().replace("é", "e").replace("û", "u")
    if match := _NUMERIC.fullmatch(text):
        return _from_parts(match)
    if match := _SLASHED.fullmatch(text):
        # Day first, as French writes it; month first only when the day-first reading is impossible.
        day, month = int(match["d"]), int(match["m"])
        if month > 12 >= day:
            day, month = month, day
        return datetime(int(match["y"]), month, day, tzinfo=UTC)
    if re.fullmatch(r"\d{9,11}", text):
        return _from_timestamp(int(text))
    # "mar" opens both "mardi" and "March": try the text as it is before dropping a weekday.
    if match := _WORDY.fullmatch(lowered) or _WORDY.fullmatch(_WEEKDAY.sub("", lowered)):
        day, month, year = (
            (match["d1"], match["m1"], match["y1"]) if match["d1"] else (match["d2"], match["m2"], match["y2"])
        )
        month_number = _MONTHS.get(month.rstrip(".").lower())
        if month_number:
            return datetime(int(year), month_number, int(day), tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _from_parts(match) -> datetime:
    fraction = (match["f"] or "0")[:6].ljust(6, "0")
    return datetime(
        int(match["y"]),
        int(match["m"]),
        int(match["d"]),
        int(match["H"] or 0),
        int(match["M"] or 0),
        int(match["S"] or 0),
        int(fraction),
        tzinfo=_zone(match["tz"]),
    )


def _zone(text: str | None) -> timezone:
    if not text or text in ("Z", "UTC", "GMT"):
        return UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if text[0] == "-" else offset)


def _from_timestamp(value) -> datetime | None:
    if not 0 <= value < 32_503_680_000:  # year 3000
        return None
    return datetime.fromtimestamp(value, tz=UTC)


def date_from_filename(name: str) -> datetime | None:
    """Return the date of a Jekyll-style name such as `_posts/2018-10-23-slug.md`."""
    match = _FILENAME_DATE.search(name.replace("\\", "/"))
    if not match:
        return None
    try:
        return datetime(*map(int, match.groups()), tzinfo=UTC)
    except ValueError:
        return None
