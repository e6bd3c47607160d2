// SPDX-License-Identifier: GPL-2.0-only
#include "ns3/tunnel-mtu-cache.h"

#include <gtest/gtest.h>

using ns3::Ipv6Address;
using ns3::Seconds;
using ns3::hmipv6::TunnelMtuCache;

namespace
{
const Ipv6Address EXIT_A("2001:d01::a:b:c:d");
const Ipv6Address EXIT_B("2001:d02::a:b:c:d");
} // namespace

TEST(TunnelMtuCache, LowersOnlyAndNotBelowTheMinimum)
{
    TunnelMtuCache cache(Seconds(600), 16);
    EXPECT_FALSE(cache.Get(EXIT_A, Seconds(0)).has_value());
    EXPECT_TRUE(cache.Update(EXIT_A, 1460, Seconds(1)));
    EXPECT_EQ(*cache.Get(EXIT_A, Seconds(1)), 1460u);
    EXPECT_FALSE(cache.Update(EXIT_A, 1500, Seconds(2))) << "never raised by a message";
    EXPECT_FALSE(cache.Update(EXIT_A, 1460, Seconds(2)));
    EXPECT_TRUE(cache.Update(EXIT_A, 1400, Seconds(3)));
    EXPECT_TRUE(cache.Update(EXIT_A, 576, Seconds(4)));
    EXPECT_EQ(*cache.Get(EXIT_A, Seconds(4)), 1280u) << "RFC 8201 4: at least 1280";
    EXPECT_FALSE(cache.Get(EXIT_B, Seconds(4)).has_value()) << "per exit-point";
}

TEST(TunnelMtuCache, AgesOut)
{
    TunnelMtuCache cache(Seconds(600), 16);
    cache.Update(EXIT_A, 1400, Seconds(10));
    EXPECT_TRUE(cache.Get(EXIT_A, Seconds(609.9)).has_value());
    EXPECT_FALSE(cache.Get(EXIT_A, Seconds(610)).has_value()) << "then the link MTU again";
    EXPECT_TRUE(cache.Update(EXIT_A, 1450, Seconds(611))) << "learnt anew after ageing";
    EXPECT_EQ(*cache.Get(EXIT_A, Seconds(611)), 1450u);
}

TEST(TunnelMtuCache, BoundedWhateverTheMessages)
{
    TunnelMtuCache cache(Seconds(600), 4);
    auto exit = [](uint32_t i) {
        uint8_t octets[16] = {0x20, 0x01, 0x0d, 0xff};
        octets[14] = static_cast<uint8_t>(i >> 8);
        octets[15] = static_cast<uint8_t>(i);
        return Ipv6Address(octets);
    };
    for (uint32_t i = 0; i < 1000; ++i)
    {
        cache.Update(exit(i), 1300, Seconds(i));
    }
    EXPECT_EQ(cache.GetN(), 4u);
    cache.Configure(Seconds(600), 2);
    EXPECT_EQ(cache.GetN(), 2u);
    EXPECT_TRUE(cache.Get(exit(999), Seconds(999)).has_value()) << "the newest stay";
    EXPECT_TRUE(cache.Get(exit(998), Seconds(999)).has_value());
    cache.Clear();
    EXPECT_EQ(cache.GetN(), 0u);
}
