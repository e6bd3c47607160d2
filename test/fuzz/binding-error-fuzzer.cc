// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: BindingErrorHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/binding-error-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::BindingErrorHeader)
