// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the destination-options reader and the MS's handling of Registration
// Request, Update and Refresh and of Handoff Requests (Destination Options, 60).
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::MOBILITY_SERVER}, {60})
