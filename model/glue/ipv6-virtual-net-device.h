// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_IPV6_VIRTUAL_NET_DEVICE_H
#define HMIPV6_IPV6_VIRTUAL_NET_DEVICE_H

#include "ns3/channel.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device.h"
#include "ns3/node.h"

#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Common part of the module's virtual IPv6 devices (tunnel, route optimisation).
 *
 * The stack hands such a device whole IPv6 packets (Send, in the subclass); it has no
 * channel, no neighbour discovery, no broadcast or multicast, is always up, and carries a
 * unique placeholder MAC-48 address so that the link-local addresses ns-3 derives from
 * it are unique too. The MTU can be set down to the IPv6 minimum of 1280 octets.
 */
class Ipv6VirtualNetDevice : public NetDevice
{
  public:
    static constexpr uint16_t MIN_MTU = 1280; //!< IPv6 minimum link MTU (RFC 8200 5)

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Ipv6VirtualNetDevice();
    ~Ipv6VirtualNetDevice() override;

    void SetIfIndex(const uint32_t index) override;
    uint32_t GetIfIndex() const override;
    Ptr<Channel> GetChannel() const override;
    void SetAddress(Address address) override;
    Address GetAddress() const override;
    bool SetMtu(const uint16_t mtu) override;
    uint16_t GetMtu() const override;
    bool IsLinkUp() const override;
    void AddLinkChangeCallback(Callback<void> callback) override;
    bool IsBroadcast() const override;
    Address GetBroadcast() const override;
    bool IsMulticast() const override;
    Address GetMulticast(Ipv4Address multicastGroup) const override;
    Address GetMulticast(Ipv6Address addr) const override;
    bool IsBridge() const override;
    bool IsPointToPoint() const override;
    Ptr<Node> GetNode() const override;
    void SetNode(Ptr<Node> node) override;
    bool NeedsArp() const override;
    void SetReceiveCallback(NetDevice::ReceiveCallback cb) override;
    void SetPromiscReceiveCallback(NetDevice::PromiscReceiveCallback cb) override;
    bool SupportsSendFrom() const override;

  protected:
    void DoDispose() override;

    /**
     * \brief Why a packet cannot leave this device for a next address (the tunnel's exit
     *        point, a correspondent's care-of address), or "" if it can.
     * \param target the address
     * \param what its name in the reason ("exit point", "care-of address")
     * \param sending whether this device is already sending (a packet routed back in)
     * \param routing set to the node's IPv6 routing protocol
     * \return the reason
     */
    std::string CheckTarget(Ipv6Address target,
                            const std::string& what,
                            bool sending,
                            Ptr<Ipv6RoutingProtocol>& routing) const;

    Ptr<Node> m_node;                              //!< the node
    uint16_t m_mtu;                                //!< "Mtu" (each subclass sets its default)
    NetDevice::ReceiveCallback m_rxCallback;       //!< to the node (non-promiscuous)
    NetDevice::PromiscReceiveCallback m_promiscRx; //!< to the node (promiscuous)

  private:
    uint32_t m_ifIndex;     //!< index among the node's devices
    Mac48Address m_address; //!< placeholder link-layer address
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_IPV6_VIRTUAL_NET_DEVICE_H */
