"""`make run`'s seed step: the importer leaves incomplete seeds as drafts, the editor's review
file completes and publishes them through the one publication rule."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Statistic
from articles.reviewing import ReviewError, apply_review, read_review
from articles.tests.conftest import PROJECT_DIR

REVIEW = PROJECT_DIR / "fixtures" / "seeds-review.json"


def test_the_seed_review_publishes_every_seed_and_their_figures(raw_imported_seeds, client):
    assert Article.objects.published().count() < 5  # the importer alone holds incomplete seeds back
    call_command("apply_review", str(REVIEW), stdout=StringIO())
    assert Article.objects.published().count() == 5
    assert not Article.objects.filter(needs_review=True).exists()
    assert Statistic.objects.public().count() == Statistic.objects.exclude(status="rejected").count() > 10
    for article in Article.objects.all():
        assert client.get(article.get_absolute_url()).status_code == 200


def test_a_review_applied_twice_changes_nothing(raw_imported_seeds):
    apply_review(read_review(REVIEW))
    versions = dict(Article.objects.values_list("slug", "version"))
    assert {report.status for report in apply_review(read_review(REVIEW))} == {"unchanged"}
    assert dict(Article.objects.values_list("slug", "version")) == versions


def test_a_review_completes_but_never_overwrites(raw_imported_seeds):
    article = Article.objects.get(slug="ia-et-marketing")
    article.description = "Choisie par la rédaction."
    article.save()
    apply_review(read_review(REVIEW))
    article.refresh_from_db()
    assert article.description == "Choisie par la rédaction."
    assert article.status == Article.Status.PUBLISHED


def test_an_article_still_refused_stays_a_draft_and_the_command_says_why(raw_imported_seeds, tmp_path):
    review = tmp_path / "review.json"
    review.write_text(json.dumps([{"slug": "ia-et-marketing", "publish": True}, {"slug": "absent", "publish": True}]))
    with pytest.raises(CommandError):
        call_command("apply_review", str(review), stdout=StringIO())
    reports = apply_review(read_review(review))
    assert [(r.status, r.slug) for r in reports] == [("draft", "ia-et-marketing"), ("missing", "absent")]
    assert "Un thème est nécessaire pour publier." in reports[0].problems
    assert Article.objects.get(slug="ia-et-marketing").status == Article.Status.DRAFT


@pytest.mark.parametrize("text", ["{", '{"slug": "x"}', '[{"theme": "Marketing"}]'])
def test_an_unreadable_review_applies_nothing(db, tmp_path, text):
    review = tmp_path / "review.json"
    review.write_text(text)
    with pytest.raises(ReviewError):
        read_review(review)
