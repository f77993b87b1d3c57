#include "report/CaseSignOff.h"

#include "Translation.h"
#include "caseStore/SigningKey.h"
#include "kb/KnowledgeBase.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseSignOff)
};

QString sha256(const QByteArray& bytes)
{
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray canonical(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/** A statement's fields, and the problems of its signature (empty when the signature holds). */
struct Statement
{
    QJsonObject fields;
    QStringList problems;
};

Statement checkStatement(const QByteArray& statement, const QByteArray& signature, const QByteArray& publicKey)
{
    Statement s;
    const QJsonDocument doc = QJsonDocument::fromJson(statement);
    s.fields = doc.object();
    if (!doc.isObject() || s.fields.value(u"schema"_s).toString() != u"oncoboard.signature/1")
        s.problems << Messages::tr("the signed statement is not an OncoBoard signature statement");
    if (!SigningKey::verify(statement, signature, publicKey))
        s.problems << Messages::tr("the signature does not match its statement: the statement or the signature was "
                                   "changed, or another key made it");
    else if (s.fields.value(u"key"_s).toString() != SigningKey::fingerprint(publicKey))
        s.problems << Messages::tr("the statement names key %1, but key %2 signed it")
                          .arg(s.fields.value(u"key"_s).toString(), SigningKey::fingerprint(publicKey));
    return s;
}

void fillFrom(SignatureCheck& check, const QJsonObject& fields)
{
    check.state = fields.value(u"state"_s).toString();
    check.signedAt = fields.value(u"signed_at"_s).toString();
    check.account = fields.value(u"account"_s).toString();
    check.name = fields.value(u"name"_s).toString();
    check.role = fields.value(u"role"_s).toString();
    check.fingerprint = fields.value(u"key"_s).toString();
    check.reportDigest = fields.value(u"report"_s).toString();
}

/** Whether the key counted when it signed at `signedAt`; the problem when not. */
QString keyProblem(const SignerKey& key, const QString& signedAt, const QString& account)
{
    if (key.account != account)
        return Messages::tr("the statement names account '%1', but the key is registered to '%2'")
            .arg(account, key.account);
    if (!key.registered())
        return Messages::tr("key %1 of '%2' is not registered by an administrator, so its signature does not count "
                            "(oncoboard-cli keys register)")
            .arg(key.fingerprint, key.account);
    if (!key.revokedAt.isEmpty() && key.revokedAt <= signedAt)
        return Messages::tr("key %1 of '%2' was revoked at %3, before this signature")
            .arg(key.fingerprint, key.account, key.revokedAt);
    return {};
}

/** A label for an element of an array of objects: its reference, gene and change, or id. */
QString labelOf(const QJsonObject& o)
{
    // An alteration by gene and change; a decision or plan item by what it names.
    const QString gene = o.value(u"gene"_s).toString();
    const QString change = o.value(u"hgvsp"_s).toString();
    if (!gene.isEmpty())
        return change.isEmpty() ? gene : gene + u' ' + change;
    if (const QString ref = o.value(u"ref"_s).toString(); ref.contains(u':'))
        return ref;
    for (const char* key : {"title", "evidence_id"})
        if (const QString v = o.value(QLatin1String(key)).toString(); !v.isEmpty())
            return v;
    return {};
}

QString shown(const QJsonValue& v)
{
    if (v.isUndefined())
        return Messages::tr("absent");
    if (v.isObject() || v.isArray())
        return Messages::tr("(%1 entries)").arg(v.isObject() ? v.toObject().size() : v.toArray().size());
    QString s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    s = s.mid(1, s.size() - 2);
    return s.size() > 80 ? s.left(77) + u"..."_s : s;
}

void diff(const QJsonValue& was, const QJsonValue& now, const QString& path, QStringList& out, int limit)
{
    if (out.size() >= limit || was == now)
        return;
    if (was.isObject() && now.isObject()) {
        const QJsonObject a = was.toObject(), b = now.toObject();
        QStringList keys = a.keys();
        for (const QString& k : b.keys())
            if (!a.contains(k))
                keys << k;
        for (const QString& k : std::as_const(keys))
            diff(a.value(k), b.value(k), path.isEmpty() ? k : path + u'.' + k, out, limit);
        return;
    }
    if (was.isArray() && now.isArray()) {
        const QJsonArray a = was.toArray(), b = now.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QJsonValue x = i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue y = i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined);
            QString label = labelOf((x.isObject() ? x : y).toObject());
            diff(x,
                 y,
                 u"%1[%2]%3"_s.arg(path).arg(i).arg(label.isEmpty() ? QString() : u" ("_s + label + u')'),
                 out,
                 limit);
        }
        return;
    }
    out << Messages::tr("%1 was %2, is now %3").arg(path, shown(was), shown(now));
}

} // namespace

bool Verification::ok() const
{
    if (signatures.isEmpty() || !problems.isEmpty())
        return false;
    return std::all_of(
        signatures.cbegin(), signatures.cend(), [](const SignatureCheck& s) { return s.problems.isEmpty(); });
}

QString Verification::toText() const
{
    QString out;
    for (const SignatureCheck& s : signatures) {
        const QString who = s.role.isEmpty() ? s.name : u"%1 (%2)"_s.arg(s.name, s.role);
        out += Messages::tr("signature%1: %2 by %3, account %4, at %5\n")
                   .arg(s.id > 0 ? u" "_s + QString::number(s.id) : QString(), s.state, who, s.account, s.signedAt);
        out += Messages::tr("  key %1, report %2\n").arg(s.fingerprint, s.reportDigest);
        for (const QString& p : s.problems)
            out += u"  FAILED: "_s + p + u'\n';
        for (const QString& n : s.notes)
            out += u"  note: "_s + n + u'\n';
        if (s.problems.isEmpty())
            out += Messages::tr("  verified\n");
    }
    for (const QString& p : problems)
        out += u"FAILED: "_s + p + u'\n';
    out += ok() ? Messages::tr("%1: every signature verifies\n").arg(subject)
                : Messages::tr("%1: verification FAILED\n").arg(subject);
    return out;
}

QByteArray CaseSignOff::reportContent(const QByteArray& reportJson)
{
    QJsonObject o = QJsonDocument::fromJson(reportJson).object();
    for (const char* volatileKey : {"generated_at", "generator", "sign_off", "signatures"})
        o.remove(QLatin1String(volatileKey));
    QJsonObject c = o.value(u"case"_s).toObject();
    for (const char* changing : {"state", "superseded", "superseded_by", "finalized_at", "finalized_by", "identity"})
        c.remove(QLatin1String(changing));
    // Ids are the database's own: a case moved by a bundle has others, and signed the same.
    for (const char* local : {"id", "previous_id", "case_number"})
        c.remove(QLatin1String(local));
    o.insert(u"case"_s, c);
    QJsonObject plan = o.value(u"plan"_s).toObject();
    QJsonArray items;
    for (const QJsonValue& v : plan.value(u"items"_s).toArray()) {
        QJsonObject item = v.toObject();
        item.remove(u"id"_s);
        items.append(item);
    }
    plan.insert(u"items"_s, items);
    o.insert(u"plan"_s, plan);
    QJsonObject annotation = o.value(u"annotation"_s).toObject();
    annotation.remove(u"generator"_s);
    o.insert(u"annotation"_s, annotation);
    return canonical(o);
}

Result<QByteArray> CaseSignOff::reportContent(CaseStore& store, qint64 caseId, KnowledgeBase& kb)
{
    // What is signed reads the same whatever language the signer's window speaks.
    const SourceLanguageScope english;
    auto report = ReportCase::fromStore(store, caseId, kb, false, false);
    if (!report)
        return Unexpected{report.error()};
    return reportContent(ReportJson::write(*report, QString()));
}

Result<void> CaseSignOff::setState(
    CaseStore& store, qint64 caseId, CaseState state, const Actor& actor, KnowledgeBase& kb, const SigningKey& key)
{
    SignOff signOff;
    if (state != CaseState::Draft) {
        auto content = reportContent(store, caseId, kb);
        if (!content)
            return Unexpected{content.error()};
        signOff.key = &key;
        signOff.reportContent = *content;
    }
    return store.setState(caseId, state, actor, signOff);
}

Result<Verification> CaseSignOff::verify(CaseStore& store, qint64 caseId, KnowledgeBase& kb)
{
    auto summary = store.summary(caseId);
    if (!summary)
        return Unexpected{summary.error()};
    auto signatures = store.signatures(caseId);
    if (!signatures)
        return Unexpected{signatures.error()};
    auto rows = store.contentRows(caseId);
    if (!rows)
        return Unexpected{rows.error()};
    Verification v;
    v.subject = caseVersionName(*summary);
    const QString state = caseStateName(summary->state);
    QByteArray reportNow;
    if (auto report = reportContent(store, caseId, kb))
        reportNow = *report;
    else
        v.problems << Messages::tr("the report cannot be made from the stored case: %1").arg(report.error().message);

    if (!signatures->isEmpty() && summary->state == CaseState::Draft)
        v.problems << Messages::tr("the case was reopened as a draft after its last sign-off: nothing of what it is "
                                   "now is signed");
    if (signatures->isEmpty())
        v.problems << (summary->state == CaseState::Draft
                           ? Messages::tr("the case is a draft and nothing of it is signed")
                           : Messages::tr("the case is %1 but carries no signature: it was signed off without a "
                                          "signing key")
                                 .arg(state));
    for (qsizetype i = 0; i < signatures->size(); ++i) {
        const CaseSignature& s = (*signatures)[i];
        SignatureCheck check;
        check.id = s.id;
        check.current = i + 1 == signatures->size() && summary->state != CaseState::Draft;
        const Statement statement = checkStatement(s.statement, s.signature, s.key.publicKey);
        fillFrom(check, statement.fields);
        check.problems << statement.problems;
        if (const QString p = keyProblem(s.key, check.signedAt, check.account); !p.isEmpty())
            check.problems << p;
        // A signature a bundle brought was made in another database: its ids are not these.
        const bool imported = !s.imported.isEmpty();
        if (statement.fields.value(u"case_uid"_s).toString() != summary->uid
            || (!imported && statement.fields.value(u"case_id"_s).toInteger() != caseId)
            || check.state != caseStateName(s.state))
            check.problems << Messages::tr("the statement names another case or state than the one it is stored with");
        if (imported)
            check.notes << Messages::tr("signed in another database and brought by %1; the stored case is checked "
                                        "against how it was imported, the report against what was signed")
                               .arg(s.imported.section(u' ', 0, 0) + u' ' + s.imported.section(u' ', 1).left(12));
        // What the signature covered, kept beside it: it must be what the statement's digests name.
        const QJsonObject content = QJsonDocument::fromJson(s.content).object();
        const QByteArray signedRows = canonical(content.value(u"case"_s).toArray());
        const QByteArray signedReport = canonical(content.value(u"report"_s).toObject());
        const QString caseDigest = imported ? sha256(signedRows) : statement.fields.value(u"content"_s).toString();
        const bool contentIntact = sha256(signedRows) == caseDigest && sha256(signedReport) == check.reportDigest;
        if (!contentIntact)
            check.problems << Messages::tr("the content stored with the signature is not what was signed: it was "
                                           "changed in the database");
        const bool caseSame = sha256(*rows) == caseDigest;
        const bool reportSame = !reportNow.isEmpty() && sha256(reportNow) == check.reportDigest;
        if (check.current && check.state != state)
            v.problems << Messages::tr("the case is %1, but its newest signature signed it %2").arg(state, check.state);
        if (check.current && contentIntact) {
            if (!caseSame) {
                QStringList changes = CaseStore::describeChanges(signedRows, *rows);
                check.problems << Messages::tr("the case was changed after it was signed %1 (%n change(s)):",
                                               nullptr,
                                               int(changes.size()))
                                      .arg(check.state);
                for (const QString& c : std::as_const(changes))
                    check.problems << u"  "_s + c;
            } else if (!reportNow.isEmpty() && !reportSame) {
                QStringList changes = describeReportChanges(signedReport, reportNow);
                check.problems << Messages::tr("the stored case is as signed, but the report made from it now differs "
                                               "from the one signed (another OncoBoard version or knowledge-base "
                                               "content):");
                for (const QString& c : std::as_const(changes))
                    check.problems << u"  "_s + c;
            }
        } else if (!check.current && contentIntact && !caseSame) {
            if (const auto changes = CaseStore::describeChanges(signedRows, *rows, true); !changes.isEmpty())
                check.notes << Messages::tr("the case changed after this %1 sign-off, as the workflow allows before "
                                            "the next one (%n change(s))",
                                            nullptr,
                                            int(changes.size()))
                                   .arg(check.state);
        }
        v.signatures << check;
    }
    return v;
}

Verification CaseSignOff::verifyReport(const QByteArray& json, const QString& subject, const QList<SignerKey>* keys)
{
    Verification v;
    v.subject = subject;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        v.problems << Messages::tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return v;
    }
    const QJsonObject report = doc.object();
    if (report.value(u"schema"_s).toString() != QLatin1String(ReportJson::schema)) {
        v.problems << Messages::tr("not a case report (schema %1)").arg(QLatin1String(ReportJson::schema));
        return v;
    }
    const QByteArray content = reportContent(json);
    const QString digest = sha256(content);
    const QJsonObject caseObject = report.value(u"case"_s).toObject();
    const QJsonArray signatures = report.value(u"signatures"_s).toArray();
    if (signatures.isEmpty())
        v.problems << Messages::tr("the report carries no signature");
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const QJsonObject s = signatures.at(i).toObject();
        SignatureCheck check;
        check.current = i + 1 == signatures.size();
        const QByteArray publicKey = QByteArray::fromBase64(s.value(u"public_key"_s).toString().toLatin1());
        const Statement statement =
            checkStatement(s.value(u"statement"_s).toString().toUtf8(),
                           QByteArray::fromBase64(s.value(u"signature"_s).toString().toLatin1()),
                           publicKey);
        fillFrom(check, statement.fields);
        check.problems << statement.problems;
        if (statement.fields.value(u"case_uid"_s).toString() != caseObject.value(u"uid"_s).toString())
            check.problems << Messages::tr("the statement signs another case (uid %1)")
                                  .arg(statement.fields.value(u"case_uid"_s).toString());
        if (keys) {
            const auto it = std::find_if(
                keys->cbegin(), keys->cend(), [&](const SignerKey& k) { return k.publicKey == publicKey; });
            if (it == keys->cend())
                check.problems << Messages::tr("key %1 is not known to the case database").arg(check.fingerprint);
            else if (const QString p = keyProblem(*it, check.signedAt, check.account); !p.isEmpty())
                check.problems << p;
        } else {
            check.notes << Messages::tr("the key is not checked against a registry (give --db with the case "
                                        "database that registers the signers' keys)");
        }
        if (check.current && check.reportDigest != digest)
            check.problems << Messages::tr("the report's content is not what was signed (%1 signed, %2 now): the "
                                           "file was changed after it was made")
                                  .arg(check.reportDigest, digest);
        else if (!check.current && check.reportDigest != digest)
            check.notes
                << Messages::tr("the case changed after this %1 sign-off, as the workflow allows").arg(check.state);
        v.signatures << check;
    }
    if (!signatures.isEmpty()) {
        const QString state = caseObject.value(u"state"_s).toString();
        const QString newest = v.signatures.constLast().state;
        if (state != newest)
            v.problems << Messages::tr("the report says the case is %1, but its newest signature signed it %2")
                              .arg(state, newest);
    }
    return v;
}

CaseBundle::SignedReportCheck CaseSignOff::bundleCheck(KnowledgeBase& kb)
{
    return [&kb](CaseStore& store, qint64 caseId, const QByteArray& signedReport) -> Result<void> {
        auto now = reportContent(store, caseId, kb);
        if (!now)
            return Unexpected{now.error()};
        if (sha256(*now) == sha256(signedReport))
            return {};
        return fail(CoreError::Code::BadInput,
                    Messages::tr("the bundle's case is not what its newest signature signed; nothing was imported:\n  "
                                 "%1")
                        .arg(describeReportChanges(signedReport, *now).join(u"\n  "_s)));
    };
}

QStringList CaseSignOff::describeReportChanges(const QByteArray& before, const QByteArray& after, int limit)
{
    QStringList out;
    diff(QJsonDocument::fromJson(before).object(), QJsonDocument::fromJson(after).object(), QString(), out, limit);
    if (out.size() >= limit)
        out << Messages::tr("(the first %1 changes)").arg(limit);
    return out;
}

} // namespace onco
