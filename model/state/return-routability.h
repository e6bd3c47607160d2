// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_RETURN_ROUTABILITY_H
#define HMIPV6_RETURN_ROUTABILITY_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace ns3
{

class UniformRandomVariable;

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The cryptography of return routability (RFC 6275 5.2), on OpenSSL's libcrypto.
 *
 * Static functions only, with '|' meaning concatenation and First(n, x) the first n bits
 * of x:
 *  - home keygen token    = First(64, HMAC_SHA1(Kcn, home address | nonce | 0))  (5.2.5)
 *  - care-of keygen token = First(64, HMAC_SHA1(Kcn, care-of address | nonce | 1))
 *    where 0 and 1 are single octets;
 *  - Kbm = SHA1(home keygen token | care-of keygen token), or SHA1(home keygen token)
 *    when deregistering (5.2.5);
 *  - Authenticator = First(96, HMAC_SHA1(Kbm, care-of address | correspondent | MH Data))
 *    (5.2.6, 6.2.7).
 *
 * MH Data (6.2.7) is the whole Mobility Header (Binding Update or Acknowledgement), from
 * Payload Proto to the end of the last option, with two changes: the Checksum field reads
 * zero, and the Authenticator field itself is left out. The Binding Authorization Data
 * option is the last option and its 8n+2 alignment makes it end the header, so MH Data is
 * the header minus its last AUTHENTICATOR_LENGTH octets; the option's Type and Length
 * octets and the Header Len field (which counts the authenticator) are covered.
 * MhDataForAuthenticator() builds it from serialized octets. The care-of address is the
 * one being registered (the Alternate Care-of Address option if present, else the source
 * address), or the home address when deregistering; the correspondent is the
 * correspondent node's address (its home address if it is itself mobile). The checksum
 * sent is computed afterwards, over the header with the authenticator in place.
 */
class ReturnRoutability
{
  public:
    using Key = std::array<uint8_t, 20>;    //!< Kcn or Kbm: 20 octets (5.2.1, 5.2.5)
    using Nonce = std::array<uint8_t, 8>;   //!< a correspondent's nonce (64 bits, 5.2.2)
    using Token = std::array<uint8_t, 8>;   //!< a keygen token (64 bits, 5.2.5)
    using Digest = std::array<uint8_t, 20>; //!< a SHA1 or HMAC_SHA1 result

    /// Octets of the authenticator: First(96, ...) (RFC 6275 5.2.6).
    static constexpr std::size_t AUTHENTICATOR_LENGTH = 12;
    /// Offset of the Checksum field in a Mobility Header (RFC 6275 6.1.1).
    static constexpr std::size_t CHECKSUM_OFFSET = 4;
    /// MAX_NONCE_LIFETIME (RFC 6275 12), in seconds.
    static constexpr uint32_t MAX_NONCE_LIFETIME = 240;
    /// MAX_TOKEN_LIFETIME (RFC 6275 12), in seconds.
    static constexpr uint32_t MAX_TOKEN_LIFETIME = 210;
    /// MAX_RR_BINDING_LIFETIME (RFC 6275 12), in seconds.
    static constexpr uint32_t MAX_RR_BINDING_LIFETIME = 420;

    /**
     * \brief HMAC_SHA1 (RFC 2104) through OpenSSL's one-shot HMAC().
     * \param key the key octets
     * \param keyLength the number of key octets
     * \param data the message
     * \return the 20-octet MAC
     */
    static Digest HmacSha1(const uint8_t* key,
                           std::size_t keyLength,
                           const std::vector<uint8_t>& data);

    /**
     * \brief SHA1 (FIPS 180) through OpenSSL's one-shot SHA1().
     * \param data the message
     * \return the 20-octet digest
     */
    static Digest Sha1(const std::vector<uint8_t>& data);

    /**
     * \brief The home keygen token a correspondent sends in a Home Test (5.2.5).
     * \param kcn the correspondent's node key
     * \param home the mobile node's home address (source of the Home Test Init)
     * \param nonce the nonce the Home Nonce Index names
     * \return First(64, HMAC_SHA1(Kcn, home | nonce | 0x00))
     */
    static Token HomeKeygenToken(const Key& kcn, Ipv6Address home, const Nonce& nonce);

    /**
     * \brief The care-of keygen token a correspondent sends in a Care-of Test (5.2.5).
     * \param kcn the correspondent's node key
     * \param careOf the care-of address (source of the Care-of Test Init)
     * \param nonce the nonce the Care-of Nonce Index names
     * \return First(64, HMAC_SHA1(Kcn, careOf | nonce | 0x01))
     */
    static Token CareOfKeygenToken(const Key& kcn, Ipv6Address careOf, const Nonce& nonce);

    /**
     * \brief The binding management key of a registration (5.2.5).
     * \param homeToken the home keygen token
     * \param careOfToken the care-of keygen token
     * \return SHA1(homeToken | careOfToken)
     */
    static Key Kbm(const Token& homeToken, const Token& careOfToken);

    /**
     * \brief The binding management key of a deregistration (5.2.5): the mobile node is
     *        at home and has no care-of keygen token.
     * \param homeToken the home keygen token
     * \return SHA1(homeToken)
     */
    static Key Kbm(const Token& homeToken);

    /**
     * \brief The Binding Authorization Data authenticator (5.2.6, 6.2.7).
     * \param kbm the binding management key
     * \param careOf the care-of address registered (the home address to deregister)
     * \param correspondent the correspondent node's address
     * \param mobilityHeaderData MH Data as the class description defines it (see
     *        MhDataForAuthenticator)
     * \return First(96, HMAC_SHA1(Kbm, careOf | correspondent | MH Data)), 12 octets
     */
    static std::vector<uint8_t> Authenticator(const Key& kbm,
                                              Ipv6Address careOf,
                                              Ipv6Address correspondent,
                                              const std::vector<uint8_t>& mobilityHeaderData);

    /**
     * \brief Check a received authenticator, in time independent of where it differs.
     * \param kbm the binding management key
     * \param careOf the care-of address registered (the home address to deregister)
     * \param correspondent the correspondent node's address
     * \param mobilityHeaderData MH Data of the received message
     * \param received the Authenticator field received
     * \return true if received has AUTHENTICATOR_LENGTH octets equal to Authenticator()
     */
    static bool CheckAuthenticator(const Key& kbm,
                                   Ipv6Address careOf,
                                   Ipv6Address correspondent,
                                   const std::vector<uint8_t>& mobilityHeaderData,
                                   const std::vector<uint8_t>& received);

    /**
     * \brief MH Data of a serialized Mobility Header whose last option is the Binding
     *        Authorization Data option (6.2.7): the Checksum zeroed, the trailing
     *        authenticator removed.
     *
     * For sending, serialize with any authenticator value (e.g. zeros), compute the
     * authenticator over this, put it in the option and serialize again with the checksum.
     * \param mobilityHeader the Mobility Header octets, from Payload Proto on
     * \param authenticatorLength the length of the Authenticator field
     * \return the octets to authenticate; empty if the header is shorter than the
     *         checksum field plus the authenticator
     */
    static std::vector<uint8_t> MhDataForAuthenticator(
        const std::vector<uint8_t>& mobilityHeader,
        std::size_t authenticatorLength = AUTHENTICATOR_LENGTH);
};

/**
 * \ingroup hmipv6
 * \brief A correspondent node's return routability secrets: Kcn and the nonce table
 *        (RFC 6275 5.2.1, 5.2.2, 5.2.7).
 *
 * Nonces are made on demand: CurrentNonceIndex() hands out the newest nonce and makes a
 * new one when it is NonceInterval old. A nonce index is accepted while its nonce is at
 * most MaxNonceLifetime old. The defaults follow 5.2.7: a new nonce every
 * MAX_NONCE_LIFETIME - MAX_TOKEN_LIFETIME = 30 s and acceptance for MAX_NONCE_LIFETIME =
 * 240 s after generation, which keeps every token usable at least MAX_TOKEN_LIFETIME
 * after it was sent and never beyond MAX_NONCE_LIFETIME after the nonce's first use.
 * Each nonce remembers the Kcn it was made under, so changing Kcn does not invalidate
 * tokens already sent. Randomness comes from the caller (no global state); indices start
 * at a random value and then count up modulo 2^16.
 */
class CorrespondentSecrets
{
  public:
    using Key = ReturnRoutability::Key;     //!< Kcn or Kbm
    using Nonce = ReturnRoutability::Nonce; //!< a nonce
    using Token = ReturnRoutability::Token; //!< a keygen token

    /// Fills `size` octets at `data` with random values.
    using RandomBytes = std::function<void(uint8_t* data, std::size_t size)>;

    /**
     * \brief Draw Kcn from the random source (5.2.1: made at start-up).
     * \param random the source of Kcn, nonces and the first nonce index
     */
    explicit CorrespondentSecrets(RandomBytes random);

    /**
     * \brief A RandomBytes that draws each octet from an ns-3 random variable, so that
     *        runs are reproducible with the simulator's seed and run number.
     * \param variable a uniform random variable (its bounds are not used)
     * \return the source
     */
    static RandomBytes FromRandomVariable(Ptr<UniformRandomVariable> variable);

    /**
     * \return the node key Kcn in use for new nonces
     */
    const Key& GetKcn() const;

    /**
     * \brief Replace Kcn; the next CurrentNonceIndex() makes a new nonce under it.
     * \param kcn the new key
     */
    void SetKcn(const Key& kcn);

    /**
     * \brief Draw a new Kcn from the random source (as SetKcn).
     */
    void RegenerateKcn();

    /**
     * \brief The nonce index to put in a Home Test or Care-of Test; makes a new nonce if
     *        there is none, if the newest is NonceInterval old or if Kcn changed, and
     *        forgets nonces past MaxNonceLifetime.
     * \param now the current time
     * \return the index of the newest nonce
     */
    uint16_t CurrentNonceIndex(Time now);

    /**
     * \brief Whether a nonce index may still be used (5.2.7).
     * \param index a nonce index from a Binding Update
     * \param now the current time
     * \return true if the index names a nonce made at most MaxNonceLifetime ago
     */
    bool IsNonceIndexValid(uint16_t index, Time now) const;

    /**
     * \brief The nonce an index names.
     * \param index a nonce index
     * \param now the current time
     * \return the nonce, or nothing if the index is not valid
     */
    std::optional<Nonce> GetNonce(uint16_t index, Time now) const;

    /**
     * \brief The home keygen token for a home address and nonce index (5.2.5).
     * \param index the home nonce index
     * \param home the home address
     * \param now the current time
     * \return the token, or nothing if the index is not valid
     */
    std::optional<Token> HomeKeygenToken(uint16_t index, Ipv6Address home, Time now) const;

    /**
     * \brief The care-of keygen token for a care-of address and nonce index (5.2.5).
     * \param index the care-of nonce index
     * \param careOf the care-of address
     * \param now the current time
     * \return the token, or nothing if the index is not valid
     */
    std::optional<Token> CareOfKeygenToken(uint16_t index, Ipv6Address careOf, Time now) const;

    /**
     * \brief Rebuild Kbm from the Nonce Indices option of a Binding Update (9.5.1).
     * \param home the home address
     * \param homeIndex the home nonce index
     * \param careOf the care-of address
     * \param careOfIndex the care-of nonce index
     * \param now the current time
     * \return Kbm, or nothing if either index is not valid (status 136, 137 or 138)
     */
    std::optional<Key> Kbm(Ipv6Address home,
                           uint16_t homeIndex,
                           Ipv6Address careOf,
                           uint16_t careOfIndex,
                           Time now) const;

    /**
     * \brief Rebuild Kbm of a deregistration, which has no care-of token (5.2.5).
     * \param home the home address
     * \param homeIndex the home nonce index (the care-of index is ignored)
     * \param now the current time
     * \return Kbm, or nothing if the index is not valid
     */
    std::optional<Key> DeregistrationKbm(Ipv6Address home, uint16_t homeIndex, Time now) const;

    /**
     * \return the number of nonces remembered (valid or not yet forgotten)
     */
    std::size_t GetNonceCount() const;

    /**
     * \param interval the age at which a new nonce replaces the newest; positive
     */
    void SetNonceInterval(Time interval);

    /**
     * \return the nonce regeneration interval
     */
    Time GetNonceInterval() const;

    /**
     * \param lifetime how long after generation a nonce index is accepted; positive
     */
    void SetMaxNonceLifetime(Time lifetime);

    /**
     * \return the nonce lifetime
     */
    Time GetMaxNonceLifetime() const;

  private:
    /// One nonce of the table.
    struct NonceEntry
    {
        Nonce nonce;      //!< the nonce
        Key kcn;          //!< Kcn when the nonce was made
        Time generatedAt; //!< when the nonce was made
    };

    /**
     * \param index a nonce index
     * \param now the current time
     * \return the entry if the index is valid, else nullptr
     */
    const NonceEntry* FindValid(uint16_t index, Time now) const;

    RandomBytes m_random;                    //!< randomness from the caller
    Key m_kcn;                               //!< node key for new nonces
    std::map<uint16_t, NonceEntry> m_nonces; //!< by nonce index
    std::optional<uint16_t> m_currentIndex;  //!< newest nonce, if any
    bool m_kcnChanged;                       //!< make a new nonce at the next request
    uint16_t m_nextIndex;                    //!< index of the next nonce
    Time m_nonceInterval;                    //!< see SetNonceInterval
    Time m_maxNonceLifetime;                 //!< see SetMaxNonceLifetime
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_RETURN_ROUTABILITY_H */
