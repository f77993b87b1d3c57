#include "ClinicalReader.h"

#include "NamedEvent.h"

#include "SampleSelector.h"
#include "TsvReader.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ClinicalReader)
};

/** The case's sample a table row belongs to, or -1. */
int caseSampleOf(const Case& c, const QString& rowSample)
{
    for (int i = 0; i < c.samples.size(); ++i)
        if (c.samples[i].role == SampleRole::Tumor && SampleSelector::sameSample(c.samples[i].name, rowSample))
            return i;
    return -1;
}

QString msiStatus(const QString& raw)
{
    const QString v = raw.trimmed().toLower();
    if (v == u"msi-h" || v == u"msi-high" || v == u"instable" || v == u"unstable" || v == u"msi"
        || v == u"microsatellite instability-high" || v == u"high")
        return u"MSI-H"_s;
    if (v == u"msi-l" || v == u"msi-low" || v == u"low")
        return u"MSI-L"_s;
    if (v == u"mss" || v == u"stable" || v == u"microsatellite stable")
        return u"MSS"_s;
    return raw.trimmed();
}

Alteration
biomarker(const QString& name, const QString& status, double value, const QString& unit, const Origin& origin)
{
    Alteration a;
    a.kind = AlterationKind::Biomarker;
    a.origin = origin;
    AlterationDetail& d = a.detail();
    d.extra().biomarker = name;
    d.extra().status = status;
    d.extra().value = value;
    d.extra().unit = unit;
    return a;
}

/**
 * "positive", "negative" (HER2 also "low" for IHC 1+): a receptor value of a clinical table;
 * empty for equivocal, unknown or missing values, which decide nothing.
 */
QString receptorStatus(const QString& receptor, const QString& raw)
{
    const QString v = raw.trimmed().toLower();
    if (v == u"positive" || v == u"pos" || v == u"+" || (receptor == u"HER2" && v == u"3+"))
        return u"positive"_s;
    if (v == u"negative" || v == u"neg" || v == u"-" || (receptor == u"HER2" && v == u"0"))
        return u"negative"_s;
    if (receptor == u"HER2" && (v == u"1+" || v == u"low"))
        return u"low"_s;
    return {};
}

} // namespace

Result<void> ClinicalReader::read(const QString& path, InputFormat format, const CaseLoadOptions& options, Case& into)
{
    TsvReader tsv;
    if (auto r = tsv.open(path, true); !r)
        return r;
    const int cSample =
        tsv.findColumn({"SAMPLE_ID", "Sample_Id", "Tumor_Sample_Barcode", "Sample", "Sample Identifier"});
    if (cSample < 0)
        return fail(
            CoreError::Code::BadInput, Messages::tr("a sample table needs a SAMPLE_ID column"), path, tsv.lineNumber());
    const qint16 input = into.addInput(path);
    const int cOncotree = tsv.findColumn({"ONCOTREE_CODE", "OncoTree_Code", "TUMOR_TYPE"});
    // cBioPortal sample tables without codes name the OncoTree type ("Lung Adenocarcinoma").
    const int cDetailed = tsv.findColumn({"CANCER_TYPE_DETAILED"});
    QHash<QString, QString> codeOfName; // detailed type (lower case) -> OncoTree code, or empty
    const int cTmb = tsv.findColumn({"TMB_NONSYNONYMOUS", "TMB", "TMB_SCORE", "Tumor_Mutational_Burden"});
    const int cMsiScore = tsv.findColumn({"MSI_SCORE", "MSI_SENSOR_SCORE", "MSIsensor_Score"});
    const int cMsiStatus = tsv.findColumn({"MSI_TYPE", "MSI_STATUS", "MSI"});
    const int cGene = tsv.findColumn({"HUGO_SYMBOL", "Hugo_Symbol"});
    // Receptor status (cBioPortal and TCGA column names): for receptor-defined subtypes.
    const std::pair<QString, int> receptorColumns[] = {
        {u"ER"_s, tsv.findColumn({"ER_STATUS", "ER_STATUS_BY_IHC", "ER_STATUS_IHC"})},
        {u"PR"_s, tsv.findColumn({"PR_STATUS", "PR_STATUS_BY_IHC", "PR_STATUS_IHC"})},
        {u"HER2"_s, tsv.findColumn({"HER2_STATUS", "HER2_STATUS_BY_IHC", "IHC_HER2", "HER2_FISH_STATUS"})},
    };
    const int cAlteration = tsv.findColumn({"ALTERATION"});

    int rowsForCase = 0;
    int rows = 0;
    const bool singleSampleCase = into.samples.isEmpty();
    // A table given alone (no variant file named the case's samples) with one sample: that sample
    // is the case's, as a single-sample MAF's or VCF's would be.
    QString onlySample = options.tumorSample;
    if (singleSampleCase && onlySample.isEmpty()) {
        TsvReader scan;
        if (scan.open(path, true)) {
            QSet<QString> distinct;
            while (scan.next() && distinct.size() < 2)
                if (const QString s = scan.text(cSample); !s.isEmpty())
                    distinct.insert(s);
            if (distinct.size() == 1)
                onlySample = *distinct.cbegin();
        }
    }
    // A cohort: thousands of samples, each row about its own.
    const bool cohort = options.everySample;
    std::optional<SampleMatcher> cohortSamples;
    if (cohort)
        cohortSamples.emplace(into);
    while (tsv.next()) {
        ++rows;
        const QString rowSample = tsv.text(cSample);
        int sample = cohort ? cohortSamples->find(rowSample) : caseSampleOf(into, rowSample);
        if (sample < 0 && cohort && format == InputFormat::Biomarkers && !rowSample.isEmpty()) {
            // A biomarker list is data: its samples are cases of the cohort.
            if (into.samples.size() >= std::numeric_limits<qint16>::max())
                return SampleIndex::full(path);
            sample = into.appendSample(rowSample, SampleRole::Tumor, Origin{tsv.lineNumber(), input});
            cohortSamples->add(qint16(sample));
        }
        if (sample < 0 && singleSampleCase && !onlySample.isEmpty()
            && SampleSelector::sameSample(rowSample, onlySample))
            sample = into.addSample(rowSample, SampleRole::Tumor, Origin{tsv.lineNumber(), input});
        if (sample < 0)
            continue; // another patient's row of a cohort table
        ++rowsForCase;
        const Origin origin{tsv.lineNumber(), input};
        if (format == InputFormat::Biomarkers) {
            const QString gene = tsv.text(cGene);
            const QString text = tsv.text(cAlteration).trimmed();
            const QString lower = text.toLower();
            Alteration a;
            if (lower == u"msi-h" || lower.startsWith(u"microsatellite instability"_s)) {
                a = biomarker(u"MSI"_s, u"MSI-H"_s, std::numeric_limits<double>::quiet_NaN(), {}, origin);
            } else if (lower == u"tmb-h" || lower.startsWith(u"tumor mutational burden"_s)) {
                a = biomarker(u"TMB"_s, u"TMB-high"_s, std::numeric_limits<double>::quiet_NaN(), {}, origin);
            } else if (!gene.isEmpty() && gene.compare(u"Other Biomarkers"_s, Qt::CaseInsensitive) != 0) {
                // A named gene alteration that is not a sequence change (EGFR vIII, FLT3 ITD, BRAF KDD,
                // MET exon 14 skipping): the event under its canonical name, else the text as given.
                const auto event = NamedEvent::parse(gene, text);
                a.kind = AlterationKind::StructuralVariant;
                a.origin = origin;
                a.detail().gene = event ? event->gene : gene;
                a.detail().extra().svType = event ? event->event : text;
            } else {
                into.addIssue(InputIssue{InputIssue::Severity::Skipped,
                                         path,
                                         tsv.lineNumber(),
                                         Messages::tr("biomarker '%1' is not known").arg(text)});
                continue;
            }
            a.sample = qint16(sample);
            into.alterations.push_back(std::move(a));
            continue;
        }
        QString code = tsv.text(cOncotree).trimmed();
        if (code.isEmpty() && cDetailed >= 0 && !tsv.field(cDetailed).isEmpty()) {
            const QString name = tsv.text(cDetailed).trimmed().toLower();
            if (!codeOfName.contains(name)) {
                QString found;
                for (const OncoTreeNode& node : OncoTree::bundled().nodes())
                    if (node.name.compare(name, Qt::CaseInsensitive) == 0
                        && (found.isEmpty() || node.code < found)) // names are unique; the first code if not
                        found = node.code;
                codeOfName.insert(name, found);
                if (found.isEmpty())
                    into.addIssue(InputIssue{InputIssue::Severity::Warning,
                                             path,
                                             tsv.lineNumber(),
                                             Messages::tr("CANCER_TYPE_DETAILED '%1' is no OncoTree tumor type: "
                                                          "its samples have no tumor type from this table")
                                                 .arg(tsv.text(cDetailed).trimmed())});
            }
            code = codeOfName.value(name);
        }
        if (cohort && !code.isEmpty()) {
            // As for one case: the first row that types the sample decides, a differing one is told.
            Sample& s = into.samples[sample];
            if (s.tumorType.isEmpty()) {
                s.tumorType = code;
                s.tumorTypeOrigin = origin;
            } else if (s.tumorType.compare(code, Qt::CaseInsensitive) != 0) {
                into.addIssue(InputIssue{InputIssue::Severity::Warning,
                                         path,
                                         tsv.lineNumber(),
                                         Messages::tr("the table gives tumor type %1 for sample %2; the case uses %3")
                                             .arg(code, rowSample, s.tumorType)});
            }
        } else if (!code.isEmpty()) {
            into.samples[sample].tumorType = code;
            if (options.tumorType.isEmpty() && into.tumorType.isEmpty()) {
                into.tumorType = code;
                into.tumorTypeOrigin = origin;
            } else if (into.tumorType.compare(code, Qt::CaseInsensitive) != 0) {
                into.addIssue(InputIssue{
                    InputIssue::Severity::Warning,
                    path,
                    tsv.lineNumber(),
                    Messages::tr("the table gives tumor type %1 for sample %2; the case uses %3")
                        .arg(code, rowSample, into.tumorType.isEmpty() ? options.tumorType : into.tumorType)});
            }
        }
        for (const auto& [receptor, column] : receptorColumns) {
            if (column < 0)
                continue;
            if (const QString status = receptorStatus(receptor, tsv.text(column)); !status.isEmpty())
                (cohort ? into.samples[sample].receptorStatus : into.receptorStatus).insert(receptor, status);
        }
        bool ok = false;
        const double tmb = tsv.text(cTmb).toDouble(&ok);
        if (ok && tmb >= 0) {
            Alteration a =
                biomarker(u"TMB"_s, tmb >= tmbHighThreshold ? u"TMB-high"_s : u"TMB-low"_s, tmb, u"mut/Mb"_s, origin);
            a.sample = qint16(sample);
            into.alterations.push_back(std::move(a));
        }
        const double msiScore = tsv.text(cMsiScore).toDouble(&ok);
        const QString status = msiStatus(tsv.text(cMsiStatus));
        if (ok || !status.isEmpty()) {
            Alteration a = biomarker(u"MSI"_s,
                                     status,
                                     ok ? msiScore : std::numeric_limits<double>::quiet_NaN(),
                                     ok ? u"%"_s : QString(),
                                     origin);
            a.sample = qint16(sample);
            into.alterations.push_back(std::move(a));
        }
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (rowsForCase == 0 && rows > 0)
        into.addIssue(InputIssue{InputIssue::Severity::Warning,
                                 path,
                                 0,
                                 Messages::tr("none of its %n rows is about this case's samples", nullptr, rows)});
    return {};
}

} // namespace onco
