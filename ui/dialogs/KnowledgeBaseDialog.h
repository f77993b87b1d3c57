#pragma once

#include "Result.h"
#include "kb/KnowledgeBase.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace onco {

/**
 * Knowledge base > Releases: every imported release of every source with its provenance, which
 * one annotation uses, and the imports a site makes (a newer CIViC release, its licensed OncoKB
 * files) and local curation. Works on its own connection to the knowledge-base file.
 */
class KnowledgeBaseDialog : public QDialog
{
    Q_OBJECT

public:
    /** `path` empty: the default knowledge base. */
    explicit KnowledgeBaseDialog(const QString& path, QWidget* parent = nullptr);
    ~KnowledgeBaseDialog() override;

    QTableWidget* table() const
    {
        return m_table;
    }

    /** Imports a CIViC release folder; the outcome is shown in the dialog's status line. */
    Result<void> importCivicFolder(const QString& folder);
    /** Imports the site's OncoKB files into one release (`release` empty: named from the files). */
    Result<void> importOncoKbFiles(const QStringList& files, const QString& release);
    /** Makes the release in `row` the one used for annotation. */
    Result<void> useRow(int row);
    /** The status line: what the last action did. */
    QString status() const;

signals:
    /** A release was imported, chosen or added to: open cases should be annotated again. */
    void knowledgeBaseChanged();

private:
    void reload();
    void report(const Result<void>& outcome, const QString& success);
    void chooseCivicFolder();
    void chooseOncoKbFiles();
    void addLocalEvidence();

    std::unique_ptr<KnowledgeBase> m_kb;
    QList<KbReleaseInfo> m_rows;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_use;
};

} // namespace onco
