#pragma once

#include "TextBindings.h"

#include <QDateEdit>
#include <QString>

namespace onco {

/**
 * A date the user may leave unset (meeting, follow-up): a QDateEdit with a calendar, shown in the
 * locale's short format with a four-digit year, stored as ISO 8601. It cannot hold an invalid
 * date, so nothing typed is lost to a refusal. "not set" until the user picks or types a date;
 * a click on an unset field starts at today; Delete or Backspace with everything selected unsets it.
 */
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    /** "2026-12-12", or empty when not set. */
    QString isoDate() const;
    /** Sets an ISO date; empty (or not a date) leaves the field not set. */
    void setIsoDate(const QString& iso);
    bool isSet() const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QDate unset() const;

    TextBindings m_texts;
};

} // namespace onco
