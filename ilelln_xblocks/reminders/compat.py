"""The Open edX lookups the reminders need, each isolated here with its platform import guarded.

Learners are stored by their anonymous id. In the LMS, ``student.models.AnonymousUserId`` maps it to the Django
user (``user_by_anonymous_id`` in openedx-platform ``common/djangoapps/student/models/user.py`` does it one id at a
time; we read the same table in batches), the language is the ``pref-lang`` user preference
(``openedx/core/djangoapps/user_api/models.py`` ``UserPreference``, the key ``LANGUAGE_KEY`` in
``openedx/core/djangoapps/lang_pref/__init__.py``), and a course's language is ``CourseOverview.language``
(``openedx/core/djangoapps/content/course_overviews/models.py``). Outside the LMS (the workbench demo and the
tests) the learner is the Django user whose username is the workbench id, and languages come from the setting
``ILELLN_WORKBENCH_LANGUAGES`` (``{learner id: language}``), as the workbench keeps no preferences.
"""
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model

BATCH = 900  # ids per IN (...) query: below SQLite's historical limit of 999 parameters
LANGUAGE_PREFERENCE = "pref-lang"


@dataclass(frozen=True)
class Contact:
    """Where to send a learner's reminders, and in which language (None: the course's)."""

    user_id: int
    email: str
    language: str | None = None


def _batches(items):
    items = list(items)
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def _platform_models():
    """``(AnonymousUserId, UserPreference)`` in the LMS, else None."""
    try:
        from common.djangoapps.student.models import AnonymousUserId  # pylint: disable=import-outside-toplevel
        from openedx.core.djangoapps.user_api.models import UserPreference  # pylint: disable=import-outside-toplevel
    except ImportError:
        return None
    return AnonymousUserId, UserPreference


def learner_contacts(anonymous_ids):
    """``{anonymous id: Contact}`` for the learners that have an active account with an e-mail address."""
    platform = _platform_models()
    return _platform_contacts(anonymous_ids, *platform) if platform else _workbench_contacts(anonymous_ids)


def _platform_contacts(anonymous_ids, anonymous_user_id, user_preference):
    contacts, users = {}, {}
    for chunk in _batches(anonymous_ids):
        rows = anonymous_user_id.objects.filter(anonymous_user_id__in=chunk, user__is_active=True).values_list(
            "anonymous_user_id", "user_id", "user__email")
        for anonymous_id, user_id, email in rows:
            if email:
                users[anonymous_id] = (user_id, email)
    languages = {}
    for chunk in _batches({user_id for user_id, _email in users.values()}):
        languages.update(user_preference.objects.filter(user_id__in=chunk, key=LANGUAGE_PREFERENCE).values_list(
            "user_id", "value"))
    for anonymous_id, (user_id, email) in users.items():
        contacts[anonymous_id] = Contact(user_id, email, languages.get(user_id) or None)
    return contacts


def _workbench_contacts(anonymous_ids):
    languages = getattr(settings, "ILELLN_WORKBENCH_LANGUAGES", {}) or {}
    contacts = {}
    for chunk in _batches(anonymous_ids):
        rows = get_user_model().objects.filter(username__in=chunk, is_active=True).values_list(
            "username", "id", "email")
        for username, user_id, email in rows:
            if email:
                contacts[username] = Contact(user_id, email, languages.get(username))
    return contacts


def course_languages(course_keys):
    """``{course key: language}`` of the courses that set one (the LMS's course overviews), else empty."""
    try:
        from opaque_keys.edx.keys import CourseKey  # pylint: disable=import-outside-toplevel
        from openedx.core.djangoapps.content.course_overviews.models import (  # pylint: disable=import-outside-toplevel
            CourseOverview,
        )
    except ImportError:
        return {}
    keys = []
    for text in course_keys:
        try:
            keys.append(CourseKey.from_string(text))
        except Exception:  # pylint: disable=broad-except  (workbench or library ids are not course keys)
            continue
    found = {}
    for chunk in _batches(keys):
        for course_id, language in CourseOverview.objects.filter(id__in=chunk).values_list("id", "language"):
            if language:
                found[str(course_id)] = language
    return found


def activity_names(block_keys):
    """``{block key: display name}`` from the LMS's modulestore (one read per activity), else empty.

    There are a handful of activities per sweep, however many learners they remind.
    """
    try:
        from opaque_keys.edx.keys import UsageKey  # pylint: disable=import-outside-toplevel
        from xmodule.modulestore.django import modulestore  # pylint: disable=import-outside-toplevel
    except ImportError:
        return {}
    names, store = {}, modulestore()
    for text in block_keys:
        try:
            block = store.get_item(UsageKey.from_string(text))
        except Exception:  # pylint: disable=broad-except  (deleted, unpublished, or not a usage key)
            continue
        if getattr(block, "display_name", None):
            names[text] = block.display_name
    return names


def lms_root_url():
    """The LMS's base URL (``LMS_ROOT_URL`` in openedx-platform's settings), without a trailing slash."""
    return (getattr(settings, "LMS_ROOT_URL", "") or "").rstrip("/")
