#include "KnowledgeBase.h"

#include "ApprovalsImporter.h"

#include "CivicImporter.h"
#include "KbSchema.h"
#include "ReferenceImporter.h"
#include "TherapyNames.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
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

/** How the reports name an item: CIViC's own "EID1409"; "Local-3"; "OncoKB-12" (row of that release). */

/** The source and release of a release id; InvalidArgument when there is none. */
Result<KbRelease> releaseOf(SqliteDatabase& db, qint64 releaseId)
{
    auto source = db.prepare("SELECT source, release FROM kb_release WHERE id = ?");
    if (!source)
        return Unexpected{source.error()};
    source->bind(1, releaseId);
    if (!source->step())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("no knowledge-base release with id %1").arg(releaseId));
    return KbRelease{source->text(0), source->text(1)};
}

/** "1,2,3" for an SQL IN list of ids (numbers only, so nothing to escape). */
QByteArray idList(const QList<qint64>& ids)
{
    QByteArray out;
    for (qint64 id : ids)
        out += (out.isEmpty() ? "" : ",") + QByteArray::number(id);
    return out;
}

constexpr const char* releaseColumns = "SELECT id, source, release, format, imported_at, licence, attribution, bundled "
                                       "FROM kb_release ";

} // namespace

QString KnowledgeBase::evidenceDisplayId(const QString& source, qint64 id)
{
    if (source == u"CIViC")
        return u"EID"_s + QString::number(id);
    if (source == u"Approvals")
        return u"APR-%1"_s.arg(id, 4, 10, QLatin1Char('0'));
    if (source == u"MOAlmanac")
        return u"MOA-%1"_s.arg(id);
    return source + u'-' + QString::number(id);
}

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
    if (auto r = KbSchema::checkOwner(kb->m_db); !r)
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
    // Each import checks for its release under the write lock; another process may have imported
    // it between our check and that lock, which is not an error.
    auto alreadyThere = [&](const CoreError& e, const KbRelease& release) {
        return e.code == CoreError::Code::InvalidArgument
               && KbWrite::findRelease(m_db, release.source, release.release);
    };
    const KbRelease civic = bundledCivicRelease();
    if (!KbWrite::findRelease(m_db, civic.source, civic.release)) {
        auto report = CivicImporter::import(m_db, bundledCivicDirectory(), true, progress);
        if (!report && !alreadyThere(report.error(), civic))
            return Unexpected{report.error()};
    }
    const KbRelease roles{QString::fromLatin1(ReferenceImporter::cancerMineSource),
                          ReferenceImporter::cancerMineReleaseFromFileName(
                              QFileInfo(ReferenceImporter::bundledCancerMinePath()).fileName())};
    if (!KbWrite::findRelease(m_db, roles.source, roles.release)) {
        auto report = ReferenceImporter::importCancerMine(m_db, ReferenceImporter::bundledCancerMinePath(), true);
        if (!report && !alreadyThere(report.error(), roles))
            return Unexpected{report.error()};
    }
    const QString approvalsRelease = ApprovalsImporter::releaseOf(ApprovalsImporter::bundledPath());
    const KbRelease approvals{QString::fromLatin1(ApprovalsImporter::source), approvalsRelease};
    if (!KbWrite::findRelease(m_db, approvals.source, approvals.release)) {
        auto report = ApprovalsImporter::import(m_db, ApprovalsImporter::bundledPath(), true);
        if (!report && !alreadyThere(report.error(), approvals))
            return Unexpected{report.error()};
    }
    const KbRelease synonyms{QString::fromLatin1(ReferenceImporter::therapySynonymSource),
                             ReferenceImporter::bundledTherapySynonymsRelease()};
    if (!KbWrite::findRelease(m_db, synonyms.source, synonyms.release)) {
        auto report = ReferenceImporter::importTherapySynonyms(
            m_db, ReferenceImporter::bundledTherapySynonymsPath(), true, synonyms.release);
        if (!report && !alreadyThere(report.error(), synonyms))
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
    auto id = KbWrite::releaseInUse(m_db, source);
    if (!id || *id == 0)
        return std::nullopt;
    auto stmt = m_db.prepare((QByteArray(releaseColumns) + "WHERE id = ?").constData());
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, *id);
    if (!stmt->step())
        return std::nullopt;
    return releaseFromRow(*stmt);
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

QStringList KnowledgeBase::sources()
{
    QStringList out;
    auto stmt = m_db.prepare("SELECT DISTINCT source FROM kb_release ORDER BY source <> 'CIViC', source");
    if (!stmt)
        return out;
    while (stmt->step())
        out << stmt->text(0);
    return out;
}

KbRelease KnowledgeBase::localRelease()
{
    return KbRelease{u"Local"_s, u"local"_s};
}

Result<qint64> KnowledgeBase::addLocalEvidence(KbEvidenceInput item)
{
    auto invalid = [](const QString& why) { return fail(CoreError::Code::InvalidArgument, why); };
    static const QStringList types{
        u"Predictive"_s, u"Diagnostic"_s, u"Prognostic"_s, u"Predisposing"_s, u"Oncogenic"_s, u"Functional"_s};
    static const QStringList levels{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s};
    for (const auto& [value, name] : {std::pair{&item.gene, "gene"},
                                      {&item.alteration, "alteration"},
                                      {&item.statement, "statement"},
                                      {&item.curator, "curator"},
                                      {&item.reason, "reason"}}) {
        *value = value->trimmed();
        if (value->isEmpty())
            return invalid(Messages::tr("a local evidence item needs a %1").arg(QLatin1StringView(name)));
    }
    const auto type = std::find_if(types.cbegin(), types.cend(), [&](const QString& t) {
        return t.compare(item.evidenceType.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (type == types.cend())
        return invalid(
            Messages::tr("evidence type must be one of %1, not '%2'").arg(types.join(u", "_s), item.evidenceType));
    item.evidenceType = *type;
    item.level = item.level.trimmed().toUpper();
    if (!levels.contains(item.level))
        return invalid(Messages::tr("level must be A, B, C, D or E, not '%1'").arg(item.level));
    if (item.direction.isEmpty())
        item.direction = u"Supports"_s;
    if (item.direction != u"Supports" && item.direction != u"Does Not Support")
        return invalid(
            Messages::tr("direction must be 'Supports' or 'Does Not Support', not '%1'").arg(item.direction));
    if (item.doid.startsWith(u"DOID:", Qt::CaseInsensitive))
        item.doid = item.doid.mid(5);
    if (!item.oncotreeCode.isEmpty()) {
        const OncoTreeNode* node = OncoTree::bundled().find(item.oncotreeCode);
        if (!node)
            return invalid(Messages::tr("'%1' is not an OncoTree code").arg(item.oncotreeCode));
        item.oncotreeCode = node->code;
        if (item.disease.isEmpty())
            item.disease = node->name;
    }
    if (item.disease.isEmpty() && item.doid.isEmpty())
        return invalid(Messages::tr("a local evidence item needs a disease, a DOID or an OncoTree code"));
    if (item.curatedAt.isEmpty())
        item.curatedAt = QDate::currentDate().toString(Qt::ISODate);
    if (item.variantOrigin.isEmpty())
        item.variantOrigin = u"Somatic"_s;

    auto transaction = KbTransaction::begin(m_db);
    if (!transaction)
        return Unexpected{transaction.error()};
    const KbRelease local = localRelease();
    std::optional<qint64> release = KbWrite::findRelease(m_db, local.source, local.release);
    if (!release) {
        KbReleaseSpec spec;
        spec.source = local.source;
        spec.release = local.release;
        spec.format = u"local"_s;
        spec.licence = u"curated at this site"_s;
        spec.attribution = u"Evidence curated by this site's molecular tumor board"_s;
        auto id = KbWrite::createRelease(m_db, spec, m_db.path());
        if (!id)
            return Unexpected{id.error()};
        release = *id;
    }
    auto writer = KbEvidenceWriter::create(m_db, *release);
    if (!writer)
        return Unexpected{writer.error()};
    auto id = writer->add(item);
    if (!id)
        return Unexpected{id.error()};
    if (auto r = KbWrite::indexTherapiesAndDiseases(m_db, *release); !r)
        return Unexpected{r.error()};
    if (auto r = transaction->commit(); !r)
        return Unexpected{r.error()};
    return id;
}

Result<std::vector<KbVariant>> KnowledgeBase::variants(qint64 releaseId)
{
    auto stmt = m_db.prepare("SELECT variant_id, gene, name, protein_key, chrom, start, ref, alt, build, single_mp_id, "
                             "feature_type, five_prime_partner, three_prime_partner, variant_types, variant_groups "
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
        v.featureType = stmt->text(10);
        v.fivePrime = stmt->text(11);
        v.threePrime = stmt->text(12);
        v.variantTypes = stmt->text(13);
        v.groups = stmt->text(14);
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
    auto release = releaseOf(m_db, releaseId);
    if (!release)
        return Unexpected{release.error()};
    const KbRelease kb = *release;
    const QByteArray ids = idList(profileIds);
    const QByteArray sql =
        "SELECT e.evidence_id, e.mp_id, mp.name, e.disease, e.doid, e.level, e.evidence_type, e.direction, "
        "e.significance, e.therapy_interaction, e.statement, e.citation, e.citation_id, e.source_type, e.nct_ids, "
        "e.rating, e.variant_origin, e.url, e.oncotree_code, e.curator, e.curated_at, e.reason, "
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
        e.displayId = evidenceDisplayId(kb.source, e.id);
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
        e.oncotreeCode = stmt->text(18);
        e.curator = stmt->text(19);
        e.curatedAt = stmt->text(20);
        e.reason = stmt->text(21);
        const QJsonArray therapies = QJsonDocument::fromJson(stmt->text(22).toUtf8()).array();
        for (const QJsonValue& t : therapies)
            e.therapies << t.toString();
        out.push_back(std::move(e));
    }
    if (!stmt->ok())
        return m_db.error(u"evidence"_s);
    return out;
}

Result<std::vector<AssertionItem>> KnowledgeBase::assertionsForProfiles(qint64 releaseId,
                                                                        const QList<qint64>& profileIds)
{
    std::vector<AssertionItem> out;
    if (profileIds.isEmpty())
        return out;
    auto release = releaseOf(m_db, releaseId);
    if (!release)
        return Unexpected{release.error()};
    const KbRelease kb = *release;
    const QByteArray ids = idList(profileIds);
    const QByteArray sql =
        "SELECT a.assertion_id, a.mp_id, mp.name, a.disease, a.doid, a.assertion_type, a.direction, a.significance, "
        "a.amp_category, a.nccn_guideline, a.regulatory_approval, a.fda_companion_test, a.therapies, a.summary, "
        "(SELECT group_concat(evidence_id) FROM assertion_evidence x WHERE x.release_id = a.release_id AND "
        "x.assertion_id = a.assertion_id) "
        "FROM assertion a JOIN molecular_profile mp ON mp.release_id = a.release_id AND mp.mp_id = a.mp_id "
        "WHERE a.release_id = ? AND a.mp_id IN ("
        + ids + ") ORDER BY a.assertion_id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, releaseId);
    while (stmt->step()) {
        AssertionItem a;
        a.kb = kb;
        a.id = stmt->int64(0);
        a.displayId = u"AID"_s + QString::number(a.id);
        a.molecularProfileId = stmt->int64(1);
        a.molecularProfile = stmt->text(2);
        a.disease = stmt->text(3);
        a.doid = stmt->text(4);
        a.assertionType = stmt->text(5);
        a.direction = stmt->text(6);
        a.significance = stmt->text(7);
        a.ampCategory = stmt->text(8);
        a.nccnGuideline = stmt->text(9);
        a.regulatoryApproval = stmt->int64(10) != 0;
        a.fdaCompanionTest = stmt->int64(11) != 0;
        a.therapies = TherapyNames::split(stmt->text(12));
        a.summary = stmt->text(13);
        for (const QString& e : stmt->text(14).split(u',', Qt::SkipEmptyParts))
            a.evidenceIds << e.toLongLong();
        out.push_back(std::move(a));
    }
    if (!stmt->ok())
        return m_db.error(u"assertion"_s);
    return out;
}

Result<QSet<QString>> KnowledgeBase::oncogenicProteinChanges(qint64 releaseId)
{
    QSet<QString> out;
    auto stmt = m_db.prepare(
        "SELECT DISTINCT v.gene, v.protein_key FROM mp_variant m JOIN variant v ON v.release_id = m.release_id AND "
        "v.variant_id = m.variant_id WHERE m.release_id = ?1 AND m.mp_id IN (SELECT mp_id FROM evidence WHERE "
        "release_id = ?1 AND evidence_type = 'Oncogenic' AND coalesce(direction, 'Supports') = 'Supports' AND "
        "coalesce(significance, '') NOT IN ('Likely Neutral', 'Neutral', 'Inconclusive', 'Unknown')) AND "
        "coalesce(v.protein_key, '') <> ''");
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, releaseId);
    while (stmt->step())
        out.insert(stmt->text(0).toUpper() + u'\t' + stmt->text(1));
    if (!stmt->ok())
        return m_db.error(u"evidence"_s);
    return out;
}

Result<std::vector<DocumentedVariant>> KnowledgeBase::documentedVariants(qint64 releaseId)
{
    std::vector<DocumentedVariant> out;
    auto stmt = m_db.prepare(
        "SELECT v.gene, v.name, coalesce(v.feature_type, ''), min(e.evidence_id) FROM evidence e "
        // CROSS JOIN keeps this order: SQLite would otherwise scan the evidence once per variant.
        "CROSS JOIN mp_variant m ON m.release_id = e.release_id AND m.mp_id = e.mp_id "
        "CROSS JOIN variant v ON v.release_id = m.release_id AND v.variant_id = m.variant_id "
        "WHERE e.release_id = ?1 AND coalesce(e.direction, 'Supports') = 'Supports' "
        "AND coalesce(e.variant_origin, '') NOT LIKE '%Common Germline%' AND ("
        "(e.evidence_type IN ('Predictive', 'Diagnostic', 'Prognostic') AND e.level IN ('A', 'B', 'C', 'D', 'FDA', "
        "'EMA', '1', '2', '3A', '3B', 'R1', 'R2', 'Dx1', 'Dx2', 'Dx3', 'Px1', 'Px2', 'Px3')) "
        "OR (e.evidence_type = 'Oncogenic' AND coalesce(e.significance, '') NOT IN ('Likely Neutral', 'Neutral', "
        "'Inconclusive', 'Unknown')) "
        "OR (e.evidence_type = 'Functional' AND e.significance IN ('Gain of Function', 'Loss of Function', "
        "'Neomorphic', 'Dominant Negative'))) "
        "GROUP BY v.variant_id ORDER BY v.gene, v.name");
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, releaseId);
    while (stmt->step())
        out.push_back(DocumentedVariant{stmt->text(0), stmt->text(1), stmt->text(2), stmt->int64(3)});
    if (!stmt->ok())
        return m_db.error(u"evidence"_s);
    return out;
}

Result<std::vector<KbProfile>> KnowledgeBase::profiles(qint64 releaseId)
{
    std::vector<KbProfile> out;
    QHash<qint64, size_t> index;
    auto list = m_db.prepare("SELECT mp.mp_id, mp.name, v.variant_id, coalesce(f.name, v.gene), v.name, m.variant_id "
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
        else if (!list->isNull(5))
            out[*it].incomplete = true;
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
