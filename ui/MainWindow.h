#pragma once

#include "io/CaseLoader.h"
#include "model/AnnotationResult.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace onco {

class AnnotationJob;
class EvidencePanel;
class KnowledgeBaseDialog;
class VariantTableModel;
struct AnnotationOutcome;

/**
 * The review window: the case's alterations on the left, the evidence of the selected one on the
 * right. Files open from the menu, the command line or by drag and drop; loading runs in the
 * background with progress and Cancel.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Loads and annotates a case from these files with the tumor type chosen in the toolbar. */
    void openFiles(const QStringList& paths);
    /** Sets the tumor type (OncoTree code); re-annotates an open case. */
    void setTumorType(const QString& code);
    QString tumorType() const;

    /** Uses this knowledge-base file instead of the default one (tests, portable installs). */
    void setKnowledgeBasePath(const QString& path);

    /** The case shown, or nullptr. */
    std::shared_ptr<const AnnotationResult> result() const;
    VariantTableModel* variantModel() const
    {
        return m_variants;
    }
    QTableView* variantTable() const
    {
        return m_table;
    }
    EvidencePanel* evidencePanel() const
    {
        return m_evidence;
    }
    AnnotationJob* job() const
    {
        return m_job;
    }

    /** Knowledge base > Releases: a new dialog on this window's knowledge base, not yet shown. */
    KnowledgeBaseDialog* openKnowledgeBaseDialog();

signals:
    /** Emitted when a case has been loaded and annotated (or failed: result() is then unchanged). */
    void caseLoaded(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openDialog();
    void startJob();
    void onJobFinished(const AnnotationOutcome& outcome);
    void onCurrentRowChanged();
    /** Asks which sample is the tumor (and the normal), then reloads. */
    void askForSamples(const QString& file, const QStringList& samples, bool askNormal);
    void updateTitle();

    QStringList m_inputs;
    QString m_tumorSample; ///< chosen by the user when the files did not say
    QString m_normalSample;
    bool m_askedForSamples = false;
    QString m_kbPath;
    QComboBox* m_tumorType;
    QTableView* m_table;
    VariantTableModel* m_variants;
    QSortFilterProxyModel* m_proxy;
    EvidencePanel* m_evidence;
    AnnotationJob* m_job;
    QLabel* m_kbLabel;
    QLabel* m_caseLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_issuesButton; ///< opens the list of input issues
};

} // namespace onco
