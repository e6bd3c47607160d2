// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: RegistrationUpdateHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/registration-update-header.h"

HMIPV6_HEADER_FUZZER(ns3::RegistrationUpdateHeader)
