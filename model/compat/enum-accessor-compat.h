// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ENUM_ACCESSOR_COMPAT_H
#define HMIPV6_ENUM_ACCESSOR_COMPAT_H

#include "ns3/enum.h"

namespace ns3
{
namespace hmipv6
{

/// \cond internal: ns-3 3.41 made MakeEnumAccessor take the enum type explicitly; the
/// overload that compiles is chosen, so the module builds with 3.37 and later releases.
template <typename T, typename M>
auto
EnumAccessorImpl(M member, int) -> decltype(MakeEnumAccessor<T>(member))
{
    return MakeEnumAccessor<T>(member);
}

template <typename T, typename M>
auto
EnumAccessorImpl(M member, long) -> decltype(MakeEnumAccessor(member))
{
    return MakeEnumAccessor(member);
}

/// \endcond

/**
 * \ingroup hmipv6
 * \brief MakeEnumAccessor for an enum attribute of type T, in the spelling of the ns-3
 *        release at hand.
 * \tparam T the enum type
 * \param member the attribute's member
 * \return the accessor
 */
template <typename T, typename M>
auto
MakeEnumAccessorCompat(M member)
{
    return EnumAccessorImpl<T>(member, 0);
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ENUM_ACCESSOR_COMPAT_H */
