// SPDX-License-Identifier: GPL-2.0-only
#include "ns3/mobility-server-list.h"

#include <gtest/gtest.h>

using ns3::Ipv6Address;
using ns3::Seconds;
using ns3::hmipv6::MobilityServerList;

namespace
{
const Ipv6Address A("2001:d01::2");
const Ipv6Address B("2001:d01::3");
const Ipv6Address C("2001:d01::4");
} // namespace

TEST(MobilityServerList, OnlyTrustedSendersAreLearnt)
{
    MobilityServerList list;
    list.Trust(A, 0);
    EXPECT_FALSE(list.Learn(B, B, 64, std::nullopt));
    EXPECT_EQ(list.GetN(), 0u);
    EXPECT_EQ(list.GetChosen(), nullptr);
    EXPECT_TRUE(list.Learn(A, A, 64, std::nullopt));
    ASSERT_NE(list.GetChosen(), nullptr);
    EXPECT_EQ(list.GetChosen()->ms, A);
    EXPECT_FALSE(list.IsTrusted(Ipv6Address::GetAny()));
}

TEST(MobilityServerList, StableChoiceWhateverTheOrder)
{
    // Lowest MS address at equal preference, however the packets alternate.
    MobilityServerList list;
    list.Trust(A, 0);
    list.Trust(B, 0);
    for (int i = 0; i < 10; ++i)
    {
        list.Learn(i % 2 ? A : B, i % 2 ? A : B, 64, Seconds(100 + i));
        if (i > 0)
        {
            EXPECT_EQ(list.GetChosen()->ms, A) << "round " << i;
        }
    }
    EXPECT_EQ(list.GetN(), 2u) << "one entry per sender";
}

TEST(MobilityServerList, PreferenceFirst)
{
    MobilityServerList list;
    list.Trust(A, 0);
    list.Trust(C, 5);
    list.Learn(A, A, 64, std::nullopt);
    list.Learn(C, C, 64, std::nullopt);
    EXPECT_EQ(list.GetChosen()->ms, C);
    list.Trust(A, 9); // preferences can change later, entries follow
    EXPECT_EQ(list.GetChosen()->ms, A);
}

TEST(MobilityServerList, WithdrawalAndExpiryHandOver)
{
    MobilityServerList list;
    list.Trust(A, 0);
    list.Trust(B, 0);
    list.Learn(A, A, 64, Seconds(3));
    list.Learn(B, B, 64, Seconds(4));
    EXPECT_EQ(*list.NextExpiry(), Seconds(3));
    EXPECT_TRUE(list.Forget(A));
    EXPECT_FALSE(list.Forget(A));
    EXPECT_EQ(list.GetChosen()->ms, B);
    EXPECT_TRUE(list.RemoveExpired(Seconds(3.9)).empty());
    std::vector<MobilityServerList::Entry> gone = list.RemoveExpired(Seconds(4));
    ASSERT_EQ(gone.size(), 1u);
    EXPECT_EQ(gone[0].ms, B);
    EXPECT_EQ(list.GetChosen(), nullptr);
    EXPECT_FALSE(list.NextExpiry().has_value());
}

TEST(MobilityServerList, PermanentEntryNeverExpires)
{
    MobilityServerList list;
    list.SetPermanent(B, 48);
    list.Trust(A, 0);
    list.Learn(A, A, 64, Seconds(1));
    EXPECT_EQ(list.GetChosen()->ms, A);
    list.RemoveExpired(Seconds(10));
    ASSERT_NE(list.GetChosen(), nullptr);
    EXPECT_EQ(list.GetChosen()->ms, B);
    EXPECT_EQ(list.GetChosen()->prefixLength, 48);
    list.SetPermanent(Ipv6Address::GetAny(), 0);
    EXPECT_EQ(list.GetChosen(), nullptr);
}

TEST(MobilityServerList, SenderMayNameAnotherServer)
{
    MobilityServerList list;
    list.Trust(A, 0);
    list.Learn(A, C, 40, std::nullopt);
    list.Learn(A, B, 40, std::nullopt); // replaces what A said before
    EXPECT_EQ(list.GetN(), 1u);
    EXPECT_EQ(list.GetChosen()->ms, B);
    list.Clear();
    EXPECT_EQ(list.GetN(), 0u);
    EXPECT_TRUE(list.IsTrusted(A)) << "Clear keeps the trust";
}
