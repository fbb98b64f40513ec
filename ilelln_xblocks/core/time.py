"""Time helpers every block shares: a moment in a learner's zone, and UTC text for the page and exports."""
from datetime import UTC
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def in_zone(moment, zone_name):
    """``moment`` in the IANA zone ``zone_name``, or unchanged when the name is unknown or empty."""
    if not zone_name:
        return moment
    try:
        return moment.astimezone(ZoneInfo(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def utc_iso(moment):
    """ISO 8601 text of ``moment`` in UTC, e.g. ``2026-12-06T08:00:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
