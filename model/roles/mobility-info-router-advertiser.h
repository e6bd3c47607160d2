// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_INFO_ROUTER_ADVERTISER_H
#define HMIPV6_MOBILITY_INFO_ROUTER_ADVERTISER_H

#include "ns3/application.h"
#include "ns3/drop-reason.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/mobility-server-list.h"
#include "ns3/nstime.h"
#include "ns3/option-subscription.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief An access router that advertises its Mobility Server in its Router
 *        Advertisements (draft 4.1).
 *
 * On start the application installs the mobility glue on its node
 * (MobilityGlueHelper::Install, with an option handler for "MobilityInfoDestOptionType"),
 * turns IPv6 forwarding on for "Interface" (it is a router), opens a raw ICMPv6 socket
 * bound to that interface's device for Router Solicitations, and schedules the first
 * unsolicited Router Advertisement.
 *
 * Router Advertisements go to ff02::1 from the interface's link-local address with IPv6
 * hop limit 255 (RFC 4861 6.1.2): they are handed to Icmpv6L4Protocol::SendMessage,
 * whose SocketIpv6HopLimitTag Ipv6L3Protocol::Send honours (ns-3's Radvd puts an IPv4
 * SocketIpTtlTag on its packets, which IPv6 ignores, so its RAs leave with 64). Fixed
 * fields: Cur Hop Limit 64, M and O flags clear, Router Lifetime "RouterLifetime",
 * Reachable Time and Retrans Timer 0 (unspecified). Options, in this order:
 * - Prefix Information ("Prefix"/"PrefixLength", L and A flags, "ValidLifetime",
 *   "PreferredLifetime"); with "Prefix" :: the prefix of the interface's first global
 *   address is advertised, and none if it has none;
 * - MTU ("Mtu"; 0 leaves the option out);
 * - Source Link-Layer Address (the device's address);
 * - the Mobility Information Option (MobilityInfoRaOption, type
 *   "MobilityInfoOptionType"), only while a Mobility Server is advertised.
 * ns-3 3.37's Icmpv6L4Protocol::HandleRA stops at the first option type it does not know,
 * so the Mobility Information Option comes last: ns-3 hosts still see the others.
 *
 * Unsolicited advertisements (RFC 4861 6.2.4, RFC 6275 7.5): the first at a uniformly
 * random time in [0, "MaxRtrAdvInterval"] after start, then every uniformly random
 * interval in ["MinRtrAdvInterval", "MaxRtrAdvInterval"]. RFC 4861's faster initial
 * advertisements (MAX_INITIAL_RTR_ADVERTISEMENTS) are not modelled: with the default
 * intervals (30 ms / 70 ms, the minimums of RFC 6275 7.5) they would change nothing.
 *
 * Router Solicitations (RFC 4861 6.1.1, 6.2.6): a solicitation is valid if its hop limit
 * is 255, its ICMPv6 checksum is right, its code is 0, it is at least 8 octets long,
 * none of its options has length 0, and it has no Source Link-Layer Address option when
 * sent from ::. Invalid ones are counted and traced ("Drop"). A valid one is answered
 * with a multicast advertisement after a random delay ("SolicitedRaDelay"), or
 * "MinDelayBetweenRas" plus that delay after the previous multicast advertisement if
 * that one is more recent than "MinDelayBetweenRas"; if the next unsolicited
 * advertisement is due first, or an answer is already scheduled, nothing more is
 * scheduled. A solicited advertisement restarts the unsolicited interval timer.
 *
 * Mobility Server information: the attributes "MobilityServerAddress" and
 * "MobilityNetworkPrefixLength" give an MS advertised from the start (it does not
 * expire). Mobility Information packets (MobilityInfoHeader in a Destination Options
 * header, option type "MobilityInfoDestOptionType") addressed to one of the node's own
 * unicast addresses are taken from trusted senders only ("TrustedMobilityServers",
 * AddTrustedMobilityServer); each sender's last one is kept (MobilityServerList) until
 * it expires "MobilityInfoLifetime" after it arrived (the draft is silent; 0 keeps it)
 * or the sender withdraws (MS address :: or prefix length 0, draft 4.1). Of what is
 * kept, the router advertises the MS of the highest preference, then of the lowest
 * address: a choice that changes only when the set does (draft 3 allows several MSs on
 * a Mobility Network). Packets from untrusted senders, otherwise addressed (e.g.
 * multicast) or malformed are counted and traced ("Drop") and change nothing. With
 * "AdvertiseOnChange" a change of what is advertised brings the next unsolicited
 * advertisement forward to now, or to "MinRtrAdvInterval" after the previous multicast
 * one (RFC 4861 6.2.4 allows it).
 */
class MobilityInfoRouterAdvertiser : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// Constructor.
    MobilityInfoRouterAdvertiser();

    /// Destructor.
    ~MobilityInfoRouterAdvertiser() override;

    /**
     * \brief The Mobility Server currently advertised.
     * \return its address, or :: if none is advertised
     */
    Ipv6Address GetMobilityServer() const;

    /**
     * \brief The Mobility Network prefix length currently advertised.
     * \return the prefix length, or 0 if no Mobility Server is advertised
     */
    uint8_t GetMobilityNetworkPrefixLength() const;

    /**
     * \brief Whether the Router Advertisements carry the Mobility Information Option.
     * \return true if a Mobility Server is advertised
     */
    bool IsAdvertisingMobilityInfo() const;

    /**
     * \brief Take Mobility Information from a sender (draft 5.2: only from the MSs of the
     *        area); the advertised MS is the one of the highest preference, then of the
     *        lowest address. Also "TrustedMobilityServers" (preference 0).
     * \param sender the MS (the IPv6 source of its Mobility Information)
     * \param preference higher wins
     */
    void AddTrustedMobilityServer(Ipv6Address sender, uint8_t preference = 0);

    /**
     * \brief The trusted senders of Mobility Information.
     * \return them, in address order
     */
    std::vector<Ipv6Address> GetTrustedMobilityServers() const;

    /**
     * \brief What the router knows of its area's servers.
     * \return the list
     */
    const hmipv6::MobilityServerList& GetMobilityServerList() const;

    /**
     * \brief Number of Router Advertisements sent (solicited and unsolicited).
     * \return the count since creation
     */
    uint64_t GetRouterAdvertisementsSent() const;

    /**
     * \brief Number of Router Advertisements sent in answer to solicitations.
     * \return the count since creation
     */
    uint64_t GetSolicitedRouterAdvertisementsSent() const;

    /**
     * \brief Number of valid Router Solicitations received.
     * \return the count since creation
     */
    uint64_t GetRouterSolicitationsReceived() const;

    /**
     * \brief Number of well-formed Mobility Information packets accepted (withdrawals
     *        included).
     * \return the count since creation
     */
    uint64_t GetMobilityInfoReceived() const;

    /**
     * \brief Number of Router Solicitations and Mobility Information packets dropped.
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;
    /**
     * \brief Drops for one reason.
     * \param reason the reason
     * \return the count
     */
    uint64_t GetDroppedCount(hmipv6::DropReason reason) const;

    /**
     * \brief Assign fixed random variable streams to the advertisement interval and to
     *        the solicited advertisement delay.
     * \param stream the first stream index
     * \return the number of streams used (2)
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief TracedCallback signature of "RouterAdvertisementSent".
     * \param packet the ICMPv6 message (without the IPv6 header)
     * \param destination its IPv6 destination
     * \param withMobilityInfo whether it carries the Mobility Information Option
     */
    typedef void (*RouterAdvertisementCallback)(Ptr<const Packet> packet,
                                                Ipv6Address destination,
                                                bool withMobilityInfo);

    /**
     * \brief TracedCallback signature of "RouterSolicitationReceived".
     * \param source the solicitation's IPv6 source (:: is possible)
     */
    typedef void (*RouterSolicitationCallback)(Ipv6Address source);

    /**
     * \brief TracedCallback signature of "MobilityInfoLearnt".
     * \param ms the Mobility Server address
     * \param prefixLength the Mobility Network prefix length
     */
    typedef void (*MobilityInfoLearntCallback)(Ipv6Address ms, uint8_t prefixLength);

    /**
     * \brief TracedCallback signature of "MobilityInfoWithdrawn".
     * \param ms the Mobility Server no longer advertised
     * \param reason "withdrawn", "expired" or "replaced"
     */
    typedef void (*MobilityInfoWithdrawnCallback)(Ipv6Address ms, std::string reason);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the dropped ICMPv6 message or IPv6 payload
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

    /// Send an unsolicited advertisement and schedule the next one.
    void SendUnsolicited();
    /// Send the advertisement that answers solicitations.
    void SendSolicited();
    /**
     * \brief Schedule the next unsolicited advertisement.
     * \param delay from now
     */
    void ScheduleUnsolicited(Time delay);
    /**
     * \brief Build and send one multicast Router Advertisement.
     * \return whether it was sent
     */
    bool SendRouterAdvertisement();
    /**
     * \brief Raw socket receive callback (Router Solicitations).
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);
    /**
     * \brief Validate and answer one Router Solicitation.
     * \param header its IPv6 header
     * \param message the ICMPv6 message
     */
    void HandleRouterSolicitation(const Ipv6Header& header, Ptr<Packet> message);
    /**
     * \brief "Rx" trace of the Mobility Information option handler.
     * \param payload the IPv6 payload
     * \param header the IPv6 header
     * \param optionNumber the option type
     * \param data the option data
     */
    void HandleMobilityInfo(Ptr<const Packet> payload,
                            const Ipv6Header& header,
                            uint8_t optionNumber,
                            const std::vector<uint8_t>& data);
    /**
     * \brief Change the advertised Mobility Server information.
     * \param ms the MS address (:: to stop advertising)
     * \param prefixLength the prefix length (0 to stop advertising)
     * \param reason the "MobilityInfoWithdrawn" reason if an advertised MS goes away
     */
    void SetAdvertised(Ipv6Address ms, uint8_t prefixLength, const std::string& reason);
    /// Some learnt information expired.
    void ExpireMobilityInfo();
    /**
     * \brief Advertise the list's choice and re-arm the expiry timer.
     * \param reason the "MobilityInfoWithdrawn" reason if the advertised MS goes away
     */
    void Choose(const std::string& reason);
    /// Bring the next unsolicited advertisement forward ("AdvertiseOnChange").
    void AdvertiseSoon();
    /**
     * \brief Count and trace a drop.
     * \param packet the packet
     * \param reason why, in one word \param detail which message and what was wrong
     */
    void Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail);

    // Configuration (attributes).
    uint32_t m_interface;                        //!< "Interface"
    Ipv6Address m_prefix;                        //!< "Prefix"
    uint8_t m_prefixLength;                      //!< "PrefixLength"
    Time m_validLifetime;                        //!< "ValidLifetime"
    Time m_preferredLifetime;                    //!< "PreferredLifetime"
    uint32_t m_mtu;                              //!< "Mtu"
    Time m_routerLifetime;                       //!< "RouterLifetime"
    Time m_minInterval;                          //!< "MinRtrAdvInterval"
    Time m_maxInterval;                          //!< "MaxRtrAdvInterval"
    Ptr<RandomVariableStream> m_solicitedDelay;  //!< "SolicitedRaDelay"
    Time m_minDelayBetweenRas;                   //!< "MinDelayBetweenRas"
    Ipv6Address m_configuredMs;                  //!< "MobilityServerAddress"
    uint8_t m_configuredPrefixLength;            //!< "MobilityNetworkPrefixLength"
    uint8_t m_raOptionType;                      //!< "MobilityInfoOptionType"
    uint8_t m_destOptionType;                    //!< "MobilityInfoDestOptionType"
    Time m_infoLifetime;                         //!< "MobilityInfoLifetime"
    bool m_advertiseOnChange;                    //!< "AdvertiseOnChange"
    std::vector<Ipv6Address> m_trustedAttribute; //!< "TrustedMobilityServers"

    // State.
    Ptr<UniformRandomVariable> m_intervalRng; //!< draws the unsolicited intervals
    Ptr<Socket> m_socket;                     //!< raw ICMPv6 socket (solicitations)
    hmipv6::OptionSubscription m_options;     //!< the Mobility Information option
    EventId m_unsolicitedEvent;               //!< next unsolicited advertisement
    EventId m_solicitedEvent;                 //!< pending solicited advertisement
    EventId m_expiryEvent;                    //!< expiry of learnt information
    Time m_lastMulticastRa;                   //!< when the last one was sent
    bool m_sentAny;                           //!< whether one was sent at all
    hmipv6::MobilityServerList m_servers;     //!< trusted senders, what they said
    Ipv6Address m_ms;                         //!< MS advertised (:: if none)
    uint8_t m_msPrefixLength;                 //!< its Mobility Network prefix length

    // Counters.
    uint64_t m_rasSent;          //!< advertisements sent
    uint64_t m_solicitedRasSent; //!< of which in answer to solicitations
    uint64_t m_rsReceived;       //!< valid solicitations
    uint64_t m_infoReceived;     //!< Mobility Information packets accepted
    hmipv6::DropCounts m_drops;  //!< drops by reason

    // Traces.
    TracedCallback<Ptr<const Packet>, Ipv6Address, bool> m_raSentTrace; //!< advertisements
    TracedCallback<Ipv6Address> m_rsTrace;                              //!< solicitations
    TracedCallback<Ipv6Address, uint8_t> m_learntTrace;                 //!< MS learnt
    TracedCallback<Ipv6Address, std::string> m_withdrawnTrace;          //!< MS gone
    TracedCallback<Ptr<const Packet>, hmipv6::DropReason, const std::string&>
        m_dropTrace; //!< drops
};

} // namespace ns3

#endif /* HMIPV6_MOBILITY_INFO_ROUTER_ADVERTISER_H */
