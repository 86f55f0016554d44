from articles.models.article import Article, ArticleLink, SlugRedirect
from articles.models.figures import Indicator, Source, Statistic
from articles.models.taxonomy import Author, Skill, Theme

__all__ = [
    "Article",
    "ArticleLink",
    "Author",
    "Indicator",
    "Skill",
    "SlugRedirect",
    "Source",
    "Statistic",
    "Theme",
]
