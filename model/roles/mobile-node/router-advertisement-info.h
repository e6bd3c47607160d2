// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROUTER_ADVERTISEMENT_INFO_H
#define HMIPV6_ROUTER_ADVERTISEMENT_INFO_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A Router Advertisement as the mobile node reads it, parsed once: the RFC 4861
 *        6.1.2 checks, the router lifetime, the autonomous /64 prefixes (the ones ns-3
 *        forms addresses from) and every option, for a subclass's own options.
 */
class RouterAdvertisementInfo
{
  public:
    static constexpr uint8_t ICMPV6_TYPE = 134; //!< Router Advertisement (RFC 4861 4.2)
    static constexpr uint32_t FIXED_SIZE = 16;  //!< octets before the options

    /// One option: its type and all its octets (type and length included).
    struct Option
    {
        uint8_t type;                //!< Type
        std::vector<uint8_t> octets; //!< the whole option
    };

    /**
     * \brief Parse and check an advertisement.
     * \param header its IPv6 header
     * \param icmp its ICMPv6 octets
     * \param checkHopLimit whether a hop limit other than 255 makes it invalid
     */
    RouterAdvertisementInfo(const Ipv6Header& header,
                            const std::vector<uint8_t>& icmp,
                            bool checkHopLimit);

    /**
     * \return why the advertisement is invalid, or "" when it is valid
     */
    const std::string& GetError() const;
    /**
     * \return the router (the IPv6 source)
     */
    Ipv6Address GetRouter() const;
    /**
     * \return the Router Lifetime (s)
     */
    uint16_t GetRouterLifetime() const;
    /**
     * \return the /64 prefixes with the A flag, in the advertisement's order
     */
    const std::vector<Ipv6Address>& GetAutonomousPrefixes() const;
    /**
     * \return every option, in the advertisement's order (none when invalid)
     */
    const std::vector<Option>& GetOptions() const;

  private:
    std::string m_error;                 //!< "" when valid
    Ipv6Address m_router;                //!< the source
    uint16_t m_routerLifetime;           //!< Router Lifetime
    std::vector<Ipv6Address> m_prefixes; //!< autonomous /64 prefixes
    std::vector<Option> m_options;       //!< all options
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ROUTER_ADVERTISEMENT_INFO_H */
