// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the access router's handling of Mobility Information (Destination
// Options from the Mobility Network) and of Router Solicitations (ICMPv6 133, access link).
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::ACCESS_ROUTER_NETWORK, At::ACCESS_ROUTER}, {60, 58}, {133})
