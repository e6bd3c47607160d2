// SPDX-License-Identifier: GPL-2.0-only
//
// Seeded random trajectories on the draft's topology (two domains, two Mobility Servers
// on each Mobility Network, the home link as an access link, route optimisation with
// CH1 and CH2): intra- and inter-domain moves, returns home and departures, servers that
// stop, crash and start, a home agent that moves further away or closer. After every
// event: both flows resume within the reference model's latency plus the documented
// recovery bounds, and then run without a gap; once settled, no binding anywhere names
// an address the host no longer has (longer than a lifetime), and the host's state
// matches the bindings others hold. A failing seed prints its events; replay it with
//   HMIPV6_TRAJECTORY_SEEDS=<seed> build/hmipv6-test-runner --suite=hmipv6-trajectory
// (HMIPV6_TRAJECTORY_VERBOSE=1 also prints when the flows resumed after each event).

#include "hmip-test-network.h"
#include "role-test-util.h"

#include "ns3/rng-seed-manager.h"
#include "ns3/simple-channel.h"
#include "ns3/test.h"

#include <cstdlib>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

const Time ATTACH = Seconds(0.5);    //!< the host joins AR1
const Time FIRST_EVENT = Seconds(8); //!< after the first registrations
const Time LIFETIME = Seconds(40);   //!< every registration's lifetime
const Time FLOW_INTERVAL = MilliSeconds(20);
const uint32_t EVENTS = 18;     //!< events per trajectory
const uint32_t DOMAINS = 2;     //!< domain 0 has two access routers, domain 1 one
const uint32_t SERVERS = 2;     //!< MS (::2) and MSb (::3) on each
const Time AGEING = Seconds(3); //!< MobilityInfoLifetime: routers forget a crash
const std::vector<uint32_t> HA_DELAYS_MS = {5, 10, 20, 40};

/// What can happen.
enum Kind
{
    INTRA,      //!< to the other access router of the domain
    INTER,      //!< to the other domain
    HOME,       //!< back to the home link
    LEAVE,      //!< from home to a domain
    MS_STOP,    //!< a server stops (withdraws)
    MS_CRASH,   //!< a server stops without withdrawing
    MS_START,   //!< a stopped server starts again
    HA_DELAY,   //!< the border links' delay changes
    KIND_COUNT, //!< number of kinds
};

/// One event of a trajectory.
struct Event
{
    Time at;            //!< when
    Kind kind;          //!< what
    uint32_t domain{0}; //!< moves: the domain reached; servers: theirs
    uint32_t router{0}; //!< moves: the access router reached in it
    uint32_t server{0}; //!< servers: which
    Time haDelay;       //!< HA_DELAY: the new delay; else the one in force
    Time bound;         //!< the flows resume within this
    std::string text;   //!< for the replay
};

/// Where the host is.
struct Place
{
    bool home{false};   //!< on the home link
    uint32_t domain{0}; //!< else the domain
    uint32_t router{0}; //!< and its access router
};

/// A trajectory and the servers' lives it implies.
struct Trajectory
{
    std::vector<Event> events;                                              //!< in order
    std::map<std::pair<uint32_t, uint32_t>, std::vector<ServerLife>> lives; //!< per server
    Time end;                                                               //!< of the run
};

/// The state the generator keeps to draw valid events and their bounds.
class Generator
{
  public:
    /**
     * \param seed the trajectory's seed
     */
    explicit Generator(uint32_t seed)
        : m_rng(seed)
    {
        for (uint32_t d = 0; d < DOMAINS; ++d)
        {
            for (uint32_t j = 0; j < SERVERS; ++j)
            {
                m_up[d][j] = j == 0; // MSb starts stopped
                m_crashedAt[d][j] = Seconds(-100);
                m_lives[{d, j}];
                if (m_up[d][j])
                {
                    m_lives[{d, j}].push_back(ServerLife{Seconds(0), Seconds(0), true});
                }
            }
        }
    }

    /// \return a whole trajectory
    Trajectory Make()
    {
        Trajectory t;
        Time at = FIRST_EVENT;
        for (uint32_t k = 0; k < EVENTS; ++k)
        {
            t.events.push_back(Next(at));
            at += MilliSeconds(6000 + Draw(3000)); // longer than any bound below
        }
        t.end = at;
        t.lives = m_lives;
        return t;
    }

  private:
    /// \return a number in [0, n) from the seed's stream (the same on every platform)
    uint32_t Draw(uint32_t n)
    {
        return static_cast<uint32_t>(m_rng() % n);
    }

    /// \return the longest round trip to the HA or a correspondent (ms)
    double Rtt() const
    {
        // Access 1, inside the domain 2 + 2, each border crossing haDelay, edge 1.
        return 2 * (6 + 2 * m_haDelay.GetMilliSeconds());
    }

    /// \return whether the routers of a domain still advertise a server
    bool Advertised(uint32_t d, uint32_t j, Time at) const
    {
        return m_up[d][j] || at < m_crashedAt[d][j] + AGEING;
    }

    /// \return the server a domain's routers advertise (SERVERS: none)
    uint32_t Chosen(uint32_t d, Time at) const
    {
        for (uint32_t j = 0; j < SERVERS; ++j)
        {
            if (Advertised(d, j, at))
            {
                return j; // the lowest address
            }
        }
        return SERVERS;
    }

    /**
     * \brief The bound of a move, from the reference model: L2, RA, DAD of the LCoA, the
     *        registrations, the correspondents'.
     * \param to where
     * \param interDomain into another domain (or from home)
     * \param at when
     * \return it, in ms
     */
    double MoveBound(const Place& to, bool interDomain, Time at) const
    {
        const double l2 = 50;
        const double ra = 70; // MaxRtrAdvInterval (a solicited one comes sooner)
        const double dad = 1000;
        const double cn = 2 * Rtt() + Rtt(); // CoTI and BU, a Home Test if the token aged
        if (to.home)
        {
            return l2 + ra + Rtt() + cn; // the deregistrations
        }
        double bound = l2 + ra + dad;
        bool fromHome = m_place.home;
        double home = Rtt() + (fromHome ? 1000 : 0); // the HA's DAD of a first registration
        uint32_t chosen = Chosen(to.domain, at);
        if (chosen == SERVERS)
        {
            bound += home; // plain Mobile IPv6
        }
        else if (!m_up[to.domain][chosen])
        {
            // A crashed server still advertised: no answer (RequestTimeout 1.5 s) or the
            // routers forget it, then Mobile IPv6 or the other server.
            bound += 1500 + AGEING.GetMilliSeconds() + home + 1000;
        }
        else
        {
            bound += 10 + 1000; // RTT(MH,MS), the MS's DAD of the GCoA
            if (interDomain || fromHome)
            {
                bound += home;
            }
        }
        return bound + cn;
    }

    /// \return the next event, at `at`
    Event Next(Time at)
    {
        Event e;
        e.at = at;
        for (;;)
        {
            e.kind = static_cast<Kind>(Draw(KIND_COUNT));
            if (Applies(e, at))
            {
                break;
            }
        }
        double slack = 100 + 2 * m_haDelay.GetMilliSeconds(); // path and one CBR period
        double bound = 0;
        std::ostringstream os;
        os << at.GetSeconds() << " s: ";
        Place to = m_place;
        switch (e.kind)
        {
        case INTRA:
            to.router = 1 - m_place.router;
            bound = MoveBound(to, false, at);
            os << "intra-domain move to AR" << to.router + 1;
            break;
        case INTER:
            to.domain = 1 - m_place.domain;
            to.router = to.domain == 0 ? Draw(2) : 0;
            bound = MoveBound(to, true, at);
            os << "inter-domain move to domain " << to.domain + 1 << " AR" << to.router + 1;
            break;
        case HOME:
            to.home = true;
            bound = MoveBound(to, false, at);
            os << "return home";
            break;
        case LEAVE:
            to.home = false;
            to.domain = Draw(DOMAINS);
            to.router = to.domain == 0 ? Draw(2) : 0;
            bound = MoveBound(to, true, at);
            os << "leave home to domain " << to.domain + 1 << " AR" << to.router + 1;
            break;
        case MS_STOP:
        case MS_CRASH:
        case MS_START:
            bound = ServerEvent(e, at);
            os << (e.kind == MS_STOP    ? "stop"
                   : e.kind == MS_CRASH ? "crash"
                                        : "start")
               << " MS" << (e.server ? "b" : "") << " of domain " << e.domain + 1;
            break;
        default:
            m_haDelay = MilliSeconds(HA_DELAYS_MS[Draw(HA_DELAYS_MS.size())]);
            os << "border delay " << m_haDelay.GetMilliSeconds() << " ms";
            break;
        }
        if (e.kind <= LEAVE)
        {
            e.domain = to.domain;
            e.router = to.router;
            m_place = to;
        }
        e.haDelay = m_haDelay;
        e.bound = MilliSeconds(static_cast<int64_t>(bound + slack));
        os << " (bound " << e.bound.GetMilliSeconds() << " ms)";
        e.text = os.str();
        return e;
    }

    /// \return whether an event of this kind can happen now (and pick its server)
    bool Applies(Event& e, Time at)
    {
        switch (e.kind)
        {
        case INTRA:
            return !m_place.home && m_place.domain == 0;
        case INTER:
        case HOME:
            return !m_place.home;
        case LEAVE:
            return m_place.home;
        case MS_STOP:
        case MS_CRASH:
        case MS_START: {
            e.domain = Draw(DOMAINS);
            e.server = Draw(SERVERS);
            bool up = m_up[e.domain][e.server];
            // A crashed server is not restarted before the routers forgot it.
            return e.kind == MS_START ? !up && at >= m_crashedAt[e.domain][e.server] + AGEING : up;
        }
        default:
            return true;
        }
    }

    /// Record a server event; \return its bound (ms)
    double ServerEvent(const Event& e, Time at)
    {
        uint32_t d = e.domain;
        uint32_t j = e.server;
        bool serving = !m_place.home && m_place.domain == d && Chosen(d, at) == j;
        std::vector<ServerLife>& lives = m_lives[{d, j}];
        if (e.kind == MS_START)
        {
            m_up[d][j] = true;
            lives.push_back(ServerLife{at, Seconds(0), true});
            return 0; // make before break
        }
        m_up[d][j] = false;
        lives.back().stop = at;
        lives.back().withdraw = e.kind == MS_STOP;
        if (e.kind == MS_CRASH)
        {
            m_crashedAt[d][j] = at;
        }
        if (!serving)
        {
            return 0;
        }
        double detect = 70 + (e.kind == MS_CRASH ? AGEING.GetMilliSeconds() : 0);
        bool other = false;
        for (uint32_t k = 0; k < SERVERS; ++k)
        {
            other = other || (k != j && m_up[d][k]);
        }
        // The other server takes the GCoA over; else the LCoA goes to the HA and the
        // correspondents.
        return detect + (other ? 10 : Rtt() + 3 * Rtt());
    }

    std::mt19937 m_rng;                 //!< the seed's stream
    Place m_place;                      //!< the host
    bool m_up[DOMAINS][SERVERS];        //!< servers running
    Time m_crashedAt[DOMAINS][SERVERS]; //!< their last crash
    Time m_haDelay{MilliSeconds(10)};   //!< the border links' delay
    std::map<std::pair<uint32_t, uint32_t>, std::vector<ServerLife>> m_lives; //!< lives
};

/// One trajectory on the network, with its checks.
class TrajectoryRun
{
  public:
    /**
     * \param seed the seed
     */
    explicit TrajectoryRun(uint32_t seed)
        : m_seed(seed),
          m_trajectory(Generator(seed).Make())
    {
    }

    /// \return the events, one a line
    std::string Events() const
    {
        std::ostringstream os;
        for (const Event& e : m_trajectory.events)
        {
            os << "  " << e.text << "\n";
        }
        return os.str();
    }

    /**
     * \brief Run it and check it.
     * \param tc the test case
     * \return the violations found (empty: passed)
     */
    std::vector<std::string> Run(NetworkTestCase* tc)
    {
        RngSeedManager::SetRun(m_seed);
        NetConfig config;
        config.serversPerDomain = SERVERS;
        config.routeOptimization = true;
        config.lifetime = LIFETIME;
        config.flowInterval = FLOW_INTERVAL;
        config.flowStop = m_trajectory.end - MilliSeconds(500);
        config.lives = m_trajectory.lives;
        HmipTestNetwork net(config);
        m_net = &net;
        net.Handoff()->ScheduleSwitch(ATTACH, net.AccessPoint(0, 0));
        for (const Event& e : m_trajectory.events)
        {
            if (e.kind == HOME)
            {
                net.Handoff()->ScheduleSwitch(e.at, net.HomeAccessPoint());
            }
            else if (e.kind <= LEAVE)
            {
                net.Handoff()->ScheduleSwitch(e.at, net.AccessPoint(e.domain, e.router));
            }
            else if (e.kind == HA_DELAY)
            {
                Simulator::Schedule(e.at, &TrajectoryRun::SetBorderDelay, this, e.haDelay);
            }
        }
        for (uint32_t k = 0; k < m_trajectory.events.size(); ++k)
        {
            Simulator::Schedule(Until(k, config) - MilliSeconds(10),
                                &TrajectoryRun::Settled,
                                this,
                                k);
        }
        Simulator::Schedule(MilliSeconds(100), &TrajectoryRun::Sample, this);
        Simulator::Stop(m_trajectory.end);
        Simulator::Run();

        for (uint32_t k = 0; k < m_trajectory.events.size(); ++k)
        {
            const Event& e = m_trajectory.events[k];
            Time resumed = tc->CheckResumed(net, e.text, e.at, e.bound, Until(k, config));
            if (std::getenv("HMIPV6_TRAJECTORY_VERBOSE"))
            {
                std::cout << e.text << ": resumed after " << resumed.GetMilliSeconds() << " ms"
                          << std::endl;
            }
            if (resumed.IsStrictlyNegative())
            {
                m_violations.push_back(e.text + ": a flow never resumed");
            }
        }
        Simulator::Destroy();
        RngSeedManager::SetRun(1);
        m_net = nullptr;
        return m_violations;
    }

  private:
    /**
     * \param k an event
     * \param config the network
     * \return when its quiet period ends (the next event, or the end of the flows)
     */
    Time Until(uint32_t k, const NetConfig& config) const
    {
        return k + 1 < m_trajectory.events.size() ? m_trajectory.events[k + 1].at : config.flowStop;
    }

    /**
     * \brief Every border link gets a new delay.
     * \param delay it
     */
    void SetBorderDelay(Time delay)
    {
        for (const HmipTopologyHelper::Domain& d : m_net->topology->GetDomains())
        {
            d.borderInternet->GetChannel()->SetAttribute("Delay", TimeValue(delay));
        }
    }

    /// Remember when the host last held each address (every 100 ms).
    void Sample()
    {
        for (const Ipv6Address& a : m_net->HostAddresses())
        {
            m_lastHeld[a] = Simulator::Now();
        }
        Simulator::Schedule(MilliSeconds(100), &TrajectoryRun::Sample, this);
    }

    /**
     * \brief Record a violation.
     * \param k the event whose quiet period it is
     * \param what it
     */
    void Violation(uint32_t k, const std::string& what)
    {
        std::ostringstream os;
        os << Simulator::Now().GetSeconds() << " s, after \"" << m_trajectory.events[k].text
           << "\": " << what;
        m_violations.push_back(os.str());
    }

    /**
     * \brief One binding of the host's home address, checked against the addresses the
     *        host holds.
     * \param k the event
     * \param who the node that holds it
     * \param entry the binding
     */
    void CheckBinding(uint32_t k, const std::string& who, const hmipv6::BindingCache::Entry& entry)
    {
        Time now = Simulator::Now();
        std::ostringstream os;
        os << who << " binds " << entry.careOfAddress;
        if (entry.expiry < now - MilliSeconds(1))
        {
            Violation(k, os.str() + ", expired at " + std::to_string(entry.expiry.GetSeconds()));
        }
        auto held = m_lastHeld.find(entry.careOfAddress);
        Time last = held == m_lastHeld.end() ? Seconds(0) : held->second;
        if (m_net->HostAddresses().count(entry.careOfAddress) == 0 &&
            now - last > LIFETIME + Seconds(1))
        {
            Violation(k, os.str() + ", which the host gave up more than a lifetime ago");
        }
    }

    /**
     * \brief Once an event settled: the bindings and the host's state.
     * \param k the event
     */
    void Settled(uint32_t k)
    {
        HmipTestNetwork& net = *m_net;
        const Ipv6Address home = HmipTopologyHelper::HOME_ADDRESS;
        const Event& e = m_trajectory.events[k];
        // Every binding of the home address, wherever it is.
        std::vector<std::pair<std::string, const hmipv6::BindingCache*>> caches = {
            {"HA", &net.ha->GetBindingCache()},
            {"CH1", &net.ch1->GetBindingCache()}};
        for (uint32_t d = 0; d < net.ch2.size(); ++d)
        {
            caches.emplace_back("CH2-" + std::to_string(d + 1), &net.ch2[d]->GetBindingCache());
        }
        for (const auto& [who, cache] : caches)
        {
            if (const hmipv6::BindingCache::Entry* entry = cache->Find(home))
            {
                CheckBinding(k, who, *entry);
            }
        }
        for (uint32_t d = 0; d < DOMAINS; ++d)
        {
            for (uint32_t j = 0; j < SERVERS; ++j)
            {
                Ptr<MobilityServer> ms = net.RunningServer(d, j);
                Ipv6Address gcoa = ms ? ms->GetGlobalCareOf(home) : Ipv6Address::GetAny();
                if (!gcoa.IsAny())
                {
                    CheckBinding(k,
                                 "MS" + std::string(j ? "b" : "") + " of domain " +
                                     std::to_string(d + 1),
                                 *ms->GetBindingCache().Find(gcoa));
                }
            }
        }

        // The host's state against what the others hold.
        Ipv6Address haBinding = HmipTestNetwork::CareOf(net.ha->GetBindingCache());
        bool atHome = e.kind == HOME || (e.kind > LEAVE && m_home);
        m_home = atHome;
        if (net.mh->IsAtHome() != atHome)
        {
            Violation(k, std::string("the host believes it is ") + (atHome ? "away" : "home"));
            return;
        }
        if (atHome)
        {
            if (!haBinding.IsAny())
            {
                Violation(k, "at home, but the HA binds the home address");
            }
            return;
        }
        if (!net.mh->IsRegistered() || haBinding != net.mh->GetCareOfAddress())
        {
            std::ostringstream os;
            os << "the host registered " << net.mh->GetCareOfAddress() << " (registered "
               << net.mh->IsRegistered() << "), the HA binds " << haBinding;
            Violation(k, os.str());
        }
        CheckServer(k, haBinding);
    }

    /**
     * \brief Away: the host is registered with the MS its router advertises, if that one
     *        runs, and both agree on the binding.
     * \param k the event
     * \param haBinding what the HA binds
     */
    void CheckServer(uint32_t k, Ipv6Address haBinding)
    {
        HmipTestNetwork& net = *m_net;
        const Ipv6Address home = HmipTopologyHelper::HOME_ADDRESS;
        uint32_t ap = net.Handoff()->GetCurrentAccessPoint();
        Ipv6Address advertised =
            ap < net.routers.size() ? net.routers[ap]->GetMobilityServer() : Ipv6Address::GetAny();
        uint32_t domain = ap < 2 ? 0 : 1;
        Ptr<MobilityServer> ms;
        for (uint32_t j = 0; j < SERVERS; ++j)
        {
            if (net.topology->GetDomains()[domain].serverAddresses[j] == advertised)
            {
                ms = net.RunningServer(domain, j);
            }
        }
        if ((ms != nullptr) != net.mh->IsRegisteredWithMobilityServer() ||
            (ms && net.mh->GetMobilityServer() != advertised))
        {
            std::ostringstream os;
            os << "the router advertises " << advertised << " (running " << (ms != nullptr)
               << "), the host is registered with " << net.mh->GetMobilityServer() << " ("
               << net.mh->IsRegisteredWithMobilityServer() << ")";
            Violation(k, os.str());
            return;
        }
        Ipv6Address lcoa = net.mh->GetLocalCareOfAddress();
        Ipv6Address gcoa = net.mh->GetGlobalCareOfAddress();
        if (ms && (ms->GetLocalCareOf(home) != lcoa || ms->GetGlobalCareOf(home) != gcoa ||
                   haBinding != gcoa))
        {
            std::ostringstream os;
            os << "the MS binds " << ms->GetGlobalCareOf(home) << " to " << ms->GetLocalCareOf(home)
               << ", the host has " << gcoa << " and " << lcoa << ", the HA binds " << haBinding;
            Violation(k, os.str());
        }
        else if (!ms && haBinding != lcoa)
        {
            Violation(k, "no MS here, but the HA does not bind the LCoA");
        }
    }

    uint32_t m_seed;                        //!< the seed
    Trajectory m_trajectory;                //!< its events
    HmipTestNetwork* m_net{nullptr};        //!< during Run
    std::map<Ipv6Address, Time> m_lastHeld; //!< when the host last held an address
    std::vector<std::string> m_violations;  //!< what went wrong
    bool m_home{false};                     //!< the host's place after the last event
};

/**
 * \param first the first seed
 * \param n how many
 * \return the seeds of HMIPV6_TRAJECTORY_SEEDS ("17", "1-500", "3,9"), else [first,
 *         first + n)
 */
std::vector<uint32_t>
Seeds(uint32_t first, uint32_t n)
{
    std::vector<uint32_t> seeds;
    const char* env = std::getenv("HMIPV6_TRAJECTORY_SEEDS");
    if (!env)
    {
        for (uint32_t s = first; s < first + n; ++s)
        {
            seeds.push_back(s);
        }
        return seeds;
    }
    std::istringstream is(env);
    std::string item;
    while (std::getline(is, item, ','))
    {
        size_t dash = item.find('-');
        uint32_t from = std::stoul(item.substr(0, dash));
        uint32_t to = dash == std::string::npos ? from : std::stoul(item.substr(dash + 1));
        for (uint32_t s = from; s <= to; ++s)
        {
            seeds.push_back(s);
        }
    }
    return seeds;
}

/**
 * \ingroup hmipv6-test
 * \brief Random trajectories, one seed after the other; stops at the first that fails.
 */
class TrajectoryTest : public NetworkTestCase
{
  public:
    /**
     * \param first the first seed
     * \param n how many
     * \param replay whether HMIPV6_TRAJECTORY_SEEDS replaces the seeds (the short case)
     */
    TrajectoryTest(uint32_t first, uint32_t n, bool replay)
        : NetworkTestCase(std::to_string(n) + " random trajectories from seed " +
                          std::to_string(first) +
                          ": flows resume within the model's bounds, bindings follow the host"),
          m_first(first),
          m_n(n),
          m_replay(replay)
    {
    }

  private:
    void DoRun() override
    {
        if (std::getenv("HMIPV6_TRAJECTORY_SEEDS") && !m_replay)
        {
            return; // the short case replays the seeds asked for
        }
        uint32_t passed = 0;
        for (uint32_t seed : Seeds(m_first, m_n))
        {
            TrajectoryRun run(seed);
            std::vector<std::string> violations = run.Run(this);
            if (!violations.empty() || IsStatusFailure())
            {
                std::ostringstream os;
                for (const std::string& v : violations)
                {
                    os << "  " << v << "\n";
                }
                std::cerr << "trajectory seed " << seed << " fails:\n"
                          << os.str() << "its events:\n"
                          << run.Events() << "replay: HMIPV6_TRAJECTORY_SEEDS=" << seed
                          << " build/hmipv6-test-runner --suite=hmipv6-trajectory" << std::endl;
                NS_TEST_EXPECT_MSG_EQ(violations.size(), 0u, "seed " << seed);
                return;
            }
            ++passed;
        }
        std::cout << "trajectories: " << passed << " seeds passed" << std::endl;
    }

    uint32_t m_first; //!< first seed
    uint32_t m_n;     //!< number of seeds
    bool m_replay;    //!< replays HMIPV6_TRAJECTORY_SEEDS
};

/// The suite: a handful of trajectories, and 500 as an EXTENSIVE case.
class HmipTrajectoryTestSuite : public TestSuite
{
  public:
    HmipTrajectoryTestSuite()
        : TestSuite("hmipv6-trajectory")
    {
        AddTestCase(new TrajectoryTest(1, 5, true));
        AddTestCase(new TrajectoryTest(1, 500, false),
                    hmipv6test::Extensive(&HmipTrajectoryTestSuite::AddTestCase));
    }
};

HmipTrajectoryTestSuite g_hmipTrajectoryTestSuite; //!< instance

} // namespace
