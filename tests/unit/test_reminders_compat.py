"""The LMS side of the reminders' compat layer, against stand-ins for the platform's models and modulestore.

The stand-ins answer the queries the way openedx-platform's tables would (``AnonymousUserId``, ``UserPreference``
with ``pref-lang``, the modulestore's ``get_item``), so the LMS path is exercised without an LMS.
"""
import sys
import types

import pytest

from ilelln_xblocks.reminders import compat


class _Rows:
    """A manager whose ``filter(...).values_list(...)`` answers from a list of dicts, honouring ``__in`` filters."""

    def __init__(self, rows):
        self.rows, self.queries = rows, []

    @property
    def objects(self):
        return self

    def filter(self, **conditions):
        self.queries.append(conditions)
        def keep(row):
            for name, wanted in conditions.items():
                if name.endswith("__in"):
                    if row[name[:-len("__in")]] not in wanted:
                        return False
                elif row[name] != wanted:
                    return False
            return True

        return _Selected([row for row in self.rows if keep(row)])


class _Selected:
    def __init__(self, rows):
        self.rows = rows

    def values_list(self, *fields):
        return [tuple(row[field] for field in fields) for row in self.rows]


@pytest.fixture
def platform(monkeypatch):
    anonymous = _Rows([
        {"anonymous_user_id": "anon-amal", "user_id": 7, "user__email": "amal@example.org", "user__is_active": True},
        {"anonymous_user_id": "anon-bob", "user_id": 8, "user__email": "bob@example.org", "user__is_active": True},
        {"anonymous_user_id": "anon-gone", "user_id": 9, "user__email": "g@example.org", "user__is_active": False},
        {"anonymous_user_id": "anon-nomail", "user_id": 10, "user__email": "", "user__is_active": True},
    ])
    preferences = _Rows([{"user_id": 7, "key": "pref-lang", "value": "ar"},
                         {"user_id": 8, "key": "time_zone", "value": "Africa/Cairo"}])
    modules = {
        "common": types.ModuleType("common"), "common.djangoapps": types.ModuleType("common.djangoapps"),
        "common.djangoapps.student": types.ModuleType("common.djangoapps.student"),
        "common.djangoapps.student.models": types.SimpleNamespace(AnonymousUserId=anonymous),
        "openedx": types.ModuleType("openedx"), "openedx.core": types.ModuleType("openedx.core"),
        "openedx.core.djangoapps": types.ModuleType("openedx.core.djangoapps"),
        "openedx.core.djangoapps.user_api": types.ModuleType("openedx.core.djangoapps.user_api"),
        "openedx.core.djangoapps.user_api.models": types.SimpleNamespace(UserPreference=preferences),
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    return anonymous, preferences


def test_in_the_lms_anonymous_ids_map_to_active_users_with_their_language(platform):
    contacts = compat.learner_contacts(["anon-amal", "anon-bob", "anon-gone", "anon-nomail", "anon-unknown"])
    assert contacts == {"anon-amal": compat.Contact(7, "amal@example.org", "ar"),
                        "anon-bob": compat.Contact(8, "bob@example.org", None)}


def test_the_lms_lookup_is_batched_not_one_query_per_learner(platform, monkeypatch):
    anonymous, preferences = platform
    monkeypatch.setattr(compat, "BATCH", 2)
    compat.learner_contacts([f"anon-{n}" for n in range(5)] + ["anon-amal"])
    assert len(anonymous.queries) == 3                       # 6 ids in batches of 2
    assert all(len(query["anonymous_user_id__in"]) <= 2 for query in anonymous.queries)


def test_outside_the_lms_the_workbench_fallback_is_used():
    assert compat._platform_models() is None  # pylint: disable=protected-access
    assert compat.course_languages(["course-v1:A+B+C"]) == {}
    assert compat.activity_names(["block-v1:A+B+C+type@x+block@y"]) == {}


def test_activity_names_come_from_the_modulestore_in_the_lms(monkeypatch):
    class Store:
        def get_item(self, key):
            if "missing" in str(key):
                raise LookupError(key)
            return types.SimpleNamespace(display_name="Service design proposal")

    for name in ("xmodule", "xmodule.modulestore"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "xmodule.modulestore.django", types.SimpleNamespace(modulestore=Store))
    found = compat.activity_names(["block-v1:A+B+C+type@ilelln_peer_review+block@p",
                                   "block-v1:A+B+C+type@ilelln_peer_review+block@missing"])
    assert found == {"block-v1:A+B+C+type@ilelln_peer_review+block@p": "Service design proposal"}
