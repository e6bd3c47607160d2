// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: HandoffRequestHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/handoff-request-header.h"

HMIPV6_HEADER_FUZZER(ns3::HandoffRequestHeader)
