// SPDX-License-Identifier: GPL-2.0-only
// Binding Cache (RFC 6275 9.1): the three indices stay consistent through updates,
// expiry sweeps are ordered and inclusive, sequence numbers are checked modulo 2^16.
#include "ns3/binding-cache.h"

#include <gtest/gtest.h>

using ns3::Ipv6Address;
using ns3::Seconds;
using ns3::Time;
using ns3::hmipv6::BindingCache;

namespace
{

const Ipv6Address kHome1("2001:db8:1::1");
const Ipv6Address kHome2("2001:db8:1::2");
const Ipv6Address kHome3("2001:db8:1::3");
const Ipv6Address kCoaA("2001:db8:a::10");
const Ipv6Address kCoaB("2001:db8:b::10");

BindingCache::Entry
MakeEntry(Ipv6Address home, Ipv6Address coa, Time expiry, uint16_t sequence)
{
    BindingCache::Entry e;
    e.homeAddress = home;
    e.careOfAddress = coa;
    e.expiry = expiry;
    e.sequence = sequence;
    e.homeRegistration = true;
    return e;
}

std::vector<Ipv6Address>
Homes(const std::vector<BindingCache::Entry>& entries)
{
    std::vector<Ipv6Address> homes;
    for (const auto& e : entries)
    {
        homes.push_back(e.homeAddress);
    }
    return homes;
}

} // namespace

TEST(BindingCache, EmptyCache)
{
    BindingCache cache;
    EXPECT_EQ(cache.Size(), 0u);
    EXPECT_TRUE(cache.IsEmpty());
    EXPECT_EQ(cache.Find(kHome1), nullptr);
    EXPECT_TRUE(cache.FindByCareOf(kCoaA).empty());
    EXPECT_FALSE(cache.NextExpiry().has_value());
    EXPECT_FALSE(cache.Remove(kHome1));
    EXPECT_TRUE(cache.RemoveExpired(Seconds(1000)).empty());
    EXPECT_FALSE(cache.MarkUsed(kHome1, Seconds(1)));
}

TEST(BindingCache, InsertAndFindByEachIndex)
{
    BindingCache cache;
    EXPECT_TRUE(cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(30), 5)));
    EXPECT_TRUE(cache.InsertOrUpdate(MakeEntry(kHome2, kCoaA, Seconds(10), 9)));
    EXPECT_TRUE(cache.InsertOrUpdate(MakeEntry(kHome3, kCoaB, Seconds(20), 1)));
    EXPECT_EQ(cache.Size(), 3u);

    const BindingCache::Entry* e = cache.Find(kHome1);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->careOfAddress, kCoaA);
    EXPECT_EQ(e->expiry, Seconds(30));
    EXPECT_EQ(e->sequence, 5);
    EXPECT_TRUE(e->homeRegistration);

    // Care-of index is non-unique; results come sorted by home address.
    EXPECT_EQ(Homes(cache.FindByCareOf(kCoaA)), (std::vector<Ipv6Address>{kHome1, kHome2}));
    EXPECT_EQ(Homes(cache.FindByCareOf(kCoaB)), (std::vector<Ipv6Address>{kHome3}));

    // Expiry index: the earliest, and iteration in expiry order.
    ASSERT_TRUE(cache.NextExpiry().has_value());
    EXPECT_EQ(*cache.NextExpiry(), Seconds(10));
    EXPECT_EQ(Homes(cache.GetEntries()), (std::vector<Ipv6Address>{kHome2, kHome3, kHome1}));
    std::vector<Ipv6Address> visited;
    cache.ForEach([&visited](const BindingCache::Entry& x) { visited.push_back(x.homeAddress); });
    EXPECT_EQ(visited, (std::vector<Ipv6Address>{kHome2, kHome3, kHome1}));
}

TEST(BindingCache, UpdateMovesCareOfAndExpiryIndices)
{
    BindingCache cache;
    cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(10), 1));
    cache.InsertOrUpdate(MakeEntry(kHome2, kCoaB, Seconds(20), 1));

    // kHome1 moves to kCoaB and now expires last.
    EXPECT_FALSE(cache.InsertOrUpdate(MakeEntry(kHome1, kCoaB, Seconds(50), 2)));
    EXPECT_EQ(cache.Size(), 2u);
    EXPECT_TRUE(cache.FindByCareOf(kCoaA).empty());
    EXPECT_EQ(Homes(cache.FindByCareOf(kCoaB)), (std::vector<Ipv6Address>{kHome1, kHome2}));
    EXPECT_EQ(*cache.NextExpiry(), Seconds(20));
    EXPECT_EQ(cache.Find(kHome1)->sequence, 2);

    // Removing kHome2 leaves kHome1 as the next expiry and the only one at kCoaB.
    EXPECT_TRUE(cache.Remove(kHome2));
    EXPECT_EQ(*cache.NextExpiry(), Seconds(50));
    EXPECT_EQ(Homes(cache.FindByCareOf(kCoaB)), (std::vector<Ipv6Address>{kHome1}));
    EXPECT_EQ(cache.Find(kHome2), nullptr);
}

TEST(BindingCache, RegisterComputesExpiryAndKeepsFlags)
{
    BindingCache cache;
    EXPECT_TRUE(cache.Register(kHome1, kCoaA, 7, Seconds(40), Seconds(100), true));
    const BindingCache::Entry* e = cache.Find(kHome1);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->expiry, Seconds(140));
    EXPECT_EQ(e->lifetime, Seconds(40));
    EXPECT_EQ(e->lastUpdate, Seconds(100));
    EXPECT_EQ(e->lastUsed, Seconds(100));
    EXPECT_FALSE(e->linkLocalCompatible);

    BindingCache::Entry withL = *e;
    withL.linkLocalCompatible = true;
    cache.InsertOrUpdate(withL);

    // A re-registration (refresh) from a new care-of address keeps the L flag.
    EXPECT_FALSE(cache.Register(kHome1, kCoaB, 8, Seconds(20), Seconds(110), true));
    e = cache.Find(kHome1);
    EXPECT_EQ(e->careOfAddress, kCoaB);
    EXPECT_EQ(e->expiry, Seconds(130));
    EXPECT_EQ(e->sequence, 8);
    EXPECT_TRUE(e->linkLocalCompatible);
    EXPECT_TRUE(cache.FindByCareOf(kCoaA).empty());
    EXPECT_EQ(*cache.NextExpiry(), Seconds(130));
}

TEST(BindingCache, MarkUsedKeepsIndices)
{
    BindingCache cache;
    cache.Register(kHome1, kCoaA, 1, Seconds(40), Seconds(0), false);
    EXPECT_TRUE(cache.MarkUsed(kHome1, Seconds(12)));
    EXPECT_EQ(cache.Find(kHome1)->lastUsed, Seconds(12));
    EXPECT_EQ(*cache.NextExpiry(), Seconds(40));
    EXPECT_EQ(cache.FindByCareOf(kCoaA).size(), 1u);
}

TEST(BindingCache, RemoveExpiredIsOrderedAndInclusive)
{
    BindingCache cache;
    cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(30), 1));
    cache.InsertOrUpdate(MakeEntry(kHome2, kCoaA, Seconds(10), 1));
    cache.InsertOrUpdate(MakeEntry(kHome3, kCoaB, Seconds(20), 1));

    // Just before the first expiry: nothing.
    EXPECT_TRUE(cache.RemoveExpired(Seconds(10) - ns3::NanoSeconds(1)).empty());
    EXPECT_EQ(cache.Size(), 3u);

    // expiry == now counts as expired; results come in expiry order.
    std::vector<BindingCache::Entry> gone = cache.RemoveExpired(Seconds(20));
    EXPECT_EQ(Homes(gone), (std::vector<Ipv6Address>{kHome2, kHome3}));
    EXPECT_EQ(cache.Size(), 1u);
    EXPECT_EQ(*cache.NextExpiry(), Seconds(30));
    EXPECT_EQ(Homes(cache.FindByCareOf(kCoaA)), (std::vector<Ipv6Address>{kHome1}));
    EXPECT_TRUE(cache.FindByCareOf(kCoaB).empty());

    gone = cache.RemoveExpired(Seconds(30));
    EXPECT_EQ(Homes(gone), (std::vector<Ipv6Address>{kHome1}));
    EXPECT_TRUE(cache.IsEmpty());
    EXPECT_FALSE(cache.NextExpiry().has_value());
}

TEST(BindingCache, EqualExpiriesAllLeave)
{
    BindingCache cache;
    cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(5), 1));
    cache.InsertOrUpdate(MakeEntry(kHome2, kCoaB, Seconds(5), 1));
    EXPECT_EQ(cache.RemoveExpired(Seconds(5)).size(), 2u);
    EXPECT_TRUE(cache.IsEmpty());
}

TEST(BindingCache, SequenceAcceptance)
{
    BindingCache cache;
    // No entry: any number is acceptable (first registration).
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome1, 0));
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome1, 40000));

    cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(10), 65535));
    EXPECT_FALSE(cache.IsSequenceAcceptable(kHome1, 65535)); // same
    EXPECT_FALSE(cache.IsSequenceAcceptable(kHome1, 65534)); // older
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome1, 0));      // wraps
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome1, 1));
    // Window edge: 32767 ahead of 65535 is 32766; 32768 ahead (32767) is "older".
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome1, 32766));
    EXPECT_FALSE(cache.IsSequenceAcceptable(kHome1, 32767));

    cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(10), 100));
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome1, 100 + 32767));
    EXPECT_FALSE(cache.IsSequenceAcceptable(kHome1, 100 + 32768));
    // Another home address is unaffected.
    EXPECT_TRUE(cache.IsSequenceAcceptable(kHome2, 0));
}

TEST(BindingCache, Clear)
{
    BindingCache cache;
    cache.InsertOrUpdate(MakeEntry(kHome1, kCoaA, Seconds(10), 1));
    cache.Clear();
    EXPECT_TRUE(cache.IsEmpty());
    EXPECT_TRUE(cache.FindByCareOf(kCoaA).empty());
    EXPECT_FALSE(cache.NextExpiry().has_value());
}
