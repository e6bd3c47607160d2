// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: BindingUpdateHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/binding-update-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::BindingUpdateHeader)
