"""Worker processes and Ctrl-C (workers.py): only the main process acts on an interrupt."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import pytest

from crosscheck.workers import (
    Stopped,
    interrupts_held,
    start_worker,
    stop_if_stopped,
    stopped_at_the_end,
    unless_stopped,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_an_interrupt_in_the_block_is_raised_when_it_ends() -> None:
    before = signal.getsignal(signal.SIGINT)
    went_on = False
    with pytest.raises(KeyboardInterrupt), interrupts_held():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)
        went_on = True
    assert went_on
    assert signal.getsignal(signal.SIGINT) is before


def test_no_interrupt_raises_nothing() -> None:
    with interrupts_held():
        pass


def _survives_an_interrupt(_: int) -> int:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.01)
    return os.getpid()


def test_workers_ignore_interrupts() -> None:
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    with ProcessPoolExecutor(
        2, mp_context=context, initializer=start_worker, initargs=(stop,)
    ) as pool:
        with interrupts_held():
            results = pool.map(_survives_an_interrupt, range(4))
        assert len(list(results)) == 4


def _slow(n: int) -> int:
    time.sleep(0.05)
    return n


def test_an_interrupted_pool_waits_for_one_job_per_worker_not_a_chunk() -> None:
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    pool = ProcessPoolExecutor(2, mp_context=context, initializer=start_worker, initargs=(stop,))
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), stopped_at_the_end(pool, stop):
        # two chunks of 100 jobs of 0.05 s: 5 s each, if a chunk were waited for
        pool.map(partial(unless_stopped, _slow), range(200), chunksize=100)
        time.sleep(0.3)  # the workers are in their chunks
        raise KeyboardInterrupt
    assert time.monotonic() - started < 3.0
    assert stop.is_set()


def _long_job(seconds: float) -> str:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:  # a large source's piece: many sentences
        stop_if_stopped()
        time.sleep(0.01)
    return "done"


def test_a_worker_leaves_a_long_job_once_stopped() -> None:
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    pool = ProcessPoolExecutor(2, mp_context=context, initializer=start_worker, initargs=(stop,))
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), stopped_at_the_end(pool, stop):
        futures = [pool.submit(_long_job, 10.0) for _ in range(2)]
        time.sleep(0.3)
        raise KeyboardInterrupt
    assert time.monotonic() - started < 3.0
    assert all(isinstance(f.exception(), Stopped) for f in futures)


def test_the_main_process_is_never_stopped() -> None:
    stop_if_stopped()  # no stop event here: nothing happens
