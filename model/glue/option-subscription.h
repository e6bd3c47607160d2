// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_OPTION_SUBSCRIPTION_H
#define HMIPV6_OPTION_SUBSCRIPTION_H

#include "hmipv6-option-handler.h"

#include "ns3/ipv6-header.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A role's subscription to destination options: it follows the "Rx" and "Drop"
 *        traces of the node's Hmipv6OptionHandler of each type, until Unsubscribe.
 *        A type with no Hmipv6OptionHandler (something else took it) is logged and
 *        left out.
 */
class OptionSubscription
{
  public:
    /// An option arrived: the IPv6 payload, the IPv6 header, the option type, its data.
    using RxCallback = std::function<
        void(Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::vector<uint8_t>&)>;
    /// An option overran its header: as RxCallback, and why.
    using DropCallback =
        std::function<void(Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::string&)>;

    OptionSubscription() = default;
    ~OptionSubscription();
    OptionSubscription(const OptionSubscription&) = delete;
    OptionSubscription& operator=(const OptionSubscription&) = delete;

    /**
     * \brief Follow the handlers of some option types (any earlier subscription ends).
     * \param node the node (glue installed)
     * \param types the option types
     * \param rx called for each accepted option
     * \param drop called for each truncated one (may be empty)
     * \return the types followed
     */
    std::vector<uint8_t> Subscribe(Ptr<Node> node,
                                   const std::vector<uint8_t>& types,
                                   RxCallback rx,
                                   DropCallback drop);
    /// Stop following.
    void Unsubscribe();

  private:
    /**
     * \brief Sink of "Rx".
     * \param payload the IPv6 payload
     * \param header the IPv6 header
     * \param type the option type
     * \param data the option data
     */
    void Received(Ptr<const Packet> payload,
                  const Ipv6Header& header,
                  uint8_t type,
                  const std::vector<uint8_t>& data);
    /**
     * \brief Sink of "Drop".
     * \param payload the IPv6 payload
     * \param header the IPv6 header
     * \param type the option type
     * \param reason why
     */
    void Dropped(Ptr<const Packet> payload,
                 const Ipv6Header& header,
                 uint8_t type,
                 const std::string& reason);

    std::vector<Ptr<Hmipv6OptionHandler>> m_handlers; //!< followed
    RxCallback m_rx;                                  //!< accepted options
    DropCallback m_drop;                              //!< truncated options
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_OPTION_SUBSCRIPTION_H */
