#include "ConnectionFileField.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Tidewatch {

ConnectionFileField::ConnectionFileField(const QString &objectName, const QString &dialogTitle,
                                         QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_dialogTitle(dialogTitle)
{
    m_edit->setObjectName(objectName);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(objectName + QStringLiteral("Browse"));
    browse->setToolTip(tr("Choose the file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ConnectionFileField::textChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_edit->text().isEmpty() ? QString() : QFileInfo(m_edit->text()).absolutePath();
        const QString file = QFileDialog::getOpenFileName(
            this, m_dialogTitle, start, tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!file.isEmpty())
            m_edit->setText(file);
    });
}

QString ConnectionFileField::text() const
{
    return m_edit->text().trimmed();
}

void ConnectionFileField::setText(const QString &text)
{
    m_edit->setText(text);
}

QString ConnectionFileField::problem(const QString &label) const
{
    const QString path = text();
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1: the file %2 does not exist").arg(label, path);
    if (!info.isFile())
        return tr("%1: %2 is not a file").arg(label, path);
    if (!info.isReadable())
        return tr("%1: the file %2 cannot be read (permissions)").arg(label, path);
    return {};
}

} // namespace Tidewatch
