#pragma once

#include "model/Alteration.h"

#include <htslib/vcf.h>

#include <QByteArrayView>
#include <QString>

namespace onco {

/**
 * Reads depth, alt-read count and VAF of one sample from whatever FORMAT/INFO keys the caller
 * wrote. The conventions are tried in a fixed order (docs/callers.md): FORMAT AF, VarScan2 FREQ
 * (percent), AD (Number=R), AD alt-only with RD (VarScan2), Strelka tier-1 {ALT}U and TIR/TAR,
 * DP4, split tumor/control keys (ADT/DPT, ADC/DPC), VarDict VD; INFO AF/DP/DP4 only for files
 * without samples written by single-sample callers (LoFreq, INFO/DP4), INFO TVAF/TDP as the
 * tumor's last resort.
 * One instance per file; buffers are reused between records, so reading allocates nothing per record.
 */
class VcfReadSupport
{
public:
    explicit VcfReadSupport(const bcf_hdr_t* header);
    ~VcfReadSupport();
    VcfReadSupport(const VcfReadSupport&) = delete;
    VcfReadSupport& operator=(const VcfReadSupport&) = delete;

    /** Loads the record's values; call once per record before support(). The record must be unpacked. */
    void load(bcf1_t* record);

    /**
     * Support of ALT allele `altIndex` (1-based) in sample `sample` (-1: a file without samples).
     * `control` reads the control keys of files that keep tumor and control in one column (ADC/DPC).
     */
    ReadSupport support(int sample, int altIndex, bool control = false) const;

    /** True when the file keeps control read counts in the tumor column (PCGR-style ADC/DPC). */
    bool hasControlKeys() const
    {
        return m_has.ADC || m_has.DPC;
    }

private:
    template <typename T> struct Buffer
    {
        T* data = nullptr;
        int capacity = 0;
        int count = -1; ///< values (bytes for strings) loaded for the current record; <0 when absent
    };

    void loadFormat(Buffer<int32_t>& buf, bool present, const char* tag);
    void loadFormat(Buffer<float>& buf, bool present, const char* tag);
    void loadFormatString(Buffer<char>& buf, bool present, const char* tag);
    void loadInfo(Buffer<int32_t>& buf, bool present, const char* tag);
    void loadInfo(Buffer<float>& buf, bool present, const char* tag);

    /** Value `index` of `sample`, or -1 when missing. */
    int intAt(const Buffer<int32_t>& buf, int sample, int index) const;
    float floatAt(const Buffer<float>& buf, int sample, int index) const;
    int valuesPerSample(int count) const;
    QByteArrayView stringOf(const Buffer<char>& buf, int sample) const;

    ReadSupport tumorColumn(int sample, int altIndex) const;
    ReadSupport controlColumn(int sample, int altIndex) const;
    ReadSupport sitesOnly(int altIndex) const;

    const bcf_hdr_t* m_header;
    bcf1_t* m_record = nullptr;
    int m_samples = 0;
    bool m_sampleInInfo = false; ///< a file without samples whose INFO holds the sample's counts

    struct Present
    {
        bool AD = false, ADNumberR = false, AF = false, DP = false, FREQ = false, RD = false;
        bool DP4 = false, DP4String = false, TIR = false, TAR = false, VD = false;
        bool baseU[4] = {false, false, false, false};
        bool ADT = false, DPT = false, ADC = false, DPC = false;
        bool infoAF = false, infoDP = false, infoDP4 = false, infoTVAF = false, infoTDP = false;
    } m_has;

    Buffer<int32_t> m_ad, m_dp, m_rd, m_dp4, m_tir, m_tar, m_vd, m_baseU[4], m_dpt, m_dpc;
    Buffer<int32_t> m_infoDp, m_infoDp4, m_infoTdp;
    Buffer<float> m_af, m_infoAf, m_infoTvaf;
    Buffer<char> m_freq, m_dp4Str, m_adt, m_adc;
};

} // namespace onco
