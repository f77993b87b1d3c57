#pragma once

#include "kb/KbWriter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace onco {

class KnowledgeBase;

/**
 * Adds a locally curated evidence item (source "Local"): the variant, the claim, its support and
 * who added it and why. The item is checked by the knowledge base when OK is pressed; the dialog
 * stays open with the reason when it is refused.
 */
class LocalEvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    LocalEvidenceDialog(KnowledgeBase& kb, QWidget* parent = nullptr);

    /** The item as entered so far. Therapies are separated by ';' (names may hold commas). */
    KbEvidenceInput item() const;
    /** Fills the form (tests, or adding a variant of an existing item). */
    void setItem(const KbEvidenceInput& item);

    /** The id of the added item once accepted ("Local-N"), else 0. */
    qint64 addedId() const
    {
        return m_added;
    }
    QString error() const;

    void accept() override;

private:
    KnowledgeBase& m_kb;
    qint64 m_added = 0;
    QLineEdit* m_gene;
    QLineEdit* m_alteration;
    QComboBox* m_type;
    QComboBox* m_level;
    QComboBox* m_direction;
    QComboBox* m_significance;
    QComboBox* m_tumorType;
    QLineEdit* m_disease;
    QLineEdit* m_doid;
    QLineEdit* m_therapies;
    QComboBox* m_interaction;
    QPlainTextEdit* m_statement;
    QLineEdit* m_pmid;
    QLineEdit* m_citation;
    QLineEdit* m_curator;
    QLineEdit* m_reason;
    QLabel* m_error;
};

} // namespace onco
