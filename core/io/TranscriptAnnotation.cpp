#include "TranscriptAnnotation.h"

#include "Consequence.h"
#include "ProteinChange.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/**
 * Splits without allocating: views into the input. With @p limit, only the first @p limit fields
 * are cut out and the rest of the input is not scanned.
 */
QVarLengthArray<QByteArrayView, 96> splitView(QByteArrayView s, char sep, qsizetype limit = -1)
{
    QVarLengthArray<QByteArrayView, 96> parts;
    const char* from = s.data();
    const char* const end = from + s.size();
    while (parts.size() != limit) {
        const auto* hit = static_cast<const char*>(std::memchr(from, sep, std::size_t(end - from)));
        if (!hit) {
            parts.append(QByteArrayView(from, end - from));
            return parts;
        }
        parts.append(QByteArrayView(from, hit - from));
        from = hit + 1;
    }
    return parts;
}

/**
 * Consequence::rank of the most severe of the '&'-joined terms, remembered per thread: a CSQ
 * field names the same few combinations for millions of transcripts.
 */
int severityRank(QByteArrayView terms)
{
    thread_local QHash<QByteArray, int> ranks;
    // A view of the bytes for the lookup, without a copy.
    const QByteArray key = QByteArray::fromRawData(terms.data(), terms.size());
    if (const auto it = ranks.constFind(key); it != ranks.cend())
        return *it;
    const int rank = Consequence::rank(Consequence::mostSevere(QString::fromUtf8(terms)));
    if (ranks.size() < 4096)
        ranks.insert(QByteArray(terms.data(), terms.size()), rank);
    return rank;
}

QString field(const QVarLengthArray<QByteArrayView, 96>& parts, int index)
{
    if (index < 0 || index >= parts.size())
        return {};
    return QString::fromUtf8(parts[index]);
}

/** "ENST00000288602.6:c.1799T>A" -> "c.1799T>A". */
QString stripReference(const QString& hgvs)
{
    const qsizetype colon = hgvs.lastIndexOf(u':');
    QString s = colon >= 0 ? hgvs.mid(colon + 1) : hgvs;
    s.replace(u"%3D"_s, u"="_s, Qt::CaseInsensitive);
    return s;
}

} // namespace

std::optional<TranscriptAnnotationParser> TranscriptAnnotationParser::forVep(const QString& description)
{
    const qsizetype at = description.indexOf(u"Format:"_s, 0, Qt::CaseInsensitive);
    if (at < 0)
        return std::nullopt;
    QString spec = description.mid(at + 7).trimmed();
    if (spec.endsWith(u'"'))
        spec.chop(1);
    const QStringList names = spec.trimmed().split(u'|');
    if (names.size() < 2)
        return std::nullopt;

    TranscriptAnnotationParser p(Format::Vep);
    p.m_fieldCount = int(names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString n = names[i].trimmed();
        if (n == u"Allele")
            p.m_allele = i;
        else if (n == u"Consequence")
            p.m_consequence = i;
        else if (n == u"SYMBOL")
            p.m_symbol = i;
        else if (n == u"Feature")
            p.m_feature = i;
        else if (n == u"HGVSc")
            p.m_hgvsc = i;
        else if (n == u"HGVSp")
            p.m_hgvsp = i;
        else if (n == u"PICK")
            p.m_pick = i;
        else if (n == u"MANE_SELECT" || (n == u"MANE" && p.m_mane < 0))
            p.m_mane = i;
        else if (n == u"CANONICAL")
            p.m_canonical = i;
        else if (n == u"EXON")
            p.m_exon = i;
        else if (n == u"INTRON")
            p.m_intron = i;
    }
    if (p.m_consequence < 0)
        return std::nullopt;
    return p;
}

TranscriptAnnotationParser TranscriptAnnotationParser::forSnpEff()
{
    return TranscriptAnnotationParser(Format::SnpEff);
}

QByteArray TranscriptAnnotationParser::vepAllele(const QList<QByteArray>& vcfAlleles, int altIndex)
{
    if (altIndex <= 0 || altIndex >= vcfAlleles.size())
        return {};
    // VEP drops the first base when every allele of the record shares it.
    bool sharedFirst = true;
    const char first = vcfAlleles.front().isEmpty() ? '\0' : vcfAlleles.front().front();
    for (const QByteArray& a : vcfAlleles) {
        if (a.isEmpty() || a.front() != first || a.startsWith('<')) {
            sharedFirst = false;
            break;
        }
    }
    QByteArray allele = vcfAlleles[altIndex];
    if (sharedFirst && vcfAlleles.size() > 1) {
        bool allSingle = true;
        for (const QByteArray& a : vcfAlleles)
            allSingle = allSingle && a.size() == 1;
        if (!allSingle)
            allele = allele.mid(1);
    }
    return allele.isEmpty() ? QByteArray("-") : allele;
}

TranscriptAnnotationParser TranscriptAnnotationParser::forSnpEffEff(const QString& description)
{
    TranscriptAnnotationParser p(Format::SnpEffEff);
    p.m_effHasAllele = description.contains(u"Genotype"_s, Qt::CaseInsensitive);
    return p;
}

TranscriptAnnotationParser TranscriptAnnotationParser::forBcsq()
{
    return TranscriptAnnotationParser(Format::Bcsq);
}

TranscriptAnnotation
TranscriptAnnotationParser::pick(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    switch (m_format) {
    case Format::Vep:
        return pickVep(info, vcfAlleles, altIndex);
    case Format::SnpEff:
        return pickSnpEff(info, vcfAlleles, altIndex);
    case Format::SnpEffEff:
        return pickEff(info, vcfAlleles, altIndex);
    case Format::Bcsq:
        return pickBcsq(info);
    }
    return {};
}

QString TranscriptAnnotationParser::soTermOfEff(QStringView effect)
{
    static const QHash<QString, QString> map{
        {u"NON_SYNONYMOUS_CODING"_s, u"missense_variant"_s},
        {u"SYNONYMOUS_CODING"_s, u"synonymous_variant"_s},
        {u"STOP_GAINED"_s, u"stop_gained"_s},
        {u"STOP_LOST"_s, u"stop_lost"_s},
        {u"START_LOST"_s, u"start_lost"_s},
        {u"FRAME_SHIFT"_s, u"frameshift_variant"_s},
        {u"CODON_INSERTION"_s, u"inframe_insertion"_s},
        {u"CODON_DELETION"_s, u"inframe_deletion"_s},
        {u"CODON_CHANGE"_s, u"coding_sequence_variant"_s},
        {u"CODON_CHANGE_PLUS_CODON_INSERTION"_s, u"disruptive_inframe_insertion"_s},
        {u"CODON_CHANGE_PLUS_CODON_DELETION"_s, u"disruptive_inframe_deletion"_s},
        {u"SPLICE_SITE_ACCEPTOR"_s, u"splice_acceptor_variant"_s},
        {u"SPLICE_SITE_DONOR"_s, u"splice_donor_variant"_s},
        {u"SPLICE_SITE_REGION"_s, u"splice_region_variant"_s},
        {u"NON_SYNONYMOUS_START"_s, u"initiator_codon_variant"_s},
        {u"SYNONYMOUS_STOP"_s, u"stop_retained_variant"_s},
        {u"SYNONYMOUS_START"_s, u"start_retained_variant"_s},
        {u"START_GAINED"_s, u"5_prime_UTR_premature_start_codon_gain_variant"_s},
        {u"EXON_DELETED"_s, u"exon_loss_variant"_s},
        {u"RARE_AMINO_ACID"_s, u"rare_amino_acid_variant"_s},
        {u"UTR_5_PRIME"_s, u"5_prime_UTR_variant"_s},
        {u"UTR_3_PRIME"_s, u"3_prime_UTR_variant"_s},
        {u"INTRON"_s, u"intron_variant"_s},
        {u"UPSTREAM"_s, u"upstream_gene_variant"_s},
        {u"DOWNSTREAM"_s, u"downstream_gene_variant"_s},
        {u"INTERGENIC"_s, u"intergenic_variant"_s},
        {u"INTRAGENIC"_s, u"intragenic_variant"_s},
        {u"EXON"_s, u"non_coding_exon_variant"_s},
        {u"REGULATION"_s, u"regulatory_region_variant"_s},
    };
    return map.value(effect.toString().toUpper(), u"sequence_variant"_s);
}

QString TranscriptAnnotationParser::soTermOfBcsq(QStringView consequence)
{
    // bcftools csq names are SO terms without "_variant", with UTRs in lower case.
    QString c = consequence.toString();
    if (c.startsWith(u'*'))
        c = c.mid(1); // consequence downstream of a stop
    if (c == u"5_prime_utr")
        return u"5_prime_UTR_variant"_s;
    if (c == u"3_prime_utr")
        return u"3_prime_UTR_variant"_s;
    if (c == u"inframe_altering")
        return u"protein_altering_variant"_s;
    if (c == u"non_coding")
        return u"non_coding_transcript_variant"_s;
    if (c.endsWith(u"_variant"_s) || c == u"stop_gained" || c == u"stop_lost" || c == u"start_lost"
        || c == u"feature_elongation")
        return c;
    return c + u"_variant"_s;
}

QString TranscriptAnnotationParser::proteinOfBcsq(QStringView change)
{
    // "600V>600E": position and residue on both sides.
    const qsizetype gt = change.indexOf(u'>');
    if (gt > 0) {
        const QStringView left = change.first(gt);
        const QStringView right = change.sliced(gt + 1);
        qsizetype digits = 0;
        while (digits < left.size() && left[digits].isDigit())
            ++digits;
        const QStringView pos = left.first(digits);
        if (digits > 0 && right.startsWith(pos) && left.size() - digits == 1 && right.size() - digits == 1)
            return ProteinChange::normalize(left.sliced(digits).toString() + pos.toString()
                                            + right.sliced(digits).toString());
    }
    return change.isEmpty() ? QString() : u"p."_s + change.toString();
}

TranscriptAnnotation
TranscriptAnnotationParser::pickVep(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    const QByteArray allele = vepAllele(vcfAlleles, altIndex);
    // With a single ALT every entry belongs to it, whatever allele spelling the annotator used.
    const bool anyEntry = vcfAlleles.size() == 2;
    const QByteArrayView vcfAlt(vcfAlleles.value(altIndex));

    // Score entries: PICK > MANE Select > canonical > consequence severity; first wins ties. Only
    // the fields that score are cut out of each entry (a CSQ entry may carry 80 fields, some of
    // them whole protein sequences); the winner is split in full once.
    const qsizetype scoreFields = 1 + std::max({m_allele, m_pick, m_mane, m_canonical, m_consequence});
    QByteArrayView bestEntry;
    long bestScore = -1;
    for (QByteArrayView entry : splitView(info, ',')) {
        const auto parts = splitView(entry, '|', scoreFields);
        if (!anyEntry && m_allele >= 0 && m_allele < parts.size() && parts[m_allele] != allele
            && parts[m_allele] != vcfAlt)
            continue;
        long score = 0;
        if (m_pick >= 0 && m_pick < parts.size() && parts[m_pick] == "1")
            score += 1L << 40;
        if (m_mane >= 0 && m_mane < parts.size() && !parts[m_mane].isEmpty())
            score += 1L << 39;
        if (m_canonical >= 0 && m_canonical < parts.size() && parts[m_canonical] == "YES")
            score += 1L << 38;
        if (m_consequence < parts.size())
            score += 1000 - severityRank(parts[m_consequence]);
        if (score > bestScore) {
            bestScore = score;
            bestEntry = entry;
        }
    }
    TranscriptAnnotation a;
    if (bestScore < 0)
        return a;
    const auto best = splitView(bestEntry, '|');
    a.gene = field(best, m_symbol);
    a.transcript = field(best, m_feature);
    a.hgvsc = stripReference(field(best, m_hgvsc));
    a.hgvsp = ProteinChange::normalize(field(best, m_hgvsp));
    a.consequence = Consequence::mostSevere(field(best, m_consequence)).toString();
    a.exon = field(best, m_exon);
    a.intron = field(best, m_intron);
    return a;
}

TranscriptAnnotation
TranscriptAnnotationParser::pickSnpEff(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    // ANN: Allele | Annotation | Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID |
    //      Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA | CDS | AA | Distance | Messages
    const QByteArrayView alt(vcfAlleles.value(altIndex));
    TranscriptAnnotation a;
    for (QByteArrayView entry : splitView(info, ',')) {
        const auto parts = splitView(entry, '|');
        if (parts.size() < 11)
            continue;
        QByteArrayView allele = parts[0];
        // Cancer mode writes "ALT-REFERENCE_ALLELE" (e.g. "G-C") for somatic-vs-germline effects.
        if (const qsizetype dash = allele.indexOf('-'); dash > 0)
            allele = allele.first(dash);
        if (allele != alt && vcfAlleles.size() > 2)
            continue;
        a.gene = field(parts, 3);
        a.transcript = field(parts, 6);
        a.hgvsc = stripReference(field(parts, 9));
        a.hgvsp = ProteinChange::normalize(field(parts, 10));
        a.consequence = Consequence::mostSevere(field(parts, 1)).toString();
        // Rank is the exon's, or the intron's for an effect in an intron (splice sites included).
        const QString rank = field(parts, 8);
        if (a.consequence.contains(u"intron"_s) || a.consequence == u"splice_donor_variant"
            || a.consequence == u"splice_acceptor_variant")
            a.intron = rank;
        else
            a.exon = rank;
        break;
    }
    return a;
}

TranscriptAnnotation
TranscriptAnnotationParser::pickEff(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    // Effect(Impact|Class|Codon|AA|AA_len|Gene|BioType|Coding|Transcript|Exon[|Allele][|Errors])
    const QByteArrayView alt(vcfAlleles.value(altIndex));
    TranscriptAnnotation best;
    int bestRank = 1 << 30;
    for (QByteArrayView entry : splitView(info, ',')) {
        const qsizetype open = entry.indexOf('(');
        if (open <= 0 || !entry.endsWith(')'))
            continue;
        const QString effect = QString::fromUtf8(entry.first(open));
        const auto parts = splitView(entry.sliced(open + 1, entry.size() - open - 2), '|');
        if (parts.size() < 9)
            continue;
        if (m_effHasAllele && parts.size() > 10 && vcfAlleles.size() > 2) {
            QByteArrayView allele = parts[10];
            if (const qsizetype dash = allele.indexOf('-'); dash > 0)
                allele = allele.first(dash);
            if (allele != alt)
                continue;
        }
        const QString term = soTermOfEff(effect);
        const int rank = Consequence::rank(term);
        if (rank >= bestRank)
            continue;
        bestRank = rank;
        best.consequence = term;
        best.gene = field(parts, 5);
        best.transcript = field(parts, 8);
        best.exon = field(parts, 9);
        QString aa = field(parts, 3);
        if (const qsizetype slash = aa.indexOf(u'/'); slash >= 0) {
            best.hgvsc = aa.mid(slash + 1); // "p.Val600Glu/c.1799T>A" with -hgvs
            aa = aa.left(slash);
        }
        best.hgvsp = ProteinChange::normalize(aa);
    }
    return best;
}

TranscriptAnnotation TranscriptAnnotationParser::pickBcsq(QByteArrayView info) const
{
    // consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change; "@POS" entries refer
    // to a compound consequence given at another record.
    TranscriptAnnotation best;
    int bestRank = 1 << 30;
    for (QByteArrayView entry : splitView(info, ',')) {
        if (entry.startsWith('@'))
            continue;
        const auto parts = splitView(entry, '|');
        if (parts.isEmpty())
            continue;
        QString term;
        int rank = 1 << 30;
        for (QByteArrayView c : splitView(parts[0], '&')) {
            const QString so = soTermOfBcsq(QString::fromUtf8(c));
            if (Consequence::rank(so) < rank) {
                rank = Consequence::rank(so);
                term = so;
            }
        }
        if (rank >= bestRank)
            continue;
        bestRank = rank;
        best.consequence = term;
        best.gene = field(parts, 1);
        best.transcript = field(parts, 2);
        best.hgvsp = proteinOfBcsq(field(parts, 5));
        best.hgvsc = QString();
    }
    return best;
}

} // namespace onco
