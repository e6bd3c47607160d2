// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_NO_NEXT_HEADER_L4_PROTOCOL_H
#define HMIPV6_NO_NEXT_HEADER_L4_PROTOCOL_H

#include "ipv6-only-l4-protocol.h"

#include "ns3/ipv4-route.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-route.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief "No Next Header" (IPv6 next header value 59) as an ns-3 layer-4 protocol.
 *
 * RFC 8200 4.7: the value 59 in a Next Header field means that nothing follows that
 * header; octets past it (up to the end of the IPv6 payload) are ignored. ns-3 has no
 * such protocol, so its Ipv6L3Protocol answers every packet whose header chain ends in
 * 59 with an ICMPv6 Parameter Problem (unrecognized Next Header). The draft's messages
 * are destination options headers followed by No Next Header, and RFC 6275's Mobility
 * Header carries 59 in its Payload Proto field, so a node that takes part needs this.
 *
 * Receive (IPv6) only counts the packet and fires the "Rx" trace; the packet's headers
 * have already been processed by Ipv6L3Protocol by then (their options delivered to
 * the option handlers). Insert it in a node with MobilityGlueHelper, or aggregate it
 * to a node that has Ipv6L3Protocol: NotifyNewAggregate inserts it there and sets the
 * down target, as ns-3's UdpL4Protocol does.
 */
class NoNextHeaderL4Protocol : public Ipv6OnlyL4Protocol
{
  public:
    static constexpr uint8_t PROT_NUMBER = 59; //!< IPv6 "No Next Header" (RFC 8200 4.7)

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    NoNextHeaderL4Protocol();
    ~NoNextHeaderL4Protocol() override;

    /**
     * \brief Get the protocol number.
     * \return 59
     */
    int GetProtocolNumber() const override;

    /**
     * \brief Accept an IPv6 packet whose header chain ends in No Next Header.
     *
     * Counts it and fires "Rx"; the octets it still holds (if any) are ignored
     * (RFC 8200 4.7).
     * \param p what follows the last header (usually nothing)
     * \param header the IPv6 header
     * \param incomingInterface the receiving interface
     * \return RX_OK
     */
    enum IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                        const Ipv6Header& header,
                                        Ptr<Ipv6Interface> incomingInterface) override;
    using Ipv6OnlyL4Protocol::Receive;

    /**
     * \brief Number of IPv6 packets received.
     * \return the count since creation
     */
    uint64_t GetReceivedCount() const;

    /**
     * \brief TracedCallback signature of "Rx".
     * \param packet what followed the last header (octets that are ignored)
     * \param header the IPv6 header as received
     * \param interface index of the receiving IPv6 interface
     */
    typedef void (*RxCallback)(Ptr<const Packet> packet,
                               const Ipv6Header& header,
                               uint32_t interface);

  protected:
    void DoDispose() override;

  private:
    uint64_t m_received; //!< IPv6 packets received
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, uint32_t> m_rxTrace; //!< "Rx"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_NO_NEXT_HEADER_L4_PROTOCOL_H */
