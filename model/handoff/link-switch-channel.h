// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_LINK_SWITCH_CHANNEL_H
#define HMIPV6_LINK_SWITCH_CHANNEL_H

#include "ns3/simple-channel.h"

#include <cstdint>
#include <map>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A SimpleChannel divided into links: a frame reaches only the devices of the
 *        sender's link, after the channel's "Delay".
 *
 * LinkSwitchHandoff moves each mobile host's device from link to link (SetLink); the
 * access points and the devices that share their link stay on theirs. A device on no
 * link (NONE, the default) hears nothing and is heard by nobody. Where a plain
 * SimpleChannel would keep every host black-listed from every device of the other links
 * (pairs that grow with the square of the hosts, and a linear search per receiver per
 * frame), a frame here costs only the devices of its link, so that thousands of hosts
 * can share one channel. The channel's own BlackList still applies within a link.
 */
class LinkSwitchChannel : public SimpleChannel
{
  public:
    static constexpr uint32_t NONE = UINT32_MAX; //!< on no link

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Put a device of this channel on a link (or none).
     * \param device the device
     * \param link the link's index, or NONE
     */
    void SetLink(Ptr<SimpleNetDevice> device, uint32_t link);

    /**
     * \brief The link a device is on.
     * \param device the device
     * \return the link's index, or NONE
     */
    uint32_t GetLink(Ptr<SimpleNetDevice> device) const;

    /**
     * \brief Send a frame to the devices of the sender's link, except the sender.
     * \param p the packet
     * \param protocol the protocol number
     * \param to the destination address
     * \param from the source address
     * \param sender the sending device
     */
    void Send(Ptr<Packet> p,
              uint16_t protocol,
              Mac48Address to,
              Mac48Address from,
              Ptr<SimpleNetDevice> sender) override;

    /**
     * \brief Block frames from one device to another (within a link).
     * \param from the sender to block
     * \param to the receiver
     */
    void BlackList(Ptr<SimpleNetDevice> from, Ptr<SimpleNetDevice> to) override;

    /**
     * \brief Unblock frames from one device to another.
     * \param from the sender
     * \param to the receiver
     */
    void UnBlackList(Ptr<SimpleNetDevice> from, Ptr<SimpleNetDevice> to) override;

  protected:
    void DoDispose() override;

  private:
    std::map<Ptr<SimpleNetDevice>, uint32_t> m_linkOf;               //!< device -> link
    std::map<uint32_t, std::vector<Ptr<SimpleNetDevice>>> m_members; //!< link -> devices
    std::map<Ptr<SimpleNetDevice>, std::vector<Ptr<SimpleNetDevice>>>
        m_blocked; //!< receiver -> blocked senders
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_LINK_SWITCH_CHANNEL_H */
