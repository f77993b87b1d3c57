#pragma once

#include "io/ProteinChange.h"
#include "model/Alteration.h"

#include <QString>

#include <optional>
#include <unordered_map>

namespace onco {

/** What an alteration does to its gene, as far as its annotation tells. */
enum class Effect : quint8
{
    Unknown,    ///< no consequence and no protein change in the input
    NonCoding,  ///< intron, UTR, intergenic, non-coding transcript ...
    Synonymous, ///< synonymous, stop/start retained
    SpliceRegion,
    Upstream, ///< upstream gene variant or 5' UTR (promoter)
    Missense,
    InframeDeletion,
    InframeInsertion, ///< in-frame insertion or duplication
    ProteinAltering,  ///< other protein-altering change (delins, stop lost, coding_sequence_variant)
    Nonsense,
    Frameshift,
    SpliceSite, ///< canonical splice donor or acceptor
    StartLoss,
    Ablation, ///< transcript ablation or exon loss
    Other,    ///< copy number, fusion, structural variant, biomarker
};

/** The facts about one alteration that matching rules compare, computed once per alteration. */
struct AlterationFacts
{
    QString gene; ///< upper case
    QString proteinKey;
    std::optional<ProteinEdit> edit;
    Effect effect = Effect::Unknown;
    int exon = 0;   ///< from the annotation ("19/28" -> 19), else from the protein position; 0 when unknown
    int intron = 0; ///< from the annotation, 0 when not given
    /** Where `exon` came from when the input did not give it: "MANE Select NM_002520.7, codon 288". */
    QString exonSource;

    static AlterationFacts of(const Alteration& a);

    /**
     * The effect alone, cheaply: from the consequence term, and only when there is none from the
     * protein change (for scanning a million alterations).
     */
    static Effect effectOf(const Alteration& a);

    bool altersProtein() const;
    /** Nonsense, frameshift, canonical splice site, start loss, transcript ablation or exon loss. */
    bool truncating() const;
};

/**
 * AlterationFacts remembered by the annotation they come from, for a thread that annotates many
 * cases whose rows share their annotation (a cohort: a study's hotspots recur in hundreds of
 * samples, and a MAF's rows with the same columns share one AlterationDetail). A small variant's
 * facts depend on its detail alone; the memo holds a reference to each detail it remembers, so the
 * detail can neither be changed in place (a write detaches it) nor freed and its address reused.
 * Copy numbers, fusions, structural variants and biomarkers are worked out each time. Holds at
 * most `capacity` details and starts afresh when full. Not shared between threads.
 */
class AlterationFactsMemo
{
public:
    explicit AlterationFactsMemo(std::size_t capacity = 32768)
        : m_capacity(capacity)
    {
    }
    /** Equal to AlterationFacts::of(a). */
    AlterationFacts of(const Alteration& a);
    std::size_t size() const
    {
        return m_entries.size();
    }

private:
    struct Entry
    {
        QSharedDataPointer<AlterationDetail> detail; ///< held: the key's address stays this detail's
        AlterationFacts facts;
    };
    std::unordered_map<const AlterationDetail*, Entry> m_entries;
    std::size_t m_capacity;
};

/**
 * A coding change OncoBoard predicted (EffectPredictor) whose effect on the protein it could not
 * tell without the reference genome: it may be synonymous, so it alters no protein for matching.
 */
bool predictedEffectOpen(const AlterationDetail& d);

/** The exon or intron number of "19/28" or "19"; 0 when not a number. */
int annotationRank(const QString& text);

} // namespace onco
