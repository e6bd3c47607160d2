// SPDX-License-Identifier: GPL-2.0-only
#include "hmipv6-destination-extension.h"

#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-extension-demux.h"
#include "ns3/log.h"

#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6DestinationExtension");

NS_OBJECT_ENSURE_REGISTERED(Hmipv6DestinationExtension);

namespace
{
constexpr uint32_t IPV6_HEADER_SIZE = 40; //!< RFC 8200 3: Parameter Problem pointers count it
constexpr uint8_t PAD1 = 0;               //!< RFC 8200 4.2: the one option without length
constexpr uint8_t PADN = 1;               //!< RFC 8200 4.2
} // namespace

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
    m_options.clear();
    Ipv6ExtensionDestination::DoDispose();
}

bool
ExtensionHeaderFits(Ptr<const Packet> packet, uint32_t offset)
{
    uint8_t head[2];
    if (packet->GetSize() < offset + 2)
    {
        return false;
    }
    packet->CreateFragment(offset, 2)->CopyData(head, 2);
    return packet->GetSize() - offset >= (static_cast<uint32_t>(head[1]) + 1) * 8;
}

Ptr<Hmipv6DestinationExtension>
Hmipv6DestinationExtension::Get(Ptr<Node> node)
{
    Ptr<Ipv6ExtensionDemux> demux = node ? node->GetObject<Ipv6ExtensionDemux>() : nullptr;
    return demux ? DynamicCast<Hmipv6DestinationExtension>(
                       demux->GetExtension(Ipv6ExtensionDestination::EXT_NUMBER))
                 : nullptr;
}

Ptr<Hmipv6DestinationExtension>
Hmipv6DestinationExtension::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    return ReplaceExtension<Hmipv6DestinationExtension>(node, Ipv6ExtensionDestination::EXT_NUMBER);
}

bool
Hmipv6DestinationExtension::AddOption(Ptr<Ipv6Option> option)
{
    NS_LOG_FUNCTION(this << option);
    uint8_t number = option->GetOptionNumber();
    if (GetOption(number))
    {
        NS_LOG_LOGIC("option " << +number << " already handled");
        return false;
    }
    m_options[number] = option;
    return true;
}

Ptr<Ipv6Option>
Hmipv6DestinationExtension::GetOption(uint8_t optionNumber)
{
    auto it = m_options.find(optionNumber);
    return it != m_options.end() ? it->second : nullptr;
}

uint32_t
Hmipv6DestinationExtension::GetNOptions() const
{
    return m_options.size();
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
    if (!ExtensionHeaderFits(packet, offset))
    {
        return DropMalformed(stopProcessing, isDropped, dropReason);
    }
    // ns-3's Process reads the header and calls ProcessOptions, i.e. the walk below.
    uint8_t size = Ipv6ExtensionDestination::Process(packet,
                                                     offset,
                                                     ipv6Header,
                                                     dst,
                                                     nextHeader,
                                                     stopProcessing,
                                                     isDropped,
                                                     dropReason);
    Ptr<Hmipv6OptionHandler> handler =
        DynamicCast<Hmipv6OptionHandler>(GetOption(Hmipv6OptionHandler::HOME_ADDRESS_OPTION));
    Hmipv6OptionHandler::Verdict verdict =
        handler ? handler->TakeVerdict(packet) : Hmipv6OptionHandler::VERDICT_NONE;
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
    return size;
}

uint8_t
Hmipv6DestinationExtension::ProcessOptions(Ptr<Packet>& packet,
                                           uint8_t offset,
                                           uint8_t length,
                                           const Ipv6Header& ipv6Header,
                                           Ipv6Address dst,
                                           uint8_t* /* nextHeader */,
                                           bool& stopProcessing,
                                           bool& isDropped,
                                           Ipv6L3Protocol::DropReason& dropReason)
{
    NS_LOG_FUNCTION(this << packet << +offset << +length << ipv6Header << dst);
    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    const uint32_t end = std::min<uint32_t>(uint32_t{offset} + length, octets.size());
    uint32_t position = offset;
    auto malformed = [&](const char* why) {
        NS_LOG_LOGIC("option at " << position << ": " << why);
        isDropped = true;
        stopProcessing = true;
        dropReason = Ipv6L3Protocol::DROP_MALFORMED_HEADER;
    };

    while (position < end && !isDropped)
    {
        uint8_t type = octets[position];
        // The module's own handlers bound-check themselves (and trace why); padding and
        // unknown options are checked here first.
        Ptr<Ipv6Option> option = GetOption(type);
        uint32_t size = 1;
        if (type != PAD1)
        {
            if (position + 2 > end)
            {
                malformed("no room for its length");
                break;
            }
            size = 2u + octets[position + 1];
            if (!option && position + size > end)
            {
                malformed("overruns its header");
                break;
            }
        }
        if (type == PAD1 || type == PADN)
        {
            // Padding, whatever its content (RFC 8200 4.2).
        }
        else if (option)
        {
            uint8_t processed = option->Process(packet, position, ipv6Header, isDropped);
            if (isDropped)
            {
                malformed("marked dropped by its handler");
                break;
            }
            if (processed == 0)
            {
                malformed("its handler consumed nothing");
                break;
            }
            size = processed;
        }
        else
        {
            // RFC 8200 4.2: the two high-order bits say what to do with an unknown type.
            uint8_t action = type >> 6;
            if (action != 0)
            {
                NS_LOG_LOGIC("unknown option " << +type << ": action " << +action);
                bool answer =
                    action == 2 || (action == 3 && !ipv6Header.GetDestination().IsMulticast());
                if (answer)
                {
                    Ptr<Packet> invoking = packet->Copy();
                    invoking->AddHeader(ipv6Header);
                    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
                    ipv6->GetIcmpv6()->SendErrorParameterError(invoking,
                                                               ipv6Header.GetSource(),
                                                               Icmpv6Header::ICMPV6_UNKNOWN_OPTION,
                                                               IPV6_HEADER_SIZE + position);
                }
                isDropped = true;
                stopProcessing = true;
                dropReason = Ipv6L3Protocol::DROP_UNKNOWN_OPTION;
                break;
            }
        }
        position += size;
    }
    return static_cast<uint8_t>(std::min<uint32_t>(position, end) - offset);
}

} // namespace ns3
