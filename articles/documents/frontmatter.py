"""Split a document into front matter and body, in any of the usual dialects.

YAML (`---`, closed by `---` or `...`), TOML (`+++`), JSON (`{...}` at the top, as
Hugo allows) and the unfenced `Key: value` header of Pelican and MultiMarkdown. YAML is
loaded with a SafeLoader that refuses alias bombs; every value is then copied into
plain JSON-safe Python under a size budget, so nothing exotic leaks further.
"""

import json
import re
import tomllib
from datetime import date, datetime, time
from decimal import Decimal

import yaml

from .data import DocumentError
from .metalines import split_header

MAX_ALIASES = 40
MAX_FRONT_MATTER_CHARS = 100_000
MAX_NODES = 50_000
MAX_DEPTH = 40
# Below this bound on the nesting a source can reach, building it is safe without a walk first.
_SAFE_UNWALKED_DEPTH = 1000
_INF = float("inf")
_YAML_FENCE = re.compile(r"^---[ \t]*$", re.M)
_YAML_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_TOML_FENCE = re.compile(r"^\+\+\+[ \t]*$", re.M)
_KEY_LINE = re.compile(r"^[ \t]*[\w\"'-][^:\n]*:", re.M)
_TOP_KEY = re.compile(r"^([^\s#:\-'\"][^:\n]*?|'[^'\n]*'|\"[^\"\n]*\"):(?:[ \t]+(.*))?$", re.M)
_YAML_SYNTAX = re.compile(r"^[^:\n]*:[ \t]*[\[{!&*|>\"'%@`]", re.M)
_LEADING_TABS = re.compile(r"^\t+", re.M)
_HASHTAGS = re.compile(r"#[^\s#]+(?:[ \t]+#[^\s#]+)*")


# libyaml's safe loader when PyYAML was built with it (ten times faster), else the pure one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?")


class _AsWrittenLoader(_SafeLoader):
    """A safe loader that reads YAML 1.1's traps as the text the author wrote.

    YAML 1.1 turns `0123` into 83 (octal), `no` into False, `1:30` into 90 and refuses
    `0000-00-00` with a ValueError: only plain decimals, `true`/`false` and real dates are
    converted; everything else stays a string.
    """


def _int_as_written(loader, node):
    return int(node.value) if _PLAIN_INT.fullmatch(node.value) else node.value


def _float_as_written(loader, node):
    return float(node.value) if _PLAIN_FLOAT.fullmatch(node.value) else node.value


def _bool_as_written(loader, node):
    return {"true": True, "false": False}.get(node.value.lower(), node.value)


def _timestamp_as_written(loader, node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:  # a date that does not exist, such as 0000-00-00
        return node.value


_AsWrittenLoader.add_constructor("tag:yaml.org,2002:int", _int_as_written)
_AsWrittenLoader.add_constructor("tag:yaml.org,2002:float", _float_as_written)
_AsWrittenLoader.add_constructor("tag:yaml.org,2002:bool", _bool_as_written)
_AsWrittenLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_written)

_OPENING_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSING_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _nesting_bound(source: str) -> int:
    """An upper bound on the nesting of `source`, cheaper than parsing it.

    A flow collection opens with `[` or `{`; a block collection starts at a greater column
    than its parent, or at the same one for a key's sequence: two levels a column at most.
    """
    longest_line = max(map(len, source.split("\n")), default=0)
    return source.count("[") + source.count("{") + 2 * (longest_line + 1)


def _refuse_deep_or_aliased(source: str) -> None:
    """Walk the event stream before anything is built from it: bound nesting and aliases.

    libyaml's parser keeps its own stack, but building nested values recurses in C and
    crashes the process some thousands of levels down; alias bombs expand exponentially.
    The walk stops at the first level too many, so a hostile file costs little.
    """
    aliases = depth = 0
    for event in yaml.parse(source, Loader=_SafeLoader):
        if isinstance(event, _OPENING_EVENTS):
            depth += 1
            if depth > MAX_DEPTH:
                raise DocumentError(f"en-tête YAML imbriqué sur plus de {MAX_DEPTH} niveaux")
        elif isinstance(event, _CLOSING_EVENTS):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise DocumentError(f"en-tête YAML avec plus de {MAX_ALIASES} alias (bombe d'alias ?)")


def split(text: str, warnings: list[str] | None = None) -> tuple[str, dict, str]:
    """Return (source_format, front matter mapping, body); notes go to `warnings`."""
    warnings = warnings if warnings is not None else []
    first = text.split("\n", 1)[0]
    if _YAML_FENCE.fullmatch(first):
        return _split_fenced(text, "yaml", _YAML_END, lambda source: _load_yaml(source, warnings))
    if _TOML_FENCE.fullmatch(first):
        return _split_fenced(text, "toml", _TOML_FENCE, _load_toml)
    if text.startswith("{") and re.match(r"\{\s*\"", text):
        return _split_json(text)
    if ":" in first and (header := split_header(text)) is not None:
        return "meta", _mapping(header[0], "header"), header[1].lstrip("\n")
    return "none", {}, text


def _split_fenced(text, fmt, end_pattern, loader):
    start = text.index("\n") + 1 if "\n" in text else len(text)
    end = end_pattern.search(text, start)
    if end is None:
        if _KEY_LINE.match(text, start):
            raise DocumentError(f"en-tête ouvert par {text[:3]} et jamais fermé")
        return "none", {}, text
    if end.start() - start > MAX_FRONT_MATTER_CHARS:
        size = (end.start() - start) // 1000
        raise DocumentError(f"en-tête de {size} ko, au-delà de la limite de {MAX_FRONT_MATTER_CHARS // 1000} ko")
    data = loader(text[start : end.start()])
    return fmt, data, text[end.end() :].lstrip("\n")


def _load_yaml(source: str, warnings: list[str]) -> dict:
    try:
        data = _parse_yaml(source)
    except DocumentError:
        data = _lenient_yaml(source, warnings)
        if data is None:
            raise
    data = _mapping(data, "YAML")
    _note_duplicate_keys(source, warnings)
    _recover_hashtags(source, data)
    return data


def _parse_yaml(source: str):
    try:
        if "*" in source or _nesting_bound(source) > _SAFE_UNWALKED_DEPTH:
            _refuse_deep_or_aliased(source)
        return yaml.load(source, Loader=_AsWrittenLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise DocumentError(f"en-tête YAML invalide : {_yaml_reason(exc)}") from None
    except RecursionError:
        raise DocumentError("en-tête YAML imbriqué trop profondément") from None


def _lenient_yaml(source: str, warnings: list[str]):
    """Read what YAML refuses but a writer plainly meant: tab indents, or a `Key: value` header."""
    if _LEADING_TABS.search(source):
        try:
            data = _parse_yaml(_LEADING_TABS.sub(lambda m: "  " * len(m[0]), source))
        except DocumentError:
            data = None
        if isinstance(data, dict):
            warnings.append("front matter indented with tabs: read as two spaces each")
            return data
    header = split_header(source.strip("\n") + "\n\n")
    # Only plain text values: a broken flow list, a tag or a quote is a YAML mistake to report.
    if header is not None and not _YAML_SYNTAX.search(source):
        warnings.append("front matter is not valid YAML: read as Key: value lines")
        return header[0]
    return None


def _note_duplicate_keys(source: str, warnings: list[str]) -> None:
    """YAML loaders disagree on repeated keys (PyYAML keeps the last, Hugo refuses): say so."""
    seen = set()
    for match in _TOP_KEY.finditer(source):
        key = match[1].strip("'\"").strip()
        if key in seen:
            warnings.append(f"key '{key}' appears twice in the front matter: the last value is used")
        seen.add(key)


def _recover_hashtags(source: str, data: dict) -> None:
    """Obsidian users write `tags: #ia #marketing`, which YAML reads as a comment: keep the tags."""
    for match in _TOP_KEY.finditer(source):
        key, value = match[1], match[2] or ""
        if data.get(key, "") is None and _HASHTAGS.fullmatch(value.strip()):
            data[key] = value.strip()


def _yaml_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
    where = f"ligne {mark.line + 2} : " if mark is not None else ""
    return f"{where}{problem}".strip()


def _load_toml(source: str) -> dict:
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise DocumentError(f"en-tête TOML invalide : {exc}") from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise DocumentError("en-tête TOML imbriqué trop profondément") from None
    return _mapping(data, "TOML")


def _split_json(text: str):
    try:
        data, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"en-tête JSON invalide : ligne {exc.lineno} : {exc.msg}") from None
    except RecursionError:  # the decoder recurses once per level of nesting
        raise DocumentError("en-tête JSON imbriqué trop profondément") from None
    return "json", _mapping(data, "JSON"), text[end:].lstrip("\n")


def _mapping(data, dialect: str) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise DocumentError(f"l'en-tête {dialect} n'est pas une table de clés ({kind})")
    budget = [MAX_NODES]
    return {str(key): plain(value, budget, 0) for key, value in data.items()}


def plain(value, budget=None, depth=0):
    """Copy `value` into JSON-safe Python (dates become ISO strings), under a size budget."""
    budget = budget if budget is not None else [MAX_NODES]
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        raise DocumentError("l'en-tête se développe en trop de données (bombe d'alias ou imbrication)")
    if isinstance(value, dict):
        return {str(k): plain(v, budget, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v, budget, depth + 1) for v in value]
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float) and (value != value or value in (_INF, -_INF)):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
