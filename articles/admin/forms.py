"""The article form: publication checks, who may publish, refusal of stale edits, and a chosen
cover kept across a form sent back with errors."""

import secrets
from pathlib import PurePosixPath

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.datastructures import MultiValueDict
from django.utils.html import format_html
from taggit.models import Tag

from articles.admin.permissions import can_publish
from articles.copies import form_relations
from articles.documents import DocumentError
from articles.images import validate_image_upload
from articles.models import Article, WorkingCopy
from articles.rendering import check_markdown
from articles.revisions import latest_record

STALE_MESSAGE = (
    "Cet article a été modifié par {who} le {when} pendant que vous l'éditiez : "
    "votre enregistrement écraserait ce changement. "
    '<a href="{changes}">Voir ce qui a changé</a> ou <a href="{history}">l\'historique</a>, '
    "puis rechargez la page et reportez vos modifications."
)
STALE_COPY_MESSAGE = (
    "La copie de travail de cet article a été modifiée par {who} le {when} pendant que vous l'éditiez : "
    "votre enregistrement écraserait ce changement. Rechargez la page et reportez vos modifications "
    "(votre saisie reste proposée par la sauvegarde automatique)."
)


def https_by_default(db_field, **kwargs):
    """Form fields for our models, where an address typed without a scheme means https."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


# For the ModelAdmins: the same default through their own form-field hook.
HTTPS_URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class CheckedImageField(forms.ImageField):
    """An image upload checked by the project's one image check before Django's own opens it
    with Pillow: its reason is said (SVG, bomb, polyglot), not Django's "not an image"."""

    def to_python(self, data):
        if data not in self.empty_values:
            validate_image_upload(data)
        return super().to_python(data)


# Every admin form with an image upload or an address.
ADMIN_FORM_FIELDS = {**HTTPS_URL_FIELDS, models.ImageField: {"form_class": CheckedImageField}}


class TagsWidget(AutocompleteSelectMultiple):
    """The admin's autocomplete, which also shows the new tags typed into a form sent back."""

    def optgroups(self, name, value, attr=None):
        existing = [item for item in value if str(item).isdigit()]
        groups = super().optgroups(name, existing, attr)
        options = groups[0][1]
        for new_name in (item for item in value if item and not str(item).isdigit()):
            options.append(self.create_option(name, new_name, new_name, True, len(options)))
        return groups


class TagsField(forms.ModelMultipleChoiceField):
    """Existing tags chosen by id, and new tags typed by name (taggit creates them on save)."""

    def clean(self, value):
        values = [str(item).strip() for item in (value or []) if str(item).strip()]
        if not values and self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        ids = [item for item in values if item.isdigit()]
        existing = {str(tag.pk): tag for tag in self.queryset.filter(pk__in=ids)}
        chosen = []
        for item in values:
            tag = existing.get(item)
            if tag is None:
                tag = item[:100]  # not an existing tag's id: the name of a new tag
            if tag not in chosen:
                chosen.append(tag)
        return chosen

    def has_changed(self, initial, data):
        initial_ids = {str(getattr(tag, "pk", tag)) for tag in (initial or [])}
        return initial_ids != {str(item) for item in (data or [])}


class ArticleAdminForm(forms.ModelForm):
    # Set by ArticleAdmin.get_form: the form needs to know who is editing, and what autosaved
    # form (name → values) they asked to restore.
    current_user = None
    restored = None

    loaded_version = forms.IntegerField(label="Version chargée", widget=forms.HiddenInput, required=False)
    loaded_copy = forms.IntegerField(label="Copie de travail chargée", widget=forms.HiddenInput, required=False)
    # A browser never sends a file input back filled: a cover chosen in a form sent back with
    # errors is stored aside, and this signed name brings it back on the next send.
    kept_cover = forms.CharField(label="Image conservée", widget=forms.HiddenInput, required=False)
    tags = TagsField(
        Tag.objects.all(),
        required=False,
        label="Mots-clés",
        help_text="Tapez pour chercher un mot-clé existant, ou tapez-en un nouveau puis Entrée.",
        # select2 reads data-* attributes as options: data-tags lets the editor type new tags.
        widget=TagsWidget(
            Article._meta.get_field("tags"), admin.site, attrs={"data-tags": "true", "data-token-separators": '[","]'}
        ),
    )

    class Meta:
        model = Article
        formfield_callback = https_by_default
        fields = (
            "title",
            "slug",
            "status",
            "publish_date",
            "updated_date",
            "description",
            "body",
            "theme",
            "skills",
            "authors",
            "tags",
            "note",
            "cover_image",
            "cover_alt",
            "needs_review",
            "canonical_url",
            "source_path",
            "source_hash",
            "metadata",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Whether this save goes to the working copy: decided under the row lock, in clean().
        self.edits_copy = False
        if self.instance.pk and not self.is_bound:
            # Read from the database, not the instance: a revert form holds an old version.
            self.initial["loaded_version"] = current_version(self.instance.pk)
            copy = getattr(self.instance, "shown_copy", None)
            # The change view read the copy already; a revert form asks.
            shown = hasattr(self.instance, "shown_copy")
            self.initial["loaded_copy"] = (
                (copy.version if copy else 0) if shown else current_copy_version(self.instance.pk)
            )
            if copy is not None:
                # The instance holds the copy's fields (ArticleAdmin.get_object); its relations:
                self.initial.update(form_relations(copy.values))
                if copy.status == WorkingCopy.Status.SCHEDULED:
                    self.initial.update(status=Article.Status.PUBLISHED, publish_date=copy.publish_at)
                else:
                    self.initial["status"] = copy.status
        if self.restored and not self.is_bound:
            data = MultiValueDict(self.restored)
            for name in RESTORED_FIELDS:
                if name in self.fields:
                    self.initial[name] = self.fields[name].widget.value_from_datadict(data, {}, name)
        # A browser ends a textarea's lines with \r\n and Django strips a field's ends: an unchanged
        # body would come back changed (a revision nobody made, its figures extracted again).
        for name in TEXT_AREAS:
            if name in self.fields:
                self.fields[name].strip = False
        status = self.fields.get("status")
        if status is not None and not can_publish(self.current_user):
            status.choices = [c for c in status.choices if c[0] != Article.Status.PUBLISHED]
            if self.initial.get("status") == Article.Status.PUBLISHED:
                self.initial["status"] = Article.Status.DRAFT  # an author's copy of their live article

    def clean_description(self):
        return unix_newlines(self.cleaned_data["description"])

    def clean_body(self):
        """Refuse a body nested beyond what the renderer follows, as the importer does."""
        body = unix_newlines(self.cleaned_data["body"])
        try:
            check_markdown(body)
        except DocumentError as error:
            raise ValidationError(str(error)) from None
        return body

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == Article.Status.PUBLISHED and not can_publish(self.current_user):
            raise ValidationError("Vous n'avez pas le droit de publier un article.")
        return status

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self.refuse_stale_edit(cleaned.get("loaded_version"))
            self.refuse_stale_copy(cleaned.get("loaded_copy") or 0)
        return cleaned

    def refuse_stale_edit(self, loaded_version):
        """Refuse to save over a change made since this editor loaded the article."""
        stored = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values("version", "status", "publish_date")
            .first()
        )
        version = stored and stored["version"]
        # An article online is changed through its working copy (articles/copies.py).
        self.edits_copy = bool(
            stored
            and stored["status"] == Article.Status.PUBLISHED
            and stored["publish_date"] is not None
            and stored["publish_date"] <= timezone.now()
        )
        if loaded_version == version:
            return
        record = latest_record(self.instance)
        who = record.history_user.get_username() if record and record.history_user else "quelqu'un"
        when = formats.date_format(record.history_date, "DATETIME_FORMAT") if record else "?"
        changes = reverse("admin:articles_article_changes", args=[self.instance.pk])
        if loaded_version:
            changes += f"?depuis={loaded_version}"
        history = reverse("admin:articles_article_history", args=[self.instance.pk])
        raise ValidationError(format_html(STALE_MESSAGE, who=who, when=when, changes=changes, history=history))

    def refuse_stale_copy(self, loaded_copy):
        """Refuse to save over a change another editor made to the working copy since it was loaded."""
        copy = (
            WorkingCopy.objects.select_for_update(of=("self",))
            .filter(article=self.instance.pk)
            .select_related("updated_by")
            .only("version", "updated_at", "updated_by__username")
            .first()
        )
        if (copy.version if copy else 0) == loaded_copy:
            return
        who = copy.updated_by.get_username() if copy and copy.updated_by else "quelqu'un"
        when = formats.date_format(timezone.localtime(copy.updated_at), "DATETIME_FORMAT") if copy else "?"
        raise ValidationError(format_html(STALE_COPY_MESSAGE, who=who, when=when))

    def clean_cover_image(self):
        cover = self.cleaned_data.get("cover_image")
        if "cover_image" in self.files or cover is False:
            return cover  # a new file, or the editor cleared the field: the kept one goes
        return take_kept_cover(self.data.get("kept_cover", "")) or cover

    def _post_clean(self):
        super()._post_clean()
        _, problems = self.instance.allowed_status(self.instance.status)
        if not problems:
            return  # a draft or a copy in review may be incomplete: only publishing asks
        stored = Article.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        # An article already online is not held hostage by what it lacked before this edit
        # (an imported one, say): only what this edit would newly break blocks the save.
        known = stored.publication_problems() if stored and stored.status == Article.Status.PUBLISHED else {}
        for field, message in problems.items():
            if field not in known and field not in self._errors:
                self.add_error(field if field in self.fields else None, message)

    def full_clean(self):
        super().full_clean()
        cover = getattr(self, "cleaned_data", {}).get("cover_image")
        if self._errors and "cover_image" not in self._errors and cover and not isinstance(cover, FieldFile):
            self.data = self.data.copy()
            self.data["kept_cover"] = keep_cover(cover)
            # The bound field copied its help text when cleaning began: set it there.
            self["cover_image"].help_text = (
                f"Image choisie conservée : {PurePosixPath(cover.name).name} "
                "(elle sera enregistrée avec l'article, inutile de la choisir à nouveau)."
            )


# What the autosave of a change form brings back: the form's own fields but files and what the
# importer owns (inlines are the live article's rows).
RESTORED_FIELDS = tuple(
    name
    for name in ArticleAdminForm.Meta.fields
    if name not in ("cover_image", "source_path", "source_hash", "metadata")
)
KEPT_COVER_SALT = "articles.kept-cover"
KEPT_COVER_FOLDER = "covers/en-attente"


def keep_cover(upload):
    """Store a chosen cover aside, under an unguessable name; its signed name for the form."""
    upload.seek(0)
    name = default_storage.save(
        f"{KEPT_COVER_FOLDER}/{secrets.token_hex(12)}-{PurePosixPath(upload.name).name}", upload
    )
    return signing.dumps(name, salt=KEPT_COVER_SALT)


def take_kept_cover(token):
    """The cover kept by `keep_cover`, as a fresh upload (checked and stripped like any), or None.

    The signature means a form can name only a file this code stored, never another upload.
    """
    try:
        name = signing.loads(token, salt=KEPT_COVER_SALT, max_age=24 * 3600) if token else None
    except signing.BadSignature:
        return None
    if not name or not name.startswith(f"{KEPT_COVER_FOLDER}/") or not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as stored:
        content = stored.read()
    default_storage.delete(name)
    return ContentFile(content, name=PurePosixPath(name).name.split("-", 1)[1])


TEXT_AREAS = ("description", "body")


def unix_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def current_version(article_id):
    return Article.objects.filter(pk=article_id).values_list("version", flat=True).first()


def current_copy_version(article_id):
    """The version of the article's working copy; 0 when it has none."""
    return WorkingCopy.objects.filter(article=article_id).values_list("version", flat=True).first() or 0


class ChoiceForm(forms.Form):
    """The intermediate page of a bulk action: one choice applied to the selected rows."""

    def __init__(self, *args, queryset, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["choice"] = forms.ModelChoiceField(queryset, label=label)


class MergeForm(forms.Form):
    """Pick which of the selected skills or tags the others are merged into."""

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"] = forms.ModelChoiceField(
            queryset, widget=forms.RadioSelect, label="Garder", empty_label=None
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files at once (Django's recipe): a list of uploads, each checked as a FileField."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(upload, initial) for upload in data]
        return [super().clean(data, initial)]


class DocumentUploadForm(forms.Form):
    document = MultipleFileField(
        label="Fichiers",
        help_text="Des fichiers markdown ou texte (.md, .mdx, .txt), ou une archive .zip de tels fichiers. "
        "Au-delà de quelques fichiers, l'import se fait en arrière-plan : une page suit son avancement.",
    )
    new_status = forms.ChoiceField(
        label="Statut des nouveaux articles",
        choices=[(Article.Status.DRAFT, "Brouillon"), (Article.Status.REVIEW, "En relecture")],
        initial=Article.Status.DRAFT,
        required=False,  # brouillon when not given
        widget=forms.RadioSelect,
        help_text="Un envoi ne publie rien : les articles déjà présents gardent leur statut.",
    )
    dry_run = forms.BooleanField(label="Essai à blanc (ne rien enregistrer)", required=False)
