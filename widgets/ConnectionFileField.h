#pragma once

#include <QWidget>

class QLineEdit;

namespace Tidewatch {

/// A file name with a "Browse…" button, for the certificate, key and CA files of the connection
/// forms. The line edit carries the object name given; the button that name + "Browse".
class ConnectionFileField : public QWidget
{
    Q_OBJECT
public:
    ConnectionFileField(const QString &objectName, const QString &dialogTitle, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

    /// Why the file cannot be used ("... does not exist", "... cannot be read"), prefixed with
    /// @p label; empty when the field is empty or the file is readable.
    QString problem(const QString &label) const;

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QString m_dialogTitle;
};

} // namespace Tidewatch
