"""The article's history page in French: field values as an editor reads them, not as stored."""

import datetime
import json

from django.db import models
from django.utils import formats, timezone
from simple_history.template_utils import HistoricalRecordContextHelper, ObjDiffDisplay

EMPTY = "—"


def displayed_value(field, value):
    """`value` of model `field` as the admin shows it: choice labels, local dates, oui/non."""
    if value is None or value == "":
        return EMPTY
    if isinstance(field, models.ForeignKey) and getattr(value, "pk", None) is None:
        return EMPTY  # no related row then (simple_history stands in "thème (pk=None)")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(field, models.JSONField):
        return json.dumps(value, ensure_ascii=False)
    return value


class FrenchDiffDisplay(ObjDiffDisplay):
    def shortened_str(self, prefix, num_skipped_chars, suffix):
        return f"{prefix}[{num_skipped_chars:d} caractères]{suffix}"


class FrenchRecordContextHelper(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if isinstance(field, models.ManyToManyField):
            return super().prepare_delta_change_value(change, value)
        return displayed_value(field, value)

    def get_obj_diff_display(self):
        return FrenchDiffDisplay(max_length=self.max_displayed_delta_change_chars)
