#include "VariantFilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** A drop-down of checkable choices (see setChoices()); none checked means all. */
QToolButton* choiceButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    return button;
}

/** Names a drop-down's choices by key, adding those it does not have yet. */
void setChoices(QToolButton* button, const QList<std::pair<QString, QString>>& choices)
{
    const QList<QAction*> actions = button->menu()->actions();
    for (const auto& [key, label] : choices) {
        const auto it = std::find_if(
            actions.cbegin(), actions.cend(), [&key](const QAction* a) { return a->data().toString() == key; });
        QAction* a = it != actions.cend() ? *it : button->menu()->addAction(QString());
        a->setCheckable(true);
        a->setData(key);
        a->setText(label);
    }
}

QSet<QString> checkedKeys(const QToolButton* button)
{
    QSet<QString> keys;
    for (const QAction* a : button->menu()->actions())
        if (a->isChecked())
            keys.insert(a->data().toString());
    return keys;
}

void setCheckedKeys(QToolButton* button, const QSet<QString>& keys)
{
    for (QAction* a : button->menu()->actions())
        a->setChecked(keys.contains(a->data().toString()));
}

} // namespace

VariantFilterBar::VariantFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tiers(choiceButton(this))
    , m_consequences(choiceButton(this))
    , m_vafMin(new QDoubleSpinBox(this))
    , m_vafMax(new QDoubleSpinBox(this))
    , m_genes(new QLineEdit(this))
    , m_actionable(new QCheckBox(this))
    , m_hideExcluded(new QCheckBox(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"variantFilterBar"_s);
    m_search->setObjectName(u"quickSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_tiers->setObjectName(u"tierFilter"_s);
    m_consequences->setObjectName(u"consequenceFilter"_s);
    for (QDoubleSpinBox* box : {m_vafMin, m_vafMax}) {
        box->setRange(0, 100);
        box->setDecimals(0);
        box->setSuffix(u" %"_s);
        box->setSingleStep(5);
    }
    m_vafMin->setObjectName(u"vafMin"_s);
    m_vafMax->setObjectName(u"vafMax"_s);
    m_vafMax->setValue(100);
    m_genes->setObjectName(u"geneFilter"_s);
    m_genes->setClearButtonEnabled(true);
    m_actionable->setObjectName(u"onlyActionable"_s);
    m_hideExcluded->setObjectName(u"hideExcluded"_s);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &VariantFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_genes, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QToolButton* b : {m_tiers, m_consequences})
        connect(b->menu(), &QMenu::triggered, this, &VariantFilterBar::changed);
    for (QDoubleSpinBox* box : {m_vafMin, m_vafMax})
        connect(box, &QDoubleSpinBox::valueChanged, this, &VariantFilterBar::changed);
    for (QCheckBox* c : {m_actionable, m_hideExcluded})
        connect(c, &QCheckBox::toggled, this, &VariantFilterBar::changed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_tiers);
    layout->addWidget(m_consequences);
    auto* vafLabel = new QLabel(this);
    layout->addWidget(vafLabel);
    layout->addWidget(m_vafMin);
    layout->addWidget(new QLabel(u"\u2013"_s, this));
    layout->addWidget(m_vafMax);
    layout->addWidget(m_genes, 2);
    layout->addWidget(m_actionable);
    layout->addWidget(m_hideExcluded);
    m_shown = new QLabel(this);
    m_shown->setObjectName(u"shownCount"_s);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFilter"_s);
    m_clear->hide();
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    layout->addWidget(m_shown);
    layout->addWidget(m_clear);

    m_texts.bind([this, vafLabel] {
        m_search->setPlaceholderText(tr("Search gene, change, position..."));
        setChoices(m_tiers,
                   {{u"I"_s, tr("Tier I")},
                    {u"II"_s, tr("Tier II")},
                    {u"III"_s, tr("Tier III")},
                    {u"none"_s, tr("Not tiered")}});
        setChoices(m_consequences,
                   {{u"missense"_s, tr("Missense")},
                    {u"truncating"_s, tr("Truncating")},
                    {u"inframe"_s, tr("In-frame")},
                    {u"splice"_s, tr("Splice")},
                    {u"cna"_s, tr("Copy number")},
                    {u"fusion"_s, tr("Fusion")},
                    {u"other"_s, tr("Other")}});
        updateChoiceTitles(filter());
        vafLabel->setText(tr("VAF"));
        m_vafMin->setToolTip(tr("Lowest tumor VAF shown"));
        m_vafMax->setToolTip(tr("Highest tumor VAF shown"));
        m_genes->setPlaceholderText(tr("Genes: BRAF, KRAS ..."));
        m_actionable->setText(tr("Only actionable"));
        m_actionable->setToolTip(tr("AMP Tier I or II only"));
        m_hideExcluded->setText(tr("Hide excluded"));
        m_hideExcluded->setToolTip(tr("Hide alterations reviewed as exclude or artefact"));
        m_clear->setText(tr("Clear"));
        m_clear->setToolTip(tr("Show every alteration again"));
    });
}

void VariantFilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    if (!m_shown->text().isEmpty())
        updateShown();
}

void VariantFilterBar::setShown(qsizetype shown, qsizetype total)
{
    m_shownCount = shown;
    m_totalCount = total;
    updateShown();
}

void VariantFilterBar::updateShown()
{
    const bool filtered = !filter().isEmpty();
    m_shown->setText(filtered ? tr("%L1 of %L2 shown").arg(m_shownCount).arg(m_totalCount)
                              : tr("%L1 shown").arg(m_totalCount));
    QFont f = m_shown->font();
    f.setBold(filtered);
    m_shown->setFont(f);
    m_clear->setVisible(filtered);
}

QString VariantFilterBar::shownText() const
{
    return m_shown->text();
}

VariantFilter VariantFilterBar::filter() const
{
    VariantFilter f;
    f.search = m_search->text().trimmed();
    f.ampTiers = checkedKeys(m_tiers);
    f.consequences = checkedKeys(m_consequences);
    f.vafMin = float(m_vafMin->value() / 100.0);
    f.vafMax = float(m_vafMax->value() / 100.0);
    static const QRegularExpression separators(uR"([\s,;]+)"_s);
    for (const QString& g : m_genes->text().split(separators, Qt::SkipEmptyParts))
        f.genes.insert(g.toUpper());
    f.onlyActionable = m_actionable->isChecked();
    f.hideExcluded = m_hideExcluded->isChecked();
    return f;
}

void VariantFilterBar::setFilter(const VariantFilter& f)
{
    const QSignalBlocker a(m_search), b(m_genes), c(m_vafMin), d(m_vafMax), e(m_actionable), g(m_hideExcluded);
    m_search->setText(f.search);
    setCheckedKeys(m_tiers, f.ampTiers);
    setCheckedKeys(m_consequences, f.consequences);
    m_vafMin->setValue(double(f.vafMin) * 100.0);
    m_vafMax->setValue(double(f.vafMax) * 100.0);
    QStringList genes(f.genes.begin(), f.genes.end());
    genes.sort();
    m_genes->setText(genes.join(u", "_s));
    m_actionable->setChecked(f.onlyActionable);
    m_hideExcluded->setChecked(f.hideExcluded);
    changed();
}

void VariantFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void VariantFilterBar::changed()
{
    m_debounce->stop();
    const VariantFilter f = filter();
    updateChoiceTitles(f);
    emit filterChanged(f);
}

void VariantFilterBar::updateChoiceTitles(const VariantFilter& f)
{
    m_tiers->setText(f.ampTiers.isEmpty() ? tr("AMP tier") : tr("AMP tier (%1)").arg(f.ampTiers.size()));
    m_consequences->setText(f.consequences.isEmpty() ? tr("Consequence")
                                                     : tr("Consequence (%1)").arg(f.consequences.size()));
}

} // namespace onco
