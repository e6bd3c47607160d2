// SPDX-License-Identifier: GPL-2.0-only
#include "ns3/global-care-of-address.h"

#include <gtest/gtest.h>

using ns3::Ipv6Address;
using ns3::hmipv6::MakeGlobalCareOfAddress;

TEST(GlobalCareOfAddress, PrefixThenInterfaceIdentifier)
{
    // Written by hand: /64 takes the prefix's first 8 octets, the home address's last 8.
    EXPECT_EQ(
        MakeGlobalCareOfAddress(Ipv6Address("2001:d01::2"), 64, Ipv6Address("2001:1::a:b:c:d")),
        Ipv6Address("2001:d01::a:b:c:d"));
}

TEST(GlobalCareOfAddress, OddPrefixLength)
{
    // /60: the top nibble of octet 7 from the prefix (0xf0 of 0xff), the rest from home.
    EXPECT_EQ(
        MakeGlobalCareOfAddress(Ipv6Address("2001:10:0:ff::"), 60, Ipv6Address("2001:1:0:3::1")),
        Ipv6Address("2001:10:0:f3::1"));
}

TEST(GlobalCareOfAddress, Extremes)
{
    Ipv6Address prefix("2001:10::5");
    Ipv6Address home("2001:1::7");
    EXPECT_EQ(MakeGlobalCareOfAddress(prefix, 0, home), home);
    EXPECT_EQ(MakeGlobalCareOfAddress(prefix, 128, home), prefix);
}
