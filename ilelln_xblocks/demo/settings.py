"""Workbench settings for the demo and the tests: the XBlock SDK's own, plus what the workbench lacks.

- language: ``?lang=ar`` / ``?lang=en`` (kept in a cookie) or the browser's Accept-Language;
- course staff: the learner ids in ``ILELLN_WORKBENCH_STAFF`` (``staff`` and ``facilitator``);
- storage: Django's file storage under the demo's data folder;
- database: SQLite under ``ILELLN_DATA_DIR`` by default, or the JSON in ``WORKBENCH_DATABASES``.
"""
import os
from pathlib import Path

from workbench.settings import *  # noqa: F401,F403  pylint: disable=wildcard-import,unused-wildcard-import
from workbench.settings import INSTALLED_APPS, MIDDLEWARE, TEMPLATES

DATA_DIR = Path(os.environ.get("ILELLN_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

if "WORKBENCH_DATABASES" not in os.environ:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "workbench.db"),
            "OPTIONS": {"timeout": 20},
        }
    }

INSTALLED_APPS = [*INSTALLED_APPS, "ilelln_xblocks.apps.IlellnXBlocksConfig"]

MIDDLEWARE = [
    *MIDDLEWARE[:2],
    "ilelln_xblocks.demo.middleware.DemoLanguageMiddleware",
    *MIDDLEWARE[2:],
]

TEMPLATES[0]["DIRS"].insert(0, str(Path(__file__).resolve().parent / "templates"))

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ar", "العربية")]
TIME_ZONE = "Africa/Cairo"

ILELLN_WORKBENCH_STAFF = ("staff", "facilitator")

MEDIA_ROOT = str(DATA_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WORKBENCH = {"reset_state_on_restart": False, "services": {}}

# The SDK's samples stay out of the demo: it shows the programme's blocks only.
EXCLUDED_XBLOCKS = {
    "allscopes_demo", "attempts_scoreboard_demo", "equality_demo", "filethumbs", "helloworld_demo",
    "html_demo", "problem_demo", "sidebar_demo", "slider_demo", "textinput_demo", "thumbs", "view_counter_demo",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler", "level": "WARNING"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
