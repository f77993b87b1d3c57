#include "VcfReadSupport.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace onco {

namespace {

constexpr const char* baseUTags[4] = {"AU", "CU", "GU", "TU"};

int baseIndex(char base)
{
    switch (base) {
    case 'A':
    case 'a':
        return 0;
    case 'C':
    case 'c':
        return 1;
    case 'G':
    case 'g':
        return 2;
    case 'T':
    case 't':
        return 3;
    default:
        return -1;
    }
}

/** Header type and Number of a FORMAT or INFO tag; false when the header lacks the tag. */
bool headerTag(const bcf_hdr_t* h, int kind, const char* tag, int* type = nullptr, int* length = nullptr)
{
    const int id = bcf_hdr_id2int(h, BCF_DT_ID, tag);
    if (id < 0 || !bcf_hdr_idinfo_exists(h, kind, id))
        return false;
    if (type)
        *type = bcf_hdr_id2type(h, kind, id);
    if (length)
        *length = bcf_hdr_id2length(h, kind, id);
    return true;
}

/**
 * Integers from a String value such as "21,8" or "144%2C510%2C4%2C30" (URL-escaped commas, as
 * some VarScan2 pipelines write). Returns how many were parsed; "." parses as -1.
 */
int parseIntList(QByteArrayView s, int* out, int max)
{
    if (s.isEmpty())
        return 0;
    int n = 0;
    qsizetype i = 0;
    while (n < max) {
        qsizetype j = i;
        while (j < s.size() && s[j] != ',' && s[j] != '%')
            ++j;
        const QByteArrayView token = s.sliced(i, j - i);
        int value = -1;
        if (!token.isEmpty() && token != ".") {
            const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec != std::errc() || ptr != token.data() + token.size())
                return n;
        }
        out[n++] = value;
        if (j >= s.size())
            break;
        i = j + (s[j] == '%' ? 3 : 1); // "%2C" is an escaped comma
        if (i > s.size())
            break;
    }
    return n;
}

/** A percentage such as "11.56%" or "11.56%25" as a fraction; NaN when unparseable. */
float parsePercent(QByteArrayView s)
{
    qsizetype end = 0;
    while (end < s.size() && s[end] != '%' && s[end] != '\0')
        ++end;
    const QByteArrayView number = s.first(end);
    if (number.isEmpty() || number == ".")
        return std::numeric_limits<float>::quiet_NaN();
    float value = 0;
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec != std::errc() || ptr != number.data() + number.size())
        return std::numeric_limits<float>::quiet_NaN();
    return value / 100.0f;
}

} // namespace

VcfReadSupport::VcfReadSupport(const bcf_hdr_t* header)
    : m_header(header)
    , m_samples(bcf_hdr_nsamples(header))
{
    int type = 0;
    int length = 0;
    m_has.AD = headerTag(header, BCF_HL_FMT, "AD", &type, &length);
    // Number=R (or Number=. as older GATK wrote it) carries ref and alt; Number=1 is VarScan2's alt-only count.
    m_has.ADNumberR = m_has.AD && length != BCF_VL_FIXED;
    m_has.AF = headerTag(header, BCF_HL_FMT, "AF", &type) && type == BCF_HT_REAL;
    m_has.DP = headerTag(header, BCF_HL_FMT, "DP", &type) && type == BCF_HT_INT;
    m_has.FREQ = headerTag(header, BCF_HL_FMT, "FREQ");
    m_has.RD = headerTag(header, BCF_HL_FMT, "RD", &type) && type == BCF_HT_INT;
    m_has.DP4 = headerTag(header, BCF_HL_FMT, "DP4", &type);
    m_has.DP4String = m_has.DP4 && type == BCF_HT_STR;
    m_has.TIR = headerTag(header, BCF_HL_FMT, "TIR");
    m_has.TAR = headerTag(header, BCF_HL_FMT, "TAR");
    m_has.VD = headerTag(header, BCF_HL_FMT, "VD");
    for (int b = 0; b < 4; ++b)
        m_has.baseU[b] = headerTag(header, BCF_HL_FMT, baseUTags[b]);
    m_has.ADT = headerTag(header, BCF_HL_FMT, "ADT");
    m_has.DPT = headerTag(header, BCF_HL_FMT, "DPT");
    m_has.ADC = headerTag(header, BCF_HL_FMT, "ADC");
    m_has.DPC = headerTag(header, BCF_HL_FMT, "DPC");
    m_has.infoAF = headerTag(header, BCF_HL_INFO, "AF", &type) && type == BCF_HT_REAL;
    m_has.infoDP = headerTag(header, BCF_HL_INFO, "DP", &type) && type == BCF_HT_INT;
    m_has.infoDP4 = headerTag(header, BCF_HL_INFO, "DP4", &type) && type == BCF_HT_INT;
    m_has.infoTVAF = headerTag(header, BCF_HL_INFO, "TVAF", &type) && type == BCF_HT_REAL;
    m_has.infoTDP = headerTag(header, BCF_HL_INFO, "TDP", &type) && type == BCF_HT_INT;

    // In a file without samples INFO/AF is usually a population frequency (1000 Genomes, gnomAD).
    // It is the sample's VAF only for single-sample callers that write read counts to INFO:
    // LoFreq (named in ##source) and mpileup-style files with INFO/DP4.
    bool lofreq = false;
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t* h = header->hrec[i];
        if (h->type == BCF_HL_GEN && h->key && h->value && std::strcmp(h->key, "source") == 0
            && QByteArrayView(h->value).contains("lofreq"))
            lofreq = true;
    }
    m_sampleInInfo = m_samples == 0 && (lofreq || m_has.infoDP4);
}

VcfReadSupport::~VcfReadSupport()
{
    for (auto* b : {&m_ad,
                    &m_dp,
                    &m_rd,
                    &m_dp4,
                    &m_tir,
                    &m_tar,
                    &m_vd,
                    &m_dpt,
                    &m_dpc,
                    &m_infoDp,
                    &m_infoDp4,
                    &m_infoTdp,
                    &m_baseU[0],
                    &m_baseU[1],
                    &m_baseU[2],
                    &m_baseU[3]})
        std::free(b->data);
    for (auto* b : {&m_af, &m_infoAf, &m_infoTvaf})
        std::free(b->data);
    for (auto* b : {&m_freq, &m_dp4Str, &m_adt, &m_adc})
        std::free(b->data);
}

void VcfReadSupport::loadFormat(Buffer<int32_t>& buf, bool present, const char* tag)
{
    buf.count = present && m_samples > 0 ? bcf_get_format_int32(m_header, m_record, tag, &buf.data, &buf.capacity) : -1;
}

void VcfReadSupport::loadFormat(Buffer<float>& buf, bool present, const char* tag)
{
    buf.count = present && m_samples > 0 ? bcf_get_format_float(m_header, m_record, tag, &buf.data, &buf.capacity) : -1;
}

void VcfReadSupport::loadFormatString(Buffer<char>& buf, bool present, const char* tag)
{
    buf.count = present && m_samples > 0 ? bcf_get_format_char(m_header, m_record, tag, &buf.data, &buf.capacity) : -1;
}

void VcfReadSupport::loadInfo(Buffer<int32_t>& buf, bool present, const char* tag)
{
    buf.count = present ? bcf_get_info_int32(m_header, m_record, tag, &buf.data, &buf.capacity) : -1;
}

void VcfReadSupport::loadInfo(Buffer<float>& buf, bool present, const char* tag)
{
    buf.count = present ? bcf_get_info_float(m_header, m_record, tag, &buf.data, &buf.capacity) : -1;
}

void VcfReadSupport::load(bcf1_t* record)
{
    m_record = record;
    loadFormat(m_ad, m_has.AD, "AD");
    loadFormat(m_dp, m_has.DP, "DP");
    loadFormat(m_af, m_has.AF, "AF");
    loadFormat(m_rd, m_has.RD, "RD");
    loadFormatString(m_freq, m_has.FREQ, "FREQ");
    if (m_has.DP4String)
        loadFormatString(m_dp4Str, true, "DP4");
    else
        loadFormat(m_dp4, m_has.DP4, "DP4");
    loadFormat(m_tir, m_has.TIR, "TIR");
    loadFormat(m_tar, m_has.TAR, "TAR");
    loadFormat(m_vd, m_has.VD, "VD");
    for (int b = 0; b < 4; ++b)
        loadFormat(m_baseU[b], m_has.baseU[b], baseUTags[b]);
    loadFormatString(m_adt, m_has.ADT, "ADT");
    loadFormat(m_dpt, m_has.DPT, "DPT");
    loadFormatString(m_adc, m_has.ADC, "ADC");
    loadFormat(m_dpc, m_has.DPC, "DPC");
    if (m_sampleInInfo) {
        loadInfo(m_infoAf, m_has.infoAF, "AF");
        loadInfo(m_infoDp, m_has.infoDP, "DP");
        loadInfo(m_infoDp4, m_has.infoDP4, "DP4");
    }
    loadInfo(m_infoTvaf, m_has.infoTVAF, "TVAF");
    loadInfo(m_infoTdp, m_has.infoTDP, "TDP");
}

int VcfReadSupport::valuesPerSample(int count) const
{
    return m_samples > 0 ? count / m_samples : count;
}

int VcfReadSupport::intAt(const Buffer<int32_t>& buf, int sample, int index) const
{
    if (buf.count <= 0)
        return -1;
    const int per = sample < 0 ? buf.count : valuesPerSample(buf.count);
    if (index < 0 || index >= per)
        return -1;
    const int32_t v = buf.data[(sample < 0 ? 0 : sample * per) + index];
    return (v == bcf_int32_missing || v == bcf_int32_vector_end || v < 0) ? -1 : int(v);
}

float VcfReadSupport::floatAt(const Buffer<float>& buf, int sample, int index) const
{
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    if (buf.count <= 0)
        return nan;
    const int per = sample < 0 ? buf.count : valuesPerSample(buf.count);
    if (index < 0 || index >= per)
        return nan;
    const float v = buf.data[(sample < 0 ? 0 : sample * per) + index];
    if (bcf_float_is_missing(v) || bcf_float_is_vector_end(v) || std::isnan(v) || v < 0)
        return nan;
    return v;
}

QByteArrayView VcfReadSupport::stringOf(const Buffer<char>& buf, int sample) const
{
    if (buf.count <= 0 || m_samples <= 0)
        return {};
    const int per = buf.count / m_samples;
    QByteArrayView s(buf.data + sample * per, per);
    qsizetype end = 0;
    while (end < s.size() && s[end] != '\0')
        ++end;
    s = s.first(end);
    return s == "." ? QByteArrayView() : s;
}

ReadSupport VcfReadSupport::support(int sample, int altIndex, bool control) const
{
    if (sample < 0 || m_samples == 0)
        return sitesOnly(altIndex);
    if (control)
        return controlColumn(sample, altIndex);
    return tumorColumn(sample, altIndex);
}

ReadSupport VcfReadSupport::tumorColumn(int sample, int altIndex) const
{
    ReadSupport r;
    const int nAlleles = m_record->n_allele;

    // Allele depths, from whichever convention the caller used.
    int refReads = -1;
    int altReads = -1;
    int adSum = -1;            // sum over all alleles, when every allele has a count
    bool adIncomplete = false; // AD lists '.' for some allele: DP is the better denominator
    if (m_has.ADNumberR && m_ad.count > 0) {
        const int per = valuesPerSample(m_ad.count);
        if (per >= nAlleles) {
            refReads = intAt(m_ad, sample, 0);
            altReads = intAt(m_ad, sample, altIndex);
            adSum = 0;
            for (int i = 0; i < nAlleles; ++i) {
                const int v = intAt(m_ad, sample, i);
                if (v < 0) {
                    adSum = -1;
                    adIncomplete = true;
                    break;
                }
                adSum += v;
            }
        }
    } else if (m_has.AD && m_ad.count > 0) {
        altReads = intAt(m_ad, sample, 0); // VarScan2: AD is the alt count, RD the ref count
        refReads = intAt(m_rd, sample, 0);
    }
    if (altReads < 0 && m_record->d.allele && nAlleles == 2 && std::strlen(m_record->d.allele[0]) == 1
        && std::strlen(m_record->d.allele[1]) == 1) {
        // Strelka SNVs: tier-1 counts per base.
        const int ref = baseIndex(m_record->d.allele[0][0]);
        const int alt = baseIndex(m_record->d.allele[altIndex][0]);
        if (ref >= 0 && alt >= 0 && m_baseU[ref].count > 0 && m_baseU[alt].count > 0) {
            refReads = intAt(m_baseU[ref], sample, 0);
            altReads = intAt(m_baseU[alt], sample, 0);
        }
    }
    if (altReads < 0 && m_tir.count > 0 && m_tar.count > 0) {
        altReads = intAt(m_tir, sample, 0); // Strelka indels: tier-1 alt and ref reads
        refReads = intAt(m_tar, sample, 0);
    }
    if (altReads < 0) {
        int dp4[4] = {-1, -1, -1, -1};
        int n = 0;
        if (m_has.DP4String)
            n = parseIntList(stringOf(m_dp4Str, sample), dp4, 4);
        else if (m_dp4.count > 0 && valuesPerSample(m_dp4.count) >= 4)
            for (n = 0; n < 4; ++n)
                dp4[n] = intAt(m_dp4, sample, n);
        if (n == 4 && dp4[0] >= 0 && dp4[1] >= 0 && dp4[2] >= 0 && dp4[3] >= 0 && nAlleles == 2) {
            refReads = dp4[0] + dp4[1];
            altReads = dp4[2] + dp4[3];
        }
    }
    if (altReads < 0 && m_adt.count > 0) {
        int counts[16];
        const int n = parseIntList(stringOf(m_adt, sample), counts, 16);
        if (n >= nAlleles && counts[altIndex] >= 0 && counts[0] >= 0) {
            refReads = counts[0];
            altReads = counts[altIndex];
            adSum = 0;
            for (int i = 0; i < n; ++i)
                adSum += counts[i] > 0 ? counts[i] : 0;
        }
    }
    if (altReads < 0 && m_vd.count > 0 && nAlleles == 2)
        altReads = intAt(m_vd, sample, 0);

    // Depth: the caller's own DP first; allele sums otherwise.
    int depth = intAt(m_dp, sample, 0);
    if (depth < 0)
        depth = intAt(m_dpt, sample, 0);
    if (depth < 0 && adSum >= 0)
        depth = adSum;
    if (depth < 0 && refReads >= 0 && altReads >= 0)
        depth = refReads + altReads;

    r.depth = depth;
    r.altReads = altReads;

    // VAF: the caller's own estimate first (Mutect2/VarDict AF, VarScan2 FREQ), else from counts.
    float vaf = floatAt(m_af, sample, altIndex - 1);
    if (std::isnan(vaf) && m_freq.count > 0 && nAlleles == 2)
        vaf = parsePercent(stringOf(m_freq, sample));
    if (std::isnan(vaf) && altReads >= 0) {
        int denominator = -1;
        if (adSum > 0)
            denominator = adSum;
        else if (adIncomplete && depth > 0)
            denominator = depth;
        else if (refReads >= 0 && refReads + altReads > 0)
            denominator = refReads + altReads; // Strelka tier 1, DP4, VarScan RD/AD: counts of one kind
        else if (depth > 0)
            denominator = depth;
        if (denominator > 0)
            vaf = float(altReads) / float(denominator);
    }
    if (std::isnan(vaf) && nAlleles == 2) {
        // Last resort for the tumor column: the pipeline's INFO tumor VAF/depth (PCGR TVAF/TDP).
        vaf = floatAt(m_infoTvaf, -1, 0);
        if (r.depth < 0)
            r.depth = intAt(m_infoTdp, -1, 0);
    }
    r.vaf = vaf;
    return r;
}

ReadSupport VcfReadSupport::controlColumn(int sample, int altIndex) const
{
    ReadSupport r;
    int counts[16];
    const int n = parseIntList(stringOf(m_adc, sample), counts, 16);
    int sum = 0;
    if (n >= m_record->n_allele && counts[altIndex] >= 0) {
        r.altReads = counts[altIndex];
        for (int i = 0; i < n; ++i)
            sum += counts[i] > 0 ? counts[i] : 0;
    }
    r.depth = intAt(m_dpc, sample, 0);
    if (r.depth < 0 && r.altReads >= 0)
        r.depth = sum;
    if (r.altReads >= 0 && sum > 0)
        r.vaf = float(r.altReads) / float(sum);
    return r;
}

ReadSupport VcfReadSupport::sitesOnly(int altIndex) const
{
    // Sites-only callers (LoFreq) keep the sample's values in INFO.
    ReadSupport r;
    if (m_sampleInInfo) {
        r.vaf = floatAt(m_infoAf, -1, altIndex - 1);
        r.depth = intAt(m_infoDp, -1, 0);
        if (m_infoDp4.count >= 4 && m_record->n_allele == 2) {
            int dp4[4];
            for (int i = 0; i < 4; ++i)
                dp4[i] = intAt(m_infoDp4, -1, i);
            if (dp4[0] >= 0 && dp4[1] >= 0 && dp4[2] >= 0 && dp4[3] >= 0) {
                r.altReads = dp4[2] + dp4[3];
                const int sum = dp4[0] + dp4[1] + dp4[2] + dp4[3];
                if (std::isnan(r.vaf) && sum > 0)
                    r.vaf = float(r.altReads) / float(sum);
            }
        }
    }
    if (std::isnan(r.vaf))
        r.vaf = floatAt(m_infoTvaf, -1, altIndex - 1);
    if (r.depth < 0)
        r.depth = intAt(m_infoTdp, -1, 0);
    return r;
}

} // namespace onco
