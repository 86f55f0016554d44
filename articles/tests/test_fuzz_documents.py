"""Property: whatever the front matter and markdown structure, the reader and the renderer either
return or raise the project's own DocumentError, within the preparation's time limit.

Deterministic (derandomize) and short (a bounded number of examples), so that the suite stays
fast and CI sees the same inputs every run; the fixed regressions are in test_untrusted_files.
"""

import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.documents import DocumentError, read_document
from articles.limits import PREPARE_SECONDS, time_limit
from articles.rendering import render_markdown

FUZZ = settings(
    max_examples=40,
    deadline=None,  # the time limit below is the bound, not hypothesis's per-example deadline
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Scalars as authors write them, YAML 1.1's traps included.
TRAPS = ["no", "yes", "on", "off", "0123", "0x1F", "1:30", "0000-00-00", "2024-02-30", ".inf", "~", "null"]
scalars = st.one_of(
    st.sampled_from(TRAPS),
    st.text(max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
# Nested values, a few of them far deeper than the reader accepts.
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=60,
)
keys = st.sampled_from(["title", "slug", "author", "date", "draft", "status", "rating", "tags", "theme", "private"])
front_matters = st.dictionaries(keys | st.text(max_size=10), values, max_size=8)


def deep(depth: int, opening: str, closing: str) -> str:
    return opening * depth + closing * depth


def _yaml(mapping) -> str:
    return "---\n" + yaml.safe_dump(mapping, allow_unicode=True) + "---\n"


def _json(mapping) -> str:
    return json.dumps(mapping, ensure_ascii=False, default=str) + "\n"


def _raw_yaml(mapping) -> str:
    """Unquoted `key: value` lines, where the traps stay plain scalars."""
    return "---\n" + "".join(f"{key!s}: {value!s}\n".replace("\n\n", "\n") for key, value in mapping.items()) + "---\n"


headers = st.one_of(
    front_matters.map(_yaml),
    front_matters.map(_json),
    front_matters.map(_raw_yaml),
    st.integers(0, 5_000).map(lambda d: "---\na: " + deep(d, "[", "]") + "\n---\n"),
    st.integers(0, 5_000).map(lambda d: "+++\na = " + deep(d, "[", "]") + "\n+++\n"),
    st.integers(0, 5_000).map(lambda d: '{"a": ' + deep(d, '{"b": ', "}") + "}\n"),
    st.integers(0, 5_000).map(lambda d: "---\na:\n" + "- " * d + "x\n---\n"),
    st.just(""),
)

# Markdown structure: line openers, nesting, delimiters and raw HTML, repeated.
pieces = st.sampled_from(
    [
        "- ",
        "* ",
        "+ ",
        "1. ",
        "> ",
        "    ",
        "\t",
        "#",
        "*",
        "_",
        "`",
        "[",
        "]",
        "(",
        ")",
        "<div>",
        "</div>",
        "<a ",
        "|",
        "---",
        "```",
        "![",
        "[^1]",
        ":",
        "mot",
        " ",
        "\n",
        "\n\n",
        "12 %",
        "&amp;",
        "\\",
    ]
)
lines = st.tuples(pieces, st.sampled_from([2, 10, 100, 500, 2_000])).map(lambda piece: piece[0] * piece[1])
bodies = st.lists(st.one_of(pieces, lines), max_size=12).map("".join)


@FUZZ
@given(header=headers, body=bodies)
def test_reading_any_document_returns_or_raises_a_document_error(header, body):
    raw = (header + body).encode("utf-8", "surrogatepass")
    try:
        with time_limit(PREPARE_SECONDS, "la lecture du fichier"):
            article = read_document(raw, "fuzz.md")
            render_markdown(article.body)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)


@FUZZ
@given(body=bodies)
def test_rendering_any_body_returns_or_raises_a_document_error(body):
    try:
        with time_limit(PREPARE_SECONDS, "l'aperçu"):
            rendered = render_markdown(body)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert "<script" not in rendered.html
