// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_TUNNEL_MTU_CACHE_H
#define HMIPV6_TUNNEL_MTU_CACHE_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The path MTU to each tunnel exit-point, as Packet Too Big messages told a tunnel
 *        entry-point (RFC 2473 6.7: the tunnel MTU is the path MTU to the exit-point less
 *        the tunnel headers).
 *
 * An entry only lowers what is known (RFC 8201 4) and never below the IPv6 minimum link
 * MTU of 1280 (a smaller value in a message is taken as 1280, RFC 8201 4); it ages out
 * after a timeout, after which the link MTU applies again (RFC 8201 5.3 suggests ten
 * minutes). The number of entries is bounded: a new exit-point beyond the capacity
 * replaces the entry that would expire first, so forged messages for many exit-points
 * cannot grow it. Simulator-free: times are given by the caller.
 */
class TunnelMtuCache
{
  public:
    static constexpr uint32_t MIN_MTU = 1280; //!< IPv6 minimum link MTU (RFC 8200 5)

    /**
     * \param timeout how long an entry lasts
     * \param capacity the most entries kept (at least 1)
     */
    TunnelMtuCache(Time timeout, std::size_t capacity);

    /**
     * \brief Change the timeout and the capacity (entries beyond it go, soonest first).
     * \param timeout how long an entry lasts
     * \param capacity the most entries kept (at least 1)
     */
    void Configure(Time timeout, std::size_t capacity);

    /**
     * \brief A Packet Too Big message for a tunnel packet to an exit-point.
     * \param exitPoint the tunnel packet's destination
     * \param mtu the MTU the message reports
     * \param now the time
     * \return true if the path MTU to exitPoint went down
     */
    bool Update(Ipv6Address exitPoint, uint32_t mtu, Time now);

    /**
     * \brief The path MTU learnt for an exit-point.
     * \param exitPoint the exit-point
     * \param now the time
     * \return it, or nothing if none is known or it aged out
     */
    std::optional<uint32_t> Get(Ipv6Address exitPoint, Time now) const;

    /**
     * \brief The number of entries (aged ones included until replaced).
     * \return it
     */
    std::size_t GetN() const;

    /// Remove every entry.
    void Clear();

  private:
    /// What is known of one exit-point.
    struct Entry
    {
        uint32_t mtu; //!< the path MTU
        Time expiry;  //!< when it ages out
    };

    /// Keep at most m_capacity entries, removing those that expire first.
    void Trim();

    Time m_timeout;                       //!< entry lifetime
    std::size_t m_capacity;               //!< most entries
    std::map<Ipv6Address, Entry> m_cache; //!< by exit-point
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_TUNNEL_MTU_CACHE_H */
