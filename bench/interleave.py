#!/usr/bin/env python3
"""Whole-process wall time of several commands, measured round by round in one run (each round runs every command
once, in turn), so a busy moment of the machine falls on all of them alike. One warm-up run each first.
Usage: interleave.py RUNS NAME=COMMAND [NAME=COMMAND ...]   (the first command is the baseline of the ratios)
Prints each command's median and mean in milliseconds and its median's ratio to the baseline's."""
import shlex, statistics, subprocess, sys, time

runs = int(sys.argv[1])
commands = [(arg.split("=", 1)[0], shlex.split(arg.split("=", 1)[1])) for arg in sys.argv[2:]]

def once(argv):
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited with {done.returncode}: {done.stderr.decode().strip()}")
    return elapsed

for _, argv in commands:
    once(argv)
times = {name: [] for name, _ in commands}
for _ in range(runs):
    for name, argv in commands:
        times[name].append(once(argv))
base = statistics.median(times[commands[0][0]])
width = max(len(name) for name, _ in commands)
print(f"{'command':{width}}  {'median ms':>9}  {'mean ms':>8}  {'× ' + commands[0][0]:>10}")
for name, _ in commands:
    median = statistics.median(times[name])
    print(f"{name:{width}}  {median:9.0f}  {statistics.mean(times[name]):8.0f}  {median / base:10.2f}")
