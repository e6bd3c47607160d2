// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_L4_PROTOCOL_H
#define HMIPV6_MOBILITY_L4_PROTOCOL_H

#include "ipv6-only-l4-protocol.h"
#include "received-home-address-tag.h"

#include "ns3/callback.h"
#include "ns3/ipv4-route.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-route.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/rate-limit-table.h"
#include "ns3/traced-callback.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The Mobility Header (IPv6 next header value 135, RFC 6275 6.1) as an ns-3
 *        layer-4 protocol.
 *
 * Receive checks what every receiver of a Mobility Header must check whatever the
 * message (RFC 6275 9.2) and dispatches on MH Type to the handler registered for it:
 * - fewer than 6 octets (no room for the checksum) or a Header Len ((octet 1 + 1) * 8)
 *   larger than the packet: dropped;
 * - a wrong checksum (when "VerifyChecksum" is on): silently dropped. The pseudo-header
 *   uses the addresses an upper layer must see: the home address of a Home Address
 *   option as source and the home address of a processed type 2 routing header as
 *   destination, when ReceivedHomeAddressTag recorded them;
 * - an MH Type with no handler: dropped and answered with a Binding Error, status 2
 *   (RFC 6275 9.2), at most once per "BindingErrorInterval" per destination; the
 *   destinations answered are kept in a RateLimitTable of at most
 *   "BindingErrorTableSize" (a destination is the packet's source, which anyone can
 *   forge: beyond that many in one interval, new ones are not answered);
 * - a Payload Proto other than 59: dropped and, when the Mobility Header directly
 *   follows the IPv6 header, answered with an ICMPv6 Parameter Problem pointing at the
 *   field (RFC 6275 9.2).
 * The per-type minimum Header Len is for the handler to check (it knows the message).
 * Every drop is counted and fires "Drop" with a reason.
 *
 * Send hands a Mobility Header that is already built down to IPv6, writing its checksum
 * first when "ComputeChecksum" is on.
 */
class MobilityL4Protocol : public Ipv6OnlyL4Protocol
{
  public:
    static constexpr uint8_t PROT_NUMBER = 135;    //!< Mobility Header (RFC 6275 6.1)
    static constexpr uint8_t NO_NEXT_HEADER = 59;  //!< the Payload Proto it must carry
    static constexpr uint32_t MIN_SIZE = 6;        //!< octets up to the checksum
    static constexpr uint32_t CHECKSUM_OFFSET = 4; //!< where the checksum is

    /**
     * \brief Handler of one MH Type: the packet (the Mobility Header and anything that
     *        follows it), the IPv6 header as received and the receiving interface index.
     */
    typedef Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t> Handler;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MobilityL4Protocol();
    ~MobilityL4Protocol() override;

    /**
     * \brief Get the protocol number.
     * \return 135
     */
    int GetProtocolNumber() const override;

    /**
     * \brief Check a received Mobility Header and hand it to its MH Type's handler.
     * \param p the Mobility Header and what follows it
     * \param header the IPv6 header
     * \param incomingInterface the receiving interface
     * \return RX_CSUM_FAILED for a wrong checksum, RX_ENDPOINT_CLOSED when no handler
     *         takes the MH Type, RX_OK otherwise (never RX_ENDPOINT_UNREACH: IPv6 would
     *         answer it with an ICMPv6 Port Unreachable, which RFC 6275 does not ask for)
     */
    enum IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                        const Ipv6Header& header,
                                        Ptr<Ipv6Interface> incomingInterface) override;
    using Ipv6OnlyL4Protocol::Receive;

    /**
     * \brief Register the handler of an MH Type, replacing any previous one.
     * \param mhType the MH Type (RFC 6275 6.1.1, octet 2)
     * \param handler called for each valid Mobility Header of that type
     */
    void RegisterHandler(uint8_t mhType, Handler handler);

    /**
     * \brief Remove the handler of an MH Type (no effect if there is none).
     * \param mhType the MH Type
     */
    void UnregisterHandler(uint8_t mhType);

    /**
     * \brief Whether an MH Type has a handler.
     * \param mhType the MH Type
     * \return true if RegisterHandler was called for it (and not undone)
     */
    bool HasHandler(uint8_t mhType) const;

    /**
     * \brief Send a Mobility Header that is already built.
     *
     * Writes the checksum first if "ComputeChecksum" is on; a packet that is not a
     * complete Mobility Header is then not sent (logged). If src is the unspecified
     * address, the source that IPv6 routing selects for dst is used (the checksum
     * needs it).
     * \param packet a packet that starts with a Mobility Header
     * \param src the source address
     * \param dst the destination address
     */
    void Send(Ptr<Packet> packet, Ipv6Address src, Ipv6Address dst);

    /**
     * \brief Checksum of a Mobility Header (RFC 6275 6.1.1).
     *
     * The 16-bit ones' complement of the ones' complement sum of the pseudo-header
     * (source, destination, upper-layer length = length, three zero octets, next header
     * 135) and of the length octets of the Mobility Header as they are.
     * \param src the pseudo-header's source address
     * \param dst the pseudo-header's destination address
     * \param mobilityHeader the Mobility Header's octets
     * \param length how many (its Header Len)
     * \return the value to write when the checksum field holds 0; 0 when the field
     *         already holds the right checksum
     */
    static uint16_t CalculateChecksum(Ipv6Address src,
                                      Ipv6Address dst,
                                      const uint8_t* mobilityHeader,
                                      uint32_t length);

    /**
     * \brief Write the right checksum into octets 4-5 of a packet that starts with a
     *        Mobility Header.
     * \param packet the packet (changed in place; packet tags are kept)
     * \param src the source address of the IPv6 packet that will carry it (the home
     *        address when it carries a Home Address option)
     * \param dst its final destination (the home address of a type 2 routing header)
     * \return false, leaving the packet alone, if it is shorter than 6 octets or than
     *         its Header Len
     */
    static bool FillChecksum(Ptr<Packet> packet, Ipv6Address src, Ipv6Address dst);

    /**
     * \brief Number of IPv6 packets handed to Receive.
     * \return the count since creation
     */
    uint64_t GetReceivedCount() const;

    /**
     * \brief Number of them that were dropped.
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief Number of them that a handler took.
     * \return the count since creation
     */
    uint64_t GetDeliveredCount() const;

    /**
     * \brief TracedCallback signature of "Rx".
     * \param packet the Mobility Header and what follows it
     * \param header the IPv6 header as received
     */
    typedef void (*RxCallback)(Ptr<const Packet> packet, const Ipv6Header& header);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the Mobility Header and what follows it
     * \param header the IPv6 header as received
     * \param reason why it was dropped
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 const Ipv6Header& header,
                                 const std::string& reason);

    /**
     * \brief TracedCallback signature of "Tx".
     * \param packet the Mobility Header handed to IPv6
     * \param src the source address
     * \param dst the destination address
     */
    typedef void (*TxCallback)(Ptr<const Packet> packet, Ipv6Address src, Ipv6Address dst);

    /**
     * \brief Number of Binding Errors sent for unrecognised MH Types.
     * \return the count since creation
     */
    uint64_t GetBindingErrorsSent() const;

    /**
     * \brief Number of destinations the Binding Error rate limit remembers.
     * \return at most "BindingErrorTableSize"
     */
    std::size_t GetBindingErrorTableSize() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Send a Binding Error to the source of a received packet, at most once per
     *        BindingErrorInterval per destination (RFC 6275 9.2), within the table's
     *        capacity.
     * \param header the IPv6 header of the packet that caused it
     * \param status the Binding Error status
     * \param home the home address from its Home Address option, or ::
     */
    void SendBindingError(const Ipv6Header& header, uint8_t status, Ipv6Address home);

    /**
     * \brief Count and trace a dropped packet.
     * \param p the packet
     * \param header its IPv6 header
     * \param reason why
     */
    void Drop(Ptr<const Packet> p, const Ipv6Header& header, const std::string& reason);

    std::map<uint8_t, Handler> m_handlers; //!< handlers by MH Type
    bool m_verifyChecksum;                 //!< "VerifyChecksum"
    bool m_computeChecksum;                //!< "ComputeChecksum"
    uint64_t m_received;                   //!< packets handed to Receive
    uint64_t m_dropped;                    //!< packets dropped
    uint64_t m_delivered;                  //!< packets a handler took
    bool m_sendBindingErrors;              //!< "SendBindingErrors"
    Time m_bindingErrorInterval;           //!< "BindingErrorInterval"
    uint32_t m_bindingErrorTableSize;      //!< "BindingErrorTableSize"
    RateLimitTable m_bindingErrorLimit;    //!< destinations answered lately
    uint64_t m_bindingErrorsSent;          //!< Binding Errors sent
    TracedCallback<Ptr<const Packet>, const Ipv6Header&> m_rxTrace; //!< "Rx"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, const std::string&>
        m_dropTrace;                                                       //!< "Drop"
    TracedCallback<Ptr<const Packet>, Ipv6Address, Ipv6Address> m_txTrace; //!< "Tx"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_L4_PROTOCOL_H */
