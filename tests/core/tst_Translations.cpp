// The translations of the window and its reports: complete, current with the sources, with the
// placeholders of their source strings, and in the clinical vocabulary of docs/glossary.md.
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or the plural forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;

    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment;
    }
    QString where() const
    {
        return u"%1: \"%2\""_s.arg(context, source.left(80));
    }
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages << m;
            continue;
        }
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source")
            m.source = xml.readElementText();
        else if (name == u"comment")
            m.comment = xml.readElementText();
        else if (name == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == u"numerusform")
            m.translations << xml.readElementText();
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

const QStringList languages{u"de"_s, u"fr"_s, u"es"_s};

QString tsPath(const QString& language)
{
    return QStringLiteral(ONCOBOARD_SOURCE_DIR "/translations/oncoboard_%1.ts").arg(language);
}

// %1..%99, %L1 and %n, as a sorted list.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(u"%L?\\d{1,2}|%n"_s);
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QString report(const QStringList& problems)
{
    return problems.mid(0, 15).join(u'\n')
           + (problems.size() > 15 ? u"\n... and %1 more"_s.arg(problems.size() - 15) : QString());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void filesFollowTheSources();
    void placeholdersAreKept_data();
    void placeholdersAreKept();
    void glossaryTermsAreUsed_data();
    void glossaryTermsAreUsed();
};

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY2(messages.size() > 1000, qPrintable(tsPath(language)));
    QStringList problems;
    for (const Message& m : messages) {
        if (!m.type.isEmpty())
            problems << u"%1 (%2)"_s.arg(m.where(), m.type);
        else if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(), [](auto& t) {
                     return t.trimmed().isEmpty();
                 }))
            problems << u"%1 (empty)"_s.arg(m.where());
        else if (m.numerus && m.translations.size() != 2)
            problems << u"%1 (%2 plural forms, 2 needed)"_s.arg(m.where()).arg(m.translations.size());
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(u"oncoboard_%1.ts, %2 of %3 entries:\n"_s.arg(language).arg(problems.size()).arg(messages.size())
                   + report(problems)));
}

void TestTranslations::filesFollowTheSources()
{
#ifndef LUPDATE_EXECUTABLE
    QSKIP("lupdate (qt6-l10n-tools) was not found when the tests were configured");
#else
    // lupdate over the sources, into copies of the .ts files: no string may be added or vanish.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& language : languages) {
        const QString copy = dir.filePath(u"oncoboard_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(ONCOBOARD_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                      {u"core"_s,
                       u"ui"_s,
                       u"app/gui"_s,
                       u"-extensions"_s,
                       u"cpp,h"_s,
                       u"-target-language"_s,
                       language,
                       u"-ts"_s,
                       copy,
                       u"-no-obsolete"_s,
                       u"-locations"_s,
                       u"none"_s,
                       u"-silent"_s});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QSet<QString> committed, current;
        for (const Message& m : readTs(tsPath(language)))
            committed << m.key();
        QStringList problems;
        for (const Message& m : readTs(copy)) {
            current << m.key();
            if (!committed.contains(m.key()))
                problems << u"new in the sources, missing from the file: %1"_s.arg(m.where());
        }
        for (const Message& m : readTs(tsPath(language)))
            if (!current.contains(m.key()))
                problems << u"gone from the sources, still in the file: %1"_s.arg(m.where());
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(u"oncoboard_%1.ts is not current (run scripts/translations, then translate):\n"_s.arg(language)
                       + report(problems)));
    }
#endif
}

void TestTranslations::placeholdersAreKept_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::placeholdersAreKept()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const Message& m : readTs(tsPath(language))) {
        const QStringList expected = placeholders(m.source);
        for (const QString& t : m.translations) {
            QStringList found = placeholders(t);
            // A plural form may leave out %n ("un cas"), never add an argument.
            if (m.numerus && !found.contains(u"%n"_s))
                found << u"%n"_s, found.sort();
            if (found != expected)
                problems << u"%1 -> \"%2\": %3 instead of %4"_s.arg(
                    m.where(), t.left(80), found.join(u' '), expected.join(u' '));
        }
        // A menu's accelerator: one & before a letter, when the source has one.
        static const QRegularExpression accelerator(u"&(?![&#\\s]|amp;|middot;|nbsp;|lt;|gt;|quot;)"_s);
        const bool hasAccelerator = m.source.contains(accelerator) && !m.source.contains(u'<');
        if (hasAccelerator && !m.translations.isEmpty() && !m.translations.first().contains(accelerator))
            problems << u"%1: no & accelerator in \"%2\""_s.arg(m.where(), m.translations.first());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"oncoboard_%1.ts:\n"_s.arg(language) + report(problems)));
}

void TestTranslations::glossaryTermsAreUsed_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::glossaryTermsAreUsed()
{
    QFETCH(QString, language);
    QFile glossary(QStringLiteral(ONCOBOARD_SOURCE_DIR "/docs/glossary.md"));
    QVERIFY(glossary.open(QIODevice::ReadOnly | QIODevice::Text));
    // | English | Deutsch | Français | Español | checked |
    const int column = languages.indexOf(language) + 1;
    struct Term
    {
        QString english;
        QRegularExpression source;
        QRegularExpression target;
        QString wanted;
    };
    QList<Term> terms;
    // A term as a regular expression: * any word ending, alternatives with |.
    const auto pattern = [](const QString& cell) {
        QStringList alternatives;
        for (const QString& alternative : cell.split(u"\\|"_s)) {
            QString p = QRegularExpression::escape(alternative.trimmed());
            p.replace(u"\\*"_s, u"\\w*"_s);
            alternatives << p;
        }
        return QRegularExpression(alternatives.join(u'|'),
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    };
    while (!glossary.atEnd()) {
        const QString line = QString::fromUtf8(glossary.readLine()).trimmed();
        if (!line.startsWith(u'|') || !line.endsWith(u"| checked |"_s))
            continue;
        QString escaped = line;
        escaped.replace(u"\\|"_s, u"\x1e"_s);
        QStringList cells = escaped.split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString& cell : cells)
            cell = cell.replace(u'\x1e', u"\\|"_s).trimmed();
        QVERIFY2(cells.size() == 5, qPrintable(line));
        if (cells[0] == u"English")
            continue; // the table's header
        // The English term as a word, plurals included, not inside an option or identifier.
        const QRegularExpression source(u"(?<![\\w-])"_s + QRegularExpression::escape(cells[0]) + u"(?![_\\w-]*[_=])"_s,
                                        QRegularExpression::CaseInsensitiveOption);
        terms << Term{cells[0], source, pattern(cells[column]), cells[column]};
    }
    QVERIFY2(terms.size() >= 10, "docs/glossary.md lists fewer than 10 checked terms");
    QStringList problems;
    int checked = 0;
    for (const Message& m : readTs(tsPath(language)))
        for (const Term& term : terms) {
            // A menu's accelerator may sit inside a term ("Base de &conocimiento").
            if (!QString(m.source).remove(u'&').contains(term.source))
                continue;
            for (const QString& t : m.translations) {
                ++checked;
                if (!QString(t).remove(u'&').contains(term.target))
                    problems << u"%1 -> \"%2\": \"%3\" wanted for \"%4\""_s.arg(
                        m.where(), t.left(100), term.wanted, term.english);
            }
        }
    QVERIFY2(checked > 50, qPrintable(u"only %1 translations contain a glossary term"_s.arg(checked)));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            u"oncoboard_%1.ts, %2 of %3 uses of a glossary term:\n"_s.arg(language).arg(problems.size()).arg(checked)
            + report(problems)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
