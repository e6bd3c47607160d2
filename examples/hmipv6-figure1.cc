// SPDX-License-Identifier: GPL-2.0-only
// The draft's Figure 1, intra-domain move: one Registration Update to the MS and a Binding Update
// to the local CH2; nothing crosses the border router. See hmipv6-examples-common.h; --PrintHelp
// lists the flags.
#include "hmipv6-examples-common.h"

int
main(int argc, char* argv[])
{
    return hmipv6figure::Run(
        {1, "Figure 1: Intra Domain Mobility", "intra", 1, "5=MH moves AR1 -> AR2", 4.9, 7.5},
        argc,
        argv);
}
