"""Reminder e-mails through edx-ace's Django e-mail channel into Django's outbox, in Arabic and English.

Each kind names its activity and links back to it (the LMS's jump_to URL), the unsubscribe link works and is
respected, and nothing is sent twice.
"""
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client

from ilelln_xblocks.models import ReminderOptOut, ReminderSent
from ilelln_xblocks.reminders import compat, sweep
from tests.reminders import builders as b
from tests.reminders.fixtures import scheduler  # noqa: F401  (autouse fixture)

pytestmark = pytest.mark.django_db


def _to(address):
    return [message for message in mail.outbox if message.to == [address]]


def _html(message):
    return message.alternatives[0][0]


def test_reviews_owed_reminder_in_english_names_the_activity_and_links_to_it(monkeypatch):
    b.learners("amal")
    b.owed_reviews(["amal"])
    monkeypatch.setattr(compat, "activity_names", lambda keys: {b.PEER: "Service design proposal"})
    result = sweep.run()
    assert result.emails_sent == 1 and result.reminders_claimed == 1
    (message,) = _to("amal@example.org")
    assert message.subject == "Reminder: peer reviews waiting for you in Service design proposal"
    assert "Peer reviews still to do: 1." in message.body
    link = f"https://lms.example.org/courses/{b.COURSE}/jump_to/{b.PEER}"
    assert f"Open the activity: {link}" in message.body
    assert f'href="{link}"' in _html(message) and 'dir="ltr"' in _html(message)
    assert ReminderSent.objects.get().status == ReminderSent.SENT


def test_the_reviews_owed_reminder_counts_every_review_still_to_do():
    b.learners("amal")
    b.owed_reviews(["amal", "amal", "amal"])
    assert sweep.run().emails_sent == 1
    (message,) = _to("amal@example.org")
    assert "Peer reviews still to do: 3." in message.body


def test_reviews_owed_reminder_in_arabic_for_a_learner_whose_language_is_arabic(settings):
    b.learners("amal", "bob")
    settings.ILELLN_WORKBENCH_LANGUAGES = {"amal": "ar"}
    b.owed_reviews(["amal", "bob"])
    sweep.run()
    (arabic,) = _to("amal@example.org")
    (english,) = _to("bob@example.org")
    assert arabic.subject == "تذكير: مراجعات أقران بانتظارك في نشاط مراجعة الأقران الخاص بك"
    assert "مراجعات الأقران المتبقية عليك: 1." in arabic.body
    assert "افتح النشاط: https://lms.example.org/courses/" in arabic.body
    assert 'lang="ar" dir="rtl"' in _html(arabic)
    assert english.subject == "Reminder: peer reviews waiting for you in your peer review activity"


def test_the_course_language_is_used_when_the_learner_has_none(monkeypatch):
    b.learners("amal")
    b.done_review("amal")
    monkeypatch.setattr(compat, "course_languages", lambda keys: {b.COURSE: "ar"})
    sweep.run()
    (message,) = _to("amal@example.org")
    assert message.subject == "ملاحظات جديدة على عملك في نشاط مراجعة الأقران الخاص بك"


def test_feedback_reply_and_team_update_each_reach_the_right_learner():
    b.learners("author", "reviewer", "thread", "replier", "lead", "mate")
    b.done_review("author", reviewer="reviewer")
    b.reply("thread", "replier")
    b.team_update("lead", "mate")
    result = sweep.run()
    assert result.emails_sent == 3
    assert [m.subject for m in _to("author@example.org")] == ["New feedback on your work in your peer review activity"]
    assert [m.subject for m in _to("thread@example.org")] == ["New reply to your post in the course discussion"]
    assert [m.subject for m in _to("mate@example.org")] == ["Team update in your team project"]
    assert not _to("reviewer@example.org") + _to("replier@example.org") + _to("lead@example.org")
    assert f"/jump_to/{b.BOARD}" in _to("thread@example.org")[0].body
    assert f"/jump_to/{b.PROJECT}" in _to("mate@example.org")[0].body


def test_several_events_of_one_kind_make_one_email_that_counts_them():
    b.learners("author")
    b.done_review("author", reviewer="r1")
    b.done_review("author", reviewer="r2")
    sweep.run()
    (message,) = _to("author@example.org")
    assert "New reviews of your work: 2." in message.body
    assert ReminderSent.objects.filter(status=ReminderSent.SENT).count() == 2


def test_nothing_is_sent_twice_and_a_new_event_gets_its_own_reminder():
    b.learners("amal", "thread")
    b.owed_reviews(["amal"])
    b.reply("thread", "someone")
    assert sweep.run().emails_sent == 2
    assert sweep.run().emails_sent == 0
    b.reply("thread", "another")
    assert sweep.run().emails_sent == 1
    assert len(_to("amal@example.org")) == 1 and len(_to("thread@example.org")) == 2


def test_reviews_owed_only_within_the_window_before_the_deadline(scheduler):  # noqa: F811
    b.learners("early", "late")
    b.owed_reviews(["early"], due_in=timedelta(hours=72), block_key=b.PEER + "-a")
    b.owed_reviews(["late"], authors=["x"], due_in=-timedelta(hours=1), block_key=b.PEER + "-b")
    assert sweep.run().emails_sent == 0
    scheduler["REVIEWS_DUE_WITHIN_HOURS"] = 96
    assert sweep.run().emails_sent == 1 and _to("early@example.org")


def test_reminders_switched_off_send_nothing(scheduler):  # noqa: F811
    b.learners("amal")
    b.owed_reviews(["amal"])
    scheduler["REMINDERS_ENABLED"] = False
    assert sweep.run().emails_sent == 0 and not mail.outbox and not ReminderSent.objects.exists()


def test_a_learner_without_an_account_is_marked_and_not_retried():
    b.owed_reviews(["ghost"])
    result = sweep.run()
    assert result.emails_sent == 0 and result.no_address == 1
    assert ReminderSent.objects.get().status == ReminderSent.NO_ADDRESS
    assert sweep.run().reminders_claimed == 0


def test_the_unsubscribe_link_opts_the_learner_out_of_that_course_only():
    b.learners("amal", "bob")
    b.owed_reviews(["amal", "bob"])
    b.done_review("amal", block_key=b.PEER)
    sweep.run()
    url = re.search(r"https://lms\.example\.org(/ilelln/reminders/unsubscribe/\S+/)", _to("amal@example.org")[0].body)
    assert url and _to("amal@example.org")[0].extra_headers["List-Unsubscribe"].endswith(url.group(1) + ">")
    client = Client()
    page = client.get(url.group(1))
    assert page.status_code == 200 and b"<form method=\"post\">" in page.content
    assert not ReminderOptOut.objects.exists()                 # a prefetching mail scanner unsubscribes no one
    assert client.post(url.group(1)).status_code == 200
    assert list(ReminderOptOut.objects.values_list("learner", "course_key")) == [("amal", b.COURSE)]
    mail.outbox.clear()
    b.reply("amal", "someone")
    b.reply("bob", "someone")
    sweep.run()
    assert not _to("amal@example.org") and len(_to("bob@example.org")) == 1


def test_a_forged_unsubscribe_token_is_refused_and_stores_nothing():
    client = Client()
    assert client.post("/ilelln/reminders/unsubscribe/not-a-token/").status_code == 400
    assert client.get("/ilelln/reminders/unsubscribe/WyJ4IiwieSJd:forged:sig/").status_code == 400
    assert client.put("/ilelln/reminders/unsubscribe/x/").status_code == 405
    assert not ReminderOptOut.objects.exists()


def test_a_failing_message_is_marked_failed_and_the_others_still_go(monkeypatch):
    from ilelln_xblocks.reminders import messages
    b.learners("amal", "bob")
    b.owed_reviews(["amal", "bob"])
    real = messages.send

    def flaky(message):
        if message.recipient.email_address == "amal@example.org":
            raise RuntimeError("channel down")
        real(message)

    monkeypatch.setattr(messages, "send", flaky)
    result = sweep.run()
    assert (result.emails_sent, result.failed) == (1, 1)
    assert ReminderSent.objects.get(learner="amal").status == ReminderSent.FAILED


@pytest.fixture
def platform_catalogue(tmp_path, settings):
    """A competing ``django.mo`` in ``LOCALE_PATHS`` with other Arabic for msgids the platform has too."""
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from ilelln_xblocks.core import i18n
    from ilelln_xblocks.reminders import messages
    catalog = Catalog(locale="ar", domain="django")
    for msgid in ("Hello,", "Unsubscribe", "Open the activity"):
        catalog.add(msgid, "نص المنصة")
    (tmp_path / "ar" / "LC_MESSAGES").mkdir(parents=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    (tmp_path / "ar" / "LC_MESSAGES" / "django.mo").write_bytes(buffer.getvalue())
    settings.LOCALE_PATHS = [str(tmp_path)]
    messages._texts.cache_clear()  # pylint: disable=protected-access
    yield
    messages._texts.cache_clear()  # pylint: disable=protected-access
    i18n.clear_caches()


def test_the_reminders_arabic_is_ours_where_the_platform_translates_the_same_words(platform_catalogue, settings):
    from django.utils import translation
    with translation.override("ar"):
        assert translation.gettext("Hello,") == "نص المنصة"     # Django's global lookup: the platform wins
    b.learners("amal")
    settings.ILELLN_WORKBENCH_LANGUAGES = {"amal": "ar"}
    b.owed_reviews(["amal"])
    sweep.run()
    (message,) = _to("amal@example.org")
    assert message.body.startswith("مرحبًا،") and "افتح النشاط:" in message.body and "نص المنصة" not in message.body
    url = re.search(r"https://lms\.example\.org(/ilelln/reminders/unsubscribe/\S+/)", message.body).group(1)
    page = Client().get(url, HTTP_ACCEPT_LANGUAGE="ar")
    assert "إلغاء الاشتراك" in page.content.decode() and "نص المنصة" not in page.content.decode()
