// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIP_MOBILE_NODE_H
#define HMIPV6_HMIP_MOBILE_NODE_H

#include "mipv6-mobile-node.h"

#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/ms-registration.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <set>
#include <string>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief The mobile host of draft-castelluccia-mobileip-hmipv6-00 (4.2).
 *
 * A Mipv6MobileNode that also reads the Mobility Information Option of Router
 * Advertisements (MobilityInfoRaOption: the Mobility Server's address and the Mobility
 * Network prefix length) and registers with the domain's Mobility Server:
 *
 * - **Inter-domain** (a new Mobility Network prefix, or the first domain): the LCoA comes
 *   from SLAAC with DAD; the Registration Request (Figure 6) goes from the LCoA to the MS,
 *   naming the previous domain's MS (sub-option 102) when there was one; once the MS
 *   acknowledges, the GCoA (the Mobility Network prefix and the home address's interface
 *   ID) is the care-of address of the Binding Update to the home agent and of the bindings
 *   at external correspondents, while local correspondents bind the LCoA.
 * - **Intra-domain** (a new link, same Mobility Network): a Registration Update (Figure 7)
 *   to the MS and Binding Updates to the local correspondents only; the home agent and
 *   external correspondents keep the GCoA.
 * - **Another MS of the same Mobility Network** (same prefix, another MS address: the
 *   area of another MS, or a replaced MS): a Registration Request to the new MS naming
 *   the previous one, which hands the GCoA over instead of forwarding; the GCoA does not
 *   change, so nothing is sent to the home agent or external correspondents.
 * - A Registration Refresh (4.2.2) at RefreshFraction of the granted lifetime.
 * - Sequence numbers: the first registration carries 1, every Request, Update and
 *   Refresh the next one, never reset between domains (4.2.1).
 * - A registration that is not acknowledged in time (after RegistrationRetries
 *   retransmissions, 0 by default as the draft asks) or is acknowledged with an error
 *   status makes the host switch to plain Mobile IPv6 at once (4.2.1): the LCoA is
 *   registered with the home agent and every correspondent; the host stays with Mobile
 *   IPv6 until another Mobility Server is advertised.
 *
 * A correspondent is local when its address and the LCoA share their first
 * LocalPrefixLength bits (4.2.1: "compare its current LCoA prefix with the CH address
 * prefix"). With the default 64 only correspondents on the host's own link are local;
 * a domain-wide prefix length makes every correspondent inside the domain local.
 *
 * hmipv6::MsRegistration sends the messages to the Mobility Servers and matches their
 * acknowledgements; this class decides what to register, where and when.
 *
 * The GCoA lives (/128) beside the home address on the reverse tunnel's interface; the
 * previous domain's GCoA stays there until the next inter-domain move so that what the
 * previous MS forwards (4.3.6) is still delivered. A second tunnel interface takes the
 * MS's encapsulated packets.
 */
class HmipMobileNode : public Mipv6MobileNode
{
  public:
    /// How the current handoff registers.
    enum MoveKind
    {
        MOVE_NONE,      //!< no handoff yet
        MOVE_MIPV6,     //!< plain Mobile IPv6 (no MS advertised, or fallen back)
        MOVE_INTER,     //!< into a new domain: Registration Request
        MOVE_INTRA,     //!< within the domain: Registration Update
        MOVE_MS_CHANGE, //!< same Mobility Network, another MS: Registration Request
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// Constructor.
    HmipMobileNode();
    /// Destructor.
    ~HmipMobileNode() override;

    /**
     * \brief The global care-of address (:: without a Mobility Server registration).
     * \return the GCoA
     */
    Ipv6Address GetGlobalCareOfAddress() const;
    /**
     * \brief The local care-of address (the address on the current link).
     * \return the LCoA, :: while none is usable
     */
    Ipv6Address GetLocalCareOfAddress() const;
    /**
     * \brief The Mobility Server of the current domain.
     * \return its address, :: if none is advertised
     */
    Ipv6Address GetMobilityServer() const;
    /**
     * \brief Whether the Mobility Server acknowledged the host's registration.
     * \return true when registered with it
     */
    bool IsRegisteredWithMobilityServer() const;
    /**
     * \brief Whether the host fell back to plain Mobile IPv6 in this domain.
     * \return true after a failed registration, until another MS is advertised
     */
    bool HasFallenBack() const;
    /**
     * \brief Whether a correspondent is local (draft 4.2.1).
     * \param correspondent its address
     * \return true when it is bound to the LCoA
     */
    bool IsLocalCorrespondent(Ipv6Address correspondent) const;
    /**
     * \brief The kind of the last movement.
     * \return the kind
     */
    MoveKind GetLastMoveKind() const;
    /**
     * \brief The sequence number of the last registration sent (0 before the first).
     * \return the number
     */
    uint16_t GetRegistrationSequence() const;
    /**
     * \brief Registration messages sent, by kind.
     * \return Requests sent
     */
    uint64_t GetRegistrationRequestsSent() const;
    /**
     * \brief Registration messages sent, by kind.
     * \return Updates sent
     */
    uint64_t GetRegistrationUpdatesSent() const;
    /**
     * \brief Registration messages sent, by kind.
     * \return Refreshes sent
     */
    uint64_t GetRegistrationRefreshesSent() const;
    /**
     * \brief Acknowledgements received from Mobility Servers.
     * \return the count
     */
    uint64_t GetRegistrationAcksReceived() const;
    /**
     * \brief Switches to plain Mobile IPv6 (draft 4.2.1).
     * \return the count
     */
    uint64_t GetMipv6FallbackCount() const;

    /**
     * \brief TracedCallback signature of "RegistrationSent".
     * \param message "RegistrationRequest", "RegistrationUpdate" or "RegistrationRefresh"
     * \param ms the Mobility Server
     * \param sequence the sequence number
     */
    typedef void (*RegistrationSentCallback)(const std::string& message,
                                             Ipv6Address ms,
                                             uint16_t sequence);
    /**
     * \brief TracedCallback signature of "RegistrationAckReceived".
     * \param ms the Mobility Server
     * \param sequence its sequence number
     * \param status its status
     */
    typedef void (*RegistrationAckCallback)(Ipv6Address ms, uint16_t sequence, uint8_t status);
    /**
     * \brief TracedCallback signature of "DomainEntered".
     * \param ms the domain's Mobility Server
     * \param mobilityNetwork the Mobility Network prefix
     * \param prefixLength its length
     */
    typedef void (*DomainCallback)(Ipv6Address ms,
                                   Ipv6Address mobilityNetwork,
                                   uint8_t prefixLength);
    /**
     * \brief TracedCallback signature of "GlobalCareOfAddressReady" and
     * "LocalCareOfAddressReady".
     * \param address the address
     */
    typedef void (*CareOfCallback)(Ipv6Address address);
    /**
     * \brief TracedCallback signature of "FallbackToMipv6".
     * \param reason why
     */
    typedef void (*FallbackToMipv6Callback)(const std::string& reason);
    /**
     * \brief TracedCallback signature of "MessageSent" and "MessageReceived".
     * \param message the message's name (RegistrationRequest, BindingUpdate, CoTI, ...)
     * \param peer where it went or came from
     * \param scope "domain" when the peer is the MS or a local correspondent, else
     *        "internet"
     */
    typedef void (*MessageCallback)(const std::string& message,
                                    Ipv6Address peer,
                                    const std::string& scope);

  protected:
    void DoDispose() override;
    void StartApplication() override;
    void StopApplication() override;
    void OnRouterAdvertisement(const hmipv6::RouterAdvertisementInfo& ra) override;
    void OnNoMovement(const hmipv6::RouterAdvertisementInfo& ra) override;
    void OnReturnedHome() override;
    void OnMovement(Ipv6Address router, Ipv6Address prefix) override;
    void OnCareOfAddressReady(Ipv6Address coa) override;
    Ipv6Address CorrespondentCareOf(Ipv6Address correspondent) const override;
    void HandleBindingAck(Ptr<Packet> packet,
                          const Ipv6Header& header,
                          uint32_t interface) override;

  private:
    /**
     * \brief Send a registration to the current MS from the LCoA.
     * \param kind what to send
     */
    void SendRegistration(hmipv6::MsRegistration::Kind kind);
    /**
     * \brief The MS acknowledged a Registration Request.
     */
    void MsRegistered();
    /**
     * \brief Switch to plain Mobile IPv6 (draft 4.2.1).
     * \param reason why
     * \param refused the MS refused or did not answer (not tried again on this link while
     *        it is advertised); false when it is no longer advertised
     */
    void FallBack(const std::string& reason, bool refused);
    /// The current router's advertisement did not move the host: follow a change of the
    /// Mobility Server it advertises (withdrawn, replaced, back after a fallback).
    void AdvertisedServer();
    /**
     * \brief Register with another MS from the current link (Registration Request).
     * \param ms its address
     * \param prefixLength its Mobility Network prefix length
     */
    void RegisterWith(Ipv6Address ms, uint8_t prefixLength);
    /// Forget the Mobility Server state (home link, or a domain without MS).
    void LeaveDomain();
    /**
     * \brief Accept what the MS (or the previous one, or the home agent) encapsulated.
     * \param outerSrc the outer source
     * \param inner the inner header
     * \return true to decapsulate
     */
    bool AcceptDecapsulation(Ipv6Address outerSrc, const Ipv6Header& inner) const;
    /**
     * \brief Reports the Mobile IPv6 Binding Updates as "MessageSent".
     * \param destination where it went
     * \param sequence its sequence number
     */
    void OwnBindingUpdateSent(Ipv6Address destination, uint16_t sequence);
    /**
     * \brief Reports the Mobile IPv6 acknowledgements as "MessageReceived".
     * \param source where it came from
     * \param sequence its sequence number
     * \param status its status
     */
    void OwnBindingAckReceived(Ipv6Address source, uint16_t sequence, uint8_t status);
    /**
     * \brief Reports the return routability messages.
     * \param correspondent the correspondent
     * \param mhType the message's MH Type
     */
    void OwnReturnRoutability(Ipv6Address correspondent, uint8_t mhType);
    /**
     * \brief Scope of a message to or from a peer.
     * \param peer the peer
     * \return "domain" or "internet"
     */
    std::string Scope(Ipv6Address peer) const;

    bool m_useMs;                //!< "UseMobilityServer"
    Time m_regLifetime;          //!< "RegistrationLifetime"
    Time m_requestTimeout;       //!< "RequestTimeout"
    Time m_updateTimeout;        //!< "UpdateTimeout"
    uint32_t m_regRetries;       //!< "RegistrationRetries"
    uint8_t m_localPrefixLength; //!< "LocalPrefixLength"
    uint8_t m_raOptionType;      //!< "MobilityInfoOptionType"
    uint8_t m_requestType;       //!< "RegistrationRequestOptionType"
    uint8_t m_updateType;        //!< "RegistrationUpdateOptionType"
    uint8_t m_refreshType;       //!< "RegistrationRefreshOptionType"

    bool m_raHasMs;                //!< the RA being processed names an MS
    Ipv6Address m_raMs;            //!< its MS
    uint8_t m_raPrefixLength;      //!< its Mobility Network prefix length
    Ipv6Address m_ms;              //!< the domain's MS
    uint8_t m_msPrefixLength;      //!< its Mobility Network prefix length
    Ipv6Address m_domain;          //!< the Mobility Network prefix
    Ipv6Address m_previousMs;      //!< the MS of the previous domain (:: none)
    Ipv6Address m_gcoa;            //!< the GCoA (:: none)
    Ipv6Address m_previousGcoa;    //!< the previous domain's GCoA, still on the interface
    Ipv6Address m_lcoa;            //!< the LCoA (:: while none is usable)
    bool m_msRegistered;           //!< the MS acknowledged a Request
    bool m_fellBack;               //!< switched to Mobile IPv6 in this domain
    Ipv6Address m_refusedBy;       //!< the MS whose refusal caused it (:: none)
    MoveKind m_move;               //!< the current movement
    std::set<Ipv6Address> m_local; //!< local correspondents
    hmipv6::MsRegistration m_reg;  //!< the messages to the MSs
    Ptr<hmipv6::Ipv6TunnelNetDevice> m_decap; //!< takes the MS's encapsulated packets
    uint64_t m_mipv6Fallbacks;                //!< fallbacks
    TracedCallback<const std::string&, Ipv6Address, uint16_t> m_regSentTrace;      //!< trace
    TracedCallback<Ipv6Address, uint16_t, uint8_t> m_regAckTrace;                  //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, uint8_t> m_domainTrace;               //!< trace
    TracedCallback<Ipv6Address> m_intraTrace;                                      //!< trace
    TracedCallback<Ipv6Address> m_gcoaTrace;                                       //!< trace
    TracedCallback<Ipv6Address> m_lcoaTrace;                                       //!< trace
    TracedCallback<const std::string&> m_fallbackToMipv6Trace;                     //!< trace
    TracedCallback<const std::string&, Ipv6Address, const std::string&> m_txTrace; //!< trace
    TracedCallback<const std::string&, Ipv6Address, const std::string&> m_rxTrace; //!< trace
};

} // namespace ns3

#endif /* HMIPV6_HMIP_MOBILE_NODE_H */
