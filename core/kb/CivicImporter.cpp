#include "CivicImporter.h"

#include "KbWriter.h"
#include "ProfileExpression.h"
#include "SqliteDatabase.h"
#include "TherapyNames.h"
#include "io/ProteinChange.h"
#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CivicImporter)
};

enum class Layout
{
    Current,       ///< FeatureSummaries (2023 on)
    GeneSummaries, ///< GeneSummaries with molecular profiles (to 2024-08)
    Legacy,        ///< nightly dump before molecular profiles (2018)
};

struct ReleaseFiles
{
    Layout layout = Layout::Current;
    QString release;
    QString features, variants, profiles, evidence, assertions, groups;
};

qint64 toId(QByteArrayView field, bool* ok)
{
    return field.trimmed().toByteArray().toLongLong(ok);
}

/** The first column of `names` the table has, or -1. */
int column(const TsvReader& t, std::initializer_list<QByteArrayView> names)
{
    return t.findColumn(names);
}

class Import
{
public:
    Import(SqliteDatabase& db, const Progress* progress)
        : m_db(db)
        , m_progress(progress)
    {
    }

    Result<CivicImportReport> run(const QString& directory, bool bundled, const QString& release);

private:
    using RowFunction = std::function<Result<void>(TsvReader&)>;

    Result<ReleaseFiles> locate(const QString& directory, const QString& release);
    /** Opens a table, checks its columns, calls `row` per data row, records the file. Returns the row count. */
    Result<qint64> eachRow(const QString& path, std::initializer_list<const char*> required, const RowFunction& row);
    Result<void> recordFile(const QString& path, qint64 rows);
    /** Runs an insert; a Database error names the file and line. */
    Result<void> exec(SqliteStatement& stmt, const TsvReader& tsv);
    Unexpected rowError(const TsvReader& tsv, const QString& message) const
    {
        return fail(CoreError::Code::BadInput, message, m_currentFile, tsv.lineNumber());
    }
    void warn(qint64 line, const QString& message);
    Result<void> step();

    Result<void> importFeatures(const ReleaseFiles& f);
    Result<void> importProfiles(const QString& path);
    Result<void> importVariants(const ReleaseFiles& f);
    Result<void> importEvidence(const QString& path, Layout layout);
    Result<void> importAssertions(const QString& path);
    Result<void> importGroups(const QString& path);
    Result<void> insertProfile(qint64 id, const QString& name, qint64 variant);

    SqliteDatabase& m_db;
    const Progress* m_progress;
    CivicImportReport m_report;
    qint64 m_release = 0;
    QString m_currentFile;
    QHash<QString, qint64> m_featureByName; ///< gene symbol / feature name -> feature id
    QSet<qint64> m_features;
    QSet<qint64> m_profiles;
    QSet<qint64> m_evidence;
    QSet<QString> m_therapies;
    qint64 m_step = 0;
};

Result<ReleaseFiles> Import::locate(const QString& directory, const QString& release)
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
    if (files.features.isEmpty()) {
        files.features = find(u"GeneSummaries"_s);
        files.layout = files.profiles.isEmpty() ? Layout::Legacy : Layout::GeneSummaries;
    }
    QStringList missing;
    if (files.features.isEmpty())
        missing << u"FeatureSummaries or GeneSummaries"_s;
    if (files.variants.isEmpty())
        missing << u"VariantSummaries"_s;
    if (files.evidence.isEmpty())
        missing << u"ClinicalEvidenceSummaries"_s;
    if (!missing.isEmpty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a CIViC release: missing %1").arg(missing.join(u", "_s)),
                    directory);
    files.release =
        release.isEmpty() ? CivicImporter::releaseFromFileName(QFileInfo(files.evidence).fileName()) : release;
    if (files.release.isEmpty()) {
        // The legacy dump names no date: the release is the newest review date in its evidence.
        TsvReader tsv;
        if (auto r = tsv.open(files.evidence); !r)
            return Unexpected{r.error()};
        const int c = tsv.column("last_review_date");
        QString newest;
        while (tsv.next())
            newest = std::max(newest, tsv.text(c).left(10));
        files.release = newest;
    }
    if (files.release.isEmpty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("cannot tell the release date: name it (--release YYYY-MM-DD)"),
                    files.evidence);
    return files;
}

Result<void> Import::recordFile(const QString& path, qint64 rows)
{
    return KbWrite::recordFile(m_db, m_release, path, rows);
}

Result<qint64> Import::eachRow(const QString& path, std::initializer_list<const char*> required, const RowFunction& row)
{
    m_currentFile = path;
    TsvReader tsv;
    if (auto r = tsv.open(path); !r)
        return Unexpected{r.error()};
    QStringList missing;
    for (const char* c : required)
        if (tsv.column(c) < 0)
            missing << QString::fromLatin1(c);
    if (!missing.isEmpty())
        return fail(CoreError::Code::BadInput, Messages::tr("missing columns: %1").arg(missing.join(u", "_s)), path, 1);
    qint64 rows = 0;
    while (tsv.next()) {
        // A download cut short ends in a partial row: fewer fields than the header, or no line end.
        if (tsv.fieldCount() < tsv.headerSize())
            return rowError(tsv,
                            Messages::tr("the row has %1 of the header's %2 fields: the file is cut short or "
                                         "malformed, and nothing of this release is imported")
                                .arg(tsv.fieldCount())
                                .arg(tsv.headerSize()));
        if (tsv.lines().lastLineUnterminated() && tsv.lineNumber() > 2)
            return rowError(tsv,
                            Messages::tr("the last line has no line end, unlike the lines before it: the file is cut "
                                         "short (an interrupted download?), and nothing of this release is imported"));
        if (auto r = row(tsv); !r)
            return Unexpected{r.error()};
        ++rows;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (auto r = recordFile(path, rows); !r)
        return Unexpected{r.error()};
    if (auto r = step(); !r)
        return Unexpected{r.error()};
    return rows;
}

Result<void> Import::exec(SqliteStatement& stmt, const TsvReader& tsv)
{
    if (!stmt.run())
        return m_db.error(u"%1:%2"_s.arg(m_currentFile).arg(tsv.lineNumber()));
    return {};
}

void Import::warn(qint64 line, const QString& message)
{
    m_report.warnings << KbWrite::recordWarning(m_db, m_release, m_currentFile, line, message);
}

Result<void> Import::step()
{
    if (m_progress) {
        if (m_progress->isCanceled())
            return fail(CoreError::Code::Canceled, Messages::tr("import canceled"));
        m_progress->report(++m_step, 7);
    }
    return {};
}

Result<void> Import::importFeatures(const ReleaseFiles& f)
{
    const bool current = f.layout == Layout::Current;
    auto stmt = m_db.prepare("INSERT INTO feature (release_id, feature_id, type, name, aliases, entrez_id, ncit_id, "
                             "five_prime_gene, three_prime_gene, description) VALUES (?,?,?,?,?,?,?,?,?,?)");
    auto gene = m_db.prepare("INSERT OR IGNORE INTO gene (release_id, symbol, entrez_id, aliases, description) "
                             "VALUES (?,?,?,?,?)");
    if (!stmt || !gene)
        return Unexpected{stmt ? gene.error() : stmt.error()};
    auto rows = eachRow(f.features, {current ? "feature_id" : "gene_id", "name"}, [&](TsvReader& t) -> Result<void> {
        bool ok = false;
        const qint64 id = toId(t.field(column(t, {"feature_id", "gene_id"})), &ok);
        if (!ok)
            return rowError(t, Messages::tr("the feature id is not a number"));
        const QString type = current ? t.text(t.column("feature_type")) : u"Gene"_s;
        const QString name = t.text(t.column("name"));
        const qint64 entrez = t.field(t.column("entrez_id")).toByteArray().toLongLong(&ok);
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, type, false);
        stmt->bind(4, name, false);
        stmt->bind(5, t.field(t.column("feature_aliases")));
        if (ok)
            stmt->bind(6, entrez);
        stmt->bind(7, t.field(t.column("ncit_id")));
        stmt->bind(8, t.field(t.column("five_prime_gene_name")));
        stmt->bind(9, t.field(t.column("three_prime_gene_name")));
        stmt->bind(10, t.field(t.column("description")));
        if (auto r = exec(*stmt, t); !r)
            return r;
        if (type == u"Gene") {
            gene->bind(1, m_release);
            gene->bind(2, name, false);
            if (ok)
                gene->bind(3, entrez);
            gene->bind(4, t.field(t.column("feature_aliases")));
            gene->bind(5, t.field(t.column("description")));
            if (auto r = exec(*gene, t); !r)
                return r;
        }
        m_features.insert(id);
        m_featureByName.insert(name.toUpper(), id);
        return {};
    });
    if (!rows)
        return Unexpected{rows.error()};
    m_report.features = *rows;
    return {};
}

Result<void> Import::insertProfile(qint64 id, const QString& name, qint64 variant)
{
    auto mp = m_db.prepare("INSERT INTO molecular_profile (release_id, mp_id, name) VALUES (?,?,?)");
    auto link = m_db.prepare("INSERT OR IGNORE INTO mp_variant (release_id, mp_id, variant_id) VALUES (?,?,?)");
    if (!mp || !link)
        return Unexpected{mp ? link.error() : mp.error()};
    mp->bind(1, m_release);
    mp->bind(2, id);
    mp->bind(3, name, false);
    link->bind(1, m_release);
    link->bind(2, id);
    link->bind(3, variant);
    if (!mp->run() || !link->run())
        return m_db.error(m_currentFile);
    m_profiles.insert(id);
    ++m_report.molecularProfiles;
    return {};
}

Result<void> Import::importProfiles(const QString& path)
{
    auto mp = m_db.prepare("INSERT INTO molecular_profile (release_id, mp_id, name, summary, evidence_score, aliases) "
                           "VALUES (?,?,?,?,?,?)");
    auto link = m_db.prepare("INSERT OR IGNORE INTO mp_variant (release_id, mp_id, variant_id) VALUES (?,?,?)");
    if (!mp || !link)
        return Unexpected{mp ? link.error() : mp.error()};
    auto rows = eachRow(path, {"molecular_profile_id", "name", "variant_ids"}, [&](TsvReader& t) -> Result<void> {
        bool ok = false;
        const qint64 id = toId(t.field(t.column("molecular_profile_id")), &ok);
        if (!ok)
            return rowError(t, Messages::tr("molecular_profile_id is not a number"));
        mp->bind(1, m_release);
        mp->bind(2, id);
        mp->bind(3, t.field(t.column("name")), false);
        mp->bind(4, t.field(t.column("summary")));
        const double score = t.field(t.column("evidence_score")).toByteArray().toDouble(&ok);
        if (ok)
            mp->bind(5, score);
        mp->bind(6, t.field(t.column("aliases")));
        if (auto r = exec(*mp, t); !r)
            return r;
        for (const QByteArray& v : t.field(t.column("variant_ids")).toByteArray().split(',')) {
            if (v.trimmed().isEmpty())
                continue;
            const qint64 variant = v.trimmed().toLongLong(&ok);
            if (!ok)
                return rowError(t, Messages::tr("variant_ids holds '%1', not a number").arg(QString::fromUtf8(v)));
            link->bind(1, m_release);
            link->bind(2, id);
            link->bind(3, variant);
            if (auto r = exec(*link, t); !r)
                return r;
        }
        m_profiles.insert(id);
        return {};
    });
    if (!rows)
        return Unexpected{rows.error()};
    m_report.molecularProfiles = *rows;
    return {};
}

Result<void> Import::importVariants(const ReleaseFiles& f)
{
    auto stmt = m_db.prepare(
        "INSERT INTO variant (release_id, variant_id, feature_id, feature_type, gene, name, protein_key, aliases, "
        "variant_types, variant_groups, chrom, start, stop, ref, alt, build, transcript, hgvs, five_prime_partner, "
        "three_prime_partner, single_mp_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    const bool legacy = f.layout == Layout::Legacy;
    auto rows = eachRow(f.variants, {"variant_id", "variant"}, [&](TsvReader& t) -> Result<void> {
        bool ok = false;
        const qint64 id = toId(t.field(t.column("variant_id")), &ok);
        if (!ok)
            return rowError(t, Messages::tr("variant_id is not a number"));
        QString gene = t.text(t.column("gene"));
        if (gene.isEmpty())
            gene = t.text(t.column("feature_name"));
        qint64 feature = toId(t.field(t.column("feature_id")), &ok);
        if (!ok)
            feature = m_featureByName.value(gene.toUpper(), -1);
        if (!m_features.contains(feature))
            warn(t.lineNumber(),
                 Messages::tr("variant %1 refers to feature %2, which is not in the release")
                     .arg(id)
                     .arg(feature >= 0 ? QString::number(feature) : gene));
        const QString name = t.text(t.column("variant"));
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        if (feature >= 0)
            stmt->bind(3, feature);
        stmt->bind(4, legacy ? u"Gene"_s : t.text(t.column("feature_type")), true);
        stmt->bind(5, gene);
        stmt->bind(6, name, false);
        stmt->bind(7, KbWrite::proteinKeyOfName(name));
        stmt->bind(8, t.field(t.column("variant_aliases")));
        stmt->bind(9, t.field(t.column("variant_types")));
        stmt->bind(10, t.field(t.column("variant_groups")));
        stmt->bind(11, t.field(t.column("chromosome")));
        const qint64 start = t.field(t.column("start")).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(12, start);
        const qint64 stop = t.field(t.column("stop")).toByteArray().toLongLong(&ok);
        if (ok)
            stmt->bind(13, stop);
        // Empty alleles are meaningful (insertions have no reference bases): keep them as "".
        const bool hasCoordinates = !t.field(t.column("start")).isEmpty();
        stmt->bind(14, t.field(t.column("reference_bases")), !hasCoordinates);
        stmt->bind(15, t.field(t.column("variant_bases")), !hasCoordinates);
        stmt->bind(16, t.field(t.column("reference_build")));
        stmt->bind(17, t.field(t.column("representative_transcript")));
        stmt->bind(18, t.field(column(t, {"hgvs_descriptions", "hgvs_expressions"})));
        stmt->bind(19, t.field(t.column("5_prime_partner")));
        stmt->bind(20, t.field(t.column("3_prime_partner")));
        // The legacy dump has no profiles: each variant is its own, under the variant's id.
        const qint64 mp =
            legacy ? id : t.field(t.column("single_variant_molecular_profile_id")).toByteArray().toLongLong(&ok);
        if (legacy || ok)
            stmt->bind(21, mp);
        if (auto r = exec(*stmt, t); !r)
            return r;
        if (legacy)
            return insertProfile(id, gene + u' ' + name, id);
        return {};
    });
    if (!rows)
        return Unexpected{rows.error()};
    m_report.variants = *rows;
    return {};
}

Result<void> Import::importEvidence(const QString& path, Layout layout)
{
    auto stmt = m_db.prepare(
        "INSERT INTO evidence (release_id, evidence_id, mp_id, disease, doid, phenotypes, therapy_interaction, "
        "evidence_type, direction, level, significance, statement, citation_id, source_type, citation, nct_ids, "
        "rating, status, variant_origin, last_review, url, flagged) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto therapy =
        m_db.prepare("INSERT INTO evidence_therapy (release_id, evidence_id, position, therapy) VALUES (?,?,?,?)");
    auto therapyName = m_db.prepare("INSERT OR IGNORE INTO therapy (release_id, name) VALUES (?,?)");
    auto disease = m_db.prepare("INSERT OR IGNORE INTO disease (release_id, name, doid) VALUES (?,?,?)");
    if (!stmt || !therapy || !therapyName || !disease)
        return fail(CoreError::Code::Database, m_db.lastError(), path);
    const bool legacy = layout == Layout::Legacy;
    auto rows = eachRow(
        path,
        {"evidence_id", "evidence_type", "evidence_level", "evidence_direction", "doid", "disease"},
        [&](TsvReader& t) -> Result<void> {
            bool ok = false;
            const qint64 id = toId(t.field(t.column("evidence_id")), &ok);
            if (!ok)
                return rowError(t, Messages::tr("evidence_id is not a number"));
            const qint64 mp = toId(t.field(column(t, {"molecular_profile_id", "variant_id"})), &ok);
            if (!ok)
                return rowError(t, Messages::tr("the evidence names no molecular profile"));
            if (!m_profiles.contains(mp))
                return rowError(t,
                                Messages::tr("evidence %1 refers to molecular profile %2, which is not in the release")
                                    .arg(id)
                                    .arg(mp));
            const int cLevel = t.column("evidence_level");
            const int cType = t.column("evidence_type");
            if (t.field(cLevel).isEmpty() || t.field(cType).isEmpty())
                return rowError(t, Messages::tr("evidence %1 has no level or type").arg(id));
            const QString doid = t.text(t.column("doid"));
            if (doid.isEmpty())
                warn(t.lineNumber(),
                     Messages::tr("evidence %1 (%2) has no DOID; its disease is '%3'")
                         .arg(id)
                         .arg(t.text(cType), t.text(t.column("disease"))));
            const QString citationId = t.text(column(t, {"citation_id", "pubmed_id"}));
            stmt->bind(1, m_release);
            stmt->bind(2, id);
            stmt->bind(3, mp);
            stmt->bind(4, t.field(t.column("disease")));
            stmt->bind(5, doid);
            stmt->bind(6, t.field(t.column("phenotypes")));
            stmt->bind(7, t.field(column(t, {"therapy_interaction_type", "drug_interaction_type"})));
            stmt->bind(8, t.field(cType), false);
            stmt->bind(9, t.field(t.column("evidence_direction")));
            stmt->bind(10, t.field(cLevel), false);
            stmt->bind(11, t.field(column(t, {"significance", "clinical_significance"})));
            stmt->bind(12, t.field(t.column("evidence_statement")));
            stmt->bind(13, citationId);
            stmt->bind(14, legacy ? (citationId.isEmpty() ? QString() : u"PubMed"_s) : t.text(t.column("source_type")));
            stmt->bind(15, t.field(t.column("citation")));
            stmt->bind(16, t.field(t.column("nct_ids")));
            const qint64 rating = t.field(t.column("rating")).toByteArray().toLongLong(&ok);
            if (ok)
                stmt->bind(17, rating);
            stmt->bind(18, t.field(t.column("evidence_status")));
            stmt->bind(19, t.field(t.column("variant_origin")));
            stmt->bind(20, t.field(t.column("last_review_date")));
            stmt->bind(21, t.field(t.column("evidence_civic_url")));
            stmt->bind(22, qint64(t.field(t.column("is_flagged")) == "true" ? 1 : 0));
            if (auto r = exec(*stmt, t); !r)
                return r;
            const QStringList therapies = TherapyNames::split(t.text(column(t, {"therapies", "drugs"})));
            for (int i = 0; i < therapies.size(); ++i) {
                therapy->bind(1, m_release);
                therapy->bind(2, id);
                therapy->bind(3, qint64(i));
                therapy->bind(4, therapies[i], false);
                if (auto r = exec(*therapy, t); !r)
                    return r;
                therapyName->bind(1, m_release);
                therapyName->bind(2, therapies[i], false);
                if (auto r = exec(*therapyName, t); !r)
                    return r;
            }
            if (!t.field(t.column("disease")).isEmpty()) {
                disease->bind(1, m_release);
                disease->bind(2, t.field(t.column("disease")), false);
                disease->bind(3, doid);
                if (auto r = exec(*disease, t); !r)
                    return r;
            }
            m_evidence.insert(id);
            return {};
        });
    if (!rows)
        return Unexpected{rows.error()};
    m_report.evidenceItems = *rows;
    return {};
}

Result<void> Import::importAssertions(const QString& path)
{
    auto stmt =
        m_db.prepare("INSERT INTO assertion (release_id, assertion_id, mp_id, disease, doid, phenotypes, therapies, "
                     "assertion_type, direction, significance, acmg_codes, amp_category, nccn_guideline, nccn_version, "
                     "regulatory_approval, fda_companion_test, summary, description, last_review, url) VALUES "
                     "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto link =
        m_db.prepare("INSERT OR IGNORE INTO assertion_evidence (release_id, assertion_id, evidence_id) VALUES (?,?,?)");
    if (!stmt || !link)
        return Unexpected{stmt ? link.error() : stmt.error()};
    auto boolean = [](QByteArrayView v) -> qint64 { return v == "true" ? 1 : 0; };
    auto rows =
        eachRow(path, {"assertion_id", "molecular_profile_id", "evidence_item_ids"}, [&](TsvReader& t) -> Result<void> {
            bool ok = false;
            const qint64 id = toId(t.field(t.column("assertion_id")), &ok);
            if (!ok)
                return rowError(t, Messages::tr("assertion_id is not a number"));
            const qint64 mp = toId(t.field(t.column("molecular_profile_id")), &ok);
            if (!ok)
                return rowError(t, Messages::tr("assertion %1 has no molecular_profile_id").arg(id));
            if (!m_profiles.contains(mp)) {
                // CIViC exports only accepted profiles; an assertion on an unreleased one cannot match.
                warn(t.lineNumber(),
                     Messages::tr("assertion AID%1 refers to molecular profile %2, which this release does not "
                                  "contain; assertion skipped")
                         .arg(id)
                         .arg(mp));
                return {};
            }
            stmt->bind(1, m_release);
            stmt->bind(2, id);
            stmt->bind(3, mp);
            stmt->bind(4, t.field(t.column("disease")));
            stmt->bind(5, t.field(t.column("doid")));
            stmt->bind(6, t.field(t.column("phenotypes")));
            stmt->bind(7, t.field(t.column("therapies")));
            stmt->bind(8, t.field(t.column("assertion_type")));
            stmt->bind(9, t.field(t.column("assertion_direction")));
            stmt->bind(10, t.field(t.column("significance")));
            stmt->bind(11, t.field(t.column("acmg_codes")));
            stmt->bind(12, t.field(t.column("amp_category")));
            stmt->bind(13, t.field(t.column("nccn_guideline")));
            stmt->bind(14, t.field(t.column("nccn_guideline_version")));
            stmt->bind(15, boolean(t.field(t.column("regulatory_approval"))));
            stmt->bind(16, boolean(t.field(t.column("fda_companion_test"))));
            stmt->bind(17, t.field(t.column("assertion_summary")));
            stmt->bind(18, t.field(t.column("assertion_description")));
            stmt->bind(19, t.field(t.column("last_review_date")));
            stmt->bind(20, t.field(t.column("assertion_civic_url")));
            if (auto r = exec(*stmt, t); !r)
                return r;
            for (const QByteArray& e : t.field(t.column("evidence_item_ids")).toByteArray().split(',')) {
                if (e.trimmed().isEmpty())
                    continue;
                const qint64 evidence = e.trimmed().toLongLong(&ok);
                if (!ok)
                    return rowError(
                        t, Messages::tr("evidence_item_ids holds '%1', not a number").arg(QString::fromUtf8(e)));
                if (!m_evidence.contains(evidence))
                    warn(t.lineNumber(),
                         Messages::tr("assertion %1 cites evidence %2, which is not in the accepted set")
                             .arg(id)
                             .arg(evidence));
                link->bind(1, m_release);
                link->bind(2, id);
                link->bind(3, evidence);
                if (auto r = exec(*link, t); !r)
                    return r;
            }
            return {};
        });
    if (!rows)
        return Unexpected{rows.error()};
    m_report.assertions = *rows;
    return {};
}

Result<void> Import::importGroups(const QString& path)
{
    auto stmt = m_db.prepare("INSERT INTO variant_group (release_id, group_id, name, description) VALUES (?,?,?,?)");
    if (!stmt)
        return Unexpected{stmt.error()};
    auto rows = eachRow(path, {"variant_group_id", "variant_group"}, [&](TsvReader& t) -> Result<void> {
        bool ok = false;
        const qint64 id = toId(t.field(t.column("variant_group_id")), &ok);
        if (!ok)
            return rowError(t, Messages::tr("variant_group_id is not a number"));
        stmt->bind(1, m_release);
        stmt->bind(2, id);
        stmt->bind(3, t.field(t.column("variant_group")), false);
        stmt->bind(4, t.field(t.column("description")));
        return exec(*stmt, t);
    });
    if (!rows)
        return Unexpected{rows.error()};
    m_report.variantGroups = *rows;
    return {};
}

Result<CivicImportReport> Import::run(const QString& directory, bool bundled, const QString& release)
{
    auto files = locate(directory, release);
    if (!files)
        return Unexpected{files.error()};
    m_report.release = files->release;
    m_report.format = files->layout == Layout::Current         ? u"civic-2025"_s
                      : files->layout == Layout::GeneSummaries ? u"civic-2024"_s
                                                               : u"civic-legacy"_s;

    auto transaction = KbTransaction::begin(m_db);
    if (!transaction)
        return Unexpected{transaction.error()};
    auto body = [&]() -> Result<void> {
        KbReleaseSpec spec;
        spec.source = u"CIViC"_s;
        spec.release = files->release;
        spec.format = m_report.format;
        spec.licence = u"CC0-1.0"_s;
        spec.attribution = u"CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), "
                           "Griffith M et al., Nat Genet 2017;49:170-174. Released under CC0 1.0."_s;
        spec.bundled = bundled;
        auto id = KbWrite::createRelease(m_db, spec, directory);
        if (!id)
            return Unexpected{id.error()};
        m_release = *id;
        m_report.releaseId = m_release;

        if (auto r = importFeatures(*files); !r)
            return r;
        if (files->layout != Layout::Legacy) {
            if (auto r = importProfiles(files->profiles); !r)
                return r;
        }
        if (auto r = importVariants(*files); !r)
            return r;
        if (auto r = importEvidence(files->evidence, files->layout); !r)
            return r;
        if (!files->assertions.isEmpty()) {
            if (auto r = importAssertions(files->assertions); !r)
                return r;
        }
        if (!files->groups.isEmpty()) {
            if (auto r = importGroups(files->groups); !r)
                return r;
        }
        m_currentFile = files->profiles.isEmpty() ? files->variants : files->profiles;
        auto trees = KbWrite::buildProfileTrees(m_db, m_release, &m_report.warnings);
        if (!trees)
            return Unexpected{trees.error()};
        if (auto r = KbWrite::indexTherapiesAndDiseases(m_db, m_release); !r)
            return r;
        if (m_report.evidenceItems == 0)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("the release holds no evidence item: nothing is imported"),
                        files->evidence);
        return step();
    };
    if (auto r = body(); !r)
        return Unexpected{r.error()};
    if (auto r = transaction->commit(); !r)
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

Result<CivicImportReport> CivicImporter::import(
    SqliteDatabase& db, const QString& directory, bool bundled, const Progress* progress, const QString& release)
{
    Import importer(db, progress);
    return importer.run(directory, bundled, release);
}

} // namespace onco
