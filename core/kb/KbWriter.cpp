#include "KbWriter.h"

#include "ProfileExpression.h"
#include "io/ProteinChange.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::KbWriter)
};

QString profileKey(const QString& gene, const QString& alteration)
{
    return gene.toUpper() + u'\t' + alteration.simplified().toUpper();
}

} // namespace

std::optional<qint64> KbWrite::findRelease(SqliteDatabase& db, const QString& source, const QString& release)
{
    auto stmt = db.prepare("SELECT id FROM kb_release WHERE source = ? AND release = ?");
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, source);
    stmt->bind(2, release);
    if (!stmt->step())
        return std::nullopt;
    return stmt->int64(0);
}

Result<qint64> KbWrite::createRelease(SqliteDatabase& db, const KbReleaseSpec& spec, const QString& context)
{
    if (findRelease(db, spec.source, spec.release))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("%1 %2 is already in the knowledge base").arg(spec.source, spec.release),
                    context);
    auto insert = db.prepare("INSERT INTO kb_release (source, release, format, imported_at, licence, attribution, "
                             "bundled) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return Unexpected{insert.error()};
    insert->bind(1, spec.source);
    insert->bind(2, spec.release);
    insert->bind(3, spec.format, false);
    insert->bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert->bind(5, spec.licence, false);
    insert->bind(6, spec.attribution, false);
    insert->bind(7, qint64(spec.bundled ? 1 : 0));
    if (!insert->run())
        return db.error(u"kb_release"_s);
    return db.lastInsertId();
}

Result<void> KbWrite::recordFile(SqliteDatabase& db, qint64 releaseId, const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreError::Code::Io, file.errorString(), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(CoreError::Code::Io, file.errorString(), path);
    auto stmt = db.prepare("INSERT OR REPLACE INTO kb_release_file (release_id, name, sha256, bytes, rows) "
                           "VALUES (?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, releaseId);
    stmt->bind(2, QFileInfo(path).fileName());
    stmt->bind(3, QByteArrayView(hash.result().toHex()));
    stmt->bind(4, qint64(file.size()));
    stmt->bind(5, rows);
    if (!stmt->run())
        return db.error(path);
    return {};
}

Result<void> KbWrite::indexTherapiesAndDiseases(SqliteDatabase& db, qint64 releaseId)
{
    for (const char* sql :
         {"INSERT OR IGNORE INTO therapy (release_id, name) SELECT DISTINCT release_id, therapy FROM evidence_therapy "
          "WHERE release_id = ?",
          "INSERT OR REPLACE INTO disease (release_id, name, doid, oncotree_code) SELECT release_id, disease, "
          "max(doid), max(oncotree_code) FROM evidence WHERE release_id = ? AND coalesce(disease, '') <> '' "
          "GROUP BY disease"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return Unexpected{stmt.error()};
        stmt->bind(1, releaseId);
        if (!stmt->run())
            return db.error(u"therapy/disease index"_s);
    }
    return {};
}

QString
KbWrite::recordWarning(SqliteDatabase& db, qint64 releaseId, const QString& file, qint64 line, const QString& message)
{
    const QString name = QFileInfo(file).fileName();
    if (auto stmt = db.prepare("INSERT INTO kb_import_warning (release_id, file, line, message) VALUES (?,?,?,?)")) {
        stmt->bind(1, releaseId);
        stmt->bind(2, name);
        stmt->bind(3, line);
        stmt->bind(4, message);
        (void)stmt->run();
    }
    return u"%1:%2: %3"_s.arg(name).arg(line).arg(message);
}

QString KbWrite::proteinKeyOfName(const QString& name)
{
    static const QRegularExpression proteinLike(
        uR"(^[A-Z*]\d+[A-Z*]|^[A-Z*]\d+_[A-Z*]\d+|^[A-Z*]\d+(FS|DEL|INS|DUP))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString n = name.trimmed();
    if (n.startsWith(u"p."))
        n = n.mid(2);
    if (const qsizetype paren = n.indexOf(u" ("_s); paren > 0)
        n = n.left(paren);
    if (n.contains(u' ') || !proteinLike.match(n).hasMatch())
        return {};
    return ProteinChange::matchKey(n);
}

/** Compares release names with runs of digits as numbers: "v9" < "v47" < "v100", "2021-12" < "2022-01". */
bool KbWrite::releaseLess(const QString& a, const QString& b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare the numbers without converting them: leading zeros off, then length, then digits.
            QStringView na = QStringView(a).sliced(i, ei - i), nb = QStringView(b).sliced(j, ej - j);
            while (na.size() > 1 && na.front() == u'0')
                na = na.sliced(1);
            while (nb.size() > 1 && nb.front() == u'0')
                nb = nb.sliced(1);
            if (na.size() != nb.size())
                return na.size() < nb.size();
            if (const int c = na.compare(nb); c != 0)
                return c < 0;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

Result<qint64> KbWrite::releaseInUse(SqliteDatabase& db, const QString& source)
{
    auto list = db.prepare("SELECT id, release, release = (SELECT value FROM kb_setting WHERE key = 'active:' || ?1) "
                           "FROM kb_release WHERE source = ?1");
    if (!list)
        return Unexpected{list.error()};
    list->bind(1, source);
    qint64 best = 0;
    QString bestRelease;
    while (list->step()) {
        if (list->int64(2) == 1)
            return list->int64(0);
        const QString release = list->text(1);
        if (best == 0 || releaseLess(bestRelease, release)) {
            best = list->int64(0);
            bestRelease = release;
        }
    }
    if (!list->ok())
        return db.error(u"kb_release"_s);
    return best;
}

Result<qint64> KbWrite::buildProfileTrees(SqliteDatabase& db, qint64 releaseId, QStringList* warnings)
{
    // Profiles with their variants, spelled as profile names spell them: "FEATURE VARIANT".
    // A variant the profile names but the release lacks (a truncated download) comes back NULL.
    auto list =
        db.prepare("SELECT mp.mp_id, mp.name, v.variant_id, coalesce(f.name, v.gene), v.name, m.variant_id "
                   "FROM molecular_profile mp JOIN mp_variant m ON m.release_id = mp.release_id AND m.mp_id = "
                   "mp.mp_id LEFT JOIN variant v ON v.release_id = m.release_id AND v.variant_id = m.variant_id "
                   "LEFT JOIN feature f ON f.release_id = v.release_id AND f.feature_id = v.feature_id "
                   "WHERE mp.release_id = ? ORDER BY mp.mp_id");
    auto node = db.prepare("INSERT INTO mp_node (release_id, mp_id, node, parent, position, op, variant_id) "
                           "VALUES (?,?,?,?,?,?,?)");
    if (!list || !node)
        return Unexpected{list ? node.error() : list.error()};
    list->bind(1, releaseId);
    qint64 built = 0;
    qint64 current = -1;
    QString name;
    QList<ProfileVariant> variants;
    QList<qint64> absent; // variants the profile names that are not in the release
    auto flush = [&]() -> Result<void> {
        if (current < 0)
            return {};
        if (!absent.isEmpty()) {
            // Never matchable: an AND whose other half is missing would otherwise match on one part.
            QStringList ids;
            for (const qint64 id : absent)
                ids << QString::number(id);
            if (warnings)
                warnings->append(Messages::tr("molecular profile %1 \"%2\" names variant(s) %3, which the release does "
                                              "not hold: the profile is never matched")
                                     .arg(current)
                                     .arg(name, ids.join(u", "_s)));
            return {};
        }
        QString error;
        auto tree = ProfileExpression::parse(name, variants, &error);
        if (!tree && variants.size() == 1)
            tree = ProfileNode{ProfileNode::Op::Variant, variants.front().id, {}}; // one variant, another spelling
        if (!tree) {
            if (warnings)
                warnings->append(Messages::tr("molecular profile %1 \"%2\": %3").arg(current).arg(name, error));
            return {};
        }
        // Depth-first, numbering nodes as they are written.
        qint64 next = 0;
        std::function<Result<void>(const ProfileNode&, qint64, qint64)> write =
            [&](const ProfileNode& n, qint64 parent, qint64 position) -> Result<void> {
            const qint64 id = next++;
            node->bind(1, releaseId);
            node->bind(2, current);
            node->bind(3, id);
            if (parent >= 0)
                node->bind(4, parent);
            node->bind(5, position);
            node->bind(6, ProfileExpression::opName(n.op), false);
            if (n.op == ProfileNode::Op::Variant)
                node->bind(7, n.variantId);
            if (!node->run())
                return db.error(u"mp_node"_s);
            for (size_t i = 0; i < n.children.size(); ++i)
                if (auto r = write(n.children[i], id, qint64(i)); !r)
                    return r;
            return {};
        };
        ++built;
        return write(*tree, -1, 0);
    };
    while (list->step()) {
        const qint64 mp = list->int64(0);
        if (mp != current) {
            if (auto r = flush(); !r)
                return Unexpected{r.error()};
            current = mp;
            name = list->text(1);
            variants.clear();
            absent.clear();
        }
        if (list->isNull(2))
            absent.append(list->int64(5));
        else
            variants.append(ProfileVariant{list->int64(2), list->text(3) + u' ' + list->text(4)});
    }
    if (auto r = flush(); !r)
        return Unexpected{r.error()};
    return built;
}

Result<KbTransaction> KbTransaction::begin(SqliteDatabase& db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE;"); !r)
        return Unexpected{r.error()};
    return KbTransaction(&db);
}

KbTransaction::KbTransaction(KbTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

KbTransaction::~KbTransaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK;");
}

Result<void> KbTransaction::commit()
{
    SqliteDatabase* db = std::exchange(m_db, nullptr);
    if (!db)
        return {};
    if (auto r = db->exec("COMMIT;"); !r) {
        (void)db->exec("ROLLBACK;");
        return r;
    }
    return {};
}

Result<KbEvidenceWriter> KbEvidenceWriter::create(SqliteDatabase& db, qint64 releaseId)
{
    KbEvidenceWriter w(db, releaseId);
    auto prepare = [&](SqliteStatement& into, const char* sql) -> Result<void> {
        auto s = db.prepare(sql);
        if (!s)
            return Unexpected{s.error()};
        into = std::move(*s);
        return {};
    };
    for (const auto& [into, sql] : {
             std::pair{&w.m_variant,
                       "INSERT INTO variant (release_id, variant_id, gene, name, protein_key, single_mp_id) "
                       "VALUES (?,?,?,?,?,?)"},
             {&w.m_profile, "INSERT INTO molecular_profile (release_id, mp_id, name) VALUES (?,?,?)"},
             {&w.m_mpVariant, "INSERT INTO mp_variant (release_id, mp_id, variant_id) VALUES (?,?,?)"},
             {&w.m_mpNode,
              "INSERT INTO mp_node (release_id, mp_id, node, parent, position, op, variant_id) "
              "VALUES (?,?,0,NULL,0,'VARIANT',?)"},
             {&w.m_gene, "INSERT OR IGNORE INTO gene (release_id, symbol, entrez_id) VALUES (?,?,?)"},
             {&w.m_evidence,
              "INSERT INTO evidence (release_id, evidence_id, mp_id, disease, doid, oncotree_code, "
              "therapy_interaction, "
              "evidence_type, direction, level, significance, statement, citation_id, source_type, citation, nct_ids, "
              "variant_origin, url, curator, curated_at, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
             {&w.m_therapy,
              "INSERT INTO evidence_therapy (release_id, evidence_id, position, therapy) VALUES (?,?,?,?)"},
         }) {
        if (auto r = prepare(*into, sql); !r)
            return Unexpected{r.error()};
    }
    // Continue after what the release holds already.
    auto existing = db.prepare("SELECT variant_id, gene, name, single_mp_id FROM variant WHERE release_id = ?");
    if (!existing)
        return Unexpected{existing.error()};
    existing->bind(1, releaseId);
    while (existing->step()) {
        w.m_nextVariant = std::max(w.m_nextVariant, existing->int64(0) + 1);
        if (!existing->isNull(3))
            w.m_profiles.insert(profileKey(existing->text(1), existing->text(2)), existing->int64(3));
    }
    w.m_nextVariant =
        std::max(w.m_nextVariant,
                 db.scalar(QByteArray("SELECT coalesce(max(mp_id), 0) + 1 FROM molecular_profile WHERE release_id = "
                                      + QByteArray::number(releaseId))
                               .constData(),
                           1));
    w.m_nextEvidence = db.scalar(QByteArray("SELECT coalesce(max(evidence_id), 0) + 1 FROM evidence WHERE release_id = "
                                            + QByteArray::number(releaseId))
                                     .constData(),
                                 1);
    return w;
}

Result<qint64> KbEvidenceWriter::profileFor(const KbEvidenceInput& item)
{
    const QString gene = item.gene.trimmed();
    const QString alteration = item.alteration.simplified();
    const QString key = profileKey(gene, alteration);
    if (auto it = m_profiles.constFind(key); it != m_profiles.cend())
        return *it;
    const qint64 id = m_nextVariant++;
    QString proteinKey = KbWrite::proteinKeyOfName(item.proteinChange);
    if (proteinKey.isEmpty())
        proteinKey = KbWrite::proteinKeyOfName(alteration);

    m_profile.bind(1, m_release);
    m_profile.bind(2, id);
    m_profile.bind(3, gene + u' ' + alteration);
    if (!m_profile.run())
        return m_db->error(u"molecular_profile"_s);
    m_variant.bind(1, m_release);
    m_variant.bind(2, id);
    m_variant.bind(3, gene);
    m_variant.bind(4, alteration);
    m_variant.bind(5, proteinKey);
    m_variant.bind(6, id);
    if (!m_variant.run())
        return m_db->error(u"variant"_s);
    m_mpVariant.bind(1, m_release);
    m_mpVariant.bind(2, id);
    m_mpVariant.bind(3, id);
    if (!m_mpVariant.run())
        return m_db->error(u"mp_variant"_s);
    m_mpNode.bind(1, m_release);
    m_mpNode.bind(2, id);
    m_mpNode.bind(3, id);
    if (!m_mpNode.run())
        return m_db->error(u"mp_node"_s);
    m_gene.bind(1, m_release);
    m_gene.bind(2, gene);
    if (item.entrezId > 0)
        m_gene.bind(3, item.entrezId);
    else
        m_gene.bindNull(3);
    if (!m_gene.run())
        return m_db->error(u"gene"_s);
    m_profiles.insert(key, id);
    return id;
}

Result<qint64> KbEvidenceWriter::add(const KbEvidenceInput& item)
{
    if (item.gene.trimmed().isEmpty() || item.alteration.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("an evidence item needs a gene and an alteration"));
    if (item.evidenceType.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("an evidence item needs an evidence type"));
    auto profile = profileFor(item);
    if (!profile)
        return Unexpected{profile.error()};
    // A source with ids of its own keeps them (an id already used fails on the primary key).
    const qint64 id = item.evidenceId > 0 ? item.evidenceId : m_nextEvidence;
    m_nextEvidence = std::max(m_nextEvidence, id + 1);
    SqliteStatement& s = m_evidence;
    int c = 0;
    s.bind(++c, m_release);
    s.bind(++c, id);
    s.bind(++c, *profile);
    s.bind(++c, item.disease);
    s.bind(++c, item.doid);
    s.bind(++c, item.oncotreeCode);
    s.bind(++c, item.therapyInteraction);
    s.bind(++c, item.evidenceType, false);
    s.bind(++c, item.direction);
    s.bind(++c, item.level, false);
    s.bind(++c, item.significance);
    s.bind(++c, item.statement);
    s.bind(++c, item.citationId);
    s.bind(++c, item.sourceType);
    s.bind(++c, item.citation);
    s.bind(++c, item.nctIds.join(u','));
    s.bind(++c, item.variantOrigin);
    s.bind(++c, item.url);
    s.bind(++c, item.curator);
    s.bind(++c, item.curatedAt);
    s.bind(++c, item.reason);
    if (!s.run())
        return m_db->error(u"evidence"_s);
    qint64 position = 0;
    for (const QString& therapy : item.therapies) {
        if (therapy.trimmed().isEmpty())
            continue;
        m_therapy.bind(1, m_release);
        m_therapy.bind(2, id);
        m_therapy.bind(3, position++);
        m_therapy.bind(4, therapy.trimmed());
        if (!m_therapy.run())
            return m_db->error(u"evidence_therapy"_s);
    }
    return id;
}

} // namespace onco
