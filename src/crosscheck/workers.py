"""Worker processes and Ctrl-C: only the main process acts on an interrupt.

A terminal sends Ctrl-C to every process of its foreground group. A worker that took it
as KeyboardInterrupt would die, and a ``ProcessPoolExecutor`` that loses a worker while
the main process cancels its futures can leave its other workers waiting for ever
(CPython 3.11: the pool's manager thread fails on a cancelled future, "InvalidStateError:
CANCELLED", and stops nothing; the interpreter's exit then joins the idle workers). So
workers ignore SIGINT from the moment they are forked: the main process holds an
interrupt back while it starts them, and raises it once they have started. It then
sets the pool's stop event, so that each worker skips the jobs it has not begun, and
waits only for the one each is doing (not for a whole chunk of jobs) before it exits 130
(``console``).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.synchronize import Event
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")

# In a worker: the event its main process sets when the work is stopped (set once, when
# the worker starts).
_stop: Event | None = None


def start_worker(stop: Event) -> None:
    """A worker's initializer: SIGINT is the main process's to act on; it sets ``stop``
    when the work is stopped."""
    global _stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _stop = stop


class Stopped(Exception):
    """Raised in a worker whose main process stopped the work in the middle of a long job
    (a piece of a large source): the main process is exiting and reads no result."""


# How many sentences a worker reads between two looks at the stop event (a look takes a
# few microseconds; this many sentences, some milliseconds).
SENTENCES_PER_LOOK = 32


def stop_if_stopped() -> None:
    """In a worker, raise :class:`Stopped` once the main process has stopped the work; in
    the main process (no stop event), nothing."""
    if _stop is not None and _stop.is_set():
        raise Stopped


def unless_stopped(do: Callable[..., T], *args: Any) -> T | None:
    """In a worker: ``do(*args)``, or None once the main process has stopped the work."""
    if _stop is not None and _stop.is_set():
        return None
    return do(*args)


@contextmanager
def stopped_at_the_end(pool: ProcessPoolExecutor, stop: Event) -> Iterator[None]:
    """Shut ``pool`` down when the block ends, its jobs not yet begun cancelled; when the
    block ends by an exception (Ctrl-C), ``stop`` is set first, so that the workers skip
    the jobs of the chunks they are in (see :func:`unless_stopped`) and leave a long one
    (see :func:`stop_if_stopped`)."""
    try:
        yield
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(cancel_futures=True)


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C within the block is raised as KeyboardInterrupt when the block ends. A
    process forked within it inherits a handler that only notes the interrupt, until its
    initializer (:func:`start_worker`) ignores it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    held: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        held.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if held:
        raise KeyboardInterrupt
