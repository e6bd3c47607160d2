// SPDX-License-Identifier: GPL-2.0-only
// Test runner of the standalone build: the suites are linked into this program and
// register themselves; ns-3's TestRunner does the rest (same flags as ns-3's own).
#include "ns3/test.h"

int
main(int argc, char* argv[])
{
    return ns3::TestRunner::Run(argc, argv);
}
