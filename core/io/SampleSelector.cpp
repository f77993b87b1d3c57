#include "SampleSelector.h"

#include "TsvReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::SampleSelector)
};

QString listOf(const QStringList& names)
{
    constexpr int shown = 8;
    QString text = names.mid(0, shown).join(u", "_s);
    if (names.size() > shown)
        text += Messages::tr(" and %1 more").arg(names.size() - shown);
    return text;
}

} // namespace

SampleSelector::SampleSelector(const CaseLoadOptions& options, const Case& caseSoFar)
    : m_requested(options.tumorSample)
    , m_everySample(options.everySample)
{
    for (const Sample& s : caseSoFar.samples)
        if (s.role == SampleRole::Tumor)
            m_known << s.name;
}

bool SampleSelector::sameSample(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QString& shorter = a.size() < b.size() ? a : b;
    const QString& longer = a.size() < b.size() ? b : a;
    if (shorter.isEmpty() || !longer.startsWith(shorter, Qt::CaseInsensitive))
        return false;
    // TCGA barcodes: TCGA-XX-XXXX-NN names the sample, then the vial letter and more: any extension
    // of at least the sample part is the same sample ("TCGA-A6-2672-01" = "TCGA-A6-2672-01A-01W-0833-10").
    if (!patientOf(shorter).isEmpty())
        return shorter.size() >= 15;
    // Other names: an extension at a '-' with at least three parts, never a bare patient id.
    return longer[shorter.size()] == u'-' && shorter.count(u'-') >= 3;
}

QString SampleSelector::patientOf(const QString& sample)
{
    static const QRegularExpression tcga(uR"(^(TCGA-[A-Z0-9]{2}-[A-Z0-9]{4})(-|$))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = tcga.match(sample);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

Result<void>
SampleSelector::choose(const QString& path, const QStringList& samplesInFile, const QList<qint64>& alterationsPerSample)
{
    m_kept.clear();
    m_keptOrder.clear();
    m_note.clear();
    auto keep = [&](const QString& s) {
        if (!m_kept.contains(s)) {
            m_kept.insert(s);
            m_keptOrder << s;
        }
    };
    if (samplesInFile.isEmpty())
        return {};
    if (m_everySample && m_requested.isEmpty()) { // a cohort: each sample becomes its own case
        for (const QString& s : samplesInFile)
            keep(s);
        return {};
    }
    if (!m_requested.isEmpty()) {
        for (const QString& s : samplesInFile)
            if (sameSample(s, m_requested))
                keep(s);
        if (m_kept.isEmpty() && samplesInFile.size() > 1) {
            // A cohort table without this sample contributes nothing to the case; the loader
            // refuses the case only when no input holds the sample at all.
            m_note = Messages::tr("sample '%1' is not in this file (samples: %2): nothing is taken from it")
                         .arg(m_requested, listOf(samplesInFile));
            return {};
        }
        if (m_kept.isEmpty()) {
            keep(samplesInFile.front()); // one sample under another name (a VCF column "TUMOR", say)
            m_note =
                Messages::tr("its only sample '%1' is taken as sample '%2'").arg(samplesInFile.front(), m_requested);
        }
        return {};
    }
    for (const QString& s : samplesInFile)
        for (const QString& k : m_known)
            if (sameSample(s, k))
                keep(s);
    if (!m_kept.isEmpty())
        return {};
    if (samplesInFile.size() == 1) {
        keep(samplesInFile.front());
        if (!m_known.isEmpty())
            m_note = Messages::tr("its only sample '%1' is taken as the case's tumor sample '%2'")
                         .arg(samplesInFile.front(), m_known.front());
        return {};
    }
    // Several samples of one patient (primary and metastasis, say) form one case.
    const QString patient = patientOf(samplesInFile.front());
    bool onePatient = !patient.isEmpty();
    for (const QString& s : samplesInFile)
        onePatient = onePatient && patientOf(s) == patient;
    if (onePatient && m_known.isEmpty()) {
        for (const QString& s : samplesInFile)
            keep(s);
        return {};
    }
    Unexpected ambiguous = fail(CoreError::Code::InvalidArgument,
                                Messages::tr("the file holds %1 samples (%2); choose the patient's sample with "
                                             "--tumor-sample")
                                    .arg(samplesInFile.size())
                                    .arg(listOf(samplesInFile)),
                                path);
    ambiguous.error.choices = samplesInFile;
    if (alterationsPerSample.size() == samplesInFile.size())
        for (qint64 n : alterationsPerSample)
            ambiguous.error.choiceDetails
                << (n == 1 ? Messages::tr("1 alteration") : Messages::tr("%L1 alterations").arg(n));
    return ambiguous;
}

QStringList SampleSelector::kept() const
{
    return m_keptOrder;
}

SampleIndex::SampleIndex(Case& c, bool sameSample)
    : m_case(c)
{
    for (int i = 0; i < c.samples.size(); ++i)
        m_byName.insert(c.samples[i].name, qint16(i));
    if (sameSample)
        m_matcher.emplace(c);
}

qint16 SampleIndex::add(const QString& name, SampleRole role, const Origin& origin)
{
    if (const auto it = m_byName.constFind(name); it != m_byName.cend())
        return *it;
    if (m_matcher && role == SampleRole::Tumor)
        if (const int same = m_matcher->find(name); same >= 0)
            return qint16(same);
    if (m_case.samples.size() >= std::numeric_limits<qint16>::max())
        return -1;
    const qint16 at = m_case.appendSample(name, role, origin); // not in m_byName: new
    m_byName.insert(name, at);
    if (m_matcher)
        m_matcher->add(at);
    return at;
}

namespace {

/**
 * The name and the shorter names SampleSelector::sameSample may take for it: of a TCGA barcode
 * every prefix of 15 characters or more, of another name its prefixes at a '-' that have three
 * '-' themselves (never a bare patient id).
 */
QStringList prefixesOf(const QString& name)
{
    QStringList keys{name};
    if (!SampleSelector::patientOf(name).isEmpty()) {
        for (qsizetype n = 15; n < name.size(); ++n)
            keys << name.left(n);
        return keys;
    }
    int dashes = 0;
    for (qsizetype dash = name.indexOf(u'-'); dash > 0; dash = name.indexOf(u'-', dash + 1))
        if (++dashes > 3)
            keys << name.left(dash);
    return keys;
}

} // namespace

Unexpected SampleIndex::full(const QString& path)
{
    return fail(
        CoreError::Code::BadInput,
        Messages::tr("more than %L1 samples in one run: split the cohort").arg(std::numeric_limits<qint16>::max()),
        path);
}

SampleMatcher::SampleMatcher(const Case& c)
    : m_case(c)
{
    for (int i = 0; i < c.samples.size(); ++i)
        add(i);
}

void SampleMatcher::add(int index)
{
    if (m_case.samples[index].role == SampleRole::Tumor)
        for (const QString& key : prefixesOf(m_case.samples[index].name))
            m_byPrefix.insert(key.toLower(), index); // sameSample ignores case
}

int SampleMatcher::find(const QString& rowSample) const
{
    // A case sample the row names in full or in part, or one whose name is part of the row's;
    // the first in the case's order, as a scan of every sample would find.
    int found = -1;
    for (const QString& prefix : prefixesOf(rowSample)) {
        const QString key = prefix.toLower();
        for (auto it = m_byPrefix.constFind(key); it != m_byPrefix.cend() && it.key() == key; ++it)
            if ((found < 0 || *it < found) && SampleSelector::sameSample(m_case.samples[*it].name, rowSample))
                found = *it;
    }
    return found;
}

UnrecognisedSampleColumn::UnrecognisedSampleColumn(const TsvReader& table, int sampleColumn)
{
    if (sampleColumn >= 0)
        return;
    static const QRegularExpression name(uR"(sample|barcode|patient|specimen|case_?id)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    // Not the sample's attributes (type, source, counts).
    static const QRegularExpression attribute(uR"(type|source|count|depth|vaf|allele|read|status|site)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < table.headerSize(); ++i) {
        const QString header = QString::fromUtf8(table.header().at(i));
        if (name.match(header).hasMatch() && !attribute.match(header).hasMatch())
            m_watched.push_back({i, {}});
    }
}

void UnrecognisedSampleColumn::see(const TsvReader& table)
{
    constexpr qsizetype enough = 100;
    for (auto& [column, values] : m_watched)
        if (values.size() < enough && !table.field(column).isEmpty())
            values.insert(table.field(column).toByteArray());
}

Result<void>
UnrecognisedSampleColumn::check(const TsvReader& table, const QString& path, const QString& recognised) const
{
    for (const auto& [column, values] : m_watched) {
        if (values.size() < 2)
            continue;
        QStringList some;
        for (const QByteArray& v : values)
            some << QString::fromUtf8(v);
        some.sort();
        return fail(CoreError::Code::BadInput,
                    Messages::tr("no sample column is recognised (%1), but column '%2' names %3 different values "
                                 "(%4...): the rows may come from several patients and are not read as one case; "
                                 "rename that column")
                        .arg(recognised, QString::fromUtf8(table.header().at(column)))
                        .arg(values.size() >= 100 ? Messages::tr("100 or more") : QString::number(values.size()))
                        .arg(some.mid(0, 4).join(u", "_s)),
                    path,
                    1);
    }
    return {};
}

} // namespace onco
