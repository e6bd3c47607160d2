// SPDX-License-Identifier: GPL-2.0-only
#include "option-subscription.h"

#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6OptionSubscription");

OptionSubscription::~OptionSubscription()
{
    Unsubscribe();
}

std::vector<uint8_t>
OptionSubscription::Subscribe(Ptr<Node> node,
                              const std::vector<uint8_t>& types,
                              RxCallback rx,
                              DropCallback drop)
{
    Unsubscribe();
    m_rx = std::move(rx);
    m_drop = std::move(drop);
    std::vector<uint8_t> followed;
    for (uint8_t type : types)
    {
        Ptr<Hmipv6OptionHandler> handler = MobilityGlueHelper::GetOptionHandler(node, type);
        if (!handler)
        {
            NS_LOG_WARN("option " << +type << " is handled by something else: ignored");
            continue;
        }
        handler->TraceConnectWithoutContext("Rx",
                                            MakeCallback(&OptionSubscription::Received, this));
        handler->TraceConnectWithoutContext("Drop",
                                            MakeCallback(&OptionSubscription::Dropped, this));
        m_handlers.push_back(handler);
        followed.push_back(type);
    }
    return followed;
}

void
OptionSubscription::Unsubscribe()
{
    for (const Ptr<Hmipv6OptionHandler>& handler : m_handlers)
    {
        handler->TraceDisconnectWithoutContext("Rx",
                                               MakeCallback(&OptionSubscription::Received, this));
        handler->TraceDisconnectWithoutContext("Drop",
                                               MakeCallback(&OptionSubscription::Dropped, this));
    }
    m_handlers.clear();
}

void
OptionSubscription::Received(Ptr<const Packet> payload,
                             const Ipv6Header& header,
                             uint8_t type,
                             const std::vector<uint8_t>& data)
{
    if (m_rx)
    {
        m_rx(payload, header, type, data);
    }
}

void
OptionSubscription::Dropped(Ptr<const Packet> payload,
                            const Ipv6Header& header,
                            uint8_t type,
                            const std::string& reason)
{
    if (m_drop)
    {
        m_drop(payload, header, type, reason);
    }
}

} // namespace hmipv6
} // namespace ns3
