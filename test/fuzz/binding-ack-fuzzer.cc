// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: BindingAckHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/binding-ack-header.h"

HMIPV6_HEADER_FUZZER(ns3::hmipv6::BindingAckHeader)
