"""Settings for every Open edX environment (the plugin framework's ``common`` settings type)."""


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
