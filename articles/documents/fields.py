"""Map front-matter keys of any dialect onto article fields.

Keys are compared after folding (`publishDate`, `publish_date` and `publish-date`
are one key). A key is consumed only when its value was used; everything else is
left for `metadata`, so nothing read from the source is lost. Hugo's `[params]`,
Zola's `[extra]` and `[taxonomies]` tables are looked into for the same keys.
"""

import functools
import re
from decimal import Decimal, InvalidOperation

from articles.text import fold_accents

from .dates import parse_date
from .links import read_links

ALIASES = {
    "title": ("title", "headline", "titre"),
    "slug": ("slug",),
    "description": ("description", "summary", "excerpt", "abstract", "chapo", "resume"),
    "publish": (
        "publishdate",
        "pubdate",
        "date",
        "datepublished",
        "publishedat",
        "published",
        "publicationdate",
        "created",
        "createdat",
        "postdate",
    ),
    "updated": (
        "updated",
        "lastmod",
        "lastmodifiedat",
        "lastmodified",
        "modified",
        "datemodified",
        "updatedat",
        "updatedate",
        "updateddate",
        "lastupdated",
        "modifiedat",
        "modifieddate",
    ),
    "author": ("author", "authors", "auteur", "auteurs", "creator", "creators", "byline"),
    "theme": ("theme", "category", "thematique", "rubrique"),
    "skills": ("skills", "competences"),
    "tags": ("keywords", "tags", "categories", "motscles", "topics"),
    "image": (
        "image",
        "cover",
        "coverimage",
        "featuredimage",
        "thumbnail",
        "heroimage",
        "hero",
        "banner",
        "ogimage",
        "socialimage",
    ),
    "image_alt": ("imagealt", "alt", "coveralt", "coverimagealt", "thumbnailalt", "heroalt"),
    "note": ("note", "rating"),
    "canonical": ("canonicalurl", "canonical", "canonicallink"),
}
_NESTED_TABLES = {"params", "extra", "taxonomies"}
_DRAFT_KEYS = {"draft", "unpublished", "published", "private", "status", "eleventyexcludefromcollections"}
_KNOWN_KEYS = {name for names in ALIASES.values() for name in names} | _DRAFT_KEYS
_HASHTAG_LIST = re.compile(r"#[^\s#,]+(?:[\s,]+#[^\s#,]+)*")
_TRUE = {"true", "yes", "oui", "on", "1", "y"}
_FALSE = {"false", "no", "non", "off", "0", "n"}
_DRAFT_STATUSES = {"draft", "brouillon", "unpublished", "private", "prive", "hidden", "pending"}
_REVIEW_STATUSES = {"review", "inreview", "relecture", "enrelecture", "pendingreview", "toreview", "arelire"}
_LIVE_STATUSES = {"published", "publish", "public", "live", "publie", "active"}
_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "y", "bin"}
_ROLE_WORDS = {
    "ceo",
    "cto",
    "coo",
    "cmo",
    "directeur",
    "directrice",
    "director",
    "manager",
    "editor",
    "redacteur",
    "redactrice",
    "consultant",
    "consultante",
    "fondateur",
    "fondatrice",
    "founder",
    "cofounder",
    "journaliste",
    "journalist",
    "chef",
    "head",
    "lead",
    "responsable",
    "gestionnaire",
    "developpeur",
    "developpeuse",
    "developer",
    "engineer",
    "ingenieur",
    "ingenieure",
    "president",
    "presidente",
    "professeur",
    "professor",
    "analyste",
    "analyst",
    "expert",
    "experte",
    "chercheur",
    "chercheuse",
    "researcher",
    "designer",
    "product",
    "senior",
    "junior",
    "stagiaire",
    "intern",
    "writer",
    "auteur",
}


@functools.lru_cache(maxsize=4096)  # the same few keys are folded for every field
def fold(text: str) -> str:
    """Return `text` lower-cased, accents stripped, only letters and digits kept."""
    return re.sub(r"[^a-z0-9]", "", fold_accents(text))


class FieldReader:
    """Hand out front-matter values by field name, remembering what is left over."""

    def __init__(self, front_matter: dict):
        self.rest = dict(front_matter)
        self.warnings: list[str] = []
        self.extra: dict = {}
        for key in [k for k in self.rest if fold(k) in _NESTED_TABLES]:
            if isinstance(self.rest[key], dict):
                self._lift(key)

    def _lift(self, table: str) -> None:
        """Bring known keys of a nested table up, unless the top level already has them."""
        inner = dict(self.rest[table])
        top = {fold(key) for key in self.rest}
        for key in list(inner):
            if fold(key) in _KNOWN_KEYS and fold(key) not in top:
                self.rest[key] = inner.pop(key)
        if inner:
            self.rest[table] = inner
        else:
            del self.rest[table]

    def _keys(self, field: str):
        wanted = ALIASES.get(field, (field,))
        present = {}
        for key in self.rest:
            folded = fold(key)
            if folded in wanted and folded not in present:
                present[folded] = key
        return [present[name] for name in wanted if name in present]

    def take(self, field: str, accept=lambda value: value not in (None, "", [], {})):
        """Pop and return the first accepted value among the field's aliases (or None).

        Other aliases holding the same value or nothing at all are consumed too.
        """
        keys = self._keys(field)
        chosen = next((key for key in keys if accept(self.rest[key])), None)
        if chosen is None:
            for key in keys:
                if self.rest[key] in (None, "", [], {}):
                    del self.rest[key]
            return None
        value = self.rest.pop(chosen)
        for key in keys:
            if key != chosen and self.rest[key] in (None, "", [], {}, value):
                del self.rest[key]
        return value

    def take_all(self, field: str) -> list:
        """Pop every alias of the field and return their values in alias order."""
        return [self.rest.pop(key) for key in self._keys(field)]

    def text(self, field: str) -> str:
        value = self.take(field, accept=lambda v: isinstance(v, (str, int, float)) and str(v).strip())
        return _clean_text(value) if value is not None else ""

    def title(self) -> str:
        """Return the title; of a list (Pandoc allows one), the first line, the rest kept."""
        if title := self.text("title"):
            return title
        key = next(iter(self._keys("title")), None)
        value = self.rest.get(key) if key else None
        if isinstance(value, list) and value and isinstance(value[0], str) and value[0].strip():
            self.warnings.append(f"'{key}' is a list: its first item is the title (all kept in metadata)")
            return _clean_text(value[0])
        return ""

    def date(self, field: str):
        for key in self._keys(field):
            value = self.rest[key]
            if value in (None, "") or isinstance(value, bool):
                continue
            parsed = parse_date(value)
            if parsed is not None:
                del self.rest[key]
                return parsed
            self.warnings.append(f"unknown date format in '{key}': {str(value)[:60]!r} (kept in metadata)")
        return None

    def authors(self) -> list[str]:
        names: list[str] = []
        roles: list[str] = []
        details = []
        for value in self.take_all("author"):
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict):
                    details.append(item)
                    item = next(
                        (
                            item[k]
                            for k in ("name", "display_name", "fullname", "title")
                            if isinstance(item.get(k), str)
                        ),
                        "",
                    )
                if isinstance(item, (str, int)):
                    found, found_roles = split_author(str(item))
                    names += found
                    roles += found_roles
        if roles:
            self.extra["author_role"] = roles[0] if len(roles) == 1 else roles
        if details:
            self.extra["author_details"] = details
        return unique(names)

    def words(self, field: str) -> list[str]:
        """Return the values of a list-like field (lists or comma strings), de-duplicated."""
        found = []
        for key in self._keys(field):
            if isinstance(self.rest[key], dict):
                continue  # a mapping is not a list of words: leave it in metadata
            found += as_list(self.rest.pop(key))
        return unique(found)

    def theme(self) -> tuple[str, list[str]]:
        """Return the theme and any extra categories found under a singular key."""
        value = self.take("theme")
        items = as_list(value)
        if not items:
            return "", []
        return items[0], items[1:]

    def image(self) -> tuple[str, str]:
        value = self.take("image")
        alt = ""
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            alt = str(value.get("alt") or "")
            value = next((value[k] for k in ("src", "url", "path", "image") if value.get(k)), "")
        return (_clean_text(value) if value else ""), (self.text("image_alt") or _clean_text(alt))

    def note(self) -> Decimal | None:
        key = next(iter(self._keys("note")), None)
        if key is None or self.rest[key] in (None, ""):
            return None
        try:
            note = Decimal(str(self.rest[key]).strip().replace(",", "."))
        except InvalidOperation:
            self.warnings.append(f"'{key}' is not a number: kept in metadata")
            return None
        if not note.is_finite():
            return None
        del self.rest[key]
        return note

    def publication(self) -> tuple[bool, bool]:
        """Return (held back, in review): any flag or status that is not plainly "published" holds
        the article back, since publishing what the author withheld cannot be undone."""
        draft = review = False
        for key in list(self.rest):
            folded, value = fold(key), self.rest[key]
            flag = _flag(value)
            if folded in ("draft", "unpublished", "private") and flag is not None:
                draft = draft or flag
            elif folded == "published" and flag is not None:
                draft = draft or not flag
            elif folded == "status" and isinstance(value, (str, int, float, bool)):
                status = fold(value)
                review = review or status in _REVIEW_STATUSES
                if status not in _LIVE_STATUSES | _DRAFT_STATUSES | _REVIEW_STATUSES:
                    self.warnings.append(f"statut {str(value)[:40]!r} inconnu : importé comme brouillon")
                draft = draft or status not in _LIVE_STATUSES
            elif folded == "eleventyexcludefromcollections" and flag is not None:
                # Eleventy's way of hiding drafts: safer held back than published.
                if flag:
                    self.warnings.append("eleventyExcludeFromCollections: imported as a draft")
                draft = draft or flag
            else:
                continue
            del self.rest[key]
        return draft, review

    def links(self):
        keys = [key for key in self.rest if fold(key).startswith("related") or fold(key) == "seealso"]
        links = []
        for key in keys:
            found = read_links(self.rest[key])
            if found is not None:
                links += found
                del self.rest[key]
        return links


def split_author(text: str) -> tuple[list[str], list[str]]:
    """Split "Name, Role" or "Ann & Bob" into names and roles."""
    names, roles = [], []
    for chunk in re.split(r"\s*(?:;|&|\band\b|\bet\b|\n)\s*", text.strip()):
        parts = [part.strip() for part in chunk.split(",") if part.strip()]
        if not parts:
            continue
        if all(_looks_like_name(part) for part in parts):
            names += parts
        else:
            names.append(parts[0])
            roles.append(", ".join(parts[1:]))
    return [n for n in names if n], [r for r in roles if r]


def _looks_like_name(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 4 or fold(words[0]) in _ROLE_WORDS:
        return False
    return all(
        word.lower() in _PARTICLES
        or (word[0].isupper() and not (word.isupper() and len(word) > 1))
        or word.startswith("@")
        or word.islower()
        and len(words) == 1
        for word in words
    )


def as_list(value) -> list[str]:
    """Return a list of clean strings from a list, a comma string or a single scalar."""
    if value in (None, ""):
        return []
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name") or item.get("title") or item.get("label") or ""
            items += as_list(item) if isinstance(item, list) else [_clean_text(item).lstrip("#")]
        return [item for item in items if item]
    text = str(value).strip()
    if _HASHTAG_LIST.fullmatch(text):  # Obsidian: "#ia #marketing"
        return [item.lstrip("#") for item in re.split(r"[\s,]+", text)]
    return [item.strip() for item in re.split(r"[,;]", text) if item.strip()]


def _flag(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):  # `draft: 1`
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    return None


def _clean_text(value) -> str:
    return re.sub(r"\s+", " ", str(value)).strip()


def unique(items: list[str]) -> list[str]:
    seen, result = set(), []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            result.append(item)
    return result
