#!/usr/bin/env python3
"""Runs, exports and summarises parameter campaigns of the hmipv6 handoff examples.

A campaign is the Cartesian product of parameter grids and seeds. Each run calls the
example program once with ``--RngRun=<seed> --outDir=<DIR>/runs/<run-id>``, the fixed
flags given after ``--`` and one ``--NAME=VALUE`` per grid parameter; the program writes
``<outDir>/handoffs.csv``. ``aggregate`` then groups the handoffs of all runs by the grid
parameters and prints means with 95% confidence intervals.

``run``, ``emit`` and ``aggregate`` need only the Python standard library; plots need
matplotlib (Debian: ``apt-get install python3-matplotlib``, then run the tool with
``/usr/bin/python3``).

Usage examples::

  # 2 protocols x 3 home-agent delays x 10 seeds = 60 runs on all local cores
  tools/hmipv6-campaign.py run --program build/examples/hmipv6-handoff-latency \\
      --out results/ha-delay --grid protocol=hmipv6,mipv6 --grid haDelay=10,50,100 \\
      --seeds 10 -- --move=intra --rate=100 --handoffs=5

  # finish an interrupted campaign or retry failed runs (completed runs are kept)
  tools/hmipv6-campaign.py run --resume --program ... (same options as before)

  # the same campaign as a Slurm job array (writes ha-delay.sbatch and ha-delay.list)
  tools/hmipv6-campaign.py emit --format slurm --output ha-delay.sbatch \\
      --program /shared/ns-3/build/.../hmipv6-handoff-latency --out /shared/results/ha-delay \\
      --grid protocol=hmipv6,mipv6 --grid haDelay=10,50,100 --seeds 10 -- --move=intra

  # one command line per run, e.g. for your own scheduler
  tools/hmipv6-campaign.py emit --format list --program ... --out ... --grid ... --seeds 5

  # summary.csv, a text table and a figure with latency vs haDelay, one line per protocol
  tools/hmipv6-campaign.py aggregate results/ha-delay --x haDelay --plot ha-delay.png

Exit status: 0 success, 1 at least one run failed, 2 bad input, 3 a requested plot could
not be made because matplotlib is missing.
"""
import argparse
import concurrent.futures
import csv
import itertools
import json
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time

TOOL = "hmipv6-campaign"

REQUIRED_COLUMNS = [
    "protocol", "move", "ha_delay_ms", "handoff", "t_l2_down_s", "t_l2_up_s", "t_ra_s",
    "t_coa_ready_s", "t_reg_sent_s", "t_reg_acked_s", "t_first_packet_s", "latency_ms",
    "lost_packets", "internet_signalling_packets",
]
DEFAULT_METRICS = ["latency_ms", "lost_packets", "internet_signalling_packets"]
DEFAULT_PLOT_METRICS = ["latency_ms", "lost_packets"]
# Flags the tool sets itself; they may be neither grid parameters nor fixed flags.
RESERVED_FLAGS = {"RngRun", "outDir"}
SEED_KEY = "seed"
GRID_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:\-]*$")

METRIC_LABELS = {
    "latency_ms": ("Handoff latency", "ms"),
    "lost_packets": ("Lost packets", "packets"),
    "internet_signalling_packets": ("Internet signalling", "packets"),
    "signalling_packets": ("Signalling", "packets"),
    "registrations": ("Registrations", "messages"),
    "flow_sent": ("Flow packets sent", "packets"),
}
PARAM_UNITS = {
    "haDelay": "ms", "l2Outage": "ms", "raMin": "ms", "raMax": "ms", "rate": "packets/s",
}

# Two-sided 95% Student t quantiles t(0.975, df) for df = 1..30.
T975 = [
    12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
    2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
    2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
    2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
    2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
    2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
]
Z975 = 1.959963984540054


class UserError(Exception):
    """A problem with the user's input, reported as one message without a traceback."""


# --------------------------------------------------------------------------- helpers

def warn(message):
    """Prints a warning line on stderr."""
    print(f"{TOOL}: warning: {message}", file=sys.stderr)


def t_quantile_975(df):
    """Returns the 0.975 quantile of Student's t distribution with df degrees of freedom.

    Exact table values for df 1..30; beyond, the Cornish-Fisher expansion around the
    normal quantile (error below 1e-6 for df > 30).
    """
    if df < 1:
        raise ValueError("degrees of freedom must be at least 1")
    if df <= len(T975):
        return T975[int(df) - 1]
    z = Z975
    v = float(df)
    return (z
            + (z ** 3 + z) / (4 * v)
            + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * v ** 3)
            + (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z)
            / (92160 * v ** 4))


def sample_stats(samples):
    """Returns (n, mean, sample sd, 95% CI half-width) of a list of numbers.

    The mean is None without samples; sd and CI are None with fewer than two samples.
    """
    n = len(samples)
    if n == 0:
        return 0, None, None, None
    mean = math.fsum(samples) / n
    if n < 2:
        return n, mean, None, None
    var = math.fsum((x - mean) ** 2 for x in samples) / (n - 1)
    sd = math.sqrt(var)
    return n, mean, sd, t_quantile_975(n - 1) * sd / math.sqrt(n)


def format_duration(seconds):
    """Formats a number of seconds as H:MM:SS."""
    seconds = int(round(max(0.0, seconds)))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def write_json(path, data):
    """Writes data as indented JSON to path atomically (temporary file, then rename)."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)


def read_json(path):
    """Reads a JSON file; a file that cannot be read or parsed is a UserError."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise UserError(f"{path}: cannot read JSON ({e})") from None


def is_number(text):
    """Tells whether text parses as a finite float."""
    try:
        return math.isfinite(float(text))
    except (TypeError, ValueError):
        return False


def value_sort_key(values):
    """Returns a sort key function for the values of one parameter.

    Numeric when every value is a number, otherwise by text.
    """
    if all(is_number(v) for v in values):
        return lambda v: (float(v), v)
    return lambda v: (0.0, str(v))


# --------------------------------------------------------------------------- campaign definition

def split_fixed_flags(argv):
    """Splits argv at the first '--' into (tool arguments, fixed program flags)."""
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []


def flag_name(token):
    """Returns the flag name of a '--name=value' or '--name' token, or None for non-flags."""
    if not token.startswith("-"):
        return None
    return token.lstrip("-").split("=", 1)[0]


def parse_grid(specs):
    """Parses '--grid NAME=V1,V2,...' options into an ordered dict NAME -> [values]."""
    grid = {}
    for spec in specs or []:
        if "=" not in spec:
            raise UserError(f"malformed --grid '{spec}': expected NAME=V1,V2,...")
        name, _, rest = spec.partition("=")
        name = name.strip().lstrip("-")
        if not GRID_NAME_RE.match(name):
            raise UserError(f"malformed --grid '{spec}': '{name}' is not a flag name")
        if name in RESERVED_FLAGS or name == SEED_KEY:
            raise UserError(f"--grid {name}: '{name}' is set by the tool "
                            "(use --seeds / --seed-list for seeds)")
        if name in grid:
            raise UserError(f"--grid {name} given twice; list all values in one option")
        values = [v.strip() for v in rest.split(",")]
        if any(v == "" for v in values):
            raise UserError(f"malformed --grid '{spec}': empty value")
        if len(set(values)) != len(values):
            raise UserError(f"malformed --grid '{spec}': repeated value")
        grid[name] = values
    return grid


def parse_seeds(seeds, seed_list):
    """Returns the list of seeds (RngRun values) from --seeds N or --seed-list A,B,..."""
    if seed_list is not None:
        try:
            values = [int(s) for s in seed_list.split(",")]
        except ValueError:
            raise UserError(f"malformed --seed-list '{seed_list}': "
                            "expected integers separated by commas") from None
        if any(v < 0 for v in values):
            raise UserError("--seed-list: seeds must not be negative")
        if len(set(values)) != len(values):
            raise UserError("--seed-list: repeated seed")
        return values
    n = 1 if seeds is None else seeds
    if n < 1:
        raise UserError("--seeds must be at least 1")
    return list(range(1, n + 1))


def check_fixed_flags(fixed, grid):
    """Rejects fixed flags that the tool sets itself or that a grid also sets."""
    for token in fixed:
        name = flag_name(token)
        if name in RESERVED_FLAGS:
            raise UserError(f"fixed flag '{token}': --{name} is set by the tool for each run")
        if name in grid:
            raise UserError(f"fixed flag '{token}': --{name} is also a --grid parameter")


def sanitize(text):
    """Makes text safe for a folder name: keeps letters, digits and . + -, else '-'."""
    return re.sub(r"[^A-Za-z0-9.+\-]", "-", text)


def make_run_id(values, seed):
    """Returns the readable, stable run id, e.g. 'protocol=hmipv6_haDelay=10_seed=1'."""
    parts = [f"{sanitize(k)}={sanitize(v)}" for k, v in values.items()]
    parts.append(f"{SEED_KEY}={seed}")
    return "_".join(parts)


def build_runs(grid, seeds):
    """Returns the list of runs (dicts with id, grid values, seed): grid product x seeds."""
    names = list(grid)
    runs = []
    seen = {}
    for combo in itertools.product(*(grid[n] for n in names)):
        values = dict(zip(names, combo))
        for seed in seeds:
            run_id = make_run_id(values, seed)
            if run_id in seen:
                raise UserError(f"grid values {seen[run_id]} and {values} give the same "
                                f"run id '{run_id}'; use values that differ in letters or digits")
            seen[run_id] = values
            runs.append({"id": run_id, "grid": values, "seed": seed})
    return runs


def build_command(program, run_out_dir, seed, fixed, values):
    """Returns the argument list of one run."""
    cmd = [program, f"--RngRun={seed}", f"--outDir={run_out_dir}"]
    cmd.extend(fixed)
    cmd.extend(f"--{k}={v}" for k, v in values.items())
    return cmd


def resolve_program(program):
    """Returns the absolute path of an executable program, or raises UserError."""
    if os.sep in program:
        path = os.path.abspath(program)
        if not os.path.exists(path):
            raise UserError(f"unknown program '{program}': no such file")
    else:
        found = shutil.which(program)
        if found is None:
            if os.path.exists(program):
                found = program
            else:
                raise UserError(f"unknown program '{program}': not a file and not on PATH")
        path = os.path.abspath(found)
    if os.path.isdir(path):
        raise UserError(f"program '{program}' is a directory")
    if not os.access(path, os.X_OK):
        raise UserError(f"program '{program}' is not executable (chmod +x?)")
    return path


def campaign_from_args(args, fixed):
    """Parses and checks the options shared by run and emit; returns (grid, seeds, runs)."""
    grid = parse_grid(args.grid)
    seeds = parse_seeds(args.seeds, args.seed_list)
    check_fixed_flags(fixed, grid)
    return grid, seeds, build_runs(grid, seeds)


# --------------------------------------------------------------------------- run

class Progress:
    """Reports campaign progress on stderr: one line updated in place on a terminal,
    periodic lines otherwise."""

    def __init__(self, total, skipped, stream=sys.stderr, interval=30.0):
        """Starts the clock for total runs of which skipped were already done."""
        self.total = total
        self.done = skipped
        self.skipped = skipped
        self.failed = 0
        self.stream = stream
        self.tty = stream.isatty()
        self.interval = interval
        self.start = time.monotonic()
        self.last_line = 0.0
        self.lock = threading.Lock()

    def text(self):
        """Returns the progress line: runs done/total, failures, elapsed and time left."""
        elapsed = time.monotonic() - self.start
        executed = self.done - self.skipped
        remaining = self.total - self.done
        if executed > 0 and remaining > 0:
            left = format_duration(elapsed / executed * remaining)
        elif remaining == 0:
            left = "0:00:00"
        else:
            left = "?"
        return (f"[{self.done}/{self.total} runs] {self.failed} failed, "
                f"elapsed {format_duration(elapsed)}, left ~{left}")

    def show(self, force=False):
        """Prints the progress line (in place on a tty; at most every interval otherwise)."""
        with self.lock:
            now = time.monotonic()
            if self.tty:
                self.stream.write("\r\x1b[K" + self.text())
                self.stream.flush()
            elif force or now - self.last_line >= self.interval:
                self.stream.write(self.text() + "\n")
                self.stream.flush()
                self.last_line = now

    def message(self, text):
        """Prints a message line without garbling the in-place progress line."""
        with self.lock:
            if self.tty:
                self.stream.write("\r\x1b[K")
            self.stream.write(text.rstrip("\n") + "\n")
            self.stream.flush()

    def finish(self):
        """Prints the final progress line and ends the in-place line."""
        self.show(force=True)
        if self.tty:
            with self.lock:
                self.stream.write("\n")
                self.stream.flush()


def tail(path, lines=10):
    """Returns the last lines of a text file ('' if it cannot be read)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


class Runner:
    """Executes runs in parallel subprocesses and records each one's params.json."""

    def __init__(self, program, out_dir, fixed, timeout):
        """Keeps the campaign settings; out_dir is the campaign's absolute folder."""
        self.program = program
        self.out_dir = out_dir
        self.fixed = fixed
        self.timeout = timeout
        self.live = set()
        self.lock = threading.Lock()
        self.stopping = False

    def run_dir(self, run):
        """Returns the folder of one run."""
        return os.path.join(self.out_dir, "runs", run["id"])

    def execute(self, run):
        """Runs one simulation; returns its params dict (with exit code and wall time)."""
        run_dir = self.run_dir(run)
        if os.path.isdir(run_dir):
            shutil.rmtree(run_dir)  # no stale handoffs.csv from an earlier attempt
        os.makedirs(run_dir)
        cmd = build_command(self.program, run_dir, run["seed"], self.fixed, run["grid"])
        params = {
            "run_id": run["id"],
            "grid": run["grid"],
            "seed": run["seed"],
            "program": self.program,
            "fixed_flags": self.fixed,
            "command": cmd,
            "command_line": shlex.join(cmd),
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        start = time.monotonic()
        timed_out = False
        with open(os.path.join(run_dir, "stdout.txt"), "wb") as out, \
                open(os.path.join(run_dir, "stderr.txt"), "wb") as err:
            with self.lock:
                if self.stopping:
                    return None
                try:
                    proc = subprocess.Popen(cmd, stdout=out, stderr=err,
                                            stdin=subprocess.DEVNULL)
                except OSError as e:
                    err.write(f"cannot start {self.program}: {e}\n".encode())
                    proc = None
                if proc is not None:
                    self.live.add(proc)
            if proc is None:
                code = 127
            else:
                try:
                    code = proc.wait(timeout=self.timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    code = proc.wait()
                    timed_out = True
                    err.write(f"\n{TOOL}: killed after --timeout {self.timeout} s\n".encode())
                with self.lock:
                    self.live.discard(proc)
        if self.stopping:
            return None  # interrupted: leave no params.json, so --resume reruns it
        params["exit_code"] = code
        params["timed_out"] = timed_out
        params["wall_time_s"] = round(time.monotonic() - start, 3)
        write_json(os.path.join(run_dir, "params.json"), params)
        return params

    def stop(self):
        """Stops starting runs and terminates the running ones."""
        with self.lock:
            self.stopping = True
            for proc in list(self.live):
                try:
                    proc.terminate()
                except OSError:
                    pass


def is_completed(run_dir):
    """Tells whether a run folder holds a params.json with exit code 0."""
    path = os.path.join(run_dir, "params.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f).get("exit_code") == 0
    except (OSError, ValueError, AttributeError):
        return False


def update_campaign_json(out_dir, program, grid, seeds, fixed, resume):
    """Writes DIR/campaign.json; an existing one with another program or fixed flags is an
    error, and with --resume its grid values and seeds are merged in."""
    path = os.path.join(out_dir, "campaign.json")
    merged_grid = {k: list(v) for k, v in grid.items()}
    merged_seeds = list(seeds)
    if os.path.exists(path):
        old = read_json(path)
        for key, new in (("program", program), ("fixed_flags", fixed)):
            if old.get(key) != new:
                raise UserError(
                    f"{path} was written for {key} {old.get(key)!r}, not {new!r}: results "
                    "would mix; use another --out (or delete campaign.json to override)")
        if resume:
            if set(old.get("grid", {})) != set(grid):
                raise UserError(f"{path} has grid parameters {sorted(old.get('grid', {}))}, "
                                f"not {sorted(grid)}: use another --out")
            for k, vals in old.get("grid", {}).items():
                merged_grid[k] = list(vals) + [v for v in merged_grid[k] if v not in vals]
            merged_seeds = list(old.get("seeds", [])) + [
                s for s in seeds if s not in old.get("seeds", [])]
    write_json(path, {
        "tool": TOOL,
        "program": program,
        "grid": merged_grid,
        "seeds": merged_seeds,
        "fixed_flags": fixed,
        "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    })


def cmd_run(args, fixed):
    """The 'run' subcommand: runs the campaign on local cores; returns the exit status."""
    grid, seeds, runs = campaign_from_args(args, fixed)
    program = resolve_program(args.program)
    if args.jobs is not None and args.jobs < 1:
        raise UserError("--jobs must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        raise UserError("--timeout must be positive")
    jobs = args.jobs or os.cpu_count() or 1
    out_dir = os.path.abspath(args.out)
    try:
        os.makedirs(os.path.join(out_dir, "runs"), exist_ok=True)
    except OSError as e:
        raise UserError(f"cannot create output folder {args.out}: {e}") from None
    update_campaign_json(out_dir, program, grid, seeds, fixed, args.resume)

    runner = Runner(program, out_dir, fixed, args.timeout)
    todo, skipped = [], 0
    for run in runs:
        if args.resume and is_completed(runner.run_dir(run)):
            skipped += 1
        else:
            todo.append(run)
    if not args.resume:
        redo = sum(1 for r in runs if is_completed(runner.run_dir(r)))
        if redo:
            warn(f"{redo} completed run(s) in {args.out} are run again "
                 "(use --resume to keep them)")
    progress = Progress(len(runs), skipped, interval=args.progress_interval)
    progress.message(f"{TOOL}: {len(runs)} runs ({len(runs) // len(seeds)} parameter "
                     f"set(s) x {len(seeds)} seed(s)), {skipped} already done, {len(todo)} to run "
                     f"on {jobs} job(s); output in {args.out}")
    failed = []
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
    try:
        pending = {executor.submit(runner.execute, run): run for run in todo}
        if pending:
            progress.show(force=True)
        while pending:
            done, _ = concurrent.futures.wait(
                pending, timeout=1.0, return_when=concurrent.futures.FIRST_COMPLETED)
            for fut in done:
                run = pending.pop(fut)
                params = fut.result()
                progress.done += 1
                if params is None:
                    continue
                if params["exit_code"] != 0:
                    progress.failed += 1
                    failed.append(run["id"])
                    err_tail = tail(os.path.join(runner.run_dir(run), "stderr.txt"))
                    what = "timed out" if params["timed_out"] else \
                        f"exit code {params['exit_code']}"
                    progress.message(
                        f"FAILED {run['id']} ({what}); command: {params['command_line']}\n"
                        + ("".join(f"  | {line}\n" for line in err_tail.splitlines())
                           or "  (no stderr)\n"))
            if pending:
                progress.show()
    except KeyboardInterrupt:
        runner.stop()
        executor.shutdown(wait=True, cancel_futures=True)
        progress.message(f"\n{TOOL}: interrupted; {progress.done}/{len(runs)} runs done. "
                         "Run again with --resume to finish.")
        return 130
    executor.shutdown(wait=True)
    progress.finish()
    if failed:
        print(f"{TOOL}: {len(failed)} of {len(runs)} runs failed (see runs/<id>/stderr.txt):",
              file=sys.stderr)
        for run_id in failed:
            print(f"  {run_id}", file=sys.stderr)
        print(f"{TOOL}: fix the cause and rerun with --resume to redo only failed runs",
              file=sys.stderr)
        return 1
    return 0


# --------------------------------------------------------------------------- emit

def emitted_line(program, out_dir, run, fixed):
    """Returns the shell command line of one run for cluster use.

    It creates the run folder, runs the program with stdout/stderr captured there and then
    writes params.json with the exit code, so that 'aggregate' works on the results.
    """
    run_dir = f"{out_dir.rstrip('/')}/runs/{run['id']}"
    cmd = build_command(program, run_dir, run["seed"], fixed, run["grid"])
    params = {
        "run_id": run["id"], "grid": run["grid"], "seed": run["seed"], "program": program,
        "fixed_flags": fixed, "command": cmd, "command_line": shlex.join(cmd),
    }
    prefix = json.dumps(params)[:-1] + ', "exit_code": '
    q = shlex.quote
    return (f"mkdir -p {q(run_dir)} && ({shlex.join(cmd)} >{q(run_dir + '/stdout.txt')} "
            f"2>{q(run_dir + '/stderr.txt')}; rc=$?; printf '%s%s}}\\n' {q(prefix)} \"$rc\" "
            f">{q(run_dir + '/params.json')}; exit $rc)")


def slurm_script(list_abs, list_name, count, args):
    """Returns the text of an sbatch job-array script running one list line per task."""
    throttle = f"%{args.max_concurrent}" if args.max_concurrent else ""
    extra = ""
    if args.partition:
        extra += f"#SBATCH --partition={args.partition}\n"
    if args.mem:
        extra += f"#SBATCH --mem={args.mem}\n"
    return f"""#!/bin/bash
#SBATCH --job-name={args.job_name}
#SBATCH --array=0-{count - 1}{throttle}
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=1
#SBATCH --time={args.time}
#SBATCH --output=slurm-%A_%a.out
{extra}#
# Generated by {TOOL}.py emit --format slurm: {count} runs, one per array task.
# Task i runs line i+1 of {list_name} (written next to this script).
# Submit with:   sbatch {os.path.basename(args.output)}
# Afterwards copy the output folder ({args.out}) to your machine if needed and run:
#   tools/{TOOL}.py aggregate {args.out}
# Failed tasks: look at runs/<id>/stderr.txt; emit again and resubmit, or rerun their lines.
set -euo pipefail
LIST="${{CAMPAIGN_LIST:-{list_abs}}}"
if [ ! -f "$LIST" ]; then LIST="${{SLURM_SUBMIT_DIR:-.}}/{list_name}"; fi
task="${{SLURM_ARRAY_TASK_ID:?run this script as a Slurm array job: sbatch $0}}"
line=$(sed -n "$((task + 1))p" "$LIST")
if [ -z "$line" ]; then
    echo "no line $((task + 1)) in $LIST" >&2
    exit 1
fi
exec bash -c "$line"
"""


def parallel_script(list_abs, list_name, count, args):
    """Returns the text of a script that runs the list with GNU parallel over ssh hosts."""
    login = args.sshloginfile or "sshloginfile"
    return f"""#!/bin/bash
# Generated by {TOOL}.py emit --format parallel: {count} runs with GNU parallel.
# Runs every line of {list_name} (written next to this script) on the hosts of the
# sshlogin file: one host per line, e.g. "8/user@node1" for 8 jobs on node1, or ":" for
# this machine (see 'man parallel', --sshloginfile). The hosts must see the program and
# the output folder at the same paths (shared file system); jobs start in the current
# folder (--wd .). Extra arguments go to parallel, e.g. --resume-failed to retry failures
# (with the same --joblog).
#
# Usage:   SSHLOGINFILE=nodes.txt ./{os.path.basename(args.output)} [parallel options]
# Afterwards copy the output folder ({args.out}) back if needed and run:
#   tools/{TOOL}.py aggregate {args.out}
set -euo pipefail
here=$(cd "$(dirname "${{BASH_SOURCE[0]}}")" && pwd)
LIST="${{CAMPAIGN_LIST:-$here/{list_name}}}"
SSHLOGINFILE="${{SSHLOGINFILE:-{login}}}"
if [ ! -f "$SSHLOGINFILE" ]; then
    echo "sshlogin file '$SSHLOGINFILE' not found: set SSHLOGINFILE=FILE" >&2
    exit 2
fi
exec parallel --sshloginfile "$SSHLOGINFILE" --wd . --joblog "$LIST.joblog" "$@" \\
    bash -c {{}} :::: "$LIST"
"""


def cmd_emit(args, fixed):
    """The 'emit' subcommand: writes the campaign as a list, a GNU parallel or a Slurm
    script; returns the exit status."""
    grid, seeds, runs = campaign_from_args(args, fixed)
    if not (shutil.which(args.program) or os.path.exists(args.program)):
        warn(f"program '{args.program}' is not found here; it must exist on the nodes")
    relative = [p for p in (args.program, args.out) if os.sep in p and not os.path.isabs(p)]
    if relative:
        warn(f"relative path(s) {', '.join(relative)}: they are resolved in each job's "
             "working folder; absolute paths are safer on a cluster")
    lines = [emitted_line(args.program, args.out, run, fixed) for run in runs]
    listing = "".join(line + "\n" for line in lines)
    if args.format == "list":
        if args.output:
            write_text(args.output, listing)
        else:
            sys.stdout.write(listing)
        return 0
    if not args.output:
        raise UserError(f"--format {args.format} needs --output FILE "
                        "(the list of runs is written next to it)")
    stem, _ = os.path.splitext(args.output)
    list_path = stem + ".list"
    if os.path.abspath(list_path) == os.path.abspath(args.output):
        raise UserError(f"--output {args.output}: use another extension than .list "
                        "(the list of runs goes to that name)")
    list_abs = os.path.abspath(list_path)
    list_name = os.path.basename(list_path)
    make = slurm_script if args.format == "slurm" else parallel_script
    write_text(list_path, listing)
    write_text(args.output, make(list_abs, list_name, len(runs), args), executable=True)
    print(f"{TOOL}: wrote {args.output} and {list_path} ({len(runs)} runs)", file=sys.stderr)
    return 0


def write_text(path, text, executable=False):
    """Writes a text file (optionally executable); errors become UserError."""
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        if executable:
            os.chmod(path, os.stat(path).st_mode | 0o111)
    except OSError as e:
        raise UserError(f"cannot write {path}: {e}") from None


# --------------------------------------------------------------------------- aggregate

def read_handoffs(path, metrics):
    """Reads one handoffs.csv; returns a list of dicts metric -> float or None (empty).

    Raises UserError naming the file for a missing file, a header without the required
    columns or a requested metric, and for non-numeric or malformed cells.
    """
    try:
        f = open(path, newline="", encoding="utf-8")
    except OSError as e:
        raise UserError(f"cannot read {path}: {e.strerror}") from None
    with f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            raise UserError(f"{path}: empty file, expected a header line starting with "
                            f"{','.join(REQUIRED_COLUMNS[:3])},...")
        header = [h.strip() for h in header]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise UserError(f"{path}: header lacks column(s) {', '.join(missing)} "
                            f"(header is: {','.join(header)})")
        absent = [m for m in metrics if m not in header]
        if absent:
            raise UserError(f"{path}: no column {', '.join(absent)} for --metrics "
                            f"(header is: {','.join(header)})")
        index = {m: header.index(m) for m in metrics}
        rows = []
        for row in reader:
            if not row or all(not c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise UserError(f"{path}, line {reader.line_num}: {len(row)} cells, "
                                f"the header has {len(header)}")
            values = {}
            for m, i in index.items():
                cell = row[i].strip()
                if cell == "":
                    values[m] = None
                    continue
                try:
                    v = float(cell)
                except ValueError:
                    v = float("nan")
                if not math.isfinite(v):
                    raise UserError(f"{path}, line {reader.line_num}: column {m} holds "
                                    f"'{cell}', not a number (empty means not observed)")
                values[m] = v
            rows.append(values)
        return rows


def load_runs(campaign_dir, metrics, allow_missing, include_failed=False):
    """Reads every run folder of a campaign; returns (runs, grid parameter names).

    Runs without params.json (interrupted) are skipped with a warning, and so are failed
    runs (nonzero exit code) unless include_failed, which reads their handoffs.csv too.
    """
    if not os.path.isdir(campaign_dir):
        raise UserError(f"no such folder: {campaign_dir}")
    runs_dir = os.path.join(campaign_dir, "runs")
    if not os.path.isdir(runs_dir):
        raise UserError(f"{campaign_dir} has no runs/ folder; is it a campaign output "
                        f"folder (run --out / emit --out)?")
    names = []
    campaign_json = os.path.join(campaign_dir, "campaign.json")
    if os.path.exists(campaign_json):
        names = list(read_json(campaign_json).get("grid", {}))
    runs, incomplete, failed, missing = [], [], [], []
    for entry in sorted(os.listdir(runs_dir)):
        run_dir = os.path.join(runs_dir, entry)
        if not os.path.isdir(run_dir):
            continue
        params_path = os.path.join(run_dir, "params.json")
        if not os.path.exists(params_path):
            incomplete.append(entry)
            continue
        params = read_json(params_path)
        if not isinstance(params, dict) or not isinstance(params.get("grid"), dict) \
                or SEED_KEY not in params:
            raise UserError(f"{params_path}: not a run's params.json (needs 'grid' and 'seed')")
        code = params.get("exit_code")
        if code is not None and code != 0 and not include_failed:
            failed.append(entry)
            continue
        csv_path = os.path.join(run_dir, "handoffs.csv")
        if not os.path.exists(csv_path):
            if code is not None and code != 0:
                failed.append(entry)
                continue
            if allow_missing:
                missing.append(entry)
                continue
            raise UserError(f"missing {csv_path} (the run reports success); "
                            "use --allow-missing to skip such runs")
        values = {k: str(v) for k, v in params["grid"].items()}
        for k in values:
            if k not in names:
                names.append(k)
        values[SEED_KEY] = str(params[SEED_KEY])
        runs.append({"id": entry, "params": values, "rows": read_handoffs(csv_path, metrics)})
    for what, ids in (("incomplete run(s) without params.json", incomplete),
                      ("failed run(s)", failed), ("run(s) without handoffs.csv", missing)):
        if ids:
            warn(f"skipped {len(ids)} {what}: {', '.join(ids[:5])}"
                 + (" ..." if len(ids) > 5 else "")
                 + (" (see --include-failed)"
                    if ids is failed and not include_failed else ""))
    if not runs:
        raise UserError(f"no completed runs with handoffs.csv under {runs_dir}")
    return runs, names


def summarize(runs, by, metrics, per_handoff):
    """Groups runs by the parameters in 'by'; returns a list of group summaries.

    Each summary has 'key' (values of 'by'), 'runs', 'handoffs' and per metric a dict with
    n, mean, sd, ci95 and not_observed. Samples are per-run means, or every observed
    handoff with per_handoff.
    """
    groups = {}
    for run in runs:
        key = tuple(run["params"].get(name, "") for name in by)
        groups.setdefault(key, []).append(run)
    sort_keys = [value_sort_key({k[i] for k in groups}) for i in range(len(by))]
    result = []
    for key in sorted(groups, key=lambda k: tuple(f(v) for f, v in zip(sort_keys, k))):
        members = groups[key]
        entry = {"key": key, "runs": len(members),
                 "handoffs": sum(len(r["rows"]) for r in members), "metrics": {}}
        for m in metrics:
            samples, not_observed = [], 0
            for run in members:
                observed = [row[m] for row in run["rows"] if row[m] is not None]
                not_observed += len(run["rows"]) - len(observed)
                if per_handoff:
                    samples.extend(observed)
                elif observed:
                    samples.append(math.fsum(observed) / len(observed))
            n, mean, sd, ci = sample_stats(samples)
            entry["metrics"][m] = {"n": n, "mean": mean, "sd": sd, "ci95": ci,
                                   "not_observed": not_observed}
        result.append(entry)
    return result


def fmt_csv(value):
    """Formats a number for summary.csv ('' for None)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return format(value, ".10g")


def write_summary(path, by, metrics, summary):
    """Writes summary.csv: group parameters, <metric>_mean/_ci95/_sd/_n, runs, handoffs."""
    header = list(by)
    for m in metrics:
        header += [f"{m}_mean", f"{m}_ci95", f"{m}_sd", f"{m}_n"]
    header += ["runs", "handoffs"]
    try:
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for g in summary:
                row = list(g["key"])
                for m in metrics:
                    s = g["metrics"][m]
                    row += [fmt_csv(s["mean"]), fmt_csv(s["ci95"]), fmt_csv(s["sd"]),
                            fmt_csv(s["n"])]
                row += [g["runs"], g["handoffs"]]
                w.writerow(row)
    except OSError as e:
        raise UserError(f"cannot write {path}: {e.strerror}") from None


def fmt_num(value):
    """Formats a number for the text table ('-' for None)."""
    if value is None:
        return "-"
    return f"{value:.3f}"


def format_table(by, metrics, summary, per_handoff):
    """Returns the aligned text table of a summary."""
    header = list(by) + ["runs", "handoffs"]
    for m in metrics:
        header += [f"{m} mean ± ci95", "sd", "n", "not obs."]
    rows = []
    for g in summary:
        row = list(g["key"]) + [str(g["runs"]), str(g["handoffs"])]
        for m in metrics:
            s = g["metrics"][m]
            mean_ci = fmt_num(s["mean"])
            if s["ci95"] is not None:
                mean_ci += f" ± {fmt_num(s['ci95'])}"
            row += [mean_ci, fmt_num(s["sd"]), str(s["n"]), str(s["not_observed"])]
        rows.append(row)
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    nparams = len(by)

    def line(cells):
        """Aligns one row: parameters left, numbers right."""
        return "  ".join(c.ljust(w) if i < nparams else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    basis = ("every observed handoff is a sample" if per_handoff
             else "samples are per-run means")
    text = [f"95% confidence intervals, Student t ({basis}); "
            "'not obs.' = handoffs with an empty cell",
            line(header), line(["-" * w for w in widths])]
    text += [line(r) for r in rows]
    return "\n".join(text) + "\n"


def axis_label(metric):
    """Returns the y axis label of a metric, with its unit."""
    if metric in METRIC_LABELS:
        name, unit = METRIC_LABELS[metric]
    else:
        name, unit = metric, ""
        for suffix, u in (("_ms", "ms"), ("_s", "s"), ("_packets", "packets")):
            if metric.endswith(suffix):
                unit = u
    return f"{name} [{unit}]" if unit else name


def import_pyplot():
    """Imports matplotlib.pyplot with a file-only backend; returns None if missing."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    return plt


def plot_summary(path, by, x_name, metrics, summary, per_handoff):
    """Draws one subplot per metric: mean vs x with 95% CI error bars, one line per value
    of the other group parameters; saves PNG (and SVG when path ends in .svg)."""
    plt = import_pyplot()
    if plt is None:
        raise PlotUnavailable()
    xi = by.index(x_name)
    others = [i for i in range(len(by)) if i != xi]
    lines = {}
    for g in summary:
        label_key = tuple(g["key"][i] for i in others)
        lines.setdefault(label_key, []).append(g)
    fig, axes = plt.subplots(1, len(metrics), figsize=(5.2 * len(metrics), 4.2),
                             squeeze=False)
    x_unit = PARAM_UNITS.get(x_name)
    for ax, m in zip(axes[0], metrics):
        for label_key, groups in lines.items():
            points = sorted((float(g["key"][xi]), g["metrics"][m]) for g in groups
                            if g["metrics"][m]["mean"] is not None)
            if not points:
                continue
            label = ", ".join(f"{by[i]}={v}" for i, v in zip(others, label_key)) or None
            ax.errorbar([p[0] for p in points], [p[1]["mean"] for p in points],
                        yerr=[p[1]["ci95"] or 0.0 for p in points], marker="o",
                        capsize=4, label=label)
        ax.set_xlabel(f"{x_name} [{x_unit}]" if x_unit else x_name)
        ax.set_ylabel(axis_label(m))
        ax.set_title(METRIC_LABELS.get(m, (m,))[0])
        ax.grid(True, alpha=0.3)
        if others and ax.get_legend_handles_labels()[0]:
            ax.legend()
    basis = "per handoff" if per_handoff else "over runs"
    fig.suptitle(f"mean ± 95% CI ({basis})", fontsize=10)
    fig.tight_layout()
    written = []
    try:
        if path.lower().endswith(".svg"):
            fig.savefig(path, format="svg")
            written.append(path)
            png = os.path.splitext(path)[0] + ".png"
        else:
            png = path
        fig.savefig(png, format="png", dpi=150)
        written.append(png)
    except OSError as e:
        raise UserError(f"cannot write plot {path}: {e.strerror}") from None
    finally:
        plt.close(fig)
    return written


class PlotUnavailable(Exception):
    """matplotlib cannot be imported."""


MATPLOTLIB_HINT = (f"{TOOL}: plots need matplotlib, which this Python ({sys.executable}) "
                   "cannot import.\n  Debian/Ubuntu: apt-get install python3-matplotlib, then "
                   "run the tool with /usr/bin/python3")


def split_names(text, option):
    """Splits a comma-separated list of names ('' gives an empty list)."""
    names = [n.strip() for n in text.split(",")] if text.strip() else []
    if any(not n for n in names):
        raise UserError(f"malformed {option} '{text}': empty name")
    if len(set(names)) != len(names):
        raise UserError(f"malformed {option} '{text}': repeated name")
    return names


def cmd_aggregate(args, fixed):
    """The 'aggregate' subcommand: writes summary.csv, prints the table and plots;
    returns the exit status."""
    if fixed:
        raise UserError("aggregate takes no program flags after '--'")
    metrics = split_names(args.metrics, "--metrics") if args.metrics else list(DEFAULT_METRICS)
    if not metrics:
        raise UserError("--metrics: give at least one column")
    plot_metrics = metrics if args.metrics else list(DEFAULT_PLOT_METRICS)
    if args.plot and not args.plot.lower().endswith((".png", ".svg")):
        raise UserError(f"--plot {args.plot}: the file name must end in .png or .svg")
    runs, names = load_runs(args.dir, metrics, args.allow_missing, args.include_failed)
    known = names + [SEED_KEY]
    if args.by is None:
        by = list(names)
    else:
        by = split_names(args.by, "--by")
        unknown = [b for b in by if b not in known]
        if unknown:
            raise UserError(f"--by {', '.join(unknown)}: not a parameter of this campaign "
                            f"(parameters: {', '.join(known)})")
    x_name = args.x
    if x_name is not None and x_name not in by:
        raise UserError(f"--x {x_name}: not one of the group parameters "
                        f"({', '.join(by) or 'none'}); add it to --by")
    summary = summarize(runs, by, metrics, args.per_handoff)
    summary_path = args.summary or os.path.join(args.dir, "summary.csv")
    write_summary(summary_path, by, metrics, summary)
    sys.stdout.write(format_table(by, metrics, summary, args.per_handoff))
    print(f"{TOOL}: {len(runs)} runs in {len(summary)} group(s); wrote {summary_path}",
          file=sys.stderr)
    if not args.plot:
        return 0
    if x_name is None:
        x_name = default_x(by, summary)
    values = [g["key"][by.index(x_name)] for g in summary]
    bad = sorted({v for v in values if not is_number(v)})
    if bad:
        raise UserError(f"--x {x_name}: values must be numeric, not {', '.join(bad)}")
    try:
        written = plot_summary(args.plot, by, x_name, plot_metrics, summary,
                               args.per_handoff)
    except PlotUnavailable:
        print(MATPLOTLIB_HINT, file=sys.stderr)
        return 3
    print(f"{TOOL}: wrote {', '.join(written)}", file=sys.stderr)
    return 0


def default_x(by, summary):
    """Chooses the x parameter of a plot when --x is not given: the first numeric group
    parameter with more than one value."""
    for i, name in enumerate(by):
        values = {g["key"][i] for g in summary}
        if len(values) > 1 and all(is_number(v) for v in values):
            print(f"{TOOL}: plotting against {name} (choose with --x)", file=sys.stderr)
            return name
    raise UserError("--plot needs --x NAME, a numeric group parameter with several values "
                    f"(group parameters: {', '.join(by) or 'none'})")


# --------------------------------------------------------------------------- command line

class Parser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors exit with status 2 and a one-line hint."""

    def error(self, message):
        """Prints the usage error and exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def add_campaign_options(p):
    """Adds the options that define a campaign (shared by run and emit)."""
    p.add_argument("--program", required=True,
                   help="the example program, e.g. build/examples/hmipv6-handoff-latency")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="campaign folder; run i writes DIR/runs/<run-id>/")
    p.add_argument("--grid", action="append", metavar="NAME=V1,V2,...",
                   help="a program flag and its values (repeat for more parameters; the "
                        "campaign is the Cartesian product)")
    seeds = p.add_mutually_exclusive_group()
    seeds.add_argument("--seeds", type=int, metavar="N",
                       help="seeds 1..N, passed as --RngRun (default 1)")
    seeds.add_argument("--seed-list", metavar="A,B,...", help="explicit seeds")


def make_parser():
    """Builds the argument parser with the run, emit and aggregate subcommands."""
    parser = Parser(
        prog="hmipv6-campaign.py",
        description="Runs parameter campaigns of the hmipv6 examples and summarises "
                    "their handoffs.csv files. Program flags that are the same for every "
                    "run go after '--'.",
        epilog="usage examples:\n" + __doc__.split("Usage examples::\n")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True

    p = sub.add_parser("run", help="run the campaign on local cores",
                       description="Runs grid x seeds in parallel; each run gets "
                                   "--RngRun=<seed> --outDir=DIR/runs/<run-id>, the fixed "
                                   "flags after '--' and --NAME=V per grid parameter.")
    add_campaign_options(p)
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="parallel runs (default: number of CPUs)")
    p.add_argument("--resume", action="store_true",
                   help="skip runs whose params.json shows exit code 0")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="kill a run after this wall time (counts as failed)")
    p.add_argument("--progress-interval", type=float, default=30.0, metavar="SECONDS",
                   help="seconds between progress lines when stderr is not a terminal "
                        "(default 30)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("emit", help="write the campaign for a cluster (list, GNU parallel, "
                                    "Slurm)",
                       description="Writes one shell command line per run (list), a GNU "
                                   "parallel script or a Slurm job-array script with the "
                                   "list next to it. Each line also writes params.json, so "
                                   "'aggregate DIR' works on the copied results.")
    add_campaign_options(p)
    p.add_argument("--format", required=True, choices=["list", "parallel", "slurm"])
    p.add_argument("--output", "-o", metavar="FILE",
                   help="output file (list: default stdout; parallel/slurm: required, the "
                        "list goes to FILE with extension .list)")
    p.add_argument("--sshloginfile", metavar="FILE",
                   help="parallel: default sshlogin file (else $SSHLOGINFILE or "
                        "./sshloginfile)")
    p.add_argument("--job-name", default="hmipv6-campaign", help="slurm: job name")
    p.add_argument("--time", default="01:00:00", help="slurm: time limit per run")
    p.add_argument("--partition", help="slurm: partition")
    p.add_argument("--mem", help="slurm: memory per run, e.g. 2G")
    p.add_argument("--max-concurrent", type=int, metavar="K",
                   help="slurm: at most K array tasks at once (--array=...%%K)")
    p.set_defaults(func=cmd_emit)

    p = sub.add_parser("aggregate", help="summarise the runs (summary.csv, table, plot)",
                       description="Groups the handoffs of DIR/runs/*/handoffs.csv by grid "
                                   "parameters and reports mean, sd and 95% CI per metric.")
    p.add_argument("dir", metavar="DIR", help="campaign folder (holding runs/)")
    p.add_argument("--by", metavar="NAME,...",
                   help="group parameters (default: every grid parameter; 'seed' allowed; "
                        "'' for one group)")
    p.add_argument("--x", metavar="NAME", help="plot x axis: a numeric group parameter")
    p.add_argument("--plot", metavar="FILE.png",
                   help="write a figure (PNG; .svg writes SVG and PNG)")
    p.add_argument("--metrics", metavar="COL,...",
                   help=f"handoffs.csv columns (default {','.join(DEFAULT_METRICS)}; plots "
                        f"show {','.join(DEFAULT_PLOT_METRICS)} unless given)")
    p.add_argument("--per-handoff", action="store_true",
                   help="every handoff is a sample (default: each run's mean is one)")
    p.add_argument("--summary", metavar="FILE", help="summary path (default DIR/summary.csv)")
    p.add_argument("--allow-missing", action="store_true",
                   help="skip successful runs without handoffs.csv instead of failing")
    p.add_argument("--include-failed", action="store_true",
                   help="also use the handoffs.csv of runs with a nonzero exit code (e.g. "
                        "a program that exits 1 when a handoff was not observed)")
    p.set_defaults(func=cmd_aggregate)
    return parser


def main(argv=None):
    """Entry point: parses argv and runs a subcommand; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    tool_args, fixed = split_fixed_flags(argv)
    args = make_parser().parse_args(tool_args)
    try:
        return args.func(args, fixed)
    except UserError as e:
        print(f"{TOOL}: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"\n{TOOL}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
