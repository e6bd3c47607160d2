// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: MobilityInfoHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/mobility-info-header.h"

HMIPV6_HEADER_FUZZER(ns3::MobilityInfoHeader)
