"""Django app for the data that several learners share (progress, and later posts, reviews, teams).

Open edX's plugin framework reads ``plugin_app`` and adds this app to the LMS's and
Studio's INSTALLED_APPS by itself, so ``./manage.py lms migrate`` creates its tables.
The keys are the string values of ``edx_django_utils.plugins`` constants, written out
so that the package does not depend on edx-django-utils at run time.
"""
from django.apps import AppConfig


class IlellnXBlocksConfig(AppConfig):
    """App configuration, registered under the ``lms.djangoapp`` and ``cms.djangoapp`` entry points."""

    name = "ilelln_xblocks"
    verbose_name = "ilelln XBlocks"
    default_auto_field = "django.db.models.BigAutoField"

    plugin_app = {
        # The reminders' unsubscribe page, at /ilelln/reminders/unsubscribe/<token>/ on the LMS.
        "url_config": {
            "lms.djangoapp": {"namespace": "ilelln_xblocks", "regex": r"^ilelln/", "relative_path": "urls"},
        },
        "settings_config": {
            "lms.djangoapp": {
                "common": {"relative_path": "settings.common"},
            },
            "cms.djangoapp": {
                "common": {"relative_path": "settings.common"},
            },
        },
    }

    def ready(self):
        """Start the scheduled sweep from the first request when ``ILELLN_SCHEDULER`` switches it on."""
        from .reminders import startup  # pylint: disable=import-outside-toplevel
        startup.connect()
