"""Cells a spreadsheet reads as text, never as a formula: every export goes through here.

A text cell starting with one of `FORMULA_STARTS` is run by spreadsheets (CSV injection); a quote
in front keeps it text. A cell that already starts with the quote gets one more, so that
`unescape_formula()` gives back exactly what was exported.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def escape_formula(value):
    """`value`, with a quote in front when it is text a spreadsheet would run (or a quoted one)."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, ESCAPE)):
        return ESCAPE + value
    return value


def unescape_formula(value):
    """What `escape_formula()` was given."""
    if isinstance(value, str) and value.startswith(ESCAPE) and value[1:].startswith((*FORMULA_STARTS, ESCAPE)):
        return value[1:]
    return value


def spreadsheet_cell(value):
    """A value as a CSV cell: numbers stay numbers, None is empty, any other value safe text."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return escape_formula(str(value))
