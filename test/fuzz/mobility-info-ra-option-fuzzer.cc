// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: MobilityInfoRaOption::Deserialize.
#include "header-fuzzer.h"

#include "ns3/mobility-info-ra-option.h"

HMIPV6_HEADER_FUZZER(ns3::MobilityInfoRaOption)
