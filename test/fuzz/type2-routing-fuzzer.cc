// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the type 2 routing header (Next Header 43) at the host and the correspondent.
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::HOST, At::CORRESPONDENT}, {43})
