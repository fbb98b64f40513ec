"""Settings for every Open edX environment (the plugin framework's ``common`` settings type)."""

# ``ILELLN_SCHEDULER``: the periodic sweep on the LMS's Celery worker (allocation at each peer-review deadline and
# the reminders). The Tutor plugin sets it; these are the defaults of any key it leaves out.
SCHEDULER_DEFAULTS = {
    "ENABLED": False,                 # off until an operator switches it on
    "INTERVAL_SECONDS": 900,          # how long after one sweep the next one runs
    "REMINDERS_ENABLED": True,        # send reminders from the sweep (allocation runs either way)
    "REVIEWS_DUE_WITHIN_HOURS": 48,   # remind reviewers this long before the peer-review deadline
    "LOCK_TIMEOUT_SECONDS": 600,      # the longest a sweep may hold its lock before another may run
}


def scheduler_settings(settings):
    """``settings.ILELLN_SCHEDULER`` with every key present (the defaults above for those left out).

    Settings layered after the plugin framework's (Tutor's ``openedx-lms-common-settings`` patch comes after it)
    may replace the whole dict, so readers fill the gaps here rather than trust ``plugin_settings`` alone.
    """
    configured = getattr(settings, "ILELLN_SCHEDULER", None) or {}
    return {**SCHEDULER_DEFAULTS, **configured}


def plugin_settings(settings):
    """Add this package's defaults to the LMS or Studio settings, keeping any the operator set."""
    defaults = {
        # Learner ids that count as course staff in the XBlock SDK workbench only. The LMS
        # decides staff from its own roles and ignores this list.
        "ILELLN_WORKBENCH_STAFF": (),
    }
    for name, value in defaults.items():
        if not hasattr(settings, name):
            setattr(settings, name, value)
    settings.ILELLN_SCHEDULER = scheduler_settings(settings)
