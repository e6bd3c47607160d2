// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MIPV6_HOME_ADDRESS_DEVICE_H
#define HMIPV6_MIPV6_HOME_ADDRESS_DEVICE_H

#include "route-optimization-net-device.h"

#include "ns3/ipv6-route.h"
#include "ns3/node.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief The mobile node's side of route optimisation (RFC 6275 11.3.1, 6.3) as an ns-3
 *        virtual device.
 *
 * Mipv6MobileNode diverts each correspondent with an acknowledged binding into this
 * device (MobilityRoutingProtocol::AddDivert). Ipv6L3Protocol hands it the whole IPv6
 * packets the node sends to that correspondent. A packet from the home address gets a
 * Destination Options header with the Home Address option right after the IPv6 header
 * (Next Header 60, the option's Next Header = the original Next Header), its source
 * becomes the care-of address the binding callback gives, and it leaves on the route the
 * node's Ipv6StaticRouting finds for the correspondent (the divert is bypassed: no loop).
 * A packet with another source (the care-of address: Care-of Test Init, Binding Update)
 * leaves unchanged on that route. The upper-layer checksum, computed over the home
 * address, stays as it is (RFC 6275 6.3). Dropped (counted, logged): a packet that is not
 * IPv6, one to a destination without an acknowledged binding (`::`: also the
 * interface's own link-local and multicast traffic), no route, re-entrance.
 * Everything else (MTU, link-local address, never receiving) is RouteOptimizationNetDevice's.
 */
class Mipv6HomeAddressDevice : public hmipv6::RouteOptimizationNetDevice
{
  public:
    /**
     * \brief The route the node's static routing gives, bypassing the module's diverts.
     * \param node the node
     * \param source the source address
     * \param destination the destination address
     * \param protocol the Next Header
     * \return the route, or null
     */
    static Ptr<Ipv6Route> StaticRoute(Ptr<Node> node,
                                      Ipv6Address source,
                                      Ipv6Address destination,
                                      uint8_t protocol);

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Mipv6HomeAddressDevice();
    ~Mipv6HomeAddressDevice() override;

    /**
     * \brief Set the home address whose packets get the Home Address option.
     * \param home the home address
     */
    void SetHomeAddress(Ipv6Address home);
    /**
     * \brief Set the binding lookup: given a correspondent, the care-of address it has
     *        acknowledged, or `::` for none.
     * \param cb the callback
     */
    void SetBindingCallback(CareOfCallback cb);
    /**
     * \brief Number of packets sent with a Home Address option.
     * \return the count
     */
    uint64_t GetHomeAddressOptionCount() const;
    /**
     * \brief Number of packets passed on unchanged (another source).
     * \return the count
     */
    uint64_t GetPassedCount() const;
    /**
     * \brief Number of packets dropped.
     * \return the count
     */
    uint64_t GetDropCount() const;

    /**
     * \brief Rewrite a whole IPv6 packet (see the class documentation) and send it.
     * \param packet the IPv6 packet, header included
     * \param dest ignored
     * \param protocolNumber must be 0x86DD
     * \return true if sent
     */
    bool Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber) override;
    /**
     * \brief As Send.
     * \param packet the IPv6 packet
     * \param source ignored
     * \param dest ignored
     * \param protocolNumber must be 0x86DD
     * \return true if sent
     */
    bool SendFrom(Ptr<Packet> packet,
                  const Address& source,
                  const Address& dest,
                  uint16_t protocolNumber) override;

  protected:
    void DoDispose() override;

  private:
    Ipv6Address m_home;       //!< the home address
    CareOfCallback m_binding; //!< binding lookup
    bool m_inSend;            //!< loop guard
    uint64_t m_haoSent;       //!< packets sent with a Home Address option
    uint64_t m_passed;        //!< packets passed unchanged
    uint64_t m_dropCount;     //!< packets dropped
};

} // namespace ns3

#endif /* HMIPV6_MIPV6_HOME_ADDRESS_DEVICE_H */
