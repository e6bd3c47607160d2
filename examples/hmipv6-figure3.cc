// SPDX-License-Identifier: GPL-2.0-only
// The draft's Figure 3, packet delivery: CH1's packets (GCoA) reach the host through the MS,
// encapsulated; CH2's (LCoA) directly; the chart shows the arrival in the domain. See
// hmipv6-examples-common.h; --PrintHelp lists the flags.
#include "hmipv6-examples-common.h"

int
main(int argc, char* argv[])
{
    return hmipv6figure::Run({3, "Figure 3: Packets delivery", "intra", 0, "", 0.5, 4}, argc, argv);
}
