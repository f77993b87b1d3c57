#include "KnowledgeBase.h"

#include "CivicImporter.h"
#include "KbSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::KnowledgeBase)
};

KbReleaseInfo releaseFromRow(const SqliteStatement& s)
{
    KbReleaseInfo r;
    r.id = s.int64(0);
    r.kb = KbRelease{s.text(1), s.text(2)};
    r.format = s.text(3);
    r.importedAt = s.text(4);
    r.licence = s.text(5);
    r.attribution = s.text(6);
    r.bundled = s.int64(7) != 0;
    return r;
}

constexpr const char* releaseColumns = "SELECT id, source, release, format, imported_at, licence, attribution, bundled "
                                       "FROM kb_release ";

} // namespace

QString KnowledgeBase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"knowledgebase.sqlite"_s);
}

QString KnowledgeBase::bundledCivicDirectory()
{
    return u":/oncoboard/kb/civic/2025-07-01"_s;
}

KbRelease KnowledgeBase::bundledCivicRelease()
{
    return KbRelease{u"CIViC"_s, u"2025-07-01"_s};
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::open(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(CoreError::Code::Io, Messages::tr("cannot create the folder %1").arg(info.absolutePath()), path);
    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase);
    if (auto r = kb->m_db.open(path, true); !r)
        return Unexpected{r.error()};
    // WAL lets the GUI read while an import writes.
    if (auto r = kb->m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"); !r)
        return Unexpected{r.error()};
    if (auto r = KbSchema::ensure(kb->m_db); !r)
        return Unexpected{r.error()};
    return kb;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::openDefault(const Progress* progress)
{
    auto kb = open(defaultPath());
    if (!kb)
        return kb;
    if (auto r = (*kb)->ensureBundled(progress); !r)
        return Unexpected{r.error()};
    return kb;
}

Result<void> KnowledgeBase::ensureBundled(const Progress* progress)
{
    const KbRelease bundled = bundledCivicRelease();
    auto present = [&] {
        for (const KbReleaseInfo& r : releases())
            if (r.kb == bundled)
                return true;
        return false;
    };
    if (present())
        return {};
    auto report = CivicImporter::import(m_db, bundledCivicDirectory(), true, progress);
    if (!report) {
        // Another process may have imported it between our check and our write lock.
        if (report.error().code == CoreError::Code::InvalidArgument && present())
            return {};
        return Unexpected{report.error()};
    }
    return {};
}

QList<KbReleaseInfo> KnowledgeBase::releases()
{
    QList<KbReleaseInfo> out;
    auto stmt = m_db.prepare((QByteArray(releaseColumns) + "ORDER BY source, release").constData());
    if (!stmt)
        return out;
    while (stmt->step())
        out.append(releaseFromRow(*stmt));
    return out;
}

std::optional<KbReleaseInfo> KnowledgeBase::activeRelease(const QString& source)
{
    auto chosen = m_db.prepare((QByteArray(releaseColumns)
                                + "WHERE source = ?1 AND release = (SELECT value FROM kb_setting WHERE key = "
                                  "'active:' || ?1)")
                                   .constData());
    if (chosen) {
        chosen->bind(1, source);
        if (chosen->step())
            return releaseFromRow(*chosen);
    }
    auto newest =
        m_db.prepare((QByteArray(releaseColumns) + "WHERE source = ? ORDER BY release DESC LIMIT 1").constData());
    if (newest) {
        newest->bind(1, source);
        if (newest->step())
            return releaseFromRow(*newest);
    }
    return std::nullopt;
}

Result<void> KnowledgeBase::setActiveRelease(const QString& source, const QString& release)
{
    bool found = false;
    for (const KbReleaseInfo& r : releases())
        found = found || (r.kb.source == source && r.kb.release == release);
    if (!found)
        return fail(CoreError::Code::InvalidArgument, Messages::tr("%1 %2 has not been imported").arg(source, release));
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO kb_setting (key, value) VALUES ('active:' || ?, ?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, source);
    stmt->bind(2, release);
    if (!stmt->run())
        return m_db.error(u"kb_setting"_s);
    return {};
}

Result<std::vector<KbVariant>> KnowledgeBase::variants(qint64 releaseId)
{
    auto stmt = m_db.prepare("SELECT variant_id, gene, name, protein_key, chrom, start, ref, alt, build, single_mp_id "
                             "FROM variant WHERE release_id = ? ORDER BY variant_id");
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, releaseId);
    std::vector<KbVariant> out;
    while (stmt->step()) {
        KbVariant v;
        v.id = stmt->int64(0);
        v.gene = stmt->text(1);
        v.name = stmt->text(2);
        v.proteinKey = stmt->text(3);
        // Alleles are matchable when the release gives GRCh37 coordinates and at least one allele.
        const bool hasAlleles =
            !stmt->isNull(6) && !stmt->isNull(7) && !(stmt->text(6).isEmpty() && stmt->text(7).isEmpty());
        if (!stmt->isNull(4) && !stmt->isNull(5) && hasAlleles && stmt->text(8) == u"GRCh37")
            v.allele = AlleleKey{
                canonicalContig(stmt->text(4)), stmt->int64(5), stmt->text(6).toUpper(), stmt->text(7).toUpper()};
        v.singleProfileId = stmt->isNull(9) ? 0 : stmt->int64(9);
        out.push_back(std::move(v));
    }
    if (!stmt->ok())
        return m_db.error(u"variant"_s);
    return out;
}

Result<std::vector<EvidenceItem>> KnowledgeBase::evidenceForProfiles(qint64 releaseId, const QList<qint64>& profileIds)
{
    std::vector<EvidenceItem> out;
    if (profileIds.isEmpty())
        return out;
    auto source = m_db.prepare("SELECT source, release FROM kb_release WHERE id = ?");
    if (!source)
        return Unexpected{source.error()};
    source->bind(1, releaseId);
    if (!source->step())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("no knowledge-base release with id %1").arg(releaseId));
    const KbRelease kb{source->text(0), source->text(1)};

    QByteArray ids;
    for (qint64 id : profileIds) {
        if (!ids.isEmpty())
            ids += ',';
        ids += QByteArray::number(id);
    }
    const QByteArray sql =
        "SELECT e.evidence_id, e.mp_id, mp.name, e.disease, e.doid, e.level, e.evidence_type, e.direction, "
        "e.significance, e.therapy_interaction, e.statement, e.citation, e.citation_id, e.source_type, e.nct_ids, "
        "e.rating, e.variant_origin, e.url, "
        "(SELECT json_group_array(therapy) FROM (SELECT therapy FROM evidence_therapy t WHERE t.release_id = "
        "e.release_id AND t.evidence_id = e.evidence_id ORDER BY position)) "
        "FROM evidence e JOIN molecular_profile mp ON mp.release_id = e.release_id AND mp.mp_id = e.mp_id "
        "WHERE e.release_id = ? AND e.mp_id IN ("
        + ids + ") ORDER BY e.evidence_id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, releaseId);
    while (stmt->step()) {
        EvidenceItem e;
        e.kb = kb;
        e.id = stmt->int64(0);
        e.displayId = u"EID"_s + QString::number(e.id);
        e.molecularProfileId = stmt->int64(1);
        e.molecularProfile = stmt->text(2);
        e.disease = stmt->text(3);
        e.doid = stmt->text(4);
        e.level = stmt->text(5);
        e.evidenceType = stmt->text(6);
        e.direction = stmt->text(7);
        e.significance = stmt->text(8);
        e.therapyInteraction = stmt->text(9);
        e.statement = stmt->text(10);
        e.citation = stmt->text(11);
        e.citationId = stmt->text(12);
        e.sourceType = stmt->text(13);
        const QString nct = stmt->text(14);
        for (const QString& n : nct.split(u',', Qt::SkipEmptyParts))
            e.nctIds << n.trimmed();
        e.rating = int(stmt->int64(15));
        e.variantOrigin = stmt->text(16);
        e.url = stmt->text(17);
        const QJsonArray therapies = QJsonDocument::fromJson(stmt->text(18).toUtf8()).array();
        for (const QJsonValue& t : therapies)
            e.therapies << t.toString();
        out.push_back(std::move(e));
    }
    if (!stmt->ok())
        return m_db.error(u"evidence"_s);
    return out;
}

qint64 KnowledgeBase::count(const char* table, qint64 releaseId)
{
    const QByteArray sql =
        "SELECT count(*) FROM " + QByteArray(table) + " WHERE release_id = " + QByteArray::number(releaseId);
    return m_db.scalar(sql.constData(), -1);
}

} // namespace onco
