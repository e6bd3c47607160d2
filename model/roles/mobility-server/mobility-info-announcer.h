// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_INFO_ANNOUNCER_H
#define HMIPV6_MOBILITY_INFO_ANNOUNCER_H

#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A Mobility Server's Mobility Information to the routers of its area
 *        (draft-castelluccia-mobileip-hmipv6-00 4.3.1, Figure 5): at start, then every
 *        interval; a withdrawal (MS address ::, prefix length 0) when the MS stops.
 */
class MobilityInfoAnnouncer
{
  public:
    /// Configuration.
    struct Config
    {
        uint8_t optionType{0};   //!< the option type of the message
        uint8_t prefixLength{0}; //!< the Mobility Network prefix length
        Time interval;           //!< between rounds (0: once)
    };

    /// Reports a message sent: the router, whether a withdrawal.
    using SentCallback = std::function<void(Ipv6Address, bool)>;

    /**
     * \brief Configure (again).
     * \param node the node
     * \param config the configuration
     * \param self the MS address (:: while there is none)
     * \param sent the report
     */
    void Setup(Ptr<Node> node,
               const Config& config,
               std::function<Ipv6Address()> self,
               SentCallback sent);
    /// Cancel the rounds and forget the node.
    void Dispose();

    /**
     * \brief Add a router of the area (informed at once while announcing).
     * \param router its address
     */
    void AddRouter(Ipv6Address router);
    /**
     * \return the routers of the area
     */
    const std::vector<Ipv6Address>& GetRouters() const;
    /// Inform every router now and every interval.
    void Start();
    /// Stop the rounds.
    void Stop();
    /// Stop the rounds and tell every router that this MS is gone.
    void Withdraw();
    /**
     * \return whether Withdraw was called since the last Start
     */
    bool IsWithdrawn() const;
    /**
     * \return messages sent
     */
    uint64_t GetSent() const;

  private:
    /**
     * \brief Send one message.
     * \param router the destination
     * \param withdrawal whether to withdraw
     */
    void Send(Ipv6Address router, bool withdrawal);
    /// One round, and the next.
    void Round();

    Ptr<Node> m_node;                    //!< the node
    Config m_config;                     //!< configuration
    std::function<Ipv6Address()> m_self; //!< the MS address
    SentCallback m_sent;                 //!< report
    std::vector<Ipv6Address> m_routers;  //!< routers of the area
    EventId m_event;                     //!< next round
    bool m_running{false};               //!< between Start and Stop
    bool m_withdrawn{false};             //!< Withdraw was called
    uint64_t m_count{0};                 //!< messages sent
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_INFO_ANNOUNCER_H */
