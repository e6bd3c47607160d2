// SPDX-License-Identifier: GPL-2.0-only
#include "nd-message.h"

#include "ns3/internet-checksum.h"

#include <sstream>

namespace ns3
{
namespace hmipv6
{

std::string
ParseNdMessage(const Ipv6Header& header,
               const std::vector<uint8_t>& icmp,
               const NdChecks& checks,
               NdMessage& message)
{
    const uint32_t size = static_cast<uint32_t>(icmp.size());
    const bool isNs = !icmp.empty() && icmp[0] == nd::NS_TYPE;
    // RFC 4861 7.1.1 (NS) and 7.1.2 (NA) validity checks.
    if (size < nd::MIN_SIZE)
    {
        std::ostringstream os;
        os << "ICMP length " << size << " < " << nd::MIN_SIZE;
        return os.str();
    }
    if (header.GetHopLimit() != nd::HOP_LIMIT)
    {
        std::ostringstream os;
        os << "hop limit " << +header.GetHopLimit() << " (must be 255)";
        return os.str();
    }
    if (icmp[1] != 0)
    {
        return "ICMP code not 0";
    }
    // RFC 4443 2.3: the pseudo-header of RFC 8200 8.1, then the message as received.
    if (checks.verifyChecksum && UpperLayerChecksum(header.GetSource(),
                                                    header.GetDestination(),
                                                    nd::ICMPV6_PROT,
                                                    icmp.data(),
                                                    icmp.size()) != 0)
    {
        return "bad ICMPv6 checksum";
    }
    message.type = icmp[0];
    message.flags = static_cast<uint8_t>(icmp[4] & (nd::FLAG_R | nd::FLAG_S | nd::FLAG_O));
    message.target = Ipv6Address::Deserialize(icmp.data() + 8);
    if (message.target.IsMulticast())
    {
        return "multicast target";
    }

    const uint8_t wantedLinkLayer = isNs ? nd::OPT_SLLA : nd::OPT_TLLA;
    uint32_t offset = nd::MIN_SIZE;
    while (offset < size)
    {
        if (size - offset < 2)
        {
            return "truncated option";
        }
        uint8_t optionType = icmp[offset];
        uint32_t optionSize = static_cast<uint32_t>(icmp[offset + 1]) * 8;
        if (optionSize == 0)
        {
            return "option with length 0";
        }
        if (optionSize > size - offset)
        {
            return "option longer than the message";
        }
        if (optionType == wantedLinkLayer && !message.hasLinkLayer)
        {
            message.hasLinkLayer = true;
            message.linkLayer.assign(icmp.begin() + offset + 2, icmp.begin() + offset + optionSize);
        }
        else if (optionType == nd::OPT_NONCE && !message.hasNonce)
        {
            message.hasNonce = true;
            message.nonce.assign(icmp.begin() + offset + 2, icmp.begin() + offset + optionSize);
        }
        // Other options are skipped (RFC 4861 4.6: unknown options are ignored).
        offset += optionSize;
    }

    if (isNs && header.GetSource().IsAny())
    {
        // RFC 4861 7.1.1: a DAD probe goes to a solicited-node group, without SLLA.
        if (!header.GetDestination().IsSolicitedMulticast())
        {
            return "source :: but destination not a solicited-node group";
        }
        if (message.hasLinkLayer && checks.rejectDadProbeSlla)
        {
            return "source :: with a Source Link-Layer Address option";
        }
    }
    if (!isNs && header.GetDestination().IsMulticast() && (message.flags & nd::FLAG_S))
    {
        return "multicast advertisement with the Solicited flag"; // RFC 4861 7.1.2
    }
    return "";
}

} // namespace hmipv6
} // namespace ns3
