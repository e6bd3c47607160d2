// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: IPv6-in-IPv6 decapsulation (Next Header 41) at the host, the MS and the
// home agent: whatever the inner packet, it cannot change a binding.
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::HOST, At::MOBILITY_SERVER, At::HOME_AGENT}, {41})
