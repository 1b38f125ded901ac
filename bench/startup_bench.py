#!/usr/bin/env python3
"""Launch-to-first-paint time and peak memory of Pilot Zones against a bare Qt Widgets program.

Both programs are built in the same tree and run alternately, so machine noise hits both alike; the result is
reported as ratios. Each run starts the program with PILOTZONES_FIRST_PAINT_PROBE=1, which makes it print the
monotonic clock at its first paint and quit; peak memory is the child's ru_maxrss.

  bench/startup_bench.py --build build/tests [--runs 20]

Needs a display (run under Xvfb: scripts/bench.sh does) or QT_QPA_PLATFORM=offscreen.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(program, env):
    start = time.monotonic_ns()
    process = subprocess.Popen([program], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"{program} exited with status {status}")
    for line in output.splitlines():
        if line.startswith("first-paint-ns "):
            painted = int(line.split()[1])
            return (painted - start) / 1e6, usage.ru_maxrss / 1024.0
    raise RuntimeError(f"{program} printed no first-paint time")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, help="the CMake build directory")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    app = os.path.join(args.build, "app", "pilotzones")
    bare = os.path.join(args.build, "bench", "bare_window")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, PILOTZONES_FIRST_PAINT_PROBE="1", HOME=home, XDG_CONFIG_HOME=home,
                   XDG_DATA_HOME=home, XDG_CACHE_HOME=os.path.join(home, "cache"))
        results = {app: [], bare: []}
        for program in (app, bare):  # warm the page cache; not counted
            run_once(program, env)
        for _ in range(args.runs):
            for program in (app, bare):
                results[program].append(run_once(program, env))

    def summary(samples):
        times = [t for t, _ in samples]
        memory = [m for _, m in samples]
        return statistics.median(times), min(times), max(memory)

    app_time, app_best, app_mem = summary(results[app])
    bare_time, bare_best, bare_mem = summary(results[bare])
    print(f"runs: {args.runs} each, alternating")
    print(f"pilotzones   first paint median {app_time:7.1f} ms (best {app_best:.1f}), peak RSS {app_mem:6.1f} MiB")
    print(f"bare_window  first paint median {bare_time:7.1f} ms (best {bare_best:.1f}), peak RSS {bare_mem:6.1f} MiB")
    print(f"time ratio (median) {app_time / bare_time:.2f}  (goal <= 1.30)")
    print(f"extra memory {app_mem - bare_mem:+.1f} MiB  (goal <= 16 MiB)")
    ok = app_time / bare_time <= 1.3 and app_mem - bare_mem <= 16
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
