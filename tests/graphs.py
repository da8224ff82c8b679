"""Hypothesis strategies for similarity graphs, shared by the stories and round-up tests."""

from __future__ import annotations

from hypothesis import strategies as st


def similarity_graphs(
    min_nodes: int, max_nodes: int, weights: st.SearchStrategy[float]
) -> st.SearchStrategy[tuple[int, dict[tuple[int, int], float]]]:
    """(n, edges): n documents and a similarity for some pairs (a, b) with a < b."""
    return st.integers(min_nodes, max_nodes).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.dictionaries(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
                    lambda e: e[0] < e[1]
                ),
                weights,
            ),
        )
    )
