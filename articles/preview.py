"""Shareable preview links: a signed, expiring token lets a reviewer without an account read a draft."""

from datetime import timedelta

from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from articles.copies import copy_links, overlay
from articles.models import Article, WorkingCopy
from articles.views import ArticleDetailView

PREVIEW_SALT = "articles.preview"
PREVIEW_MAX_AGE = timedelta(days=7)


def make_preview_token(article):
    return signing.TimestampSigner(salt=PREVIEW_SALT).sign(str(article.pk))


def read_preview_token(token):
    """The article id a token was signed for; BadSignature (or SignatureExpired) otherwise."""
    return int(signing.TimestampSigner(salt=PREVIEW_SALT).unsign(token, max_age=PREVIEW_MAX_AGE))


def preview_url(article):
    return reverse("shared_preview", args=[make_preview_token(article)])


class SharedPreviewView(ArticleDetailView):
    """The public article page for whoever holds a valid token, whatever the article's status."""

    def visible_articles(self):
        return Article.objects.all()

    def get_object(self, queryset=None):
        try:
            article_id = read_preview_token(self.kwargs["token"])
        except (signing.BadSignature, ValueError):
            article_id = None
        return get_object_or_404(self.get_queryset(), pk=article_id)

    def redirect_old_slug(self, slug):
        raise Http404("Lien d'aperçu invalide ou expiré.")

    def get(self, request, *args, **kwargs):
        kwargs.setdefault("slug", "")
        response = super().get(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Referrer-Policy"] = "no-referrer"
        return response


class CopyPreviewView(ArticleDetailView):
    """The public page of a live article as its working copy would make it: for the editors
    reviewing the copy (the admin checks who may), never cached, never indexed."""

    def visible_articles(self):
        return Article.objects.all()

    def get_object(self, queryset=None):
        article = get_object_or_404(self.get_queryset(), pk=self.kwargs["object_id"])
        copy = get_object_or_404(WorkingCopy, article=article)
        overlay(article, copy.values).render()
        # The page's related content: the copy's links, when it holds them.
        article.copy_links = copy_links(copy.values)
        for link in article.copy_links or []:
            link.article = article
        return article

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        response = self.render_to_response(
            self.get_context_data(object=self.object, is_preview=True, is_copy_preview=True)
        )
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
