from articles.models.article import Article, ArticleLink, SlugRedirect
from articles.models.editing import Autosave, EditingPresence, WorkingCopy
from articles.models.figures import Indicator, Source, Statistic
from articles.models.home import HomePlacement
from articles.models.jobs import Job, JobItem
from articles.models.media import MediaImage
from articles.models.taxonomy import Author, Skill, Theme

__all__ = [
    "Article",
    "ArticleLink",
    "Author",
    "Autosave",
    "EditingPresence",
    "HomePlacement",
    "Indicator",
    "Job",
    "JobItem",
    "MediaImage",
    "Skill",
    "SlugRedirect",
    "Source",
    "Statistic",
    "Theme",
    "WorkingCopy",
]
