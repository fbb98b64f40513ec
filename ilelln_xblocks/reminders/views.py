"""The unsubscribe page linked from every reminder: ``/ilelln/reminders/unsubscribe/<token>/`` on the LMS.

A plugin URL rather than an XBlock handler, because the e-mail is sent from a worker with no block at hand and
the learner may follow the link without being logged in. The signed token names the learner and course. GET
shows a confirmation button (mail scanners that prefetch links unsubscribe no one); POST records the opt-out,
which also serves mail clients' one-click unsubscribe (RFC 8058), hence no CSRF check: the token is the proof.
"""
from django.core import signing
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..core.i18n import catalogue_active, text_direction
from .messages import read_unsubscribe_token
from .models import ReminderOptOut


def _page(title, body):
    language = get_language() or "en"
    return HttpResponse(format_html(
        '<!DOCTYPE html><html lang="{}" dir="{}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>{}</title></head>'
        '<body><main><h1>{}</h1>{}</main></body></html>',
        language, text_direction(language), title, title, body))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Confirm (GET) or record (POST) a learner's opt-out from one course's reminders, in the request's language."""
    with catalogue_active(get_language() or "en"):
        return _unsubscribe(request, token)


def _unsubscribe(request, token):
    try:
        learner, course_key = read_unsubscribe_token(token)
    except signing.BadSignature:
        return HttpResponseBadRequest(_("This unsubscribe link is not valid."))
    if request.method == "POST":
        ReminderOptOut.objects.get_or_create(learner=learner, course_key=course_key)
        return _page(_("You will get no more reminders from this course."),
                     format_html("<p>{}</p>", _("You can close this page.")))
    return _page(_("Stop reminder e-mails from this course?"), format_html(
        '<form method="post"><button type="submit">{}</button></form>', _("Unsubscribe")))
