// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: RegistrationRequestHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/registration-request-header.h"

HMIPV6_HEADER_FUZZER(ns3::RegistrationRequestHeader)
