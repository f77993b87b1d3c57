#include "DateField.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace onco {

DateField::DateField(QWidget* parent)
    : QDateEdit(parent)
{
    QString format = locale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    setDisplayFormat(format);
    setCalendarPopup(true);
    setMinimumDate(QDate(1900, 1, 1)); // the "not set" value, shown as the special text
    m_texts.bind([this] {
        setSpecialValueText(tr("not set"));
        setToolTip(tr("Pick from the calendar or type the date; Delete with the date selected leaves it not set"));
    });
    setDate(unset());
}

QDate DateField::unset() const
{
    return minimumDate();
}

bool DateField::isSet() const
{
    return date() != unset();
}

QString DateField::isoDate() const
{
    return isSet() ? date().toString(Qt::ISODate) : QString();
}

void DateField::setIsoDate(const QString& iso)
{
    const QDate d = QDate::fromString(iso.trimmed(), Qt::ISODate);
    setDate(d.isValid() && d > unset() ? d : unset());
}

void DateField::mousePressEvent(QMouseEvent* event)
{
    if (!isSet())
        setDate(QDate::currentDate()); // the calendar opens at today, not at the "not set" value
    QDateEdit::mousePressEvent(event);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (erase && lineEdit()->hasSelectedText() && lineEdit()->selectedText() == lineEdit()->text()) {
        setDate(unset());
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void DateField::changeEvent(QEvent* event)
{
    QDateEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
}

} // namespace onco
