// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-options.h"

#include "option-tlv.h"

#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("MobilityOptions");

namespace
{

/**
 * \param option an option, maybe absent
 * \param position where the option would start (from the start of the Mobility Header)
 * \return where the next option may start
 */
template <typename Option>
uint32_t
Place(const std::optional<Option>& option, uint32_t position)
{
    if (!option)
    {
        return position;
    }
    position += OptionTlv::PaddingFor(position, Option::ALIGN_FACTOR, Option::ALIGN_OFFSET);
    return position + 2 + option->GetLength();
}

/**
 * \brief Write the padding an option needs, then the option.
 * \param option an option, maybe absent (then nothing is written)
 * \param i where to write
 * \param position offset of `i` from the start of the Mobility Header; advanced
 */
template <typename Option>
void
Write(const std::optional<Option>& option, Buffer::Iterator& i, uint32_t& position)
{
    if (!option)
    {
        return;
    }
    uint32_t padding = OptionTlv::PaddingFor(position, Option::ALIGN_FACTOR, Option::ALIGN_OFFSET);
    OptionTlv::WritePadding(i, padding);
    i.WriteU8(Option::TYPE);
    i.WriteU8(option->GetLength());
    option->SerializeData(i);
    position += padding + 2 + option->GetLength();
}

/**
 * \brief Read one known option into its slot.
 * \param slot where the option goes; must be empty
 * \param data the option data
 * \param length the option length field
 * \return NONE, DUPLICATE_OPTION, or the option's own error
 */
template <typename Option>
WireError
Read(std::optional<Option>& slot, Buffer::Iterator data, uint8_t length)
{
    if (slot)
    {
        return WireError::DUPLICATE_OPTION;
    }
    Option option;
    WireError error = option.DeserializeData(data, length);
    if (error == WireError::NONE)
    {
        slot = option;
    }
    return error;
}

} // namespace

MobilityOptions::MobilityOptions()
    : m_ignoredOptions(0)
{
}

bool
MobilityOptions::IsEmpty() const
{
    return !m_bindingRefreshAdvice && !m_alternateCoa && !m_nonceIndices && !m_bindingAuthData &&
           !m_replayProtection && !m_messageAuth;
}

void
MobilityOptions::Clear()
{
    *this = MobilityOptions();
}

const std::optional<BindingRefreshAdviceOption>&
MobilityOptions::GetBindingRefreshAdvice() const
{
    return m_bindingRefreshAdvice;
}

void
MobilityOptions::SetBindingRefreshAdvice(const BindingRefreshAdviceOption& option)
{
    m_bindingRefreshAdvice = option;
}

void
MobilityOptions::ClearBindingRefreshAdvice()
{
    m_bindingRefreshAdvice.reset();
}

const std::optional<AlternateCoaOption>&
MobilityOptions::GetAlternateCoa() const
{
    return m_alternateCoa;
}

void
MobilityOptions::SetAlternateCoa(const AlternateCoaOption& option)
{
    m_alternateCoa = option;
}

void
MobilityOptions::ClearAlternateCoa()
{
    m_alternateCoa.reset();
}

const std::optional<NonceIndicesOption>&
MobilityOptions::GetNonceIndices() const
{
    return m_nonceIndices;
}

void
MobilityOptions::SetNonceIndices(const NonceIndicesOption& option)
{
    m_nonceIndices = option;
}

void
MobilityOptions::ClearNonceIndices()
{
    m_nonceIndices.reset();
}

const std::optional<BindingAuthDataOption>&
MobilityOptions::GetBindingAuthData() const
{
    return m_bindingAuthData;
}

void
MobilityOptions::SetBindingAuthData(const BindingAuthDataOption& option)
{
    m_bindingAuthData = option;
}

void
MobilityOptions::ClearBindingAuthData()
{
    m_bindingAuthData.reset();
}

const std::optional<ReplayProtectionOption>&
MobilityOptions::GetReplayProtection() const
{
    return m_replayProtection;
}

void
MobilityOptions::SetReplayProtection(const ReplayProtectionOption& option)
{
    m_replayProtection = option;
}

const std::optional<MobilityMessageAuthOption>&
MobilityOptions::GetMessageAuth() const
{
    return m_messageAuth;
}

void
MobilityOptions::SetMessageAuth(const MobilityMessageAuthOption& option)
{
    m_messageAuth = option;
}

void
MobilityOptions::ClearMessageAuth()
{
    m_messageAuth.reset();
}

uint32_t
MobilityOptions::GetIgnoredOptionCount() const
{
    return m_ignoredOptions;
}

uint32_t
MobilityOptions::GetSerializedSize(uint32_t position) const
{
    uint32_t end = position;
    end = Place(m_bindingRefreshAdvice, end);
    end = Place(m_alternateCoa, end);
    end = Place(m_nonceIndices, end);
    end = Place(m_replayProtection, end);
    end = Place(m_bindingAuthData, end); // last: RFC 6275 6.2.7
    end = Place(m_messageAuth, end);     // last: RFC 4285 5.1 (never with the one above)
    return end - position;
}

void
MobilityOptions::Serialize(Buffer::Iterator& i, uint32_t position) const
{
    Write(m_bindingRefreshAdvice, i, position);
    Write(m_alternateCoa, i, position);
    Write(m_nonceIndices, i, position);
    Write(m_replayProtection, i, position);
    Write(m_bindingAuthData, i, position); // last: RFC 6275 6.2.7
    Write(m_messageAuth, i, position);     // last: RFC 4285 5.1
}

WireError
MobilityOptions::Deserialize(Buffer::Iterator start, uint32_t length)
{
    // Parse into a copy so that a rejected area leaves this object as it was.
    MobilityOptions parsed;
    WireError error =
        OptionTlv::Walk(start,
                        length,
                        [&parsed](uint8_t type, uint8_t optionLength, Buffer::Iterator data) {
                            switch (type)
                            {
                            case BindingRefreshAdviceOption::TYPE:
                                return Read(parsed.m_bindingRefreshAdvice, data, optionLength);
                            case AlternateCoaOption::TYPE:
                                return Read(parsed.m_alternateCoa, data, optionLength);
                            case NonceIndicesOption::TYPE:
                                return Read(parsed.m_nonceIndices, data, optionLength);
                            case BindingAuthDataOption::TYPE:
                                return Read(parsed.m_bindingAuthData, data, optionLength);
                            case ReplayProtectionOption::TYPE:
                                return Read(parsed.m_replayProtection, data, optionLength);
                            case MobilityMessageAuthOption::TYPE:
                                return Read(parsed.m_messageAuth, data, optionLength);
                            default:
                                // RFC 6275 6.2.1: unrecognized options are skipped.
                                NS_LOG_LOGIC("skipping mobility option of type " << +type);
                                ++parsed.m_ignoredOptions;
                                return WireError::NONE;
                            }
                        });
    if (error != WireError::NONE)
    {
        NS_LOG_LOGIC("mobility options rejected: " << error);
        return error;
    }
    *this = parsed;
    return WireError::NONE;
}

void
MobilityOptions::Print(std::ostream& os) const
{
    const char* separator = "";
    if (m_bindingRefreshAdvice)
    {
        os << separator;
        m_bindingRefreshAdvice->Print(os);
        separator = " ";
    }
    if (m_alternateCoa)
    {
        os << separator;
        m_alternateCoa->Print(os);
        separator = " ";
    }
    if (m_nonceIndices)
    {
        os << separator;
        m_nonceIndices->Print(os);
        separator = " ";
    }
    if (m_replayProtection)
    {
        os << separator;
        m_replayProtection->Print(os);
        separator = " ";
    }
    if (m_bindingAuthData)
    {
        os << separator;
        m_bindingAuthData->Print(os);
        separator = " ";
    }
    if (m_messageAuth)
    {
        os << separator;
        m_messageAuth->Print(os);
    }
}

} // namespace hmipv6
} // namespace ns3
