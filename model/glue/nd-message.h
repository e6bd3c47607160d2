// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ND_MESSAGE_H
#define HMIPV6_ND_MESSAGE_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/// ICMPv6 numbers of Neighbour Discovery (RFC 4861 4.3, 4.4, 4.6; RFC 3971 5.3.2).
namespace nd
{
constexpr uint8_t ICMPV6_PROT = 58; //!< ICMPv6's IPv6 Next Header value
constexpr uint8_t NS_TYPE = 135;    //!< Neighbor Solicitation
constexpr uint8_t NA_TYPE = 136;    //!< Neighbor Advertisement
constexpr uint8_t HOP_LIMIT = 255;  //!< RFC 4861 7.1.1, 7.1.2
constexpr uint8_t FLAG_R = 0x80;    //!< NA Router flag
constexpr uint8_t FLAG_S = 0x40;    //!< NA Solicited flag
constexpr uint8_t FLAG_O = 0x20;    //!< NA Override flag
constexpr uint32_t MIN_SIZE = 24;   //!< NS / NA up to the target
constexpr uint8_t OPT_SLLA = 1;     //!< Source Link-Layer Address option
constexpr uint8_t OPT_TLLA = 2;     //!< Target Link-Layer Address option
constexpr uint8_t OPT_NONCE = 14;   //!< Nonce option (RFC 3971 5.3.2, used by RFC 7527)
constexpr uint32_t NONCE_SIZE = 6;  //!< nonce octets in an 8-octet option (RFC 7527)
} // namespace nd

/// What a valid Neighbor Solicitation / Advertisement says.
struct NdMessage
{
    uint8_t type{0};                //!< nd::NS_TYPE or nd::NA_TYPE
    uint8_t flags{0};               //!< NA: R, S, O as on the wire
    Ipv6Address target;             //!< Target Address
    bool hasLinkLayer{false};       //!< an SLLA (NS) / TLLA (NA) option was present
    std::vector<uint8_t> linkLayer; //!< its address octets (option data)
    bool hasNonce{false};           //!< a Nonce option (RFC 3971 5.3.2) was present
    std::vector<uint8_t> nonce;     //!< its data
};

/// Which optional checks ParseNdMessage makes.
struct NdChecks
{
    bool verifyChecksum{true};     //!< RFC 4443 2.3
    bool rejectDadProbeSlla{true}; //!< RFC 4861 7.1.1: no SLLA with source ::
};

/**
 * \ingroup hmipv6
 * \brief Check an NS / NA as RFC 4861 7.1.1 / 7.1.2 ask and read it.
 * \param header the IPv6 header
 * \param icmp the ICMPv6 octets (exactly the payload)
 * \param checks the optional checks
 * \param message filled when valid
 * \return an empty string when valid, else why not
 */
std::string ParseNdMessage(const Ipv6Header& header,
                           const std::vector<uint8_t>& icmp,
                           const NdChecks& checks,
                           NdMessage& message);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ND_MESSAGE_H */
