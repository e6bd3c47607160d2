// SPDX-License-Identifier: GPL-2.0-only
#include "nd-link-sender.h"

#include "nd-message.h"

#include "ns3/icmpv6-checksum.h"
#include "ns3/icmpv6-header.h"
#include "ns3/ipv6-interface-address.h"
#include "ns3/ipv6-interface.h"
#include "ns3/log.h"
#include "ns3/ndisc-cache.h"
#include "ns3/net-device.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6NdLinkSender");

namespace
{
// Spelled out: Ipv6L3Protocol::PROT_NUMBER is deprecated from ns-3.49 on, and its
// replacement (iana-ieee802-numbers.h) does not exist in 3.37.
constexpr uint16_t ETHERTYPE_IPV6 = 0x86DD; //!< IPv6's EtherType (RFC 2464)
constexpr size_t SENT_UIDS_KEPT = 256;      //!< own packets remembered for loop detection
} // namespace

bool
NdLinkSender::SendNa(Ptr<Ipv6L3Protocol> ipv6,
                     Ipv6Address target,
                     Ipv6Address dst,
                     const std::vector<uint8_t>& dstMac,
                     uint8_t flags,
                     uint32_t interface)
{
    NS_LOG_FUNCTION(this << target << dst << +flags << interface);
    if (!ipv6 || interface >= ipv6->GetNInterfaces())
    {
        return false;
    }
    Ipv6Address src = SourceFor(ipv6, target, interface);
    if (src.IsAny())
    {
        NS_LOG_WARN("Interface " << interface << " has no usable address: NA not sent");
        return false;
    }
    Ptr<NetDevice> device = ipv6->GetInterface(interface)->GetDevice();

    Ptr<Packet> packet = Create<Packet>();
    Icmpv6OptionLinkLayerAddress tlla(false, device->GetAddress());
    packet->AddHeader(tlla);
    Icmpv6NA na;
    na.SetIpv6Target(target);
    na.SetFlagR((flags & nd::FLAG_R) != 0);
    na.SetFlagS((flags & nd::FLAG_S) != 0);
    na.SetFlagO((flags & nd::FLAG_O) != 0);
    SetIcmpv6Checksum(na, src, dst, packet->GetSize() + na.GetSerializedSize());
    packet->AddHeader(na);

    Ipv6Header header;
    header.SetSource(src);
    header.SetDestination(dst);
    header.SetNextHeader(nd::ICMPV6_PROT);
    header.SetPayloadLength(packet->GetSize());
    header.SetHopLimit(nd::HOP_LIMIT); // RFC 4861 7.1.2
    return SendOnLink(ipv6, packet, header, dstMac, interface);
}

bool
NdLinkSender::SendDadProbe(Ptr<Ipv6L3Protocol> ipv6,
                           Ipv6Address target,
                           const std::vector<uint8_t>& nonce,
                           uint32_t interface)
{
    Ipv6Address group = Ipv6Address::MakeSolicitedAddress(target);
    Ptr<Packet> packet = Create<Packet>();
    if (!nonce.empty())
    {
        // RFC 7527 4.1 (format of RFC 3971 5.3.2): one 8-octet option, 6 nonce octets.
        uint8_t option[8] = {nd::OPT_NONCE, 1};
        std::copy(nonce.begin(), nonce.end(), option + 2);
        packet->AddAtEnd(Create<Packet>(option, sizeof(option)));
    }
    Icmpv6NS ns(target);
    SetIcmpv6Checksum(ns, Ipv6Address::GetAny(), group, packet->GetSize() + ns.GetSerializedSize());
    packet->AddHeader(ns);

    Ipv6Header header;
    header.SetSource(Ipv6Address::GetAny());
    header.SetDestination(group);
    header.SetNextHeader(nd::ICMPV6_PROT);
    header.SetPayloadLength(packet->GetSize());
    header.SetHopLimit(nd::HOP_LIMIT);
    return SendOnLink(ipv6, packet, header, {}, interface);
}

bool
NdLinkSender::SendOnLink(Ptr<Ipv6L3Protocol> ipv6,
                         Ptr<Packet> packet,
                         const Ipv6Header& header,
                         const std::vector<uint8_t>& dstMac,
                         uint32_t interface)
{
    NS_LOG_FUNCTION(this << packet << interface);
    if (!ipv6 || interface >= ipv6->GetNInterfaces() || !ipv6->IsUp(interface))
    {
        return false;
    }
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(interface);
    Ptr<NetDevice> device = iface->GetDevice();
    Ipv6Address dst = header.GetDestination();

    Address to;
    bool haveTo = false;
    if (device->NeedsArp())
    {
        uint8_t length = device->GetAddress().GetLength();
        if (!dstMac.empty() && dstMac.size() >= length)
        {
            to = device->GetAddress(); // for its address type
            to.CopyFrom(dstMac.data(), length);
            haveTo = true;
        }
        else if (dst.IsMulticast())
        {
            to = device->GetMulticast(dst);
            haveTo = true;
        }
        else
        {
            Ptr<NdiscCache> cache = iface->GetNdiscCache();
            NdiscCache::Entry* entry = cache ? cache->Lookup(dst) : nullptr;
            if (entry && !entry->IsIncomplete())
            {
                to = entry->GetMacAddress();
                haveTo = true;
            }
        }
    }
    RememberSent(packet->GetUid());
    if (!haveTo)
    {
        // No link-layer address known (unicast solicitation without SLLA): let ns-3
        // resolve it (RFC 4861 7.2.4 allows address resolution for the answer).
        iface->Send(packet, header, dst);
        return true;
    }
    Ptr<Packet> frame = packet->Copy();
    frame->AddHeader(header);
    return device->Send(frame, to, ETHERTYPE_IPV6);
}

Ipv6Address
NdLinkSender::SourceFor(Ptr<Ipv6L3Protocol> ipv6, Ipv6Address target, uint32_t interface)
{
    if (!ipv6 || interface >= ipv6->GetNInterfaces())
    {
        return Ipv6Address::GetAny();
    }
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(interface);
    Ipv6Address linkLocal = Ipv6Address::GetAny();
    for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
    {
        Ipv6InterfaceAddress address = iface->GetAddress(i);
        Ipv6InterfaceAddress::State_e state = address.GetState();
        if (state == Ipv6InterfaceAddress::TENTATIVE ||
            state == Ipv6InterfaceAddress::TENTATIVE_OPTIMISTIC ||
            state == Ipv6InterfaceAddress::INVALID)
        {
            continue; // RFC 4862 5.4: not usable as a source yet / any more
        }
        if (address.GetScope() == Ipv6InterfaceAddress::LINKLOCAL)
        {
            if (linkLocal.IsAny())
            {
                linkLocal = address.GetAddress();
            }
            if (!target.IsLinkLocal())
            {
                continue;
            }
        }
        if (address.GetScope() != Ipv6InterfaceAddress::HOST &&
            address.GetPrefix().IsMatch(address.GetAddress(), target))
        {
            return address.GetAddress();
        }
    }
    return linkLocal;
}

bool
NdLinkSender::IsOwn(uint64_t uid) const
{
    return m_sentUidSet.count(uid) != 0;
}

void
NdLinkSender::RememberSent(uint64_t uid)
{
    if (m_sentUidSet.insert(uid).second)
    {
        m_sentUids.push_back(uid);
        if (m_sentUids.size() > SENT_UIDS_KEPT)
        {
            m_sentUidSet.erase(m_sentUids.front());
            m_sentUids.pop_front();
        }
    }
}

} // namespace hmipv6
} // namespace ns3
