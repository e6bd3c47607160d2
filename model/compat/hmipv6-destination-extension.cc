// SPDX-License-Identifier: GPL-2.0-only
#include "hmipv6-destination-extension.h"

#include "ns3/ipv6-extension-demux.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6DestinationExtension");

NS_OBJECT_ENSURE_REGISTERED(Hmipv6DestinationExtension);

TypeId
Hmipv6DestinationExtension::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Hmipv6DestinationExtension")
                            .SetParent<Ipv6ExtensionDestination>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<Hmipv6DestinationExtension>();
    return tid;
}

Hmipv6DestinationExtension::Hmipv6DestinationExtension()
{
    NS_LOG_FUNCTION(this);
}

Hmipv6DestinationExtension::~Hmipv6DestinationExtension()
{
    NS_LOG_FUNCTION(this);
}

void
Hmipv6DestinationExtension::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_handler = nullptr;
    Ipv6ExtensionDestination::DoDispose();
}

Ptr<Hmipv6DestinationExtension>
Hmipv6DestinationExtension::Install(Ptr<Node> node, Ptr<Hmipv6OptionHandler> homeAddressHandler)
{
    NS_LOG_FUNCTION(node << homeAddressHandler);
    Ptr<Ipv6ExtensionDemux> demux = node ? node->GetObject<Ipv6ExtensionDemux>() : nullptr;
    if (!demux)
    {
        return nullptr;
    }
    Ptr<Ipv6Extension> current = demux->GetExtension(Ipv6ExtensionDestination::EXT_NUMBER);
    Ptr<Hmipv6DestinationExtension> extension = DynamicCast<Hmipv6DestinationExtension>(current);
    if (!extension)
    {
        extension = CreateObject<Hmipv6DestinationExtension>();
        extension->SetNode(node);
        if (current)
        {
            demux->Remove(current); // GetExtension returns the first match: replace it
        }
        demux->Insert(extension);
    }
    if (homeAddressHandler)
    {
        extension->SetHomeAddressHandler(homeAddressHandler);
    }
    return extension;
}

void
Hmipv6DestinationExtension::SetHomeAddressHandler(Ptr<Hmipv6OptionHandler> handler)
{
    NS_LOG_FUNCTION(this << handler);
    m_handler = handler;
}

uint8_t
Hmipv6DestinationExtension::Process(Ptr<Packet>& packet,
                                    uint8_t offset,
                                    const Ipv6Header& ipv6Header,
                                    Ipv6Address dst,
                                    uint8_t* nextHeader,
                                    bool& stopProcessing,
                                    bool& isDropped,
                                    Ipv6L3Protocol::DropReason& dropReason)
{
    NS_LOG_FUNCTION(this << packet << +offset << ipv6Header << dst);
    uint8_t size = Ipv6ExtensionDestination::Process(packet,
                                                     offset,
                                                     ipv6Header,
                                                     dst,
                                                     nextHeader,
                                                     stopProcessing,
                                                     isDropped,
                                                     dropReason);
    Hmipv6OptionHandler::Verdict verdict =
        m_handler ? m_handler->TakeVerdict(packet) : Hmipv6OptionHandler::VERDICT_NONE;
    if (verdict == Hmipv6OptionHandler::VERDICT_REINJECTED)
    {
        // The re-injected copy carries the packet on: the original goes no further.
        stopProcessing = true;
    }
    else if (verdict == Hmipv6OptionHandler::VERDICT_DISCARDED)
    {
        stopProcessing = true;
        isDropped = true;
        dropReason = Ipv6L3Protocol::DROP_UNKNOWN_OPTION;
    }
    else if (isDropped && !stopProcessing)
    {
        // An option marked it dropped; ns-3 3.37 would go on with an unset reason.
        stopProcessing = true;
        dropReason = Ipv6L3Protocol::DROP_MALFORMED_HEADER;
    }
    return size;
}

} // namespace ns3
