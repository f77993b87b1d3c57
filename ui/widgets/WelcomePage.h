#pragma once

#include "TextBindings.h"

#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace onco {

/**
 * What a new user sees first: how to open the demo case, a case's files or a case database, which
 * knowledge base and licences OncoBoard ships, and where it keeps its data. The window shows it
 * until a case has been opened (setting "welcome/caseOpened"); Help > Welcome Page shows it again.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /**
     * The demo case's files (variants and copy number of a colon adenocarcinoma): installed under
     * share/oncoboard/demo, beside the program, or in the source tree of a build. Empty when none is
     * found.
     */
    static QStringList demoFiles();
    /** The demo case's tumor type (OncoTree). */
    static QString demoTumorType();

    /** Whether a case was ever opened in this account (the page is then not shown on start). */
    static bool caseWasOpened();
    static void setCaseOpened();

signals:
    void demoRequested();
    void openFilesRequested();
    void openDatabaseRequested();
    void connectServerRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    TextBindings m_texts;
};

} // namespace onco
