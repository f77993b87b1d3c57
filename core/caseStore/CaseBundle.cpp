#include "CaseBundle.h"

#include "CaseStore.h"
#include "SigningKey.h"
#include "SqlSupport.h"
#include "io/OutputFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseBundle)
};

constexpr const char* format = "oncoboard.case-bundle/1";

/** Every row of a query as JSON objects keyed by column, without the columns in `skip`. */
Result<QJsonArray> rows(QSqlQuery& q, const QSet<QString>& skip, const QString& context)
{
    if (!q.exec())
        return sqlFailure(q.lastError(), context);
    QJsonArray out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        QJsonObject o;
        for (int i = 0; i < rec.count(); ++i)
            if (!skip.contains(rec.fieldName(i)))
                o.insert(rec.fieldName(i), QJsonValue::fromVariant(rec.value(i)));
        out.append(o);
    }
    return out;
}

/** The columns of a table, to check the keys of an imported row against. */
QSet<QString> columnsOf(QSqlDatabase& db, const QString& table)
{
    QSet<QString> out;
    const QSqlRecord rec = db.record(table);
    for (int i = 0; i < rec.count(); ++i)
        out.insert(rec.fieldName(i));
    return out;
}

bool isIntegerType(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

/**
 * A bundle's value as the column's type takes it: a number for a numeric column (an integer for an
 * integer column), text for a text column; null, or an empty text (how an unknown number is
 * exported), for nothing. Whatever else was put into the file is refused, never stored as it came.
 */
Result<QVariant> checkedValue(const QJsonValue& value, QMetaType type)
{
    const bool integer = isIntegerType(type), real = type.id() == QMetaType::Double;
    if (value.isNull() || value.isUndefined() || ((integer || real) && value.isString() && value.toString().isEmpty()))
        return QVariant(type);
    if (integer || real) {
        const double d = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || !std::isfinite(d))
            return fail(CoreError::Code::BadInput,
                        Messages::tr("'%1' is not a number").arg(value.toVariant().toString().left(40)));
        if (integer) {
            if (d != std::trunc(d) || std::abs(d) > 9.0e15)
                return fail(CoreError::Code::BadInput, Messages::tr("%1 is not a whole number").arg(d));
            return QVariant(qint64(d));
        }
        return QVariant(d);
    }
    if (!value.isString())
        return fail(CoreError::Code::BadInput, Messages::tr("a text was expected"));
    return QVariant(value.toString());
}

/** Read support no caller reports: a VAF outside [0, 1], negative counts, more alternative reads than depth. */
QString implausibleSupport(const QJsonObject& row)
{
    for (const QString& side : {u"tumor"_s, u"normal"_s}) {
        const QJsonValue vaf = row.value(side + u"_vaf"_s), depth = row.value(side + u"_depth"_s),
                         alt = row.value(side + u"_alt_reads"_s);
        if (vaf.isDouble() && !(vaf.toDouble() >= 0.0 && vaf.toDouble() <= 1.0))
            return Messages::tr("%1 VAF %2 is outside 0-1").arg(side).arg(vaf.toDouble());
        if ((depth.isDouble() && depth.toDouble() < 0) || (alt.isDouble() && alt.toDouble() < 0))
            return Messages::tr("negative %1 read count").arg(side);
        if (depth.isDouble() && alt.isDouble() && alt.toDouble() > depth.toDouble())
            return Messages::tr("more %1 alternative reads (%2) than depth (%3)")
                .arg(side)
                .arg(alt.toDouble())
                .arg(depth.toDouble());
    }
    return {};
}

/** Inserts a row given as a JSON object; `extra` sets columns the bundle does not carry. */
Result<qint64> insertRow(QSqlDatabase& db,
                         const QString& table,
                         const QJsonObject& row,
                         const QList<std::pair<QString, QVariant>>& extra,
                         const QString& context)
{
    const QSet<QString> known = columnsOf(db, table);
    const QSqlRecord types = db.record(table);
    QStringList names;
    QVariantList values;
    for (const auto& [name, value] : extra) {
        names << name;
        values << value;
    }
    // Which row, for the messages: an alteration by its reference, else by the table alone.
    const QString where = row.value(u"ref"_s).isString()
                              ? Messages::tr("table %1 of the bundle, %2").arg(table, row.value(u"ref"_s).toString())
                              : Messages::tr("table %1 of the bundle").arg(table);
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(CoreError::Code::BadInput,
                        Messages::tr("unknown column '%1' in table %2 of the bundle").arg(it.key(), table),
                        context);
        if (names.contains(it.key()))
            continue;
        auto value = checkedValue(it.value(), types.field(it.key()).metaType());
        if (!value)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("%1, column %2: %3").arg(where, it.key(), value.error().message),
                        context);
        names << it.key();
        values << *value;
    }
    if (table == u"alteration")
        if (const QString problem = implausibleSupport(row); !problem.isEmpty())
            return fail(CoreError::Code::BadInput, Messages::tr("%1: %2").arg(where, problem), context);
    // The new row's id, where the table has one (sample, alteration ...; not case_input).
    const bool hasId = known.contains(u"id"_s);
    // Quoted: a column may be named by an SQL keyword ("end" of a segment).
    QStringList columns;
    for (const QString& name : std::as_const(names))
        columns << u'"' + name + u'"';
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(table,
                                                         columns.join(u", "_s),
                                                         QStringList(names.size(), u"?"_s).join(u", "_s),
                                                         hasId ? u" RETURNING id"_s : QString()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (hasId)
        return execReturningId(q, context);
    if (!q.exec())
        return sqlFailure(q.lastError(), context);
    return 0;
}

/**
 * The signatures a bundle carries, each checked on its own: its Ed25519 signature over its
 * statement, the statement naming the bundle's case, and the report content it carries being the
 * one the statement's digest names.
 */
Result<QList<BundleSignature>> bundleSignatures(const QJsonObject& payload, const QString& uid, const QString& path)
{
    QList<BundleSignature> out;
    const QJsonArray carried = payload.value(u"signatures"_s).toArray();
    for (qsizetype i = 0; i < carried.size(); ++i) {
        const QJsonObject o = carried.at(i).toObject();
        BundleSignature s;
        s.account = o.value(u"account"_s).toString();
        s.publicKey = QByteArray::fromBase64(o.value(u"public_key"_s).toString().toLatin1());
        s.statement = o.value(u"statement"_s).toString().toUtf8();
        s.signature = QByteArray::fromBase64(o.value(u"signature"_s).toString().toLatin1());
        s.reportContent = QJsonDocument(o.value(u"report"_s).toObject()).toJson(QJsonDocument::Compact);
        const QJsonObject statement = QJsonDocument::fromJson(s.statement).object();
        const QString digest =
            u"sha256:"_s
            + QString::fromLatin1(QCryptographicHash::hash(s.reportContent, QCryptographicHash::Sha256).toHex());
        QString problem;
        if (!SigningKey::verify(s.statement, s.signature, s.publicKey))
            problem = Messages::tr("its signature does not match its statement");
        else if (statement.value(u"key"_s).toString() != SigningKey::fingerprint(s.publicKey)
                 || statement.value(u"account"_s).toString() != s.account)
            problem = Messages::tr("its statement names another key or account");
        else if (statement.value(u"case_uid"_s).toString() != uid)
            problem = Messages::tr("it signs another case");
        else if (statement.value(u"report"_s).toString() != digest)
            problem = Messages::tr("the report content it carries is not what it signed");
        if (!problem.isEmpty())
            return fail(
                CoreError::Code::BadInput,
                Messages::tr("signature %1 of the bundle (%2 by %3) does not hold: %4; nothing was imported")
                    .arg(i + 1)
                    .arg(statement.value(u"state"_s).toString(), statement.value(u"name"_s).toString(), problem),
                path);
        out << s;
    }
    return out;
}

} // namespace

Result<void> CaseBundle::exportCase(CaseStore& store, qint64 caseId, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    auto summary = store.summary(caseId);
    if (!summary)
        return Unexpected{summary.error()};
    QJsonObject payload;
    auto table = [&](const QString& key, const QString& sql, const QSet<QString>& skip) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(caseId);
        auto r = rows(q, skip, store.path());
        if (!r)
            return Unexpected{r.error()};
        payload.insert(key, *r);
        return {};
    };
    QSqlQuery c(db);
    c.prepare(
        u"SELECT c.*, p.pseudonym AS patient, p.uid AS patient_uid, (SELECT uid FROM case_record x WHERE x.id = "
        "c.previous_id) AS previous_uid FROM case_record c JOIN patient p ON p.id = c.patient_id WHERE c.id = ?"_s);
    c.addBindValue(caseId);
    auto caseRow = rows(c, {u"id"_s, u"patient_id"_s, u"previous_id"_s}, store.path());
    if (!caseRow)
        return Unexpected{caseRow.error()};
    payload.insert(u"case"_s, caseRow->first());
    for (const auto& [key, sql, skip] :
         {std::tuple{u"samples"_s,
                     u"SELECT * FROM sample WHERE case_id = ? ORDER BY id"_s,
                     QSet<QString>{u"id"_s, u"patient_id"_s, u"case_id"_s}},
          {u"inputs"_s, u"SELECT * FROM case_input WHERE case_id = ? ORDER BY position"_s, QSet<QString>{u"case_id"_s}},
          {u"knowledge_bases"_s, u"SELECT * FROM case_kb_release WHERE case_id = ?"_s, QSet<QString>{u"case_id"_s}},
          {u"alterations"_s,
           u"SELECT * FROM alteration WHERE case_id = ? ORDER BY idx"_s,
           QSet<QString>{u"id"_s, u"case_id"_s}},
          {u"reviews"_s,
           u"SELECT r.*, a.idx AS alteration_idx FROM review r JOIN alteration a ON a.id = r.alteration_id WHERE "
           "r.case_id = ? ORDER BY r.id"_s,
           QSet<QString>{u"id"_s, u"case_id"_s, u"alteration_id"_s}},
          {u"plan"_s, u"SELECT * FROM plan WHERE case_id = ?"_s, QSet<QString>{u"case_id"_s}},
          {u"segments"_s,
           u"SELECT * FROM segment WHERE case_id = ? ORDER BY id"_s,
           QSet<QString>{u"id"_s, u"case_id"_s}},
          {u"plan_items"_s,
           u"SELECT * FROM plan_item WHERE case_id = ? ORDER BY id"_s,
           QSet<QString>{u"id"_s, u"case_id"_s}},
          {u"audit"_s, u"SELECT * FROM audit WHERE case_id = ? ORDER BY seq"_s, QSet<QString>{}}}) {
        if (auto r = table(key, sql, skip); !r)
            return r;
    }
    // A bundle leaves the machine: inputs by file name (with their SHA-256), never by the folder
    // they sit in, which can name the patient.
    auto fileNamesOnly = [&](const QString& key, const QString& column) {
        QJsonArray rowsOut;
        for (const QJsonValue& v : payload.value(key).toArray()) {
            QJsonObject row = v.toObject();
            if (row.value(column).isString())
                row.insert(column, QFileInfo(row.value(column).toString()).fileName());
            rowsOut.append(row);
        }
        payload.insert(key, rowsOut);
    };
    fileNamesOnly(u"inputs"_s, u"path"_s);
    fileNamesOnly(u"alterations"_s, u"source_file"_s);
    // The signed sign-offs, each with the report content it signed: the importing side checks them.
    auto signatures = store.signatures(caseId);
    if (!signatures)
        return Unexpected{signatures.error()};
    QJsonArray signaturesOut;
    for (const CaseSignature& s : std::as_const(*signatures))
        signaturesOut.append(
            QJsonObject{{u"account"_s, s.key.account},
                        {u"public_key"_s, QString::fromLatin1(s.key.publicKey.toBase64())},
                        {u"statement"_s, QString::fromUtf8(s.statement)},
                        {u"signature"_s, QString::fromLatin1(s.signature.toBase64())},
                        {u"report"_s, QJsonDocument::fromJson(s.content).object().value(u"report"_s)}});
    if (!signaturesOut.isEmpty())
        payload.insert(u"signatures"_s, signaturesOut);
    const QByteArray content = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QJsonObject bundle{
        {u"format"_s, QString::fromLatin1(format)},
        {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
        {u"payload"_s, payload}};
    if (const QString clash = OutputFile::clashWith(path, {store.path()}); !clash.isEmpty())
        return fail(CoreError::Code::InvalidArgument, clash, path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented)) < 0
        || !out.flush() || out.error() != QFileDevice::NoError) {
        const QString why = out.errorString();
        out.cancelWriting();
        out.commit();
        return fail(CoreError::Code::Io, Messages::tr("%1; nothing was written").arg(why), path);
    }
    if (!out.commit())
        return fail(CoreError::Code::Io, Messages::tr("%1; nothing was written").arg(out.errorString()), path);
    return {};
}

namespace {

/** The bundle's payload, its format and checksum checked. */
Result<QJsonObject> readBundle(const QString& path, QString* sha256 = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreError::Code::Io, file.errorString(), path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject bundle = doc.object();
    if (doc.isNull() || bundle.value(u"format"_s).toString() != QLatin1StringView(format))
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not an OncoBoard case bundle (%1)")
                        .arg(doc.isNull() ? parseError.errorString() : QString::fromLatin1(format)),
                    path);
    const QJsonObject payload = bundle.value(u"payload"_s).toObject();
    const QByteArray content = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
        != bundle.value(u"sha256"_s).toString())
        return fail(CoreError::Code::BadInput, Messages::tr("the bundle's checksum does not match its content"), path);
    if (sha256)
        *sha256 = bundle.value(u"sha256"_s).toString();
    return payload;
}

/** The uid of the local patient with `pseudonym` when that is not the patient `uid`; empty otherwise. */
Result<QString> otherPatientWithPseudonym(const CaseStore& store, const QString& pseudonym, const QString& uid)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    q.prepare(u"SELECT uid FROM patient WHERE pseudonym = ?"_s);
    q.addBindValue(pseudonym);
    if (!q.exec())
        return sqlFailure(q.lastError(), store.path());
    if (q.next() && (uid.isEmpty() || q.value(0).toString() != uid))
        return q.value(0).toString().isEmpty() ? u"?"_s : q.value(0).toString();
    return QString();
}

} // namespace

Result<QString> CaseBundle::pseudonymTakenHere(CaseStore& store, const QString& path)
{
    auto payload = readBundle(path);
    if (!payload)
        return Unexpected{payload.error()};
    const QJsonObject caseRow = payload->value(u"case"_s).toObject();
    const QString pseudonym = caseRow.value(u"patient"_s).toString();
    const QString uid = caseRow.value(u"patient_uid"_s).toString();
    if (!uid.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.prepare(u"SELECT 1 FROM patient WHERE uid = ?"_s);
        q.addBindValue(uid);
        if (!q.exec())
            return sqlFailure(q.lastError(), store.path());
        if (q.next())
            return QString(); // the same person
    }
    auto other = otherPatientWithPseudonym(store, pseudonym, uid);
    if (!other)
        return Unexpected{other.error()};
    return other->isEmpty() ? QString() : pseudonym;
}

Result<BundleImport> CaseBundle::importCase(CaseStore& store,
                                            const QString& path,
                                            const Actor& actor,
                                            const QString& pseudonymHere,
                                            const SignedReportCheck& check)
{
    QString sha256;
    auto read = readBundle(path, &sha256);
    if (!read)
        return Unexpected{read.error()};
    const QJsonObject payload = *read;

    QJsonObject caseRow = payload.value(u"case"_s).toObject();
    const QString uid = caseRow.value(u"uid"_s).toString();
    auto signatures = bundleSignatures(payload, uid, path);
    if (!signatures)
        return Unexpected{signatures.error()};
    auto existing = store.caseWithUid(uid);
    if (!existing)
        return Unexpected{existing.error()};
    if (*existing > 0)
        return BundleImport{*existing, true};

    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), store.path());
    QSqlQuery q(db);
    // The patient: the same person by uid, or a new one. A local patient who merely shares the
    // pseudonym is another person: the import is refused, never merged.
    const QString pseudonym = caseRow.take(u"patient"_s).toString();
    const QString patientUid = caseRow.take(u"patient_uid"_s).toString();
    qint64 patient = 0;
    if (!patientUid.isEmpty()) {
        q.prepare(u"SELECT id FROM patient WHERE uid = ?"_s);
        q.addBindValue(patientUid);
        if (!q.exec())
            return sqlFailure(q.lastError(), store.path());
        if (q.next())
            patient = q.value(0).toLongLong();
    }
    QString renamed; // the pseudonym the patient gets here, when the bundle's names another person
    if (patient == 0) {
        auto other = otherPatientWithPseudonym(store, pseudonym, QString());
        if (!other)
            return Unexpected{other.error()};
        if (!other->isEmpty()) {
            if (pseudonymHere.trimmed().isEmpty() || pseudonymHere.trimmed() == pseudonym)
                return fail(CoreError::Code::InvalidArgument,
                            Messages::tr("the bundle's patient %1 is another person here (a local patient has the "
                                         "same pseudonym but %2): not imported, nothing merged; import it under "
                                         "another pseudonym or into another case database")
                                .arg(pseudonym,
                                     patientUid.isEmpty() ? Messages::tr("the bundle names no patient uid")
                                                          : Messages::tr("another patient uid")),
                            path);
            renamed = pseudonymHere.trimmed();
            auto taken = otherPatientWithPseudonym(store, renamed, QString());
            if (!taken)
                return Unexpected{taken.error()};
            if (!taken->isEmpty())
                return fail(CoreError::Code::InvalidArgument,
                            Messages::tr("the pseudonym %1 is taken here too; choose another").arg(renamed),
                            path);
        }
        q.prepare(u"INSERT INTO patient (pseudonym, created_at, uid) VALUES (?, ?, ?) RETURNING id"_s);
        q.addBindValue(renamed.isEmpty() ? pseudonym : renamed);
        q.addBindValue(caseRow.value(u"created_at"_s).toString());
        q.addBindValue(patientUid.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : patientUid);
        auto inserted = execReturningId(q, store.path());
        if (!inserted)
            return Unexpected{inserted.error()};
        patient = *inserted;
    }
    const QString previousUid = caseRow.take(u"previous_uid"_s).toString();
    auto previous = previousUid.isEmpty() ? Result<qint64>(0) : store.caseWithUid(previousUid);
    if (!previous)
        return Unexpected{previous.error()};

    // Written as a draft, so that its rows can go in; then given its state and signature.
    const QJsonValue state = caseRow.take(u"state"_s);
    const QJsonValue finalizedAt = caseRow.take(u"finalized_at"_s);
    const QJsonValue finalizedBy = caseRow.take(u"finalized_by"_s);
    auto caseId =
        insertRow(db,
                  u"case_record"_s,
                  caseRow,
                  {{u"patient_id"_s, patient},
                   {u"state"_s, u"draft"_s},
                   {u"previous_id"_s, *previous > 0 ? QVariant(*previous) : QVariant(QMetaType(QMetaType::LongLong))}},
                  path);
    if (!caseId)
        return Unexpected{caseId.error()};
    for (const QJsonValue& v : payload.value(u"samples"_s).toArray())
        if (auto r =
                insertRow(db, u"sample"_s, v.toObject(), {{u"patient_id"_s, patient}, {u"case_id"_s, *caseId}}, path);
            !r)
            return Unexpected{r.error()};
    for (const auto& key : {u"inputs"_s, u"knowledge_bases"_s}) {
        const QString table = key == u"inputs" ? u"case_input"_s : u"case_kb_release"_s;
        for (const QJsonValue& v : payload.value(key).toArray())
            if (auto r = insertRow(db, table, v.toObject(), {{u"case_id"_s, *caseId}}, path); !r)
                return Unexpected{r.error()};
    }
    // Bundles written before segments were stored have none.
    for (const QJsonValue& v : payload.value(u"segments"_s).toArray())
        if (auto r = insertRow(db, u"segment"_s, v.toObject(), {{u"case_id"_s, *caseId}}, path); !r)
            return Unexpected{r.error()};
    QHash<qint64, qint64> alterationOfIdx;
    for (const QJsonValue& v : payload.value(u"alterations"_s).toArray()) {
        auto id = insertRow(db, u"alteration"_s, v.toObject(), {{u"case_id"_s, *caseId}}, path);
        if (!id)
            return Unexpected{id.error()};
        alterationOfIdx.insert(v.toObject().value(u"idx"_s).toInteger(), *id);
    }
    for (const QJsonValue& v : payload.value(u"reviews"_s).toArray()) {
        QJsonObject row = v.toObject();
        const qint64 idx = row.take(u"alteration_idx"_s).toInteger();
        if (!alterationOfIdx.contains(idx))
            return fail(CoreError::Code::BadInput,
                        Messages::tr("a review refers to alteration %1, which the bundle does not hold").arg(idx),
                        path);
        if (auto r = insertRow(db,
                               u"review"_s,
                               row,
                               {{u"case_id"_s, *caseId}, {u"alteration_id"_s, alterationOfIdx.value(idx)}},
                               path);
            !r)
            return Unexpected{r.error()};
    }
    // The plan (bundles written before plans existed have none).
    for (const auto& [key, table] : {std::pair{u"plan"_s, u"plan"_s}, std::pair{u"plan_items"_s, u"plan_item"_s}})
        for (const QJsonValue& v : payload.value(key).toArray())
            if (auto r = insertRow(db, table, v.toObject(), {{u"case_id"_s, *caseId}}, path); !r)
                return Unexpected{r.error()};
    q.prepare(u"UPDATE case_record SET state = ?, finalized_at = ?, finalized_by = ? WHERE id = ?"_s);
    q.addBindValue(state.toString());
    q.addBindValue(finalizedAt.toVariant());
    q.addBindValue(finalizedBy.toVariant());
    q.addBindValue(*caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), store.path());
    // The source machine's audit entries stay in the bundle; this database records the import.
    if (auto r = store.appendAudit(*caseId,
                                   actor,
                                   u"case.import"_s,
                                   QString(),
                                   Messages::tr("bundle %1 (sha256 %2), %3 audit entries at the source")
                                           .arg(QFileInfo(path).fileName(), sha256)
                                           .arg(payload.value(u"audit"_s).toArray().size())
                                       + (renamed.isEmpty()
                                              ? QString()
                                              : Messages::tr("; patient %1 of the bundle is %2 here (%1 is another "
                                                             "patient here)")
                                                    .arg(pseudonym, renamed)));
        !r)
        return Unexpected{r.error()};
    if (state.toString() == u"final")
        if (auto r = store.recordContentDigest(*caseId, actor); !r)
            return Unexpected{r.error()};
    if (!signatures->isEmpty()) {
        // The case as imported must be what its newest signature signed, before anything commits.
        if (check)
            if (auto r = check(store, *caseId, signatures->constLast().reportContent); !r)
                return fail(r.error().code, r.error().message, path);
        if (auto r = store.storeImportedSignatures(*caseId, *signatures, u"bundle "_s + sha256, actor); !r)
            return Unexpected{r.error()};
    }
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return BundleImport{*caseId, false};
}

} // namespace onco
