"""Flatten JSX components (MDX, Docusaurus) into plain markdown, keeping their text."""

import re

_TAG = re.compile(r"<(/?)([A-Z][\w.]*)")
_STRING_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JS_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`""")
_ATTR_START = re.compile(r"""([\w-]+)\s*=\s*(["'{])""")
_LINK_COMPONENTS = {"Link", "NavLink", "A"}
_TITLE_ATTRS = ("title", "label", "heading", "summary")


def flatten_components(text: str) -> tuple[str, list[str]]:
    """Return text with component tags unwrapped, and the component names met."""
    names: list[str] = []
    out: list[str] = []
    pos = 0
    while match := _TAG.search(text, pos):
        closing, name = match[1] == "/", match[2]
        end, attrs, self_closing = _scan_tag(text, match.end())
        if end is None:
            break
        if name not in names:
            names.append(name)
        out.append(text[pos : match.start()])
        block = _alone_on_line(text, match.start(), end)
        if closing:
            replacement = ""
        elif name in _LINK_COMPONENTS and not self_closing:
            replacement, end = _link(text, name, attrs, end)
        else:
            replacement = _describe(attrs, block)
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out), names


def _scan_tag(text: str, pos: int) -> tuple[int | None, str, bool]:
    """Find the `>` closing a tag, skipping quoted strings and {expressions}."""
    depth, quote, start = 0, None, pos
    while pos < len(text):
        char = text[pos]
        if quote:
            if char == "\\":
                pos += 1
            elif char == quote:
                quote = None
        elif char in "\"'`" and (depth or text[pos - 1] == "="):
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif char == ">" and depth == 0:
            attrs = text[start:pos]
            return pos + 1, attrs, attrs.rstrip().endswith("/")
        pos += 1
    return None, "", False


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return not line_before(text, start).strip() and not line_after(text, end).strip()


def line_before(text: str, pos: int, limit: int = 2000) -> str:
    """Return the text between the start of the line and `pos` (bounded, to stay linear)."""
    start = text.rfind("\n", max(0, pos - limit), pos)
    return text[start + 1 : pos] if start != -1 or pos <= limit else "x"


def line_after(text: str, pos: int, limit: int = 2000) -> str:
    """Return the text between `pos` and the end of the line (bounded, to stay linear)."""
    end = text.find("\n", pos, pos + limit)
    return text[pos:end] if end != -1 or len(text) - pos <= limit else "x"


def _link(text: str, name: str, attrs: str, end: int) -> tuple[str, int]:
    closing = re.compile(rf"</{re.escape(name)}\s*>").search(text, end, end + 500)
    if not closing:
        return "", end
    target = dict((k, a or b) for k, a, b in _STRING_ATTR.findall(attrs))
    url = target.get("to") or target.get("href") or ""
    inner = text[end : closing.start()].strip()
    return (f"[{inner}]({url})" if url else inner), closing.end()


def _describe(attrs: str, block: bool) -> str:
    """Render what a tag carries itself: its title and any prose inside its props."""
    strings, expressions = _parse_attrs(attrs)
    title = next((strings[k] for k in _TITLE_ATTRS if strings.get(k)), "")
    prose = [
        _unescape(next(g for g in m.groups() if g is not None)) for m in _JS_STRING.finditer(" ".join(expressions))
    ]
    prose = [p.strip() for p in prose if " " in p.strip() and len(p.strip()) >= 12]
    if not block:
        return title
    lines = ([f"**{title}**", ""] if title else []) + [f"- {p}" for p in prose]
    return "\n\n" + "\n".join(lines) + "\n\n" if lines else ""


def _parse_attrs(attrs: str) -> tuple[dict[str, str], list[str]]:
    """Return the string attributes and the source of the {expression} attributes."""
    strings, expressions, pos = {}, [], 0
    while match := _ATTR_START.search(attrs, pos):
        name, opener, start = match[1].lower(), match[2], match.end()
        if opener != "{":
            end = attrs.find(opener, start)
            end = len(attrs) if end == -1 else end
            strings[name] = attrs[start:end]
            pos = end + 1
            continue
        depth, pos = 1, start
        while pos < len(attrs) and depth:
            depth += {"{": 1, "}": -1}.get(attrs[pos], 0)
            pos += 1
        expressions.append(attrs[start : pos - 1])
    return strings, expressions


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": " "}.get(m[1], m[1]), text)
