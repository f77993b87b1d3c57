#pragma once

#include "model/Alteration.h"

#include <htslib/vcf.h>

#include <QByteArrayView>
#include <QString>

namespace onco {

/**
 * Reads depth, alt-read count and VAF of one sample from whatever FORMAT/INFO keys the caller
 * wrote. The conventions are tried in a fixed order (docs/callers.md): FORMAT AF or MuTect's FA
 * (Number A or R), VarScan2 FREQ (percent), AD (Number=R), AD alt-only with RD (VarScan2),
 * Strelka tier-1 {ALT}U and TIR/TAR, DP4, split tumor/control keys (ADT/DPT, ADC/DPC), VarDict VD,
 * DELLY junction reads (RR/RV) and read pairs (DR/DV); INFO AF/DP/DP4 only for files without
 * samples written by single-sample callers (LoFreq, INFO/DP4), INFO TVAF/TDP as the tumor's last
 * resort.
 *
 * Values are decoded straight from htslib's unpacked record (no copies, no allocation, no
 * dictionary lookups per record): one instance per file, load() once per record.
 */
class VcfReadSupport
{
public:
    explicit VcfReadSupport(const bcf_hdr_t* header);

    /** Finds the record's keys; call once per record before support(). */
    void load(bcf1_t* record);

    /**
     * Support of ALT allele `altIndex` (1-based) in sample `sample` (-1: a file without samples).
     * `control` reads the control keys of files that keep tumor and control in one column (ADC/DPC).
     */
    ReadSupport support(int sample, int altIndex, bool control = false) const;

    /**
     * The genotype of `sample` at ALT allele `altIndex` (1-based) from FORMAT/GT: Homozygous when
     * every called allele is this ALT, Heterozygous when one is, Absent when none is, Unknown when
     * GT is missing, partly missing or the file has no GT.
     */
    Zygosity zygosity(int sample, int altIndex) const;

    /** True when read support is looked up in INFO, which the caller must then unpack. */
    bool needsInfo() const
    {
        return m_sampleInInfo || m_id.infoTVAF >= 0 || m_id.infoTDP >= 0;
    }

    /** True when the file keeps control read counts in the tumor column (PCGR-style ADC/DPC). */
    bool hasControlKeys() const
    {
        return m_id.ADC >= 0 || m_id.DPC >= 0;
    }

private:
    ReadSupport tumorColumn(int sample, int altIndex) const;
    ReadSupport controlColumn(int sample, int altIndex) const;
    ReadSupport sitesOnly(int altIndex) const;

    /** Value `index` of `sample`, or -1 / NaN when absent or missing. */
    int intAt(const bcf_fmt_t* f, int sample, int index) const;
    float floatAt(const bcf_fmt_t* f, int sample, int index) const;
    QByteArrayView stringOf(const bcf_fmt_t* f, int sample) const;
    int infoInt(const bcf_info_t* info, int index) const;
    float infoFloat(const bcf_info_t* info, int index) const;
    /** Allele fraction of ALT `altIndex` from an AF-like key, whatever its Number (A, R or '.'). */
    float alleleFraction(const bcf_fmt_t* f, int sample, int altIndex) const;

    const bcf_hdr_t* m_header;
    bcf1_t* m_record = nullptr;
    int m_samples = 0;
    bool m_sampleInInfo = false; ///< a file without samples whose INFO holds the sample's counts
    bool m_adNumberR = false;    ///< AD lists REF and ALTs; else VarScan2's alt-only count

    /** Header ids of the keys (-1 when the header lacks them or their type does not fit). */
    struct Ids
    {
        int GT = -1;
        int AD = -1, AF = -1, FA = -1, DP = -1, FREQ = -1, RD = -1, DP4 = -1, TIR = -1, TAR = -1, VD = -1;
        int baseU[4] = {-1, -1, -1, -1}; // AU CU GU TU
        int DR = -1, DV = -1, RR = -1, RV = -1;
        int ADT = -1, DPT = -1, ADC = -1, DPC = -1;
        int infoAF = -1, infoDP = -1, infoDP4 = -1, infoTVAF = -1, infoTDP = -1;
    } m_id;

    /** The current record's fields of those keys (nullptr when absent). */
    struct Fields
    {
        const bcf_fmt_t* GT;
        const bcf_fmt_t *AD, *AF, *FA, *DP, *FREQ, *RD, *DP4, *TIR, *TAR, *VD;
        const bcf_fmt_t* baseU[4];
        const bcf_fmt_t *DR, *DV, *RR, *RV, *ADT, *DPT, *ADC, *DPC;
        const bcf_info_t *infoAF, *infoDP, *infoDP4, *infoTVAF, *infoTDP;
    } m_f{};
};

} // namespace onco
