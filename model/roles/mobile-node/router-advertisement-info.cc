// SPDX-License-Identifier: GPL-2.0-only
#include "router-advertisement-info.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

namespace
{
constexpr uint8_t OPT_PREFIX = 3;        //!< Prefix Information option (RFC 4861 4.6.2)
constexpr uint8_t PREFIX_FLAG_A = 0x40;  //!< autonomous address-configuration flag
constexpr uint32_t PREFIX_OPT_SIZE = 32; //!< Prefix Information option octets
} // namespace

RouterAdvertisementInfo::RouterAdvertisementInfo(const Ipv6Header& header,
                                                 const std::vector<uint8_t>& icmp,
                                                 bool checkHopLimit)
    : m_router(header.GetSource()),
      m_routerLifetime(0)
{
    // RFC 4861 6.1.2 (ns-3 checks none of them). ns-3 3.37's Radvd tags its RAs with a
    // SocketIpTtlTag, which IPv6 ignores: they leave with hop limit 64.
    if ((checkHopLimit && header.GetHopLimit() != 255) || !header.GetSource().IsLinkLocal() ||
        icmp.size() < FIXED_SIZE || icmp[1] != 0)
    {
        m_error = "invalid Router Advertisement";
        return;
    }
    std::vector<Option> options;
    for (uint32_t offset = FIXED_SIZE, length = 0; offset + 2 <= icmp.size(); offset += length)
    {
        length = icmp[offset + 1] * 8u;
        if (length == 0 || offset + length > icmp.size())
        {
            m_error = "bad RA option length";
            return;
        }
        options.push_back(
            {icmp[offset],
             std::vector<uint8_t>(icmp.begin() + offset, icmp.begin() + offset + length)});
    }
    m_routerLifetime = (icmp[6] << 8) | icmp[7];
    m_options = std::move(options);
    for (const Option& option : m_options)
    {
        const std::vector<uint8_t>& o = option.octets;
        if (option.type == OPT_PREFIX && o.size() == PREFIX_OPT_SIZE && (o[3] & PREFIX_FLAG_A) &&
            o[2] == 64)
        {
            uint8_t bytes[16];
            std::copy(o.begin() + 16, o.end(), bytes);
            m_prefixes.emplace_back(bytes);
        }
    }
}

const std::string&
RouterAdvertisementInfo::GetError() const
{
    return m_error;
}

Ipv6Address
RouterAdvertisementInfo::GetRouter() const
{
    return m_router;
}

uint16_t
RouterAdvertisementInfo::GetRouterLifetime() const
{
    return m_routerLifetime;
}

const std::vector<Ipv6Address>&
RouterAdvertisementInfo::GetAutonomousPrefixes() const
{
    return m_prefixes;
}

const std::vector<RouterAdvertisementInfo::Option>&
RouterAdvertisementInfo::GetOptions() const
{
    return m_options;
}

} // namespace hmipv6
} // namespace ns3
