#pragma once

#include "caseStore/CaseStore.h"
#include "io/CaseLoader.h"
#include "model/AnnotationResult.h"

#include "TextBindings.h"
#include "report/CaseSignOff.h"

#include <QMainWindow>
#include <QSet>
#include <QStringList>

#include <memory>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QUndoGroup;
class QStackedWidget;
class QTableView;

namespace onco {

class AnnotationJob;
class CaseBrowser;
class MeetingsPanel;
class EvidencePanel;
class IgvLink;
class KnowledgeBaseDialog;
class PlotsPanel;
class PresentationView;
class PharmacogenomicsPanel;
class PlanPanel;
class ReviewController;
class VariantFilterBar;
class VariantTableModel;
class WelcomePage;
struct AnnotationOutcome;
struct VariantFilter;

/**
 * The review desk: the case list of the case database on the left, the case's alterations with
 * filters in the middle, the evidence of the selected one on the right and its plots below.
 * Files open from the menu, the command line or by drag and drop; loading runs in the background
 * with progress and Cancel. Review decisions go to the case database and can be undone; F11
 * shows the actionable findings full screen for the board.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Loads and annotates a case from these files with the tumor type chosen in the toolbar. */
    void openFiles(const QStringList& paths);
    /** Sets the tumor type (OncoTree code); re-annotates an open case from files. */
    void setTumorType(const QString& code);
    QString tumorType() const;

    /** Uses this knowledge-base file instead of the default one (tests, portable installs). */
    void setKnowledgeBasePath(const QString& path);

    /** Opens a case database and lists its cases. */
    bool openCaseDatabase(const QString& path);
    /** Opens a stored case in the background; caseLoaded() follows. */
    void openStoredCase(qint64 caseId);
    /**
     * Amends the current (final) case: a new draft version with its decisions and plan, opened in
     * its place. Returns its id, 0 with a status message when refused.
     */
    qint64 amendCase(const QString& reason);
    /**
     * Checks every signature of the current stored case (Review > Verify Signatures): the same
     * check as `oncoboard-cli report verify`. Nothing when no stored case is open.
     */
    std::optional<Verification> verifySignatures();
    /**
     * Imports a case bundle into the open case database. When the bundle's patient pseudonym names
     * another person here, a dialog ("bundlePseudonymDialog") asks for the pseudonym the patient gets
     * (never merged); the result is a status message.
     */
    void importBundle(const QString& path);
    /** Stores the case shown as a new draft in the open case database; its id, 0 on failure. */
    qint64 saveCaseToDatabase(const NewCaseInfo& info);

    /** What File > Export Report writes. */
    enum class ReportFormat
    {
        Pdf,  ///< the PDF case summary
        Json, ///< oncoboard.report/1
        Fhir, ///< HL7 FHIR R4 Genomics Reporting bundle
    };
    /**
     * Writes the current case's report on a worker thread with the report settings; reportExported()
     * follows. A stored case reports its state, decisions and plan; a case only read from files, its
     * annotation. False (with a message) when there is no case or an export is running.
     */
    bool exportReport(const QString& path, ReportFormat format);

    /** Records a decision on the selected alteration (undoable). False with a status message when refused. */
    bool reviewSelected(Decision decision, const QString& comment = {});

    /** Shows or leaves the board-meeting view. */
    void setPresentationMode(bool on);
    bool presentationMode() const;
    /**
     * Presents a meeting's agenda in presentation mode, from its first case: a title page per case
     * (place, patient, tumor type, question), its findings and plan; Page Down/Up move between the
     * cases, R records the conclusion in the meeting.
     */
    void presentMeeting(qint64 meetingId);
    /** The place on the agenda being presented; -1 when no meeting is. */
    int agendaIndex() const
    {
        return m_agendaIndex;
    }

    /** The first-run page (demo case, open files or a case database, knowledge base, data folder). */
    WelcomePage* welcomePage() const
    {
        return m_welcome;
    }
    /** Shows the welcome page in place of the case, or the case again. */
    void showWelcomePage(bool on);
    bool welcomePageShown() const;

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
    VariantFilterBar* filterBar() const
    {
        return m_filterBar;
    }
    PlanPanel* planPanel() const
    {
        return m_plan;
    }
    PlotsPanel* plotsPanel() const
    {
        return m_plots;
    }
    PharmacogenomicsPanel* pharmacogenomicsPanel() const
    {
        return m_pharmacogenomics;
    }
    CaseBrowser* caseBrowser() const
    {
        return m_cases;
    }
    PresentationView* presentationView() const
    {
        return m_presentation;
    }
    ReviewController* reviewController() const
    {
        return m_review;
    }
    AnnotationJob* job() const
    {
        return m_job;
    }
    /** The alteration selected in the table, -1 when none. */
    qint32 selectedAlteration() const;

    /** Knowledge base > Releases: a new dialog on this window's knowledge base, not yet shown. */
    KnowledgeBaseDialog* openKnowledgeBaseDialog();

signals:
    /** Emitted when a case has been loaded and annotated (or failed: result() is then unchanged). */
    void caseLoaded(bool ok);
    /** An export finished: `error` is empty on success. */
    void reportExported(const QString& path, const QString& error);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void openDialog();
    /** Settings > Reference genome: the lab's indexed FASTA, for effects and the REF check. */
    void chooseReferenceGenome();
    void startJob();
    void onJobFinished(const AnnotationOutcome& outcome);
    void onCurrentRowChanged();
    void updateEarlierDecision();
    void updateReviewActions();
    /** Asks which sample is the tumor (and the normal), then reloads. */
    void
    askForSamples(const QString& file, const QStringList& samples, bool askNormal, const QStringList& details = {});
    void updateTitle();
    void updateStatus();
    /** The stored case's state in a coloured line over the table. */
    void updateBanner();
    /** The selected alteration's decision and comment in the evidence panel. */
    void updateDecisionText();
    void updatePlan();
    /** Signs the current case into `target` through the sign-off dialog. */
    void signOff(CaseState target);
    void addRecentFiles(const QStringList& paths);
    void updateRecentMenu();
    void restoreSettings();
    void saveSettings() const;
    void showMessage(const QString& text);
    /** Fills presentation mode with the open case. */
    void fillPresentation();
    void updatePresentationState();
    void presentAgendaCase();
    void showAgendaPresentation();
    void recordAgendaConclusion();
    /** The open case's patient's samples over time, in the plots' "Over time" tab. */
    void updateTimeline();
    /** The evidence panel's line on earlier patients of this database with the selected alteration. */
    void updateEarlierPatients();
    /** "2 earlier patients here with this alteration: Encorafenib + Cetuximab recommended for 2, given to 2 (1 PR, 1
     * PD)". */
    static QString experienceText(const QList<EarlierPatient>& patients);
    /** The case list and the meetings, after the case database or its cases changed. */
    void refreshCaseLists(CaseStore* store);
    /** An action the window does not carry out: why, in the status bar and a short note over the table. */
    void refuse(const QString& why);
    /** Something the user should check, shown as refuse() shows a refusal. */
    void notify(const QString& why);
    /** The settings key of a set of input files (the sample chosen for them). */
    static QString recentKey(const QStringList& paths);
    /** The current case's lock in words, for refusals: "case 1, version 1 is final and locked (signed by ...)". */
    QString lockedText() const;
    /** Refuses (and says why) when the current case is final and locked; false when it is not. */
    bool refusedWhenLocked();
    /** Shows who reviews (from the identity settings) in the status bar. */
    void updateReviewer();

    QStringList m_inputs;
    QString m_tumorSample; ///< chosen by the user when the files did not say
    QString m_normalSample;
    bool m_askedForSamples = false;
    qint64 m_shownCaseId = -1; ///< the stored case shown (0: a case from files), to tell a switch
    /** A decision refused because someone else changed the case: offered again once it is reloaded. */
    struct PendingDecision
    {
        qint64 caseId = 0;
        qint64 storedAlteration = 0; ///< by its stored id: indices change when the case is shown again
        Decision decision = Decision::Include;
        QString comment;
        QString changedBy; ///< who changed the case, when, how
    };
    std::optional<PendingDecision> m_pendingDecision;
    TextBindings m_texts; ///< the window's own texts, set again when the language changes
    QString m_changeNote; ///< who changed the case shown again, said once it is shown
    /** Shows the current case again as it now is, after someone else changed it. */
    void reloadChangedCase(const CaseVersion& version);
    /** After a reload: offers a decision that was refused because the case had changed. */
    void offerPendingDecision();
    bool m_columnWidthsRestored = false; ///< the variant table's column widths came from the settings
    QString m_kbPath;
    QComboBox* m_tumorType;
    QDoubleSpinBox* m_panelSize; ///< the assay's coding territory in Mb, for a TMB estimate; 0: unknown
    QComboBox* m_genome;         ///< the genome build: from the files, or GRCh37 / GRCh38 as the user says
    VariantFilterBar* m_filterBar;
    QTableView* m_table;
    VariantTableModel* m_variants;
    EvidencePanel* m_evidence;
    PlotsPanel* m_plots;
    PharmacogenomicsPanel* m_pharmacogenomics;
    PlanPanel* m_plan;
    QSplitter* m_bottom;
    QUndoGroup* m_undo;
    QMetaObject::Connection m_focusConnection;
    bool m_exporting = false;
    CaseBrowser* m_cases;
    MeetingsPanel* m_meetings;
    QStringList m_docksShown;       ///< the docks presentation mode hid, to show again
    Meeting m_agendaMeeting;        ///< the meeting being presented
    int m_agendaIndex = -1;         ///< its case on screen; -1: no meeting is presented
    qint64 m_pendingAgendaCase = 0; ///< the agenda's case being opened for presentation
    PresentationView* m_presentation;
    WelcomePage* m_welcome;
    QAction* m_welcomeAction = nullptr;
    QStackedWidget* m_stack;
    QSplitter* m_horizontal;
    QSplitter* m_vertical;
    ReviewController* m_review;
    IgvLink* m_igv;
    AnnotationJob* m_job;
    QLabel* m_kbLabel;
    QLabel* m_reviewerLabel;
    QLabel* m_caseLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_issuesButton; ///< opens the list of input issues
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_reviewActions;
    QAction* m_presentationAction = nullptr;
    QAction* m_saveCaseAction = nullptr;
    QAction* m_preliminaryAction = nullptr;
    QAction* m_finalAction = nullptr;
    QAction* m_amendAction = nullptr;
    QAction* m_verifyAction = nullptr;
    QAction* m_acceptEarlierAction = nullptr;
    bool m_wasMaximized = false;
    QSet<int> m_hiddenColumns;     ///< variant-table columns the user hid (header menu)
    QLabel* m_banner = nullptr;    ///< the stored case's state over the table
    qint32 m_shownAlteration = -1; ///< the alteration the evidence panel and plots show
    QLabel* m_refusal = nullptr;   ///< the short note refuse() shows; made on first use
    static QString variantColumnsKey();
};

} // namespace onco
