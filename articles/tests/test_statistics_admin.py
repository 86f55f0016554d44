"""Editors reviewing figures in the admin: the queue, bulk decisions, edits, indicators, suggestions."""

import pytest
from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.admin.figure_review import StatisticInline
from articles.models import Article, Indicator, Source, Statistic

CHANGELIST = "admin:articles_statistic_changelist"


def pks(*texts):
    return list(Statistic.objects.filter(text__in=texts).values_list("pk", flat=True))


def run_action(client, url, action, selected, **extra):
    return client.post(url, {"action": action, helpers.ACTION_CHECKBOX_NAME: selected, **extra})


def test_review_queue_shows_extracted_figures_by_default(imported_seeds, admin_client):
    Statistic.objects.filter(text="51 %").update(status=Statistic.Status.VERIFIED)
    queue = admin_client.get(reverse(CHANGELIST))
    assert queue.status_code == 200
    assert set(queue.context["cl"].queryset.values_list("status", flat=True)) == {"extracted"}
    assert queue.context["cl"].result_count == 11
    everything = admin_client.get(reverse(CHANGELIST), {"statut": "tous"})
    assert everything.context["cl"].result_count == 12
    verified = admin_client.get(reverse(CHANGELIST), {"statut": "verified"})
    assert [s.text for s in verified.context["cl"].result_list] == ["51 %"]


def test_bulk_verify_and_reject(imported_seeds, admin_client):
    url = reverse(CHANGELIST)
    response = run_action(admin_client, url, "verify", pks("15 %", "72 %"))
    assert response.status_code == 302
    response = run_action(admin_client, url, "reject", pks("31 %"))
    assert response.status_code == 302
    statuses = dict(Statistic.objects.values_list("text", "status"))
    assert statuses["15 %"] == statuses["72 %"] == "verified"
    assert statuses["31 %"] == "rejected"
    article = Article.objects.get(slug="ia-et-marketing")
    assert f'id="chiffre-{pks("31 %")[0]}"' not in article.body_html, "a rejected figure is no longer highlighted"
    assert f'id="chiffre-{pks("15 %")[0]}"' in article.body_html


def test_editing_a_figure_marks_it_edited_and_reextraction_keeps_it(imported_seeds, admin_client):
    statistic = Statistic.objects.get(text="45%")
    url = reverse("admin:articles_statistic_change", args=[statistic.pk])
    page = admin_client.get(url)
    assert "<mark>45%</mark>" in page.content.decode()
    form = page.context["adminform"].form
    data = {name: form[name].value() if form[name].value() is not None else "" for name in form.fields}
    data.update(value="46", subject="utilisateurs trompés par la machine")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    statistic.refresh_from_db()
    assert statistic.edited and statistic.value == 46.0 and statistic.status == "extracted"

    article = statistic.article
    article.body = article.body + "\n\nUn paragraphe de plus."
    article.save()
    statistic.refresh_from_db()
    assert statistic.value == 46.0 and statistic.subject == "utilisateurs trompés par la machine"
    assert article.statistics.filter(text="45%").count() == 1


def test_assigning_an_indicator_goes_through_a_choice_page(imported_seeds, admin_client):
    url = reverse(CHANGELIST)
    selected = pks("15 %", "51 %")
    choice = run_action(admin_client, url, "assign_indicator", selected)
    assert choice.status_code == 200
    assert "Rattacher des chiffres à un indicateur" in choice.content.decode()
    assert Statistic.objects.filter(indicator__isnull=False).count() == 0

    invalid = run_action(admin_client, url, "assign_indicator", selected, apply="1")
    assert "Choisissez un indicateur existant" in invalid.content.decode()

    preview = run_action(admin_client, url, "assign_indicator", selected, apply="1", new_indicator="Adoption de l'IA")
    assert preview.status_code == 200 and "Après : « Adoption de l&#x27;IA »" in preview.content.decode()
    assert preview.content.decode().count("ajouté :") == 2
    assert not Indicator.objects.exists(), "a preview changes nothing"
    done = run_action(
        admin_client, url, "assign_indicator", selected, apply="1", confirm="1", new_indicator="Adoption de l'IA"
    )
    assert done.status_code == 302
    indicator = Indicator.objects.get(slug="adoption-de-l-ia")
    assert sorted(indicator.statistics.values_list("pk", flat=True)) == sorted(selected)

    moved_in = run_action(admin_client, url, "assign_indicator", pks("31 %"), apply="1", indicator=indicator.pk)
    page = moved_in.content.decode()
    assert page.count("ajouté :") == 1 and "15 %" in page and "51 %" in page, "what it holds already"
    run_action(admin_client, url, "assign_indicator", pks("31 %"), apply="1", confirm="1", indicator=indicator.pk)
    assert indicator.statistics.count() == 3


def test_moving_a_figure_into_an_indicator_signs_it_and_dissolves_the_automatic_one_it_leaves(
    imported_seeds, admin_client
):
    automatic = Indicator.objects.create(name="Usage de l'IA", slug="usage-ia", automatic=True)
    Statistic.objects.filter(text__in=["15 %", "51 %"]).update(indicator=automatic)
    chosen = Indicator.objects.create(name="Adoption", slug="adoption", automatic=True)
    Statistic.objects.filter(text="31 %").update(indicator=chosen)
    url = reverse(CHANGELIST)
    preview = run_action(admin_client, url, "assign_indicator", pks("15 %"), apply="1", indicator=chosen.pk)
    page = preview.content.decode()
    assert "deviendra un indicateur confirmé" in page
    assert "« Usage de l&#x27;IA » : 1 chiffre en moins, 1 restant — il ne compare plus rien" in page
    run_action(admin_client, url, "assign_indicator", pks("15 %"), apply="1", confirm="1", indicator=chosen.pk)
    chosen.refresh_from_db()
    assert not chosen.automatic and chosen.statistics.count() == 2
    assert not Indicator.objects.filter(pk=automatic.pk).exists()


def test_merging_indicators_moves_figures_and_deletes_the_others(imported_seeds, admin_client):
    keep = Indicator.objects.create(name="Adoption de l'IA")
    drop = Indicator.objects.create(name="Usage de l'IA")
    also_drop = Indicator.objects.create(name="IA utilisée")
    Statistic.objects.filter(text="15 %").update(indicator=keep)
    Statistic.objects.filter(text="51 %").update(indicator=drop)
    Statistic.objects.filter(text="31 %").update(indicator=also_drop)
    url = reverse("admin:articles_indicator_changelist")
    selected = [keep.pk, drop.pk, also_drop.pk]

    choice = run_action(admin_client, url, "merge_indicators", selected)
    assert choice.status_code == 200 and "Garder l" in choice.content.decode()
    preview = run_action(admin_client, url, "merge_indicators", selected, apply="1", target=keep.pk)
    page = preview.content.decode()
    assert "Après : « Adoption de l&#x27;IA »" in page and page.count("ajouté :") == 2
    assert "« IA utilisée » : 1 chiffre en moins, 0 restant — il sera supprimé" in page
    assert Indicator.objects.count() == 3, "a preview changes nothing"
    done = run_action(admin_client, url, "merge_indicators", selected, apply="1", confirm="1", target=keep.pk)
    assert done.status_code == 302
    assert list(Indicator.objects.values_list("pk", flat=True)) == [keep.pk]
    assert sorted(keep.statistics.values_list("text", flat=True)) == ["15 %", "31 %", "51 %"]


def test_the_queue_filters_by_indicator_typed_never_listed(imported_seeds, admin_client):
    """At 10,000 articles the queue listed 1,500 indicators on every page; an editor now types one,
    reaches it from the indicator's own page, or asks for the figures with or without one."""
    adoption = Indicator.objects.create(name="Adoption de l'IA")
    elsewhere = Indicator.objects.create(name="Indicateur relu ailleurs")
    Statistic.objects.filter(text__in=["15 %", "51 %"]).update(indicator=adoption)
    Statistic.objects.filter(text="31 %").update(indicator=elsewhere, status=Statistic.Status.VERIFIED)
    url = reverse(CHANGELIST)
    queue = admin_client.get(url).content.decode()
    assert 'data-field-name="indicator"' in queue and 'data-field-name="source"' in queue
    assert "Indicateur relu ailleurs" not in queue, "no figure of the queue holds it: not listed"

    chosen = admin_client.get(url, {"indicator__id__exact": adoption.pk})
    assert sorted(s.text for s in chosen.context["cl"].result_list) == ["15 %", "51 %"]
    assert f'<option value="{adoption.pk}" selected>Adoption de l&#x27;IA</option>' in chosen.content.decode()
    without = admin_client.get(url, {"indicator__isnull": "True", "statut": "tous"}).context["cl"]
    assert without.result_count == Statistic.objects.filter(indicator=None).count() == 9
    held = admin_client.get(url, {"indicator__isnull": "False", "statut": "tous"}).context["cl"]
    assert sorted(s.text for s in held.result_list) == ["15 %", "31 %", "51 %"]

    indicator_page = admin_client.get(reverse("admin:articles_indicator_change", args=[elsewhere.pk]))
    link = f'{url}?indicator__id__exact={elsewhere.pk}&amp;statut=tous">1</a>'
    assert link in indicator_page.content.decode()
    followed = admin_client.get(url, {"indicator__id__exact": elsewhere.pk, "statut": "tous"})
    assert [s.text for s in followed.context["cl"].result_list] == ["31 %"]


def test_the_figure_count_links_to_the_queue_only_for_whoever_may_open_it(imported_seeds, client):
    """Someone allowed to see indicators but not figures gets the number, not a link to a 403."""
    indicator = Indicator.objects.create(name="Adoption de l'IA")
    Statistic.objects.filter(text__in=["15 %", "51 %"]).update(indicator=indicator)
    reader = User.objects.create_user("lecteur", "lecteur@example.org", "mot-de-passe-solide", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_indicator"))
    client.force_login(reader)
    queue = reverse(CHANGELIST)
    assert client.get(queue).status_code == 403
    for page in (
        reverse("admin:articles_indicator_changelist"),
        reverse("admin:articles_indicator_change", args=[indicator.pk]),
    ):
        html = client.get(page).content.decode()
        assert queue not in html and ">2<" in html.replace("\n", "").replace(" ", "")
    reader.user_permissions.add(Permission.objects.get(codename="view_statistic"))
    reader = User.objects.get(pk=reader.pk)  # permissions are cached on the instance
    client.force_login(reader)
    assert (
        f'{queue}?indicator__id__exact={indicator.pk}&amp;statut=tous">2</a>'
        in client.get(reverse("admin:articles_indicator_changelist")).content.decode()
    )


def comparable_articles():
    """Two published articles citing the same measure of the same population, and a third one."""
    bodies = {
        "ia-selon-insee": "Selon l'Insee, 10 % des entreprises françaises utilisent l'IA en 2024.",
        "ia-en-2023": "Selon l'Insee, en 2023, 6 % des sociétés établies dans l'Hexagone utilisaient l'IA.",
        "ia-en-europe": "Selon Eurostat, 13 % des entreprises européennes utilisent l'IA.",
    }
    for slug, body in bodies.items():
        Article.objects.create(title=slug, slug=slug, body=body, status=Article.Status.PUBLISHED)
    return Statistic.objects.get(article__slug="ia-selon-insee").indicator


def test_automatic_indicators_are_reviewed_with_their_reasons_and_confirmed(db, admin_client):
    indicator = comparable_articles()
    assert indicator is not None and indicator.automatic
    assert Statistic.objects.get(article__slug="ia-en-europe").indicator is None, "Europe is not France"
    url = reverse("admin:articles_indicator_suggestions")
    page = admin_client.get(url)
    assert page.status_code == 200
    [reviewed] = page.context["suggestions"]
    assert {s.text for s in reviewed.statistics} == {"10 %", "6 %"}
    html = page.content.decode()
    for reason in ("<dt>Mesure</dt>", "<dd>entreprises</dd>", "<dd>France</dd>", "<dd>pourcentage</dd>"):
        assert reason in html

    response = admin_client.post(
        url, {"indicator": indicator.pk, "action": "confirm", "name": "Entreprises utilisant l'IA"}
    )
    assert response.status_code == 302
    indicator.refresh_from_db()
    assert (indicator.name, indicator.automatic) == ("Entreprises utilisant l'IA", False)
    assert admin_client.get(url).context["suggestions"] == []
    comparison = admin_client.get(reverse("articles:statistics")).content.decode()
    assert "Entreprises utilisant l&#x27;IA" in comparison and "Regroupement automatique" not in comparison


def test_taking_a_figure_out_shows_a_preview_then_keeps_it_out(db, admin_client):
    indicator = comparable_articles()
    old = Statistic.objects.get(article__slug="ia-en-2023")
    url = reverse("admin:articles_indicator_suggestions")
    preview = admin_client.post(url, {"indicator": indicator.pk, "action": "remove", "statistic": [old.pk]})
    assert preview.status_code == 200
    assert "sera supprimé" in preview.content.decode(), "an automatic indicator of one figure compares nothing"
    assert Statistic.objects.get(pk=old.pk).indicator == indicator, "a preview changes nothing"

    admin_client.post(url, {"indicator": indicator.pk, "action": "remove", "statistic": [old.pk], "apply": "1"})
    assert not Indicator.objects.filter(pk=indicator.pk).exists()
    old.refresh_from_db()
    assert old.indicator is None and old.edited
    article = Article.objects.get(slug="ia-selon-insee")
    article.body += "\n\nCela confirme la tendance."
    article.save()
    old.refresh_from_db()
    assert old.indicator is None, "a later regrouping does not undo the editor's decision"


def test_splitting_moves_the_checked_figures_to_a_new_indicator(db, admin_client):
    indicator = comparable_articles()
    old = Statistic.objects.get(article__slug="ia-en-2023")
    url = reverse("admin:articles_indicator_suggestions")
    data = {"indicator": indicator.pk, "action": "split", "statistic": [old.pk], "new_name": "IA en 2023"}
    assert "Dans le nouvel indicateur « IA en 2023 »" in admin_client.post(url, data).content.decode()
    admin_client.post(url, {**data, "apply": "1"})
    old.refresh_from_db()
    assert old.indicator.name == "IA en 2023" and not old.indicator.automatic


def test_article_change_page_lists_figures_in_their_sentence(imported_seeds, admin_client):
    article = Article.objects.get(slug="ia-et-marketing")
    Statistic.objects.filter(text="15 %").update(sentence="<b>gras</b> 15 % des entreprises")
    page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "&lt;b&gt;gras&lt;/b&gt; <mark>15 %</mark> des entreprises" in page
    assert "<mark>20 à 30 %</mark>" in page


def test_saving_the_inline_marks_changed_figures_edited(imported_seeds, admin_user):
    article = Article.objects.get(slug="ia-et-marketing")
    request = RequestFactory().get("/")
    request.user = admin_user
    inline = StatisticInline(Article, admin.site)
    formset_class = inline.get_formset(request, article)
    initial = formset_class(instance=article)
    prefix = initial.prefix
    data = {f"{prefix}-TOTAL_FORMS": len(initial.forms), f"{prefix}-INITIAL_FORMS": len(initial.forms)}
    for index, form in enumerate(initial.forms):
        for name in form.fields:
            value = form[name].value()
            data[f"{prefix}-{index}-{name}"] = "" if value is None else value
            if form.fields[name].show_hidden_initial:  # as the rendered page posts it (JSON, default=dict)
                data[f"initial-{prefix}-{index}-{name}"] = value
    changed = next(i for i, form in enumerate(initial.forms) if form.instance.text == "35 %")
    rejected = next(i for i, form in enumerate(initial.forms) if form.instance.text == "31 %")
    data[f"{prefix}-{changed}-value"] = "36"
    data[f"{prefix}-{rejected}-status"] = "rejected"
    formset = formset_class(data, instance=article)
    assert formset.is_valid(), formset.errors
    formset.save()

    figures = {s.text: s for s in article.statistics.all()}
    assert figures["35 %"].edited and figures["35 %"].value == 36.0
    assert figures["31 %"].status == "rejected" and not figures["31 %"].edited
    assert not figures["15 %"].edited
    article.refresh_from_db()
    assert f'id="chiffre-{figures["31 %"].pk}"' not in article.body_html


def test_bulk_decisions_reach_the_cached_public_pages(
    imported_seeds, admin_user, client, settings, django_assert_num_queries
):
    from django.core.cache import cache
    from django.test import Client

    settings.PAGE_CACHE = True
    cache.clear()
    editor = Client()
    editor.force_login(admin_user)
    page = reverse("articles:statistics")  # cached for anonymous readers (downloads are streamed, never cached)
    assert "31\u00a0%" in client.get(page).text
    with django_assert_num_queries(0):
        client.get(page)
    run_action(editor, reverse(CHANGELIST), "reject", pks("31 %"))
    assert "31\u00a0%" not in client.get(page).text
    run_action(
        editor, reverse(CHANGELIST), "assign_indicator", pks("15 %"), apply="1", confirm="1", new_indicator="Adoption"
    )
    assert 'id="indicateur-adoption"' in client.get(page).text
    cache.clear()


@pytest.mark.parametrize(("field", "model"), [("indicator", Indicator), ("source", Source)])
def test_the_figure_form_autocompletes_indicators_and_sources_in_name_order_page_after_page(
    db, admin_client, field, model
):
    """The autocomplete pages by 20: with no order, one could repeat or miss a name (Django warns)."""
    for number in range(25, 0, -1):
        model.objects.create(name=f"Part des clients {number:02}", slug=f"part-des-clients-{number:02}")
    names = []
    for page in (1, 2):
        response = admin_client.get(
            "/admin/autocomplete/",
            {"app_label": "articles", "model_name": "statistic", "field_name": field, "term": "clients", "page": page},
        )
        assert response.status_code == 200
        names += [result["text"] for result in response.json()["results"]]
    assert names == [f"Part des clients {number:02}" for number in range(1, 26)]


def test_the_review_queue_sorts_its_figures_without_their_articles_texts(imported_seeds, admin_client):
    """Sorting every extracted figure by article with each article's body was most of the queue's cost."""
    with CaptureQueriesContext(connection) as queries:
        queue = admin_client.get(reverse(CHANGELIST))
    assert queue.status_code == 200 and queue.context["cl"].result_list
    listing = [query["sql"] for query in queries if "ORDER BY" in query["sql"] and "articles_statistic" in query["sql"]]
    assert listing and all('"articles_article"."body"' not in sql for sql in listing)
    assert (
        "Étude" in queue.content.decode() or queue.context["cl"].result_list[0].article.title in queue.content.decode()
    )
