"""A synthetic corpus at the scale the site must serve, the same on every run.

Every article is drawn from its own `random.Random` seeded with (corpus seed, index), so any
article (its slug, to link to it) can be produced alone, in any order, and the corpus streams:
nothing holds 10,000 bodies in memory.
"""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from itertools import accumulate
from pathlib import Path

import yaml

from articles.documents import slugify_title
from bench import vocabulary as words

EPOCH = datetime(2026, 1, 1, 9, 0)  # fixed, so the corpus does not depend on the day it is made
SKILL_ROOTS = 10
SKILLS_PER_ROOT = 4  # level 2; the rest of the skills are leaves (level 3)


@dataclass(frozen=True)
class CorpusSpec:
    articles: int = 10_000
    authors: int = 200
    themes: int = 12
    skills: int = 400
    tags: int = 3_000
    links: int = 30_000
    seed: int = 20261124
    min_words: int = 1_000
    max_words: int = 2_500


@dataclass
class SyntheticArticle:
    index: int
    title: str
    slug: str
    description: str
    publish_date: datetime
    authors: list[str]
    theme: str
    skills: list[str]
    tags: list[str]
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, slug)
    body: str = ""

    def as_markdown(self) -> str:
        """The article as an editor's file: YAML front matter, then the markdown body."""
        front_matter = {
            "title": self.title,
            "slug": self.slug,
            "date": self.publish_date.strftime("%Y-%m-%d %H:%M"),
            "authors": self.authors,
            "description": self.description,
            "theme": self.theme,
            "skills": self.skills,
            "tags": self.tags,
            "relatedContent": [{"title": title, "url": f"/articles/{slug}"} for title, slug in self.related],
        }
        header = yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False)
        return f"---\n{header}---\n\n{self.body}"


class Corpus:
    """The names shared by all articles (authors, themes, skill tree, tags) and the articles."""

    def __init__(self, spec: CorpusSpec = CorpusSpec()):
        self.spec = spec
        rng = random.Random(spec.seed)
        people = [f"{first} {last}" for first in words.FIRST_NAMES for last in words.LAST_NAMES]
        self.authors = rng.sample(people, spec.authors)
        self.themes = list(words.THEMES[: spec.themes])
        self.skill_tree = self._skill_tree(rng)
        combos = [f"{word} {qualifier}" for word in words.TAG_WORDS for qualifier in words.TAG_QUALIFIERS]
        combos += [
            f"{word} {q1} {q2}"
            for word in words.TAG_WORDS
            for q1 in words.TAG_QUALIFIERS[:12]
            for q2 in words.TAG_QUALIFIERS[12:]
        ]
        self.tags = rng.sample(combos, spec.tags)
        # A few tags are everywhere and most are rare, as in a real archive.
        self._tag_weights = list(accumulate(1 / (rank + 1) for rank in range(spec.tags)))
        self.leaf_skills = [name for name, _, depth in self.skill_tree if depth == 2]
        self.middle_skills = [name for name, _, depth in self.skill_tree if depth == 1]

    def _skill_tree(self, rng) -> list[tuple[str, str | None, int]]:
        """(name, parent name, depth) in parent-first order: 10 roots, 40 branches, the rest leaves."""
        pairs = [f"{stem.capitalize()} {obj}" for stem in words.SKILL_STEMS for obj in words.SKILL_OBJECTS]
        branch_names = rng.sample(pairs, SKILL_ROOTS * (1 + SKILLS_PER_ROOT))
        roots, branches = branch_names[:SKILL_ROOTS], branch_names[SKILL_ROOTS:]
        tree = [(name, None, 0) for name in roots]
        tree += [(name, roots[i % SKILL_ROOTS], 1) for i, name in enumerate(branches)]
        leaves_wanted = self.spec.skills - len(tree)
        for i in range(leaves_wanted):
            branch = branches[i % len(branches)]
            qualifier = words.TAG_QUALIFIERS[(i // len(branches)) % len(words.TAG_QUALIFIERS)]
            tree.append((f"{branch} ({qualifier})", branch, 2))
        return tree

    @cached_property
    def root_skill(self) -> str:
        return self.skill_tree[0][0]

    def _rng(self, index: int) -> random.Random:
        return random.Random(f"{self.spec.seed}:{index}")

    def title(self, index: int) -> str:
        rng = self._rng(index)
        heading = rng.choice(words.HEADINGS).format(year=2024 + index % 3)
        return f"{heading} : {_noun_phrase(rng)} et {rng.choice(words.MARKETS)}"

    def slug(self, index: int) -> str:
        return f"{slugify_title(self.title(index))[:80].rstrip('-')}-{index}"

    def article(self, index: int) -> SyntheticArticle:
        rng = self._rng(index)
        rng.random()  # the draws `title` made, so the rest differs from it
        title = self.title(index)
        links_per_article = self.spec.links / max(self.spec.articles, 1)
        link_count = int(links_per_article) + (rng.random() < links_per_article % 1)
        targets = {rng.randrange(self.spec.articles) for _ in range(link_count)} - {index}
        article = SyntheticArticle(
            index=index,
            title=title,
            slug=self.slug(index),
            description=self._sentence(rng),
            publish_date=EPOCH - timedelta(minutes=37 * (self.spec.articles - index)),
            authors=rng.sample(self.authors, 1 + (rng.random() < 0.2)),
            theme=rng.choice(self.themes),
            skills=rng.sample(self.leaf_skills, rng.randint(1, 3)) + rng.sample(self.middle_skills, rng.random() < 0.3),
            tags=list(dict.fromkeys(rng.choices(self.tags, cum_weights=self._tag_weights, k=rng.randint(3, 8)))),
            related=[(self.title(target), self.slug(target)) for target in sorted(targets)],
        )
        article.body = self._body(rng, rng.randint(self.spec.min_words, self.spec.max_words))
        return article

    def articles(self, indexes=None):
        """Yield the articles one at a time (all of them, or those at `indexes`)."""
        for index in range(self.spec.articles) if indexes is None else indexes:
            yield self.article(index)

    def _sentence(self, rng) -> str:
        return (
            f"{rng.choice(words.CONNECTORS)} {_noun_phrase(rng, 'une', 'un')} {rng.choice(words.VERBS)} "
            f"{_noun_phrase(rng, 'la', 'le', adjective=False)} des {rng.choice(words.POPULATIONS)} "
            f"et rend chaque {_noun_with_comparative(rng)}."
        )

    def _figure_sentence(self, rng) -> str:
        source, population = rng.choice(words.SOURCES), rng.choice(words.POPULATIONS)
        year, percent = rng.randint(2019, 2026), rng.randint(3, 97)
        choice = rng.randrange(5)
        if choice == 0:
            return f"Selon une étude de {source} publiée en {year}, {percent} % des {population} {rng.choice(words.OUTCOMES)}."
        if choice == 1:
            amount = rng.randint(2, 900)
            return (
                f"D'après {source}, le marché de {rng.choice(words.MARKETS)} atteindra {amount} milliards "
                f"d'euros d'ici {year + 4}."
            )
        if choice == 2:
            return (
                f"Les {population} qui s'y mettent voient leur {rng.choice(words.METRICS)} multiplié par "
                f"{rng.randint(2, 5)}, d'après {source}."
            )
        if choice == 3:
            return f"En {year}, {source} estime que près de {percent} % des {population} {rng.choice(words.OUTCOMES)}."
        return f"Une enquête de {source} menée en {year} auprès de {rng.randint(200, 5000)} {population} le confirme."

    def _paragraph(self, rng) -> str:
        sentences = [self._sentence(rng) for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.45:
            sentences.insert(rng.randrange(len(sentences) + 1), self._figure_sentence(rng))
        return " ".join(sentences)

    def _body(self, rng, word_target: int) -> str:
        blocks = [self._paragraph(rng)]
        count = len(blocks[0].split())
        while count < word_target:
            block = self._section(rng)
            blocks.append(block)
            count += len(block.split())
        return "\n\n".join(blocks) + "\n"

    def _section(self, rng) -> str:
        heading = rng.choice(words.HEADINGS).format(year=rng.randint(2024, 2027))
        parts = [f"## {heading}"] + [self._paragraph(rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.4:
            parts.append(
                "\n".join(
                    f"- **{rng.choice(words.NOUNS)[0].capitalize()}** : {self._sentence(rng)}"
                    for _ in range(rng.randint(3, 5))
                )
            )
        return "\n\n".join(parts)


def _noun_phrase(rng, feminine_article="", masculine_article="", adjective=True) -> str:
    """A noun with its article and an adjective that agree ("une équipe agile", "le marché")."""
    noun, feminine = rng.choice(words.NOUNS)
    article = feminine_article if feminine else masculine_article
    if article in ("la", "le") and noun[0] in "aeéiou":
        article = "l'"
    separator = "" if not article or article.endswith("'") else " "
    phrase = f"{article}{separator}{noun}"
    if adjective:
        phrase += " " + rng.choice(words.ADJECTIVES)[feminine]
    return phrase


def _noun_with_comparative(rng) -> str:
    noun, feminine = rng.choice(words.NOUNS)
    return f"{noun} plus {rng.choice(words.ADJECTIVES)[feminine]}"


def write_corpus(corpus: Corpus, directory: Path, indexes=None) -> list[Path]:
    """Write articles as markdown files with YAML front matter, one at a time."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in corpus.articles(indexes):
        path = directory / f"{article.index:05d}-{article.slug[:60]}.md"
        path.write_text(article.as_markdown(), encoding="utf-8")
        paths.append(path)
    return paths


def create_taxonomy(corpus: Corpus) -> None:
    """Create themes and the skill tree up front: the importer then finds them by slug."""
    from articles.models import Skill, Theme

    Theme.objects.bulk_create(
        [Theme(name=name, slug=slugify_title(name)) for name in corpus.themes], ignore_conflicts=True
    )
    by_name = {}
    for name, parent, _depth in corpus.skill_tree:
        by_name[name] = Skill.objects.create(name=name, slug=slugify_title(name)[:200], parent=by_name.get(parent))
