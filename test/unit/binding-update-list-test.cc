// SPDX-License-Identifier: GPL-2.0-only
// Binding Update List (RFC 6275 11.1, 11.7, 11.8, 12, 13): initial timeouts, back-off,
// give-up rule, sequence numbers, acknowledgement matching and refresh time.
#include "ns3/binding-update-list.h"

#include <gtest/gtest.h>

using ns3::Ipv6Address;
using ns3::MilliSeconds;
using ns3::Seconds;
using ns3::Time;
using ns3::hmipv6::BindingUpdateList;

namespace
{

const Ipv6Address kHa("2001:db8:1::ffff");
const Ipv6Address kCn("2001:db8:c::1");
const Ipv6Address kMs("2001:db8:5::1");
const Ipv6Address kHome("2001:db8:1::1");
const Ipv6Address kCoa("2001:db8:a::1");
const Ipv6Address kCoa2("2001:db8:b::1");

/// Retransmit at each deadline and collect the timeouts seen, starting with the initial.
std::vector<Time>
BackOff(BindingUpdateList& list, Ipv6Address destination, int retransmissions)
{
    std::vector<Time> timeouts{list.Find(destination)->retransmitTimeout};
    for (int i = 0; i < retransmissions; ++i)
    {
        Time at = *list.NextRetransmission(destination);
        BindingUpdateList::Entry* e = list.OnRetransmit(destination, at);
        timeouts.push_back(e->retransmitTimeout);
    }
    return timeouts;
}

} // namespace

TEST(BindingUpdateList, Constants)
{
    EXPECT_EQ(BindingUpdateList::INITIAL_BINDACK_TIMEOUT, 1u);
    EXPECT_EQ(BindingUpdateList::MAX_BINDACK_TIMEOUT, 32u);
    EXPECT_EQ(BindingUpdateList::DEFAULT_INITIAL_BINDACK_TIMEOUT_FIRST_REG_MS, 1500u);
    BindingUpdateList list;
    EXPECT_EQ(list.GetInitialBindackTimeoutFirstReg(), MilliSeconds(1500));
    EXPECT_EQ(list.GetInitialBindackTimeout(), Seconds(1));
    EXPECT_EQ(list.GetMaxBindackTimeout(), Seconds(32));
    EXPECT_DOUBLE_EQ(list.GetRefreshFraction(), 0.75);
}

TEST(BindingUpdateList, FirstHomeRegistrationBackOff)
{
    BindingUpdateList list;
    BindingUpdateList::Entry& e =
        list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(0), true);
    EXPECT_TRUE(e.firstRegistration);
    EXPECT_TRUE(e.homeRegistration);
    EXPECT_TRUE(e.awaitingAck);
    EXPECT_FALSE(e.acked);
    EXPECT_EQ(e.retransmitTimeout, MilliSeconds(1500));
    EXPECT_EQ(*list.NextRetransmission(kHa), MilliSeconds(1500));

    // 1.5, 3, 6, 12, 24, then 48 capped to 32, and it stays at 32.
    std::vector<Time> expected{MilliSeconds(1500),
                               Seconds(3),
                               Seconds(6),
                               Seconds(12),
                               Seconds(24),
                               Seconds(32),
                               Seconds(32)};
    EXPECT_EQ(BackOff(list, kHa, 6), expected);
    EXPECT_EQ(list.Find(kHa)->retransmissions, 6u);
}

TEST(BindingUpdateList, RetransmissionDeadlinesAccumulate)
{
    BindingUpdateList list;
    list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(10), true);
    EXPECT_EQ(*list.NextRetransmission(kHa), Seconds(11.5));
    list.OnRetransmit(kHa, Seconds(11.5));
    EXPECT_EQ(*list.NextRetransmission(kHa), Seconds(14.5));
    list.OnRetransmit(kHa, Seconds(14.5));
    EXPECT_EQ(*list.NextRetransmission(kHa), Seconds(20.5));
}

TEST(BindingUpdateList, GiveUpOnceTheTimeoutIsAtTheMaximum)
{
    BindingUpdateList list;
    list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(0), true);
    // 1.5 -> 3 -> 6 -> 12 -> 24: doubling still fits under (or is capped to) 32.
    for (int i = 0; i < 4; ++i)
    {
        EXPECT_FALSE(list.ShouldGiveUp(kHa)) << i;
        list.OnRetransmit(kHa, *list.NextRetransmission(kHa));
    }
    EXPECT_EQ(list.Find(kHa)->retransmitTimeout, Seconds(24));
    EXPECT_FALSE(list.ShouldGiveUp(kHa));
    list.OnRetransmit(kHa, *list.NextRetransmission(kHa));
    EXPECT_EQ(list.Find(kHa)->retransmitTimeout, Seconds(32));
    EXPECT_TRUE(list.ShouldGiveUp(kHa)); // another doubling would exceed 32 s

    // An answer ends the outstanding update: nothing to give up on.
    uint16_t seq = list.Find(kHa)->lastSequence;
    EXPECT_TRUE(list.OnAck(kHa, seq, 0, Seconds(60), Seconds(100)));
    EXPECT_FALSE(list.ShouldGiveUp(kHa));
    EXPECT_FALSE(list.ShouldGiveUp(kCn)); // unknown destination
}

TEST(BindingUpdateList, CorrespondentStartsAtOneSecond)
{
    BindingUpdateList list;
    BindingUpdateList::Entry& e =
        list.PrepareUpdate(kCn, kHome, kCoa, Seconds(60), Seconds(0), false);
    EXPECT_FALSE(e.firstRegistration);
    EXPECT_FALSE(e.homeRegistration);
    std::vector<Time> expected{Seconds(1),
                               Seconds(2),
                               Seconds(4),
                               Seconds(8),
                               Seconds(16),
                               Seconds(32)};
    EXPECT_EQ(BackOff(list, kCn, 5), expected);
    EXPECT_TRUE(list.ShouldGiveUp(kCn));
}

TEST(BindingUpdateList, HomeReRegistrationIsNotFirst)
{
    BindingUpdateList list;
    list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(0), true);
    ASSERT_TRUE(list.OnAck(kHa, list.Find(kHa)->lastSequence, 0, Seconds(60), Seconds(0.1)));

    // Binding held at the home agent: a move uses INITIAL_BINDACK_TIMEOUT.
    BindingUpdateList::Entry& moved =
        list.PrepareUpdate(kHa, kHome, kCoa2, Seconds(60), Seconds(10), true);
    EXPECT_FALSE(moved.firstRegistration);
    EXPECT_EQ(moved.retransmitTimeout, Seconds(1));
    EXPECT_EQ(moved.expiry, Seconds(60)); // the old binding still runs until a new ack

    // Deregistration while bound is not a first registration either.
    ASSERT_TRUE(list.OnAck(kHa, moved.lastSequence, 0, Seconds(60), Seconds(10.1)));
    BindingUpdateList::Entry& dereg =
        list.PrepareUpdate(kHa, kHome, kHome, Seconds(0), Seconds(20), true);
    EXPECT_FALSE(dereg.firstRegistration);
    ASSERT_TRUE(list.OnAck(kHa, dereg.lastSequence, 0, Seconds(0), Seconds(20.1)));

    // After a deregistration (or expiry) there is no binding: first registration again.
    BindingUpdateList::Entry& again =
        list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(30), true);
    EXPECT_TRUE(again.firstRegistration);
    EXPECT_EQ(again.retransmitTimeout, MilliSeconds(1500));
}

TEST(BindingUpdateList, FirstRegistrationAfterExpiry)
{
    BindingUpdateList list;
    list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(0), true);
    ASSERT_TRUE(list.OnAck(kHa, list.Find(kHa)->lastSequence, 0, Seconds(60), Seconds(1)));
    EXPECT_EQ(list.Find(kHa)->expiry, Seconds(60));
    EXPECT_TRUE(
        list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(60), true).firstRegistration);
}

TEST(BindingUpdateList, SequenceIncrementsAndWraps)
{
    BindingUpdateList list;
    EXPECT_EQ(list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(0), true).lastSequence, 1);
    EXPECT_EQ(list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(1), true).lastSequence, 2);
    // Destinations count separately.
    EXPECT_EQ(list.PrepareUpdate(kCn, kHome, kCoa, Seconds(60), Seconds(1), false).lastSequence, 1);

    // A caller-given number (draft 4.2.1: keep counting across mobility servers).
    EXPECT_EQ(
        list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(2), true, 65534).lastSequence,
        65534);
    EXPECT_EQ(list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(3), true).lastSequence,
              65535);
    EXPECT_EQ(list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(4), true).lastSequence, 0);

    // Retransmissions take new numbers too, wrapping the same way.
    list.PrepareUpdate(kCn, kHome, kCoa, Seconds(60), Seconds(5), false, 65535);
    EXPECT_EQ(list.OnRetransmit(kCn, Seconds(6))->lastSequence, 0);
    EXPECT_EQ(list.OnRetransmit(kCn, Seconds(8))->lastSequence, 1);
}

TEST(BindingUpdateList, AckMatchesOnlyTheOutstandingSequence)
{
    BindingUpdateList list;
    uint16_t seq = list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(5), true).lastSequence;

    EXPECT_FALSE(list.OnAck(kHa, static_cast<uint16_t>(seq + 1), 0, Seconds(60), Seconds(5.2)));
    EXPECT_FALSE(list.OnAck(kHa, static_cast<uint16_t>(seq - 1), 0, Seconds(60), Seconds(5.2)));
    EXPECT_FALSE(list.OnAck(kCn, seq, 0, Seconds(60), Seconds(5.2))); // other destination
    const BindingUpdateList::Entry* e = list.Find(kHa);
    EXPECT_TRUE(e->awaitingAck);
    EXPECT_FALSE(e->acked);

    // After a retransmission only the new number matches.
    list.OnRetransmit(kHa, Seconds(6.5));
    EXPECT_FALSE(list.OnAck(kHa, seq, 0, Seconds(60), Seconds(6.6)));
    EXPECT_TRUE(list.OnAck(kHa, e->lastSequence, 0, Seconds(60), Seconds(6.7)));
    EXPECT_TRUE(e->acked);
    EXPECT_FALSE(e->awaitingAck);
    EXPECT_EQ(e->ackedAt, Seconds(6.7));
    EXPECT_EQ(e->grantedLifetime, Seconds(60));
    // Lifetime counts from the acknowledged transmission (11.7.3).
    EXPECT_EQ(e->expiry, Seconds(66.5));
    EXPECT_FALSE(list.NextRetransmission(kHa).has_value());
    EXPECT_EQ(list.OnRetransmit(kHa, Seconds(8)), nullptr);

    // A duplicate acknowledgement no longer matches.
    EXPECT_FALSE(list.OnAck(kHa, e->lastSequence, 0, Seconds(60), Seconds(6.8)));
}

TEST(BindingUpdateList, ErrorStatusLeavesItUnacked)
{
    BindingUpdateList list;
    uint16_t seq = list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(0), true).lastSequence;
    EXPECT_TRUE(list.OnAck(kMs, seq, 129, Seconds(0), Seconds(0.1))); // administratively prohibited
    const BindingUpdateList::Entry* e = list.Find(kMs);
    EXPECT_FALSE(e->acked);
    EXPECT_FALSE(e->awaitingAck);
    EXPECT_EQ(e->lastStatus, 129);
    EXPECT_FALSE(list.NextRetransmission(kMs).has_value());
    EXPECT_FALSE(list.RefreshTime(kMs).has_value());

    // Status 1 (accepted, prefix discovery necessary) is still an acceptance.
    seq = list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(1), true).lastSequence;
    EXPECT_TRUE(list.OnAck(kMs, seq, 1, Seconds(60), Seconds(1.1)));
    EXPECT_TRUE(list.Find(kMs)->acked);
}

TEST(BindingUpdateList, OutOfWindowResynchronises)
{
    BindingUpdateList list;
    uint16_t seq =
        list.PrepareUpdate(kCn, kHome, kCoa, Seconds(60), Seconds(0), false).lastSequence;
    EXPECT_EQ(seq, 1);
    // Status 135 carries the correspondent's last accepted number, 500: no match.
    EXPECT_FALSE(list.OnAck(kCn, 500, 135, Seconds(0), Seconds(0.1)));
    EXPECT_TRUE(list.SetLastSequence(kCn, 500));
    EXPECT_EQ(list.OnRetransmit(kCn, Seconds(1))->lastSequence, 501);
    EXPECT_FALSE(list.SetLastSequence(kHa, 1)); // no entry
}

TEST(BindingUpdateList, GrantedLifetime)
{
    BindingUpdateList list;
    // Shorter than requested: the difference comes off (11.7.3).
    uint16_t seq = list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(5), true).lastSequence;
    ASSERT_TRUE(list.OnAck(kHa, seq, 0, Seconds(40), Seconds(5.5)));
    EXPECT_EQ(list.Find(kHa)->expiry, Seconds(45));
    // Longer than requested is not believed.
    seq = list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(10), true).lastSequence;
    ASSERT_TRUE(list.OnAck(kHa, seq, 0, Seconds(100), Seconds(10.5)));
    EXPECT_EQ(list.Find(kHa)->grantedLifetime, Seconds(60));
    EXPECT_EQ(list.Find(kHa)->expiry, Seconds(70));
}

TEST(BindingUpdateList, RefreshTime)
{
    BindingUpdateList list;
    EXPECT_FALSE(list.RefreshTime(kHa).has_value()); // unknown
    uint16_t seq =
        list.PrepareUpdate(kHa, kHome, kCoa, Seconds(40), Seconds(100), true).lastSequence;
    EXPECT_FALSE(list.RefreshTime(kHa).has_value()); // not acked yet
    ASSERT_TRUE(list.OnAck(kHa, seq, 0, Seconds(40), Seconds(100.2)));
    // Default: after three quarters of the granted lifetime.
    EXPECT_EQ(*list.RefreshTime(kHa), Seconds(130));
    list.SetRefreshFraction(0.5);
    EXPECT_EQ(*list.RefreshTime(kHa), Seconds(120));

    // While a refresh is outstanding there is no other refresh to plan.
    list.PrepareUpdate(kHa, kHome, kCoa, Seconds(40), Seconds(120), true);
    EXPECT_FALSE(list.RefreshTime(kHa).has_value());

    // A deregistration (lifetime 0) needs no refresh.
    seq = list.PrepareUpdate(kCn, kHome, kHome, Seconds(0), Seconds(0), false).lastSequence;
    ASSERT_TRUE(list.OnAck(kCn, seq, 0, Seconds(0), Seconds(0.1)));
    EXPECT_FALSE(list.RefreshTime(kCn).has_value());
}

TEST(BindingUpdateList, Settings)
{
    BindingUpdateList list;
    list.SetInitialBindackTimeoutFirstReg(Seconds(3));
    list.SetInitialBindackTimeout(MilliSeconds(500));
    list.SetMaxBindackTimeout(Seconds(4));
    EXPECT_EQ(list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(0), true).retransmitTimeout,
              Seconds(3));
    EXPECT_EQ(
        list.PrepareUpdate(kCn, kHome, kCoa, Seconds(60), Seconds(0), false).retransmitTimeout,
        MilliSeconds(500));
    std::vector<Time> expected{MilliSeconds(500), Seconds(1), Seconds(2), Seconds(4), Seconds(4)};
    EXPECT_EQ(BackOff(list, kCn, 4), expected);
    EXPECT_TRUE(list.ShouldGiveUp(kCn));
}

TEST(BindingUpdateList, FindRemoveAndEntries)
{
    BindingUpdateList list;
    EXPECT_EQ(list.Find(kHa), nullptr);
    EXPECT_EQ(list.OnRetransmit(kHa, Seconds(1)), nullptr);
    EXPECT_FALSE(list.NextRetransmission(kHa).has_value());
    list.PrepareUpdate(kMs, kHome, kCoa, Seconds(60), Seconds(0), true);
    list.PrepareUpdate(kCn, kHome, kCoa, Seconds(60), Seconds(0), false);
    list.PrepareUpdate(kHa, kHome, kCoa, Seconds(60), Seconds(0), true);
    EXPECT_EQ(list.Size(), 3u);

    std::vector<BindingUpdateList::Entry> entries = list.GetEntries();
    ASSERT_EQ(entries.size(), 3u);
    // Ascending destination order: 2001:db8:1::ffff < 2001:db8:5::1 < 2001:db8:c::1.
    EXPECT_EQ(entries[0].destination, kHa);
    EXPECT_EQ(entries[1].destination, kMs);
    EXPECT_EQ(entries[2].destination, kCn);
    EXPECT_EQ(entries[2].homeAddress, kHome);
    EXPECT_EQ(entries[2].careOfAddress, kCoa);
    EXPECT_EQ(entries[2].requestedLifetime, Seconds(60));

    EXPECT_TRUE(list.Remove(kCn));
    EXPECT_FALSE(list.Remove(kCn));
    EXPECT_EQ(list.Find(kCn), nullptr);
    EXPECT_EQ(list.Size(), 2u);
}
