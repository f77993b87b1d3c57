#include "CaseStore.h"

#include "CaseConnection.h"
#include "CaseSchema.h"
#include "SqlSupport.h"
#include "match/Tiering.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

QVariant orNull(float v)
{
    return std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(double(v));
}

QVariant orNull(double v)
{
    return std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v);
}

QVariant countOrNull(qint32 v)
{
    return v < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(v);
}

} // namespace

QString alterationReference(const Alteration& a)
{
    if (a.kind == AlterationKind::Fusion)
        return a.fusionName();
    if (a.kind == AlterationKind::CopyNumber || a.kind == AlterationKind::Biomarker)
        return a.displayName().replace(u' ', u':');
    if (!a.gene().isEmpty() && !a.hgvsp().isEmpty())
        return a.gene() + u':' + a.hgvsp();
    if (a.kind == AlterationKind::StructuralVariant && a.pos == 0 && a.detailOrNull()) // a named event: "FLT3:ITD"
        return a.gene() + u':' + a.detailOrNull()->extra().svType;
    return u"%1:%2:%3:%4"_s.arg(canonicalContig(a.chrom)).arg(a.pos).arg(a.ref, a.alt);
}

namespace {

/** Whether the board reviews an alteration: every one that could be reported. */
bool reviewable(const AnnotationResult& r, qint32 i)
{
    const Alteration& a = r.caseData.alterations[size_t(i)];
    if (!r.matchesFor(i).empty() || r.callFor(i))
        return true;
    // Fusions, structural variants and biomarkers are always shown to the board.
    if (a.kind == AlterationKind::Fusion || a.kind == AlterationKind::Biomarker
        || a.kind == AlterationKind::StructuralVariant)
        return true;
    return Tiering::isReportableWithoutEvidence(a);
}

/** File names without their folders: the audit trail travels in bundles, and a folder can name the patient. */
QStringList fileNames(const QStringList& paths)
{
    QStringList out;
    for (const QString& p : paths)
        out << QFileInfo(p).fileName();
    return out;
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

Actor Actor::current()
{
    Actor a;
    a.account = qEnvironmentVariable("USER");
    if (a.account.isEmpty())
        a.account = qEnvironmentVariable("USERNAME"); // Windows
#ifdef Q_OS_UNIX
    if (a.account.isEmpty())
        if (const passwd* pw = getpwuid(getuid()))
            a.account = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (a.account.isEmpty())
        a.account = u"unknown"_s;
    const QSettings settings;
    a.name = settings.value(u"identity/name"_s).toString();
    if (a.name.isEmpty())
        a.name = a.account;
    a.role = settings.value(u"identity/role"_s).toString();
    return a;
}

QString caseVersionName(qint64 caseNumber, int version)
{
    return Messages::tr("case %1, version %2").arg(caseNumber).arg(version);
}

QString caseVersionName(const CaseSummary& s)
{
    return caseVersionName(s.caseNumber > 0 ? s.caseNumber : s.id, s.version);
}

QString caseStateName(CaseState s)
{
    switch (s) {
    case CaseState::Draft:
        return u"draft"_s;
    case CaseState::Preliminary:
        return u"preliminary"_s;
    case CaseState::Final:
        return u"final"_s;
    }
    return {};
}

std::optional<CaseState> parseCaseState(const QString& name)
{
    for (CaseState s : {CaseState::Draft, CaseState::Preliminary, CaseState::Final})
        if (caseStateName(s) == name.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString decisionName(Decision d)
{
    switch (d) {
    case Decision::Include:
        return u"include"_s;
    case Decision::Exclude:
        return u"exclude"_s;
    case Decision::Vus:
        return u"vus"_s;
    case Decision::Artefact:
        return u"artefact"_s;
    case Decision::GermlineReferral:
        return u"germline-referral"_s;
    case Decision::Withdrawn:
        return u"withdrawn"_s;
    }
    return {};
}

QString Actor::label() const
{
    const QString who = name.isEmpty() ? account : name;
    return role.isEmpty() ? who : u"%1 (%2)"_s.arg(who, role);
}

QString caseStateText(CaseState s)
{
    switch (s) {
    case CaseState::Draft:
        return Messages::tr("draft");
    case CaseState::Preliminary:
        return Messages::tr("preliminary");
    case CaseState::Final:
        return Messages::tr("final");
    }
    return {};
}

QString decisionText(Decision d)
{
    switch (d) {
    case Decision::Include:
        return Messages::tr("included");
    case Decision::Exclude:
        return Messages::tr("excluded");
    case Decision::Vus:
        return Messages::tr("VUS");
    case Decision::Artefact:
        return Messages::tr("artefact");
    case Decision::GermlineReferral:
        return Messages::tr("germline referral");
    case Decision::Withdrawn:
        return Messages::tr("withdrawn");
    }
    return {};
}

std::optional<Decision> parseDecision(const QString& name)
{
    for (Decision d : {Decision::Include,
                       Decision::Exclude,
                       Decision::Vus,
                       Decision::Artefact,
                       Decision::GermlineReferral,
                       Decision::Withdrawn})
        if (decisionName(d) == name.trimmed().toLower())
            return d;
    return std::nullopt;
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& path, Mode mode)
{
    const bool readOnly = mode == Mode::ReadOnly;
    const bool server = caseBackendOf(path) == CaseBackend::Postgres;
    if (!server) {
        const QFileInfo info(path);
        if (readOnly && !info.exists())
            return fail(CoreError::Code::Io, Messages::tr("no such case database"), path);
        if (!readOnly && !QDir().mkpath(info.absolutePath()))
            return fail(
                CoreError::Code::Io, Messages::tr("cannot create the folder %1").arg(info.absolutePath()), path);
    }
    std::unique_ptr<CaseStore> store(new CaseStore);
    store->m_path = path;
    store->m_connection = u"oncoboard-cases-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = openCaseConnection(path, store->m_connection, readOnly); !r)
        return Unexpected{r.error()};
    QSqlDatabase db = QSqlDatabase::database(store->m_connection, false);
    if (auto r = CaseSchema::checkOwner(db); !r)
        return Unexpected{r.error()};
    QSqlQuery q(db);
    if (readOnly) {
        auto version = CaseSchema::version(db);
        if (!version)
            return Unexpected{version.error()};
        if (*version != CaseSchema::currentVersion)
            return fail(CoreError::Code::Database,
                        Messages::tr("the case database has schema %1, this version reads %2 (open it writable to "
                                     "migrate it)")
                            .arg(*version)
                            .arg(CaseSchema::currentVersion),
                        displayLocation(path));
        return store;
    }
    // Medical records: WAL for concurrent readers, a full sync at every commit so that a commit that
    // returned survives a crash or power cut, deleted content overwritten rather than left in free
    // pages. (PostgreSQL: the server's WAL and synchronous_commit.)
    if (!server)
        for (const QString& pragma : {u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA synchronous = FULL"_s,
                                      u"PRAGMA foreign_keys = ON"_s,
                                      u"PRAGMA secure_delete = ON"_s}) {
            if (!q.exec(pragma))
                return sqlFailure(q.lastError(), path);
        }
    q.finish();
    if (auto r = CaseSchema::ensure(db); !r)
        return Unexpected{r.error()};
    return store;
}

QSqlDatabase CaseStore::database() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ensureConnected(db);
    return db;
}

CaseStore::~CaseStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<QStringList> CaseStore::auditTrail(qint64 caseId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT seq, at, name, role, action, old_value, new_value FROM audit WHERE case_id = ? ORDER BY seq"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    QStringList out;
    while (q.next()) {
        QString line =
            u"%1 %2 %3%4 %5"_s.arg(q.value(0).toString(),
                                   q.value(1).toString(),
                                   q.value(2).toString(),
                                   q.value(3).toString().isEmpty() ? QString() : u" ("_s + q.value(3).toString() + u')',
                                   q.value(4).toString());
        if (!q.value(5).toString().isEmpty() || !q.value(6).toString().isEmpty())
            line += u": %1 -> %2"_s.arg(q.value(5).toString().isEmpty() ? u"-"_s : q.value(5).toString(),
                                        q.value(6).toString().isEmpty() ? u"-"_s : q.value(6).toString());
        out << line;
    }
    return out;
}

Result<void> CaseStore::requireNotFinal(qint64 caseId)
{
    auto s = summary(caseId);
    if (!s)
        return Unexpected{s.error()};
    if (s->state == CaseState::Final)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 is final and locked (signed by %2 on %3): amend it to change it")
                        .arg(caseId)
                        .arg(s->finalizedBy, s->finalizedAt),
                    m_path);
    return {};
}

Result<qint64> CaseStore::createCase(const AnnotationResult& result, const NewCaseInfo& info, const Actor& actor)
{
    QSqlDatabase db = database();
    const Case& c = result.caseData;
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);

    // The patient, by pseudonym; a new one when none is given.
    const QString pseudonym = info.patient.trimmed().isEmpty()
                                  ? u"P-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10).toUpper()
                                  : info.patient.trimmed();
    q.prepare(u"INSERT INTO patient (pseudonym, created_at, uid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    q.addBindValue(pseudonym);
    q.addBindValue(now());
    q.addBindValue(QUuid::createUuid().toString(QUuid::Id128));
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    q.prepare(u"SELECT id FROM patient WHERE pseudonym = ?"_s);
    q.addBindValue(pseudonym);
    if (!q.exec() || !q.next())
        return sqlFailure(q.lastError(), m_path);
    const qint64 patient = q.value(0).toLongLong();

    // TMB and MSI of the case, when a biomarker row gives them.
    QVariant tmb = QVariant(QMetaType(QMetaType::Double));
    QString msi;
    for (const Alteration& a : c.alterations) {
        const AlterationDetail* d = a.detailOrNull();
        if (a.kind != AlterationKind::Biomarker || !d)
            continue;
        if (d->extra().biomarker == u"TMB" && !std::isnan(d->extra().value))
            tmb = d->extra().value;
        if (d->extra().biomarker == u"MSI")
            msi = d->extra().status;
    }
    q.prepare(
        u"INSERT INTO case_record (uid, patient_id, state, tumor_type, genome, specimen, assay, purity, tmb, msi, "
        "created_at, created_by, receptor_status, reference_genome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"_s);
    QStringList receptors;
    for (auto it = c.receptorStatus.cbegin(); it != c.receptorStatus.cend(); ++it)
        receptors << it.key() + u'=' + it.value();
    for (const QVariant& v : {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                              QVariant(patient),
                              QVariant(caseStateName(CaseState::Draft)),
                              orNull(c.tumorType),
                              orNull(genomeBuildName(c.genome)),
                              orNull(info.specimen),
                              orNull(info.assay),
                              info.purity >= 0 ? QVariant(info.purity) : QVariant(QMetaType(QMetaType::Double)),
                              tmb,
                              orNull(msi),
                              QVariant(now()),
                              QVariant(actor.name),
                              orNull(receptors.join(u';')),
                              orNull(c.referenceGenome)})
        q.addBindValue(v);
    auto inserted = execReturningId(q, m_path);
    if (!inserted)
        return Unexpected{inserted.error()};
    const qint64 caseId = *inserted;

    for (qsizetype i = 0; i < c.inputs.size(); ++i) {
        q.prepare(u"INSERT INTO case_input (case_id, position, path, sha256, bytes) VALUES (?,?,?,?,?)"_s);
        q.addBindValue(caseId);
        q.addBindValue(qint64(i));
        q.addBindValue(QFileInfo(c.inputs[i]).absoluteFilePath());
        q.addBindValue(orNull(sha256Of(c.inputs[i])));
        q.addBindValue(QFileInfo(c.inputs[i]).size());
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
    }
    // The copy-number segments, for the profile (the gene calls are alterations).
    if (!c.segments.empty()) {
        q.prepare(u"INSERT INTO segment (case_id, sample, chrom, start, \"end\", log2_ratio, copy_number, "
                  "minor_copy_number, markers, source_input, source_line) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
        const auto real = [](float v) {
            return std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(double(v));
        };
        for (const CopyNumberSegment& s : c.segments) {
            q.addBindValue(caseId);
            q.addBindValue(orNull(s.sample >= 0 && s.sample < c.samples.size() ? c.samples[s.sample].name : QString()));
            q.addBindValue(s.chrom);
            q.addBindValue(s.start);
            q.addBindValue(s.end);
            q.addBindValue(real(s.log2Ratio));
            q.addBindValue(real(s.copyNumber));
            q.addBindValue(real(s.minorCopyNumber));
            q.addBindValue(s.markers >= 0 ? QVariant(s.markers) : QVariant(QMetaType(QMetaType::Int)));
            q.addBindValue(s.origin.input >= 0 ? QVariant(qint64(s.origin.input))
                                               : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(s.origin.line > 0 ? QVariant(s.origin.line) : QVariant(QMetaType(QMetaType::LongLong)));
            if (!q.exec())
                return sqlFailure(q.lastError(), m_path);
        }
    }
    for (const Sample& s : c.samples) {
        q.prepare(u"INSERT INTO sample (patient_id, case_id, name, role, collected_on) VALUES (?,?,?,?,?)"_s);
        q.addBindValue(patient);
        q.addBindValue(caseId);
        q.addBindValue(s.name);
        q.addBindValue(s.role == SampleRole::Normal ? u"normal"_s : u"tumor"_s);
        q.addBindValue(orNull(info.sampleDate));
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
    }
    for (const KbRelease& kb : result.knowledgeBases) {
        q.prepare(u"INSERT INTO case_kb_release (case_id, source, release) VALUES (?,?,?)"_s);
        q.addBindValue(caseId);
        q.addBindValue(kb.source);
        q.addBindValue(kb.release);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
    }

    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO alteration (case_id, idx, ref, kind, chrom, pos, ref_allele, alt_allele, filter, gene, "
        u"transcript, "
        "hgvsc, hgvsp, consequence, exon, intron, partner_gene, sv_type, cna_call, copy_number, log2_ratio, biomarker, "
        "value, unit, status, tumor_vaf, tumor_depth, tumor_alt_reads, normal_vaf, normal_depth, normal_alt_reads, "
        "source_file, source_line, amp_tier, escat_tier, oncokb_level, flags, evidence_ids, estimate_method, "
        "estimate_caveat, effect_source, ensembl_transcript, protein_position, reference_residue, effect_note, "
        "tumor_zygosity, normal_zygosity, fusion_orientation) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    qint64 stored = 0;
    for (qint32 i = 0; i < qint32(c.alterations.size()); ++i) {
        if (!reviewable(result, i))
            continue;
        const Alteration& a = c.alterations[size_t(i)];
        const AlterationDetail empty;
        const AlterationDetail& d = a.detailOrNull() ? *a.detailOrNull() : empty;
        const AlterationCall call = Tiering::callOf(result, i);
        QStringList flags;
        for (const Flag& f : result.caseFlags + call.flags)
            if (!flags.contains(f.code))
                flags << f.code;
        QStringList evidence;
        for (const Match& m : result.matchesFor(i)) {
            const EvidenceItem& e = result.evidence[size_t(m.evidence)];
            evidence << e.kb.source + u':' + e.displayId;
        }
        for (const QVariant& v :
             {QVariant(caseId),
              QVariant(i),
              QVariant(alterationReference(a)),
              QVariant(alterationKindName(a.kind)),
              orNull(a.chrom),
              a.pos > 0 ? QVariant(a.pos) : QVariant(QMetaType(QMetaType::LongLong)),
              orNull(a.ref),
              orNull(a.alt),
              orNull(a.filter),
              orNull(d.gene),
              orNull(d.transcript),
              orNull(d.hgvsc),
              orNull(d.hgvsp),
              orNull(d.consequence),
              orNull(d.exon),
              orNull(d.intron),
              orNull(d.extra().partnerGene),
              orNull(d.extra().svType),
              a.kind == AlterationKind::CopyNumber ? QVariant(int(d.extra().cnaCall))
                                                   : QVariant(QMetaType(QMetaType::Int)),
              orNull(d.extra().copyNumber),
              orNull(d.extra().log2Ratio),
              orNull(d.extra().biomarker),
              orNull(d.extra().value),
              orNull(d.extra().unit),
              orNull(d.extra().status),
              orNull(a.tumor.vaf),
              countOrNull(a.tumor.depth),
              countOrNull(a.tumor.altReads),
              orNull(a.normal.vaf),
              countOrNull(a.normal.depth),
              countOrNull(a.normal.altReads),
              orNull(c.inputPath(a.origin)),
              QVariant(a.origin.line),
              orNull(call.amp.tier),
              orNull(call.escat.tier),
              orNull(call.oncokb.tier),
              orNull(flags.join(u',')),
              orNull(evidence.join(u',')),
              orNull(d.extra().estimateMethod),
              orNull(d.extra().estimateCaveat),
              orNull(d.extra().effectSource),
              orNull(d.extra().ensemblTranscript),
              d.extra().proteinPosition > 0 ? QVariant(d.extra().proteinPosition) : QVariant(QMetaType(QMetaType::Int)),
              d.extra().refResidue.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(QString(d.extra().refResidue)),
              orNull(d.extra().effectNote),
              QVariant(int(a.tumorZygosity)),
              QVariant(int(a.normalZygosity)),
              a.kind == AlterationKind::Fusion ? QVariant(int(d.extra().orientation))
                                               : QVariant(QMetaType(QMetaType::Int))})
            insert.addBindValue(v);
        if (!insert.exec())
            return sqlFailure(insert.lastError(), m_path);
        ++stored;
    }
    if (auto r = appendAudit(caseId,
                             actor,
                             u"case.create"_s,
                             QString(),
                             u"patient %1, tumor type %2, %3 of %4 alterations stored, inputs %5"_s
                                 .arg(pseudonym, c.tumorType.isEmpty() ? u"-"_s : c.tumorType)
                                 .arg(stored)
                                 .arg(c.alterations.size())
                                 .arg(fileNames(c.inputs).join(u", "_s)));
        !r)
        return Unexpected{r.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return caseId;
}

Result<QList<CaseSummary>> CaseStore::cases()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT id FROM case_record ORDER BY id"_s))
        return sqlFailure(q.lastError(), m_path);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<CaseSummary> out;
    for (qint64 id : ids) {
        auto s = summary(id);
        if (!s)
            return Unexpected{s.error()};
        out << *s;
    }
    return out;
}

Result<CaseSummary> CaseStore::summary(qint64 caseId)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"SELECT c.id, c.uid, p.pseudonym, c.version, c.previous_id, c.state, c.superseded, c.tumor_type, "
              "c.genome, c.specimen, c.assay, c.created_at, c.created_by, c.finalized_at, c.finalized_by, "
              "(SELECT count(*) FROM alteration a WHERE a.case_id = c.id), "
              "(SELECT count(*) FROM review r WHERE r.case_id = c.id AND r.decision <> 'withdrawn' AND r.id = "
              "(SELECT max(id) FROM review x WHERE x.alteration_id = r.alteration_id)) "
              "FROM case_record c JOIN patient p ON p.id = c.patient_id WHERE c.id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (!q.next())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("there is no case %1").arg(caseId), m_path);
    CaseSummary s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.patient = q.value(2).toString();
    s.version = q.value(3).toInt();
    s.previousId = q.value(4).toLongLong();
    s.state = parseCaseState(q.value(5).toString()).value_or(CaseState::Draft);
    s.superseded = q.value(6).toInt() != 0;
    s.tumorType = q.value(7).toString();
    s.genome = q.value(8).toString();
    s.specimen = q.value(9).toString();
    s.assay = q.value(10).toString();
    s.createdAt = q.value(11).toString();
    s.createdBy = q.value(12).toString();
    s.finalizedAt = q.value(13).toString();
    s.finalizedBy = q.value(14).toString();
    s.alterations = q.value(15).toLongLong();
    s.reviewed = q.value(16).toLongLong();
    // The first version's id: a few steps back along the amendments.
    s.caseNumber = s.id;
    for (qint64 previous = s.previousId; previous > 0;) {
        s.caseNumber = previous;
        q.prepare(u"SELECT previous_id FROM case_record WHERE id = ?"_s);
        q.addBindValue(previous);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
        previous = q.next() ? q.value(0).toLongLong() : 0;
    }
    q.prepare(u"SELECT source, release FROM case_kb_release WHERE case_id = ? ORDER BY source <> 'CIViC', source"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    while (q.next())
        s.knowledgeBases << q.value(0).toString() + u' ' + q.value(1).toString();
    return s;
}

Result<QList<qint64>> CaseStore::versionsOf(qint64 caseId)
{
    auto first = summary(caseId);
    if (!first)
        return Unexpected{first.error()};
    QSqlQuery q(database());
    QList<qint64> out{first->caseNumber};
    for (;;) {
        q.prepare(u"SELECT id FROM case_record WHERE previous_id = ? ORDER BY id"_s);
        q.addBindValue(out.last());
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
        if (!q.next())
            return out;
        out << q.value(0).toLongLong();
    }
}

Result<qint64> CaseStore::caseWithUid(const QString& uid)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id FROM case_record WHERE uid = ?"_s);
    q.addBindValue(uid);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace onco
