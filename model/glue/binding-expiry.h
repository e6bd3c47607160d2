// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_EXPIRY_H
#define HMIPV6_BINDING_EXPIRY_H

#include "ns3/binding-cache.h"
#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <optional>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Schedule a role's expiry handler at the earliest expiry of its binding cache
 *        (home agent, Mobility Server, correspondent): one timer for the whole cache.
 * \tparam T the role
 * \param cache the cache
 * \param handler the role's method that removes what expired
 * \param role the role
 * \return the event, or an expired one when the cache is empty
 */
template <class T>
EventId
ScheduleBindingExpiry(const BindingCache& cache, void (T::*handler)(), T* role)
{
    std::optional<Time> next = cache.NextExpiry();
    if (!next)
    {
        return EventId();
    }
    return Simulator::Schedule(std::max(*next - Simulator::Now(), Seconds(0)), handler, role);
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_EXPIRY_H */
