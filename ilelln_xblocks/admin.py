"""Django admin for facilitators and operators to inspect ilelln data."""
from django.contrib import admin

from .models import ActivityProgress


@admin.register(ActivityProgress)
class ActivityProgressAdmin(admin.ModelAdmin):
    """Read-mostly view of learners' progress records."""

    list_display = ("learner", "block_type", "status", "score", "course_key", "updated")
    list_filter = ("status", "block_type")
    search_fields = ("learner", "block_key", "course_key", "module_key")
    readonly_fields = ("updated",)
