"""Drop the template language around the prose: Liquid, Hugo and Quarto shortcodes.

Jekyll and Eleventy bodies hold Liquid/Nunjucks (`{% include %}`, `{{ site.baseurl }}`),
Hugo and Quarto bodies hold shortcodes (`{{< figure >}}`, `{{% notice %}}`). The
site renders plain markdown, so the markup goes and the human text stays: a figure
keeps its image and caption, a notice becomes a quote, a highlight block a fence.
"""

import re
import shlex

from .blocks import map_prose

# Greedy over a plain class, the closing `>`/`%` checked after: a lazy scan went quadratic.
_SHORTCODE = re.compile(r"\{\{([<%])[ \t]*(/?)[ \t]*([\w./-]{1,60})([^}\n]{0,400})\}\}")
_LIQUID_TAG = re.compile(r"\{%-?[ \t]*(\w+)([^%\n]{0,300}?)-?%\}")
_LIQUID_OUTPUT = re.compile(r"\{\{-?[ \t]*([^{}\n]{1,200}?)[ \t]*-?\}\}")
_QUOTED_VALUE = re.compile(r"""^["']([^"']*)["'][ \t]*\|""")
_OPENING = re.compile(r"\{%-?[ \t]*(raw|comment|highlight)\b[ \t]*([\w+-]*)[^%\n]{0,100}-?%\}")
_CLOSING = {name: re.compile(r"\{%-?[ \t]*end" + name + r"[ \t]*-?%\}") for name in ("raw", "comment", "highlight")}
_PANDOC_DIV = re.compile(r"^([ \t]*:{3,})[ \t]*\{([^}\n]*)\}[ \t]*$", re.M)
_EMPTY_LINK = re.compile(r"(?<!!)\[([^\]\n]{1,300})\]\(\s*\)")
_NOTICES = {
    "notice",
    "note",
    "tip",
    "warning",
    "alert",
    "callout",
    "info",
    "hint",
    "admonition",
    "caution",
    "important",
    "danger",
    "aside",
    "attention",
}
_FIGURES = {"figure", "img", "image"}
_LINK_SHORTCODES = {"ref", "relref"}


def drop_template_markup(text: str, warnings: list[str]) -> str:
    """Return `text` with template tags removed and their human text kept."""
    if "{%" not in text and "{{" not in text and ":::" not in text:
        return text
    removed: list[str] = []
    text = map_prose(text, lambda chunk: _clean(chunk, removed), protect_code_spans=True)
    if removed:
        names = ", ".join(dict.fromkeys(removed))
        warnings.append(f"template markup removed (text kept): {names[:300]}")
    return text


def _clean(chunk: str, removed: list[str]) -> str:
    chunk = _PANDOC_DIV.sub(_pandoc_div, chunk)
    if "{" not in chunk:
        return chunk
    raw: list[str] = []
    chunk = _paired_blocks(chunk, raw, removed)
    chunk = _SHORTCODE.sub(lambda m: _shortcode(m, removed), chunk)
    chunk = _LIQUID_TAG.sub(lambda m: _liquid_tag(m, removed), chunk)
    chunk = _LIQUID_OUTPUT.sub(lambda m: _liquid_output(m, removed), chunk)
    chunk = _EMPTY_LINK.sub(r"\1", chunk)
    return re.sub(r"\x01(\d+)\x01", lambda m: raw[int(m[1])], chunk)


def _paired_blocks(chunk: str, raw: list[str], removed: list[str]) -> str:
    """Replace raw, comment and highlight blocks in one pass (find, not a regex, to stay linear)."""
    out, pos = [], 0
    while opening := _OPENING.search(chunk, pos):
        name = opening[1]
        closing = _CLOSING[name].search(chunk, opening.end())
        if closing is None:
            break
        inner = chunk[opening.end() : closing.start()]
        out.append(chunk[pos : opening.start()])
        if name != "comment":  # shown literally by Jekyll: hide it from the clean-up below
            fenced = f"\n```{opening[2]}\n{inner.strip(chr(10))}\n```\n"
            raw.append(inner if name == "raw" else fenced)
            out.append(f"\x01{len(raw) - 1}\x01")
        else:
            removed.append("{% comment %}")
        pos = closing.end()
    out.append(chunk[pos:])
    return "".join(out)


def _pandoc_div(match) -> str:
    """`::: {.callout-tip title="Astuce"}` -> `:::tip Astuce`, for the admonition reader."""
    classes = re.findall(r"(?:^|\s)\.([\w-]+)", match[2])
    title = re.search(r"""title=["']([^"']*)["']""", match[2])
    kind = classes[0].removeprefix("callout-") if classes else "div"
    return f"{match[1]}{kind}" + (f" {title[1]}" if title else "")


def _arguments(source: str) -> tuple[list[str], dict[str, str]]:
    try:
        words = shlex.split(source.replace("\\", "\\\\"))
    except ValueError:
        words = source.split()
    positional, named = [], {}
    for word in words:
        key, sep, value = word.partition("=")
        if sep and re.fullmatch(r"[\w-]+", key):
            named[key.lower()] = value
        else:
            positional.append(word)
    return positional, named


def _shortcode(match, removed: list[str]) -> str:
    closing, name, source = match[2] == "/", match[3].lower(), match[4].rstrip()
    if not source.endswith(">" if match[1] == "<" else "%"):  # `{{< a }}` is no shortcode
        return match[0]
    positional, named = _arguments(source[:-1].rstrip().removesuffix("/"))
    if name in _LINK_SHORTCODES:
        return positional[0] if positional else ""
    if name in _FIGURES:
        return _figure(named or dict(zip(("src", "caption"), positional, strict=False)))
    removed.append(name)
    if name in _NOTICES:
        kind = positional[0] if positional and not closing else name
        title = named.get("title") or (" ".join(positional[1:]) if len(positional) > 1 else "")
        return "\n\n:::\n\n" if closing else f"\n\n:::{kind} {title}".rstrip() + "\n\n"
    title = next((named[k] for k in ("title", "summary", "caption", "label") if named.get(k)), "")
    return f"\n\n**{title}**\n\n" if title and not closing else ""


def _figure(attrs: dict[str, str]) -> str:
    src = attrs.get("src") or attrs.get("image") or attrs.get("url") or ""
    caption = attrs.get("caption") or attrs.get("title") or ""
    alt = attrs.get("alt") or caption
    image = f"![{alt}]({src})" if src else ""
    return "\n\n" + "\n\n".join(part for part in (image, f"*{caption}*" if caption else "") if part) + "\n\n"


def _liquid_tag(match, removed: list[str]) -> str:
    name = match[1].lower()
    removed.append(f"{{% {name} %}}")
    _, named = _arguments(match[2])
    if name == "include" and (named.get("image") or named.get("src")):
        return _figure(named)
    return ""


def _liquid_output(match, removed: list[str]) -> str:
    """`{{ '/img/x.png' | relative_url }}` keeps its path; `{{ site.baseurl }}` goes."""
    expression = match[1].strip()
    if literal := _QUOTED_VALUE.match(expression):
        return literal[1]
    removed.append(f"{{{{ {expression[:40]} }}}}")
    return ""
