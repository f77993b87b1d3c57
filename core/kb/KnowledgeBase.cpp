#include "KnowledgeBase.h"

#include "CivicImporter.h"
#include "KbSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QHash>
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

Result<std::vector<KbProfile>> KnowledgeBase::profiles(qint64 releaseId)
{
    std::vector<KbProfile> out;
    QHash<qint64, size_t> index;
    auto list = m_db.prepare("SELECT mp.mp_id, mp.name, v.variant_id, coalesce(f.name, v.gene), v.name "
                             "FROM molecular_profile mp LEFT JOIN mp_variant m ON m.release_id = mp.release_id AND "
                             "m.mp_id = mp.mp_id LEFT JOIN variant v ON v.release_id = m.release_id AND v.variant_id = "
                             "m.variant_id LEFT JOIN feature f ON f.release_id = v.release_id AND f.feature_id = "
                             "v.feature_id WHERE mp.release_id = ? ORDER BY mp.mp_id, v.variant_id");
    if (!list)
        return Unexpected{list.error()};
    list->bind(1, releaseId);
    while (list->step()) {
        const qint64 id = list->int64(0);
        auto it = index.constFind(id);
        if (it == index.cend()) {
            it = index.insert(id, out.size());
            out.push_back(KbProfile{id, list->text(1), std::nullopt, {}});
        }
        if (!list->isNull(2))
            out[*it].variants.append(ProfileVariant{list->int64(2), list->text(3) + u' ' + list->text(4)});
    }
    // Trees, node by node in depth-first order (parents before children).
    auto nodes = m_db.prepare("SELECT mp_id, node, parent, position, op, variant_id FROM mp_node WHERE release_id = ? "
                              "ORDER BY mp_id, node");
    if (!nodes)
        return Unexpected{nodes.error()};
    nodes->bind(1, releaseId);
    qint64 current = -1;
    std::vector<ProfileNode*> byNode;
    ProfileNode root;
    auto flush = [&] {
        if (current >= 0)
            if (auto it = index.constFind(current); it != index.cend())
                out[*it].tree = root;
    };
    while (nodes->step()) {
        const qint64 mp = nodes->int64(0);
        if (mp != current) {
            flush();
            current = mp;
            byNode.clear();
            root = ProfileNode();
        }
        ProfileNode n;
        n.op = ProfileExpression::opOf(nodes->text(4)).value_or(ProfileNode::Op::Variant);
        n.variantId = nodes->isNull(5) ? 0 : nodes->int64(5);
        const qint64 node = nodes->int64(1);
        if (nodes->isNull(2)) {
            root = n;
            byNode.assign(size_t(node) + 1, nullptr);
            byNode[size_t(node)] = &root;
            continue;
        }
        const qint64 parent = nodes->int64(2);
        if (parent < 0 || size_t(parent) >= byNode.size() || !byNode[size_t(parent)])
            continue; // a broken tree is left out rather than guessed
        ProfileNode* p = byNode[size_t(parent)];
        p->children.push_back(n);
        // Children are appended in node order, so pointers into earlier vectors stay valid only
        // until a sibling is added: record the node's address after the push.
        if (byNode.size() <= size_t(node))
            byNode.resize(size_t(node) + 1, nullptr);
        byNode[size_t(node)] = &p->children.back();
    }
    flush();
    return out;
}

qint64 KnowledgeBase::count(const char* table, qint64 releaseId)
{
    const QByteArray sql =
        "SELECT count(*) FROM " + QByteArray(table) + " WHERE release_id = " + QByteArray::number(releaseId);
    return m_db.scalar(sql.constData(), -1);
}

} // namespace onco
