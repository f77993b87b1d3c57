// A patient's samples over time and each alteration's VAF in them.

#include "CaseStore.h"
#include "PatientTimeline.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

bool isLiquid(const QString& specimen)
{
    static const QStringList words{u"plasma"_s, u"cfdna"_s, u"ctdna"_s, u"liquid"_s, u"blood"_s, u"serum"_s};
    const QString s = specimen.toLower();
    return std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return s.contains(w); });
}

QString percent(float vaf)
{
    if (std::isnan(vaf) || vaf < 0)
        return Messages::tr("VAF not given");
    const double p = double(vaf) * 100.0;
    return p < 10 ? u"%1 %"_s.arg(p, 0, 'f', 1) : u"%1 %"_s.arg(qRound(p));
}

} // namespace

QList<PatientTimeline::Change> PatientTimeline::changes(bool relevantOnly) const
{
    QList<Change> out;
    for (qsizetype t = 1; t < samples.size(); ++t)
        for (const Series& s : series) {
            if (relevantOnly && !s.relevant)
                continue;
            const bool before = !std::isnan(s.vaf.value(t - 1, std::numeric_limits<float>::quiet_NaN()));
            const bool now = !std::isnan(s.vaf.value(t, std::numeric_limits<float>::quiet_NaN()));
            if (before == now)
                continue;
            Change c;
            c.name = s.name;
            c.appeared = now;
            c.date = samples[t].date;
            c.vaf = s.vaf.value(t);
            c.previousDate = samples[t - 1].date;
            c.previousVaf = s.vaf.value(t - 1);
            out << c;
        }
    return out;
}

QString PatientTimeline::describe(const Change& c)
{
    if (c.appeared)
        return Messages::tr("%1 appeared %2 at %3").arg(c.name, c.date, percent(c.vaf));
    return Messages::tr("%1 not found on %2 (%3 on %4)").arg(c.name, c.date, percent(c.previousVaf), c.previousDate);
}

QString PatientTimeline::toTsv() const
{
    QStringList header{u"alteration"_s, u"relevant"_s};
    for (const Sample& s : samples)
        header << u"%1 case %2"_s.arg(s.date).arg(s.caseId);
    QStringList lines{header.join(u'\t')};
    for (const Series& s : series) {
        QStringList row{s.name, s.relevant ? u"yes"_s : u"no"_s};
        for (const float v : s.vaf)
            row << (std::isnan(v) ? QString() : v < 0 ? u"found"_s : QString::number(double(v), 'f', 4));
        lines << row.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

Result<PatientTimeline> CaseStore::patientTimeline(const QString& patient)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"SELECT c.id, c.version, c.specimen, substr(c.created_at, 1, 10), s.name, s.collected_on "
              "FROM case_record c JOIN patient p ON p.id = c.patient_id "
              "LEFT JOIN sample s ON s.case_id = c.id AND s.role = 'tumor' "
              "WHERE p.pseudonym = ? AND c.superseded = 0 ORDER BY c.id, s.id"_s);
    q.addBindValue(patient);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    PatientTimeline timeline;
    timeline.patient = patient;
    while (q.next()) {
        const qint64 caseId = q.value(0).toLongLong();
        if (!timeline.samples.isEmpty() && timeline.samples.back().caseId == caseId)
            continue; // the case's first tumor sample stands for it
        PatientTimeline::Sample s;
        s.caseId = caseId;
        s.version = q.value(1).toInt();
        s.specimen = q.value(2).toString();
        s.name = q.value(4).toString();
        s.date = q.value(5).toString();
        s.dateGiven = !s.date.isEmpty();
        if (!s.dateGiven)
            s.date = q.value(3).toString();
        s.liquid = isLiquid(s.specimen);
        timeline.samples << s;
    }
    q.finish();
    if (timeline.samples.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("patient '%1' has no case in this database").arg(patient),
                    m_path);
    std::stable_sort(
        timeline.samples.begin(), timeline.samples.end(), [](const auto& a, const auto& b) { return a.date < b.date; });

    QHash<QString, qsizetype> seriesOf;
    for (qsizetype t = 0; t < timeline.samples.size(); ++t) {
        QSqlQuery a(db);
        a.prepare(u"SELECT ref, gene, hgvsp, tumor_vaf, amp_tier, evidence_ids FROM alteration WHERE case_id = ? "
                  "ORDER BY idx"_s);
        a.addBindValue(timeline.samples[t].caseId);
        if (!a.exec())
            return sqlFailure(a.lastError(), m_path);
        while (a.next()) {
            const QString ref = a.value(0).toString();
            qsizetype i = seriesOf.value(ref, -1);
            if (i < 0) {
                PatientTimeline::Series s;
                s.ref = ref;
                const QString gene = a.value(1).toString();
                const QString hgvsp = a.value(2).toString();
                s.name = !gene.isEmpty() && !hgvsp.isEmpty()        ? gene + u' ' + hgvsp
                         : !gene.isEmpty() && !ref.startsWith(gene) ? gene + u' ' + ref
                                                                    : ref;
                for (qsizetype k = 0; k < timeline.samples.size(); ++k)
                    s.vaf << std::numeric_limits<float>::quiet_NaN();
                i = timeline.series.size();
                seriesOf.insert(ref, i);
                timeline.series << s;
            }
            PatientTimeline::Series& s = timeline.series[i];
            s.vaf[t] = a.value(3).isNull() ? -1.0f : a.value(3).toFloat();
            const QString tier = a.value(4).toString();
            if (tier.startsWith(u"I-"_s) || tier.startsWith(u"II-"_s) || !a.value(5).toString().isEmpty())
                s.relevant = true;
        }
    }
    std::stable_sort(timeline.series.begin(), timeline.series.end(), [](const auto& a, const auto& b) {
        if (a.relevant != b.relevant)
            return a.relevant;
        return a.name < b.name;
    });
    return timeline;
}

} // namespace onco
