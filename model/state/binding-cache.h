// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_CACHE_H
#define HMIPV6_BINDING_CACHE_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"

#include <boost/multi_index/hashed_index.hpp>
#include <boost/multi_index/member.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/multi_index/tag.hpp>
#include <boost/multi_index_container.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Cache of a home agent or correspondent node (RFC 6275 9.1), also the
 *        draft's mobility server cache of GCoA -> LCoA bindings (4.3).
 *
 * One entry per key address (homeAddress: the home address for Mobile IPv6 roles; the
 * mobility server keys its entries by whichever address it looks them up by, e.g. the
 * GCoA). Three Boost.MultiIndex indices keep the lookups a role needs cheap:
 *  - hashed, unique, by home address: binding updates, packets to the home address;
 *  - hashed, non-unique, by care-of address: reverse-tunnelled packets, a care-of address
 *    shared by several home addresses;
 *  - ordered, non-unique, by expiry: the next lifetime timer and expiry sweeps.
 *
 * Plain state: time is passed in by the caller, nothing is scheduled here. Every change
 * goes through replace() or modify() so that all three indices stay consistent.
 */
class BindingCache
{
  public:
    /**
     * \brief One binding (RFC 6275 9.1 lists the conceptual fields).
     */
    struct Entry
    {
        Ipv6Address homeAddress;         //!< key: the home address (or the MS's GCoA)
        Ipv6Address careOfAddress;       //!< where packets for homeAddress go
        Time expiry;                     //!< absolute time at which the binding ends
        Time lifetime;                   //!< lifetime granted by the last accepted update
        Time lastUpdate;                 //!< when the last accepted update was processed
        Time lastUsed;                   //!< usage information (9.1), for Binding Refresh
                                         //!< Requests and cache replacement
        uint16_t sequence{0};            //!< maximum sequence number accepted (9.5.1)
        bool homeRegistration{false};    //!< created by a home registration (H flag)
        bool linkLocalCompatible{false}; //!< L flag of the registration (RFC 6275 6.1.7)
    };

    /**
     * \brief Add a binding, or replace the entry with the same home address.
     * \param entry the binding; every field is stored as given
     * \return true if a new entry was added, false if an existing one was replaced
     */
    bool InsertOrUpdate(const Entry& entry);

    /**
     * \brief Record an accepted registration (RFC 6275 9.5.1, 10.3.1; draft 4.3.2 to
     *        4.3.4): expiry = now + lifetime, lastUpdate = lastUsed = now.
     *
     * Keeps the L flag of an existing entry. The caller checks the sequence number first
     * with IsSequenceAcceptable().
     * \param home the key address
     * \param careOf the care-of address
     * \param sequence the sequence number of the accepted update
     * \param lifetime the granted lifetime
     * \param now the current time
     * \param homeRegistration whether this is a home registration
     * \return true if a new entry was added, false if an existing one was updated
     */
    bool Register(Ipv6Address home,
                  Ipv6Address careOf,
                  uint16_t sequence,
                  Time lifetime,
                  Time now,
                  bool homeRegistration);

    /**
     * \brief Look a binding up by home address.
     * \param home the key address
     * \return the entry, or nullptr; valid until the next non-const call
     */
    const Entry* Find(Ipv6Address home) const;

    /**
     * \brief All bindings whose care-of address is the given one.
     * \param careOf a care-of address
     * \return copies of the matching entries, in ascending home address order
     */
    std::vector<Entry> FindByCareOf(Ipv6Address careOf) const;

    /**
     * \brief Delete a binding.
     * \param home the key address
     * \return true if there was an entry to delete
     */
    bool Remove(Ipv6Address home);

    /**
     * \brief Delete every binding whose expiry is at or before now.
     * \param now the current time
     * \return the deleted entries, soonest expiry first
     */
    std::vector<Entry> RemoveExpired(Time now);

    /**
     * \brief The earliest expiry in the cache, for the caller's single lifetime timer.
     * \return the earliest expiry, or nothing if the cache is empty
     */
    std::optional<Time> NextExpiry() const;

    /**
     * \brief Record that a binding was used to send a packet (RFC 6275 9.1 usage
     *        information).
     * \param home the key address
     * \param now the current time
     * \return true if there is such an entry
     */
    bool MarkUsed(Ipv6Address home, Time now);

    /**
     * \brief The sequence number check of RFC 6275 9.5.1 (draft 4.2.1 for the MS).
     * \param home the key address of the update
     * \param sequence the sequence number of the update
     * \return true if there is no entry for home, or if sequence is newer than the
     *         entry's modulo 2^16 (MobilitySequenceNumber::IsNewer)
     */
    bool IsSequenceAcceptable(Ipv6Address home, uint16_t sequence) const;

    /**
     * \return the number of bindings
     */
    std::size_t Size() const;

    /**
     * \return whether the cache holds no binding
     */
    bool IsEmpty() const;

    /**
     * \brief Delete every binding.
     */
    void Clear();

    /**
     * \brief Visit every binding, soonest expiry first.
     * \param visit called once per entry; must not modify the cache
     */
    void ForEach(const std::function<void(const Entry&)>& visit) const;

    /**
     * \return copies of every binding, soonest expiry first
     */
    std::vector<Entry> GetEntries() const;

  private:
    /// Tag of the home address index.
    struct ByHome
    {
    };

    /// Tag of the care-of address index.
    struct ByCareOf
    {
    };

    /// Tag of the expiry index.
    struct ByExpiry
    {
    };

    /// The three-index container.
    using Container = boost::multi_index_container<
        Entry,
        boost::multi_index::indexed_by<
            boost::multi_index::hashed_unique<
                boost::multi_index::tag<ByHome>,
                boost::multi_index::member<Entry, Ipv6Address, &Entry::homeAddress>,
                Ipv6AddressHash>,
            boost::multi_index::hashed_non_unique<
                boost::multi_index::tag<ByCareOf>,
                boost::multi_index::member<Entry, Ipv6Address, &Entry::careOfAddress>,
                Ipv6AddressHash>,
            boost::multi_index::ordered_non_unique<
                boost::multi_index::tag<ByExpiry>,
                boost::multi_index::member<Entry, Time, &Entry::expiry>>>>;

    Container m_entries; //!< the bindings
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_CACHE_H */
