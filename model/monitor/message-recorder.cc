// SPDX-License-Identifier: GPL-2.0-only
#include "message-recorder.h"

#include "ns3/handoff-request-header.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-info-header.h"
#include "ns3/nd-proxy.h"
#include "ns3/packet-reinjection.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("MessageRecorder");
NS_OBJECT_ENSURE_REGISTERED(MessageRecorder);

const char* const MessageRecorder::CSV_HEADER = "time_s,sender,receiver,message,scope,received_s";

namespace
{
constexpr uint32_t IPV6_HEADER = 40;    //!< fixed IPv6 header
constexpr uint32_t INSPECT_BYTES = 256; //!< enough for any header chain here
constexpr uint8_t HOP_BY_HOP = 0;       //!< Next Header values
constexpr uint8_t ROUTING = 43;         //!< routing header
constexpr uint8_t FRAGMENT = 44;        //!< fragment header
constexpr uint8_t DESTINATION = 60;     //!< destination options
constexpr uint8_t ICMPV6 = 58;          //!< ICMPv6
constexpr uint8_t MOBILITY = 135;       //!< Mobility Header
constexpr uint8_t IPV6_IN_IPV6 = 41;    //!< tunnel

/**
 * \brief Name of an ICMPv6 type worth recording.
 * \param type the type
 * \return its name, "" for others (echo, ...)
 */
std::string
IcmpName(uint8_t type)
{
    switch (type)
    {
    case 1:
        return "DestinationUnreachable";
    case 2:
        return "PacketTooBig";
    case 3:
        return "TimeExceeded";
    case 4:
        return "ParameterProblem";
    case 133:
        return "RouterSolicitation";
    case 134:
        return "RouterAdvertisement";
    case 135:
        return "NeighborSolicitation";
    case 136:
        return "NeighborAdvertisement";
    default:
        return "";
    }
}

/**
 * \brief Name of a Mobility Header message.
 * \param type its MH Type
 * \return its name
 */
std::string
MhName(uint8_t type)
{
    switch (type)
    {
    case MobilityHeader::BINDING_REFRESH_REQUEST:
        return "BindingRefreshRequest";
    case MobilityHeader::HOME_TEST_INIT:
        return "HoTI";
    case MobilityHeader::CARE_OF_TEST_INIT:
        return "CoTI";
    case MobilityHeader::HOME_TEST:
        return "HoT";
    case MobilityHeader::CARE_OF_TEST:
        return "CoT";
    case MobilityHeader::BINDING_UPDATE:
        return "BindingUpdate";
    case MobilityHeader::BINDING_ACK:
        return "BindingAcknowledgement";
    case MobilityHeader::BINDING_ERROR:
        return "BindingError";
    default:
        return "MobilityHeader" + std::to_string(type);
    }
}
} // namespace

TypeId
MessageRecorder::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::MessageRecorder")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<MessageRecorder>()
            .AddTraceSource("Message",
                            "A message reached a watched node.",
                            MakeTraceSourceAccessor(&MessageRecorder::m_messageTrace),
                            "ns3::hmipv6::MessageRecorder::MessageCallback");
    return tid;
}

MessageRecorder::MessageRecorder()
{
    NS_LOG_FUNCTION(this);
    m_optionTypes[MobilityInfoHeader::DEFAULT_OPTION_TYPE] = "MobilityInformation";
    m_optionTypes[RegistrationRequestHeader::DEFAULT_OPTION_TYPE] = "RegistrationRequest";
    m_optionTypes[RegistrationUpdateHeader::DEFAULT_OPTION_TYPE] = "RegistrationUpdate";
    m_optionTypes[RegistrationRefreshHeader::DEFAULT_OPTION_TYPE] = "RegistrationRefresh";
    m_optionTypes[HandoffRequestHeader::DEFAULT_OPTION_TYPE] = "HandoffRequest";
}

MessageRecorder::~MessageRecorder()
{
    NS_LOG_FUNCTION(this);
}

void
MessageRecorder::DoDispose()
{
    NS_LOG_FUNCTION(this);
    // Nodes may outlive the recorder: leave them no dangling callback.
    for (const auto& [node, name] : m_nodes)
    {
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        if (ipv6)
        {
            ipv6->TraceDisconnectWithoutContext(
                "Tx",
                MakeCallback(&MessageRecorder::Originated, this).Bind(name));
            ipv6->TraceDisconnectWithoutContext(
                "Rx",
                MakeCallback(&MessageRecorder::Received, this).Bind(name));
        }
    }
    m_nodes.clear();
    m_origins.clear();
    Object::DoDispose();
}

void
MessageRecorder::Watch(Ptr<Node> node, const std::string& name)
{
    NS_LOG_FUNCTION(this << node << name);
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "MessageRecorder::Watch: node " << name << " has no IPv6");
    m_nodes.emplace_back(node, name);
    ipv6->TraceConnectWithoutContext("Tx",
                                     MakeCallback(&MessageRecorder::Originated, this).Bind(name));
    ipv6->TraceConnectWithoutContext("Rx",
                                     MakeCallback(&MessageRecorder::Received, this).Bind(name));
}

void
MessageRecorder::WatchBorder(Ptr<NetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    Ptr<Ipv6L3Protocol> ipv6 = device->GetNode()->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "MessageRecorder::WatchBorder: the device's node has no IPv6");
    int32_t interface = ipv6->GetInterfaceForDevice(device);
    NS_ABORT_MSG_IF(interface < 0, "MessageRecorder::WatchBorder: no IPv6 on the device");
    for (const char* trace : {"Tx", "Rx"})
    {
        ipv6->TraceConnectWithoutContext(
            trace,
            MakeCallback(&MessageRecorder::Border, this).Bind(static_cast<uint32_t>(interface)));
    }
}

void
MessageRecorder::AddOptionType(uint8_t type, const std::string& name)
{
    m_optionTypes[type] = name;
}

const std::vector<MessageRecorder::Record>&
MessageRecorder::GetRecords() const
{
    return m_records;
}

std::string
MessageRecorder::Classify(Ptr<const Packet> packet) const
{
    uint32_t size = std::min(packet->GetSize(), INSPECT_BYTES);
    if (size < IPV6_HEADER)
    {
        return "";
    }
    std::vector<uint8_t> b(size);
    packet->CopyData(b.data(), size);
    uint8_t next = b[6];
    uint32_t at = IPV6_HEADER;
    while (at < size)
    {
        switch (next)
        {
        case MOBILITY:
            return at + 3 <= size ? MhName(b[at + 2]) : "";
        case ICMPV6:
            return IcmpName(b[at]);
        case DESTINATION: {
            if (at + 2 > size)
            {
                return "";
            }
            uint32_t end = std::min<uint32_t>(size, at + (b[at + 1] + 1u) * 8);
            for (uint32_t o = at + 2; o + 1 < end;)
            {
                if (b[o] == 0) // Pad1
                {
                    ++o;
                    continue;
                }
                auto it = m_optionTypes.find(b[o]);
                if (it != m_optionTypes.end())
                {
                    return it->second;
                }
                o += 2 + b[o + 1];
            }
            next = b[at];
            at += (b[at + 1] + 1u) * 8;
            break;
        }
        case HOP_BY_HOP:
        case ROUTING:
            if (at + 2 > size)
            {
                return "";
            }
            next = b[at];
            at += (b[at + 1] + 1u) * 8;
            break;
        case FRAGMENT:
            next = b[at];
            at += 8;
            break;
        default:
            return ""; // data, or a tunnel
        }
    }
    return "";
}

std::string
MessageRecorder::Owner(Ipv6Address address) const
{
    for (const auto& [node, name] : m_nodes)
    {
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        if (ipv6 && ipv6->GetInterfaceForAddress(address) >= 0)
        {
            return name;
        }
    }
    std::ostringstream os;
    os << address;
    return os.str();
}

std::string
MessageRecorder::DadSender(Ptr<const Packet> packet) const
{
    // ns-3 sends DAD probes, its own and NdProxy's, straight to the interface: no IPv6
    // trace names their sender. The target tells: a node running DAD for it on another
    // node's behalf, else the node that holds it (tentatively).
    uint8_t octets[IPV6_HEADER + 24];
    if (packet->GetSize() < sizeof(octets))
    {
        return "?";
    }
    packet->CopyData(octets, sizeof(octets));
    Ipv6Address target(octets + IPV6_HEADER + 8);
    for (const auto& [node, name] : m_nodes)
    {
        Ptr<NdProxy> proxy = node->GetObject<NdProxy>();
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        for (uint32_t i = 0; proxy && ipv6 && i < ipv6->GetNInterfaces(); ++i)
        {
            if (proxy->IsDadRunning(target, i))
            {
                return name;
            }
        }
    }
    return Owner(target);
}

void
MessageRecorder::Originated(std::string name, Ptr<const Packet> packet, Ptr<Ipv6>, uint32_t)
{
    m_origins.emplace(packet->GetUid(), Origin{Simulator::Now(), name});
}

void
MessageRecorder::Border(uint32_t interface, Ptr<const Packet> packet, Ptr<Ipv6>, uint32_t at)
{
    if (at == interface)
    {
        m_crossed.insert(packet->GetUid());
    }
}

void
MessageRecorder::Received(std::string name, Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t)
{
    Ipv6Header header;
    if (hmipv6::IsReinjected(packet) || packet->PeekHeader(header) == 0 ||
        header.GetNextHeader() == IPV6_IN_IPV6)
    {
        return; // a copy the node gave itself was received once already
    }
    Ipv6Address destination = header.GetDestination();
    if (!destination.IsMulticast() && ipv6->GetInterfaceForAddress(destination) < 0)
    {
        return; // forwarded through this node
    }
    std::string message = Classify(packet);
    if (message.empty())
    {
        return;
    }
    Time now = Simulator::Now();
    Record record;
    record.received = now;
    record.receiver = name;
    record.message = message;
    auto origin = m_origins.find(packet->GetUid());
    if (origin != m_origins.end())
    {
        record.sent = origin->second.at;
        record.sender = origin->second.name;
    }
    else
    {
        record.sent = now;
        record.sender = Owner(header.GetSource());
        if (header.GetSource().IsAny() && message == "NeighborSolicitation")
        {
            record.sender = DadSender(packet);
        }
    }
    record.internet = m_crossed.count(packet->GetUid()) > 0;
    m_records.push_back(record);
    m_messageTrace(record);
}

void
MessageRecorder::WriteCsv(std::ostream& os) const
{
    os << CSV_HEADER << "\n";
    for (const Record& r : m_records)
    {
        os << std::fixed << std::setprecision(6) << r.sent.GetSeconds() << "," << r.sender << ","
           << r.receiver << "," << r.message << "," << (r.internet ? "internet" : "domain") << ","
           << r.received.GetSeconds() << "\n";
    }
    os.unsetf(std::ios::floatfield);
}

} // namespace hmipv6
} // namespace ns3
