#! /usr/bin/env python3
# Examples that ns-3's test.py runs as tests: (example command, condition to run,
# condition to use valgrind).
cpp_examples = [
    ("hmipv6-wire-demo", "True", "True"),
    ("hmipv6-first-scenario", "True", "False"),
    ("hmipv6-own-topology", "True", "False"),
    ("hmipv6-campus --hosts=6 --duration=30", "True", "False"),
    ("hmipv6-campus --hosts=4 --duration=20 --linkModel=wifi", "True", "False"),
    ("mipv6-handoff --handoffs=1 --interval=3", "True", "False"),
    ("mipv6-handoff --handoffs=1 --interval=3 --routeOptimization=1", "True", "False"),
    ("mipv6-handoff --handoffs=1 --interval=3 --linkModel=wifi", "True", "False"),
]

python_examples = []
