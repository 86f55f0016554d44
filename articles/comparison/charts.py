"""Geometry of the server-rendered SVG charts. Pure: rows in, coordinates out.

The markup is written by `articles/templatetags/statistics_charts.py`, where everything is
escaped; colours come from classes styled by `static/css/statistics.css`, since the content
security policy forbids inline styles.
"""

import math
from dataclasses import dataclass, field

from articles.comparison.formatting import NNBSP, format_number, scaled

WIDTH = 640
MARGIN = 16
ROW_HEIGHT = 46
LABEL_OFFSET = 16  # baseline of a row's label below the row's top
BAR_OFFSET = 22  # top of a row's bar below the row's top
BAR_HEIGHT = 14
AXIS_HEIGHT = 28
TICK_COUNT = 4
VALUE_ROOM = 110  # room a value's text needs after its bar
# Characters of a label on narrow screens, where labels are drawn larger to stay readable.
SHORT_LABEL = 42


@dataclass
class ChartRow:
    label: str
    value_text: str
    is_range: bool
    verified: bool  # drawn dark; figures not yet verified are grey (the caption says so)
    short_label: str  # what narrow screens show, in larger type
    label_y: int
    bar_x: float
    bar_y: int
    bar_width: float
    value_x: float
    value_inside: bool  # written inside the bar's end when there is no room after it


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Chart:
    chart_id: str
    title: str
    description: str
    width: int
    height: int
    axis_y: int
    rows: list[ChartRow] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)

    @property
    def title_id(self):
        return f"{self.chart_id}-titre"

    @property
    def description_id(self):
        return f"{self.chart_id}-description"

    @property
    def bar_height(self):
        return BAR_HEIGHT

    @property
    def plot_left(self):
        return MARGIN

    @property
    def plot_right(self):
        return WIDTH - MARGIN


def nice_step(raw_step):
    """The round step (1, 2, 2.5 or 5 times a power of ten) at or above `raw_step`."""
    if raw_step <= 0:
        return 1
    power = 10 ** math.floor(math.log10(raw_step))
    return next(power * factor for factor in (1, 2, 2.5, 5, 10) if power * factor >= raw_step)


def _domain(lows, highs, unit):
    low = min(0.0, *lows)
    high = max(highs)
    if unit == "percent" and low >= 0 and high <= 100:
        return 0.0, 100.0, 25.0
    step = nice_step((high - low) / TICK_COUNT or 1)
    return math.floor(low / step) * step, math.ceil(high / step) * step or step, step


def build_chart(chart_id, title, rows, unit):
    """Lay out one horizontal bar per figure; a range is a bar from its low to its high value.

    `rows` are (label, value, value_high, value_text, verified) tuples.
    """
    lows = [value for _, value, _, _, _ in rows]
    highs = [high if high is not None else value for _, value, high, _, _ in rows]
    low, high, step = _domain(lows, highs, unit)
    plot_width = WIDTH - 2 * MARGIN

    def x_of(number):
        return round(MARGIN + (number - low) / (high - low) * plot_width, 1)

    chart_rows = []
    for index, (label, value, value_high, value_text, verified) in enumerate(rows):
        top = MARGIN + index * ROW_HEIGHT
        is_range = value_high is not None
        start = x_of(value if is_range else max(low, 0.0) if value >= 0 else value)
        end = x_of(value_high if is_range else value if value >= 0 else 0.0)
        chart_rows.append(
            ChartRow(
                label=label,
                short_label=label if len(label) <= SHORT_LABEL else label[: SHORT_LABEL - 1].rstrip() + "…",
                value_text=value_text,
                is_range=is_range,
                verified=verified,
                label_y=top + LABEL_OFFSET,
                bar_x=start,
                bar_y=top + BAR_OFFSET,
                bar_width=max(round(end - start, 1), 2.0),
                value_x=end - 6 if end > WIDTH - VALUE_ROOM else end + 6,
                value_inside=end > WIDTH - VALUE_ROOM,
            )
        )
    axis_y = MARGIN + len(rows) * ROW_HEIGHT
    count = round((high - low) / step)
    # "150 M", not "150 000 000": eleven digits a tick overlap their neighbours at 390 px.
    size, suffix = (1, "") if unit == "percent" else scaled(max(abs(low), abs(high)), [(1e9, "Md"), (1e6, "M")])
    ticks = [
        Tick(
            x_of(low + i * step),
            format_number((low + i * step) / size) + (f"{NNBSP}{suffix}" if suffix and low + i * step else ""),
        )
        for i in range(count + 1)
    ]
    return Chart(
        chart_id=chart_id,
        title=title,
        description=_describe(rows),
        width=WIDTH,
        height=axis_y + AXIS_HEIGHT,
        axis_y=axis_y,
        rows=chart_rows,
        ticks=ticks,
    )


def _describe(rows):
    values = "; ".join(f"{label} : {value_text}" for label, _, _, value_text, _ in rows)
    verified = sum(1 for *_, is_verified in rows if is_verified)
    note = f" Valeurs vérifiées par la rédaction : {verified}." if verified else ""
    return f"Barres horizontales, une par valeur citée ({len(rows)}), les fourchettes en plages. {values}.{note}"
