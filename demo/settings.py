"""Workbench settings for the demo and the tests: the XBlock SDK's own, plus what the workbench lacks.

- language: ``?lang=ar`` / ``?lang=en`` (kept in a cookie) or the browser's Accept-Language;
- course staff: the learner ids in ``ILELLN_WORKBENCH_STAFF`` (``staff`` and ``facilitator``);
- storage: Django's file storage under the demo's data folder;
- database: SQLite under ``ILELLN_DATA_DIR`` by default, or the JSON in ``WORKBENCH_DATABASES``;
- reminders: the package's plugin URLs, edx-ace on Django's e-mail (the locmem outbox), Celery tasks run eagerly,
  and the plugin settings applied as the LMS's plugin framework would.
"""
import importlib.util
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from workbench.settings import *  # noqa: F401,F403  pylint: disable=wildcard-import,unused-wildcard-import
from workbench.settings import INSTALLED_APPS, MIDDLEWARE, TEMPLATES

from ilelln_xblocks.settings.common import plugin_settings

DATA_DIR = Path(os.environ.get("ILELLN_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

def _database(url):
    """Django DATABASES entry for ``mysql://user[:password]@host:port/name``, else SQLite in DATA_DIR."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "workbench.db"),
            # IMMEDIATE: a transaction takes the write lock when it begins and waits for it, instead of
            # failing at once with "database is locked" when two transactions upgrade from reading.
            "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE"},
            "TEST": {"NAME": str(DATA_DIR / "test-workbench.db")},
        }
    parsed = urlsplit(url)
    if parsed.scheme not in ("mysql", "mariadb"):
        raise ValueError(f"ILELLN_TEST_DB must be a mysql:// URL, not {url!r}")
    name = parsed.path.lstrip("/") or "test"
    return {
        "ENGINE": "django.db.backends.mysql",
        "NAME": name,
        "USER": unquote(parsed.username or "root"),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": parsed.hostname or "127.0.0.1",
        "PORT": str(parsed.port or 3306),
        "OPTIONS": {"charset": "utf8mb4"},
        "TEST": {"NAME": f"{name}_ilelln", "CHARSET": "utf8mb4", "COLLATION": "utf8mb4_unicode_ci"},
    }


# ILELLN_TEST_DB (e.g. mysql://root@127.0.0.1:3306/test) runs everything on MariaDB, as Open edX runs on MySQL.
if "WORKBENCH_DATABASES" not in os.environ:
    DATABASES = {"default": _database(os.environ.get("ILELLN_TEST_DB"))}

INSTALLED_APPS = [*INSTALLED_APPS, "ilelln_xblocks.apps.IlellnXBlocksConfig"]
if importlib.util.find_spec("edx_ace"):
    # The LMS sends its e-mail through edx-ace; the reminders' templates are found through the app directories.
    INSTALLED_APPS.append("edx_ace")
if importlib.util.find_spec("submissions"):
    # Every Open edX LMS has the submissions app (ORA2 needs it); peer grades go through it.
    INSTALLED_APPS.append("submissions")
    from .compat import skip_broken_submissions_migration  # noqa: E402
    skip_broken_submissions_migration(DATABASES["default"]["ENGINE"])
if importlib.util.find_spec("completion") and importlib.util.find_spec("waffle"):
    # The LMS's completion app (edx-completion) and the switch it reads (django-waffle): the platform
    # test world (tests/platform) sends the blocks' completion events to it, as the LMS does.
    INSTALLED_APPS += ["waffle", "completion"]

MIDDLEWARE = [
    *MIDDLEWARE[:2],
    "demo.middleware.DemoLanguageMiddleware",
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

# The platform's XBlock settings service (XBLOCK_SETTINGS buckets), which the workbench has but does not enable.
WORKBENCH = {"reset_state_on_restart": False, "services": {"settings": "workbench.services.SettingsService"}}

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

# The plugin framework mounts the package's URLs (the reminders' unsubscribe page) at /ilelln/ in the LMS.
ROOT_URLCONF = "demo.urls"

# Reminders: edx-ace's Django e-mail channel, into Django's outbox (no mail leaves the machine); links point here.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEFAULT_FROM_EMAIL = "reminders@ilelln.example"
ACE_ENABLED_CHANNELS = ["django_email"]
ACE_CHANNEL_DEFAULT_EMAIL = "django_email"
ACE_CHANNEL_TRANSACTIONAL_EMAIL = "django_email"
ACE_ENABLED_POLICIES = []
LMS_ROOT_URL = "http://127.0.0.1:8000"
# The workbench keeps no user preferences: the reminders' language per learner id (else LANGUAGE_CODE).
ILELLN_WORKBENCH_LANGUAGES = {}
# Tasks run in the calling process (the sweep is never rescheduled in eager mode).
CELERY_TASK_ALWAYS_EAGER = True

plugin_settings(sys.modules[__name__])
