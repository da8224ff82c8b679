"""``crosscheck text`` as plain text: the kept text of each source.

With several sources, each starts with a ``==> path <==`` line, as ``head`` and ``tail``
write, and sources are separated by a blank line.
"""

from __future__ import annotations

from crosscheck.texts import TextList


def render_texts(texts: TextList) -> str:
    """The kept text of every source, each ending with one newline."""
    blocks: list[str] = []
    for source in texts.sources:
        body = source.text.strip("\n") + "\n"
        blocks.append(f"==> {source.path} <==\n{body}" if len(texts.sources) > 1 else body)
    return "\n".join(blocks)
