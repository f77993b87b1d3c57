#include "FusionReader.h"

#include "GeneTable.h"
#include "ReadBounds.h"
#include "SampleSelector.h"
#include "TsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::FusionReader)
};

bool knownGene(const QString& s)
{
    return GeneTable::bundled().find(s) != nullptr;
}

/** "7:140482957", "chr7:140482957:+" -> chrom, pos. */
bool parseBreakpoint(const QString& text, QString& chrom, qint64& pos)
{
    const QStringList parts = text.split(u':');
    if (parts.size() < 2)
        return false;
    bool ok = false;
    pos = parts[1].toLongLong(&ok);
    chrom = parts[0];
    return ok && pos > 0 && !chrom.isEmpty();
}

bool isMissing(const QString& s)
{
    return s.isEmpty() || s == u"NA" || s == u"." || s == u"-";
}

} // namespace

FusionOrder inferredFusionOrder(const QString& first, const QString& second)
{
    // Fusions that drive a tumor keep the kinase or transcription-factor part of one gene: its 3'
    // end (ALK, ROS1, RET, NTRK1-3, ABL1, BRAF, NRG1, PDGFRA/B, MET, RARA, ERG, FLI1), or the 5' end
    // of the other (FGFR2 and FGFR3 keep their kinase domain at the 5' end; BCR, PML, EWSR1 and
    // TMPRSS2 give the promoter and 5' part).
    static const QSet<QString> threePrime{u"ALK"_s,
                                          u"ROS1"_s,
                                          u"RET"_s,
                                          u"NTRK1"_s,
                                          u"NTRK2"_s,
                                          u"NTRK3"_s,
                                          u"ABL1"_s,
                                          u"BRAF"_s,
                                          u"NRG1"_s,
                                          u"PDGFRA"_s,
                                          u"PDGFRB"_s,
                                          u"MET"_s,
                                          u"RARA"_s,
                                          u"ERG"_s,
                                          u"FLI1"_s};
    static const QSet<QString> fivePrime{u"FGFR2"_s, u"FGFR3"_s, u"BCR"_s, u"PML"_s, u"EWSR1"_s, u"TMPRSS2"_s};
    const QString a = first.toUpper(), b = second.toUpper();
    const int asGiven = int(threePrime.contains(b)) + int(fivePrime.contains(a));
    const int swapped = int(threePrime.contains(a)) + int(fivePrime.contains(b));
    if (asGiven > 0 && swapped == 0)
        return FusionOrder::AsGiven;
    if (swapped > 0 && asGiven == 0)
        return FusionOrder::Swapped;
    return FusionOrder::Unknown;
}

std::optional<FusionName> FusionReader::parseName(const QString& raw)
{
    QString text = raw.trimmed();
    if (text.endsWith(u" fusion"_s, Qt::CaseInsensitive))
        text.chop(7);
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const QString& separator : {u"::"_s, u"--"_s}) {
        const qsizetype at = text.indexOf(separator);
        if (at >= 0) {
            // An empty side (or "v", as HGNC writes it) is a partner the caller did not name.
            FusionName f;
            f.fivePrime = text.left(at).trimmed();
            f.threePrime = text.mid(at + separator.size()).trimmed();
            if (f.fivePrime == u"v")
                f.fivePrime.clear();
            if (f.threePrime == u"v")
                f.threePrime.clear();
            if (f.fivePrime.isEmpty() && f.threePrime.isEmpty())
                return std::nullopt;
            return f;
        }
    }
    if (text.endsWith(u"-intragenic"_s, Qt::CaseInsensitive)) {
        FusionName f;
        f.fivePrime = text.left(text.size() - 11);
        f.intragenic = true;
        return f;
    }
    // A single '-' separates the genes, but gene symbols contain '-' too (NKX2-1, HLA-A): take the
    // split whose both sides are known genes.
    QList<qsizetype> dashes;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'-')
            dashes << i;
    std::optional<FusionName> found;
    for (qsizetype d : dashes) {
        const QString left = text.left(d);
        const QString right = text.mid(d + 1);
        if (knownGene(left) && knownGene(right)) {
            if (found)
                return std::nullopt; // two readings: ambiguous
            found = FusionName{left, right, false, false};
        }
    }
    if (!found && dashes.size() == 1)
        found = FusionName{text.left(dashes[0]), text.mid(dashes[0] + 1), false, false};
    if (found && (found->fivePrime.isEmpty() || found->threePrime.isEmpty()))
        return std::nullopt;
    return found;
}

Result<void>
FusionReader::read(const QString& path, const CaseLoadOptions& options, Case& into, const Progress* progress)
{
    Q_UNUSED(progress);
    TsvReader tsv;
    if (auto r = tsv.open(path, true); !r)
        return r;
    const int cSample = tsv.findColumn({"Sample_Id", "SAMPLE_ID", "Tumor_Sample_Barcode", "Sample"});
    UnrecognisedSampleColumn sampleLike(tsv, cSample);
    const int cSite1Gene = tsv.findColumn({"Site1_Hugo_Symbol"});
    const int cSite2Gene = tsv.findColumn({"Site2_Hugo_Symbol"});
    const int cSite1Chrom = tsv.findColumn({"Site1_Chromosome"});
    const int cSite1Pos = tsv.findColumn({"Site1_Position"});
    const int cSite2Chrom = tsv.findColumn({"Site2_Chromosome"});
    const int cSite2Pos = tsv.findColumn({"Site2_Position"});
    const int cClass = tsv.findColumn({"Class", "Sv_Type", "SV_Type", "Event_Type"});
    const int cEvent = tsv.findColumn({"Event_Info", "Annotation"});
    const int cFusion = tsv.findColumn({"Fusion", "FusionGene", "#FusionName", "FusionName"});
    const int cGeneA = tsv.findColumn({"GeneA"});
    const int cGeneB = tsv.findColumn({"GeneB"});
    const int cLeft = tsv.findColumn({"LeftBreakpoint"});
    const int cRight = tsv.findColumn({"RightBreakpoint"});
    const int cSplit = tsv.findColumn({"SplitReads", "JunctionReadCount", "Tumor_Split_Read_Count"});
    const int cSpanning = tsv.findColumn({"SpanningFragCount", "Tumor_Paired_End_Read_Count"});
    const int cTumorVariant = tsv.findColumn({"Tumor_Variant_Count"});
    const int cTumorRead = tsv.findColumn({"Tumor_Read_Count"});

    const qint16 input = qint16(into.inputs.contains(path) ? into.inputs.indexOf(path) : into.inputs.size());
    const QString defaultSample = QFileInfo(path).completeBaseName();
    QList<InputIssue> issues;
    std::map<QString, std::vector<Alteration>> bySample;
    QStringList sampleOrder;
    RepeatedRows repeated;
    RecordCap cap(options.maxRecords, path);
    while (tsv.next()) {
        FusionName name;
        if (cSite1Gene >= 0) {
            name.fivePrime = tsv.text(cSite1Gene);
            name.threePrime = tsv.text(cSite2Gene);
            name.orderKnown = false; // Site1 is the first breakpoint, not necessarily the 5' gene
            if (isMissing(name.threePrime) || name.threePrime == name.fivePrime) {
                name.threePrime.clear();
                name.intragenic = true;
            }
        } else if (cGeneA >= 0 && cGeneB >= 0) {
            name.fivePrime = tsv.text(cGeneA);
            name.threePrime = tsv.text(cGeneB);
            name.orderKnown = false;
            if (name.threePrime == name.fivePrime) {
                name.threePrime.clear();
                name.intragenic = true;
            }
        } else {
            const auto parsed = parseName(tsv.text(cFusion));
            if (!parsed) {
                issues.append(InputIssue{InputIssue::Severity::Skipped,
                                         path,
                                         tsv.lineNumber(),
                                         Messages::tr("'%1' does not name two genes").arg(tsv.text(cFusion))});
                continue;
            }
            name = *parsed;
        }
        if (isMissing(name.fivePrime) && isMissing(name.threePrime)) {
            issues.append(
                InputIssue{InputIssue::Severity::Skipped, path, tsv.lineNumber(), Messages::tr("no gene is named")});
            continue;
        }
        const QString svClass = tsv.text(cClass).toUpper();
        const bool fusion =
            !name.intragenic
            && (svClass.isEmpty() || svClass == u"FUSION" || svClass == u"TRANSLOCATION"
                || tsv.text(cEvent).contains(u"fusion"_s, Qt::CaseInsensitive) || cFusion >= 0 || cSite1Gene >= 0);
        Alteration a;
        a.kind = fusion ? AlterationKind::Fusion : AlterationKind::StructuralVariant;
        a.origin = Origin{tsv.lineNumber(), input};
        AlterationDetail& d = a.detail();
        d.gene = name.fivePrime;
        d.extra().partnerGene = name.threePrime;
        if (fusion && !name.orderKnown && !isMissing(name.fivePrime) && !isMissing(name.threePrime)) {
            // The input does not say which gene is 5': the driver's biology does.
            switch (inferredFusionOrder(d.gene, d.extra().partnerGene)) {
            case FusionOrder::AsGiven:
                d.extra().orientation = FusionOrientation::Inferred;
                break;
            case FusionOrder::Swapped:
                std::swap(d.gene, d.extra().partnerGene);
                d.extra().orientation = FusionOrientation::Inferred;
                break;
            case FusionOrder::Unknown:
                d.extra().orientation = FusionOrientation::Unknown;
                break;
            }
        }
        d.extra().svType = fusion ? u"FUSION"_s : (svClass.isEmpty() ? u"intragenic"_s : svClass);
        QString chrom;
        qint64 pos = 0;
        if (cSite1Chrom >= 0 && !isMissing(tsv.text(cSite1Chrom))) {
            a.chrom = tsv.text(cSite1Chrom);
            a.pos = tsv.text(cSite1Pos).toLongLong();
            d.extra().partnerChrom = tsv.text(cSite2Chrom);
            d.extra().partnerPos = tsv.text(cSite2Pos).toLongLong();
        } else if (cLeft >= 0 && parseBreakpoint(tsv.text(cLeft), chrom, pos)) {
            a.chrom = chrom;
            a.pos = pos;
            if (parseBreakpoint(tsv.text(cRight), chrom, pos)) {
                d.extra().partnerChrom = chrom;
                d.extra().partnerPos = pos;
            }
        }
        bool ok = false;
        int reads = tsv.text(cSplit).toInt(&ok);
        if (ok) {
            const int spanning = tsv.text(cSpanning).toInt(&ok);
            a.tumor.altReads = reads + (ok ? spanning : 0);
        } else if (const int variant = tsv.text(cTumorVariant).toInt(&ok); ok) {
            a.tumor.altReads = variant;
            const int total = tsv.text(cTumorRead).toInt(&ok);
            if (ok && total > 0) {
                a.tumor.depth = total;
                a.tumor.vaf = float(variant) / float(total);
            }
        }
        if (const QString dropped = a.tumor.dropImpossible(); !dropped.isEmpty())
            issues.append(InputIssue{InputIssue::Severity::Warning,
                                     path,
                                     tsv.lineNumber(),
                                     Messages::tr("read support not used: %1").arg(dropped)});
        sampleLike.see(tsv);
        QString sample = cSample >= 0 ? tsv.text(cSample) : defaultSample;
        if (sample.isEmpty())
            sample = defaultSample;
        const QString key = u"%1|%2|%3|%4:%5|%6:%7"_s.arg(sample, d.gene, d.extra().partnerGene, a.chrom)
                                .arg(a.pos)
                                .arg(d.extra().partnerChrom)
                                .arg(d.extra().partnerPos);
        if (const qint64 seen = repeated.conflict(key, tsv.currentLine(), tsv.lineNumber()))
            issues.append(
                InputIssue{InputIssue::Severity::Warning,
                           path,
                           tsv.lineNumber(),
                           Messages::tr("the same event as line %1 with other values; both rows are kept").arg(seen)});
        if (!bySample.count(sample))
            sampleOrder << sample;
        if (auto r = cap.add(tsv.lineNumber()); !r)
            return r;
        bySample[sample].push_back(std::move(a));
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (auto r = sampleLike.check(tsv, path, u"Sample_Id, Tumor_Sample_Barcode or Sample"_s); !r)
        return r;

    SampleSelector selector(options, into);
    QList<qint64> perSample;
    for (const QString& s : sampleOrder)
        perSample << qint64(bySample[s].size());
    if (auto r = selector.choose(path, sampleOrder, perSample); !r)
        return r;
    into.addInput(path);
    if (!selector.note().isEmpty())
        into.addIssue(InputIssue{InputIssue::Severity::Warning, path, 0, selector.note()});
    for (InputIssue& i : issues)
        into.addIssue(std::move(i));
    SampleIndex index(into, options.everySample);
    for (const QString& s : selector.kept()) {
        const qint16 sample = index.add(s, SampleRole::Tumor, Origin{0, input});
        if (sample < 0)
            return SampleIndex::full(path);
        for (Alteration& a : bySample[s]) {
            a.sample = sample;
            into.alterations.push_back(std::move(a));
        }
    }
    return {};
}

} // namespace onco
