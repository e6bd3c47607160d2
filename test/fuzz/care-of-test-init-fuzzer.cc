// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: CareOfTestInitHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/care-of-test-init-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::CareOfTestInitHeader)
