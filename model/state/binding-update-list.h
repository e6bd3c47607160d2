// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_UPDATE_LIST_H
#define HMIPV6_BINDING_UPDATE_LIST_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"

#include <cstddef>
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
 * \brief The mobile node's Binding Update List (RFC 6275 11.1), with the retransmission
 *        rules of 11.7.1 and 11.8 and the constants of sections 12 and 13.
 *
 * One entry per destination: the home agent, each correspondent node and the draft's
 * mobility server (whose Registration Request, Update and Refresh are acknowledged the
 * Mobile IPv6 way, draft 4.2). Plain state: the caller passes the current time, sends the
 * messages and runs the timers; this class says what to send and when.
 *
 * Decisions the RFC leaves open, documented here:
 *  - a retransmission carries a new sequence number (OnRetransmit increments it), so a
 *    retransmission that crosses a lost Binding Acknowledgement is not rejected as out of
 *    window (9.5.1); only the newest number is matched by OnAck;
 *  - the binding's expiry counts from the transmission that was acknowledged (11.7.3:
 *    a shorter granted lifetime is subtracted from the lifetime that started when the
 *    update was sent), so the list never outlives the peer's cache entry;
 *  - a refresh is due after a fraction (RefreshFraction, default 0.75) of the granted
 *    lifetime; RFC 6275 does not fix the moment.
 */
class BindingUpdateList
{
  public:
    /// INITIAL_BINDACK_TIMEOUT (RFC 6275 12), in seconds.
    static constexpr uint32_t INITIAL_BINDACK_TIMEOUT = 1;
    /// MAX_BINDACK_TIMEOUT (RFC 6275 12), in seconds.
    static constexpr uint32_t MAX_BINDACK_TIMEOUT = 32;
    /// Default of InitialBindackTimeoutFirstReg (RFC 6275 13), in milliseconds.
    static constexpr uint32_t DEFAULT_INITIAL_BINDACK_TIMEOUT_FIRST_REG_MS = 1500;
    /// Default fraction of the granted lifetime after which a refresh is due.
    static constexpr double DEFAULT_REFRESH_FRACTION = 0.75;
    /// Sequence number of the first update to a new destination (draft 4.2.1: "1").
    static constexpr uint16_t DEFAULT_FIRST_SEQUENCE = 1;

    /**
     * \brief One destination's state (RFC 6275 11.1).
     */
    struct Entry
    {
        Ipv6Address destination;       //!< the home agent, correspondent or MS
        Ipv6Address homeAddress;       //!< home address of the binding
        Ipv6Address careOfAddress;     //!< care-of address of the last update
        uint16_t lastSequence{0};      //!< sequence number of the last update sent
        Time requestedLifetime;        //!< lifetime asked for in the last update
        Time sentAt;                   //!< when the last (re)transmission was sent
        Time retransmitTimeout;        //!< current retransmission timeout (11.8)
        uint32_t retransmissions{0};   //!< retransmissions of the last update
        bool awaitingAck{false};       //!< an update is outstanding (no matching ack yet)
        bool acked{false};             //!< the last update was accepted (status < 128)
        uint8_t lastStatus{0};         //!< Status of the last matching acknowledgement
        Time ackedAt;                  //!< when the last matching acknowledgement came
        Time grantedLifetime;          //!< lifetime granted by the last accepting ack
        Time expiry;                   //!< end of the binding the destination holds
        bool homeRegistration{false};  //!< H flag of the last update
        bool firstRegistration{false}; //!< the last update was a first home registration
    };

    /// An empty list with the timeouts of RFC 6275 12 and 13 and DEFAULT_REFRESH_FRACTION.
    BindingUpdateList();

    /**
     * \brief Start a new Binding Update (or draft registration) to a destination.
     *
     * Creates the entry if needed, takes the next sequence number modulo 2^16 (or the
     * given one), clears the retransmission state and sets the initial timeout:
     * InitialBindackTimeoutFirstReg for a first home registration (no binding accepted
     * and unexpired at the home agent, 11.7.1), INITIAL_BINDACK_TIMEOUT otherwise. The
     * expiry of a binding already held by the destination is kept until a new ack.
     * \param destination where the update goes
     * \param home the home address
     * \param careOf the care-of address (the home address when deregistering)
     * \param lifetime the requested lifetime (zero to deregister)
     * \param now the time the update is sent
     * \param homeRegistration whether it is a home registration (H flag)
     * \param sequence a sequence number to use instead of the next one (e.g. draft
     *        4.2.1: keep counting across mobility servers); nothing for the next one
     * \return the entry, valid until the entry is removed
     */
    Entry& PrepareUpdate(Ipv6Address destination,
                         Ipv6Address home,
                         Ipv6Address careOf,
                         Time lifetime,
                         Time now,
                         bool homeRegistration,
                         std::optional<uint16_t> sequence = std::nullopt);

    /**
     * \brief Process a Binding Acknowledgement (RFC 6275 11.7.3).
     *
     * Matches only the outstanding update with the same sequence number. An accepting
     * status (< 128) sets acked and expiry = sentAt + min(granted, requested); a
     * rejecting status leaves the entry unacked. Either way the update is no longer
     * outstanding, and lastStatus and ackedAt record the answer. Status 135 carries the
     * destination's last accepted number instead of ours and so does not match: the
     * caller uses SetLastSequence and sends again.
     * \param destination the sender of the acknowledgement
     * \param sequence its Sequence Number
     * \param status its Status
     * \param grantedLifetime its Lifetime
     * \param now the time it arrived
     * \return true if it matched the outstanding update
     */
    bool OnAck(Ipv6Address destination,
               uint16_t sequence,
               uint8_t status,
               Time grantedLifetime,
               Time now);

    /**
     * \brief When the outstanding update should be retransmitted.
     * \param destination the destination
     * \return sentAt + retransmitTimeout, or nothing if no update is outstanding
     */
    std::optional<Time> NextRetransmission(Ipv6Address destination) const;

    /**
     * \brief Record a retransmission (RFC 6275 11.8): doubles the timeout up to
     *        MaxBindackTimeout, counts it, takes the next sequence number, sentAt = now.
     * \param destination the destination
     * \param now the time of the retransmission
     * \return the entry to build the message from, or nullptr if no update is outstanding
     */
    Entry* OnRetransmit(Ipv6Address destination, Time now);

    /**
     * \brief Whether the exponential back-off has run out (RFC 6275 11.8).
     *
     * True once the timeout has reached MaxBindackTimeout, i.e. doubling it again would
     * exceed the maximum. RFC 6275 lets the mobile node go on at that rate; the draft
     * (4.2) wants the mobile node to fall back to plain Mobile IPv6 when the mobility
     * server does not answer. The caller decides.
     * \param destination the destination
     * \return true if an update is outstanding and its timeout is at the maximum
     */
    bool ShouldGiveUp(Ipv6Address destination) const;

    /**
     * \brief When to refresh an accepted binding: expiry - (1 - RefreshFraction) *
     *        granted lifetime.
     * \param destination the destination
     * \return the refresh time, or nothing if there is no accepted binding with a
     *         non-zero lifetime or an update is outstanding
     */
    std::optional<Time> RefreshTime(Ipv6Address destination) const;

    /**
     * \brief Overwrite the last sequence number sent, e.g. with the one a Binding
     *        Acknowledgement with status 135 reports (RFC 6275 11.7.3).
     * \param destination the destination
     * \param sequence the next update or retransmission will use sequence + 1
     * \return true if there is an entry for destination
     */
    bool SetLastSequence(Ipv6Address destination, uint16_t sequence);

    /**
     * \brief Look a destination up.
     * \param destination the destination
     * \return the entry, or nullptr
     */
    const Entry* Find(Ipv6Address destination) const;

    /**
     * \brief Look a destination up, for changes.
     * \param destination the destination
     * \return the entry, or nullptr
     */
    Entry* Find(Ipv6Address destination);

    /**
     * \brief Delete a destination's entry.
     * \param destination the destination
     * \return true if there was one
     */
    bool Remove(Ipv6Address destination);

    /**
     * \return copies of all entries, in ascending destination order
     */
    std::vector<Entry> GetEntries() const;

    /**
     * \return the number of entries
     */
    std::size_t Size() const;

    /**
     * \param timeout InitialBindackTimeoutFirstReg (RFC 6275 13); positive
     */
    void SetInitialBindackTimeoutFirstReg(Time timeout);

    /**
     * \return InitialBindackTimeoutFirstReg
     */
    Time GetInitialBindackTimeoutFirstReg() const;

    /**
     * \param timeout the initial timeout of other updates (INITIAL_BINDACK_TIMEOUT by
     *        default); positive
     */
    void SetInitialBindackTimeout(Time timeout);

    /**
     * \return the initial timeout of updates other than first home registrations
     */
    Time GetInitialBindackTimeout() const;

    /**
     * \param timeout the cap of the back-off (MAX_BINDACK_TIMEOUT by default); positive
     */
    void SetMaxBindackTimeout(Time timeout);

    /**
     * \return the cap of the back-off
     */
    Time GetMaxBindackTimeout() const;

    /**
     * \param fraction part of the granted lifetime after which to refresh, in (0, 1]
     */
    void SetRefreshFraction(double fraction);

    /**
     * \return the refresh fraction
     */
    double GetRefreshFraction() const;

  private:
    std::map<Ipv6Address, Entry> m_entries; //!< by destination; ordered for reproducibility
    Time m_initialBindackTimeoutFirstReg;   //!< RFC 6275 13
    Time m_initialBindackTimeout;           //!< RFC 6275 12
    Time m_maxBindackTimeout;               //!< RFC 6275 12
    double m_refreshFraction;               //!< see SetRefreshFraction
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_UPDATE_LIST_H */
