#include "CivicImporter.h"

#include "SqliteDatabase.h"
#include "TherapyNames.h"
#include "io/ProteinChange.h"
#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CivicImporter)
};

struct ReleaseFiles
{
    QString release;
    QString features, variants, profiles, evidence, assertions, groups;
};

/** Protein-change key of a CIViC variant name, when the name is one ("V600E", "R200W (c.598C>T)"). */
QString proteinKeyOfName(const QString& name)
{
    static const QRegularExpression proteinLike(
        uR"(^[A-Z*]\d+[A-Z*]|^[A-Z*]\d+_[A-Z*]\d+|^[A-Z*]\d+(FS|DEL|INS|DUP))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString n = name.trimmed();
    if (const qsizetype paren = n.indexOf(u" ("_s); paren > 0)
        n = n.left(paren);
    if (n.contains(u' ') || !proteinLike.match(n).hasMatch())
        return {};
    return ProteinChange::matchKey(n);
}

class Import
{
public:
    Import(SqliteDatabase& db, const Progress* progress)
        : m_db(db)
        , m_progress(progress)
    {
    }

    Result<CivicImportReport> run(const QString& directory, bool bundled);

private:
    Result<ReleaseFiles> locate(const QString& directory);
    Result<void> open(TsvReader& tsv, const QString& path, std::initializer_list<const char*> required);
    Result<void> recordFile(const QString& path, qint64 rows);
    Result<void> importFeatures(const QString& path);
    Result<void> importProfiles(const QString& path);
    Result<void> importVariants(const QString& path);
    Result<void> importEvidence(const QString& path);
    Result<void> importAssertions(const QString& path);
    Result<void> importGroups(const QString& path);
    void warn(const QString& file, qint64 line, const QString& message);
    Unexpected rowError(const TsvReader& tsv, const QString& message) const
    {
        return fail(CoreError::Code::BadInput, message, m_currentFile, tsv.lineNumber());
    }
    Result<void> checkCanceled();

    SqliteDatabase& m_db;
    const Progress* m_progress;
    CivicImportReport m_report;
    qint64 m_release = 0;
    QString m_currentFile;
    QSet<qint64> m_features;
    QSet<qint64> m_profiles;
    QSet<qint64> m_evidence;
    qint64 m_step = 0;
};

Result<ReleaseFiles> Import::locate(const QString& directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return fail(CoreError::Code::Io, Messages::tr("folder not found"), directory);
    ReleaseFiles files;
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    auto find = [&](const QString& suffix) -> QString {
        for (const QString& n : names) {
            if (n.endsWith(suffix + u".tsv"_s) || n.endsWith(suffix + u".tsv.gz"_s))
                return dir.filePath(n);
        }
        return {};
    };
    files.features = find(u"FeatureSummaries"_s);
    files.variants = find(u"VariantSummaries"_s);
    files.profiles = find(u"MolecularProfileSummaries"_s);
    files.evidence = find(u"ClinicalEvidenceSummaries"_s);
    files.assertions = find(u"AssertionSummaries"_s);
    files.groups = find(u"VariantGroupSummaries"_s);
    QStringList missing;
    if (files.features.isEmpty())
        missing << u"FeatureSummaries"_s;
    if (files.variants.isEmpty())
        missing << u"VariantSummaries"_s;
    if (files.profiles.isEmpty())
        missing << u"MolecularProfileSummaries"_s;
    if (files.evidence.isEmpty())
        missing << u"ClinicalEvidenceSummaries"_s;
    if (!missing.isEmpty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a CIViC release in the current format: missing %1").arg(missing.join(u", "_s)),
                    directory);
    files.release = CivicImporter::releaseFromFileName(QFileInfo(files.evidence).fileName());
    if (files.release.isEmpty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("cannot read the release date from the file name (expected DD-Mon-YYYY-...)"),
                    files.evidence);
    return files;
}

Result<void> Import::open(TsvReader& tsv, const QString& path, std::initializer_list<const char*> required)
{
    m_currentFile = path;
    if (auto r = tsv.open(path); !r)
        return r;
    QStringList missing;
    for (const char* column : required)
        if (tsv.column(column) < 0)
            missing << QString::fromLatin1(column);
    if (!missing.isEmpty())
        return fail(CoreError::Code::BadInput, Messages::tr("missing columns: %1").arg(missing.join(u", "_s)), path, 1);
    return {};
}

Result<void> Import::recordFile(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreError::Code::Io, file.errorString(), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(CoreError::Code::Io, file.errorString(), path);
    auto stmt = m_db.prepare("INSERT INTO kb_release_file (release_id, name, sha256, bytes, rows) VALUES (?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    stmt->bind(1, m_release);
    stmt->bind(2, QFileInfo(path).fileName());
    stmt->bind(3, QByteArrayView(hash.result().toHex()));
    stmt->bind(4, qint64(file.size()));
    stmt->bind(5, rows);
    if (!stmt->run())
        return m_db.error(path);
    return {};
}

void Import::warn(const QString& file, qint64 line, const QString& message)
{
    m_report.warnings << u"%1:%2: %3"_s.arg(QFileInfo(file).fileName()).arg(line).arg(message);
    if (auto stmt = m_db.prepare("INSERT INTO kb_import_warning (release_id, file, line, message) VALUES (?,?,?,?)")) {
        stmt->bind(1, m_release);
        stmt->bind(2, QFileInfo(file).fileName());
        stmt->bind(3, line);
        stmt->bind(4, message);
        (void)stmt->run();
    }
}

Result<void> Import::checkCanceled()
{
    if (m_progress) {
        if (m_progress->isCanceled())
            return fail(CoreError::Code::Canceled, Messages::tr("import canceled"));
        m_progress->report(++m_step, 6);
    }
    return {};
}

qint64 toId(QByteArrayView field, bool* ok)
{
    return field.toByteArray().toLongLong(ok);
}

Result<void> Import::importFeatures(const QString& path)
{
    TsvReader tsv;
    if (auto r = open(tsv, path, {"feature_id", "feature_type", "name"}); !r)
        return r;
    auto stmt = m_db.prepare("INSERT INTO feature (release_id, feature_id, type, name, aliases, entrez_id, ncit_id, "
                             "five_prime_gene, three_prime_gene, description) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    const int cId = tsv.column("feature_id"), cType = tsv.column("feature_type"), cName = tsv.column("name"),
              cAliases = tsv.column("feature_aliases"), cEntrez = tsv.column("entrez_id"),
              cNcit = tsv.column("ncit_id"), cFive = tsv.column("five_prime_gene_name"),
              cThree = tsv.column("three_prime_gene_name"), cDesc = tsv.column("description");
    qint64 rows = 0;
    while (tsv.next()) {
        bool ok = false;
        const qint64 id = toId(tsv.field(cId), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("feature_id is not a number"));
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, tsv.field(cType), false);
        stmt->bind(4, tsv.field(cName), false);
        stmt->bind(5, tsv.field(cAliases));
        const qint64 entrez = tsv.field(cEntrez).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(6, entrez);
        stmt->bind(7, tsv.field(cNcit));
        stmt->bind(8, tsv.field(cFive));
        stmt->bind(9, tsv.field(cThree));
        stmt->bind(10, tsv.field(cDesc));
        if (!stmt->run())
            return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        m_features.insert(id);
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    m_report.features = rows;
    return recordFile(path, rows);
}

Result<void> Import::importProfiles(const QString& path)
{
    TsvReader tsv;
    if (auto r = open(tsv, path, {"molecular_profile_id", "name", "variant_ids"}); !r)
        return r;
    auto mp = m_db.prepare("INSERT INTO molecular_profile (release_id, mp_id, name, summary, evidence_score, aliases) "
                           "VALUES (?,?,?,?,?,?)");
    if (!mp)
        return Unexpected{mp.error()};
    auto link = m_db.prepare("INSERT OR IGNORE INTO mp_variant (release_id, mp_id, variant_id) VALUES (?,?,?)");
    if (!link)
        return Unexpected{link.error()};
    const int cId = tsv.column("molecular_profile_id"), cName = tsv.column("name"), cSummary = tsv.column("summary"),
              cScore = tsv.column("evidence_score"), cAliases = tsv.column("aliases"),
              cVariants = tsv.column("variant_ids");
    qint64 rows = 0;
    while (tsv.next()) {
        bool ok = false;
        const qint64 id = toId(tsv.field(cId), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("molecular_profile_id is not a number"));
        mp->bind(1, m_release);
        mp->bind(2, id);
        mp->bind(3, tsv.field(cName), false);
        mp->bind(4, tsv.field(cSummary));
        const double score = tsv.field(cScore).toByteArray().toDouble(&ok);
        if (ok)
            mp->bind(5, score);
        mp->bind(6, tsv.field(cAliases));
        if (!mp->run())
            return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        for (const QByteArray& v : tsv.field(cVariants).toByteArray().split(',')) {
            if (v.trimmed().isEmpty())
                continue;
            const qint64 variant = v.trimmed().toLongLong(&ok);
            if (!ok)
                return rowError(tsv, Messages::tr("variant_ids holds '%1', not a number").arg(QString::fromUtf8(v)));
            link->bind(1, m_release);
            link->bind(2, id);
            link->bind(3, variant);
            if (!link->run())
                return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        }
        m_profiles.insert(id);
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    m_report.molecularProfiles = rows;
    return recordFile(path, rows);
}

Result<void> Import::importVariants(const QString& path)
{
    TsvReader tsv;
    if (auto r = open(tsv, path, {"variant_id", "variant", "feature_id"}); !r)
        return r;
    auto stmt = m_db.prepare(
        "INSERT INTO variant (release_id, variant_id, feature_id, feature_type, gene, name, protein_key, aliases, "
        "variant_types, variant_groups, chrom, start, stop, ref, alt, build, transcript, hgvs, five_prime_partner, "
        "three_prime_partner, single_mp_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    const int cId = tsv.column("variant_id"), cFeature = tsv.column("feature_id"),
              cFeatureType = tsv.column("feature_type"), cFeatureName = tsv.column("feature_name"),
              cGene = tsv.column("gene"), cName = tsv.column("variant"), cAliases = tsv.column("variant_aliases"),
              cTypes = tsv.column("variant_types"), cGroups = tsv.column("variant_groups"),
              cChrom = tsv.column("chromosome"), cStart = tsv.column("start"), cStop = tsv.column("stop"),
              cRef = tsv.column("reference_bases"), cAlt = tsv.column("variant_bases"),
              cBuild = tsv.column("reference_build"), cTranscript = tsv.column("representative_transcript"),
              cHgvs = tsv.column("hgvs_descriptions"), cFive = tsv.column("5_prime_partner"),
              cThree = tsv.column("3_prime_partner"), cMp = tsv.column("single_variant_molecular_profile_id");
    qint64 rows = 0;
    while (tsv.next()) {
        bool ok = false;
        const qint64 id = toId(tsv.field(cId), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("variant_id is not a number"));
        const qint64 feature = toId(tsv.field(cFeature), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("feature_id is not a number"));
        if (!m_features.contains(feature))
            warn(path,
                 tsv.lineNumber(),
                 Messages::tr("variant %1 refers to feature %2, which is not in the release").arg(id).arg(feature));
        const QString name = tsv.text(cName);
        QString gene = tsv.text(cGene);
        if (gene.isEmpty())
            gene = tsv.text(cFeatureName);
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, feature);
        stmt->bind(4, tsv.field(cFeatureType));
        stmt->bind(5, gene);
        stmt->bind(6, name, false);
        stmt->bind(7, proteinKeyOfName(name));
        stmt->bind(8, tsv.field(cAliases));
        stmt->bind(9, tsv.field(cTypes));
        stmt->bind(10, tsv.field(cGroups));
        stmt->bind(11, tsv.field(cChrom));
        const qint64 start = tsv.field(cStart).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(12, start);
        const qint64 stop = tsv.field(cStop).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(13, stop);
        // Empty alleles are meaningful (insertions have no reference bases): keep them as "".
        const bool hasCoordinates = !tsv.field(cStart).isEmpty();
        stmt->bind(14, tsv.field(cRef), !hasCoordinates);
        stmt->bind(15, tsv.field(cAlt), !hasCoordinates);
        stmt->bind(16, tsv.field(cBuild));
        stmt->bind(17, tsv.field(cTranscript));
        stmt->bind(18, tsv.field(cHgvs));
        stmt->bind(19, tsv.field(cFive));
        stmt->bind(20, tsv.field(cThree));
        const qint64 mp = tsv.field(cMp).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(21, mp);
        if (!stmt->run())
            return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    m_report.variants = rows;
    return recordFile(path, rows);
}

Result<void> Import::importEvidence(const QString& path)
{
    TsvReader tsv;
    if (auto r = open(tsv,
                      path,
                      {"evidence_id",
                       "molecular_profile_id",
                       "evidence_type",
                       "evidence_level",
                       "evidence_direction",
                       "significance",
                       "therapies",
                       "doid",
                       "disease"});
        !r)
        return r;
    auto stmt = m_db.prepare(
        "INSERT INTO evidence (release_id, evidence_id, mp_id, disease, doid, phenotypes, therapy_interaction, "
        "evidence_type, direction, level, significance, statement, citation_id, source_type, citation, nct_ids, "
        "rating, status, variant_origin, last_review, url, flagged) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    auto therapy =
        m_db.prepare("INSERT INTO evidence_therapy (release_id, evidence_id, position, therapy) VALUES (?,?,?,?)");
    if (!therapy)
        return Unexpected{therapy.error()};
    const int cId = tsv.column("evidence_id"), cMp = tsv.column("molecular_profile_id"),
              cDisease = tsv.column("disease"), cDoid = tsv.column("doid"), cPhen = tsv.column("phenotypes"),
              cTherapies = tsv.column("therapies"), cInteraction = tsv.column("therapy_interaction_type"),
              cType = tsv.column("evidence_type"), cDirection = tsv.column("evidence_direction"),
              cLevel = tsv.column("evidence_level"), cSignificance = tsv.column("significance"),
              cStatement = tsv.column("evidence_statement"), cCitationId = tsv.column("citation_id"),
              cSourceType = tsv.column("source_type"), cCitation = tsv.column("citation"), cNct = tsv.column("nct_ids"),
              cRating = tsv.column("rating"), cStatus = tsv.column("evidence_status"),
              cOrigin = tsv.column("variant_origin"), cReview = tsv.column("last_review_date"),
              cUrl = tsv.column("evidence_civic_url"), cFlagged = tsv.column("is_flagged");
    qint64 rows = 0;
    qint64 withoutDoid = 0;
    while (tsv.next()) {
        bool ok = false;
        const qint64 id = toId(tsv.field(cId), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("evidence_id is not a number"));
        const qint64 mp = toId(tsv.field(cMp), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("molecular_profile_id is not a number"));
        if (!m_profiles.contains(mp))
            return rowError(tsv,
                            Messages::tr("evidence %1 refers to molecular profile %2, which is not in the release")
                                .arg(id)
                                .arg(mp));
        if (tsv.field(cLevel).isEmpty() || tsv.field(cType).isEmpty())
            return rowError(tsv, Messages::tr("evidence %1 has no level or type").arg(id));
        if (tsv.field(cDoid).isEmpty()) {
            ++withoutDoid;
            warn(path,
                 tsv.lineNumber(),
                 Messages::tr("evidence %1 (%2) has no DOID; its disease is '%3'")
                     .arg(id)
                     .arg(tsv.text(cType), tsv.text(cDisease)));
        }
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, mp);
        stmt->bind(4, tsv.field(cDisease));
        stmt->bind(5, tsv.field(cDoid));
        stmt->bind(6, tsv.field(cPhen));
        stmt->bind(7, tsv.field(cInteraction));
        stmt->bind(8, tsv.field(cType), false);
        stmt->bind(9, tsv.field(cDirection));
        stmt->bind(10, tsv.field(cLevel), false);
        stmt->bind(11, tsv.field(cSignificance));
        stmt->bind(12, tsv.field(cStatement));
        stmt->bind(13, tsv.field(cCitationId));
        stmt->bind(14, tsv.field(cSourceType));
        stmt->bind(15, tsv.field(cCitation));
        stmt->bind(16, tsv.field(cNct));
        const qint64 rating = tsv.field(cRating).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(17, rating);
        stmt->bind(18, tsv.field(cStatus));
        stmt->bind(19, tsv.field(cOrigin));
        stmt->bind(20, tsv.field(cReview));
        stmt->bind(21, tsv.field(cUrl));
        stmt->bind(22, qint64(tsv.field(cFlagged) == "true" ? 1 : 0));
        if (!stmt->run())
            return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        const QStringList therapies = TherapyNames::split(tsv.text(cTherapies));
        for (int i = 0; i < therapies.size(); ++i) {
            therapy->bind(1, m_release);
            therapy->bind(2, id);
            therapy->bind(3, qint64(i));
            therapy->bind(4, therapies[i], false);
            if (!therapy->run())
                return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        }
        m_evidence.insert(id);
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    m_report.evidenceItems = rows;
    return recordFile(path, rows);
}

Result<void> Import::importAssertions(const QString& path)
{
    TsvReader tsv;
    if (auto r = open(tsv, path, {"assertion_id", "molecular_profile_id", "evidence_item_ids"}); !r)
        return r;
    auto stmt =
        m_db.prepare("INSERT INTO assertion (release_id, assertion_id, mp_id, disease, doid, phenotypes, therapies, "
                     "assertion_type, direction, significance, acmg_codes, amp_category, nccn_guideline, nccn_version, "
                     "regulatory_approval, fda_companion_test, summary, description, last_review, url) VALUES "
                     "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    auto link =
        m_db.prepare("INSERT OR IGNORE INTO assertion_evidence (release_id, assertion_id, evidence_id) VALUES (?,?,?)");
    if (!link)
        return Unexpected{link.error()};
    const int cId = tsv.column("assertion_id"), cMp = tsv.column("molecular_profile_id"),
              cDisease = tsv.column("disease"), cDoid = tsv.column("doid"), cPhen = tsv.column("phenotypes"),
              cTherapies = tsv.column("therapies"), cType = tsv.column("assertion_type"),
              cDirection = tsv.column("assertion_direction"), cSignificance = tsv.column("significance"),
              cAcmg = tsv.column("acmg_codes"), cAmp = tsv.column("amp_category"), cNccn = tsv.column("nccn_guideline"),
              cNccnVersion = tsv.column("nccn_guideline_version"), cApproval = tsv.column("regulatory_approval"),
              cCompanion = tsv.column("fda_companion_test"), cSummary = tsv.column("assertion_summary"),
              cDescription = tsv.column("assertion_description"), cReview = tsv.column("last_review_date"),
              cUrl = tsv.column("assertion_civic_url"), cEvidence = tsv.column("evidence_item_ids");
    auto boolean = [](QByteArrayView v) -> qint64 { return v == "true" ? 1 : 0; };
    qint64 rows = 0;
    while (tsv.next()) {
        bool ok = false;
        const qint64 id = toId(tsv.field(cId), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("assertion_id is not a number"));
        const qint64 mp = toId(tsv.field(cMp), &ok);
        if (!ok || !m_profiles.contains(mp))
            return rowError(tsv, Messages::tr("assertion %1 refers to an unknown molecular profile").arg(id));
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, mp);
        stmt->bind(4, tsv.field(cDisease));
        stmt->bind(5, tsv.field(cDoid));
        stmt->bind(6, tsv.field(cPhen));
        stmt->bind(7, tsv.field(cTherapies));
        stmt->bind(8, tsv.field(cType));
        stmt->bind(9, tsv.field(cDirection));
        stmt->bind(10, tsv.field(cSignificance));
        stmt->bind(11, tsv.field(cAcmg));
        stmt->bind(12, tsv.field(cAmp));
        stmt->bind(13, tsv.field(cNccn));
        stmt->bind(14, tsv.field(cNccnVersion));
        stmt->bind(15, boolean(tsv.field(cApproval)));
        stmt->bind(16, boolean(tsv.field(cCompanion)));
        stmt->bind(17, tsv.field(cSummary));
        stmt->bind(18, tsv.field(cDescription));
        stmt->bind(19, tsv.field(cReview));
        stmt->bind(20, tsv.field(cUrl));
        if (!stmt->run())
            return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        for (const QByteArray& e : tsv.field(cEvidence).toByteArray().split(',')) {
            if (e.trimmed().isEmpty())
                continue;
            const qint64 evidence = e.trimmed().toLongLong(&ok);
            if (!ok)
                return rowError(tsv,
                                Messages::tr("evidence_item_ids holds '%1', not a number").arg(QString::fromUtf8(e)));
            if (!m_evidence.contains(evidence))
                warn(path,
                     tsv.lineNumber(),
                     Messages::tr("assertion %1 cites evidence %2, which is not in the accepted set")
                         .arg(id)
                         .arg(evidence));
            link->bind(1, m_release);
            link->bind(2, id);
            link->bind(3, evidence);
            if (!link->run())
                return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        }
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    m_report.assertions = rows;
    return recordFile(path, rows);
}

Result<void> Import::importGroups(const QString& path)
{
    TsvReader tsv;
    if (auto r = open(tsv, path, {"variant_group_id", "variant_group"}); !r)
        return r;
    auto stmt = m_db.prepare("INSERT INTO variant_group (release_id, group_id, name, description) VALUES (?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    const int cId = tsv.column("variant_group_id"), cName = tsv.column("variant_group"),
              cDesc = tsv.column("description");
    qint64 rows = 0;
    while (tsv.next()) {
        bool ok = false;
        const qint64 id = toId(tsv.field(cId), &ok);
        if (!ok)
            return rowError(tsv, Messages::tr("variant_group_id is not a number"));
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, tsv.field(cName), false);
        stmt->bind(4, tsv.field(cDesc));
        if (!stmt->run())
            return m_db.error(u"%1:%2"_s.arg(path).arg(tsv.lineNumber()));
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    m_report.variantGroups = rows;
    return recordFile(path, rows);
}

Result<CivicImportReport> Import::run(const QString& directory, bool bundled)
{
    auto files = locate(directory);
    if (!files)
        return Unexpected{files.error()};
    m_report.release = files->release;

    if (auto r = m_db.exec("BEGIN IMMEDIATE;"); !r)
        return Unexpected{r.error()};
    auto body = [&]() -> Result<void> {
        auto exists = m_db.prepare("SELECT id FROM kb_release WHERE source = 'CIViC' AND release = ?");
        if (!exists)
            return Unexpected{exists.error()};
        exists->bind(1, files->release);
        if (exists->step())
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("CIViC %1 is already in the knowledge base").arg(files->release),
                        directory);
        auto release = m_db.prepare("INSERT INTO kb_release (source, release, format, imported_at, licence, "
                                    "attribution, bundled) VALUES ('CIViC', ?, 'civic-2025', ?, 'CC0-1.0', ?, ?)");
        if (!release)
            return Unexpected{release.error()};
        release->bind(1, files->release);
        release->bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        release->bind(3,
                      u"CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), "
                      "Griffith M et al., Nat Genet 2017;49:170-174. Released under CC0 1.0."_s);
        release->bind(4, qint64(bundled ? 1 : 0));
        if (!release->run())
            return m_db.error(u"kb_release"_s);
        m_release = m_db.lastInsertId();
        m_report.releaseId = m_release;

        if (auto r = importFeatures(files->features); !r)
            return r;
        if (auto r = checkCanceled(); !r)
            return r;
        if (auto r = importProfiles(files->profiles); !r)
            return r;
        if (auto r = checkCanceled(); !r)
            return r;
        if (auto r = importVariants(files->variants); !r)
            return r;
        if (auto r = checkCanceled(); !r)
            return r;
        if (auto r = importEvidence(files->evidence); !r)
            return r;
        if (auto r = checkCanceled(); !r)
            return r;
        if (!files->assertions.isEmpty()) {
            if (auto r = importAssertions(files->assertions); !r)
                return r;
        }
        if (auto r = checkCanceled(); !r)
            return r;
        if (!files->groups.isEmpty()) {
            if (auto r = importGroups(files->groups); !r)
                return r;
        }
        return checkCanceled();
    };
    if (auto r = body(); !r) {
        (void)m_db.exec("ROLLBACK;");
        return Unexpected{r.error()};
    }
    if (auto r = m_db.exec("COMMIT;"); !r)
        return Unexpected{r.error()};
    return m_report;
}

} // namespace

QString CivicImporter::releaseFromFileName(const QString& fileName)
{
    static const QRegularExpression date(uR"(^(\d{2}-[A-Za-z]{3}-\d{4})-)"_s);
    const auto m = date.match(fileName);
    if (!m.hasMatch())
        return {};
    const QDate d = QLocale::c().toDate(m.captured(1), u"dd-MMM-yyyy"_s);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Result<CivicImportReport>
CivicImporter::import(SqliteDatabase& db, const QString& directory, bool bundled, const Progress* progress)
{
    Import importer(db, progress);
    return importer.run(directory, bundled);
}

} // namespace onco
