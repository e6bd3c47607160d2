// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_CORRESPONDENT_NODE_H
#define HMIPV6_CORRESPONDENT_NODE_H

#include "ns3/application.h"
#include "ns3/binding-cache.h"
#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-route.h"
#include "ns3/mobility-header.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rate-limit-table.h"
#include "ns3/registrar.h"
#include "ns3/return-routability-header-base.h"
#include "ns3/return-routability.h"
#include "ns3/route-optimization-net-device.h"
#include "ns3/traced-callback.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Correspondent node operation of Mobile IPv6 (RFC 6275 9): return routability,
 *        Binding Updates, route optimisation and home address substitution.
 *
 * Installed on a node with ns-3's IPv6 stack (InstallOn, or Node::AddApplication), at
 * start it installs what it needs if absent (MobilityGlueHelper's glue, a
 * MobilityRoutingProtocol, a RouteOptimizationNetDevice with its own IPv6 interface)
 * and registers with them:
 * - Home Test Init (9.4.1, 9.4.2): answered with a Home Test to the source (the home
 *   address): the current nonce index, the cookie echoed, the home keygen token;
 * - Care-of Test Init (9.4.3, 9.4.4): likewise with a Care-of Test to the source (the
 *   care-of address) and the care-of keygen token;
 * - Binding Update (9.5.1): home address from the Home Address option (else the source),
 *   care-of address from the Alternate Care-of Address option (else the source). The
 *   Nonce Indices and Binding Authorization Data options are required (else silently
 *   discarded); expired nonce indices get a Binding Acknowledgement with status 136, 137
 *   or 138; Kbm (from the home keygen token alone for a deregistration: lifetime 0 or
 *   care-of = home address) must verify the authenticator (else silently discarded);
 *   the sequence number must be newer (else status 135). The rest is
 *   hmipv6::Registrar's procedure, as at a home agent: an accepted registration
 *   creates or updates the binding with hmipv6::GrantLifetime (min(requested,
 *   "MaxBindingLifetime") in 4 s units) and diverts the home address into the route optimisation
 * device; a deregistration removes it. A Binding Update with the H flag gets status 131. A Binding
 *   Acknowledgement (with its own Binding Authorization Data when Kbm is known, 6.1.8)
 *   is sent when the A flag is set or on error, to the care-of address with a type 2
 *   routing header (9.5.4);
 * - lifetime expiry removes bindings (one timer on the soonest expiry);
 * - packets sent by the node's applications to a bound home address go to the care-of
 *   address with a type 2 routing header (9.3.2, RouteOptimizationNetDevice);
 * - a packet with a Home Address option (not a Mobility Header) reaches the sockets with
 *   the home address as source if the binding of that home address has the packet's
 *   source as care-of address (9.3.1, Hmipv6OptionHandler re-injects it); otherwise it
 *   is discarded and answered with a Binding Error, status 1, to its source, at most once
 *   per "BindingErrorInterval" per destination, and to at most "BindingErrorTableSize"
 *   destinations in one interval (the source can be forged: RateLimitTable).
 * Mobility Header messages are sent without the Binding Cache (6.1): routed around the
 * divert. Every message dropped is counted and fires "Drop" with a reason.
 */
class CorrespondentNode : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    CorrespondentNode();
    ~CorrespondentNode() override;

    /**
     * \brief Create a CorrespondentNode with default attributes, add it to a node and
     *        start it at time 0.
     * \param node a node with ns-3's IPv6 stack
     * \return the application
     */
    static Ptr<CorrespondentNode> InstallOn(Ptr<Node> node);

    /**
     * \brief Assign a fixed random variable stream number to the random variables used
     *        (Kcn, nonces, first nonce index).
     * \param stream first stream index to use
     * \return the number of stream indices assigned
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \return the Binding Cache
     */
    const BindingCache& GetBindingCache() const;

    /**
     * \brief The node key (for tests: to recompute tokens from RFC 6275 5.2.5).
     * \return Kcn; all zeros before the application starts
     */
    ReturnRoutability::Key GetKcn() const;

    /**
     * \brief The return routability secrets (nonces, Kcn).
     * \return them, or null before the application starts
     */
    const CorrespondentSecrets* GetSecrets() const;

    /**
     * \return the route optimisation device (null before the application starts)
     */
    Ptr<RouteOptimizationNetDevice> GetRouteOptimizationDevice() const;

    /**
     * \brief The care-of address bound to a home address (the route optimisation
     *        device's lookup; marks the binding used).
     * \param home a home address
     * \return the care-of address, or :: if there is no binding
     */
    Ipv6Address LookupCareOf(Ipv6Address home);

    /// \return the number of Home Test Init messages received
    uint64_t GetHomeTestInitCount() const;
    /// \return the number of Care-of Test Init messages received
    uint64_t GetCareOfTestInitCount() const;
    /// \return the number of Binding Updates received
    uint64_t GetBindingUpdateCount() const;
    /// \return the number of Binding Acknowledgements sent
    uint64_t GetBindingAckCount() const;
    /// \return the number of Binding Errors sent
    uint64_t GetBindingErrorCount() const;
    /// \return the number of destinations the Binding Error rate limit remembers
    std::size_t GetBindingErrorTableSize() const;
    /// \return the number of Binding Updates whose authenticator did not verify
    uint64_t GetAuthenticationFailureCount() const;
    /// \return the number of messages dropped (all reasons, "Drop")
    uint64_t GetDropCount() const;
    /**
     * \brief Drops for one reason.
     * \param reason the reason
     * \return the count
     */
    uint64_t GetDropCount(hmipv6::DropReason reason) const;

    /**
     * \brief TracedCallback signature of "HoTIReceived" and "CoTIReceived".
     * \param source the source address (home or care-of address)
     * \param cookie the init cookie
     */
    typedef void (*TestInitCallback)(Ipv6Address source, const MobilityCookie& cookie);

    /**
     * \brief TracedCallback signature of "HoTSent" and "CoTSent".
     * \param destination where the test went
     * \param nonceIndex the nonce index
     * \param token the keygen token
     */
    typedef void (*TestCallback)(Ipv6Address destination,
                                 uint16_t nonceIndex,
                                 const MobilityCookie& token);

    /**
     * \brief TracedCallback signature of "BindingUpdateReceived".
     * \param home the home address
     * \param careOf the care-of address
     * \param sequence the sequence number
     * \param lifetime the requested lifetime
     */
    typedef void (*BindingUpdateCallback)(Ipv6Address home,
                                          Ipv6Address careOf,
                                          uint16_t sequence,
                                          Time lifetime);

    /**
     * \brief TracedCallback signature of "BindingAckSent".
     * \param destination the care-of address it went to
     * \param home the home address
     * \param status the status
     * \param sequence its sequence number
     */
    typedef void (*BindingAckCallback)(Ipv6Address destination,
                                       Ipv6Address home,
                                       uint8_t status,
                                       uint16_t sequence);

    /**
     * \brief TracedCallback signature of "BindingCreated", "BindingUpdated",
     *        "BindingRemoved" and "BindingExpired".
     * \param home the home address
     * \param careOf the care-of address
     */
    typedef void (*BindingCallback)(Ipv6Address home, Ipv6Address careOf);

    /**
     * \brief TracedCallback signature of "BindingErrorSent".
     * \param destination where it went
     * \param status the status
     * \param home the home address field
     */
    typedef void (*BindingErrorCallback)(Ipv6Address destination, uint8_t status, Ipv6Address home);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the message (or packet) dropped
     * \param reason why, in one word
     * \param detail which message and what was wrong with it
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 hmipv6::DropReason reason,
                                 const std::string& detail);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \brief Home Test Init handler (RFC 6275 9.4.1, 9.4.2).
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void ReceiveHomeTestInit(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);

    /**
     * \brief Care-of Test Init handler (RFC 6275 9.4.3, 9.4.4).
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void ReceiveCareOfTestInit(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /**
     * \brief Answer a Home or Care-of Test Init with a Home or Care-of Test (9.4.1 to
     *        9.4.4): the two differ only in the address tested and the keygen token.
     * \param init the empty test init to read
     * \param test the empty test to send
     * \param packet the Mobility Header
     * \param header the IPv6 header
     */
    void AnswerTestInit(hmipv6::TestInitHeaderBase& init,
                        hmipv6::TestHeaderBase& test,
                        Ptr<Packet> packet,
                        const Ipv6Header& header);

    /**
     * \brief Binding Update handler (RFC 6275 9.5.1 to 9.5.4).
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void ReceiveBindingUpdate(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);

    /**
     * \brief The home address check of the Home Address option handler (RFC 6275 9.3.1).
     * \param home the option's home address
     * \param header the IPv6 header as received
     * \return true if the binding of home has the packet's source as care-of address
     */
    bool CheckHomeAddressOption(Ipv6Address home, const Ipv6Header& header);

    /**
     * \brief Send a Binding Acknowledgement (RFC 6275 9.5.4).
     * \param source the correspondent's address (the Binding Update's destination)
     * \param home the home address
     * \param careOf the care-of address (the home address when deregistering from home)
     * \param status the status
     * \param sequence the sequence number
     * \param lifetime the granted lifetime
     * \param kbm Kbm for the Binding Authorization Data option, if known
     */
    void SendBindingAck(Ipv6Address source,
                        Ipv6Address home,
                        Ipv6Address careOf,
                        uint8_t status,
                        uint16_t sequence,
                        Time lifetime,
                        const std::optional<ReturnRoutability::Key>& kbm);

    /**
     * \brief Send a Binding Error (RFC 6275 9.3.1, 6.1.9), rate-limited per destination.
     * \param source the correspondent's address
     * \param destination where to send it
     * \param status the status
     * \param home the home address field
     */
    void SendBindingError(Ipv6Address source,
                          Ipv6Address destination,
                          uint8_t status,
                          Ipv6Address home);

    /**
     * \brief Send a Mobility Header without the Binding Cache (RFC 6275 6.1): its checksum
     *        is filled and it is routed around the route optimisation divert.
     * \param packet the Mobility Header, or a type 2 routing header and a Mobility Header
     * \param source the source address
     * \param destination the IPv6 destination
     * \param finalDestination the checksum's destination (the home address of a type 2
     *        routing header)
     * \param nextHeader 135, or 43 with a routing header
     * \return true if it was handed to IPv6
     */
    bool SendMobilityMessage(Ptr<Packet> packet,
                             Ipv6Address source,
                             Ipv6Address destination,
                             Ipv6Address finalDestination,
                             uint8_t nextHeader);

    /**
     * \brief A route to a destination that ignores the route optimisation divert.
     * \param destination the destination
     * \param source the source address
     * \return the route, or null
     */
    Ptr<Ipv6Route> RouteAroundDivert(Ipv6Address destination, Ipv6Address source) const;

    /**
     * \brief Registrar hook: a binding was made (divert, traces).
     * \param registration the registration
     * \param entry its binding
     * \param created whether the binding is new
     */
    void Bound(const hmipv6::Registration& registration,
               const BindingCache::Entry& entry,
               bool created);
    /**
     * \brief Registrar hook: a binding ended (divert, traces).
     * \param entry the binding
     * \param ending why
     */
    void Unbound(const BindingCache::Entry& entry, hmipv6::Registrar::Ending ending);

    /**
     * \brief Count and trace a drop.
     * \param packet the packet
     * \param reason why, in one word \param detail which message and what was wrong
     */
    void Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail);

    bool m_routeOptimization;                        //!< "RouteOptimization"
    bool m_returnRoutability;                        //!< "ReturnRoutability"
    Time m_maxBindingLifetime;                       //!< "MaxBindingLifetime"
    uint32_t m_maxBindings;                          //!< "MaxBindings"
    Time m_nonceInterval;                            //!< "NonceInterval"
    Time m_maxNonceLifetime;                         //!< "MaxNonceLifetime"
    Time m_bindingErrorInterval;                     //!< "BindingErrorInterval"
    uint32_t m_bindingErrorTableSize;                //!< "BindingErrorTableSize"
    Ptr<UniformRandomVariable> m_random;             //!< source of Kcn and nonces
    std::unique_ptr<CorrespondentSecrets> m_secrets; //!< Kcn and nonces (made at start)
    hmipv6::Registrar m_registrar;                   //!< the bindings and their lifetimes
    Ptr<RouteOptimizationNetDevice> m_device;        //!< route optimisation device
    int32_t m_deviceInterface;                       //!< its IPv6 interface, -1 if none
    hmipv6::RateLimitTable m_bindingErrorLimit;      //!< destinations answered lately
    bool m_running;                                  //!< between start and stop

    uint64_t m_hotiCount;       //!< Home Test Init received
    uint64_t m_cotiCount;       //!< Care-of Test Init received
    uint64_t m_buCount;         //!< Binding Updates received
    uint64_t m_baCount;         //!< Binding Acknowledgements sent
    uint64_t m_beCount;         //!< Binding Errors sent
    uint64_t m_authFailures;    //!< authenticators that did not verify
    hmipv6::DropCounts m_drops; //!< drops by reason

    TracedCallback<Ipv6Address, const MobilityCookie&> m_hotiTrace;          //!< "HoTIReceived"
    TracedCallback<Ipv6Address, const MobilityCookie&> m_cotiTrace;          //!< "CoTIReceived"
    TracedCallback<Ipv6Address, uint16_t, const MobilityCookie&> m_hotTrace; //!< "HoTSent"
    TracedCallback<Ipv6Address, uint16_t, const MobilityCookie&> m_cotTrace; //!< "CoTSent"
    TracedCallback<Ipv6Address, Ipv6Address, uint16_t, Time> m_buTrace; //!< "BindingUpdateReceived"
    TracedCallback<Ipv6Address, Ipv6Address, uint8_t, uint16_t> m_baTrace; //!< "BindingAckSent"
    TracedCallback<Ipv6Address, Ipv6Address> m_createdTrace;               //!< "BindingCreated"
    TracedCallback<Ipv6Address, Ipv6Address> m_updatedTrace;               //!< "BindingUpdated"
    TracedCallback<Ipv6Address, Ipv6Address> m_removedTrace;               //!< "BindingRemoved"
    TracedCallback<Ipv6Address, Ipv6Address> m_expiredTrace;               //!< "BindingExpired"
    TracedCallback<Ipv6Address, uint8_t, Ipv6Address> m_beTrace;           //!< "BindingErrorSent"
    TracedCallback<Ptr<const Packet>, hmipv6::DropReason, const std::string&>
        m_dropTrace; //!< "Drop"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_CORRESPONDENT_NODE_H */
