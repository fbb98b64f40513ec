"""Reminders and the scheduled sweep: who is owed which reminder, sent once, through edx-ace.

- ``collect``: the reminders due now, read with a few batched queries;
- ``sweep``: allocation at each closed peer review, then claiming and sending the reminders;
- ``messages``: the edx-ace message types and their text in the learner's language;
- ``compat``: the Open edX lookups (users, e-mail addresses, languages, names), with workbench fallbacks;
- ``views``: the unsubscribe page linked from every reminder.

The Celery tasks that run the sweep live in ``ilelln_xblocks/tasks.py``, where the LMS's Celery app finds them.
"""
