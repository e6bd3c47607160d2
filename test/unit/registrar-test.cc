// SPDX-License-Identifier: GPL-2.0-only
// The registration procedure shared by the home agent, the Mobility Server and the
// correspondent (hmipv6::Registrar) and its lifetime and address rules.
#include "ns3/binding-ack-header.h"
#include "ns3/registrar.h"
#include "ns3/registration-policy.h"
#include "ns3/simulator.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace ns3;
using hmipv6::Registrar;
using hmipv6::Registration;

namespace
{

const Ipv6Address HOME("2001:1::10");
const Ipv6Address COA_1("2001:2::10");
const Ipv6Address COA_2("2001:3::10");

/// A registrar with hooks that write down what happens, in order.
class RegistrarTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_registrar.SetMaxLifetime(Seconds(420));
        m_registrar.SetBoundCallback(Registrar::BoundCallback(
            [this](const Registration&, const hmipv6::BindingCache::Entry& e, bool created) {
                m_log.push_back(std::string(created ? "created " : "updated ") +
                                std::to_string(static_cast<int>(e.lifetime.GetSeconds())));
            }));
        m_registrar.SetUnboundCallback(Registrar::UnboundCallback(
            [this](const hmipv6::BindingCache::Entry&, Registrar::Ending e) {
                m_log.push_back(e == Registrar::EXPIRED ? "expired" : "removed");
            }));
        m_registrar.Start();
    }

    void TearDown() override
    {
        m_registrar.Clear();
        Simulator::Destroy();
    }

    /// \return a reply callback that logs "reply <status> <sequence> <lifetime>"
    Registrar::ReplyCallback Reply()
    {
        return Registrar::ReplyCallback([this](uint8_t status, uint16_t sequence, Time lifetime) {
            m_log.push_back("reply " + std::to_string(status) + " " + std::to_string(sequence) +
                            " " + std::to_string(static_cast<int>(lifetime.GetSeconds())));
        });
    }

    /**
     * \param sequence the sequence number
     * \param lifetime the requested lifetime (s)
     * \param careOf the care-of address
     * \return a registration of HOME
     */
    static Registration Make(uint16_t sequence, double lifetime, Ipv6Address careOf = COA_1)
    {
        Registration r;
        r.key = HOME;
        r.home = HOME;
        r.careOf = careOf;
        r.sequence = sequence;
        r.requested = Seconds(lifetime);
        r.deregistration = lifetime == 0;
        r.acknowledge = true;
        return r;
    }

    Registrar m_registrar;          //!< the registrar
    std::vector<std::string> m_log; //!< what happened
};

} // namespace

TEST(RegistrationPolicy, OneLifetimeRule)
{
    using hmipv6::GrantLifetime;
    EXPECT_EQ(GrantLifetime(Seconds(40), Seconds(420)), Seconds(40)) << "10 units";
    EXPECT_EQ(GrantLifetime(Seconds(102), Seconds(420)), Seconds(100)) << "down to a unit";
    EXPECT_EQ(GrantLifetime(Seconds(1000), Seconds(420)), Seconds(420)) << "the maximum";
    EXPECT_EQ(GrantLifetime(Seconds(1000), Seconds(10)), Seconds(8)) << "a maximum off units";
    EXPECT_EQ(GrantLifetime(Seconds(1), Seconds(420)), Seconds(4)) << "one unit at least";
    EXPECT_EQ(GrantLifetime(Seconds(0), Seconds(420)), Seconds(0)) << "nothing asked";
    EXPECT_EQ(GrantLifetime(Seconds(1e9), Seconds(1e9)), Seconds(4.0 * 0xFFFF)) << "16 bits";
}

TEST(RegistrationPolicy, OneAddressRule)
{
    EXPECT_TRUE(hmipv6::IsBindableUnicast(HOME));
    EXPECT_FALSE(hmipv6::IsBindableUnicast(Ipv6Address("ff02::1")));
    EXPECT_FALSE(hmipv6::IsBindableUnicast(Ipv6Address("fe80::1")));
    EXPECT_FALSE(hmipv6::IsBindableUnicast(Ipv6Address::GetLoopback()));
    EXPECT_FALSE(hmipv6::IsBindableUnicast(Ipv6Address::GetAny()));
}

TEST_F(RegistrarTest, BindUpdateRefuseDeregister)
{
    Registrar::AcceptedCallback accepted([this](Time t) {
        m_log.push_back("accepted " + std::to_string(static_cast<int>(t.GetSeconds())));
    });
    EXPECT_EQ(m_registrar.Submit(Make(5, 1000), Reply(), accepted), Registrar::ACCEPTED);
    EXPECT_EQ(m_registrar.Submit(Make(6, 40, COA_2), Reply()), Registrar::ACCEPTED);
    EXPECT_EQ(m_registrar.GetCache().Find(HOME)->careOfAddress, COA_2);
    EXPECT_EQ(m_registrar.Submit(Make(6, 40), Reply()), Registrar::REFUSED);
    Registration quiet = Make(7, 0);
    quiet.acknowledge = false;
    EXPECT_EQ(m_registrar.Submit(quiet, Reply()), Registrar::DEREGISTERED);
    EXPECT_EQ(m_registrar.Submit(Make(8, 0), Reply()), Registrar::DEREGISTERED);
    std::vector<std::string> expected = {"created 420",
                                         "reply 0 5 420",
                                         "accepted 420",
                                         "updated 40",
                                         "reply 0 6 40",
                                         "reply 135 6 0",
                                         "removed",
                                         "reply 0 8 0"};
    EXPECT_EQ(m_log, expected);
}

TEST_F(RegistrarTest, UnknownDeregistrationStatus)
{
    m_registrar.SetUnknownDeregistrationStatus(
        hmipv6::BindingAckHeader::NOT_HOME_AGENT_FOR_THIS_MOBILE_NODE);
    Registration quiet = Make(1, 0);
    quiet.acknowledge = false;
    EXPECT_EQ(m_registrar.Submit(quiet, Reply()), Registrar::DEREGISTERED);
    std::vector<std::string> expected = {"reply 133 1 0"};
    EXPECT_EQ(m_log, expected) << "an error is answered without the A flag";
}

TEST_F(RegistrarTest, DadNewerReplacesOlderIsStaleDuplicateRefused)
{
    std::vector<Registrar::DadResultCallback> running;
    m_registrar.SetDadCallback(Registrar::DadCallback(
        [&](Ipv6Address, Registrar::DadResultCallback done) { running.push_back(done); }));
    Registration first = Make(10, 100);
    first.performDad = true;
    EXPECT_EQ(m_registrar.Submit(first, Reply()), Registrar::PENDING);
    Registration newer = Make(11, 200, COA_2);
    newer.performDad = true;
    EXPECT_EQ(m_registrar.Submit(newer, Reply()), Registrar::PENDING);
    EXPECT_EQ(m_registrar.Submit(first, Reply()), Registrar::STALE);
    ASSERT_EQ(running.size(), 1u) << "one DAD";
    EXPECT_EQ(m_registrar.FindPending(HOME)->sequence, 11);
    running[0](HOME, true);
    EXPECT_EQ(m_registrar.GetCache().Find(HOME)->careOfAddress, COA_2) << "the newest";
    EXPECT_EQ(m_registrar.GetNPending(), 0u);
    running[0](HOME, true);
    EXPECT_EQ(m_log.size(), 2u) << "a late result changes nothing";

    m_registrar.Remove(HOME);
    m_log.clear();
    Registration again = Make(12, 100);
    again.performDad = true;
    m_registrar.Submit(again, Reply());
    running.back()(HOME, false);
    std::vector<std::string> expected = {"reply 134 12 0"};
    EXPECT_EQ(m_log, expected);
    EXPECT_EQ(m_registrar.GetCache().Find(HOME), nullptr);
}

TEST_F(RegistrarTest, DeregistrationOrStopAbandonsDad)
{
    std::vector<Registrar::DadResultCallback> running;
    m_registrar.SetDadCallback(Registrar::DadCallback(
        [&](Ipv6Address, Registrar::DadResultCallback done) { running.push_back(done); }));
    Registration r = Make(1, 100);
    r.performDad = true;
    m_registrar.Submit(r, Reply());
    m_registrar.Submit(Make(2, 0), Reply());
    running[0](HOME, true);
    EXPECT_EQ(m_registrar.GetCache().Find(HOME), nullptr) << "abandoned by deregistration";
    m_registrar.Submit(r, Reply());
    m_registrar.Stop();
    running[1](HOME, true);
    EXPECT_EQ(m_registrar.GetCache().Find(HOME), nullptr) << "abandoned by stop";
}

TEST_F(RegistrarTest, RefreshKeepsTheCareOfAndExpiryRunsOnce)
{
    m_registrar.Submit(Make(1, 8), Reply());
    Registration refresh = Make(2, 12, COA_2);
    refresh.refresh = true;
    Simulator::Schedule(Seconds(5), [&]() { m_registrar.Submit(refresh, Reply()); });
    Time expiredAt;
    m_registrar.SetUnboundCallback(Registrar::UnboundCallback(
        [&](const hmipv6::BindingCache::Entry& e, Registrar::Ending ending) {
            EXPECT_EQ(ending, Registrar::EXPIRED);
            EXPECT_EQ(e.careOfAddress, COA_1) << "a refresh keeps the care-of address";
            expiredAt = Simulator::Now();
        }));
    Simulator::Run();
    EXPECT_EQ(expiredAt, Seconds(5 + 12));
    EXPECT_TRUE(m_registrar.GetCache().IsEmpty());
}

TEST_F(RegistrarTest, RebindAndStoppedTimer)
{
    m_registrar.Submit(Make(1, 40), Reply());
    EXPECT_EQ(m_registrar.Rebind(HOME, COA_2, 2, Seconds(1000)), Seconds(420));
    EXPECT_EQ(m_registrar.GetCache().Find(HOME)->careOfAddress, COA_2);
    EXPECT_EQ(m_registrar.GetCache().Find(HOME)->sequence, 2);
    m_registrar.Stop();
    Simulator::Stop(Seconds(500));
    Simulator::Run();
    EXPECT_NE(m_registrar.GetCache().Find(HOME), nullptr) << "no expiry while stopped";
    m_registrar.Start();
    Simulator::Stop(Seconds(1));
    Simulator::Run();
    EXPECT_EQ(m_registrar.GetCache().Find(HOME), nullptr) << "expired at the restart";
}

TEST_F(RegistrarTest, LimitsRefuseNewKeysWith130)
{
    std::vector<Registrar::DadResultCallback> running;
    m_registrar.SetDadCallback(Registrar::DadCallback(
        [&](Ipv6Address, Registrar::DadResultCallback done) { running.push_back(done); }));
    m_registrar.SetLimits(3, 2);
    auto make = [](uint32_t i, bool dad) {
        Registration r = Make(1, 100);
        r.key = r.home = Ipv6Address(("2001:1::" + std::to_string(i + 1)).c_str());
        r.performDad = dad;
        return r;
    };
    // Two DADs at once at most; a third new key is refused while they run.
    EXPECT_EQ(m_registrar.Submit(make(0, true), Reply()), Registrar::PENDING);
    EXPECT_EQ(m_registrar.Submit(make(1, true), Reply()), Registrar::PENDING);
    EXPECT_EQ(m_registrar.Submit(make(2, true), Reply()), Registrar::FULL);
    EXPECT_EQ(m_log.back(), "reply 130 1 0") << "insufficient resources";
    Registration newer = make(1, true);
    newer.sequence = 2;
    EXPECT_EQ(m_registrar.Submit(newer, Reply()), Registrar::PENDING) << "a pending key may renew";
    running[0](make(0, true).key, true);
    running[1](make(1, true).key, true);
    EXPECT_EQ(m_registrar.GetCache().Size(), 2u);
    // Three bindings at most, those waiting for DAD included; updates of bound keys pass.
    EXPECT_EQ(m_registrar.Submit(make(2, false), Reply()), Registrar::ACCEPTED);
    EXPECT_EQ(m_registrar.Submit(make(3, false), Reply()), Registrar::FULL);
    EXPECT_EQ(m_registrar.Submit(make(4, true), Reply()), Registrar::FULL);
    Registration update = make(2, false);
    update.sequence = 5;
    EXPECT_EQ(m_registrar.Submit(update, Reply()), Registrar::ACCEPTED);
    EXPECT_EQ(m_registrar.GetCache().Size(), 3u);
    EXPECT_EQ(m_registrar.GetNPending(), 0u);
    // A deregistration frees a place.
    Registration bye = make(2, false);
    bye.sequence = 6;
    bye.requested = Seconds(0);
    bye.deregistration = true;
    EXPECT_EQ(m_registrar.Submit(bye, Reply()), Registrar::DEREGISTERED);
    EXPECT_EQ(m_registrar.Submit(make(3, false), Reply()), Registrar::ACCEPTED);
}
