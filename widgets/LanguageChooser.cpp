#include "LanguageChooser.h"

#include "UiLanguage.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Tidewatch {

LanguageChooser::LanguageChooser(QWidget *parent)
    : QWidget(parent)
    , m_atStart(UiLanguage::stored())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("language"));
    m_combo->setToolTip(tr("The language of the interface, and of numbers and dates in it"));
    //: The language choice that follows the operating system's language
    m_combo->addItem(tr("System default"), QStringLiteral("system"));
    // Each language is named in itself, so that a user who cannot read the current one finds theirs.
    for (const QString &code : UiLanguage::supported())
        m_combo->addItem(UiLanguage::nativeName(code), code);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_atStart)));
    layout->addWidget(m_combo);
    m_note = new QLabel(tr("The new language applies when Tidewatch is started again."), this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageChooser::choose);
}

QString LanguageChooser::choice() const
{
    return m_combo->currentData().toString();
}

bool LanguageChooser::restartNoteShown() const
{
    return !m_note->isHidden();
}

void LanguageChooser::choose()
{
    QSettings().setValue(UiLanguage::settingsKey(), choice());
    m_note->setVisible(choice() != m_atStart);
}

} // namespace Tidewatch
