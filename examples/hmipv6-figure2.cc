// SPDX-License-Identifier: GPL-2.0-only
// The draft's Figure 2, inter-domain move: Registration Request to MS2, Handoff Request MS2 -> MS1,
// Binding Updates with the new GCoA to HA and CH1, with the LCoA to the local CH2. See
// hmipv6-examples-common.h; --PrintHelp lists the flags.
#include "hmipv6-examples-common.h"

int
main(int argc, char* argv[])
{
    return hmipv6figure::Run({2,
                              "Figure 2: Inter Domain Mobility",
                              "inter",
                              1,
                              "5=MH moves AR1 -> AR3 (domain 2)",
                              4.9,
                              8},
                             argc,
                             argv);
}
