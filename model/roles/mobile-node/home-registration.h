// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOME_REGISTRATION_H
#define HMIPV6_HOME_REGISTRATION_H

#include "ns3/binding-update-list.h"
#include "ns3/drop-reason.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"

#include <cstdint>
#include <functional>
#include <string>

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

/**
 * \ingroup hmipv6
 * \brief The mobile node's home address: where it lives and its binding at the home
 *        agent (RFC 6275 11.7.1, 11.5.4).
 *
 * Away from home the home address is a /128 on the reverse tunnel's interface (so that
 * a type 2 routing header's home address and the tunnelled packets for it are the
 * node's own) and sockets bound to it send into the tunnel (source divert, 11.3.1). At
 * home it is on the access interface, added without DAD: the home agent defends it until
 * the deregistration arrives, and the node already owns it (11.5.4). Once the
 * deregistration is acknowledged, an unsolicited Neighbor Advertisement with Override
 * (RFC 4861 7.2.6) makes the neighbours replace the home agent's link-layer address.
 *
 * A Binding Update with A and H set, the sequence number of the BindingUpdateList, the
 * lifetime in 4 s units, from the care-of address inside a Destination Options header
 * with the Home Address option (the checksum's pseudo-header source is the home address);
 * retransmitted on the list's schedule (11.8) and refreshed after its refresh fraction of
 * the granted lifetime. Status 135 resynchronises the sequence number and sends again.
 * The deregistration (11.5.4) has lifetime 0 and care-of address = home address, and
 * goes from the home address without a Home Address option.
 */
class HomeRegistration
{
  public:
    /// What the registration reports to the node.
    struct Hooks
    {
        std::function<void(Ipv6Address, uint16_t)> sent;           //!< a BU left (to, seq)
        std::function<void(Ipv6Address, uint16_t, uint8_t)> acked; //!< a BA is taken
        std::function<void(Ipv6Address, Time)> registered;         //!< accepted (care-of, lifetime)
        std::function<void(Ipv6Address)> announced;                //!< home address announced
        std::function<void(uint8_t)> refused;                      //!< a rejecting status
        std::function<void(Ptr<const Packet>, DropReason, const std::string&)> drop; //!< a drop
    };

    /// Configuration.
    struct Config
    {
        Ipv6Address homeAddress;      //!< the home address
        uint8_t homePrefixLength{64}; //!< its prefix length
        Ipv6Address homeAgent;        //!< the home agent
        Time lifetime;                //!< the lifetime asked for
        uint32_t accessInterface{0};  //!< the access interface
        uint32_t tunnelInterface{0};  //!< the reverse tunnel's interface
    };

    /**
     * \brief Configure.
     * \param node the node
     * \param bul the node's binding update list
     * \param routing the node's mobility routing (source divert)
     * \param config the configuration
     * \param hooks the reports
     */
    void Setup(Ptr<Node> node,
               hmipv6::BindingUpdateList* bul,
               Ptr<hmipv6::MobilityRoutingProtocol> routing,
               const Config& config,
               Hooks hooks);
    /// Forget the node (timers cancelled).
    void Dispose();

    /**
     * \brief The care-of address to register (not sent yet).
     * \param coa the address
     */
    void SetCareOfAddress(Ipv6Address coa);
    /// Put the home address on the tunnel side at start.
    void PlaceAway();
    /// Leaving home: the home address goes back to the tunnel side (11.5.2).
    void LeaveHome();
    /// Back home: no care-of address; the home address moves to the access interface.
    void ReturnHome();
    /// Register the care-of address (a new Binding Update).
    void Register();
    /// At home: remove the binding (lifetime 0, from the home address), or announce the
    /// home address at once when there is none.
    void DeregisterOrAnnounce();
    /// A movement: no care-of address, not registered, timers cancelled.
    void Forget();
    /// Cancel the retransmission and refresh timers.
    void Cancel();
    /**
     * \brief An acknowledgement from the home agent (routing checks done).
     * \param packet the Mobility Header
     * \param ack it, parsed
     */
    void ReceiveAck(Ptr<Packet> packet, const hmipv6::BindingAckHeader& ack);

    /**
     * \return the care-of address registered or being registered (:: none)
     */
    Ipv6Address GetCareOfAddress() const;
    /**
     * \return whether the home agent acknowledged the care-of address
     */
    bool IsRegistered() const;
    /**
     * \return whether the list holds a binding at the home agent
     */
    bool HasBinding() const;
    /**
     * \return Binding Updates sent to the home agent
     */
    uint64_t GetUpdatesSent() const;
    /**
     * \return acknowledgements taken from the home agent
     */
    uint64_t GetAcksReceived() const;

  private:
    /// Send a new Binding Update.
    void Send();
    /// Announce the home address on the home link (11.5.4).
    void Announce();
    /**
     * \brief Build and send the Binding Update of the list's entry.
     * \param entry the entry
     */
    void Transmit(const hmipv6::BindingUpdateList::Entry& entry);
    /// Retransmission timer.
    void Retransmit();
    /// Refresh timer.
    void Refresh();

    Ptr<Node> m_node;                               //!< the node
    hmipv6::BindingUpdateList* m_bul{nullptr};      //!< the node's list
    Ptr<hmipv6::MobilityRoutingProtocol> m_routing; //!< source divert
    Config m_config;                                //!< configuration
    Hooks m_hooks;                                  //!< reports
    Ipv6Address m_coa;                              //!< care-of address (:: none)
    bool m_deregistering{false}; //!< the outstanding update is the deregistration
    bool m_registered{false};    //!< acknowledged
    EventId m_retransmitEvent;   //!< retransmission
    EventId m_refreshEvent;      //!< refresh
    uint64_t m_sent{0};          //!< updates sent
    uint64_t m_acks{0};          //!< acknowledgements taken
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_HOME_REGISTRATION_H */
