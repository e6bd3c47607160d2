// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: BindingRefreshRequestHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/binding-refresh-request-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::BindingRefreshRequestHeader)
