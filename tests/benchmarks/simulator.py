"""The demo simulator: 48 simulated hours of every channel, against drawing the same
number of normal random numbers with numpy (the floor for any noisy simulation)."""

from __future__ import annotations

import time

import numpy as np

from proactive_gui.instrument.channels import DEMO_CHANNELS
from proactive_gui.instrument.simulator import Simulator, demo_store
from tests.benchmarks.figures import Figure, median

HOURS = 48


def _simulate() -> float:
    sim = Simulator(demo_store(epoch=0.0))
    began = time.perf_counter()
    sim.advance_to(HOURS * 3600)
    return time.perf_counter() - began


def _raw_normals() -> float:
    rng = np.random.default_rng(0)
    began = time.perf_counter()
    for _ in DEMO_CHANNELS:
        rng.normal(0.0, 1.0, HOURS * 3600 + 1)
    return time.perf_counter() - began


def run() -> list[Figure]:
    sim = median([_simulate() for _ in range(3)])
    raw = median([_raw_normals() for _ in range(3)])
    samples = len(DEMO_CHANNELS) * (HOURS * 3600 + 1)
    return [
        Figure("simulator.48h_all_channels", sim, "s", raw, "numpy normals, same count"),
        Figure("simulator.samples_per_s", samples / sim, "1/s"),
    ]
