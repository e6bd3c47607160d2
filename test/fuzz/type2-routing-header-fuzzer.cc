// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: Type2RoutingHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/type2-routing-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::Type2RoutingHeader)
