// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the ND proxies' Neighbour Solicitation and Advertisement handling (the MS
// for GCoAs, the home agent for home addresses; ICMPv6 135 and 136). ND is not
// authenticated (SEND is out of scope): the bounds are checked, not the bindings.
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::MOBILITY_SERVER, At::HOME_AGENT}, {58}, {135, 136}, false)
