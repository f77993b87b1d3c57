#include "CaseRecheck.h"

#include "CaseStore.h"
#include "match/Tiering.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseRecheck)
};

QString orDash(const QString& s)
{
    return s.isEmpty() ? u"-"_s : s;
}

} // namespace

QString RecheckReport::toText() const
{
    QStringList lines;
    lines << Messages::tr("case %1: %2 alterations re-annotated").arg(caseId).arg(alterations);
    lines << Messages::tr("knowledge base then: %1").arg(releasesBefore.join(u", "_s));
    lines << Messages::tr("knowledge base now: %1").arg(releasesNow.join(u", "_s));
    if (changes.isEmpty())
        lines << Messages::tr("no change in evidence or tiers");
    else
        lines << Messages::tr("%n change(s):", nullptr, int(changes.size()));
    for (const RecheckChange& c : changes)
        lines << u"%1\t%2\t%3\t%4"_s.arg(c.alteration, c.what, orDash(c.before), orDash(c.after));
    return lines.join(u'\n');
}

Result<RecheckReport>
CaseRecheck::run(CaseStore& store, qint64 caseId, KnowledgeBase& kb, const AnnotateOptions& options)
{
    auto stored = store.alterations(caseId);
    if (!stored)
        return Unexpected{stored.error()};
    auto before = store.storedCase(caseId);
    if (!before)
        return Unexpected{before.error()};
    RecheckReport report;
    report.caseId = caseId;
    report.alterations = qint64(stored->size());
    for (const KbRelease& r : before->knowledgeBases)
        report.releasesBefore << r.source + u' ' + r.release;

    auto now = Annotator::annotate(before->caseData, kb, options);
    if (!now)
        return Unexpected{now.error()};
    for (const KbRelease& r : now->knowledgeBases)
        report.releasesNow << r.source + u' ' + r.release;

    for (qint32 i = 0; i < qint32(stored->size()); ++i) {
        const StoredAlteration& s = (*stored)[size_t(i)];
        QStringList evidenceNow;
        for (const Match& m : now->matchesFor(i)) {
            const EvidenceItem& e = now->evidence[size_t(m.evidence)];
            evidenceNow << e.kb.source + u':' + e.displayId;
        }
        const QSet<QString> was(s.evidenceIds.begin(), s.evidenceIds.end());
        const QSet<QString> is(evidenceNow.begin(), evidenceNow.end());
        QStringList added, removed;
        for (const QString& e : evidenceNow)
            if (!was.contains(e) && !added.contains(e))
                added << e;
        for (const QString& e : s.evidenceIds)
            if (!is.contains(e) && !removed.contains(e))
                removed << e;
        if (!added.isEmpty())
            report.changes << RecheckChange{s.ref, Messages::tr("new evidence"), QString(), added.join(u", "_s)};
        if (!removed.isEmpty())
            report.changes << RecheckChange{s.ref, Messages::tr("removed evidence"), removed.join(u", "_s), QString()};
        const AlterationCall call = Tiering::callOf(*now, i);
        for (const auto& [what, then, then_] : {std::tuple{Messages::tr("AMP tier"), s.ampTier, call.amp.tier},
                                                {Messages::tr("ESCAT tier"), s.escatTier, call.escat.tier},
                                                {Messages::tr("OncoKB-style level"), s.oncokbLevel, call.oncokb.tier}})
            if (then != then_)
                report.changes << RecheckChange{s.ref, what, then, then_};
    }
    return report;
}

} // namespace onco
