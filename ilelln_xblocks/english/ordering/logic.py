"""Ordering exercises: shuffling for a learner and scoring an arrangement, in plain Python."""
import random

POSITIONS = "positions"
NEIGHBOURS = "neighbours"


def shuffled(count, seed):
    """A permutation of ``range(count)`` fixed by ``seed`` and never the correct order (when count > 1)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    if count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def score(arrangement, mode):
    """``(fraction, marks)`` for ``arrangement``, a permutation of ``range(n)`` where ``i`` is the i-th correct item.

    ``positions``: an item earns its mark in its correct place. ``neighbours``: each adjacent
    pair earns a mark when the second item really follows the first, so a block of items in
    the right order is rewarded even when it sits in the wrong place. ``marks`` has one bool
    per item (positions) or per adjacent pair (neighbours).
    """
    if mode == NEIGHBOURS:
        marks = [second == first + 1 for first, second in zip(arrangement, arrangement[1:], strict=False)]
    else:
        marks = [item == place for place, item in enumerate(arrangement)]
    return (sum(marks) / len(marks) if marks else 1.0), marks
