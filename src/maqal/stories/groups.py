"""Connected groups of items from pairs of related items (union–find): copies joined by their
shingle containment, same-event articles by their TF-IDF cosine."""
from __future__ import annotations


def components(items, pairs) -> list[list]:
    """The groups of two or more ``items`` that ``pairs`` (``(a, b)``) connect, each in the
    items' order, groups ordered by their first item."""
    order = {x: i for i, x in enumerate(items)}
    parent = list(range(len(order)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(order[a]), find(order[b])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[int, list] = {}
    for x, i in order.items():
        found.setdefault(find(i), []).append(x)
    return [g for _, g in sorted(found.items()) if len(g) > 1]
