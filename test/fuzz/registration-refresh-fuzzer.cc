// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: RegistrationRefreshHeader::Deserialize.
#include "header-fuzzer.h"

#include "ns3/registration-refresh-header.h"

HMIPV6_HEADER_FUZZER(ns3::RegistrationRefreshHeader)
