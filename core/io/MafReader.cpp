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

#include <map>

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

int toInt(QByteArrayView v)
{
    bool ok = false;
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
    std::map<QString, std::vector<Alteration>> bySample; // in file order of first appearance below
    QStringList sampleOrder;
    QHash<QString, QString> normals;
    GenomeBuild fileBuild = GenomeBuild::Unknown;
    const QString defaultSample = QFileInfo(path).completeBaseName();
    StringInterner strings; // shares repeated gene, consequence and transcript strings
    auto shared = [&](const QString& text) { return strings.get(text); };

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
            a.pos = start.toByteArray().toLongLong(&ok);
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
            a.chrom = shared(QString::fromUtf8(chrom));
            a.ref = shared(QString::fromUtf8(ref).toUpper());
            a.alt = shared(QString::fromUtf8(alt).toUpper());
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

        QString gene = tsv.text(cGene);
        if (gene == u"Unknown" || gene == u".")
            gene.clear();
        // Some pipelines write an event into the gene column ("FLT3_ITD"): the gene, and the event.
        std::optional<NamedEvent> event = NamedEvent::parse(gene);
        if (!event && !gene.isEmpty()) // or an event as the classification: "ITD"
            if (const auto e = NamedEvent::parse(gene, tsv.text(cClass)); e && e->event == u"ITD")
                event = e;
        if (event)
            gene = event->gene;
        QString protein = tsv.text(cHgvspShort);
        if (protein.isEmpty() || protein == u".")
            protein = tsv.text(cHgvsp);
        if (protein == u"." || protein == u"-")
            protein.clear();
        QString consequence = Consequence::mostSevere(tsv.text(cConsequence).replace(u',', u'&')).toString();
        if (consequence.isEmpty())
            consequence = consequenceOf(tsv.text(cClass));
        if (!hasPlace) {
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
                    protein.clear(); // "ITD" is no protein change
            }
        }
        if (!gene.isEmpty() || !protein.isEmpty() || !consequence.isEmpty()) {
            AlterationDetail& d = a.detail();
            d.gene = shared(gene);
            d.hgvsp = ProteinChange::normalize(protein);
            d.hgvsc = tsv.text(cHgvsc);
            if (const qsizetype colon = d.hgvsc.lastIndexOf(u':'); colon >= 0)
                d.hgvsc = d.hgvsc.mid(colon + 1);
            d.transcript = shared(tsv.text(cTranscript));
            d.consequence = shared(consequence);
            d.exon = tsv.text(cExon);
            d.intron = tsv.text(cIntron);
            // The event the row names ("FLT3_ITD", classification "ITD"), placed or not.
            if (event)
                d.extra().svType = event->event;
        }
        a.filter = shared(tsv.text(cFilter));

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
        QString sample = tsv.text(cSample);
        if (sample.isEmpty())
            sample = defaultSample;
        sampleLike.see(tsv);
        if (!bySample.count(sample))
            sampleOrder << sample;
        if (cNormal >= 0 && !tsv.field(cNormal).isEmpty())
            normals.insert(sample, tsv.text(cNormal));
        if (auto r = cap.add(tsv.lineNumber()); !r)
            return r;
        bySample[sample].push_back(std::move(a));
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
    QList<qint64> perSample;
    for (const QString& s : sampleOrder)
        perSample << qint64(bySample[s].size());
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
    for (const QString& name : sampleOrder) {
        if (!selector.keeps(name)) {
            otherRows += qint64(bySample[name].size());
            others << name;
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
    for (const QString& name : selector.kept()) {
        const qint16 sample = index.add(name, SampleRole::Tumor, Origin{0, input});
        if (sample < 0)
            return SampleIndex::full(path);
        // A cohort keeps each tumor's normal by name: the normals are not the cohort's samples.
        if (normals.contains(name)) {
            into.samples[sample].matchedNormal = normals.value(name);
            if (!options.everySample)
                index.add(normals.value(name), SampleRole::Normal, Origin{0, input});
        }
        for (Alteration& a : bySample[name]) {
            a.sample = sample;
            into.alterations.push_back(std::move(a));
        }
    }
    return {};
}

} // namespace onco
