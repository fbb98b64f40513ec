"""The reminder e-mails: one edx-ace message type per kind, their text in the learner's language, and sending.

edx-ace (the library the LMS sends its e-mail through) renders ``ilelln_xblocks/edx_ace/<name>/email/
{subject.txt, from_name.txt, head.html, body.html, body.txt}`` from the app's templates in the message's
language, and delivers it on the operator's e-mail channel (``ACE_CHANNEL_DEFAULT_EMAIL``). The words are
translated here, in Python, from the package's bundled catalogue in the learner's language (``core.i18n``), so
the templates only lay them out.
"""
from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.core import signing
from django.urls import NoReverseMatch, get_urlconf, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from ..core.i18n import catalogue_active, text_direction
from .compat import lms_root_url
from .models import ReminderSent

UNSUBSCRIBE_SALT = "ilelln_xblocks.reminders.unsubscribe"

#: edx-ace message names per kind (the template folders).
MESSAGE_NAMES = {
    ReminderSent.REVIEWS_DUE: "reviews_due",
    ReminderSent.FEEDBACK: "feedback_received",
    ReminderSent.REPLY: "post_reply",
    ReminderSent.TEAM_UPDATE: "team_update",
}


def unsubscribe_token(learner, course_key):
    """A signed token naming the learner and course, so the unsubscribe link needs no login."""
    return signing.dumps([learner, course_key], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """``(learner, course key)`` of a token made by :func:`unsubscribe_token`; raises ``BadSignature``."""
    learner, course_key = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    return str(learner), str(course_key)


@lru_cache(maxsize=8)
def _unsubscribe_pattern(urlconf):
    """The unsubscribe URL with ``{token}`` to fill in, reversed once per URL configuration."""
    try:
        return reverse("ilelln_xblocks:reminders-unsubscribe", kwargs={"token": "TOKEN"},
                       urlconf=urlconf).replace("TOKEN", "{token}")
    except NoReverseMatch:  # the URLs are not installed (a settings module without them)
        return "/ilelln/reminders/unsubscribe/{token}/"


def unsubscribe_path(learner, course_key):
    """The plugin URL of the unsubscribe page for ``learner`` in ``course_key``."""
    return _unsubscribe_pattern(get_urlconf() or settings.ROOT_URLCONF).format(
        token=unsubscribe_token(learner, course_key))


def activity_path(course_key, block_key):
    """The LMS's jump_to URL of an activity: ``/courses/<course key>/jump_to/<usage key>``."""
    return f"/courses/{quote(course_key, safe=':+@')}/jump_to/{quote(block_key, safe=':+@')}"


def _default_name(kind):
    return {
        ReminderSent.REVIEWS_DUE: gettext_noop("your peer review activity"),
        ReminderSent.FEEDBACK: gettext_noop("your peer review activity"),
        ReminderSent.REPLY: gettext_noop("the course discussion"),
        ReminderSent.TEAM_UPDATE: gettext_noop("your team project"),
    }[kind]


def texts(kind, language, activity, count, deadline=None):
    """``{subject, lines, action, ...}`` of one reminder, in ``language``."""
    return dict(_texts(kind, language, activity, count, deadline))


@lru_cache(maxsize=4096)
def _texts(kind, language, activity, count, deadline):
    """:func:`texts`, computed once per distinct reminder (a sweep sends thousands alike; catalogues are fixed)."""
    # The package's own catalogue, not Django's global one, where the platform's LOCALE_PATHS would win.
    with translation.override(language), catalogue_active(language):
        name = activity or _(_default_name(kind))
        if kind == ReminderSent.REVIEWS_DUE:
            # Translators: a Django date format (https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date)
            when = date_format(deadline, _("j F Y, H:i")) + " UTC" if deadline else ""
            subject = _("Reminder: peer reviews waiting for you in %(activity)s") % {"activity": name}
            lines = [_("Peer reviews still to do: %(count)s.") % {"count": count},
                     _("Please finish them before the review deadline, %(deadline)s.") % {"deadline": when}]
        elif kind == ReminderSent.FEEDBACK:
            subject = _("New feedback on your work in %(activity)s") % {"activity": name}
            lines = [_("New reviews of your work: %(count)s.") % {"count": count},
                     _("Read what your peers wrote, and rate how helpful each review was.")]
        elif kind == ReminderSent.REPLY:
            subject = _("New reply to your post in %(activity)s") % {"activity": name}
            lines = [_("New replies to your post: %(count)s.") % {"count": count},
                     _("Open the discussion to read them and continue the conversation.")]
        else:
            subject = _("Team update in %(activity)s") % {"activity": name}
            lines = [_("New progress updates from your team: %(count)s.") % {"count": count},
                     _("Open the team project to see what your teammates have done.")]
        return {
            "subject": str(subject), "activity": name, "lines": tuple(str(line) for line in lines),
            "greeting": str(_("Hello,")), "action": str(_("Open the activity")),
            "why": str(_("You receive this reminder because you take part in this course.")),
            "unsubscribe": str(_("Stop reminder e-mails from this course")),
            "signature": str(_("The programme team")),
        }


def build(kind, contact, language, learner, course_key, block_key, activity, count, deadline=None):
    """The edx-ace ``Message`` of one reminder to ``contact``."""
    from edx_ace import Message, Recipient  # pylint: disable=import-outside-toplevel
    root = lms_root_url()
    unsubscribe = root + unsubscribe_path(learner, course_key)
    context = texts(kind, language, activity, count, deadline)
    if course_key.startswith("course-v1:"):
        # The LMS's ``bulk_email_optout`` ACE policy (lms/djangoapps/bulk_email/policies.py) reads ``course_ids``:
        # a learner who opted out of the course's e-mail gets no reminders either.
        context["course_ids"] = [course_key]
    context.update({"lang": language, "dir": text_direction(language), "count": count,
                    "activity_url": root + activity_path(course_key, block_key), "unsubscribe_url": unsubscribe})
    return Message(
        app_label="ilelln_xblocks", name=MESSAGE_NAMES[kind], language=language, context=context,
        recipient=Recipient(lms_user_id=contact.user_id, email_address=contact.email),
        # RFC 2369/8058: mail clients show an unsubscribe button that posts to the same page.
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def send(message):
    """Hand ``message`` to edx-ace (policies, rendering, the e-mail channel)."""
    from edx_ace import ace  # pylint: disable=import-outside-toplevel
    ace.send(message)
