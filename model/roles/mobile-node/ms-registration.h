// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MS_REGISTRATION_H
#define HMIPV6_MS_REGISTRATION_H

#include "ns3/drop-reason.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace ns3
{

class RegistrationHeaderBase;

namespace hmipv6
{
class BindingAckHeader;
}

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The mobile host's messages to Mobility Servers
 *        (draft-castelluccia-mobileip-hmipv6-00 4.2.1, 4.2.2, 4.3.3): Registration
 *        Request, Update and Refresh from the LCoA, and the lifetime-0 Update that removes
 *        the binding at the MS of a domain left.
 *
 * Sequence numbers: 1 first, then one more for every message, never reset (4.2.1). Each
 * message asks for an acknowledgement; it is sent again (with a new number, twice the
 * wait) up to the configured retries, then the failure is reported. An accepted
 * acknowledgement schedules a Refresh at the refresh fraction of the granted lifetime.
 * What to register and when is the host's choice (HmipMobileNode).
 */
class MsRegistration
{
  public:
    /// The message kinds.
    enum Kind
    {
        NONE,    //!< nothing outstanding
        REQUEST, //!< Registration Request
        UPDATE,  //!< Registration Update
        REFRESH, //!< Registration Refresh
    };

    /// Configuration.
    struct Config
    {
        Ipv6Address homeAddress;   //!< the home address
        Time lifetime;             //!< lifetime asked for (whole seconds)
        Time requestTimeout;       //!< first wait for a Request's acknowledgement
        Time updateTimeout;        //!< first wait for an Update's or a Refresh's
        uint32_t retries{0};       //!< retransmissions before failing
        double refreshFraction{1}; //!< of the granted lifetime
        uint8_t requestType{0};    //!< option type of the Request
        uint8_t updateType{0};     //!< option type of the Update
        uint8_t refreshType{0};    //!< option type of the Refresh
    };

    /// What the registration asks the host and reports to it.
    struct Hooks
    {
        /// a message left: its name, the MS, its sequence number, whether a deregistration
        std::function<void(const std::string&, Ipv6Address, uint16_t, bool)> sent;
        std::function<void(Kind)> failed;                  //!< not acknowledged after the retries
        std::function<void()> refreshDue;                  //!< time for a Refresh (if still wanted)
        std::function<Ipv6Address()> deregistrationSource; //!< home address or LCoA (::)
        std::function<Ipv6Address()> currentMs;            //!< the MS registered with
    };

    /**
     * \brief Configure.
     * \param node the node
     * \param config the configuration
     * \param hooks the host
     */
    void Setup(Ptr<Node> node, const Config& config, Hooks hooks);
    /// Cancel every timer.
    void Stop();
    /// Stop, and forget the node.
    void Dispose();

    /**
     * \brief An acknowledgement with status 135 matched the outstanding registration:
     *        take the MS's last accepted number and send the registration again, once per
     *        registration (draft Figure 8: "we use the same mechanism that Mobile IPv6";
     *        RFC 6275 11.7.3). A second 135 is a failure.
     * \param kind the registration Match returned
     * \param msSequence the acknowledgement's sequence number
     * \return whether it was sent again
     */
    bool Resynchronize(Kind kind, uint16_t msSequence);

    /**
     * \brief Check an acknowledgement from a Mobility Server (draft 5.2.1: acknowledgements
     *        are authenticated too, so that a forged refusal cannot force the fallback),
     *        when the node's key chain requires authentication.
     * \param packet the packet, from the Mobility Header on
     * \param ack the acknowledgement parsed
     * \param source the MS (current, or the one being deregistered from)
     * \param destination the IPv6 destination
     * \return none if authentic (or authentication is off), else why not
     */
    std::optional<DropReason> CheckAck(Ptr<const Packet> packet,
                                       const hmipv6::BindingAckHeader& ack,
                                       Ipv6Address source,
                                       Ipv6Address destination) const;

    /**
     * \brief Send a new registration.
     * \param kind what to send
     * \param ms the Mobility Server
     * \param prefixLength its Mobility Network prefix length
     * \param lcoa the source
     * \param previousMs the previous MS to name (Request only; :: none)
     */
    void Send(Kind kind,
              Ipv6Address ms,
              uint8_t prefixLength,
              Ipv6Address lcoa,
              Ipv6Address previousMs = Ipv6Address::GetAny());
    /**
     * \return whether a registration waits for its acknowledgement
     */
    bool IsPending() const;
    /// Forget the outstanding registration (its timer too).
    void CancelPending();
    /// Forget the outstanding registration and the refresh.
    void Cancel();
    /**
     * \brief Match an acknowledgement from the MS with the outstanding registration.
     * \param ack the acknowledgement
     * \return the kind it acknowledges, NONE if it matches none
     */
    Kind Match(const hmipv6::BindingAckHeader& ack);
    /**
     * \brief Schedule the Refresh after an accepted acknowledgement.
     * \param lifetime the granted lifetime
     */
    void ScheduleRefresh(Time lifetime);

    /**
     * \brief Remove the binding at the MS of a domain left (sent by SendDeregistration).
     * \param ms the MS
     * \param prefixLength its Mobility Network prefix length
     */
    void StartDeregistration(Ipv6Address ms, uint8_t prefixLength);
    /// Send the deregistration if one is waiting and a source is usable.
    void SendDeregistration();
    /**
     * \brief Registering with an MS again supersedes its removal.
     * \param ms the MS
     */
    void CancelDeregistration(Ipv6Address ms);
    /**
     * \param source where an acknowledgement came from
     * \return whether it answers the deregistration
     */
    bool IsDeregistrationAck(Ipv6Address source) const;
    /**
     * \brief The deregistration's acknowledgement (accepted or 133: either way done).
     * \param ack it
     * \return false if its sequence number does not match
     */
    bool ReceiveDeregistrationAck(const hmipv6::BindingAckHeader& ack);

    /**
     * \return the last sequence number sent (0 before the first)
     */
    uint16_t GetSequence() const;
    /**
     * \param kind a kind
     * \return how many of it were sent (deregistrations count as Updates)
     */
    uint64_t GetSent(Kind kind) const;
    /**
     * \return acknowledgements matched
     */
    uint64_t GetAcks() const;
    /**
     * \param kind a kind
     * \return its message name
     */
    static std::string Name(Kind kind);

  private:
    /// No acknowledgement in time.
    void Timeout();
    /// Send the outstanding registration again.
    void Transmit();
    /**
     * \brief Add the authentication sub-option (draft 5.2.1) and send.
     * \param h the message, every other field set
     * \param ms the destination
     * \param prefixLength its Mobility Network prefix length (names the domain's key)
     * \param source the source
     */
    void SignAndSend(RegistrationHeaderBase& h,
                     Ipv6Address ms,
                     uint8_t prefixLength,
                     Ipv6Address source);

    Ptr<Node> m_node;               //!< the node
    Config m_config;                //!< configuration
    Hooks m_hooks;                  //!< the host
    uint16_t m_sequence{0};         //!< last sequence number sent
    Kind m_pending{NONE};           //!< outstanding registration
    uint32_t m_tries{0};            //!< its transmissions
    bool m_resynchronized{false};   //!< it was sent again after a 135
    Ipv6Address m_ms;               //!< its MS
    uint8_t m_prefixLength{0};      //!< its prefix length
    Ipv6Address m_lcoa;             //!< its source
    Ipv6Address m_previousMs;       //!< the previous MS it names
    EventId m_timeoutEvent;         //!< acknowledgement timer
    EventId m_refreshEvent;         //!< refresh timer
    Ipv6Address m_deregMs;          //!< the MS being deregistered from (:: none)
    uint8_t m_deregPrefixLength{0}; //!< its prefix length
    uint16_t m_deregSequence{0};    //!< the deregistration's sequence number
    uint32_t m_deregTries{0};       //!< its transmissions
    EventId m_deregEvent;           //!< its acknowledgement timer
    uint64_t m_sent[4]{};           //!< by kind
    uint64_t m_acks{0};             //!< acknowledgements matched
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MS_REGISTRATION_H */
