#!/usr/bin/env python3
"""Launch-to-first-paint time and peak memory of Pilot Zones against a bare Qt Widgets program.

Both programs are built in the same tree and run alternately, so machine noise hits both alike; the result is
reported as ratios. Each run starts the program with PILOTZONES_FIRST_PAINT_PROBE=1, which makes it print the
monotonic clock at its first paint and quit; peak memory is the child's ru_maxrss. Every run is a first run: it
gets a HOME (and XDG directories) of its own, fresh and empty.

  bench/startup_bench.py --build build/release [--runs 20] [--language zh_CN] [--compare NAME=PROGRAM ...]

--language runs every program in that language (LANGUAGE, LANG and LC_ALL), the bare program included, which
then labels its window in that language too. --compare adds programs to the same alternation (another build of
Pilot Zones, say) and reports each against the bare program as well.

Needs a display (run under Xvfb: scripts/bench.sh does) or QT_QPA_PLATFORM=offscreen.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(program, env):
    home = tempfile.mkdtemp(prefix="pz-startup-")
    try:
        env = dict(env, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"))
        start = time.monotonic_ns()
        process = subprocess.Popen([program], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        output = process.stdout.read().decode()
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        shutil.rmtree(home, ignore_errors=True)
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
    parser.add_argument("--language", help="a locale such as zh_CN, for every program")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=PROGRAM",
                        help="another program to run in the same alternation")
    args = parser.parse_args()

    programs = {"pilotzones": os.path.join(args.build, "app", "pilotzones"),
                "bare_window": os.path.join(args.build, "bench", "bare_window")}
    for item in args.compare:
        name, _, path = item.partition("=")
        if not path:
            parser.error(f"--compare wants NAME=PROGRAM, not {item}")
        programs[name] = path

    env = dict(os.environ, PILOTZONES_FIRST_PAINT_PROBE="1")
    if args.language:
        env.update(LANGUAGE=args.language, LANG=f"{args.language}.UTF-8", LC_ALL=f"{args.language}.UTF-8")
    results = {name: [] for name in programs}
    for path in programs.values():  # warm the page cache; not counted
        run_once(path, env)
    for _ in range(args.runs):
        for name, path in programs.items():
            results[name].append(run_once(path, env))

    def summary(samples):
        times = [t for t, _ in samples]
        memory = [m for _, m in samples]
        return statistics.median(times), min(times), max(memory)

    stats = {name: summary(samples) for name, samples in results.items()}
    bare_time, _, bare_mem = stats["bare_window"]
    print(f"runs: {args.runs} each, alternating; language: {args.language or 'the environment'}")
    for name, (median, best, peak) in stats.items():
        print(f"{name:14} first paint median {median:7.1f} ms (best {best:.1f}), peak RSS {peak:6.1f} MiB")
    ok = True
    for name, (median, _, peak) in stats.items():
        if name == "bare_window":
            continue
        print(f"{name:14} time ratio (median) {median / bare_time:.2f}  (goal <= 1.20); "
              f"extra memory {peak - bare_mem:+.1f} MiB  (goal <= 16 MiB)")
        if name == "pilotzones":
            ok = median / bare_time <= 1.2 and peak - bare_mem <= 16
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
