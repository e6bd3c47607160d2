// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRAR_H
#define HMIPV6_REGISTRAR_H

#include "ns3/binding-cache.h"
#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/type-id.h"
#include "ns3/uinteger.h"

#include <cstdint>
#include <map>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief One registration as a role hands it to its Registrar, after the checks that
 *        are the role's own (authentication, home subnet, H flag, message kind).
 */
struct Registration
{
    Ipv6Address key;              //!< the cache key: home address, or the MS's GCoA
    Ipv6Address home;             //!< the home address (the key but at an MS)
    Ipv6Address careOf;           //!< where packets for the key go
    uint16_t sequence{0};         //!< the sequence number
    Time requested;               //!< the requested lifetime
    bool deregistration{false};   //!< lifetime 0, or care-of = home (RFC 6275 9.5.1)
    bool acknowledge{false};      //!< A flag: answer an accepted registration
    bool homeRegistration{false}; //!< H flag, kept in the entry
    bool performDad{false};       //!< DAD before a first binding (RFC 6275 10.3.1)
    bool refresh{false};          //!< only the lifetime restarts (draft 4.3.4)
};

/**
 * \ingroup hmipv6
 * \brief The registration procedure shared by the home agent, the Mobility Server and
 *        the correspondent node: binding cache, sequence numbers, deregistration,
 *        Duplicate Address Detection of a first binding, lifetime, expiry and the
 *        status of the acknowledgement.
 *
 * Submit runs, for a registration the role has already checked:
 * 0. table limits (SetLimits): a registration that would create a binding beyond the
 *    cache limit, or start a DAD beyond the pending limit, is refused with status 130
 *    (insufficient resources, RFC 6275 6.1.8) and Submit says FULL, so that a sender
 *    that floods new keys cannot grow the role's state without bound;
 * 1. sequence number (RFC 6275 9.5.1; draft 4.2.1): not newer than the entry's,
 *    status 135 with the entry's number;
 * 2. deregistration (9.5.3, 10.3.2): a pending DAD for the key is abandoned; the entry
 *    is removed (unbound hook) and the answer is 0, or, with no entry, the
 *    "unknown deregistration" status (133 at a home agent or MS, 0 at a correspondent);
 * 3. a first binding with performDad and a DAD hook (10.3.1; draft 4.3.2): the
 *    registration waits for the result; one newer registration may replace it
 *    meanwhile (an older one is discarded, Submit says STALE); a duplicate is answered
 *    134;
 * 4. accept: GrantLifetime, the cache entry (created or updated), the bound hook, the
 *    expiry timer, the answer 0 with the granted lifetime, then the accepted callback.
 * Errors are always answered; an acceptance only when the A flag asks for it. Answers
 * go through the reply callback given with the registration, so each role builds its
 * own acknowledgement. One timer serves the whole cache; expired entries go through
 * the unbound hook too.
 */
class Registrar
{
  public:
    static constexpr uint32_t DEFAULT_MAX_BINDINGS = 100000; //!< the roles' "MaxBindings"
    static constexpr uint32_t DEFAULT_MAX_PENDING = 1024;    //!< the roles' "MaxPendingDad"

    /// How Submit ended.
    enum Outcome
    {
        ACCEPTED,     //!< bound (or re-bound)
        DEREGISTERED, //!< the binding was removed, or there was none
        PENDING,      //!< waiting for DAD
        REFUSED,      //!< answered with an error status
        STALE,        //!< not newer than the registration waiting for DAD: discarded
        FULL,         //!< refused (130): a table is at its limit
    };

    /// Why a binding ended.
    enum Ending
    {
        REMOVED, //!< deregistered, or removed by the role
        EXPIRED, //!< its lifetime ran out
    };

    /// Answer a registration: status, sequence number, granted lifetime.
    typedef Callback<void, uint8_t, uint16_t, Time> ReplyCallback;
    /// After the answer to an accepted registration: the granted lifetime.
    typedef Callback<void, Time> AcceptedCallback;
    /// The result of a DAD: the key, and whether it is unique.
    typedef Callback<void, Ipv6Address, bool> DadResultCallback;
    /// Start the DAD of a key; call the result callback when it ends.
    typedef Callback<void, Ipv6Address, DadResultCallback> DadCallback;
    /// A registration was bound: the registration, its entry, whether it is new.
    typedef Callback<void, const Registration&, const hmipv6::BindingCache::Entry&, bool>
        BoundCallback;
    /// A binding ended: the entry, and why.
    typedef Callback<void, const hmipv6::BindingCache::Entry&, Ending> UnboundCallback;

    Registrar();
    ~Registrar();

    Registrar(const Registrar&) = delete;
    Registrar& operator=(const Registrar&) = delete;

    /**
     * \param max the longest lifetime granted (at least one Lifetime unit)
     */
    void SetMaxLifetime(Time max);
    /**
     * \brief Bound the tables.
     * \param maxBindings most bindings (those waiting for DAD count too)
     * \param maxPending most registrations waiting for DAD at once
     */
    void SetLimits(std::size_t maxBindings, std::size_t maxPending);
    /**
     * \param status the answer to a deregistration of a key without binding
     */
    void SetUnknownDeregistrationStatus(uint8_t status);
    /**
     * \param dad how the role runs DAD (null: never)
     * \param cancel how it withdraws from a DAD nobody waits for any more (abandoned,
     *        stopped), given the result callback that dad got (null: DADs run to the end)
     */
    void SetDadCallback(DadCallback dad, DadCallback cancel = DadCallback());
    /**
     * \param bound called for every accepted registration
     */
    void SetBoundCallback(BoundCallback bound);
    /**
     * \param unbound called for every binding that ends
     */
    void SetUnboundCallback(UnboundCallback unbound);

    /**
     * \brief Run a registration (see the class documentation).
     * \param registration the registration
     * \param reply how to answer it
     * \param accepted called after the answer if it is bound (may be null)
     * \return how it ended
     */
    Outcome Submit(const Registration& registration,
                   ReplyCallback reply,
                   AcceptedCallback accepted = AcceptedCallback());

    /**
     * \brief Point a binding somewhere else without a registration (the draft's
     *        forwarding after a Handoff Request, 4.3.5): no hook, no answer.
     * \param key the key (it must be bound)
     * \param careOf the new care-of address
     * \param sequence the sequence number that moved it
     * \param requested the requested lifetime (granted by the same rule)
     * \return the granted lifetime
     */
    Time Rebind(Ipv6Address key, Ipv6Address careOf, uint16_t sequence, Time requested);

    /**
     * \brief End a binding (unbound hook, REMOVED) and abandon a DAD for the key.
     * \param key the key
     * \return whether there was a binding
     */
    bool Remove(Ipv6Address key);

    /**
     * \brief Abandon the registration waiting for the DAD of a key, if any; its
     *        binding, if any, stays.
     * \param key the key
     * \return whether one was waiting
     */
    bool Abandon(Ipv6Address key);

    /**
     * \brief The registration waiting for the DAD of a key.
     * \param key the key
     * \return it, or null
     */
    const Registration* FindPending(Ipv6Address key) const;

    /**
     * \brief Number of registrations waiting for DAD.
     * \return the count
     */
    std::size_t GetNPending() const;

    /// Stop: the expiry timer and the pending DADs are dropped (and withdrawn from); the
    /// bindings stay.
    void Stop();
    /// Start again: the expiry timer runs for the bindings kept.
    void Start();
    /// Forget everything (the role is disposed).
    void Clear();

    /**
     * \return the binding cache
     */
    const hmipv6::BindingCache& GetCache() const;
    /**
     * \brief The cache, for usage information (BindingCache::MarkUsed) only.
     * \return the binding cache
     */
    hmipv6::BindingCache& GetCache();

  private:
    /// A registration waiting for DAD.
    struct Pending
    {
        Registration registration; //!< the newest one
        ReplyCallback reply;       //!< its answer
        AcceptedCallback accepted; //!< after the answer
    };

    /**
     * \brief Answer an error.
     * \param reply the answer
     * \param status the status
     * \param sequence the sequence number
     * \return REFUSED
     */
    static Outcome Refuse(const ReplyCallback& reply, uint8_t status, uint16_t sequence);
    /**
     * \brief Bind a registration.
     * \param registration the registration
     * \param reply its answer
     * \param accepted after the answer
     */
    void Accept(const Registration& registration,
                const ReplyCallback& reply,
                const AcceptedCallback& accepted);
    /**
     * \brief A DAD ended.
     * \param key the key
     * \param unique whether nobody else has it
     */
    void DadDone(Ipv6Address key, bool unique);
    /**
     * \brief Forget the registration waiting for a key's DAD and withdraw from the DAD.
     * \param key the key
     * \return whether one was waiting
     */
    bool Withdraw(Ipv6Address key);
    /**
     * \brief Remove an entry and tell the role.
     * \param key the key
     * \param ending why
     * \return whether there was an entry
     */
    bool Unbind(Ipv6Address key, Ending ending);
    /// Remove what expired.
    void Expire();
    /// Arm the timer at the earliest expiry.
    void ScheduleExpiry();

    hmipv6::BindingCache m_cache;             //!< the bindings
    std::map<Ipv6Address, Pending> m_pending; //!< waiting for DAD, by key
    Time m_maxLifetime;                       //!< see SetMaxLifetime
    uint8_t m_unknownDeregistration;          //!< see SetUnknownDeregistrationStatus
    DadCallback m_dad;                        //!< see SetDadCallback
    DadCallback m_cancelDad;                  //!< see SetDadCallback
    BoundCallback m_bound;                    //!< see SetBoundCallback
    UnboundCallback m_unbound;                //!< see SetUnboundCallback
    EventId m_expiryEvent;                    //!< the expiry timer
    bool m_running;                           //!< between Start and Stop
    std::size_t m_maxBindings;                //!< see SetLimits
    std::size_t m_maxPending;                 //!< see SetLimits
};

/**
 * \ingroup hmipv6
 * \brief Add the registrar's table limits as attributes of a role: "MaxBindings" and,
 *        if the role runs DAD, "MaxPendingDad" (see Registrar::SetLimits).
 * \tparam T the role
 * \param tid the role's TypeId being built
 * \param maxBindings the member behind "MaxBindings"
 * \param maxPendingDad the member behind "MaxPendingDad" (null: no such attribute)
 * \return the TypeId
 */
template <class T>
TypeId
AddRegistrarLimits(TypeId tid, uint32_t T::*maxBindings, uint32_t T::*maxPendingDad = nullptr)
{
    tid.AddAttribute("MaxBindings",
                     "Most bindings kept (those waiting for DAD included); a registration "
                     "that needs one more is refused with status 130 (insufficient "
                     "resources, RFC 6275 6.1.8) and counted as a TABLE_FULL drop.",
                     UintegerValue(Registrar::DEFAULT_MAX_BINDINGS),
                     MakeUintegerAccessor(maxBindings),
                     MakeUintegerChecker<uint32_t>(1));
    if (maxPendingDad)
    {
        tid.AddAttribute("MaxPendingDad",
                         "Most registrations waiting for Duplicate Address Detection at "
                         "once; one more is refused as for MaxBindings.",
                         UintegerValue(Registrar::DEFAULT_MAX_PENDING),
                         MakeUintegerAccessor(maxPendingDad),
                         MakeUintegerChecker<uint32_t>(1));
    }
    return tid;
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_REGISTRAR_H */
