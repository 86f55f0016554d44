"""French formatting of figures, in one place: numbers, amounts, ranges, qualifiers. Pure."""

from articles.typography import NBSP, NNBSP, french_text

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}


def format_number(number, decimals=2):
    """33.3 → "33,3"; 5000 → "5 000" (thin no-break space); trailing zeros dropped."""
    text = f"{number:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", NNBSP).replace(".", ",")


def scaled(number, steps):
    """The (size, suffix) of the largest step `number` reaches: (1e9, "Md") for 2.5e9."""
    for size, suffix in steps:
        if abs(number) >= size:
            return size, suffix
    return 1, ""


def _amount(low, high, unit, currency):
    """The number (or range, with an en dash) and its unit, without qualifier."""
    largest = max(abs(low), abs(high if high is not None else low))
    numbers = [low] if high is None else [low, high]
    if unit == "percent":
        return "–".join(format_number(n) for n in numbers) + f"{NBSP}%"
    if unit == "multiplier":
        return "×" + "–".join(format_number(n) for n in numbers)
    if unit == "currency":
        size, suffix = scaled(largest, [(1e9, "Md"), (1e6, "M")])
        symbol = CURRENCY_SYMBOLS.get(currency, currency or "")
        text = "–".join(format_number(n / size) for n in numbers)
        return f"{text}{NBSP}{suffix}{symbol}".rstrip()
    size, word = scaled(largest, [(1e9, "milliard"), (1e6, "million")])
    text = "–".join(format_number(n / size) for n in numbers)
    if word:
        return f"{text}{NBSP}{word}{'s' if largest / size >= 2 else ''}"
    return text


def format_value(statistic):
    """How a reader sees a figure: "33,3 %", "×3", "1,5 Md€", "20–30 %", "environ 35 %"."""
    from articles.models import Statistic

    amount = _amount(statistic.value, statistic.value_high, statistic.unit, statistic.currency)
    if statistic.unit == "multiplier" and (getattr(statistic, "qualifiers", None) or {}).get("direction") == "moins":
        amount = amount.replace("×", "÷", 1)  # "2 fois moins"
    if statistic.qualifier and statistic.qualifier != Statistic.Qualifier.EXACT:
        # The label is the model's choice ("jusqu'à"); readers see it in French typography ("jusqu’à").
        return f"{french_text(Statistic.Qualifier(statistic.qualifier).label)} {amount}"
    return amount


def with_display(statistics):
    """Give each figure its French `display_value`, for templates; the same list back."""
    for statistic in statistics:
        statistic.display_value = format_value(statistic)
    return statistics
