// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the Home Address option handler (Destination Options, 60) at the
// correspondent, the home agent and the MS, and what it hands up (Mobility Header, UDP).
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::CORRESPONDENT, At::HOME_AGENT, At::MOBILITY_SERVER}, {60})
