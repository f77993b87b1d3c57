#include "ReferenceImporter.h"

#include "KbWriter.h"

#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ReferenceImporter)
};

/** Warnings listed one by one per import; the rest are summed up in one, so a broken file stays readable. */
constexpr qint64 maxListedWarnings = 500;

/** What kb_release records about a source. */
struct SourceInfo
{
    QString source;
    QString format;
    QString licence;
    QString attribution;
};

/** The parts of one import shared by both sources: release row, transaction, warnings, file record. */
class Import
{
public:
    /** Reads the data rows of the open table; returns their count. */
    using Body = std::function<Result<qint64>(TsvReader&)>;

    Import(SqliteDatabase& db, const QString& path)
        : m_db(db)
        , m_path(path)
        , m_fileName(QFileInfo(path).fileName())
    {
    }

    Result<ReferenceImportReport> run(const SourceInfo& info,
                                      const QString& release,
                                      bool bundled,
                                      std::initializer_list<const char*> required,
                                      const Body& rowsOf);

    /** Lists and stores a warning about the data row at `line`. */
    void warn(qint64 line, const QString& message);
    /** Runs an insert; a Database error names the file and line. */
    Result<void> exec(SqliteStatement& stmt, qint64 line);

    SqliteDatabase& db()
    {
        return m_db;
    }
    qint64 releaseId() const
    {
        return m_report.releaseId;
    }
    ReferenceImportReport& report()
    {
        return m_report;
    }

private:
    Result<void> recordFile(qint64 rows);

    SqliteDatabase& m_db;
    QString m_path;
    QString m_fileName;
    ReferenceImportReport m_report;
    SqliteStatement m_warning;
    bool m_warningPrepared = false;
    qint64 m_warningCount = 0;
};

void Import::warn(qint64 line, const QString& message)
{
    if (++m_warningCount > maxListedWarnings)
        return;
    m_report.warnings << u"%1:%2: %3"_s.arg(m_fileName).arg(line).arg(message);
    if (!m_warningPrepared) {
        auto stmt = m_db.prepare("INSERT INTO kb_import_warning (release_id, file, line, message) VALUES (?,?,?,?)");
        if (!stmt)
            return;
        m_warning = std::move(*stmt);
        m_warningPrepared = true;
    }
    m_warning.bind(1, m_report.releaseId);
    m_warning.bind(2, m_fileName);
    m_warning.bind(3, line);
    m_warning.bind(4, message);
    (void)m_warning.run();
}

Result<void> Import::exec(SqliteStatement& stmt, qint64 line)
{
    if (!stmt.run())
        return m_db.error(u"%1:%2"_s.arg(m_path).arg(line));
    return {};
}

Result<void> Import::recordFile(qint64 rows)
{
    return KbWrite::recordFile(m_db, m_report.releaseId, m_path, rows);
}

Result<ReferenceImportReport> Import::run(const SourceInfo& info,
                                          const QString& release,
                                          bool bundled,
                                          std::initializer_list<const char*> required,
                                          const Body& rowsOf)
{
    m_report.source = info.source;
    m_report.release = release;
    TsvReader tsv;
    if (auto r = tsv.open(m_path); !r)
        return Unexpected{r.error()};
    QStringList missing;
    for (const char* c : required)
        if (tsv.column(c) < 0)
            missing << QString::fromLatin1(c);
    if (!missing.isEmpty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a %1 table: missing columns %2").arg(info.source, missing.join(u", "_s)),
                    m_path,
                    tsv.lineNumber());

    auto transaction = KbTransaction::begin(m_db);
    if (!transaction)
        return Unexpected{transaction.error()};
    auto body = [&]() -> Result<void> {
        KbReleaseSpec spec;
        spec.source = info.source;
        spec.release = release;
        spec.format = info.format;
        spec.licence = info.licence;
        spec.attribution = info.attribution;
        spec.bundled = bundled;
        auto id = KbWrite::createRelease(m_db, spec, m_path);
        if (!id)
            return Unexpected{id.error()};
        m_report.releaseId = *id;

        auto rows = rowsOf(tsv);
        if (!rows)
            return Unexpected{rows.error()};
        if (tsv.error())
            return Unexpected{*tsv.error()};
        if (m_warningCount > maxListedWarnings) {
            const qint64 more = m_warningCount - maxListedWarnings;
            m_warningCount = 0; // let the summary through
            warn(tsv.lineNumber(), Messages::tr("%n more rows with problems are not listed", nullptr, int(more)));
        }
        return recordFile(*rows);
    };
    if (auto r = body(); !r)
        return Unexpected{r.error()};
    if (auto r = transaction->commit(); !r)
        return Unexpected{r.error()};
    return m_report;
}

/** True when the row has more fields than the header: a field held a tab, so columns are shifted. */
bool shiftedRow(Import& import, const TsvReader& t)
{
    if (t.fieldCount() <= t.headerSize())
        return false;
    import.warn(t.lineNumber(),
                Messages::tr("the row has %1 fields, the header %2: skipped").arg(t.fieldCount()).arg(t.headerSize()));
    return true;
}

bool invalidUtf8(Import& import, const TsvReader& t)
{
    if (t.isValidUtf8())
        return false;
    import.warn(t.lineNumber(), Messages::tr("the row is not valid UTF-8: skipped"));
    return true;
}

} // namespace

QString ReferenceImporter::bundledCancerMinePath()
{
    return u":/oncoboard/kb/cancermine/cancermine_collated.v47.tsv.gz"_s;
}

QString ReferenceImporter::bundledTherapySynonymsPath()
{
    return u":/oncoboard/kb/pharmoncox/pharmoncox_oncopharma_synonyms.tsv.gz"_s;
}

QString ReferenceImporter::bundledTherapySynonymsRelease()
{
    return u"2021-12"_s;
}

QString ReferenceImporter::cancerMineReleaseFromFileName(const QString& fileName)
{
    static const QRegularExpression pattern(uR"(^cancermine_collated\.(v\d+)\.tsv(\.gz)?$)"_s);
    const auto m = pattern.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString ReferenceImporter::therapyKey(const QString& name)
{
    return name.simplified().toLower();
}

Result<ReferenceImportReport>
ReferenceImporter::importCancerMine(SqliteDatabase& db, const QString& path, bool bundled, const QString& release)
{
    const QString fromName = cancerMineReleaseFromFileName(QFileInfo(path).fileName());
    if (!fromName.isEmpty() && !release.isEmpty() && fromName != release)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("the file name names CancerMine %1, not %2").arg(fromName, release),
                    path);
    const QString name = fromName.isEmpty() ? release.trimmed() : fromName;
    if (name.isEmpty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("cannot tell the CancerMine release: name the file "
                                 "cancermine_collated.vNN.tsv or give the release"),
                    path);

    const SourceInfo info{QString::fromLatin1(cancerMineSource),
                          u"cancermine-collated"_s,
                          u"CC0-1.0"_s,
                          u"CancerMine (bionlp.bcgsc.ca/cancermine), Lever J, Zhao EY, Grewal J, Jones MR, Jones SJM. "
                          "CancerMine: a literature-mined resource for drivers, oncogenes and tumor suppressors in "
                          "cancer. Nat Methods 2019;16:505-507. Released under CC0 1.0."_s};
    Import import(db, path);
    const auto body = [&](TsvReader& t) -> Result<qint64> {
        auto insert = db.prepare("INSERT INTO gene_role (release_id, symbol, entrez_id, role, doid, cancer, citations) "
                                 "VALUES (?,?,?,?,?,?,?)");
        if (!insert)
            return Unexpected{insert.error()};
        const int cRole = t.column("role");
        const int cCancerId = t.column("cancer_id");
        const int cCancer = t.column("cancer_normalized");
        const int cEntrez = t.column("gene_entrez_id");
        const int cGene = t.column("gene_normalized");
        const int cCitations = t.column("citation_count");
        qint64 dataRows = 0;
        while (t.next()) {
            ++dataRows;
            const qint64 line = t.lineNumber();
            if (shiftedRow(import, t) || invalidUtf8(import, t))
                continue;
            const QByteArrayView symbol = t.field(cGene);
            if (symbol.isEmpty()) {
                import.warn(line, Messages::tr("no gene symbol (gene_normalized): skipped"));
                continue;
            }
            const QByteArrayView role = t.field(cRole);
            if (role != "Oncogene" && role != "Tumor_Suppressor" && role != "Driver") {
                import.warn(line,
                            Messages::tr("unknown role \"%1\" (not Oncogene, Tumor_Suppressor or Driver): skipped")
                                .arg(QString::fromUtf8(role)));
                continue;
            }
            bool ok = false;
            const qint64 citations = t.field(cCitations).toByteArray().toLongLong(&ok);
            if (!ok || citations < 0 || citations > std::numeric_limits<int>::max()) {
                import.warn(
                    line, Messages::tr("citation_count \"%1\" is not a whole number: skipped").arg(t.text(cCitations)));
                continue;
            }
            insert->bind(1, import.releaseId());
            insert->bind(2, symbol, false);
            if (const QByteArrayView entrez = t.field(cEntrez); !entrez.isEmpty()) {
                const qint64 id = entrez.toByteArray().toLongLong(&ok);
                if (ok && id > 0)
                    insert->bind(3, id);
                else
                    import.warn(line,
                                Messages::tr("gene_entrez_id \"%1\" is not a number: stored empty")
                                    .arg(QString::fromUtf8(entrez)));
            }
            insert->bind(4, role, false);
            QByteArrayView doid = t.field(cCancerId);
            if (doid.startsWith("DOID:"))
                doid = doid.sliced(5);
            const bool digits =
                !doid.isEmpty() && std::all_of(doid.begin(), doid.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (digits)
                insert->bind(5, doid);
            else if (!t.field(cCancerId).isEmpty())
                import.warn(
                    line,
                    Messages::tr("cancer_id \"%1\" is not a Disease Ontology id: stored empty").arg(t.text(cCancerId)));
            insert->bind(6, t.field(cCancer));
            insert->bind(7, citations);
            if (auto r = import.exec(*insert, line); !r)
                return Unexpected{r.error()};
            ++import.report().rows;
        }
        return dataRows;
    };
    return import.run(info,
                      name,
                      bundled,
                      {"role", "cancer_id", "cancer_normalized", "gene_entrez_id", "gene_normalized", "citation_count"},
                      body);
}

Result<ReferenceImportReport>
ReferenceImporter::importTherapySynonyms(SqliteDatabase& db, const QString& path, bool bundled, const QString& release)
{
    if (release.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("name the pharmOncoX release (its date, such as 2021-12)"),
                    path);
    const SourceInfo info{
        QString::fromLatin1(therapySynonymSource),
        u"pharmoncox-synonyms"_s,
        u"MIT; NCIt content CC-BY-4.0; ChEMBL content CC-BY-SA-3.0"_s,
        u"pharmOncoX (github.com/sigven/pharmOncoX), Sigve Nakken, MIT licence. Drug names from the NCI "
        "Thesaurus (NCIt), National Cancer Institute, CC BY 4.0. ChEMBL identifiers from ChEMBL, EMBL-EBI, "
        "CC BY-SA 3.0."_s};
    Import import(db, path);
    const auto body = [&](TsvReader& t) -> Result<qint64> {
        auto insert = db.prepare("INSERT INTO therapy_synonym (release_id, alias, name, chembl_id) VALUES (?,?,?,?)");
        auto addChembl = db.prepare("UPDATE therapy_synonym SET chembl_id = ? WHERE release_id = ? AND alias = ? "
                                    "AND name = ? AND chembl_id IS NULL");
        if (!insert || !addChembl)
            return Unexpected{insert ? addChembl.error() : insert.error()};
        const int cAlias = t.column("alias");
        const int cName = t.column("nci_concept_display_name");
        const int cChembl = t.column("molecule_chembl_id");
        // (alias, name) -> ChEMBL id stored with it, to skip repeats and fill in a missing id.
        QHash<QString, QString> seen;
        QHash<QString, QString> names; // name -> first ChEMBL id given for it
        QStringList nameOrder;         // names in file order, for a reproducible table
        qint64 dataRows = 0;
        auto store = [&](const QString& alias, const QString& name, const QString& chembl, qint64 line) {
            insert->bind(1, import.releaseId());
            insert->bind(2, alias, false);
            insert->bind(3, name, false);
            insert->bind(4, chembl);
            return import.exec(*insert, line);
        };
        while (t.next()) {
            ++dataRows;
            const qint64 line = t.lineNumber();
            if (shiftedRow(import, t) || invalidUtf8(import, t))
                continue;
            const QString alias = ReferenceImporter::therapyKey(t.text(cAlias));
            const QString name = t.text(cName).simplified();
            if (alias.isEmpty() || name.isEmpty()) {
                import.warn(line,
                            alias.isEmpty() ? Messages::tr("empty alias: skipped")
                                            : Messages::tr("alias \"%1\" names no therapy: skipped").arg(alias));
                continue;
            }
            const QString chembl = t.text(cChembl);
            if (const auto n = names.find(name); n == names.end()) {
                names.insert(name, chembl);
                nameOrder << name;
            } else if (n->isEmpty()) {
                *n = chembl;
            }
            const QString key = alias + u'\t' + name;
            const auto it = seen.find(key);
            if (it == seen.end()) {
                seen.insert(key, chembl);
                if (auto r = store(alias, name, chembl, line); !r)
                    return Unexpected{r.error()};
                ++import.report().rows;
                continue;
            }
            ++import.report().duplicates;
            if (chembl.isEmpty() || chembl == *it)
                continue;
            if (it->isEmpty()) {
                *it = chembl;
                addChembl->bind(1, chembl);
                addChembl->bind(2, import.releaseId());
                addChembl->bind(3, alias);
                addChembl->bind(4, name);
                if (auto r = import.exec(*addChembl, line); !r)
                    return Unexpected{r.error()};
            } else {
                import.warn(line,
                            Messages::tr("\"%1\" (%2) repeated with ChEMBL id %3 instead of %4: kept %4")
                                .arg(alias, name, chembl, *it));
            }
        }
        // Every preferred name is an alias of itself, so that looking a name up needs one index.
        for (const QString& name : std::as_const(nameOrder)) {
            const QString alias = ReferenceImporter::therapyKey(name);
            if (seen.contains(alias + u'\t' + name))
                continue;
            if (auto r = store(alias, name, names.value(name), t.lineNumber()); !r)
                return Unexpected{r.error()};
            ++import.report().rows;
        }
        return dataRows;
    };
    return import.run(
        info, release.trimmed(), bundled, {"alias", "nci_concept_display_name", "molecule_chembl_id"}, body);
}

Result<TherapyVocabulary> TherapyVocabulary::open(SqliteDatabase& db)
{
    auto release = KbWrite::releaseInUse(db, QString::fromLatin1(ReferenceImporter::therapySynonymSource));
    if (!release)
        return Unexpected{release.error()};
    auto byAlias = db.prepare("SELECT DISTINCT name FROM therapy_synonym WHERE release_id = ? AND alias = ?");
    auto byName = db.prepare("SELECT DISTINCT alias FROM therapy_synonym WHERE release_id = ? AND name = ? "
                             "ORDER BY alias");
    auto chembl = db.prepare("SELECT min(chembl_id) FROM therapy_synonym WHERE release_id = ? AND name = ? AND "
                             "chembl_id IS NOT NULL AND chembl_id <> ''");
    if (!byAlias || !byName || !chembl)
        return Unexpected{!byAlias ? byAlias.error() : !byName ? byName.error() : chembl.error()};
    TherapyVocabulary v;
    v.m_db = &db;
    v.m_release = *release;
    v.m_byAlias = std::move(*byAlias);
    v.m_byName = std::move(*byName);
    v.m_chembl = std::move(*chembl);
    return v;
}

Result<QString> TherapyVocabulary::canonical(const QString& nameOrAlias)
{
    const QString key = ReferenceImporter::therapyKey(nameOrAlias);
    if (m_release == 0 || key.isEmpty())
        return QString();
    m_byAlias.reset();
    m_byAlias.bind(1, m_release);
    m_byAlias.bind(2, key);
    QStringList names;
    while (m_byAlias.step())
        names << m_byAlias.text(0);
    if (!m_byAlias.ok())
        return m_db->error(u"therapy_synonym"_s);
    m_byAlias.reset();
    if (names.isEmpty())
        return QString();
    const auto best = std::min_element(names.cbegin(), names.cend(), [&](const QString& a, const QString& b) {
        const bool spelledA = ReferenceImporter::therapyKey(a) == key;
        const bool spelledB = ReferenceImporter::therapyKey(b) == key;
        if (spelledA != spelledB)
            return spelledA;
        if (a.size() != b.size())
            return a.size() < b.size();
        return a < b;
    });
    return *best;
}

Result<QStringList> TherapyVocabulary::aliases(const QString& name)
{
    if (m_release == 0)
        return QStringList();
    auto lookup = [&](const QString& n) -> Result<QStringList> {
        m_byName.reset();
        m_byName.bind(1, m_release);
        m_byName.bind(2, n);
        QStringList out;
        while (m_byName.step())
            out << m_byName.text(0);
        if (!m_byName.ok())
            return m_db->error(u"therapy_synonym"_s);
        m_byName.reset();
        return out;
    };
    auto direct = lookup(name.simplified());
    if (!direct || !direct->isEmpty())
        return direct;
    auto canonicalName = canonical(name);
    if (!canonicalName)
        return Unexpected{canonicalName.error()};
    if (canonicalName->isEmpty())
        return QStringList();
    return lookup(*canonicalName);
}

Result<QString> TherapyVocabulary::chemblId(const QString& nameOrAlias)
{
    auto name = canonical(nameOrAlias);
    if (!name || name->isEmpty())
        return name;
    m_chembl.reset();
    m_chembl.bind(1, m_release);
    m_chembl.bind(2, *name);
    QString id;
    if (m_chembl.step())
        id = m_chembl.text(0);
    if (!m_chembl.ok())
        return m_db->error(u"therapy_synonym"_s);
    m_chembl.reset();
    return id;
}

Result<GeneRoles> GeneRoles::open(SqliteDatabase& db)
{
    auto release = KbWrite::releaseInUse(db, QString::fromLatin1(ReferenceImporter::cancerMineSource));
    if (!release)
        return Unexpected{release.error()};
    auto bySymbol =
        db.prepare("SELECT role, doid, cancer, citations FROM gene_role WHERE release_id = ? AND symbol = ? "
                   "ORDER BY citations DESC, role, cancer");
    if (!bySymbol)
        return Unexpected{bySymbol.error()};
    GeneRoles g;
    g.m_db = &db;
    g.m_release = *release;
    g.m_bySymbol = std::move(*bySymbol);
    return g;
}

Result<QList<GeneRole>> GeneRoles::roles(const QString& symbol)
{
    const QString trimmed = symbol.trimmed();
    if (m_release == 0 || trimmed.isEmpty())
        return QList<GeneRole>();
    auto lookup = [&](const QString& s) -> Result<QList<GeneRole>> {
        m_bySymbol.reset();
        m_bySymbol.bind(1, m_release);
        m_bySymbol.bind(2, s);
        QList<GeneRole> out;
        while (m_bySymbol.step())
            out.append(GeneRole{m_bySymbol.text(0), m_bySymbol.text(1), m_bySymbol.text(2), int(m_bySymbol.int64(3))});
        if (!m_bySymbol.ok())
            return m_db->error(u"gene_role"_s);
        m_bySymbol.reset();
        return out;
    };
    auto exact = lookup(trimmed);
    if (!exact || !exact->isEmpty() || trimmed.toUpper() == trimmed)
        return exact;
    return lookup(trimmed.toUpper());
}

Result<QString> GeneRoles::predominantRole(const QString& symbol)
{
    auto list = roles(symbol);
    if (!list)
        return Unexpected{list.error()};
    return predominantRole(*list);
}

QString GeneRoles::predominantRole(const QList<GeneRole>& roles)
{
    qint64 oncogene = 0, suppressor = 0;
    bool driver = false;
    for (const GeneRole& r : roles) {
        const qint64 citations = std::max(r.citations, 1);
        if (r.role == u"Oncogene")
            oncogene += citations;
        else if (r.role == u"Tumor_Suppressor")
            suppressor += citations;
        else if (r.role == u"Driver")
            driver = true;
    }
    const qint64 total = oncogene + suppressor;
    if (total == 0)
        return driver ? u"Driver"_s : QString();
    const bool isOncogene = 3 * oncogene >= total;
    const bool isSuppressor = 3 * suppressor >= total;
    if (isOncogene && isSuppressor)
        return u"Oncogene/Tumor_Suppressor"_s;
    return isOncogene ? u"Oncogene"_s : u"Tumor_Suppressor"_s;
}

Result<QString> canonicalTherapy(SqliteDatabase& db, const QString& nameOrAlias)
{
    auto vocabulary = TherapyVocabulary::open(db);
    if (!vocabulary)
        return Unexpected{vocabulary.error()};
    return vocabulary->canonical(nameOrAlias);
}

Result<QStringList> therapyAliases(SqliteDatabase& db, const QString& name)
{
    auto vocabulary = TherapyVocabulary::open(db);
    if (!vocabulary)
        return Unexpected{vocabulary.error()};
    return vocabulary->aliases(name);
}

Result<QList<GeneRole>> geneRoles(SqliteDatabase& db, const QString& symbol)
{
    auto roles = GeneRoles::open(db);
    if (!roles)
        return Unexpected{roles.error()};
    return roles->roles(symbol);
}

Result<QString> predominantRole(SqliteDatabase& db, const QString& symbol)
{
    auto roles = GeneRoles::open(db);
    if (!roles)
        return Unexpected{roles.error()};
    return roles->predominantRole(symbol);
}

} // namespace onco
