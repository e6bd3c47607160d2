// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_KEY_CHAIN_H
#define HMIPV6_KEY_CHAIN_H

#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/object.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A mobility security association (RFC 4285 5.1): an SPI and a shared key. The
 *        algorithm is HMAC-SHA-256 truncated to 128 bits (RFC 4868 2.6's truncation).
 */
struct SecurityAssociation
{
    static constexpr uint32_t KEY_LENGTH = 32; //!< octets of key

    uint32_t spi{0};                       //!< Mobility SPI (RFC 4285: 0 to 255 reserved)
    std::array<uint8_t, KEY_LENGTH> key{}; //!< the shared key
};

/**
 * \ingroup hmipv6
 * \brief The keys of one node: the security associations it shares with its peers, and
 *        the one authenticator they compute.
 *
 * Draft 5.2 says every registration message between host and Mobility Server, and the
 * Handoff Request between Mobility Servers, MUST be authenticated, with keys that are
 * pre-installed or come from AAA. Each association has a scope and the two addresses
 * that name it:
 *  - MH_MS: a host and a domain (home address, Mobility Network prefix) (5.2.1);
 *  - MS_MS: two Mobility Servers (their addresses, in either order) (5.2.2);
 *  - MS_ROUTER: a Mobility Server and a router it sends Mobility Information to;
 *  - MN_HA: a host and its home agent (home address, home agent address).
 *
 * An association installed with Install() is used as it is. Otherwise, when "Seed" is
 * not empty, it is derived from the seed: key = HMAC-SHA-256(seed, scope | a | b) and
 * SPI = 256 + (the first 32 bits of HMAC-SHA-256(seed, "spi" | scope | a | b) modulo
 * 2^32 - 256). This stands for pre-installed keys: every node configured with the same
 * seed shares an association with every peer, so a scenario is authenticated without
 * any setup, and a node with another seed (an attacker, or a host without an account
 * in a domain) shares none. Nothing is kept per peer, so a Mobility Server's state does
 * not grow with the number of hosts that may visit.
 *
 * One key chain serves every role of a node: it is aggregated to the node (For()), so
 * that a study configures it with Config paths
 * ("/NodeList/3/$ns3::hmipv6::KeyChain/Seed") or Config::SetDefault for every node.
 *
 * "RequireAuthentication" (default true, as the draft requires) turns the whole
 * mechanism off when false, so that a study can measure what authentication costs:
 * senders then add no authenticator and receivers check none.
 */
class KeyChain : public Object
{
  public:
    /// What an association is for.
    enum Scope
    {
        MH_MS,     //!< host and domain: (home address, Mobility Network prefix)
        MS_MS,     //!< two Mobility Servers
        MS_ROUTER, //!< Mobility Server and router: (MS, router)
        MN_HA,     //!< host and home agent: (home address, home agent)
    };

    static constexpr uint8_t DEFAULT_AUTH_SUB_OPTION_TYPE = 104;      //!< "AuthSubOptionType"
    static constexpr uint8_t DEFAULT_TIMESTAMP_SUB_OPTION_TYPE = 105; //!< its timestamp's
    static constexpr uint32_t AUTHENTICATOR_LENGTH = 16;              //!< octets
    using Authenticator = std::array<uint8_t, AUTHENTICATOR_LENGTH>;  //!< a MAC

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    KeyChain();
    ~KeyChain() override;

    /**
     * \brief The key chain of a node: the one aggregated to it, or a new one (with the
     *        attributes' defaults) aggregated now.
     * \param node the node
     * \return its key chain
     */
    static Ptr<KeyChain> For(Ptr<Node> node);

    /**
     * \brief Whether messages are authenticated ("RequireAuthentication").
     * \return true if senders sign and receivers refuse what does not verify
     */
    bool IsRequired() const;

    /**
     * \brief Set "RequireAuthentication".
     * \param required whether messages are authenticated
     */
    void SetRequired(bool required);

    /**
     * \brief The sub-option type of the authentication sub-option ("AuthSubOptionType").
     * \return the type
     */
    uint8_t GetAuthSubOptionType() const;

    /**
     * \brief The sub-option type of Mobility Information's timestamp sub-option
     *        ("TimestampSubOptionType").
     * \return the type
     */
    uint8_t GetTimestampSubOptionType() const;

    /**
     * \brief How far a timestamp may be from the receiver's clock ("ReplayWindow").
     * \return the window
     */
    Time GetReplayWindow() const;

    /**
     * \brief Whether a timestamped message is fresh: its time within "ReplayWindow" of
     *        the receiver's clock (RFC 4285 6).
     * \param sent the time its timestamp stands for
     * \return true if fresh
     */
    bool IsFresh(Time sent) const;

    /**
     * \brief Install an association, replacing the derived one for that peer.
     * \param scope what it is for
     * \param a the first address that names it (see the class description)
     * \param b the second address
     * \param association the SPI (not 0 to 255) and key
     */
    void Install(Scope scope, Ipv6Address a, Ipv6Address b, const SecurityAssociation& association);

    /**
     * \brief Remove an installed association; the derived one is used again, if any.
     * \param scope what it is for
     * \param a the first address
     * \param b the second address
     */
    void Uninstall(Scope scope, Ipv6Address a, Ipv6Address b);

    /**
     * \brief The association with a peer.
     * \param scope what it is for
     * \param a the first address (for MH_MS the home address, the prefix masked)
     * \param b the second address
     * \return the installed or derived association, or none
     */
    std::optional<SecurityAssociation> Find(Scope scope, Ipv6Address a, Ipv6Address b) const;

    /**
     * \brief The authenticator of a message: First(128, HMAC-SHA-256(key, source |
     *        destination | octets)), with the authenticator's octets read as zero.
     * \param association the association
     * \param source the IPv6 source
     * \param destination the IPv6 destination
     * \param octets the message as sent (its authenticator field may hold anything)
     * \param authenticatorOffset where the authenticator field starts in \p octets
     * \return the authenticator
     */
    static Authenticator Compute(const SecurityAssociation& association,
                                 Ipv6Address source,
                                 Ipv6Address destination,
                                 std::vector<uint8_t> octets,
                                 uint32_t authenticatorOffset);

    /**
     * \brief Whether a message's authenticator verifies (compared in constant time).
     * \param association the association
     * \param source the IPv6 source
     * \param destination the IPv6 destination
     * \param octets the message as received
     * \param authenticatorOffset where the authenticator starts in \p octets
     * \return false also when the authenticator does not fit in \p octets
     */
    static bool Verify(const SecurityAssociation& association,
                       Ipv6Address source,
                       Ipv6Address destination,
                       const std::vector<uint8_t>& octets,
                       uint32_t authenticatorOffset);

  private:
    /// (scope, a, b) with the order of an MS_MS pair made canonical.
    using Name = std::tuple<Scope, Ipv6Address, Ipv6Address>;
    /**
     * \param scope what it is for \param a the first address \param b the second
     * \return the canonical name
     */
    static Name MakeName(Scope scope, Ipv6Address a, Ipv6Address b);

    bool m_required;                                 //!< "RequireAuthentication"
    Time m_replayWindow;                             //!< "ReplayWindow"
    uint8_t m_authSubOptionType;                     //!< "AuthSubOptionType"
    uint8_t m_timestampSubOptionType;                //!< "TimestampSubOptionType"
    std::string m_seed;                              //!< "Seed"
    std::map<Name, SecurityAssociation> m_installed; //!< installed associations
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_KEY_CHAIN_H */
