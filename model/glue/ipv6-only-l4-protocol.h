// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_IPV6_ONLY_L4_PROTOCOL_H
#define HMIPV6_IPV6_ONLY_L4_PROTOCOL_H

#include "ns3/ip-l4-protocol.h"
#include "ns3/ipv4-interface.h"
#include "ns3/ipv4-route.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-route.h"
#include "ns3/node.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Common part of the module's IPv6-only L4 protocols (59, 135, 41).
 *
 * Wires itself into the node's Ipv6L3Protocol when aggregated to a node that has one,
 * as ns-3's UdpL4Protocol does; refuses IPv4 packets, since none of these protocol
 * numbers means anything there.
 */
class Ipv6OnlyL4Protocol : public IpL4Protocol
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Ipv6OnlyL4Protocol();
    ~Ipv6OnlyL4Protocol() override;

    /**
     * \brief Set the node this protocol belongs to.
     * \param node the node
     */
    void SetNode(Ptr<Node> node);

    /**
     * \brief Get the node this protocol belongs to.
     * \return the node, or nullptr before aggregation
     */
    Ptr<Node> GetNode() const;

    /**
     * \brief IPv4 has none of these protocols: the packet is refused.
     * \param p the packet
     * \param header the IPv4 header
     * \param incomingInterface the receiving interface
     * \return RX_ENDPOINT_UNREACH
     */
    enum IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                        const Ipv4Header& header,
                                        Ptr<Ipv4Interface> incomingInterface) override;
    using IpL4Protocol::Receive;

    void SetDownTarget(IpL4Protocol::DownTargetCallback cb) override;
    void SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb) override;
    IpL4Protocol::DownTargetCallback GetDownTarget() const override;
    IpL4Protocol::DownTargetCallback6 GetDownTarget6() const override;

  protected:
    void DoDispose() override;
    void NotifyNewAggregate() override;

    /**
     * \brief The IPv6 interface index of a receiving interface.
     * \param interface the interface ns-3 passed to Receive
     * \return its index, or the largest uint32_t if it cannot be found
     */
    uint32_t GetInterfaceIndex(Ptr<Ipv6Interface> interface) const;

    IpL4Protocol::DownTargetCallback6 m_downTarget6; //!< send over IPv6

  private:
    Ptr<Node> m_node;                              //!< the node
    IpL4Protocol::DownTargetCallback m_downTarget; //!< send over IPv4 (never used)
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_IPV6_ONLY_L4_PROTOCOL_H */
