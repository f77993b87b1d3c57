#include "MafReader.h"

#include "NamedEvent.h"

#include "StringInterner.h"

#include "Consequence.h"
#include "ProteinChange.h"
#include "ReadBounds.h"
#include "SampleSelector.h"
#include "TsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::MafReader)
};

bool validAllele(QByteArrayView a)
{
    if (a.isEmpty())
        return false;
    if (a == "-")
        return true;
    for (const char c : a)
        if (!std::strchr("ACGTNacgtn", c))
            return false;
    return true;
}

/** A field of plain digits (a read count, a position), read without a copy; nullopt for anything else. */
template <typename Number> std::optional<Number> plainDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > std::numeric_limits<Number>::digits10)
        return std::nullopt;
    Number n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + Number(c - '0');
    }
    return n;
}

int toInt(QByteArrayView v)
{
    if (const auto n = plainDigits<int>(v))
        return *n;
    bool ok = false; // signs, spaces, other notations: as QByteArray reads them
    const int n = v.toByteArray().toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

/** Kind from MAF Variant_Type, else from the alleles. */
AlterationKind kindOf(QByteArrayView variantType, const QString& ref, const QString& alt)
{
    if (variantType.compare("SNP", Qt::CaseInsensitive) == 0)
        return AlterationKind::Snv;
    if (variantType.compare("DNP", Qt::CaseInsensitive) == 0 || variantType.compare("TNP", Qt::CaseInsensitive) == 0
        || variantType.compare("ONP", Qt::CaseInsensitive) == 0)
        return AlterationKind::Mnv;
    if (variantType.compare("INS", Qt::CaseInsensitive) == 0)
        return AlterationKind::Insertion;
    if (variantType.compare("DEL", Qt::CaseInsensitive) == 0)
        return AlterationKind::Deletion;
    const qsizetype r = ref == u"-" ? 0 : ref.size();
    const qsizetype a = alt == u"-" ? 0 : alt.size();
    return smallVariantKind(r, a);
}

/** Kind of a protein-change-only row, from its classification. */
AlterationKind kindOfClassification(QStringView consequence)
{
    if (consequence.contains(u"insertion"))
        return AlterationKind::Insertion;
    if (consequence.contains(u"deletion"))
        return AlterationKind::Deletion;
    return AlterationKind::Snv;
}

} // namespace

QString MafReader::consequenceOf(QStringView c)
{
    static const QHash<QString, QString> map{
        {u"missense_mutation"_s, u"missense_variant"_s},
        {u"nonsense_mutation"_s, u"stop_gained"_s},
        {u"nonstop_mutation"_s, u"stop_lost"_s},
        {u"frame_shift_del"_s, u"frameshift_variant"_s},
        {u"frame_shift_ins"_s, u"frameshift_variant"_s},
        {u"in_frame_del"_s, u"inframe_deletion"_s},
        {u"in_frame_ins"_s, u"inframe_insertion"_s},
        {u"splice_site"_s, u"splice_donor_variant"_s},
        {u"splice_region"_s, u"splice_region_variant"_s},
        {u"translation_start_site"_s, u"start_lost"_s},
        {u"silent"_s, u"synonymous_variant"_s},
        {u"intron"_s, u"intron_variant"_s},
        {u"3'utr"_s, u"3_prime_UTR_variant"_s},
        {u"5'utr"_s, u"5_prime_UTR_variant"_s},
        {u"3'flank"_s, u"downstream_gene_variant"_s},
        {u"5'flank"_s, u"upstream_gene_variant"_s},
        {u"igr"_s, u"intergenic_variant"_s},
        {u"rna"_s, u"non_coding_transcript_exon_variant"_s},
        {u"targeted_region"_s, u"sequence_variant"_s},
    };
    return map.value(c.trimmed().toString().toLower());
}

Result<void> MafReader::read(const QString& path, const CaseLoadOptions& options, Case& into, const Progress* progress)
{
    TsvReader tsv;
    if (auto r = tsv.open(path, true); !r)
        return r;

    const int cGene = tsv.findColumn({"Hugo_Symbol", "Gene", "Gene_Symbol", "SYMBOL"});
    const int cChrom = tsv.findColumn({"Chromosome", "Chrom", "Chr"});
    const int cStart = tsv.findColumn({"Start_Position", "Start_position", "Start"});
    const int cRef = tsv.findColumn({"Reference_Allele", "Ref"});
    const int cAllele1 = tsv.findColumn({"Tumor_Seq_Allele1"});
    const int cAllele2 = tsv.findColumn({"Tumor_Seq_Allele2", "Alt"});
    const int cSample = tsv.findColumn({"Tumor_Sample_Barcode", "Sample_Id", "SAMPLE_ID", "Sample"});
    UnrecognisedSampleColumn sampleLike(tsv, cSample);
    const int cNormal = tsv.findColumn({"Matched_Norm_Sample_Barcode"});
    const int cBuild = tsv.findColumn({"NCBI_Build", "Assembly"});
    const int cClass = tsv.findColumn({"Variant_Classification"});
    const int cType = tsv.findColumn({"Variant_Type"});
    const int cConsequence = tsv.findColumn({"Consequence", "One_Consequence"});
    const int cHgvspShort = tsv.findColumn({"HGVSp_Short"});
    const int cHgvsp = tsv.findColumn({"HGVSp", "Protein_Change", "amino_acid_change", "AAChange", "aa_change"});
    const int cHgvsc = tsv.findColumn({"HGVSc"});
    const int cTranscript = tsv.findColumn({"Transcript_ID", "Feature", "i_transcript_name", "RefSeq"});
    const int cExon = tsv.findColumn({"Exon_Number", "EXON"});
    const int cIntron = tsv.findColumn({"INTRON"});
    const int cFilter = tsv.findColumn({"FILTER"});
    const int cTDepth = tsv.findColumn({"t_depth"});
    const int cTAlt = tsv.findColumn({"t_alt_count"});
    const int cTRef = tsv.findColumn({"t_ref_count"});
    const int cNDepth = tsv.findColumn({"n_depth"});
    const int cNAlt = tsv.findColumn({"n_alt_count"});
    const int cNRef = tsv.findColumn({"n_ref_count"});
    const int cVaf = tsv.findColumn({"t_vaf", "tumor_vaf", "TumorVAF", "i_TumorVAF_WU", "VAF"});

    const bool placed = cChrom >= 0 && cStart >= 0 && cRef >= 0 && (cAllele1 >= 0 || cAllele2 >= 0);
    const bool named = cGene >= 0 && (cHgvspShort >= 0 || cHgvsp >= 0);
    if (!placed && !named)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("a mutation table needs Chromosome, Start_Position, Reference_Allele and "
                                 "Tumor_Seq_Allele2 columns, or Hugo_Symbol with a protein change (HGVSp_Short)"),
                    path,
                    tsv.lineNumber());

    const qint16 input = qint16(into.inputs.contains(path) ? into.inputs.indexOf(path) : into.inputs.size());
    QList<InputIssue> issues;
    auto issue = [&](InputIssue::Severity severity, const QString& message) {
        issues.append(InputIssue{severity, path, tsv.lineNumber(), message});
    };
    // A row's sample is found by its bytes. A cohort keeps every sample: its rows go to one list in
    // file order (no second copy); one case keeps rows per sample until the samples are chosen.
    const bool everyRow = options.everySample && options.tumorSample.isEmpty();
    QStringList sampleOrder;
    std::vector<std::vector<Alteration>> bySample;
    std::vector<Alteration> inFileOrder;
    QList<qint64> perSample;
    std::vector<QByteArray> normalOf; // the last non-empty Matched_Norm_Sample_Barcode of each sample
    std::unordered_map<std::string, int, TransparentHash, std::equal_to<>> sampleIndex;
    int lastSample = -1;
    std::string lastSampleKey;
    GenomeBuild fileBuild = GenomeBuild::Unknown;
    const QString defaultSample = QFileInfo(path).completeBaseName();
    const QByteArray defaultSampleUtf8 = defaultSample.toUtf8();

    // Shared strings and remembered derivations: a study repeats its genes, classifications,
    // consequences, transcripts and protein changes, and rows with the same annotation share it.
    StringInterner strings;
    struct GeneFacts
    {
        QString gene;
        std::optional<NamedEvent> event;
    };
    ByteMemo<GeneFacts> geneFacts;                          // by gene and classification
    ByteMemo<QString> consequences;                         // by consequence and classification
    ByteMemo<QString> proteins;                             // by protein change as written
    ByteMemo<QSharedDataPointer<AlterationDetail>> details; // by every column a detail is made of
    // Two buffers: a detail's key stays whole while the detail is made, which looks up the others.
    std::string key;
    std::string detailKeyText;
    auto keyIn = [](std::string& buffer, std::initializer_list<QByteArrayView> parts) -> std::string_view {
        buffer.clear();
        for (const QByteArrayView part : parts) {
            const auto n = quint32(part.size());
            buffer.append(reinterpret_cast<const char*>(&n), sizeof n); // length-prefixed: exact
            buffer.append(part.data(), std::size_t(part.size()));
        }
        return buffer;
    };
    auto keyOf = [&key, &keyIn](std::initializer_list<QByteArrayView> parts) { return keyIn(key, parts); };
    auto sharedUpper = [&strings](QByteArrayView allele) -> QString {
        for (const char c : allele)
            if (c >= 'a' && c <= 'z')
                return strings.get(QByteArrayView(allele.toByteArray().toUpper()));
        return strings.get(allele);
    };

    qint64 rows = 0;
    RecordCap cap(options.maxRecords, path);
    while (tsv.next()) {
        if (!tsv.isValidUtf8())
            issue(InputIssue::Severity::Warning,
                  Messages::tr("the line is not valid UTF-8; unreadable characters were replaced"));
        if (tsv.fieldCount() != tsv.headerSize()) {
            // A field missing or added shifts every column after it: the row cannot be read safely.
            issue(InputIssue::Severity::Skipped,
                  Messages::tr("expected %1 tab-separated columns, found %2: the columns after a missing or extra "
                               "field would be shifted")
                      .arg(tsv.headerSize())
                      .arg(tsv.fieldCount()));
            continue;
        }
        Alteration a;
        a.origin = Origin{tsv.lineNumber(), input};
        const QByteArrayView chrom = tsv.field(cChrom);
        const QByteArrayView start = tsv.field(cStart);
        const QByteArrayView ref = tsv.field(cRef);
        QByteArrayView alt = tsv.field(cAllele2);
        if (alt.isEmpty() || alt == ref)
            alt = tsv.field(cAllele1);
        // R and spreadsheet exports write a missing position as "NA": such a row is named, not placed.
        const bool startMissing = start.isEmpty() || start == "NA" || start == ".";
        const bool hasPlace = !startMissing || (!chrom.isEmpty() && start.isEmpty() && chrom != "NA");
        if (hasPlace) {
            bool ok = false;
            if (const auto digits = plainDigits<qint64>(start)) {
                a.pos = *digits;
                ok = true;
            } else {
                a.pos = start.toByteArray().toLongLong(&ok);
            }
            if (!ok || a.pos <= 0) {
                issue(InputIssue::Severity::Skipped,
                      Messages::tr("Start_Position '%1' is not a positive whole number").arg(QString::fromUtf8(start)));
                continue;
            }
            if (chrom.isEmpty()) {
                issue(InputIssue::Severity::Skipped, Messages::tr("Chromosome is empty"));
                continue;
            }
            if (!validAllele(ref) || !validAllele(alt)) {
                issue(InputIssue::Severity::Skipped,
                      Messages::tr("alleles '%1' > '%2' must be A, C, G, T, N or '-'")
                          .arg(QString::fromUtf8(ref), QString::fromUtf8(alt)));
                continue;
            }
            if (ref == alt) {
                issue(InputIssue::Severity::Skipped, Messages::tr("the tumor allele equals the reference allele"));
                continue;
            }
            a.chrom = strings.get(chrom);
            a.ref = sharedUpper(ref);
            a.alt = sharedUpper(alt);
            a.kind = kindOf(tsv.field(cType), a.ref, a.alt);
            // The tumor genotype as the MAF states it: Tumor_Seq_Allele1 is the other allele.
            if (cAllele1 >= 0 && cAllele2 >= 0) {
                const QByteArrayView other = tsv.field(cAllele1);
                if (other.compare(alt, Qt::CaseInsensitive) == 0
                    && tsv.field(cAllele2).compare(alt, Qt::CaseInsensitive) == 0)
                    a.tumorZygosity = Zygosity::Homozygous;
                else if (other.compare(ref, Qt::CaseInsensitive) == 0)
                    a.tumorZygosity = Zygosity::Heterozygous;
            }
        }

        const QByteArrayView geneBytes = tsv.field(cGene);
        const QByteArrayView classBytes = tsv.field(cClass);
        QByteArrayView proteinBytes = tsv.field(cHgvspShort);
        if (proteinBytes.isEmpty() || proteinBytes == ".")
            proteinBytes = tsv.field(cHgvsp);
        if (proteinBytes == "." || proteinBytes == "-")
            proteinBytes = {};
        const QByteArrayView consequenceBytes = tsv.field(cConsequence);
        auto factsOfGene = [&]() -> const GeneFacts& {
            return geneFacts.get(keyOf({geneBytes, classBytes}), [&] {
                GeneFacts f;
                f.gene = QString::fromUtf8(geneBytes);
                if (f.gene == u"Unknown" || f.gene == u".")
                    f.gene.clear();
                // Some pipelines write an event into the gene column ("FLT3_ITD"): the gene, and the event.
                f.event = NamedEvent::parse(f.gene);
                if (!f.event && !f.gene.isEmpty()) // or an event as the classification: "ITD"
                    if (const auto e = NamedEvent::parse(f.gene, QString::fromUtf8(classBytes));
                        e && e->event == u"ITD")
                        f.event = e;
                if (f.event)
                    f.gene = f.event->gene;
                return f;
            });
        };
        auto consequenceOfRow = [&]() -> QString {
            return consequences.get(keyOf({consequenceBytes, classBytes}), [&] {
                QString c = Consequence::mostSevere(QString::fromUtf8(consequenceBytes).replace(u',', u'&')).toString();
                return c.isEmpty() ? consequenceOf(QString::fromUtf8(classBytes)) : c;
            });
        };
        // The detail is made of these columns alone (the event comes from gene and classification,
        // or for an unplaced row from gene and protein): equal columns, one detail. A row without
        // gene, protein change and consequence has none.
        auto detailOf = [&](const QString& gene,
                            const std::optional<NamedEvent>& event,
                            const QString& consequence,
                            bool proteinCleared) -> QSharedDataPointer<AlterationDetail> {
            const bool proteinEmpty = proteinBytes.isEmpty() || proteinCleared;
            if (gene.isEmpty() && proteinEmpty && consequence.isEmpty())
                return {};
            const QByteArrayView hgvscBytes = tsv.field(cHgvsc);
            QSharedDataPointer<AlterationDetail> made(new AlterationDetail);
            AlterationDetail& d = *made;
            d.gene = gene;
            d.hgvsp = proteinEmpty
                          ? ProteinChange::normalize(QString())
                          : proteins.get(std::string_view(proteinBytes.data(), std::size_t(proteinBytes.size())),
                                         [&] { return ProteinChange::normalize(QString::fromUtf8(proteinBytes)); });
            d.hgvsc = QString::fromUtf8(hgvscBytes);
            if (const qsizetype colon = d.hgvsc.lastIndexOf(u':'); colon >= 0)
                d.hgvsc = d.hgvsc.mid(colon + 1);
            d.transcript = strings.get(tsv.field(cTranscript));
            d.consequence = consequence;
            d.exon = strings.get(tsv.field(cExon));
            d.intron = strings.get(tsv.field(cIntron));
            // The event the row names ("FLT3_ITD", classification "ITD"), placed or not.
            if (event)
                d.extra().svType = event->event;
            return made;
        };
        auto detailKey = [&](bool proteinCleared) {
            return keyIn(detailKeyText,
                         {geneBytes,
                          classBytes,
                          proteinBytes,
                          consequenceBytes,
                          tsv.field(cHgvsc),
                          tsv.field(cTranscript),
                          tsv.field(cExon),
                          tsv.field(cIntron),
                          QByteArrayView(proteinCleared ? "c" : "-"),
                          hasPlace ? QByteArrayView("p") : QByteArrayView("n")});
        };
        if (hasPlace) {
            // A placed row's detail depends on its columns alone: a row with the columns of an
            // earlier one takes its detail without looking gene and consequence up again.
            a.setDetail(details.get(detailKey(false), [&] {
                const GeneFacts& facts = factsOfGene();
                return detailOf(facts.gene, facts.event, consequenceOfRow(), false);
            }));
        } else {
            const GeneFacts& facts = factsOfGene();
            const QString gene = facts.gene;
            std::optional<NamedEvent> event = facts.event;
            const QString consequence = consequenceOfRow();
            bool proteinCleared = false;
            QString protein = QString::fromUtf8(proteinBytes);
            if (gene.isEmpty() || (protein.isEmpty() && !event)) {
                issue(InputIssue::Severity::Skipped, Messages::tr("the row neither places nor names a mutation"));
                continue;
            }
            if (!start.isEmpty())
                issue(InputIssue::Severity::Warning,
                      Messages::tr("Start_Position is '%1': the row is kept by its gene and %2, without a place")
                          .arg(QString::fromUtf8(start), protein.isEmpty() ? event->event : protein));
            a.kind = kindOfClassification(consequence);
            if (!event)
                event = NamedEvent::parse(gene, protein);
            if (event) {
                a.kind = AlterationKind::StructuralVariant; // named, not placed: the event itself
                if (NamedEvent::parse(gene, protein))
                    proteinCleared = true; // "ITD" is no protein change
            }
            a.setDetail(details.get(detailKey(proteinCleared),
                                    [&] { return detailOf(gene, event, consequence, proteinCleared); }));
        }
        a.filter = strings.get(tsv.field(cFilter));

        // Read counts; VAF from counts, else from a VAF column (a fraction, or percent when above 1).
        a.tumor.depth = toInt(tsv.field(cTDepth));
        a.tumor.altReads = toInt(tsv.field(cTAlt));
        const int tRef = toInt(tsv.field(cTRef));
        if (a.tumor.depth < 0 && a.tumor.altReads >= 0 && tRef >= 0)
            a.tumor.depth = a.tumor.altReads + tRef;
        if (a.tumor.altReads >= 0 && a.tumor.depth > 0)
            a.tumor.vaf = float(a.tumor.altReads) / float(a.tumor.depth);
        else if (cVaf >= 0) {
            bool ok = false;
            const double v = tsv.field(cVaf).toByteArray().toDouble(&ok);
            if (ok && v >= 0)
                a.tumor.vaf = float(v > 1.0 ? v / 100.0 : v);
        }
        a.normal.depth = toInt(tsv.field(cNDepth));
        a.normal.altReads = toInt(tsv.field(cNAlt));
        const int nRef = toInt(tsv.field(cNRef));
        if (a.normal.depth < 0 && a.normal.altReads >= 0 && nRef >= 0)
            a.normal.depth = a.normal.altReads + nRef;
        if (a.normal.altReads >= 0 && a.normal.depth > 0)
            a.normal.vaf = float(a.normal.altReads) / float(a.normal.depth);
        for (auto [support, role] : {std::pair{&a.tumor, "tumor"}, std::pair{&a.normal, "normal"}})
            if (const QString dropped = support->dropImpossible(); !dropped.isEmpty())
                issue(InputIssue::Severity::Warning,
                      Messages::tr("%1 read support not used: %2").arg(QString::fromLatin1(role), dropped));

        if (cBuild >= 0 && fileBuild == GenomeBuild::Unknown) {
            if (const auto b = parseGenomeBuild(tsv.text(cBuild)))
                fileBuild = *b;
        }
        QByteArrayView sampleBytes = tsv.field(cSample);
        if (sampleBytes.isEmpty())
            sampleBytes = defaultSampleUtf8;
        const std::string_view sampleKey(sampleBytes.data(), std::size_t(sampleBytes.size()));
        if (lastSample < 0 || sampleKey != lastSampleKey) {
            auto it = sampleIndex.find(sampleKey);
            if (it == sampleIndex.end()) {
                if (everyRow && sampleOrder.size() >= std::numeric_limits<qint16>::max())
                    return SampleIndex::full(path); // each becomes a sample of the run
                it = sampleIndex.emplace(std::string(sampleKey), int(sampleOrder.size())).first;
                sampleOrder << QString::fromUtf8(sampleBytes);
                perSample << 0;
                normalOf.emplace_back();
                if (!everyRow)
                    bySample.emplace_back();
            }
            lastSample = it->second;
            lastSampleKey.assign(sampleKey);
        }
        sampleLike.see(tsv);
        if (cNormal >= 0) {
            if (const QByteArrayView normal = tsv.field(cNormal);
                !normal.isEmpty() && QByteArrayView(normalOf[std::size_t(lastSample)]) != normal)
                normalOf[std::size_t(lastSample)] = normal.toByteArray();
        }
        if (auto r = cap.add(tsv.lineNumber()); !r)
            return r;
        ++perSample[lastSample];
        if (everyRow) {
            a.sample = qint16(lastSample);
            if (rows == 65536 && tsv.lines().position() > 0) {
                // Room for the whole file, estimated from the share of it read so far: no copy of a
                // million records as the list grows. Room never filled is never touched, so it
                // costs address space, not memory.
                const double share = double(tsv.lines().position()) / double(std::max<qint64>(1, tsv.lines().size()));
                if (share > 0 && share < 1) {
                    inFileOrder.reserve(std::size_t(double(rows) / share * 1.25));
                    adviseHugePages(inFileOrder.data(), inFileOrder.capacity() * sizeof(Alteration));
                }
            }
            inFileOrder.push_back(std::move(a));
        } else {
            bySample[std::size_t(lastSample)].push_back(std::move(a));
        }
        if ((++rows & 0x3FFF) == 0 && progress) {
            if (progress->isCanceled())
                return fail(CoreError::Code::Canceled, Messages::tr("loading canceled"), path, tsv.lineNumber());
            progress->report(tsv.lines().position(), tsv.lines().size(), rows);
        }
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (auto r = sampleLike.check(tsv, path, u"Tumor_Sample_Barcode, Sample_Id or Sample"_s); !r)
        return r;

    SampleSelector selector(options, into);
    if (auto r = selector.choose(path, sampleOrder, perSample); !r)
        return r;

    // Success: merge into the case.
    into.addInput(path);
    if (!selector.note().isEmpty())
        into.addIssue(InputIssue{InputIssue::Severity::Warning, path, 0, selector.note()});
    for (InputIssue& i : issues)
        into.addIssue(std::move(i));
    if (into.genome == GenomeBuild::Unknown && fileBuild != GenomeBuild::Unknown) {
        into.genome = fileBuild;
        into.genomeEvidence = Messages::tr("NCBI_Build column");
    } else if (fileBuild != GenomeBuild::Unknown && fileBuild != into.genome) {
        into.addIssue(InputIssue{InputIssue::Severity::Warning,
                                 path,
                                 0,
                                 Messages::tr("NCBI_Build says %1 but the case is %2; coordinates are read as %2")
                                     .arg(genomeBuildName(fileBuild), genomeBuildName(into.genome))});
    }
    qint64 otherRows = 0;
    QStringList others;
    for (qsizetype i = 0; i < sampleOrder.size(); ++i) {
        if (!selector.keeps(sampleOrder[i])) {
            otherRows += perSample[i];
            others << sampleOrder[i];
        }
    }
    if (otherRows > 0)
        into.addIssue(
            InputIssue{InputIssue::Severity::Warning,
                       path,
                       0,
                       Messages::tr("%n rows of other samples are not part of this case", nullptr, int(otherRows))
                           + u" ("_s + others.mid(0, 5).join(u", "_s) + (others.size() > 5 ? u", ...)"_s : u")"_s)});
    SampleIndex index(into, options.everySample);
    QHash<QString, int> ordinal;
    for (qsizetype i = 0; i < sampleOrder.size(); ++i)
        ordinal.insert(sampleOrder[i], int(i));
    std::vector<qint16> indexOf(std::size_t(sampleOrder.size()), -1);
    if (!everyRow) {
        qint64 kept = 0;
        for (const QString& name : selector.kept())
            kept += perSample[ordinal.value(name)];
        into.alterations.reserve(into.alterations.size() + std::size_t(kept));
    }
    for (const QString& name : selector.kept()) {
        const int from = ordinal.value(name);
        const qint16 sample = index.add(name, SampleRole::Tumor, Origin{0, input});
        if (sample < 0)
            return SampleIndex::full(path);
        indexOf[std::size_t(from)] = sample;
        // A cohort keeps each tumor's normal by name: the normals are not the cohort's samples.
        if (const QByteArray& normal = normalOf[std::size_t(from)]; !normal.isEmpty()) {
            into.samples[sample].matchedNormal = QString::fromUtf8(normal);
            if (!options.everySample)
                index.add(QString::fromUtf8(normal), SampleRole::Normal, Origin{0, input});
        }
        if (!everyRow) {
            std::vector<Alteration>& rowsOf = bySample[std::size_t(from)];
            for (Alteration& a : rowsOf) {
                a.sample = sample;
                into.alterations.push_back(std::move(a));
            }
            std::vector<Alteration>().swap(rowsOf);
        }
    }
    if (everyRow) {
        std::erase_if(inFileOrder, [&](const Alteration& a) { return indexOf[std::size_t(a.sample)] < 0; });
        for (Alteration& a : inFileOrder)
            a.sample = indexOf[std::size_t(a.sample)];
        if (into.alterations.empty()) {
            into.alterations = std::move(inFileOrder);
        } else {
            into.alterations.reserve(into.alterations.size() + inFileOrder.size());
            std::move(inFileOrder.begin(), inFileOrder.end(), std::back_inserter(into.alterations));
        }
    }
    return {};
}

} // namespace onco
