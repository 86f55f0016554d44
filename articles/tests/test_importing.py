"""The importer on the real seed and corpus files, through the real database and command."""

import json
import re
import shutil
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.importing import import_paths
from articles.models import Article, ArticleLink, Author, Skill, SlugRedirect, Statistic, Theme
from articles.preparing import prepare_bytes
from articles.tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db

SEED_ARTICLES = {
    "000_d45612c06cee5be5.txt": {
        "title": "Intelligence Artificielle et Transformation du Marketing",
        "slug": "intelligence-artificielle-et-transformation-du-marketing",
        "publish_date": datetime(2024, 5, 15, tzinfo=UTC),
        "authors": ["Gérald Paméole"],
        "theme": "marketing",
        "skills": [
            "Marketing digital",
            "Intelligence artificielle",
            "Stratégie marketing",
            "Personnalisation client",
            "Analyse de données",
            "Innovation technologique",
        ],
        "tags": {
            "intelligence artificielle",
            "marketing digital",
            "IA",
            "personnalisation client",
            "chatbots",
            "génération de contenu",
            "transformation digitale",
            "marketing automation",
        },
        "note": Decimal("4.7"),
        "links": [
            ("article", "Stratégies Marketing Digital 2025", "strategies-marketing-digital-2025"),
            ("article", "Email Marketing et Personnalisation", "email-marketing-personnalisation"),
            ("book", "Influence", ""),
        ],
        "first_headings": ["L'IA et la personnalisation client", "L'optimisation des campagnes publicitaires"],
    },
    "001_d501d4071c7ff60a.txt": {
        "title": "L'intelligence artificielle générative et son impact sur le marketing",
        "slug": "l-intelligence-artificielle-generative-et-son-impact-sur-le-marketing",
        "publish_date": datetime(2025, 3, 4, tzinfo=UTC),
        "updated_date": datetime(2025, 8, 1, tzinfo=UTC),
        "authors": ["Antoine Blot"],
        "canonical_url": "https://www.antoine-blot.com/blogue/intelligence-artificielle-impact-marketing/",
        "links": [("external", "automatiser les tâches marketing", "")],
        "first_headings": [
            "Applications de l'IA générative dans les stratégies marketing",
            "Amélioration de l'expérience client grâce à l'IA générative",
        ],
    },
    "002_19c061e3bad3081e.txt": {
        "title": "L’intelligence artificielle est sur toutes les lèvres",
        "first_headings": [
            "L’IA comme catalyseur d’une révolution marketing",
            "Automatisation et personnalisation à grande échelle",
        ],
        "needs_review": True,
    },
    "003_b211a2e96fc10f93.txt": {
        "title": "IA et Marketing",
        "slug": "ia-et-marketing",
        "first_headings": ["Problématiques et contexte", "Problématiques", "Définitions"],
        "needs_review": True,
    },
    "004_99bacfa6396d0a03.txt": {
        "title": "Démystifier l’IA Marketing",
        "slug": "demystifier-l-ia-marketing",
        "first_headings": ["L’IA Marketing : Mythe ou Réalité ?", "Définition de l’IA marketing"],
        "needs_review": True,
    },
}


def article_from(seed_name):
    return Article.objects.get(source_path=f"fixtures/seeds/{seed_name}")


@pytest.mark.parametrize("seed_name", sorted(SEED_ARTICLES))
def test_each_seed_becomes_the_expected_article(raw_imported_seeds, seed_name):
    expected = SEED_ARTICLES[seed_name]
    article = article_from(seed_name)

    assert article.title == expected["title"]
    if "slug" in expected:
        assert article.slug == expected["slug"]
    # Published only when the admin would publish it: the others wait as drafts, the reason reported.
    if article.publication_problems():
        assert article.status == Article.Status.DRAFT
        report = next(r for r in raw_imported_seeds if r.path.endswith(seed_name))
        assert any(w.startswith("non publié") for w in report.warnings)
    else:
        assert article.status == Article.Status.PUBLISHED
        assert article in Article.objects.published()
    if "publish_date" in expected:
        assert article.publish_date == expected["publish_date"]
    assert article.updated_date == expected.get("updated_date")
    assert [a.name for a in article.authors.all()] == expected.get("authors", [])
    assert (article.theme.slug if article.theme else None) == expected.get("theme")
    assert sorted(s.name for s in article.skills.all()) == sorted(expected.get("skills", []))
    assert set(article.tags.names()) == expected.get("tags", set())
    assert article.note == expected.get("note")
    assert article.canonical_url == expected.get("canonical_url", "")
    assert [(link.kind, link.title, link.target_slug) for link in article.links.all()] == expected.get("links", [])
    headings = [entry["name"] for entry in article.toc]
    assert headings[: len(expected["first_headings"])] == expected["first_headings"]
    # Only what the importer had to guess sends an article to the editors' review inbox.
    assert article.needs_review == expected.get("needs_review", False)
    assert bool(article.guesses) == article.needs_review
    # Front matter and JSON-LD never leak into the body or the page.
    assert not article.body.lstrip().startswith("---")
    assert "@context" not in article.body and "@context" not in article.body_html
    assert article.body_html and "<script" not in article.body_html


def test_plain_text_seeds_list_their_guesses(raw_imported_seeds):
    for seed_name in ("002_19c061e3bad3081e.txt", "004_99bacfa6396d0a03.txt"):
        guesses = " ".join(article_from(seed_name).guesses)
        assert "titre" in guesses and "intertitre" in guesses and "date" in guesses and "auteur" in guesses


def test_json_ld_is_kept_as_metadata(imported_seeds):
    article = article_from("001_d501d4071c7ff60a.txt")
    assert article.metadata["json_ld"][0]["@type"] == "BlogPosting"
    assert article.metadata["robots"] == "index, follow"


def test_sommaire_is_not_duplicated_when_a_toc_is_generated(imported_seeds):
    article = article_from("001_d501d4071c7ff60a.txt")
    assert "Sommaire" not in article.body
    assert "](#" not in article.body


def test_embedded_h3_becomes_a_real_heading(imported_seeds):
    article = article_from("002_19c061e3bad3081e.txt")
    assert "<h3>" not in article.body
    assert "Création de contenu : l’IA peut-elle remplacer les rédacteurs ?" in [t["name"] for t in article.toc]


def test_reimport_reports_unchanged_and_writes_nothing(imported_seeds):
    history_before = Article.history.count()
    modified_before = dict(Article.objects.values_list("pk", "modified_at"))

    reports = import_paths([SEED_DIR], progress=False)

    assert [r.status for r in reports] == ["unchanged"] * 5
    assert Article.history.count() == history_before
    assert dict(Article.objects.values_list("pk", "modified_at")) == modified_before


def test_bytes_already_imported_are_read_again_for_the_report_but_not_rendered():
    raw = sorted(SEED_DIR.iterdir())[0].read_bytes()
    fresh = prepare_bytes(raw, "seed.md")

    again = prepare_bytes(raw, "seed.md", stored_hash=fresh.source_hash)

    assert fresh.prepared is not None and again.prepared is None
    assert again.data == fresh.data, "the report of an unchanged file says what was guessed, as before"
    assert prepare_bytes(raw, "seed.md", stored_hash="another").prepared is not None


def test_a_reimport_in_workers_writes_only_the_changed_file(db, tmp_path):
    """Worker processes only read the files already imported as they are: the changed one is imported in full."""
    folder = copy_seeds(tmp_path)
    first = import_paths([folder], progress=False, workers=2)
    changed = sorted(folder.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nSelon l'Insee, 42 % des ménages sont équipés.\n")

    again = import_paths([folder], progress=False, workers=2)

    assert [r.status for r in first] == ["created"] * 5
    assert [r.status for r in again] == ["updated"] + ["unchanged"] * 4
    in_one_process = import_paths([folder], progress=False, workers=1)  # prepares every file in full
    assert [r.as_dict() for r in again[1:]] == [r.as_dict() for r in in_one_process[1:]]
    article = Article.objects.get(slug=again[0].slug)
    assert article.statistics.filter(text__contains="42").exists() and "42" in article.body_html


def copy_seeds(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEED_DIR, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def test_changed_source_updates_its_article(db, tmp_path):
    folder = copy_seeds(tmp_path)
    import_paths([folder], progress=False)
    source = folder / "000_d45612c06cee5be5.txt"
    source.write_text(source.read_text().replace("note: 4.7", "note: 4.9"))

    reports = {r.path: r for r in import_paths([folder], progress=False)}

    assert reports[str(source)].status == "updated"
    assert Article.objects.get(slug="intelligence-artificielle-et-transformation-du-marketing").note == Decimal("4.9")
    assert sorted(r.status for r in reports.values()) == ["unchanged"] * 4 + ["updated"]


def test_source_changed_after_an_editor_edit_is_a_conflict(db, tmp_path):
    folder = copy_seeds(tmp_path)
    import_paths([folder], progress=False)
    article = Article.objects.get(slug="ia-et-marketing")
    article.title = "IA et marketing : le guide de l'éditeur"
    article.save()
    source = folder / "003_b211a2e96fc10f93.txt"
    source.write_text(source.read_text().replace("# IA et Marketing", "# IA et Marketing (v2)"))

    [report] = import_paths([source], progress=False)

    assert report.status == "conflict"
    assert report.slug == "ia-et-marketing"
    article.refresh_from_db()
    assert article.title == "IA et marketing : le guide de l'éditeur"


def test_dry_run_writes_nothing(db):
    reports = import_paths([SEED_DIR], dry_run=True, progress=False)
    assert [r.status for r in reports] == ["created"] * 5
    assert Article.objects.count() == 0
    assert Author.objects.count() == Theme.objects.count() == Skill.objects.count() == 0


BAD_INPUTS = {
    "empty.md": b"",
    "blank.md": b"  \n\n\t\n",
    "latin1.md": "---\ntitle: Café\n---\nUn café très noir.".encode("latin-1"),
    "broken-yaml.md": b"---\ntitle: [unclosed\nauthor: x\n---\nBody text here.\n",
    "list-front-matter.md": b"---\n- a\n- b\n---\nBody text here.\n",
    "python-tag.md": b"---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\nBody.\n",
    "laughs.md": (
        b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        b"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        b"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\ntitle: boom\n---\nBody.\n"
    ),
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_fails_with_a_one_line_reason_and_no_rows(db, tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name])
    good = tmp_path / "000.txt"
    shutil.copy(SEED_DIR / "000_d45612c06cee5be5.txt", good)

    reports = {r.path: r for r in import_paths([bad, good], progress=False)}

    failed = reports[str(bad)]
    assert failed.status == "error"
    assert name in failed.error and "\n" not in failed.error
    assert reports[str(good)].status == "created"
    assert Article.objects.count() == 1


def test_oversized_file_is_refused_before_reading(db, tmp_path, settings):
    big = tmp_path / "big.md"
    big.write_bytes(b"---\ntitle: Big\n---\n" + b"mot " * 600_000)
    [report] = import_paths([big], progress=False)
    assert report.status == "error" and "limit" in report.error and "big.md" in report.error
    assert Article.objects.count() == 0


def test_bom_and_crlf_read_like_plain_utf8(db, tmp_path):
    original = (SEED_DIR / "000_d45612c06cee5be5.txt").read_bytes()
    windows = tmp_path / "windows.md"
    windows.write_bytes(b"\xef\xbb\xbf" + original.replace(b"\n", b"\r\n"))
    [report] = import_paths([windows], progress=False)
    assert report.status == "created"
    article = Article.objects.get()
    assert article.title == "Intelligence Artificielle et Transformation du Marketing"
    assert "\r" not in article.body


def test_failure_mid_file_leaves_no_partial_rows(db, tmp_path, monkeypatch):
    """A file that fails after its article row was written rolls back entirely."""
    import articles.importing as importing

    def explode(self, articles, documents):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importing.ImportBatch, "_add_relations", explode)
    [report] = import_paths([SEED_DIR / "000_d45612c06cee5be5.txt"], progress=False)
    assert report.status == "error" and "disk full" in report.error
    assert Article.objects.count() == Author.objects.count() == Skill.objects.count() == 0


def test_a_file_failing_in_a_group_costs_the_others_nothing(db, monkeypatch):
    """New files are written together; when one fails, the rest are stored and only it is reported."""
    import articles.importing as importing

    add_relations = importing.ImportBatch._add_relations

    def explode_on_one(self, articles, documents):
        if any(article.slug == "demystifier-l-ia-marketing" for article in articles):
            raise RuntimeError("disk full")
        return add_relations(self, articles, documents)

    monkeypatch.setattr(importing.ImportBatch, "_add_relations", explode_on_one)
    reports = import_paths([SEED_DIR], progress=False)

    assert [report.status for report in reports].count("created") == len(reports) - 1
    [failed] = [report for report in reports if report.status == "error"]
    assert failed.path.endswith("004_99bacfa6396d0a03.txt") and "disk full" in failed.error
    assert not Article.objects.filter(slug="demystifier-l-ia-marketing").exists()
    assert Article.objects.count() == len(reports) - 1
    # Nothing of the failed file survives beside the others: no author, skill or figure of its own.
    assert not Author.objects.filter(articles=None).exists()
    assert not Skill.objects.filter(articles=None).exists()
    assert Statistic.objects.filter(article__in=Article.objects.all()).count() == Statistic.objects.count() > 0
    # Re-running once the fault is gone imports the missing file and leaves the others alone.
    monkeypatch.setattr(importing.ImportBatch, "_add_relations", add_relations)
    statuses = sorted(report.status for report in import_paths([SEED_DIR], progress=False))
    assert statuses == ["created"] + ["unchanged"] * (len(reports) - 1)


def test_files_of_one_group_sharing_bytes_or_a_slug(db, tmp_path):
    """Written together, files behave as they do one by one: a copy is the same article, and a
    second title of the same slug gets another slug and says so."""
    (tmp_path / "a.md").write_text("---\ntitle: Le même titre\n---\nPremier texte.\n", encoding="utf-8")
    shutil.copy(tmp_path / "a.md", tmp_path / "b.md")
    (tmp_path / "c.md").write_text("---\ntitle: Le même titre\n---\nUn autre texte.\n", encoding="utf-8")

    reports = import_paths([tmp_path], progress=False)

    assert [(r.status, r.slug) for r in reports] == [
        ("created", "le-meme-titre"),
        ("unchanged", "le-meme-titre"),
        ("created", "le-meme-titre-2"),
    ]
    assert "slug 'le-meme-titre' already taken: using 'le-meme-titre-2'" in reports[2].warnings
    assert Article.objects.count() == 2


def test_command_json_report_and_exit_status(db, tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    shutil.copy(SEED_DIR / "004_99bacfa6396d0a03.txt", tmp_path / "004.txt")
    out = StringIO()

    with pytest.raises(CommandError) as failure:
        call_command("import_articles", str(tmp_path), "--format", "json", stdout=out)

    assert failure.value.returncode == 1
    rows = json.loads(out.getvalue())
    assert [set(row) for row in rows] == [{"path", "status", "slug", "warnings", "error"}] * 2
    by_name = {row["path"].rsplit("/", 1)[-1]: row for row in rows}
    assert by_name["004.txt"]["status"] == "created" and by_name["004.txt"]["slug"] == "demystifier-l-ia-marketing"
    assert by_name["empty.md"]["status"] == "error" and by_name["empty.md"]["error"]


def test_command_text_report(db):
    out = StringIO()
    call_command("import_articles", str(SEED_DIR), stdout=out)
    text = out.getvalue()
    assert text.count("created") >= 5 and "ia-et-marketing" in text


def test_every_corpus_file_imports_or_fails_with_a_reason(db, corpus_dir):
    reports = import_paths([corpus_dir], progress=False)
    assert len(reports) >= 11
    for report in reports:
        assert report.status == "created" or (report.status == "error" and report.error), report
    drafts = Article.objects.filter(status=Article.Status.DRAFT)
    # Drafts: the one its source holds back, and those the admin would refuse to publish.
    held_back = "Publicodes et IA : générer vite, auditer bien"
    for article in Article.objects.all():
        assert (article in drafts) == (article.title == held_back or bool(article.publication_problems()))
    assert drafts.filter(title=held_back).exists()
    assert not Article.objects.published().filter(pk__in=drafts).exists()
    jekyll = Article.objects.get(slug="le-cote-humain-de-la-citoyennete")
    assert jekyll.publish_date == datetime(2018, 10, 23, 13, 0, tzinfo=UTC)
    for article in Article.objects.all():
        assert "import " not in article.body.split("\n", 1)[0]
        assert "<script" not in article.body_html


def test_pending_link_resolves_when_its_target_arrives(imported_seeds):
    pending = ArticleLink.objects.pending().get(target_slug="email-marketing-personnalisation")
    target = Article.objects.create(
        title="Email Marketing et Personnalisation", slug="email-marketing-personnalisation", body="Texte."
    )
    pending.refresh_from_db()
    assert pending.target_article == target
    assert not ArticleLink.objects.pending().filter(pk=pending.pk).exists()


def test_files_created_in_a_group_derive_what_a_save_derives(db, tmp_path):
    """The importer creates new files a group at a time; each row is what `Article.save` makes."""
    body = "## Chiffres\n\nSelon une étude de Gartner, 42 % des entreprises utilisent déjà l'IA."
    for name, title in (("un.md", "Premier article"), ("deux.md", "Second article")):
        front = f"title: {title}\ndescription: Des chiffres.\ntheme: Marketing\nauthor: Jeanne Dupont\ndate: 2024-05-01"
        (tmp_path / name).write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")
    waiting = Article.objects.create(title="Ancien", slug="ancien", status=Article.Status.PUBLISHED)
    pending = ArticleLink.objects.create(article=waiting, target_slug="premier-article")
    SlugRedirect.objects.create(old_slug="second-article", article=waiting)

    reports = import_paths([tmp_path], progress=False)

    assert [r.status for r in reports] == ["created", "created"]
    imported = Article.objects.get(slug="premier-article")
    saved = Article(title="Enregistré", body=imported.body, status=Article.Status.PUBLISHED)
    saved.save()
    assert (imported.toc, imported.reading_time) == (saved.toc, saved.reading_time)
    # The same highlighted body, each linking to its own figure.
    assert re.sub(r"(chiffre-|stat-)\d+", r"\1", imported.body_html) == re.sub(
        r"(chiffre-|stat-)\d+", r"\1", saved.body_html
    )
    assert imported.body_html.count("<mark") == 1
    assert imported.is_public, imported.guesses
    assert saved.publish_date is not None  # a published article with no date: now (derive())
    assert imported.history.count() == saved.history.count() == 1
    texts = [list(article.statistics.values_list("text", "source__name")) for article in (imported, saved)]
    assert texts[0] == texts[1] == [("42 %", "Gartner")]
    pending.refresh_from_db()
    assert pending.target_article == imported
    assert not SlugRedirect.objects.filter(old_slug="second-article").exists()


def test_scheduled_articles_are_published_ones_whose_date_is_to_come(db):
    now = timezone.now()
    Article.objects.create(title="Publié", slug="publie", status=Article.Status.PUBLISHED, publish_date=now)
    later = Article.objects.create(
        title="Programmé", slug="programme", status=Article.Status.PUBLISHED, publish_date=now + timedelta(hours=1)
    )
    Article.objects.create(title="Brouillon daté", slug="brouillon", publish_date=now + timedelta(hours=1))
    assert list(Article.objects.scheduled()) == [later]
    assert not Article.objects.published().filter(pk=later.pk).exists()


def test_links_to_unpublished_targets_are_those_readers_cannot_follow_yet(db):
    source = Article.objects.create(title="Source", slug="source", status=Article.Status.PUBLISHED)
    draft = Article.objects.create(title="Brouillon", slug="brouillon")
    scheduled = Article.objects.create(
        title="Programmé",
        slug="programme",
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() + timedelta(days=1),
    )
    to_draft = ArticleLink.objects.create(article=source, target_article=draft)
    to_scheduled = ArticleLink.objects.create(article=source, target_article=scheduled)
    ArticleLink.objects.create(article=draft, target_article=source)  # a public target
    ArticleLink.objects.create(article=source, target_slug="a-ecrire")  # pending: no target yet
    assert set(ArticleLink.objects.to_unpublished()) == {to_draft, to_scheduled}


def test_a_group_looks_up_its_known_authors_skills_and_theme_once(db, tmp_path):
    """The names a group's files share are found in one query per table, however many files name
    them; a new name is created once, on first sight."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    theme = Theme.objects.create(name="Marketing", slug="marketing")
    known = [Author.objects.create(name=f"Plume {n}", slug=f"plume-{n}") for n in range(4)]
    skills = [Skill.objects.create(name=f"Compétence {n}", theme=theme) for n in range(4)]
    for n in range(8):
        authors = "".join(f"\n  - {name}" for name in (known[n % 4].name, known[(n + 1) % 4].name, "Nouvelle Plume"))
        (tmp_path / f"{n}.md").write_text(
            f"---\ntitle: Article {n}\ntheme: Marketing\nauthors:{authors}\n"
            f"skills:\n  - {skills[n % 4].name}\n  - {skills[(n + 2) % 4].name}\n---\nTexte {n}.\n",
            encoding="utf-8",
        )

    with CaptureQueriesContext(connection) as queries:
        reports = import_paths([tmp_path], progress=False, workers=1)

    assert [report.status for report in reports] == ["created"] * 8
    read = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    for table in ("articles_author", "articles_skill", "articles_theme"):
        assert sum(f'FROM "{table}"' in sql for sql in read) <= 2, table  # the known ones, then a new one
    assert Author.objects.count() == 5 and Skill.objects.count() == 4 and Theme.objects.count() == 1
    for n, article in enumerate(Article.objects.order_by("title")):
        assert sorted(article.authors.values_list("name", flat=True)) == sorted(
            [known[n % 4].name, known[(n + 1) % 4].name, "Nouvelle Plume"]
        )
        assert set(article.skills.all()) == {skills[n % 4], skills[(n + 2) % 4]}
        assert article.theme == theme


def test_a_name_finds_its_row_by_slug_and_creates_it_on_first_sight(db):
    created = Author.objects.named("  jeanne Dupont ")
    assert (created.name, created.slug) == ("Jeanne Dupont", "jeanne-dupont")
    assert Author.objects.named("Jeanne DUPONT") == created
    assert Skill.objects.named("SEO", theme=None).slug == Skill.objects.slug_of(" SEO ") == "seo"
    assert Theme.objects.slug_of("!!!") == "sans-nom"


def test_skill_subtree_is_one_query(db, django_assert_num_queries):
    root = Skill.objects.create(name="Marketing")
    child = Skill.objects.create(name="Marketing digital", parent=root)
    grandchild = Skill.objects.create(name="SEO", parent=child)
    Skill.objects.create(name="Finance")
    with django_assert_num_queries(1):
        names = sorted(s.name for s in Skill.objects.descendants_of(root))
    assert names == ["Marketing", "Marketing digital", "SEO"]
    # Moving a branch moves its descendants' paths too.
    other = Skill.objects.create(name="Communication")
    child.parent = other
    child.save()
    grandchild.refresh_from_db()
    assert grandchild.path.startswith(other.path)
    assert sorted(s.name for s in Skill.objects.descendants_of(root)) == ["Marketing"]


def test_worker_processes_import_exactly_what_one_process_does(db, corpus_dir):
    """Large batches prepare files in worker processes; the rows must not differ."""
    from articles.models import Statistic

    def snapshot():
        articles = {
            a.slug: (a.title, a.body_html.count("<mark"), len(a.toc), sorted(a.tags.names()), a.status)
            for a in Article.objects.all()
        }
        rows = Statistic.objects.values_list("article__slug", "text", "value", "unit", "source__name")
        figures = sorted((*row[:4], row[4] or "") for row in rows)  # a figure may have no source
        return articles, figures

    sequential = import_paths([SEED_DIR, corpus_dir], progress=False, workers=1)
    expected = snapshot()
    Article.objects.all().delete()

    parallel = import_paths([SEED_DIR, corpus_dir], progress=False, workers=2)

    assert [(r.path, r.status, r.slug) for r in parallel] == [(r.path, r.status, r.slug) for r in sequential]
    assert snapshot() == expected
    assert expected[1], "the seeds cite figures"


def planned_rows(table):
    """How many rows PostgreSQL's planner believes `table` holds (-1: never measured)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return cursor.fetchone()[0]


@pytest.mark.skipif(not settings.IS_POSTGRES, reason="PostgreSQL's planner statistics")
@pytest.mark.django_db(transaction=True)
def test_a_large_import_leaves_the_planner_measuring_what_it_wrote(tmp_path):
    """Right after an import the planner believed the published articles were two rows (nothing
    had measured them yet: autovacuum waits, or is off) and chose nested probes for every page
    (the skill page 300 ms instead of 30 ms at 2,000 articles). A large import measures the tables
    it filled; a small one leaves that to autovacuum."""
    front = "description: Des chiffres.\ntheme: Marketing\nauthor: Jeanne Dupont\ndate: 2024-05-01"
    for number in range(60):
        body = f"Selon Gartner, {number} % des entreprises utilisent l'IA."
        (tmp_path / f"{number:03}.md").write_text(f"---\ntitle: Article {number}\n{front}\n---\n{body}\n")

    import_paths([tmp_path], progress=False, workers=1)

    assert planned_rows("articles_article") == 60
    assert planned_rows("articles_statistic") == 60
    (tmp_path / "extra.md").write_text(f"---\ntitle: Un de plus\n{front}\n---\nUn texte.\n")
    import_paths([tmp_path / "extra.md"], progress=False, workers=1)
    assert planned_rows("articles_article") == 60, "one more file is no reason to measure again"
