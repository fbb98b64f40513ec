"""Ordering: shuffles and scores by position or by neighbours."""
import pytest

from ilelln_xblocks.english.ordering import logic


@pytest.mark.parametrize("count", [2, 3, 6, 10])
def test_shuffle_is_stable_per_seed_and_never_the_answer(count):
    for seed in range(50):
        order = logic.shuffled(count, f"block:{seed}")
        assert sorted(order) == list(range(count)) and order != list(range(count))
        assert order == logic.shuffled(count, f"block:{seed}")


@pytest.mark.parametrize("arrangement, mode, fraction, marks", [
    ([0, 1, 2, 3], "positions", 1.0, [True] * 4),
    ([1, 0, 2, 3], "positions", 0.5, [False, False, True, True]),
    ([3, 0, 1, 2], "positions", 0.0, [False] * 4),
    ([3, 0, 1, 2], "neighbours", 2 / 3, [False, True, True]),   # a right block in the wrong place
    ([0, 1, 2, 3], "neighbours", 1.0, [True] * 3),
    ([3, 2, 1, 0], "neighbours", 0.0, [False] * 3),
])
def test_scores(arrangement, mode, fraction, marks):
    assert logic.score(arrangement, mode) == (pytest.approx(fraction), marks)
