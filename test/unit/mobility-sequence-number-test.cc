// SPDX-License-Identifier: GPL-2.0-only
// RFC 6275 9.5.1 sequence comparison, checked at the edges of the window.
#include "ns3/mobility-sequence-number.h"

#include <gtest/gtest.h>

using ns3::hmipv6::MobilitySequenceNumber;

TEST(MobilitySequenceNumber, OneAheadIsNewer)
{
    EXPECT_TRUE(MobilitySequenceNumber::IsNewer(2, 1));
    EXPECT_TRUE(MobilitySequenceNumber::IsNewer(0, 65535));
}

TEST(MobilitySequenceNumber, SameOrOlderIsNotNewer)
{
    EXPECT_FALSE(MobilitySequenceNumber::IsNewer(7, 7));
    EXPECT_FALSE(MobilitySequenceNumber::IsNewer(6, 7));
    EXPECT_FALSE(MobilitySequenceNumber::IsNewer(65535, 0));
}

TEST(MobilitySequenceNumber, WindowEdges)
{
    // 32767 steps ahead is newer; 32768 ahead equals "the preceding 32768 values".
    EXPECT_TRUE(MobilitySequenceNumber::IsNewer(32767, 0));
    EXPECT_FALSE(MobilitySequenceNumber::IsNewer(32768, 0));
    EXPECT_TRUE(MobilitySequenceNumber::IsNewer(100 + 32767, 100));
    EXPECT_FALSE(MobilitySequenceNumber::IsNewer(static_cast<uint16_t>(100 + 32768), 100));
    EXPECT_TRUE(MobilitySequenceNumber::IsNewer(32767 - 2, 65534));
    EXPECT_FALSE(MobilitySequenceNumber::IsNewer(32767 - 1, 65534));
}

TEST(MobilitySequenceNumber, SameOrNewer)
{
    EXPECT_TRUE(MobilitySequenceNumber::IsSameOrNewer(9, 9));
    EXPECT_TRUE(MobilitySequenceNumber::IsSameOrNewer(10, 9));
    EXPECT_FALSE(MobilitySequenceNumber::IsSameOrNewer(8, 9));
}

TEST(MobilitySequenceNumber, NextWraps)
{
    EXPECT_EQ(MobilitySequenceNumber::Next(1), 2);
    EXPECT_EQ(MobilitySequenceNumber::Next(65535), 0);
}
