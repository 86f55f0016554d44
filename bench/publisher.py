"""An editor publishing a new article every few seconds, through the admin's add form, for `make bench`.

Run as `python -m bench.publisher FIRST_INDEX INTERVAL REPORT` next to a server: each article is
the corpus's article at the next index (new to the site: its links point at imported articles,
its figures join their indicators), posted to /admin/articles/article/add/ by a logged-in
superuser through Django's test client, so it takes the editor's path (form, save_model,
save_related, one transaction). Writes the number published and the seconds each took to REPORT
when stopped (SIGTERM).
"""

import json
import signal
import sys
import time

ADD = "/admin/articles/article/add/"


def add_form(client, article, ids):
    """The add form's POST for the corpus article `article` (`ids`: the names' primary keys)."""
    from django.utils import timezone

    from articles.tests.admin_helpers import form_data

    now = timezone.localtime()
    links = {"links-TOTAL_FORMS": str(len(article.related))}
    for number, (title, slug) in enumerate(article.related):
        fields = {"position": number, "kind": "article", "target_slug": slug, "title": title}
        links |= {f"links-{number}-{name}": str(value) for name, value in fields.items()}
    return form_data(
        client.get(ADD),
        title=article.title,
        slug=article.slug,
        description=article.description,
        body=article.body,
        status="published",
        publish_date_0=now.strftime("%d/%m/%Y"),
        publish_date_1=now.strftime("%H:%M:%S"),
        theme=str(ids["theme"][article.theme]),
        authors=[str(ids["author"][name]) for name in article.authors if name in ids["author"]],
        skills=[str(ids["skill"][name]) for name in article.skills],
        tags=article.tags,  # new tags are typed by name
        **links,
    )


def main(first_index: int, interval: float, report_path: str) -> int:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.utils import setup_test_environment

    from articles.models import Author, Skill, Theme
    from bench.corpus import Corpus, CorpusSpec
    from bench.run import ARTICLES

    setup_test_environment()  # the test client then keeps the form it rendered (admin_helpers.form_data)
    user = get_user_model().objects.create_superuser("bench-editor", "editor@example.org", "bench-password-2")
    client = Client()
    client.force_login(user)
    corpus = Corpus(CorpusSpec(articles=ARTICLES))
    ids = {
        "theme": dict(Theme.objects.values_list("name", "pk")),
        "author": dict(Author.objects.values_list("name", "pk")),
        "skill": dict(Skill.objects.values_list("name", "pk")),
    }
    seconds, stopped = [], []
    signal.signal(signal.SIGTERM, lambda *_: stopped.append(True))
    index = first_index
    while not stopped:
        started = time.perf_counter()
        response = client.post(ADD, add_form(client, corpus.article(index), ids))
        if response.status_code != 302:
            raise RuntimeError(f"the add form refused article {index}: {response.status_code}")
        seconds.append(time.perf_counter() - started)
        index += 1
        time.sleep(max(0.0, interval - (time.perf_counter() - started)))
    with open(report_path, "w") as report:
        json.dump({"published": len(seconds), "seconds_each": [round(value, 3) for value in seconds]}, report)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]))
