#pragma once

#include <QString>

#include <optional>

namespace onco {

/**
 * A gene event tables name rather than spell out as a sequence change: an internal tandem
 * duplication (FLT3-ITD), EGFR variant III (exons 2-7 deleted), a BRAF kinase-domain duplication,
 * exon skipping (MET exon 14). Alterations of kind StructuralVariant carry it in
 * AlterationDetail::svType as the canonical name, and the matcher compares it with the knowledge
 * base's "ITD", "VIII", "Kinase Domain Duplication", "Exon 14 Skipping Mutation".
 */
struct NamedEvent
{
    QString gene;  ///< "FLT3"
    QString event; ///< canonical: "ITD", "vIII", "KDD", "exon 14 skipping"

    /**
     * Reads an event from a gene and a text ("FLT3" + "ITD", "EGFR" + "EGFRvIII", "MET" + "exon 14
     * skipping", "BRAF" + "kinase domain duplication"), or from a gene column alone written with the
     * event ("FLT3_ITD", "FLT3-ITD", "EGFRvIII"). nullopt when it names no known event.
     */
    static std::optional<NamedEvent> parse(const QString& gene, const QString& text = {});

    /** "exon 14 skipping" -> 14; 0 for other events. */
    static int skippedExon(const QString& event);
};

} // namespace onco
