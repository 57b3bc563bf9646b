#include "AcknowledgeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidewatch {

AcknowledgeDialog::AcknowledgeDialog(const QString &fingerprint, const QString &description,
                                     const QString &defaultUser, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(fingerprint)
    , m_nowMs(nowMs)
    , m_by(new QLineEdit(defaultUser, this))
    , m_comment(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Acknowledge alert"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(description, this);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    form->addRow(tr("&By:"), m_by);
    m_comment->setPlaceholderText(tr("Optional: what you are doing about it"));
    m_comment->setTabChangesFocus(true);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The acknowledgement ends when the alert resolves."), this));
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Acknowledge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_by, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
    resize(420, sizeHint().height());
}

bool AcknowledgeDialog::canAccept() const
{
    return !m_by->text().trimmed().isEmpty();
}

Acknowledgement AcknowledgeDialog::acknowledgement() const
{
    Acknowledgement ack;
    ack.fingerprint = m_fingerprint;
    ack.by = m_by->text().trimmed();
    ack.atMs = m_nowMs;
    ack.comment = m_comment->toPlainText().trimmed();
    return ack;
}

QString AcknowledgeDialog::osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace Tidewatch
