#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Tidewatch {

/// The language choice of the Settings page: "System default" or a language named in itself, stored in
/// QSettings (UiLanguage::settingsKey()) as soon as it is picked. It applies at the next start, and a
/// note says so while the choice differs from the one the application started with.
class LanguageChooser : public QWidget
{
    Q_OBJECT
public:
    explicit LanguageChooser(QWidget *parent = nullptr);

    /// "system" or a code of UiLanguage::supported().
    QString choice() const;
    /// Whether the "applies at the next start" note is shown.
    bool restartNoteShown() const;

private:
    void choose();

    QString m_atStart; ///< the stored choice when the chooser was made
    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Tidewatch
