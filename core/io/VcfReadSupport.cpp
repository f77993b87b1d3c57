#include "VcfReadSupport.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
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
    // A key is used when the header declares it with a type that fits its convention.
    auto id = [&](int kind, const char* tag, std::initializer_list<int> types, int* length = nullptr) {
        int type = 0;
        if (!headerTag(header, kind, tag, &type, length))
            return -1;
        for (int t : types)
            if (t == type)
                return bcf_hdr_id2int(header, BCF_DT_ID, tag);
        return -1;
    };
    const auto ints = {BCF_HT_INT};
    const auto reals = {BCF_HT_REAL};
    const auto strings = {BCF_HT_STR};
    m_id.GT = id(BCF_HL_FMT, "GT", strings);
    int adLength = 0;
    m_id.AD = id(BCF_HL_FMT, "AD", ints, &adLength);
    // Number=R (or Number=. as older GATK wrote it) carries ref and alt; Number=1 is VarScan2's alt-only count.
    m_adNumberR = m_id.AD >= 0 && adLength != BCF_VL_FIXED;
    m_id.AF = id(BCF_HL_FMT, "AF", reals);
    m_id.FA = id(BCF_HL_FMT, "FA", reals);
    m_id.DP = id(BCF_HL_FMT, "DP", ints);
    m_id.FREQ = id(BCF_HL_FMT, "FREQ", strings);
    m_id.RD = id(BCF_HL_FMT, "RD", ints);
    m_id.DP4 = id(BCF_HL_FMT, "DP4", {BCF_HT_INT, BCF_HT_STR});
    m_id.TIR = id(BCF_HL_FMT, "TIR", ints);
    m_id.TAR = id(BCF_HL_FMT, "TAR", ints);
    m_id.VD = id(BCF_HL_FMT, "VD", ints);
    for (int b = 0; b < 4; ++b)
        m_id.baseU[b] = id(BCF_HL_FMT, baseUTags[b], ints);
    m_id.DR = id(BCF_HL_FMT, "DR", ints);
    m_id.DV = id(BCF_HL_FMT, "DV", ints);
    m_id.RR = id(BCF_HL_FMT, "RR", ints);
    m_id.RV = id(BCF_HL_FMT, "RV", ints);
    m_id.ADT = id(BCF_HL_FMT, "ADT", strings);
    m_id.DPT = id(BCF_HL_FMT, "DPT", ints);
    m_id.ADC = id(BCF_HL_FMT, "ADC", strings);
    m_id.DPC = id(BCF_HL_FMT, "DPC", ints);
    m_id.infoTVAF = id(BCF_HL_INFO, "TVAF", reals);
    m_id.infoTDP = id(BCF_HL_INFO, "TDP", ints);

    // In a file without samples INFO/AF is usually a population frequency (1000 Genomes, gnomAD).
    // It is the sample's VAF only for single-sample callers that write read counts to INFO:
    // LoFreq (named in ##source) and mpileup-style files with INFO/DP4.
    const int infoDp4 = id(BCF_HL_INFO, "DP4", ints);
    bool lofreq = false;
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t* h = header->hrec[i];
        if (h->type == BCF_HL_GEN && h->key && h->value && std::strcmp(h->key, "source") == 0
            && QByteArrayView(h->value).contains("lofreq"))
            lofreq = true;
    }
    m_sampleInInfo = m_samples == 0 && (lofreq || infoDp4 >= 0);
    if (m_sampleInInfo) {
        m_id.infoAF = id(BCF_HL_INFO, "AF", reals);
        m_id.infoDP = id(BCF_HL_INFO, "DP", ints);
        m_id.infoDP4 = infoDp4;
    }
}

void VcfReadSupport::load(bcf1_t* record)
{
    m_record = record;
    m_f = Fields{};
    if (m_samples > 0) {
        bcf_unpack(record, BCF_UN_FMT);
        for (int i = 0; i < record->n_fmt; ++i) {
            const bcf_fmt_t* f = &record->d.fmt[i];
            const int id = f->id;
            if (id < 0 || !f->p)
                continue;
            if (id == m_id.GT)
                m_f.GT = f;
            else if (id == m_id.AD)
                m_f.AD = f;
            else if (id == m_id.AF)
                m_f.AF = f;
            else if (id == m_id.FA)
                m_f.FA = f;
            else if (id == m_id.DP)
                m_f.DP = f;
            else if (id == m_id.FREQ)
                m_f.FREQ = f;
            else if (id == m_id.RD)
                m_f.RD = f;
            else if (id == m_id.DP4)
                m_f.DP4 = f;
            else if (id == m_id.TIR)
                m_f.TIR = f;
            else if (id == m_id.TAR)
                m_f.TAR = f;
            else if (id == m_id.VD)
                m_f.VD = f;
            else if (id == m_id.DR)
                m_f.DR = f;
            else if (id == m_id.DV)
                m_f.DV = f;
            else if (id == m_id.RR)
                m_f.RR = f;
            else if (id == m_id.RV)
                m_f.RV = f;
            else if (id == m_id.ADT)
                m_f.ADT = f;
            else if (id == m_id.DPT)
                m_f.DPT = f;
            else if (id == m_id.ADC)
                m_f.ADC = f;
            else if (id == m_id.DPC)
                m_f.DPC = f;
            else
                for (int b = 0; b < 4; ++b)
                    if (id == m_id.baseU[b])
                        m_f.baseU[b] = f;
        }
    }
    // The reader unpacked INFO already; look up only the keys the header has.
    auto info = [&](int id) { return id >= 0 ? bcf_get_info_id(record, id) : nullptr; };
    m_f.infoTVAF = info(m_id.infoTVAF);
    m_f.infoTDP = info(m_id.infoTDP);
    if (m_sampleInInfo) {
        m_f.infoAF = info(m_id.infoAF);
        m_f.infoDP = info(m_id.infoDP);
        m_f.infoDP4 = info(m_id.infoDP4);
    }
}

namespace {

template <typename T> T readAt(const uint8_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

} // namespace

Zygosity VcfReadSupport::zygosity(int sample, int altIndex) const
{
    const bcf_fmt_t* f = m_f.GT;
    if (!f || sample < 0 || sample >= m_samples || f->n <= 0)
        return Zygosity::Unknown;
    // GT is stored as (allele + 1) << 1 | phased; 0 is a missing allele, vector_end ends a
    // genotype shorter than the longest of the record.
    int called = 0, copies = 0;
    for (int i = 0; i < f->n; ++i) {
        int value = 0;
        const uint8_t* p = f->p + size_t(sample) * size_t(f->size);
        switch (f->type) {
        case BCF_BT_INT8: {
            const auto x = readAt<int8_t>(p + i);
            if (x == bcf_int8_vector_end)
                i = f->n;
            value = x;
            break;
        }
        case BCF_BT_INT16: {
            const auto x = readAt<int16_t>(p + 2 * i);
            if (x == bcf_int16_vector_end)
                i = f->n;
            value = x;
            break;
        }
        case BCF_BT_INT32: {
            const auto x = readAt<int32_t>(p + 4 * i);
            if (x == bcf_int32_vector_end)
                i = f->n;
            value = x;
            break;
        }
        default:
            return Zygosity::Unknown;
        }
        if (i >= f->n)
            break;
        if ((value >> 1) == 0)
            return Zygosity::Unknown; // a missing allele: "./." or "0/."
        ++called;
        if ((value >> 1) - 1 == altIndex)
            ++copies;
    }
    if (called == 0)
        return Zygosity::Unknown;
    if (copies == 0)
        return Zygosity::Absent;
    return copies == called ? Zygosity::Homozygous : Zygosity::Heterozygous;
}

int VcfReadSupport::intAt(const bcf_fmt_t* f, int sample, int index) const
{
    if (!f || sample < 0 || sample >= m_samples || index < 0 || index >= f->n)
        return -1;
    const uint8_t* p = f->p + size_t(sample) * size_t(f->size);
    int v = -1;
    switch (f->type) {
    case BCF_BT_INT8: {
        const auto x = readAt<int8_t>(p + index);
        v = (x == bcf_int8_missing || x == bcf_int8_vector_end) ? -1 : x;
        break;
    }
    case BCF_BT_INT16: {
        const auto x = readAt<int16_t>(p + 2 * index);
        v = (x == bcf_int16_missing || x == bcf_int16_vector_end) ? -1 : x;
        break;
    }
    case BCF_BT_INT32: {
        const auto x = readAt<int32_t>(p + 4 * index);
        v = (x == bcf_int32_missing || x == bcf_int32_vector_end) ? -1 : x;
        break;
    }
    default:
        return -1;
    }
    return v < 0 ? -1 : v;
}

float VcfReadSupport::floatAt(const bcf_fmt_t* f, int sample, int index) const
{
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    if (!f || f->type != BCF_BT_FLOAT || sample < 0 || sample >= m_samples || index < 0 || index >= f->n)
        return nan;
    const float v = readAt<float>(f->p + size_t(sample) * size_t(f->size) + 4 * size_t(index));
    if (bcf_float_is_missing(v) || bcf_float_is_vector_end(v) || std::isnan(v) || v < 0)
        return nan;
    return v;
}

QByteArrayView VcfReadSupport::stringOf(const bcf_fmt_t* f, int sample) const
{
    if (!f || f->type != BCF_BT_CHAR || sample < 0 || sample >= m_samples)
        return {};
    const char* p = reinterpret_cast<const char*>(f->p + size_t(sample) * size_t(f->size));
    qsizetype n = 0;
    while (n < f->size && p[n] != '\0')
        ++n;
    const QByteArrayView s(p, n);
    return s == "." ? QByteArrayView() : s;
}

int VcfReadSupport::infoInt(const bcf_info_t* info, int index) const
{
    if (!info || index < 0 || index >= info->len)
        return -1;
    int v = -1;
    switch (info->type) {
    case BCF_BT_INT8: {
        const auto x = readAt<int8_t>(info->vptr + index);
        v = (x == bcf_int8_missing || x == bcf_int8_vector_end) ? -1 : x;
        break;
    }
    case BCF_BT_INT16: {
        const auto x = readAt<int16_t>(info->vptr + 2 * index);
        v = (x == bcf_int16_missing || x == bcf_int16_vector_end) ? -1 : x;
        break;
    }
    case BCF_BT_INT32: {
        const auto x = readAt<int32_t>(info->vptr + 4 * index);
        v = (x == bcf_int32_missing || x == bcf_int32_vector_end) ? -1 : x;
        break;
    }
    default:
        return -1;
    }
    return v < 0 ? -1 : v;
}

float VcfReadSupport::infoFloat(const bcf_info_t* info, int index) const
{
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    if (!info || info->type != BCF_BT_FLOAT || index < 0 || index >= info->len)
        return nan;
    const float v = readAt<float>(info->vptr + 4 * size_t(index));
    if (bcf_float_is_missing(v) || bcf_float_is_vector_end(v) || std::isnan(v) || v < 0)
        return nan;
    return v;
}

float VcfReadSupport::alleleFraction(const bcf_fmt_t* f, int sample, int altIndex) const
{
    if (!f)
        return std::numeric_limits<float>::quiet_NaN();
    // Number=A lists ALT fractions; RADIA writes Number=. with the REF fraction first (Number=R):
    // the count of values the sample has tells which.
    int present = 0;
    const uint8_t* p = f->p + size_t(sample) * size_t(f->size);
    for (int i = 0; i < f->n && f->type == BCF_BT_FLOAT; ++i)
        if (!bcf_float_is_vector_end(readAt<float>(p + 4 * size_t(i))))
            ++present;
    const int index = present >= m_record->n_allele ? altIndex : altIndex - 1;
    return floatAt(f, sample, index);
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
    qint64 adSum = -1;         // sum over all alleles, when every allele has a count
    bool adIncomplete = false; // AD lists '.' for some allele: DP is the better denominator
    if (m_adNumberR && m_f.AD) {
        const int per = m_f.AD->n;
        if (per >= nAlleles) {
            refReads = intAt(m_f.AD, sample, 0);
            altReads = intAt(m_f.AD, sample, altIndex);
            adSum = 0;
            for (int i = 0; i < nAlleles; ++i) {
                const int v = intAt(m_f.AD, sample, i);
                if (v < 0) {
                    adSum = -1;
                    adIncomplete = true;
                    break;
                }
                adSum += v;
            }
        }
    } else if (m_f.AD) {
        altReads = intAt(m_f.AD, sample, 0); // VarScan2: AD is the alt count, RD the ref count
        refReads = intAt(m_f.RD, sample, 0);
    }
    if (altReads < 0 && m_record->d.allele && nAlleles == 2 && std::strlen(m_record->d.allele[0]) == 1
        && std::strlen(m_record->d.allele[1]) == 1) {
        // Strelka SNVs: tier-1 counts per base.
        const int ref = baseIndex(m_record->d.allele[0][0]);
        const int alt = baseIndex(m_record->d.allele[altIndex][0]);
        if (ref >= 0 && alt >= 0 && m_f.baseU[ref] && m_f.baseU[alt]) {
            refReads = intAt(m_f.baseU[ref], sample, 0);
            altReads = intAt(m_f.baseU[alt], sample, 0);
        }
    }
    if (altReads < 0 && m_f.TIR && m_f.TAR) {
        altReads = intAt(m_f.TIR, sample, 0); // Strelka indels: tier-1 alt and ref reads
        refReads = intAt(m_f.TAR, sample, 0);
    }
    if (altReads < 0) {
        int dp4[4] = {-1, -1, -1, -1};
        int n = 0;
        if (m_f.DP4 && m_f.DP4->type == BCF_BT_CHAR)
            n = parseIntList(stringOf(m_f.DP4, sample), dp4, 4);
        else if (m_f.DP4 && m_f.DP4->n >= 4)
            for (n = 0; n < 4; ++n)
                dp4[n] = intAt(m_f.DP4, sample, n);
        if (n == 4 && dp4[0] >= 0 && dp4[1] >= 0 && dp4[2] >= 0 && dp4[3] >= 0 && nAlleles == 2) {
            refReads = dp4[0] + dp4[1];
            altReads = dp4[2] + dp4[3];
        }
    }
    if (altReads < 0 && m_f.ADT) {
        int counts[16];
        const int n = parseIntList(stringOf(m_f.ADT, sample), counts, 16);
        if (n >= nAlleles && counts[altIndex] >= 0 && counts[0] >= 0) {
            refReads = counts[0];
            altReads = counts[altIndex];
            adSum = 0;
            for (int i = 0; i < n; ++i)
                adSum += counts[i] > 0 ? counts[i] : 0;
        }
    }
    if (altReads < 0 && m_f.VD && nAlleles == 2)
        altReads = intAt(m_f.VD, sample, 0);
    if (altReads < 0 && nAlleles == 2) {
        // DELLY: junction reads for precise calls, else read pairs.
        const int rr = intAt(m_f.RR, sample, 0);
        const int rv = intAt(m_f.RV, sample, 0);
        const int dr = intAt(m_f.DR, sample, 0);
        const int dv = intAt(m_f.DV, sample, 0);
        if (rr >= 0 && rv >= 0 && rr + rv > 0) {
            refReads = rr;
            altReads = rv;
        } else if (dr >= 0 && dv >= 0 && dr + dv > 0) {
            refReads = dr;
            altReads = dv;
        }
    }

    // Depth: the caller's own DP first; allele sums otherwise.
    int depth = intAt(m_f.DP, sample, 0);
    if (depth < 0)
        depth = intAt(m_f.DPT, sample, 0);
    // Sums beyond a 32-bit count are not read depths: unknown rather than wrapped around.
    if (depth < 0 && adSum >= 0 && adSum <= INT_MAX)
        depth = int(adSum);
    if (depth < 0 && refReads >= 0 && altReads >= 0 && qint64(refReads) + altReads <= INT_MAX)
        depth = refReads + altReads;

    r.depth = depth;
    r.altReads = altReads;

    // VAF: the caller's own estimate first (Mutect2/VarDict AF, VarScan2 FREQ), else from counts.
    float vaf = alleleFraction(m_f.AF, sample, altIndex);
    if (std::isnan(vaf))
        vaf = alleleFraction(m_f.FA, sample, altIndex); // MuTect 1.x
    if (std::isnan(vaf) && m_f.FREQ && nAlleles == 2)
        vaf = parsePercent(stringOf(m_f.FREQ, sample));
    if (std::isnan(vaf) && altReads >= 0) {
        qint64 denominator = -1;
        if (adSum > 0)
            denominator = adSum;
        else if (adIncomplete && depth > 0)
            denominator = depth;
        else if (refReads >= 0 && qint64(refReads) + altReads > 0)
            denominator = qint64(refReads) + altReads; // Strelka tier 1, DP4, VarScan RD/AD: counts of one kind
        else if (depth > 0)
            denominator = depth;
        if (denominator > 0)
            vaf = float(double(altReads) / double(denominator));
    }
    if (std::isnan(vaf) && nAlleles == 2) {
        // Last resort for the tumor column: the pipeline's INFO tumor VAF/depth (PCGR TVAF/TDP).
        vaf = infoFloat(m_f.infoTVAF, 0);
        if (r.depth < 0)
            r.depth = infoInt(m_f.infoTDP, 0);
    }
    r.vaf = vaf;
    return r;
}

ReadSupport VcfReadSupport::controlColumn(int sample, int altIndex) const
{
    ReadSupport r;
    int counts[16];
    const int n = parseIntList(stringOf(m_f.ADC, sample), counts, 16);
    int sum = 0;
    if (n >= m_record->n_allele && counts[altIndex] >= 0) {
        r.altReads = counts[altIndex];
        for (int i = 0; i < n; ++i)
            sum += counts[i] > 0 ? counts[i] : 0;
    }
    r.depth = intAt(m_f.DPC, sample, 0);
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
        r.vaf = infoFloat(m_f.infoAF, altIndex - 1);
        r.depth = infoInt(m_f.infoDP, 0);
        if (m_f.infoDP4 && m_f.infoDP4->len >= 4 && m_record->n_allele == 2) {
            int dp4[4];
            for (int i = 0; i < 4; ++i)
                dp4[i] = infoInt(m_f.infoDP4, i);
            if (dp4[0] >= 0 && dp4[1] >= 0 && dp4[2] >= 0 && dp4[3] >= 0) {
                r.altReads = dp4[2] + dp4[3];
                const int sum = dp4[0] + dp4[1] + dp4[2] + dp4[3];
                if (std::isnan(r.vaf) && sum > 0)
                    r.vaf = float(r.altReads) / float(sum);
            }
        }
    }
    if (std::isnan(r.vaf))
        r.vaf = infoFloat(m_f.infoTVAF, altIndex - 1);
    if (r.depth < 0)
        r.depth = infoInt(m_f.infoTDP, 0);
    return r;
}

} // namespace onco
