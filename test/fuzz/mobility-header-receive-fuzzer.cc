// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: MobilityL4Protocol::Receive (Mobility Header, Next Header 135) at the host, the
// MS, the home agent and the correspondent: Binding Updates, acknowledgements, HoTI/CoTI, errors.
#include "role-fuzzer.h"

using ns3::hmipv6fuzz::At;

HMIPV6_ROLE_FUZZER({At::HOST, At::MOBILITY_SERVER, At::HOME_AGENT, At::CORRESPONDENT}, {135})
