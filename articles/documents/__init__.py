"""Read an article file (any static-site dialect, or plain text) into `ArticleData`.

Pure: bytes in, dataclass out, no Django. Inputs are untrusted: decoding, size,
YAML safety and alias bombs are checked before anything else looks at them.
"""

from pathlib import PurePath

from . import cleanup, structure
from .blocks import collapse_blank_lines, separate_lists, setext_to_atx
from .data import ArticleData, DocumentError, LinkData
from .dates import date_from_filename
from .decoding import MAX_DOCUMENT_BYTES, decode
from .fields import FieldReader, unique
from .frontmatter import split
from .htmlbody import html_to_markdown, is_mostly_html
from .jsonld import apply_json_ld
from .obsidian import read_note_markup
from .slugs import slugify_title
from .templates import drop_template_markup
from .titles import cap_title, demote_sections, settle_title, tidy_title, unescape

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "ArticleData",
    "DocumentError",
    "LinkData",
    "read_document",
    "slugify_title",
]


def read_document(raw: bytes, name: str) -> ArticleData:
    """Return the article held in `raw` (the bytes of file `name`); raise DocumentError."""
    notes: list[str] = []
    text = decode(raw)
    source_format, front_matter, body = split(text, notes)
    fields = FieldReader(front_matter)
    guesses: list[str] = []
    warnings = fields.warnings
    warnings[:0] = notes

    plain = source_format == "none" and structure.is_plain_text(body)
    body, json_ld = cleanup.extract_json_ld(body)
    body, note_tags, wiki_links = _strip_toolchain_markup(body, name, warnings)

    theme, extra_categories = fields.theme()
    article = ArticleData(
        title=tidy_title(fields.title()),
        slug="",
        description=unescape(fields.text("description")),
        body="",
        publish_date=fields.date("publish"),
        updated_date=fields.date("updated"),
        authors=fields.authors(),
        theme=theme,
        skills=fields.words("skills"),
        tags=unique(fields.words("tags") + extra_categories + note_tags),
        image="",
        image_alt="",
        note=fields.note(),
        canonical_url=fields.text("canonical"),
        links=fields.links(),
        guesses=guesses,
        warnings=warnings,
    )
    article.image, article.image_alt = fields.image()
    article.draft, article.in_review = fields.publication()
    raw_slug = fields.take("slug")
    apply_json_ld(article, json_ld, guesses)

    body = settle_title(article, body, plain, name, guesses)
    cap_title(article)
    body = cleanup.html_headings(body, guesses)
    body = demote_sections(body, warnings)
    body = cleanup.drop_table_of_contents(body, warnings)
    if plain:
        body = structure.recover_structure(body, guesses)
    body, lists = separate_lists(body)
    if lists:
        warnings.append(
            "1 liste collée au paragraphe précédent : ligne vide ajoutée avant elle"
            if lists == 1
            else f"{lists} listes collées au paragraphe précédent : ligne vide ajoutée avant chacune"
        )
    article.body = collapse_blank_lines(body)
    _fill_gaps(article, name, guesses)
    article.slug = _slug(raw_slug, article, name, warnings)

    article.metadata = {**fields.rest, **fields.extra, **article.metadata}
    if raw_slug not in (None, "") and str(raw_slug) != article.slug:
        article.metadata["slug"] = raw_slug
    if json_ld:
        article.metadata["json_ld"] = json_ld
    if wiki_links:
        article.metadata["wiki_links"] = wiki_links
    article.metadata["source_format"] = source_format
    return article


def _strip_toolchain_markup(body: str, name: str, warnings: list[str]):
    """Return the body as plain markdown, with the tags and wiki links its markup carried."""
    if not name.lower().endswith((".mdx", ".svx", ".svelte")):  # there `{...}` is JavaScript
        body = drop_template_markup(body, warnings)
    body = cleanup.strip_code_around_prose(body, warnings)
    body, note_tags, wiki_links = read_note_markup(body, warnings)
    body = cleanup.admonitions_to_quotes(body)
    body = cleanup.drop_excerpt_markers(body)
    if is_mostly_html(body):
        body = html_to_markdown(body, warnings)
    return setext_to_atx(body), note_tags, wiki_links


def _fill_gaps(article: ArticleData, name: str, guesses: list[str]) -> None:
    if article.publish_date is None:
        article.publish_date = date_from_filename(name)
        guesses.append("date tirée du nom du fichier" if article.publish_date else "pas de date dans la source")
    if not article.authors:
        guesses.append("pas d'auteur dans la source")


def _slug(raw, article: ArticleData, name: str, warnings: list[str]) -> str:
    if isinstance(raw, (str, int)) and str(raw).strip() and "/" not in str(raw):
        slug = slugify_title(str(raw))
        if slug:
            if slug != str(raw).strip():
                warnings.append(f"slug {str(raw)!r} normalised to {slug!r}")
            return slug
    if raw not in (None, ""):
        warnings.append(f"slug {str(raw)!r} is not a plain slug: derived from the title")
    return slugify_title(article.title) or slugify_title(PurePath(name).stem) or "article"
