// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROUTE_OPTIMIZER_H
#define HMIPV6_ROUTE_OPTIMIZER_H

#include "ns3/binding-update-list.h"
#include "ns3/drop-reason.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/mipv6-home-address-device.h"
#include "ns3/mobility-header.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/return-routability.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

namespace hmipv6
{
class BindingAckHeader;
}

namespace hmipv6
{
class MobilityRoutingProtocol;
}

namespace hmipv6
{

class TestHeaderBase;
class TestInitHeaderBase;

/**
 * \ingroup hmipv6
 * \brief The mobile node's route optimisation with its correspondents (RFC 6275 11.6,
 *        11.7.2): return routability, the correspondents' Binding Updates and
 *        acknowledgements, their removal on return home (11.5.4).
 *
 * For each correspondent bound to a care-of address it does not have yet: a Home Test
 * Init from the home address (through the reverse tunnel when away) and a Care-of Test
 * Init straight from the care-of address, each with a random cookie, retransmitted after
 * INITIAL_BINDACK_TIMEOUT doubling (11.8) up to the configured retries. With both tests
 * (cookies checked) Kbm (5.2.5) authenticates a Binding Update (A set, H clear, Nonce
 * Indices and Binding Authorization Data, Home Address option, from the care-of address;
 * lifetime at most MAX_RR_BINDING_LIFETIME); its acknowledgement must verify (6.1.8).
 * An accepted binding diverts the correspondent into the Mipv6HomeAddressDevice and is
 * renewed at the list's refresh time. No test, no acknowledgement or a rejecting status:
 * the reverse tunnel stays for that correspondent until the next care-of address.
 */
class RouteOptimizer
{
  public:
    /// What the node tells the route optimiser and what it reports back.
    struct Hooks
    {
        std::function<Ipv6Address(Ipv6Address)> careOf;  //!< the care-of address to bind (::)
        std::function<void(Ipv6Address, uint16_t)> sent; //!< a BU left (to, seq)
        std::function<void(Ipv6Address, uint16_t, uint8_t)> acked; //!< a BA is taken
        std::function<void(Ipv6Address, uint8_t)> message;   //!< HoTI/CoTI sent, HoT/CoT taken
        std::function<void(Ipv6Address, Ipv6Address)> bound; //!< a binding acknowledged
        std::function<void(Ipv6Address, const std::string&)> fallback; //!< gave up
        std::function<void(Ipv6Address)> deregistered;                 //!< a binding removed (home)
        std::function<void(Ptr<const Packet>, DropReason, const std::string&)> drop; //!< a drop
    };

    /// Configuration.
    struct Config
    {
        Ipv6Address homeAddress;   //!< the home address
        Time lifetime;             //!< lifetime asked for (capped at MAX_RR_BINDING_LIFETIME)
        uint32_t retries{2};       //!< retransmissions before falling back
        bool reuseHomeToken{true}; //!< 5.2.7: a fresh home token is reused after a move
    };

    /**
     * \brief Configure.
     * \param node the node
     * \param bul the node's binding update list
     * \param tunnel the reverse tunnel
     * \param routing the node's mobility routing (diverts)
     * \param config the configuration
     * \param hooks the node's answers and reports
     */
    void Setup(Ptr<Node> node,
               hmipv6::BindingUpdateList* bul,
               Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel,
               Ptr<hmipv6::MobilityRoutingProtocol> routing,
               const Config& config,
               Hooks hooks);
    /// Install the route optimisation device (if absent) and draw cookies from now on.
    void InstallDevice();
    /**
     * \brief Draw the cookies from a fixed random variable stream (now, or when
     *        InstallDevice creates their variable).
     * \param stream the stream index
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);
    /// Stop every correspondent's timers and diverts.
    void Stop();
    /// Forget everything.
    void Dispose();

    /**
     * \param address a correspondent to optimise routes with
     */
    void AddCorrespondent(Ipv6Address address);
    /**
     * \return the correspondents, in address order
     */
    std::vector<Ipv6Address> GetCorrespondents() const;
    /**
     * \param address an address
     * \return whether it is a correspondent
     */
    bool IsCorrespondent(Ipv6Address address) const;
    /**
     * \param address a correspondent
     * \return the care-of address it acknowledged, or ::
     */
    Ipv6Address GetBoundCareOf(Ipv6Address address) const;
    /**
     * \return the route optimisation device (null before Setup)
     */
    Ptr<Mipv6HomeAddressDevice> GetDevice() const;

    /// Run return routability with every correspondent not bound to its care-of address.
    void Start();
    /**
     * \brief Back to the reverse tunnel for a correspondent (a movement, 11.7.2).
     * \param address the correspondent
     */
    void Reset(Ipv6Address address);
    /// Back to the reverse tunnel for every correspondent.
    void ResetAll();
    /**
     * \brief Whether the node is on its home link (no binding is used there).
     * \param atHome true at home
     */
    void SetAtHome(bool atHome);
    /**
     * \brief Back home: reset every correspondent.
     * \return those that may hold a binding
     */
    std::vector<Ipv6Address> LeaveBindings();
    /**
     * \brief Remove the bindings of correspondents from home (11.5.4).
     * \param addresses the correspondents
     */
    void Deregister(const std::vector<Ipv6Address>& addresses);

    /**
     * \brief MH Type 3 handler.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void ReceiveHomeTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /**
     * \brief MH Type 4 handler.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void ReceiveCareOfTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /**
     * \brief A correspondent's acknowledgement (routing checks done).
     * \param address the correspondent
     * \param packet the Mobility Header
     * \param ack it, parsed
     */
    void ReceiveAck(Ipv6Address address, Ptr<Packet> packet, const hmipv6::BindingAckHeader& ack);

    /**
     * \return Home Test Inits sent
     */
    uint64_t GetHomeTestInitsSent() const;
    /**
     * \return Care-of Test Inits sent
     */
    uint64_t GetCareOfTestInitsSent() const;
    /**
     * \return Binding Updates sent to correspondents
     */
    uint64_t GetUpdatesSent() const;
    /**
     * \return acknowledgements taken from correspondents
     */
    uint64_t GetAcksReceived() const;
    /**
     * \return fallbacks to the reverse tunnel
     */
    uint64_t GetFallbackCount() const;

  private:
    /// Route optimisation state of one correspondent.
    struct Correspondent
    {
        Ipv6Address address;                            //!< the correspondent
        hmipv6::MobilityCookie homeCookie{};            //!< Home Init Cookie of the last HoTI
        hmipv6::MobilityCookie careOfCookie{};          //!< Care-of Init Cookie of the last CoTI
        bool haveHot{false};                            //!< Home Test received for the cookie
        bool haveCot{false};                            //!< Care-of Test received for the cookie
        uint16_t homeIndex{0};                          //!< its home nonce index
        uint16_t careOfIndex{0};                        //!< its care-of nonce index
        hmipv6::ReturnRoutability::Token homeToken{};   //!< home keygen token
        Time homeTokenTime{-1};                         //!< when it arrived (< 0: none)
        bool nonceRetried{false};                       //!< reran RR after an expired nonce
        bool deregistering{false};                      //!< back home: removing its binding
        std::optional<uint16_t> lastSequence;           //!< of the last BU, kept across moves
        hmipv6::ReturnRoutability::Token careOfToken{}; //!< care-of keygen token
        hmipv6::ReturnRoutability::Key kbm{};           //!< binding management key
        Ipv6Address rrCareOf;                           //!< care-of address of the test
        Ipv6Address boundCareOf;                        //!< care-of address acknowledged (:: none)
        Ipv6Address failedCareOf;                       //!< care-of address it fell back for
        uint32_t rrTries{0};                            //!< return routability attempts
        uint32_t buTries{0};                            //!< Binding Update transmissions
        EventId rrEvent;                                //!< test retransmission
        EventId buEvent;                                //!< BU retransmission
        EventId refreshEvent;                           //!< binding refresh
    };

    /**
     * \brief Send HoTI and CoTI to a correspondent.
     * \param address the correspondent
     */
    void SendTestInits(Ipv6Address address);
    /**
     * \brief Send one test init (RFC 6275 11.6.1).
     * \param init the message
     * \param cookie its cookie
     * \param source the home or the care-of address
     * \param address the correspondent
     */
    void SendTestInit(TestInitHeaderBase& init,
                      const hmipv6::MobilityCookie& cookie,
                      Ipv6Address source,
                      Ipv6Address address);
    /**
     * \brief Test retransmission timer.
     * \param address the correspondent
     */
    void TestInitTimeout(Ipv6Address address);
    /**
     * \brief A Home Test or a Care-of Test (RFC 6275 11.6.2).
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param test the message to parse into
     */
    void ReceiveTest(Ptr<Packet> packet, const Ipv6Header& header, TestHeaderBase& test);
    /**
     * \brief Build and send a Binding Update.
     * \param address the correspondent
     * \param retransmission take the list's retransmission entry
     */
    void SendUpdate(Ipv6Address address, bool retransmission);
    /**
     * \brief BU retransmission timer.
     * \param address the correspondent
     */
    void UpdateTimeout(Ipv6Address address);
    /**
     * \brief The binding's refresh time: a new return routability.
     * \param address the correspondent
     */
    void RefreshBinding(Ipv6Address address);
    /**
     * \brief Whether a correspondent's acknowledgement verifies (6.1.8).
     * \param c the correspondent
     * \param packet the Mobility Header
     * \param ack it, parsed
     * \param careOf the care-of address of the update
     * \return true if it does
     */
    bool Authentic(const Correspondent& c,
                   Ptr<Packet> packet,
                   const hmipv6::BindingAckHeader& ack,
                   Ipv6Address careOf) const;
    /**
     * \brief Give up route optimisation with a correspondent for this care-of address.
     * \param c the correspondent
     * \param reason why
     */
    void Fallback(Correspondent& c, const std::string& reason);
    /**
     * \brief Stop route optimisation with a correspondent (timers, divert, list entry).
     * \param c the correspondent
     */
    void ResetCorrespondent(Correspondent& c);
    /**
     * \brief Binding lookup of the route optimisation device.
     * \param address the correspondent
     * \return the acknowledged care-of address, or ::
     */
    Ipv6Address LookupBinding(Ipv6Address address);
    /**
     * \brief Send a Mobility Header straight out (static routing, no divert).
     * \param packet the packet (after the IPv6 header)
     * \param source the source
     * \param destination the destination
     * \param protocol the Next Header
     */
    void SendDirect(Ptr<Packet> packet,
                    Ipv6Address source,
                    Ipv6Address destination,
                    uint8_t protocol);
    /**
     * \brief Send a packet from the home address into the reverse tunnel.
     * \param packet the packet (after the IPv6 header)
     * \param destination the destination
     * \param protocol the Next Header
     */
    void SendThroughTunnel(Ptr<Packet> packet, Ipv6Address destination, uint8_t protocol);
    /**
     * \return a random cookie
     */
    hmipv6::MobilityCookie NewCookie();

    Ptr<Node> m_node;                                      //!< the node
    hmipv6::BindingUpdateList* m_bul{nullptr};             //!< the node's list
    Ptr<hmipv6::Ipv6TunnelNetDevice> m_tunnel;             //!< reverse tunnel
    Ptr<hmipv6::MobilityRoutingProtocol> m_routing;        //!< diverts
    Config m_config;                                       //!< configuration
    Hooks m_hooks;                                         //!< the node
    bool m_atHome{false};                                  //!< on the home link
    std::map<Ipv6Address, Correspondent> m_correspondents; //!< by address
    Ptr<Mipv6HomeAddressDevice> m_device;                  //!< route optimisation device
    uint32_t m_deviceInterface{0};                         //!< its interface
    Ptr<UniformRandomVariable> m_cookieRng;                //!< cookies
    int64_t m_cookieStream{-1};                            //!< AssignStreams (-1: none)
    uint64_t m_hotiSent{0};                                //!< HoTIs sent
    uint64_t m_cotiSent{0};                                //!< CoTIs sent
    uint64_t m_buSent{0};                                  //!< BUs sent
    uint64_t m_acks{0};                                    //!< BAs taken
    uint64_t m_fallbacks{0};                               //!< fallbacks
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ROUTE_OPTIMIZER_H */
