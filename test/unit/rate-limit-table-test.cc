// SPDX-License-Identifier: GPL-2.0-only
#include "ns3/rate-limit-table.h"

#include <gtest/gtest.h>

using ns3::Ipv6Address;
using ns3::MilliSeconds;
using ns3::Seconds;
using ns3::hmipv6::RateLimitTable;

namespace
{
const Ipv6Address PEER_A("2001:d01::a");
const Ipv6Address PEER_B("2001:d02::b");

/// \param i an index \return a distinct address for it (forged sources)
Ipv6Address
Forged(uint32_t i)
{
    uint8_t octets[16] = {0x20, 0x01, 0x0d, 0xff};
    octets[12] = static_cast<uint8_t>(i >> 24);
    octets[13] = static_cast<uint8_t>(i >> 16);
    octets[14] = static_cast<uint8_t>(i >> 8);
    octets[15] = static_cast<uint8_t>(i);
    return Ipv6Address(octets);
}
} // namespace

TEST(RateLimitTable, OncePerIntervalPerDestination)
{
    RateLimitTable table(Seconds(1), 16);
    EXPECT_TRUE(table.Allow(PEER_A, Seconds(2))) << "the first message goes";
    EXPECT_FALSE(table.Allow(PEER_A, Seconds(2.5))) << "rate-limited";
    EXPECT_TRUE(table.Allow(PEER_B, Seconds(2.5))) << "per destination";
    EXPECT_FALSE(table.Allow(PEER_A, Seconds(2.999)));
    EXPECT_TRUE(table.Allow(PEER_A, Seconds(3))) << "one interval later";
    EXPECT_EQ(table.GetN(), 2u);
}

TEST(RateLimitTable, AgedEntriesArePruned)
{
    RateLimitTable table(Seconds(1), 16);
    table.Allow(PEER_A, Seconds(1));
    table.Allow(PEER_B, Seconds(1.5));
    EXPECT_EQ(table.GetN(), 2u);
    EXPECT_TRUE(table.Allow(Forged(1), Seconds(2.2)));
    EXPECT_EQ(table.GetN(), 2u) << "PEER_A aged out, PEER_B still limits";
    EXPECT_TRUE(table.Allow(Forged(2), Seconds(10)));
    EXPECT_EQ(table.GetN(), 1u) << "only the destinations of the last interval";
}

TEST(RateLimitTable, BoundedWhateverTheSources)
{
    RateLimitTable table(Seconds(1), 1024);
    uint32_t allowed = 0;
    for (uint32_t i = 0; i < 100000; ++i)
    {
        allowed += table.Allow(Forged(i), MilliSeconds(i / 100)) ? 1 : 0;
        ASSERT_LE(table.GetN(), 1024u);
    }
    // 100 forged sources a millisecond for 1 s: at most 1024 answers per second.
    EXPECT_LE(allowed, 1024u);
    EXPECT_GT(allowed, 1000u) << "the capacity is used, then waits for entries to age";
    EXPECT_TRUE(table.Allow(PEER_A, Seconds(2))) << "a real peer is answered afterwards";
    table.Configure(Seconds(1), 2);
    EXPECT_LE(table.GetN(), 2u);
    table.Clear();
    EXPECT_EQ(table.GetN(), 0u);
}

TEST(RateLimitTable, ZeroIntervalLimitsNothing)
{
    RateLimitTable table(Seconds(0), 1);
    EXPECT_TRUE(table.Allow(PEER_A, Seconds(1)));
    EXPECT_TRUE(table.Allow(PEER_A, Seconds(1)));
    EXPECT_TRUE(table.Allow(PEER_B, Seconds(1)));
}
