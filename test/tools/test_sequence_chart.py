#!/usr/bin/env python3
"""Tests of tools/sequence-chart.py (standard library only).

Run from any directory:  python3 test/tools/test_sequence_chart.py [-v]

Each test writes a small messages.csv by hand, runs the tool as a program, parses the SVG
it wrote with xml.etree and checks lifelines, arrows, labels and styles.
"""
import importlib.util
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.normpath(os.path.join(HERE, "..", "..", "tools", "sequence-chart.py"))
SVG_NS = "{http://www.w3.org/2000/svg}"

HEADER = "time_s,sender,receiver,message,scope,received_s\n"

# The draft's Figure 1 (intra-domain handoff AR1 -> AR2) followed by a Binding Update to
# the Home Agent that crosses the border router.
HANDOFF = [
    ("4.000", "AR2", "MH", "RouterAdvertisement", "domain", "4.0005"),
    ("4.010", "MH", "AR2", "NeighborSolicitation", "domain", "4.0105"),
    ("4.020", "MH", "MS", "RegistrationUpdate", "domain", "4.022"),
    ("4.022", "MS", "MH", "BindingAcknowledgement", "domain", "4.024"),
    ("4.030", "MH", "CH2", "CoTI", "domain", "4.032"),
    ("4.032", "CH2", "MH", "CoT", "domain", "4.034"),
    ("4.040", "MH", "CH2", "BindingUpdate", "domain", "4.042"),
    ("4.042", "CH2", "MH", "BindingAcknowledgement", "domain", "4.044"),
    ("4.100", "MH", "HA", "BindingUpdate", "internet", "4.150"),
]
HANDOFF_LABELS = [row[3] for row in HANDOFF]


def write_csv(directory, rows, header=HEADER, name="messages.csv"):
    """Writes rows (tuples of strings) under header; returns the path."""
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for row in rows:
            f.write(",".join(row) + "\n")
    return path


def classes(element):
    """The class tokens of an element."""
    return set(element.get("class", "").split())


def load_tool():
    """Imports tools/sequence-chart.py as a module (its name has a dash)."""
    spec = importlib.util.spec_from_file_location("sequence_chart", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Chart:
    """A parsed SVG chart with helpers to find its parts."""

    def __init__(self, path):
        self.tree = ET.parse(path)
        self.root = self.tree.getroot()

    def with_class(self, *tokens, tag=None):
        """Elements (document order) whose class has all tokens, optionally of one tag."""
        return [
            e for e in self.root.iter()
            if set(tokens) <= classes(e) and (tag is None or e.tag == SVG_NS + tag)
        ]

    def lifeline_labels(self):
        """Node names of the top boxes, in document order."""
        return [e.text for e in self.with_class("node-label", "top", tag="text")]

    def lifeline_x(self):
        """x of each node's lifeline, by node name."""
        xs = {}
        for group in self.with_class("lifeline", tag="g"):
            name = [e.text for e in group.iter(SVG_NS + "text")][0]
            line = [e for e in group.iter(SVG_NS + "line") if "lifeline-line" in classes(e)][0]
            xs[name] = float(line.get("x1"))
        return xs

    def arrows(self, *tokens):
        """Message arrows (<line> or <path> with class 'msg')."""
        return self.with_class("msg", *tokens)

    def arrow_of(self, label, nth=0):
        """The arrow of the nth row whose label is label."""
        rows = [g for g in self.with_class("row", tag="g")
                if any(e.text == label for e in g.iter(SVG_NS + "text")
                       if "label" in classes(e))]
        return [e for e in rows[nth].iter() if "msg" in classes(e)][0]

    def labels(self):
        """Arrow label texts in document (= time) order."""
        return [e.text for e in self.with_class("label", tag="text")]


class SequenceChartTest(unittest.TestCase):
    """Runs the tool on hand-written CSV files."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def run_tool(self, *args, expect=0):
        """Runs the tool from an unrelated cwd; returns the CompletedProcess."""
        proc = subprocess.run(
            [sys.executable, TOOL, *args], cwd=self.dir, capture_output=True, text=True,
            timeout=60,
        )
        self.assertEqual(proc.returncode, expect,
                         f"exit status {proc.returncode}\nstdout: {proc.stdout}\n"
                         f"stderr: {proc.stderr}")
        self.assertNotIn("Traceback", proc.stderr)
        return proc

    def render(self, rows, *args, header=HEADER):
        """Writes rows, renders them and returns the parsed Chart."""
        csv_path = write_csv(self.dir, rows, header)
        out = os.path.join(self.dir, "chart.svg")
        self.run_tool(csv_path, "-o", out, *args)
        return Chart(out)

    def test_svg_root_is_svg_1_1(self):
        chart = self.render(HANDOFF)
        self.assertEqual(chart.root.tag, SVG_NS + "svg")
        self.assertEqual(chart.root.get("version"), "1.1")
        self.assertGreater(float(chart.root.get("width")), 0)
        self.assertGreater(float(chart.root.get("height")), 0)

    def test_default_lifeline_order(self):
        chart = self.render(HANDOFF)
        self.assertEqual(chart.lifeline_labels(), ["MH", "AR2", "CH2", "MS", "HA"])
        xs = chart.lifeline_x()
        ordered = [xs[n] for n in ["MH", "AR2", "CH2", "MS", "HA"]]
        self.assertEqual(ordered, sorted(ordered))

    def test_default_order_of_all_draft_nodes_and_unknown_names(self):
        names = ["HA", "X9", "CH1", "IR", "BR", "MS", "CH2", "AR2", "AR10", "AR1", "MH", "Y"]
        rows = [(f"{i}.0", n, "MH" if n != "MH" else "AR1", "BindingUpdate", "domain", "")
                for i, n in enumerate(names)]
        chart = self.render(rows)
        self.assertEqual(chart.lifeline_labels(),
                         ["MH", "AR1", "AR2", "AR10", "CH2", "MS", "BR", "IR", "CH1", "HA",
                          "X9", "Y"])

    def test_nodes_option_sets_order(self):
        chart = self.render(HANDOFF, "--nodes", "MH,AR2,MS,CH2,HA")
        self.assertEqual(chart.lifeline_labels(), ["MH", "AR2", "MS", "CH2", "HA"])

    def test_unknown_node_in_nodes_warns(self):
        csv_path = write_csv(self.dir, HANDOFF)
        proc = self.run_tool(csv_path, "-o", "c.svg", "--nodes", "MH,AR2,MS,CH2,HA,NOPE")
        self.assertIn("warning", proc.stderr)
        self.assertIn("NOPE", proc.stderr)
        chart = Chart(os.path.join(self.dir, "c.svg"))
        self.assertEqual(chart.lifeline_labels(), ["MH", "AR2", "MS", "CH2", "HA", "NOPE"])

    def test_nodes_missing_from_nodes_option_are_appended(self):
        csv_path = write_csv(self.dir, HANDOFF)
        proc = self.run_tool(csv_path, "-o", "c.svg", "--nodes", "HA,MH")
        self.assertIn("AR2", proc.stderr)
        chart = Chart(os.path.join(self.dir, "c.svg"))
        self.assertEqual(chart.lifeline_labels()[:2], ["HA", "MH"])
        self.assertEqual(len(chart.arrows()), len(HANDOFF))

    def test_one_arrow_per_message_with_scope_classes(self):
        chart = self.render(HANDOFF)
        self.assertEqual(len(chart.arrows()), 9)
        self.assertEqual(len(chart.arrows("domain")), 8)
        self.assertEqual(len(chart.arrows("internet")), 1)
        self.assertEqual(len(chart.arrows("periodic")), 1)  # the Router Advertisement
        self.assertEqual(len(chart.with_class("row", tag="g")), 9)

    def test_labels_in_time_order(self):
        shuffled = HANDOFF[::-1]  # the tool sorts by send time
        chart = self.render(shuffled)
        self.assertEqual(chart.labels(), HANDOFF_LABELS)
        times = [e.text for e in chart.with_class("time", tag="text")]
        self.assertEqual(times[0], "t=4.000 s")
        self.assertEqual(times[-1], "t=4.100 s")

    def test_arrows_go_down_the_chart(self):
        chart = self.render(HANDOFF)
        ys = [float(e.get("y1")) for e in chart.arrows() if e.tag == SVG_NS + "line"]
        self.assertEqual(ys, sorted(ys))
        self.assertEqual(len(set(ys)), len(ys))

    def test_internet_arrow_runs_from_mh_to_ha(self):
        chart = self.render(HANDOFF)
        xs = chart.lifeline_x()
        (arrow,) = chart.arrows("internet")
        self.assertEqual(arrow.tag, SVG_NS + "line")
        self.assertAlmostEqual(float(arrow.get("x1")), xs["MH"], delta=0.5)
        self.assertAlmostEqual(float(arrow.get("x2")), xs["HA"], delta=2.0)
        domain = chart.arrow_of("RegistrationUpdate")
        self.assertNotEqual(arrow.get("stroke"), domain.get("stroke"))
        self.assertGreater(float(arrow.get("stroke-width")), float(domain.get("stroke-width")))
        # Not to scale by default: the arrow is horizontal even though received_s is later.
        self.assertEqual(arrow.get("y1"), arrow.get("y2"))

    def test_backward_arrow_points_from_sender(self):
        chart = self.render(HANDOFF)
        xs = chart.lifeline_x()
        ack = chart.arrow_of("BindingAcknowledgement", 0)  # MS -> MH
        self.assertAlmostEqual(float(ack.get("x1")), xs["MS"], delta=0.5)
        self.assertAlmostEqual(float(ack.get("x2")), xs["MH"], delta=2.0)

    def test_legend_explains_scopes(self):
        chart = self.render(HANDOFF)
        legend = " ".join(e.text for e in chart.with_class("legend-text", tag="text"))
        self.assertIn("internet", legend)
        self.assertIn("domain", legend)
        self.assertIn("periodic", legend)

    def test_to_scale_slants_arrows_to_received_time(self):
        chart = self.render(HANDOFF, "--to-scale")
        (arrow,) = chart.arrows("internet")
        self.assertGreater(float(arrow.get("y2")), float(arrow.get("y1")))
        ys = [float(e.get("y1")) for e in chart.arrows()]
        self.assertEqual(ys, sorted(ys))
        # 0.058 s between the last two sends vs 0.010 s between the first two.
        gap_first = ys[1] - ys[0]
        gap_last = ys[-1] - ys[-2]
        self.assertAlmostEqual(gap_last / gap_first, 5.8, delta=0.05)

    def test_to_scale_without_received_column_is_horizontal(self):
        rows = [r[:5] for r in HANDOFF]
        chart = self.render(rows, "--to-scale", header="time_s,sender,receiver,message,scope\n")
        for arrow in chart.arrows():
            self.assertEqual(arrow.get("y1"), arrow.get("y2"))

    def test_self_message_is_a_loop(self):
        rows = HANDOFF + [("5.0", "MH", "MH", "RegistrationRefresh", "domain", "5.0")]
        chart = self.render(rows)
        (loop,) = chart.arrows("self")
        self.assertEqual(loop.tag, SVG_NS + "path")
        self.assertIn("domain", classes(loop))

    def test_collapse_periodic_merges_five_router_advertisements(self):
        ras = [(f"{1.0 + 0.1 * i:.1f}", "AR1", "MH", "RouterAdvertisement", "domain", "")
               for i in range(5)]
        rows = ras + [("2.0", "MH", "MS", "RegistrationRequest", "domain", "")]
        chart = self.render(rows)
        self.assertEqual(len(chart.arrows("periodic")), 5)
        chart = self.render(rows, "--collapse-periodic")
        self.assertEqual(len(chart.arrows("periodic")), 1)
        self.assertEqual(len(chart.arrows("collapsed")), 1)
        self.assertEqual(chart.labels(), ["RouterAdvertisement \u00d75", "RegistrationRequest"])
        times = [e.text for e in chart.with_class("time", tag="text")]
        self.assertEqual(times[0], "t=1.000\u20131.400 s")

    def test_collapse_keeps_runs_apart_when_gap_or_protocol_message_separates(self):
        rows = [
            ("1.0", "AR1", "MH", "RouterAdvertisement", "domain", ""),
            ("1.1", "AR2", "MH", "RouterAdvertisement", "domain", ""),  # other sender
            ("1.2", "AR1", "MH", "RouterAdvertisement", "domain", ""),
            ("1.3", "AR2", "MH", "RouterAdvertisement", "domain", ""),
            ("2.0", "AR1", "MH", "RouterAdvertisement", "domain", ""),  # 0.8 s later
            ("2.1", "MH", "MS", "RegistrationUpdate", "domain", ""),
            ("2.2", "AR1", "MH", "RouterAdvertisement", "domain", ""),  # after a protocol msg
            ("2.3", "MH", "MS", "NeighborSolicitation", "domain", ""),
            ("2.4", "MH", "MS", "NeighborSolicitation", "domain", ""),  # not periodic
        ]
        chart = self.render(rows, "--collapse-periodic")
        self.assertEqual(chart.labels(), [
            "RouterAdvertisement \u00d72", "RouterAdvertisement \u00d72",
            "RouterAdvertisement", "RegistrationUpdate", "RouterAdvertisement",
            "NeighborSolicitation", "NeighborSolicitation",
        ])

    def test_from_to_filtering(self):
        chart = self.render(HANDOFF, "--from", "4.02", "--to", "4.04")
        self.assertEqual(chart.labels(), ["RegistrationUpdate", "BindingAcknowledgement",
                                          "CoTI", "CoT", "BindingUpdate"])
        self.assertNotIn("HA", chart.lifeline_labels())

    def test_hide(self):
        chart = self.render(HANDOFF, "--hide", "NeighborSolicitation,RouterAdvertisement",
                            "--hide", "CoTI")
        labels = chart.labels()
        self.assertEqual(len(labels), 6)
        for hidden in ("NeighborSolicitation", "RouterAdvertisement", "CoTI"):
            self.assertNotIn(hidden, labels)
        self.assertEqual(len(chart.arrows()), 6)

    def test_note_goes_before_first_message_at_or_after_its_time(self):
        chart = self.render(HANDOFF, "--note", "4.015=MH moves AR1 \u2192 AR2 & <back>",
                            "--note", "9=after everything")
        notes = chart.with_class("note", tag="g")
        self.assertEqual(len(notes), 2)
        texts = [e.text for e in chart.with_class("note-text", tag="text")]
        self.assertEqual(texts, ["MH moves AR1 \u2192 AR2 & <back>", "after everything"])
        note_y = float(chart.with_class("note-line", tag="line")[0].get("y1"))
        ys = [float(e.get("y1")) for e in chart.arrows()]
        self.assertLess(ys[1], note_y)  # NeighborSolicitation at 4.010
        self.assertGreater(ys[2], note_y)  # RegistrationUpdate at 4.020
        self.assertIsNotNone(chart.with_class("note-line", tag="line")[0].get("stroke-dasharray"))

    def test_max_rows_truncates_visibly(self):
        chart = self.render(HANDOFF, "--max-rows", "4")
        self.assertEqual(len(chart.arrows()), 4)
        (line,) = chart.with_class("truncated", tag="text")
        self.assertIn("5 more messages", line.text)

    def test_title_and_text_escaping(self):
        rows = [("1.0", "MH", "A&B", "Odd<Name>", "domain", "")]
        chart = self.render(rows, "--title", 'Fig. "1" <intra> & co')
        titles = [e.text for e in chart.with_class("title", tag="text")]
        self.assertEqual(titles, ['Fig. "1" <intra> & co'])
        self.assertEqual(chart.labels(), ["Odd<Name>"])
        self.assertIn("A&B", chart.lifeline_labels())

    def test_unknown_scope_gets_its_own_class(self):
        rows = [("1.0", "MH", "MS", "BindingUpdate", "", ""),
                ("2.0", "MH", "MS", "BindingUpdate", "Weird Scope", "")]
        chart = self.render(rows)
        self.assertEqual(len(chart.arrows("unknown")), 1)
        self.assertEqual(len(chart.arrows("weird-scope")), 1)

    def test_extra_columns_and_missing_received_are_fine(self):
        header = "time_s,sender,receiver,message,scope,bytes,uid\n"
        rows = [r[:5] + ("64", str(i)) for i, r in enumerate(HANDOFF)]
        chart = self.render(rows, header=header)
        self.assertEqual(chart.labels(), HANDOFF_LABELS)

    def test_missing_column_is_named(self):
        csv_path = write_csv(self.dir, [("1.0", "MH", "MS", "BindingUpdate")],
                             header="time_s,sender,receiver,message\n")
        proc = self.run_tool(csv_path, "-o", "x.svg", expect=1)
        self.assertIn("scope", proc.stderr)
        self.assertIn("missing column", proc.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "x.svg")))

    def test_missing_file(self):
        proc = self.run_tool("does-not-exist.csv", "-o", "x.svg", expect=1)
        self.assertIn("does-not-exist.csv", proc.stderr)

    def test_bad_time_names_the_line(self):
        csv_path = write_csv(self.dir, [("1.0", "MH", "MS", "BindingUpdate", "domain", ""),
                                        ("soon", "MH", "MS", "BindingUpdate", "domain", "")])
        proc = self.run_tool(csv_path, "-o", "x.svg", expect=1)
        self.assertIn("line 3", proc.stderr)
        self.assertIn("time_s", proc.stderr)

    def test_bad_note(self):
        csv_path = write_csv(self.dir, HANDOFF)
        proc = self.run_tool(csv_path, "-o", "x.svg", "--note", "no time here", expect=1)
        self.assertIn("TIME=TEXT", proc.stderr)

    def test_default_output_name_and_stdout(self):
        csv_path = write_csv(self.dir, HANDOFF)
        self.run_tool(csv_path)
        self.assertTrue(os.path.exists(os.path.join(self.dir, "messages.svg")))
        proc = self.run_tool(csv_path, "-o", "-")
        root = ET.fromstring(proc.stdout.encode("utf-8"))
        self.assertEqual(root.tag, SVG_NS + "svg")


class FunctionTest(unittest.TestCase):
    """Tests of the tool's functions, imported as a module."""

    @classmethod
    def setUpClass(cls):
        cls.tool = load_tool()

    def test_default_node_order(self):
        order = self.tool.default_node_order(
            ["HA", "CH1", "MS2", "BR", "MS1b", "CH2-2", "MS1", "CH2-1", "AR3", "MH", "Z"])
        self.assertEqual(order, ["MH", "AR3", "CH2-1", "CH2-2", "MS1", "MS1b", "MS2", "BR",
                                 "CH1", "HA", "Z"])

    def test_time_decimals_grow_when_needed(self):
        m = self.tool.Message
        self.assertEqual(self.tool.time_decimals([m(1.0, "a", "b", "x", "domain"),
                                                  m(1.5, "a", "b", "x", "domain")]), 3)
        self.assertEqual(self.tool.time_decimals([m(1.0, "a", "b", "x", "domain"),
                                                  m(1.00002, "a", "b", "x", "domain")]), 5)


if __name__ == "__main__":
    unittest.main()
