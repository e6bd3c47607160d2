// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: HomeTestInitHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/home-test-init-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::HomeTestInitHeader)
