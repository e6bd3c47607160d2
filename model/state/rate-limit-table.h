// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_RATE_LIMIT_TABLE_H
#define HMIPV6_RATE_LIMIT_TABLE_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"

#include <cstddef>
#include <deque>
#include <map>
#include <utility>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief At most one message per interval to each destination, with a bounded table:
 *        the rate limit of Binding Errors (RFC 6275 9.2 for an unrecognised MH Type,
 *        9.3.1 for a Home Address option without a binding).
 *
 * The destination of such a message is the source of the packet that caused it, which
 * anyone can forge. Entries older than the interval no longer limit anything and are
 * removed as time passes, so the table holds only the destinations answered during the
 * last interval; and it never holds more than its capacity: once that many were answered
 * within one interval, a new destination is refused until the oldest entry ages out. A
 * flood of forged sources therefore gets at most `capacity` answers per interval, and the
 * table does not grow with it. Simulator-free: times are given by the caller and must
 * not go back.
 */
class RateLimitTable
{
  public:
    /**
     * \param interval least time between two messages to one destination
     * \param capacity the most destinations remembered (at least 1)
     */
    RateLimitTable(Time interval, std::size_t capacity);

    /**
     * \brief Change the interval and the capacity; entries beyond the capacity go,
     *        oldest first.
     * \param interval least time between two messages to one destination
     * \param capacity the most destinations remembered (at least 1)
     */
    void Configure(Time interval, std::size_t capacity);

    /**
     * \brief Whether a message may go to a destination now; if so, it is recorded.
     * \param destination the destination
     * \param now the time
     * \return false if one went to it less than the interval ago, or if the table is
     *         full of destinations answered less than the interval ago
     */
    bool Allow(Ipv6Address destination, Time now);

    /**
     * \brief The number of destinations remembered (entries that aged out are removed
     *        by the next Allow).
     * \return it
     */
    std::size_t GetN() const;

    /// Forget every destination.
    void Clear();

  private:
    /**
     * \brief Remove the entries older than the interval.
     * \param now the time
     */
    void Prune(Time now);

    Time m_interval;                                  //!< least time between two messages
    std::size_t m_capacity;                           //!< most entries
    std::map<Ipv6Address, Time> m_last;               //!< last message, by destination
    std::deque<std::pair<Time, Ipv6Address>> m_byAge; //!< the same entries, oldest first
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_RATE_LIMIT_TABLE_H */
