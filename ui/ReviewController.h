#pragma once

#include "Result.h"
#include "caseStore/CaseStore.h"
#include "models/VariantFilter.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace onco {
class KnowledgeBase;
class SigningKey;
} // namespace onco
#include <optional>

namespace onco {

/**
 * The window's link to the case database: which case is open, the decisions on its alterations,
 * and review actions as undoable commands. Every decision goes to the database at once (the
 * database keeps every decision; undo records the previous one again, or "withdrawn").
 */
class ReviewController : public QObject
{
    Q_OBJECT

public:
    explicit ReviewController(QObject* parent = nullptr);
    ~ReviewController() override;

    /** The default case database: AppDataLocation/cases.sqlite. */
    static QString defaultDatabasePath();

    /** Opens a case database (closing the current one and its case). */
    [[nodiscard]] Result<void> openDatabase(const QString& path);
    CaseStore* store() const
    {
        return m_store.get();
    }
    QString databasePath() const;

    /** Stores the annotated case as a new draft and makes it the current case. */
    [[nodiscard]] Result<qint64> saveCase(const AnnotationResult& result, const NewCaseInfo& info);
    /**
     * Makes a stored case current. `storedIds[i]` is the stored alteration of result alteration i
     * (see AnnotationJob, which loads stored cases), `decisions` the current decisions, `version`
     * the case's newest audit entry read before them: a change someone else makes after it is
     * refused (CoreError::Code::Conflict) until the case is shown again, and reported by
     * changedElsewhere() within a second.
     */
    void setCurrentCase(qint64 caseId,
                        QList<qint64> storedIds,
                        const DecisionMap& decisions,
                        const CaseVersion& version = CaseVersion());
    /** Forgets the current case (a new one was opened from files). */
    void clearCase();
    qint64 currentCase() const
    {
        return m_case;
    }
    std::optional<CaseSummary> currentSummary() const;
    bool isFinal() const;

    /** The stored alteration id of each alteration of the shown result (0: not stored). */
    const QList<qint64>& storedIds() const
    {
        return m_storedIds;
    }
    /** The comments of the current decisions, by alteration index (loaded with a stored case). */
    const QHash<qint32, QString>& comments() const
    {
        return m_comments;
    }
    const DecisionMap& decisions() const
    {
        return m_decisions;
    }
    QUndoStack* undoStack() const
    {
        return m_undo;
    }

    /** Records a decision as an undoable command. Errors: no case, final case, database. */
    [[nodiscard]] Result<void> review(qint32 alteration, Decision decision, const QString& comment = {});
    /** Earlier decisions on the same alteration in other cases (the patient's first). */
    QList<ReviewRecord> earlierDecisions(qint32 alteration) const;
    /** Takes over the first earlier decision, undoably. */
    [[nodiscard]] Result<void> acceptEarlierDecision(qint32 alteration);
    /**
     * Moves the current case to `state` (the signer is the current user); preliminary and final
     * are signed with `key` over the case and its report made with `kb`.
     */
    [[nodiscard]] Result<void> setState(CaseState state, KnowledgeBase& kb, const SigningKey* key);

    /** Applies a decision to the database without the undo stack (the commands use it). */
    Result<void> apply(qint32 alteration, Decision decision, const QString& comment);

signals:
    void decisionChanged(qint32 alteration, std::optional<onco::Decision> decision);
    void caseChanged(); ///< another case, or its state, or the database changed
    void failed(const QString& message);
    /** Someone else changed the current case (another window, workstation or script). */
    void changedElsewhere(const onco::CaseVersion& version);

private:
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
    QList<qint64> m_storedIds;
    DecisionMap m_decisions;
    QHash<qint32, QString> m_comments;
    QUndoStack* m_undo;
    std::optional<CoreError> m_lastError; ///< of the last apply(), for review()
    QTimer* m_watch;                      ///< polls the current case's version
    void checkForChanges();
    void listenForChanges();
    void announced(const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload);
};

} // namespace onco
