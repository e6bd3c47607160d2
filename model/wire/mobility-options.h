// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_OPTIONS_H
#define HMIPV6_MOBILITY_OPTIONS_H

#include "alternate-coa-option.h"
#include "binding-auth-data-option.h"
#include "binding-refresh-advice-option.h"
#include "mobility-message-auth-option.h"
#include "nonce-indices-option.h"
#include "replay-protection-option.h"
#include "wire-error.h"

#include "ns3/buffer.h"

#include <cstdint>
#include <optional>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The mobility options of a Mobility Header message (RFC 6275 6.2).
 *
 * Holds at most one option of each known type. Serialize writes them in type order
 * (Binding Refresh Advice, Alternate Care-of Address, Nonce Indices, Binding
 * Authorization Data), so the Binding Authorization Data option comes last as RFC 6275
 * 6.2.7 requires, each preceded by the Pad1/PadN its alignment needs. Alignment is
 * counted from the start of the Mobility Header, so the caller passes the position at
 * which the options start; the padding that ends the header on an 8-octet boundary is
 * the header's business, not this class's.
 *
 * On receipt, padding is skipped, options of unknown type are skipped and counted (RFC
 * 6275 6.2.1), and a known option with a wrong length or a second copy of a known
 * option rejects the whole area. The options are not checked against the message they
 * came in: which one a message may carry is the receiving role's decision.
 */
class MobilityOptions
{
  public:
    /// No options.
    MobilityOptions();

    /**
     * \return true if no option is set
     */
    bool IsEmpty() const;

    /// Remove every option (and reset the count of ignored options).
    void Clear();

    /**
     * \return the Binding Refresh Advice option, if present
     */
    const std::optional<BindingRefreshAdviceOption>& GetBindingRefreshAdvice() const;

    /**
     * \param option the Binding Refresh Advice option to carry
     */
    void SetBindingRefreshAdvice(const BindingRefreshAdviceOption& option);

    /// Remove the Binding Refresh Advice option.
    void ClearBindingRefreshAdvice();

    /**
     * \return the Alternate Care-of Address option, if present
     */
    const std::optional<AlternateCoaOption>& GetAlternateCoa() const;

    /**
     * \param option the Alternate Care-of Address option to carry
     */
    void SetAlternateCoa(const AlternateCoaOption& option);

    /// Remove the Alternate Care-of Address option.
    void ClearAlternateCoa();

    /**
     * \return the Nonce Indices option, if present
     */
    const std::optional<NonceIndicesOption>& GetNonceIndices() const;

    /**
     * \param option the Nonce Indices option to carry
     */
    void SetNonceIndices(const NonceIndicesOption& option);

    /// Remove the Nonce Indices option.
    void ClearNonceIndices();

    /**
     * \return the Binding Authorization Data option, if present
     */
    const std::optional<BindingAuthDataOption>& GetBindingAuthData() const;

    /**
     * \param option the Binding Authorization Data option to carry
     */
    void SetBindingAuthData(const BindingAuthDataOption& option);

    /// Remove the Binding Authorization Data option.
    void ClearBindingAuthData();

    /**
     * \return the Mobility Message Replay Protection option, if present
     */
    const std::optional<ReplayProtectionOption>& GetReplayProtection() const;

    /**
     * \param option the Mobility Message Replay Protection option to carry
     */
    void SetReplayProtection(const ReplayProtectionOption& option);

    /**
     * \return the Mobility Message Authentication option, if present
     */
    const std::optional<MobilityMessageAuthOption>& GetMessageAuth() const;

    /**
     * \brief Set the Mobility Message Authentication option (written last).
     * \param option the option
     */
    void SetMessageAuth(const MobilityMessageAuthOption& option);

    /// Remove the Mobility Message Authentication option.
    void ClearMessageAuth();

    /**
     * \return how many options of unknown type the last Deserialize skipped
     */
    uint32_t GetIgnoredOptionCount() const;

    /**
     * \brief Size of the options, alignment padding included, trailing padding not.
     * \param position offset of the first option from the start of the Mobility Header
     * \return the number of octets Serialize writes
     */
    uint32_t GetSerializedSize(uint32_t position) const;

    /**
     * \brief Write the options, each padded to its alignment.
     * \param i where to write; advanced by GetSerializedSize(position)
     * \param position offset of `i` from the start of the Mobility Header
     */
    void Serialize(Buffer::Iterator& i, uint32_t position) const;

    /**
     * \brief Read an option area; on failure this object is left unchanged.
     * \param start the first octet of the area
     * \param length the size of the area (trailing padding included)
     * \return NONE, TRUNCATED, BAD_FIXED_LENGTH or DUPLICATE_OPTION
     */
    WireError Deserialize(Buffer::Iterator start, uint32_t length);

    /**
     * \brief Print the options as field=value pairs separated by single spaces, in
     *        serialization order; nothing when empty.
     * \param os the stream
     */
    void Print(std::ostream& os) const;

  private:
    std::optional<BindingRefreshAdviceOption> m_bindingRefreshAdvice; //!< type 2
    std::optional<AlternateCoaOption> m_alternateCoa;                 //!< type 3
    std::optional<NonceIndicesOption> m_nonceIndices;                 //!< type 4
    std::optional<BindingAuthDataOption> m_bindingAuthData;           //!< type 5
    std::optional<ReplayProtectionOption> m_replayProtection;         //!< type 10
    std::optional<MobilityMessageAuthOption> m_messageAuth;           //!< type 9
    uint32_t m_ignoredOptions; //!< unknown options skipped by the last Deserialize
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_OPTIONS_H */
