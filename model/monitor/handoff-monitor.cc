// SPDX-License-Identifier: GPL-2.0-only
#include "handoff-monitor.h"

#include "ns3/abort.h"
#include "ns3/enum-accessor-compat.h"
#include "ns3/enum.h"
#include "ns3/handoff-request-header.h"
#include "ns3/ipv6-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet-reinjection.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/string.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("HandoffMonitor");

NS_OBJECT_ENSURE_REGISTERED(HandoffMonitor);

namespace
{

const uint8_t IPV6_HOP_BY_HOP = 0;
const uint8_t IPV6_IN_IPV6 = 41;
const uint8_t IPV6_ROUTING = 43;
const uint8_t IPV6_FRAGMENT = 44;
const uint8_t IPV6_DEST_OPTIONS = 60;
const uint8_t MOBILITY_HEADER = 135;
const uint32_t IPV6_HEADER_SIZE = 40;
const uint8_t PAD1 = 0;
/// Enough for the IPv6 header and the extension headers of any mobility message.
const uint32_t INSPECT_BYTES = 512;

/**
 * \brief A time as CSV text.
 * \param t the time (negative: not observed)
 * \return seconds with microsecond precision, or empty
 */
std::string
CsvSeconds(Time t)
{
    if (t.IsNegative())
    {
        return "";
    }
    std::ostringstream os;
    os << std::fixed << std::setprecision(6) << t.GetSeconds();
    return os.str();
}

} // namespace

const char* const HandoffMonitor::ARRIVALS_HEADER = "host,id,t_sent_s,t_received_s,handoff,coa";

const char* const HandoffMonitor::CSV_HEADER =
    "protocol,move,ha_delay_ms,handoff,t_l2_down_s,t_l2_up_s,t_ra_s,t_coa_ready_s,"
    "t_reg_sent_s,t_reg_acked_s,t_first_packet_s,latency_ms,lost_packets,"
    "internet_signalling_packets";

Time
HandoffRecord::GetLatency() const
{
    if (l2Down.IsNegative() || firstPacket.IsNegative())
    {
        return Time(-1);
    }
    return firstPacket - l2Down;
}

const HandoffRegistration*
HandoffRecord::FindRegistration(Ipv6Address destination) const
{
    for (const HandoffRegistration& reg : registrations)
    {
        if (reg.destination == destination && !coaReady.IsNegative() && reg.sent >= coaReady)
        {
            return &reg;
        }
    }
    return nullptr;
}

TypeId
HandoffMonitor::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::HandoffMonitor")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<HandoffMonitor>()
            .AddAttribute("Protocol",
                          "Label of the \"protocol\" CSV column. Empty: "
                          "HandoffMonitorHelper sets it from the mobile node (\"hmipv6\" "
                          "when it uses a Mobility Server, else \"mipv6\").",
                          StringValue(""),
                          MakeStringAccessor(&HandoffMonitor::m_protocol),
                          MakeStringChecker())
            .AddAttribute("Move",
                          "Label of the \"move\" CSV column for every handoff. Empty: "
                          "each handoff's own, as the mobile node reports it (NotifyMove: "
                          "\"intra\" or \"inter\" for an HmipMobileNode), empty if it "
                          "reports none.",
                          StringValue(""),
                          MakeStringAccessor(&HandoffMonitor::m_move),
                          MakeStringChecker())
            .AddAttribute("HaDelay",
                          "Label of the \"ha_delay_ms\" CSV column.",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&HandoffMonitor::m_haDelay),
                          MakeTimeChecker())
            .AddAttribute("RegistrationTarget",
                          "Destination whose registration times t_reg_sent/t_reg_acked; "
                          ":: takes the first registration sent after the care-of "
                          "address is ready.",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&HandoffMonitor::m_target),
                          MakeIpv6AddressChecker())
            .AddAttribute("Host",
                          "Label of the \"host\" CSV column (HandoffMonitorHelper sets the "
                          "mobile node's ns-3 name, or node-<id>, when left empty).",
                          StringValue(""),
                          MakeStringAccessor(&HandoffMonitor::m_host),
                          MakeStringChecker())
            .AddAttribute("HomeAgent",
                          "The home agent's address, for the home registration's columns "
                          "(HandoffMonitorHelper sets it from the mobile node when left ::).",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&HandoffMonitor::m_homeAgent),
                          MakeIpv6AddressChecker())
            .AddAttribute("Start",
                          "Handoffs whose layer-2 down comes earlier are not recorded (e.g. "
                          "before the monitored flow starts, when no latency can be seen).",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&HandoffMonitor::m_start),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("LossLead",
                          "A handoff's loss window starts this long before its layer-2 "
                          "down (packets already on their way to the old address).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&HandoffMonitor::m_lossLead),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("PacketIdentifier",
                          "How flow packets given to NotifyFlowTx/NotifyFlowRx are matched.",
                          EnumValue(HandoffMonitor::UID),
                          hmipv6::MakeEnumAccessorCompat<HandoffMonitor::PacketIdentifier>(
                              &HandoffMonitor::m_idMode),
                          MakeEnumChecker(HandoffMonitor::UID,
                                          "Uid",
                                          HandoffMonitor::SEQ_TS,
                                          "SeqTs",
                                          HandoffMonitor::SEQ_TS_SIZE,
                                          "SeqTsSize"))
            .AddTraceSource("HandoffComplete",
                            "The first flow packet arrived on the new path.",
                            MakeTraceSourceAccessor(&HandoffMonitor::m_completeTrace),
                            "ns3::hmipv6::HandoffMonitor::CompleteCallback")
            .AddTraceSource("FlowPacketReceived",
                            "A monitored-flow packet arrived (its first copy).",
                            MakeTraceSourceAccessor(&HandoffMonitor::m_arrivalTrace),
                            "ns3::hmipv6::HandoffMonitor::ArrivalCallback");
    return tid;
}

HandoffMonitor::HandoffMonitor()
    : m_idMode(UID),
      m_unattributedSignalling(0)
{
    NS_LOG_FUNCTION(this);
    // The draft's messages with their default option types; others are added.
    for (uint8_t type : {RegistrationRequestHeader::DEFAULT_OPTION_TYPE,
                         RegistrationUpdateHeader::DEFAULT_OPTION_TYPE,
                         RegistrationRefreshHeader::DEFAULT_OPTION_TYPE,
                         HandoffRequestHeader::DEFAULT_OPTION_TYPE})
    {
        m_optionTypes.insert(type);
    }
}

HandoffMonitor::~HandoffMonitor()
{
    NS_LOG_FUNCTION(this);
}

void
HandoffMonitor::DoDispose()
{
    NS_LOG_FUNCTION(this);
    // The IPv6 objects may outlive the monitor: leave them no dangling callback.
    for (Ptr<Ipv6> ipv6 : m_watchedNodes)
    {
        ipv6->TraceDisconnectWithoutContext("Tx",
                                            MakeCallback(&HandoffMonitor::WatchedPacket, this));
        ipv6->TraceDisconnectWithoutContext("Rx",
                                            MakeCallback(&HandoffMonitor::WatchedPacket, this));
    }
    m_watchedNodes.clear();
    m_watched.clear();
    m_arrivals = nullptr;
    Object::DoDispose();
}

HandoffRecord*
HandoffMonitor::Current()
{
    return m_records.empty() ? nullptr : &m_records.back();
}

void
HandoffMonitor::NotifyLinkDown()
{
    NS_LOG_FUNCTION(this);
    if (Simulator::Now() < m_start)
    {
        return;
    }
    HandoffRecord record;
    record.protocol = m_protocol;
    record.move = m_move;
    record.haDelayMs = m_haDelay.GetSeconds() * 1000.0;
    record.handoff = m_records.size() + 1;
    record.l2Down = Simulator::Now();
    record.homeRegistered = m_homeRegistered;
    record.lastOldPacket = m_lastRx;
    m_records.push_back(record);
    m_currentTarget = m_target;
}

void
HandoffMonitor::NotifyLinkUp()
{
    NS_LOG_FUNCTION(this);
    HandoffRecord* r = Current();
    // The first attachment of a run (no link-down before it) is no handoff.
    if (r && r->l2Up.IsNegative())
    {
        r->l2Up = Simulator::Now();
    }
}

void
HandoffMonitor::NotifyMovementDetected()
{
    NS_LOG_FUNCTION(this);
    HandoffRecord* r = Current();
    if (r && r->ra.IsNegative())
    {
        r->ra = Simulator::Now();
    }
}

void
HandoffMonitor::NotifyMobilityServerRegistration(Ipv6Address ms)
{
    NS_LOG_FUNCTION(this << ms);
    HandoffRecord* r = Current();
    if (r && !r->coaReady.IsNegative() && r->ms.IsAny())
    {
        r->ms = ms;
    }
}

void
HandoffMonitor::NotifyMove(const std::string& move)
{
    NS_LOG_FUNCTION(this << move);
    HandoffRecord* r = Current();
    if (r && m_move.empty() && r->move.empty())
    {
        r->move = move;
    }
}

void
HandoffMonitor::NotifyCareOfAddressReady(Ipv6Address coa)
{
    NS_LOG_FUNCTION(this << coa);
    m_coa = coa;
    HandoffRecord* r = Current();
    if (r && r->coaReady.IsNegative())
    {
        r->coaReady = Simulator::Now();
        r->coa = coa;
    }
}

void
HandoffMonitor::NotifyRegistrationSent(Ipv6Address destination, uint16_t sequence)
{
    NS_LOG_FUNCTION(this << destination << sequence);
    HandoffRecord* r = Current();
    if (!r)
    {
        return;
    }
    HandoffRegistration reg;
    reg.destination = destination;
    reg.sequence = sequence;
    reg.sent = Simulator::Now();
    r->registrations.push_back(reg);
    ++r->signalling;
    // Retransmissions of the old registration (before the new address) do not count.
    if (r->coaReady.IsNegative() || !r->regSent.IsNegative())
    {
        return;
    }
    if (m_currentTarget.IsAny())
    {
        m_currentTarget = destination;
    }
    if (destination == m_currentTarget)
    {
        r->regSent = Simulator::Now();
    }
}

void
HandoffMonitor::NotifyRegistrationAcked(Ipv6Address source, uint16_t sequence, uint8_t status)
{
    NS_LOG_FUNCTION(this << source << sequence << +status);
    if (source == m_homeAgent && status < 128)
    {
        m_homeRegistered = true;
    }
    HandoffRecord* r = Current();
    if (!r)
    {
        return;
    }
    ++r->signalling;
    for (auto it = r->registrations.rbegin(); it != r->registrations.rend(); ++it)
    {
        if (it->destination == source && it->sequence == sequence && it->acked.IsNegative())
        {
            it->acked = Simulator::Now();
            it->status = status;
            // Only an accepting acknowledgement of a registration sent at or after
            // t_reg_sent (retransmissions included) completes the registration.
            if (status < 128 && source == m_currentTarget && !r->regSent.IsNegative() &&
                it->sent >= r->regSent && r->regAcked.IsNegative())
            {
                r->regAcked = Simulator::Now();
            }
            break;
        }
    }
}

void
HandoffMonitor::NotifyPacketSent(uint64_t id)
{
    m_sent.emplace(id, Simulator::Now());
}

void
HandoffMonitor::NotifyPacketReceived(uint64_t id)
{
    if (!m_received.insert(id).second)
    {
        return; // a duplicate
    }
    m_lastRx = Simulator::Now();
    auto sent = m_sent.find(id);
    Time delay = sent == m_sent.end() ? Time(-1) : m_lastRx - sent->second;
    m_arrivalTrace(id, delay, m_records.size());
    if (m_arrivals)
    {
        *m_arrivals->GetStream() << m_host << ',' << id << ','
                                 << (sent == m_sent.end() ? "" : CsvSeconds(sent->second)) << ','
                                 << CsvSeconds(m_lastRx) << ',' << m_records.size() << ',' << m_coa
                                 << '\n';
    }
    HandoffRecord* r = Current();
    // After layer-2 up the old link is gone: whatever arrives took the new path.
    if (r && !r->l2Up.IsNegative() && r->firstPacket.IsNegative())
    {
        r->firstPacket = Simulator::Now();
        NS_LOG_INFO("handoff " << r->handoff << " latency " << r->GetLatency().As(Time::MS));
        m_completeTrace(r->handoff, r->GetLatency());
    }
}

uint64_t
HandoffMonitor::GetPacketId(Ptr<const Packet> packet) const
{
    uint8_t buffer[12];
    switch (m_idMode)
    {
    case SEQ_TS:
        if (packet->GetSize() >= 4)
        {
            packet->CopyData(buffer, 4);
            return (uint64_t(buffer[0]) << 24) | (uint64_t(buffer[1]) << 16) |
                   (uint64_t(buffer[2]) << 8) | buffer[3];
        }
        break;
    case SEQ_TS_SIZE:
        if (packet->GetSize() >= 12)
        {
            packet->CopyData(buffer, 12); // 8-octet size, then the SeqTsHeader
            return (uint64_t(buffer[8]) << 24) | (uint64_t(buffer[9]) << 16) |
                   (uint64_t(buffer[10]) << 8) | buffer[11];
        }
        break;
    case UID:
        break;
    }
    return packet->GetUid();
}

void
HandoffMonitor::NotifyFlowTx(Ptr<const Packet> packet)
{
    NotifyPacketSent(GetPacketId(packet));
}

void
HandoffMonitor::NotifyFlowRx(Ptr<const Packet> packet)
{
    NotifyPacketReceived(GetPacketId(packet));
}

void
HandoffMonitor::AddSignallingOptionType(uint8_t type)
{
    m_optionTypes.insert(type);
}

bool
HandoffMonitor::IsSignalling(Ptr<const Packet> packet) const
{
    uint32_t size = std::min(packet->GetSize(), INSPECT_BYTES);
    std::vector<uint8_t> b(size);
    packet->CopyData(b.data(), size);
    uint32_t offset = 0;
    // Walk the header chain; an IPv6-in-IPv6 tunnel restarts it on the inner header.
    while (offset + IPV6_HEADER_SIZE <= size && (b[offset] >> 4) == 6)
    {
        uint8_t next = b[offset + 6];
        offset += IPV6_HEADER_SIZE;
        bool inner = false;
        while (!inner)
        {
            if (next == MOBILITY_HEADER)
            {
                return true;
            }
            if (next == IPV6_IN_IPV6)
            {
                inner = true;
                break;
            }
            if (next != IPV6_HOP_BY_HOP && next != IPV6_ROUTING && next != IPV6_FRAGMENT &&
                next != IPV6_DEST_OPTIONS)
            {
                return false;
            }
            if (offset + 2 > size)
            {
                return false;
            }
            uint32_t length = next == IPV6_FRAGMENT ? 8 : (uint32_t(b[offset + 1]) + 1) * 8;
            if (offset + length > size)
            {
                return false;
            }
            if (next == IPV6_DEST_OPTIONS && !m_optionTypes.empty())
            {
                for (uint32_t o = offset + 2; o < offset + length;)
                {
                    if (m_optionTypes.count(b[o]))
                    {
                        return true;
                    }
                    o += b[o] == PAD1 ? 1 : (o + 1 < offset + length ? b[o + 1] + 2u : length);
                }
            }
            next = b[offset];
            offset += length;
        }
    }
    return false;
}

void
HandoffMonitor::WatchDevice(Ptr<NetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    NS_ABORT_MSG_IF(!device || !device->GetNode(), "HandoffMonitor: device on no node");
    Ptr<Ipv6> ipv6 = device->GetNode()->GetObject<Ipv6>();
    NS_ABORT_MSG_IF(!ipv6, "HandoffMonitor: the device's node has no IPv6");
    int32_t interface = ipv6->GetInterfaceForDevice(device);
    NS_ABORT_MSG_IF(interface < 0, "HandoffMonitor: the device has no IPv6 interface");
    m_watched.insert({PeekPointer(ipv6), uint32_t(interface)});
    if (std::find(m_watchedNodes.begin(), m_watchedNodes.end(), ipv6) == m_watchedNodes.end())
    {
        m_watchedNodes.push_back(ipv6);
        ipv6->TraceConnectWithoutContext("Tx", MakeCallback(&HandoffMonitor::WatchedPacket, this));
        ipv6->TraceConnectWithoutContext("Rx", MakeCallback(&HandoffMonitor::WatchedPacket, this));
    }
}

void
HandoffMonitor::WatchedPacket(Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t interface)
{
    if (!m_watched.count({PeekPointer(ipv6), interface}) || hmipv6::IsReinjected(packet) ||
        !IsSignalling(packet))
    {
        return;
    }
    // A packet seen on several watched devices (both ends of a link) counts once.
    if (!m_signallingUids.insert(packet->GetUid()).second)
    {
        return;
    }
    NS_LOG_LOGIC("signalling packet " << packet->GetUid() << " on a watched device");
    HandoffRecord* r = Current();
    if (r)
    {
        ++r->internetSignalling;
    }
    else
    {
        ++m_unattributedSignalling;
    }
}

std::vector<HandoffRecord>
HandoffMonitor::GetRecords() const
{
    std::vector<HandoffRecord> records = m_records;
    for (auto& r : records)
    {
        r.lostPackets = 0;
        r.flowSent = 0;
        if (r.move.empty() && r.coaReady.IsNegative() && !r.firstPacket.IsNegative())
        {
            r.move = "none"; // the link came back (the same access point) without a move
        }
    }
    for (const auto& [id, t] : m_sent)
    {
        // The last handoff whose window start is at or before the send time.
        HandoffRecord* owner = nullptr;
        for (auto& r : records)
        {
            if (r.l2Down - m_lossLead <= t)
            {
                owner = &r;
            }
        }
        if (!owner)
        {
            continue;
        }
        ++owner->flowSent;
        if (!m_received.count(id))
        {
            ++owner->lostPackets;
        }
    }
    return records;
}

uint32_t
HandoffMonitor::GetNHandoffs() const
{
    return m_records.size();
}

uint32_t
HandoffMonitor::GetNCompleted() const
{
    return std::count_if(m_records.begin(), m_records.end(), [](const HandoffRecord& r) {
        return !r.firstPacket.IsNegative();
    });
}

uint64_t
HandoffMonitor::GetPacketsSent() const
{
    return m_sent.size();
}

uint64_t
HandoffMonitor::GetPacketsReceived() const
{
    return std::count_if(m_received.begin(), m_received.end(), [this](uint64_t id) {
        return m_sent.count(id) > 0;
    });
}

uint64_t
HandoffMonitor::GetUnattributedLost() const
{
    uint64_t lost = 0;
    Time start = m_records.empty() ? Time::Max() : m_records.front().l2Down - m_lossLead;
    for (const auto& [id, t] : m_sent)
    {
        if (t < start && !m_received.count(id))
        {
            ++lost;
        }
    }
    return lost;
}

uint64_t
HandoffMonitor::GetUnattributedInternetSignalling() const
{
    return m_unattributedSignalling;
}

void
HandoffMonitor::WriteCsv(std::ostream& os, bool header) const
{
    if (header)
    {
        os << CSV_HEADER
           << ",coa,registrations,signalling_packets,flow_sent,home_registered,t_ha_reg_sent_s,"
              "t_ha_reg_acked_s,t_ms_reg_sent_s,t_ms_reg_acked_s,host,t_last_old_packet_s,seed,"
              "run";
        for (const auto& column : m_columns)
        {
            os << ',' << column.first;
        }
        os << '\n';
    }
    for (const HandoffRecord& r : GetRecords())
    {
        Time latency = r.GetLatency();
        std::ostringstream latencyText;
        if (!latency.IsNegative())
        {
            latencyText << std::fixed << std::setprecision(3) << latency.GetSeconds() * 1000.0;
        }
        os << r.protocol << ',' << r.move << ',' << r.haDelayMs << ',' << r.handoff << ','
           << CsvSeconds(r.l2Down) << ',' << CsvSeconds(r.l2Up) << ',' << CsvSeconds(r.ra) << ','
           << CsvSeconds(r.coaReady) << ',' << CsvSeconds(r.regSent) << ','
           << CsvSeconds(r.regAcked) << ',' << CsvSeconds(r.firstPacket) << ',' << latencyText.str()
           << ',' << r.lostPackets << ',' << r.internetSignalling << ',' << r.coa << ','
           << r.registrations.size() << ',' << r.signalling << ',' << r.flowSent << ','
           << r.homeRegistered << ',';
        for (Ipv6Address anchor : {m_homeAgent, r.ms})
        {
            const HandoffRegistration* reg = anchor.IsAny() ? nullptr : r.FindRegistration(anchor);
            os << (reg ? CsvSeconds(reg->sent) : "") << ','
               << (reg && reg->status < 128 ? CsvSeconds(reg->acked) : "") << ',';
        }
        os << m_host << ',' << CsvSeconds(r.lastOldPacket) << ',' << RngSeedManager::GetSeed()
           << ',' << RngSeedManager::GetRun();
        for (const auto& column : m_columns)
        {
            os << ',' << column.second;
        }
        os << '\n';
    }
}

void
HandoffMonitor::AddColumn(const std::string& name, const std::string& value)
{
    NS_ABORT_MSG_IF(name.find_first_of(",\n") != std::string::npos ||
                        value.find_first_of(",\n") != std::string::npos,
                    "HandoffMonitor::AddColumn: no commas or line breaks in " << name);
    m_columns.emplace_back(name, value);
}

void
HandoffMonitor::EnableArrivals(Ptr<OutputStreamWrapper> stream, bool header)
{
    m_arrivals = stream;
    if (m_arrivals && header)
    {
        *m_arrivals->GetStream() << ARRIVALS_HEADER << '\n';
    }
}

} // namespace hmipv6
} // namespace ns3
