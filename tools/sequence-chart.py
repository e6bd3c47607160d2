#!/usr/bin/env python3
"""Draws the mobility messages of a messages.csv as a sequence chart (SVG 1.1).

The hmipv6 examples write messages.csv, one row per mobility message that crossed the
simulated network:

    time_s,sender,receiver,message,scope[,received_s,...]

This tool renders it in the spirit of the draft's figures: one box and lifeline per node
(MH, ARs, MS, BR, CHs, HA), one arrow per message from sender to receiver, labelled with
the message name, top to bottom in time order. It needs only the Python standard library.

Usage:
  sequence-chart.py messages.csv -o chart.svg [options]

Options:
  -o, --output FILE       SVG file to write ("-" = standard output; default: the CSV's
                          name with .svg)
  --title TEXT            chart title (default: "HMIPv6 message sequence: <file>")
  --from SECONDS          leave out messages sent before SECONDS
  --to SECONDS            leave out messages sent after SECONDS
  --nodes A,B,...         lifelines in this order; nodes of the messages that are not
                          listed are appended (with a warning)
  --hide M1,M2,...        leave out these message names (repeatable)
  --collapse-periodic     merge runs of identical periodic messages (RouterAdvertisement,
                          MobilityInformation) less than --collapse-gap apart into one
                          arrow labelled e.g. "RouterAdvertisement x12"
  --collapse-gap SECONDS  largest gap inside a collapsed run (default 0.5)
  --to-scale              vertical position proportional to time; with a received_s
                          column, arrows slant from send time to arrival time
  --px-per-second N       vertical scale with --to-scale (default: chosen from the data)
  --max-rows N            draw at most N arrows (default 400), then "... N more messages"
  --note TIME=TEXT ...    dashed separator with TEXT before the first message sent at or
                          after TIME (e.g. --note 4.0="MH moves AR1 -> AR2"); repeatable

Examples:
  sequence-chart.py results/fig1/messages.csv -o fig1.svg --collapse-periodic \\
      --hide NeighborSolicitation,NeighborAdvertisement --note 4.0="MH moves AR1 -> AR2"
  sequence-chart.py messages.csv -o window.svg --from 3.9 --to 4.5 --to-scale

Default lifeline order (only nodes that appear are drawn): MH, AR1, AR2, ..., CH2*, MS*,
BR*, IR*, CH1*, HA*, then unknown names in order of first appearance. Nodes of the
first group (MH to BR) get a pale "domain" band, IR/CH1/HA an "Internet" band.

SVG structure (class attributes, for styling and tests):
  g.lifelines > g.lifeline > rect.node-box, text.node-label.top, line.lifeline-line
                             (and rect/text .bottom copies under long charts)
  g.messages  > g.row > title, text.time, line.msg | path.msg (self-message loop),
                        path.arrowhead, rect.label-bg, text.label
     the arrow's class is "msg <scope> [periodic] [self] [collapsed]", scope being
     "domain", "internet", or the sanitized scope value ("unknown" when empty)
  g.note > line.note-line, text.note-text;  text.truncated;  g.legend

Exit status: 0 on success, 1 on unreadable or invalid input, 2 on bad arguments.
"""
import argparse
import csv
import math
import os
import re
import sys
from xml.sax.saxutils import escape

PROG = "sequence-chart.py"
REQUIRED_COLUMNS = ("time_s", "sender", "receiver", "message", "scope")
PERIODIC_MESSAGES = ("RouterAdvertisement", "MobilityInformation")

# Default lifeline order: access side on the left, Internet on the right.
# (pattern, zone); a name's rank is the index of the first pattern it matches.
NODE_ORDER = [
    (r"MH([-_.0-9a-z].*)?", "domain"),
    (r"AR([-_.0-9a-z].*)?", "domain"),
    (r"CH2([-_.a-z].*)?", "domain"),
    (r"MS([-_.0-9a-z].*)?", "domain"),
    (r"BR([-_.0-9a-z].*)?", "domain"),
    (r"IR([-_.0-9a-z].*)?", "internet"),
    (r"CH1([-_.a-z].*)?", "internet"),
    (r"HA([-_.0-9a-z].*)?", "internet"),
]

# Colours and line styles.
STYLE = {
    "internet": {"stroke": "#c62828", "width": 2.6, "dash": None},
    "domain": {"stroke": "#1565c0", "width": 1.6, "dash": None},
    "periodic": {"stroke": "#9e9e9e", "width": 1.0, "dash": None},
    "other": {"stroke": "#424242", "width": 1.4, "dash": "6,3"},
}
FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
MONO = "DejaVu Sans Mono, Menlo, Consolas, monospace"
LABEL_SIZE = 12
TIME_SIZE = 10
NODE_SIZE = 13

# Layout (pixels).
MARGIN = 16
TIME_COLUMN = 112  # left column with the time stamps
ROW_H = 30
SELF_ROW_H = 40
NOTE_ROW_H = 30
LOOP_W = 34
LOOP_H = 14
BOX_H = 30
MIN_SPACING = 120
MAX_SPACING = 340


class InputError(Exception):
    """A problem with the input file, reported without a traceback."""


class Message:
    """One row of messages.csv (or a collapsed run of identical periodic rows)."""

    def __init__(self, time, sender, receiver, name, scope, received=None, line=0):
        self.time = time
        self.sender = sender
        self.receiver = receiver
        self.name = name
        self.scope = scope
        self.received = received
        self.line = line
        self.count = 1
        self.last_time = time
        self.last_received = received

    @property
    def periodic(self):
        """True for the periodic messages drawn grey and thin."""
        return self.name in PERIODIC_MESSAGES

    @property
    def label(self):
        """Text written on the arrow."""
        return self.name if self.count == 1 else f"{self.name} \u00d7{self.count}"


def warn(text):
    """Prints a warning on standard error."""
    print(f"{PROG}: warning: {text}", file=sys.stderr)


def parse_float(text, what):
    """Converts text to a finite float or raises InputError naming what it was."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InputError(f"{what}: not a number: {text!r}") from None
    if not math.isfinite(value):
        raise InputError(f"{what}: not a finite number: {text!r}")
    return value


def read_messages(path):
    """Reads messages.csv and returns (messages sorted by send time, has_received)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            lines = f.readlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a CSV file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read: {e}") from None
    if not any(line.strip() for line in lines):
        raise InputError(f"{path}: empty file (expected a header {','.join(REQUIRED_COLUMNS)})")
    reader = csv.reader(lines)
    header = []
    while not any(header):
        row = next(reader, None)
        if row is None:
            raise InputError(f"{path}: no header line (expected {','.join(REQUIRED_COLUMNS)})")
        header = [h.strip() for h in row]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"{path}: missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (header: {','.join(header)}; expected at least "
            f"{','.join(REQUIRED_COLUMNS)})"
        )
    col = {name: header.index(name) for name in header[::-1]}  # first occurrence wins
    has_received = "received_s" in col
    messages = []
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank line
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))

        def cell(name, row=row):
            return row[col[name]].strip()

        where = f"{path}, line {number}"
        time = parse_float(cell("time_s"), f"{where}, time_s")
        sender, receiver, name = cell("sender"), cell("receiver"), cell("message")
        for column, value in (("sender", sender), ("receiver", receiver), ("message", name)):
            if not value:
                raise InputError(f"{where}: empty {column}")
        received = None
        if has_received and cell("received_s"):
            received = parse_float(cell("received_s"), f"{where}, received_s")
        messages.append(Message(time, sender, receiver, name, cell("scope"), received, number))
    messages.sort(key=lambda m: m.time)  # stable: equal times keep the file's order
    return messages, has_received


def split_list(values):
    """Flattens repeated comma-separated option values into a list of names."""
    names = []
    for value in values or []:
        names.extend(n.strip() for n in value.split(",") if n.strip())
    return names


def parse_notes(values):
    """Parses --note TIME=TEXT values into a list of (time, text), in the given order."""
    notes = []
    for value in values or []:
        time_text, sep, text = value.partition("=")
        if not sep:
            raise InputError(f"--note expects TIME=TEXT, got {value!r}")
        time = parse_float(time_text.strip(), f"--note {value!r}")
        notes.append((time, text.strip()))
    return notes


def natural_key(name):
    """Sort key that orders AR2 before AR10."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", name) if p]


def node_rank(name):
    """Index of the NODE_ORDER group a node name belongs to, or None."""
    for rank, (pattern, _) in enumerate(NODE_ORDER):
        if re.fullmatch(pattern, name):
            return rank
    return None


def node_zone(name):
    """'domain', 'internet' or None (unknown node) for a node name."""
    rank = node_rank(name)
    return None if rank is None else NODE_ORDER[rank][1]


def default_node_order(names):
    """Orders node names: access side left, Internet right, unknown names last."""
    known = [n for n in names if node_rank(n) is not None]
    unknown = [n for n in names if node_rank(n) is None]
    known.sort(key=lambda n: (node_rank(n), natural_key(n)))
    return known + unknown


def appearance_order(messages):
    """Node names in order of first appearance (sender before receiver)."""
    seen = {}
    for m in messages:
        seen.setdefault(m.sender, None)
        seen.setdefault(m.receiver, None)
    return list(seen)


def choose_nodes(requested, messages, all_messages):
    """Returns the lifelines: --nodes order (plus missing nodes, warned) or the default."""
    present = appearance_order(messages) or appearance_order(all_messages)
    if not requested:
        return default_node_order(present)
    nodes = []
    for n in requested:
        if n in nodes:
            warn(f"--nodes: {n} is listed twice")
            continue
        nodes.append(n)
    everywhere = set(appearance_order(all_messages))
    for n in nodes:
        if n not in everywhere:
            warn(f"--nodes: unknown node {n} (no message has it as sender or receiver); "
                 "drawing an empty lifeline")
    extra = [n for n in present if n not in nodes]
    if extra:
        warn(f"--nodes: appending node(s) that messages use but --nodes does not list: "
             f"{', '.join(extra)}")
    return nodes + extra


def collapse_periodic(messages, gap):
    """Merges identical periodic messages (same sender, receiver, name) less than gap
    seconds apart into one Message with count > 1.

    A run is only merged across other periodic messages (e.g. Router Advertisements of
    two ARs interleaving); any other message ends all runs, so the order of the protocol
    messages stays exact.
    """
    out = []
    open_runs = {}
    for m in messages:
        if not m.periodic:
            open_runs.clear()
            out.append(m)
            continue
        key = (m.sender, m.receiver, m.name, m.scope)
        run = open_runs.get(key)
        if run is not None and m.time - run.last_time < gap:
            run.count += 1
            run.last_time = m.time
            run.last_received = m.received
            continue
        run = Message(m.time, m.sender, m.receiver, m.name, m.scope, m.received, m.line)
        open_runs[key] = run
        out.append(run)
    return out


def text_width(text, size):
    """Rough rendered width of text in a sans-serif font of the given pixel size."""
    narrow = sum(1 for c in text if c in "iljtf.,:;'|!() -1I")
    wide = sum(1 for c in text if c in "mwMW\u00d7\u2192")
    upper = sum(1 for c in text if c.isupper() and c not in "IMW")
    rest = len(text) - narrow - wide - upper
    return size * (0.32 * narrow + 0.9 * wide + 0.7 * upper + 0.58 * rest)


def attr(value):
    """Escapes a value for use inside a double-quoted XML attribute."""
    return escape(clean(str(value)), {'"': "&quot;"})


def clean(text):
    """Removes characters that XML 1.0 does not allow."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)


def xml_text(text):
    """Escapes character data for XML."""
    return escape(clean(str(text)))


def class_token(text):
    """Turns a scope value into a CSS class token."""
    token = re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower()).strip("-")
    return token or "unknown"


def style_key(m):
    """Which STYLE entry draws message m."""
    if m.periodic:
        return "periodic"
    if m.scope in ("internet", "domain"):
        return m.scope
    return "other"


def fmt(value, decimals):
    """Formats a number with a fixed number of decimals, without a trailing '-0'."""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def time_decimals(messages):
    """Fewest decimals (3 to 6) that keep distinct send times distinct."""
    times = sorted({m.time for m in messages})
    for decimals in range(3, 7):
        if len({fmt(t, decimals) for t in times}) == len(times):
            return decimals
    return 6


def time_stamp(m, decimals):
    """Left-margin time stamp of a message: 't=1.234 s' or 't=1.000-1.450 s'."""
    if m.count > 1:
        return f"t={fmt(m.time, decimals)}\u2013{fmt(m.last_time, decimals)} s"
    return f"t={fmt(m.time, decimals)} s"


def tooltip(m, decimals):
    """Title text of a message row (shown by browsers when hovering)."""
    text = f"{m.label}: {m.sender} \u2192 {m.receiver}, scope {m.scope or 'unknown'}, "
    if m.count > 1:
        text += f"sent {fmt(m.time, 6)} s to {fmt(m.last_time, 6)} s ({m.count} messages)"
    else:
        text += f"sent {fmt(m.time, 6)} s"
        if m.received is not None:
            text += f", received {fmt(m.received, 6)} s"
    return text


def lifeline_spacing(messages, index):
    """Distance between lifelines so that labels fit between adjacent ones."""
    spacing = MIN_SPACING
    for m in messages:
        w = text_width(m.label, LABEL_SIZE) + 24
        if m.sender == m.receiver:
            needed = LOOP_W + w
        else:
            needed = w / max(1, abs(index[m.sender] - index[m.receiver]))
        spacing = max(spacing, needed)
    return min(MAX_SPACING, math.ceil(spacing))


class Svg:
    """Collects SVG elements as text lines."""

    def __init__(self):
        self.lines = []

    def add(self, text):
        """Appends raw SVG markup."""
        self.lines.append(text)

    def text(self, x, y, content, cls, size, anchor="start", weight=None, fill="#212121",
             family=FONT, style=None):
        """Appends a <text> element."""
        extra = f' font-weight="{weight}"' if weight else ""
        extra += f' font-style="{style}"' if style else ""
        self.add(
            f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" font-family="{attr(family)}" '
            f'font-size="{size}" text-anchor="{anchor}" fill="{fill}"{extra}>'
            f"{xml_text(content)}</text>"
        )

    def line(self, x1, y1, x2, y2, cls, stroke, width, dash=None):
        """Appends a <line> element."""
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.add(
            f'<line class="{cls}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{stroke}" stroke-width="{width}"{extra}/>'
        )

    def arrowhead(self, x1, y1, x2, y2, cls, fill, size):
        """Appends a filled arrowhead at (x2, y2) pointing along (x1, y1) -> (x2, y2)."""
        angle = math.atan2(y2 - y1, x2 - x1)
        length, half = size * 3.6 + 4, size * 1.6 + 2.2
        bx, by = x2 - length * math.cos(angle), y2 - length * math.sin(angle)
        px, py = -math.sin(angle) * half, math.cos(angle) * half
        self.add(
            f'<path class="{cls}" d="M{x2:.1f},{y2:.1f} L{bx + px:.1f},{by + py:.1f} '
            f'L{bx - px:.1f},{by - py:.1f} Z" fill="{fill}" stroke="none"/>'
        )


def default_scale(messages, duration):
    """Pixels per second for --to-scale: the lower quartile of the gaps between
    successive send times gets about one row, the whole chart 400 to 12000 pixels."""
    times = sorted({m.time for m in messages})
    gaps = sorted(b - a for a, b in zip(times, times[1:]) if b - a > 1e-9)
    scale = (ROW_H * 0.8) / gaps[len(gaps) // 4] if gaps else 0.0
    return min(max(scale, 400.0 / duration), 12000.0 / duration)


def layout_rows(messages, notes):
    """Interleaves notes with messages: each note goes before the first message sent at
    or after its time (or at the end). Returns a list of ('note', (t, text)) and
    ('msg', Message) items."""
    pending = sorted(enumerate(notes), key=lambda p: (p[1][0], p[0]))
    items = []
    k = 0
    for m in messages:
        while k < len(pending) and pending[k][1][0] <= m.time:
            items.append(("note", pending[k][1]))
            k += 1
        items.append(("msg", m))
    items.extend(("note", n) for _, n in pending[k:])
    return items


def render(messages, nodes, title, subtitle, notes, hidden_count, truncated, to_scale,
           px_per_second, has_received):
    """Returns the SVG document (a string) for the messages and lifelines."""
    index = {n: i for i, n in enumerate(nodes)}
    spacing = lifeline_spacing(messages, index)
    left = MARGIN + TIME_COLUMN
    xs = {n: left + spacing * (i + 0.5) for i, n in enumerate(nodes)}
    decimals = time_decimals(messages) if messages else 3

    # Width: lifelines, self-message labels right of the last lifeline, title, legend.
    width = left + spacing * len(nodes) + MARGIN
    for m in messages:
        if m.sender == m.receiver:
            width = max(width, xs[m.sender] + LOOP_W + 10
                        + text_width(m.label, LABEL_SIZE) + MARGIN)
    width = max(width, MARGIN * 2 + text_width(title, 16) + 10,
                MARGIN * 2 + text_width(subtitle, 11) + 10, 560)
    width = math.ceil(width)

    top = MARGIN + 22 + 18 + 14  # title, subtitle, zone labels
    box_top = top
    rows_top = box_top + BOX_H + 18

    # Vertical positions.
    placed = []  # (kind, payload, y_send, y_receive)
    if to_scale and messages:
        t0 = min([m.time for m in messages] + [t for t, _ in notes])
        t1 = max([m.time if m.received is None else max(m.time, m.received)
                  for m in messages] + [m.last_time for m in messages]
                 + [t for t, _ in notes])
        duration = max(t1 - t0, 1e-9)
        if px_per_second is None:
            px_per_second = default_scale(messages, duration)
        def y_of(t):
            return rows_top + 10 + (t - t0) * px_per_second
        for kind, payload in layout_rows(messages, notes):
            if kind == "note":
                placed.append((kind, payload, y_of(payload[0]), y_of(payload[0])))
                continue
            m = payload
            y1 = y_of(m.time)
            y2 = y1
            if has_received and m.count == 1 and m.received is not None:
                y2 = y_of(m.received)
            if m.sender == m.receiver:
                y2 = max(y2, y1 + LOOP_H)
            placed.append((kind, m, y1, y2))
        rows_bottom = max(y for _, _, a, b in placed for y in (a, b)) + 20
    else:
        y = rows_top
        for kind, payload in layout_rows(messages, notes):
            if kind == "note":
                placed.append((kind, payload, y + NOTE_ROW_H * 0.55, None))
                y += NOTE_ROW_H
            elif payload.sender == payload.receiver:
                placed.append((kind, payload, y + 16, y + 16 + LOOP_H))
                y += SELF_ROW_H
            else:
                placed.append((kind, payload, y + 20, y + 20))
                y += ROW_H
        rows_bottom = y + 6
    if not messages:
        rows_bottom = max(rows_bottom, rows_top + 40)
    if truncated:
        truncated_y = rows_bottom + 14
        rows_bottom += 30
    repeat_boxes = sum(1 for p in placed if p[0] == "msg") > 20
    bottom_boxes_y = rows_bottom + 4
    lifeline_end = bottom_boxes_y if repeat_boxes else rows_bottom
    legend_top = (bottom_boxes_y + BOX_H if repeat_boxes else rows_bottom) + 24

    # Legend entries present in this chart (internet and domain are always explained).
    legend = [
        ("internet", "internet scope: crossed a border router (red, thick)"),
        ("domain", "domain scope: stayed inside the domain (blue)"),
    ]
    if any(m.periodic for m in messages):
        legend.append(("periodic", "periodic: " + ", ".join(PERIODIC_MESSAGES) + " (grey, thin)"))
    if any(style_key(m) == "other" for m in messages):
        legend.append(("other", "other or unknown scope (dashed)"))
    legend_extra = []
    if notes:
        legend_extra.append(("note", "event given with --note (e.g. MH movement)"))
    if to_scale:
        legend_extra.append(("info", "time to scale" + (
            ": arrows slant from send to arrival time" if has_received else "")))
    else:
        legend_extra.append(("info", "one row per message (not to scale); time stamps on the left"))
    if hidden_count:
        legend_extra.append(("info", f"{hidden_count} message(s) hidden by --hide"))
    legend_h = 18 * (len(legend) + len(legend_extra)) + 26
    height = math.ceil(legend_top + legend_h + MARGIN)
    width = max(width, math.ceil(MARGIN * 2 + 70 + max(
        text_width(t, 11) for _, t in legend + legend_extra)))

    svg = Svg()
    svg.add('<?xml version="1.0" encoding="UTF-8" standalone="no"?>')
    svg.add(
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="sequence-chart" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
    )
    svg.add(f"<title>{xml_text(title)}</title>")
    svg.add(f"<desc>{xml_text(subtitle)}. Drawn by tools/sequence-chart.py.</desc>")
    svg.add(f'<rect class="background" x="0" y="0" width="{width}" height="{height}" '
            f'fill="#ffffff"/>')

    # Zones: pale bands behind contiguous runs of domain / Internet nodes.
    svg.add('<g class="zones">')
    run_start = 0
    for i in range(1, len(nodes) + 1):
        if i == len(nodes) or node_zone(nodes[i]) != node_zone(nodes[run_start]):
            zone = node_zone(nodes[run_start])
            if zone:
                x0 = left + spacing * run_start + 3
                x1 = left + spacing * i - 3
                fill = "#e3f2fd" if zone == "domain" else "#fdecea"
                svg.add(f'<rect class="zone {zone}" x="{x0:.1f}" y="{top - 14:.1f}" '
                        f'width="{x1 - x0:.1f}" height="{lifeline_end - top + 14 + 6:.1f}" '
                        f'fill="{fill}" fill-opacity="0.55" rx="6"/>')
                svg.text((x0 + x1) / 2, top - 3, "domain" if zone == "domain" else "Internet",
                         f"zone-label {zone}", 10, "middle", fill="#607d8b", style="italic")
            run_start = i
    svg.add("</g>")

    svg.text(MARGIN, MARGIN + 16, title, "title", 16, weight="bold")
    svg.text(MARGIN, MARGIN + 34, subtitle, "subtitle", 11, fill="#616161")

    # Lifelines and node boxes.
    svg.add('<g class="lifelines">')
    for n in nodes:
        x = xs[n]
        w = min(spacing - 12, max(56, text_width(n, NODE_SIZE) + 20))
        svg.add(f'<g class="lifeline">')
        svg.line(x, box_top + BOX_H, x, lifeline_end, "lifeline-line", "#9e9e9e", 1, "4,4")
        for y, where in [(box_top, "top")] + ([(bottom_boxes_y, "bottom")] if repeat_boxes else []):
            svg.add(f'<rect class="node-box {where}" x="{x - w / 2:.1f}" y="{y:.1f}" '
                    f'width="{w:.1f}" height="{BOX_H}" rx="3" fill="#fafafa" stroke="#212121" '
                    f'stroke-width="1.4"/>')
            svg.text(x, y + BOX_H / 2 + NODE_SIZE * 0.36, n, f"node-label {where}", NODE_SIZE,
                     "middle", weight="bold")
        svg.add("</g>")
    svg.add("</g>")

    # Messages and notes.
    svg.add('<g class="messages">')
    last_stamp_y = -1e9
    note_ys = [p[2] for p in placed if p[0] == "note"]
    if to_scale:  # notes may share a y with arrows: draw them underneath
        placed.sort(key=lambda p: p[0] != "note")
    for kind, payload, y1, y2 in placed:
        if kind == "note":
            t, text = payload
            svg.add('<g class="note">')
            svg.add(f"<title>{xml_text(f'{fmt(t, 6)} s: {text}')}</title>")
            svg.line(left - 10, y1, width - MARGIN, y1, "note-line", "#ef6c00", 1.4, "8,4")
            tw = text_width(text, 11) + 12
            svg.add(f'<rect class="note-bg" x="{left + 4:.1f}" y="{y1 - 9:.1f}" '
                    f'width="{tw:.1f}" height="17" fill="#fff3e0" stroke="#ef6c00" '
                    f'stroke-width="0.8" rx="3"/>')
            svg.text(left + 10, y1 + 4, text, "note-text", 11, fill="#bf360c", weight="bold")
            svg.text(MARGIN, y1 + 3.5, f"t={fmt(t, decimals)} s", "note-time", TIME_SIZE,
                     fill="#bf360c", family=MONO)
            svg.add("</g>")
            continue
        m = payload
        key = style_key(m)
        st = STYLE[key]
        classes = ["msg", class_token(m.scope)]
        if m.periodic:
            classes.append("periodic")
        if m.sender == m.receiver:
            classes.append("self")
        if m.count > 1:
            classes.append("collapsed")
        cls = " ".join(classes)
        label_cls = "label " + " ".join(classes[1:])
        svg.add(f'<g class="row">')
        svg.add(f"<title>{xml_text(tooltip(m, decimals))}</title>")
        if y1 - last_stamp_y >= TIME_SIZE + 1 and all(
                abs(y1 - ny) >= TIME_SIZE + 1 for ny in note_ys):
            svg.text(MARGIN, y1 + 3.5, time_stamp(m, decimals), "time", TIME_SIZE,
                     fill="#757575", family=MONO)
            last_stamp_y = y1
        head = 1.6 if key == "periodic" else (2.4 if key == "internet" else 1.9)
        label_w = text_width(m.label, LABEL_SIZE)
        if m.sender == m.receiver:
            x = xs[m.sender]
            d = (f"M{x:.1f},{y1:.1f} H{x + LOOP_W:.1f} V{y2:.1f} H{x + 6:.1f}")
            dash = f' stroke-dasharray="{st["dash"]}"' if st["dash"] else ""
            svg.add(f'<path class="{cls}" d="{d}" fill="none" stroke="{st["stroke"]}" '
                    f'stroke-width="{st["width"]}"{dash}/>')
            svg.arrowhead(x + LOOP_W, y2, x, y2, "arrowhead " + " ".join(classes[1:]),
                          st["stroke"], head)
            lx, ly, anchor = x + LOOP_W + 6, (y1 + y2) / 2 + 4, "start"
            bg_x = lx - 2
        else:
            xa, xb = xs[m.sender], xs[m.receiver]
            direction = 1 if xb > xa else -1
            svg.line(xa, y1, xb - direction * 1.0, y2, cls, st["stroke"], st["width"], st["dash"])
            svg.arrowhead(xa, y1, xb, y2, "arrowhead " + " ".join(classes[1:]), st["stroke"], head)
            lx = (xa + xb) / 2
            ly = (y1 + y2) / 2 - 5 - st["width"] / 2
            anchor = "middle"
            bg_x = lx - label_w / 2 - 2
        svg.add(f'<rect class="label-bg" x="{bg_x:.1f}" y="{ly - LABEL_SIZE + 1:.1f}" '
                f'width="{label_w + 4:.1f}" height="{LABEL_SIZE + 2}" fill="#ffffff" '
                f'fill-opacity="0.85"/>')
        fill = {"internet": "#b71c1c", "domain": "#0d47a1", "periodic": "#757575"}.get(key, "#212121")
        svg.text(lx, ly, m.label, label_cls, LABEL_SIZE, anchor, fill=fill,
                 weight="bold" if key == "internet" else None)
        svg.add("</g>")
    if not messages:
        svg.text(width / 2, rows_top + 24, "(no messages to show)", "empty", 13, "middle",
                 fill="#757575", style="italic")
    if truncated:
        svg.text(width / 2, truncated_y, f"\u2026 {truncated} more message"
                 f"{'s' if truncated != 1 else ''} (not drawn: raise --max-rows or narrow "
                 f"--from/--to)", "truncated", 12, "middle", fill="#b71c1c", weight="bold")
    svg.add("</g>")

    # Legend.
    svg.add('<g class="legend">')
    svg.text(MARGIN, legend_top, "Legend", "legend-title", 11, weight="bold")
    y = legend_top + 16
    for key, text in legend:
        st = STYLE[key]
        svg.line(MARGIN, y - 4, MARGIN + 48, y - 4, f"legend-line {key}", st["stroke"],
                 st["width"], st["dash"])
        svg.arrowhead(MARGIN, y - 4, MARGIN + 56, y - 4, f"arrowhead {key}", st["stroke"],
                      2.4 if key == "internet" else 1.9)
        svg.text(MARGIN + 66, y, text, "legend-text", 11)
        y += 18
    for key, text in legend_extra:
        if key == "note":
            svg.line(MARGIN, y - 4, MARGIN + 56, y - 4, "legend-line note", "#ef6c00", 1.4, "8,4")
        svg.text(MARGIN + 66, y, text, "legend-text", 11,
                 fill="#bf360c" if key == "note" else "#616161")
        y += 18
    svg.add("</g>")
    svg.add("</svg>")
    return "\n".join(svg.lines) + "\n"


def parse_args(argv):
    """Parses the command line."""
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Draws an hmipv6 messages.csv as a sequence chart (SVG 1.1, no "
                    "dependencies). Arrows: red = internet scope, blue = domain scope, "
                    "grey = periodic.",
        epilog='example: %(prog)s messages.csv -o chart.svg --collapse-periodic '
               '--hide NeighborSolicitation,NeighborAdvertisement '
               '--note 4.0="MH moves AR1 -> AR2"',
    )
    p.add_argument("csv", metavar="messages.csv", help="messages written by an hmipv6 example")
    p.add_argument("-o", "--output", metavar="FILE",
                   help='SVG file to write; "-" for standard output (default: CSV name with .svg)')
    p.add_argument("--title", metavar="TEXT", help="chart title")
    p.add_argument("--from", dest="t_from", type=float, metavar="SECONDS",
                   help="leave out messages sent before SECONDS")
    p.add_argument("--to", dest="t_to", type=float, metavar="SECONDS",
                   help="leave out messages sent after SECONDS")
    p.add_argument("--nodes", action="append", metavar="A,B,...",
                   help="lifelines in this order (default: MH, ARs, CH2*, MS*, BR*, IR, CH1, "
                        "HA, then others)")
    p.add_argument("--hide", action="append", metavar="M1,M2,...",
                   help="message names to leave out (repeatable)")
    p.add_argument("--collapse-periodic", action="store_true",
                   help="merge runs of identical RouterAdvertisement/MobilityInformation "
                        "messages into one arrow labelled with a count")
    p.add_argument("--collapse-gap", type=float, default=0.5, metavar="SECONDS",
                   help="largest gap inside a collapsed run (default 0.5)")
    p.add_argument("--to-scale", action="store_true",
                   help="y proportional to time; arrows slant to received_s when present")
    p.add_argument("--px-per-second", type=float, metavar="N",
                   help="vertical scale with --to-scale (default: chosen from the data)")
    p.add_argument("--max-rows", type=int, default=400, metavar="N",
                   help="draw at most N arrows (default 400)")
    p.add_argument("--note", action="extend", nargs="+", metavar="TIME=TEXT",
                   help="dashed separator labelled TEXT before the first message at or after "
                        "TIME (repeatable)")
    args = p.parse_args(argv)
    if args.max_rows < 1:
        p.error("--max-rows must be at least 1")
    if args.collapse_gap < 0:
        p.error("--collapse-gap must not be negative")
    if args.px_per_second is not None and args.px_per_second <= 0:
        p.error("--px-per-second must be positive")
    for name in ("t_from", "t_to", "collapse_gap", "px_per_second"):
        value = getattr(args, name)
        if value is not None and not math.isfinite(value):
            p.error(f"--{name.replace('t_', '').replace('_', '-')} must be a finite number")
    if args.t_from is not None and args.t_to is not None and args.t_from > args.t_to:
        p.error("--from is later than --to")
    return args


def main(argv=None):
    """Runs the command line tool; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        notes = parse_notes(args.note)
        all_messages, has_received = read_messages(args.csv)
        messages = [m for m in all_messages
                    if (args.t_from is None or m.time >= args.t_from)
                    and (args.t_to is None or m.time <= args.t_to)]
        hide = set(split_list(args.hide))
        if hide:
            names = {m.name for m in all_messages}
            for h in sorted(hide - names):
                warn(f"--hide: no message is named {h}")
        shown = [m for m in messages if m.name not in hide]
        hidden_count = len(messages) - len(shown)
        notes = [(t, text) for t, text in notes
                 if (args.t_from is None or t >= args.t_from)
                 and (args.t_to is None or t <= args.t_to)]
        total_rows = len(shown)
        if args.collapse_periodic:
            shown = collapse_periodic(shown, args.collapse_gap)
        truncated = max(0, len(shown) - args.max_rows)
        if truncated:
            shown = shown[:args.max_rows]
            last = shown[-1].time
            notes = [(t, text) for t, text in notes if t <= last]
        nodes = choose_nodes(split_list(args.nodes), shown, all_messages)
        title = args.title or f"HMIPv6 message sequence: {args.csv}"
        parts = [f"{total_rows} message{'s' if total_rows != 1 else ''}"]
        if args.collapse_periodic and total_rows:
            parts.append(f"{len(shown) + truncated} arrows after collapsing periodic messages")
        if truncated:
            parts.append(f"first {len(shown)} arrows drawn")
        if shown:
            first = shown[0].time
            last = max(m.last_time for m in shown)
            parts.append(f"sent from {first:g} s to {last:g} s")
        window = []
        if args.t_from is not None:
            window.append(f"--from {args.t_from:g}")
        if args.t_to is not None:
            window.append(f"--to {args.t_to:g}")
        if window:
            parts.append(" ".join(window))
        subtitle = ", ".join(parts)
        if not shown:
            warn("no message to draw (check --from/--to/--hide)")
        svg = render(shown, nodes, title, subtitle, notes, hidden_count, truncated,
                     args.to_scale, args.px_per_second, has_received)
        output = args.output or os.path.splitext(args.csv)[0] + ".svg"
        if output == "-":
            sys.stdout.write(svg)
        else:
            try:
                with open(output, "w", encoding="utf-8") as f:
                    f.write(svg)
            except OSError as e:
                raise InputError(f"{output}: cannot write: {e.strerror or e}") from None
            print(f"{PROG}: wrote {output} ({len(shown)} arrows, {len(nodes)} lifelines"
                  f"{f', {truncated} more not drawn' if truncated else ''})", file=sys.stderr)
    except InputError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
