// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIPV6_OPTION_HANDLER_H
#define HMIPV6_HMIPV6_OPTION_HANDLER_H

#include "ns3/callback.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-option.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Accepts one IPv6 destination option type and traces it.
 *
 * ns-3 discards packets with destination options it does not know, and the draft's
 * options (default types 0x1E, 0x9E,
 * 0xDE, 0xBE, 0xFE) and RFC 6275's Home Address option (201) have top bits that ask
 * for a discard, most with an ICMPv6 Parameter Problem. One instance per option type,
 * added to the node's Hmipv6DestinationExtension by MobilityGlueHelper, makes the node
 * accept the option: Process reads the
 * option's type and length, fires "Rx" with its data and returns its size. What the
 * option means is for the roles (mobility server, home agent, ...) built on top.
 *
 * Home Address option (201): the handler does NOT swap the home address into the
 * source address (RFC 6275 9.3.1). ns-3's LocalDeliver hands the upper layer the
 * Ipv6Header as received and gives options only a const reference to it; the roles
 * make the swap in their own receive path. With 16 octets of data, the handler records
 * the address in the packet's ReceivedHomeAddressTag, so that upper layers (the
 * Mobility Header checksum first) can use it.
 *
 * Bounds: the option must end inside the extension header that holds it (found by
 * walking the header chain from the IPv6 header) and inside the packet; and its size
 * must fit the uint8_t that ns-3's option interface returns. Otherwise the packet is
 * marked dropped (isDropped), counted and traced ("Drop"), and Process returns the
 * octets left in that header; Hmipv6DestinationExtension then stops the packet with
 * DROP_MALFORMED_HEADER.
 *
 * Home address substitution (RFC 6275 9.3.1), for a correspondent node: when a home
 * address check is set (SetHomeAddressCheck), a Home Address option in a packet whose
 * upper layer is not a Mobility Header is verified with it (a binding must exist for the
 * home address with the packet's source as care-of address):
 * - verified: the handler re-injects a copy of the packet in which the source is the home
 *   address and the option is gone (the Destination Options header is removed if nothing
 *   but padding is left in it, else the option becomes a PadN option of the same size),
 *   given back to the IPv6 layer on the interface that holds the destination
 *   (hmipv6::Reinject), so that the upper layers see the home address as source (and
 *   the checksums computed by the mobile node over it match); the original stops in
 *   Hmipv6DestinationExtension. In ns-3's traces the packet appears twice in
 *   Ipv6L3Protocol "Rx" (the original, with the care-of address, and the copy, with the
 *   home address, same UID, tagged ReinjectedTag), once in "LocalDeliver" (the copy),
 *   and never in "Drop";
 * - not verified: the packet is marked dropped (the check itself answers, e.g. with a
 *   Binding Error), counted, traced ("Drop") and stopped by Hmipv6DestinationExtension
 *   with DROP_UNKNOWN_OPTION.
 * A Mobility Header (e.g. a Binding Update, which carries the option before any binding
 * exists) always goes up unchanged with the ReceivedHomeAddressTag: its receiver checks.
 */
class Hmipv6OptionHandler : public Ipv6Option
{
  public:
    static constexpr uint8_t HOME_ADDRESS_OPTION = 201; //!< RFC 6275 6.3
    static constexpr uint8_t HOME_ADDRESS_LENGTH = 16;  //!< its data length

    /**
     * \brief The home address check of a correspondent node: given the home address of
     *        a Home Address option and the IPv6 header as received, whether a binding
     *        allows the packet (RFC 6275 9.3.1). It may answer the sender (Binding Error).
     */
    typedef Callback<bool, Ipv6Address, const Ipv6Header&> HomeAddressCheckCallback;

    /// What the handler decided about the last packet it took a Home Address option from.
    enum Verdict
    {
        VERDICT_NONE,       //!< nothing special: the packet goes up as received
        VERDICT_REINJECTED, //!< a copy with the home address as source was re-injected
        VERDICT_DISCARDED,  //!< no binding: the packet is discarded
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Construct for option type 0x1E (the default of ObjectFactory users).
     *
     * The attribute "OptionNumber" is Ipv6Option's, read-only: it reports
     * GetOptionNumber. The number is fixed at construction because
     * Hmipv6DestinationExtension looks options up by it.
     */
    Hmipv6OptionHandler();

    /**
     * \brief Construct for an option type.
     * \param optionNumber the option type it accepts
     */
    explicit Hmipv6OptionHandler(uint8_t optionNumber);

    ~Hmipv6OptionHandler() override;

    /**
     * \brief Get the option number.
     * \return the option type this handler accepts
     */
    uint8_t GetOptionNumber() const override;

    /**
     * \brief Accept the option at offset.
     * \param packet the packet after the IPv6 header (all its extension headers)
     * \param offset where the option starts in packet
     * \param ipv6Header the IPv6 header
     * \param isDropped set to true if the option is truncated; left alone otherwise
     * \return the option's size (2 + its length), or, for a truncated option, the
     *         octets left in the extension header that holds it
     */
    uint8_t Process(Ptr<Packet> packet,
                    uint8_t offset,
                    const Ipv6Header& ipv6Header,
                    bool& isDropped) override;

    /**
     * \brief Number of options accepted.
     * \return the count since creation
     */
    uint64_t GetReceivedCount() const;

    /**
     * \brief Number of truncated options (packets marked dropped).
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief Set the check that turns on home address substitution (see the class
     *        documentation); a null callback turns it off (the default).
     * \param check the check
     * \param node the node of this handler, where copies are re-injected (ns-3's
     *        Ipv6Option keeps its node private)
     */
    void SetHomeAddressCheck(HomeAddressCheckCallback check, Ptr<Node> node);

    /**
     * \brief Whether a home address check is set.
     * \return true if home address substitution is on
     */
    bool HasHomeAddressCheck() const;

    /**
     * \brief The verdict on a packet, taken once by Hmipv6DestinationExtension right
     *        after its options were processed.
     * \param packet the packet given to Process
     * \return the verdict if Process gave one for this very packet, else VERDICT_NONE
     */
    Verdict TakeVerdict(Ptr<const Packet> packet);

    /**
     * \brief Number of packets re-injected with the home address as source.
     * \return the count since creation
     */
    uint64_t GetReinjectedCount() const;

    /**
     * \brief Number of packets discarded because the home address check refused them.
     * \return the count since creation
     */
    uint64_t GetUnverifiedCount() const;

    /**
     * \brief Build the packet that upper layers must see for a packet with a Home
     *        Address option (RFC 6275 9.3.1): source = home address, option removed.
     * \param payload the packet after the IPv6 header
     * \param optionOffset where the Home Address option starts in payload
     * \param header the IPv6 header as received
     * \param home the option's home address
     * \return the whole IPv6 packet (header included), or null if payload's header
     *         chain cannot be followed to the option
     */
    static Ptr<Packet> BuildHomeSourcePacket(Ptr<const Packet> payload,
                                             uint32_t optionOffset,
                                             const Ipv6Header& header,
                                             Ipv6Address home);

    /**
     * \brief TracedCallback signature of "Reinject".
     * \param packet the re-injected IPv6 packet (header included)
     * \param careOf the source it had (the care-of address)
     * \param home its new source
     */
    typedef void (*ReinjectCallback)(Ptr<const Packet> packet,
                                     Ipv6Address careOf,
                                     Ipv6Address home);

    /**
     * \brief TracedCallback signature of "Rx".
     * \param packet a copy of the packet after the IPv6 header (all extension headers)
     * \param header the IPv6 header as received
     * \param optionNumber the option type
     * \param data the option data (without type and length octets)
     */
    typedef void (*RxCallback)(Ptr<const Packet> packet,
                               const Ipv6Header& header,
                               uint8_t optionNumber,
                               const std::vector<uint8_t>& data);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet a copy of the packet after the IPv6 header
     * \param header the IPv6 header as received
     * \param optionNumber the option type it accepts
     * \param reason why the packet was marked dropped
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 const Ipv6Header& header,
                                 uint8_t optionNumber,
                                 const std::string& reason);

  protected:
    void DoDispose() override;

  private:
    /// Where an extension header is in a packet's payload.
    struct HeaderPosition
    {
        uint32_t start;          //!< its first octet
        uint32_t end;            //!< one past its last octet
        int32_t nextHeaderField; //!< where its type is written (-1: the IPv6 header)
        uint8_t upperLayer;      //!< the upper-layer protocol after the whole chain
        bool upperLayerKnown;    //!< whether the chain could be followed to it
    };

    /**
     * \brief Follow the header chain to the header that holds offset.
     * \param octets the packet after the IPv6 header
     * \param offset an offset inside an extension header
     * \param firstNextHeader the IPv6 header's Next Header
     * \param position filled in
     * \return false if offset is not inside a known extension header
     */
    static bool Locate(const std::vector<uint8_t>& octets,
                       uint32_t offset,
                       uint8_t firstNextHeader,
                       HeaderPosition& position);

    /**
     * \brief Apply the home address check to a Home Address option.
     * \param packet the packet after the IPv6 header
     * \param octets its octets
     * \param offset where the option starts
     * \param ipv6Header the IPv6 header
     * \param home the option's home address
     * \param isDropped set to true if the check refuses the packet
     */
    void CheckHomeAddress(Ptr<Packet> packet,
                          const std::vector<uint8_t>& octets,
                          uint32_t offset,
                          const Ipv6Header& ipv6Header,
                          Ipv6Address home,
                          bool& isDropped);

    /**
     * \brief Where the extension header holding an option ends.
     * \param octets the packet after the IPv6 header
     * \param offset where the option starts
     * \param firstNextHeader the IPv6 header's Next Header
     * \return the end of the extension header that holds offset, capped at the
     *         packet's size; the packet's size if the chain cannot be followed to offset
     */
    static uint32_t OptionsEnd(const std::vector<uint8_t>& octets,
                               uint32_t offset,
                               uint8_t firstNextHeader);

    /**
     * \brief Mark a truncated option's packet dropped.
     * \param packet the packet
     * \param offset where the option starts
     * \param end where its extension header ends
     * \param ipv6Header the IPv6 header
     * \param isDropped set to true
     * \param reason why
     * \return the octets from offset to end (at most 255)
     */
    uint8_t Drop(Ptr<Packet> packet,
                 uint32_t offset,
                 uint32_t end,
                 const Ipv6Header& ipv6Header,
                 bool& isDropped,
                 const std::string& reason);

    uint8_t m_optionNumber; //!< "OptionNumber"
    uint64_t m_received;    //!< options accepted
    uint64_t m_dropped;     //!< options truncated
    uint64_t m_reinjected;  //!< packets re-injected with the home address as source
    uint64_t m_unverified;  //!< packets the home address check refused
    HomeAddressCheckCallback m_homeAddressCheck; //!< see SetHomeAddressCheck
    Ptr<Node> m_node;                            //!< where copies are re-injected
    Ptr<const Packet> m_verdictPacket;           //!< the packet m_verdict is about
    Verdict m_verdict;                           //!< see TakeVerdict
    TracedCallback<Ptr<const Packet>, Ipv6Address, Ipv6Address> m_reinjectTrace; //!< "Reinject"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::vector<uint8_t>&>
        m_rxTrace; //!< "Rx"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::string&>
        m_dropTrace; //!< "Drop"
};

} // namespace ns3

#endif /* HMIPV6_HMIPV6_OPTION_HANDLER_H */
