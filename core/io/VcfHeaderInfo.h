#pragma once

#include "model/GenomeBuild.h"

#include <htslib/vcf.h>

#include <QString>
#include <QStringList>

namespace onco {

/** Facts read from a VCF header: the genome build and the sample roles. */
class VcfHeaderInfo
{
public:
    /**
     * The build from contig lengths (decisive), then from ##reference, ##assembly and lift-over
     * lines. `evidence` says which line decided; Unknown when nothing tells.
     */
    static GenomeBuild detectBuild(const bcf_hdr_t* header, QString* evidence = nullptr);

    /** Value of a ##KEY=VALUE header line, empty when absent. */
    static QString metaValue(const bcf_hdr_t* header, const char* key);

    /** Sample names in column order. */
    static QStringList sampleNames(const bcf_hdr_t* header);

    /**
     * Role of a sample from its name alone: +1 tumor, -1 normal, 0 unknown. Knows TUMOR/NORMAL
     * (any case, also as a word in the name: "HCC1395_TUMOR_DNA"; somatic/germline too), TCGA barcodes (sample type
     * 01-09 tumor, 10-19 normal) and common suffixes (-T/-N, _tumor/_normal, germline, blood).
     */
    static int roleFromName(const QString& name);
};

} // namespace onco
