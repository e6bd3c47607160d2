// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_SERVER_LIST_H
#define HMIPV6_MOBILITY_SERVER_LIST_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief What an access router knows of the Mobility Servers of its area (draft 3: "one
 *        or several" per Mobility Network, 4.1, 4.3.1), and the one it advertises.
 *
 * Mobility Information is taken only from trusted senders (Trust); each sender has one
 * entry, the MS and prefix length of its last Mobility Information, which a withdrawal
 * (Forget) or its expiry removes. The number of entries is bounded by the number of
 * trusted senders. The advertised entry is a stable choice: the highest preference
 * (given with the trust), then the lowest MS address, then the lowest sender; it changes
 * only when the set of entries does, so hosts are not made to register again while the
 * same servers keep speaking. A permanent entry (SetPermanent) stands for an MS
 * configured by hand, with preference 0. Simulator-free: times are given by the caller.
 */
class MobilityServerList
{
  public:
    /// One sender's information.
    struct Entry
    {
        Ipv6Address sender;         //!< who sent it (:: for the permanent entry)
        Ipv6Address ms;             //!< the MS it names
        uint8_t prefixLength;       //!< its Mobility Network prefix length
        uint8_t preference;         //!< the sender's preference
        std::optional<Time> expiry; //!< when it ends (none: never)
    };

    /**
     * \brief Trust a sender of Mobility Information.
     * \param sender its address (the packets' IPv6 source)
     * \param preference higher wins the choice
     */
    void Trust(Ipv6Address sender, uint8_t preference);
    /**
     * \brief Whether a sender is trusted.
     * \param sender its address
     * \return true if Trust was called for it
     */
    bool IsTrusted(Ipv6Address sender) const;
    /**
     * \brief The trusted senders.
     * \return them with their preference
     */
    const std::map<Ipv6Address, uint8_t>& GetTrusted() const;
    /**
     * \brief Record a trusted sender's Mobility Information, replacing its last one.
     * \param sender the sender
     * \param ms the MS it names (not ::)
     * \param prefixLength the Mobility Network prefix length (not 0)
     * \param expiry when it ends (none: never)
     * \return false (and nothing recorded) if the sender is not trusted
     */
    bool Learn(Ipv6Address sender,
               Ipv6Address ms,
               uint8_t prefixLength,
               std::optional<Time> expiry);
    /**
     * \brief Set or clear the permanent entry.
     * \param ms the configured MS (:: clears it)
     * \param prefixLength its prefix length (0 clears it)
     */
    void SetPermanent(Ipv6Address ms, uint8_t prefixLength);
    /**
     * \brief Remove a sender's entry (its withdrawal, draft 4.1).
     * \param sender the sender
     * \return whether it had one
     */
    bool Forget(Ipv6Address sender);
    /**
     * \brief Remove the entries whose expiry is at or before a time.
     * \param now the time
     * \return the removed entries
     */
    std::vector<Entry> RemoveExpired(Time now);
    /**
     * \brief The earliest expiry.
     * \return it, or nothing if no entry expires
     */
    std::optional<Time> NextExpiry() const;
    /**
     * \brief The entry to advertise.
     * \return it, or null if there is none
     */
    const Entry* GetChosen() const;
    /**
     * \brief The number of entries.
     * \return it
     */
    std::size_t GetN() const;
    /// Remove every entry (the trust stays).
    void Clear();
    /**
     * \brief Replay protection of a trusted sender's authenticated messages (RFC 4285 6's
     *        timestamps): take a timestamp only if it is newer than the last one taken.
     * \param sender the sender
     * \param timestamp the message's timestamp
     * \return false (nothing recorded) if the sender is not trusted or the timestamp is
     *         not newer
     */
    bool AcceptTimestamp(Ipv6Address sender, uint64_t timestamp);

  private:
    std::map<Ipv6Address, uint8_t> m_trusted;     //!< senders and their preference
    std::map<Ipv6Address, Entry> m_entries;       //!< by sender
    std::map<Ipv6Address, uint64_t> m_timestamps; //!< last taken, by trusted sender
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_SERVER_LIST_H */
