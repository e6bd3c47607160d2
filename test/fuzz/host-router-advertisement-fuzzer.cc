// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the mobile host's Router Advertisement option walk (Mobility Information
// option, prefixes, MTU; ICMPv6 134). RAs are not authenticated (SEND is out of scope):
// the bounds are checked, not the registration.
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::HOST}, {58}, {134}, false)
