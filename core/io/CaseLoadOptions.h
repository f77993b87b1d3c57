#pragma once

#include "model/GenomeBuild.h"

#include <QMap>
#include <QString>

namespace onco {

/** What the user said about a case's inputs; every reader honours it. */
struct CaseLoadOptions
{
    QString tumorType;                         ///< OncoTree code; empty: from a clinical table, else unknown
    GenomeBuild genome = GenomeBuild::Unknown; ///< forced build; Unknown: from the files
    QString tumorSample;         ///< the tumor sample (VCF column, or the sample to take from a multi-sample table)
    QString normalSample;        ///< the matched normal's VCF column
    int threads = 2;             ///< decompression threads for bgzipped and BCF input
    bool allowTruncated = false; ///< read a truncated bgzipped file up to the cut (with a warning)
    /** Most alterations one input may give; reading stops there with an error. 0: no cap. */
    qint64 maxRecords = 10'000'000;
    /** The laboratory's reference genome (indexed FASTA) to translate effects with and check REF against; empty: none.
     */
    QString reference;
    /**
     * A cohort (CohortLoader): every sample of a multi-sample table is kept, each clinical row
     * describes its own sample, nothing is refused as ambiguous. Never set for a case.
     */
    bool everySample = false;
    /** Receptor status the user gives ("HER2" -> "positive"); it wins over a clinical table's. */
    QMap<QString, QString> receptorStatus;
};

} // namespace onco
