// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: HomeAddressOption::Deserialize.
#include "header-fuzzer.h"

#include "ns3/home-address-option.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::HomeAddressOption)
