#pragma once

#include "Acknowledgement.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Tidewatch {

/// Acknowledge a firing alert: who (the OS user name by default) and an optional comment.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p fingerprint and @p description: the alert (description shown at the top); @p defaultUser:
    /// the name proposed in "By"; @p nowMs: the acknowledgement's time.
    AcknowledgeDialog(const QString &fingerprint, const QString &description, const QString &defaultUser,
                      qint64 nowMs, QWidget *parent = nullptr);

    /// The acknowledgement as the form shows it.
    Acknowledgement acknowledgement() const;
    /// The name of the user running Tidewatch ($USER, $USERNAME or $LOGNAME), or an empty string.
    static QString osUserName();

    QLineEdit *byField() const { return m_by; }
    QPlainTextEdit *commentField() const { return m_comment; }
    /// The OK button is enabled only with a name.
    bool canAccept() const;

private:
    QString m_fingerprint;
    qint64 m_nowMs;
    QLineEdit *m_by;
    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};

} // namespace Tidewatch
