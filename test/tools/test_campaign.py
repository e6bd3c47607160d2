#!/usr/bin/env python3
"""Tests of tools/hmipv6-campaign.py with a fake simulation program.

Standard library only; run from anywhere:  python3 test/tools/test_campaign.py
The plot tests run only when matplotlib is importable (e.g. with /usr/bin/python3 on
Debian with python3-matplotlib); otherwise they are skipped.

The fake program writes three handoffs per run, for a run with seed s:
  latency_ms   = base + haDelay + 10*s + (-1, 0, +1)   (base 100 hmipv6, 200 mipv6)
  lost_packets = s, empty (not observed), s + 1
  internet_signalling_packets = 2 (hmipv6) or 4 (mipv6)
so the per-run latency mean is base + haDelay + 10*s and the lost-packets mean s + 0.5.
"""
import csv
import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(REPO, "tools", "hmipv6-campaign.py")

FAKE_PROGRAM = textwrap.dedent("""\
    import os, sys
    args = {}
    for a in sys.argv[1:]:
        if a.startswith("--"):
            k, _, v = a[2:].partition("=")
            args[k] = v
    seed = int(args["RngRun"])
    out = args["outDir"]
    log = os.environ.get("FAKE_LOG")
    if log:
        with open(log, "a") as f:
            f.write(os.path.basename(out) + "\\n")
    if os.environ.get("FAKE_FAIL_RNGRUN") == str(seed):
        print("boom: simulated crash for seed", seed, file=sys.stderr)
        sys.exit(3)
    proto = args.get("protocol", "hmipv6")
    ha = float(args.get("haDelay", "0"))
    base = 100 if proto == "hmipv6" else 200
    sig = 2 if proto == "hmipv6" else 4
    cols = ["protocol", "move", "ha_delay_ms", "handoff", "t_l2_down_s", "t_l2_up_s",
            "t_ra_s", "t_coa_ready_s", "t_reg_sent_s", "t_reg_acked_s",
            "t_first_packet_s", "latency_ms", "lost_packets",
            "internet_signalling_packets", "coa", "registrations"]
    if args.get("header") == "bad":
        cols.remove("lost_packets")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "handoffs.csv"), "w") as f:
        f.write(",".join(cols) + "\\n")
        for i in (1, 2, 3):
            row = {"protocol": proto, "move": args.get("move", "intra"),
                   "ha_delay_ms": "%g" % ha, "handoff": str(i), "t_l2_down_s": str(i),
                   "t_l2_up_s": "", "t_ra_s": "", "t_coa_ready_s": "", "t_reg_sent_s": "",
                   "t_reg_acked_s": "", "t_first_packet_s": "",
                   "latency_ms": "%g" % (base + ha + 10 * seed + (i - 2)),
                   "lost_packets": {1: str(seed), 2: "", 3: str(seed + 1)}[i],
                   "internet_signalling_packets": str(sig), "coa": "2001:db8::1",
                   "registrations": "1"}
            f.write(",".join(row[c] for c in cols) + "\\n")
    print("fake run", seed, proto, ha)
    """)

T975_2 = 4.302652730
T975_5 = 2.570581836
T975_8 = 2.306004135


def load_tool():
    """Imports the tool file (its name has dashes) as a module."""
    spec = importlib.util.spec_from_file_location("hmipv6_campaign", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def have_matplotlib():
    """Tells whether this Python can import matplotlib."""
    try:
        importlib.import_module("matplotlib")
    except ImportError:
        return False
    return True


def read_summary(path):
    """Reads summary.csv into (header, list of row dicts)."""
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


class CampaignTestBase(unittest.TestCase):
    """Temp folder with the fake program, and a helper to call the tool."""

    def setUp(self):
        """Creates the temp folder and the fake program."""
        self.tmp = tempfile.mkdtemp(prefix="hmipv6-campaign-test-")
        self.fake = os.path.join(self.tmp, "fake-sim")
        with open(self.fake, "w") as f:
            f.write(f"#!{sys.executable}\n" + FAKE_PROGRAM)
        os.chmod(self.fake, 0o755)

    def tearDown(self):
        """Removes the temp folder."""
        shutil.rmtree(self.tmp, ignore_errors=True)

    def tool(self, *args, env=None, expect=0):
        """Runs the tool; checks the exit status and that no traceback was printed."""
        full_env = dict(os.environ)
        full_env.update(env or {})
        proc = subprocess.run([sys.executable, TOOL, *args], capture_output=True, text=True,
                              env=full_env, cwd=self.tmp)
        self.assertNotIn("Traceback", proc.stderr, proc.stderr)
        if expect is not None:
            self.assertEqual(proc.returncode, expect,
                             f"args {args}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
        return proc

    def run_campaign(self, out, *extra, seeds="3", fixed=("--move=intra",), **kw):
        """Runs the standard 2 protocols x 2 haDelays grid into folder out."""
        return self.tool("run", "--program", self.fake, "--out", out,
                         "--grid", "protocol=hmipv6,mipv6", "--grid", "haDelay=10,50",
                         "--seeds", seeds, "--jobs", "3", *extra, "--", *fixed, **kw)


class StatisticsTest(unittest.TestCase):
    """The t quantile and the sample statistics."""

    def test_t_quantile(self):
        """Table values, continuity of the expansion at df 30 and the normal limit."""
        tool = load_tool()
        self.assertAlmostEqual(tool.t_quantile_975(1), 12.706, places=3)
        self.assertAlmostEqual(tool.t_quantile_975(2), 4.303, places=3)
        self.assertAlmostEqual(tool.t_quantile_975(10), 2.228, places=3)
        self.assertAlmostEqual(tool.t_quantile_975(30), 2.042, places=3)
        self.assertAlmostEqual(tool.t_quantile_975(40), 2.021075, places=5)
        self.assertAlmostEqual(tool.t_quantile_975(60), 2.000298, places=5)
        self.assertAlmostEqual(tool.t_quantile_975(120), 1.979930, places=5)
        self.assertAlmostEqual(tool.t_quantile_975(10 ** 7), 1.959964, places=5)
        # the expansion used beyond the table agrees with the table's last entry
        saved = tool.T975
        try:
            tool.T975 = saved[:29]
            self.assertAlmostEqual(tool.t_quantile_975(30), saved[29], places=5)
        finally:
            tool.T975 = saved
        with self.assertRaises(ValueError):
            tool.t_quantile_975(0)

    def test_sample_stats(self):
        """Mean, sample sd and CI half-width of small samples."""
        tool = load_tool()
        n, mean, sd, ci = tool.sample_stats([120.0, 130.0, 140.0])
        self.assertEqual(n, 3)
        self.assertAlmostEqual(mean, 130.0)
        self.assertAlmostEqual(sd, 10.0)
        self.assertAlmostEqual(ci, T975_2 * 10.0 / math.sqrt(3))
        self.assertEqual(tool.sample_stats([5.0]), (1, 5.0, None, None))
        self.assertEqual(tool.sample_stats([]), (0, None, None, None))


class RunTest(CampaignTestBase):
    """The run subcommand."""

    def test_run_ids_params_and_campaign_json(self):
        """grid x seeds run ids, params.json, captured output and campaign.json."""
        out = os.path.join(self.tmp, "c")
        proc = self.run_campaign(out, seeds="2")
        expected = {f"protocol={p}_haDelay={h}_seed={s}"
                    for p in ("hmipv6", "mipv6") for h in ("10", "50") for s in (1, 2)}
        self.assertEqual(set(os.listdir(os.path.join(out, "runs"))), expected)
        self.assertIn("[8/8 runs] 0 failed", proc.stderr)

        run_dir = os.path.join(out, "runs", "protocol=mipv6_haDelay=50_seed=2")
        with open(os.path.join(run_dir, "params.json")) as f:
            params = json.load(f)
        self.assertEqual(params["grid"], {"protocol": "mipv6", "haDelay": "50"})
        self.assertEqual(params["seed"], 2)
        self.assertEqual(params["exit_code"], 0)
        self.assertIsInstance(params["wall_time_s"], float)
        self.assertEqual(params["command"],
                         [self.fake, "--RngRun=2", f"--outDir={run_dir}", "--move=intra",
                          "--protocol=mipv6", "--haDelay=50"])
        self.assertIn("--RngRun=2", params["command_line"])
        self.assertTrue(os.path.exists(os.path.join(run_dir, "handoffs.csv")))
        with open(os.path.join(run_dir, "stdout.txt")) as f:
            self.assertEqual(f.read(), "fake run 2 mipv6 50.0\n")

        with open(os.path.join(out, "campaign.json")) as f:
            campaign = json.load(f)
        self.assertEqual(campaign["grid"], {"protocol": ["hmipv6", "mipv6"],
                                            "haDelay": ["10", "50"]})
        self.assertEqual(campaign["seeds"], [1, 2])
        self.assertEqual(campaign["program"], self.fake)
        self.assertEqual(campaign["fixed_flags"], ["--move=intra"])

    def test_seed_list_and_no_grid(self):
        """--seed-list without any grid gives one run per seed."""
        out = os.path.join(self.tmp, "c")
        self.tool("run", "--program", self.fake, "--out", out, "--seed-list", "1,2,5")
        self.assertEqual(sorted(os.listdir(os.path.join(out, "runs"))),
                         ["seed=1", "seed=2", "seed=5"])

    def test_resume(self):
        """--resume skips runs with exit code 0 and reruns the others and new seeds."""
        out = os.path.join(self.tmp, "c")
        log = os.path.join(self.tmp, "log")
        self.run_campaign(out, seeds="2", env={"FAKE_LOG": log})
        with open(log) as f:
            self.assertEqual(len(f.read().split()), 8)
        os.remove(log)

        # mark one run as failed and one as interrupted (no params.json)
        failed = os.path.join(out, "runs", "protocol=hmipv6_haDelay=10_seed=1", "params.json")
        with open(failed) as f:
            params = json.load(f)
        params["exit_code"] = 1
        with open(failed, "w") as f:
            json.dump(params, f)
        os.remove(os.path.join(out, "runs", "protocol=mipv6_haDelay=50_seed=2",
                               "params.json"))
        self.run_campaign(out, "--resume", seeds="3", env={"FAKE_LOG": log})
        with open(log) as f:
            rerun = sorted(f.read().split())
        self.assertEqual(rerun, sorted(
            ["protocol=hmipv6_haDelay=10_seed=1", "protocol=mipv6_haDelay=50_seed=2"]
            + [f"protocol={p}_haDelay={h}_seed=3" for p in ("hmipv6", "mipv6")
               for h in ("10", "50")]))
        with open(os.path.join(out, "campaign.json")) as f:
            self.assertEqual(json.load(f)["seeds"], [1, 2, 3])

        # without --resume everything runs again
        os.remove(log)
        self.run_campaign(out, seeds="3", env={"FAKE_LOG": log})
        with open(log) as f:
            self.assertEqual(len(f.read().split()), 12)

    def test_failing_run(self):
        """A failing run is reported with its stderr, the others complete, exit code 1."""
        out = os.path.join(self.tmp, "c")
        proc = self.run_campaign(out, env={"FAKE_FAIL_RNGRUN": "2"}, expect=1)
        self.assertIn("FAILED protocol=hmipv6_haDelay=10_seed=2 (exit code 3)", proc.stderr)
        self.assertIn("boom: simulated crash for seed 2", proc.stderr)
        self.assertIn("4 of 12 runs failed", proc.stderr)
        ok = failed = 0
        for run_id in os.listdir(os.path.join(out, "runs")):
            with open(os.path.join(out, "runs", run_id, "params.json")) as f:
                code = json.load(f)["exit_code"]
            if run_id.endswith("seed=2"):
                self.assertEqual(code, 3)
                failed += 1
            else:
                self.assertEqual(code, 0)
                ok += 1
        self.assertEqual((ok, failed), (8, 4))
        # aggregate skips the failed runs with a warning
        proc = self.tool("aggregate", out)
        self.assertIn("skipped 4 failed run(s)", proc.stderr)
        self.assertIn("8 runs in 4 group(s)", proc.stderr)
        # with --include-failed, a failed run's handoffs.csv is used when it has one
        shutil.copy(os.path.join(out, "runs", "protocol=mipv6_haDelay=50_seed=1",
                                 "handoffs.csv"),
                    os.path.join(out, "runs", "protocol=mipv6_haDelay=50_seed=2"))
        proc = self.tool("aggregate", out, "--include-failed")
        self.assertIn("skipped 3 failed run(s)", proc.stderr)
        self.assertIn("9 runs in 4 group(s)", proc.stderr)
        # once the cause is gone, --resume reruns only the failed runs
        log = os.path.join(self.tmp, "log")
        self.run_campaign(out, "--resume", env={"FAKE_LOG": log})
        with open(log) as f:
            self.assertEqual(sorted(f.read().split()), sorted(
                f"protocol={p}_haDelay={h}_seed=2" for p in ("hmipv6", "mipv6")
                for h in ("10", "50")))

    def test_bad_input(self):
        """Unknown program, malformed grids and conflicting flags are clear errors."""
        out = os.path.join(self.tmp, "c")
        p = self.tool("run", "--program", os.path.join(self.tmp, "nope"), "--out", out,
                      expect=2)
        self.assertIn("unknown program", p.stderr)
        p = self.tool("run", "--program", "no-such-program-xyz", "--out", out, expect=2)
        self.assertIn("unknown program 'no-such-program-xyz'", p.stderr)
        for grid, message in (("haDelay", "malformed --grid 'haDelay'"),
                              ("haDelay=10,,50", "empty value"),
                              ("haDelay=10,10", "repeated value"),
                              ("RngRun=1,2", "set by the tool"),
                              ("bad name=1", "not a flag name")):
            p = self.tool("run", "--program", self.fake, "--out", out, "--grid", grid,
                          expect=2)
            self.assertIn(message, p.stderr)
        p = self.tool("run", "--program", self.fake, "--out", out, "--grid", "haDelay=1",
                      "--", "--haDelay=5", expect=2)
        self.assertIn("also a --grid parameter", p.stderr)
        p = self.tool("run", "--program", self.fake, "--out", out, "--",
                      "--outDir=/tmp/x", expect=2)
        self.assertIn("set by the tool", p.stderr)
        p = self.tool("run", "--program", self.fake, "--out", out, "--seed-list", "1,x",
                      expect=2)
        self.assertIn("malformed --seed-list", p.stderr)
        # another fixed flag set in the same output folder would mix results
        self.tool("run", "--program", self.fake, "--out", out, "--", "--move=intra")
        p = self.tool("run", "--program", self.fake, "--out", out, "--", "--move=inter",
                      expect=2)
        self.assertIn("campaign.json", p.stderr)


class EmitTest(CampaignTestBase):
    """The emit subcommand."""

    def emit(self, fmt, *extra, out="res", expect=0):
        """Emits the standard 2 x 2 x 3 campaign in the given format."""
        return self.tool("emit", "--format", fmt, "--program", self.fake, "--out", out,
                         "--grid", "protocol=hmipv6,mipv6", "--grid", "haDelay=10,50",
                         "--seeds", "3", *extra, "--", "--move=intra", expect=expect)

    def test_list(self):
        """One line per run; running the lines gives results that aggregate reads."""
        proc = self.emit("list")
        lines = proc.stdout.splitlines()
        self.assertEqual(len(lines), 12)
        self.assertIn("--RngRun=1", lines[0])
        self.assertIn("res/runs/protocol=hmipv6_haDelay=10_seed=1", lines[0])
        for line in lines:
            subprocess.run(["bash", "-c", line], cwd=self.tmp, check=True)
        with open(os.path.join(self.tmp, "res", "runs", "protocol=mipv6_haDelay=50_seed=3",
                               "params.json")) as f:
            params = json.load(f)
        self.assertEqual(params["exit_code"], 0)
        self.assertEqual(params["grid"], {"protocol": "mipv6", "haDelay": "50"})
        self.assertEqual(params["seed"], 3)
        self.tool("aggregate", "res")
        _, rows = read_summary(os.path.join(self.tmp, "res", "summary.csv"))
        self.assertEqual(len(rows), 4)
        self.assertAlmostEqual(float(rows[0]["latency_ms_mean"]), 130.0)

    def test_list_line_exit_status(self):
        """An emitted line exits with the program's status and records it."""
        line = self.emit("list").stdout.splitlines()[1]  # seed 2
        proc = subprocess.run(["bash", "-c", line], cwd=self.tmp,
                              env=dict(os.environ, FAKE_FAIL_RNGRUN="2"))
        self.assertEqual(proc.returncode, 3)
        with open(os.path.join(self.tmp, "res", "runs", "protocol=hmipv6_haDelay=10_seed=2",
                               "params.json")) as f:
            self.assertEqual(json.load(f)["exit_code"], 3)

    def test_slurm(self):
        """Array range 0..N-1, list next to the script; each task runs its line."""
        script = os.path.join(self.tmp, "job.sbatch")
        self.emit("slurm", "--output", script, "--max-concurrent", "4")
        with open(script) as f:
            text = f.read()
        self.assertTrue(text.startswith("#!/bin/bash\n"))
        self.assertIn("#SBATCH --array=0-11%4\n", text)
        self.assertTrue(os.access(script, os.X_OK))
        list_path = os.path.join(self.tmp, "job.list")
        with open(list_path) as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 12)
        for task in range(12):
            subprocess.run(["bash", script], cwd=self.tmp, check=True,
                           env=dict(os.environ, SLURM_ARRAY_TASK_ID=str(task),
                                    SLURM_SUBMIT_DIR=self.tmp))
        self.assertEqual(len(os.listdir(os.path.join(self.tmp, "res", "runs"))), 12)
        proc = self.tool("aggregate", "res")
        self.assertIn("12 runs in 4 group(s)", proc.stderr)
        # a task id past the list fails clearly
        proc = subprocess.run(["bash", script], cwd=self.tmp, capture_output=True, text=True,
                              env=dict(os.environ, SLURM_ARRAY_TASK_ID="12"))
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("no line 13", proc.stderr)

    def test_parallel(self):
        """The GNU parallel script reads the list; run it locally when parallel exists."""
        script = os.path.join(self.tmp, "campaign.sh")
        self.emit("parallel", "--output", script, "--sshloginfile", "nodes.txt")
        with open(script) as f:
            text = f.read()
        self.assertIn("parallel --sshloginfile", text)
        self.assertIn("nodes.txt", text)
        self.assertIn("campaign.list", text)
        with open(os.path.join(self.tmp, "campaign.list")) as f:
            self.assertEqual(len(f.read().splitlines()), 12)
        gnu = shutil.which("parallel")
        if gnu:
            version = subprocess.run([gnu, "--version"], capture_output=True, text=True)
            if "GNU parallel" not in version.stdout:
                gnu = None
        if not gnu:
            self.skipTest("GNU parallel not installed; script not executed")
        with open(os.path.join(self.tmp, "nodes.txt"), "w") as f:
            f.write("2/:\n")  # two jobs on this machine
        subprocess.run(["bash", script], cwd=self.tmp, check=True, capture_output=True)
        self.assertEqual(len(os.listdir(os.path.join(self.tmp, "res", "runs"))), 12)
        self.tool("aggregate", "res")

    def test_emit_errors(self):
        """slurm/parallel need --output; a bad grid is an error as for run."""
        p = self.emit("slurm", expect=None)
        self.assertEqual(p.returncode, 2)
        self.assertIn("needs --output", p.stderr)
        p = self.tool("emit", "--format", "list", "--program", self.fake, "--out", "r",
                      "--grid", "x", expect=2)
        self.assertIn("malformed --grid", p.stderr)


class AggregateTest(CampaignTestBase):
    """The aggregate subcommand on a 2 protocols x 2 haDelays x 3 seeds campaign."""

    def setUp(self):
        """Runs the campaign."""
        super().setUp()
        self.out = os.path.join(self.tmp, "c")
        self.run_campaign(self.out)

    def group(self, rows, **key):
        """Returns the summary row whose parameters equal key."""
        found = [r for r in rows if all(r[k] == v for k, v in key.items())]
        self.assertEqual(len(found), 1, key)
        return found[0]

    def test_per_run_means(self):
        """Default: per-run means, t with runs-1 df; header and hand-computed values."""
        proc = self.tool("aggregate", self.out)
        header, rows = read_summary(os.path.join(self.out, "summary.csv"))
        self.assertEqual(header, [
            "protocol", "haDelay",
            "latency_ms_mean", "latency_ms_ci95", "latency_ms_sd", "latency_ms_n",
            "lost_packets_mean", "lost_packets_ci95", "lost_packets_sd", "lost_packets_n",
            "internet_signalling_packets_mean", "internet_signalling_packets_ci95",
            "internet_signalling_packets_sd", "internet_signalling_packets_n",
            "runs", "handoffs"])
        self.assertEqual([(r["protocol"], r["haDelay"]) for r in rows],
                         [("hmipv6", "10"), ("hmipv6", "50"), ("mipv6", "10"), ("mipv6", "50")])
        g = self.group(rows, protocol="hmipv6", haDelay="10")
        # run means 120, 130, 140: mean 130, sd 10, ci = t(0.975, 2) * 10 / sqrt(3)
        self.assertAlmostEqual(float(g["latency_ms_mean"]), 130.0)
        self.assertAlmostEqual(float(g["latency_ms_sd"]), 10.0)
        self.assertAlmostEqual(float(g["latency_ms_ci95"]), T975_2 * 10 / math.sqrt(3),
                               places=6)
        self.assertAlmostEqual(float(g["latency_ms_ci95"]), 24.841, places=3)
        self.assertEqual(g["latency_ms_n"], "3")
        # lost packets: run means 1.5, 2.5, 3.5
        self.assertAlmostEqual(float(g["lost_packets_mean"]), 2.5)
        self.assertAlmostEqual(float(g["lost_packets_sd"]), 1.0)
        self.assertAlmostEqual(float(g["lost_packets_ci95"]), T975_2 / math.sqrt(3), places=6)
        self.assertAlmostEqual(float(g["internet_signalling_packets_mean"]), 2.0)
        self.assertAlmostEqual(float(g["internet_signalling_packets_ci95"]), 0.0)
        self.assertEqual((g["runs"], g["handoffs"]), ("3", "9"))
        g = self.group(rows, protocol="mipv6", haDelay="50")
        self.assertAlmostEqual(float(g["latency_ms_mean"]), 270.0)
        self.assertAlmostEqual(float(g["internet_signalling_packets_mean"]), 4.0)
        # text table: aligned, with the not-observed counts (one lost_packets per run)
        lines = proc.stdout.splitlines()
        self.assertIn("not obs.", lines[1])
        self.assertEqual(len({len(line) for line in lines[1:3]}), 1)
        first = lines[3].split()
        self.assertEqual(first[:7], ["hmipv6", "10", "3", "9", "130.000", "±", "24.841"])
        # latency: 0 not observed; lost packets: mean ± ci, sd, n = 3 runs, 3 not observed
        self.assertEqual(first[9:16], ["0", "2.500", "±", "2.484", "1.000", "3", "3"])

    def test_per_handoff(self):
        """--per-handoff: every observed handoff is a sample."""
        self.tool("aggregate", self.out, "--per-handoff")
        _, rows = read_summary(os.path.join(self.out, "summary.csv"))
        g = self.group(rows, protocol="hmipv6", haDelay="10")
        # latencies 119..121, 129..131, 139..141: sum of squares 606, 8 df
        sd = math.sqrt(606 / 8)
        self.assertAlmostEqual(float(g["latency_ms_sd"]), sd, places=6)
        self.assertAlmostEqual(float(g["latency_ms_ci95"]), T975_8 * sd / 3, places=6)
        self.assertEqual(g["latency_ms_n"], "9")
        # lost packets 1,2,2,3,3,4 (three empty cells skipped): sd sqrt(1.1), 5 df
        self.assertEqual(g["lost_packets_n"], "6")
        self.assertAlmostEqual(float(g["lost_packets_mean"]), 2.5)
        self.assertAlmostEqual(float(g["lost_packets_ci95"]),
                               T975_5 * math.sqrt(1.1) / math.sqrt(6), places=6)

    def test_by_and_metrics(self):
        """--by pools the other parameters; --metrics picks columns, also extra ones."""
        self.tool("aggregate", self.out, "--by", "protocol", "--metrics",
                  "latency_ms,registrations")
        header, rows = read_summary(os.path.join(self.out, "summary.csv"))
        self.assertEqual(header[:3], ["protocol", "latency_ms_mean", "latency_ms_ci95"])
        self.assertIn("registrations_mean", header)
        g = self.group(rows, protocol="hmipv6")
        # run means 120, 130, 140, 160, 170, 180: sd sqrt(2800 / 5)
        sd = math.sqrt(560)
        self.assertAlmostEqual(float(g["latency_ms_mean"]), 150.0)
        self.assertAlmostEqual(float(g["latency_ms_ci95"]), T975_5 * sd / math.sqrt(6),
                               places=6)
        self.assertEqual((g["runs"], g["handoffs"]), ("6", "18"))
        # one group over everything
        self.tool("aggregate", self.out, "--by", "")
        header, rows = read_summary(os.path.join(self.out, "summary.csv"))
        self.assertEqual(header[0], "latency_ms_mean")
        self.assertEqual(rows[0]["runs"], "12")

    def test_errors(self):
        """Wrong header, missing files and unknown names are reported by name."""
        p = self.tool("aggregate", self.out, "--by", "nope", expect=2)
        self.assertIn("--by nope: not a parameter", p.stderr)
        p = self.tool("aggregate", self.out, "--metrics", "nope_ms", expect=2)
        self.assertIn("no column nope_ms", p.stderr)
        p = self.tool("aggregate", os.path.join(self.tmp, "missing"), expect=2)
        self.assertIn("no such folder", p.stderr)
        p = self.tool("aggregate", self.out, "--x", "seed", expect=2)
        self.assertIn("--x seed", p.stderr)
        p = self.tool("aggregate", self.out, "--x", "protocol", "--plot", "a.png", expect=2)
        self.assertIn("must be numeric", p.stderr)

        csv_path = os.path.join(self.out, "runs", "protocol=mipv6_haDelay=10_seed=2",
                                "handoffs.csv")
        os.remove(csv_path)
        p = self.tool("aggregate", self.out, expect=2)
        self.assertIn(f"missing {csv_path}", p.stderr)
        p = self.tool("aggregate", self.out, "--allow-missing")
        self.assertIn("skipped 1 run(s) without handoffs.csv", p.stderr)

        bad = os.path.join(self.tmp, "bad")
        self.tool("run", "--program", self.fake, "--out", bad, "--", "--header=bad")
        p = self.tool("aggregate", bad, expect=2)
        self.assertIn(os.path.join(bad, "runs", "seed=1", "handoffs.csv"), p.stderr)
        self.assertIn("header lacks column(s) lost_packets", p.stderr)

        with open(csv_path, "w") as f:
            f.write("protocol,move\nhmipv6,intra\n")
        p = self.tool("aggregate", self.out, expect=2)
        self.assertIn(f"{csv_path}: header lacks column(s) ha_delay_ms", p.stderr)

    @unittest.skipUnless(have_matplotlib(), "matplotlib not importable")
    def test_plot(self):
        """--plot writes a PNG (and with .svg an SVG plus a PNG)."""
        png = os.path.join(self.tmp, "fig.png")
        self.tool("aggregate", self.out, "--x", "haDelay", "--plot", png)
        with open(png, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
        svg = os.path.join(self.tmp, "fig2.svg")
        p = self.tool("aggregate", self.out, "--plot", svg, "--metrics",
                      "latency_ms,lost_packets,internet_signalling_packets")
        self.assertIn("plotting against haDelay", p.stderr)
        with open(svg) as f:
            self.assertIn("<svg", f.read())
        with open(os.path.join(self.tmp, "fig2.png"), "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_plot_without_matplotlib(self):
        """Without matplotlib: hint and exit 3 with --plot, summary still written; no
        effect without --plot."""
        shadow = os.path.join(self.tmp, "shadow", "matplotlib")
        os.makedirs(shadow)
        with open(os.path.join(shadow, "__init__.py"), "w") as f:
            f.write("raise ImportError('no matplotlib in this test')\n")
        env = {"PYTHONPATH": os.path.dirname(shadow)}
        p = self.tool("aggregate", self.out, "--x", "haDelay", "--plot", "f.png", env=env,
                      expect=3)
        self.assertIn("apt-get install python3-matplotlib", p.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.out, "summary.csv")))
        self.tool("aggregate", self.out, env=env)


if __name__ == "__main__":
    unittest.main()
